"""El SQL del voto electrónico en la sala (migración 0076): mesas, códigos, urnas, votos nominales, participaciones y
papeletas. Las reglas están en dominio/voto_electronico.py y servicios/voto_electronico/."""

import sqlite3

from .base_de_datos import BaseDeDatos


# --- la mesa y los códigos ---------------------------------------------------------------------------------------

def mesa(db: BaseDeDatos, sesion_id: int) -> dict | None:
    """La mesa de la sesión (sal, cerrada), o None si todavía no entregó códigos."""
    return next(db.query("SELECT * FROM mesas_de_voto WHERE sesion_id = ?", [sesion_id]), None)


def abrir_mesa(db: BaseDeDatos, sesion_id: int, sal: str) -> None:
    db.execute("INSERT INTO mesas_de_voto (sesion_id, sal) VALUES (?, ?)", [sesion_id, sal])


def sales(db: BaseDeDatos) -> list[str]:
    """La sal de cada sesión con mesa (para buscar un código sin saber de qué sesión es)."""
    return [f["sal"] for f in db.query("SELECT sal FROM mesas_de_voto ORDER BY sesion_id")]


def codigo_por_huella(db: BaseDeDatos, huellas: list[str]) -> dict | None:
    """El código (id, sesion_id, miembro_id, anulado) cuya huella es una de `huellas`."""
    if not huellas:
        return None
    marcas = ", ".join("?" for _ in huellas)
    return next(db.query(f"SELECT id, sesion_id, miembro_id, anulado FROM codigos_de_voto WHERE huella IN ({marcas})",
                         huellas), None)


def miembros_con_codigo(db: BaseDeDatos, sesion_id: int) -> set[int]:
    return {f["miembro_id"] for f in db.query(
        "SELECT miembro_id FROM codigos_de_voto WHERE sesion_id = ? AND anulado = 0", [sesion_id])}


def insertar_codigo(db: BaseDeDatos, sesion_id: int, miembro_id: int, huella: str) -> None:
    """El código nuevo de la delegación; el que tenía en la sesión queda anulado."""
    db.execute("UPDATE codigos_de_voto SET anulado = 1 WHERE sesion_id = ? AND miembro_id = ? AND anulado = 0",
               [sesion_id, miembro_id])
    db.execute("INSERT INTO codigos_de_voto (sesion_id, miembro_id, huella) VALUES (?, ?, ?)",
               [sesion_id, miembro_id, huella])


def cerrar_mesa(db: BaseDeDatos, sesion_id: int) -> int:
    """La sesión terminó: anula sus códigos vigentes y cierra su mesa (si tenía); devuelve cuántos códigos anuló."""
    anulados = db.execute("UPDATE codigos_de_voto SET anulado = 1 WHERE sesion_id = ? AND anulado = 0",
                          [sesion_id]).rowcount
    db.execute("UPDATE mesas_de_voto SET cerrada = 1 WHERE sesion_id = ? AND cerrada = 0", [sesion_id])
    return anulados


def vaciar_el_diario(db: BaseDeDatos) -> None:
    """En SQLite, pasa el diario (WAL) a la base y lo vacía: las páginas viejas de una urna sacudida no quedan en él.
    Si otra conexión lee en ese momento (o todo corre dentro de otra transacción, como con --simular), lo que no se
    pudo pasar queda hasta el próximo punto de control: es lo mejor que se puede, no un error."""
    if db.dialecto != "sqlite" or db.conn.in_transaction:
        return
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError:
        pass


# --- las urnas -----------------------------------------------------------------------------------------------------

def insertar_urna(db: BaseDeDatos, sesion_id: int, objeto: str, objeto_id: int, secreta: bool) -> int:
    return db.insertar("INSERT INTO urnas (sesion_id, objeto, objeto_id, secreta) VALUES (?, ?, ?, ?)",
                       [sesion_id, objeto, objeto_id, int(secreta)])


def urna(db: BaseDeDatos, urna_id: int) -> dict | None:
    return next(db.query("SELECT * FROM urnas WHERE id = ?", [urna_id]), None)


def urna_abierta(db: BaseDeDatos, sesion_id: int) -> dict | None:
    return next(db.query("SELECT * FROM urnas WHERE sesion_id = ? AND abierta = 1", [sesion_id]), None)


def cerrar_urna(db: BaseDeDatos, urna_id: int, participantes: int) -> None:
    db.execute("UPDATE urnas SET abierta = 0, participantes = ? WHERE id = ?", [participantes, urna_id])


# --- los votos -----------------------------------------------------------------------------------------------------

def participantes(db: BaseDeDatos, urna_id: int) -> int:
    """Cuántas delegaciones votaron en la urna (secreta o nominal)."""
    return db.execute("SELECT (SELECT count(*) FROM participaciones WHERE urna_id = ?) + "
                      "(SELECT count(*) FROM votos_nominales WHERE urna_id = ?)", [urna_id, urna_id]).fetchone()[0]


def ya_participo(db: BaseDeDatos, urna_id: int, sesion_id: int, miembro_id: int) -> bool:
    """Si la delegación ya votó en la urna secreta con alguno de sus códigos de la sesión (también uno anulado al
    reemitirlo: un código nuevo no da otro voto)."""
    return db.execute(
        "SELECT 1 FROM participaciones p JOIN codigos_de_voto c ON c.id = p.codigo_id "
        "WHERE p.urna_id = ? AND c.sesion_id = ? AND c.miembro_id = ?", [urna_id, sesion_id, miembro_id]
    ).fetchone() is not None


