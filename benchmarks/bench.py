"""Benchmark ``b2x classify`` on generated order exports against a pandas floor.

For each size and variant (a realistic CRM export; a realistic 1C register, cp1251 and
``;``; the worst case, every row a different buyer) the script generates an export with
``make_export.py``, then runs two commands on it, each in a fresh process: the floor
(pandas reads the CSV as text, adds the seven output columns and writes it back) and
``b2x classify FILE -o OUT.csv``. It reports wall time and peak resident memory and CPU
time (its worker processes' included) of both, the ratio b2x/floor, b2x throughput, and
how flat b2x's time per row stays across sizes. CPU time moves less than wall time with
the load of a shared machine, and shows what the cores did: b2x runs on all of them, the
floor on one.

With ``--compare DIR`` a second b2x (``DIR/.venv/bin/b2x``, another checkout with its
own environment) runs in the same rounds, the three commands taking turns, so that
before and after a change are timed against the same floor in the same session; their
outputs are compared byte for byte (sha256).

    .venv/bin/python benchmarks/bench.py --sizes 100000,300000
    .venv/bin/python benchmarks/bench.py --no-worst --markdown --keep bench-exports
    .venv/bin/python benchmarks/bench.py --variants register --sizes 300000,1000000
    .venv/bin/python benchmarks/bench.py --compare ../b2x-old --repeat 3 --keep bench-exports
"""

import argparse
import hashlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

import make_export
import pyarrow as pa
import pyarrow.csv as pacsv

HERE = Path(__file__).resolve().parent
# The floor: the least any tool must do to label a CSV with pandas, with constant labels.
# Arguments: input, output, delimiter, encoding, decimal mark (b2x writes UTF-8 with a BOM,
# in the input's delimiter and decimal mark).
FLOOR = """
import sys
import pandas as pd
src, out, sep, encoding, point = sys.argv[1:6]
frame = pd.read_csv(src, dtype=str, keep_default_na=False, sep=sep, encoding=encoding)
reason = "buyer: ООО in the name (Покупатель) -> B2B; policy: an organisation buys"
for name, value in [("label", "B2B"), ("confidence", "0.97"), ("ambiguous", "false"),
                    ("reasons", reason), ("p_b2b", "0.97"), ("p_b2c", "0.02"), ("p_b2g", "0.01")]:
    frame[name] = value.replace(".", point) if name != "reasons" else value
frame.to_csv(out, index=False, encoding="utf-8-sig", sep=sep)
"""
# The exports: shape (see make_export.SHAPES), every buyer distinct, delimiter, encoding,
# decimal mark of the amounts.
VARIANTS = {
    "realistic": {"shape": "crm", "distinct": False, "sep": ",", "encoding": "utf-8", "point": "."},
    "register": {
        "shape": "register",
        "distinct": False,
        "sep": ";",
        "encoding": "cp1251",
        "point": ",",
    },
    "worst": {"shape": "crm", "distinct": True, "sep": ",", "encoding": "utf-8", "point": "."},
    "register-worst": {
        "shape": "register",
        "distinct": True,
        "sep": ";",
        "encoding": "cp1251",
        "point": ",",
    },
}
DEFAULT_VARIANTS = "realistic,register,worst"
COLUMNS = [
    "variant",
    "rows",
    "floor s",
    "b2x s",
    "b2x/floor",
    "floor CPU s",
    "b2x CPU s",
    "rows/s",
    "µs/row",
    "net µs/row",
    "floor MiB",
    "b2x MiB",
    "rows out",
]


def find_b2x(given=None):
    """Return the b2x executable: ``given``, beside this Python, in the repo's venv, on PATH."""
    candidates = [given, Path(sys.executable).with_name("b2x"), HERE.parent / ".venv/bin/b2x"]
    for path in candidates:
        if path and Path(path).is_file():
            return str(path)
    if found := shutil.which("b2x"):
        return found
    sys.exit("b2x not found; pass --b2x PATH")


# Runs a command given as its arguments and prints its wall time and peak RSS (KiB on Linux).
LAUNCH = """
import os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status),
      usage.ru_utime + usage.ru_stime)
"""


