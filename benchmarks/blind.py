"""Score b2x on a labelled set of exports: columns read right, labels, the flag; b2x beside
the rules alone and the model alone.

usage: python benchmarks/blind.py data/blind/final [--layouts a,b] [--errors] [--json OUT]

A set (data/blind/README.md) holds layouts/<id>.<ext> as the systems export them and, apart,
key/<id>.json (the header a careful analyst reads as each key field) and key/<id>.labels.csv
(each record's label, ambiguous flag and kind). The version of b2x imported is measured:
run it with another checkout on PYTHONPATH to compare versions. Aggregate figures only,
unless --errors (which shows records: whoever reads them can no longer call the set blind).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pandas as pd

warnings.filterwarnings("ignore")

KEY_FIELDS = ("buyer", "product", "quantity", "amount", "tax_id", "email", "payment", "comment")
LABELS = ("B2B", "B2C", "B2G")


def f1s(truth, pred):
    out = {}
    for lab in LABELS:
        tp = int(((truth == lab) & (pred == lab)).sum())
        fp = int(((truth != lab) & (pred == lab)).sum())
        fn = int(((truth == lab) & (pred != lab)).sum())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[lab] = (2 * p * r / (p + r) if p + r else 0.0, p, r, int((truth == lab).sum()))
    present = [lab for lab in LABELS if out[lab][3] > 0]
    macro = float(np.mean([out[lab][0] for lab in present])) if present else float("nan")
    return macro, out


def flag_scores(truth, pred):
    tp = int((truth & pred).sum())
    fp = int((~truth & pred).sum())
    fn = int((truth & ~pred).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def chosen(colmap, field):
    fields = colmap.fields
    if field == "buyer" and "buyer" not in fields:
        return fields.get("contact")
    return fields.get(field)


def _not_records(frame: pd.DataFrame) -> np.ndarray:
    """Rows the measured b2x keeps unlabelled as no sale (a version without that: none)."""
    out = np.zeros(len(frame), dtype=bool)
    try:
        import classifier.totals as totals
    except ImportError:
        return out
    if hasattr(totals, "no_sale_rows"):  # every kind, found in one pass
        for rows in totals.no_sale_rows(frame).values():
            out |= rows
        return out
    for name in ("totals_rows", "empty_rows", "numbering_rows"):
        if hasattr(totals, name):
            out |= getattr(totals, name)(frame)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir", type=Path)
    ap.add_argument("--layouts", default="")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    from classifier import load_model, read_orders
    from classifier.decide import decide, rules_proba
    from classifier.fields import map_columns
    from classifier.pipeline import analyse

    model = load_model()
    keys = sorted((args.set_dir / "key").glob("*.json"))
    wanted = set(filter(None, args.layouts.split(",")))
    fields_right = fields_total = 0
    field_miss = Counter()
    pooled = defaultdict(list)
    per_file = []
    kinds = defaultdict(lambda: [0, 0])
    for key_path in keys:
        key = json.loads(key_path.read_text())
        lid = key["id"]
        if wanted and lid not in wanted:
            continue
        files = [p for p in (args.set_dir / "layouts").glob(lid + ".*")]
        if not files:
            print(f"{lid}: no layout file", file=sys.stderr)
            continue
        path = files[0]
        t0 = time.time()
        try:
            frame = read_orders(path)
            colmap = map_columns(frame, None, name=str(path))
        except Exception as e:  # noqa: BLE001
            print(f"{lid}: {type(e).__name__}: {str(e)[:200]}")
            frame, colmap = None, None
        right = 0
        for field in KEY_FIELDS:
            want = key["fields"].get(field)
            ok = {want} | set(key.get("also_ok", {}).get(field, []) or [])
            got = chosen(colmap, field) if colmap else None
            good = (got in ok) if want is not None else got is None
            right += good
            if not good:
                field_miss[field] += 1
                if args.errors:
                    print(f"  {lid}.{field}: key {want!r}, b2x {got!r}")
        fields_right += right
        fields_total += len(KEY_FIELDS)
        lab_path = args.set_dir / "key" / f"{lid}.labels.csv"
        if frame is None or not lab_path.exists():
            per_file.append((lid, right, None))
            continue
        truth = pd.read_csv(lab_path, dtype=str, keep_default_na=False)
        try:
            result = analyse(frame, model)
        except Exception as e:  # noqa: BLE001
            print(f"{lid}: classify failed: {type(e).__name__}: {str(e)[:200]}")
            per_file.append((lid, right, None))
            continue
        dec = result.decision.reset_index(drop=True)
        rules_only = decide(
            rules_proba(result.evidence, result.ruleset.rules),
            result.evidence,
            result.ruleset.rules,
        ).reset_index(drop=True)
        # the rows b2x reads as no record (totals, empty lines, column numbers) are not in
        # the key's count of records, which numbers the records only
        records = np.flatnonzero(~_not_records(frame))
        dec = dec.iloc[records].reset_index(drop=True)
        rules_only = rules_only.iloc[records].reset_index(drop=True)
        rows = truth["row"].astype(int).to_numpy()
        n_out = len(dec)
        if rows.max() >= n_out:
            print(f"{lid}: key has row {rows.max()} but b2x read {n_out} rows")
            keep = rows < n_out
            truth, rows = truth[keep], rows[keep]
        t_lab = truth["label"].to_numpy()
        t_amb = truth["ambiguous"].str.lower().eq("true").to_numpy()
        sys_pred = {
            "b2x": dec["label"].to_numpy()[rows],
            "rules alone": rules_only["label"].to_numpy()[rows],
            "model alone": dec["model_label"].to_numpy()[rows],
        }
        flag = dec["ambiguous"].to_numpy(dtype=bool)[rows]
        conf = dec["confidence"].to_numpy()[rows]
        for name, pred in sys_pred.items():
            pooled[name].append(pred)
        pooled["truth"].append(t_lab)
        pooled["t_amb"].append(t_amb)
        pooled["flag"].append(flag)
        pooled["conf"].append(conf)
        macro, _ = f1s(t_lab, sys_pred["b2x"])
        fl = flag_scores(t_amb, flag)
        per_file.append(
            (
                lid,
                right,
                macro,
                len(rows),
                fl[0],
                f1s(t_lab, sys_pred["rules alone"])[0],
                f1s(t_lab, sys_pred["model alone"])[0],
                time.time() - t0,
            )
        )
        for kind, t, p in zip(truth["kind"], t_lab, sys_pred["b2x"], strict=True):
            kinds[kind][0] += t == p
            kinds[kind][1] += 1
        if args.errors:
            src = frame.iloc[records].reset_index(drop=True)
            decision = result.decision.iloc[records].reset_index(drop=True)
            for i, r in enumerate(rows):
                if t_lab[i] != sys_pred["b2x"][i] or t_amb[i] != flag[i]:
                    cells = {k: v for k, v in src.iloc[r].items() if str(v).strip()}
                    print(
                        f"  {lid}#{r} truth {t_lab[i]}{'?' if t_amb[i] else ''} "
                        f"b2x {sys_pred['b2x'][i]}{'?' if flag[i] else ''} "
                        f"[{truth['kind'].iloc[i]}] {json.dumps(cells, ensure_ascii=False)[:300]}"
                        f" | {decision['settled_by'].iloc[r]}"
                        f" | why={'thin ' if decision['thin'].iloc[r] else ''}"
                        f"{decision['conflict'].iloc[r]} "
                        f"{decision['doubt'].iloc[r]}"
                    )

    print(
        f"fields read right: {fields_right}/{fields_total} = "
        f"{fields_right / max(fields_total, 1):.3f}; misses by field: {dict(field_miss)}"
    )
    print("| layout | fields | rows | macro-F1 b2x | rules alone | model alone | flag F1 | s |")
    print("|---|---|---|---|---|---|---|---|")
    for item in per_file:
        if item[2] is None:
            print(f"| {item[0]} | {item[1]}/8 | – | – | – | – | – | – |")
        else:
            lid, right, macro, n, fl, ro, mo, secs = item
            print(
                f"| {lid} | {right}/8 | {n} | {macro:.3f} | {ro:.3f} | {mo:.3f} | {fl:.2f} "
                f"| {secs:.1f} |"
            )
    if pooled["truth"]:
        truth = np.concatenate(pooled["truth"])
        t_amb = np.concatenate(pooled["t_amb"])
        flag = np.concatenate(pooled["flag"])
        conf = np.concatenate(pooled["conf"])
        print(
            f"\npooled rows {len(truth)}: "
            + ", ".join(f"{lab} {int((truth == lab).sum())}" for lab in LABELS)
            + f", ambiguous {int(t_amb.sum())}"
        )
        print("| system | macro-F1 | F1 B2B | F1 B2C | F1 B2G | recall B2G |")
        print("|---|---|---|---|---|---|")
        summary = {}
        for name in ("b2x", "rules alone", "model alone"):
            pred = np.concatenate(pooled[name])
            macro, per = f1s(truth, pred)
            summary[name] = macro
            print(
                f"| {name} | {macro:.3f} | {per['B2B'][0]:.3f} | {per['B2C'][0]:.3f} | "
                f"{per['B2G'][0]:.3f} | {per['B2G'][2]:.3f} |"
            )
        fl = flag_scores(t_amb, flag)
        print(
            f"ambiguous flag: F1 {fl[0]:.3f}, precision {fl[1]:.3f}, recall {fl[2]:.3f}; "
            f"flagged {int(flag.sum())} of {len(flag)}"
        )
        b2x = np.concatenate(pooled["b2x"])
        wrong = b2x != truth
        print(
            f"confidence: mean on right {conf[~wrong].mean():.3f}, on wrong "
            f"{conf[wrong].mean() if wrong.any() else float('nan'):.3f}; wrong with confidence "
            f">= 0.9: {int((wrong & (conf >= 0.9)).sum())}"
        )
        print("\naccuracy by kind (kinds with >= 5 rows):")
        for kind, (hit, n) in sorted(kinds.items(), key=lambda kv: kv[1][0] / kv[1][1]):
            if n >= 5:
                print(f"  {kind}: {hit}/{n} = {hit / n:.2f}")
        if args.json:
            args.json.write_text(
                json.dumps(
                    {"fields": fields_right / max(fields_total, 1), "macro": summary, "flag": fl}
                )
            )


if __name__ == "__main__":
    main()
