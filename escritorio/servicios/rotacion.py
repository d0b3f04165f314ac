"""Rotación de la Secretaría Ejecutiva: orden de sucesión, traspaso con vista previa y calendario de períodos.

El traspaso termina el mandato saliente el día anterior, abre el del entrante y rehace la Comisión
Directiva (la troika: anterior, actual y siguiente), todo en una transacción.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import miembros as tabla_miembros
from ..datos import organos as tabla_organos
from ..datos.conexion import transaccion
from ..dominio.organos import CARGO_DE_LA_TROIKA, CARGOS_QUE_EJERCEN, FORMA_POR_OMISION, nombre_del_cargo
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio.vida_de_los_organos import no_existia_el
from ..dominio import formato
from ..errores import ErrorEscritorio
from . import campos
from .base import hoy as fecha_de_hoy
from .contexto import Contexto
from .elegibles import no_puede, sin_persona
from .organos import FilaOrgano, secretaria_ejecutiva, troika_al
from .periodos import Anticipo, anticipo, fin_segun_periodo


class TurnoDeRotacion(TypedDict):
    """Un turno de la Secretaría Ejecutiva: quién y cuándo."""

    miembro_id: int
    miembro: str
    desde: str | None
    hasta: str | None
    previsto: bool


def _nombres(db: BaseDeDatos, ids) -> dict[int, str]:
    ids = [i for i in ids if i is not None]
    if not ids:
        return {}
    return tabla_miembros.nombres(db, ids)


def fijar_orden_de_sucesion(contexto: Contexto, miembros: list[int]) -> None:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    se = _se(db, asociacion_id)
    if len(set(miembros)) != len(miembros):
        raise ErrorEscritorio(traducir("Un miembro figura dos veces en el orden de sucesión."))
    with transaccion(db):   # leído con la base tomada: otra ventana pudo eliminar un miembro recién
        ajenos = [str(m) for m in miembros if not tabla_miembros.es_de_la_asociacion(db, asociacion_id, m)]
        if ajenos:
            raise ErrorEscritorio(segun_la_puerta(
                ventana=traducir("No se fijó el orden de sucesión: {0} no es de esta asociación (otra ventana pudo "
                                 "eliminarlo: vuelva a abrir «Orden de sucesión…»)."),
                linea=traducir("No se fijó el orden de sucesión: {0} no es de esta asociación (use los ids de "
                               "«escritorio miembros listar»).")).format(", ".join(ajenos)))
        tabla_organos.fijar_orden(db, se["id"], miembros)


def orden_de_sucesion(contexto: Contexto) -> list[TurnoDeRotacion]:
    """El orden de sucesión de la Secretaría Ejecutiva (sin fechas: `previsto` marca a quien aún no la ejerció)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    se = _se(db, asociacion_id)
    orden = tabla_organos.orden_sucesion(db, se["id"])
    nombres = _nombres(db, orden)
    ejercieron = {m["miembro_id"] for m in tabla_organos.mandatos(db, se["id"])}
    return [TurnoDeRotacion(miembro_id=m, miembro=nombres.get(m, "—"), desde=None, hasta=None,
                            previsto=m not in ejercieron) for m in orden]


def _se(db: BaseDeDatos, asociacion_id: int) -> dict:
    se = secretaria_ejecutiva(Contexto(db, asociacion_id))
    if se is None:
        raise ErrorEscritorio(traducir("La asociación no tiene un órgano de tipo Secretaría Ejecutiva."))
    return se


def _comision_directiva(db: BaseDeDatos, asociacion_id: int) -> dict | None:
    return next((o for o in tabla_organos.organos(db, asociacion_id)
                 if o["tipo"] == "comision_directiva" and any(r["tipo"] == "troika" for r in tabla_organos.reglas(db, o["id"]))), None)


def comision_directiva(contexto: Contexto) -> "FilaOrgano | None":
    """La Comisión Directiva que rehace el traspaso (la de regla troika), si la hay."""
    return _comision_directiva(contexto.db, contexto.asociacion_id)


