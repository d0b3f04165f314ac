"""El PDF firmado de un convenio: se guarda entero en la base con su huella SHA-256, como el PDF de una firma
digital, y se comprueba contra esa huella cada vez que se lee (verlo, exportarlo, «escritorio verificar»).

Nada se pisa: adjuntar a un convenio que ya tiene su PDF pide reemplazarlo a sabiendas, y aun así el anterior queda
guardado (la tabla es un registro: solo se agregan filas). Exportar no escribe sobre un archivo que ya existe salvo
que se pida.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..dominio.nombres_de_archivo import nombre_valido_en_windows
from ..datos import convenios as tabla_convenios
from ..datos.base_de_datos import BaseDeDatos
from ..datos.conexion import transaccion
from ..documentos.pdf.adjunto import LARGO_MAXIMO, paginas_de
from ..dominio import formato
from ..dominio.entrada import muestra
from ..dominio.tamano import tamano_legible
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from ..salida import comprobar_nombre, comprobar_salida, escribir_sin_pisar, motivo_del_sistema
from .base import es_archivo_de_una_base_abierta
from .contexto import Contexto
from .convenios import PdfAdjunto, convenio_de_la_asociacion, historial_de_pdfs


class PdfAlterado(ErrorEscritorio):
    """El PDF guardado ya no da la huella anotada al adjuntarlo: alguien lo cambió por fuera de Escritorio."""


_LARGO_NOMBRE = 200


@dataclass(frozen=True)
class PdfAdjuntado:
    """El PDF vigente del convenio después de adjuntar; `nuevo` es False si era el mismo que ya tenía."""

    adjunto: PdfAdjunto
    nuevo: bool


def _nombre_de(ruta: Path) -> str:
    nombre = muestra(ruta.name, _LARGO_NOMBRE).strip()
    return nombre_valido_en_windows(nombre if nombre.lower().endswith(".pdf") else f"{nombre or 'convenio'}.pdf")


def leer_pdf_para_adjuntar(ruta: Path | str) -> tuple[bytes, str]:
    """(contenido, nombre) del PDF elegido; ErrorEscritorio con la ruta y qué hacer si no se puede leer."""
    if not str(ruta).strip():
        raise ErrorEscritorio(traducir("Elija el PDF del convenio firmado. No se adjuntó nada."))
    ruta = comprobar_nombre(ruta, traducir("el PDF del convenio"), traducir("no se adjuntó nada"))
    if es_archivo_de_una_base_abierta(ruta):
        raise ErrorEscritorio(traducir("{0} es un archivo de la base abierta, no el PDF del convenio. No se adjuntó "
                                       "nada.").format(ruta))
    try:
        if ruta.is_dir():
            raise ErrorEscritorio(traducir("{0} es una carpeta: elija el archivo PDF del convenio.").format(ruta))
        tamano = ruta.stat().st_size
        if tamano > LARGO_MAXIMO:
            raise ErrorEscritorio(traducir("{0} pesa {1}: un convenio escaneado pesa mucho menos (el máximo es {2}). "
                                           "Escanéelo con menos resolución o en escala de grises.").format(
                ruta.name, tamano_legible(tamano), tamano_legible(LARGO_MAXIMO)))
        contenido = ruta.read_bytes()
    except FileNotFoundError:
        raise ErrorEscritorio(traducir("No existe el archivo {0}. Revise la ruta; no se adjuntó nada.").format(
            ruta)) from None
    except OSError as error:
        raise ErrorEscritorio(traducir("No se puede leer {0}: {1}. Copie el archivo a una carpeta suya y vuelva a "
                                       "intentar; no se adjuntó nada.").format(ruta, motivo_del_sistema(error))) \
            from None
    return contenido, _nombre_de(ruta)


def adjuntar_pdf(contexto: Contexto, convenio_id: int, ruta: Path | str, *, reemplazar: bool = False) -> PdfAdjuntado:
    """Guarda en la base el PDF firmado del convenio (leído de `ruta`) con su huella SHA-256. Si el convenio ya
    tiene uno, solo con `reemplazar` (el anterior queda en su historial); el mismo PDF otra vez no agrega nada."""
    contenido, nombre = leer_pdf_para_adjuntar(ruta)
    return adjuntar_contenido(contexto, convenio_id, contenido, nombre, reemplazar=reemplazar)


def adjuntar_contenido(contexto: Contexto, convenio_id: int, contenido: bytes, nombre: str, *,
                       reemplazar: bool = False) -> PdfAdjuntado:
    paginas = paginas_de(contenido, nombre)
    huella = hashlib.sha256(contenido).hexdigest()
    with transaccion(contexto.db):   # el PDF vigente, con la base tomada: otra ventana pudo adjuntar uno recién
        convenio = convenio_de_la_asociacion(contexto, convenio_id)
        vigente = convenio["pdf"]
        if vigente is not None and vigente["sha256"] == huella:
            return PdfAdjuntado(vigente, False)
        if vigente is not None and not reemplazar:
            raise ErrorEscritorio(traducir(
                "El convenio «{0}» ya tiene su PDF firmado ({1}, adjuntado el {2}): no se reemplazó. Si este es el "
                "correcto, adjúntelo pidiendo reemplazar el anterior (que queda guardado en el historial).").format(
                convenio["titulo"], vigente["nombre"], formato.fecha(vigente["adjuntado_en"][:10])))
        tabla_convenios.insertar_pdf(contexto.db, convenio_id, nombre, huella, paginas, contenido)
    return PdfAdjuntado(historial_de_pdfs(contexto, convenio_id)[0], True)


def pdf_firmado(contexto: Contexto, convenio_id: int, pdf_id: int | None = None) -> tuple[PdfAdjunto, bytes]:
    """El PDF vigente del convenio (o el `pdf_id` de su historial) y sus bytes, comprobados contra la huella
    anotada al adjuntarlo: si no coinciden, PdfAlterado (el archivo se cambió por fuera de Escritorio)."""
    historial = historial_de_pdfs(contexto, convenio_id)
    if not historial:
        raise ErrorEscritorio(traducir("El convenio {0} no tiene su PDF firmado adjunto.").format(convenio_id))
    elegido = historial[0] if pdf_id is None else next((p for p in historial if p["id"] == pdf_id), None)
    if elegido is None:
        raise ErrorEscritorio(traducir("El PDF {0} no es del convenio {1}.").format(pdf_id, convenio_id))
    contenido = tabla_convenios.contenido_pdf(contexto.db, elegido["id"])
    if hashlib.sha256(contenido).hexdigest() != elegido["sha256"]:
        raise PdfAlterado(traducir(
            "El PDF firmado del convenio {0} ({1}) fue cambiado por fuera de Escritorio: ya no da la huella SHA-256 "
            "anotada al adjuntarlo ({2}…). No se usa. Restaure el respaldo más reciente que verifique sano, o "
            "vuelva a adjuntar el original.").format(convenio_id, elegido["nombre"], elegido["sha256"][:16]))
    return elegido, contenido


def exportar_pdf(contexto: Contexto, convenio_id: int, ruta: Path | str, *, reemplazar: bool = False,
                 pdf_id: int | None = None) -> Path:
    """Escribe en `ruta` el PDF firmado (comprobado); nunca pisa un archivo existente salvo `reemplazar`."""
    que, sin_hacer = traducir("el PDF del convenio"), traducir("no se exportó nada")
    destino = comprobar_salida(ruta, ".pdf", que, reemplazar=reemplazar, sin_hacer=sin_hacer)
    _, contenido = pdf_firmado(contexto, convenio_id, pdf_id)
    escribir_sin_pisar(destino, contenido, que, reemplazar=reemplazar, sin_hacer=sin_hacer)
    return destino


def pdfs_de_convenios_alterados(db: BaseDeDatos) -> tuple[int, list[str]]:
    """Para «escritorio verificar»: cuántos PDF de convenios hay y, de los que ya no dan su huella, cuáles."""
    cantidad, alterados = 0, []
    for pdf_id, convenio_id, titulo, anotado, calculado in tabla_convenios.huellas_de_pdfs(db):
        cantidad += 1
        if anotado != calculado:
            alterados.append(f"el PDF firmado n.º {pdf_id} del convenio {convenio_id} («{muestra(titulo, 60)}»)")
    return cantidad, alterados
