"""Who is who: inburgeraars and regisseurs, linking a chat to a person, pseudonyms, municipality profiles, demo data."""
