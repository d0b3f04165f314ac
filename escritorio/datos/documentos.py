"""Consultas y altas de los documentos emitidos (con su código de verificación), de los archivos generados con
cada uno y de lo que hace falta leer para la huella de su registro. Las tablas son solo de altas (triggers de
la migración 0013): aquí no hay UPDATE ni DELETE. En el servidor, las altas las hacen sus funciones
(postgres/emitidos.py): ningún papel escribe en estas tablas directamente."""

from .base_de_datos import BaseDeDatos, insertar_fila
from .dialecto import es_servidor


# Lo que registra el papel de tesorería en el servidor (postgres/emitidos.py lo hace cumplir): sus documentos y los
# listados que cualquiera imprime. Lo demás (convocatorias, actas, resoluciones, normas, la memoria, los informes de
# las unidades) lo emite secretaría; tesorería y consulta lo imprimen sin registrarlo (issue 77, §5).
TIPOS_DE_TESORERIA = ("recibo", "estado_cuenta", "aviso", "resumen_cobranza", "padron", "composicion", "organigrama")


def registra(db: BaseDeDatos, tipo: str) -> bool:
    """¿Puede quien está conectado registrar un documento de este tipo? En el archivo, sí; en el servidor, según su
    papel (el que guardó la conexión al abrir: consulta no registra nada y ya abre solo para consultar)."""
    papel = getattr(db.estado, "papel", None) if es_servidor(db) else "secretaria"
    return papel == "secretaria" or (papel == "tesoreria" and tipo in TIPOS_DE_TESORERIA)


def identidad(db: BaseDeDatos) -> str:
    """La identidad de la base (entra en cada código: otra base da otros códigos con los mismos ids)."""
    fila = db.execute("SELECT base_id FROM identidad_base WHERE unica = 1").fetchone()
    return fila[0] if fila else ""


def documento_por_codigo(db: BaseDeDatos, codigo: str) -> dict | None:
    return next(db.query("SELECT * FROM documentos_emitidos WHERE codigo = ?", [codigo]), None)


def documento_por_id(db: BaseDeDatos, documento_id: int) -> dict | None:
    return next(db.query("SELECT * FROM documentos_emitidos WHERE id = ?", [documento_id]), None)


def documento_del_registro(db: BaseDeDatos, tipo: str, referencia: int, huella: str) -> dict | None:
    return next(db.query("SELECT * FROM documentos_emitidos WHERE tipo = ? AND referencia = ? AND huella = ?",
                         [tipo, referencia, huella]), None)


def documentos_de(db: BaseDeDatos, tipo: str, referencia: int) -> list[dict]:
    """Todos los documentos emitidos de un registro (uno por cada estado distinto de su huella), del primero al
    último."""
    return list(db.query("SELECT * FROM documentos_emitidos WHERE tipo = ? AND referencia = ? ORDER BY id",
                         [tipo, referencia]))


def agregar_documento(db: BaseDeDatos, *, asociacion_id: int, codigo: str, tipo: str, referencia: int, huella: str,
                      resumen: str, emitido_en: str | None = None) -> int:
    """`emitido_en`: el momento en que se emitió, si no es ahora (un documento emitido en una copia de viaje)."""
    if es_servidor(db):
        return db.execute("SELECT escritorio_registrar_documento(?, ?, ?, ?, ?, ?, ?)",
                          [asociacion_id, codigo, tipo, referencia, huella, resumen, emitido_en]).fetchone()[0]
    valores = {"asociacion_id": asociacion_id, "codigo": codigo, "tipo": tipo, "referencia": referencia,
               "huella": huella, "resumen": resumen}
    if emitido_en is not None:
        valores["emitido_en"] = emitido_en
    return insertar_fila(db, "documentos_emitidos", valores)


def proxima_copia(db: BaseDeDatos, documento_id: int) -> int:
    """0 si el documento nunca se generó (el original); si no, el número de la próxima reimpresión."""
    return db.execute("SELECT coalesce(max(copia) + 1, 0) FROM archivos_emitidos WHERE documento_id = ?",
                      [documento_id]).fetchone()[0]


def agregar_archivo(db: BaseDeDatos, documento_id: int, sha256: str, copia: int, texto: str | None,
                    generado_en: str | None = None) -> int:
    if es_servidor(db):
        return db.execute("SELECT escritorio_registrar_archivo(?, ?, ?, ?, ?)",
                          [documento_id, sha256, copia, texto, generado_en]).fetchone()[0]
    valores = {"documento_id": documento_id, "sha256": sha256, "copia": copia, "texto": texto}
    if generado_en is not None:
        valores["generado_en"] = generado_en
    return insertar_fila(db, "archivos_emitidos", valores)


