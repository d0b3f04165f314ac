"""El árbol de estructura de un PDF etiquetado, escrito con pikepdf en el PDF que dibujó reportlab (el segundo
tiempo de `etiquetas`: ver su docstring): los elementos con sus MCID, /ParentTree, /StructParents, las anotaciones
que el árbol nombra (enlaces y campos de firma), /MarkInfo y /DisplayDocTitle. Lo llama `pdfa.archivar`.
"""

from __future__ import annotations

from .etiquetas import Estructura, Nodo


def _atributos_de_tabla(nodo: Nodo) -> dict:
    """/Scope de un TH y /ColSpan, /RowSpan de una celda que ocupa varias (los atributos del dueño Table)."""
    import pikepdf

    atributos: dict = {}
    if nodo.alcance:
        atributos["Scope"] = pikepdf.Name("/" + nodo.alcance)
    if nodo.columnas > 1:
        atributos["ColSpan"] = nodo.columnas
    if nodo.filas > 1:
        atributos["RowSpan"] = nodo.filas
    return atributos


def escribir_estructura(pdf, estructura: Estructura) -> None:
    """Agrega a `pdf` (pikepdf, el que escribió reportlab con estas marcas) el árbol de estructura, /StructParents
    en cada página, /MarkInfo y /ViewerPreferences /DisplayDocTitle."""
    import pikepdf

    paginas = list(pdf.pages)
    raiz = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
    padres: dict[int, dict[int, pikepdf.Object]] = {}
    # Las anotaciones que el árbol nombra: los enlaces y los campos de firma de cada página, en su orden. La firma
    # llena después su campo en una revisión nueva: pyHanko lo admite si el árbol lo nombra como lo pide (el Form
    # con su OBJR como único hijo, /K sin lista: ver `escribir`); si no, sería un cambio sin explicar que invalida la
    # firma anterior (lo prueban tests/documentos/test_lineas_de_firma.py y test_pdfa.py, firmando dos veces).
    anotaciones: dict[tuple, tuple[pikepdf.Object, int]] = {}
    for indice, pagina in enumerate(paginas):
        enlaces = [a for a in pagina.obj.get("/Annots", []) if a.get("/Subtype") == pikepdf.Name.Link]
        anotaciones.update({("enlace", indice, k): (a, indice) for k, a in enumerate(enlaces)})
        campos = [a for a in pagina.obj.get("/Annots", []) if a.get("/FT") == pikepdf.Name.Sig]
        anotaciones.update({("firma", indice, k): (a, indice) for k, a in enumerate(campos)})
    objetos: list[tuple[pikepdf.Object, pikepdf.Object]] = []   # (anotación, su elemento)

    def escribir(nodo: Nodo, padre) -> pikepdf.Object:
        elemento = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name("/" + nodo.rol),
                                                        P=padre))
        if nodo.alt:
            elemento.Alt = pikepdf.String(nodo.alt)
        if nodo.idioma:
            elemento.Lang = pikepdf.String(nodo.idioma)
        atributos = _atributos_de_tabla(nodo)
        if atributos:
            elemento.A = pikepdf.Dictionary(O=pikepdf.Name.Table, **atributos)
        hijos = []
        pagina_del_elemento = next((h[0] for h in nodo.hijos if isinstance(h, tuple)), None)
        if pagina_del_elemento is not None:
            elemento.Pg = paginas[pagina_del_elemento].obj
        if nodo.anotacion in anotaciones:
            anotacion, pagina = anotaciones.pop(nodo.anotacion)
            elemento.Pg = paginas[pagina].obj
            hijos.append(pikepdf.Dictionary(Type=pikepdf.Name.OBJR, Obj=anotacion, Pg=paginas[pagina].obj))
            objetos.append((anotacion, elemento))
            if nodo.descripcion and not str(anotacion.get("/Contents", "")).strip():
                anotacion[pikepdf.Name("/Contents")] = pikepdf.String(nodo.descripcion)
        for hijo in nodo.hijos:
            if isinstance(hijo, Nodo):
                if hijo.anotacion is not None and hijo.anotacion not in anotaciones:
                    continue   # la anotación no está (no debería pasar): sin elemento vacío
                hijos.append(escribir(hijo, elemento))
                continue
            pagina, mcid = hijo
            padres.setdefault(pagina, {})[mcid] = elemento
            if pagina == pagina_del_elemento:
                hijos.append(mcid)
            else:
                hijos.append(pikepdf.Dictionary(Type=pikepdf.Name.MCR, Pg=paginas[pagina].obj, MCID=mcid))
        # Un elemento que solo nombra su anotación: /K es el OBJR mismo (el camino Root/StructTreeRoot/K…/K/Obj
        # que pyHanko reconoce como el de un campo en el árbol).
        elemento.K = hijos[0] if nodo.anotacion is not None and len(hijos) == 1 else pikepdf.Array(hijos)
        return elemento

    documento = escribir(estructura.raiz, raiz)
    raiz.K = pikepdf.Array([documento])
    numeros = []
    for indice, pagina in enumerate(paginas):
        pagina.obj.StructParents = indice
        # Tab en el orden de la estructura (PDF/UA 7.18.3), también en una página sin anotaciones todavía: la firma
        # invisible que se agrega después va en la primera.
        pagina.obj.Tabs = pikepdf.Name.S
        marcados = padres.get(indice, {})
        numeros += [indice, pdf.make_indirect(pikepdf.Array([marcados[m] for m in sorted(marcados)]))]
    for clave, (anotacion, elemento) in enumerate(objetos, start=len(paginas)):
        anotacion.StructParent = clave
        numeros += [clave, elemento]
    raiz.ParentTree = pdf.make_indirect(pikepdf.Dictionary(Nums=pikepdf.Array(numeros)))
    raiz.ParentTreeNextKey = len(paginas) + len(objetos)
    pdf.Root.StructTreeRoot = raiz
    pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=True)
    preferencias = pdf.Root.get("/ViewerPreferences") or pikepdf.Dictionary()
    preferencias.DisplayDocTitle = True
    pdf.Root.ViewerPreferences = preferencias
