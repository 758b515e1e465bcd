"""A text as the personal-data finder reads it: every disguise of a digit, an `@` or a dot undone.

A volunteer who wants a number or an address past the guard, or a form that pastes
one oddly, can write it in many ways a reader still understands: HTML or percent
escapes (`%40`), full-width or Arabic-Indic digits, a full-width `＠`, an
ideographic full stop, `(at)`, `[at]`, `krøllalfa`, `[dot]`, spaces around the
`@`, a soft hyphen or a zero-width space inside a number, a word broken over
two lines with a hyphen. `normalised` writes the text back in plain ASCII
digits, `@` and `.` so that one set of patterns finds them all. Spaces, dots,
dashes and line breaks *between digit groups* are left for the finder, which
knows where a number may be split. Every step is a single pass (C-level
`str.translate`, `unicodedata.normalize`, patterns without nested repetition),
so the time grows with the text's length and no more.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"   # soft hyphen, zero-width characters
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"
_DOTS = "\u3002\uff61\ufe12\u2024"                              # ideographic and other full stops NFKC keeps
_ATS = "\ufe6b\uff20"
_WEBMAIL = ("gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "icloud", "me", "mac", "online",
            "protonmail", "proton", "aol", "gmx", "yandex", "mail", "broadpark", "frisurf")
# A domain taken for an address even after a space: `ola @gmail.com`, `ola at gmail . com`.
WEBMAIL_DOMAIN = r"(?:" + "|".join(_WEBMAIL) + r")[ \t]*+\.[ \t]*+[a-z]{2,3}\b"

# Words a reader takes for an `@` or a dot: `(at)`, `[@]`, `[dot]`, `[.]`, `{krøllalfa}`, ` krøllalfa `,
# ` punktum `. Each becomes a spaced ` @ ` or `.`; the finder reads spaces around them as part of an address.
# Every pattern begins with a character or word it needs, so a text without one is passed over at the speed of
# a search.
_BRACKETED_AT = re.compile(r"[(\[{<][ \t]*+(?:at|a|alfa|krøllalfa|@)[ \t]*+[)\]}>]", re.IGNORECASE)
_BRACKETED_DOT = re.compile(r"[(\[{<][ \t]*+(?:dot|punktum|prikk|\.)[ \t]*+[)\]}>]", re.IGNORECASE)
_WORD_AT = re.compile(r"(?<=[ \t])krøllalfa(?=[ \t])", re.IGNORECASE)
_WORD_DOT = re.compile(r"(?<=\w[ \t])(?:dot|punktum)(?=[ \t]\w)", re.IGNORECASE)
# ` at ` and ` på ` are Norwegian words too («håper at alle kommer», «vi er på Facebook»), so they stand for `@`
# only before a web-mail domain.
_WORD_AT_WEBMAIL = re.compile(r"(?<=[\w.+-][ \t])(?:at|på)(?=[ \t]" + WEBMAIL_DOMAIN + ")", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)")
_PERCENT_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})++")
_HYPHENATED = re.compile(r"-(?<=\w-)[ \t]*+\r?\n[ \t]*+(?=\w)")


_LOOK_ALIKES = ({ord(c): None for c in _INVISIBLE} | {ord(c): "-" for c in _DASHES} | {ord(c): "." for c in _DOTS}
                | {ord(c): "@" for c in _ATS})
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")   # a decimal digit of another script, or full-width


def _plain(text: str) -> dict[int, str | None]:
    """The `str.translate` table for `text`: its digits of other scripts to ASCII, look-alike `@` and dots to
    ASCII, dashes to `-`, invisible characters removed (made for the digits the text holds: a table of every
    digit Unicode knows takes longer to make than most texts take to read)."""
    digits = {ord(c): str(unicodedata.decimal(c)) for c in set(_OTHER_DIGIT.findall(text))}
    return _LOOK_ALIKES | digits


@lru_cache(maxsize=16)
def normalised(text: str) -> str:
    """`text` with its escapes decoded, in NFKC, with ASCII digits, `@` and dots, and the words for them
    replaced; not for showing, only for finding."""
    if "&" in text:
        text = _ENTITY.sub(_unescaped, text)
    if "%" in text:
        text = _PERCENT_ESCAPES.sub(_unquoted, text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        text = text.translate(_plain(text))
    text = _BRACKETED_DOT.sub(" . ", _BRACKETED_AT.sub(" @ ", _HYPHENATED.sub("", text)))
    lower = text.lower()   # a word pattern is tried only where its word is written
    if "krøllalfa" in lower:
        text = _WORD_AT.sub("@", text)
    if "dot" in lower or "punktum" in lower:
        text = _WORD_DOT.sub(".", text)
    if "at" in lower or "på" in lower:
        text = _WORD_AT_WEBMAIL.sub("@", text)
    return text


def _unescaped(entity: re.Match) -> str:
    return html.unescape(entity[0])


def _unquoted(escapes: re.Match) -> str:
    return bytes.fromhex(escapes[0].replace("%", "")).decode("utf-8", "replace")
