"""Simulated readers: each one a websocket session speaking Streamlit's protocol, as the browser does.

A reader loads the app (GET / and the health check, which sets the `_streamlit_xsrf`
cookie), opens `/_stcore/stream` with the subprotocols `streamlit, <xsrf token>` (the
frontend's `new WebSocket(url, ["streamlit", token])`), then for the whole round:
opens a page from a link (rerun with `page_name` and a query string), changes one or
two filters (rerun with the page's hash, the app's current query string and every
widget's value, one of them new), moves to another page (a navigation click: rerun
with the target's `page_script_hash`, or a link), and so on, pausing between actions.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import websockets
from websockets.asyncio.client import ClientConnection, connect

from loadtest import pages as page_list
from loadtest.protocol import (
    EARLY_FOR_RERUN,
    STATUS_NAMES,
    SUCCESS,
    MessageCache,
    WidgetBoard,
    changed_value,
    decode,
    download_url,
    encode_rerun,
    navigation_hashes,
    problems_in,
    widget_from,
)

XSRF_COOKIE = "_streamlit_xsrf"
MAX_ERRORS_KEPT = 200


@dataclass(frozen=True)
class Run:
    page: str
    kind: str  # "link" (page_name + query string), "nav" (page_script_hash), "filter" (widget_states)
    seconds: float
    ok: bool


@dataclass
class RoundResult:
    runs: list[Run] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    error_count: int = 0
    sessions_started: int = 0
    connected: int = 0
    peak_connected: int = 0
    min_connected_holding: int | None = None  # fewest sessions open once all had started
    early_reruns: int = 0  # runs the app restarted itself (st.rerun); timed to the final finish
    filter_changes_by_widget: dict[str, int] = field(default_factory=dict)
    connect_seconds: list[float] = field(default_factory=list)  # GET / until the websocket is open
    wall_seconds: float = 0.0  # how long the round took, stragglers included
    server_cpu_seconds: float | None = None  # CPU the server used meanwhile (None when not measured)
    machine_busy: float | None = None  # share of all cores busy meanwhile, 0..1
    downloads: int = 0  # download files fetched (Settings.check_downloads)
    downloads_failed: int = 0

    def error(self, text: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append(text)


@dataclass(frozen=True)
class Settings:
    base_url: str
    pages: Sequence[str]
    think: float = 10.0  # mean time a reader reads before the next action, seconds (uniform 0.5x..1.5x)
    timeout: float = 60.0  # longest wait for one run to finish, seconds
    check_downloads: bool = False  # fetch the first download file a run offers, as a click would


class RunFailed(Exception):
    """The session cannot go on (timeout or broken websocket): reconnect."""


async def http_get(base_url: str, path: str, cookies: dict[str, str]) -> tuple[int, list[tuple[str, str]], bytes]:
    """A plain HTTP/1.1 GET without threads (50 readers connect at once); keeps cookies like a browser.

    Returns the status, the headers and the body as sent (not decoded if chunked).
    """
    parts = urlsplit(base_url)
    if parts.scheme != "http":
        raise ValueError("only http:// servers are supported")
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port or 80)
    try:
        cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
        request = (f"GET {parts.path.rstrip('/')}{path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                   "User-Agent: loadtest\r\nAccept: */*\r\nConnection: close\r\n"
                   + (f"Cookie: {cookie}\r\n" if cookie else "") + "\r\n")
        writer.write(request.encode("latin-1"))
        await writer.drain()
        head, _, body = (await reader.read(-1)).partition(b"\r\n\r\n")
    finally:
        writer.close()
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = [(name.strip().lower(), value.strip()) for name, _, value in (line.partition(":") for line in lines[1:])]
    for name, value in headers:
        if name == "set-cookie":
            key, _, rest = value.partition("=")
            cookies[key.strip()] = rest.split(";", 1)[0].strip()
    return status, headers, body


async def fetch_xsrf_cookie(base_url: str, cookies: dict[str, str] | None = None) -> str:
    """What the browser does before connecting: load the page, then the health check that sets the cookie.

    `cookies` is the browser's cookie jar: it keeps what the server (or a proxy) set.
    """
    cookies = {} if cookies is None else cookies
    for path in ("/", "/_stcore/health", "/_stcore/host-config"):
        status, _, _ = await http_get(base_url, path, cookies)
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}")
    if XSRF_COOKIE not in cookies:
        raise RuntimeError(f"the server set no {XSRF_COOKIE} cookie (is XSRF protection off?)")
    return cookies[XSRF_COOKIE]


class Reader:
    def __init__(self, settings: Settings, result: RoundResult, rng: random.Random) -> None:
        self.settings = settings
        self.result = result
        self.rng = rng
        self.base = settings.base_url.rstrip("/")
        parts = urlsplit(self.base)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.ws_url = ("wss" if parts.scheme == "https" else "ws") + f"://{parts.netloc}{parts.path}/_stcore/stream"
        self.ws: ClientConnection | None = None
        self.cookies: dict[str, str] = {}  # kept across reconnections, as a browser keeps them
        self._reset_session_state()

    def _reset_session_state(self) -> None:
        self.board = WidgetBoard()
        self.cache = MessageCache()
        self.nav: dict[str, str] = {}
        self.main_hash = ""
        self.page_hash = ""
        self.page = ""
        self.query = ""
        self.downloads: list[str] = []  # download file URLs of the last run

    # --- connection -------------------------------------------------------------------

    async def connect(self) -> None:
        started = time.monotonic()
        token = await asyncio.wait_for(fetch_xsrf_cookie(self.base, self.cookies), self.settings.timeout)
        self.ws = await connect(
            self.ws_url,
            subprotocols=["streamlit", token],
            origin=self.origin,
            additional_headers={"Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items())},
            max_size=None,
            ping_interval=None,  # the browser sends no pings; the server pings and we answer
            open_timeout=self.settings.timeout,
        )
        if self.ws.subprotocol != "streamlit":
            raise RuntimeError(f"server chose subprotocol {self.ws.subprotocol!r}")
        self._reset_session_state()
        self.result.connect_seconds.append(time.monotonic() - started)
        self.result.sessions_started += 1
        self.result.connected += 1
        self.result.peak_connected = max(self.result.peak_connected, self.result.connected)

    async def close(self) -> None:
        if self.ws is not None:
            ws, self.ws = self.ws, None
            self.result.connected -= 1
            try:
                await asyncio.wait_for(ws.close(), 5)
            except Exception:  # noqa: BLE001 - closing a broken socket
                pass

    # --- one script run ------------------------------------------------------------------

    async def rerun(self, kind: str, page: str, *, page_name: str = "", page_script_hash: str = "",
                    query: str = "", widgets: Sequence = ()) -> None:
        assert self.ws is not None
        url = f"{self.base}/{page_list.url_path(page)}" + (f"?{query}" if query else "")
        data = encode_rerun(query_string=query, page_name=page_name, page_script_hash=page_script_hash,
                            widgets=widgets, cached_hashes=self.cache.hashes(), url=url)
        self.query = query
        self.board.start_run()
        self.downloads = []
        problems: list[str] = []
        started = time.monotonic()
        deadline = started + self.settings.timeout
        try:
            await self.ws.send(data)
            while True:
                raw = await asyncio.wait_for(self.ws.recv(), max(deadline - time.monotonic(), 0.001))
                msg = decode(raw)
                if msg.WhichOneof("type") == "ref_hash":
                    resolved = self.cache.resolve(msg)
                    if resolved is None:
                        problems.append(f"unknown cached message {msg.ref_hash}")
                        continue
                    msg = resolved
                else:
                    self.cache.remember(msg, raw)
                problems.extend(problems_in(msg))
                kind_of_msg = msg.WhichOneof("type")
                if kind_of_msg == "new_session":
                    self.main_hash = msg.new_session.main_script_hash
                    self.page_hash = msg.new_session.page_script_hash
                    age = msg.new_session.config.max_cached_message_age
                    self.cache.max_age = age if age > 0 else self.cache.max_age
                elif kind_of_msg == "navigation":
                    # The last one of a run is st.navigation's; it names the page being run,
                    # which the browser keeps as its current page (new_session names the main script).
                    self.nav = navigation_hashes(msg)
                    self.page_hash = msg.navigation.page_script_hash or self.page_hash
                elif kind_of_msg == "page_info_changed":
                    self.query = msg.page_info_changed.query_string
                elif kind_of_msg == "delta":
                    widget = widget_from(msg)
                    if widget is not None:
                        self.board.saw(widget)
                    elif (url := download_url(msg)) is not None:
                        self.downloads.append(url)
                elif kind_of_msg == "script_finished":
                    status = msg.script_finished
                    if status == EARLY_FOR_RERUN:
                        self.result.early_reruns += 1  # the app asked for a rerun; it follows at once
                        continue
                    if status != SUCCESS:
                        problems.append(f"script finished with {STATUS_NAMES.get(status, status)}")
                    else:
                        self.board.finish_run()
                    self.cache.finish_run()
                    break
        except (asyncio.TimeoutError, TimeoutError):
            self._record(page, kind, time.monotonic() - started, [f"no script_finished within {self.settings.timeout:.0f} s"])
            raise RunFailed("timeout") from None
        except (websockets.ConnectionClosed, OSError) as error:
            self._record(page, kind, time.monotonic() - started, [f"websocket: {type(error).__name__}: {error}"])
            raise RunFailed("websocket") from None
        self._record(page, kind, time.monotonic() - started, problems)
        if self.settings.check_downloads and self.downloads and not problems:
            await self.download(self.downloads[0])

    async def download(self, url: str) -> None:
        """Fetch a download button's file with this browser's cookies (through a proxy: from its replica)."""
        self.result.downloads += 1
        try:
            status, _, body = await asyncio.wait_for(http_get(self.base, url, self.cookies), self.settings.timeout)
        except (OSError, asyncio.TimeoutError, TimeoutError) as error:
            self.result.error(f"download {url}: {type(error).__name__}")
            self.result.downloads_failed += 1
            return
        if status != 200 or not body:
            self.result.error(f"download {url}: HTTP {status}" + ("" if body else ", empty"))
            self.result.downloads_failed += 1

    def _record(self, page: str, kind: str, seconds: float, problems: list[str]) -> None:
        self.result.runs.append(Run(page, kind, seconds, not problems))
        for problem in problems:
            self.result.error(f"{page_list.url_path(page) or '/'} ({kind}): {problem}")

    # --- what a reader does ---------------------------------------------------------------

    async def open(self, page: str, *, link: bool) -> None:
        keep = self.board.of_script(self.main_hash) if self.main_hash else []
        target_hash = self.nav.get(page_list.url_path(page))
        if link or not target_hash:
            await self.rerun("link", page, page_name=page_list.url_path(page),
                             query=page_list.random_query(page, self.rng), widgets=keep)
        else:
            await self.rerun("nav", page, page_script_hash=target_hash, widgets=keep)
        self.page = page

    async def change_filter(self) -> bool:
        widgets = self.board.changeable()
        if not widgets:
            return False
        widget = self.rng.choice(widgets)
        self.board.set(widget.id, changed_value(widget, self.rng))
        key = f"{page_list.url_path(self.page) or '/'} {widget.kind} {widget.label!r}"
        self.result.filter_changes_by_widget[key] = self.result.filter_changes_by_widget.get(key, 0) + 1
        await self.rerun("filter", self.page, page_script_hash=self.page_hash, query=self.query,
                         widgets=self.board.all())
        return True

    async def pause(self, until: float) -> bool:
        """Think for a while; False when the round is over."""
        delay = self.settings.think * self.rng.uniform(0.5, 1.5)
        await asyncio.sleep(max(min(delay, until - time.monotonic()), 0))
        return time.monotonic() < until

    async def live(self, until: float) -> None:
        """Read pages until `until` (monotonic), reconnecting like the browser after a failure."""
        pages = list(self.settings.pages)
        while time.monotonic() < until:
            try:
                await self.connect()
                await self.open(self.rng.choice(pages), link=True)
                while await self.pause(until):
                    for _ in range(self.rng.randint(1, 2)):
                        if not await self.change_filter() or not await self.pause(until):
                            break
                    if time.monotonic() >= until:
                        break
                    others = [p for p in pages if p != self.page] or pages
                    await self.open(self.rng.choice(others), link=self.rng.random() < 0.5)
            except RunFailed:
                pass
            except TimeoutError:
                self.result.error(f"could not connect within {self.settings.timeout:.0f} s")
            except Exception as error:  # noqa: BLE001 - e.g. connecting failed: count it, start again
                self.result.error(f"session failed: {type(error).__name__}: {error}")
            finally:
                await self.close()
            if time.monotonic() < until:
                await asyncio.sleep(1.0)


async def run_round(
    settings: Settings,
    sessions: int,
    seconds: float,
    *,
    seed: int = 0,
    ramp: float = 10.0,
    sample: Callable[[], None] | None = None,
    result: RoundResult | None = None,
) -> RoundResult:
    """`sessions` readers at once for `seconds` (arrivals spread over the first `ramp` seconds).

    A run in flight when time is up is waited for and counted; then every session closes.
    `sample` is called about every half second (the caller measures memory with it);
    pass `result` to watch the counts while the round runs.
    """
    result = result if result is not None else RoundResult()
    start = time.monotonic()
    until = start + seconds
    holding_from = start + ramp + 0.5

    async def reader(number: int) -> None:
        await asyncio.sleep(ramp * number / max(sessions, 1))
        await Reader(settings, result, random.Random(f"{seed}/{number}")).live(until)

    async def watch() -> None:
        while True:
            now = time.monotonic()
            if holding_from <= now <= until:
                low = result.min_connected_holding
                result.min_connected_holding = result.connected if low is None else min(low, result.connected)
            if sample is not None:
                sample()
            await asyncio.sleep(0.5)

    watcher = asyncio.create_task(watch())
    try:
        await asyncio.gather(*(reader(n) for n in range(sessions)))
    finally:
        watcher.cancel()
        if sample is not None:
            sample()
    return result
