"""Cómo se aprueba un acta: con la resolución de un punto «Aprobación del acta», votado, que la nombra (issue 42).

Un acta no la aprueba cualquier resolución: la aprueba la resolución de un punto del orden del día vinculado a ella
(tabla puntos_aprobacion_acta, migración 0022). Las dos maneras de siempre:

- al final de la misma sesión: un punto «Aprobación del acta» en su propio orden del día;
- en la próxima sesión del órgano: el punto «Aprobación del acta de la …» en el orden del día de esa sesión (o de
  cualquier sesión posterior, también de otro órgano: el Consejo que aprueba el acta de la Asamblea).

`agregar_punto_de_aprobacion` agrega ese punto con el vínculo puesto (la ventana con un clic, la CLI con «sesiones
punto-aprobacion-acta»); `como_aprobar_el_acta` dice a cada puerta qué resoluciones pueden aprobar el acta (solo las
vinculadas), qué puntos de aprobación esperan su votación o su resolución y dónde agregar uno si no hay;
`exigir_que_apruebe_esta_acta` es la regla que aplica servicios.actas.aprobar_acta, dentro de su transacción.
Los textos no nombran botones ni órdenes: cada puerta agrega cómo hacerlo en ella.
"""

import re
from typing import TypedDict

from ..datos import actas as tabla_actas
from ..datos import aprobacion_de_actas as tabla_aprobacion_de_actas
from ..datos import sesiones as tabla_sesiones
from ..datos.conexion import transaccion
from ..dominio.sesiones import ESTADOS_SESION, cita_resolucion, numero_resolucion
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from ..idiomas.traduccion import en_idioma
from . import campos
from .campos import LARGO_CORTO
from .contexto import Contexto
from .idioma_de_los_documentos import idioma_del_documento
from .sesiones import exigir_editable, sesion_de_la_asociacion, titulo_sesion
from .sesiones.puntos import orden_del_dia
from .vinculos_de_resolucion import dia_escrito

# En qué está un punto de aprobación (PuntoDeAprobacion.estado).
SIN_VOTAR, RECHAZADO, SIN_RESOLUCION, CON_RESOLUCION = "sin_votar", "rechazado", "sin_resolucion", "con_resolucion"


# --- qué falta para aprobar un acta: la sesión celebrada y el borrador completo ----------------------------

# Lo que una plantilla deja para completar: «siendo las … horas», «[nombre]», «...».
_MARCADOR = re.compile(r"…|\.\.\.|\[[^\]]*\]")


def _campos_del_borrador() -> tuple[tuple[str, str], ...]:
    """(clave, rótulo en el idioma en curso) de los campos del borrador que se revisan antes de aprobar."""
    return (("apertura", traducir("Apertura")), ("preside", traducir("Preside")),
            ("secretaria", traducir("Secretaría")), ("cierre", traducir("Cierre")))


def marcadores_pendientes(borrador: dict | None) -> list[str]:
    """Los campos del borrador que faltan o conservan un marcador de plantilla, dichos para quien los completa:
    [«Apertura: vacía», «Cierre: todavía dice «…» («…siendo las … horas»)»]."""
    borrador = borrador or {}
    pendientes = []
    for clave, rotulo in _campos_del_borrador():
        valor = (borrador.get(clave) or "").strip()
        if not valor:
            pendientes.append(traducir("{0}: vacío").format(rotulo))
            continue
        marca = _MARCADOR.search(valor)
        if marca:
            inicio = max(marca.start() - 25, 0)
            fragmento = valor[inicio:marca.end() + 15].replace("\n", " ")
            pendientes.append(traducir("{0}: todavía dice «{1}» (…{2}…), que es de la plantilla").format(
                rotulo, marca.group(), fragmento))
    return pendientes


# Por qué un acta todavía no se aprueba (MotivoParaNoAprobar.clave): cada puerta agrega cómo resolverlo en ella.
YA_APROBADA, NO_CELEBRADA, BORRADOR_INCOMPLETO = "ya_aprobada", "no_celebrada", "borrador_incompleto"


class MotivoParaNoAprobar(TypedDict):
    """Qué falta para aprobar un acta. `texto` dice qué, sin nombrar botones ni órdenes: la ventana agrega su
    botón y la CLI su orden, según `clave` (YA_APROBADA, NO_CELEBRADA, BORRADOR_INCOMPLETO)."""

    clave: str
    texto: str


class ActaNoAprobable(ErrorEscritorio):
    """aprobar_acta no aprobó nada: `motivos` (MotivoParaNoAprobar) dice qué falta, para que cada puerta diga cómo."""

    def __init__(self, mensaje: str, sesion_id: int, motivos: list[MotivoParaNoAprobar]):
        super().__init__(mensaje)
        self.sesion_id = sesion_id
        self.motivos = motivos


