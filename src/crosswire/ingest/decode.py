"""Bytes to text: BOMs, declared encodings, UTF-8, then a detector; binary refused.

Order tried: a byte-order mark (UTF-8, UTF-16/32 LE/BE); the encoding the
content declares (``<meta charset>``, an XML declaration, or one passed in by
the caller, such as a WARC record's HTTP header); UTF-8; charset-normalizer's
best guess (cp1252, latin-1, ...); cp1252 and latin-1 when the detector gives up
(it does on short texts).  Content with NUL bytes that is not
UTF-16/32, or with too few printable characters, is refused as binary.
The result is NFC-normalised with ``\\n`` line ends and no control characters
except tab and newline; C1 controls (U+0080-U+009F, cp1252 bytes decoded as
latin-1 upstream) become their cp1252 characters.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED_RE = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])"""
    rb"""([A-Za-z0-9_\-:.]{2,40})""",
    re.IGNORECASE,
)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")
# C1 control characters (U+0080-U+009F) in decoded text are cp1252 bytes that went
# through a latin-1 decode somewhere upstream ("\x93quoted\x94"): they become the
# cp1252 characters, and the five bytes cp1252 leaves undefined are dropped
_C1 = {chr(c): bytes([c]).decode("cp1252", errors="ignore") for c in range(0x80, 0xA0)}
_C1_RE = re.compile("[\x80-\x9f]")


def _fix_c1(text: str) -> str:
    """C1 controls to their cp1252 characters (a regex scan: fast on long texts; one
    without C1 controls is returned as it is, after that one scan)."""
    return _C1_RE.sub(lambda m: _C1[m.group()], text)


MIN_PRINTABLE = 0.85


def declared_encoding(data: bytes) -> str | None:
    m = _DECLARED_RE.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _utf16_guess(data: bytes) -> str | None:
    """UTF-16 without BOM: NULs at every other byte of ASCII-heavy text."""
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    # (an emoji's low surrogate can put a NUL on the other side: DE00 in U+1F600);
    # the decoded text must then still pass as text
    if odd > 0.3 and even < odd / 2:
        return "utf-16-le"
    if even > 0.3 and odd < even / 2:
        return "utf-16-be"
    return None


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _fix_c1(_CONTROL_RE.sub("", text))
    return unicodedata.normalize("NFC", text)


def _printable_ratio(text: str) -> float:
    if not text:
        return 1.0
    sample = text[:20000]
    # spaces other than U+0020 (no-break, em, ideographic) and format characters
    # (zero-width joiners, direction marks) are text too, though not "printable"
    ok = sum(
        1 for ch in sample if ch.isprintable() or ch.isspace() or unicodedata.category(ch) == "Cf"
    )
    return ok / len(sample)


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to normalised text or raise DecodeError saying what was tried."""
    tried: list[str] = []
    candidates: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            candidates.append(enc)
            data = data[len(bom) :]
            break
    else:
        guess16 = _utf16_guess(data)
        if guess16:
            candidates.append(guess16)
        candidates += [e for e in (declared, declared_encoding(data)) if e]
        candidates.append("utf-8")
    for enc in dict.fromkeys(candidates):
        tried.append(enc)
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if "\x00" not in text and _printable_ratio(_fix_c1(text[:20000])) >= MIN_PRINTABLE:
            return normalise(text)
    if b"\x00" not in data:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        # without a NUL byte, UTF-16/32 is a detector's mistake on short texts
        # (b"0\xc2\x80\n{}" read as three CJK characters)
        if (
            best is not None
            and best.encoding
            and not best.encoding.startswith(("utf_16", "utf_32"))
        ):
            tried.append(best.encoding)
            try:
                text = data.decode(best.encoding)
            except (UnicodeDecodeError, LookupError):
                text = ""
            if text and _printable_ratio(text) >= MIN_PRINTABLE:
                return normalise(text)
        # the detector gives up on short texts: the common Western code page, last
        for enc in ("cp1252", "latin-1"):
            tried.append(enc)
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _printable_ratio(text) >= MIN_PRINTABLE:
                return normalise(text)
    raise DecodeError(f"binary or undecodable content (tried: {', '.join(tried)})")
