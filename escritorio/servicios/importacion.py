"""Importar el padrón desde .xlsx o .csv: todo o nada, con cada problema localizado.

`analizar` lee el archivo y calcula una vista previa del plan (nuevos, actualizados, sin cambios) sin
escribir. `aplicar` vuelve a decidir el plan dentro de la transacción de escritura, contra la base tal
como está en ese momento: si otra importación (u otra ventana) escribió entre medio, nada se duplica y
el resultado informado es el que realmente se escribió.
"""

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlite_utils import Database

from ..datos import miembros as tabla
from ..datos.conexion import transaccion
from ..documentos.excel.lectura import leer_tabla, nombre_citable
from ..dominio.emparejamiento import MiembroExistente, PlanImportacion, planificar
from ..datos import asociaciones as tabla_asociaciones
from ..dominio.entrada import muestra
from ..dominio import orden_de_fechas
from ..dominio.importacion import (COLUMNAS, COLUMNAS_INFORMATIVAS, Mapeo, Problema, buscar_repetidos,
                                   letra_columna, mapear_encabezados, ordenes_de_fechas, ubicar, validar_fila)
from ..dominio.texto import normalizar
from ..dominio.importacion import FilaMiembro
from ..dominio.miembros import cargo_local, clave_emparejamiento
from ..errores import ErrorEscritorio, ErrorValidacion
from .base import hoy as fecha_de_hoy
from .contexto import Contexto

# progreso(etapa, hecho, total): etapa "leyendo", "esperando" (otra escritura tiene la base; hecho son los
# segundos de espera) o "escribiendo"; puede lanzar Cancelado.
Progreso = Callable[[str, int, int | None], None]
MAXIMO_PROBLEMAS_EN_MENSAJE = 50
# Cuánto espera una importación a que termine otra escritura en la misma base (otra importación, otra ventana).
ESPERA_MAXIMA_S = 600


@dataclass
class ResultadoImportacion:
    nuevos: int = 0
    actualizados: int = 0
    sin_cambios: int = 0
    columnas_ignoradas: list[str] = field(default_factory=list)
    # El padrón cambió entre la vista previa y la escritura (otra importación u otra ventana escribió):
    # las cifras son las que realmente se escribieron, no las de la vista previa.
    distinto_de_la_vista_previa: bool = False
    # Lo que el archivo dice y no se aplicó (el estado distinto de un miembro que ya estaba), una línea cada uno.
    avisos: list[str] = field(default_factory=list)

    def resumen(self) -> str:
        texto = f"{self.nuevos} nuevos, {self.actualizados} actualizados, {self.sin_cambios} sin cambios"
        if self.columnas_ignoradas:
            texto += f" (columnas ignoradas: {', '.join(self.columnas_ignoradas)})"
        if self.distinto_de_la_vista_previa:
            texto += (". El padrón cambió mientras se preparaba la importación (otra importación u otra ventana "
                      "guardó datos): se decidió de nuevo contra la base actual y estas cifras son las que se guardaron")
        return texto


@dataclass
class Analisis:
    plan: PlanImportacion  # la vista previa: aplicar() lo vuelve a decidir dentro de la transacción
    columnas_ignoradas: list[str]
    filas: list[FilaMiembro] = field(default_factory=list)
    ruta: Path | None = None
    mapeo: Mapeo | None = None  # para nombrar la columna de un problema que aparezca al aplicar


def _error_de_archivo(ruta: Path, problemas: list[Problema]) -> ErrorValidacion:
    cantidad = len(problemas)
    lineas = [f"  - {p}" for p in problemas[:MAXIMO_PROBLEMAS_EN_MENSAJE]]
    if cantidad > MAXIMO_PROBLEMAS_EN_MENSAJE:
        lineas.append(f"  … y {cantidad - MAXIMO_PROBLEMAS_EN_MENSAJE} problemas más.")
    cuantos = "1 problema; no se importó nada. Corríjalo" if cantidad == 1 else \
        f"{cantidad} problemas; no se importó nada. Corríjalos"
    titulo = f"{nombre_citable(ruta)}: {cuantos} y vuelva a importar:"
    return ErrorValidacion("\n".join([titulo, *lineas]), problemas)


