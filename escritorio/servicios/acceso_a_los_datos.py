"""El derecho de acceso y de portabilidad: todo lo que la base tiene de una persona, en una carta en PDF que se lee
y en un archivo JSON que otro programa puede leer, en un solo paso (issue 65).

Qué se junta (`reunir`):
- las filas que son suyas (las que la secretaría le vinculó en el registro de personas), enteras;
- la historia de esas filas en la bitácora, con los valores de antes (los que todavía se pueden leer), y la de las
  filas que ya no están pero la nombraban (se encuentran por su nombre, su correo o su teléfono en los valores
  personales de la bitácora);
- los mensajes de la bandeja de salida y los ya enviados a sus direcciones, con lo que pasó con cada uno;
- las oposiciones al correo y las solicitudes que hizo;
- los documentos emitidos que la nombran y las demás filas de la base con su nombre, su correo o su teléfono en un
  texto (un acta, una resolución, un resumen);
- para cada clase de dato: para qué se guarda, con qué fundamento, cuánto tiempo y qué se publica.

La carta y el JSON dicen lo mismo; el JSON lleva además los valores tal como están guardados. Responder el acceso
(`responder_acceso`) escribe los dos en la carpeta elegida y deja la solicitud respondida, en una transacción: los dos
archivos y la respuesta, o nada (`salida.escribir_juntos`; con --reemplazar y uno abierto en otro programa, los dos
anteriores quedan como estaban).
La ventana (Datos personales › Solicitudes › Responder el acceso…) y la CLI («escritorio derechos acceso») la llaman.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..dominio.nombres_de_archivo import nombre_valido_en_windows
from ..datos import asociaciones as tabla_asociaciones
from ..datos import personas as tabla
from ..datos.conexion import transaccion
from ..dominio import datos_personales as reglas
from ..dominio.consentimientos import BOLETIN, FINALIDADES
from ..dominio import formato
from ..dominio.memoria import Carta, Columna, FilaDeTabla, Parrafo, Seccion, Tabla, Vacio
from ..dominio.traduccion import traducir
from ..salida import comprobar_salida, escribir_juntos
from .bitacora import listar as historia_de
from .bitacora import nombre_de_tabla
from .consentimientos import de_la_persona
from .momentos import hora_local
from .base import hoy
from .contexto import Contexto
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos
from .personas import TABLAS, ficha, que_identifica
from .solicitudes_de_datos import (descripcion_de_la_ley, encargado_de_datos, exigir_abierta, marcar_respondida,
                                   politica, reclamo_ante_la_autoridad, solicitud_de_la_asociacion, tratamientos)

_CLASE_DE_TABLA = {t: c.codigo for c in reglas.CLASES for t in c.tablas}


@dataclass
class DatosDeUnaPersona:
    """Todo lo que la base tiene de una persona (lo que se entrega en el acceso)."""
    generado_el: str
    asociacion: dict
    persona: dict
    identificadores: dict
    filas: list[dict] = field(default_factory=list)
    antes: list[dict] = field(default_factory=list)      # lo que sus filas tuvieron y ya no tienen (rectificado)
    historia: list[dict] = field(default_factory=list)
    correo: list[dict] = field(default_factory=list)
    oposiciones: list[dict] = field(default_factory=list)
    solicitudes: list[dict] = field(default_factory=list)
    documentos: list[dict] = field(default_factory=list)
    menciones: list[dict] = field(default_factory=list)
    tratamientos: list[dict] = field(default_factory=list)
    compartidos: list[dict] = field(default_factory=list)   # con quién se compartieron: {con_quien, que}
    # Lo que aceptó (issue 81 §3): el texto exacto, cuándo, por qué medio, y si lo revocó.
    consentimientos: list[dict] = field(default_factory=list)

    def como_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, default=str)


def identificadores(filas: list[dict], nombre: str, pasados: list[dict] = ()) -> dict[str, list[str]]:
    """Los nombres, correos y teléfonos con que aparece una persona (para encontrarla en el resto de la base): los de
    sus filas hoy y los que tuvieron antes (`pasados`: el correo que rectificó también es suyo)."""
    antes = {"nombres": set(), "correos": set(), "telefonos": set()}
    for p in pasados:
        if not p.get("de_otro"):   # un correo de antes que hoy es de otra persona no se busca como suyo
            antes[que_identifica(p["columna"])].add(p["valor"].strip())
    nombres = sorted({nombre, *(f["nombre"] for f in filas if f.get("nombre")), *antes["nombres"]})
    correos = sorted({reglas.clave_de_direccion(c) for c in
                      [*(f["correo"] for f in filas if f.get("correo")), *antes["correos"]] if "@" in c})
    telefonos = sorted({t.strip() for t in [*(f["telefono"] for f in filas if f.get("telefono")),
                                            *antes["telefonos"]] if t and t.strip()})
    return {"nombres": nombres, "correos": correos, "telefonos": telefonos}


# Las columnas de texto cuyo nombre en la base no es la palabra que lee la secretaría (las demás: sin guiones bajos).
_COLUMNAS = {"telefono": "teléfono", "direccion": "dirección", "descripcion": "descripción", "html": "texto (HTML)",
             "resumen": "resumen", "notas": "notas", "observaciones": "observaciones", "contenido": "contenido",
             "representante": "representante", "nombre": "nombre", "correo": "correo", "texto": "texto",
             "persona": "persona", "motivo": "motivo"}


def columna_legible(columna: str) -> str:
    """«telefono» -> «teléfono», «cargo_representante» -> «cargo representante» (las de `_COLUMNAS`, traducidas)."""
    legible = _COLUMNAS.get(columna)
    return traducir(legible) if legible else columna.replace("_", " ")


def terminos(ids: dict[str, list[str]]) -> list[str]:
    """Lo que se busca en los textos de la base: los nombres completos (de al menos dos palabras: un nombre de pila
    solo encontraría a cualquiera), los correos y los teléfonos."""
    return [n for n in ids["nombres"] if len(n.split()) >= 2] + ids["correos"] + ids["telefonos"]


def reunir(contexto: Contexto, persona_id: int) -> DatosDeUnaPersona:
    """Todo lo que la base tiene de la persona, en el idioma de los documentos."""
    db = contexto.db
    datos = ficha(contexto, persona_id)
    asociacion = tabla_asociaciones.por_id(db, contexto.asociacion_id)
    pol = politica(contexto)
    ids = identificadores(datos.filas, datos.nombre, datos.pasados)
    buscar = terminos(ids)
    resultado = DatosDeUnaPersona(
        generado_el=hoy().isoformat(),
        asociacion={"nombre": asociacion["nombre"], "sigla": asociacion["sigla"], "sede": asociacion.get("sede"),
                    "ley": descripcion_de_la_ley(contexto), "contacto": pol.contacto,
                    "encargado": encargado_de_datos(contexto), "reclamo": reclamo_ante_la_autoridad(contexto)},
        persona={"id": datos.id, "nombre": datos.nombre, "nota": datos.nota}, identificadores=ids)
    vistas = set()
    for fila in datos.filas:
        completa = tabla.fila_entera(db, fila["tabla"], fila["fila_id"]) or {}
        resultado.filas.append({
            "clase_de_datos": _CLASE_DE_TABLA.get(fila["tabla"], ""), "que": fila["clase"], "tabla": fila["tabla"],
            "fila": fila["fila_id"], "nombre": fila["nombre"], "correo": fila["correo"], "telefono": fila["telefono"],
            "rol": fila["rol"], "miembro": fila["miembro"], "donde": fila["donde"], "fecha": fila["fecha"],
            "como_esta_guardada": completa})
        vistas.add((fila["tabla"], fila["fila_id"]))
    resultado.antes = _lo_de_antes(datos)
    for registro in tabla.registros_que_nombran(db, buscar):
        vistas.add((registro["entidad"], registro["entidad_id"]))
    resultado.historia = _historia(db, vistas, {(f["tabla"], f["fila_id"]) for f in datos.filas})
    resultado.correo = [{"mensaje": m["mensaje_id"], "clase": m["clase"], "asunto": m["asunto"],
                         "direccion": m["direccion"], "nombre": m["nombre"], "tipo": m["tipo"],
                         "estado_del_mensaje": m["estado_mensaje"], "resultado": m["estado"], "motivo": m["motivo"],
                         "creado_en": m["creado_en"], "enviado_en": m["enviado_en"],
                         # el consentimiento con que salió un boletín (lo que la carta dice de su revocación)
                         "consentimiento": m["referencia"] if m["clase"] == BOLETIN else None} for m in datos.mensajes]
    resultado.oposiciones = [{"direccion": o["direccion"], "desde": o["desde"], "solicitud": o["solicitud_id"]}
                             for o in tabla.oposiciones(db, contexto.asociacion_id) if o["persona_id"] == persona_id]
    # Sus solicitudes con lo que escribió y por dónde llegó (issue 81 §3): también son datos suyos.
    resultado.solicitudes = [{k: s[k] for k in ("id", "derecho", "recibida_el", "canal", "detalle", "vence_el", "plazo",
                                                "estado", "respondida_el", "respuesta")} for s in datos.solicitudes]
    resultado.documentos = tabla.documentos_que_nombran(db, contexto.asociacion_id, buscar)
    resultado.menciones = [{**m, "donde": traducir(nombre_de_tabla(m["tabla"]))} for m in tabla.menciones(db, buscar)
                           if (m["tabla"], m["fila_id"]) not in vistas and m["tabla"] != "archivos_emitidos"
                           and m["tabla"] != "documentos_emitidos"]
    resultado.consentimientos = _consentimientos(contexto, datos.vinculos)
    clases = {f["clase_de_datos"] for f in resultado.filas} | {"solicitantes"}
    if resultado.consentimientos:
        clases.add("suscriptores")
    if resultado.correo:
        clases.add("destinatarios")
    resultado.tratamientos = [dict(t) for t in tratamientos(contexto) if t["clase"] in clases]
    resultado.compartidos = _compartidos(resultado, tabla.mensajes_que_nombran(db, contexto.asociacion_id, buscar))
    return resultado


def _consentimientos(contexto: Contexto, vinculos) -> list[dict]:
    """Lo que aceptaron sus contactos (también uno que se quitó de la ficha): el texto exacto, cuándo, por qué medio y
    si lo revocó."""
    return [{k: c[k] for k in ("id", "finalidad", "texto", "canal", "otorgado_el", "revocado_el",
                               "canal_de_revocacion", "correo")}
            for c in de_la_persona(contexto, vinculos)]


def _compartidos(datos: DatosDeUnaPersona, mensajes_que_la_nombran: list[dict]) -> list[dict]:
    """Con quién se compartieron sus datos (LGPD, art. 18, VII; art. 9, V): a quién llega cada clase de sus datos,
    los correos que la nombran enviados a otros y los documentos emitidos que la nombran (a los miembros)."""
    salida = [{"con_quien": traducir(reglas.DESTINATARIOS_DE_LA_CLASE[t["clase"]]), "que": t["nombre"]}
              for t in datos.tratamientos if t["clase"] in reglas.DESTINATARIOS_DE_LA_CLASE]
    enviados = [m for m in mensajes_que_la_nombran if m["estado"] == "enviado"]
    if enviados:
        salida.append({"con_quien": traducir("los destinatarios de esos mensajes (los miembros a los que se enviaron)"),
                       "que": formato.cuantos(len(enviados), traducir("{0} mensaje que la nombra"),
                                              traducir("{0} mensajes que la nombran"))})
    if datos.documentos:
        salida.append({"con_quien": traducir("los miembros que recibieron esos documentos, y quien los verifica"),
                       "que": formato.cuantos(len(datos.documentos), traducir("{0} documento emitido que la nombra"),
                                              traducir("{0} documentos emitidos que la nombran"))})
    return salida


def _historia(db, vistas: set, suyas: set) -> list[dict]:
    """Cada cambio de esas filas en la bitácora, con los valores que todavía se pueden leer. De una fila suya, solo su
    vida: lo anterior a su alta es de otra fila que tuvo el mismo id."""
    historia = []
    for entidad, fila_id in sorted(vistas, key=lambda v: (v[0], v[1] or 0)):
        desde = tabla.ultima_alta(db, entidad, fila_id) if (entidad, fila_id) in suyas else 0
        historia += [{"registro": r.id, "cuando": r.cuando(), "quien": r.quien(),
                      "tabla": traducir(nombre_de_tabla(r.entidad)), "fila": r.entidad_id, "accion": r.accion,
                      "que_paso": r.descripcion, "detalle": r.detalle}
                     for r in reversed(historia_de(db, entidad=entidad, entidad_id=fila_id, limite=500)) if r.id >= desde]
    return sorted(historia, key=lambda h: h["registro"])


def _lo_de_antes(datos) -> list[dict]:
    """Lo que sus filas tuvieron y ya no tienen: el correo o el nombre de antes de una rectificación."""
    return [{"que": traducir(TABLAS.get(p["tabla"], p["tabla"])), "tabla": p["tabla"], "fila": p["fila_id"],
             "campo": p["columna"], "valor": p["valor"]} for p in datos.de_antes()]


# --- la carta --------------------------------------------------------------------------------------------------

def _carta(contexto: Contexto, datos: DatosDeUnaPersona, solicitud: dict | None, archivo_json: str) -> Carta:
    asociacion = datos.asociacion
    referencia = (traducir("Solicitud de acceso N.º {0}, recibida el {1}").format(
        solicitud["id"], formato.fecha(solicitud["recibida_el"])) if solicitud else
        traducir("Datos de la persona N.º {0}").format(datos.persona["id"]))
    secciones = [
        _seccion_filas(datos), _seccion_antes(datos), _seccion_tratamientos(datos), _seccion_historia(datos), _seccion_correo(datos),
        _seccion_compartidos(datos), _seccion_menciones(datos), _seccion_solicitudes(datos),
        Seccion("derechos", traducir("Sus derechos")).agregar(
            Parrafo(traducir("Puede pedir que corrijamos un dato inexacto, que suprimamos los que no tenemos obligación "
                             "de conservar y que no le enviemos más correo. La ley que aplicamos es: {0}.").format(
                asociacion["ley"])),
            Parrafo(traducir("El archivo {0}, que acompaña esta carta, tiene los mismos datos en un formato que puede "
                             "leer otro programa (JSON).").format(archivo_json)),
            Parrafo(traducir("Para cualquier pedido, escriba a: {0}.").format(asociacion["contacto"])
                    if asociacion.get("contacto") else
                    traducir("Para cualquier pedido, diríjase a la secretaría de la asociación.")),
            Parrafo(asociacion["encargado"]), Parrafo(asociacion["reclamo"]))]
    return Carta(asociacion=asociacion["nombre"], sigla=asociacion["sigla"] or "",
                 papel=tabla_asociaciones.por_id(contexto.db, contexto.asociacion_id)["papel"],
                 titulo=traducir("Sus datos en la asociación"), destinatario=(datos.persona["nombre"],),
                 referencia=referencia,
                 saludo=traducir("Estos son todos los datos que {0} tiene de usted, de dónde vienen, para qué los "
                                 "usamos y con qué fundamento.").format(asociacion["nombre"]),
                 secciones=secciones, despedida=traducir("Saludos cordiales."),
                 firma=(traducir("Secretaría de {0}").format(asociacion["nombre"]),))


def _seccion_filas(datos: DatosDeUnaPersona) -> Seccion:
    filas = tuple(FilaDeTabla((f["que"], _dato(f), f["miembro"] or "", f["donde"] or "",
                               formato.fecha(f["fecha"]) if f["fecha"] else "")) for f in datos.filas)
    return Seccion("filas", traducir("Qué datos tenemos de usted")).agregar(Tabla(
        "filas", traducir("Sus datos"), (Columna(traducir("Qué"), 1.2), Columna(traducir("Dato"), 2.4),
                                         Columna(traducir("Miembro o institución"), 1.4), Columna(traducir("Dónde"), 1.6),
                                         Columna(traducir("Desde"), 0.8)),
        filas, traducir("No tenemos registrada ninguna fila a su nombre.")))


def _seccion_antes(datos: DatosDeUnaPersona) -> Seccion:
    return Seccion("antes", traducir("Lo que tuvimos antes")).agregar(Tabla(
        "antes", traducir("Datos que cambiaron"), (Columna(traducir("Qué"), 1.4), Columna(traducir("Campo"), 1),
                                                   Columna(traducir("Dato de antes"), 3)),
        tuple(FilaDeTabla((a["que"], columna_legible(a["campo"]), a["valor"])) for a in datos.antes),
        traducir("Ningún dato suyo cambió: no guardamos valores anteriores.")))


def _dato(fila: dict) -> str:
    partes = [fila["nombre"], fila.get("rol"), fila.get("correo"), fila.get("telefono")]
    return " · ".join(str(p) for p in partes if p)


def _seccion_tratamientos(datos: DatosDeUnaPersona) -> Seccion:
    seccion = Seccion("tratamientos", traducir("Para qué los usamos y con qué fundamento"))
    for t in datos.tratamientos:
        clase = reglas.CLASE[t["clase"]]
        seccion.agregar(Parrafo(f"{t['nombre']}: " + traducir(
            "{0}. Para qué: {1}. Fundamento: {2}. Cuánto tiempo: {3}. En el sitio de transparencia: {4}.").format(
            t["datos"][:1].upper() + t["datos"][1:], t["finalidad"], t["base_legal"], t["conservacion"],
            traducir(clase.publicado))))
    return seccion


def _seccion_historia(datos: DatosDeUnaPersona) -> Seccion:
    # De un cambio, además, qué cambió (antes → después): así se ve también el dato de antes.
    filas = tuple(FilaDeTabla((h["cuando"], h["que_paso"] + ("\n" + "\n".join(h["detalle"])
                                                            if h["accion"] == "cambio" and h["detalle"] else ""),
                               h["quien"])) for h in datos.historia)
    return Seccion("historia", traducir("La historia de esos datos")).agregar(
        Parrafo(traducir("Cada cambio queda en la bitácora de la base, con cuándo y quién lo hizo.")),
        Tabla("historia", traducir("Cambios"), (Columna(traducir("Cuándo"), 1), Columna(traducir("Qué pasó"), 4),
                                                Columna(traducir("Quién"), 1.2)),
              filas, traducir("Sin cambios registrados.")))


def _seccion_correo(datos: DatosDeUnaPersona) -> Seccion:
    filas = tuple(FilaDeTabla((formato.fecha(str(c["enviado_en"] or c["creado_en"])[:10]), c["asunto"],
                               c["direccion"], _resultado_del_envio(c))) for c in datos.correo)
    seccion = Seccion("correo", traducir("Los correos que le enviamos")).agregar(Tabla(
        "correo", traducir("Correo"), (Columna(traducir("Fecha"), 0.8), Columna(traducir("Asunto"), 2.6),
                                       Columna(traducir("Dirección"), 1.6), Columna(traducir("Resultado"), 1)),
        filas, traducir("No le enviamos ningún correo.")))
    for o in datos.oposiciones:
        seccion.agregar(Parrafo(traducir("Desde el {0} no le enviamos correo a {1}, como lo pidió.").format(
            formato.fecha(o["desde"]), o["direccion"] or traducir("su dirección"))))
    for c in datos.consentimientos:
        aceptado = traducir("El {0} ({1}) aceptó recibir en {2}: {3}. Lo que aceptó: «{4}»").format(
            formato.fecha(c["otorgado_el"]), traducir(reglas.CANALES[c["canal"]]).lower(), c["correo"] or "—",
            traducir(FINALIDADES[c["finalidad"]]), c["texto"])
        seccion.agregar(Parrafo(aceptado + " " + _estado_del_consentimiento(c, datos.correo)))
    return seccion


def _estado_del_consentimiento(c: dict, correo: list[dict]) -> str:
    """Si sigue vigente o desde cuándo lo revocó. Una revocación anotada con una fecha anterior (escribió antes, se
    anotó después) puede tener boletines enviados después de esa fecha: la carta los nombra y no afirma que desde
    entonces no se le envió."""
    if not c["revocado_el"]:
        return traducir("Sigue vigente: puede revocarlo cuando quiera.")
    medio = traducir(reglas.CANALES[c["canal_de_revocacion"]]).lower()
    # Los boletines que salieron con ESE consentimiento (no con otro de otro contacto suyo, ni con uno que dio
    # después) el día de la revocación o más tarde, en el día de la oficina (la base guarda la hora en UTC).
    dias = {momento.date().isoformat() for m in correo
            if m.get("consentimiento") == c["id"] and m["enviado_en"] and m["resultado"] != "rechazado"
            and (momento := hora_local(str(m["enviado_en"]))) is not None}
    despues = sorted(dia for dia in dias if dia >= str(c["revocado_el"]))
    if despues:
        return traducir("Lo revocó el {0} ({1}), pero la revocación se anotó después de enviarle el boletín el {2}: "
                        "desde que se anotó, no se lo enviamos.").format(
            formato.fecha(c["revocado_el"]), medio, ", ".join(formato.fecha(d) for d in despues))
    return traducir("Lo revocó el {0} ({1}): desde entonces no se lo enviamos.").format(
        formato.fecha(c["revocado_el"]), medio)


def _resultado_del_envio(c: dict) -> str:
    if c["estado_del_mensaje"] in ("pendiente", "enviando", "por_confirmar"):
        return traducir("en la bandeja de salida")
    if c["estado_del_mensaje"] == "anulado":
        return traducir("anulado")
    return {"aceptado": traducir("enviado"), "rechazado": traducir("rechazado por el servidor"),
            "rebotado": traducir("rebotó"), "recibido": traducir("recibido")}.get(c["resultado"], c["resultado"])


def _seccion_compartidos(datos: DatosDeUnaPersona) -> Seccion:
    return Seccion("compartidos", traducir("Con quién compartimos sus datos")).agregar(Tabla(
        "compartidos", traducir("Compartidos"), (Columna(traducir("Con quién"), 3), Columna(traducir("Qué"), 2)),
        tuple(FilaDeTabla((c["con_quien"], c["que"])) for c in datos.compartidos),
        traducir("Con nadie fuera de la secretaría.")))


def _seccion_menciones(datos: DatosDeUnaPersona) -> Seccion:
    seccion = Seccion("menciones", traducir("Documentos y otros textos que lo nombran"))
    seccion.agregar(Tabla("documentos", traducir("Documentos emitidos"),
                          (Columna(traducir("Código"), 1.4), Columna(traducir("Documento"), 1.2),
                           Columna(traducir("Emitido"), 1)),
                          tuple(FilaDeTabla((d["codigo"], d["tipo"], formato.fecha(str(d["emitido_en"])[:10])))
                                for d in datos.documentos),
                          traducir("Ningún documento emitido lo nombra.")))
    if datos.menciones:
        seccion.agregar(Tabla("menciones", traducir("Otros textos"),
                              (Columna(traducir("Dónde"), 2), Columna(traducir("Fila"), 0.6),
                               Columna(traducir("Campo"), 1.2)),
                              tuple(FilaDeTabla((m["donde"], str(m["fila_id"]), m["columna"])) for m in datos.menciones),
                              ""))
    else:
        seccion.agregar(Vacio(traducir("Ningún otro texto de la base lo nombra.")))
    return seccion


def _seccion_solicitudes(datos: DatosDeUnaPersona) -> Seccion:
    filas = tuple(FilaDeTabla((str(s["id"]), traducir(reglas.DERECHOS[s["derecho"]])
                               + (f"\n«{s['detalle']}»" if s.get("detalle") else ""),
                               formato.fecha(s["recibida_el"]), traducir(reglas.CANALES.get(s["canal"], s["canal"] or "")),
                               traducir(reglas.ESTADOS_DE_SOLICITUD[s["estado"]])))
                  for s in datos.solicitudes)
    return Seccion("solicitudes", traducir("Sus solicitudes")).agregar(Tabla(
        "solicitudes", traducir("Solicitudes"), (Columna("N.º", 0.4), Columna(traducir("Derecho y lo que pidió"), 2.2),
                                                 Columna(traducir("Recibida"), 0.9), Columna(traducir("Canal"), 1),
                                                 Columna(traducir("Estado"), 0.9)),
        filas, traducir("Ninguna.")))


# --- responder ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RespuestaDeAcceso:
    carta: Path
    datos: Path
    filas: int
    cambios: int
    mensajes: int
    menciones: int


def nombres_de_los_archivos(solicitud_id: int) -> tuple[str, str]:
    return (nombre_valido_en_windows(f"acceso-solicitud-{solicitud_id}.pdf"),
            nombre_valido_en_windows(f"acceso-solicitud-{solicitud_id}.json"))


@en_el_idioma_de_los_documentos
def responder_acceso(contexto: Contexto, solicitud_id: int, carpeta: Path | str, *,
                     reemplazar: bool = False) -> RespuestaDeAcceso:
    """Escribe la carta (PDF) y los datos (JSON) de la persona en `carpeta` y deja la solicitud respondida, todo o
    nada: si no se pueden escribir los dos archivos, la solicitud sigue abierta y cada uno queda como estaba (con
    `reemplazar`, el anterior con sus mismos bytes; si no había, ninguno)."""
    from ..documentos.pdf.carta import escribir_carta_pdf

    carpeta = Path(carpeta)
    nombre_pdf, nombre_json = nombres_de_los_archivos(solicitud_id)
    sin_hacer = traducir("no se respondió la solicitud")
    ruta_pdf = comprobar_salida(carpeta / nombre_pdf, ".pdf", traducir("la carta"), reemplazar=reemplazar,
                                sin_hacer=sin_hacer)
    ruta_json = comprobar_salida(carpeta / nombre_json, ".json", traducir("los datos"), reemplazar=reemplazar,
                                 sin_hacer=sin_hacer)
    # Los dos se escriben al lado y se ponen juntos al final, antes de confirmar: con uno abierto en otro programa (o
    # la carpeta que se niega) no se pone ninguno, los anteriores quedan y la transacción se deshace.
    with escribir_juntos({ruta_json: traducir("los datos"), ruta_pdf: traducir("la carta")}, reemplazar=reemplazar,
                         sin_hacer=sin_hacer) as juntos, transaccion(contexto.db):
        solicitud = solicitud_de_la_asociacion(contexto, solicitud_id)
        exigir_abierta(solicitud, reglas.ACCESO)
        datos = reunir(contexto, solicitud["persona_id"])
        cuenta = ", ".join((
            formato.cuantos(len(datos.filas), traducir("{0} fila"), traducir("{0} filas")),
            formato.cuantos(len(datos.historia), traducir("{0} cambio registrado"),
                            traducir("{0} cambios registrados")),
            formato.cuantos(len(datos.correo), traducir("{0} mensaje"), traducir("{0} mensajes")),
            formato.cuantos(len(datos.menciones), traducir("{0} mención en otros textos"),
                            traducir("{0} menciones en otros textos"))))
        # Primero lo que la base puede rechazar (un papel del servidor que no responde solicitudes): así un
        # rechazo no deja en la carpeta una carta con datos personales (issue 77, lo encontró la matriz de papeles).
        marcar_respondida(contexto, solicitud_id, traducir(
            "Se entregaron la carta {0} y los datos {1}: {2}.").format(nombre_pdf, nombre_json, cuenta))
        juntos.escribir(ruta_json, datos.como_json().encode("utf-8"))
        juntos.escribir(ruta_pdf, escribir_carta_pdf, _carta(contexto, datos, solicitud, nombre_json))
        juntos.poner()
    return RespuestaDeAcceso(ruta_pdf, ruta_json, len(datos.filas), len(datos.historia), len(datos.correo),
                             len(datos.menciones))
