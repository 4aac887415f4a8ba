"""Babel's extraction method for the data package `data/datapackage.json` (registered in `babel.cfg`).

The descriptor holds in English the words the pages show from it: each table's title, what one row is (its
description) and its notes, and each column's title, description and unit. This method makes each one a message
of the catalogue, so the descriptor stays their only copy.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Collection, Iterator, Mapping
from typing import IO, Any

# The keys of a resource and of one of its fields whose text a reader sees.
RESOURCE_KEYS = ("title", "description", "notes")
FIELD_KEYS = ("title", "description", "unit")
# One "key": "string" pair of the descriptor's text (a JSON string may hold escaped quotes).
_PAIR = re.compile(r'"(?P<key>[A-Za-z_]+)"\s*:\s*(?P<value>"(?:[^"\\]|\\.)*")')


def messages(descriptor: dict) -> Iterator[tuple[str, str, str]]:
    """(key, text, where) for every shown word of a descriptor, in its order; `where` names the table and column."""
    for resource in descriptor.get("resources", ()):
        for key in RESOURCE_KEYS:
            if resource.get(key):
                yield key, resource[key], f"table {resource['name']}: {key}"
        for field in resource.get("schema", {}).get("fields", ()):
            for key in FIELD_KEYS:
                if field.get(key):
                    yield key, field[key], f"table {resource['name']}, column {field['name']}: {key}"


def _line_numbers(text: str) -> dict[tuple[str, str], int]:
    """The line of the first "key": "text" pair of each (key, text) in a JSON document."""
    line_starts = [match.end() for match in re.finditer("\n", text)]
    lines: dict[tuple[str, str], int] = {}
    for match in _PAIR.finditer(text):
        lines.setdefault((match["key"], json.loads(match["value"])), bisect.bisect(line_starts, match.start()) + 1)
    return lines


def extract(
    fileobj: IO[bytes], keywords: Collection[str], comment_tags: Collection[str], options: Mapping[str, Any]
) -> Iterator[tuple[int, str | None, str, list[str]]]:
    """Babel's (lineno, funcname, message, comments) for each shown word of a data package descriptor."""
    text = fileobj.read().decode(options.get("encoding", "utf-8"))
    lines = _line_numbers(text)
    for key, message, where in messages(json.loads(text)):
        yield lines.get((key, message), 1), None, message, [f"Data package, {where}"]
