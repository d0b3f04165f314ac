"""El área Órganos: el árbol de órganos, la composición de cada uno en cualquier fecha con las reglas
que no se cumplen, el artículo que lo crea, sus mandatos (designar, terminar, historia) y la rotación
de la Secretaría Ejecutiva (calendario de períodos y traspaso con vista previa). Cada órgano muestra
también cómo sesiona (quórum, poderes, convocatoria), que se fija con «Reglas de sesión…»; quién lo integra por
regla (todos los activos, cupos por país, de oficio…) se fija con «Reglas de composición…».

Todo lo pide a `servicios.organos`, `servicios.estatutos` y `servicios.sesiones`; la rotación está en
`vistas/rotacion.py`. Este módulo arma el área (`VistaOrganos`) con sus pedazos, uno por módulo: la página
(`pagina`), el árbol (`arbol`), el encabezado del órgano elegido (`organo_elegido`), su composición (`composicion`)
y lo que se hace desde el área (`acciones`).
"""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ....servicios.miembros import listar_miembros
from ....servicios.organos import listar_organos
from ...operaciones import FALLO, consultar_en_la_ventana
from ...piezas import AreaPerezosa
from ..rotacion import PanelRotacion
from .acciones import AccionesDeOrganos
from .arbol import ArbolDeOrganos
from .composicion import ComposicionDelOrgano
from .organo_elegido import OrganoElegido
from .pagina import PaginaDeOrganos


class VistaOrganos(PaginaDeOrganos, ArbolDeOrganos, OrganoElegido, ComposicionDelOrgano, AccionesDeOrganos,
                   AreaPerezosa):
    """Los órganos, su composición y sus mandatos. Lo que se guarda desde aquí lo avisa la oficina."""

    # Órganos y su composición, las reglas que citan artículos, las sesiones y la deuda (voto) de los integrantes.
    MUESTRA = frozenset({"organos", "mandatos", "miembros", "normas", "sesiones", "pagos", "cargos", "asociacion"})

    def __init__(self, ajustes: QSettings | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self._ajustes = ajustes
        self._pendiente = False
        self._organos: list[dict] = []
        self._miembros: list[dict] = []
        self.composicion = None
        self._construir()

    def _construir(self) -> None:
        self.pestanas = QTabWidget()
        self.pestanas.addTab(self._pagina_organos(), self.tr("Composición y mandatos"))
        self.rotacion = PanelRotacion()
        self.rotacion.traspasado.connect(lambda: self._cambio(self.organo_id()))
        self.pestanas.addTab(self.rotacion, self.tr("Rotación de la Secretaría Ejecutiva"))
        self.pestanas.currentChanged.connect(lambda indice: indice == 1 and self.rotacion.ir_al_periodo_actual())
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.pestanas)

    def recargar(self, elegir: int | None = None) -> None:
        self._al_dia_con_la_base()
        contexto = self.contexto
        leido = consultar_en_la_ventana(self, lambda: (listar_organos(contexto), listar_miembros(contexto)),
                                        que="listar órganos")
        if leido is FALLO:
            return
        self._organos, self._miembros = leido
        self._llenar_arbol(elegir if elegir is not None else self.organo_id())
        disponible = self.rotacion.mostrar(self.oficina, self._miembros)
        self.pestanas.setTabEnabled(1, disponible is None)
        self.pestanas.setTabToolTip(1, disponible or "")

    def _cambio(self, elegir: int | None) -> None:
        """Se guardó algo desde el área: se recarga ya, con `elegir` a la vista (la oficina avisa al resto)."""
        self.recargar(elegir)
