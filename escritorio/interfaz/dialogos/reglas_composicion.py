"""Las reglas de composición de un órgano: ver las que tiene, agregar una (cantidad fija, puestos por categoría de
país exactos, a lo sumo, al menos o entre dos cifras, puestos por grupo de una agrupación, solo miembros de un tipo,
troika, todos los miembros activos, designación, asientos de oficio, presidencia, límite de mandatos) citada a su
artículo, y
quitar una. Llama a los mismos servicios que «organos regla-composicion» y «organos quitar-regla», y muestra sus
mensajes tal cual: el diálogo no valida nada por su cuenta."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from ...dominio.miembros import CATEGORIAS_PAIS, TIPOS as TIPOS_DE_MIEMBRO
from ...dominio.organos import (AGRUPACION_POR_TIPO, REGLAS, TIPOS_ORGANO, armar_cupos, leer_cupo_de_grupo,
                                nombre_de_la_agrupacion)
from ...errores import ErrorEscritorio
from ...servicios.agrupaciones import agrupaciones
from ...servicios.base import hoy
from ...servicios.organos import composicion
from ...servicios.reglas_de_composicion import agregar_regla, quitar_regla, reglas_de_composicion
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..comun import fecha_dma, lista_problemas, tr
from ..piezas import (ESTILO_BIEN, ESTILO_ERROR, DialogoBase, dato_de_fila, en_linea, filas_elegidas, llenar_tabla,
                      nota, nuevo_formulario, tabla_lectura)
from .baja import editor_de_fecha
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina

_DESDE_SIEMPRE = "1900-01-01"   # una regla sin fecha del texto citado (la guarda así el servicio)


class DialogoReglasComposicion(DeLaOficina, DialogoBase):
    """Tras cerrar, `hecho` dice si se agregó o se quitó alguna regla."""

    def __init__(self, oficina: Oficina, organo: dict, padre: QWidget | None = None):
        super().__init__(padre, self.tr("Reglas de composición — {0}").format(organo["nombre"]))
        self.oficina, self.organo = oficina, organo
        self.hecho = False


        explicacion = nota(self.tr(
            "Quién integra «{0}» en cada fecha y qué se avisa cuando no se cumple: los mandatos designados más lo que "
            "digan estas reglas. Cite el artículo que fija cada una.").format(organo["nombre"]))

        self.tabla = tabla_lectura([self.tr("N.º"), self.tr("Regla"), self.tr("Detalle"), self.tr("Artículo"),
                                    self.tr("Texto al")], 2)
        self.tabla.setMinimumHeight(110)
        self.tabla.itemSelectionChanged.connect(self._actualizar_botones)
        self.boton_quitar = QPushButton(self.tr("Quitar la regla elegida…"))
        self.boton_quitar.clicked.connect(self.quitar)

        # Agregar: el tipo, sus datos (según el tipo), el artículo y la fecha del texto que cita.
        self.tipo = QComboBox()
        for codigo, nombre in REGLAS.items():
            self.tipo.addItem(tr(nombre), codigo)
        self.tipo.currentIndexChanged.connect(lambda _: self._tipo_elegido())
        self.datos = QStackedWidget()
        self._paginas: dict[str, int] = {}
        self.puestos = QSpinBox()
        self.puestos.setRange(1, 1000)
        self.puestos.setValue(3)
        self.puestos.setSuffix(self.tr(" puestos"))
        self._pagina("tamano_fijo", en_linea(self.puestos, QLabel(self.tr("integrantes, ni más ni menos"))))
        self.seguidos = QSpinBox()
        self.seguidos.setRange(1, 20)
        self.seguidos.setValue(1)
        self._pagina("limite_de_mandatos", en_linea(QLabel(self.tr("A lo sumo")), self.seguidos, QLabel(self.tr(
            "mandatos seguidos por miembro (1: sin reelección inmediata)"))))
        # Los cupos: exactos (el Consejo de la demo), a lo sumo (un Comité Ejecutivo con uno por país como máximo),
        # al menos, o entre un mínimo y un máximo; con «entre» aparece la segunda fila, la de los máximos.
        self.modo_cupo = QComboBox()
        for codigo, texto in (("exacto", self.tr("exactamente")), ("maximo", self.tr("a lo sumo")),
                              ("minimo", self.tr("al menos")), ("rango", self.tr("entre un mínimo y un máximo"))):
            self.modo_cupo.addItem(texto, codigo)
        self.modo_cupo.currentIndexChanged.connect(lambda _: self._modo_elegido())
        self.cupos: dict[str, QSpinBox] = {}
        self.cupos_maximos: dict[str, QSpinBox] = {}
        rejilla_cupos = QGridLayout()
        rejilla_cupos.setContentsMargins(0, 0, 0, 0)
        rejilla_cupos.addWidget(QLabel(self.tr("Cupo por país:")), 0, 0)
        rejilla_cupos.addWidget(self.modo_cupo, 0, 1, 1, 6)
        self.rotulo_maximos = QLabel(self.tr("y como máximo:"))
        for columna, categoria in enumerate(CATEGORIAS_PAIS):
            cupo, maximo = QSpinBox(), QSpinBox()
            for caja_de_cifra in (cupo, maximo):
                caja_de_cifra.setRange(0, 50)
            cupo.setValue({"pleno": 2, "asociado": 1}.get(categoria, 0))
            maximo.setValue({"pleno": 2, "asociado": 1}.get(categoria, 0))
            cupo.setAccessibleName(tr(CATEGORIAS_PAIS[categoria]))
            maximo.setAccessibleName(self.tr("{0}, como máximo").format(tr(CATEGORIAS_PAIS[categoria])))
            self.cupos[categoria], self.cupos_maximos[categoria] = cupo, maximo
            rotulo = QLabel(tr(CATEGORIAS_PAIS[categoria]) + ":")
            rotulo.setBuddy(cupo)
            rejilla_cupos.addWidget(rotulo, 1, 2 * columna + 1, Qt.AlignmentFlag.AlignRight)
            rejilla_cupos.addWidget(cupo, 1, 2 * columna + 2)
            rejilla_cupos.addWidget(maximo, 2, 2 * columna + 2)
        self.rotulo_minimos = QLabel(self.tr("como mínimo:"))
        rejilla_cupos.addWidget(self.rotulo_minimos, 1, 0)
        rejilla_cupos.addWidget(self.rotulo_maximos, 2, 0)
        rejilla_cupos.setColumnStretch(2 * len(CATEGORIAS_PAIS) + 1, 1)
        self._pagina("por_categoria", rejilla_cupos, self.tr(
            "Cuántas ciudades electas puede tener cada país, según su categoría (0: ninguna). Se rechaza si la "
            "cantidad fija de puestos del órgano no alcanza para cumplirlo."))
        self._pagina_por_agrupacion()
        self.tipos_de_miembro: dict[str, QCheckBox] = {}
        fila_tipos = QHBoxLayout()
        fila_tipos.setContentsMargins(0, 0, 0, 0)
        for codigo, nombre in TIPOS_DE_MIEMBRO.items():
            casilla = QCheckBox(tr(nombre))
            casilla.setChecked(codigo == "municipio")
            self.tipos_de_miembro[codigo] = casilla
            fila_tipos.addWidget(casilla)
        fila_tipos.addStretch(1)
        self.todos_del_tipo = QCheckBox(self.tr("Lo integran todos los miembros activos de esos tipos (se deriva del "
                                                "padrón, sin designar a nadie)"))
        self.todos_del_tipo.setChecked(True)
        caja_tipos = QVBoxLayout()
        caja_tipos.setContentsMargins(0, 0, 0, 0)
        caja_tipos.addLayout(fila_tipos)
        caja_tipos.addWidget(self.todos_del_tipo)
        self._pagina("tipo_de_miembro", caja_tipos, self.tr(
            "Solo miembros de estos tipos integran el órgano: designar o elegir a otro se rechaza, citando la regla."))
        self.de_oficio: dict[str, QCheckBox] = {}
        rejilla = QGridLayout()
        rejilla.setContentsMargins(0, 0, 0, 0)
        for indice, (codigo, nombre) in enumerate(TIPOS_ORGANO.items()):
            casilla = QCheckBox(tr(nombre))
            self.de_oficio[codigo] = casilla
            rejilla.addWidget(casilla, indice // 3, indice % 3)
        self._pagina("de_oficio", rejilla, self.tr("Se sientan por su cargo quienes integran los órganos de estos "
                                                   "tipos:"))
        self.preside = QComboBox()
        for codigo, nombre in TIPOS_ORGANO.items():
            self.preside.addItem(tr(nombre), codigo)
        self.preside.setCurrentIndex(max(self.preside.findData("secretaria_ejecutiva"), 0))
        self._pagina("presidencia", en_linea(QLabel(self.tr("Preside quien ejerce:")), self.preside))
        for codigo, texto in (
                ("troika", self.tr("La integran la Secretaría Ejecutiva anterior, la actual y la siguiente (por el "
                                   "orden de sucesión).")),
                ("todos_los_activos", self.tr("La integran todos los miembros activos en cada fecha: se deriva del "
                                              "padrón, sin designar a nadie.")),
                ("designacion", self.tr("La integran quienes se designan con «Designar…»; la regla solo lo deja "
                                        "dicho, citado a su artículo."))):
            self._pagina(codigo, None, texto)

        self.articulo = QLineEdit()
        self.articulo.setPlaceholderText(self.tr("por ejemplo: Estatuto, art. 13"))
        self.desde = editor_de_fecha(hoy())
        self.desde.setToolTip(self.tr("La fecha del texto del artículo que la regla cita: si el artículo se reforma "
                                      "después, la regla queda marcada para revisarla."))
        self.boton_agregar = QPushButton(self.tr("Agregar regla"))
        self.boton_agregar.clicked.connect(self.agregar)
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Regla:"), self.tipo)
        formulario.addRow("", self.datos)
        formulario.addRow(self.tr("Artículo:"), self.articulo)
        formulario.addRow(self.tr("Cita el texto al:"), en_linea(self.desde, estirar=True))
        grupo = QGroupBox(self.tr("Agregar una regla"))
        caja = QVBoxLayout(grupo)
        caja.addLayout(formulario)
        caja.addWidget(self.boton_agregar, 0, Qt.AlignmentFlag.AlignRight)

        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mensaje.hide()
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        botones.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        botones.rejected.connect(self.reject)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addWidget(self.boton_quitar, 0, Qt.AlignmentFlag.AlignLeft)
        disposicion.addWidget(grupo)
        disposicion.addWidget(self.mensaje)
        disposicion.addWidget(botones)
        self.setMinimumWidth(560)
        self.caber_en_la_pantalla(760, 600)
        self._tipo_elegido()
        self.recargar()

    def _pagina_por_agrupacion(self) -> None:
        """Los cupos por grupo de una agrupación (la región continental): el mismo para cada grupo y, si hace falta,
        los propios de algunos, escritos como en la línea de órdenes («Europa=..3»)."""
        self.agrupacion = QComboBox()
        self.agrupacion.setAccessibleName(self.tr("Agrupación"))
        for nombre in agrupaciones(self.contexto):
            self.agrupacion.addItem(nombre, nombre)
        self.agrupacion.addItem(nombre_de_la_agrupacion(AGRUPACION_POR_TIPO), AGRUPACION_POR_TIPO)
        self.modo_grupo = QComboBox()
        self.modo_grupo.setAccessibleName(self.tr("Cupo de cada grupo"))
        for codigo, texto in (("", self.tr("sin cupo común")), ("exacto", self.tr("exactamente")),
                              ("maximo", self.tr("a lo sumo")), ("minimo", self.tr("al menos")),
                              ("rango", self.tr("entre un mínimo y un máximo"))):
            self.modo_grupo.addItem(texto, codigo)
        self.modo_grupo.setCurrentIndex(self.modo_grupo.findData("rango"))
        self.cupo_grupo, self.cupo_grupo_maximo = QSpinBox(), QSpinBox()
        for caja_de_cifra, valor in ((self.cupo_grupo, 2), (self.cupo_grupo_maximo, 3)):
            caja_de_cifra.setRange(0, 1000)
            caja_de_cifra.setValue(valor)
        self.cupo_grupo.setAccessibleName(self.tr("Puestos de cada grupo"))
        self.cupo_grupo_maximo.setAccessibleName(self.tr("Puestos de cada grupo, como máximo"))
        self.rotulo_grupo_maximo = QLabel(self.tr("y"))
        self.modo_grupo.currentIndexChanged.connect(lambda _: self._modo_elegido())
        self.grupos_propios = QLineEdit()
        self.grupos_propios.setAccessibleName(self.tr("Cupos propios de algunos grupos"))
        self.grupos_propios.setPlaceholderText(self.tr("opcional: Europa=..3; África=1.."))
        caja = QVBoxLayout()
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addLayout(en_linea(QLabel(self.tr("Agrupación:")), self.agrupacion, estirar=True))
        caja.addLayout(en_linea(QLabel(self.tr("Cada grupo:")), self.modo_grupo, self.cupo_grupo,
                                self.rotulo_grupo_maximo, self.cupo_grupo_maximo, QLabel(self.tr("puestos")),
                                estirar=True))
        caja.addLayout(en_linea(QLabel(self.tr("Algunos grupos:")), self.grupos_propios, estirar=False))
        self._pagina("por_agrupacion", caja, self.tr(
            "Cuántos puestos electos puede tener cada grupo (una región, una subregión: Archivo > Datos de la "
            "asociación… > Agrupaciones). Una elección salta a la candidatura de un grupo lleno y dice el grupo que no alcanza "
            "su mínimo; designar no pasa un máximo."))

    def _pagina(self, tipo: str, contenido, explicacion: str | None = None) -> None:
        pagina = QWidget()
        caja = QVBoxLayout(pagina)
        caja.setContentsMargins(0, 0, 0, 0)
        if explicacion:
            caja.addWidget(nota(explicacion))
        if isinstance(contenido, QWidget):
            caja.addWidget(contenido)
        elif contenido is not None:
            caja.addLayout(contenido)
        caja.addStretch(1)
        self._paginas[tipo] = self.datos.addWidget(pagina)

    def _tipo_elegido(self) -> None:
        self.datos.setCurrentIndex(self._paginas[self.tipo.currentData()])
        self._modo_elegido()

    def _modo_elegido(self) -> None:
        rango = self.modo_cupo.currentData() == "rango"
        self.rotulo_maximos.setVisible(rango)
        self.rotulo_minimos.setVisible(rango)
        for maximo in self.cupos_maximos.values():
            maximo.setVisible(rango)
        modo_grupo = self.modo_grupo.currentData()
        self.cupo_grupo.setVisible(bool(modo_grupo))
        for pieza in (self.rotulo_grupo_maximo, self.cupo_grupo_maximo):
            pieza.setVisible(modo_grupo == "rango")

    # --- datos ---------------------------------------------------------------------------------------------------
    def recargar(self) -> None:
        reglas = consultar_en_la_ventana(self, lambda: reglas_de_composicion(self.contexto, self.organo["id"]),
                                         que="reglas de composición")
        if reglas is FALLO:
            return
        self.reglas = reglas
        filas = [[str(r["id"]), r["nombre"], self._detalle(r) + (
                     self.tr(" — ya no rige: la reemplaza la regla {0}").format(r["reemplazada_por"])
                     if r.get("reemplazada_por") else ""), r["articulo"] or "—",
                  "" if not r["desde"] or r["desde"] == _DESDE_SIEMPRE else fecha_dma(r["desde"])]
                 for r in self.reglas]
        llenar_tabla(self.tabla, filas, datos=self.reglas)
        self._actualizar_botones()

    def _detalle(self, regla) -> str:
        """Lo que dice la regla, en el idioma de la ventana (los nombres de los tipos de órgano, traducidos)."""
        parametros = regla["parametros"]
        if regla["tipo"] in ("por_categoria", "tipo_de_miembro", "limite_de_mandatos", "por_agrupacion"):
            return regla["descripcion"]   # el servicio la escribe en el idioma en curso (el de la ventana)
        if regla["tipo"] == "tamano_fijo":
            return self.tr("{0} puestos").format(parametros.get("puestos"))
        if regla["tipo"] == "de_oficio":
            return ", ".join(tr(TIPOS_ORGANO.get(t, t)) for t in parametros.get("organos", []))
        if regla["tipo"] == "presidencia":
            return self.tr("quien ejerce la {0}").format(tr(TIPOS_ORGANO.get(parametros.get("organo"),
                                                                            str(parametros.get("organo")))))
        return ""

    def regla_elegida(self) -> dict | None:
        filas = filas_elegidas(self.tabla)
        return dato_de_fila(self.tabla, filas[0]) if filas else None

    def _actualizar_botones(self) -> None:
        self.boton_quitar.setEnabled(self.regla_elegida() is not None)

    def parametros(self) -> dict:
        """Los datos del tipo elegido, tal como los pide el servicio (el mismo dict que arma la CLI)."""
        tipo = self.tipo.currentData()
        if tipo == "por_categoria":
            modo = self.modo_cupo.currentData()
            valores = {c: cupo.value() for c, cupo in self.cupos.items()}
            nada = dict.fromkeys(valores)
            if modo == "maximo":
                return armar_cupos(nada, nada, valores)
            if modo == "minimo":
                return armar_cupos(nada, valores, nada)
            if modo == "rango":
                return armar_cupos(nada, valores, {c: m.value() for c, m in self.cupos_maximos.items()})
            return armar_cupos(valores, nada, nada)
        if tipo == "por_agrupacion":
            return self._parametros_por_agrupacion()
        if tipo == "tipo_de_miembro":
            return {"tipos": [t for t, casilla in self.tipos_de_miembro.items() if casilla.isChecked()],
                    "todos": self.todos_del_tipo.isChecked()}
        if tipo == "tamano_fijo":
            return {"puestos": self.puestos.value()}
        if tipo == "limite_de_mandatos":
            return {"seguidos": self.seguidos.value()}
        if tipo == "de_oficio":
            return {"organos": [t for t, casilla in self.de_oficio.items() if casilla.isChecked()]}
        if tipo == "presidencia":
            return {"organo": self.preside.currentData()}
        return {}

    def _parametros_por_agrupacion(self) -> dict:
        """La agrupación, el cupo de cada grupo y los propios de algunos (leídos como --grupo en la línea de
        órdenes: dominio.organos.leer_cupo_de_grupo; uno mal escrito, ValueError con el motivo)."""
        parametros: dict = {"agrupacion": self.agrupacion.currentData() or ""}
        modo, cifra, maximo = self.modo_grupo.currentData(), self.cupo_grupo.value(), self.cupo_grupo_maximo.value()
        cupo = {"exacto": cifra, "maximo": {"maximo": cifra}, "minimo": {"minimo": cifra},
                "rango": {"minimo": cifra, "maximo": maximo}}.get(modo)
        if cupo is not None:
            parametros["cupo"] = cupo
        propios = dict(leer_cupo_de_grupo(t) for t in self.grupos_propios.text().split(";") if t.strip())
        if propios:
            parametros["grupos"] = propios
        return parametros

    # --- acciones ------------------------------------------------------------------------------------------------
    def agregar(self) -> None:
        tipo = self.tipo.currentData()
        try:
            parametros = self.parametros()
        except ValueError as error:   # un cupo propio mal escrito («Europa=..»): el motivo, sin guardar nada
            self._mostrar(str(error), ESTILO_ERROR)
            return
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: agregar_regla(
            self.contexto, self.organo["id"], tipo, parametros, self.articulo.text().strip() or None,
            self.desde.date().toPython()), que="agregar regla de composición",
            al_rechazar=lambda error: self._mostrar(lista_problemas(error), ESTILO_ERROR))
        if hecho is None:
            return
        regla_id = hecho.resultado
        self.hecho = True
        self.articulo.clear()
        self.recargar()
        self._resultado(self.tr("Regla {0} agregada: {1}.").format(regla_id, tr(REGLAS[tipo])))

    def quitar(self) -> None:
        regla = self.regla_elegida()
        if regla is None:
            return
        cita = f" ({regla['articulo']})" if regla["articulo"] else ""
        if QMessageBox.question(self, self.tr("Quitar regla"), self.tr(
                "¿Quitar la regla {0} «{1}»{2} de {3}? La composición dejará de aplicarla en todas las fechas (la "
                "bitácora guarda lo que decía).").format(regla["id"], regla["nombre"], cita, self.organo["nombre"])
                ) != QMessageBox.StandardButton.Yes:
            return
        def rechazado(error: ErrorEscritorio) -> None:
            self._mostrar(lista_problemas(error), ESTILO_ERROR)
            self.recargar()

        if hacer_en_la_ventana(self, self.oficina, lambda: quitar_regla(self.contexto, regla["id"]),
                               que="quitar regla de composición", al_rechazar=rechazado) is None:
            return
        self.hecho = True
        self.recargar()
        self._resultado(self.tr("Regla {0} quitada: {1}.").format(regla["id"], regla["nombre"]))

    def _resultado(self, hecho: str) -> None:
        """Lo hecho y cómo queda el órgano hoy: cuántos lo integran y qué reglas no se cumplen."""
        try:
            comp = composicion(self.contexto, self.organo["id"])
        except Exception:  # noqa: BLE001 - la regla ya quedó guardada; el resumen es un dato más
            self._mostrar(hecho, ESTILO_BIEN)
            return
        lineas = [hecho + " " + (self.tr("Hoy lo integran {0}.").format(comp.integrantes) if comp.asientos
                                 else self.tr("Hoy no lo integra nadie."))]
        lineas += [f"• {aviso}" for aviso in comp.avisos[:6]]
        if len(comp.avisos) > 6:
            lineas.append(self.tr("… y {0} avisos más (ver la composición).").format(len(comp.avisos) - 6))
        self._mostrar("\n".join(lineas), ESTILO_BIEN if not comp.avisos else "color: #8a5a00;")

    def _mostrar(self, texto: str, estilo: str) -> None:
        self.mensaje.setText(texto)
        self.mensaje.setStyleSheet(estilo)
        self.mensaje.show()
