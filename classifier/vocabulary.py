"""Vocabularies: the package's data tables, and phrase matching through inflection.

Every word list b2x uses (legal forms, government bodies, purposes, products,
mail domains, names, header synonyms) is a file in ``classifier/data``; this
module loads them once and matches their phrases against free text.

A phrase matches a text when its words occur in the text contiguously, after
both are *normalised*: case-folded, ``ё`` read as ``е``, split into words at
anything that is not a letter or digit, and each word of four letters or more
reduced to its Snowball stem (Russian for Cyrillic words, English otherwise),
so that «администрации» matches «администрация» and "kettles" matches "kettle".
Short words (ООО, ИП, АО, LLC) are kept whole: stemming would turn «АО» into
the preposition «а». A token written in Latin letters that all look Cyrillic
(``OOO``, ``AO``) is also tried in Cyrillic. Phrases marked ``exact`` match the
original words case-sensitively and unstemmed ("AS", "SA", "AG").

>>> m = PhraseMatcher([("gov_body", "администрация", "word")])
>>> m.find("Администрации Ленинского района")
[('gov_body', 'Администрации')]
>>> PhraseMatcher([("company_form", "ООО", "word")]).find('OOO "Вектор"')  # Latin O's
[('company_form', 'OOO')]
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from itertools import chain
from typing import Any

import snowballstemmer

__all__ = [
    "PhraseMatcher",
    "data_path",
    "read_table",
    "read_list",
    "read_toml",
    "words",
    "word_list",
]

_WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[а-я]")
# Latin letters and digits that look like Cyrillic ones in names typed by hand.
_LOOKALIKE = str.maketrans("abcehkmoptxy0", "авсенкмортхуо")
_LOOKALIKE_CHARS = set("aehkmoptxycb")

_STEMMERS = {
    "ru": snowballstemmer.stemmer("russian"),
    "en": snowballstemmer.stemmer("english"),
}


def data_path(name: str) -> Any:
    """Path-like handle of a data file shipped in ``classifier/data``."""
    return resources.files("classifier") / "data" / name


def _data_lines(name: str) -> list[str]:
    text = data_path(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV data file as dicts; lines starting with ``#`` are comments."""
    rows = csv.DictReader(_data_lines(name))
    return tuple({k: (v or "").strip() for k, v in row.items() if k} for row in rows)


@cache
def read_list(name: str) -> frozenset[str]:
    """A one-entry-a-line data file as a set of case-folded entries."""
    return frozenset(line.strip().casefold() for line in _data_lines(name))


@cache
def read_toml(name: str) -> dict[str, Any]:
    """A TOML data file."""
    with data_path(name).open("rb") as f:
        return tomllib.load(f)


def normalise(text: str) -> str:
    """Case-fold and read ``ё`` as ``е``.

    >>> normalise("Пётр ЁЛКИН")
    'петр елкин'
    """
    return text.casefold().replace("ё", "е")


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """Snowball stem of a normalised word; words under four letters stay whole.

    >>> stem("ноутбуки"), stem("offices"), stem("ао")
    ('ноутбук', 'offic', 'ао')
    """
    if len(token) < 4 or not token.isalpha():
        return token
    lang = "ru" if _CYRILLIC.search(token) else "en"
    return _STEMMERS[lang].stemWord(token)


