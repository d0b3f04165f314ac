"""Lo común de las pestañas de Cuotas: la clase base (recarga perezosa, errores, documentos) y piezas chicas.

Una pestaña solo conoce del área lo que dice `AreaCuotas` (la base, la asociación, los ajustes y dos avisos):
así ningún módulo de pestaña importa el `__init__` del paquete, que es quien las arma.
"""

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QTableView, QWidget

from ....servicios.contexto import Contexto
from ....servicios.oficina import Oficina
from ...comun import formatear
from ...flujo import FilaFluida
from ...iconos import icono
from ...modelos.tabla import fila_elegida
from ...operaciones import consultar_en_la_ventana
from ...piezas import DERECHA, guardar_documento


class AreaCuotas(Protocol):
    """Lo que una pestaña usa del área (`VistaCuotas`)."""

    oficina: Oficina | None
    ajustes: QSettings | None

    def abrir_cuenta(self, miembro_id: int) -> None:
        """La ficha del miembro abierta en su pestaña Cuenta."""


class Pestana(QWidget):
    """Lo común: acceso a la base y la asociación del área, recarga perezosa y errores."""

    def __init__(self, vista: AreaCuotas):
        super().__init__()
        self.vista = vista
        self.pendiente = True

    @property
    def oficina(self) -> Oficina:
        return self.vista.oficina

    @property
    def db(self):
        return self.oficina.db

    @property
    def asociacion(self) -> dict:
        return self.oficina.asociacion

    @property
    def contexto(self) -> Contexto:
        """El contexto de los servicios: la base y la asociación del área."""
        return self.oficina.contexto

    def reiniciar(self) -> None:
        """Otra asociación: se olvida lo que dependía de la anterior."""

    def actualizar(self) -> None:
        self.pendiente = False
        # Lee y pinta en el hilo de la ventana; si falla, el cuadro de siempre (y queda registrado).
        consultar_en_la_ventana(self, self.recargar, que=f"cuotas: {type(self).__name__}")

    def recargar(self) -> None:
        raise NotImplementedError

    def al_dia(self) -> None:
        """Esta pestaña ya muestra lo que acaba de guardar (sin volver a consultar la base): el aviso de la oficina
        no la recarga de nuevo. Las demás pestañas y áreas sí se recargan (interfaz/cambios.py)."""
        self.pendiente = False

    def _exigir(self, tabla: QTableView, que: str):
        fila = fila_elegida(tabla)
        if fila is None:
            QMessageBox.information(self, self.tr("Elija una fila"), self.tr("Seleccione primero {0} en la tabla.").format(que))
        return fila

    def _documento(self, titulo: str, nombre: str, funcion: Callable[[str], object]) -> None:
        guardar_documento(self, titulo, nombre, funcion, self.vista.ajustes)


def botonera(*botones: QPushButton, derecha: QLabel | None = None) -> QHBoxLayout:
    """Los botones a la izquierda; a la derecha, el resumen (que se parte en líneas si no cabe). Los botones van en
    una `FilaFluida`: lo que no entra baja a otra línea, y la fila no pide el ancho de todos juntos (en portugués, a
    1366×768 al 150 %, los cinco de Pagos ensanchaban la ventana más allá de la pantalla)."""
    fila = QHBoxLayout()
    fluida = FilaFluida()
    for boton in botones:
        fluida.addWidget(boton)
    fila.addLayout(fluida, 1)
    if derecha is not None:
        derecha.setWordWrap(True)
        derecha.setAlignment(DERECHA)
        fila.addSpacing(16)
        fila.addWidget(derecha, 0)
    return fila


def boton(texto: str, funcion, nombre_icono: str | None = None) -> QPushButton:
    boton = QPushButton(texto)
    if nombre_icono:
        boton.setIcon(icono(nombre_icono))
    boton.clicked.connect(funcion)
    return boton


def sumas(importes: Sequence[tuple[int, str]]) -> str:
    """[(25000, 'USD'), (100, 'EUR')] -> 'USD 250,00 + EUR 1,00' (nunca se suman monedas distintas)."""
    por_moneda: dict[str, int] = {}
    for importe, moneda in importes:
        por_moneda[moneda] = por_moneda.get(moneda, 0) + importe
    if not por_moneda:
        return formatear(0, "USD")
    return " + ".join(formatear(total, moneda) for moneda, total in sorted(por_moneda.items()))


def combo_anio(valor: int) -> QSpinBox:
    anio = QSpinBox()
    anio.setRange(1950, 2200)
    anio.setValue(valor)
    anio.setMinimumWidth(80)
    return anio


def años_agrupados(anios: Sequence[int]) -> str:
    """[2021, 2023, 2024, 2025] -> '2021, 2023–2025'."""
    tramos: list[list[int]] = []
    for anio in sorted(anios):
        if tramos and anio == tramos[-1][-1] + 1:
            tramos[-1].append(anio)
        else:
            tramos.append([anio])
    return ", ".join(str(t[0]) if len(t) == 1 else f"{t[0]}–{t[-1]}" for t in tramos)
