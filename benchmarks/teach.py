"""Do an analyst's corrections teach the rest? classify → review 40 → learn --retrain → classify.

usage: python benchmarks/teach.py data/blind/dev us_amazon_order_report --bin .venv/bin
The analyst is simulated by the set's answer key: each reviewed decision gets the key's label
of the first row it covers. Errors are counted on the rows no reviewed decision covers.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

import openpyxl
import pandas as pd


def run(bin_dir: Path, *args: str) -> None:
    done = subprocess.run([str(bin_dir / "b2x"), *args], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"b2x {' '.join(args)}: {done.stderr.strip()[-400:]}")


def labels(path: Path) -> pd.Series:
    frame = pd.read_csv(
        path, dtype=str, keep_default_na=False, encoding="utf-8-sig", sep=None, engine="python"
    )
    column = "b2x_label" if "b2x_label" in frame.columns else "label"
    return frame[column].reset_index(drop=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir", type=Path)
    ap.add_argument("layouts", nargs="+")
    ap.add_argument("--bin", type=Path, required=True)
    ap.add_argument("--limit", default="40")
    args = ap.parse_args()
    total = {"before": 0, "after": 0, "rows": 0, "reviewed_right": 0, "reviewed": 0}
    for lid in args.layouts:
        source = next((args.set_dir / "layouts").glob(lid + ".*"))
        key = pd.read_csv(args.set_dir / "key" / f"{lid}.labels.csv", dtype=str)
        truth = dict(zip(key["row"].astype(int), key["label"], strict=True))
        work = Path(tempfile.mkdtemp())
        store = work / "labels.sqlite"
        run(
            args.bin,
            "classify",
            str(source),
            "-o",
            str(work / "first.csv"),
            "-q",
            "--store",
            str(store),
        )
        run(
            args.bin,
            "review",
            str(work / "first.csv"),
            "-o",
            str(work / "review.xlsx"),
            "--limit",
            args.limit,
            "--store",
            str(store),
        )
        book = openpyxl.load_workbook(work / "review.xlsx")
        rows = book["Rows"]
        head = [c.value for c in rows[1]]
        covered: dict[str, list[int]] = {}
        for r in rows.iter_rows(min_row=2, values_only=True):
            covered.setdefault(r[head.index("Decision id")], []).append(
                int(r[head.index("Row")]) - 2
            )
        sheet = book["Review"]
        top = [c.value for c in sheet[1]]
        reviewed: set[int] = set()
        for cells in sheet.iter_rows(min_row=2):
            decision = cells[top.index("Decision id")].value
            if not decision:
                continue
            its_rows = [i for i in covered.get(decision, []) if i in truth]
            if not its_rows:
                continue
            cells[top.index("Your label")].value = truth[its_rows[0]]
            reviewed.update(covered[decision])
        book.save(work / "review.xlsx")
        run(
            args.bin,
            "learn",
            str(work / "review.xlsx"),
            "--analyst",
            "analyst@example.org",
            "--retrain",
            "--store",
            str(store),
        )
        run(
            args.bin,
            "classify",
            str(source),
            "-o",
            str(work / "second.csv"),
            "-q",
            "--store",
            str(store),
        )
        first, second = labels(work / "first.csv"), labels(work / "second.csv")
        rest = [i for i in truth if i not in reviewed and i < len(first)]
        before = sum(first[i] != truth[i] for i in rest)
        after = sum(second[i] != truth[i] for i in rest)
        back = sum(second[i] == truth[i] for i in reviewed if i in truth)
        n_reviewed = sum(1 for i in reviewed if i in truth)
        print(
            f"{lid}: unreviewed rows {len(rest)}, errors {before} → {after}; "
            f"reviewed rows back with the analyst's label {back}/{n_reviewed}"
        )
        total["before"] += before
        total["after"] += after
        total["rows"] += len(rest)
        total["reviewed_right"] += back
        total["reviewed"] += n_reviewed
    drop = 1 - total["after"] / total["before"] if total["before"] else 0.0
    print(
        f"all: unreviewed rows {total['rows']}, errors {total['before']} → {total['after']} "
        f"({drop:.0%} fewer); reviewed rows back corrected "
        f"{total['reviewed_right']}/{total['reviewed']}"
    )


if __name__ == "__main__":
    main()
