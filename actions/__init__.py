"""Custom actions and the NLG endpoint, served by the rasa-sdk action server (Python 3.11)."""