def words(text: str) -> list[tuple[str, int, int]]:
    """Words of ``text`` with their spans: ``(word, start, end)``, unnormalised."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def word_list(text: str) -> list[str]:
    """The words of ``text``, unnormalised: :func:`words` without the spans."""
    return _WORD.findall(text)


@lru_cache(maxsize=200_000)
def _variants(word: str) -> tuple[str, ...]:
    """Stems a word may stand for: its own, and that of its Cyrillic look-alike."""
    token = normalise(word)
    own = stem(token)
    if (
        not _CYRILLIC.search(token)
        and any(c in _LOOKALIKE_CHARS for c in token)
        and set(token) <= _LOOKALIKE_CHARS | {"0"}
    ):
        return own, stem(token.translate(_LOOKALIKE))
    return (own,)


class PhraseMatcher:
    """Find phrases of a vocabulary in text, through inflection and look-alike letters.

    Parameters
    ----------
    phrases : iterable of (key, phrase, match)
        ``key`` is what a hit reports (a rule id, a product class); ``match`` is
        ``"word"`` (normalised, stemmed) or ``"exact"`` (case-sensitive, whole words).
    any_order : bool
        Also match a phrase's words in another order, within the phrase's length
        and one word more: product names are written noun-first as often as not
        («Стойка серверная», «Машина стиральная»).
    """

    def __init__(self, phrases: Iterable[tuple[str, str, str]], any_order: bool = False) -> None:
        self.phrases = list(phrases)
        self.any_order = any_order
        self._stemmed: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._exact: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, phrase, match in self.phrases:
            if match == "exact":
                seq = tuple(w for w, _, _ in words(phrase))
                if seq:
                    self._exact.setdefault(seq[0], []).append((seq, key))
                continue
            seq = tuple(stem(normalise(w)) for w, _, _ in words(phrase))
            # in any order, a phrase is looked up under each of its words
            for first in dict.fromkeys(seq if any_order else seq[:1]):
                self._stemmed.setdefault(first, []).append((seq, key))
        self._longest = max((len(e[0]) for es in self._stemmed.values() for e in es), default=1)
        # longest phrases first, so "ИП глава КФХ" wins over "ИП"
        for index in (self._stemmed, self._exact):
            for entries in index.values():
                entries.sort(key=lambda e: -len(e[0]))

    def find(self, text: str | None) -> list[tuple[str, str]]:
        """Hits in ``text`` as ``(key, matched text)``, in order of position.

        A key is reported once, at its first (longest) hit.
        """
        if not text:
            return []
        raw = word_list(text)
        stems = list(map(_variants, raw))
        starts, exact = self._stemmed.keys(), self._exact
        if starts.isdisjoint(chain.from_iterable(stems)) and exact.keys().isdisjoint(raw):
            return []  # most texts: no word starts a phrase
        hits: dict[str, str] = {}
        found = None
        for i, variants in enumerate(stems):
            # most words start no phrase: skip them before looking for candidates
            if starts.isdisjoint(variants) and raw[i] not in exact:
                continue
            for key, first, last in self._candidates(stems, raw, i):
                if key not in hits:
                    found = found or list(_WORD.finditer(text))
                    hits[key] = text[found[first].start() : found[last].end()]
        return list(hits.items())

    def _candidates(
        self, stems: list[tuple[str, ...]], raw: list[str], i: int
    ) -> Iterable[tuple[str, int, int]]:
        """``(key, first token, last token)`` of the phrases matching at token ``i``."""
        nearby: set[str] | None = None
        for first in stems[i]:
            for seq, key in self._stemmed.get(first, ()):
                n = len(seq)
                in_order = seq[0] == first and i + n <= len(stems)
                if in_order and all(seq[j] in stems[i + j] for j in range(1, n)):
                    yield key, i, i + n - 1
                elif self.any_order and n > 1:
                    # «Стойка серверная» for "серверная стойка": every word within reach
                    lo, hi = max(0, i - n), min(len(stems), i + n + 1)
                    if nearby is None:  # a quick filter over the widest reach of any phrase
                        reach = range(
                            max(0, i - self._longest), min(len(stems), i + self._longest + 1)
                        )
                        nearby = {v for j in reach for v in stems[j]}
                    if not nearby.issuperset(seq):
                        continue
                    at = [next((j for j in range(lo, hi) if w in stems[j]), None) for w in seq]
                    if None not in at and len(set(at)) == n and max(at) - min(at) < n + 1:
                        yield key, min(at), max(at)
        for seq, key in self._exact.get(raw[i], ()):
            n = len(seq)
            if tuple(raw[i : i + n]) == seq:
                yield key, i, i + n - 1
