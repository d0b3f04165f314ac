"""El modo servidor (una base compartida en PostgreSQL): instalar una base nueva, subir una local, copiarla a un
archivo y crear los logins de quienes trabajan en ella. Los usan la línea de órdenes («escritorio servidor …»)
y la ventana."""

import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..rutas import expandir
from ..datos.postgres import armar_direccion, conexion, esquema, papeles, sin_sombras, traslado
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion
from . import llavero
from .base import abrir_base, abrir_en_el_servidor, cerrar_base


def conectar(url: str, clave: str | None = None):
    return conexion.conectar(url, clave=clave)


def direccion_del_formulario(equipo: str, puerto: int, base: str, usuario: str) -> str:
    """La dirección del servidor con lo que se escribió en «Conectar a un servidor…»; ErrorValidacion si falta algo."""
    faltan = [que for que, valor in ((traducir("el equipo del servidor"), equipo), (traducir("la base"), base),
                                     (traducir("su usuario"), usuario)) if not valor.strip()]
    if faltan:
        raise ErrorValidacion(traducir("Falta {0}. Se lo da quien administra el servidor (por ejemplo: equipo "
                                       "SECRETARIA-01, base escritorio, usuario ana).").format(", ".join(faltan)))
    if not 1 <= int(puerto) <= 65535:
        raise ErrorValidacion(traducir("El puerto {0} no existe: es un número de 1 a 65535 (casi siempre "
                                       "5432).").format(puerto))
    return armar_direccion(equipo, puerto, base, usuario)


def conectar_y_recordar(direccion: str, clave: str | None, recordar: bool):
    """Abre la base del servidor con `clave` (o, sin ella, como `abrir_en_el_servidor`). Si abrió: con `recordar`,
    la clave queda en el llavero del sistema; sin él, se quita la que hubiera (la persona eligió que se la pida).
    Devuelve (base, aviso): el aviso, si la clave no se pudo guardar."""
    db = abrir_en_el_servidor(direccion, clave or None)
    aviso = None
    if recordar and clave:
        if not llavero.guardar_clave(direccion, clave):
            aviso = traducir("La conexión funcionó, pero la clave no se pudo guardar en el llavero de este equipo: "
                             "se la pedirá la próxima vez.")
    elif not recordar:
        llavero.olvidar_clave(direccion)
    return db, aviso


def _recalcular_actas(db):
    from .actas import alteraciones_de_actas

    return alteraciones_de_actas(db)


@contextmanager
def _lo_hace_quien_administra(db, que: str):
    """Un login de un papel (o sin permisos sobre la base) que intenta instalar o subir: el motivo, no un error
    inesperado (issue 77, lo encontró la matriz de papeles). Todo pasa en una transacción: no queda nada."""
    import psycopg

    try:
        yield
    except psycopg.errors.InsufficientPrivilege:
        raise ErrorEscritorio(traducir(
            "El usuario «{0}» no puede {1} en la base del servidor {2}: lo hace quien administra el servidor (el "
            "dueño de la base). No se tocó nada.").format(db.usuario(), que, db.url)) from None


def instalar_base(url: str, *, clave: str | None = None) -> None:
    """Prepara una base vacía del servidor para Escritorio: el esquema, las reglas y los papeles."""
    db = conectar(url, clave)
    try:
        if esquema.tablas_existentes(db):
            raise ErrorEscritorio(traducir(
                "La base del servidor {0} no está vacía: no se instala nada encima. Use una base nueva.").format(db.url))
        with _lo_hace_quien_administra(db, traducir("instalar el esquema de Escritorio")):
            esquema.instalar(db)
    finally:
        db.close()


def subir_base(ruta_local: Path | str, url: str, *, clave: str | None = None) -> traslado.Prueba:
    """Lleva la base local a la base vacía del servidor y prueba que llegó entera (ver datos/postgres/traslado.py).
    La base local no se toca."""
    local = abrir_base(Path(ruta_local), crear=False)
    try:
        servidor = conectar(url, clave)
        try:
            with _lo_hace_quien_administra(servidor, traducir("subir una base")):
                return traslado.subir(local, servidor, actas_recalculadas=_recalcular_actas)
        finally:
            servidor.close()
    finally:
        cerrar_base(local)


def copiar_base(url: str, destino: Path | str, *, clave: str | None = None) -> traslado.Prueba:
    """Una copia local (un archivo de Escritorio nuevo) de la base del servidor, comprobada. Nunca reemplaza un
    archivo: si `destino` existe, no se hace nada."""
    destino = expandir(destino)
    if destino.exists():
        raise ErrorEscritorio(traducir("Ya existe {0}: no se reemplaza. Elija otro nombre para la copia.").format(destino))
    servidor = conectar(url, clave)
    try:
        if not esquema.esta_instalado(servidor):
            raise ErrorEscritorio(traducir("La base del servidor {0} no es una base de Escritorio (no tiene su "
                                           "esquema): no hay nada que copiar.").format(servidor.url))
        destino.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporal = tempfile.mkstemp(prefix=".escritorio-copia-", suffix=".db", dir=destino.parent)
        os.close(descriptor)
        os.unlink(temporal)
        temporal = Path(temporal)
        try:
            nueva = abrir_base(temporal)
            try:
                prueba = traslado.copiar_a_archivo(servidor, nueva, actas_recalculadas=_recalcular_actas)
            finally:
                cerrar_base(nueva)
            os.link(temporal, destino)  # falla si otro creó `destino` mientras tanto: nunca lo pisa
        finally:
            for resto in (temporal, *temporal.parent.glob(temporal.name + "*")):
                resto.unlink(missing_ok=True)
        return prueba
    finally:
        servidor.close()


