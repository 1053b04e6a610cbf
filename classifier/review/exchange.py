"""Exchange: analysts' labels back in, from Label Studio's exports or JSONL.

:func:`read_decisions` reads Label Studio's JSON, JSON-MIN and CSV exports and the JSONL
form (:func:`classifier.review.tasks.write_jsonl`) back into one row per record an
analyst decided, for the label store. Records are joined on b2x's own ``record_id``
carried in the task data, never on Label Studio's task id.

Reading follows what the analyst did: a task with no submitted annotation (none,
or only skipped ones) gives no decision; a task with several annotations gives one
decision per annotation, in time order, so the store keeps every analyst's word.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from classifier.config import LABELS, RECORD_ID
from classifier.exceptions import InputError
from classifier.files.read import csv_dialect
from classifier.review.ids import DECISION_COLUMNS
from classifier.review.tasks import (
    CHOICE,
    FIELD_PREFIX,
    NOTE,
    id_list,
    number_of,
    text_of,
)

__all__ = ["read_decisions", "read_annotators", "name_analysts", "DECISION_COLUMNS"]


# ---------------------------------------------------------------------------- in


def read_decisions(path: str | Path) -> pd.DataFrame:
    """Analysts' decisions from a Label Studio export or a JSONL file, one row a record.

    The format is sniffed:

    - **Label Studio JSON** (a list of tasks with ``data`` and ``annotations``): each
      annotation not skipped (``was_cancelled``) is a decision; its ``choices`` result
      is the label, a ``textarea`` result named ``note`` the note, ``completed_by``
      (an e-mail, or the user id) the analyst, ``updated_at`` (else ``created_at``)
      the time.
    - **Label Studio JSON-MIN and CSV** (one object or row per annotation: the task's
      data keys, the control names ``label`` and ``note``, ``annotator``,
      ``annotation_id``, ``created_at``, ``updated_at``, ``lead_time``, ``id``).
    - **JSONL** (one object a line, ``meta`` as :func:`write_jsonl` writes it, or the
      same keys at top level): the label is Prodigy's ``accept`` list when ``answer`` is
      ``"accept"`` (other answers are no decision), else ``label`` as a string or a
      one-item list (doccano); an empty ``label`` is no decision. ``_annotator_id`` or
      ``annotator`` is the analyst, ``_timestamp`` (Unix seconds) or ``decided_at``
      the time, ``note`` the note.

    Records are identified by ``record_id`` and ``record_ids`` in the task data (or
    ``meta``); Label Studio's task ``id`` is ignored. A decision covering several
    records gives one row per record. Several annotations of one task are kept, in
    time order.

    Returns
    -------
    DataFrame
        Columns :data:`DECISION_COLUMNS`: ``record_id``, ``decision_id``,
        ``buyer_key``, ``label``, ``analyst``, ``note``, ``decided_at``,
        ``b2x_label``, ``b2x_confidence`` (float, NaN if unknown), ``fields`` (JSON
        text), ``source_row`` (1-based task, row or line of the file).

    Raises
    ------
    InputError
        The file cannot be read or is none of these formats; or a task has no valid
        ``record_id``, several labels, or a label other than B2B, B2C, B2G.
    """
    path = Path(path)
    raw = _read_bytes(path)
    if raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] not in (b"[", b"{"):
        return _frame(_from_csv(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"'{path}' is not UTF-8 text; Label Studio exports are UTF-8.") from e
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as e:
        if text.lstrip().startswith("{") and e.msg == "Extra data":
            return _frame(_from_jsonl(text, path))  # one JSON object a line
        raise InputError(
            f"'{path}' is not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}."
        ) from e
    return _frame(_from_json(parsed, path))


def _read_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as e:
        raise InputError(f"'{path}' does not exist.") from e
    except IsADirectoryError as e:
        raise InputError(f"'{path}' is a folder; give the export file.") from e
    except OSError as e:
        raise InputError(f"Cannot read '{path}': {e.strerror or e}.") from e
    if not raw.strip():
        raise InputError(f"'{path}' is empty.")
    return raw


def _from_json(parsed: dict | list, path: Path) -> list[dict]:
    if isinstance(parsed, dict):
        # one Label Studio task, or a JSONL file of a single line
        if "data" not in parsed:
            return _from_jsonl_items([parsed], path)
        parsed = [parsed]
    items = parsed
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise InputError(f"'{path}' item {n} is not an object; is this a Label Studio export?")
    if all("data" in item for item in items):
        return _from_tasks(items, path)
    if all("record_id" in item for item in items):
        return _from_rows(items, path, "row")
    raise InputError(
        f"'{path}' is neither a Label Studio JSON export (tasks with 'data') nor JSON-MIN "
        "(objects with 'record_id'). Export the project as JSON, JSON-MIN or CSV."
    )


def _from_tasks(tasks: list[dict], path: Path) -> list[dict]:
    """Label Studio's JSON export: tasks with ``data``, ``annotations``, ``predictions``."""
    out = []
    for n, task in enumerate(tasks, start=1):
        data = task.get("data")
        if not isinstance(data, dict):
            raise InputError(f"'{path}' task {n}: data is not an object.")
        where = f"'{path}' task {n}"
        base = _base(data, where)
        annotations = task.get("annotations") or task.get("completions") or []
        if not isinstance(annotations, list):
            raise InputError(f"{where}: annotations is not a list.")
        for a, annotation in enumerate(annotations):
            if not isinstance(annotation, dict):
                raise InputError(f"{where}: annotations[{a}] is not an object.")
            if annotation.get("was_cancelled") or annotation.get("skipped"):
                continue
            result = annotation.get("result") or []
            if not isinstance(result, list):
                raise InputError(f"{where}: annotations[{a}].result is not a list.")
            label = _label_of_result(result, f"{where} (record {base['record_id']})")
            if label is None:
                continue
            out.append(
                {
                    **base,
                    "label": label,
                    "analyst": _annotator(
                        annotation.get("completed_by"), annotation.get("created_username")
                    ),
                    "note": _note_of_result(result),
                    "decided_at": text_of(
                        annotation.get("updated_at") or annotation.get("created_at")
                    ),
                    "source_row": n,
                }
            )
    return out


