"""Tests of the benchmark harness itself (the measurements run with `make bench`, never in tests)."""
