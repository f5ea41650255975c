"""Benchmarks of the service: `python -m bench` (= `make bench`) runs them and publishes figures."""
