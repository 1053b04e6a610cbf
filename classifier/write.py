"""Write: a labelled frame to CSV, XLSX or Parquet, atomically.

The output is written to a temporary file beside the target and renamed over
it, so an interrupted run never leaves a half-written file at the target path.
CSV is written as UTF-8 with a BOM (so Excel shows Cyrillic) in the input's own
delimiter; cells a spreadsheet would run as formulas are neutralised in CSV and
XLSX by a leading apostrophe.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from classifier.exceptions import InputError
from classifier.read import SUFFIXES

__all__ = ["write_labelled", "output_path", "neutralise_formulas", "atomic_path"]

_FORMULA = r"^[=+\-@\t\r]"
_NUMBER = r"^[+\-]?[\d\s.,]+%?$"


@contextmanager
def atomic_path(path: Path) -> Iterator[str]:
    """A temporary path beside ``path``, renamed onto it when the block succeeds.

    On any error (or Ctrl-C) the temporary file is removed and ``path`` is untouched.
    """
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.stem}.", suffix=f".part{path.suffix}"
    )
    os.close(fd)
    try:
        yield tmp
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def output_path(input_path: str | Path) -> Path:
    """Default output: ``orders.csv`` → ``orders.labelled.csv`` beside the input."""
    path = Path(input_path)
    return path.with_name(f"{path.stem}.labelled{path.suffix}")


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix ``'`` to text cells starting with ``= + - @`` that are not plain numbers.

    >>> neutralise_formulas(pd.DataFrame({"a": ["=HYPERLINK(1)", "-5,5", "ok"]}))["a"].tolist()
    ["'=HYPERLINK(1)", '-5,5', 'ok']
    """
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if not (pd.api.types.is_object_dtype(values) or pd.api.types.is_string_dtype(values)):
            continue
        text = values.astype("string")
        risky = text.str.match(_FORMULA).fillna(False) & ~text.str.match(_NUMBER).fillna(False)
        if risky.any():
            out[column] = values.astype(object).where(~risky, "'" + text[risky].astype(str))
    return out


def write_labelled(frame: pd.DataFrame, path: str | Path, delimiter: str | None = None) -> Path:
    """Write ``frame`` to ``path`` by its extension (.csv, .tsv, .txt, .xlsx, .parquet).

    ``delimiter`` defaults to the input's (``frame.attrs['b2x']``), else ``,``
    (TAB for .tsv).
    """
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(
            f"Cannot write '{path}': unknown type '{path.suffix}'. "
            f"Use one of: {', '.join(sorted(SUFFIXES))}."
        )
    if not path.parent.is_dir():
        raise InputError(f"Cannot write '{path}': folder '{path.parent}' does not exist.")
    try:
        with atomic_path(path) as tmp:
            if kind == "parquet":
                frame.to_parquet(tmp, index=False)
            elif kind == "xlsx":
                neutralise_formulas(frame).to_excel(tmp, index=False, engine="openpyxl")
            else:
                if delimiter is None:
                    meta = frame.attrs.get("b2x", {})
                    same = meta.get("format") == "csv"
                    delimiter = (
                        "\t"
                        if path.suffix.lower() == ".tsv"
                        else (meta.get("delimiter", ",") if same else ",")
                    )
                text = neutralise_formulas(frame)
                for column in text.columns:
                    if pd.api.types.is_bool_dtype(text[column]):
                        text[column] = text[column].map({True: "true", False: "false"})
                text.to_csv(
                    tmp, sep=delimiter, index=False, encoding="utf-8-sig", lineterminator="\n"
                )
    except OSError as e:  # name the target, not the temporary file
        raise OSError(e.errno, e.strerror or str(e), str(path)) from e
    return path
