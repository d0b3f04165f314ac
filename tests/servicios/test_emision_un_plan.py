"""La emisión consulta su plan UNA vez (issue #17): la vista previa es lo que se escribe, y la línea de órdenes
planea dentro de la misma transacción que escribe. Si la base cambió entre la vista previa y la confirmación
(otro proceso emitió el año, llegó un miembro, esta misma ventana registró una exención), la emisión vuelve a
planear con la base tomada: nunca duplica ni escribe un plan viejo.

Las sentencias se cuentan con `set_trace_callback` (en el servidor, las que pasan por `db.execute`): en una emisión, la única que lee `poblaciones` es la del plan.
"""

from contextlib import contextmanager
from datetime import date

import pytest

from oraculos.cuotas import calcular_cargo, vencimiento_del_cargo
from escritorio.dominio.ficha import FichaMiembro
from escritorio.datos.conexion import transaccion
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base, hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, escala_desde_texto, listar_escalas, registrar_exencion
from escritorio.servicios.emision_de_cuotas import emitir_plan, preparar_emision
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.miembros import dar_de_baja, listar_miembros

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

TRAMOS = "0:100,100000:500,500000:1000,3000000:2000"
COLUMNAS = ("miembro_id", "poblacion_usada", "tramo_desde", "importe_bruto", "descuento", "importe", "vencimiento",
            "detalle")


@contextmanager
def planes_consultados(db):
    """Anota cada sentencia de la conexión; da la lista de las que leen las poblaciones (la consulta del plan)."""
    sentencias: list[str] = []
    planes: list[str] = []
    if db.dialecto == "sqlite":
        db.conn.set_trace_callback(sentencias.append)
    else:  # en el servidor, todo lo que el programa envía pasa por db.execute (datos/postgres/conexion.py); la
        # conexión no admite atributos propios (__slots__): se anota desde la clase, solo para esta conexión
        clase = type(db)
        ejecutar = clase.execute
        clase.execute = lambda propia, sql, *otros: (
            sentencias.append(sql) if propia is db else None, ejecutar(propia, sql, *otros))[1]
    try:
        yield planes
    finally:
        if db.dialecto == "sqlite":
            db.conn.set_trace_callback(None)
        else:
            clase.execute = ejecutar
        # Sin la mirada al tamaño de cada tabla con que se ponen al día las estadísticas (datos/estadisticas.py)
        planes.extend(s for s in sentencias if "poblaciones" in s and not s.startswith("SELECT max(rowid) FROM "))


def cargos(db, asociacion: int, anio: int) -> dict[int, tuple]:
    return {f[0]: f for f in db.execute(
        f"SELECT {', '.join(COLUMNAS)} FROM cargos WHERE asociacion_id = ? AND anio = ? AND tipo_cargo = 'cuota_anual'",
        [asociacion, anio]).fetchall()}


def como_cargos(emision) -> dict[int, tuple]:
    """Los cargos que el plan dice que escribe, en las columnas de la tabla."""
    vence = emision.escala.vencimiento(emision.anio)
    return {c.miembro_id: (c.miembro_id, c.poblacion, c.tramo_desde, c.bruto, c.descuento, c.importe,
                           vencimiento_del_cargo(vence, date.fromisoformat(c.ingreso) if c.ingreso else None,
                                                 anio=emision.anio).isoformat(), c.detalle) for c in emision.nuevos}


def ciudad(contexto, nombre: str, poblacion: int, ingreso: date | None = None) -> int:
    return guardar_ficha(contexto, FichaMiembro(nombre, "AR", fecha_ingreso=ingreso),
                         poblacion=(poblacion, 2020, "Censo"), hoy=date(2027, 12, 31))


@pytest.fixture
def red(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala_desde_texto(date(2002, 1, 1), "USD", TRAMOS, articulo="Reglamento, art. 3",
                                                regla_ingreso="prorrateo"))
    for nombre, poblacion in (("Rosario", 1_276_000), ("Paraná", 247_863), ("Salto", 99_999)):
        ciudad(contexto, nombre, poblacion)
    return contexto


# --- una consulta por emisión ---------------------------------------------------------------------

def test_la_linea_de_ordenes_planea_una_vez_y_escribe_lo_que_informa(db, asociacion_id, red):
    with planes_consultados(db) as planes:
        emitida = emitir_plan(red, 2025)

    assert len(planes) == 1
    assert (emitida.creados, len(emitida.nuevos), emitida.total) == (3, 3, 160_000)
    assert emitida.resumen() == "Cuota anual 2025: 3 cargos nuevos por USD 1.600,00, 0 ya emitidos"
    assert cargos(db, asociacion_id, 2025) == como_cargos(emitida)


