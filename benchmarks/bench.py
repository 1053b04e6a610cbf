"""Benchmark ``b2x classify`` on generated order exports against a pandas floor.

For each size and variant (realistic repetition; worst case, every row a different buyer)
the script generates an export with ``make_export.py``, then runs two commands on it, each
in a fresh process: the floor (pandas reads the CSV as text, adds the seven output columns
and writes it back) and ``b2x classify FILE -o OUT.csv``. It reports wall time and peak
resident memory and CPU time (its worker processes' included) of both, the ratio
b2x/floor, b2x throughput, and how flat b2x's time per row stays across sizes. CPU time
moves less than wall time with the load of a shared machine, and shows what the cores
did: b2x runs on all of them, the floor on one.

    .venv/bin/python benchmarks/bench.py --sizes 100000,300000
    .venv/bin/python benchmarks/bench.py --no-worst --markdown --keep bench-exports
"""

import argparse
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
FLOOR = """
import sys
import pandas as pd
frame = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
reason = "buyer: ООО in the name (Покупатель) -> B2B; policy: an organisation buys"
for name, value in [("label", "B2B"), ("confidence", "0.97"), ("ambiguous", "false"),
                    ("reasons", reason), ("p_b2b", "0.97"), ("p_b2c", "0.02"), ("p_b2g", "0.01")]:
    frame[name] = value
frame.to_csv(sys.argv[2], index=False, encoding="utf-8-sig")
"""
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


def count_rows(path):
    """Return the number of data rows of a CSV file, quoted line breaks included."""
    read = pacsv.ReadOptions(skip_rows=1, autogenerate_column_names=True)
    convert = pacsv.ConvertOptions(include_columns=["f0"], column_types={"f0": pa.string()})
    parse = pacsv.ParseOptions(newlines_in_values=True)
    return pacsv.read_csv(path, read, parse, convert).num_rows


def run_one(variant, rows, workdir, b2x_args, seed, repeat=1):
    """Generate (or reuse) one export, measure the floor and b2x on it; return a result row.

    With ``repeat`` > 1 the two commands run in turns that many times; the row holds the
    median wall and CPU times and the largest peak memory of each.
    """
    src = workdir / f"orders_{variant}_{rows}_seed{seed}.csv"
    tag = f"[{variant} {rows}]"
    if not src.exists():
        start = time.perf_counter()
        make_export.write_export(src, rows, distinct=variant == "worst", seed=seed)
        log(f"{tag} generated {src.name} in {time.perf_counter() - start:.1f} s")
    n_in = count_rows(src)
    runs = {"floor": [], "b2x": []}
    for _ in range(repeat):
        for name, cmd in [("floor", [sys.executable, "-c", FLOOR]), ("b2x", b2x_args)]:
            out = workdir / f"{src.stem}.{name}.csv"
            args = [*cmd, str(src), *([] if name == "floor" else ["-o"]), str(out)]
            seconds, rss, code, tail, cpu = measure(args)
            n_out = count_rows(out) if code == 0 and out.exists() else None
            out.unlink(missing_ok=True)
            log(f"{tag} {name}: {seconds:.2f} s, {rss:.0f} MiB, exit {code}, rows out {n_out}")
            if code != 0:
                log(tail)
            runs[name].append((seconds if code == 0 else None, rss, n_out, cpu))
    result = {"variant": variant, "rows": n_in}
    for name, got in runs.items():
        times = [t for t, _, _, _ in got]
        result[name] = {"s": None if None in times else statistics.median(times),
                        "cpu": statistics.median(c for _, _, _, c in got),
                        "mib": max(m for _, m, _, _ in got), "rows": got[-1][2]}  # fmt: skip
    return result


def table(results, startup=None):
    """Return the result rows as lists of cells, in the order of ``COLUMNS``.

    ``startup`` is b2x's time on a tiny export; "net µs/row" leaves it out.
    """
    cells = []
    for r in results:
        floor, b2x = r["floor"], r["b2x"]
        ok = b2x["s"] is not None
        per_row = b2x["s"] / r["rows"] * 1e6 if ok else None
        net = (b2x["s"] - startup) / r["rows"] * 1e6 if ok and startup is not None else None
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


def fmt(value, spec):
    """Format ``value`` with ``spec``, or ``-`` when it is missing."""
    return "-" if value is None else format(value, spec)


