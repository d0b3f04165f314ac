"""Las mociones de una sesión (issue 64, punto 1): presentarlas, admitirlas o no, retirarlas, derivarlas a un
órgano, aplazarlas a una sesión posterior (y retomarlas allí, con su historia), y leerlas.

Lo que se decidió:
- Una moción se presenta sobre un punto del orden del día, con al menos un autor; autores y apoyos son miembros de la
  asociación el día en que se recibió (ni dados de baja ni solicitantes). Se numera por sesión («Moción 3»): el
  número se calcula dentro de la transacción que la guarda.
- El plazo (reglas de la sala del órgano: días antes de la sesión) se AVISA: presentar una moción tarde se puede y el
  resultado lo dice; admitirla pide un motivo, que queda guardado con «fuera de plazo» en su propia columna
  (`motivo_admision`, migración 0056): aplazarla, derivarla o retirarla después cambia `motivo`, no ese. El aviso
  nombra el último día y el artículo del reglamento que lo fija.
- Una moción puede llevar una categoría del órgano («Hacienda», prefijo «HAC»: «Moción HAC 3»), elegida al
  presentarla y cambiada mientras está presentada o admitida (servicios/categorias_de_mocion.py). Retomada en otra
  sesión del mismo órgano, la conserva.
- Aprobada y rechazada las pone la votación de la moción (servicios/votaciones_sala.py), no estas funciones.
- Aplazar no crea nada: `retomar` crea, en una sesión posterior, la moción que «viene de» la aplazada, con su texto,
  sus firmantes y su fecha de recepción (estaba en plazo para la primera sesión y sigue estándolo).
- Derivar y aplazar son decisiones de la sala: son actos de la sesión (servicios/actos_de_sesion.registrar_acto, la
  marcan «Celebrada»). Presentar, admitir y retirar pueden pasar antes de la sesión: no la marcan.
- Cada escritura es una transacción: se lee, se decide y se escribe con la base tomada. Con el acta aprobada, nada
  cambia (exigir_editable y, debajo, los triggers de la migración 0055).
"""

from dataclasses import dataclass, field
from datetime import date

from ..datos import mociones as tabla_mociones
from ..datos import miembros as tabla_miembros
from ..datos import sesiones as tabla_sesiones
from ..datos.conexion import transaccion
from ..dominio import formato
from ..dominio.enmiendas import parrafos
from ..dominio.miembros import NO_MIEMBRO
from ..dominio.flujos_de_mocion import siguientes
from ..dominio.mociones import (POR_LA_VOTACION, faltan_apoyos, fuera_de_plazo, identificador_de_la_mocion,
                                motivo_exigido, nombre_de_la_recomendacion, nombre_del_estado, problema_de_transicion,
                                rotulo_de_la_mocion)
from ..dominio.puerta import segun_la_puerta
from ..dominio.sesiones import titulo_de_la_sesion
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .actos_de_sesion import registrar_acto
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO, LARGO_DOCUMENTO, Revision
from .contexto import Contexto
from .mandatos import organo_de_la_asociacion
from .reglas_de_la_sala import flujo_de_las_mociones, plazo_de_las_mociones, reglas_de_la_sala
from .sesiones import exigir_editable, sesion_de_la_asociacion


@dataclass(frozen=True)
class Firmante:
    miembro_id: int
    nombre: str
    papel: str          # autor | apoyo


