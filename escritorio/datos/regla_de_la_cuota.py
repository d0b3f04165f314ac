"""LA regla del importe de una cuota, en SQL: la consulta que planea la emisión de un año y la que recalcula una
cuota ya emitida cuando el miembro se da de baja durante el año. Las dos arman sus importes y su detalle con
`_regla_del_cargo`: es la única implementación de la regla (su oráculo de prueba, la misma regla cargo por cargo en
Python: tests/oraculos/cuotas.py; tests/servicios/test_una_regla_de_cuota.py compara los dos).

El plan que sale de `consulta_emision` se lee, se guarda y se escribe en datos/cuotas.py.
"""

from .base_de_datos import BaseDeDatos
from .dialecto import es_servidor, fecha_dma
from .miembros import CIFRA_VIGENTE


def _segun_tramo(tramos: list[tuple[int, int, str]], valor, poblacion: str = "p.cifra") -> str:
    """CASE sobre la población (por omisión, la vigente: p.cifra): del tramo más alto al más bajo."""
    return "CASE " + " ".join(f"WHEN {poblacion} >= {int(t[0])} THEN {valor(i, t)}"
                              for i, t in reversed(list(enumerate(tramos)))) + " END"


def _texto(plantilla: str, *valores: str) -> str:
    """Una frase del detalle armada en SQL: la plantilla (un parámetro con el texto de `textos_del_detalle`, en el
    idioma en curso) con cada «{n}» reemplazado por el valor n (una expresión SQL de texto)."""
    expresion = plantilla
    for numero, valor in enumerate(valores):
        expresion = f"replace({expresion}, '{{{numero}}}', {valor})"
    return expresion


def _como_texto(expresion: str) -> str:
    return f"CAST({expresion} AS TEXT)"


