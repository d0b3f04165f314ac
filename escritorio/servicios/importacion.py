"""Importar el padrón desde .xlsx o .csv: todo o nada, con cada problema localizado, sin tener el archivo en memoria.

Una sola manera de decidir (`Pasada`, importacion_pasada.py: fila por fila, en el orden del archivo, contra el padrón), tres caminos:

- `importar_miembros` (la línea de órdenes): pide el permiso de escritura y, con él, lee el archivo de a una fila,
  valida, decide (alta, cambio o nada nuevo) y escribe de a lotes dentro de UNA transacción (BEGIN IMMEDIATE …
  COMMIT). Lo que necesita el archivo entero (filas repetidas, claves que chocan, el orden de las fechas) se revisa
  al final: con un solo problema, en cualquier fila, se revierte todo y se informan todos. Si otra escritura tiene
  la base en ese momento, no se queda quieta: lee y valida mientras tanto (`analizar`) y escribe al soltarse
  (`aplicar`).
- `analizar` (la vista previa del asistente y «--simular»): lo mismo sin escribir. Deja las filas validadas en un
  borrador en disco (datos/borrador_importacion) y cuenta lo que cambiaría.
- `aplicar`: escribe desde ese borrador, decidiendo de nuevo dentro de la transacción, contra la base tal como está
  en ese momento: si otra importación (u otra ventana) escribió entre medio, nada se duplica y el resultado informado
  es el que realmente se escribió.

Lo decidido sobre las filas (`DecisionesDeFilas`: omitir una fila, corregir una celda; en la ventana y con
«--omitir-fila»/«--corregir») entra por `importar_miembros` y `analizar` (`aplicar` escribe lo que el análisis ya
decidió): el archivo no cambia, la celda corregida se valida en lugar de la del archivo con las mismas reglas, y el
resultado dice lo omitido y lo corregido (dominio/decisiones_de_filas.py).

En memoria quedan los miembros que ya están (los del padrón), un lote de filas y los problemas; lo que crece con el
archivo va al borrador. Las altas se anotan en la bitácora de a lotes (datos/bitacora.altas_en_bloque), no fila por
fila con un trigger. Lo que dice (la vista previa, el resultado): importacion_plan.py; escribir de a lotes:
importacion_escritura.py.
"""

import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

from ..datos import bitacora as tabla_bitacora
from ..datos import miembros as tabla_miembros
from ..datos.borrador_importacion import Borrador, fijar_espera
from ..datos.conexion import solo_lectura, transaccion
from ..documentos.excel.lectura import Tabla, leer_tabla, nombre_citable
from ..dominio import orden_de_fechas
from ..dominio.decisiones_de_filas import DecisionesDeFilas, DecisionesResueltas, resolver
from ..dominio.emparejamiento import Cambio, Emparejador
from ..dominio.entrada import muestra
from ..dominio.puerta import segun_la_puerta
from ..dominio.importacion import (COLUMNAS, COLUMNAS_INFORMATIVAS, Mapeo, Problema, letra_columna,
                                   mapear_encabezados)
from ..dominio.texto import normalizar
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion
from ..idiomas import traduccion as _catalogos  # noqa: F401 - instala los catálogos: los encabezados en portugués
from .base import hoy as fecha_de_hoy
from .contexto import Contexto
from .importacion_escritura import FILAS_POR_LOTE, Escritor, de_tupla
from .importacion_pasada import LeerDeNuevo, Pasada, miembros_existentes, recorrer
from .importacion_plan import Analisis, Progreso, ResultadoImportacion

MAXIMO_PROBLEMAS_EN_MENSAJE = 50
# Cuánto espera una importación a que termine otra escritura en la misma base (otra importación, otra ventana).
ESPERA_MAXIMA_S = 600
FILAS_DE_MUESTRA = 20  # las que se miran para decidir qué trae una columna de encabezado ambiguo («Estado»)


