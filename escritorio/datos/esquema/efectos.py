"""Migración 0020: lo que se decide en sesión cambia el registro (issue 41, §2).

- Un estado nuevo de la historia de un miembro, `solicitante`: la ciudad que pidió ingresar y espera la decisión.
  No es miembro todavía (no integra órganos, no está en el padrón vigente, no se le emiten cuotas).
- `efectos_resolucion`: lo que cada resolución cambió en el registro, escrito en la misma transacción que el
  cambio: el miembro que admitió o excluyó, los mandatos que abrió o terminó, la reforma y la escala que aprobó.
  Así el vínculo se lee en los dos sentidos (la ficha del miembro cita la resolución; la resolución lista sus
  efectos). Un efecto de una elección confirmada antes de adoptar su resolución se anota con su punto y la
  resolución lo toma al adoptarse (`resolucion_id` NULL hasta entonces). Nunca se borra ni se modifica, salvo
  para tomar su resolución.

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import FECHA_VALIDA as _FECHA, ampliar_lista, disparadores_de_bitacora, ejecutar

# dominio.miembros.ESTADOS_REGISTRADOS y dominio.sesiones.TIPOS_EFECTO, en SQL.
ESTADOS_0020_SQL = "'activo', 'suspendido', 'baja', 'solicitante'"
TIPOS_EFECTO_SQL = ("'admite', 'excluye', 'abre_mandato', 'termina_mandato', 'reforma', 'escala'")


def crear(db: BaseDeDatos) -> None:
    ampliar_lista(db, "estados_miembro", "estado", ESTADOS_0020_SQL)
    ejecutar(db, [
        f"""CREATE TABLE efectos_resolucion (
            id INTEGER PRIMARY KEY,
            resolucion_id INTEGER REFERENCES resoluciones(id),
            punto_id INTEGER REFERENCES puntos_orden(id),
            tipo TEXT NOT NULL CHECK (tipo IN ({TIPOS_EFECTO_SQL})),
            miembro_id INTEGER REFERENCES miembros(id),
            mandato_id INTEGER REFERENCES mandatos(id),
            reforma_id INTEGER REFERENCES reformas(id),
            escala_id INTEGER REFERENCES escalas(id),
            desde TEXT {_FECHA.format(c='desde')},
            registrado_en TEXT NOT NULL DEFAULT (datetime('now')),
            CHECK (resolucion_id IS NOT NULL OR punto_id IS NOT NULL),
            CHECK (miembro_id IS NOT NULL OR (tipo <> 'admite' AND tipo <> 'excluye')),
            CHECK (mandato_id IS NOT NULL OR (tipo <> 'abre_mandato' AND tipo <> 'termina_mandato')),
            CHECK (tipo <> 'reforma' OR reforma_id IS NOT NULL),
            CHECK (tipo <> 'escala' OR escala_id IS NOT NULL)
        )""",
        "CREATE INDEX efectos_resolucion_resolucion ON efectos_resolucion(resolucion_id)",
        "CREATE INDEX efectos_resolucion_punto ON efectos_resolucion(punto_id)",
        "CREATE INDEX efectos_resolucion_miembro ON efectos_resolucion(miembro_id)",
        # Lo registrado no cambia: solo un efecto anotado con su punto toma después su resolución.
        """CREATE TRIGGER efectos_resolucion_fijos BEFORE UPDATE ON efectos_resolucion
           WHEN OLD.resolucion_id IS NOT NULL OR OLD.id IS NOT NEW.id OR OLD.punto_id IS NOT NEW.punto_id
             OR OLD.tipo IS NOT NEW.tipo OR OLD.miembro_id IS NOT NEW.miembro_id OR OLD.mandato_id IS NOT NEW.mandato_id
             OR OLD.reforma_id IS NOT NEW.reforma_id OR OLD.escala_id IS NOT NEW.escala_id OR OLD.desde IS NOT NEW.desde
           BEGIN SELECT RAISE(ABORT, 'Un efecto de una resolución no se modifica.'); END""",
        """CREATE TRIGGER efectos_resolucion_no_se_borran BEFORE DELETE ON efectos_resolucion
           BEGIN SELECT RAISE(ABORT, 'Un efecto de una resolución no se borra.'); END""",
    ])
    ejecutar(db, disparadores_de_bitacora(db, "efectos_resolucion"))


MIGRACION_DE_EFECTOS = ("0020_efectos_de_resoluciones", crear)
TABLAS_CON_BITACORA_0020 = ("efectos_resolucion",)
