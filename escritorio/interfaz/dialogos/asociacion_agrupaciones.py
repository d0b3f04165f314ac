"""Pestaña «Agrupaciones» de los datos de la asociación (issue 80, §2): las regiones, subregiones o cualquier reparto
por encima del país que el estatuto usa para sus cupos, con lo que reúne cada grupo (países, o miembros sueltos que
el estatuto ubica aparte), y cuántos miembros y puestos de un órgano tiene cada grupo.

Las reglas están en servicios/agrupaciones.py y servicios/informe_por_grupo.py (las mismas de «escritorio asociacion
agrupacion», «agrupaciones» y «contar-por»): la pestaña lee los campos, llama al servicio y muestra lo que quedó.
Los cupos por grupo de un órgano se fijan en Órganos › Reglas de composición… («Puestos por grupo de una
agrupación»).
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from ...dominio import formato
from ...dominio.organos import AGRUPACION_POR_TIPO, nombre_de_la_agrupacion, nombre_del_grupo
from ...dominio.paises import nombre_pais
from ...servicios.agrupaciones import agrupaciones, definir_grupo, quitar_del_grupo
from ...servicios.asociaciones import paises_en_detalle
from ...servicios.base import hoy
from ...servicios.informe_por_grupo import contar_por_grupo
from ...servicios.miembros import listar_miembros
from ...servicios.oficina import Oficina
from ...servicios.organos import listar_organos
from ..comun import lista_problemas
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..piezas import (ESTILO_BIEN, ESTILO_ERROR, SelectorMiembro, dato_de_fila, en_linea, filas_elegidas,
                      llenar_tabla, nota, nuevo_formulario, tabla_lectura)


class PestanaAgrupaciones(QWidget):
    """`cambios` queda en True si se definió o se quitó algo."""

    def __init__(self, oficina: Oficina, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.contexto = oficina, oficina.contexto
        self.cambios = False
        explicacion = nota(self.tr(
            "Una agrupación (la región continental, una subregión) reúne países, o miembros sueltos que el estatuto "
            "ubica aparte, en grupos. Sirve para los cupos de un órgano (Órganos › Reglas de composición…, «Puestos "
            "por grupo de una agrupación») y para contar por grupo. Un país o un miembro está en un solo grupo de "
            "cada agrupación."))
        self.tabla = tabla_lectura([self.tr("Agrupación"), self.tr("Grupo"), self.tr("Reúne"), self.tr("Artículo")], 2)
        self.tabla.setMinimumHeight(120)
        self.tabla.itemSelectionChanged.connect(self._actualizar_botones)
        self.boton_quitar = QPushButton(self.tr("Quitar lo elegido…"))
        self.boton_quitar.clicked.connect(self.quitar)

        self.agrupacion = QComboBox()
        self.agrupacion.setEditable(True)
        self.agrupacion.setAccessibleName(self.tr("Agrupación"))
        self.agrupacion.lineEdit().setPlaceholderText(self.tr("por ejemplo: Región continental"))
        self.grupo = QLineEdit()
        self.grupo.setAccessibleName(self.tr("Grupo"))
        self.grupo.setPlaceholderText(self.tr("por ejemplo: África"))
        self.paises = QListWidget()
        self.paises.setAccessibleName(self.tr("Países del grupo"))
        self.paises.setMaximumHeight(110)
        self.miembro = SelectorMiembro(ninguno=self.tr("— ningún miembro suelto —"))
        self.miembro.setAccessibleName(self.tr("Miembro suelto"))
        self.articulo = QLineEdit()
        self.articulo.setPlaceholderText(self.tr("por ejemplo: Estatuto, art. 9"))
        self.boton_agregar = QPushButton(self.tr("Agregar al grupo"))
        self.boton_agregar.clicked.connect(self.agregar)
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Agrupación:"), self.agrupacion)
        formulario.addRow(self.tr("Grupo:"), self.grupo)
        formulario.addRow(self.tr("Países:"), self.paises)
        formulario.addRow(self.tr("Miembro suelto:"), self.miembro)
        formulario.addRow(self.tr("Artículo:"), self.articulo)
        definir = QGroupBox(self.tr("Definir un grupo o agregarle países y miembros"))
        caja = QVBoxLayout(definir)
        caja.addLayout(formulario)
        caja.addWidget(self.boton_agregar, 0, Qt.AlignmentFlag.AlignRight)

        self.contar_agrupacion = QComboBox()
        self.contar_agrupacion.setAccessibleName(self.tr("Agrupación que se cuenta"))
        self.contar_organo = QComboBox()
        self.contar_organo.setAccessibleName(self.tr("Órgano que se cuenta"))
        self.boton_contar = QPushButton(self.tr("Contar"))
        self.boton_contar.clicked.connect(self.contar)
        self.cuenta = tabla_lectura([self.tr("Grupo"), self.tr("Miembros"), self.tr("Observadores"),
                                     self.tr("Población"), self.tr("En el órgano"), self.tr("Con voto")], 0)
        self.cuenta.setMinimumHeight(120)
        contar = QGroupBox(self.tr("Contar por grupo (hoy)"))
        caja_contar = QVBoxLayout(contar)
        caja_contar.addLayout(en_linea(self.contar_agrupacion, self.contar_organo, self.boton_contar))
        caja_contar.addWidget(self.cuenta)

        self.estado = QLabel()
        self.estado.setWordWrap(True)
        self.estado.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addWidget(self.tabla)
        disposicion.addWidget(self.boton_quitar, 0, Qt.AlignmentFlag.AlignLeft)
        disposicion.addWidget(definir)
        disposicion.addWidget(contar)
        disposicion.addWidget(self.estado)
        disposicion.addStretch(1)
        self._cargar_opciones()
        self.cargar()

    # --- datos ---------------------------------------------------------------------------------------------------
    def _cargar_opciones(self) -> None:
        """Los países de la asociación, sus miembros y sus órganos, para elegir (no cambian mientras la pestaña
        está abierta: los cambia otro diálogo)."""
        opciones = consultar_en_la_ventana(self, lambda: (paises_en_detalle(self.contexto),
                                                          listar_miembros(self.contexto),
                                                          listar_organos(self.contexto, hoy())),
                                           que="las opciones de las agrupaciones")
        if opciones is FALLO:
            return
        paises, miembros, organos = opciones
        self.paises.clear()
        for p in paises:
            if p.categoria != "retirado":
                item = QListWidgetItem(f"{p.nombre} ({p.pais})")
                item.setData(Qt.ItemDataRole.UserRole, p.pais)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.paises.addItem(item)
        self.miembro.fijar(miembros)
        self.contar_organo.clear()
        self.contar_organo.addItem(self.tr("— sin órgano —"), None)
        for o in organos:
            self.contar_organo.addItem(o["nombre"], o["id"])

    def cargar(self) -> None:
        todas = consultar_en_la_ventana(self, lambda: agrupaciones(self.contexto), que="las agrupaciones")
        if todas is FALLO:
            return
        filas, datos = [], []
        for agrupacion, grupos in todas.items():
            for g in grupos:
                reune = ([(nombre_pais(p), (p, None)) for p in g.paises]
                         + [(self.tr("{0} (miembro suelto)").format(n), (None, i)) for i, n in g.miembros.items()])
                for texto, (pais, miembro_id) in reune or [(self.tr("sin integrantes"), (None, None))]:
                    filas.append([agrupacion, g.nombre, texto, g.articulo or "—"])
                    datos.append({"agrupacion": agrupacion, "grupo": g.nombre, "pais": pais, "miembro_id": miembro_id,
                                  "texto": texto})
        llenar_tabla(self.tabla, filas, datos=datos)
        elegida = self.agrupacion.currentText()
        self.agrupacion.clear()
        self.agrupacion.addItems(list(todas))
        self.agrupacion.setCurrentText(elegida or next(iter(todas), ""))
        contada = self.contar_agrupacion.currentData()
        self.contar_agrupacion.clear()
        for nombre in [*todas, AGRUPACION_POR_TIPO]:
            self.contar_agrupacion.addItem(nombre_de_la_agrupacion(nombre), nombre)
        self.contar_agrupacion.setCurrentIndex(max(self.contar_agrupacion.findData(contada), 0))
        self._actualizar_botones()

    def _actualizar_botones(self) -> None:
        self.boton_quitar.setEnabled(bool(filas_elegidas(self.tabla)))

    # --- acciones ------------------------------------------------------------------------------------------------
    def agregar(self) -> None:
        paises = [self.paises.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.paises.count())
                  if self.paises.item(i).checkState() == Qt.CheckState.Checked]
        miembro = self.miembro.miembro_id()
        if miembro is None and not self.miembro.ninguno_elegido():
            self._mostrar(self.tr("Elija el miembro suelto de la lista (o deje «ningún miembro suelto»)."), ESTILO_ERROR)
            return
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: definir_grupo(
            self.contexto, self.agrupacion.currentText(), self.grupo.text(), paises,
            [miembro] if miembro is not None else [], self.articulo.text()), que="definir un grupo",
            al_rechazar=lambda error: self._mostrar(lista_problemas(error), ESTILO_ERROR))
        if hecho is None:
            return
        self.cambios = True
        for i in range(self.paises.count()):
            self.paises.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.miembro.setCurrentIndex(0)
        self.cargar()
        self._mostrar(hecho.resultado.resumen(), ESTILO_BIEN)

    def quitar(self) -> None:
        fila = dato_de_fila(self.tabla, filas_elegidas(self.tabla)[0])
        todo_el_grupo = fila["pais"] is None and fila["miembro_id"] is None
        pregunta = (self.tr("¿Quitar el grupo «{0}» de «{1}»?").format(fila["grupo"], fila["agrupacion"])
                    if todo_el_grupo else
                    self.tr("¿Quitar {0} del grupo «{1}» de «{2}»?").format(fila["texto"], fila["grupo"],
                                                                          fila["agrupacion"]))
        if QMessageBox.question(self, self.tr("Quitar"), pregunta) != QMessageBox.StandardButton.Yes:
            return
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: quitar_del_grupo(
            self.contexto, fila["agrupacion"], fila["grupo"], [fila["pais"]] if fila["pais"] else [],
            [fila["miembro_id"]] if fila["miembro_id"] is not None else []), que="quitar de un grupo",
            al_rechazar=lambda error: self._mostrar(lista_problemas(error), ESTILO_ERROR))
        if hecho is None:
            return
        self.cambios = True
        self.cargar()
        self._mostrar(self.tr("Quitado: {0}.").format(", ".join(hecho.resultado)), ESTILO_BIEN)

    def contar(self) -> None:
        agrupacion, organo_id = self.contar_agrupacion.currentData(), self.contar_organo.currentData()
        if agrupacion is None:
            return
        filas = consultar_en_la_ventana(self, lambda: contar_por_grupo(self.contexto, agrupacion, hoy(),
                                                                       organo_id), que="contar por grupo")
        if filas is FALLO:
            return
        llenar_tabla(self.cuenta, [[nombre_del_grupo(agrupacion, f.grupo), formato.numero(f.miembros),
                                    formato.numero(f.observadores), formato.numero(f.poblacion),
                                    formato.numero(f.integrantes) if organo_id else "—",
                                    formato.numero(f.con_voto) if organo_id else "—"] for f in filas])

    def _mostrar(self, texto: str, estilo: str) -> None:
        self.estado.setText(texto)
        self.estado.setStyleSheet(estilo)
