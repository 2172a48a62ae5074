"""The spans other fields claimed (dates, names, collectors): `Span`, the spans merged, whether a
line is spent once they are taken out of it, the end of the longest claimed span at an offset;
and the spans of the regions' names on a label (`RegionSpan`, `regions_on`)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from pipelines.fields.text import Line

Span = tuple[int, int]
# (label position, start, end) of a country's or a state's name (`regions.region_spans`)
RegionSpan = tuple[int, int, int]


def regions_on(
    regions: Sequence[RegionSpan], position: int, s: int = 0, e: int | None = None
) -> list[Span]:
    """The spans of `regions` on the label at `position` that start in `s:e` (from `s` on, without
    `e`)."""
    return [
        (rs, re_) for p, rs, re_ in regions if p == position and s <= rs and (e is None or rs < e)
    ]


def merged_spans(spans: Sequence[Span]) -> list[Span]:
    """The spans sorted, overlaps joined (a date is claimed as the event date and as a date)."""
    out: list[Span] = []
    for cs, ce in sorted(spans):
        if out and cs <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], ce))
        else:
            out.append((cs, ce))
    return out


def spent(line: Line, merged: Sequence[Span], ends: Sequence[int]) -> bool:
    """Whether a line says nothing once the claimed spans (`merged_spans`, with their `ends`) are
    taken out of it: fewer than four characters are left, or fewer than three letters ("90." before
    a name, "No." before a number)."""
    free = bytearray(b"\x01") * len(line.text)
    k = bisect.bisect_right(ends, line.start)
    while k < len(merged) and merged[k][0] < line.end:
        a, b = max(merged[k][0], line.start), min(merged[k][1], line.end)
        if a < b:
            free[a - line.start : b - line.start] = bytes(b - a)
        k += 1
    left = [ch for ch, f in zip(line.text, free, strict=True) if f and not ch.isspace()]
    touched = len(left) < len(line.text) - sum(ch.isspace() for ch in line.text)
    return len(left) < 4 or (touched and sum(ch.isalpha() for ch in left) < 3)


def claimed_end(spans: Sequence[Span], cs: int) -> int:
    """The end of the longest claimed span starting at `cs`."""
    return max(ce for s, ce in spans if s == cs)
