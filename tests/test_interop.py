"""Label Studio and JSONL interop: tasks out, analysts' decisions back in.

The export fixtures are written as Label Studio writes them after analysts worked
through the four tasks of ``queue``:

- task 1 (МБОУ СОШ № 12, a kettle): Анна Петрова keeps b2x's B2G and notes why;
- task 2 (Renata Alvarez, Attorney at Law, two fax orders): Петрова skips it,
  John Smith labels it B2B;
- task 3 (ООО «Ромашка», an air conditioner "to the dacha"): Smith says B2C,
  Петрова B2B an hour later, and edits it once;
- task 4 (ИП Соколова, cartridges): nobody labelled it.

Label Studio numbers its tasks 1045-1048; none of those numbers is in b2x's data.
"""

from __future__ import annotations

import copy
import json
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

from classifier.exceptions import InputError
from classifier.review.exchange import DECISION_COLUMNS, read_decisions
from classifier.review.tasks import (
    label_studio_config,
    label_studio_tasks,
    validate_tasks,
    write_jsonl,
    write_label_studio,
)

MODEL = "b2x 0.1.0 (default)"
SCHOOL, LAWYER, LAWYER_2, ROMASHKA, SOKOLOVA = (
    "3f2a9c1d0b7e4a65",
    "a90d4b2e6c1f7358",
    "5e7b1c9d3a2f0864",
    "c2d8f4a61b3e9075",
    "0b9e3d7a5c1f2e48",
)
PETROVA = {"id": 3, "email": "a.petrova@example.ru", "first_name": "Анна", "last_name": "Петрова"}
SMITH = {"id": 4, "email": "j.smith@example.com", "first_name": "John", "last_name": "Smith"}


@pytest.fixture
def queue() -> pd.DataFrame:
    """A review queue of four decisions, as the review step builds it."""
    rows = [
        {
            "decision_id": "O-3f2a9c1d",
            "scope": "order",
            "buyer": "МБОУ СОШ № 12",
            "buyer_key": "name:мбоу сош № 12",
            "record_id": SCHOOL,
            "record_ids": [SCHOOL],
            "rows": 1,
            "label": "B2G",
            "confidence": 0.58,
            "ambiguous": True,
            "reasons": "муниципальное учреждение (МБОУ); бытовой товар: чайник, 1 шт.",
            "evidence": "МБОУ; чайник × 1",
            "amount": 2490.0,
            "priority": 0.91,
            "text": "Покупатель: МБОУ СОШ № 12\nЧайник электрический Polaris PWK 1803 × 1\n"
            "Сумма: 2 490,00\nКомментарий: для учительской",
            "fields": {
                "buyer": "МБОУ СОШ № 12",
                "product": "Чайник электрический Polaris PWK 1803",
                "quantity": "1",
                "amount": "2 490,00",
                "comment": "для учительской",
            },
        },
        {
            "decision_id": "B-a90d4b2e",
            "scope": "buyer",
            "buyer": "Renata Alvarez, Attorney at Law",
            "buyer_key": "email:renata.alvarez@gmail.com",
            "record_id": LAWYER,
            "record_ids": [LAWYER, LAWYER_2],
            "rows": 2,
            "label": "B2C",
            "confidence": 0.51,
            "ambiguous": True,
            "reasons": "free-mail address; one office device",
            "evidence": "gmail.com; fax × 1",
            "amount": math.nan,
            "priority": 0.88,
            "text": "Buyer: Renata Alvarez, Attorney at Law\nBrother FAX-2840 fax machine × 1\n"
            "Toner cartridge TN-420 × 2",
            "fields": {
                "buyer": "Renata Alvarez, Attorney at Law",
                "email": "renata.alvarez@gmail.com",
                "product": "Brother FAX-2840 fax machine",
                "quantity": "1",
                "amount": "249.99",
                "comment": "",
            },
        },
        {
            "decision_id": "O-c2d8f4a6",
            "scope": "order",
            "buyer": "ООО «Ромашка»",
            "buyer_key": "tax_id:7707083893",
            "record_id": ROMASHKA,
            "record_ids": [ROMASHKA],
            "rows": 1,
            "label": "B2B",
            "confidence": 0.71,
            "ambiguous": False,
            "reasons": "организация (ООО, ИНН из 10 цифр); «на дачу» — личная цель",
            "evidence": "ООО; ИНН 7707083893; на дачу",
            "amount": 38900.0,
            "priority": 0.64,
            "text": "Покупатель: ООО «Ромашка», ИНН 7707083893\n"
            "Кондиционер настенный Haier 12000 BTU × 1\nСумма: 38 900,00\n"
            "Комментарий: доставка на дачу",
            "fields": {
                "buyer": "ООО «Ромашка»",
                "tax_id": "7707083893",
                "product": "Кондиционер настенный Haier 12000 BTU",
                "quantity": "1",
                "amount": "38 900,00",
                "comment": "доставка на дачу",
            },
        },
        {
            "decision_id": "O-0b9e3d7a",
            "scope": "order",
            "buyer": "ИП Соколова А. В.",
            "buyer_key": "name:ип соколова а. в.",
            "record_id": SOKOLOVA,
            "record_ids": [SOKOLOVA],
            "rows": 1,
            "label": "B2B",
            "confidence": 0.93,
            "ambiguous": False,
            "reasons": "индивидуальный предприниматель (ИП); 10 картриджей",
            "evidence": "ИП; картридж × 10",
            "amount": 21500.0,
            "priority": 0.2,
            "text": "Покупатель: ИП Соколова А. В.\nКартридж HP 83A × 10\nСумма: 21 500,00",
            "fields": {
                "buyer": "ИП Соколова А. В.",
                "product": "Картридж HP 83A",
                "quantity": "10",
                "amount": "21 500,00",
            },
        },
    ]
    return pd.DataFrame(rows)