def _existentes(db: Database, asociacion_id: int, hoy: date) -> list[MiembroExistente]:
    cifras = tabla.cifras_por_miembro(db, asociacion_id)
    return [
        MiembroExistente(
            id=f["id"], nombre=f["nombre"], pais=f["pais"], region=f["region"], codigo=f["codigo"],
            tipo=f["tipo"], fecha_ingreso=date.fromisoformat(f["fecha_ingreso"]) if f["fecha_ingreso"] else None,
            correo=f["correo"], telefono=f["telefono"], poblacion=f["poblacion"],
            anio_poblacion=f["anio_poblacion"], autoridad=f["autoridad"], cargo=f["cargo"],
            cifras=cifras.get(f["id"], set()), fundador=bool(f["fundador"]), modo_ingreso=f["modo_ingreso"],
            estado=f["estado"])
        for f in tabla.vigentes(db, asociacion_id, hoy.isoformat())
    ]


@dataclass
class VistaPrevia:
    encabezados: list[str]
    filas: list[tuple]  # las primeras filas, tal como están en el archivo
    mapeo: dict[str, int]  # campo -> índice de columna detectado
    problemas: list[Problema]  # de los encabezados (faltan obligatorias, repetidas)


def vista_previa(ruta: Path | str, cantidad: int = 10) -> VistaPrevia:
    """Encabezados, primeras filas y la correspondencia de columnas que se detectó."""
    tabla_archivo = leer_tabla(Path(ruta))
    filas = []
    for _, valores in tabla_archivo.filas:
        filas.append(tuple(valores))
        if len(filas) >= cantidad:
            break
    tabla_archivo.filas.close()  # libera el archivo ya (en Windows, un archivo abierto queda bloqueado)
    mapeo, problemas = mapear_encabezados(tabla_archivo.encabezados)
    encabezados = ["" if e is None else str(e) for e in tabla_archivo.encabezados]
    return VistaPrevia(encabezados, filas, dict(mapeo.indices), problemas)


def _mapeo_elegido(indices: dict[str, int], encabezados: list) -> tuple[Mapeo, list[Problema]]:
    """La correspondencia corregida a mano: cada campo obligatorio con una columna, ninguna columna dos veces."""
    problemas = []
    faltan = [c.encabezado for c in COLUMNAS if c.obligatoria and c.campo not in indices]
    if faltan:
        problemas.append(Problema(f"indique qué columna corresponde a: {', '.join(faltan)}"))
    usadas: dict[int, str] = {}
    nombres = {c.campo: c.encabezado for c in COLUMNAS}
    for campo, indice in indices.items():
        if indice in usadas:
            problemas.append(Problema(
                f"la columna {letra_columna(indice)} está asignada a {usadas[indice]} y a {nombres[campo]}"))
        usadas[indice] = nombres[campo]
    ignoradas = [muestra(str(e)) for i, e in enumerate(encabezados)
                 if i not in usadas and normalizar(e) and normalizar(e) not in COLUMNAS_INFORMATIVAS]
    return Mapeo(dict(indices), ignoradas), problemas


