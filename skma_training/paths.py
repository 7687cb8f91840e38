"""Where resources/ and forms/ are: in a checkout, an installed wheel or a frozen build.

This is the one module that knows; everything else asks it.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller unpacks datas here
        found.append(Path(frozen_root) / name)
    found.append(_PACKAGE_DIR / "_data" / name)  # installed wheel (hatch force-include)
    found.append(_PACKAGE_DIR.parent / name)  # source checkout / editable install
    return found


@cache
def _root(name: str) -> Path:
    for path in _candidates(name):
        if path.is_dir():
            return path
    searched = ", ".join(str(p) for p in _candidates(name))
    raise FileNotFoundError(f"The application's {name}/ folder is missing (looked in {searched})")


def resources_dir() -> Path:
    return _root("resources")


def forms_dir() -> Path:
    return _root("forms")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def form(*parts: str) -> Path:
    return forms_dir().joinpath(*parts)
