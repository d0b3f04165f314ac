"""El derecho de supresión: los datos de una persona desaparecen del registro, de la bandeja de salida y de los
documentos y publicaciones futuros, y su historia en la bitácora se vuelve ilegible sin que ningún sello deje de
verificar; lo que hay que conservar se conserva, y la respuesta dice qué quedó y por qué (issue 65).

Qué se hace con cada fila de la persona (las que la secretaría le vinculó en el registro):
- un contacto se borra;
- una autoridad cuyo mandato ya terminó queda sin nombre; la autoridad en ejercicio se conserva (es un cargo
  público, y se puede volver a pedir cuando termine);
- un delegado o un invitado de una sesión futura se quita; de una sesión ya celebrada se conserva: su acta lo nombra;
- un integrante de un órgano, una candidatura, un orador, quien firmó un convenio o adhirió a una declaración se
  conservan: el estatuto, el acta o el documento firmado los nombran.
En el correo: de un mensaje que todavía no salió se quita a la persona (y si no le queda nadie, se anula); de uno que
ya salió queda que salió, a qué miembro y cuándo, sin su dirección ni su nombre; en el texto de cada mensaje que la
nombra, su nombre, su correo y su teléfono se reemplazan por «[dato suprimido]». La persona del registro queda como
«Persona suprimida (solicitud N)», lo que escribió en sus solicitudes se borra y sus oposiciones al correo siguen
valiendo por su huella.

En la bitácora (valores_personales.py): cada valor personal de los registros de esas filas (y de las filas que ya no
están y la nombraban) pierde su valor y su sal; queda el compromiso, que no dice nada. Cada fila tocada queda en
`supresiones` con la solicitud: la verificación exige que cada valor suprimido esté ahí.

Después, el archivo de la base se reescribe (VACUUM) para que lo borrado no quede en el espacio libre del archivo; si
otro programa lo tiene abierto, queda pendiente y se avisa. Las copias de respaldo que el programa hizo antes no se
modifican (siguen sirviendo para restaurar): la respuesta y la carta nombran cada una que todavía tiene sus datos (se
busca en sus bytes, como `grep -a`) y hasta cuándo vive: la rotación borra las automáticas; una manual no se borra
sola. Las copias hechas fuera de la carpeta de respaldos las nombra la carta como un límite (issue 81 §2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict
from datetime import date
from pathlib import Path

from ..dominio.nombres_de_archivo import nombre_valido_en_windows
from ..datos import personas as tabla
from ..datos import valores_personales
from ..datos.conexion import transaccion
from ..dominio import correo as reglas_correo
from ..dominio import datos_personales as reglas
from ..dominio import formato
from ..dominio.memoria import Carta, Columna, FilaDeTabla, Parrafo, Seccion, Tabla
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from ..salida import comprobar_salida
from .acceso_a_los_datos import columna_legible, identificadores, terminos
from .archivos import escribir_archivo
from .base import hoy
from .bitacora import nombre_de_tabla
from .contexto import Contexto
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos
from .personas import ficha
from .solicitudes_de_datos import (descripcion_de_la_ley, encargado_de_datos, exigir_abierta, marcar_respondida,
                                   politica, reclamo_ante_la_autoridad, solicitud_de_la_asociacion)

SUPRIMIDO_EN_TEXTO = reglas.SUPRIMIDO_EN_TEXTO


@dataclass
class Paso:
    """Lo que se hace (o no) con una fila."""
    tabla: str
    fila_id: int
    que: str          # «Contacto de Rosario (Prensa)», en el idioma del documento
    como: str         # «borrada», «anonimizada» o «conservada»
    motivo: str = ""  # por qué se conserva
    valores: dict | None = None   # al anonimizar: lo que queda en las columnas de la persona
    mensaje_id: int | None = None  # de un destinatario: su mensaje (sin nadie más, se anula)


class CopiaConSusDatos(TypedDict):
    """Un respaldo hecho por el programa que todavía tiene datos de la persona."""
    ruta: str
    motivo: str          # apertura, cierre, manual, antes-de-restaurar…
    hecho_el: str        # AAAA-MM-DD
    # AAAA-MM-DD: desde cuándo la rotación lo borra (la primera vez que se abra la base después de ese día); None:
    # no se borra solo (uno manual).
    hasta: str | None


@dataclass
class PlanDeSupresion:
    solicitud_id: int
    persona_id: int
    nombre: str
    pasos: list[Paso] = field(default_factory=list)
    correo: list[Paso] = field(default_factory=list)
    mensajes_con_su_nombre: list[int] = field(default_factory=list)
    filas_que_ya_no_estan: list[tuple[str, int]] = field(default_factory=list)
    quedan_en_textos: list[dict] = field(default_factory=list)
    copias: list[CopiaConSusDatos] = field(default_factory=list)   # los respaldos que todavía tienen sus datos

    def borradas(self) -> list[Paso]:
        return [p for p in self.pasos + self.correo if p.como == "borrada"]

    def anonimizadas(self) -> list[Paso]:
        return [p for p in self.pasos + self.correo if p.como == "anonimizada"]

    def conservadas(self) -> list[Paso]:
        return [p for p in self.pasos + self.correo if p.como == "conservada"]


@dataclass
class ResultadoDeSupresion:
    plan: PlanDeSupresion
    valores_suprimidos: int
    carta: Path | None
    archivo_limpio: bool                 # el archivo se reescribió (VACUUM) y no guarda lo borrado
    respaldos: list[CopiaConSusDatos] = field(default_factory=list)   # los que todavía tienen sus datos
    respaldos_hasta: date | None = None    # cuándo la rotación habrá borrado el último; None si alguno no rota


def _que(fila: dict) -> str:
    from .personas import TABLAS

    partes = [traducir(TABLAS[fila["tabla"]])]
    lugar = ", ".join(str(x) for x in (fila.get("miembro"), fila.get("donde")) if x)
    if lugar:
        partes.append(lugar)
    if fila.get("fecha"):
        partes.append(formato.fecha(fila["fecha"]))
    return " · ".join(partes)


def _decidir(contexto: Contexto, fila: dict, solicitud_id: int) -> Paso:
    db, t, f = contexto.db, fila["tabla"], fila["fila_id"]
    paso = Paso(t, f, _que(fila), "conservada")
    hoy_ = hoy().isoformat()
    if t == "contactos":
        paso.como = "borrada"
    elif t == "autoridades":
        hasta = tabla.hasta_de_autoridad(db, f)
        if hasta is not None and hasta < hoy_:
            paso.como, paso.valores = "anonimizada", {"persona": reglas.texto_suprimido(solicitud_id)}
        else:
            paso.motivo = traducir("es la autoridad en ejercicio del miembro, un cargo público: se conserva mientras "
                                   "ejerza (puede volver a pedirlo cuando termine su mandato)")
    elif t in ("asistencias", "invitados"):
        sesion = tabla.sesion_de(db, t, f)
        if sesion and sesion["fecha"] > hoy_ and sesion["estado_acta"] not in ("aprobada", "firmada"):
            paso.como = "anonimizada" if t == "asistencias" else "borrada"
            paso.valores = {"representante": None, "cargo_representante": None} if t == "asistencias" else None
        else:
            paso.motivo = traducir("la sesión ya se celebró y su acta lo nombra: el acta es el registro oficial de la "
                                   "sesión que manda el estatuto")
    elif t in ("mandatos", "candidaturas"):
        paso.motivo = traducir("el estatuto obliga a llevar la composición de los órganos y su historia, y las "
                               "elecciones que la decidieron")
    elif t == "oradores":
        paso.motivo = traducir("el acta de la sesión dice quién tomó la palabra")
    else:   # partes_convenio, adherentes_declaracion
        paso.motivo = traducir("un documento firmado nombra a quien lo firmó o adhirió, y se conserva mientras exista")
    return paso


def planear(contexto: Contexto, solicitud_id: int) -> PlanDeSupresion:
    """Lo que haría la supresión, sin hacer nada (`--simular`, y la vista previa de la ventana)."""
    solicitud = solicitud_de_la_asociacion(contexto, solicitud_id)
    exigir_abierta(solicitud, reglas.SUPRESION)
    datos = ficha(contexto, solicitud["persona_id"])
    plan = PlanDeSupresion(solicitud_id, datos.id, datos.nombre)
    plan.pasos = [_decidir(contexto, fila, solicitud_id) for fila in datos.filas]
    buscar = terminos(identificadores(datos.filas, datos.nombre, datos.pasados))
    for m in datos.mensajes:
        pendiente = m["estado_mensaje"] in ("pendiente", "por_confirmar")
        plan.correo.append(Paso("destinatarios_mensaje", m["id"], traducir("Mensaje «{0}» a {1}").format(
            m["asunto"], m["direccion"]), "borrada" if pendiente else "anonimizada", mensaje_id=m["mensaje_id"]))
    plan.mensajes_con_su_nombre = [m["id"] for m in tabla.mensajes_que_nombran(contexto.db, contexto.asociacion_id,
                                                                              buscar)]
    vivas = {(p.tabla, p.fila_id) for p in plan.pasos}
    for r in tabla.registros_que_nombran(contexto.db, buscar):
        clave = (r["entidad"], r["entidad_id"])
        if clave not in vivas and r["entidad_id"] is not None and r["entidad"] in valores_personales.COLUMNAS_PERSONALES \
                and not tabla.existe_fila(contexto.db, r["entidad"], r["entidad_id"]) \
                and clave not in plan.filas_que_ya_no_estan:
            plan.filas_que_ya_no_estan.append(clave)
    tocadas = vivas | {(p.tabla, p.fila_id) for p in plan.correo} | {("mensajes", i) for i in plan.mensajes_con_su_nombre}
    plan.copias = copias_con_sus_datos(contexto.db, buscar)
    plan.quedan_en_textos = []
    for m in tabla.menciones(contexto.db, buscar):
        if (m["tabla"], m["fila_id"]) not in tocadas:
            motivo, para_la_persona = _motivo_del_texto(m["tabla"], m["columna"])
            plan.quedan_en_textos.append({**m, "donde": traducir(nombre_de_tabla(m["tabla"])),
                                          "que_columna": columna_legible(m["columna"]), "motivo": motivo,
                                          "para_la_persona": para_la_persona})
    return plan


def nombre_de_la_carta(solicitud_id: int) -> str:
    """El archivo de la carta de respuesta a una supresión (la ventana pregunta antes de reemplazarlo)."""
    return nombre_valido_en_windows(f"supresion-solicitud-{solicitud_id}.pdf")


def _motivo_del_texto(tabla_: str, columna: str) -> tuple[str, str]:
    """(por qué queda, dicho a la secretaría; dicho a la persona, en su carta)."""
    if tabla_ in ("actas", "fe_de_erratas"):
        motivo = traducir("un acta aprobada no se modifica: es el registro oficial de la sesión")
        return motivo, motivo
    if tabla_ in ("documentos_emitidos", "archivos_emitidos", "firmas_digitales"):
        motivo = traducir("un documento emitido queda registrado para que cualquiera pueda verificarlo")
        return motivo, motivo
    if tabla_ in ("resoluciones", "firmantes_declaracion", "adherentes_declaracion", "versiones_articulo"):
        motivo = traducir("una resolución o una norma adoptada no se modifica")
        return motivo, motivo
    if tabla_ == "consentimientos":
        return (traducir("es el texto que la persona aceptó, la prueba de su consentimiento: no se modifica (la base lo "
                         "impide) y se conserva sin su contacto"),
                traducir("es el texto de un consentimiento que usted aceptó: lo conservamos como prueba de lo que "
                         "aceptó, sin su dirección ni su contacto"))
    if tabla_ in reglas.TABLAS_DE_PERSONAS and columna in valores_personales.COLUMNAS_PERSONALES.get(tabla_, ()):
        return (segun_la_puerta(
                    ventana=traducir("tiene su nombre o su correo, pero no está vinculada a la persona: si es ella, "
                                     "vincúlela en Datos personales › Personas antes de suprimir"),
                    linea=traducir("tiene su nombre o su correo, pero no está vinculada a la persona: si es ella, "
                                   "vincúlela antes de suprimir («escritorio personas vincular»)")),
                traducir("es un registro con un nombre o un correo igual al suyo que no está a su nombre: lo revisamos"))
    if tabla_ == "miembros" and columna in ("correo", "telefono"):
        return (traducir("es el dato institucional del miembro (del municipio): si en realidad es el de la persona, "
                         "corríjalo en la ficha del miembro"),
                traducir("es también el dato institucional del miembro (del municipio), no uno suyo: lo revisamos"))
    return (traducir("es un texto que escribió la asociación: revíselo y corríjalo a mano si corresponde"),
            traducir("aparece en un texto de la asociación que revisamos y corregimos si corresponde"))


def _redactar(texto: str, buscar: list[str]) -> str:
    return reglas.redactar(texto, buscar, SUPRIMIDO_EN_TEXTO)


@en_el_idioma_de_los_documentos
def suprimir(contexto: Contexto, solicitud_id: int, *, carpeta: Path | str | None = None,
             reemplazar: bool = False) -> ResultadoDeSupresion:
    """Suprime los datos de la persona de la solicitud, responde la solicitud y, si se da `carpeta`, escribe allí la
    carta de respuesta (supresion-solicitud-N.pdf). Todo en una transacción; después, el archivo se reescribe."""
    from ..datos.limpieza import BorradoSeguro

    ruta_carta = None
    if carpeta is not None:
        ruta_carta = comprobar_salida(Path(carpeta) / nombre_de_la_carta(solicitud_id), ".pdf",
                                      traducir("la carta"), reemplazar=reemplazar,
                                      sin_hacer=traducir("no se suprimió nada"))
    with BorradoSeguro(contexto.db), transaccion(contexto.db):
        plan, suprimidos = suprimir_en_la_transaccion(contexto, solicitud_id, ruta_carta)
    return despues_de_suprimir(contexto, plan, suprimidos, ruta_carta)


def suprimir_en_la_transaccion(contexto: Contexto, solicitud_id: int, ruta_carta: Path | None = None
                               ) -> tuple[PlanDeSupresion, int]:
    """Lo que hace `suprimir`, dentro de una transacción ya abierta (la supresión de lo que venció la abre con el
    registro de su solicitud): el plan, la carta (antes de borrar: nombra a la persona), la ejecución y la
    respuesta."""
    plan = planear(contexto, solicitud_id)
    datos = ficha(contexto, plan.persona_id)   # antes de suprimir: la carta es para ella, con su nombre
    buscar = terminos(identificadores(datos.filas, datos.nombre, datos.pasados))
    suprimidos = ejecutar(contexto, plan, buscar)
    marcar_respondida(contexto, solicitud_id, _respuesta(plan, suprimidos))
    if ruta_carta is not None:
        from ..documentos.pdf.carta import escribir_carta_pdf

        escribir_archivo(escribir_carta_pdf, ruta_carta, _carta(contexto, plan, datos))
    return plan, suprimidos


def despues_de_suprimir(contexto: Contexto, plan: PlanDeSupresion, suprimidos: int,
                        ruta_carta: Path | None) -> ResultadoDeSupresion:
    """Ya confirmada la supresión: el archivo se reescribe sin lo borrado, y se cuentan los respaldos que todavía
    tienen los datos."""
    from ..datos.limpieza import limpiar_el_archivo

    limpio = limpiar_el_archivo(contexto.db)
    fechas = [c["hasta"] for c in plan.copias]
    hasta = date.fromisoformat(max(fechas)) if fechas and None not in fechas else None
    return ResultadoDeSupresion(plan, suprimidos, ruta_carta, limpio, plan.copias, hasta)


def ejecutar(contexto: Contexto, plan: PlanDeSupresion, buscar: list[str], *, toda_la_persona: bool = True) -> int:
    """Dentro de la transacción que suprime: anota en `supresiones` cada fila que se toca (la verificación lo exige de
    cada valor suprimido, y el servidor solo deja tocar lo anotado), hace el plan (filas, correo, textos de los
    mensajes) y suprime sus valores en la bitácora. Con `toda_la_persona`, también su registro, el detalle de sus
    solicitudes y las direcciones de sus oposiciones (no, si solo se suprime una dirección rebotada). Devuelve
    cuántos valores de la bitácora suprimió."""
    db, n = contexto.db, plan.solicitud_id
    textos = {}
    for mensaje_id in plan.mensajes_con_su_nombre:
        mensaje = tabla.mensaje(db, mensaje_id)
        texto = _redactar(mensaje["texto"], buscar)
        if texto != mensaje["texto"]:
            textos[mensaje_id] = (texto, reglas_correo.texto_a_html(texto))
    oposiciones = [o for o in tabla.oposiciones(db, contexto.asociacion_id)
                   if toda_la_persona and o["persona_id"] == plan.persona_id and o["direccion"] is not None]
    detalles = tabla.solicitudes_con_detalle(db, plan.persona_id) if toda_la_persona else []
    tocadas = [(p.tabla, p.fila_id, p.como) for p in plan.pasos + plan.correo if p.como != "conservada"]
    tocadas += [("mensajes", m, "anonimizada") for m in textos]
    if toda_la_persona:
        tocadas += [("personas", plan.persona_id, "anonimizada")]
        tocadas += [("solicitudes_de_datos", s, "anonimizada") for s in detalles]
        tocadas += [("oposiciones_correo", o["id"], "anonimizada") for o in oposiciones]
    tocadas += [(t, f, "borrada") for t, f in plan.filas_que_ya_no_estan]
    for t, f, como in dict.fromkeys(tocadas):
        tabla.anotar_supresion(db, n, t, f, como)
    for paso in plan.pasos:
        if paso.como == "borrada":
            tabla.borrar_fila(db, paso.tabla, paso.fila_id)
        elif paso.como == "anonimizada":
            tabla.anonimizar_fila(db, paso.tabla, paso.fila_id, paso.valores or {})
    borrar = [p.fila_id for p in plan.correo if p.como == "borrada"]
    por_mensaje: dict[int, list[int]] = {}   # de los que no salieron: sus destinatarios que se quitan
    for p in plan.correo:
        if p.como == "borrada" and p.mensaje_id is not None:
            por_mensaje.setdefault(p.mensaje_id, []).append(p.fila_id)
    tabla.suprimir_del_correo(db, n, borrar, [p.fila_id for p in plan.correo if p.como == "anonimizada"],
                              traducir("dirección suprimida (solicitud {0})").format(n), textos)
    for mensaje_id, quitados in por_mensaje.items():
        if tabla.otros_destinatarios(db, mensaje_id, quitados) == 0:
            tabla.anular_mensaje(db, mensaje_id, traducir("sin destinatarios: la persona pidió que se supriman sus "
                                                          "datos (solicitud {0})").format(n))
    if toda_la_persona:
        tabla.anonimizar_persona(db, plan.persona_id, reglas.texto_suprimido(n), n)
        tabla.borrar_detalle_de_solicitudes(db, plan.persona_id)
        for oposicion in oposiciones:
            tabla.olvidar_direccion_de_oposicion(db, oposicion["id"])
    return valores_personales.suprimir_lo_anotado(db, n)


def _respuesta(plan: PlanDeSupresion, suprimidos: int) -> str:
    conservadas = plan.conservadas()
    texto = traducir("Se suprimieron los datos de la persona {0}: {1} filas borradas, {2} anonimizadas y {3} valores "
                     "de la bitácora que ya no se pueden leer.").format(
        plan.persona_id, len(plan.borradas()), len(plan.anonimizadas()), suprimidos)
    if conservadas:
        texto += " " + traducir("Se conservaron {0}: {1}.").format(
            len(conservadas), "; ".join(f"{p.que} ({p.motivo})" for p in conservadas))
    if plan.quedan_en_textos:
        texto += " " + traducir("Quedan {0} menciones en textos que no se modifican o que la asociación revisa a "
                                "mano.").format(len(plan.quedan_en_textos))
    return texto


def copias_con_sus_datos(db, buscar: list[str]) -> list[CopiaConSusDatos]:
    """Los respaldos que el programa hizo de esta base (automáticos, copias de seguridad y manuales) que todavía
    tienen alguno de sus datos (`buscar`: sus nombres, correos y teléfonos, también los de antes), con hasta cuándo
    vive cada uno (docs/garantias.md, «Respaldos»). En el servidor, ninguno: sus respaldos son los de pg_dump."""
    from ..datos.conexion import ruta_de
    from ..datos.respaldo import AUTOMATICOS
    from ..datos.respaldo_identidad import respaldos_que_contienen
    from ..datos.respaldo_rotacion import vence_la_rotacion

    ruta = ruta_de(db) if db.dialecto != "postgresql" else None
    if ruta is None:
        return []
    return [CopiaConSusDatos(ruta=str(c["ruta"]), motivo=c["motivo"], hecho_el=c["momento"].date().isoformat(),
                             hasta=vence_la_rotacion(c["momento"]).date().isoformat() if c["motivo"] in AUTOMATICOS
                             else None)
            for c in respaldos_que_contienen(Path(ruta), buscar)]


def copias_en_palabras(copias: list[CopiaConSusDatos]) -> list[str]:
    """Una línea por copia que todavía tiene sus datos, para la secretaría (la ventana y la línea de órdenes)."""
    borrar = segun_la_puerta(ventana=traducir("bórrela en Archivo › Restaurar respaldo si ya no la necesita"),
                             linea=traducir("bórrela con «escritorio respaldo borrar ARCHIVO» si ya no la necesita"))
    return [traducir("«{0}» ({1}, del {2}): la rotación la borra a partir del {3}.").format(
                Path(c["ruta"]).name, c["motivo"], formato.fecha(c["hecho_el"]), formato.fecha(c["hasta"]))
            if c["hasta"] else
            traducir("«{0}» ({1}, del {2}): no se borra sola; {3}.").format(
                Path(c["ruta"]).name, c["motivo"], formato.fecha(c["hecho_el"]), borrar)
            for c in copias]


# --- la carta ---------------------------------------------------------------------------------------------------

def _carta(contexto: Contexto, plan: PlanDeSupresion, datos) -> Carta:
    from ..datos import asociaciones as tabla_asociaciones

    asociacion = tabla_asociaciones.por_id(contexto.db, contexto.asociacion_id)
    pol = politica(contexto)
    solicitud = solicitud_de_la_asociacion(contexto, plan.solicitud_id)
    hechas = [p for p in plan.pasos + plan.correo if p.como != "conservada"]
    secciones = [
        Seccion("suprimido", traducir("Lo que suprimimos")).agregar(
            Tabla("suprimido", traducir("Suprimido"), (Columna(traducir("Qué"), 4), Columna(traducir("Cómo"), 1)),
                  tuple(FilaDeTabla((p.que, traducir(reglas.COMO_SE_SUPRIME[p.como]))) for p in hechas),
                  traducir("No había filas para borrar.")),
            Parrafo(traducir("También dejamos de poder leer sus datos en la historia de cambios de la base (la "
                             "bitácora): queda que hubo un cambio, no lo que decía."))),
        Seccion("conservado", traducir("Lo que conservamos, y por qué")).agregar(
            Tabla("conservado", traducir("Conservado"), (Columna(traducir("Qué"), 2.2), Columna(traducir("Por qué"), 3)),
                  tuple(FilaDeTabla((p.que, p.motivo)) for p in plan.conservadas())
                  + tuple(FilaDeTabla((f"{m['donde']} ({m['que_columna']})", m["para_la_persona"]))
                          for m in plan.quedan_en_textos),
                  traducir("Nada: no quedó ningún dato suyo."))),
        _seccion_copias(plan),
        Seccion("solicitud", traducir("Su solicitud")).agregar(Parrafo(traducir(
            "Su solicitud queda registrada con su número ({0}), sin su nombre, para poder demostrar que la "
            "atendimos.").format(plan.solicitud_id)), Parrafo(encargado_de_datos(contexto)),
            Parrafo(reclamo_ante_la_autoridad(contexto)))]
    return Carta(asociacion=asociacion["nombre"], sigla=asociacion["sigla"] or "", papel=asociacion["papel"],
                 titulo=traducir("Supresión de sus datos"), destinatario=(datos.nombre,),
                 referencia=traducir("Solicitud de supresión N.º {0}, recibida el {1}").format(
                     plan.solicitud_id, formato.fecha(solicitud["recibida_el"])),
                 saludo=(traducir("Atendimos su pedido de que anonimicemos sus datos ({0}): anonimizamos lo que hay que "
                                  "conservar y borramos lo demás.") if solicitud["derecho"] == reglas.ANONIMIZACION
                         else traducir("Atendimos su pedido de que suprimamos sus datos ({0}).")).format(
                     descripcion_de_la_ley(contexto)),
                 secciones=secciones, despedida=traducir("Saludos cordiales."),
                 firma=(traducir("Secretaría de {0}").format(asociacion["nombre"]),
                        *((pol.contacto,) if pol.contacto else ())))



def _seccion_copias(plan: PlanDeSupresion) -> Seccion:
    """Cada copia de respaldo que todavía tiene sus datos, con hasta cuándo vive, y lo que el programa no conoce."""
    seccion = Seccion("respaldos", traducir("Las copias de respaldo"))
    if plan.copias:
        seccion.agregar(
            Parrafo(traducir("Estas copias de respaldo de la base todavía tienen sus datos: no se modifican, para que "
                             "sigan sirviendo si hay que restaurar. Si hubiera que restaurar una de ellas, volveremos "
                             "a suprimir sus datos.")),
            Tabla("respaldos", traducir("Copias"), (Columna(traducir("Copia"), 2.6), Columna(traducir("Hecha el"), 1),
                                                    Columna(traducir("Hasta cuándo"), 2.4)),
                  tuple(FilaDeTabla((Path(c["ruta"]).name, formato.fecha(c["hecho_el"]),
                                     traducir("la rotación la borra a partir del {0}").format(formato.fecha(c["hasta"]))
                                     if c["hasta"] else traducir("no se borra sola: hasta que la secretaría la borre")))
                        for c in plan.copias), ""))
    else:
        seccion.agregar(Parrafo(traducir("Ninguna copia de respaldo que hizo el programa tiene sus datos.")))
    seccion.agregar(Parrafo(traducir(
        "Un límite: las copias que se hayan hecho fuera de la carpeta de respaldos del programa (un respaldo guardado "
        "en otra carpeta o en un disco externo, una copia del archivo hecha a mano) no las puede revisar el programa; "
        "la secretaría las revisa y las borra a mano.")))
    return seccion


def limpiar(contexto: Contexto) -> bool:
    """Reescribe el archivo para que lo suprimido no quede en su espacio libre (lo que quedó pendiente porque otro
    programa tenía la base abierta). True si se pudo."""
    from ..datos.dialecto import es_servidor
    from ..datos.limpieza import limpiar_el_archivo

    if es_servidor(contexto.db):   # no hay archivo que reescribir: lo hace PostgreSQL, a pedido de quien lo administra
        raise ErrorEscritorio(traducir(
            "En una base del servidor no hay un archivo que reescribir: el espacio que dejó lo suprimido lo recupera "
            "PostgreSQL. Para que no quede nada en el disco, quien administra el servidor corre «VACUUM FULL» sobre "
            "la base (y deja rotar los respaldos de pg_dump), como dice docs/garantias.md. No se hizo nada."))
    return limpiar_el_archivo(contexto.db)