def analizar(contexto: Contexto, ruta: Path | str, *, hoy: date | None = None,
             progreso: Progreso | None = None, columnas: dict[str, int] | None = None,
             orden_fechas: str | None = None) -> Analisis:
    """Lee y valida el archivo entero y decide qué cambiaría, sin escribir nada.

    `columnas` (campo -> índice) reemplaza la correspondencia detectada por los encabezados. `orden_fechas`
    ("dma" o "mda", o lo que escribe la persona: "dd/mm", "mm/dd"): el orden de las fechas con barras; sin él, lo
    decide la evidencia del archivo, y una columna que no se puede decidir se rechaza (dominio/orden_de_fechas).
    """
    db, asociacion_id = contexto.db, contexto.asociacion_id
    if orden_fechas is not None:
        elegido = orden_de_fechas.ELEGIBLES.get(normalizar(orden_fechas).replace(" ", ""))
        if elegido is None:
            raise ErrorEscritorio(f"Orden de las fechas «{muestra(orden_fechas)}» desconocido: use dd/mm (día/mes/año) "
                                  "o mm/dd (mes/día/año).")
        orden_fechas = elegido
    ruta, hoy = Path(ruta), hoy or fecha_de_hoy()
    tabla_archivo = leer_tabla(ruta)
    if columnas is None:
        mapeo, problemas = mapear_encabezados(tabla_archivo.encabezados)
    else:
        mapeo, problemas = _mapeo_elegido(columnas, tabla_archivo.encabezados)
    if problemas:
        raise _error_de_archivo(ruta, problemas)
    filas = []
    paises = set(tabla_asociaciones.paises(db, asociacion_id))
    # Primero se lee todo: el orden de las fechas se decide con todas las filas a la vista.
    crudas = []
    for leidas, (numero, valores) in enumerate(tabla_archivo.filas, start=1):
        crudas.append((numero, valores))
        if progreso and leidas % 250 == 0:
            progreso("leyendo", leidas, None)
    ordenes, problemas_de_fechas = ordenes_de_fechas(crudas, mapeo, orden_fechas)
    problemas.extend(problemas_de_fechas)
    for validadas, (numero, valores) in enumerate(crudas, start=1):
        fila, errores = validar_fila(numero, valores, mapeo, hoy, paises, ordenes)
        if errores:
            problemas.extend(errores)
        else:
            filas.append(fila)
        if progreso and validadas % 250 == 0:
            progreso("leyendo", validadas, len(crudas))
    if not filas and not problemas:
        problemas.append(Problema("el archivo no tiene filas de datos debajo de los encabezados"))
    repetidos = buscar_repetidos(filas, mapeo)
    problemas.extend(repetidos)
    plan, choques = _decidir(filas, _existentes(db, asociacion_id, hoy))
    ya_dichas = {p.fila for p in repetidos}  # una fila repetida en el archivo no se informa dos veces
    problemas.extend(ubicar([c for c in choques if c.fila not in ya_dichas], mapeo))
    if problemas:
        problemas.sort(key=lambda p: (p.fila or 0))
        raise _error_de_archivo(ruta, problemas)
    return Analisis(plan, mapeo.ignoradas, filas, ruta, mapeo)


def _como(pais: str, region: str | None, nombre: str) -> str:
    return f"«{nombre}» ({pais}, {region or 'sin región'})"


def _el_miembro(e: MiembroExistente) -> str:
    return f"el miembro «{e.nombre}» ({e.pais}, {e.region or 'sin región'}{f', código {e.codigo}' if e.codigo else ''})"


def _choques_de_clave(plan: PlanImportacion, existentes: list[MiembroExistente]) -> list[Problema]:
    """Ninguna fila puede dejar a dos miembros con la misma clave (país, región y nombre sin mayúsculas ni
    acentos) salvo que ambos tengan código (homónimos con códigos oficiales distintos): ni un alta igual a
    otro miembro, ni un cambio de nombre o región que lo iguale a otro. Un miembro que conserva su clave no
    choca (si ya estaba repetido, lo informa «verificar»)."""
    cambiados = {c.miembro_id for c in plan.cambios}
    por_id = {e.id: e for e in existentes}
    duenos: dict[tuple, list[tuple[str, bool]]] = {}  # clave -> [(quién, tiene código)]
    for e in existentes:
        if e.id not in cambiados:
            duenos.setdefault(clave_emparejamiento(e.pais, e.region, e.nombre), []).append((_el_miembro(e), bool(e.codigo)))
    problemas = []
    consejo = ("dos miembros no pueden tener el mismo país, región y nombre. Si es otro miembro, agregue al "
               "nombre algo que lo distinga (por ejemplo, el departamento o la provincia) o el código oficial "
               "de ambos; si es el mismo, use su código")

    def revisar(clave: tuple, codigo: str | None, como: str, fila: int, nombre: str) -> None:
        choque = next((quien for quien, con_codigo in duenos.get(clave, []) if not (codigo and con_codigo)), None)
        if choque:
            problemas.append(Problema(f"{como} ya es {choque}: {consejo}", fila=fila, valor=nombre, campo="nombre"))
        else:
            duenos.setdefault(clave, []).append((f"la fila {fila}", bool(codigo)))

    for cambio in plan.cambios:
        f, antes = cambio.ficha, por_id[cambio.miembro_id]
        clave = clave_emparejamiento(f["pais"], f["region"], f["nombre"])
        if clave == clave_emparejamiento(antes.pais, antes.region, antes.nombre):
            duenos.setdefault(clave, []).append((_el_miembro(antes), bool(f["codigo"])))
            continue
        revisar(clave, f["codigo"], _como(f["pais"], f["region"], f["nombre"]), cambio.fila, f["nombre"])
    for fila in plan.nuevos:
        revisar(fila.clave(), fila.codigo, _como(fila.pais, fila.region, fila.nombre), fila.fila, fila.nombre)
    return problemas


