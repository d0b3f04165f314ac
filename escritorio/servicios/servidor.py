"""El modo servidor (una base compartida en PostgreSQL): instalar una base nueva, subir una local, copiarla a un
archivo y crear los logins de quienes trabajan en ella. Los usan la línea de órdenes («escritorio servidor …»)
y la ventana."""

import os
import tempfile
from pathlib import Path

from ..datos.postgres import armar_direccion, conexion, esquema, papeles, traslado
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


# --- La sesión que viaja ------------------------------------------------------------------------------------------

SUFIJO_VIAJE = ".viaje"


def _archivo_de_viaje(copia: Path) -> Path:
    return copia.with_name(copia.name + SUFIJO_VIAJE)


def llevar_sesion(url: str, sesion_id: int, destino: Path | str, *, clave: str | None = None) -> Path:
    """Marca la sesión como llevada en el servidor (nadie más la modifica) y hace la copia local para trabajarla sin
    conexión (`destino`, un archivo nuevo). Junto a la copia queda `<destino>.viaje`, que dice qué sesión es y de qué
    servidor. Si la copia falla, la marca se quita: la sesión no queda llevada sin copia."""
    import json
    from datetime import datetime

    from ..datos import bitacora
    from ..datos.postgres import viaje

    destino = Path(destino).expanduser()
    if destino.exists() or _archivo_de_viaje(destino).exists():
        raise ErrorEscritorio(traducir("Ya existe {0}: no se reemplaza. Elija otro nombre para la copia de "
                                       "viaje.").format(destino))
    servidor = conectar(url, clave)
    try:
        with servidor.conn.transaction():
            huella = viaje.marcar(servidor, sesion_id)
        try:
            copiar_base(url, destino, clave=clave)
            local = abrir_base(destino, crear=False)
            try:
                registro = bitacora.ultimo_registro_id(local)
            finally:
                cerrar_base(local)
            _archivo_de_viaje(destino).write_text(json.dumps({
                "sesion_id": sesion_id, "servidor": servidor.url, "huella": huella, "registro": registro,
                "llevada_por": servidor.usuario(), "llevada_en": datetime.now().isoformat(timespec="minutes")},
                ensure_ascii=False, indent=2), encoding="utf-8")
        except BaseException:
            with servidor.conn.transaction():
                viaje.desmarcar(servidor, sesion_id)
            destino.unlink(missing_ok=True)
            raise
        return destino
    finally:
        servidor.close()


def devolver_sesion(url: str, copia: Path | str, *, clave: str | None = None) -> dict[str, int]:
    """Devuelve al servidor la sesión llevada en `copia`, en una transacción (datos/postgres/viaje.py), y quita la
    marca. La copia y su `.viaje` quedan (el `.viaje` pasa a `.viaje.devuelta`): nada se borra."""
    import json

    from ..datos.postgres import viaje

    copia = Path(copia).expanduser()
    archivo = _archivo_de_viaje(copia)
    if not archivo.is_file():
        raise ErrorEscritorio(traducir(
            "{0} no es la copia de una sesión llevada (falta {1}): no hay nada que devolver. Una sesión se lleva con "
            "«escritorio servidor llevar».").format(copia, archivo.name))
    datos = json.loads(archivo.read_text(encoding="utf-8"))
    sesion_id = int(datos["sesion_id"])
    local = abrir_base(copia, crear=False)
    try:
        ajenos = viaje.cambios_ajenos(local, sesion_id, int(datos["registro"]))
        if ajenos:
            raise ErrorEscritorio(traducir(
                "La copia tiene cambios fuera de la sesión {0} ({1}): solo se devuelve la sesión llevada. No se "
                "devolvió nada; haga esos cambios en el servidor.").format(sesion_id, ", ".join(ajenos[:8])))
        servidor = conectar(url, clave)
        try:
            with servidor.conn.transaction():
                marca = viaje.marca(servidor, sesion_id)
                if marca is None:
                    raise ErrorEscritorio(traducir(
                        "La sesión {0} no está llevada en el servidor: no se puede devolver (solo vuelve una sesión "
                        "llevada con «escritorio servidor llevar»). No se cambió nada.").format(sesion_id))
                if marca[0] != servidor.usuario():
                    raise ErrorEscritorio(traducir("La sesión {0} la llevó {1}: la devuelve esa persona, con su "
                                                   "usuario. No se cambió nada.").format(sesion_id, marca[0]))
                if viaje.huella(servidor, sesion_id) != marca[2]:
                    raise ErrorEscritorio(traducir(
                        "La sesión {0} cambió en el servidor mientras estaba de viaje (alguien la modificó saltando "
                        "la marca): no se devuelve encima. No se cambió nada; revise la bitácora del servidor.").format(
                        sesion_id))
                viaje.comenzar_devolucion(servidor, sesion_id)
                cuenta = viaje.aplicar(local, servidor, sesion_id)
                viaje.desmarcar(servidor, sesion_id)
        finally:
            servidor.close()
    finally:
        cerrar_base(local)
    archivo.rename(archivo.with_name(archivo.name + ".devuelta"))
    return cuenta


def quien_trabaja(db) -> str:
    """Con qué usuario del servidor y qué papel se trabaja: «ana, papel tesorería (cuotas y pagos)»."""
    return traducir("{0}, papel {1}").format(db.usuario(), papeles.descripcion_del_papel(getattr(db, "papel", None)))
