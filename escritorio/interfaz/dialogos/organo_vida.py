"""La creación y la disolución de un órgano en la ventana (issue 66, §4): el día en que lo creó el estatuto o una
resolución (para un órgano ya cargado), y disolverlo con su último día y qué lo disolvió, viendo antes los mandatos
que termina y lo que lo impide. Todo lo decide `servicios.vida_de_los_organos`, el mismo que usa la línea de
órdenes; aquí solo se muestra lo que dice."""

from datetime import date
from html import escape

from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...errores import ErrorEscritorio
from ...servicios.base import hoy
from ...servicios.oficina import Oficina
from ...servicios.vida_de_los_organos import PlanDeDisolucion, disolver, fijar_creacion, prever_disolucion
from ..comun import lista_problemas, marcar_invalido, tr
from ..operaciones import FALLO, hacer_en_la_ventana
from ..piezas import ESTILO_ERROR, DialogoBase, en_linea, nota, nuevo_formulario
from ..piezas.de_la_oficina import DeLaOficina
from ..piezas.formulario_de_la_oficina import FormularioDeLaOficina
from .baja import editor_de_fecha


class FechaDeCreacion:
    """«Creado el» (una fecha, o «sin fecha: existe desde siempre») y «Creado por»: los campos de la creación de un
    órgano, en el diálogo de un órgano nuevo y en el de uno ya cargado."""

    def __init__(self, creado_el: str | None = None, creado_por: str | None = None):
        self.fecha = editor_de_fecha(date.fromisoformat(creado_el) if creado_el else hoy())
        self.sin_fecha = QCheckBox(tr("sin fecha (existe desde siempre)"))
        self.sin_fecha.setChecked(creado_el is None)
        self.fecha.setEnabled(creado_el is not None)
        self.sin_fecha.toggled.connect(lambda marcado: self.fecha.setEnabled(not marcado))
        self.sin_fecha.toggled.connect(lambda _: marcar_invalido(self.fecha, None))
        self.fecha.dateChanged.connect(lambda _: marcar_invalido(self.fecha, None))
        self.por = QLineEdit(creado_por or "")
        self.por.setPlaceholderText(tr("por ejemplo: Estatuto, art. 21 — o Resolución 4/2027"))
        self.por.textEdited.connect(lambda _: marcar_invalido(self.por, None))

    def agregar_a(self, formulario) -> None:
        formulario.addRow(tr("Creado el:"), en_linea(self.fecha, self.sin_fecha))
        formulario.addRow(tr("Creado por:"), self.por)

    @property
    def creado_el(self) -> date | None:
        return None if self.sin_fecha.isChecked() else self.fecha.date().toPython()

    @property
    def creado_por(self) -> str | None:
        return self.por.text().strip() or None

    def marcar(self, error: ErrorEscritorio) -> None:
        """Marca los campos de los que habla el rechazo del servicio (claves «creado_el» y «creado_por»)."""
        campos = getattr(error, "campos", {}) or {}
        marcar_invalido(self.fecha, campos.get("creado_el"))
        marcar_invalido(self.por, campos.get("creado_por"))


class DialogoCreacionDelOrgano(DeLaOficina, DialogoBase):
    """El día en que se creó un órgano ya cargado y qué lo creó. `exec()` devuelve Accepted si se guardó."""

    def __init__(self, oficina: Oficina, organo: dict, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.organo = oficina, organo
        self.setWindowTitle(self.tr("Creación — {0}").format(organo["nombre"]))
        explicacion = nota(self.tr(
            "El día en que el estatuto o una resolución creó «{0}» y qué lo creó. Antes de ese día el órgano no "
            "existía: su composición lo dice, la memoria de un año anterior no lo nombra y no se le convocan "
            "sesiones. Sin fecha, existe desde siempre.").format(organo["nombre"]))
        self.campos = FechaDeCreacion(organo.get("creado_el"), organo.get("creado_por"))
        formulario = nuevo_formulario()
        self.campos.agregar_a(formulario)
        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        botones.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        botones.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        botones.accepted.connect(self.guardar)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addSpacing(4)
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.mensaje)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)
        self.setMinimumWidth(560)

    def guardar(self) -> None:
        contexto, organo_id = self.contexto, self.organo["id"]
        creado_el, creado_por = self.campos.creado_el, self.campos.creado_por
        if hacer_en_la_ventana(self, self.oficina, lambda: fijar_creacion(contexto, organo_id, creado_el, creado_por),
                               que="creación del órgano", al_rechazar=self._rechazado) is not None:
            self.accept()

    def _rechazado(self, error: ErrorEscritorio) -> None:
        self.campos.marcar(error)
        self.mensaje.setText(lista_problemas(error))
        self.mensaje.show()


