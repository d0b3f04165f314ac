"""La pestaña «Convenios» de la ficha del miembro: los convenios y hermanamientos en que el miembro es parte, con su
estado hoy (en su color) y hasta cuándo rigen. Se cargan y corrigen en el área Convenios; aquí se consultan."""

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...servicios.convenios import convenios_del_miembro
from ...servicios.oficina import Oficina
from ..operaciones import FALLO, consultar_en_la_ventana
from ..comun import fecha_dma
from ..modelos.convenios import COLORES_ESTADO, estado_visible, hasta_cuando, tipo_visible
from ..piezas import GRIS, llenar_tabla, nota, tabla_lectura
from ..piezas.de_la_oficina import DeLaOficina


class PestanaConvenios(DeLaOficina, QWidget):
    def __init__(self, oficina: Oficina, miembro_id: int, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.miembro_id = oficina, miembro_id
        self.convenios: list[dict] = []
        self.tabla = tabla_lectura([self.tr("Convenio"), self.tr("Tipo"), self.tr("Con"), self.tr("Inicio"),
                                    self.tr("Rige hasta"), self.tr("Estado")], 0, 2)
        self.resumen = nota()
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.resumen)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addWidget(nota(self.tr("Los convenios se cargan y se corrigen en el área Convenios.")))
        self.recargar()

    def recargar(self) -> None:
        convenios = consultar_en_la_ventana(self, lambda: convenios_del_miembro(self.contexto, self.miembro_id),
                                            que="convenios del miembro")
        if convenios is FALLO:
            return
        self.convenios = convenios
        filas = []
        for c in self.convenios:
            otras = [p["nombre"] for p in c["partes"] if p["miembro_id"] != self.miembro_id]
            if c["asociacion_es_parte"]:
                otras.insert(0, self.asociacion["sigla"] if self.asociacion else "")
            filas.append([c["titulo"], tipo_visible(c["tipo"]), ", ".join(otras), fecha_dma(c["inicio"]),
                          hasta_cuando(c), estado_visible(c["estado"])])
        llenar_tabla(self.tabla, filas, datos=self.convenios,
                     color=lambda n: GRIS if self.convenios[n]["estado"] in ("vencido", "terminado") else None)
        for n, c in enumerate(self.convenios):
            self.tabla.item(n, 5).setForeground(QColor(COLORES_ESTADO[c["estado"]]))
        vigentes = sum(1 for c in self.convenios if c["estado"] in ("vigente", "renovado", "por_vencer"))
        if not self.convenios:
            self.resumen.setText(self.tr("El miembro no es parte de ningún convenio registrado."))
        elif len(self.convenios) == 1:
            self.resumen.setText(self.tr("Parte de un convenio; vigente hoy.") if vigentes else
                                 self.tr("Parte de un convenio; no vigente hoy."))
        else:
            self.resumen.setText(self.tr("Parte de {0} convenios; {1} vigentes hoy.").format(
                len(self.convenios), vigentes))
