"""El padrón hacia afuera: planilla .xlsx (que se puede volver a importar) e impresión en PDF."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from pathlib import Path

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import miembros as tabla_miembros
from ..datos import ubicaciones as tabla_ubicaciones
from ..documentos.excel.escritura import (FORMATO_ANIO, FORMATO_FECHA, FORMATO_MILES, ColumnaHoja, Hoja,
                                          Propiedades, escribir_libro, fecha_o_nada)
from ..documentos.visible import es_cifra
from ..dominio.importacion import COLUMNAS
from ..dominio.miembros import ESTADOS_REGISTRADOS as ESTADOS, MODOS_INGRESO, NO_MIEMBRO, TIPOS
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from ..salida import abierto_en_otro_programa, no_se_puede_escribir
from .base import hoy as fecha_de_hoy
from .contexto import Contexto
from .miembros import FilaDelPadron, listar_miembros, listar_padron
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos

_ANCHOS = {"Nombre": 34, "País": 14, "Región": 20, "Código": 12, "Población": 14,
           "Año de la población": 10, "Fuente": 16, "Tipo": 18, "Fecha de ingreso": 13,
           "Autoridad": 28, "Cargo": 18, "Correo": 30, "Teléfono": 16, "Estado": 12, "Estado desde": 13,
           "Motivo del estado": 30, "Fundador": 10, "Modo de ingreso": 16, "Latitud": 11, "Longitud": 11}
_FORMATOS = {"Población": FORMATO_MILES, "Año de la población": FORMATO_ANIO, "Fecha de ingreso": FORMATO_FECHA,
             "Estado desde": FORMATO_FECHA}
# Los mismos encabezados que la importación, en el mismo orden: el archivo se puede reimportar (también en otra
# base) y cada miembro conserva su estado (con fecha y motivo), la marca de fundador y el modo de ingreso.
# En castellano: `_columnas_padron` los escribe en el idioma del documento. La ubicación va en Latitud y Longitud
# (la columna Coordenadas es otra forma de escribir lo mismo, para importar).
COLUMNAS_PADRON = [ColumnaHoja(c.encabezado, _ANCHOS[c.encabezado], _FORMATOS.get(c.encabezado)) for c in COLUMNAS
                   if c.campo != "coordenadas"]


def _columnas_padron() -> list[ColumnaHoja]:
    """COLUMNAS_PADRON con los encabezados en el idioma del documento (los de la importación, `COLUMNAS`)."""
    return [ColumnaHoja(traducir(c.encabezado), c.ancho, c.formato) for c in COLUMNAS_PADRON]


@dataclass(frozen=True)
class _Rotulos:
    """Los rótulos de las celdas (tipo, estado, fundador, modo de ingreso) en el idioma del documento: se buscan
    una vez por planilla, no en cada una de miles de filas."""

    tipos: dict[str, str]
    estados: dict[str, str]
    modos: dict[str, str]
    si: str
    no: str


def _rotulos() -> _Rotulos:
    return _Rotulos({k: traducir(v) for k, v in TIPOS.items()}, {k: traducir(v) for k, v in ESTADOS.items()},
                    {k: traducir(v) for k, v in MODOS_INGRESO.items()}, traducir("Sí"), traducir("No"))


def _fila_xlsx(m: dict, estado: tuple | None = None, rotulos: _Rotulos | None = None,
               ubicacion: tuple | None = None) -> tuple:
    """`estado`: (estado, desde, motivo) del que rige, si el miembro tiene alguno registrado. `rotulos`: los de
    `_rotulos()` (por omisión, se buscan para esta fila). `ubicacion`: (latitud, longitud, fuente), si está en el
    mapa."""
    _, desde, motivo = estado or (None, None, None)
    latitud, longitud, _ = ubicacion or (None, None, None)
    r = rotulos or _rotulos()
    return (m["nombre"], m["pais_nombre"], m["region"], m["codigo"], m["poblacion"], m["anio_poblacion"],
            m["fuente_poblacion"], r.tipos[m["tipo"]], fecha_o_nada(m["fecha_ingreso"]), m["autoridad"],
            m["cargo"], m["correo"], m["telefono"], r.estados[m["estado"]], fecha_o_nada(desde), motivo,
            r.si if m["fundador"] else r.no, r.modos.get(m["modo_ingreso"], m["modo_ingreso"]), latitud, longitud)


def _por_pais(miembros: list[dict]) -> list[tuple[str, list[dict]]]:
    return [(pais, list(grupo)) for pais, grupo in groupby(miembros, key=lambda m: m["pais_nombre"])]


@dataclass(frozen=True)
class ResumenPadron:
    """Lo que cuentan el padrón impreso y la hoja Resumen del Excel: los dos con esta misma cuenta."""

    paises: list[tuple[str, int, int]]   # (país, miembros, población que se suma) en el orden del padrón
    miembros: int
    poblacion: int
    bajas: int                           # miembros dados de baja que no se cuentan (0 si se incluyen)


def resumen_del_padron(miembros: list[dict], *, incluir_bajas: bool = False) -> ResumenPadron:
    """Miembros y población por país y en total, sin los dados de baja (salvo `incluir_bajas`), que se cuentan
    aparte. Una población guardada como texto por una versión anterior no se suma (se ve en su celda)."""
    contados = [m for m in miembros if incluir_bajas or m["estado"] not in NO_MIEMBRO]
    paises = [(pais, len(grupo), sum(m["poblacion"] for m in grupo if es_cifra(m["poblacion"])))
              for pais, grupo in _por_pais(contados)]
    return ResumenPadron(paises, len(contados), sum(p[2] for p in paises), len(miembros) - len(contados))


def texto_bajas(bajas: int) -> str:
    """«1 miembro dado de baja no se cuenta» / «3 miembros dados de baja no se cuentan» (en el idioma del
    documento)."""
    if bajas == 1:
        return traducir("1 miembro dado de baja no se cuenta")
    return traducir("{0} miembros dados de baja no se cuentan").format(bajas)


def _asociacion(db: BaseDeDatos, asociacion_id: int) -> dict:
    asociacion = tabla_asociaciones.por_id(db, asociacion_id)
    if asociacion is None:
        raise ErrorEscritorio(traducir("No existe la asociación {0}.").format(asociacion_id))
    return asociacion


def _carpeta_de_destino(ruta: Path) -> None:
    if not ruta.parent.is_dir():
        raise ErrorEscritorio(traducir("No existe la carpeta {0}; elija una carpeta existente.").format(ruta.parent))


def _no_se_puede_escribir(ruta: Path, error: OSError) -> ErrorEscritorio:
    if abierto_en_otro_programa(error):   # solo eso y qué hacer, como las demás exportaciones
        return ErrorEscritorio(no_se_puede_escribir(ruta, error))
    return ErrorEscritorio(no_se_puede_escribir(ruta, error) + " " + traducir("No se modificó nada."))


@en_el_idioma_de_los_documentos
def exportar_padron_xlsx(contexto: Contexto, ruta: Path | str,
                         progreso: Callable[[int, int], None] | None = None) -> int:
    """Escribe el padrón completo (también las bajas) y una hoja Resumen por país. Devuelve las filas."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    ruta = Path(ruta)
    if ruta.suffix.lower() != ".xlsx":
        raise ErrorEscritorio(traducir("{0}: el padrón se exporta como libro de Excel; use la extensión .xlsx.")
                              .format(ruta.name))
    _carpeta_de_destino(ruta)
    asociacion = _asociacion(db, asociacion_id)
    miembros = listar_miembros(Contexto(db, asociacion_id))
    # La hoja Padrón lleva a todos (también las bajas, con su estado: se puede reimportar); el Resumen cuenta
    # como el padrón impreso, sin las bajas, y dice cuántas quedan fuera.
    resumen = resumen_del_padron(miembros)
    hoja_padron = traducir("Padrón")
    filas_resumen = list(resumen.paises)
    if resumen.bajas:
        filas_resumen.append((traducir("({0}; están en la hoja {1})").format(texto_bajas(resumen.bajas), hoja_padron),
                              None, None))
    total = len(miembros)
    estados = tabla_miembros.estados_vigentes(db, asociacion_id, fecha_de_hoy().isoformat())
    rotulos = _rotulos()
    ubicaciones = tabla_ubicaciones.de_la_asociacion(db, asociacion_id)
    hojas = [
        Hoja(hoja_padron, _columnas_padron(), (_fila_xlsx(m, estados.get(m["id"]), rotulos, ubicaciones.get(m["id"]))
                                               for m in miembros)),
        Hoja(traducir("Resumen"), [ColumnaHoja(traducir("País"), 22),
                                   ColumnaHoja(traducir("Miembros"), 12, FORMATO_MILES),
                                   ColumnaHoja(traducir("Población total"), 18, FORMATO_MILES)],
             filas_resumen, totales=(traducir("Total"), resumen.miembros, resumen.poblacion)),
    ]
    titulo = traducir("Padrón de miembros — {0}").format(asociacion["sigla"])
    try:
        escribir_libro(ruta, hojas, (lambda hecho: progreso(hecho, total)) if progreso else None,
                       Propiedades(titulo, asociacion["nombre"], asociacion["papel"]))
    except OSError as error:
        raise _no_se_puede_escribir(ruta, error) from None
    return total


