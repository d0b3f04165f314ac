"""Issue 64, §5: la página de una sesión con mociones, enmiendas y oradores, en un navegador de verdad (como
test_sitio_en_el_navegador.py, que mira la red de ejemplo sin sala): sus encabezados no saltan niveles (el punto es
h3, la moción h4, sus partes h5), cada enlace lleva a un archivo del sitio y a un ancla que existe, axe-core no
encuentra faltas graves ni críticas (también el contraste de <del> y <ins>), en castellano y en portugués.

La sala se escribe con tests/sala_de_prueba_documentos.py, con los servicios de la sala."""

import shutil
from pathlib import Path

import pytest

from test_sitio_en_el_navegador import AXE, CHROMIUM, _GRAVES, _LO_QUE_SE_MIRA, carpeta_de_artefactos

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="hace falta Chromium (Debian: apt-get install chromium)")


@pytest.fixture(scope="module")
def sitio(demo_creada_por_la_cli, tmp_path_factory) -> Path:
    from escritorio.servicios.asociaciones import editar_asociacion
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.publicacion import publicar
    from sala_de_prueba_documentos import aprobar_el_acta, llenar_la_sala

    carpeta = tmp_path_factory.mktemp("sala_navegador")
    copia = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, copia)
    db = abrir_base(copia)
    try:
        contexto = Contexto(db, 1)
        llenar_la_sala(db)
        aprobar_el_acta(contexto)
        editar_asociacion(contexto, direccion_publica="https://redsur.ejemplo.org")
        publicar(contexto, carpeta / "sitio", idiomas=["es", "pt"])
    finally:
        db.close()
    return carpeta / "sitio"


@pytest.mark.parametrize("ruta", ["sesiones/4.html", "pt/sesiones/4.html"])
def test_la_sesion_con_sala_se_lee_en_orden_y_sin_faltas_graves(sitio, pagina, ruta):
    pagina.add_init_script(path=str(AXE))
    pagina.goto((sitio / ruta).as_uri())
    assert pagina.locator("section.mocion").count() == 3
    assert pagina.locator("del").count() >= 2 and pagina.locator("ins").count() >= 3
    visto = pagina.evaluate(_LO_QUE_SE_MIRA)
    niveles = visto["niveles"]
    assert 4 in niveles and 5 in niveles
    assert all(b - a <= 1 for a, b in zip(niveles, niveles[1:])), niveles
    for destino in visto["destinos"]:
        if destino.startswith("file://"):
            archivo, _, ancla = destino[len("file://"):].partition("#")
            assert Path(archivo).is_file(), destino
            if ancla:
                assert f'id="{ancla}"' in Path(archivo).read_text(encoding="utf-8"), destino
    assert pagina.evaluate(_GRAVES) == []
    carpeta = carpeta_de_artefactos() / "sitio"
    carpeta.mkdir(parents=True, exist_ok=True)
    pagina.locator("#mocion-1").screenshot(path=str(carpeta / f"sala_{ruta.replace('/', '_')}.png"))


@pytest.fixture(scope="module")
def sitio_sin_borrador(demo_creada_por_la_cli, tmp_path_factory) -> tuple[Path, int]:
    """Issue 66, §4: una sesión del Consejo celebrada hoy (asistencia, una votación, su resolución) cuya acta no tiene
    borrador, escrita y publicada con «--incluir sin_aprobar» por la línea de órdenes como proceso real."""
    import json
    import os
    import subprocess
    import sys
    from datetime import date

    carpeta = tmp_path_factory.mktemp("sin_borrador_navegador")
    copia = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, copia)
    entorno = {k: v for k, v in os.environ.items() if k != "ESCRITORIO_DB"}
    entorno.update(HOME=str(carpeta), XDG_DATA_HOME=str(carpeta / "datos"), PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")

    def orden(*argumentos, json_=True):
        hecho = subprocess.run([sys.executable, "-m", "escritorio", "--db", str(copia), *map(str, argumentos),
                                *(["--json"] if json_ else [])], env=entorno, capture_output=True, text=True,
                               timeout=300)
        assert hecho.returncode == 0, hecho.stderr
        return json.loads(hecho.stdout) if json_ else None

    dia = date.today().isoformat()
    sesion = orden("sesiones", "convocar", "Consejo", "--fecha", dia, "--hora", "10:00", "--lugar", "Montevideo")["id"]
    punto = orden("sesiones", "punto", sesion, "--titulo", "Fondo de becas 2027", "--tipo", "votacion")["id"]
    presentes = [a["miembro_id"] for a in orden("organos", "composicion", "Consejo", "--al", dia)["asientos"]]
    orden("sesiones", "asistencia", sesion, "--presentes", ",".join(map(str, presentes)))
    orden("sesiones", "votar", punto, "--a-favor", "9", "--en-contra", "2")
    orden("sesiones", "resolucion", punto, "--titulo", "Fondo de becas 2027")
    orden("publicar", carpeta / "sitio", "--incluir", "sin_aprobar", "--idiomas", "es,pt", json_=False)
    return carpeta / "sitio", sesion


@pytest.mark.parametrize("idioma", ["", "pt/"])
def test_la_sesion_sin_borrador_publicada_se_lee_en_orden_y_sin_faltas_graves(sitio_sin_borrador, pagina, idioma):
    sitio, sesion = sitio_sin_borrador
    pagina.add_init_script(path=str(AXE))
    for ruta in (f"{idioma}sesiones/{sesion}.html", f"{idioma}sesiones.html", f"{idioma}resoluciones.html"):
        pagina.goto((sitio / ruta).as_uri())
        visto = pagina.evaluate(_LO_QUE_SE_MIRA)
        niveles = visto["niveles"]
        assert niveles.count(1) == 1 and all(b - a <= 1 for a, b in zip(niveles, niveles[1:])), (ruta, niveles)
        for destino in visto["destinos"]:
            if destino.startswith("file://"):
                assert Path(destino[len("file://"):].partition("#")[0]).is_file(), (ruta, destino)
        assert pagina.evaluate(_GRAVES) == [], ruta
    assert pagina.locator("p.aviso").count() == 0   # resoluciones.html: sin el aviso de las páginas de sesión
    pagina.goto((sitio / f"{idioma}sesiones/{sesion}.html").as_uri())
    assert pagina.locator("p.aviso").count() == 1 and pagina.locator("h2").count() >= 3


def test_en_un_telefono_de_320_px_la_sala_no_se_corre_de_costado(sitio, navegador):
    """Issue 83 §2: la página de una sesión con mociones, enmiendas, oradores y huellas, en castellano y portugués."""
    from test_sitio_en_el_navegador import paginas_que_se_corren

    assert paginas_que_se_corren(sitio, navegador) == {}
