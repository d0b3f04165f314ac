"""La creación y la disolución de un órgano (issue 66, §4): el día en que lo creó el estatuto o una resolución y qué lo
creó; el día en que se disolvió (su último día) y qué lo disolvió. La ventana (Órganos › «Creación…», «Disolver…») y
la línea de órdenes («organos creacion», «organos disolver», «organos anular-disolucion») llaman a estas funciones.

Disolver un órgano termina ese día los mandatos que seguían abiertos, como una baja termina los del miembro: el
órgano ya no existe, nadie se sienta en él. Cada mandato queda corregido con el motivo («Disolución del órgano: …»)
en su historia. Se rechaza, y se dice por qué y qué hacer, disolverlo antes de su creación, con sesiones después de
esa fecha o con mandatos que empiezan después. Anular la disolución (una fecha equivocada) reabre los mandatos que
ella terminó y nada más.

Cuándo existe un órgano en una fecha es la regla de `dominio/vida_de_los_organos.py`; la leen la composición, la
convocatoria de una sesión, la designación, la memoria, el organigrama, la agenda y el sitio publicado.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..datos import organos as tabla_organos
from ..datos import sesiones as tabla_sesiones
from ..datos.base_de_datos import BaseDeDatos
from ..datos.conexion import transaccion
from ..dominio import formato
from ..dominio.organos import nombre_del_cargo
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion, ProblemaDeCampo
from .campos import LARGO_CORTO, Revision
from .contexto import Contexto
from .mandatos import FilaOrgano, organo_de_la_asociacion

# El motivo con que la disolución corrige el «hasta» de cada mandato que termina (queda en castellano en la base,
# como el de una baja): anular la disolución reconoce por él los mandatos que ella terminó.
_MOTIVO_DISOLUCION = "Disolución del órgano: {0}"
_MOTIVO_ANULACION = "Se anuló la disolución del órgano"
_SIEMPRE, _NUNCA = "0001-01-01", "9999-12-31"
_CUANTOS = 5   # los que se nombran en un mensaje; de los demás, cuántos son


@dataclass
class MandatoQueTermina:
    """Un mandato del órgano que la disolución termina (o que su anulación reabre)."""

    mandato_id: int
    quien: str
    cargo: str            # en su forma («Coordinadora»)
    desde: str
    hasta: str | None     # como está antes del cambio (None: sin fecha de fin)

    def texto(self) -> str:
        """«Rosario — Titular desde el 01/12/2024, sin fecha de fin»."""
        if self.hasta:
            return traducir("{0} — {1} desde el {2}, hasta el {3}").format(
                self.quien, self.cargo, formato.fecha(self.desde), formato.fecha(self.hasta))
        return traducir("{0} — {1} desde el {2}, sin fecha de fin").format(
            self.quien, self.cargo, formato.fecha(self.desde))


@dataclass
class PlanDeDisolucion:
    """Lo que hace (o hizo) disolver el órgano en una fecha: los mandatos que termina ese día y, si no se puede, por
    qué (`problemas`, cada uno con lo que hay que hacer)."""

    organo_id: int
    organo: str
    fecha: date
    por: str | None
    terminan: list[MandatoQueTermina] = field(default_factory=list)
    problemas: list[str] = field(default_factory=list)

    def resumen(self) -> str:
        """Una oración: cuántos mandatos termina y cuándo."""
        dia = formato.fecha(self.fecha)
        if not self.terminan:
            return traducir("{0} se disuelve el {1}; no tiene mandatos abiertos que terminar.").format(self.organo, dia)
        if len(self.terminan) == 1:
            return traducir("{0} se disuelve el {1}; termina ese día 1 mandato.").format(self.organo, dia)
        return traducir("{0} se disuelve el {1}; terminan ese día {2} mandatos.").format(
            self.organo, dia, formato.numero(len(self.terminan)))

    def exigir_posible(self) -> None:
        """ErrorValidacion con cada problema, si hay alguno (lo mismo para disolver que para simularlo)."""
        if self.problemas:
            raise ErrorValidacion(traducir("No se disolvió el órgano:") + "\n"
                                  + "\n".join(f"  - {p}" for p in self.problemas), self.problemas)


def _quien(m: dict) -> str:
    return m.get("miembro") or m.get("persona") or "—"


def _mandato(m: dict) -> MandatoQueTermina:
    return MandatoQueTermina(m["id"], _quien(m), nombre_del_cargo(m["cargo"], m.get("forma")), m["desde"], m["hasta"])


def _lista(textos: list[str]) -> str:
    """«a; b; c» o, con más de cinco, «a; …; e y 3 más»."""
    if len(textos) <= _CUANTOS:
        return "; ".join(textos)
    return traducir("{0} y {1} más").format("; ".join(textos[:_CUANTOS]), formato.numero(len(textos) - _CUANTOS))


def _sesiones(sesiones: list[dict]) -> str:
    return _lista([traducir("la n.º {0} del {1}").format(s["numero"], formato.fecha(s["fecha"])) for s in sesiones])


def _mandatos(mandatos: list[dict]) -> str:
    return _lista([traducir("{0} ({1}, desde el {2})").format(
        _quien(m), nombre_del_cargo(m["cargo"], m.get("forma")), formato.fecha(m["desde"])) for m in mandatos])


def _por(texto: str | None) -> str:
    return f" ({texto})" if texto else ""


# --- la creación -------------------------------------------------------------------------------------------------

def revisar_creacion(revision: Revision, creado_el: date | None, creado_por: str | None) -> tuple[date | None,
                                                                                                     str | None]:
    """(fecha, qué lo creó) revisados, o los problemas anotados en `revision` (claves «creado_el», «creado_por»). La
    regla de crear un órgano con su fecha y de cambiarla después: una fecha posible (histórica o futura: una reforma
    que crea un órgano desde el año que viene) y un texto corto."""
    fecha = revision.fecha(traducir("Creado el"), creado_el, historica=True, futura=True, clave="creado_el")
    por = revision.texto(traducir("Creado por"), creado_por, maximo=LARGO_CORTO, obligatorio=False,
                         clave="creado_por")
    return fecha, por or None


def _problemas_de_la_creacion(db: BaseDeDatos, organo: dict, creado_el: date | None) -> list[str]:
    """Lo que impide que el órgano se haya creado ese día: su disolución, sus sesiones o sus mandatos de antes."""
    if creado_el is None:
        return []
    problemas = []
    dia, nombre = creado_el.isoformat(), organo["nombre"]
    if organo.get("disuelto_el") and dia > organo["disuelto_el"]:
        problemas.append(ProblemaDeCampo("creado_el", traducir(
            "La creación ({0}) sería posterior a la disolución de {1}, el {2}{3}.").format(
            formato.fecha(dia), nombre, formato.fecha(organo["disuelto_el"]), _por(organo.get("disuelto_por")))))
    antes = tabla_sesiones.sesiones_desde(db, organo["id"], _SIEMPRE, (creado_el - timedelta(days=1)).isoformat())
    if antes:
        problemas.append(ProblemaDeCampo("creado_el", traducir(
            "{0} tiene sesiones antes del {1}: {2}. Elija el día de su primera sesión ({3}) o uno anterior.").format(
            nombre, formato.fecha(dia), _sesiones(antes), formato.fecha(antes[0]["fecha"]))))
    mandatos = sorted((m for m in tabla_organos.mandatos(db, organo["id"]) if m["desde"] < dia),
                      key=lambda m: (m["desde"], m["id"]))
    if mandatos:
        problemas.append(ProblemaDeCampo("creado_el", traducir(
            "{0} tiene mandatos que empiezan antes del {1}: {2}. Elija el día en que empieza el primero ({3}) o uno "
            "anterior.").format(nombre, formato.fecha(dia), _mandatos(mandatos), formato.fecha(mandatos[0]["desde"]))))
    return problemas


def fijar_creacion(contexto: Contexto, organo_id: int, creado_el: date | None, creado_por: str | None) -> FilaOrgano:
    """El día en que el estatuto o una resolución creó el órgano (None: existió desde siempre) y qué lo creó, para un
    órgano que ya está cargado (el que el estatuto creó en 1995 y se carga hoy). Devuelve el órgano como quedó."""
    db = contexto.db
    revision = Revision()
    creado_el, creado_por = revisar_creacion(revision, creado_el, creado_por)
    revision.lanzar(traducir("No se cambió la creación del órgano:"))
    with transaccion(db):   # las sesiones y los mandatos se leen con la base tomada: otra ventana pudo agregar uno
        organo = organo_de_la_asociacion(contexto, organo_id)
        problemas = _problemas_de_la_creacion(db, organo, creado_el)
        if problemas:
            raise ErrorValidacion(traducir("No se cambió la creación del órgano:") + "\n"
                                  + "\n".join(f"  - {p}" for p in problemas), problemas)
        tabla_organos.fijar_creacion(db, organo_id, creado_el.isoformat() if creado_el else None, creado_por)
        return organo_de_la_asociacion(contexto, organo_id)


# --- la disolución -----------------------------------------------------------------------------------------------

def _ya_disuelto(organo: dict) -> str:
    return segun_la_puerta(
        ventana=traducir("{0} ya está disuelto desde el {1}{2}. Si esa fecha está mal, anule la disolución («Anular "
                         "la disolución…») y vuelva a disolverlo."),
        linea=traducir("{0} ya está disuelto desde el {1}{2}. Si esa fecha está mal, anule la disolución («escritorio "
                       "organos anular-disolucion {3}») y vuelva a disolverlo.")).format(
        organo["nombre"], formato.fecha(organo["disuelto_el"]), _por(organo.get("disuelto_por")), organo["id"])


def _plan(db: BaseDeDatos, organo: dict, fecha: date, por: str | None) -> PlanDeDisolucion:
    """La regla de la disolución, en un lugar: lo que termina y lo que la impide."""
    plan = PlanDeDisolucion(organo["id"], organo["nombre"], fecha, por)
    if organo.get("disuelto_el"):
        plan.problemas.append(ProblemaDeCampo("fecha", _ya_disuelto(organo)))
        return plan
    dia, nombre = fecha.isoformat(), organo["nombre"]
    if organo.get("creado_el") and dia < organo["creado_el"]:
        plan.problemas.append(ProblemaDeCampo("fecha", traducir(
            "La disolución ({0}) sería anterior a la creación de {1}, el {2}{3}.").format(
            formato.fecha(dia), nombre, formato.fecha(organo["creado_el"]), _por(organo.get("creado_por")))))
    despues = tabla_sesiones.sesiones_desde(db, organo["id"], (fecha + timedelta(days=1)).isoformat(), _NUNCA)
    if despues:
        plan.problemas.append(ProblemaDeCampo("fecha", traducir(
            "{0} tiene sesiones convocadas o celebradas después del {1}: {2}. Disuélvalo el día de su última sesión "
            "({3}) o después.").format(nombre, formato.fecha(dia), _sesiones(despues),
                                       formato.fecha(despues[-1]["fecha"]))))
    mandatos = tabla_organos.mandatos(db, organo["id"])
    empiezan_despues = sorted((m for m in mandatos if m["desde"] > dia), key=lambda m: (m["desde"], m["id"]))
    if empiezan_despues:
        plan.problemas.append(ProblemaDeCampo("fecha", traducir(
            "{0} tiene mandatos que empiezan después del {1}: {2}. Disuélvalo el día en que empieza el último ({3}) o "
            "después: la disolución lo termina ese día.").format(
            nombre, formato.fecha(dia), _mandatos(empiezan_despues), formato.fecha(empiezan_despues[-1]["desde"]))))
    # En el orden de la composición: la presidencia o la coordinación primero, después por antigüedad.
    plan.terminan = [_mandato(m) for m in mandatos if m["desde"] <= dia and (m["hasta"] is None or m["hasta"] > dia)]
    return plan


def _revisar_disolucion(fecha: date | None, por: str | None, exigir_por: bool) -> tuple[date, str | None]:
    revision = Revision()
    if fecha is None:
        revision.problemas.append(ProblemaDeCampo("fecha", traducir("Indique el día en que se disolvió el órgano.")))
    fecha = revision.fecha(traducir("Fecha de la disolución"), fecha, historica=True, futura=True, clave="fecha")
    if exigir_por and (por is None or not str(por).strip()):
        revision.problemas.append(ProblemaDeCampo("por", traducir(
            "Escriba qué lo disolvió (por ejemplo: Resolución 4/2027, o Reforma del estatuto de 2027).")))
        por = None
    else:
        por = revision.texto(traducir("Disuelto por"), por, maximo=LARGO_CORTO, obligatorio=False, clave="por")
    revision.lanzar(traducir("No se disolvió el órgano:"))
    return fecha, por


def prever_disolucion(contexto: Contexto, organo_id: int, fecha: date | None,
                      por: str | None = None) -> PlanDeDisolucion:
    """Vista previa: qué mandatos terminaría disolver el órgano ese día y qué lo impide. No escribe nada; una fecha
    imposible es un ErrorValidacion."""
    fecha, por = _revisar_disolucion(fecha, por, exigir_por=False)
    return _plan(contexto.db, organo_de_la_asociacion(contexto, organo_id), fecha, por)


def _motivo(por: str | None) -> str:
    texto = _MOTIVO_DISOLUCION.format(por or "—")
    return texto if len(texto) <= LARGO_CORTO else texto[:LARGO_CORTO - 1] + "…"


def disolver(contexto: Contexto, organo_id: int, fecha: date | None, por: str | None, *,
             confirmados: set[int] | None = None) -> PlanDeDisolucion:
    """Disuelve el órgano: `fecha` es su último día y `por`, qué lo disolvió (una resolución, una reforma). En la misma
    transacción termina ese día los mandatos que seguían abiertos (cada uno con su corrección). `confirmados`: los
    mandatos que la persona vio terminar en la vista previa; si dentro de la transacción son otros, no se escribe
    nada. Devuelve lo que hizo."""
    db = contexto.db
    fecha, por = _revisar_disolucion(fecha, por, exigir_por=True)
    with transaccion(db):   # leer → decidir → escribir: otra ventana pudo convocar una sesión o designar recién
        organo = organo_de_la_asociacion(contexto, organo_id)
        plan = _plan(db, organo, fecha, por)
        plan.exigir_posible()
        if confirmados is not None and confirmados != {m.mandato_id for m in plan.terminan}:
            lista = "\n".join(f"  - {m.texto()}" for m in plan.terminan) or "  " + traducir("(ninguno)")
            raise ErrorEscritorio(traducir(
                "No se disolvió el órgano: mientras lo confirmaba, otro programa cambió los mandatos de {0}. Ahora "
                "terminarían:\n{1}\nRevise la lista y confirme de nuevo.").format(organo["nombre"], lista))
        dia = fecha.isoformat()
        for m in plan.terminan:
            tabla_organos.corregir(db, m.mandato_id, "hasta", m.hasta, dia, _motivo(por))
        tabla_organos.fijar_disolucion(db, organo_id, dia, por)
    return plan


def anular_disolucion(contexto: Contexto, organo_id: int) -> list[MandatoQueTermina]:
    """El órgano vuelve a existir (la disolución tenía una fecha equivocada o no correspondía): se borran su fecha y
    qué lo disolvió, y los mandatos que la disolución terminó vuelven a su «hasta» de antes (cada uno con su
    corrección). Los que se terminaron después por otro motivo no se tocan. Devuelve los mandatos reabiertos."""
    db = contexto.db
    with transaccion(db):
        organo = organo_de_la_asociacion(contexto, organo_id)
        disuelto_el = organo.get("disuelto_el")
        if not disuelto_el:
            raise ErrorEscritorio(traducir("{0} no está disuelto: no hay ninguna disolución que anular.").format(
                organo["nombre"]))
        motivo = _motivo(organo.get("disuelto_por"))
        reabiertos = []
        for m in tabla_organos.mandatos(db, organo_id):
            if m["hasta"] != disuelto_el:
                continue
            correcciones = tabla_organos.correcciones(db, m["id"])
            ultima = correcciones[-1] if correcciones else None
            if ultima is None or (ultima["campo"], ultima["despues"], ultima["motivo"]) != ("hasta", disuelto_el,
                                                                                          motivo):
                continue   # terminó ese día por otra razón (su período, una renuncia): no lo terminó la disolución
            tabla_organos.corregir(db, m["id"], "hasta", disuelto_el, ultima["antes"], _MOTIVO_ANULACION)
            reabiertos.append(_mandato({**m, "hasta": ultima["antes"]}))
        tabla_organos.fijar_disolucion(db, organo_id, None, None)
    return reabiertos
