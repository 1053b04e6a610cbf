"""The ``b2x`` command line: a thin typer layer over the library.

Each command parses its options, calls one library function, prints a short
result, and turns the package's own errors into a one-line message on stderr
and exit code 1 (2 for usage errors, as typer does).
"""

from __future__ import annotations

import functools
import math
import sys
import time
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
    typer.Option("--model", help="Model manifest (NAME.json, beside NAME.npz); the shipped one "
                 "by default."),
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


def _fail_cleanly(command: Callable[..., Any]) -> Callable[..., Any]:
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
    output, CSV): :mod:`classifier.stdio`. Its summary then goes to standard error."""
    from contextlib import ExitStack

    from classifier.exceptions import InputError
    from classifier.stdio import STDIO, named, standard_input, standard_output

    name = next((k for k in ("input", "data") if kwargs.get(k) == STDIO), None)
    filters = command.__name__ in _FILTERS
    if name and filters and kwargs.get("output") is None:
        kwargs["output"] = STDIO
    if kwargs.get("output") == STDIO and not filters:
        raise InputError("-o - (standard output) is for b2x classify; give a file to -o.")
    if name and "output" in kwargs and kwargs["output"] is None and command.__name__ == "review":
        raise InputError("With the input on standard input, give -o: the review file to write.")
    if kwargs.get("input_format") is not None and not name:
        raise InputError("--format is the format of standard input (-); a file's is its "
                         "extension.")  # fmt: skip
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
        typer.Option("--version", callback=_version, is_eager=True,
                     help="Print the version and exit."),
    ] = False,
) -> None:
    """Label sales records as B2B, B2C or B2G, with a confidence, an ambiguity flag and
    plain-language reasons. A file argument or -o of - is standard input or output."""


def _show_warning(show: Callable[..., None]) -> Callable[..., None]:
    """``warnings.showwarning`` printing a warning class of the package's own (a line of
    the input skipped) as a "b2x: warning:" line, and others with ``show``."""

    def shown(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any
              ) -> None:  # fmt: skip
        if category.__module__.startswith("classifier."):
            _warn(str(message))
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
            raise InputError(f"{flag} must be a whole number of {least} or more. "
                             f"Got {value} instead.")  # fmt: skip
    weight = options.get("weight")
    if weight is not None and not 0 <= weight < math.inf:
        raise InputError(f"--weight must be a number of 0 or more. Got {weight} instead.")
    least = options.get("min_amount")
    if least is not None and not math.isfinite(least):
        raise InputError(f"--min-amount must be a finite number. Got {least} instead.")
    if options.get("engine") not in (None, "local", "dask"):
        raise InputError(f"--engine must be local or dask. Got {options['engine']!r} instead.")
    if options.get("format") not in (None, "xlsx", "label-studio", "jsonl"):
        raise InputError("--format must be xlsx, label-studio or jsonl. "
                         f"Got {options['format']!r} instead.")  # fmt: skip
    wrong = sorted({str(v).upper() for v in options.get("label") or ()} - {"B2B", "B2C", "B2G"})
    if wrong:
        raise InputError(f"--label must be B2B, B2C or B2G. Got {', '.join(wrong)} instead.")


# the least value of each whole-number option (--row: row 1 is the header)
_LEAST = {"chunk_rows": 1, "limit": 1, "row": 2, "folds": 2, "seed": 0}


def _warn(line: str) -> None:
    err.print(f"b2x: warning: {line}", markup=False, highlight=False, soft_wrap=True)


def _mapping(pairs: list[str] | None) -> dict[str, str] | None:
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


def _rules(path: Path | None, store: Path | None = None, labels: bool = False) -> Any:
    """The run's rule set: the analyst's rules file and, with ``labels``, the store's buyers
    and records. A ``--store`` that does not exist yet is created, as the default one is."""
    from classifier.analyst import resolve_rules, with_buyer_labels, with_record_labels

    try:
        ruleset = resolve_rules(path)
    except UnicodeDecodeError as e:
        from classifier.exceptions import InputError

        raise InputError(f"Rules file '{path}' is not UTF-8 text (byte {e.start} cannot be "
                         "decoded): save it as UTF-8 TOML.") from None  # fmt: skip
    if not labels:
        return ruleset
    from classifier.store import LabelStore, default_store_path

    where = store if store is not None else default_store_path()
    if store is None and not where.is_file():
        return ruleset
    with LabelStore(where) as labelled:
        buyers = labelled.buyer_labels()
        records = labelled.record_labels()
    ruleset = with_buyer_labels(ruleset, buyers, f"{len(buyers)} labelled buyers ({where.name})")
    return with_record_labels(ruleset, records, f"{len(records)} labelled records")


def _store(path: Path | None) -> Any:
    from classifier.store import LabelStore

    return LabelStore(path)


def _retrained(store: Path | None, quiet: bool = False) -> Path | None:
    """The model ``b2x learn --retrain`` wrote beside the store, when cross-validation
    found it better than the shipped one; else None (the shipped model)."""
    from classifier.feedback import preferred_model
    from classifier.store import default_store_path

    found = preferred_model(store if store is not None else default_store_path())
    if found is not None and not quiet:
        err.print(f"b2x: model retrained with analysts' labels: {found}", markup=False,
                  highlight=False)  # fmt: skip
    return found


def _model(path: Path | None) -> Any:
    from classifier.model import load_model

    return load_model(path)


@app.command()
@_fail_cleanly
def classify(
    input: Annotated[
        Path, typer.Argument(help="Export to label: .csv, .xlsx or .parquet; - for standard input.")
    ],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Output file, - for standard output (CSV); "
                     "INPUT.labelled.EXT by default (standard output for standard input)."),
    ] = None,
    input_format: Annotated[
        str | None,
        typer.Option("--format", help="csv, xlsx or parquet: the format of standard input; "
                     "told by its first bytes by default."),
    ] = None,
    model: ModelOption = None,
    map: MapOption = None,
    sheet: SheetOption = None,
    lang: LangOption = "en",
    rules: RulesOption = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Worker processes; all cores by default.")
    ] = None,
    chunk_rows: Annotated[
        int, typer.Option("--chunk-rows", help="Rows read and labelled at a time.")
    ] = 50_000,
    strict: Annotated[
        bool, typer.Option("--strict", help="Stop before writing if a CSV line is malformed.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on success.")] = False,
    log_json: Annotated[
        bool, typer.Option("--log-json", help="Progress as JSON lines on standard error.")
    ] = False,
    engine: Annotated[
        str, typer.Option(help="local, or dask for a file, glob or folder on a Dask cluster.")
    ] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="With --engine dask: a running cluster, tcp://host:8786.")
    ] = None,
    blocksize: Annotated[
        str,
        typer.Option(help="With --engine dask: bytes of CSV read as one partition (64MB, "
                     "16MB...); auto: about four a worker, at most 64MB."),
    ] = "auto",
    store: StoreOption = None,
    no_labels: NoLabelsOption = False,
    strict_columns: Annotated[
        bool,
        typer.Option("--strict-columns",
                     help="Stop before writing if no buyer or product column is found, or one "
                          "is read with low confidence."),
    ] = False,
) -> None:
    """Label every row of an export and write it back with label, confidence, ambiguous,
    reasons and class probabilities.

    Examples:
    b2x classify orders.xlsx -o labelled.xlsx
    b2x classify - < orders.csv > labelled.csv
    """
    import os

    from classifier import render
    from classifier.batch import classify_file_batch, progress_printer
    from classifier.exceptions import InputError
    from classifier.memory import reuse_freed_memory
    from classifier.stdio import shown

    ruleset = _rules(rules, store, labels=not no_labels)
    if model is None and not no_labels:
        model = _retrained(store, quiet)
    if engine == "dask":
        from classifier.cluster import classify_dask

        if output is None:
            raise InputError("--engine dask needs -o: a file (.csv, .xlsx, .parquet) or a folder.")
        from classifier.write import refuse_overwrite

        refuse_overwrite(input, output)
        start = time.perf_counter()
        target = classify_dask(input, output, _model(model), rules=ruleset,
                               columns=_mapping(map), lang=lang, scheduler=scheduler,
                               workers=jobs or os.cpu_count() or 1,
                               blocksize=blocksize)  # fmt: skip
        if not quiet:
            out.print(f"{input} → {target} ({time.perf_counter() - start:.1f} s, dask)",
                      highlight=False)  # fmt: skip
        return
    if engine != "local":
        raise InputError(f"--engine must be local or dask. Got {engine!r} instead.")
    reuse_freed_memory()  # this process exits when the run is done
    shown_progress = progress_printer(quiet, log_json)
    result = classify_file_batch(
        input,
        output,
        _model(model),
        rules=ruleset,
        columns=_mapping(map),
        sheet=sheet,
        lang=lang,
        jobs=jobs if jobs is not None else (os.cpu_count() or 1),
        chunk_rows=chunk_rows,
        strict=strict,
        progress=shown_progress,
        reading=shown_progress.reading if shown_progress is not None else None,
        warn=_warn,
        strict_columns=strict_columns,
    )
    for line in result.bad_lines[:20]:
        err.print(f"b2x: warning: '{input}' line {line} is malformed and was skipped",
                  markup=False, highlight=False)  # fmt: skip
    if not quiet:
        result.output = shown(result.output)  # standard output by its name
        out.print(render.run_summary(result), highlight=False)
        if result.totals:
            rows = "row" if result.totals == 1 else "rows"
            out.print(f"{result.totals} totals {rows} left unlabelled", highlight=False)
        if ruleset.source != "shipped":
            out.print(f"analyst rules: {ruleset.source}", highlight=False)


@app.command()
@_fail_cleanly
def columns(
    input: Annotated[Path, typer.Argument(help="Export whose headers to show.")],
    map: MapOption = None,
    sheet: SheetOption = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the choice as JSON: header, score, why.")
    ] = False,
) -> None:
    """Show which column b2x reads as buyer, tax ID, product, quantity, ... and why:
    its header, what its cells hold, or both.

    Examples:
    b2x columns orders.csv
    b2x columns orders.csv --json
    """
    import json
    from contextlib import closing

    from classifier import render
    from classifier.fields import map_columns
    from classifier.profile import SAMPLE_ROWS
    from classifier.read import read_chunks, read_orders

    if not input.is_file() or input.stat().st_size == 0:
        read_orders(input)  # the same one-line error a whole read gives
    with closing(read_chunks(input, SAMPLE_ROWS, sheet=sheet, bad_lines=[])) as reader:
        sample = next(reader)  # the rows a run profiles, not the whole file
    columns = map_columns(sample, _mapping(map), str(input))
    if as_json:
        typer.echo(json.dumps({"file": str(input), **columns.to_dict()}, ensure_ascii=False,
                              indent=2))  # fmt: skip
        return
    out.print(render.column_map(columns, str(input)))
    for line in columns.warnings:
        _warn(line)


@app.command()
@_fail_cleanly
def explain(
    input: Annotated[
        Path | None, typer.Argument(help="A file to explain a row of (with --row).")
    ] = None,
    row: Annotated[
        int | None, typer.Option("--row", help="Row number as a spreadsheet shows it (header = 1).")
    ] = None,
    buyer: Annotated[str | None, typer.Option(help="Buyer name.")] = None,
    contact: Annotated[str | None, typer.Option(help="Contact person.")] = None,
    tax_id: Annotated[str | None, typer.Option("--tax-id", help="INN, VAT, EIN...")] = None,
    kpp: Annotated[str | None, typer.Option(help="KPP.")] = None,
    email: Annotated[str | None, typer.Option(help="Buyer e-mail.")] = None,
    address: Annotated[str | None, typer.Option(help="Delivery address.")] = None,
    product: Annotated[str | None, typer.Option(help="Product name.")] = None,
    quantity: Annotated[str | None, typer.Option(help="Quantity.")] = None,
    amount: Annotated[str | None, typer.Option(help="Amount.")] = None,
    payment: Annotated[str | None, typer.Option(help="Payment method.")] = None,
    documents: Annotated[str | None, typer.Option(help="Documents (invoice, УПД...).")] = None,
    comment: Annotated[str | None, typer.Option(help="Comment or stated purpose.")] = None,
    contract: Annotated[str | None, typer.Option(help="Contract/procurement reference.")] = None,
    model: ModelOption = None,
    map: MapOption = None,
    sheet: SheetOption = None,
    lang: LangOption = "en",
    rules: RulesOption = None,
    store: StoreOption = None,
    no_labels: NoLabelsOption = False,
) -> None:
    """Explain one record: evidence, model contributions, probabilities and the policy rule.

    Examples:
    b2x explain --buyer "ООО «Ромашка»" --product "Кондиционер Haier" --quantity 1
    b2x explain labelled.csv --row 17
    """
    from classifier import render
    from classifier.exceptions import InputError
    from classifier.pipeline import explain as explain_record
    from classifier.pipeline import explain_row
    from classifier.read import read_orders

    if input is not None:
        if row is None:
            raise InputError("Give --row N with a file (N as a spreadsheet numbers rows).")
        frame = read_orders(input, sheet=sheet)
        e = explain_row(frame, row - 2, _model(model), columns=_mapping(map), lang=lang,
                        rules=_rules(rules, store, not no_labels))  # fmt: skip
    else:
        fields = dict(
            buyer=buyer,
            contact=contact,
            tax_id=tax_id,
            kpp=kpp,
            email=email,
            address=address,
            product=product,
            quantity=quantity,
            amount=amount,
            payment=payment,
            documents=documents,
            comment=comment,
            contract=contract,
        )
        if all(v is None for v in fields.values()):
            raise InputError("Nothing to explain: give a file and --row, or --buyer/--product/...")
        e = explain_record(fields, _model(model), lang=lang,
                           rules=_rules(rules, store, not no_labels))  # fmt: skip
    out.print(render.explanation(e))


def _base_training(path: Path | None) -> Path:
    """The base training file: ``path``, else the project's own ``data/train.csv``."""
    from classifier.exceptions import InputError

    if path is not None:
        return path
    corpus = Path(__file__).resolve().parents[1] / "data" / "train.csv"
    if not corpus.is_file():
        raise InputError("Give the base training file (the project's data/train.csv).")
    return corpus


