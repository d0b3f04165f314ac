"""Diálogos de las sesiones: convocar, agregar un punto del orden del día, un invitado, los datos de cierre,
adoptar una resolución y agregar una fe de erratas (aprobar el acta: sesion/aprobacion.py).

Cada diálogo hace su escritura con el servicio que corresponde; si algo falta o no es válido, lo dice en
el mismo diálogo (en rojo, con la lista de problemas) y no se cierra.
"""

from datetime import date, timedelta
from html import escape

from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialogButtonBox, QLabel, QLineEdit,
                               QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget)

from ....dominio.mayorias import TIPOS_DECISION
from ....dominio.sesiones import (CALIDADES_INVITADO, TIPOS_PUNTO, TIPOS_RESOLUCION, TIPOS_SESION, decision_por_omision,
                                  numero_ordinal_romano)
from ....servicios.actas import agregar_fe_de_erratas
from ....servicios.base import hoy
from ....servicios.efectos import PedidoDeEfectos, desde_por_omision, efectos_de_la_resolucion
from ....servicios.reglas_de_admision import leer_reglas_de_admision
from ....servicios.organos import composicion
from ....servicios.puntos_sobre_miembros import (agregar_punto_sobre_miembros, miembros_que_ofrece,
                                                 miembros_que_puede_nombrar, nombrados)
from ....servicios.sesiones.asistencia import agregar_invitado, marcar_celebrada
from ....servicios.sesiones.convocatoria import NuevaSesion, anticipacion, aviso_de_anticipacion, convocar
from ....servicios.sesiones.puntos import agregar_punto, regla_de_decision
from ....servicios.sesiones.reglas import regla_de
from ....servicios.votaciones import adoptar_resolucion
from ...comun import fecha_dma, marcar_invalido, tr
from ...piezas import VERDE, CajaAvisos, editor_de_hora, en_linea, nota
from ..baja import editor_de_fecha
from ..lista_de_miembros import ListaDeMiembros
from .piezas import DialogoFormulario
from ...piezas.de_la_oficina import DeLaOficina
from ....servicios.oficina import Oficina

# Tipos de decisión con regla propia de quórum y mayoría: la lista única de dominio/mayorias.py.
DECISIONES = TIPOS_DECISION


def _dias(cantidad: int) -> str:
    return tr("1 día") if cantidad == 1 else tr("{0} días").format(cantidad)


# --- convocar ----------------------------------------------------------------------------------