@pytest.fixture
def tasks(queue) -> list[dict]:
    return label_studio_tasks(queue, MODEL)


def _choice(label: str, rid: str, origin: str = "manual") -> dict:
    return {
        "value": {"choices": [label]},
        "id": rid,
        "from_name": "label",
        "to_name": "text",
        "type": "choices",
        "origin": origin,
    }


def _note(text: str, rid: str) -> dict:
    return {
        "value": {"text": [text]},
        "id": rid,
        "from_name": "note",
        "to_name": "text",
        "type": "textarea",
        "origin": "manual",
    }


def _annotation(aid, task, who, result, created, updated=None, cancelled=False, lead=12.5):
    return {
        "id": aid,
        "completed_by": who,
        "result": result,
        "was_cancelled": cancelled,
        "ground_truth": False,
        "created_at": created,
        "updated_at": updated or created,
        "draft_created_at": None,
        "lead_time": lead,
        "prediction": {},
        "result_count": len(result),
        "unique_id": f"5d1c0b6e-{aid:04d}-4f3a-9a55-0c2e8f6b7a1d",
        "import_id": None,
        "last_action": None,
        "bulk_created": False,
        "task": task,
        "project": 7,
        "updated_by": who["id"],
        "parent_prediction": None,
        "parent_annotation": None,
        "last_created_by": None,
    }


def _exported(task_id: int, task: dict, annotations: list[dict]) -> dict:
    """A task as Label Studio's JSON export holds it: its data copied as imported."""
    predictions = [
        {
            "id": 500 + task_id % 100,
            "result": p["result"],
            "model_version": p["model_version"],
            "created_ago": "2 hours, 4 minutes",
            "score": p.get("score"),
            "cluster": None,
            "neighbors": None,
            "mislabeling": 0.0,
            "created_at": "2024-10-14T07:58:31.020511Z",
            "updated_at": "2024-10-14T07:58:31.020530Z",
            "model": None,
            "model_run": None,
            "task": task_id,
            "project": 7,
        }
        for p in task.get("predictions", [])
    ]
    done = [a for a in annotations if not a["was_cancelled"]]
    return {
        "id": task_id,
        "annotations": annotations,
        "file_upload": "8f0c2a1e-q3_review.json",
        "drafts": [],
        "predictions": predictions,
        "data": copy.deepcopy(task["data"]),
        "meta": {},
        "created_at": "2024-10-14T07:58:30.914105Z",
        "updated_at": "2024-10-14T10:07:03.901144Z",
        "inner_id": task_id - 1044,
        "total_annotations": len(done),
        "cancelled_annotations": len(annotations) - len(done),
        "total_predictions": len(predictions),
        "comment_count": 0,
        "unresolved_comment_count": 0,
        "last_comment_updated_at": None,
        "project": 7,
        "updated_by": 3,
        "comment_authors": [],
    }


@pytest.fixture
def json_export(tasks) -> list[dict]:
    """Label Studio's JSON export of the project, after the analysts' work."""
    return [
        _exported(
            1045,
            tasks[0],
            [
                _annotation(
                    311,
                    1045,
                    PETROVA,
                    [
                        _choice("B2G", "kQ3vX1bN0a", origin="prediction"),
                        _note("школа — бюджетное учреждение", "Tz8mP0qLs2"),
                    ],
                    "2024-10-14T09:12:40.512331Z",
                    "2024-10-14T09:12:40.512358Z",
                    lead=21.4,
                )
            ],
        ),
        _exported(
            1046,
            tasks[1],
            [
                _annotation(313, 1046, PETROVA, [], "2024-10-14T09:14:10.301772Z", cancelled=True),
                _annotation(
                    312,
                    1046,
                    SMITH,
                    [
                        _choice("B2B", "Hh2w9RkXcE"),
                        _note("attorney: buys for the practice", "Wq0Lr7bYtM"),
                    ],
                    "2024-10-14T09:15:02.118204Z",
                ),
            ],
        ),
        _exported(
            1047,
            tasks[2],
            [
                _annotation(
                    315,
                    1047,
                    PETROVA,
                    [_choice("B2B", "n5VdS2oPqa", origin="prediction")],
                    "2024-10-14T10:05:51.201412Z",
                    "2024-10-14T10:07:03.870239Z",
                ),
                _annotation(
                    314,
                    1047,
                    SMITH,
                    [_choice("B2C", "Ue4cG8jZ1x"), _note("на дачу — для себя", "Pp3sK9dQvB")],
                    "2024-10-14T09:40:12.004187Z",
                ),
            ],
        ),
        _exported(1048, tasks[3], []),
    ]


