"""El sitio de transparencia de la red de ejemplo en un navegador de verdad (issue 45 §5): el Chromium del sistema
(Debian: paquete chromium; .ci/run lo instala), manejado con Playwright, sin conexión.

El sitio se publica en los dos idiomas (castellano en la carpeta, portugués en pt/). Cada página tiene su idioma,
título y un solo encabezado principal, y sus encabezados no saltan niveles; toda imagen tiene texto alternativo;
cada enlace interno lleva a un archivo del sitio (también el de la misma página en el otro idioma); axe-core
(tests/navegador/axe, versión 4.11.1, MPL-2.0) no encuentra faltas graves ni críticas de accesibilidad; el mapa de
la red se dibuja (un círculo por miembro ubicado, dentro del dibujo), tiene nombre accesible y la lista al lado; y
la página de verificación reconoce el PDF emitido y rechaza uno cambiado, calculando la huella en el navegador. Las
capturas quedan en `tests/artefactos/sitio/` (o ESCRITORIO_ARTEFACTOS).
"""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="hace falta Chromium (Debian: apt-get install chromium)")
AXE = Path(__file__).parent / "axe" / "axe.min.js"


def carpeta_de_artefactos() -> Path:
    """Donde quedan las capturas para mirar (ESCRITORIO_ARTEFACTOS o tests/artefactos), como las de la ventana."""
    elegida = os.environ.get("ESCRITORIO_ARTEFACTOS", "").strip()
    return Path(elegida) if elegida else Path(__file__).resolve().parents[1] / "artefactos"


@pytest.fixture(scope="module")
def sitio(demo_creada_por_la_cli, tmp_path_factory) -> Path:
    """La red de ejemplo publicada una vez en el módulo, en castellano y en portugués (pt/), con la dirección
    pública: también OParl."""
    from escritorio.servicios.asociaciones import editar_asociacion
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.publicacion import publicar

    carpeta = tmp_path_factory.mktemp("sitio_navegador")
    copia = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, copia)
    db = abrir_base(copia)
    try:
        contexto = Contexto(db, 1)
        editar_asociacion(contexto, direccion_publica="https://redsur.ejemplo.org")
        publicar(contexto, carpeta / "sitio", idiomas=["es", "pt"])
    finally:
        db.close()
    return carpeta / "sitio"


def _paginas(sitio: Path) -> list[Path]:
    return sorted(sitio.rglob("*.html"))


def _idioma_de(sitio: Path, archivo: Path) -> str:
    return "pt" if archivo.is_relative_to(sitio / "pt") else "es"


def _una_de_cada_clase(sitio: Path) -> list[Path]:
    """Las páginas de una carpeta (cada órgano, cada sesión, cada verificación) salen de la misma plantilla: axe
    (unos segundos por página) mira cada página suelta y una de cada carpeta, la más grande, en cada idioma."""
    elegidas = []
    for raiz in (sitio, sitio / "pt"):
        sueltas = sorted(raiz.glob("*.html"))
        por_carpeta = {}
        for archivo in raiz.glob("*/*.html"):
            if archivo.parent.name != "pt" and archivo.name != "index.html":
                mayor = por_carpeta.get(archivo.parent)
                if mayor is None or archivo.stat().st_size > mayor.stat().st_size:
                    por_carpeta[archivo.parent] = archivo
        indices = [i for i in sorted(raiz.glob("*/index.html")) if i.parent.name != "pt"]
        elegidas += sueltas + indices + sorted(por_carpeta.values())
    return elegidas


# Lo que se mira de cada página, en una sola ida y vuelta al navegador (son 260 páginas).
_LO_QUE_SE_MIRA = """() => ({
    idioma: document.documentElement.lang,
    titulo: document.title,
    niveles: Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => Number(h.tagName[1])),
    sin_alt: Array.from(document.images).filter(i => !i.hasAttribute('alt')).length,
    destinos: Array.from(document.querySelectorAll('a[href], link[href], script[src]')).map(e => e.href || e.src),
})"""


