"""Crear un órgano (nombre, tipo, de quién depende, frecuencia de reunión, artículo que lo crea, el día en que lo creó
el estatuto o una resolución) y traspasar la Secretaría Ejecutiva con una vista previa del cambio antes de
confirmarlo."""

from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from ...dominio.organos import REGLA_POR_OMISION, REGLAS, TIPOS_ORGANO
from ...errores import ErrorEscritorio
from ...servicios.base import hoy
from ...servicios.estatutos import buscar_cita
from ...servicios.organos import NuevoOrgano, crear_organo
from ...servicios.rotacion import comision_directiva, preparar_traspaso, traspasar
from ..comun import lista_problemas, marcar_invalido, tr
from ..operaciones import FALLO, hacer_en_la_ventana
from ..piezas import ESTILO_ERROR, GRIS, VERDE, DialogoBase, SelectorMiembro, nota, nuevo_formulario
from .baja import editor_de_fecha
from .organo_vida import FechaDeCreacion
from ..piezas.de_la_oficina import DeLaOficina
from ..piezas.formulario_de_la_oficina import FormularioDeLaOficina
from ...servicios.oficina import Oficina





def meses_en_singular_o_plural(caja: QSpinBox) -> None:
    """«cada 1 mes», «12 meses»: el sufijo sigue a la cifra (no «cada 1 meses»)."""
    def sufijo(valor: int) -> None:
        caja.setSuffix(tr(" mes") if valor == 1 else tr(" meses"))

    caja.valueChanged.connect(sufijo)
    sufijo(caja.value())

