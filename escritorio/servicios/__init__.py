"""Casos de uso de Escritorio: la API que usan la interfaz y la línea de órdenes.

Cada escritura es una transacción: se hace completa o no se hace.
"""
