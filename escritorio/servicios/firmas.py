"""Firma digital de actas aprobadas y resoluciones con un certificado .p12/.pfx (PAdES), y verificación de
las firmas de cualquier PDF. La ventana y la línea de órdenes llaman a estas funciones.

- Firmar: la primera firma genera el PDF con el mismo generador que «sesiones acta» (o el de la resolución) y lo
  firma; cada firma siguiente (la presidencia después de la secretaría) se agrega sobre el último PDF firmado,
  como actualización incremental, y queda como fila nueva de `firmas_digitales` (solo altas). La primera firma
  digital de un acta aprobada la marca «firmada» (como adjuntar el PDF escaneado con firmas, que sigue
  pudiéndose adjuntar aparte: son dos constancias distintas).
- Verificar: sin conexión; ver `documentos.verificacion_de_firmas.verificar_pdf`.
"""

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import firmas as tabla_firmas
from ..datos.conexion import transaccion
from ..documentos.cadena_de_certificados import DatosDeValidacion, leer_archivos
from ..documentos.firma_digital import Certificado, ContrasenaIncorrecta, cargar_certificado, firmar_pdf
from ..documentos.verificacion_de_firmas import (AGREGADOS, INTEGRA, MODIFICADA, FirmaVerificada, Verificacion,
                                                 cargar_raices, verificar_pdf)
from ..documentos.firma_largo_plazo import (CON_DATOS_DE_VALIDACION, NIVEL_B, NIVELES, Requisitos, nivel_pedido,
                                             requisitos)
from ..dominio.sesiones import cita_resolucion, de_organo
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from ..salida import comprobar_salida, escribir_sin_pisar
from .contexto import Contexto
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos


class FirmaListada(TypedDict):
    """Una firma guardada (sin el PDF), con el documento firmado y su número de firma dentro de él (1, 2…)."""

    id: int
    asociacion_id: int
    tipo: str
    referencia: int
    firmante: str
    certificado_sha256: str
    firmado_en: str
    sha256: str
    bytes: int
    numero_de_firma: int
    documento: str

TIPOS = {"acta": "acta", "resolucion": "resolución"}


@dataclass
class FirmaGuardada:
    id: int
    tipo: str
    referencia: int
    documento: str       # «Acta N.º 61 del Consejo», «Resolución 3/2026 del Consejo»
    firmante: str
    firmado_en: str
    sha256: str
    numero_de_firma: int  # 1 la primera, 2 la que se agregó encima…
    nivel: str = "B-B"    # el nivel PAdES alcanzado (B-B, B-T, B-LT, B-LTA)
    largo_plazo: bool = False  # lleva los datos para validarla sin conexión (cadena y revocación)
    linea: str | None = None   # la línea de firma donde se ve («Presidenta: Carolina Cosse»); None: invisible


@dataclass(frozen=True)
class PedidoDeNivel:
    """El nivel de firma pedido, ya comprobado, con los archivos de la cadena y de revocación ya leídos."""

    nivel: str
    sello_tiempo: str | None
    datos: DatosDeValidacion


__all__ = ["Certificado", "ContrasenaIncorrecta", "FirmaGuardada", "NIVELES", "PedidoDeNivel", "Requisitos",
           "abrir_certificado", "cargar_certificado", "pedir_nivel", "requisitos_del_nivel", "texto_del_nivel",
           "firmar_con_certificado", "motivo_para_no_firmar", "rotulo_integridad", "rotulo_confianza", "conclusion",
           "firmar_acta_digitalmente",
           "firmar_resolucion_digitalmente", "listar_firmas", "pdf_firmado", "exportar_firma", "verificar_archivo",
           "verificar_firma_guardada", "firmas_del_acta", "firmas_de_la_resolucion"]


def _nombre_acta(acta: dict) -> str:
    """«Acta de la sesión N.º 61 del Consejo (…)», «… de la Asamblea General (…)»: el artículo, el del órgano."""
    return traducir("Acta de la sesión N.º {0} {1} ({2})").format(acta["numero"], de_organo(acta["organo"]),
                                                                 acta["fecha"])


def _motivo_acta(acta: dict) -> str:
    """El motivo que queda en la firma del PDF si no se da otro: «Firma del acta de la sesión N.º 61 del Consejo»,
    «… de la Asamblea General» (en el idioma de los documentos)."""
    return traducir("Firma del acta de la sesión N.º {0} {1}").format(acta["numero"], de_organo(acta["organo"]))


