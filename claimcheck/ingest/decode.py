"""Bytes to text: UTF-8 first, then a Western guess, then charset-normalizer.

charset-normalizer alone guesses poorly on short English news in cp1252 (it says
``mac_latin2`` for a paragraph with a curly apostrophe and a euro sign), so a
cp1252 decoding that looks like Latin-script text is preferred to its guess.
"""

from __future__ import annotations

import codecs

from claimcheck.errors import InputError

_SAMPLE = 65_536
_BINARY_HINT = "pass article text (.txt .md .html .htm .jsonl), not a binary file"


def _control_ratio(sample: bytes) -> float:
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / max(1, len(sample))


def _looks_latin(text: str) -> bool:
    # In cp1252-decoded Cyrillic or Greek nearly every letter lands in U+00C0-U+00FF.
    sample = text[:_SAMPLE]
    high = sum(1 for ch in sample if "\u00c0" <= ch <= "\u00ff")
    ascii_letters = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    return high <= 0.2 * max(1, ascii_letters)


def _guess(data: bytes, path: str) -> str:
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _looks_latin(western):
        return western
    import charset_normalizer  # slow to import; only non-UTF-8 input needs it

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    if western is not None:
        return western
    raise InputError(
        "cannot tell the text encoding",
        path=path,
        hint="save the file as UTF-8",
    )


def decode_bytes(data: bytes, path: str) -> str:
    """Decode an article's bytes; raise :class:`InputError` for binary or empty input.

    A UTF-8 byte order mark is dropped; UTF-16 with a BOM is accepted.

    Example:
        >>> decode_bytes(b"\\xef\\xbb\\xbfCaf\\xc3\\xa9 opens", "a.txt")
        'Café opens'
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError("not valid UTF-16", path=path, hint="save as UTF-8") from error
    elif b"\x00" in data or _control_ratio(data[:_SAMPLE]) > 0.1:
        raise InputError("binary file, not an article", path=path, hint=_BINARY_HINT)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _guess(data, path)
    if not text.strip():
        raise InputError("empty document", path=path, hint="the file holds no text; remove it")
    return text
