"""Piezas comunes del editor de sesiones: el formulario de sus diálogos, chips de estado, fechas largas, el control
segmentado (Presente | Ausente | Excusado; A favor | En contra | Abstención) y los campos de las votaciones."""

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (QApplication, QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
                               QMessageBox, QSizePolicy, QSpinBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QVBoxLayout, QWidget)

from ....rutas import carpeta_datos
from ....dominio import formato
from ....dominio.mayorias import TIPOS_DECISION
from ....errores import ErrorEscritorio
from ....registro import registrar_inesperado
from ....salida import motivo_del_sistema
from ....servicios.base import base_abierta
from ...operaciones import hacer_en_la_ventana
from ...comun import lista_problemas, marcar_invalido, tr
from ...graficos import mezclar
from ...modelos.sesiones import ROL_VALOR
from ...piezas import ESTILO_ERROR, ESTILO_NOTA, DialogoBase, escalar, nombre_de_archivo, nota, nuevo_formulario


AMBAR_FUERTE = "#b07214"
GRIS_FUERTE = "#7b848d"

# Etiquetas de color para estados (fondo, texto).
_CHIPS = {
    "azul": ("#e3eef9", "#245a8d"), "verde": ("#e6f4e9", "#1e5e2c"), "ambar": ("#fff3d6", "#6b4a00"),
    "rojo": ("#fbe5e2", "#8c2a1f"), "gris": ("#eceff1", "#4f5961"),
}
COLOR_SESION = {"convocada": "azul", "celebrada": "verde", "suspendida": "gris"}
COLOR_ACTA = {"borrador": "ambar", "aprobada": "verde", "firmada": "verde"}


def chip(texto: str = "", color: str = "gris") -> QLabel:
    """Una etiqueta de estado redondeada («Convocada», «Acta: borrador»)."""
    etiqueta = QLabel(texto)
    pintar_chip(etiqueta, color)
    etiqueta.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return etiqueta


def pintar_chip(etiqueta: QLabel, color: str) -> None:
    fondo, tinta = _CHIPS[color]
    etiqueta.setStyleSheet(f"QLabel {{ background: {fondo}; color: {tinta}; border-radius: 9px; padding: 2px 10px; "
                           "font-weight: 600; }")


def fijar_solo_lectura_campo(campo: QWidget, solo_lectura: bool, motivo: str = "") -> None:
    """Un campo de texto que no se puede editar se ve distinto: fondo del panel (no el blanco de lo editable) y
    texto atenuado, con el motivo en la ayuda emergente. Vuelve al aspecto normal al quitarle el solo lectura."""
    campo.setReadOnly(solo_lectura)
    if not solo_lectura:
        campo.setPalette(QPalette())
        campo.setToolTip("")
        return
    paleta = QPalette()   # la de la aplicación: llamarla dos veces no atenúa dos veces
    fondo = paleta.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    atenuado = paleta.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    for grupo in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        # Entre el texto normal y el deshabilitado: se lee bien, pero no parece un campo para escribir.
        paleta.setColor(grupo, QPalette.ColorRole.Base, fondo)
        paleta.setColor(grupo, QPalette.ColorRole.Text, mezclar(paleta.color(grupo, QPalette.ColorRole.Text), atenuado, 0.5))
    campo.setPalette(paleta)
    campo.setToolTip(motivo)


def fecha_larga(iso: str) -> str:
    """'2026-09-10' -> 'jueves 10 de septiembre de 2026' («quinta-feira, 10 de setembro de 2026», «Thursday,
    10 September 2026»: la forma larga del idioma de la ventana)."""
    return formato.fecha_larga(iso, con_dia=True)


# --- el formulario de los diálogos de la sesión ---------------------------------------------------

