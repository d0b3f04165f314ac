"""El idioma de lo guardado en el sitio de dos idiomas (issue 62 §5): en las páginas portuguesas de una asociación
que escribe en castellano, el texto del estatuto, de las unidades temáticas, de las sesiones y de su acta aprobada
sigue en castellano, y lleva `lang="es"` en el elemento más chico que lo encierra; las palabras del programa quedan
bajo el `lang="pt"` de la página. En las páginas castellanas no se marca nada: todo es castellano.

El acta aprobada dice en qué idioma se aprobó (su título, congelado con ella): si la asociación pasa después a
escribir en portugués, lo que dice el acta (el quórum, las resoluciones) sigue marcado como castellano.

Por el camino de la usuaria: `escritorio publicar --idiomas …` sobre la red de ejemplo (en el proceso), y cada página
leída con el analizador de HTML de Python, que sigue el `lang` heredado de cada texto."""

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cli_en_el_proceso import entorno_aislado, orden_en_el_proceso

SESION_APROBADA = 3
VACIOS = {"meta", "link", "br", "img", "input", "hr", "area", "base", "col", "source", "wbr"}


class _Textos(HTMLParser):
    """Cada texto de <main> con el idioma que lo rige (el `lang` del elemento más cercano que lo tiene)."""

    def __init__(self):
        super().__init__()
        self.pila: list[tuple[str, str | None]] = []
        self.textos: list[tuple[str, str]] = []

    def handle_starttag(self, etiqueta, atributos):
        if etiqueta not in VACIOS:
            self.pila.append((etiqueta, dict(atributos).get("lang")))

    def handle_endtag(self, etiqueta):
        while self.pila:
            if self.pila.pop()[0] == etiqueta:
                break

    def handle_data(self, texto):
        if texto.strip() and any(e == "main" for e, _ in self.pila):
            idioma = next(lang for _, lang in reversed(self.pila) if lang)
            self.textos.append((texto.strip(), idioma))


def textos(pagina: Path) -> list[tuple[str, str]]:
    lector = _Textos()
    lector.feed(pagina.read_text(encoding="utf-8"))
    return lector.textos


def idioma_de(pagina: Path, texto: str, entero: bool = True) -> set[str]:
    """Los idiomas bajo los que aparece `texto` en <main> (entero, como un nodo de texto; o dentro de uno, sin
    `entero`: en la página del idioma del texto no hay marcas que lo separen); falla si no aparece."""
    idiomas = {lang for t, lang in textos(pagina) if (t == texto.strip() if entero else texto.strip() in t)}
    assert idiomas, f"«{texto[:60]}» no está en {pagina}"
    return idiomas


def _publicar(carpeta: Path, db: Path, *argumentos) -> None:
    for orden in argumentos:
        hecho = orden_en_el_proceso(["--db", str(db), *orden], carpeta, entorno_aislado(carpeta))
        assert hecho.returncode == 0, (orden, hecho.stdout, hecho.stderr)


def _lo_guardado(db: Path) -> dict:
    """Lo que la asociación guardó y el sitio muestra tal cual, leído de la base con los servicios."""
    from escritorio.servicios.actas import obtener_acta
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.estatutos import listar_normas, texto_en
    from escritorio.servicios.sesiones.puntos import orden_del_dia
    from escritorio.servicios.unidades import actividades_de, unidades

    base = abrir_base(db)
    try:
        contexto = Contexto(base, 1)
        estatuto = next(n for n in listar_normas(contexto) if n["tipo"] == "estatuto")
        articulos = [a for a in texto_en(contexto, estatuto["id"]) if not a.derogado]
        unidad = unidades(contexto)[0]
        acta = obtener_acta(contexto, SESION_APROBADA).contenido
        return {"estatuto": [a.texto.split("\n\n")[0] for a in articulos] + [a.titulo for a in articulos if a.titulo],
                "unidades": [unidad["nombre"], *(a["titulo"] for a in actividades_de(contexto, unidad["id"]))],
                "puntos": [p["titulo"] for p in orden_del_dia(contexto, SESION_APROBADA)],
                "acta": [acta.quorum, *acta.resoluciones], "organo": acta.organo}
    finally:
        base.close()


