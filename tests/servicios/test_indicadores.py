"""Indicadores por miembro y año (issue 80, §4): definir cada indicador (unidad, sentido, fuente, decimales),
registrar el valor de cada miembro y año con su evidencia (escrito como en la región; corregirlo pide reemplazar y la
bitácora guarda el anterior), comparar miembros y años, el libro de Excel, la sección «Indicadores» de la memoria y la
página del sitio publicado. En los dos motores: el valor se guarda como decimal escrito y debe ser el mismo número.

La red: la RML (AR y BR plenos, UY asociado) con Rosario, Paraná, Salto y Porto Alegre; el año de los datos es el
anterior al de hoy y el de antes (la memoria del año en curso compara los dos).
"""

import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from ayudas import contar
from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.indicadores import (comparar, definir_indicador, elegir_indicador, exportar_indicadores,
                                              lista_de_indicadores, registrar_valor)

pytestmark = pytest.mark.ambos_motores

ESTE = hoy().year          # el año en curso: se puede medir (va hasta hoy)
ANTES, ULTIMO = ESTE - 2, ESTE - 1


@dataclass
class Red:
    contexto: Contexto
    ids: dict[str, int]


def _miembro(contexto: Contexto, nombre: str, pais: str) -> int:
    return guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=date(2000, 1, 1)),
                         poblacion=(250_000, 2020, "Censo"))


@pytest.fixture
def red(db, asociacion_id) -> Red:
    contexto = Contexto(db, asociacion_id)
    ids = {n: _miembro(contexto, n, p) for n, p in (("Rosario", "AR"), ("Paraná", "AR"), ("Salto", "UY"),
                                                    ("Porto Alegre", "BR"))}
    return Red(contexto, ids)


def _emisiones(red: Red) -> int:
    return definir_indicador(red.contexto, "Emisiones por habitante", "tCO2e/hab", "menor",
                             "Inventarios GEI municipales", decimales=2)


def _arboles(red: Red) -> int:
    return definir_indicador(red.contexto, "Árboles plantados/año", "árboles", "mayor", decimales=0)


def _registrar(red: Red, indicador: int, valores: dict[tuple[str, int], str]) -> None:
    for (miembro, anio), valor in valores.items():
        registrar_valor(red.contexto, indicador, red.ids[miembro], anio, valor, f"Informe {miembro} {anio}")


def test_un_indicador_se_define_una_vez_y_lo_mal_definido_no_se_guarda(red, db):
    emisiones = _emisiones(red)
    [definido] = lista_de_indicadores(red.contexto)
    assert (definido["id"], definido["nombre"], definido["unidad"], definido["sentido"], definido["fuente"],
            definido["decimales"], definido["valores"], definido["anios"]) == (
        emisiones, "Emisiones por habitante", "tCO2e/hab", "menor", "Inventarios GEI municipales", 2, 0, [])
    with pytest.raises(ErrorEscritorio, match="Ya hay un indicador «Emisiones por habitante»"):
        definir_indicador(red.contexto, "  Emisiones por habitante ", "kg", "mayor")
    with pytest.raises(ErrorValidacion) as mal:
        definir_indicador(red.contexto, "Movilidad", "%", "bajo", decimales=7)
    assert str(mal.value).startswith("No se definió el indicador:")
    assert "Sentido «bajo» desconocido; use mayor (más es mejor), menor (menos es mejor) o neutro." in str(mal.value)
    assert "Decimales: de 0 a 6." in str(mal.value)
    with pytest.raises(ErrorValidacion, match="Unidad"):
        definir_indicador(red.contexto, "Movilidad", "   ", "neutro")
    assert contar(db, "indicadores") == 1
    assert elegir_indicador(red.contexto, "Emisiones por habitante")["id"] == emisiones
    with pytest.raises(ErrorEscritorio, match=f"No hay un indicador «Movilidad» en esta asociación; hay: "
                                              f"{emisiones} Emisiones por habitante"):
        elegir_indicador(red.contexto, "Movilidad")


