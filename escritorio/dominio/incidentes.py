"""Las clases de incidente (datos/incidentes.py): lo que otro programa escribió en la base y Escritorio selló aparte
(`filas_ajenas`), una cabeza de la cadena que el testigo vio y la base perdió, ya explicada (`cadena_perdida`), y una
supresión de datos personales que una restauración deshizo (`supresion_deshecha`: el respaldo era anterior)."""

TIPOS_INCIDENTE = ("filas_ajenas", "cadena_perdida", "supresion_deshecha")
