"""Modelo de la tabla de miembros y su filtro, pensados para cien mil filas.

El modelo guarda los miembros tal como llegan del servicio (`PadronDeLaTabla`: una tupla por miembro, sin un
diccionario cada uno) y arma el texto de cada celda al pintarla (solo las filas visibles); el diccionario de un
miembro (`miembro`) se arma cuando alguien lo pide (el elegido). Ordenar y filtrar se hacen sobre listas de Python con claves
calculadas una vez: nunca se llama a data() por cada comparación ni por cada fila filtrada.

Filtrar una tecla con 100.000 miembros entra en unos milisegundos (issue 48):
- el texto de búsqueda de cada miembro (`claves`) se prepara de a tramos con la ventana quieta, después de cargar
  (y de una vez, en C, con `texto.normalizar_varios`): la primera tecla no lo espera;
- el filtro recorre listas de números de fila con una comprensión por criterio (sin llamar a una función de Python
  por fila), y cuando la búsqueda nueva solo agrega letras o palabras a la anterior, mira solo las filas que ya
  quedaban (lo que se encuentra ahora está entre lo que se encontraba);
- entre el modelo y la tabla, un proxy de identidad (que no arma un mapa de filas de cien mil entradas a cada
  tecla): el orden y el filtro los hace el modelo.
"""

from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QIdentityProxyModel, QModelIndex, Qt, QTimer

from ...dominio.miembros import ESTADOS_REGISTRADOS as ESTADOS, SOLICITANTE, estado_en_palabras
from ...dominio.texto import normalizar, normalizar_varios
from ...servicios.base import hoy
from ...servicios.miembros import FilaDelPadron, PadronDeLaTabla
from ..comun import fecha_dma, miles, tr
from ..idioma import idioma_actual
from ..orden_alfabetico import clave_en_la_ventana

NOMBRE, PAIS, REGION, POBLACION, ESTADO, INGRESO = range(6)
ROL_ID = Qt.ItemDataRole.UserRole + 1
_DERECHA = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Qt entrega el rol como entero: se compara con enteros.
_MOSTRAR, _ALINEAR, _ID = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.TextAlignmentRole.value), int(ROL_ID)
_AYUDA = int(Qt.ItemDataRole.ToolTipRole.value)



@lru_cache(maxsize=None)
def _estado_visible(estado: str, idioma: str) -> str:
    """«Activo», «Ativo», «Active»: traducido una vez por idioma (la tabla lo pide en cada pintada)."""
    return tr(ESTADOS[estado])

class Criterios:
    """Qué miembros mostrar: palabras (sin mayúsculas ni acentos, todas deben aparecer), país, estado y tipo."""

    def __init__(self, texto: str = "", pais: str | None = None, estado: str | None = None, tipo: str | None = None):
        self.palabras = normalizar(texto).split()
        self.pais, self.estado, self.tipo = pais, estado, tipo

    def vacios(self) -> bool:
        return not (self.palabras or self.pais or self.estado or self.tipo)

    def estrechan(self, anteriores: "Criterios") -> bool:
        """¿Todo lo que aceptan estos criterios lo aceptaban los `anteriores`? (mismos país, estado y tipo, y cada
        palabra de antes está dentro de alguna de las de ahora: «sa» → «san», «san» → «san j»)"""
        return ((self.pais, self.estado, self.tipo) == (anteriores.pais, anteriores.estado, anteriores.tipo)
                and all(any(vieja in nueva for nueva in self.palabras) for vieja in anteriores.palabras))


_P = PadronDeLaTabla
_CAMPOS_DEL_FILTRO = {"pais": _P.PAIS, "estado": _P.ESTADO, "tipo": _P.TIPO}