def test_el_valor_se_escribe_como_en_la_region_y_se_guarda_el_mismo_numero(red, db):
    emisiones = _emisiones(red)
    superficie = definir_indicador(red.contexto, "Superficie verde", "ha", "mayor", decimales=1)
    hecho = registrar_valor(red.contexto, emisiones, red.ids["Rosario"], str(ULTIMO), "4,31", "Inventario GEI, p. 12")
    assert (hecho.miembro, hecho.anio, hecho.valor, hecho.anterior) == ("Rosario", ULTIMO, Decimal("4.31"), None)
    assert hecho.resumen() == f"Rosario, {ULTIMO}: 4,31 tCO2e/hab (Emisiones por habitante)."
    assert registrar_valor(red.contexto, superficie, red.ids["Salto"], ULTIMO, "1.250,5", "Catastro").valor == \
        Decimal("1250.5")
    registrar_valor(red.contexto, emisiones, red.ids["Paraná"], ULTIMO, "4,30", "Inventario")   # 2 decimales: cabe
    guardados = {r[0]: r[1] for r in db.execute(
        "SELECT m.nombre, v.valor FROM valores_indicador v JOIN miembros m ON m.id = v.miembro_id").fetchall()}
    assert guardados == {"Rosario": "4.31", "Salto": "1250.5", "Paraná": "4.3"}


@pytest.mark.parametrize("anio, valor, miembro, mensaje", [
    (ULTIMO, "4,315", "Rosario", "Valor: 4,315 tiene más decimales de los 2 que usa «Emisiones por habitante»."),
    (ULTIMO, "cuatro", "Rosario", "Valor: «cuatro» no es un número"),
    (ESTE + 1, "4,31", "Rosario", f"Año: «{ESTE + 1}» no es un año de 1900 a {ESTE}."),
    ("el pasado", "4,31", "Rosario", f"Año: «el pasado» no es un año de 1900 a {ESTE}."),
    (ULTIMO, "4,31", "Montevideo", "No existe el miembro con id"),
])
def test_un_valor_mal_escrito_de_otro_anio_o_de_otra_red_no_se_guarda(red, db, anio, valor, miembro, mensaje):
    emisiones = _emisiones(red)
    otra = Contexto(db, crear_asociacion(db, NuevaAsociacion(nombre="Otra red", sigla="OR", paises={"UY": "pleno"})))
    red.ids["Montevideo"] = _miembro(otra, "Montevideo", "UY")
    with pytest.raises(ErrorEscritorio) as rechazo:
        registrar_valor(red.contexto, emisiones, red.ids[miembro], anio, valor, "Inventario")
    assert mensaje in str(rechazo.value)
    assert contar(db, "valores_indicador") == 0


def test_otro_valor_del_mismo_anio_se_rechaza_salvo_que_se_reemplace_y_la_bitacora_guarda_el_anterior(red, db):
    emisiones = _emisiones(red)
    rosario = red.ids["Rosario"]
    registrar_valor(red.contexto, emisiones, rosario, ULTIMO, "4,31", "Inventario GEI, p. 12")
    with pytest.raises(ErrorEscritorio) as repetido:
        registrar_valor(red.contexto, emisiones, rosario, ULTIMO, "4,10", "Inventario corregido")
    assert (f"Rosario ya tiene 4,31 tCO2e/hab en {ULTIMO} para «Emisiones por habitante» (Inventario GEI, p. 12). "
            "Para corregirlo, regístrelo de nuevo con --reemplazar") in str(repetido.value)
    corregido = registrar_valor(red.contexto, emisiones, rosario, ULTIMO, "4,10", "Inventario corregido, p. 3",
                                reemplazar=True)
    assert (corregido.valor, corregido.anterior) == (Decimal("4.1"), "4.31")
    assert corregido.resumen().endswith("Reemplaza 4,31 tCO2e/hab; la bitácora guarda el anterior.")
    assert [tuple(f) for f in db.execute("SELECT valor, evidencia FROM valores_indicador").fetchall()] == [
        ("4.1", "Inventario corregido, p. 3")]
    [cambio] = [json.loads(d) for a, d in db.execute(
        "SELECT accion, datos FROM bitacora WHERE entidad = 'valores_indicador' ORDER BY id").fetchall() if a == "cambio"]
    # valores_indicador: id, indicador_id, miembro_id, anio, valor, evidencia, registrado_en
    assert cambio["antes"][4:6] == ["4.31", "Inventario GEI, p. 12"]
    assert cambio["despues"][4:6] == ["4.1", "Inventario corregido, p. 3"]
    # reemplazar sin un valor anterior registra uno nuevo
    assert registrar_valor(red.contexto, emisiones, red.ids["Salto"], ULTIMO, "3", "x", reemplazar=True).anterior \
        is None


