"""El sello de tiempo RFC 3161 de la cabeza de la bitácora: en qué certificado descansa la confianza.

- «primer_uso»: el de la autoridad de sello de tiempo que firmó el primer sello guardado (nadie lo dio: se fija).
- «dado»: el que dio quien configuró el servidor (el de la autoridad o el de quien la emitió).
"""

ORIGENES_DEL_CERTIFICADO = ("primer_uso", "dado")
