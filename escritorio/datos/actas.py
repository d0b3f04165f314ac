"""Las actas: su fila y su fe de erratas, el registro de la sesión que sella su aprobación
(`filas_de_la_sesion`), sus escrituras (borrador, aprobación, firma, fe de erratas), lo que su integridad compara
(actas aprobadas, registros sellados de la bitácora) y quién firma (autoridades de los miembros en una fecha). La
sesión, su orden del día, su asistencia y sus votaciones están en datos.sesiones."""

from .base_de_datos import BaseDeDatos
from .elecciones import FILAS_PARA_HUELLA


# --- el acta, su fe de erratas y el registro que sella su aprobación ------------------------------

def acta(db: BaseDeDatos, sesion_id: int) -> dict | None:
    return next(db.query("SELECT id, sesion_id, estado, apertura, cierre, preside, secretaria, huella, aprobada_por, "
                         "aprobada_el, contenido, firmada_pdf IS NOT NULL AS tiene_firmada FROM actas WHERE sesion_id = ?",
                         [sesion_id]), None)


def filas_de_la_sesion(db: BaseDeDatos, sesion_id: int) -> list[tuple]:
    """Todas las filas que forman el registro de una sesión, en un orden fijo (para su huella). Lo que devuelve
    para datos viejos no cambia nunca: las actas ya aprobadas dejarían de verificar."""
    consultas = (
        ("SELECT id, organo_id, numero, tipo, fecha, hora, lugar, enlace, estado, convocada_el, segunda_convocatoria, "
         "hora_cierre FROM sesiones WHERE id = :s"),
        "SELECT * FROM puntos_orden WHERE sesion_id = :s ORDER BY id",
        "SELECT * FROM asistencias WHERE sesion_id = :s ORDER BY id",
        "SELECT * FROM invitados WHERE sesion_id = :s ORDER BY id",
        ("SELECT v.id, v.punto_id, v.metodo, v.mayoria, v.base, v.a_favor, v.en_contra, v.abstenciones, v.presentes, "
         "v.con_derecho, v.aprobada, v.texto_resultado FROM votaciones v JOIN puntos_orden p ON p.id = v.punto_id "
         "WHERE p.sesion_id = :s ORDER BY v.id"),
        ("SELECT h.* FROM habilitados_votacion h JOIN votaciones v ON v.id = h.votacion_id "
         "JOIN puntos_orden p ON p.id = v.punto_id WHERE p.sesion_id = :s ORDER BY h.votacion_id, h.miembro_id"),
        ("SELECT r.* FROM resoluciones r JOIN puntos_orden p ON p.id = r.punto_id WHERE p.sesion_id = :s ORDER BY r.id"),
        "SELECT apertura, cierre, preside, secretaria FROM actas WHERE sesion_id = :s",
        *FILAS_PARA_HUELLA,  # sin filas para una sesión sin elecciones: su huella no cambia
    )
    return [tuple(fila) for sql in consultas for fila in db.execute(sql, {"s": sesion_id}).fetchall()]


