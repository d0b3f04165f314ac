"""Escribir de a lotes lo que decide la importación del padrón (`Escritor`, dentro de la transacción abierta), y
cada fila validada como la guarda el borrador (`a_tupla`, `de_tupla`)."""

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from ..datos.base_de_datos import BaseDeDatos

from ..datos import miembros as tabla_miembros
from ..documentos.excel.lectura import nombre_citable
from ..dominio.emparejamiento import Cambio
from ..dominio.entrada import LARGO_NOMBRE, texto as texto_limpio
from ..dominio.fila_importada import FilaMiembro
from ..dominio.miembros import cargo_local
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .importacion_plan import Progreso

FILAS_POR_LOTE = 500  # filas válidas que se escriben (y se anotan en el borrador) de una vez


# --- una fila validada en el borrador ------------------------------------------------------------------------

def _iso(fecha: date | None) -> str | None:
    return fecha.isoformat() if fecha else None


def a_tupla(f: FilaMiembro) -> tuple:
    """En el orden de borrador_importacion.COLUMNAS_FILA."""
    return (f.fila, f.nombre, f.pais, f.poblacion, f.region, f.codigo, f.anio_poblacion, f.fuente, f.tipo,
            _iso(f.fecha_ingreso), f.autoridad, f.cargo, f.correo, f.telefono, f.estado, _iso(f.estado_desde),
            f.estado_motivo, f.fundador, f.modo_ingreso, f.latitud, f.longitud)


def de_tupla(t: tuple) -> FilaMiembro:
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


class Escritor:
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
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("{0}: no se importó nada. La base rechazó un miembro repetido (mismo país, región y "
                             "nombre, o mismo código, que otro ya registrado) porque algún miembro se cambió por fuera "
                             "de Escritorio. Revise la base en el menú Archivo, «Verificar la base…», para ver cuál, "
                             "ábralo en su ficha y guárdelo, y vuelva a importar."),
            linea=traducir("{0}: no se importó nada. La base rechazó un miembro repetido (mismo país, región y nombre, "
                           "o mismo código, que otro ya registrado) porque algún miembro se cambió por fuera de "
                           "Escritorio. Corra «escritorio verificar» para ver cuál, ábralo en su ficha y guárdelo, y "
                           "vuelva a importar.")).format(
            nombre_citable(ruta or Path(traducir("archivo"))))) from None
