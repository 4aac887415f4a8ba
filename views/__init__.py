"""The pages: one file a page, each run by Streamlit as a script (the page registry, ui/pages.py, lists them)."""
