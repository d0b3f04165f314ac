"""Asistente para importar el padrón desde una planilla: archivo, columnas, validación e importación.

Nada se escribe hasta el último paso: `analizar` solo lee y decide (deja las filas validadas en un borrador en
disco, no en memoria); `aplicar` escribe todo en una transacción. Si el archivo tiene problemas se listan todos
(y se pueden exportar a Excel) y no se importa nada. La vista previa muestra las cifras y los primeros cambios.

Aquí están el asistente, la validación (que escribe al pulsar «Importar») y el resultado; el archivo y las
columnas son `importacion_archivo.py` e `importacion_columnas.py`; lo que comparten, `importacion_piezas.py`.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
                               QWizard, QWizardPage)

from ...servicios.importacion import aplicar, exportar_problemas
from ..comun import miles, tr
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..piezas import AsistenteBase, elegir_archivo
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina
from .importacion_archivo import PaginaArchivo
from .importacion_columnas import PaginaColumnas
from .importacion_piezas import MAXIMO_CAMBIOS_LISTADOS, Aviso, Cifras, celda, oracion, tabla_de_lectura, texto_celda

ID_ARCHIVO, ID_COLUMNAS, ID_VALIDACION, ID_RESULTADO = range(4)
# Hasta cuántos problemas se muestran enteros, en varias líneas (medir el alto de cada fila tiene su costo).
MUCHOS_PROBLEMAS = 300


class _PaginaValidacion(QWizardPage):
    def __init__(self, asistente: "AsistenteImportacion"):
        super().__init__()
        self._asistente = asistente
        self.setTitle(self.tr("Revisar antes de importar"))
        self.setCommitPage(True)
        self.aviso = Aviso()
        self.paginas = QStackedWidget()

        # Con problemas: la lista completa y la opción de llevarla a Excel.
        problemas = QWidget()
        self.tabla_problemas = tabla_de_lectura([self.tr("Fila"), self.tr("Columna"), self.tr("Valor"),
                                                 self.tr("Problema")])
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
        capa.addWidget(self.tabla_problemas, 1)
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
        capa = QVBoxLayout(plan)
        capa.setContentsMargins(0, 0, 0, 0)
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

    def _mostrar_problemas(self, problemas: list) -> None:
        cantidad = len(problemas)
        self.setSubTitle(self.tr("El archivo {0} no se puede importar tal como está.").format(self._asistente.ruta.name))
        texto = (self.tr("El archivo tiene 1 problema; no se importará nada. Corríjalo y vuelva a elegir el archivo.")
                 if cantidad == 1 else
                 self.tr("El archivo tiene {0} problemas; no se importará nada. Corríjalos y vuelva a elegir el archivo.")
                 .format(miles(cantidad)))
        # Un problema de una columna entera (el orden de sus fechas) es largo para una línea de la tabla: se lee aquí.
        generales = [str(p) for p in problemas if not isinstance(p, str) and p.fila is None and p.columna]
        if generales:
            texto += "\n\n" + "\n\n".join(generales)
        self.aviso.mostrar(texto, "error")
        self.boton_exportar.setEnabled(all(not isinstance(p, str) for p in problemas))
        tabla = self.tabla_problemas
        tabla.setRowCount(cantidad)
        centro = Qt.AlignmentFlag.AlignHCenter
        for fila, problema in enumerate(problemas):
            if isinstance(problema, str):  # un error sin detalle (no debería ocurrir): se muestra tal cual
                problema_texto, numero, columna, valor = problema, "", "", ""
            else:
                problema_texto = oracion(problema.motivo)
                numero = "" if problema.fila is None else str(problema.fila)
                columna = problema.columna or ""
                if columna and problema.encabezado:
                    columna = f"{columna} ({tr(problema.encabezado)})"
                valor = texto_celda(problema.valor)
            tabla.setItem(fila, 0, celda(numero, centro))
            tabla.setItem(fila, 1, celda(columna))
            tabla.setItem(fila, 2, celda(valor))
            tabla.setItem(fila, 3, celda(problema_texto))
        tabla.setColumnWidth(0, 60)
        tabla.setColumnWidth(1, 150)
        tabla.setColumnWidth(2, 150)
        # Cada problema entero, en las líneas que necesite (antes se cortaba en una); con miles de problemas, una
        # línea por fila (medir cada una demoraría) y el texto entero en su ayuda y en la planilla de errores.
        pocos = cantidad <= MUCHOS_PROBLEMAS
        tabla.setWordWrap(pocos)
        tabla.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents if pocos
                                                    else QHeaderView.ResizeMode.Fixed)
        for fila in range(cantidad):
            tabla.item(fila, 3).setToolTip(tabla.item(fila, 3).text())
        tabla.setCurrentItem(None)
        self.paginas.setCurrentIndex(0)

    def _mostrar_plan(self, analisis) -> None:
        plan = analisis.plan
        self.setSubTitle(self.tr("El archivo {0} no tiene problemas. Esto es lo que se hará al pulsar «Importar»:")
                         .format(self._asistente.ruta.name))
        self.aviso.ocultar()
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

    def descartar_analisis(self) -> None:
        """Borra ya el borrador del análisis anterior (si no, se borra cuando el análisis deja de usarse)."""
        if self.analisis is not None:
            self.analisis.cerrar()
        self.analisis = None

    def done(self, resultado: int) -> None:
        self.descartar_analisis()
        super().done(resultado)