class DialogoFormulario(DialogoBase):
    """Un formulario con explicación, mensaje de error en rojo y los botones Aceptar/Cancelar."""

    def __init__(self, titulo: str, boton: str, padre: QWidget | None, explicacion: str = "", ancho: int = 560):
        super().__init__(padre)
        self.setWindowTitle(titulo)
        self.formulario = nuevo_formulario()
        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        self.botones = QDialogButtonBox()
        self.boton_aceptar = self.botones.addButton(boton, QDialogButtonBox.ButtonRole.AcceptRole)
        self.boton_aceptar.setDefault(True)
        self.botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_aceptar.clicked.connect(self.guardar)
        self.botones.rejected.connect(self.reject)
        self.disposicion = QVBoxLayout(self)
        if explicacion:
            self.disposicion.addWidget(nota(explicacion))
            self.disposicion.addSpacing(4)
        self.disposicion.addLayout(self.formulario)
        self.disposicion.addWidget(self.mensaje)
        self.disposicion.addStretch(1)
        self.disposicion.addWidget(self.botones)
        self.setMinimumWidth(ancho)

    def guardar(self) -> None:  # pragma: no cover - cada diálogo la define
        raise NotImplementedError

    def _error(self, texto: str) -> None:
        self.mensaje.setText(texto)
        self.mensaje.show()

    def _intentar(self, funcion: Callable[[], object], contexto: str) -> bool:
        """Ejecuta la escritura (por la oficina del diálogo); un error del usuario queda escrito en el diálogo, uno
        inesperado se informa."""
        return hacer_en_la_ventana(self, self.oficina, funcion, que=contexto,
                                   al_rechazar=lambda error: self._error(lista_problemas(error))) is not None

    def _exigir(self, campo: QLineEdit, motivo: str) -> bool:
        if campo.text().strip():
            return True
        marcar_invalido(campo, motivo)
        self._error(motivo)
        campo.setFocus()
        return False


# --- lo escrito que no se pudo guardar ------------------------------------------------------------

# Estados de un guardado demorado (resumen de un punto, borrador del acta).
NADA, GUARDADO, A_SALVO, EN_PANTALLA = "nada", "guardado", "a_salvo", "en_pantalla"
DEMORA_DEL_GUARDADO_MS = 900  # lo escrito se guarda solo, tanto después de la última tecla
CARPETA_A_SALVO = "borradores-sin-guardar"


def carpeta_a_salvo() -> Path:
    """Dónde quedan los textos que no se pudieron guardar en la base (en la carpeta de datos del usuario)."""
    return carpeta_datos() / CARPETA_A_SALVO


def _motivo(db, error: BaseException) -> str:
    if isinstance(error, ErrorEscritorio):
        return error.mensaje
    if db is not None and not base_abierta(db):
        return tr("La base de datos ya estaba cerrada (se restauró un respaldo o se abrió otra base).")
    try:
        raise error
    except BaseException:
        registro = registrar_inesperado("guardar lo escrito")
    return tr("Ocurrió un error inesperado; los detalles quedaron en {0}.").format(registro)


