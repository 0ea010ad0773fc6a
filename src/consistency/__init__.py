"""consistency: a fact-consistency checker for news articles, run as a pytest plugin."""

__version__ = "0.1.0"
