"""Las solicitudes de las personas sobre sus datos: registrarlas con el plazo de la ley, listarlas, responderlas; y la
política de datos de la asociación (la ley que aplica, a quién se dirigen las solicitudes, cuánto se conserva) y la
base legal y la finalidad de cada clase de datos (issue 65).

Cada solicitud guarda el plazo que se le aplicó (la ley y su artículo, o el plazo propio de la asociación) y su
vencimiento, calculados el día en que se registra: si la ley cambia después (la de Chile cambia el 1/12/2026), una
solicitud ya recibida conserva el suyo. «Próximos pasos» muestra las que están por vencer (servicios/agenda_datos_
personales.py). Lo que cada derecho hace está en su módulo: acceso_a_los_datos.py, supresion_de_datos.py y
oposicion_al_correo.py; la rectificación se hace con las ediciones de siempre (la ficha del miembro, la sesión) y se
responde aquí (`responder`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import TypedDict

from ..datos import personas as tabla
from ..datos.bitacora import quien_opera
from ..datos.conexion import transaccion
from ..dominio import datos_personales as reglas
from ..dominio.formato import fecha as fecha_corta
from ..dominio.paises import codigo_pais, nombre_pais
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion, ProblemaDeCampo
from .base import hoy
from .campos import LARGO_CORTO, LARGO_LARGO, LARGO_NOMBRE, Revision, texto
from .contexto import Contexto
from .personas import persona_de_la_asociacion


class Solicitud(TypedDict):
    id: int
    persona_id: int
    persona: str
    derecho: str
    recibida_el: str
    canal: str
    detalle: str | None
    pais: str | None
    plazo: str
    vence_el: str
    estado: str
    respondida_el: str | None
    respondida_por: str | None
    respuesta: str | None
    registrada_en: str


@dataclass(frozen=True)
class Politica:
    """La política de datos de la asociación (la de omisión si nunca la fijó)."""
    pais: str | None
    dias_propios: int | None
    contacto: str | None
    anios_contactos_de_bajas: int
    meses_rebotes: int
    dias_de_aviso: int
    encargado: str | None = None     # el encargado de datos (LGPD, art. 41): sale en cada carta, el aviso y el registro

    @property
    def ley(self) -> str | None:
        ley = reglas.ley_de(self.pais, hoy())
        return ley.nombre if ley else None


POLITICA_POR_OMISION = Politica(None, None, None, 2, 12, 5)


def politica_de_la_sede(contexto: Contexto, pais: str) -> None:
    """La política con que nace una asociación: la de omisión con la ley del país de su sede. Dentro de la
    transacción que la crea (servicios.asociaciones.crear_asociacion)."""
    tabla.guardar_politica(contexto.db, contexto.asociacion_id, {**asdict(POLITICA_POR_OMISION), "pais": pais})


def politica(contexto: Contexto) -> Politica:
    fila = tabla.politica(contexto.db, contexto.asociacion_id)
    return Politica(**fila) if fila else POLITICA_POR_OMISION


def fijar_politica(contexto: Contexto, *, pais: str | None = ..., dias_propios: int | None = ...,
                   contacto: str | None = ..., anios_contactos_de_bajas: int | None = ...,
                   meses_rebotes: int | None = ..., dias_de_aviso: int | None = ...,
                   encargado: str | None = ...) -> Politica:
    """Cambia lo que se da (lo que no se da queda como estaba). `pais`: el de la ley que aplica la asociación (su
    código o su nombre; vacío, ninguno); `dias_propios`: un plazo propio en días corridos para todas las solicitudes
    (vacío o 0: el de la ley)."""
    revision = Revision()
    valores = {}
    if pais is not ...:
        codigo = codigo_pais(pais) if (pais or "").strip() else None
        if (pais or "").strip() and codigo is None:
            revision.problemas.append(ProblemaDeCampo("pais", traducir(
                "País de la ley: «{0}» no es un país reconocido; escriba su código ISO de dos letras (UY, AR, BR…) o su "
                "nombre.").format(str(pais)[:40])))
        valores["pais"] = codigo
    if contacto is not ...:
        valores["contacto"] = revision.texto(traducir("Contacto para las solicitudes"), contacto, maximo=LARGO_NOMBRE,
                                             obligatorio=False, clave="contacto")
    if encargado is not ...:
        valores["encargado"] = revision.texto(traducir("Encargado de datos"), encargado, maximo=LARGO_NOMBRE,
                                              obligatorio=False, clave="encargado")
    for nombre, valor, minimo, maximo, rotulo in (
            ("dias_propios", dias_propios, 0, 365, traducir("Plazo propio (días)")),
            ("anios_contactos_de_bajas", anios_contactos_de_bajas, 0, 50,
             traducir("Años que se conservan los contactos de un miembro que se fue")),
            ("meses_rebotes", meses_rebotes, 0, 600, traducir("Meses que se conserva una dirección rebotada")),
            ("dias_de_aviso", dias_de_aviso, 0, 90, traducir("Días de aviso antes del vencimiento"))):
        if valor is ...:
            continue
        if valor is None and nombre == "dias_propios":
            valores[nombre] = None
            continue
        try:
            numero = int(valor)
        except (TypeError, ValueError):
            numero = None
        if numero is None or not minimo <= numero <= maximo:
            revision.problemas.append(ProblemaDeCampo(nombre, traducir("{0}: «{1}» no es un número entre {2} y {3}.")
                                                      .format(rotulo, valor, minimo, maximo)))
            continue
        valores[nombre] = (numero or None) if nombre == "dias_propios" else numero
    revision.lanzar(traducir("No se guardó la política de datos:"))
    with transaccion(contexto.db):
        actual = politica(contexto)
        nueva = {c: valores.get(c, getattr(actual, c)) for c in tabla.COLUMNAS_DE_POLITICA}
        tabla.guardar_politica(contexto.db, contexto.asociacion_id, nueva)
    return politica(contexto)


def descripcion_de_la_ley(contexto: Contexto) -> str:
    """«Ley 18.331 de Protección de Datos Personales (Uruguay)», o qué falta fijar."""
    p = politica(contexto)
    if p.pais is None:
        return traducir("sin ley fijada")
    ley = reglas.ley_de(p.pais, hoy())
    pais = nombre_pais(p.pais)
    if ley is None:
        return traducir("{0}: Escritorio no conoce los plazos de su ley").format(pais)
    return f"{ley.nombre} ({pais})"


def encargado_de_datos(contexto: Contexto) -> str:
    """La línea que nombra al encargado de datos (LGPD, art. 41) en cada carta, en el aviso de privacidad y en el
    registro de actividades; si la asociación no lo nombró, lo dice."""
    encargado = politica(contexto).encargado
    return (traducir("Encargado de datos de la asociación: {0}.").format(encargado) if encargado else
            traducir("Encargado de datos de la asociación: no designado (la secretaría atiende las solicitudes)."))


def autoridad_de_control(contexto: Contexto) -> str | None:
    """«Agencia de Acceso a la Información Pública (AAIP): Av. … (www…)», la autoridad de control del país de la ley
    de la asociación; None si Escritorio no la conoce."""
    autoridad = reglas.AUTORIDADES.get(politica(contexto).pais or "")
    if autoridad is None:
        return None
    return f"{autoridad.nombre} ({autoridad.sigla}): {autoridad.direccion} ({autoridad.sitio})"


def reclamo_ante_la_autoridad(contexto: Contexto) -> str:
    """A quién puede reclamar la persona si no está conforme, con su dirección; si Escritorio no conoce la autoridad,
    lo dice en general."""
    autoridad = autoridad_de_control(contexto)
    if autoridad is None:
        return traducir("Si no está conforme con nuestra respuesta, puede reclamar ante la autoridad de protección de "
                        "datos de su país.")
    return traducir("Si no está conforme con nuestra respuesta, puede reclamar ante la autoridad de control: "
                    "{0}.").format(autoridad)


# --- las clases de datos: base legal, finalidad, conservación -------------------------------------------------------

class Tratamiento(TypedDict):
    clase: str
    nombre: str
    datos: str
    titulares: str
    base_legal: str
    finalidad: str
    conservacion: str
    se_puede_suprimir: str
    propio: bool          # la asociación lo cambió (si no, es el de omisión)


def tratamientos(contexto: Contexto) -> list[Tratamiento]:
    """Cada clase de datos personales con su base legal, su finalidad y su conservación: las que fijó la asociación
    o, si no, las de omisión (dominio/datos_personales.py, escritas en la guía)."""
    propios = tabla.tratamientos(contexto.db, contexto.asociacion_id)
    salida = []
    for clase in reglas.CLASES:
        propio = propios.get(clase.codigo)
        salida.append(Tratamiento(
            clase=clase.codigo, nombre=traducir(clase.nombre), datos=traducir(clase.datos),
            titulares=traducir(clase.titulares),
            base_legal=propio["base_legal"] if propio else traducir(clase.base_legal),
            finalidad=propio["finalidad"] if propio else traducir(clase.finalidad),
            conservacion=propio["conservacion"] if propio else traducir(clase.conservacion),
            se_puede_suprimir=traducir(clase.se_puede_suprimir), propio=propio is not None))
    return salida


def fijar_tratamiento(contexto: Contexto, clase: str, *, base_legal: str | None = None, finalidad: str | None = None,
                      conservacion: str | None = None) -> Tratamiento:
    """La base legal, la finalidad o la conservación de una clase de datos, como las decide la asociación (lo que no se
    da queda como estaba)."""
    if clase not in reglas.CLASE:
        raise ErrorValidacion(traducir("Clase de datos: «{0}» no es una clase (son: {1}).").format(
            clase, ", ".join(reglas.CLASE)), campos={"clase": clase})
    actual = next(t for t in tratamientos(contexto) if t["clase"] == clase)
    revision = Revision()
    valores = {}
    for campo, valor, rotulo in (("base_legal", base_legal, traducir("Base legal")),
                                 ("finalidad", finalidad, traducir("Finalidad")),
                                 ("conservacion", conservacion, traducir("Conservación"))):
        valores[campo] = (actual[campo] if valor is None else
                          revision.texto(rotulo, valor, maximo=LARGO_CORTO, clave=campo))
    revision.lanzar(traducir("No se guardó el tratamiento:"))
    with transaccion(contexto.db):
        tabla.guardar_tratamiento(contexto.db, contexto.asociacion_id, clase, **valores)
    return next(t for t in tratamientos(contexto) if t["clase"] == clase)


# --- las solicitudes --------------------------------------------------------------------------------------------

def listar_solicitudes(contexto: Contexto, *, abiertas: bool = False, persona_id: int | None = None
                       ) -> list[Solicitud]:
    return [Solicitud(**f) for f in tabla.solicitudes(contexto.db, contexto.asociacion_id, abiertas=abiertas,
                                                      persona_id=persona_id)]


def solicitud_de_la_asociacion(contexto: Contexto, solicitud_id: int) -> Solicitud:
    fila = tabla.solicitud(contexto.db, contexto.asociacion_id, solicitud_id)
    if fila is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No existe la solicitud {0} en esta asociación: elíjala en Datos personales › Solicitudes."),
            linea=traducir("No existe la solicitud {0} en esta asociación («escritorio derechos listar» da los "
                           "números).")).format(solicitud_id))
    return Solicitud(**fila)


def exigir_abierta(solicitud: Solicitud, derecho: str | None = None) -> None:
    """La solicitud está abierta y (con `derecho`) se responde como ese derecho: el bloqueo y la revocación, como la
    oposición; la anonimización, como la supresión; saber con quién se compartieron, como el acceso."""
    if derecho is not None and reglas.SE_RESPONDE_CON[solicitud["derecho"]] != derecho:
        raise ErrorEscritorio(traducir("La solicitud {0} es de {1}, no de {2}.").format(
            solicitud["id"], traducir(reglas.DERECHOS[solicitud["derecho"]]).lower(),
            traducir(reglas.DERECHOS[derecho]).lower()))
    if solicitud["estado"] != "abierta":
        raise ErrorEscritorio(traducir("La solicitud {0} ya fue {1} el {2}: no se responde dos veces.").format(
            solicitud["id"], traducir(reglas.ESTADOS_DE_SOLICITUD[solicitud["estado"]]).lower(),
            fecha_corta(solicitud["respondida_el"])))


@dataclass(frozen=True)
class SolicitudRegistrada:
    id: int
    vence_el: date
    plazo: str          # «5 días hábiles (Ley 18.331, art. 15)»


def _sin_ley(contexto: Contexto) -> str:
    return segun_la_puerta(
        ventana=traducir("la asociación no fijó la ley que aplica ({0}). Fíjela en Datos personales › Política (el "
                         "país de su sede), o un plazo propio en días."),
        linea=traducir("la asociación no fijó la ley que aplica ({0}). Fíjela con «escritorio derechos politica "
                       "--pais UY» (el país de su sede) o un plazo propio con «--dias-propios 15».")).format(
        descripcion_de_la_ley(contexto))


def por_que_no_se_registra_una_solicitud(contexto: Contexto) -> str | None:
    """Por qué hoy no se puede registrar ninguna solicitud (la asociación no tiene ley ni plazo propio), o None: la
    ventana lo dice antes de abrir el formulario, no después de llenarlo."""
    pol = politica(contexto)
    if any(reglas.plazo_de(pol.pais, derecho, hoy(), pol.dias_propios) is not None for derecho in reglas.DERECHOS):
        return None
    return traducir("No se puede registrar una solicitud todavía: {0}").format(_sin_ley(contexto))


def registrar_solicitud(contexto: Contexto, persona_id: int, derecho: str, *, recibida: date | None = None,
                        canal: str = "correo", detalle: str | None = None) -> SolicitudRegistrada:
    """Registra una solicitud de la persona, con el plazo que le da la ley de la asociación (o el plazo propio), y
    devuelve cuándo vence."""
    revision = Revision()
    if derecho not in reglas.DERECHOS:
        revision.problemas.append(ProblemaDeCampo("derecho", traducir(
            "Derecho: «{0}» no es uno de los derechos (son: {1}).").format(derecho, ", ".join(reglas.DERECHOS))))
    if canal not in reglas.CANALES:
        revision.problemas.append(ProblemaDeCampo("canal", traducir(
            "Canal: «{0}» no es un canal (son: {1}).").format(canal, ", ".join(reglas.CANALES))))
    recibida = revision.fecha(traducir("Recibida el"), recibida or hoy(), historica=True, clave="recibida",
                             hoy=hoy())
    if recibida is not None and recibida > hoy():
        revision._anotar(traducir("Recibida el"), traducir("{0} es posterior a hoy").format(fecha_corta(recibida)),
                         "recibida")
    detalle = revision.texto(traducir("Lo que pide"), detalle, maximo=LARGO_LARGO, multilinea=True, obligatorio=False,
                             clave="detalle")
    revision.lanzar(traducir("No se registró la solicitud:"))
    pol = politica(contexto)
    plazo = reglas.plazo_de(pol.pais, derecho, recibida, pol.dias_propios)
    if plazo is None:
        raise ErrorEscritorio(traducir("No se registró la solicitud: {0}").format(_sin_ley(contexto)))
    vence = reglas.vence(recibida, plazo)
    descripcion = f"{traducir(plazo.descripcion())} ({plazo.cita})"
    with transaccion(contexto.db):
        fila = persona_de_la_asociacion(contexto, persona_id)
        if fila["suprimida_por"] is not None:
            raise ErrorEscritorio(traducir("Los datos de la persona {0} ya se suprimieron (solicitud {1}): una "
                                           "solicitud nueva se registra a nombre de quien la hace ahora.").format(
                persona_id, fila["suprimida_por"]))
        solicitud_id = tabla.registrar_solicitud(contexto.db, contexto.asociacion_id, {
            "persona_id": persona_id, "derecho": derecho, "recibida_el": recibida.isoformat(), "canal": canal,
            "detalle": detalle, "pais": pol.pais, "plazo": descripcion, "vence_el": vence.isoformat()})
    return SolicitudRegistrada(solicitud_id, vence, descripcion)


def responder(contexto: Contexto, solicitud_id: int, respuesta: str, *, denegar: bool = False) -> Solicitud:
    """Responde una solicitud con lo que se hizo (una rectificación hecha en la ficha o en la sesión) o la deniega con
    su motivo (`denegar`). El acceso, la supresión y la oposición se responden al hacerse (sus módulos)."""
    respuesta = texto(traducir("Respuesta") if not denegar else traducir("Motivo"), respuesta, maximo=LARGO_LARGO,
                      multilinea=True)
    with transaccion(contexto.db):
        solicitud = solicitud_de_la_asociacion(contexto, solicitud_id)
        exigir_abierta(solicitud)
        if not denegar and reglas.SE_RESPONDE_CON[solicitud["derecho"]] != reglas.RECTIFICACION:
            raise ErrorEscritorio(segun_la_puerta(
                ventana=traducir("La solicitud {0} es de {1}: se responde haciéndolo, con su botón en Datos "
                                 "personales › Solicitudes (o se deniega con un motivo)."),
                linea=traducir("La solicitud {0} es de {1}: se responde haciéndolo («escritorio derechos acceso|"
                               "suprimir|oposicion {0}»), o se deniega con «--denegar».")).format(
                solicitud_id, traducir(reglas.DERECHOS[solicitud["derecho"]]).lower()))
        marcar_respondida(contexto, solicitud_id, respuesta, estado="denegada" if denegar else "respondida")
    return solicitud_de_la_asociacion(contexto, solicitud_id)


def marcar_respondida(contexto: Contexto, solicitud_id: int, respuesta: str, *, estado: str = "respondida",
                      borrar_detalle: bool = False) -> None:
    """Dentro de la transacción que responde: la solicitud queda respondida hoy por quien opera."""
    tabla.responder_solicitud(contexto.db, solicitud_id, estado, hoy().isoformat(), quien_opera(), respuesta,
                              detalle=None, con_detalle=borrar_detalle)


def plazo_vencido(solicitud: Solicitud) -> bool:
    return solicitud["estado"] == "abierta" and date.fromisoformat(solicitud["vence_el"]) < hoy()
