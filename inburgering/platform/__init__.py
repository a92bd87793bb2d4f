"""Running the system: settings, database, migrations, logging, the process stack, Rasa's tracker store."""