def _error_de_archivo(ruta: Path, problemas: list[Problema]) -> ErrorValidacion:
    problemas = sorted(problemas, key=lambda p: (p.fila or 0))
    cantidad = len(problemas)
    lineas = [f"  - {p}" for p in problemas[:MAXIMO_PROBLEMAS_EN_MENSAJE]]
    if cantidad > MAXIMO_PROBLEMAS_EN_MENSAJE:
        lineas.append("  " + traducir("… y {0} problemas más.").format(cantidad - MAXIMO_PROBLEMAS_EN_MENSAJE))
    if cantidad == 1:
        titulo = traducir("{0}: 1 problema; no se importó nada. Corríjalo y vuelva a importar:").format(
            nombre_citable(ruta))
    else:
        titulo = traducir("{0}: {1} problemas; no se importó nada. Corríjalos y vuelva a importar:").format(
            nombre_citable(ruta), cantidad)
    if any((p.fila or 0) >= 2 for p in problemas):  # lo que se puede decidir fila por fila, sin tocar el archivo
        lineas.append(segun_la_puerta(ventana="", linea=traducir(
            "Sin cambiar el archivo: --omitir-fila N no importa esa fila y --corregir \"N:COLUMNA=VALOR\" importa "
            "otro valor en esa celda (lo corregido se valida igual).")))
    return ErrorValidacion("\n".join(linea for linea in [titulo, *lineas] if linea), problemas)


@dataclass
class VistaPrevia:
    encabezados: list[str]
    filas: list[tuple]  # las primeras filas, tal como están en el archivo
    mapeo: dict[str, int]  # campo -> índice de columna detectado
    problemas: list[Problema]  # de los encabezados (faltan obligatorias, repetidas)


def vista_previa(ruta: Path | str, cantidad: int = 10) -> VistaPrevia:
    """Encabezados, primeras filas y la correspondencia de columnas que se detectó."""
    tabla_archivo = leer_tabla(Path(ruta))
    # Las mismas filas que mira la importación para decidir qué trae «Estado» (`_abrir`): la misma respuesta.
    filas = [tuple(valores) for _, valores in islice(tabla_archivo.filas, max(cantidad, FILAS_DE_MUESTRA))]
    tabla_archivo.filas.close()  # libera el archivo ya (en Windows, un archivo abierto queda bloqueado)
    mapeo, problemas = mapear_encabezados(tabla_archivo.encabezados, filas)
    encabezados = ["" if e is None else str(e) for e in tabla_archivo.encabezados]
    return VistaPrevia(encabezados, filas[:cantidad], dict(mapeo.indices), problemas)


_ENCABEZADOS = {c.campo: c.encabezado for c in COLUMNAS}


def _mapeo_elegido(indices: dict[str, int], encabezados: list) -> tuple[Mapeo, list[Problema]]:
    """La correspondencia corregida a mano: cada campo obligatorio con una columna, ninguna columna dos veces."""
    problemas = []
    faltan = [traducir(_ENCABEZADOS[c.campo]) for c in COLUMNAS if c.obligatoria and c.campo not in indices]
    if faltan:
        problemas.append(Problema(traducir("indique qué columna corresponde a: {0}").format(", ".join(faltan))))
    usadas: dict[int, str] = {}
    nombres = {campo: traducir(_ENCABEZADOS[campo]) for campo in _ENCABEZADOS}
    for campo, indice in indices.items():
        if indice in usadas:
            problemas.append(Problema(traducir("la columna {0} está asignada a {1} y a {2}").format(
                letra_columna(indice), usadas[indice], nombres[campo])))
        usadas[indice] = nombres[campo]
    ignoradas = [muestra(str(e)) for i, e in enumerate(encabezados)
                 if i not in usadas and normalizar(e) and normalizar(e) not in COLUMNAS_INFORMATIVAS]
    return Mapeo(dict(indices), ignoradas), problemas


def _orden_elegido(orden_fechas: str | None) -> str | None:
    """"dma" o "mda" de lo que escribe la persona ("dd/mm", "mm/dd"…); None: lo decide el archivo."""
    if orden_fechas is None:
        return None
    elegido = orden_de_fechas.ELEGIBLES.get(normalizar(orden_fechas).replace(" ", ""))
    if elegido is None:
        raise ErrorEscritorio(traducir("Orden de las fechas «{0}» desconocido: use dd/mm (día/mes/año) o mm/dd "
                                       "(mes/día/año).").format(muestra(orden_fechas)))
    return elegido


