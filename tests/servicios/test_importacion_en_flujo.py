"""La importación lee el archivo de a una fila y escribe de a lotes en una sola transacción (issue #17): un problema
en cualquier fila, también uno que solo se ve al final (un miembro repetido), deja la base exactamente como estaba;
lo que queda en memoria no crece con el archivo; y las altas anotadas en bloque en la bitácora son las mismas que
anotaría el trigger fila por fila."""

import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from ayudas import escribir_csv
from escritorio.datos.apertura import cerrar
from escritorio.datos.valores_personales import legibles
from escritorio.datos.verificacion import columnas_anotadas
from escritorio.errores import ErrorValidacion
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.importacion import analizar, aplicar, importar_miembros
from escritorio.servicios.importacion_escritura import FILAS_POR_LOTE
from escritorio.servicios.respaldo import verificar

GRANDE = 20_000
ENCABEZADOS = ["Nombre", "País", "Región", "Código", "Población", "Autoridad", "Correo"]


def filas_grandes(cantidad: int, desde: int = 0) -> list[list]:
    return [[f"Ciudad {i}", "AR", f"Región {i % 24}", f"AR-{i:06d}", str(5000 + i), f"Intendente {i}",
             f"ciudad{i}@ejemplo.org"] for i in range(desde, desde + cantidad)]


def xlsx_grande(ruta, filas: list[list]) -> Path:
    """Un libro de una hoja «Padrón» con los encabezados y las filas, escrito de corrido (`write_only`: una hoja de
    miles de filas sin armar cada celda en memoria, como `ayudas.escribir_xlsx`, que tarda el doble)."""
    from openpyxl import Workbook

    libro = Workbook(write_only=True)
    hoja = libro.create_sheet("Padrón")
    hoja.append(ENCABEZADOS)
    for fila in filas:
        hoja.append(fila)
    libro.save(ruta)
    return ruta


def instantanea(ruta) -> str:
    """Todo lo que guarda la base (esquema, triggers, datos, bitácora y sellos), leído con una conexión nueva."""
    conn = sqlite3.connect(ruta)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def base_con_padron(tmp_path):
    """Una base cerrada con 30 miembros importados: lo que un archivo con un problema no debe tocar."""
    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL"))
    importar_miembros(Contexto(db, asociacion), escribir_csv(tmp_path / "previo.csv", filas_grandes(30, 900_000),
                                                              ENCABEZADOS))
    cerrar(db)
    return ruta, asociacion


def importar_en(ruta, asociacion, archivo):
    db = abrir_base(ruta)
    try:
        return importar_miembros(Contexto(db, asociacion), archivo)
    finally:
        cerrar(db)


@pytest.mark.lento  # un archivo de miles de filas: fuera de `make rapido`
def test_un_error_cerca_del_final_de_un_archivo_grande_no_deja_nada(base_con_padron, tmp_path):
    ruta, asociacion = base_con_padron
    antes = instantanea(ruta)
    filas = filas_grandes(GRANDE)
    filas[GRANDE - 12][4] = "mucha gente"  # fila 19.990 de la hoja (la 1 son los encabezados)
    archivo = escribir_csv(tmp_path / "padron grande.csv", filas, ENCABEZADOS)

    with pytest.raises(ErrorValidacion) as error:
        importar_en(ruta, asociacion, archivo)

    assert error.value.mensaje.startswith("padron grande.csv: 1 problema; no se importó nada. Corríjalo")
    assert ("Fila 19990, columna E (Población), valor «mucha gente»: la población no es un número entero"
            in error.value.mensaje)
    assert instantanea(ruta) == antes  # las 39 lotes ya escritos se revirtieron, y los triggers volvieron


