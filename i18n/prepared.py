"""The most reused words of the interface, marked for translation ahead of the code that will show them.

Each entry is the English text exactly as the code shows it today. Once the code that shows an entry marks it
itself (`_()` where it is shown), remove the entry here; `python -m i18n.catalogue extract` keeps the message.
"""

from i18n.translate import N_

PAGE_TITLES = (
    N_("Overview"), N_("Timeline"), N_("Self-organisation"), N_("Repression"), N_("Outcomes"), N_("Economy"),
    N_("The article's claims"), N_("Data"), N_("About"), N_("Where"),
)
MOVEMENT_NAMES = (N_("1988 uprising"), N_("2021 movement"), N_("the 1988 uprising"), N_("the 2021 movement"))
EVENT_CATEGORIES = (
    N_("Trigger"), N_("Protest"), N_("Strike"), N_("Crackdown"), N_("Concession"), N_("Regime change"),
    N_("Organisation"), N_("Election"), N_("Armed resistance"),
)
ORGANISATION_TYPES = (
    N_("Student union"), N_("Trade union"), N_("Strike committee"), N_("Professional body"), N_("Monastic"),
    N_("Parallel government"), N_("Armed group"), N_("Political party"), N_("Network"),
)
ORGANISATION_LEVELS = (N_("Local"), N_("Township"), N_("Regional"), N_("National"), N_("Exile"))
OUTCOME_HORIZONS = (N_("Immediate"), N_("Within a year"), N_("Long term"))
OUTCOME_ASPECTS = (
    N_("Leadership"), N_("Political system"), N_("Repression"), N_("Organisation"), N_("Armed conflict"),
    N_("Economy"), N_("International"),
)
FIGURE_METRICS = (
    N_("Participation"), N_("Deaths"), N_("Arrests"), N_("Displaced"), N_("Civil service strike"),
    N_("Heads of state"), N_("Strike committees"), N_("Armed formations"), N_("Territory"), N_("Election"),
)
COUNTED_BY = (N_("official"), N_("monitor"), N_("press"), N_("academic"), N_("claim"), N_("compiled here"))
ECONOMY_INDICATORS = (N_("GDP growth"), N_("Inflation"), N_("Exchange rate"), N_("GDP per person"), N_("Population"))
ECONOMY_TITLES = (
    N_("Real GDP growth, every source"), N_("Inflation, every source"),
    N_("Kyat per US dollar: official and market rates"), N_("GDP per person, as an index"),
)
ECONOMY_AXIS_TITLES = (
    N_("% change on the previous year"), N_("% a year"), N_("kyat per US$ (log scale)"),
    N_("index, first year shown = 100"),
)
QUOTE_NAMES = (
    N_("Dated quote: market rate"), N_("Dated quote: official rate"), N_("Dated quote: central-bank reference"),
)
CLAIM_DIMENSIONS = (
    N_("Economy"), N_("Timeline"), N_("Duration"), N_("Strike committees"), N_("Organisation"),
    N_("Self organisation"), N_("Outcomes"),
)
VERDICTS = (N_("Supported"), N_("Partly supported"), N_("Contradicted"), N_("Not checkable"))
CHECK_STATUSES = (
    N_("holds"), N_("close, not exact"), N_("sources disagree"), N_("holds in part"), N_("does not hold"),
    N_("not in our data"),
)
MISSING_VALUE = N_("missing")
PAGE_PARTS = (
    N_("Pages"), N_("Movements"), N_("Filters"), N_("Chart"), N_("source"), N_("Source"),
    N_("The rows behind this view, with their sources"), N_("Link to exactly this view"),
)
CHECK_METHODS = (N_("verdict computed by a rule on the data"), N_("verdict by reading the cited rows"))
