"""Dónde está el QR de un PDF, qué lee zbarimg de él a 70 ppi y qué lo invade, y qué está mal en cada página con QR
de un documento. Lo usan test_qr_se_lee.py y tabla_de_documentos.py.

- El lugar del QR sale del PDF mismo, no del programa: los rectángulos negros rellenos de cada página (con la matriz
  de transformación en curso), juntados en el orden en que se dibujan; un grupo cuadrado de muchos módulos es un QR.
  El lado del módulo es el alto de sus rectángulos (cada tramo oscuro de una fila, uno).
- Lo que se lee: la página dibujada con `pdftoppm -r 70` y leída con `zbarimg` (solo las páginas con QR).
- Lo que lo invade: las palabras de la página (`pdftotext -bbox`) que tocan el QR o su zona en blanco (4 módulos
  alrededor, la que piden los lectores de QR), y los pixeles oscuros de esa zona en la imagen (una raya, un fondo
  oscuro o letras que pdftotext no ve).
"""

from __future__ import annotations

import html
import math
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import pikepdf
from PIL import Image

PPI = 70
MODULOS_EN_BLANCO = 4
_MM = 72 / 25.4
_OSCURO = 200   # un pixel de la zona en blanco con menos luz que esto la invade (el gris de un fondo de tabla, 219, no)
_RELLENOS = frozenset({"f", "F", "f*", "B", "B*", "b", "b*"})
_PALABRA = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
_ALTO_PAGINA = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
CODIGO = re.compile(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b")
VERIFICACION = {"es": "verificación:", "pt": "verificação:"}   # «Código de verificación: …», al pie


def programas_que_faltan() -> list[str]:
    return [p for p in ("pdftoppm", "pdftotext", "zbarimg") if shutil.which(p) is None]


@dataclass(frozen=True)
class Cuadro:
    """Un QR en la página, en puntos desde abajo a la izquierda (como el PDF)."""

    x0: float
    y0: float
    x1: float
    y1: float
    modulo: float

    @property
    def zona(self) -> float:
        return MODULOS_EN_BLANCO * self.modulo

    def con_zona(self) -> tuple[float, float, float, float]:
        z = self.zona
        return self.x0 - z, self.y0 - z, self.x1 + z, self.y1 + z

    def describir(self) -> str:
        return (f"QR de {(self.x1 - self.x0) / _MM:.1f} mm en x={self.x0 / _MM:.1f} mm, y={self.y0 / _MM:.1f} mm "
                f"(zona en blanco {self.zona / _MM:.1f} mm)")


@dataclass
class PaginaConQr:
    numero: int
    cuadros: list[Cuadro]
    leidos: list[str] = field(default_factory=list)
    palabras: list[str] = field(default_factory=list)   # las del texto de la página (para hallar su código)
    invasoras: list[str] = field(default_factory=list)
    pixeles_oscuros: int = 0


def _por(m, n):
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _rectangulos_negros(pagina: pikepdf.Page) -> list[tuple[float, float, float, float]]:
    """(x0, y0, x1, y1) de cada rectángulo relleno de negro de la página, en el orden en que se dibuja."""
    ctm, negro, pila, pendientes, negros = (1, 0, 0, 1, 0, 0), True, [], [], []
    for operandos, operador in pikepdf.parse_content_stream(pagina):
        op = str(operador)
        if op == "q":
            pila.append((ctm, negro))
        elif op == "Q" and pila:
            ctm, negro = pila.pop()
        elif op == "cm":
            ctm = _por(tuple(float(v) for v in operandos), ctm)
        elif op in ("rg", "g", "k", "sc", "scn"):
            valores = [float(v) for v in operandos if not isinstance(v, pikepdf.Name)]
            negro = (valores[3] > 0.99 and max(valores[:3]) < 0.01) if op == "k" else \
                bool(valores) and max(valores) < 0.01
        elif op == "re":
            x, y, w, h = (float(v) for v in operandos)
            a, b, c, d, e, f = ctm
            xs = [a * px + c * py + e for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h))]
            ys = [b * px + d * py + f for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h))]
            pendientes.append((min(xs), min(ys), max(xs), max(ys)))
        elif op in _RELLENOS:
            if negro:
                negros.extend(pendientes)
            pendientes = []
        elif op in ("S", "s", "n"):
            pendientes = []
    return negros


