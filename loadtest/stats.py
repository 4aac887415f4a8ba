"""Numbers and verdicts: percentiles of run times and the memory rule. Pure functions."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

MB = 1024 * 1024

# The requirements of the issue "Holds up ... Many readers".
MAX_GROWTH_MB = 200.0  # first round: RSS after it minus RSS before
# "No further growth" in the second round: it may grow by at most the larger of
# 20 MB and 10 % of the first round's growth (allocator noise, caches filling up).
SECOND_ROUND_TOLERANCE_MB = 20.0
SECOND_ROUND_TOLERANCE_SHARE = 0.10
# On a quiet machine the 1-minute load average is near 0; at this share of the cores or more before
# a run, or with this share of all CPU time used by other work during a step, the run was not quiet.
BUSY_LOAD_PER_CORE = 0.5
BUSY_OUTSIDE_SHARE = 0.25


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear between closest ranks (numpy's default); NaN for no values."""
    if not 0 <= q <= 100:
        raise ValueError("q must be between 0 and 100")
    ordered = sorted(values)
    if not ordered:
        return math.nan
    position = (len(ordered) - 1) * q / 100
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    fraction = position - below
    return ordered[below] + (ordered[above] - ordered[below]) * fraction


def median(values: Sequence[float]) -> float:
    return percentile(values, 50)


@dataclass(frozen=True)
class MemoryVerdict:
    before_mb: float
    after_rounds_mb: tuple[float, ...]  # RSS after each round
    growth_mb: float  # first round
    second_growth_mb: float | None  # second round (None with one round)
    tolerance_mb: float | None
    growth_ok: bool
    steady_ok: bool | None  # None with one round

    @property
    def ok(self) -> bool:
        return self.growth_ok and self.steady_ok is not False

    def describe(self) -> str:
        parts = [
            f"first round +{self.growth_mb:.1f} MB (limit {MAX_GROWTH_MB:.0f} MB): {'pass' if self.growth_ok else 'FAIL'}"
        ]
        if self.second_growth_mb is not None:
            parts.append(
                f"second round {self.second_growth_mb:+.1f} MB (limit {self.tolerance_mb:.1f} MB): "
                f"{'pass' if self.steady_ok else 'FAIL'}"
            )
        return "; ".join(parts)


def second_round_tolerance(growth_mb: float) -> float:
    return max(SECOND_ROUND_TOLERANCE_MB, SECOND_ROUND_TOLERANCE_SHARE * max(growth_mb, 0.0))


def memory_verdict(before_mb: float, after_rounds_mb: Sequence[float]) -> MemoryVerdict:
    """Growth over the first round at most 200 MB; the second round grows at most max(20 MB, 10 % of the first)."""
    if not after_rounds_mb:
        raise ValueError("need the RSS after at least one round")
    growth = after_rounds_mb[0] - before_mb
    second = tolerance = steady = None
    if len(after_rounds_mb) >= 2:
        # Every later round is held to the same rule against the round before it.
        later = [b - a for a, b in zip(after_rounds_mb, after_rounds_mb[1:])]
        second = max(later)
        tolerance = second_round_tolerance(growth)
        steady = second <= tolerance
    return MemoryVerdict(
        before_mb=before_mb,
        after_rounds_mb=tuple(after_rounds_mb),
        growth_mb=growth,
        second_growth_mb=second,
        tolerance_mb=tolerance,
        growth_ok=growth <= MAX_GROWTH_MB,
        steady_ok=steady,
    )
