"""Períodos de los mandatos de cualquier órgano: cuánto dura un mandato (con su artículo), cuándo termina el de
quien se designa sin fecha de fin, si un traspaso llega antes de que el saliente cumpla su período, y qué mandatos
están por vencer.

La Secretaría Ejecutiva de la demo dura un año; el comité del Pacto de Milán, dos; una ciudad sede, uno. Sin período
(None) el estatuto no lo fija y nada se calcula ni se avisa por él.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypedDict

from ..datos import organos as tabla_organos
from ..datos.conexion import transaccion
from ..dominio.organos import cuanto_falta, fin_del_periodo, nombre_del_cargo
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion
from . import campos
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO
from .contexto import Contexto
from .mandatos import organo_de_la_asociacion

PERIODO_MAXIMO_MESES = 120


class Vencimiento(TypedDict):
    """Un mandato vigente que termina pronto (o cuyo período ya se cumplió sin que nadie lo traspasara)."""

    mandato_id: int
    organo_id: int
    organo: str
    miembro_id: int | None
    miembro: str | None
    persona: str | None
    cargo: str
    forma: str                 # cómo se nombra a quien lo ejerce (dominio.organos.FORMAS)
    desde: str
    vence: str                 # AAAA-MM-DD: su «hasta», o el fin de su período si no lo tiene
    por_periodo: bool          # True si `vence` sale del período del órgano (el mandato no tiene «hasta»)
    dias: int                  # días que faltan (negativo: ya venció el período)
    articulo: str | None       # el artículo del período del órgano
    texto: str                 # la frase para el aviso, en el idioma en curso


def fijar_periodo(contexto: Contexto, organo_id: int, meses: int | None, articulo: str | None = None) -> None:
    """La duración de un mandato en el órgano, en meses (1 a 120; None lo quita), citada a su artículo."""
    db = contexto.db
    problemas = []
    if meses is not None and (isinstance(meses, bool) or not isinstance(meses, int)
                              or not 1 <= meses <= PERIODO_MAXIMO_MESES):
        problemas.append(traducir("Período: «{0}» meses no es posible; escriba de 1 a {1} meses (12 = un año).").format(
            meses, PERIODO_MAXIMO_MESES))
    try:
        articulo = campos.texto_opcional(traducir("Artículo"), articulo, maximo=LARGO_CORTO)
    except ErrorEscritorio as error:
        problemas.append(error.mensaje)
    if problemas:
        raise ErrorValidacion(traducir("No se fijó el período:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                              problemas)
    with transaccion(db):
        organo_de_la_asociacion(contexto, organo_id)
        tabla_organos.fijar_periodo(db, organo_id, meses, articulo)


def fin_segun_periodo(organo: dict, desde: date) -> date | None:
    """El último día del mandato que empieza en `desde` según el período del órgano; None si no lo fija."""
    meses = organo.get("periodo_meses")
    return fin_del_periodo(desde, meses) if meses else None


@dataclass
class Anticipo:
    """Un traspaso (o un fin de mandato) antes de que el saliente cumpla su período."""

    organo: str
    saliente: str
    desde: date
    fin: date          # fin del período del saliente
    fecha: date        # fecha del traspaso
    articulo: str | None

    @property
    def falta(self) -> str:
        return cuanto_falta(self.fecha - timedelta(days=1), self.fin)

    def texto(self) -> str:
        cita = f" ({self.articulo})" if self.articulo else ""
        return traducir(
            "El mandato de {0} en {1} empezó el {2} y su período{3} termina el {4}: faltan {5}. Un traspaso el {6} "
            "lo termina antes; indique el motivo (renuncia, elección anticipada…).").format(
            self.saliente, self.organo, formato.fecha(self.desde), cita, formato.fecha(self.fin), self.falta,
            formato.fecha(self.fecha))


def anticipo(organo: dict, mandato: dict, fecha: date) -> Anticipo | None:
    """Si terminar `mandato` la víspera de `fecha` lo corta antes del fin de su período; None si lo cumplió o el
    órgano no fija período."""
    desde = date.fromisoformat(mandato["desde"])
    fin = fin_segun_periodo(organo, desde)
    if fin is None or fecha - timedelta(days=1) >= fin:
        return None
    return Anticipo(organo["nombre"], mandato.get("miembro") or mandato.get("persona") or "—", desde, fin, fecha,
                    organo.get("articulo_periodo"))


def vencimientos(contexto: Contexto, dias: int = 60, al: date | None = None) -> list[Vencimiento]:
    """Los mandatos vigentes en `al` (hoy) que terminan dentro de `dias` días, por su «hasta» o, si no lo tienen,
    por el período del órgano (los que ya lo cumplieron sin traspaso van primero), del más próximo al más lejano. Los
    que terminan porque su órgano se disuelve no están: no hay a quién renovar."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    if isinstance(dias, bool) or not isinstance(dias, int) or not 0 <= dias <= 3660:
        raise ErrorEscritorio(traducir("Días: «{0}» no es posible; escriba de 0 a 3660.").format(dias))
    al = al or fecha_de_hoy()
    limite = al + timedelta(days=dias)
    resultado: list[Vencimiento] = []
    for m in tabla_organos.mandatos_vigentes_de_la_asociacion(db, asociacion_id, al.isoformat()):
        por_periodo = m["hasta"] is None
        vence = (date.fromisoformat(m["hasta"]) if m["hasta"]
                 else fin_segun_periodo(m, date.fromisoformat(m["desde"])))
        if vence is None or vence > limite:
            continue
        if m["organo_disuelto_el"] and vence.isoformat() >= m["organo_disuelto_el"]:
            continue   # termina porque el órgano se disuelve: no hay a quién renovar
        quien = m["miembro"] or m["persona"] or "—"
        faltan = (vence - al).days
        cita = f" ({m['articulo_periodo']})" if por_periodo and m["articulo_periodo"] else ""
        if faltan < 0:
            texto = traducir("{0} ({1}, {2}): su período{3} terminó el {4} y sigue sin traspaso.").format(
                quien, m["organo"], nombre_del_cargo(m["cargo"], m["forma"]).lower(), cita, formato.fecha(vence))
        elif faltan == 0:
            texto = traducir("{0} ({1}, {2}): el mandato vence hoy, {3}{4}.").format(
                quien, m["organo"], nombre_del_cargo(m["cargo"], m["forma"]).lower(), formato.fecha(vence), cita)
        else:
            texto = traducir("{0} ({1}, {2}): el mandato vence el {3}{4}, en {5}.").format(
                quien, m["organo"], nombre_del_cargo(m["cargo"], m["forma"]).lower(), formato.fecha(vence), cita,
                (traducir("{0} día") if faltan == 1 else traducir("{0} días")).format(faltan))
        resultado.append(Vencimiento(
            mandato_id=m["id"], organo_id=m["organo_id"], organo=m["organo"], miembro_id=m["miembro_id"],
            miembro=m["miembro"], persona=m["persona"], cargo=m["cargo"], forma=m["forma"], desde=m["desde"],
            vence=vence.isoformat(),
            por_periodo=por_periodo, dias=faltan, articulo=m["articulo_periodo"], texto=texto))
    return sorted(resultado, key=lambda v: (v["vence"], v["organo_id"], v["mandato_id"]))
