"""Cuotas › Morosidad: la deuda vencida de cada miembro a una fecha, quién tiene el voto suspendido y la regla
de suspensión de los estatutos (con su tolerancia), que se cambia desde aquí."""

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QSpinBox, QVBoxLayout, QWidget)

from ....dominio.morosidad import TRAMOS_ANTIGUEDAD, Tolerancia
from ....errores import ErrorConflicto, ErrorEscritorio
from ....servicios.asociaciones import listar_asociaciones
from ....servicios.base import hoy
from ....servicios.cobranza import morosidad
from ....servicios.cuotas import fijar_regla_de_voto
from ....servicios.informes_cuotas import exportar_morosidad
from ....servicios.voto_de_los_morosos import regla_del_voto_moroso
from ....servicios.miembros import listar_miembros
from ...comun import descartar, miles, sin_cortes, tr, formatear
from ...operaciones import hacer_en_la_ventana
from ...dialogos.baja import editor_de_fecha
from ...modelos.tabla import Columna, ModeloTabla, crear_tabla, fila_elegida
from ...piezas import DERECHA, GRIS, ROJO, DialogoBase, nota
from .pestana import AreaCuotas, Pestana, años_agrupados, boton, botonera, sumas


def _antiguedad(deuda) -> str:
    """La deuda por antigüedad, para la ayuda emergente."""
    return "\n".join(f"{tr(etiqueta)}: {formatear(deuda.por_antiguedad[etiqueta], deuda.moneda)}"
                     for _, etiqueta in TRAMOS_ANTIGUEDAD if deuda.por_antiguedad.get(etiqueta))


@dataclass
class FilaMorosidad:
    """Una deuda del servicio con el nombre y el país del miembro (el resto se lee de la deuda)."""

    deuda: Any
    nombre: str
    pais: str

    def __getattr__(self, nombre: str):
        return getattr(self.deuda, nombre)