class DialogoNuevoOrgano(DeLaOficina, DialogoBase):
    """Tras cerrar, `organo_id` es el órgano creado (o None)."""

    def __init__(self, oficina: Oficina, organos: list[dict], padre_id: int | None = None,
                 padre: QWidget | None = None, tipo: str = "comite"):
        super().__init__(padre)
        self.oficina = oficina
        self.organo_id: int | None = None
        self.setWindowTitle(self.tr("Nueva unidad temática") if tipo == "unidad_tematica" else self.tr("Nuevo órgano"))

        self.nombre = QLineEdit()
        self.nombre.setPlaceholderText(self.tr("por ejemplo: Comisión de Finanzas"))
        self.nombre.textEdited.connect(lambda _: marcar_invalido(self.nombre, None))
        self.tipo = QComboBox()
        for codigo, etiqueta in TIPOS_ORGANO.items():
            self.tipo.addItem(tr(etiqueta), codigo)
        self.tipo.setCurrentIndex(max(self.tipo.findData(tipo), 0))
        self.depende = QComboBox()
        self.depende.addItem(self.tr("— ninguno (órgano superior) —"), None)
        for organo in organos:
            self.depende.addItem(organo["nombre"], organo["id"])
        self.depende.setCurrentIndex(max(self.depende.findData(padre_id), 0))
        self.frecuencia = QSpinBox()
        self.frecuencia.setRange(0, 120)
        self.frecuencia.setSpecialValueText(self.tr("sin frecuencia fija"))
        self.frecuencia.setPrefix(self.tr("cada "))
        meses_en_singular_o_plural(self.frecuencia)
        self.frecuencia.setMinimumWidth(170)
        self.articulo = QLineEdit()
        self.articulo.setPlaceholderText(self.tr("por ejemplo: Estatuto, art. 13"))
        self.cita = QLabel()
        self.cita.setWordWrap(True)
        self.cita.setStyleSheet(f"color: {GRIS};")
        self._demora = QTimer(self)
        self._demora.setSingleShot(True)
        self._demora.setInterval(300)
        self._demora.timeout.connect(self._mostrar_cita)
        self.articulo.textChanged.connect(self._demora.start)
        self.atribuciones = QPlainTextEdit()
        self.atribuciones.setPlaceholderText(self.tr("qué hace el órgano, según el estatuto"))
        self.atribuciones.setMaximumHeight(100)
        # Una asamblea se deriva del padrón: la regla la agrega el servicio al crearla, salvo que se destilde.
        self.regla_por_omision = QCheckBox()
        self.regla_por_omision.setChecked(True)
        self.tipo.currentIndexChanged.connect(lambda _: self._mostrar_regla_por_omision())

        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Nombre:"), self.nombre)
        formulario.addRow(self.tr("Tipo:"), self.tipo)
        formulario.addRow(self.tr("Depende de:"), self.depende)
        fila = QHBoxLayout()
        fila.addWidget(self.frecuencia)
        fila.addStretch(1)
        formulario.addRow(self.tr("Se reúne:"), fila)
        campo_articulo = QVBoxLayout()
        campo_articulo.setContentsMargins(0, 0, 0, 0)
        campo_articulo.addWidget(self.articulo)
        campo_articulo.addWidget(self.cita)
        formulario.addRow(self.tr("Artículo:"), campo_articulo)
        formulario.addRow(self.tr("Atribuciones:"), self.atribuciones)
        # El día en que lo creó el estatuto o una resolución y qué lo creó (sin fecha: existe desde siempre).
        self.creacion = FechaDeCreacion()
        self.creacion.agregar_a(formulario)
        formulario.addRow("", self.regla_por_omision)

        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        botones = QDialogButtonBox()
        self.boton_crear = botones.addButton(self.tr("Crear órgano"), QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_crear.clicked.connect(self.guardar)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.mensaje)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)
        self.setMinimumWidth(600)
        self._mostrar_cita()
        self._mostrar_regla_por_omision()
        self.nombre.setFocus()

    def _mostrar_regla_por_omision(self) -> None:
        """La casilla de la regla que el tipo elegido recibe al crearse (una asamblea: todos los miembros activos)."""
        regla = REGLA_POR_OMISION.get(self.tipo.currentData())
        self.regla_por_omision.setVisible(regla is not None)
        if regla is not None:
            self.regla_por_omision.setText(self.tr("Lo integran {0} (se deriva del padrón)").format(
                tr(REGLAS[regla]).lower()))
            self.regla_por_omision.setToolTip(self.tr(
                "Agrega la regla de composición «{0}», citada al artículo del órgano. Sin marcar, el órgano se crea "
                "sin reglas; se fijan después con «Reglas de composición…».").format(tr(REGLAS[regla])))

    def _mostrar_cita(self) -> None:
        """Se busca el artículo citado en el texto vigente: así se ve enseguida si la cita es correcta."""
        self._demora.stop()
        cita = self.articulo.text().strip()
        if not cita:
            self.cita.setText(self.tr("Si lo crea un artículo del estatuto o de un reglamento, cítelo: su texto se "
                                      "mostrará junto al órgano."))
            self.cita.setStyleSheet(f"color: {GRIS};")
            return
        try:
            version = buscar_cita(self.contexto, cita)
        except Exception:  # noqa: BLE001 - una cita que no se encuentra no es un error
            version = None
        if version is None:
            self.cita.setText(self.tr("No se encuentra ese artículo en el texto vigente (puede guardarse igual)."))
            self.cita.setStyleSheet("color: #8a5a00;")
        else:
            resumen = " ".join(version.texto.split())
            self.cita.setText(self.tr("✓ Art. {0}{1}: {2}").format(
                version.numero, f" — {version.titulo}" if version.titulo else "",
                resumen[:180] + ("…" if len(resumen) > 180 else "")))
            self.cita.setStyleSheet(f"color: {VERDE};")

    def guardar(self) -> None:
        if not self.nombre.text().strip():
            marcar_invalido(self.nombre, self.tr("Escriba el nombre del órgano."))
            self._error(self.tr("Escriba el nombre del órgano."))
            self.nombre.setFocus()
            return
        nuevo = NuevoOrgano(nombre=self.nombre.text(), tipo=self.tipo.currentData(), padre_id=self.depende.currentData(),
                            atribuciones=self.atribuciones.toPlainText().strip() or None,
                            frecuencia_meses=self.frecuencia.value() or None,
                            articulo=self.articulo.text().strip() or None,
                            regla_por_omision=self.regla_por_omision.isChecked(),
                            creado_el=self.creacion.creado_el, creado_por=self.creacion.creado_por)
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: crear_organo(self.contexto, nuevo), que="crear órgano",
                                    al_rechazar=self._rechazado)
        if hecho is not None:
            self.organo_id = hecho.resultado
            self.accept()

    def _rechazado(self, error: ErrorEscritorio) -> None:
        self.creacion.marcar(error)
        self._error(lista_problemas(error))

    def _error(self, texto: str) -> None:
        self.mensaje.setText(texto)
        self.mensaje.show()