def cuadros_de_qr(pagina: pikepdf.Page) -> list[Cuadro]:
    """Los QR de la página: grupos de rectángulos negros de a lo sumo 2 mm de alto, dibujados seguidos, de arriba
    abajo sin más de una fila vacía entre dos (las filas de módulos) y cercanos en cada fila, que forman un cuadrado
    de más de 12 mm."""
    grupos: list[list] = []
    horizontal = 12 * _MM   # en una fila, los tramos oscuros van separados por los claros
    for r in _rectangulos_negros(pagina):
        if r[3] - r[1] > 2 * _MM:
            continue
        vertical = 1.2 * (r[3] - r[1])   # una fila entera clara (la que separa los cuadros de las esquinas) se salta
        if grupos:
            x0, y0, x1, y1 = grupos[-1][0]
            if r[0] <= x1 + horizontal and r[2] >= x0 - horizontal and r[1] <= y1 + vertical and r[3] >= y0 - vertical:
                grupos[-1][0] = (min(x0, r[0]), min(y0, r[1]), max(x1, r[2]), max(y1, r[3]))
                grupos[-1][1].append(r[3] - r[1])
                continue
        grupos.append([r, [r[3] - r[1]]])
    cuadros = []
    for (x0, y0, x1, y1), altos in grupos:
        ancho, alto = x1 - x0, y1 - y0
        if len(altos) >= 20 and ancho > 12 * _MM and abs(ancho - alto) < 0.03 * ancho:
            cuadros.append(Cuadro(x0, y0, x1, y1, min(altos)))
    return cuadros


def _palabras(ruta: Path, desde: int, hasta: int) -> dict[int, tuple[float, list]]:
    """{página: (alto, [(x0, y0, x1, y1, palabra)])} de las páginas `desde`..`hasta`, en puntos desde abajo a la
    izquierda; una sola llamada a pdftotext."""
    salida = subprocess.run(["pdftotext", "-q", "-f", str(desde), "-l", str(hasta), "-bbox", str(ruta), "-"],
                            capture_output=True, text=True, check=True, timeout=60).stdout
    paginas = {}
    for numero, trozo in enumerate(salida.split("<page ")[1:], desde):
        alto = float(_ALTO_PAGINA.search("<page " + trozo).group(2))
        paginas[numero] = (alto, [(float(a), alto - float(d), float(c), alto - float(b), html.unescape(t))
                                  for a, b, c, d, t in _PALABRA.findall(trozo)])
    return paginas


def _leer(imagenes: list[Path]) -> dict[Path, list[str]]:
    """Lo que zbarimg lee (solo QR) de cada imagen."""
    salida = subprocess.run(["zbarimg", "--quiet", "--xml", "-Sdisable", "-Sqrcode.enable", *map(str, imagenes)],
                            capture_output=True, text=True, timeout=120).stdout
    leidos: dict[Path, list[str]] = {imagen: [] for imagen in imagenes}
    if not salida.strip():
        return leidos
    espacio = "{http://zbar.sourceforge.net/2008/barcode}"
    for fuente in ElementTree.fromstring(salida).iter(f"{espacio}source"):
        leidos[Path(fuente.get("href"))] = [d.text or "" for d in fuente.iter(f"{espacio}data")]
    return leidos


def _dibujar(ruta: Path, numeros: list[int], carpeta: Path) -> dict[int, Path]:
    """Las páginas `numeros` a PPI, con una llamada a pdftoppm por tramo de páginas seguidas."""
    carpeta.mkdir(parents=True, exist_ok=True)
    imagenes: dict[int, Path] = {}
    tramos: list[list[int]] = []
    for n in sorted(numeros):
        if tramos and tramos[-1][-1] == n - 1:
            tramos[-1].append(n)
        else:
            tramos.append([n])
    for tramo in tramos:
        raiz = carpeta / f"{ruta.stem}-{tramo[0]}"
        subprocess.run(["pdftoppm", "-r", str(PPI), "-f", str(tramo[0]), "-l", str(tramo[-1]), str(ruta), str(raiz)],
                       check=True, capture_output=True, timeout=120)
        for n in tramo:
            # pdftoppm numera «raiz-N.ppm» con tantas cifras como las de la última página del PDF
            [imagen] = [p for p in carpeta.glob(f"{raiz.name}-*.ppm") if int(p.stem.rsplit("-", 1)[1]) == n]
            imagenes[n] = imagen
    return imagenes


def _pixeles_oscuros(imagen: Image.Image, alto_pagina: float, cuadro: Cuadro) -> int:
    """Los pixeles oscuros en la zona en blanco del QR: los que están enteros dentro de ella, fuera del QR (más un
    pixel y medio, donde se funden sus bordes)."""
    escala = PPI / 72
    borde = 1.5
    x0, y0, x1, y1 = cuadro.con_zona()
    # Los pixeles enteros dentro de la zona (el que la cruza se funde con lo que está fuera de ella).
    fuera = [math.ceil(x0 * escala), math.ceil((alto_pagina - y1) * escala),
             math.floor(x1 * escala), math.floor((alto_pagina - y0) * escala)]
    fuera = [max(0, fuera[0]), max(0, fuera[1]), min(imagen.width, fuera[2]), min(imagen.height, fuera[3])]
    dentro = (cuadro.x0 * escala - borde, (alto_pagina - cuadro.y1) * escala - borde,
              cuadro.x1 * escala + borde, (alto_pagina - cuadro.y0) * escala + borde)
    ancho = fuera[2] - fuera[0]
    valores = imagen.crop(tuple(fuera)).tobytes()   # gris: un byte por pixel
    oscuros = 0
    for i, valor in enumerate(valores):
        if valor >= _OSCURO:
            continue
        cx, cy = fuera[0] + i % ancho + 0.5, fuera[1] + i // ancho + 0.5
        if not (dentro[0] <= cx <= dentro[2] and dentro[1] <= cy <= dentro[3]):
            oscuros += 1
    return oscuros


