"""La lista de oradores de un punto del orden del día o de una moción (issue 64, §3): pedir la palabra, retirarse,
dar la palabra a quien sigue, terminar una intervención, cerrar y reabrir la lista, y leerla entera (la cola en
orden, quién habla y desde cuándo con cuánto tiempo, quién habló y cuánto). La ventana (pestaña «Oradores» del
editor de sesión), `escritorio oradores …`, el proyector y el acta leen y escriben por aquí.

Lo que se decidió:
- Pide la palabra un miembro de la asociación o un invitado de la sesión (por su nombre, como está en la lista de
  invitados). Un miembro que la asistencia de la sesión marca ausente o excusado no la pide: si está en la sala, se
  corrige su asistencia. El orden de la cola y el tiempo de cada uno: dominio/oradores.py.
- Quien ya espera la palabra no se anota dos veces (una cuestión de orden, sí, aunque espere para intervenir).
- Con la lista cerrada no se anota nadie más, salvo una cuestión de orden, que siempre se admite (como OpenSlides por
  omisión). OpenSlides deja que quien administra anote igual con la lista cerrada; aquí quien anota es siempre la
  secretaría, así que el cierre la obliga también a ella: para anotar a alguien más, reabre la lista (queda claro en
  el registro que la lista se reabrió).
- Dar la palabra termina la intervención de quien hablaba y empieza la de quien sigue: es un acto de la sesión (la
  deja «Celebrada», como la asistencia o un voto). Pedir la palabra no lo es: la lista se puede preparar antes.
- Los momentos van en UTC («AAAA-MM-DD HH:MM:SS»); `ahora` se puede dar (las pruebas), si no es el del reloj.
- Todo se congela con el acta aprobada (los triggers de datos/esquema/sala.py; aquí, `exigir_editable`).
- Lo de OpenSlides 4 (issue 82): una pregunta intercalada se pide solo mientras alguien habla; al darle la palabra,
  quien hablaba queda en pausa, y al terminarla la palabra vuelve a él (no al siguiente de la cola). Una cuestión de
  orden puede llevar la categoría que el órgano definió (servicios/categorias_de_cuestion.py), que le da su lugar.
  Pausar, reanudar y cambiar el orden de la cola: servicios/conduccion_de_oradores.py.
"""

from dataclasses import dataclass, field
from typing import TypedDict
from datetime import datetime, timezone

from ..datos import oradores as tabla_oradores
from ..datos import sesiones as tabla_sesiones
from ..datos.conexion import transaccion
from ..datos.miembros import nombre_en_asociacion
from ..dominio import oradores as reglas
from ..dominio.puerta import segun_la_puerta
from ..dominio.sala import TIPOS_ORADOR
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from . import campos
from .actos_de_sesion import registrar_acto
from .campos import LARGO_NOMBRE
from .contexto import Contexto
from .referencias import nombre_del_punto
from .reglas_de_la_sala import reglas_de_la_sala
from .sesiones import SesionDeLaAsociacion, exigir_editable, sesion_de_la_asociacion


@dataclass(frozen=True)
class Orador:
    """Un pedido de la palabra: de quién, de qué tipo, en qué estado, cuándo habló y cuánto."""
    id: int
    orden: int                   # el del pedido (la cola pone primero las cuestiones de orden)
    nombre: str                  # el del miembro o la persona
    miembro_id: int | None
    persona: str | None
    tipo: str                    # intervencion | a_favor | en_contra | cuestion_de_orden
    estado: str                  # en_espera | hablando | hablo | retirado
    pedida_en: str
    empezo_en: str | None
    termino_en: str | None
    segundos: int | None         # lo que habló (quien ya habló)
    segundos_permitidos: int     # el tiempo de su intervención según las reglas de la sala
    pausado_en: str | None = None    # en pausa desde (None: corre, o no habla)
    segundos_previos: int = 0        # lo hablado antes de la última reanudación
    corre_desde: str | None = None   # cuándo se reanudó (None: desde `empezo_en`)
    categoria: str | None = None     # la de una cuestión de orden, si el órgano las define
    primera_vez: bool = False        # espera y todavía no habló en la sesión

    @property
    def pausado(self) -> bool:
        return self.pausado_en is not None

    def hablados(self, ahora: datetime) -> int:
        """Los segundos que lleva hablando (sin contar las pausas)."""
        return reglas.hablados({"pausado_en": self.pausado_en, "segundos_previos": self.segundos_previos,
                                "corre_desde": self.corre_desde, "empezo_en": self.empezo_en}, ahora)


