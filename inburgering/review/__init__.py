"""What the participatieraad sees: anonymised feedback, the review workspace, retention, labelling questions."""
