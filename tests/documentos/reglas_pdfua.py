"""Las reglas de PDF/UA-1 (ISO 14289-1) que se comprueban leyendo el PDF con pikepdf, sin un validador de referencia.

Ni PAC ni veraPDF se instalan aquí (uno es de Windows, el otro Java). Cada regla de abajo es una de las que el
Matterhorn Protocol 1.1 da por comprobables por máquina, con el número de su cláusula en ISO 14289-1 (el mismo que usa
el perfil PDF/UA-1 de veraPDF). Las que piden un juicio humano (que el texto alternativo diga lo que la figura
muestra, que el orden de lectura sea el lógico, que un título sea de verdad un título) no están: las comprueban las
pruebas de cada documento contra su contenido (test_pdf_etiquetado.py y las demás que leen el árbol).

Uso: `faltas_pdfua(ruta)` -> {regla: [faltas]} (lista vacía: se cumple). Lo usan tests/documentos/test_pdfua.py
(cada clase de PDF que escribe el programa, también firmados) y test_reglas_pdfua.py (un PDF cambiado a propósito
para violar cada regla, para saber que la regla ve lo que dice). docs/garantias.md nombra estas reglas.
"""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf

from lectura_de_etiquetas import Elemento, recorrer

# Los tipos de estructura estándar de ISO 32000-1 §14.8.4 (sin /RoleMap, el programa usa solo estos).
ESTANDAR = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
    "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead",
    "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT",
    "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form"}
# Qué puede ir dentro de qué (ISO 32000-1 §14.8.4.3.2–3 y tabla 337, como lo lee el Matterhorn 09-004).
HIJOS_PERMITIDOS = {
    "L": {"LI", "L", "Caption"},
    "LI": {"Lbl", "LBody"},
    "Table": {"TR", "THead", "TBody", "TFoot", "Caption"},
    "THead": {"TR"}, "TBody": {"TR"}, "TFoot": {"TR"},
    "TR": {"TH", "TD"},
}
PADRES_OBLIGADOS = {"LI": {"L"}, "Lbl": {"LI"}, "LBody": {"LI"}, "TR": {"Table", "THead", "TBody", "TFoot"},
                    "TH": {"TR"}, "TD": {"TR"}, "THead": {"Table"}, "TBody": {"Table"}, "TFoot": {"Table"}}
_DIBUJA = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "INLINE IMAGE"}
_TEXTO = {"Tj", "TJ", "'", '"'}
_IDIOMA = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_OCULTA = 2   # el bit Hidden de /F

REGLAS = {
    "7.1-1 contenido y artefacto no se anidan": "ninguna secuencia marcada con MCID dentro de un /Artifact ni al revés",
    "7.1-3 todo el contenido está etiquetado o es artefacto": "cada texto, trazo, imagen o XObject de cada página",
    "7.1-8 título en los metadatos": "dc:title en el XMP",
    "7.1-10 se muestra el título": "/ViewerPreferences /DisplayDocTitle true",
    "7.1-11 marcado": "/MarkInfo /Marked true, sin /Suspects",
    "7.1 árbol y ParentTree": "cada MCID una vez en el árbol y su /ParentTree lleva a su elemento; /StructParents",
    "7.1 tipos estándar": "solo tipos de ISO 32000-1 §14.8.4 (o con /RoleMap)",
    "7.2 idioma del documento y de cada pasaje": "/Lang del catálogo y de cada elemento, etiquetas BCP 47",
    "7.2 anidamiento de listas y tablas": "L > LI > Lbl/LBody; Table > TR > TH/TD",
    "7.3 figuras con texto alternativo": "/Alt (o /ActualText) en cada Figure",
    "7.4 títulos anidados": "el primer título es H1 y ningún nivel se saltea",
    "7.5 tablas regulares": "cada fila con la misma cantidad de columnas (contando /ColSpan y /RowSpan)",
    "7.5 encabezados con alcance": "cada TH con /Scope (o la tabla con /Headers)",
    "7.18.1 anotaciones en el árbol": "cada anotación visible nombrada por un elemento (OBJR) y con /StructParent",
    "7.18.1 anotaciones descritas": "/Contents o /Alt en cada anotación visible que no es un campo",
    "7.18.3 orden de tabulación": "/Tabs /S en cada página con anotaciones",
    "7.18.4 campos de formulario": "cada widget en un elemento Form; cada campo con /TU (o /Alt en su Form)",
    "7.18.5 enlaces": "cada anotación Link en un elemento Link, con /Contents",
}


def _hijos_directos(elementos: list[Elemento], indice: int) -> list[Elemento]:
    profundidad = elementos[indice].profundidad
    hijos = []
    for e in elementos[indice + 1:]:
        if e.profundidad <= profundidad:
            break
        if e.profundidad == profundidad + 1:
            hijos.append(e)
    return hijos


