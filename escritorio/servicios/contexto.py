"""Con qué trabaja un caso de uso: la base abierta y la asociación elegida.

Los servicios reciben un `Contexto` como primer argumento en lugar de arrastrar `(db, asociacion_id)` por cada
función. Lo arman una vez quienes eligen la asociación: la ventana (cada área, `AreaPerezosa.contexto`) y la CLI
(`cli.comun.contexto_de`). La mudanza está en curso: los módulos de servicios/ que todavía reciben
`(db, asociacion_id)` están en la lista PENDIENTES de tests/servicios/test_contexto.py, que solo puede achicarse.
"""

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class Contexto:
    db: Database
    asociacion_id: int
