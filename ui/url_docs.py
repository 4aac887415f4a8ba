"""The URL contract as a Markdown table for the README, written from `url_state.PAGES`.

`python -m ui.url_docs` rewrites the table between the README's url-contract markers;
a test checks it is current, so the documented contract is the one the code enforces.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ui import url_state

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- url-contract:start -->", "<!-- url-contract:end -->"

# Ranges depend on the data; their values, defaults and examples are described here.
RANGES = {
    ("timeline", "time"): (
        "with `align=day0`: days since day 0, `a..b`; with `align=date`: ISO dates, `YYYY-MM-DD..YYYY-MM-DD`; "
        "inside the data (back to the 1962 background events)",
        "from the first event of the movements proper (Sep 1987) to the last event",
        "align=day0&time=-30..200",
    ),
    ("economy", "time"): ("years `a..b` inside the data (1960 to the latest year)", "all years", "time=1980..1995"),
}


def _path(page: str) -> str:
    return "/" if page == "overview" else f"/{page}"


def _describe(page: str, param: str, spec: url_state.Spec) -> tuple[str, str, str]:
    if (page, param) in RANGES:
        return RANGES[(page, param)]
    if isinstance(spec, url_state.MultiChoice):
        values = ", ".join(f"`{o}`" for o in spec.options) + "; several joined with `~`; empty for none"
        # An example that differs from the default (every option).
        chosen = spec.options[:2] if len(spec.options) > 2 else spec.options[:1]
        return values, "all", f"{param}={url_state.LIST_SEPARATOR.join(chosen)}"
    if isinstance(spec, url_state.Choice):
        other = next(o for o in spec.options if o != spec.default)
        return ", ".join(f"`{o}`" for o in spec.options), f"`{spec.default}`", f"{param}={other}"
    if isinstance(spec, url_state.Toggle):
        return "`on`, `off`", f"`{'on' if spec.default else 'off'}`", f"{param}={'off' if spec.default else 'on'}"
    raise TypeError(f"no description for {page}.{param}")


def table() -> str:
    rows = ["| page | parameter | values | default | example link |", "|---|---|---|---|---|"]
    for page, specs in url_state.PAGES.items():
        if not specs:
            rows.append(f"| `{_path(page)}` | (none) | | | `{_path(page)}` |")
        for param, spec in specs.items():
            values, default, example = _describe(page, param, spec)
            rows.append(f"| `{_path(page)}` | `{param}` | {values} | {default} | `{_path(page)}?{example}` |")
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