def test_comparar_ordena_del_mejor_al_peor_en_el_ultimo_anio_y_cuenta_quien_mejoro(red):
    emisiones, arboles = _emisiones(red), _arboles(red)
    _registrar(red, emisiones, {("Rosario", ANTES): "4,80", ("Rosario", ULTIMO): "4,31",
                                ("Paraná", ANTES): "5,10", ("Paraná", ULTIMO): "5,20",
                                ("Salto", ULTIMO): "3,90", ("Porto Alegre", ANTES): "2,00"})
    c = comparar(red.contexto, emisiones)
    assert c.anios == [ANTES, ULTIMO]
    # menos es mejor: Salto, Rosario, Paraná; Porto Alegre, sin dato en el último año, al final
    assert [f.miembro for f in c.filas] == ["Salto", "Rosario", "Paraná", "Porto Alegre"]
    por_nombre = {f.miembro: f for f in c.filas}
    assert por_nombre["Rosario"].valores == {ANTES: Decimal("4.8"), ULTIMO: Decimal("4.31")}
    assert por_nombre["Rosario"].evidencias[ULTIMO] == f"Informe Rosario {ULTIMO}"
    assert (por_nombre["Rosario"].variacion.diferencia, por_nombre["Rosario"].variacion.mejoro) == (
        Decimal("-0.49"), True)
    assert por_nombre["Rosario"].variacion.porcentaje == Decimal("-10.2")
    assert por_nombre["Paraná"].variacion.mejoro is False
    assert por_nombre["Salto"].variacion is None and por_nombre["Porto Alegre"].variacion is None
    assert (c.mejoraron, c.empeoraron) == (1, 1)

    _registrar(red, arboles, {("Rosario", ANTES): "100", ("Rosario", ULTIMO): "1.200",
                              ("Paraná", ULTIMO): "800", ("Salto", ANTES): "50", ("Salto", ULTIMO): "50"})
    c = comparar(red.contexto, "Árboles plantados/año")
    assert [(f.miembro, f.valores[ULTIMO]) for f in c.filas] == [
        ("Rosario", Decimal(1200)), ("Paraná", Decimal(800)), ("Salto", Decimal(50))]
    assert (c.mejoraron, c.empeoraron) == (1, 0)   # Salto no cambió
    # solo el año pedido
    solo = comparar(red.contexto, emisiones, [ANTES])
    assert solo.anios == [ANTES]
    assert [f.miembro for f in solo.filas] == ["Porto Alegre", "Rosario", "Paraná"]


