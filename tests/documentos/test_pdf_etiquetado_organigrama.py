"""Issue 83 §1: el informe de una unidad temática y el organigrama salen como PDF etiquetados que un lector de
pantalla recorre en el orden del documento.

Cada documento se pide a la CLI (en el proceso: documentos_de_la_demo.cli) sobre una copia de la red de ejemplo, en
castellano y en portugués, y su árbol se lee en orden (lectura_de_etiquetas.py) y se compara con lo que dice la base,
leída por el servicio que usa la CLI. El informe: el nombre de la unidad (H1), cada sección (H2), sus objetivos, y
las tablas de coordinación, participantes y plan de trabajo con su fila de títulos (TH, Scope Column) y una fila
(TR) por asiento o actividad con sus celdas (TD); lo que escribió la secretaría (el nombre, los objetivos, el título
y el resultado de cada actividad) con /Lang «es» en el documento en portugués. El organigrama, que es un dibujo: el
título (H1) y el árbol como listas anidadas (L > LI > LBody, la lista de los dependientes de un órgano dentro de su
LBody), cada órgano de la base una sola vez, dentro del de su órgano superior, con su nombre, su tipo y sus
titulares; en el orden del árbol: la raíz primero (más arriba que sus dependientes) y los dependientes de izquierda a
derecha (una pila o una columna de una caja-lista, de arriba abajo), medido con la posición de cada texto en la
página. Y lo que todo PDF etiquetado cumple (test_pdf_etiquetado.comprobar_etiquetado).
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from documentos_de_la_demo import bien, cli, en_la_base
from test_pdf_etiquetado import _hijos, comprobar_etiquetado

SECCIONES = {"es": ["Objetivos", "Coordinación", "Ciudades participantes ({0})", "Plan de trabajo"],
             "pt": ["Objetivos", "Coordenação", "Cidades participantes ({0})", "Plano de trabalho"]}
TITULOS_COORDINACION = {"es": ["Cargo", "Ciudad", "País", "Persona", "Mandato"],
                        "pt": ["Cargo", "Cidade", "País", "Pessoa", "Mandato"]}
TITULOS_PARTICIPANTES = {"es": ["Ciudad", "País", "Persona", "Cargo", "Desde"],
                         "pt": ["Cidade", "País", "Pessoa", "Cargo", "Desde"]}
TITULOS_PLAN = {"es": ["Título", "Fechas", "Estado", "Responsable", "Resultado"],
                "pt": ["Título", "Datas", "Situação", "Responsável", "Resultado"]}
TITULO_ORGANIGRAMA = {"es": "Organigrama al ", "pt": "Organograma em "}
# Los cargos de la tabla de coordinación (pdf/unidades.py); los demás asientos van en la de participantes.
_COORDINACION = ("coordinador", "subcoordinador", "presidente", "vicepresidente", "secretario")


@pytest.fixture(scope="module")
def base(tmp_path_factory, demo_creada_por_la_cli) -> tuple[Path, Path]:
    carpeta = tmp_path_factory.mktemp("etiquetas_organos")
    db = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, db)
    return carpeta, db



def _normal(texto) -> str:
    return " ".join(str(texto or "").split())


# --- Informe de una unidad temática ----------------------------------------------------------------------------


def _unidad(contexto):
    """La unidad que se imprime (la primera, como documentos_de_la_demo), su composición hoy y su plan de trabajo."""
    from escritorio.servicios.base import hoy
    from escritorio.servicios.organos import composicion
    from escritorio.servicios.unidades import actividades, unidades

    unidad = unidades(contexto)[0]
    return unidad, composicion(contexto, unidad["id"], hoy()), actividades(contexto.db, unidad["id"])


def _filas(elementos, tabla) -> list[list]:
    assert tabla.rol == "Table"
    return [_hijos(elementos, elementos.index(f)) for f in _hijos(elementos, elementos.index(tabla))]


def _comprobar_tabla(elementos, tabla, titulos: list[str]) -> tuple[list[list[str]], list[list]]:
    """La fila de títulos (TH con Scope Column) y las de datos (TD), todas del mismo largo; devuelve los textos y las
    celdas de las de datos."""
    filas = _filas(elementos, tabla)
    assert [(c.rol, c.alcance, c.texto) for c in filas[0]] == [("TH", "Column", t) for t in titulos]
    assert all([c.rol for c in fila] == ["TD"] * len(titulos) for fila in filas[1:])
    return [[c.texto for c in fila] for fila in filas[1:]], filas[1:]


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_el_informe_de_la_unidad_se_lee_en_el_orden_del_documento(base, idioma):
    carpeta, db = base
    unidad, comp, plan = en_la_base(db, _unidad)
    ruta = carpeta / f"unidad_{idioma}.pdf"
    bien(cli(carpeta, db, "--idioma", idioma, "unidades", "informe", unidad["id"], ruta, "--reemplazar"))
    elementos = comprobar_etiquetado(ruta, idioma)
    guardado = "es" if idioma == "pt" else None   # la red de ejemplo escribe en castellano
    raiz = _hijos(elementos, 0)

    # El nombre de la unidad es el título (el membrete es un artefacto), con su idioma; después la línea de datos.
    assert (raiz[0].rol, raiz[0].texto, raiz[0].idioma) == ("H1", _normal(unidad["nombre"]), guardado)
    assert [e.rol for e in elementos].count("H1") == 1
    assert raiz[1].rol == "P" and raiz[1].idioma is None

    coordinan = [a for a in comp.asientos if a.cargo in _COORDINACION]
    otros = [a for a in comp.asientos if a.cargo not in _COORDINACION]
    secciones = [e for e in raiz if e.rol == "H2"]
    assert [s.texto for s in secciones] == [s.format(len(otros)) for s in SECCIONES[idioma]]

    # Los objetivos, tal como los escribió la secretaría, en su idioma.
    objetivos = raiz[raiz.index(secciones[0]) + 1]
    assert (objetivos.rol, objetivos.texto, objetivos.idioma) == ("P", _normal(unidad["atribuciones"]), guardado)

    # La coordinación: una fila por cargo, con su ciudad.
    tabla = raiz[raiz.index(secciones[1]) + 1]
    titulos = TITULOS_COORDINACION[idioma]
    if not any((a.persona or "").strip() for a in coordinan):
        titulos = titulos[:3] + titulos[4:]
    textos, _ = _comprobar_tabla(elementos, tabla, titulos)
    assert [f[1] for f in textos] == [_normal(a.miembro) for a in coordinan] and coordinan

    # Las ciudades participantes: una fila por cada una (ordenadas por país y nombre).
    tabla = raiz[raiz.index(secciones[2]) + 1]
    titulos = TITULOS_PARTICIPANTES[idioma]
    if not any((a.persona or "").strip() for a in otros):
        titulos = titulos[:2] + titulos[3:]
    textos, _ = _comprobar_tabla(elementos, tabla, titulos)
    assert sorted(f[0] for f in textos) == sorted(_normal(a.miembro) for a in otros) and otros

    # El plan de trabajo: su resumen y una fila por actividad; el título y el resultado, en su idioma.
    resumen, tabla = raiz[raiz.index(secciones[3]) + 1: raiz.index(secciones[3]) + 3]
    assert resumen.rol == "P" and resumen.texto.startswith(f"{len(plan)} ")
    textos, filas = _comprobar_tabla(elementos, tabla, TITULOS_PLAN[idioma])
    assert [f[0] for f in textos] == [_normal(a["titulo"]) for a in plan] and plan
    assert all(f[0].idioma == guardado for f in filas)
    for fila, actividad in zip(filas, plan):
        if actividad.get("resultado") and not actividad.get("informe_id"):
            assert (fila[4].texto, fila[4].idioma) == (_normal(actividad["resultado"]), guardado)
        assert all(c.idioma is None for c in fila[1:4])

    # Al final, el QR con su texto alternativo y el código.
    [figura] = [e for e in elementos if e.rol == "Figure"]
    assert figura.alt.startswith({"es": "Código QR con ", "pt": "Código QR com "}[idioma])
    assert re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", figura.alt)


# --- Organigrama -----------------------------------------------------------------------------------------------


def _producto(a: list[float], b: list[float]) -> list[float]:
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2],
            a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


def _origenes(pagina) -> dict[int, tuple[float, float]]:
    """Dónde empieza, en la página, el primer texto de cada MCID (la matriz de texto por la de transformación)."""
    ctm, guardadas, texto, linea = [1.0, 0, 0, 1.0, 0, 0], [], None, None
    abiertos: list[int | None] = []
    origenes: dict[int, tuple[float, float]] = {}
    for operandos, operador in pikepdf.parse_content_stream(pagina):
        op = str(operador)
        if op == "q":
            guardadas.append(ctm)
        elif op == "Q":
            ctm = guardadas.pop()
        elif op == "cm":
            ctm = _producto([float(o) for o in operandos], ctm)
        elif op == "BT":
            texto = linea = [1.0, 0, 0, 1.0, 0, 0]
        elif op == "Tm":
            texto = linea = [float(o) for o in operandos]
        elif op in ("Td", "TD"):
            texto = linea = _producto([1.0, 0, 0, 1.0, float(operandos[0]), float(operandos[1])], linea)
        elif op == "BDC":
            propiedades = operandos[1]
            abiertos.append(int(propiedades["/MCID"]) if isinstance(propiedades, pikepdf.Dictionary)
                            and "/MCID" in propiedades else None)
        elif op == "BMC":
            abiertos.append(None)
        elif op == "EMC":
            abiertos.pop()
        elif op in ("Tj", "TJ") and abiertos and abiertos[-1] is not None and abiertos[-1] not in origenes:
            punto = _producto(texto, ctm)
            origenes[abiertos[-1]] = (punto[4], punto[5])
    return origenes


def _items(elementos, lista) -> list[dict]:
    """Los ítems de la lista `lista` (L > LI > LBody): los textos (P) de cada uno, dónde empieza el primero, y los
    ítems de la lista anidada en su LBody."""
    assert lista.rol == "L"
    items = []
    for li in _hijos(elementos, elementos.index(lista)):
        [cuerpo] = _hijos(elementos, elementos.index(li))
        assert (li.rol, cuerpo.rol) == ("LI", "LBody")
        partes = _hijos(elementos, elementos.index(cuerpo))
        textos = [p for p in partes if p.rol == "P"]
        anidadas = [p for p in partes if p.rol == "L"]
        assert [p.rol for p in partes] == ["P"] * len(textos) + ["L"] * len(anidadas) and len(anidadas) <= 1
        items.append({"textos": textos, "hijos": _items(elementos, anidadas[0]) if anidadas else []})
    return items


def _leer_organigrama(ruta: Path, idioma: str) -> tuple[list, list[dict]]:
    elementos = comprobar_etiquetado(ruta, idioma)
    with pikepdf.open(ruta) as pdf:
        origenes = _origenes(pdf.pages[0])
    raiz = _hijos(elementos, 0)
    listas = [e for e in raiz if e.rol == "L"]
    assert len(listas) == 1
    arbol = _items(elementos, listas[0])

    def ubicar(items):
        for item in items:
            item["x"] = origenes[item["textos"][-1].contenido[0][1]][0]
            item["y"] = origenes[item["textos"][0].contenido[0][1]][1]
            ubicar(item["hijos"])

    ubicar(arbol)
    return elementos, arbol


def _en_orden(items: list[dict]) -> bool:
    """Hermanos de izquierda a derecha y, en la misma columna (una pila, una columna de una caja-lista), de arriba
    abajo. `x`: donde empieza el último texto de la caja (un titular, alineado a la izquierda de la caja); `y`: la
    línea del nombre."""
    return all(b["x"] > a["x"] + 1 or (abs(b["x"] - a["x"]) <= 1 and b["y"] < a["y"]) for a, b in zip(items, items[1:]))


def _organigrama(contexto):
    from escritorio.servicios.base import hoy
    from escritorio.servicios.informes_organos import titulares_del_organigrama

    return titulares_del_organigrama(contexto, hoy())


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_el_organigrama_se_lee_como_el_arbol_de_los_organos(base, idioma):
    carpeta, db = base
    organos, asientos = en_la_base(db, _organigrama)
    ruta = carpeta / f"organigrama_{idioma}.pdf"
    bien(cli(carpeta, db, "--idioma", idioma, "organos", "organigrama", ruta, "--reemplazar"))
    elementos, arbol = _leer_organigrama(ruta, idioma)
    guardado = "es" if idioma == "pt" else None
    raiz = _hijos(elementos, 0)
    assert raiz[0].rol == "H1" and raiz[0].texto.startswith(TITULO_ORGANIGRAMA[idioma])
    assert [e.rol for e in elementos].count("H1") == 1
    assert [e.rol for e in raiz[1:]] == ["L", "P", "Figure", "P", "P"]   # el árbol, la nota y el sello

    por_nombre = {_normal(o["nombre"]): o for o in organos}
    assert len(por_nombre) == len(organos)
    leidos: list[tuple[str, int | None]] = []   # (órgano, el órgano que lo contiene en el árbol leído)

    def recorrer_arbol(items, superior: dict | None, de_un_grupo: bool):
        assert _en_orden(items), [(i["textos"][0].texto, i["x"], i["y"]) for i in items]
        for item in items:
            nombre = item["textos"][0]
            organo = por_nombre.get(nombre.texto)
            if organo is None:   # una caja-lista: «Unidades temáticas (15)», sus órganos en una lista
                assert re.search(rf"\({len(item['hijos'])}\)$", nombre.texto) and not de_un_grupo
                assert len({por_nombre[i["textos"][0].texto]["tipo"] for i in item["hijos"]}) == 1
                assert all(i["y"] < item["y"] for i in item["hijos"])
                recorrer_arbol(item["hijos"], superior, True)
                continue
            leidos.append((organo["id"], superior["id"] if superior else None))
            assert nombre.idioma == guardado
            _comprobar_titulares(item, organo, asientos[organo["id"]], de_un_grupo)
            assert superior is None or item["y"] < superior["y"]
            recorrer_arbol(item["hijos"], organo | {"y": item["y"]}, False)

    recorrer_arbol(arbol, None, False)
    # Cada órgano de la base, una sola vez, dentro del de su órgano superior; la raíz primero.
    ids = {o["id"] for o in organos}
    assert sorted(i for i, _ in leidos) == sorted(ids)
    assert dict(leidos) == {o["id"]: o["padre_id"] if o["padre_id"] in ids else None for o in organos}
    assert leidos[0][1] is None


def _comprobar_titulares(item: dict, organo: dict, asientos: list, de_un_grupo: bool) -> None:
    """Lo que dice la caja de cada titular (en una caja-lista, el primero); de una asamblea, cuántos la integran."""
    textos = [t.texto for t in item["textos"][1:]]
    if organo["tipo"] == "asamblea":
        assert str(asientos[0]) in textos[-1]
        return
    if de_un_grupo:
        assert len(textos) == 1 and (not asientos or _normal(asientos[0].miembro or asientos[0].persona) in textos[0])
        return
    mostrados = asientos if len(asientos) <= 6 else asientos[:5]
    esperados = max(1, len(asientos) if len(asientos) <= 6 else 6)
    assert len(textos) - esperados in (0, 1)   # con la línea del tipo y el artículo, o sin ella
    titulares = textos[len(textos) - esperados:]
    for leido, asiento in zip(titulares, mostrados):
        assert leido.startswith(_normal(asiento.miembro or asiento.persona))


def test_una_pila_y_el_organigrama_vacio_tambien_se_leen(tmp_path):
    """Dependientes sin dependientes propios, apilados bajo su superior: ítems de su lista, de arriba abajo; un
    órgano cuyo superior no está, otra raíz; sin órganos, el título y el aviso."""
    from escritorio.documentos.pdf.organigrama import escribir_organigrama_pdf

    organos = [dict(id=1, nombre="Consejo", tipo="consejo", tipo_nombre="Consejo", padre_id=None),
               dict(id=2, nombre="Comité de ética", tipo="comite", tipo_nombre="Comité", padre_id=1),
               dict(id=3, nombre="Comisión fiscal", tipo="otro", tipo_nombre="Otro", padre_id=1),
               dict(id=4, nombre="Grupo de archivo", tipo="grupo_trabajo", tipo_nombre="Grupo de trabajo",
                    padre_id=1),
               dict(id=5, nombre="Secretaría", tipo="secretaria_tecnica", tipo_nombre="Secretaría técnica",
                    padre_id=1),
               dict(id=6, nombre="Mesa de entradas", tipo="otro", tipo_nombre="Otro", padre_id=5),
               dict(id=7, nombre="Comité suelto", tipo="comite", tipo_nombre="Comité", padre_id=99)]
    ruta = tmp_path / "organigrama.pdf"
    escribir_organigrama_pdf(ruta, asociacion="Red", sigla="R", papel="A4", organos=organos,
                             titulares={2: ["Lima (Perú) · Titular"]}, al=date(2025, 6, 1))
    _, arbol = _leer_organigrama(ruta, "es")
    assert [i["textos"][0].texto for i in arbol] == ["Consejo", "Comité suelto"]
    hijos = arbol[0]["hijos"]
    assert [i["textos"][0].texto for i in hijos] == ["Comité de ética", "Comisión fiscal", "Grupo de archivo",
                                                     "Secretaría"]
    assert [t.texto for t in hijos[0]["textos"]] == ["Comité de ética", "Comité", "Lima (Perú) · Titular"]
    assert [t.texto for t in hijos[1]["textos"]] == ["Comisión fiscal", "Otro", "Sin integrantes registrados"]
    apiladas = hijos[:3]   # una debajo de otra, colgadas del borde izquierdo del Consejo
    assert len({round(i["x"]) for i in apiladas}) == 1 and _en_orden(hijos) and hijos[3]["x"] > hijos[0]["x"] + 1
    assert [i["textos"][0].texto for i in hijos[3]["hijos"]] == ["Mesa de entradas"]

    vacio = tmp_path / "vacio.pdf"
    escribir_organigrama_pdf(vacio, asociacion="Red", sigla="R", papel="A4", organos=[], titulares={},
                             al=date(2025, 6, 1))
    elementos = comprobar_etiquetado(vacio, "es")
    assert [(e.rol, e.texto) for e in _hijos(elementos, 0)] == [
        ("H1", "Organigrama al 01/06/2025"), ("P", "La asociación todavía no tiene órganos registrados."),
        ("P", _normal("Órganos e integrantes vigentes al 01/06/2025. En cada caja, los titulares y cargos "
                      "principales; la composición completa de cada órgano se imprime aparte."))]
