"""El sello de tiempo RFC 3161 de la cabeza de la bitácora: un ancla fuera del archivo, firmada por un tercero.

Qué prueba: que la cadena de la bitácora tenía ese sello con esa huella no más tarde de la hora que firma el
servidor de sello de tiempo (TSA). Quien rehace la cadena después (cambia un registro viejo y recalcula los sellos)
no puede fabricar otro sello de la TSA con una hora pasada: el sello guardado (o el .tsr exportado) deja de
coincidir con la cadena, y `verificar` lo dice.

- Apagado por omisión. Se configura por base (la cadena es de la base): `configurar_servidor`, con la dirección y,
  si se quiere, el certificado de la TSA o de su autoridad. Sin certificado, el de la TSA se fija al primer sello
  que se guarda («confianza al primer uso»): los siguientes tienen que venir firmados por ese mismo.
- `sellar_ahora` pide el sello de la cabeza actual (la conexión a la red va FUERA de la transacción: la base no
  queda tomada mientras responde el servidor) y lo guarda en una transacción, si la cadena sigue teniendo ese sello.
- `sellar_si_toca`: lo mismo, solo si hay servidor, la cabeza cambió desde el último sello de tiempo y pasó un día;
  con una espera corta, sin lanzar nunca: si no hay red devuelve la nota «se intentará con la próxima escritura».
  La llama la línea de órdenes después de una orden que escribió.
- `comprobar_guardados` (para `verificar`) y `comprobar_archivo` (para `verificar --ancla sello.tsr`).

Solo se conecta a la dirección configurada (o la que se da en la orden): el programa trabaja sin conexión.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..datos import sello_de_tiempo as datos
from ..datos.base_de_datos import BaseDeDatos
from ..datos.conexion import transaccion
from ..documentos import sello_de_tiempo as rfc3161
from ..dominio import formato
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio.sello_de_tiempo import ORIGENES_DEL_CERTIFICADO
from ..dominio.entrada import muestra
from ..errores import ErrorEscritorio
from .token_guardado import (firma_del_token, momento_legible,  # noqa: F401 - momento_legible: lo usan otros
                             nombre_del_sello, problema_del_token)
from .sello_que_toca import CADA_CUANTO, PedidoDeSello, pedido_que_toca  # noqa: F401 - aquí los buscan la ventana y las pruebas

ESPERA_AL_PEDIR_S = 20        # «bitacora sellar-tiempo»: quien lo pidió espera
ESPERA_AUTOMATICA_S = 3       # después de una escritura: nunca más que esto
LARGO_URL = 500


class SelloNoObtenido(ErrorEscritorio):
    """No hubo sello de tiempo (sin conexión, servidor caído o que rechazó): `motivo` dice por qué, en una frase."""

    def __init__(self, mensaje: str, motivo: str):
        super().__init__(mensaje)
        self.motivo = motivo


@dataclass(frozen=True)
class ServidorDeSello:
    url: str
    certificado_sha256: str | None   # en el que descansa la confianza; None hasta el primer sello
    origen_certificado: str | None   # «primer_uso» o «dado»
    tsa: str | None                  # el nombre del certificado fijado


@dataclass(frozen=True)
class SelloDeTiempo:
    id: int
    sello_id: int
    huella: str
    servidor: str
    momento: str        # ISO 8601 UTC, la hora que firmó la TSA
    tsa: str
    certificado_sha256: str
    token_sha256: str
    pedido_en: str





def _url(url: str) -> str:
    url = (url or "").strip()
    esquema, separador, resto = url.partition("://")
    url = esquema.lower() + separador + resto   # HTTP://… es la misma dirección; la base guarda el esquema en minúscula
    from urllib.parse import urlsplit

    try:
        sin_servidor = not urlsplit(url).hostname
    except ValueError:
        sin_servidor = True
    if sin_servidor or not url.startswith(("http://", "https://")) or len(url) > LARGO_URL or any(
            c.isspace() or not c.isprintable() for c in url):
        raise ErrorEscritorio(traducir(
            "«{0}» no es la dirección de un servidor de sello de tiempo: debe empezar con http:// o https://, seguir "
            "con el nombre del servidor y no llevar espacios (por ejemplo https://tsa.ejemplo.org/tsr). No se cambió "
            "nada.").format(muestra(url, 80)))
    return url


# --- el servidor de la base ---------------------------------------------------------------------------------------

def servidor(db: BaseDeDatos) -> ServidorDeSello | None:
    """El servidor de sello de tiempo de esta base, o None (apagado)."""
    fila = datos.servidor(db) if datos.disponible(db) else None
    if fila is None:
        return None
    return ServidorDeSello(fila["url"], fila["certificado_sha256"], fila["origen_certificado"],
                           rfc3161.nombre_del_certificado(bytes(fila["certificado"])) if fila["certificado"] else None)


def configurar_servidor(db: BaseDeDatos, url: str, certificado: bytes | None = None) -> ServidorDeSello:
    """Pone el servidor de sello de tiempo de la base. `certificado`: el contenido de un .pem/.crt/.cer de la TSA o de
    su autoridad, en que descansará la confianza; sin él, se fija el de la TSA al primer sello que se guarde.
    Cambiar de servidor (o de certificado) no toca los sellos ya guardados."""
    url = _url(url)
    der = rfc3161.certificado_de_archivo(certificado) if certificado is not None else None
    with transaccion(db):
        datos.fijar_servidor(db, url, der, hashlib.sha256(der).hexdigest() if der else None,
                             ORIGENES_DEL_CERTIFICADO[1] if der else None)
    return servidor(db)


def apagar_servidor(db: BaseDeDatos) -> bool:
    """Deja la base sin servidor de sello de tiempo (los sellos guardados quedan y se siguen comprobando)."""
    with transaccion(db):
        return datos.quitar_servidor(db)


def sellos_guardados(db: BaseDeDatos) -> list[SelloDeTiempo]:
    return [SelloDeTiempo(**fila) for fila in datos.sellos(db)] if datos.disponible(db) else []


# --- pedir y guardar ----------------------------------------------------------------------------------------------

def preparar_pedido(db: BaseDeDatos, url: str | None = None) -> PedidoDeSello:
    """La cabeza actual y la dirección (la configurada, o `url`). ErrorEscritorio si no hay servidor ni cabeza."""
    configurado = servidor(db)
    if url is None and configurado is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("Esta base no tiene servidor de sello de tiempo. Escriba la dirección RFC 3161 de su "
                             "autoridad de sello de tiempo en el menú Archivo, «Verificar la base…», «Sello de "
                             "tiempo:», y pulse «Guardar»."),
            linea="Esta base no tiene servidor de sello de tiempo. Configúrelo con «escritorio bitacora "
                  "sello-de-tiempo --servidor URL» (la dirección RFC 3161 de su autoridad de sello de tiempo), o dé "
                  "la dirección en esta orden con --servidor URL."))
    cabeza = datos.cabeza(db)
    if cabeza is None:
        raise ErrorEscritorio(traducir("La bitácora todavía no tiene sellos: no hay cabeza que sellar. Registre algo "
                                       "primero."))
    return PedidoDeSello(_url(url) if url is not None else configurado.url, cabeza[0], cabeza[1])


def pedir(pedido: PedidoDeSello, *, espera: float = ESPERA_AL_PEDIR_S) -> bytes:
    """El sello de tiempo (el .tsr) de la TSA, sin tocar la base (puede correr en otro hilo): SelloNoObtenido si no."""
    try:
        return rfc3161.pedir_sello(pedido.url, pedido.sello, pedido.huella, espera=espera)
    except rfc3161.SelloNoObtenido as error:
        raise SelloNoObtenido(traducir("No se obtuvo el sello de tiempo: {0}. No se guardó nada; revise la conexión "
                                       "y la dirección, y vuelva a intentarlo.").format(error.mensaje),
                              error.mensaje) from None


def guardar_sello(db: BaseDeDatos, pedido: PedidoDeSello, token: bytes) -> SelloDeTiempo:
    """Guarda el sello de tiempo obtenido para `pedido`, en una transacción: si la cadena sigue teniendo ese sello con
    esa huella y, con el servidor configurado, si lo firmó el certificado fijado (el primero se fija aquí)."""
    url, sello, huella = pedido.url, pedido.sello, pedido.huella
    leido = rfc3161.leer_sello(token)
    with transaccion(db):
        if datos.huella_del_sello(db, sello) != huella:
            raise ErrorEscritorio(traducir("Mientras respondía el servidor, el sello {0} de la bitácora cambió: no se "
                                           "guardó el sello de tiempo.").format(sello) + " " + segun_la_puerta(
                                      ventana=traducir("Revise la base en el menú Archivo, «Verificar la base…»."),
                                      linea="Revise la base con «escritorio verificar»."))
        actual = datos.servidor(db)
        if actual is not None and actual["url"] == url:
            if actual["certificado"] is None:
                datos.fijar_certificado(db, url, leido.certificado, leido.certificado_sha256)
            elif not rfc3161.firmado_por(token, bytes(actual["certificado"])):
                raise ErrorEscritorio(traducir(
                    "El servidor {0} firmó con otro certificado («{1}», SHA-256 {2}…) que el fijado en esta base "
                    "(SHA-256 {3}…). No se guardó el sello. Si su autoridad renovó el certificado, {4}; si no, no "
                    "confíe en ese servidor.").format(
                    url, leido.tsa, leido.certificado_sha256[:16], actual["certificado_sha256"][:16], segun_la_puerta(
                        ventana=traducir("vuelva a escribir la dirección en «Sello de tiempo:» (menú Archivo, "
                                         "«Verificar la base…») y pulse «Guardar»"),
                        linea="vuelva a configurar el servidor con «escritorio bitacora sello-de-tiempo --servidor "
                              "URL» (y --certificado con el de la autoridad, si lo tiene)")))
        nuevo = datos.guardar(db, {
            "sello_id": sello, "huella": huella, "servidor": url, "momento": leido.momento.isoformat(),
            "tsa": leido.tsa, "certificado_sha256": leido.certificado_sha256,
            "token_sha256": hashlib.sha256(token).hexdigest(), "token": token,
            "pedido_en": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")})
    return SelloDeTiempo(**{k: v for k, v in datos.sello(db, nuevo).items() if k != "token"})


def sellar_ahora(db: BaseDeDatos, *, url: str | None = None, espera: float = ESPERA_AL_PEDIR_S) -> SelloDeTiempo:
    """Pide a la TSA (la configurada, o `url`) el sello de tiempo de la cabeza actual de la bitácora y lo guarda.
    ErrorEscritorio con el motivo si no hay servidor, no hay cabeza, no hay conexión o el certificado no es el
    fijado; en ese caso no se guarda nada. La red va sin la base tomada: la transacción es solo la de guardar."""
    pedido = preparar_pedido(db, url)
    return guardar_sello(db, pedido, pedir(pedido, espera=espera))


def nota_del_sello(hecho: SelloDeTiempo) -> str:
    return traducir("Sello de tiempo: {0} certificó el sello {1} de la bitácora ({2}).").format(
        hecho.tsa, hecho.sello_id, momento_legible(hecho.momento))


def nota_sin_sello(error: Exception) -> str:
    """Qué decir cuando el pedido automático no se pudo (nunca hace fallar lo que se estaba haciendo)."""
    if isinstance(error, SelloNoObtenido):
        return traducir("Sello de tiempo: no se pudo obtener ahora: {0}. Lo que usted guardó está a salvo; se "
                        "intentará de nuevo con la próxima escritura.").format(error.motivo)
    if isinstance(error, ErrorEscritorio):
        return traducir("Sello de tiempo: no se guardó. {0} Lo que usted guardó está a salvo.").format(error.mensaje)
    from ..registro import registrar_inesperado

    ruta = registrar_inesperado("sello de tiempo automático")
    return traducir("Sello de tiempo: no se pudo obtener ahora (error inesperado, detalles en {0}). Lo que usted "
                    "guardó está a salvo; se intentará de nuevo con la próxima escritura.").format(ruta)


def sellar_si_toca(db: BaseDeDatos, *, ahora: datetime | None = None) -> str | None:
    """Después de una escritura: si toca (`pedido_que_toca`), pide el sello con una espera corta y lo guarda. Nunca
    lanza: devuelve qué decir (o None si no tocaba)."""
    try:
        pedido = pedido_que_toca(db, ahora=ahora)
        if pedido is None:
            return None
        return nota_del_sello(guardar_sello(db, pedido, pedir(pedido, espera=ESPERA_AUTOMATICA_S)))
    except Exception as error:  # noqa: BLE001 - nunca falla la escritura de quien trabaja por un ancla opcional
        return nota_sin_sello(error)


def exportar(db: BaseDeDatos, sello_de_tiempo_id: int | None, destino: Path) -> SelloDeTiempo:
    """Escribe el .tsr de un sello guardado (el último si no se dice cuál) en `destino` (ya comprobado por quien
    llama: `salida.comprobar_salida`). Es lo que se guarda fuera de la oficina y se comprueba con `verificar --ancla`
    u `openssl ts -verify`."""
    from ..documentos.pdf.base import escritura_atomica

    if sello_de_tiempo_id is None:
        ultimo = datos.ultimo(db) if datos.disponible(db) else None
        if ultimo is None:
            raise ErrorEscritorio(segun_la_puerta(
                ventana=traducir("Esta base no tiene sellos de tiempo guardados: pida uno con «Pedir sello ahora» "
                                 "(menú Archivo, «Verificar la base…»)."),
                linea="Esta base no tiene sellos de tiempo guardados: pida uno con «escritorio bitacora "
                      "sellar-tiempo»."))
        sello_de_tiempo_id = ultimo["id"]
    fila = datos.sello(db, sello_de_tiempo_id) if datos.disponible(db) else None
    if fila is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No hay un sello de tiempo {0} en esta base: el menú Archivo, «Verificar la base…», dice "
                             "cuántos hay guardados."),
            linea="No hay un sello de tiempo {0} en esta base: «escritorio bitacora sello-de-tiempo» lista los "
                  "guardados.").format(sello_de_tiempo_id))
    with escritura_atomica(destino) as temporal:
        Path(temporal).write_bytes(bytes(fila["token"]))
    return SelloDeTiempo(**{k: v for k, v in fila.items() if k != "token"})


# --- comprobar ----------------------------------------------------------------------------------------------------

@dataclass
class Comprobacion:
    """Lo que `verificar` agrega: problemas (hacen fallar), detalles y avisos."""
    problemas: list[str]
    detalles: list[str]
    avisos: list[str]








def _confianza(leido: rfc3161.SelloLeido, configurado: dict | None, de_confianza: bool) -> tuple[bool, str]:
    """(si el certificado que firmó es el fijado en la base, en qué descansa lo que se afirma)."""
    firmante = traducir("«{0}» (certificado SHA-256 {1})").format(leido.tsa, leido.certificado_sha256)
    if configurado is None or configurado["certificado"] is None:
        return False, traducir("firmado por {0}; esta base no tiene un certificado de la TSA fijado: compare esa "
                               "huella con la que publica su autoridad de sello de tiempo").format(firmante)
    if not de_confianza:
        return False, traducir("firmado por {0}, que no es el certificado fijado en esta base (SHA-256 {1}…)").format(
            firmante, configurado["certificado_sha256"][:16])
    if configurado["origen_certificado"] == "primer_uso":
        return True, traducir("firmado por {0}, el certificado fijado al primer sello que se guardó").format(firmante)
    return True, traducir("firmado por {0}, el certificado dado por quien configuró el servidor").format(firmante)





def comprobar_guardados(db: BaseDeDatos) -> Comprobacion:
    """Cada sello de tiempo guardado (`problema_del_token`) y, de los sanos, desde cuándo prueban lo que cubren
    (issue 77, §2): uno con una hora anterior al sello de la bitácora que certifica es imposible (un problema); los
    tramos de la bitácora que la base fecha mucho antes del primer sello de tiempo que los cubre no tienen prueba de
    su fecha (un aviso: quien rehízo la historia pudo pedirlo después); y hasta dónde llega la prueba."""
    from .prueba_de_fecha import ANTES_TOLERADO, momento_del_sello, momento_utc, sellos_sin_prueba, tramos_probados

    resultado = Comprobacion([], [], [])
    if not datos.disponible(db):
        return resultado
    configurado = datos.servidor(db)
    filas = datos.sellos(db, con_token=True)
    sanos, ids_sanos = 0, set()
    for fila in filas:
        problema, leido, de_confianza = problema_del_token(db, fila, configurado)
        if problema is not None:
            resultado.problemas.append(problema)
            continue
        nombre = nombre_del_sello(fila)
        escrito, probado = momento_del_sello(db, fila["sello_id"]), momento_utc(fila["momento"])
        if escrito is not None and probado is not None and probado < escrito - ANTES_TOLERADO:
            resultado.problemas.append(traducir(
                "Sello de tiempo: {0} tiene una hora anterior a la del sello {1} de la bitácora que certifica "
                "({2}): ningún sello de tiempo puede ser anterior a lo que certifica; uno de los dos no dice la "
                "verdad. Qué hacer: restaure el último respaldo que verifique sano.").format(
                nombre, fila["sello_id"], formato.fecha_y_hora(escrito.astimezone(), segundos=True)))
            continue
        confiable, en_que = _confianza(leido, configurado, de_confianza)
        if not confiable:
            resultado.avisos.append(traducir("Sello de tiempo: {0} certifica el sello {1}, pero está {2}.").format(
                nombre, fila["sello_id"], en_que))
        sanos += 1
        ids_sanos.add(fila["id"])
        ultimo_en_que = en_que
    sanas = [f for f in filas if f["id"] in ids_sanos]
    avisos, problemas = sellos_sin_prueba(db, sanas)
    resultado.avisos += avisos
    resultado.problemas += problemas
    if sanos and sanos == len(filas):
        ultimo = filas[-1]
        resultado.detalles.append(traducir(
            "Sellos de tiempo: {0}, todos siguen en la cadena; el último, del {1}, certifica el sello {2} ({3}).")
            .format(sanos, momento_legible(ultimo["momento"]), ultimo["sello_id"], ultimo_en_que))
        resultado.detalles += tramos_probados(db, filas)
    return resultado


def comprobar_archivo(db: BaseDeDatos, ruta: str | Path) -> Comprobacion:
    """`verificar --ancla sello.tsr`: un sello de tiempo guardado fuera de la base. Dice qué sello certifica (el que
    lleva en su nonce) y si la cadena de hoy lo sigue teniendo con la misma huella."""
    resultado = Comprobacion([], [], [])
    ruta = Path(ruta)
    try:
        token = ruta.read_bytes()
    except OSError:
        raise ErrorEscritorio(f"--ancla {muestra(str(ruta), 80)}: "
                              + traducir("no se puede leer ese archivo.")) from None
    try:
        leido = rfc3161.leer_sello(token)
    except rfc3161.SelloNoObtenido as error:
        raise ErrorEscritorio(f"--ancla {muestra(ruta.name, 80)}: {error.mensaje}.") from None
    nombre = traducir("el sello de tiempo {0} (del {1}, de {2})").format(
        ruta.name, momento_legible(leido.momento.isoformat()), leido.tsa)
    configurado = datos.servidor(db) if datos.disponible(db) else None
    intacta, de_confianza = firma_del_token(token, configurado)
    if not intacta:
        resultado.problemas.append(traducir("Ancla: la firma de {0} no cubre lo que dice (se cambió después de "
                                            "firmado): no prueba nada.").format(nombre))
        return resultado
    if leido.sello is None:
        candidatos = [s for s, h in datos.sellos_de_la_cadena(db) if rfc3161.imprenta(s, h) == leido.imprenta]
    else:
        huella = datos.huella_del_sello(db, leido.sello)
        candidatos = [leido.sello] if huella and rfc3161.imprenta(leido.sello, huella) == leido.imprenta else []
    if not candidatos:
        if leido.sello is None:
            que = traducir("no certifica ningún sello de esta cadena (es de otra base, o la cadena se rehízo)")
        elif datos.huella_del_sello(db, leido.sello) is None:
            que = traducir("certifica el sello {0} de la bitácora y la base ya no lo tiene: se borraron registros con "
                           "sus sellos, o la base es una copia más vieja").format(leido.sello)
        else:
            que = traducir("certifica el sello {0} con otra huella que la que tiene hoy la base ({1}…): la cadena se "
                           "rehízo después de esa hora").format(leido.sello, datos.huella_del_sello(db, leido.sello)[:16])
        resultado.problemas.append(traducir("Ancla: {0} {1}. Qué hacer: restaure el último respaldo que verifique "
                                            "sano.").format(nombre, que))
        return resultado
    confiable, en_que = _confianza(leido, configurado, de_confianza)
    linea = traducir("Ancla: {0} certifica el sello {1}, que sigue en la cadena, igual; {2}.").format(
        nombre, candidatos[0], en_que)
    (resultado.detalles if confiable else resultado.avisos).append(linea)
    return resultado
