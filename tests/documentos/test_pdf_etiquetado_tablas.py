"""Issue 83 §1: los documentos de la tabla paginada (documentos/pdf/tabla.py) salen como PDF etiquetados que un lector
de pantalla recorre en el orden del documento: el padrón, el resumen de cobranza, la composición de un órgano y el
estado de cuenta.

Cada documento se pide a la CLI (en el proceso: documentos_de_la_demo.cli) sobre una copia de la red de ejemplo, en
castellano y en portugués, y su árbol se lee en orden (lectura_de_etiquetas.py) y se compara con lo que dice la base,
leída por el servicio que usa la CLI: el título (H1); la ficha de la composición y del estado de cuenta como tabla de
pares (TH con /Scope /Row y TD); la tabla, UN solo Table aunque ocupe varias páginas, con su fila de títulos (TH,
/Scope /Column) una sola vez (las repetidas arriba de cada página son artefactos), y una TR por fila con tantas celdas
como columnas (una celda en blanco es un TD vacío; el título de un grupo, un TH con /Scope /Row, y un subtotal o
total, un TD, los dos con /ColSpan de todas las columnas); cada miembro, asiento, país o movimiento de la base en su
fila y en su orden; el QR, una Figure cuyo texto alternativo lleva el código de verificación; los avisos de la
composición, su título (H2) y un P por aviso. Y lo que todo PDF etiquetado cumple
(test_pdf_etiquetado.comprobar_etiquetado).

El árbol de estas tablas se escribe sin pikepdf (estructura_en_bloque.py): un padrón de 1.500 miembros hecho con el
escritor lo prueba con varios flujos de objetos, y el PDF sigue cumpliendo las reglas de PDF/A-2B y de PDF/UA.
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from documentos_de_la_demo import bien, cli, en_la_base
from lectura_de_etiquetas import recorrer
from test_pdf_etiquetado import _hijos, comprobar_etiquetado

TITULOS = {
    "padron": {"es": ["Nº", "Nombre", "Región", "Tipo", "Población", "Ingreso", "Estado"],
               "pt": ["Nº", "Nome", "Região", "Tipo", "População", "Adesão", "Situação"]},
    "cobranza": {"es": ["País", "Miembros", "Facturado", "Cobrado", "Pendiente", "% cobrado"],
                 "pt": ["País", "Membros", "Faturado", "Recebido", "Pendente", "% recebido"]},
}
TITULO = {"padron": {"es": "Padrón de miembros", "pt": "Cadastro de membros"},
          "composicion": {"es": "Composición del órgano", "pt": "Composição do órgão"},
          "estado_cuenta": {"es": "Estado de cuenta", "pt": "Extrato de conta"}}
ORGANO = {"es": "Órgano", "pt": "Órgão"}
MIEMBRO = {"es": "Miembro", "pt": "Membro"}
QR = {"es": "Código QR con el código de verificación {0}", "pt": "Código QR com o código de verificação {0}"}


@pytest.fixture(scope="module")
def base(tmp_path_factory, demo_creada_por_la_cli) -> tuple[Path, Path]:
    carpeta = tmp_path_factory.mktemp("etiquetas_tablas")
    db = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, db)
    return carpeta, db



_HECHOS: dict = {}
_ABIERTOS: list = []


def leer(ruta: Path, idioma: str) -> list:
    """Lo que todo PDF etiquetado cumple (`comprobar_etiquetado`) y sus elementos en orden de lectura, con el PDF
    abierto (los atributos de cada elemento se leen de él)."""
    comprobar_etiquetado(ruta, idioma)
    pdf = pikepdf.open(ruta)
    _ABIERTOS.append(pdf)
    return recorrer(pdf)[0]


def _anio(contexto) -> int:
    """El último año con cuotas emitidas (el resumen de cobranza de ese año tiene filas)."""
    from escritorio.servicios.base import hoy
    from escritorio.servicios.cobranza import padron_de_cuotas, resumen_por_pais

    return next(a for a in range(hoy().year, hoy().year - 10, -1) if resumen_por_pais(padron_de_cuotas(contexto, a)))


def _deudor(contexto) -> int:
    """Un miembro con movimientos: el de más cargos."""
    from escritorio.servicios.cobranza import estados_de_cuenta
    from escritorio.servicios.miembros import listar_miembros

    miembros = [m["id"] for m in listar_miembros(contexto)][:20]
    return max(miembros, key=lambda m: sum(len(e.movimientos) for e in estados_de_cuenta(contexto, m)))


def documento(base, tipo: str, idioma: str) -> Path:
    clave = (tipo, idioma)
    if clave not in _HECHOS:
        carpeta, db = base
        ruta = carpeta / f"{tipo}_{idioma}.pdf"
        orden = {"padron": lambda: ("miembros", "padron", ruta),
                 "cobranza": lambda: ("cuotas", "cobranza", en_la_base(db, _anio), ruta),
                 "composicion": lambda: ("organos", "composicion", "Consejo", "--pdf", ruta),
                 "estado_cuenta": lambda: ("cuotas", "estado-cuenta", ruta, "--miembro", en_la_base(db, _deudor)),
                 }[tipo]()
        bien(cli(carpeta, db, "--idioma", idioma, *orden))
        _HECHOS[clave] = ruta
    return _HECHOS[clave]


def _atributo(elemento, nombre: str) -> int | str | None:
    atributos = elemento.objeto.get("/A")
    if atributos is None or nombre not in atributos:
        return None
    valor = atributos[nombre]
    return str(valor) if isinstance(valor, pikepdf.Name) else int(valor)


def _filas(elementos, tabla) -> list[list]:
    """Las filas de `tabla` (un Table): cada una, la lista de sus celdas (los Elemento TH/TD)."""
    assert tabla.rol == "Table"
    filas = _hijos(elementos, elementos.index(tabla))
    assert {f.rol for f in filas} == {"TR"}
    return [_hijos(elementos, elementos.index(f)) for f in filas]


def _comprobar_filas(filas: list[list], columnas: int) -> None:
    """Toda fila tiene `columnas` celdas (contando /ColSpan); la primera, los títulos (TH, /Scope /Column); una fila
    de una celda es un grupo (TH, /Scope /Row) o un cierre (TD), que abarca todas."""
    assert [c.rol for c in filas[0]] == ["TH"] * columnas
    assert {c.alcance for c in filas[0]} == {"Column"}
    for fila in filas[1:]:
        assert sum(_atributo(c, "/ColSpan") or 1 for c in fila) == columnas, [c.texto for c in fila]
        if len(fila) == 1:
            assert _atributo(fila[0], "/ColSpan") == columnas
            assert (fila[0].rol, fila[0].alcance) in (("TH", "Row"), ("TD", None)), fila[0].texto
            assert fila[0].texto
        else:
            assert {c.rol for c in fila} == {"TD"}


def _tablas(elementos) -> list:
    return [e for e in elementos if e.rol == "Table"]


def _paginas_de(elementos, tabla) -> set[int]:
    indice = elementos.index(tabla)
    paginas = set()
    for e in elementos[indice + 1:]:
        if e.profundidad <= tabla.profundidad:
            break
        paginas |= {pagina for pagina, _ in e.contenido}
    return paginas


def _titulo(elementos, esperado: str) -> None:
    encabezados = [e for e in elementos if re.fullmatch(r"H\d", e.rol)]
    assert encabezados[0].rol == "H1" and encabezados[0].texto == esperado
    assert [e.rol for e in elementos].count("H1") == 1


def _ficha(elementos, tabla) -> dict[str, str]:
    """La ficha: una TR por par, TH (/Scope /Row) y TD."""
    filas = _filas(elementos, tabla)
    assert all([c.rol for c in f] == ["TH", "TD"] and f[0].alcance == "Row" for f in filas)
    return {f[0].texto: f[1].texto for f in filas}


def _figura_del_qr(ruta: Path, elementos, idioma: str):
    with pikepdf.open(ruta) as pdf:
        codigo = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", str(pdf.docinfo.Keywords)).group(0)
    [figura] = [e for e in elementos if e.rol == "Figure"]
    assert figura.alt == QR[idioma].format(codigo)
    return figura


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_el_padron_es_una_tabla_con_un_miembro_por_fila(base, idioma):
    from escritorio.servicios.padron import miembros_del_padron

    ruta = documento(base, "padron", idioma)
    elementos = leer(ruta, idioma)
    _titulo(elementos, TITULO["padron"][idioma])
    [tabla] = _tablas(elementos)   # una sola, aunque ocupe varias páginas
    with pikepdf.open(ruta) as pdf:
        assert len(pdf.pages) > 1
        assert _paginas_de(elementos, tabla) == set(range(len(pdf.pages)))
    filas = _filas(elementos, tabla)
    _comprobar_filas(filas, 7)
    assert [c.texto for c in filas[0]] == TITULOS["padron"][idioma]
    assert sum(c.rol == "TH" and c.alcance == "Column" for c in elementos) == 7   # los repetidos, artefactos

    _, miembros = en_la_base(base[1], lambda contexto: miembros_del_padron(contexto))
    datos = [f for f in filas[1:] if len(f) == 7]
    assert len(datos) == len(miembros)
    for numero, (fila, miembro) in enumerate(zip(datos, miembros), start=1):
        assert fila[0].texto == str(numero)
        assert fila[1].texto.startswith(" ".join(miembro["nombre"].split()))
    grupos = [f[0].texto for f in filas[1:] if len(f) == 1 and f[0].rol == "TH"]
    paises = list(dict.fromkeys(m["pais_nombre"] for m in miembros))
    assert len(grupos) == len(paises)
    if idioma == "es":
        assert grupos == paises
    cierres = [f[0].texto for f in filas[1:] if len(f) == 1 and f[0].rol == "TD"]
    assert len(cierres) == len(paises) + 1 and cierres[-1].startswith("Total")
    _figura_del_qr(ruta, elementos, idioma)


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_el_resumen_de_cobranza_tiene_un_pais_por_fila(base, idioma):
    from escritorio.servicios.cobranza import padron_de_cuotas, resumen_por_pais

    ruta = documento(base, "cobranza", idioma)
    elementos = leer(ruta, idioma)
    [tabla] = _tablas(elementos)
    filas = _filas(elementos, tabla)
    _comprobar_filas(filas, 6)
    assert [c.texto for c in filas[0]] == TITULOS["cobranza"][idioma]
    resumen = en_la_base(base[1], lambda contexto: resumen_por_pais(padron_de_cuotas(contexto, _anio(contexto))))
    datos = [f for f in filas[1:] if len(f) == 6]
    assert [f[1].texto for f in datos] == [re.sub(r"\D", "", str(r.miembros)) for r in resumen]
    if idioma == "es":
        assert [f[0].texto for f in datos] == [r.pais for r in resumen]
    assert len(filas) == 1 + len(resumen) + len({r.moneda for r in resumen})   # un total por moneda


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_la_composicion_tiene_su_ficha_su_qr_y_un_asiento_por_fila(base, idioma):
    from escritorio.documentos.pdf.organos import en_orden_de_lectura
    from escritorio.servicios.base import hoy
    from escritorio.servicios.organos import composicion, listar_organos

    ruta = documento(base, "composicion", idioma)
    elementos = leer(ruta, idioma)
    _titulo(elementos, TITULO["composicion"][idioma])
    ficha, asientos = _tablas(elementos)
    assert _ficha(elementos, ficha)[ORGANO[idioma]] == "Consejo"
    figura = _figura_del_qr(ruta, elementos, idioma)
    # En el orden de lectura: el título, la ficha, el QR, los asientos.
    assert elementos.index(ficha) < elementos.index(figura) < elementos.index(asientos)
    def del_consejo(contexto):
        organo = next(o for o in listar_organos(contexto) if o["nombre"] == "Consejo")
        return composicion(contexto, organo["id"], hoy(), cuotas=True)

    datos = en_la_base(base[1], del_consejo)
    filas = _filas(elementos, asientos)
    _comprobar_filas(filas, 7)
    assert [f[0].texto for f in filas[1:]] == [a.miembro or a.persona for a in en_orden_de_lectura(datos.asientos)]
    assert [f[2].texto for f in filas[1:]] == [a.persona or "—" for a in en_orden_de_lectura(datos.asientos)]
    # Los avisos (o la constancia de que se cumplen), después de la tabla.
    despues = [e for e in elementos[elementos.index(asientos):] if e.profundidad == 1][1:]
    if datos.avisos:
        assert despues[0].rol == "H2" and [e.rol for e in despues[1:]] == ["P"] * len(datos.avisos)
    else:
        assert [e.rol for e in despues] == ["P"] and despues[0].texto


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_el_estado_de_cuenta_tiene_un_movimiento_por_fila(base, idioma):
    from escritorio.servicios.cobranza import estados_de_cuenta

    ruta = documento(base, "estado_cuenta", idioma)
    elementos = leer(ruta, idioma)
    _titulo(elementos, TITULO["estado_cuenta"][idioma])
    ficha, movimientos = _tablas(elementos)
    miembro = en_la_base(base[1], _deudor)
    estados = en_la_base(base[1], lambda contexto: estados_de_cuenta(contexto, miembro))
    nombre = estados[0].miembro["nombre"]
    assert _ficha(elementos, ficha)[MIEMBRO[idioma]] == nombre
    figura = _figura_del_qr(ruta, elementos, idioma)
    assert elementos.index(ficha) < elementos.index(figura) < elementos.index(movimientos)
    filas = _filas(elementos, movimientos)
    _comprobar_filas(filas, 5)
    datos = [f for f in filas[1:] if len(f) == 5]
    assert len(datos) == sum(len(e.movimientos) for e in estados)
    vacias = [c for f in datos for c in f if not c.texto]
    assert vacias and all(c.rol == "TD" and not c.contenido for c in vacias)   # el debe o el haber en blanco
    # Por cuenta: el saldo (Total) y lo vencido (Subtotal), cada uno una celda de todo el ancho.
    assert sum(len(f) == 1 and f[0].rol == "TD" for f in filas[1:]) == 2 * len(estados)


def test_una_tabla_vacia_dice_que_no_hay_datos_en_un_parrafo(tmp_path):
    from escritorio.documentos.pdf.padron import escribir_padron_pdf

    ruta = tmp_path / "vacio.pdf"
    escribir_padron_pdf(ruta, asociacion="Red", sigla="R", papel="A4", fecha=date(2026, 3, 1), grupos=[])
    elementos = leer(ruta, "es")
    assert [(e.rol, e.texto) for e in elementos[1:]] == [("H1", "Padrón de miembros"),
                                                          ("P", "No hay miembros para listar.")]


def test_un_padron_grande_en_varios_flujos_de_objetos_cumple_pdfa_y_pdfua(tmp_path):
    """1.500 miembros: 12.000 elementos en siete flujos de objetos, escritos como actualización incremental."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rendimiento"))
    from bench_padron_pdf import padron_de_prueba
    from reglas_pdfa import faltas
    from reglas_pdfua import faltas_pdfua

    from escritorio.documentos.pdf.padron import escribir_padron_pdf

    ruta = tmp_path / "grande.pdf"
    grupos = padron_de_prueba(1500)
    escribir_padron_pdf(ruta, asociacion="Red", sigla="R", papel="A4", fecha=date(2026, 3, 1), grupos=grupos)
    assert {regla: lista for regla, lista in faltas_pdfua(ruta).items() if lista} == {}
    assert faltas(ruta.read_bytes()) == {}
    elementos = leer(ruta, "es")
    [tabla] = _tablas(elementos)
    filas = _filas(elementos, tabla)
    _comprobar_filas(filas, 7)
    nombres = [f[1].texto for f in filas[1:] if len(f) == 7]
    assert nombres == [" ".join(m.nombre.split()) + (" · fundador" if m.fundador else "")
                       for g in grupos for m in g.filas]
    assert [f[0].texto for f in filas[1:] if len(f) == 1 and f[0].rol == "TH"] == [g.pais for g in grupos]