@dataclass(frozen=True)
class ListaDeOradores:
    """La lista de un punto (mocion_id None) o de una moción, como la ven la ventana, la CLI, el proyector y el acta."""
    sesion_id: int
    punto_id: int
    mocion_id: int | None
    lista_id: int | None         # None: nadie pidió la palabra todavía ni se cerró
    cerrada_en: str | None
    segundos_palabra: int
    segundos_cuestion_orden: int
    cola: list[Orador] = field(default_factory=list)        # quienes esperan, en el orden en que hablarán
    hablando: Orador | None = None
    hablaron: list[Orador] = field(default_factory=list)    # en el orden en que hablaron
    retirados: list[Orador] = field(default_factory=list)
    numero_mocion: int | None = None                        # «Moción 3» (None: la lista del punto)
    en_pausa: Orador | None = None                          # quien espera en pausa a que termine una pregunta

    @property
    def cerrada(self) -> bool:
        return self.cerrada_en is not None

    def restantes(self, ahora: datetime | None = None) -> int | None:
        """Los segundos que le quedan a quien habla (negativos: cuánto se pasó); None si nadie habla."""
        if self.hablando is None:
            return None
        return self.hablando.segundos_permitidos - self.hablando.hablados(ahora or ahora_utc())


@dataclass(frozen=True)
class Candidato:
    """Quien puede pedir la palabra en una sesión: un miembro (miembro_id) o un invitado (persona)."""
    nombre: str
    miembro_id: int | None
    persona: str | None
    presente: bool               # la asistencia lo marca presente (los invitados, siempre)
    pais: str | None = None      # el del miembro (dos ciudades del mismo nombre se distinguen por él)


def ahora_utc() -> datetime:
    return datetime.now(timezone.utc)


def _punto(contexto: Contexto, punto_id: int) -> tuple[dict, dict]:
    """El punto y su sesión, de esta asociación."""
    punto = tabla_sesiones.punto(contexto.db, punto_id)
    if punto is None:
        raise ErrorEscritorio(traducir("No existe el punto {0}.").format(punto_id))
    return punto, sesion_de_la_asociacion(contexto, punto["sesion_id"])


def _exigir_mocion(contexto: Contexto, punto_id: int, mocion_id: int | None) -> None:
    if mocion_id is None:
        return
    mocion = tabla_oradores.mocion(contexto.db, mocion_id)
    if mocion is None or mocion["punto_id"] != punto_id:
        raise ErrorEscritorio(traducir("No existe la moción {0} en este punto del orden del día.").format(mocion_id))


_ESTADOS_ESCRITOS = {"ausente": "ausente", "excusado": "excusado", "hablando": "está hablando",
                     "hablo": "ya habló", "retirado": "se retiró"}


def _escrito(estado: str) -> str:
    return traducir(_ESTADOS_ESCRITOS[estado])


def de_que(contexto: Contexto, punto_id: int, mocion_id: int | None) -> str:
    """«del punto «Presupuesto 2027»» o «de la moción 3», para los mensajes."""
    if mocion_id is not None:
        return traducir("de la moción {0}").format(tabla_oradores.mocion(contexto.db, mocion_id)["numero"])
    return traducir("del punto «{0}»").format(tabla_sesiones.punto(contexto.db, punto_id)["titulo"])


class FilaDeLista(TypedDict):
    """La fila de una lista de oradores (datos/oradores.lista)."""
    id: int
    sesion_id: int
    punto_id: int
    mocion_id: int | None
    cerrada_en: str | None