def _regla_del_cargo(db: BaseDeDatos, *, anual: bool, regla_ingreso: str, regla_baja: str, importe_tramo: str,
                     ingreso: str, baja: str, porcentaje: str, motivo: str, excluido: str | None = None,
                     regla_exclusion: str = "como_la_baja") -> dict[str, str]:
    """LA regla del importe de una cuota, en SQL (la emisión y el ajuste por una baja la usan; tests/oraculos/cuotas.py
    la escribe en Python para probarla): las expresiones `bruto`, `descuento`, `importe` y `detalle` de un cargo, a
    partir de otras expresiones SQL: `importe_tramo` (el del tramo de su población), `ingreso` (la fecha de ingreso
    del miembro, ISO o NULL), `baja` (la fecha de su baja en el año, ISO o NULL), `porcentaje` (de la exención del
    año, 0 si no tiene) y `motivo` (el de la exención).

    Usa los parámetros :inicio y :fin (el año), :articulo_ingreso, :articulo_baja y los textos del detalle
    (`parametros_del_detalle`). Las reglas de la escala (`regla_ingreso`, `regla_baja`) arman la expresión.

    - Quien ingresa durante el año después de enero: la cuota completa, o prorrateada por los meses que le quedan
      (desde el de ingreso inclusive); «desde el año siguiente» no participa (lo decide quien arma la consulta).
    - Quien se da de baja durante el año, con la regla «hasta_el_mes»: los meses hasta el de la baja inclusive. Si la
      baja es una exclusión (`excluido`, una expresión SQL) y la asociación tiene para ella otra regla que la de la
      escala (`regla_exclusion`: completo o hasta_el_mes, con :articulo_exclusion), manda esa.
    - Exención o descuento del año. Redondeos enteros a la unidad menor, la mitad hacia arriba.
    - El detalle explica solo lo excepcional (el tramo queda en tramo_desde): el prorrateo, la cuota completa de quien
      ingresa (si la escala cita el artículo), la exención o el descuento, separados por «; ».
    """
    en_el_anio = f"({ingreso} IS NOT NULL AND {ingreso} >= :inicio AND {ingreso} <= :fin)"
    despues_de_enero = f"({en_el_anio} AND substr({ingreso}, 6, 2) <> '01')"
    falso = "FALSE" if es_servidor(db) else "0"
    prorratea = despues_de_enero if anual and regla_ingreso == "prorrateo" else falso
    verdadero = "TRUE" if es_servidor(db) else "1"
    prorratea_baja = f"({baja} IS NOT NULL)" if anual and regla_baja == "hasta_el_mes" else falso
    articulo_baja = ":articulo_baja"
    if anual and excluido is not None and regla_exclusion != "como_la_baja":
        segun_la_exclusion = verdadero if regla_exclusion == "hasta_el_mes" else falso
        prorratea_baja = (f"({baja} IS NOT NULL AND CASE WHEN {excluido} THEN {segun_la_exclusion} "
                          f"ELSE {prorratea_baja} END)")
        articulo_baja = f"(CASE WHEN {excluido} THEN :articulo_exclusion ELSE :articulo_baja END)"
    completa_con_ingreso = despues_de_enero if anual and regla_ingreso == "completa" else falso
    # Los meses que se cobran: desde el de ingreso (si se prorratea) hasta el de la baja (si se prorratea), inclusive.
    meses = (f"((CASE WHEN {prorratea_baja} THEN CAST(substr({baja}, 6, 2) AS INTEGER) ELSE 12 END) - "
             f"(CASE WHEN {prorratea} THEN CAST(substr({ingreso}, 6, 2) AS INTEGER) ELSE 1 END) + 1)")
    bruto = (f"(CASE WHEN {prorratea} OR {prorratea_baja} THEN ({importe_tramo} * 2 * {meses} + 12) / 24 "
             f"ELSE {importe_tramo} END)")
    descuento = f"(({bruto} * 2 * {porcentaje} + 100) / 200)"
    ingreso_dma, baja_dma = fecha_dma(db, ingreso), fecha_dma(db, baja)
    segun, segun_baja = (f"CASE WHEN {art} IS NOT NULL THEN ' ' || {_texto(':detalle_segun', art)} ELSE '' END"
                         for art in (":articulo_ingreso", articulo_baja))
    detalle = f"""CASE WHEN {prorratea} OR {prorratea_baja} OR {porcentaje} > 0
                    OR ({completa_con_ingreso} AND :articulo_ingreso IS NOT NULL)
               THEN substr(
                   CASE WHEN {prorratea} THEN
                             '; ' || {_texto(':detalle_prorrateo_ingreso', _como_texto(meses), ingreso_dma)} || {segun}
                        WHEN {completa_con_ingreso} AND :articulo_ingreso IS NOT NULL THEN
                             '; ' || {_texto(':detalle_completa_ingreso', ingreso_dma)} || {segun}
                        ELSE '' END
                   || CASE WHEN {prorratea_baja} AND {prorratea} THEN ' ' || {_texto(':detalle_y_baja', baja_dma)}
                                || {segun_baja}
                           WHEN {prorratea_baja} THEN '; '
                                || {_texto(':detalle_prorrateo_baja', _como_texto(meses), baja_dma)} || {segun_baja}
                           ELSE '' END
                   || CASE WHEN {porcentaje} = 100 THEN '; ' || {_texto(':detalle_exento', motivo)}
                           WHEN {porcentaje} > 0 THEN
                                '; ' || {_texto(':detalle_descuento', _como_texto(porcentaje), motivo)}
                           ELSE '' END, 3)
               END"""
    return {"bruto": bruto, "descuento": descuento, "importe": f"{bruto} - {descuento}", "detalle": detalle,
            "despues_de_enero": despues_de_enero, "en_el_anio": en_el_anio}


def _parametros_del_detalle(textos: dict[str, str]) -> dict[str, str]:
    """Los textos del detalle de un cargo (dominio.cuotas.textos_del_detalle, ya en el idioma en curso) como los
    parámetros de la consulta (:detalle_prorrateo_ingreso…)."""
    return {f"detalle_{clave}": texto for clave, texto in textos.items()}


