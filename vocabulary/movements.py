"""How the two movements are called: a short label (legends, pills, headings) and a name inside a sentence."""

from __future__ import annotations

MOVEMENT_LABELS = {"1988": "1988 uprising", "2021": "2021 movement"}
# As a sentence says them: "For the 1988 uprising ...".
MOVEMENT_NAMES = {"1988": "the 1988 uprising", "2021": "the 2021 movement"}
