"""Cuotas › Avisos: las cartas de aviso de cobro que tocan a una fecha (según los días de atraso) y su PDF."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QVBoxLayout

from ....dominio.morosidad import leer_niveles
from ....servicios.base import hoy
from ....servicios.cobranza import preparar_lote_de_avisos, texto_de_totales
from ....servicios.informes_cuotas import generar_avisos
from ...comun import miles, tr, formatear
from ...dialogos.baja import editor_de_fecha
from ...modelos.tabla import Columna, ModeloTabla, crear_tabla
from ...piezas import ROJO, guardar_documento, nota
from .pestana import AreaCuotas, Pestana, años_agrupados, boton, botonera, sumas


def _cargos_del_aviso(aviso) -> str:
    """'Cuota anual 2023–2026' (los años de cada tipo de cargo, agrupados; el servicio da tipo y año)."""
    por_concepto: dict[str, list[int]] = {}
    for cargo in aviso.cargos:
        por_concepto.setdefault(cargo["tipo"], []).append(cargo["anio"])
    return "; ".join(f"{nombre} {años_agrupados(anios)}".strip() for nombre, anios in por_concepto.items())


class PestanaAvisos(Pestana):
    _COLUMNA_TOTAL = 3

    def __init__(self, vista: AreaCuotas):
        super().__init__(vista)
        self.al = editor_de_fecha(hoy())
        self.al.setMaximumDate(QDate.currentDate())
        self.al.dateChanged.connect(lambda _: self.actualizar())
        self.explicacion = nota()
        arriba = QHBoxLayout()
        arriba.addWidget(QLabel(self.tr("Atraso al:")))
        arriba.addWidget(self.al)
        arriba.addStretch(1)
        self.modelo = ModeloTabla([
            Columna(self.tr("Miembro"), lambda a: a.miembro, ancho=230, ayuda=lambda a: a.miembro),
            Columna(self.tr("País"), lambda a: a.pais, ancho=100),
            Columna(self.tr("Aviso"), lambda a: self.tr("{0}.º aviso").format(a.nivel), orden=lambda a: a.nivel, ancho=80,
                    color=lambda a: ROJO if a.nivel >= 3 else None),
            Columna(self.tr("Total"), lambda a: texto_de_totales(a.por_moneda()), orden=lambda a: a.total, derecha=True,
                    ancho=120, negrita=lambda a: True, ayuda=lambda a: texto_de_totales(a.por_moneda())),
            Columna(self.tr("Mayor atraso"), lambda a: self.tr("{0} días").format(miles(max(c["dias"] for c in a.cargos))),
                    orden=lambda a: max(c["dias"] for c in a.cargos), derecha=True, ancho=110),
            Columna(self.tr("Cargos"), _cargos_del_aviso, orden=lambda a: len(a.cargos), ancho=300,
                    ayuda=lambda a: "\n".join(tr("{0}: {1}, vencido hace {2} días").format(
                        c["concepto"], formatear(c["saldo"], c["moneda"]), miles(c["dias"])) for c in a.cargos)),
        ], self)
        self.tabla = crear_tabla(self.modelo)
        # Quien tiene la cuenta cambiada por fuera de Escritorio queda sin carta: quién, qué cambió y qué hacer.
        self.apartados = QLabel()
        self.apartados.setObjectName("avisosApartados")
        self.apartados.setWordWrap(True)
        self.apartados.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apartados.setStyleSheet(f"color: {ROJO};")
        self.apartados.hide()
        self.resumen = QLabel()
        self.resumen.setTextFormat(Qt.TextFormat.RichText)
        self.boton_generar = boton(self.tr("Generar cartas (PDF)…"), self.generar, "avisos")
        self.boton_correo = boton(self.tr("Enviar por correo…"), self.enviar, "enviar_correo")
        self.boton_correo.setToolTip(self.tr("Cada miembro recibe su carta por correo, con su PDF; las cartas quedan "
                                             "registradas como enviadas, como al generarlas"))
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addWidget(self.explicacion)   # debajo, a todo el ancho: se parte en las líneas que haga falta
        disposicion.addWidget(self.tabla, 1)
        disposicion.addWidget(self.apartados)
        disposicion.addLayout(botonera(self.boton_generar, self.boton_correo, derecha=self.resumen))

    def _fecha(self) -> date:
        return self.al.date().toPython()

    def recargar(self) -> None:
        try:
            niveles = leer_niveles(self.asociacion.get("niveles_aviso") or "30,90,180")
        except ValueError:
            niveles = []
        if niveles:
            dias = ", ".join(str(n) for n in niveles[:-1]) + (self.tr(" y ") if len(niveles) > 1 else "") + str(niveles[-1])
            # La regla es del servicio (dominio.morosidad.siguiente_aviso): aquí solo se cuenta.
            self.explicacion.setText(self.tr(
                "Avisos en orden, a los {0} días de atraso y separados como esos escalones. Cada carta se registra "
                "al generarla: no se repite.").format(dias))
            self.explicacion.setToolTip(self.tr(
                "A cada cuota le toca el aviso siguiente al último que se le envió (nunca el 3.º sin el 1.º y el "
                "2.º), cuando el atraso llega a sus días y pasó desde el anterior lo que separa los dos escalones."))
        lote = preparar_lote_de_avisos(self.contexto, self._fecha())
        avisos = lote.avisos
        self.modelo.cargar(avisos)
        self._mostrar_apartados(lote.apartados)
        if any(a.varias_monedas for a in avisos):  # «USD 500,00 y EUR 450,00» no cabe en el ancho de siempre
            self.tabla.resizeColumnToContents(self._COLUMNA_TOTAL)
        self.boton_generar.setEnabled(bool(avisos))
        self.boton_correo.setEnabled(bool(avisos))
        if avisos:
            self.resumen.setText(self.tr("{0} cartas · total adeudado <b>{1}</b>").format(
                miles(len(avisos)), sumas([total for a in avisos for total in a.por_moneda()])))
        else:
            self.resumen.setText(self.tr("No hay avisos pendientes a esta fecha."))

    def _mostrar_apartados(self, apartados: list) -> None:
        self.apartados.setVisible(bool(apartados))
        if not apartados:
            self.apartados.clear()
            return
        lineas = [self.tr("Apartados, sin carta ({0}): su cuenta cambió por fuera de Escritorio y la base ya no puede "
                          "dar fe del saldo que diría la carta. Los demás reciben la suya.").format(miles(len(apartados)))]
        for apartado in apartados:
            lineas.append(f"• {apartado.miembro}: " + " ".join(apartado.motivos))
        lineas.append(apartados[0].que_hacer)
        self.apartados.setText("\n".join(lineas))

    def generar(self) -> None:
        cantidad = self.modelo.rowCount()
        if not cantidad:
            return
        titulo = self.tr("Generar avisos de cobro")
        if QMessageBox.question(self, titulo, self.tr(
                "Se generarán {0} cartas de aviso en un PDF y quedarán registradas como enviadas: la próxima vista "
                "previa ya no las incluirá.\n\n¿Continuar?").format(miles(cantidad)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        al = self._fecha()
        hecho = guardar_documento(self, titulo, f"avisos-{self.asociacion['sigla']}-{al.isoformat()}.pdf",
                                  lambda ruta: generar_avisos(self.contexto, ruta, al), self.vista.ajustes)
        if hecho:
            self.actualizar()

    def enviar(self) -> None:
        """Las cartas que tocan, cada miembro la suya, por correo (servicios.correo.preparar_avisos)."""
        from ....servicios.correo import preparar_avisos as avisos_por_correo
        from ...comun import descartar
        from ...dialogos.enviar_correo import DialogoEnviarCorreo

        if not self.modelo.rowCount():
            return
        contexto, al = self.contexto, self._fecha()
        dialogo = DialogoEnviarCorreo(self.oficina, self.tr("Enviar los avisos de cobro por correo"),
                                      lambda miembros, copias: avisos_por_correo(contexto, al=al, miembros=miembros,
                                                                                 copias=copias), self)
        dialogo.exec()
        encolados = dialogo.encolados
        descartar(dialogo)
        if encolados:
            self.actualizar()
