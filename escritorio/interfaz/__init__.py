"""Interfaz gráfica (PySide6). Solo llama a servicios/: nunca ejecuta SQL."""
