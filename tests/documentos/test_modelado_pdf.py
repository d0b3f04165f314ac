"""Issue 14, «prints ẽ g̃ Ł № correctly»: la tilde de la g̃ guaraní (g + U+0303, sin forma precompuesta) se dibuja
sobre la g, no sobre la letra siguiente («g̃uarã», no «gũarã»), y lo que las fuentes no tienen se ve [U+XXXX]
también en la sigla del pie del recibo y de los avisos y en el encabezado corrido de la convocatoria.

Los PDF se hacen por el camino del usuario (la red de ejemplo con la CLI como proceso, un miembro renombrado con el
servicio de la ficha, cada documento pedido a la CLI). Dónde cae cada glifo se lee del propio PDF, sin programas
externos: un intérprete mínimo del contenido de la página (pikepdf) sigue la posición del texto (Tm, Td, T*, TJ…)
con los anchos de la fuente del PDF y su tabla a Unicode; el dibujo de cada glifo (dónde está la tinta respecto
de su origen) se lee de la misma fuente TTF de recursos/fuentes con HarfBuzz. Sin el modelado, la tinta de la tilde
queda a la derecha de la g, sobre la «u»: estas pruebas fallan.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import unicodedata
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

import pikepdf
import pytest
import uharfbuzz
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from cli_en_el_proceso import orden_en_el_proceso
from escritorio.documentos.pdf import fuentes
from escritorio.dominio.ficha import FichaMiembro
from escritorio.servicios.contexto import Contexto

NOMBRE = "Ñemby g\u0303uarã ẽĩũỹ Łódź №1"
NOMBRE_DEUDOR = "Łódź ẽĩũỹ g\u0303uarã Ñemby №2"
SIGLA_VIEJA = "RML杭州"  # una base de una versión anterior: la sigla no pasaba por la validación de hoy
SIGLA_VISTA = "RML[U+676D][U+5DDE]"
ASOCIACION_VIEJA = "Red 杭州 de Municipios del Litoral y del Mercosur Ampliado"


def _entorno(carpeta: Path) -> dict:
    entorno = {k: v for k, v in os.environ.items() if k != "ESCRITORIO_DB"}
    casa = carpeta / "casa"
    casa.mkdir(exist_ok=True)
    entorno.update(HOME=str(casa), XDG_DATA_HOME=str(casa / "datos"), QT_QPA_PLATFORM="offscreen",
                   PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    return entorno


def _cli(carpeta: Path, db: Path, *argumentos) -> str:
    """La orden por la entrada del programa, en este proceso (tests/cli_en_el_proceso.py)."""
    resultado = orden_en_el_proceso(["--db", str(db), *map(str, argumentos)], carpeta, _entorno(carpeta))
    assert resultado.returncode == 0, (argumentos, resultado.stdout, resultado.stderr)
    return resultado.stdout


@pytest.fixture(scope="module")
def documentos(tmp_path_factory, demo_creada_por_la_cli) -> dict[str, Path]:
    """Padrón, convocatoria, acta, recibo y avisos de la red de ejemplo, con un miembro «Ñemby g̃uarã ẽĩũỹ Łódź №1»
    (el que paga, vota y está convocado) y, en otra base, la asociación con una sigla de una versión anterior."""
    from escritorio.servicios.asociaciones import listar_asociaciones
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.cobranza import preparar_avisos
    from escritorio.servicios.ficha import guardar_ficha, obtener_ficha
    from escritorio.servicios.miembros import listar_miembros
    from escritorio.servicios.pagos import listar_pagos

    carpeta = tmp_path_factory.mktemp("modelado")
    db = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, db)  # «escritorio demo», hecha una vez en la corrida
    base = abrir_base(db)
    try:
        [asociacion] = listar_asociaciones(base)
        aso = asociacion["id"]

        def renombrar(miembro_id: int, nombre: str) -> None:
            ficha = obtener_ficha(base, miembro_id)
            valores = {f.name: ficha[f.name] for f in fields(FichaMiembro)}
            if isinstance(valores["fecha_ingreso"], str):
                valores["fecha_ingreso"] = date.fromisoformat(valores["fecha_ingreso"])
            valores.update(nombre=nombre, region=f"Región {nombre}")
            guardar_ficha(Contexto(base, aso), FichaMiembro(**valores), miembro_id=miembro_id)

        # São Paulo paga, vota y está convocado; otro miembro, con deudas, recibe un aviso de cobro.
        miembro = next(m for m in listar_miembros(Contexto(base, aso)) if m["nombre"] == "São Paulo")
        renombrar(miembro["id"], NOMBRE)
        renombrar(next(a.miembro_id for a in preparar_avisos(Contexto(base, aso)) if a.miembro_id != miembro["id"]),
                  NOMBRE_DEUDOR)
        pago = next(p for p in listar_pagos(Contexto(base, aso), miembro["id"]) if not p.get("anulado_en"))
    finally:
        base.close()

    # La misma base con la sigla y el nombre que dejó una versión anterior (sin la validación de hoy),
    # copiada antes de emitir nada: cada aviso de cobro se emite una sola vez.
    vieja = carpeta / "vieja.db"
    origen, destino = sqlite3.connect(db), sqlite3.connect(vieja)
    try:
        origen.backup(destino)
        with destino:
            destino.execute("UPDATE asociaciones SET sigla = ?, nombre = ?", (SIGLA_VIEJA, ASOCIACION_VIEJA))
    finally:
        origen.close()
        destino.close()

    hechos = {}
    ordenes = {
        "padron": ("miembros", "padron", "{}"),
        "convocatoria": ("sesiones", "convocatoria", "4", "{}"),
        "acta": ("sesiones", "acta", "4", "{}"),
        "recibo": ("pagos", "recibo", str(pago["id"]), "{}"),
        "avisos": ("cuotas", "avisos", "{}"),
    }
    for nombre, orden in ordenes.items():
        hechos[nombre] = carpeta / f"{nombre}.pdf"
        _cli(carpeta, db, *(hechos[nombre] if a == "{}" else a for a in orden))

    for nombre in ("recibo", "avisos"):
        hechos[f"{nombre}_vieja"] = carpeta / f"{nombre}_vieja.pdf"
        _cli(carpeta, vieja, *(hechos[f"{nombre}_vieja"] if a == "{}" else a for a in ordenes[nombre]))
    return hechos


# --- Un intérprete mínimo del texto de una página ---------------------------------------------------------------

@dataclass
class Glifo:
    letra: str
    x: float  # origen del glifo, en el espacio del texto (reportlab no escala ni gira la matriz de texto)
    y: float
    tamano: float
    fuente: str  # nombre registrado de la fuente (LiberationSans…), sin el prefijo del subconjunto


def _a_unicode(fuente: pikepdf.Dictionary) -> dict[int, str]:
    cmap = fuente.ToUnicode.read_bytes().decode("latin-1")
    tabla = {}
    for bloque in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for codigo, texto in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", bloque):
            tabla[int(codigo, 16)] = bytes.fromhex(texto).decode("utf-16-be")
    for bloque in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for desde, hasta, texto in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", bloque):
            inicio = int(texto, 16)
            for i, codigo in enumerate(range(int(desde, 16), int(hasta, 16) + 1)):
                tabla[codigo] = chr(inicio + i)
    return tabla


def _glifos(ruta: Path) -> list[list[Glifo]]:
    """Los glifos de cada texto (BT … ET) de cada página, en orden, con su posición."""
    textos: list[list[Glifo]] = []
    with pikepdf.open(ruta) as pdf:
        for pagina in pdf.pages:
            recursos = pagina.Resources.get("/Font", {})
            datos = {}
            for nombre, fuente in recursos.items():
                anchos = [float(a) for a in fuente.Widths]
                registrada = str(fuente.BaseFont).split("+", 1)[-1]
                datos[nombre] = (int(fuente.FirstChar), anchos, _a_unicode(fuente), registrada)
            lm = (0.0, 0.0)
            tamano = interlinea = espacio_letras = espacio_palabras = subida = 0.0
            fuente = None
            actual: list[Glifo] = []
            x = 0.0

            def mostrar(cadena: bytes):
                nonlocal x
                primero, anchos, unicode_, registrada = datos[fuente]
                for codigo in cadena:
                    actual.append(Glifo(unicode_.get(codigo, "\ufffd"), x, lm[1] + subida, tamano, registrada))
                    x += anchos[codigo - primero] / 1000 * tamano + espacio_letras
                    if codigo == 32:
                        x += espacio_palabras

            for operandos, operador in pikepdf.parse_content_stream(pagina):
                op = str(operador)
                if op == "BT":
                    lm = (0.0, 0.0)
                    x, actual = 0.0, []
                elif op == "ET":
                    textos.append(actual)
                elif op == "Tm":
                    lm = (float(operandos[4]), float(operandos[5]))
                    x = lm[0]
                elif op == "Td":
                    lm = (lm[0] + float(operandos[0]), lm[1] + float(operandos[1]))
                    x = lm[0]
                elif op == "TL":
                    interlinea = float(operandos[0])
                elif op == "T*":
                    lm = (lm[0], lm[1] - interlinea)
                    x = lm[0]
                elif op == "Tf":
                    fuente, tamano = str(operandos[0]), float(operandos[1])
                elif op == "Tc":
                    espacio_letras = float(operandos[0])
                elif op == "Tw":
                    espacio_palabras = float(operandos[0])
                elif op == "Ts":
                    subida = float(operandos[0])
                elif op == "Tj":
                    mostrar(bytes(operandos[0]))
                elif op == "TJ":
                    for elemento in operandos[0]:
                        if isinstance(elemento, pikepdf.String):
                            mostrar(bytes(elemento))
                        else:
                            x -= float(elemento) / 1000 * tamano
    return textos


class _Tinta:
    """Dónde dibuja su tinta cada glifo de las fuentes de recursos/fuentes, respecto de su origen (HarfBuzz)."""

    def __init__(self):
        self._fuentes = {}

    def __call__(self, glifo: Glifo) -> tuple[float, float, float, float]:
        """(izquierda, derecha, abajo, arriba) de la tinta del glifo en la página."""
        if glifo.fuente not in self._fuentes:
            archivo = fuentes.carpeta_fuentes() / fuentes.ARCHIVOS[glifo.fuente]
            self._fuentes[glifo.fuente] = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(archivo))))
        fuente = self._fuentes[glifo.fuente]
        extension = fuente.get_glyph_extents(fuente.get_nominal_glyph(ord(glifo.letra)))
        escala = glifo.tamano / fuente.face.upem
        return (glifo.x + extension.x_bearing * escala, glifo.x + (extension.x_bearing + extension.width) * escala,
                glifo.y + (extension.y_bearing + extension.height) * escala, glifo.y + extension.y_bearing * escala)


def _tildes_de_g(ruta: Path) -> list[tuple[Glifo, Glifo, Glifo]]:
    """Cada «g», su tilde combinante y la letra que sigue, tal como quedaron en el PDF."""
    ternas = []
    for texto in _glifos(ruta):
        for i in range(len(texto) - 2):
            if texto[i].letra == "g" and texto[i + 1].letra == "\u0303":
                ternas.append((texto[i], texto[i + 1], texto[i + 2]))
    return ternas


def _texto(ruta: Path) -> str:
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() or "" for p in PdfReader(ruta).pages))


DOCUMENTOS = ["padron", "convocatoria", "acta", "recibo", "avisos"]


@pytest.mark.parametrize("nombre", DOCUMENTOS)
def test_la_tilde_de_la_g_guarani_queda_sobre_la_g(documentos, nombre):
    """Lo que vería quien lee «g̃uarã»: la tinta de la tilde centrada sobre la de la g (no sobre la «u» que sigue),
    encima de la g sin tocarla, y la «u» donde estaría sin la tilde (la tilde no empuja ni pisa nada)."""
    ternas = _tildes_de_g(documentos[nombre])
    assert ternas, f"{nombre}: no se encontró «g̃» en el PDF"
    tinta = _Tinta()
    for g, tilde, siguiente in ternas:
        izquierda, derecha, _, arriba_g = tinta(g)
        tilde_izquierda, tilde_derecha, abajo_tilde, _ = tinta(tilde)
        centro_tilde = (tilde_izquierda + tilde_derecha) / 2
        assert izquierda < centro_tilde < derecha, (
            f"{nombre}: la tilde de «g̃» ({g.fuente} {g.tamano} pt) tiene su centro en x={centro_tilde:.2f}, fuera de "
            f"la g ({izquierda:.2f}–{derecha:.2f}); la letra siguiente «{siguiente.letra}» empieza en "
            f"{siguiente.x:.2f}")
        assert abs(centro_tilde - (izquierda + derecha) / 2) < 0.15 * g.tamano
        # Encima de la g (HarfBuzz la sube o la baja según la fuente: la de la negrita está hecha para mayúsculas).
        assert arriba_g - 0.02 * g.tamano <= abajo_tilde <= arriba_g + 0.3 * g.tamano, (nombre, g, tilde)
        # Lo medido es lo dibujado: la letra que sigue está a un ancho de «g» (stringWidth) de la g.
        assert siguiente.x - g.x == pytest.approx(stringWidth("g", g.fuente, g.tamano), abs=0.01)
        assert siguiente.y == pytest.approx(g.y, abs=0.01)


@pytest.mark.parametrize("nombre", DOCUMENTOS)
def test_el_texto_extraido_sigue_diciendo_g_con_tilde(documentos, nombre):
    """El texto del PDF (buscar, copiar, «documento verificar») dice «g̃uarã» —g + U+0303, sin un espacio que el
    regreso después de la tilde pudiera sugerir a un lector de texto— y las demás letras tal cual."""
    texto = _texto(documentos[nombre])
    assert "g\u0303uarã" in texto, nombre
    for letra in ("ẽĩũỹ", "Łódź", "№", "Ñemby"):
        assert letra in texto, (nombre, letra)


def test_un_texto_sin_marcas_se_dibuja_sin_modelar():
    """Solo se modela lo que lo necesita: el padrón de 16.000 miembros casi no paga nada por esto."""
    assert not fuentes.necesita_modelado("Asunción, São Paulo, Łódź, ẽĩũỹ, №1, Ñemby")  # precompuestas
    assert not fuentes.necesita_modelado("Hangzhou [U+676D]")
    assert fuentes.necesita_modelado("g\u0303uarã")
    assert fuentes.necesita_modelado("e\u0303")  # una e + tilde sin componer también
    assert fuentes.modelar("São Paulo", fuentes.SANS, 8) == "São Paulo"
    modelado = fuentes.modelar("g\u0303uarã", fuentes.SANS, 8)
    # Sin interletraje ni ligaduras: el ancho modelado es el que mide stringWidth (partir_texto, simpleSplit).
    avance = sum(d.x_advance for d in modelado.__shapeData__) * 8 / 1000
    assert avance == pytest.approx(stringWidth("g\u0303uarã", fuentes.SANS, 8))


@pytest.mark.parametrize("nombre", ["recibo_vieja", "avisos_vieja"])
def test_la_sigla_del_pie_muestra_el_codigo_de_lo_que_las_fuentes_no_tienen(documentos, nombre):
    """Una sigla de una versión anterior con letras que las Liberation no tienen: en el pie del recibo y de los
    avisos se ve [U+676D], nunca un cuadro vacío (el glifo .notdef, que PDF/A prohíbe)."""
    texto = _texto(documentos[nombre])
    assert "杭" not in texto and "州" not in texto, nombre
    # El pie de un aviso lleva su título: «Recordatorio de cuotas pendientes» en el primero (los avisos van en orden:
    # la demo nunca envió uno, así que el que toca es el 1.º), «Aviso de cuotas pendientes» después.
    pie = [renglon for renglon in texto.splitlines() if ("Recibo Nº" in renglon or "cuotas pendientes" in renglon)
           and SIGLA_VISTA in renglon]
    assert pie, texto[-400:]
    # Ningún glifo sin letra (el .notdef, sin correspondencia a Unicode) en ninguna página.
    for texto_pdf in _glifos(documentos[nombre]):
        assert all(g.letra != "\ufffd" for g in texto_pdf), nombre


def test_el_encabezado_corrido_de_la_convocatoria_muestra_el_codigo(tmp_path):
    """Desde la segunda página de una convocatoria, el encabezado corrido nombra la asociación (cortado a lo que
    cabe): con letras que las fuentes no tienen se ven [U+676D]. La demo cabe en una página, así que se dibuja el
    encabezado de una página 2 con el mismo decorador que usa la convocatoria."""
    from escritorio.documentos.pdf.base import Encabezado, preparar_hoja
    from escritorio.documentos.pdf.convocatoria import decorador_carta

    hoja = preparar_hoja("A4", Encabezado(ASOCIACION_VIEJA, SIGLA_VIEJA, "Convocatoria", date(2026, 11, 23)))
    decorar = decorador_carta(hoja, ASOCIACION_VIEJA * 3, "Convocatoria a la Asamblea General Ordinaria",
                              date(2026, 11, 23))
    ruta = tmp_path / "pagina2.pdf"
    lienzo = fuentes.Lienzo(str(ruta), pagesize=(hoja.ancho, hoja.alto), initialFontName=fuentes.SANS)
    decorar(lienzo, 2, 3)
    lienzo.save()
    texto = _texto(ruta)
    assert "Red [U+676D][U+5DDE] de Municipios" in texto and "…" in texto, texto
    assert "杭" not in texto
    assert all(g.letra != "\ufffd" for renglon in _glifos(ruta) for g in renglon)
