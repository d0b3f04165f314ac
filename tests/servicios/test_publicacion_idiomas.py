"""El sitio en los dos idiomas de una vez (issue 45 §1, «in both languages when asked»): el primero en la carpeta, el
otro en su subcarpeta, con un enlace de cada página a la misma en el otro idioma y los `hreflang`; el manifiesto, la
publicación que solo cambia lo que cambió y «nunca un archivo ajeno» valen igual; y un sitio publicado ayer en un
idioma sigue en su lugar."""

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.asociaciones import editar_asociacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.publicacion import publicar
from escritorio.servicios.unidades import NuevaActividad, agregar_actividad, unidades
from escritorio.servicios.verificar_documento import verificar_archivo

from servicios.test_publicacion import leer, texto

# Publicar el sitio emite las actas en PDF, las lee y escribe cada página (de 0,4 a 6 s de CPU por prueba): como
# los documentos (tests/documentos), va en `make test` y no en `make rapido` (CONTRIBUTING.md, «Las marcas de costo»).
pytestmark = pytest.mark.lento


@pytest.fixture
def rcs(demo_db):
    return Contexto(demo_db, 1)


def _copias(rcs) -> int:
    return rcs.db.execute("SELECT count(*) FROM archivos_emitidos").fetchone()[0]


def _paginas(raiz: Path, *, sin: str | None = None) -> set[str]:
    return {str(p.relative_to(raiz)) for p in raiz.rglob("*.html") if not (sin and p.is_relative_to(raiz / sin))}


