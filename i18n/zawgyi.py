"""Tell Zawgyi-encoded Burmese from Unicode Myanmar text by the code points and orders only Zawgyi uses."""

import re

CONSONANT = "\u1000-\u1021"
# U+1060–U+1097 are Zawgyi's glyph slots (stacked and variant forms); Burmese in Unicode never uses them.
GLYPH_SLOTS = "[\u1060-\u1097]"
# Zawgyi stores the vowel sign E (U+1031) and medial RA (typed as U+103B) before their consonant, where
# Unicode stores them after it: either one at the start of a word gives Zawgyi away.
LEADING_SIGN = f"(?<![{CONSONANT}\u1023-\u102a\u1031\u1039\u103b-\u103f])[\u1031\u103b]"
# Zawgyi writes the killed consonant with U+1039; in Unicode U+1039 stacks, so a consonant must follow it.
BARE_VIRAMA = f"\u1039(?![{CONSONANT}])"
ZAWGYI = re.compile(f"{GLYPH_SLOTS}|{LEADING_SIGN}|{BARE_VIRAMA}")


def looks_like_zawgyi(text: str) -> bool:
    """True when `text` holds a code point or an order that only Zawgyi encoding produces."""
    return ZAWGYI.search(text) is not None
