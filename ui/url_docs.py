"""The URL contract as a Markdown table for the README, written from the page registry (`ui/pages.py`).

`python -m ui.url_docs` rewrites the table between the README's url-contract markers;
a test checks it is current, so the documented contract is the one the code enforces.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ui.pages import PAGES
from ui.url_params import LIST_SEPARATOR, Choice, DateRange, IntRange, MultiChoice, Spec, Toggle

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- url-contract:start -->", "<!-- url-contract:end -->"


def _describe(page: str, param: str, spec: Spec) -> tuple[str, str, str]:
    # Ranges depend on the data: their values, default and example are described with the parameter.
    if isinstance(spec, (IntRange, DateRange)) and spec.doc:
        return spec.doc.values, spec.doc.default, spec.doc.example
    if isinstance(spec, MultiChoice):
        values = ", ".join(f"`{o}`" for o in spec.options) + "; several joined with `~`; empty for none"
        # An example that differs from the default (every option).
        chosen = spec.options[:2] if len(spec.options) > 2 else spec.options[:1]
        return values, "all", f"{param}={LIST_SEPARATOR.join(chosen)}"
    if isinstance(spec, Choice):
        other = next(o for o in spec.options if o != spec.default)
        return ", ".join(f"`{o}`" for o in spec.options), f"`{spec.default}`", f"{param}={other}"
    if isinstance(spec, Toggle):
        return "`on`, `off`", f"`{'on' if spec.default else 'off'}`", f"{param}={'off' if spec.default else 'on'}"
    raise TypeError(f"no description for {page}.{param}")


def table() -> str:
    rows = ["| page | parameter | values | default | example link |", "|---|---|---|---|---|"]
    for page in PAGES.values():
        if not page.params:
            rows.append(f"| `{page.path}` | (none) | | | `{page.path}` |")
        for param, spec in page.params.items():
            values, default, example = _describe(page.id, param, spec)
            rows.append(f"| `{page.path}` | `{param}` | {values} | {default} | `{page.path}?{example}` |")
    return "\n".join(rows)


def rewrite(text: str) -> str:
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(text):
        raise ValueError("the README has no url-contract markers")
    return pattern.sub(lambda _: f"{START}\n{table()}\n{END}", text)


def main() -> int:
    README.write_text(rewrite(README.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote the URL contract table into {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
