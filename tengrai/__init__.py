"""tengrai: the Python SDK for the Tengr.ai image-generation API."""

__version__ = "0.1.0"