@dataclass
class Traspaso:
    fecha: date
    saliente: int | None
    entrante: int
    troika: tuple[int | None, int | None, int | None]
    nombres: dict[int, str] = field(default_factory=dict)
    # Si el saliente no cumplió el período del órgano (servicios.periodos): el traspaso pide un motivo.
    anticipo: Anticipo | None = None
    # El mandato del entrante, campo por campo: el cargo, la persona que lo ejerce, su último día (None: al cumplir el
    # período del órgano) y el voto. Un traspaso a mano abre el del cargo de la troika sin persona; el de una elección
    # (servicios.elecciones), lo que la elección confirma.
    cargo: str = CARGO_DE_LA_TROIKA
    persona: str | None = None
    hasta: date | None = None
    con_voto: bool = True
    forma: str = FORMA_POR_OMISION   # cómo se nombra a quien ejerce el cargo (la de la candidatura electa)
    # Los nombres de los órganos que el traspaso cambia: la Secretaría Ejecutiva y la Comisión Directiva de la troika
    # (None si la asociación no la tiene: entonces el traspaso no la nombra ni la toca).
    secretaria: str = ""
    comision_directiva: str | None = None

    def descripcion(self) -> list[str]:
        nombre = lambda i: self.nombres.get(i, "—") if i else "—"  # noqa: E731
        entrante = nombre(self.entrante)
        if self.persona:
            entrante = f"{entrante} ({self.persona})"
        if self.cargo != CARGO_DE_LA_TROIKA:
            entrante = f"{entrante}, {nombre_del_cargo(self.cargo, self.forma)}"
        lineas = [traducir("{0}: {1} → {2} desde el {3}").format(
            self.secretaria or traducir("Secretaría Ejecutiva"), nombre(self.saliente), entrante,
            formato.fecha(self.fecha))]
        if self.comision_directiva is not None:
            lineas.append(traducir("{0}: {1} (anterior), {2} (actual), {3} (siguiente)").format(
                self.comision_directiva, nombre(self.troika[0]), nombre(self.troika[1]), nombre(self.troika[2])))
        if self.anticipo is not None:
            lineas.append(self.anticipo.texto())
        return lineas


class TraspasoAnticipado(ErrorEscritorio):
    """El saliente no cumplió su período y el traspaso no dice por qué: no se registra."""


def _cargo_del_saliente(db: BaseDeDatos, se: dict, fecha: date) -> str:
    """El cargo con que el saliente ejerce la Secretaría Ejecutiva la víspera (el de la troika si nadie la ejerce)."""
    ayer = (fecha - timedelta(days=1)).isoformat()
    vigentes = [m for m in tabla_organos.mandatos(db, se["id"], ayer)
                if m["miembro_id"] and m["cargo"] in CARGOS_QUE_EJERCEN]
    return max(vigentes, key=lambda m: (m["desde"], m["id"]))["cargo"] if vigentes else CARGO_DE_LA_TROIKA


def _anticipo(db: BaseDeDatos, se: dict, fecha: date) -> Anticipo | None:
    """Si el mandato titular que sigue vigente la víspera no cumplió el período de la Secretaría Ejecutiva."""
    ayer = (fecha - timedelta(days=1)).isoformat()
    vigentes = [m for m in tabla_organos.mandatos(db, se["id"], ayer)
                if m["miembro_id"] and m["cargo"] in CARGOS_QUE_EJERCEN]
    return anticipo(se, vigentes[-1], fecha) if vigentes else None


# Por qué no se puede registrar un traspaso (`Impedimento.que`): cada quien que pregunta decide qué hacer en su
# lugar (la agenda propone designar a quien sigue si no hay a quién traspasar; si ya hay un traspaso, no propone nada).
FECHA_IMPOSIBLE, SIN_SECRETARIA, YA_REGISTRADO, SIN_SUCESOR, YA_EJERCE, AJENO, FUERA_DE_SU_VIDA, NO_ELEGIBLE = (
    "fecha_imposible", "sin_secretaria", "ya_registrado", "sin_sucesor", "ya_ejerce", "ajeno", "fuera_de_su_vida",
    "no_elegible")


@dataclass(frozen=True)
class Impedimento:
    """Por qué un traspaso no se puede registrar: `que` (una de las constantes de arriba) y el error que lo dice,
    el mismo que lanza `preparar_traspaso`. `saliente`: quien ejerce la víspera (None si nadie)."""

    que: str
    error: ErrorEscritorio
    saliente: int | None = None

    @property
    def mensaje(self) -> str:
        return self.error.mensaje


