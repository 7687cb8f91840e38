"""Refresh the Qt Linguist sources from the code and build the .qm files.

    python scripts/update_translations.py          # lupdate + lrelease
    python scripts/update_translations.py --release # lrelease only (what CI and packaging need)

The .ts files are in git; the .qm files are built (and ignored by git).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from skma_training.gui.translations import build_qm_files, ts_files  # noqa: E402


def lupdate() -> None:
    from PySide6 import __file__ as pyside_init

    tool = Path(pyside_init).parent / "lupdate"
    base = [str(tool), "-extensions", "py", "-locations", "none", "-no-obsolete", str(ROOT / "skma_training")]
    translated = [str(ts) for ts in ts_files() if not ts.stem.endswith("_en")]
    subprocess.run([*base, "-ts", *translated], check=True)
    # English is the source: its catalogue holds only the plural forms of %n messages
    english = [str(ts) for ts in ts_files() if ts.stem.endswith("_en")]
    subprocess.run([*base, "-pluralonly", "-ts", *english], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    args = parser.parse_args()
    if not args.release:
        lupdate()
    for path in build_qm_files(ROOT / "resources" / "translations"):
        print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
