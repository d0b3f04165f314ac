"""Quiénes votaron en la urna abierta (issue 85): el diálogo que abre «Votaron N de M» en el panel de la urna.

Lo lee `servicios.voto_electronico.participacion` (lo mismo que «escritorio voto estado --quienes»): en una nominal,
cada delegación con lo que eligió; en una secreta, solo quiénes votaron, nunca qué; y quiénes faltan. Queda abierto al
lado de la ventana (no modal) y se relee con el reloj del panel mientras la urna sigue abierta.
"""

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ....servicios.voto_electronico.participacion import Participacion, participacion
from ...comun import tr
from ...operaciones import FALLO, consultar_en_la_ventana
from ...piezas import GRIS, DialogoBase, llenar_tabla, nota, tabla_lectura


class DialogoQuienesVotaron(DialogoBase):
    """Las delegaciones que votaron (con su voto, en una nominal) y, al final de la misma lista, en gris, las que
    faltan: una sola tabla que se desplaza, con 30 delegaciones o con 300."""

    def __init__(self, db, urna_id: int, titulo: str, padre: QWidget | None = None):
        super().__init__(padre, tr("Quiénes votaron"), modal=False)
        self.db, self.urna_id = db, urna_id
        self.titulo = QLabel(titulo)
        self.titulo.setWordWrap(True)
        self.aviso = nota("")
        self.resumen = QLabel()
        self.tabla = tabla_lectura([self.tr("Delegación"), self.tr("Voto")], 0)
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        botones.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        botones.rejected.connect(self.close)
        caja = QVBoxLayout(self)
        for pieza in (self.titulo, self.aviso, self.resumen):
            caja.addWidget(pieza)
        caja.addWidget(self.tabla, 1)
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
        votaron, total = len(p.votaron), len(p.votaron) + len(p.faltan)
        self.resumen.setText(self.tr("Votaron {0} de {1}; faltan {2}.").format(votaron, total, len(p.faltan))
                             if p.faltan else self.tr("Votaron todas las delegaciones que pueden votar."))
        falta = self.tr("falta")
        filas = [[v.delegacion, v.eleccion if v.eleccion is not None else self.tr("votó")] for v in p.votaron]
        llenar_tabla(self.tabla, filas + [[d, falta] for d in p.faltan],
                     color=lambda n: GRIS if n >= votaron else None, cursiva=lambda n: n >= votaron)
        self.tabla.resizeColumnToContents(1)
