"""Renderers: findings and claims as text, JSON and HTML."""
