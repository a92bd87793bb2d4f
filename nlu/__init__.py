"""NLU training data (nl, ar, ti) and the text normaliser used by the Rasa pipeline.

`nlu.text` is plain Python (no Rasa import) so the app's 3.11 venv can test it;
`nlu.normalise` wraps it as a Rasa graph component for config.yml.
"""
