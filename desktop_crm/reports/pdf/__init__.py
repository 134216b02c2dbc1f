"""Printable PDFs: account plans and customer file cards, one or many per file (reportlab)."""
