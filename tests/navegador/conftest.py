"""El Chromium del sistema para las pruebas del sitio en el navegador: uno por módulo y una página nueva (1024×600,
con JavaScript) por prueba."""

import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.fixture(scope="module")
def navegador():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def pagina(navegador):
    contexto = navegador.new_context(viewport={"width": 1024, "height": 600}, java_script_enabled=True)
    yield contexto.new_page()
    contexto.close()
