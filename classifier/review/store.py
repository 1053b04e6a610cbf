"""Label store: analysts' decisions on records, kept with their history in SQLite.

``b2x learn`` adds the decisions of a reviewed workbook with :meth:`LabelStore.add`
(one transaction per file: all of its rows or none). Later runs read them back:
:meth:`LabelStore.buyer_labels` as known buyers for ``RuleSet.buyers``,
:meth:`LabelStore.record_labels` as known records, and
:meth:`LabelStore.training_records` as labelled records for retraining.
Nothing is ever overwritten: a new decision on a record or buyer is a new row,
and the latest one counts. Analysts disagreeing on a buyer are listed by
:meth:`LabelStore.conflicts`.

The store is one SQLite file, by default :func:`default_store_path`. Its tables:

``imports``
    one row per imported file: ``source`` (the file as named), ``source_sha256``,
    ``analyst``, ``imported_at``, ``rows``.
``decisions``
    one row per decision: ``record_id``, ``buyer_key``, ``label``, ``analyst``,
    ``note``, ``decided_at``, ``b2x_label``, ``b2x_confidence``, ``fields`` (JSON
    of the record's canonical fields), ``source_row``, ``decision_id``, ``import_id``.

Times are ISO-8601 text in UTC (``2026-10-03T09:15:00+00:00``), so they sort as
text. ``PRAGMA application_id`` marks the file as a b2x store and ``PRAGMA
user_version`` holds the schema version (:data:`SCHEMA_VERSION`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from classifier.config import LABELS, RECORD_ID, default_store_path
from classifier.exceptions import InputError
from classifier.files.write import atomic_path, neutralise_formulas
from classifier.identity import BUYER_KINDS, buyer_key_of

if TYPE_CHECKING:
    from classifier.rules.base import RuleSet

__all__ = [
    "LabelStore",
    "Stored",
    "EXPORT_COLUMNS",
    "CONFLICT_COLUMNS",
    "TRAINING_COLUMNS",
    "HEADERS",
    "SCHEMA_VERSION",
    "labelled_rules",
]

SCHEMA_VERSION = 1
APPLICATION_ID = int.from_bytes(b"b2xL", "big")  # PRAGMA application_id of a b2x store

# the columns of history() and export_csv(), in this order
EXPORT_COLUMNS = (
    "decided_at",
    "analyst",
    "record_id",
    "buyer_key",
    "label",
    "note",
    "b2x_label",
    "b2x_confidence",
    "source",
    "source_row",
    "source_sha256",
    "imported_at",
    "import_id",
    "decision_id",
    "fields",
)
CONFLICT_COLUMNS = ("buyer_key", "labels", "analysts", "decisions", "latest_at")
# training_records() puts these after the record's fields
TRAINING_COLUMNS = ("label", "analyst", "decided_at", "record_id", "buyer_key")
# how a review workbook heads the columns a message may name
HEADERS = {"label": "Your label", "decision_id": "Decision id", "note": "Note"}

_SCHEMA = (
    """CREATE TABLE imports (
        import_id     INTEGER PRIMARY KEY,
        source        TEXT NOT NULL,
        source_sha256 TEXT NOT NULL,
        analyst       TEXT NOT NULL,
        imported_at   TEXT NOT NULL,
        rows          INTEGER NOT NULL
    )""",
    """CREATE TABLE decisions (
        seq            INTEGER PRIMARY KEY,
        import_id      INTEGER NOT NULL REFERENCES imports (import_id),
        decision_id    TEXT NOT NULL,
        record_id      TEXT NOT NULL,
        buyer_key      TEXT NOT NULL,
        label          TEXT NOT NULL CHECK (label IN ('B2B', 'B2C', 'B2G')),
        analyst        TEXT NOT NULL,
        note           TEXT NOT NULL,
        decided_at     TEXT NOT NULL,
        b2x_label      TEXT NOT NULL,
        b2x_confidence REAL,
        fields         TEXT NOT NULL,
        source_row     INTEGER NOT NULL
    )""",
    "CREATE INDEX decisions_buyer ON decisions (buyer_key)",
    "CREATE INDEX decisions_record ON decisions (record_id)",
    "CREATE INDEX imports_file ON imports (source_sha256, analyst)",
    f"PRAGMA application_id = {APPLICATION_ID}",
    f"PRAGMA user_version = {SCHEMA_VERSION}",
)
# the latest decision per partition: by decision time (ISO UTC text of one form sorts as
# time), then by storage order, so a file imported late does not outrank newer decisions
_LATEST = """
    SELECT * FROM (
        SELECT d.*, i.source, ROW_NUMBER() OVER (
            PARTITION BY {by} ORDER BY d.decided_at DESC, d.seq DESC) AS newest
        FROM decisions d JOIN imports i USING (import_id) {where}
    ) WHERE newest = 1 ORDER BY decided_at, seq