@dataclass(frozen=True)
class Mocion:
    """Una moción como la leen la ventana, la línea de órdenes y los documentos."""
    id: int
    sesion_id: int
    punto_id: int
    punto: str                  # su numeración en el orden del día («2», «2.1»)
    punto_titulo: str
    numero: int                 # «Moción 3» de la sesión
    titulo: str
    texto: str
    parrafos: list[str]
    fundamento: str | None
    recibida_el: str            # AAAA-MM-DD
    estado: str
    nombre_estado: str
    motivo: str | None
    admitida_fuera_de_plazo: bool
    motivo_admision: str | None  # por qué se admitió fuera de plazo (None si no se admitió así)
    derivada_a: int | None
    organo_derivada: str | None
    viene_de: int | None        # la moción aplazada que retoma
    retomada_en: int | None     # la moción que la retoma en otra sesión
    resolucion_id: int | None
    plazo: str | None           # el último día para presentarla (AAAA-MM-DD; None: sin plazo)
    articulo_plazo: str | None  # el artículo del reglamento que fija el plazo
    fuera_de_plazo: bool        # recibida después del plazo
    aviso_de_plazo: str | None  # el aviso, si se recibió fuera de plazo
    autores: list[Firmante] = field(default_factory=list)
    apoyos: list[Firmante] = field(default_factory=list)
    minimo_apoyos: int = 0                 # los que pide el reglamento para admitirla (0: ninguno)
    recomendacion: str | None = None       # la de una comisión antes de votarla (dominio.sala.RECOMENDACIONES)
    nombre_recomendacion: str | None = None
    recomendada_por: int | None = None     # el órgano que la da
    organo_recomienda: str | None = None
    recomendada_el: str | None = None
    recomendacion_nota: str | None = None
    categoria_id: int | None = None        # su categoría (servicios/categorias_de_mocion.py), del órgano de la sesión
    categoria: str | None = None           # su nombre («Hacienda»)
    prefijo: str | None = None             # su prefijo («HAC»)
    bloque_id: int | None = None           # el bloque con que se vota (servicios/bloques_de_mocion.py)
    bloque: str | None = None              # su nombre («Mociones de hacienda»)
    identificador: str = ""                # «HAC 3» (con categoría) o «3»: dominio.mociones.identificador_de_la_mocion
    # Las decisiones que el flujo de su órgano admite desde su estado (sin la votación): la ventana las ofrece.
    decisiones: tuple[str, ...] = ()

    @property
    def rotulo(self) -> str:
        """«Moción HAC 3» o «Moción 3» (dominio.mociones.rotulo_de_la_mocion)."""
        return rotulo_de_la_mocion(self.numero, self.prefijo)


@dataclass(frozen=True)
class MocionPresentada:
    id: int
    numero: int
    sesion_id: int
    aviso_de_plazo: str | None  # no None: se recibió fuera de plazo (admitirla pedirá un motivo)
    prefijo: str | None = None  # el de su categoría («HAC»: «Moción HAC 3»); None, sin categoría

    @property
    def rotulo(self) -> str:
        """«Moción HAC 3» o «Moción 3»."""
        return rotulo_de_la_mocion(self.numero, self.prefijo)


@dataclass(frozen=True)
class PasoDeLaHistoria:
    """Una moción de la cadena de aplazamientos, de la primera a la última."""
    mocion_id: int
    sesion_id: int
    sesion: str                 # «II sesión ordinaria — Asamblea»
    fecha: str
    numero: int
    estado: str
    nombre_estado: str
    motivo: str | None


# --- leer ---------------------------------------------------------------------------------------------------


def aviso_de_plazo(recibida_el: date, plazo: date | None, articulo: str | None, dias: int | None,
                   fecha_sesion: str) -> str | None:
    """El aviso de una moción recibida fuera de plazo (None si está en plazo): el día en que venció y de dónde sale."""
    if not fuera_de_plazo(recibida_el, plazo):
        return None
    cita = traducir(", {0}").format(articulo) if articulo else traducir(", sin artículo del reglamento que lo cite")
    return traducir("Se recibió el {0}, fuera de plazo: el plazo para presentar mociones a la sesión del {1} venció "
                    "el {2} ({3} días antes{4}).").format(
        formato.fecha(recibida_el), formato.fecha(fecha_sesion), formato.fecha(plazo), dias, cita)


