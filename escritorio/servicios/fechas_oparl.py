"""Las fechas de lo que publica el sitio para sus datos abiertos OParl (`created` y `modified` de cada objeto: ver
documentos/sitio/fechas_oparl.py): de la bitácora, con pocas consultas por publicación (no una por objeto).

Cada fila: su alta y su último cambio en la bitácora (la hora del sello de la transacción). Una fila anterior a
la bitácora, o sin registro sellado, cae en la fecha que guarda su propia columna (`creado_en`, `registrado_en`) o,
si no tiene, en la creación de la asociación: fechas ciertas y que no cambian de una publicación a otra; nunca la
hora de publicar.
"""

from __future__ import annotations

import re
from datetime import datetime

from ..datos import fechas_de_las_filas as tabla_fechas
from ..documentos.sitio.contenido import ContenidoDelSitio, prefijo_del_idioma
from ..documentos.sitio.fechas_oparl import FechasOparl, Par
from .contexto import Contexto

TABLAS = ("asociaciones", "miembros", "estados_miembro", "organos", "mandatos", "sesiones", "puntos_orden",
          "resoluciones", "mociones", "enmiendas", "votaciones_sala")


_MOMENTO = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}:\d{2}))?")


def _normal(momento: object) -> str | None:
    """«2026-05-04 13:02:11.123» (UTC, como la guardan la bitácora y las columnas de fecha; solo la fecha, a las
    0 h) → «2026-05-04 13:02:11»; None si no es una fecha (una columna que otro programa llenó mal)."""
    hallado = _MOMENTO.match("" if momento is None else str(momento))
    if not hallado:
        return None
    try:
        return datetime.fromisoformat(f"{hallado[1]} {hallado[2] or '00:00:00'}").isoformat(" ")
    except ValueError:
        return None


def oparl(momento: str) -> str:
    """«2026-05-04 13:02:11» (normal, UTC) → la forma de OParl (§2.4: `yyyy-mm-ddThh:mm:ss±hh:mm`)."""
    return momento.replace(" ", "T") + "+00:00"


def fechas_de_lo_publicado(contexto: Contexto, contenido: ContenidoDelSitio) -> FechasOparl | None:
    """None si este contenido no lleva OParl: sin dirección pública, o en un idioma que no es el de la raíz."""
    if not contenido.direccion_publica or prefijo_del_idioma(contenido.idioma, contenido.idiomas):
        return None
    db, asociacion_id = contexto.db, contexto.asociacion_id
    bitacora = tabla_fechas.fechas_de_las_filas(db, list(TABLAS))
    propias = tabla_fechas.fechas_propias(db, asociacion_id)
    fundada = _normal(propias["asociaciones"].get(asociacion_id)) or "1970-01-01 00:00:00"

    def par(tabla: str, fila: int) -> tuple[str, str]:
        alta, cambio = bitacora[tabla].get(fila, (None, None))
        creada = _normal(alta) or _normal(propias.get(tabla, {}).get(fila)) or fundada
        cambio = _normal(cambio) or creada
        return min(creada, cambio), cambio

    def formato(crudo: tuple[str, str]) -> Par:
        return oparl(crudo[0]), oparl(crudo[1])

    fechas = FechasOparl(asociacion=formato(par("asociaciones", asociacion_id)))
    filas = fechas.filas
    estados = tabla_fechas.estados_por_miembro(db, asociacion_id)
    filas["miembros"] = {}
    for m in contenido.miembros:
        creada, cambio = par("miembros", m["id"])
        cambio = max([cambio] + [par("estados_miembro", e)[1] for e in estados.get(m["id"], [])])
        filas["miembros"][m["id"]] = formato((creada, cambio))
    filas["organos"] = {o["id"]: formato(par("organos", o["id"])) for o in contenido.organos}
    filas["mandatos"] = {m["id"]: formato(par("mandatos", m["id"])) for o in contenido.organos for m in o["mandatos"]}
    filas["sesiones"] = {s.id: formato(par("sesiones", s.id)) for s in contenido.sesiones}
    filas["resoluciones"] = {r["id"]: formato(par("resoluciones", r["id"])) for r in contenido.resoluciones}
    _fechas_de_la_sala(contenido, filas, par, formato)
    borrados = tabla_fechas.puntos_borrados(db)
    for sesion, puntos in tabla_fechas.puntos_por_sesion(db, [s.id for s in contenido.sesiones]).items():
        pares = [par("puntos_orden", p) for p in puntos]
        # El punto en la posición i nació cuando la sesión tuvo i puntos; cualquier cambio del orden del día (uno
        # agregado, cambiado o borrado) puede correr su numeración.
        cambios = [p[1] for p in pares] + [m for m in [_normal(borrados.get(sesion))] if m]
        if cambios:
            fechas.agenda[sesion] = oparl(max(cambios))
            fechas.puntos[sesion] = [formato((min(creada, max(cambios)), max(cambios)))
                                     for creada in sorted(p[0] for p in pares)]
    emision = tabla_fechas.emision_de_archivos(db, [s.pdf_sha256 for s in contenido.sesiones if s.pdf_sha256])
    for s in contenido.sesiones:
        if s.pdf_sha256 in emision:
            emitido, generado = emision[s.pdf_sha256]
            emitido, generado = _normal(emitido), _normal(generado)
            if emitido:
                fechas.actas[s.id] = formato((emitido, max(emitido, generado or emitido)))
    return fechas


def _fechas_de_la_sala(contenido: ContenidoDelSitio, filas: dict, par, formato) -> None:
    """Una moción (su `Paper`) nació con su fila y cambió con lo último de ella, de sus enmiendas o de sus
    votaciones; una enmienda, con su fila y su votación. Los firmantes ya están en la fila de la moción al
    presentarla (sus cambios cuentan por la moción: `autores_mocion` no tiene fila propia en OParl)."""
    filas["mociones"], filas["enmiendas"] = {}, {}
    for s in contenido.sesiones:
        for m in getattr(s.sala, "mociones", None) or []:
            votada = {v.enmienda_id: par("votaciones_sala", v.id)[1] for v in m.votaciones}
            enmiendas = {}
            for e in m.enmiendas:
                creada, cambio = par("enmiendas", e.id)
                enmiendas[e.id] = (creada, max([cambio] + ([votada[e.id]] if e.id in votada else [])))
                filas["enmiendas"][e.id] = formato(enmiendas[e.id])
            creada, cambio = par("mociones", m.id)
            ultimo = max([cambio] + [c for _, c in enmiendas.values()] + list(votada.values()))
            filas["mociones"][m.id] = formato((creada, ultimo))