class DialogoConvocar(DeLaOficina, DialogoFormulario):
    """Convocar una sesión: órgano, tipo, fecha y hora, lugar o enlace, y la fecha de la convocatoria.

    Tras cerrar, `sesion_id` es la sesión convocada (o None) y `aviso` la advertencia de anticipación
    del servicio («Convocada con 10 días de anticipación; el Estatuto, art. 18 pide 15.») si la hay.
    """

    def __init__(self, oficina: Oficina, organos: list[dict], sesiones: list[dict] = (),
                 organo_id: int | None = None, fecha: date | None = None, padre: QWidget | None = None):
        super().__init__(tr("Convocar sesión"), tr("Convocar"), padre, tr(
            "La sesión queda convocada con su número de orden en el órgano. El orden del día, la asistencia y "
            "el acta se completan después, desde la sesión."), ancho=620)
        self.oficina = oficina
        self._organos = {o["id"]: o for o in organos}
        self._sesiones = list(sesiones)
        self.sesion_id: int | None = None
        self.aviso: str | None = None

        self.organo = QComboBox()
        for o in organos:
            self.organo.addItem(o["nombre"], o["id"])
        self.organo.setCurrentIndex(max(self.organo.findData(organo_id), 0))
        self.tipo = QComboBox()
        for codigo, etiqueta in TIPOS_SESION.items():
            self.tipo.addItem(tr(etiqueta), codigo)
        self.numero = nota()
        self.fecha = editor_de_fecha(fecha or hoy() + timedelta(days=30))
        self.hora = editor_de_hora()
        self.modalidad = QButtonGroup(self)
        self.presencial = QRadioButton(self.tr("Presencial"))
        self.virtual = QRadioButton(self.tr("Virtual"))
        self.mixta = QRadioButton(self.tr("Mixta"))
        for numero, boton in enumerate((self.presencial, self.virtual, self.mixta)):
            self.modalidad.addButton(boton, numero)
        self.presencial.setChecked(True)
        self.lugar = QLineEdit()
        self.lugar.setPlaceholderText(self.tr("por ejemplo: Intendencia de Montevideo, Sala Ernesto de los Campos"))
        self.enlace = QLineEdit()
        self.enlace.setPlaceholderText(self.tr("por ejemplo: https://meet.example.org/consejo"))
        self.convocada_el = editor_de_fecha(hoy())
        self.numero.setWordWrap(False)
        self.anticipacion = CajaAvisos()

        self.formulario.addRow(self.tr("Órgano:"), self.organo)
        fila_tipo = en_linea(self.tipo, estirar=False)
        fila_tipo.addSpacing(6)
        fila_tipo.addWidget(self.numero, 1)
        self.formulario.addRow(self.tr("Tipo:"), fila_tipo)
        self.formulario.addRow(self.tr("Fecha y hora:"), en_linea(self.fecha, self.hora))
        self.formulario.addRow(self.tr("Modalidad:"), en_linea(self.presencial, self.virtual, self.mixta))
        self.formulario.addRow(self.tr("Lugar:"), self.lugar)
        self.formulario.addRow(self.tr("Enlace:"), self.enlace)
        self.formulario.addRow(self.tr("Convocada el:"), en_linea(self.convocada_el))
        self.disposicion.insertWidget(self.disposicion.indexOf(self.mensaje), self.anticipacion)

        self.organo.currentIndexChanged.connect(lambda _: self._actualizar())
        self.tipo.currentIndexChanged.connect(lambda _: self._actualizar())
        self.fecha.dateChanged.connect(lambda _: self._actualizar())
        self.convocada_el.dateChanged.connect(lambda _: self._actualizar())
        self.modalidad.idToggled.connect(lambda _i, marcado: marcado and (self._actualizar(), self.adjustSize()))
        for campo in (self.lugar, self.enlace):
            campo.textEdited.connect(lambda _, c=campo: (marcar_invalido(c, None), self.mensaje.hide()))
        self._actualizar()
        self.lugar.setFocus()

    def elegir_organo(self, organo_id: int) -> None:
        self.organo.setCurrentIndex(max(self.organo.findData(organo_id), 0))

    def _actualizar(self) -> None:
        modalidad = self.modalidad.checkedId()
        self.formulario.setRowVisible(self.lugar, modalidad in (0, 2))
        self.formulario.setRowVisible(self.enlace, modalidad in (1, 2))
        organo = self._organos.get(self.organo.currentData()) or {}
        numero = 1 + max((s["numero"] for s in self._sesiones if s["organo_id"] == organo.get("id")), default=0)
        self.numero.setText(self.tr("será la {0} sesión {1} del órgano").format(
            numero_ordinal_romano(numero), self.tipo.currentText().lower()))
        # Antes de convocar, a la vista: la anticipación que pide el órgano y quién lo integra en esa fecha.
        avisos, conforme = [], ""
        pedido, articulo = organo.get("anticipacion_dias"), organo.get("articulo_convocatoria")
        # La misma regla que la sesión ya convocada (servicios.sesiones.convocatoria.anticipacion): el aviso es el mismo texto.
        dias, aviso = anticipacion(self.fecha.date().toPython(), self.convocada_el.date().toPython(), pedido, articulo)
        cita = self.tr("el {0}").format(articulo) if articulo else self.tr("la regla del órgano")
        if dias < 0:
            avisos.append(self.tr("La fecha de la sesión es anterior a la de la convocatoria."))
        elif aviso:
            avisos.append(tr(aviso) + " " + self.tr("Puede convocarse igual: la advertencia queda en la convocatoria "
                                                    "y en la sesión."))
        elif pedido:
            conforme = self.tr("Con {0} de anticipación ({1} pide {2}).").format(_dias(dias), cita, _dias(pedido))
        contexto = self.contexto
        if organo:
            try:
                asientos = composicion(contexto, organo["id"], self.fecha.date().toPython()).asientos
            except Exception:  # noqa: BLE001 - es una ayuda; el editor de la sesión informa los errores
                asientos = None
            if asientos is not None and not any(a.miembro_id for a in asientos):
                avisos.append(self.tr("Nadie integra «{0}» el {1}: revise los mandatos en el área Órganos o elija "
                                      "otra fecha.").format(organo["nombre"], fecha_dma(self.fecha.date().toPython())))
        self.anticipacion.mostrar(avisos, self.tr("Antes de convocar:") if len(avisos) > 1 else "", conforme=conforme)

    def guardar(self) -> None:
        modalidad = self.modalidad.checkedId()
        lugar = self.lugar.text().strip() if modalidad in (0, 2) else ""
        enlace = self.enlace.text().strip() if modalidad in (1, 2) else ""
        if modalidad in (0, 2) and not self._exigir(self.lugar, self.tr("Indique el lugar de la reunión.")):
            return
        if modalidad in (1, 2) and not self._exigir(self.enlace, self.tr("Indique el enlace de la reunión virtual.")):
            return
        nueva = NuevaSesion(fecha=self.fecha.date().toPython(), tipo=self.tipo.currentData(),
                            hora=self.hora.time().toString("HH:mm"), lugar=lugar or None, enlace=enlace or None,
                            convocada_el=self.convocada_el.date().toPython())

        def convocar_y_avisar() -> None:
            self.sesion_id = convocar(self.contexto, self.organo.currentData(), nueva)
            self.aviso = aviso_de_anticipacion(self.contexto, self.sesion_id)

        if self._intentar(convocar_y_avisar, "convocar sesión"):
            self.accept()


