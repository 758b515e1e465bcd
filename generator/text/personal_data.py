"""Personal details written into text: national identity numbers, e-mail addresses and phone numbers.

Everyone who can propose a change reads every group file and issue, so a text
must not hold a fødselsnummer, D- or H-number, nor a person's e-mail address or
phone number. The finder returns what kind of detail it saw, never the detail
itself, so no message can repeat it.

The text is first read as `generator.text.normalise` writes it (escapes
decoded, any decimal digit in ASCII, look-alike and spelt-out `@` and dots
undone). A number may then be split into groups by one space, dot, dash,
slash, parenthesis or line break each (`150765 000 50`, `912 34\\n567`): such a
run of groups is a *cluster*, and a number is looked for in every stretch of
whole groups of the right length, so a postcode before a phone
(`0150 912 34 567`) hides nothing.

- **Identity numbers**: 11 digits whose first six are a day and month (plus 40
  on the day for a D-number, on the month for an H-number), and whose check
  digits hold by today's rule or by the one Skatteetaten takes into use on
  1 January 2032: the weighted sum behind the first check digit may leave 0, 1,
  2 or 3 modulo 11 instead of only 0, while the second is computed as before
  (skatteetaten.no/deling/opplysninger/folkeregisteropplysninger/pid/,
  "Nye fødselsnummer og d-nummer fra 2032"; the same rule in NAV's fnrvalidator,
  navikt/fnrvalidator#537). The second check digit is python-stdnum's. The
  century is not checked: from 2032 the individual number no longer gives it.
  Also found written as a date with the year in full (`15.07.1965 00050`).
- **Phones**, by libphonenumber's metadata for each country: a stretch of 8
  digits that is a Norwegian mobile, landline, VoIP or personal number (not a
  date like `23.09.2026` nor a time span like `21.00-23.00`), also with `47`
  or `0047` written onto it; any country's number after `+` or `00`. Free and
  service numbers (800, 810, 815, 82x) are an organisation's, not a person's.
- **E-mail addresses**: a character of an address, `@`, a domain ending in a
  name of letters.
- **Inside a link** (`https://…`, `www.…`) digit groups are not joined: the
  path's slashes and dots part ids and dates. A phone there is an 8-digit
  Norwegian *mobile* number standing as its own run, one with `47`/`0047` or
  `+` before it, or what follows `tel:`, `sms:`, `callto:`, `wa.me/` or
  `phone=`; long numeric ids (event and video ids) are never phones. An e-mail
  address is found in a link as anywhere (user info, path, query, `mailto:`).

Every pattern is anchored where its detail must begin (an `@`, a digit after a
non-digit, a link's scheme) and reads a bounded or non-overlapping stretch from
there, so the time grows with the text's length, never with its square; the
checks that ask about the same long text share one search of it. The clock is
never read: a number is found whatever day its birth date names.
"""

from __future__ import annotations

import calendar
from enum import Enum
from functools import cache, lru_cache
from itertools import accumulate

import phonenumbers
import re
from stdnum.no import fodselsnummer

from generator.text.normalise import WEBMAIL_DOMAIN, normalised

IDENTITY_DIGITS = 11
PHONE_DIGITS = 8   # a Norwegian number; shorter digit runs (years, times, counts) are never looked at

_SEP = r"(?:[ \t]*+[./()_-][ \t]*+|[ \t]*+\r?\n[ \t]*+|[ \t]++)"
_CLUSTER = re.compile(r"[0-9](?<![0-9][0-9])(?=(?:" + _SEP + r"?[0-9]){7})[0-9]*+(?:" + _SEP + r"[0-9]++)*+")
_PLUS_BEFORE = re.compile(r"\+[ \t]?\Z")
_GROUP = re.compile(r"[0-9]++")
_GLUED_COUNTRY_CODE = re.compile(r"4(?:(?<![0-9]4)|(?<=(?<![0-9])004))7([0-9]{8})(?![0-9])")   # 4791234567
_AS_DATE = re.compile(r"([0-9](?<![0-9][0-9])[0-9]?)" + _SEP + r"([0-9]{1,2})" + _SEP + r"(?:18|19|20)([0-9]{2})"
                      + _SEP + r"([0-9]{5}|[0-9]{3}" + _SEP + r"[0-9]{2})(?![0-9])")
