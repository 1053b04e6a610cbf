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
:meth:`PhraseMatcher.find_many` gives the same hits for a batch of texts at once,
with the words cut by pyarrow and the phrases followed through integer ids.

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
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from importlib import resources
from itertools import chain
from types import MappingProxyType
from typing import Any

import numpy as np
import pyarrow.compute as pc
import Stemmer

from classifier.utils.arrowtext import ALNUM, SAFE_END, trusted
from classifier.utils.distinct import range_positions

__all__ = [
    "PhraseMatcher",
    "data_path",
    "read_table",
    "read_list",
    "read_toml",
    "words",
    "word_list",
    "cyrillic",
]

_WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[а-я]")
# Latin letters and digits that look like Cyrillic ones in names typed by hand.
_LOOKALIKE = str.maketrans("abcehkmoptxy0", "авсенкмортхуо")
_LOOKALIKE_CHARS = set("aehkmoptxycb")

_STEMMERS = {
    "ru": Stemmer.Stemmer("russian"),
    "en": Stemmer.Stemmer("english"),
}


def cyrillic(text: str) -> bool:
    """Whether the text holds a Cyrillic letter.

    >>> cyrillic("Воронцов Валентин"), cyrillic("Oracle Austin")
    (True, False)
    """
    return _CYRILLIC.search(text.casefold()) is not None


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


def stems(tokens: Iterable[str]) -> dict[str, str]:
    """:func:`stem` of many normalised words at once: ``{word: stem}``, each language's words
    given to its stemmer in one call (a vocabulary of thousands of phrases is built at start-up).

    >>> stems(["ноутбуки", "offices", "ао"]) == {w: stem(w) for w in ["ноутбуки", "offices", "ао"]}
    True
    """
    out: dict[str, str] = {}
    todo: dict[str, list[str]] = {"ru": [], "en": []}
    for token in dict.fromkeys(tokens):
        if len(token) < 4 or not token.isalpha():
            out[token] = token
        else:
            todo["ru" if _CYRILLIC.search(token) else "en"].append(token)
    for lang, tokens_of in todo.items():
        out.update(zip(tokens_of, _STEMMERS[lang].stemWords(tokens_of), strict=True))
    return out


