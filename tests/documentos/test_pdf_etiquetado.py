"""Issue 62, punto 4: los documentos que lee el público salen como PDF etiquetados (Tagged PDF) que un lector de
pantalla recorre en el orden del documento.

Cada documento se pide a la CLI (en el proceso: documentos_de_la_demo.cli) sobre una copia de la red de ejemplo, en
castellano y en portugués, con y sin la dirección pública de verificación. La prueba abre el PDF con pikepdf, recorre
su árbol de estructura en orden (lectura_de_etiquetas.py: el texto de cada elemento sale de su contenido marcado, por
MCID, del flujo de la página y decodificado con el /ToUnicode de la fuente) y lo compara con el contenido lógico del
documento, leído de la base por el servicio: el título (H1), la ficha de la sesión como tabla de pares rótulo (TH) y
valor (TD), el orden del día como lista (L, LI con su número en Lbl y su título en LBody), los puntos del desarrollo
(H3), el QR como figura con su texto alternativo. Y lo que todo PDF etiquetado debe cumplir: cada MCID de cada página
está una sola vez en el árbol, el /ParentTree dice de cada MCID el elemento que lo contiene, ningún texto queda fuera
del árbol salvo los artefactos (encabezado, pie, número de página), /MarkInfo /Marked, /DisplayDocTitle y /Lang.

No hay aquí un validador de PDF/UA (PAC, veraPDF): lo que se comprueba es lo de arriba; PDF/A-2B lo sigue
comprobando test_pdfa.py con reglas_pdfa/, y la firma, test_pdfa.py y las pruebas de «firma».
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from documentos_de_la_demo import CONTRASENA, SESION_APROBADA, SESION_EN_BORRADOR, bien, cli, resolucion_de_la_demo
from lectura_de_etiquetas import recorrer

DIRECCION = "https://rcs.example.org/transparencia"
IDIOMAS = {"es": "es", "pt": "pt-BR"}
ROTULOS_FICHA_ACTA = {"es": ["Órgano", "Sesión", "Fecha", "Hora", "Lugar", "Estado"],
                      "pt": ["Órgão", "Sessão", "Data", "Horário", "Local", "Situação"]}
ORDEN_DEL_DIA = {"es": "Orden del día", "pt": "Ordem do dia"}
SECCIONES_RESOLUCION = {"es": ["Texto", "Votación", "Acta que la contiene"],
                        "pt": ["Texto", "Votação", "Ata que a contém"]}
TITULO_ACTA = {"es": "ACTA N.º {0}", "pt": "ATA N.º {0}"}


@pytest.fixture(scope="module")
def bases(tmp_path_factory, demo_creada_por_la_cli) -> dict[bool, tuple[Path, Path]]:
    """{con dirección pública: (carpeta, base)}: dos copias de la red de ejemplo, hechas una vez en el módulo."""
    hechas = {}
    for direccion in (False, True):
        carpeta = tmp_path_factory.mktemp("etiquetas_con_direccion" if direccion else "etiquetas")
        db = carpeta / "demo.db"
        shutil.copy(demo_creada_por_la_cli, db)
        if direccion:
            bien(cli(carpeta, db, "asociacion", "editar", "--direccion-publica", DIRECCION))
        hechas[direccion] = (carpeta, db)
    return hechas


_HECHOS: dict = {}
REGLAMENTO = "Reglamento de sesiones"


def _reglamento(carpeta: Path, db: Path) -> str:
    """Carga una vez un reglamento (artículos sin título, uno de dos párrafos) y devuelve su título."""
    normas = json.loads(bien(cli(carpeta, db, "estatutos", "listar", "--json")))
    if not any(n["titulo"] == REGLAMENTO for n in normas):
        texto = carpeta / "reglamento.md"
        texto.write_text("Artículo 1\nLas sesiones son públicas.\n\nArtículo 2\nEl orden del día se comunica con la "
                         "convocatoria.\n\nLos puntos nuevos se votan al comienzo.\n\nArtículo 3\nLas actas se "
                         "publican.\n", encoding="utf-8")
        bien(cli(carpeta, db, "estatutos", "cargar", texto, "--titulo", REGLAMENTO, "--tipo", "reglamento",
                 "--desde", "2020-01-01"))
    return REGLAMENTO


def documento(bases, tipo: str, idioma: str, direccion: bool = False) -> Path:
    """El PDF de `tipo` en `idioma`, pedido a la CLI una vez por módulo."""
    clave = (tipo, idioma, direccion)
    if clave not in _HECHOS:
        carpeta, db = bases[direccion]
        ruta = carpeta / f"{tipo}_{idioma}.pdf"
        orden = {"acta_aprobada": lambda: ("sesiones", "acta", SESION_APROBADA, ruta),
                 "acta_borrador": lambda: ("sesiones", "acta", SESION_EN_BORRADOR, ruta),
                 "resolucion": lambda: ("resoluciones", "pdf", resolucion_de_la_demo(db), "--salida", ruta),
                 # La de la Asamblea: 280 destinatarios en columnas, en varias páginas.
                 "convocatoria": lambda: ("sesiones", "convocatoria", SESION_APROBADA, ruta),
                 "estatuto": lambda: ("estatutos", "texto", ruta),
                 "memoria": lambda: ("memoria", _anio_de_la_memoria(db), ruta),
                 "reglamento": lambda: ("estatutos", "texto", ruta, "--norma", _reglamento(carpeta, db)),
                 }[tipo]()
        bien(cli(carpeta, db, "--idioma", idioma, *orden))
        _HECHOS[clave] = ruta
    return _HECHOS[clave]


def comprobar_etiquetado(ruta: Path, idioma: str) -> list:
    """Lo que todo PDF etiquetado cumple; devuelve los elementos del árbol en orden de lectura."""
    with pikepdf.open(ruta) as pdf:
        raiz = pdf.Root
        assert "/StructTreeRoot" in raiz, "el PDF no tiene árbol de estructura"
        assert bool(raiz.MarkInfo.Marked) is True
        assert bool(raiz.ViewerPreferences.DisplayDocTitle) is True
        assert str(raiz.Lang) == IDIOMAS[idioma]
        elementos, usados, paginas = recorrer(pdf)
        assert elementos[0].rol == "Document"
        # Cada MCID de cada página, una sola vez en el árbol; ninguno que el árbol nombre falta en la página.
        marcados = {(i, m) for i, p in enumerate(paginas) for m in p.por_mcid}
        assert set(usados) == marcados
        assert all(veces == 1 for veces in usados.values())
        assert not any(p.mcid_repetidos for p in paginas)
        # Ningún texto fuera del árbol, salvo los artefactos; y el encabezado y el pie son artefactos.
        assert [p.fuera for p in paginas] == [[] for _ in paginas]
        assert all(any(re.search(r"\d+ (de|of) \d+", a) for a in p.artefactos) for p in paginas), \
            "el número de página no es un artefacto"
        # /ParentTree: de cada página (/StructParents) y cada MCID, el elemento que lo contiene.
        numeros = list(raiz.StructTreeRoot.ParentTree.Nums)
        arbol_padres = dict(zip([int(n) for n in numeros[0::2]], numeros[1::2]))
        contiene = {}
        for e in elementos:
            for hijo in (e.objeto.K if isinstance(e.objeto.K, pikepdf.Array) else [e.objeto.K]):
                if isinstance(hijo, int):
                    contiene[(e.objeto.Pg.objgen, int(hijo))] = e.objeto.objgen
                elif isinstance(hijo, pikepdf.Dictionary) and hijo.get("/Type") == pikepdf.Name.MCR:
                    contiene[(hijo.Pg.objgen, int(hijo.MCID))] = e.objeto.objgen
        for pagina in pdf.pages:
            padres = arbol_padres[int(pagina.obj.StructParents)]
            for mcid, elemento in enumerate(padres):
                assert contiene[(pagina.obj.objgen, mcid)] == elemento.objgen
        # Cada enlace de cada página, en un elemento Link que lo nombra (OBJR) una sola vez y con su texto como
        # /Contents; cada línea de firma, en un elemento Form (su campo dice quién firma en /TU). Su /StructParent
        # lleva en el /ParentTree a ese elemento.
        nombradas = [(e, a) for e in elementos for a in e.anotaciones]
        anotaciones = [a for p in pdf.pages for a in p.obj.get("/Annots", [])]
        assert sorted(a.objgen for _, a in nombradas) == sorted(
            a.objgen for a in anotaciones if a.get("/Subtype") == pikepdf.Name.Link or a.get("/FT") == pikepdf.Name.Sig)
        for e, anotacion in nombradas:
            assert e.rol == ("Link" if anotacion.Subtype == pikepdf.Name.Link else "Form")
            assert str(anotacion.get("/Contents" if e.rol == "Link" else "/TU", "")).strip()
            assert arbol_padres[int(anotacion.StructParent)].objgen == e.objeto.objgen
        assert int(raiz.StructTreeRoot.ParentTreeNextKey) == len(pdf.pages) + len(nombradas)
        for indice, e in enumerate(elementos):
            if e.rol in ("P", "H1", "H2", "H3", "Lbl", "LBody", "TH"):   # un TD puede ser una celda en blanco
                # Un LBody puede llevar su texto en párrafos (el de cada órgano del organigrama), que no están vacíos.
                assert e.texto or (e.rol == "LBody" and _hijos(elementos, indice)), f"{e.rol} vacío"
            if e.rol == "Figure":
                assert e.alt, "una figura sin texto alternativo"
        return elementos


def _hijos(elementos, indice: int) -> list:
    """Los hijos directos del elemento `indice` (en la lista en orden de lectura)."""
    profundidad = elementos[indice].profundidad
    hijos = []
    for e in elementos[indice + 1:]:
        if e.profundidad <= profundidad:
            break
        if e.profundidad == profundidad + 1:
            hijos.append(e)
    return hijos


def _acta(db: Path, sesion: int):
    from escritorio.servicios.actas import obtener_acta
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto

    base = abrir_base(db)
    try:
        return obtener_acta(Contexto(base, 1), sesion)
    finally:
        base.close()


def _pdftotext(ruta: Path) -> list[str]:
    hecho = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(ruta), "-"], capture_output=True, text=True,
                           check=True)
    return [" ".join(linea.split()) for linea in hecho.stdout.splitlines()]


@pytest.mark.parametrize("idioma", ["es", "pt"])
@pytest.mark.parametrize("direccion", [False, True], ids=["sin_direccion", "con_direccion"])
@pytest.mark.parametrize("tipo,sesion", [("acta_aprobada", SESION_APROBADA), ("acta_borrador", SESION_EN_BORRADOR)])
def test_el_acta_se_lee_en_el_orden_del_documento(bases, tipo, sesion, idioma, direccion):
    ruta = documento(bases, tipo, idioma, direccion)
    elementos = comprobar_etiquetado(ruta, idioma)
    acta = _acta(bases[direccion][1], sesion)
    ct = acta.contenido
    roles = [e.rol for e in elementos]

    # El título es el primer encabezado, H1; después, la ficha de la sesión como tabla de pares rótulo-valor.
    encabezados = [e for e in elementos if re.fullmatch(r"H\d", e.rol)]
    assert encabezados[0].rol == "H1" and encabezados[0].texto == TITULO_ACTA[idioma].format(ct.numero)
    assert roles.count("H1") == 1
    tabla = roles.index("Table")
    assert tabla > roles.index("H1")
    filas = _hijos(elementos, tabla)
    assert [f.rol for f in filas] == ["TR"] * 3
    celdas = [c for f in filas for c in _hijos(elementos, elementos.index(f))]
    assert [c.rol for c in celdas] == ["TH", "TD"] * 6
    assert all(c.alcance == "Row" for c in celdas if c.rol == "TH")
    assert [c.texto for c in celdas if c.rol == "TH"] == ROTULOS_FICHA_ACTA[idioma]
    pares = dict(zip([c.texto for c in celdas[0::2]], [c.texto for c in celdas[1::2]]))
    assert pares[ROTULOS_FICHA_ACTA[idioma][0]] == ct.organo

    # La asistencia: un párrafo por país, entero aunque siga en la página siguiente (un solo P con los MCID de las
    # dos). En castellano, el idioma en que la lee el servicio (en portugués van traducidos el país y las frases).
    if idioma == "es":
        esperados = [" ".join(f"{pais}: {'; '.join(quienes)}.".split())
                     for pais, quienes in ct.asistencia_por_pais.items()]
        paises = [e for e in elementos if e.rol == "P" and e.texto in esperados]
        assert [e.texto for e in paises] == esperados
        if sesion == SESION_APROBADA:
            assert any(len({pagina for pagina, _ in e.contenido}) == 2 for e in paises), \
                "ningún párrafo de la asistencia sigue en otra página"

    # El orden del día: una lista con un ítem por punto, su número (Lbl) y su título (LBody), en orden.
    seccion = next(i for i, e in enumerate(elementos) if e.rol == "H2" and e.texto == ORDEN_DEL_DIA[idioma])
    assert elementos[seccion + 1].rol == "L"
    items = _hijos(elementos, seccion + 1)
    assert [i.rol for i in items] == ["LI"] * len(ct.puntos)
    leidos = [tuple(h.texto for h in _hijos(elementos, elementos.index(i))) for i in items]
    assert leidos == [(f"{p['numeracion']}.", " ".join(p["titulo"].split())) for p in ct.puntos]

    # El desarrollo: un H3 por punto, en el orden del acta, después del orden del día.
    desarrollo = [e.texto for e in elementos[seccion:] if e.rol == "H3" and re.match(r"\d+\.", e.texto)]
    assert len(desarrollo) == len(ct.puntos)
    for leido, punto in zip(desarrollo, ct.puntos):   # «1. Título (Votación)»: el número, el título y su tipo
        assert leido.startswith(f"{punto['numeracion']}. {' '.join(punto['titulo'].split())}")

    # El QR del código de verificación: una figura con texto alternativo que dice qué lleva (la página de
    # verificación, con la dirección pública; el código, sin ella), seguida del código en letras.
    [figura] = [e for e in elementos if e.rol == "Figure"]
    assert (DIRECCION in figura.alt) is direccion
    siguiente = elementos[elementos.index(figura) + 1]
    codigo = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", siguiente.texto).group()
    assert siguiente.rol == "P" and codigo in figura.alt
    if direccion:
        assert f"{DIRECCION}/verificar/{codigo}.html" in figura.alt

    if idioma == "pt":
        assert figura.alt.startswith("Código QR com ")


@pytest.mark.parametrize("idioma", ["es", "pt"])
@pytest.mark.parametrize("tipo,sesion", [("acta_aprobada", SESION_APROBADA), ("acta_borrador", SESION_EN_BORRADOR)])
def test_pdftotext_lee_cada_rotulo_de_la_ficha_junto_a_su_valor(bases, tipo, sesion, idioma):
    """pdftotext (sin -layout, que ordena por la geometría y no por el flujo) lee «Órgano Asamblea General…» en una
    línea: cada rótulo junto a su valor, no todos los rótulos primero y los valores después."""
    ct = _acta(bases[False][1], sesion).contenido
    lineas = _pdftotext(documento(bases, tipo, idioma))
    rotulos = ROTULOS_FICHA_ACTA[idioma]
    for rotulo, valor in ((rotulos[0], ct.organo), (rotulos[3], ct.hora)):
        assert any(linea.startswith(f"{rotulo} {valor}") for linea in lineas), (rotulo, lineas[:20])
    assert not any(linea == rotulos[0] for linea in lineas)


@pytest.mark.parametrize("tipo", ["acta_aprobada", "resolucion"])
def test_firmado_dos_veces_conserva_su_arbol_y_sus_firmas_valen(bases, tmp_path, tipo):
    """La firma digital es una actualización incremental: el árbol, las marcas y el orden siguen iguales después de
    firmar dos veces, cada firma en la línea de quien firma (la secretaría y la presidencia, con certificados a su
    nombre), y las dos firmas siguen valiendo (pyHanko: íntegras, sin cambios sin explicar después de la primera)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from certificados import crear_certificado
    from escritorio.documentos.verificacion_de_firmas import verificar_pdf

    carpeta, original = bases[False]
    db = tmp_path / "demo.db"
    shutil.copy(original, db)
    sin_firmar = documento(bases, tipo, "es")
    antes = [(e.rol, e.texto) for e in comprobar_etiquetado(sin_firmar, "es")]
    with pikepdf.open(sin_firmar) as pdf:   # quién firma en cada línea: «Secretaría: Nombre»
        lineas = [str(c.TU).split(": ", 1)[1] for c in pdf.Root.AcroForm.Fields if c.get("/FT") == pikepdf.Name.Sig]
    assert len(lineas) == 2
    orden = ("firma", "acta", SESION_APROBADA) if tipo == "acta_aprobada" else \
        ("firma", "resolucion", resolucion_de_la_demo(db))
    firmadas = []
    for numero, nombre in enumerate(reversed(lineas)):
        certificado, _ = crear_certificado(tmp_path, nombre, CONTRASENA, archivo=f"firmante{numero}")
        bien(cli(tmp_path, db, *orden, "--certificado", certificado, "--lugar", "Asunción"))
        guardadas = json.loads(bien(cli(tmp_path, db, "firma", "listar", "--json")))
        ultima = max((f for f in guardadas if f["tipo"] == orden[1]), key=lambda f: f["id"])
        ruta = tmp_path / f"firmada_{numero}.pdf"
        bien(cli(tmp_path, db, "firma", "exportar", ultima["id"], "--salida", ruta))
        firmadas.append(ruta)
    for ruta in firmadas:
        despues = [(e.rol, e.texto) for e in comprobar_etiquetado(ruta, "es")]
        assert [r for r, _ in despues] == [r for r, _ in antes]
        assert [t for r, t in despues if r in ("H1", "H2", "H3", "LBody", "TH")] == \
            [t for r, t in antes if r in ("H1", "H2", "H3", "LBody", "TH")]
    with pikepdf.open(firmadas[-1]) as pdf:   # las dos firmas, en las dos líneas visibles
        firmados = [c for c in pdf.Root.AcroForm.Fields if c.get("/FT") == pikepdf.Name.Sig and "/V" in c]
        assert sorted(str(c.TU).split(": ", 1)[1] for c in firmados) == sorted(lineas)
    informe = verificar_pdf(firmadas[-1].read_bytes(), firmadas[-1].name)
    assert informe.integras and len(informe.firmas) == 2
    assert not any(f.integridad == "modificada" for f in informe.firmas), [f.detalle_integridad for f in informe.firmas]