# A dot in a domain, or a comma typed for one before a common ending (`ola@gmail,com`).
_DOMAIN_DOT = r"(?:\.|,(?=[ \t]*+(?:com|no|net|org)\b))"
# An address's last character, an `@` (spaces after it, or around it, or before a web-mail domain: a space before
# it alone is a handle, «følg @amnesty.nidaros»), and a domain whose dots may be spaced (`gmail . com`).
_EMAIL = re.compile(r"[\w.%+-](?:@|\s++@(?=\s|" + WEBMAIL_DOMAIN + r"))\s*+(?:[\w-]++[ \t]*+" + _DOMAIN_DOT
                    + r"[ \t]*+)+[a-z]{2,}", re.IGNORECASE)
_DAY, _MONTH = r"(?:0?[1-9]|[12][0-9]|3[01])", r"(?:0?[1-9]|1[0-2])"
_HOUR, _MINUTE = r"(?:[01][0-9]|2[0-4])", r"[0-5][0-9]"
# Dates (`23.09.2026`, `2026-09-23`) and spans of time (`21.00-23.00`) hold no phone, though their digits may be one.
_DATE_OR_TIME = re.compile(rf"(?<![0-9])(?:{_DAY}([./-]){_MONTH}\1[0-9]{{4}}|[0-9]{{4}}([./-]){_MONTH}\2{_DAY}"
                           rf"|{_HOUR}[.:]{_MINUTE}[ \t]*+-[ \t]*+{_HOUR}[.:]{_MINUTE})(?![0-9])")
_LINK = re.compile(r"(?:https?://|www\.)\S*+", re.IGNORECASE)
_LINK_PHONE = re.compile(r"(?:\b(?:tel|sms|callto):|\bwa\.me/|\bphone=)(\+?)([0-9][0-9 ().-]{6,24}+)",
                         re.IGNORECASE)
_LINK_INTERNATIONAL = re.compile(r"\+([0-9]{8,15}+)(?![0-9])")
# A run of 8 digits in a link, or of 47 or 0047 and 8.
_LINK_RUN = re.compile(r"[0-9](?<![0-9]{2})(?:(?<=4)7[0-9]|(?<=0)047[0-9])?[0-9]{7}(?![0-9])")
_NON_DIGIT = re.compile(r"[^0-9]++")
_K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)   # the first check digit's weights, itself weighed 1
_K1_REMAINDERS = (0, 1, 2, 3)                     # 0 alone before 2032


class Detail(str, Enum):
    IDENTITY_NUMBER = "fødselsnummer, D-nummer eller H-nummer"
    EMAIL = "e-postadresse"
    PHONE = "telefonnummer"


def identity_number_in(text: str) -> bool:
    return _identity_number_in(normalised(text))


def contact_detail_in(text: str) -> Detail | None:
    return _contact_detail_in(normalised(text))


def personal_detail_in(text: str) -> Detail | None:
    """The first kind of personal detail in `text`, the identity number before the rest."""
    plain = normalised(text)
    return Detail.IDENTITY_NUMBER if _identity_number_in(plain) else _contact_detail_in(plain)


_ARTICLE = {Detail.IDENTITY_NUMBER: "et", Detail.EMAIL: "en", Detail.PHONE: "et"}


def kind(detail: Detail) -> str:
    """The kind with its article: "et telefonnummer"."""
    return f"{_ARTICLE[detail]} {detail.value}"


def advice(detail: Detail) -> str:
    """What to do instead, in the words the forms and messages share."""
    if detail is Detail.IDENTITY_NUMBER:
        return "Fjern nummeret: et fødselsnummer, D-nummer eller H-nummer skal aldri stå i registeret."
    return ("Skriv ikke kontaktinformasjon om personer her: medlemmenes kontaktinformasjon står i "
            "medlemsregisteret, og gruppas egen e-post og telefon i feltene email og phone under public.")


@lru_cache(maxsize=16)   # a long text is searched by more than one check, with others between
def _identity_number_in(plain: str) -> bool:
    if any(_is_identity_number(day.zfill(2) + month.zfill(2) + year + _NON_DIGIT.sub("", rest))
           for day, month, year, rest in _AS_DATE.findall(plain)):
        return True
    return any(_is_identity_number(window) for cluster in _clusters(plain)
               for window in cluster.windows(IDENTITY_DIGITS, skip_first=cluster.international))