def _armar(contexto: Contexto, filas: list[dict], sesion: dict) -> list[Mocion]:
    from .sesiones.puntos import orden_del_dia

    puntos = {p["id"]: p for p in orden_del_dia(contexto, sesion["id"])}
    plazo, articulo, dias = plazo_de_las_mociones(contexto, sesion)
    reglas = reglas_de_la_sala(contexto, sesion["organo_id"])
    firmas: dict[int, list[Firmante]] = {}
    for f in tabla_mociones.firmantes(contexto.db, [m["id"] for m in filas]):
        firmas.setdefault(f["mocion_id"], []).append(Firmante(f["miembro_id"], f["nombre"], f["papel"]))
    mociones = []
    for m in filas:
        recibida = date.fromisoformat(m["recibida_el"])
        punto = puntos.get(m["punto_id"], {})
        de_ella = firmas.get(m["id"], [])
        mociones.append(Mocion(
            id=m["id"], sesion_id=m["sesion_id"], punto_id=m["punto_id"], punto=punto.get("numeracion", "?"),
            punto_titulo=punto.get("titulo", ""), numero=m["numero"], titulo=m["titulo"], texto=m["texto"],
            parrafos=parrafos(m["texto"]), fundamento=m["fundamento"], recibida_el=m["recibida_el"],
            estado=m["estado"], nombre_estado=nombre_del_estado(m["estado"]), motivo=m["motivo"],
            admitida_fuera_de_plazo=bool(m["fuera_de_plazo"]), motivo_admision=m["motivo_admision"],
            derivada_a=m["derivada_a"],
            organo_derivada=m["organo_derivada"], viene_de=m["viene_de"], retomada_en=m["retomada_en"],
            resolucion_id=m["resolucion_id"], plazo=plazo.isoformat() if plazo else None, articulo_plazo=articulo,
            fuera_de_plazo=fuera_de_plazo(recibida, plazo),
            aviso_de_plazo=aviso_de_plazo(recibida, plazo, articulo, dias, sesion["fecha"]),
            autores=[f for f in de_ella if f.papel == "autor"], apoyos=[f for f in de_ella if f.papel == "apoyo"],
            minimo_apoyos=reglas.minimo_apoyos, recomendacion=m["recomendacion"],
            nombre_recomendacion=nombre_de_la_recomendacion(m["recomendacion"]) if m["recomendacion"] else None,
            recomendada_por=m["recomendada_por"], organo_recomienda=m["organo_recomienda"],
            recomendada_el=m["recomendada_el"], recomendacion_nota=m["recomendacion_nota"],
            categoria_id=m["categoria_id"], categoria=m["categoria"], prefijo=m["prefijo"],
            bloque_id=m["bloque_id"], bloque=m["bloque"],
            identificador=identificador_de_la_mocion(m["numero"], m["prefijo"]),
            decisiones=tuple(e for e in siguientes(reglas.flujo or frozenset(), m["estado"])
                             if e not in POR_LA_VOTACION)))
    return mociones


def _fila(contexto: Contexto, mocion_id: int) -> tuple[dict, dict]:
    """La moción de esta asociación y su sesión; si no existe, el error que dice cómo verlas."""
    fila = tabla_mociones.mocion(contexto.db, mocion_id)
    sesion = tabla_sesiones.sesion(contexto.db, fila["sesion_id"]) if fila is not None else None
    if fila is None or sesion is None or sesion["asociacion_id"] != contexto.asociacion_id:
        raise ErrorEscritorio(traducir("No existe la moción {0} en esta asociación.").format(mocion_id))
    return fila, sesion


def obtener(contexto: Contexto, mocion_id: int) -> Mocion:
    """Una moción por su id interno, con sus firmantes, su estado y lo que dice el plazo."""
    fila, sesion = _fila(contexto, mocion_id)
    return _armar(contexto, [fila], sesion)[0]


