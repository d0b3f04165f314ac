"""Las enmiendas a una moción (issue 64, §2): presentarlas, admitirlas o no, retirarlas; listarlas con su
comparación legible, sus conflictos y el orden en que se votan; el texto final que resulta de las aprobadas.

La lógica del texto (párrafos, cambios, conflictos, orden, comparación) es pura y vive en dominio/enmiendas.py; aquí
se lee y escribe la base y se aplican las reglas de la sala del órgano (servicios/reglas_de_la_sala.py). Las
votaciones están en servicios/votaciones_sala.py."""

from dataclasses import dataclass
from datetime import date
from typing import TypedDict

from ..datos import enmiendas as tabla
from ..datos import miembros as tabla_miembros
from ..datos import mociones as tabla_mociones
from ..datos import recomendaciones_de_cambio as tabla_recomendaciones
from ..datos import votaciones_sala as tabla_votos
from ..datos.base_de_datos import BaseDeDatos
from ..datos.conexion import transaccion
from ..dominio import enmiendas as dominio
from ..dominio import formato
from ..dominio import lineas as dominio_lineas
from ..dominio.enmiendas import Cambio, ParrafoComparado
from ..dominio.sala import NOMBRES_ESTADO_ENMIENDA, NOMBRES_ESTADO_MOCION
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion
from .campos import LARGO_DOCUMENTO, LARGO_LARGO, Revision
from .base import hoy as fecha_de_hoy
from .contexto import Contexto
from .reglas_de_la_sala import reglas_de_la_sala
from .sesiones import exigir_editable, sesion_de_la_asociacion

# Las que ya no cuentan: ni se votan ni chocan con otras.
FUERA_DE_LA_VOTACION = ("retirada", "no_admitida")
# Las que todavía esperan: una decisión de la presidencia (presentada) o su votación (admitida).
PENDIENTES = ("presentada", "admitida")


@dataclass(frozen=True)
class AutorDeEnmienda:
    miembro_id: int
    nombre: str


@dataclass(frozen=True)
class EnmiendaListada:
    """Una enmienda con lo que se muestra de ella. `conflictos`: los números de las otras que tocan el mismo
    párrafo; `afectada_por`: los de las presentadas antes entre ellas (esta es la posterior: «afectada por la
    enmienda N»); `posicion`: su lugar en el orden de votación (None: no se vota, retirada o no admitida)."""
    id: int
    numero: int
    estado: str
    motivo: str | None
    recibida_el: str
    fundamento: str | None
    autores: tuple[AutorDeEnmienda, ...]
    cambios: tuple[Cambio, ...]
    comparacion: tuple[ParrafoComparado, ...]
    conflictos: tuple[int, ...]
    afectada_por: tuple[int, ...]
    posicion: int | None
    resultado: str | None          # el texto del resultado de su votación, si se votó
    # Las enmiendas a una enmienda (issue 82): la que enmienda esta (su número e id; None: enmienda la moción), los
    # números de las que la enmendaron con éxito y sus cambios con esos textos (los que se aplican si se aprueba).
    enmienda_de: int | None = None
    enmienda_de_id: int | None = None
    enmendada_por: tuple[int, ...] = ()
    cambios_vigentes: tuple[Cambio, ...] = ()

    def comparacion_en_texto(self) -> str:
        """La comparación para quien no ve colores: «¶2 (reemplazar): … [−quitado−] [+agregado+] …», una línea por
        párrafo."""
        return "\n".join(f"¶{p.numero} ({_operacion(p.operacion)}): {p.texto_plano()}" for p in self.comparacion)


