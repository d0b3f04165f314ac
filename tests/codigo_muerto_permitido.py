"""Lo que vulture da por no usado en escritorio/ y sí se usa: la lista de tests/test_codigo_muerto.py, en el estilo
de las listas blancas de vulture (un archivo de Python que «usa» cada nombre: `_.nombre`). Vulture mira nombres, no
objetos: un nombre de aquí vale para todo lo que se llame así en escritorio/.

Solo entra lo que alguien llama por su nombre sin que vulture lo vea (Qt, una biblioteca, la línea de órdenes, una
migración, una herramienta) o lo que el programa declara a propósito sin leerlo, en su familia y con el motivo. Lo
que existe solo para las pruebas (un atajo en un diálogo, una función que el programa no llama) no entra: se borra, y
la prueba usa lo que usa quien trabaja con el programa.
"""


class _Usado:
    """`_.nombre` no falla al importar este archivo (vulture solo lo lee)."""

    def __getattr__(self, nombre):
        return self


_ = _Usado()

# Qt llama a estos métodos: son redefiniciones de QWidget, de los modelos y sus filtros, los delegados, los pasos de
# un asistente, el completador, el diseño que fluye y el motor de los íconos (y el argumento de QTranslator.translate).
_.paintEvent
_.mouseDoubleClickEvent
_.dragEnterEvent
_.dragMoveEvent
_.dropEvent
_.headerData
_.filterAcceptsRow
_.lessThan
_.createEditor
_.setEditorData
_.setModelData
_.editorEvent
_.validatePage
_.splitPath
_.pathFromIndex
_.keyboardSearch
_.expandingDirections
_.pixmap
_.clone
_.desambiguacion

# La ventana guarda con nombre sus menús, acciones y botones: Qt los muestra, el nombre los mantiene vivos (PySide no
# le devuelve a la barra de menús su botón) y es por donde las pruebas los encuentran.
_.menu_recientes
_.accion_buscar
_.boton_buscar
_.accion_cuenta_correo
_.accion_bandeja
_.accion_memoria

# Python llama al __getattr__ y al __dir__ de un módulo (PEP 562): interfaz/piezas carga cada pieza al pedirla.
_.__getattr__
_.__dir__

# La línea de órdenes importa el módulo de cada orden y llama a su función por el nombre escrito en cli.REGISTRO.
_.agregar_unidades

# argparse y shlex leen estos atributos: los textos de argparse en castellano (`_`, `ngettext`), «-34,61» como un
# número y no una opción, y cómo se parten las líneas de un lote de órdenes.
_._
_.ngettext
_._negative_number_matcher
_.whitespace_split
_.commenters

# docs/herramientas/referencia_cli.py escribe con ella, en docs/cli.md, qué papeles del servidor usan cada orden.
_.en_palabras

# La regla escrita dos veces a propósito, en Python y en el SQL de la base (un CHECK, un trigger, las tablas con
# bitácora de cada migración): las pruebas de tests/datos y tests/servicios comparan una con otra.
_.ESTADOS_ENMIENDA
_.ESTADOS_ORADOR
_.PAPELES_FIRMANTE
_.TIPOS_INCIDENTE
_.SIN_REGISTRO
_.TABLAS_CON_BITACORA_0012
_.TABLAS_CON_BITACORA_0016
_.TABLAS_CON_BITACORA_0020
_.TABLAS_CON_BITACORA_0022
_.TABLAS_CON_BITACORA_0023
_.TABLAS_CON_BITACORA_0026
_.TABLAS_CON_BITACORA_0029
_.TABLAS_CON_BITACORA_0047
_.TABLAS_CON_BITACORA_0057

# idiomas/extraer.py los lee por su nombre (ROTULOS_DE_OTRAS_CAPAS) y lleva sus textos a los catálogos de traducción
# (también `MOTIVOS`, el de servicios/reglas_de_la_bitacora.py).
_.TEXTOS_DE_LAS_CLASES

