"""Próximos pasos: lo que le toca hacer a la secretaría, con su fecha, lo atrasado primero. Lo muestran el panel de
Inicio y `escritorio agenda`, los dos con `agenda()`.

La agenda junta lo que dicen sus **fuentes**: cada una es una función chica `(contexto, hoy, dias) -> list[Paso]`
que lee lo suyo y devuelve sus pasos (`dominio.agenda.Paso`, con el texto en el idioma en curso y una
`dominio.agenda.Accion`). `agenda()` las llama a todas con el mismo `hoy` (`servicios.base.hoy`, que las pruebas
fijan), deja afuera lo que cae más allá del horizonte, pone a cada paso su urgencia y los ordena. Para sumar una
fuente (los convenios por vencer, por ejemplo):

1. una función `pasos_de_… (contexto, hoy, dias) -> list[Paso]` en su módulo (las consultas, en `datos/`);
2. su nombre y la función en `FUENTES`;
3. si necesita una acción nueva: su nombre en `dominio.agenda.ACCIONES`, su lugar en la ventana
   (`interfaz/agenda.py`, `LUGARES`) y su orden en la línea de órdenes (`cli/agenda.py`, `ORDENES`); la clase del
   paso, en `dominio.agenda.CLASES` si es otra.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from ..datos.lectura_aparte import abrir_para_leer
from ..dominio import agenda as reglas
from ..dominio.agenda import Paso
from ..dominio.primeros_pasos import PrimerosPasos
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .agenda_convenios import pasos_de_convenios
from .agenda_datos_personales import pasos_de_datos_personales
from .agenda_cuotas import pasos_de_la_emision, pasos_de_los_cobros, pasos_del_correo
from .agenda_organos import pasos_de_actas, pasos_de_elecciones, pasos_de_mandatos, pasos_de_sesiones
from .base import hoy as fecha_de_hoy
from .primeros_pasos import primeros_pasos
from .contexto import Contexto

Fuente = Callable[[Contexto, date, int], list[Paso]]

# Las fuentes de la agenda, en el orden en que se listan los pasos de un mismo día.
FUENTES: dict[str, Fuente] = {
    "sesiones": pasos_de_sesiones,
    "actas": pasos_de_actas,
    "mandatos": pasos_de_mandatos,
    "elecciones": pasos_de_elecciones,
    "emision": pasos_de_la_emision,
    "cobros": pasos_de_los_cobros,
    "correo": pasos_del_correo,
    "convenios": pasos_de_convenios,
    "datos_personales": pasos_de_datos_personales,
}


@dataclass
class Agenda:
    """Los pasos de `hoy` a `dias` días (lo atrasado y lo que no tiene plazo, siempre), ya ordenados."""

    hoy: date
    dias: int
    pasos: list[Paso] = field(default_factory=list)
    # Los primeros pasos de una asociación nueva (dominio/primeros_pasos.py); se muestran si `primeros.ver`.
    primeros: PrimerosPasos | None = None

    @property
    def hasta(self) -> date:
        return reglas.hasta(self.hoy, self.dias)

    def contar(self, urgencia: str) -> int:
        return sum(1 for p in self.pasos if p.urgencia == urgencia)


def dias_del_horizonte(dias: object) -> int:
    """Los días que mira la agenda: un entero de 0 a `HORIZONTE_MAXIMO` (None: el de siempre, `HORIZONTE`)."""
    if dias is None:
        return reglas.HORIZONTE
    if isinstance(dias, bool) or not isinstance(dias, int) or not 0 <= dias <= reglas.HORIZONTE_MAXIMO:
        raise ErrorEscritorio(traducir("Días: «{0}» no es posible; escriba de 0 a {1} (90 mira un trimestre).").format(
            dias, reglas.HORIZONTE_MAXIMO))
    return dias


def agenda(contexto: Contexto, dias: int | None = None, al: date | None = None) -> Agenda:
    """Los próximos pasos de la asociación vistos el día `al` (hoy) con un horizonte de `dias` días."""
    dias = dias_del_horizonte(dias)
    hoy = al or fecha_de_hoy()
    pasos = [paso for fuente in FUENTES.values() for paso in fuente(contexto, hoy, dias)
             if reglas.en_el_horizonte(paso.fecha, hoy, dias)]
    return Agenda(hoy, dias, reglas.ordenar(pasos, hoy), primeros_pasos(contexto))


def agenda_aparte(contexto: Contexto, dias: int | None = None, al: date | None = None) -> Agenda | None:
    """La misma agenda, leída por una conexión propia de solo lectura al archivo de la base: se puede pedir desde
    otro hilo sin tocar la conexión de `contexto`, que puede estar guardando (la ventana la pide así para no
    demorar Inicio con miles de miembros). None si la base no es un archivo (el servidor, una base en memoria):
    entonces se pide `agenda()` en el hilo de la conexión."""
    lectora = abrir_para_leer(contexto.db)
    if lectora is None:
        return None
    try:
        return agenda(Contexto(lectora, contexto.asociacion_id), dias, al)
    finally:
        lectora.close()
