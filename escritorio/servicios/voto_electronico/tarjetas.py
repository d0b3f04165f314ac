"""Las tarjetas impresas con los códigos para votar (issue 85): una por delegación, para entregar al acreditarla.

Dos caminos, el mismo PDF (`documentos.pdf.tarjetas_de_voto`):
- `imprimir_tarjetas`: las de códigos ya entregados (la ventana: el diálogo que los muestra una sola vez los guarda).
- `entregar_en_tarjetas`: entrega los códigos y escribe sus tarjetas en la misma transacción (la línea de órdenes):
  si el PDF no se puede escribir, no queda ningún código entregado; si la base no puede guardar los códigos, el PDF
  recién escrito se borra (tendría códigos que no existen).

Las tarjetas no se registran como documentos emitidos ni la base guarda su texto: los códigos se ven solo en ellas.
"""

from pathlib import Path

from ...datos import asociaciones as tabla_asociaciones
from ...datos.conexion import transaccion
from ...dominio.traduccion import traducir
from ...dominio.voto_electronico import PaginaDeVoto
from ...salida import comprobar_salida
from ..archivos import escribir_archivo
from ..contexto import Contexto
from ..idioma_de_los_documentos import en_el_idioma_de_los_documentos
from ..sesiones import sesion_de_la_asociacion
from .codigos import CodigoEntregado, entregar_codigo, entregar_codigos


def _que() -> str:
    return traducir("las tarjetas con los códigos para votar")


def _escribir(contexto: Contexto, sesion_id: int, entregados: list[CodigoEntregado], destino: Path,
              pagina: PaginaDeVoto | None) -> int:
    from datetime import date

    from ...documentos.pdf.tarjetas_de_voto import SesionDeLasTarjetas, Tarjeta, escribir_tarjetas_pdf

    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    asociacion = tabla_asociaciones.por_id(contexto.db, contexto.asociacion_id)
    datos = SesionDeLasTarjetas(asociacion["nombre"], asociacion["sigla"] or "", asociacion["papel"],
                                sesion["organo"], date.fromisoformat(sesion["fecha"]))
    tarjetas = [Tarjeta(e.delegacion, e.codigo, e.portador) for e in entregados]
    return escribir_archivo(escribir_tarjetas_pdf, destino, datos, tarjetas, pagina=pagina)


@en_el_idioma_de_los_documentos
def imprimir_tarjetas(contexto: Contexto, sesion_id: int, entregados: list[CodigoEntregado], ruta: Path | str, *,
                      pagina: PaginaDeVoto | None = None, reemplazar: bool = False) -> Path:
    """Las tarjetas de los códigos `entregados` (de la sesión `sesion_id`) en el PDF `ruta`; con `pagina`, cada una
    lleva el QR de la página de votación con su código y la huella del certificado. Devuelve la ruta escrita."""
    destino = comprobar_salida(ruta, ".pdf", _que(), reemplazar=reemplazar,
                               sin_hacer=traducir("no se escribieron las tarjetas"))
    _escribir(contexto, sesion_id, entregados, destino, pagina)
    return destino


@en_el_idioma_de_los_documentos
def entregar_en_tarjetas(contexto: Contexto, sesion_id: int, ruta: Path | str, *, miembro_id: int | None = None,
                         pagina: PaginaDeVoto | None = None,
                         reemplazar: bool = False) -> tuple[list[CodigoEntregado], Path | None]:
    """Entrega los códigos (el de `miembro_id`, o los de todas las delegaciones que votan y aún no tienen uno) y
    escribe sus tarjetas en `ruta`, todo o nada. Sin códigos que entregar no escribe nada (la ruta es None)."""
    destino = comprobar_salida(ruta, ".pdf", _que(), reemplazar=reemplazar,
                               sin_hacer=traducir("no se entregó ningún código"))
    escrito = False
    try:
        with transaccion(contexto.db):
            entregados = ([entregar_codigo(contexto, sesion_id, miembro_id)] if miembro_id is not None
                          else entregar_codigos(contexto, sesion_id))
            if entregados:
                _escribir(contexto, sesion_id, entregados, destino, pagina)
                escrito = True
    except BaseException:
        if escrito:   # la base no guardó los códigos: el PDF los tendría sin que existan
            destino.unlink(missing_ok=True)
        raise
    return entregados, destino if escrito else None