@lru_cache(maxsize=16)
def _contact_detail_in(plain: str) -> Detail | None:
    if "@" in plain and _EMAIL.search(plain):
        return Detail.EMAIL
    links = _LINK.findall(plain) if "://" in plain or "www." in plain.lower() else []
    prose = _LINK.sub("\n\n", plain) if links else plain
    if _CLUSTER.search(prose):   # the dates and times are parted from the digits around them only where needed
        if any(map(_is_norwegian, _GLUED_COUNTRY_CODE.findall(prose))):
            return Detail.PHONE
        if any(map(_phone_in_cluster, _clusters(_DATE_OR_TIME.sub("\n\n", prose)))):
            return Detail.PHONE
    return Detail.PHONE if any(map(_phone_in_link, links)) else None


@lru_cache(maxsize=2)
def _clusters(plain: str) -> tuple[_Cluster, ...]:
    """The clusters of a text, kept for the next search of the same text (identity numbers, then phones)."""
    return tuple(map(_Cluster, _CLUSTER.finditer(plain)))


class _Cluster:
    """Digit groups parted by single separators, as written: the digits joined, and where each group begins.
    A cluster may be as long as the text, so a stretch is one slice in one comprehension, and each distinct
    stretch is checked once."""

    def __init__(self, match: re.Match):
        self.international = bool(_PLUS_BEFORE.search(match.string, max(0, match.start() - 2), match.start()))
        groups = _GROUP.findall(match[0])
        self.digits = "".join(groups)
        self._bounds = set(accumulate(map(len, groups), initial=0))
        self.first_ends = list(accumulate(map(len, groups[:16])))   # where a number of at most 15 digits may end

    def windows(self, size: int, *, skip_first: bool = False) -> set[str]:
        """Every distinct stretch of `size` digits that begins and ends between groups (after the first group
        with `skip_first`)."""
        bounds = self._bounds
        starts = bounds - {0} if skip_first else bounds
        return {self.digits[start:start + size] for start in starts if start + size in bounds}


def _phone_in_cluster(cluster: _Cluster) -> bool:
    digits = cluster.digits
    if cluster.international or digits.startswith("00"):
        offset = 0 if cluster.international else 2
        if any(_is_international(digits[offset:end]) for end in cluster.first_ends
               if PHONE_DIGITS <= end - offset <= 15):
            return True
    return any(map(_is_norwegian, cluster.windows(PHONE_DIGITS)))


def _phone_in_link(link: str) -> bool:
    for plus, written in _LINK_PHONE.findall(link):
        digits = _NON_DIGIT.sub("", written)
        if _is_norwegian(digits) or _is_international(digits if plus else digits.removeprefix("00")):
            return True
    if "+" in link and any(map(_is_international, _LINK_INTERNATIONAL.findall(link))):
        return True
    return any(_is_norwegian(run[-PHONE_DIGITS:]) if len(run) > PHONE_DIGITS else _is_norwegian_mobile(run)
               for run in _LINK_RUN.findall(link))


@lru_cache(maxsize=4096)
def _is_identity_number(digits: str) -> bool:
    return _has_birth_date(digits) and _check_digits_hold(digits)


def _has_birth_date(digits: str) -> bool:
    day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    day -= 40 if day > 40 else 0        # a D-number
    month -= 40 if month > 40 else 0    # an H-number
    leap_or_not = 2000 if year % 4 == 0 else 2001   # the century is not known from 2032
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(leap_or_not, month)[1]


def _check_digits_hold(digits: str) -> bool:
    first = sum(weight * int(digit) for weight, digit in zip(_K1_WEIGHTS, digits)) % 11
    return first in _K1_REMAINDERS and fodselsnummer.calc_check_digit2(digits) == digits[10]


@lru_cache(maxsize=4096)
def _is_international(digits: str) -> bool:
    """`digits` (after `+`) are a country code and a valid national number of one of its regions."""
    return any(_national_pattern(region).fullmatch(digits[size:])
               for size in (1, 2, 3) if len(digits) > size
               for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:size]), ())
               if region != phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY)


def _is_norwegian(digits: str) -> bool:
    return bool(_personal_norwegian().fullmatch(digits))


def _is_norwegian_mobile(digits: str) -> bool:
    return bool(_national_pattern("NO", "mobile").fullmatch(digits))


@cache
def _national_pattern(region: str, kind: str = "general_desc"):
    description = getattr(phonenumbers.PhoneMetadata.metadata_for_region(region), kind)
    return re.compile(description.national_number_pattern if description else r"(?!)")


@cache
def _personal_norwegian():
    """A Norwegian number a person may have: mobile, landline, VoIP or personal (not free or service numbers)."""
    return re.compile("|".join(f"(?:{_national_pattern('NO', kind).pattern})"
                                  for kind in ("mobile", "fixed_line", "voip", "personal_number")))
