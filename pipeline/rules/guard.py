"""One bad mention costs that mention only.

A rule family reads many candidate spans of a text; real pages hold writings no rule
foresaw ("au premier trimestre" with no year anywhere, "il y a et jours"). `guarded` runs the
work for one candidate: when it raises and the caller gave an `on_error`, the candidate is
dropped and `on_error(start, end, error)` is told, so the text keeps its other mentions and
the caller can report the span; without `on_error` (unit and property tests) it raises.
`time_limit` bounds the time one story's rules may take; `document_step` runs one
document's clean or segment under that budget and turns any failure into a reason.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


class Overtime(Exception):
    """Raised inside work that ran past its time budget."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise Overtime inside the block once `seconds` have passed, so that one runaway text
    becomes a reject instead of stalling the run. It needs the process's main thread (where
    the local engine runs its shards); elsewhere, or with no budget, the block runs unbounded."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise Overtime(f"over its time budget of {seconds:g} s")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def document_step(step: str, work: Callable[[], T], seconds: float | None,
                  refusal: type[Exception] | tuple = ()) -> tuple[T | None, str | None]:
    """(work(), None), or (None, a reason a user can act on) when `work` raised or ran past
    `seconds`: one document's failure becomes its reject row, never the run's. A `refusal`
    (the step's own "this is no news text") says its reason itself."""
    try:
        with time_limit(seconds):
            return work(), None
    except refusal as err:
        return None, str(err)
    except Overtime as err:
        return None, (f"{step} ran {err} and was stopped: the file is probably not a news text (a huge "
                      "single line, a data dump); check it, or raise --time-budget")
    except Exception as err:  # noqa: BLE001 - the document's reject row says what raised
        return None, (f"{step} failed on this file ({type(err).__name__}: {err}): an internal error, "
                      "the other files were processed; please report it with the file")
