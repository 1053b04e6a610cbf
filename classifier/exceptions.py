"""The package's exceptions: one tree, so callers can catch ``ClassifierError``.

Each also subclasses the builtin a caller would naturally catch, as scikit-learn
does (an ``InputError`` is a ``ValueError``).
"""

from __future__ import annotations

__all__ = ["ClassifierError", "InputError", "ColumnError", "ModelError"]


class ClassifierError(Exception):
    """Base of every error b2x raises on purpose."""


class InputError(ClassifierError, ValueError):
    """An input file or value cannot be read: missing, empty, binary, malformed."""


class ColumnError(InputError):
    """The columns b2x needs cannot be found, or a ``--map`` names a missing header."""


class ModelError(ClassifierError, RuntimeError):
    """A model file is missing, does not match its manifest, or cannot be loaded."""