def archivos_emitidos_desde(db: BaseDeDatos, registro: int) -> list[dict]:
    """Los archivos emitidos después del registro `registro` de la bitácora, con su documento (d_*), del primero al
    último: lo que se imprimió en una copia de viaje."""
    return list(db.query(
        "SELECT a.*, d.asociacion_id AS d_asociacion_id, d.codigo AS d_codigo, d.tipo AS d_tipo, "
        "d.referencia AS d_referencia, d.huella AS d_huella, d.resumen AS d_resumen, d.emitido_en AS d_emitido_en "
        "FROM archivos_emitidos a JOIN documentos_emitidos d ON d.id = a.documento_id WHERE a.id IN (SELECT "
        "entidad_id FROM bitacora WHERE id > ? AND entidad = 'archivos_emitidos' AND accion = 'alta') ORDER BY a.id",
        [registro]))


def archivos_por_sha256(db: BaseDeDatos, sha256: str) -> list[dict]:
    """Los archivos emitidos idénticos (byte a byte) a uno dado, con su documento."""
    return list(db.query(
        "SELECT a.id AS archivo_id, a.copia, a.generado_en, a.sha256, a.documento_id, a.texto FROM archivos_emitidos a "
        "WHERE a.sha256 = ? ORDER BY a.id", [sha256]))


