"""The input channel Rasa serves our bot on (loaded by Rasa from credentials.yml, Python 3.10)."""
