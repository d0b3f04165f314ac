"""Las mociones y enmiendas en los datos abiertos OParl 1.1 (issue 64; el resto, en oparl.py):

- cada moción es un `Paper` de tipo «Moción» (`paper/mocion-{id}.json`, con el id de la primera moción de su cadena
  de aplazamientos: la misma propuesta aplazada y tratada en otra sesión es el mismo Paper), con una `Consultation`
  por cada sesión publicada en que se trató (`consultation/mocion-{id}.json`, con el id de la moción de esa sesión):
  la reunión, el punto y el papel; `authoritative` si en esa sesión se votó (aprobada o rechazada: «Beschluss»), si
  no, «Vorberatung» (se trató sin decidir: aplazada, derivada, no admitida, retirada, no tratada);
- quienes la presentan, como `originatorOrganization` (las ciudades, `Organization` «Institution»);
- la aprobada, `relatedPaper` a la resolución que la adoptó (y la resolución a ella);
- su texto, como `mainFile` (un `File` con el texto en `text` y la página de la moción en `accessUrl`: OParl no tiene
  otro lugar para el texto de un Paper), su fundamento y el texto final con las enmiendas aprobadas como
  `auxiliaryFile` (issue 82);
- lo que OParl 1.1 no prevé va con el prefijo del programa, como admite la especificación para las extensiones:
  `escritorio:apoyos` (las ciudades que la apoyan, `Organization`), `escritorio:recomendacion` (la de una comisión
  antes de votarla: el órgano, la recomendación y la frase del acta) y `escritorio:categoria` (su categoría de
  mociones: nombre y prefijo), `escritorio:bloque` (el bloque de mociones con que se vota: su nombre y los rótulos de
  sus mociones) y `escritorio:estado` (su estado en la última sesión que la trató: el código del flujo
  de las mociones —dominio/flujos_de_mocion.py, «no_tratada» incluido— y la frase del acta); con categoría, `reference` es «Moción HAC 3» (dominio.mociones.rotulo_de_la_mocion);
- cada enmienda es un `Paper` de tipo «Enmienda» con `superordinatedPaper` su moción (y la moción la lista en
  `subordinatedPaper`), con su `Consultation` en la sesión en que se trató; una enmienda a una enmienda (issue 82)
  cuelga de esa enmienda (`superordinatedPaper`), que la lista en su `subordinatedPaper`.

Las fechas (`created`, `modified`): las de la fila de la moción o de la enmienda, con sus votaciones
(servicios/fechas_oparl.py).
"""

from __future__ import annotations

from collections.abc import Callable

from escritorio.dominio.traduccion import traducir

from .contenido import ContenidoDelSitio
from .fechas_oparl import FechasOparl, Par
from .sala import ancla_de_enmienda, ancla_de_mocion

_DECIDIDAS = ("aprobada", "rechazada")


def papel_de_mocion(url: Callable[[str], str], raiz: int) -> str:
    return url(f"paper/mocion-{raiz}.json")


def mociones_por_resolucion(c: ContenidoDelSitio, url: Callable[[str], str]) -> dict[int, list[str]]:
    """{resolución: [Paper de cada moción que adoptó]}: la resolución las nombra en `relatedPaper`."""
    salida: dict[int, list[str]] = {}
    for s in c.sesiones:
        for m in getattr(s.sala, "mociones", None) or []:
            if m.resolucion_id is not None:
                salida.setdefault(m.resolucion_id, []).append(papel_de_mocion(url, m.raiz))
    return salida


def _consulta(url, tipo: str, fila_id: int, papel: str, s, punto: str | None, decidida: bool, fechas: Par,
              tipo_oparl: Callable[[str], str]) -> dict:
    return {"id": url(f"consultation/{tipo}-{fila_id}.json"), "type": tipo_oparl("Consultation"), "paper": papel,
            "meeting": url(f"meeting/{s.id}.json"), "agendaItem": punto,
            "organization": [url(f"organization/organo-{s.organo_id}.json")] if s.organo_id else [],
            "authoritative": decidida, "role": "Beschluss" if decidida else "Vorberatung",
            "created": fechas[0], "modified": fechas[1]}