def documentos_de_la_asociacion(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Todos los documentos emitidos por la asociación, del primero al último (el sitio publica su verificación)."""
    return list(db.query("SELECT * FROM documentos_emitidos WHERE asociacion_id = ? ORDER BY id", [asociacion_id]))


def archivos_de(db: BaseDeDatos, documento_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM archivos_emitidos WHERE documento_id = ? ORDER BY copia", [documento_id]))


def firmas_por_sha256(db: BaseDeDatos, sha256: str) -> list[dict]:
    """Los PDF firmados digitalmente (tabla de la migración 0014) idénticos a uno dado, sin el PDF."""
    if not db.tiene_tabla("firmas_digitales"):
        return []
    return list(db.query("SELECT id, asociacion_id, tipo, referencia, firmante, firmado_en, sha256 "
                         "FROM firmas_digitales WHERE sha256 = ? ORDER BY id", [sha256]))


# --- lo que entra en la huella de cada registro ------------------------------------------------------------

def acta_por_id(db: BaseDeDatos, acta_id: int) -> dict | None:
    return next(db.query(
        "SELECT a.id, a.sesion_id, a.estado, a.huella, a.aprobada_el, s.numero, s.fecha, o.nombre AS organo, "
        "o.asociacion_id FROM actas a JOIN sesiones s ON s.id = a.sesion_id JOIN organos o ON o.id = s.organo_id "
        "WHERE a.id = ?", [acta_id]), None)


def acta_de_la_sesion(db: BaseDeDatos, sesion_id: int) -> dict | None:
    return next(db.query("SELECT id FROM actas WHERE sesion_id = ?", [sesion_id]), None)


def erratas_del_acta(db: BaseDeDatos, acta_id: int) -> list[dict]:
    return list(db.query("SELECT id, fecha, texto FROM fe_de_erratas WHERE acta_id = ? ORDER BY id", [acta_id]))


def resolucion(db: BaseDeDatos, resolucion_id: int) -> dict | None:
    """La resolución con su órgano, el punto y la sesión que la adoptó, su votación y el acta que la contiene."""
    return next(db.query(
        """SELECT r.id, r.organo_id, r.anio, r.numero, r.tipo, r.titulo, r.texto, r.punto_id, r.reforma_id, r.escala_id,
                  o.nombre AS organo, o.asociacion_id, p.titulo AS punto, p.tipo_decision, p.resumen AS resumen_punto,
                  s.id AS sesion_id, s.numero AS sesion_numero, s.tipo AS sesion_tipo, s.fecha AS sesion_fecha,
                  s.lugar AS sesion_lugar, v.metodo, v.mayoria, v.base, v.a_favor, v.en_contra, v.abstenciones,
                  v.presentes, v.con_derecho, v.aprobada, v.texto_resultado, v.regla_mayoria, v.motivo_mayoria,
                  a.id AS acta_id, a.estado AS acta_estado, a.huella AS acta_huella, a.aprobada_el AS acta_aprobada_el
           FROM resoluciones r JOIN organos o ON o.id = r.organo_id
           LEFT JOIN puntos_orden p ON p.id = r.punto_id LEFT JOIN sesiones s ON s.id = p.sesion_id
           LEFT JOIN votaciones v ON v.punto_id = r.punto_id LEFT JOIN actas a ON a.sesion_id = s.id
           WHERE r.id = ?""", [resolucion_id]), None)


def pago_para_recibo(db: BaseDeDatos, pago_id: int) -> dict | None:
    """Las columnas del pago que su recibo afirma (sin la anulación, que no cambia lo que el recibo dice)."""
    return next(db.query(
        "SELECT p.id, p.asociacion_id, p.miembro_id, p.fecha, p.importe, p.moneda, p.tipo_cambio, p.moneda_imputacion, "
        "p.importe_imputable, p.medio, p.referencia, p.anulado_en, p.motivo_anulacion, r.anio AS recibo_anio, "
        "r.numero AS recibo_numero FROM pagos p LEFT JOIN recibos r ON r.pago_id = p.id WHERE p.id = ?",
        [pago_id]), None)


def imputaciones_del_recibo(db: BaseDeDatos, pago_id: int) -> list[list]:
    return [list(f) for f in db.execute(
        "SELECT cargo_id, importe FROM imputaciones WHERE pago_id = ? AND origen = 'pago' ORDER BY id", [pago_id])]


def firmantes_de_asociaciones(db: BaseDeDatos) -> list[str]:
    """Los nombres de las asociaciones de la base: el autor que Escritorio escribe en los metadatos de cada PDF."""
    return [fila[0] for fila in db.execute("SELECT nombre FROM asociaciones ORDER BY id").fetchall()]


# --- avisos de cobro: una carta por miembro en cada lote ------------------------------------------------------

def primer_renglon_de_cada_carta(db: BaseDeDatos, lote_id: int) -> dict[int, int]:
    """miembro_id -> el primer renglón (avisos.id) de su carta en el lote: identifica la carta."""
    return dict(db.execute("SELECT c.miembro_id, min(a.id) FROM avisos a JOIN cargos c ON c.id = a.cargo_id "
                           "WHERE a.lote_id = ? GROUP BY c.miembro_id", [lote_id]).fetchall())


def carta_del_renglon(db: BaseDeDatos, aviso_id: int) -> dict | None:
    """{lote_id, miembro_id, miembro (su nombre), al} de la carta cuyo primer renglón es `aviso_id`."""
    return next(db.query("SELECT a.lote_id, c.miembro_id, m.nombre AS miembro, l.al FROM avisos a JOIN cargos c ON "
                         "c.id = a.cargo_id JOIN miembros m ON m.id = c.miembro_id JOIN lotes_avisos l ON "
                         "l.id = a.lote_id WHERE a.id = ?", [aviso_id]), None)


def cargos_de_la_carta(db: BaseDeDatos, lote_id: int, miembro_id: int) -> list[dict]:
    return list(db.query(
        "SELECT a.id, a.cargo_id, a.nivel, c.tipo_cargo, c.anio, c.moneda FROM avisos a JOIN cargos c ON c.id = "
        "a.cargo_id WHERE a.lote_id = ? AND c.miembro_id = ? ORDER BY c.vencimiento, a.cargo_id",
        [lote_id, miembro_id]))


def avisos_posteriores(db: BaseDeDatos, lote_id: int, miembro_id: int) -> list[dict]:
    """Las cartas de lotes posteriores al `lote_id` que reclaman alguno de los cargos de la carta del miembro en él:
    {lote_id, al, nivel}, de la primera a la última."""
    return list(db.query(
        "SELECT a.lote_id, l.al, max(a.nivel) AS nivel FROM avisos a JOIN lotes_avisos l ON l.id = a.lote_id "
        "WHERE a.lote_id > :lote AND a.cargo_id IN (SELECT a2.cargo_id FROM avisos a2 JOIN cargos c ON c.id = "
        "a2.cargo_id WHERE a2.lote_id = :lote AND c.miembro_id = :miembro) GROUP BY a.lote_id ORDER BY a.lote_id",
        {"lote": lote_id, "miembro": miembro_id}))


# --- el acta en borrador ------------------------------------------------------------------------------------

def partes_del_borrador(db: BaseDeDatos, sesion_id: int) -> dict[str, list | dict]:
    """Lo que un borrador de acta lista, para decir qué cambió desde que se imprimió: los puntos (con el resumen y
    el resultado de su votación), la asistencia y los textos de apertura y cierre."""
    puntos = list(db.query(
        "SELECT p.id, p.titulo, p.resumen, v.texto_resultado FROM puntos_orden p LEFT JOIN votaciones v ON "
        "v.punto_id = p.id WHERE p.sesion_id = ? ORDER BY p.orden, p.id", [sesion_id]))
    asistencia = list(db.query(
        "SELECT a.miembro_id, m.nombre AS miembro, a.estado, a.representante, a.poder_a FROM asistencias a "
        "JOIN miembros m ON m.id = a.miembro_id WHERE a.sesion_id = ? ORDER BY a.miembro_id", [sesion_id]))
    acta = next(db.query("SELECT apertura, cierre FROM actas WHERE sesion_id = ?", [sesion_id]), None)
    return {"puntos": puntos, "asistencia": asistencia, "acta": acta or {}}