def _primeras_filas(tabla_archivo: Tabla, cantidad: int = FILAS_DE_MUESTRA) -> list[tuple]:
    """Las primeras filas (las que mira `mapear_encabezados` para decidir qué trae una columna «Estado») sin
    perderlas: `tabla_archivo.filas` las sigue rindiendo todas, y cerrarlo cierra el archivo."""
    vistas = list(islice(tabla_archivo.filas, cantidad))
    resto = tabla_archivo.filas

    def todas():
        try:
            yield from vistas
            yield from resto
        finally:
            resto.close()

    tabla_archivo.filas = todas()
    return [tuple(valores) for _, valores in vistas]


def _abrir(ruta: Path, columnas: dict[str, int] | None,
           decisiones: DecisionesDeFilas | None = None) -> tuple[Tabla, Mapeo, DecisionesResueltas | None]:
    """El archivo abierto (sus filas se leen de a una), qué columna trae cada dato y lo decidido sobre las filas con
    cada columna ubicada; los encabezados con problemas y las decisiones imposibles se informan ya, sin leer ninguna
    fila."""
    tabla_archivo = leer_tabla(ruta)
    if columnas is None:
        mapeo, problemas = mapear_encabezados(tabla_archivo.encabezados, _primeras_filas(tabla_archivo))
    else:
        mapeo, problemas = _mapeo_elegido(columnas, tabla_archivo.encabezados)
    if problemas:
        tabla_archivo.filas.close()
        raise _error_de_archivo(ruta, problemas)
    try:
        resueltas = resolver(decisiones, tabla_archivo.encabezados, mapeo)
    except ValueError as error:
        tabla_archivo.filas.close()
        raise ErrorEscritorio(traducir("No se puede aplicar lo decidido sobre las filas de {0}: {1}. {2}").format(
            nombre_citable(ruta), error, segun_la_puerta(
                ventana=traducir("Revise lo decidido en la lista de problemas."),
                linea=traducir("Revise las opciones --omitir-fila N y --corregir \"N:COLUMNA=VALOR\"."))))
    return tabla_archivo, mapeo, resueltas


def _esperando(progreso: Progreso | None) -> Callable[[float], None]:
    return (lambda segundos: progreso("esperando", int(segundos), None)) if progreso else (lambda segundos: None)


class _Ocupada(Exception):
    """Otra conexión tiene el permiso de escritura."""


def _desistir(segundos: float) -> None:
    raise _Ocupada()


# --- los tres caminos ------------------------------------------------------------------------------------------

def analizar(contexto: Contexto, ruta: Path | str, *, hoy: date | None = None,
             progreso: Progreso | None = None, columnas: dict[str, int] | None = None,
             orden_fechas: str | None = None, decisiones: DecisionesDeFilas | None = None) -> Analisis:
    """Lee y valida el archivo entero y decide qué cambiaría, sin escribir nada en la base.

    `columnas` (campo -> índice) reemplaza la correspondencia detectada por los encabezados. `orden_fechas`
    ("dma" o "mda", o lo que escribe la persona: "dd/mm", "mm/dd"): el orden de las fechas con barras; sin él, lo
    decide la evidencia del archivo, y una columna que no se puede decidir se rechaza (dominio/orden_de_fechas).
    `decisiones`: las filas que se omiten y las celdas que se corrigen (el archivo no cambia; lo corregido se valida
    como el resto). Las filas validadas quedan en el borrador del análisis, para `aplicar`.
    """
    elegido = _orden_elegido(orden_fechas)
    ruta, hoy = Path(ruta), hoy or fecha_de_hoy()
    ordenes = None
    while True:
        tabla_archivo, mapeo, resueltas = _abrir(ruta, columnas, decisiones)
        borrador = Borrador()
        try:
            pasada = Pasada(contexto.db, contexto.asociacion_id, hoy, borrador)
            problemas = recorrer(contexto, tabla_archivo, mapeo, pasada, hoy=hoy, elegido=elegido, ordenes=ordenes,
                                  progreso=progreso, borrador=borrador, decididas=resueltas)
            if problemas:
                raise _error_de_archivo(ruta, problemas)
        except LeerDeNuevo as otra_vez:
            borrador.cerrar()
            ordenes = otra_vez.ordenes
            continue
        except BaseException:
            borrador.cerrar()
            raise
        analisis = Analisis(pasada.plan, mapeo.ignoradas, ruta, mapeo, borrador, hoy,
                            omitidas=resueltas.omitidas() if resueltas else [],
                            corregidas=resueltas.corregidas() if resueltas else [])
        weakref.finalize(analisis, borrador.cerrar)  # el borrador se borra con el análisis
        return analisis


