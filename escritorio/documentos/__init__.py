"""Documentos que Escritorio genera para imprimir o enviar: PDF y otros formatos."""