class PestanaMorosidad(Pestana):
    def __init__(self, vista: AreaCuotas):
        super().__init__(vista)
        self._deudas = []
        self.al = editor_de_fecha(hoy())
        self.al.dateChanged.connect(lambda _: self.actualizar())
        self.solo_suspendidos = QCheckBox(self.tr("Solo con el voto suspendido"))
        self.solo_suspendidos.toggled.connect(lambda _: self._filtrar())
        self.regla = QLabel()
        self.regla.setWordWrap(True)
        self.boton_regla = boton(self.tr("Cambiar la regla…"), self.cambiar_regla)
        arriba = QHBoxLayout()
        arriba.addWidget(QLabel(self.tr("Deuda vencida al:")))
        arriba.addWidget(self.al)
        arriba.addSpacing(12)
        arriba.addWidget(self.solo_suspendidos)
        arriba.addStretch(1)
        linea_regla = QHBoxLayout()
        linea_regla.addWidget(self.regla, 1)
        linea_regla.addWidget(self.boton_regla)

        mas_de_un_anio = TRAMOS_ANTIGUEDAD[-1][1]
        columnas = [
            Columna(self.tr("Miembro"), lambda d: d.nombre, ancho=230, ayuda=lambda d: d.nombre),
            Columna(self.tr("País"), lambda d: d.pais, ancho=100),
            Columna(self.tr("Cuotas impagas"), lambda d: str(d.cuotas_impagas), orden=lambda d: d.cuotas_impagas,
                    derecha=True, ancho=110),
            Columna(self.tr("Años"), lambda d: años_agrupados(d.anios), orden=lambda d: d.anios[0] if d.anios else 0,
                    ancho=110),
            Columna(self.tr("Deuda"), lambda d: formatear(d.total, d.moneda), orden=lambda d: d.total, derecha=True,
                    ancho=115, negrita=lambda d: True, ayuda=_antiguedad),
            Columna(tr(mas_de_un_anio), lambda d: formatear(d.por_antiguedad[mas_de_un_anio], d.moneda)
                    if d.por_antiguedad.get(mas_de_un_anio) else "",
                    orden=lambda d: d.por_antiguedad.get(mas_de_un_anio, 0), derecha=True, ancho=130,
                    ayuda=_antiguedad),
            Columna(self.tr("Voto"), lambda d: self.tr("No (de baja)") if d.de_baja
                    else self.tr("Sí") if d.puede_votar else self.tr("Suspendido"),
                    orden=lambda d: int(d.puede_votar) - int(d.de_baja), ancho=100,
                    color=lambda d: GRIS if d.de_baja else None if d.puede_votar else ROJO,
                    negrita=lambda d: not d.puede_votar and not d.de_baja),
        ]
        self.modelo = ModeloTabla(columnas, self)
        self.tabla = crear_tabla(self.modelo)
        self.tabla.activated.connect(lambda _: self._abrir_cuenta())   # doble clic o Enter
        self.tabla.setToolTip(self.tr("Doble clic: la cuenta del miembro"))
        self.totales = QLabel()
        self.totales.setTextFormat(Qt.TextFormat.RichText)
        self.boton_excel = boton(self.tr("Exportar a Excel…"), self.exportar_excel, "excel")
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addLayout(linea_regla)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addLayout(botonera(self.boton_excel, derecha=self.totales))

    def _fecha(self) -> date:
        return self.al.date().toPython()

    def recargar(self) -> None:
        asociacion = self._asociacion_al_dia()
        al = self._fecha()
        # La misma frase que las reglas de sesión de cada órgano y la línea de órdenes (servicios.voto_de_los_morosos).
        tolerancia = _tolerancia_de(asociacion)
        self.regla.setText(self.tr("Regla de los estatutos: <b>{0}</b>").format(
            escape(regla_del_voto_moroso(self.contexto, al=al).texto()
                   + (" " + tolerancia.texto() if tolerancia.activa else ""), quote=False)))
        nombres = {m["id"]: m for m in listar_miembros(self.contexto, al=al)}
        self._deudas = [FilaMorosidad(d, nombres.get(d.miembro_id, {}).get("nombre", ""),
                                      nombres.get(d.miembro_id, {}).get("pais_nombre", ""))
                        for d in morosidad(self.contexto, al)]
        self._filtrar()

    def _asociacion_al_dia(self) -> dict:
        """La regla de voto puede haber cambiado: se relee la asociación (y se actualiza la del área)."""
        fresca = next((a for a in listar_asociaciones(self.db) if a["id"] == self.asociacion["id"]), None)
        if fresca is not None:
            self.asociacion.update(fresca)
        return self.asociacion

    def _filtrar(self) -> None:
        deudas = [d for d in self._deudas if not (self.solo_suspendidos.isChecked() and (d.puede_votar or d.de_baja))]
        self.modelo.cargar(deudas)
        suspendidos = sum(1 for d in self._deudas if not d.puede_votar and not d.de_baja)
        self.totales.setText(sin_cortes(
            (self.tr("1 miembro con deuda vencida · total <b>{1}</b> · {2} con el voto suspendido") if len(deudas) == 1
             else self.tr("{0} miembros con deuda vencida · total <b>{1}</b> · {2} con el voto suspendido"))
            .format(miles(len(deudas)), sumas([(d.total, d.moneda) for d in deudas]), miles(suspendidos))))

    def cambiar_regla(self) -> None:
        asociacion = self._asociacion_al_dia()
        from ...dialogos.conflicto import SOBRESCRIBIR, preguntar_conflicto

        leida = {clave: asociacion.get(clave) for clave in ("cuotas_para_suspender", "articulo_suspension",
                                                             "tolerancia_porcentaje", "tolerancia_unidades",
                                                             "articulo_tolerancia")}
        dialogo = DialogoReglaVoto(leida["cuotas_para_suspender"], leida["articulo_suspension"], self,
                                   tolerancia=_tolerancia_de(asociacion))
        if dialogo.exec() == QDialog.DialogCode.Accepted:
            cuotas, articulo = dialogo.valores()
            otra_vez = [True]

            def en_conflicto(error: ErrorEscritorio) -> bool:
                """Otro programa cambió la regla mientras el diálogo estaba abierto: se pregunta."""
                nonlocal leida
                if not isinstance(error, ErrorConflicto):
                    return False   # otro rechazo: en el cuadro
                if preguntar_conflicto(self, error, self.tr("la regla de voto")) == SOBRESCRIBIR:
                    leida = error.actual
                    otra_vez.append(True)
                else:
                    self.actualizar()   # Recargar o Cancelar: se ve la regla que está en la base
                return True

            while otra_vez:
                otra_vez.pop()
                if hacer_en_la_ventana(self, self.oficina, lambda: fijar_regla_de_voto(
                        self.contexto, cuotas, articulo, leida=leida, tolerancia=dialogo.tolerancia()),
                        que="cambiar la regla de voto", al_rechazar=en_conflicto) is not None:
                    self.actualizar()
        descartar(dialogo)

    def exportar_excel(self) -> None:
        al = self._fecha()
        self._documento(self.tr("Exportar la morosidad"), f"morosidad-{self.asociacion['sigla']}-{al.isoformat()}.xlsx",
                        lambda ruta: exportar_morosidad(self.contexto, ruta, al))

    def _abrir_cuenta(self) -> None:
        deuda = fila_elegida(self.tabla)
        if deuda is not None:
            self.vista.abrir_cuenta(deuda.miembro_id)