# --- orden del día -----------------------------------------------------------------------------

class DialogoPunto(DeLaOficina, DialogoFormulario):
    """Un punto (o subpunto) del orden del día. «Agregar y seguir» deja el diálogo abierto para el siguiente.

    Tras cerrar, `agregados` son los puntos creados.
    """

    def __init__(self, oficina: Oficina, sesion_id: int, padre_id: int | None = None, padre_texto: str = "",
                 padre: QWidget | None = None, organo_id: int | None = None):
        titulo = tr("Agregar subpunto") if padre_id else tr("Agregar punto al orden del día")
        super().__init__(titulo, tr("Agregar"), padre)
        self.oficina, self.sesion_id, self.padre_id = oficina, sesion_id, padre_id
        self.organo_id = organo_id
        self.agregados: list[int] = []
        self.titulo = QLineEdit()
        self.titulo.setPlaceholderText(self.tr("por ejemplo: Aprobación del presupuesto 2027"))
        self.titulo.textEdited.connect(lambda _: (marcar_invalido(self.titulo, None), self.mensaje.hide()))
        self.tipo = QComboBox()
        for codigo, etiqueta in TIPOS_PUNTO.items():
            self.tipo.addItem(tr(etiqueta), codigo)
        self.tipo.setCurrentIndex(self.tipo.findData("deliberativo"))
        self.decision = QComboBox()
        for clave, etiqueta in DECISIONES.items():
            self.decision.addItem(tr(etiqueta), clave)
        self.decision.setToolTip(self.tr("El tipo de decisión fija el quórum y la mayoría de la votación, según las "
                                         "reglas de sesión del órgano (por ejemplo, reformar el estatuto pide dos "
                                         "tercios)."))
        self.regla = nota()
        self.tipo.currentIndexChanged.connect(lambda _: self._decision_del_tipo())
        self.decision.currentIndexChanged.connect(lambda _: self._actualizar())
        if padre_id:
            self.formulario.addRow(self.tr("Dentro de:"), QLabel(f"<b>{escape(padre_texto)}</b>"))
        self.formulario.addRow(self.tr("Título:"), self.titulo)
        self.formulario.addRow(self.tr("Tipo:"), en_linea(self.tipo))
        self.formulario.addRow(self.tr("Decisión:"), en_linea(self.decision))
        # Un punto de admisión o de exclusión nombra de quién trata: su resolución admitirá o excluirá a ellos.
        self.sobre = ListaDeMiembros()
        self.sobre.cambiado.connect(self.mensaje.hide)
        self._decision_de_la_lista: str | None = None
        self.formulario.addRow(self.tr("Sobre:"), self.sobre)
        self.hecho = nota()
        for etiqueta in (self.regla, self.hecho):
            self.disposicion.insertWidget(self.disposicion.indexOf(self.mensaje), etiqueta)
        self.boton_seguir = self.botones.addButton(self.tr("Agregar y seguir"), QDialogButtonBox.ButtonRole.ActionRole)
        self.boton_seguir.clicked.connect(lambda: self.guardar(seguir=True))
        self._actualizar()
        self.titulo.setFocus()

    def _decision_del_tipo(self) -> None:
        """Al elegir el tipo de punto, el tipo de decisión que le corresponde por omisión (una elección, la regla de
        elecciones); se puede cambiar después."""
        self.decision.setCurrentIndex(max(self.decision.findData(decision_por_omision(self.tipo.currentData())), 0))
        self._actualizar()

    def _actualizar(self) -> None:
        votacion = self.tipo.currentData() in ("votacion", "eleccion")
        self.decision.setEnabled(votacion)
        self.regla.setVisible(votacion and self.organo_id is not None)
        contexto = self.contexto
        if votacion and self.organo_id is not None:
            try:
                regla = regla_de_decision(contexto, self.sesion_id, self.decision.currentData())
                cargadas = bool(regla_de(self.db, self.organo_id)[1])
            except Exception:  # noqa: BLE001 - la descripción es una ayuda
                regla = None
            if regla is None:
                self.regla.setText("")
            elif not cargadas:
                self.regla.setText(self.tr("El órgano no tiene reglas de sesión cargadas: {0}").format(regla.describir()))
            else:
                self.regla.setText(self.tr("Se vota con: {0}").format(regla.describir()))
        self.hecho.setText(self.tr("Se vota: aparecerá en la pestaña Votaciones.") if votacion else
                           self.tr("Sin votación: se registra el resumen de lo tratado."))
        self._actualizar_sobre(votacion)

    def _actualizar_sobre(self, votacion: bool) -> None:
        """La lista de quiénes puede nombrar el punto (la da el servicio), solo en un punto de admisión o exclusión."""
        decision = self.decision.currentData() if votacion else None
        nombra = decision in ("admision", "exclusion")
        self.formulario.setRowVisible(self.sobre, nombra)
        if not nombra or decision == self._decision_de_la_lista:
            return
        self._decision_de_la_lista = decision
        if decision == "admision":
            self.sobre.vacio = self.tr("No hay ciudades solicitantes. Registre la solicitud en Miembros › «Solicitud "
                                       "de ingreso…».")
            self.sobre.ninguno = self.tr("Ninguna marcada: el punto no dirá a quién admite. Marque las ciudades cuya "
                                         "admisión se vota: su resolución admitirá exactamente a ellas.")
            self.sobre.plantilla = self.tr("Sobre la admisión de: {0}")
        else:
            self.sobre.vacio = self.tr("No hay miembros para excluir.")
            self.sobre.ninguno = self.tr("Ninguno marcado: el punto no dirá a quién excluye. Marque los miembros cuya "
                                         "exclusión se vota: su resolución excluirá exactamente a ellos.")
            self.sobre.plantilla = self.tr("Sobre la exclusión de: {0}")
        try:
            candidatos = miembros_que_puede_nombrar(self.contexto, decision)
        except Exception as error:  # noqa: BLE001 - se dice en el diálogo
            candidatos = []
            self._error(str(error))
        self.sobre.llenar(candidatos)

    def guardar(self, seguir: bool = False) -> None:
        if not self._exigir(self.titulo, self.tr("Escriba el título del punto.")):
            return
        decision = self.decision.currentData()
        sobre = self.sobre.marcados() if self.sobre.isVisibleTo(self) else []

        def agregar() -> None:
            contexto = self.contexto
            if not sobre:   # como siempre: Edición › Deshacer lo quita
                self.agregados.append(agregar_punto(contexto, self.sesion_id, self.titulo.text(),
                                                    self.tipo.currentData(), self.padre_id, decision))
                return
            self.agregados.append(agregar_punto_sobre_miembros(contexto, self.sesion_id, self.titulo.text(),
                                                               self.tipo.currentData(), self.padre_id, decision,
                                                               miembros=sobre))

        if not self._intentar(agregar, "agregar punto"):
            return
        if seguir:
            self.hecho.setText(self.tr("✓ Agregado: {0}").format(self.titulo.text().strip()))
            self.hecho.setStyleSheet(f"color: {VERDE};")
            self.titulo.clear()
            self.sobre.desmarcar_todos()
            self.titulo.setFocus()
            return
        self.accept()


