"""La asistencia de una sesión: quién integra el órgano ese día y si vota, las marcas de asistencia con sus
poderes, los invitados, el quórum en vivo y marcar la sesión celebrada.

Quién tiene derecho a voto sale de la composición del órgano en la fecha de la sesión; si la regla lo
dice, los miembros con el voto suspendido por cuotas impagas (Cuotas) no votan ni cuentan para el quórum.
"""

from dataclasses import dataclass, field
from datetime import date

from ...datos import sesiones as tabla_sesiones
from ...datos.base_de_datos import BaseDeDatos
from ...datos.conexion import transaccion
from ...dominio.organos import SIN_VOTO_CUOTAS, SIN_VOTO_OBSERVADOR, SIN_VOTO_SUSPENDIDO
from ...dominio.sesiones import ASISTENCIA, Quorum, ReglaQuorum, calcular_quorum
from ...dominio.traduccion import traducir
from ...errores import ErrorEscritorio
from .. import campos
from ..actos_de_sesion import registrar_acto
from ..campos import LARGO_CORTO, LARGO_NOMBRE, Revision
from ..contexto import Contexto
from ..organos import composicion
from ..poderes import revisar_poder, votantes
from ..reversibles import cambio_reversible
from . import es_hora, exigir_editable, sesion_de_la_asociacion
from .reglas import regla_de


# --- asistencia y quórum ---------------------------------------------------------------------

# Por qué un integrante no vota en la sesión (Habilitado.motivo_sin_voto): se guarda en castellano, como lo
# comparan las pruebas y la ventana, y se escribe en el idioma en curso con `motivo_sin_voto_escrito`.
SIN_VOTO_INTEGRANTE = "Integra el órgano sin voto"
MOTIVOS_SIN_VOTO = (SIN_VOTO_INTEGRANTE, SIN_VOTO_SUSPENDIDO, SIN_VOTO_CUOTAS, SIN_VOTO_OBSERVADOR)


def motivo_sin_voto_escrito(motivo: str | None) -> str | None:
    """El motivo de `Habilitado.motivo_sin_voto` en el idioma en curso (uno que no es de los del programa, tal cual)."""
    for conocido in MOTIVOS_SIN_VOTO:
        if motivo == conocido:
            return traducir(conocido)
    return motivo


@dataclass
class Habilitado:
    miembro_id: int
    miembro: str
    pais: str | None
    persona: str | None
    con_voto: bool
    motivo_sin_voto: str | None = None
    estado: str = "ausente"
    representante: str | None = None
    cargo_representante: str | None = None
    poder_a: int | None = None
    peso: int = 1
    observador: bool = False   # asiste y habla sin voto; no cuenta para el quórum ni para las mayorías


@dataclass
class Asistencia:
    sesion: dict
    habilitados: list[Habilitado] = field(default_factory=list)
    invitados: list[dict] = field(default_factory=list)
    quorum: Quorum | None = None


def composicion_de_la_sesion(contexto: Contexto, sesion: dict):
    """La composición del órgano el día de la sesión, sin quien ingresa ese día o después: quien ingresa el día de
    la sesión no la integra (no cuenta en su quórum ni vota en ella). Así un miembro admitido por una resolución de
    la sesión (que rige, por omisión, desde el día siguiente, o a lo sumo desde ese mismo día) nunca cuenta en el
    quórum de la sesión que lo admite, y un miembro importado con fecha de ingreso igual a la de una sesión ya
    celebrada no cambia su quórum después de que el acta lo fijó. Los fundadores sí integran la sesión del día en
    que ingresan (la que funda la asociación)."""
    from ...datos.efectos import ingresos

    comp = composicion(contexto, sesion["organo_id"], date.fromisoformat(sesion["fecha"]))
    fechas = ingresos(contexto.db, sorted({a.miembro_id for a in comp.asientos if a.miembro_id is not None}))
    comp.asientos = [a for a in comp.asientos
                     if a.miembro_id is None or not fechas.get(a.miembro_id) or fechas[a.miembro_id] < sesion["fecha"]]
    return comp