def id_por_numero(contexto: Contexto, sesion_id: int, numero: int) -> int:
    """El id de la «Moción N» de la sesión (así la nombra la línea de órdenes)."""
    sesion_de_la_asociacion(contexto, sesion_id)
    fila = tabla_mociones.mocion_por_numero(contexto.db, sesion_id, numero)
    if fila is None:
        raise ErrorEscritorio(traducir("La sesión {0} no tiene una moción {1}.").format(sesion_id, numero) + " "
                              + segun_la_puerta(
                                  ventana=traducir("Las mociones de la sesión están en su pestaña «Mociones»."),
                                  linea=traducir("Las mociones de la sesión se ven con «escritorio mociones listar "
                                                 "--sesion {0}».").format(sesion_id)))
    return fila["id"]


def listar(contexto: Contexto, sesion_id: int | None = None, punto_id: int | None = None,
           categoria_id: int | None = None) -> list[Mocion]:
    """Las mociones de una sesión o de uno de sus puntos, por número; con `categoria_id`, solo las de esa categoría."""
    if (sesion_id is None) == (punto_id is None):
        raise ErrorEscritorio(traducir("Indique la sesión o el punto de las mociones (uno de los dos)."))
    if punto_id is not None:
        punto = _punto(contexto, punto_id)
        sesion_id = punto["sesion_id"]
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    return _armar(contexto, tabla_mociones.mociones_de_la_sesion(contexto.db, sesion_id, punto_id, categoria_id),
                  sesion)


def historia(contexto: Contexto, mocion_id: int) -> list[PasoDeLaHistoria]:
    """La cadena de la moción: desde la primera vez que se presentó hasta la última sesión que la retomó."""
    db = contexto.db
    _fila(contexto, mocion_id)
    primera = mocion_id
    while (fila := tabla_mociones.mocion(db, primera))["viene_de"] is not None:
        primera = fila["viene_de"]
    pasos, actual = [], primera
    while actual is not None:
        fila = tabla_mociones.mocion(db, actual)
        sesion = tabla_mociones.fecha_de_la_sesion(db, actual)
        pasos.append(PasoDeLaHistoria(actual, sesion["id"], titulo_de_la_sesion(sesion["numero"], sesion["tipo"],
                                                                                sesion["organo"]),
                                      sesion["fecha"], fila["numero"], fila["estado"],
                                      nombre_del_estado(fila["estado"]), fila["motivo"]))
        actual = fila["retomada_en"]
    return pasos


# --- presentar ----------------------------------------------------------------------------------------------


def _punto(contexto: Contexto, punto_id: int) -> dict:
    punto = tabla_sesiones.punto(contexto.db, punto_id)
    if punto is None:
        raise ErrorEscritorio(traducir("No existe el punto {0}.").format(punto_id))
    sesion_de_la_asociacion(contexto, punto["sesion_id"])
    return punto


def exigir_miembros(contexto: Contexto, ids: list[int], al: date) -> None:
    """Autores y apoyos: miembros de la asociación el día en que se recibió la moción."""
    for miembro_id in ids:
        fila = tabla_miembros.vigente(contexto.db, contexto.asociacion_id, miembro_id, al.isoformat())
        if fila is None:
            raise ErrorEscritorio(traducir("No existe el miembro con id {0} en esta asociación: una moción la "
                                           "presentan y la apoyan miembros.").format(miembro_id))
        if fila["estado"] in NO_MIEMBRO:
            raise ErrorEscritorio(traducir("{0} (id {1}) no era miembro de la asociación el {2} (estado: {3}): no "
                                           "presenta ni apoya mociones.").format(
                fila["nombre"], miembro_id, formato.fecha(al), fila["estado"]))


def exigir_categoria_del_organo(db, organo_id: int, categoria_id: int | None) -> None:
    """La categoría (si hay) es una de las de mociones del órgano de la sesión (servicios/categorias_de_mocion.py)."""
    if categoria_id is None:
        return
    if categoria_id not in {c["id"] for c in tabla_mociones.categorias_de_mocion(db, organo_id)}:
        raise ErrorEscritorio(traducir("La categoría {0} no es una de las categorías de mociones del órgano de la "
                                       "sesión.").format(categoria_id))