@pytest.mark.lento  # un archivo de miles de filas: fuera de `make rapido`
def test_un_miembro_repetido_que_solo_se_ve_al_final_no_deja_nada(base_con_padron, tmp_path):
    """La fila 20.001 repite el código de la fila 2: la base ya tiene escritas las 19.999 anteriores cuando se nota."""
    ruta, asociacion = base_con_padron
    antes = instantanea(ruta)
    filas = filas_grandes(GRANDE)
    filas[-1][3] = "ar-000000"  # el código de la primera fila, con otras mayúsculas: la base no lo rechazaría sola
    archivo = xlsx_grande(tmp_path / "padron.xlsx", filas)

    with pytest.raises(ErrorValidacion) as error:
        importar_en(ruta, asociacion, archivo)

    assert [(p.fila, p.columna) for p in error.value.problemas] == [(GRANDE + 1, "D")]
    assert ("Fila 20001, columna D (Código), valor «ar-000000»: el código «ar-000000» ya aparece en la fila 2; "
            "cada miembro debe figurar una sola vez") in error.value.mensaje
    assert instantanea(ruta) == antes


def test_el_mismo_archivo_sin_el_problema_se_importa_entero_y_la_base_verifica(base_con_padron, tmp_path):
    ruta, asociacion = base_con_padron
    archivo = escribir_csv(tmp_path / "padron.csv", filas_grandes(3 * FILAS_POR_LOTE + 7), ENCABEZADOS)

    resultado = importar_en(ruta, asociacion, archivo)

    assert resultado.resumen() == f"{3 * FILAS_POR_LOTE + 7} nuevos, 0 actualizados, 0 sin cambios"
    db = abrir_base(ruta)
    try:
        assert verificar(db).correcta, verificar(db).problemas
    finally:
        cerrar(db)


@pytest.mark.solo_sqlite("en el servidor, la bitácora la escriben siempre sus triggers: no hay altas en bloque")
def test_las_altas_anotadas_en_bloque_son_las_del_trigger(db, asociacion_id, tmp_path):
    """Cada fila nueva tiene su alta en la bitácora, una sola, con la fila tal como quedó (lo que anota el trigger:
    json_array de sus columnas), en el orden en que se escribieron; los triggers siguen siendo los mismos."""
    esquema = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    importar_miembros(Contexto(db, asociacion_id), escribir_csv(tmp_path / "padron.csv", filas_grandes(1234),
                                                             ENCABEZADOS))

    assert db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall() == esquema
    for tabla in ("miembros", "poblaciones", "estados_miembro", "autoridades"):
        columnas = columnas_anotadas(db, tabla)  # las que el trigger de altas pone en su json_array
        assert columnas and "id" in columnas
        # como las lee el visor: los valores personales (el nombre de la autoridad) en su lugar
        anotadas = [(f[1], f[3]) for f in legibles(db, db.execute(
            "SELECT id, entidad_id, accion, datos FROM bitacora WHERE entidad = ? AND accion = 'alta' ORDER BY id",
            [tabla]).fetchall(), accion_en=2, datos_en=3)]
        filas = db.execute(f"SELECT id, json_array({', '.join(columnas)}) FROM {tabla} ORDER BY id").fetchall()
        assert anotadas == filas, tabla
    assert verificar(db).correcta


def test_sin_triggers_distintos_una_ficha_guardada_despues_se_anota_fila_por_fila(db, asociacion_id, tmp_path):
    """Después de importar, los triggers de alta vuelven a anotar: una alta desde la ficha queda en la bitácora."""
    from escritorio.dominio.ficha import FichaMiembro
    from escritorio.servicios.ficha import guardar_ficha

    importar_miembros(Contexto(db, asociacion_id), escribir_csv(tmp_path / "padron.csv", filas_grandes(10),
                                                                ENCABEZADOS))
    nuevo = guardar_ficha(Contexto(db, asociacion_id), FichaMiembro(nombre="Paysandú", pais="UY"),
                          poblacion=("76.412", "2011", "INE"))
    altas = db.execute("SELECT count(*) FROM bitacora WHERE entidad = 'miembros' AND entidad_id = ? "
                       "AND accion = 'alta'", [nuevo]).fetchone()[0]
    assert altas == 1