# Label Studio's CSV export of the same project, as its current converter writes it:
# one row per submitted annotation (newest first within a task) and one for the task
# nobody labelled; columns sorted by name (the task's data keys, the task id, the
# control tags "label" and "note", the annotation's own columns); text quoted, numbers
# not; rows end in CRLF, line breaks inside a cell stay LF.
CSV_ROWS = [
    (
        '"annotation_id","annotator","b2x_ambiguous","b2x_confidence","b2x_label","buyer",'
        '"buyer_key","created_at","decision_id","evidence","f_amount","f_buyer","f_comment",'
        '"f_email","f_product","f_quantity","f_tax_id","id","label","lead_time","note",'
        '"reasons","record_id","record_ids","rows","scope","text","updated_at","was_cancelled"'
    ),
    (
        '311,"a.petrova@example.ru","true","0.58","B2G","МБОУ СОШ № 12","name:мбоу сош № 12",'
        '"2024-10-14T09:12:40.512331Z","O-3f2a9c1d","МБОУ; чайник × 1","2 490,00",'
        '"МБОУ СОШ № 12","для учительской","","Чайник электрический Polaris PWK 1803","1","",'
        '1045,"B2G",21.4,"школа — бюджетное учреждение",'
        '"муниципальное учреждение (МБОУ); бытовой товар: чайник, 1 шт.","3f2a9c1d0b7e4a65",'
        '"3f2a9c1d0b7e4a65","1","order","Покупатель: МБОУ СОШ № 12\n'
        "Чайник электрический Polaris PWK 1803 × 1\nСумма: 2 490,00\n"
        'Комментарий: для учительской","2024-10-14T09:12:40.512358Z",False'
    ),
    (
        '312,"j.smith@example.com","true","0.51","B2C","Renata Alvarez, Attorney at Law",'
        '"email:renata.alvarez@gmail.com","2024-10-14T09:15:02.118204Z","B-a90d4b2e",'
        '"gmail.com; fax × 1","249.99","Renata Alvarez, Attorney at Law","",'
        '"renata.alvarez@gmail.com","Brother FAX-2840 fax machine","1","",1046,"B2B",12.5,'
        '"attorney: buys for the practice","free-mail address; one office device",'
        '"a90d4b2e6c1f7358","a90d4b2e6c1f7358,5e7b1c9d3a2f0864","2","buyer",'
        '"Buyer: Renata Alvarez, Attorney at Law\nBrother FAX-2840 fax machine × 1\n'
        'Toner cartridge TN-420 × 2","2024-10-14T09:15:02.118204Z",False'
    ),
    (
        '315,"a.petrova@example.ru","false","0.71","B2B","ООО «Ромашка»","tax_id:7707083893",'
        '"2024-10-14T10:05:51.201412Z","O-c2d8f4a6","ООО; ИНН 7707083893; на дачу","38 900,00",'
        '"ООО «Ромашка»","доставка на дачу","","Кондиционер настенный Haier 12000 BTU","1",'
        '"7707083893",1047,"B2B",12.5,"",'
        '"организация (ООО, ИНН из 10 цифр); «на дачу» — личная цель","c2d8f4a61b3e9075",'
        '"c2d8f4a61b3e9075","1","order","Покупатель: ООО «Ромашка», ИНН 7707083893\n'
        "Кондиционер настенный Haier 12000 BTU × 1\nСумма: 38 900,00\n"
        'Комментарий: доставка на дачу","2024-10-14T10:07:03.870239Z",False'
    ),
    (
        '314,"j.smith@example.com","false","0.71","B2B","ООО «Ромашка»","tax_id:7707083893",'
        '"2024-10-14T09:40:12.004187Z","O-c2d8f4a6","ООО; ИНН 7707083893; на дачу","38 900,00",'
        '"ООО «Ромашка»","доставка на дачу","","Кондиционер настенный Haier 12000 BTU","1",'
        '"7707083893",1047,"B2C",12.5,"на дачу — для себя",'
        '"организация (ООО, ИНН из 10 цифр); «на дачу» — личная цель","c2d8f4a61b3e9075",'
        '"c2d8f4a61b3e9075","1","order","Покупатель: ООО «Ромашка», ИНН 7707083893\n'
        "Кондиционер настенный Haier 12000 BTU × 1\nСумма: 38 900,00\n"
        'Комментарий: доставка на дачу","2024-10-14T09:40:12.004187Z",False'
    ),
    (
        '"","","false","0.93","B2B","ИП Соколова А. В.","name:ип соколова а. в.","",'
        '"O-0b9e3d7a","ИП; картридж × 10","21 500,00","ИП Соколова А. В.","","",'
        '"Картридж HP 83A","10","",1048,"","","",'
        '"индивидуальный предприниматель (ИП); 10 картриджей","0b9e3d7a5c1f2e48",'
        '"0b9e3d7a5c1f2e48","1","order","Покупатель: ИП Соколова А. В.\nКартридж HP 83A × 10\n'
        'Сумма: 21 500,00","",""'
    ),
]
CSV_EXPORT = "\r\n".join(CSV_ROWS) + "\r\n"

