"""La memoria anual de la red de ejemplo armada el 23/11/2026 (issue 47, §2): lo que dice cada sección contado por
otro camino (los servicios de cada área), el PDF leído como lo lee la secretaría (pdftotext), sus reglas de PDF/A,
su verificación (y lo que dice cuando después se registra un pago del año), el libro de Excel, y los textos de la
secretaría en su lugar. Sus reglas de PDF/A, con los demás documentos: tests/documentos/test_pdfa.py.

El año 2025 de la red de ejemplo es el de más movimiento (una Cumbre con una declaración de 213 adherentes, 15
actividades realizadas, 125 autoridades locales nuevas, 49 mandatos); 2026, el año en curso, se cuenta hasta el día
de la demo."""

import shutil
import subprocess
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ayudas import DIA_DE_LA_DEMO, hoy_fijo
from escritorio.dominio.ficha import FichaMiembro
from escritorio.dominio.memoria import Cifras, Dinero, Grafico, Tabla, TextoLibre
from escritorio.dominio.miembros import NO_MIEMBRO
from escritorio.dominio.verificacion import REEMPLAZADO, VIGENTE
from escritorio.servicios.cobranza import padron_de_cuotas
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.memoria.anual import armar_memoria, generar_memoria
from escritorio.servicios.memoria.textos import agregar_seccion, fijar_introduccion
from escritorio.servicios.miembros import dar_de_baja, listar_miembros
from escritorio.servicios.pagos import NuevoPago, cargos_pendientes, listar_pagos, registrar_pago
from escritorio.servicios.plan_de_trabajo import actividades_de_la_red
from escritorio.servicios.sesiones import listar_sesiones
from escritorio.servicios.verificar_documento import verificar_archivo
from escritorio.servicios.votaciones import listar_resoluciones

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="falta pdftotext (poppler-utils)")


@pytest.fixture
def red(demo_fechada_db, rcs, monkeypatch):
    hoy_fijo(monkeypatch, DIA_DE_LA_DEMO)
    return Contexto(demo_fechada_db, rcs)


def _seccion(memoria, clave):
    return next(s for s in memoria.secciones if s.clave == clave)


def _cifras(seccion) -> dict:
    return {c.clave: c.valor for b in seccion.bloques if isinstance(b, Cifras) for c in b.cifras}


def _tabla(seccion, clave) -> Tabla:
    return next(b for b in seccion.bloques if isinstance(b, Tabla) and b.clave == clave)


