"""Las urnas: abrirlas, lo que muestra la página de cada una y depositar un voto.

Una urna por cosa votada de la sesión: un punto, una moción, una enmienda o una elección (el punto de la elección);
secreta o nominal. A lo sumo una abierta por sesión a la vez (la sala vota una cosa por vez; el teléfono no elige).
En una nominal se guarda quién eligió qué; en una secreta, por un lado quién ya votó (`participaciones`) y por otro
qué se votó (`papeletas`), sin nada que las ligue. Cada voto da un comprobante; cambiar el voto, mientras la urna
está abierta, pide el comprobante del voto anterior (y lo devuelve igual).
"""

from dataclasses import dataclass
from typing import TypedDict

from ...datos import enmiendas as tabla_enmiendas
from ...datos import sesiones as tabla_sesiones
from ...datos import voto_electronico as tabla
from ...datos import votaciones as tabla_votaciones
from ...datos.base_de_datos import BaseDeDatos
from ...datos.conexion import transaccion
from ...dominio.boletas import BOLETAS_SIN_MARCAS
from ...dominio.mociones import rotulo_de_la_mocion
from ...dominio.sesiones import SENTIDOS
from ...dominio.traduccion import traducir
from ...dominio.voto_electronico import (OBJETOS, FormaDeLaUrna, contenido_de_la_papeleta, huella_corta,
                                         huella_del_comprobante, nuevo_comprobante)
from ...errores import ErrorEscritorio
from ..contexto import Contexto
from ..elecciones import nombre_candidatura, obtener_eleccion
from ..sesiones import exigir_editable, sesion_de_la_asociacion
from .codigos import Votante, identificar, quienes_votan


@dataclass(frozen=True)
class Opcion:
    clave: str      # lo que se deposita: a_favor, en_contra, abstencion; el id de una candidatura; blanco, no
    rotulo: str     # lo que se lee, en el idioma en curso


@dataclass(frozen=True)
class Papeleta:
    """Lo que muestra la página de una urna: qué se vota, si es secreta y qué se puede elegir (de `marcas_min` a
    `marcas_max` candidaturas con varias marcas por boleta; si no, una opción)."""
    urna_id: int
    sesion_id: int
    objeto: str
    objeto_id: int
    titulo: str
    secreta: bool
    abierta: bool
    opciones: tuple[Opcion, ...]
    marcas_min: int = 1
    marcas_max: int = 1


@dataclass(frozen=True)
class Comprobante:
    """El comprobante del voto (se muestra una vez) y su huella corta, la que lista el sitio publicado."""
    codigo: str
    huella_corta: str


@dataclass(frozen=True)
class _LoVotado:
    titulo: str
    tipo_decision: str
    forma: FormaDeLaUrna
    opciones: tuple[Opcion, ...]


_SENTIDOS = FormaDeLaUrna()


def _sentidos() -> tuple[Opcion, ...]:
    return tuple(Opcion(clave, traducir(rotulo)) for clave, rotulo in SENTIDOS.items())


def _punto(db: BaseDeDatos, sesion_id: int, punto_id: int) -> dict:
    punto = tabla_sesiones.punto(db, punto_id)
    if punto is None or punto["sesion_id"] != sesion_id:
        raise ErrorEscritorio(traducir("El punto {0} no es de la sesión {1}.").format(punto_id, sesion_id))
    return punto


def _mocion(db: BaseDeDatos, sesion_id: int, mocion_id: int) -> dict:
    mocion = tabla_enmiendas.mocion(db, mocion_id)
    if mocion is None or mocion["sesion_id"] != sesion_id:
        raise ErrorEscritorio(traducir("La moción {0} no es de la sesión {1}.").format(mocion_id, sesion_id))
    return mocion


