"""The fourth unseen corpus: a blind held-out test set of three invented councils (see README.md)."""
