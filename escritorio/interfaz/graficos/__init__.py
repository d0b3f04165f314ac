"""Gráficos sencillos pintados con QPainter (PySide6-Essentials no trae QtCharts).

`Grafico` (en `base`) reúne lo que comparten todos: título, datos de solo lectura, aviso «Sin datos»,
colores, zonas sensibles con ayuda emergente y resaltado bajo el puntero. Cada gráfico concreto
solo decide su tamaño (`sizeHint`) y cómo se pinta (`_pintar`), y registra sus zonas con
`_zona(forma, indice)`.

`GraficoBarras` (en `barras`) separa la geometría (`_disponer`, que devuelve una `_Fila` por categoría) del
pintado (`_pintar_fila`). Una variante agrupada (p. ej. «facturado y cobrado por año») o vertical
se escribe como subclase: recibe varias series, reparte el grosor de cada fila (o el ancho de
cada columna) entre ellas en su propio `_disponer` y reutiliza el resto. `GraficoAnillo` está en `anillo`.
"""

from .anillo import GraficoAnillo
from .barras import GraficoBarras, GraficoBarrasAgrupadas
from .base import ACENTO, COLORES, fuente_titulo, mezclar, porcentaje

# Lo que importan las áreas y las pruebas, con los nombres de siempre.
__all__ = ["ACENTO", "COLORES", "GraficoAnillo", "GraficoBarras", "GraficoBarrasAgrupadas", "fuente_titulo",
           "mezclar", "porcentaje"]
