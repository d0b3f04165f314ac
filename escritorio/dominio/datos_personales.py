"""Los derechos de las personas sobre sus datos y lo que la ley de cada país pide: qué derechos hay, en qué plazo se
responde cada uno, y para qué y con qué fundamento guarda la asociación cada clase de datos (issue 65).

Las personas del padrón no son los miembros (las ciudades) sino quienes aparecen en la base por su nombre, su
correo o su teléfono: los contactos de cada miembro, sus autoridades, quienes integran los órganos a título
personal, los delegados y apoderados de las sesiones, los invitados y oradores, quienes firman convenios y
declaraciones, los destinatarios del correo.

Los plazos son los de la ley del país de la asociación (el de su sede: `politica_de_datos.pais`), por derecho, con el
artículo que los fija. Un plazo en días hábiles cuenta de lunes a viernes: no conoce los feriados de cada país, así
que la fecha que da puede caer uno o dos días antes del vencimiento real (del lado seguro). Donde la ley no fija un
plazo que Escritorio conozca, la asociación fija el suyo (`dias_propios`). Nada de esto reemplaza el consejo de quien
asesora a la asociación en derecho: lo dice la guía.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .texto import normalizar

ACCESO, RECTIFICACION, SUPRESION, OPOSICION = "acceso", "rectificacion", "supresion", "oposicion"
# Los otros derechos del art. 18 de la LGPD (migración 0066): bloqueo (IV), anonimización (IV), saber con quién se
# compartieron (VII) y revocar el consentimiento (IX).
BLOQUEO, ANONIMIZACION, COMPARTIDOS, REVOCACION = "bloqueo", "anonimizacion", "compartidos", "revocacion"
# Los derechos que Escritorio lleva, con su nombre (en castellano: se traduce donde se escribe).
DERECHOS = {ACCESO: "Acceso y portabilidad", RECTIFICACION: "Rectificación", SUPRESION: "Supresión",
            OPOSICION: "Oposición al envío de correo", BLOQUEO: "Bloqueo de sus datos",
            ANONIMIZACION: "Anonimización de sus datos", COMPARTIDOS: "Con quién se compartieron sus datos",
            REVOCACION: "Revocación del consentimiento"}
# Cómo se responde cada derecho, y con eso su efecto en el registro: con el acceso (la carta y sus datos, que dicen
# también con quién se compartieron), con la supresión (que anonimiza lo que se conserva y borra lo demás), con la
# oposición al correo (bloquear sus datos: lo único que no manda el estatuto es el correo), con la revocación de sus
# consentimientos (cesa lo que se basaba en ellos: el boletín; servicios/consentimientos.py) o con un texto (la
# rectificación se hace en la ficha).
SE_RESPONDE_CON = {ACCESO: ACCESO, COMPARTIDOS: ACCESO, SUPRESION: SUPRESION, ANONIMIZACION: SUPRESION,
                   OPOSICION: OPOSICION, BLOQUEO: OPOSICION, REVOCACION: REVOCACION, RECTIFICACION: RECTIFICACION}
# El plazo de un derecho que la ley no nombra: el del derecho con que se responde, salvo la revocación, que se responde
# sola (revocando sus consentimientos) y toma el plazo de la oposición, su pariente en las leyes que no la nombran.
PLAZO_COMO = {**SE_RESPONDE_CON, REVOCACION: OPOSICION}
ESTADOS_DE_SOLICITUD = {"abierta": "Abierta", "respondida": "Respondida", "denegada": "Denegada"}
CANALES = {"correo": "Correo electrónico", "nota": "Nota en papel", "presencial": "En persona", "otro": "Otro"}
# Cómo queda una fila que una supresión tocó: borrada entera, o con los datos de la persona reemplazados.
COMO_SE_SUPRIME = {"borrada": "Borrada", "anonimizada": "Anonimizada"}
# Las tablas cuyas filas pueden ser de una persona (las que la secretaría vincula a una persona del registro).
TABLAS_DE_PERSONAS = ("contactos", "autoridades", "mandatos", "asistencias", "invitados", "candidaturas", "oradores",
                      "partes_convenio", "adherentes_declaracion")


@dataclass(frozen=True)
class Plazo:
    """Un plazo legal: tantos días (hábiles o corridos) o tantos meses, con la norma que lo fija."""
    dias: int = 0
    habiles: bool = False
    meses: int = 0
    cita: str = ""          # «Ley 25.326, art. 14, inc. 2»
    prorroga: str = ""      # si la ley admite prorrogarlo, cómo (se informa; Escritorio no lo prorroga solo)

    def descripcion(self) -> str:
        """«10 días corridos», «5 días hábiles», «1 mes» (en castellano: `traducir` donde se muestra)."""
        if self.meses:
            return f"{self.meses} mes" if self.meses == 1 else f"{self.meses} meses"
        return f"{self.dias} días hábiles" if self.habiles else f"{self.dias} días corridos"


@dataclass(frozen=True)
class Ley:
    pais: str
    nombre: str                      # «Ley 25.326 de Protección de los Datos Personales»
    plazos: dict[str, Plazo]
    desde: date | None = None        # desde cuándo rige (la de Chile cambia el 1/12/2026)


_GDPR = "Reglamento (UE) 2016/679, art. 12.3"
_MES = Plazo(meses=1, cita=_GDPR, prorroga="prorrogable dos meses más si la solicitud es compleja, avisando dentro "
                                           "del primer mes")

# Las leyes que Escritorio conoce. Cada plazo dice su artículo: la asociación puede fijar otro (`dias_propios`) si su
# asesoría legal lo indica, y el plazo aplicado queda escrito en la solicitud.
LEYES: tuple[Ley, ...] = (
    Ley("AR", "Ley 25.326 de Protección de los Datos Personales", {
        ACCESO: Plazo(10, False, cita="Ley 25.326, art. 14, inc. 2"),
        RECTIFICACION: Plazo(5, True, cita="Ley 25.326, art. 16, inc. 2"),
        SUPRESION: Plazo(5, True, cita="Ley 25.326, art. 16, inc. 2"),
        OPOSICION: Plazo(5, True, cita="Ley 25.326, arts. 16 y 27, inc. 3"),
    }),
    Ley("BR", "Lei 13.709/2018, Lei Geral de Proteção de Dados Pessoais (LGPD)", {
        ACCESO: Plazo(15, False, cita="LGPD, art. 19, II"),
        RECTIFICACION: Plazo(15, False, cita="LGPD, art. 18, III y §5 (sin plazo reglamentado: se toma el del art. 19)"),
        SUPRESION: Plazo(15, False, cita="LGPD, art. 18, IV y VI, y §5 (sin plazo reglamentado: se toma el del art. 19)"),
        OPOSICION: Plazo(15, False, cita="LGPD, art. 18, §2 y §5 (sin plazo reglamentado: se toma el del art. 19)"),
        BLOQUEO: Plazo(15, False, cita="LGPD, art. 18, IV y §5 (sin plazo reglamentado: se toma el del art. 19)"),
        ANONIMIZACION: Plazo(15, False, cita="LGPD, art. 18, IV y §5 (sin plazo reglamentado: se toma el del art. 19)"),
        COMPARTIDOS: Plazo(15, False, cita="LGPD, art. 18, VII y §5 (sin plazo reglamentado: se toma el del art. 19)"),
        REVOCACION: Plazo(15, False, cita="LGPD, art. 18, IX y art. 8, §5 (sin plazo reglamentado: se toma el del "
                                         "art. 19)"),
    }),
    Ley("CL", "Ley 19.628 sobre Protección de la Vida Privada", {
        derecho: Plazo(2, True, cita="Ley 19.628, art. 16") for derecho in DERECHOS
    }),
    Ley("CL", "Ley 19.628 sobre Protección de Datos Personales, reformada por la Ley 21.719", {
        derecho: Plazo(30, False, cita="Ley 19.628 reformada por la Ley 21.719, art. 11",
                       prorroga="prorrogable una vez por igual período, avisando al titular")
        for derecho in DERECHOS
    }, desde=date(2026, 12, 1)),
    Ley("UY", "Ley 18.331 de Protección de Datos Personales", {
        ACCESO: Plazo(5, True, cita="Ley 18.331, art. 14"),
        RECTIFICACION: Plazo(5, True, cita="Ley 18.331, art. 15"),
        SUPRESION: Plazo(5, True, cita="Ley 18.331, art. 15"),
        OPOSICION: Plazo(5, True, cita="Ley 18.331, art. 15"),
    }),
    Ley("CO", "Ley 1581 de 2012", {
        ACCESO: Plazo(10, True, cita="Ley 1581 de 2012, art. 14", prorroga="prorrogable 5 días hábiles, avisando"),
        RECTIFICACION: Plazo(15, True, cita="Ley 1581 de 2012, art. 15", prorroga="prorrogable 8 días hábiles"),
        SUPRESION: Plazo(15, True, cita="Ley 1581 de 2012, art. 15", prorroga="prorrogable 8 días hábiles"),
        OPOSICION: Plazo(15, True, cita="Ley 1581 de 2012, art. 15", prorroga="prorrogable 8 días hábiles"),
    }),
    Ley("PE", "Ley 29733 de Protección de Datos Personales y su reglamento", {
        ACCESO: Plazo(20, True, cita="Reglamento de la Ley 29733, art. 55"),
        RECTIFICACION: Plazo(10, True, cita="Reglamento de la Ley 29733, art. 55"),
        SUPRESION: Plazo(10, True, cita="Reglamento de la Ley 29733, art. 55"),
        OPOSICION: Plazo(10, True, cita="Reglamento de la Ley 29733, art. 55"),
    }),
    Ley("EC", "Ley Orgánica de Protección de Datos Personales", {
        ACCESO: Plazo(15, False, cita="LOPDP, art. 13"),
        RECTIFICACION: Plazo(15, False, cita="LOPDP, art. 14"),
        SUPRESION: Plazo(15, False, cita="LOPDP, art. 15"),
        OPOSICION: Plazo(15, False, cita="LOPDP, art. 16"),
    }),
    Ley("MX", "Ley Federal de Protección de Datos Personales en Posesión de los Particulares", {
        derecho: Plazo(20, True, cita="LFPDPPP, art. 32 (plazo de respuesta a una solicitud de derechos ARCO)")
        for derecho in DERECHOS
    }),
    Ley("ES", "Reglamento (UE) 2016/679 y Ley Orgánica 3/2018", {derecho: _MES for derecho in DERECHOS}),
    Ley("PT", "Reglamento (UE) 2016/679 y Lei 58/2019", {derecho: _MES for derecho in DERECHOS}),
)


@dataclass(frozen=True)
class AutoridadDeControl:
    """Ante quién puede reclamar una persona si no está conforme con la respuesta (la autoridad de su ley)."""
    sigla: str
    nombre: str
    direccion: str
    sitio: str


# La autoridad de control de cada país cuya ley conoce Escritorio (issue 81 §3): las cartas, el aviso de privacidad y
# el registro de actividades la nombran con su dirección. docs/datos-personales/ dice de dónde sale cada una.
AUTORIDADES: dict[str, AutoridadDeControl] = {
    "BR": AutoridadDeControl("ANPD", "Autoridade Nacional de Proteção de Dados",
                             "SCN, Quadra 6, Conjunto A, Edifício Venâncio 3000, Bloco A, 9º andar, Brasília/DF, "
                             "CEP 70716-900", "www.gov.br/anpd"),
    "AR": AutoridadDeControl("AAIP", "Agencia de Acceso a la Información Pública",
                             "Av. Pte. Gral. Julio A. Roca 710, piso 2, C1067ABP Ciudad Autónoma de Buenos Aires",
                             "www.argentina.gob.ar/aaip"),
    "UY": AutoridadDeControl("URCDP", "Unidad Reguladora y de Control de Datos Personales",
                             "Liniers 1324, piso 4, 11100 Montevideo",
                             "www.gub.uy/unidad-reguladora-control-datos-personales"),
    "CL": AutoridadDeControl("CPLT", "Consejo para la Transparencia", "Morandé 360, piso 7, Santiago",
                             "www.consejotransparencia.cl"),
    "ES": AutoridadDeControl("AEPD", "Agencia Española de Protección de Datos", "C/ Jorge Juan 6, 28001 Madrid",
                             "www.aepd.es"),
    "PT": AutoridadDeControl("CNPD", "Comissão Nacional de Proteção de Dados",
                             "Av. D. Carlos I, 134, 1.º, 1200-651 Lisboa", "www.cnpd.pt"),
}


def ley_de(pais: str | None, recibida: date) -> Ley | None:
    """La ley del país que rige el día en que se recibió la solicitud; None si Escritorio no conoce ninguna."""
    vigentes = [ley for ley in LEYES if ley.pais == pais and (ley.desde is None or ley.desde <= recibida)]
    return max(vigentes, key=lambda ley: ley.desde or date.min) if vigentes else None


def plazo_de(pais: str | None, derecho: str, recibida: date, dias_propios: int | None = None) -> Plazo | None:
    """El plazo para responder un derecho recibido ese día: el que fijó la asociación (`dias_propios`, en días
    corridos) o el de su ley; None si no hay ninguno (la asociación tiene que fijarlo)."""
    if dias_propios:
        return Plazo(int(dias_propios), False, cita="plazo fijado por la asociación")
    ley = ley_de(pais, recibida)
    if ley is None:
        return None
    # Un derecho que la ley no nombra aparte (el bloqueo en la Ley 25.326) tiene el plazo del que lo responde.
    return ley.plazos.get(derecho) or ley.plazos.get(PLAZO_COMO.get(derecho, derecho))


def vence(recibida: date, plazo: Plazo) -> date:
    """El último día para responder. Los días hábiles cuentan de lunes a viernes (sin feriados: del lado seguro);
    los corridos, todos; un mes, el mismo día del mes siguiente (o el último del mes, si no lo tiene)."""
    if plazo.meses:
        mes = recibida.month - 1 + plazo.meses
        anio, mes = recibida.year + mes // 12, mes % 12 + 1
        for dia in range(recibida.day, 0, -1):
            try:
                return date(anio, mes, dia)
            except ValueError:
                continue
    if not plazo.habiles:
        return recibida + timedelta(days=plazo.dias)
    dia, faltan = recibida, plazo.dias
    while faltan:
        dia += timedelta(days=1)
        if dia.weekday() < 5:
            faltan -= 1
    return dia


# --- las clases de datos: para qué y con qué fundamento se guardan ---------------------------------------------------

@dataclass(frozen=True)
class ClaseDeDatos:
    codigo: str
    nombre: str            # «Contactos de los miembros»
    datos: str             # qué datos: «nombre, rol, correo y teléfono»
    titulares: str         # de quiénes
    base_legal: str        # por omisión; la asociación puede cambiarla
    finalidad: str
    conservacion: str
    tablas: tuple[str, ...]  # dónde están en la base
    se_puede_suprimir: str  # qué pasa con una solicitud de supresión: «se borra», «se conserva: …»
    publicado: str = "no se publica"   # qué muestra de ellos el sitio de transparencia


CLASES: tuple[ClaseDeDatos, ...] = (
    ClaseDeDatos(
        "contactos", "Contactos de los miembros", "nombre, rol, correo electrónico y teléfono",
        "personas que cada miembro designa como contacto (enlaces técnicos, prensa, tesorería)",
        "interés legítimo de la asociación en comunicarse con sus miembros (ejecución de la relación asociativa)",
        "enviar convocatorias, actas, resoluciones, avisos de cobro y recibos; coordinar con cada miembro",
        "mientras el miembro siga en la asociación y la persona sea su contacto; después de la baja del miembro, los "
        "años que fije la asociación (por omisión, 2)",
        ("contactos",), "se borra",
        "no se publica (el sitio publica, si la asociación lo elige, el correo y el teléfono institucionales de cada "
        "miembro, no los de sus contactos)"),
    ClaseDeDatos(
        "autoridades", "Autoridades de los miembros", "nombre y cargo, con las fechas de su mandato",
        "intendentas, alcaldes, prefeitas y demás autoridades de cada miembro",
        "interés legítimo: es un cargo público, y quien ejerce la autoridad representa al miembro ante la asociación",
        "saber quién representa a cada miembro; dirigir las cartas y los avisos; la memoria y el sitio de transparencia",
        "mientras ejerce el cargo; después, como parte de la historia del miembro",
        ("autoridades",), "se borra el nombre de un mandato ya terminado; el de la autoridad en ejercicio se conserva "
                          "mientras ejerza (es un cargo público)",
        "el nombre y el cargo de la autoridad vigente de cada miembro (página de miembros)"),
    ClaseDeDatos(
        "integrantes", "Integrantes de los órganos a título personal", "nombre, cargo y fechas del mandato",
        "personas que ocupan un cargo en un órgano de la asociación (presidencia, secretaría ejecutiva, tesorería)",
        "obligación estatutaria: el estatuto manda registrar la composición de los órganos",
        "la composición y la historia de los órganos, la memoria y el sitio de transparencia",
        "permanente: es la historia institucional de la asociación",
        ("mandatos", "candidaturas"), "se conserva: el estatuto obliga a llevar la composición de los órganos",
        "la composición vigente y la historia de cada órgano (páginas de los órganos)"),
    ClaseDeDatos(
        "delegados", "Delegados, apoderados, invitados y oradores de las sesiones",
        "nombre (y, de un delegado, su cargo); si habló, cuándo y cuánto",
        "quienes asisten a una sesión en nombre de un miembro, los invitados y quienes toman la palabra",
        "obligación estatutaria: el acta de cada sesión dice quiénes asistieron, quiénes hablaron y cómo se votó",
        "registrar las sesiones, el quórum y las votaciones, y redactar y publicar sus actas",
        "permanente una vez aprobada el acta (el acta no se modifica)",
        ("asistencias", "invitados", "oradores"),
        "se conserva si la sesión ya se celebró (su acta la nombra); se borra de una sesión futura",
        "el acta aprobada de cada sesión, con quiénes hablaron (páginas de las sesiones)"),
    ClaseDeDatos(
        "firmantes", "Firmantes de convenios y declaraciones", "nombre",
        "quienes firman un convenio o una declaración en nombre de un miembro o de otra institución",
        "ejecución del convenio y obligación de conservar lo firmado",
        "probar quién se obligó y en nombre de quién",
        "mientras el convenio o la declaración existan",
        ("partes_convenio", "firmantes_declaracion", "adherentes_declaracion"),
        "se conserva: un documento firmado nombra a quien lo firmó",
        "las adhesiones de cada declaración aprobada (página de resoluciones)"),
    ClaseDeDatos(
        "destinatarios", "Destinatarios del correo", "dirección de correo, nombre y lo que pasó con cada envío "
                                                     "(aceptado, rebotado, recibido)",
        "los contactos y las direcciones institucionales a los que la asociación envió algo",
        "interés legítimo: probar que cada convocatoria y cada aviso salió y a quién",
        "la bandeja de salida y la historia de los envíos",
        "la de los contactos; una dirección rebotada, los meses que fije la asociación (por omisión, 12)",
        ("destinatarios_mensaje", "mensajes"),
        "se borra la dirección y el nombre; queda que el envío salió, a qué miembro y cuándo"),
    ClaseDeDatos(
        "solicitantes", "Personas que ejercieron sus derechos", "nombre, lo que pidieron y cómo se les respondió",
        "quienes pidieron acceso, rectificación, supresión u oposición",
        "obligación legal de responder y de poder demostrar que se respondió",
        "registrar cada solicitud, su plazo y su respuesta",
        "la solicitud queda; si fue de supresión, sin el nombre de quien la hizo",
        ("personas", "solicitudes_de_datos", "oposiciones_correo"),
        "la solicitud queda registrada sin el nombre (un código la identifica ante la persona)"),
    ClaseDeDatos(
        "suscriptores", "Suscriptores del boletín", "el contacto que aceptó (su nombre y su correo), el texto que "
                                                    "aceptó, cuándo y por qué medio, y si lo revocó",
        "contactos de los miembros que aceptaron recibir el boletín de la red",
        "consentimiento de la persona, que puede revocar en cualquier momento",
        "enviar el boletín de la red: noticias, invitaciones y convocatorias abiertas que el estatuto no manda",
        "el boletín, mientras no revoque su consentimiento; el registro de lo que aceptó, mientras haga falta probarlo",
        ("consentimientos",),
        "se borra el contacto; del consentimiento queda el texto aceptado y sus fechas, sin nada que la identifique"),
)
CLASE = {c.codigo: c for c in CLASES}

# A quién llegan, además de la secretaría, los datos de cada clase (en castellano: se traduce donde se escribe).
DESTINATARIOS_DE_LA_CLASE = {
    "contactos": "el servidor de correo de la asociación, que entrega los mensajes",
    "autoridades": "los miembros (en las cartas y actas) y el público (sitio de transparencia)",
    "integrantes": "los miembros (actas, memoria) y el público (sitio de transparencia)",
    "delegados": "los miembros (las actas) y el público (las actas aprobadas en el sitio de transparencia)",
    "firmantes": "las partes de cada convenio y el público (las declaraciones en el sitio de transparencia)",
    "destinatarios": "el servidor de correo de la asociación",
    "solicitantes": "nadie fuera de la secretaría (salvo una autoridad de control que lo pida)",
    "suscriptores": "el servidor de correo de la asociación, que entrega el boletín",
}

# Lo que de las clases se muestra traducido (`traducir(clase.nombre)`, `traducir(COMO_SE_SUPRIME[…])`): lo junta
# `make traducciones` (idiomas/extraer.py, ROTULOS_DE_OTRAS_CAPAS).
TEXTOS_DE_LAS_CLASES: tuple[str, ...] = tuple(
    texto for c in CLASES for texto in (c.nombre, c.datos, c.titulares, c.base_legal, c.finalidad, c.conservacion,
                                        c.se_puede_suprimir, c.publicado)) + tuple(COMO_SE_SUPRIME.values()) + tuple(
    DESTINATARIOS_DE_LA_CLASE.values())


# --- reconocer a la misma persona: se propone, nunca se decide solo -------------------------------------------------

def clave_de_nombre(nombre: object) -> str:
    """El nombre sin mayúsculas, acentos ni espacios de más: dos apariciones con la misma clave son una coincidencia
    posible que se le muestra a la secretaría (nunca se las une sin que lo diga)."""
    return " ".join(normalizar(nombre).split())


def clave_de_direccion(direccion: object) -> str:
    """Una dirección de correo sin mayúsculas ni espacios."""
    return str(direccion or "").strip().lower()


def huella_de_direccion(direccion: object) -> str:
    """La huella SHA-256 de una dirección (sin mayúsculas): una oposición al correo la guarda, para seguir
    reconociendo esa dirección aunque su texto se haya suprimido."""
    return hashlib.sha256(("escritorio-oposicion:" + clave_de_direccion(direccion)).encode("utf-8")).hexdigest()


def _patron(termino: str) -> re.Pattern:
    # Entera: «Ana Barbosa» no está en «Luciana Barbosa», ni «ana@x.org» en «juliana@x.org».
    return re.compile(r"(?<!\w)" + re.escape(termino.strip()) + r"(?!\w)", re.IGNORECASE)


def nombra(texto: object, termino: str) -> bool:
    """¿Está el término (un nombre, un correo, un teléfono) en el texto como palabra entera, sin mayúsculas?"""
    return bool(texto) and bool(termino.strip()) and _patron(termino).search(str(texto)) is not None


def nombra_alguno(texto: object, terminos) -> bool:
    return any(nombra(texto, t) for t in terminos)


def redactar(texto: str, terminos, reemplazo: str) -> str:
    """El texto con cada aparición entera de los términos (también escrita como HTML) reemplazada; los más largos
    primero, para que un correo no deje a la vista su parte que es un nombre."""
    for termino in sorted((t for t in terminos if t and t.strip()), key=len, reverse=True):
        for forma in dict.fromkeys((termino, html.escape(termino))):
            texto = _patron(forma).sub(lambda _: reemplazo, texto)
    return texto


# Lo que queda en el texto de un mensaje en lugar de un nombre, un correo o un teléfono suprimidos.
SUPRIMIDO_EN_TEXTO = "[dato suprimido]"


def texto_suprimido(solicitud_id: int) -> str:
    """Lo que queda en lugar de un nombre suprimido (en castellano: se guarda así)."""
    return f"Persona suprimida (solicitud {solicitud_id})"