def impedimento_del_traspaso(contexto: Contexto, fecha: date, entrante: int | None = None) -> Impedimento | None:
    """La regla de `preparar_traspaso`: None si el traspaso de la Secretaría Ejecutiva el día `fecha` (a `entrante`
    o, sin él, a la siguiente del orden de sucesión) se puede registrar; si no, por qué. La usan el traspaso y la
    agenda (servicios/agenda_organos.py), que así solo propone un traspaso que se puede hacer."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    try:
        campos.fecha(traducir("Fecha del traspaso"), fecha, futura=True)
    except ErrorEscritorio as error:
        return Impedimento(FECHA_IMPOSIBLE, error)
    se = secretaria_ejecutiva(contexto)
    if se is None:
        return Impedimento(SIN_SECRETARIA, ErrorEscritorio(traducir(
            "La asociación no tiene un órgano de tipo Secretaría Ejecutiva.")))
    _, saliente, siguiente = troika_al(contexto, fecha - timedelta(days=1))
    if (no_existia := no_existia_el(se, fecha)) is not None:
        # La Secretaría Ejecutiva disuelta (o creada después): nadie entra ese día (dominio.vida_de_los_organos).
        return Impedimento(FUERA_DE_SU_VIDA, ErrorEscritorio(no_existia), saliente)
    posteriores = [m for m in tabla_organos.mandatos(db, se["id"]) if m["desde"] >= fecha.isoformat()]
    if posteriores:
        return Impedimento(YA_REGISTRADO, ErrorEscritorio(traducir(
            "Ya hay un traspaso registrado desde el {0} ({1}): no se puede registrar otro en esa fecha o antes.").format(
            formato.fecha(posteriores[0]["desde"]), posteriores[0]["miembro"])), saliente)
    entrante = entrante or siguiente
    if entrante is None:
        return Impedimento(SIN_SUCESOR, ErrorEscritorio(traducir(
            "No hay a quién traspasar: defina el orden de sucesión de la Secretaría Ejecutiva.")), saliente)
    if entrante == saliente:
        return Impedimento(YA_EJERCE, ErrorEscritorio(traducir(
            "La ciudad entrante ya ejerce la Secretaría Ejecutiva.")), saliente)
    if not tabla_miembros.es_de_la_asociacion(db, asociacion_id, entrante):
        return Impedimento(AJENO, ErrorEscritorio(segun_la_puerta(
            ventana=traducir("El miembro {0} no pertenece a esta asociación: elija otra en «Ciudad entrante:»."),
            linea=traducir("El miembro {0} no pertenece a esta asociación: elija la ciudad entrante por su id "
                           "(«escritorio miembros listar»).")).format(entrante)), saliente)
    # La misma regla que una designación, antes de escribir nada: un observador, una solicitante o un miembro de baja
    # no recibe la Secretaría Ejecutiva (issue 80, §3).
    if (por_que := no_puede(db, se, entrante, fecha.isoformat(), CARGO_DE_LA_TROIKA,
                            traducir("recibir el traspaso"))) is not None:
        return Impedimento(NO_ELEGIBLE, ErrorEscritorio(por_que), saliente)
    return None


def preparar_traspaso(contexto: Contexto, fecha: date, entrante: int | None = None, *, cargo: str | None = None,
                      persona: str | None = None, hasta: date | None = None, con_voto: bool = True,
                      forma: str = FORMA_POR_OMISION) -> Traspaso:
    """Vista previa: quién sale, quién entra (el siguiente en el orden, salvo que se indique) y la nueva troika. El
    mandato del entrante lleva `cargo`, `persona` (quien lo ejerce: la autoridad de la ciudad), `hasta` y `con_voto`
    (los de una elección; a mano, los de siempre). Sin cargo, el del saliente: el traspaso pasa el puesto, no lo
    cambia («Presidente» sigue siendo «Presidente»). Si no se puede, el error de `impedimento_del_traspaso`."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    impedimento = impedimento_del_traspaso(contexto, fecha, entrante)
    if impedimento is not None:
        raise impedimento.error
    se = _se(db, asociacion_id)
    cargo = cargo or _cargo_del_saliente(db, se, fecha)
    persona = campos.texto_opcional(traducir("Persona"), persona, maximo=campos.LARGO_NOMBRE)
    if (sin_nombre := sin_persona(db, se, cargo, persona, traducir("recibir el traspaso"))) is not None:
        raise ErrorEscritorio(sin_nombre)
    orden = tabla_organos.orden_sucesion(db, se["id"])
    _, saliente, siguiente = troika_al(contexto, fecha - timedelta(days=1))
    entrante = entrante or siguiente
    posterior = orden[orden.index(entrante) + 1] if entrante in orden and orden.index(entrante) + 1 < len(orden) else None
    troika = (saliente, entrante, posterior)
    cd = _comision_directiva(db, asociacion_id)
    return Traspaso(fecha, saliente, entrante, troika, _nombres(db, [saliente, entrante, posterior]),
                    _anticipo(db, se, fecha), cargo=cargo, persona=persona, hasta=hasta, con_voto=con_voto,
                    forma=forma, secretaria=se["nombre"], comision_directiva=cd["nombre"] if cd is not None else None)


