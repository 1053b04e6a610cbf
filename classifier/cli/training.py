"""Commands that fit and score: ``b2x train``, ``b2x evaluate`` and ``b2x rules``."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from classifier.cli.app import (
    MapOption,
    ModelOption,
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
    from classifier.review.feedback import train_file

    start = time.perf_counter()
    data = training_path(data)
    if with_labels:
        from classifier.config import default_store_path

        with open_store(store) as labelled:
            records = labelled.training_records()
            where = labelled.path
        if output is None:
            output = (store or default_store_path()).parent / "model-with-labels.json"
        model = train_file(
            data, output, truth, test=test, random_state=seed, analyst=records, weight=weight
        )
        out.print(
            f"with {len(records)} analyst labels from {where} (weight {weight:g})", highlight=False
        )
    else:
        if output is None:
            raise InputError("Give -o: the model file to write.")
        model = train_file(data, output, truth, test=test, random_state=seed)
    took = time.perf_counter() - start
    out.print(
        f"trained on {model.manifest['training_rows']} rows → {model.path} "
        f"(sha256 {model.version}, {took:.1f} s)",
        highlight=False,
    )
    metrics = model.manifest.get("metrics") or {}
    for name in ("b2x", "rules alone", "model alone"):
        if name in metrics:
            out.print(f"{metrics['test_file']}: {name} macro-F1 {metrics[name]['macro_f1']:.3f}")
    if with_labels:
        out.print(
            f"use it with: b2x classify FILE --model {model.path}; whether the labels "
            "helped: b2x evaluate --with-labels",
            highlight=False,
        )


@app.command()
@fail_cleanly
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
    from classifier.cli import render
    from classifier.exceptions import InputError
    from classifier.files.read import read_orders

    if with_labels:
        from classifier.review.feedback import evaluate_labels

        with open_store(store) as labelled:
            records = labelled.training_records()
        result = evaluate_labels(
            read_orders(training_path(base)), records, run_model(model), truth, folds=folds
        )
        out.print(render.label_evaluation(result))
        return
    if data is None:
        raise InputError("Give a labelled file to score, or --with-labels.")
    from classifier.reports.evaluate import evaluate as run_evaluation

    frame = read_orders(data, sheet=sheet)
    report = run_evaluation(
        frame, truth, run_model(model), columns=parse_mapping(map), rules=run_rules(rules)
    )
    out.print(render.evaluation(report))


@app.command("rules")
@fail_cleanly
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
    from classifier.files.read import read_orders
    from classifier.reports.rules import render_rule_report, report_rules

    frame = read_orders(data, sheet=sheet)
    report = report_rules(
        frame, run_model(model), truth, columns=parse_mapping(map), rules=run_rules(rules)
    )
    out.print(render_rule_report(report))
    if report.has_truth:
        weakest = ", ".join(
            f"{rid} ({acc:.2f})" for rid, acc in report.weakest(5)["accuracy"].items()
        )
        out.print(f"weakest rules: {weakest or '—'}", highlight=False)
    if output is not None:
        out.print(f"per-rule table → {report.to_csv(output)}", highlight=False)