class DialogoReglaVoto(DialogoBase):
    """«N cuotas anuales impagas suspenden el derecho a voto (artículo …)», o ninguna suspensión."""

    def __init__(self, cuotas: int | None, articulo: str | None, padre: QWidget | None = None, *,
                 tolerancia: Tolerancia | None = None):
        super().__init__(padre)
        self.setWindowTitle(self.tr("Regla de suspensión del voto"))
        tolerancia = tolerancia or Tolerancia()
        # Tolerancia del reglamento: un saldo mínimo no cuenta como cuota impaga (sigue siendo deuda).
        self.tolerancia_unidades = QSpinBox()
        self.tolerancia_unidades.setRange(0, 1_000_000)
        self.tolerancia_unidades.setValue(tolerancia.unidades)
        sufijo = lambda n: self.tolerancia_unidades.setSuffix(  # noqa: E731
            self.tr(" unidad de la moneda") if n == 1 else self.tr(" unidades de la moneda"))
        sufijo(tolerancia.unidades)
        self.tolerancia_unidades.valueChanged.connect(sufijo)
        self.tolerancia_unidades.setSpecialValueText(self.tr("sin tolerancia por importe"))
        self.tolerancia_porcentaje = QSpinBox()
        self.tolerancia_porcentaje.setRange(0, 100)
        self.tolerancia_porcentaje.setValue(tolerancia.porcentaje)
        self.tolerancia_porcentaje.setSuffix(self.tr(" % de la cuota"))
        self.tolerancia_porcentaje.setSpecialValueText(self.tr("sin tolerancia por porcentaje"))
        self.articulo_tolerancia = QLineEdit(tolerancia.articulo or "")
        self.articulo_tolerancia.setPlaceholderText(self.tr("por ejemplo: Reglamento de cuotas, art. 5"))
        self.suspende = QCheckBox(self.tr("Las cuotas impagas suspenden el derecho a voto"))
        self.suspende.setChecked(cuotas is not None)
        self.cuotas = QSpinBox()
        self.cuotas.setRange(1, 20)
        self.cuotas.setValue(cuotas or 2)
        self.cuotas.setSuffix(self.tr(" cuotas anuales vencidas"))
        self.articulo = QLineEdit(articulo or "")
        self.articulo.setPlaceholderText(self.tr("por ejemplo: Estatuto, art. 9"))
        self.articulo.setMinimumWidth(280)
        self.suspende.toggled.connect(self.cuotas.setEnabled)
        self.cuotas.setEnabled(self.suspende.isChecked())
        formulario = QFormLayout()
        formulario.setLabelAlignment(DERECHA)
        formulario.addRow("", self.suspende)
        formulario.addRow(self.tr("Se suspende con:"), self.cuotas)
        formulario.addRow(self.tr("Artículo:"), self.articulo)
        formulario.addRow(self.tr("Tolerancia: hasta"), self.tolerancia_unidades)
        formulario.addRow(self.tr("o hasta"), self.tolerancia_porcentaje)
        formulario.addRow(self.tr("Artículo de la tolerancia:"), self.articulo_tolerancia)
        explicacion = nota(self.tr("La regla rige para la morosidad, el derecho a voto y el quórum de las sesiones de "
                                   "cada órgano que la aplica (en sus reglas de sesión; lo habitual). "
                                   "Una cuota con un saldo dentro de la tolerancia (la mayor de las dos) no cuenta "
                                   "como impaga para suspender el voto; el saldo sigue siendo deuda."))
        explicacion.setWordWrap(True)
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        botones.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Guardar"))
        botones.accepted.connect(self.accept)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(formulario)
        disposicion.addWidget(explicacion)
        disposicion.addWidget(botones)

    def valores(self) -> tuple[int | None, str | None]:
        return (self.cuotas.value() if self.suspende.isChecked() else None), (self.articulo.text().strip() or None)

    def tolerancia(self) -> Tolerancia:
        return Tolerancia(self.tolerancia_porcentaje.value(), self.tolerancia_unidades.value(),
                          self.articulo_tolerancia.text().strip() or None)


def _tolerancia_de(asociacion: dict) -> Tolerancia:
    return Tolerancia(asociacion.get("tolerancia_porcentaje") or 0, asociacion.get("tolerancia_unidades") or 0,
                      asociacion.get("articulo_tolerancia"))
