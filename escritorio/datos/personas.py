"""Consultas del registro de personas (migración 0058): dónde aparece cada persona en la base, las personas
registradas y sus filas, las solicitudes y sus supresiones, las oposiciones al correo, la política de datos y los
tratamientos. Lo que se decide con ellas está en servicios/personas.py y servicios/derechos.py."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..dominio.datos_personales import nombra, nombra_alguno
from .base_de_datos import BaseDeDatos

# Por tabla: la consulta de sus filas con datos de una persona en una asociación, con las mismas columnas:
# (fila_id, nombre, correo, telefono, rol, miembro, donde, fecha). «donde» dice de qué se trata (la sesión, el
# órgano, el convenio); «fecha», cuándo (para ordenar y para saber si ya pasó).
_APARICIONES = {
    "contactos": """SELECT c.id, c.nombre, c.correo, c.telefono, c.rol, m.nombre, NULL, NULL
        FROM contactos c JOIN miembros m ON m.id = c.miembro_id WHERE m.asociacion_id = ?""",
    "autoridades": """SELECT a.id, a.persona, NULL, NULL, a.cargo, m.nombre, NULL, a.desde
        FROM autoridades a JOIN miembros m ON m.id = a.miembro_id WHERE m.asociacion_id = ?""",
    "mandatos": """SELECT d.id, d.persona, NULL, NULL, d.cargo, m.nombre, o.nombre, d.desde
        FROM mandatos d JOIN organos o ON o.id = d.organo_id LEFT JOIN miembros m ON m.id = d.miembro_id
        WHERE o.asociacion_id = ? AND d.persona IS NOT NULL""",
    "asistencias": """SELECT a.id, a.representante, NULL, NULL, a.cargo_representante, m.nombre, o.nombre, s.fecha
        FROM asistencias a JOIN sesiones s ON s.id = a.sesion_id JOIN organos o ON o.id = s.organo_id
        JOIN miembros m ON m.id = a.miembro_id WHERE o.asociacion_id = ? AND a.representante IS NOT NULL""",
    "invitados": """SELECT i.id, i.nombre, NULL, NULL, i.calidad, i.institucion, o.nombre, s.fecha
        FROM invitados i JOIN sesiones s ON s.id = i.sesion_id JOIN organos o ON o.id = s.organo_id
        WHERE o.asociacion_id = ?""",
    "candidaturas": """SELECT c.id, c.persona, NULL, NULL, e.cargo, m.nombre, o.nombre, s.fecha
        FROM candidaturas c JOIN elecciones e ON e.id = c.eleccion_id JOIN organos o ON o.id = e.organo_id
        JOIN puntos_orden p ON p.id = e.punto_id JOIN sesiones s ON s.id = p.sesion_id
        LEFT JOIN miembros m ON m.id = c.miembro_id WHERE o.asociacion_id = ? AND c.persona IS NOT NULL""",
    "oradores": """SELECT r.id, r.persona, NULL, NULL, r.tipo, m.nombre, o.nombre, s.fecha
        FROM oradores r JOIN listas_de_oradores l ON l.id = r.lista_id JOIN sesiones s ON s.id = l.sesion_id
        JOIN organos o ON o.id = s.organo_id LEFT JOIN miembros m ON m.id = r.miembro_id
        WHERE o.asociacion_id = ? AND r.persona IS NOT NULL""",
    "partes_convenio": """SELECT p.id, p.firmante, NULL, NULL, NULL, coalesce(m.nombre, x.nombre), c.titulo,
        c.firmado_el FROM partes_convenio p JOIN convenios c ON c.id = p.convenio_id
        LEFT JOIN miembros m ON m.id = p.miembro_id LEFT JOIN partes_externas x ON x.id = p.parte_externa_id
        WHERE c.asociacion_id = ? AND p.firmante IS NOT NULL""",
    "adherentes_declaracion": """SELECT a.id, a.persona, NULL, NULL, a.tipo, a.nombre, r.titulo, r.anio || '-01-01'
        FROM adherentes_declaracion a JOIN resoluciones r ON r.id = a.resolucion_id
        JOIN organos o ON o.id = r.organo_id WHERE o.asociacion_id = ? AND a.persona IS NOT NULL""",
}
COLUMNAS_DE_APARICION = ("fila_id", "nombre", "correo", "telefono", "rol", "miembro", "donde", "fecha")


def apariciones(db: BaseDeDatos, asociacion_id: int, tablas: Sequence[str] | None = None) -> list[dict]:
    """Cada fila con datos de una persona en la asociación: {tabla, fila_id, nombre, correo, telefono, rol,
    miembro, donde, fecha, persona_id (la persona registrada a la que se vinculó, o None)}."""
    vinculos = {(t, f): p for t, f, p in db.execute(
        "SELECT d.tabla, d.fila_id, d.persona_id FROM datos_de_persona d JOIN personas p ON p.id = d.persona_id "
        "WHERE p.asociacion_id = ?", [asociacion_id])}
    salida = []
    for tabla in tablas or _APARICIONES:
        for fila in db.execute(_APARICIONES[tabla], [asociacion_id]):
            aparicion = dict(zip(COLUMNAS_DE_APARICION, fila), tabla=tabla)
            aparicion["persona_id"] = vinculos.get((tabla, aparicion["fila_id"]))
            salida.append(aparicion)
    return salida


def aparicion(db: BaseDeDatos, asociacion_id: int, tabla: str, fila_id: int) -> dict | None:
    """La fila `fila_id` de `tabla`, como `apariciones`, si es de la asociación y tiene datos de una persona."""
    if tabla not in _APARICIONES:
        return None
    fila = db.execute(f"SELECT * FROM ({_APARICIONES[tabla]}) AS x WHERE x.id = ?",
                      [asociacion_id, fila_id]).fetchone()
    return dict(zip(COLUMNAS_DE_APARICION, fila), tabla=tabla) if fila else None


def disponible(db: BaseDeDatos) -> bool:
    """¿Tiene la base el registro de personas? (no, antes de la migración 0058)"""
    return db.tiene_tabla("politica_de_datos")


# --- personas registradas ------------------------------------------------------------------------------------------

def personas(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Las personas registradas de la asociación, con cuántas filas tienen vinculadas y cuántas solicitudes."""
    return list(db.query(
        "SELECT p.id, p.nombre, p.nota, p.registrada_en, p.suprimida_por, "
        "(SELECT count(*) FROM datos_de_persona d WHERE d.persona_id = p.id) AS filas, "
        "(SELECT count(*) FROM solicitudes_de_datos s WHERE s.persona_id = p.id) AS solicitudes "
        "FROM personas p WHERE p.asociacion_id = ? ORDER BY p.id", [asociacion_id]))