def sesion_y_lista(contexto: Contexto, punto_id: int, mocion_id: int | None,
                   crear: bool) -> tuple[SesionDeLaAsociacion, FilaDeLista | None]:
    """(sesión, lista) del punto o la moción, comprobados; con `crear`, la lista se crea si no había (dentro de la
    transacción de quien escribe, que además exige la sesión editable)."""
    punto, sesion = _punto(contexto, punto_id)
    _exigir_mocion(contexto, punto_id, mocion_id)
    fila = tabla_oradores.lista(contexto.db, punto_id, mocion_id)
    if fila is None and crear:
        tabla_oradores.insertar_lista(contexto.db, sesion["id"], punto_id, mocion_id)
        fila = tabla_oradores.lista(contexto.db, punto_id, mocion_id)
    return sesion, fila


def _orador(fila: dict, reglas_sala, primeras: set[int] = frozenset()) -> Orador:
    permitidos = reglas.segundos_permitidos(fila["tipo"], reglas_sala.segundos_palabra,
                                            reglas_sala.segundos_cuestion_orden,
                                            reglas_sala.segundos_intervencion_breve, reglas_sala.segundos_pregunta)
    return Orador(fila["id"], fila["orden"], fila["miembro"] or fila["persona"], fila["miembro_id"], fila["persona"],
                  fila["tipo"], fila["estado"], fila["pedida_en"], fila["empezo_en"], fila["termino_en"],
                  fila["segundos"], permitidos, fila["pausado_en"], fila["segundos_previos"], fila["corre_desde"],
                  fila["categoria"], fila["id"] in primeras)


def listar(contexto: Contexto, punto_id: int, mocion_id: int | None = None) -> ListaDeOradores:
    """La lista de oradores del punto (o de la moción): la cola en orden, quién habla, quién habló y cuánto."""
    sesion, fila = sesion_y_lista(contexto, punto_id, mocion_id, crear=False)
    reglas_sala = reglas_de_la_sala(contexto, sesion["organo_id"])
    filas = tabla_oradores.oradores(contexto.db, fila["id"]) if fila else []
    primeras = reglas.primeras_veces(tabla_oradores.oradores_de_la_sesion(contexto.db, sesion["id"])) if fila else set()
    actual, pausa = reglas.hablando(filas), reglas.en_pausa(filas)
    hablaron = sorted((f for f in filas if f["estado"] == "hablo"), key=lambda f: (f["empezo_en"], f["orden"]))
    return ListaDeOradores(
        sesion["id"], punto_id, mocion_id, fila["id"] if fila else None, fila["cerrada_en"] if fila else None,
        reglas_sala.segundos_palabra, reglas_sala.segundos_cuestion_orden,
        cola=[_orador(f, reglas_sala, primeras) for f in reglas.cola(filas)],
        hablando=_orador(actual, reglas_sala) if actual else None,
        hablaron=[_orador(f, reglas_sala) for f in hablaron],
        retirados=[_orador(f, reglas_sala) for f in filas if f["estado"] == "retirado"],
        numero_mocion=tabla_oradores.mocion(contexto.db, mocion_id)["numero"] if mocion_id is not None else None,
        en_pausa=_orador(pausa, reglas_sala) if pausa is not None and pausa is not actual else None)


def listas_de_la_sesion(contexto: Contexto, sesion_id: int) -> list[ListaDeOradores]:
    """Todas las listas de oradores de la sesión, en el orden del día (la del punto antes que las de sus mociones, y
    estas por número): lo que el acta cuenta de quién habló en cada punto."""
    from .sesiones.puntos import orden_del_dia

    lugar = {p["id"]: i for i, p in enumerate(orden_del_dia(contexto, sesion_id))}
    filas = tabla_oradores.listas_de_la_sesion(contexto.db, sesion_id)
    filas.sort(key=lambda f: (lugar.get(f["punto_id"], len(lugar)), f["numero_mocion"] or 0))
    return [listar(contexto, f["punto_id"], f["mocion_id"]) for f in filas]


