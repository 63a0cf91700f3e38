# Workspace package (not an entry): a config class and a model builder that reads it, BERT-style.