@dataclass(frozen=True)
class EnmiendasDeLaMocion:
    """Las enmiendas de una moción en el orden de votación (las que no se votan, al final por número).
    `numero`: el de la moción; `parrafos`: los de su texto presentado; `criterio`: el del reglamento (mas_lejana |
    presentacion); `orden_fijado`: la presidencia fijó otro."""
    mocion_id: int
    sesion_id: int
    punto_id: int
    numero: int
    titulo: str
    estado: str
    parrafos: tuple[str, ...]
    criterio: str
    articulo: str | None
    orden_fijado: bool
    enmiendas: tuple[EnmiendaListada, ...]
    resultado: str | None = None        # el de la votación final de la moción, si se votó
    resolucion_id: int | None = None    # la resolución o declaración que la adoptó
    bloque_id: int | None = None        # el bloque de mociones con que se vota (servicios/bloques_de_mocion.py)

    @property
    def orden(self) -> tuple[int, ...]:
        """Los ids de las que se votan, en su orden."""
        return tuple(e.id for e in self.enmiendas if e.posicion is not None)

    def proxima(self) -> EnmiendaListada | None:
        """La próxima enmienda que se vota: la primera admitida en el orden (None si no queda ninguna)."""
        return next((e for e in self.enmiendas if e.posicion is not None and e.estado == "admitida"), None)

    def pendientes(self) -> list[EnmiendaListada]:
        return [e for e in self.enmiendas if e.estado in PENDIENTES]


@dataclass(frozen=True)
class TextoFinal:
    """El texto de la moción con las enmiendas aprobadas y las recomendaciones de cambio aceptadas aplicadas;
    `aprobadas`: los números de las enmiendas; `recomendaciones`: los de las recomendaciones."""
    parrafos: tuple[str, ...]
    aprobadas: tuple[int, ...]
    recomendaciones: tuple[int, ...] = ()

    @property
    def texto(self) -> str:
        return dominio.unir(list(self.parrafos))


def _operacion(operacion: str) -> str:
    return {"reemplazar": traducir("reemplazar"), "insertar": traducir("insertar después"),
            "suprimir": traducir("suprimir")}.get(operacion, operacion)


class MocionParaEnmendar(TypedDict):
    """La fila de la moción con el órgano de su sesión, su asociación y el tipo de decisión de su punto."""

    id: int
    sesion_id: int
    punto_id: int
    numero: int
    titulo: str
    texto: str
    fundamento: str | None
    recibida_el: str
    estado: str
    motivo: str | None
    fuera_de_plazo: int
    derivada_a: int | None
    viene_de: int | None
    resolucion_id: int | None
    organo_id: int
    asociacion_id: int
    tipo_decision: str
    prefijo: str | None             # el de su categoría de mociones («Moción HAC 3»)


def mocion_de_la_asociacion(contexto: Contexto, mocion_id: int) -> MocionParaEnmendar:
    """La moción (con organo_id y tipo_decision), si es de una sesión de esta asociación."""
    fila = tabla.mocion(contexto.db, mocion_id)
    if fila is None or fila["asociacion_id"] != contexto.asociacion_id:
        raise ErrorEscritorio(traducir("No existe la moción {0} en esta asociación.").format(mocion_id))
    return fila


def _enmienda_de_la_asociacion(contexto: Contexto, enmienda_id: int) -> tuple[dict, dict]:
    """(la enmienda, su moción), si es de una moción de esta asociación."""
    fila = tabla.enmienda(contexto.db, enmienda_id)
    mocion = tabla.mocion(contexto.db, fila["mocion_id"]) if fila else None
    if fila is None or mocion is None or mocion["asociacion_id"] != contexto.asociacion_id:
        raise ErrorEscritorio(traducir("No existe la enmienda {0} en esta asociación.").format(enmienda_id))
    return fila, mocion


def mociones_de_la_sesion(contexto: Contexto, sesion_id: int) -> list[MocionParaEnmendar]:
    """Las mociones de la sesión, por número (para elegir cuál se enmienda y se vota)."""
    sesion_de_la_asociacion(contexto, sesion_id)
    return [mocion_de_la_asociacion(contexto, f["id"])
            for f in tabla_mociones.mociones_de_la_sesion(contexto.db, sesion_id)]