"""


@dataclass
class Stored:
    """What one :meth:`LabelStore.add` did.

    ``decisions`` is 0 when the file was imported before by the same analyst
    (``already_imported``; ``import_id`` is then the earlier import's) or had no rows.
    ``conflicts`` lists the disagreements on this file's buyers, as
    :meth:`LabelStore.conflicts` does.
    """

    import_id: int
    decisions: int
    buyers: int
    conflicts: pd.DataFrame
    already_imported: bool = False


class _CellError(Exception):
    """A bad cell of a decisions frame: its column and what is wrong."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


def _text(value: Any) -> str:
    """A cell as stripped text; empty for None and NaN."""
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    return str(value).strip()


def _utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive time is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _iso(moment: datetime) -> str:
    """A time as stored: ISO-8601 in UTC, to the second.

    >>> _iso(datetime.fromisoformat("2026-10-03T12:15:30.25+03:00"))
    '2026-10-03T09:15:30+00:00'
    """
    return _utc(moment).isoformat(timespec="seconds")


def _reason(label: str, analyst: str, decided_at: str, source: str, note: str = "") -> str:
    """The reason a stored buyer label gives: who labelled it, when, and in which file.

    >>> _reason("B2G", "a.petrova", "2026-10-03T09:15:00+00:00", "reviews/q3_review.xlsx")
    'labelled B2G by a.petrova on 2026-10-03 (q3_review.xlsx)'
    >>> _reason("B2B", "i.ivanov", "2026-10-05T08:00:00+00:00", "q3.xlsx", "закупает для офиса")
    'labelled B2B by i.ivanov on 2026-10-05: закупает для офиса (q3.xlsx)'
    """
    said = f": {note}" if note else ""
    return f"labelled {label} by {analyst} on {decided_at[:10]}{said} ({Path(source).name})"


def _buyer(key: str) -> str:
    """A buyer key in the form :func:`classifier.identity.buyer_key` computes.

    >>> _buyer("name: ООО «Ромашка» "), _buyer("tax_id:77 0708 3893"), _buyer("")
    ('name:ооо ромашка', 'tax_id:7707083893', '')
    """
    if not key:
        return ""
    kind, colon, value = key.partition(":")
    value = buyer_key_of(kind.strip(), value) if kind.strip() in BUYER_KINDS else ""
    if not colon or not value:
        raise _CellError(
            "buyer_key", f"{key!r} is not a buyer key ('tax_id:…', 'email:…' or 'name:…')."
        )
    return f"{kind.strip()}:{value}"


def _fields(text: str) -> str:
    """The record's canonical fields as compact JSON text; ``{}`` when empty."""
    if not text:
        return "{}"
    try:
        fields = json.loads(text)
    except json.JSONDecodeError as e:
        raise _CellError("fields", f"is not valid JSON ({e.msg}).") from e
    if not isinstance(fields, dict):
        raise _CellError("fields", f"must be a JSON object of fields. Got {text[:40]!r} instead.")
    return json.dumps(fields, ensure_ascii=False)


def _fields_text(value: Any) -> str:
    """A ``fields`` cell as JSON text: a dict is taken as it is."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else _text(value)


def _decided_at(text: str, at: datetime) -> str:
    if not text:
        return _iso(at)
    try:
        return _iso(datetime.fromisoformat(text))
    except ValueError as e:
        raise _CellError(
            "decided_at", f"{text!r} is not an ISO-8601 time (like 2026-10-03T09:15:00+00:00)."
        ) from e


def _confidence(value: Any) -> float | None:
    if not _text(value):
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as e:
        raise _CellError("b2x_confidence", f"{value!r} is not a number.") from e


def _decision(cells: Mapping[str, Any], analyst: str, at: datetime) -> dict[str, Any]:
    """One decision as stored, from one row of a decisions frame; raises ``_CellError``."""
    label = _text(cells.get("label"))
    if label.upper() not in LABELS:
        raise _CellError("label", f"{label!r} is not B2B, B2C or B2G.")
    record_id = _text(cells.get("record_id")).lower()
    if not RECORD_ID.fullmatch(record_id):
        raise _CellError(
            "record_id",
            f"{record_id!r} is not a b2x record id (16 hex digits). Keep it as b2x wrote it.",
        )
    who = _text(cells.get("analyst")) or analyst.strip()
    if not who:
        raise _CellError("analyst", "no analyst is named. Name who made the decision.")
    decision = {
        "record_id": record_id,
        "buyer_key": _buyer(_text(cells.get("buyer_key"))),
        "label": label.upper(),
        "analyst": who,
        "note": _text(cells.get("note")),
        "decided_at": _decided_at(_text(cells.get("decided_at")), at),
        "b2x_label": _text(cells.get("b2x_label")),
        "b2x_confidence": _confidence(cells.get("b2x_confidence")),
        "fields": _fields(_fields_text(cells.get("fields"))),
    }
    given = _text(cells.get("decision_id"))
    # a decision without an id gets one from what it says, so a repeat gets the same id
    said = "\x1f".join(str(decision[k]) for k in ("record_id", "label", "analyst", "decided_at"))
    decision["decision_id"] = given or hashlib.blake2b(said.encode(), digest_size=8).hexdigest()
    return decision


def _row_number(value: Any, position: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return position


def _decisions(
    frame: pd.DataFrame, source: str, analyst: str, at: datetime, headers: Mapping[str, str]
) -> list[dict[str, Any]]:
    """Every row of a decisions frame, checked; the first bad cell raises ``InputError``."""
    missing = [c for c in ("record_id", "label") if c not in frame.columns]
    if missing:
        raise InputError(
            f"'{source}' has no {missing[0]} column. "
            f"Found: {', '.join(map(str, frame.columns)) or 'no columns'}."
        )
    rows, problems = [], []
    for position, cells in enumerate(frame.to_dict("records"), start=1):
        row = _row_number(cells.get("source_row"), position)
        try:
            rows.append(_decision(cells, analyst, at) | {"source_row": row})
        except _CellError as bad:
            column = headers.get(bad.column, bad.column)
            problems.append(f"'{source}' row {row}, column {column}: {bad.message}")
    if problems:
        more = len(problems) - 1
        others = f" ({more} more row{'s have' if more > 1 else ' has'} problems.)" if more else ""
        raise InputError(problems[0] + others)
    return rows


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed when the block ends, rolled back on any error."""
    connection.execute("BEGIN IMMEDIATE")  # take the write lock now: no lost updates
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _frame(cursor: sqlite3.Cursor, columns: Collection[str]) -> pd.DataFrame:
    """The rows of a query as a frame of ``columns``, those columns even when there are none."""
    rows = cursor.fetchall()
    names = [d[0] for d in cursor.description]
    frame = pd.DataFrame.from_records(rows, columns=names)
    return frame[list(columns)] if rows else pd.DataFrame(columns=list(columns))


class LabelStore:
    """Analysts' decisions on records and buyers, with their history, in one SQLite file.

    Parameters
    ----------
    path : str or Path, optional
        The store file; :func:`default_store_path` when None. Its folder and the
        schema are created when missing.

    Raises
    ------
    InputError
        The file cannot be opened, is not a b2x store, or was made by a newer b2x.

    Examples
    --------
    >>> import tempfile
    >>> decided = pd.DataFrame({"record_id": ["3a0b43b8c0f2d7ef"], "label": ["B2G"],
    ...                         "buyer_key": ["tax_id:7707083893"]})
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     with LabelStore(Path(folder) / "labels.sqlite") as store:
    ...         stored = store.add(decided, source="q3_review.xlsx", analyst="a.petrova",
    ...                            at=datetime(2026, 10, 3, 9, 15, tzinfo=UTC))
    ...         store.buyer_labels()
    {('tax_id', '7707083893'): ('B2G', 'labelled B2G by a.petrova on 2026-10-03 (q3_review.xlsx)')}
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        if self.path.is_dir():
            raise InputError(f"Label store '{self.path}' is a folder. Give a file name.")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as e:
            raise InputError(f"Cannot open label store '{self.path}': {e}.") from e
        try:
            self._prepare()
        except BaseException:
            self._connection.close()
            raise

    def _header(self) -> tuple[int, int, int]:
        """The file's application id, schema version and number of schema objects."""
        db = self._connection
        application = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        objects = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        return application, version, objects

    def _prepare(self) -> None:
        """Create the schema in a new file; check an existing file is a store b2x can read.

        An existing store is only read here, so a read-only store can still be used.
        """
        try:
            application, version, objects = self._header()
            if application == version == objects == 0:
                with _transaction(self._connection) as db:
                    # checked again under the write lock: another b2x may have just made it
                    application, version, objects = self._header()
                    if application == version == objects == 0:
                        for statement in _SCHEMA:
                            db.execute(statement)
                        return
        except sqlite3.DatabaseError as e:
            if e.sqlite_errorname == "SQLITE_NOTADB":
                raise InputError(
                    f"'{self.path}' is not a b2x label store (not an SQLite database). "
                    "Give another store file."
                ) from e
            raise InputError(f"Cannot open label store '{self.path}': {e}.") from e
        if application != APPLICATION_ID:
            raise InputError(
                f"'{self.path}' is an SQLite database of another program, not a b2x label "
                "store. Give another store file."
            )
        if version > SCHEMA_VERSION:
            raise InputError(
                f"Label store '{self.path}' was made by a newer b2x (schema {version}, this "
                f"b2x reads {SCHEMA_VERSION}). Upgrade b2x."
            )

    def close(self) -> None:
        """Close the store's database connection."""
        self._connection.close()

    def __enter__(self) -> LabelStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return self._connection.execute("SELECT count(*) FROM decisions").fetchone()[0]

    def __repr__(self) -> str:
        return f"LabelStore('{self.path}')"

    def add(
        self,
        decisions: pd.DataFrame,
        *,
        source: str,
        analyst: str,
        source_sha256: str = "",
        at: datetime | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Stored:
        """Store the decisions of one file: all of them, or none when a row is wrong.

        Parameters
        ----------
        decisions : DataFrame
            One row per record decided: ``record_id`` and ``label`` (B2B, B2C or
            B2G, any case), and optionally ``decision_id, buyer_key, analyst,
            note, decided_at, b2x_label, b2x_confidence, fields`` (JSON object of
            the record's canonical fields) and ``source_row`` (the file's row
            number, for messages; else the frame's position from 1).
        source : str
            The file the decisions came from, as the analyst named it.
        analyst : str
            Who decided; a non-empty ``analyst`` cell overrides it for its row.
        source_sha256 : str, optional
            The file's checksum. The same file from the same analyst again adds
            nothing; without a checksum every call adds its rows.
        at : datetime, optional
            Time of the import and of decisions without ``decided_at``; now by
            default. A naive time is taken as UTC.
        headers : mapping, optional
            How the file heads the frame's columns, for messages; by default
            :data:`HEADERS` (the review workbook's).

        Raises
        ------
        InputError
            A row is wrong; the message names the file, row and column. Nothing is stored.
        """
        at = _utc(at or datetime.now(UTC))
        rows = _decisions(decisions, source, analyst, at, {**HEADERS, **(headers or {})})
        buyers = sorted({row["buyer_key"] for row in rows} - {""})
        if not rows:
            return Stored(0, 0, 0, self._conflicts(buyers))
        who = analyst.strip() or ", ".join(sorted({row["analyst"] for row in rows}))
        with _transaction(self._connection) as db:
            earlier = db.execute(
                "SELECT min(import_id) FROM imports WHERE source_sha256 = ? AND analyst = ?",
                (source_sha256, who),
            ).fetchone()[0]
            if source_sha256 and earlier is not None:
                return Stored(earlier, 0, 0, self._conflicts(buyers), already_imported=True)
            import_id = db.execute(
                "INSERT INTO imports (source, source_sha256, analyst, imported_at, rows) "
                "VALUES (?, ?, ?, ?, ?)",
                (source, source_sha256, who, _iso(at), len(rows)),
            ).lastrowid
            db.executemany(
                "INSERT INTO decisions (import_id, decision_id, record_id, buyer_key, label, "
                "analyst, note, decided_at, b2x_label, b2x_confidence, fields, source_row) "
                "VALUES (:import_id, :decision_id, :record_id, :buyer_key, :label, :analyst, "
                ":note, :decided_at, :b2x_label, :b2x_confidence, :fields, :source_row)",
                [row | {"import_id": import_id} for row in rows],
            )
        return Stored(int(import_id or 0), len(rows), len(buyers), self._conflicts(buyers))

    def history(self, buyer_key: str | None = None, record_id: str | None = None) -> pd.DataFrame:
        """Every decision, oldest first (by decision time, then storage order).

        ``buyer_key`` and ``record_id`` keep only that buyer's or record's decisions.
        The columns are :data:`EXPORT_COLUMNS`.
        """
        try:
            buyer = None if buyer_key is None else _buyer(buyer_key.strip())
        except _CellError as bad:
            raise InputError(bad.message) from None
        record = None if record_id is None else record_id.strip().lower()
        cursor = self._connection.execute(
            "SELECT d.*, i.source, i.source_sha256, i.imported_at "
            "FROM decisions d JOIN imports i USING (import_id) "
            "WHERE (:buyer IS NULL OR d.buyer_key = :buyer) "
            "AND (:record IS NULL OR d.record_id = :record) ORDER BY d.decided_at, d.seq",
            {"buyer": buyer, "record": record},
        )
        frame = _frame(cursor, EXPORT_COLUMNS)
        types = {"b2x_confidence": "float64", "source_row": "int64", "import_id": "int64"}
        return frame.astype(types)

    def buyer_labels(self) -> dict[tuple[str, str], tuple[str, str]]:
        """The latest label of each buyer, as ``RuleSet.buyers`` holds known buyers.

        ``{(kind, key): (label, reason)}``, the reason like "labelled B2G by
        a.petrova on 2026-10-03 (q3_review.xlsx)" (with ": note" after the date
        when the analyst wrote one). Records of unknown buyers are not included.
        """
        query = _LATEST.format(by="d.buyer_key", where="WHERE d.buyer_key != ''")
        columns = ("buyer_key", "label", "analyst", "decided_at", "source", "note")
        latest = _frame(self._connection.execute(query), columns)
        out = {}
        for key, label, who, when, source, note in latest.itertuples(index=False, name=None):
            kind, _, value = key.partition(":")
            out[(kind, value)] = (label, _reason(label, who, when, source, note))
        return out

    def record_labels(self) -> dict[str, tuple[str, str, str]]:
        """The latest label of each record, as known records for
        :func:`classifier.rules.analyst.with_record_labels`.

        ``{record key: (label, reason, product)}``: the key of the record's canonical
        fields (:func:`classifier.rules.analyst.record_key`), the reason as
        :meth:`buyer_labels` gives it, and the record's product ('' if none). Records
        stored without their fields are left out.
        """
        from classifier.rules.analyst import record_key

        query = _LATEST.format(by="d.record_id", where="")
        columns = ("fields", "label", "analyst", "decided_at", "source", "note")
        latest = _frame(self._connection.execute(query), columns)
        out = {}
        for text, label, who, when, source, note in latest.itertuples(index=False, name=None):
            fields = json.loads(text)
            if fields:
                out[record_key(fields)] = (
                    label,
                    _reason(label, who, when, source, note),
                    str(fields.get("product", "")).strip(),
                )
        return out

    def conflicts(self) -> pd.DataFrame:
        """Buyers whose analysts disagree, the most recent first.

        Each analyst's latest label on a buyer counts, so an analyst changing
        their mind is no conflict; two or more different labels are. Columns
        (:data:`CONFLICT_COLUMNS`): ``buyer_key``; ``labels``, like "B2B by
        a.petrova (2026-10-03); B2C by i.ivanov (2026-10-05)"; ``analysts``;
        ``decisions`` (all stored on the buyer); ``latest_at``.
        """
        return self._conflicts(None)

    def _conflicts(self, buyers: Collection[str] | None) -> pd.DataFrame:
        """:meth:`conflicts`, of the given buyers only (all when None)."""
        query = _LATEST.format(by="d.buyer_key, d.analyst", where="WHERE d.buyer_key != ''")
        columns = ("buyer_key", "analyst", "label", "decided_at")
        views = _frame(self._connection.execute(query), columns)
        if buyers is not None:
            views = views[views["buyer_key"].isin(list(buyers))]
        counts = dict(
            self._connection.execute("SELECT buyer_key, count(*) FROM decisions GROUP BY buyer_key")
        )
        rows = []
        for key, latest in views.groupby("buyer_key", sort=False):
            if latest["label"].nunique() < 2:
                continue
            said = [
                f"{label} by {who} ({when[:10]})"
                for who, label, when in latest[["analyst", "label", "decided_at"]].to_numpy()
            ]
            who = ", ".join(latest["analyst"])
            rows.append((key, "; ".join(said), who, counts[key], latest["decided_at"].max()))
        frame = pd.DataFrame(rows, columns=list(CONFLICT_COLUMNS))
        frame = frame.sort_values(["latest_at", "buyer_key"], ascending=False, kind="stable")
        return frame.reset_index(drop=True).astype({"decisions": "int64"})

    def training_records(self) -> pd.DataFrame:
        """The latest decision on each record, as a labelled record to train on.

        The record's canonical fields become columns, as text (one per field of any
        record; missing ones NaN), followed by :data:`TRAINING_COLUMNS`: ``label,
        analyst, decided_at, record_id, buyer_key``. Oldest decision first.
        """
        query = _LATEST.format(by="d.record_id", where="")
        latest = _frame(self._connection.execute(query), ("fields", *TRAINING_COLUMNS))
        fields = [
            {
                k: v if isinstance(v, str) or v is None else json.dumps(v, ensure_ascii=False)
                for k, v in json.loads(text).items()
            }
            for text in latest["fields"]
        ]
        records = pd.DataFrame(fields, index=latest.index)
        records = records.drop(columns=[c for c in TRAINING_COLUMNS if c in records.columns])
        return pd.concat([records, latest[list(TRAINING_COLUMNS)]], axis=1)

    def export_csv(self, path: str | Path) -> Path:
        """Write every decision (:meth:`history`) to a CSV file, atomically.

        UTF-8 with a BOM (Excel shows Cyrillic), columns :data:`EXPORT_COLUMNS`;
        cells a spreadsheet would run as formulas get a leading apostrophe.
        Read it back with ``pd.read_csv(path, dtype=str, keep_default_na=False)``.
        """
        path = Path(path)
        if not path.parent.is_dir():
            raise InputError(f"Cannot write '{path}': folder '{path.parent}' does not exist.")
        frame = neutralise_formulas(self.history())
        with atomic_path(path) as tmp:
            frame.to_csv(tmp, index=False, encoding="utf-8-sig")
        return path


def labelled_rules(ruleset: RuleSet, store: Path | None = None) -> RuleSet:
    """``ruleset`` with the buyers and records analysts labelled in the label store.

    ``store`` is a store's path, else :func:`~classifier.config.default_store_path`, which
    is read only where it exists (a store named is opened, and so created, as
    :class:`LabelStore` does). The rule set's ``source`` says what was added.
    """
    from classifier.rules.analyst import with_buyer_labels, with_record_labels

    where = store if store is not None else default_store_path()
    if store is None and not where.is_file():
        return ruleset
    with LabelStore(where) as labelled:
        buyers = labelled.buyer_labels()
        records = labelled.record_labels()
    ruleset = with_buyer_labels(ruleset, buyers, f"{len(buyers)} labelled buyers ({where.name})")
    return with_record_labels(ruleset, records, f"{len(records)} labelled records")
