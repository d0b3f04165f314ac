"""Migración 0040: la bitácora, buscable por fila (issue 58, punto 5: Deshacer no cruza un acto cerrado).

Deshacer pregunta, cada vez que se abre el menú Edición y otra vez dentro de la transacción que deshace, si una
votación, una resolución, un acta, un recibo, un documento o un mensaje que leen lo que el cambio tocó tienen un
registro en la bitácora posterior al cambio (datos/cerrado_despues.py). Sin índice, cada pregunta recorría la
bitácora entera desde el cambio: con una importación grande después (cientos de miles de registros), segundos por
cada vez que se abre el menú. Con `bitacora_por_fila` (entidad, entidad_id; en SQLite el id viaja en el índice), es
una búsqueda por fila. También la usan el visor de la bitácora filtrado por un registro y el aviso de Deshacer que
dice quién cambió la fila después.

No cambia ninguna tabla ni lo que la bitácora guarda (ni su sello). La registra `esquema/__init__.py`, al final. Nunca se
modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos


def crear_indice(db: BaseDeDatos) -> None:
    db.execute("CREATE INDEX bitacora_por_fila ON bitacora(entidad, entidad_id)")


MIGRACION_BITACORA_POR_FILA = ("0040_bitacora_por_fila", crear_indice)
