"""One bad mention costs that mention only.

A rule family reads many candidate spans of a text; real pages hold writings no rule
foresaw ("au premier trimestre" with no year anywhere, "il y a et jours"). `guarded` runs the
work for one candidate: when it raises and the caller gave an `on_error`, the candidate is
dropped and `on_error(start, end, error)` is told, so the text keeps its other mentions and
the caller can report the span; without `on_error` (unit and property tests) it raises.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

OnError = Callable[[int, int, Exception], None]
T = TypeVar("T")


def guarded(work: Callable[[], T], span: tuple[int, int], on_error: OnError | None) -> T | None:
    """work(), or None after telling on_error(*span, error) when it raises."""
    if on_error is None:
        return work()
    try:
        return work()
    except Exception as err:  # noqa: BLE001 - reported by the caller with its span
        on_error(*span, err)
        return None
