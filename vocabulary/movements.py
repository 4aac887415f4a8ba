"""How the two movements are called: a short label (legends, pills, headings) and a name inside a sentence.

The names are English messages of the catalogue: translate them with `_()` where they are shown.
"""

from __future__ import annotations

from i18n import N_

MOVEMENT_LABELS = {"1988": N_("1988 uprising"), "2021": N_("2021 movement")}
# As a sentence says them: "For the 1988 uprising ...".
MOVEMENT_NAMES = {"1988": N_("the 1988 uprising"), "2021": N_("the 2021 movement")}