def test_los_avisos_de_una_composicion_larga_son_un_h2_y_un_parrafo_cada_uno(tmp_path):
    """300 asientos y 40 avisos largos: los avisos siguen en otra página; cada uno es un P, también el que se parte, y
    el título repetido «Avisos (continuación)» es un artefacto."""
    from test_documentos_organos import ASOCIACION, composicion_consejo

    from escritorio.documentos.pdf.organos import escribir_composicion_pdf

    ruta = tmp_path / "asamblea.pdf"
    avisos = [f"Asamblea: aviso número {i} sobre la composición, " + "con un texto que ocupa varias líneas " * 6
              for i in range(40)]
    escribir_composicion_pdf(ruta, **ASOCIACION, composicion=composicion_consejo(avisos, cantidad=300),
                             al=date(2025, 6, 1))
    elementos = leer(ruta, "es")
    ficha, asientos = _tablas(elementos)
    _comprobar_filas(_filas(elementos, asientos), 7)
    despues = [e for e in elementos[elementos.index(asientos):] if e.profundidad == 1][1:]
    assert [e.rol for e in despues] == ["H2"] + ["P"] * 40
    assert despues[0].texto == "Avisos (40)"
    assert [e.texto for e in despues[1:]] == [" ".join(a.split()) for a in avisos]
    partidos = [e for e in despues[1:] if len({pagina for pagina, _ in e.contenido}) > 1]
    assert partidos, "ningún aviso sigue en la página siguiente: la prueba no prueba eso"