def asistencia(contexto: Contexto, sesion_id: int, tipo_decision: str = "ordinaria") -> Asistencia:
    """Los integrantes del órgano en la fecha, su asistencia, su derecho a voto y el quórum resultante."""
    from ..cobranza import sin_derecho_a_voto

    db = contexto.db
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    fecha = date.fromisoformat(sesion["fecha"])
    regla, fila_regla = regla_de(db, sesion["organo_id"], tipo_decision, al=sesion["fecha"])
    comp = composicion_de_la_sesion(contexto, sesion)
    suspendidos = sin_derecho_a_voto(contexto, fecha) if fila_regla.get("suspende_morosos", 1) else set()
    registradas = tabla_sesiones.asistencias(db, sesion_id)
    habilitados = []
    vistos: set[int] = set()
    # Un miembro con dos mandatos vigentes ese día (uno que termina y otro que empieza) es un solo asiento: el que
    # vota antes que el que no, y el de integrante antes que el de observador.
    for a in sorted(comp.asientos, key=lambda a: (not a.con_voto, a.cargo == "observador")):
        if a.miembro_id is None or a.miembro_id in vistos:
            continue
        vistos.add(a.miembro_id)
        observador = a.cargo == "observador"
        motivo = None
        if observador:  # por su cargo, por su calidad o por la categoría de su país: nunca vota
            motivo = SIN_VOTO_OBSERVADOR
        elif not a.con_voto:  # sin voto por su mandato, o por su estado en la fecha («Miembro suspendido»)
            motivo = a.motivo_sin_voto or SIN_VOTO_INTEGRANTE
        elif a.miembro_id in suspendidos:
            motivo = SIN_VOTO_CUOTAS
        h = Habilitado(a.miembro_id, a.miembro, a.pais, a.persona, motivo is None, motivo, observador=observador)
        r = registradas.get(a.miembro_id)
        if r:
            h.estado, h.representante, h.cargo_representante = r["estado"], r["representante"], r["cargo_representante"]
            h.poder_a, h.peso = r["poder_a"], r["peso"]
        habilitados.append(h)
    resultado = Asistencia(sesion, habilitados, tabla_sesiones.invitados(db, sesion_id))
    resultado.quorum = _quorum(regla, habilitados, bool(sesion["segunda_convocatoria"]))
    return resultado


def portadores_validos(habilitados: list[Habilitado]) -> set[int]:
    """Quienes pueden llevar un poder en la sesión: los presentes con voto."""
    return {o.miembro_id for o in habilitados if o.estado == "presente" and o.con_voto}


def representado(h: Habilitado, portadores: set[int]) -> bool:
    """Si el ausente `h` está representado por su poder: lo dio teniendo voto a un presente que vota (`portadores`,
    de `portadores_validos`). El poder que un miembro sin voto haya dado (anotado antes de que se lo suspendiera) no lo
    representa: ni cuenta para el quórum ni figura en el acta entre los presentes o representados."""
    return h.estado != "presente" and h.con_voto and h.poder_a is not None and h.poder_a in portadores


def _quorum(regla: ReglaQuorum, habilitados: list[Habilitado], segunda: bool) -> Quorum:
    portadores = portadores_validos(habilitados)
    if regla.sobre == "con_derecho":
        base = sum(h.peso for h in habilitados if h.con_voto)
        # Un ausente que dio su poder a un presente cuenta como presente (por su peso).
        presentes = sum(h.peso for h in habilitados if h.con_voto and
                        (h.estado == "presente" or representado(h, portadores)))
    else:   # sobre los integrantes, con o sin voto; los observadores no integran el órgano
        integrantes = [h for h in habilitados if not h.observador]
        base = len(integrantes)
        presentes = sum(1 for h in integrantes if h.estado == "presente" or representado(h, portadores))
    return calcular_quorum(regla, base, presentes, segunda)


