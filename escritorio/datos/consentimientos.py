"""Consultas y escrituras de los consentimientos (migración 0067): lo que cada contacto aceptó, con qué texto, cuándo
y por qué medio, y su revocación."""

import json
from collections.abc import Sequence

from .base_de_datos import BaseDeDatos, insertar_fila

_COLUMNAS = ("k.id, k.contacto_id, k.finalidad, k.texto, k.canal, k.otorgado_el, k.registrado_en, k.revocado_el, "
             "k.canal_de_revocacion, k.solicitud_id, c.nombre AS contacto, c.correo, c.miembro_id, m.nombre AS miembro")
_DESDE = ("FROM consentimientos k LEFT JOIN contactos c ON c.id = k.contacto_id "
          "LEFT JOIN miembros m ON m.id = c.miembro_id")


def registrar(db: BaseDeDatos, asociacion_id: int, contacto_id: int, finalidad: str, texto: str, canal: str,
              otorgado_el: str) -> int:
    return insertar_fila(db, "consentimientos", {
        "asociacion_id": asociacion_id, "contacto_id": contacto_id, "finalidad": finalidad, "texto": texto,
        "canal": canal, "otorgado_el": otorgado_el})


def revocar(db: BaseDeDatos, consentimiento_id: int, el: str, canal: str, solicitud_id: int | None) -> None:
    db.execute("UPDATE consentimientos SET revocado_el = ?, canal_de_revocacion = ?, solicitud_id = ? WHERE id = ?",
               [el, canal, solicitud_id, consentimiento_id])


def revocados(conn) -> list[tuple[int, int, str, str, str, str, str]]:
    """(id, asociación, otorgado_el, registrado_en, texto, revocado_el, medio) de cada consentimiento revocado, leídos
    con una conexión de sqlite3 (la base que se reemplazó al restaurar, abierta solo para leer). Vacía si la base no
    tiene consentimientos (anterior a la 0067) o no se puede leer (la dañada que se apartó)."""
    try:
        return conn.execute("SELECT id, asociacion_id, otorgado_el, registrado_en, texto, revocado_el, "
                            "canal_de_revocacion FROM consentimientos WHERE revocado_el IS NOT NULL ORDER BY id"
                            ).fetchall()
    except Exception:  # noqa: BLE001 - anterior a la 0067, o ilegible: no hay revocaciones que reponer
        return []


def uno(db: BaseDeDatos, asociacion_id: int, consentimiento_id: int) -> dict | None:
    return next(db.query(f"SELECT {_COLUMNAS} {_DESDE} WHERE k.id = ? AND k.asociacion_id = ?",
                         [consentimiento_id, asociacion_id]), None)


def vigente(db: BaseDeDatos, contacto_id: int, finalidad: str) -> dict | None:
    """El consentimiento sin revocar del contacto para esa finalidad (hay a lo sumo uno)."""
    return next(db.query(f"SELECT {_COLUMNAS} {_DESDE} WHERE k.contacto_id = ? AND k.finalidad = ? "
                         "AND k.revocado_el IS NULL", [contacto_id, finalidad]), None)


def de_la_asociacion(db: BaseDeDatos, asociacion_id: int, *, contacto_id: int | None = None,
                     solo_vigentes: bool = False) -> list[dict]:
    condiciones, valores = ["k.asociacion_id = ?"], [asociacion_id]
    if contacto_id is not None:
        condiciones.append("k.contacto_id = ?")
        valores.append(contacto_id)
    if solo_vigentes:
        condiciones.append("k.revocado_el IS NULL AND k.contacto_id IS NOT NULL")
    return list(db.query(f"SELECT {_COLUMNAS} {_DESDE} WHERE {' AND '.join(condiciones)} ORDER BY k.id", valores))


def de_los_contactos(db: BaseDeDatos, contacto_ids: Sequence[int]) -> list[dict]:
    """Los consentimientos (vigentes y revocados) de esos contactos: los de una persona."""
    if not contacto_ids:
        return []
    marcas = ", ".join("?" * len(contacto_ids))
    return list(db.query(f"SELECT {_COLUMNAS} {_DESDE} WHERE k.contacto_id IN ({marcas}) ORDER BY k.id",
                         list(contacto_ids)))


