"""Deshacer (y rehacer) el último cambio reversible propio: Edición › Deshacer en la ventana, «escritorio deshacer»
en la línea de órdenes. Las dos puertas llaman a estas funciones.

Qué se puede deshacer: lo que anotaron los servicios reversibles (servicios/reversibles.py): la ficha de un miembro,
una marca de asistencia, un punto agregado al orden del día o su resumen. De quién: de quien opera en este equipo
(otra persona tiene sus propios cambios). Cuál: el último que no está deshecho; Rehacer, el último deshecho si
después no se hizo otro cambio.

Deshacer es una escritura más, en UNA transacción: se lee cada fila tocada como está hoy y se compara con como la
dejó el cambio. Si alguien la cambió después (otra ventana, la línea de órdenes, otra persona en el servidor), no se
pisa: se rechaza y se dice quién y cuándo. Tampoco se toca un registro congelado (una sesión con el acta aprobada:
la regla es `sesiones.exigir_editable`, y los triggers de la base la repiten), ni se cruza un acto cerrado después
del cambio que lee lo que el cambio tocó (una votación cerrada, una resolución adoptada, un recibo emitido, un
mensaje enviado: servicios/cerrado_despues.py), ni se quita una fila de la que ya depende otra (una votación sobre
el punto agregado). La bitácora anota las filas que vuelven a su estado y el
cambio marcado como deshecho («Deshecho: …» en el visor); su sello sigue la cadena como cualquier transacción.
"""

from typing import TypedDict

from ..datos import deshacer as tabla_deshacer
from ..datos.bitacora import ultimo_registro_id
from ..datos.conexion import transaccion
from ..datos.incidentes import escrito_por_otro_programa
from ..documentos.visible import abreviar
from ..dominio.deshacer import describir_cambio
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio
from .bitacora import hora_local, listar as listar_bitacora
from .cerrado_despues import motivo as cerrado_despues
from .procedencia_del_cambio import motivo_para_no_aplicar
from .contexto import Contexto
from .descripcion_bitacora import nombre_de_tabla
from .reversibles import puesto
from .sesiones import exigir_editable, sesion_de_la_asociacion

DESHACER, REHACER = "deshacer", "rehacer"
LARGO_DEL_DETALLE = 60   # lo que nombra el cambio, en el menú: un título largo no lo hace más ancho que la pantalla


class CambioParaDeshacer(TypedDict):
    """El último cambio propio que se puede deshacer (o rehacer), como se le muestra a quien lo hizo."""

    id: int
    tipo: str               # dominio.deshacer.TIPOS_DE_CAMBIO
    descripcion: str        # «cambio de la ficha de Rosario»
    cuando: str             # «23/11/2026 17:04», la hora local en que se hizo
    posible: bool
    motivo: str | None      # por qué no se puede, en una o dos oraciones (None si se puede)
    tablas: list[str]       # las tablas que toca: lo que la ventana vuelve a mostrar


def _esperado_y_destino(fila: dict, sentido: str) -> tuple[dict | None, dict | None]:
    """(cómo tiene que estar la fila para seguir, cómo queda)."""
    return (fila["despues"], fila["antes"]) if sentido == DESHACER else (fila["antes"], fila["despues"])


def _sesiones(cambio: dict) -> list[int]:
    return sorted({v["sesion_id"] for f in cambio["filas"] for v in (f["antes"], f["despues"])
                   if v and v.get("sesion_id") is not None})


def _cambiado_despues(contexto: Contexto, cambio: dict, fila: dict) -> str:
    """Por qué no: la fila ya no está como la dejó el cambio. Quién y cuándo, si la bitácora lo anotó."""
    ultimos = listar_bitacora(contexto.db, entidad=fila["tabla"], entidad_id=fila["id"], limite=1)
    otro = ultimos[0] if ultimos and ultimos[0].id > cambio["ultimo_registro"] else None
    if otro is not None and otro.usuario is not None and not escrito_por_otro_programa(contexto.db, otro.id):
        return traducir("Después, {0} hizo otro cambio sobre lo mismo ({1}: {2}). Deshacer pisaría ese cambio; si "
                        "hace falta, corríjalo a mano.").format(otro.quien(), otro.cuando() or "—", otro.descripcion)
    return traducir("Lo que dejó ese cambio ya no está como quedó: otro programa lo cambió por fuera de Escritorio. "
                    "Deshacer pisaría ese cambio; si hace falta, corríjalo a mano.")


def impedimento(contexto: Contexto, cambio: dict, sentido: str = DESHACER) -> str | None:
    """Por qué no se puede deshacer (o rehacer) `cambio` hoy; None si se puede."""
    db = contexto.db
    falso = motivo_para_no_aplicar(db, cambio)   # primero: lo que no anotó el programa no se mira más
    if falso is not None:
        return segun_la_puerta(
            ventana=traducir("Ese cambio no es uno que Escritorio haya anotado: {0}. No se aplica nada. Revise la "
                             "base en el menú Archivo, «Verificar la base…», y avise a quien la administra."),
            linea=traducir("Ese cambio no es uno que Escritorio haya anotado: {0}. No se aplica nada. Corra "
                           "«escritorio verificar» y avise a quien administra la base.")).format(falso)
    for sesion_id in _sesiones(cambio):   # un registro congelado: la sesión con el acta aprobada
        try:
            exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))
        except ErrorEscritorio as error:
            return error.mensaje
    # Lo cerrado después de hacerlo (o de deshacerlo, para rehacer): `ultimo_registro` es la bitácora de entonces.
    cerrado = cerrado_despues(contexto, cambio, cambio["ultimo_registro"], rehacer=sentido == REHACER)
    if cerrado:
        return cerrado
    for fila in cambio["filas"]:
        esperado, _ = _esperado_y_destino(fila, sentido)
        if tabla_deshacer.fila(db, fila["tabla"], fila["id"]) != esperado:
            return _cambiado_despues(contexto, cambio, fila)
    for fila in cambio["filas"]:
        esperado, destino = _esperado_y_destino(fila, sentido)
        if esperado is not None and destino is None:
            dependientes = tabla_deshacer.referencias(db, fila["tabla"], fila["id"])
            if dependientes:
                return traducir("Después se registró algo que depende de ese cambio ({0}): quítelo antes, o deje el "
                                "cambio como está.").format(", ".join(traducir(nombre_de_tabla(t)) for t in dependientes))
    return None


