"""Shared helpers for the q_ layouts (seeded)."""
import csv, json, os, random

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAYOUTS = os.path.join(SET, "layouts")
KEY = os.path.join(SET, "key")

FREEMAIL_US = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net"]


def slug(s):
    return "".join(c for c in s.lower() if c.isalnum())


def person_email(rng, first, last, domains=FREEMAIL_US):
    f, l = slug(first), slug(last)
    pat = rng.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}_{l}{n}", "{l}{fi}{n}"])
    loc = pat.format(f=f, l=l, fi=f[:1], n=rng.randint(1, 99))
    return f"{loc}@{rng.choice(domains)}"


def write_labels(lid, rows):
    """rows: list of (label, ambiguous, kind, country) in file record order."""
    p = os.path.join(KEY, f"{lid}.labels.csv")
    with open(p, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(rows):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def write_key(lid, obj):
    with open(os.path.join(KEY, f"{lid}.json"), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, indent=2, ensure_ascii=False)