def motivos_para_no_aprobar(contexto: Contexto, sesion_id: int) -> list[MotivoParaNoAprobar]:
    """Por qué el acta de la sesión todavía no se puede aprobar (lista vacía: se puede, con la resolución de su
    punto de aprobación: más abajo). La regla de aprobar_acta; la ventana la muestra antes de ofrecer «Aprobar…».
    - la sesión debe estar registrada como celebrada (un acta da fe de una sesión que ocurrió: aprobar la de
      una sesión «Convocada» la congelaba y la sesión ya no se podía marcar celebrada ni corregir);
    - apertura, cierre, quién preside y quién actúa como secretaría completos, sin marcadores de plantilla."""
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    fila = tabla_actas.acta(contexto.db, sesion_id)
    if fila is not None and fila["estado"] != "borrador":
        return [{"clave": YA_APROBADA, "texto": traducir("El acta ya está aprobada.")}]
    motivos: list[MotivoParaNoAprobar] = []
    if sesion["estado"] != "celebrada":
        estado = (traducir(ESTADOS_SESION[sesion["estado"]]) if sesion["estado"] in ESTADOS_SESION
                  else sesion["estado"])
        motivos.append({"clave": NO_CELEBRADA, "texto": traducir(
            "La sesión figura «{0}», no celebrada: regístrela como celebrada, con su hora de cierre, antes de aprobar "
            "su acta.").format(estado)})
    pendientes = marcadores_pendientes(fila)
    if pendientes:
        motivos.append({"clave": BORRADOR_INCOMPLETO, "texto": traducir(
            "El borrador del acta está incompleto: {0}.").format("; ".join(pendientes))})
    return motivos


# --- la resolución que la aprueba: la de su punto de aprobación ------------------------------------------

class ResolucionDelActa(TypedDict):
    """Una resolución adoptada en un punto que aprueba el acta: la que se elige al aprobarla."""

    id: int
    numeracion: str      # «Resolución 4/2026»
    cita: str            # «Resolución 4/2026 de la Asamblea General de Socios»
    titulo: str
    punto_id: int
    sesion_id: int
    fecha_sesion: str


class PuntoDeAprobacion(TypedDict):
    """Un punto del orden del día que aprueba el acta, y en qué está (SIN_VOTAR, RECHAZADO, SIN_RESOLUCION,
    CON_RESOLUCION)."""

    punto_id: int
    numeracion: str
    titulo: str
    sesion_id: int
    sesion: str          # «XXI sesión ordinaria — Consejo»
    fecha: str
    en_esta_sesion: bool
    estado: str


class SesionDestino(TypedDict):
    id: int
    titulo: str
    fecha: str


class ComoAprobarElActa(TypedDict):
    """Lo que la ventana y la CLI muestran antes de aprobar un acta.

    `resoluciones`: las que pueden aprobarla (solo las de sus puntos de aprobación). `puntos`: sus puntos de
    aprobación. `pendientes`: los que todavía esperan su votación o su resolución (mientras haya uno, no se ofrece
    agregar otro). `proxima`: la próxima sesión del órgano donde agregar el punto (None: no hay una convocada con el
    acta abierta; se convoca). `organo_id`: el órgano de la sesión (para convocar la próxima)."""

    sesion_id: int
    organo_id: int
    resoluciones: list[ResolucionDelActa]
    puntos: list[PuntoDeAprobacion]
    pendientes: list[PuntoDeAprobacion]
    proxima: SesionDestino | None


class ResolucionAjena(ErrorEscritorio):
    """La resolución no es la de un punto de aprobación del acta. `como` dice cuáles sí y qué hace falta (cada
    puerta agrega cómo hacerlo en ella)."""

    def __init__(self, mensaje: str, como: ComoAprobarElActa):
        super().__init__(mensaje)
        self.como = como


def _estado(fila: dict) -> str:
    if fila["resoluciones"]:
        return CON_RESOLUCION
    if fila["aprobada"] is None:
        return SIN_VOTAR
    return SIN_RESOLUCION if fila["aprobada"] else RECHAZADO


def _numeracion(contexto: Contexto, sesion_id: int, punto_id: int) -> str:
    """«5», «2.1»: el número del punto en el orden del día de su sesión (el de servicios.sesiones.puntos.orden_del_dia)."""
    return next((p["numeracion"] for p in orden_del_dia(contexto, sesion_id) if p["id"] == punto_id), "?")


