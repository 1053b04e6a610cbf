"""Scoring: a saved model's probabilities from its arrays, without scikit-learn."""
