"""Benchmarks of the tengrai SDK against the baselines users would pick instead (`make bench`).

Each benchmark lives in its own module and returns a `benchmarks._report.Section`: summary rows with the target
beside the measurement, plus an optional detail table. `python -m benchmarks` runs them all, prints the tables and
writes `benchmarks/RESULTS.md`. Everything talks only to loopback or in-process apps.
"""
