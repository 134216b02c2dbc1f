"""Data quality: the duplicate scan, its review list, merging and undoing merges."""
