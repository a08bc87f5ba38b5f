"""Extraction: the engine, the detectors of each event type and the language they read."""
