"""Sentence boundaries.

spaCy's parser gives the sentences when a pipeline runs (see ``parsed.parse``);
``split_sentences`` is the model-free fallback: it never splits inside an open
quotation, after common abbreviations, or inside numbers such as "4.2".
"""

from __future__ import annotations

import re

# titles and ranks written with a full stop before a name ("Lt. Gerry Scherlinck",
# "Const. Tim Fanning", "Sgt. Jo Ray"): that full stop ends no sentence
TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt maj gov sen rep st jr sr rev hon fr supt insp
    det cpl pte adm cmdr const cong atty msgr dist asst dep coun cst ald""".split()
)

# every word whose full stop ends no sentence
ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset(
    """no vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n
    u.k e.g i.e approx est""".split()
)


def after_title_stop() -> str:
    """A regular expression for the full stop after a title abbreviation, capitalised
    ("Lt." in "Troy police Lt. Gerry Scherlinck"), or after a short capitalised word
    before a number ("Juror No. 12", "WCCO-TV, Ch. 4"); look-behinds need one width
    each, so the titles are grouped by length."""
    by_len: dict[int, list[str]] = {}
    for t in sorted(TITLE_ABBREVIATIONS):
        by_len.setdefault(len(t), []).append(t.capitalize())
    groups = [rf"(?<=\b(?:{'|'.join(ts)}))\." for _, ts in sorted(by_len.items())]
    numbered = [rf"(?<=\b[A-Z][a-z]{{{n}}})\.(?=[ \t]*\d)" for n in (1, 2)]
    return "|".join([*groups, *numbered])


_DIGIT_AHEAD_RE = re.compile(r"[ \t]*\d")


def numbered_abbreviation(word: str, text: str, pos: int) -> bool:
    """Whether the full stop after ``word``, with ``text[pos:]`` after it, closes a
    short abbreviation before a number ("No. 8", "Ch. 4", "Vol. 2"), no sentence."""
    return (
        2 <= len(word) <= 3
        and word[0].isupper()
        and word[1:].islower()
        and _DIGIT_AHEAD_RE.match(text, pos) is not None
    )


def stop_ends_no_sentence(word: str, text: str, pos: int) -> bool:
    """Whether a full stop after ``word`` (as written, its own dots stripped), with
    ``text[pos:]`` after it, is part of an abbreviation or an initial, not a
    sentence's end: "Mr.", "U.S.", "Lt.", "No. 8", "Ch. 4", "John F. Kennedy"."""
    return (
        word.lower() in ABBREVIATIONS
        or numbered_abbreviation(word, text, pos)
        or (len(word) == 1 and word.isalpha())
    )


_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+)|\n\s*\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into (start, end) sentence spans, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group(0).startswith((".",)) and not m.group(0).strip().endswith(('"', "”", "'")):
            # the word before the full stop (a bounded look-back keeps long runs of
            # initials or abbreviations linear)
            word = re.search(r"([\w.]+)\.*$", text[max(start, m.start() - 40) : m.start() + 1])
            if word and stop_ends_no_sentence(word.group(1).rstrip("."), text, m.end()):
                continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    s, e = start + lead, end - trail
    if e > s:
        spans.append((s, e))


_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n\s*")


def paragraph_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence ``text[start:end]`` cut at every paragraph break (a blank line):
    the parser often runs a sentence over a paragraph break ("… may have to stop at
    Selk.⏎⏎But …, said Tova Marsh"), and the number of one paragraph was then
    credited to the speaker of the next.  A line break alone (hard-wrapped text)
    cuts nothing, nor does a break after a colon; a break stays with the piece
    before it, as the parser leaves it."""
    pieces = []
    at = start
    for m in _PARAGRAPH_BREAK_RE.finditer(text, start, end):
        before = text[at : m.start()].rstrip()
        # (a paragraph a colon introduces is read with it: "According to reports in
        # an Atlanta newspaper:⏎⏎Nichols was sentenced …")
        if m.end() < end and before and not before.endswith(":"):
            pieces.append((at, m.end()))  # the break stays with the piece before it
            at = m.end()
    if text[at:end].strip():
        pieces.append((at, end))
    elif pieces:
        pieces[-1] = (pieces[-1][0], end)
    return pieces
