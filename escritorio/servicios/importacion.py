"""Importar el padrón desde .xlsx o .csv: todo o nada, con cada problema localizado, sin tener el archivo en memoria.

Una sola manera de decidir (`_Pasada`: fila por fila, en el orden del archivo, contra el padrón), tres caminos:

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

En memoria quedan los miembros que ya están (los del padrón), un lote de filas y los problemas; lo que crece con el
archivo va al borrador. Las altas se anotan en la bitácora de a lotes (datos/bitacora.altas_en_bloque), no fila por
fila con un trigger.
"""

import sqlite3
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice
from pathlib import Path

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import bitacora as tabla_bitacora
from ..datos import miembros as tabla_miembros
from ..datos import ubicaciones as tabla_ubicaciones
from ..datos.borrador_importacion import Borrador, fijar_espera
from ..datos.conexion import solo_lectura, transaccion
from ..documentos.excel.lectura import Tabla, leer_tabla, nombre_citable
from ..dominio import orden_de_fechas
from ..dominio.emparejamiento import Cambio, ConClave, Emparejador, MiembroExistente, choques_de_una_clave, el_miembro
from ..dominio.entrada import LARGO_NOMBRE, muestra, texto as texto_limpio
from ..dominio.importacion import (COLUMNAS, COLUMNAS_FECHA, COLUMNAS_INFORMATIVAS, EvidenciaDeFechas, FilaMiembro,
                                   Mapeo, Problema, clave_de_repeticion, letra_columna, mapear_encabezados,
                                   problema_repetido, ubicar, validar_fila)
from ..dominio.miembros import cargo_local, clave_emparejamiento
from ..dominio.texto import normalizar
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion
from ..idiomas import traduccion as _catalogos  # noqa: F401 - instala los catálogos: los encabezados en portugués
from .base import hoy as fecha_de_hoy
from .contexto import Contexto

# progreso(etapa, hecho, total): etapa "leyendo", "esperando" (otra escritura tiene la base; hecho son los
# segundos de espera) o "escribiendo"; puede lanzar Cancelado.
Progreso = Callable[[str, int, int | None], None]
MAXIMO_PROBLEMAS_EN_MENSAJE = 50
# Cuánto espera una importación a que termine otra escritura en la misma base (otra importación, otra ventana).
ESPERA_MAXIMA_S = 600
FILAS_POR_LOTE = 500  # filas válidas que se escriben (y se anotan en el borrador) de una vez
AVISAR_CADA = 250  # filas leídas entre dos avisos de progreso
CAMBIOS_EN_LA_VISTA_PREVIA = 200  # los cambios que la vista previa guarda con su descripción (el asistente los lista)
FILAS_DE_MUESTRA = 20  # las que se miran para decidir qué trae una columna de encabezado ambiguo («Estado»)


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
        texto = traducir("{0} nuevos, {1} actualizados, {2} sin cambios").format(
            self.nuevos, self.actualizados, self.sin_cambios)
        if self.columnas_ignoradas:
            texto += " " + traducir("(columnas ignoradas: {0})").format(", ".join(self.columnas_ignoradas))
        if self.distinto_de_la_vista_previa:
            texto += ". " + traducir("El padrón cambió mientras se preparaba la importación (otra importación u otra "
                                     "ventana guardó datos): se decidió de nuevo contra la base actual y estas cifras "
                                     "son las que se guardaron")
        return texto


def _miles(numero: int) -> str:
    """1500 -> '1.500' ('1,500' con el programa en inglés), como las cifras del asistente."""
    return formato.numero(numero)