@dataclass(frozen=True)
class Refuerzo:
    """Lo que «servidor reforzar» dejó, comprobado en la base después de hacerlo."""
    funciones: int                 # funciones escritas de nuevo (con su ruta de búsqueda fija)
    sin_ruta_fija: list[str]       # funciones del esquema que siguen sin ella (vacío: ninguna)
    con_temporales: list[str]      # quiénes todavía pueden crear tablas temporales («PUBLIC», un grupo)


def reforzar_base(url: str, *, clave: str | None = None) -> Refuerzo:
    """Lleva a una base del servidor que ya está al día las defensas de esta versión que no tocan los datos (issue 58):
    funciones que no leen tablas temporales, sin tablas temporales para nadie, el correo enviado y los extractos sin
    reescribir, el sello con el login de verdad. Lo hace quien administra el servidor (el dueño de las tablas); se
    puede repetir. Una base de una versión anterior se pone al día con «servidor actualizar», que ya las trae."""
    servidor = conectar(url, clave)
    try:
        if not esquema.esta_instalado(servidor):
            raise ErrorEscritorio(traducir("La base del servidor {0} no es una base de Escritorio (no tiene su "
                                           "esquema): no hay nada que reforzar.").format(servidor.url))
        faltan = esquema.migraciones_que_faltan(servidor)
        if faltan is None:
            raise ErrorEscritorio(traducir("La base del servidor {0} es de una versión más nueva de Escritorio que "
                                           "este programa: refuércela con esa versión.").format(servidor.url))
        if faltan:
            raise ErrorEscritorio(traducir(
                "La base del servidor {0} es de una versión anterior de Escritorio (le faltan {1}): póngala al día "
                "con «escritorio servidor actualizar {0} URL_NUEVA», que deja la base nueva ya reforzada. No se "
                "tocó nada.").format(servidor.url, ", ".join(faltan)))
        funciones = esquema.reforzar(servidor)
        grupos = list(papeles.PAPELES.values())
        return Refuerzo(funciones, sin_sombras.funciones_sin_ruta_fija(servidor),
                        sin_sombras.temporales_permitidas(servidor, grupos))
    finally:
        servidor.close()


def actualizar_base(url: str, url_nueva: str, *, clave: str | None = None) -> traslado.Prueba:
    """Pone al día una base del servidor de una versión anterior de Escritorio, en una base nueva y vacía del servidor
    (`url_nueva`): la copia a un archivo temporal de su misma versión (comprobada), actualiza ese archivo con las
    mismas migraciones que cualquier base de Escritorio (los datos incluidos) y lo sube, con su prueba. La base
    vieja no se toca: si algo falla, la oficina sigue con ella."""
    servidor = conectar(url, clave)
    try:
        if not esquema.esta_instalado(servidor):
            raise ErrorEscritorio(traducir("La base del servidor {0} no es una base de Escritorio (no tiene su "
                                           "esquema): no hay nada que actualizar.").format(servidor.url))
        faltan = esquema.migraciones_que_faltan(servidor)
        if faltan is None:
            raise ErrorEscritorio(traducir("La base del servidor {0} es de una versión más nueva de Escritorio que "
                                           "este programa: actualícela con esa versión.").format(servidor.url))
        if not faltan:
            raise ErrorEscritorio(traducir("La base del servidor {0} ya está al día: no hay nada que "
                                           "actualizar.").format(servidor.url))
        salteada = esquema.migracion_salteada(servidor)
        if salteada is not None:  # pasar por un archivo de antes de ella perdería las columnas de las posteriores
            raise ErrorEscritorio(traducir(
                "La base del servidor {0} no tiene la migración {1} pero sí otras posteriores: no la dejó así ninguna "
                "versión de Escritorio, y ponerla al día perdería datos. No se tocó nada; restaure el último respaldo "
                "sano del servidor.").format(servidor.url, salteada))
        with tempfile.TemporaryDirectory(prefix="escritorio-actualizar-") as carpeta:
            ruta = Path(carpeta) / "base.db"
            vieja = traslado.archivo_en_la_version(ruta, faltan[0])
            try:
                traslado.copiar_a_archivo(servidor, vieja)
            finally:
                vieja.close()
            return subir_base(ruta, url_nueva, clave=clave)
    finally:
        servidor.close()


def crear_usuario(url: str, nombre: str, clave_nueva: str, papel: str, *, clave: str | None = None) -> None:
    """Un login nuevo del servidor con su papel (secretaria, tesoreria o consulta). Lo hace quien administra."""
    if papel not in papeles.PAPELES:
        raise ErrorEscritorio(traducir("El papel «{0}» no existe: use secretaria, tesoreria o consulta.").format(papel))
    if not nombre.strip() or len(clave_nueva) < 8:
        raise ErrorEscritorio(traducir("Indique un nombre de usuario y una clave de 8 caracteres o más."))
    db = conectar(url, clave)
    try:
        import psycopg

        try:
            papeles.crear_login(db.conn, nombre.strip(), clave_nueva, papel)
        except psycopg.errors.DuplicateObject:
            raise ErrorEscritorio(traducir("Ya existe el usuario «{0}» en el servidor.").format(nombre)) from None
        except psycopg.errors.InsufficientPrivilege:
            raise ErrorEscritorio(traducir("Su usuario no puede crear otros en el servidor: lo hace quien lo "
                                           "administra.")) from None
    finally:
        db.close()


def quien_trabaja(db) -> str:
    """Con qué usuario del servidor y qué papel se trabaja: «ana, papel tesorería (cuotas y pagos)»."""
    return traducir("{0}, papel {1}").format(db.usuario(), papeles.descripcion_del_papel(db.estado.papel))
