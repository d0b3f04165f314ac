"""Lo que ve la sala en la pantalla del proyector (issue 64, §4): el punto que se trata, el texto de la moción o la
enmienda con lo que cambia, quién tiene la palabra y cuánto le queda, quiénes siguen, el quórum en vivo, la votación
que se está contando y el resultado de la última cerrada de lo que se trata.

Todo escrito en el idioma de los documentos de la asociación (el de la sala, no el de la ventana de la secretaría),
también los rótulos fijos de la pantalla. Y solo lo que se puede proyectar: nombres de ciudades y de quien habla,
textos del orden del día y de las mociones, cifras de asistencia y de votos; nunca un correo, un teléfono, una
deuda ni quién tiene el voto suspendido (lo prueba tests/servicios/test_pantalla_de_la_sala.py contra la red de
ejemplo con sus contactos y su morosidad).

El foco (qué sesión, punto, moción o enmienda eligió la secretaría, y el recuento en vivo) lo lleva la ventana
(interfaz/sala_en_vivo.py); aquí se recibe cualquier objeto con esos atributos (`FocoPedido`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Protocol

from ..datos import asociaciones as tabla_asociaciones
from ..datos import pantalla_de_la_sala as tabla_pantalla
from ..datos import sesiones as tabla_sesiones
from ..dominio import enmiendas as dominio_enmiendas
from ..dominio.enmiendas import Cambio, Tramo
from ..dominio import oradores as reglas_de_oradores
from ..dominio.formato import numero
from ..dominio.mociones import frase_de_la_recomendacion, identificador_de_la_mocion, rotulo_de_la_mocion
from ..dominio.sala import NOMBRES_ESTADO_ENMIENDA, NOMBRES_ESTADO_MOCION, NOMBRES_TIPO_ORADOR
from ..dominio.traduccion import traducir
from .contexto import Contexto
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos, idioma_del_documento
from .reglas_de_la_sala import reglas_de_la_sala
from .resultados_en_su_idioma import texto_de_la_votacion
from .sesiones import sesion_de_la_asociacion, titulo_sesion
from .sesiones.asistencia import asistencia
from .sesiones.puntos import orden_del_dia

SIGUIENTES = 3   # cuántos de los que esperan se proyectan


class FocoPedido(Protocol):
    """Lo que la secretaría está tratando (interfaz/sala_en_vivo.FocoDeLaSala lo cumple)."""

    sesion_id: int | None
    punto_id: int | None
    mocion_id: int | None
    enmienda_id: int | None
    votacion: str | None


@dataclass(frozen=True)
class ParrafoProyectado:
    rotulo: str | None              # «Reemplaza el párrafo 2» (None: un párrafo del texto, sin cambios)
    tramos: tuple[Tramo, ...]       # igual | quitado | agregado (dominio/enmiendas.py)


@dataclass(frozen=True)
class TextoProyectado:
    encabezado: str                 # «Moción 3 · Admitida», «Enmienda 2 a la moción 3 · Presentada»
    titulo: str                     # el de la moción
    autores: str | None             # «Presentan: Montevideo, Rosario · Apoyan: Quito»
    parrafos: tuple[ParrafoProyectado, ...]
    nota: str | None = None         # «Con las enmiendas aprobadas.» y la recomendación de una comisión
    lineas: tuple[LineaProyectada, ...] = ()   # con recomendaciones de cambio: el texto presentado, numerado


@dataclass(frozen=True)
class LineaProyectada:
    numero: int                     # el de dominio.lineas (el que citan las recomendaciones de cambio)
    texto: str
    aparte: bool                    # la primera de un párrafo (salvo la del primero)


@dataclass(frozen=True)
class OradorProyectado:
    nombre: str                     # la ciudad o la persona anotada
    tipo: str | None                # «Cuestión de orden», «A favor», «En contra» (None: una intervención)
    empezo_en: datetime             # en UTC: cuándo habría empezado si no hubo pausas (el reloj corre desde aquí)
    segundos: int                   # los que le da el reglamento (servicios/reglas_de_la_sala.py)
    pausado: bool = False           # en pausa: el reloj está detenido
    hablados: int = 0               # en pausa, lo que lleva hablado


@dataclass(frozen=True)
class ResultadoProyectado:
    de_que: str                     # «Votación de la enmienda 2», «Votación del punto 3»
    aprobada: bool
    texto: str                      # «Aprobada: 14 a favor, 1 en contra, …»


@dataclass(frozen=True)
class RotulosDeLaSala:
    """Lo fijo de la pantalla, en el idioma de la sala."""

    orador: str
    siguientes: str
    votacion: str
    quorum: str
    excedido: str
    sin_punto: str
    pausa: str = ""                 # «En pausa»


@dataclass(frozen=True)
class PantallaDeLaSala:
    idioma: str                     # es | pt
    asociacion: str
    sesion: str                     # «XXI sesión ordinaria — Consejo»
    punto: str | None               # «3. Plan de trabajo…» (None: todavía no se trata ninguno)
    texto: TextoProyectado | None   # la moción o la enmienda que se trata
    orador: OradorProyectado | None
    siguientes: tuple[str, ...]     # los nombres de los próximos (a lo sumo SIGUIENTES)
    quorum: str                     # «Con la presencia de 34 de 52 … se verifica el quórum.»
    hay_quorum: bool
    votacion_en_curso: str | None   # el recuento en vivo («A favor: 12 · En contra: 3 · Abstenciones: 1»)
    resultado: ResultadoProyectado | None
    rotulos: RotulosDeLaSala


@en_el_idioma_de_los_documentos
def lo_que_ve_la_sala(contexto: Contexto, foco: FocoPedido) -> PantallaDeLaSala:
    """La pantalla de la sala para `foco` (su sesión tiene que ser de la asociación: si no, ErrorEscritorio). Lo que
    el foco nombra y no es de esa sesión (un punto de otra, una enmienda de otra moción) no se proyecta."""
    db = contexto.db
    sesion = sesion_de_la_asociacion(contexto, foco.sesion_id)
    puntos = {p["id"]: p for p in orden_del_dia(contexto, sesion["id"])}
    enmienda = tabla_pantalla.enmienda(db, foco.enmienda_id) if foco.enmienda_id else None
    mocion_id = enmienda["mocion_id"] if enmienda else foco.mocion_id
    mocion = tabla_pantalla.mocion(db, mocion_id) if mocion_id else None
    if mocion is not None and (mocion["sesion_id"] != sesion["id"]
                               or (foco.punto_id is not None and mocion["punto_id"] != foco.punto_id)
                               or (foco.mocion_id is not None and mocion["id"] != foco.mocion_id)):
        mocion = enmienda = None
    punto = puntos.get(mocion["punto_id"] if mocion else foco.punto_id)
    estado = asistencia(contexto, sesion["id"], punto["tipo_decision"] if punto else "ordinaria")
    orador, siguientes = _oradores(contexto, sesion, punto, mocion)
    return PantallaDeLaSala(
        idioma=idioma_del_documento(contexto),
        asociacion=(tabla_asociaciones.por_id(db, contexto.asociacion_id) or {}).get("nombre") or "",
        sesion=titulo_sesion(sesion),
        punto=f"{punto['numeracion']}. {punto['titulo']}" if punto else None,
        texto=(_enmienda(db, mocion, enmienda) if enmienda else _mocion(db, mocion)) if mocion else None,
        orador=orador, siguientes=siguientes,
        quorum=estado.quorum.enunciado(), hay_quorum=estado.quorum.hay,
        votacion_en_curso=foco.votacion or _urna_en_curso(db, sesion["id"]),
        resultado=_resultado(db, punto, mocion, enmienda),
        rotulos=RotulosDeLaSala(orador=traducir("En el uso de la palabra"), siguientes=traducir("Próximos oradores"),
                                votacion=traducir("Votación en curso"), quorum=traducir("Quórum"),
                                excedido=traducir("Tiempo excedido"), pausa=traducir("En pausa"),
                                sin_punto=traducir("Todavía no se trata ningún punto del orden del día.")))


@en_el_idioma_de_los_documentos
def recuento_en_vivo(contexto: Contexto, a_favor: int, en_contra: int, abstenciones: int) -> str | None:
    """El recuento que se está tomando, como se proyecta («A favor: 12 · En contra: 3 · Abstenciones: 1»); None si
    todavía no se contó ningún voto (no se proyecta una votación vacía)."""
    if not (a_favor or en_contra or abstenciones):
        return None
    return traducir("A favor: {0} · En contra: {1} · Abstenciones: {2}").format(
        numero(a_favor), numero(en_contra), numero(abstenciones))


def _urna_en_curso(db, sesion_id: int) -> str | None:
    """Con una urna electrónica abierta en la sesión: «Votación electrónica (secreta): votaron 12 de 30», que la
    sala ve crecer mientras vota desde los teléfonos (nunca quién eligió qué). None sin urna abierta."""
    from .voto_electronico import cuantos_votaron, urna_abierta

    papeleta = urna_abierta(db, sesion_id)
    if papeleta is None:
        return None
    votaron, pueden = cuantos_votaron(db, papeleta.urna_id)
    forma = traducir("secreta") if papeleta.secreta else traducir("nominal")
    return traducir("Votación electrónica ({0}): votaron {1} de {2}").format(forma, numero(votaron), numero(pueden))


def _autores(filas: list[dict]) -> str | None:
    autores = [f["nombre"] for f in filas if f["papel"] == "autor"]
    apoyos = [f["nombre"] for f in filas if f["papel"] == "apoyo"]
    partes = []
    if autores:
        partes.append((traducir("Presenta: {0}") if len(autores) == 1 else traducir("Presentan: {0}")).format(
            ", ".join(autores)))
    if apoyos:
        partes.append((traducir("Apoya: {0}") if len(apoyos) == 1 else traducir("Apoyan: {0}")).format(
            ", ".join(apoyos)))
    return " · ".join(partes) or None


def _estado(clave: str) -> str:
    """El estado de la moción o de la enmienda (los nombres: dominio/sala.py)."""
    return traducir(NOMBRES_ESTADO_ENMIENDA.get(clave) or NOMBRES_ESTADO_MOCION.get(clave, clave))


def _mocion(db, mocion: dict) -> TextoProyectado:
    """El texto de la moción: el presentado, con las enmiendas ya aprobadas aplicadas; con recomendaciones de cambio
    por línea, el presentado con sus números de línea y cada recomendación con lo que quita y agrega."""
    from ..datos.recomendaciones_de_cambio import recomendaciones_de

    de_cambio = recomendaciones_de(db, mocion["id"])
    if de_cambio:
        return _mocion_con_lineas(db, mocion, de_cambio)
    from .enmiendas import texto_final_de

    final = texto_final_de(db, mocion)   # la misma cuenta que la ventana (con las enmiendas a una enmienda)
    texto, aprobadas = final.parrafos, final.aprobadas
    return TextoProyectado(
        encabezado=traducir("{0} · {1}").format(rotulo_de_la_mocion(mocion["numero"], mocion["prefijo"]),
                                                _estado(mocion["estado"])),
        titulo=mocion["titulo"], autores=_autores(tabla_pantalla.autores_de_la_mocion(db, mocion["id"])),
        parrafos=tuple(ParrafoProyectado(None, (Tramo("igual", p),)) for p in texto),
        nota=" ".join(n for n in (traducir("Con las enmiendas aprobadas.") if aprobadas else None,
                                  _recomendacion(mocion), _bloque(db, mocion)) if n) or None)


def _bloque(db, mocion: dict) -> str | None:
    """El bloque con que se vota la moción y sus mociones («Se vota en el bloque «Hacienda»: Moción 1, Moción 2.»)."""
    if mocion["bloque_id"] is None:
        return None
    from ..datos.bloques_de_mocion import mociones_del_bloque

    rotulos = [rotulo_de_la_mocion(m["numero"], m["prefijo"]) for m in mociones_del_bloque(db, mocion["bloque_id"])]
    return traducir("Se vota en el bloque «{0}»: {1}.").format(mocion["bloque"], ", ".join(rotulos))


def _mocion_con_lineas(db, mocion: dict, de_cambio: list[dict]) -> TextoProyectado:
    from ..dominio.lineas import lineas
    from .recomendaciones_de_cambio import armar_recomendacion

    numeradas = lineas(mocion["texto"])
    recomendaciones = [armar_recomendacion(f, mocion["texto"]) for f in de_cambio]
    return TextoProyectado(
        encabezado=traducir("{0} · {1}").format(rotulo_de_la_mocion(mocion["numero"], mocion["prefijo"]),
                                                _estado(mocion["estado"])),
        titulo=mocion["titulo"], autores=_autores(tabla_pantalla.autores_de_la_mocion(db, mocion["id"])),
        parrafos=tuple(ParrafoProyectado(
            traducir("Recomendación de cambio {0}, {1} · {2}").format(r.numero, r.lineas, r.nombre_estado),
            tuple(dominio_enmiendas.diferencias(" ".join(r.texto_citado.split()), r.texto)))
            for r in recomendaciones),
        nota=" ".join(n for n in (traducir("Texto presentado, con sus números de línea."), _recomendacion(mocion))
                      if n),
        lineas=tuple(LineaProyectada(x.numero, x.texto, x.parrafo != numeradas[i - 1].parrafo if i else False)
                     for i, x in enumerate(numeradas)))


def _recomendacion(mocion: dict) -> str | None:
    """La recomendación de una comisión, la misma frase del acta (None si no tiene)."""
    if not mocion.get("recomendacion"):
        return None
    return frase_de_la_recomendacion(mocion["organo_recomienda"], mocion["recomendada_el"], mocion["recomendacion"],
                                     mocion["recomendacion_nota"])


def _rotulo_del_cambio(operacion: str, parrafo: int) -> str:
    if operacion == "insertar":
        return (traducir("Inserta al principio") if parrafo == 0
                else traducir("Inserta después del párrafo {0}").format(parrafo))
    if operacion == "suprimir":
        return traducir("Suprime el párrafo {0}").format(parrafo)
    return traducir("Reemplaza el párrafo {0}").format(parrafo)


def _enmienda(db, mocion: dict, enmienda: dict) -> TextoProyectado:
    """La enmienda leída contra el texto presentado de la moción: la misma comparación que la ventana y el acta
    (dominio.enmiendas.comparacion)."""
    cambios = [Cambio(c["operacion"], c["parrafo"], c["texto"])
               for c in tabla_pantalla.cambios_de_la_enmienda(db, enmienda["id"])]
    enmendada = tabla_pantalla.enmienda(db, enmienda["enmienda_de"]) if enmienda["enmienda_de"] else None
    if enmendada is not None:   # una enmienda a una enmienda (issue 82): contra el texto que propone la enmendada
        comparados = dominio_enmiendas.comparacion_con_la_enmendada(
            [Cambio(c["operacion"], c["parrafo"], c["texto"])
             for c in tabla_pantalla.cambios_de_la_enmienda(db, enmendada["id"])], cambios)
    else:
        comparados = dominio_enmiendas.comparacion(dominio_enmiendas.parrafos(mocion["texto"]), cambios)
    autores = tabla_pantalla.autores_de_la_enmienda(db, enmienda["id"])
    mocion_ = identificador_de_la_mocion(mocion["numero"], mocion["prefijo"])
    return TextoProyectado(
        encabezado=(traducir("Enmienda {0} a la enmienda {1} de la moción {2} · {3}").format(
            enmienda["numero"], enmendada["numero"], mocion_, _estado(enmienda["estado"])) if enmendada else
            traducir("Enmienda {0} a la moción {1} · {2}").format(enmienda["numero"], mocion_,
                                                                  _estado(enmienda["estado"]))),
        titulo=mocion["titulo"],
        autores=_autores([{"nombre": a, "papel": "autor"} for a in autores]),
        parrafos=tuple(ParrafoProyectado(_rotulo_del_cambio(p.operacion, p.numero), p.tramos) for p in comparados))


def _oradores(contexto: Contexto, sesion: dict, punto: dict | None,
              mocion: dict | None) -> tuple[OradorProyectado | None, tuple[str, ...]]:
    """Quien habla y los próximos. Con un punto elegido, los de sus listas (primero la de la moción elegida); sin
    punto, los de cualquier lista de la sesión. El orden de la cola y el tiempo de cada uno: dominio/oradores.py."""
    filas = tabla_pantalla.oradores_en_la_sala(contexto.db, sesion["id"])
    if punto is not None:
        filas = [f for f in filas if f["punto_id"] == punto["id"]]
    if mocion is not None and any(f["mocion_id"] == mocion["id"] for f in filas):
        filas = [f for f in filas if f["mocion_id"] == mocion["id"]]
    elif punto is not None and any(f["mocion_id"] is None for f in filas):
        filas = [f for f in filas if f["mocion_id"] is None]
    hablando = reglas_de_oradores.hablando(f for f in filas if f["empezo_en"])
    orador = _orador_proyectado(contexto, sesion, hablando) if hablando is not None else None
    esperan = reglas_de_oradores.cola(filas)
    return orador, tuple(f["nombre"] for f in esperan[:SIGUIENTES])


def _orador_proyectado(contexto: Contexto, sesion: dict, hablando: dict) -> OradorProyectado:
    """Quien tiene la palabra, con su tiempo: el reloj corre desde cuándo habría empezado sin las pausas (lo hablado
    antes de reanudar cuenta); en pausa, el reloj se detiene en lo hablado."""
    reglas = reglas_de_la_sala(contexto, sesion["organo_id"])
    tipo = hablando["tipo"]
    previos = hablando["segundos_previos"] or 0
    corre = reglas_de_oradores.leer_momento(hablando["corre_desde"] or hablando["empezo_en"])
    return OradorProyectado(
        nombre=hablando["nombre"],
        tipo=None if tipo == reglas_de_oradores.INTERVENCION else traducir(NOMBRES_TIPO_ORADOR[tipo]),
        empezo_en=corre - timedelta(seconds=previos),
        segundos=reglas_de_oradores.segundos_permitidos(tipo, reglas.segundos_palabra, reglas.segundos_cuestion_orden,
                                                        reglas.segundos_intervencion_breve, reglas.segundos_pregunta),
        pausado=bool(hablando["pausado_en"]), hablados=previos)


def _resultado(db, punto: dict | None, mocion: dict | None, enmienda: dict | None) -> ResultadoProyectado | None:
    """La votación cerrada de lo que se trata: la de la enmienda, la de la moción o la del punto."""
    if mocion is not None:
        fila = tabla_pantalla.votacion_de_la_sala(db, mocion["id"], enmienda["id"] if enmienda else None)
        de_que = (traducir("Votación de la enmienda {0}").format(enmienda["numero"]) if enmienda
                  else traducir("Votación de la moción {0}").format(identificador_de_la_mocion(mocion["numero"],
                                                                                                mocion["prefijo"])))
        if enmienda is None and mocion["bloque_id"] is not None:
            de_que = traducir("Votación del bloque «{0}»").format(mocion["bloque"])
    elif punto is not None:
        fila = tabla_sesiones.votacion(db, punto["id"])
        de_que = traducir("Votación del punto {0}").format(punto["numeracion"])
    else:
        return None
    if fila is None:
        return None
    return ResultadoProyectado(de_que=de_que, aprobada=bool(fila["aprobada"]), texto=texto_de_la_votacion(fila))


@dataclass(frozen=True)
class CuentaRegresiva:
    restantes: int          # segundos; negativo: los que lleva de más
    texto: str              # «2:35», o «+0:12» pasado el tiempo
    excedido: bool
    pausada: bool = False   # el reloj está detenido


def cuenta_regresiva(orador: OradorProyectado, ahora: datetime | None = None) -> CuentaRegresiva:
    """Cuánto le queda a quien habla, a partir de cuándo empezó y del tiempo que le da el reglamento."""
    ahora = ahora or datetime.now(timezone.utc)
    if orador.pausado:
        restantes = orador.segundos - orador.hablados
    else:
        restantes = reglas_de_oradores.restantes(reglas_de_oradores.momento(orador.empezo_en), orador.segundos, ahora)
    return CuentaRegresiva(restantes, reglas_de_oradores.reloj(restantes), restantes < 0, orador.pausado)
