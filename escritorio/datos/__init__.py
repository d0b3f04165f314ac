"""SQLite: conexión, esquema, respaldos y consultas por área."""
