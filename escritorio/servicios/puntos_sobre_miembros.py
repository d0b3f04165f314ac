"""De quién trata un punto de admisión o de exclusión (issue 59), y qué puede hacer su resolución.

Un punto con decisión «admision» nombra a las ciudades solicitantes cuya admisión se vota; uno con «exclusion», a
los miembros cuya exclusión se vota (tabla puntos_miembros, migración 0047). Se nombran al agregar el punto
(`agregar_punto_sobre_miembros`, CLI «sesiones punto … --miembro ID», la ventana «Agregar punto»).

La resolución del punto aprobado (servicios.efectos.aplicar_efectos llama a `miembros_de_la_resolucion`):
- sin decir a quién, admite o excluye a los que nombra su punto;
- si lo dice, solo a quienes su punto nombra;
- nunca a quien nombra otro punto de la misma sesión, del mismo tipo de decisión, cuya votación se rechazó (tampoco
  en los puntos de bases anteriores, que no nombran a nadie: ahí se acepta la lista que da la resolución, como antes).

Antes el punto no decía a quién se refería, y la resolución de «Admisión de Cusco» (aprobada) admitía también a Lima,
cuya propia admisión se acababa de rechazar.
"""

from typing import TypedDict

from ..datos import miembros as tabla_miembros
from ..datos import puntos_miembros as tabla
from ..datos import sesiones as tabla_sesiones
from ..datos.conexion import transaccion
from ..dominio.miembros import ESTADOS_REGISTRADOS, NO_MIEMBRO, SOLICITANTE
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .contexto import Contexto
from .miembros import FilaDelPadron, listar_padron

# El tipo de decisión de un punto que nombra miembros, y el efecto de su resolución.
EFECTO_DE_LA_DECISION = {"admision": "admite", "exclusion": "excluye"}


def admisible(estado: str | None) -> bool:
    """Una resolución admite, y un punto de admisión nombra, solo a una ciudad solicitante (su último estado)."""
    return estado == SOLICITANTE


def excluible(estado: str | None) -> bool:
    """Una resolución excluye, y un punto de exclusión nombra, solo a quien es miembro (su último estado)."""
    return estado not in NO_MIEMBRO


class MiembroNombrado(TypedDict):
    id: int
    nombre: str
    pais: str


def nombrados(contexto: Contexto, punto_id: int) -> list[MiembroNombrado]:
    """Los miembros que nombra el punto (vacío: no nombra a nadie, o no es de admisión ni de exclusión)."""
    return tabla.nombrados(contexto.db, punto_id)


def nombrados_en_la_sesion(contexto: Contexto, sesion_id: int) -> dict[int, list[MiembroNombrado]]:
    """punto_id -> los miembros que nombra, de los puntos de la sesión que nombran alguno (el acta, la ventana)."""
    return tabla.nombrados_en_la_sesion(contexto.db, sesion_id)


def quienes(miembros: list[MiembroNombrado]) -> str:
    """«Cusco (PE), Lima (PE)»."""
    return ", ".join(f"{m['nombre']} ({m['pais']})" for m in miembros)


def frases_de_quien_trata(contexto: Contexto, sesion_id: int) -> dict[int, str]:
    """punto_id -> «Sobre la admisión de: Cusco (PE)» («… la exclusión de …»), de los puntos de la sesión que nombran
    a alguien: lo que el acta dice bajo el título de cada uno."""
    db = contexto.db
    frases = {}
    for punto_id, miembros in tabla.nombrados_en_la_sesion(db, sesion_id).items():
        decision = (tabla_sesiones.punto(db, punto_id) or {}).get("tipo_decision")
        plantilla = (traducir("Sobre la admisión de: {0}") if decision == "admision" else
                     traducir("Sobre la exclusión de: {0}"))
        frases[punto_id] = plantilla.format(quienes(miembros))
    return frases