def candidatos(contexto: Contexto, sesion_id: int) -> list[Candidato]:
    """Quienes pueden pedir la palabra en la sesión: los miembros de la asociación que la asistencia no marca
    ausentes ni excusados (primero los presentes) y los invitados de la sesión. Para elegir en la ventana."""
    from ..datos.miembros import nombres_y_paises

    db = contexto.db
    sesion_de_la_asociacion(contexto, sesion_id)
    marcas = tabla_sesiones.asistencias(db, sesion_id)
    estados = {miembro_id: marca["estado"] for miembro_id, marca in marcas.items()}
    miembros = [Candidato(nombre, miembro_id, None, estados.get(miembro_id) == "presente", pais)
                for miembro_id, nombre, pais in nombres_y_paises(db, contexto.asociacion_id)
                if estados.get(miembro_id, "presente") == "presente"]
    miembros.sort(key=lambda c: not c.presente)
    return miembros + [Candidato(i["nombre"], None, i["nombre"], True) for i in tabla_sesiones.invitados(db, sesion_id)]


def _quien(contexto: Contexto, sesion_id: int, miembro_id: int | None, persona: str | None) -> tuple[int | None,
                                                                                                       str | None, str]:
    """(miembro_id, persona, nombre) de quien pide la palabra, comprobado: un miembro de la asociación que no figura
    ausente, o un invitado de la sesión."""
    db = contexto.db
    if (miembro_id is None) == (persona is None):
        raise ErrorEscritorio(traducir("Indique quién pide la palabra: un miembro o un invitado de la sesión (uno "
                                       "solo)."))
    if miembro_id is not None:
        miembro = nombre_en_asociacion(db, contexto.asociacion_id, miembro_id)
        if miembro is None:
            raise ErrorEscritorio(traducir("No existe el miembro {0} en esta asociación.").format(miembro_id))
        marca = tabla_sesiones.asistencias(db, sesion_id).get(miembro_id)
        if marca is not None and marca["estado"] != "presente":
            raise ErrorEscritorio(traducir(
                "{0} figura {1} en la asistencia de esta sesión: no pide la palabra. Si está en la sala, marque su "
                "asistencia como presente.").format(miembro["nombre"], _escrito(marca["estado"])))
        return miembro_id, None, miembro["nombre"]
    persona = campos.texto(traducir("Quién pide la palabra"), persona, maximo=LARGO_NOMBRE)
    buscado = " ".join(persona.split()).casefold()
    invitado = next((i for i in tabla_sesiones.invitados(db, sesion_id)
                     if " ".join(i["nombre"].split()).casefold() == buscado), None)
    if invitado is None:
        raise ErrorEscritorio(traducir("«{0}» no está en la lista de invitados de esta sesión: quien no es miembro "
                                       "pide la palabra como invitado. {1}").format(persona, segun_la_puerta(
            ventana=traducir("Agréguelo antes en la pestaña Asistencia (Agregar invitado…)."),
            linea=traducir("Agréguelo antes: «escritorio sesiones invitado {0} --nombre NOMBRE».").format(sesion_id))))
    return None, invitado["nombre"], invitado["nombre"]