def consulta_emision(tipo_cargo: str, regla_ingreso: str, tramos: list[tuple[int, int, str]], anio: int,
                     referencia: str, asociacion_id: int, articulo_ingreso: str | None = None, *,
                     db: BaseDeDatos, textos: dict[str, str], regla_baja: str = "completo",
                     articulo_baja: str | None = None, regla_exclusion: str = "como_la_baja",
                     articulo_exclusion: str | None = None) -> tuple[str, dict]:
    """El SELECT que planea la emisión de un año: un renglón por miembro que participa, con su cálculo y el importe
    ya emitido (NULL si todavía no tiene el cargo). Columnas, en orden: COLUMNAS_DEL_PLAN.

    Corre una vez por emisión: el mismo plan es la vista previa y lo que se escribe (`plan_de_emision` e
    `insertar_cargos_planeados`, o dentro de la transacción que emite `guardar_plan_de_emision` e
    `insertar_cargos_del_plan`). `tramos` = [(desde, importe, texto del tramo)]; `textos`, los del detalle
    (dominio.cuotas.textos_del_detalle).
    Quién participa: la cuota de ingreso, quien ingresa en el año; las demás, quien no estaba de baja (ni
    solicitante) al empezar el año, y con «desde el año siguiente», nadie que ingrese en el año después de enero.
    Lo que paga: la población vigente en la fecha de referencia elige el tramo, y `_regla_del_cargo` dice el resto. La
    columna
    `ingreso` (fecha de ingreso) sirve para que ningún cargo venza antes del ingreso (ver `_vencimiento`).
    La baja que cuenta es la del último estado del miembro en el año, si es una baja de ese año.
    """
    anual = tipo_cargo == "cuota_anual"
    # La fecha de la baja si el último estado del miembro en el año es una baja de ese año (si no, NULL).
    baja = ("(SELECT CASE WHEN e.estado = 'baja' AND e.desde >= :inicio THEN e.desde END FROM estados_miembro e "
            "WHERE e.miembro_id = m.id AND e.desde <= :fin ORDER BY e.desde DESC, e.id DESC LIMIT 1)")
    entero = "::bigint" if es_servidor(db) else ""  # en el servidor, un literal es de 32 bits
    # Una sola consulta plana (sin subconsultas en FROM, que SQLite materializaría): las expresiones se componen aquí.
    # La baja del año es una exclusión si la registró una resolución que excluye (efectos_resolucion).
    excluido = (f"EXISTS (SELECT 1 FROM efectos_resolucion ex WHERE ex.tipo = 'excluye' AND ex.miembro_id = m.id "
                f"AND ex.desde = {baja})")
    regla = _regla_del_cargo(db, anual=anual, regla_ingreso=regla_ingreso, regla_baja=regla_baja,
                             importe_tramo=_segun_tramo(tramos, lambda i, t: f"{int(t[1])}{entero}"),
                             ingreso="m.fecha_ingreso", baja=baja, porcentaje="coalesce(x.porcentaje, 0)",
                             motivo="x.motivo", excluido=excluido, regla_exclusion=regla_exclusion)
    en_el_anio = regla["en_el_anio"]
    if tipo_cargo == "cuota_ingreso":
        participa = en_el_anio
    else:
        # Una ciudad solicitante no paga: ni antes de pedir ingresar ni mientras espera; admitida, su fecha de
        # ingreso (la de la resolución) la trae al año en que ingresa.
        participa = (f"({en_el_anio} OR (coalesce((SELECT estado FROM estados_miembro WHERE miembro_id = m.id "
                     "AND desde <= :inicio ORDER BY desde DESC, id DESC LIMIT 1), 'activo') NOT IN ('baja', 'solicitante') "
                     "AND (NOT EXISTS (SELECT 1 FROM estados_miembro WHERE miembro_id = m.id AND estado = 'solicitante') "
                     "OR EXISTS (SELECT 1 FROM estados_miembro WHERE miembro_id = m.id AND estado = 'activo' "
                     "AND desde <= :inicio))))")
    if anual and regla_ingreso == "desde_siguiente":
        participa += f" AND NOT {regla['despues_de_enero']}"
    emitido = "(SELECT importe FROM cargos c WHERE c.miembro_id = m.id AND c.tipo_cargo = :tipo AND c.anio = :anio)"
    parametros = {"asociacion": asociacion_id, "anio": anio, "tipo": tipo_cargo, "hoy": referencia,
                  "inicio": f"{anio}-01-01", "fin": f"{anio}-12-31", "articulo_ingreso": articulo_ingreso,
                  "articulo_baja": articulo_baja, "articulo_exclusion": articulo_exclusion,
                  **_parametros_del_detalle(textos)}
    parametros.update({f"tramo{i}": t[2] for i, t in enumerate(tramos)})
    sql = f"""
        SELECT m.id AS miembro_id, m.nombre, m.pais, p.cifra AS poblacion,
               {_segun_tramo(tramos, lambda i, t: f":tramo{i}")} AS tramo,
               {regla['bruto']} AS bruto, {regla['descuento']} AS descuento, {regla['importe']} AS importe,
               {regla['detalle']} AS detalle,
               {_segun_tramo(tramos, lambda i, t: int(t[0]))} AS tramo_desde, m.fecha_ingreso AS ingreso,
               {emitido} AS emitido
        FROM miembros m
        {CIFRA_VIGENTE}
        LEFT JOIN exenciones x ON x.miembro_id = m.id AND x.anio = :anio AND :tipo = 'cuota_anual'
        WHERE m.asociacion_id = :asociacion AND (m.fecha_ingreso IS NULL OR m.fecha_ingreso <= :fin) AND {participa}"""
    return sql, parametros