# The same export as earlier Label Studio releases wrote it (through pandas): data
# columns in first-seen order, then the task id, the control tags and the annotation's
# columns, keys first seen in a later task appended at the end; quoted only as needed;
# no row for the unlabelled task.
CSV_EXPORT_PANDAS = """\
text,record_id,record_ids,decision_id,scope,buyer,buyer_key,rows,b2x_label,b2x_confidence,\
b2x_ambiguous,reasons,evidence,f_buyer,f_product,f_quantity,f_amount,f_comment,id,label,note,\
annotator,annotation_id,created_at,updated_at,lead_time,f_email,f_tax_id
"Покупатель: МБОУ СОШ № 12
Чайник электрический Polaris PWK 1803 × 1
Сумма: 2 490,00
Комментарий: для учительской",3f2a9c1d0b7e4a65,3f2a9c1d0b7e4a65,O-3f2a9c1d,order,МБОУ СОШ № 12,\
name:мбоу сош № 12,1,B2G,0.58,true,"муниципальное учреждение (МБОУ); бытовой товар: чайник, 1 шт.",\
МБОУ; чайник × 1,МБОУ СОШ № 12,Чайник электрический Polaris PWK 1803,1,"2 490,00",\
для учительской,1045,B2G,школа — бюджетное учреждение,a.petrova@example.ru,311,\
2024-10-14T09:12:40.512331Z,2024-10-14T09:12:40.512358Z,21.4,,
"Buyer: Renata Alvarez, Attorney at Law
Brother FAX-2840 fax machine × 1
Toner cartridge TN-420 × 2",a90d4b2e6c1f7358,"a90d4b2e6c1f7358,5e7b1c9d3a2f0864",B-a90d4b2e,buyer,\
"Renata Alvarez, Attorney at Law",email:renata.alvarez@gmail.com,2,B2C,0.51,true,\
free-mail address; one office device,gmail.com; fax × 1,"Renata Alvarez, Attorney at Law",\
Brother FAX-2840 fax machine,1,249.99,,1046,B2B,attorney: buys for the practice,\
j.smith@example.com,312,2024-10-14T09:15:02.118204Z,2024-10-14T09:15:02.118204Z,12.5,\
renata.alvarez@gmail.com,
"Покупатель: ООО «Ромашка», ИНН 7707083893
Кондиционер настенный Haier 12000 BTU × 1
Сумма: 38 900,00
Комментарий: доставка на дачу",c2d8f4a61b3e9075,c2d8f4a61b3e9075,O-c2d8f4a6,order,ООО «Ромашка»,\
tax_id:7707083893,1,B2B,0.71,false,"организация (ООО, ИНН из 10 цифр); «на дачу» — личная цель",\
ООО; ИНН 7707083893; на дачу,ООО «Ромашка»,Кондиционер настенный Haier 12000 BTU,1,"38 900,00",\
доставка на дачу,1047,B2B,,a.petrova@example.ru,315,2024-10-14T10:05:51.201412Z,\
2024-10-14T10:07:03.870239Z,12.5,,7707083893
"Покупатель: ООО «Ромашка», ИНН 7707083893
Кондиционер настенный Haier 12000 BTU × 1
Сумма: 38 900,00
Комментарий: доставка на дачу",c2d8f4a61b3e9075,c2d8f4a61b3e9075,O-c2d8f4a6,order,ООО «Ромашка»,\
tax_id:7707083893,1,B2B,0.71,false,"организация (ООО, ИНН из 10 цифр); «на дачу» — личная цель",\
ООО; ИНН 7707083893; на дачу,ООО «Ромашка»,Кондиционер настенный Haier 12000 BTU,1,"38 900,00",\
доставка на дачу,1047,B2C,на дачу — для себя,j.smith@example.com,314,\
2024-10-14T09:40:12.004187Z,2024-10-14T09:40:12.004187Z,12.5,,7707083893
"""


def _fields(**fields: str) -> str:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)


SCHOOL_FIELDS = _fields(
    buyer="МБОУ СОШ № 12",
    product="Чайник электрический Polaris PWK 1803",
    quantity="1",
    amount="2 490,00",
    comment="для учительской",
)
LAWYER_FIELDS = _fields(
    buyer="Renata Alvarez, Attorney at Law",
    email="renata.alvarez@gmail.com",
    product="Brother FAX-2840 fax machine",
    quantity="1",
    amount="249.99",
)
ROMASHKA_FIELDS = _fields(
    buyer="ООО «Ромашка»",
    tax_id="7707083893",
    product="Кондиционер настенный Haier 12000 BTU",
    quantity="1",
    amount="38 900,00",
    comment="доставка на дачу",
)
# what the analysts decided, one row a record, each task's decisions in time order
EXPECTED = pd.DataFrame(
    [
        [
            SCHOOL,
            "O-3f2a9c1d",
            "name:мбоу сош № 12",
            "B2G",
            "a.petrova@example.ru",
            "школа — бюджетное учреждение",
            "2024-10-14T09:12:40.512358Z",
            "B2G",
            0.58,
            SCHOOL_FIELDS,
            1,
        ],
        [
            LAWYER,
            "B-a90d4b2e",
            "email:renata.alvarez@gmail.com",
            "B2B",
            "j.smith@example.com",
            "attorney: buys for the practice",
            "2024-10-14T09:15:02.118204Z",
            "B2C",
            0.51,
            LAWYER_FIELDS,
            2,
        ],
        [
            LAWYER_2,
            "B-a90d4b2e",
            "email:renata.alvarez@gmail.com",
            "B2B",
            "j.smith@example.com",
            "attorney: buys for the practice",
            "2024-10-14T09:15:02.118204Z",
            "B2C",
            0.51,
            LAWYER_FIELDS,
            2,
        ],
        [
            ROMASHKA,
            "O-c2d8f4a6",
            "tax_id:7707083893",
            "B2C",
            "j.smith@example.com",
            "на дачу — для себя",
            "2024-10-14T09:40:12.004187Z",
            "B2B",
            0.71,
            ROMASHKA_FIELDS,
            3,
        ],
        [
            ROMASHKA,
            "O-c2d8f4a6",
            "tax_id:7707083893",
            "B2B",
            "a.petrova@example.ru",
            "",
            "2024-10-14T10:07:03.870239Z",
            "B2B",
            0.71,
            ROMASHKA_FIELDS,
            3,
        ],
    ],
    columns=DECISION_COLUMNS,
)