def persona(db: BaseDeDatos, asociacion_id: int, persona_id: int) -> dict | None:
    return next(db.query("SELECT id, nombre, nota, registrada_en, suprimida_por FROM personas WHERE id = ? AND "
                         "asociacion_id = ?", [persona_id, asociacion_id]), None)


def registrar_persona(db: BaseDeDatos, asociacion_id: int, nombre: str, nota: str | None) -> int:
    return db.insertar("INSERT INTO personas (asociacion_id, nombre, nota) VALUES (?, ?, ?)",
                       [asociacion_id, nombre, nota])


def anonimizar_persona(db: BaseDeDatos, persona_id: int, nombre: str, solicitud_id: int) -> None:
    db.execute("UPDATE personas SET nombre = ?, nota = NULL, suprimida_por = ? WHERE id = ?",
               [nombre, solicitud_id, persona_id])


def filas_de(db: BaseDeDatos, persona_id: int) -> list[dict]:
    """{id, tabla, fila_id, motivo, vinculada_en} de cada fila vinculada a la persona."""
    return list(db.query("SELECT id, tabla, fila_id, motivo, vinculada_en FROM datos_de_persona WHERE persona_id = ? "
                         "ORDER BY id", [persona_id]))


def vinculo(db: BaseDeDatos, tabla: str, fila_id: int) -> dict | None:
    return next(db.query("SELECT id, persona_id, tabla, fila_id FROM datos_de_persona WHERE tabla = ? AND fila_id = ?",
                         [tabla, fila_id]), None)


def vincular(db: BaseDeDatos, persona_id: int, tabla: str, fila_id: int, motivo: str | None) -> int:
    return db.insertar("INSERT INTO datos_de_persona (persona_id, tabla, fila_id, motivo) VALUES (?, ?, ?, ?)",
                       [persona_id, tabla, fila_id, motivo])


def desvincular(db: BaseDeDatos, vinculo_id: int) -> None:
    db.execute("DELETE FROM datos_de_persona WHERE id = ?", [vinculo_id])


# --- el correo de una persona --------------------------------------------------------------------------------------