def _padres(elementos: list[Elemento]) -> dict[int, Elemento | None]:
    """id(elemento) -> su padre en el árbol (None para los de arriba)."""
    pila: list[Elemento] = []
    padres: dict[int, Elemento | None] = {}
    for e in elementos:
        while pila and pila[-1].profundidad >= e.profundidad:
            pila.pop()
        padres[id(e)] = pila[-1] if pila else None
        pila.append(e)
    return padres


def _contenido(pdf: pikepdf.Pdf) -> tuple[list[str], list[str]]:
    """Faltas de 7.1-3 (lo dibujado fuera de toda marca) y de 7.1-1 (marcas anidadas al revés), página por página."""
    fuera, anidadas = [], []
    for numero, pagina in enumerate(pdf.pages, start=1):
        pila: list[tuple[str, bool]] = []   # (etiqueta, con MCID)
        for operandos, operador in pikepdf.parse_content_stream(pagina):
            op = str(operador)
            if op in ("BDC", "BMC"):
                etiqueta = str(operandos[0])[1:]
                propiedades = operandos[1] if op == "BDC" else None
                con_mcid = isinstance(propiedades, pikepdf.Dictionary) and "/MCID" in propiedades
                en_artefacto = any(e == "Artifact" for e, _ in pila)
                en_contenido = any(m for _, m in pila)
                if (con_mcid and en_artefacto) or (etiqueta == "Artifact" and en_contenido):
                    anidadas.append(f"página {numero}: /{etiqueta} dentro de "
                                    f"{'un artefacto' if en_artefacto else 'contenido etiquetado'}")
                pila.append((etiqueta, con_mcid))
            elif op == "EMC":
                if pila:
                    pila.pop()
            elif op in _DIBUJA:
                if not any(e == "Artifact" or m for e, m in pila):
                    que = "texto" if op in _TEXTO else ("XObject" if op == "Do" else f"«{op}»")
                    fuera.append(f"página {numero}: {que} sin etiqueta ni marca de artefacto")
    return fuera, anidadas


def _arbol_y_padres(pdf: pikepdf.Pdf, elementos: list[Elemento], usados: dict) -> list[str]:
    faltas = []
    raiz = pdf.Root.StructTreeRoot
    veces = [clave for clave, n in usados.items() if n != 1]
    faltas += [f"página {p + 1}, MCID {m}: el árbol lo nombra {usados[(p, m)]} veces" for p, m in veces]
    if "/ParentTree" not in raiz:
        return faltas + ["el árbol no tiene /ParentTree"]
    numeros = list(raiz.ParentTree.get("/Nums", []))
    arbol_padres = dict(zip([int(n) for n in numeros[0::2]], numeros[1::2]))
    dueno = {clave: e.objeto.objgen for e in elementos for clave in e.contenido}
    for indice, pagina in enumerate(pdf.pages):
        marcados = set()
        for operandos, operador in pikepdf.parse_content_stream(pagina):
            if str(operador) == "BDC" and isinstance(operandos[1], pikepdf.Dictionary) and "/MCID" in operandos[1]:
                marcados.add(int(operandos[1].MCID))
        if not marcados:
            continue
        if "/StructParents" not in pagina.obj:
            faltas.append(f"página {indice + 1}: tiene contenido marcado y no /StructParents")
            continue
        lista = arbol_padres.get(int(pagina.obj.StructParents))
        for mcid in sorted(marcados):
            if (indice, mcid) not in dueno:
                faltas.append(f"página {indice + 1}, MCID {mcid}: ningún elemento lo contiene")
            elif lista is None or mcid >= len(lista) or lista[mcid].objgen != dueno[(indice, mcid)]:
                faltas.append(f"página {indice + 1}, MCID {mcid}: el /ParentTree no lleva a su elemento")
    return faltas


def _idiomas(pdf: pikepdf.Pdf, elementos: list[Elemento], paginas: list) -> list[str]:
    faltas = []
    idioma = str(pdf.Root.get("/Lang", ""))
    if not _IDIOMA.match(idioma):
        faltas.append(f"el catálogo no dice su idioma (/Lang «{idioma}»)")
    faltas += [f"{e.rol} «{e.texto[:40]}»: /Lang «{e.idioma}» no es una etiqueta de idioma" for e in elementos
               if e.idioma is not None and not _IDIOMA.match(e.idioma)]
    faltas += [f"página {n}: un pasaje marcado con /Lang «{idioma}», que no es una etiqueta de idioma"
               for n, pagina in enumerate(paginas, start=1) for idioma in pagina.idiomas_en_marcas
               if not _IDIOMA.match(idioma)]
    return faltas