def unaccented(text: str) -> str:
    """Latin text without its accents; text with Cyrillic letters (й, ё) as it is.

    >>> unaccented("Département de l'Hérault"), unaccented("Złotów"), unaccented("Йошкар-Ола")
    ("Departement de l'Herault", 'Zlotow', 'Йошкар-Ола')
    """
    if text.isascii() or _CYRILLIC.search(text.casefold()):
        return text
    text = text.translate(_UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


# Latin letters that Unicode does not decompose into a base letter and an accent
_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
    }
)


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
    unaccented_too : bool
        Also match a Latin phrase with accents written in capitals without them ("LYCEE"):
        for names, not for product words, where one language's accented word is another's
        plain one (Czech «Mixér», English "mixer").
    any_order : bool
        Also match a phrase's words in another order, within the phrase's length
        and one word more: product names are written noun-first as often as not
        («Стойка серверная», «Машина стиральная»).
    """

    def __init__(
        self,
        phrases: Iterable[tuple[str, str, str]],
        any_order: bool = False,
        unaccented_too: bool = False,
    ) -> None:
        self.phrases = list(phrases)
        if unaccented_too:
            # exports write names in capitals without their accents ("LYCEE", "DEPARTEMENT"):
            # a Latin phrase with accents is also looked for so, as an exact phrase (its
            # stem, cut by the English stemmer without the accents, could be another word's:
            # "cooperative" stems to "cooper")
            self.phrases += [
                (key, bare.upper(), "exact")
                for key, phrase, match in self.phrases
                if match != "exact" and (bare := unaccented(phrase)) != phrase
            ]
        self.any_order = any_order
        self._stemmed: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._exact: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        cut = [word_list(phrase) for _, phrase, _ in self.phrases]
        stem_of = stems(
            normalise(w)
            for ws, (_, _, match) in zip(cut, self.phrases, strict=True)
            for w in ws
            if match != "exact"
        )
        for (key, _, match), phrase_words in zip(self.phrases, cut, strict=True):
            if match == "exact":
                seq = tuple(phrase_words)
                if seq:
                    self._exact.setdefault(seq[0], []).append((seq, key))
                continue
            seq = tuple(stem_of[normalise(w)] for w in phrase_words)
            # in any order, a phrase is looked up under each of its words
            for first in dict.fromkeys(seq if any_order else seq[:1]):
                self._stemmed.setdefault(first, []).append((seq, key))
        self._longest = max((len(e[0]) for es in self._stemmed.values() for e in es), default=1)
        # longest phrases first, so "ИП глава КФХ" wins over "ИП"
        for index in (self._stemmed, self._exact):
            for entries in index.values():
                entries.sort(key=lambda e: -len(e[0]))
        key_ids = {key: i for i, key in enumerate(dict.fromkeys(k for k, _, _ in self.phrases))}
        self._keys = np.array(list(key_ids), dtype=object)  # by key id
        self._tries = (_Trie(self._stemmed, key_ids), _Trie(self._exact, key_ids))
        self._word_ids: dict[str, tuple[int, int, int]] = {}  # see _ids

    def find_many(self, texts: list[str]) -> list[Mapping[str, str]]:
        """``dict(self.find(text))`` of each text, for many texts at once.

        Texts of the characters pyarrow cuts into words as Python does
        (:mod:`classifier.utils.arrowtext`) are matched together: their words become integer
        ids — of their stems, of their stems read as Cyrillic, of themselves for exact
        phrases — and the phrases are followed through them as through a trie, one word
        of every text at a time. Texts of other characters, and any texts when phrases
        match in any order, take :meth:`find`. A text without a hit gets one shared,
        read-only empty mapping.
        """
        split = None if self.any_order or len(texts) < 64 else trusted(texts)
        if split is None:
            return [dict(self.find(text)) for text in texts]
        array, plain, elsewhere = split
        out: list[Mapping[str, str]] = [_NO_HITS] * len(texts)
        for i in elsewhere:
            out[i] = dict(self.find(texts[i]))
        split = pc.split_pattern_regex(array, _NOT_A_WORD)
        words = pc.list_flatten(split)
        kept = pc.greater(pc.utf8_length(words), 0)  # not the empty words at either end
        text_of = plain[np.asarray(pc.list_parent_indices(split).filter(kept), dtype=np.int64)]
        coded = words.filter(kept).dictionary_encode()
        stem_id, other_id, raw_id = self._ids(coded.dictionary.to_pylist())
        codes = np.asarray(coded.indices, dtype=np.int64)
        # every match, in the order find() meets them: by word, then by the way its first
        # word matched (its stem, its stem read as Cyrillic, exactly), then by rank among
        # the phrases starting with that word
        stemmed = self._tries[0].walk(stem_id[codes], text_of, other_id[codes])
        exact = self._tries[1].walk(raw_id[codes], text_of)
        start, last, rank, key, way = (np.concatenate(p) for p in zip(stemmed, exact, strict=True))
        way[len(stemmed[0]) :] = 2
        order = np.lexsort((rank, way, start))
        text = text_of[start[order]]
        _, first = np.unique(text * len(self._keys) + key[order], return_index=True)
        order = order[np.sort(first)]  # each key's first match in a text, in find()'s order
        if not len(order):
            return out
        spans = _word_spans([texts[i] for i in plain], len(text_of))
        if spans is None:
            return [dict(self.find(text)) for text in texts]
        begin, end = spans
        hits: dict[int, dict[str, str]] = {}
        for t, k, a, b in zip(
            text_of[start[order]].tolist(),
            self._keys[key[order]].tolist(),
            begin[start[order]].tolist(),
            end[last[order]].tolist(),
            strict=True,
        ):
            hits.setdefault(t, {})[k] = texts[t][a:b]
        for t, found in hits.items():
            out[t] = found
        return out

    def _ids(self, words: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each word's id in the tries (0: in no phrase): its stem's, its other stem's
        (read as Cyrillic, where that differs), its own. Kept from call to call."""
        known = self._word_ids
        if len(known) > 200_000:  # a bound on what is kept
            known.clear()
        stems, raws = self._tries[0].ids, self._tries[1].ids
        for word in words:
            if word not in known:
                own, *other = _variants(word)
                other_id = stems.get(other[0], 0) if other and other[0] != own else 0
                known[word] = (stems.get(own, 0), other_id, raws.get(word, 0))
        ids = np.array([known[word] for word in words], dtype=np.int64).reshape(-1, 3)
        return ids[:, 0], ids[:, 1], ids[:, 2]

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


_NOT_A_WORD = f"[^{ALNUM}]+"  # what separates the words of _WORD, in RE2's terms
_NO_HITS: Mapping[str, str] = MappingProxyType({})


@cache
def _letters_and_digits() -> np.ndarray:
    """Which characters up to the end of SAFE are _WORD's (``str.isalnum``)."""
    return np.fromiter((chr(c).isalnum() for c in range(SAFE_END)), dtype=bool, count=SAFE_END)


def _word_spans(texts: list[str], count: int) -> tuple[np.ndarray, np.ndarray] | None:
    """Where each word of _WORD starts and ends in its text, for texts of SAFE characters.

    The words of all texts one after the other, as pyarrow cut them (``count`` of
    them): runs of letters and digits, found in the texts' code points. None if they
    are not ``count``.
    """
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1
    points = np.frombuffer("\0".join(texts).encode("utf-32-le"), dtype=np.uint32)
    alnum = np.concatenate([[False], _letters_and_digits()[points], [False]])
    begin = np.flatnonzero(alnum[1:-1] & ~alnum[:-2])
    end = np.flatnonzero(alnum[1:-1] & ~alnum[2:]) + 1
    if len(begin) != count:  # pyarrow's words and Python's rules disagree: never seen
        return None
    text_start = np.cumsum(lengths) - lengths
    text_of = np.searchsorted(text_start, begin, side="right") - 1
    return begin - text_start[text_of], end - text_start[text_of]


