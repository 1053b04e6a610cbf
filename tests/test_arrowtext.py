"""Arrow text: pyarrow cuts words as Python does, in the letters it is given."""

from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.compute as pc

from classifier.utils.arrowtext import ALNUM, OTHER, WORD_CHARS, as_arrow, other_letters, trusted


def test_pyarrow_reads_words_as_python_does_in_the_letters_it_is_given():
    """Lower case, word characters and whitespace agree, character by character."""
    everything = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    array = pa.array(everything)
    safe = ~pc.match_substring_regex(array, OTHER).to_numpy(zero_copy_only=False)
    chars = [c for c, ok in zip(everything, safe, strict=True) if ok]
    assert len(chars) > 1000 and "İ" not in chars and {"ё", "ß", "№", "—"} <= set(chars)
    lower = pc.utf8_lower(pa.array(chars)).to_pylist()
    assert lower == [c.lower() for c in chars]
    word = pc.match_substring_regex(pa.array(lower), f"^[{WORD_CHARS}]$").to_pylist()
    assert word == [re.fullmatch(r"\w", c) is not None for c in lower]
    # phrases are matched in words of letters and digits, before lower-casing
    alnum = pc.match_substring_regex(pa.array(chars), f"^[{ALNUM}]$").to_pylist()
    assert alnum == [re.fullmatch(r"[^\W_]", c) is not None for c in chars]
    # whitespace, which splits the buyer's text into words, is the same everywhere
    split = pc.utf8_split_whitespace(pa.array([f"a{c}b" for c in everything]))
    assert pc.list_value_length(split).to_pylist() == [len(f"a{c}b".split()) for c in everything]
    # and strips the model's texts at either end
    around = [f"{c}a{c}" for c in everything]
    assert pc.utf8_trim_whitespace(pa.array(around)).to_pylist() == [t.strip() for t in around]


def test_texts_that_are_not_all_valid_text_take_pythons_way():
    assert as_arrow(["a", None]) is None
    assert as_arrow(["a", 1]) is None
    assert as_arrow(["a", "\ud800"]) is None  # a lone surrogate: not UTF-8
    array = as_arrow(["Ёлка", "İstanbul", "東京", "Straße", "", "СОШ № 5 — «Ромашка»"])
    assert other_letters(array).tolist() == [False, True, True, False, False, False]
    split = trusted(["Ёлка", "İstanbul", "Straße", "東京"])
    assert split is not None and split[0].to_pylist() == ["Ёлка", "Straße"]
    assert split[1].tolist() == [0, 2] and split[2].tolist() == [1, 3]
    assert trusted(["a", None]) is None
