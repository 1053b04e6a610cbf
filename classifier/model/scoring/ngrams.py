"""N-gram counts of many texts for a fitted vocabulary, as scikit-learn counts them.

:class:`CharGramCounter` gives the matrix that scikit-learn's ``CountVectorizer``
with ``analyzer="char_wb"`` gives for a fitted vocabulary — same counts, same
column order — without a Python loop over n-grams; :class:`WordGramCounter` does
the same for ``analyzer="word"``: with scikit-learn's token pattern, words and their
runs are cut and looked up by pyarrow for the texts :mod:`classifier.utils.arrowtext` trusts
it with, and by one lean loop over the other texts.

Character n-grams: the texts are lower-cased and split into words (by pyarrow where
:mod:`classifier.utils.arrowtext` trusts it, by Python elsewhere), each word padded
with a space on either side; every substring of n characters of a padded word is an
n-gram, for each n of the range up to the padded word's length (the padded word is at
least 3 long: with ``min_n <= 3`` this is scikit-learn's rule). N-grams are found once
per distinct word and added up per text: names repeat their words far more than
themselves. An n-gram becomes one integer: its characters' ranks in the vocabulary's
alphabet as digits, so n-grams of different lengths never meet. A key is looked up in
a table of all possible keys where n is small enough for one (a few MB); one character
longer, through a table of its first n - 1 characters and a row per such prefix; else
by binary search among the sorted keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import scipy.sparse as sp

from classifier.utils.arrowtext import WORD_CHARS, trusted
from classifier.utils.distinct import range_positions

__all__ = ["CharGramCounter", "WordGramCounter"]


_TABLE_LIMIT = 1 << 22  # entries of a key → column table (4 bytes each)

# scikit-learn's default token pattern (Python 3 patterns of str are Unicode-aware)
_WORD_RUNS = (r"(?u)\b\w\w+\b", r"\b\w\w+\b")
_NOT_WORD = f"[^{WORD_CHARS}]+"


def _code_points(text: str) -> np.ndarray:
    """The code points of ``text`` as an integer array."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