def sesion_de_la_mocion(contexto: Contexto, mocion_id: int | None = None,
                        enmienda_id: int | None = None) -> int | None:
    """La sesión de la moción (o de la moción de la enmienda), o None si no es de esta asociación."""
    try:
        if enmienda_id is not None:
            return _enmienda_de_la_asociacion(contexto, enmienda_id)[1]["sesion_id"]
        return mocion_de_la_asociacion(contexto, mocion_id)["sesion_id"]
    except ErrorEscritorio:
        return None


def _editable(contexto: Contexto, mocion: dict) -> None:
    exigir_editable(sesion_de_la_asociacion(contexto, mocion["sesion_id"]))


def _cambios_por_enmienda(db: BaseDeDatos, mocion_id: int) -> dict[int, list[Cambio]]:
    cambios: dict[int, list[Cambio]] = {}
    for c in tabla.cambios_de(db, mocion_id):
        cambios.setdefault(c["enmienda_id"], []).append(Cambio(c["operacion"], c["parrafo"], c["texto"]))
    return cambios


def presentar(contexto: Contexto, mocion_id: int, cambios: list[Cambio], autores: list[int],
              fundamento: str | None = None, recibida_el: date | None = None,
              enmienda_de: int | None = None) -> EnmiendaListada:
    """Registra una enmienda a la moción (presentada o admitida), numerada por moción. Sus cambios citan los
    párrafos del texto presentado de la moción; la presentan uno o más miembros de la asociación. Con
    `enmienda_de` (el id de una enmienda pendiente de la moción), enmienda esa enmienda: sus cambios proponen otro
    texto para los de ella (dominio.enmiendas.errores_de_subenmienda)."""
    db = contexto.db
    revision = Revision()
    fundamento = revision.texto(traducir("Fundamento"), fundamento, maximo=LARGO_DOCUMENTO, multilinea=True,
                                obligatorio=False)
    limpios = []
    for c in cambios:
        texto = c.texto
        if texto is not None and c.operacion != "suprimir":
            texto = revision.texto(traducir("Texto del párrafo {0}").format(c.parrafo), texto, maximo=LARGO_LARGO,
                                   multilinea=True, obligatorio=False)
        limpios.append(Cambio(c.operacion, c.parrafo, dominio.unir(dominio.parrafos(texto)) if texto else texto))
    if not autores:
        revision.problemas.append(traducir("Indique quién presenta la enmienda: uno o más miembros."))
    recibida = revision.fecha(traducir("Recibida el"), recibida_el or fecha_de_hoy(), clave="recibida")
    revision.lanzar(traducir("No se registró la enmienda:"))
    with transaccion(db):
        mocion = mocion_de_la_asociacion(contexto, mocion_id)
        sesion = sesion_de_la_asociacion(contexto, mocion["sesion_id"])
        exigir_editable(sesion)
        if mocion["estado"] not in ("presentada", "admitida"):
            raise ErrorEscritorio(traducir("La moción {0} está {1}: solo se enmienda una moción presentada o "
                                           "admitida.").format(mocion["numero"], nombre_del_estado(mocion["estado"])))
        problemas = (_errores_de_subenmienda(db, mocion, enmienda_de, limpios) if enmienda_de is not None
                     else dominio.errores_de_cambios(dominio.parrafos(mocion["texto"]), limpios))
        if not problemas:
            problemas += _choques_con_recomendaciones(db, mocion, limpios)
        for miembro_id in dict.fromkeys(autores):
            if tabla_miembros.nombre_en_asociacion(db, contexto.asociacion_id, miembro_id) is None:
                problemas.append(traducir("El miembro {0} no pertenece a esta asociación: una enmienda la presentan "
                                          "miembros.").format(miembro_id))
        # Como la moción (servicios.mociones.presentar): entre la moción y el día de la sesión.
        if recibida.isoformat() < mocion["recibida_el"]:
            problemas.append(traducir("La enmienda no puede recibirse antes que la moción ({0}).").format(
                formato.fecha(mocion["recibida_el"])))
        if recibida.isoformat() > sesion["fecha"]:
            problemas.append(traducir("La enmienda figura recibida el {0}, después de la sesión del {1}: revise la "
                                      "fecha de recepción.").format(formato.fecha(recibida),
                                                                    formato.fecha(sesion["fecha"])))
        if problemas:
            raise ErrorValidacion(traducir("No se registró la enmienda:") + "\n"
                                  + "\n".join(f"  - {p}" for p in problemas), problemas)
        enmienda_id = tabla.insertar_enmienda(
            db, mocion_id, tabla.proximo_numero(db, mocion_id), recibida.isoformat(), fundamento,
            [(c.operacion, c.parrafo, c.texto if c.operacion != "suprimir" else None) for c in limpios],
            list(dict.fromkeys(autores)), enmienda_de)
    return next(e for e in listar(contexto, mocion_id).enmiendas if e.id == enmienda_id)