def poner_a_salvo(padre: QWidget, db, que: str, donde: str, texto: str, error: BaseException) -> str:
    """Lo escrito que la base no aceptó no se pierde en silencio: se copia a un archivo de texto nuevo en
    `carpeta_a_salvo()` (nunca se pisa uno existente) y se avisa qué pasó y dónde quedó.

    `que` dice qué era («el borrador del acta»), `donde` de qué sesión o punto. Devuelve A_SALVO, o
    EN_PANTALLA si tampoco se pudo escribir el archivo (entonces el aviso pide copiarlo a mano).
    """
    motivo = _motivo(db, error)
    ahora = datetime.now()
    contenido = (tr("{0} — {1}").format(que[:1].upper() + que[1:], donde) + "\n"
                 + tr("No se pudo guardar en la base el {0}: {1}").format(formato.fecha_y_hora(ahora), motivo)
                 + "\n\n" + texto.rstrip() + "\n")
    carpeta = carpeta_a_salvo()
    sin_articulo = que.split(" ", 1)[1] if que.split(" ", 1)[0] in ("el", "la", "los", "las") else que
    base = f"{nombre_de_archivo(sin_articulo + ' ' + donde)[:90].rstrip('-')}-{ahora:%Y%m%d-%H%M%S}"
    try:
        carpeta.mkdir(parents=True, exist_ok=True)
        for intento in range(1, 1000):
            ruta = carpeta / (f"{base}.txt" if intento == 1 else f"{base}-{intento}.txt")
            try:
                with open(ruta, "x", encoding="utf-8") as archivo:
                    archivo.write(contenido)
                break
            except FileExistsError:
                continue
        else:
            raise OSError(tr("ya hay demasiados archivos con ese nombre"))
    except OSError as falla:
        QMessageBox.warning(padre, tr("No se guardó lo escrito"), tr(
            "No se pudo guardar {0} de {1}:\n\n{2}\n\nTampoco se pudo copiar a un archivo en {3} ({4}).\n"
            "Lo escrito sigue en pantalla: selecciónelo y cópielo (Ctrl+A, Ctrl+C) a otro programa antes de "
            "cerrar.").format(que, donde, motivo, carpeta, motivo_del_sistema(falla) if falla.errno else falla))
        return EN_PANTALLA
    QMessageBox.warning(padre, tr("No se guardó lo escrito"), tr(
        "No se pudo guardar {0} de {1}:\n\n{2}\n\nLo escrito no se perdió: quedó copiado en el archivo\n{3}\n"
        "Ábralo con cualquier editor de texto para recuperarlo.").format(que, donde, motivo, ruta))
    return A_SALVO


def decision(clave: str) -> str:
    return tr(TIPOS_DECISION[clave]).lower() if clave in TIPOS_DECISION else clave


def cantidad(numero: int, singular: str, plural: str) -> str:
    return f"{numero} {singular if numero == 1 else plural}"


# --- el control segmentado (Presente | Ausente | Excusado; A favor | En contra | Abstención) ------------