def test_el_libro_de_excel_tiene_una_hoja_por_indicador_y_la_de_los_valores_con_su_evidencia(red, tmp_path):
    from openpyxl import load_workbook

    emisiones, arboles = _emisiones(red), _arboles(red)
    _registrar(red, emisiones, {("Rosario", ANTES): "4,80", ("Rosario", ULTIMO): "4,31", ("Salto", ULTIMO): "3,90"})
    _registrar(red, arboles, {("Paraná", ULTIMO): "1.200"})
    assert exportar_indicadores(red.contexto, tmp_path / "indicadores.xlsx") == 4
    libro = load_workbook(tmp_path / "indicadores.xlsx", read_only=True)
    # la hoja lleva el nombre del indicador; la «/» no cabe en un nombre de hoja (el orden de las hojas, el de la
    # lista: test_los_indicadores_se_listan_en_orden_alfabetico)
    assert sorted(libro.sheetnames[:2]) == ["Emisiones por habitante", "Árboles plantados año"]
    assert libro.sheetnames[2:] == ["Valores"]
    hoja = [list(f) for f in libro["Emisiones por habitante"].iter_rows(values_only=True)]
    encabezado = next(f for f in hoja if "Miembro" in f)
    assert encabezado[:4] == ["Miembro", "País", str(ANTES), str(ULTIMO)]
    filas = {f[0]: f for f in hoja[hoja.index(encabezado) + 1:] if f[0]}
    assert [f for f in filas] == ["Salto", "Rosario"]
    assert (filas["Rosario"][1], float(filas["Rosario"][3]), filas["Rosario"][-1]) == ("Argentina", 4.31, "mejoró")
    valores = [list(f) for f in libro["Valores"].iter_rows(values_only=True)]
    encabezado = next(f for f in valores if "Evidencia" in f)
    assert encabezado == ["Indicador", "Unidad", "Sentido", "Miembro", "País", "Año", "Valor", "Evidencia"]
    datos = [f for f in valores[valores.index(encabezado) + 1:] if f[0]]
    assert ["Árboles plantados/año", "árboles", "Más es mejor", "Paraná", "Argentina", ULTIMO, 1200,
            f"Informe Paraná {ULTIMO}"] in datos
    assert len(datos) == 4
    libro.close()
    # solo los años pedidos
    assert exportar_indicadores(red.contexto, tmp_path / "ultimo.xlsx", [ULTIMO]) == 3
    with pytest.raises(ErrorEscritorio, match=r"\.xlsx"):
        exportar_indicadores(red.contexto, tmp_path / "indicadores.csv")


def test_la_memoria_del_anio_muestra_el_valor_del_anio_y_del_anterior_y_cuantos_mejoraron(red):
    from escritorio.dominio.memoria import Cifras, Tabla, texto_de
    from escritorio.servicios.memoria.anual import armar_memoria

    emisiones = _emisiones(red)
    _arboles(red)
    _registrar(red, emisiones, {("Rosario", ULTIMO): "4,80", ("Rosario", ESTE): "4,31",
                                ("Paraná", ULTIMO): "5,10", ("Paraná", ESTE): "5,20", ("Salto", ESTE): "3,90",
                                ("Porto Alegre", ANTES): "2,00"})
    memoria = armar_memoria(red.contexto, ESTE)
    [seccion] = [s for s in memoria.secciones if s.clave == "indicadores"]
    assert seccion.titulo == "Indicadores"
    [cifras] = [b for b in seccion.bloques if isinstance(b, Cifras)]
    assert {c.rotulo: c.valor for c in cifras.cifras} == {
        "Indicadores": 2, f"Valores de {ESTE}": 3, f"Mejoraron desde {ULTIMO}": 1, f"Empeoraron desde {ULTIMO}": 1}
    tablas = {b.titulo.split(" (")[0]: b for b in seccion.bloques if isinstance(b, Tabla)}
    tabla, vacia = tablas["Emisiones por habitante"], tablas["Árboles plantados/año"]
    assert tabla.titulo == "Emisiones por habitante (tCO2e/hab; menos es mejor; Inventarios GEI municipales)"
    assert [c.titulo for c in tabla.columnas] == ["Miembro", "País", str(ULTIMO), str(ESTE), "Cómo le fue",
                                                  "Evidencia"]
    assert [[texto_de(c) for c in f.celdas] for f in tabla.filas] == [
        ["Salto", "Uruguay", "—", "3,90", "", f"Informe Salto {ESTE}"],
        ["Rosario", "Argentina", "4,80", "4,31", "mejoró", f"Informe Rosario {ESTE}"],
        ["Paraná", "Argentina", "5,10", "5,20", "empeoró", f"Informe Paraná {ESTE}"]]
    # Porto Alegre solo tiene un valor de hace dos años: no entra en la memoria de este
    assert vacia.titulo.startswith("Árboles plantados/año (árboles; más es mejor")
    assert (vacia.filas, vacia.vacio) == ((), f"Sin valores de {ULTIMO} ni de {ESTE}.")