def _firmantes(autores: list[int], apoyos: list[int]) -> list[tuple[int, str]]:
    autores = list(dict.fromkeys(autores))
    apoyos = [a for a in dict.fromkeys(apoyos)]
    if not autores:
        raise ErrorEscritorio(traducir("Una moción la presenta al menos un miembro: indique su autor."))
    repetidos = [a for a in apoyos if a in autores]
    if repetidos:
        raise ErrorEscritorio(traducir("El miembro {0} figura como autor y como apoyo: nómbrelo una sola vez.")
                              .format(repetidos[0]))
    return [(a, "autor") for a in autores] + [(a, "apoyo") for a in apoyos]


def presentar(contexto: Contexto, punto_id: int, titulo: str, texto: str, fundamento: str | None = None,
              autores: list[int] | None = None, apoyos: list[int] | None = None,
              recibida_el: date | None = None, categoria_id: int | None = None) -> MocionPresentada:
    """Registra una moción recibida sobre el punto `punto_id`, con la categoría `categoria_id` del órgano si se da; el
    resultado trae el aviso si llegó fuera de plazo."""
    revision = Revision()
    titulo = revision.texto(traducir("Título de la moción"), titulo, maximo=LARGO_CORTO, clave="titulo")
    texto = revision.texto(traducir("Texto de la moción"), texto, maximo=LARGO_DOCUMENTO, multilinea=True,
                           clave="texto")
    fundamento = revision.texto(traducir("Fundamento"), fundamento or None, maximo=LARGO_DOCUMENTO, multilinea=True,
                                obligatorio=False, clave="fundamento")
    recibida = revision.fecha(traducir("Recibida el"), recibida_el or fecha_de_hoy(),
                              clave="recibida")
    revision.lanzar(traducir("No se presentó la moción:"))
    firmantes = _firmantes(list(autores or []), list(apoyos or []))
    db = contexto.db
    with transaccion(db):
        punto = _punto(contexto, punto_id)
        sesion = sesion_de_la_asociacion(contexto, punto["sesion_id"])
        exigir_editable(sesion)
        if recibida > date.fromisoformat(sesion["fecha"]):
            raise ErrorEscritorio(traducir("La moción figura recibida el {0}, después de la sesión del {1}: revise la "
                                           "fecha de recepción.").format(formato.fecha(recibida),
                                                                         formato.fecha(sesion["fecha"])))
        exigir_miembros(contexto, [m for m, _ in firmantes], recibida)
        exigir_categoria_del_organo(db, sesion["organo_id"], categoria_id)
        numero = tabla_mociones.proximo_numero(db, sesion["id"])
        mocion_id = tabla_mociones.insertar_mocion(
            db, sesion_id=sesion["id"], punto_id=punto_id, numero=numero, titulo=titulo, texto=texto,
            fundamento=fundamento, recibida_el=recibida.isoformat(), viene_de=None, categoria_id=categoria_id)
        tabla_mociones.insertar_firmantes(db, mocion_id, firmantes)
        plazo, articulo, dias = plazo_de_las_mociones(contexto, sesion)
    return MocionPresentada(mocion_id, numero, sesion["id"],
                            aviso_de_plazo(recibida, plazo, articulo, dias, sesion["fecha"]),
                            tabla_mociones.mocion(db, mocion_id)["prefijo"])


# --- su vida --------------------------------------------------------------------------------------------------