def _qr_y_su_codigo(elementos, direccion: bool) -> str:
    """La única figura es el QR, con su texto alternativo; el párrafo que la sigue, el código en letras."""
    [figura] = [e for e in elementos if e.rol == "Figure"]
    siguiente = elementos[elementos.index(figura) + 1]
    codigo = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", siguiente.texto).group()
    assert siguiente.rol == "P" and codigo in figura.alt
    assert (f"{DIRECCION}/verificar/{codigo}.html" in figura.alt) is direccion
    return figura.alt


@pytest.mark.parametrize("idioma", ["es", "pt"])
@pytest.mark.parametrize("direccion", [False, True], ids=["sin_direccion", "con_direccion"])
def test_la_resolucion_se_lee_en_el_orden_del_documento(bases, idioma, direccion):
    carpeta, db = bases[direccion]
    ruta = documento(bases, "resolucion", idioma, direccion)
    elementos = comprobar_etiquetado(ruta, idioma)
    [r] = [r for r in json.loads(bien(cli(carpeta, db, "resoluciones", "listar", "--json")))
           if r["id"] == resolucion_de_la_demo(db)]
    roles = [e.rol for e in elementos]
    # La cita es el título (H1) y la sigue el título de la resolución; después, su ficha.
    h1 = roles.index("H1")
    assert roles.count("H1") == 1 and [e.rol for e in elementos[1:h1]] == ["P", "P"]
    if idioma == "es":
        assert elementos[h1].texto == r["cita"]
    else:   # «Resolução 2/2026 da Asamblea General de Socios»
        assert f"{r['numero']}/{r['anio']}" in elementos[h1].texto and r["organo"] in elementos[h1].texto
    assert (elementos[h1 + 1].rol, elementos[h1 + 1].texto) == ("P", r["titulo"])
    assert elementos[h1 + 2].rol == "Table"
    filas = _hijos(elementos, h1 + 2)
    celdas = [c for f in filas for c in _hijos(elementos, elementos.index(f))]
    assert [c.rol for c in celdas] == ["TH", "TD"] * len(filas)
    assert (celdas[0].texto, celdas[1].texto) == (ROTULOS_FICHA_ACTA[idioma][0], r["organo"])
    # Las secciones (H2) en su orden, cada una con su contenido antes de la siguiente.
    secciones = [i for i, e in enumerate(elementos) if e.rol == "H2"]
    assert [elementos[i].texto for i in secciones] == SECCIONES_RESOLUCION[idioma]
    assert all(elementos[i + 1].rol == "P" for i in secciones)
    assert roles.index("Figure") > secciones[-1]
    alt = _qr_y_su_codigo(elementos, direccion)
    assert alt.startswith("Código QR con " if idioma == "es" else "Código QR com ")


