"""Reports: how b2x does on a file.

:mod:`.evaluate` scores it against a truth column, :mod:`.rules` tells how each rule
performs, :mod:`.segments` sums a labelled file per label and :mod:`.html` draws that
as a page.
"""