class CharGramCounter:
    """Counts of a fitted vocabulary's ``char_wb`` n-grams in texts.

    Parameters
    ----------
    vocabulary : dict of str to int
        The fitted ``vocabulary_``: n-gram → column.
    ngram_range : tuple of int
        ``(min_n, max_n)``, with ``min_n <= 3``.
    dtype : numpy dtype
        Type of the counts, as the vectorizer's ``dtype``.
    """

    def __init__(self, vocabulary: dict[str, int], ngram_range: tuple[int, int], dtype) -> None:
        self.min_n, self.max_n = ngram_range
        self.dtype = dtype
        self.n_columns = len(vocabulary)
        terms = list(vocabulary)
        points = _code_points("".join(terms))
        self.alphabet = np.unique(points)
        self.base = len(self.alphabet) + 2  # ranks 1..len, and len + 1 for any other character
        # code points of the Basic Multilingual Plane get their rank from a table
        self.plane = np.full(0x10000, self.base - 1, dtype=np.int64)
        basic = self.alphabet < 0x10000
        self.plane[self.alphabet[basic]] = np.flatnonzero(basic) + 1
        lengths = np.fromiter(map(len, terms), dtype=np.int64, count=len(terms))
        starts = np.cumsum(lengths) - lengths
        keys = np.zeros(len(terms), dtype=np.int64)
        ranks = self._ranks(points)
        for n in np.unique(lengths):
            of_n = np.flatnonzero(lengths == n)
            keys[of_n] = self._keys(ranks, starts[of_n], int(n))
        order = np.argsort(keys)
        self.keys = keys[order]
        self.columns = np.fromiter(vocabulary.values(), dtype=np.int64, count=len(terms))[order]
        # short n-grams have few possible keys: a table from key to column is read at once;
        # one character longer, a table of the vocabulary's prefixes, then one row per prefix
        self.tables: dict[int, np.ndarray] = {}
        self.prefixed: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for n in range(self.min_n, self.max_n + 1):
            of_n = self.keys < self.base**n  # a key of n ranks, each >= 1, is >= base**(n-1)
            of_n &= self.keys >= self.base ** (n - 1)
            keys, columns = self.keys[of_n], self.columns[of_n]
            if self.base**n <= _TABLE_LIMIT:
                self.tables[n] = np.full(self.base**n, -1, dtype=np.int32)
                self.tables[n][keys] = columns
            elif self.base ** (n - 1) <= _TABLE_LIMIT:
                prefixes, row = np.unique(keys // self.base, return_inverse=True)
                table = np.full(self.base ** (n - 1), -1, dtype=np.int32)
                table[prefixes] = np.arange(len(prefixes))
                grid = np.full((len(prefixes), self.base), -1, dtype=np.int32)
                grid[row, keys % self.base] = columns
                self.prefixed[n] = (table, grid)

    @staticmethod
    def fits(vocabulary: dict[str, int], ngram_range: tuple[int, int]) -> bool:
        """Whether n-grams of this vocabulary and range fit in 63-bit keys."""
        longest = max(ngram_range[1], max(map(len, vocabulary), default=0))
        alphabet = len(set(chain.from_iterable(vocabulary))) + 2
        return bool(vocabulary) and ngram_range[0] <= 3 and alphabet**longest < 2**63

    def _ranks(self, points: np.ndarray) -> np.ndarray:
        """Each code point's rank in the alphabet, from 1; ``base - 1`` when not in it."""
        if not len(points) or points.max() < 0x10000:
            return self.plane[points]
        at = np.searchsorted(self.alphabet, points)
        at[at == len(self.alphabet)] = 0
        known = self.alphabet[at] == points
        return np.where(known, at + 1, self.base - 1).astype(np.int64)

    def _keys(self, ranks: np.ndarray, starts: np.ndarray, n: int) -> np.ndarray:
        """The keys of the n-grams of length ``n`` starting at ``starts``."""
        keys = ranks[starts]
        for k in range(1, n):
            keys = keys * self.base + ranks[starts + k]
        return keys

    def counts(self, texts: list, batch: int = 4096) -> sp.csr_array:
        """The texts × vocabulary matrix of n-gram counts, indices sorted.

        An n-gram never spans two words, so a text's counts are the sum of its words'.
        The n-grams are found once per distinct word of the texts, then added up per
        text, ``batch`` texts at a time, which bounds the memory. Raises
        ``AttributeError`` or ``TypeError`` when a text is not a ``str``.
        """
        words, text_of = _words(texts)
        word_of, distinct = _distinct(words)
        # the (word, column) cells of the distinct words, grouped by word
        of_word, columns = self._cells(*_padded(distinct), np.ones(len(distinct), np.int64))
        columns = columns[np.argsort(of_word, kind="stable")]
        per_word = np.bincount(of_word, minlength=len(distinct))
        first = np.cumsum(per_word) - per_word
        parts = []
        for start in range(0, len(texts), batch):
            stop = min(start + batch, len(texts))
            a, b = np.searchsorted(text_of, [start, stop])
            ids = word_of[a:b]
            n = per_word[ids]
            rows = np.repeat(text_of[a:b] - start, n)
            at = range_positions(first[ids], n)
            parts.append(_cell_counts(rows, columns[at], stop - start, self.n_columns))
        # batches of whole rows, one after another: their cells are joined as they are
        none = np.zeros(0, np.int64)
        indices, counts, lengths = (
            np.concatenate(p) for p in zip(*parts or [(none,) * 3], strict=True)
        )
        return _csr(indices, counts, lengths, self.n_columns, self.dtype)

    def _cells(
        self, points: np.ndarray, lengths: np.ndarray, per_text: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """The (text, column) of each n-gram found in the vocabulary.

        ``points`` are the code points of the texts' words, lower-cased, each with a
        space on either side; ``lengths`` the padded words' lengths; ``per_text`` the
        number of words of each text.
        """
        ranks = self._ranks(points)
        word_of = np.repeat(np.arange(len(lengths)), lengths)
        ends = np.cumsum(lengths)[word_of]  # end of each position's padded word
        text_of_word = np.repeat(np.arange(len(per_text)), per_text)
        position = np.arange(len(points))
        texts_of, columns_of = [], []
        for n in range(self.min_n, self.max_n + 1):
            starts = np.flatnonzero(position + n <= ends)
            if n in self.tables:
                found = self.tables[n][self._keys(ranks, starts, n)]
                hit = found >= 0
                found = found[hit]
            elif n in self.prefixed:
                table, grid = self.prefixed[n]
                prefix = table[self._keys(ranks, starts, n - 1)]
                found = np.full(len(starts), -1, dtype=np.int32)
                known = prefix >= 0
                found[known] = grid[prefix[known], ranks[starts[known] + n - 1]]
                hit = found >= 0
                found = found[hit]
            else:
                keys = self._keys(ranks, starts, n)
                at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
                hit = self.keys[at] == keys
                found = self.columns[at[hit]]
            texts_of.append(text_of_word[word_of[starts[hit]]])
            columns_of.append(found)
        return np.concatenate(texts_of), np.concatenate(columns_of).astype(np.int64)


def _words(texts: list) -> tuple[pa.Array | list, np.ndarray]:
    """The lower-cased words of the texts, split at whitespace, and the text of each word,
    in order of their texts: by pyarrow where :mod:`~classifier.utils.arrowtext` trusts it, by
    Python elsewhere. The words are an Arrow array, or a list when the texts are not all
    valid text."""
    text_of, words = _either_way(texts, _arrow_words, _python_words, _join_words)
    if len(text_of) and (text_of[1:] < text_of[:-1]).any():  # Python's texts came last
        order = np.argsort(text_of, kind="stable")
        text_of, words = text_of[order], words.take(order)
    return words, text_of


def _arrow_words(array: pa.Array) -> tuple[np.ndarray, pa.Array]:
    """:func:`_python_words` by pyarrow, which also gives the empty words around leading
    and trailing spaces, left out here."""
    cut = pc.utf8_split_whitespace(pc.utf8_lower(array))
    words = pc.list_flatten(cut)
    kept = np.asarray(pc.greater(pc.utf8_length(words), 0), dtype=bool)
    return np.asarray(pc.list_parent_indices(cut), dtype=np.int64)[kept], words.filter(kept)


def _python_words(texts: list) -> tuple[np.ndarray, list]:
    """The text of each word and the words: each text lower-cased and split at whitespace."""
    split = [text.lower().split() for text in texts]
    per_text = np.fromiter(map(len, split), np.int64, len(split))
    return np.repeat(np.arange(len(texts)), per_text), list(chain.from_iterable(split))


def _join_words(words: pa.Array, more: list) -> pa.Array:
    return pa.concat_arrays([words, pa.array(more, pa.large_string())])


def _distinct(words: pa.Array | list) -> tuple[np.ndarray, pa.Array | list]:
    """Each word's code among the distinct words, and the distinct words."""
    if isinstance(words, list):
        codes, uniques = pd.factorize(np.array(words, dtype=object))
        return codes.astype(np.int64), list(uniques)
    encoded = pc.dictionary_encode(words)
    return np.asarray(encoded.indices, dtype=np.int64), encoded.dictionary


def _padded(words: pa.Array | list) -> tuple[np.ndarray, np.ndarray]:
    """The code points of the words, each with a space on either side, and their lengths."""
    if not len(words):
        return np.zeros(0, np.uint32), np.zeros(0, np.int64)
    if isinstance(words, list):
        lengths = np.fromiter(map(len, words), np.int64, len(words))
        joined = "  ".join(words)
    else:
        lengths = np.asarray(pc.utf8_length(words), dtype=np.int64)
        every = pa.LargeListArray.from_arrays([0, len(words)], words)
        joined = pc.binary_join(every, pa.scalar("  ", pa.large_string()))[0].as_py()
    return _code_points(" " + joined + " "), lengths + 2


class WordGramCounter:
    """Counts of a fitted vocabulary's word n-grams in texts.

    A text is lower-cased and split by ``token_pattern``; its n-grams are the
    tokens' runs of n, joined by a space, for each n of ``ngram_range`` — the
    terms scikit-learn's ``analyzer="word"`` makes with no stop words and no
    preprocessor or tokenizer of one's own.

    Parameters
    ----------
    vocabulary : dict of str to int
        The fitted ``vocabulary_``: n-gram → column.
    ngram_range : tuple of int
        ``(min_n, max_n)``.
    token_pattern : str
        The vectorizer's ``token_pattern``, without a capturing group.
    dtype : numpy dtype
        Type of the counts, as the vectorizer's ``dtype``.
    """

    def __init__(
        self, vocabulary: dict[str, int], ngram_range: tuple[int, int], token_pattern: str, dtype
    ) -> None:
        self.vocabulary = vocabulary
        self.min_n, self.max_n = ngram_range
        self.tokens = re.compile(token_pattern).findall
        self.dtype = dtype
        # scikit-learn's own pattern: runs of two or more word characters, which pyarrow
        # finds as well in texts of the letters of classifier.utils.arrowtext
        self.terms = None
        if token_pattern in _WORD_RUNS:
            terms = [""] * len(vocabulary)
            for term, column in vocabulary.items():
                terms[column] = term
            self.terms = pa.array(terms, type=pa.large_string())

    @staticmethod
    def fits(token_pattern: str | None) -> bool:
        """Whether tokens are the pattern's whole matches (no capturing group)."""
        return token_pattern is not None and re.compile(token_pattern).groups == 0

    def counts(self, texts: list) -> sp.csr_array:
        """The texts × vocabulary matrix of n-gram counts, indices sorted.

        Raises ``AttributeError`` or ``TypeError`` when a text is not a ``str``.
        """
        if self.terms is None or len(texts) < 64:
            cells = self._cells(texts)
        else:
            cells = _either_way(texts, self._arrow_cells, self._cells)
        return _count_cells(*cells, (len(texts), len(self.vocabulary)), self.dtype)

    def _arrow_cells(self, array: pa.Array) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`_cells` by pyarrow, for texts of :mod:`~classifier.utils.arrowtext`'s letters."""
        split = pc.split_pattern_regex(pc.utf8_lower(array), _NOT_WORD)
        words, text_of = pc.list_flatten(split), pc.list_parent_indices(split)
        long = pc.greater_equal(pc.utf8_length(words), 2)
        words = words.filter(long)
        text_of = np.asarray(text_of.filter(long), dtype=np.int64)
        rows, columns = [], []
        for n in range(self.min_n, self.max_n + 1):
            # runs of n words of one text: the first and the n-th word in the same text
            starts = np.flatnonzero(text_of[: len(text_of) - n + 1] == text_of[n - 1 :])
            if n == 1:
                grams = words.take(starts)
            else:
                parts = [words.take(starts + k) for k in range(n)]
                grams = pc.binary_join_element_wise(*parts, pa.scalar(" ", pa.large_string()))
            found = pc.index_in(grams, value_set=self.terms)
            hit = np.asarray(found.is_valid(), dtype=bool)
            rows.append(text_of[starts[hit]])
            columns.append(np.asarray(found.drop_null(), dtype=np.int64))
        return np.concatenate(rows), np.concatenate(columns)

    def _cells(self, texts: list) -> tuple[np.ndarray, np.ndarray]:
        """The (text, column) of each n-gram of the texts found in the vocabulary."""
        lookup, tokens, join = self.vocabulary.get, self.tokens, " ".join
        longer = range(max(self.min_n, 2), self.max_n + 1)
        per_text, columns = [], []
        for text in texts:
            words = tokens(text.lower())
            grams = words if self.min_n <= 1 else []
            for n in longer:  # runs of n words: the list zipped with its shifts
                shifts = (words[k:] for k in range(n))
                grams = grams + list(map(join, zip(*shifts, strict=False)))
            found = [c for c in map(lookup, grams) if c is not None]
            per_text.append(len(found))
            columns.extend(found)
        return np.repeat(np.arange(len(texts)), per_text), np.array(columns, np.int64)


def _either_way(
    texts: list,
    by_arrow: Callable[[pa.Array], tuple[np.ndarray, Any]],
    by_python: Callable[[list], tuple[np.ndarray, Any]],
    join: Callable[[Any, Any], Any] = lambda a, b: np.concatenate([a, b]),
) -> tuple[np.ndarray, Any]:
    """``(text of each item, items)`` of the texts: ``by_arrow`` for those of the
    characters :mod:`~classifier.utils.arrowtext` trusts pyarrow with, ``by_python`` for the
    others (and for all when they are not all valid text), the two ``join``-ed."""
    split = trusted(texts)
    if split is None:
        return by_python(texts)
    array, plain, elsewhere = split
    rows, items = by_arrow(array)
    if not len(elsewhere):
        return plain[rows], items
    more_rows, more_items = by_python([texts[i] for i in elsewhere])
    return np.concatenate([plain[rows], elsewhere[more_rows]]), join(items, more_items)


def _count_cells(
    rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int], dtype
) -> sp.csr_array:
    """The CSR matrix counting each (row, column) pair, indices sorted within rows."""
    return _csr(*_cell_counts(rows, columns, *shape), shape[1], dtype)


def _cell_counts(
    rows: np.ndarray, columns: np.ndarray, n_rows: int, n_columns: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct (row, column) pairs' columns and counts, in order, and each row's number."""
    cells, counts = np.unique(rows * n_columns + columns, return_counts=True)
    return cells % n_columns, counts, np.bincount(cells // n_columns, minlength=n_rows)


def _csr(
    indices: np.ndarray, counts: np.ndarray, lengths: np.ndarray, n_columns: int, dtype
) -> sp.csr_array:
    """The CSR matrix of rows of ``lengths`` cells, with sorted ``indices`` within rows."""
    indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    index = np.int32 if max(n_columns, indptr[-1]) < 2**31 else np.int64
    matrix = sp.csr_array(
        (counts.astype(dtype), indices.astype(index), indptr.astype(index)),
        shape=(len(lengths), n_columns),
    )
    matrix.has_sorted_indices = True
    return matrix