def _decidir(contexto: Contexto, mocion_id: int, nuevo: str, motivo: str | None, *,
             derivada_a: int | None = None, acto: bool = False) -> Mocion:
    """Lee la moción, decide si puede pasar a `nuevo` y lo guarda, todo con la base tomada."""
    motivo = (motivo or "").strip() or None
    if motivo is not None:
        revision = Revision()
        motivo = revision.texto(traducir("Motivo"), motivo, maximo=LARGO_DOCUMENTO, multilinea=True)
        revision.lanzar(traducir("No se cambió la moción:"))
    db = contexto.db
    with transaccion(db):
        fila, sesion = _fila(contexto, mocion_id)
        exigir_editable(sesion)
        problema = problema_de_transicion(flujo_de_las_mociones(contexto, sesion["organo_id"]), fila["estado"], nuevo)
        if problema:
            raise ErrorEscritorio(traducir("Moción {0}: {1}").format(fila["numero"], problema))
        plazo, articulo, dias = plazo_de_las_mociones(contexto, sesion)
        recibida = date.fromisoformat(fila["recibida_el"])
        tarde = fuera_de_plazo(recibida, plazo)
        if nuevo == "admitida":
            _exigir_los_apoyos(contexto, fila, sesion)
        if motivo_exigido(nuevo, tarde) and motivo is None:
            raise ErrorEscritorio(_falta_el_motivo(fila["numero"], nuevo,
                                                   aviso_de_plazo(recibida, plazo, articulo, dias, sesion["fecha"])))
        tabla_mociones.cambiar_estado(db, mocion_id, nuevo, motivo, derivada_a=derivada_a,
                                      fuera_de_plazo=tarde if nuevo == "admitida" else None)
        if acto:
            registrar_acto(db, sesion["id"])
    return obtener(contexto, mocion_id)


def _exigir_los_apoyos(contexto: Contexto, fila: dict, sesion: dict) -> None:
    """Los apoyos que pide el reglamento del órgano para admitirla (sin contar a sus autores)."""
    reglas = reglas_de_la_sala(contexto, sesion["organo_id"])
    if not reglas.minimo_apoyos:
        return
    apoyos = sum(1 for f in tabla_mociones.firmantes(contexto.db, [fila["id"]]) if f["papel"] == "apoyo")
    problema = faltan_apoyos(fila["numero"], apoyos, reglas.minimo_apoyos, reglas.articulo)
    if problema:
        raise ErrorEscritorio(problema)


def _falta_el_motivo(numero: int, nuevo: str, aviso: str | None) -> str:
    como = segun_la_puerta(ventana=traducir("escríbalo en «Motivo»"),
                           linea=traducir("indíquelo con --motivo"))
    if nuevo == "admitida":
        return traducir("Moción {0}: {1} Para admitirla igual, la decisión necesita un motivo, que queda en el "
                        "registro: {2}.").format(numero, aviso, como)
    que = {"no_admitida": traducir("No admitir"), "derivada": traducir("Derivar"),
           "aplazada": traducir("Aplazar")}[nuevo]
    return traducir("Moción {0}: {1} una moción necesita un motivo, que queda en el registro: {2}.").format(
        numero, que, como)


def admitir(contexto: Contexto, mocion_id: int, motivo: str | None = None) -> Mocion:
    """La admite; si se recibió fuera de plazo, solo con un motivo (queda «fuera de plazo» con él)."""
    return _decidir(contexto, mocion_id, "admitida", motivo)


def no_admitir(contexto: Contexto, mocion_id: int, motivo: str) -> Mocion:
    return _decidir(contexto, mocion_id, "no_admitida", motivo)


def retirar(contexto: Contexto, mocion_id: int, motivo: str | None = None) -> Mocion:
    """Sus autores la retiran (presentada o admitida, antes de votarla)."""
    return _decidir(contexto, mocion_id, "retirada", motivo)


def derivar(contexto: Contexto, mocion_id: int, organo_id: int, motivo: str) -> Mocion:
    """La sala la deriva a un órgano (o unidad) de la asociación, con el motivo."""
    organo_de_la_asociacion(contexto, organo_id)
    return _decidir(contexto, mocion_id, "derivada", motivo, derivada_a=organo_id, acto=True)


def aplazar(contexto: Contexto, mocion_id: int, motivo: str) -> Mocion:
    """La sala la aplaza a una sesión posterior. No crea nada: `retomar` la trae a esa sesión."""
    return _decidir(contexto, mocion_id, "aplazada", motivo, acto=True)


