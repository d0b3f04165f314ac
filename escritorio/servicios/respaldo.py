"""Respaldar y restaurar la base de datos (verificarla: servicios/verificacion/comprobaciones.py)."""

import os
from dataclasses import dataclass, field
from pathlib import Path
from datetime import datetime
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import respaldo as copias, respaldo_copia, respaldo_identidad, respaldo_restauracion, respaldo_restos
from ..datos import integridad, testigo
from ..datos.apertura import abrir
from ..datos.conexion import ruta_de
from ..rutas import carpeta_respaldos
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorBaseDeDatos, ErrorEscritorio
from .verificacion.comprobaciones import verificar  # noqa: F401 (antes vivían aquí)
from .verificacion.base import Verificacion  # noqa: F401


# Los motivos de los respaldos que nunca se borran solos (antes de restaurar, antes de migrar).
COPIAS_DE_SEGURIDAD = copias.COPIAS_DE_SEGURIDAD

class RespaldoListado(TypedDict):
    """Un respaldo de la carpeta y de qué base es."""

    ruta: Path
    momento: datetime
    bytes: int
    motivo: str | None
    integro: bool | None
    base_id: str | None
    pertenencia: str


RESPALDOS_DEL_SERVIDOR = (
    "En el modo servidor, los respaldos son tarea del servidor: quien lo administra los hace con pg_dump y los "
    "restaura con pg_restore (README, «Varias personas»). Escritorio no hace ni restaura respaldos de una base del "
    "servidor. Para tener además una copia de la base en este equipo: «escritorio servidor copia URL ARCHIVO».")


def respaldos_del_servidor(db) -> str | None:
    """Si `db` es la base de un servidor, por qué Escritorio no hace ni restaura sus respaldos (en el idioma en
    curso); None si es un archivo."""
    from .base import es_del_servidor

    return traducir(RESPALDOS_DEL_SERVIDOR) if es_del_servidor(db) else None


def crear_respaldo(db: BaseDeDatos, destino: Path | str | None = None, *, reemplazar: bool = False) -> Path:
    """Copia coherente de la base; sin destino, a la carpeta `respaldos` junto a la base. Nunca pisa un
    archivo existente salvo `reemplazar`, y aun así solo un respaldo de Escritorio de esta misma base."""
    if (motivo := respaldos_del_servidor(db)) is not None:
        raise ErrorEscritorio(motivo)
    if isinstance(destino, str) and destino.endswith(("/", os.sep)) and not Path(destino).is_dir():
        # «nuevo_dir/» nombra una carpeta: se crea (como la de un archivo dentro de una carpeta nueva) y el respaldo
        # va dentro con su nombre de siempre; nunca se crea un ARCHIVO llamado «nuevo_dir».
        respaldo_restauracion.crear_carpeta_de_respaldo(Path(destino))
    return respaldo_copia.respaldar(db.conn, ruta_de(db), "manual", Path(destino) if destino else None, reemplazar=reemplazar)


def cerrar_la_ventana(db: BaseDeDatos):
    """Al cerrar la ventana, en un segundo: deja lo que corría en segundo plano, hace el respaldo de cierre si entra
    (o no hace falta: la base es igual a un respaldo que ya tiene), si no lo deja pendiente para la próxima apertura,
    y cierra la base sellada (datos/respaldo_de_cierre.py). Devuelve el `Cierre`. En el servidor, solo la cierra."""
    from ..datos.apertura import cerrar
    from ..datos.respaldo_de_cierre import cerrar_la_sesion

    return cerrar_la_sesion(db, cerrar)


def listar_respaldos(ruta_base: Path | str) -> list[RespaldoListado]:
    """Todos los respaldos de la carpeta, con `pertenencia`: propia, antigua (sin identidad, con el nombre de
    esta base), probable (la identidad de la base no se conoce) o ajena (de otra base o sin identificar)."""
    return respaldo_identidad.listar_respaldos(Path(ruta_base))


def borrar_respaldo(ruta_base: Path | str, ruta: Path | str) -> None:
    """Borra un respaldo de la carpeta de respaldos a pedido del usuario (la única forma de que se vaya una
    copia de seguridad)."""
    respaldo_identidad.borrar_respaldo(Path(ruta_base), Path(ruta))