def pedir_palabra(contexto: Contexto, punto_id: int, miembro_id: int | None = None, persona: str | None = None,
                  tipo: str = "intervencion", mocion_id: int | None = None,
                  ahora: datetime | None = None, categoria_id: int | None = None) -> Orador:
    """Anota a alguien en la lista de oradores del punto (o de la moción). Devuelve su pedido. Una cuestión de orden
    puede llevar su categoría (`categoria_id`, una del órgano de la sesión)."""
    if tipo not in TIPOS_ORADOR:
        raise ErrorEscritorio(traducir("Tipo de intervención «{0}» desconocido; use {1}.").format(
            tipo, ", ".join(TIPOS_ORADOR)))
    pedida_en = reglas.momento(ahora or ahora_utc())
    db = contexto.db
    with transaccion(db):
        sesion, lista = sesion_y_lista(contexto, punto_id, mocion_id, crear=False)
        exigir_editable(sesion)
        miembro_id, persona, nombre = _quien(contexto, sesion["id"], miembro_id, persona)
        _exigir_categoria(contexto, sesion, tipo, categoria_id)
        pregunta_a = None
        if tipo == reglas.PREGUNTA:
            pregunta_a = _a_quien_preguntar(contexto, lista, punto_id, mocion_id, miembro_id, persona)
        cuestion = tipo == reglas.CUESTION_DE_ORDEN
        if lista is not None and lista["cerrada_en"] and not cuestion:
            raise ErrorEscritorio(traducir("La lista de oradores {0} está cerrada: ya no se anota a nadie para "
                                           "intervenir (una cuestión de orden, sí). {1}").format(
                de_que(contexto, punto_id, mocion_id), segun_la_puerta(
                    ventana=traducir("Para anotar a alguien más, reabra la lista (Ctrl+L)."),
                    linea=traducir("Para anotar a alguien más, reabra la lista: «escritorio oradores reabrir "
                                   "--punto {0}{1}».").format(nombre_del_punto(contexto, punto_id),
                                                              "" if mocion_id is None else f" --mocion {mocion_id}"))))
        if lista is not None:
            for otro in tabla_oradores.oradores(db, lista["id"]):
                mismo = (otro["miembro_id"] == miembro_id if miembro_id is not None
                         else otro["miembro_id"] is None and otro["persona"] == persona)
                if mismo and otro["estado"] == "en_espera" and _mismo_grupo(otro["tipo"], tipo):
                    raise ErrorEscritorio(traducir("{0} ya espera la palabra en la lista {1} (pedido {2}).").format(
                        nombre, de_que(contexto, punto_id, mocion_id), otro["id"]))
        if lista is None:
            sesion, lista = sesion_y_lista(contexto, punto_id, mocion_id, crear=True)
        orador_id = tabla_oradores.insertar_orador(db, lista["id"], tabla_oradores.proximo_orden(db, lista["id"]),
                                                   miembro_id, persona, tipo, pedida_en, categoria_id, pregunta_a)
    return orador_por_id(contexto, orador_id)


# Quien ya espera no se anota dos veces en el mismo grupo: una cuestión de orden, una pregunta o una intervención
# breve, sí, aunque espere para intervenir.
_GRUPOS_APARTE = (reglas.CUESTION_DE_ORDEN, reglas.PREGUNTA, reglas.BREVE)


def _mismo_grupo(uno: str, otro: str) -> bool:
    return (uno if uno in _GRUPOS_APARTE else None) == (otro if otro in _GRUPOS_APARTE else None)


def _exigir_categoria(contexto: Contexto, sesion: dict, tipo: str, categoria_id: int | None) -> None:
    """La categoría va solo con una cuestión de orden, y es una del órgano de la sesión."""
    if categoria_id is None:
        return
    if tipo != reglas.CUESTION_DE_ORDEN:
        raise ErrorEscritorio(traducir("Solo una cuestión de orden lleva categoría."))
    if categoria_id not in {c["id"] for c in tabla_oradores.categorias_de_cuestion(contexto.db, sesion["organo_id"])}:
        raise ErrorEscritorio(traducir("La categoría {0} no es una de las cuestiones de orden de este órgano.").format(
            categoria_id))


def _a_quien_preguntar(contexto: Contexto, lista: dict | None, punto_id: int, mocion_id: int | None,
                       miembro_id: int | None, persona: str | None) -> int:
    """El pedido de quien habla, a quien se hace la pregunta intercalada: alguien tiene que estar hablando (no en
    pausa ni respondiendo otra pregunta), y no se la hace a sí mismo. Si deja la palabra antes de que le toque a la
    pregunta, la pregunta se retira sola (`_terminar`)."""
    actual = reglas.hablando(tabla_oradores.oradores(contexto.db, lista["id"])) if lista else None
    if actual is None or actual.get("pausado_en") or actual["tipo"] == reglas.PREGUNTA:
        raise ErrorEscritorio(traducir("Una pregunta intercalada es a quien está hablando, y en la lista {0} nadie "
                                       "habla ahora.").format(de_que(contexto, punto_id, mocion_id)))
    if (actual["miembro_id"], actual["persona"]) == (miembro_id, persona):
        raise ErrorEscritorio(traducir("Quien habla no se hace una pregunta intercalada a sí mismo."))
    return actual["id"]


