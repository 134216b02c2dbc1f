"""desktop-crm: customer files as assets, offline, in Chinese and English."""

__version__ = "0.1.0"