def _orden_del_dia(db: Path, sesion: int) -> list[dict]:
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.sesiones.puntos import orden_del_dia

    base = abrir_base(db)
    try:
        return orden_del_dia(Contexto(base, 1), sesion)
    finally:
        base.close()


@pytest.mark.parametrize("idioma", ["es", "pt"])
@pytest.mark.parametrize("direccion", [False, True], ids=["sin_direccion", "con_direccion"])
def test_la_convocatoria_se_lee_en_el_orden_del_documento(bases, idioma, direccion):
    ruta = documento(bases, "convocatoria", idioma, direccion)
    elementos = comprobar_etiquetado(ruta, idioma)
    roles = [e.rol for e in elementos]
    h1 = roles.index("H1")
    assert roles.count("H1") == 1 and elementos[h1].texto == {"es": "CONVOCATORIA", "pt": "CONVOCAÇÃO"}[idioma]
    assert elementos[h1 + 2].rol == "Table"
    celdas = [c for f in _hijos(elementos, h1 + 2) for c in _hijos(elementos, elementos.index(f))]
    assert [c.rol for c in celdas] == ["TH", "TD"] * (len(celdas) // 2) and celdas
    assert celdas[0].texto == ROTULOS_FICHA_ACTA[idioma][2]   # Fecha / Data
    # El orden del día: la lista de los puntos de la sesión, con su número y su título, en orden.
    seccion = next(i for i, e in enumerate(elementos) if e.rol == "H2" and e.texto == ORDEN_DEL_DIA[idioma])
    puntos = _orden_del_dia(bases[direccion][1], SESION_APROBADA)
    items = _hijos(elementos, seccion + 1)
    assert elementos[seccion + 1].rol == "L" and len(items) == len(puntos)
    for item, punto in zip(items, puntos):
        rotulo, cuerpo = _hijos(elementos, elementos.index(item))
        assert (rotulo.rol, rotulo.texto) == ("Lbl", f"{punto['numeracion']}.")
        assert cuerpo.rol == "LBody" and cuerpo.texto.startswith(" ".join(punto["titulo"].split()))
    _qr_y_su_codigo(elementos, direccion)
    # Los destinatarios: «Destinatarios (280)», un H3 por país («Argentina (55)») y su lista, con tantos ítems como
    # dice el título; los títulos repetidos «(continuación)» de las columnas y páginas siguientes no se leen.
    destinatarios = next(i for i, e in enumerate(elementos) if e.rol == "H2" and e.texto.startswith(
        {"es": "Destinatarios (", "pt": "Destinatários ("}[idioma]))
    total = int(re.search(r"\((\d+)\)", elementos[destinatarios].texto).group(1))
    grupos = [i for i, e in enumerate(elementos[destinatarios:], destinatarios) if e.rol == "H3"]
    assert len(grupos) > 1
    contados = 0
    for i in grupos:
        cantidad = int(re.search(r"\((\d+)\)$", elementos[i].texto).group(1))
        assert elementos[i + 1].rol == "L"
        nombres = [_hijos(elementos, elementos.index(li))[1].texto for li in _hijos(elementos, i + 1)]
        assert len(nombres) == cantidad and all(nombres)
        contados += cantidad
    assert contados == total > 200
    assert not any("(continua" in e.texto for e in elementos)
    with pikepdf.open(ruta) as pdf:
        assert len(pdf.pages) > 1


def _norma(db: Path, titulo: str | None):
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.estatutos import elegir_norma, texto_en

    base = abrir_base(db)
    try:
        contexto = Contexto(base, 1)
        norma = elegir_norma(contexto, titulo)
        return norma, [a for a in texto_en(contexto, norma["id"]) if not a.derogado]
    finally:
        base.close()


@pytest.mark.parametrize("idioma", ["es", "pt"])
@pytest.mark.parametrize("tipo", ["estatuto", "reglamento"])
def test_el_texto_de_la_norma_se_lee_en_el_orden_del_documento(bases, tipo, idioma):
    ruta = documento(bases, tipo, idioma)
    elementos = comprobar_etiquetado(ruta, idioma)
    norma, articulos = _norma(bases[False][1], REGLAMENTO if tipo == "reglamento" else None)
    roles = [e.rol for e in elementos]
    h1 = roles.index("H1")
    assert roles.count("H1") == 1 and elementos[h1].texto == norma["titulo"]
    # El índice: una tabla con sus títulos de columna (TH) y una fila por artículo, en orden.
    indice = roles.index("Table")
    assert elementos[indice - 1].rol == "H2" and elementos[indice - 1].texto == "Índice"
    filas = _hijos(elementos, indice)
    titulos = _hijos(elementos, elementos.index(filas[0]))
    assert [c.rol for c in titulos] == ["TH"] * 3 and all(c.alcance == "Column" for c in titulos)
    assert len(filas) == 1 + len(articulos)
    articulo = {"es": "Artículo {0}", "pt": "Artigo {0}"}[idioma]
    for fila, version in zip(filas[1:], articulos):
        celdas = _hijos(elementos, elementos.index(fila))
        assert [c.rol for c in celdas] == ["TD"] * 3 and celdas[0].texto == articulo.format(version.numero)
        # El número y el título llevan al artículo: un Link con su anotación dentro de cada celda.
        for celda in celdas[:2]:
            [enlace] = _hijos(elementos, elementos.index(celda))
            assert enlace.rol == "Link" and len(enlace.anotaciones) == 1
    # Cada artículo: su encabezado (H2) y su primer párrafo, en el orden de la norma.
    encabezados = [i for i, e in enumerate(elementos) if e.rol == "H2" and e.texto.startswith(articulo.format(""))]
    assert len(encabezados) == len(articulos)
    for i, version in zip(encabezados, articulos):
        esperado = articulo.format(version.numero) + (f" — {version.titulo}" if (version.titulo or "").strip() else "")
        assert elementos[i].texto == esperado
        primero = re.split(r"\n\s*\n", version.texto.strip())[0]
        assert (elementos[i + 1].rol, elementos[i + 1].texto) == ("P", " ".join(primero.split()))
    if tipo == "reglamento":   # el artículo 2 tiene dos párrafos: dos P
        i = encabezados[1]
        assert [e.rol for e in elementos[i + 1:i + 3]] == ["P", "P"]
        assert elementos[i + 2].texto == "Los puntos nuevos se votan al comienzo."
    _qr_y_su_codigo(elementos, False)


def _anio_de_la_memoria(db: Path) -> int:
    """El año de la sesión aprobada de la red de ejemplo (sus fechas son relativas al día en que se crea)."""
    return int(_acta(db, SESION_APROBADA).contenido.fecha[:4])


def _memoria(db: Path):
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.memoria.anual import armar_memoria

    base = abrir_base(db)
    try:
        return armar_memoria(Contexto(base, 1), _anio_de_la_memoria(db))
    finally:
        base.close()


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_la_memoria_se_lee_en_el_orden_del_documento(bases, idioma):
    from escritorio.dominio.memoria import Grafico, Tabla

    ruta = documento(bases, "memoria", idioma)
    elementos = comprobar_etiquetado(ruta, idioma)
    memoria = _memoria(bases[False][1])   # en castellano: en portugués se comparan la forma y los números
    roles = [e.rol for e in elementos]
    assert roles.count("H1") == 1
    if idioma == "es":
        assert elementos[roles.index("H1")].texto == memoria.titulo
    # El índice (una tabla de sección y página) y una sección H2 por sección de la memoria, en orden.
    secciones = [e for e in elementos if e.rol == "H2"]
    assert len(secciones) == 1 + len(memoria.secciones)
    indice = roles.index("Table")
    assert elementos[indice - 1] is secciones[0]
    filas = _hijos(elementos, indice)
    assert len(filas) == len(memoria.secciones)
    for fila, seccion, numero in zip(filas, secciones[1:], range(1, len(secciones))):
        entrada, pagina = _hijos(elementos, elementos.index(fila))
        assert (entrada.rol, pagina.rol) == ("TD", "TD") and entrada.texto == seccion.texto
        assert seccion.texto.startswith(f"{numero}. ") and pagina.texto.isdigit()
        if idioma == "es":
            assert seccion.texto == f"{numero}. {memoria.secciones[numero - 1].titulo}"
    # Cada gráfico, una figura cuyo texto alternativo dice cada barra con su valor; cada tabla con datos, una Table
    # cuya primera fila son sus títulos de columna (TH), en el orden de la sección.
    graficos = [b for s in memoria.secciones for b in s.bloques if isinstance(b, Grafico)]
    figuras = [e for e in elementos if e.rol == "Figure"]
    assert len(figuras) == len(graficos) + 1 and graficos   # y el QR, al final
    for figura, grafico in zip(figuras, graficos):
        for etiqueta, valor in zip(grafico.etiquetas, grafico.textos[0]):
            assert f"{etiqueta}: {valor}" in figura.alt if idioma == "es" else valor in figura.alt
    tablas = [b for s in memoria.secciones for b in s.bloques if isinstance(b, Tabla) and b.filas]
    leidas = [i for i, e in enumerate(elementos) if e.rol == "Table"][1:]
    assert len(leidas) == len(tablas)
    for i, tabla in zip(leidas, tablas):
        filas = _hijos(elementos, i)
        titulos = _hijos(elementos, elementos.index(filas[0]))
        assert [c.rol for c in titulos] == ["TH"] * len(tabla.columnas)
        if idioma == "es":
            assert [c.texto for c in titulos] == [" ".join(c.titulo.split()) for c in tabla.columnas]
        assert all(c.rol == "TD" for f in filas[1:] for c in _hijos(elementos, elementos.index(f)))
        assert len(filas) > len(tabla.filas)   # los títulos, cada fila (y el renglón de cada grupo, el total)
    assert figuras[-1].alt.startswith("Código QR con " if idioma == "es" else "Código QR com ")


def test_un_subpunto_es_una_lista_dentro_del_item_de_su_punto(bases, tmp_path):
    """«1.1» y «1.2» van en una lista dentro del ítem «1», «1.2.1» en una dentro de «1.2»; «2» sigue en la de afuera."""
    carpeta, original = bases[False]
    db = tmp_path / "demo.db"
    shutil.copy(original, db)
    sesion = SESION_EN_BORRADOR
    for titulo, dentro in (("Primer subpunto", f"{sesion}:1"), ("Segundo subpunto", f"{sesion}:1"),
                           ("Más adentro", f"{sesion}:1.2")):
        bien(cli(tmp_path, db, "sesiones", "punto", sesion, "--titulo", titulo, "--dentro-de", dentro))
    ruta = tmp_path / "convocatoria.pdf"
    bien(cli(tmp_path, db, "sesiones", "convocatoria", sesion, ruta))
    elementos = comprobar_etiquetado(ruta, "es")
    seccion = next(i for i, e in enumerate(elementos) if e.rol == "H2" and e.texto == ORDEN_DEL_DIA["es"])

    def arbol(indice: int) -> list:
        """La lista `indice` como [(número, título, [subpuntos…])…]."""
        leida = []
        for item in _hijos(elementos, indice):
            hijos = _hijos(elementos, elementos.index(item))
            rotulo, cuerpo, *resto = hijos
            adentro = arbol(elementos.index(resto[0])) if resto and resto[0].rol == "L" else []
            leida.append((rotulo.texto, cuerpo.texto.split(" (")[0], adentro))
        return leida

    puntos = _orden_del_dia(db, sesion)
    assert elementos[seccion + 1].rol == "L"
    assert arbol(seccion + 1) == [
        ("1.", puntos[0]["titulo"], [("1.1.", "Primer subpunto", []),
                                     ("1.2.", "Segundo subpunto", [("1.2.1.", "Más adentro", [])])]),
        ("2.", puntos[-1]["titulo"], [])]


def _lang(e) -> str | None:
    return e.idioma


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_el_texto_guardado_del_acta_lleva_su_idioma(bases, idioma):
    """La red de ejemplo escribe en castellano: en el acta en portugués, los elementos con su texto guardado (la
    apertura, el nombre del órgano, las resoluciones) llevan /Lang «es»; el título y los rótulos de la ficha, que
    escribe el programa, no (heredan «pt-BR» del documento). En castellano, ningún elemento lleva /Lang."""
    elementos = comprobar_etiquetado(documento(bases, "acta_aprobada", idioma), idioma)
    ct = _acta(bases[False][1], SESION_APROBADA).contenido
    if idioma == "es":
        assert [e for e in elementos if _lang(e)] == []
        return
    [titulo] = [e for e in elementos if e.rol == "H1"]
    assert titulo.texto == "ATA N.º {0}".format(ct.numero) and _lang(titulo) is None
    celdas = [c for c in elementos if c.rol in ("TH", "TD")][:12]
    assert [(c.texto, _lang(c)) for c in celdas if c.rol == "TH"] == [(r, None) for r in ROTULOS_FICHA_ACTA["pt"]]
    valores = dict(zip([c.texto for c in celdas[0::2]], celdas[1::2]))
    assert (valores["Órgão"].texto, _lang(valores["Órgão"])) == (ct.organo, "es")
    assert _lang(valores["Data"]) is None and _lang(valores["Situação"]) is None   # los escribe el programa
    apertura = [" ".join(b.split()) for b in re.split(r"\n\s*\n", ct.apertura.strip())]
    assert [(e.texto, _lang(e)) for e in elementos if e.texto in apertura] == [(b, "es") for b in apertura]
    [seccion] = [e for e in elementos if e.rol == "H2" and e.texto == "Abertura"]
    assert _lang(seccion) is None
    resoluciones = [e for e in elementos if e.rol == "LBody" and e.texto.startswith("Resolución")]
    assert resoluciones and all(_lang(e) == "es" for e in resoluciones)
    # El quórum, como lo dijo el acta al aprobarse (en castellano), en su recuadro.
    assert [_lang(e) for e in elementos if e.texto == " ".join(ct.quorum.split())] == ["es"]
    # La asistencia, país por país, también como la dijo el acta («Argentina: Bahía Blanca (Director/a de…)…»).
    paises = [e for e in elementos if e.rol == "P" and any(e.texto.startswith(f"{p}:") for p in ct.asistencia_por_pais)]
    assert len(paises) == len(ct.asistencia_por_pais) and all(_lang(e) == "es" for e in paises)


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_el_texto_guardado_de_la_norma_lleva_su_idioma(bases, idioma):
    """El estatuto en portugués: el título de la norma y el texto de cada artículo, como se guardaron (en castellano),
    llevan /Lang «es»; lo que escribe el programa (el subtítulo, el encabezado «Artigo 1 — …», los títulos del
    índice) no. En castellano, ningún elemento lleva /Lang."""
    elementos = comprobar_etiquetado(documento(bases, "estatuto", idioma), idioma)
    norma, articulos = _norma(bases[False][1], None)
    if idioma == "es":
        assert [e for e in elementos if _lang(e)] == []
        return
    [titulo] = [e for e in elementos if e.rol == "H1"]
    assert (titulo.texto, _lang(titulo)) == (norma["titulo"], "es")
    subtitulo = elementos[elementos.index(titulo) + 1]
    assert subtitulo.texto.startswith("Texto vigente em") and _lang(subtitulo) is None
    assert all(_lang(e) is None for e in elementos if e.rol == "TH")
    encabezados = [i for i, e in enumerate(elementos) if e.rol == "H2" and e.texto.startswith("Artigo ")]
    assert len(encabezados) == len(articulos)
    for i, version in zip(encabezados, articulos):
        primero = re.split(r"\n\s*\n", version.texto.strip())[0]
        assert _lang(elementos[i]) is None
        assert (elementos[i + 1].rol, elementos[i + 1].texto, _lang(elementos[i + 1])) == \
            ("P", " ".join(primero.split()), "es")


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_el_texto_guardado_de_la_resolucion_y_la_convocatoria_lleva_su_idioma(bases, idioma):
    """La resolución en portugués: su título y el nombre del órgano, como se guardaron, con /Lang «es»; la cita (H1,
    «Resolução 2/2026 da …», mezcla palabras del programa) y los rótulos, no. La convocatoria: el lugar de la sesión
    con /Lang «es», sus rótulos no. En castellano, ningún elemento lleva /Lang."""
    resolucion = comprobar_etiquetado(documento(bases, "resolucion", idioma), idioma)
    convocatoria = comprobar_etiquetado(documento(bases, "convocatoria", idioma), idioma)
    if idioma == "es":
        assert [e for e in resolucion + convocatoria if _lang(e)] == []
        return
    h1 = [e.rol for e in resolucion].index("H1")
    assert _lang(resolucion[h1]) is None and _lang(resolucion[h1 + 1]) == "es"   # la cita; el título
    celdas = [c for c in resolucion if c.rol in ("TH", "TD")]
    assert (celdas[0].texto, _lang(celdas[0]), _lang(celdas[1])) == ("Órgão", None, "es")
    celdas = [c for c in convocatoria if c.rol in ("TH", "TD")]
    rotulos = [c.texto for c in celdas[0::2]]
    assert "Local" in rotulos and all(_lang(c) is None for c in celdas[0::2])
    assert _lang(celdas[2 * rotulos.index("Local") + 1]) == "es"
    assert _lang(celdas[2 * rotulos.index("Data") + 1]) is None


def test_el_texto_guardado_en_portugues_de_un_documento_en_castellano_lleva_pt_br():
    """La regla al revés (una asociación que escribe en portugués y un documento en castellano), sin la red de
    ejemplo: la misma etiqueta BCP 47 que el /Lang de un documento portugués; en su propio idioma, ninguna."""
    from escritorio.documentos.pdf.idioma_de_lo_escrito import escrito, etiqueta
    from escritorio.idiomas.traduccion import en_idioma

    with en_idioma("es"):
        assert etiqueta(escrito("Abertura da sessão", "pt")) == "pt-BR"
        assert etiqueta(escrito("Apertura de la sesión", "es")) is None
    with en_idioma("pt"):
        assert etiqueta(escrito("Abertura da sessão", "pt")) is None
        assert etiqueta(escrito("Apertura de la sesión", "es")) == "es"