@app.command()
@_fail_cleanly
def train(
    data: Annotated[
        Path | None,
        typer.Argument(help="Labelled training file; the project's data/train.csv by default."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Model to write: NAME.json and NAME.npz; with --with-labels, "
            "model-with-labels.json beside the label store by default.",
        ),
    ] = None,
    truth: Annotated[str, typer.Option(help="Column holding the true label.")] = "label",
    test: Annotated[
        Path | None, typer.Option(help="Held-out labelled file to score into the manifest.")
    ] = None,
    seed: Annotated[int, typer.Option(help="Random state.")] = 0,
    with_labels: Annotated[
        bool, typer.Option("--with-labels", help="Add the analysts' stored labels to the data.")
    ] = False,
    weight: Annotated[
        float,
        typer.Option(
            help="With --with-labels: how many training rows one analyst label counts as."
        ),
    ] = 5.0,
    store: StoreOption = None,
) -> None:
    """Train a model on a labelled file (and the analysts' labels) and save it with its manifest.

    Examples:
    b2x train data/train.csv -o models/mine.json --test data/test.csv
    b2x train --with-labels
    """
    from classifier.exceptions import InputError
    from classifier.train import train_file

    start = time.perf_counter()
    data = _base_training(data)
    if with_labels:
        from classifier.store import default_store_path

        with _store(store) as labelled:
            records = labelled.training_records()
            where = labelled.path
        if output is None:
            output = (store or default_store_path()).parent / "model-with-labels.json"
        model = train_file(data, output, truth, test=test, random_state=seed,
                           analyst=records, weight=weight)  # fmt: skip
        out.print(f"with {len(records)} analyst labels from {where} (weight {weight:g})",
                  highlight=False)  # fmt: skip
    else:
        if output is None:
            raise InputError("Give -o: the model file to write.")
        model = train_file(data, output, truth, test=test, random_state=seed)
    took = time.perf_counter() - start
    out.print(f"trained on {model.manifest['training_rows']} rows → {model.path} "
              f"(sha256 {model.version}, {took:.1f} s)", highlight=False)  # fmt: skip
    metrics = model.manifest.get("metrics") or {}
    for name in ("b2x", "rules alone", "model alone"):
        if name in metrics:
            out.print(f"{metrics['test_file']}: {name} macro-F1 {metrics[name]['macro_f1']:.3f}")
    if with_labels:
        out.print(f"use it with: b2x classify FILE --model {model.path}; whether the labels "
                  "helped: b2x evaluate --with-labels", highlight=False)  # fmt: skip