def miembros_del_padron(contexto: Contexto, *, incluir_bajas: bool = False) -> tuple[list[FilaDelPadron],
                                                                                      list[FilaDelPadron]]:
    """(todos, los que lista el padrón impreso): sin los dados de baja, salvo `incluir_bajas`. Lo mismo para
    imprimirlo que para verificarlo después (`servicios.vigencia_de_listas`). Las filas de la tabla de Miembros (las
    mismas reglas y el mismo orden que `listar_miembros`), que tienen lo que dice el padrón impreso: con 100.000
    miembros, la mitad de la memoria que las filas enteras."""
    todos = listar_padron(contexto)
    return todos, [m for m in todos if incluir_bajas or m["estado"] not in NO_MIEMBRO]


@en_el_idioma_de_los_documentos
def imprimir_padron_pdf(contexto: Contexto, ruta: Path | str, *, incluir_bajas: bool = False,
                        fecha: date | None = None, progreso: Callable[[int, int], None] | None = None) -> int:
    """PDF del padrón agrupado por país con subtotales, con su código de verificación (`servicios.documentos.emitir`).
    Por defecto, sin los miembros dados de baja."""
    from ..documentos.pdf.padron import FilaPadron, GrupoPais, Totales, escribir_padron_pdf
    from .documentos import emitir
    from .emisiones import emision_padron

    db, asociacion_id = contexto.db, contexto.asociacion_id
    ruta = Path(ruta)
    if ruta.suffix.lower() != ".pdf":
        raise ErrorEscritorio(traducir("{0}: el padrón impreso es un PDF; use la extensión .pdf.").format(ruta.name))
    _carpeta_de_destino(ruta)
    asociacion = _asociacion(db, asociacion_id)
    todos, miembros = miembros_del_padron(Contexto(db, asociacion_id), incluir_bajas=incluir_bajas)
    resumen = resumen_del_padron(todos, incluir_bajas=incluir_bajas)  # la cuenta de la hoja Resumen del Excel
    totales = Totales({pais: (cuantos, poblacion) for pais, cuantos, poblacion in resumen.paises}, resumen.miembros,
                      resumen.poblacion, texto_bajas(resumen.bajas) if resumen.bajas else None)
    rotulos = _rotulos()
    grupos = [
        GrupoPais(pais, [FilaPadron(m["nombre"], m["region"], rotulos.tipos[m["tipo"]], m["poblacion"] or 0,
                                    fecha_o_nada(m["fecha_ingreso"]), rotulos.estados[m["estado"]], m["fundador"])
                         for m in grupo])
        for pais, grupo in _por_pais(miembros)
    ]
    emision = emision_padron(asociacion_id, miembros, incluir_bajas)
    # Lo que se imprime ya está en `grupos` y lo que se registra en `emision`: las filas enteras de cada miembro (con
    # 100.000, un centenar de MB) no tienen que seguir en la memoria mientras se arma el PDF.
    del todos, miembros

    def escribir(sello) -> int:
        try:
            return escribir_padron_pdf(ruta, asociacion=asociacion["nombre"], sigla=asociacion["sigla"],
                                       papel=asociacion["papel"], fecha=fecha or fecha_de_hoy(), grupos=grupos,
                                       totales=totales, progreso=progreso, sello=sello)
        except OSError as error:
            raise _no_se_puede_escribir(ruta, error) from None

    return emitir(db, emision, ruta, escribir)
