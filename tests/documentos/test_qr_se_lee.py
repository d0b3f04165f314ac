"""Issue 62, punto 1: el QR de cada documento se lee a 70 ppi y nada lo pisa, con la dirección pública fijada y
sin ella, en castellano y en portugués.

Con `asociacion editar --direccion-publica …` el QR (más grande: lleva la página de verificación) se dibujaba
encima del «Total: …» del padrón y del resumen de cobranza, y zbarimg no lo leía ni a 150 ppi. Aquí:

- cada tipo de documento (los de documentos_de_la_demo.py, menos el lote de recibos, que no lleva sello) se hace
  con la CLI sobre una copia de la red de ejemplo, en cada idioma (`--idioma`), con y sin dirección pública (y, en
  castellano con la dirección, el acta y la resolución firmadas digitalmente una y dos veces);
- cada página que lleva un QR (hallado en el PDF mismo: qr_en_la_pagina.py) se dibuja con `pdftoppm -r 70` y se lee
  con zbarimg: se lee un QR y lleva el código de verificación del documento (el que dice su página y sus palabras
  clave) o, con la dirección, su página de verificación;
- ninguna palabra de la página (`pdftotext -bbox`) toca el QR ni su zona en blanco (cuatro módulos alrededor), y en
  esa zona de la imagen no hay ningún pixel oscuro (rayas de la tabla, fondos, letras);
- una tabla que termina en cualquier renglón cerca del pie de la página (o vacía) deja el sello entero: en esa
  página, bajo la última fila, o arriba de la siguiente; nunca encima.

Cuesta unos 30 s en un núcleo (la demo, los cuatro juegos de documentos, unas cincuenta tablas chicas, ~250
imágenes a 70 ppi).
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from documentos_de_la_demo import FIRMADOS, TIPOS, bien, cli, firmar_documentos, imprimir_documentos, preparar_base
from qr_en_la_pagina import (examinar, faltas_de_la_pagina, faltas_del_documento, pagina_verificada,
                             programas_que_faltan)

DIRECCION = "https://rcs.example.org/transparencia"
CON_QR = tuple(t for t in TIPOS if t != "recibos_lote")   # el lote: solo el escritor, sin código de verificación

pytestmark = [
    pytest.mark.proceso,   # pdftoppm, pdftotext y zbarimg (y la demo de la corrida)
    pytest.mark.skipif(bool(programas_que_faltan()),
                       reason=f"faltan {', '.join(programas_que_faltan())} (poppler-utils, zbar-tools) para dibujar "
                              "la página y leer el QR"),
]


@pytest.fixture(scope="module")
def base_preparada(tmp_path_factory, demo_creada_por_la_cli) -> tuple[Path, dict]:
    """(base, datos): una copia de la red de ejemplo preparada una vez (miembros renombrados, un reglamento)."""
    carpeta = tmp_path_factory.mktemp("qr_se_lee")
    db = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, db)
    return db, preparar_base(carpeta, db)


@pytest.mark.parametrize("con_direccion", [False, True], ids=["sin_direccion", "con_direccion"])
@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_el_qr_de_cada_documento_se_lee_a_70_ppi_y_nada_lo_pisa(base_preparada, tmp_path, idioma, con_direccion):
    preparada, datos = base_preparada
    db = tmp_path / "demo.db"   # una copia por juego: los avisos de cobro no se emiten dos veces
    shutil.copy(preparada, db)
    direccion = DIRECCION if con_direccion else None
    if direccion:
        bien(cli(tmp_path, db, "asociacion", "editar", "--direccion-publica", direccion))
    hechos = imprimir_documentos(tmp_path, db, datos, idioma=idioma, solo=CON_QR)
    tipos = CON_QR
    if idioma == "es" and con_direccion:
        # El acta y la resolución firmadas digitalmente (una y dos veces: la firma se ve sobre la línea de firma)
        # en uno de los juegos: firmar cuesta; `firma acta` las escribe en el idioma de la asociación.
        hechos = {**hechos, **firmar_documentos(tmp_path, db)}
        tipos = (*CON_QR, *FIRMADOS)

    faltas: dict[str, list[str]] = {}
    for tipo in tipos:
        ruta = hechos.get(tipo, f"{tipo}: la demo no trae con qué hacerlo")
        propias = faltas_del_documento(ruta, tipo, direccion, idioma, tmp_path / "imagenes") \
            if isinstance(ruta, Path) else [f"no se pudo hacer: {ruta}"]
        if propias:
            faltas[tipo] = propias
    assert not faltas, "\n".join(f"{tipo}: {f}" for tipo, lista in faltas.items() for f in lista[:4])


# --- Una tabla que termina cerca del pie -------------------------------------------------------------------------

def _tabla(ruta: Path, renglones: int, sello) -> None:
    from escritorio.documentos.pdf.base import DERECHA, Encabezado
    from escritorio.documentos.pdf.tabla import Columna, Fila, Total, escribir_tabla_pdf
    from escritorio.dominio.traduccion import traducir

    filas = [Fila((f"Municipio {n}", "Región", f"{n * 1000}")) for n in range(1, renglones + 1)]
    if filas:
        filas.append(Total(traducir("Total") + f": {renglones}"))
    escribir_tabla_pdf(ruta, papel="A4", encabezado=Encabezado("Red de prueba", "RP", "Padrón", date(2026, 3, 5)),
                       columnas=(Columna("Nombre", 40), Columna("Región", 30), Columna("Población", 20, DERECHA)),
                       filas=filas, sello=sello)


def _renglones_por_pagina() -> int:
    """Cuántas filas entran en la primera página de `_tabla` (sin el sello)."""
    from escritorio.documentos.pdf.base import Encabezado
    from escritorio.documentos.pdf.tabla import Columna, Fila, maquetar

    maquetacion = maquetar([Fila(("x", "y", "1"))] * 200, (Columna("Nombre", 40), Columna("Región", 30),
                                                          Columna("Población", 20)), "A4",
                           Encabezado("Red de prueba", "RP", "Padrón", date(2026, 3, 5)))
    return len(maquetacion.paginas[0])


@pytest.mark.parametrize("con_direccion", [False, True], ids=["sin_direccion", "con_direccion"])
@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_una_tabla_que_termina_junto_al_pie_deja_el_sello_entero(tmp_path, idioma, con_direccion):
    """Con el total en cada uno de los últimos renglones de la página (y en el primero de la siguiente, y sin
    filas), el QR se lee y nada lo pisa: el sello va bajo el total si cabe entero, si no arriba de la página
    siguiente. Con el escritor de la tabla del padrón y del resumen de cobranza (`tabla.escribir_tabla_pdf`): la red
    de ejemplo no deja elegir en qué renglón termina su padrón."""
    from escritorio.dominio.verificacion import Sello
    from escritorio.idiomas.traduccion import en_idioma

    direccion = DIRECCION if con_direccion else None
    por_pagina = _renglones_por_pagina()
    # Del total con lugar de sobra bajo él (10 renglones antes del pie) al total que pasa a la página siguiente.
    casos = [0, *range(por_pagina - 10, por_pagina + 1)]
    faltas, paginas_del_sello = [], set()
    with en_idioma(idioma):
        for renglones in casos:
            codigo = f"7K2M-QX4P-{renglones:04d}"
            sello = Sello(codigo, direccion=pagina_verificada(direccion, codigo) if direccion else None)
            ruta = tmp_path / f"tabla-{renglones}.pdf"
            _tabla(ruta, renglones, sello)
            paginas = examinar(ruta, tmp_path / "imagenes")
            if len(paginas) != 1:
                faltas.append(f"{renglones} filas: QR en {len(paginas)} páginas")
                continue
            paginas_del_sello.add(paginas[0].numero)
            faltas += [f"{renglones} filas: {f}" for f in faltas_de_la_pagina(paginas[0], direccion, idioma)]
    assert not faltas, "\n".join(faltas)
    assert paginas_del_sello == {1, 2}, "los casos deben dejar el sello bajo el total y en la página siguiente"