def _acta_aprobada(db: BaseDeDatos, asociacion_id: int, sesion_id: int) -> dict:
    acta = tabla_firmas.acta_de_la_sesion(db, asociacion_id, sesion_id)
    if acta is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No existe la sesión {0} en esta asociación: elíjala en la lista del área Sesiones. No "
                             "se firmó nada."),
            linea=traducir("No existe la sesión {0} en esta asociación («escritorio sesiones listar» da los "
                           "números). No se firmó nada.")).format(sesion_id))
    if acta["id"] is None or acta["estado"] == "borrador":
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("El acta de la sesión {0} ({1}, {2}) está en borrador: solo se firma digitalmente un acta "
                             "aprobada. Apruébela primero (pestaña Acta, «Aprobar…»). No se firmó nada."),
            linea=traducir("El acta de la sesión {0} ({1}, {2}) está en borrador: solo se firma digitalmente un acta "
                           "aprobada. Apruébela primero con «escritorio sesiones aprobar-acta {0} --resolucion N». No "
                           "se firmó nada.")).format(sesion_id, acta["organo"], acta["fecha"]))
    return acta


def _pdf_del_acta(db: BaseDeDatos, asociacion_id: int, sesion_id: int) -> bytes:
    """El acta en PDF, del mismo generador que «sesiones acta»."""
    from .informes_sesiones import imprimir_acta

    with tempfile.TemporaryDirectory(prefix="escritorio-firma-") as carpeta:
        ruta = Path(carpeta) / "acta.pdf"
        imprimir_acta(Contexto(db, asociacion_id), sesion_id, ruta)
        return ruta.read_bytes()


def _pdf_de_la_resolucion(db: BaseDeDatos, asociacion_id: int, resolucion_id: int) -> bytes:
    """La resolución en PDF, del mismo generador que «resoluciones pdf»."""
    from .documentos import imprimir_resolucion

    with tempfile.TemporaryDirectory(prefix="escritorio-firma-") as carpeta:
        ruta = Path(carpeta) / "resolucion.pdf"
        imprimir_resolucion(Contexto(db, asociacion_id), resolucion_id, ruta)
        return ruta.read_bytes()


def requisitos_del_nivel(nivel: str) -> Requisitos:
    """Lo que necesita un nivel de firma (servidor de sello, archivos de validación) y su explicación, para que la
    ventana muestre lo que hace falta (la regla está en `documentos.firma_largo_plazo`)."""
    return requisitos(nivel)


def pedir_nivel(nivel: str | None = None, sello_tiempo: str | None = None,
                archivos_de_validacion=()) -> PedidoDeNivel:
    """Comprueba el nivel pedido con lo que se dio (servidor de sello, archivos de la cadena y de revocación) y lee
    esos archivos: ErrorEscritorio en castellano con lo que falta. Se llama antes de pedir la contraseña."""
    sello_tiempo = (sello_tiempo or "").strip() or None
    if sello_tiempo is not None and not sello_tiempo.lower().startswith(("http://", "https://")):
        raise ErrorEscritorio(traducir("«{0}» no es la dirección de un servidor de sello de tiempo (debe empezar con "
                                       "http:// o https://). No se firmó nada.").format(sello_tiempo))
    nivel = nivel_pedido(nivel, sello_tiempo)
    datos = leer_archivos([a for a in archivos_de_validacion or () if str(a).strip()])
    if datos and nivel not in CON_DATOS_DE_VALIDACION:
        raise ErrorEscritorio(traducir(
            "Se dieron certificados de la cadena o CRL, pero el nivel {0} no los guarda: solo B-LT y B-LTA llevan los "
            "datos de validación. Pida uno de esos niveles o quite los archivos. No se firmó nada.").format(nivel))
    return PedidoDeNivel(nivel, sello_tiempo, datos)


def texto_del_nivel(firma: "FirmaGuardada") -> str:
    """«Nivel B-LT: validación a largo plazo posible.» (lo que dicen la ventana y la línea de órdenes al firmar)."""
    if firma.largo_plazo and firma.nivel == NIVEL_B:
        return traducir("Nivel B-B, con los datos de validación a largo plazo (cadena y revocación) guardados en el "
                        "PDF: se puede validar sin conexión, pero sin sello de tiempo no llega a B-LT (la hora es la de "
                        "esta computadora).")
    if firma.largo_plazo:
        return traducir("Nivel {0}: validación a largo plazo posible (la cadena y los datos de revocación van en el "
                        "PDF).").format(firma.nivel)
    return traducir("Nivel {0}.").format(firma.nivel)


