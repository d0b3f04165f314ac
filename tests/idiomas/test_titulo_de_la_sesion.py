"""El título de la sesión en el idioma del documento (issue 62 §5): el acta aprobada de la red de ejemplo quedó
aprobada en castellano, pero su subtítulo y el título del PDF (/Title del diccionario Info y dc:title del XMP) se
escriben en el idioma en que se emite, como la convocatoria y la ficha del acta: «XXXII sessão extraordinária — …»
en portugués, «XXXII sesión extraordinaria — …» en castellano. Lo mismo en las actas del sitio publicado en los dos
idiomas. Por la CLI (la fixture `cli`), leyendo el PDF con pikepdf y su primera página con pdftotext."""

import shutil
import subprocess

import pikepdf
import pytest


SESION_APROBADA = 3   # la XXXII sesión extraordinaria de la Asamblea General de Socios, aprobada en castellano
ORGANO = "Asamblea General de Socios"
TITULOS = {"es": ("ACTA N.º 32", "XXXII sesión extraordinaria — " + ORGANO, "Acta N.º 32"),
           "pt": ("ATA N.º 32", "XXXII sessão extraordinária — " + ORGANO, "Ata n.º 32")}

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="falta pdftotext (poppler-utils)")


def _ok(resultado) -> str:
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    return resultado.stdout


def _titulos(ruta) -> tuple[str, str]:
    with pikepdf.open(ruta) as pdf:
        return str(pdf.docinfo.get("/Title")), str(pdf.open_metadata().get("dc:title"))


def _primera_pagina(ruta) -> list[str]:
    texto = subprocess.run(["pdftotext", "-l", "1", str(ruta), "-"], capture_output=True, text=True, check=True).stdout
    return [renglon.strip() for renglon in texto.splitlines() if renglon.strip()]


def _sin_el_otro_idioma(idioma: str, renglones: list[str], titulos: tuple[str, str]) -> None:
    otro = TITULOS["pt" if idioma == "es" else "es"][1]
    assert otro not in "\n".join(renglones) and all(otro not in t for t in titulos), (otro, titulos)


@pytest.mark.parametrize("idioma", ["es", "pt"])
def test_el_acta_aprobada_lleva_el_titulo_de_la_sesion_en_el_idioma_en_que_se_emite(idioma, cli, copia_de_la_demo,
                                                                                      tmp_path):
    _ok(cli("--idioma", idioma, "sesiones", "acta", SESION_APROBADA, "acta.pdf", db=copia_de_la_demo))
    encabezado, subtitulo, numero = TITULOS[idioma]
    renglones = _primera_pagina(tmp_path / "acta.pdf")
    # El título y, debajo, el subtítulo: la sesión en el idioma del documento (el órgano, como se escribió).
    assert renglones[renglones.index(encabezado) + 1] == subtitulo, renglones[:8]
    titulos = _titulos(tmp_path / "acta.pdf")
    assert titulos == (f"{numero} · {subtitulo}",) * 2
    _sin_el_otro_idioma(idioma, renglones, titulos)
    # La misma regla que la convocatoria: su subtítulo dice lo mismo.
    _ok(cli("--idioma", idioma, "sesiones", "convocatoria", SESION_APROBADA, "convocatoria.pdf", db=copia_de_la_demo))
    assert subtitulo in _primera_pagina(tmp_path / "convocatoria.pdf")
    assert _titulos(tmp_path / "convocatoria.pdf")[0].endswith(" · " + subtitulo)


def test_las_actas_del_sitio_en_dos_idiomas_llevan_el_titulo_de_la_sesion_en_el_idioma_de_cada_uno(
        cli, copia_de_la_demo, tmp_path):
    _ok(cli("publicar", "sitio", "--idiomas", "es,pt", db=copia_de_la_demo))
    for idioma, carpeta in (("es", tmp_path / "sitio"), ("pt", tmp_path / "sitio" / "pt")):
        encabezado, subtitulo, numero = TITULOS[idioma]
        acta = carpeta / "actas" / f"acta-{SESION_APROBADA}.pdf"
        renglones = _primera_pagina(acta)
        assert renglones[renglones.index(encabezado) + 1] == subtitulo, (idioma, renglones[:8])
        titulos = _titulos(acta)
        assert titulos == (f"{numero} · {subtitulo}",) * 2, idioma
        _sin_el_otro_idioma(idioma, renglones, titulos)
        pagina = (carpeta / "sesiones" / f"{SESION_APROBADA}.html").read_text(encoding="utf-8")
        # El nombre del órgano es lo guardado, en castellano: en la página portuguesa lleva su propio lang.
        esperado = subtitulo if idioma == "es" else subtitulo.replace(ORGANO, f'<span lang="es">{ORGANO}</span>')
        assert f"<h1>{esperado}</h1>" in pagina, idioma