def es_de_otra_base(ruta_base: Path | str, origen: Path | str) -> bool:
    return respaldo_restauracion.es_de_otra_base(Path(ruta_base), Path(origen))


def describir(ruta: Path | str) -> str:
    """« (asociación «…», N miembros)» de un archivo de base o respaldo, o "" si no se lee."""
    return respaldo_copia.describir(Path(ruta))


def respaldo_para_recuperar(ruta_base: Path | str) -> Path | None:
    """El respaldo sano más nuevo de ESTA base (misma identidad), o None."""
    return respaldo_identidad.mejor_respaldo(Path(ruta_base))


@dataclass
class LoRepuesto:
    """Lo que la base reemplazada tenía y el respaldo restaurado no, y no se deshace: se registró otra vez."""
    revocaciones: list[tuple[int, str]] = field(default_factory=list)   # (consentimiento, revocado_el)
    oposiciones: list[str] = field(default_factory=list)                # desde cuándo, de cada oposición al correo
    problema: str | None = None   # si no se pudo revisar (la restauración igual se hizo): el motivo


@dataclass
class Recuperacion:
    apartada: Path
    respaldo: Path
    repuesto: LoRepuesto = field(default_factory=LoRepuesto)


@dataclass
class Restauracion:
    anterior: Path | None   # dónde quedó la base reemplazada
    repuesto: LoRepuesto = field(default_factory=LoRepuesto)


def recuperar_base_danada(ruta_base: Path | str, respaldo: Path | str | None = None) -> Recuperacion:
    """Base dañada: se aparta con la fecha (renombrada, nunca se pisa ni se borra) y se restaura el respaldo
    sano más nuevo de esta misma base (o `respaldo`, si se indica). Si no hay ninguno, no se toca nada."""
    ruta_base = Path(ruta_base)
    if not ruta_base.exists():
        raise ErrorBaseDeDatos(traducir("No existe la base {0}: no hay nada que recuperar.").format(ruta_base))
    elegido = Path(respaldo) if respaldo else respaldo_identidad.mejor_respaldo(ruta_base)
    if elegido is None:
        raise ErrorBaseDeDatos(segun_la_puerta(
            ventana=traducir("No hay un respaldo sano de esta base en {0}. La base dañada no se tocó. Si tiene un "
                             "respaldo en otro lugar (una memoria USB, el correo), restáurelo en el menú Archivo, "
                             "«Restaurar respaldo…»."),
            linea=traducir("No hay un respaldo sano de esta base en {0}. La base dañada no se tocó. Si tiene un "
                           "respaldo en otro lugar (una memoria USB, el correo), restáurelo con «escritorio respaldo "
                           "restaurar ARCHIVO».")).format(carpeta_respaldos(ruta_base)))
    respaldo_restauracion.validar_respaldo(elegido)  # todo se comprueba antes de mover nada
    base_id = respaldo_identidad.identidad_de_base(ruta_base)
    if respaldo_restauracion.es_de_otra_base(ruta_base, elegido):
        raise ErrorBaseDeDatos(traducir(
            "El respaldo {0} es de otra base: no sirve para recuperar {1}. No se tocó nada."
        ).format(elegido, ruta_base))
    try:
        apartada = respaldo_restos.apartar_danada(ruta_base)
    except OSError as error:   # en Windows, si alguien la tiene abierta: no se apartó ni se restauró nada
        raise ErrorBaseDeDatos(traducir("No se pudo restaurar en {0}: {1}. La base anterior está a salvo{2}.").format(
            ruta_base, copias.por_que(error, ruta_base), "")) from None
    _restaurar_y_abrir(ruta_base, elegido, base_id, de_otra_base=False)
    return Recuperacion(apartada, elegido, _reponer(ruta_base, apartada))   # si la dañada se deja leer


def restaurar_respaldo(ruta_base: Path | str, origen: Path | str, *, de_otra_base: bool = False) -> Restauracion:
    """Valida el respaldo, guarda la base actual y la reemplaza. Devuelve dónde quedó la anterior y lo que se repuso
    de ella (`_reponer`: revocaciones de consentimientos y oposiciones al correo).

    Un respaldo de OTRA base (otra identidad) se rechaza salvo `de_otra_base`."""
    ruta_base = Path(ruta_base)
    anterior = _restaurar_y_abrir(ruta_base, Path(origen), respaldo_identidad.identidad_de_base(ruta_base),
                                  de_otra_base=de_otra_base)
    repuesto = _reponer(ruta_base, anterior) if anterior is not None and not de_otra_base else LoRepuesto()
    return Restauracion(anterior, repuesto)