class ModeloMiembros(QAbstractTableModel):
    TITULOS = ("Nombre", "País", "Región", "Población", "Estado", "Ingreso")
    TRAMO_DE_CLAVES = 10_000   # cuántos textos de búsqueda se preparan en cada pausa de la ventana
    PAUSA_MS = 300             # después de cargar, cuándo se empieza a prepararlos (la tabla ya se pintó)

    def __init__(self, padre=None):
        super().__init__(padre)
        self._padron = PadronDeLaTabla([], {})
        self._todos: list[tuple] = []   # las filas del padrón, en el orden de la tabla
        self._claves: list[str] = []   # texto de búsqueda de cada miembro de _todos (los primeros ya preparados)
        self._columnas: dict[str, list] = {}   # país, estado y tipo de cada miembro de _todos, para filtrar
        self._criterios = Criterios()
        self._visibles: list[tuple] = []   # las filas que se ven, en orden
        self._indices: list[int] | None = None   # sus lugares en _todos (None: todas)
        self._total_del_padron: int | None = None   # mientras llega el resto del padrón (agregar): cuántos serán
        # El orden elegido con la cabecera (columna, sentido): sigue valiendo al recargar y cuando llega el resto del
        # padrón; None, el del padrón.
        self._orden: tuple | None = None
        self._preparando = QTimer(self)
        self._preparando.setInterval(0)
        self._preparando.timeout.connect(self._preparar_un_tramo)
        self._espera = QTimer(self)
        self._espera.setSingleShot(True)
        self._espera.setInterval(self.PAUSA_MS)
        self._espera.timeout.connect(self._preparando.start)

    # --- carga y filtro ----------------------------------------------------------------------
    def cargar(self, padron: PadronDeLaTabla) -> None:
        self.beginResetModel()
        self._padron, self._todos, self._claves, self._columnas = padron, list(padron.filas), [], {}
        self._total_del_padron = None if padron.completo else padron.total
        self._aplicar()
        self.endResetModel()
        self._preparando.stop()
        self._espera.start()   # los textos de búsqueda, de a tramos, cuando la tabla ya se pintó
        if self._orden is not None and self.completo:   # recargar no deshace el orden que se eligió
            self.sort(*self._orden)

    def agregar(self, filas: list[tuple]) -> None:
        """Filas que siguen al final del padrón (las que llegan después de la primera pantalla: vistas/miembros.py):
        se agregan al final de la tabla, las que el filtro deja ver, sin mover las que ya están."""
        if not filas:
            return
        inicio = len(self._todos)
        for campo, valores in self._columnas.items():
            posicion = _CAMPOS_DEL_FILTRO[campo]
            valores.extend(f[posicion] for f in filas)
        if self._indices is None:   # sin filtro, las visibles son _todos
            self.beginInsertRows(QModelIndex(), inicio, inicio + len(filas) - 1)
            self._todos.extend(filas)
            self.endInsertRows()
        else:
            self._todos.extend(filas)
            nuevos = self._filtrados(range(inicio, len(self._todos)))
            if nuevos:
                antes = len(self._visibles)
                self.beginInsertRows(QModelIndex(), antes, antes + len(nuevos) - 1)
                self._indices.extend(nuevos)
                self._visibles.extend(self._todos[i] for i in nuevos)
                self.endInsertRows()
        if len(self._claves) < len(self._todos) and not self._preparando.isActive():
            self._espera.start()

    def completar(self) -> None:
        """Llegó todo el padrón: el total es el de la tabla, y el orden elegido con la cabecera se aplica a todas las
        filas."""
        self._total_del_padron = None
        if self._orden is not None:
            self.sort(*self._orden)

    @property
    def completo(self) -> bool:
        return self._total_del_padron is None

    @property
    def total_del_padron(self) -> int:
        """Cuántos miembros tiene el padrón, aunque todavía estén llegando."""
        return len(self._todos) if self._total_del_padron is None else max(self._total_del_padron, len(self._todos))

    def filtrar(self, criterios: Criterios) -> None:
        anteriores, visibles = self._criterios, self._indices
        self.beginResetModel()
        self._criterios = criterios
        self._aplicar(visibles if visibles is not None and criterios.estrechan(anteriores) else None)
        self.endResetModel()

    def _aplicar(self, desde: list[int] | None = None) -> None:
        """Las filas visibles según los criterios, mirando solo las de `desde` si se da (una búsqueda que estrecha
        la anterior). Una comprensión por criterio, sin llamar a Python por cada fila."""
        criterios = self._criterios
        if criterios.vacios():
            self._indices, self._visibles = None, self._todos
            return
        self._indices = self._filtrados(range(len(self._todos)) if desde is None else desde)
        todos = self._todos
        self._visibles = [todos[i] for i in self._indices]

    def _filtrados(self, indices) -> list[int]:
        """De los lugares `indices` de _todos, los de las filas que aceptan los criterios."""
        criterios = self._criterios
        for campo in _CAMPOS_DEL_FILTRO:
            buscado = getattr(criterios, campo)
            if buscado is not None:
                valores = self._columna(campo)
                indices = [i for i in indices if valores[i] == buscado]
        if criterios.palabras:
            claves = self.claves
            for palabra in criterios.palabras:
                indices = [i for i in indices if palabra in claves[i]]
        return list(indices)

    def _columna(self, campo: str) -> list:
        if campo not in self._columnas:
            posicion = _CAMPOS_DEL_FILTRO[campo]
            self._columnas[campo] = [f[posicion] for f in self._todos]
        return self._columnas[campo]

    def _textos(self, filas: list[tuple]) -> list[str]:
        paises = self._padron.paises
        return normalizar_varios([f"{f[_P.NOMBRE]} {paises[f[_P.PAIS]]} {f[_P.REGION] or ''} {f[_P.CODIGO] or ''}"
                                  for f in filas])

    def _preparar_un_tramo(self) -> None:
        hechas = len(self._claves)
        if hechas >= len(self._todos):
            self._preparando.stop()
            return
        self._claves.extend(self._textos(self._todos[hechas:hechas + self.TRAMO_DE_CLAVES]))

    @property
    def claves(self) -> list[str]:
        """Nombre, país, región y código normalizados de cada miembro: se preparan de a tramos después de cargar; si
        alguien filtra antes, lo que falta se prepara ahora."""
        if len(self._claves) < len(self._todos):
            self._claves.extend(self._textos(self._todos[len(self._claves):]))
            self._espera.stop()
            self._preparando.stop()
        return self._claves

    @property
    def total(self) -> int:
        return len(self._todos)

    def miembro(self, fila: int) -> FilaDelPadron:
        """El miembro de esa fila de la tabla, entero."""
        return self._padron.como_fila(self._visibles[fila])

    def fila_de(self, miembro_id: int) -> int | None:
        return next((i for i, f in enumerate(self._visibles) if f[_P.ID] == miembro_id), None)

    # --- celdas --------------------------------------------------------------------------------
    def _texto(self, f: tuple, columna: int) -> str:
        if columna == NOMBRE:
            return f[_P.NOMBRE]
        if columna == PAIS:
            return self._padron.paises[f[_P.PAIS]]
        if columna == REGION:
            return f[_P.REGION] or ""
        if columna == POBLACION:
            return miles(f[_P.POBLACION])
        if columna == ESTADO:
            if f[_P.ESTADO] == SOLICITANTE and f[_P.INGRESO]:   # admitida: «Solicitante — miembro desde …»
                return estado_en_palabras(f[_P.ESTADO], f[_P.INGRESO], hoy().isoformat())
            return _estado_visible(f[_P.ESTADO], idioma_actual())
        return fecha_dma(f[_P.INGRESO])

    def _clave_orden(self, f: tuple, columna: int):
        if columna == POBLACION:
            return f[_P.POBLACION] or 0
        if columna == INGRESO:
            return f[_P.INGRESO] or ""
        if columna == ESTADO:
            return f[_P.ESTADO]
        return clave_en_la_ventana(self._texto(f, columna))   # el orden del padrón impreso

    def rowCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self._visibles)

    def columnCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self.TITULOS)

    def data(self, indice, rol=0):
        if rol == _MOSTRAR:
            return self._texto(self._visibles[indice.row()], indice.column())
        if rol == _ALINEAR and indice.column() == POBLACION:
            return _DERECHA
        if rol == _ID:
            return self._visibles[indice.row()][_P.ID]
        if rol == _AYUDA and indice.column() == ESTADO:   # el estado entero, si la columna lo recorta
            return self._texto(self._visibles[indice.row()], ESTADO)
        return None

    def headerData(self, seccion, orientacion, rol=Qt.ItemDataRole.DisplayRole):
        if rol == Qt.ItemDataRole.DisplayRole and orientacion == Qt.Orientation.Horizontal:
            return self.tr(self.TITULOS[seccion])
        return None

    def sort(self, columna, orden=Qt.SortOrder.AscendingOrder):
        if not 0 <= columna < len(self.TITULOS):
            self._orden = None   # sin columna: el orden del padrón desde la próxima carga
            return
        self._orden = (columna, orden)
        self.layoutAboutToBeChanged.emit()
        viejos = self.persistentIndexList()
        ids_viejos = [self._visibles[i.row()][_P.ID] for i in viejos]
        claves = [(self._clave_orden(f, columna), clave_en_la_ventana(f[_P.NOMBRE])) for f in self._todos]
        posiciones = sorted(range(len(claves)), key=claves.__getitem__, reverse=orden == Qt.SortOrder.DescendingOrder)
        self._todos = [self._todos[i] for i in posiciones]
        listas = self._claves if len(self._claves) >= len(posiciones) else None
        self._claves = [listas[i] for i in posiciones] if listas is not None else []
        self._columnas = {campo: [valores[i] for i in posiciones] for campo, valores in self._columnas.items()}
        self._aplicar()
        if len(self._claves) < len(self._todos):
            self._espera.start()
        nueva_fila = {f[_P.ID]: i for i, f in enumerate(self._visibles)}
        self.changePersistentIndexList(
            viejos, [self.index(nueva_fila[i], v.column()) if i in nueva_fila else QModelIndex()
                     for i, v in zip(ids_viejos, viejos)])
        self.layoutChanged.emit()