def como_aprobar_el_acta(contexto: Contexto, sesion_id: int) -> ComoAprobarElActa:
    """Con qué se aprueba el acta de la sesión: sus resoluciones (solo las de sus puntos de aprobación), sus puntos
    de aprobación y en qué están, y la próxima sesión del órgano donde agregar uno (lo que muestran las puertas)."""
    db = contexto.db
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    resoluciones: list[ResolucionDelActa] = [
        {"id": r["id"], "numeracion": numero_resolucion(r["tipo"], r["numero"], r["anio"]),
         "cita": cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"]), "titulo": r["titulo"],
         "punto_id": r["punto_id"], "sesion_id": r["sesion_id"], "fecha_sesion": r["fecha_sesion"]}
        for r in tabla_aprobacion_de_actas.resoluciones_que_aprueban(db, sesion_id)]
    puntos: list[PuntoDeAprobacion] = [
        {"punto_id": p["punto_id"], "numeracion": _numeracion(contexto, p["sesion_id"], p["punto_id"]),
         "titulo": p["titulo"], "sesion_id": p["sesion_id"], "sesion": titulo_sesion(p), "fecha": p["fecha"],
         "en_esta_sesion": p["sesion_id"] == sesion_id, "estado": _estado(p)}
        for p in tabla_aprobacion_de_actas.puntos_que_aprueban(db, sesion_id)]
    proxima_id = tabla_aprobacion_de_actas.proxima_sesion_abierta(db, sesion["organo_id"], sesion["fecha"], sesion_id)
    proxima = None
    if proxima_id is not None:
        fila = tabla_sesiones.sesion(db, proxima_id)
        proxima = {"id": proxima_id, "titulo": titulo_sesion(fila), "fecha": fila["fecha"]}
    return {"sesion_id": sesion_id, "organo_id": sesion["organo_id"], "resoluciones": resoluciones,
            "puntos": puntos, "pendientes": [p for p in puntos if p["estado"] in (SIN_VOTAR, SIN_RESOLUCION)],
            "proxima": proxima}


def que_hace_falta() -> str:
    """Las dos líneas que explican qué aprueba un acta (sin nombrar botones ni órdenes)."""
    return traducir("Un acta la aprueba la resolución de un punto «Aprobación del acta»: se agrega al orden del día, "
                    "se vota y se adopta su resolución.\nSe hace al final de esta misma sesión o en la próxima sesión "
                    "del órgano.")


def texto_del_pendiente(p: PuntoDeAprobacion) -> str:
    """«El punto 5 «Aprobación del acta» de esta sesión todavía no se votó: …» (qué le falta al punto)."""
    donde = traducir("de esta sesión") if p["en_esta_sesion"] else traducir("de la {0} ({1})").format(
        p["sesion"], dia_escrito(p["fecha"]))
    if p["estado"] == SIN_VOTAR:
        plantilla = traducir("El punto {0} «{1}» {2} todavía no se votó: vótelo y adopte su resolución.")
    else:
        plantilla = traducir("El punto {0} «{1}» {2} se aprobó en la votación pero todavía no tiene su resolución: "
                             "adóptela.")
    return plantilla.format(p["numeracion"], p["titulo"], donde)


def exigir_que_apruebe_esta_acta(contexto: Contexto, sesion: dict, resolucion: dict) -> None:
    """La regla de aprobar_acta (se llama dentro de su transacción): `resolucion` (con id, tipo, numero, anio,
    titulo, punto_id, organo) debe ser la de un punto que aprueba el acta de `sesion`. Si no, ErrorEscritorio que
    dice qué resolución es, cuáles sí la aprueban y qué hace falta."""
    db = contexto.db
    aprueba = tabla_aprobacion_de_actas.acta_que_aprueba_el_punto(db, resolucion["punto_id"]) if resolucion.get("punto_id") else None
    if aprueba == sesion["id"] and resolucion["tipo"] != "declaracion":
        return
    cita = cita_resolucion(resolucion["tipo"], resolucion["numero"], resolucion["anio"], resolucion["organo"])
    lineas = [traducir("No se aprobó el acta de la {0}: la {1} («{2}») no aprueba esta acta; no es la resolución de un "
                       "punto de aprobación de esta acta.").format(titulo_sesion(sesion), cita, resolucion["titulo"])]
    como = como_aprobar_el_acta(contexto, sesion["id"])
    if como["resoluciones"]:
        lineas.append(traducir("La aprueba: {0}.").format("; ".join(
            f"{r['cita']} («{r['titulo']}»)" for r in como["resoluciones"])))
    else:
        lineas.append(que_hace_falta())
        lineas += [texto_del_pendiente(p) for p in como["pendientes"]]
    raise ResolucionAjena("\n".join(lineas), como)


