"""Files: an export's bytes in, a labelled file out.

:mod:`.read` (CSV, XLSX, Parquet to a frame of cells), :mod:`.write` (atomic output),
:mod:`.cells` (a workbook's cell types, kept beside the text), :mod:`.hashes` and
:mod:`.stdio` (``-`` as standard input or output).
"""
