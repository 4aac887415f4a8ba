"""Plain-language readings of what a chart shows, one module per page.

Never hard-coded: each sentence is built from the filtered rows it describes, so it
changes when the data or the filters change.
"""