def titulo_del_punto(contexto: Contexto, sesion: dict, en_la_misma: bool) -> str:
    """El título del punto, en el idioma de los documentos (va en el acta): «Aprobación del acta» en la misma sesión,
    «Aprobación del acta de la XXI sesión ordinaria — Consejo (15/09/2026)» en otra."""
    with en_idioma(idioma_del_documento(contexto)):
        if en_la_misma:
            return traducir("Aprobación del acta")
        return traducir("Aprobación del acta de la {0} ({1})").format(titulo_sesion(sesion),
                                                                       dia_escrito(sesion["fecha"]))


class PuntoAgregado(TypedDict):
    punto_id: int
    numeracion: str
    titulo: str
    sesion_id: int       # la sesión en cuyo orden del día quedó
    sesion: str


def agregar_punto_de_aprobacion(contexto: Contexto, sesion_id: int, en: int | None = None,
                                titulo: str | None = None) -> PuntoAgregado:
    """Agrega al final del orden del día de la sesión `en` (por omisión, la misma) un punto de votación «Aprobación
    del acta» (o `titulo`) que aprueba el acta de `sesion_id`. Se vota como cualquier punto; su resolución es la que
    aprueba el acta. En una transacción: el punto y su vínculo, o nada."""
    db = contexto.db
    destino_id = sesion_id if en is None else en
    if titulo is not None:
        titulo = campos.texto(traducir("Título del punto"), titulo, maximo=LARGO_CORTO).strip()
    with transaccion(db):   # lo que decide se lee con la base tomada
        sesion = sesion_de_la_asociacion(contexto, sesion_id)
        destino = sesion_de_la_asociacion(contexto, destino_id)
        if sesion["estado_acta"] in ("aprobada", "firmada"):
            raise ErrorEscritorio(traducir("El acta de la {0} ya está aprobada: no lleva otro punto de aprobación.").format(
                titulo_sesion(sesion)))
        if (destino["fecha"], destino_id) < (sesion["fecha"], sesion_id):
            raise ErrorEscritorio(traducir(
                "El acta de la {0} ({1}) se aprueba en esa misma sesión o en una posterior; la {2} es del {3}, "
                "anterior.").format(titulo_sesion(sesion), dia_escrito(sesion["fecha"]), titulo_sesion(destino),
                                    dia_escrito(destino["fecha"])))
        if destino["estado_acta"] in ("aprobada", "firmada"):
            raise ErrorEscritorio(traducir(
                "El acta de la {0} ya está aprobada: su orden del día no suma puntos. Agregue el punto en una sesión "
                "posterior.").format(titulo_sesion(destino)))
        exigir_editable(destino)
        # Un segundo punto en la misma sesión solo si el primero se rechazó (un doble clic no agrega dos).
        for p in tabla_aprobacion_de_actas.puntos_que_aprueban(db, sesion_id):
            if p["sesion_id"] != destino_id or _estado(p) == RECHAZADO:
                continue
            plantilla = (traducir("El orden del día de la {0} ya tiene el punto {1} «{2}», cuya resolución aprueba "
                                  "esta acta: apruébela con esa resolución.") if _estado(p) == CON_RESOLUCION else
                         traducir("El orden del día de la {0} ya tiene el punto {1} «{2}», que aprueba esta acta: "
                                  "vótelo y adopte su resolución."))
            numero = _numeracion(contexto, destino_id, p["punto_id"])
            raise ErrorEscritorio(plantilla.format(titulo_sesion(destino), numero, p["titulo"]))
        titulo = titulo or titulo_del_punto(contexto, sesion, destino_id == sesion_id)
        orden = tabla_sesiones.proximo_orden_de_punto(db, destino_id, None)
        punto_id = tabla_sesiones.insertar_punto(db, destino_id, None, orden, titulo, "votacion", "ordinaria")
        tabla_aprobacion_de_actas.insertar_vinculo(db, punto_id, sesion_id)
    return {"punto_id": punto_id, "numeracion": str(orden), "titulo": titulo, "sesion_id": destino_id,
            "sesion": titulo_sesion(destino)}


def actas_que_puede_aprobar(contexto: Contexto, sesion_id: int) -> list[SesionDestino]:
    """Las actas que un punto del orden del día de la sesión puede aprobar: la suya y las de las sesiones anteriores
    del órgano que siguen en borrador (las más recientes primero). Para armar el orden del día («Aprobación del
    acta» en la ventana; en la CLI, «sesiones punto-aprobacion-acta SESION_DEL_ACTA --en SESION»)."""
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    if sesion["estado_acta"] in ("aprobada", "firmada"):
        return []
    return [{"id": f["id"], "titulo": titulo_sesion(f), "fecha": f["fecha"]}
            for f in tabla_aprobacion_de_actas.actas_abiertas_hasta(contexto.db, sesion["organo_id"], sesion["fecha"], sesion_id)]