def test_la_vista_previa_y_la_importacion_de_un_archivo_grande_dan_lo_mismo(db, asociacion_id, tmp_path):
    """El asistente: analizar guarda las filas en su borrador (no en memoria) y aplicar escribe desde allí."""
    contexto = Contexto(db, asociacion_id)
    importar_miembros(contexto, escribir_csv(tmp_path / "previo.csv", filas_grandes(600), ENCABEZADOS))
    filas = filas_grandes(1500)
    for fila in filas[:300]:
        fila[5] = fila[5] + " (reelecto)"  # 300 miembros que ya estaban cambian de autoridad
    archivo = escribir_csv(tmp_path / "padron.csv", filas, ENCABEZADOS)

    analisis = analizar(contexto, archivo)
    assert analisis.plan.cifras() == (900, 300, 300)
    assert len(analisis.plan.cambios) == 200  # la vista previa guarda los primeros con su descripción
    resultado = aplicar(contexto, analisis)

    assert (resultado.nuevos, resultado.actualizados, resultado.sin_cambios) == (900, 300, 300)
    assert not resultado.distinto_de_la_vista_previa
    assert db.execute("SELECT count(*) FROM miembros").fetchone()[0] == 1500
    assert verificar(db).correcta


def _pico_de_memoria(tmp_path, cantidad: int) -> tuple[int, int]:
    """El pico de memoria de Python (bytes) de importar `cantidad` filas en una base nueva, y el tamaño del archivo."""
    ruta = tmp_path / f"base-{cantidad}.db"
    db = abrir_base(ruta)
    try:
        asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red", sigla="RED"))
        archivo = escribir_csv(tmp_path / f"padron-{cantidad}.csv", filas_grandes(cantidad), ENCABEZADOS)
        tracemalloc.start()
        try:
            tracemalloc.reset_peak()
            antes = tracemalloc.get_traced_memory()[0]
            resultado = importar_miembros(Contexto(db, asociacion), archivo)
            pico = tracemalloc.get_traced_memory()[1] - antes
        finally:
            tracemalloc.stop()
        assert resultado.nuevos == cantidad
        return pico, archivo.stat().st_size
    finally:
        cerrar(db)


# Medir con tracemalloc hace cada asignación de Python varias veces más lenta: la prueba de memoria compara 1.000
# filas con 10.000 (no 2.000 con 20.000), lo justo para que 1 KB por fila de más no entre en la tolerancia.
FILAS_MEMORIA_CHICO, FILAS_MEMORIA_GRANDE = 1_000, 10_000


@pytest.mark.lento  # dos archivos grandes, midiendo la memoria: fuera de `make rapido`
def test_la_memoria_no_crece_con_las_filas_del_archivo(tmp_path):
    """Con 10.000 filas, Python no usa mucho más que con 1.000: solo crece la copia del texto del .csv que tiene el
    lector (documentos/excel/lectura lo lee entero), no lo que la importación guarda de cada fila (antes, unos 3 KB
    por fila: 27 MB más con 9.000 filas más)."""
    _pico_de_memoria(tmp_path, 10)  # lo que se importa o se prepara una sola vez no cuenta
    chico, tamano_chico = _pico_de_memoria(tmp_path, FILAS_MEMORIA_CHICO)
    grande, tamano_grande = _pico_de_memoria(tmp_path, FILAS_MEMORIA_GRANDE)
    # El lector tiene el archivo en bytes y como texto (hasta 4 bytes por carácter): 6 veces lo que crece el
    # archivo alcanza con margen; guardar 1 KB por fila lo pasaría.
    tolerancia = 6 * (tamano_grande - tamano_chico) + 2 * 2**20
    assert grande - chico < tolerancia, (chico, grande, tolerancia)
    assert tolerancia < 1024 * (FILAS_MEMORIA_GRANDE - FILAS_MEMORIA_CHICO)   # la prueba distingue: 1 KB por fila no entraría
