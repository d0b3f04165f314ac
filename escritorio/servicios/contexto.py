"""Con qué trabaja un caso de uso: la base abierta y la asociación elegida.

Cada servicio que trabaja sobre una asociación recibe un `Contexto` como primer argumento, en lugar de arrastrar
`(db, asociacion_id)` por cada función. Lo arman quienes eligen la asociación: la ventana (`AreaPerezosa.contexto`,
`Pestana.contexto` en Cuotas; los diálogos con la base y la asociación que reciben) y la CLI
(`cli.comun.contexto_de`). Adentro, el servicio pasa `contexto.db` y `contexto.asociacion_id` a las funciones de
`datos/` y el mismo `contexto` a los otros servicios. `tests/servicios/test_contexto.py` impide volver a la forma
vieja.
"""

from dataclasses import dataclass

from ..datos.base_de_datos import BaseDeDatos


@dataclass(frozen=True)
class Contexto:
    db: BaseDeDatos
    asociacion_id: int