class _Trie:
    """The phrases of an index (first word → ``(words, key)``, in find()'s order) as a trie
    over word ids, walked for many words at once.

    A word id is 1 + its place among the phrases' words (0: a word in no phrase). Each
    node's phrases are kept with their rank in their first word's list.
    """

    def __init__(
        self, index: dict[str, list[tuple[tuple[str, ...], str]]], key_ids: dict[str, int]
    ) -> None:
        words = dict.fromkeys(w for entries in index.values() for seq, _ in entries for w in seq)
        self.ids = {w: i + 1 for i, w in enumerate(words)}
        self.base = len(self.ids) + 1
        edges: dict[int, int] = {}
        ends: list[tuple[int, int, int]] = []  # node, rank, key
        self.depth = 0
        for entries in index.values():
            for rank, (seq, key) in enumerate(entries):
                node = 0
                for w in seq:
                    node = edges.setdefault(node * self.base + self.ids[w], len(edges) + 1)
                ends.append((node, rank, key_ids[key]))
                self.depth = max(self.depth, len(seq))
        self.edge_keys = np.array(sorted(edges), dtype=np.int64)
        self.edge_child = np.array([edges[k] for k in self.edge_keys.tolist()], dtype=np.int64)
        ends.sort()
        end_node = np.array([e[0] for e in ends], dtype=np.int64)
        self.end_rank = np.array([e[1] for e in ends], dtype=np.int64)
        self.end_key = np.array([e[2] for e in ends], dtype=np.int64)
        self.end_from = np.searchsorted(end_node, np.arange(len(edges) + 2))

    def walk(
        self, word_id: np.ndarray, text_of: np.ndarray, other_id: np.ndarray | None = None
    ) -> tuple[np.ndarray, ...]:
        """Every phrase matched in the words: its first and last word, rank and key id,
        and whether its first word matched by its other id.

        ``word_id`` holds the words of all texts one after the other, ``text_of`` the
        text of each; a phrase does not run from one text into the next. A word with an
        ``other_id`` (its stem read as Cyrillic) matches a phrase's word by either.
        """
        n = len(word_id)
        alternatives = [word_id] if other_id is None else [word_id, other_id]
        start = np.concatenate([np.flatnonzero(ids > 0) for ids in alternatives])
        by_other = np.repeat(
            np.arange(len(alternatives)), [np.count_nonzero(ids > 0) for ids in alternatives]
        )
        node = np.zeros(len(start), dtype=np.int64)
        found: list[tuple[np.ndarray, ...]] = []
        for depth in range(self.depth):
            at = start + depth
            inside = at < n
            inside[inside] = text_of[at[inside]] == text_of[start[inside]]
            start, node, by_other, at = start[inside], node[inside], by_other[inside], at[inside]
            if depth:  # the first word matched by the id it started with; the others by either
                nexts = [np.flatnonzero(ids[at] > 0) for ids in alternatives]
                steps = np.concatenate(
                    [
                        node[k] * self.base + ids[at[k]]
                        for k, ids in zip(nexts, alternatives, strict=True)
                    ]
                )
                keep = np.concatenate(nexts)
                start, by_other = start[keep], by_other[keep]
            else:
                steps = np.where(by_other == 0, word_id[at], alternatives[-1][at])
            node, start, by_other = self._step(steps, start, by_other)
            if not len(start):
                break
            count = self.end_from[node + 1] - self.end_from[node]
            which = np.repeat(np.arange(len(node)), count)
            entry = range_positions(self.end_from[node], count)
            found.append(
                (
                    start[which],
                    start[which] + depth,
                    self.end_rank[entry],
                    self.end_key[entry],
                    by_other[which],
                )
            )
        if not found:
            return tuple(np.zeros(0, dtype=np.int64) for _ in range(5))
        return tuple(np.concatenate(parts) for parts in zip(*found, strict=True))

    def _step(self, steps: np.ndarray, *carried: np.ndarray) -> tuple[np.ndarray, ...]:
        """The nodes the ``steps`` (node × base + word id) lead to, and ``carried`` where
        they lead somewhere."""
        if not len(self.edge_keys):
            return (np.zeros(0, dtype=np.int64), *(c[:0] for c in carried))
        j = np.minimum(np.searchsorted(self.edge_keys, steps), len(self.edge_keys) - 1)
        hit = self.edge_keys[j] == steps
        return (self.edge_child[j[hit]], *(c[hit] for c in carried))