@dataclass
class VistaDelPlan:
    """Lo que haría la importación: cuántas altas, cambios y filas sin nada nuevo, los primeros cambios con su
    descripción (CAMBIOS_EN_LA_VISTA_PREVIA; `cambios_previstos` da todos) y los avisos."""

    nuevos: int = 0
    actualizados: int = 0
    sin_cambios: int = 0
    cambios: list[Cambio] = field(default_factory=list)
    avisos: list[str] = field(default_factory=list)

    def cifras(self) -> tuple[int, int, int]:
        return self.nuevos, self.actualizados, self.sin_cambios

    def frase(self, listados: int | None = None) -> str:
        """Lo que hará la importación en una frase que nunca contradice las cifras: «31 miembros nuevos; ningún
        miembro existente cambia.», «2 miembros existentes cambian:» (antes de la lista de cambios, de la que se
        muestran `listados`), «Nada que importar: …»."""
        if not self.nuevos and not self.actualizados:
            return (traducir("Nada que importar: la fila del archivo ya está en el padrón tal cual.")
                    if self.sin_cambios == 1 else
                    traducir("Nada que importar: las {0} filas del archivo ya están en el padrón tal cual.")
                    .format(_miles(self.sin_cambios)))
        nuevos = (traducir("1 miembro nuevo") if self.nuevos == 1
                  else traducir("{0} miembros nuevos").format(_miles(self.nuevos))) if self.nuevos else ""
        if not self.actualizados:
            return traducir("{0}; ningún miembro existente cambia.").format(nuevos)
        cambian = (traducir("1 miembro existente cambia") if self.actualizados == 1
                   else traducir("{0} miembros existentes cambian").format(_miles(self.actualizados)))
        if listados is not None and listados < self.actualizados:
            cambian += " " + traducir("(se muestran los primeros {0})").format(_miles(listados))
        return f"{nuevos}; {cambian}:" if nuevos else f"{cambian}:"


@dataclass
class Analisis:
    plan: VistaDelPlan  # la vista previa: aplicar() lo vuelve a decidir dentro de la transacción
    columnas_ignoradas: list[str]
    ruta: Path | None = None
    mapeo: Mapeo | None = None  # para nombrar la columna de un problema que aparezca al aplicar
    # Las filas validadas, en disco; se borra con el análisis (o con cerrar()).
    borrador: Borrador | None = field(default=None, repr=False)
    hoy: date | None = None

    def cerrar(self) -> None:
        if self.borrador is not None:
            self.borrador.cerrar()


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
    return ErrorValidacion("\n".join([titulo, *lineas]), problemas)


