"""El manual en portugués (issue 18): el mismo manual, con las capturas de la ventana en portugués, que Ayuda abre
cuando la ventana está en portugués; con la ventana en inglés, el castellano (no hay manual en inglés)."""

import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from escritorio.idiomas.catalogo import carpeta_traducciones
from escritorio.interfaz.dialogos import manual as modulo
from escritorio.interfaz.dialogos.manual import ARCHIVO, DialogoManual, carpeta_manual

_ANCLA = re.compile(r'<a name="([^"]+)"')
_IMAGEN = re.compile(r'<img\b[^>]*\bsrc="([^"]+)"', re.IGNORECASE)


def _html(idioma: str) -> str:
    return (carpeta_manual(idioma) / ARCHIVO).read_text(encoding="utf-8")


def _texto(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", "", html, flags=re.DOTALL)))


@pytest.fixture
def en_portugues(monkeypatch):
    monkeypatch.setattr(modulo, "idioma_actual", lambda: "pt_BR")


def test_hay_manual_en_portugues_con_su_propia_carpeta():
    assert carpeta_manual("pt_BR") != carpeta_manual("es")
    assert carpeta_manual("pt_BR").name == "pt_BR"
    assert carpeta_manual("en") == carpeta_manual("es")     # inglés: el castellano
    assert '<html lang="pt-BR">' in _html("pt_BR")


def test_las_mismas_secciones_anclas_e_imagenes_que_el_castellano():
    """Las anclas son las que usa el programa para abrir el manual en una sección («faq-voto»): las mismas en los
    dos; y cada captura del castellano tiene la suya en portugués."""
    castellano, portugues = _html("es"), _html("pt_BR")
    assert _ANCLA.findall(portugues) == _ANCLA.findall(castellano)
    assert _IMAGEN.findall(portugues) == _IMAGEN.findall(castellano)
    for fuente in _IMAGEN.findall(portugues):
        assert (carpeta_manual("pt_BR") / fuente).is_file(), f"falta {fuente} en portugués"


def test_las_capturas_en_portugues_son_otras_que_las_castellanas():
    """`make capturas` dibuja la ventana en portugués: no son copias de las castellanas."""
    fuentes = _IMAGEN.findall(_html("pt_BR"))
    iguales = [f for f in fuentes
               if (carpeta_manual("pt_BR") / f).read_bytes() == (carpeta_manual("es") / f).read_bytes()]
    assert not iguales


def test_esta_escrito_en_portugues():
    texto = _texto(_html("pt_BR"))
    for frase in ("Manual do usuário do Escritorio", "Primeiros passos", "Membros", "Contribuições", "Sessões",
                  "GeoNames", "CC BY 4.0"):
        assert frase in texto, frase
    for castellano in ("Primeros pasos", "Volver al índice", "Preguntas frecuentes", "Respaldos y recuperación",
                       " pulse ", " usted "):
        assert castellano not in texto, castellano


def _catalogo_pt() -> dict[str, str]:
    arbol = ET.parse(carpeta_traducciones() / "escritorio_pt_BR.ts")
    return {m.findtext("source").replace("&", ""): (m.findtext("translation") or "").replace("&", "")
            for m in arbol.iter("message")}


def test_los_botones_y_menus_que_nombra_son_los_de_la_ventana_en_portugues():
    """Cada rótulo de botón o menú que el manual nombra (`<span class="boton">`, «Arquivo > Abrir…») no es un texto
    castellano de la ventana que en portugués se dice de otro modo."""
    catalogo = _catalogo_pt()
    rotulos = re.findall(r'<span class="boton">(.*?)</span>', _html("pt_BR"), flags=re.DOTALL)
    assert len(rotulos) > 50
    sin_traducir = []
    for rotulo in rotulos:
        for tramo in unescape(re.sub(r"<[^>]+>", "", rotulo)).replace("\xa0", " ").split(">"):
            tramo = " ".join(tramo.split())
            if tramo in catalogo and catalogo[tramo] != tramo:
                sin_traducir.append(f"{tramo} (en la ventana: {catalogo[tramo]})")
    assert not sin_traducir


def test_ayuda_abre_el_manual_del_idioma_de_la_ventana(qtbot, en_portugues):
    dialogo = DialogoManual(seccion="faq-voto")
    qtbot.addWidget(dialogo)
    assert dialogo.busqueda.isEnabled()
    assert dialogo.carpeta == carpeta_manual("pt_BR")
    assert dialogo.navegador.source().fragment() == "faq-voto"
    texto = dialogo.navegador.toPlainText()
    assert "Primeiros passos" in texto and "Primeros pasos" not in texto
    # Sus capturas, las de la ventana en portugués, se dibujan.
    imagen = dialogo.navegador.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                                   QUrl("capturas/miembros.png"))
    assert isinstance(imagen, QImage) and not imagen.isNull()
    assert dialogo.navegador.searchPaths() == [str(carpeta_manual("pt_BR"))]


def test_la_busqueda_encuentra_palabras_portuguesas_sin_tildes(qtbot, en_portugues):
    dialogo = DialogoManual()
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.busqueda.setText("contribuicoes")
    assert dialogo.buscar_siguiente()
    assert dialogo.navegador.textCursor().selectedText().lower() == "contribuições"


def test_con_la_ventana_en_ingles_abre_el_castellano(qtbot, monkeypatch):
    monkeypatch.setattr(modulo, "idioma_actual", lambda: "en")
    dialogo = DialogoManual()
    qtbot.addWidget(dialogo)
    assert dialogo.carpeta == carpeta_manual("es")
    assert "Primeros pasos" in dialogo.navegador.toPlainText()
