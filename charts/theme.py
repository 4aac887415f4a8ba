"""Shared look of every chart: the movements' and event kinds' colours (words and formats are in `vocabulary`)."""

from __future__ import annotations

# Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
MOVEMENT_COLOURS = {"1988": "#D55E00", "2021": "#0072B2"}
NEUTRAL = "#595959"
CATEGORY_COLOURS = {
    "trigger": "#E69F00",
    "protest": "#56B4E9",
    "strike": "#009E73",
    "crackdown": "#D55E00",
    "concession": "#F0E442",
    "regime_change": "#000000",
    "organisation": "#0072B2",
    "election": "#CC79A7",
    "armed_resistance": "#7F3C8D",
}
