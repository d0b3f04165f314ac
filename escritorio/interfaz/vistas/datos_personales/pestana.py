"""Lo común de las pestañas de Datos personales: lo que una pestaña conoce del área (`AreaDatosPersonales`), su
clase base y las columnas que comparten (una aparición, una solicitud).

Una pestaña solo conoce del área lo que dice el `Protocol`: ningún módulo de pestaña importa el `__init__` del
paquete, que es quien las arma.
"""

from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from ....dominio import formato
from ....dominio.datos_personales import DERECHOS, ESTADOS_DE_SOLICITUD
from ....servicios.contexto import Contexto
from ....servicios.oficina import Oficina
from ....servicios.solicitudes_de_datos import Solicitud, plazo_vencido
from ...comun import tr
from ...modelos.tabla import Columna
from ...piezas import ROJO


class AreaDatosPersonales(Protocol):
    """Lo que una pestaña usa del área (`VistaDatosPersonales`)."""

    oficina: Oficina | None
    ajustes: QSettings | None

    def recargar(self) -> None:
        """Vuelve a leer todo lo del área (después de guardar algo desde una pestaña)."""

    def nueva_solicitud(self, persona_id: int | None = None) -> None:
        """El diálogo de una solicitud nueva (con la persona elegida) y, si se registró, la solicitud a la vista."""

    def ir_a_la_solicitud(self, solicitud_id: int) -> None:
        """La pestaña Solicitudes con esa solicitud elegida."""

    def mostrar_politica(self) -> None:
        """La pestaña Política."""


class Pestana(QWidget):
    """Una pestaña del área: la oficina (la base y la asociación) es la del área."""

    def __init__(self, area: AreaDatosPersonales):
        super().__init__()
        self.area = area

    @property
    def oficina(self) -> Oficina:
        return self.area.oficina

    @property
    def contexto(self) -> Contexto:
        return self.oficina.contexto

    def recargar(self) -> None:  # pragma: no cover - cada pestaña la define
        raise NotImplementedError


def varias_filas(tabla: QTableView) -> QTableView:
    """La tabla admite elegir varias filas (Mayúsculas o Control con el ratón y el teclado)."""
    tabla.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    return tabla


def filas_elegidas(tabla: QTableView) -> list:
    """Las filas (los dicts del modelo) elegidas en una tabla de `crear_tabla`, en el orden en que se ven."""
    return [tabla.model().fila(i.row()) for i in sorted(tabla.selectionModel().selectedRows(), key=lambda i: i.row())]


# --- las columnas que comparten las pestañas ---------------------------------------------------------------------

def _fecha(valor) -> str:
    return formato.fecha(valor) if valor else ""


def columnas_de_aparicion(con_persona: bool = True) -> list[Columna]:
    """Una fila con datos de una persona: su nombre, de qué clase es, dónde y cuándo, y de qué persona es."""
    columnas = [
        Columna(tr("Nombre"), lambda a: a["nombre"], ancho=170),
        Columna(tr("Aparece como"), lambda a: a["clase"], ancho=150),
        Columna(tr("Miembro"), lambda a: a["miembro"] or "", ancho=130),
        Columna(tr("Rol"), lambda a: a["rol"] or "", ancho=120),
        Columna(tr("Correo"), lambda a: a["correo"] or "", ancho=170),
        Columna(tr("Teléfono"), lambda a: a["telefono"] or "", ancho=100),
        Columna(tr("Dónde"), lambda a: a["donde"] or "", ancho=150),
        Columna(tr("Fecha"), lambda a: _fecha(a["fecha"]), orden=lambda a: a["fecha"] or "", ancho=85),
    ]
    if con_persona:
        columnas.append(Columna(tr("Persona"), lambda a: tr("N.º {0}").format(a["persona_id"])
                                if a["persona_id"] is not None else tr("de nadie todavía"),
                                orden=lambda a: a["persona_id"] or 0, ancho=110))
    return columnas


def derecho_visible(derecho: str) -> str:
    return tr(DERECHOS[derecho])


def estado_visible(solicitud: Solicitud) -> str:
    """«Abierta», «Respondida el 20/11/2026», «Denegada el …»."""
    estado = tr(ESTADOS_DE_SOLICITUD[solicitud["estado"]])
    if solicitud["respondida_el"]:
        return tr("{0} el {1}").format(estado, formato.fecha(solicitud["respondida_el"]))
    return estado


def vence_visible(solicitud: Solicitud) -> str:
    """El vencimiento; una abierta que ya venció lo dice con la palabra, además del color (`color_si_vencida`)."""
    fecha = formato.fecha(solicitud["vence_el"])
    return tr("{0} — vencida").format(fecha) if plazo_vencido(solicitud) else fecha


def color_si_vencida(solicitud: Solicitud) -> str | None:
    return ROJO if plazo_vencido(solicitud) else None


def columnas_de_solicitud(con_persona: bool = True) -> list[Columna]:
    columnas = [Columna(tr("N.º"), lambda s: str(s["id"]), orden=lambda s: s["id"], derecha=True, ancho=50)]
    if con_persona:
        columnas.append(Columna(tr("Persona"), lambda s: s["persona"], ancho=160))
    columnas += [
        Columna(tr("Derecho"), lambda s: derecho_visible(s["derecho"]), ancho=165),
        Columna(tr("Recibida"), lambda s: formato.fecha(s["recibida_el"]), orden=lambda s: s["recibida_el"], ancho=90),
        Columna(tr("Vence"), vence_visible, orden=lambda s: s["vence_el"], color=color_si_vencida, ancho=175),
        Columna(tr("Estado"), estado_visible, orden=lambda s: (s["estado"], s["respondida_el"] or ""), ancho=160,
                ayuda=estado_visible),
    ]
    return columnas