class DialogoDisolverOrgano(FormularioDeLaOficina):
    """Disolver un órgano: su último día, qué lo disolvió, y antes de confirmar, los mandatos que termina ese día y lo
    que lo impide (la vista previa del servicio). `hecho`: si quedó disuelto."""

    def __init__(self, oficina: Oficina, organo: dict, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.organo = oficina, organo
        self.plan: PlanDeDisolucion | None = None
        self.setWindowTitle(self.tr("Disolver — {0}").format(organo["nombre"]))
        explicacion = nota(self.tr(
            "«{0}» deja de existir después del día que indique (ese día es el último). Los mandatos que siguen "
            "abiertos terminan ese día, cada uno con el motivo en su historia. Después no se le convocan sesiones, "
            "la agenda no pide su próxima sesión y la memoria de un año posterior no lo nombra; su historia no se "
            "borra.").format(organo["nombre"]))
        self.fecha: QDateEdit = editor_de_fecha(hoy())
        self.fecha.dateChanged.connect(lambda _: self.actualizar())
        self.por = QLineEdit()
        self.por.setPlaceholderText(self.tr("por ejemplo: Resolución 4/2027 — o Reforma del estatuto de 2027"))
        self.por.textEdited.connect(lambda _: marcar_invalido(self.por, None))
        self._campos = {"por": self.por, "fecha": self.fecha}
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Último día:"), en_linea(self.fecha))
        formulario.addRow(self.tr("Disuelto por:"), self.por)
        self._armar(formulario, self.tr("Disolver el órgano"), explicacion, previa="previaDisolucion",
                    ancho_minimo=640)
        self.boton_disolver = self.boton_aceptar
        self.boton_disolver.setDefault(False)   # disolver no es lo que hace Enter: se pulsa el botón
        self.actualizar()
        self.por.setFocus()

    def actualizar(self) -> None:
        """La vista previa del servicio para el día elegido: qué termina y qué lo impide."""
        contexto, organo_id, dia = self.contexto, self.organo["id"], self.fecha.date().toPython()
        plan = self._prever(lambda: prever_disolucion(contexto, organo_id, dia), que="vista previa de la disolución")
        if plan is FALLO:
            self.plan = None
            return
        self.plan = plan
        lineas = [escape(plan.resumen())] + [f"&nbsp;&nbsp;• {escape(m.texto())}" for m in plan.terminan[:12]]
        if len(plan.terminan) > 12:
            lineas.append("&nbsp;&nbsp;" + escape(self.tr("y {0} más").format(len(plan.terminan) - 12)))
        self._mostrar_previa("<br>".join(lineas), ayuda="\n".join(m.texto() for m in plan.terminan[:60]))
        self.problemas.mostrar(list(plan.problemas), titulo=self.tr("No se puede disolver ese día:"), clase="error")
        self.boton_disolver.setEnabled(not plan.problemas)

    def confirmar(self) -> None:
        if self.plan is None or self.plan.problemas:
            return
        contexto, organo_id, dia, por = self.contexto, self.organo["id"], self.plan.fecha, self.por.text()
        confirmados = {m.mandato_id for m in self.plan.terminan}
        self._hacer_y_cerrar(lambda: disolver(contexto, organo_id, dia, por, confirmados=confirmados),
                             que="disolver un órgano")

    aceptar = confirmar