def _exigir_nombrables(contexto: Contexto, tipo_decision: str, miembro_ids: list[int]) -> None:
    """Un punto de admisión nombra solo ciudades solicitantes; uno de exclusión, solo miembros (la misma regla que
    aplica la resolución: servicios.efectos)."""
    if tipo_decision not in EFECTO_DE_LA_DECISION:
        raise ErrorEscritorio(traducir(
            "No se agregó el punto: solo un punto de admisión o de exclusión nombra miembros (--miembro); este es de "
            "decisión «{0}». Use «--decision admision» o «--decision exclusion».").format(tipo_decision))
    puede = admisible if tipo_decision == "admision" else excluible
    db = contexto.db
    for miembro_id in miembro_ids:
        miembro = tabla_miembros.ficha_corta(db, miembro_id)
        if miembro is None or miembro["asociacion_id"] != contexto.asociacion_id:
            raise ErrorEscritorio(traducir("No se agregó el punto: no existe el miembro con id {0} en esta "
                                           "asociación.").format(miembro_id))
        ultimo = tabla_miembros.ultimo_estado(db, miembro_id)
        if not puede(ultimo[0] if ultimo else None):
            estado = traducir(ESTADOS_REGISTRADOS[ultimo[0]]).lower() if ultimo else traducir("sin estado")
            if tipo_decision == "admision":
                raise ErrorEscritorio(segun_la_puerta(
                    ventana=traducir("No se agregó el punto: {0} (id {1}) no es una ciudad solicitante (figura como "
                                     "{2}); un punto de admisión nombra a quien pidió ingresar (área Miembros, "
                                     "«Solicitud de ingreso…»)."),
                    linea=traducir("No se agregó el punto: {0} (id {1}) no es una ciudad solicitante (figura como "
                                   "{2}); un punto de admisión nombra a quien pidió ingresar («escritorio miembros "
                                   "solicitud»).")).format(
                    miembro["nombre"], miembro_id, estado))
            raise ErrorEscritorio(traducir(
                "No se agregó el punto: {0} (id {1}) no es miembro (figura como {2}); un punto de exclusión nombra "
                "solo a miembros.").format(miembro["nombre"], miembro_id, estado))


def agregar_punto_sobre_miembros(contexto: Contexto, sesion_id: int, titulo: str, tipo: str = "deliberativo",
                                 padre_id: int | None = None, tipo_decision: str | None = None,
                                 resumen: str | None = None, miembros: list[int] | None = None) -> int:
    """Agrega el punto (servicios.sesiones.puntos.agregar_punto_con_resumen) y, con `miembros`, los que nombra: un punto de
    admisión, ciudades solicitantes; uno de exclusión, miembros. En una transacción: el punto y a quién nombra, o
    nada."""
    from .sesiones.puntos import agregar_punto_con_resumen

    miembros = list(dict.fromkeys(miembros or []))
    if not miembros:   # solo el punto (y su resumen): un cambio que Deshacer quita
        return agregar_punto_con_resumen(contexto, sesion_id, titulo, tipo, padre_id, tipo_decision, resumen)
    # El punto y a quiénes nombra, en una transacción: Deshacer no lo quita, porque solo vuelve atrás las filas del
    # orden del día y no las que dependen de ellas (quiénes nombra el punto).
    with transaccion(contexto.db):
        if miembros:   # con la base tomada: otra ventana pudo admitir o dar de baja a alguno
            _exigir_nombrables(contexto, tipo_decision or "ordinaria", miembros)
        punto_id = agregar_punto_con_resumen(contexto, sesion_id, titulo, tipo, padre_id, tipo_decision, resumen)
        tabla.nombrar(contexto.db, punto_id, miembros)
    return punto_id


def sugerencia_para_nombrar(tipo_decision: str | None) -> str | None:
    """Qué decir al agregar un punto de admisión o de exclusión que no nombra a nadie (None: nada que sugerir)."""
    if tipo_decision == "admision":
        return traducir("El punto no nombra a quién admite: nombre a las ciudades solicitantes (--miembro ID[,ID…], o "
                        "márquelas en «Agregar punto»); su resolución admitirá exactamente a ellas.")
    if tipo_decision == "exclusion":
        return traducir("El punto no nombra a quién excluye: nombre a los miembros (--miembro ID[,ID…], o márquelos "
                        "en «Agregar punto»); su resolución excluirá exactamente a ellos.")
    return None


def _numero(db, punto: dict) -> str:
    if not punto.get("padre_id"):
        return str(punto["orden"])
    padre = tabla_sesiones.punto(db, punto["padre_id"]) or {}
    return f"{_numero(db, padre)}.{punto['orden']}" if padre else str(punto["orden"])


