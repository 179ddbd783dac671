"""Fault soak: many concurrent generations against the served mock with faults injected at every layer."""
