"""Bounds on what one input may cost before extraction (the limits in ``Settings``).

Hostile or broken pages must not take minutes or gigabytes.  Three guards,
each linear in the input and applied before the expensive step:

* ``cut_text``: plain text beyond ``RAW_TEXT_FACTOR x max_text_chars`` is
  dropped before furniture removal and dateline search (the analysed text is
  cut to ``max_text_chars`` anyway, at a paragraph boundary, by
  ``analyze.pipeline.limit_text``);
* ``shrink_html``: a page longer than ``max_html_chars`` first loses its
  scripts, styles and comments (what makes real pages huge), then is cut at a
  tag boundary;
* ``flatten_html``: tags nested deeper than ``max_html_depth`` are removed and
  their text kept, so the HTML parser (libxml2 stops at depth 256) sees the
  whole text.

A page within the limits is returned unchanged (the same object).
"""

from __future__ import annotations

import re

RAW_TEXT_FACTOR = 4
"""Raw text kept before cleaning, as a multiple of ``Settings.max_text_chars``."""

_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen command "
    "basefont frame isindex nobr spacer".split()
)
_RAW = ("script", "style", "textarea", "title", "xmp", "plaintext", "noscript", "template")
# elements that a new element of the same kind closes (HTML's implied end tags)
_SELF_CLOSING_SIBLINGS = frozenset("p li dt dd option tr td th thead tbody tfoot".split())
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:\-]*)|<!--")
_RAW_END_RES = {name: re.compile(rf"</{name}", re.IGNORECASE) for name in _RAW}
_DROP_RE = re.compile(r"<(script|style|noscript|template|svg)\b|<!--", re.IGNORECASE)


def cut_text(text: str, max_text_chars: int) -> str:
    """``text`` cut to ``RAW_TEXT_FACTOR x max_text_chars`` characters."""
    limit = max_text_chars * RAW_TEXT_FACTOR
    return text if len(text) <= limit else text[:limit]


def shrink_html(html: str, max_chars: int) -> str:
    """A page within ``max_chars``: scripts, styles and comments dropped, then cut."""
    if len(html) <= max_chars:
        return html
    lower = html.lower()
    parts: list[str] = []
    pos = 0
    for m in _DROP_RE.finditer(lower):
        if m.start() < pos:
            continue  # inside a block already dropped
        parts.append(html[pos : m.start()])
        if m.group(1):
            close = lower.find(f"</{m.group(1).lower()}", m.end())
            end = lower.find(">", close) + 1 if close >= 0 else len(html)
        else:
            close = lower.find("-->", m.end())
            end = close + 3 if close >= 0 else len(html)
        pos = end if end > 0 else len(html)
    parts.append(html[pos:])
    out = "".join(parts)
    if len(out) > max_chars:
        cut = out.rfind("<", 0, max_chars)
        out = out[: cut if cut > max_chars // 2 else max_chars]
    return out


def html_depth(html: str, stop: int | None = None) -> int:
    """How deep the elements of ``html`` nest, roughly as a browser would build them
    (void elements, raw-text elements and implied end tags accounted for).  Stops
    counting at ``stop`` when given."""
    return _walk(html, stop if stop is not None else 1 << 62)[0]


def flatten_html(html: str, max_depth: int) -> str:
    """``html`` without the tags nested deeper than ``max_depth`` (their text kept)."""
    if html_depth(html, stop=max_depth + 1) <= max_depth:
        return html
    return _walk(html, max_depth, flatten=True)[1]


def _walk(html: str, limit: int, *, flatten: bool = False) -> tuple[int, str]:
    """Walk the tags: (deepest nesting seen, ``html`` with tags beyond ``limit`` removed
    when ``flatten``).  Without ``flatten`` the walk stops once ``limit`` is reached."""
    stack: list[tuple[str, bool]] = []  # (tag, kept)
    open_count: dict[str, int] = {}
    parts: list[str] = []
    keep_from = 0
    deepest = 0
    pos = 0
    n = len(html)

    def pop_to(index: int) -> bool:
        kept = stack[index][1]
        for tag, _ in stack[index:]:
            open_count[tag] -= 1
        del stack[index:]
        return kept

    def tag_end(start: int) -> int:
        end = html.find(">", start)
        return end + 1 if end >= 0 else n

    for m in _TAG_RE.finditer(html):
        if m.start() < pos:
            continue  # inside a comment or a script skipped below
        pos = m.end()
        closing, name = m.group(1, 2)
        if name is None:  # a comment
            close = html.find("-->", pos)
            pos = close + 3 if close >= 0 else n
            continue
        name = name.lower()
        dropped = False
        if closing:
            if stack and stack[-1][0] == name:
                dropped = not pop_to(len(stack) - 1)
            elif open_count.get(name):
                at = next(i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == name)
                dropped = not pop_to(at)
        elif name not in _VOID:
            if name in _SELF_CLOSING_SIBLINGS and stack and stack[-1][0] == name:
                pop_to(len(stack) - 1)
            kept = len(stack) < limit
            dropped = not kept
            stack.append((name, kept))
            open_count[name] = open_count.get(name, 0) + 1
            if len(stack) > deepest:
                deepest = len(stack)
                if not flatten and deepest >= limit:
                    return deepest, html
            if name in _RAW:
                close_m = _RAW_END_RES[name].search(html, pos)
                if not kept:  # a script or style too deep: dropped whole, with its end tag
                    pop_to(len(stack) - 1)
                    end = tag_end(close_m.end()) if close_m else n
                    parts.append(html[keep_from : m.start()] + " ")
                    keep_from = pos = end
                    continue
                pos = close_m.start() if close_m else n
        if flatten and dropped:  # a space, so that a stray "<" before it stays text
            parts.append(html[keep_from : m.start()] + " ")
            keep_from = pos = tag_end(m.end())
    if not flatten:
        return deepest, html
    parts.append(html[keep_from:])
    return deepest, "".join(parts)
