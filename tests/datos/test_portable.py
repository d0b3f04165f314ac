"""Modo portátil: con la marca junto al ejecutable (o ESCRITORIO_PORTABLE) los datos van a `<carpeta>/datos`.

Prioridad: --db > ESCRITORIO_DB > modo portátil > carpeta de datos del usuario.
"""

import sys

import pytest
from platformdirs import user_data_path

from escritorio import rutas
from escritorio.registro import archivo_registro


@pytest.fixture(autouse=True)
def _sin_portable(monkeypatch):
    monkeypatch.delenv(rutas.VARIABLE_PORTABLE, raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)


def _simular_empaquetado(monkeypatch, carpeta):
    """Como lo ve el programa hecho con PyInstaller: sys.frozen y el ejecutable en `carpeta`."""
    carpeta.mkdir(parents=True, exist_ok=True)
    ejecutable = carpeta / "Escritorio.exe"
    ejecutable.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(ejecutable))
    return carpeta


def test_sin_modo_portatil_usa_la_carpeta_del_usuario(tmp_path):
    assert rutas.carpeta_portable() is None
    assert rutas.carpeta_datos() == user_data_path("Escritorio", appauthor=False)
    assert rutas.ruta_base_por_defecto() == rutas.carpeta_datos() / "escritorio.db"


def test_variable_activa_el_modo_portatil(tmp_path, monkeypatch):
    monkeypatch.setenv("ESCRITORIO_PORTABLE", str(tmp_path / "usb"))

    assert rutas.carpeta_portable() == (tmp_path / "usb").resolve()
    assert rutas.carpeta_datos() == (tmp_path / "usb" / "datos").resolve()
    assert rutas.ruta_base_por_defecto() == (tmp_path / "usb" / "datos" / "escritorio.db").resolve()
    assert archivo_registro() == (tmp_path / "usb" / "datos" / "registro" / "escritorio.log").resolve()


def test_variable_vacia_no_cuenta(tmp_path, monkeypatch):
    monkeypatch.setenv("ESCRITORIO_PORTABLE", "  ")
    assert rutas.carpeta_portable() is None


def test_empaquetado_con_marca_junto_al_ejecutable(tmp_path, monkeypatch):
    carpeta = _simular_empaquetado(monkeypatch, tmp_path / "E" / "Escritorio")
    (carpeta / "escritorio-portable.txt").write_text("", encoding="utf-8")

    assert rutas.empaquetado()
    assert rutas.carpeta_portable() == carpeta.resolve()
    assert rutas.ruta_base_por_defecto() == carpeta.resolve() / "datos" / "escritorio.db"


def test_empaquetado_sin_marca_usa_la_carpeta_del_usuario(tmp_path, monkeypatch):
    _simular_empaquetado(monkeypatch, tmp_path / "Escritorio")
    assert rutas.carpeta_portable() is None
    assert rutas.carpeta_datos() == user_data_path("Escritorio", appauthor=False)


def test_una_carpeta_con_el_nombre_de_la_marca_no_cuenta(tmp_path, monkeypatch):
    carpeta = _simular_empaquetado(monkeypatch, tmp_path / "Escritorio")
    (carpeta / "escritorio-portable.txt").mkdir()
    assert rutas.carpeta_portable() is None


def test_sin_empaquetar_la_marca_no_se_busca(tmp_path, monkeypatch):
    """En el repositorio (o en un entorno virtual) una marca suelta no cambia dónde van los datos."""
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / "escritorio-portable.txt").write_text("", encoding="utf-8")
    assert rutas.carpeta_portable() is None


def test_escritorio_db_tiene_prioridad_sobre_el_modo_portatil(tmp_path, monkeypatch):
    carpeta = _simular_empaquetado(monkeypatch, tmp_path / "Escritorio")
    (carpeta / "escritorio-portable.txt").write_text("", encoding="utf-8")
    monkeypatch.setenv("ESCRITORIO_DB", str(tmp_path / "otra.db"))

    assert rutas.ruta_base_por_defecto() == tmp_path / "otra.db"
    # El registro sigue en la carpeta portátil: no se escribe nada en la del usuario.
    assert rutas.carpeta_datos() == carpeta.resolve() / "datos"


def test_la_cli_en_modo_portatil_crea_la_base_en_la_carpeta(tmp_path, cli, entorno_cli):
    usb = tmp_path / "usb"
    entorno = {**entorno_cli, "ESCRITORIO_PORTABLE": str(usb)}

    resultado = cli("demo", entorno=entorno)
    assert resultado.returncode == 0, resultado.stderr
    assert (usb / "datos" / "escritorio.db").is_file()
    assert not (tmp_path / "casa" / "datos" / "Escritorio").exists()

    resultado = cli("respaldo", "crear", entorno=entorno)
    assert resultado.returncode == 0, resultado.stderr
    assert list((usb / "datos" / "respaldos").glob("*.db"))


def test_la_cli_con_db_ignora_el_modo_portatil(tmp_path, cli, entorno_cli):
    usb = tmp_path / "usb"
    entorno = {**entorno_cli, "ESCRITORIO_PORTABLE": str(usb)}

    resultado = cli("demo", db=tmp_path / "propia.db", entorno=entorno)
    assert resultado.returncode == 0, resultado.stderr
    assert (tmp_path / "propia.db").is_file()
    assert not (usb / "datos" / "escritorio.db").exists()