def _anidamiento(elementos: list[Elemento]) -> list[str]:
    faltas = []
    padres = _padres(elementos)
    for indice, e in enumerate(elementos):
        padre = padres[id(e)]
        if e.rol in PADRES_OBLIGADOS and (padre is None or padre.rol not in PADRES_OBLIGADOS[e.rol]):
            faltas.append(f"{e.rol} dentro de {padre.rol if padre else 'la raíz'}")
        if e.rol in HIJOS_PERMITIDOS:
            faltas += [f"{h.rol} dentro de {e.rol}" for h in _hijos_directos(elementos, indice)
                       if h.rol not in HIJOS_PERMITIDOS[e.rol]]
    return faltas


def _titulos(elementos: list[Elemento]) -> list[str]:
    niveles = [int(e.rol[1]) for e in elementos if re.fullmatch(r"H[1-6]", e.rol)]
    faltas = []
    if niveles and niveles[0] != 1:
        faltas.append(f"el primer título es H{niveles[0]}, no H1")
    faltas += [f"de H{a} pasa a H{b}" for a, b in zip(niveles, niveles[1:]) if b > a + 1]
    return faltas


def _atributo(elemento: Elemento, nombre: str, omision: int = 1) -> int:
    atributos = elemento.objeto.get("/A")
    lista = atributos if isinstance(atributos, pikepdf.Array) else [atributos] if atributos is not None else []
    for a in lista:
        if isinstance(a, pikepdf.Dictionary) and nombre in a:
            return int(a[nombre])
    return omision


def _tablas(elementos: list[Elemento]) -> tuple[list[str], list[str]]:
    irregulares, sin_alcance = [], []
    for indice, tabla in enumerate(elementos):
        if tabla.rol != "Table":
            continue
        filas = [h for h in _hijos_directos(elementos, indice) if h.rol == "TR"]
        for grupo in (h for h in _hijos_directos(elementos, indice) if h.rol in ("THead", "TBody", "TFoot")):
            filas += [f for f in _hijos_directos(elementos, elementos.index(grupo)) if f.rol == "TR"]
        ocupadas: dict[int, int] = {}   # fila -> columnas que le ocupan celdas de filas de arriba (/RowSpan)
        anchos = []
        for n, fila in enumerate(filas):
            ancho = ocupadas.get(n, 0)
            for celda in _hijos_directos(elementos, elementos.index(fila)):
                columnas = _atributo(celda, "/ColSpan")
                ancho += columnas
                for abajo in range(1, _atributo(celda, "/RowSpan")):
                    ocupadas[n + abajo] = ocupadas.get(n + abajo, 0) + columnas
            anchos.append(ancho)
        if len(set(anchos)) > 1:
            primera = next((e.texto for e in elementos[indice:] if e.texto), "")[:40]
            irregulares.append(f"la tabla que empieza «{primera}» tiene filas de {sorted(set(anchos))} columnas")
        sin_alcance += [f"TH «{c.texto[:40]}» sin /Scope" for f in filas
                        for c in _hijos_directos(elementos, elementos.index(f))
                        if c.rol == "TH" and c.alcance is None and "/Headers" not in str(c.objeto.get("/A", ""))]
    return irregulares, sin_alcance


def _visible(anotacion, pagina) -> bool:
    """Una anotación que PDF/UA pide en el árbol: no oculta y con su rectángulo dentro de la página."""
    if int(anotacion.get("/F", 0)) & _OCULTA:
        return False
    x0, y0, x1, y1 = (float(v) for v in anotacion.Rect)
    caja = [float(v) for v in pagina.obj.get("/CropBox", pagina.obj.MediaBox)]
    return not (max(x0, x1) < caja[0] or min(x0, x1) > caja[2] or max(y0, y1) < caja[1] or min(y0, y1) > caja[3])