def destinatarios_con_direcciones(db: BaseDeDatos, asociacion_id: int, direcciones: Sequence[str]) -> list[dict]:
    """Cada destinatario de un mensaje de la asociación con una de esas direcciones (sin mayúsculas), con su mensaje:
    {id, mensaje_id, direccion, nombre, tipo, estado, motivo, cuando, clase, asunto, estado_mensaje, creado_en,
    enviado_en, miembro_id, referencia}."""
    if not direcciones:
        return []
    marcas = ", ".join("?" * len(direcciones))
    return list(db.query(
        "SELECT d.id, d.mensaje_id, d.direccion, d.nombre, d.tipo, d.estado, d.motivo, d.cuando, m.clase, m.asunto, "
        "m.estado AS estado_mensaje, m.creado_en, m.enviado_en, m.miembro_id, m.referencia FROM destinatarios_mensaje d "
        f"JOIN mensajes m ON m.id = d.mensaje_id WHERE m.asociacion_id = ? AND lower(d.direccion) IN ({marcas}) "
        "ORDER BY d.id", [asociacion_id, *direcciones]))


def otros_destinatarios(db: BaseDeDatos, mensaje_id: int, sin: Sequence[int]) -> int:
    """Cuántos destinatarios tiene el mensaje además de los `sin`."""
    marcas = ", ".join("?" * len(sin)) or "NULL"
    return db.execute(f"SELECT count(*) FROM destinatarios_mensaje WHERE mensaje_id = ? AND id NOT IN ({marcas})",
                      [mensaje_id, *sin]).fetchone()[0]


def suprimir_del_correo(db: BaseDeDatos, solicitud_id: int, borrar: Sequence[int], anonimizar: Sequence[int],
                        direccion: str, textos: dict[int, tuple[str, str]]) -> None:
    """Dentro de la supresión, con las filas ya anotadas en `supresiones`: quita los destinatarios `borrar` (de
    mensajes que no salieron), deja sin dirección (`direccion`, el texto que la reemplaza) ni nombre a los `anonimizar` (de
    mensajes que salieron) y reescribe el texto y el HTML de los mensajes de `textos` ({id: (texto, html)}). En el
    servidor, el correo que salió no lo reescribe ningún papel: lo hace su función (postgres/supresion.py)."""
    if db.dialecto == "postgresql":
        mensajes = list(textos)
        db.execute("SELECT escritorio_suprimir_del_correo(?, ?, ?, ?, ?, ?, ?)",
                   [solicitud_id, list(borrar), list(anonimizar), direccion, mensajes,
                    [textos[m][0] for m in mensajes], [textos[m][1] for m in mensajes]])
        return
    for destinatario_id in borrar:
        db.execute("DELETE FROM destinatarios_mensaje WHERE id = ?", [destinatario_id])
    for destinatario_id in anonimizar:
        db.execute("UPDATE destinatarios_mensaje SET direccion = ?, nombre = NULL, motivo = NULL WHERE id = ?",
                   [direccion, destinatario_id])
    for mensaje_id, (texto, html) in textos.items():
        db.execute("UPDATE mensajes SET texto = ?, html = ? WHERE id = ?", [texto, html, mensaje_id])


def mensaje(db: BaseDeDatos, mensaje_id: int) -> dict | None:
    return next(db.query("SELECT id, estado, texto, html, asunto FROM mensajes WHERE id = ?", [mensaje_id]), None)


def anular_mensaje(db: BaseDeDatos, mensaje_id: int, motivo: str) -> None:
    db.execute("UPDATE mensajes SET estado = 'anulado', ultimo_error = ? WHERE id = ? AND estado IN ('pendiente', "
               "'por_confirmar')", [motivo, mensaje_id])


# --- solicitudes ---------------------------------------------------------------------------------------------------

COLUMNAS_DE_SOLICITUD = ("id", "persona_id", "derecho", "recibida_el", "canal", "detalle", "pais", "plazo",
                         "vence_el", "estado", "respondida_el", "respondida_por", "respuesta", "registrada_en")


def registrar_solicitud(db: BaseDeDatos, asociacion_id: int, valores: dict) -> int:
    columnas = [c for c in COLUMNAS_DE_SOLICITUD if c in valores]
    return db.insertar(f"INSERT INTO solicitudes_de_datos (asociacion_id, {', '.join(columnas)}) VALUES "
                       f"(?, {', '.join('?' * len(columnas))})", [asociacion_id, *(valores[c] for c in columnas)])