def papeles_de_la_sala(c: ContenidoDelSitio, base: str, url: Callable[[str], str], tipo: Callable[[str], str],
                       agregar: Callable[[str, dict], dict], anidado: Callable[[dict | None, str], dict | None],
                       punto_de: dict[int, str], fechas: FechasOparl) -> list[dict]:
    """Los Paper de las mociones y enmiendas de las sesiones publicadas enteras, ya agregados con sus Consultation
    (`agregar`); devuelve los Paper, para la lista del Body."""
    miembros = {m["id"] for m in c.miembros}
    resoluciones = {r["id"] for r in c.resoluciones}
    cadenas: dict[int, list] = {}   # raíz -> [(sesión, moción)], en el orden de las sesiones
    for s in sorted(c.sesiones, key=lambda s: (s.fecha, s.id)):
        for m in getattr(s.sala, "mociones", None) or []:
            cadenas.setdefault(m.raiz, []).append((s, m))
    papeles = []
    for raiz, tratadas in cadenas.items():
        papel = papel_de_mocion(url, raiz)
        consultas, enmiendas, autores, relacionados = [], [], [], []
        pares: list[Par] = []
        for s, m in tratadas:
            par = fechas.de("mociones", m.id)
            pares.append(par)
            consulta = agregar(f"consultation/mocion-{m.id}.json", _consulta(
                url, "mocion", m.id, papel, s, punto_de.get(m.punto_id), m.estado in _DECIDIDAS, par, tipo))
            consultas.append(anidado(consulta, "paper"))
            autores += [url(f"organization/miembro-{a}.json") for a in m.autores_ids
                        if a in miembros and url(f"organization/miembro-{a}.json") not in autores]
            if m.resolucion_id in resoluciones:
                relacionados.append(url(f"paper/{m.resolucion_id}.json"))
            suyas, de_la_mocion = _papeles_de_las_enmiendas(m, s, papel, base, url, tipo, agregar, anidado,
                                                            punto_de, fechas)
            papeles += suyas
            enmiendas += de_la_mocion
        primera = tratadas[0][1]
        ultima_s, ultima = tratadas[-1]
        web = f"{base}/sesiones/{ultima_s.id}.html#{ancla_de_mocion(ultima.id)}"
        textos = _textos(ultima, raiz, papel, web, url, tipo, agregar, fechas.de("mociones", ultima.id))
        apoyos = [url(f"organization/miembro-{a}.json") for a in dict.fromkeys(
            a for _, m in tratadas for a in m.apoyos_ids) if a in miembros]
        papeles.append(agregar(f"paper/mocion-{raiz}.json", {
            "id": papel, "type": tipo("Paper"), "body": url("body.json"), "name": ultima.titulo,
            "reference": primera.rotulo, "date": primera.recibida_el,
            "paperType": traducir("Moción"), "originatorOrganization": autores, "relatedPaper": relacionados,
            "subordinatedPaper": enmiendas, "consultation": consultas,
            "mainFile": anidado(textos[0], "paper"), "auxiliaryFile": [anidado(f, "paper") for f in textos[1:]],
            "escritorio:apoyos": apoyos, "escritorio:recomendacion": _recomendacion(ultima, url),
            "escritorio:categoria": _categoria(ultima), "escritorio:bloque": _bloque(ultima),
            "escritorio:recomendacionesDeCambio": _recomendaciones_de_cambio(ultima, url),
            "escritorio:estado": {"estado": ultima.estado, "texto": ultima.estado_escrito},
            "web": web, "created": min(p[0] for p in pares), "modified": max(p[1] for p in pares)}))
    return papeles


