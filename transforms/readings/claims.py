"""The Claims page's reading: how many of the shown claims the data supports, and how they were judged."""

from __future__ import annotations

import pandas as pd

from transforms.claims import METHOD_LABELS, METHOD_RULE, VERDICTS
from vocabulary.formatting import listing

PHRASES = {
    "supported": "supported",
    "partly_supported": "partly supported",
    "contradicted": "contradicted",
    "not_checkable": "not checkable with our data",
}


def _claims(count: int) -> str:
    return f"{count} claim{'s' if count != 1 else ''}"


def reading(shown: pd.DataFrame, total: int) -> str:
    """Two or three sentences built from the filtered verdict table (`shown`) out of `total` claims."""
    if shown.empty:
        return f"None of the {total} claims matches these filters."
    counts = shown["verdict"].value_counts()
    parts = [f"{counts[v]} {'is' if counts[v] == 1 else 'are'} {PHRASES[v]}" for v in VERDICTS if counts.get(v, 0)]
    scope = f"Of the {total} claims" if len(shown) == total else f"Of the {_claims(len(shown))} shown ({total} in all)"
    sentences = [f"{scope}, {listing(parts)}."]

    by_rule = shown["method"] == METHOD_LABELS[METHOD_RULE]
    if by_rule.all():
        sentences.append("Every one of them is judged by a rule on the numbers and dates.")
    elif not by_rule.any():
        sentences.append("All of them are judged by reading the cited rows; none can be settled by a rule on numbers.")
    else:
        sentences.append(
            f"{by_rule.sum()} {'is' if by_rule.sum() == 1 else 'are'} judged by a rule on the numbers and dates; "
            f"the other {(~by_rule).sum()} by reading the cited rows."
        )

    settled = shown[shown["verdict"] == "supported"]
    if len(settled) and len(settled) < len(shown):
        sentences.append(f"Fully supported: {', '.join(settled['claim_id'])}.")
    return " ".join(sentences)
