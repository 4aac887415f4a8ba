"""Extract, update, compile and check the message catalogues (a thin wrapper around Babel's API).

    python -m i18n.catalogue extract   # source files -> i18n/locales/messages.pot
    python -m i18n.catalogue update    # messages.pot -> each language's messages.po (new messages untranslated)
    python -m i18n.catalogue compile   # each messages.po -> messages.mo (the file the app reads)
    python -m i18n.catalogue check     # exit 1 and list every problem: stale .pot or .mo, untranslated,
                                       # fuzzy, placeholder mismatch, Zawgyi-encoded text
Babel is a tool of the repository, not of the running app: the app reads the committed .mo files with the
standard library's gettext.
"""

import io
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from i18n.language import DEFAULT_LANGUAGE, LANGUAGES
from i18n.translate import DOMAIN, LOCALE_DIR
from i18n.zawgyi import looks_like_zawgyi

ROOT = Path(__file__).resolve().parent.parent
MAPPING = ROOT / "babel.cfg"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": None}
PROJECT = "Two Myanmar uprisings compared"
# str.format fields ({name}, {0}, {value:,}), printf fields (%(name)s, %s, %d); doubled braces are literal.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([^)]+\)[sdifr]|%[sdifr]")
TRANSLATED = tuple(code for code in LANGUAGES if code != DEFAULT_LANGUAGE)


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def extract() -> Catalog:
    """Every marked message of the project's source files, with the places it occurs."""
    with open(MAPPING) as mapping:
        method_map, options_map = parse_mapping_cfg(mapping)
    catalog = Catalog(project=PROJECT, charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
        ROOT, method_map, options_map, keywords=KEYWORDS, comment_tags=("Translators:",), strip_comment_tags=True
    ):
        catalog.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return catalog


def read(path: Path, locale: str | None = None) -> Catalog:
    with open(path, "rb") as file:
        return read_po(file, locale=locale)


def _write(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as file:
        # Files without line numbers, so an edit that only moves a message leaves the catalogues alone.
        write_po(file, catalog, width=120, sort_output=True, include_lineno=False)


def _keys(catalog: Catalog) -> list[tuple]:
    """What makes a template current: its messages (where they occur is a comment only)."""
    return sorted((m.context or "", str(m.id)) for m in catalog if m.id)


def write_template() -> bool:
    """Write messages.pot from the sources; False when its messages were already current (file left alone)."""
    fresh = extract()
    if TEMPLATE.exists() and _keys(read(TEMPLATE)) == _keys(fresh):
        return False
    _write(fresh, TEMPLATE)
    return True


def update() -> None:
    """Bring each language's .po to the template's messages (new ones untranslated, dropped ones kept as obsolete)."""
    template = read(TEMPLATE)
    for language in TRANSLATED:
        path = po_path(language)
        catalog = read(path, language) if path.exists() else Catalog(locale=language, project=PROJECT)
        catalog.update(template, update_header_comment=False)
        _write(catalog, path)


def compiled_bytes(language: str) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, read(po_path(language), language), use_fuzzy=False)
    return buffer.getvalue()


def compile_all() -> None:
    for language in TRANSLATED:
        mo_path(language).write_bytes(compiled_bytes(language))


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def message_problems(catalog: Catalog, template: Catalog) -> list[str]:
    """Each message of the template lacking a usable translation, or translated with other placeholders."""
    problems = []
    for entry in template:
        if not entry.id:
            continue
        sources = entry.id if isinstance(entry.id, (list, tuple)) else (entry.id,)
        name = f"{entry.context} | {sources[0]}" if entry.context else sources[0]
        translated = catalog.get(entry.id, entry.context)
        strings = () if translated is None else (
            translated.string if isinstance(translated.string, (list, tuple)) else (translated.string,)
        )
        if translated is None or not all(strings):
            problems.append(f"untranslated: {name}")
            continue
        if translated.fuzzy:
            problems.append(f"fuzzy: {name}")
        for string in strings:
            if placeholders(string) != placeholders(sources[0]) and placeholders(string) != placeholders(sources[-1]):
                problems.append(f"placeholders differ: {name}")
            if looks_like_zawgyi(string):
                problems.append(f"Zawgyi-encoded: {name}")
            elif not unicodedata.is_normalized("NFC", string):
                problems.append(f"not NFC-normalised: {name}")
    return problems


def problems() -> list[str]:
    """Everything `check` reports; an empty list when the catalogues are complete and current."""
    found = [] if _keys(read(TEMPLATE)) == _keys(extract()) else [
        f"{TEMPLATE.relative_to(ROOT)} is stale: run `python -m i18n.catalogue extract`"
    ]
    template = read(TEMPLATE)
    for language in TRANSLATED:
        catalog = read(po_path(language), language)
        found += [f"{language}: {problem}" for problem in message_problems(catalog, template)]
        if not mo_path(language).exists() or mo_path(language).read_bytes() != compiled_bytes(language):
            found.append(f"{mo_path(language).relative_to(ROOT)} is stale: run `python -m i18n.catalogue compile`")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "extract":
        print("messages.pot written" if write_template() else "messages.pot already current")
    elif command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "check":
        found = problems()
        print("\n".join(found) or "catalogues complete and current")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
