"""``python -m classifier`` runs the ``b2x`` command line."""

from classifier.cli import app

app(prog_name="b2x")
