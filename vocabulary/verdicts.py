"""The words of the verdicts a checked claim can get. The verdict ids, and their order, are the data
package's (`claim_readings.verdict`)."""

from __future__ import annotations

VERDICT_LABELS = {
    "supported": "Supported",
    "partly_supported": "Partly supported",
    "contradicted": "Contradicted",
    "not_checkable": "Not checkable",
}