def _errores_de_subenmienda(db: BaseDeDatos, mocion: dict, enmienda_id: int, cambios: list[Cambio]) -> list[str]:
    """Una enmienda a una enmienda: la enmendada es de la moción, la enmienda a ella, todavía no se votó."""
    enmendada = tabla.enmienda(db, enmienda_id)
    if enmendada is None or enmendada["mocion_id"] != mocion["id"]:
        return [traducir("La moción {0} no tiene la enmienda {1}: una enmienda a una enmienda enmienda otra de la misma "
                         "moción.").format(mocion["numero"], enmienda_id)]
    if enmendada["enmienda_de"] is not None:
        return [traducir("La enmienda {0} ya enmienda a otra enmienda: se enmienda la enmienda de la moción (un solo "
                         "nivel).").format(enmendada["numero"])]
    if enmendada["estado"] not in PENDIENTES:
        return [traducir("La enmienda {0} está {1}: solo se enmienda una enmienda presentada o admitida.").format(
            enmendada["numero"], nombre_del_estado(enmendada["estado"]))]
    return dominio.errores_de_subenmienda(_cambios_por_enmienda(db, mocion["id"]).get(enmienda_id, []),
                                          enmendada["numero"], cambios)


def nombre_del_estado(estado: str) -> str:
    """El estado de una moción o una enmienda como se lee en medio de una frase («no admitida», «decaída»); los
    nombres: dominio/sala.py."""
    return traducir(NOMBRES_ESTADO_ENMIENDA.get(estado) or NOMBRES_ESTADO_MOCION.get(estado, estado)).lower()


def _decidir(contexto: Contexto, enmienda_id: int, estado: str, motivo: str | None,
             desde: tuple[str, ...]) -> EnmiendaListada:
    db = contexto.db
    with transaccion(db):
        fila, mocion = _enmienda_de_la_asociacion(contexto, enmienda_id)
        _editable(contexto, mocion)
        if fila["estado"] not in desde:
            raise ErrorEscritorio(traducir("La enmienda {0} está {1}: no se puede dejar {2}.").format(
                fila["numero"], nombre_del_estado(fila["estado"]), nombre_del_estado(estado)))
        if mocion["estado"] not in ("presentada", "admitida"):
            raise ErrorEscritorio(traducir("La moción {0} está {1}: sus enmiendas ya no cambian.").format(
                mocion["numero"], nombre_del_estado(mocion["estado"])))
        tabla.fijar_estado(db, enmienda_id, estado, motivo)
        if estado in FUERA_DE_LA_VOTACION:
            decaer_las_subenmiendas(db, fila, traducir("La enmienda {0}, a la que enmendaba, quedó {1}.").format(
                fila["numero"], nombre_del_estado(estado)))
    return next(e for e in listar(contexto, fila["mocion_id"]).enmiendas if e.id == enmienda_id)


def decaer_las_subenmiendas(db: BaseDeDatos, enmendada: dict, motivo: str) -> list[int]:
    """Las enmiendas pendientes a `enmendada` (una fila) ya no tienen qué enmendar: decaen. Sus números."""
    decaidas = [f for f in tabla.enmiendas_de(db, enmendada["mocion_id"])
                if f["enmienda_de"] == enmendada["id"] and f["estado"] in PENDIENTES]
    for f in decaidas:
        tabla.fijar_estado(db, f["id"], "decaida", motivo)
    return [f["numero"] for f in decaidas]