def orador_por_id(contexto: Contexto, orador_id: int) -> Orador:
    fila = tabla_oradores.orador(contexto.db, orador_id)
    lista = listar(contexto, fila["punto_id"], fila["mocion_id"])
    return next(o for o in (*lista.cola, *lista.hablaron, *lista.retirados, lista.hablando)
                if o is not None and o.id == orador_id)


def _pedido(contexto: Contexto, orador_id: int) -> dict:
    fila = tabla_oradores.orador(contexto.db, orador_id)
    if fila is None:
        raise ErrorEscritorio(traducir("No existe el pedido de la palabra {0}.").format(orador_id))
    exigir_editable(sesion_de_la_asociacion(contexto, fila["sesion_id"]))
    return fila


def retirar(contexto: Contexto, orador_id: int) -> Orador:
    """Quita de la cola a quien esperaba la palabra (queda en la lista como «retirado»)."""
    with transaccion(contexto.db):
        fila = _pedido(contexto, orador_id)
        if fila["estado"] != "en_espera":
            raise ErrorEscritorio(traducir("El pedido {0} ya no espera la palabra ({1}): solo se retira a quien "
                                           "espera.").format(orador_id, _escrito(fila["estado"])))
        tabla_oradores.retirar(contexto.db, orador_id)
    return orador_por_id(contexto, orador_id)


def _terminar(contexto: Contexto, actual: dict, ahora: datetime) -> None:
    """Termina su intervención; las preguntas intercaladas que esperaban para hacérsele quedan retiradas (ya no
    tienen a quién)."""
    tabla_oradores.terminar(contexto.db, actual["id"], reglas.momento(ahora), reglas.hablados(actual, ahora))
    tabla_oradores.retirar_preguntas_a(contexto.db, actual["id"])


def _devolver_la_palabra(contexto: Contexto, pausa: dict, filas: list[dict], ahora: datetime) -> None:
    """Terminada la pregunta, la palabra vuelve a quien la tenía: su reloj sigue si lo detuvo una pregunta (su pausa
    empezó cuando una pregunta a él tomó la palabra); si lo había detenido antes quien preside, sigue detenido hasta
    que lo reanude."""
    if any(f["tipo"] == reglas.PREGUNTA and f.get("pregunta_a") == pausa["id"] and f["empezo_en"] == pausa["pausado_en"]
           for f in filas):
        tabla_oradores.reanudar(contexto.db, pausa["id"], reglas.momento(ahora))


def _pausar(contexto: Contexto, actual: dict, ahora: datetime) -> None:
    tabla_oradores.pausar(contexto.db, actual["id"], reglas.momento(ahora), reglas.hablados(actual, ahora))


def dar_la_palabra(contexto: Contexto, punto_id: int, mocion_id: int | None = None,
                   ahora: datetime | None = None) -> Orador:
    """Quien sigue en la cola empieza a hablar (y termina quien hablaba). Devuelve quien tiene la palabra."""
    ahora = ahora or ahora_utc()
    db = contexto.db
    with transaccion(db):
        sesion, lista = sesion_y_lista(contexto, punto_id, mocion_id, crear=False)
        exigir_editable(sesion)
        filas = tabla_oradores.oradores(db, lista["id"]) if lista else []
        proximo, actual, pausa = reglas.siguiente(filas), reglas.hablando(filas), reglas.en_pausa(filas)
        pregunta = proximo is not None and proximo["tipo"] == reglas.PREGUNTA
        if pausa is not None and actual is not pausa and not pregunta:
            # Termina la pregunta: la palabra vuelve a quien la tenía, no al siguiente de la cola.
            _terminar(contexto, actual, ahora)
            _devolver_la_palabra(contexto, pausa, filas, ahora)
            registrar_acto(db, sesion["id"])
            return orador_por_id(contexto, pausa["id"])
        if proximo is None:
            raise ErrorEscritorio(traducir("Nadie espera la palabra en la lista {0}.").format(de_que(contexto, punto_id, mocion_id)))
        if actual is not None and actual is not pausa:   # habla alguien (o una pregunta que quien preside detuvo)
            if pregunta and actual["tipo"] != reglas.PREGUNTA:
                _pausar(contexto, actual, ahora)   # la pregunta intercalada lo pone en pausa
            else:
                _terminar(contexto, actual, ahora)
        elif actual is not None and not pregunta:
            _terminar(contexto, actual, ahora)   # quien preside lo había detenido: la palabra pasa al siguiente
        tabla_oradores.empezar(db, proximo["id"], lista["id"], reglas.momento(ahora))
        registrar_acto(db, sesion["id"])
    return orador_por_id(contexto, proximo["id"])


