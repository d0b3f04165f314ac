"""Idiomas del programa: el castellano es el idioma fuente; portugués de Brasil e inglés, por catálogos.

La ventana traduce con los catálogos de Qt Linguist compilados (`recursos/traducciones/escritorio_<código>.qm`);
lo que no carga Qt lee el catálogo fuente (`.ts`, XML) con `catalogo.py`. Un solo lugar por traducción: los
documentos (pendientes, issue 18) saldrán del mismo archivo que la ventana.
"""

# Código del catálogo -> nombre del idioma en su propio idioma (así se lo reconoce en el selector).
IDIOMAS_DE_LA_INTERFAZ = {"es": "Español", "pt_BR": "Português (Brasil)", "en": "English"}

# El catálogo de cada idioma de documentos (es y pt, los oficiales de las redes; el portugués de los documentos es
# el de Brasil, como la ventana). Sus textos entran en ese catálogo además de los de la ventana.
CATALOGO_DE_DOCUMENTOS = {"es": "es", "pt": "pt_BR"}
