"""Readable tables and JSON for the command line."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any, TextIO

from skma_training.domain.dates import day_text


def display_width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else (2 if unicodedata.east_asian_width(c) in "WF" else 1)
               for c in text)


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
    return str(value)


def _json_default(value: Any):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(document: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(document, out, ensure_ascii=False, indent=2, default=_json_default)
    out.write("\n")
