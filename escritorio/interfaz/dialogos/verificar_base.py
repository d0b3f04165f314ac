"""Archivo → Verificar la base…: lo mismo que «escritorio verificar», desde la ventana, y reconocer con un motivo lo
que otro programa escribió (un incidente) o una copia puesta a mano (las alarmas del testigo). Los veredictos y los
reconocimientos son los de los servicios (servicios/verificacion/comprobaciones.py): aquí solo se muestran y se piden. Abajo, el
servidor de sello de tiempo de la base (RFC 3161, servicios/sello_de_tiempo.py), como «escritorio bitacora
sello-de-tiempo» y «sellar-tiempo». Y «Comprobar un ancla», como «escritorio verificar --ancla»: la misma función del
servicio (`comprobar_cada_ancla`) dice, ancla por ancla, si la cadena de hoy la sigue teniendo; aquí solo se eligen los
valores y se pinta cada línea. Arriba de eso, «Ancla de hoy», como «escritorio bitacora ancla»: la cabeza de la cadena
para copiarla y guardarla fuera de la base. Si faltan o cambiaron triggers o índices, «Reponer el esquema…», como
«escritorio verificar --reponer-esquema»: la misma función del servicio (`reponer_esquema`), tras confirmar. Y
«Exportar sello…», como «escritorio bitacora exportar-sello [--numero N]»: un sello de tiempo guardado a un .tsr
(`sello_de_tiempo.exportar`), sin reemplazar un archivo sin preguntar."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout)

from ...salida import comprobar_salida
from ...servicios.oficina import Oficina
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios import sello_de_tiempo
from ...servicios.respaldo import verificar
from ...servicios.verificacion.comprobaciones import en_que_se_apoya
from ...servicios.verificacion.anclas import ancla_actual, comprobar_cada_ancla
from ...servicios.verificacion.bitacora import incidentes_pendientes, reconocer_incidente
from ...servicios.verificacion.esquema import reponer_esquema
from ...servicios.verificacion.testigo import alarmas_del_testigo, anotar_restauracion_manual
from ..piezas import DialogoBase, elegir_archivo, nota, pintar_resultado
from ..piezas.estilos import ROJO, VERDE
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana


class DialogoVerificarBase(DeLaOficina, DialogoBase):
    def __init__(self, oficina: Oficina, padre=None):
        super().__init__(padre, self.tr("Verificar la base"))
        self.oficina = oficina
        self.resumen = QLabel()
        self.resumen.setObjectName("resumen_verificacion")
        self.resumen.setWordWrap(True)
        self.boton_reponer = QPushButton(self.tr("Reponer el esquema…"))
        self.boton_reponer.setObjectName("reponer_esquema")
        self.boton_reponer.setToolTip(self.tr("Vuelve a crear los triggers e índices que protegen los datos, como los "
                                              "crea Escritorio; no toca los datos"))
        self.boton_reponer.clicked.connect(self.reponer)
        self.boton_reponer.setVisible(False)
        # «escritorio verificar --completa»: la de todos los días parte del punto de control (punto_de_control.py)
        self.boton_completa = QPushButton(self.tr("Verificar todo"))
        self.boton_completa.setObjectName("verificar_todo")
        self.boton_completa.setToolTip(self.tr("Recorre la base entera, desde el primer sello, aunque haya un punto de "
                                               "control (se hace sola una vez por semana)"))
        self.boton_completa.clicked.connect(lambda: self.comprobar(completa=True))
        self.hecho_al_reponer: list[str] = []
        self.informe = QPlainTextEdit()
        self.informe.setReadOnly(True)
        self.incidente = QComboBox()
        self.motivo = QLineEdit()
        self.motivo.setMaxLength(500)
        self.motivo.setPlaceholderText(self.tr("Por qué: qué pasó y quién lo sabe (queda en la bitácora)"))
        self.boton_reconocer = QPushButton(self.tr("Reconocer"))
        self.boton_reconocer.clicked.connect(self.reconocer)
        self.explicacion = nota(self.tr(
            "Un incidente es algo que otro programa, no Escritorio, escribió en la base; una alarma del testigo, que "
            "faltan cambios que ya se habían guardado (por ejemplo, alguien copió a mano un respaldo viejo). Se informan "
            "cada vez hasta que una persona los explica; la explicación queda en la bitácora."))
        fila = QHBoxLayout()
        fila.addWidget(self.incidente, 2)
        fila.addWidget(self.motivo, 3)
        fila.addWidget(self.boton_reconocer)
        self.servidor_sello = QLineEdit()
        self.servidor_sello.setObjectName("servidor_sello_de_tiempo")
        self.servidor_sello.setMaxLength(sello_de_tiempo.LARGO_URL)
        self.servidor_sello.setPlaceholderText(self.tr("dirección del servidor de sello de tiempo (http://…); vacío: "
                                                       "apagado"))
        self.boton_guardar_sello = QPushButton(self.tr("Guardar"))
        self.boton_guardar_sello.clicked.connect(self.guardar_servidor)
        self.boton_sellar = QPushButton(self.tr("Pedir sello ahora"))
        self.boton_sellar.clicked.connect(self.sellar)
        self.boton_exportar_sello = QPushButton(self.tr("Exportar sello…"))
        self.boton_exportar_sello.setToolTip(self.tr("Guarda un sello de tiempo en un archivo .tsr, para tenerlo fuera "
                                                     "de la base (se comprueba en «Comprobar un ancla»)"))
        self.boton_exportar_sello.clicked.connect(self.exportar_sello)
        self.estado_sello = nota("")
        self.estado_sello.setObjectName("estado_sello_de_tiempo")
        fila_sello = QHBoxLayout()
        fila_sello.addWidget(QLabel(self.tr("Sello de tiempo:")))
        fila_sello.addWidget(self.servidor_sello, 3)
        fila_sello.addWidget(self.boton_guardar_sello)
        fila_sello.addWidget(self.boton_sellar)
        fila_sello.addWidget(self.boton_exportar_sello)
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        botones.rejected.connect(self.reject)
        diseno = QVBoxLayout(self)
        fila_resumen = QHBoxLayout()
        fila_resumen.addWidget(self.resumen, 1)
        fila_resumen.addWidget(self.boton_reponer, 0, Qt.AlignmentFlag.AlignTop)
        fila_resumen.addWidget(self.boton_completa, 0, Qt.AlignmentFlag.AlignTop)
        diseno.addLayout(fila_resumen)
        diseno.addWidget(self.informe, 1)
        diseno.addWidget(self.explicacion)
        diseno.addLayout(fila)
        diseno.addLayout(fila_sello)
        diseno.addWidget(self.estado_sello)
        self._armar_anclas(diseno)
        diseno.addWidget(botones)
        self.caber_en_la_pantalla(820, 600)
        self.comprobar()

    def _armar_anclas(self, diseno: QVBoxLayout) -> None:
        self.ancla_de_hoy = QLineEdit()
        self.ancla_de_hoy.setObjectName("ancla_de_hoy")
        self.ancla_de_hoy.setReadOnly(True)
        self.boton_copiar_ancla = QPushButton(self.tr("Copiar"))
        self.boton_copiar_ancla.setToolTip(self.tr(
            "Guárdela fuera de la base (un correo, un papel firmado): pegada en «Comprobar un ancla», dice después si "
            "la cadena la sigue teniendo."))
        self.boton_copiar_ancla.clicked.connect(self.copiar_ancla_de_hoy)
        fila_hoy = QHBoxLayout()
        fila_hoy.addWidget(QLabel(self.tr("Ancla de hoy:")))
        fila_hoy.addWidget(self.ancla_de_hoy, 3)
        fila_hoy.addWidget(self.boton_copiar_ancla)
        diseno.addLayout(fila_hoy)
        self.ancla = QLineEdit()
        self.ancla.setObjectName("ancla_escrita")
        self.ancla.setMaxLength(2000)
        self.ancla.setPlaceholderText(self.tr("https://… del sitio, o N:HUELLA"))
        self.ancla.returnPressed.connect(self.comprobar_escrita)
        self.boton_ancla = QPushButton(self.tr("Comprobar"))
        self.boton_ancla.clicked.connect(self.comprobar_escrita)
        self.boton_archivos = QPushButton(self.tr("Archivos…"))
        self.boton_archivos.setToolTip(self.tr("Un PDF emitido, un correo guardado (.eml), un sello de tiempo (.tsr) o "
                                               "una copia de la lista del sitio (anclas.json o anclas.html)"))
        self.boton_archivos.clicked.connect(self.elegir_archivos)
        self.boton_carpeta = QPushButton(self.tr("Carpeta del sitio…"))
        self.boton_carpeta.clicked.connect(self.elegir_carpeta)
        fila = QHBoxLayout()
        fila.addWidget(QLabel(self.tr("Comprobar un ancla:")))
        fila.addWidget(self.ancla, 3)
        fila.addWidget(self.boton_ancla)
        fila.addWidget(self.boton_archivos)
        fila.addWidget(self.boton_carpeta)
        self.resumen_anclas = QLabel()
        self.resumen_anclas.setObjectName("resumen_anclas")
        self.resumen_anclas.setWordWrap(True)
        self.resumen_anclas.setText(self.tr(
            "Un ancla es la cabeza de la cadena que salió de la oficina: el pie de un PDF emitido, un correo enviado, "
            "el sitio publicado, un sello de tiempo o una que se anotó a mano. Aquí se ve si la base de hoy todavía la "
            "tiene, igual."))
        self.lista_anclas = QListWidget()
        self.lista_anclas.setObjectName("lista_anclas")
        self.lista_anclas.setWordWrap(True)
        self.lista_anclas.setSpacing(3)
        self.lista_anclas.setVisible(False)
        diseno.addLayout(fila)
        diseno.addWidget(self.resumen_anclas)
        diseno.addWidget(self.lista_anclas, 2)

    def mostrar_ancla_de_hoy(self) -> None:
        cabeza = ancla_actual(self.db)
        self.ancla_de_hoy.setText("" if cabeza is None else f"{cabeza[0]}:{cabeza[1]}")
        self.ancla_de_hoy.setPlaceholderText(self.tr("La bitácora todavía no tiene sellos: no hay ancla que guardar."))
        self.ancla_de_hoy.setCursorPosition(0)
        self.boton_copiar_ancla.setEnabled(cabeza is not None)

    def copiar_ancla_de_hoy(self) -> None:
        QGuiApplication.clipboard().setText(self.ancla_de_hoy.text())
        self.boton_copiar_ancla.setText(self.tr("Copiada"))

    def comprobar_escrita(self) -> None:
        if self.ancla.text().strip():
            self.comprobar_anclas([self.ancla.text().strip()])

    def elegir_archivos(self) -> None:
        rutas = elegir_archivo.varios_para_abrir(
            self, self.tr("Comprobar un ancla"), "",
            self.tr("Anclas (*.pdf *.eml *.tsr *.json *.html *.htm);;Todos los archivos (*)"))
        if rutas:
            self.comprobar_anclas(rutas)

    def elegir_carpeta(self) -> None:
        carpeta = elegir_archivo.carpeta(self, self.tr("La carpeta del sitio publicado"), "")
        if carpeta:
            self.comprobar_anclas([carpeta])

    def comprobar_anclas(self, valores: list[str]) -> None:
        """En otro hilo (una dirección se descarga: la ventana no se congela mientras tanto); los botones esperan a
        que termine, para no empezar otra comprobación encima."""
        botones = (self.ancla, self.boton_ancla, self.boton_archivos, self.boton_carpeta)
        for boton in botones:
            boton.setEnabled(False)
        pintar_resultado(self.resumen_anclas, None, self.tr("Comprobando {0} ancla(s)…").format(len(valores)))
        try:
            lineas = consultar_en_la_ventana(self, lambda _informar: comprobar_cada_ancla(self.db, valores),
                                             que="comprobar un ancla", en_segundo_plano=True,
                                             titulo=self.tr("Comprobar un ancla"), cancelable=False)
        finally:
            for boton in botones:
                boton.setEnabled(True)
        if lineas is FALLO:
            self.resumen_anclas.clear()
            return
        marcas = {"sigue": (self.tr("SIGUE"), VERDE, "#eaf6ec"), "aviso": (self.tr("AVISO"), "#6b4a00", "#fff6e0"),
                  "problema": (self.tr("NO SIGUE"), ROJO, "#fdecea"), "ilegible": (self.tr("NO SE PUDO LEER"), ROJO,
                                                                                     "#fdecea")}
        self.lista_anclas.clear()
        for linea in lineas:
            marca, color, fondo = marcas[linea.estado]
            item = QListWidgetItem(f"{marca} · {linea.linea}")
            item.setData(Qt.ItemDataRole.UserRole, linea.estado)
            item.setForeground(QBrush(QColor(color)))
            item.setBackground(QBrush(QColor(fondo)))
            item.setToolTip(linea.valor)
            self.lista_anclas.addItem(item)
        self.lista_anclas.setVisible(True)
        malas = sum(1 for linea in lineas if linea.estado in ("problema", "ilegible"))
        if not lineas:
            pintar_resultado(self.resumen_anclas, None, self.tr("No hay ninguna ancla en lo elegido."))
        elif malas:
            pintar_resultado(self.resumen_anclas, False, self.tr(
                "{0} de {1} ancla(s) no siguen en la cadena o no se pudieron leer: cada línea dice qué hacer.")
                .format(malas, len(lineas)), a_la_vista=True)
            # Arriba no queda «sana»: la base pasó lo que dice de sí misma, pero no es la que salió de la oficina.
            pintar_resultado(self.resumen, False, self.tr(
                "La base pasa sus comprobaciones internas, pero {0} ancla(s) de afuera no siguen en la cadena o no se "
                "pudieron leer: véalas abajo.").format(malas))
        else:
            pintar_resultado(self.resumen_anclas, True, self.tr(
                "Las {0} ancla(s) siguen en la cadena, iguales: hasta esos sellos, la bitácora es la misma que salió "
                "de la oficina.").format(len(lineas)), a_la_vista=True)

    def comprobar(self, completa: bool = False) -> None:
        resultado = consultar_en_la_ventana(self.parentWidget(),
                                            lambda _informar: verificar(self.db, completa=completa),
                                            que="verificar la base", en_segundo_plano=True,
                                            titulo=self.tr("Verificar la base"), cancelable=False)
        if resultado is FALLO:
            return
        lineas = [self.tr("PROBLEMA: {0}").format(p) for p in resultado.problemas]
        lineas += [self.tr("AVISO: {0}").format(a) for a in getattr(resultado, "avisos", [])]
        lineas += resultado.detalles
        if resultado.correcta:
            lineas.insert(0, en_que_se_apoya(False))
        if self.hecho_al_reponer:   # lo que hizo «Reponer el esquema…», arriba (como lo imprime la línea de órdenes)
            lineas.insert(0, self.tr("Esquema: {0}.").format("; ".join(self.hecho_al_reponer)))
            self.hecho_al_reponer = []
        self.boton_reponer.setVisible(resultado.esquema_por_reponer)
        self.informe.setPlainText("\n\n".join(lineas))
        if resultado.correcta:
            pintar_resultado(self.resumen, True, self.tr("La base de datos está sana."), a_la_vista=True)
        else:
            pintar_resultado(self.resumen, False, self.tr("La base tiene {0} problema(s): cada uno dice qué hacer.")
                             .format(len(resultado.problemas)), a_la_vista=True)
        self.incidente.clear()
        for incidente in incidentes_pendientes(self.db):
            self.incidente.addItem(self.tr("Incidente {0} ({1})").format(incidente["id"], incidente["notado_en"]),
                                   incidente["id"])
        if alarmas_del_testigo(self.db):
            self.incidente.addItem(self.tr("Faltan cambios que vio el testigo (copia puesta a mano)"), None)
        hay = self.incidente.count() > 0
        for pieza in (self.incidente, self.motivo, self.boton_reconocer, self.explicacion):
            pieza.setVisible(hay)
        self.mostrar_servidor()
        self.mostrar_ancla_de_hoy()

    def mostrar_servidor(self) -> None:
        configurado = sello_de_tiempo.servidor(self.db)
        guardados = sello_de_tiempo.sellos_guardados(self.db)
        self.servidor_sello.setText(configurado.url if configurado else "")
        if configurado is None:
            estado = self.tr("Apagado: la cadena no se sella con la hora de un tercero. Escriba la dirección RFC 3161 "
                             "de una autoridad de sello de tiempo y pulse Guardar.")
        elif configurado.certificado_sha256:
            estado = self.tr("Certificado de confianza: «{0}», SHA-256 {1}…").format(
                configurado.tsa, configurado.certificado_sha256[:16])
        else:
            estado = self.tr("El certificado de la autoridad se fija con el primer sello que se guarde.")
        if guardados:
            ultimo = guardados[-1]
            estado += " " + self.tr("Sellos guardados: {0}; el último, del {1}, certifica el sello {2}.").format(
                len(guardados), sello_de_tiempo.momento_legible(ultimo.momento), ultimo.sello_id)
        self.estado_sello.setText(estado)
        self.boton_sellar.setEnabled(configurado is not None)
        self.boton_exportar_sello.setEnabled(bool(guardados))

    def guardar_servidor(self) -> None:
        direccion = self.servidor_sello.text()

        def guardar():
            if direccion.strip():
                return sello_de_tiempo.configurar_servidor(self.db, direccion)
            return sello_de_tiempo.apagar_servidor(self.db)

        # Una dirección que no sirve: lo dice el servicio.
        if hacer_en_la_ventana(self, self.oficina, guardar, que="configurar el servidor de sello de tiempo") is not None:
            self.mostrar_servidor()

    def sellar(self) -> None:
        # Sin conexión o rechazado: lo dice el servicio.
        if hacer_en_la_ventana(self.parentWidget(), self.oficina, lambda _informar: sello_de_tiempo.sellar_ahora(
                self.db), que="pedir el sello de tiempo", en_segundo_plano=True,
                titulo=self.tr("Pedir sello de tiempo"), cancelable=False) is not None:
            self.comprobar()

    def exportar_sello(self) -> None:
        """Elegir el sello (el último, si hay uno solo) y dónde guardarlo; el servicio lo escribe."""
        guardados = sello_de_tiempo.sellos_guardados(self.db)
        if not guardados:
            return
        elegido = guardados[-1]
        if len(guardados) > 1:
            nombres = [self.tr("N.º {0}: del {1}, certifica el sello {2} ({3})").format(
                s.id, sello_de_tiempo.momento_legible(s.momento), s.sello_id, s.tsa) for s in reversed(guardados)]
            nombre, aceptado = QInputDialog.getItem(self, self.tr("Exportar sello de tiempo"),
                                                    self.tr("Sello de tiempo que se guarda:"), nombres, 0, False)
            if not aceptado:
                return
            elegido = list(reversed(guardados))[nombres.index(nombre)]
        ruta = elegir_archivo.para_guardar_sin_pisar(
            self, self.tr("Exportar sello de tiempo"), str(Path.home() / f"sello-de-tiempo-{elegido.id}.tsr"), ".tsr",
            self.tr("Sello de tiempo (*.tsr)"))
        if not ruta:   # desistió, o no quiso reemplazar el archivo que ya estaba
            return

        def exportar(_informar=None):
            destino = comprobar_salida(ruta, ".tsr", self.tr("el sello de tiempo"), reemplazar=True)
            return sello_de_tiempo.exportar(self.db, elegido.id, destino)

        hecho = consultar_en_la_ventana(self, exportar, que="exportar un sello de tiempo")
        if hecho is FALLO:
            return
        self.estado_sello.setText(self.tr("Sello de tiempo {0} (sello {1} de la bitácora, {2}) guardado en {3}.").format(
            hecho.id, hecho.sello_id, sello_de_tiempo.momento_legible(hecho.momento), ruta))

    def reponer(self) -> None:
        if not self.confirmar_reponer():
            return
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: reponer_esquema(self.db), que="reponer el esquema")
        if hecho is None:
            return
        self.hecho_al_reponer = hecho.resultado or [self.tr("no había nada que reponer")]
        self.comprobar()

    def confirmar_reponer(self) -> bool:
        """Qué hace y en qué se apoya, antes de hacerlo; Cancelar es el botón por omisión y el de Esc."""
        titulo = self.tr("Reponer el esquema")
        caja = QMessageBox(QMessageBox.Icon.Question, titulo, self.tr(
            "¿Volver a crear los triggers e índices que protegen los datos, tal como los crea Escritorio?"), parent=self)
        caja.setInformativeText(self.tr(
            "Se crean otra vez los que faltan o cambiaron y se quitan los triggers que Escritorio no creó, todo junto o "
            "nada. El modelo es el esquema que dejan las mismas migraciones que tiene esta base. No toca las tablas ni "
            "los datos: lo que cambió mientras faltaba la protección sigue a la vista en esta verificación (bitácora, "
            "actas, testigo). Si hay otros problemas, es mejor restaurar un respaldo sano (menú Archivo, «Restaurar "
            "respaldo…»)."))
        si = caja.addButton(self.tr("Reponer"), QMessageBox.ButtonRole.AcceptRole)
        no = caja.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        caja.setDefaultButton(no)
        caja.setEscapeButton(no)
        caja.exec()
        elegido = caja.clickedButton()
        caja.deleteLater()
        return elegido is si

    def reconocer(self) -> None:
        if self.incidente.currentIndex() < 0:
            return
        incidente = self.incidente.currentData()
        motivo = self.motivo.text()

        def reconocer():
            if incidente is None:
                return anotar_restauracion_manual(self.db, motivo or None)
            return reconocer_incidente(self.db, incidente, motivo)

        # El motivo falta o no sirve: lo dice el servicio.
        if hacer_en_la_ventana(self, self.oficina, reconocer, que="reconocer un incidente") is None:
            return
        self.motivo.clear()
        self.comprobar()
