"""Analyst rules: patterns, product classes, known buyers and overrides from a TOML file."""

from __future__ import annotations

import textwrap

import pandas as pd
import pytest
from typer.testing import CliRunner

from classifier import InputError, classify
from classifier.cli.app import app
from classifier.rules.analyst import load_rules, resolve_rules
from classifier.rules.base import SHIPPED

RULES_FILE = """\
# rules of the sales team
[[pattern]]
name = "Сеть клиник Альфа"
phrase = "Альфа-Клиник"
label = "B2B"

[[pattern]]
rule = "purpose_business"
phrase = "для автопарка"

[[product]]
phrase = "гидромолот"
class = "construction_equipment"
use = "business"

[[buyer]]
tax_id = "7707083893"
label = "B2G"
note = "бюджетное учреждение под вывеской ООО"

[rule.free_email]
disabled = true
"""


@pytest.fixture
def team_rules(tmp_path):
    path = tmp_path / "team.toml"
    path.write_text(RULES_FILE, encoding="utf-8")
    return load_rules(path)


def _one(record, model, rules):
    return classify(pd.DataFrame([record]), model, rules=rules).iloc[0]


def test_a_new_analyst_rule_decides_and_is_named_in_the_reasons(team_rules, model):
    row = _one({"buyer": "Альфа-Клиник на Невском", "product": "Кушетка"}, model, team_rules)
    assert row["label"] == "B2B"
    assert "analyst rule 'Сеть клиник Альфа': «Альфа-Клиник» → B2B" in row["reasons"]
    assert row["reasons"].endswith("the analyst rule 'Сеть клиник Альфа' says B2B")


def test_a_phrase_added_to_a_shipped_rule(team_rules, model):
    row = _one(
        {"buyer": "Петров Пётр Петрович", "comment": "шины для автопарка"}, model, team_rules
    )
    assert "stated business purpose: «для автопарка»" in row["reasons"]
    assert row["label"] == "B2B"


def test_an_analyst_product_class(team_rules, model):
    row = _one({"product": "Гидромолот для экскаватора", "quantity": "1"}, model, team_rules)
    assert "Гидромолот is bought by businesses" in row["reasons"]


def test_a_known_buyer_outranks_everything(team_rules, model):
    record = {"buyer": "ООО «Ромашка»", "tax_id": "7707083893", "product": "Бумага А4"}
    assert _one(record, model, SHIPPED)["label"] == "B2B"
    row = _one(record, model, team_rules)
    assert row["label"] == "B2G"
    assert "known buyer: labelled B2G by an analyst rule: 7707083893" in row["reasons"]
    assert "(team.toml)" in row["reasons"]


def test_a_disabled_rule_never_fires(team_rules, model):
    row = _one({"buyer": "Иванова Анна", "email": "anna@mail.ru"}, model, team_rules)
    assert "free-mail" not in row["reasons"]
    assert (
        "free-mail"
        in _one({"buyer": "Иванова Анна", "email": "anna@mail.ru"}, model, SHIPPED)["reasons"]
    )


def test_a_strength_can_be_changed(tmp_path):
    path = tmp_path / "r.toml"
    path.write_text("[rule.payment_personal]\nstrength = 0.6\n", encoding="utf-8")
    assert load_rules(path).rules["payment_personal"].strength == 0.6
    assert SHIPPED.rules["payment_personal"].strength == 0.25


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[[pattern]]\nname = 'x'\nphrase = 'y'\nlabel = 'B2X'\n",
            "line 1: label must be B2B, B2C or B2G. Got 'B2X' instead.",
        ),
        (
            "# team\n\n[[buyer]]\nname = 'Вектор'\nlabel = 'B2B'\ncolour = 'red'\n",
            "line 3: unknown key 'colour'",
        ),
        (
            "[[pattern]]\nrule = 'purpose_business'\nphrase = 'a'\n\n[[pattern]]\nphrase = 'b'\n"
            "label = 'B2B'\n",
            "line 5: a new pattern needs a 'name'",
        ),
        ("[[product]]\nphrase = 'x'\nclass = 'new_thing'\n", "line 1: class 'new_thing' is new"),
        (
            "[[buyer]]\nname = 'A'\nemail = 'a@b.c'\nlabel = 'B2B'\n",
            "exactly one of tax_id, email or name",
        ),
        ("[rule.no_such_rule]\nstrength = 0.5\n", "line 1: there is no rule 'no_such_rule'"),
        ("[rule.kpp]\nstrength = 2\n", "strength must be a number in (0, 1]"),
        ("[[pattern]]\nrule = 'kpp'\nphrase = 'x'\n", "'kpp' is not a phrase rule"),
        ("[colours]\nred = 1\n", "unknown section 'colours'"),
        ("[[pattern]\nname = 'x'\n", "is not valid TOML"),
    ],
)
def test_mistakes_name_the_file_and_line(tmp_path, text, message):
    path = tmp_path / "mine.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    with pytest.raises(InputError, match="mine.toml") as info:
        load_rules(path)
    assert message in str(info.value)


def test_default_location_from_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "team.toml"
    path.write_text(RULES_FILE, encoding="utf-8")
    monkeypatch.setenv("B2X_RULES", str(path))
    assert resolve_rules(None).source == str(path)
    monkeypatch.setenv("B2X_RULES", str(tmp_path / "absent.toml"))
    assert resolve_rules(None) is SHIPPED
    monkeypatch.delenv("B2X_RULES")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert resolve_rules(None) is SHIPPED
    (tmp_path / "b2x").mkdir()
    (tmp_path / "b2x" / "rules.toml").write_text(RULES_FILE, encoding="utf-8")
    assert resolve_rules(None).source.endswith("rules.toml")


def test_cli_classify_with_rules(tmp_path):
    rules = tmp_path / "team.toml"
    rules.write_text(RULES_FILE, encoding="utf-8")
    source = tmp_path / "o.csv"
    source.write_text("Покупатель;ИНН;Товар\nООО «Ромашка»;7707083893;Бумага\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["classify", str(source), "--rules", str(rules)])
    assert result.exit_code == 0, result.output
    assert "B2G 1" in result.output
    assert "analyst rules:" in result.output
    bad = tmp_path / "bad.toml"
    bad.write_text("[[buyer]]\nlabel = 'B2Q'\nname = 'x'\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["classify", str(source), "--rules", str(bad)])
    assert result.exit_code == 1
    assert "bad.toml' line 1: label must be B2B, B2C or B2G" in result.output
