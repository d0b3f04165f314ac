"""El modo servidor (una base compartida en PostgreSQL): instalar una base nueva, subir una local, copiarla a un
archivo y crear los logins de quienes trabajan en ella. Los usan la línea de órdenes («escritorio servidor …»)
y la ventana."""

import os
import tempfile
from pathlib import Path

from ..datos.postgres import conexion, esquema, papeles, traslado
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .base import abrir_base, cerrar_base


def conectar(url: str, clave: str | None = None):
    return conexion.conectar(url, clave=clave)


def _recalcular_actas(db):
    from .actas import alteraciones_de_actas

    return alteraciones_de_actas(db)


def instalar_base(url: str, *, clave: str | None = None) -> None:
    """Prepara una base vacía del servidor para Escritorio: el esquema, las reglas y los papeles."""
    db = conectar(url, clave)
    try:
        if esquema.tablas_existentes(db):
            raise ErrorEscritorio(traducir(
                "La base del servidor {0} no está vacía: no se instala nada encima. Use una base nueva.").format(db.url))
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
            return traslado.subir(local, servidor, actas_recalculadas=_recalcular_actas)
        finally:
            servidor.close()
    finally:
        cerrar_base(local)


def copiar_base(url: str, destino: Path | str, *, clave: str | None = None) -> traslado.Prueba:
    """Una copia local (un archivo de Escritorio nuevo) de la base del servidor, comprobada. Nunca reemplaza un
    archivo: si `destino` existe, no se hace nada."""
    destino = Path(destino).expanduser()
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