def miembros_que_participaron(db: BaseDeDatos, urna_id: int) -> set[int]:
    """Las delegaciones que ya votaron en la urna secreta (por sus códigos): quiénes, nunca qué."""
    return {f["miembro_id"] for f in db.query(
        "SELECT c.miembro_id FROM participaciones p JOIN codigos_de_voto c ON c.id = p.codigo_id WHERE p.urna_id = ?",
        [urna_id])}


def anotar_participacion(db: BaseDeDatos, urna_id: int, codigo_id: int) -> None:
    db.execute("INSERT INTO participaciones (urna_id, codigo_id) VALUES (?, ?)", [urna_id, codigo_id])


def papeleta(db: BaseDeDatos, urna_id: int, comprobante: str) -> dict | None:
    return next(db.query("SELECT * FROM papeletas WHERE urna_id = ? AND comprobante = ?", [urna_id, comprobante]),
                None)


def insertar_papeleta(db: BaseDeDatos, urna_id: int, comprobante: str, contenido: str, peso: int) -> None:
    db.execute("INSERT INTO papeletas (urna_id, comprobante, contenido, peso) VALUES (?, ?, ?, ?)",
               [urna_id, comprobante, contenido, peso])


def cambiar_papeleta(db: BaseDeDatos, urna_id: int, comprobante: str, contenido: str) -> None:
    db.execute("UPDATE papeletas SET contenido = ? WHERE urna_id = ? AND comprobante = ?",
               [contenido, urna_id, comprobante])


def papeletas(db: BaseDeDatos, urna_id: int) -> list[dict]:
    """Las papeletas de la urna en el orden de su comprobante (nunca en el que llegaron)."""
    return list(db.query("SELECT comprobante, contenido, peso FROM papeletas WHERE urna_id = ? ORDER BY comprobante",
                         [urna_id]))


def voto_nominal(db: BaseDeDatos, urna_id: int, miembro_id: int) -> dict | None:
    return next(db.query("SELECT * FROM votos_nominales WHERE urna_id = ? AND miembro_id = ?", [urna_id, miembro_id]),
                None)


def guardar_voto_nominal(db: BaseDeDatos, urna_id: int, miembro_id: int, eleccion: str, comprobante: str) -> None:
    db.execute("INSERT INTO votos_nominales (urna_id, miembro_id, eleccion, comprobante) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (urna_id, miembro_id) DO UPDATE SET eleccion = excluded.eleccion",
               [urna_id, miembro_id, eleccion, comprobante])


def votos_nominales(db: BaseDeDatos, urna_id: int) -> list[dict]:
    return list(db.query("SELECT miembro_id, eleccion, comprobante FROM votos_nominales WHERE urna_id = ? "
                         "ORDER BY comprobante", [urna_id]))


def sacudir_la_urna(db: BaseDeDatos, urna_id: int) -> None:
    """Reescribe las papeletas y las participaciones de la urna en el orden de su clave y borra las de antes, para
    que ni el orden de las filas ni su rowid (o ctid) digan en qué orden llegaron. En SQLite, con secure_delete en esta
    conexión: lo borrado se sobrescribe con ceros (en PostgreSQL, las filas muertas quedan hasta el VACUUM)."""
    sqlite = db.dialecto == "sqlite"
    if sqlite:
        antes = db.execute("PRAGMA secure_delete").fetchone()[0]
        db.execute("PRAGMA secure_delete = ON")
    try:
        filas = [(f["comprobante"], f["contenido"], f["peso"]) for f in papeletas(db, urna_id)]
        codigos = [f["codigo_id"] for f in db.query(
            "SELECT codigo_id FROM participaciones WHERE urna_id = ? ORDER BY codigo_id", [urna_id])]
        db.execute("DELETE FROM papeletas WHERE urna_id = ?", [urna_id])
        db.execute("DELETE FROM participaciones WHERE urna_id = ?", [urna_id])
        for comprobante, contenido, peso in filas:
            insertar_papeleta(db, urna_id, comprobante, contenido, peso)
        for codigo_id in codigos:
            anotar_participacion(db, urna_id, codigo_id)
    finally:
        if sqlite:
            db.execute(f"PRAGMA secure_delete = {int(antes)}")


def descartar_urna(db: BaseDeDatos, urna_id: int) -> None:
    """La urna queda cerrada sin resultado (participantes NULL) y sus votos se borran, en SQLite con secure_delete."""
    sqlite = db.dialecto == "sqlite"
    if sqlite:
        antes = db.execute("PRAGMA secure_delete").fetchone()[0]
        db.execute("PRAGMA secure_delete = ON")
    try:
        for tabla in ("papeletas", "participaciones", "votos_nominales"):
            db.execute(f"DELETE FROM {tabla} WHERE urna_id = ?", [urna_id])
        db.execute("UPDATE urnas SET abierta = 0, participantes = NULL WHERE id = ?", [urna_id])
    finally:
        if sqlite:
            db.execute(f"PRAGMA secure_delete = {int(antes)}")


def huellas_contadas(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """Para el sitio publicado: cada urna cerrada de la sesión (objeto, objeto_id, secreta) con los comprobantes
    contados (`comprobante`, y `eleccion` en las nominales), en el orden del comprobante."""
    return list(db.query(
        "SELECT u.id AS urna_id, u.objeto, u.objeto_id, u.secreta, p.comprobante, NULL AS eleccion "
        "FROM urnas u JOIN papeletas p ON p.urna_id = u.id WHERE u.sesion_id = ? AND u.abierta = 0 "
        "UNION ALL SELECT u.id, u.objeto, u.objeto_id, u.secreta, n.comprobante, n.eleccion "
        "FROM urnas u JOIN votos_nominales n ON n.urna_id = u.id WHERE u.sesion_id = ? AND u.abierta = 0 "
        "ORDER BY 1, 5", [sesion_id, sesion_id]))
