"""El padrón que ve la ventana (datos.miembros.padron, servicios.miembros.listar_padron) y el de siempre
(`vigentes`, `listar_miembros`) dan las mismas filas, en el mismo orden y con los mismos valores que la consulta de
referencia de abajo (la que había antes del issue #17, copiada tal cual): la población que rige (ORDEN_CIFRA_VIGENTE:
la última vigente a la fecha; si todas son posteriores, la más antigua; a igual vigencia, la cargada después), el
estado y la autoridad vigentes.

Se comparan en la red de ejemplo (mandatos, bajas, autoridades) y en la misma red con historia agregada a propósito:
varias cifras por miembro (con año, sin año, con fecha de vigencia futura, empatadas), ninguna cifra, solo cifras
futuras, estados futuros y empatados, autoridades sin fecha, futuras, empatadas o ninguna; en fechas pasadas, hoy y
futuras. Si una consulta nueva cambia una sola de esas reglas, estas pruebas lo dicen.
"""

from contextlib import closing
import sqlite3
from datetime import date

import pytest

from escritorio.datos import miembros as tabla_miembros
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import FilaDelPadron, listar_miembros, listar_padron

_RIGE = "coalesce(vigente_desde, anio || '-01-01', '0000-01-01')"
REFERENCIA = f"""
SELECT m.id, m.asociacion_id, m.nombre, m.pais, m.region, m.codigo, m.tipo, m.fecha_ingreso,
       m.modo_ingreso, m.fundador, m.correo, m.telefono,
       p.cifra AS poblacion, p.anio AS anio_poblacion, p.fuente AS fuente_poblacion,
       coalesce(e.estado, 'activo') AS estado, a.persona AS autoridad, a.cargo AS cargo
FROM miembros m
LEFT JOIN poblaciones p ON p.id = (
    SELECT id FROM poblaciones WHERE miembro_id = m.id
    ORDER BY ({_RIGE} <= :hoy) DESC, CASE WHEN {_RIGE} <= :hoy THEN {_RIGE} END DESC, {_RIGE} ASC, id DESC LIMIT 1)
LEFT JOIN estados_miembro e ON e.id = (
    SELECT id FROM estados_miembro WHERE miembro_id = m.id AND desde <= :hoy
    ORDER BY desde DESC, id DESC LIMIT 1)
LEFT JOIN autoridades a ON a.id = (
    SELECT id FROM autoridades WHERE miembro_id = m.id AND (desde IS NULL OR desde <= :hoy)
    ORDER BY coalesce(desde, '') DESC, id DESC LIMIT 1)
WHERE m.asociacion_id = :asociacion
ORDER BY m.id
"""
FECHAS = ["1990-01-01", "2016-06-30", date.today().isoformat(), "2031-01-01", "2040-12-31"]
COLUMNAS_DEL_PADRON = [c for c in FilaDelPadron.__annotations__ if c != "pais_nombre"]


def _agregar_historia(ruta) -> None:
    """Siete clases de miembros, por turno: cada una con su combinación de historias difíciles."""
    with closing(sqlite3.connect(ruta)) as c, c:
        c.execute("PRAGMA foreign_keys = ON")
        ids = [fila[0] for fila in c.execute("SELECT id FROM miembros ORDER BY id")]
        for i, miembro in enumerate(ids):
            clase = i % 7
            cifras = {
                0: [(1000, 2010, None), (2000, 2020, None), (3000, None, "2030-07-01"), (50, None, None)],
                1: [(7000, None, "2035-01-01"), (6000, None, "2032-01-01"), (6500, 2032, None)],   # solo futuras
                2: [],                                                                             # ninguna
                3: [(10, 2015, None), (11, None, "2015-01-01"), (12, 2015, None)],                # empatadas
                4: [(99, None, None)],                                                             # sin año ni fecha
                5: None,                                                                           # las de la demo
                6: [(98, None, "2040-01-01")],                                  # una sola, futura: rige igual
            }[clase]
            if cifras is not None:
                c.execute("DELETE FROM poblaciones WHERE miembro_id = ?", [miembro])
                c.executemany("INSERT INTO poblaciones (miembro_id, cifra, anio, fuente, vigente_desde) "
                              "VALUES (?, ?, ?, 'Prueba', ?)", [(miembro, *cifra) for cifra in cifras])
            estados = {0: [("suspendido", "2015-01-01"), ("activo", "2018-03-01"), ("baja", "2030-01-01")],
                       1: [("suspendido", "2016-06-30"), ("activo", "2016-06-30")],                # mismo día
                       4: [("baja", "2039-01-01")]}.get(clase, [])                                 # solo futuro
            c.executemany("INSERT INTO estados_miembro (miembro_id, estado, desde, motivo) VALUES (?, ?, ?, 'x')",
                          [(miembro, *estado) for estado in estados])
            if clase == 2:
                c.execute("DELETE FROM autoridades WHERE miembro_id = ?", [miembro])
            autoridades = {0: [("Sin fecha", None, None), ("Desde 2019", "2019-01-01", None)],
                           3: [("Futura", "2033-05-01", None)],
                           5: [("Primera sin fecha", None, None), ("Segunda sin fecha", None, None)]}.get(clase, [])
            c.executemany("INSERT INTO autoridades (miembro_id, persona, cargo, desde, hasta) "
                          "VALUES (?, ?, 'Intendente', ?, ?)", [(miembro, *a) for a in autoridades])


