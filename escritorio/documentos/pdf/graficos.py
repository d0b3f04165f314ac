"""Gráficos de barras para los documentos (la memoria anual), con reportlab.graphics: sin otra biblioteca.

Un gráfico (`dominio.memoria.Grafico`) se dibuja como un `Drawing` que platypus pone como cualquier otra pieza. Con
rótulos largos (los tramos de la escala, «De 100.000 a 499.999 hab.») las barras van acostadas, con el rótulo a la
izquierda; con rótulos cortos (los meses), paradas. Cada barra lleva su valor escrito (el mismo texto que la tabla o
la descripción que acompañan al gráfico: quien no lo ve lee lo mismo). Las letras son las Liberation incrustadas y
los colores RGB opacos: nada que PDF/A-2B no admita.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from escritorio.dominio.memoria import Grafico

from .etiquetas import etiquetar
from .fuentes import SANS, SANS_NEGRITA, imprimible

COLORES = (colors.Color(0.16, 0.38, 0.62), colors.Color(0.85, 0.50, 0.13), colors.Color(0.20, 0.55, 0.35),
           colors.Color(0.55, 0.30, 0.60))
_GRIS = colors.Color(0.35, 0.35, 0.35)
_REGLA = colors.Color(0.80, 0.80, 0.80)
_T_ROTULO = 7.5
_T_VALOR = 7
_T_TITULO = 9.5
_ROTULO_LARGO = 14   # caracteres: con rótulos más largos, barras acostadas


def _maximo(grafico: Grafico) -> float:
    return max((v for s in grafico.series for v in s.valores), default=0) or 1


def _cortar(texto: str, ancho: float, tamano: float) -> str:
    texto = imprimible(texto)
    if stringWidth(texto, SANS, tamano) <= ancho:
        return texto
    while texto and stringWidth(texto + "…", SANS, tamano) > ancho:
        texto = texto[:-1]
    return texto.rstrip() + "…"


def _ajustar(grafico_rl, grafico: Grafico) -> None:
    """Lo común: colores, valores escritos sobre cada barra, eje de valores desde 0 y sin decimales de más."""
    grafico_rl.data = [list(s.valores) for s in grafico.series]
    for i in range(len(grafico.series)):
        grafico_rl.bars[i].fillColor = COLORES[i % len(COLORES)]
        grafico_rl.bars[i].strokeColor = None
    grafico_rl.barLabelFormat = "values"   # el texto de cada barra: el de `barLabelArray`
    grafico_rl.barLabelArray = [list(t) for t in grafico.textos]
    grafico_rl.barLabels.fontName = SANS
    grafico_rl.barLabels.fontSize = _T_VALOR
    grafico_rl.barLabels.fillColor = _GRIS
    grafico_rl.valueAxis.valueMin = 0
    grafico_rl.valueAxis.valueMax = _maximo(grafico) * 1.18   # lugar para el valor escrito de la barra más larga
    grafico_rl.valueAxis.labels.fontName = SANS
    grafico_rl.valueAxis.labels.fontSize = _T_ROTULO - 0.5
    grafico_rl.valueAxis.labels.fillColor = _GRIS
    grafico_rl.valueAxis.strokeColor = _REGLA
    grafico_rl.valueAxis.visibleGrid = True
    grafico_rl.valueAxis.gridStrokeColor = _REGLA
    grafico_rl.valueAxis.gridStrokeWidth = 0.3
    grafico_rl.valueAxis.labelTextFormat = lambda v: "" if v > _maximo(grafico) * 1.05 else _numero(v)
    grafico_rl.categoryAxis.labels.fontName = SANS
    grafico_rl.categoryAxis.labels.fontSize = _T_ROTULO
    grafico_rl.categoryAxis.strokeColor = _REGLA


def _numero(valor: float) -> str:
    from escritorio.dominio import formato

    return formato.numero(int(round(valor)))


def dibujar_grafico(grafico: Grafico, ancho: float) -> Drawing:
    """El gráfico de barras de `grafico`, de `ancho` puntos."""
    acostado = max((len(e) for e in grafico.etiquetas), default=0) > _ROTULO_LARGO
    titulo_alto = 16
    if acostado:
        fila = 17
        alto = titulo_alto + fila * max(1, len(grafico.etiquetas)) + 22
        dibujo = Drawing(ancho, alto)
        rotulos = min(ancho * 0.38, max(stringWidth(imprimible(e), SANS, _T_ROTULO) for e in grafico.etiquetas) + 8)
        barras = HorizontalBarChart()
        barras.x, barras.y = rotulos, 16
        barras.width, barras.height = ancho - rotulos - 10, alto - titulo_alto - 22
        _ajustar(barras, grafico)
        # De arriba abajo en el orden de la tabla (reportlab dibuja la primera categoría abajo).
        barras.data = [list(reversed(s.valores)) for s in grafico.series]
        barras.barLabelArray = [list(reversed(t)) for t in grafico.textos]
        barras.categoryAxis.categoryNames = [_cortar(e, rotulos - 6, _T_ROTULO) for e in reversed(grafico.etiquetas)]
        barras.categoryAxis.labels.boxAnchor = "e"
        barras.categoryAxis.labels.dx = -3
        barras.barLabels.boxAnchor = "w"
        barras.barLabels.dx = 3
        barras.barWidth = 10
    else:
        alto = 170
        dibujo = Drawing(ancho, alto)
        barras = VerticalBarChart()
        barras.x, barras.y = 42, 22
        barras.width, barras.height = ancho - 52, alto - titulo_alto - 34
        _ajustar(barras, grafico)
        barras.categoryAxis.categoryNames = [imprimible(e) for e in grafico.etiquetas]
        barras.categoryAxis.labels.boxAnchor = "n"
        barras.categoryAxis.labels.dy = -3
        barras.barLabels.boxAnchor = "s"
        barras.barLabels.dy = 2
        if len(grafico.etiquetas) > 8:   # doce meses: los valores escritos, más chicos
            barras.barLabels.fontSize = 6
    dibujo.add(barras)
    dibujo.add(String(0, alto - 11, imprimible(grafico.titulo), fontName=SANS_NEGRITA, fontSize=_T_TITULO,
                      fillColor=colors.black))
    if grafico.unidad:
        dibujo.add(String(ancho, alto - 11, imprimible(grafico.unidad), fontName=SANS, fontSize=_T_ROTULO,
                          fillColor=_GRIS, textAnchor="end"))
    return etiquetar(dibujo, "Figure", alt=texto_alternativo(grafico))   # en un PDF etiquetado (`etiquetas`)


def texto_alternativo(grafico: Grafico) -> str:
    """Lo que muestra el gráfico para quien no lo ve: el título, su descripción y cada barra con su valor escrito
    («Argentina: 55; Brasil: 79…»; con varias series, «Marzo — Cuotas: 1.200, Aportes: 300»)."""
    valores = []
    for i, etiqueta in enumerate(grafico.etiquetas):
        if len(grafico.series) == 1:
            valores.append(f"{etiqueta}: {grafico.textos[0][i]}")
        else:
            valores.append(f"{etiqueta} — " + ", ".join(f"{s.nombre}: {t[i]}"
                                                       for s, t in zip(grafico.series, grafico.textos)))
    partes = [grafico.titulo.strip().rstrip("."), grafico.descripcion.strip().rstrip("."), "; ".join(valores)]
    return ". ".join(p for p in partes if p) + "."