def _from_rows(rows: list[dict], path: Path, unit: str) -> list[dict]:
    """JSON-MIN objects or CSV rows: one annotation each, data keys flat.

    Label Studio has written its CSV export two ways: data columns in first-seen order
    then ``id``, the control names and the annotation's columns, quoted as needed; and
    (current) all columns sorted by name, text quoted, with a ``was_cancelled`` column
    and a row with empty annotation columns for a task nobody labelled.
    """
    out = []
    for n, row in enumerate(rows, start=1):
        where = f"'{path}' {unit} {n}"
        base = _base(row, where)
        if str(row.get("was_cancelled", "")).strip().lower() in ("true", "1"):
            continue  # a skipped task, in exports that keep them
        label = _label_of_value(row.get(CHOICE), f"{where} (record {base['record_id']})")
        if label is None:
            continue
        note = row.get(NOTE)
        out.append(
            {
                **base,
                "label": label,
                "analyst": _annotator(row.get("annotator"), row.get("created_username")),
                "note": "\n".join(note) if isinstance(note, list) else text_of(note),
                "decided_at": text_of(row.get("updated_at") or row.get("created_at")),
                "source_row": n,
            }
        )
    return out


def _from_csv(path: Path) -> list[dict]:
    dialect = csv_dialect(path)
    try:
        with path.open(encoding=dialect["encoding"], newline="") as f:
            for _ in range(dialect["header"]):
                f.readline()
            reader = csv.DictReader(f, delimiter=dialect["delimiter"])
            header = reader.fieldnames or []
            rows = [{k: v for k, v in row.items() if k is not None} for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise InputError(f"Cannot read '{path}' as CSV: {e}.") from e
    for column in ("record_id", CHOICE):
        if column not in header:
            raise InputError(
                f"'{path}' has no '{column}' column, so it is not a Label Studio export of "
                f"b2x tasks. Found: {', '.join(header[:12])}."
            )
    return _from_rows(rows, path, "row")


def _from_jsonl(text: str, path: Path) -> list[dict]:
    items = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            items.append(None)
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"'{path}' line {n} is not valid JSON: {e.msg}.") from e
        if not isinstance(item, dict):
            raise InputError(f"'{path}' line {n} is not a JSON object.")
        items.append(item)
    return _from_jsonl_items(items, path)


