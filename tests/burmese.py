"""What the Burmese tests look for: Myanmar script, Latin letters, and text compared without its line breaks."""

import re

MYANMAR = re.compile("[\u1000-\u109f]")
LATIN_LETTER = re.compile("[A-Za-z]")


def flat(text: str) -> str:
    """`text` without hover line breaks and spaces, so wrapped and unwrapped text compare equal."""
    return text.replace("<br>", "").replace(" ", "")
