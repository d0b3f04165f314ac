"""Lo que Windows no deja hacer con un archivo abierto (issue 84 §2), simulado en Linux con `archivos_abiertos`
(tests/archivos_abiertos.py): respaldar, rotar, restaurar, recuperar una base dañada, migrar una base anterior y
pisar un PDF o un libro de Excel exportado con --reemplazar, con la ventana (u otra conexión, u otro programa)
teniendo abierta la base o el archivo. Cada operación o sale bien sin tocar lo abierto, o dice en castellano por
qué no y no pierde nada."""

import hashlib
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from escritorio.datos import respaldo_restauracion
from escritorio.datos.apertura import abrir
from escritorio.datos.respaldo_copia import respaldar
from escritorio.datos.respaldo_rotacion import rotar
from escritorio.errores import ErrorBaseDeDatos
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.respaldo import crear_respaldo, recuperar_base_danada, restaurar_respaldo
from tests.archivos_abiertos import MENSAJE, archivos_abiertos  # noqa: F401 (el fixture)
from tests.datos.test_conexion import agregar_tabla, tablas_de, version_nueva

EN_USO = "el archivo está abierto en otro programa; ciérrelo"


def siglas(ruta) -> list[str]:
    conn = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return [f[0] for f in conn.execute("SELECT sigla FROM asociaciones ORDER BY sigla")]
    finally:
        conn.close()


def huella(ruta) -> str:
    return hashlib.sha256(ruta.read_bytes()).hexdigest()


@pytest.fixture
def base_y_respaldo(tmp_path):
    """Una base con AAA respaldada, después con BBB, cerrada (como en tests/datos/test_respaldo.py)."""
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    crear_asociacion(db, NuevaAsociacion(nombre="Red AAA", sigla="AAA"))
    copia = respaldar(db.conn, ruta, destino=tmp_path / "guardado" / "copia.db")
    crear_asociacion(db, NuevaAsociacion(nombre="Red BBB", sigla="BBB"))
    db.close()
    return ruta, copia


def test_el_simulador_niega_reemplazar_y_borrar_lo_abierto(tmp_path, archivos_abiertos):
    import os
    from pathlib import Path

    abierto, libre = tmp_path / "a.txt", tmp_path / "b.txt"
    abierto.write_text("a")
    libre.write_text("b")
    conexion = sqlite3.connect(tmp_path / "c.db")
    with open(abierto) as archivo:
        for hacer in (lambda: os.replace(libre, abierto), lambda: os.remove(abierto), lambda: abierto.unlink(),
                      lambda: Path(abierto).rename(tmp_path / "z"), lambda: os.replace(tmp_path / "c.db", libre)):
            with pytest.raises(PermissionError, match=MENSAJE):
                hacer()
        assert archivo.read() == "a"
    conexion.close()
    os.replace(libre, abierto)   # cerrados, se puede
    assert abierto.read_text() == "b"


def test_respaldar_con_la_base_abierta_no_toca_la_base(base_y_respaldo, archivos_abiertos):
    ruta, _ = base_y_respaldo
    ventana = abrir(ruta)
    try:
        hecho = crear_respaldo(ventana)
    finally:
        ventana.close()
    assert siglas(hecho) == ["AAA", "BBB"] and archivos_abiertos.negados == []


def test_reemplazar_un_respaldo_abierto_en_otro_programa_lo_dice_y_lo_deja(base_y_respaldo, archivos_abiertos):
    ruta, _ = base_y_respaldo
    ventana = abrir(ruta)
    try:
        anterior = crear_respaldo(ventana)
        antes = huella(anterior)
        archivos_abiertos.retener(anterior)   # otro programa lo tiene abierto
        with pytest.raises(ErrorBaseDeDatos) as error:
            crear_respaldo(ventana, anterior, reemplazar=True)
    finally:
        ventana.close()
    assert EN_USO in str(error.value) and huella(anterior) == antes
    assert not list(anterior.parent.glob("*.parcial*"))


def test_la_rotacion_deja_el_respaldo_abierto_y_borra_los_demas(tmp_path, archivos_abiertos):
    carpeta = tmp_path / "respaldos"
    carpeta.mkdir()
    ahora = datetime(2026, 11, 29, 12)
    viejos = []
    for dias in range(40, 50):
        momento = ahora - timedelta(days=dias)
        viejo = carpeta / f"escritorio-{momento:%Y%m%d-%H%M%S}-apertura.db"
        sqlite3.connect(viejo).close()
        viejos.append(viejo)
    for dias in range(8):
        momento = ahora - timedelta(days=dias)
        sqlite3.connect(carpeta / f"escritorio-{momento:%Y%m%d-%H%M%S}-apertura.db").close()
    abierto = viejos[-1]   # el más viejo: la rotación lo borraría
    archivos_abiertos.retener(abierto)
    borrados = rotar(carpeta, "escritorio", ahora)
    assert abierto.exists() and abierto not in borrados
    assert borrados and not any(p.exists() for p in borrados)