class DialogoInvitado(DeLaOficina, DialogoFormulario):
    """Un invitado u observador sin voto (queda en el acta)."""

    def __init__(self, oficina: Oficina, sesion_id: int, padre: QWidget | None = None):
        super().__init__(tr("Agregar invitado u observador"), tr("Agregar"), padre,
                         tr("Asiste sin voto y no cuenta para el quórum; figura en el acta."))
        self.oficina, self.sesion_id = oficina, sesion_id
        self.hecho = False
        self.nombre = QLineEdit()
        self.nombre.setPlaceholderText(self.tr("nombre y apellido"))
        self.nombre.textEdited.connect(lambda _: (marcar_invalido(self.nombre, None), self.mensaje.hide()))
        self.institucion = QLineEdit()
        self.institucion.setPlaceholderText(self.tr("por ejemplo: ACNUR, Embajada de Francia"))
        self.calidad = QComboBox()
        for codigo, etiqueta in CALIDADES_INVITADO.items():
            self.calidad.addItem(tr(etiqueta), codigo)
        self.formulario.addRow(self.tr("Nombre:"), self.nombre)
        self.formulario.addRow(self.tr("Institución:"), self.institucion)
        self.formulario.addRow(self.tr("Calidad:"), en_linea(self.calidad))
        self.nombre.setFocus()

    def guardar(self) -> None:
        if not self._exigir(self.nombre, self.tr("Escriba el nombre del invitado.")):
            return
        if self._intentar(lambda: agregar_invitado(self.contexto, self.sesion_id,
                                                   self.nombre.text(),
                                                   self.institucion.text().strip() or None, self.calidad.currentData()),
                          "agregar invitado"):
            self.hecho = True
            self.accept()


