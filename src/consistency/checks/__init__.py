"""Checks: claims tied to declared facts, and the contradictions found."""
