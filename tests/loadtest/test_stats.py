"""The numbers of the load test: percentiles and the memory verdict."""

from __future__ import annotations

import math

import pytest

from loadtest.stats import memory_verdict, median, percentile, second_round_tolerance


def test_percentile_interpolates_between_closest_ranks():
    values = [4.0, 1.0, 3.0, 2.0]  # unsorted on purpose
    assert percentile(values, 0) == 1.0
    assert percentile(values, 100) == 4.0
    assert percentile(values, 50) == pytest.approx(2.5)
    assert percentile(values, 95) == pytest.approx(3.85)  # numpy.percentile(values, 95)
    assert median([5.0, 1.0, 3.0]) == 3.0


def test_percentile_of_one_value_and_of_none():
    assert percentile([7.0], 95) == 7.0
    assert math.isnan(percentile([], 50))


def test_percentile_rejects_q_outside_0_100():
    with pytest.raises(ValueError):
        percentile([1.0], 101)


def test_memory_passes_with_bounded_growth_then_a_flat_second_round():
    verdict = memory_verdict(100.0, [250.0, 260.0])
    assert verdict.growth_mb == 150.0
    assert verdict.second_growth_mb == 10.0
    assert verdict.ok and verdict.growth_ok and verdict.steady_ok


def test_memory_fails_when_the_first_round_grows_more_than_200_mb():
    verdict = memory_verdict(100.0, [301.0, 301.0])
    assert not verdict.growth_ok and not verdict.ok


def test_memory_fails_when_the_second_round_keeps_growing():
    verdict = memory_verdict(100.0, [200.0, 221.0])  # +100 then +21: tolerance is max(20, 10) = 20
    assert verdict.growth_ok and verdict.steady_ok is False and not verdict.ok


def test_second_round_tolerance_is_20_mb_or_10_percent_of_the_first_growth():
    assert second_round_tolerance(50.0) == 20.0
    assert second_round_tolerance(190.0) == 20.0
    assert second_round_tolerance(300.0) == pytest.approx(30.0)
    assert second_round_tolerance(-5.0) == 20.0
    assert memory_verdict(0.0, [300.0, 329.0]).steady_ok  # but growth_ok is False
    assert memory_verdict(100.0, [150.0, 140.0]).steady_ok  # shrinking is fine


def test_one_round_has_no_second_round_verdict():
    verdict = memory_verdict(100.0, [150.0])
    assert verdict.steady_ok is None and verdict.second_growth_mb is None and verdict.ok
    with pytest.raises(ValueError):
        memory_verdict(100.0, [])
