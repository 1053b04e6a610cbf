"""Explain: why a record got its label, in plain language.

:mod:`.reasons` writes every row's reasons on the batch path (from the rule texts and
``data/reasons.toml``, English or Russian, built once per distinct combination);
:mod:`.explanation` holds everything ``b2x explain`` shows about one record; :mod:`.card`
shows an explanation and labelled rows as HTML in a notebook.
"""
