"""Piezas de pantalla que comparten las áreas y los diálogos, por tema:

- `estilos`: colores (ROJO, VERDE, AMBAR, GRIS, ACENTO), estilos de texto, alineaciones, `escalar` una fuente;
- `rotulos`: títulos, notas, paneles, la página de «todavía no hay nada», el resultado destacado, `CajaAvisos` y
  `EtiquetaRecortada` (una línea que se recorta con «…»);
- `formularios`: `nuevo_formulario`, `en_linea`, `DesplazableAlAncho`, `SelectorMiembro` (busca sin acentos) y
  `ComboDeValores` (valores fijos guardados en castellano, mostrados traducidos);
- `tablas`: tablas de solo lectura, llenarlas y leer la fila elegida;
- `documentos`: guardar un documento (dónde, con progreso, ofrecer abrirlo) y abrir un archivo;
- `dialogo`: `DialogoBase` y `AsistenteBase` (todo diálogo hereda de uno: entra en la pantalla con sus botones a la
  vista) y `caber_en_la_pantalla`;
- `areas`: `AreaPerezosa`, la base de las áreas de la ventana, y `PilaDeAreas`, que las arma a demanda.

Los nombres se importan desde el paquete (`from ..piezas import nota, CajaAvisos`).
"""

from .areas import AreaPerezosa, PilaDeAreas
from .dialogo import AsistenteBase, DialogoBase, caber_en_la_pantalla, pantalla_libre
from .documentos import abrir_archivo, guardar_documento, nombre_de_archivo, ofrecer_abrir, ruta_con_extension
from .estilos import (ACENTO, AMBAR, DERECHA, ESTILO_BIEN, ESTILO_ERROR, ESTILO_NOTA, FUENTE_LECTURA, GRIS, IZQUIERDA,
                      ROJO, VERDE, escalar)
from .formularios import ComboDeValores, DesplazableAlAncho, SelectorMiembro, en_linea, nuevo_formulario
from .rotulos import CajaAvisos, EtiquetaRecortada, nota, pagina_vacia, panel, pintar_resultado, subtitulo, titulo
from .tablas import dato_de_fila, filas_elegidas, llenar_tabla, tabla_lectura

__all__ = [
    "ACENTO", "AMBAR", "DERECHA", "ESTILO_BIEN", "ESTILO_ERROR", "ESTILO_NOTA", "FUENTE_LECTURA", "GRIS", "IZQUIERDA",
    "ROJO", "VERDE", "AreaPerezosa", "AsistenteBase", "CajaAvisos", "ComboDeValores", "DesplazableAlAncho",
    "DialogoBase", "EtiquetaRecortada", "SelectorMiembro", "PilaDeAreas", "abrir_archivo",
    "caber_en_la_pantalla", "dato_de_fila", "en_linea", "escalar", "filas_elegidas", "guardar_documento",
    "llenar_tabla", "nombre_de_archivo", "nota", "nuevo_formulario", "ofrecer_abrir", "pagina_vacia", "panel",
    "pantalla_libre", "pintar_resultado", "ruta_con_extension", "subtitulo", "tabla_lectura", "titulo",
]
