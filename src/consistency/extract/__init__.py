"""Extraction: the quantities, dates and names an article states, with exact spans."""