class DelegadoSegmentos(QStyledItemDelegate):
    """Pinta en la celda un control segmentado y cambia el valor (ROL_VALOR) con un clic en un segmento.

    `opciones`: (valor, texto, color). Con `vaciable`, un clic en el segmento elegido lo desmarca (None).
    Si la celda no es editable se pinta apagada y no responde.
    """

    def __init__(self, opciones: Sequence[tuple[str, str, str]], vaciable: bool = False, padre=None):
        super().__init__(padre)
        self.opciones = list(opciones)
        self.vaciable = vaciable

    def segmentos(self, rect: QRect) -> list[QRectF]:
        marco = QRectF(rect).adjusted(5, 3, -5, -3)
        ancho = marco.width() / len(self.opciones)
        return [QRectF(marco.left() + n * ancho, marco.top(), ancho, marco.height()) for n in range(len(self.opciones))]

    def paint(self, pintor: QPainter, opcion: QStyleOptionViewItem, indice: QModelIndex) -> None:
        fondo = QStyleOptionViewItem(opcion)
        self.initStyleOption(fondo, indice)
        fondo.text = ""
        estilo = opcion.widget.style() if opcion.widget else QApplication.style()
        estilo.drawControl(QStyle.ControlElement.CE_ItemViewItem, fondo, pintor, opcion.widget)
        valor = indice.data(ROL_VALOR)
        activo = bool(indice.flags() & Qt.ItemFlag.ItemIsEditable)
        paleta = opcion.palette
        segmentos = self.segmentos(opcion.rect)
        marco = segmentos[0].united(segmentos[-1])
        pintor.save()
        pintor.setRenderHint(QPainter.RenderHint.Antialiasing)
        forma = QPainterPath()
        forma.addRoundedRect(marco, 5, 5)
        pintor.fillPath(forma, paleta.base())
        pintor.setClipPath(forma)
        fuente = QFont(opcion.font)
        if fuente.pointSizeF() > 0:
            fuente.setPointSizeF(fuente.pointSizeF() * 0.92)
        for segmento, (clave, texto, color) in zip(segmentos, self.opciones):
            elegido = clave == valor
            if elegido:
                relleno = QColor(color) if activo else mezclar(QColor(color), paleta.base().color(), 0.55)
                pintor.fillRect(segmento, relleno)
                tinta = QColor("#ffffff")
            else:
                tinta = paleta.text().color() if activo else paleta.placeholderText().color()
            fuente.setBold(elegido)
            pintor.setFont(fuente)
            pintor.setPen(tinta)
            pintor.drawText(segmento, Qt.AlignmentFlag.AlignCenter, texto)
        pintor.setClipping(False)
        borde = paleta.mid().color() if activo else paleta.midlight().color()
        pintor.setPen(QPen(borde, 1))
        for segmento in segmentos[1:]:
            pintor.drawLine(QPointF(segmento.left(), marco.top()), QPointF(segmento.left(), marco.bottom()))
        pintor.setBrush(Qt.BrushStyle.NoBrush)
        pintor.drawRoundedRect(marco.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        pintor.restore()

    def editorEvent(self, evento, modelo, opcion, indice) -> bool:
        if not indice.flags() & Qt.ItemFlag.ItemIsEditable:
            return False
        if evento.type() == QEvent.Type.MouseButtonDblClick:
            return True
        if evento.type() == QEvent.Type.MouseButtonRelease and evento.button() == Qt.MouseButton.LeftButton:
            for segmento, (clave, _texto, _color) in zip(self.segmentos(opcion.rect), self.opciones):
                if segmento.contains(evento.position()):
                    if clave == indice.data(ROL_VALOR):
                        if not self.vaciable:
                            return True
                        clave = None
                    modelo.setData(indice, clave, Qt.ItemDataRole.EditRole)
                    return True
        return False

    def createEditor(self, *_):
        return None

    def sizeHint(self, opcion, indice) -> QSize:
        medida = opcion.fontMetrics
        return QSize(sum(medida.horizontalAdvance(t) + 22 for _, t, _ in self.opciones) + 10, medida.height() + 12)


def combo_de_opciones(opciones: dict[str, str], valor: str) -> QComboBox:
    combo = QComboBox()
    for clave, etiqueta in opciones.items():
        traducida = tr(etiqueta)
        combo.addItem(traducida[:1].upper() + traducida[1:], clave)
    combo.setCurrentIndex(max(combo.findData(valor), 0))
    return combo


def forma_de_votar(metodo: QComboBox, mayoria: QComboBox, base: QComboBox) -> QGridLayout:
    """Método, mayoría y base, una debajo de otra (mayoría y base van juntas). En una sola fila no cabían a 1024 px, y
    mayoría y base lado a lado tampoco a 1366×768 al 150 %."""
    rejilla = QGridLayout()
    rejilla.setContentsMargins(0, 0, 0, 0)
    rejilla.setHorizontalSpacing(8)
    rejilla.setVerticalSpacing(6)
    for fila, (rotulo, combo) in enumerate(((tr("Método:"), metodo), (tr("Mayoría:"), mayoria), (tr("Base:"), base))):
        rejilla.addWidget(QLabel(rotulo), fila, 0)
        rejilla.addWidget(combo, fila, 1)
    rejilla.setColumnStretch(2, 1)
    return rejilla


def contador() -> QSpinBox:
    campo = QSpinBox()
    campo.setRange(0, 99999)
    campo.setMinimumWidth(110)
    campo.setMinimumHeight(34)
    campo.setFont(escalar(campo.font(), 1.3, negrita=True))
    campo.setAlignment(Qt.AlignmentFlag.AlignRight)
    # Alto fijo: en una ventana baja, el panel se desplaza en lugar de aplastar los contadores.
    campo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return campo


def mostrar_aviso(etiqueta: QLabel, texto: str, error: bool = False) -> None:
    """Un aviso de una línea bajo un recuento (el borrador retomado, o que no se pudo guardar); vacío, se oculta."""
    etiqueta.setText(texto)
    etiqueta.setStyleSheet(ESTILO_ERROR if error else ESTILO_NOTA)
    etiqueta.setVisible(bool(texto))


def poner_recuento(combos: Sequence[tuple[QComboBox, str]], cuentas: Sequence[tuple[QSpinBox, int]],
                   motivo: QLineEdit, texto: str) -> None:
    """Un recuento retomado de su borrador en pantalla, sin avisar a nadie (el llamador recalcula): cada combo en su
    valor (si lo tiene), cada contador en el suyo y el motivo."""
    reiniciar_recuento([], [(combo, valor) for combo, valor in combos if combo.findData(valor) >= 0])
    for campo, valor in cuentas:
        campo.blockSignals(True)
        campo.setValue(valor)
        campo.blockSignals(False)
    motivo.blockSignals(True)
    motivo.setText(texto)
    motivo.blockSignals(False)


def reiniciar_recuento(contadores: Sequence[QSpinBox], combos: Sequence[tuple[QComboBox, str]]) -> None:
    """Contadores a cero y cada combo en su valor por defecto, sin avisar a nadie (el llamador recalcula)."""
    for campo in contadores:
        campo.blockSignals(True)
        campo.setValue(0)
        campo.blockSignals(False)
    for combo, valor in combos:
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(valor))
        combo.blockSignals(False)


