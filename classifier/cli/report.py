"""``b2x report``: a labelled file's segments, in the terminal and as an HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from classifier.cli.app import MapOption, SheetOption, app, fail_cleanly, out, parse_mapping


@app.command()
@fail_cleanly
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
    from classifier.cli import render
    from classifier.files.read import read_orders
    from classifier.files.write import refuse_overwrite
    from classifier.reports.html import write_html
    from classifier.reports.segments import segment_report

    refuse_overwrite(input, output)
    frame = read_orders(input, sheet=sheet)
    result = segment_report(frame, columns=parse_mapping(map), source=input.name)
    out.print(render.segments(result))
    if output is not None:
        out.print(f"report → {write_html(result, output)}", highlight=False)