def cambios_previstos(contexto: Contexto, analisis: Analisis) -> Iterator[Cambio]:
    """Todos los cambios que haría el análisis (la vista previa guarda los primeros), decididos de nuevo contra el
    padrón actual, en el orden del archivo."""
    existentes = miembros_existentes(contexto, analisis.hoy or fecha_de_hoy())
    emparejador = Emparejador(existentes)
    for tupla in analisis.borrador.filas():
        decision = emparejador.decidir(de_tupla(tupla))
        if decision.problema is None and decision.cambio is not None and decision.cambio.descripcion:
            yield decision.cambio


def aplicar(contexto: Contexto, analisis: Analisis, *, hoy: date | None = None,
            progreso: Progreso | None = None) -> ResultadoImportacion:
    """Escribe el archivo analizado en una sola transacción: si algo falla o se cancela, no queda nada escrito.

    El plan se decide de nuevo dentro de la transacción (BEGIN IMMEDIATE: nadie más escribe mientras tanto),
    contra la base actual: dos importaciones simultáneas del mismo archivo no duplican a nadie, y la segunda
    informa lo que realmente hizo. Si otra escritura tiene la base, espera (informando «esperando») hasta
    ESPERA_MAXIMA_S segundos. Se puede volver a llamar con el mismo análisis (tras cancelar, por ejemplo).
    """
    db, asociacion_id = contexto.db, contexto.asociacion_id
    hoy = hoy or fecha_de_hoy()
    borrador = analisis.borrador
    total = borrador.cantidad_de_filas()
    with transaccion(db, esperar=_esperando(progreso), espera_maxima_s=ESPERA_MAXIMA_S):
        with tabla_bitacora.altas_en_bloque(db, tabla_miembros.TABLAS_DE_LA_IMPORTACION) as altas:
            borrador.olvidar_claves()
            pasada = Pasada(db, asociacion_id, hoy, borrador)
            pasada.escritor = Escritor(db, asociacion_id, hoy, pasada.claves_repetidas(), altas,
                                        ruta=analisis.ruta)
            for hechas, tupla in enumerate(borrador.filas()):
                if progreso and hechas % FILAS_POR_LOTE == 0:
                    progreso("escribiendo", hechas, total)
                pasada.decidir(de_tupla(tupla))
            # La base cambió desde la vista previa de un modo que este archivo ya no puede aplicar.
            problemas = pasada.revisar(analisis.mapeo)
            if problemas:
                raise _error_de_archivo(analisis.ruta or Path(traducir("archivo")), problemas)
            pasada.escritor.vaciar()
            pasada.escritor.exigir_sin_rechazo(analisis.ruta)
            if progreso:
                progreso("escribiendo", total, total)
    return ResultadoImportacion(*pasada.plan.cifras(), analisis.columnas_ignoradas,
                                distinto_de_la_vista_previa=pasada.plan.cifras() != analisis.plan.cifras(),
                                avisos=list(pasada.plan.avisos), omitidas=list(analisis.omitidas),
                                corregidas=list(analisis.corregidas))


def importar_miembros(contexto: Contexto, ruta: Path | str, *, hoy: date | None = None,
                      progreso: Progreso | None = None, columnas: dict[str, int] | None = None,
                      orden_fechas: str | None = None,
                      decisiones: DecisionesDeFilas | None = None) -> ResultadoImportacion:
    """Importa el archivo en una sola pasada y una sola transacción (ver el docstring del módulo), con lo decidido
    sobre sus filas (`decisiones`, como en `analizar`). Si otra escritura tiene la base, lo lee y valida mientras
    espera, y lo escribe al soltarse."""
    db = contexto.db
    elegido = _orden_elegido(orden_fechas)
    ruta, hoy = Path(ruta), hoy or fecha_de_hoy()
    if solo_lectura(db) is None:
        ordenes = None
        while True:
            try:
                return _de_una_vez(contexto, ruta, hoy=hoy, progreso=progreso, columnas=columnas, elegido=elegido,
                                   ordenes=ordenes, decisiones=decisiones)
            except LeerDeNuevo as otra_vez:
                ordenes = otra_vez.ordenes
            except _Ocupada:
                break
    # Otra escritura tiene la base (o la base es de solo consulta: la vista previa informa primero los problemas del
    # archivo, y la escritura, por qué no se puede guardar).
    analisis = analizar(contexto, ruta, hoy=hoy, progreso=progreso, columnas=columnas, orden_fechas=orden_fechas,
                        decisiones=decisiones)
    try:
        return aplicar(contexto, analisis, hoy=hoy, progreso=progreso)
    finally:
        analisis.cerrar()