def miembros_de_la_resolucion(contexto: Contexto, punto: dict, votacion: dict | None, admite: list[int] | None,
                              excluye: list[int] | None) -> tuple[list[int], list[int]]:
    """(admite, excluye) que la resolución del punto hará, o ErrorEscritorio con el motivo. `admite`/`excluye` son
    los que pide la resolución (None: no lo dice). Se llama dentro de la transacción que adopta la resolución."""
    db = contexto.db
    dijo = admite is not None or excluye is not None
    admite, excluye = list(admite or []), list(excluye or [])
    efecto = EFECTO_DE_LA_DECISION.get(punto["tipo_decision"])
    del_punto = tabla.nombrados(db, punto["id"]) if efecto else []
    aprobado = votacion is not None and bool(votacion["aprobada"])
    if del_punto and aprobado and not dijo:
        ids = [m["id"] for m in del_punto]   # sin decir a quién: los que nombra su punto
        admite, excluye = (ids, []) if efecto == "admite" else ([], ids)
    pedidos = admite if efecto == "admite" else excluye if efecto == "excluye" else []
    if del_punto:
        nombrados_ids = {m["id"] for m in del_punto}
        for miembro_id in pedidos:
            if miembro_id not in nombrados_ids:
                miembro = tabla_miembros.ficha_corta(db, miembro_id)
                if miembro is None or miembro["asociacion_id"] != contexto.asociacion_id:
                    continue   # lo dice la admisión o la exclusión: «no existe el miembro con id …»
                nombre = miembro["nombre"]
                plantilla = (traducir(
                    "No se adoptó la resolución: {0} (id {1}) no está entre las ciudades que nombra el punto {2} "
                    "«{3}» ({4}); la resolución de un punto de admisión admite solo a quienes su punto nombra. Para "
                    "admitir a {0}, agregue y vote un punto de admisión que la nombre.") if efecto == "admite" else
                    traducir(
                    "No se adoptó la resolución: {0} (id {1}) no está entre los miembros que nombra el punto {2} "
                    "«{3}» ({4}); la resolución de un punto de exclusión excluye solo a quienes su punto nombra. "
                    "Para excluir a {0}, agregue y vote un punto de exclusión que lo nombre."))
                raise ErrorEscritorio(plantilla.format(nombre, miembro_id, _numero(db, punto), punto["titulo"],
                                                       quienes(del_punto)))
    if efecto and pedidos:
        rechazados = tabla.rechazados_en_la_sesion(db, punto["sesion_id"], punto["tipo_decision"], pedidos, punto["id"])
        if rechazados:
            r = rechazados[0]
            plantilla = (traducir(
                "No se adoptó la resolución: la admisión de {0} (id {1}) se rechazó en esta misma sesión (punto {2} "
                "«{3}»); la resolución de otro punto no la admite.") if efecto == "admite" else traducir(
                "No se adoptó la resolución: la exclusión de {0} (id {1}) se rechazó en esta misma sesión (punto {2} "
                "«{3}»); la resolución de otro punto no lo excluye."))
            raise ErrorEscritorio(plantilla.format(r["nombre"], r["miembro_id"], _numero(db, r), r["titulo"]))
    return admite, excluye


def miembros_que_puede_nombrar(contexto: Contexto, tipo_decision: str | None) -> list[FilaDelPadron]:
    """A quiénes puede nombrar un punto de ese tipo de decisión, en el orden del padrón (lo que ofrece «Agregar
    punto»): las ciudades solicitantes (admisión) o los miembros (exclusión); vacío en otra decisión."""
    efecto = EFECTO_DE_LA_DECISION.get(tipo_decision or "")
    if not efecto:
        return []
    puede = admisible if efecto == "admite" else excluible
    return [m for m in listar_padron(contexto) if puede(m["estado"])]


def miembros_que_ofrece(contexto: Contexto, punto: dict) -> list[FilaDelPadron]:
    """Los miembros que la ventana ofrece marcar al adoptar la resolución del punto, en el orden del padrón: los que
    nombra su punto (si nombra alguno y todavía se puede admitir o excluir), o, en un punto que no nombra a nadie, las
    solicitantes o los miembros salvo los nombrados por un punto rechazado de la sesión."""
    efecto = EFECTO_DE_LA_DECISION.get(punto.get("tipo_decision"))
    if not efecto:
        return []
    posibles = miembros_que_puede_nombrar(contexto, punto.get("tipo_decision"))
    del_punto = {m["id"] for m in tabla.nombrados(contexto.db, punto["id"])}
    if del_punto:
        return [m for m in posibles if m["id"] in del_punto]
    rechazados = {r["miembro_id"] for r in tabla.rechazados_en_la_sesion(
        contexto.db, punto["sesion_id"], punto["tipo_decision"], [m["id"] for m in posibles], punto["id"])}
    return [m for m in posibles if m["id"] not in rechazados]