def _firmar(db: BaseDeDatos, asociacion_id: int, tipo: str, referencia: int, documento: str, generar, certificado:
            Certificado, motivo: str | None, lugar: str | None, pedido: PedidoDeNivel,
            al_guardar=None) -> FirmaGuardada:
    """Firma la última versión firmada del documento (o, si no tiene, la genera) y la guarda, todo en una
    transacción: si otra firma se guardó entretanto, no se guarda nada y se pide repetir."""
    from ..documentos.firma_digital import cantidad_de_firmas

    with transaccion(db):
        anterior = tabla_firmas.ultima_firma(db, asociacion_id, tipo, referencia)
        base = anterior["pdf"] if anterior is not None else generar()
        hecho = firmar_pdf(base, certificado, motivo=motivo, lugar=lugar, sello_tiempo=pedido.sello_tiempo,
                           nivel=pedido.nivel, datos_de_validacion=pedido.datos)
        firmado, momento = hecho.pdf, hecho.momento
        if tabla_firmas.id_de_la_ultima_firma(db, asociacion_id, tipo, referencia) != (anterior["id"] if anterior else None):
            raise ErrorEscritorio(traducir("Mientras se firmaba, se guardó otra firma de {0}. No se guardó esta: vuelva "
                                           "a firmar (se agregará sobre la última).").format(documento))
        huella = hashlib.sha256(firmado).hexdigest()
        firma_id = tabla_firmas.insertar_firma(
            db, asociacion_id=asociacion_id, tipo=tipo, referencia=referencia, firmante=certificado.firmante,
            certificado_sha256=certificado.sha256, firmado_en=momento.isoformat(), sha256=huella, pdf=firmado)
        if al_guardar is not None:
            al_guardar()
    return FirmaGuardada(firma_id, tipo, referencia, documento, certificado.firmante, momento.isoformat(), huella,
                         cantidad_de_firmas(firmado), hecho.nivel, hecho.largo_plazo, hecho.linea)


@en_el_idioma_de_los_documentos
def firmar_acta_digitalmente(contexto: Contexto, sesion_id: int, certificado: Certificado, *,
                             motivo: str | None = None, lugar: str | None = None,
                             sello_tiempo: str | None = None, nivel: str | None = None,
                             archivos_de_validacion=()) -> FirmaGuardada:
    """Firma el acta aprobada de la sesión con el certificado ya abierto (`cargar_certificado`), en el nivel
    pedido (`pedir_nivel`). La primera firma digital deja el acta «firmada»."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    acta = _acta_aprobada(db, asociacion_id, sesion_id)
    pedido = pedir_nivel(nivel, sello_tiempo, archivos_de_validacion)
    documento = _nombre_acta(acta)
    return _firmar(db, asociacion_id, "acta", acta["id"], documento,
                   lambda: _pdf_del_acta(db, asociacion_id, sesion_id), certificado,
                   motivo or _motivo_acta(acta), lugar,
                   pedido, al_guardar=lambda: tabla_firmas.pasar_el_acta_a_firmada(db, acta["id"]))


def _resolucion(db: BaseDeDatos, asociacion_id: int, resolucion_id: int) -> dict:
    r = tabla_firmas.resolucion(db, asociacion_id, resolucion_id)
    if r is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No existe la resolución {0} en esta asociación: fírmela desde su sesión (área "
                             "Sesiones, pestaña Votaciones, «Firmar digitalmente…»). No se firmó nada."),
            linea=traducir("No existe la resolución {0} en esta asociación («escritorio resoluciones listar --json» "
                           "da los números). No se firmó nada.")).format(resolucion_id))
    r["cita"] = cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"])
    return r


@en_el_idioma_de_los_documentos
def firmar_resolucion_digitalmente(contexto: Contexto, resolucion_id: int, certificado: Certificado,
                                   *, motivo: str | None = None, lugar: str | None = None,
                                   sello_tiempo: str | None = None, nivel: str | None = None,
                                   archivos_de_validacion=()) -> FirmaGuardada:
    """Firma una resolución (adoptada: toda resolución registrada lo está) con el certificado ya abierto, en el
    nivel pedido (`pedir_nivel`)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    r = _resolucion(db, asociacion_id, resolucion_id)
    pedido = pedir_nivel(nivel, sello_tiempo, archivos_de_validacion)
    return _firmar(db, asociacion_id, "resolucion", resolucion_id, r["cita"],
                   lambda: _pdf_de_la_resolucion(db, asociacion_id, resolucion_id), certificado,
                   motivo or f"Firma de la {r['cita']}", lugar, pedido)


