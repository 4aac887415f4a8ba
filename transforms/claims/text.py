"""The page's words: the verdict rules as shown, and how dates, changes, lists and series read."""

from __future__ import annotations

import re

import pandas as pd

from i18n import _, localise_digits, pgettext
from transforms.claims.verdicts import NEAR_DAYS, SAME_EVENT_DAYS, SHARP_FALL_PERCENT, TOLERANCE_POINTS, TOLERANCE_SHARE
from vocabulary.formatting import date_text, listing, number


def rules_markdown() -> str:
    """The verdict rules as shown on the page, with the constants the code uses."""
    return "\n".join(
        [
            _(
                "Each claim is split into parts. A part **holds** when the data agrees, is **close** when a dated row "
                "is at most {near_days} days off (or gives only the month), **sources disagree** when some sources "
                "agree and others do not, **does not hold** when every source that bears on it disagrees, and is "
                "**not in our data** when no row bears on it."
            ).format(near_days=amount(NEAR_DAYS)),
            "",
            _("- **Supported**: every part holds."),
            _(
                "- **Partly supported**: some parts hold (or are close, or the sources disagree) and others do not, "
                "or are not in our data."
            ),
            _("- **Contradicted**: no part holds and at least one does not hold."),
            _("- **Not checkable**: no row bears on any part."),
            "",
            _(
                "Figures agree when within {points} percentage point (for percentages) or {share}% of the claimed "
                "value, whichever is wider. Each economy series counts as a source; a series that lacks some of the "
                "years needed and does not show what the claim says is left out. A \"sharp\" fall means real output "
                "down by at least {sharp}% over the years named. Dates are matched against event rows of the right "
                "kind whose description names the same thing; a row more than {same_event_days} days away is taken "
                "to be another event."
            ).format(
                points=amount(TOLERANCE_POINTS),
                share=amount(round(TOLERANCE_SHARE * 100)),
                sharp=amount(SHARP_FALL_PERCENT),
                same_event_days=amount(SAME_EVENT_DAYS),
            ),
            "",
            _(
                "Claims about causes, conduct or organisation have no numeric rule: their verdict is this project's "
                "reading of the cited rows, marked \"verdict by reading the cited rows\", with the reason given."
            ),
        ]
    )


# --- Wording of values -------------------------------------------------------------


def day(value) -> str:
    return date_text(pd.Timestamp(value))


def amount(value: float) -> str:
    """A claim's figure or a count as text: '10', '1.1', '-11' ('၁၀' in Burmese)."""
    return localise_digits(number(value))


def year(value) -> str:
    """A year as text, never grouped: '1988' ('၁၉၈၈' in Burmese)."""
    return localise_digits(str(int(value)))


def signed(value: float) -> str:
    return localise_digits(f"{value:+.1f}%".replace("-", "−"))


def series_names(labels: list[str]) -> str:
    """Series labels joined for reading; vintages of one source share its name once.

    ['World Bank WDI (2017 release)', 'World Bank WDI (2025 vintage)', 'UN national accounts'] ->
    'World Bank WDI (2017 release, 2025 vintage) and UN national accounts'.
    """
    groups: dict[str, list[str]] = {}
    for text in labels:
        match = re.match(r"^(.*?) \((.*)\)$", text)
        prefix, suffix = (match.group(1), match.group(2)) if match else (text, "")
        groups.setdefault(prefix, []).append(suffix)
    separator = pgettext("list separator", ", ")
    names = [
        f"{prefix} ({separator.join(s for s in suffixes if s)})" if any(suffixes) else prefix
        for prefix, suffixes in groups.items()
    ]
    return listing(names)


