"""Consultas y escrituras del correo: la cuenta, la bandeja de salida, sus destinatarios y adjuntos (migración 0027)."""

import hashlib
import json

from .base_de_datos import BaseDeDatos, insertar_fila

CAMPOS_CUENTA = ("servidor", "puerto", "seguridad", "usuario", "remitente", "nombre_remitente", "firma",
                 "certificado_aceptado", "clave_sin_cifrar", "atadura")


def cuenta(db: BaseDeDatos, asociacion_id: int) -> dict | None:
    return next(db.query(f"SELECT {', '.join(CAMPOS_CUENTA)} FROM cuentas_correo WHERE asociacion_id = ?",
                         [asociacion_id]), None)


def guardar_cuenta(db: BaseDeDatos, asociacion_id: int, datos: dict) -> None:
    columnas = ", ".join(CAMPOS_CUENTA)
    cambios = ", ".join(f"{c} = excluded.{c}" for c in CAMPOS_CUENTA)
    db.execute(f"INSERT INTO cuentas_correo (asociacion_id, {columnas}) VALUES (?, {', '.join('?' * len(CAMPOS_CUENTA))}) "
               f"ON CONFLICT (asociacion_id) DO UPDATE SET {cambios}",
               [asociacion_id] + [datos.get(c) for c in CAMPOS_CUENTA])


def aceptar_certificado(db: BaseDeDatos, asociacion_id: int, huella: str | None, atadura: str | None) -> None:
    db.execute("UPDATE cuentas_correo SET certificado_aceptado = ?, atadura = ? WHERE asociacion_id = ?",
               [huella, atadura, asociacion_id])


def cuenta_cambiada_por_fuera(db: BaseDeDatos, asociacion_id: int) -> str | None:
    """Por qué la fila de la cuenta de correo parece escrita por otro programa, o None: un registro de su bitácora
    todavía sin sellar (nadie sella lo que escribe sqlite3), un incidente sin reconocer que la toca, o la fila que
    ya no es la de su último registro en la bitácora (la cambiaron con los triggers quitados)."""
    from .bitacora import fila_actual, ultimo_registro

    fila = db.execute("SELECT id FROM cuentas_correo WHERE asociacion_id = ?", [asociacion_id]).fetchone()
    if fila is None:
        return None
    cuenta_id = fila[0]
    sqlite = db.dialecto != "postgresql"   # en el servidor, la bitácora la sella él mismo al confirmar
    if sqlite and db.execute("SELECT 1 FROM bitacora WHERE entidad = 'cuentas_correo' AND entidad_id = ? AND id > "
                  "(SELECT coalesce(max(hasta_id), 0) FROM bitacora_sellos) LIMIT 1", [cuenta_id]).fetchone():
        return "sin_sellar"
    if db.tiene_tabla("incidentes"):
        incidente = db.execute(
            "SELECT i.id FROM incidentes i JOIN bitacora b ON b.id BETWEEN i.desde_id AND i.hasta_id "
            "WHERE i.tipo = 'filas_ajenas' AND i.reconocido_en IS NULL AND b.entidad = 'cuentas_correo' "
            "AND b.entidad_id = ? ORDER BY i.id LIMIT 1", [cuenta_id]).fetchone()
        if incidente:
            return f"incidente {incidente[0]}"
    if not sqlite:
        return None
    registro = ultimo_registro(db, "cuentas_correo", cuenta_id)
    actual = fila_actual(db, "cuentas_correo", cuenta_id)
    if registro is None or actual is None:
        return "sin_registro"
    accion, datos = registro
    try:
        valores = json.loads(datos)
        valores = valores["despues"] if accion == "cambio" else valores
    except (ValueError, KeyError, TypeError):
        return "sin_registro"
    hoy = list(actual.values())
    # Un registro anterior a la migración 0036 no tiene las columnas que ella agregó al final: valen lo de omisión.
    if hoy[:len(valores)] == valores and all(v in (None, 0) for v in hoy[len(valores):]):
        return None
    return "distinta"