@app.command()
@_fail_cleanly
def evaluate(
    data: Annotated[Path | None, typer.Argument(help="Labelled file to score.")] = None,
    truth: Annotated[str, typer.Option(help="Column holding the true label.")] = "label",
    model: ModelOption = None,
    map: MapOption = None,
    sheet: SheetOption = None,
    rules: RulesOption = None,
    with_labels: Annotated[
        bool,
        typer.Option(
            "--with-labels",
            help="Score the model before and after retraining with "
            "the analysts' labels, on those labels, by cross-validation.",
        ),
    ] = False,
    base: Annotated[
        Path | None,
        typer.Option(help="With --with-labels: base training file; data/train.csv by default."),
    ] = None,
    folds: Annotated[int, typer.Option(help="With --with-labels: folds.")] = 5,
    store: StoreOption = None,
) -> None:
    """Score b2x against a truth column, beside the rules alone and the model alone.

    Examples:
    b2x evaluate data/test.csv --truth label
    b2x evaluate --with-labels
    """
    from classifier import render
    from classifier.exceptions import InputError
    from classifier.read import read_orders

    if with_labels:
        from classifier.feedback import evaluate_labels

        with _store(store) as labelled:
            records = labelled.training_records()
        result = evaluate_labels(read_orders(_base_training(base)), records, _model(model),
                                 truth, folds=folds)  # fmt: skip
        out.print(render.label_evaluation(result))
        return
    if data is None:
        raise InputError("Give a labelled file to score, or --with-labels.")
    from classifier.evaluate import evaluate as run_evaluation

    frame = read_orders(data, sheet=sheet)
    report = run_evaluation(frame, truth, _model(model), columns=_mapping(map), rules=_rules(rules))
    out.print(render.evaluation(report))


