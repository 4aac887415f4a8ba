"""Streamlit-side helpers: the URL state, cached data access and shared page parts."""
