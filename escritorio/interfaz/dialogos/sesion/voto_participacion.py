"""Quiénes votaron en la urna abierta (issue 85): el diálogo que abre «Votaron N de M» en el panel de la urna.

Lo lee `servicios.voto_electronico.participacion` (lo mismo que «escritorio voto estado --quienes»): en una nominal,
cada delegación con lo que eligió; en una secreta, solo quiénes votaron, nunca qué; y quiénes faltan. Queda abierto al
lado de la ventana (no modal) y se relee con el reloj del panel mientras la urna sigue abierta.
"""

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ....servicios.voto_electronico.participacion import Participacion, participacion
from ...comun import tr
from ...operaciones import FALLO, consultar_en_la_ventana
from ...piezas import DialogoBase, llenar_tabla, nota, tabla_lectura


class DialogoQuienesVotaron(DialogoBase):
    """Las delegaciones que votaron (con su voto, en una nominal) y las que faltan, de la urna `urna_id`."""

    def __init__(self, db, urna_id: int, titulo: str, padre: QWidget | None = None):
        super().__init__(padre, tr("Quiénes votaron"), modal=False)
        self.db, self.urna_id = db, urna_id
        self.titulo = QLabel(titulo)
        self.titulo.setWordWrap(True)
        self.aviso = nota("")
        self.tabla = tabla_lectura([self.tr("Delegación"), self.tr("Voto")], 0)
        self.faltan = nota("")
        self.faltan.setWordWrap(True)
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        botones.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        botones.rejected.connect(self.close)
        caja = QVBoxLayout(self)
        for pieza in (self.titulo, self.aviso):
            caja.addWidget(pieza)
        caja.addWidget(self.tabla, 1)
        caja.addWidget(self.faltan)
        caja.addWidget(botones)
        self.caber_en_la_pantalla(520, 480)
        self.releer()

    def releer(self) -> None:
        leida = consultar_en_la_ventana(self, lambda: participacion(self.db, self.urna_id), que="quiénes votaron",
                                        al_rechazar=lambda _error: True)
        if leida is not FALLO:
            self.mostrar(leida)

    def mostrar(self, p: Participacion) -> None:
        self.aviso.setText(self.tr("Secreta: se ve quiénes votaron, nunca qué eligió cada una.") if p.secreta else
                           self.tr("Nominal: cada voto, con su delegación (como en una nominal a mano)."))
        self.tabla.setColumnHidden(1, p.secreta)
        llenar_tabla(self.tabla, [[v.delegacion, v.eleccion or ""] for v in p.votaron])
        self.tabla.resizeColumnToContents(1)
        self.faltan.setText(self.tr("Faltan ({0}): {1}").format(len(p.faltan), ", ".join(p.faltan)) if p.faltan
                            else self.tr("Votaron todas las delegaciones que pueden votar."))
