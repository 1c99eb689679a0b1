"""The ninth unseen corpus: a blind held-out test set of three invented public bodies (see README.md)."""