def test_la_vista_previa_de_la_ventana_es_lo_que_se_escribe(db, asociacion_id, red):
    salto = next(c.miembro_id for c in preparar_emision(red, 2025).nuevos if c.nombre == "Salto")
    registrar_exencion(db, salto, 2025, 50, "Resolución 4/2025 — sequía en el Ñacurutú")
    concordia = ciudad(red, "Concordia", 170_000, ingreso=date(2025, 7, 15))

    with planes_consultados(db) as planes:
        previa = preparar_emision(red, 2025)
        emitida = emitir_plan(red, 2025, previa=previa)

    assert len(planes) == 1  # la vista previa; la emisión escribe ese mismo plan
    assert emitida.nuevos == previa.nuevos and emitida.creados == 4
    escritos = cargos(db, asociacion_id, 2025)
    assert escritos == como_cargos(previa)
    assert escritos[salto][4:] == (5_000, 5_000, "2025-03-31", "Descuento 50 %: Resolución 4/2025 — sequía en el Ñacurutú")
    assert escritos[concordia][3] == 25_000 and escritos[concordia][6:] == (
        "2025-10-12", "Prorrateo: 6 de 12 meses (ingreso 15/07/2025)")   # 89 días de gracia: issue 59
    despues = emitida.despues_de_emitir()
    assert (despues.nuevos, despues.ya_emitidos) == ([], 4)
    assert despues.resumen() == preparar_emision(red, 2025).resumen()  # lo que mostraría una vista previa nueva


# --- la base cambió entre la vista previa y la confirmación ------------------------------------------

def test_si_otro_proceso_emitio_el_anio_mientras_tanto_no_se_duplica(db, asociacion_id, red, destino):
    previa = preparar_emision(red, 2025)
    otra = abrir_base(destino)  # otra ventana, o «escritorio cuotas emitir 2025» en una consola
    try:
        assert emitir_plan(Contexto(otra, asociacion_id), 2025).creados == 3
    finally:
        otra.close()

    with planes_consultados(db) as planes:
        emitida = emitir_plan(red, 2025, previa=previa)

    assert len(planes) == 1  # se volvió a planear dentro de la transacción
    assert (emitida.creados, emitida.nuevos, emitida.ya_emitidos) == (0, [], 3)
    assert len(cargos(db, asociacion_id, 2025)) == 3


def test_un_miembro_que_llega_despues_de_la_vista_previa_tambien_se_emite(db, asociacion_id, red, destino):
    previa = preparar_emision(red, 2025)
    otra = abrir_base(destino)
    try:
        concordia = ciudad(Contexto(otra, asociacion_id), "Concordia", 170_000, ingreso=date(2025, 1, 10))
    finally:
        otra.close()

    emitida = emitir_plan(red, 2025, previa=previa)

    assert emitida.creados == 4 and concordia in cargos(db, asociacion_id, 2025)


def test_una_exencion_registrada_por_la_misma_ventana_despues_de_la_vista_previa_rige(db, asociacion_id, red):
    previa = preparar_emision(red, 2025)
    rosario = next(c.miembro_id for c in previa.nuevos if c.nombre == "Rosario")
    # la misma conexión: data_version no cambia, la cuenta de cambios propios sí
    registrar_exencion(db, rosario, 2025, 100, "Emergencia por inundaciones")

    emitida = emitir_plan(red, 2025, previa=previa)

    assert emitida.total == previa.total - 100_000
    assert cargos(db, asociacion_id, 2025)[rosario][3:6] == (100_000, 100_000, 0)


def test_una_vista_previa_de_otro_anio_no_se_escribe(db, asociacion_id, red):
    previa = preparar_emision(red, 2024)
    emitida = emitir_plan(red, 2025, previa=previa)
    assert emitida.anio == 2025 and set(cargos(db, asociacion_id, 2025)) == set(como_cargos(emitida))
    assert cargos(db, asociacion_id, 2024) == {}


# --- la red de ejemplo: lo emitido es lo que dice el dominio, miembro por miembro -----------------------

def test_la_emision_de_2027_de_la_demo_cobra_a_cada_miembro_lo_que_dice_el_dominio(copia_de_la_demo):
    db = abrir_base(copia_de_la_demo)
    try:
        _emitir_2027_y_comparar(db)
    finally:
        db.close()


