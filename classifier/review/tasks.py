"""Tasks: a review queue out to Label Studio or JSONL, and the tasks checked.

Out: :func:`write_label_studio` writes one Label Studio task per decision of the
review queue, with b2x's label as a pre-annotation, beside the labelling config
that shows it; :func:`write_jsonl` writes the plain ``text``/``label``/``meta``
form doccano and Prodigy read. :mod:`classifier.review.exchange` reads the analysts'
labels back.

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

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import pandas as pd

from classifier.config import LABELS, RECORD_ID
from classifier.exceptions import InputError
from classifier.files.write import atomic_path

__all__ = [
    "label_studio_tasks",
    "label_studio_config",
    "write_label_studio",
    "write_jsonl",
    "validate_tasks",
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
EXPORT_KEYS = {
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
TASK_KEYS = {"data", "predictions", "annotations", "meta"}
_QUEUE_COLUMNS = ("decision_id", "record_id", "record_ids", "label", "confidence", "text", "fields")


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
        record_id = text_of(raw["record_id"])
        where = f"review queue row {n}"
        if not RECORD_ID.fullmatch(record_id):
            raise InputError(f"{where}: record_id '{record_id}' is not 16 lowercase hex digits.")
        record_ids = id_list(raw["record_ids"]) or [record_id]
        for rid in record_ids:
            if not RECORD_ID.fullmatch(rid):
                raise InputError(f"{where}: record_ids holds '{rid}', not 16 lowercase hex digits.")
        confidence = number_of(raw["confidence"])
        rows = number_of(raw.get("rows"))
        yield {
            "decision_id": text_of(raw["decision_id"]),
            "record_id": record_id,
            "record_ids": record_ids,
            "scope": text_of(raw.get("scope")),
            "buyer": text_of(raw.get("buyer")),
            "buyer_key": text_of(raw.get("buyer_key")),
            "rows": "" if math.isnan(rows) else str(int(rows)),
            "label": text_of(raw["label"]),
            "confidence": None if math.isnan(confidence) else round(confidence, 4),
            "ambiguous": bool(raw.get("ambiguous")) if present(raw.get("ambiguous")) else False,
            "reasons": text_of(raw.get("reasons")),
            "evidence": text_of(raw.get("evidence")),
            "text": text_of(raw["text"]),
            "fields": fields_of(raw["fields"], where),
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
        extra = sorted(set(task) - TASK_KEYS)
        if extra:
            raise InputError(
                f"{where} has key(s) {', '.join(map(repr, extra))}; a task holds only "
                f"{', '.join(sorted(TASK_KEYS))}."
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
    record_ids = id_list(data.get("record_ids", ""))
    bad = [rid for rid in record_ids if not RECORD_ID.fullmatch(rid)]
    if bad or (record_ids and record_id not in record_ids):
        raise InputError(
            f"{where}: data['record_ids'] must be comma-joined 16-hex ids including record_id. "
            f"Got '{data['record_ids']}'."
        )
    clashes = sorted(set(data) & (set(CONTROLS) | EXPORT_KEYS))
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


# ------------------------------------------------------------------------ values


def present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return value is not pd.NA and value is not pd.NaT


def text_of(value: Any) -> str:
    return str(value).strip() if present(value) else ""


def number_of(value: Any) -> float:
    if not present(value) or isinstance(value, bool):
        return math.nan
    try:
        return float(value.strip().replace(",", ".") if isinstance(value, str) else value)
    except (TypeError, ValueError):
        return math.nan


def id_list(value: Any) -> list[str]:
    """Record ids from a list, an array, or comma-joined text."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list | tuple) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else value
        return [text_of(v) for v in items if text_of(v)]
    return []


def fields_of(value: Any, where: str) -> dict[str, str]:
    if isinstance(value, str):
        if not value.strip():
            return {}
        try:
            value = json.loads(value)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: fields is neither a dict nor JSON object text.") from e
    elif not isinstance(value, dict) and not present(value):
        return {}
    if not isinstance(value, dict):
        raise InputError(f"{where}: fields must be a dict. Got {type(value).__name__}.")
    return {str(k): text_of(v) for k, v in value.items()}
