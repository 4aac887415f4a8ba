"""Text layout that holds for Myanmar script: syllable breaks and display widths for wrapping chart labels.

Burmese does not put spaces between words, so wrapping at spaces (`textwrap`) leaves long unbreakable lines;
Burmese lines may break between any two syllables. Widths count Latin-character equivalents: a Myanmar letter or
spacing sign is about 1.5 of them and a combining mark none (measured; see docs/decisions.md).
"""

import re
import textwrap
import unicodedata

MYANMAR = "\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff"
MYANMAR_WIDTH = 1.5
CONSONANT = "\u1000-\u1021"
VIRAMA, ASAT = "\u1039", "\u103a"
# A syllable starts at a consonant that is neither stacked under the one before (after a virama) nor killed (asat
# or virama after it), or at an independent vowel, a digit or a sign that stands alone.
SYLLABLE_START = re.compile(
    f"(?<!{VIRAMA})[{CONSONANT}](?![{ASAT}{VIRAMA}])|[\u1023-\u102a\u103f\u104c-\u104f]"
)
# A number in Myanmar digits, grouped or with decimals, is never broken.
NUMBER = "[\u1040-\u1049]+(?:[,.][\u1040-\u1049]+)*"
# Runs inside a phrase: a number, a word without Myanmar letters, or a run of Myanmar script.
RUN = re.compile(f"{NUMBER}|[^{MYANMAR}]+|[{MYANMAR}]+")
# Marks that must stay at the end of the unit before them, never start a line.
CLOSING = re.compile(r"^[)\]}.,;:!?\u104a\u104b]+$")


def has_myanmar(text: str) -> bool:
    return re.search(f"[{MYANMAR}]", text) is not None


def syllables(text: str) -> list[str]:
    """A run of Myanmar script cut into its syllables: 'မန္တလေး' -> ['မန္တ', 'လေး']."""
    starts = sorted({0, *(match.start() for match in SYLLABLE_START.finditer(text))})
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)]) if text[a:b]]


def text_width(text: str) -> float:
    """Display width in Latin-character equivalents (combining marks count nothing, Myanmar letters 1.5)."""
    width = 0.0
    for char in text:
        if unicodedata.category(char) == "Mn":
            continue
        width += MYANMAR_WIDTH if re.match(f"[{MYANMAR}]", char) else 1.0
    return width


def _pieces(phrase: str) -> list[str]:
    """A phrase too wide for a line, cut between syllables (numbers and Latin words stay whole)."""
    pieces: list[str] = []
    for run in RUN.findall(phrase):
        split = syllables(run) if has_myanmar(run) and not re.fullmatch(NUMBER, run) else [run]
        for piece in split:
            if pieces and CLOSING.match(piece):
                pieces[-1] += piece
            else:
                pieces.append(piece)
    return pieces


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most about `width` Latin characters; text without Myanmar script wraps as `textwrap.wrap` does.

    Burmese breaks at spaces where it can, and inside a phrase (between syllables) only when it is wider than a line.
    """
    if not has_myanmar(text):
        return textwrap.wrap(text, width)
    lines: list[str] = []
    line = ""
    for phrase in text.split():
        pieces = [phrase] if text_width(phrase) <= width else _pieces(phrase)
        for number, piece in enumerate(pieces):
            joined = f"{line} {piece}" if line and number == 0 else line + piece
            if line and text_width(joined) > width:
                lines.append(line)
                line = piece
            else:
                line = joined
    return [*lines, line] if line else lines