def _write_json(path: Path, obj: object) -> Path:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _config_tree() -> ET.Element:
    return ET.fromstring(label_studio_config())


# ------------------------------------------------------------------ tasks out


def test_tasks_follow_label_studio_import_format(tasks):
    validate_tasks(tasks)
    assert len(tasks) == 4
    for task in tasks:
        assert set(task) == {"data", "predictions"}
        assert all(isinstance(v, str) for v in task["data"].values())
        (prediction,) = task["predictions"]
        assert prediction["model_version"] == MODEL
        assert 0 <= prediction["score"] <= 1
        (result,) = prediction["result"]
        assert result["type"] == "choices"
        assert result["value"]["choices"] == [task["data"]["b2x_label"]]
    lawyer = tasks[1]["data"]
    assert lawyer["record_ids"] == f"{LAWYER},{LAWYER_2}"
    assert lawyer["f_email"] == "renata.alvarez@gmail.com"
    assert "f_comment" not in lawyer  # empty fields are left out
    assert tasks[1]["predictions"][0]["score"] == 0.51
    assert tasks[0]["data"]["text"].startswith("Покупатель: МБОУ СОШ № 12\nЧайник")


def test_config_matches_the_tasks(tasks):
    root = _config_tree()
    assert root.tag == "View"
    objects = {t.get("name"): t.get("value") for t in root.iter("Text")}
    assert objects["text"] == "$text"
    (choices,) = root.iter("Choices")
    assert (choices.get("name"), choices.get("toName"), choices.get("choice")) == (
        "label",
        "text",
        "single",
    )
    assert [c.get("value") for c in choices.iter("Choice")] == ["B2B", "B2C", "B2G"]
    (note,) = root.iter("TextArea")
    assert (note.get("name"), note.get("toName")) == ("note", "text")
    # every $variable the config shows is in every task's data
    variables = {v[1:] for t in root.iter() for v in [t.get("value", "")] if v.startswith("$")}
    assert variables == {"text", "buyer", "reasons", "evidence"}
    for task in tasks:
        assert variables <= set(task["data"])
        for result in task["predictions"][0]["result"]:
            control = next(t for t in root.iter() if t.get("name") == result["from_name"])
            assert control.get("toName") == result["to_name"]
            assert control.tag.lower() == result["type"]


def test_decision_without_policy_label_or_confidence(queue):
    queue.loc[0, "label"] = ""
    queue.loc[1, "confidence"] = math.nan
    tasks = label_studio_tasks(queue, MODEL)
    assert "predictions" not in tasks[0]
    assert "score" not in tasks[1]["predictions"][0]
    assert tasks[1]["data"]["b2x_confidence"] == ""
    validate_tasks(tasks)


def test_record_ids_as_text_or_array_in_the_queue(queue):
    queue.at[1, "record_ids"] = f"{LAWYER}, {LAWYER_2}"
    assert label_studio_tasks(queue, MODEL)[1]["data"]["record_ids"] == f"{LAWYER},{LAWYER_2}"


