"""Asistente para importar el padrón desde una planilla: archivo, columnas, validación e importación.

Nada se escribe hasta el último paso: `analizar` solo lee y decide (deja las filas validadas en un borrador en
disco, no en memoria); `aplicar` escribe todo en una transacción. Si el archivo tiene problemas se listan todos
(y se pueden exportar a Excel) y no se importa nada mientras quede uno: en la lista se corrige el valor de una celda o
se omite la fila, sin tocar el archivo, y «Revisar lo decidido» lo valida con el servicio (importacion_problemas.py).
La vista previa muestra las cifras, los primeros cambios y lo decidido.

Aquí están el asistente, la validación (que escribe al pulsar «Importar») y el resultado; el archivo y las
columnas son `importacion_archivo.py` e `importacion_columnas.py`; la lista de problemas donde se decide cada fila,
`importacion_problemas.py`; lo que comparten, `importacion_piezas.py`.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget, QWizard,
                               QWizardPage)

from ...servicios.importacion import aplicar, exportar_problemas
from ...dominio.decisiones_de_filas import DecisionesDeFilas
from ..comun import miles
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..piezas import AsistenteBase, elegir_archivo
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina
from .importacion_archivo import PaginaArchivo
from .importacion_columnas import PaginaColumnas
from .importacion_piezas import MAXIMO_CAMBIOS_LISTADOS, Aviso, Cifras, celda, tabla_de_lectura
from .importacion_problemas import MUCHOS_PROBLEMAS, PanelDeProblemas, decidible  # noqa: F401 - MUCHOS_PROBLEMAS

ID_ARCHIVO, ID_COLUMNAS, ID_VALIDACION, ID_RESULTADO = range(4)


class _PaginaValidacion(QWizardPage):
    def __init__(self, asistente: "AsistenteImportacion"):
        super().__init__()
        self._asistente = asistente
        self.setTitle(self.tr("Revisar antes de importar"))
        self.setCommitPage(True)
        self.aviso = Aviso()
        self.paginas = QStackedWidget()

        # Con problemas: la lista completa, donde se decide qué hacer con cada fila, y la opción de llevarla a Excel.
        problemas = QWidget()
        self.panel = PanelDeProblemas(asistente)
        self.panel.revisado.connect(self._revisado)
        self.tabla_problemas = self.panel.tabla
        self.boton_exportar = QPushButton(self.tr("Exportar errores a Excel…"))
        self.boton_exportar.clicked.connect(self._exportar)
        self.boton_otro_archivo = QPushButton(self.tr("Volver a elegir el archivo"))
        self.boton_otro_archivo.clicked.connect(asistente.restart)
        botones = QHBoxLayout()
        botones.addWidget(self.boton_exportar)
        botones.addWidget(self.boton_otro_archivo)
        botones.addStretch()
        self.aviso_exportacion = Aviso()
        capa = QVBoxLayout(problemas)
        capa.setContentsMargins(0, 0, 0, 0)
        capa.addWidget(self.panel, 1)
        capa.addLayout(botones)
        capa.addWidget(self.aviso_exportacion)
        self.paginas.addWidget(problemas)

        # Sin problemas: qué va a pasar.
        plan = QWidget()
        self.cifras = Cifras()
        self.titulo_cambios = QLabel()
        self.titulo_cambios.setStyleSheet("font-weight: 600;")
        self.tabla_cambios = tabla_de_lectura([self.tr("Fila"), self.tr("Miembro"), self.tr("Cambios")],
                                              varias_lineas=True)
        self.nota = QLabel()
        self.nota.setWordWrap(True)
        self.nota.setStyleSheet("color: #4a4f55;")
        # Lo decidido sobre las filas con problemas (omitidas, corregidas) y cómo cambiarlo.
        self.decidido = QLabel()
        self.decidido.setWordWrap(True)
        self.decidido.setStyleSheet("font-weight: 600;")
        self.boton_cambiar = QPushButton(self.tr("Cambiar lo &decidido…"))
        self.boton_cambiar.clicked.connect(self._cambiar_lo_decidido)
        fila_decidido = QHBoxLayout()
        fila_decidido.addWidget(self.decidido, 1)
        fila_decidido.addWidget(self.boton_cambiar)
        capa = QVBoxLayout(plan)
        capa.setContentsMargins(0, 0, 0, 0)
        capa.addLayout(fila_decidido)
        capa.addWidget(self.cifras)
        capa.addSpacing(6)
        capa.addWidget(self.titulo_cambios)
        capa.addWidget(self.tabla_cambios, 1)
        capa.addWidget(self.nota)
        self.paginas.addWidget(plan)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.aviso)
        disposicion.addWidget(self.paginas, 1)

    def initializePage(self) -> None:
        asistente = self._asistente
        self.aviso_exportacion.ocultar()
        if asistente.analisis is None:
            self._mostrar_problemas(asistente.problemas)
        else:
            self._mostrar_plan(asistente.analisis)
        self.completeChanged.emit()

    def _revisado(self) -> None:
        """Tras «Revisar lo decidido»: el plan (se habilita «Importar») o los problemas que quedan."""
        self.initializePage()
        if self._asistente.analisis is None:
            self.tabla_problemas.setFocus()

    def _cambiar_lo_decidido(self) -> None:
        """Del plan a la lista, con lo decidido: el análisis se descarta y «Importar» espera otra revisión."""
        asistente = self._asistente
        asistente.descartar_analisis()
        asistente.problemas = []
        self.initializePage()
        self.tabla_problemas.setFocus()

    def _mostrar_problemas(self, problemas: list) -> None:
        cantidad = len(problemas)
        self.setSubTitle(self.tr("El archivo {0} no se puede importar tal como está.").format(self._asistente.ruta.name)
                         if problemas else
                         self.tr("Lo decidido sobre las filas de {0}; el archivo no cambia.").format(
                             self._asistente.ruta.name))
        if any(decidible(p) for p in problemas) or not problemas:
            texto = (self.tr("El archivo tiene 1 problema; no se importará nada mientras quede.") if cantidad == 1
                     else self.tr("El archivo tiene {0} problemas; no se importará nada mientras quede uno.")
                     .format(miles(cantidad))) if cantidad else ""
            texto += " " + self.tr(
                "En la lista, corrija el valor (doble clic o F2) u omita la fila, y pulse «Revisar lo decidido»; "
                "el archivo no se modifica. También puede corregir el archivo y volver a elegirlo.")
            texto = texto.strip()
        else:
            texto = (self.tr("El archivo tiene 1 problema; no se importará nada. Corríjalo y vuelva a elegir el "
                             "archivo.") if cantidad == 1 else
                     self.tr("El archivo tiene {0} problemas; no se importará nada. Corríjalos y vuelva a elegir el "
                             "archivo.").format(miles(cantidad)))
        # Un problema de una columna entera (el orden de sus fechas) es largo para una línea de la tabla: se lee aquí.
        generales = [str(p) for p in problemas if not isinstance(p, str) and p.fila is None and p.columna]
        if generales:
            texto += "\n\n" + "\n\n".join(generales)
        self.aviso.mostrar(texto, "error" if problemas else "info")
        self.boton_exportar.setEnabled(bool(problemas) and all(not isinstance(p, str) for p in problemas))
        self.panel.mostrar(problemas)
        self.paginas.setCurrentIndex(0)

    def _mostrar_plan(self, analisis) -> None:
        plan = analisis.plan
        self.setSubTitle((self.tr("Con lo decidido, el archivo {0} ya no tiene problemas. Esto es lo que se hará al "
                                  "pulsar «Importar»:") if analisis.decidido() else
                          self.tr("El archivo {0} no tiene problemas. Esto es lo que se hará al pulsar «Importar»:"))
                         .format(self._asistente.ruta.name))
        self.aviso.ocultar()
        decidido = analisis.decidido()
        self.decidido.setText(self.tr("Lo decidido: {0}. El archivo no cambió.").format(decidido) if decidido else "")
        self.decidido.setVisible(bool(decidido))
        self.boton_cambiar.setVisible(bool(self._asistente.decisiones))
        self.cifras.poner(plan.nuevos, plan.actualizados, plan.sin_cambios)
        cambios = plan.cambios[:MAXIMO_CAMBIOS_LISTADOS]
        # La frase la arma el servicio con las mismas cifras de los recuadros: nunca se contradicen.
        self.titulo_cambios.setText(plan.frase(len(cambios)))
        self.tabla_cambios.setVisible(bool(cambios))
        self.tabla_cambios.setRowCount(len(cambios))
        arriba = Qt.AlignmentFlag.AlignTop
        for fila, cambio in enumerate(cambios):
            texto = "\n".join(cambio.descripcion)
            self.tabla_cambios.setItem(fila, 0, celda(str(cambio.fila), Qt.AlignmentFlag.AlignHCenter, arriba))
            self.tabla_cambios.setItem(fila, 1, celda(str(cambio.ficha.get("nombre") or ""), vertical=arriba))
            self.tabla_cambios.setItem(fila, 2, celda(texto, vertical=arriba))
        self.tabla_cambios.setColumnWidth(0, 60)
        self.tabla_cambios.setColumnWidth(1, 220)
        nota = self.tr("Todo se guarda junto, en un solo paso: si algo falla o cancela, no se modifica nada.")
        if plan.avisos:  # lo que el archivo dice y la importación no hará (el estado de un miembro que ya está)
            nota = "\n".join(plan.avisos) + "\n" + nota
        if analisis.columnas_ignoradas:
            nota = self.tr("Columnas que no se importarán: {0}.").format(", ".join(analisis.columnas_ignoradas)) + "\n" + nota
        self.nota.setText(nota)
        self.paginas.setCurrentIndex(1)

    def _exportar(self) -> None:
        ruta_archivo = self._asistente.ruta
        sugerida = str(ruta_archivo.with_name(f"{ruta_archivo.stem} - problemas.xlsx"))
        ruta = elegir_archivo.para_guardar(self, self.tr("Exportar errores a Excel"), sugerida,
                                           self.tr("Libro de Excel (*.xlsx)"))
        if not ruta:
            return
        if not ruta.lower().endswith(".xlsx"):
            ruta += ".xlsx"
        asistente = self._asistente
        guardada = consultar_en_la_ventana(
            self, lambda: exportar_problemas(asistente.problemas, ruta, archivo=asistente.ruta,
                                             asociacion=asistente.asociacion),
            que="exportación de problemas de importación")
        if guardada is FALLO:
            return
        self.aviso_exportacion.mostrar(self.tr("Se guardaron los problemas en {0}.").format(guardada), "ok")

    def isComplete(self) -> bool:
        return self._asistente.analisis is not None and self._asistente.resultado is None

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        asistente = self._asistente
        self.aviso.ocultar()
        contexto, analisis = asistente.contexto, asistente.analisis
        hecho = hacer_en_la_ventana(
            self, asistente.oficina, lambda informar: aplicar(contexto, analisis, progreso=informar),
            que="importación de miembros", en_segundo_plano=True, titulo=self.tr("Importando miembros"),
            al_cancelar=lambda: self.aviso.mostrar(self.tr("Importación cancelada: no se modificó nada."), "info"))
        if hecho is None:
            return False
        asistente.resultado = hecho.resultado
        return True


class _PaginaResultado(QWizardPage):
    def __init__(self, asistente: "AsistenteImportacion"):
        super().__init__()
        self._asistente = asistente
        self.setTitle(self.tr("Importación terminada"))
        self.cifras = Cifras()
        self.resumen = Aviso()
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.cifras)
        disposicion.addSpacing(8)
        disposicion.addWidget(self.resumen)
        disposicion.addStretch()

    def initializePage(self) -> None:
        asistente = self._asistente
        resultado = asistente.resultado
        self.setSubTitle(self.tr("El padrón de {0} ya incluye los datos de {1}.")
                         .format(asistente.asociacion["nombre"], asistente.ruta.name))
        self.cifras.poner(resultado.nuevos, resultado.actualizados, resultado.sin_cambios)
        texto = self.tr("Resultado: {0}.").format(resultado.resumen())
        if resultado.avisos:  # el estado distinto de un miembro que ya estaba: se dijo y no se aplicó
            texto += "\n" + "\n".join(resultado.avisos)
        self.resumen.mostrar(texto, "advertencia" if resultado.avisos else "ok")


class AsistenteImportacion(DeLaOficina, AsistenteBase):
    """Importar miembros a una asociación. Tras cerrarlo, `resultado` es el ResultadoImportacion o None."""

    def __init__(self, oficina: Oficina, padre: QWidget | None = None, ruta_inicial: str | None = None):
        super().__init__(padre)
        self.oficina = oficina
        self.resultado = None
        self.ruta: Path | None = None
        self.vista = None  # VistaPrevia del archivo elegido
        self.columnas: dict[str, int] | None = None  # la correspondencia confirmada por el usuario
        self.analisis = None
        self.problemas: list = []
        self.orden_fechas: str | None = None   # el elegido en el paso de las columnas
        # Lo decidido sobre las filas con problemas (omitir, corregir una celda): vale para este archivo.
        self.decisiones = DecisionesDeFilas()
        self.setWindowTitle(self.tr("Importar miembros — {0}").format(oficina.asociacion.get("sigla") or oficina.asociacion["nombre"]))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for boton, texto in ((QWizard.WizardButton.NextButton, self.tr("Siguiente")),
                             (QWizard.WizardButton.BackButton, self.tr("Atrás")),
                             (QWizard.WizardButton.CommitButton, self.tr("Importar")),
                             (QWizard.WizardButton.FinishButton, self.tr("Cerrar")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancelar"))):
            self.setButtonText(boton, texto)
        self.pagina_archivo = PaginaArchivo(self, ruta_inicial)
        self.pagina_columnas = PaginaColumnas(self)
        self.pagina_validacion = _PaginaValidacion(self)
        self.pagina_resultado = _PaginaResultado(self)
        self.setPage(ID_ARCHIVO, self.pagina_archivo)
        self.setPage(ID_COLUMNAS, self.pagina_columnas)
        self.setPage(ID_VALIDACION, self.pagina_validacion)
        self.setPage(ID_RESULTADO, self.pagina_resultado)
        self.setStartId(ID_ARCHIVO)
        self.resize(920, 640)

    def copia_de_lo_decidido(self) -> DecisionesDeFilas:
        return self.pagina_validacion.panel.copia()

    def olvidar_lo_decidido(self) -> None:
        """Otro archivo: lo decidido sobre las filas del anterior no vale para él."""
        self.decisiones = DecisionesDeFilas()
        self.pagina_validacion.panel.olvidar()

    def descartar_analisis(self) -> None:
        """Borra ya el borrador del análisis anterior (si no, se borra cuando el análisis deja de usarse)."""
        if self.analisis is not None:
            self.analisis.cerrar()
        self.analisis = None

    def done(self, resultado: int) -> None:
        self.descartar_analisis()
        super().done(resultado)
