"""The ``b2x`` command line: a thin typer layer over the library.

Each command parses its options, calls one library function, prints a short
result, and turns the package's own errors into a one-line message on stderr
and exit code 1 (2 for usage errors, as typer does).
"""

from __future__ import annotations

import functools
import math
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from classifier.exceptions import ClassifierError

app = typer.Typer(
    name="b2x",
    help="Label sales records as B2B, B2C or B2G, with a confidence, an ambiguity flag "
    "and plain-language reasons.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)
# piped or redirected, tables are not cut to a terminal's width: the reader's pager wraps
out = Console(width=100 if sys.stdout.isatty() else 1_000, soft_wrap=False)
err = Console(stderr=True, width=200, soft_wrap=True)

MapOption = Annotated[
    list[str] | None,
    typer.Option("--map", help="field=Header: read Header as the canonical field. Repeatable."),
]
ModelOption = Annotated[
    Path | None,
    typer.Option(
        "--model", help="Model manifest (NAME.json, beside NAME.npz); the shipped one by default."
    ),
]
LangOption = Annotated[str, typer.Option("--lang", help="Language of the reasons: en or ru.")]
SheetOption = Annotated[str | None, typer.Option("--sheet", help="XLSX sheet name or position.")]
RulesOption = Annotated[
    Path | None,
    typer.Option(
        "--rules",
        help="An analyst's rules file (TOML); by default $B2X_RULES or ~/.config/b2x/rules.toml "
        "when it exists.",
    ),
]
StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help="Label store of analysts' decisions (SQLite); by default $B2X_STORE or "
        "~/.local/share/b2x/labels.sqlite.",
    ),
]
NoLabelsOption = Annotated[
    bool, typer.Option("--no-labels", help="Ignore the buyers analysts labelled in the store.")
]


def fail_cleanly(command: Callable[..., Any]) -> Callable[..., Any]:
    """Report the package's errors and OS errors as one line and exit 1; Ctrl-C exits 130."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            _check_options(kwargs)
            with warnings.catch_warnings():
                # the package's own warnings about the input, each time, as one line
                warnings.filterwarnings("always", category=UserWarning, module="classifier")
                warnings.showwarning = _show_warning(warnings.showwarning)
                return _with_stdio(command, args, kwargs)
        except ClassifierError as e:
            err.print(f"b2x: error: {e}", markup=False, highlight=False)
            raise typer.Exit(1) from None
        except OSError as e:  # a disk full or a folder one may not write to
            where = f"'{e.filename}': " if e.filename else ""
            err.print(f"b2x: error: {where}{e.strerror or e}", markup=False, highlight=False)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            err.print("b2x: interrupted; no output written.", markup=False)
            raise typer.Exit(130) from None

    return wrapper


# a command whose output is the labelled data: with its input on standard input and no -o,
# it writes to standard output, as a filter does
_FILTERS = frozenset({"classify"})


def _with_stdio(command: Callable[..., Any], args: tuple, kwargs: dict[str, Any]) -> Any:
    """Run ``command`` with ``-`` as its input (standard input) or output (standard
    output, CSV): :mod:`classifier.files.stdio`. Its summary then goes to standard error."""
    from contextlib import ExitStack

    from classifier.exceptions import InputError
    from classifier.files.stdio import STDIO, named, standard_input, standard_output

    name = next((k for k in ("input", "data") if kwargs.get(k) == STDIO), None)
    filters = command.__name__ in _FILTERS
    if name and filters and kwargs.get("output") is None:
        kwargs["output"] = STDIO
    if kwargs.get("output") == STDIO and not filters:
        raise InputError("-o - (standard output) is for b2x classify; give a file to -o.")
    if name and "output" in kwargs and kwargs["output"] is None and command.__name__ == "review":
        raise InputError("With the input on standard input, give -o: the review file to write.")
    if kwargs.get("input_format") is not None and not name:
        raise InputError("--format is the format of standard input (-); a file's is its extension.")
    with ExitStack() as stack:
        if name:
            kwargs[name] = stack.enter_context(standard_input(STDIO, kwargs.get("input_format")))
        if kwargs.get("output") == STDIO:
            kwargs["output"] = stack.enter_context(standard_output(STDIO))
            out.stderr = True  # standard output holds the data alone
            stack.callback(setattr, out, "stderr", False)
        try:
            return command(*args, **kwargs)
        except ClassifierError as e:
            if name is None:
                raise
            raise type(e)(named(str(e), kwargs[name])) from None


def _version(value: bool) -> None:
    if value:
        from importlib import metadata

        typer.echo(f"b2x {metadata.version('b2x')}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Label sales records as B2B, B2C or B2G, with a confidence, an ambiguity flag and
    plain-language reasons. A file argument or -o of - is standard input or output."""