def _eleccion(contexto: Contexto, sesion_id: int, punto_id: int) -> _LoVotado:
    punto = _punto(contexto.db, sesion_id, punto_id)
    eleccion = obtener_eleccion(contexto, punto_id) if tabla_votaciones.punto_es_eleccion(contexto.db, punto_id) \
        else None
    if eleccion is None:
        raise ErrorEscritorio(traducir("El punto {0} no es una elección: ábrale una urna de punto.").format(punto_id))
    candidaturas = tuple(Opcion(str(c["id"]), nombre_candidatura(c)) for c in eleccion.candidaturas)
    marcas = eleccion.boleta == "marcas"
    otras = ("blanco", "no", "abstencion") if marcas else ("blanco", "abstencion")
    forma = FormaDeLaUrna(tuple(c["id"] for c in eleccion.candidaturas), eleccion.marcas_min or 1,
                          eleccion.marcas_max or 1, marcas)
    return _LoVotado(punto["titulo"], punto["tipo_decision"], forma,
                     candidaturas + tuple(Opcion(o, traducir(BOLETAS_SIN_MARCAS[o])) for o in otras))


def lo_votado(contexto: Contexto, sesion_id: int, objeto: str, objeto_id: int) -> _LoVotado:
    """El título, el tipo de decisión (su regla y su asistencia) y la forma de la papeleta de lo que se vota."""
    db = contexto.db
    if objeto == "punto":
        punto = _punto(db, sesion_id, objeto_id)
        return _LoVotado(punto["titulo"], punto["tipo_decision"], _SENTIDOS, _sentidos())
    if objeto == "mocion":
        mocion = _mocion(db, sesion_id, objeto_id)
        titulo = f"{rotulo_de_la_mocion(mocion['numero'], mocion['prefijo'])}: {mocion['titulo']}"
        return _LoVotado(titulo, mocion["tipo_decision"], _SENTIDOS, _sentidos())
    if objeto == "enmienda":
        enmienda = tabla_enmiendas.enmienda(db, objeto_id)
        mocion = _mocion(db, sesion_id, enmienda["mocion_id"]) if enmienda else None
        if mocion is None:
            raise ErrorEscritorio(traducir("La enmienda {0} no es de la sesión {1}.").format(objeto_id, sesion_id))
        titulo = traducir("Enmienda {0} a la {1}").format(
            enmienda["numero"], rotulo_de_la_mocion(mocion["numero"], mocion["prefijo"]))
        return _LoVotado(titulo, mocion["tipo_decision"], _SENTIDOS, _sentidos())
    if objeto == "eleccion":
        return _eleccion(contexto, sesion_id, objeto_id)
    raise ErrorEscritorio(traducir("Se vota un punto, una moción, una enmienda o una elección, no «{0}».").format(
        objeto))


def _exigir_sin_votar(contexto: Contexto, objeto: str, objeto_id: int) -> None:
    """Lo que ya se votó (a mano o en otra urna) no abre otra urna: la votación cerrada no se repite."""
    db = contexto.db
    if objeto == "punto" and tabla_votaciones.punto_es_eleccion(db, objeto_id):
        raise ErrorEscritorio(traducir("El punto {0} es una elección: ábrale una urna de elección "
                                       "(--eleccion).").format(objeto_id))
    if objeto == "punto":
        votado = tabla_sesiones.votacion(db, objeto_id) is not None
    elif objeto == "eleccion":
        votado = obtener_eleccion(contexto, objeto_id).estado != "abierta"
    else:
        fila = (tabla_enmiendas.mocion if objeto == "mocion" else tabla_enmiendas.enmienda)(db, objeto_id)
        votado = fila["estado"] in ("aprobada", "rechazada")
    if votado:
        raise ErrorEscritorio(traducir("Eso ya se votó: la votación cerrada no se repite ni abre otra urna."))


