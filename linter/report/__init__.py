"""Reporters: turn file results into text a person or a machine reads."""