def contactos_de(db: BaseDeDatos, miembro_ids: list[int]) -> dict[int, list[dict]]:
    """miembro_id -> sus contactos con correo (nombre, rol, correo, recibe)."""
    por_miembro: dict[int, list[dict]] = {}
    for inicio in range(0, len(miembro_ids), 500):
        lote = miembro_ids[inicio:inicio + 500]
        for fila in db.query(f"SELECT miembro_id, nombre, rol, correo, recibe FROM contactos WHERE miembro_id IN "
                             f"({', '.join('?' * len(lote))}) AND correo IS NOT NULL ORDER BY id", lote):
            por_miembro.setdefault(fila["miembro_id"], []).append(fila)
    return por_miembro


def correos_institucionales(db: BaseDeDatos, miembro_ids: list[int]) -> dict[int, tuple[str, str | None]]:
    """miembro_id -> (nombre del miembro, su correo institucional o None)."""
    salida = {}
    for inicio in range(0, len(miembro_ids), 500):
        lote = miembro_ids[inicio:inicio + 500]
        salida.update({f[0]: (f[1], f[2]) for f in db.execute(
            f"SELECT id, nombre, correo FROM miembros WHERE id IN ({', '.join('?' * len(lote))})", lote)})
    return salida


def guardar_archivo(db: BaseDeDatos, sha256: str, contenido: bytes) -> int:
    """El id del archivo con esa huella, guardándolo si todavía no estaba (uno por contenido)."""
    fila = db.execute("SELECT id FROM archivos_correo WHERE sha256 = ?", [sha256]).fetchone()
    if fila:
        return fila[0]
    return insertar_fila(db, "archivos_correo", {"sha256": sha256, "contenido": contenido})


def insertar_mensaje(db: BaseDeDatos, datos: dict) -> int:
    return insertar_fila(db, "mensajes", datos)


def insertar_destinatario(db: BaseDeDatos, mensaje_id: int, direccion: str, nombre: str | None, tipo: str) -> None:
    insertar_fila(db, "destinatarios_mensaje", {"mensaje_id": mensaje_id, "direccion": direccion, "nombre": nombre,
                                                "tipo": tipo})


def insertar_adjunto(db: BaseDeDatos, mensaje_id: int, nombre: str, archivo_id: int) -> None:
    insertar_fila(db, "adjuntos_mensaje", {"mensaje_id": mensaje_id, "nombre": nombre, "archivo_id": archivo_id})


def mensajes(db: BaseDeDatos, asociacion_id: int, *, estados: tuple[str, ...] | None = None,
             clase: str | None = None, referencia: int | None = None, miembro_id: int | None = None) -> list[dict]:
    condiciones, valores = ["m.asociacion_id = ?"], [asociacion_id]
    if estados:
        condiciones.append(f"m.estado IN ({', '.join('?' * len(estados))})")
        valores += list(estados)
    for columna, valor in (("m.clase", clase), ("m.referencia", referencia), ("m.miembro_id", miembro_id)):
        if valor is not None:
            condiciones.append(f"{columna} = ?")
            valores.append(valor)
    return list(db.query(
        "SELECT m.id, m.message_id, m.clase, m.referencia, m.miembro_id, mi.nombre AS miembro, m.asunto, m.estado, "
        "m.intentos, m.ultimo_error, m.creado_en, m.enviado_en, m.ancla FROM mensajes m "
        "LEFT JOIN miembros mi ON mi.id = m.miembro_id WHERE " + " AND ".join(condiciones) + " ORDER BY m.id",
        valores))


def mensaje(db: BaseDeDatos, asociacion_id: int, mensaje_id: int) -> dict | None:
    return next(db.query("SELECT * FROM mensajes WHERE id = ? AND asociacion_id = ?", [mensaje_id, asociacion_id]),
                None)