def _break(task: dict, change: str) -> None:
    prediction = task["predictions"][0]
    result = prediction["result"][0]
    if change == "no data":
        del task["data"]
    elif change == "data not flat":
        task["data"]["fields"] = {"buyer": "x"}
    elif change == "unknown key":
        task["date"] = task.pop("data")
    elif change == "no record id":
        del task["data"]["record_id"]
    elif change == "upper-case record id":
        task["data"]["record_id"] = task["data"]["record_id"].upper()
    elif change == "record id not among record ids":
        task["data"]["record_ids"] = LAWYER_2
    elif change == "no shown text":
        del task["data"]["text"]
    elif change == "data key clashes with export":
        task["data"]["id"] = "17"
    elif change == "predictions not a list":
        task["predictions"] = prediction
    elif change == "no model_version":
        del prediction["model_version"]
    elif change == "score out of range":
        prediction["score"] = 58
    elif change == "score as text":
        prediction["score"] = "0.58"
    elif change == "score NaN":
        prediction["score"] = math.nan
    elif change == "result not a list":
        prediction["result"] = result
    elif change == "unknown from_name":
        result["from_name"] = "sentiment"
    elif change == "wrong to_name":
        result["to_name"] = "reasons"
    elif change == "wrong type":
        result["type"] = "labels"
    elif change == "choice outside policy":
        result["value"] = {"choices": ["B2X"]}
    elif change == "two choices":
        result["value"] = {"choices": ["B2B", "B2C"]}
    elif change == "no value":
        del result["value"]
    else:
        raise AssertionError(change)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("no data", r"task 2: data must be a non-empty object"),
        ("data not flat", r"task 2: data\['fields'\] must be a string"),
        ("unknown key", r"task 2 has key\(s\) 'date'"),
        ("no record id", r"task 2: data has no 'record_id'"),
        ("upper-case record id", r"task 2: data\['record_id'\] 'A90D4B2E6C1F7358' is not 16"),
        ("record id not among record ids", r"task 2: data\['record_ids'\] must be"),
        ("no shown text", r"task 2: data has no 'text'"),
        ("data key clashes with export", r"task 2: data key\(s\) 'id' would clash"),
        ("predictions not a list", r"task 2: predictions must be a list"),
        ("no model_version", r"task 2: predictions\[0\]: model_version must be"),
        ("score out of range", r"predictions\[0\]: score must be a number from 0 to 1"),
        ("score as text", r"score must be a number from 0 to 1. Got '0.58'"),
        ("score NaN", r"score must be a number from 0 to 1"),
        ("result not a list", r"predictions\[0\]: result must be a list"),
        ("unknown from_name", r"result\[0\]: from_name 'sentiment' is not a control tag"),
        ("wrong to_name", r"result\[0\]: 'label' labels 'text' with type 'choices'"),
        ("wrong type", r"Got to_name 'text', type 'labels'"),
        ("choice outside policy", r"value.choices must be one of B2B, B2C, B2G"),
        ("two choices", r"value.choices must be one of .* Got \['B2B', 'B2C'\]"),
        ("no value", r"result\[0\]: value must be an object"),
    ],
)
def test_validate_tasks_names_the_task_and_field(tasks, change, message):
    _break(tasks[1], change)
    with pytest.raises(InputError, match=message):
        validate_tasks(tasks)


def test_validate_tasks_wants_a_list_and_unique_result_ids(tasks):
    with pytest.raises(InputError, match="must be a list of objects. Got dict"):
        validate_tasks(tasks[0])
    tasks[2]["predictions"][0]["result"][0]["id"] = tasks[0]["predictions"][0]["result"][0]["id"]
    with pytest.raises(InputError, match=r"task 3: .* must be a non-empty, unique string"):
        validate_tasks(tasks)


def test_write_label_studio_writes_tasks_and_config(queue, tmp_path):
    paths = write_label_studio(queue, tmp_path / "q3_review.json", MODEL)
    assert paths == [tmp_path / "q3_review.json", tmp_path / "q3_review.xml"]
    written = json.loads(paths[0].read_text(encoding="utf-8"))
    assert written == label_studio_tasks(queue, MODEL)
    validate_tasks(written)
    assert paths[1].read_text(encoding="utf-8") == label_studio_config()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q3_review.json", "q3_review.xml"]


def test_write_label_studio_refuses_an_xml_tasks_path(queue, tmp_path):
    with pytest.raises(InputError, match="ends in .xml"):
        write_label_studio(queue, tmp_path / "q3_review.xml", MODEL)
    with pytest.raises(InputError, match="Cannot write"):
        write_label_studio(queue, tmp_path / "missing" / "q3_review.json", MODEL)


def test_queue_errors(queue):
    with pytest.raises(InputError, match="review queue has no record_ids column"):
        label_studio_tasks(queue.drop(columns="record_ids"), MODEL)
    queue.at[2, "record_id"] = "c2d8f4a6"
    with pytest.raises(InputError, match="review queue row 3: record_id 'c2d8f4a6' is not 16"):
        label_studio_tasks(queue, MODEL)
    with pytest.raises(InputError, match="model_version must be a non-empty string"):
        label_studio_tasks(queue, " ")


# ---------------------------------------------------------------- decisions in


def test_label_studio_json_export_round_trips(json_export, tmp_path, queue):
    # the export's data is what b2x wrote: Label Studio copies it unchanged
    write_label_studio(queue, tmp_path / "q3_review.json", MODEL)
    written = json.loads((tmp_path / "q3_review.json").read_text(encoding="utf-8"))
    assert [t["data"] for t in json_export] == [t["data"] for t in written]
    decisions = read_decisions(_write_json(tmp_path / "project-7-at-2024-10-14.json", json_export))
    pd.testing.assert_frame_equal(decisions, EXPECTED)


@pytest.mark.parametrize("export", [CSV_EXPORT, CSV_EXPORT_PANDAS], ids=["current", "pandas"])
def test_label_studio_csv_export_round_trips(json_export, tmp_path, export):
    path = tmp_path / "project-7-at-2024-10-14.csv"
    path.write_bytes(export.encode("utf-8"))
    # every data column holds what the JSON export holds for that task
    rows = pd.read_csv(path, dtype=str, keep_default_na=False)
    by_record = {t["data"]["record_id"]: t["data"] for t in json_export}
    for _, row in rows.iterrows():
        data = by_record[row["record_id"]]
        assert {k: row[k] for k in data} == data
    decisions = read_decisions(path)
    expected = EXPECTED.assign(source_row=[1, 2, 2, 4, 3])
    pd.testing.assert_frame_equal(decisions, expected)


