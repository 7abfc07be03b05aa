"""Training: prepare the corpus, fit the models, evaluate them and package them into models/."""