class DialogoCierre(DeLaOficina, DialogoFormulario):
    """Marca la sesión como celebrada: hora de cierre y, si la regla lo prevé, segunda convocatoria."""

    def __init__(self, oficina: Oficina, sesion: dict, padre: QWidget | None = None):
        super().__init__(tr("Sesión celebrada"), tr("Guardar"), padre, tr(
            "La sesión pasa a «celebrada». La hora de cierre figura en el acta."))
        self.oficina, self.sesion = oficina, sesion
        self.hecho = False
        self.hora = editor_de_hora(sesion.get("hora_cierre") or "13:00")
        regla, _ = regla_de(oficina.db, sesion["organo_id"])
        self.segunda = QCheckBox(self.tr("Se sesionó en segunda convocatoria (con los presentes)"))
        self.segunda.setChecked(bool(sesion.get("segunda_convocatoria")))
        if regla.segunda_convocatoria_minutos:
            self.segunda.setToolTip(self.tr("Pasados {0} minutos de la hora fijada, la regla del órgano permite sesionar "
                                            "con los presentes.").format(regla.segunda_convocatoria_minutos))
        else:
            self.segunda.setEnabled(False)
            self.segunda.setToolTip(self.tr("La regla de quórum del órgano no prevé segunda convocatoria."))
        self.formulario.addRow(self.tr("Hora de cierre:"), en_linea(self.hora))
        self.formulario.addRow("", self.segunda)
        self.hora.setFocus()   # se abre para escribir la hora: «1830» y Enter

    def guardar(self) -> None:
        if self._intentar(lambda: marcar_celebrada(self.contexto, self.sesion["id"],
                                                   self.hora.time().toString("HH:mm"), self.segunda.isChecked()),
                          "marcar celebrada"):
            self.hecho = True
            self.accept()