def test_csv_rows_of_skipped_annotations_are_no_decision(tmp_path):
    rows = CSV_ROWS.copy()
    rows[4] = rows[4].removesuffix("False") + "True"  # Smith skipped Ромашка instead
    path = tmp_path / "export.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8"))
    decisions = read_decisions(path)
    assert decisions[decisions.record_id == ROMASHKA]["analyst"].tolist() == [
        "a.petrova@example.ru"
    ]


def test_label_studio_json_min_export_round_trips(json_export, tmp_path):
    """JSON-MIN: one object a submitted annotation, data keys flat, one choice as text."""
    records = []
    for task in json_export:
        if not task["annotations"]:  # the unlabelled task: data only, annotation keys empty
            records.append(
                {
                    **task["data"],
                    "id": task["id"],
                    "annotator": None,
                    "annotation_id": None,
                    "created_at": None,
                    "updated_at": None,
                    "lead_time": None,
                }
            )
            continue
        done = [a for a in task["annotations"] if not a["was_cancelled"]]
        for annotation in sorted(done, key=lambda a: a["created_at"], reverse=True):
            record = {**task["data"], "id": task["id"]}
            for result in annotation["result"]:
                value = result["value"].get("choices") or result["value"].get("text")
                record[result["from_name"]] = value[0]
            record.update(
                annotator=annotation["completed_by"]["email"],
                annotation_id=annotation["id"],
                created_at=annotation["created_at"],
                updated_at=annotation["updated_at"],
                lead_time=annotation["lead_time"],
            )
            records.append(record)
    decisions = read_decisions(_write_json(tmp_path / "min.json", records))
    pd.testing.assert_frame_equal(decisions, EXPECTED.assign(source_row=[1, 2, 2, 4, 3]))


def test_all_export_formats_agree(json_export, tmp_path):
    csv_path = tmp_path / "export.csv"
    csv_path.write_bytes(CSV_EXPORT.encode("utf-8"))
    from_json = read_decisions(_write_json(tmp_path / "export.json", json_export))
    from_csv = read_decisions(csv_path)
    pd.testing.assert_frame_equal(
        from_json.drop(columns="source_row"), from_csv.drop(columns="source_row")
    )


def test_label_studio_task_id_is_never_the_join_key(json_export, tmp_path):
    # renumber the tasks as another project would, one id even reused
    for task, new_id in zip(json_export, [9, 8, 8, 1], strict=True):
        task["id"] = new_id
    decisions = read_decisions(_write_json(tmp_path / "export.json", json_export))
    pd.testing.assert_frame_equal(decisions, EXPECTED)
    # and a record id no task data holds cannot be matched through the task id
    assert not set(decisions["record_id"]) & {"9", "8", "1"}


def test_skipped_and_unlabelled_tasks_give_no_decision(json_export, tmp_path):
    json_export[0]["annotations"][0]["was_cancelled"] = True
    json_export[1]["annotations"] = []
    decisions = read_decisions(_write_json(tmp_path / "export.json", json_export))
    assert set(decisions["record_id"]) == {ROMASHKA}


def test_user_id_as_completed_by_as_the_docs_show(json_export, tmp_path):
    json_export[0]["annotations"][0]["completed_by"] = 10
    decisions = read_decisions(_write_json(tmp_path / "export.json", json_export))
    assert decisions["analyst"].iloc[0] == "10"


def test_label_outside_policy_names_file_task_and_record(json_export, tmp_path):
    json_export[2]["annotations"][1]["result"][0]["value"]["choices"] = ["Госзаказ"]
    path = _write_json(tmp_path / "export.json", json_export)
    message = f"'{path}' task 3 (record {ROMASHKA}): label 'Госзаказ' is not B2B, B2C or B2G"
    with pytest.raises(InputError, match=f"^{re.escape(message)}$"):
        read_decisions(path)