def solicitudes(db: BaseDeDatos, asociacion_id: int, *, persona_id: int | None = None,
                abiertas: bool = False) -> list[dict]:
    filtros, parametros = ["s.asociacion_id = ?"], [asociacion_id]
    if persona_id is not None:
        filtros.append("s.persona_id = ?")
        parametros.append(persona_id)
    if abiertas:
        filtros.append("s.estado = 'abierta'")
    return list(db.query(
        f"SELECT {', '.join('s.' + c for c in COLUMNAS_DE_SOLICITUD)}, p.nombre AS persona FROM solicitudes_de_datos s "
        f"JOIN personas p ON p.id = s.persona_id WHERE {' AND '.join(filtros)} ORDER BY s.id", parametros))


def solicitud(db: BaseDeDatos, asociacion_id: int, solicitud_id: int) -> dict | None:
    return next(db.query(
        f"SELECT {', '.join('s.' + c for c in COLUMNAS_DE_SOLICITUD)}, p.nombre AS persona FROM solicitudes_de_datos s "
        "JOIN personas p ON p.id = s.persona_id WHERE s.id = ? AND s.asociacion_id = ?",
        [solicitud_id, asociacion_id]), None)


def responder_solicitud(db: BaseDeDatos, solicitud_id: int, estado: str, el: str, por: str, respuesta: str,
                        detalle: str | None = None, con_detalle: bool = False) -> None:
    """La respuesta, una vez (la base no deja cambiar una solicitud respondida). Con `con_detalle`, el detalle de lo
    pedido se reemplaza en la misma escritura (una supresión borra también lo que la persona escribió)."""
    extra = ", detalle = ?" if con_detalle else ""
    db.execute(f"UPDATE solicitudes_de_datos SET estado = ?, respondida_el = ?, respondida_por = ?, respuesta = ?"
               f"{extra} WHERE id = ? AND estado = 'abierta'",
               [estado, el, por, respuesta, *([detalle] if con_detalle else []), solicitud_id])


def anotar_supresion(db: BaseDeDatos, solicitud_id: int, tabla: str, fila_id: int, como: str) -> None:
    db.execute("INSERT INTO supresiones (solicitud_id, tabla, fila_id, como) VALUES (?, ?, ?, ?)",
               [solicitud_id, tabla, fila_id, como])


def supresiones(db: BaseDeDatos) -> dict[int, dict]:
    """{solicitud: {derecho, estado, filas: {(tabla, fila)}}} de cada solicitud que suprimió algo (para la
    verificación)."""
    salida: dict[int, dict] = {}
    if not db.tiene_tabla("supresiones"):
        return salida
    for solicitud_id, derecho, estado, tabla, fila_id in db.execute(
            "SELECT s.id, s.derecho, s.estado, x.tabla, x.fila_id FROM supresiones x "
            "JOIN solicitudes_de_datos s ON s.id = x.solicitud_id"):
        datos = salida.setdefault(solicitud_id, {"derecho": derecho, "estado": estado, "filas": set()})
        datos["filas"].add((tabla, fila_id))
    return salida


# --- oposiciones al correo -----------------------------------------------------------------------------------------

def oponer(db: BaseDeDatos, asociacion_id: int, huella: str, direccion: str, persona_id: int | None, desde: str,
           solicitud_id: int | None) -> None:
    db.execute("INSERT INTO oposiciones_correo (asociacion_id, huella, direccion, persona_id, desde, solicitud_id) "
               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (asociacion_id, huella) DO NOTHING",
               [asociacion_id, huella, direccion, persona_id, desde, solicitud_id])


def oposiciones_de_la_base(conn) -> list[tuple[int, str, str | None, int | None, str]]:
    """(asociación, huella, dirección, persona, desde) de cada oposición al correo, leídas con una conexión de sqlite3
    (la base que se reemplazó al restaurar, abierta solo para leer). Vacía si no tiene la tabla o no se puede leer."""
    try:
        return conn.execute("SELECT asociacion_id, huella, direccion, persona_id, desde FROM oposiciones_correo "
                            "ORDER BY id").fetchall()
    except Exception:  # noqa: BLE001 - anterior a la tabla, o ilegible: no hay oposiciones que reponer
        return []