def _anotaciones(pdf: pikepdf.Pdf, elementos: list[Elemento]) -> dict[str, list[str]]:
    faltas = {regla: [] for regla in ("7.18.1 anotaciones en el árbol", "7.18.1 anotaciones descritas",
                                      "7.18.3 orden de tabulación", "7.18.4 campos de formulario", "7.18.5 enlaces")}
    nombradas = {a.objgen: e for e in elementos for a in e.anotaciones}
    numeros = list(pdf.Root.StructTreeRoot.get("/ParentTree", {}).get("/Nums", []))
    arbol_padres = dict(zip([int(n) for n in numeros[0::2]], numeros[1::2]))
    for numero, pagina in enumerate(pdf.pages, start=1):
        anotaciones = list(pagina.obj.get("/Annots", []))
        if anotaciones and pagina.obj.get("/Tabs") != pikepdf.Name.S:
            faltas["7.18.3 orden de tabulación"].append(f"página {numero}: /Tabs no es /S")
        for a in anotaciones:
            tipo = str(a.get("/Subtype"))[1:]
            if tipo == "Popup" or not _visible(a, pagina):
                continue
            donde = f"página {numero}: {tipo} «{a.get('/T', a.get('/Contents', ''))}»"
            elemento = nombradas.get(a.objgen)
            if elemento is None:
                faltas["7.18.1 anotaciones en el árbol"].append(f"{donde}: ningún elemento la nombra")
            elif "/StructParent" not in a or \
                    arbol_padres.get(int(a.StructParent), pikepdf.Dictionary()).objgen != elemento.objeto.objgen:
                faltas["7.18.1 anotaciones en el árbol"].append(f"{donde}: su /StructParent no lleva a su elemento")
            if tipo == "Widget":
                if elemento is not None and elemento.rol != "Form":
                    faltas["7.18.4 campos de formulario"].append(f"{donde}: en un {elemento.rol}, no en un Form")
                campo = a if "/FT" in a or "/Parent" not in a else a.Parent
                if not str(campo.get("/TU", "")).strip() and not (elemento and elemento.alt):
                    faltas["7.18.4 campos de formulario"].append(f"{donde}: sin /TU ni /Alt")
            else:
                if not str(a.get("/Contents", "")).strip() and not (elemento and elemento.alt):
                    faltas["7.18.1 anotaciones descritas"].append(f"{donde}: sin /Contents ni /Alt")
            if tipo == "Link":
                if elemento is not None and elemento.rol != "Link":
                    faltas["7.18.5 enlaces"].append(f"{donde}: en un {elemento.rol}, no en un Link")
                if not str(a.get("/Contents", "")).strip():
                    faltas["7.18.5 enlaces"].append(f"{donde}: sin /Contents")
    # Los campos sin widget propio en la página (un campo con hijos) también necesitan su nombre para quien oye.
    for campo in pdf.Root.get("/AcroForm", {}).get("/Fields", []):
        if "/Kids" in campo and not str(campo.get("/TU", "")).strip():
            faltas["7.18.4 campos de formulario"].append(f"el campo «{campo.get('/T', '')}» no tiene /TU")
    return faltas


def faltas_pdfua(ruta: Path) -> dict[str, list[str]]:
    """{regla: [faltas]} de REGLAS para el PDF de `ruta`; una lista vacía, la regla se cumple."""
    with pikepdf.open(ruta) as pdf:
        raiz = pdf.Root
        if "/StructTreeRoot" not in raiz:
            return {regla: ["el PDF no está etiquetado (no tiene /StructTreeRoot)"] for regla in REGLAS}
        elementos, usados, paginas = recorrer(pdf)
        fuera, anidadas = _contenido(pdf)
        irregulares, sin_alcance = _tablas(elementos)
        with pdf.open_metadata() as xmp:
            titulo = xmp.get("dc:title")
        marcas = raiz.get("/MarkInfo", pikepdf.Dictionary())
        preferencias = raiz.get("/ViewerPreferences", pikepdf.Dictionary())
        return {
            "7.1-1 contenido y artefacto no se anidan": anidadas,
            "7.1-3 todo el contenido está etiquetado o es artefacto": fuera,
            "7.1-8 título en los metadatos": [] if titulo else ["el XMP no tiene dc:title"],
            "7.1-10 se muestra el título": [] if bool(preferencias.get("/DisplayDocTitle", False)) else
            ["/DisplayDocTitle no es true"],
            "7.1-11 marcado": ([] if bool(marcas.get("/Marked", False)) else ["/MarkInfo /Marked no es true"])
            + (["/MarkInfo /Suspects es true"] if bool(marcas.get("/Suspects", False)) else []),
            "7.1 árbol y ParentTree": _arbol_y_padres(pdf, elementos, usados),
            "7.1 tipos estándar": sorted({f"/{e.rol}" for e in elementos if e.rol not in ESTANDAR
                                          and e.rol not in raiz.StructTreeRoot.get("/RoleMap", {})}),
            "7.2 idioma del documento y de cada pasaje": _idiomas(pdf, elementos, paginas),
            "7.2 anidamiento de listas y tablas": _anidamiento(elementos),
            "7.3 figuras con texto alternativo": [f"Figure en la posición {i} sin /Alt" for i, e in enumerate(elementos)
                                                  if e.rol == "Figure" and not e.alt
                                                  and "/ActualText" not in e.objeto],
            "7.4 títulos anidados": _titulos(elementos),
            "7.5 tablas regulares": irregulares,
            "7.5 encabezados con alcance": sin_alcance,
            **_anotaciones(pdf, elementos),
        }