def erratas(db: BaseDeDatos, acta_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM fe_de_erratas WHERE acta_id = ? ORDER BY fecha, id", [acta_id]))


# --- quién firma ----------------------------------------------------------------------------------

def autoridad_del_miembro(db: BaseDeDatos, miembro_id: int, al: str) -> tuple[str, str] | None:
    """(persona, cargo) de la autoridad del miembro en `al` (AAAA-MM-DD): la última que asumió hasta esa fecha."""
    fila = db.execute("SELECT persona, cargo FROM autoridades WHERE miembro_id = ? AND (desde IS NULL OR desde <= ?) "
                      "ORDER BY coalesce(desde, '') DESC, id DESC LIMIT 1", [miembro_id, al]).fetchone()
    return (fila[0], fila[1]) if fila else None


def cargos_de_la_persona(db: BaseDeDatos, asociacion_id: int, persona: str, al: str) -> list[tuple[str, str]]:
    """(cargo, país del miembro) de las autoridades vigentes en `al` cuyo nombre es `persona` (sin distinguir
    mayúsculas ni espacios de los extremos; `persona` ya viene en minúsculas con casefold)."""
    return [(f[0], f[1]) for f in db.execute(
        "SELECT a.cargo, m.pais FROM autoridades a JOIN miembros m ON m.id = a.miembro_id WHERE m.asociacion_id = ? "
        "AND (a.desde IS NULL OR a.desde <= ?) AND (a.hasta IS NULL OR a.hasta >= ?) AND lower(trim(a.persona)) = ?",
        [asociacion_id, al, al, persona])]


# --- borrador, aprobación, firma y fe de erratas ----------------------------------------------------

def guardar_borrador(db: BaseDeDatos, sesion_id: int, apertura: str | None, cierre: str | None, preside: str | None,
                     secretaria: str | None) -> None:
    """Crea o reemplaza los textos del borrador del acta de la sesión."""
    db.execute("INSERT INTO actas (sesion_id, apertura, cierre, preside, secretaria) VALUES (?, ?, ?, ?, ?) "
               "ON CONFLICT (sesion_id) DO UPDATE SET apertura = excluded.apertura, cierre = excluded.cierre, "
               "preside = excluded.preside, secretaria = excluded.secretaria",
               [sesion_id, apertura, cierre, preside, secretaria])


def resolucion_para_citar(db: BaseDeDatos, resolucion_id: int) -> dict:
    """Tipo, número, año y nombre del órgano de una resolución que existe (lo que pide su cita)."""
    return next(db.query("SELECT r.tipo, r.numero, r.anio, o.nombre AS organo FROM resoluciones r "
                         "JOIN organos o ON o.id = r.organo_id WHERE r.id = ?", [resolucion_id]))


def resolucion_con_fecha_de_sesion(db: BaseDeDatos, asociacion_id: int, resolucion_id: int) -> dict | None:
    """La resolución de la asociación con la fecha de la sesión en que se adoptó (fecha_sesion) y su órgano."""
    return next(db.query(
        "SELECT r.*, s.fecha AS fecha_sesion, o.nombre AS organo FROM resoluciones r "
        "JOIN puntos_orden p ON p.id = r.punto_id "
        "JOIN sesiones s ON s.id = p.sesion_id JOIN organos o ON o.id = r.organo_id "
        "WHERE r.id = ? AND o.asociacion_id = ?", [resolucion_id, asociacion_id]), None)


def marcar_acta_aprobada(db: BaseDeDatos, acta_id: int, huella: str, resolucion_id: int, aprobada_el: str, contenido: str,
                         huella_registro: str) -> None:
    """El acta queda aprobada con su texto (JSON), su huella y la huella del registro de la sesión."""
    db.execute("UPDATE actas SET estado = 'aprobada', huella = ?, aprobada_por = ?, aprobada_el = ?, contenido = ?, "
               "huella_registro = ? WHERE id = ?",
               [huella, resolucion_id, aprobada_el, contenido, huella_registro, acta_id])


def marcar_acta_firmada(db: BaseDeDatos, acta_id: int, pdf_firmado: bytes | None) -> None:
    """El acta pasa a «firmada»; sin `pdf_firmado` conserva el PDF que tuviera."""
    db.execute("UPDATE actas SET estado = 'firmada', firmada_pdf = coalesce(?, firmada_pdf) WHERE id = ?",
               [pdf_firmado, acta_id])


def insertar_fe_de_erratas(db: BaseDeDatos, acta_id: int, texto: str) -> None:
    db.execute("INSERT INTO fe_de_erratas (acta_id, texto) VALUES (?, ?)", [acta_id, texto])


# --- integridad de las actas aprobadas -------------------------------------------------------------

def actas_aprobadas(db: BaseDeDatos, sesion_id: int | None = None) -> list[dict]:
    """Las actas aprobadas o firmadas (todas, o la de `sesion_id`) con su texto, sus huellas y el número, el
    órgano y la fecha de su sesión."""
    filtro, parametros = ("AND a.sesion_id = ?", [sesion_id]) if sesion_id is not None else ("", [])
    return list(db.query(
        "SELECT a.id, a.sesion_id, a.contenido, a.huella, a.huella_registro, s.numero, o.nombre AS organo, s.fecha "
        "FROM actas a LEFT JOIN sesiones s ON s.id = a.sesion_id LEFT JOIN organos o ON o.id = s.organo_id "
        f"WHERE a.estado <> 'borrador' {filtro} ORDER BY a.id", parametros))
