"""The reminder e-mails' wording, from forms/mail/reminders.toml: subject, plain text and HTML.

A kind or moment the file does not name takes the default text, so a deadline
kind added later is mailed without a new template. A file broken by hand is
refused with its name and the reason before anything is sent.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any, Union

from skma_training import paths
from skma_training.errors import KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP

MAIL_LANGUAGES = ("kk", "ru")
ITEMS = "{items}"

# a list line, or a section: its heading and its lines
Item = Union[str, tuple[str, Sequence[str]]]


class MailTemplateError(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "The e-mail template {path} is damaged: {reason}")


class _KeepUnknown(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, values: dict[str, Any]) -> str:
    try:
        return text.format_map(_KeepUnknown(values))
    except (ValueError, IndexError, AttributeError):  # a stray brace typed by hand
        return text


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


class MailTemplates:
    def __init__(self, data: dict, path: Path):
        self.data = data
        self.path = path
        self._validate()

    @classmethod
    def load(cls, path: Path | None = None) -> MailTemplates:
        path = path or paths.form("mail", "reminders.toml")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise MailTemplateError(path=str(path), reason=str(error)) from error
        return cls(data, path)

    def _fail(self, reason: str):
        raise MailTemplateError(path=str(self.path), reason=reason)

    def _validate(self) -> None:
        if not isinstance(self.data.get("html", {}).get("page"), str):
            self._fail("[html] page is missing")
        for name in ("before", "end", "overdue"):
            if name not in self.data.get("default", {}):
                self._fail(f"[default.{name}] is missing")
        for kind, moments in self.data.items():
            if kind in ("html", "words"):
                continue
            for moment, table in moments.items():
                for field in ("subject", "text"):
                    phrase = table.get(field) if isinstance(table, dict) else None
                    if not isinstance(phrase, dict) or any(lang not in phrase for lang in MAIL_LANGUAGES):
                        self._fail(f"[{kind}.{moment}] {field} needs kk and ru")

    def word(self, word: str, lang: str, /, **values: Any) -> str:
        phrase = self.data.get("words", {}).get(word, {})
        return fill(phrase.get(lang, word), values)

    def _table(self, kind: str, moment: str) -> dict:
        default = self.data["default"]
        return (self.data.get(kind, {}).get(moment)
                or default.get(moment) or default["before"])

    def render(self, kind: str, moment: str, lang: str, values: dict[str, Any],
               items: Sequence[Item] = (), greet: bool = True) -> Rendered:
        values = {**values, "lang": lang}
        table = self._table(kind, moment)
        subject = " ".join(fill(table["subject"][lang], values).split())
        paragraphs = table["text"][lang]
        if isinstance(paragraphs, str):
            paragraphs = [paragraphs]
        if greet and values.get("name"):
            paragraphs = [self.word("greeting", lang, **values)] + list(paragraphs)
        footer = self.word("footer", lang, **values)
        text_parts, html_parts = [], []
        for paragraph in paragraphs:
            if paragraph.strip() == ITEMS:
                text_parts.append(_items_text(items))
                html_parts.append(_items_html(items))
            else:
                line = fill(paragraph, values)
                text_parts.append(line)
                html_parts.append(f"<p>{escape(line)}</p>")
        text = "\n\n".join(part for part in text_parts if part) + "\n\n-- \n" + footer + "\n"
        page = self.data["html"]["page"]
        html = page.replace("{lang}", escape(lang)).replace("{footer}", escape(footer)).replace(
            "{body}", "\n".join(part for part in html_parts if part))
        return Rendered(subject, text, html)


def _items_text(items: Sequence[Item]) -> str:
    lines = []
    for item in items:
        if isinstance(item, tuple):
            heading, rows = item
            lines.append(heading)
            lines.extend(f"  • {row}" for row in rows)
        else:
            lines.append(f"  • {item}")
    return "\n".join(lines)


def _items_html(items: Sequence[Item]) -> str:
    parts, loose = [], []
    for item in items:
        if isinstance(item, tuple):
            heading, rows = item
            parts.append(f"<h3 style=\"font-size: 15px;\">{escape(heading)}</h3>")
            parts.append("<ul>" + "".join(f"<li>{escape(r)}</li>" for r in rows) + "</ul>")
        else:
            loose.append(f"<li>{escape(item)}</li>")
    if loose:
        parts.append("<ul>" + "".join(loose) + "</ul>")
    return "\n".join(parts)
