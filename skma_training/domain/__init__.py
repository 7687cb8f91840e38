"""The regulation as plain Python over plain data: no Qt, no SQL, no files but the rule book."""