def admitir(contexto: Contexto, enmienda_id: int) -> EnmiendaListada:
    """La presidencia admite la enmienda: entra a la votación, en el orden que le toca."""
    return _decidir(contexto, enmienda_id, "admitida", None, ("presentada",))


def no_admitir(contexto: Contexto, enmienda_id: int, motivo: str) -> EnmiendaListada:
    """La presidencia no admite la enmienda, con su motivo (el acta lo dice)."""
    motivo = Revision().texto(traducir("Motivo"), motivo, maximo=LARGO_LARGO, multilinea=True, obligatorio=False)
    if not motivo:
        raise ErrorEscritorio(traducir("Escriba el motivo por el que no se admite la enmienda."))
    return _decidir(contexto, enmienda_id, "no_admitida", motivo, ("presentada",))


def retirar(contexto: Contexto, enmienda_id: int, motivo: str | None = None) -> EnmiendaListada:
    """Quienes la presentaron la retiran antes de votarla."""
    revision = Revision()
    motivo = revision.texto(traducir("Motivo"), motivo, maximo=LARGO_LARGO, multilinea=True, obligatorio=False)
    revision.lanzar(traducir("No se retiró la enmienda:"))
    return _decidir(contexto, enmienda_id, "retirada", motivo, PENDIENTES)


def fijar_orden(contexto: Contexto, mocion_id: int, orden: list[int]) -> EnmiendasDeLaMocion:
    """La presidencia fija el orden de votación de las enmiendas (ids, nombrando una vez cada una que se vota);
    con `orden` vacío vuelve a regir el del reglamento. Solo antes de votar la primera. Las enmiendas a una enmienda
    no se nombran: se votan justo antes que ella."""
    db = contexto.db
    with transaccion(db):
        mocion = mocion_de_la_asociacion(contexto, mocion_id)
        _editable(contexto, mocion)
        filas = tabla.enmiendas_de(db, mocion_id)
        if tabla_votos.votaciones_de(db, mocion_id):
            raise ErrorEscritorio(traducir("Ya se votó alguna enmienda de la moción {0}: el orden de votación no "
                                           "cambia a mitad de la votación.").format(mocion["numero"]))
        en_votacion = {f["id"]: f["numero"] for f in filas if f["estado"] not in FUERA_DE_LA_VOTACION
                       and f["enmienda_de"] is None}
        if orden:
            ajenas = [i for i in orden if i not in en_votacion]
            repetidas = sorted({i for i in orden if orden.count(i) > 1})
            faltan = [n for i, n in en_votacion.items() if i not in orden]
            problemas = []
            if ajenas:
                problemas.append(traducir("No son enmiendas de la moción {0} que se voten: {1}.").format(
                    mocion["numero"], ", ".join(map(str, ajenas))))
            if repetidas:
                problemas.append(traducir("Enmiendas nombradas dos veces: {0}.").format(", ".join(map(str, repetidas))))
            if faltan:
                problemas.append(traducir("Falta el lugar de las enmiendas {0}: nombre cada una que se vota.").format(
                    ", ".join(map(str, faltan))))
            if problemas:
                raise ErrorValidacion(traducir("No se fijó el orden de votación:") + "\n"
                                      + "\n".join(f"  - {p}" for p in problemas), problemas)
        tabla.fijar_orden(db, mocion_id, orden)
    return listar(contexto, mocion_id)


