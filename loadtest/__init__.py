"""Many readers: hold 50 simultaneous sessions against one dashboard server and check it holds up.

Usage (from the repository root, in the project's virtualenv):

    python -m loadtest                          # 50 sessions, 60 s, two rounds; writes BENCHMARKS.md
    python -m loadtest --sessions 100 --seconds 120
    python -m loadtest --url http://127.0.0.1:8501 --server-pid 12345 --no-write
    python -m loadtest --capacity --replicas 2  # steps of 25-300 sessions: one process, then 2 behind nginx
    python -m loadtest --capacity --steps 25 50 --seconds 10 --no-write   # a short capacity run

--capacity runs --steps (default 25 50 100 150 200 300) one after another against one
server it starts, --seconds each (fresh sessions each step), and reports per step the
errors, median and 95th percentile, server CPU and memory and the load average before and
after; the capacity is the largest step that, with every smaller one, kept its 95th
percentile under 1 s without errors. --replicas N runs the same steps through nginx
(deploy/nginx/dashboard.conf.template, see loadtest/proxy.py) in front of N servers, and
reports the sessions each replica got, browsers sent to more than one replica (must be 0)
and the download files fetched through the proxy. Both write the "## Capacity" section of
BENCHMARKS.md (between <!-- loadtest-capacity:start --> and its end marker).

Unless --url is given it starts its own server, `python -m streamlit run dashboard.py
--server.port P --server.headless true` on the first free port of 8581-8589, and stops
it at the end. XSRF protection stays on (.streamlit/config.toml). While others edit
the tree, add --no-file-watcher: a changed source file makes Streamlit unload the app's
modules, which races with imports in other sessions (KeyError raised by importlib).

Each session is a websocket client speaking Streamlit's own protocol, as the browser
does (Chromium pages are too heavy for 50 on a small machine): GET / and the health
check (which sets the `_streamlit_xsrf` cookie), connect to /_stcore/stream with the
subprotocols `streamlit, <that token>`, then send `BackMsg.rerun_script` and read
`ForwardMsg`s. A reader opens a page from a link (rerun with the page's URL path as
`page_name` and a query string built from ui/url_state.py), waits for `script_finished`,
changes one or two filters the way the browser does (a rerun carrying every widget's
value, one of them new: ids and values come from the deltas of the previous run, e.g.
the "Movements" pills), moves to another page (a navigation click, with
the page's `page_script_hash`, or a link), and so on for the whole round, reading
0.5-1.5 x --think seconds (default 10, so 5-15 s) before each action. Readers arrive
spread over the first --ramp seconds (default 10). Pages: those of the page registry
(ui/pages.py).

Reported: errors (an exception element in the deltas, a page not found, a
`script_finished` other than success, a websocket failure, or no `script_finished`
within --timeout), the median and 95th percentile time from sending a rerun to its
`script_finished`, the number of page runs, and the RSS of the server process with its
children (psutil) before the first round and after each round.

Requirements (exit status 1 when one fails, 0 when all hold):
  * errors = 0;
  * memory grows by at most 200 MB over the first round;
  * no further growth in the second round: at most the larger of 20 MB and 10 % of the
    first round's growth (allocator noise).

The results, with the machine (CPU, cores, RAM, Python, Streamlit, date), replace the
"## Many readers" section of BENCHMARKS.md (between <!-- loadtest:start --> and
<!-- loadtest:end -->; the rest of the file is left alone) unless --no-write.
"""