def _decidir(filas: list[FilaMiembro], existentes: list[MiembroExistente]) -> tuple[PlanImportacion, list[Problema]]:
    """Nuevos, cambios y sin cambios contra `existentes`, y las filas que no se pueden aplicar."""
    plan, problemas = planificar(filas, existentes)
    return plan, problemas + _choques_de_clave(plan, existentes)


def _estados_del_nuevo(miembro_id: int, fila: FilaMiembro, ingreso: str | None, hoy: date) -> list[tuple]:
    """La historia de estados de un miembro nuevo: activo desde su ingreso y, si el archivo lo dice suspendido o de
    baja, ese estado desde su fecha y con su motivo (como lo exporta el padrón). El motivo del alta es el del
    archivo si trae uno para un activo; si no, «Alta por importación»."""
    if fila.estado in (None, "activo"):
        desde = fila.estado_desde.isoformat() if fila.estado_desde else ingreso or hoy.isoformat()
        return [(miembro_id, "activo", desde, fila.estado_motivo or "Alta por importación")]
    desde = fila.estado_desde.isoformat()  # validar_fila exige fecha y motivo para suspendido y baja
    return [(miembro_id, "activo", ingreso or desde, "Alta por importación"),
            (miembro_id, fila.estado, desde, fila.estado_motivo)]


def _tareas_de_escritura(db: Database, asociacion_id: int, plan: PlanImportacion, hoy: date,
                         existentes: list[MiembroExistente]) -> dict[str, list]:
    """Las filas que escribe la importación, por tipo (los argumentos de datos.miembros.escribir_importacion)."""
    siguiente = tabla.proximo_id(db)
    miembros, poblaciones, estados, cierres, autoridades = [], [], [], [], []
    # Claves que ya tienen dos o más miembros (duplicados anteriores al índice): quien las conserva al
    # actualizarse conserva también la clave guardada (la migración dejó vacía la de los repetidos).
    vistas, repetidas = set(), set()
    for e in existentes:
        clave = clave_emparejamiento(e.pais, e.region, e.nombre)
        (repetidas if clave in vistas else vistas).add(clave)
    for fila in plan.nuevos:
        miembro_id, siguiente = siguiente, siguiente + 1
        ingreso = fila.fecha_ingreso.isoformat() if fila.fecha_ingreso else None
        miembros.append((miembro_id, asociacion_id, fila.tipo or "municipio", fila.nombre, fila.pais,
                         fila.region, fila.codigo, ingreso, fila.modo_ingreso or "solicitud_propia",
                         int(bool(fila.fundador)), fila.correo, fila.telefono,
                         tabla.clave_de(fila.pais, fila.region, fila.nombre)))
        poblaciones.append((miembro_id, fila.poblacion, fila.anio_poblacion, fila.fuente))
        estados.extend(_estados_del_nuevo(miembro_id, fila, ingreso, hoy))
        if fila.autoridad:
            autoridades.append((miembro_id, fila.autoridad, fila.cargo or cargo_local(fila.pais), None, None))
    fichas = []
    ayer = (hoy - timedelta(days=1)).isoformat()
    for cambio in plan.cambios:
        f = cambio.ficha
        repetida = clave_emparejamiento(f["pais"], f["region"], f["nombre"]) in repetidas
        fichas.append((f["nombre"], f["pais"], f["region"], f["codigo"], f["tipo"],
                       f["fecha_ingreso"].isoformat() if f["fecha_ingreso"] else None,
                       f["correo"], f["telefono"], int(bool(f["fundador"])), f["modo_ingreso"], repetida, tabla.clave_de(f["pais"], f["region"], f["nombre"]),
                       cambio.miembro_id))
        if cambio.poblacion:
            poblaciones.append((cambio.miembro_id, *cambio.poblacion))
        if cambio.autoridad:
            cierres.append((ayer, cambio.miembro_id, hoy.isoformat()))
            autoridades.append((cambio.miembro_id, *cambio.autoridad, hoy.isoformat(), None))
    return {"miembros": miembros, "fichas": fichas, "poblaciones": poblaciones, "estados": estados,
            "cierres": cierres, "autoridades": autoridades}