def test_en_los_dos_idiomas_cada_pagina_tiene_su_par_y_lleva_a_el(publicada):
    rcs, sitio, _ = publicada("es_pt")   # la demo en los dos idiomas: se publica de nuevo con la dirección pública
    editar_asociacion(rcs, direccion_publica="https://redsur.ejemplo.org")
    hecho = publicar(rcs, sitio, idiomas=["es", "pt"])
    assert hecho.idiomas == ["es", "pt"]
    castellano, portugues = _paginas(sitio, sin="pt"), _paginas(sitio / "pt")
    assert castellano == portugues and len(castellano) >= 36
    assert hecho.paginas == 2 * len(castellano)
    for pagina in sorted(sitio.rglob("*.html")):
        leida = leer(pagina)
        en_pt = pagina.is_relative_to(sitio / "pt")
        assert leida.idioma == ("pt" if en_pt else "es"), pagina
        for destino in leida.enlaces:   # también el que lleva al otro idioma y los hreflang
            if not destino.startswith(("http://", "https://", "#")):
                assert (pagina.parent / destino).resolve().is_file(), f"{pagina.relative_to(sitio)} -> {destino}"
    sesion = (sitio / "sesiones" / "3.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" hreflang="es" href="../sesiones/3.html">' in sesion
    assert '<link rel="alternate" hreflang="pt" href="../pt/sesiones/3.html">' in sesion
    assert '<a href="../pt/sesiones/3.html" hreflang="pt" lang="pt">Português</a>' in sesion
    sessao = (sitio / "pt" / "sesiones" / "3.html").read_text(encoding="utf-8")
    assert '<a href="../../sesiones/3.html" hreflang="es" lang="es">Español</a>' in sessao
    assert "Sessões" in texto(sitio / "pt" / "index.html") and "Sesiones" in texto(sitio / "index.html")
    # Los datos abiertos, una vez, en la raíz: el inicio en portugués lleva a los mismos.
    assert (sitio / "oparl" / "system.json").is_file() and not (sitio / "pt" / "oparl").exists()
    assert '<a href="../oparl/system.json">' in (sitio / "pt" / "index.html").read_text(encoding="utf-8")
    # El manifiesto: cada archivo de los dos idiomas con su SHA-256, y los idiomas.
    manifiesto = json.loads((sitio / "manifiesto.json").read_text(encoding="utf-8"))
    assert manifiesto["idiomas"] == ["es", "pt"] and manifiesto["idioma"] == "es"
    en_disco = {str(r.relative_to(sitio)): hashlib.sha256(r.read_bytes()).hexdigest()
                for r in sitio.rglob("*") if r.is_file() and r.name != "manifiesto.json"}
    assert manifiesto["archivos"] == en_disco


def test_el_acta_de_cada_idioma_es_una_copia_emitida_y_cada_verificacion_las_lista_a_las_dos(publicada, demo_db):
    antes = _copias(Contexto(demo_db, 1))   # la demo sin publicar
    rcs, sitio, hecho = publicada("es_pt")
    assert hecho.actas_emitidas == 6 and _copias(rcs) == antes + 6   # 3 actas aprobadas, en cada idioma
    huellas = {}
    for carpeta in (sitio, sitio / "pt"):
        pdf = carpeta / "actas" / "acta-3.pdf"
        verificacion = verificar_archivo(rcs.db, pdf)
        assert verificacion.veredicto == "vigente"
        huellas[carpeta] = (verificacion.codigo, hashlib.sha256(pdf.read_bytes()).hexdigest())
    assert huellas[sitio][1] != huellas[sitio / "pt"][1]   # dos PDF distintos (otro idioma)…
    [codigo] = {c for c, _ in huellas.values()}            # …del mismo documento
    for carpeta in (sitio, sitio / "pt"):
        pagina = (carpeta / "verificar" / f"{codigo}.html").read_text(encoding="utf-8")
        assert all(f'data-sha256="{h}"' in pagina for _, h in huellas.values()), carpeta


def test_un_sitio_de_un_idioma_sigue_en_su_lugar_al_agregarle_otro_y_vuelve_a_uno(publicada):
    rcs, sitio, _ = publicada()   # el sitio de ayer, en castellano
    ayer = {r: (sitio / r).read_bytes() for r in json.loads((sitio / "manifiesto.json").read_text())["archivos"]}
    copias = _copias(rcs)

    dos = publicar(rcs, sitio, idiomas=["es", "pt"])
    assert dos.actas_emitidas == 3 and _copias(rcs) == copias + 3   # solo las de portugués: las de ayer siguen
    assert all((sitio / r).is_file() for r in ayer)                 # nada cambió de lugar
    for pdf in ("actas/acta-1.pdf", "actas/acta-2.pdf", "actas/acta-3.pdf"):
        assert (sitio / pdf).read_bytes() == ayer[pdf]
    assert re.sub(r'<link rel="alternate"[^>]*>\n|<nav class="idiomas".*?</nav>', "",
                  (sitio / "miembros.html").read_text(encoding="utf-8")) == ayer["miembros.html"].decode("utf-8")

    otra_vez = publicar(rcs, sitio, idiomas=["es", "pt"])
    assert (otra_vez.escritos, otra_vez.borrados, otra_vez.actas_emitidas) == ([], [], 0)

    uno = publicar(rcs, sitio)   # en un idioma otra vez: la subcarpeta del otro se va, lo de ayer vuelve a ser igual
    assert uno.borrados and all(r.startswith("pt/") for r in uno.borrados) and uno.actas_emitidas == 0
    assert not (sitio / "pt").exists()
    # Lo de ayer, igual; la verificación de las actas lista además las copias emitidas en portugués, y la cadena de
    # la bitácora, la cabeza que dejaron (issue 58).
    igual = [r for r in ayer if not r.startswith(("verificar/", "anclas."))]
    assert {r: (sitio / r).read_bytes() for r in igual} == {r: ayer[r] for r in igual}


def test_publicar_de_nuevo_en_dos_idiomas_cambia_solo_las_dos_paginas_que_cambiaron(publicada):
    rcs, sitio, _ = publicada("es_pt")
    agregar_actividad(rcs, unidades(rcs)[0]["id"], NuevaActividad(titulo="Seminario de movilidad urbana 2027"))
    hecho = publicar(rcs, sitio, idiomas=["es", "pt"])
    # Las dos páginas que cambiaron, y la cadena de la bitácora que muestra el sitio (una cabeza nueva: issue 58).
    assert hecho.escritos == ["anclas.html", "anclas.json", "pt/anclas.html", "pt/unidades.html", "unidades.html"]
    assert hecho.actas_emitidas == 0
    assert "Seminario de movilidad urbana 2027" in texto(sitio / "pt" / "unidades.html")


def test_el_otro_idioma_nunca_pisa_un_archivo_ajeno(publicada, tmp_path):
    rcs, sitio, _ = publicada()
    otro = tmp_path / "otro"
    shutil.copytree(sitio, otro)   # el mismo sitio en castellano, en otra carpeta (con su manifiesto)
    (sitio / "pt").mkdir()
    (sitio / "pt" / "index.html").write_text("a página que fez outra pessoa", encoding="utf-8")
    (sitio / "pt" / "notas.txt").write_text("minhas", encoding="utf-8")
    copias = _copias(rcs)
    with pytest.raises(ErrorEscritorio, match=r"que el sitio no publicó .*pt/index\.html"):
        publicar(rcs, sitio, idiomas=["es", "pt"])
    assert _copias(rcs) == copias   # ni una copia de acta emitida para nadie
    assert sorted(p.name for p in (sitio / "pt").iterdir()) == ["index.html", "notas.txt"]
    assert (sitio / "pt" / "index.html").read_text(encoding="utf-8") == "a página que fez outra pessoa"

    (sitio / "pt" / "index.html").unlink()
    publicar(rcs, sitio, idiomas=["es", "pt"])
    publicar(rcs, sitio)   # lo del sitio se va; lo ajeno, junto a él, queda
    assert [p.name for p in (sitio / "pt").iterdir()] == ["notas.txt"]

    (otro / "pt").write_text("un archivo donde iría la carpeta", encoding="utf-8")
    with pytest.raises(ErrorEscritorio, match="que el sitio no publicó"):
        publicar(rcs, otro, idiomas=["es", "pt"])


def test_el_primero_va_en_la_raiz_y_un_idioma_que_no_existe_se_rechaza(rcs, tmp_path):
    publicar(rcs, tmp_path / "site", idiomas=["pt", "es", "pt"])
    assert leer(tmp_path / "site" / "index.html").idioma == "pt"
    assert leer(tmp_path / "site" / "es" / "index.html").idioma == "es"
    with pytest.raises(ErrorValidacion, match="no es un idioma de documentos"):
        publicar(rcs, tmp_path / "otro", idiomas=["es", "fr"])
    assert not (tmp_path / "otro").exists()


def test_el_tipo_de_cada_organo_sale_en_el_idioma_de_cada_sitio(publicada):
    """En pt/organos.html la Asamblea es de tipo «Assembleia» y la Secretaría Ejecutiva, «Secretaria Executiva» (la
    palabra del programa, traducida; el nombre del órgano es el que escribió la asociación); en el castellano, como
    siempre."""
    _, sitio, _ = publicada("es_pt")
    # La columna Tipo (el nombre del órgano, en la página portuguesa, en su <span lang="es">: issue 62 §5).
    tipo = re.compile(r'<tr><td><a [^>]*>(?:<span lang="es">)?[^<]*(?:</span>)?</a></td><td>([^<]*)</td>')
    tipos_pt = set(tipo.findall((sitio / "pt" / "organos.html").read_text(encoding="utf-8")))
    tipos_es = set(tipo.findall((sitio / "organos.html").read_text(encoding="utf-8")))
    assert tipos_pt == {"Assembleia", "Conselho", "Comissão Diretiva", "Secretaria Executiva", "Unidade temática",
                        "Secretaria Técnica"}
    assert tipos_es == {"Asamblea", "Consejo", "Comisión Directiva", "Secretaría Ejecutiva", "Unidad temática",
                        "Secretaría Técnica"}
    assert "<dt>Tipo</dt><dd>Assembleia</dd>" in (sitio / "pt" / "organos" / "1.html").read_text(encoding="utf-8")
