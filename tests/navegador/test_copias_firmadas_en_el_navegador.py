"""Issue 62 §2 en un navegador de verdad (Chromium con Playwright, sin conexión), como la prueba de la página de
verificación con las copias sin firmar (test_sitio_en_el_navegador.py): quien recibió el acta o la resolución
firmada (una o dos veces) la elige en la página de su código y la página dice que es idéntica byte a byte a la copia
firmada que la asociación registró, quién firmó y cuándo, y que la firma misma se valida aparte; en castellano y en
portugués. El mismo archivo con un byte cambiado: «NO es ninguna de las copias emitidas».
"""

import hashlib
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documentos"))
from copias_firmadas_de_la_demo import firmar_y_publicar  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="hace falta Chromium (Debian: apt-get install chromium)")

DICE = {
    "es": {"carpeta": "", "igual": "Su archivo es idéntico byte a byte a la copia firmada digitalmente que la "
                                   "asociación registró el ", "firmas": "Firmas: ",
           "no_valida": "Esta página no valida la firma misma", "distinto": "Su archivo NO es ninguna de las copias "
                                                                            "emitidas"},
    "pt": {"carpeta": "pt/", "igual": "O seu arquivo é idêntico byte a byte à cópia assinada digitalmente que a "
                                      "associação registrou em ", "firmas": "Assinaturas: ",
           "no_valida": "Esta página não valida a assinatura em si", "distinto": "O seu arquivo NÃO é nenhuma das "
                                                                                 "cópias emitidas"},
}


@pytest.fixture(scope="module")
def publicado(tmp_path_factory, demo_creada_por_la_cli) -> dict:
    return firmar_y_publicar(tmp_path_factory.mktemp("firmadas_navegador"), demo_creada_por_la_cli)


def _elegir(pagina, archivo: Path) -> tuple[str, str]:
    """Elige `archivo` en la página abierta y devuelve (clase, texto) del veredicto."""
    pagina.evaluate("document.getElementById('resultado').textContent = ''")
    pagina.set_input_files("#archivo", str(archivo))
    pagina.wait_for_function("document.getElementById('resultado').textContent.length > 0")
    return pagina.get_attribute("#resultado", "class"), pagina.text_content("#resultado")


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_la_pagina_reconoce_cada_copia_firmada_y_rechaza_una_con_un_byte_cambiado(publicado, pagina, idioma,
                                                                                   tmp_path):
    dice = DICE[idioma]
    for nombre, firmado in publicado["firmados"].items():
        pagina.goto((publicado["sitio"] / f"{dice['carpeta']}verificar/{firmado['codigo']}.html").as_uri())
        assert pagina.is_visible("#comprobar"), nombre
        clase, texto = _elegir(pagina, firmado["ruta"])
        sha = hashlib.sha256(firmado["ruta"].read_bytes()).hexdigest()
        assert clase == "bien", (nombre, texto)
        assert texto.startswith(dice["igual"]) and f"(SHA-256 {sha})" in texto, (nombre, texto)
        firmas = texto.split(dice["firmas"], 1)[1]
        quienes = [f"{quien} ({cargo})" if cargo else quien for quien, cargo in firmado["firmas"]]
        assert [f.split(",")[0] for f in firmas.split("; ")] == quienes, (nombre, texto)
        assert firmas.count("(UTC)") == len(quienes) and dice["no_valida"] in texto, (nombre, texto)

        contenido = firmado["ruta"].read_bytes()
        medio = len(contenido) // 2
        cambiado = tmp_path / f"{nombre}.pdf"
        cambiado.write_bytes(contenido[:medio] + bytes([contenido[medio] ^ 1]) + contenido[medio + 1:])
        clase, texto = _elegir(pagina, cambiado)
        assert clase == "mal" and texto.startswith(dice["distinto"]), (nombre, texto)


def test_capturas_de_la_copia_firmada_reconocida(publicado, pagina):
    from test_sitio_en_el_navegador import carpeta_de_artefactos

    destino = carpeta_de_artefactos() / "sitio"
    destino.mkdir(parents=True, exist_ok=True)
    for idioma, dice in DICE.items():
        firmado = publicado["firmados"]["acta_firmada_2"]
        pagina.goto((publicado["sitio"] / f"{dice['carpeta']}verificar/{firmado['codigo']}.html").as_uri())
        _elegir(pagina, firmado["ruta"])
        pagina.screenshot(path=str(destino / f"verificar_firmada_{idioma}.png"), full_page=True)
        assert (destino / f"verificar_firmada_{idioma}.png").stat().st_size > 0


def test_axe_no_encuentra_faltas_graves_en_la_pagina_con_copias_firmadas(publicado, pagina):
    from test_sitio_en_el_navegador import _GRAVES, AXE

    pagina.add_init_script(path=str(AXE))
    graves = {}
    for idioma, dice in DICE.items():
        for firmado in publicado["firmados"].values():
            pagina.goto((publicado["sitio"] / f"{dice['carpeta']}verificar/{firmado['codigo']}.html").as_uri())
            _elegir(pagina, firmado["ruta"])   # también con el veredicto a la vista
            if faltas := pagina.evaluate(_GRAVES):
                graves[f"{idioma}:{firmado['codigo']}"] = faltas
    assert not graves, graves