def test_el_sitio_publicado_tiene_la_pagina_de_los_indicadores(red, tmp_path):
    from escritorio.servicios.publicacion import publicar

    emisiones = _emisiones(red)
    _registrar(red, emisiones, {("Rosario", ANTES): "4,80", ("Rosario", ULTIMO): "4,31", ("Salto", ULTIMO): "3,90"})
    publicar(red.contexto, tmp_path / "sitio")
    pagina = (tmp_path / "sitio" / "indicadores.html").read_text(encoding="utf-8")
    texto = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", pagina))
    assert "Emisiones por habitante" in texto
    assert "Unidad: tCO2e/hab. Menos es mejor. Fuente: Inventarios GEI municipales." in texto
    assert re.search(rf"Salto Uruguay — 3,90 .*Rosario Argentina 4,80 4,31 mejoró", texto)
    assert "Paraná" not in texto   # sin valores, no figura


def test_los_indicadores_se_listan_en_orden_alfabetico(red):
    """Como cada nombre que el programa muestra: en el orden de un índice (servicios/orden_alfabetico.py), el mismo
    en los dos motores; no el binario de SQLite, que pone «Árboles» después de «Zonas»."""
    for nombre in ("Zonas verdes", "Emisiones por habitante", "Árboles plantados/año"):
        definir_indicador(red.contexto, nombre, "u", "mayor")
    assert [i["nombre"] for i in lista_de_indicadores(red.contexto)] == [
        "Árboles plantados/año", "Emisiones por habitante", "Zonas verdes"]


def test_lo_escrito_de_un_indicador_se_corrige_y_un_valor_cargado_por_error_se_quita(red, db):
    from escritorio.servicios.indicadores import corregir_indicador, quitar_valor

    emisiones, arboles = _emisiones(red), _arboles(red)
    _registrar(red, emisiones, {("Rosario", ULTIMO): "4,31", ("Salto", ULTIMO): "5,2"})
    quedo = corregir_indicador(red.contexto, emisiones, unidad="tCO2e por habitante", fuente=None)
    assert (quedo["nombre"], quedo["unidad"], quedo["fuente"], quedo["decimales"]) == (
        "Emisiones por habitante", "tCO2e por habitante", None, 2)
    with pytest.raises(ErrorValidacion, match="No se corrigió el indicador") as mal:
        corregir_indicador(red.contexto, emisiones, nombre="Árboles plantados/año", decimales=1)
    assert mal.value.problemas == ["Nombre: ya hay otro indicador «Árboles plantados/año».",
                                   "Decimales: sus valores ya usan más de 1."]
    assert elegir_indicador(red.contexto, emisiones)["unidad"] == "tCO2e por habitante"   # nada más cambió
    quitado = quitar_valor(red.contexto, emisiones, red.ids["Salto"], ULTIMO)
    assert (quitado.miembro, quitado.valor) == ("Salto", Decimal("5.2"))
    assert [f.miembro for f in comparar(red.contexto, emisiones).filas] == ["Rosario"]
    with pytest.raises(ErrorEscritorio, match=f"Salto no tiene valor en {ULTIMO} para «Emisiones por habitante»"):
        quitar_valor(red.contexto, emisiones, red.ids["Salto"], ULTIMO)
    borrados = [r for r in db.query("SELECT accion FROM bitacora WHERE entidad = 'valores_indicador'")
                if r["accion"] == "borrado"]
    assert len(borrados) == 1 and arboles