def _mostrar(contexto: Contexto, cambio: dict | None, sentido: str) -> CambioParaDeshacer | None:
    if cambio is None:
        return None
    motivo = impedimento(contexto, cambio, sentido)
    local = hora_local(cambio["hecho_en"] or "")
    return CambioParaDeshacer(
        id=cambio["id"], tipo=cambio["tipo"], descripcion=describir_cambio(cambio["tipo"], abreviar(cambio["detalle"], LARGO_DEL_DETALLE)),
        cuando=formato.fecha_y_hora(local) if local else "", posible=motivo is None, motivo=motivo,
        tablas=sorted({f["tabla"] for f in cambio["filas"]}))


def _candidato(contexto: Contexto, sentido: str) -> dict | None:
    quien, equipo = puesto()
    buscar = tabla_deshacer.ultimo_hecho if sentido == DESHACER else tabla_deshacer.ultimo_deshecho
    return buscar(contexto.db, contexto.asociacion_id, quien, equipo)


def por_deshacer(contexto: Contexto) -> CambioParaDeshacer | None:
    """El último cambio reversible propio (de quien opera, en este equipo y esta asociación), o None si no hay."""
    return _mostrar(contexto, _candidato(contexto, DESHACER), DESHACER)


def por_rehacer(contexto: Contexto) -> CambioParaDeshacer | None:
    """El último cambio propio deshecho, si después no se hizo otro; None si no hay nada para rehacer."""
    return _mostrar(contexto, _candidato(contexto, REHACER), REHACER)


def _escribir(db, cambio: dict, sentido: str) -> None:
    """Deja cada fila como `destino`: primero se quitan (las hijas antes que sus padres), después se cambian y al
    final se vuelven a poner (los padres antes que sus hijas)."""
    filas = [(f, *_esperado_y_destino(f, sentido)) for f in cambio["filas"]]
    for fila, _, destino in sorted((x for x in filas if x[2] is None), key=lambda x: -x[0]["id"]):
        tabla_deshacer.borrar(db, fila["tabla"], fila["id"])
    for fila, esperado, destino in filas:
        if esperado is not None and destino is not None:
            tabla_deshacer.actualizar(db, fila["tabla"], destino)
    for fila, _, destino in sorted((x for x in filas if x[1] is None), key=lambda x: x[0]["id"]):
        tabla_deshacer.insertar(db, fila["tabla"], destino)


def _aplicar(contexto: Contexto, sentido: str, cambio_id: int | None) -> CambioParaDeshacer:
    db = contexto.db
    mostrado, escribiendo = None, False
    try:
        with transaccion(db):   # se lee, se decide y se escribe con la base tomada: nadie escribe entre medio
            cambio = _candidato(contexto, sentido)
            if cambio is None:
                raise ErrorEscritorio(traducir("No hay nada para deshacer: sus últimos cambios ya están deshechos o "
                                               "no se pueden deshacer (solo la ficha de un miembro, la asistencia y "
                                               "el orden del día).") if sentido == DESHACER else
                                      traducir("No hay nada para rehacer."))
            mostrado = _mostrar(contexto, cambio, sentido)
            if cambio_id is not None and cambio["id"] != cambio_id:
                raise ErrorEscritorio(traducir(
                    "El último cambio ya no es el que se mostraba: ahora es «{0}». No se deshizo nada; mírelo y "
                    "vuelva a intentarlo.").format(mostrado["descripcion"]))
            if not mostrado["posible"]:
                plantilla = (traducir("No se puede deshacer «{0}». {1}") if sentido == DESHACER else
                             traducir("No se puede rehacer «{0}». {1}"))
                raise ErrorEscritorio(plantilla.format(mostrado["descripcion"], mostrado["motivo"]))
            escribiendo = True
            _escribir(db, cambio, sentido)
            tabla_deshacer.marcar(db, cambio["id"], deshecho=sentido == DESHACER, ultimo_registro=ultimo_registro_id(db))
    except ErrorEscritorio as error:
        if type(error) is ErrorEscritorio and escribiendo:
            # La base rechazó la escritura (una regla suya, p. ej. el código que ahora usa otro miembro).
            plantilla = traducir("No se deshizo «{0}». {1}") if sentido == DESHACER else traducir(
                "No se rehízo «{0}». {1}")
            raise ErrorEscritorio(plantilla.format(mostrado["descripcion"], error.mensaje)) from None
        raise
    return mostrado


def deshacer(contexto: Contexto, cambio_id: int | None = None) -> CambioParaDeshacer:
    """Deshace el último cambio reversible propio. Con `cambio_id` (el que se le mostró a quien pide deshacer),
    solo si sigue siendo ese. Lanza ErrorEscritorio con el motivo si no hay nada o no se puede."""
    return _aplicar(contexto, DESHACER, cambio_id)


def rehacer(contexto: Contexto, cambio_id: int | None = None) -> CambioParaDeshacer:
    """Vuelve a hacer el último cambio deshecho (si después no se hizo otro)."""
    return _aplicar(contexto, REHACER, cambio_id)
