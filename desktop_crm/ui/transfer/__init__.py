"""Import wizard, import history with revert, export dialog."""