def aviso_de_lo_repuesto(repuesto: LoRepuesto) -> str:
    """Lo que la ventana y la línea de órdenes dicen de lo repuesto al restaurar ("" si nada): un párrafo por clase."""
    from ..dominio.formato import cuantos, fecha

    partes = []
    if repuesto.revocaciones:
        cuales = ", ".join(traducir("el {0} (revocado el {1})").format(consentimiento, fecha(el))
                           for consentimiento, el in repuesto.revocaciones)
        partes.append(traducir(
            "El respaldo es anterior a la revocación de consentimientos que la base tenía registrada: {0}. Se volvieron "
            "a revocar con su fecha (una revocación no se deshace), así el boletín no les sale; la bitácora lo "
            "registra.").format(cuales))
    if repuesto.oposiciones:
        cuantas = cuantos(len(repuesto.oposiciones), traducir("{0} oposición al correo"),
                          traducir("{0} oposiciones al correo"))
        partes.append(traducir(
            "El respaldo es anterior a {0} que la base tenía (desde el {1}): se volvieron a registrar con su fecha, "
            "así a esas direcciones no les sale correo; la bitácora lo registra.").format(
                cuantas, ", ".join(fecha(d) for d in repuesto.oposiciones)))
    if repuesto.problema:
        partes.append(traducir(
            "No se pudo revisar si el respaldo deshacía revocaciones de consentimientos u oposiciones al correo ({0}): "
            "la base quedó restaurada; revise los consentimientos y las oposiciones en Datos personales antes de "
            "enviar un boletín.").format(repuesto.problema))
    return "\n".join(partes)


def _reponer(ruta_base: Path, reemplazada: Path) -> LoRepuesto:
    """Lo que la base reemplazada (o una copia de antes de otra restauración: `_copias_de_antes`) tenía registrado y
    el respaldo restaurado no, y que no se deshace: las revocaciones
    de consentimientos (`servicios.consentimientos.reponer_revocaciones`) y las oposiciones al correo
    (`servicios.oposicion_al_correo.reponer_oposiciones`), registradas de nuevo: restaurar no le devuelve el correo
    a quien pidió no recibirlo."""
    import sqlite3

    from ..datos.apertura import cerrar
    from ..datos.consentimientos import revocados
    from ..datos.personas import oposiciones_de_la_base
    from .consentimientos import reponer_revocaciones
    from .oposicion_al_correo import reponer_oposiciones

    revocadas: dict[int, tuple] = {}
    opuestas: dict[tuple[int, str], tuple] = {}
    for copia in _copias_de_antes(ruta_base, reemplazada):
        try:
            conexion = sqlite3.connect(copia.resolve().as_uri() + "?mode=ro", uri=True)
        except sqlite3.Error:
            continue
        try:
            for fila in revocados(conexion):
                revocadas.setdefault(fila[0], fila)
            for fila in oposiciones_de_la_base(conexion):
                opuestas.setdefault((fila[0], fila[1]), fila)
        finally:
            conexion.close()
    if not revocadas and not opuestas:
        return LoRepuesto()
    revocadas, opuestas = list(revocadas.values()), list(opuestas.values())
    try:
        db = abrir(ruta_base)
        try:
            return LoRepuesto(reponer_revocaciones(db, revocadas) if revocadas else [],
                              reponer_oposiciones(db, opuestas) if opuestas else [])
        finally:
            cerrar(db)   # la vuelve a sellar como la dejó esta escritura (la próxima apertura no la recorre entera)
    except Exception as error:  # noqa: BLE001 - la base ya se restauró: esto no la deshace, se avisa
        import logging

        from ..salida import motivo_del_sistema

        logging.getLogger(__name__).exception("no se pudieron reponer las revocaciones y oposiciones")
        return LoRepuesto(problema=getattr(error, "mensaje", None) or motivo_del_sistema(error))


