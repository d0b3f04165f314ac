"""La convocatoria de una sesión: convocarla, la anticipación que pide el órgano y a quién va.
"""

from dataclasses import dataclass
from datetime import date
from typing import TypedDict

from ...datos import sesiones as tabla_sesiones
from ...datos.conexion import transaccion
from ...dominio.enlace_de_reunion import leer_enlace_de_reunion
from ...dominio.sesiones import TIPOS_SESION
from ...dominio.traduccion import traducir
from ...dominio.vida_de_los_organos import no_existia_el
from ...errores import ErrorValidacion, ProblemaDeCampo
from ..base import hoy as fecha_de_hoy
from ..campos import LARGO_CORTO, Revision
from ..contexto import Contexto
from ..mandatos import organo_de_la_asociacion
from . import es_hora, sesion_de_la_asociacion
from .asistencia import composicion_de_la_sesion


class Destinatario(TypedDict):
    """A quién va una convocatoria."""

    miembro: str | None
    pais: str | None
    persona: str | None


@dataclass
class NuevaSesion:
    fecha: date
    tipo: str = "ordinaria"
    hora: str | None = None
    lugar: str | None = None
    enlace: str | None = None
    convocada_el: date | None = None
    numero: int | None = None  # para cargar sesiones históricas con su número («XXXI Cumbre»); si no, el siguiente


def convocar(contexto: Contexto, organo_id: int, nueva: NuevaSesion) -> int:
    db = contexto.db
    organo_de_la_asociacion(contexto, organo_id)
    problemas = []
    revision = Revision(problemas)
    # Una sesión se carga histórica (desde 1900) o se convoca con hasta diez años de anticipación.
    revision.fecha(traducir("Fecha"), nueva.fecha, futura=True)
    revision.fecha(traducir("Convocada el"), nueva.convocada_el, futura=True)
    lugar = revision.texto(traducir("Lugar"), nueva.lugar, maximo=LARGO_CORTO, obligatorio=False)
    try:   # solo una dirección web: va en la convocatoria y en el correo, donde se abre con un clic
        enlace = leer_enlace_de_reunion(nueva.enlace)
    except ValueError as error:
        enlace = None
        problemas.append(ProblemaDeCampo("enlace", traducir("Enlace: {0}.").format(str(error).rstrip(".")), str(error)))
    hora = revision.texto(traducir("Hora"), nueva.hora, maximo=5, obligatorio=False)
    if nueva.numero is not None and not (isinstance(nueva.numero, int) and 1 <= nueva.numero <= 100_000):
        problemas.append(traducir("Número: «{0}» no es un número de sesión posible; escriba de 1 a 100.000 (o déjelo "
                                  "vacío para el siguiente).").format(nueva.numero))
    if nueva.tipo not in TIPOS_SESION:
        problemas.append(traducir("Tipo de sesión «{0}» desconocido; use ordinaria o extraordinaria.").format(
            nueva.tipo))
    if hora and not es_hora(hora):
        problemas.append(traducir("La hora «{0}» debe escribirse HH:MM (por ejemplo 10:00).").format(hora))
    if not (lugar or enlace) and not (nueva.lugar or nueva.enlace):
        problemas.append(traducir("Indique el lugar o el enlace de la reunión virtual."))
    if nueva.convocada_el and nueva.convocada_el > nueva.fecha:
        problemas.append(traducir("La convocatoria no puede tener fecha posterior a la sesión."))
    if problemas:
        raise ErrorValidacion(traducir("No se convocó la sesión:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                              problemas)
    with transaccion(db):   # el órgano se lee con la base tomada: otra ventana pudo disolverlo recién
        no_existia = no_existia_el(organo_de_la_asociacion(contexto, organo_id), nueva.fecha)
        if no_existia:
            raise ErrorValidacion(traducir("No se convocó la sesión: {0}").format(no_existia),
                                  [ProblemaDeCampo("fecha", no_existia)])
        return tabla_sesiones.insertar_sesion(db, organo_id, nueva.numero or tabla_sesiones.proximo_numero(db, organo_id), nueva.tipo,
                                     nueva.fecha.isoformat(), hora, lugar, enlace,
                                     (nueva.convocada_el or fecha_de_hoy()).isoformat())



def anticipacion(fecha: date, convocada_el: date, pedido: int | None, articulo: str | None) -> tuple[int, str | None]:
    """Los días de anticipación de una convocatoria y, si no alcanzan los que pide el órgano, la advertencia
    («Convocada con 10 días de anticipación; el Estatuto, art. 18 pide 15.»). La usan el diálogo de convocar
    (antes de convocar) y `aviso_de_anticipacion` (la sesión ya convocada): la misma regla en los dos lados."""
    dias = (fecha - convocada_el).days
    if not pedido or dias >= pedido:
        return dias, None
    if articulo:
        return dias, traducir("Convocada con {0} de anticipación; el {1} pide {2}.").format(
            _dias(dias), articulo, _dias(pedido))
    return dias, traducir("Convocada con {0} de anticipación; la regla del órgano pide {1}.").format(
        _dias(dias), _dias(pedido))


def aviso_de_anticipacion(contexto: Contexto, sesion_id: int) -> str | None:
    """«Convocada con 10 días; el Estatuto, art. 18 pide 15.» si la convocatoria llegó tarde."""
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    return anticipacion(date.fromisoformat(sesion["fecha"]), date.fromisoformat(sesion["convocada_el"]),
                        sesion["anticipacion_dias"], sesion["articulo_convocatoria"])[1]


def _dias(cantidad: int) -> str:
    return traducir("1 día") if cantidad == 1 else traducir("{0} días").format(cantidad)


def destinatarios(contexto: Contexto, sesion_id: int) -> list[Destinatario]:
    """A quién se envía la convocatoria: la composición del órgano en la fecha de la sesión."""
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    comp = composicion_de_la_sesion(contexto, sesion)
    return [{"miembro": a.miembro, "pais": a.pais, "persona": a.persona} for a in comp.asientos]
