"""Importing customers, contacts, visits, transactions and members from CSV and Excel.

``open_source`` reads a file (encoding detected or chosen, header found); ``suggest_mapping``
proposes which column is which field; ``run_import`` validates, matches and writes all
accepted rows in one transaction as a batch (or, as a dry run, only counts them), having
the rows of big files read and checked in a second process (``prepare``);
``revert_batch`` undoes a batch completely.
"""

from __future__ import annotations

from desktop_crm.domain.importing.engine import run_import
from desktop_crm.domain.importing.kinds import (
    KINDS,
    ON_MATCH,
    Kind,
    custom_columns,
    kind,
    missing_columns,
    remember_mapping,
    suggest_mapping,
)
from desktop_crm.domain.importing.reading import ENCODINGS, ReadProblem, Source, open_source
from desktop_crm.domain.importing.results import (
    ACTIONS,
    ImportCancelled,
    ImportOptions,
    ImportResult,
    Likely,
    MappingProblem,
    Problem,
    RowOutcome,
)
from desktop_crm.domain.importing.revert import (
    Batch,
    RevertError,
    RevertPlan,
    RevertResult,
    batches,
    revert_batch,
    revert_plan,
)

__all__ = [
    "ACTIONS", "ENCODINGS", "KINDS", "ON_MATCH", "Batch", "ImportCancelled", "ImportOptions",
    "ImportResult", "Kind", "Likely", "custom_columns", "MappingProblem", "Problem", "ReadProblem", "RevertError",
    "RevertPlan", "RevertResult", "RowOutcome", "Source", "batches", "kind", "missing_columns",
    "open_source", "remember_mapping", "revert_batch", "revert_plan", "run_import",
    "suggest_mapping",
]
