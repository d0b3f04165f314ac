"""El manual de la aplicación (Ayuda › Manual de uso), generado de la guía de usuaria en Markdown.

La guía vive en `docs/guia/<idioma>/`: `README.md` es la portada (título, presentación, nota y el índice) y cada
capítulo es un archivo `NN-nombre.md`, en el orden de su número. De ahí sale un solo HTML por idioma,
`recursos/manual/manual.html` (castellano) y `recursos/manual/pt_BR/manual.html`, que el programa abre con un
QTextBrowser (`escritorio/interfaz/dialogos/manual.py`): sin conexión, sin scripts ni recursos externos, con el
estilo de `docs/guia/manual.css`.

    .venv/bin/python docs/herramientas/generar_manual.py       # o «make manual»: vuelve a escribir los dos HTML

`tests/documentacion/test_manual_generado.py` falla si un HTML no es el que sale de la guía (alguien editó el HTML
a mano, o la guía sin regenerar).

El Markdown es un subconjunto chico (el de pandoc, que también lee GitHub salvo las llaves):

- `# Título {#ancla}`: en un capítulo, `#` es el capítulo (h2, numerado solo), `##` una sección (h3) y `###` un
  apartado (h4); en la portada, `#` es el título del manual (h1). El ancla es la misma en los dos idiomas: el
  programa abre el manual en una sección por su ancla («faq-voto»). Las secciones con ancla van al índice.
- Párrafos; listas con `- ` o `1. ` (la continuación de un ítem, con sangría); tablas con `|`; bloques ``` (la
  lista de órdenes); notas `> [!NOTE]` (recuadro celeste) y `> [!TIP]` (consejo, recuadro amarillo).
- Una captura es un párrafo que empieza con `![texto](ruta/al/png){width=600}` (dos en la misma línea van lado
  a lado); las líneas siguientes del párrafo son su epígrafe. La ruta es la real desde el archivo .md (así se ve
  también en GitHub); en el HTML queda relativa a la carpeta del manual.
- En el texto: `**negrita**`, `*cursiva*`, `` `código` ``, `[enlace](destino)`, `[[Botón o menú]]` (el rótulo de
  un botón), `<kbd>Ctrl+F</kbd>` (una tecla), `<br>` y `\\*` para un asterisco. Un enlace a otro capítulo
  (`04-cuotas.md#pagos`) lleva a su ancla; uno a otro documento del repositorio (`../../servidor.md`) queda como
  texto (el manual no abre archivos de afuera); uno a Internet se muestra, sin seguirlo.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[2]
GUIA = RAIZ / "docs" / "guia"
ESTILO = GUIA / "manual.css"

# idioma de la guía -> (carpeta del manual generado, atributo lang, texto del enlace al índice al final de cada capítulo)
IDIOMAS = {
    "es": ("recursos/manual", "es", "↑ Volver al índice"),
    "pt_BR": ("recursos/manual/pt_BR", "pt-BR", "↑ Voltar ao índice"),
}
NOTAS = {"NOTE": "#eaf3fb", "TIP": "#fff6e0"}   # el color de fondo de cada clase de recuadro
SEPARADOR = "<!-- " + "=" * 85 + " -->"


class ErrorDeLaGuia(Exception):
    """La guía tiene algo que el generador no sabe convertir: el mensaje dice archivo y línea."""


# ---------------------------------------------------------------------------------------------------------------
# Lo que se escribe dentro de un párrafo
# ---------------------------------------------------------------------------------------------------------------

_EN_LINEA = re.compile(
    r"(?P<escape>\\[*\[\]`\\<>])"
    r"|(?P<codigo>`[^`]+`)"
    r"|(?P<boton>\[\[(?P<rotulo>.+?)\]\])"
    r"|(?P<tecla><kbd>(?P<teclas>.+?)</kbd>)"
    r"|(?P<salto><br>)"
    r"|(?P<enlace>\[(?P<texto>[^\]]+)\]\((?P<destino>[^)\s]+)\))"
    r"|(?P<negrita>\*\*(?P<fuerte>\S(?:.*?\S)?)\*\*)"
    r"|(?P<cursiva>\*(?P<suave>[^*\s](?:[^*]*?[^*\s])?)\*)",
    re.DOTALL)


@dataclass
class Contexto:
    """Lo que hace falta para resolver enlaces e imágenes de un archivo de la guía."""
    archivo: Path
    anclas_de_capitulo: dict[str, str] = field(default_factory=dict)   # "04-cuotas.md" -> "cuotas"
    salida: Path = Path(".")   # la carpeta del manual generado (las imágenes quedan relativas a ella)


def en_linea(texto: str, contexto: Contexto) -> str:
    """El HTML de un texto de párrafo (con sus saltos de línea tal cual)."""
    partes = []
    posicion = 0
    for marca in _EN_LINEA.finditer(texto):
        partes.append(html.escape(texto[posicion:marca.start()], quote=False))
        posicion = marca.end()
        tipo = marca.lastgroup if marca.lastgroup in ("escape", "codigo", "salto") else next(
            g for g in ("boton", "tecla", "enlace", "negrita", "cursiva") if marca.group(g))
        if tipo == "escape":
            partes.append(html.escape(marca.group()[1], quote=False))
        elif tipo == "codigo":
            partes.append(f"<code>{html.escape(marca.group()[1:-1], quote=False)}</code>")
        elif tipo == "salto":
            partes.append("<br>")
        elif tipo == "boton":
            partes.append(f'<span class="boton">&nbsp;{en_linea(marca.group("rotulo"), contexto)}&nbsp;</span>')
        elif tipo == "tecla":
            partes.append(f'<span class="tecla">&nbsp;{html.escape(marca.group("teclas"), quote=False)}&nbsp;</span>')
        elif tipo == "enlace":
            partes.append(_enlace(marca.group("texto"), marca.group("destino"), contexto))
        elif tipo == "negrita":
            partes.append(f"<b>{en_linea(marca.group('fuerte'), contexto)}</b>")
        else:
            partes.append(f"<i>{en_linea(marca.group('suave'), contexto)}</i>")
    partes.append(html.escape(texto[posicion:], quote=False))
    return "".join(partes)


def _enlace(texto: str, destino: str, contexto: Contexto) -> str:
    adentro = en_linea(texto, contexto)
    if re.match(r"https?://", destino):
        return f'<a href="{html.escape(destino)}">{adentro}</a>'
    archivo, _, ancla = destino.partition("#")
    if not archivo:
        return f'<a href="#{ancla}">{adentro}</a>'
    nombre = Path(archivo).name
    if (contexto.archivo.parent / archivo).resolve().parent == contexto.archivo.parent.resolve() \
            and nombre in contexto.anclas_de_capitulo:
        return f'<a href="#{ancla or contexto.anclas_de_capitulo[nombre]}">{adentro}</a>'
    return adentro   # otro documento del repositorio: el manual no lo abre


# ---------------------------------------------------------------------------------------------------------------
# Bloques
# ---------------------------------------------------------------------------------------------------------------

_TITULO = re.compile(r"^(#{1,3}) (.+?)(?: \{#([\w-]+)\})?$")
_ITEM = re.compile(r"^( *)(-|\d+\.) (.*)$")
_IMAGEN = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)\{width=(\d+)\}")


@dataclass
class Titulo:
    nivel: int
    texto: str
    ancla: str | None


def _lineas_del_bloque(lineas: list[str], i: int) -> tuple[list[str], int]:
    """Las líneas de un párrafo (hasta una línea en blanco o el comienzo de otro bloque)."""
    bloque = []
    while i < len(lineas) and lineas[i].strip() and (not bloque or not _empieza_bloque(lineas[i])):
        bloque.append(lineas[i])
        i += 1
    return bloque, i


def _empieza_bloque(linea: str) -> bool:
    return bool(_TITULO.match(linea) or _ITEM.match(linea) or linea.startswith(("> ", "|", "```", "<!--")))


def convertir(texto: str, contexto: Contexto, *, portada: bool = False) -> list[Titulo | str]:
    """Los bloques de un archivo de la guía: cada título como `Titulo` y el resto ya en HTML."""
    lineas = texto.splitlines()
    salida: list[Titulo | str] = []
    i = 0

    def error(mensaje: str) -> ErrorDeLaGuia:
        return ErrorDeLaGuia(f"{contexto.archivo.relative_to(RAIZ)}:{i + 1}: {mensaje}")

    while i < len(lineas):
        linea = lineas[i]
        if not linea.strip():
            i += 1
        elif linea.startswith("<!--"):
            while "-->" not in lineas[i]:
                i += 1
            i += 1
        elif titulo := _TITULO.match(linea):
            nivel = len(titulo.group(1))
            salida.append(Titulo(nivel if portada else nivel + 1, titulo.group(2), titulo.group(3)))
            i += 1
        elif linea.startswith("```"):
            fin = next((j for j in range(i + 1, len(lineas)) if lineas[j].startswith("```")), None)
            if fin is None:
                raise error("un bloque ``` sin cerrar")
            salida.append("<pre>" + html.escape("\n".join(lineas[i + 1:fin]), quote=False) + "</pre>")
            i = fin + 1
        elif linea.startswith(">"):
            cita = []
            while i < len(lineas) and lineas[i].startswith(">"):
                cita.append(lineas[i][1:].removeprefix(" "))
                i += 1
            clase = re.fullmatch(r"\[!(\w+)\]", cita[0].strip())
            if not clase or clase.group(1) not in NOTAS:
                raise error("una nota empieza con «> [!NOTE]» o «> [!TIP]»")
            salida.append(f'<table class="nota" width="100%" cellspacing="0" cellpadding="8" '
                          f'bgcolor="{NOTAS[clase.group(1)]}"><tr><td>\n'
                          + en_linea("\n".join(cita[1:]), contexto) + "\n</td></tr></table>")
        elif linea.startswith("|"):
            filas = []
            while i < len(lineas) and lineas[i].startswith("|"):
                filas.append(lineas[i])
                i += 1
            salida.append(_tabla(filas, contexto))
        elif _ITEM.match(linea):
            items = []
            while i < len(lineas) and (_ITEM.match(lineas[i]) or (lineas[i].startswith("  ") and items)):
                items.append(lineas[i])
                i += 1
            salida.append(_lista(items, contexto))
        elif _IMAGEN.match(linea):
            bloque, i = _lineas_del_bloque(lineas, i)
            salida.append(_captura(bloque, contexto))
        else:
            bloque, i = _lineas_del_bloque(lineas, i)
            if portada and len(salida) == 1 and re.fullmatch(r"\*[^*].*\*", " ".join(bloque)):
                salida.append(f'<p class="subtitulo">{en_linea(" ".join(bloque)[1:-1], contexto)}</p>')
            else:
                salida.append(f"<p>{en_linea(chr(10).join(bloque), contexto)}</p>")
    return salida


def _celdas(fila: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<!\\)\|", fila.strip().strip("|"))]


def _tabla(filas: list[str], contexto: Contexto) -> str:
    encabezado, _, *cuerpo = filas
    salida = ['<table class="datos" width="100%" cellspacing="0" cellpadding="5" border="1">',
              "<tr>" + "".join(f"<th>{en_linea(c, contexto)}</th>" for c in _celdas(encabezado)) + "</tr>"]
    for fila in cuerpo:
        salida.append("<tr>" + "".join(f"<td>{en_linea(c.replace(chr(92) + '|', '|'), contexto)}</td>"
                                       for c in _celdas(fila)) + "</tr>")
    salida.append("</table>")
    return "\n".join(salida)


def _lista(lineas: list[str], contexto: Contexto) -> str:
    """Una lista (con sublistas por sangría): cada ítem con sus líneas de continuación."""
    items: list[tuple[int, str, list[str]]] = []   # (sangría, marca, líneas)
    for linea in lineas:
        marca = _ITEM.match(linea)
        if marca:
            items.append((len(marca.group(1)), marca.group(2), [marca.group(3)]))
        else:
            items[-1][2].append(linea.strip())

    def armar(desde: int, sangria: int) -> tuple[list[str], int]:
        ordenada = items[desde][1] != "-"
        inicio = int(items[desde][1][:-1]) if ordenada else 1
        salida = [f'<ol start="{inicio}">' if ordenada and inicio != 1 else ("<ol>" if ordenada else "<ul>")]
        j = desde
        while j < len(items) and items[j][0] == sangria:
            contenido = en_linea("\n".join(items[j][2]), contexto)
            j += 1
            if j < len(items) and items[j][0] > sangria:
                sub, j = armar(j, items[j][0])
                salida.append(f"<li>{contenido}\n" + "\n".join(sub) + "</li>")
            else:
                salida.append(f"<li>{contenido}</li>")
        salida.append("</ol>" if ordenada else "</ul>")
        return salida, j

    salida, _ = armar(0, items[0][0])
    return "\n".join(salida)


def _src(ruta: str, contexto: Contexto) -> str:
    real = (contexto.archivo.parent / ruta).resolve()
    if not real.is_file():
        raise ErrorDeLaGuia(f"{contexto.archivo.relative_to(RAIZ)}: no existe la imagen {ruta}")
    return Path(os.path.relpath(real, contexto.salida)).as_posix()


def _captura(lineas: list[str], contexto: Contexto) -> str:
    imagenes = _IMAGEN.findall(lineas[0])
    etiquetas = [f'<img src="{_src(ruta, contexto)}" width="{ancho}" alt="{html.escape(alt)}">'
                 for alt, ruta, ancho in imagenes]
    if len(etiquetas) == 1:
        salida = f'<p class="captura">{etiquetas[0]}</p>'
    else:
        celdas = '\n<td width="12"></td>\n'.join(f"<td>{e}</td>" for e in etiquetas)
        salida = f'<table cellspacing="0" cellpadding="0"><tr>\n{celdas}\n</tr></table>'
    if lineas[1:]:
        salida += f'\n<p class="pie">{en_linea(chr(10).join(lineas[1:]), contexto)}</p>'
    return salida


# ---------------------------------------------------------------------------------------------------------------
# El manual entero
# ---------------------------------------------------------------------------------------------------------------

def capitulos(idioma: str) -> list[Path]:
    return sorted((GUIA / idioma).glob("[0-9][0-9]-*.md"))


def _encabezado(titulo: Titulo) -> str:
    ancla = f'<a name="{titulo.ancla}" id="{titulo.ancla}"></a>' if titulo.ancla else ""
    return f"<h{titulo.nivel}>{ancla}{html.escape(titulo.texto, quote=False)}</h{titulo.nivel}>"


def _indice(entradas: list[tuple[Titulo, list[Titulo]]]) -> str:
    """El índice en dos columnas (partidas entre capítulos, lo más parejas posible), como el de siempre."""
    largos = [1 + len(secciones) for _, secciones in entradas]
    corte = min(range(1, len(entradas)), key=lambda k: abs(sum(largos[:k]) - sum(largos[k:])))

    def columna(desde: int, hasta: int) -> str:
        salida = ["<ol>" if desde == 0 else f'<ol start="{desde + 1}">']
        for capitulo, secciones in entradas[desde:hasta]:
            enlace = f'<li><a href="#{capitulo.ancla}">{html.escape(capitulo.texto, quote=False)}</a>'
            if secciones:
                salida.append(enlace + "\n  <ul>")
                salida += [f'  <li><a href="#{s.ancla}">{html.escape(s.texto, quote=False)}</a></li>' for s in secciones]
                salida.append("  </ul></li>")
            else:
                salida.append(enlace + "</li>")
        salida.append("</ol>")
        return "\n".join(salida)

    return ('<table class="indice" cellspacing="0" cellpadding="2"><tr><td>\n' + columna(0, corte)
            + "\n</td><td>\n" + columna(corte, len(entradas)) + "\n</td></tr></table>")


def generar(idioma: str) -> str:
    """El HTML del manual en `idioma`, armado de `docs/guia/<idioma>/`."""
    carpeta, lang, volver = IDIOMAS[idioma]
    carpeta_salida = RAIZ / carpeta
    archivos = capitulos(idioma)
    anclas = {}
    for archivo in archivos:
        primero = next((l for l in archivo.read_text(encoding="utf-8").splitlines() if l.startswith("# ")), "")
        marca = _TITULO.match(primero)
        if not marca or not marca.group(3):
            raise ErrorDeLaGuia(f"{archivo.relative_to(RAIZ)}: el capítulo empieza con «# Título {{#ancla}}»")
        anclas[archivo.name] = marca.group(3)

    def bloques(archivo: Path, portada: bool = False) -> list[Titulo | str]:
        contexto = Contexto(archivo, anclas, carpeta_salida)
        return convertir(archivo.read_text(encoding="utf-8"), contexto, portada=portada)

    portada = bloques(GUIA / idioma / "README.md", portada=True)
    del_capitulo = [bloques(archivo) for archivo in archivos]
    entradas = []
    for numero, bloques_del_capitulo in enumerate(del_capitulo, start=1):
        titulo = bloques_del_capitulo[0]
        entradas.append((titulo, [b for b in bloques_del_capitulo
                                   if isinstance(b, Titulo) and b.nivel == 3 and b.ancla]))
        bloques_del_capitulo[0] = Titulo(2, f"{numero}. {titulo.texto}", titulo.ancla)

    cuerpo = []
    omitir = False
    for bloque in portada:   # en la portada, lo que sigue al título del índice lo reemplaza el índice armado
        if isinstance(bloque, Titulo):
            cuerpo.append(_encabezado(bloque))
            omitir = bloque.ancla == "indice"
            if omitir:
                cuerpo.append(_indice(entradas))
        elif not omitir:
            cuerpo.append(bloque)
    for bloques_del_capitulo in del_capitulo:
        cuerpo.append(SEPARADOR)
        cuerpo += [_encabezado(b) if isinstance(b, Titulo) else b for b in bloques_del_capitulo]
        cuerpo.append(f'<p class="arriba"><a href="#indice">{volver}</a></p>')

    titulo = next(b for b in portada if isinstance(b, Titulo) and b.nivel == 1)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(titulo.texto, quote=False)}</title>\n<style>\n"
            + ESTILO.read_text(encoding="utf-8") + "</style>\n</head>\n<body>\n\n"
            + "\n\n".join(cuerpo) + "\n\n</body>\n</html>\n")


def destino(idioma: str) -> Path:
    return RAIZ / IDIOMAS[idioma][0] / "manual.html"


def principal(argv: list[str] | None = None) -> int:
    analizador = argparse.ArgumentParser(description="Genera el manual de la aplicación desde docs/guia/.")
    analizador.add_argument("--comprobar", action="store_true",
                            help="no escribe nada: sale con 1 si algún manual no es el que sale de la guía")
    args = analizador.parse_args(argv)
    desactualizados = []
    for idioma in IDIOMAS:
        try:
            nuevo = generar(idioma)
        except ErrorDeLaGuia as error:
            print(error, file=sys.stderr)
            return 1
        archivo = destino(idioma)
        if archivo.is_file() and archivo.read_text(encoding="utf-8") == nuevo:
            continue
        desactualizados.append(archivo)
        if not args.comprobar:
            archivo.write_text(nuevo, encoding="utf-8")
            print(f"Escrito {archivo.relative_to(RAIZ)}")
    if args.comprobar and desactualizados:
        print("Desactualizado (corra «make manual»): " + ", ".join(str(a.relative_to(RAIZ)) for a in desactualizados),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(principal())
