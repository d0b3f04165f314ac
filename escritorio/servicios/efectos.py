"""Lo que se decide en sesión cambia el registro (issue 41, §2): cada decisión es un solo camino del voto al
registro, y el vínculo se ve en los dos sentidos.

- Admisión: una ciudad que pide ingresar queda «solicitante» (servicios.ficha.registrar_solicitud): no integra órganos, no está en
  el padrón vigente ni en la emisión de cuotas. La resolución de un punto de admisión aprobado la admite desde la
  fecha que dice (por omisión, el día siguiente a la sesión): desde entonces es activa y esa es su fecha de ingreso.
- Exclusión: la resolución de un punto de exclusión aprobado registra la baja con el servicio de bajas
  (servicios.miembros.dar_de_baja: termina sus mandatos la víspera), con el motivo que cita la resolución.
- Elección de la Secretaría Ejecutiva: confirmarla es el traspaso (servicios.rotacion): termina el mandato saliente,
  abre el del entrante y rehace la Comisión Directiva (servicios.confirmacion_de_eleccion.confirmar_eleccion). Los mandatos que abre o termina la confirmación de cualquier
  elección son efectos de la resolución del punto (`anotar_efectos_de_eleccion`).
- Reforma del estatuto y escala de cuotas: se registran citando la resolución que las aprobó
  (`exigir_resolucion_para`), que queda vinculada a ellas (resoluciones.reforma_id / escala_id).

Cada efecto se anota en `efectos_resolucion` en la MISMA transacción que el cambio: la resolución y sus efectos, o
nada. `efectos_de_la_resolucion` los lista (CLI «resoluciones ver», el acta) y `efectos_del_miembro` los da a la
ficha del miembro («Admitido por Resolución 2/2026 de la Asamblea General de Socios…»).
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypedDict

from ..datos import efectos as tabla_efectos
from ..datos import miembros as tabla_miembros
from ..datos.base_de_datos import BaseDeDatos
from ..dominio.miembros import ESTADOS_REGISTRADOS
from ..dominio.organos import nombre_del_cargo
from ..dominio.sesiones import cita_resolucion
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion
from .contexto import Contexto
from .puntos_sobre_miembros import admisible, excluible, miembros_de_la_resolucion
from .vinculos_de_resolucion import (ResolucionElegible, ResolucionQueAprueba, decision_en_frase, dia_escrito,  # noqa: F401
                                     exigir_resolucion_para, resoluciones_para, vincular_escala, vincular_reforma)


# --- La resolución que hace algo ----------------------------------------------------------------------------------

@dataclass
class PedidoDeEfectos:
    """Lo que la resolución de un punto hace en el registro: admitir o excluir miembros desde una fecha (None: el
    día siguiente a la sesión). `admite` y `excluye` None: la resolución no dice a quién, y admite o excluye a los
    que nombra su punto (servicios.puntos_sobre_miembros); una lista vacía: a nadie."""
    admite: list[int] | None = None
    excluye: list[int] | None = None
    desde: date | None = None

    @property
    def vacio(self) -> bool:
        return not self.admite and not self.excluye


def desde_por_omision(fecha_sesion: str) -> date:
    """Una admisión o exclusión rige, si la resolución no dice otra fecha, desde el día siguiente a la sesión: quien
    es admitido no integra la sesión que lo admite, y quien es excluido la integró."""
    return date.fromisoformat(fecha_sesion) + timedelta(days=1)


def desde_de_la_admision(contexto: Contexto, fecha_sesion: str) -> date:
    """Desde cuándo es miembro la ciudad que admite una resolución que no dice otra fecha: la regla de la asociación
    (por omisión, el día siguiente a la sesión; servicios.reglas_de_admision)."""
    from .reglas_de_admision import leer_reglas_de_admision

    return leer_reglas_de_admision(contexto).rige_la_admision(fecha_sesion)


def _exigir_punto(punto: dict, votacion: dict | None, tipo_decision: str, que: str) -> None:
    """Solo un punto de ese tipo de decisión, votado y aprobado, produce el efecto `que` («admite», …)."""
    if punto["tipo_decision"] != tipo_decision:
        raise ErrorEscritorio(traducir(
            "No se adoptó la resolución: solo la resolución de un punto de {0} {1}; este punto es de {2}. Agregue un "
            "punto con «--decision {3}» y vótelo.").format(decision_en_frase(tipo_decision), que,
                                                         decision_en_frase(punto["tipo_decision"]), tipo_decision))
    if votacion is None or not votacion["aprobada"]:
        raise ErrorEscritorio(traducir(
            "No se adoptó la resolución: el punto de {0} no fue aprobado en una votación; sin votación aprobada no "
            "{1} a nadie.").format(decision_en_frase(tipo_decision), que))


def aplicar_efectos(contexto: Contexto, resolucion: dict, punto: dict, sesion: dict, votacion: dict | None,
                    pedido: PedidoDeEfectos) -> None:
    """Admite y excluye lo que pide la resolución, y anota cada efecto. Se llama DENTRO de la transacción que
    adopta la resolución (servicios.votaciones.adoptar_resolucion): si algo no se puede, no queda nada."""
    db = contexto.db
    tabla_efectos.tomar_efectos_del_punto(db, punto["id"], resolucion["id"])
    # A quién: los que nombra su punto, y nunca a quien nombra un punto rechazado de la sesión.
    admite, excluye = miembros_de_la_resolucion(contexto, punto, votacion, pedido.admite, pedido.excluye)
    pedido = PedidoDeEfectos(admite, excluye, pedido.desde)
    if pedido.vacio:
        if pedido.desde is not None:
            raise ErrorEscritorio(traducir("No se adoptó la resolución: «desde» va con los miembros que admite o "
                                           "excluye."))
        return
    if set(pedido.admite) & set(pedido.excluye):
        raise ErrorEscritorio(traducir("No se adoptó la resolución: un miembro no se admite y se excluye a la vez."))
    # Sin fecha en la resolución: la admisión rige cuando dice la regla de la asociación (servicios.reglas_de_admision);
    # la exclusión, el día siguiente a la sesión.
    desde = pedido.desde or (desde_de_la_admision(contexto, sesion["fecha"]) if pedido.admite
                             else desde_por_omision(sesion["fecha"]))
    if desde.isoformat() < sesion["fecha"]:
        raise ErrorEscritorio(traducir(
            "No se adoptó la resolución: la fecha desde la que rige ({0}) es anterior a la sesión que la decide "
            "({1}).").format(dia_escrito(desde), dia_escrito(sesion["fecha"])))
    cita = cita_resolucion(resolucion["tipo"], resolucion["numero"], resolucion["anio"], sesion["organo"])
    if pedido.admite:
        _exigir_punto(punto, votacion, "admision", traducir("admite"))
        for miembro_id in dict.fromkeys(pedido.admite):
            _admitir(contexto, miembro_id, desde, resolucion["id"], cita)
    if pedido.excluye:
        _exigir_punto(punto, votacion, "exclusion", traducir("excluye"))
        for miembro_id in dict.fromkeys(pedido.excluye):
            _excluir(contexto, miembro_id, desde, resolucion["id"], cita)


def _miembro(db: BaseDeDatos, asociacion_id: int, miembro_id: int) -> dict:
    miembro = tabla_miembros.ficha_corta(db, miembro_id)
    if miembro is None or miembro["asociacion_id"] != asociacion_id:
        raise ErrorEscritorio(traducir("No se adoptó la resolución: no existe el miembro con id {0} en esta "
                                       "asociación.").format(miembro_id))
    return miembro


def _admitir(contexto: Contexto, miembro_id: int, desde: date, resolucion_id: int, cita: str) -> None:
    db = contexto.db
    miembro = _miembro(db, contexto.asociacion_id, miembro_id)
    ultimo = tabla_miembros.ultimo_estado(db, miembro_id)
    if ultimo is None or not admisible(ultimo[0]):
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No se adoptó la resolución: {0} (id {1}) no es una ciudad solicitante; se admite a quien "
                             "pidió ingresar (área Miembros, «Solicitud de ingreso…»)."),
            linea=traducir("No se adoptó la resolución: {0} (id {1}) no es una ciudad solicitante; se admite a quien "
                           "pidió ingresar («escritorio miembros solicitud»).")).format(miembro["nombre"], miembro_id))
    if desde.isoformat() < ultimo[1]:
        raise ErrorEscritorio(traducir(
            "No se adoptó la resolución: {0} pidió ingresar el {1}; no se la admite desde antes ({2}).").format(
            miembro["nombre"], dia_escrito(ultimo[1]), dia_escrito(desde)))
    tabla_miembros.insertar_estado(db, miembro_id, "activo", desde.isoformat(), f"Admisión: {cita}")
    tabla_efectos.fijar_ingreso(db, miembro_id, desde.isoformat())
    tabla_efectos.insertar_efecto(db, "admite", resolucion_id=resolucion_id, miembro_id=miembro_id, desde=desde.isoformat())


def _excluir(contexto: Contexto, miembro_id: int, desde: date, resolucion_id: int, cita: str) -> None:
    from .miembros import cambiar_estado

    db = contexto.db
    miembro = _miembro(db, contexto.asociacion_id, miembro_id)
    ultimo = tabla_miembros.ultimo_estado(db, miembro_id)
    if ultimo is not None and not excluible(ultimo[0]):
        raise ErrorEscritorio(traducir(
            "No se adoptó la resolución: {0} (id {1}) no es miembro (figura como {2} desde el {3}); no se lo "
            "excluye.").format(miembro["nombre"], miembro_id, traducir(ESTADOS_REGISTRADOS[ultimo[0]]).lower(), dia_escrito(ultimo[1])))
    efecto = cambiar_estado(db, miembro_id, "baja", desde, f"Exclusión: {cita}", contexto.asociacion_id,
                            por_resolucion=True, exclusion=True)
    tabla_efectos.insertar_efecto(db, "excluye", resolucion_id=resolucion_id, miembro_id=miembro_id,
                                  desde=desde.isoformat(), nota=efecto.cuota)
    for mandato in efecto.terminan:
        tabla_efectos.insertar_efecto(db, "termina_mandato", resolucion_id=resolucion_id, miembro_id=miembro_id,
                              mandato_id=mandato.mandato_id, desde=mandato.nuevo_hasta.isoformat())


# --- Elecciones -----------------------------------------------------------------------------------------------

def anotar_efectos_de_eleccion(db: BaseDeDatos, punto_id: int, abiertos: list[int], terminados: list[int]) -> None:
    """Los mandatos que abrió y terminó la confirmación de la elección del punto, como efectos de su resolución (si
    ya se adoptó; si no, la tomará al adoptarse). Se llama dentro de la transacción de la confirmación."""
    resolucion_id = tabla_efectos.resolucion_del_punto(db, punto_id)
    for tipo, ids in (("termina_mandato", terminados), ("abre_mandato", abiertos)):
        for mandato_id in ids:
            tabla_efectos.insertar_efecto(db, tipo, resolucion_id=resolucion_id, punto_id=punto_id, mandato_id=mandato_id)


# --- Leer el vínculo en los dos sentidos ---------------------------------------------------------------------------

class EfectoListado(TypedDict):
    """Un efecto de una resolución, con su frase («Admite a Rafaela (AR) desde el 11/12/2026»)."""

    id: int
    tipo: str
    miembro_id: int | None
    mandato_id: int | None
    reforma_id: int | None
    escala_id: int | None
    desde: str | None
    texto: str


def _texto_efecto(e: dict) -> str:
    quien = e.get("miembro") or e.get("miembro_del_mandato") or e.get("persona_del_mandato") or "—"
    if e["tipo"] == "admite":
        return traducir("Admite a {0} ({1}) desde el {2}").format(quien, e["pais"], dia_escrito(e["desde"]))
    if e["tipo"] == "excluye":
        nota = f". {e['nota']}" if e.get("nota") else ""   # la cuota del año, como quedó al excluirlo
        return traducir("Excluye a {0} ({1}) desde el {2}").format(quien, e["pais"], dia_escrito(e["desde"])) + nota
    if e["tipo"] in ("abre_mandato", "termina_mandato"):
        cargo = nombre_del_cargo(e["cargo"] or "", e.get("forma"))
        if e["tipo"] == "abre_mandato":
            hasta = traducir(", hasta el {0}").format(dia_escrito(e["mandato_hasta"])) if e["mandato_hasta"] else ""
            return traducir("Abre el mandato de {0}: {1} — {2}, desde el {3}{4}").format(
                quien, cargo, e["organo"], dia_escrito(e["mandato_desde"]), hasta)
        return traducir("Termina el mandato de {0}: {1} — {2}, el {3}").format(
            quien, cargo, e["organo"], dia_escrito(e["mandato_hasta"]))
    if e["tipo"] == "reforma":
        return traducir("Reforma de «{0}» (reforma {1}), vigente desde el {2}").format(
            e["norma"], e["reforma_numero"], dia_escrito(e["reforma_desde"]))
    hasta = traducir(" al {0}").format(dia_escrito(e["escala_hasta"])) if e["escala_hasta"] else ""
    return traducir("Escala de cuotas {0} ({1}), vigente desde el {2}{3}").format(
        e["escala_id"], e["escala_moneda"], dia_escrito(e["escala_desde"]), hasta)


def _listados(filas: list[dict]) -> list[EfectoListado]:
    return [{"id": e["id"], "tipo": e["tipo"], "miembro_id": e["miembro_id"], "mandato_id": e["mandato_id"],
             "reforma_id": e["reforma_id"], "escala_id": e["escala_id"], "desde": e["desde"],
             "texto": _texto_efecto(e)} for e in filas]


def efectos_de_la_resolucion(contexto: Contexto, resolucion_id: int) -> list[EfectoListado]:
    """Lo que la resolución cambió en el registro, en el orden en que se registró."""
    r = tabla_efectos.resolucion_con_punto(contexto.db, contexto.asociacion_id, resolucion_id)
    if r is None:
        raise ErrorEscritorio(traducir("No existe la resolución {0} en esta asociación.").format(resolucion_id))
    return _listados(tabla_efectos.efectos_de(contexto.db, resolucion_id, r["punto_id"]))


def efectos_de_varias(contexto: Contexto, resolucion_ids: list[int]) -> dict[int, list[EfectoListado]]:
    """Los efectos de cada resolución de la lista (las de la asociación)."""
    return {r: _listados(f) for r, f in tabla_efectos.resoluciones_con_efectos(contexto.db, resolucion_ids).items()}


def avisos_de_admision(contexto: Contexto, resolucion_id: int) -> list[str]:
    """Lo que quien adopta una resolución de admisión necesita leer enseguida: desde cuándo es miembro cada ciudad
    admitida y hasta cuándo sigue solicitante, con la regla que lo dice («Rafaela sigue solicitante hasta el
    21/12/2026 y es miembro desde el 22/12/2026: la admisión rige el día siguiente a la sesión que la decide
    (Estatuto, art. 8).»). La CLI lo escribe bajo la resolución y la ventana lo muestra al adoptarla."""
    from .base import hoy
    from .reglas_de_admision import leer_reglas_de_admision

    r = tabla_efectos.resolucion_con_punto(contexto.db, contexto.asociacion_id, resolucion_id)
    if r is None:
        return []
    admisiones = [e for e in tabla_efectos.efectos_de(contexto.db, resolucion_id, r["punto_id"]) if e["tipo"] == "admite"]
    if not admisiones:
        return []
    reglas = leer_reglas_de_admision(contexto)
    por_regla = r["fecha_sesion"] and reglas.rige_la_admision(r["fecha_sesion"]).isoformat()
    avisos = []
    for e in admisiones:
        desde = date.fromisoformat(e["desde"])
        if desde > hoy():
            texto = traducir("{0} sigue solicitante hasta el {1} y es miembro desde el {2}").format(
                e["miembro"], dia_escrito(desde - timedelta(days=1)), dia_escrito(desde))
        else:
            texto = traducir("{0} es miembro desde el {1}").format(e["miembro"], dia_escrito(desde))
        motivo = (reglas.texto_admision() if e["desde"] == por_regla
                  else traducir("la fecha que fija la resolución."))
        avisos.append(f"{texto}: {motivo[0].lower()}{motivo[1:]}")
    return avisos


class ResolucionVista(TypedDict):
    """Una resolución con su cita, su sesión y sus efectos («resoluciones ver»)."""

    id: int
    cita: str
    numeracion: str
    tipo: str
    titulo: str
    texto: str | None
    organo: str
    sesion_id: int | None
    fecha_sesion: str | None
    punto_id: int | None
    tipo_decision: str | None
    reforma_id: int | None
    escala_id: int | None
    efectos: list[EfectoListado]


def ver_resolucion(contexto: Contexto, resolucion_id: int) -> ResolucionVista:
    from ..dominio.sesiones import numero_resolucion

    r = tabla_efectos.resolucion_con_punto(contexto.db, contexto.asociacion_id, resolucion_id)
    if r is None:
        raise ErrorEscritorio(traducir("No existe la resolución {0} en esta asociación.").format(resolucion_id))
    return {"id": r["id"], "cita": cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"]),
            "numeracion": numero_resolucion(r["tipo"], r["numero"], r["anio"]), "tipo": r["tipo"],
            "titulo": r["titulo"], "texto": r["texto"], "organo": r["organo"], "sesion_id": r["sesion_id"],
            "fecha_sesion": r["fecha_sesion"], "punto_id": r["punto_id"], "tipo_decision": r["tipo_decision"],
            "reforma_id": r["reforma_id"], "escala_id": r["escala_id"],
            "efectos": _listados(tabla_efectos.efectos_de(contexto.db, resolucion_id, r["punto_id"]))}


class EfectoDelMiembro(TypedDict):
    """Lo que una resolución decidió sobre el miembro, con la frase de la ficha."""

    tipo: str
    resolucion_id: int
    cita: str
    desde: str | None
    texto: str


def efectos_del_miembro(db: BaseDeDatos, miembro_id: int) -> list[EfectoDelMiembro]:
    """«Admitido por Resolución 2/2026 de la Asamblea General de Socios (sesión del 10/12/2026), desde el
    11/12/2026»: las admisiones, exclusiones y mandatos del miembro que decidió una resolución."""
    resultado = []
    for e in tabla_efectos.efectos_sobre_el_miembro(db, miembro_id):
        cita = cita_resolucion(e["resolucion_tipo"], e["numero"], e["anio"], e["organo_resolucion"])
        sesion = traducir(" (sesión del {0})").format(dia_escrito(e["fecha_sesion"])) if e["fecha_sesion"] else ""
        cargo = nombre_del_cargo(e["cargo"], e.get("forma")) if e["cargo"] else ""
        plantillas = {
            "admite": traducir("Admitido por {0}{1}, desde el {2}"),
            "excluye": traducir("Excluido por {0}{1}, desde el {2}"),
            "abre_mandato": traducir("{3} de {4} por {0}{1}"),
            "termina_mandato": traducir("Termina su mandato de {3} de {4} por {0}{1}"),
        }
        texto = plantillas[e["tipo"]].format(cita, sesion, dia_escrito(e["desde"]), cargo, e["organo"])
        resultado.append({"tipo": e["tipo"], "resolucion_id": e["resolucion_id"], "cita": cita, "desde": e["desde"],
                          "texto": texto})
    return resultado