def confirmar_cierre_del_punto(padre: QWidget, que: str, punto: dict, registrado: str) -> bool:
    """«¿Cerrar la votación (o elección) del punto 3. …?» con lo que queda registrado."""
    return confirmar_cierre(padre, tr("Cerrar {0}").format(que), tr("¿Cerrar la {0} del punto {1}. {2}?").format(
        que, punto["numeracion"], punto["titulo"]), tr("Queda registrado: {0}\n\nLa {1} cerrada no se puede repetir ni "
                                                       "corregir.").format(registrado, que))


def _preguntar(padre: QWidget, icono, titulo: str, pregunta: str, informativo: str, si: str, rol_si,
               no: str) -> bool:
    """Una pregunta con su botón de hacer (`si`, con su rol) y el de no hacer (`no`), que es el de por omisión y el de
    Esc: un Enter de más nunca hace nada que no se repite ni se deshace."""
    caja = QMessageBox(icono, titulo, pregunta, parent=padre)
    caja.setInformativeText(informativo)
    boton_si = caja.addButton(si, rol_si)
    boton_no = caja.addButton(no, QMessageBox.ButtonRole.RejectRole)
    caja.setDefaultButton(boton_no)
    caja.setEscapeButton(boton_no)
    caja.exec()
    elegido = caja.clickedButton()
    caja.deleteLater()
    return elegido is boton_si


def confirmar_cierre(padre: QWidget, titulo: str, pregunta: str, registrado: str) -> bool:
    """La pregunta antes de cerrar una votación, con lo que queda registrado; Cancelar es el botón por omisión y el
    de Esc: lo cerrado no se repite ni se corrige. `titulo` es también el del botón que cierra."""
    return _preguntar(padre, QMessageBox.Icon.Question, titulo, pregunta, registrado, titulo,
                      QMessageBox.ButtonRole.AcceptRole, tr("Cancelar"))


def confirmar_borrado(padre: QWidget, titulo: str, pregunta: str, consecuencia: str) -> bool:
    """La pregunta antes de borrar algo escrito o quitar algo (issue 78: ningún clic destructivo sin preguntar); «No»
    es el botón por omisión y el de Esc: un Enter de más no borra nada."""
    return _preguntar(padre, QMessageBox.Icon.Question, titulo, pregunta, consecuencia, titulo,
                      QMessageBox.ButtonRole.DestructiveRole, tr("No"))


def confirmar_acto_antes_de_empezar(padre: QWidget, aviso: str) -> bool:
    """«¿Registrar igual?» con el aviso del servicio (servicios/actos_de_sesion.py): la sesión todavía no empezó.
    Cancelar es el botón por omisión y el de Esc."""
    return _preguntar(padre, QMessageBox.Icon.Warning, tr("La sesión todavía no empezó"), aviso,
                      tr("Lo que se registra pasa a su acta. Si la sesión es otra, cancele y ábrala."),
                      tr("Registrar igual"), QMessageBox.ButtonRole.AcceptRole, tr("Cancelar"))