def listar(contexto: Contexto, mocion_id: int) -> EnmiendasDeLaMocion:
    """Las enmiendas de la moción, en el orden de votación, con sus autores, su comparación con el texto, sus
    conflictos y el resultado de su votación. Las enmiendas a una enmienda se votan justo antes que ella."""
    db = contexto.db
    mocion = mocion_de_la_asociacion(contexto, mocion_id)
    reglas = reglas_de_la_sala(contexto, mocion["organo_id"])
    parrafos = dominio.parrafos(mocion["texto"])
    filas = tabla.enmiendas_de(db, mocion_id)
    cambios = _cambios_por_enmienda(db, mocion_id)
    autores: dict[int, list[AutorDeEnmienda]] = {}
    for a in tabla.autores_de(db, mocion_id):
        autores.setdefault(a["enmienda_id"], []).append(AutorDeEnmienda(a["miembro_id"], a["miembro"]))
    resultados = {v["enmienda_id"]: v["texto_resultado"] for v in tabla_votos.votaciones_de(db, mocion_id)}
    vivas = [f for f in filas if f["estado"] not in FUERA_DE_LA_VOTACION]
    numero = {f["id"]: f["numero"] for f in filas}
    choques = _choques(vivas, cambios)
    fijado = {f["id"]: f["orden_votacion"] for f in vivas if f["orden_votacion"] is not None
              and f["enmienda_de"] is None}
    de_la_mocion = [f for f in vivas if f["enmienda_de"] is None]
    segun_reglamento = dominio.orden_de_votacion([(f["id"], f["numero"], cambios.get(f["id"], []))
                                                  for f in de_la_mocion], parrafos, reglas.orden_enmiendas)
    # Lo que la presidencia fijó va primero, en su orden; lo que no nombró (presentado después), según el reglamento;
    # cada enmienda a una enmienda, justo antes de la suya.
    orden = _con_las_subenmiendas(sorted(fijado, key=fijado.get) + [i for i in segun_reglamento if i not in fijado],
                                  vivas)
    posicion = {i: n for n, i in enumerate(orden, start=1)}
    aprobadas_de = _subenmiendas_aprobadas(filas)
    listadas = [_listada(f, cambios, parrafos, autores, resultados, numero, choques, posicion, aprobadas_de)
                for f in sorted(filas, key=lambda f: (posicion.get(f["id"], len(posicion) + 1), f["numero"]))]
    return EnmiendasDeLaMocion(mocion_id, mocion["sesion_id"], mocion["punto_id"], mocion["numero"], mocion["titulo"],
                               mocion["estado"], tuple(parrafos), reglas.orden_enmiendas, reglas.articulo,
                               bool(fijado), tuple(listadas), resultados.get(None), mocion["resolucion_id"],
                               mocion["bloque_id"])


def _listada(f: dict, cambios: dict[int, list[Cambio]], parrafos: list[str], autores: dict, resultados: dict,
             numero: dict[int, int], choques: dict[int, set[int]], posicion: dict[int, int],
             aprobadas_de: dict[int, list[int]]) -> EnmiendaListada:
    """Una enmienda como se lista: su comparación (con la moción, o con la enmienda que enmienda), sus choques, su
    lugar en la votación y, si la enmendaron con éxito, sus cambios con ese texto."""
    propios = cambios.get(f["id"], [])
    otras = sorted(numero[j] for j in choques.get(f["id"], set()))
    enmendada = f["enmienda_de"]
    comparados = (dominio.comparacion_con_la_enmendada(cambios.get(enmendada, []), propios) if enmendada
                  else dominio.comparacion(parrafos, propios))
    suyas = aprobadas_de.get(f["id"], [])
    return EnmiendaListada(
        f["id"], f["numero"], f["estado"], f["motivo"], f["recibida_el"], f["fundamento"],
        tuple(autores.get(f["id"], [])), tuple(propios), tuple(comparados),
        tuple(otras), tuple(n for n in otras if n < f["numero"]), posicion.get(f["id"]),
        resultados.get(f["id"]), numero.get(enmendada), enmendada, tuple(numero[i] for i in suyas),
        tuple(dominio.con_subenmiendas(propios, [cambios.get(i, []) for i in suyas])))