def terminar(contexto: Contexto, punto_id: int, mocion_id: int | None = None,
             ahora: datetime | None = None) -> Orador:
    """Termina la intervención de quien está hablando (anota cuándo y cuántos segundos habló)."""
    ahora = ahora or ahora_utc()
    db = contexto.db
    with transaccion(db):
        sesion, lista = sesion_y_lista(contexto, punto_id, mocion_id, crear=False)
        exigir_editable(sesion)
        filas = tabla_oradores.oradores(db, lista["id"]) if lista else []
        actual, pausa = reglas.hablando(filas), reglas.en_pausa(filas)
        if actual is None:
            raise ErrorEscritorio(traducir("Nadie está hablando en la lista {0}.").format(de_que(contexto, punto_id, mocion_id)))
        _terminar(contexto, actual, ahora)
        if pausa is not None and pausa is not actual:
            _devolver_la_palabra(contexto, pausa, filas, ahora)   # terminó la pregunta: sigue quien hablaba
    return orador_por_id(contexto, actual["id"])


def cerrar_lista(contexto: Contexto, punto_id: int, mocion_id: int | None = None,
                 ahora: datetime | None = None) -> ListaDeOradores:
    """«Se cierra la lista de oradores»: desde ahora solo se anotan cuestiones de orden. Quienes ya esperan, hablan."""
    cerrada_en = reglas.momento(ahora or ahora_utc())
    with transaccion(contexto.db):
        sesion, lista = sesion_y_lista(contexto, punto_id, mocion_id, crear=False)
        exigir_editable(sesion)
        if lista is not None and lista["cerrada_en"]:
            raise ErrorEscritorio(traducir("La lista de oradores {0} ya está cerrada.").format(de_que(contexto, punto_id, mocion_id)))
        if lista is None:
            sesion, lista = sesion_y_lista(contexto, punto_id, mocion_id, crear=True)
        tabla_oradores.fijar_cierre(contexto.db, lista["id"], cerrada_en)
    return listar(contexto, punto_id, mocion_id)


def reabrir_lista(contexto: Contexto, punto_id: int, mocion_id: int | None = None) -> ListaDeOradores:
    """Vuelve a abrir una lista cerrada: se puede volver a pedir la palabra."""
    with transaccion(contexto.db):
        sesion, lista = sesion_y_lista(contexto, punto_id, mocion_id, crear=False)
        exigir_editable(sesion)
        if lista is None or not lista["cerrada_en"]:
            raise ErrorEscritorio(traducir("La lista de oradores {0} no está cerrada.").format(de_que(contexto, punto_id, mocion_id)))
        tabla_oradores.fijar_cierre(contexto.db, lista["id"], None)
    return listar(contexto, punto_id, mocion_id)


@dataclass(frozen=True)
class MocionConLista:
    """Una moción del punto, para elegir su lista de oradores."""
    id: int
    numero: int
    titulo: str
    prefijo: str | None = None      # el de su categoría («Moción HAC 3»)

    @property
    def rotulo(self) -> str:
        from ..dominio.mociones import rotulo_de_la_mocion

        return rotulo_de_la_mocion(self.numero, self.prefijo)


def mociones_del_punto(contexto: Contexto, punto_id: int) -> list[MocionConLista]:
    """Las mociones del punto, por número, para elegir la lista de una."""
    _punto(contexto, punto_id)
    return [MocionConLista(m["id"], m["numero"], m["titulo"], m["prefijo"])
            for m in tabla_oradores.mociones_del_punto(contexto.db, punto_id)]
