"""Use cases over the database: each owns its transaction and says what it changed."""
