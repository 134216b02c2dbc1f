"""members area."""