def _from_jsonl_items(items: list[dict | None], path: Path) -> list[dict]:
    """JSONL lines (``None`` for a blank line, kept so line numbers stay true)."""
    out = []
    for n, item in enumerate(items, start=1):
        if item is None:
            continue
        where = f"'{path}' line {n}"
        meta = item.get("meta") if isinstance(item.get("meta"), dict) else {}
        keys = {**item, **meta}
        base = _base(keys, where)
        label = _label_of_line(item, f"{where} (record {base['record_id']})")
        if label is None:
            continue
        stamp = item.get("_timestamp")
        if isinstance(stamp, int | float) and not isinstance(stamp, bool):
            decided_at = datetime.fromtimestamp(stamp, UTC).isoformat()
        else:
            decided_at = text_of(item.get("decided_at"))
        out.append(
            {
                **base,
                "label": label,
                "analyst": _annotator(item.get("_annotator_id") or item.get("annotator")),
                "note": text_of(item.get("note") or meta.get("note")),
                "decided_at": decided_at,
                "source_row": n,
            }
        )
    return out


def _base(data: Mapping[str, Any], where: str) -> dict[str, Any]:
    """What every decision of one task shares: ids, b2x's call, the record's fields."""
    record_id = text_of(data.get("record_id"))
    if not record_id:
        raise InputError(
            f"{where} has no record_id; b2x joins analysts' labels on it, so label the tasks "
            "`b2x review` wrote."
        )
    if not RECORD_ID.fullmatch(record_id):
        raise InputError(f"{where}: record_id '{record_id}' is not 16 lowercase hex digits.")
    record_ids = id_list(data.get("record_ids")) or [record_id]
    for rid in record_ids:
        if not RECORD_ID.fullmatch(rid):
            raise InputError(
                f"{where} (record {record_id}): record_ids holds '{rid}', "
                "not 16 lowercase hex digits."
            )
    if isinstance(data.get("fields"), dict):  # JSONL meta
        fields = {str(k): text_of(v) for k, v in data["fields"].items()}
    else:
        fields = {
            key[len(FIELD_PREFIX) :]: text_of(value)
            for key, value in data.items()
            if key.startswith(FIELD_PREFIX)
        }
    fields = {k: v for k, v in fields.items() if v != ""}
    return {
        "record_id": record_id,
        "record_ids": record_ids,
        "decision_id": text_of(data.get("decision_id")),
        "buyer_key": text_of(data.get("buyer_key")),
        "b2x_label": text_of(data.get("b2x_label")),
        "b2x_confidence": number_of(data.get("b2x_confidence")),
        "fields": json.dumps(fields, ensure_ascii=False, sort_keys=True),
    }


def _label_of_result(result: list, where: str) -> str | None:
    """The chosen label of an annotation's ``result``: the ``label`` choices, else the
    only ``choices`` item (a config whose control tag was renamed)."""
    choices = [r for r in result if isinstance(r, dict) and r.get("type") == "choices"]
    named = [r for r in choices if r.get("from_name") == CHOICE]
    picked = named or (choices if len(choices) == 1 else [])
    if not picked:
        return None
    value = picked[0].get("value")
    return _label_of_value(value.get("choices") if isinstance(value, dict) else None, where)


def _label_of_value(value: Any, where: str) -> str | None:
    """A label from an export cell: ``"B2B"``, ``["B2B"]``, ``{"choices": ["B2B"]}``,
    ``[{"choices": ["B2B"]}]``, or their JSON text (as CSV holds them)."""
    if isinstance(value, str):
        value = value.strip()
        if value.startswith(("[", "{")):
            try:
                value = json.loads(value)
            except json.JSONDecodeError:
                pass
    labels = _flatten_choices(value)
    if not labels:
        return None
    if len(labels) > 1:
        raise InputError(f"{where}: {len(labels)} labels chosen ({', '.join(labels)}); choose one.")
    label = labels[0]
    if label not in LABELS:
        raise InputError(f"{where}: label '{label}' is not B2B, B2C or B2G")
    return label


def _flatten_choices(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, dict):
        return _flatten_choices(value.get("choices"))
    if isinstance(value, list):
        return [label for item in value for label in _flatten_choices(item)]
    return [str(value)]


def _label_of_line(item: dict, where: str) -> str | None:
    """A JSONL line's label: Prodigy's answer/accept, else doccano's or a plain ``label``."""
    if "answer" in item:
        if item["answer"] != "accept":
            return None
        if "accept" in item:
            return _label_of_value(item["accept"], where)
    elif "accept" in item:
        return _label_of_value(item["accept"], where)
    return _label_of_value(item.get("label"), where)