def oposiciones(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    if not db.tiene_tabla("oposiciones_correo"):
        return []
    return list(db.query("SELECT id, huella, direccion, persona_id, desde, solicitud_id FROM oposiciones_correo "
                         "WHERE asociacion_id = ? ORDER BY id", [asociacion_id]))


def huellas_con_oposicion(db: BaseDeDatos, asociacion_id: int) -> set[str]:
    if not db.tiene_tabla("oposiciones_correo"):
        return set()
    return {h for (h,) in db.execute("SELECT huella FROM oposiciones_correo WHERE asociacion_id = ?",
                                     [asociacion_id])}


def olvidar_direccion_de_oposicion(db: BaseDeDatos, oposicion_id: int) -> None:
    """La dirección de una oposición se borra (queda su huella, que la sigue reconociendo)."""
    db.execute("UPDATE oposiciones_correo SET direccion = NULL WHERE id = ?", [oposicion_id])


# --- política y tratamientos ---------------------------------------------------------------------------------------

COLUMNAS_DE_POLITICA = ("pais", "dias_propios", "contacto", "anios_contactos_de_bajas", "meses_rebotes",
                        "dias_de_aviso", "encargado")


def politica(db: BaseDeDatos, asociacion_id: int) -> dict | None:
    if not db.tiene_tabla("politica_de_datos"):
        return None
    return next(db.query(f"SELECT {', '.join(COLUMNAS_DE_POLITICA)} FROM politica_de_datos WHERE asociacion_id = ?",
                         [asociacion_id]), None)


def guardar_politica(db: BaseDeDatos, asociacion_id: int, valores: dict) -> None:
    columnas = ", ".join(COLUMNAS_DE_POLITICA)
    cambios = ", ".join(f"{c} = excluded.{c}" for c in COLUMNAS_DE_POLITICA)
    db.execute(f"INSERT INTO politica_de_datos (asociacion_id, {columnas}) VALUES "
               f"(?, {', '.join('?' * len(COLUMNAS_DE_POLITICA))}) ON CONFLICT (asociacion_id) DO UPDATE SET {cambios}",
               [asociacion_id, *(valores[c] for c in COLUMNAS_DE_POLITICA)])


def tratamientos(db: BaseDeDatos, asociacion_id: int) -> dict[str, dict]:
    if not db.tiene_tabla("tratamientos"):
        return {}
    return {f["clase"]: f for f in db.query("SELECT clase, base_legal, finalidad, conservacion FROM tratamientos "
                                            "WHERE asociacion_id = ?", [asociacion_id])}


def guardar_tratamiento(db: BaseDeDatos, asociacion_id: int, clase: str, base_legal: str, finalidad: str,
                        conservacion: str) -> None:
    db.execute("INSERT INTO tratamientos (asociacion_id, clase, base_legal, finalidad, conservacion) VALUES "
               "(?, ?, ?, ?, ?) ON CONFLICT (asociacion_id, clase) DO UPDATE SET base_legal = excluded.base_legal, "
               "finalidad = excluded.finalidad, conservacion = excluded.conservacion",
               [asociacion_id, clase, base_legal, finalidad, conservacion])


# --- lo que se propone suprimir por el paso del tiempo ----------------------------------------------------------------

def contactos_de_miembros_que_se_fueron(db: BaseDeDatos, asociacion_id: int, antes_de: str) -> list[dict]:
    """Los contactos de miembros cuyo último estado es la baja, desde antes de `antes_de`:
    {contacto_id, nombre, miembro, baja_desde}."""
    return list(db.query(
        "SELECT c.id AS contacto_id, c.nombre, m.nombre AS miembro, e.desde AS baja_desde FROM contactos c "
        "JOIN miembros m ON m.id = c.miembro_id JOIN estados_miembro e ON e.miembro_id = m.id "
        "AND e.id = (SELECT id FROM estados_miembro WHERE miembro_id = m.id ORDER BY desde DESC, id DESC LIMIT 1) "
        "WHERE m.asociacion_id = ? AND e.estado = 'baja' AND e.desde < ? ORDER BY e.desde, c.id",
        [asociacion_id, antes_de]))


def direcciones_rebotadas(db: BaseDeDatos, asociacion_id: int, antes_de: str) -> list[dict]:
    """Las direcciones de contactos cuyo último envío rebotó antes de `antes_de` y que no volvieron a recibir nada
    después: {contacto_id, nombre, correo, miembro, rebote}."""
    return list(db.query(
        "SELECT c.id AS contacto_id, c.nombre, c.correo, m.nombre AS miembro, max(d.cuando) AS rebote "
        "FROM contactos c JOIN miembros m ON m.id = c.miembro_id JOIN destinatarios_mensaje d "
        "ON lower(d.direccion) = lower(c.correo) JOIN mensajes x ON x.id = d.mensaje_id AND x.asociacion_id = ? "
        "WHERE m.asociacion_id = ? AND d.estado = 'rebotado' AND NOT EXISTS (SELECT 1 FROM destinatarios_mensaje o "
        "JOIN mensajes y ON y.id = o.mensaje_id WHERE lower(o.direccion) = lower(c.correo) AND y.asociacion_id = ? "
        "AND o.estado IN ('aceptado', 'recibido') AND coalesce(o.cuando, '') > coalesce(d.cuando, '')) "
        "GROUP BY c.id, c.nombre, c.correo, m.nombre HAVING max(coalesce(d.cuando, '')) < ? ORDER BY c.id",
        [asociacion_id, asociacion_id, asociacion_id, antes_de]))


# --- dónde más se nombra a una persona ---------------------------------------------------------------------------

# Las tablas que no se recorren buscando menciones: la bitácora (se busca aparte, en sus valores personales), el
# registro de migraciones, los adjuntos binarios y el registro de personas mismo (se informa aparte).
_SIN_MENCIONES = {"bitacora", "bitacora_sellos", "bitacora_valores", "_sqlite_migrations", "escritorio_migraciones",
                  "personas", "datos_de_persona", "solicitudes_de_datos", "supresiones", "oposiciones_correo",
                  "identidad_base", "sellos_anteriores"}


def _columnas_de_texto(db: BaseDeDatos, tabla_: str) -> list[str]:
    if db.dialecto == "postgresql":
        return [f[0] for f in db.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                         "'public' AND table_name = ? AND data_type = 'text' ORDER BY ordinal_position",
                                         [tabla_])]
    return [f[1] for f in db.execute(f'PRAGMA table_info("{tabla_}")') if (f[2] or "").upper() == "TEXT"]


