"""Decidir fila por fila la importación del padrón: `Pasada` (contra el padrón de ese momento, con lo que necesita
la revisión del final en el borrador) y `recorrer` (leer, validar y decidir cada fila del archivo)."""

from datetime import date

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import miembros as tabla_miembros
from ..datos import ubicaciones as tabla_ubicaciones
from ..datos.borrador_importacion import Borrador
from ..documentos.excel.lectura import Tabla
from ..dominio import orden_de_fechas
from ..dominio.emparejamiento import Cambio, ConClave, Emparejador, MiembroExistente, choques_de_una_clave, el_miembro
from ..dominio.decisiones_de_filas import DecisionesResueltas
from ..dominio.importacion import COLUMNAS_FECHA, Mapeo, Problema
from ..dominio.archivo_importado import EvidenciaDeFechas, clave_de_repeticion, problema_repetido, ubicar
from ..dominio.fila_importada import FilaMiembro, validar_fila
from ..dominio.miembros import clave_emparejamiento
from ..dominio.traduccion import traducir
from .contexto import Contexto
from .importacion_escritura import FILAS_POR_LOTE, Escritor, a_tupla
from .importacion_plan import CAMBIOS_EN_LA_VISTA_PREVIA, Progreso, VistaDelPlan

AVISAR_CADA = 250  # filas leídas entre dos avisos de progreso


def miembros_existentes(contexto: Contexto, hoy: date) -> list[MiembroExistente]:
    db, asociacion_id = contexto.db, contexto.asociacion_id
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



# --- decidir fila por fila -------------------------------------------------------------------------------------

class Pasada:
    """Una decisión fila por fila contra el padrón de ese momento. De cada fila válida anota en el borrador lo que
    necesita la revisión del final (repetidos y claves que chocan), cuenta lo que haría y, con un escritor, lo
    escribe. En memoria solo quedan los miembros que ya están y un lote."""

    def __init__(self, db: BaseDeDatos, asociacion_id: int, hoy: date, borrador: Borrador):
        existentes = miembros_existentes(Contexto(db, asociacion_id), hoy)
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
        self.escritor: Escritor | None = None
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


class LeerDeNuevo(Exception):
    """Las fechas con barras se validaron como día/mes y el archivo decidió mes/día: hay que leerlo otra vez con
    el orden ya sabido (solo pasa con archivos en mm/dd/aaaa sin «--fechas»)."""

    def __init__(self, ordenes: dict[str, str]):
        super().__init__()
        self.ordenes = ordenes


def recorrer(contexto: Contexto, tabla_archivo: Tabla, mapeo: Mapeo, pasada: Pasada, *, hoy: date,
              elegido: str | None, ordenes: dict[str, str] | None, progreso: Progreso | None,
              borrador: Borrador | None = None, decididas: DecisionesResueltas | None = None) -> list[Problema]:
    """Lee, valida y decide cada fila; devuelve todos los problemas del archivo (vacía si se puede importar).
    Con `borrador`, guarda allí las filas validadas. `decididas`: las filas que se omiten (ni se validan ni cuentan
    para los repetidos) y las celdas corregidas (se validan en lugar de las del archivo, con las mismas reglas).

    El orden de las fechas con barras se decide con el archivo entero a la vista (dominio/orden_de_fechas): mientras
    se lee, se validan como día/mes (o como eligió la persona); si al final el archivo decide mes/día, se lanza
    LeerDeNuevo con el orden (`ordenes`, para la segunda lectura)."""
    db = contexto.db
    paises = set(tabla_asociaciones.paises(db, contexto.asociacion_id))
    evidencia = EvidenciaDeFechas(mapeo)
    provisorias = ordenes if ordenes is not None else {campo: elegido or orden_de_fechas.DMA
                                                       for campo in COLUMNAS_FECHA}
    problemas: list[Problema] = []
    guardar: list[tuple] = []
    if decididas is not None:
        decididas.vistas.clear()   # otra lectura (LeerDeNuevo) las vuelve a ver
    try:
        for leidas, (numero, valores) in enumerate(tabla_archivo.filas, start=1):
            if progreso and leidas % AVISAR_CADA == 0:
                progreso("leyendo", leidas, None)
            if decididas is not None:
                valores = decididas.valores(numero, valores)
                if valores is None:   # omitida: como si no estuviera en el archivo
                    continue
            evidencia.agregar(numero, valores)
            fila, errores = validar_fila(numero, valores, mapeo, hoy, paises, provisorias)
            if errores:
                problemas.extend(errores)
                pasada.con_problemas()
            else:
                pasada.decidir(fila)
                if borrador is not None:
                    guardar.append(a_tupla(fila))
                    if len(guardar) >= FILAS_POR_LOTE:
                        borrador.guardar_filas(guardar)
                        guardar = []
    finally:
        tabla_archivo.filas.close()
    if borrador is not None and guardar:
        borrador.guardar_filas(guardar)
    finales, problemas_de_fechas = evidencia.decidir(elegido)
    if ordenes is None and any(orden != provisorias.get(campo) for campo, orden in finales.items()):
        raise LeerDeNuevo(finales)
    problemas.extend(problemas_de_fechas)
    if decididas is not None:
        problemas.extend(decididas.no_vistas())
    if not pasada.validas and not problemas:
        problemas.append(Problema(
            traducir("se omitieron todas las filas del archivo: no queda nada que importar")
            if decididas is not None and decididas.omitidas() else
            traducir("el archivo no tiene filas de datos debajo de los encabezados")))
    return problemas + pasada.revisar(mapeo)
