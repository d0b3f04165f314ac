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
  vista); `pantalla`: `caber_en_la_pantalla` y `pantalla_libre`, la regla que usan ellos y la ventana principal;
- `areas`: `AreaPerezosa`, la base de las áreas de la ventana, y `PilaDeAreas`, que las arma a demanda.

Los nombres se importan desde el paquete (`from ..piezas import nota, CajaAvisos`).
"""

import importlib

# Los nombres de cada módulo. Se importan cuando alguien los pide (PEP 562), no al importar el paquete: la
# ventana llega a su primera pintura sin cargar los diálogos, los documentos ni las tablas de marcas, que crean
# decenas de clases de Qt al importarse (issue 63 §5).
_NOMBRES_DE = {
    "areas": ("AreaPerezosa", "PilaDeAreas"),
    "dialogo": ("AsistenteBase", "DialogoBase"),
    "pantalla": ("caber_en_la_pantalla", "pantalla_libre"),
    "busqueda": ("AtajosDeBusqueda",),
    "documentos": ("abrir_archivo", "guardar_documento", "nombre_de_archivo", "ofrecer_abrir", "ruta_con_extension"),
    "estilos": ("ACENTO", "AMBAR", "DERECHA", "ESTILO_BIEN", "ESTILO_ERROR", "ESTILO_NOTA", "FUENTE_LECTURA", "GRIS",
                "IZQUIERDA", "ROJO", "VERDE", "escalar"),
    "hora": ("EditorDeHora", "editor_de_hora"),
    "formularios": ("ComboDeValores", "DesplazableAlAncho", "SelectorMiembro", "en_linea", "nuevo_formulario"),
    "marcas": ("TablaDeMarcas",),
    "rotulos": ("CajaAvisos", "EtiquetaRecortada", "nota", "pagina_vacia", "panel", "pintar_resultado",
                "recuadro_de_vista_previa", "subtitulo", "titulo"),
    "tablas": ("dato_de_fila", "filas_elegidas", "llenar_tabla", "tabla_lectura"),
}
_MODULO_DE = {nombre: modulo for modulo, nombres in _NOMBRES_DE.items() for nombre in nombres}


def __getattr__(nombre: str):
    modulo = _MODULO_DE.get(nombre)
    if modulo is None:
        raise AttributeError(f"module {__name__!r} has no attribute {nombre!r}")
    valor = getattr(importlib.import_module(f".{modulo}", __name__), nombre)
    globals()[nombre] = valor   # la próxima vez, sin pasar por aquí
    return valor


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULO_DE))


__all__ = [
    "ACENTO", "AMBAR", "DERECHA", "ESTILO_BIEN", "ESTILO_ERROR", "ESTILO_NOTA", "FUENTE_LECTURA", "GRIS", "IZQUIERDA",
    "ROJO", "VERDE", "AreaPerezosa", "AsistenteBase", "AtajosDeBusqueda", "CajaAvisos", "ComboDeValores",
    "DesplazableAlAncho", "DialogoBase", "EditorDeHora", "EtiquetaRecortada", "SelectorMiembro", "PilaDeAreas",
    "TablaDeMarcas", "abrir_archivo", "caber_en_la_pantalla", "dato_de_fila", "editor_de_hora", "en_linea", "escalar",
    "filas_elegidas", "guardar_documento", "llenar_tabla", "nombre_de_archivo", "nota", "nuevo_formulario",
    "ofrecer_abrir", "pagina_vacia", "panel", "pantalla_libre", "pintar_resultado", "recuadro_de_vista_previa",
    "ruta_con_extension", "subtitulo",
    "tabla_lectura", "titulo",
]
