"""Writes about learning activities, one module per sub-concept."""
