"""Piezas de pantalla que comparten las áreas y los diálogos, por tema:

- `estilos`: colores (ROJO, VERDE, AMBAR, GRIS, ACENTO), estilos de texto, alineaciones, `escalar` una fuente;
- `rotulos`: títulos, notas, paneles, la página de «todavía no hay nada», el resultado destacado, `CajaAvisos` y
  `EtiquetaRecortada` (una línea que se recorta con «…»);
- `formularios`: `nuevo_formulario`, `en_linea`, `DesplazableAlAncho`, `SelectorMiembro` (busca sin acentos) y
  `ComboDeValores` (valores fijos guardados en castellano, mostrados traducidos);
- `tablas`: tablas de solo lectura, llenarlas y leer la fila elegida;
- `documentos`: guardar un documento (dónde, con progreso, ofrecer abrirlo) y abrir un archivo;
- `hora`: `editor_de_hora`, el campo de una hora que se escribe de corrido («1830», «18:30», «9»);
- `busqueda`: `AtajosDeBusqueda`, que lleva con el teclado de un campo de búsqueda a la lista que filtra;
- `marcas`: `TablaDeMarcas`, una tabla que se marca fila por fila con una tecla (asistencia, votación nominal);
- `dialogo`: `DialogoBase` y `AsistenteBase` (todo diálogo hereda de uno: entra en la pantalla con sus botones a la
  vista) y `caber_en_la_pantalla`;
- `areas`: `AreaPerezosa`, la base de las áreas de la ventana, y `PilaDeAreas`, que las arma a demanda.

Los nombres se importan desde el paquete (`from ..piezas import nota, CajaAvisos`).
"""

from .areas import AreaPerezosa, PilaDeAreas
from .dialogo import AsistenteBase, DialogoBase, caber_en_la_pantalla, pantalla_libre
from .busqueda import AtajosDeBusqueda
from .documentos import abrir_archivo, guardar_documento, nombre_de_archivo, ofrecer_abrir, ruta_con_extension
from .estilos import (ACENTO, AMBAR, DERECHA, ESTILO_BIEN, ESTILO_ERROR, ESTILO_NOTA, FUENTE_LECTURA, GRIS, IZQUIERDA,
                      ROJO, VERDE, escalar)
from .hora import EditorDeHora, editor_de_hora
from .formularios import ComboDeValores, DesplazableAlAncho, SelectorMiembro, en_linea, nuevo_formulario
from .marcas import TablaDeMarcas
from .rotulos import CajaAvisos, EtiquetaRecortada, nota, pagina_vacia, panel, pintar_resultado, subtitulo, titulo
from .tablas import dato_de_fila, filas_elegidas, llenar_tabla, tabla_lectura

__all__ = [
    "ACENTO", "AMBAR", "DERECHA", "ESTILO_BIEN", "ESTILO_ERROR", "ESTILO_NOTA", "FUENTE_LECTURA", "GRIS", "IZQUIERDA",
    "ROJO", "VERDE", "AreaPerezosa", "AsistenteBase", "AtajosDeBusqueda", "CajaAvisos", "ComboDeValores",
    "DesplazableAlAncho", "DialogoBase", "EditorDeHora", "EtiquetaRecortada", "SelectorMiembro", "PilaDeAreas",
    "TablaDeMarcas", "abrir_archivo", "caber_en_la_pantalla", "dato_de_fila", "editor_de_hora", "en_linea", "escalar",
    "filas_elegidas", "guardar_documento", "llenar_tabla", "nombre_de_archivo", "nota", "nuevo_formulario",
    "ofrecer_abrir", "pagina_vacia", "panel", "pantalla_libre", "pintar_resultado", "ruta_con_extension", "subtitulo",
    "tabla_lectura", "titulo",
]