@dataclass
class CuentaAsistencia:
    """Las cifras de la asistencia, contadas una sola vez para todo lo que las muestra (la pestaña, el indicador
    del quórum y el resumen): `para_quorum` de `base` es lo que dice el quórum (presentes con voto y poderes)."""
    integrantes: int      # sin los observadores
    presentes: int        # integrantes en la sala, con o sin voto (los observadores: observadores_presentes)
    ausentes: int
    excusados: int
    poderes: int          # ausentes que dieron su poder a un presente
    sin_voto: int         # integrantes sin voto (no los observadores)
    para_quorum: int      # = quorum.presentes
    base: int             # = quorum.base
    hay_quorum: bool
    observadores: int = 0
    observadores_presentes: int = 0


def cuenta_de_asistencia(estado: Asistencia) -> CuentaAsistencia:
    """Cuenta la asistencia de `estado` (de `asistencia`) como la cuenta el quórum."""
    habilitados = [h for h in estado.habilitados if not h.observador]
    observadores = [h for h in estado.habilitados if h.observador]
    presentes_ids = {h.miembro_id for h in habilitados if h.estado == "presente"}
    portadores = portadores_validos(habilitados)
    q = estado.quorum
    return CuentaAsistencia(
        integrantes=len(habilitados),
        presentes=len(presentes_ids),
        ausentes=sum(1 for h in habilitados if h.estado == "ausente"),
        excusados=sum(1 for h in habilitados if h.estado == "excusado"),
        poderes=sum(1 for h in habilitados if representado(h, portadores)),
        sin_voto=sum(1 for h in habilitados if not h.con_voto),
        para_quorum=q.presentes, base=q.base, hay_quorum=q.hay,
        observadores=len(observadores), observadores_presentes=sum(1 for h in observadores if h.estado == "presente"))


@dataclass
class MarcaAsistencia:
    """La asistencia de un integrante, como se marca en la planilla de la sesión."""
    miembro_id: int
    estado: str
    representante: str | None = None
    cargo_representante: str | None = None
    poder_a: int | None = None
    peso: int = 1


def registrar_asistencias(contexto: Contexto, sesion_id: int, marcas: list[MarcaAsistencia]) -> None:
    """Una o varias marcas de asistencia (presente / ausente / excusado; un ausente puede dar su poder a otro
    integrante presente, con un máximo por titular) en una sola transacción, todas o ninguna: la composición del
    órgano se calcula una vez, no una por marca (en una asamblea es todo el padrón)."""
    db = contexto.db
    revisadas = []
    for marca in marcas:
        revisadas.append(MarcaAsistencia(
            marca.miembro_id, marca.estado,
            campos.texto_opcional(traducir("Representante"), marca.representante, maximo=LARGO_NOMBRE),
            campos.texto_opcional(traducir("Cargo del representante"), marca.cargo_representante, maximo=LARGO_CORTO),
            marca.poder_a, marca.peso))
    marcados = {m.miembro_id for m in revisadas}
    # Se puede deshacer (Edición › Deshacer): una marca nombra a su miembro; varias, cuántos son.
    tipo, detalle = ("asistencia", "") if len(marcados) == 1 else ("asistencias", str(len(marcados)))
    with cambio_reversible(contexto, tipo, [("asistencias", "sesion_id", sesion_id)], detalle) as cambio:
        # los poderes ya dados se cuentan con la base tomada
        sesion = sesion_de_la_asociacion(contexto, sesion_id)
        exigir_editable(sesion)
        asientos = composicion_de_la_sesion(contexto, sesion).asientos
        integrantes = {a.miembro_id for a in asientos}
        con_voto = votantes(contexto, sesion, asientos) if any(m.poder_a is not None for m in revisadas) else {}
        for marca in revisadas:
            _anotar_asistencia(db, sesion, integrantes, **vars(marca), con_voto=con_voto)
        if revisadas:
            registrar_acto(db, sesion_id)
        if tipo == "asistencia":
            cambio.detalle = tabla_sesiones.nombre_del_miembro(db, next(iter(marcados))) or str(next(iter(marcados)))


