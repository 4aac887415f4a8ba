"""Figure builders: pure functions from frames to plotly Figures. No streamlit here."""
