"""Language and text: catalogs and formatting, language detection, machine translation, redaction, crisis words."""
