"""Label a chunk: the one function every engine labels rows with.

:func:`label_chunk` runs :func:`classifier.pipeline.analyse` over a chunk that holds the
columns b2x reads, with what the whole file tells it (:class:`ChunkPlan`: the file's
column mapping and context, the rules, the reasons' language). The local engine calls
it in its own process or in worker processes (:mod:`classifier.batch.workers`), the
Dask engine in each partition (:mod:`classifier.batch.cluster`); each joins the result
to the chunk's own cells with :meth:`ChunkLabels.attach_to`. Held equal to
:func:`classifier.classify` of the whole file by ``test_batch.py``'s oracle tests
(``test_batch_output_equals_a_whole_run`` and the Dask one in ``test_cluster.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from classifier.columns import ColumnMap
from classifier.context import FileContext
from classifier.model.saved import Model
from classifier.pipeline import analyse, attach, coded_labels, with_reasons
from classifier.rules.base import RuleSet
from classifier.utils.distinct import one_frame

__all__ = ["ChunkPlan", "ChunkLabels", "label_chunk"]


@dataclass(frozen=True)
class ChunkPlan:
    """What every chunk of one run is labelled with, beside the model."""

    columns: ColumnMap  # the file's column mapping, chosen from its first rows
    context: FileContext | None = None  # what the whole file tells a chunk
    rules: RuleSet | None = None  # the shipped rules when None
    lang: str = "en"  # the reasons' language


@dataclass
class ChunkLabels:
    """The output columns of a chunk, the reasons as codes into their distinct sentences
    (:func:`~classifier.pipeline.coded_labels`): a few MB a chunk instead of tens, for a
    worker process to send back."""

    labels: pd.DataFrame
    reasons: tuple[np.ndarray, list]

    def attach_to(self, chunk: pd.DataFrame) -> pd.DataFrame:
        """The chunk's own columns, then the output columns, reasons joined."""
        return attach(chunk, with_reasons(self.labels, self.reasons))


def label_chunk(frame: pd.DataFrame, model: Model, plan: ChunkPlan) -> ChunkLabels:
    """Label a chunk of a file that holds (at least) the columns ``plan.columns`` maps."""
    with one_frame():
        result = analyse(
            frame, model, rules=plan.rules, context=plan.context, column_map=plan.columns
        )
        return ChunkLabels(*coded_labels(result, plan.lang))
