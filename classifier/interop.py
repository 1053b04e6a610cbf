"""Interop: a review queue out to Label Studio or JSONL, analysts' labels back in.

Out: :func:`write_label_studio` writes one Label Studio task per decision of the
review queue, with b2x's label as a pre-annotation, beside the labelling config
that shows it; :func:`write_jsonl` writes the plain ``text``/``label``/``meta``
form doccano and Prodigy read. In: :func:`read_decisions` reads Label Studio's
JSON, JSON-MIN and CSV exports and the JSONL form back into one row per record
an analyst decided, for the label store.

Records are joined on b2x's own ``record_id`` carried in the task data, never on
Label Studio's task id: task ids are numbered by the Label Studio project, and a
queue imported twice, or into another project, gets other ones.

A task as written (``data`` is flat and every value a string, so that Label
Studio's CSV export gives one plain column per key; the record's canonical fields
follow as ``f_<field>``)::

    {"data": {"text": "Покупатель: МБОУ СОШ № 12\\nЧайник электрический × 1 ...",
              "record_id": "3f2a9c1d0b7e4a65", "record_ids": "3f2a9c1d0b7e4a65",
              "decision_id": "O-3f2a9c1d", "scope": "order", "buyer": "МБОУ СОШ № 12",
              "buyer_key": "name:мбоу сош № 12", "rows": "1", "b2x_label": "B2G",
              "b2x_confidence": "0.58", "b2x_ambiguous": "true", "reasons": "...",
              "evidence": "...", "f_buyer": "МБОУ СОШ № 12", "f_product": "Чайник ..."},
     "predictions": [{"model_version": "b2x 0.1.0", "score": 0.58,
                      "result": [{"id": "O-3f2a9c1d-label", "from_name": "label",
                                  "to_name": "text", "type": "choices",
                                  "value": {"choices": ["B2G"]}}]}]}

Reading follows what the analyst did: a task with no submitted annotation (none,
or only skipped ones) gives no decision; a task with several annotations gives one
decision per annotation, in time order, so the store keeps every analyst's word.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import pandas as pd

from classifier.exceptions import InputError
from classifier.read import csv_dialect
from classifier.review import RECORD_ID
from classifier.rules import LABELS
from classifier.write import atomic_path

__all__ = [
    "label_studio_tasks",
    "label_studio_config",
    "write_label_studio",
    "write_jsonl",
    "read_decisions",
    "read_annotators",
    "name_analysts",
    "validate_tasks",
    "DECISION_COLUMNS",
]

# Tag names of the labelling config. Predictions, the validator and the readers all
# use these, so the config and the tasks cannot drift apart.
TEXT = "text"  # object tag showing the record(s): <Text name="text" value="$text"/>
CHOICE = "label"  # control tag the analyst picks B2B, B2C or B2G with
NOTE = "note"  # optional free-text note from the analyst
# control tag name → (result type Label Studio writes for it, object tag it labels)
CONTROLS = {CHOICE: ("choices", TEXT), NOTE: ("textarea", TEXT)}
# task data the config shows; every task must carry these keys
SHOWN = ("buyer", "text", "reasons", "evidence")
# on hover over each choice; README "The policy in five lines"
HINTS = {
    "B2B": "an organisation other than the state, or a person acting as a business",
    "B2C": "a private person buying for personal use",
    "B2G": "the state: a government body, state or municipal institution, public contract",
}
FIELD_PREFIX = "f_"
# Label Studio's own keys in JSON-MIN and CSV exports (beside data keys and control names)
_EXPORT_KEYS = {
    "id",
    "annotator",
    "annotation_id",
    "created_at",
    "updated_at",
    "lead_time",
    "was_cancelled",
    "agreement",
}
# import-format keys of a task (Label Studio reads a dict without "data" as all data)
_TASK_KEYS = {"data", "predictions", "annotations", "meta"}
_QUEUE_COLUMNS = ("decision_id", "record_id", "record_ids", "label", "confidence", "text", "fields")

DECISION_COLUMNS = [
    "record_id",
    "decision_id",
    "buyer_key",
    "label",
    "analyst",
    "note",
    "decided_at",
    "b2x_label",
    "b2x_confidence",
    "fields",
    "source_row",
]


# --------------------------------------------------------------------------- out


def label_studio_config() -> str:
    """The Label Studio labelling config (XML) matching :func:`label_studio_tasks`.

    The record text, b2x's reasons and evidence are shown; the analyst picks one of
    B2B, B2C, B2G (``<Choices name="label" toName="text" choice="single">``) and may
    add a note (``<TextArea name="note">``).

    >>> config = label_studio_config()
    >>> '<Choices name="label" toName="text" choice="single"' in config
    True
    >>> '<Choice value="B2G"' in config
    True
    """
    choices = "\n".join(
        f"    <Choice value={quoteattr(label)} hint={quoteattr(HINTS[label])}/>" for label in LABELS
    )
    return f"""<View>
  <Style>.htx-text {{ white-space: pre-wrap; }}</Style>
  <Header value="$buyer"/>
  <Text name="{TEXT}" value="$text"/>
  <Header value="Why b2x chose its label" size="6"/>
  <Text name="reasons" value="$reasons" selectionEnabled="false"/>
  <Text name="evidence" value="$evidence" selectionEnabled="false"/>
  <Header value="Your label" size="5"/>
  <Choices name="{CHOICE}" toName="{TEXT}" choice="single" showInline="true" required="true">
{choices}
  </Choices>
  <TextArea name="{NOTE}" toName="{TEXT}" rows="2" maxSubmissions="1" editable="true"
            placeholder="Note (optional): what decided it"/>
