"""Morosidad agregada en SQLite: la deuda vencida de cada miembro y moneda en una sola consulta.

Es LA implementación de la morosidad: se calcula aquí sin traer a Python un renglón por cargo (16.000 miembros con 10
años de cuotas son 160.000 cargos y unas 14.000 deudas). El oráculo de prueba, la misma regla cargo por cargo en
Python, es tests/oraculos/morosidad.py; tests/servicios/test_morosidad_sql.py compara los dos en la red de ejemplo,
en una base grande y en bases al azar.

- Lo pagado de un cargo: sus imputaciones de pagos no anulados de la asociación con fecha hasta el corte.
- Exigible desde max(vencimiento, fecha de ingreso del miembro); es deuda si tiene saldo y es exigible antes del
  corte. La antigüedad se cuenta en días desde que es exigible.
- La tolerancia la decide `tope_tolerado(importe, moneda)`, una función de Python registrada en la conexión
  (`Tolerancia.maximo`): la cantidad de decimales de cada moneda la sabe CLDR, no SQLite.
"""

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from .base_de_datos import BaseDeDatos
from .dialecto import como_entero, es_servidor, lista

# Cada cargo con su saldo al corte; solo los que vencen antes del corte pueden ser deuda (exigible >= vencimiento).
# `vencidos` se materializa (unos 30.000 renglones de 160.000 cargos): si no, SQLite vuelve a calcular lo pagado de
# cada cargo en cada columna que usa el saldo.
_SALDOS = """
WITH saldos AS (
    SELECT c.id, c.miembro_id, c.moneda, c.tipo_cargo = 'cuota_anual' AS anual, c.anio, c.importe, c.vencimiento,
           c.importe - {pagado} AS saldo
    FROM cargos c{pagos}
    WHERE {donde} AND c.vencimiento < :al),
exigibles AS (
    SELECT s.*, CASE WHEN m.fecha_ingreso > s.vencimiento THEN m.fecha_ingreso ELSE s.vencimiento END AS exigible
    FROM saldos s
    LEFT JOIN miembros m ON m.id = s.miembro_id AND m.asociacion_id = :asociacion
    WHERE s.saldo > 0),
vencidos AS MATERIALIZED (
    SELECT * FROM exigibles WHERE exigible < :al){topes}
"""


# Lo pagado de cada cargo al corte. De toda la asociación, sumado de una vez por cargo (un recorrido de las
# imputaciones: en el servidor, 0,29 s en lugar de 0,41 s con 145.000 cargos; en SQLite, lo mismo); de un miembro,
# cargo por cargo por el índice (sumarlo todo para unos pocos cargos sería recorrer la asociación entera).
_PAGOS_VIGENTES = "p.asociacion_id = :asociacion AND p.anulado_en IS NULL AND p.fecha <= :al"
_PAGADO_DE_TODOS = f"""
    LEFT JOIN (SELECT i.cargo_id, sum(i.importe) AS pagado FROM imputaciones i JOIN pagos p ON p.id = i.pago_id
               WHERE {_PAGOS_VIGENTES} GROUP BY i.cargo_id) pagados ON pagados.cargo_id = c.id"""
_PAGADO_DE_UNO = f"""coalesce((SELECT sum(i.importe) FROM imputaciones i JOIN pagos p ON p.id = i.pago_id
                                 WHERE i.cargo_id = c.id AND {_PAGOS_VIGENTES}), 0)"""


