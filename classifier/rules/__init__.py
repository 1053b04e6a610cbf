"""Rules: evidence about each record, in LABELING.md's four families.

:mod:`.base` holds the mechanism (:class:`~classifier.rules.base.Rule`,
:class:`~classifier.rules.base.RuleSet`, phrase and identifier evidence); one module
per family holds the rules that need code — :mod:`.buyer`, :mod:`.government`,
:mod:`.purpose`, :mod:`.volume` — with :mod:`.identity` (columns that name the buyer
by themselves) and :mod:`.analyst` (an analyst's own rules, from TOML);
:mod:`.evidence` runs them all over a canonical frame.
"""