# --- consultar, exportar y verificar ----------------------------------------------------------------------

def _documento(db: BaseDeDatos, fila: dict) -> str:
    if fila["tipo"] == "acta":
        acta = tabla_firmas.acta_por_id(db, fila["referencia"])
        return _nombre_acta(acta) if acta else traducir("Acta {0}").format(fila["referencia"])
    r = tabla_firmas.resolucion(db, fila["asociacion_id"], fila["referencia"])
    return (cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"]) if r else
            traducir("Resolución {0}").format(fila["referencia"]))


def listar_firmas(contexto: Contexto, tipo: str | None = None, referencia: int | None = None) -> list[FirmaListada]:
    """Las firmas guardadas (sin el PDF), de la más vieja a la más nueva, con el nombre del documento y el número
    de firma dentro de él (1, 2…)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    filas = tabla_firmas.firmas(db, asociacion_id, tipo, referencia)
    cuenta: dict[tuple, int] = {}
    for f in filas:
        clave = (f["tipo"], f["referencia"])
        cuenta[clave] = cuenta.get(clave, 0) + 1
        f["numero_de_firma"] = cuenta[clave]
        f["documento"] = _documento(db, f)
    return filas


def firmas_del_acta(contexto: Contexto, sesion_id: int) -> list[FirmaListada]:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    acta = tabla_firmas.acta_de_la_sesion(db, asociacion_id, sesion_id)
    if acta is None or acta["id"] is None:
        return []
    return listar_firmas(contexto, "acta", acta["id"])


def firmas_de_la_resolucion(contexto: Contexto, resolucion_id: int) -> list[FirmaListada]:
    return listar_firmas(contexto, "resolucion", resolucion_id)


def pdf_firmado(contexto: Contexto, firma_id: int) -> bytes:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    fila = tabla_firmas.firma_por_id(db, asociacion_id, firma_id)
    if fila is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No hay ninguna firma digital con el número {0} en esta asociación: las firmas de un "
                             "acta o de una resolución se ven en su diálogo «Firmar digitalmente…»."),
            linea=traducir("No hay ninguna firma digital con el número {0} en esta asociación («escritorio firma "
                           "listar» da los números).")).format(firma_id))
    return fila["pdf"]


def exportar_firma(contexto: Contexto, firma_id: int, ruta: Path | str, *,
                   reemplazar: bool = False) -> Path:
    """Escribe el PDF firmado guardado en `ruta`; nunca pisa un archivo existente salvo `reemplazar`."""
    que, sin_hacer = traducir("el PDF firmado"), traducir("no se exportó nada")
    destino = comprobar_salida(ruta, ".pdf", que, reemplazar=reemplazar, sin_hacer=sin_hacer)
    escribir_sin_pisar(destino, pdf_firmado(contexto, firma_id), que, reemplazar=reemplazar, sin_hacer=sin_hacer)
    return destino


def _raices(confianza: Path | str | None) -> list | None:
    return cargar_raices(confianza) if confianza else None


def verificar_archivo(ruta: Path | str, confianza: Path | str | None = None) -> Verificacion:
    """Las firmas de un PDF cualquiera, sin conexión. `confianza`: archivo o carpeta de certificados raíz."""
    ruta = Path(ruta)
    try:
        datos = ruta.read_bytes()
    except FileNotFoundError:
        raise ErrorEscritorio(traducir("No existe el archivo {0}. Revise la ruta.").format(ruta)) from None
    except IsADirectoryError:
        raise ErrorEscritorio(traducir("{0} es una carpeta: indique un archivo PDF.").format(ruta)) from None
    except OSError as error:
        from ..salida import motivo_del_sistema

        raise ErrorEscritorio(traducir("No se puede leer {0}: {1}.").format(ruta, motivo_del_sistema(error))) from None
    return verificar_pdf(datos, str(ruta), _raices(confianza))


def verificar_firma_guardada(contexto: Contexto, firma_id: int,
                             confianza: Path | str | None = None) -> Verificacion:
    """Las firmas del PDF guardado con ese número (el más reciente de un documento lleva todas sus firmas)."""
    datos = pdf_firmado(contexto, firma_id)
    return verificar_pdf(datos, traducir("firma guardada n.º {0}").format(firma_id), _raices(confianza))


def documento_a_firmar(contexto: Contexto, tipo: str, referencia: int) -> str:
    """El nombre del documento si se puede firmar (acta aprobada de la sesión `referencia`, o resolución
    `referencia`); si no, ErrorEscritorio. Para comprobarlo antes de pedir la contraseña."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    if tipo == "acta":
        return _nombre_acta(_acta_aprobada(db, asociacion_id, referencia))
    return _resolucion(db, asociacion_id, referencia)["cita"]