def menciones(db: BaseDeDatos, terminos: Sequence[str]) -> list[dict]:
    """Cada fila de cada tabla de datos que tiene alguno de los `terminos` (un nombre, un correo, un teléfono) en una
    columna de texto: {tabla, fila_id, columna, termino}. Sin mayúsculas en lo que es ASCII; una sola pasada por
    columna."""
    terminos = [t for t in dict.fromkeys(t.strip() for t in terminos if t and t.strip())]
    if not terminos:
        return []
    postgres = db.dialecto == "postgresql"
    contiene = "position(lower(?) in lower({c})) > 0" if postgres else "instr(lower({c}), lower(?)) > 0"
    salida = []
    for tabla_ in db.table_names():
        if tabla_ in _SIN_MENCIONES or tabla_.startswith(("sqlite_", "escritorio_")):
            continue
        clave = "id" if "id" in _columnas(db, tabla_) else ("ctid" if postgres else "rowid")
        for columna in _columnas_de_texto(db, tabla_):
            condicion = " OR ".join(contiene.format(c=f'"{columna}"') for _ in terminos)
            for fila_id, valor in db.execute(f'SELECT {clave}, "{columna}" FROM "{tabla_}" WHERE {condicion}',
                                             list(terminos)):
                termino = next((t for t in terminos if nombra(valor, t)), None)
                if termino is not None:   # la consulta encuentra candidatas; aquí, solo la palabra entera
                    salida.append({"tabla": tabla_, "fila_id": fila_id, "columna": columna, "termino": termino})
    return salida


def _columnas(db: BaseDeDatos, tabla_: str) -> list[str]:
    from .postgres import columnas_de

    return columnas_de(db, tabla_)


def registros_que_nombran(db: BaseDeDatos, terminos: Sequence[str]) -> list[dict]:
    """Los registros de la bitácora con alguno de los `terminos` en sus valores personales (los que todavía se pueden
    leer): {registro_id, entidad, entidad_id, accion}. Es la historia de una persona, también la de filas que ya no
    están."""
    terminos = [t for t in dict.fromkeys(t.strip() for t in terminos if t and t.strip())]
    if not terminos or not db.tiene_tabla("bitacora_valores"):
        return []
    contiene = ("position(lower(?) in lower(v.valor)) > 0" if db.dialecto == "postgresql"
                else "instr(lower(v.valor), lower(?)) > 0")
    vistos: dict[int, dict] = {}
    for fila in db.query(
            "SELECT b.id AS registro_id, b.entidad, b.entidad_id, b.accion, v.valor FROM bitacora_valores v "
            "JOIN bitacora b ON b.id = v.registro_id WHERE v.valor IS NOT NULL AND "
            f"({' OR '.join(contiene for _ in terminos)}) "
            "ORDER BY b.id", list(terminos)):
        if fila["registro_id"] not in vistos and nombra_alguno(_texto_del_valor(fila.pop("valor")), terminos):
            vistos[fila["registro_id"]] = fila
    return list(vistos.values())