def _de_una_vez(contexto: Contexto, ruta: Path, *, hoy: date, progreso: Progreso | None,
                columnas: dict[str, int] | None, elegido: str | None,
                ordenes: dict[str, str] | None,
                decisiones: DecisionesDeFilas | None = None) -> ResultadoImportacion:
    """Con el permiso de escritura pedido sin esperar (_Ocupada si otra conexión lo tiene): leer, validar, decidir y
    escribir de a lotes; al final, con un solo problema, se revierte todo."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    tabla_archivo, mapeo, resueltas = _abrir(ruta, columnas, decisiones)  # lo ilegible se informa sin tocar la base
    borrador = Borrador()
    espera = fijar_espera(db, 0)
    try:
        with transaccion(db, esperar=_desistir, espera_maxima_s=ESPERA_MAXIMA_S):
            fijar_espera(db, espera)  # ya con el permiso: la espera de siempre
            with tabla_bitacora.altas_en_bloque(db, tabla_miembros.TABLAS_DE_LA_IMPORTACION) as altas:
                pasada = Pasada(db, asociacion_id, hoy, borrador)
                pasada.escritor = Escritor(db, asociacion_id, hoy, pasada.claves_repetidas(), altas, progreso,
                                            ruta=ruta)
                problemas = recorrer(contexto, tabla_archivo, mapeo, pasada, hoy=hoy, elegido=elegido,
                                      ordenes=ordenes, progreso=progreso, decididas=resueltas)
                if problemas:
                    raise _error_de_archivo(ruta, problemas)
                pasada.escritor.vaciar()
                pasada.escritor.exigir_sin_rechazo(ruta)
    finally:
        fijar_espera(db, espera)
        borrador.cerrar()
        tabla_archivo.filas.close()
    return ResultadoImportacion(*pasada.plan.cifras(), mapeo.ignoradas, avisos=list(pasada.plan.avisos),
                                omitidas=resueltas.omitidas() if resueltas else [],
                                corregidas=resueltas.corregidas() if resueltas else [])


def exportar_problemas(problemas: list[Problema], ruta: Path | str, *, archivo: Path | str | None = None,
                       asociacion: dict | None = None) -> Path:
    """Los problemas de una importación en una planilla, para corregirlos con calma. `archivo`: el que se quiso
    importar (va en el título del libro); `asociacion`: su autor y su papel."""
    from ..documentos.excel.escritura import ColumnaHoja, Hoja, Propiedades, escribir_libro

    # En el idioma de la ventana, como los motivos (que se escribieron al importar) y la tabla del asistente.
    columnas = [ColumnaHoja(traducir("Fila"), 8), ColumnaHoja(traducir("Columna"), 10),
                ColumnaHoja(traducir("Encabezado"), 22), ColumnaHoja(traducir("Valor"), 28),
                ColumnaHoja(traducir("Problema"), 80, ajustar=True)]
    filas = [(p.fila, p.columna, p.encabezado and traducir(p.encabezado),
              None if p.valor is None else str(p.original or p.valor), p.motivo) for p in problemas]
    titulo = (traducir("Problemas al importar {0}").format(nombre_citable(Path(archivo))) if archivo
              else traducir("Problemas de la importación"))
    asociacion = asociacion or {}
    return escribir_libro(ruta, [Hoja(traducir("Problemas"), columnas, filas)],
                          propiedades=Propiedades(titulo, asociacion.get("nombre"), asociacion.get("papel")))