def test_cada_pagina_tiene_idioma_titulo_encabezados_en_orden_y_enlaces_que_llevan_a_algo(sitio, pagina):
    for archivo in _paginas(sitio):
        pagina.goto(archivo.as_uri(), wait_until="domcontentloaded")
        nombre = archivo.relative_to(sitio)
        visto = pagina.evaluate(_LO_QUE_SE_MIRA)
        assert visto["idioma"] == _idioma_de(sitio, archivo), nombre
        assert visto["titulo"].strip(), nombre
        niveles = visto["niveles"]
        assert niveles.count(1) == 1 and niveles[0] == 1, (nombre, niveles)
        assert all(b - a <= 1 for a, b in zip(niveles, niveles[1:])), (nombre, niveles)
        assert visto["sin_alt"] == 0, nombre
        for destino in visto["destinos"]:
            if destino.startswith("file://"):
                ruta = Path(destino[len("file://"):].split("#")[0])
                assert ruta.is_file(), f"{nombre}: {destino}"


_GRAVES = ("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
           ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)")


def test_axe_no_encuentra_faltas_graves_de_accesibilidad(sitio, pagina):
    # axe entra en cada página que se abre (un guion de inicio de la pestaña, leído una vez), en lugar de mandarlo
    # entero al navegador después de abrir cada una. Lo que tarda es axe mismo: el contraste de cada celda de
    # miembros.html y de la página de un órgano (unos segundos cada una).
    pagina.add_init_script(path=str(AXE))
    # La prueba de la prueba: una imagen sin texto alternativo y un texto gris sobre gris, sí.
    pagina.goto((sitio / "index.html").as_uri())
    pagina.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"x.png\">"
                    "<p style=\"color:#999;background:#aaa\">casi invisible</p>')")
    assert {"image-alt", "color-contrast"} <= set(pagina.evaluate(_GRAVES))
    graves = {}
    revisadas = _una_de_cada_clase(sitio)
    assert {sitio / "mapa.html", sitio / "pt" / "mapa.html", sitio / "pt" / "index.html"} <= set(revisadas)
    for archivo in revisadas:
        pagina.goto(archivo.as_uri())
        faltas = pagina.evaluate(_GRAVES)
        if faltas:
            graves[str(archivo.relative_to(sitio))] = faltas
    assert not graves, graves


def test_la_pagina_de_verificacion_reconoce_el_pdf_emitido_y_rechaza_uno_cambiado(sitio, pagina, tmp_path):
    pagina.goto((sitio / "sesiones" / "3.html").as_uri())
    pagina.click("text=Verificar este documento")
    assert "/verificar/" in pagina.url
    assert pagina.is_visible("#comprobar"), "con JavaScript, la comprobación del archivo se ve"
    pdf = sitio / "actas" / "acta-3.pdf"
    pagina.set_input_files("#archivo", str(pdf))
    pagina.wait_for_function("document.getElementById('resultado').textContent.length > 0")
    assert pagina.get_attribute("#resultado", "class") == "bien"
    assert "Su archivo es idéntico a una copia emitida" in pagina.text_content("#resultado")
    cambiado = tmp_path / "acta-3.pdf"
    cambiado.write_bytes(pdf.read_bytes() + b"\n%")
    pagina.evaluate("document.getElementById('resultado').textContent = ''")
    pagina.set_input_files("#archivo", str(cambiado))
    pagina.wait_for_function("document.getElementById('resultado').textContent.length > 0")
    assert pagina.get_attribute("#resultado", "class") == "mal"
    assert "NO es ninguna de las copias emitidas" in pagina.text_content("#resultado")


def test_sin_javascript_se_lee_todo_y_la_verificacion_muestra_las_huellas(sitio, navegador):
    contexto = navegador.new_context(java_script_enabled=False)
    pagina = contexto.new_page()
    pagina.goto((sitio / "sesiones" / "3.html").as_uri())
    assert "Asistencia" in pagina.text_content("main")
    pagina.click("text=Verificar este documento")
    assert not pagina.is_visible("#comprobar")
    assert pagina.is_visible("[data-sha256]")
    contexto.close()


