"""La sesión que viaja: llevarla del servidor a una copia local y devolverla al volver.

La copia es un archivo de Escritorio como cualquier otro; a su lado, su constancia (`<copia>.viaje`, en
servicios/constancia_de_viaje.py) dice qué sesión viaja. Al devolverla, el servidor recibe en una sola transacción las
filas de la sesión (datos/postgres/viaje.py) y los documentos emitidos en la copia."""

import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from ..datos import bitacora
from ..datos import documentos as tabla_documentos
from ..datos.conexion import transaccion
from ..datos.postgres import viaje
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from ..rutas import expandir
from .actas import alteraciones_de_actas, huella_del_registro
from .base import abrir_base, cerrar_base
from .constancia_de_viaje import ConstanciaDeViaje, archivo_de_viaje, leer_constancia
from .documentos import huella_vigente
from .servidor import conectar, copiar_base

if TYPE_CHECKING:
    from .sesiones import SesionListada

class ViajeDeSesion(TypedDict):
    """Un viaje de una sesión, como lo guarda el servidor (una fila de `sesiones_de_viaje`; horas en UTC)."""
    id: int
    sesion_id: int
    llevada_por: str
    llevada_en: str
    huella: str
    devuelta_en: str | None
    cancelada_en: str | None
    cancelada_por: str | None
    motivo_cancelacion: str | None


# Los documentos que nombran una fila de la sesión, que el servidor numera de nuevo al recibirla.
_TABLA_DEL_DOCUMENTO = {"acta": "actas", "resolucion": "resoluciones"}


def llevar_sesion(url: str, sesion_id: int, destino: Path | str, *, clave: str | None = None) -> Path:
    """Marca la sesión como llevada en el servidor (nadie más la modifica) y hace la copia local para trabajarla sin
    conexión (`destino`, un archivo nuevo). Junto a la copia queda `<destino>.viaje`, que dice qué sesión es y de qué
    servidor. Si la copia falla, la marca se quita: la sesión no queda llevada sin copia."""
    destino = expandir(destino)
    if destino.exists() or archivo_de_viaje(destino).exists():
        raise ErrorEscritorio(traducir("Ya existe {0}: no se reemplaza. Elija otro nombre para la copia de "
                                       "viaje.").format(destino))
    servidor = conectar(url, clave)
    try:
        with transaccion(servidor):
            huella = viaje.marcar(servidor, sesion_id)
        try:
            copiar_base(url, destino, clave=clave)
            local = abrir_base(destino, crear=False)
            try:
                registro = bitacora.ultimo_registro_id(local)
            finally:
                cerrar_base(local)
            constancia = ConstanciaDeViaje(
                sesion_id=sesion_id, servidor=servidor.url, huella=huella, registro=registro,
                llevada_por=servidor.usuario(), llevada_en=datetime.now().isoformat(timespec="minutes"))
            archivo_de_viaje(destino).write_text(json.dumps(constancia, ensure_ascii=False, indent=2),
                                                 encoding="utf-8")
        except BaseException:
            with transaccion(servidor):  # queda en la bitácora: llevada y cancelada porque no se pudo copiar
                viaje.cancelar(servidor, sesion_id, traducir("No se pudo hacer la copia de viaje."))
            destino.unlink(missing_ok=True)
            raise
        return destino
    finally:
        servidor.close()


def sesiones_para_llevar(contexto) -> "list[SesionListada]":
    """Las sesiones de la asociación que se pueden llevar de viaje (las de acta sin aprobar), como las lista
    Sesiones."""
    from .sesiones import listar_sesiones

    return [s for s in listar_sesiones(contexto) if s["estado_acta"] not in viaje.ACTAS_QUE_NO_VIAJAN]


def _exigir_el_papel_de_secretaria(servidor) -> None:
    """Devolver una sesión es de secretaría (la función del servidor lo exige): otro papel recibe el mensaje de
    siempre del permiso que falta, antes de mirar quién la llevó (issue 77, lo encontró la matriz de papeles)."""
    from ..datos.postgres import papeles
    from ..datos.postgres.transaccion import sin_permiso

    if papeles.papel_de(servidor.conn) != "secretaria":
        raise sin_permiso(servidor)


