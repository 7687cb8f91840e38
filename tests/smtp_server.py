"""A local SMTP server for the reminder tests (aiosmtpd on loopback) that can refuse,
drop the connection, speak STARTTLS and ask for a password."""

from __future__ import annotations

import socket
import ssl
import subprocess
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Received:
    sender: str
    recipients: list[str]
    message: EmailMessage


@dataclass
class Handler:
    received: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)  # 550 for these recipients
    drop_on_data: int = 0  # drop the connection at the DATA of the next N messages
    logins: list[tuple[str, str]] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address.lower() in self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        if self.drop_on_data:
            self.drop_on_data -= 1
            server.transport.close()
            return "421 closing"
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 2.0.0 Ok: queued as Q" + str(len(self.received))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SmtpServer:
    def __init__(self, tls_context: ssl.SSLContext | None = None, password: str | None = None):
        self.handler = Handler()
        self.port = free_port()
        options = {}
        if tls_context is not None:
            options.update(tls_context=tls_context, require_starttls=True)
        if password is not None:
            def authenticate(server, session, envelope, mechanism, data):
                ok = isinstance(data, LoginPassword) and data.password.decode() == password
                self.handler.logins.append((data.login.decode(), "ok" if ok else "refused"))
                return AuthResult(success=ok, handled=False)

            options.update(authenticator=authenticate, auth_required=True)
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **options)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()

    @property
    def received(self) -> list[Received]:
        return self.handler.received


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made for the test: (certificate, key)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        _with_cryptography(cert, key)
    except ImportError:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def _with_cryptography(cert_path: Path, key_path: Path) -> None:
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    # the certificate's own validity, not the application's clock
    start = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(start + datetime.timedelta(days=365 * 30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
