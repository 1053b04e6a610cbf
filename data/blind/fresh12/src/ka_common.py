"""Shared helpers for the ka_ generators (labels, keys, check digits, fixed xlsx)."""
import csv
import io
import json
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEYS = ROOT / "key"


def ensure_dirs():
    LAYOUTS.mkdir(parents=True, exist_ok=True)
    KEYS.mkdir(parents=True, exist_ok=True)


def write_labels(layout_id, rows):
    """rows: list of dicts with label, ambiguous, kind, country (in record order)."""
    path = KEYS / f"{layout_id}.labels.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, r in enumerate(rows):
            w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"]])
    return path


def write_key(layout_id, key):
    path = KEYS / f"{layout_id}.json"
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return path


# ---------------------------------------------------------------- tax ids
def gb_vat(seven_digits):
    """UK VAT number (9 digits) from 7 digits: weights 8..2, check so that sum+check = 0 mod 97."""
    digits = [int(c) for c in seven_digits]
    s = sum(d * w for d, w in zip(digits, range(8, 1, -1)))
    check = (-s) % 97
    return f"{seven_digits}{check:02d}"


def gb_vat_valid(nine):
    d = [int(c) for c in nine]
    s = sum(x * w for x, w in zip(d[:7], range(8, 1, -1))) + d[7] * 10 + d[8]
    return s % 97 == 0 or (s + 55) % 97 == 0


ABN_W = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]


def abn_valid(abn):
    d = [int(c) for c in abn]
    d[0] -= 1
    return sum(x * w for x, w in zip(d, ABN_W)) % 89 == 0


def make_abn(rng):
    while True:
        tail = "".join(str(rng.randint(0, 9)) for _ in range(9))
        for head in range(10, 100):
            cand = f"{head}{tail}"
            if abn_valid(cand):
                return cand


def fmt_abn(abn):
    return f"{abn[:2]} {abn[2:5]} {abn[5:8]} {abn[8:]}"


# ---------------------------------------------------------------- xlsx
FIXED_ZIP_TIME = (2024, 7, 1, 9, 0, 0)


def normalise_xlsx(path, created="2024-07-01T09:00:00Z"):
    """Rewrite an xlsx so that it is byte-identical between runs (fixed zip times, fixed core.xml dates)."""
    src = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(src))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + created + r"\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + created + r"\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())
