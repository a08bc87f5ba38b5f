"""The version, read by the build backend and by ``dipevents.__version__``."""

__version__ = "0.1.0"
