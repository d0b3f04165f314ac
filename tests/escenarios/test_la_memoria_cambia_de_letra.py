"""Issue 84 §2 («dónde viven las cosas»): la memoria USB del modo portátil cambia de letra entre una PC y otra (E: en
la oficina, F: en el campo), o la carpeta de datos se mueve entera. Los respaldos que quedaron junto a la base siguen
siendo de esa base para «verificar»: su testigo anota la base relativa a su carpeta («../escritorio.db»), no la ruta
absoluta de la PC donde se hizo. Antes, movida la carpeta, «verificar» creía que eran de otra copia y no los miraba: una
base reemplazada a mano por una copia vieja (y sin su testigo) pasaba como sana.

En Linux la letra de la unidad es el comienzo de la ruta: mover la carpeta es lo mismo que cambiar de letra.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from escritorio.datos import testigo


def _preparar(cli, copia_de_la_demo, tmp_path) -> tuple[Path, Path]:
    """La base en E/Escritorio/datos, una copia vieja guardada aparte, un cambio y un respaldo hecho después."""
    datos = tmp_path / "E" / "Escritorio" / "datos"
    datos.mkdir(parents=True)
    base = datos / "escritorio.db"
    shutil.copy(copia_de_la_demo, base)
    vieja = tmp_path / "vieja.db"
    shutil.copy(base, vieja)
    assert cli("asociacion", "editar", "--direccion-publica", "https://red.example.org", db=base).returncode == 0
    hecho = cli("respaldo", "crear", db=base)
    assert hecho.returncode == 0, hecho.stderr
    return base, vieja


def _reemplazar_a_mano(base: Path, vieja: Path) -> None:
    """Quien tiene el archivo pone la copia vieja en lugar de la base y borra el testigo de la base (el rastro)."""
    for sufijo in ("-wal", "-shm", testigo.SUFIJO):
        Path(str(base) + sufijo).unlink(missing_ok=True)
    shutil.copy(vieja, base)


def test_el_testigo_del_respaldo_nombra_la_base_relativa_a_su_carpeta(cli, copia_de_la_demo, tmp_path):
    base, _ = _preparar(cli, copia_de_la_demo, tmp_path)
    [respaldo] = (base.parent / "respaldos").glob("*.db")
    anotado = json.loads(Path(str(respaldo) + testigo.SUFIJO).read_text(encoding="utf-8"))
    assert anotado["base"] == str(Path("..") / "escritorio.db")
    assert str(tmp_path) not in Path(str(respaldo) + testigo.SUFIJO).read_text(encoding="utf-8")


def test_movida_la_carpeta_verificar_sigue_comparando_los_respaldos(cli, copia_de_la_demo, tmp_path):
    base, vieja = _preparar(cli, copia_de_la_demo, tmp_path)
    _reemplazar_a_mano(base, vieja)
    shutil.move(tmp_path / "E", tmp_path / "F")   # la memoria, ahora en F:
    movida = tmp_path / "F" / "Escritorio" / "datos" / "escritorio.db"
    hecho = cli("verificar", db=movida)
    assert hecho.returncode != 0, hecho.stdout
    assert "1 respaldo(s) de esta base comparados con la cadena" in hecho.stdout
    dice = hecho.stdout + hecho.stderr
    assert "se borraron registros de la base" in dice and "respaldo escritorio-" in dice


def test_sin_manipular_la_base_movida_verifica_sana(cli, copia_de_la_demo, tmp_path):
    base, _ = _preparar(cli, copia_de_la_demo, tmp_path)
    shutil.move(tmp_path / "E", tmp_path / "F")
    hecho = cli("verificar", db=tmp_path / "F" / "Escritorio" / "datos" / "escritorio.db")
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    assert "1 respaldo(s) de esta base comparados con la cadena" in hecho.stdout


def test_el_respaldo_de_otra_copia_de_la_base_no_se_compara(cli, copia_de_la_demo, tmp_path):
    """Una copia de la base en otro archivo de la misma carpeta (misma identidad, otra historia desde la copia): los
    respaldos de la original no son suyos."""
    base, _ = _preparar(cli, copia_de_la_demo, tmp_path)
    otra = base.parent / "copia.db"
    shutil.copy(base, otra)
    hecho = cli("verificar", db=otra)
    assert "comparados con la cadena" not in hecho.stdout


def test_un_testigo_de_antes_con_la_ruta_absoluta_se_sigue_entendiendo(tmp_path):
    respaldo = tmp_path / "datos" / "respaldos" / "r.db"
    base = tmp_path / "datos" / "escritorio.db"
    assert testigo.es_la_base_del_respaldo(str(base.resolve()), respaldo, base)
    assert testigo.es_la_base_del_respaldo("../escritorio.db", respaldo, base)
    assert not testigo.es_la_base_del_respaldo("../otra.db", respaldo, base)
