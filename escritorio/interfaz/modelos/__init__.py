"""Parte de la interfaz gráfica de Escritorio."""