def _papeles_de_las_enmiendas(m, s, papel: str, base: str, url: Callable[[str], str], tipo: Callable[[str], str],
                              agregar: Callable[[str, dict], dict],
                              anidado: Callable[[dict | None, str], dict | None], punto_de: dict[int, str],
                              fechas: FechasOparl) -> tuple[list[dict], list[str]]:
    """(los Paper de las enmiendas de la moción `m` en la sesión `s`, ya agregados con su Consultation; los ids de
    los que cuelgan de la moción). La enmienda a una enmienda (issue 82) cuelga de esa enmienda
    (`superordinatedPaper`), que la lista en su `subordinatedPaper`; las demás, de la moción."""
    id_de = {x.numero: x.id for x in m.enmiendas}
    hechos = []
    for e in m.enmiendas:
        enmienda = url(f"paper/enmienda-{e.id}.json")
        superior = url(f"paper/enmienda-{id_de[e.enmienda_de]}.json") if e.enmienda_de is not None else papel
        par_e = fechas.de("enmiendas", e.id)
        consulta_e = agregar(f"consultation/enmienda-{e.id}.json", _consulta(
            url, "enmienda", e.id, enmienda, s, punto_de.get(m.punto_id), e.estado in _DECIDIDAS, par_e, tipo))
        hechos.append(agregar(f"paper/enmienda-{e.id}.json", {
            "id": enmienda, "type": tipo("Paper"), "body": url("body.json"),
            "name": traducir("Enmienda {0} a la moción {1}: {2}").format(e.numero, m.identificador, m.titulo),
            "reference": traducir("Enmienda {0}").format(e.numero), "date": e.recibida_el,
            "paperType": traducir("Enmienda"), "superordinatedPaper": [superior],
            "subordinatedPaper": [url(f"paper/enmienda-{x.id}.json") for x in m.enmiendas
                                  if x.enmienda_de == e.numero],
            "consultation": [anidado(consulta_e, "paper")],
            "web": f"{base}/sesiones/{s.id}.html#{ancla_de_enmienda(e.id)}",
            "created": par_e[0], "modified": par_e[1]}))
    return hechos, [url(f"paper/enmienda-{e.id}.json") for e in m.enmiendas if e.enmienda_de is None]


def _textos(m, raiz: int, papel: str, web: str, url: Callable[[str], str], tipo: Callable[[str], str],
            agregar: Callable[[str, dict], dict], par: Par) -> list[dict]:
    """Los File de la moción, ya agregados: su texto (el primero) y, si los tiene, su fundamento y su texto final."""
    return [agregar(f"file/mocion-{raiz}{sufijo}.json", {
        "id": url(f"file/mocion-{raiz}{sufijo}.json"), "type": tipo("File"), "name": nombre, "mimeType": "text/html",
        "accessUrl": web, "text": texto, "paper": [papel], "created": par[0], "modified": par[1]})
        for sufijo, nombre, texto in (
            ("", traducir("{0}: {1}").format(m.rotulo, m.titulo), m.texto),
            ("-fundamento", traducir("Fundamento"), m.fundamento),
            ("-texto-final", traducir("Texto final, con las enmiendas aprobadas"), m.texto_final))
        if texto]


def _categoria(m) -> dict | None:
    """La categoría de mociones de la moción, con su prefijo (extensión del programa; None si no tiene)."""
    return {"nombre": m.categoria, "prefijo": m.prefijo} if m.categoria else None


def _bloque(m) -> dict | None:
    """El bloque de mociones con que se vota (o se votó) la moción, y las mociones del bloque (extensión del
    programa; None si no está en uno)."""
    return {"nombre": m.bloque, "mociones": list(m.del_bloque)} if m.bloque else None


def _recomendaciones_de_cambio(m, url: Callable[[str], str]) -> list[dict] | None:
    """Las recomendaciones de cambio por línea (extensión del programa, issue 82): las líneas que citan (del texto
    presentado cortado a `anchoDeLinea` caracteres), lo que decían, el texto recomendado (vacío: suprimirlas), quién
    recomienda (None: la secretaría) y la decisión; None si no tiene."""
    from escritorio.dominio.lineas import ANCHO_DE_LINEA

    return [{"numero": r.numero, "desde": r.desde, "hasta": r.hasta, "anchoDeLinea": ANCHO_DE_LINEA,
             "textoCitado": r.texto_citado, "texto": r.texto, "motivo": r.motivo,
             "organization": url(f"organization/organo-{r.organo_id}.json") if r.organo_id else None,
             "estado": r.estado, "frase": r.frase()} for r in m.recomendaciones_de_cambio] or None


def _recomendacion(m, url: Callable[[str], str]) -> dict | None:
    """La recomendación de una comisión sobre la moción (extensión del programa; None si no tiene)."""
    if not m.recomendacion_codigo:
        return None
    return {"organization": url(f"organization/organo-{m.recomendada_por}.json"),
            "recomendacion": m.recomendacion_codigo, "texto": m.recomendacion}
