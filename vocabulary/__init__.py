"""The words and number formats the whole dashboard shares: movement names, labels of ids, formatting,
verdict words and the economy indicators' metadata.

Below `transforms/` and `charts/` (and above nothing of the project's own): readings, figures and pages
say a thing the same way because they take the words from here. Plain Python, no pandas types required
beyond what is passed in, and never Streamlit.
"""
