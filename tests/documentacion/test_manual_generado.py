"""El manual de la aplicación sale de la guía en Markdown (`docs/guia/`): nadie lo edita a mano.

Si alguien cambia `recursos/manual/manual.html` (o el de portugués) sin cambiar la guía, o la guía sin correr
`make manual`, estas pruebas fallan y dicen qué hacer.
"""

import shutil

import pytest

import generar_manual
from generar_manual import GUIA, IDIOMAS, ErrorDeLaGuia, capitulos, destino, generar


@pytest.mark.parametrize("idioma", IDIOMAS)
def test_el_manual_es_el_que_sale_de_la_guia(idioma):
    generado = generar(idioma)
    assert destino(idioma).read_text(encoding="utf-8") == generado, (
        f"{destino(idioma)} no es el que sale de docs/guia/{idioma}/: corra «make manual» (y no edite el HTML a mano)")


def test_los_dos_idiomas_tienen_los_mismos_capitulos():
    assert [a.name for a in capitulos("es")] == [a.name for a in capitulos("pt_BR")]
    assert len(capitulos("es")) >= 10


def test_la_portada_enlaza_cada_capitulo():
    """La portada de cada idioma (lo que se lee en GitHub) lista cada capítulo que el manual incluye."""
    for idioma in IDIOMAS:
        portada = (GUIA / idioma / "README.md").read_text(encoding="utf-8")
        for capitulo in capitulos(idioma):
            assert f"({capitulo.name})" in portada, f"docs/guia/{idioma}/README.md no enlaza {capitulo.name}"


@pytest.fixture
def guia_copiada(tmp_path, monkeypatch):
    """Una copia de la guía (y de las capturas que enlaza) donde se puede cambiar algo sin tocar la real."""
    copia = tmp_path / "docs" / "guia"
    shutil.copytree(GUIA, copia)
    shutil.copytree(generar_manual.RAIZ / "recursos" / "manual", tmp_path / "recursos" / "manual")
    monkeypatch.setattr(generar_manual, "RAIZ", tmp_path)
    monkeypatch.setattr(generar_manual, "GUIA", copia)
    monkeypatch.setattr(generar_manual, "ESTILO", copia / "manual.css")
    return copia


def test_un_cambio_en_la_guia_cambia_el_manual_y_la_comprobacion_lo_nota(guia_copiada, capsys):
    cuotas = guia_copiada / "es" / "04-cuotas.md"
    cuotas.write_text(cuotas.read_text(encoding="utf-8").replace(
        "## Escalas {#escalas}", "## Escalas de cuotas {#escalas}"), encoding="utf-8")
    html = generar("es")
    assert '<h3><a name="escalas" id="escalas"></a>Escalas de cuotas</h3>' in html
    assert '<li><a href="#escalas">Escalas de cuotas</a></li>' in html    # el índice también
    assert generar_manual.principal(["--comprobar"]) == 1
    assert "corra «make manual»" in capsys.readouterr().err
    assert generar_manual.principal([]) == 0 and generar_manual.principal(["--comprobar"]) == 0


def test_lo_que_el_generador_no_entiende_se_dice_con_archivo_y_linea(guia_copiada):
    miembros = guia_copiada / "es" / "03-miembros.md"
    miembros.write_text(miembros.read_text(encoding="utf-8") + "\n> Una nota sin su clase.\n", encoding="utf-8")
    with pytest.raises(ErrorDeLaGuia, match=r"docs/guia/es/03-miembros\.md:\d+: una nota empieza con"):
        generar("es")


def test_el_markdown_de_la_guia_se_convierte_como_el_manual_de_siempre(tmp_path):
    """Cada construcción del subconjunto de Markdown da el HTML que el manual usaba (y el QTextBrowser muestra)."""
    from generar_manual import Contexto, convertir

    contexto = Contexto(GUIA / "es" / "03-miembros.md", {"04-cuotas.md": "cuotas"}, generar_manual.RAIZ / "recursos" / "manual")
    texto = (
        "Pulse [[Archivo > Abrir…]] o <kbd>Ctrl+O</kbd>; **Datos obligatorios (\\*)**, *cursiva*, `a < b`,\n"
        "[pagos](04-cuotas.md#pagos), [Cuotas](04-cuotas.md), [el servidor](../../servidor.md) y [GeoNames](https://www.geonames.org/).\n"
        "\n"
        "- uno\n"
        "  sigue\n"
        "- dos\n"
        "\n"
        "3. tercero\n"
        "\n"
        "| Qué | Dónde |\n"
        "|---|---|\n"
        "| base | `x.db`<br>otra |\n"
        "\n"
        "> [!TIP]\n"
        "> **Consejo:** respalde.\n"
        "\n"
        "![La ficha](../../../recursos/manual/capturas/ficha_datos.png){width=600}\n"
        "El epígrafe.\n")
    html = "\n".join(convertir(texto, contexto))
    assert ('<p>Pulse <span class="boton">&nbsp;Archivo &gt; Abrir…&nbsp;</span> o <span class="tecla">&nbsp;Ctrl+O&nbsp;'
            '</span>; <b>Datos obligatorios (*)</b>, <i>cursiva</i>, <code>a &lt; b</code>,\n'
            '<a href="#pagos">pagos</a>, <a href="#cuotas">Cuotas</a>, el servidor y '
            '<a href="https://www.geonames.org/">GeoNames</a>.</p>') in html
    assert "<ul>\n<li>uno\nsigue</li>\n<li>dos</li>\n</ul>" in html
    assert '<ol start="3">\n<li>tercero</li>\n</ol>' in html
    assert "<tr><th>Qué</th><th>Dónde</th></tr>\n<tr><td>base</td><td><code>x.db</code><br>otra</td></tr>" in html
    assert 'bgcolor="#fff6e0"><tr><td>\n<b>Consejo:</b> respalde.\n</td></tr></table>' in html
    assert ('<p class="captura"><img src="capturas/ficha_datos.png" width="600" alt="La ficha"></p>\n'
            '<p class="pie">El epígrafe.</p>') in html
