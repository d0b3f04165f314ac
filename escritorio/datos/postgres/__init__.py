"""El lado PostgreSQL de `datos/`: el modo servidor (varias personas a la vez sobre una base compartida)."""
