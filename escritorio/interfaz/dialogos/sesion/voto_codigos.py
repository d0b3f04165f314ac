"""Los códigos para votar desde el teléfono (issue 85): los de todas las delegaciones que votan y todavía no tienen uno
(«Códigos para votar…», sobre las votaciones), o el de una (la que llega tarde, la que perdió el suyo: el anterior
queda anulado), con clic derecho en su fila de la Asistencia.

Los entrega `servicios.voto_electronico` (los mismos servicios que «escritorio voto codigos»); la base guarda solo su
huella, así que el diálogo los muestra una sola vez, con «Tarjetas para imprimir…» (un PDF con una tarjeta por
delegación: `servicios.voto_electronico.imprimir_tarjetas`, como «voto codigos --tarjetas») y «Copiar la lista». Con
la página de votación en marcha, su dirección encabeza los códigos y cada tarjeta lleva su QR y la huella del
certificado.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from ....dominio.voto_electronico import PaginaDeVoto
from ....servicios.voto_electronico import CodigoEntregado, entregar_codigo, entregar_codigos
from ....servicios.voto_electronico.tarjetas import imprimir_tarjetas
from ...comun import tr
from ...operaciones import hacer_en_la_ventana
from ...piezas import DialogoBase, llenar_tabla, nota, tabla_lectura
from ...piezas.documentos import guardar_documento
from ...servidor_de_la_sala import ServidorDeLaSala
from .protocolo_del_editor import EditorDeSesion


class DialogoCodigos(DialogoBase):
    """Los códigos recién entregados: la delegación, su código y quién lo lleva (por un poder)."""

    def __init__(self, entregados: list[CodigoEntregado], padre: QWidget | None = None,
                 pagina: PaginaDeVoto | None = None, editor: EditorDeSesion | None = None):
        super().__init__(padre, tr("Códigos para votar"))
        self.entregados, self.pagina, self.editor = entregados, pagina, editor
        self.url = pagina.url if pagina is not None else None
        self.aviso = nota(self.tr("Cada delegación vota desde su teléfono con su código. Se muestran solo ahora: la "
                                  "base guarda su huella, no el código. Imprímalos en tarjetas, cópielos o anótelos antes "
                                  "de cerrar; el de una delegación se vuelve a entregar desde Asistencia (el anterior "
                                  "queda anulado)."))
        self.tabla = tabla_lectura([self.tr("Delegación"), self.tr("Código"), self.tr("Lo lleva")], 0)
        llenar_tabla(self.tabla, [[e.delegacion, e.codigo, e.portador or ""] for e in entregados])
        self.tabla.resizeColumnsToContents()
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        botones.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        self.boton_copiar = botones.addButton(self.tr("Copiar la lista"), QDialogButtonBox.ButtonRole.ActionRole)
        self.boton_copiar.setToolTip(self.tr("Copia las delegaciones y sus códigos, una por línea, para pegarlos en "
                                             "otro programa e imprimirlos"))
        self.boton_copiar.clicked.connect(self.copiar)
        self.boton_tarjetas = botones.addButton(self.tr("Tarjetas para imprimir…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.boton_tarjetas.setToolTip(
            self.tr("Guarda un PDF con una tarjeta por delegación (su código y, con la página de votación en marcha, "
                    "un QR que la abre con el código ya escrito), para imprimir, recortar y entregar"))
        self.boton_tarjetas.clicked.connect(self.guardar_tarjetas)
        self.boton_tarjetas.setVisible(editor is not None)
        botones.rejected.connect(self.reject)
        caja = QVBoxLayout(self)
        caja.addWidget(self.aviso)
        if self.url:   # la página de votación está en marcha: su dirección va con los códigos
            direccion = QLabel(self.tr("Página de votación: {0}").format(self.url))
            direccion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caja.addWidget(direccion)
        caja.addWidget(self.tabla, 1)
        caja.addWidget(botones)
        self.resize(560, 420)

    @property
    def texto(self) -> str:
        """La lista como se copia: «Delegación: CÓDIGO (lo lleva X, por su poder)», una por línea; primero la
        dirección de la página de votación, si está en marcha."""
        encabezado = [self.tr("Página de votación: {0}").format(self.url)] if self.url else []
        poder = self.tr(" (lo lleva {0}, por su poder)")
        return "\n".join(encabezado + [f"{e.delegacion}: {e.codigo}" + (poder.format(e.portador) if e.portador else "")
                                        for e in self.entregados])

    def copiar(self) -> None:
        QGuiApplication.clipboard().setText(self.texto)

    def guardar_tarjetas(self) -> bool:
        """Pide dónde guardar el PDF de las tarjetas de estos códigos y lo escribe (el mismo servicio que «voto
        codigos --tarjetas»). True si se guardó."""
        editor = self.editor
        contexto, sesion_id = editor.contexto, editor.sesion_id
        return guardar_documento(self, self.tr("Tarjetas con los códigos"), f"tarjetas-sesion-{sesion_id}.pdf",
                                 lambda ruta: imprimir_tarjetas(contexto, sesion_id, self.entregados, ruta,
                                                                pagina=self.pagina, reemplazar=True),
                                 editor.ajustes)


def _mostrar(padre: QWidget, editor: EditorDeSesion, entregados: list[CodigoEntregado]) -> DialogoCodigos:
    servidor = ServidorDeLaSala.de()
    pagina = PaginaDeVoto(servidor.url, servidor.huella) if servidor.en_marcha(editor.sesion_id) else None
    dialogo = DialogoCodigos(entregados, padre, pagina, editor)
    dialogo.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialogo.open()   # modal para la ventana, sin detener el programa (la urna abierta sigue contando)
    return dialogo


def entregar_los_codigos(padre: QWidget, editor: EditorDeSesion) -> DialogoCodigos | None:
    """Los códigos de quienes votan y todavía no tienen uno; el diálogo que los muestra, o None si no hubo."""
    hecho = hacer_en_la_ventana(padre, editor.oficina, lambda: entregar_codigos(editor.contexto, editor.sesion_id),
                                que="entregar códigos de votación")
    if hecho is None:
        return None
    if not hecho.resultado:
        QMessageBox.information(padre, tr("Códigos para votar"), tr(
            "Todas las delegaciones que votan ya tienen su código. Para dar otro a una (llegó tarde, perdió el suyo): "
            "clic derecho en su fila de la Asistencia."))
        return None
    return _mostrar(padre, editor, hecho.resultado)


def entregar_el_codigo(padre: QWidget, editor: EditorDeSesion, miembro_id: int) -> DialogoCodigos | None:
    """El código de una delegación (uno nuevo: el anterior queda anulado); el diálogo que lo muestra."""
    hecho = hacer_en_la_ventana(padre, editor.oficina, lambda: entregar_codigo(editor.contexto, editor.sesion_id,
                                                                               miembro_id),
                                que="entregar un código de votación")
    return None if hecho is None else _mostrar(padre, editor, [hecho.resultado])
