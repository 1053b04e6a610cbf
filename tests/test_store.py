"""Label store: analysts' decisions kept with their history, read back as buyers and records."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime

import pandas as pd
import pytest

from classifier import InputError
from classifier.config import default_store_path
from classifier.review.store import CONFLICT_COLUMNS, EXPORT_COLUMNS, SCHEMA_VERSION, LabelStore

# records as a review workbook carries them: canonical fields and the buyer's key
ROMASHKA = (
    {"buyer": "ООО «Ромашка»", "tax_id": "7707083893", "product": "Бумага А4", "quantity": "5"},
    "tax_id:7707083893",
)
SCHOOL = (
    {
        "buyer": "МБОУ СОШ № 12",
        "email": "school12@edu.mos.ru",
        "product": "Парта ученическая двухместная",
        "quantity": "30",
    },
    "email:school12@edu.mos.ru",
)
PERSON = (
    {"buyer": "Иванов Иван Иванович", "product": "Чайник электрический", "quantity": "1"},
    "name:иванов иван иванович",
)
LAWYER = (
    {
        "buyer": "Renata Alvarez, Attorney at Law",
        "email": "renata@alvarezlaw.com",
        "product": "Office chair",
        "quantity": "2",
    },
    "email:renata@alvarezlaw.com",
)
ANONYMOUS = ({"buyer": "Частное лицо", "product": "Шуруповёрт", "quantity": "1"}, "")

OCT_3 = datetime(2026, 10, 3, 9, 15, tzinfo=UTC)
OCT_5 = datetime(2026, 10, 5, 14, 40, tzinfo=UTC)


def record_id(fields: dict[str, str]) -> str:
    """A 16-hex-digit id of a record, stable for the same fields."""
    text = "\x1f".join(fields.values())
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def decided(*rows: tuple[tuple[dict[str, str], str], str], **columns: object) -> pd.DataFrame:
    """A decisions frame: one row per ``((fields, buyer_key), label)``, as ``b2x learn`` reads.

    Keyword arguments set a column for every row (e.g. ``analyst="i.ivanov"``).
    """
    frame = pd.DataFrame(
        {
            "record_id": record_id(fields),
            "decision_id": f"B-{k:010x}",
            "buyer_key": key,
            "label": label,
            "analyst": "",
            "note": "",
            "decided_at": "",
            "b2x_label": "B2B",
            "b2x_confidence": 0.55,
            "fields": json.dumps(fields, ensure_ascii=False),
            "source_row": k + 2,
        }
        for k, ((fields, key), label) in enumerate(rows)
    )
    for column, value in columns.items():
        frame[column] = value
    return frame


@pytest.fixture
def store(tmp_path):
    """An empty store in a folder that does not exist yet."""
    with LabelStore(tmp_path / "data" / "b2x" / "labels.sqlite") as opened:
        yield opened


def test_a_new_store_creates_its_folder_and_schema(tmp_path):
    path = tmp_path / "data" / "b2x" / "labels.sqlite"
    with LabelStore(path) as store:
        assert len(store) == 0
        assert store.history().columns.tolist() == list(EXPORT_COLUMNS)
        assert store.conflicts().columns.tolist() == list(CONFLICT_COLUMNS)
        assert store.buyer_labels() == {}
        assert store.training_records().columns.tolist() == [
            "label",
            "analyst",
            "decided_at",
            "record_id",
            "buyer_key",
        ]
    assert path.is_file()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        names = {n for (n,) in db.execute("SELECT name FROM sqlite_master")}
    db.close()
    assert {"imports", "decisions", "decisions_buyer", "decisions_record"} <= names
    with LabelStore(path) as reopened:  # an existing store opens as it is
        assert len(reopened) == 0


def test_add_stores_each_decision_with_where_it_came_from(store):
    frame = decided(
        (ROMASHKA, "B2B"), (SCHOOL, "b2g"), (PERSON, "B2C"), (LAWYER, "B2C"), (ANONYMOUS, "B2C")
    )
    stored = store.add(
        frame,
        source="reviews/q3_review.xlsx",
        analyst="a.petrova",
        source_sha256="ab" * 32,
        at=OCT_3,
    )
    assert (stored.decisions, stored.buyers, stored.already_imported) == (5, 4, False)
    assert stored.conflicts.empty
    assert len(store) == 5
    history = store.history()
    assert history["label"].tolist() == ["B2B", "B2G", "B2C", "B2C", "B2C"]
    assert history["buyer_key"].tolist()[-1] == ""
    assert set(history["analyst"]) == {"a.petrova"}
    assert set(history["decided_at"]) == {"2026-10-03T09:15:00+00:00"}
    assert set(history["source"]) == {"reviews/q3_review.xlsx"}
    assert history["source_row"].tolist() == [2, 3, 4, 5, 6]
    assert history["import_id"].eq(stored.import_id).all()
    assert history["b2x_confidence"].tolist() == [0.55] * 5
    assert json.loads(history["fields"].iloc[1]) == SCHOOL[0]
    school = store.history(buyer_key="email:School12@edu.mos.ru")
    assert school["record_id"].tolist() == [record_id(SCHOOL[0])]
    with pytest.raises(InputError, match="'школа' is not a buyer key"):
        store.history(buyer_key="школа")


def test_an_analyst_column_overrides_the_analyst_given_and_times_become_utc(store):
    frame = decided((ROMASHKA, "B2B"), (SCHOOL, "B2G"))
    frame.loc[1, "analyst"] = "i.ivanov"
    frame.loc[1, "decided_at"] = "2026-10-05T17:40:00+03:00"
    store.add(frame, source="q3_review.xlsx", analyst="a.petrova", at=OCT_3)
    history = store.history()
    assert history["analyst"].tolist() == ["a.petrova", "i.ivanov"]
    assert history["decided_at"].tolist()[1] == "2026-10-05T14:40:00+00:00"


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("label", "B2X", "column Your label: 'B2X' is not B2B, B2C or B2G"),
        ("label", "", "column Your label: '' is not B2B, B2C or B2G"),
        ("record_id", "3a0b43b8", "column record_id: '3a0b43b8' is not a b2x record id"),
        ("fields", '{"buyer": "ООО «Ромашка»"', "column fields: is not valid JSON"),
        ("fields", '["Бумага А4"]', "column fields: must be a JSON object"),
        ("decided_at", "03.10.2026", "column decided_at: '03.10.2026' is not an ISO-8601 time"),
        ("buyer_key", "inn:7707083893", "column buyer_key: 'inn:7707083893' is not a buyer key"),
    ],
)
def test_one_bad_row_stores_nothing_and_names_file_row_and_column(store, column, value, message):
    store.add(decided((LAWYER, "B2C")), source="q2_review.xlsx", analyst="a.petrova", at=OCT_3)
    frame = decided((ROMASHKA, "B2B"), (SCHOOL, "B2G"), (PERSON, "B2C"))
    frame.loc[2, column] = value  # the workbook's row 4
    with pytest.raises(InputError, match=r"^'q3_review\.xlsx' row 4, " + message):
        store.add(frame, source="q3_review.xlsx", analyst="a.petrova", at=OCT_5)
    assert len(store) == 1
    assert store.history()["source"].tolist() == ["q2_review.xlsx"]


def test_a_decision_needs_an_analyst_and_the_message_counts_the_other_bad_rows(store):
    frame = decided((ROMASHKA, "B2B"), (SCHOOL, "B2Х"), (PERSON, "B2C"))  # Cyrillic Х
    with pytest.raises(InputError, match=r"row 2, column analyst: no analyst .*\(2 more rows"):
        store.add(frame, source="q3_review.xlsx", analyst="")
    assert len(store) == 0


def test_history_is_never_overwritten_and_the_latest_decision_trains(store):
    store.add(
        decided((PERSON, "B2C"), (ROMASHKA, "B2B")),
        source="q3_review.xlsx",
        analyst="a.petrova",
        at=OCT_3,
    )
    changed = decided((PERSON, "B2B"), note="покупает для своей ИП-мастерской")
    store.add(changed, source="q4_review.xlsx", analyst="a.petrova", at=OCT_5)
    person = store.history(record_id=record_id(PERSON[0]))
    assert person["label"].tolist() == ["B2C", "B2B"]  # oldest first, both kept
    assert person["source"].tolist() == ["q3_review.xlsx", "q4_review.xlsx"]
    assert len(store) == 3

    training = store.training_records()
    fields = ["buyer", "tax_id", "product", "quantity"]
    decision = ["label", "analyst", "decided_at", "record_id", "buyer_key"]
    assert training.columns.tolist() == fields + decision
    assert training["label"].tolist() == ["B2B", "B2B"]
    assert training["buyer"].tolist() == ["ООО «Ромашка»", "Иванов Иван Иванович"]
    assert training["tax_id"].isna().tolist() == [False, True]
    assert training["quantity"].tolist() == ["5", "1"]


def test_buyer_labels_give_the_latest_label_and_who_gave_it(store):
    store.add(
        decided((SCHOOL, "B2B"), (ANONYMOUS, "B2C")),
        source="q2_review.xlsx",
        analyst="i.ivanov",
        at=datetime(2026, 7, 1, tzinfo=UTC),
    )
    store.add(
        decided((SCHOOL, "B2G"), (ROMASHKA, "B2B")),
        source="/home/reviews/q3_review.xlsx",
        analyst="a.petrova",
        at=OCT_3,
    )
    store.add(
        decided((LAWYER, "B2B"), note="юрист, покупает для практики"),
        source="q3_review.xlsx",
        analyst="a.petrova",
        at=OCT_5,
    )
    assert store.buyer_labels() == {
        ("email", "school12@edu.mos.ru"): (
            "B2G",
            "labelled B2G by a.petrova on 2026-10-03 (q3_review.xlsx)",
        ),
        ("tax_id", "7707083893"): (
            "B2B",
            "labelled B2B by a.petrova on 2026-10-03 (q3_review.xlsx)",
        ),
        ("email", "renata@alvarezlaw.com"): (
            "B2B",
            "labelled B2B by a.petrova on 2026-10-05: юрист, покупает для практики "
            "(q3_review.xlsx)",
        ),
    }


def test_two_analysts_disagreeing_on_a_buyer_is_a_conflict(store):
    store.add(
        decided((SCHOOL, "B2B"), (ROMASHKA, "B2B")),
        source="q3_review.xlsx",
        analyst="a.petrova",
        at=OCT_3,
    )
    stored = store.add(
        decided((SCHOOL, "B2G"), (ROMASHKA, "B2B")),
        source="q3_check.xlsx",
        analyst="i.ivanov",
        at=OCT_5,
    )
    conflicts = store.conflicts()
    assert conflicts.to_dict("records") == [
        {
            "buyer_key": "email:school12@edu.mos.ru",
            "labels": "B2B by a.petrova (2026-10-03); B2G by i.ivanov (2026-10-05)",
            "analysts": "a.petrova, i.ivanov",
            "decisions": 2,
            "latest_at": "2026-10-05T14:40:00+00:00",
        }
    ]
    assert stored.conflicts.equals(conflicts)
    # the first analyst comes round: each analyst's latest label counts, so no conflict
    store.add(
        decided((SCHOOL, "B2G")),
        source="q4_review.xlsx",
        analyst="a.petrova",
        at=datetime(2026, 10, 9, tzinfo=UTC),
    )
    assert store.conflicts().empty


def test_one_file_with_two_annotators_of_a_record_reports_their_conflict(store):
    # a labelling tool's export: one decision per annotation, fields as a dict, UTC with Z
    frame = decided((PERSON, "B2C"), (PERSON, "B2B"))
    frame["fields"] = [PERSON[0], PERSON[0]]
    frame["analyst"] = ["a.petrova@example.ru", "i.ivanov@example.ru"]
    frame["decided_at"] = ["2026-10-03T09:15:43.123456Z", "2026-10-05T08:01:00Z"]
    stored = store.add(frame, source="project-7-export.json", analyst="")
    assert (stored.decisions, stored.buyers) == (2, 1)
    assert stored.conflicts["labels"].tolist() == [
        "B2C by a.petrova@example.ru (2026-10-03); B2B by i.ivanov@example.ru (2026-10-05)"
    ]
    assert store.history()["decided_at"].tolist() == [
        "2026-10-03T09:15:43+00:00",
        "2026-10-05T08:01:00+00:00",
    ]
    assert json.loads(store.history()["fields"].iloc[0]) == PERSON[0]
    assert store.training_records()["label"].tolist() == ["B2B"]


def test_an_analyst_changing_their_mind_is_not_a_conflict(store):
    store.add(decided((LAWYER, "B2C")), source="q3_review.xlsx", analyst="a.petrova", at=OCT_3)
    stored = store.add(
        decided((LAWYER, "B2B")), source="q4_review.xlsx", analyst="a.petrova", at=OCT_5
    )
    assert stored.conflicts.empty and store.conflicts().empty
    assert store.buyer_labels()[("email", "renata@alvarezlaw.com")][0] == "B2B"


def test_importing_the_same_file_again_adds_nothing(store):
    frame = decided((ROMASHKA, "B2B"), (SCHOOL, "B2G"))
    first = store.add(
        frame,
        source="q3_review.xlsx",
        analyst="a.petrova",
        source_sha256="c0ffee" * 10 + "beef",
        at=OCT_3,
    )
    again = store.add(
        frame,
        source="copy of q3_review.xlsx",
        analyst="a.petrova",
        source_sha256="c0ffee" * 10 + "beef",
        at=OCT_5,
    )
    assert (again.decisions, again.already_imported, again.import_id) == (0, True, first.import_id)
    assert len(store) == 2
    # the same file from another analyst is that analyst's decision
    other = store.add(
        frame,
        source="q3_review.xlsx",
        analyst="i.ivanov",
        source_sha256="c0ffee" * 10 + "beef",
        at=OCT_5,
    )
    assert other.decisions == 2 and len(store) == 4


def test_export_writes_the_history_as_csv_that_reads_back(store, tmp_path):
    store.add(
        decided((ROMASHKA, "B2B"), (PERSON, "B2C"), (ANONYMOUS, "B2C")),
        source="q3_review.xlsx",
        analyst="a.petrova",
        at=OCT_3,
    )
    frame = decided((SCHOOL, "B2G"), b2x_confidence=float("nan"), note="школа, бюджет")
    store.add(frame, source="q3_check.xlsx", analyst="i.ivanov", at=OCT_5)
    path = store.export_csv(tmp_path / "labels.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    history = store.history()
    expected = history.astype(object).where(history.notna(), "").astype(str)
    assert back.columns.tolist() == list(EXPORT_COLUMNS)
    pd.testing.assert_frame_equal(back, expected, check_dtype=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "labels.csv"]  # no leftovers


def test_export_to_a_missing_folder_is_an_input_error(store, tmp_path):
    with pytest.raises(InputError, match="folder .* does not exist"):
        store.export_csv(tmp_path / "nowhere" / "labels.csv")


def test_default_store_path_honours_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("B2X_STORE", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_store_path() == tmp_path / ".local" / "share" / "b2x" / "labels.sqlite"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_store_path() == tmp_path / "data" / "b2x" / "labels.sqlite"
    monkeypatch.setenv("B2X_STORE", str(tmp_path / "team" / "labels.sqlite"))
    assert default_store_path() == tmp_path / "team" / "labels.sqlite"
    with LabelStore() as store:
        assert store.path == tmp_path / "team" / "labels.sqlite"
    assert (tmp_path / "team" / "labels.sqlite").is_file()


def test_a_file_that_is_not_a_store_is_an_input_error(tmp_path):
    text = tmp_path / "labels.sqlite"
    text.write_text("record_id;label\n3a0b43b8c0f2d7ef;B2G\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"'.*labels\.sqlite' is not a b2x label store"):
        LabelStore(text)
    assert text.read_text(encoding="utf-8").startswith("record_id;label")

    other = tmp_path / "crm.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE customers (name TEXT)")
    db.close()
    with pytest.raises(InputError, match="another program, not a b2x label store"):
        LabelStore(other)


def test_a_store_from_a_newer_b2x_is_refused(tmp_path):
    path = tmp_path / "labels.sqlite"
    LabelStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(InputError, match="newer b2x"):
        LabelStore(path)
