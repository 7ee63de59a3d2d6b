"""Interactive, self-contained HTML views of the graph."""