def measure(cmd):
    """Run ``cmd`` in a fresh process and return its wall time, peak RSS, outcome and CPU time.

    A small launcher process starts ``cmd`` and reads its resource usage with
    ``os.wait4``, which covers exactly that child and the processes it waited for (so
    CPU time includes b2x's worker processes).
    The launcher is needed because Linux counts a process's memory before ``exec`` in
    its peak: a command started straight from this script, which by then holds parsed
    outputs, would report this script's peak when it is the larger. ``ru_maxrss`` is
    the peak of the largest single process, not a sum over worker processes; KiB on
    Linux, bytes on macOS.

    Parameters
    ----------
    cmd : list of str
        Command and arguments.

    Returns
    -------
    tuple
        ``(seconds, peak_rss_mib, exit_code, stderr_tail, cpu_seconds)``.
    """
    with tempfile.TemporaryFile() as err:
        launched = subprocess.run([sys.executable, "-c", LAUNCH, *cmd], stdout=subprocess.PIPE,
                                  stderr=err, text=True)  # fmt: skip
        err.seek(0)
        tail = err.read()[-3000:].decode(errors="replace")
    if launched.returncode != 0:
        raise RuntimeError(f"could not run {cmd[0]}: {tail}")
    seconds, maxrss, code, cpu = launched.stdout.split()
    rss = int(maxrss) / (2**20 if sys.platform == "darwin" else 2**10)
    return float(seconds), rss, int(code), tail, float(cpu)


def count_rows(path, delimiter=",", encoding="utf8"):
    """Return the number of data rows of a CSV file, quoted line breaks included."""
    read = pacsv.ReadOptions(skip_rows=1, autogenerate_column_names=True, encoding=encoding)
    convert = pacsv.ConvertOptions(include_columns=["f0"], column_types={"f0": pa.string()})
    parse = pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True)
    return pacsv.read_csv(path, read, parse, convert).num_rows