# --- resoluciones y acta ---------------------------------------------------------------------------

class DialogoResolucion(DeLaOficina, DialogoFormulario):
    """Adopta lo aprobado en un punto como resolución, numerada por órgano, año y tipo.

    Tras cerrar, `numero` es la numeración asignada («Resolución 1/2026») o None, y `efectos` las frases de lo que
    la resolución cambió en el registro (servicios.efectos.efectos_de_la_resolucion).
    """

    def __init__(self, oficina: Oficina, punto: dict, padre: QWidget | None = None, tipo: str = "resolucion",
                 fecha_sesion: str | None = None):
        super().__init__(tr("Adoptar resolución"), tr("Adoptar"), padre, tr(
            "La resolución recibe el número siguiente del órgano en el año de la sesión."), ancho=620)
        self.oficina, self.punto = oficina, punto
        self.numero: str | None = None
        self.tipo = QComboBox()
        for codigo, etiqueta in TIPOS_RESOLUCION.items():
            self.tipo.addItem(tr(etiqueta), codigo)
        self.tipo.setCurrentIndex(max(self.tipo.findData(tipo), 0))
        self.titulo = QLineEdit(punto.get("titulo", ""))
        self.titulo.textEdited.connect(lambda _: (marcar_invalido(self.titulo, None), self.mensaje.hide()))
        self.texto = QPlainTextEdit()
        # Sin nombrar un órgano: resuelve el de la sesión (no siempre el Consejo).
        self.texto.setPlaceholderText(self.tr("Visto… Considerando… Por ello, se resuelve: Artículo 1.º…"))
        self.texto.setMinimumHeight(150)
        self.formulario.addRow(self.tr("Punto:"), QLabel(escape(f"{punto.get('numeracion', '')}. {punto.get('titulo', '')}")))
        self.formulario.addRow(self.tr("Tipo:"), en_linea(self.tipo))
        self.formulario.addRow(self.tr("Título:"), self.titulo)
        self.formulario.addRow(self.tr("Texto:"), self.texto)
        # Un punto de admisión o de exclusión: la resolución admite a las solicitantes o excluye a los miembros que se
        # marquen, desde «Rige desde» (por omisión, el día siguiente a la sesión, como el servicio). Qué se puede
        # admitir o excluir lo decide el servicio (servicios.efectos.aplicar_efectos): aquí solo se ofrece.
        self.que = {"admision": "admite", "exclusion": "excluye"}.get(punto.get("tipo_decision"))
        self.miembros: ListaDeMiembros | None = None
        self.efectos: list[str] = []
        if self.que:
            self._agregar_miembros(fecha_sesion)
        self.titulo.setFocus()
        self.titulo.selectAll()

    def _agregar_miembros(self, fecha_sesion: str | None) -> None:
        # La regla es del servicio: los que nombra el punto, o (un punto que no nombra a nadie) los que se pueden
        # admitir o excluir salvo quien nombra un punto rechazado de la sesión.
        candidatos = miembros_que_ofrece(self.contexto, self.punto)
        nombrados_del_punto = {m["id"] for m in nombrados(self.contexto, self.punto["id"])}
        if self.que == "admite":
            rotulo, vacio = self.tr("Admite a:"), self.tr(
                "No hay ciudades solicitantes. Registre la solicitud en Miembros › «Solicitud de ingreso…».")
        else:
            rotulo, vacio = self.tr("Excluye a:"), self.tr("No hay miembros para excluir.")
        # La misma lista que «Agregar punto» (dialogos.lista_de_miembros): búsqueda, marcas y la línea de marcados.
        self.miembros = ListaDeMiembros()
        self.miembros.plantilla = self.tr("Admite a: {0}") if self.que == "admite" else self.tr("Excluye a: {0}")
        self.miembros.ninguno = self.tr("Ninguno marcado: la resolución no admite ni excluye a nadie.")
        self.miembros.vacio = vacio
        self.miembros.llenar(candidatos, nombrados_del_punto)
        self.miembros.cambiado.connect(self.mensaje.hide)
        caja = QWidget()
        disposicion = QVBoxLayout(caja)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.addWidget(self.miembros)
        if not nombrados_del_punto:   # un punto de una base anterior: que se nombre a quién trata
            disposicion.addWidget(nota(
                self.tr("Este punto no nombra a quién admite: marque aquí a quién admite la resolución. En adelante, "
                        "nómbrelas al agregar el punto («Sobre:»).") if self.que == "admite" else
                self.tr("Este punto no nombra a quién excluye: marque aquí a quién excluye la resolución. En adelante, "
                        "nómbrelos al agregar el punto («Sobre:»).")))
        # Lo que decide (a quién admite o excluye, desde cuándo) antes que el texto: a 1024×600 «Rige desde» quedaba
        # debajo del texto, fuera de la vista.
        fila = self.formulario.getWidgetPosition(self.texto)[0]
        self.texto.setMinimumHeight(90)
        self.formulario.insertRow(fila, rotulo, caja)
        # Las reglas de la asociación (servicios.reglas_de_admision), con su artículo: cuándo rige la admisión y qué
        # año paga quien es excluido.
        reglas = leer_reglas_de_admision(self.contexto)
        if self.que == "admite":
            self.desde = editor_de_fecha(reglas.rige_la_admision(fecha_sesion) if fecha_sesion else hoy())
            explicacion = nota(self.tr("Por omisión, lo que dice la regla."))
        else:
            self.desde = editor_de_fecha(desde_por_omision(fecha_sesion) if fecha_sesion else hoy())
            explicacion = nota(self.tr("Por omisión, el día siguiente a la sesión."))
        self.desde.dateChanged.connect(lambda _: self.mensaje.hide())
        explicacion.setWordWrap(False)
        motivo = (self.tr("Quien se admite no integra la sesión que lo admite.") if self.que == "admite" else
                  self.tr("Quien se excluye integró la sesión que lo excluye."))
        self.desde.setToolTip(motivo)
        explicacion.setToolTip(motivo)
        self.formulario.insertRow(fila + 1, self.tr("Rige desde:"), en_linea(self.desde, explicacion))
        regla = nota(reglas.texto_admision() if self.que == "admite" else reglas.texto_exclusion())
        regla.setWordWrap(False)
        self.formulario.insertRow(fila + 2, self.tr("Regla:") if self.que == "admite" else self.tr("Cuota del año:"),
                                  regla)

    def marcar(self, miembro_id: int, marcado: bool = True) -> None:
        """Marca (o desmarca) un miembro de la lista de los que admite o excluye."""
        self.miembros.marcar(miembro_id, marcado)

    def marcados(self) -> list[int]:
        return self.miembros.marcados() if self.miembros is not None else []

    def _pedido(self) -> PedidoDeEfectos | None:
        marcados = self.marcados()
        if not self.que:
            return None
        if not marcados:   # a nadie (aunque el punto nombre a alguien: lo que se ve marcado es lo que se hace)
            return PedidoDeEfectos(admite=[]) if self.que == "admite" else PedidoDeEfectos(excluye=[])
        desde = self.desde.date().toPython()
        return PedidoDeEfectos(admite=marcados, desde=desde) if self.que == "admite" else \
            PedidoDeEfectos(excluye=marcados, desde=desde)

    def guardar(self) -> None:
        if not self._exigir(self.titulo, self.tr("Escriba el título de la resolución.")):
            return
        resultado = {}

        def adoptar() -> None:
            contexto = self.contexto
            resultado.update(adoptar_resolucion(contexto, self.punto["id"], self.tipo.currentData(),
                                                self.titulo.text(), self.texto.toPlainText().strip() or None,
                                                efectos=self._pedido()))
            # Lo que la resolución cambió en el registro, con las frases del servicio («Admite a … desde el …»).
            self.efectos = [e["texto"] for e in efectos_de_la_resolucion(contexto, resultado["id"])]

        if self._intentar(adoptar, "adoptar resolución"):
            self.numero = resultado.get("numero")
            self.accept()


