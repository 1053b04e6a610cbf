"""The analyst's loop: ``b2x review``, ``b2x learn`` and ``b2x labels``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from classifier.cli.app import (
    MapOption,
    ModelOption,
    NoLabelsOption,
    RulesOption,
    SheetOption,
    StoreOption,
    app,
    fail_cleanly,
    open_store,
    out,
    parse_mapping,
    run_model,
    run_rules,
    training_path,
)


@app.command()
@fail_cleanly
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
    from classifier.files.hashes import file_sha256
    from classifier.files.read import read_orders
    from classifier.review.queue import review_queue
    from classifier.review.workbook import write_review

    suffix = {"xlsx": ".xlsx", "label-studio": ".json", "jsonl": ".jsonl"}
    if format not in suffix:
        raise InputError(f"--format must be xlsx, label-studio or jsonl. Got {format!r} instead.")
    from classifier.files.write import refuse_overwrite

    refuse_overwrite(input, output)
    frame = read_orders(input, sheet=sheet)
    chosen = run_model(model)
    queue = review_queue(
        frame,
        chosen,
        limit=limit,
        min_amount=min_amount,
        labels=label,
        rules=run_rules(rules, store, not no_labels),
        columns=parse_mapping(map),
        source=input.name,
        source_sha256=file_sha256(input),
    )
    stem = input.name.removesuffix(input.suffix).removesuffix(".labelled")
    target = output or input.with_name(f"{stem}.review{suffix[format]}")
    if format == "xlsx":
        written = [write_review(queue, target)]
    elif format == "label-studio":
        from classifier.review.tasks import write_label_studio

        written = write_label_studio(queue.decisions, target, chosen.version)
    else:
        from classifier.review.tasks import write_jsonl

        written = [write_jsonl(queue.decisions, target)]
    d = queue.decisions
    scopes = d["scope"].value_counts()
    out.print(
        f"{len(d)} decisions ({scopes.get('buyer', 0)} buyers, {scopes.get('order', 0)} "
        f"orders) covering {int(d['rows'].sum())} rows → " + ", ".join(str(p) for p in written),
        highlight=False,
    )


@app.command()
@fail_cleanly
def learn(
    files: Annotated[
        list[Path],
        typer.Argument(help="Filled-in review workbooks, or Label Studio / JSONL exports."),
    ],
    analyst: Annotated[
        str | None,
        typer.Option(
            help="Who decided, for every decision of the files (a Label Studio "
            "export's own annotators too); $B2X_ANALYST or the login name by "
            "default for a workbook."
        ),
    ] = None,
    annotators: Annotated[
        Path | None,
        typer.Option(help="CSV of id,name: names for Label Studio's annotator ids."),
    ] = None,
    retrain: Annotated[
        bool,
        typer.Option(
            "--retrain",
            help="Then retrain with the store's labels; the model is "
            "written beside the store and classify uses it if cross-validation "
            "finds it better.",
        ),
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

    from classifier.cli import render
    from classifier.exceptions import InputError
    from classifier.files.hashes import file_sha256
    from classifier.review.workbook import read_review

    who = analyst or os.environ.get("B2X_ANALYST") or getpass.getuser()
    readers = []
    for path in files:  # read and check every file before storing any
        if path.suffix.lower() == ".xlsx":
            readers.append((path, read_review(path, who)))
        else:
            from classifier.review.exchange import name_analysts, read_annotators, read_decisions

            names = read_annotators(annotators) if annotators is not None else None
            decisions = name_analysts(read_decisions(path), names, analyst)
            if decisions.empty:
                raise InputError(f"'{path.name}': no labelled records in it; nothing to store.")
            readers.append((path, decisions))
    with open_store(store) as labelled:
        for path, decisions in readers:
            stored = labelled.add(
                decisions, source=path.name, analyst=who, source_sha256=file_sha256(path)
            )
            skipped = decisions.attrs.get("skipped", 0)
            if stored.already_imported:
                out.print(
                    f"{path}: already stored (same file, same analyst); nothing added",
                    highlight=False,
                )
                continue
            named = ", ".join(sorted({str(a) for a in decisions["analyst"]} - {""})) or who
            out.print(
                f"{path}: {stored.decisions} records of {stored.buyers} buyers labelled by "
                f"{named} → {labelled.path}"
                + (f" ({skipped} rows without a label skipped)" if skipped else ""),
                highlight=False,
            )
            if len(stored.conflicts):
                out.print(render.conflicts(stored.conflicts))
        records, where = labelled.training_records(), labelled.path
    if retrain:
        from classifier.files.read import read_orders
        from classifier.review.feedback import retrain as retrain_with_labels

        done = retrain_with_labels(
            read_orders(training_path(base)), records, run_model(None), where, folds=folds
        )
        out.print(render.label_evaluation(done.evaluation))
        verdict = (
            "better: b2x classify uses it"
            if done.better
            else "not better: b2x classify keeps the current model"
        )
        out.print(
            f"retrained on {len(records)} analyst labels → {done.path} ({verdict})", highlight=False
        )


labels_app = typer.Typer(
    help="The label store: analysts' decisions and their conflicts.", no_args_is_help=True
)
app.add_typer(labels_app, name="labels")


@labels_app.command("conflicts")
@fail_cleanly
def labels_conflicts(store: StoreOption = None) -> None:
    """Buyers whose analysts disagree (each analyst's latest label).

    Example: b2x labels conflicts
    """
    from classifier.cli import render

    with open_store(store) as labelled:
        found = labelled.conflicts()
    out.print(render.conflicts(found) if len(found) else "no conflicts", highlight=False)
    if len(found):
        raise typer.Exit(3)


@labels_app.command("export")
@fail_cleanly
def labels_export(
    output: Annotated[Path, typer.Option("-o", "--output", help="CSV to write.")],
    store: StoreOption = None,
) -> None:
    """Every stored decision, history included, as CSV.

    Example: b2x labels export -o labels.csv
    """
    with open_store(store) as labelled:
        target = labelled.export_csv(output)
        n = len(labelled)
    out.print(f"{n} decisions → {target}", highlight=False)


@labels_app.command("history")
@fail_cleanly
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
    from classifier.cli import render

    with open_store(store) as labelled:
        found = labelled.history(buyer_key=buyer, record_id=record)
    out.print(render.history(found), highlight=False)
