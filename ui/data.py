"""Cached access to the validated and derived tables, shared by every page.

One cached loader (data paths come from `transforms.load.DATA_DIR`, built from
this repository's own location); everything else is derived from its result and
cached separately, so a filter change never reloads or re-derives anything.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from transforms.export import processed_tables
from transforms.load import load_all


@st.cache_data(show_spinner=False, max_entries=1)
def tables() -> dict[str, pd.DataFrame]:
    """Every curated table, validated and typed, plus its derived tables. Raises DataError."""
    return processed_tables(load_all())


def url_extents(page: str) -> dict[str, Any]:
    """The data extent of each range parameter of a page: the default and the bounds of its URL value."""
    if page == "economy":
        years = tables()["economy"]["year"]
        return {"time": (int(years.min()), int(years.max()))}
    if page == "timeline":
        return {"time": _timeline_extent}
    return {}


def _timeline_extent(values: dict[str, Any]) -> tuple:
    events = tables()["events"]
    if values.get("align") == "date":
        return (events["date"].min().date(), events["date"].max().date())
    return (int(events["day"].min()), int(events["day"].max()))

