"""Shared helpers for the ja_* generators (seeded; no network; no project code)."""
from __future__ import annotations

import csv
import json
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # .../fresh11
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


def money(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def ruby_bigdecimal_to_s(x) -> str:
    """Ruby BigDecimal#to_s default (engineering) notation: 19.99 -> '0.1999e2'."""
    d = Decimal(str(x))
    if d == 0:
        return "0.0"
    sign = "-" if d < 0 else ""
    t = abs(d).normalize().as_tuple()
    digits = "".join(str(n) for n in t.digits).rstrip("0") or "0"
    exp = len(t.digits) + t.exponent
    return f"{sign}0.{digits}e{exp}"


def write_labels(layout_id: str, rows: list[dict]) -> None:
    """rows: dicts with label, ambiguous, kind, country (one per record, in order)."""
    KEY.mkdir(parents=True, exist_ok=True)
    path = KEY / f"{layout_id}.labels.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, r in enumerate(rows):
            w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"]])


def write_key(layout_id: str, key: dict) -> None:
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{layout_id}.json", "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# ---------------------------------------------------------------- tax IDs
ABN_WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]


def abn_valid(abn: str) -> bool:
    d = [int(c) for c in abn if c.isdigit()]
    if len(d) != 11:
        return False
    d[0] -= 1
    return sum(w * n for w, n in zip(ABN_WEIGHTS, d)) % 89 == 0


def make_abn(rng) -> str:
    """Random 11-digit ABN with a valid mod-89 check (first two digits are the check digits)."""
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        if body[0] == 0:
            continue
        for cd in range(10, 100):
            digits = [cd // 10, cd % 10] + body
            if abn_valid("".join(map(str, digits))):
                return "".join(map(str, digits))


def fmt_abn(abn: str, style: int = 0) -> str:
    if style == 0:
        return f"{abn[:2]} {abn[2:5]} {abn[5:8]} {abn[8:]}"
    if style == 1:
        return abn
    return f"ABN {abn[:2]} {abn[2:5]} {abn[5:8]} {abn[8:]}"


def normalize_xlsx(path, stamp: str = "2025-06-02T09:14:00Z") -> None:
    """Make an openpyxl workbook byte-reproducible: fixed core.xml timestamps and fixed zip member times."""
    import re
    import zipfile
    from io import BytesIO

    src = Path(path).read_bytes()
    zin = zipfile.ZipFile(BytesIO(src))
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{stamp}\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 2, 9, 14, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())