def _existentes(db: BaseDeDatos, asociacion_id: int, hoy: date) -> list[MiembroExistente]:
    cifras = tabla_miembros.cifras_por_miembro(db, asociacion_id)
    ubicaciones = tabla_ubicaciones.de_la_asociacion(db, asociacion_id)
    return [
        MiembroExistente(
            id=f["id"], nombre=f["nombre"], pais=f["pais"], region=f["region"], codigo=f["codigo"],
            tipo=f["tipo"], fecha_ingreso=date.fromisoformat(f["fecha_ingreso"]) if f["fecha_ingreso"] else None,
            correo=f["correo"], telefono=f["telefono"], poblacion=f["poblacion"],
            anio_poblacion=f["anio_poblacion"], autoridad=f["autoridad"], cargo=f["cargo"],
            cifras=cifras.get(f["id"], set()), fundador=bool(f["fundador"]), modo_ingreso=f["modo_ingreso"],
            estado=f["estado"], ubicacion=ubicaciones[f["id"]][:2] if f["id"] in ubicaciones else None)
        for f in tabla_miembros.vigentes(db, asociacion_id, hoy.isoformat())
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


def _abrir(ruta: Path, columnas: dict[str, int] | None) -> tuple[Tabla, Mapeo]:
    """El archivo abierto (sus filas se leen de a una) y qué columna trae cada dato; los encabezados con problemas
    se informan ya, sin leer ninguna fila."""
    tabla_archivo = leer_tabla(ruta)
    if columnas is None:
        mapeo, problemas = mapear_encabezados(tabla_archivo.encabezados, _primeras_filas(tabla_archivo))
    else:
        mapeo, problemas = _mapeo_elegido(columnas, tabla_archivo.encabezados)
    if problemas:
        tabla_archivo.filas.close()
        raise _error_de_archivo(ruta, problemas)
    return tabla_archivo, mapeo


# --- una fila validada en el borrador ------------------------------------------------------------------------

def _iso(fecha: date | None) -> str | None:
    return fecha.isoformat() if fecha else None


def _a_tupla(f: FilaMiembro) -> tuple:
    """En el orden de borrador_importacion.COLUMNAS_FILA."""
    return (f.fila, f.nombre, f.pais, f.poblacion, f.region, f.codigo, f.anio_poblacion, f.fuente, f.tipo,
            _iso(f.fecha_ingreso), f.autoridad, f.cargo, f.correo, f.telefono, f.estado, _iso(f.estado_desde),
            f.estado_motivo, f.fundador, f.modo_ingreso, f.latitud, f.longitud)


def _de_tupla(t: tuple) -> FilaMiembro:
    (fila, nombre, pais, poblacion, region, codigo, anio_poblacion, fuente, tipo, fecha_ingreso, autoridad, cargo,
     correo, telefono, estado, estado_desde, estado_motivo, fundador, modo_ingreso, latitud, longitud) = t
    return FilaMiembro(fila, nombre, pais, poblacion, region, codigo, anio_poblacion, fuente, tipo,
                       date.fromisoformat(fecha_ingreso) if fecha_ingreso else None, autoridad, cargo, correo,
                       telefono, estado, date.fromisoformat(estado_desde) if estado_desde else None, estado_motivo,
                       None if fundador is None else bool(fundador), modo_ingreso, latitud, longitud)


# --- escribir de a lotes -------------------------------------------------------------------------------------

def fuente_de_la_ubicacion(ruta: Path | None) -> str:
    """De dónde sale la ubicación que trae un archivo importado: «Importación (padron.xlsx)», o «Importación» si el
    nombre del archivo no se puede guardar tal cual (lo guardado nunca lleva caracteres de control)."""
    try:
        nombre = texto_limpio(ruta.name, maximo=LARGO_NOMBRE) if ruta is not None else ""
    except ValueError:
        nombre = ""
    return f"Importación ({nombre})" if nombre else "Importación"


def _estados_del_nuevo(miembro_id: int, fila: FilaMiembro, ingreso: str | None, hoy: date) -> list[tuple]:
    """La historia de estados de un miembro nuevo: activo desde su ingreso y, si el archivo lo dice suspendido o de
    baja, ese estado desde su fecha y con su motivo (como lo exporta el padrón). El motivo del alta es el del
    archivo si trae uno para un activo; si no, «Alta por importación»."""
    if fila.estado in (None, "activo"):
        desde = fila.estado_desde.isoformat() if fila.estado_desde else ingreso or hoy.isoformat()
        return [(miembro_id, "activo", desde, fila.estado_motivo or "Alta por importación")]
    if fila.estado == "solicitante":  # pidió ingresar: no fue activa antes (la admite una resolución)
        desde = fila.estado_desde.isoformat() if fila.estado_desde else hoy.isoformat()
        return [(miembro_id, "solicitante", desde, fila.estado_motivo or "Solicitud de ingreso")]
    desde = fila.estado_desde.isoformat()  # validar_fila exige fecha y motivo para suspendido y baja
    return [(miembro_id, "activo", ingreso or desde, "Alta por importación"),
            (miembro_id, fila.estado, desde, fila.estado_motivo)]


class _Escritor:
    """Escribe lo que decide la pasada, de a FILAS_POR_LOTE filas, dentro de la transacción abierta (los argumentos
    de datos.miembros.escribir_importacion). Deja de escribir en cuanto hay un problema: la importación se va a
    revertir igual, y se sigue leyendo solo para informarlos todos."""

    def __init__(self, db: BaseDeDatos, asociacion_id: int, hoy: date, repetidas: set[str], altas,
                 progreso: Progreso | None = None, total: int | None = None, ruta: Path | None = None):
        """`progreso`: se informa «escribiendo» con las filas escritas tras cada lote. `ruta`: el archivo (la fuente
        de las ubicaciones que trae)."""
        self._db, self._asociacion_id, self._altas = db, asociacion_id, altas
        self._fuente_ubicacion = fuente_de_la_ubicacion(ruta)
        self._hoy, self._ayer = hoy.isoformat(), (hoy - timedelta(days=1)).isoformat()
        self._fecha_hoy = hoy
        # Claves que ya tienen dos o más miembros (duplicados anteriores al índice): quien las conserva al
        # actualizarse conserva también la clave guardada (la migración dejó vacía la de los repetidos).
        self._repetidas = repetidas
        self._progreso, self._total = progreso, total
        self._siguiente = tabla_miembros.proximo_id(db)
        self._lote = self._lote_vacio()
        self._en_lote = 0
        self.escritas = 0
        self.detenido = False
        self.rechazo: sqlite3.IntegrityError | None = None  # lo que la base rechazó (y detuvo la escritura)

    @staticmethod
    def _lote_vacio() -> dict[str, list]:
        return {"miembros": [], "fichas": [], "poblaciones": [], "estados": [], "cierres": [], "autoridades": [],
                "ubicaciones": []}

    def alta(self, fila: FilaMiembro, clave: str) -> None:
        miembro_id, self._siguiente = self._siguiente, self._siguiente + 1
        if self.detenido:
            return
        lote = self._lote
        ingreso = _iso(fila.fecha_ingreso)
        lote["miembros"].append((miembro_id, self._asociacion_id, fila.tipo or "municipio", fila.nombre, fila.pais,
                                 fila.region, fila.codigo, ingreso, fila.modo_ingreso or "solicitud_propia",
                                 int(bool(fila.fundador)), fila.correo, fila.telefono, clave))
        lote["poblaciones"].append((miembro_id, fila.poblacion, fila.anio_poblacion, fila.fuente))
        lote["estados"].extend(_estados_del_nuevo(miembro_id, fila, ingreso, self._fecha_hoy))
        if fila.autoridad:
            lote["autoridades"].append((miembro_id, fila.autoridad, fila.cargo or cargo_local(fila.pais), None, None))
        if fila.latitud is not None:
            lote["ubicaciones"].append((miembro_id, fila.latitud, fila.longitud, self._fuente_ubicacion))
        self._contar()

    def cambio(self, cambio: Cambio, clave: str) -> None:
        if self.detenido:
            return
        lote, f = self._lote, cambio.ficha
        lote["fichas"].append((f["nombre"], f["pais"], f["region"], f["codigo"], f["tipo"], _iso(f["fecha_ingreso"]),
                               f["correo"], f["telefono"], int(bool(f["fundador"])), f["modo_ingreso"],
                               clave in self._repetidas, clave, cambio.miembro_id))
        if cambio.poblacion:
            lote["poblaciones"].append((cambio.miembro_id, *cambio.poblacion))
        if cambio.autoridad:
            lote["cierres"].append((self._ayer, cambio.miembro_id, self._hoy))
            lote["autoridades"].append((cambio.miembro_id, *cambio.autoridad, self._hoy, None))
        if cambio.ubicacion:
            lote["ubicaciones"].append((cambio.miembro_id, *cambio.ubicacion, self._fuente_ubicacion))
        self._contar()

    def _contar(self) -> None:
        self._en_lote += 1
        if self._en_lote >= FILAS_POR_LOTE:
            self.vaciar()

    def vaciar(self) -> None:
        """Escribe el lote pendiente e informa el avance."""
        lote, cantidad = self._lote, self._en_lote
        self._lote, self._en_lote = self._lote_vacio(), 0
        if self.detenido or not cantidad:
            return
        try:
            tabla_miembros.escribir_importacion(self._db, **lote, altas=self._altas)
        except sqlite3.IntegrityError as error:
            # Un miembro repetido en el archivo que la base rechaza antes de que la revisión del final lo nombre
            # (o una clave guardada que no coincide con su ficha): se deja de escribir y se sigue leyendo.
            self.rechazo, self.detenido = error, True
            return
        self.escritas += cantidad
        if self._progreso:
            self._progreso("escribiendo", self.escritas, self._total)

    def detener(self) -> None:
        self.detenido = True
        self._lote, self._en_lote = self._lote_vacio(), 0

    def exigir_sin_rechazo(self, ruta: Path | None) -> None:
        """Sin problemas en el archivo, lo que la base rechazó se informa (y revierte todo)."""
        if self.rechazo is None:
            return
        if "miembros.clave" not in str(self.rechazo) and "miembros.codigo" not in str(self.rechazo):
            raise self.rechazo  # la transacción lo traduce (conexion.rechazo_de_la_base) y revierte
        # Solo pasa si una clave o un código guardados no coinciden con la ficha (cambiada por fuera).
        raise ErrorEscritorio(traducir(
            "{0}: no se importó nada. La base rechazó un miembro repetido (mismo país, región y nombre, o mismo "
            "código, que otro ya registrado) porque algún miembro se cambió por fuera de Escritorio. Corra "
            "«escritorio verificar» para ver cuál, ábralo en su ficha y guárdelo, y vuelva a importar.").format(
            nombre_citable(ruta or Path(traducir("archivo"))))) from None


# --- decidir fila por fila -------------------------------------------------------------------------------------

class _Pasada:
    """Una decisión fila por fila contra el padrón de ese momento. De cada fila válida anota en el borrador lo que
    necesita la revisión del final (repetidos y claves que chocan), cuenta lo que haría y, con un escritor, lo
    escribe. En memoria solo quedan los miembros que ya están y un lote."""

    def __init__(self, db: BaseDeDatos, asociacion_id: int, hoy: date, borrador: Borrador):
        existentes = _existentes(db, asociacion_id, hoy)
        self._emparejador = Emparejador(existentes)
        self._por_id = {e.id: e for e in existentes}
        self._clave_de_id: dict[int, str] = {}
        self._ids_por_clave: dict[str, list[int]] = {}  # clave (texto) -> miembros que ya la tienen
        for e in existentes:
            clave = tabla_miembros.clave_de(e.pais, e.region, e.nombre)
            self._clave_de_id[e.id] = clave
            self._ids_por_clave.setdefault(clave, []).append(e.id)
        self._borrador = borrador
        self.plan = VistaDelPlan()
        self.validas = 0
        self.escritor: _Escritor | None = None
        self._cambiados: set[int] = set()
        self._mismo_miembro: list[Problema] = []
        self._claves: list[tuple] = []

    def claves_repetidas(self) -> set[str]:
        return {clave for clave, ids in self._ids_por_clave.items() if len(ids) > 1}

    def con_problemas(self) -> None:
        """El archivo ya tiene un problema: no se escribe más (se sigue decidiendo para informarlos todos)."""
        if self.escritor is not None and not self.escritor.detenido:
            self.escritor.detener()

    def decidir(self, fila: FilaMiembro) -> None:
        self.validas += 1
        clave_fila = fila.clave()
        clave = tabla_miembros.texto_de_clave(clave_fila)
        # Como texto (las partes no pueden tener caracteres de control: la validación los rechaza).
        repeticion = "\x1f".join(clave_de_repeticion(fila.codigo, clave_fila))
        decision = self._emparejador.decidir(fila, clave_fila)
        # (fila, repetición, clave con que queda, orden, código, nombre, país, región, código y región con que
        #  queda, miembro, conserva su clave, clave de un miembro que ya estaba): ver borrador_importacion.
        anotacion = None
        if decision.problema is not None:
            self._mismo_miembro.append(decision.problema)
            self.con_problemas()
        elif decision.existente is None:
            self.plan.nuevos += 1
            anotacion = (clave, 1, fila.codigo, fila.region, None, 0)
            if self.escritor is not None:
                self.escritor.alta(fila, clave)
        else:
            if decision.aviso:
                self.plan.avisos.append(decision.aviso)
            cambio = decision.cambio
            if cambio.descripcion:
                anotacion = self._cambio(cambio)
            else:
                self.plan.sin_cambios += 1
        if anotacion is None:
            self._claves.append((fila.fila, repeticion, None, None, fila.codigo, fila.nombre, fila.pais, fila.region,
                                 None, None, None, None, 0))
        else:
            clave_final, orden, codigo_final, region_final, miembro_id, conserva = anotacion
            self._claves.append((fila.fila, repeticion, clave_final, orden, fila.codigo, fila.nombre, fila.pais,
                                 fila.region, codigo_final, region_final, miembro_id, conserva,
                                 int(clave_final in self._ids_por_clave)))
        if len(self._claves) >= FILAS_POR_LOTE:
            self._anotar()

    def _cambio(self, cambio: Cambio) -> tuple:
        self.plan.actualizados += 1
        if len(self.plan.cambios) < CAMBIOS_EN_LA_VISTA_PREVIA:
            self.plan.cambios.append(cambio)
        self._cambiados.add(cambio.miembro_id)
        f = cambio.ficha
        clave = tabla_miembros.texto_de_clave(clave_emparejamiento(f["pais"], f["region"], f["nombre"]))
        if self.escritor is not None:
            self.escritor.cambio(cambio, clave)
        conserva = int(clave == self._clave_de_id[cambio.miembro_id])
        return clave, 0, f["codigo"], f["region"], cambio.miembro_id, conserva

    def _anotar(self) -> None:
        if self._claves:
            self._borrador.anotar_claves(self._claves)
            self._claves = []

    def revisar(self, mapeo: Mapeo | None) -> list[Problema]:
        """Lo que solo se ve con el archivo entero: filas repetidas, dos filas del mismo miembro y claves que
        chocan (una fila repetida no se informa dos veces)."""
        self._anotar()
        repetidos = [problema_repetido(fila, nombre, pais, region, codigo, primera)
                     for fila, codigo, nombre, pais, region, primera in self._borrador.repetidos()]
        ya_dichas = {p.fila for p in repetidos}
        otros = [p for p in self._mismo_miembro + self._choques() if p.fila not in ya_dichas]
        return ubicar(repetidos, mapeo) + ubicar(otros, mapeo)

    def _choques(self) -> list[Problema]:
        problemas: list[Problema] = []
        actual, grupo = None, []
        for fila_de_clave in self._borrador.con_clave_compartida():
            clave, fila, _, codigo, nombre, pais, region, miembro_id, conserva = fila_de_clave
            if clave != actual:
                problemas += self._choques_de(actual, grupo)
                actual, grupo = clave, []
            grupo.append(ConClave(fila, codigo, nombre, pais, region, self._por_id[miembro_id] if conserva else None))
        return problemas + self._choques_de(actual, grupo)

    def _choques_de(self, clave: str | None, grupo: list[ConClave]) -> list[Problema]:
        if not grupo:
            return []
        duenos = [(el_miembro(self._por_id[i]), bool(self._por_id[i].codigo))
                  for i in self._ids_por_clave.get(clave, []) if i not in self._cambiados]
        return choques_de_una_clave(duenos, grupo)


class _LeerDeNuevo(Exception):
    """Las fechas con barras se validaron como día/mes y el archivo decidió mes/día: hay que leerlo otra vez con
    el orden ya sabido (solo pasa con archivos en mm/dd/aaaa sin «--fechas»)."""

    def __init__(self, ordenes: dict[str, str]):
        super().__init__()
        self.ordenes = ordenes


def _recorrer(contexto: Contexto, tabla_archivo: Tabla, mapeo: Mapeo, pasada: _Pasada, *, hoy: date,
              elegido: str | None, ordenes: dict[str, str] | None, progreso: Progreso | None,
              borrador: Borrador | None = None) -> list[Problema]:
    """Lee, valida y decide cada fila; devuelve todos los problemas del archivo (vacía si se puede importar).
    Con `borrador`, guarda allí las filas validadas.

    El orden de las fechas con barras se decide con el archivo entero a la vista (dominio/orden_de_fechas): mientras
    se lee, se validan como día/mes (o como eligió la persona); si al final el archivo decide mes/día, se lanza
    _LeerDeNuevo con el orden (`ordenes`, para la segunda lectura)."""
    db = contexto.db
    paises = set(tabla_asociaciones.paises(db, contexto.asociacion_id))
    evidencia = EvidenciaDeFechas(mapeo)
    provisorias = ordenes if ordenes is not None else {campo: elegido or orden_de_fechas.DMA
                                                       for campo in COLUMNAS_FECHA}
    problemas: list[Problema] = []
    guardar: list[tuple] = []
    try:
        for leidas, (numero, valores) in enumerate(tabla_archivo.filas, start=1):
            evidencia.agregar(numero, valores)
            fila, errores = validar_fila(numero, valores, mapeo, hoy, paises, provisorias)
            if errores:
                problemas.extend(errores)
                pasada.con_problemas()
            else:
                pasada.decidir(fila)
                if borrador is not None:
                    guardar.append(_a_tupla(fila))
                    if len(guardar) >= FILAS_POR_LOTE:
                        borrador.guardar_filas(guardar)
                        guardar = []
            if progreso and leidas % AVISAR_CADA == 0:
                progreso("leyendo", leidas, None)
    finally:
        tabla_archivo.filas.close()
    if borrador is not None and guardar:
        borrador.guardar_filas(guardar)
    finales, problemas_de_fechas = evidencia.decidir(elegido)
    if ordenes is None and any(orden != provisorias.get(campo) for campo, orden in finales.items()):
        raise _LeerDeNuevo(finales)
    problemas.extend(problemas_de_fechas)
    if not pasada.validas and not problemas:
        problemas.append(Problema(traducir("el archivo no tiene filas de datos debajo de los encabezados")))
    return problemas + pasada.revisar(mapeo)


def _esperando(progreso: Progreso | None) -> Callable[[float], None]:
    return (lambda segundos: progreso("esperando", int(segundos), None)) if progreso else (lambda segundos: None)


class _Ocupada(Exception):
    """Otra conexión tiene el permiso de escritura."""


def _desistir(segundos: float) -> None:
    raise _Ocupada()


# --- los tres caminos ------------------------------------------------------------------------------------------

def analizar(contexto: Contexto, ruta: Path | str, *, hoy: date | None = None,
             progreso: Progreso | None = None, columnas: dict[str, int] | None = None,
             orden_fechas: str | None = None) -> Analisis:
    """Lee y valida el archivo entero y decide qué cambiaría, sin escribir nada en la base.

    `columnas` (campo -> índice) reemplaza la correspondencia detectada por los encabezados. `orden_fechas`
    ("dma" o "mda", o lo que escribe la persona: "dd/mm", "mm/dd"): el orden de las fechas con barras; sin él, lo
    decide la evidencia del archivo, y una columna que no se puede decidir se rechaza (dominio/orden_de_fechas).
    Las filas validadas quedan en el borrador del análisis, para `aplicar`.
    """
    elegido = _orden_elegido(orden_fechas)
    ruta, hoy = Path(ruta), hoy or fecha_de_hoy()
    ordenes = None
    while True:
        tabla_archivo, mapeo = _abrir(ruta, columnas)
        borrador = Borrador()
        try:
            pasada = _Pasada(contexto.db, contexto.asociacion_id, hoy, borrador)
            problemas = _recorrer(contexto, tabla_archivo, mapeo, pasada, hoy=hoy, elegido=elegido, ordenes=ordenes,
                                  progreso=progreso, borrador=borrador)
            if problemas:
                raise _error_de_archivo(ruta, problemas)
        except _LeerDeNuevo as otra_vez:
            borrador.cerrar()
            ordenes = otra_vez.ordenes
            continue
        except BaseException:
            borrador.cerrar()
            raise
        analisis = Analisis(pasada.plan, mapeo.ignoradas, ruta, mapeo, borrador, hoy)
        weakref.finalize(analisis, borrador.cerrar)  # el borrador se borra con el análisis
        return analisis


def cambios_previstos(contexto: Contexto, analisis: Analisis) -> Iterator[Cambio]:
    """Todos los cambios que haría el análisis (la vista previa guarda los primeros), decididos de nuevo contra el
    padrón actual, en el orden del archivo."""
    existentes = _existentes(contexto.db, contexto.asociacion_id, analisis.hoy or fecha_de_hoy())
    emparejador = Emparejador(existentes)
    for tupla in analisis.borrador.filas():
        decision = emparejador.decidir(_de_tupla(tupla))
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
            pasada = _Pasada(db, asociacion_id, hoy, borrador)
            pasada.escritor = _Escritor(db, asociacion_id, hoy, pasada.claves_repetidas(), altas,
                                        ruta=analisis.ruta)
            for hechas, tupla in enumerate(borrador.filas()):
                if progreso and hechas % FILAS_POR_LOTE == 0:
                    progreso("escribiendo", hechas, total)
                pasada.decidir(_de_tupla(tupla))
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
                                avisos=list(pasada.plan.avisos))