def test_capturas_para_mirar(sitio, pagina):
    carpeta = carpeta_de_artefactos() / "sitio"
    carpeta.mkdir(parents=True, exist_ok=True)
    for ruta in ("index.html", "miembros.html", "mapa.html", "organos/2.html", "sesiones/3.html",
                 "verificar/index.html", "anclas.html", "pt/index.html", "pt/mapa.html", "pt/anclas.html"):
        pagina.goto((sitio / ruta).as_uri())
        destino = carpeta / (ruta.replace("/", "_").replace(".html", ".png"))
        pagina.screenshot(path=str(destino), full_page=False)
        assert destino.stat().st_size > 10_000
    for ancho, alto in ((1280, 900), (400, 800)):   # el mapa en una pantalla grande y en un teléfono
        pagina.set_viewport_size({"width": ancho, "height": alto})
        pagina.goto((sitio / "mapa.html").as_uri())
        pagina.screenshot(path=str(carpeta / f"mapa_{ancho}.png"))


_MAPA = "svg.mapa"


def test_el_mapa_se_dibuja_con_un_circulo_por_miembro_y_tiene_nombre_y_la_lista_al_lado(sitio, pagina):
    pagina.goto((sitio / "mapa.html").as_uri())
    mapa = pagina.get_by_role("img", name="Mapa de la red: 298 miembros en 9 países")
    assert mapa.is_visible()
    caja = mapa.bounding_box()
    assert caja["width"] > 300 and caja["height"] > 300
    circulos = pagina.eval_on_selector_all(f"{_MAPA} circle", "cs => cs.map(c => c.getBoundingClientRect())"
                                                            ".map(r => [r.x, r.y, r.width, r.height])")
    assert len(circulos) == 298
    # Cada círculo se ve (tamaño) y cae dentro del dibujo: la proyección no deja a nadie afuera.
    assert all(ancho > 2 and alto > 2 for _, _, ancho, alto in circulos)
    assert all(caja["x"] - 1 <= x and x + ancho <= caja["x"] + caja["width"] + 1 and caja["y"] - 1 <= y
               and y + alto <= caja["y"] + caja["height"] + 1 for x, y, ancho, alto in circulos)
    assert pagina.eval_on_selector_all(f"{_MAPA} path", "ps => ps.filter(p => p.getBBox().width > 0).length") >= 9
    # Lo que el dibujo dice, en texto: la leyenda y la lista de al lado (a la derecha en una pantalla de 1024).
    assert pagina.locator(".leyenda li").count() == 4
    lista = pagina.get_by_role("region", name="Los miembros en el mapa, por país")
    assert lista.locator("ul.en-el-mapa li").count() == 298
    assert lista.get_by_role("heading", name="Sin ubicación en el mapa").is_visible()
    assert lista.bounding_box()["x"] >= caja["x"] + caja["width"]
    assert "GeoNames (geonames.org, CC BY 4.0)" in pagina.text_content(".credito")
    # El mapa queda a la vista mientras se baja por la lista (a mitad de ella: al final, la página lo empuja).
    lista.get_by_role("heading", name="Paraguay").evaluate("h => h.scrollIntoView()")
    assert pagina.evaluate("window.scrollY") > 2000
    caja_abajo = mapa.bounding_box()
    assert 0 <= caja_abajo["y"] and caja_abajo["y"] + caja_abajo["height"] <= 600 + 1


def test_en_un_telefono_la_lista_va_debajo_del_mapa(sitio, navegador):
    contexto = navegador.new_context(viewport={"width": 400, "height": 800})
    pagina = contexto.new_page()
    pagina.goto((sitio / "mapa.html").as_uri())
    mapa = pagina.locator(_MAPA).bounding_box()
    lista = pagina.locator(".columna-lista").bounding_box()
    assert mapa["width"] <= 400 and lista["y"] >= mapa["y"] + mapa["height"]
    assert pagina.evaluate("document.documentElement.scrollWidth") <= 400   # nada se sale de la pantalla
    contexto.close()


