"""Tests for the NLU text normaliser."""