def destinatarios(db: BaseDeDatos, mensaje_ids: list[int]) -> dict[int, list[dict]]:
    salida: dict[int, list[dict]] = {}
    for inicio in range(0, len(mensaje_ids), 500):
        lote = mensaje_ids[inicio:inicio + 500]
        for fila in db.query(f"SELECT id, mensaje_id, direccion, nombre, tipo, estado, motivo, cuando "
                             f"FROM destinatarios_mensaje WHERE mensaje_id IN ({', '.join('?' * len(lote))}) "
                             f"ORDER BY id", lote):
            salida.setdefault(fila["mensaje_id"], []).append(fila)
    return salida


def adjuntos(db: BaseDeDatos, mensaje_id: int) -> list[tuple[str, bytes, str]]:
    """(nombre, contenido, sha256) de cada adjunto del mensaje, en orden."""
    return [(f[0], bytes(f[1]), f[2]) for f in db.execute(
        "SELECT a.nombre, c.contenido, c.sha256 FROM adjuntos_mensaje a JOIN archivos_correo c ON c.id = a.archivo_id "
        "WHERE a.mensaje_id = ? ORDER BY a.id", [mensaje_id])]


def es_archivo_emitido(db: BaseDeDatos, sha256: str) -> bool:
    """¿Es la huella de un documento que emitió Escritorio (archivos_emitidos, que no se cambia ni se borra)?"""
    return db.execute("SELECT 1 FROM archivos_emitidos WHERE sha256 = ? LIMIT 1", [sha256]).fetchone() is not None


def huellas_de_adjuntos(db: BaseDeDatos):
    """(id, sha256 anotado, sha256 del contenido guardado, si la anotada es de un documento emitido, ids de los
    mensajes que lo llevan) de cada adjunto guardado, uno a la vez (para «escritorio verificar»)."""
    for (archivo_id,) in db.execute("SELECT id FROM archivos_correo ORDER BY id").fetchall():
        anotado, contenido, emitido = db.execute(
            "SELECT c.sha256, c.contenido, EXISTS (SELECT 1 FROM archivos_emitidos e WHERE e.sha256 = c.sha256) "
            "FROM archivos_correo c WHERE c.id = ?", [archivo_id]).fetchone()
        mensajes = [f[0] for f in db.execute("SELECT mensaje_id FROM adjuntos_mensaje WHERE archivo_id = ? "
                                             "ORDER BY mensaje_id", [archivo_id]).fetchall()]
        yield archivo_id, anotado, hashlib.sha256(bytes(contenido or b"")).hexdigest(), bool(emitido), mensajes


def cambiar_estado(db: BaseDeDatos, mensaje_id: int, estado: str, *, error: str | None = None,
                   intento: bool = False, enviado_en: str | None = None,
                   desde: tuple[str, ...] | None = None) -> bool:
    """Cambia el estado del mensaje; con `desde`, solo si está en uno de esos estados (False si no: otro proceso
    lo tomó o ya lo registró)."""
    sql = ("UPDATE mensajes SET estado = ?, ultimo_error = ?, intentos = intentos + ?, "
           "enviado_en = coalesce(?, enviado_en) WHERE id = ?")
    valores = [estado, error, 1 if intento else 0, enviado_en, mensaje_id]
    if desde:
        sql += f" AND estado IN ({', '.join('?' * len(desde))})"
        valores += list(desde)
    return db.execute(sql, valores).rowcount == 1


def estado_de_destinatarios(db: BaseDeDatos, mensaje_id: int, estado: str, motivo: str | None, cuando: str,
                            direcciones: list[str] | None = None) -> None:
    """Anota `estado` en los destinatarios del mensaje (o solo en `direcciones`)."""
    sql = "UPDATE destinatarios_mensaje SET estado = ?, motivo = ?, cuando = ? WHERE mensaje_id = ?"
    valores = [estado, motivo, cuando, mensaje_id]
    if direcciones is not None:
        if not direcciones:
            return
        sql += f" AND direccion IN ({', '.join('?' * len(direcciones))})"
        valores += direcciones
    db.execute(sql, valores)


