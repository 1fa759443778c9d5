"""Test support shared by the tests and the benchmarks (never shipped): a private Dovecot, sample mail."""
