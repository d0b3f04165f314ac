"""Buscar en todo (servicios/busqueda.py) sobre la red de ejemplo, en el archivo y en el servidor: cada clase encuentra
lo suyo sin distinguir mayúsculas ni tildes, las cifras coinciden enteras, el límite por clase y el total.

La demo se sube al servidor una sola vez por módulo (las pruebas solo leen)."""

import itertools

import pytest

from escritorio.errores import ErrorEscritorio
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.busqueda import buscar
from escritorio.servicios.contexto import Contexto

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

_bases = itertools.count(1)


@pytest.fixture(scope="module")
def demo_en_el_servidor_del_modulo(request, demo_creada_por_la_cli):
    """La demo subida con el mismo servicio que «escritorio servidor subir», a una base nueva del servidor."""
    from servidor_postgres import _administrar

    from escritorio.servicios.servidor import subir_base

    servidor = request.getfixturevalue("servidor_pg")
    nombre = f"busqueda_{next(_bases)}"
    _administrar(servidor, f"CREATE DATABASE {nombre}")
    subir_base(demo_creada_por_la_cli, servidor.url(nombre))
    return servidor.url(nombre)


@pytest.fixture
def contexto_en_el_motor(motor, request, copia_de_la_demo):
    """El Contexto de la red de ejemplo, en el motor de la prueba."""
    destino = copia_de_la_demo if motor == "sqlite" else request.getfixturevalue("demo_en_el_servidor_del_modulo")
    db = abrir_base(destino)
    yield Contexto(db, listar_asociaciones(db)[0]["id"])
    db.close()


def grupo(hallado, clase):
    return next((g for g in hallado["grupos"] if g["clase"] == clase), None)


def titulos(hallado, clase):
    encontrado = grupo(hallado, clase)
    return [] if encontrado is None else [r["titulo"] for r in encontrado["resultados"]]


def test_un_miembro_por_su_nombre_sin_tildes_ni_mayusculas(contexto_en_el_motor):
    hallado = buscar(contexto_en_el_motor, "RIO CUARTO")
    assert titulos(hallado, "miembro") == ["Río Cuarto"]
    miembro = grupo(hallado, "miembro")["resultados"][0]
    assert miembro["detalle"] == "Argentina · Córdoba"
    # «sao» encuentra São Paulo y las demás ciudades con São en el nombre, primero las que empiezan así.
    sao = titulos(buscar(contexto_en_el_motor, "sao"), "miembro")
    assert sao and all(t.startswith("São") for t in sao[:3])
    assert "São Paulo" in titulos(buscar(contexto_en_el_motor, "sao paulo"), "miembro")


def test_un_miembro_por_su_region_va_despues_de_los_que_lo_tienen_en_el_nombre(contexto_en_el_motor):
    hallado = titulos(buscar(contexto_en_el_motor, "cordoba"), "miembro")
    assert hallado[0] == "Córdoba"                          # empieza así
    assert {"Río Cuarto", "Villa María"} <= set(hallado)    # de la provincia de Córdoba


def test_una_resolucion_por_su_numero_y_por_una_palabra(contexto_en_el_motor):
    hallado = buscar(contexto_en_el_motor, "3/2026")
    assert titulos(hallado, "resolucion") == ["Resolución 3/2026 del Consejo"]
    resolucion = grupo(hallado, "resolucion")["resultados"][0]
    assert resolucion["detalle"] == "Aprueba el plan de trabajo 2027 de las unidades temáticas"
    assert resolucion["sesion_id"] is not None and resolucion["punto_id"] is not None
    # Una cifra es entera: «3/2026» no es la 13/2026 ni el final de una fecha (16/03/2026 es una sesión del Consejo).
    assert grupo(hallado, "sesion") is None
    assert "Declaración 1/2025 de la Asamblea General de Socios" in titulos(buscar(contexto_en_el_motor,
                                                                                   "declaracion montevideo"),
                                                                           "resolucion")


def test_un_articulo_vigente_por_una_palabra_de_su_texto(contexto_en_el_motor):
    hallado = buscar(contexto_en_el_motor, "adeuden")
    articulo = grupo(hallado, "articulo")["resultados"][0]
    assert articulo["titulo"] == "Art. 9 — Suspensión del derecho a voto"
    assert articulo["articulo"] == "9" and articulo["norma_id"] is not None
    assert articulo["detalle"].startswith("Estatuto · ") and "adeuden" in articulo["detalle"]
    # Por su título, sin tilde.
    assert titulos(buscar(contexto_en_el_motor, "suspension"), "articulo") == ["Art. 9 — Suspensión del derecho a voto"]


def test_el_articulo_reformado_se_encuentra_una_vez_con_su_texto_vigente(contexto_en_el_motor):
    """El artículo 13 del estatuto de la demo tiene dos versiones: la búsqueda muestra solo la vigente."""
    hallado = titulos(buscar(contexto_en_el_motor, "art 13"), "articulo")
    assert hallado == ["Art. 13 — Consejo"]


def test_un_pago_por_su_numero_de_recibo(contexto_en_el_motor):
    hallado = buscar(contexto_en_el_motor, "12/2025")
    pago = grupo(hallado, "pago")["resultados"][0]
    assert pago["titulo"] == "Recibo 0012/2025" and len(grupo(hallado, "pago")["resultados"]) == 1
    assert pago["miembro_id"] is not None
    miembro = pago["detalle"].split(" · ")[0]
    # El mismo recibo con ceros, y el número solo (de todos los años, el más nuevo primero).
    assert titulos(buscar(contexto_en_el_motor, "0012/2025"), "pago") == ["Recibo 0012/2025"]
    todos = titulos(buscar(contexto_en_el_motor, "recibo 12"), "pago")
    assert todos[0] == "Recibo 0012/2026" and "Recibo 0012/2025" in todos and "Recibo 0120/2025" not in todos
    # Con el nombre del miembro, solo el suyo.
    assert titulos(buscar(contexto_en_el_motor, f"12 {miembro}"), "pago") == ["Recibo 0012/2025"]


def test_una_sesion_por_organo_y_anio(contexto_en_el_motor):
    hallado = buscar(contexto_en_el_motor, "asamblea 2025")
    assert titulos(hallado, "sesion") == ["XXXI sesión ordinaria — Asamblea General de Socios"]
    assert grupo(hallado, "sesion")["resultados"][0]["detalle"].startswith("20/11/2025 · Celebrada")


def test_sin_resultados_y_sin_nada_que_buscar(contexto_en_el_motor):
    assert buscar(contexto_en_el_motor, "xyzzy") == {"texto": "xyzzy", "grupos": [], "total": 0}
    assert buscar(contexto_en_el_motor, "  ¿? ")["grupos"] == []


def test_el_limite_por_clase_y_el_total(contexto_en_el_motor):
    hallado = buscar(contexto_en_el_motor, "sao", limite=2)
    miembros = grupo(hallado, "miembro")
    assert len(miembros["resultados"]) == 2 and miembros["total"] > 2
    assert hallado["total"] == sum(g["total"] for g in hallado["grupos"])


@pytest.mark.parametrize("motor", ["sqlite"])
def test_lo_que_no_es_una_busqueda_se_rechaza_con_un_mensaje(contexto_en_el_motor):
    with pytest.raises(ErrorEscritorio, match="hasta 200 caracteres"):
        buscar(contexto_en_el_motor, "x" * 201)
    with pytest.raises(ErrorEscritorio, match="de 1 a 200"):
        buscar(contexto_en_el_motor, "sao", limite=0)