</View>
"""


def label_studio_tasks(queue: pd.DataFrame, model_version: str) -> list[dict]:
    """One Label Studio import task per decision of ``queue``, b2x's label pre-annotated.

    Parameters
    ----------
    queue : DataFrame
        The review queue: ``decision_id``, ``record_id``, ``record_ids``, ``label``,
        ``confidence``, ``text``, ``fields`` and, when present, ``scope``, ``buyer``,
        ``buyer_key``, ``rows``, ``ambiguous``, ``reasons``, ``evidence``.
    model_version : str
        Written as the prediction's ``model_version``; Label Studio shows it and can
        filter by it.

    Returns
    -------
    list of dict
        Tasks in Label Studio's import format: a flat, string-valued ``data`` (``record_ids``
        comma-joined, fields as ``f_<field>``) and one prediction whose ``score`` is
        b2x's confidence. A decision whose label is not B2B/B2C/B2G gets no prediction.

    Examples
    --------
    >>> queue = pd.DataFrame([{"decision_id": "O-3f2a9c1d", "record_id": "3f2a9c1d0b7e4a65",
    ...     "record_ids": ["3f2a9c1d0b7e4a65"], "label": "B2G", "confidence": 0.58,
    ...     "text": "МБОУ СОШ № 12: чайник × 1", "fields": {"buyer": "МБОУ СОШ № 12"}}])
    >>> task = label_studio_tasks(queue, "b2x 0.1.0")[0]
    >>> task["data"]["record_id"], task["data"]["f_buyer"]
    ('3f2a9c1d0b7e4a65', 'МБОУ СОШ № 12')
    >>> task["predictions"][0]["score"], task["predictions"][0]["result"][0]["value"]
    (0.58, {'choices': ['B2G']})
    """
    if not isinstance(model_version, str) or not model_version.strip():
        raise InputError(
            f"model_version must be a non-empty string. Got {model_version!r} instead."
        )
    tasks = [_task(row, model_version) for row in _queue_rows(queue)]
    validate_tasks(tasks)
    return tasks


def write_label_studio(queue: pd.DataFrame, path: str | Path, model_version: str) -> list[Path]:
    """Write the queue's tasks as JSON at ``path`` and the labelling config beside it.

    ``q3_review.json`` gets ``q3_review.xml``: paste the XML into the project's
    *Labeling Interface* (Code view), then import the JSON. Both files are written
    atomically.

    Returns
    -------
    list of Path
        The tasks file and the config file.
    """
    path = Path(path)
    config_path = path.with_suffix(".xml")
    if config_path == path:
        raise InputError(
            f"'{path}' ends in .xml, where the labelling config goes; name the tasks file .json."
        )
    tasks = label_studio_tasks(queue, model_version)
    _write_text(path, json.dumps(tasks, ensure_ascii=False, indent=2, allow_nan=False) + "\n")
    _write_text(config_path, label_studio_config())
    return [path, config_path]


def write_jsonl(queue: pd.DataFrame, path: str | Path) -> Path:
    """Write the queue as JSONL, one ``{"text", "label", "meta"}`` object a decision.

    ``label`` is written empty (``[]``, doccano's form for a text-classification
    label list): it is where the analyst's choice goes, so reading an unreviewed
    file back gives no decisions and b2x never learns from its own guesses. b2x's
    label and confidence travel in ``meta.b2x_label`` and ``meta.b2x_confidence``,
    with ``record_id``, ``record_ids``, ``decision_id``, ``buyer_key`` and ``fields``.
    Prodigy users annotate with a choice recipe over B2B, B2C, B2G; see
    :func:`read_decisions` for what is read back.
    """
    path = Path(path)
    lines = []
    for row in _queue_rows(queue):
        meta = {
            "decision_id": row["decision_id"],
            "record_id": row["record_id"],
            "record_ids": row["record_ids"],
            "scope": row["scope"],
            "buyer": row["buyer"],
            "buyer_key": row["buyer_key"],
            "b2x_label": row["label"],
            "b2x_confidence": row["confidence"],
            "b2x_ambiguous": row["ambiguous"],
            "reasons": row["reasons"],
            "evidence": row["evidence"],
            "fields": row["fields"],
        }
        line = {"text": row["text"], "label": [], "meta": meta}
        lines.append(json.dumps(line, ensure_ascii=False, allow_nan=False))
    _write_text(path, "".join(f"{line}\n" for line in lines))
    return path


def _write_text(path: Path, text: str) -> None:
    try:
        with atomic_path(path) as tmp:
            Path(tmp).write_text(text, encoding="utf-8")
    except OSError as e:
        raise InputError(f"Cannot write '{path}': {e.strerror or e}.") from e


def _queue_rows(queue: pd.DataFrame) -> Iterator[dict[str, Any]]:
    """Rows of the review queue, normalised: strings, a list of record ids, a fields dict."""
    missing = [c for c in _QUEUE_COLUMNS if c not in queue.columns]
    if missing:
        raise InputError(
            f"The review queue has no {', '.join(missing)} column(s). "
            f"Found: {', '.join(map(str, queue.columns))}."
        )
    for n, raw in enumerate(queue.to_dict("records"), start=1):
        record_id = _text(raw["record_id"])
        where = f"review queue row {n}"
        if not RECORD_ID.fullmatch(record_id):
            raise InputError(f"{where}: record_id '{record_id}' is not 16 lowercase hex digits.")
        record_ids = _id_list(raw["record_ids"]) or [record_id]
        for rid in record_ids:
            if not RECORD_ID.fullmatch(rid):
                raise InputError(f"{where}: record_ids holds '{rid}', not 16 lowercase hex digits.")
        confidence = _number(raw["confidence"])
        rows = _number(raw.get("rows"))
        yield {
            "decision_id": _text(raw["decision_id"]),
            "record_id": record_id,
            "record_ids": record_ids,
            "scope": _text(raw.get("scope")),
            "buyer": _text(raw.get("buyer")),
            "buyer_key": _text(raw.get("buyer_key")),
            "rows": "" if math.isnan(rows) else str(int(rows)),
            "label": _text(raw["label"]),
            "confidence": None if math.isnan(confidence) else round(confidence, 4),
            "ambiguous": bool(raw.get("ambiguous")) if _present(raw.get("ambiguous")) else False,
            "reasons": _text(raw.get("reasons")),
            "evidence": _text(raw.get("evidence")),
            "text": _text(raw["text"]),
            "fields": _fields_dict(raw["fields"], where),
        }


def _task(row: dict[str, Any], model_version: str) -> dict:
    confidence = row["confidence"]
    data = {
        TEXT: row["text"],
        "record_id": row["record_id"],
        "record_ids": ",".join(row["record_ids"]),
        "decision_id": row["decision_id"],
        "scope": row["scope"],
        "buyer": row["buyer"],
        "buyer_key": row["buyer_key"],
        "rows": row["rows"] or str(len(row["record_ids"])),
        "b2x_label": row["label"],
        "b2x_confidence": "" if confidence is None else f"{confidence:g}",
        "b2x_ambiguous": "true" if row["ambiguous"] else "false",
        "reasons": row["reasons"],
        "evidence": row["evidence"],
    }
    # empty fields carry nothing, and a CSV export cannot tell them from absent ones
    data.update({FIELD_PREFIX + k: v for k, v in row["fields"].items() if v != ""})
    task: dict[str, Any] = {"data": data}
    if row["label"] in LABELS:
        # Label Studio: "use different IDs for each task elements, annotations,
        # predictions and their result items"; decision ids are unique in a queue
        result = {
            "id": f"{row['decision_id'] or row['record_id']}-{CHOICE}",
            "from_name": CHOICE,
            "to_name": TEXT,
            "type": "choices",
            "value": {"choices": [row["label"]]},
        }
        prediction: dict[str, Any] = {"model_version": model_version}
        if confidence is not None:
            prediction["score"] = confidence
        prediction["result"] = [result]
        task["predictions"] = [prediction]
    return task


# ---------------------------------------------------------------------- validate


def validate_tasks(tasks: Any) -> None:
    """Check tasks against Label Studio's import format and b2x's labelling config.

    What Label Studio documents (labelstud.io/guide/tasks, /guide/predictions,
    /guide/task_format): a task is an object with a ``data`` object holding the
    values the config's object tags reference (``$text``...), and optionally a
    ``predictions`` array; each prediction has a ``model_version`` string, an
    optional numeric ``score`` and a ``result`` array; each result item has
    ``from_name`` and ``to_name`` matching a control tag and the object tag it
    labels, a ``type`` (``choices``, ``textarea``) and a ``value`` (``{"choices":
    [...]}``, ``{"text": [...]}``); result ids are unique. b2x adds: ``data`` is
    flat and string-valued, carries a 16-hex ``record_id``, and the only choices
    are B2B, B2C and B2G, one per task.

    Raises
    ------
    InputError
        On the first malformed task, naming it and the field.

    Examples
    --------
    >>> validate_tasks([{"data": {"text": "x"}, "predictions": []}])
    Traceback (most recent call last):
    ...
    classifier.exceptions.InputError: Label Studio task 1: data has no 'record_id'.
    """
    if not isinstance(tasks, list):
        raise InputError(
            f"Label Studio tasks must be a list of objects. Got {type(tasks).__name__}."
        )
    result_ids: set[str] = set()
    for n, task in enumerate(tasks, start=1):
        where = f"Label Studio task {n}"
        if not isinstance(task, dict):
            raise InputError(f"{where} must be an object. Got {type(task).__name__}.")
        extra = sorted(set(task) - _TASK_KEYS)
        if extra:
            raise InputError(
                f"{where} has key(s) {', '.join(map(repr, extra))}; a task holds only "
                f"{', '.join(sorted(_TASK_KEYS))}."
            )
        _check_data(task.get("data"), where)
        predictions = task.get("predictions", [])
        if not isinstance(predictions, list):
            raise InputError(f"{where}: predictions must be a list.")
        for p, prediction in enumerate(predictions):
            _check_prediction(prediction, f"{where}: predictions[{p}]", result_ids)
        try:
            json.dumps(task, allow_nan=False)
        except (TypeError, ValueError) as e:
            raise InputError(f"{where} is not plain JSON: {e}.") from e


def _check_data(data: Any, where: str) -> None:
    if not isinstance(data, dict) or not data:
        raise InputError(f"{where}: data must be a non-empty object.")
    for key, value in data.items():
        if not isinstance(value, str):
            raise InputError(
                f"{where}: data['{key}'] must be a string (flat data exports to CSV cleanly). "
                f"Got {type(value).__name__}."
            )
    for key in ("record_id", *SHOWN):
        if key not in data:
            raise InputError(f"{where}: data has no '{key}'.")
    record_id = data["record_id"]
    if not RECORD_ID.fullmatch(record_id):
        raise InputError(
            f"{where}: data['record_id'] '{record_id}' is not 16 lowercase hex digits."
        )
    record_ids = _id_list(data.get("record_ids", ""))
    bad = [rid for rid in record_ids if not RECORD_ID.fullmatch(rid)]
    if bad or (record_ids and record_id not in record_ids):
        raise InputError(
            f"{where}: data['record_ids'] must be comma-joined 16-hex ids including record_id. "
            f"Got '{data['record_ids']}'."
        )
    clashes = sorted(set(data) & (set(CONTROLS) | _EXPORT_KEYS))
    if clashes:
        raise InputError(
            f"{where}: data key(s) {', '.join(map(repr, clashes))} would clash with Label "
            "Studio's export columns."
        )


def _check_prediction(prediction: Any, where: str, result_ids: set[str]) -> None:
    if not isinstance(prediction, dict):
        raise InputError(f"{where} must be an object.")
    version = prediction.get("model_version")
    if not isinstance(version, str) or not version.strip():
        raise InputError(f"{where}: model_version must be a non-empty string. Got {version!r}.")
    if "score" in prediction:
        score = prediction["score"]
        if isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 1:
            raise InputError(f"{where}: score must be a number from 0 to 1. Got {score!r}.")
    result = prediction.get("result")
    if not isinstance(result, list):
        raise InputError(f"{where}: result must be a list.")
    for r, item in enumerate(result):
        _check_result(item, f"{where}.result[{r}]", result_ids)


def _check_result(item: Any, where: str, result_ids: set[str]) -> None:
    if not isinstance(item, dict):
        raise InputError(f"{where} must be an object.")
    for key in ("from_name", "to_name", "type"):
        if not isinstance(item.get(key), str):
            raise InputError(f"{where}: {key} must be a string. Got {item.get(key)!r}.")
    if not isinstance(item.get("value"), dict):
        raise InputError(f"{where}: value must be an object.")
    if "id" in item:
        if not isinstance(item["id"], str) or not item["id"] or item["id"] in result_ids:
            raise InputError(f"{where}: id {item['id']!r} must be a non-empty, unique string.")
        result_ids.add(item["id"])
    name = item["from_name"]
    if name not in CONTROLS:
        raise InputError(
            f"{where}: from_name '{name}' is not a control tag of the labelling config "
            f"({', '.join(CONTROLS)})."
        )
    kind, to_name = CONTROLS[name]
    if item["to_name"] != to_name or item["type"] != kind:
        raise InputError(
            f"{where}: '{name}' labels '{to_name}' with type '{kind}'. "
            f"Got to_name '{item['to_name']}', type '{item['type']}'."
        )
    if kind == "choices":
        choices = item["value"].get("choices")
        if not isinstance(choices, list) or len(choices) != 1 or choices[0] not in LABELS:
            raise InputError(
                f"{where}: value.choices must be one of {', '.join(LABELS)} in a list. "
                f"Got {choices!r}."
            )
    else:
        text = item["value"].get("text")
        if not isinstance(text, list) or not all(isinstance(t, str) for t in text):
            raise InputError(f"{where}: value.text must be a list of strings. Got {text!r}.")


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
                    "analyst": _annotator(annotation.get("completed_by"),
                                          annotation.get("created_username")),
                    "note": _note_of_result(result),
                    "decided_at": _text(
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
                "note": "\n".join(note) if isinstance(note, list) else _text(note),
                "decided_at": _text(row.get("updated_at") or row.get("created_at")),
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
            decided_at = _text(item.get("decided_at"))
        out.append(
            {
                **base,
                "label": label,
                "analyst": _annotator(item.get("_annotator_id") or item.get("annotator")),
                "note": _text(item.get("note") or meta.get("note")),
                "decided_at": decided_at,
                "source_row": n,
            }
        )
    return out


def _base(data: Mapping[str, Any], where: str) -> dict[str, Any]:
    """What every decision of one task shares: ids, b2x's call, the record's fields."""
    record_id = _text(data.get("record_id"))
    if not record_id:
        raise InputError(
            f"{where} has no record_id; b2x joins analysts' labels on it, so label the tasks "
            "`b2x review` wrote."
        )
    if not RECORD_ID.fullmatch(record_id):
        raise InputError(f"{where}: record_id '{record_id}' is not 16 lowercase hex digits.")
    record_ids = _id_list(data.get("record_ids")) or [record_id]
    for rid in record_ids:
        if not RECORD_ID.fullmatch(rid):
            raise InputError(
                f"{where} (record {record_id}): record_ids holds '{rid}', "
                "not 16 lowercase hex digits."
            )
    if isinstance(data.get("fields"), dict):  # JSONL meta
        fields = {str(k): _text(v) for k, v in data["fields"].items()}
    else:
        fields = {
            key[len(FIELD_PREFIX) :]: _text(value)
            for key, value in data.items()
            if key.startswith(FIELD_PREFIX)
        }
    fields = {k: v for k, v in fields.items() if v != ""}
    return {
        "record_id": record_id,
        "record_ids": record_ids,
        "decision_id": _text(data.get("decision_id")),
        "buyer_key": _text(data.get("buyer_key")),
        "b2x_label": _text(data.get("b2x_label")),
        "b2x_confidence": _number(data.get("b2x_confidence")),
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
            return _text(text)
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
        return _text(who.get("email") or who.get("id"))
    mail = next((part.strip() for part in _text(username).split(",") if "@" in part), "")
    if mail:
        return mail
    if isinstance(who, float) and who.is_integer():
        who = int(who)
    return _text(who)


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


def name_analysts(decisions: pd.DataFrame, names: Mapping[str, str] | None = None,
                  analyst: str | None = None) -> pd.DataFrame:  # fmt: skip
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


# ------------------------------------------------------------------------ values


def _present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return value is not pd.NA and value is not pd.NaT


def _text(value: Any) -> str:
    return str(value).strip() if _present(value) else ""


def _number(value: Any) -> float:
    if not _present(value) or isinstance(value, bool):
        return math.nan
    try:
        return float(value.strip().replace(",", ".") if isinstance(value, str) else value)
    except (TypeError, ValueError):
        return math.nan


def _id_list(value: Any) -> list[str]:
    """Record ids from a list, an array, or comma-joined text."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list | tuple) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else value
        return [_text(v) for v in items if _text(v)]
    return []


def _fields_dict(value: Any, where: str) -> dict[str, str]:
    if isinstance(value, str):
        if not value.strip():
            return {}
        try:
            value = json.loads(value)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: fields is neither a dict nor JSON object text.") from e
    elif not isinstance(value, dict) and not _present(value):
        return {}
    if not isinstance(value, dict):
        raise InputError(f"{where}: fields must be a dict. Got {type(value).__name__}.")
    return {str(k): _text(v) for k, v in value.items()}
