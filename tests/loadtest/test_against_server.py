"""The load client against a real dashboard server: proof that it speaks Streamlit's protocol.

Only the overview (the default page, committed and stable) is visited, so that a page
another engineer is still writing cannot fail these tests: they are about the client.
`python -m loadtest` visits every registered page.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
import random

import pytest

from loadtest.client import Reader, RoundResult, Settings, run_round
from loadtest.server import Server

pytestmark = [pytest.mark.server, pytest.mark.slow]

TIMEOUT = 120  # a busy 2-core machine can be slow; the load test itself uses 60 s


def run_async(coroutine):
    """Run a coroutine on its own loop in a worker thread: the browser tests' Playwright keeps
    an event loop on the main thread for the whole session, where asyncio.run() is refused."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@pytest.fixture(scope="module")
def server():
    with Server() as running:  # first free port of 8581-8589, XSRF protection on as configured
        yield running


def movements(reader: Reader):
    return next(widget for widget in reader.board.all() if widget.label == "Movements")


def test_a_reader_follows_a_link_changes_the_filter_and_clicks_in_the_navigation(server):
    async def scenario() -> tuple[RoundResult, list]:
        result = RoundResult()
        reader = Reader(Settings(server.url, ["overview"], timeout=TIMEOUT), result, random.Random(0))
        seen = []
        await reader.connect()
        try:
            # A link: the query string reaches the app, which seeds the movement filter from it.
            await reader.rerun("link", "overview", page_name="", query="movement=1988")
            reader.page = "overview"
            seen.append((movements(reader).value, reader.query))
            # The reader picks the other movement: widget_states carry it, the app writes it to the URL.
            reader.board.set(movements(reader).id, ["2021 movement"])
            await reader.rerun("filter", "overview", page_script_hash=reader.page_hash, query=reader.query,
                               widgets=reader.board.all())
            seen.append((movements(reader).value, reader.query))
            # A click in the navigation (page hash, empty query string): the choice is kept.
            await reader.open("overview", link=False)
            seen.append((movements(reader).value, reader.query))
            # A link to a page that does not exist is reported as an error.
            await reader.rerun("link", "overview", page_name="no-such-page")
        finally:
            await reader.close()
        return result, seen

    result, seen = run_async(scenario())
    assert seen == [
        (["1988 uprising"], "movement=1988"),
        (["2021 movement"], "movement=2021"),
        (["2021 movement"], "movement=2021"),
    ]
    assert [run.kind for run in result.runs] == ["link", "filter", "nav", "link"]
    assert [run.ok for run in result.runs] == [True, True, True, False]
    assert result.error_count == 1 and "page not found" in result.errors[0]


def test_three_sessions_for_five_seconds_without_errors(server):
    settings = Settings(server.url, ["overview"], think=0.5, timeout=TIMEOUT)
    result = run_async(run_round(settings, sessions=3, seconds=5, ramp=1))
    assert result.error_count == 0, result.errors
    assert len(result.runs) > 0
    assert result.peak_connected == 3 and result.connected == 0