def abrir_urna(contexto: Contexto, sesion_id: int, objeto: str, objeto_id: int, secreta: bool) -> int:
    """Abre la urna de lo que se vota (objeto: punto, mocion, enmienda o eleccion —el id del punto de la elección—).
    Una sola abierta por sesión: la anterior se cierra antes."""
    if objeto not in OBJETOS:
        raise ErrorEscritorio(traducir("Se vota un punto, una moción, una enmienda o una elección, no «{0}».").format(
            objeto))
    db = contexto.db
    with transaccion(db):
        exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))
        mesa = tabla.mesa(db, sesion_id)
        if mesa is not None and mesa["cerrada"]:
            raise ErrorEscritorio(traducir("La sesión {0} terminó: no se abren más urnas.").format(sesion_id))
        votado = lo_votado(contexto, sesion_id, objeto, objeto_id)
        _exigir_sin_votar(contexto, objeto, objeto_id)
        if votado.forma.con_marcas and not secreta:
            raise ErrorEscritorio(traducir("Una elección con varias marcas por boleta se vota en secreto: abra la "
                                           "urna secreta."))
        abierta = tabla.urna_abierta(db, sesion_id)
        if abierta is not None:
            otra = lo_votado(contexto, sesion_id, abierta["objeto"], abierta["objeto_id"]).titulo
            raise ErrorEscritorio(traducir("Ya hay una urna abierta en esta sesión (urna {0}: {1}): ciérrela antes "
                                           "de abrir otra.").format(abierta["id"], otra))
        return tabla.insertar_urna(db, sesion_id, objeto, objeto_id, secreta)


def contexto_de_la_sesion(db: BaseDeDatos, sesion_id: int) -> Contexto:
    """El contexto de la asociación de la sesión (el servidor de voto no tiene un usuario del programa)."""
    return Contexto(db, tabla_sesiones.sesion(db, sesion_id)["asociacion_id"])


class FilaDeUrna(TypedDict):
    """Una urna como la guarda la base (tabla `urnas`)."""
    id: int
    sesion_id: int
    objeto: str
    objeto_id: int
    secreta: int
    abierta: int
    participantes: int | None


def urna_existente(db: BaseDeDatos, urna_id: int) -> FilaDeUrna:
    """La fila de la urna; ErrorEscritorio si no existe."""
    fila = tabla.urna(db, urna_id)
    if fila is None:
        raise ErrorEscritorio(traducir("No existe la urna {0}.").format(urna_id))
    return fila


def papeleta(db: BaseDeDatos, urna_id: int) -> Papeleta:
    """Lo que muestra la página de la urna."""
    fila = urna_existente(db, urna_id)
    votado = lo_votado(contexto_de_la_sesion(db, fila["sesion_id"]), fila["sesion_id"], fila["objeto"], fila["objeto_id"])
    return Papeleta(urna_id, fila["sesion_id"], fila["objeto"], fila["objeto_id"], votado.titulo, bool(fila["secreta"]),
                    bool(fila["abierta"]), votado.opciones, votado.forma.marcas_min, votado.forma.marcas_max)


def urna_abierta(db: BaseDeDatos, sesion_id: int) -> Papeleta | None:
    """La papeleta de la urna abierta de la sesión, o None si no hay ninguna."""
    fila = tabla.urna_abierta(db, sesion_id)
    return None if fila is None else papeleta(db, fila["id"])


def cuantos_votaron(db: BaseDeDatos, urna_id: int) -> tuple[int, int]:
    """(delegaciones que votaron, delegaciones que pueden votar ahora): nunca quién eligió qué."""
    fila = urna_existente(db, urna_id)
    contexto = contexto_de_la_sesion(db, fila["sesion_id"])
    votado = lo_votado(contexto, fila["sesion_id"], fila["objeto"], fila["objeto_id"])
    return tabla.participantes(db, urna_id), len(quienes_votan(contexto, fila["sesion_id"], votado.tipo_decision))


def depositar(db: BaseDeDatos, codigo: str, urna_id: int, eleccion: list[str] | str,
              comprobante: str | None = None) -> Comprobante:
    """El voto de la delegación del código en la urna abierta. El primero, sin comprobante; para cambiarlo, con el
    comprobante del anterior (se devuelve el mismo). Lee, decide y escribe en una transacción."""
    with transaccion(db):
        votante = identificar(db, codigo)
        fila = urna_existente(db, urna_id)
        if fila["sesion_id"] != votante.sesion_id:
            raise ErrorEscritorio(traducir("Ese código es de otra sesión: no vota en la urna {0}.").format(urna_id))
        if not fila["abierta"]:
            raise ErrorEscritorio(traducir("La urna {0} ya se cerró: el voto no se registró.").format(urna_id))
        contexto = Contexto(db, votante.asociacion_id)
        votado = lo_votado(contexto, fila["sesion_id"], fila["objeto"], fila["objeto_id"])
        contenido = contenido_de_la_papeleta(votado.forma, eleccion)
        votan = quienes_votan(contexto, fila["sesion_id"], votado.tipo_decision)
        if votante.miembro_id not in votan:
            raise ErrorEscritorio(traducir("{0} no está presente ni representada con voto en este momento: el voto no "
                                           "se registró.").format(votante.delegacion))
        if fila["secreta"]:
            return _en_secreto(db, votante, urna_id, contenido, votan[votante.miembro_id].peso, comprobante)
        return _nominal(db, votante, urna_id, contenido, comprobante)