def devolver_sesion(url: str, copia: Path | str, *, clave: str | None = None) -> dict[str, int]:
    """Devuelve al servidor la sesión llevada en `copia` y los documentos emitidos en ella, en una transacción, y
    da el viaje por devuelto. Devuelve cuántas filas agregó, cambió y borró, y cuántos documentos. La copia y su `.viaje`
    quedan (el `.viaje` pasa a `.viaje.devuelta`): nada se borra."""
    copia = expandir(copia)
    if not copia.is_file():
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No existe el archivo {0}: elija la copia que hizo «Llevar una sesión de viaje…» (por "
                             "ejemplo, cumbre.db)."),
            linea=traducir("No existe el archivo {0}: indique la copia que hizo «escritorio servidor llevar» (por "
                           "ejemplo, cumbre.db).")).format(copia))
    archivo = archivo_de_viaje(copia)
    constancia = leer_constancia(copia)
    if constancia is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("{0} no es la copia de una sesión llevada (falta {1}): no hay nada que devolver. Una "
                             "sesión se lleva con el menú Archivo, «Llevar una sesión de viaje…»."),
            linea=traducir("{0} no es la copia de una sesión llevada (falta {1}): no hay nada que devolver. Una sesión "
                           "se lleva con «escritorio servidor llevar».")).format(copia, archivo.name))
    sesion_id, registro = int(constancia["sesion_id"]), int(constancia["registro"])
    local = abrir_base(copia, crear=False)
    try:
        servidor = conectar(url, clave)
        try:
            _exigir_viaje_no_cancelado(servidor, sesion_id)  # lo primero que hay que saber de una copia trabada
            _exigir_el_papel_de_secretaria(servidor)
            _exigir_solo_la_sesion(local, sesion_id, registro)
            with transaccion(servidor):
                _exigir_llevada_por_quien_devuelve(servidor, sesion_id)
                viaje.comenzar_devolucion(servidor, sesion_id)
                cuenta, nuevos = viaje.aplicar(local, servidor, sesion_id, huella_del_registro)
                cuenta["documentos"] = _devolver_documentos(local, servidor, registro, nuevos)
                viaje.desmarcar(servidor, sesion_id)
        finally:
            servidor.close()
    finally:
        cerrar_base(local)
    archivo.rename(archivo.with_name(archivo.name + ".devuelta"))
    return cuenta


def _exigir_solo_la_sesion(local, sesion_id: int, registro: int) -> None:
    """La copia vuelve si lo que tiene desde que se llevó es de la sesión (y sus documentos), anotado y sellado por
    Escritorio."""
    problemas = bitacora.verificar(local)
    if problemas:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("La bitácora de la copia no verifica ({0}): se cambió por fuera de Escritorio y no se "
                             "devuelve. No se devolvió nada; abra la copia (menú Archivo, «Abrir…») y revísela en el "
                             "menú Archivo, «Verificar la base…»."),
            linea=traducir("La bitácora de la copia no verifica ({0}): se cambió por fuera de Escritorio y no se "
                           "devuelve. No se devolvió nada; corra «escritorio verificar» sobre la copia.")
        ).format(problemas[0]))
    ajenos = viaje.cambios_ajenos(local, sesion_id, registro)
    if ajenos:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("La copia tiene cambios fuera de la sesión {0} ({1}): solo se devuelve la sesión llevada. "
                             "No se devolvió nada; haga esos cambios en el servidor, o, si la copia no va a volver, "
                             "cancele el viaje con el menú Archivo, «Cancelar el viaje de una sesión…»."),
            linea=traducir("La copia tiene cambios fuera de la sesión {0} ({1}): solo se devuelve la sesión llevada. "
                           "No se devolvió nada; haga esos cambios en el servidor, o, si la copia no va a volver, "
                           "cancele el viaje con «escritorio servidor cancelar-viaje».")
        ).format(sesion_id, ", ".join(ajenos[:8])))
    if alteraciones_de_actas(local, sesion_id):
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("En la copia, el acta aprobada de la sesión {0} no coincide con su registro (se cambió "
                             "por fuera de Escritorio): no se devuelve. Abra la copia (menú Archivo, «Abrir…») y "
                             "revísela en el menú Archivo, «Verificar la base…»."),
            linea=traducir("En la copia, el acta aprobada de la sesión {0} no coincide con su registro (se cambió por "
                           "fuera de Escritorio): no se devuelve. Corra «escritorio verificar» sobre la copia.")
        ).format(sesion_id))