def _copias_de_antes(ruta_base: Path, reemplazada: Path) -> list[Path]:
    """La base reemplazada y las copias «antes-de-restaurar» de restauraciones anteriores de esta misma base (su
    identidad): si la anterior fue a un respaldo equivocado, de antes del consentimiento, la revocación solo la tiene
    la copia de entonces. Una revocación o una oposición no se deshacen, así que sirve cualquiera de ellas."""
    from ..datos.respaldo import nombre_propio

    identidad = testigo.identidad_de_archivo(reemplazada)
    copias = [reemplazada]
    if identidad is None:
        return copias
    for ruta in sorted(carpeta_respaldos(ruta_base).glob("*.db"), reverse=True):
        propio = nombre_propio(ruta, ruta_base.stem)
        if ruta != reemplazada and propio is not None and propio[1] == "antes-de-restaurar" \
                and testigo.identidad_de_archivo(ruta) == identidad:
            copias.append(ruta)
    return copias


def _anotar_supresiones_deshechas(ruta_base: Path, anterior: Path, origen: Path) -> list[int]:
    """Si el respaldo restaurado es anterior a una supresión de datos personales que la base reemplazada había hecho,
    los datos de esa persona volvieron: queda un incidente por cada una (issue 81), que «verificar» muestra hasta que
    alguien lo reconozca, con lo que hay que hacer. Devuelve las solicitudes deshechas."""
    import sqlite3

    from ..datos.personas import supresiones_hechas

    try:
        conexion = sqlite3.connect(anterior.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        antes = supresiones_hechas(conexion)
    finally:
        conexion.close()
    if not antes:
        return []
    from ..datos.apertura import cerrar

    db = abrir(ruta_base)
    try:
        return _anotar_las_que_faltan(db, antes, origen)
    finally:
        cerrar(db)   # la vuelve a sellar como la dejó esta escritura (la próxima apertura no la recorre entera)


def _anotar_las_que_faltan(db: BaseDeDatos, antes: dict, origen: Path) -> list[int]:
    from ..datos import incidentes
    from ..datos.conexion import transaccion
    from ..datos.personas import supresiones_hechas, vuelve_a_tener_alguna
    from ..dominio.formato import fecha

    # Las que el respaldo no tiene y cuyos datos trae (uno anterior a que la persona estuviera no devuelve nada).
    deshechas = sorted(s for s in set(antes) - set(supresiones_hechas(db.conn))
                       if vuelve_a_tener_alguna(db.conn, antes[s][2]))
    if not deshechas or not incidentes.disponibles(db):
        return []
    with transaccion(db):
        for solicitud in deshechas:
            respondida, persona, _ = antes[solicitud]
            incidentes.anotar(db, "supresion_deshecha", traducir(
                "el respaldo restaurado ({0}) es anterior a la supresión de datos personales de la solicitud {1} "
                "(respondida el {2}, persona {3}): sus datos volvieron a la base. Vuelva a suprimirlos: registre otra "
                "solicitud de supresión a nombre de esa persona y respóndala; después, reconozca este incidente "
                "con lo que se hizo").format(origen.name, solicitud, fecha(respondida) if respondida else "—", persona))
    return deshechas


def _restaurar_y_abrir(ruta_base: Path, origen: Path, base_id: str | None, *, de_otra_base: bool) -> Path | None:
    comprobado_en = integridad.ahora_iso()   # restaurar recorre el respaldo entero (quick_check) antes de copiarlo
    anterior = respaldo_restauracion.restaurar(ruta_base, origen, de_otra_base=de_otra_base)
    db = abrir(ruta_base)  # un respaldo antiguo se pone al día con las migraciones pendientes
    try:
        if base_id and testigo.identidad_de_archivo(origen) is None:
            respaldo_restauracion.heredar_identidad(db.conn, base_id)  # anterior a la 0009: conserva la identidad de la base
    finally:
        db.close()
    testigo.anotar_restauracion(ruta_base)  # la bitácora más corta no es una manipulación
    # La base restaurada es la copia, página por página y hecha por Escritorio, de un respaldo que se acaba de
    # comprobar entero: queda sellada como una base que se comprobó y se cerró en orden (datos/integridad.py). Así la
    # primera escritura después no la recorre ni deja la comprobación pendiente (datos/comprobacion_previa.py).
    integridad.sellar(ruta_base, comprobada_en=comprobado_en)
    if anterior is not None and not de_otra_base:   # ya restaurada y anotada: una escritura común, como cualquiera
        _anotar_supresiones_deshechas(ruta_base, anterior, origen)
    return anterior