def _ya_voto() -> ErrorEscritorio:
    return ErrorEscritorio(traducir("Su delegación ya votó en esta urna: para cambiar el voto, escriba el comprobante "
                                    "que recibió al votar."))


def _comprobante_ajeno() -> ErrorEscritorio:
    return ErrorEscritorio(traducir("Ese comprobante no es el de un voto de su delegación en esta urna: escríbalo como "
                                    "se lo mostró la página al votar."))


def _nuevo() -> tuple[str, str]:
    comprobante = nuevo_comprobante()
    return comprobante, huella_del_comprobante(comprobante)


def _nominal(db: BaseDeDatos, votante: Votante, urna_id: int, contenido: str,
             comprobante: str | None) -> Comprobante:
    anterior = tabla.voto_nominal(db, urna_id, votante.miembro_id)
    if anterior is None and comprobante is not None:
        raise _comprobante_ajeno()
    if anterior is not None:
        if comprobante is None:
            raise _ya_voto()
        if huella_del_comprobante(comprobante) != anterior["comprobante"]:
            raise _comprobante_ajeno()
        huella = anterior["comprobante"]
    else:
        comprobante, huella = _nuevo()
    tabla.guardar_voto_nominal(db, urna_id, votante.miembro_id, contenido, huella)
    return Comprobante(comprobante, huella_corta(huella))


def _en_secreto(db: BaseDeDatos, votante: Votante, urna_id: int, contenido: str, peso: int,
                comprobante: str | None) -> Comprobante:
    voto = tabla.ya_participo(db, urna_id, votante.sesion_id, votante.miembro_id)
    if not voto:
        if comprobante is not None:
            raise _comprobante_ajeno()
        comprobante, huella = _nuevo()
        tabla.anotar_participacion(db, urna_id, votante.codigo_id)
        tabla.insertar_papeleta(db, urna_id, huella, contenido, peso)
        return Comprobante(comprobante, huella_corta(huella))
    if comprobante is None:
        raise _ya_voto()
    huella = huella_del_comprobante(comprobante)
    if tabla.papeleta(db, urna_id, huella) is None:
        raise _comprobante_ajeno()
    tabla.cambiar_papeleta(db, urna_id, huella, contenido)
    return Comprobante(comprobante, huella_corta(huella))


@dataclass(frozen=True)
class ComprobantesDeUnaUrna:
    """Para el sitio publicado: una urna cerrada y las huellas cortas de los comprobantes que contó (en una nominal,
    cada una con lo que eligió, que ya dice el acta); en el orden de la huella, nunca en el del voto."""
    titulo: str
    secreta: bool
    comprobantes: tuple[str, ...]


def comprobantes_contados(contexto: Contexto, sesion_id: int) -> list[ComprobantesDeUnaUrna]:
    """Las urnas cerradas de la sesión con sus comprobantes contados: quien votó busca el suyo en el sitio."""
    urnas: dict[int, tuple[dict, list]] = {}
    for fila in tabla.huellas_contadas(contexto.db, sesion_id):
        urnas.setdefault(fila["urna_id"], (fila, []))[1].append(fila)
    publicadas = []
    for primera, filas in urnas.values():
        votado = lo_votado(contexto, sesion_id, primera["objeto"], primera["objeto_id"])
        rotulos = {o.clave: o.rotulo for o in votado.opciones}
        publicadas.append(ComprobantesDeUnaUrna(votado.titulo, bool(primera["secreta"]), tuple(
            huella_corta(f["comprobante"]) if f["eleccion"] is None
            else f"{huella_corta(f['comprobante'])}: {rotulos.get(f['eleccion'], f['eleccion'])}" for f in filas)))
    return publicadas