def test_restaurar_sin_nadie_mas_sale_bien(base_y_respaldo, archivos_abiertos, monkeypatch):
    ruta, copia = base_y_respaldo
    monkeypatch.setattr(respaldo_restauracion, "SOLTAR_ANTES_DE_REEMPLAZAR", True)
    anterior = restaurar_respaldo(ruta, copia)
    assert siglas(ruta) == ["AAA"] and siglas(anterior) == ["AAA", "BBB"]


def test_restaurar_con_la_base_abierta_en_la_ventana_lo_dice_y_no_pierde_nada(base_y_respaldo, archivos_abiertos,
                                                                              monkeypatch):
    ruta, copia = base_y_respaldo
    monkeypatch.setattr(respaldo_restauracion, "SOLTAR_ANTES_DE_REEMPLAZAR", True)
    ventana = abrir(ruta)
    try:
        with pytest.raises(ErrorBaseDeDatos) as error:
            restaurar_respaldo(ruta, copia)
        assert siglas(ruta) == ["AAA", "BBB"]
        crear_asociacion(ventana, NuevaAsociacion(nombre="Red CCC", sigla="CCC"))   # la ventana sigue escribiendo
    finally:
        ventana.close()
    assert EN_USO in str(error.value) and "a salvo" in str(error.value)
    assert siglas(ruta) == ["AAA", "BBB", "CCC"]
    assert not ruta.with_name(ruta.name + ".restaurando").exists()


def test_recuperar_una_base_danada_abierta_lo_dice_y_no_toca_nada(base_y_respaldo, archivos_abiertos):
    ruta, copia = base_y_respaldo
    danada = bytearray(ruta.read_bytes())
    danada[5000:9000] = b"\xff" * 4000
    ruta.write_bytes(bytes(danada))
    antes = huella(ruta)
    archivos_abiertos.retener(ruta)   # la ventana (u otro proceso) la tiene abierta
    with pytest.raises(ErrorBaseDeDatos) as error:
        recuperar_base_danada(ruta, copia)
    assert EN_USO in str(error.value) and huella(ruta) == antes
    assert not list(ruta.parent.glob("*.danada-*"))
    archivos_abiertos.soltar(ruta)
    recuperada = recuperar_base_danada(ruta, copia)
    assert siglas(ruta) == ["AAA"] and recuperada.apartada.exists()


def test_migrar_con_otra_conexion_abierta_no_reemplaza_la_base(tmp_path, archivos_abiertos, monkeypatch):
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL"))
    db.close()
    version_nueva(monkeypatch, agregar_tabla)
    otra = sqlite3.connect(ruta)   # la otra puerta (la línea de órdenes) la tiene abierta
    try:
        db = abrir(ruta)
        assert "prueba_migracion" in db.table_names()
        db.close()
    finally:
        otra.close()
    assert archivos_abiertos.negados == []
    (antes_de_migrar,) = (tmp_path / "respaldos").glob("escritorio-*-antes-de-migrar.db")
    assert "prueba_migracion" not in tablas_de(antes_de_migrar)


ANIO = str(date.today().year - 1)


def test_pisar_un_pdf_y_un_excel_abiertos_lo_dice_y_los_deja(copia_de_la_demo, cli, tmp_path, archivos_abiertos):
    pdf, libro = tmp_path / "m.pdf", tmp_path / "m.xlsx"
    ventana = abrir(copia_de_la_demo)   # la ventana tiene la base abierta: exportar no la toca
    try:
        primera = cli("memoria", ANIO, pdf.name, "--excel", libro.name, db=copia_de_la_demo)
        assert primera.returncode == 0, primera.stderr
        antes = {pdf: huella(pdf), libro: huella(libro)}
        for abierto in (pdf, libro):   # el visor de PDF, Excel
            archivos_abiertos.retener(abierto)
            pisado = cli("memoria", ANIO, pdf.name, "--excel", libro.name, "--reemplazar", db=copia_de_la_demo)
            archivos_abiertos.soltar(abierto)
            # Lo dice una vez, con el archivo y qué hacer (no «… (abierto en otro programa). Si está abierto en otro
            # programa, ciérrelo; si la carpeta es de solo lectura…»).
            assert pisado.returncode != 0 and pisado.stderr.count("abierto en otro programa") == 1, pisado.stderr
            assert pisado.stderr.strip() == f"No se puede escribir {abierto.name}: el archivo está abierto en otro " \
                                            "programa. Ciérrelo y vuelva a intentarlo.", pisado.stderr
            assert "Traceback" not in pisado.stderr
            assert huella(abierto) == antes[abierto]
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".m.")]
        repetida = cli("memoria", ANIO, pdf.name, "--excel", libro.name, "--reemplazar", db=copia_de_la_demo)
        assert repetida.returncode == 0, repetida.stderr
    finally:
        ventana.close()
