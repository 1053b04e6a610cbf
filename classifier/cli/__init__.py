"""The ``b2x`` command line: a thin typer layer over the library.

:mod:`.app` holds the typer app, the options the commands share and the one place
the package's errors become a one-line message and an exit code; one module per group
of commands registers them on it, in the order ``b2x --help`` lists them.
:mod:`.render` draws results as rich tables, :mod:`.progress` a run's progress.
"""

# imported in the order `b2x --help` lists the commands they register
# isort: off
from classifier.cli import label, training, review, report  # noqa: F401

# isort: on
from classifier.cli.app import app

__all__ = ["app"]
