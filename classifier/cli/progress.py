"""Progress: a batch run's two phases for a person (a rich bar) or a machine (JSON lines)."""

from __future__ import annotations

import json
import sys
import time
from typing import Any

__all__ = ["progress_printer", "ProgressPrinter"]


def progress_printer(quiet: bool, log_json: bool) -> ProgressPrinter | None:
    """Progress for a person at a terminal (a rich bar) or for a machine (JSON lines).

    Nothing when ``quiet``, or when standard error is not a terminal and no JSON
    log is asked for.
    """
    if quiet and not log_json:
        return None
    if not log_json and not sys.stderr.isatty():
        return None
    return ProgressPrinter(log_json)


class ProgressPrinter:
    """Shows a run's two phases, as :func:`classify_file_batch` reports them: the first
    pass (:meth:`reading`: rows read so far, the total not yet known), then labelling
    (called with rows written and the total). Rows per second are those of the phase.

    As JSON lines on standard error (``log_json``), one per report, with its ``phase``;
    else as a rich bar, from the first report until every row is written.
    """

    def __init__(self, log_json: bool) -> None:
        self.log_json = log_json
        self.started = time.perf_counter()
        self._phase: tuple[str, float] | None = None  # the phase shown, since when
        self._last = self.started  # when the last report came
        self._bar: Any = None
        if not log_json:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("rows · {task.fields[speed]} rows/s · ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._task = self._bar.add_task("reading", total=None, speed="—")

    def reading(self, done: int) -> None:
        """The first pass has read ``done`` rows."""
        self._show("reading", done, None)

    def __call__(self, done: int, total: int) -> None:
        """``done`` of ``total`` rows are labelled and written."""
        self._show("labelling", done, total)

    def _show(self, phase: str, done: int, total: int | None) -> None:
        now = time.perf_counter()
        if self._phase is None or self._phase[0] != phase:
            # labelling began when reading ended: at the first pass's last report
            self._phase = (phase, self._last if self._phase is not None else now)
        self._last = now
        took = now - self._phase[1]
        speed = round(done / took) if took > 0 and done else None
        if self.log_json:
            line = {
                "phase": phase,
                "rows_done": done,
                "rows_total": total,
                "elapsed_s": round(now - self.started, 3),
                "rows_per_s": speed,
            }
            print(json.dumps(line), file=sys.stderr, flush=True)
            return
        bar = self._bar
        if not bar.live.is_started:
            bar.start()
        bar.update(
            self._task,
            description=phase,
            completed=done,
            total=total,
            speed=f"{speed:,}" if speed else "—",
        )
        if total is not None and done >= total:
            bar.stop()