class DialogoFeDeErratas(DeLaOficina, DialogoFormulario):
    """Una corrección fechada de un acta aprobada; el acta no cambia y la fe de erratas se imprime con ella."""

    def __init__(self, oficina: Oficina, sesion_id: int, padre: QWidget | None = None):
        super().__init__(tr("Fe de erratas"), tr("Agregar"), padre, tr(
            "El acta aprobada no se modifica. La fe de erratas queda con la fecha de hoy ({0}) y se imprime al final "
            "del acta.").format(fecha_dma(hoy())), ancho=600)
        self.oficina, self.sesion_id = oficina, sesion_id
        self.hecho = False
        self.texto = QPlainTextEdit()
        self.texto.setPlaceholderText(self.tr("Donde dice «…», debe decir «…»."))
        self.texto.setMinimumHeight(130)
        self.formulario.addRow(self.tr("Corrección:"), self.texto)
        self.texto.setFocus()

    def guardar(self) -> None:
        if not self.texto.toPlainText().strip():
            self._error(self.tr("Escriba la corrección."))
            return
        if self._intentar(lambda: agregar_fe_de_erratas(self.contexto, self.sesion_id,
                                                        self.texto.toPlainText()), "fe de erratas"):
            self.hecho = True
            self.accept()


class DialogoRepresentacion(DialogoFormulario):
    """Quién asiste por un miembro: su autoridad (campos vacíos) o un representante acreditado con su cargo.

    No escribe: tras Aceptar, `valores()` devuelve (nombre, cargo) y quien lo abrió registra la asistencia.
    """

    def __init__(self, miembro: str, persona: str | None, representante: str | None, cargo: str | None,
                 padre: QWidget | None = None):
        explicacion = (tr("Deje los campos vacíos si asiste la autoridad ({0}).").format(persona) if persona
                       else tr("Deje los campos vacíos si asiste la autoridad del miembro."))
        super().__init__(tr("Representación — {0}").format(miembro), tr("Aceptar"), padre, explicacion, ancho=520)
        self.nombre = QLineEdit(representante or "")
        self.nombre.setPlaceholderText(self.tr("nombre y apellido del representante"))
        self.cargo = QLineEdit(cargo or "")
        self.cargo.setPlaceholderText(self.tr("por ejemplo: Director de Relaciones Internacionales"))
        self.formulario.addRow(self.tr("Representante:"), self.nombre)
        self.formulario.addRow(self.tr("Cargo:"), self.cargo)
        self.nombre.setFocus()

    def valores(self) -> tuple[str | None, str | None]:
        return self.nombre.text().strip() or None, self.cargo.text().strip() or None

    def guardar(self) -> None:
        if self.cargo.text().strip() and not self.nombre.text().strip():
            self._exigir(self.nombre, self.tr("Escriba el nombre del representante (o borre el cargo)."))
            return
        self.accept()
