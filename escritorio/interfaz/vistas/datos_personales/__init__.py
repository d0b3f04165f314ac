"""El área Datos personales (issue 65): las personas que la base tiene y sus derechos sobre sus datos.

Cuatro pestañas, una por módulo: «Personas» (`personas.py`: dónde aparece cada persona, quién es quién),
«Solicitudes» (`solicitudes.py`: acceso, rectificación, supresión, oposición y los demás derechos, con el plazo de la
ley y cómo se responde cada una), «Consentimientos» (`consentimientos.py`: lo que cada contacto aceptó, con el texto
exacto, y su revocación) y «Política» (`politica.py`: la ley que aplica, para qué se guarda cada dato, lo que ya no
hace falta conservar y el registro de actividades). Lo que comparten, en `pestana.py`; los diálogos, en
`dialogos/datos_personales.py`, `dialogos/consentimiento.py` y `dialogos/supresion.py`.

Todo lo piden a los servicios (`servicios.personas`, `solicitudes_de_datos`, `acceso_a_los_datos`,
`supresion_de_datos`, `oposicion_al_correo`, `consentimientos`, `conservacion_de_datos`, `registro_de_actividades`):
los mismos que usan «escritorio personas», «escritorio derechos» y «escritorio consentimientos».
"""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from ....dominio import formato
from ....servicios.personas import listar_personas
from ....servicios.solicitudes_de_datos import por_que_no_se_registra_una_solicitud
from ...comun import descartar
from ...operaciones import FALLO, consultar_en_la_ventana
from ...piezas import AreaPerezosa
from .consentimientos import PestanaConsentimientos
from .personas import PestanaPersonas
from .politica import PestanaPolitica
from .solicitudes import PestanaSolicitudes

__all__ = ["VistaDatosPersonales"]


class VistaDatosPersonales(AreaPerezosa):
    """Las personas, sus solicitudes, sus consentimientos y la política de datos. Lo que se guarda desde aquí lo avisa
    la oficina."""

    # El registro de personas, solicitudes y política; las filas donde aparece cada persona (contactos y autoridades
    # de los miembros, integrantes y candidaturas de los órganos, delegados, invitados y oradores de las sesiones,
    # firmantes de convenios y declaraciones) con los nombres de los miembros, órganos, sesiones y convenios; el
    # correo a sus direcciones; la asociación (su sigla en el nombre del registro de actividades).
    MUESTRA = frozenset({"datos_personales", "miembros", "mandatos", "organos", "sesiones", "convenios", "correo",
                         "asociacion"})

    def __init__(self, ajustes: QSettings | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self.ajustes = ajustes
        self.personas = PestanaPersonas(self)
        self.solicitudes = PestanaSolicitudes(self)
        self.consentimientos = PestanaConsentimientos(self)
        self.politica = PestanaPolitica(self)
        self.pestanas = QTabWidget()
        self.pestanas.addTab(self.personas, self.tr("Personas"))
        self.pestanas.addTab(self.solicitudes, self.tr("Solicitudes"))
        self.pestanas.addTab(self.consentimientos, self.tr("Consentimientos"))
        self.pestanas.addTab(self.politica, self.tr("Política"))
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.pestanas)

    def recargar(self) -> None:
        self._al_dia_con_la_base()
        for pestana in (self.personas, self.solicitudes, self.consentimientos, self.politica):
            pestana.recargar()
        abiertas = sum(1 for s in self.solicitudes.solicitudes if s["estado"] == "abierta")
        self.pestanas.setTabText(1, self.tr("Solicitudes ({0})").format(abiertas) if abiertas
                                 else self.tr("Solicitudes"))

    # --- lo que piden las pestañas y Próximos pasos ------------------------------------------------------------
    def nueva_solicitud(self, persona_id: int | None = None) -> None:
        """El diálogo de una solicitud nueva; si se registró, dice su plazo y la muestra en Solicitudes."""
        from ...dialogos.datos_personales import DialogoNuevaSolicitud

        contexto = self.contexto
        leido = consultar_en_la_ventana(self, lambda: (por_que_no_se_registra_una_solicitud(contexto),
                                                       listar_personas(contexto, con_suprimidas=False)),
                                        que="personas registradas")
        if leido is FALLO:
            return
        motivo, personas = leido
        if motivo is not None:   # antes de llenar el formulario, no después
            QMessageBox.information(self, self.tr("Nueva solicitud"), motivo)
            self.pestanas.setCurrentWidget(self.politica)
            return
        dialogo = DialogoNuevaSolicitud(self.oficina, personas, persona_id, self)
        dialogo.exec()
        registrada = dialogo.registrada
        descartar(dialogo)
        if registrada is None:
            return
        self.recargar()
        self.ir_a_la_solicitud(registrada.id)
        QMessageBox.information(self, self.tr("Solicitud registrada"), self.tr(
            "Solicitud N.º {0} registrada: vence el {1} ({2}).").format(
            registrada.id, formato.fecha(registrada.vence_el), registrada.plazo))

    def ir_a_la_solicitud(self, solicitud_id: int) -> None:
        """La pestaña Solicitudes con la solicitud elegida (aunque «Solo las abiertas» la escondiera)."""
        self.pestanas.setCurrentWidget(self.solicitudes)
        self.solicitudes.seleccionar(solicitud_id)
        self.solicitudes.tabla.setFocus()

    def mostrar_politica(self) -> None:
        self.pestanas.setCurrentWidget(self.politica)

    def ir_a_lo_vencido(self) -> None:
        """La pestaña Política, con «Lo que ya no hace falta conservar» a la vista."""
        self.mostrar_politica()
        self.politica.mostrar_vencidos()