def importar_miembros(contexto: Contexto, ruta: Path | str, *, hoy: date | None = None,
                      progreso: Progreso | None = None, columnas: dict[str, int] | None = None,
                      orden_fechas: str | None = None) -> ResultadoImportacion:
    """Importa el archivo en una sola pasada y una sola transacción (ver el docstring del módulo). Si otra escritura
    tiene la base, lo lee y valida mientras espera, y lo escribe al soltarse."""
    db = contexto.db
    elegido = _orden_elegido(orden_fechas)
    ruta, hoy = Path(ruta), hoy or fecha_de_hoy()
    if solo_lectura(db) is None:
        ordenes = None
        while True:
            try:
                return _de_una_vez(contexto, ruta, hoy=hoy, progreso=progreso, columnas=columnas, elegido=elegido,
                                   ordenes=ordenes)
            except _LeerDeNuevo as otra_vez:
                ordenes = otra_vez.ordenes
            except _Ocupada:
                break
    # Otra escritura tiene la base (o la base es de solo consulta: la vista previa informa primero los problemas del
    # archivo, y la escritura, por qué no se puede guardar).
    analisis = analizar(contexto, ruta, hoy=hoy, progreso=progreso, columnas=columnas, orden_fechas=orden_fechas)
    try:
        return aplicar(contexto, analisis, hoy=hoy, progreso=progreso)
    finally:
        analisis.cerrar()


