"""Matching and ordering names the way Kazakh and Russian readers expect.

``fold`` makes a Kazakh name typed the Russian way match the real one and back
("Алимжан" finds "Әлімжан"); ``sort_key`` orders names in the Kazakh alphabet,
which holds the Russian one in its own order (Unicode would put Ә, Қ, Ө, Ү... after Я).
"""

from __future__ import annotations

# the Kazakh letters a Russian keyboard lacks, and the letter people type instead
_FOLDS = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
                        "һ": "х", "і": "и", "ё": "е"})

ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"


# Ө is written О or У in Russian spelling (Төлегенова, Тулегенова): search tries both
_O_AS_U = str.maketrans({"ө": "у"})


def fold(text: str) -> str:
    """``text`` without case and without the letters that differ between Kazakh and Russian typing."""
    return (text or "").casefold().translate(_FOLDS)


def search_text(text: str) -> str:
    """What a search looks in: the folded text, and its other spelling when it has an Ө."""
    folded = fold(text)
    lowered = (text or "").casefold()
    if "ө" in lowered:
        folded += "\n" + lowered.translate(_O_AS_U).translate(_FOLDS)
    return folded


def needles(query: str) -> tuple[str, ...]:
    """The spellings of a typed query to look for; empty when nothing is typed."""
    query = " ".join((query or "").split())
    if not query:
        return ()
    spellings = search_text(query).split("\n")
    return tuple(dict.fromkeys(spellings))


def found(wanted: tuple[str, ...], haystack: str) -> bool:
    """Whether any spelling of the query is in ``haystack`` (made by :func:`search_text`)."""
    return not wanted or any(n in haystack for n in wanted)


class _Collation(dict):
    """Code point -> the character that sorts it: Kazakh letters in alphabet order first,
    other letters after them, everything that is not a letter (spaces, digits) before both."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = chr(0x30000 + min(code, 0xCFFFF)) if char.isalpha() else char
        self[code] = value
        return value


_COLLATION = _Collation({ord(letter): chr(0x20000 + rank) for rank, letter in enumerate(ALPHABET)})


def sort_key(text: str) -> str:
    """A key (a plain string, compared fast) that orders Kazakh and Russian names alphabetically,
    capitals aside: "Қасымов" after "Кузнецов" and before "Лебедев"."""
    return (text or "").casefold().translate(_COLLATION)
