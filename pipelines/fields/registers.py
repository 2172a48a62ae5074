"""A museum's register or accession number: the year the specimen was registered and its serial
in that year ("1937-512", "B.M. 1961-418", "1950.3.12.45", "XMNH (E) / 2014-77"). Such a number
is no date, no field number and no catalogue number of the specimen's own collection; the
parsers that must not read it as theirs build their patterns from these parts."""

from __future__ import annotations

import re

# a register's year: the museums' registers run from the 17th century to now
YEAR = r"(?:1[6-9]\d\d|20[0-3]\d)"
# between the year and the serial: a dash or a slash, spaced or not
DASH = r"\s?[-–—/]\s?"
# the serial, and a register's further parts after full stops ("1950.3.12.45")
SERIAL = r"\d{1,5}(?:\.\d{1,5})*"

# a register number inside a line: the year, a dash or a full stop, the serial
REGISTER_NUMBER = re.compile(rf"(?<!\d){YEAR}(?:{DASH}|\.){SERIAL}(?!\d)")
