"""Relations between an article's figures, read from a claims file."""
