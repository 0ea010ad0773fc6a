"""Repository-level pytest configuration: the plugin's own tests drive inner runs with pytester."""

pytest_plugins = ("pytester",)
