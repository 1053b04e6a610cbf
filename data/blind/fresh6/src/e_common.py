"""Shared helpers for the e_* generators: check digits, names, key writing."""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
LAYOUTS = OUT / "layouts"
KEY = OUT / "key"


# ---------- Russia: INN ----------
def _inn_ctrl(digits, weights):
    return sum(d * w for d, w in zip(digits, weights)) % 11 % 10


def inn10(rng, region=None):
    region = region or rng.choice(["77", "78", "50", "66", "63", "16", "54", "23", "86", "52"])
    d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(7)]
    d.append(_inn_ctrl(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]))
    return "".join(map(str, d))


def inn12(rng, region=None):
    region = region or rng.choice(["77", "78", "50", "66", "63", "16", "54", "23", "86", "52"])
    d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(8)]
    d.append(_inn_ctrl(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]))
    d.append(_inn_ctrl(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]))
    return "".join(map(str, d))


def kpp(inn, rng, code="01001"):
    return inn[:4] + rng.choice(["01001", "01001", "01001", "43001", "45001"])


# ---------- Ukraine: EDRPOU / RNOKPP ----------
def edrpou(rng):
    while True:
        base = [rng.randint(0, 9) for _ in range(7)]
        base[0] = rng.choice([0, 0, 1, 2, 3, 4])
        num = int("".join(map(str, base)) + "0")
        if num < 30000000 or num > 60000000:
            w1, w2 = [1, 2, 3, 4, 5, 6, 7], [3, 4, 5, 6, 7, 8, 9]
        else:
            w1, w2 = [7, 1, 2, 3, 4, 5, 6], [9, 3, 4, 5, 6, 7, 8]
        c = sum(d * w for d, w in zip(base, w1)) % 11
        if c == 10:
            c = sum(d * w for d, w in zip(base, w2)) % 11
            if c == 10:
                c = 0
        return "".join(map(str, base)) + str(c)


def rnokpp(rng):
    d = [rng.randint(0, 9) for _ in range(9)]
    d[0] = rng.choice([2, 3])
    c = sum(x * w for x, w in zip(d, [-1, 5, 7, 9, 4, 6, 10, 5, 7])) % 11 % 10
    return "".join(map(str, d)) + str(c)


# ---------- Kazakhstan: IIN / BIN ----------
def _kz_ctrl(d):
    c = sum(x * w for x, w in zip(d, range(1, 12))) % 11
    if c == 10:
        c = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
        if c == 10:
            return None
    return c


def kz_iin(rng, male=None):
    while True:
        y = rng.randint(1960, 2003)
        m = rng.randint(1, 12)
        dd = rng.randint(1, 28)
        male = rng.random() < 0.5 if male is None else male
        cent = (3 if male else 4) if y < 2000 else (5 if male else 6)
        s = f"{y % 100:02d}{m:02d}{dd:02d}{cent}" + "".join(str(rng.randint(0, 9)) for _ in range(4))
        c = _kz_ctrl([int(x) for x in s])
        if c is not None:
            return s + str(c)


def kz_bin(rng, kind=4, attr=0):
    while True:
        y = rng.randint(1995, 2022)
        m = rng.randint(1, 12)
        s = f"{y % 100:02d}{m:02d}{kind}{attr}" + "".join(str(rng.randint(0, 9)) for _ in range(5))
        c = _kz_ctrl([int(x) for x in s])
        if c is not None:
            return s + str(c)


def write_key(key_id, meta, labels):
    """labels: list of dicts row,label,ambiguous,kind,country"""
    KEY.mkdir(parents=True, exist_ok=True)
    (KEY / f"{key_id}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = ["row,label,ambiguous,kind,country"]
    for i, r in enumerate(labels):
        lines.append(f"{i},{r['label']},{'true' if r['amb'] else 'false'},{r['kind']},{r['country']}")
    (KEY / f"{key_id}.labels.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def save_xlsx(wb, path, stamp="2025-04-01T08:00:00Z"):
    """Save an openpyxl workbook byte-for-byte reproducibly (fixed core.xml times and zip entry dates)."""
    import io
    import re
    import zipfile
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 4, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())