def _anotar_asistencia(db: BaseDeDatos, sesion: dict, integrantes: set[int], miembro_id: int, estado: str,
                       representante: str | None, cargo_representante: str | None, poder_a: int | None,
                       peso: int, con_voto: dict[int, str | None] | None = None) -> None:
    sesion_id = sesion["id"]
    if miembro_id not in integrantes:
        nombre = tabla_sesiones.nombre_del_miembro(db, miembro_id)
        if nombre:
            raise ErrorEscritorio(traducir("{0} (id {1}) no integra el órgano en la fecha de la sesión: no se registra "
                                           "su asistencia (los invitados y observadores van en la lista de "
                                           "invitados).").format(nombre, miembro_id))
        raise ErrorEscritorio(traducir("El miembro con id {0} no integra el órgano en la fecha de la sesión: no se "
                                       "registra su asistencia (los invitados y observadores van en la lista de "
                                       "invitados).").format(miembro_id))
    if estado not in ASISTENCIA:
        raise ErrorEscritorio(traducir("Asistencia «{0}» desconocida; use presente, ausente o excusado.").format(estado))
    if poder_a is not None:
        if estado == "presente":
            raise ErrorEscritorio(traducir("Un miembro presente no da poder: vota por sí mismo."))
        if poder_a == miembro_id:
            raise ErrorEscritorio(traducir("Un miembro no puede darse poder a sí mismo."))
        # Solo a un integrante con voto en la sesión, y hasta el máximo de las reglas vigentes ese día (poderes.py).
        revisar_poder(db, sesion, miembro_id, poder_a, con_voto or {})
    tabla_sesiones.guardar_asistencia(db, sesion_id, miembro_id, estado, representante, cargo_representante, poder_a, peso)


# Calidad de quien asiste sin integrar el órgano (la base admite solo estas dos).
CALIDADES_INVITADO = {"invitado": "Invitado", "observador": "Observador"}


def agregar_invitado(contexto: Contexto, sesion_id: int, nombre: str, institucion: str | None = None,
                     calidad: str = "invitado") -> None:
    db = contexto.db
    exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))
    revision = Revision()
    nombre = revision.texto(traducir("Nombre del invitado"), nombre, maximo=LARGO_NOMBRE)
    institucion = revision.texto(traducir("Institución"), institucion, maximo=LARGO_CORTO, obligatorio=False)
    calidad = revision.texto(traducir("Calidad"), calidad, maximo=LARGO_NOMBRE)
    if calidad is not None and calidad not in CALIDADES_INVITADO:
        # Las claves de CALIDADES_INVITADO, como se escriben en la línea de órdenes.
        revision.problemas.append(traducir("Calidad «{0}» desconocida; use invitado u observador.").format(calidad))
    revision.lanzar(traducir("No se agregó el invitado:"))
    with transaccion(db):   # otra vez con la base tomada: otra ventana pudo aprobar el acta
        exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))
        tabla_sesiones.insertar_invitado(db, sesion_id, nombre, institucion, calidad)


def marcar_celebrada(contexto: Contexto, sesion_id: int, hora_cierre: str | None = None,
                     segunda_convocatoria: bool = False) -> None:
    from ...datos import voto_electronico as tabla_voto   # solo aquí: las demás órdenes no lo cargan

    db = contexto.db
    exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))
    hora_cierre = campos.texto_opcional(traducir("Hora de cierre"), hora_cierre, maximo=5)
    if hora_cierre and not es_hora(hora_cierre):
        raise ErrorEscritorio(traducir("Hora de cierre: «{0}» debe escribirse HH:MM (por ejemplo 13:30).").format(
            hora_cierre))
    with transaccion(db):   # otra vez con la base tomada: otra ventana pudo aprobar el acta
        exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))
        tabla_sesiones.marcar_celebrada(db, sesion_id, hora_cierre, int(segunda_convocatoria))
        # La sesión terminó: sus códigos de votación electrónica mueren (servicios/voto_electronico).
        tabla_voto.cerrar_mesa(db, sesion_id)
