"""How far two careful readings of the policy agree, and where b2x stands between them.

usage: python benchmarks/agreement.py data/blind/fresh10 [data/blind/fresh9 ...]

A set's ``second/labels.csv`` holds a second labelling of a random sample of its records
(layout, row, label, ambiguous, note), made from LABELING.md and the layouts alone by a
reader who saw neither the key nor the code (data/blind/SECOND_READING.md). The agreement
of the two readings is what a target on the same records can ask of any labeller; b2x is
scored against each on the same sample. Aggregate figures only.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from blind import LABELS, _not_records, f1s, flag_scores  # noqa: E402

warnings.filterwarnings("ignore")


def sample(set_dir: Path, model) -> pd.DataFrame:
    """The sampled records with the key's, the second reading's and b2x's answers."""
    from classifier import read_orders
    from classifier.pipeline import analyse

    second = pd.read_csv(set_dir / "second" / "labels.csv", dtype=str, keep_default_na=False)
    parts = []
    for layout, rows in second.groupby("layout", sort=True):
        key = pd.read_csv(set_dir / "key" / f"{layout}.labels.csv", dtype=str)
        key = key.set_index(key["row"].astype(int))
        path = next((set_dir / "layouts").glob(layout + ".*"))
        frame = read_orders(path)
        records = np.flatnonzero(~_not_records(frame))
        decision = analyse(frame, model).decision.iloc[records].reset_index(drop=True)
        at = rows["row"].astype(int).to_numpy()
        parts.append(
            pd.DataFrame(
                {
                    "layout": layout,
                    "kind": key.loc[at, "kind"].to_numpy(),
                    "key": key.loc[at, "label"].to_numpy(),
                    "key_flag": key.loc[at, "ambiguous"].str.lower().eq("true").to_numpy(),
                    "second": rows["label"].to_numpy(),
                    "second_flag": rows["ambiguous"].str.lower().eq("true").to_numpy(),
                    "b2x": decision["label"].to_numpy()[at],
                    "b2x_flag": decision["ambiguous"].to_numpy(dtype=bool)[at],
                }
            )
        )
    return pd.concat(parts, ignore_index=True)


def line(table: pd.DataFrame, truth: str, other: str) -> str:
    macro, per = f1s(table[truth].to_numpy(), table[other].to_numpy())
    flag = flag_scores(table[truth + "_flag"].to_numpy(), table[other + "_flag"].to_numpy())
    labels = " | ".join(f"{per[lab][0]:.3f}" for lab in LABELS)
    return (
        f"| {other} against {truth} | {len(table)} | {macro:.3f} | {labels} | "
        f"{flag[0]:.2f} | {flag[1]:.2f} | {flag[2]:.2f} |"
    )


def main() -> None:
    from classifier import load_model

    model = load_model()
    print("| set | comparison | records | macro-F1 | F1 B2B | F1 B2C | F1 B2G | flag F1 | P | R |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name in sys.argv[1:]:
        table = sample(Path(name), model)
        for truth, other in (("key", "second"), ("key", "b2x"), ("second", "b2x")):
            print(f"| {Path(name).name} " + line(table, truth, other))
        flagged = table[["key_flag", "second_flag", "b2x_flag"]].sum()
        print(
            f"| {Path(name).name} | flagged: key {flagged['key_flag']}, second "
            f"{flagged['second_flag']}, b2x {flagged['b2x_flag']} | | | | | | | | |"
        )


if __name__ == "__main__":
    main()