def flatness(results, startup=0.0):
    """Return ``{variant: max/min of b2x µs per row across sizes}``, less ``startup`` s."""
    per_row = {}
    for r in results:
        if r["b2x"]["s"] is not None:
            per_row.setdefault(r["variant"], []).append((r["b2x"]["s"] - startup) / r["rows"])
    return {v: max(t) / min(t) for v, t in per_row.items() if len(t) > 1}


def startup_time(workdir, b2x_args, seed, repeat=1):
    """b2x's wall time on a 1,000-row export: start-up (imports, model) and one small chunk.

    The median of ``repeat`` runs.
    """
    src = workdir / f"orders_realistic_1000_seed{seed}.csv"
    if not src.exists():
        make_export.write_export(src, 1000, distinct=False, seed=seed)
    out = workdir / f"{src.stem}.b2x.csv"
    times = []
    for _ in range(repeat):
        seconds, _, code, tail, _ = measure([*b2x_args, str(src), "-o", str(out)])
        out.unlink(missing_ok=True)
        if code != 0:
            log(tail)
            return None
        times.append(seconds)
    seconds = statistics.median(times)
    log(f"[start-up] b2x on 1,000 rows: {seconds:.2f} s")
    return seconds


def render(cells, markdown):
    """Return the table as aligned text, or as Markdown."""
    if markdown:
        lines = [COLUMNS, ["---"] + ["---:"] * (len(COLUMNS) - 1), *cells]
        return "\n".join("| " + " | ".join(row) + " |" for row in lines)
    widths = [max(len(row[i]) for row in [COLUMNS, *cells]) for i in range(len(COLUMNS))]
    just = [str.ljust] + [str.rjust] * (len(COLUMNS) - 1)
    lines = [COLUMNS, *cells]
    return "\n".join(
        "  ".join(j(c, w) for j, c, w in zip(just, row, widths, strict=True)) for row in lines
    )


def log(message):
    """Print a progress message to stderr, keeping stdout for the table."""
    print(message, file=sys.stderr, flush=True)


def main(argv=None):
    """Parse the command line, run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0].replace("``", ""))
    ap.add_argument("--sizes", default="100000,300000,1000000", help="rows, comma-separated")
    ap.add_argument(
        "--worst",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run the worst case, every row a different buyer (default)",
    )
    ap.add_argument("--keep", metavar="DIR", help="generate exports here and reuse them")
    ap.add_argument("--jobs", type=int, help="pass --jobs N to b2x classify")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--b2x", help="b2x executable (default: the venv's)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the generated exports")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="run the floor and b2x in turns N times; keep the medians")  # fmt: skip
    args = ap.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    b2x = find_b2x(args.b2x)
    help_text = subprocess.run([b2x, "classify", "--help"], capture_output=True, text=True).stdout
    b2x_args = [b2x, "classify"] + (["--quiet"] if "--quiet" in help_text else [])
    if args.jobs is not None:
        if "--jobs" not in help_text:
            log("warning: this b2x does not list --jobs; passing it anyway")
        b2x_args += ["--jobs", str(args.jobs)]
    with tempfile.TemporaryDirectory(prefix="b2x-bench-") as tmp:
        workdir = Path(args.keep or tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        variants = ["realistic", "worst"] if args.worst else ["realistic"]
        startup = startup_time(workdir, b2x_args, args.seed, args.repeat)
        results = [run_one(v, n, workdir, b2x_args, args.seed, args.repeat)
                   for v in variants for n in sizes]  # fmt: skip
    print(render(table(results, startup), args.markdown))
    flat = flatness(results)
    if flat:
        text = ", ".join(f"{v} {f:.2f}" for v, f in flat.items())
        print(f"\nPer-row time flatness (max/min of b2x µs per row across sizes): {text}")
    if startup is not None:
        net = ", ".join(f"{v} {f:.2f}" for v, f in flatness(results, startup).items())
        print(f"b2x on 1,000 rows (start-up: imports, model, one chunk): {startup:.2f} s"
              + (f"; flatness without it: {net}" if net else ""))
    try:
        version = metadata.version("b2x")
    except metadata.PackageNotFoundError:
        version = "?"
    print(
        f"\nb2x {version}{' --jobs ' + str(args.jobs) if args.jobs else ''}; "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}"
    )
    failed = [r for r in results if r["b2x"]["s"] is None or r["b2x"]["rows"] != r["rows"]]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
