"""Card: explanations and labelled rows as HTML a notebook shows."""

from __future__ import annotations

from html import escape

import numpy as np
import pandas as pd
import pytest

from classifier import classify, explain
from classifier.exceptions import InputError
from classifier.explain.card import reasons_view

SCHOOL = {"buyer": "МБОУ СОШ № 5", "product": "Чайник электрический", "quantity": 1}


def test_an_explanation_shows_as_a_card(model):
    e = explain(SCHOOL, model)
    card = e._repr_html_()
    assert '<div class="b2x-card">' in card
    assert ">B2G</span>" in card and f"confidence <b>{e.decision['confidence']:.2f}</b>" in card
    assert "ambiguous: purpose evidence points to B2C" in card  # the flag says why
    assert "settled by the rule <code>state_form</code>" in card
    for reason in e.reasons:
        assert f"<li>{escape(reason)}</li>" in card
    assert "<code>state_form</code></td><td>government</td><td>МБОУ</td>" in card
    contribution = e.table.set_index("rule").at["state_form", "B2G"]
    assert f"{contribution:+.2f}" in card  # the rule's contribution to the model
    assert "Probabilities" in card and "<td>model</td>" in card


def test_explanation_values_are_plain_and_its_repr_readable(model):
    e = explain(SCHOOL, model)
    assert all(not isinstance(v, np.generic) for v in e.decision.values())
    assert type(e.decision["ambiguous"]) is bool and type(e.decision["confidence"]) is float
    text = repr(e)
    assert "np.float64" not in text and "np.True_" not in text
    assert text.splitlines()[0].startswith("B2G (confidence 0.")
    assert "ambiguous: purpose evidence points to B2C" in text.splitlines()[0]
    assert f"  - {e.reasons[0]}" in text


def test_an_unambiguous_card_says_so(model):
    paper = {"buyer": "ООО «Ромашка»", "product": "Бумага А4, 5 коробок"}
    card = explain(paper, model)._repr_html_()
    assert "not ambiguous" in card and ">B2B</span>" in card


def test_input_is_escaped_not_run(model):
    card = explain(
        {"buyer": 'ООО "<script>alert(1)</script>"', "product": "Чайник"}, model
    )._repr_html_()
    assert "<script>" not in card and "&lt;script&gt;" in card


def test_reasons_view_lists_each_reason_on_its_own_line(model):
    frame = pd.DataFrame(
        {"Покупатель": ["МБОУ СОШ № 5", "Иванов Иван"], "Товар": ["Чайник", "Чайник <b>"]}
    )
    labelled = classify(frame, model)
    view = reasons_view(labelled)
    html = view._repr_html_()
    for reasons in labelled["reasons"]:
        for reason in reasons.split("; "):
            assert f"<li>{escape(reason)}</li>" in html
    assert "<th>Покупатель</th><th>Товар</th>" in html and "Чайник &lt;b&gt;" in html
    assert repr(view).splitlines()[1].startswith("    - ")
    assert "1 of 2 rows shown" in reasons_view(labelled, limit=1)._repr_html_()


def test_reasons_view_needs_a_labelled_frame():
    with pytest.raises(InputError, match="no label column"):
        reasons_view(pd.DataFrame({"buyer": ["x"]}))