class DialogoTraspaso(FormularioDeLaOficina):
    """Traspaso de la Secretaría Ejecutiva: fecha, ciudad entrante, vista previa y confirmación.

    `hecho` dice, tras cerrar, si el traspaso quedó registrado.
    """

    def __init__(self, oficina: Oficina, miembros: list[dict], padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina = oficina
        self.traspaso = None
        self.setWindowTitle(self.tr("Traspaso de la Secretaría Ejecutiva"))

        # La Comisión Directiva solo si la asociación la tiene (la de la troika: la que el traspaso rehace).
        explicacion = nota(self.tr(
            "El mandato de la Secretaría Ejecutiva saliente termina el día anterior al traspaso, empieza el de la "
            "entrante y la Comisión Directiva se rehace con la anterior, la actual y la siguiente. Todo o nada.")
            if comision_directiva(oficina.contexto) is not None else self.tr(
            "El mandato de la Secretaría Ejecutiva saliente termina el día anterior al traspaso y empieza el de la "
            "entrante. Todo o nada."))
        self.fecha = editor_de_fecha(hoy())
        self.fecha.dateChanged.connect(lambda _: self.actualizar())
        self.entrante = SelectorMiembro([m for m in miembros if m.get("estado") != "baja"],
                                        ninguno=self.tr("— la siguiente según el orden de sucesión —"))
        self.entrante.setMinimumContentsLength(36)
        self.entrante.lineEdit().setCursorPosition(0)
        self.entrante.currentIndexChanged.connect(lambda _: self.actualizar())
        formulario = nuevo_formulario()
        fila = QHBoxLayout()
        fila.addWidget(self.fecha)
        fila.addStretch(1)
        formulario.addRow(self.tr("Fecha del traspaso:"), fila)
        formulario.addRow(self.tr("Ciudad entrante:"), self.entrante)
        # Quien asume en nombre de la ciudad (su autoridad): el mandato la nombra, como una designación.
        self.persona = QLineEdit()
        self.persona.setPlaceholderText(self.tr("opcional: sin ella, la autoridad registrada de la ciudad"))
        self.persona.editingFinished.connect(self.actualizar)
        formulario.addRow(self.tr("Persona que asume:"), self.persona)
        # Solo si el saliente no cumplió el período del órgano: el servicio pide el motivo (queda en su mandato).
        self.motivo = QLineEdit()
        self.motivo.setPlaceholderText(self.tr("por ejemplo: renuncia de la ciudad en ejercicio"))
        self.rotulo_motivo = QLabel(self.tr("Motivo del traspaso anticipado:"))
        formulario.addRow(self.rotulo_motivo, self.motivo)
        self._campos = {"motivo": self.motivo}
        self._armar(formulario, self.tr("Confirmar traspaso"), explicacion, previa="previaTraspaso",
                    ancho_minimo=640)
        self.boton_confirmar = self.boton_aceptar
        self.actualizar()
        self.boton_confirmar.setFocus()

    @property
    def vista_previa(self) -> list[str]:
        return self.traspaso.descripcion() if self.traspaso is not None else []

    def actualizar(self) -> None:
        traspaso = self._prever(lambda: preparar_traspaso(self.contexto, self.fecha.date().toPython(),
                                                          self.entrante.miembro_id(),
                                                          persona=self.persona.text() or None),
                                que="vista previa del traspaso")
        if traspaso is FALLO:
            self.traspaso = None
            return
        self.traspaso = traspaso
        anticipado = self.traspaso.anticipo is not None
        self.motivo.setVisible(anticipado)
        self.rotulo_motivo.setVisible(anticipado)
        self.problemas.mostrar([self.traspaso.anticipo.texto()] if anticipado else [])
        entrante = escape(self.traspaso.nombres.get(self.traspaso.entrante, ""))
        aparte = self.traspaso.anticipo.texto() if anticipado else None  # ya está en el aviso, con el motivo
        lineas = "".join(f"<li style='margin-bottom: 4px;'>{self._destacar(escape(linea), entrante)}</li>"
                         for linea in self.vista_previa if linea != aparte)
        self._mostrar_previa(f"<ul style='margin: 0 0 0 -20px;'>{lineas}</ul>")
        self.boton_confirmar.setEnabled(True)

    @staticmethod
    def _destacar(linea: str, nombre: str) -> str:
        return linea.replace(nombre, f"<b>{nombre}</b>") if nombre else linea

    def confirmar(self) -> None:
        if self.traspaso is None:
            return
        if self.traspaso.anticipo is not None and not self.motivo.text().strip():
            # La pregunta: el período no se cumplió; sin un motivo no se registra.
            self.problemas.mostrar([self.traspaso.anticipo.texto()], clase="error")
            self.motivo.setFocus()
            return
        traspaso, motivo = self.traspaso, self.motivo.text()
        self._hacer_y_cerrar(lambda: traspasar(self.contexto, traspaso, motivo=motivo), que="traspaso")

    aceptar = confirmar


class DialogoPeriodo(DeLaOficina, DialogoBase):
    """Cuánto dura un mandato en el órgano (meses) y el artículo que lo fija (servicios.periodos.fijar_periodo).
    Una designación sin «hasta» termina al cumplirlo; un traspaso antes pide un motivo; los que vencen se avisan."""

    def __init__(self, oficina: Oficina, organo: dict, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.organo = oficina, organo
        self.setWindowTitle(self.tr("Período del mandato — {0}").format(organo["nombre"]))
        self.meses = QSpinBox()
        self.meses.setRange(0, 120)
        self.meses.setSpecialValueText(self.tr("sin período fijo"))
        meses_en_singular_o_plural(self.meses)
        self.meses.setMinimumWidth(170)
        self.meses.setValue(organo.get("periodo_meses") or 0)
        self.articulo = QLineEdit(organo.get("articulo_periodo") or "")
        self.articulo.setPlaceholderText(self.tr("por ejemplo: Estatuto, art. 15"))
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Un mandato dura:"), self.meses)
        formulario.addRow(self.tr("Artículo:"), self.articulo)
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
        disposicion.addWidget(nota(self.tr(
            "Una designación sin fecha de fin termina al cumplir el período; un traspaso antes de que el saliente lo "
            "cumpla pide un motivo; los mandatos que vencen en los próximos 60 días se avisan.")))
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.mensaje)
        disposicion.addWidget(botones)
        self.setMinimumWidth(460)

    def guardar(self) -> None:
        from ...servicios.periodos import fijar_periodo

        if hacer_en_la_ventana(self, self.oficina, lambda: fijar_periodo(
                self.contexto, self.organo["id"], self.meses.value() or None, self.articulo.text().strip() or None),
                que="período del órgano", al_rechazar=self._rechazado) is not None:
            self.accept()

    def _rechazado(self, error: ErrorEscritorio) -> None:
        self.mensaje.setText(lista_problemas(error))
        self.mensaje.show()
