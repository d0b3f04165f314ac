"""Quién es observador en una fecha, y la calidad propia de un miembro (issue 80, §1).

Un miembro es observador el día en que su propia calidad vigente (calidades_miembro) lo dice, o si no tiene ninguna
registrada hasta ese día y su país es observador ese día (la categoría del país, `asociacion pais`). La propia manda
sobre la del país: una ciudad admitida como observadora lo es aunque su país sea pleno, y una ciudad declarada plena
lo es aunque su país sea observador. En los órganos que se derivan del padrón (la Asamblea) un observador se sienta
sin voto (servicios.organos), asiste sin contar para el quórum (servicios.sesiones.asistencia) y no ocupa un cargo
con voto (servicios.elegibles).
"""

from dataclasses import dataclass, field
from datetime import date
from typing import TypedDict

from ..datos import asociaciones as tabla_asociaciones
from ..datos import miembros as tabla_miembros
from ..datos import observadores as tabla_observadores
from ..datos.base_de_datos import BaseDeDatos
from ..datos.conexion import transaccion
from ..dominio import formato
from ..dominio.miembros import CALIDADES_MIEMBRO
from ..dominio.organos import CARGOS_SIN_VOTO
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .base import hoy
from .campos import LARGO_CORTO, Revision
from .contexto import Contexto


def exigir_miembro_de_la_asociacion(contexto: Contexto, miembro_id: int) -> None:
    """Como servicios.miembros (que importa, por los mandatos, a quien pregunta aquí si alguien es observador)."""
    fila = tabla_miembros.ficha_corta(contexto.db, miembro_id)
    if fila is None or fila["asociacion_id"] != contexto.asociacion_id:
        raise ErrorEscritorio(traducir("No existe el miembro con id {0} en esta asociación. Consulte los ids con "
                                       "«miembros listar».").format(miembro_id))


def observadores_al(contexto: Contexto, al: date) -> set[int]:
    """Los ids de los miembros de la asociación que son observadores el día `al`."""
    db, asociacion_id, dia = contexto.db, contexto.asociacion_id, al.isoformat()
    propias = tabla_observadores.calidades_al(db, asociacion_id, dia)
    paises = sorted(p for p, c in tabla_asociaciones.categorias_al(db, asociacion_id, dia).items() if c == "observador")
    por_el_pais = tabla_observadores.miembros_de_los_paises(db, asociacion_id, paises)
    return ({m for m in por_el_pais if propias.get(m, "observador") == "observador"}
            | {m for m, calidad in propias.items() if calidad == "observador"})


def es_observador(contexto: Contexto, miembro_id: int, al: date) -> bool:
    return miembro_id in observadores_al(contexto, al)


@dataclass
class CambioDeCalidad:
    miembro_id: int
    miembro: str
    calidad: str
    desde: date
    motivo: str
    avisos: list[str] = field(default_factory=list)

    def resumen(self) -> str:
        return _desde_cuando(self.miembro, self.calidad, self.desde, self.motivo)


def _desde_cuando(miembro: str, calidad: str, desde: date, motivo: str) -> str:
    """«Chimbas: observador desde el 01/01/2026 (Resolución 3/2026).», en el idioma en curso."""
    return traducir("{0}: {1} desde el {2} ({3}).").format(
        miembro, traducir(CALIDADES_MIEMBRO[calidad]).lower(), formato.fecha(desde), motivo)


def fijar_calidad(contexto: Contexto, miembro_id: int, calidad: str, desde: date | None, motivo: object) -> CambioDeCalidad:
    """Registra que el miembro es observador (o pleno) desde una fecha, con el motivo (la resolución que lo admite
    como observador, el artículo), en una transacción. Lo anterior a esa fecha se sigue juzgando con lo de entonces.
    Los mandatos con voto que el miembro tenga ese día en órganos designados no cambian: se avisan, para terminarlos
    o designarlo de nuevo como observador."""
    db = contexto.db
    revision = Revision()
    if calidad not in CALIDADES_MIEMBRO:
        revision.problemas.append(traducir("Calidad «{0}» desconocida; use observador o pleno.").format(calidad))
    dia = revision.fecha(traducir("Desde"), desde, historica=True, futura=True)
    if desde is None:
        revision.problemas.append(traducir("Desde: falta la fecha desde la que rige (AAAA-MM-DD)."))
    motivo = revision.texto(traducir("Motivo"), motivo, maximo=LARGO_CORTO, obligatorio=True)
    with transaccion(db):
        exigir_miembro_de_la_asociacion(contexto, miembro_id)
        fila = tabla_miembros.ficha_corta(db, miembro_id)
        revision.lanzar(traducir("No se cambió la calidad de {0}:").format(fila["nombre"]))
        tabla_observadores.insertar(db, miembro_id, calidad, dia.isoformat(), motivo)
        avisos = _mandatos_con_voto(db, fila, dia) if calidad == "observador" else []
    return CambioDeCalidad(miembro_id, fila["nombre"], calidad, dia, motivo, avisos)


def _mandatos_con_voto(db: BaseDeDatos, miembro: dict, dia: date) -> list[str]:
    return [traducir("{0} sigue con su mandato con voto en {1} ({2}, id {3}): un observador no vota; termínelo o "
                     "desígnelo de nuevo como observador.").format(miembro["nombre"], m["organo"], m["cargo"], m["id"])
            for m in tabla_observadores.mandatos_vigentes_del_miembro(db, miembro["id"], dia.isoformat())
            if m["con_voto"] and m["cargo"] not in CARGOS_SIN_VOTO]


class CalidadRegistrada(TypedDict):
    id: int
    calidad: str
    desde: str
    motivo: str
    registrado_en: str


def historia_de_calidad(contexto: Contexto, miembro_id: int) -> list[CalidadRegistrada]:
    """Las calidades propias del miembro, de la más vieja a la más nueva (id, calidad, desde, motivo)."""
    exigir_miembro_de_la_asociacion(contexto, miembro_id)
    return tabla_observadores.historia(contexto.db, miembro_id)


@dataclass(frozen=True)
class CalidadVigente:
    """Lo que el miembro es en una fecha y por qué: su propia calidad (la última fila hasta ese día) o su país."""

    miembro: str
    calidad: str                    # observador o pleno
    por_su_pais: bool               # observador porque su país lo es (sin calidad propia que diga otra cosa)
    propia: dict | None = None      # la fila de calidades_miembro que rige, si la hay

    def texto(self) -> str:
        if self.propia is not None:
            return _desde_cuando(self.miembro, self.calidad, date.fromisoformat(self.propia["desde"]),
                                 self.propia["motivo"])
        if self.por_su_pais:
            return traducir("{0}: observador por la categoría de su país.").format(self.miembro)
        return traducir("{0}: miembro pleno.").format(self.miembro)


def calidad_hoy(contexto: Contexto, miembro_id: int, al: date | None = None) -> CalidadVigente:
    """Lo que el miembro es el día `al` (hoy, si no se indica) y por qué."""
    db, dia = contexto.db, (al or hoy())
    exigir_miembro_de_la_asociacion(contexto, miembro_id)
    nombre = tabla_miembros.ficha_corta(db, miembro_id)["nombre"]
    propias = [h for h in tabla_observadores.historia(db, miembro_id) if h["desde"] <= dia.isoformat()]
    if propias:
        return CalidadVigente(nombre, propias[-1]["calidad"], False, propias[-1])
    observador = es_observador(contexto, miembro_id, dia)
    return CalidadVigente(nombre, "observador" if observador else "pleno", observador)
