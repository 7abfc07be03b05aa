"""Trained notelint artefacts, installed as the package ``notelint._models``."""
