"""Handing a conversation to a person: escalations, the regisseur's inbox, the outbox to the user."""