def sha256(path):
    """Return the sha256 of a file, as hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 22):
            digest.update(block)
    return digest.hexdigest()


def export_path(workdir, variant, rows, seed):
    """Return the path of an export; generate it first unless it is there (``--keep``)."""
    src = workdir / f"orders_{variant}_{rows}_seed{seed}.csv"
    if not src.exists():
        spec, start = VARIANTS[variant], time.perf_counter()
        make_export.write_export(
            src, rows, distinct=spec["distinct"], seed=seed, shape=spec["shape"]
        )
        log(f"[{variant} {rows}] generated {src.name} in {time.perf_counter() - start:.1f} s")
    return src


def run_one(variant, rows, workdir, systems, seed, repeat=1, outputs=None):
    """Generate (or reuse) one export, measure the floor and each b2x on it; return a result.

    ``systems`` maps a name to the b2x command (``{"b2x": [...]}``, or more with
    ``--compare``). With ``repeat`` > 1 the commands run in turns that many times, in the
    order of :func:`turns`; the result holds the median wall and CPU times and the largest
    peak memory of each, and the sha256 of each b2x's output. ``outputs``, a folder, keeps
    each b2x's last output there. The file system is synced after each command, so that
    writing out one command's output does not slow the next one down.
    """
    spec = VARIANTS[variant]
    src = export_path(workdir, variant, rows, seed)
    tag = f"[{variant} {rows}]"
    n_in = count_rows(src, spec["sep"], spec["encoding"])
    floor = [
        sys.executable,
        "-c",
        FLOOR,
        str(src),
        "{out}",
        spec["sep"],
        spec["encoding"],
        spec["point"],
    ]
    commands = [("floor", floor)] + [(k, [*v, str(src), "-o", "{out}"]) for k, v in systems.items()]
    runs = {name: [] for name, _ in commands}
    digests = {name: set() for name in systems}
    for turn in range(repeat):
        for name, cmd in turns(commands, turn):
            keep = outputs is not None and name != "floor" and turn == repeat - 1
            out = (Path(outputs) if keep else workdir) / f"{src.stem}.{name}.csv"
            seconds, rss, code, tail, cpu = measure([a.replace("{out}", str(out)) for a in cmd])
            ok = code == 0 and out.exists()
            n_out = count_rows(out, spec["sep"]) if ok else None
            if ok and name != "floor":
                digests[name].add(sha256(out))
            if not keep:
                out.unlink(missing_ok=True)
            log(f"{tag} {name}: {seconds:.2f} s, {rss:.0f} MiB, exit {code}, rows out {n_out}")
            if code != 0:
                log(tail)
            runs[name].append((seconds if code == 0 else None, rss, n_out, cpu))
            os.sync()
    result = {"variant": variant, "rows": n_in, "sha256": digests}
    for name, got in runs.items():
        times = [t for t, _, _, _ in got]
        result[name] = {"s": None if None in times else statistics.median(times),
                        "cpu": statistics.median(c for _, _, _, c in got),
                        "mib": max(m for _, m, _, _ in got), "rows": got[-1][2]}  # fmt: skip
    return result


def turns(commands, turn):
    """Return the ``commands`` (floor first, then each b2x) in their order of round ``turn``.

    Rounds cycle through four orders, the b2x alternating between them round by round:
    floor, b2x as given; b2x reversed, floor; floor, b2x reversed; b2x as given, floor
    (with two: floor before after, after before floor, floor after before, before after
    floor). In four rounds each b2x runs as often before the other as after it, and as
    often first as last.
    """
    floor, systems = commands[0], commands[1:]
    if turn % 4 in (1, 2):
        systems = systems[::-1]
    return [floor, *systems] if turn % 4 in (0, 2) else [*systems, floor]


def table(results, startup=None, system="b2x"):
    """Return the result rows of one b2x as lists of cells, in the order of ``COLUMNS``.

    ``startup`` is b2x's time on a tiny export; "net µs/row" leaves it out. ``system``
    names the b2x among the results' (``b2x``, or a ``--compare`` name).
    """
    cells = []
    for r in results:
        floor, b2x = r["floor"], r[system]
        ok = b2x["s"] is not None
        per_row = b2x["s"] / r["rows"] * 1e6 if ok else None
        net = net_us(b2x["s"], startup, r["rows"])
        same = b2x["rows"] == r["rows"] == floor["rows"]
        rows_out = "ok" if same else "-" if b2x["rows"] is None else f"{b2x['rows']:,} ≠ input"
        cells.append(
            [
                r["variant"],
                f"{r['rows']:,}",
                fmt(floor["s"], ".2f"),
                fmt(b2x["s"], ".2f") if ok else "failed",
                fmt(b2x["s"] / floor["s"] if ok and floor["s"] else None, ".2f"),
                fmt(floor["cpu"], ".1f"),
                fmt(b2x["cpu"], ".1f") if ok else "-",
                fmt(r["rows"] / b2x["s"] if ok else None, ",.0f"),
                fmt(per_row, ".1f"),
                fmt(net, ".1f"),
                fmt(floor["mib"], ".0f"),
                fmt(b2x["mib"], ".0f"),
                rows_out,
            ]
        )
    return cells


def net_us(seconds, startup, rows):
    """Return µs per row of ``seconds`` less the start-up, or None when either is missing."""
    return None if seconds is None or startup is None else (seconds - startup) / rows * 1e6


def comparison(results, startup, names):
    """Return the header and cells of the table of ``--compare``: every b2x side by side.

    ``names`` are the systems, those of ``--compare`` first and this b2x last; the ratios
    set this b2x against each of the others. "same output" says ``yes`` when every b2x
    wrote the same bytes in every round and as many rows as the input, else which agree
    (``before=after≠other``).
    """
    last, others = names[-1], names[:-1]
    header = ["variant", "rows", "floor s", *[f"{n} s" for n in names]]
    header += [f"{n}/floor" for n in names] + [f"{last}/{n}" for n in others]
    header += [f"{n} CPU s" for n in names] + [f"{n} MiB" for n in names]
    header += [f"{n} net µs/row" for n in names] + ["same output"]
    cells = []
    for r in results:
        floor, s = r["floor"]["s"], {n: r[n]["s"] for n in names}
        cells.append(
            [r["variant"], f"{r['rows']:,}", fmt(floor, ".2f")]
            + [fmt(s[n], ".2f") for n in names]
            + [fmt(s[n] / floor if s[n] and floor else None, ".2f") for n in names]
            + [fmt(s[last] / s[n] if s[n] and s[last] else None, ".2f") for n in others]
            + [fmt(r[n]["cpu"], ".1f") for n in names]
            + [fmt(r[n]["mib"], ".0f") for n in names]
            + [fmt(net_us(s[n], startup[n], r["rows"]), ".1f") for n in names]
            + [same_output(r, names)]
        )
    return header, cells


def same_output(result, names):
    """Return ``yes`` when every b2x of ``names`` wrote the same bytes and all the rows.

    Otherwise the groups that agree: ``a=b≠c``; ``?`` for a b2x whose outputs differed
    between rounds or that failed.
    """
    rows_ok = all(result[n]["rows"] == result["rows"] for n in names)
    digests = {n: result["sha256"][n] for n in names}
    if rows_ok and len(set().union(*digests.values())) == 1:
        return "yes"
    groups = {}
    for n in names:
        key = next(iter(digests[n])) if len(digests[n]) == 1 else f"?{n}"
        groups.setdefault(key, []).append(n if not key.startswith("?") else f"{n}?")
    return "≠".join("=".join(g) for g in groups.values()) + ("" if rows_ok else " (rows differ)")


def fmt(value, spec):
    """Format ``value`` with ``spec``, or ``-`` when it is missing."""
    return "-" if value is None else format(value, spec)


def flatness(results, startup=0.0, system="b2x"):
    """Return ``{variant: max/min of b2x µs per row across sizes}``, less ``startup`` s."""
    per_row = {}
    for r in results:
        if r[system]["s"] is not None:
            per_row.setdefault(r["variant"], []).append((r[system]["s"] - startup) / r["rows"])
    return {v: max(t) / min(t) for v, t in per_row.items() if len(t) > 1}


def startup_time(workdir, systems, seed, repeat=1):
    """Each b2x's wall time on a 1,000-row export: start-up (imports, model) and one chunk.

    ``{name: the median of repeat runs}`` (None for a b2x that failed); with two systems
    they take turns.
    """
    src = workdir / f"orders_realistic_1000_seed{seed}.csv"
    if not src.exists():
        make_export.write_export(src, 1000, distinct=False, seed=seed)
    times = {name: [] for name in systems}
    for _ in range(repeat):
        for name, b2x_args in systems.items():
            out = workdir / f"{src.stem}.{name}.csv"
            seconds, _, code, tail, _ = measure([*b2x_args, str(src), "-o", str(out)])
            out.unlink(missing_ok=True)
            if code != 0:
                log(tail)
            times[name].append(seconds if code == 0 else None)
    startup = {}
    for name, got in times.items():
        startup[name] = None if None in got else statistics.median(got)
        label = "b2x" if name == "b2x" else f"b2x ({name})"
        log(f"[start-up] {label} on 1,000 rows: {fmt(startup[name], '.2f')} s")
    return startup


def describe(b2x):
    """Return ``b2x VERSION`` of an executable, with the git commit of its checkout if any.

    The version and the package's folder are asked of the Python beside the executable
    (its virtual environment), so an editable install names its checkout's commit; in
    isolated mode (``-I``), lest the current folder's ``classifier`` be imported instead.
    """
    python = Path(b2x).with_name("python")
    ask = "import classifier, importlib.metadata as m\nprint(m.version('b2x'), classifier.__file__)"
    try:
        version, package = subprocess.run(
            [str(python), "-I", "-c", ask], capture_output=True, text=True, check=True
        ).stdout.split()
    except (OSError, ValueError, subprocess.CalledProcessError):
        try:
            return f"b2x {metadata.version('b2x')}"
        except metadata.PackageNotFoundError:
            return "b2x ?"
    git = ["git", "-C", str(Path(package).parent)]
    commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    if commit.returncode != 0:
        return f"b2x {version}"
    dirty = subprocess.run(
        [*git, "status", "--porcelain", "--untracked-files=no", "--", "."],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return f"b2x {version} (commit {commit.stdout.strip()}{', modified' if dirty else ''})"


def render(cells, markdown, columns=COLUMNS):
    """Return the table as aligned text, or as Markdown."""
    if markdown:
        lines = [columns, ["---"] + ["---:"] * (len(columns) - 1), *cells]
        return "\n".join("| " + " | ".join(row) + " |" for row in lines)
    widths = [max(len(row[i]) for row in [columns, *cells]) for i in range(len(columns))]
    just = [str.ljust] + [str.rjust] * (len(columns) - 1)
    lines = [columns, *cells]
    return "\n".join(
        "  ".join(j(c, w) for j, c, w in zip(just, row, widths, strict=True)) for row in lines
    )


def log(message):
    """Print a progress message to stderr, keeping stdout for the table."""
    print(message, file=sys.stderr, flush=True)


def b2x_command(b2x, jobs):
    """Return the ``b2x classify`` command to time: ``--quiet`` if offered, ``--jobs`` if given."""
    help_text = subprocess.run([b2x, "classify", "--help"], capture_output=True, text=True).stdout
    args = [b2x, "classify"] + (["--quiet"] if "--quiet" in help_text else [])
    if jobs is not None:
        if "--jobs" not in help_text:
            log(f"warning: {b2x} does not list --jobs; passing it anyway")
        args += ["--jobs", str(jobs)]
    return args


def main(argv=None):
    """Parse the command line, run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0].replace("``", ""))
    ap.add_argument("--sizes", default="100000,300000,1000000", help="rows, comma-separated")
    ap.add_argument(
        "--variants",
        default=DEFAULT_VARIANTS,
        help=f"exports, comma-separated, of {', '.join(VARIANTS)} (default {DEFAULT_VARIANTS})",
    )
    ap.add_argument(
        "--worst",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run the worst case, every row a different buyer (default)",
    )
    ap.add_argument("--keep", metavar="DIR", help="generate exports here and reuse them")
    ap.add_argument("--outputs", metavar="DIR", help="keep each b2x's output here")
    ap.add_argument("--jobs", type=int, help="pass --jobs N to b2x classify")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--b2x", help="b2x executable (default: the venv's)")
    ap.add_argument(
        "--compare",
        metavar="DIR",
        action="append",
        help="also time DIR/.venv/bin/b2x (another checkout) in the same rounds",
    )
    ap.add_argument(
        "--names",
        default="before,after",
        metavar="A,B",
        help="names of the --compare b2x (one per DIR, in order) and of this one (before,after)",
    )
    ap.add_argument("--seed", type=int, default=0, help="seed of the generated exports")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="run the floor and b2x in turns N times; keep the medians")  # fmt: skip
    args = ap.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    if unknown := [v for v in variants if v not in VARIANTS]:
        ap.error(f"unknown variant {', '.join(unknown)}; choose among {', '.join(VARIANTS)}")
    if not args.worst:
        variants = [v for v in variants if not v.endswith("worst")]
    b2x = find_b2x(args.b2x)
    if args.compare:
        others = [Path(d) / ".venv/bin/b2x" for d in args.compare]
        if missing := [str(p) for p in others if not p.is_file()]:
            sys.exit(f"{', '.join(missing)} not found; install each checkout in DIR/.venv first")
        names = [n.strip() for n in args.names.split(",")]
        if len(names) != len(others) + 1 or len(set(names)) != len(names) or "floor" in names:
            ap.error(
                f"--names takes {len(others) + 1} different names, one per --compare and "
                "one for this b2x, e.g. before,after"
            )
        executables = dict(zip(names, [*map(str, others), b2x], strict=True))
    else:
        executables = {"b2x": b2x}
    systems = {name: b2x_command(path, args.jobs) for name, path in executables.items()}
    if args.outputs:
        Path(args.outputs).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="b2x-bench-") as tmp:
        workdir = Path(args.keep or tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        startup = startup_time(workdir, systems, args.seed, args.repeat)
        results = [run_one(v, n, workdir, systems, args.seed, args.repeat, args.outputs)
                   for v in variants for n in sizes]  # fmt: skip
    for name in systems:
        if len(systems) > 1:
            print(f"{name}: {describe(executables[name])}\n")
        print(render(table(results, startup[name], name), args.markdown))
        flat = flatness(results, system=name)
        if flat:
            text = ", ".join(f"{v} {f:.2f}" for v, f in flat.items())
            print(f"\nPer-row time flatness (max/min of b2x µs per row across sizes): {text}")
        if startup[name] is not None:
            net = ", ".join(
                f"{v} {f:.2f}" for v, f in flatness(results, startup[name], name).items()
            )
            print(
                f"b2x on 1,000 rows (start-up: imports, model, one chunk): {startup[name]:.2f} s"
                + (f"; flatness without it: {net}" if net else "")
            )
        print()
    if len(systems) > 1:
        header, cells = comparison(results, startup, list(systems))
        *first, last = systems
        print(f"{', '.join(first)} and {last}, in the same rounds:\n")
        print(render(cells, args.markdown, header))
        print("\nsha256 of the outputs:")
        for r in results:
            for name in systems:
                digests = ", ".join(sorted(r["sha256"][name])) or "-"
                print(f"  {r['variant']} {r['rows']:,} {name}: {digests}")
        print()
    named = [(f"{n}: " if len(systems) > 1 else "") + describe(p) for n, p in executables.items()]
    print(
        f"{'; '.join(named)}"
        f"{' --jobs ' + str(args.jobs) if args.jobs else ''}; "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}"
    )
    failed = [r for r in results for n in systems if r[n]["s"] is None or r[n]["rows"] != r["rows"]]
    differ = [r for r in results if len(set().union(*r["sha256"].values())) > 1]
    return 1 if failed or differ else 0


if __name__ == "__main__":
    sys.exit(main())