def recalculo_por_baja(db: BaseDeDatos, cargo_id: int, anio: int, fecha_baja: str, *, anual: bool,
                       regla_ingreso: str, articulo_ingreso: str | None, regla_baja: str, articulo_baja: str | None,
                       textos: dict[str, str]) -> dict | None:
    """{bruto, descuento, importe, detalle} que corresponden al cargo del año `anio` si su miembro se da de baja el
    `fecha_baja` (ISO): la regla de la emisión (`_regla_del_cargo`), con el tramo de la población con que se emitió
    en la escala del cargo (de la que vienen las reglas y artículos dados), la fecha de ingreso del miembro y la
    exención del año. None si con la regla de ingreso «desde el año siguiente» el cargo no correspondería."""
    tramo = ("(SELECT t.importe FROM tramos t WHERE t.escala_id = c.escala_id "
             "AND t.desde_poblacion <= coalesce(c.poblacion_usada, 0) ORDER BY t.desde_poblacion DESC LIMIT 1)")
    regla = _regla_del_cargo(db, anual=anual, regla_ingreso=regla_ingreso, regla_baja=regla_baja,
                             importe_tramo=tramo, ingreso="m.fecha_ingreso", baja=":fecha_baja",
                             porcentaje="coalesce(x.porcentaje, 0)", motivo="x.motivo")
    corresponde = f"NOT {regla['despues_de_enero']}" if anual and regla_ingreso == "desde_siguiente" else "TRUE"
    return next(db.query(
        f"""SELECT {regla['bruto']} AS bruto, {regla['descuento']} AS descuento, {regla['importe']} AS importe,
                   {regla['detalle']} AS detalle
            FROM cargos c JOIN miembros m ON m.id = c.miembro_id
            LEFT JOIN exenciones x ON x.miembro_id = c.miembro_id AND x.anio = c.anio
            WHERE c.id = :cargo AND {corresponde}""",
        {"cargo": cargo_id, "inicio": f"{anio}-01-01", "fin": f"{anio}-12-31", "fecha_baja": fecha_baja,
         "articulo_ingreso": articulo_ingreso, "articulo_baja": articulo_baja, **_parametros_del_detalle(textos)}),
        None)