def _sql(db: BaseDeDatos, tramos: Sequence[int | None], con_tolerancia: bool, de_un_miembro: bool,
         topes: list[tuple[int, str, int]] | None = None) -> str:
    """La consulta: una columna de saldo por tramo de antigüedad (`tramos`: el último día de cada uno; None, sin
    límite), contadas las cuotas de saldo tolerado solo si hay tolerancia. En el servidor, que no puede llamar a
    Python, el saldo tolerado de cada (importe, moneda) viene calculado en `topes`."""
    # La antigüedad de cada cargo, comparando su fecha exigible con las fechas límite de cada tramo (`_limites`:
    # :dias_N, la fecha de N días antes del corte) en lugar de contar los días de cada uno: «más de N días» es
    # «exigible antes de :dias_N» (una comparación de texto por tramo, sin julianday dos veces por cargo: con 160.000
    # cargos impagos, la consulta baja un 5 %).
    columnas, desde = [], 0
    for hasta in tramos:
        condicion = f"exigible < :dias_{int(desde)}" + (f" AND exigible >= :dias_{int(hasta)}"
                                                        if hasta is not None else "")
        columnas.append(f"sum(CASE WHEN {condicion} THEN saldo END) AS tramo{len(columnas)}")
        desde = hasta
    tope = ("(SELECT t.tope FROM topes t WHERE t.importe = vencidos.importe AND t.moneda = vencidos.moneda)"
            if topes is not None else "tope_tolerado(importe, moneda)")
    toleradas = f"sum(CASE WHEN anual AND saldo <= {tope} THEN 1 ELSE 0 END)" if con_tolerancia else "0"
    valores = ", ".join(f"({int(i)}, '{m}', {int(t)})" for i, m, t in topes or [] if m.isalpha())
    con_topes = f",\ntopes (importe, moneda, tope) AS (VALUES {valores})" if topes else ""
    # De un miembro: por el índice de sus cargos (el «+» aparta el de la asociación, que recorrería todos).
    donde = ("c.miembro_id = :miembro AND +c.asociacion_id = :asociacion" if de_un_miembro
             else "c.asociacion_id = :asociacion")
    pagado, pagos = (_PAGADO_DE_UNO, "") if de_un_miembro else ("coalesce(pagados.pagado, 0)", _PAGADO_DE_TODOS)
    return _SALDOS.format(donde=donde, pagado=pagado, pagos=pagos, topes=con_topes) + f"""
, deudas AS (
    SELECT miembro_id, moneda, sum(saldo) AS total, sum({como_entero(db, 'anual')}) AS impagas, {toleradas} AS toleradas,
           {lista(db, 'CASE WHEN anual THEN anio END')} AS anios, {', '.join(columnas)},
           min(exigible) AS mas_antiguo, min(id) AS primer_cargo
    FROM vencidos
    GROUP BY miembro_id, moneda)
SELECT miembro_id, moneda, total, impagas, toleradas, anios, {', '.join(f'tramo{i}' for i in range(len(tramos)))},
       mas_antiguo, sum(impagas - toleradas) OVER (PARTITION BY miembro_id) AS suspenden_del_miembro
FROM deudas
ORDER BY total DESC, miembro_id, primer_cargo
"""


def _limites(al: str, tramos: Sequence[int | None]) -> dict[str, str]:
    """:dias_N -> la fecha (ISO) de N días antes del corte `al`, para cada límite de los tramos (y 0, el corte)."""
    corte = date.fromisoformat(al)

    def antes_del_corte(dias: int) -> str:
        if corte.toordinal() - dias < 1:   # antes del año 1 (un corte como --al 0001-01-01): ninguna fecha es anterior
            return "0000-01-01"
        return (corte - timedelta(days=dias)).isoformat()

    return {f"dias_{int(dias)}": antes_del_corte(int(dias)) for dias in (0, *tramos) if dias is not None}


def deudas_vencidas(db: BaseDeDatos, asociacion_id: int, al: str, tramos: Sequence[int | None],
                    tope_tolerado: Callable[[int, str], int] | None = None,
                    miembro_id: int | None = None) -> list[tuple]:
    """La deuda vencida al día `al` (ISO) por miembro y moneda, de la mayor a la menor (a igual total, por miembro y
    luego por su cargo más viejo: el orden en que la encuentra la regla de Python).

    Cada renglón: (miembro_id, moneda, total, cuotas impagas, cuotas toleradas, años de las cuotas impagas como
    «2024,2025» en cualquier orden, un saldo por tramo de `tramos` (None si no hay), el exigible más antiguo (ISO),
    cuotas impagas que suspenden el voto sumadas todas las monedas del miembro). Con `miembro_id`, solo las suyas.
    """
    con_tolerancia = tope_tolerado is not None
    topes = None
    if con_tolerancia and es_servidor(db):
        topes = [(importe, moneda, tope_tolerado(importe, moneda)) for importe, moneda in db.execute(
            "SELECT DISTINCT importe, moneda FROM cargos WHERE asociacion_id = ?", [asociacion_id])]
        con_tolerancia = bool(topes)
    elif con_tolerancia:
        db.conn.create_function("tope_tolerado", 2, tope_tolerado, deterministic=True)
    parametros = {"asociacion": asociacion_id, "al": al, "miembro": miembro_id, **_limites(al, tramos)}
    return db.execute(_sql(db, tramos, con_tolerancia, miembro_id is not None, topes), parametros).fetchall()



def pagos_de_las_cuotas(db: BaseDeDatos, miembro_id: int, al: str) -> list[tuple[int, str, int]]:
    """(cargo_id, fecha del pago, importe imputado) de lo que se imputó a cada cuota anual del miembro con pagos
    hasta `al` (los anulados no cuentan, como en `deudas_vencidas`): para saber desde cuándo no vota."""
    return [tuple(f) for f in db.execute(
        """SELECT i.cargo_id, p.fecha, i.importe FROM imputaciones i
           JOIN pagos p ON p.id = i.pago_id
           JOIN cargos c ON c.id = i.cargo_id
           WHERE c.miembro_id = ? AND c.tipo_cargo = 'cuota_anual' AND p.anulado_en IS NULL AND p.fecha <= ?
           ORDER BY p.fecha, i.id""", [miembro_id, al]).fetchall()]