def _palabras_del_programa(idioma: str) -> dict[str, list[str]]:
    from escritorio.dominio.traduccion import traducir
    from escritorio.idiomas.traduccion import en_idioma

    with en_idioma(idioma):
        return {"estatuto": [traducir("Historia de reformas"), traducir("Artículo {0}").format(1) + " —"],
                "unidades": [traducir("Plan de trabajo"), traducir("Actividad")],
                "sesion": [traducir("Orden del día"), traducir("Asistencia"), traducir("Resoluciones")]}


@pytest.fixture(scope="module")
def sitio_de_una_asociacion_que_escribe_en_castellano(demo_creada_por_la_cli, tmp_path_factory):
    carpeta = tmp_path_factory.mktemp("sitio_es_pt")
    db = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, db)
    _publicar(carpeta, db, ["publicar", "sitio", "--idiomas", "es,pt"])
    return carpeta / "sitio", _lo_guardado(db)


@pytest.mark.parametrize("idioma, carpeta", [("pt", "pt"), ("es", ".")])
def test_lo_guardado_lleva_el_idioma_en_que_se_escribio_y_lo_del_programa_el_de_la_pagina(
        idioma, carpeta, sitio_de_una_asociacion_que_escribe_en_castellano):
    sitio, guardado = sitio_de_una_asociacion_que_escribe_en_castellano
    paginas = {"estatuto": sitio / carpeta / "estatuto.html", "unidades": sitio / carpeta / "unidades.html",
               "sesion": sitio / carpeta / "sesiones" / f"{SESION_APROBADA}.html"}
    # Lo que escribió la asociación, en castellano (marcado en la página portuguesa; heredado en la castellana).
    for clave, pagina in (("estatuto", paginas["estatuto"]), ("unidades", paginas["unidades"]),
                          ("puntos", paginas["sesion"]), ("acta", paginas["sesion"])):
        for texto in guardado[clave]:
            assert idioma_de(pagina, texto, entero=idioma != "es") == {"es"}, (idioma, clave, texto[:60])
    assert "es" in idioma_de(paginas["sesion"], guardado["organo"])
    # Las palabras del programa, en el idioma de la página.
    for clave, palabras in _palabras_del_programa(idioma).items():
        for palabra in palabras:
            assert idioma_de(paginas[clave], palabra, entero=idioma != "es") == {idioma}, (idioma, palabra)
    # La página castellana no lleva marcas que no hacen falta.
    if idioma == "es":
        assert ' lang="es"' not in paginas["estatuto"].read_text(encoding="utf-8").split("<main>")[1]
    else:   # el título de la sesión: sus palabras en portugués, el nombre del órgano en castellano
        html = paginas["sesion"].read_text(encoding="utf-8")
        assert f'sessão extraordinária — <span lang="es">{guardado["organo"]}</span></h1>' in html


def test_el_acta_aprobada_en_castellano_sigue_marcada_en_castellano_si_la_asociacion_pasa_al_portugues(
        demo_creada_por_la_cli, tmp_path):
    db = tmp_path / "demo.db"
    shutil.copy(demo_creada_por_la_cli, db)
    _publicar(tmp_path, db, ["asociacion", "editar", "--idioma-documentos", "pt"],
              ["publicar", "sitio", "--idiomas", "pt,es"])
    guardado = _lo_guardado(db)
    portugues, castellano = tmp_path / "sitio", tmp_path / "sitio" / "es"
    sesion = f"sesiones/{SESION_APROBADA}.html"
    for texto in guardado["acta"]:
        assert idioma_de(portugues / sesion, texto) == {"es"}, texto[:60]
        assert idioma_de(castellano / sesion, texto) == {"es"}, texto[:60]
    for palabra in _palabras_del_programa("pt")["sesion"]:
        assert idioma_de(portugues / sesion, palabra) == {"pt"}
    assert ' lang="es"' in (portugues / sesion).read_text(encoding="utf-8").split("<main>")[1]
