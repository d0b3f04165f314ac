"""Una lista larga en columnas que se lee en orden en cada página (platypus).

Una tabla de columnas llenadas de arriba abajo sobre TODA la lista y cortada después por filas se lee mal:
la página 2 lleva el principio de cada columna y la 3 su final, así un país empieza en la 2, sigue en la 3 y
parece que faltan miembros. Aquí cada página se llena por su cuenta: primera columna de arriba abajo, después
la segunda, después la tercera; lo que no cabe sigue en la página siguiente, otra vez desde la primera columna.
La última parte se equilibra (columnas de alto parecido). Así, página por página, la lista se lee en orden.

Las entradas pueden venir agrupadas (por país): el título del grupo, con su cantidad, va antes de sus
entradas y nunca queda solo al pie de una columna; un grupo que sigue en otra columna o en otra página
repite su título con «(continuación)». Se dibuja columna por columna, así el texto extraído del PDF (lo que
lee un lector de pantalla o un buscador) sale en el mismo orden.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from escritorio.dominio.traduccion import traducir

from ..visible import LARGO_EN_DOCUMENTO
from .estatuto import texto_pdf
from .etiquetas import dibujar_pieza

_SEPARACION = 10      # entre columnas
_ESPACIO_ITEM = 1.5   # debajo de cada entrada
_ESPACIO_TITULO = 4   # encima de un título de grupo que no encabeza la columna
_GRUPO_CHICO = 5      # un grupo de hasta tantas entradas no se parte entre columnas (si entra en una)


@dataclass(frozen=True)
class _Elemento:
    titulo: bool
    grupo: str | None
    texto: str


class ListaEnColumnas(Flowable):
    """`entradas`: (grupo o None, texto) en el orden de lectura; las de un mismo grupo, seguidas."""

    etiquetas_propias = True   # marca cada entrada al dibujarla (`_dibujar`)

    def __init__(self, entradas: Sequence[tuple[str | None, str]], columnas: int, estilo_item, estilo_titulo, *,
                 _elementos: list[_Elemento] | None = None):
        super().__init__()
        self.columnas = max(1, columnas)
        self.estilo_item = estilo_item
        self.estilo_titulo = estilo_titulo
        if _elementos is None:
            _elementos = []
            cantidades: dict[str, int] = {}
            for grupo, _ in entradas:
                if grupo is not None:
                    cantidades[grupo] = cantidades.get(grupo, 0) + 1
            anterior = object()
            for grupo, texto in entradas:
                if grupo is not None and grupo != anterior:
                    _elementos.append(_Elemento(True, grupo, f"{grupo} ({cantidades[grupo]})"))
                _elementos.append(_Elemento(False, grupo, texto))
                anterior = grupo
        self._elementos = _elementos
        self._ancho: float | None = None
        self._medidas: dict[tuple[int, bool], tuple[Paragraph, float]] = {}
        self._plan: list[list[tuple]] = []  # por columna: (párrafo, alto, espacio encima, tipo)
        self.height = 0.0

    # --- medir ---------------------------------------------------------------------------------------

    def _ancho_columna(self, ancho: float) -> float:
        return (ancho - _SEPARACION * (self.columnas - 1)) / self.columnas

    def _parrafo(self, indice: int, continuacion: bool = False) -> tuple[Paragraph, float]:
        clave = (indice, continuacion)
        if clave not in self._medidas:
            el = self._elementos[indice]
            if continuacion:
                p = Paragraph(texto_pdf(traducir("{0} (continuación)").format(el.grupo), LARGO_EN_DOCUMENTO),
                              self.estilo_titulo)
            elif el.titulo:
                p = Paragraph(texto_pdf(el.texto, LARGO_EN_DOCUMENTO), self.estilo_titulo)
            else:
                p = Paragraph(texto_pdf(el.texto, LARGO_EN_DOCUMENTO), self.estilo_item, bulletText="•")
            _, alto = p.wrap(self._ancho_columna(self._ancho), 1e6)
            self._medidas[clave] = (p, alto + _ESPACIO_ITEM)
        return self._medidas[clave]

    def _llenar(self, alto: float) -> tuple[list[list[tuple]], int]:
        """Llena las columnas de alto `alto` en orden; devuelve el plan y cuántos elementos entraron.

        Nada se sale de su columna: lo que no entra queda para la página siguiente; y como el orden manda,
        una columna en la que no entra nada termina el llenado."""
        elementos, i, plan = self._elementos, 0, []
        for _ in range(self.columnas):
            columna: list[tuple] = []   # (párrafo, alto, espacio encima, tipo)
            usado = 0.0
            while i < len(elementos):
                el = elementos[i]
                if el.titulo:
                    p, h = self._parrafo(i)
                    arriba = _ESPACIO_TITULO if columna else 0.0
                    # El título va con su primera entrada: nunca queda solo al pie de la columna. Un grupo chico
                    # va entero: no se parte «Colombia (2)» en dos columnas.
                    entradas = self._entradas_del_grupo(i)
                    h_grupo = sum(self._parrafo(j)[1] for j in entradas)
                    h_siguiente = self._parrafo(entradas[0])[1] if entradas else 0.0
                    if usado + arriba + h + h_siguiente > alto:
                        break
                    if columna and len(entradas) <= _GRUPO_CHICO and usado + arriba + h + h_grupo > alto >= h + h_grupo:
                        break
                    columna.append((p, h, arriba, "titulo"))
                    usado += arriba + h
                    i += 1
                    continue
                antes = []
                if not columna and el.grupo is not None:  # sigue un grupo empezado antes: se repite su título
                    antes = [(*self._parrafo(i, continuacion=True), 0.0, "continuacion")]
                p, h = self._parrafo(i)
                alto_antes = sum(x[1] for x in antes)
                if usado + alto_antes + h > alto:
                    break
                columna += antes
                columna.append((p, h, 0.0, "entrada"))
                usado += alto_antes + h
                i += 1
            if not columna:
                break
            plan.append(columna)
            if i >= len(elementos):
                break
        return plan, i

    def _entradas_del_grupo(self, titulo: int) -> list[int]:
        """Los índices de las entradas del grupo que encabeza el título `titulo`."""
        fin = titulo + 1
        grupo = self._elementos[titulo].grupo
        while fin < len(self._elementos) and not self._elementos[fin].titulo and self._elementos[fin].grupo == grupo:
            fin += 1
        return list(range(titulo + 1, fin))

    def _alto_de(self, plan) -> float:
        return max((sum(h + arriba for _, h, arriba, _ in columna) for columna in plan), default=0.0)

    def wrap(self, ancho_disponible, alto_disponible):
        if self._ancho != ancho_disponible:
            self._ancho, self._medidas = ancho_disponible, {}
        plan, entran = self._llenar(alto_disponible)
        if entran < len(self._elementos):
            # No cabe entera: se parte (split). El alto informado es una cota para que el marco la parta.
            self._plan = plan
            self.height = max(alto_disponible + 1, sum(self._parrafo(i)[1] for i in range(len(self._elementos))))
            return ancho_disponible, self.height
        # Cabe: columnas equilibradas, con el menor alto en que entra todo.
        bajo, alto = 0.0, self._alto_de(plan)
        mejor = plan
        for _ in range(18):
            medio = (bajo + alto) / 2
            prueba, entran = self._llenar(medio)
            if entran >= len(self._elementos):
                alto, mejor = medio, prueba
            else:
                bajo = medio
        self._plan = mejor
        self.height = self._alto_de(mejor)
        return ancho_disponible, self.height

    def split(self, ancho_disponible, alto_disponible):
        if self._ancho != ancho_disponible:
            self._ancho, self._medidas = ancho_disponible, {}
        plan, entran = self._llenar(alto_disponible)
        if entran >= len(self._elementos):
            return [self]
        if entran == 0:
            return []  # no entra ni una entrada: a la página siguiente
        pagina = _Columnas(plan, self._ancho_columna(ancho_disponible))
        resto = ListaEnColumnas((), self.columnas, self.estilo_item, self.estilo_titulo,
                                _elementos=self._elementos[entran:])
        return [pagina, resto]

    def draw(self):
        _dibujar(self.canv, self._plan, self._ancho_columna(self._ancho), self.height)


def _dibujar(canvas, plan, ancho_columna: float, alto: float) -> None:
    for c, columna in enumerate(plan):
        x = c * (ancho_columna + _SEPARACION)
        y = alto
        for parrafo, h, arriba, tipo in columna:
            y -= arriba + h
            # En un PDF etiquetado: cada entrada, un ítem de lista; el título repetido, un artefacto (`etiquetas`).
            dibujar_pieza(canvas, parrafo, x, y + _ESPACIO_ITEM, es_artefacto=tipo == "continuacion")


class _Columnas(Flowable):
    """Una página ya llenada de la lista (la parte que entró)."""

    etiquetas_propias = True

    def __init__(self, plan, ancho_columna: float):
        super().__init__()
        self._plan = plan
        self._ancho_columna = ancho_columna
        self.height = max((sum(h + arriba for _, h, arriba, _ in columna) for columna in plan), default=0.0)

    def wrap(self, ancho_disponible, alto_disponible):
        return ancho_disponible, self.height

    def draw(self):
        _dibujar(self.canv, self._plan, self._ancho_columna, self.height)