def _show_warning(show: Callable[..., None]) -> Callable[..., None]:
    """``warnings.showwarning`` printing a warning class of the package's own (a line of
    the input skipped) as a "b2x: warning:" line, and others with ``show``."""

    def shown(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
        if category.__module__.startswith("classifier."):
            warn(str(message))
        else:
            show(message, category, *args, **kwargs)

    return shown


def _check_options(options: dict[str, Any]) -> None:
    """Option values every command shares, checked before anything is read."""
    from classifier.exceptions import InputError

    lang = options.get("lang")
    if lang is not None and lang not in ("en", "ru"):
        raise InputError(f"--lang must be one of en, ru. Got {lang!r} instead.")
    jobs = options.get("jobs")
    if jobs is not None and jobs < 1:
        raise InputError(f"--jobs must be a whole number of 1 or more. Got {jobs} instead.")
    # whole numbers with a least value: typer has read them as int
    for name, least in _LEAST.items():
        value = options.get(name)
        if value is not None and value < least:
            flag = "--" + name.replace("_", "-")
            raise InputError(
                f"{flag} must be a whole number of {least} or more. Got {value} instead."
            )
    weight = options.get("weight")
    if weight is not None and not 0 <= weight < math.inf:
        raise InputError(f"--weight must be a number of 0 or more. Got {weight} instead.")
    least = options.get("min_amount")
    if least is not None and not math.isfinite(least):
        raise InputError(f"--min-amount must be a finite number. Got {least} instead.")
    if options.get("engine") not in (None, "local", "dask"):
        raise InputError(f"--engine must be local or dask. Got {options['engine']!r} instead.")
    if options.get("format") not in (None, "xlsx", "label-studio", "jsonl"):
        raise InputError(
            f"--format must be xlsx, label-studio or jsonl. Got {options['format']!r} instead."
        )
    wrong = sorted({str(v).upper() for v in options.get("label") or ()} - {"B2B", "B2C", "B2G"})
    if wrong:
        raise InputError(f"--label must be B2B, B2C or B2G. Got {', '.join(wrong)} instead.")


# the least value of each whole-number option (--row: row 1 is the header)
_LEAST = {"chunk_rows": 1, "limit": 1, "row": 2, "folds": 2, "seed": 0}


def warn(line: str) -> None:
    err.print(f"b2x: warning: {line}", markup=False, highlight=False, soft_wrap=True)


def parse_mapping(pairs: list[str] | None) -> dict[str, str] | None:
    from classifier.exceptions import ColumnError

    if not pairs:
        return None
    mapping = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip() or not header:
            raise ColumnError(f"--map must look like field=Header. Got {pair!r} instead.")
        mapping[field.strip()] = header
    return mapping


def run_rules(path: Path | None, store: Path | None = None, labels: bool = False) -> Any:
    """The run's rule set: the analyst's rules file and, with ``labels``, the store's buyers
    and records (:func:`classifier.review.store.labelled_rules`)."""
    from classifier.review.store import labelled_rules
    from classifier.rules.analyst import resolve_rules

    ruleset = resolve_rules(path)
    return labelled_rules(ruleset, store) if labels else ruleset


def open_store(path: Path | None) -> Any:
    from classifier.review.store import LabelStore

    return LabelStore(path)


def retrained_model(store: Path | None, quiet: bool = False) -> Path | None:
    """The model ``b2x learn --retrain`` wrote beside the store, when cross-validation
    found it better than the shipped one; else None (the shipped model)."""
    from classifier.config import default_store_path
    from classifier.review.feedback import preferred_model

    found = preferred_model(store if store is not None else default_store_path())
    if found is not None and not quiet:
        err.print(
            f"b2x: model retrained with analysts' labels: {found}", markup=False, highlight=False
        )
    return found


def run_model(path: Path | None) -> Any:
    from classifier.model.saved import load_model

    return load_model(path)


def training_path(path: Path | None) -> Path:
    """The base training file: ``path``, else :func:`~classifier.config.default_training_path`."""
    from classifier.config import default_training_path
    from classifier.exceptions import InputError

    found = path if path is not None else default_training_path()
    if found is None:
        raise InputError("Give the base training file (the project's data/train.csv).")
    return found