def _texto_del_valor(valor: str) -> str:
    """El valor guardado es texto JSON («"Ana Pérez"»): el texto mismo, para buscar en él."""
    try:
        leido = json.loads(valor)
    except ValueError:
        return valor
    return leido if isinstance(leido, str) else valor


def existe_fila(db: BaseDeDatos, tabla_: str, fila_id: int) -> bool:
    return db.execute(f'SELECT 1 FROM "{tabla_}" WHERE id = ?', [fila_id]).fetchone() is not None


def documentos_que_nombran(db: BaseDeDatos, asociacion_id: int, terminos: Sequence[str]) -> list[dict]:
    """Los documentos emitidos de la asociación cuyo resumen o el texto de alguna de sus copias nombra a alguno de los
    `terminos`: {id, codigo, tipo, referencia, emitido_en}."""
    terminos = [t for t in dict.fromkeys(t.strip() for t in terminos if t and t.strip())]
    if not terminos:
        return []
    contiene = ("position(lower(?) in lower({c})) > 0" if db.dialecto == "postgresql"
                else "instr(lower({c}), lower(?)) > 0")
    en_resumen = " OR ".join(contiene.format(c="d.resumen") for _ in terminos)
    en_texto = " OR ".join(contiene.format(c="a.texto") for _ in terminos)
    candidatos = list(db.query(
        "SELECT d.id, d.codigo, d.tipo, d.referencia, d.emitido_en, d.resumen FROM documentos_emitidos d "
        f"WHERE d.asociacion_id = ? AND (({en_resumen}) OR EXISTS (SELECT 1 FROM archivos_emitidos a "
        f"WHERE a.documento_id = d.id AND ({en_texto}))) "
        "ORDER BY d.id", [asociacion_id, *terminos, *terminos]))
    salida = []
    for doc in candidatos:
        textos = [doc.pop("resumen")] + [t for (t,) in db.execute(
            "SELECT texto FROM archivos_emitidos WHERE documento_id = ? AND texto IS NOT NULL", [doc["id"]])]
        if any(nombra_alguno(t, terminos) for t in textos):
            salida.append(doc)
    return salida


def fila_entera(db: BaseDeDatos, tabla_: str, fila_id: int) -> dict | None:
    """La fila como está hoy, con todas sus columnas (sin las binarias)."""
    from .postgres import columnas_de

    columnas = columnas_de(db, tabla_, sin_binarias=True)
    return next(db.query(f'SELECT {", ".join(chr(34) + c + chr(34) for c in columnas)} FROM "{tabla_}" WHERE id = ?',
                         [fila_id]), None)


# --- suprimir: las filas de una persona --------------------------------------------------------------------------

# Lo que se escribe en cada tabla al anonimizar una fila que se conserva (las columnas de la persona), y las tablas
# cuyas filas se pueden borrar enteras. Las nombra el programa, nunca quien escribe.
_ANONIMIZAR = {"contactos": ("correo", "recibe"), "autoridades": ("persona",),
               "asistencias": ("representante", "cargo_representante")}
_BORRABLES = ("contactos", "invitados")


def borrar_fila(db: BaseDeDatos, tabla_: str, fila_id: int) -> None:
    if tabla_ not in _BORRABLES:
        raise ValueError(f"{tabla_}: sus filas no se borran al suprimir")
    db.execute(f"DELETE FROM {tabla_} WHERE id = ?", [fila_id])


def anonimizar_fila(db: BaseDeDatos, tabla_: str, fila_id: int, valores: dict) -> None:
    columnas = _ANONIMIZAR.get(tabla_, ())
    if not valores or not set(valores) <= set(columnas):
        raise ValueError(f"{tabla_}: {sorted(valores)} no son las columnas de una persona")
    db.execute(f"UPDATE {tabla_} SET {', '.join(f'{c} = ?' for c in valores)} WHERE id = ?",
               [*valores.values(), fila_id])


def sesion_de(db: BaseDeDatos, tabla_: str, fila_id: int) -> dict | None:
    """{fecha, estado_acta} de la sesión de una asistencia o un invitado."""
    return next(db.query(
        f"SELECT s.fecha, coalesce(a.estado, 'sin acta') AS estado_acta FROM {tabla_} x JOIN sesiones s "
        "ON s.id = x.sesion_id LEFT JOIN actas a ON a.sesion_id = s.id WHERE x.id = ?", [fila_id]), None)


