"""El mapa de la red en el sitio publicado (issue 45 §4): `mapa.html` con el SVG (contornos de Natural Earth, un
círculo por miembro vigente ubicado, la leyenda y el crédito) y al lado la lista de los miembros por país con su
lugar, y los que no tienen ubicación. Lo dibuja la misma proyección que Inicio (dominio.mapa)."""

import re
from xml.etree import ElementTree

from escritorio.dominio.mapa import Proyeccion
from escritorio.servicios.mapa import mapa_de_la_red
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.publicacion import publicar
from escritorio.servicios.ubicaciones import quitar_ubicacion

SVG = "{http://www.w3.org/2000/svg}"


def _svg(html: str) -> ElementTree.Element:
    return ElementTree.fromstring(html[html.index("<svg"):html.index("</svg>") + len("</svg>")])


def _texto(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_el_mapa_del_sitio_tiene_un_circulo_por_miembro_vigente_ubicado_su_leyenda_y_la_lista(publicada, tmp_path):
    publicada()   # la demo publicada, en tmp_path / "sitio"
    html = (tmp_path / "sitio" / "mapa.html").read_text(encoding="utf-8")
    svg = _svg(html)
    assert svg.get("role") == "img" and svg.get("aria-labelledby") == "mapa-titulo mapa-descripcion"
    assert svg.find(f"{SVG}title").text == "Mapa de la red: 298 miembros en 9 países"
    assert "La lista junto al mapa dice lo mismo en texto" in svg.find(f"{SVG}desc").text
    circulos = svg.findall(f".//{SVG}circle")
    assert len(circulos) == 298
    assert len(svg.findall(f".//{SVG}path")) >= 9   # al menos los países de la red
    # Cada círculo dice quién es (la ayuda al pasar el puntero), como en Inicio.
    titulos = [c.find(f"{SVG}title").text for c in circulos]
    assert any(t.startswith("Montevideo (Uruguay) · ") and "Activo" in t for t in titulos)

    texto = _texto(html)
    # La leyenda, por tramo de población (la red tiene escala): lo que suma es lo que se ve.
    leyenda = re.findall(r"([\d.]+ (?:a [\d.]+ hab\.|hab\. o más)): (\d+)", texto)
    assert [r for r, _ in leyenda] == ["0 a 99.999 hab.", "100.000 a 499.999 hab.", "500.000 a 2.999.999 hab.",
                                       "3.000.000 hab. o más"]
    assert sum(int(n) for _, n in leyenda) == 298
    assert "El color es el tramo de población de cada miembro; el tamaño del círculo, su población." in texto
    # La lista de al lado: cada miembro ubicado, por país, con su lugar; y que no falta ninguno.
    lista = html[html.index('<section class="columna-lista"'):]
    assert lista.count("<li><span class=\"muestra\"") == 298
    assert "Argentina (55)" in texto
    assert re.search(r"Rosario — Santa Fe · 32,95° S, 60,64° O · 1\.173\.533 hab\.", texto)
    assert "Todos los miembros vigentes están en el mapa." in texto
    # El crédito de los datos, donde se muestran.
    assert "Natural Earth" in texto and "GeoNames (geonames.org, CC BY 4.0)" in texto
    assert "GeoNames (geonames.org, CC BY 4.0)" in _texto((tmp_path / "sitio" / "miembros.html").read_text("utf-8"))


def test_el_sitio_y_la_ventana_ponen_a_cada_miembro_en_el_mismo_lugar(publicada, tmp_path):
    """Una regla, un lugar: el círculo de Montevideo está donde la proyección de dominio.mapa lo pone."""
    rcs, _, _ = publicada()
    svg = _svg((tmp_path / "sitio" / "mapa.html").read_text(encoding="utf-8"))
    mapa = mapa_de_la_red(rcs)
    montevideo = next(p for p in mapa.puntos if p.nombre == "Montevideo")
    x, y = Proyeccion(mapa.encuadre, 800, int(svg.get("height"))).punto(montevideo.latitud, montevideo.longitud)
    circulo = next(c for c in svg.iter(f"{SVG}circle") if c.find(f"{SVG}title").text.startswith("Montevideo ("))
    assert (float(circulo.get("cx")), float(circulo.get("cy"))) == (round(x, 1), round(y, 1))
    assert circulo.get("fill") == mapa.color(montevideo, "tramo")


def test_quien_no_tiene_ubicacion_sale_del_mapa_y_la_pagina_lo_dice(publicada, tmp_path):
    rcs, _, _ = publicada()   # la demo publicada, en tmp_path / "sitio": se publica de nuevo sin las dos ubicaciones
    sin = [m for m in listar_miembros(rcs) if m["nombre"] in ("Rosario", "Salvador")]
    for m in sin:
        quitar_ubicacion(rcs, m["id"])
    publicar(rcs, tmp_path / "sitio")
    html = (tmp_path / "sitio" / "mapa.html").read_text(encoding="utf-8")
    assert len(_svg(html).findall(f".//{SVG}circle")) == 296
    texto = _texto(html)
    assert "296 miembros vigentes en el mapa; 2 sin ubicación." in texto
    sin_ubicacion = texto[texto.index("Sin ubicación en el mapa"):]
    assert "Rosario (Argentina)" in sin_ubicacion and "Salvador (Brasil)" in sin_ubicacion
    assert not re.search(r"Rosario — ", texto)


def test_cada_pagina_lleva_al_mapa_y_el_mapa_vuelve_a_los_miembros(publicada):
    _, sitio, _ = publicada()
    assert '<a href="mapa.html">Mapa</a>' in (sitio / "index.html").read_text("utf-8")
    assert '<a href="../mapa.html">Mapa</a>' in (sitio / "sesiones" / "3.html").read_text("utf-8")
    assert '<a href="mapa.html">Verlos en el mapa</a>' in (sitio / "miembros.html").read_text("utf-8")
    assert '<nav class="migas" aria-label="Dónde está"><a href="miembros.html">Miembros</a>' in (
        sitio / "mapa.html").read_text("utf-8")


def test_en_portugues_el_mapa_habla_portugues(publicada):
    _, sitio, _ = publicada("pt")   # la demo publicada con `idioma_pedido("pt")`
    html = (sitio / "mapa.html").read_text(encoding="utf-8")
    assert '<html lang="pt">' in html
    assert _svg(html).find(f"{SVG}title").text == "Mapa da rede: 298 membros em 9 países"
    assert "Contornos: Natural Earth" in _texto(html)