def _note_of_result(result: list) -> str:
    for r in result:
        if isinstance(r, dict) and r.get("from_name") == NOTE:
            value = r.get("value")
            text = value.get("text") if isinstance(value, dict) else None
            if isinstance(text, list):
                return "\n".join(str(t) for t in text)
            return text_of(text)
    return ""


def _annotator(who: Any, username: Any = None) -> str:
    """Who annotated, by e-mail where the export has it, else as the export names them.

    Label Studio's ``completed_by``/``annotator`` is a user object (its ``email``), a
    user id, or text; its ``created_username`` is "e-mail, id" (the e-mail is taken).

    >>> _annotator(3, "a.petrova@example.ru, 3"), _annotator({"id": 3, "email": "a@b.ru"})
    ('a.petrova@example.ru', 'a@b.ru')
    >>> _annotator(3), _annotator("i.ivanov")
    ('3', 'i.ivanov')
    """
    if isinstance(who, dict):
        return text_of(who.get("email") or who.get("id"))
    mail = next((part.strip() for part in text_of(username).split(",") if "@" in part), "")
    if mail:
        return mail
    if isinstance(who, float) and who.is_integer():
        who = int(who)
    return text_of(who)


def read_annotators(path: str | Path) -> dict[str, str]:
    """Annotators' names by their ids: a CSV file of two columns, id and name (a header
    row is optional), for ``b2x learn --annotators``.

    Raises
    ------
    InputError
        The file cannot be read, or a row has not two cells, or an id twice.
    """
    path = Path(path)
    raw = _read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"'{path}' is not UTF-8 text; save the annotators as UTF-8 CSV.") from e
    delimiter = ";" if text.count(";") > text.count(",") else ","
    names: dict[str, str] = {}
    for n, row in enumerate(csv.reader(text.splitlines(), delimiter=delimiter), start=1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if len(cells) != 2 or not all(cells):
            raise InputError(f"'{path}' row {n}: must be two cells, id and name. Got {row!r}.")
        if n == 1 and cells[0].lower() in ("id", "user_id", "annotator", "user"):
            continue  # the header
        if cells[0] in names:
            raise InputError(f"'{path}' row {n}: id {cells[0]!r} is named twice.")
        names[cells[0]] = cells[1]
    if not names:
        raise InputError(f"'{path}' names no annotator: give rows of id,name.")
    return names


def name_analysts(
    decisions: pd.DataFrame, names: Mapping[str, str] | None = None, analyst: str | None = None
) -> pd.DataFrame:
    """The decisions with their analysts named: ``analyst`` for all of them when given,
    else each annotator id (or e-mail) of ``names`` by its name.

    >>> d = pd.DataFrame({"analyst": ["3", "a@b.ru", "7"]})
    >>> name_analysts(d, {"3": "a.petrova", "a@b.ru": "i.ivanov"})["analyst"].tolist()
    ['a.petrova', 'i.ivanov', '7']
    >>> name_analysts(d, analyst="o.smirnova")["analyst"].tolist()
    ['o.smirnova', 'o.smirnova', 'o.smirnova']
    """
    out = decisions.copy()
    out.attrs = decisions.attrs
    if analyst:
        out["analyst"] = analyst
    elif names:
        out["analyst"] = [names.get(str(a).strip(), a) for a in out["analyst"]]
    return out


def _frame(decisions: list[dict]) -> pd.DataFrame:
    """One row a record, each task's decisions in time order, tasks in file order."""
    first: dict[tuple[str, str], int] = {}
    for d in decisions:
        first.setdefault((d["decision_id"], d["record_id"]), d["source_row"])
    ordered = sorted(
        enumerate(decisions),
        key=lambda e: (first[(e[1]["decision_id"], e[1]["record_id"])], _when(e[1]), e[0]),
    )
    rows = [
        {**{k: v for k, v in d.items() if k != "record_ids"}, "record_id": rid}
        for _, d in ordered
        for rid in d["record_ids"]
    ]
    frame = pd.DataFrame(rows, columns=DECISION_COLUMNS)
    frame["b2x_confidence"] = frame["b2x_confidence"].astype(float)
    frame["source_row"] = frame["source_row"].astype(int)
    return frame


def _when(decision: dict) -> tuple[int, datetime]:
    """Sort key of a decision time: undated first, then by time (naive read as UTC)."""
    try:
        moment = datetime.fromisoformat(decision["decided_at"])
    except ValueError:
        return (0, datetime.min.replace(tzinfo=UTC))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (1, moment)