def no_tratar(contexto: Contexto, mocion_id: int, motivo: str | None = None) -> Mocion:
    """La sala no llegó a ocuparse de ella (OpenSlides: «not concerned»), si el flujo de su órgano lo admite."""
    return _decidir(contexto, mocion_id, "no_tratada", motivo, acto=True)


def retomar(contexto: Contexto, mocion_id: int, punto_id: int) -> MocionPresentada:
    """La moción aplazada `mocion_id`, presentada de nuevo en el punto `punto_id` de una sesión posterior: el mismo
    texto, fundamento, firmantes y fecha de recepción; «viene de» la aplazada (su historia: `historia`)."""
    db = contexto.db
    with transaccion(db):
        fila, sesion_vieja = _fila(contexto, mocion_id)
        if fila["estado"] != "aplazada":
            raise ErrorEscritorio(traducir("Moción {0}: solo una moción aplazada se retoma en otra sesión (está «{1}»).")
                                  .format(fila["numero"], nombre_del_estado(fila["estado"])))
        if fila["retomada_en"] is not None:
            nueva = tabla_mociones.mocion(db, fila["retomada_en"])
            raise ErrorEscritorio(traducir("Moción {0}: ya se retomó en la sesión {1} (moción {2}).").format(
                fila["numero"], nueva["sesion_id"], nueva["numero"]))
        punto = _punto(contexto, punto_id)
        sesion = sesion_de_la_asociacion(contexto, punto["sesion_id"])
        exigir_editable(sesion)
        if sesion["fecha"] <= sesion_vieja["fecha"]:
            raise ErrorEscritorio(traducir("Una moción aplazada se retoma en una sesión posterior a la del {0}: la "
                                           "sesión {1} es del {2}.").format(formato.fecha(sesion_vieja["fecha"]),
                                                                            sesion["id"],
                                                                            formato.fecha(sesion["fecha"])))
        numero = tabla_mociones.proximo_numero(db, sesion["id"])
        nueva_id = tabla_mociones.insertar_mocion(
            db, sesion_id=sesion["id"], punto_id=punto_id, numero=numero, titulo=fila["titulo"], texto=fila["texto"],
            fundamento=fila["fundamento"], recibida_el=fila["recibida_el"], viene_de=mocion_id,
            categoria_id=fila["categoria_id"] if sesion["organo_id"] == sesion_vieja["organo_id"] else None)
        tabla_mociones.insertar_firmantes(db, nueva_id, [(f["miembro_id"], f["papel"])
                                                         for f in tabla_mociones.firmantes(db, [mocion_id])])
        plazo, articulo, dias = plazo_de_las_mociones(contexto, sesion)
    return MocionPresentada(nueva_id, numero, sesion["id"],
                            aviso_de_plazo(date.fromisoformat(fila["recibida_el"]), plazo, articulo, dias,
                                           sesion["fecha"]), tabla_mociones.mocion(db, nueva_id)["prefijo"])


@dataclass(frozen=True)
class PuntoPosible:
    """Un punto de una sesión posterior donde retomar una moción aplazada."""
    punto_id: int
    sesion_id: int
    texto: str          # «LXIII sesión ordinaria — Consejo (01/12/2026) · 1. Declaraciones»


def puntos_para_retomar(contexto: Contexto, mocion_id: int) -> list[PuntoPosible]:
    """Los puntos de las sesiones posteriores a la de la moción, con el acta sin aprobar (lo que `retomar` acepta)."""
    from .sesiones import listar_sesiones
    from .sesiones.puntos import orden_del_dia

    _, sesion = _fila(contexto, mocion_id)
    posibles = []
    for s in sorted(listar_sesiones(contexto), key=lambda s: s["fecha"]):
        if s["fecha"] <= sesion["fecha"] or s.get("estado_acta") in ("aprobada", "firmada"):
            continue
        for p in orden_del_dia(contexto, s["id"]):
            posibles.append(PuntoPosible(p["id"], s["id"], f"{s['titulo']} ({formato.fecha(s['fecha'])}) · "
                                                          f"{p['numeracion']}. {p['titulo']}"))
    return posibles
