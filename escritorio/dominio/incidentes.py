"""Las clases de incidente (datos/incidentes.py): lo que otro programa escribió en la base y Escritorio selló aparte
(`filas_ajenas`), y una cabeza de la cadena que el testigo vio y la base perdió, ya explicada (`cadena_perdida`)."""

TIPOS_INCIDENTE = ("filas_ajenas", "cadena_perdida")
