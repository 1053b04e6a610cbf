"""Arrow text: many texts cut into words by pyarrow, exactly as Python's rules cut them.

Word n-grams, the buyer's character n-grams and phrase matching all start by
lower-casing texts and cutting them into words. pyarrow does that for a whole batch
in compiled code, but its Unicode tables (utf8proc, RE2) are not Python's: they agree
only on some characters. :data:`SAFE` names them — Latin up to Latin Extended-B but
for U+0130 (İ, whose lower case Python writes as two characters), Greek, Cyrillic,
and the punctuation, currency and letter-like signs of U+2000–U+214F (dashes, quotes,
№, ₽) — and the tests check, character by character, that lower case, word
characters and whitespace agree there. A text with any other character takes
Python's way.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

__all__ = [
    "SAFE",
    "SAFE_END",
    "OTHER",
    "ALNUM",
    "WORD_CHARS",
    "as_arrow",
    "other_letters",
    "trusted",
]

_RANGES = ((0x0, 0x12F), (0x131, 0x24F), (0x370, 0x52F), (0x2000, 0x214F))
SAFE = "".join(rf"\x{{{a:X}}}-\x{{{b:X}}}" for a, b in _RANGES)
SAFE_END = _RANGES[-1][1] + 1  # every character of SAFE is below this code point
OTHER = f"[^{SAFE}]"  # a character outside SAFE
ALNUM = r"\p{L}\p{N}"  # Python's [^\W_], letters and digits, in RE2's terms
WORD_CHARS = ALNUM + "_"  # Python's \w


def as_arrow(texts: list) -> pa.Array | None:
    """The texts as an Arrow array; None unless they are all text of valid UTF-8."""
    try:
        array = pa.array(texts, type=pa.large_string())
    except (pa.ArrowException, UnicodeError):
        return None
    return None if array.null_count else array


def other_letters(array: pa.Array) -> np.ndarray:
    """Where a text has a character outside :data:`SAFE`: it must take Python's way."""
    return np.asarray(pc.match_substring_regex(array, OTHER), dtype=bool)


def trusted(texts: list) -> tuple[pa.Array, np.ndarray, np.ndarray] | None:
    """The texts pyarrow may cut (as an Arrow array), their positions, and the positions
    of the others, which take Python's way; None when the texts are not all valid text."""
    array = as_arrow(texts)
    if array is None:
        return None
    other = other_letters(array)
    plain = np.flatnonzero(~other)
    return array.take(plain), plain, np.flatnonzero(other)
