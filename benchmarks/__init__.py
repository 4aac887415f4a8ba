"""Speed benchmark of the dashboard against a bare Streamlit page, with budgets.

Run it from the repository root with the venv's python: ``python -m benchmarks``
(``--runs N``, ``--language my`` for the Burmese pages, ``--help`` for the rest). It is a
script, not a test: it writes the "## Speed" section of BENCHMARKS.md (each language its
own) and exits non-zero when a budget is missed.

Modules: ``pages`` (which pages exist), ``servers`` (starting Streamlit),
``language`` (addresses in the reader's language, checks that pages came out in it),
``browser`` (time to drawn charts in Chromium), ``inprocess`` (script times,
tables, figure JSON through AppTest), ``memory`` (server RSS), ``machine`` and
``report`` (pure arithmetic, budget checks, the Markdown).
"""
