"""El estatuto manda en las reglas de sesión (issue 59, punto 1).

Una regla de sesión que cita un artículo (su quórum, la mayoría de un tipo de decisión, el máximo de poderes, el
voto de los morosos, la anticipación de la convocatoria) es la regla de ese artículo:

- desde la configuración (Órganos › Reglas de sesión…, «escritorio organos reglas») solo se endurece, y con un
  motivo que queda guardado con la versión; rebajarla (o cambiar una parte para arriba y otra para abajo, o quitarle
  la cita) se rechaza y el mensaje dice el artículo y cómo cambiarla: una reforma de ese artículo
  («escritorio estatutos reformar … --regla …», servicios/reglas_de_la_reforma.py);
- una regla sin artículo se cambia libremente, y el programa avisa que no tiene base estatutaria.

Los cambios nunca rigen hacia atrás: `fecha_para_un_cambio` da la fecha en que empieza un cambio sin fecha, y
`sesiones_juzgadas` las sesiones ya celebradas que un cambio desde una fecha pasada alteraría (se rechaza).

El orden de «más exigente» de cada parámetro está en dominio/exigencia_de_reglas.py.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypedDict

from ..datos import normas as tabla_normas
from ..datos import sesiones as tabla_sesiones
from ..dominio import formato
from ..dominio.exigencia_de_reglas import (IGUAL, MAS_ESTRICTA, comparar_anticipacion, comparar_mayoria,
                                           comparar_morosos, comparar_poderes, comparar_quorum, rebaja)
from ..dominio.mayorias import TIPOS_DECISION
from ..dominio.normas import leer_cita, norma_de_la_cita
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from .base import hoy as fecha_de_hoy
from .contexto import Contexto

_DESDE_SIEMPRE = "1900-01-01"


class SesionJuzgada(TypedDict):
    """Una sesión ya celebrada con las reglas que regían ese día."""

    id: int
    numero: int
    fecha: str


@dataclass(frozen=True)
class CambioDeRegla:
    """Un parámetro de las reglas de sesión que cambia: qué es, el artículo que lo fijaba y cómo cambia."""

    que: str                    # «la mayoría de la reforma del estatuto»
    articulo: str | None        # el artículo que cita la regla que regía (None: sin base estatutaria)
    antes: str
    despues: str
    comparacion: str            # dominio.exigencia_de_reglas: igual, mas_estricta, menos_estricta, no_comparable
    articulo_nuevo: str | None  # el que cita la regla nueva
    clave: str                  # «mayoria.reforma_estatuto», «poderes»…: la de «--regla» en una reforma

    @property
    def quita_la_cita(self) -> bool:
        return bool(self.articulo) and not (self.articulo_nuevo or "").strip()


def _poderes(n: int | None) -> str:
    if n is None:
        return traducir("sin máximo de poderes")
    if n == 0:
        return traducir("sin poderes")
    return traducir("hasta {0} poderes por miembro").format(n) if n != 1 else traducir("hasta 1 poder por miembro")


def _morosos(suspende: bool) -> str:
    return traducir("los morosos no votan") if suspende else traducir("los morosos votan")


def _anticipacion(dias: int | None) -> str:
    return traducir("{0} días de anticipación").format(dias) if dias else traducir("sin anticipación exigida")


def _nombre(tipo: str) -> str:
    return "«" + (traducir(TIPOS_DECISION[tipo]) if tipo in TIPOS_DECISION else tipo) + "»"


def cambios_de_reglas(vieja, nueva, articulo_morosos: str | None = None) -> list[CambioDeRegla]:
    """Lo que cambia de `vieja` a `nueva` (dos servicios.sesiones.reglas.ReglasDeSesion), parámetro por parámetro, con el
    artículo que fijaba cada uno en `vieja`. `articulo_morosos`: el de la suspensión del voto de la asociación."""
    cambios: list[CambioDeRegla] = []

    def agregar(que, clave, articulo, antes, despues, comparacion, articulo_nuevo):
        if comparacion != IGUAL or (articulo or None) != (articulo_nuevo or None):
            cambios.append(CambioDeRegla(que, articulo or None, antes, despues, comparacion, articulo_nuevo or None,
                                         clave))

    def quorum(q) -> str:
        return replace(q, articulo=None).describir_regla()

    def heredado(propia_vieja, nueva_regla, efectiva_vieja) -> str | None:
        # Un tipo que seguía la regla ordinaria y recibe una propia sin cita sigue atado al artículo de la ordinaria:
        # no es quitar una cita (se compara con ella y pide motivo si la endurece).
        if propia_vieja is None and nueva_regla is not None and not nueva_regla.articulo:
            return efectiva_vieja.articulo
        return nueva_regla.articulo if nueva_regla is not None else None

    general_v, general_n = vieja.quorum("ordinaria"), nueva.quorum("ordinaria")
    agregar(traducir("el quórum general"), "quorum", general_v.articulo, quorum(general_v), quorum(general_n),
            comparar_quorum(general_n, general_v), general_n.articulo)
    for tipo in TIPOS_DECISION:
        if tipo != "ordinaria" and (vieja.reglas.get(tipo) is not None or nueva.reglas.get(tipo) is not None):
            q_v, q_n = vieja.quorum(tipo), nueva.quorum(tipo)
            articulo_n = (heredado(vieja.reglas.get(tipo), nueva.reglas.get(tipo), q_v)
                          if nueva.reglas.get(tipo) is not None else q_n.articulo)
            agregar(traducir("el quórum de {0}").format(_nombre(tipo)), f"quorum.{tipo}", q_v.articulo,
                    quorum(q_v), quorum(q_n), comparar_quorum(q_n, q_v), articulo_n)
        if tipo == "ordinaria" or vieja.mayorias.get(tipo) is not None or nueva.mayorias.get(tipo) is not None:
            eleccion = tipo == "eleccion"
            m_v, m_n = vieja.mayoria(tipo), nueva.mayoria(tipo)
            articulo_n = (heredado(vieja.mayorias.get(tipo), nueva.mayorias.get(tipo), m_v)
                          if tipo != "ordinaria" and nueva.mayorias.get(tipo) is not None else m_n.articulo)
            que = (traducir("la mayoría ordinaria") if tipo == "ordinaria"
                   else traducir("la mayoría de {0}").format(_nombre(tipo)))
            agregar(que, f"mayoria.{tipo}", m_v.articulo, replace(m_v, articulo=None).describir(eleccion),
                    replace(m_n, articulo=None).describir(eleccion), comparar_mayoria(m_n, m_v, eleccion), articulo_n)
    agregar(traducir("el máximo de poderes"), "poderes", vieja.articulo_poderes, _poderes(vieja.poderes_maximos),
            _poderes(nueva.poderes_maximos), comparar_poderes(nueva.poderes_maximos, vieja.poderes_maximos),
            nueva.articulo_poderes)
    # El voto de los morosos lo fija el artículo de la suspensión (de la asociación), que el órgano no cambia.
    agregar(traducir("el voto de los morosos"), "morosos", articulo_morosos, _morosos(vieja.suspende_morosos),
            _morosos(nueva.suspende_morosos), comparar_morosos(nueva.suspende_morosos, vieja.suspende_morosos),
            articulo_morosos)
    agregar(traducir("la anticipación de la convocatoria"), "anticipacion", vieja.articulo_convocatoria,
            _anticipacion(vieja.anticipacion_dias), _anticipacion(nueva.anticipacion_dias),
            comparar_anticipacion(nueva.anticipacion_dias, vieja.anticipacion_dias), nueva.articulo_convocatoria)
    return cambios


def _como_reformar(cambio: CambioDeRegla) -> str:
    return segun_la_puerta(
        ventana=traducir("Para cambiarla, reforme ese artículo: la reforma, adoptada por la resolución de su votación, "
                         "fija la regla nueva desde su fecha (área Estatutos, «Reforma…»: la resolución en «Adoptada "
                         "por:» y la regla nueva en la misma reforma)."),
        linea=traducir("Para cambiarla, reforme ese artículo: la reforma, adoptada por la resolución de su votación, "
                       "fija la regla nueva desde su fecha («escritorio estatutos reformar --resolucion N --desde "
                       "FECHA --articulo … --texto … --regla {0}=…»).")).format(cambio.clave)


def revisar_contra_el_estatuto(organo: str, cambios: list[CambioDeRegla],
                               motivo: str | None) -> tuple[list[str], list[str]]:
    """(problemas, avisos) de cambiar desde la configuración las reglas de sesión de `organo`: una regla con artículo
    no se rebaja ni pierde su cita; endurecerla (o cambiar su cita) pide motivo. Una sin artículo, avisa."""
    problemas, avisos = [], []
    for cambio in cambios:
        if not cambio.articulo:
            if cambio.comparacion != IGUAL and not cambio.articulo_nuevo:
                avisos.append(traducir("{0}: {1} (sin base estatutaria: la regla no cita ningún artículo y se cambia "
                                       "libremente).").format(cambio.que[:1].upper() + cambio.que[1:], cambio.despues))
            continue
        inicio = traducir("«{0}», {1}: la regla cita {2} (hoy: {3}).").format(organo, cambio.que, cambio.articulo,
                                                                             cambio.antes)
        if cambio.quita_la_cita:
            problemas.append(inicio + " " + traducir("Desde la configuración no deja de citar su artículo.") + " "
                             + _como_reformar(cambio))
        elif rebaja(cambio.comparacion):
            problemas.append(inicio + " " + traducir("Con «{0}» se pediría menos, y desde la configuración una regla "
                                                     "que cita un artículo solo se hace más exigente.").format(
                cambio.despues) + " " + _como_reformar(cambio))
        elif not (motivo or "").strip():
            que = (traducir("es más exigente") if cambio.comparacion == MAS_ESTRICTA
                   else traducir("cambia la cita a {0}").format(cambio.articulo_nuevo))
            problemas.append(inicio + " " + traducir("«{0}» {1}: escriba el motivo del cambio (--motivo, o «Motivo» "
                                                     "en la ventana), que queda guardado con la regla.").format(
                cambio.despues, que))
    return problemas, avisos


def sesiones_juzgadas(contexto: Contexto, organo_id: int, desde: date | None,
                      hasta: date | None) -> list[SesionJuzgada]:
    """Las sesiones del órgano ya celebradas (las de fecha anterior a hoy, y las de hoy) entre `desde` (None: desde
    siempre) y el día antes de `hasta` (la versión siguiente de las reglas; None: sin fin): se juzgaron con las
    reglas que regían entonces, y un cambio desde `desde` las reescribiría."""
    hoy = fecha_de_hoy()
    fin = hoy if hasta is None else min(hoy, hasta - timedelta(days=1))
    return tabla_sesiones.sesiones_desde(contexto.db, organo_id, desde.isoformat() if desde else _DESDE_SIEMPRE,
                                         fin.isoformat())


def fecha_para_un_cambio(contexto: Contexto, organo_id: int, versiones: list[date | None]) -> date | None:
    """Desde cuándo rige un cambio de las reglas de sesión sin fecha: si con la versión vigente hoy todavía no se
    celebró ninguna sesión, se corrige esa versión (su fecha: nada ya juzgado cambia); si no, rige desde hoy (las
    sesiones anteriores siguen con la versión vieja). `versiones`: las fechas de las versiones (None: desde siempre)."""
    hoy = fecha_de_hoy()
    vigente = max((v for v in versiones if v is None or v <= hoy), key=lambda v: v or date.min, default=None)
    siguiente = min((v for v in versiones if v is not None and v > hoy), default=None)
    if not sesiones_juzgadas(contexto, organo_id, vigente, siguiente):
        return vigente
    return hoy


def problema_de_fecha(contexto: Contexto, organo: dict, desde: date | None, versiones: list[date | None],
                      por_reforma: bool = False) -> str | None:
    """Un cambio desde `desde` no puede alterar cómo se juzgaron las sesiones ya celebradas (las reglas no cambian
    hacia atrás): el problema, con la primera fecha posible; None si no hay sesiones celebradas en ese tramo."""
    siguiente = min((v for v in versiones if v is not None and (desde is None or v > desde)), default=None)
    juzgadas = sesiones_juzgadas(contexto, organo["id"], desde, siguiente)
    if not juzgadas:
        return None
    ultima = juzgadas[-1]
    fecha = date.fromisoformat(ultima["fecha"])
    if por_reforma:
        return traducir("«{0}» ya celebró {1} desde la fecha de la reforma con la regla anterior (la última, la sesión "
                        "{2} del {3}): las reglas no cambian hacia atrás. Aplíquela desde una fecha posterior a esa "
                        "sesión (--desde, desde el {4}).").format(
            organo["nombre"], traducir("1 sesión") if len(juzgadas) == 1 else
            traducir("{0} sesiones").format(len(juzgadas)), ultima["numero"], formato.fecha(fecha),
            formato.fecha(fecha + timedelta(days=1)))
    return traducir("«{0}» ya celebró {1} con las reglas de entonces (la última, la sesión {2} del {3}): las reglas "
                    "no cambian hacia atrás. Elija una fecha posterior a esa sesión (desde el {4}), o ninguna: sin "
                    "fecha el cambio rige desde hoy.").format(
        organo["nombre"], traducir("1 sesión") if len(juzgadas) == 1 else
        traducir("{0} sesiones").format(len(juzgadas)), ultima["numero"], formato.fecha(fecha),
        formato.fecha(fecha + timedelta(days=1)))


@dataclass(frozen=True)
class ReglasGuardadas:
    """Lo que quedó guardado: desde cuándo rige la versión (None: desde siempre), los avisos (reglas sin base
    estatutaria) y el motivo guardado con ella."""

    vigente_desde: date | None
    avisos: list[str]
    motivo: str | None = None


def revisar_cambios(contexto: Contexto, organo: dict, vieja, nueva, desde: date | None, motivo: str | None,
                    reforma_id: int | None = None, aplicada_despues: bool = False) -> list[str]:
    """Dentro de la transacción que guarda: rechaza (ErrorValidacion) lo que el estatuto no deja cambiar desde la
    configuración y el cambio que reescribiría sesiones ya celebradas; devuelve los avisos. Con `reforma_id`, los
    parámetros que citan un artículo de esa reforma se cambian sin esos límites (la reforma es la que los fija).
    `aplicada_despues` (una reforma ya registrada que se aplica después, servicios/reglas_por_reforma.py): tampoco
    rige hacia atrás; si ya se celebraron sesiones desde su fecha, se rechaza."""
    from ..datos.sesiones import articulo_de_suspension
    from ..errores import ErrorValidacion

    todos = cambios_de_reglas(vieja, nueva, articulo_de_suspension(contexto.db, contexto.asociacion_id))
    cambios = todos
    if reforma_id is not None:
        reformados = reformados_por(contexto, reforma_id)
        cambios = [c for c in cambios if not reformados(c.articulo)]
    problemas, avisos = revisar_contra_el_estatuto(organo["nombre"], cambios, motivo)
    con_fecha = todos if aplicada_despues else cambios
    if con_fecha and (problema := problema_de_fecha(contexto, organo, desde, _versiones(contexto, organo["id"]),
                                                    aplicada_despues)):
        if reforma_id is None or aplicada_despues:
            problemas.insert(0, problema)
        else:   # la reforma rige desde su fecha aunque se registre después: se avisa, no se rechaza
            avisos.append(traducir("«{0}» celebró sesiones desde la fecha de la reforma con la regla anterior; desde "
                                   "ahora se juzgan con la de la reforma.").format(organo["nombre"]))
    if problemas:
        raise ErrorValidacion(traducir("No se guardaron las reglas de sesión:") + "\n"
                              + "\n".join(f"  - {p}" for p in problemas), problemas)
    return avisos


def _versiones(contexto: Contexto, organo_id: int) -> list[date | None]:
    return [None if f == _DESDE_SIEMPRE else date.fromisoformat(f)
            for f in tabla_sesiones.versiones_de_reglas(contexto.db, organo_id)]


def reformados_por(contexto: Contexto, reforma_id: int) -> Callable[[str | None], bool]:
    """Si una cita («Estatuto, art. 21») nombra un artículo que la reforma cambió o derogó."""
    norma_id, numeros = tabla_normas.articulos_de_la_reforma(contexto.db, reforma_id)
    return citan_articulos(contexto, norma_id, numeros)


def citan_articulos(contexto: Contexto, norma_id: int | None, numeros: list[str]) -> Callable[[str | None], bool]:
    """Si una cita («Estatuto, art. 21») nombra alguno de los artículos `numeros` de la norma `norma_id`."""
    normas = tabla_normas.normas(contexto.db, contexto.asociacion_id)

    def cita_uno(texto: str | None) -> bool:
        cita = leer_cita(texto)
        if cita is None or norma_id is None:
            return False
        norma = norma_de_la_cita(cita, normas)
        return norma is not None and norma["id"] == norma_id and any(n in numeros for n in cita.articulos)

    return cita_uno
