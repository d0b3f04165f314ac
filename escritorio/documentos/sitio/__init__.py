"""El sitio de transparencia: páginas HTML estáticas (sin JavaScript, salvo la comprobación local de un archivo en
la página de verificación) armadas con datos ya leídos (servicios/publicacion.py)."""
