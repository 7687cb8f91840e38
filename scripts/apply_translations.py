"""Fill the Qt Linguist files from translation tables (for translators who work in a spreadsheet).

    python scripts/update_translations.py            # first: lupdate adds the new messages
    python scripts/apply_translations.py TABLE.tsv... # then: fill them from the tables

Each line of a table is ``context<TAB>English source<TAB>Kazakh<TAB>Russian`` (``\\n`` for a
new line inside a message). For a
``%n`` message, write its plural forms separated by `` | `` (Kazakh: one form,
Russian: three — 1, 2–4, 5+). Messages already translated are left alone unless
``--overwrite``; sources that no longer exist in the code are reported.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
TS = {"kk": ROOT / "resources/translations/skma_training_kk.ts",
      "ru": ROOT / "resources/translations/skma_training_ru.ts"}


def read_tables(paths: list[Path]) -> dict[tuple[str, str], dict[str, str]]:
    found: dict[tuple[str, str], dict[str, str]] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                if not row or row[0].startswith("#"):
                    continue
                if len(row) != 4:
                    sys.exit(f"{path}:{number}: expected 4 tab-separated columns, found {len(row)}")
                context, source, kk, ru = (cell.replace("\\n", "\n") for cell in row)  # \n: a new line
                found[(context, source)] = {"kk": kk, "ru": ru}
    return found


def apply(lang: str, table: dict, overwrite: bool) -> tuple[int, set]:
    tree = ElementTree.parse(TS[lang])
    filled, seen = 0, set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"))
            if key not in table:
                continue
            seen.add(key)
            translation = message.find("translation")
            done = translation.get("type") != "unfinished" and (translation.text or list(translation))
            if done and not overwrite:
                continue
            text = table[key][lang]
            wanted = max(1, len(translation.findall("numerusform")))  # lupdate knows the language's forms
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                forms = text.split(" | ")
                forms += forms[-1:] * (wanted - len(forms))  # Kazakh: one word form serves them all
                forms = [form or forms[0] for form in forms]
                for form in forms:
                    ElementTree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    TS[lang].write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                        encoding="utf-8")
    return filled, seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", nargs="+", type=Path)
    parser.add_argument("--overwrite", action="store_true", help="replace existing translations too")
    args = parser.parse_args()
    table = read_tables(args.tables)
    seen: set = set()
    for lang in TS:
        filled, found = apply(lang, table, args.overwrite)
        seen |= found
        print(f"{lang}: {filled} messages filled")
    for context, source in sorted(set(table) - seen):
        print(f"not in the code (run update_translations.py first?): {context}: {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
