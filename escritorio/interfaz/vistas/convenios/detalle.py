"""El convenio elegido en el área Convenios: su resumen (partes, plazos, responsable, resolución, PDF firmado) y
sus obligaciones. Muestra lo que ya leyó el área; los botones los conecta el área."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...comun import fecha_dma, formatear
from ...iconos import icono
from ...modelos.convenios import (COLORES_ESTADO, estado_de_obligacion_visible, estado_visible,
                                  tipo_de_obligacion_visible, tipo_de_parte_visible, tipo_visible)
from ...piezas import GRIS, ROJO, DesplazableAlAncho, dato_de_fila, llenar_tabla, tabla_lectura
from ....dominio.paises import nombre_pais
from ....dominio.tamano import tamano_legible


def _renglon(rotulo: str, valor: str) -> str:
    return f"<tr><td style='color: {GRIS}; padding-right: 10px;'>{escape(rotulo)}</td><td>{valor}</td></tr>"


class DetalleConvenio(QTabWidget):
    """Pestañas «Resumen» y «Obligaciones» del convenio elegido."""

    def __init__(self, padre: QWidget | None = None):
        super().__init__(padre)
        self.convenio: dict | None = None
        self.resumen = QLabel()
        self.resumen.setWordWrap(True)
        self.resumen.setTextFormat(Qt.TextFormat.RichText)
        self.resumen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resumen.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        caja = QWidget()
        disposicion = QVBoxLayout(caja)
        disposicion.setContentsMargins(8, 6, 8, 6)
        disposicion.addWidget(self.resumen)
        disposicion.addStretch(1)
        desplazable = DesplazableAlAncho()
        desplazable.setWidget(caja)

        self.tabla_obligaciones = tabla_lectura([self.tr("Vence"), self.tr("Tipo"), self.tr("Descripción"),
                                                 self.tr("Importe"), self.tr("Estado")], 2)
        self.boton_obligacion = QPushButton(icono("actividad"), self.tr("Nueva obligación…"))
        self.boton_cumplida = QPushButton(icono("verificar"), self.tr("Marcar cumplida"))
        self.boton_pendiente = QPushButton(self.tr("Volver a pendiente"))
        obligaciones = QWidget()
        disposicion = QVBoxLayout(obligaciones)
        disposicion.addWidget(self.tabla_obligaciones, 1)
        fila = QHBoxLayout()
        for boton in (self.boton_obligacion, self.boton_cumplida, self.boton_pendiente):
            fila.addWidget(boton)
        fila.addStretch(1)
        disposicion.addLayout(fila)
        self.tabla_obligaciones.itemSelectionChanged.connect(self._obligacion_elegida)

        self.addTab(desplazable, self.tr("Resumen"))
        self.addTab(obligaciones, self.tr("Obligaciones"))
        self.mostrar(None)

    # --- mostrar ------------------------------------------------------------------------------------
    def mostrar(self, convenio: dict | None, sigla: str = "") -> None:
        self.convenio = convenio
        self.boton_obligacion.setEnabled(convenio is not None)
        if convenio is None:
            self.resumen.setText(f"<span style='color: {GRIS};'>{escape(self.tr('Elija un convenio de la lista.'))}</span>")
            llenar_tabla(self.tabla_obligaciones, [])
            self.setTabText(1, self.tr("Obligaciones"))
            self._obligacion_elegida()
            return
        self.resumen.setText(self._texto(convenio, sigla))
        self._mostrar_obligaciones(convenio)

    def _texto(self, c: dict, sigla: str) -> str:
        color = COLORES_ESTADO[c["estado"]]
        estado = estado_visible(c["estado"])
        if c["terminado_el"]:
            estado += " — " + self.tr("terminado el {0}: {1}").format(fecha_dma(c["terminado_el"]),
                                                                      c["motivo_terminacion"])
        partes = ([escape(self.tr("{0} (la asociación)").format(sigla))] if c["asociacion_es_parte"] else [])
        for p in c["partes"]:
            que = self.tr("miembro") if p["tipo"] == "miembro" else tipo_de_parte_visible(p["tipo"])
            pais = f", {nombre_pais(p['pais'])}" if p["pais"] else ""
            firmo = (" — " + self.tr("firmó {0}").format(p["firmante"])) if p["firmante"] else ""
            partes.append(f"<b>{escape(p['nombre'])}</b> <span style='color: {GRIS};'>({escape(que + pais)})</span>"
                          f"{escape(firmo)}")
        renglones = [
            _renglon(self.tr("Tipo"), escape(tipo_visible(c["tipo"]))),
            _renglon(self.tr("Estado"), f"<b style='color: {color};'>{escape(estado)}</b>"),
            _renglon(self.tr("Partes"), "<br>".join(partes)),
            _renglon(self.tr("Rige"), escape(self.tr("desde el {0}").format(fecha_dma(c["inicio"]))
                                             + (" " + self.tr("hasta el {0}").format(fecha_dma(c["fin"]))
                                                if c["fin"] else " " + self.tr("por tiempo indeterminado")))),
        ]
        if c["firmado_el"]:
            renglones.append(_renglon(self.tr("Firmado"), escape(fecha_dma(c["firmado_el"]))))
        if c["renovacion_meses"]:
            texto = self.tr("se renueva solo cada {0} meses").format(c["renovacion_meses"])
            if c["renovaciones_maximas"]:
                texto += " " + self.tr("(hasta {0} veces)").format(c["renovaciones_maximas"])
            if c["renovaciones"] == 1:
                texto += "; " + self.tr("renovado una vez")
            elif c["renovaciones"]:
                texto += "; " + self.tr("renovado {0} veces").format(c["renovaciones"])
            renglones.append(_renglon(self.tr("Renovación"), escape(texto)))
        if c["preaviso_dias"] is not None:
            renglones.append(_renglon(self.tr("Preaviso"), escape(self.tr("{0} días").format(c["preaviso_dias"]))))
        if c["ultimo_dia_para_denunciar"]:
            renglones.append(_renglon(self.tr("Denunciarlo hasta"),
                                      f"<b>{escape(fecha_dma(c['ultimo_dia_para_denunciar']))}</b>"))
        if c["fin_efectivo"]:
            renglones.append(_renglon(self.tr("Deja de regir"), escape(fecha_dma(c["fin_efectivo"]))))
        if c["organo"]:
            renglones.append(_renglon(self.tr("Responsable"), escape(c["organo"])))
        if c["resolucion"]:
            renglones.append(_renglon(self.tr("Autorizado por"), escape(c["resolucion"])))
        pdf = c["pdf"]
        if pdf:
            renglones.append(_renglon(self.tr("PDF firmado"), escape(self.tr(
                "{0} ({1} páginas, {2}), adjuntado el {3}; SHA-256 {4}…").format(
                pdf["nombre"], pdf["paginas"], tamano_legible(pdf["bytes"]), fecha_dma(pdf["adjuntado_en"][:10]),
                pdf["sha256"][:16]))))
        else:
            renglones.append(_renglon(self.tr("PDF firmado"), f"<span style='color: {GRIS};'>"
                                      f"{escape(self.tr('todavía no se adjuntó'))}</span>"))
        if c["objeto"]:
            renglones.append(_renglon(self.tr("Objeto"), escape(c["objeto"]).replace("\n", "<br>")))
        return f"<p style='font-size: 115%;'><b>{escape(c['titulo'])}</b></p><table>{''.join(renglones)}</table>"

    def _mostrar_obligaciones(self, c: dict) -> None:
        obligaciones = c["obligaciones"]
        filas = []
        for o in obligaciones:
            estado = self.tr("Atrasada") if o["atrasada"] else estado_de_obligacion_visible(o["estado"])
            if o["cumplida_el"]:
                estado += " " + self.tr("el {0}").format(fecha_dma(o["cumplida_el"]))
            filas.append([fecha_dma(o["vence"]), tipo_de_obligacion_visible(o["tipo"]), o["descripcion"],
                          formatear(o["importe"], o["moneda"]) if o["importe"] is not None else "", estado])
        llenar_tabla(self.tabla_obligaciones, filas, datos=obligaciones,
                     color=lambda n: ROJO if obligaciones[n]["atrasada"] else (
                         GRIS if obligaciones[n]["estado"] == "cumplida" else None))
        for n, o in enumerate(obligaciones):
            if o["estado"] == "cumplida":
                self.tabla_obligaciones.item(n, 4).setForeground(QColor(COLORES_ESTADO["vigente"]))
        pendientes = c["obligaciones_pendientes"]
        self.setTabText(1, self.tr("Obligaciones ({0})").format(pendientes) if pendientes else self.tr("Obligaciones"))
        self._obligacion_elegida()

    def obligacion(self) -> dict | None:
        filas = self.tabla_obligaciones.selectionModel().selectedRows()
        if not filas or self.convenio is None:
            return None
        return dato_de_fila(self.tabla_obligaciones, filas[0].row())

    def _obligacion_elegida(self) -> None:
        elegida = self.obligacion()
        self.boton_cumplida.setEnabled(elegida is not None and elegida["estado"] == "pendiente")
        self.boton_pendiente.setEnabled(elegida is not None and elegida["estado"] == "cumplida")
