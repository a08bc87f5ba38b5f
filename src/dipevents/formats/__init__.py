"""Article formats: one module per publisher layout, and the registry that finds them."""

from dipevents.formats._registry import THRESHOLD, detect, formats, get_format

__all__ = ["THRESHOLD", "detect", "formats", "get_format"]
