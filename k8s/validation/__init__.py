"""The checks of k8s/validate.py, one module per concern."""