def test_label_outside_policy_in_csv(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(CSV_EXPORT.replace(',1047,"B2C",', ',1047,"b2c",').encode("utf-8"))
    with pytest.raises(InputError, match=rf"row 4 \(record {ROMASHKA}\): label 'b2c' is not"):
        read_decisions(path)


def test_several_labels_on_one_annotation(json_export, tmp_path):
    json_export[0]["annotations"][0]["result"][0]["value"]["choices"] = ["B2G", "B2B"]
    with pytest.raises(InputError, match=r"task 1 \(record 3f2a9c1d0b7e4a65\): 2 labels chosen"):
        read_decisions(_write_json(tmp_path / "export.json", json_export))


@pytest.mark.parametrize(
    ("record_id", "message"),
    [
        (None, r"task 2 has no record_id"),
        ("", r"task 2 has no record_id"),
        ("A90D4B2E6C1F7358", r"task 2: record_id 'A90D4B2E6C1F7358' is not 16 lowercase hex"),
        ("a90d4b2e6c1f735", r"task 2: record_id 'a90d4b2e6c1f735' is not 16"),
        ("1046", r"task 2: record_id '1046' is not 16"),
    ],
)
def test_record_id_must_be_there_and_well_formed(json_export, tmp_path, record_id, message):
    if record_id is None:
        del json_export[1]["data"]["record_id"]
    else:
        json_export[1]["data"]["record_id"] = record_id
    with pytest.raises(InputError, match=message):
        read_decisions(_write_json(tmp_path / "export.json", json_export))


def test_malformed_record_ids(json_export, tmp_path):
    json_export[1]["data"]["record_ids"] = f"{LAWYER},5e7b1c9d"
    with pytest.raises(InputError, match=r"task 2 \(record a90d4b2e6c1f7358\): record_ids holds"):
        read_decisions(_write_json(tmp_path / "export.json", json_export))


def test_an_empty_export_has_no_decisions(tmp_path):
    decisions = read_decisions(_write_json(tmp_path / "export.json", []))
    assert list(decisions.columns) == DECISION_COLUMNS
    assert decisions.empty


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.json", None, "does not exist"),
        ("empty.json", b"  \n", "is empty"),
        ("broken.json", b'[{"data": {"record_id": ', "is not valid JSON"),
        ("one.jsonl", b'{"text": "x", "label": "B2B"}', "line 1 has no record_id"),
        ("other.json", b'[{"image": "a.jpg", "tag": []}]', "neither a Label Studio JSON"),
        ("strings.json", b'["a", "b"]', "item 1 is not an object"),
        ("latin1.json", '[{"data": {"buyer": "Müller"}}]'.encode("latin-1"), "not UTF-8"),
        ("review.csv", "buyer,amount\nООО «Ромашка»,1\n".encode(), "has no 'record_id' column"),
        ("zip.csv", b"PK\x03\x04" + b"\x00" * 40, "XLSX|ZIP|binary|not a CSV"),
    ],
)
def test_unreadable_files(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_decisions(path)


def test_a_folder_is_not_an_export(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        read_decisions(tmp_path)


# ----------------------------------------------------------------------- JSONL


def test_jsonl_form(queue, tmp_path):
    path = write_jsonl(queue, tmp_path / "q3_review.jsonl")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 4
    lawyer = lines[1]
    assert set(lawyer) == {"text", "label", "meta"}
    assert lawyer["label"] == []
    assert lawyer["meta"]["record_ids"] == [LAWYER, LAWYER_2]
    assert lawyer["meta"]["b2x_label"] == "B2C"
    assert lawyer["meta"]["b2x_confidence"] == 0.51
    assert lawyer["meta"]["fields"]["email"] == "renata.alvarez@gmail.com"
    # an unreviewed file gives no decisions: b2x never learns its own guesses
    assert read_decisions(path).empty


def test_jsonl_labelled_in_doccano_and_prodigy(queue, tmp_path):
    path = write_jsonl(queue, tmp_path / "q3_review.jsonl")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    # doccano: the label list filled in; its export spreads metadata to the top level
    doccano = {"id": 17, "text": lines[0]["text"], "label": ["B2G"], **lines[0]["meta"]}
    # Prodigy's choice interface: accept holds the chosen option
    prodigy = {
        **lines[1],
        "options": [{"id": label, "text": label} for label in ("B2B", "B2C", "B2G")],
        "accept": ["B2B"],
        "answer": "accept",
        "_annotator_id": "q3_review-john",
        "_timestamp": 1728897302,
        "note": "attorney: buys for the practice",
    }
    rejected = {**lines[2], "label": "B2B", "answer": "reject", "_timestamp": 1728897400}
    plain = {**lines[3], "label": "B2B", "annotator": "a.petrova@example.ru"}
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in [doccano, prodigy, rejected, plain])
        + "\n",
        encoding="utf-8",
    )
    decisions = read_decisions(labelled)
    assert decisions["record_id"].tolist() == [SCHOOL, LAWYER, LAWYER_2, SOKOLOVA]
    assert decisions["label"].tolist() == ["B2G", "B2B", "B2B", "B2B"]
    assert decisions["analyst"].tolist() == [
        "",
        "q3_review-john",
        "q3_review-john",
        "a.petrova@example.ru",
    ]
    assert decisions["decided_at"].tolist()[1] == "2024-10-14T09:15:02+00:00"
    assert decisions["note"].tolist()[1] == "attorney: buys for the practice"
    assert decisions["source_row"].tolist() == [1, 2, 2, 4]
    pd.testing.assert_frame_equal(
        decisions.iloc[:3].drop(columns=["analyst", "note", "decided_at", "source_row"]),
        EXPECTED.iloc[:3]
        .drop(columns=["analyst", "note", "decided_at", "source_row"])
        .assign(label=["B2G", "B2B", "B2B"]),
    )


def test_jsonl_errors_name_the_line(queue, tmp_path):
    path = write_jsonl(queue, tmp_path / "q3_review.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    item = json.loads(lines[2])
    item["label"] = ["B2B", "B2C"]
    lines[2] = json.dumps(item, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"line 3 \(record {ROMASHKA}\): 2 labels chosen"):
        read_decisions(path)
    lines[2] = "{not json"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 3 is not valid JSON"):
        read_decisions(path)