def destinatario(db: BaseDeDatos, asociacion_id: int, destinatario_id: int) -> dict | None:
    return next(db.query("SELECT d.*, m.estado AS estado_mensaje FROM destinatarios_mensaje d "
                         "JOIN mensajes m ON m.id = d.mensaje_id WHERE d.id = ? AND m.asociacion_id = ?",
                         [destinatario_id, asociacion_id]), None)


def anotar_destinatario(db: BaseDeDatos, destinatario_id: int, estado: str, motivo: str | None, cuando: str) -> None:
    db.execute("UPDATE destinatarios_mensaje SET estado = ?, motivo = ?, cuando = ? WHERE id = ?",
               [estado, motivo, cuando, destinatario_id])


def contar_por_estado(db: BaseDeDatos, asociacion_id: int) -> dict[str, int]:
    return {f[0]: f[1] for f in db.execute(
        "SELECT estado, count(*) FROM mensajes WHERE asociacion_id = ? GROUP BY estado", [asociacion_id])}


def enviando_a_por_confirmar(db: BaseDeDatos, asociacion_id: int, motivo: str) -> int:
    """Los que quedaron «enviando» (el programa murió entre DATA y la respuesta): pasan a «por confirmar»."""
    return db.execute("UPDATE mensajes SET estado = 'por_confirmar', ultimo_error = ? WHERE asociacion_id = ? "
                      "AND estado = 'enviando'", [motivo, asociacion_id]).rowcount


def con_estado(db: BaseDeDatos, mensaje_ids: list[int], estado: str) -> set[int]:
    """De esos mensajes, los que están hoy en `estado`."""
    salida = set()
    for inicio in range(0, len(mensaje_ids), 500):
        lote = mensaje_ids[inicio:inicio + 500]
        salida |= {f[0] for f in db.execute(f"SELECT id FROM mensajes WHERE estado = ? AND id IN "
                                            f"({', '.join('?' * len(lote))})", [estado, *lote])}
    return salida


def tomar_para_enviar(db: BaseDeDatos, mensaje_id: int, ancla: str | None = None) -> bool:
    """Marca el mensaje «enviando» solo si seguía «pendiente» (justo antes de DATA), con el ancla de la bitácora que
    lleva («sello huella»); False si otro lo tomó."""
    return db.execute("UPDATE mensajes SET estado = 'enviando', intentos = intentos + 1, ancla = ? "
                      "WHERE id = ? AND estado = 'pendiente'", [ancla, mensaje_id]).rowcount == 1


def contacto_de_la_asociacion(db: BaseDeDatos, asociacion_id: int, contacto_id: int) -> dict | None:
    return next(db.query("SELECT c.id, c.miembro_id, c.nombre, c.correo, c.recibe FROM contactos c "
                         "JOIN miembros m ON m.id = c.miembro_id WHERE c.id = ? AND m.asociacion_id = ?",
                         [contacto_id, asociacion_id]), None)


def fijar_recibe(db: BaseDeDatos, contacto_id: int, clases: str | None) -> None:
    db.execute("UPDATE contactos SET recibe = ? WHERE id = ?", [clases, contacto_id])


def autoridades_vigentes(db: BaseDeDatos, miembro_ids: list[int], hoy: str) -> dict[int, tuple[str, str | None]]:
    """miembro_id -> (persona, cargo) de la autoridad que asumió último hasta `hoy` (la que firma, la que saluda)."""
    salida = {}
    for inicio in range(0, len(miembro_ids), 500):
        lote = miembro_ids[inicio:inicio + 500]
        for fila in db.execute(
                f"SELECT miembro_id, persona, cargo FROM autoridades WHERE miembro_id IN ({', '.join('?' * len(lote))}) "
                f"AND (desde IS NULL OR desde <= ?) ORDER BY miembro_id, coalesce(desde, ''), id", [*lote, hoy]):
            salida[fila[0]] = (fila[1], fila[2])
    return salida
