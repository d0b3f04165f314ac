"""Migración 0024: todo documento que el programa escribe lleva su código de verificación (issue 43, §2).

Hasta la 0023 solo las actas aprobadas, las resoluciones, los recibos y los estados de cuenta se registraban en
`documentos_emitidos`; el padrón, la convocatoria, los avisos de cobro, el acta en borrador, la composición de un
órgano, el organigrama, el texto de una norma, el resumen de cobranza y el informe de una unidad salían sin código y
«documento verificar» decía, falsamente, que no eran de esta base. La lista CHECK de `documentos_emitidos.tipo` se
amplía (sin reconstruir la tabla: `migraciones.ampliar_lista`); sus triggers de bitácora y de solo altas quedan como
estaban. No hay tablas ni columnas nuevas.

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import ampliar_lista

# dominio.verificacion.TIPOS, en SQL (tests/datos/test_migracion_reglas_del_dominio.py comprueba que sean la misma
# lista).
TIPOS_DE_DOCUMENTO_0024_SQL = ("'acta', 'resolucion', 'recibo', 'estado_cuenta', 'acta_borrador', 'convocatoria', "
                               "'aviso', 'padron', 'composicion', 'organigrama', 'norma', 'resumen_cobranza', "
                               "'informe_unidad'")


def ampliar(db: BaseDeDatos) -> None:
    ampliar_lista(db, "documentos_emitidos", "tipo", TIPOS_DE_DOCUMENTO_0024_SQL)


MIGRACION_TIPOS_DE_DOCUMENTO = ("0024_todos_los_documentos_con_codigo", ampliar)
