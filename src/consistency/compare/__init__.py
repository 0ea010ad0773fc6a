"""Comparison: value semantics for figures, dates and roles."""
