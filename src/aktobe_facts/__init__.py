"""aktobe-facts: a fact checker for the internal consistency of the numbers in news articles."""

__version__ = "0.1.0"