def hasta_de_autoridad(db: BaseDeDatos, fila_id: int) -> str | None:
    fila = db.execute("SELECT hasta FROM autoridades WHERE id = ?", [fila_id]).fetchone()
    return fila[0] if fila else None


def mensajes_que_nombran(db: BaseDeDatos, asociacion_id: int, terminos: Sequence[str]) -> list[dict]:
    """Los mensajes de la asociación cuyo texto nombra alguno de los `terminos`: {id, estado, texto}."""
    terminos = [t for t in terminos if t]
    if not terminos:
        return []
    contiene = ("position(lower(?) in lower(texto)) > 0" if db.dialecto == "postgresql"
                else "instr(lower(texto), lower(?)) > 0")
    return [m for m in db.query(f"SELECT id, estado, texto FROM mensajes WHERE asociacion_id = ? AND "
                                f"({' OR '.join(contiene for _ in terminos)}) ORDER BY id", [asociacion_id, *terminos])
            if nombra_alguno(m["texto"], terminos)]


def solicitudes_con_detalle(db: BaseDeDatos, persona_id: int) -> list[int]:
    """Las solicitudes de la persona en las que escribió algo (`detalle`)."""
    return [i for (i,) in db.execute("SELECT id FROM solicitudes_de_datos WHERE persona_id = ? AND detalle IS NOT NULL",
                                     [persona_id])]


def borrar_detalle_de_solicitudes(db: BaseDeDatos, persona_id: int) -> None:
    """Borra lo que la persona escribió en sus solicitudes (la base lo permite también de las ya respondidas: es lo
    único que cambia de una solicitud respondida)."""
    db.execute("UPDATE solicitudes_de_datos SET detalle = NULL WHERE persona_id = ? AND detalle IS NOT NULL",
               [persona_id])


# --- una supresión que una restauración deshizo -------------------------------------------------------------------

def supresiones_hechas(conn) -> dict[int, tuple[str | None, int, list[tuple[str, int]]]]:
    """{solicitud: (respondida_el, persona, [(tabla, fila)])} de cada supresión que la base hizo, leída con una conexión
    de sqlite3 (la base que se reemplazó al restaurar, abierta solo para leer). Vacío si la base no tiene el registro
    de personas."""
    try:
        filas = conn.execute("SELECT s.id, s.respondida_el, s.persona_id, x.tabla, x.fila_id FROM supresiones x "
                             "JOIN solicitudes_de_datos s ON s.id = x.solicitud_id ORDER BY x.id").fetchall()
    except Exception:  # noqa: BLE001 - una base anterior a la 0058 (o ilegible): no hizo ninguna
        return {}
    salida: dict[int, tuple[str | None, int, list[tuple[str, int]]]] = {}
    for solicitud, respondida, persona, tabla_, fila in filas:
        salida.setdefault(solicitud, (respondida, persona, []))[2].append((tabla_, fila))
    return salida


def vuelve_a_tener_alguna(conn, filas: Sequence[tuple[str, int]]) -> bool:
    """¿Tiene la base alguna de esas filas, o algún valor legible de ellas en su bitácora? (una restauración que
    devolvió lo que una supresión había borrado)."""
    for tabla_, fila in filas:
        try:
            if conn.execute(f'SELECT 1 FROM "{tabla_}" WHERE id = ?', [fila]).fetchone() is not None:
                return True
            if conn.execute("SELECT 1 FROM bitacora_valores v JOIN bitacora b ON b.id = v.registro_id WHERE "
                            "b.entidad = ? AND b.entidad_id = ? AND v.valor IS NOT NULL LIMIT 1",
                            [tabla_, fila]).fetchone() is not None:
                return True
        except Exception:  # noqa: BLE001 - una tabla que esa versión no tenía: esa fila no está
            continue
    return False


def ultima_alta(db: BaseDeDatos, tabla_: str, fila_id: int) -> int:
    """El registro de la bitácora con el último alta de la fila (0 si no hay): lo anterior es de otra fila que tuvo
    el mismo id (uno que quedó libre al borrar la fila más nueva se vuelve a dar)."""
    return db.execute("SELECT coalesce(max(id), 0) FROM bitacora WHERE entidad = ? AND entidad_id = ? AND "
                      "accion = 'alta'", [tabla_, fila_id]).fetchone()[0]