@app.command("rules")
@_fail_cleanly
def rules_report(
    data: Annotated[Path, typer.Argument(help="Export to run the rules on.")],
    truth: Annotated[
        str | None, typer.Option(help="Column holding the true label, to score each rule.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="CSV of the per-rule table.")
    ] = None,
    model: ModelOption = None,
    map: MapOption = None,
    sheet: SheetOption = None,
    rules: RulesOption = None,
) -> None:
    """How each rule performs on a file: coverage, overlaps, conflicts, and accuracy.

    Examples:
    b2x rules orders.csv
    b2x rules orders.csv --truth label -o rules.csv
    """
    from classifier.read import read_orders
    from classifier.rule_report import render_rule_report, report_rules

    frame = read_orders(data, sheet=sheet)
    report = report_rules(frame, _model(model), truth, columns=_mapping(map), rules=_rules(rules))
    out.print(render_rule_report(report))
    if report.has_truth:
        weakest = ", ".join(
            f"{rid} ({acc:.2f})" for rid, acc in report.weakest(5)["accuracy"].items()
        )
        out.print(f"weakest rules: {weakest or '—'}", highlight=False)
    if output is not None:
        out.print(f"per-rule table → {report.to_csv(output)}", highlight=False)


@app.command()
@_fail_cleanly
def review(
    input: Annotated[
        Path, typer.Argument(help="A labelled export (b2x classify's output) or a raw one.")
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Review file; INPUT.review.xlsx (.json, .jsonl) by default."
        ),
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many decisions.")] = 300,
    min_amount: Annotated[
        float | None, typer.Option("--min-amount", help="Only decisions of at least this amount.")
    ] = None,
    label: Annotated[
        list[str] | None,
        typer.Option("--label", help="Only decisions b2x labelled so. Repeatable."),
    ] = None,
    format: Annotated[
        str, typer.Option("--format", help="xlsx, label-studio (tasks JSON + config XML) or jsonl.")
    ] = "xlsx",
    model: ModelOption = None,
    map: MapOption = None,
    sheet: SheetOption = None,
    rules: RulesOption = None,
    store: StoreOption = None,
    no_labels: NoLabelsOption = False,
) -> None:
    """The records most worth a human look, one decision per buyer or order, to label.

    Examples:
    b2x review labelled.xlsx -o review.xlsx --limit 300
    b2x review labelled.xlsx --format label-studio -o tasks.json
    """
    from classifier.exceptions import InputError
    from classifier.model import file_sha256
    from classifier.read import read_orders
    from classifier.review import review_queue, write_review

    suffix = {"xlsx": ".xlsx", "label-studio": ".json", "jsonl": ".jsonl"}
    if format not in suffix:
        raise InputError(f"--format must be xlsx, label-studio or jsonl. Got {format!r} instead.")
    from classifier.write import refuse_overwrite

    refuse_overwrite(input, output)
    frame = read_orders(input, sheet=sheet)
    chosen = _model(model)
    queue = review_queue(frame, chosen, limit=limit, min_amount=min_amount, labels=label,
                         rules=_rules(rules, store, not no_labels), columns=_mapping(map),
                         source=input.name, source_sha256=file_sha256(input))  # fmt: skip
    stem = input.name.removesuffix(input.suffix).removesuffix(".labelled")
    target = output or input.with_name(f"{stem}.review{suffix[format]}")
    if format == "xlsx":
        written = [write_review(queue, target)]
    elif format == "label-studio":
        from classifier.interop import write_label_studio

        written = write_label_studio(queue.decisions, target, chosen.version)
    else:
        from classifier.interop import write_jsonl

        written = [write_jsonl(queue.decisions, target)]
    d = queue.decisions
    scopes = d["scope"].value_counts()
    out.print(f"{len(d)} decisions ({scopes.get('buyer', 0)} buyers, {scopes.get('order', 0)} "
              f"orders) covering {int(d['rows'].sum())} rows → "
              + ", ".join(str(p) for p in written), highlight=False)  # fmt: skip


@app.command()
@_fail_cleanly
def learn(
    files: Annotated[
        list[Path],
        typer.Argument(help="Filled-in review workbooks, or Label Studio / JSONL exports."),
    ],
    analyst: Annotated[
        str | None,
        typer.Option(help="Who decided, for every decision of the files (a Label Studio "
                     "export's own annotators too); $B2X_ANALYST or the login name by "
                     "default for a workbook."),
    ] = None,
    annotators: Annotated[
        Path | None,
        typer.Option(help="CSV of id,name: names for Label Studio's annotator ids."),
    ] = None,
    retrain: Annotated[
        bool,
        typer.Option("--retrain", help="Then retrain with the store's labels; the model is "
                     "written beside the store and classify uses it if cross-validation "
                     "finds it better."),
    ] = False,
    base: Annotated[
        Path | None,
        typer.Option(help="With --retrain: base training file; data/train.csv by default."),
    ] = None,
    folds: Annotated[int, typer.Option(help="With --retrain: folds.", min=2)] = 5,
    store: StoreOption = None,
) -> None:
    """Store the analysts' decisions: each file in one transaction, history kept.

    Examples:
    b2x learn review.xlsx --analyst a.petrova
    b2x learn export.json --analyst a.petrova
    """
    import getpass
    import os

    from classifier import render
    from classifier.exceptions import InputError
    from classifier.model import file_sha256
    from classifier.review import read_review

    who = analyst or os.environ.get("B2X_ANALYST") or getpass.getuser()
    readers = []
    for path in files:  # read and check every file before storing any
        if path.suffix.lower() == ".xlsx":
            readers.append((path, read_review(path, who)))
        else:
            from classifier.interop import name_analysts, read_annotators, read_decisions

            names = read_annotators(annotators) if annotators is not None else None
            decisions = name_analysts(read_decisions(path), names, analyst)
            if decisions.empty:
                raise InputError(f"'{path.name}': no labelled records in it; nothing to store.")
            readers.append((path, decisions))
    with _store(store) as labelled:
        for path, decisions in readers:
            stored = labelled.add(decisions, source=path.name, analyst=who,
                                  source_sha256=file_sha256(path))  # fmt: skip
            skipped = decisions.attrs.get("skipped", 0)
            if stored.already_imported:
                out.print(f"{path}: already stored (same file, same analyst); nothing added",
                          highlight=False)  # fmt: skip
                continue
            named = ", ".join(sorted({str(a) for a in decisions["analyst"]} - {""})) or who
            out.print(f"{path}: {stored.decisions} records of {stored.buyers} buyers labelled by "
                      f"{named} → {labelled.path}"
                      + (f" ({skipped} rows without a label skipped)" if skipped else ""),
                      highlight=False)  # fmt: skip
            if len(stored.conflicts):
                out.print(render.conflicts(stored.conflicts))
        records, where = labelled.training_records(), labelled.path
    if retrain:
        from classifier.feedback import retrain as retrain_with_labels
        from classifier.read import read_orders

        done = retrain_with_labels(read_orders(_base_training(base)), records, _model(None),
                                   where, folds=folds)  # fmt: skip
        out.print(render.label_evaluation(done.evaluation))
        verdict = ("better: b2x classify uses it" if done.better else
                   "not better: b2x classify keeps the current model")  # fmt: skip
        out.print(f"retrained on {len(records)} analyst labels → {done.path} ({verdict})",
                  highlight=False)  # fmt: skip


labels_app = typer.Typer(help="The label store: analysts' decisions and their conflicts.",
                         no_args_is_help=True)  # fmt: skip
app.add_typer(labels_app, name="labels")


@labels_app.command("conflicts")
@_fail_cleanly
def labels_conflicts(store: StoreOption = None) -> None:
    """Buyers whose analysts disagree (each analyst's latest label).

    Example: b2x labels conflicts
    """
    from classifier import render

    with _store(store) as labelled:
        found = labelled.conflicts()
    out.print(render.conflicts(found) if len(found) else "no conflicts", highlight=False)
    if len(found):
        raise typer.Exit(3)


@labels_app.command("export")
@_fail_cleanly
def labels_export(
    output: Annotated[Path, typer.Option("-o", "--output", help="CSV to write.")],
    store: StoreOption = None,
) -> None:
    """Every stored decision, history included, as CSV.

    Example: b2x labels export -o labels.csv
    """
    with _store(store) as labelled:
        target = labelled.export_csv(output)
        n = len(labelled)
    out.print(f"{n} decisions → {target}", highlight=False)


@labels_app.command("history")
@_fail_cleanly
def labels_history(
    buyer: Annotated[
        str | None, typer.Option(help="A buyer key: tax_id:…, email:… or name:….")
    ] = None,
    record: Annotated[str | None, typer.Option(help="A record id.")] = None,
    store: StoreOption = None,
) -> None:
    """The decisions on a buyer or a record, oldest first.

    Example: b2x labels history --buyer tax_id:7707083893
    """
    from classifier import render

    with _store(store) as labelled:
        found = labelled.history(buyer_key=buyer, record_id=record)
    out.print(render.history(found), highlight=False)


@app.command()
@_fail_cleanly
def report(
    input: Annotated[Path, typer.Argument(help="A labelled export (b2x classify's output).")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="HTML page to write.")
    ] = None,
    map: MapOption = None,
    sheet: SheetOption = None,
) -> None:
    """Who buys what, in which segment: a terminal table and, with -o, an HTML page.

    Examples:
    b2x report labelled.xlsx
    b2x report labelled.xlsx -o segments.html
    """
    from classifier.read import read_orders
    from classifier.report import render_report, segment_report, write_html
    from classifier.write import refuse_overwrite

    refuse_overwrite(input, output)
    frame = read_orders(input, sheet=sheet)
    result = segment_report(frame, columns=_mapping(map), source=input.name)
    out.print(render_report(result))
    if output is not None:
        out.print(f"report → {write_html(result, output)}", highlight=False)
