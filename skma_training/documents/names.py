"""Names as they are signed: "И.О. Фамилия" (initials first, then the surname).

The register keeps full names "Фамилия Имя Отчество" (Kazakh patronymics may be
two words, "Кенжебек қызы"); the settings may hold a signatory either way,
"Кенесова К.Ж." or "К.Ж. Кенесова". Both come out as "К.Ж. Кенесова", with a
non-breaking space so the initials never end a line apart from the surname.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
PATRONYMIC_WORDS = frozenset({"қызы", "ұлы", "кызы", "улы", "оглы", "кызы"})
_INITIALS = re.compile(r"^(?:[^\W\d_]\.\s?){1,2}$")


def _is_initials(word: str) -> bool:
    return bool(_INITIALS.match(word))


def short_name(full_name: str) -> str:
    """"Абдуллаев Тимур Русланович" -> "Т.Р. Абдуллаев"; already short names keep their
    initials, put first: "Кенесова К.Ж." -> "К.Ж. Кенесова"."""
    words = (full_name or "").split()
    if not words:
        return ""
    initials = [w for w in words if _is_initials(w)]
    if initials:
        surname = " ".join(w for w in words if not _is_initials(w))
        letters = "".join(i.replace(" ", "") for i in initials)
        return f"{letters}{NBSP}{surname}".strip() if surname else letters
    surname, rest = words[0], words[1:]
    rest = [w for w in rest if w.casefold() not in PATRONYMIC_WORDS]
    if not rest:
        return surname
    letters = "".join(f"{w[0].upper()}." for w in rest[:2])
    return f"{letters}{NBSP}{surname}"
