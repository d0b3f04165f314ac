"""El registro de las personas que la base tiene (issue 65): dónde aparece cada una y quién es quién.

Una aparición es una fila con el nombre (y quizás el correo o el teléfono) de una persona: un contacto de un miembro,
una autoridad, un integrante de un órgano a título personal, un delegado o apoderado de una sesión, un invitado, un
orador, quien firma un convenio o adhiere a una declaración. La misma persona puede aparecer en varios miembros y
años; Escritorio lo propone (mismo nombre sin acentos ni mayúsculas, mismo correo) pero solo la secretaría lo dice:
registra a la persona (`registrar_persona`) con las filas que son suyas y le vincula otras (`vincular`), o deshace un
vínculo equivocado (`desvincular`). Nunca une a dos personas sola.

Las direcciones de correo de una persona (las de sus contactos) la siguen en el correo: cada mensaje que se le
envió a una de ellas es también suyo (la misma dirección es el mismo dato, no otra persona). Y una persona es todo lo
que fue en el registro: las direcciones, los nombres y los teléfonos que sus filas tuvieron antes de una rectificación
(la bitácora los guarda aparte mientras no se supriman) la siguen igual, en el acceso y en la supresión (issue 81).

La ventana (Datos personales › Personas) y la línea de órdenes («escritorio personas …») llaman a estas funciones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict

from ..datos import personas as tabla
from ..datos.conexion import transaccion
from ..dominio import datos_personales as reglas
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .bitacora import nombre_de_tabla
from .campos import LARGO_CORTO, LARGO_NOMBRE, Revision, texto_opcional
from .contexto import Contexto

# Cómo se nombra cada clase de aparición (en castellano: se traduce donde se muestra).
TABLAS = {"contactos": "Contacto", "autoridades": "Autoridad", "mandatos": "Integrante de un órgano",
          "asistencias": "Delegado en una sesión", "invitados": "Invitado a una sesión",
          "candidaturas": "Candidatura", "oradores": "Orador en una sesión", "partes_convenio": "Firmante de un convenio",
          "adherentes_declaracion": "Adhesión a una declaración"}


class Aparicion(TypedDict):
    """Una fila con datos de una persona."""

    tabla: str
    fila_id: int
    clase: str            # «Contacto», «Autoridad»… en el idioma en curso
    nombre: str
    correo: str | None
    telefono: str | None
    rol: str | None       # el rol, el cargo, la calidad
    miembro: str | None   # el miembro (o la institución) en cuyo nombre aparece
    donde: str | None     # el órgano, la sesión, el convenio
    fecha: str | None
    persona_id: int | None


class PersonaRegistrada(TypedDict):
    id: int
    nombre: str
    nota: str | None
    registrada_en: str
    suprimida_por: int | None


class PersonaListada(TypedDict):
    id: int
    nombre: str
    nota: str | None
    registrada_en: str
    suprimida_por: int | None
    filas: int
    solicitudes: int


@dataclass
class FichaDePersona:
    """Una persona registrada: sus filas, los mensajes a sus direcciones, sus solicitudes y las apariciones que
    podrían ser suyas (que la secretaría decide)."""
    id: int
    nombre: str
    nota: str | None
    suprimida_por: int | None
    filas: list[Aparicion] = field(default_factory=list)
    direcciones: list[str] = field(default_factory=list)
    mensajes: list[dict] = field(default_factory=list)
    solicitudes: list[dict] = field(default_factory=list)
    posibles: list[Aparicion] = field(default_factory=list)
    vinculos: dict[tuple[str, int], int] = field(default_factory=dict)   # (tabla, fila) -> id del vínculo
    # Cada valor que sus filas tuvieron alguna vez (también los de antes de un cambio): {tabla, fila_id, columna,
    # valor, vigente, de_otro}; `vigente` dice si la fila lo tiene hoy; `de_otro`, si es un correo que hoy tiene el
    # contacto de otra persona (no se busca como suyo).
    pasados: list[dict] = field(default_factory=list)

    def de_antes(self) -> list[dict]:
        """Los valores que sus filas ya no tienen (el correo de antes de rectificarlo, el de una fila borrada)."""
        return [p for p in self.pasados if not p["vigente"]]


# Qué identifica cada columna personal de una aparición: un correo, un teléfono o (las demás) un nombre.
_QUE_ES_LA_COLUMNA = {"correo": "correos", "telefono": "telefonos"}


def que_identifica(columna: str) -> str:
    """«correos», «telefonos» o «nombres»: qué dato de la persona guarda una columna personal de sus filas."""
    return _QUE_ES_LA_COLUMNA.get(columna, "nombres")


def _pasados(db, suyas: list[Aparicion], vinculos, de_otros: set[str]) -> list[dict]:
    from ..datos.valores_personales import valores_de_las_filas

    hoy_ = {(a["tabla"], a["fila_id"]): a for a in suyas}
    salida = []
    for valor in valores_de_las_filas(db, list(vinculos)):
        actual = hoy_.get((valor["tabla"], valor["fila_id"]))
        # Igual, letra por letra: una corrección de un acento o de mayúsculas también es un dato de antes.
        vigente = actual is not None and any((actual.get(c) or "").strip() == valor["valor"].strip()
                                             for c in ("nombre", "correo", "telefono"))
        # Un correo de antes que hoy es el de otra persona: se muestra como de antes, no se busca como suyo.
        de_otro = (que_identifica(valor["columna"]) == "correos"
                   and reglas.clave_de_direccion(valor["valor"]) in de_otros)
        salida.append({**valor, "vigente": vigente, "de_otro": de_otro})
    return salida


def _aparicion(fila: dict) -> Aparicion:
    return Aparicion(tabla=fila["tabla"], fila_id=fila["fila_id"], clase=traducir(TABLAS[fila["tabla"]]),
                     nombre=fila["nombre"], correo=fila.get("correo"), telefono=fila.get("telefono"),
                     rol=fila.get("rol"), miembro=fila.get("miembro"), donde=fila.get("donde"),
                     fecha=fila.get("fecha"), persona_id=fila.get("persona_id"))


def apariciones(contexto: Contexto, *, texto: str | None = None, sin_persona: bool = False) -> list[Aparicion]:
    """Cada fila con datos de una persona en la asociación, por nombre; con `texto`, las que lo tienen en el nombre,
    el correo o el teléfono (sin mayúsculas ni acentos); con `sin_persona`, las que todavía no son de nadie."""
    buscado = reglas.clave_de_nombre(texto) if texto else ""
    salida = []
    for fila in tabla.apariciones(contexto.db, contexto.asociacion_id):
        if sin_persona and fila["persona_id"] is not None:
            continue
        if buscado and not any(buscado in reglas.clave_de_nombre(fila.get(c)) for c in ("nombre", "correo", "telefono")):
            continue
        salida.append(_aparicion(fila))
    return sorted(salida, key=lambda a: (reglas.clave_de_nombre(a["nombre"]), a["tabla"], a["fila_id"]))


def listar_personas(contexto: Contexto, *, con_suprimidas: bool = True) -> list[PersonaListada]:
    """Las personas registradas; sin `con_suprimidas`, solo las que todavía pueden pedir algo (a una persona cuyos
    datos se suprimieron no se le registra otra solicitud)."""
    return [PersonaListada(**fila) for fila in tabla.personas(contexto.db, contexto.asociacion_id)
            if con_suprimidas or fila["suprimida_por"] is None]


def persona_de_la_asociacion(contexto: Contexto, persona_id: int) -> PersonaRegistrada:
    fila = tabla.persona(contexto.db, contexto.asociacion_id, persona_id)
    if fila is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No existe la persona {0} en esta asociación: elíjala en Datos personales › Personas."),
            linea=traducir("No existe la persona {0} en esta asociación («escritorio personas listar» da los "
                           "números).")).format(persona_id))
    return PersonaRegistrada(**fila)


def _aparicion_de_la_asociacion(contexto: Contexto, tabla_: str, fila_id: int) -> dict:
    fila = tabla.aparicion(contexto.db, contexto.asociacion_id, tabla_, fila_id)
    if fila is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No hay datos de una persona en la fila {1} de «{0}» de esta asociación."),
            linea=traducir("No hay datos de una persona en la fila {1} de «{0}» de esta asociación («escritorio "
                           "personas apariciones» las lista, cada una como TABLA:FILA).")).format(tabla_, fila_id))
    return fila


def ficha(contexto: Contexto, persona_id: int) -> FichaDePersona:
    """La persona con todo lo suyo: las filas vinculadas, los mensajes a sus direcciones, sus solicitudes y las
    apariciones sin persona que podrían ser suyas (mismo nombre o mismo correo)."""
    db = contexto.db
    fila = persona_de_la_asociacion(contexto, persona_id)
    todas = tabla.apariciones(db, contexto.asociacion_id)
    vinculos = {(v["tabla"], v["fila_id"]): v["id"] for v in tabla.filas_de(db, persona_id)}
    suyas = [_aparicion(a) for a in todas if (a["tabla"], a["fila_id"]) in vinculos]
    # Una dirección de antes que hoy tiene el contacto de otra persona (la de prensa pasó a quien la reemplazó) ya no
    # es suya: lo que se le envía hoy es de quien la tiene. De lo que se le envió a esa dirección, es suyo lo que iba
    # a su nombre (el destinatario guarda el nombre con que salió).
    de_otros = {reglas.clave_de_direccion(a["correo"]) for a in todas
                if a.get("correo") and (a["tabla"], a["fila_id"]) not in vinculos}
    pasados = _pasados(db, suyas, vinculos, de_otros)
    direcciones, nombres = _direcciones_y_nombres(fila["nombre"], suyas, pasados)
    posibles = [_aparicion(a) for a in todas if a["persona_id"] is None
                and (reglas.clave_de_nombre(a["nombre"]) in nombres
                     or (a.get("correo") and reglas.clave_de_direccion(a["correo"]) in direcciones))]
    mensajes = _mensajes(contexto, direcciones, nombres, pasados)
    return FichaDePersona(
        id=fila["id"], nombre=fila["nombre"], nota=fila["nota"], suprimida_por=fila["suprimida_por"], filas=suyas,
        direcciones=direcciones, mensajes=mensajes,
        solicitudes=tabla.solicitudes(db, contexto.asociacion_id, persona_id=persona_id), posibles=posibles,
        vinculos=vinculos, pasados=pasados)


def _direcciones_y_nombres(nombre: str, suyas: list[Aparicion], pasados: list[dict]) -> tuple[list[str], set[str]]:
    """Sus direcciones (claves) y sus nombres (claves): los de sus filas hoy, el del registro y los de antes (salvo un
    correo que hoy es de otra persona)."""
    antes = {que: {p["valor"] for p in pasados if que_identifica(p["columna"]) == que and not p["de_otro"]}
             for que in ("correos", "nombres")}
    direcciones = sorted({reglas.clave_de_direccion(a["correo"]) for a in suyas if a.get("correo")}
                         | {reglas.clave_de_direccion(v) for v in antes["correos"] if "@" in v})
    nombres = ({reglas.clave_de_nombre(a["nombre"]) for a in suyas} | {reglas.clave_de_nombre(nombre)}
               | {reglas.clave_de_nombre(v) for v in antes["nombres"]})
    return direcciones, nombres


def _mensajes(contexto: Contexto, direcciones: list[str], nombres: set[str], pasados: list[dict]) -> list[dict]:
    """Los destinatarios de mensajes que son suyos: a sus direcciones, y a una dirección de antes que hoy es de otra
    persona, los que salieron a su nombre."""
    db = contexto.db
    prestadas = sorted({reglas.clave_de_direccion(p["valor"]) for p in pasados if p["de_otro"]})
    mensajes = tabla.destinatarios_con_direcciones(db, contexto.asociacion_id, direcciones) + [
        m for m in tabla.destinatarios_con_direcciones(db, contexto.asociacion_id, prestadas)
        if m["nombre"] and reglas.clave_de_nombre(m["nombre"]) in nombres]
    return sorted(mensajes, key=lambda m: m["id"])


def registrar_persona(contexto: Contexto, nombre: str | None, filas: list[tuple[str, int]], *,
                      nota: str | None = None, motivo: str | None = None) -> int:
    """Registra a una persona con las filas que son suyas (al menos una, o un nombre): la secretaría dice que esas
    apariciones son la misma persona. Sin nombre, toma el de la primera fila. Devuelve su número."""
    revision = Revision()
    nota = revision.texto(traducir("Nota"), nota, maximo=LARGO_CORTO, obligatorio=False, clave="nota")
    motivo = revision.texto(traducir("Por qué es la misma persona"), motivo, maximo=LARGO_CORTO, obligatorio=False,
                            clave="motivo")
    nombre_dado = revision.texto(traducir("Nombre"), nombre, maximo=LARGO_NOMBRE, obligatorio=False, clave="nombre")
    if not nombre_dado and not filas:
        revision._anotar(traducir("Nombre"), traducir("escriba el nombre o elija al menos una fila que sea suya"),
                         "nombre")
    revision.lanzar(traducir("No se registró la persona:"))
    with transaccion(contexto.db):
        encontradas = [_aparicion_de_la_asociacion(contexto, t, f) for t, f in filas]
        _exigir_sin_persona(contexto, encontradas)
        persona_id = tabla.registrar_persona(contexto.db, contexto.asociacion_id,
                                             nombre_dado or encontradas[0]["nombre"], nota)
        for a in encontradas:
            tabla.vincular(contexto.db, persona_id, a["tabla"], a["fila_id"], motivo)
    return persona_id


def _exigir_sin_persona(contexto: Contexto, encontradas: list[dict]) -> None:
    for a in encontradas:
        ya = tabla.vinculo(contexto.db, a["tabla"], a["fila_id"])
        if ya is not None:
            otra = tabla.persona(contexto.db, contexto.asociacion_id, ya["persona_id"])
            raise ErrorEscritorio(traducir(
                "La fila {1} de «{0}» ({2}) ya es de la persona {3} («{4}»): una fila es de una sola persona. Si se "
                "vinculó por error, desvincúlela primero.").format(traducir(nombre_de_tabla(a["tabla"])), a["fila_id"],
                                                                   a["nombre"],
                                                                   ya["persona_id"], otra["nombre"] if otra else "?"))


def vincular(contexto: Contexto, persona_id: int, filas: list[tuple[str, int]], *, motivo: str | None = None) -> int:
    """Vincula esas filas a la persona: la secretaría dice que son suyas. Devuelve cuántas vinculó."""
    motivo = texto_opcional(traducir("Por qué es la misma persona"), motivo, maximo=LARGO_CORTO)
    with transaccion(contexto.db):
        fila = persona_de_la_asociacion(contexto, persona_id)
        _exigir_no_suprimida(fila)
        encontradas = [_aparicion_de_la_asociacion(contexto, t, f) for t, f in filas]
        _exigir_sin_persona(contexto, encontradas)
        for a in encontradas:
            tabla.vincular(contexto.db, persona_id, a["tabla"], a["fila_id"], motivo)
    return len(filas)


def desvincular(contexto: Contexto, persona_id: int, tabla_: str, fila_id: int) -> None:
    """Deshace un vínculo equivocado: la fila deja de ser de esa persona (la fila no cambia)."""
    with transaccion(contexto.db):
        fila = persona_de_la_asociacion(contexto, persona_id)
        _exigir_no_suprimida(fila)
        vinculo = tabla.vinculo(contexto.db, tabla_, fila_id)
        if vinculo is None or vinculo["persona_id"] != persona_id:
            raise ErrorEscritorio(traducir("La fila {1} de «{0}» no está vinculada a la persona {2}.").format(
                traducir(nombre_de_tabla(tabla_)), fila_id, persona_id))
        tabla.desvincular(contexto.db, vinculo["id"])


def _exigir_no_suprimida(fila: dict) -> None:
    if fila["suprimida_por"] is not None:
        raise ErrorEscritorio(traducir("Los datos de esta persona se suprimieron (solicitud {0}): su registro ya no "
                                       "cambia.").format(fila["suprimida_por"]))


def leer_fila(texto: str) -> tuple[str, int]:
    """«contactos:12» -> ("contactos", 12). ValueError con el motivo si no se entiende."""
    partes = str(texto or "").strip().split(":")
    if partes[0] == "destinatarios_mensaje":
        raise ValueError(traducir(
            "«{0}»: un destinatario de un mensaje no se vincula, es de la persona por su dirección: los mensajes a "
            "cualquier dirección que tuvieron sus contactos (también la de antes de una rectificación) ya son suyos, "
            "en el acceso y en la supresión. Si la dirección nunca estuvo en un contacto suyo, agréguela como "
            "contacto del miembro y vincule ese contacto").format(texto))
    if len(partes) != 2 or partes[0] not in TABLAS or not partes[1].strip().isdigit():
        raise ValueError(traducir("«{0}» no es una fila: escriba TABLA:FILA, con la tabla una de {1} (por ejemplo "
                                  "contactos:12)").format(texto, ", ".join(TABLAS)))
    return partes[0], int(partes[1])