def _texto(ruta: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", "-layout", str(ruta), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def _cobrado_en(contexto, anio: int) -> dict[str, int]:
    """Lo cobrado en el año según la lista de pagos (en la moneda de los cargos), sin los anulados."""
    total = Counter()
    for p in listar_pagos(contexto):
        if p["fecha"].startswith(str(anio)) and not p["anulado_en"]:
            total[p["moneda_imputacion"]] += p["importe_imputable"]
    return dict(total)


def test_las_cifras_de_2025_son_las_de_cada_area(red):
    memoria = armar_memoria(red, 2025)
    assert (memoria.titulo, memoria.al, memoria.subtitulo) == (
        "Memoria anual 2025", date(2025, 12, 31), "Del 1 de enero de 2025 al 31 de diciembre de 2025")
    assert [s.clave for s in memoria.secciones] == ["miembros", "sesiones", "resoluciones", "autoridades", "unidades",
                                                    "cuotas", "convenios", "indicadores"]

    miembros = _cifras(_seccion(memoria, "miembros"))
    vigentes = [m for m in listar_miembros(red, al=date(2025, 12, 31)) if m["estado"] not in NO_MIEMBRO]
    assert miembros == {"miembros": 298, "admitidos": 0, "bajas": 0, "paises": 9,
                        "poblacion": sum(m["poblacion"] or 0 for m in vigentes)}
    assert len(vigentes) == 298
    por_pais = _tabla(_seccion(memoria, "miembros"), "miembros_por_pais")
    assert sum(f.celdas[1] for f in por_pais.filas) == 298 and por_pais.total[1] == 298
    tramos = next(b for b in _seccion(memoria, "miembros").bloques if isinstance(b, Grafico))
    assert sum(tramos.series[0].valores) == 298   # cada miembro en un tramo (o «Sin población»)

    sesiones = _seccion(memoria, "sesiones")
    del_anio = [s for s in listar_sesiones(red) if s["fecha"].startswith("2025") and s["estado"] == "celebrada"]
    assert _cifras(sesiones)["sesiones"] == len(del_anio) == 1
    [cumbre] = _tabla(sesiones, "sesiones").filas
    assert cumbre.celdas[1] == "Asamblea General de Socios" and cumbre.celdas[6].startswith("Sí")

    resoluciones = _seccion(memoria, "resoluciones")
    assert _cifras(resoluciones) == {"resolucion": 2, "declaracion": 1}
    assert len(_tabla(resoluciones, "resoluciones").filas) == len(
        [r for r in listar_resoluciones(red) if r["anio"] == 2025])
    declaracion = next(f for f in _tabla(resoluciones, "resoluciones").filas if f.celdas[0].startswith("Declaración"))
    assert declaracion.celdas[3] == 213   # las ciudades que adhirieron

    autoridades = _cifras(_seccion(memoria, "autoridades"))
    assert (autoridades["elecciones"], autoridades["locales"]) == (0, 125)

    unidades = _seccion(memoria, "unidades")
    realizadas = [a for a in actividades_de_la_red(red) if a["estado"] == "realizada" and a["desde"].startswith("2025")]
    assert _cifras(unidades)["realizadas"] == len(realizadas) == 15
    actividades = _tabla(unidades, "actividades")
    assert len({f.grupo for f in actividades.filas}) == 15 and all(f.celdas[3] == "Realizada" for f in actividades.filas)


def test_la_cobranza_del_anio_es_la_suma_de_sus_pagos(red):
    cuotas = _seccion(armar_memoria(red, 2025), "cuotas")
    cobrado = _cobrado_en(red, 2025)
    assert _cifras(cuotas)["cobrado"] == Dinero.de(cobrado)
    por_mes = _tabla(cuotas, "cobranza_por_mes")
    assert por_mes.total[2] == Dinero.de(cobrado)
    assert por_mes.total[1] == sum(1 for p in listar_pagos(red) if p["fecha"].startswith("2025") and not p["anulado_en"])
    grafico = next(b for b in cuotas.bloques if isinstance(b, Grafico))
    assert sum(grafico.series[0].valores) == pytest.approx(cobrado["USD"] / 100)
    # Las cuotas de 2025 por tramo y por país suman lo emitido (las cuotas del padrón de cuotas).
    emitido = sum(c.importe for c in padron_de_cuotas(red, 2025, date(2025, 12, 31)))
    for clave in ("cuotas_por_tramo", "cuotas_por_pais"):
        tabla = _tabla(cuotas, clave)
        assert sum(dict(f.celdas[2].importes)["USD"] for f in tabla.filas) == emitido == \
            dict(tabla.total[2].importes)["USD"]


def test_un_ingreso_y_una_baja_del_anio(red):
    nueva = guardar_ficha(red, FichaMiembro(nombre="San Bernardino", pais="PY", fecha_ingreso=date(2026, 3, 2)),
                          poblacion=(300_000, 2022, "Censo"))
    saliente = next(m for m in listar_miembros(red) if m["nombre"] == "Montevideo")
    dar_de_baja(red.db, saliente["id"], date(2026, 6, 30), "Renuncia presentada", red.asociacion_id)

    miembros = _seccion(armar_memoria(red, 2026), "miembros")
    assert (_cifras(miembros)["admitidos"], _cifras(miembros)["bajas"]) == (1, 1)
    [admitida] = _tabla(miembros, "admitidos").filas
    assert admitida.celdas[:3] == ("San Bernardino", "Paraguay", date(2026, 3, 2)) and admitida.clave == str(nueva)
    [baja] = _tabla(miembros, "bajas").filas
    assert baja.celdas == ("Montevideo", "Uruguay", date(2026, 6, 30), "Renuncia presentada")


def test_un_anio_pasado_no_cuenta_a_quien_todavia_no_habia_ingresado(red):
    """La memoria de 2015 cuenta los miembros que la red tenía al 31/12/2015: no los 58 que ingresaron después
    (antes los contaba a todos, con su población y su tramo, porque antes de su primer estado un miembro figura
    activo). La de 1980, antes de que la red existiera, no tiene miembros."""
    corte = "2015-12-31"
    ya_estaban = [m for m in listar_miembros(red, al=date(2015, 12, 31))
                  if m["estado"] not in NO_MIEMBRO and m["fecha_ingreso"] <= corte]
    despues = [m for m in listar_miembros(red) if m["fecha_ingreso"] > corte]
    assert len(ya_estaban) == 241 and len(despues) == 58
    seccion = _seccion(armar_memoria(red, 2015), "miembros")
    cifras = _cifras(seccion)
    assert cifras["miembros"] == 241
    assert cifras["poblacion"] == sum(m["poblacion"] or 0 for m in ya_estaban)
    assert _tabla(seccion, "miembros_por_pais").total[1] == 241
    tramos = next(b for b in seccion.bloques if isinstance(b, Grafico))
    assert sum(tramos.series[0].valores) == 241

    vacia = _seccion(armar_memoria(red, 1980), "miembros")
    assert _cifras(vacia) == {"miembros": 0, "admitidos": 0, "bajas": 0, "paises": 0, "poblacion": 0}


@pytest.mark.proceso  # lanza otro programa
def test_el_pdf_dice_lo_que_la_memoria_y_se_verifica(red, tmp_path):
    """(Sus reglas de PDF/A y sus fuentes las prueba tests/documentos/test_pdfa.py, con los demás documentos.)"""
    fijar_introduccion(red, 2025, "Un año de consolidación de la red.\n\nLa Cumbre de Montevideo marcó el rumbo.")
    agregar_seccion(red, 2025, "Hitos del año", "Se firmó la Declaración de Montevideo.", "miembros")
    ruta = tmp_path / "memoria-2025.pdf"
    hecho = generar_memoria(red, 2025, ruta, tmp_path / "memoria-2025.xlsx")

    texto = _texto(ruta)
    assert hecho.paginas >= 10 and f"Página {hecho.paginas} de {hecho.paginas}" in texto
    for esperado in ("Memoria anual 2025", "Del 1 de enero de 2025 al 31 de diciembre de 2025", "Índice",
                     "1. Introducción", "Un año de consolidación de la red.", "2. Miembros", "3. Hitos del año",
                     "Se firmó la Declaración de Montevideo.", "4. Sesiones de los órganos",
                     "5. Resoluciones y declaraciones", "6. Elecciones y autoridades", "7. Unidades temáticas",
                     "8. Cuotas y cobranza", "Miembros al 31/12/2025", "Al 31/12/2025 la red reúne 298 miembros de 9 países",
                     "Emitida el 23/11/2026", "Sin miembros admitidos en 2025.",
                     "Sin bajas en 2025.", "Sin elecciones en 2025.", "Declaración de Montevideo 2025",
                     "Miembros por tramo de la escala de cuotas", "Cobranza por mes (USD)",
                     "Lo que muestra el gráfico:", "Código de verificación"):
        assert esperado in texto, esperado
    assert texto.index("2. Miembros") < texto.index("3. Hitos del año") < texto.index("4. Sesiones de los órganos")

    # Verificable: auténtica y vigente; después de registrar un pago del año, reemplazada, y dice qué cambió.
    assert verificar_archivo(red.db, ruta).veredicto == VIGENTE
    deudor = next(m for m in listar_miembros(red) if cargos_pendientes(red, m["id"], "USD"))
    registrar_pago(red, NuevoPago(deudor["id"], date(2025, 12, 10), "50", "USD"))
    despues = verificar_archivo(red.db, ruta)
    assert despues.veredicto == REEMPLAZADO
    assert any("Cuotas y cobranza" in m for m in despues.motivos), despues.motivos


def test_el_libro_de_excel(red, tmp_path):
    fijar_introduccion(red, 2025, "Un año de consolidación de la red.")
    ruta = tmp_path / "memoria.xlsx"
    hecho = generar_memoria(red, 2025, excel=ruta)
    libro = load_workbook(ruta)
    assert len(libro.sheetnames) == hecho.hojas
    assert {"Resumen", "Miembros por país", "Cobrado por mes en 2025", "Textos", "Gráficos"} <= set(libro.sheetnames)
    resumen = {(fila[0], fila[1]): fila[2] for fila in libro["Resumen"].iter_rows(min_row=2, values_only=True)}
    assert resumen[("2. Miembros", "Miembros al 31/12/2025")] == 298
    por_mes = list(libro["Cobrado por mes en 2025"].iter_rows(values_only=True))
    assert por_mes[0] == ("Mes", "Pagos", "Cobrado (USD)")
    assert por_mes[-1][2] == Decimal(_cobrado_en(red, 2025)["USD"]) / 100   # el total, un número de Excel
    filas = list(libro["Actividades de 2025"].iter_rows(values_only=True))
    assert filas[0][:4] == ("Unidad", "Actividad", "Desde", "Hasta") and len(filas) == 1 + 15
    textos = list(libro["Textos"].iter_rows(values_only=True))
    assert textos[1] == ("1. Introducción", "Un año de consolidación de la red.")
    # Los gráficos: las cantidades de miembros sin decimales (67, no «67,00»), los importes con su moneda (issue 83).
    graficos = {fila[0].value: fila[3] for fila in libro["Gráficos"].iter_rows(min_row=2)}
    miembros = graficos["Miembros por tramo de la escala de cuotas"]
    assert isinstance(miembros.value, int) and miembros.number_format == "#,##0"
    cobranza = graficos["Cobranza por mes (USD)"]
    assert cobranza.number_format == '"USD "#,##0.00'


def test_el_anio_en_curso_cuenta_hasta_hoy_y_no_el_que_viene(red):
    memoria = armar_memoria(red, 2026)
    assert memoria.al == DIA_DE_LA_DEMO
    assert memoria.subtitulo == "Del 1 de enero de 2026 al 23 de noviembre de 2026 (el año todavía no terminó)"
    sesiones = _cifras(_seccion(memoria, "sesiones"))
    assert sesiones["sesiones"] == len([s for s in listar_sesiones(red) if s["fecha"].startswith("2026")
                                        and s["estado"] == "celebrada"])
    with pytest.raises(Exception, match="el año 2027 todavía no empezó"):
        armar_memoria(red, 2027)
    assert not [b for s in memoria.secciones for b in s.bloques if isinstance(b, TextoLibre)]
