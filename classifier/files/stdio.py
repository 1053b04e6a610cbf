"""Standard input and output as files: ``-`` names them where a command takes a file.

Every stage reads and writes files (a CSV file is read twice, a workbook by its zip
directory), so standard input is first copied to a temporary file — its format told by
its first bytes, or given — and an output to standard output is written to a temporary
CSV file, then copied out. Both are removed when the command ends, however it ends.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from classifier.exceptions import InputError

__all__ = [
    "STDIO",
    "FORMATS",
    "sniff_format",
    "standard_input",
    "standard_output",
    "named",
    "shown",
]

STDIO = Path("-")
FORMATS = ("csv", "xlsx", "parquet")
NAME = "<stdin>"  # how messages name standard input


def sniff_format(head: bytes) -> str:
    """An export's format from its first bytes: a zip archive is a workbook.

    >>> sniff_format(b"PK\\x03\\x04..."), sniff_format(b"PAR1..."), sniff_format(b"a;b\\n")
    ('xlsx', 'parquet', 'csv')
    """
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"PAR1"):
        return "parquet"
    return "csv"


@contextmanager
def standard_input(
    path: Path, format: str | None = None, stream: BinaryIO | None = None
) -> Iterator[Path]:
    """``path`` itself, or — when it is ``-`` — a temporary copy of standard input (or
    ``stream``), named by its format: ``format`` if given, else :func:`sniff_format`.

    Raises
    ------
    InputError
        ``format`` is not one of :data:`FORMATS`.
    """
    if format is not None and format not in FORMATS:
        raise InputError(f"--format must be one of {', '.join(FORMATS)}. Got {format!r} instead.")
    if path != STDIO:
        yield path
        return
    source = stream if stream is not None else sys.stdin.buffer
    with tempfile.TemporaryDirectory(prefix="b2x-stdin-") as folder:
        head = source.read(8)
        spooled = Path(folder) / f"stdin.{format or sniff_format(head)}"
        with spooled.open("wb") as f:
            f.write(head)
            shutil.copyfileobj(source, f, 1 << 20)
        yield spooled


@contextmanager
def standard_output(path: Path | None, stream: BinaryIO | None = None) -> Iterator[Path | None]:
    """``path`` itself, or — when it is ``-`` — a temporary CSV file whose bytes go to
    standard output (or ``stream``) once the block succeeds."""
    if path != STDIO:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="b2x-stdout-") as folder:
        target = Path(folder) / "stdout.csv"
        yield target
        sys.stdout.flush()
        sink = stream if stream is not None else sys.stdout.buffer
        with target.open("rb") as f:
            shutil.copyfileobj(f, sink, 1 << 20)
        sink.flush()


def named(message: str, spooled: Path) -> str:
    """A message with a spooled copy of standard input named as the user knows it.

    >>> named("'/tmp/b2x-stdin-x/stdin.csv' is empty.", Path("/tmp/b2x-stdin-x/stdin.csv"))
    "'<stdin>' is empty."
    """
    return message.replace(str(spooled), NAME)


def shown(path: Path) -> Path:
    """A path as a summary names it: standard output's temporary file as ``<stdout>``."""
    if path.name == "stdout.csv" and path.parent.name.startswith("b2x-stdout-"):
        return Path("<stdout>")
    return path