def test_el_mapa_en_portugues_y_el_enlace_al_otro_idioma_lleva_a_la_misma_pagina(sitio, pagina):
    pagina.goto((sitio / "sesiones" / "3.html").as_uri())
    pagina.get_by_role("navigation", name="Otros idiomas").get_by_role("link", name="Português").click()
    assert pagina.url.endswith("/pt/sesiones/3.html")
    assert pagina.evaluate("document.documentElement.lang") == "pt"
    pagina.get_by_role("link", name="Mapa", exact=True).click()
    assert pagina.url.endswith("/pt/mapa.html")
    assert pagina.get_by_role("img", name="Mapa da rede: 298 membros em 9 países").is_visible()
    assert pagina.locator(f"{_MAPA} circle").count() == 298
    pagina.get_by_role("navigation", name="Outros idiomas").get_by_role("link", name="Español").click()
    assert pagina.url.endswith("/sitio/mapa.html")
    assert pagina.evaluate("document.documentElement.lang") == "es"


def test_el_codigo_se_escribe_como_viene_y_lleva_a_su_pagina(sitio, pagina):
    """Minúsculas, sin guiones y con espacios, como lo dicta alguien por teléfono: la misma página del código."""
    codigo = next(p.stem for p in (sitio / "verificar").glob("*.html") if p.stem != "index")
    pagina.goto((sitio / "verificar" / "index.html").as_uri())
    pagina.fill("#codigo", " " + codigo.replace("-", " ").lower() + " ")
    pagina.press("#codigo", "Enter")
    pagina.wait_for_url(f"**/verificar/{codigo}.html")
    assert codigo in pagina.title()


def paginas_que_se_corren(sitio: Path, navegador, ancho: int = 320) -> dict[str, int]:
    """Las páginas que en una pantalla de `ancho` px se corren de costado (WCAG 2.1, 1.4.10): {página: su ancho}."""
    contexto = navegador.new_context(viewport={"width": ancho, "height": 640})
    pagina = contexto.new_page()
    corridas = {}
    for archivo in _paginas(sitio):
        pagina.goto(archivo.as_uri())
        total = pagina.evaluate("document.documentElement.scrollWidth")
        if total > ancho:
            corridas[str(archivo.relative_to(sitio))] = total
    contexto.close()
    return corridas


def test_en_un_telefono_de_320_px_ninguna_pagina_se_corre_de_costado(sitio, navegador):
    """Issue 83 §2: 28 de 36 páginas se corrían de costado (las tablas, una huella SHA-256 sin cortes). Ahora cada
    tabla se desliza dentro de su región, que se alcanza con Tab, tiene nombre y una sombra dice que hay más; las
    huellas y los datos largos se cortan."""
    assert paginas_que_se_corren(sitio, navegador) == {}
    contexto = navegador.new_context(viewport={"width": 320, "height": 640})
    pagina = contexto.new_page()
    pagina.goto((sitio / "miembros.html").as_uri())
    region = pagina.locator(".tabla").first
    assert region.get_attribute("role") == "region" and region.get_attribute("tabindex") == "0"
    assert region.get_attribute("aria-label")
    ancho, visible = region.evaluate("r => [r.scrollWidth, r.clientWidth]")
    assert ancho > visible   # la tabla es más ancha que la pantalla: se desliza adentro
    region.focus()
    pagina.keyboard.press("ArrowRight")
    pagina.wait_for_function("document.querySelector('.tabla').scrollLeft > 0")
    carpeta = carpeta_de_artefactos() / "sitio"
    carpeta.mkdir(parents=True, exist_ok=True)
    pagina.screenshot(path=str(carpeta / "miembros_320.png"))
    contexto.close()