def _cifras(plan: PlanImportacion) -> tuple[int, int, int]:
    return len(plan.nuevos), len(plan.cambios), plan.sin_cambios


def aplicar(contexto: Contexto, analisis: Analisis, *, hoy: date | None = None,
            progreso: Progreso | None = None) -> ResultadoImportacion:
    """Escribe el archivo analizado en una sola transacción: si algo falla o se cancela, no queda nada escrito.

    El plan se decide de nuevo dentro de la transacción (BEGIN IMMEDIATE: nadie más escribe mientras tanto),
    contra la base actual: dos importaciones simultáneas del mismo archivo no duplican a nadie, y la segunda
    informa lo que realmente hizo. Si otra escritura tiene la base, espera (informando «esperando») hasta
    ESPERA_MAXIMA_S segundos.
    """
    db, asociacion_id = contexto.db, contexto.asociacion_id
    hoy = hoy or fecha_de_hoy()
    avance = (lambda hecho, total: progreso("escribiendo", hecho, total)) if progreso else None
    esperar = (lambda segundos: progreso("esperando", int(segundos), None)) if progreso else (lambda segundos: None)
    with transaccion(db, esperar=esperar, espera_maxima_s=ESPERA_MAXIMA_S):
        existentes = _existentes(db, asociacion_id, hoy)
        plan, problemas = _decidir(analisis.filas, existentes)
        if problemas:  # la base cambió desde la vista previa de un modo que este archivo ya no puede aplicar
            problemas = ubicar(problemas, analisis.mapeo)
            problemas.sort(key=lambda p: (p.fila or 0))
            raise _error_de_archivo(analisis.ruta or Path("archivo"), problemas)
        try:
            tabla.escribir_importacion(db, **_tareas_de_escritura(db, asociacion_id, plan, hoy, existentes),
                                       progreso=avance)
        except sqlite3.IntegrityError as error:
            if "miembros.clave" not in str(error) and "miembros.codigo" not in str(error):
                raise
            # Solo pasa si una clave o un código guardados no coinciden con la ficha (cambiada por fuera).
            raise ErrorEscritorio(
                f"{nombre_citable(analisis.ruta or Path('archivo'))}: no se importó nada. La base rechazó un miembro repetido "
                "(mismo país, región y nombre, o mismo código, que otro ya registrado) porque algún miembro se "
                "cambió por fuera de Escritorio. Corra «escritorio verificar» para ver cuál, ábralo en su ficha y "
                "guárdelo, y vuelva a importar.") from None
    return ResultadoImportacion(*_cifras(plan), analisis.columnas_ignoradas,
                                distinto_de_la_vista_previa=_cifras(plan) != _cifras(analisis.plan),
                                avisos=list(plan.avisos))


def importar_miembros(contexto: Contexto, ruta: Path | str, *, hoy: date | None = None,
                      progreso: Progreso | None = None, columnas: dict[str, int] | None = None,
                      orden_fechas: str | None = None) -> ResultadoImportacion:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    analisis = analizar(contexto, ruta, hoy=hoy, progreso=progreso, columnas=columnas,
                        orden_fechas=orden_fechas)
    return aplicar(contexto, analisis, hoy=hoy, progreso=progreso)


def exportar_problemas(problemas: list[Problema], ruta: Path | str, *, archivo: Path | str | None = None,
                       asociacion: dict | None = None) -> Path:
    """Los problemas de una importación en una planilla, para corregirlos con calma. `archivo`: el que se quiso
    importar (va en el título del libro); `asociacion`: su autor y su papel."""
    from ..documentos.excel.escritura import ColumnaHoja, Hoja, Propiedades, escribir_libro

    columnas = [ColumnaHoja("Fila", 8), ColumnaHoja("Columna", 10), ColumnaHoja("Encabezado", 22),
                ColumnaHoja("Valor", 28), ColumnaHoja("Problema", 80, ajustar=True)]
    filas = [(p.fila, p.columna, p.encabezado, None if p.valor is None else str(p.original or p.valor), p.motivo)
             for p in problemas]
    titulo = f"Problemas al importar {nombre_citable(Path(archivo))}" if archivo else "Problemas de la importación"
    asociacion = asociacion or {}
    return escribir_libro(ruta, [Hoja("Problemas", columnas, filas)],
                          propiedades=Propiedades(titulo, asociacion.get("nombre"), asociacion.get("papel")))