def examinar(ruta: Path, carpeta: Path) -> list[PaginaConQr]:
    """Cada página de `ruta` que lleva un QR: qué se lee de ella a PPI, sus palabras y qué invade cada QR."""
    with pikepdf.open(ruta) as pdf:
        con_qr = [PaginaConQr(numero, cuadros) for numero, pagina in enumerate(pdf.pages, 1)
                  if (cuadros := cuadros_de_qr(pagina))]
    if not con_qr:
        return []
    imagenes = _dibujar(ruta, [p.numero for p in con_qr], carpeta)
    leidos = _leer(list(imagenes.values()))
    textos = _palabras(ruta, con_qr[0].numero, con_qr[-1].numero)
    for pagina in con_qr:
        pagina.leidos = leidos[imagenes[pagina.numero]]
        alto, palabras = textos[pagina.numero]
        pagina.palabras = [p[4] for p in palabras]
        with Image.open(imagenes[pagina.numero]) as imagen:
            gris = imagen.convert("L")
        for cuadro in pagina.cuadros:
            x0, y0, x1, y1 = cuadro.con_zona()
            pagina.invasoras += [p[4] for p in palabras if p[0] < x1 and p[2] > x0 and p[1] < y1 and p[3] > y0]
            pagina.pixeles_oscuros += _pixeles_oscuros(gris, alto, cuadro)
    return con_qr


# --- Qué está mal en la página de un documento -------------------------------------------------------------------

def pagina_verificada(direccion: str | None, codigo: str) -> str:
    """Lo que debe leerse del QR: la página de verificación del documento, o su código solo."""
    from escritorio.dominio.direccion_publica import direccion_de_verificacion

    return direccion_de_verificacion(direccion, codigo) if direccion else codigo


def faltas_de_la_pagina(pagina: PaginaConQr, direccion: str | None, idioma: str,
                        claves: str | None = None) -> list[str]:
    """Lo que está mal en una página con QR (vacío si nada): qué se leyó, qué lo pisa."""
    faltas = []
    texto = " ".join(pagina.palabras)
    codigos = set(CODIGO.findall(texto))
    if len(codigos) != 1:
        return [f"página {pagina.numero}: se esperaba un código de verificación en su texto, hay {sorted(codigos)}"]
    [codigo] = codigos
    if claves is not None and codigo not in claves:
        faltas.append(f"página {pagina.numero}: el código {codigo} no está en las palabras clave ({claves})")
    if VERIFICACION[idioma] not in texto:
        faltas.append(f"página {pagina.numero}: no dice «{VERIFICACION[idioma]}» (¿no está en su idioma?)")
    if len(pagina.cuadros) != 1:
        faltas.append(f"página {pagina.numero}: {len(pagina.cuadros)} QR")
    esperado = pagina_verificada(direccion, codigo)
    if pagina.leidos != [esperado]:
        faltas.append(f"página {pagina.numero}: zbarimg leyó {pagina.leidos} a 70 ppi, se esperaba [{esperado!r}] "
                      f"({'; '.join(c.describir() for c in pagina.cuadros)})")
    if pagina.invasoras:
        faltas.append(f"página {pagina.numero}: texto sobre el QR o su zona en blanco: {pagina.invasoras[:12]}")
    if pagina.pixeles_oscuros:
        faltas.append(f"página {pagina.numero}: {pagina.pixeles_oscuros} pixeles oscuros en la zona en blanco del QR")
    return faltas


def faltas_del_documento(ruta: Path, tipo: str, direccion: str | None, idioma: str, carpeta: Path) -> list[str]:
    """Lo que está mal en el QR de un documento (vacío si nada): cada aviso de cobro es una carta (una página) con su
    propio código; los demás, un QR en una página. `carpeta`: dónde dibujar las páginas."""
    with pikepdf.open(ruta) as pdf:
        paginas_del_pdf = len(pdf.pages)
        claves = str(pdf.docinfo.get("/Keywords", ""))
    paginas = examinar(ruta, carpeta)
    esperadas = paginas_del_pdf if tipo == "avisos" else 1
    faltas = [] if len(paginas) == esperadas else [f"QR en {len(paginas)} páginas, se esperaban {esperadas}"]
    for pagina in paginas:
        faltas += faltas_de_la_pagina(pagina, direccion, idioma, claves)
    return faltas
