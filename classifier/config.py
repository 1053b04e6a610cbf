"""Config: the names every stage shares — labels, output columns, record ids — and every
default path (the model, the label store, an analyst's rules, the training data).

Nothing here imports another module of the package, so every module can reach it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from classifier.exceptions import ModelError

__all__ = [
    "LABELS",
    "PROBA_COLUMNS",
    "OUTPUT_COLUMNS",
    "RECORD_ID",
    "RETRAINED_MODEL",
    "output_columns",
    "default_model_path",
    "default_store_path",
    "default_rules_path",
    "default_training_path",
]

LABELS = ("B2B", "B2C", "B2G")
PROBA_COLUMNS = tuple(f"p_{label.lower()}" for label in LABELS)
# the columns b2x appends to an export, in this order
OUTPUT_COLUMNS = ("label", "confidence", "ambiguous", "reasons", *PROBA_COLUMNS)
# what classifier.review.ids.record_ids makes: 16 lowercase hex digits
RECORD_ID = re.compile(r"[0-9a-f]{16}")
RETRAINED_MODEL = "model-with-labels.json"  # beside the label store

_PACKAGE = Path(__file__).resolve().parent


def output_columns(frame) -> dict[str, str]:  # noqa: ANN001 - a DataFrame; pandas not imported here
    """The header of each b2x output column the frame has.

    ``attrs["b2x_run"]["columns"]`` names them in a frame :func:`classifier.classify`
    returned. Otherwise ``b2x_<name>`` is taken where the frame also has ``<name>``
    (the input's own column), else ``<name>``, else ``b2x_<name>``.

    >>> import pandas as pd
    >>> output_columns(pd.DataFrame(columns=["label", "b2x_label", "ambiguous"]))
    {'label': 'b2x_label', 'ambiguous': 'ambiguous'}
    """
    headers = {str(c) for c in frame.columns}
    named = frame.attrs.get("b2x_run", {}).get("columns", {})
    if named and set(named.values()) <= headers:
        return {c: named[c] for c in OUTPUT_COLUMNS if c in named}
    found = {}
    for name in OUTPUT_COLUMNS:
        prefixed = f"b2x_{name}"
        if prefixed in headers and name in headers:
            found[name] = prefixed
        elif name in headers:
            found[name] = name
        elif prefixed in headers:
            found[name] = prefixed
    return found


def default_model_path() -> Path:
    """The shipped model's manifest: inside the installed package, else the source tree's
    ``models/``."""
    for candidate in (
        _PACKAGE / "_model" / "default.json",
        _PACKAGE.parent / "models" / "default.json",
    ):
        if candidate.is_file():
            return candidate
    raise ModelError(
        "No default model found (models/default.json). Train one: b2x train data/train.csv."
    )


def default_store_path() -> Path:
    """Where b2x keeps analysts' labels: ``$B2X_STORE``, else the user's data folder.

    The data folder location is ``$XDG_DATA_HOME/b2x/labels.sqlite``, by default
    ``~/.local/share/b2x/labels.sqlite``.
    """
    if os.environ.get("B2X_STORE"):
        return Path(os.environ["B2X_STORE"])
    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data / "b2x" / "labels.sqlite"


def default_rules_path() -> Path:
    """Where b2x looks for an analyst's rules: ``$B2X_RULES``, else the user's config.

    The config location is ``$XDG_CONFIG_HOME/b2x/rules.toml``, by default
    ``~/.config/b2x/rules.toml``.
    """
    if os.environ.get("B2X_RULES"):
        return Path(os.environ["B2X_RULES"])
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "b2x" / "rules.toml"


def default_training_path() -> Path | None:
    """The base training file: ``$B2X_TRAIN``, else the source checkout's ``data/train.csv``;
    None when neither exists (an installed package ships no corpus)."""
    if os.environ.get("B2X_TRAIN"):
        return Path(os.environ["B2X_TRAIN"])
    corpus = _PACKAGE.parent / "data" / "train.csv"
    return corpus if corpus.is_file() else None
