"""The Claims page's reading: how many of the shown claims the data supports, and how they were judged."""

from __future__ import annotations

import pandas as pd

from i18n import _, ngettext, pgettext
from transforms.claims import METHOD_LABELS, METHOD_RULE, VERDICTS
from transforms.claims.text import amount
from vocabulary.formatting import listing


def _verdict_count(verdict: str, count: int) -> str:
    """'3 are supported': how many shown claims got one verdict, as one item of the reading's list."""
    phrases = {
        "supported": ngettext("{count} is supported", "{count} are supported", count),
        "partly_supported": ngettext("{count} is partly supported", "{count} are partly supported", count),
        "contradicted": ngettext("{count} is contradicted", "{count} are contradicted", count),
        "not_checkable": ngettext(
            "{count} is not checkable with our data", "{count} are not checkable with our data", count
        ),
    }
    return phrases[verdict].format(count=amount(count))


def reading(shown: pd.DataFrame, total: int) -> str:
    """Two or three sentences built from the filtered verdict table (`shown`) out of `total` claims."""
    if shown.empty:
        return _("None of the {total} claims matches these filters.").format(total=amount(total))
    counts = shown["verdict"].value_counts()
    verdicts = listing([_verdict_count(v, int(counts[v])) for v in VERDICTS if counts.get(v, 0)])
    if len(shown) == total:
        scope = _("Of the {total} claims, {verdicts}.")
    else:
        scope = ngettext(
            "Of the {count} claim shown ({total} in all), {verdicts}.",
            "Of the {count} claims shown ({total} in all), {verdicts}.",
            len(shown),
        )
    sentences = [scope.format(count=amount(len(shown)), total=amount(total), verdicts=verdicts)]

    by_rule = shown["method"] == METHOD_LABELS[METHOD_RULE]
    if by_rule.all():
        sentences.append(_("Every one of them is judged by a rule on the numbers and dates."))
    elif not by_rule.any():
        sentences.append(
            _("All of them are judged by reading the cited rows; none can be settled by a rule on numbers.")
        )
    else:
        ruled = int(by_rule.sum())
        sentences.append(
            ngettext(
                "{count} is judged by a rule on the numbers and dates; the other {other} by reading the cited rows.",
                "{count} are judged by a rule on the numbers and dates; the other {other} by reading the cited rows.",
                ruled,
            ).format(count=amount(ruled), other=amount(int((~by_rule).sum())))
        )

    settled = shown[shown["verdict"] == "supported"]
    if len(settled) and len(settled) < len(shown):
        ids = pgettext("list separator", ", ").join(settled["claim_id"])
        sentences.append(_("Fully supported: {ids}.").format(ids=ids))
    return pgettext("between sentences", " ").join(sentences)