def exigir_motivo(anticipo: Anticipo | None, motivo: str | None) -> None:
    """Un traspaso antes de que el saliente cumpla su período pide el motivo: sin él, TraspasoAnticipado diciendo
    cuánto faltaba (lo exigen `traspasar` y la simulación de «organos traspaso»)."""
    if anticipo is not None and not motivo:
        raise TraspasoAnticipado(traducir("No se registró el traspaso. {0}").format(anticipo.texto()))


def traspasar(contexto: Contexto, traspaso: Traspaso, motivo: str | None = None) -> None:
    """Registra el traspaso de la vista previa. Si el saliente no cumplió el período de la Secretaría Ejecutiva
    (Estatuto: un año en la demo), pide `motivo` (queda en la corrección de su mandato); sin él lanza
    TraspasoAnticipado diciendo cuánto faltaba. Los mandatos nuevos terminan al cumplir el período, si lo hay."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    motivo = campos.texto_opcional(traducir("Motivo"), motivo, maximo=campos.LARGO_CORTO)
    ayer = (traspaso.fecha - timedelta(days=1)).isoformat()
    with transaccion(db):  # el período del saliente y quién puede entrar se miran con la base tomada
        if (impedimento := impedimento_del_traspaso(contexto, traspaso.fecha, traspaso.entrante)) is not None:
            raise impedimento.error
        se = _se(db, asociacion_id)
        cd = _comision_directiva(db, asociacion_id)
        corto = _anticipo(db, se, traspaso.fecha)
        exigir_motivo(corto, motivo)
        razon = "Traspaso de la Secretaría Ejecutiva"  # queda en el registro, en castellano como los demás motivos
        if corto is not None:
            razon = f"{razon} antes del fin del período: {motivo}"[:campos.LARGO_CORTO]
        for organo in filter(None, (se, cd)):
            for m in tabla_organos.mandatos(db, organo["id"], ayer):
                tabla_organos.corregir(db, m["id"], "hasta", m["hasta"], ayer, razon)
        hasta = traspaso.hasta or fin_segun_periodo(se, traspaso.fecha)
        tabla_organos.insertar_mandato(db, se["id"], traspaso.entrante, traspaso.persona, traspaso.cargo,
                                       int(traspaso.con_voto), traspaso.fecha.isoformat(),
                                       hasta.isoformat() if hasta else None, None, traspaso.forma)
        if cd is not None:
            hasta_cd = fin_segun_periodo(cd, traspaso.fecha)
            for miembro in filter(None, traspaso.troika):
                tabla_organos.insertar_mandato(db, cd["id"], miembro, None, CARGO_DE_LA_TROIKA, 1,
                                               traspaso.fecha.isoformat(), hasta_cd.isoformat() if hasta_cd else None,
                                               None)


def calendario(contexto: Contexto) -> list[TurnoDeRotacion]:
    """Los períodos de la Secretaría Ejecutiva (ciudad, desde, hasta) y los próximos según el orden."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    se = _se(db, asociacion_id)
    periodos = [{"miembro_id": m["miembro_id"], "miembro": m["miembro"], "desde": m["desde"], "hasta": m["hasta"],
                 "previsto": False}
                for m in sorted(tabla_organos.mandatos(db, se["id"]), key=lambda m: m["desde"]) if m["miembro_id"]]
    _, actual, _ = troika_al(contexto, fecha_de_hoy())
    orden = tabla_organos.orden_sucesion(db, se["id"])
    if actual in orden:
        nombres = _nombres(db, orden)
        for miembro in orden[orden.index(actual) + 1:]:
            periodos.append({"miembro_id": miembro, "miembro": nombres.get(miembro), "desde": None, "hasta": None,
                             "previsto": True})
    return periodos
