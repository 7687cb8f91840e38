"""Handing e-mails to the academy's SMTP server (smtplib): plain, STARTTLS or TLS.

The password is the system keyring's (service ``skma-training``, the SMTP user) or
``SKMA_TRAINING_SMTP_PASSWORD``; it is never stored in the database nor logged.
Each message is handed over on its own (MAIL, RCPT, DATA) so that the server's
answer to it can be recorded, and a refusal or a dropped connection costs only
that message: the next one reconnects.
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formataddr
from typing import Any

from skma_training.errors import KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KEYRING_SERVICE = "skma-training"
PASSWORD_VARIABLE = "SKMA_TRAINING_SMTP_PASSWORD"
SECURITY_MODES = ("none", "starttls", "tls")
TIMEOUT_SECONDS = 30


class MailNotConfigured(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "No mail server is set: skma-training settings set {key} VALUE"
    )


class DeliveryFailed(Exception):
    """The server did not take the message; ``answer`` is what it said (or why not)."""

    def __init__(self, answer: str):
        super().__init__(answer)
        self.answer = answer


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender: str = ""
    sender_name: str = ""

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> SmtpConfig:
        if not settings.get("smtp_host"):
            raise MailNotConfigured(key="smtp_host")
        if not settings.get("mail_from"):
            raise MailNotConfigured(key="mail_from")
        return cls(
            host=settings["smtp_host"], port=int(settings.get("smtp_port") or 587),
            security=settings.get("smtp_security") or "starttls", user=settings.get("smtp_user") or "",
            sender=settings["mail_from"], sender_name=settings.get("mail_from_name") or "",
        )

    @property
    def from_header(self) -> str:
        return formataddr((self.sender_name, self.sender)) if self.sender_name else self.sender


def smtp_password(user: str) -> str | None:
    """The variable wins (scheduled tasks); otherwise the keyring, if the system has one."""
    value = os.environ.get(PASSWORD_VARIABLE)
    if value:
        return value
    if not user:
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, user)
    except Exception as error:  # no keyring backend on this machine: say so, without the secret
        log.warning("no SMTP password from the keyring: %s", type(error).__name__)
        return None


def store_smtp_password(user: str, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, user, password)


def _answer(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {words}".strip()


class Mailer:
    """One connection, opened when the first message goes and again after a drop."""

    def __init__(self, config: SmtpConfig, password: str | None = None,
                 ssl_context: ssl.SSLContext | None = None, timeout: float = TIMEOUT_SECONDS):
        if config.security not in SECURITY_MODES:
            raise ValueError(f"security must be one of {', '.join(SECURITY_MODES)}")
        self.config = config
        self._password = password if password is not None else smtp_password(config.user)
        self._context = ssl_context or ssl.create_default_context()
        self._timeout = timeout
        self._smtp: smtplib.SMTP | None = None
        self._unreachable: str | None = None  # why the server could not be reached this run

    def __enter__(self) -> Mailer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _connect(self) -> smtplib.SMTP:
        c = self.config
        if c.security == "tls":
            smtp = smtplib.SMTP_SSL(c.host, c.port, timeout=self._timeout, context=self._context)
        else:
            smtp = smtplib.SMTP(c.host, c.port, timeout=self._timeout)
        try:
            smtp.ehlo()
            if c.security == "starttls":
                smtp.starttls(context=self._context)
                smtp.ehlo()
            if c.user:
                smtp.login(c.user, self._password or "")
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _open(self) -> smtplib.SMTP:
        """Connect, or remember why not: a wrong password or a dead server fails the whole run."""
        try:
            return self._connect()
        except smtplib.SMTPResponseException as error:
            self._unreachable = _answer(error.smtp_code, error.smtp_error)
        except (smtplib.SMTPException, OSError) as error:
            self._unreachable = f"{type(error).__name__}: {error}"
        raise DeliveryFailed(self._unreachable)

    def send(self, message: EmailMessage) -> str:
        """Hand ``message`` over; returns the server's answer to it, or raises DeliveryFailed."""
        recipients = [a.strip() for a in str(message["To"]).split(",") if a.strip()]
        if self._unreachable:  # no point in waiting for the same timeout once per message
            raise DeliveryFailed(self._unreachable)
        if self._smtp is None:
            self._smtp = self._open()
        try:
            return self._transaction(self._smtp, message, recipients)
        except DeliveryFailed:
            raise
        except smtplib.SMTPResponseException as error:
            self._reset()
            raise DeliveryFailed(_answer(error.smtp_code, error.smtp_error)) from error
        except (smtplib.SMTPException, OSError) as error:  # dropped, refused, timed out, TLS
            self.close()
            raise DeliveryFailed(f"{type(error).__name__}: {error}") from error

    def _transaction(self, smtp: smtplib.SMTP, message: EmailMessage, recipients: list[str]) -> str:
        code, text = smtp.mail(self.config.sender)
        if code != 250:
            self._reset()
            raise DeliveryFailed(_answer(code, text))
        refused = []
        for address in recipients:
            code, text = smtp.rcpt(address)
            if code not in (250, 251):
                refused.append(_answer(code, text))
        if len(refused) == len(recipients):
            self._reset()
            raise DeliveryFailed("; ".join(refused) or "no recipient")
        code, text = smtp.data(message.as_bytes(policy=SMTP_POLICY))
        if code != 250:
            self._reset()
            raise DeliveryFailed(_answer(code, text))
        answer = _answer(code, text)
        return answer + (" (refused: " + "; ".join(refused) + ")" if refused else "")

    def _reset(self) -> None:
        try:
            if self._smtp is not None:
                self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            self.close()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()
