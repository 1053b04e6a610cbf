"""Shared helpers for prefix-c generators (names, check digits, key writers)."""
import csv
import json
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
LAYOUTS = BASE / "layouts"
KEY = BASE / "key"

US_FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
            "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher", "Karen",
            "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark", "Ashley", "Steven", "Emily",
            "Andrew", "Michelle", "Joshua", "Amanda", "Kevin", "Melissa", "Brian", "Stephanie", "Ryan", "Rebecca",
            "Tyler", "Megan", "Brandon", "Lauren", "Kayla", "Hannah", "Maria", "Jose", "Carlos", "Ana"]
US_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
           "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
           "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
           "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
           "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts"]
GB_FIRST = ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Emily", "Jacob", "Sophie", "Charlie",
            "Grace", "Thomas", "Lily", "James", "Chloe", "William", "Ella", "Daniel", "Lucy", "Matthew", "Hannah",
            "Samuel", "Ruth", "Gareth", "Siobhan", "Rhys", "Fiona", "Callum", "Priya", "Mohammed", "Aisha"]
GB_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
           "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
           "Patel", "Khan", "Hughes", "Edwards", "Lewis", "Morgan", "Campbell", "Murphy", "MacDonald", "Shaw"]
AU_FIRST = ["Jack", "Charlotte", "William", "Olivia", "Noah", "Mia", "Lachlan", "Chloe", "Thomas", "Emily",
            "Liam", "Ruby", "Cooper", "Sophie", "Riley", "Isabella", "Ethan", "Grace", "Mitchell", "Jessica",
            "Bradley", "Kylie", "Darren", "Sharon", "Nathan", "Tegan", "Hamish", "Bronwyn", "Minh", "Priya"]
AU_LAST = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson",
           "Thompson", "Nguyen", "Thomas", "Walker", "Harris", "Lee", "Ryan", "Robinson", "Kelly", "King",
           "Campbell", "Mitchell", "O'Brien", "Murphy", "Tran", "Chen", "Stewart", "Clarke", "McDonald", "Cooper"]
FREEMAIL_US = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com", "comcast.net"]
FREEMAIL_GB = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "sky.com"]
FREEMAIL_AU = ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "yahoo.com.au", "optusnet.com.au"]


def gb_vat(rng):
    """GB VAT number 'GB' + 9 digits; check digits per HMRC mod-97 (old or new '55' scheme)."""
    while True:
        d = [rng.randint(0, 9) for _ in range(7)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(8, 1, -1)))
        if rng.random() < 0.5:
            chk = (-s) % 97
        else:
            chk = (-(s + 55)) % 97
        return "GB" + "".join(map(str, d)) + f"{chk:02d}"


def gb_vat_ok(v):
    d = [int(c) for c in v[2:]]
    s = sum(x * w for x, w in zip(d[:7], range(8, 1, -1))) + int(v[-2:])
    return s % 97 == 0 or (s + 55) % 97 == 0


ABN_W = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]


def abn_ok(a):
    d = [int(c) for c in a.replace(" ", "")]
    d[0] -= 1
    return sum(x * w for x, w in zip(d, ABN_W)) % 89 == 0


def au_abn(rng):
    """11-digit ABN with valid mod-89 check, formatted 'NN NNN NNN NNN'."""
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        if body[0] == 0:
            continue
        for cd in range(10, 100):
            d = [cd // 10, cd % 10] + body
            if abn_ok("".join(map(str, d))):
                s = "".join(map(str, d))
                return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def write_labels(id_, rows):
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{id_}.labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(rows):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def write_key(id_, obj):
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{id_}.json", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")