def _de_una_vez(contexto: Contexto, ruta: Path, *, hoy: date, progreso: Progreso | None,
                columnas: dict[str, int] | None, elegido: str | None,
                ordenes: dict[str, str] | None) -> ResultadoImportacion:
    """Con el permiso de escritura pedido sin esperar (_Ocupada si otra conexión lo tiene): leer, validar, decidir y
    escribir de a lotes; al final, con un solo problema, se revierte todo."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    tabla_archivo, mapeo = _abrir(ruta, columnas)  # un archivo ilegible se informa sin tocar la base
    borrador = Borrador()
    espera = fijar_espera(db, 0)
    try:
        with transaccion(db, esperar=_desistir, espera_maxima_s=ESPERA_MAXIMA_S):
            fijar_espera(db, espera)  # ya con el permiso: la espera de siempre
            with tabla_bitacora.altas_en_bloque(db, tabla_miembros.TABLAS_DE_LA_IMPORTACION) as altas:
                pasada = _Pasada(db, asociacion_id, hoy, borrador)
                pasada.escritor = _Escritor(db, asociacion_id, hoy, pasada.claves_repetidas(), altas, progreso,
                                            ruta=ruta)
                problemas = _recorrer(contexto, tabla_archivo, mapeo, pasada, hoy=hoy, elegido=elegido,
                                      ordenes=ordenes, progreso=progreso)
                if problemas:
                    raise _error_de_archivo(ruta, problemas)
                pasada.escritor.vaciar()
                pasada.escritor.exigir_sin_rechazo(ruta)
    finally:
        fijar_espera(db, espera)
        borrador.cerrar()
        tabla_archivo.filas.close()
    return ResultadoImportacion(*pasada.plan.cifras(), mapeo.ignoradas, avisos=list(pasada.plan.avisos))


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