def sin_contacto_que_fueron_de(db: BaseDeDatos, asociacion_id: int, contacto_ids: Sequence[int]) -> list[dict]:
    """Los consentimientos que quedaron sin contacto (se quitó el contacto en la ficha: ON DELETE SET NULL) y que se
    registraron para uno de `contacto_ids`, según su alta en la bitácora (cada alta guarda la fila entera)."""
    from .bitacora import columnas_legibles

    if not contacto_ids or not db.tiene_tabla("bitacora"):
        return []
    sueltos = {f["id"]: f for f in db.query(f"SELECT {_COLUMNAS} {_DESDE} WHERE k.asociacion_id = ? AND "
                                            "k.contacto_id IS NULL ORDER BY k.id", [asociacion_id])}
    if not sueltos:
        return []
    lugar, suyos = columnas_legibles(db, "consentimientos").index("contacto_id"), set(contacto_ids)
    marcas = ", ".join("?" * len(sueltos))
    fueron = set()
    for consentimiento_id, datos in db.execute(
            "SELECT entidad_id, datos FROM bitacora WHERE entidad = 'consentimientos' AND accion = 'alta' AND "
            f"entidad_id IN ({marcas})", list(sueltos)):
        alta = json.loads(datos)
        if isinstance(alta, list) and len(alta) > lugar and alta[lugar] in suyos:
            fueron.add(consentimiento_id)
    return [sueltos[i] for i in sorted(fueron)]


def boletines_sin_base(db: BaseDeDatos, asociacion_id: int, clase: str) -> list[tuple[int, int]]:
    """(mensaje, consentimiento) de los mensajes de esa clase que todavía esperan en la bandeja y se basan (su
    referencia) en un consentimiento revocado, sin otro vigente de un contacto con la dirección a la que van (un solo
    boletín por dirección: si otro contacto con ella sigue aceptándolo, tiene base). Por la referencia, no por la
    dirección de hoy: el contacto pudo cambiarla después de prepararse el mensaje."""
    return [(m, k) for m, k in db.execute(
        "SELECT m.id, k.id FROM mensajes m JOIN consentimientos k ON k.id = m.referencia "
        "WHERE m.asociacion_id = ? AND m.clase = ? AND m.estado IN ('pendiente', 'por_confirmar') "
        "AND k.revocado_el IS NOT NULL AND NOT EXISTS ("
        "  SELECT 1 FROM destinatarios_mensaje d JOIN contactos c ON lower(c.correo) = lower(d.direccion) "
        "  JOIN consentimientos o ON o.contacto_id = c.id AND o.finalidad = k.finalidad AND o.revocado_el IS NULL "
        "  AND o.asociacion_id = m.asociacion_id "
        "  WHERE d.mensaje_id = m.id) ORDER BY m.id", [asociacion_id, clase])]


def direcciones_sin_base(db: BaseDeDatos, mensaje_id: int, finalidad: str) -> set[str]:
    """Las direcciones del mensaje (tal cual las guarda: el lower() de SQLite solo conoce ASCII) que hoy no tienen, en la asociación del mensaje, un contacto con un
    consentimiento vigente para esa finalidad (lo revocó, el contacto se quitó o cambió de dirección, o nunca lo
    aceptó: una dirección agregada a mano): a ellas el boletín no sale."""
    return {d for (d,) in db.execute(
        "SELECT d.direccion FROM destinatarios_mensaje d JOIN mensajes m ON m.id = d.mensaje_id "
        "WHERE d.mensaje_id = ? AND NOT EXISTS (SELECT 1 FROM contactos c JOIN consentimientos o "
        "ON o.contacto_id = c.id AND o.finalidad = ? AND o.revocado_el IS NULL AND o.asociacion_id = m.asociacion_id "
        "WHERE lower(c.correo) = lower(d.direccion))", [mensaje_id, finalidad])}
