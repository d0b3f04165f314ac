"""Cada diálogo del programa entra en las pantallas de las oficinas, con sus botones a la vista (issue #42): una
netbook de 1024×600 y una notebook de 1366×768 al 150 % (911×512 puntos). Antes, el asistente de importación
(920×640) y «Nueva escala» (720×640) dejaban Siguiente, Guardar escala y Cancelar fuera de la pantalla.

Los diálogos se descubren solos (toda subclase de QDialog en `escritorio.interfaz`) y se abren con la red de
ejemplo según la tabla de `dialogos_en_pantalla.py`; un diálogo nuevo sin su entrada hace fallar la prueba. Cada
pantalla se prueba en un subproceso: su tamaño y su escala se fijan antes de crear la aplicación. Las capturas
quedan en tests/artefactos/pantallas/dialogos/ (o en $ESCRITORIO_ARTEFACTOS/pantallas/dialogos/).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import dialogos_en_pantalla
from escritorio.interfaz.piezas import AsistenteBase, DialogoBase, pantalla_libre
from escritorio.interfaz.piezas.dialogo import ContenidoDesplazable

GUION = Path(dialogos_en_pantalla.__file__)


def test_cada_dialogo_del_programa_tiene_como_abrirse_y_hereda_de_la_base():
    clases = dialogos_en_pantalla.clases_de_dialogos()
    assert len(clases) >= 40   # el descubrimiento encuentra los diálogos (no una lista vacía que pasa siempre)
    sin_entrada = sorted(set(clases) - set(dialogos_en_pantalla.COMO_ABRIR))
    assert sin_entrada == [], f"diálogos sin entrada en COMO_ABRIR (dialogos_en_pantalla.py): {sin_entrada}"
    sobran = sorted(set(dialogos_en_pantalla.COMO_ABRIR) - set(clases))
    assert sobran == [], f"entradas de COMO_ABRIR sin su diálogo: {sobran}"
    # Todos entran en la pantalla por el mismo camino: la base de diálogos o la de asistentes.
    sueltos = [nombre for nombre, clase in clases.items() if not issubclass(clase, (DialogoBase, AsistenteBase))]
    assert sueltos == [], f"diálogos que no heredan de DialogoBase ni de AsistenteBase: {sueltos}"


def _formulario_alto(dialogo: QDialog, alto: int) -> QDialogButtonBox:
    """Un formulario más alto que la pantalla, con Aceptar y Cancelar al pie."""
    disposicion = QVBoxLayout(dialogo)
    for n in range(3):
        campo = QLabel(f"Campo {n}")
        campo.setMinimumHeight(alto // 3)
        disposicion.addWidget(campo)
    botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    disposicion.addWidget(botones)
    return botones


def test_el_revisor_ve_los_botones_fuera_de_la_pantalla_y_la_base_los_trae(qtbot):
    padre = QWidget()
    qtbot.addWidget(padre)
    libre = pantalla_libre(padre)

    # Un QDialog suelto, más alto que la pantalla: Aceptar y Cancelar quedan abajo, fuera de la vista.
    suelto = QDialog(padre)
    qtbot.addWidget(suelto)
    _formulario_alto(suelto, libre.height() + 300)
    suelto.show()
    qtbot.waitExposed(suelto)
    problemas = dialogos_en_pantalla.problemas_del_dialogo(suelto, libre)
    assert any(p.startswith("mide") for p in problemas), problemas
    assert any("«Cancel»" in p and "sale de la pantalla libre" in p for p in problemas), problemas

    # El mismo formulario en la base: entra, el contenido se desplaza y los botones quedan fuera del desplazamiento.
    dialogo = DialogoBase(padre, "Formulario alto")
    qtbot.addWidget(dialogo)
    botones = _formulario_alto(dialogo, libre.height() + 300)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    assert dialogos_en_pantalla.problemas_del_dialogo(dialogo, libre) == []
    assert dialogo.height() <= libre.height() - 60
    area = dialogo.findChild(ContenidoDesplazable)
    assert area is not None and area.verticalScrollBar().maximum() > 0
    assert botones.parentWidget() is dialogo and not dialogos_en_pantalla.dentro_de_desplazamiento(botones, dialogo)
    assert botones.isVisible() and dialogo.rect().contains(botones.geometry())

    # Uno que entra queda como estaba: sin desplazamiento.
    chico = DialogoBase(padre, "Formulario chico")
    qtbot.addWidget(chico)
    _formulario_alto(chico, 200)
    chico.show()
    qtbot.waitExposed(chico)
    assert chico.findChild(ContenidoDesplazable) is None


# Y en portugués, que alarga los textos («Adicionar item à ordem do dia»).
PANTALLAS = {"1024x600": ("1024", "600", None, "es"), "1366x768@150": ("1366", "768", "1.5", "es"),
             "1366x768@150_pt": ("1366", "768", "1.5", "pt_BR")}


@pytest.fixture(scope="module")
def padron_de_la_demo(demo_creada_por_la_cli, tmp_path_factory) -> Path:
    """El padrón de la demo en PDF, impreso una vez para las tres pantallas (es el mismo documento: sale en el idioma
    de los documentos de la base, no en el de la ventana). Cada pantalla lo recibe junto a su copia de la base, donde
    la vista previa de `dialogos_en_pantalla.py` lo busca antes de imprimirlo."""
    from escritorio.servicios.asociaciones import listar_asociaciones
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.padron import imprimir_padron_pdf

    base = tmp_path_factory.mktemp("padron_de_la_demo") / "demo.db"
    shutil.copy(demo_creada_por_la_cli, base)
    db = abrir_base(base)
    try:
        imprimir_padron_pdf(Contexto(db, listar_asociaciones(db)[0]["id"]), base.with_name("padron.pdf"))
    finally:
        db.close()
    return base.with_name("padron.pdf")


@pytest.mark.parametrize("etiqueta", PANTALLAS)
def test_cada_dialogo_entra_en_la_pantalla_con_sus_botones_a_la_vista(etiqueta, copia_de_la_demo, tmp_path,
                                                                      padron_de_la_demo):
    ancho, alto, escala, idioma = PANTALLAS[etiqueta]
    shutil.copy(padron_de_la_demo, copia_de_la_demo.with_name("padron.pdf"))
    entorno = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    entorno.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "datos"), PYTHONIOENCODING="utf-8",
                   ESCRITORIO_IDIOMA=idioma)
    if escala:
        entorno["QT_SCALE_FACTOR"] = escala
    hecho = subprocess.run([sys.executable, str(GUION), str(copia_de_la_demo), ancho, alto, etiqueta], env=entorno,
                           capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert hecho.returncode == 0, hecho.stderr
    resultado = json.loads(hecho.stdout.strip().splitlines()[-1])
    # La pantalla y la escala se aplicaron de verdad: 1024×600, o 1366×768 al 150 % = 911×512 puntos.
    factor = float(escala or 1)
    assert resultado["escala"] == factor and resultado["idioma"] == idioma
    assert resultado["pantalla"] == [round(int(ancho) / factor), round(int(alto) / factor)]
    assert resultado["sin_entrada"] == []
    assert resultado["problemas"] == []
    # Una captura por diálogo (y por página de cada asistente): se abrieron todos.
    assert len(resultado["capturas"]) >= len(dialogos_en_pantalla.COMO_ABRIR)
    for ruta in resultado["capturas"]:
        imagen = QImage(ruta)   # en píxeles físicos: nunca más que la pantalla
        assert imagen.width() <= int(ancho) and imagen.height() <= int(alto), (ruta, imagen.size())
