"""Review: analysts' decisions, from the queue to the next model.

:mod:`.queue` picks the records worth a human look, :mod:`.workbook` lays them out for
an analyst and reads the labels back, :mod:`.tasks` and :mod:`.exchange` do the same
through Label Studio or JSONL, :mod:`.ids` names records, :mod:`.store` keeps every
decision in SQLite and :mod:`.feedback` retrains with them.
"""
