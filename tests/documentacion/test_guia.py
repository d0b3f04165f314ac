"""La guía de usuaria nombra los botones y menús que la ventana tiene: cada `[[Rótulo]]` de `docs/guia/es/` es un
texto del programa (está en el catálogo de traducción, que junta cada texto de la ventana), y cada uno de
`docs/guia/pt_BR/` es el que la ventana muestra en portugués. Un botón que cambia de nombre sin cambiar la guía, o
uno que la guía inventa, hace fallar esto."""

import re
import xml.etree.ElementTree as ET

import pytest

from escritorio.idiomas.catalogo import carpeta_traducciones
from generar_manual import GUIA

# Rótulos de la guía que no son un texto de la ventana: el ejemplo de la presentación y los signos de la vista previa.
NO_SON_ROTULOS = {"así", "assim", "+", "−"}


def _textos_de_la_ventana(idioma: str) -> set[str]:
    raiz = ET.parse(carpeta_traducciones() / "escritorio_pt_BR.ts").getroot()
    campo = "source" if idioma == "es" else "translation"
    return {(m.findtext(campo) or "").replace("&", "") for m in raiz.iter("message")}


def rotulos(idioma: str) -> list[tuple[str, str]]:
    """(archivo, tramo) de cada rótulo de la guía; «Archivo > Abrir…» son dos tramos."""
    salida = []
    for archivo in sorted((GUIA / idioma).glob("*.md")):
        for rotulo in re.findall(r"\[\[(.+?)\]\]", archivo.read_text(encoding="utf-8")):
            salida += [(archivo.name, " ".join(t.split())) for t in rotulo.split(" > ")]
    return salida


@pytest.mark.parametrize("idioma", ["es", "pt_BR"])
def test_cada_boton_y_menu_que_nombra_la_guia_existe_en_la_ventana(idioma):
    textos = _textos_de_la_ventana(idioma)
    encontrados = rotulos(idioma)
    assert len(encontrados) > 100
    faltan = sorted({f"{archivo}: «{t}»" for archivo, t in encontrados
                     if t not in NO_SON_ROTULOS and not {t, t.removesuffix(" ▾"), t.removesuffix("…"), t + "…"} & textos})
    assert not faltan, f"La guía ({idioma}) nombra rótulos que la ventana no tiene:\n" + "\n".join(faltan)


def test_la_prueba_ve_un_rotulo_inventado(monkeypatch, tmp_path):
    import generar_manual

    (tmp_path / "es").mkdir()
    (tmp_path / "es" / "01-x.md").write_text("# X {#x}\n\nPulse [[Archivo > Abrir…]] y [[Emitir la magia]].\n",
                                             encoding="utf-8")
    monkeypatch.setattr(generar_manual, "GUIA", tmp_path)
    monkeypatch.setitem(globals(), "GUIA", tmp_path)
    textos = _textos_de_la_ventana("es")
    assert [t for _, t in rotulos("es") if t not in textos and t.removesuffix("…") not in textos] == ["Emitir la magia"]
