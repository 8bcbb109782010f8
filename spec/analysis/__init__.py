"""Analyses built on the checker: minimal cut sets, effective redundancy, verdict matrices."""
