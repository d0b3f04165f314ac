"""Idiomas del programa: el castellano es el idioma fuente; portugués de Brasil e inglés, por catálogos.

La ventana traduce con los catálogos de Qt Linguist compilados (`recursos/traducciones/escritorio_<código>.qm`);
los documentos y la línea de órdenes, que no cargan Qt, leen el mismo catálogo fuente (`.ts`, XML) con
`catalogo.py`. Un solo lugar por traducción: lo que se traduce en la ventana y en un PDF sale del mismo archivo.
"""

FUENTE = "es"

# Código del catálogo -> nombre del idioma en su propio idioma (así se lo reconoce en el selector).
IDIOMAS_DE_LA_INTERFAZ = {"es": "Español", "pt_BR": "Português (Brasil)", "en": "English"}

# Los documentos van en el idioma de la asociación: los dos oficiales de las redes (estatuto de ejemplo, art. 4).
IDIOMAS_DE_DOCUMENTOS = {"es": "Español", "pt": "Português"}

# El catálogo de cada idioma de documentos (el portugués de los documentos es el de Brasil, como la interfaz).
CATALOGO_DE_DOCUMENTOS = {"pt": "pt_BR"}
