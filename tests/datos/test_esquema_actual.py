"""escritorio/datos/esquema/actual.sql: el esquema de hoy en un archivo legible, al día con las migraciones."""

import re
import sqlite3
import subprocess
import sys

import pytest
from sqlite_utils import Database
from escritorio.datos.migraciones import Migraciones

from escritorio.datos.esquema import actual as esquema_actual
from escritorio.datos.esquema import CONJUNTO, MIGRACIONES


def _normalizado(sql: str) -> str:
    """Sin diferencias de espacios ni saltos de línea (lo único que el archivo reacomoda)."""
    return re.sub(r"\s*([,();])\s*", r"\1", re.sub(r"\s+", " ", sql)).strip()


def _esquema(conexion) -> dict[tuple[str, str], tuple[str, str]]:
    return {(tipo, nombre): (tabla, _normalizado(sql)) for tipo, nombre, tabla, sql in conexion.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND tbl_name <> '_sqlite_migrations'").fetchall()}


def test_el_archivo_del_repositorio_es_el_que_generan_las_migraciones():
    en_el_repositorio = esquema_actual.ARCHIVO.read_text(encoding="utf-8")
    assert en_el_repositorio == esquema_actual.generar(), (
        f"{esquema_actual.ARCHIVO} no coincide con el esquema que dejan las migraciones (¿se agregó una migración?). "
        f"Regenérelo con «{esquema_actual.ORDEN}» y agregue el archivo al commit.")


def test_el_encabezado_dice_que_no_se_edita_y_la_ultima_migracion():
    texto = esquema_actual.ARCHIVO.read_text(encoding="utf-8")
    encabezado = texto[:texto.index("CREATE ")]
    ultima = MIGRACIONES._migrations[-1].name
    assert "NO EDITAR" in encabezado and esquema_actual.ORDEN in encabezado
    assert f"Última migración: {ultima} ({len(MIGRACIONES._migrations)} migraciones)" in encabezado


def test_ejecutar_el_archivo_en_una_base_vacia_deja_el_mismo_esquema_que_las_migraciones():
    """El archivo es SQL de verdad: cada tabla con sus columnas agregadas, cada índice, cada trigger."""
    desde_el_archivo = sqlite3.connect(":memory:")
    desde_el_archivo.executescript(esquema_actual.ARCHIVO.read_text(encoding="utf-8"))
    migrada = Database(memory=True)
    MIGRACIONES.apply(migrada)

    esperado, obtenido = _esquema(migrada.conn), _esquema(desde_el_archivo)
    assert sorted(set(esperado) - set(obtenido)) == [], "faltan en el archivo"
    assert sorted(set(obtenido) - set(esperado)) == [], "sobran en el archivo"
    distintos = [clave for clave in esperado if esperado[clave] != obtenido[clave]]
    assert distintos == []
    # Las columnas (nombre, tipo, NOT NULL, valor por omisión, clave) de cada tabla, una por una.
    for (tipo, tabla) in esperado:
        if tipo == "table":
            assert desde_el_archivo.execute(f"PRAGMA table_info({tabla})").fetchall() == \
                migrada.execute(f"PRAGMA table_info({tabla})").fetchall(), tabla


def test_cada_columna_agregada_despues_dice_su_migracion_y_queda_en_su_linea():
    texto = esquema_actual.ARCHIVO.read_text(encoding="utf-8")
    bloque = texto[texto.index("-- miembros (creada en 0001_registro)"):]
    bloque = bloque[:bloque.index(");") + 2]
    assert "--   columnas de 0010_clave_de_miembro: clave" in bloque
    assert "\n    , clave TEXT\n)" in bloque
    # Las tablas van en el orden de su migración: una de la 0001 antes que una de la 0014.
    assert texto.index("CREATE TABLE asociaciones") < texto.index("CREATE TABLE firmas_digitales")


def test_una_migracion_nueva_cambia_el_archivo_generado(monkeypatch):
    """La prueba de arriba no puede pasar por casualidad: una columna más cambia el texto generado."""
    antes = esquema_actual.generar()
    con_una_mas = Migraciones(CONJUNTO)
    for migracion in MIGRACIONES._migrations:
        con_una_mas(name=migracion.name)(migracion.fn)
    con_una_mas(name="9999_prueba_columna_nueva")(
        lambda db: db.execute("ALTER TABLE contactos ADD COLUMN cargo_de_prueba TEXT"))
    monkeypatch.setattr(esquema_actual, "MIGRACIONES", con_una_mas)

    despues = esquema_actual.generar()
    assert despues != antes
    assert "--   columnas de 9999_prueba_columna_nueva: cargo_de_prueba" in despues
    assert "\n    , cargo_de_prueba TEXT\n);" in despues
    assert f"Última migración: 9999_prueba_columna_nueva ({len(MIGRACIONES._migrations) + 1} migraciones)" in despues


@pytest.mark.proceso  # lanza otro programa
def test_las_migraciones_se_registran_en_orden_sea_cual_sea_el_primer_modulo_importado(tmp_path):
    """Importar primero las migraciones de documentos (0013, 0014) no las adelanta: una base nueva se crea igual.
    En un proceso nuevo, para que el orden de importación sea de verdad el primero."""
    codigo = (
        "import sys\n"
        "import escritorio.datos.esquema.documentos\n"
        "from escritorio.datos.apertura import abrir\n"
        "from escritorio.datos.esquema import MIGRACIONES\n"
        "nombres = [m.name for m in MIGRACIONES._migrations]\n"
        "assert nombres == sorted(nombres), nombres\n"
        "abrir(__import__('pathlib').Path(sys.argv[1])).close()\n"
        "print(len(nombres))\n")
    hecho = subprocess.run([sys.executable, "-c", codigo, str(tmp_path / "nueva.db")], capture_output=True, text=True)
    assert hecho.returncode == 0, hecho.stderr
    assert int(hecho.stdout) >= 14