def _exigir_viaje_no_cancelado(servidor, sesion_id: int) -> None:
    if viaje.marca(servidor, sesion_id) is not None:
        return
    ultimo = viaje.ultimo_viaje(servidor, sesion_id)
    if ultimo is not None and ultimo["cancelada_en"]:
        raise ErrorEscritorio(traducir(
            "El viaje de la sesión {0} se canceló el {1} (lo canceló {2}: «{3}»): lo registrado en esta copia ya no "
            "vuelve. Haga esos cambios sobre el servidor. No se cambió nada.").format(
            sesion_id, ultimo["cancelada_en"], ultimo["cancelada_por"], ultimo["motivo_cancelacion"]))


def _exigir_llevada_por_quien_devuelve(servidor, sesion_id: int) -> None:
    _exigir_viaje_no_cancelado(servidor, sesion_id)
    marca = viaje.marca(servidor, sesion_id)
    if marca is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("La sesión {0} no está llevada en el servidor: no se puede devolver (solo vuelve una "
                             "sesión llevada con el menú Archivo, «Llevar una sesión de viaje…»). No se cambió nada."),
            linea=traducir("La sesión {0} no está llevada en el servidor: no se puede devolver (solo vuelve una "
                           "sesión llevada con «escritorio servidor llevar»). No se cambió nada.")).format(sesion_id))
    if marca[0] != servidor.usuario():
        raise ErrorEscritorio(traducir("La sesión {0} la llevó {1}: la devuelve esa persona, con su usuario. No se "
                                       "cambió nada.").format(sesion_id, marca[0]))
    if viaje.huella(servidor, sesion_id) != marca[2]:
        raise ErrorEscritorio(traducir(
            "La sesión {0} cambió en el servidor mientras estaba de viaje (alguien la modificó saltando la marca): no "
            "se devuelve encima. No se cambió nada; revise la bitácora del servidor.").format(sesion_id))


def _devolver_documentos(local, servidor, registro: int, nuevos: dict[str, dict[int, int]]) -> int:
    """Cada archivo emitido en la copia (un PDF con su código) queda registrado en el servidor: su código y su SHA-256
    verifican igual allá. Devuelve cuántos documentos nuevos registró."""
    en_el_servidor: dict[int, int] = {}  # documento en la copia → documento en el servidor
    agregados = 0
    for archivo in tabla_documentos.archivos_emitidos_desde(local, registro):
        if archivo["documento_id"] not in en_el_servidor:
            documento_id, nuevo = _documento_en_el_servidor(local, servidor, archivo, nuevos)
            en_el_servidor[archivo["documento_id"]] = documento_id
            agregados += nuevo
        documento_id = en_el_servidor[archivo["documento_id"]]
        ocupadas = {a["copia"] for a in tabla_documentos.archivos_de(servidor, documento_id)}
        copia = archivo["copia"] if archivo["copia"] not in ocupadas else \
            tabla_documentos.proxima_copia(servidor, documento_id)
        tabla_documentos.agregar_archivo(servidor, documento_id, archivo["sha256"], copia, archivo["texto"],
                                         archivo["generado_en"])
    return agregados