# --- lo que la ventana pregunta antes de mostrar (las mismas reglas que la línea de órdenes) -------------------

def abrir_certificado(ruta: Path | str | None, contrasena: str) -> Certificado:
    """`cargar_certificado` con la ruta tal como la escribió la persona: vacía, lo dice (no «. es una carpeta»).
    Con la contraseña equivocada lanza ContrasenaIncorrecta (un ErrorEscritorio)."""
    if ruta is None or not str(ruta).strip():
        raise ErrorEscritorio(traducir("Elija el archivo del certificado (.p12 o .pfx) de quien firma. No se firmó nada."))
    return cargar_certificado(str(ruta).strip(), contrasena)


def firmar_con_certificado(contexto: Contexto, tipo: str, referencia: int, ruta: Path | str | None,
                           contrasena: str, *, motivo: str | None = None, lugar: str | None = None,
                           sello_tiempo: str | None = None, nivel: str | None = None,
                           archivos_de_validacion=()) -> FirmaGuardada:
    """Abre el certificado y firma el acta (tipo «acta», referencia = id de la sesión) o la resolución: todo el
    trabajo lento (descifrar el .p12, buscar los datos de validación, generar y firmar el PDF) en una llamada, para
    hacerla fuera de la ventana."""
    if tipo not in TIPOS:
        raise ErrorEscritorio(traducir("No se firma digitalmente un «{0}»: solo actas aprobadas y resoluciones.")
                              .format(tipo))
    documento_a_firmar(contexto, tipo, referencia)   # antes de abrir el certificado: lo más barato primero
    pedir_nivel(nivel, sello_tiempo, archivos_de_validacion)
    certificado = abrir_certificado(ruta, contrasena)
    firmar = firmar_acta_digitalmente if tipo == "acta" else firmar_resolucion_digitalmente
    return firmar(contexto, referencia, certificado, motivo=(motivo or "").strip() or None,
                  lugar=(lugar or "").strip() or None, sello_tiempo=sello_tiempo, nivel=nivel,
                  archivos_de_validacion=archivos_de_validacion)


def motivo_para_no_firmar(contexto: Contexto, tipo: str, referencia: int) -> str | None:
    """None si el documento se puede firmar digitalmente; si no, por qué (el mensaje que daría al firmar)."""
    try:
        documento_a_firmar(contexto, tipo, referencia)
    except ErrorEscritorio as error:
        return error.mensaje
    return None


def rotulo_integridad(firma: FirmaVerificada) -> str:
    """«✓ íntegra», «✓ íntegra; después se agregaron firmas o datos de validación», «✗ modificada después de
    firmar», «✗ ALTERADA»."""
    texto = {INTEGRA: "íntegra", AGREGADOS: "íntegra; después se agregaron firmas o datos de validación",
             MODIFICADA: "modificada después de firmar"}.get(firma.integridad, "ALTERADA")
    return ("✓ " if firma.integra else "✗ ") + texto


def rotulo_confianza(firma: FirmaVerificada) -> str:
    if firma.confiable:
        return "validada contra una autoridad de confianza"
    return "no se pudo validar contra una autoridad de confianza" if firma.integra else "—"


def conclusion(verificacion: Verificacion, como_indicar_raices: str = "con --confianza") -> str:
    """El resultado de una verificación en una frase; `como_indicar_raices` dice dónde se indican los certificados
    raíz (en la línea de órdenes, «con --confianza»; en la ventana, el botón)."""
    if verificacion.problema:
        return f"{Path(verificacion.archivo).name or verificacion.archivo}: {verificacion.problema}."
    if not verificacion.integras:
        return traducir("El documento NO es el que se firmó, o se modificó después de firmarlo: no lo dé por bueno.")
    if verificacion.confiables:
        return traducir("Firmas íntegras y de certificados de confianza.")
    return traducir("Firmas íntegras: el documento no cambió desde que se firmó. El certificado no se pudo validar "
                    "contra una autoridad de confianza (autofirmado o de una autoridad que el programa no conoce, y sin "
                    "conexión): confirme que es de quien dice, o indique los certificados raíz de su autoridad {0}.") \
        .format(como_indicar_raices)
