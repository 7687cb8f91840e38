"""Readable tables and JSON for the command line.

Whatever the register holds reaches the terminal escaped: a stored ESC or
bidirectional override cannot move the cursor, recolour or reorder the
output. JSON is compact unless ``--pretty``, and never holds NaN or infinity
(they are not JSON).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any, TextIO

from skma_training.domain.dates import day_text
from skma_training.errors import KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP

PRETTY = False  # set from --pretty by cli/main.py


class NotJson(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Cli", "The register holds a number JSON cannot express (not a number or infinite); "
               "correct it in the window, or use the table output."
    )


def display_width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else (2 if unicodedata.east_asian_width(c) in "WF" else 1)
               for c in text)


def printable(text: str) -> str:
    """``text`` with anything that is not printable shown as an escape (\\x1b, \\u202e)."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char.isprintable():
            out.append(char)
        elif char == "\n":
            out.append("⏎")
        else:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000
                       else f"\\U{code:08x}")
    return "".join(out)


def fit(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text + " " * (width - display_width(text))
    cut = text
    while cut and display_width(cut) > width - 1:
        cut = cut[:-1]
    return cut + "…" + " " * (width - display_width(cut) - 1)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO | None = None,
          max_width: int = 40) -> None:
    out = out or sys.stdout
    headers = [printable(str(h)) for h in headers]
    cells = [[format_cell(v) for v in row] for row in rows]
    widths = [min(max_width, max([display_width(h)] + [display_width(r[i]) for r in cells]))
              for i, h in enumerate(headers)]
    out.write("  ".join(fit(h, w) for h, w in zip(headers, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(fit(c, w) for c, w in zip(row, widths)).rstrip() + "\n")


def format_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return day_text(value)
    if isinstance(value, float):
        return f"{value:g}"
    return printable(str(value))


def _json_default(value: Any):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(document: Any, out: TextIO | None = None, pretty: bool | None = None) -> None:
    out = out or sys.stdout
    pretty = PRETTY if pretty is None else pretty
    try:
        text = json.dumps(document, ensure_ascii=False, allow_nan=False, default=_json_default,
                          indent=2 if pretty else None, separators=None if pretty else (",", ":"))
    except ValueError as error:
        raise NotJson() from error
    out.write(text)
    out.write("\n")
