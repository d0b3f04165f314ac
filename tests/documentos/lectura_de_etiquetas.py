"""Lee un PDF etiquetado como lo recorre un lector de pantalla: el árbol de estructura en orden, con el texto de
cada elemento sacado de su contenido marcado (por MCID, del flujo de cada página, decodificado con el /ToUnicode de
su fuente). Lo usa tests/documentos/test_pdf_etiquetado.py; no depende de nada del programa.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pikepdf


def _cmap(fuente) -> dict[int, str]:
    """El /ToUnicode de una fuente simple (las de reportlab): código de un byte -> texto."""
    tabla: dict[int, str] = {}
    if "/ToUnicode" not in fuente:
        return tabla
    texto = bytes(fuente.ToUnicode.read_bytes()).decode("latin-1")
    for bloque in re.findall(r"beginbfchar(.*?)endbfchar", texto, re.S):
        for codigo, destino in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", bloque):
            tabla[int(codigo, 16)] = bytes.fromhex(destino).decode("utf-16-be")
    for bloque in re.findall(r"beginbfrange(.*?)endbfrange", texto, re.S):
        for desde, hasta, destino in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", bloque):
            inicio = int(destino, 16)
            for i, codigo in enumerate(range(int(desde, 16), int(hasta, 16) + 1)):
                tabla[codigo] = chr(inicio + i)
    return tabla


@dataclass
class Pagina:
    """Lo marcado de una página: el texto de cada MCID, el de los artefactos y el que quedó fuera de todo."""

    por_mcid: dict[int, str] = field(default_factory=dict)
    etiqueta_de_mcid: dict[int, str] = field(default_factory=dict)
    artefactos: list[str] = field(default_factory=list)
    fuera: list[str] = field(default_factory=list)
    mcid_repetidos: list[int] = field(default_factory=list)
    # Los pasajes con su propio idioma dentro de un MCID (`/Span <</Lang (es)>> BDC … EMC`): [(idioma, texto)].
    pasajes: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    idiomas_en_marcas: list[str] = field(default_factory=list)


def leer_pagina(pagina) -> Pagina:
    fuentes = {}
    recursos = pagina.obj.get("/Resources", {})
    for nombre, fuente in recursos.get("/Font", {}).items():
        fuentes[nombre] = _cmap(fuente)
    leida = Pagina()
    pila: list[tuple[str, int | None]] = []   # (etiqueta, mcid) de las secuencias abiertas
    idiomas: list[str | None] = []            # el /Lang de cada secuencia abierta (None: sin el suyo)
    cmap: dict[int, str] = {}
    # Dos Tj seguidos, sin moverse entre ellos (a lo sumo la marca de un pasaje con su idioma, `/Span <</Lang (es)>>
    # BDC … EMC`, que parte el texto), son un mismo texto: el segundo va pegado al primero (sin el espacio que se
    # agrega tras cada Tj); el espacio entre dos palabras está en el texto mismo.
    pegado = False
    for operandos, operador in pikepdf.parse_content_stream(pagina):
        op = str(operador)
        if op not in ("BDC", "EMC", "Tj", "TJ", "'", '"'):
            pegado = False
        if op == "BDC":
            etiqueta, propiedades = str(operandos[0])[1:], operandos[1]
            mcid = int(propiedades["/MCID"]) if isinstance(propiedades, pikepdf.Dictionary) and "/MCID" in propiedades else None
            if mcid is not None:
                if mcid in leida.por_mcid:
                    leida.mcid_repetidos.append(mcid)
                leida.por_mcid[mcid] = ""
                leida.etiqueta_de_mcid[mcid] = etiqueta
            pila.append((etiqueta, mcid))
            idioma = str(propiedades["/Lang"]) if isinstance(propiedades, pikepdf.Dictionary) and "/Lang" in propiedades \
                else None
            idiomas.append(idioma)
            if idioma is not None:
                leida.idiomas_en_marcas.append(idioma)
        elif op == "BMC":
            pila.append((str(operandos[0])[1:], None))
            idiomas.append(None)
        elif op == "EMC":
            pila.pop()
            idiomas.pop()
        elif op == "Tf":
            cmap = fuentes.get(str(operandos[0]), {})
        elif op in ("Tj", "TJ", "'", '"'):
            cadenas = operandos[0] if op == "TJ" else [operandos[-1]]
            texto = "".join("".join(cmap.get(b, "?") for b in bytes(c)) for c in cadenas
                            if isinstance(c, pikepdf.String))
            if op == "TJ" and any(not isinstance(c, pikepdf.String) and float(c) < -200 for c in cadenas):
                pass
            if not texto:
                continue
            if any(e == "Artifact" for e, _ in pila):
                leida.artefactos.append(texto)
            else:
                mcid = next((m for _, m in reversed(pila) if m is not None), None)
                if mcid is None:
                    leida.fuera.append(texto)
                else:
                    if pegado and leida.por_mcid[mcid].endswith(" "):
                        leida.por_mcid[mcid] = leida.por_mcid[mcid][:-1]
                    leida.por_mcid[mcid] += texto + " "
                    pegado = True   # otro Tj justo después (en otra fuente, o tras la marca de un pasaje) sigue pegado
                    idioma = next((i for i in reversed(idiomas) if i is not None), None)
                    if idioma is not None:
                        pasajes = leida.pasajes.setdefault(mcid, [])
                        if pasajes and pasajes[-1][0] == idioma and pasajes[-1][2] == len(idiomas):
                            pasajes[-1] = (idioma, pasajes[-1][1] + texto + " ", len(idiomas))
                        else:
                            pasajes.append((idioma, texto + " ", len(idiomas)))
        elif op in ("ET", "T*", "Td", "TD") and pila:
            mcid = next((m for _, m in reversed(pila) if m is not None), None)
            if mcid is not None and leida.por_mcid[mcid] and not leida.por_mcid[mcid].endswith(" "):
                leida.por_mcid[mcid] += " "
    return leida


@dataclass(eq=False)
class Elemento:
    rol: str
    texto: str
    profundidad: int
    alt: str | None
    alcance: str | None
    objeto: object
    contenido: list[tuple[int, int]] = field(default_factory=list)   # sus (página, MCID), en orden
    anotaciones: list = field(default_factory=list)                   # las anotaciones que nombra (OBJR)
    idioma: str | None = None                                         # su /Lang propio, si lo tiene
    pasajes: list[tuple[str, str]] = field(default_factory=list)      # (idioma, texto) marcados dentro de él


def recorrer(pdf: pikepdf.Pdf) -> tuple[list[Elemento], dict[tuple[int, int], int], list[Pagina]]:
    """Los elementos del árbol en orden de lectura (primero en profundidad), con el texto propio de cada uno (sus MCID
    directos); y cuántas veces el árbol nombra cada (página, MCID)."""
    paginas = list(pdf.pages)
    numero = {p.objgen: i for i, p in enumerate(paginas)}
    leidas = [leer_pagina(p) for p in paginas]
    usados: dict[tuple[int, int], int] = {}
    elementos: list[Elemento] = []

    def visitar(nodo, profundidad: int, pagina_heredada) -> None:
        pagina = nodo.get("/Pg", pagina_heredada)
        textos, contenido, anotaciones = [], [], []
        indice = len(elementos)
        elementos.append(None)
        hijos = nodo.get("/K")
        if hijos is None:
            hijos = []
        elif not isinstance(hijos, pikepdf.Array):
            hijos = [hijos]
        for hijo in hijos:
            if isinstance(hijo, int) or (not isinstance(hijo, pikepdf.Dictionary) and not hasattr(hijo, "keys")):
                clave = (numero[pagina.objgen], int(hijo))
                usados[clave] = usados.get(clave, 0) + 1
                textos.append(leidas[clave[0]].por_mcid.get(clave[1], ""))
                contenido.append(clave)
            elif hijo.get("/Type") == pikepdf.Name.OBJR:
                anotaciones.append(hijo.Obj)
            elif hijo.get("/Type") == pikepdf.Name.MCR:
                clave = (numero[hijo.Pg.objgen], int(hijo.MCID))
                usados[clave] = usados.get(clave, 0) + 1
                textos.append(leidas[clave[0]].por_mcid.get(clave[1], ""))
                contenido.append(clave)
            else:
                visitar(hijo, profundidad + 1, pagina)
        atributos = nodo.get("/A")
        alcance = str(atributos.get("/Scope"))[1:] if atributos is not None and "/Scope" in atributos else None
        elementos[indice] = Elemento(str(nodo.S)[1:], " ".join(" ".join(textos).split()), profundidad,
                                     str(nodo.Alt) if "/Alt" in nodo else None, alcance, nodo, contenido, anotaciones,
                                     str(nodo.Lang) if "/Lang" in nodo else None,
                                     [(idioma, " ".join(texto.split())) for p, m in contenido
                                      for idioma, texto, _ in leidas[p].pasajes.get(m, [])])

    raiz = pdf.Root.StructTreeRoot
    for hijo in (raiz.K if isinstance(raiz.K, pikepdf.Array) else [raiz.K]):
        visitar(hijo, 0, None)
    return elementos, usados, leidas
