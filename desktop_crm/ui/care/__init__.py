"""care area."""
