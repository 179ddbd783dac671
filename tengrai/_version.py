"""The package's version (the one place the code reads it from)."""

__version__ = "0.1.0"
