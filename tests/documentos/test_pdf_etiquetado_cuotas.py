"""Issue 83 §1: los recibos (el original, la COPIA de una reimpresión, el de un pago anulado y el lote) y los avisos de
cobro salen como PDF etiquetados que un lector de pantalla recorre en el orden del documento.

Son documentos dibujados a mano sobre el lienzo (documentos/pdf/recibo.py y avisos.py). Cada uno se pide a la CLI
(en el proceso: documentos_de_la_demo.cli) sobre una copia de la red de ejemplo, en castellano y en portugués; el
lote, al servicio que escribe los recibos (el programa no emite lotes). La prueba recorre el árbol en orden
(lectura_de_etiquetas.py) y lo compara con lo que dice la base por el servicio: cada recibo y cada carta es una
sección (Sect) con su H1; los datos del pago, una tabla de pares rótulo (TH, Scope Row) y valor (TD) con el importe
en letras como P dentro de la celda del importe; los conceptos y los cargos, tablas con títulos (TH, Scope Column) y
el total (TH, Scope Row; en los avisos ocupa tres columnas, /ColSpan); el QR, una figura con el código en su texto
alternativo. Y lo de todo PDF etiquetado: cada MCID una vez en el árbol y su /ParentTree, ningún texto ni trazo
fuera del árbol salvo los artefactos (las marcas de agua en contornos, reglas, fondos y el pie).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pikepdf
import pytest

from documentos_de_la_demo import bien, cli, en_la_base
from lectura_de_etiquetas import recorrer

IDIOMAS = {"es": "es", "pt": "pt-BR"}
ROTULOS_DEL_PAGO = {"es": ["Recibimos de", "País", "La suma de", "Medio de pago", "Referencia", "Fecha del pago"],
                    "pt": ["Recebemos de", "País", "A quantia de", "Forma de pagamento", "Referência",
                           "Data do pagamento"]}
TITULOS_CONCEPTOS = {"es": ["Concepto", "Importe"], "pt": ["Descrição", "Valor"]}
TITULOS_CARGOS = {"es": ["Concepto", "Vencimiento", "Días de atraso", "Saldo"],
                  "pt": ["Descrição", "Vencimento", "Dias de atraso", "Saldo"]}
TITULO_RECIBO = {"es": "RECIBO Nº {0}", "pt": "RECIBO N.º {0}"}
COPIA = {"es": "COPIA Reimpresión n.º 1 del recibo original", "pt": "CÓPIA Reimpressão n.º 1 do recibo original"}
ANULADO = {"es": "RECIBO ANULADO el ", "pt": "RECIBO ANULADO em "}
MOTIVO = "Cheque rechazado por el banco"
# Lo que pinta algo en la página (texto, trazos, rellenos, imágenes): todo va en un elemento o en un artefacto.
_DIBUJA = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "INLINE IMAGE"}


@pytest.fixture(scope="module")
def bases(tmp_path_factory, demo_creada_por_la_cli) -> dict[str, tuple[Path, Path]]:
    """{idioma: (carpeta, base)}: una copia de la red de ejemplo por idioma (el original y la copia de un recibo
    salen en el orden en que se piden)."""
    hechas = {}
    for idioma in IDIOMAS:
        carpeta = tmp_path_factory.mktemp(f"cuotas_{idioma}")
        shutil.copy(demo_creada_por_la_cli, carpeta / "demo.db")
        hechas[idioma] = (carpeta, carpeta / "demo.db")
    return hechas



def _pagos(carpeta: Path, db: Path) -> list[dict]:
    return [p for p in json.loads(bien(cli(carpeta, db, "pagos", "listar", "--json"))) if not p.get("anulado_en")]


_HECHOS: dict = {}


def documento(bases, tipo: str, idioma: str) -> tuple[Path, list[dict]]:
    """El PDF de `tipo` en `idioma` (una vez por módulo) y los pagos que lleva (obtener_pago), o [] (avisos)."""
    from escritorio.servicios.pagos import obtener_pago

    clave = (tipo, idioma)
    if clave in _HECHOS:
        return _HECHOS[clave]
    carpeta, db = bases[idioma]
    ruta = carpeta / f"{tipo}.pdf"
    pagos = _pagos(carpeta, db)
    elegidos = {"original": pagos[:1], "copia": pagos[:1], "anulado": pagos[1:2], "lote": pagos[2:5]}.get(tipo, [])
    if tipo == "copia":
        documento(bases, "original", idioma)   # la copia es la segunda vez que sale el mismo recibo
    if tipo == "anulado":
        bien(cli(carpeta, db, "pagos", "anular", elegidos[0]["id"], "--motivo", MOTIVO))
    if tipo in ("original", "copia", "anulado"):
        bien(cli(carpeta, db, "--idioma", idioma, "pagos", "recibo", elegidos[0]["id"], ruta))
    elif tipo == "lote":
        _lote(db, ruta, idioma, [p["id"] for p in elegidos])
    else:
        bien(cli(carpeta, db, "--idioma", idioma, "cuotas", "avisos", ruta))
    _HECHOS[clave] = ruta, en_la_base(db, lambda contexto: [obtener_pago(contexto, p["id"]) for p in elegidos])
    return _HECHOS[clave]


def _lote(db: Path, ruta: Path, idioma: str, pagos: list[int]) -> None:
    """Varios recibos en un PDF, con el escritor que usa el recibo suelto (como documentos_de_la_demo)."""
    from escritorio.documentos.pdf.recibo import escribir_recibos_pdf
    from escritorio.idiomas.traduccion import en_idioma
    from escritorio.servicios.idioma_de_los_documentos import idioma_del_documento, idioma_pedido
    from escritorio.servicios.pagos import obtener_pago

    def escribir(contexto):
        with idioma_pedido(idioma), en_idioma(idioma_del_documento(contexto)):
            escribir_recibos_pdf(ruta, asociacion="Red de Ciudades del Sur (ejemplo)", sigla="RCS", papel="A4",
                                 pagos=[obtener_pago(contexto, p) for p in pagos])

    en_la_base(db, escribir)


def comprobar_etiquetado(ruta: Path, idioma: str) -> list:
    """Lo que todo PDF etiquetado cumple (como test_pdf_etiquetado.comprobar_etiquetado, sin números de página: un
    recibo y una carta no los llevan); devuelve los elementos del árbol en orden de lectura."""
    with pikepdf.open(ruta) as pdf:
        raiz = pdf.Root
        assert bool(raiz.MarkInfo.Marked) is True and bool(raiz.ViewerPreferences.DisplayDocTitle) is True
        assert str(raiz.Lang) == IDIOMAS[idioma]
        elementos, usados, paginas = recorrer(pdf)
        assert elementos[0].rol == "Document"
        marcados = {(i, m) for i, p in enumerate(paginas) for m in p.por_mcid}
        assert set(usados) == marcados and all(veces == 1 for veces in usados.values())
        assert [p.fuera for p in paginas] == [[] for _ in paginas], "texto fuera del árbol y de los artefactos"
        numeros = list(raiz.StructTreeRoot.ParentTree.Nums)
        arbol_padres = dict(zip([int(n) for n in numeros[0::2]], numeros[1::2]))
        dueno = {clave: e.objeto.objgen for e in elementos for clave in e.contenido}
        for indice, pagina in enumerate(pdf.pages):
            padres = arbol_padres[int(pagina.obj.StructParents)]
            assert [e.objgen for e in padres] == [dueno[(indice, m)] for m in range(len(padres))]
            assert _pintado_fuera(pagina) == [], f"página {indice + 1}: se pinta fuera de toda marca"
        for e in elementos:
            if e.rol in ("P", "H1", "H2", "TH"):
                assert e.texto, f"{e.rol} vacío"
            if e.rol == "Figure":
                assert e.alt, "una figura sin texto alternativo"
            atributos = e.objeto.get("/A")
            e.columnas = int(atributos.get("/ColSpan", 1)) if atributos is not None else 1   # leído con el PDF abierto
        return elementos


def _pintado_fuera(pagina) -> list[str]:
    """Los operadores que pintan (texto, trazos, rellenos) fuera de todo elemento y de todo artefacto."""
    pila, fuera = [], []
    for operandos, operador in pikepdf.parse_content_stream(pagina):
        op = str(operador)
        if op in ("BDC", "BMC"):
            pila.append(op)
        elif op == "EMC":
            pila.pop()
        elif op in _DIBUJA and not pila:
            fuera.append(op)
    return fuera


def _hijos(elementos, elemento) -> list:
    indice = elementos.index(elemento)
    profundidad = elemento.profundidad
    hijos = []
    for e in elementos[indice + 1:]:
        if e.profundidad <= profundidad:
            break
        if e.profundidad == profundidad + 1:
            hijos.append(e)
    return hijos


def _filas(elementos, tabla) -> list[list]:
    filas = _hijos(elementos, tabla)
    assert [f.rol for f in filas] == ["TR"] * len(filas)
    return [_hijos(elementos, f) for f in filas]


def _secciones(elementos) -> list:
    secciones = _hijos(elementos, elementos[0])
    assert [s.rol for s in secciones] == ["Sect"] * len(secciones)
    return secciones


def _en_el_idioma(idioma: str, funcion):
    from escritorio.idiomas.traduccion import en_idioma

    with en_idioma(idioma):
        return funcion()


def _un_recibo(elementos, seccion, pago: dict, idioma: str, *, con_sello: bool = True) -> list:
    """El recibo de `pago` en su sección: H1, los datos como tabla de pares, los conceptos con su total y el QR (el
    lote, que se escribe sin códigos de verificación, no lo lleva). Devuelve los hijos de la sección."""
    from escritorio.documentos.pdf.recibo import _preparar
    from escritorio.dominio.dinero import formatear

    recibo = _en_el_idioma(idioma, lambda: _preparar(pago))
    hijos = _hijos(elementos, seccion)
    assert (hijos[0].rol, hijos[0].texto) == ("H1", TITULO_RECIBO[idioma].format(pago["recibo"]))
    assert [e.rol for e in elementos[elementos.index(seccion):] if e.rol == "H1"][:1] == ["H1"]
    datos, conceptos = [h for h in hijos if h.rol == "Table"]
    # Los datos del pago: pares rótulo (TH, Scope Row) y valor (TD), en el orden del recibo.
    pares = _filas(elementos, datos)
    assert all([c.rol for c in fila] == ["TH", "TD"] and fila[0].alcance == "Row" for fila in pares)
    rotulos = [fila[0].texto for fila in pares]
    assert [r for r in ROTULOS_DEL_PAGO[idioma] if r in rotulos] == rotulos
    valores = {fila[0].texto: fila[1] for fila in pares}
    assert valores[ROTULOS_DEL_PAGO[idioma][0]].texto == pago["miembro"]
    importe = valores[ROTULOS_DEL_PAGO[idioma][2]]
    assert importe.texto == formatear(pago["importe"], pago["moneda"])
    # El importe en letras: un P dentro de la celda del importe en cifras (la misma suma).
    [en_letras] = _hijos(elementos, importe)
    assert (en_letras.rol, en_letras.texto) == ("P", " ".join(recibo.en_letras.split()))
    assert valores[ROTULOS_DEL_PAGO[idioma][3]].texto == recibo.medio
    # «En concepto de:» (H2) y la tabla: títulos (Scope Column), un renglón por concepto, el total (Scope Row).
    assert hijos[hijos.index(conceptos) - 1].rol == "H2"
    filas = _filas(elementos, conceptos)
    assert [(c.rol, c.alcance, c.texto) for c in filas[0]] == [("TH", "Column", t) for t in TITULOS_CONCEPTOS[idioma]]
    assert [[c.texto for c in fila] for fila in filas[1:-1]] == \
        [[concepto, formatear(monto, moneda)] for concepto, monto, moneda in recibo.renglones]
    assert [(c.rol, c.alcance) for c in filas[-1]] == [("TH", "Row"), ("TD", None)]
    assert filas[-1][1].texto == recibo.total
    # El QR: una figura con el código de verificación en su texto alternativo, y el código en letras después.
    figuras = [h for h in hijos if h.rol == "Figure"]
    assert len(figuras) == con_sello
    if not con_sello:
        return hijos
    figura = figuras[0]
    siguiente = hijos[hijos.index(figura) + 1]
    codigo = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", siguiente.texto)
    assert codigo and codigo.group() in figura.alt
    assert figura.alt.startswith({"es": "Código QR con ", "pt": "Código QR com "}[idioma])
    return hijos


@pytest.mark.parametrize("idioma", ["es", "pt"])
@pytest.mark.parametrize("tipo", ["original", "copia", "anulado"])
def test_el_recibo_se_lee_en_el_orden_del_documento(bases, tipo, idioma):
    ruta, [pago] = documento(bases, tipo, idioma)
    elementos = comprobar_etiquetado(ruta, idioma)
    [seccion] = _secciones(elementos)
    hijos = _un_recibo(elementos, seccion, pago, idioma)
    # Lo que dice que es una COPIA o que está ANULADO: párrafos antes de los datos del pago (las marcas de agua,
    # en contornos, son artefactos: no son texto ni se leen dos veces).
    datos = next(i for i, h in enumerate(hijos) if h.rol == "Table")
    avisos = [h.texto for h in hijos[:datos] if h.rol == "P"]
    copia = [t for t in avisos if t.startswith(COPIA[idioma])]
    anulado = [t for t in avisos if t.startswith(ANULADO[idioma])]
    assert (len(copia), len(anulado)) == {"original": (0, 0), "copia": (1, 0), "anulado": (0, 1)}[tipo]
    if tipo == "anulado":
        assert avisos[avisos.index(anulado[0]) + 1] == f"Motivo: {MOTIVO}"
    assert not any(e.texto in ("COPIA", "CÓPIA", "ANULADO") for e in elementos)


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_cada_recibo_del_lote_es_una_seccion_en_su_pagina(bases, idioma):
    ruta, pagos = documento(bases, "lote", idioma)
    elementos = comprobar_etiquetado(ruta, idioma)
    secciones = _secciones(elementos)
    assert len(secciones) == len(pagos) == 3
    for numero, (seccion, pago) in enumerate(zip(secciones, pagos)):
        _un_recibo(elementos, seccion, pago, idioma, con_sello=False)
        indice = elementos.index(seccion)
        fin = next((elementos.index(s) for s in secciones[numero + 1:]), len(elementos))
        assert {p for e in elementos[indice:fin] for p, _ in e.contenido} == {numero}


def _avisos(db: Path, idioma: str):
    """Las cartas que salen del lote (antes de generarlo: lo mismo que preparar_avisos deja para el PDF)."""
    from escritorio.servicios.cobranza import preparar_avisos

    return en_la_base(db, lambda contexto: _en_el_idioma(idioma, lambda: preparar_avisos(contexto)))


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_cada_aviso_de_cobro_es_una_carta_que_se_lee_en_orden(bases, idioma):
    from escritorio.documentos.pdf.avisos import _destinatario, lineas_total, referencia_de
    from escritorio.dominio.dinero import formatear

    carpeta, db = bases[idioma]
    avisos = _avisos(db, idioma)
    ruta, _ = documento(bases, "avisos", idioma)
    elementos = comprobar_etiquetado(ruta, idioma)
    secciones = _secciones(elementos)
    assert len(secciones) == len(avisos) > 1
    for seccion, aviso in zip(secciones, avisos):
        hijos = _hijos(elementos, seccion)
        roles = [h.rol for h in hijos]
        # El membrete, el lugar y la fecha y el destinatario en párrafos; la referencia, el título de la carta.
        h1 = roles.index("H1")
        assert roles.count("H1") == 1 and roles[:h1] == ["P"] * h1
        referencia = _en_el_idioma(idioma, lambda: referencia_de(aviso))
        assert hijos[h1].texto == {"es": "Ref.: {0}", "pt": "Ref.: {0}"}[idioma].format(referencia)
        destinatario = _en_el_idioma(idioma, lambda: _destinatario(aviso))
        assert hijos[h1 - 1].texto == " ".join(" ".join(t for t, _ in destinatario).split())
        # La tabla de los cargos: títulos (Scope Column), un renglón por cargo, el total (TH Scope Row en tres
        # columnas y su TD): todas las filas de cuatro columnas.
        [tabla] = [h for h in hijos if h.rol == "Table"]
        filas = _filas(elementos, tabla)
        assert [(c.rol, c.alcance, c.texto) for c in filas[0]] == [("TH", "Column", t) for t in TITULOS_CARGOS[idioma]]
        cuerpo = filas[1:-1]
        assert all([c.rol for c in fila] == ["TD"] * 4 for fila in cuerpo)
        if len(cuerpo) == len(aviso.cargos):
            ordenados = sorted(aviso.cargos, key=lambda c: (str(c["vencimiento"]), str(c.get("concepto", ""))))
            assert [(f[0].texto, f[3].texto) for f in cuerpo] == \
                [(c["concepto"], formatear(int(c["saldo"]), c.get("moneda") or aviso.moneda)) for c in ordenados]
        total = filas[-1]
        assert [(c.rol, c.alcance) for c in total] == [("TH", "Row"), ("TD", None)]
        assert [c.columnas for c in total] == [3, 1]
        assert total[1].texto == " ".join(_en_el_idioma(idioma, lambda: lineas_total(aviso, 1e6)))
        # Los párrafos de la carta antes y después de la tabla, la firma y el QR del código de la carta.
        assert roles[roles.index("Table") - 1] == "P" and roles[roles.index("Table") + 1] == "P"
        [figura] = [h for h in hijos if h.rol == "Figure"]
        codigo = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", hijos[hijos.index(figura) + 1].texto)
        assert codigo and codigo.group() in figura.alt


def test_una_carta_con_mas_cargos_de_los_que_caben_sigue_siendo_una_tabla_regular(tmp_path):
    """El renglón que resume los cargos más recientes no tiene vencimiento ni días: sus celdas vacías son TD sin
    contenido, y la fila sigue teniendo cuatro columnas; el total en dos monedas, dos líneas en el mismo TD."""
    from datetime import date

    from escritorio.documentos.pdf.avisos import escribir_avisos_pdf
    from escritorio.servicios.cobranza import Aviso

    cargos = [{"cargo_id": i, "nivel": 3, "concepto": f"Cuota anual {1990 + i}", "vencimiento": date(1990 + i, 3, 31),
               "saldo": 60000, "moneda": "USD" if i < 30 else "EUR", "dias": 100} for i in range(36)]
    aviso = Aviso(7, "Paraná", "Argentina", 3, cargos, 60000 * 36, "USD", totales={"USD": 1800000, "EUR": 360000})
    ruta = tmp_path / "avisos.pdf"
    escribir_avisos_pdf(ruta, asociacion="AMS", sigla="AMS", papel="A4", avisos=[aviso], fecha=date(2026, 3, 5))
    elementos = comprobar_etiquetado(ruta, "es")
    [tabla] = [e for e in elementos if e.rol == "Table"]
    filas = _filas(elementos, tabla)
    resumen = filas[-2]
    assert [c.rol for c in resumen] == ["TD"] * 4
    assert re.fullmatch(r"Otros \d+ cargos más recientes", resumen[0].texto)
    assert [c.texto for c in resumen[1:3]] == ["", ""] and [c.contenido for c in resumen[1:3]] == [[], []]
    assert [c.texto for c in filas[-1]] == ["Total adeudado", "USD 18.000,00 y EUR 3.600,00"]


def test_un_recibo_sin_importe_en_un_renglon_sigue_siendo_una_tabla_regular(tmp_path):
    """Los conceptos que no caben se resumen en un renglón; en monedas distintas, sin importe: un TD vacío."""
    from escritorio.documentos.pdf.recibo import escribir_recibo_pdf

    imputaciones = [{"tipo_cargo": "cuota_anual", "anio": 1980 + i, "importe": 1000, "moneda": "USD" if i % 2 else
                     "EUR"} for i in range(40)]
    pago = dict(recibo="0042/2026", fecha="2026-03-05", importe=40000, moneda="USD", moneda_imputacion="USD",
                importe_imputable=40000, medio="transferencia", referencia="", miembro="Córdoba", pais="AR",
                imputaciones=imputaciones)
    ruta = tmp_path / "recibo.pdf"
    escribir_recibo_pdf(ruta, asociacion="AMS", sigla="AMS", papel="A4", pago=pago)
    elementos = comprobar_etiquetado(ruta, "es")
    conceptos = [e for e in elementos if e.rol == "Table"][1]
    filas = _filas(elementos, conceptos)
    assert all(len(fila) == 2 for fila in filas)
    assert filas[-2][0].texto.startswith("Otros ") and (filas[-2][1].rol, filas[-2][1].contenido) == ("TD", [])
