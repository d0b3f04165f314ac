"""Los datos abiertos del sitio en OParl 1.1 (https://oparl.org), el estándar de los sistemas de información de
los concejos: archivos JSON estáticos junto a las páginas, con las direcciones del sitio publicado, que cualquier
cliente OParl lee empezando por `oparl/system.json`.

Cómo se corresponden nuestros términos con los suyos (también en docs/publicar.md):

- la asociación es el `Body`; sus órganos (asamblea, consejo, secretaría ejecutiva, unidades temáticas) son
  `Organization` de tipo «Gremium», con `subOrganizationOf` su órgano superior;
- cada ciudad miembro es una `Organization` de tipo «Institution»: en OParl una `Person` es una persona, y quien es
  miembro de la red es la ciudad, no su intendenta;
- cada mandato es un `Membership` en el órgano: `onBehalfOf` la ciudad que ocupa el lugar; `person` quien la
  representa si el registro la nombra (una `Person` por nombre y ciudad) y, si no, la representación de la ciudad
  (una `Person` por ciudad que no inventa a nadie: ver oparl_personas.py); `role` el cargo y `votingRight` si vota;
- cada sesión es un `Meeting` con su orden del día (`AgendaItem`) y, si el acta está aprobada, el acta en PDF/A como
  `verbatimProtocol` (`File`, con su SHA-1 y SHA-512: OParl 1.1 no tiene campo para el SHA-256, que está en la
  página de la sesión y en el manifiesto);
- cada resolución o declaración publicada es un `Paper`, con una `Consultation` de la sesión que la adoptó;
- cada moción y cada enmienda de una sesión publicada entera, un `Paper` («Moción», «Enmienda») con una
  `Consultation` por sesión en que se trató (oparl_sala.py);
- la sede y el lugar de cada sesión son `Location` (solo su descripción: las coordenadas vendrán con el mapa).

Las identidades son direcciones: OParl exige que cada objeto se pueda pedir por su `id`, así que se escribe también
un archivo por objeto. Sin dirección pública no hay direcciones que dar: el sitio se publica sin OParl.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from escritorio.dominio.organos import nombre_del_cargo

from .contenido import ContenidoDelSitio
from .fechas_oparl import FechasOparl, Par
from .oparl_personas import campos_de_la_persona, clave_de_la_persona
from .oparl_sala import mociones_por_resolucion, papeles_de_la_sala

ESQUEMA = "https://schema.oparl.org/1.1/"
CARPETA = "oparl"


def _tipo(nombre: str) -> str:
    return f"{ESQUEMA}{nombre}"


def _lista(datos: list[dict]) -> dict:
    """Una lista externa de OParl, entera en una página."""
    return {"data": datos, "pagination": {"totalElements": len(datos), "elementsPerPage": max(len(datos), 1),
                                          "currentPage": 1, "totalPages": 1}, "links": {}}


def _sin_vacios(objeto: dict) -> dict:
    return {k: v for k, v in objeto.items() if v not in (None, "", [])}


def _anidado(objeto: dict | None, padre: str) -> dict | None:
    """El objeto dentro de su padre, sin la referencia al padre (OParl 1.1, §3: «Bei der internen Ausgabe wird
    beim internen Objekt auf die Rückreferenz auf das Elternobjekt verzichtet»); pedido por su id, la lleva."""
    return None if objeto is None else {k: v for k, v in objeto.items() if k != padre}


def _fechas(par: Par) -> dict:
    return {"created": par[0], "modified": par[1]}


def armar_oparl(c: ContenidoDelSitio, base: str) -> dict[str, bytes]:
    """Cada archivo OParl del sitio: {ruta relativa: JSON}. `base`: la dirección pública del sitio (sin barra)."""
    def url(ruta: str) -> str:
        return f"{base}/{CARPETA}/{ruta}"

    archivos: dict[str, dict] = {}
    cuerpo = url("body.json")
    fechas = c.fechas or FechasOparl(asociacion=("1970-01-01T00:00:00+00:00",) * 2)

    def agregar(ruta: str, objeto: dict) -> dict:
        objeto = _sin_vacios(objeto)
        archivos[f"{CARPETA}/{ruta}"] = objeto
        return objeto

    sede = None
    if c.asociacion.get("sede"):
        sede = agregar("location/sede.json", {"id": url("location/sede.json"), "type": _tipo("Location"),
                                               "description": c.asociacion["sede"], "bodies": [cuerpo],
                                               **_fechas(fechas.asociacion)})

    organizaciones, personas, reuniones, papeles = [], {}, [], []
    nombres = {m["id"]: m["nombre"] for m in c.miembros}   # el nombre de cada miembro, como se publica
    punto_de: dict[int, str] = {}   # {id del punto en la base: id del AgendaItem}
    for o in c.organos:
        membresias = []
        for m in o["mandatos"]:
            ciudad = url(f"organization/miembro-{m['miembro_id']}.json") if m.get("miembro_id") else None
            # Todo mandato tiene su `Person` (OParl la pide en el Membership): la nombrada o la representación.
            clave = clave_de_la_persona(m)
            persona = url(f"person/{clave}.json")
            if clave not in personas:
                miembro = nombres.get(m.get("miembro_id")) or m.get("miembro") or ""
                personas[clave] = {"id": persona, "type": _tipo("Person"), "body": cuerpo, "membership": [],
                                   "mandatos": [], "miembro_id": None if m.get("persona") else m["miembro_id"],
                                   **campos_de_la_persona(m, miembro, c.asociacion["nombre"], f"{base}/miembros.html")}
            membresia = agregar(f"membership/{m['id']}.json", {
                "id": url(f"membership/{m['id']}.json"), "type": _tipo("Membership"),
                "organization": url(f"organization/organo-{o['id']}.json"), "person": persona, "onBehalfOf": ciudad,
                "role": nombre_del_cargo(m["cargo"], m.get("forma")), "votingRight": bool(m.get("con_voto")), "startDate": m.get("desde"),
                "endDate": m.get("hasta"), "web": f"{base}/organos/{o['id']}.html",
                **_fechas(fechas.de("mandatos", m["id"]))})
            membresias.append(membresia["id"])
            personas[clave]["membership"].append(_anidado(membresia, "person"))
            personas[clave]["mandatos"].append(m["id"])
        organizaciones.append(agregar(f"organization/organo-{o['id']}.json", {
            "id": url(f"organization/organo-{o['id']}.json"), "type": _tipo("Organization"), "body": cuerpo,
            "name": o["nombre"], "organizationType": "Gremium", "classification": o.get("tipo_nombre"),
            "subOrganizationOf": url(f"organization/organo-{o['padre_id']}.json") if o.get("padre_id") else None,
            "membership": membresias, "web": f"{base}/organos/{o['id']}.html",
            # Desde cuándo existe y hasta cuándo existió: su creación y su disolución (issue 66, §4).
            "startDate": o.get("creado_el"), "endDate": o.get("disuelto_el"),
            **_fechas(fechas.organo(o["id"], [m["id"] for m in o["mandatos"]]))}))
    for m in c.miembros:
        organizaciones.append(agregar(f"organization/miembro-{m['id']}.json", {
            "id": url(f"organization/miembro-{m['id']}.json"), "type": _tipo("Organization"), "body": cuerpo,
            "name": m["nombre"], "organizationType": "Institution",
            "classification": m.get("tipo_nombre"), "startDate": m.get("fecha_ingreso"),
            "endDate": m.get("baja_desde"),
            "keyword": [k for k in (m.get("pais_nombre"), m.get("region")) if k],
            "web": f"{base}/miembros.html", **_fechas(fechas.de("miembros", m["id"]))}))
    for clave, persona in personas.items():
        mandatos, miembro = persona.pop("mandatos"), persona.pop("miembro_id")
        persona.update(_fechas(fechas.persona(mandatos) if miembro is None else fechas.representacion(miembro, mandatos)))
        agregar(f"person/{clave}.json", persona)

    for s in c.sesiones:
        reunion_id = url(f"meeting/{s.id}.json")
        # `order` cuenta desde 0 (OParl 1.1: la posición en Meeting.agendaItem); la dirección, desde 1.
        puntos = [{"id": url(f"agendaitem/{s.id}-{i}.json"), "type": _tipo("AgendaItem"), "meeting": reunion_id,
                   "order": i - 1, "number": str(p.get("numeracion") or i), "name": p["titulo"], "public": True,
                   "web": f"{base}/sesiones/{s.id}.html", **_fechas(fechas.punto(s.id, i))}
                  for i, p in enumerate(s.puntos, start=1)]
        for i, punto in enumerate(puntos, start=1):
            agregar(f"agendaitem/{s.id}-{i}.json", punto)
            if s.puntos[i - 1].get("id") is not None:
                punto_de[s.puntos[i - 1]["id"]] = punto["id"]
        acta = None
        if s.pdf:
            pdf = c.archivos[s.pdf]
            acta = agregar(f"file/acta-{s.id}.json", {
                "id": url(f"file/acta-{s.id}.json"), "type": _tipo("File"), "name": s.titulo,
                "fileName": s.pdf.rsplit("/", 1)[-1], "mimeType": "application/pdf", "size": len(pdf),
                "sha1Checksum": hashlib.sha1(pdf).hexdigest(), "sha512Checksum": hashlib.sha512(pdf).hexdigest(),
                "date": (s.aprobada_el or "")[:10] or None, "accessUrl": f"{base}/{s.pdf}",
                "downloadUrl": f"{base}/{s.pdf}", "meeting": [reunion_id], **_fechas(fechas.acta(s.id, s.organo_id))})
        lugar = None
        if s.lugar:
            lugar = agregar(f"location/sesion-{s.id}.json", {"id": url(f"location/sesion-{s.id}.json"),
                                                             "type": _tipo("Location"), "description": s.lugar,
                                                             "meetings": [reunion_id],
                                                             **_fechas(fechas.de("sesiones", s.id))})
        # La hora de la sesión es la del lugar; OParl pide la zona: la de este equipo (el de la secretaría).
        inicio = _inicio(s.fecha, s.hora)
        reuniones.append(agregar(f"meeting/{s.id}.json", {
            "id": reunion_id, "type": _tipo("Meeting"), "name": s.titulo, "meetingState": s.estado,
            "cancelled": False, "start": inicio, "location": _anidado(lugar, "meetings"),
            "organization": [url(f"organization/organo-{s.organo_id}.json")] if s.organo_id else [],
            "agendaItem": [_anidado(_sin_vacios(p), "meeting") for p in puntos],
            "verbatimProtocol": _anidado(acta, "meeting"),
            "web": f"{base}/sesiones/{s.id}.html", **_fechas(fechas.reunion(s.id, s.organo_id, acta is not None))}))

    adoptadas = mociones_por_resolucion(c, url)   # las mociones que adoptó cada resolución (oparl_sala.py)
    for r in c.resoluciones:
        papel_id = url(f"paper/{r['id']}.json")
        consulta = {"id": url(f"consultation/{r['id']}.json"), "type": _tipo("Consultation"), "paper": papel_id,
                    "meeting": url(f"meeting/{r['sesion_id']}.json"), "agendaItem": punto_de.get(r.get("punto_id")),
                    "role": "Beschluss", "authoritative": True, **_fechas(fechas.de("resoluciones", r["id"]))}
        consulta = agregar(f"consultation/{r['id']}.json", consulta)
        papeles.append(agregar(f"paper/{r['id']}.json", {
            "id": papel_id, "type": _tipo("Paper"), "body": cuerpo, "name": r["titulo"], "reference": r["numeracion"],
            "date": r.get("fecha"), "paperType": r.get("tipo_nombre"), "relatedPaper": adoptadas.get(r["id"], []),
            "consultation": [_anidado(consulta, "paper")],
            "web": f"{base}/resoluciones.html", **_fechas(fechas.de("resoluciones", r["id"]))}))

    papeles += papeles_de_la_sala(c, base, url, _tipo, agregar, _anidado, punto_de, fechas)

    def de_tipo(nombre: str) -> list[dict]:
        return [o for o in archivos.values() if o["type"] == _tipo(nombre)]

    # Las seis listas que OParl 1.1 agrega al Body (ZWINGEND en el texto, no en el esquema): cada objeto que antes
    # solo iba anidado también en su lista. La de legislaturas va vacía: la asociación no tiene.
    listas = {"organizations.json": organizaciones, "persons.json": list(personas.values()),
              "meetings.json": reuniones, "papers.json": papeles, "agendaitems.json": de_tipo("AgendaItem"),
              "consultations.json": de_tipo("Consultation"), "files.json": de_tipo("File"),
              "memberships.json": de_tipo("Membership"), "locations.json": de_tipo("Location"),
              "legislativeterms.json": []}
    agregar("body.json", {
        "id": cuerpo, "type": _tipo("Body"), "system": url("system.json"), "name": c.asociacion["nombre"],
        "shortName": c.asociacion.get("sigla"), "website": f"{base}/index.html", "web": f"{base}/index.html",
        "classification": c.asociacion.get("tipo"), "organization": url("organizations.json"),
        "person": url("persons.json"), "meeting": url("meetings.json"), "paper": url("papers.json"),
        "agendaItem": url("agendaitems.json"), "consultation": url("consultations.json"), "file": url("files.json"),
        "membership": url("memberships.json"), "locationList": url("locations.json"),
        "legislativeTermList": url("legislativeterms.json"), "legislativeTerm": [], "location": _anidado(sede, "bodies"),
        **_fechas(fechas.asociacion)})
    # legislativeTerm es obligatorio y puede ir vacío: la asociación no tiene legislaturas (cada órgano tiene
    # sus mandatos, que están en Membership).
    archivos[f"{CARPETA}/body.json"]["legislativeTerm"] = []
    agregar("system.json", {"id": url("system.json"), "type": _tipo("System"), "oparlVersion": ESQUEMA,
                            "body": url("bodies.json"), "name": c.asociacion["nombre"],
                            "website": f"{base}/index.html", "web": f"{base}/index.html",
                            **_fechas(fechas.asociacion)})
    salida = {ruta: objeto for ruta, objeto in archivos.items()}
    salida[f"{CARPETA}/bodies.json"] = _lista([archivos[f"{CARPETA}/body.json"]])
    for nombre, datos in listas.items():
        salida[f"{CARPETA}/{nombre}"] = _lista(datos)
    return {ruta: (json.dumps(objeto, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
            for ruta, objeto in salida.items()}


def _inicio(fecha: str, hora: str | None) -> str | None:
    """El comienzo de la sesión con la zona de este equipo; None sin hora o con una imposible que otro programa
    escribió en la base («29:59»): la sesión se publica igual, sin comienzo (OParl lo pide con hora)."""
    try:
        return datetime.fromisoformat(f"{fecha}T{hora}").astimezone().isoformat() if hora else None
    except ValueError:
        return None
