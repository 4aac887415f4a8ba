"""Readable labels for the data's lowercase ids and source addresses."""

from __future__ import annotations

from urllib.parse import urlparse

from vocabulary.movements import MOVEMENT_LABELS


def label(identifier: str) -> str:
    """A readable label for a lowercase id: 'regime_change' -> 'Regime change'."""
    return MOVEMENT_LABELS.get(identifier) or identifier.replace("_", " ").capitalize()


def source_site(url: str) -> str:
    """The host of a source URL, for hover text where a full address would not fit."""
    host = urlparse(url).netloc
    return host[4:] if host.startswith("www.") else host