def _choques(vivas: list[dict], cambios: dict[int, list[Cambio]]) -> dict[int, set[int]]:
    """Las que tocan lo mismo: entre las enmiendas a la moción, y entre las enmiendas a una misma enmienda."""
    grupos: dict[int | None, dict[int, list[Cambio]]] = {}
    for f in vivas:
        grupos.setdefault(f["enmienda_de"], {})[f["id"]] = cambios.get(f["id"], [])
    choques: dict[int, set[int]] = {}
    for grupo in grupos.values():
        choques.update(dominio.conflictos(grupo))
    return choques


def _con_las_subenmiendas(orden: list[int], vivas: list[dict]) -> list[int]:
    """El orden de las enmiendas a la moción con las enmiendas a cada una justo antes (por su número)."""
    subenmiendas: dict[int, list[int]] = {}
    for f in vivas:
        if f["enmienda_de"] is not None:
            subenmiendas.setdefault(f["enmienda_de"], []).append(f["id"])
    return [i for enmienda in orden for i in (*subenmiendas.get(enmienda, []), enmienda)]


def _subenmiendas_aprobadas(filas: list[dict]) -> dict[int, list[int]]:
    """Por enmienda: los ids de las enmiendas a ella que se aprobaron."""
    aprobadas: dict[int, list[int]] = {}
    for f in filas:
        if f["enmienda_de"] is not None and f["estado"] == "aprobada":
            aprobadas.setdefault(f["enmienda_de"], []).append(f["id"])
    return aprobadas


def _choques_con_recomendaciones(db: BaseDeDatos, mocion: dict, cambios: list[Cambio]) -> list[str]:
    """Una enmienda no cambia los párrafos de una recomendación de cambio aceptada (servicios/
    recomendaciones_de_cambio.py): el mensaje nombra a las dos."""
    problemas = []
    for fila in tabla_recomendaciones.recomendaciones_de(db, mocion["id"]):
        if fila["estado"] == "aceptada" and dominio_lineas.choques_con_enmiendas(
                mocion["texto"], (fila["desde"], fila["hasta"]), {0: cambios}):
            primero, ultimo = dominio_lineas.parrafos_de(mocion["texto"], fila["desde"], fila["hasta"])
            problemas.append(traducir(
                "La enmienda cambia los párrafos {0}–{1}, que ya cambia la recomendación de cambio {2} aceptada "
                "(líneas {3}–{4}): no se aplican dos cambios al mismo párrafo.").format(
                primero, ultimo, fila["numero"], fila["desde"], fila["hasta"]))
    return problemas


def texto_final(contexto: Contexto, mocion_id: int) -> TextoFinal:
    """El texto presentado de la moción con los cambios de sus enmiendas aprobadas (cada una con el texto que le
    dieron las enmiendas a ella aprobadas) y de sus recomendaciones de cambio aceptadas (que no tocan los mismos
    párrafos: dominio/lineas.py)."""
    return texto_final_de(contexto.db, mocion_de_la_asociacion(contexto, mocion_id))


def texto_final_de(db: BaseDeDatos, mocion: dict) -> TextoFinal:
    """`texto_final` de una fila de moción ya leída (con su id y su texto): la única cuenta del texto que resulta,
    la misma para la ventana, la línea de órdenes y el proyector."""
    mocion_id = mocion["id"]
    cambios = _cambios_por_enmienda(db, mocion_id)
    filas = tabla.enmiendas_de(db, mocion_id)
    aceptadas = [f for f in tabla_recomendaciones.recomendaciones_de(db, mocion_id) if f["estado"] == "aceptada"]
    parrafos = dominio_lineas.texto_resultante(
        mocion["texto"], [dominio_lineas.Recomendacion(f["desde"], f["hasta"], f["texto"]) for f in aceptadas],
        dominio.cambios_aprobados([(f["id"], f["enmienda_de"], f["estado"]) for f in filas], cambios))
    aprobadas = [f for f in filas if f["estado"] == "aprobada" and f["enmienda_de"] is None]
    return TextoFinal(tuple(parrafos), tuple(f["numero"] for f in aprobadas), tuple(f["numero"] for f in aceptadas))
