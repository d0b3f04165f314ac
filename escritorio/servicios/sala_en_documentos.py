"""Lo de la sala de una sesión (issue 64) como lo cuentan sus documentos: la convocatoria (las mociones recibidas),
el acta (mociones, enmiendas con su comparación, votaciones en orden, estado final y oradores de cada punto) y el
sitio (lo mismo, con sus ids para OParl). Solo lee; las palabras, en el idioma en curso (el del documento que se
escribe: quien llama lleva `en_el_idioma_de_los_documentos`).

La comparación de cada enmienda con el texto de la moción es la única del programa (`dominio.enmiendas.comparacion`):
la misma de la ventana, el proyector, el PDF y el sitio.

El acta guarda lo de cada punto como datos sueltos de JSON (`mociones_en_el_acta`, `oradores_en_el_acta`): las
claves se agregan al punto solo si el punto tiene mociones u oradores, así el texto de las actas sin sala (y la
huella de las aprobadas antes) no cambia.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import NotRequired, TypedDict

from ..datos import recomendaciones_de_cambio as tabla_recomendaciones
from ..datos import sala_en_documentos as tabla_sala
from ..dominio import formato
from ..dominio.enmiendas import (Cambio, ParrafoComparado, cambios_aprobados, comparacion,
                                 comparacion_con_la_enmendada, parrafos, unir)
from ..dominio.lineas import Recomendacion, texto_resultante
from ..dominio.mociones import (frase_de_la_recomendacion, fuera_de_plazo, identificador_de_la_mocion,
                                rotulo_de_la_mocion)
from ..dominio.sala import NOMBRES_ESTADO_ENMIENDA, NOMBRES_ESTADO_MOCION, NOMBRES_TIPO_ORADOR
from ..dominio.sesiones import a_organo, cita_resolucion
from ..dominio.traduccion import traducir
from .contexto import Contexto
from .recomendaciones_de_cambio import RecomendacionDeCambio, armar_recomendacion
from .reglas_de_la_sala import plazo_de_las_mociones
from .resultados_en_su_idioma import votacion_escrita
from .sesiones import sesion_de_la_asociacion

# Las que no se adjuntan a la convocatoria: ya no se tratan en la sesión.
_FUERA_DE_LA_CONVOCATORIA = ("no_admitida", "retirada")


@dataclass(frozen=True)
class EnmiendaEnDocumentos:
    id: int
    numero: int
    autores: tuple[str, ...]
    recibida_el: str
    estado: str                           # el código (dominio.sala.ESTADOS_ENMIENDA)
    estado_escrito: str                   # «Aprobada», «Decaída: …» en el idioma en curso
    fundamento: str | None
    comparacion: tuple[ParrafoComparado, ...]   # contra el texto presentado (o el de la enmienda que enmienda)
    enmienda_de: int | None = None        # el número de la enmienda que enmienda (issue 82; None: a la moción)


@dataclass(frozen=True)
class VotacionDeLaSala:
    """Una votación de la sala, con lo que se votó («Enmienda 2», «Moción 1») y su resultado como lo escriben las
    votaciones de los puntos («Votación a mano alzada. Aprobada: …»)."""

    id: int
    mocion_id: int
    enmienda_id: int | None
    objeto: str
    texto: str
    aprobada: bool
    cerrada_en: str


@dataclass(frozen=True)
class MocionEnDocumentos:
    id: int
    sesion_id: int
    punto_id: int
    numero: int
    titulo: str
    texto: str
    fundamento: str | None
    recibida_el: str
    fuera_de_plazo: bool
    autores: tuple[str, ...]
    apoyos: tuple[str, ...]
    autores_ids: tuple[int, ...]          # los miembros que la presentan (OParl: originatorOrganization)
    estado: str                           # el código (dominio.sala.ESTADOS_MOCION)
    estado_escrito: str                   # el estado final en una frase: «Aprobada: Resolución 3/2026 del Consejo.»
    resolucion_id: int | None
    resolucion: str | None                # su cita
    viene_de: int | None                  # la moción aplazada de la que viene
    viene_de_escrito: str | None          # «Viene de la moción 2, aplazada en la sesión del 15/09/2026.»
    raiz: int                             # la primera de su cadena de aplazamientos (ella misma si no viene de otra)
    enmiendas: tuple[EnmiendaEnDocumentos, ...]
    votaciones: tuple[VotacionDeLaSala, ...]   # en el orden en que se cerraron
    texto_final: str | None               # el texto con las enmiendas aprobadas (solo si alguna lo cambió)
    motivo_admision: str | None = None    # por qué se admitió fuera de plazo (migración 0056)
    recomendacion: str | None = None      # la de una comisión, en una frase (migración 0068)
    recomendacion_codigo: str | None = None   # dominio.sala.RECOMENDACIONES
    organo_recomienda: str | None = None
    recomendada_por: int | None = None    # el órgano (OParl: su Organization)
    apoyos_ids: tuple[int, ...] = ()      # los miembros que la apoyan (OParl: «escritorio:apoyos»)
    categoria: str | None = None          # la categoría de mociones («Hacienda», migración 0070)
    prefijo: str | None = None            # su prefijo («HAC»)
    bloque: str | None = None             # el bloque con que se vota («Mociones de hacienda», migración 0073)
    del_bloque: tuple[str, ...] = ()      # las mociones de ese bloque, por número («Moción 1», «Moción HAC 2»)
    recomendaciones_de_cambio: tuple[RecomendacionDeCambio, ...] = ()   # por línea (migración 0074)

    @property
    def identificador(self) -> str:
        """«HAC 3» o «3»."""
        return identificador_de_la_mocion(self.numero, self.prefijo)

    @property
    def rotulo(self) -> str:
        """«Moción HAC 3» o «Moción 3»: como la nombran el acta, el sitio, OParl y el proyector."""
        return rotulo_de_la_mocion(self.numero, self.prefijo)


@dataclass(frozen=True)
class OradorEnDocumentos:
    quien: str
    tipo: str                             # el código (dominio.sala.TIPOS_ORADOR)
    tipo_escrito: str
    segundos: int | None
    duracion: str                         # «3 min 05 s»; «—» si no consta
    mocion_id: int | None                 # la moción de su lista (None: la del punto)


@dataclass
class SalaDeLaSesion:
    mociones: list[MocionEnDocumentos] = field(default_factory=list)
    oradores: dict[int, list[OradorEnDocumentos]] = field(default_factory=dict)   # por punto: los que hablaron

    def mociones_del_punto(self, punto_id: int) -> list[MocionEnDocumentos]:
        return [m for m in self.mociones if m.punto_id == punto_id]

    def recibidas(self) -> list[MocionEnDocumentos]:
        """Las que se adjuntan a la convocatoria: todas menos las no admitidas y las retiradas."""
        return [m for m in self.mociones if m.estado not in _FUERA_DE_LA_CONVOCATORIA]


def duracion(segundos: int | None) -> str:
    """45 → «45 s»; 185 → «3 min 05 s»; None → «—»."""
    if segundos is None:
        return "—"
    minutos, resto = divmod(int(segundos), 60)
    return traducir("{0} min {1:02d} s").format(minutos, resto) if minutos else traducir("{0} s").format(resto)


def _con_motivo(texto: str, motivo: str | None) -> str:
    motivo = (motivo or "").strip().rstrip(".")
    return traducir("{0}: {1}.").format(texto, motivo) if motivo else f"{texto}."


def _estado_de_la_mocion(m: dict) -> str:
    """El estado final de una moción en una frase, en el idioma en curso."""
    estado = m["estado"]
    if estado == "aprobada" and m["resolucion_tipo"]:
        return traducir("Aprobada; adoptada como {0}.").format(cita_resolucion(
            m["resolucion_tipo"], m["resolucion_numero"], m["resolucion_anio"], m["resolucion_organo"]))
    if estado == "derivada":
        # «Derivada al Consejo», «Derivada a la Comisión Directiva»: el artículo, el del órgano.
        return _con_motivo(traducir("Derivada {0}").format(a_organo(m["derivada_a_nombre"]) or "—"), m["motivo"])
    if estado == "aplazada":
        return _con_motivo(traducir("Aplazada a una sesión posterior"), m["motivo"])
    if estado in ("no_admitida", "retirada"):
        return _con_motivo(traducir(NOMBRES_ESTADO_MOCION[estado]), m["motivo"])
    if estado == "no_tratada":
        # OpenSlides: «not concerned». Lo decide la sala, no la falta de tiempo del acta («Presentada; no se trató»).
        return _con_motivo(traducir("No tratada por la sala"), m["motivo"])
    if estado == "rechazada":
        # La rechaza su votación, sin motivo: el que guarda la moción es otro (el de admitirla fuera de plazo).
        return f"{traducir(NOMBRES_ESTADO_MOCION[estado])}."
    if estado == "presentada":
        return traducir("Presentada; no se trató.")
    if estado == "admitida":
        return traducir("Admitida; no se votó.")
    return f"{traducir(NOMBRES_ESTADO_MOCION.get(estado, estado))}."


def _de_donde_viene(m: dict) -> str | None:
    """La historia de una moción aplazada que se trata en esta sesión, en una frase; None si no viene de otra."""
    if m["viene_de"] is None:
        return None
    try:
        fecha = formato.fecha(m["viene_de_fecha"])
    except ValueError:
        fecha = str(m["viene_de_fecha"])
    return traducir("Viene de la moción {0}, aplazada en la sesión del {1}.").format(m["viene_de_numero"], fecha)


def _mocion_en_documentos(m: dict, firmantes: list[dict], plazo, enmiendas: tuple, votaciones: tuple,
                          final: str | None, del_bloque: tuple[str, ...] = (),
                          recomendaciones: tuple = ()) -> MocionEnDocumentos:
    """La moción (fila de datos.sala_en_documentos) con sus firmantes, enmiendas y votaciones ya armadas."""
    def de(papel: str, clave: str) -> tuple:
        return tuple(f[clave] for f in firmantes if f["papel"] == papel)

    return MocionEnDocumentos(
        m["id"], m["sesion_id"], m["punto_id"], m["numero"], m["titulo"], m["texto"], m["fundamento"],
        m["recibida_el"], bool(m["fuera_de_plazo"]) or fuera_de_plazo(date.fromisoformat(m["recibida_el"]), plazo),
        de("autor", "miembro"), de("apoyo", "miembro"), de("autor", "miembro_id"),
        m["estado"], _estado_de_la_mocion(m), m["resolucion_id"],
        cita_resolucion(m["resolucion_tipo"], m["resolucion_numero"], m["resolucion_anio"],
                        m["resolucion_organo"]) if m["resolucion_tipo"] else None,
        m["viene_de"], _de_donde_viene(m), m["raiz"] if m["raiz"] is not None else m["id"], enmiendas,
        votaciones, final, m["motivo_admision"],
        frase_de_la_recomendacion(m["organo_recomienda"], m["recomendada_el"], m["recomendacion"],
                                  m["recomendacion_nota"]) if m["recomendacion"] else None,
        m["recomendacion"], m["organo_recomienda"], m["recomendada_por"], de("apoyo", "miembro_id"), m["categoria"],
        m["prefijo"], m["bloque"], del_bloque, recomendaciones)


def objeto_del_bloque(nombre: str, rotulos: tuple[str, ...]) -> str:
    """Lo que se votó en bloque, como lo nombran el acta y el sitio: «Bloque «Mociones de hacienda» (Moción 1,
    Moción HAC 2)»."""
    return traducir("Bloque «{0}» ({1})").format(nombre, ", ".join(rotulos))


def _bloques(filas: list[dict]) -> dict[int, tuple[str, tuple[str, ...]]]:
    """De cada moción en un bloque: el nombre del bloque y los rótulos de sus mociones, por número."""
    rotulos: dict[int, list[str]] = defaultdict(list)
    for m in filas:
        if m["bloque_id"] is not None:
            rotulos[m["bloque_id"]].append(rotulo_de_la_mocion(m["numero"], m["prefijo"]))
    return {m["id"]: (m["bloque"], tuple(rotulos[m["bloque_id"]])) for m in filas if m["bloque_id"] is not None}


def _objeto_de_la_votacion(v: dict, numeros: dict, numero_de_enmienda: dict, bloque_de: dict) -> str:
    """Lo que se votó: «Enmienda 2 a la moción 1», «Moción HAC 3» o, votada en bloque, el bloque con sus mociones."""
    if v["enmienda_id"] is not None:
        return traducir("Enmienda {0} a la moción {1}").format(numero_de_enmienda[v["enmienda_id"]],
                                                               identificador_de_la_mocion(*numeros[v["mocion_id"]]))
    if v["mocion_id"] in bloque_de:
        return objeto_del_bloque(*bloque_de[v["mocion_id"]])
    return rotulo_de_la_mocion(*numeros[v["mocion_id"]])


def _recomendaciones_por_mocion(db, sesion_id: int) -> dict[int, list[dict]]:
    """Las filas de las recomendaciones de cambio de la sesión, por moción."""
    de_cambio: dict[int, list[dict]] = defaultdict(list)
    for r in tabla_recomendaciones.recomendaciones_de_la_sesion(db, sesion_id):
        de_cambio[r["mocion_id"]].append(r)
    return de_cambio


def _texto_final(texto: str, aprobadas: list[list[Cambio]], recomendaciones: tuple) -> str | None:
    """El texto con las enmiendas aprobadas y las recomendaciones de cambio aceptadas (None si nada lo cambió)."""
    aceptadas = [Recomendacion(r.desde, r.hasta, r.texto) for r in recomendaciones if r.estado == "aceptada"]
    return unir(texto_resultante(texto, aceptadas, aprobadas)) if aprobadas or aceptadas else None


def sala_de_la_sesion(contexto: Contexto, sesion_id: int) -> SalaDeLaSesion:
    """Las mociones (con sus enmiendas y votaciones) y los oradores de la sesión de la asociación."""
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    # «Fuera de plazo»: la que se admitió así (lo guardado) o la recibida después del plazo, como en la lista de
    # mociones de la ventana y de «mociones listar» (servicios.mociones).
    plazo = plazo_de_las_mociones(contexto, sesion)[0]
    db = contexto.db
    firmantes: dict[int, list[dict]] = defaultdict(list)
    for f in tabla_sala.firmantes_de_las_mociones(db, sesion_id):
        firmantes[f["mocion_id"]].append(f)
    cambios: dict[int, list[Cambio]] = defaultdict(list)
    for c in tabla_sala.cambios_de_las_enmiendas(db, sesion_id):
        cambios[c["enmienda_id"]].append(Cambio(c["operacion"], c["parrafo"], c["texto"]))
    autores: dict[int, list[str]] = defaultdict(list)
    for a in tabla_sala.autores_de_las_enmiendas(db, sesion_id):
        autores[a["enmienda_id"]].append(a["miembro"])
    enmiendas: dict[int, list[dict]] = defaultdict(list)
    for e in tabla_sala.enmiendas_de_la_sesion(db, sesion_id):
        enmiendas[e["mocion_id"]].append(e)
    numero_de_enmienda = {e["id"]: e["numero"] for lista in enmiendas.values() for e in lista}
    votaciones: dict[int, list[VotacionDeLaSala]] = defaultdict(list)
    filas = tabla_sala.mociones_de_la_sesion(db, sesion_id)
    de_cambio = _recomendaciones_por_mocion(db, sesion_id)
    numeros = {m["id"]: (m["numero"], m["prefijo"]) for m in filas}
    bloque_de = _bloques(filas)
    for v in tabla_sala.votaciones_de_la_sala(db, sesion_id):
        objeto = _objeto_de_la_votacion(v, numeros, numero_de_enmienda, bloque_de)
        votaciones[v["mocion_id"]].append(VotacionDeLaSala(v["id"], v["mocion_id"], v["enmienda_id"], objeto,
                                                           votacion_escrita(v), bool(v["aprobada"]), v["cerrada_en"]))
    sala = SalaDeLaSesion()
    for m in filas:
        presentados = parrafos(m["texto"])
        numero_en_la_mocion = {e["id"]: e["numero"] for e in enmiendas[m["id"]]}
        suyas = tuple(EnmiendaEnDocumentos(
            e["id"], e["numero"], tuple(autores[e["id"]]), e["recibida_el"], e["estado"],
            _con_motivo(traducir(NOMBRES_ESTADO_ENMIENDA.get(e["estado"], e["estado"])), e["motivo"]),
            e["fundamento"], tuple(comparacion_con_la_enmendada(cambios[e["enmienda_de"]], cambios[e["id"]])
                                   if e["enmienda_de"] else comparacion(presentados, cambios[e["id"]])),
            numero_en_la_mocion.get(e["enmienda_de"])) for e in enmiendas[m["id"]])
        aprobadas = cambios_aprobados([(e["id"], e["enmienda_de"], e["estado"]) for e in enmiendas[m["id"]]], cambios)
        recomendaciones = tuple(armar_recomendacion(r, m["texto"]) for r in de_cambio[m["id"]])
        sala.mociones.append(_mocion_en_documentos(m, firmantes[m["id"]], plazo, suyas, tuple(votaciones[m["id"]]),
                                                   _texto_final(m["texto"], aprobadas, recomendaciones),
                                                   bloque_de.get(m["id"], (None, ()))[1], recomendaciones))
    for o in tabla_sala.oradores_de_la_sesion(db, sesion_id):
        if o["estado"] not in ("hablo", "hablando") and o["segundos"] is None:
            continue   # quien pidió la palabra y no habló (retirado, o la lista se cerró antes) no la tomó
        sala.oradores.setdefault(o["punto_id"], []).append(OradorEnDocumentos(
            o["miembro"] or o["persona"], o["tipo"], traducir(NOMBRES_TIPO_ORADOR.get(o["tipo"], o["tipo"])),
            o["segundos"], duracion(o["segundos"]), o["mocion_id"]))
    return sala


# --- en la convocatoria ---------------------------------------------------------------------------------------

class MocionRecibida(TypedDict):
    """Una moción como la adjunta la convocatoria («Mociones recibidas»)."""

    id: int
    numero: int
    titulo: str
    punto: str                            # la numeración de su punto en el orden del día («2», «1.1»)
    autores: list[str]
    apoyos: list[str]
    recibida_el: str
    fuera_de_plazo: bool
    texto: str
    viene_de: str | None                  # de dónde viene una moción aplazada en otra sesión
    prefijo: NotRequired[str]             # el de su categoría, si tiene («Moción HAC 3»)


def mociones_para_la_convocatoria(contexto: Contexto, sesion_id: int) -> list[MocionRecibida]:
    """Las mociones que se adjuntan a la convocatoria de la sesión: las recibidas que siguen en trámite o ya se
    trataron (no las no admitidas ni las retiradas), por número."""
    from .sesiones.puntos import orden_del_dia

    numeracion = {p["id"]: p["numeracion"] for p in orden_del_dia(contexto, sesion_id)}
    recibidas = []
    for m in sala_de_la_sesion(contexto, sesion_id).recibidas():
        recibida = MocionRecibida(id=m.id, numero=m.numero, titulo=m.titulo, punto=numeracion.get(m.punto_id, ""),
                                  autores=list(m.autores), apoyos=list(m.apoyos), recibida_el=m.recibida_el,
                                  fuera_de_plazo=m.fuera_de_plazo, texto=m.texto, viene_de=m.viene_de_escrito)
        if m.prefijo:
            recibida["prefijo"] = m.prefijo
        recibidas.append(recibida)
    return recibidas


# --- en el acta ----------------------------------------------------------------------------------------------
# Lo que el acta guarda de cada punto (JSON, dentro de ContenidoActa.puntos): textos ya escritos en el idioma del
# acta, para que el acta aprobada diga siempre lo mismo aunque cambien los nombres de los miembros o el programa.

class CambioEnElActa(TypedDict):
    parrafo: int
    operacion: str
    tramos: list[list[str]]               # [tipo, texto]: igual | quitado | agregado


class EnmiendaEnElActa(TypedDict):
    numero: int
    autores: list[str]
    estado: str
    cambios: list[CambioEnElActa]
    enmienda_de: NotRequired[int]         # solo la que enmienda otra enmienda (issue 82): el número de esa


class VotacionEnElActa(TypedDict):
    objeto: str                           # «Enmienda 1 a la moción 1», «Moción 1»
    texto: str                            # «Votación a mano alzada. Aprobada: …»


class MocionEnElActa(TypedDict):
    numero: int
    titulo: str
    autores: list[str]
    apoyos: list[str]
    recibida_el: str
    fuera_de_plazo: bool
    texto: str
    estado: str                           # el estado final, en una frase
    enmiendas: list[EnmiendaEnElActa]
    votaciones: list[VotacionEnElActa]    # en el orden en que se hicieron
    texto_final: NotRequired[str]         # solo si alguna enmienda aprobada cambió el texto
    viene_de: NotRequired[str]            # solo si es una moción aplazada en otra sesión: de dónde viene
    motivo_admision: NotRequired[str]     # solo si se admitió fuera de plazo con un motivo (las actas de antes de
                                          # la migración 0056 no lo tienen: su huella no cambia)
    recomendacion: NotRequired[str]       # solo si una comisión la recomendó (migración 0068), en una frase
    categoria: NotRequired[str]           # solo si tiene categoría (migración 0070): su nombre («Hacienda»)
    recomendaciones_de_cambio: NotRequired[list[str]]   # solo si tiene (migración 0074): cada una en una frase
    prefijo: NotRequired[str]             # y su prefijo («HAC»: el acta la nombra «Moción HAC 3»)
    bloque: NotRequired[str]              # solo si está en un bloque de mociones (migración 0073): su nombre


class OradorEnElActa(TypedDict):
    quien: str
    tipo: str
    duracion: str
    mocion: NotRequired[int | str]        # la moción, si habló en su lista: su número, o «HAC 3» con categoría


class SalaDelPunto(TypedDict, total=False):
    """Lo que el acta agrega a un punto: solo las claves que tiene."""

    mociones: list[MocionEnElActa]
    oradores: list[OradorEnElActa]


def _parrafo_comparado_en_el_acta(p: ParrafoComparado) -> CambioEnElActa:
    return CambioEnElActa(parrafo=p.numero, operacion=p.operacion, tramos=[[t.tipo, t.texto] for t in p.tramos])


def _enmienda_en_el_acta(e: EnmiendaEnDocumentos) -> EnmiendaEnElActa:
    # La que enmienda otra lleva «enmienda_de»; las demás, las mismas claves que antes (las actas aprobadas verifican).
    enmienda: EnmiendaEnElActa = {"numero": e.numero, "autores": list(e.autores), "estado": e.estado_escrito,
                                  "cambios": [_parrafo_comparado_en_el_acta(p) for p in e.comparacion]}
    if e.enmienda_de is not None:
        enmienda["enmienda_de"] = e.enmienda_de
    return enmienda


def mociones_en_el_acta(sala: SalaDeLaSesion, punto_id: int) -> list[MocionEnElActa]:
    """Las mociones del punto como las guarda el acta (vacío si no tiene)."""
    salida: list[MocionEnElActa] = []
    for m in sala.mociones_del_punto(punto_id):
        mocion: MocionEnElActa = {"numero": m.numero, "titulo": m.titulo, "autores": list(m.autores), "apoyos": list(m.apoyos),
                  "recibida_el": m.recibida_el, "fuera_de_plazo": m.fuera_de_plazo, "texto": m.texto,
                  "estado": m.estado_escrito,
                  "enmiendas": [_enmienda_en_el_acta(e) for e in m.enmiendas],
                  "votaciones": [{"objeto": v.objeto, "texto": v.texto} for v in m.votaciones]}
        if m.texto_final:
            mocion["texto_final"] = m.texto_final
        if m.viene_de_escrito:
            mocion["viene_de"] = m.viene_de_escrito
        if m.motivo_admision:
            mocion["motivo_admision"] = m.motivo_admision
        if m.recomendacion:
            mocion["recomendacion"] = m.recomendacion
        if m.prefijo:
            mocion["categoria"], mocion["prefijo"] = m.categoria, m.prefijo
        if m.bloque:
            mocion["bloque"] = m.bloque
        if m.recomendaciones_de_cambio:
            mocion["recomendaciones_de_cambio"] = [r.frase() for r in m.recomendaciones_de_cambio]
        salida.append(mocion)
    return salida


def oradores_en_el_acta(sala: SalaDeLaSesion, punto_id: int) -> list[OradorEnElActa]:
    """Quienes hablaron en el punto, en el orden en que hablaron: quién, en calidad de qué y cuánto."""
    numeros = {m.id: m.identificador if m.prefijo else m.numero for m in sala.mociones}
    salida: list[OradorEnElActa] = []
    for o in sala.oradores.get(punto_id, []):
        orador = OradorEnElActa(quien=o.quien, tipo=o.tipo_escrito, duracion=o.duracion)
        if o.mocion_id in numeros:
            orador["mocion"] = numeros[o.mocion_id]
        salida.append(orador)
    return salida


def lo_de_la_sala_en_el_punto(sala: SalaDeLaSesion, punto_id: int) -> SalaDelPunto:
    """Las claves que el acta agrega a un punto: «mociones» y «oradores», solo si las tiene (un punto sin sala se
    guarda como antes y las actas aprobadas antes verifican igual)."""
    extra: SalaDelPunto = {}
    mociones = mociones_en_el_acta(sala, punto_id)
    if mociones:
        extra["mociones"] = mociones
    oradores = oradores_en_el_acta(sala, punto_id)
    if oradores:
        extra["oradores"] = oradores
    return extra