# El argumento que solo es la clave de una caché (lru_cache): con otros catálogos instalados, otra entrada.
_.catalogos

# Los nombres de todas las columnas de una tabla (`A, B, C = range(3)`): se nombran todas, aunque alguna no se use.
_.PAGADO
_.FUNDADOR
_.COLUMNA_RESPONSABLE

# ReportLab, pyHanko, fontTools y openpyxl llaman a estos métodos: son redefiniciones de sus clases (la firma de
# `wrap`, con el espacio disponible, la fija ReportLab; las retrollamadas de una tabla se llaman por su nombre).
_.afterFlowable
_.startTable
_.endTable
_.startRow
_.endRow
_.startCell
_.endCell
_.startLines
_.endLines
_.disponible_ancho
_.disponible_alto
_._render_inner_content
_.create_stamp
_.qCurveTo
_.closePath
_.get_stream
_._get_writer
_._write_rows

# Se escriben para que los lea una biblioteca: openpyxl (el libro y sus hojas), ReportLab (la configuración y los
# gráficos), pikepdf (las claves de un PDF), ssl (el contexto de la conexión al servidor de correo) y uvicorn (la
# señal de que el servidor de voto termine: servidor_de_voto/servidor.py).
_.should_exit
_.creator
_.lastModifiedBy
_.modified
_.orientation
_.fitToWidth
_.fitToHeight
_.fitToPage
_.paperSize
_.page_margins
_.gridLines
_.horizontalCentered
_.print_title_rows
_.print_title_cols
_.print_area
_.freeze_panes
_.quotePrefix
_.number_format
_.border
_.canvas_basefontname
_.defaultGraphicsFontName
_.fontname
_.fillColor
_.strokeColor
_.barLabelFormat
_.barLabelArray
_.barWidth
_.fontName
_.fontSize
_.valueMin
_.valueMax
_.visibleGrid
_.gridStrokeColor
_.gridStrokeWidth
_.labelTextFormat
_.categoryNames
_.boxAnchor
_.dx
_.dy
_.Alt
_.Lang
_.Pg
_.K
_.StructParent
_.StructParents
_.ParentTree
_.ParentTreeNextKey
_.MarkInfo
_.Tabs
_.DisplayDocTitle
_.ViewerPreferences
_.AcroForm
_.FontName
_.Producer
_.ModDate
_.N
_.OutputIntents
_.check_hostname
_.verify_mode

# Campos de las filas (TypedDict) y de los resultados (dataclass): dicen qué trae cada uno; se leen con
# fila["campo"], los escriben los documentos y --json, o son el resultado que se informa.
_.incluye   # manifest.json del sitio (servicios/carpeta_del_sitio.ManifiestoDelSitio): lo escribe publicar
_.applied_at
_.nombre_recomendacion
_.revocado_el
_.canal_de_revocacion
_.igual_a
_.dispositivo
_.valido_desde
_.valido_hasta
_.por_pagina
_.algoritmo
_.prorroga
_.generado_el
_.hecho_el
_.en_esta_sesion
_.otras_monedas
_.llevada_por
_.llevada_en
_.devuelta_en
_.cancelada_en
_.cancelada_por
_.motivo_cancelacion
_.parte_externa_id
_.adjuntado_en
_.motivo_terminacion
_.nombres_de_las_partes
_.obligaciones_pendientes
_.proxima_obligacion
_.posible
_.creada_en
_.niveles_aviso
_.estado_vigente_id
_.estado_vigente
_.admitida_desde
_.mas_antigua
_.periodo_meses
_.articulo_periodo
_.tipo_nombre
_.poblacion_usada
_.motivo_anulacion
_.recibo_anio
_.recibo_numero
_.pertenencia
_.previsto
_.token_sha256
_.pedido_en
_.respondida_el
_.respondida_por
_.responsable_pais
_.informe_nombre
_.informe_sha256
_.tipo_convenio
_.notado_en