class FiltroMiembros(QIdentityProxyModel):
    """La capa de búsqueda y orden entre el modelo y la tabla.

    Guarda los criterios (texto sin mayúsculas ni acentos: 'sao paulo' encuentra 'São Paulo';
    país, estado y tipo) y delega el trabajo en el modelo de origen, que filtra y ordena listas de
    Python: así no se llama a Python por cada fila desde C++, lo que con 16.000 miembros se nota. Es un proxy de
    identidad (la fila de la tabla es la del modelo): no arma un mapa de filas a cada tecla.
    """

    def __init__(self, padre=None):
        super().__init__(padre)
        self._texto = ""
        self._pais = self._estado = self._tipo = None

    def fijar(self, *, texto: str | None = None, pais: str | None = "", estado: str | None = "",
              tipo: str | None = "") -> None:
        """Cambia los criterios; "" deja el criterio como estaba, None lo quita."""
        if texto is not None:
            self._texto = texto
        if pais != "":
            self._pais = pais
        if estado != "":
            self._estado = estado
        if tipo != "":
            self._tipo = tipo
        self.sourceModel().filtrar(Criterios(self._texto, self._pais, self._estado, self._tipo))

    def sort(self, columna, orden=Qt.SortOrder.AscendingOrder):
        self.sourceModel().sort(columna, orden)
