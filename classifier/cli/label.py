"""Commands that label: ``b2x classify``, ``b2x columns`` and ``b2x explain``."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from classifier.cli.app import (
    LangOption,
    MapOption,
    ModelOption,
    NoLabelsOption,
    RulesOption,
    SheetOption,
    StoreOption,
    app,
    err,
    fail_cleanly,
    out,
    parse_mapping,
    retrained_model,
    run_model,
    run_rules,
    warn,
)


@app.command()
@fail_cleanly
def classify(
    input: Annotated[
        Path, typer.Argument(help="Export to label: .csv, .xlsx or .parquet; - for standard input.")
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Output file, - for standard output (CSV); "
            "INPUT.labelled.EXT by default (standard output for standard input).",
        ),
    ] = None,
    input_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="csv, xlsx or parquet: the format of standard input; "
            "told by its first bytes by default.",
        ),
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
        typer.Option(
            help="With --engine dask: bytes of CSV read as one partition (64MB, "
            "16MB...); auto: about four a worker, at most 64MB."
        ),
    ] = "auto",
    store: StoreOption = None,
    no_labels: NoLabelsOption = False,
    strict_columns: Annotated[
        bool,
        typer.Option(
            "--strict-columns",
            help="Stop before writing if no buyer or product column is found, or one "
            "is read with low confidence.",
        ),
    ] = False,
) -> None:
    """Label every row of an export and write it back with label, confidence, ambiguous,
    reasons and class probabilities.

    Examples:
    b2x classify orders.xlsx -o labelled.xlsx
    b2x classify - < orders.csv > labelled.csv
    """
    import os

    from classifier.batch.local import classify_file_batch
    from classifier.batch.memory import reuse_freed_memory
    from classifier.cli import render
    from classifier.cli.progress import progress_printer
    from classifier.exceptions import InputError
    from classifier.files.stdio import shown

    ruleset = run_rules(rules, store, labels=not no_labels)
    if model is None and not no_labels:
        model = retrained_model(store, quiet)
    if engine == "dask":
        from classifier.batch.cluster import classify_dask

        if output is None:
            raise InputError("--engine dask needs -o: a file (.csv, .xlsx, .parquet) or a folder.")
        from classifier.files.write import refuse_overwrite

        refuse_overwrite(input, output)
        start = time.perf_counter()
        target = classify_dask(
            input,
            output,
            run_model(model),
            rules=ruleset,
            columns=parse_mapping(map),
            lang=lang,
            scheduler=scheduler,
            workers=jobs or os.cpu_count() or 1,
            blocksize=blocksize,
        )
        if not quiet:
            out.print(
                f"{input} → {target} ({time.perf_counter() - start:.1f} s, dask)", highlight=False
            )
        return
    if engine != "local":
        raise InputError(f"--engine must be local or dask. Got {engine!r} instead.")
    reuse_freed_memory()  # this process exits when the run is done
    shown_progress = progress_printer(quiet, log_json)
    result = classify_file_batch(
        input,
        output,
        run_model(model),
        rules=ruleset,
        columns=parse_mapping(map),
        sheet=sheet,
        lang=lang,
        jobs=jobs if jobs is not None else (os.cpu_count() or 1),
        chunk_rows=chunk_rows,
        strict=strict,
        progress=shown_progress,
        reading=shown_progress.reading if shown_progress is not None else None,
        warn=warn,
        strict_columns=strict_columns,
    )
    for line in result.bad_lines[:20]:
        err.print(
            f"b2x: warning: '{input}' line {line} is malformed and was skipped",
            markup=False,
            highlight=False,
        )
    if not quiet:
        result.output = shown(result.output)  # standard output by its name
        out.print(render.run_summary(result), highlight=False)
        if result.totals:
            rows = "row" if result.totals == 1 else "rows"
            out.print(f"{result.totals} totals {rows} left unlabelled", highlight=False)
        if result.empty:
            lines = "line" if result.empty == 1 else "lines"
            out.print(f"{result.empty} empty {lines} left unlabelled", highlight=False)
        if result.numbering:
            rows = "row" if result.numbering == 1 else "rows"
            out.print(
                f"{result.numbering} {rows} of column numbers left unlabelled", highlight=False
            )
        if ruleset.source != "shipped":
            out.print(f"analyst rules: {ruleset.source}", highlight=False)


@app.command()
@fail_cleanly
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

    from classifier.cli import render
    from classifier.fields import map_columns
    from classifier.files.read import read_chunks, read_orders
    from classifier.profile import SAMPLE_ROWS

    if not input.is_file() or input.stat().st_size == 0:
        read_orders(input)  # the same one-line error a whole read gives
    with closing(read_chunks(input, SAMPLE_ROWS, sheet=sheet, bad_lines=[])) as reader:
        sample = next(reader)  # the rows a run profiles, not the whole file
    columns = map_columns(sample, parse_mapping(map), str(input))
    if as_json:
        typer.echo(
            json.dumps({"file": str(input), **columns.to_dict()}, ensure_ascii=False, indent=2)
        )
        return
    out.print(render.column_map(columns, str(input)))
    for line in columns.warnings:
        warn(line)


@app.command()
@fail_cleanly
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
    from classifier.cli import render
    from classifier.exceptions import InputError
    from classifier.files.read import read_orders
    from classifier.pipeline import explain as explain_record
    from classifier.pipeline import explain_row

    if input is not None:
        if row is None:
            raise InputError("Give --row N with a file (N as a spreadsheet numbers rows).")
        frame = read_orders(input, sheet=sheet)
        e = explain_row(
            frame,
            row - 2,
            run_model(model),
            columns=parse_mapping(map),
            lang=lang,
            rules=run_rules(rules, store, not no_labels),
        )
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
        e = explain_record(
            fields, run_model(model), lang=lang, rules=run_rules(rules, store, not no_labels)
        )
    out.print(render.explanation(e))
