"""The words of the verdicts a checked claim can get. The verdict ids, and their order, are the data
package's (`claim_readings.verdict`)."""

from __future__ import annotations

from i18n import N_

VERDICT_LABELS = {
    "supported": N_("Supported"),
    "partly_supported": N_("Partly supported"),
    "contradicted": N_("Contradicted"),
    "not_checkable": N_("Not checkable"),
}
