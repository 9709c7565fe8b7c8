"""A one-line progress bar for long runs: pairs done/total, rate, time left; redrawn in place on a terminal.

It draws only on an interactive terminal and never under CI (whenever the ``CI`` environment variable is set, as
every CI service sets it), so that logs and pipes get no control characters. The caller hands it the stream; it never
decides where output goes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from typing import TextIO


def wanted(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Whether a progress bar belongs on ``stream``: a terminal, and not under CI."""
    env = os.environ if environ is None else environ
    if "CI" in env:
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def bar_line(done: int, total: int, elapsed: float, width: int = 24, unit: str = "pairs") -> str:
    """The bar's text, e.g. ``[######------------------] 12/48 pairs  3.1 pairs/s  0:12 left``."""
    fraction = done / total if total else 1.0
    filled = int(width * fraction)
    rate = done / elapsed if elapsed > 0 and done else 0.0
    if done >= total:
        left = "done"
    elif rate > 0:
        left = f"{_duration((total - done) / rate)} left"
    else:
        left = "--:-- left"
    return f"[{'#' * filled}{'-' * (width - filled)}] {done}/{total} {unit}  {rate:.1f} {unit}/s  {left}"


class Progress:
    """``advance()`` after each item; ``close()`` at the end (or use it as a context manager)."""

    def __init__(
        self,
        total: int,
        stream: TextIO,
        *,
        enabled: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
        interval: float = 0.1,
    ) -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        self.enabled = wanted(stream) if enabled is None else enabled
        self.clock = clock
        self.interval = interval
        self.started = clock()
        self._drawn_at: float | None = None
        self._width = 0

    def __enter__(self) -> Progress:
        self._draw(force=True)
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def advance(self, count: int = 1) -> None:
        self.done += count
        self._draw(force=self.done >= self.total)

    def _draw(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = self.clock()
        if not force and self._drawn_at is not None and now - self._drawn_at < self.interval:
            return
        self._drawn_at = now
        line = bar_line(self.done, self.total, now - self.started)
        padding = " " * max(0, self._width - len(line))
        self._width = len(line)
        self.stream.write(f"\r{line}{padding}")
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar, leaving the terminal line clean for what follows."""
        if self.enabled and self._drawn_at is not None:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._drawn_at = None