def _documento_en_el_servidor(local, servidor, archivo: dict, nuevos) -> tuple[int, bool]:
    """(id del documento en el servidor, si se agregó). El código impreso es el del papel y no cambia. Si el documento
    nombra una fila que el servidor numeró de nuevo (el acta, una resolución), se guarda con el número nuevo y, si
    mostraba el registro tal como volvió, con la huella que ese registro da en el servidor (la huella incluye sus
    números)."""
    previo = tabla_documentos.documento_por_codigo(servidor, archivo["d_codigo"])
    if previo is not None:
        return previo["id"], False
    tipo, referencia, huella = archivo["d_tipo"], archivo["d_referencia"], archivo["d_huella"]
    resumen = json.loads(archivo["d_resumen"])
    if tipo in _TABLA_DEL_DOCUMENTO:
        en_servidor = nuevos[_TABLA_DEL_DOCUMENTO[tipo]].get(referencia, referencia)
        if huella == huella_vigente(local, tipo, referencia):
            huella = huella_vigente(servidor, tipo, en_servidor) or huella
        referencia = en_servidor
        if "acta_id" in resumen:
            resumen["acta_id"] = nuevos["actas"].get(resumen["acta_id"], resumen["acta_id"])
        if "erratas" in resumen:
            resumen["erratas"] = [nuevos["fe_de_erratas"].get(e, e) for e in resumen["erratas"]]
    if tabla_documentos.documento_del_registro(servidor, tipo, referencia, huella) is not None:
        raise ErrorEscritorio(traducir(
            "El documento {0} de la copia ya figura en el servidor con otro código: no se devolvió nada. Avise a "
            "soporte con la copia y este mensaje.").format(archivo["d_codigo"]))
    return tabla_documentos.agregar_documento(
        servidor, asociacion_id=archivo["d_asociacion_id"], codigo=archivo["d_codigo"], tipo=tipo,
        referencia=referencia, huella=huella, resumen=json.dumps(resumen, ensure_ascii=False),
        emitido_en=archivo["d_emitido_en"]), True


def sesiones_de_viaje(servidor) -> list[ViajeDeSesion]:
    """Los viajes en curso en la base del servidor abierta, para elegir cuál cancelar."""
    return viaje.viajes_en_curso(servidor)


def cancelar_viaje(url: str, sesion_id: int, motivo: str, *, clave: str | None = None,
                   copia: Path | str | None = None) -> ViajeDeSesion:
    """Cancela el viaje en curso de una sesión: el servidor la vuelve a admitir cambios y lo hecho en la copia ya no
    vuelve (la copia queda como estaba; si se da `copia`, su constancia pasa a `.viaje.cancelada`). Lo hace alguien de
    secretaría —quien la llevó u otra persona, si la copia se perdió o quedó trabada— con un motivo, que queda en la
    bitácora del servidor con su login. Devuelve el viaje como quedó."""
    from ..dominio import entrada

    if not motivo or not str(motivo).strip():
        raise ErrorEscritorio(traducir("Indique el motivo para cancelar el viaje (por ejemplo: «La laptop con la copia "
                                       "se perdió»). No se cambió nada."))
    try:
        motivo = entrada.texto(motivo, maximo=entrada.LARGO_CORTO)
    except ValueError as error:
        raise ErrorEscritorio(traducir("Motivo de la cancelación: {0}. No se cambió nada.").format(error)) from None
    servidor = conectar(url, clave)
    try:
        with transaccion(servidor):
            if viaje.marca(servidor, sesion_id) is None:
                raise ErrorEscritorio(traducir("La sesión {0} no está de viaje en el servidor: no hay viaje que "
                                               "cancelar. No se cambió nada.").format(sesion_id))
            viaje.cancelar(servidor, sesion_id, motivo)
        cancelado = viaje.ultimo_viaje(servidor, sesion_id)
    finally:
        servidor.close()
    if copia is not None:
        archivo = archivo_de_viaje(expandir(copia))
        if archivo.is_file():
            archivo.rename(archivo.with_name(archivo.name + ".cancelada"))
    return cancelado