def _emitir_2027_y_comparar(db) -> None:
    anio = 2027
    contexto = Contexto(db, listar_asociaciones(db)[0]["id"])
    padron = listar_miembros(contexto)
    # Lo excepcional de un año: una exención, un descuento, una baja antes de empezar el año y un ingreso en julio.
    exento, con_descuento, de_baja = (m["id"] for m in padron[:3])
    registrar_exencion(db, exento, anio, 100, "Emergencia hídrica", "Consejo, Resolución 3/2027")
    registrar_exencion(db, con_descuento, anio, 35, "Resolución 4/2027")
    dar_de_baja(db, de_baja, min(hoy(), date(anio - 1, 12, 31)), "Renuncia presentada por nota",
                contexto.asociacion_id)  # una baja no se registra por adelantado
    nueva = guardar_ficha(contexto, FichaMiembro("Villa Nueva del Ejemplo", padron[0]["pais"],
                                                 fecha_ingreso=date(anio, 7, 15)),
                          poblacion=(250_000, 2025, "Censo"), hoy=date(anio, 12, 31))
    escala = next(e for e in listar_escalas(contexto) if e.tipo_cargo == "cuota_anual" and e.rige(date(anio, 1, 1)))
    exenciones = {exento: (100, "Emergencia hídrica"), con_descuento: (35, "Resolución 4/2027")}

    esperados = {}
    en_enero = {m["id"]: m for m in listar_miembros(contexto, al=date(anio, 1, 1))}
    for m in listar_miembros(contexto, al=escala.referencia(anio)):
        ingreso = date.fromisoformat(m["fecha_ingreso"]) if m["fecha_ingreso"] else None
        if en_enero[m["id"]]["estado"] == "baja" or m["poblacion"] is None or (ingreso and ingreso.year > anio):
            continue
        calculo = calcular_cargo(escala, m["poblacion"], anio, ingreso, *exenciones.get(m["id"], (0, None)))
        esperados[m["id"]] = (m["id"], m["poblacion"], calculo.tramo.desde, calculo.bruto, calculo.descuento,
                              calculo.importe, calculo.vencimiento.isoformat(), "; ".join(calculo.detalle[1:]) or None)

    with planes_consultados(db) as planes:
        emitida = emitir_plan(contexto, anio)

    assert len(planes) == 1
    emitidos = cargos(db, contexto.asociacion_id, anio)
    assert emitidos == esperados
    assert emitida.creados == len(esperados) >= 280 and emitida.total == sum(c[5] for c in esperados.values())
    assert de_baja not in emitidos
    assert emitidos[exento][3:6] == (emitidos[exento][3], emitidos[exento][3], 0)
    assert emitidos[nueva][3] < escala.tramo(250_000).importe  # prorrateado desde julio
    # No vence el día de su ingreso: tiene los 89 días que la escala da a todos (01/01 → 31/03) desde el 15/07.
    assert emitidos[nueva][6] == f"{anio}-10-12"


# --- la línea de órdenes cuenta el plan en SQL: el mismo informe que el plan entero ---------------------

def test_el_resumen_contado_en_sql_dice_lo_mismo_que_el_plan_entero(db, asociacion_id, red):
    """«escritorio cuotas emitir» imprime solo el resumen: no trae a Python un renglón por miembro, pero cuenta
    lo mismo que la vista previa (nuevos, total, ya emitidos, diferencias, miembros sin cifra)."""
    emitir_plan(red, 2025)
    rosario = next(m["id"] for m in listar_miembros(red) if m["nombre"] == "Rosario")
    registrar_exencion(db, rosario, 2025, 100, "Emergencia por inundaciones")  # emitido USD 1.000, hoy sería 0
    ciudad(red, "Concordia", 170_000, ingreso=date(2025, 7, 15))
    ciudad(red, "Gualeguaychú", 80_000)
    with transaccion(db):  # como la deja una importación sin la columna de población
        db.execute("INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (?, 'Villa sin censo', 'AR')",
                   [asociacion_id])
    previa = preparar_emision(red, 2025)

    with planes_consultados(db) as planes:
        emitida = emitir_plan(red, 2025, renglones=False)

    assert len(planes) == 1 and emitida.nuevos == []
    assert (emitida.cantidad_nuevos, emitida.total, emitida.ya_emitidos, emitida.creados) == (
        2, previa.total, 3, 2) and previa.cantidad_nuevos == 2
    assert emitida.diferencias == previa.diferencias == ["Rosario: emitido USD 1.000,00, hoy sería USD 0,00"]
    assert emitida.sin_poblacion == previa.sin_poblacion == ["Villa sin censo"]
    assert emitida.resumen() == previa.resumen() == (
        "Cuota anual 2025: 2 cargos nuevos por USD 350,00, 3 ya emitidos, 1 con importe distinto al emitido "
        "(no se modifican)")
    assert set(cargos(db, asociacion_id, 2025)) - {c.miembro_id for c in previa.nuevos} == {
        m["id"] for m in listar_miembros(red) if m["nombre"] in ("Rosario", "Paraná", "Salto")}
    despues = emitida.despues_de_emitir()
    assert (despues.cantidad_nuevos, despues.total, despues.ya_emitidos) == (0, 0, 5)