def _nombres_dificiles(ruta) -> None:
    """Nombres que solo se ordenan bien sin mayúsculas ni tildes (y homónimos, que van por id), en varios países;
    y un miembro sin clave de emparejamiento (un repetido de antes de la migración 0010): su nombre se ordena igual."""
    from escritorio.datos.miembros import clave_de

    nombres = ["álamo", "Alamo", "ALAMO", "Zárate", "zapala", "Ñuñoa", "Nunoa", "São Paulo", "Sao Bento", "Straße",
               "Strasse", "Ítaca", "itá", "Éibar", "eibar", "  Ávila  ", "Ávila", "Oñati", "Öland", "ølby"]
    with closing(sqlite3.connect(ruta)) as c, c:
        filas = c.execute("SELECT id, pais FROM miembros ORDER BY id DESC LIMIT ?", [len(nombres)]).fetchall()
        for numero, ((miembro, pais), nombre) in enumerate(zip(filas, nombres)):
            region = f"Región {numero}"  # homónimos de regiones distintas: claves distintas, mismo nombre de orden
            c.execute("UPDATE miembros SET nombre = ?, region = ?, clave = ? WHERE id = ?",
                      [nombre, region, clave_de(pais, region, nombre), miembro])
        c.execute("UPDATE miembros SET clave = NULL WHERE id = ?", [filas[0][0]])


@pytest.fixture(params=["la red de ejemplo", "con historia agregada", "con nombres difíciles"])
def base(request, copia_de_la_demo):
    if request.param == "con historia agregada":
        _agregar_historia(copia_de_la_demo)
    if request.param == "con nombres difíciles":
        _nombres_dificiles(copia_de_la_demo)
    db = abrir_base(copia_de_la_demo)
    yield db, db.execute("SELECT id FROM asociaciones").fetchone()[0]
    db.close()


def _referencia(db, asociacion: int, hoy: str) -> list[dict]:
    cursor = db.conn.execute(REFERENCIA, {"asociacion": asociacion, "hoy": hoy})
    claves = [d[0] for d in cursor.description]
    return [dict(zip(claves, fila)) for fila in cursor]


@pytest.mark.parametrize("hoy", FECHAS)
def test_las_consultas_dan_lo_mismo_que_la_referencia(base, hoy):
    db, asociacion = base
    esperado = _referencia(db, asociacion, hoy)
    assert len(esperado) == 300
    assert tabla_miembros.vigentes(db, asociacion, hoy) == esperado
    padron = sorted(tabla_miembros.padron(db, asociacion, hoy), key=lambda fila: fila["id"])  # el padrón viene por nombre
    assert padron == [{c: fila[c] for c in COLUMNAS_DEL_PADRON} for fila in esperado]


def test_la_historia_agregada_pone_a_prueba_cada_regla(copia_de_la_demo):
    """La base de la prueba de arriba distingue: con ella, la referencia y una regla cambiada no coinciden."""
    _agregar_historia(copia_de_la_demo)
    db = abrir_base(copia_de_la_demo)
    asociacion = db.execute("SELECT id FROM asociaciones").fetchone()[0]
    hoy = date.today().isoformat()
    esperado = _referencia(db, asociacion, hoy)
    cambios = {"la cifra más nueva aunque sea futura": ("ORDER BY ({R} <= :hoy) DESC, CASE WHEN {R} <= :hoy THEN {R} "
                                                        "END DESC, {R} ASC", "ORDER BY {R} DESC"),
               "si todas son futuras, la última": ("{R} ASC, id DESC LIMIT 1)", "{R} DESC, id DESC LIMIT 1)"),
               "a igual vigencia, la cargada antes": ("{R} ASC, id DESC LIMIT 1)", "{R} ASC, id ASC LIMIT 1)"),
               "a igual fecha, el estado cargado antes": ("desde DESC, id DESC", "desde DESC, id ASC"),
               "el estado futuro": ("AND desde <= :hoy", "AND 1"),
               "la autoridad sin fecha primero": ("coalesce(desde, '') DESC", "coalesce(desde, '9') DESC")}
    for regla, (antes, despues) in cambios.items():
        antes, despues = antes.replace("{R}", _RIGE), despues.replace("{R}", _RIGE)
        assert antes in REFERENCIA, regla
        cursor = db.conn.execute(REFERENCIA.replace(antes, despues, 1), {"asociacion": asociacion, "hoy": hoy})
        assert [dict(zip([d[0] for d in cursor.description], f)) for f in cursor] != esperado, regla
    db.close()


@pytest.mark.parametrize("hoy", [date(2016, 6, 30), date.today(), date(2031, 1, 1)])
def test_la_ventana_lista_lo_mismo_y_en_el_mismo_orden_que_el_padron_completo(base, hoy):
    db, asociacion = base
    completo = listar_miembros(Contexto(db, asociacion), al=hoy)
    liviano = listar_padron(Contexto(db, asociacion), al=hoy)
    assert liviano == [{c: m[c] for c in FilaDelPadron.__annotations__} for m in completo]
    assert set(liviano[0]) == set(FilaDelPadron.__annotations__)
