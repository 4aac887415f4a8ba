"""The verdicts a checked claim can get, in the order they are listed, and their words."""

from __future__ import annotations

VERDICTS = ("supported", "partly_supported", "contradicted", "not_checkable")
VERDICT_LABELS = {
    "supported": "Supported",
    "partly_supported": "Partly supported",
    "contradicted": "Contradicted",
    "not_checkable": "Not checkable",
}
