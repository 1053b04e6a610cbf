"""Cells read into values: numbers as exports write them, dates in many forms, decimal marks."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from classifier.cells import parse_dates, parse_numbers


@pytest.mark.parametrize(
    ("text", "decimal", "value"),
    [
        ("1 234,56", ",", 1234.56),
        ("1\u00a0234,56\u00a0₽", ",", 1234.56),
        ("1 234,56 руб.", ",", 1234.56),
        ("12,000", ",", 12.0),  # a quantity of twelve in a decimal-comma file
        ("12,000", ".", 12000.0),
        ("$1,234.56", ",", 1234.56),  # both marks: the last one is the decimal
        ("1.234,56", ".", 1234.56),
        ("€ 99", ".", 99.0),
        ("-5,5", ",", -5.5),
        ("(1,200.00)", ".", -1200.0),
        ("7 шт.", ",", 7.0),
    ],
)
def test_numbers_as_exports_write_them(text, decimal, value):
    assert parse_numbers(pd.Series([text]), decimal).iloc[0] == pytest.approx(value)


@pytest.mark.parametrize("text", ["abc", "n/a", "—"])
def test_unreadable_numbers_become_missing(text):
    assert math.isnan(parse_numbers(pd.Series([text]), ",").iloc[0])


@pytest.mark.parametrize(
    "text",
    [
        "05.03.2024",
        "2024-03-05",
        "05.03.24",
        "2024-03-05 14:22:10 +0300",
        "5 марта 2024 г.",
        "Mar 5, 2024",
        "5 March 2024",
        "05/03/2024",
    ],
)
def test_dates_in_common_forms(text):
    assert parse_dates(pd.Series([text])).iloc[0] == pd.Timestamp("2024-03-05")


def test_decimal_marks_are_counted_alike_in_ascii_cells_and_others():
    """ASCII cells are matched by pyarrow with a twin of each pattern; every other cell by
    Python's own. On random cells of digits, marks and whitespace both ways agree."""
    import random
    import re

    from classifier.cells import _ASCII_TWINS, _searched

    rng = random.Random(7)
    marks = "0123456789,. \t\x0b\x0c\x1c\x1f\n-a"
    words = [
        [
            "".join(rng.choice(marks) for _ in range(rng.randint(1, 6)))
            for _ in range(rng.randint(1, 3))
        ]
        for _ in range(10_000)
    ]
    cells = [" ".join(w).strip() for w in words]
    digits = "".join(map(str, range(10)))
    for _ in range(10_000):  # number-like: groups of digits, a separator, a mark, decimals
        groups = ["".join(rng.choices(digits, k=rng.randint(1, 3)))]
        groups += ["".join(rng.choices(digits, k=3)) for _ in range(rng.randint(0, 2))]
        cell = rng.choice([" ", "\x1c", "\t", ",", ".", "\u00a0"]).join(groups)
        decimals = "".join(rng.choices(digits, k=rng.randint(0, 3)))
        cells.append(cell + rng.choice([",", ".", ""]) + decimals)
    cells += ["1 234,56", "1\u00a0234,56", "١٢,٥", "12,50", "3.50", "1,234.5", "1.234,5"]
    text = pd.Series(cells, dtype="str")
    for pattern in _ASCII_TWINS:
        expected = [re.search(pattern, cell) is not None for cell in cells]
        assert _searched(text, pattern).tolist() == expected
        assert 500 < sum(expected) < len(cells) - 500  # both answers, many times
