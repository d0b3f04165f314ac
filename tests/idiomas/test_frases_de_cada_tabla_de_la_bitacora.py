"""Cada registro de la bitácora, dicho con una frase en el idioma de quien lee (issue 62 §5): la planilla de
`bitacora exportar` decía «Alta en Partes de los convenios (#11)» (o «Cambio en Documentos emitidos (#4)») para las
tablas más nuevas, y quien la leía tenía que descifrar el detalle crudo («id: 4; asociacion_id: 1; codigo: …»).

La prueba recorre cada tabla que tiene disparadores de bitácora en una base recién migrada (una tabla nueva sin su
frase la hace fallar) y, para el alta, el cambio y el borrado, pide la frase en castellano y en portugués: nunca la
genérica ni un volcado «campo: valor; …». Después exporta la bitácora de la
red de ejemplo (con un acta emitida) por la línea de órdenes, en los dos idiomas, y lee cada «Qué pasó»."""

import json
import re
import shutil
import sqlite3

import pytest
from openpyxl import load_workbook

from cli_en_el_proceso import entorno_aislado, orden_en_el_proceso

VOLCADO = re.compile(r"^\w+: [^;]*; \w+: ")   # «id: 4; asociacion_id: 1; …»
ACCIONES = ("alta", "cambio", "borrado")


def _tablas_con_bitacora(ruta) -> list[str]:
    """Las tablas con los disparadores de la bitácora (datos/migraciones.py, disparadores_de_bitacora)."""
    conexion = sqlite3.connect(ruta)
    try:
        nombres = [n for (n,) in conexion.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name "
                                                  "LIKE 'bitacora!_%!_alta' ESCAPE '!'")]
    finally:
        conexion.close()
    return sorted(n[len("bitacora_"):-len("_alta")] for n in nombres)


def _ok(resultado) -> str:
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    return resultado.stdout


@pytest.fixture(scope="module")
def demo_con_un_acta_emitida(demo_creada_por_la_cli, tmp_path_factory):
    carpeta = tmp_path_factory.mktemp("bitacora_frases")
    base = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, base)

    def cli(*argumentos):
        return orden_en_el_proceso(["--db", str(base), *map(str, argumentos)], carpeta, entorno_aislado(carpeta))

    aprobada = next(s for s in json.loads(_ok(cli("sesiones", "listar", "--json"))) if s["estado_acta"] == "aprobada")
    _ok(cli("sesiones", "acta", aprobada["id"], "acta.pdf"))       # documentos_emitidos y archivos_emitidos
    _ok(cli("--idioma", "pt", "sesiones", "acta", aprobada["id"], "ata.pdf"))   # otra copia del mismo documento
    for idioma in ("es", "pt"):
        _ok(cli("--idioma", idioma, "bitacora", "exportar", f"bitacora_{idioma}.xlsx"))
    return base, carpeta


def _una_fila(db, nombres, tabla: str) -> dict:
    """Una fila de la tabla como la anota la bitácora: la última que anotó la red de ejemplo o, si la tabla no tiene
    ninguna, una armada con sus columnas (números para los id, texto para lo demás)."""
    from escritorio.servicios import bitacora

    anotados = bitacora.listar(db, entidad=tabla, limite=1)
    if anotados and (anotados[0].despues or anotados[0].antes):
        return dict(anotados[0].despues or anotados[0].antes)
    return {columna: 1 if columna == "id" or columna.endswith("_id") else "Texto de prueba"
            for columna in nombres.columnas(tabla)}


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_cada_tabla_con_bitacora_tiene_frase_para_el_alta_el_cambio_y_el_borrado(idioma, demo_con_un_acta_emitida):
    from escritorio.datos.apertura import abrir
    from escritorio.idiomas.traduccion import en_idioma
    from escritorio.servicios.descripcion_bitacora import NOMBRES_DE_TABLAS, NombresCitados, describir, generica

    base, _ = demo_con_un_acta_emitida
    tablas = _tablas_con_bitacora(base)
    assert len(tablas) > 60 and {"documentos_emitidos", "archivos_emitidos", "partes_convenio"} <= set(tablas)
    # Cada una con su nombre para la columna «Tabla» (y el filtro del visor), no el de la base.
    assert not set(tablas) - set(NOMBRES_DE_TABLAS), set(tablas) - set(NOMBRES_DE_TABLAS)
    db = abrir(base)
    faltan = []
    try:
        nombres = NombresCitados(db)
        for tabla in tablas:
            fila = _una_fila(db, nombres, tabla)
            cambiada = {**fila, list(fila)[-1]: "Otro valor"}
            for accion, antes, despues in (("alta", None, fila), ("cambio", fila, cambiada), ("borrado", fila, None)):
                with en_idioma(idioma):
                    frase = describir(nombres, tabla, accion, fila.get("id"), antes, despues)
                    generico = generica(tabla, accion, fila.get("id"))
                if frase == generico or VOLCADO.match(frase):
                    faltan.append(f"{tabla} ({accion}): «{frase}»")
    finally:
        db.close()
    assert not faltan, ("Sin frase propia (agregue la tabla a LO_QUE_ES de servicios/frases_de_cada_registro.py, o "
                        "una frase en su módulo de frases): " + "; ".join(faltan))


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_la_bitacora_exportada_dice_una_frase_en_cada_cambio(idioma, demo_con_un_acta_emitida):
    from escritorio.dominio.traduccion import traducir
    from escritorio.idiomas.traduccion import en_idioma

    _, carpeta = demo_con_un_acta_emitida
    libro = load_workbook(carpeta / f"bitacora_{idioma}.xlsx", read_only=True)
    try:
        filas = list(libro.worksheets[0].iter_rows(values_only=True))
    finally:
        libro.close()
    with en_idioma(idioma):
        que_paso = filas[0].index(traducir("Qué pasó"))
        plantillas = [traducir(p) for p in ("Alta en {0}{1}", "Cambio en {0}{1}", "Borrado en {0}{1}")]
    # La frase genérica de cada fila, con el nombre de su tabla y su registro (las columnas que siguen a «Qué pasó»).
    malas = sorted({fila[que_paso] for fila in filas[1:] if not fila[que_paso] or VOLCADO.match(fila[que_paso]) or
                    fila[que_paso] in {p.format(fila[que_paso + 1], f" (#{fila[que_paso + 2]})" if fila[que_paso + 2]
                                                is not None else "") for p in plantillas}})
    assert len(filas) > 10_000
    assert not malas, malas[:20]
    frases = [fila[que_paso] for fila in filas[1:]]
    # Las dos copias del acta emitida (el original y la copia en portugués), cada una con su frase.
    with en_idioma(idioma):
        copias = [traducir("Registro nuevo: {0}").format(traducir("el original del documento {0}").format("")),
                  traducir("Registro nuevo: {0}").format(traducir("la copia {0} del documento {1}").format(1, ""))]
    assert [sum(f.startswith(c) for f in frases) for c in copias] == [1, 1], copias
