"""Learning: feedback, retraining, the model registry and the live model each worker serves."""
