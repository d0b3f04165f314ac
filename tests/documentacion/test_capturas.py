"""Las capturas de la guía: cada una que la guía nombra está en recursos/manual/…/capturas y ninguna sobra, y
`make capturas` (instalador/capturas.py) dibuja exactamente las que la guía nombra. Antes, el guion quedó con las
firmas de los diálogos de antes de la oficina y nadie lo notó hasta querer rehacer las capturas.

El guion corre de verdad, en un subproceso sin pantalla, sobre una red de ejemplo propia: la serie en castellano (la
portuguesa es el mismo código con otro idioma)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from generar_manual import GUIA, RAIZ

GUION = RAIZ / "instalador" / "capturas.py"
CARPETAS = {"es": RAIZ / "recursos" / "manual" / "capturas", "pt_BR": RAIZ / "recursos" / "manual" / "pt_BR" / "capturas"}


def nombradas(idioma: str) -> dict[str, set[str]]:
    """{captura: capítulos que la muestran} de la guía en `idioma` (las de su carpeta de capturas)."""
    carpeta = "capturas" if idioma == "es" else "pt_BR/capturas"
    patron = re.compile(rf"!\[[^\]]*\]\(\.\./\.\./\.\./recursos/manual/{re.escape(carpeta)}/([^)/]+)\.png\)")
    encontradas: dict[str, set[str]] = {}
    for archivo in sorted((GUIA / idioma).glob("*.md")):
        for nombre in patron.findall(archivo.read_text(encoding="utf-8")):
            encontradas.setdefault(nombre, set()).add(archivo.name)
    return encontradas


def faltan_y_sobran(idioma: str, carpeta: Path) -> tuple[list[str], list[str]]:
    """(las que la guía muestra y no están en `carpeta`, con su capítulo; las de `carpeta` que la guía no muestra)."""
    guia = nombradas(idioma)
    hay = {ruta.stem for ruta in carpeta.glob("*.png")}
    faltan = sorted(f"{nombre}.png ({', '.join(sorted(guia[nombre]))})" for nombre in set(guia) - hay)
    return faltan, sorted(hay - set(guia))


@pytest.mark.parametrize("idioma", ["es", "pt_BR"])
def test_cada_captura_que_nombra_la_guia_esta_y_ninguna_sobra(idioma):
    assert len(nombradas(idioma)) >= 50   # la guía muestra las pantallas (no una lista vacía que pasa siempre)
    faltan, sobran = faltan_y_sobran(idioma, CARPETAS[idioma])
    assert not faltan, f"La guía ({idioma}) muestra capturas que no están en {CARPETAS[idioma]}: {faltan}"
    assert not sobran, (f"Capturas en {CARPETAS[idioma]} que la guía ({idioma}) no muestra: {sobran}. Muéstrelas en "
                        "su capítulo o quítelas de instalador/capturas_escenas*.py y de la carpeta.")


def test_las_dos_guias_muestran_las_mismas_pantallas():
    assert set(nombradas("es")) == set(nombradas("pt_BR"))


def test_la_revision_ve_la_captura_que_falta_y_la_que_sobra(monkeypatch, tmp_path):
    guia = tmp_path / "guia"
    (guia / "es").mkdir(parents=True)
    (guia / "es" / "01-a.md").write_text("![Inicio](../../../recursos/manual/capturas/inicio.png){width=800}\n"
                                         "Un epígrafe.\n\n![Otra](../../../recursos/manual/capturas/no_esta.png){width=600}\n",
                                         encoding="utf-8")
    carpeta = tmp_path / "capturas"
    carpeta.mkdir()
    for nombre in ("inicio", "sobra"):
        (carpeta / f"{nombre}.png").write_bytes(b"")
    monkeypatch.setattr(sys.modules[__name__], "GUIA", guia)
    assert faltan_y_sobran("es", carpeta) == (["no_esta.png (01-a.md)"], ["sobra"])


def _dibujada(ruta: Path) -> bool:
    """¿Tiene algo dibujado? Una captura vacía (un widget sin pintar) es de un solo color."""
    imagen = QImage(str(ruta))
    if imagen.isNull() or imagen.width() < 200 or imagen.height() < 100:
        return False
    colores = {imagen.pixel(x, y) for x in range(0, imagen.width(), 7) for y in range(0, imagen.height(), 7)}
    return len(colores) > 20


@pytest.mark.proceso  # lanza otro programa
def test_make_capturas_dibuja_cada_pantalla_que_muestra_la_guia(tmp_path):
    entorno = {k: v for k, v in os.environ.items() if not k.startswith("QT_") and k != "ESCRITORIO_DB"}
    entorno.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "datos"), QT_QPA_PLATFORM="offscreen",
                   PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    salida = tmp_path / "capturas"
    hecho = subprocess.run([sys.executable, str(GUION), "--idioma", "es", str(salida)], env=entorno, cwd=tmp_path,
                           capture_output=True, text=True, encoding="utf-8", timeout=240)
    assert hecho.returncode == 0, hecho.stderr[-4000:]
    dibujadas = {ruta.stem for ruta in salida.glob("*.png")}
    guia = set(nombradas("es"))
    assert dibujadas == guia, (f"make capturas no dibuja {sorted(guia - dibujadas)} (la guía las muestra) y dibuja "
                               f"{sorted(dibujadas - guia)} (la guía no las muestra)")
    vacias = sorted(nombre for nombre in dibujadas if not _dibujada(salida / f"{nombre}.png"))
    assert not vacias, f"capturas vacías: {vacias}"
