"""Las tarjetas impresas con los códigos para votar (issue 85): «voto codigos --tarjetas» sobre la sala de 31 municipios
de tests/sala_de_voto.py (29 presentes, uno que llega tarde, uno que da su poder).

Lo que nota la secretaría y la delegación: una tarjeta por delegación que vota, con su código (y quién la lleva, por su
poder); el QR de cada una se lee impreso a 70 ppi y lleva a la página de votación con ese código, y nada pisa su zona
en blanco; la huella impresa es la del certificado que servirá la página; el código de cada tarjeta entra a la página
por su delegación. Y lo que no debe pasar: ningún código en la base (ni en el PDF guardado ni en sus metadatos), ningún
código entregado si el PDF no se pudo escribir, una tarjeta que pisa a la de abajo con un nombre larguísimo. Es un PDF/A
y cumple las reglas de PDF/UA de todos los documentos (reglas_pdfa/, reglas_pdfua.py), en castellano y en portugués
(los idiomas de los documentos; la página de votación habla también inglés).
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
from pathlib import Path

import pikepdf
import pytest

import sala_de_voto
from ayudas import hoy_fijo
from escritorio.servicios import voto_electronico as voto
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from qr_en_la_pagina import _palabras, examinar, programas_que_faltan
from reglas_pdfa import faltas
from reglas_pdfua import faltas_pdfua

pytestmark = pytest.mark.skipif(bool(programas_que_faltan()), reason=f"faltan {programas_que_faltan()}")

DIRECCION = "127.0.0.1"
PUERTO = 9443
URL = f"https://{DIRECCION}:{PUERTO}/"
# Lo que dice cada tarjeta en cada idioma (su título y la instrucción del código), para saber que salió en ese idioma.
EN_SU_IDIOMA = {"es": ("Códigos para votar", "Código de votación"),
                "pt": ("Códigos para votar", "Código de votação")}


@pytest.fixture
def sala(ruta_db, asociacion_id, db, monkeypatch):
    hoy_fijo(monkeypatch, sala_de_voto.HOY)
    armada = sala_de_voto.armar(db, asociacion_id)
    db.close()
    return armada


def _texto(ruta: Path) -> str:
    return subprocess.run(["pdftotext", "-q", str(ruta), "-"], capture_output=True, text=True, check=True).stdout


def _codigos_en_la_base(ruta_db: Path, codigos: list[str]) -> list[str]:
    """Los códigos (con o sin guion) que aparecen en los bytes de la base y su diario."""
    contenido = b"".join(p.read_bytes() for p in ruta_db.parent.glob(ruta_db.name + "*") if p.is_file())
    return [c for c in codigos if c.encode() in contenido or c.replace("-", "").encode() in contenido]


def test_cada_delegacion_que_vota_recibe_su_tarjeta_y_el_qr_la_lleva_a_votar(sala, ruta_db, cli, tmp_path):
    ruta = tmp_path / "tarjetas.pdf"
    hecho = cli("voto", "codigos", "--sesion", sala.sesion, "--tarjetas", ruta, "--direccion", DIRECCION,
                "--puerto", PUERTO, "--json", db=ruta_db)
    assert hecho.returncode == 0, hecho.stderr
    entregados = {e["delegacion"]: e for e in json.loads(hecho.stdout)}
    votan = [d for d in sala_de_voto.DELEGACIONES if d != sala_de_voto.TARDE]
    assert sorted(entregados) == sorted(votan)   # la que llega tarde, no: no está marcada
    assert entregados[sala_de_voto.CON_PODER]["portador"] == sala_de_voto.PORTADORA

    texto = " ".join(_texto(ruta).split())
    for delegacion, e in entregados.items():
        assert delegacion in texto and e["codigo"] in texto
    assert f"La lleva {sala_de_voto.PORTADORA}, por su poder." in texto
    assert sala_de_voto.TARDE not in texto

    # El QR de cada tarjeta, impreso y leído a 70 ppi: la página de votación con ese código; nada pisa su zona.
    leidos, paginas = [], examinar(ruta, tmp_path / "imagenes")
    assert len(paginas) == -(-len(votan) // 6)   # seis por hoja
    for pagina in paginas:
        assert len(pagina.cuadros) == len(pagina.leidos), f"página {pagina.numero}: un QR no se leyó"
        assert not pagina.invasoras and not pagina.pixeles_oscuros, (pagina.numero, pagina.invasoras)
        leidos += pagina.leidos
    assert sorted(leidos) == sorted(f"{URL}?codigo={e['codigo']}" for e in entregados.values())

    # La huella impresa es la del certificado que servirá «voto servir» con esa dirección (el mismo archivo).
    from escritorio.servidor_de_voto.certificado import huella_del_certificado

    [certificado] = (tmp_path / "casa").rglob("certificado.pem")
    assert " ".join(huella_del_certificado(certificado).split()[:8]) in texto

    # El código de cada tarjeta entra por su delegación; la base no guarda ninguno, ni el PDF en sus metadatos.
    base = abrir_base(ruta_db)
    try:
        for delegacion, e in entregados.items():
            assert voto.identificar(base, e["codigo"]).delegacion == delegacion
        assert base.conn.execute("SELECT COUNT(*) FROM documentos_emitidos").fetchone()[0] == 0
    finally:
        base.close()
    codigos = [e["codigo"] for e in entregados.values()]
    assert _codigos_en_la_base(ruta_db, codigos) == []
    with pikepdf.open(ruta) as pdf:
        metadatos = str(dict(pdf.docinfo)) + str(pdf.open_metadata())
    assert not [c for c in codigos if c in metadatos]
    assert faltas(ruta.read_bytes()) == {}
    assert {regla: lista for regla, lista in faltas_pdfua(ruta).items() if lista} == {}


def test_sin_direccion_la_tarjeta_dice_donde_buscarla_y_sin_texto_en_la_consola(sala, ruta_db, cli, tmp_path):
    ruta = tmp_path / "tarjetas.pdf"
    hecho = cli("voto", "codigos", "--sesion", sala.sesion, "--tarjetas", ruta, db=ruta_db)
    assert hecho.returncode == 0, hecho.stderr
    assert "entregados en sus tarjetas" in hecho.stdout and ruta.name in hecho.stdout
    assert f"(lo lleva {sala_de_voto.PORTADORA}, por su poder)" in hecho.stdout
    assert not re.search(r"\b[A-Z0-9]{5}-[A-Z0-9]{5}\b", hecho.stdout)   # los códigos, solo en el papel
    texto = " ".join(_texto(ruta).split())
    assert "muestra el proyector" in texto and "https://" not in texto
    assert examinar(ruta, tmp_path / "imagenes") == []   # sin la dirección, ningún QR que no lleve a ningún lado

    # Ya entregados: otra vez no escribe nada; la que llega tarde recibe la suya sola, en su propia tarjeta.
    otra = tmp_path / "otra.pdf"
    assert "ya tienen su código" in cli("voto", "codigos", "--sesion", sala.sesion, "--tarjetas", otra,
                                        db=ruta_db).stdout
    assert not otra.exists()
    base = abrir_base(ruta_db)
    try:
        from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, registrar_asistencias

        registrar_asistencias(Contexto(base, 1), sala.sesion,
                              [MarcaAsistencia(sala.ids[sala_de_voto.TARDE], "presente")])
    finally:
        base.close()
    tarde = tmp_path / "tarde.pdf"
    hecho = cli("voto", "codigos", "--sesion", sala.sesion, "--miembro", sala.ids[sala_de_voto.TARDE],
                "--tarjetas", tarde, "--json", db=ruta_db)
    assert hecho.returncode == 0, hecho.stderr
    assert json.loads(hecho.stdout)["codigo"] in _texto(tarde)
    assert sala_de_voto.PRESENTES[0] not in _texto(tarde)


def test_si_el_pdf_no_se_puede_escribir_no_se_entrega_ningun_codigo(sala, ruta_db, cli, tmp_path, monkeypatch):
    ocupado = tmp_path / "tarjetas.pdf"
    ocupado.write_bytes(b"lo que ya estaba")
    hecho = cli("voto", "codigos", "--sesion", sala.sesion, "--tarjetas", ocupado, db=ruta_db)
    assert hecho.returncode == 1
    assert "Ya existe" in hecho.stderr and "no se entregó ningún código" in hecho.stderr and "--reemplazar" in \
        hecho.stderr
    assert ocupado.read_bytes() == b"lo que ya estaba"
    hecho = cli("voto", "codigos", "--sesion", sala.sesion, "--direccion", DIRECCION, db=ruta_db)
    assert hecho.returncode == 1 and "--tarjetas" in hecho.stderr

    # El PDF falla a mitad de camino (el disco se llenó): los códigos entregados en esa transacción se deshacen.
    from escritorio.documentos.pdf import tarjetas_de_voto

    def disco_lleno(*_argumentos, **_opciones):
        raise OSError(28, "No queda espacio en el dispositivo")

    monkeypatch.setattr(tarjetas_de_voto, "escribir_tarjetas_pdf", disco_lleno)
    hecho = cli("voto", "codigos", "--sesion", sala.sesion, "--tarjetas", tmp_path / "nuevas.pdf", db=ruta_db)
    assert hecho.returncode == 1 and "espacio" in hecho.stderr, hecho.stderr
    assert not (tmp_path / "nuevas.pdf").exists()
    with sqlite3.connect(ruta_db) as conexion:
        assert conexion.execute("SELECT COUNT(*) FROM codigos_de_voto").fetchone()[0] == 0
    monkeypatch.undo()
    hecho = cli("voto", "codigos", "--sesion", sala.sesion, "--tarjetas", ocupado, "--reemplazar", db=ruta_db)
    assert hecho.returncode == 0 and ocupado.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("idioma", ["pt"])
def test_las_tarjetas_salen_en_el_idioma_pedido_y_cumplen_las_mismas_reglas(sala, ruta_db, cli, tmp_path, idioma):
    ruta = tmp_path / f"tarjetas_{idioma}.pdf"
    hecho = cli("--idioma", idioma, "voto", "codigos", "--sesion", sala.sesion, "--tarjetas", ruta,
                "--direccion", DIRECCION, db=ruta_db)
    assert hecho.returncode == 0, hecho.stderr
    texto = " ".join(_texto(ruta).split())
    titulo, rotulo = EN_SU_IDIOMA[idioma]
    assert titulo in texto and rotulo in texto
    assert "Código de votación" not in texto and "Es personal" not in texto
    with pikepdf.open(ruta) as pdf:
        assert str(pdf.Root.Lang).startswith(idioma)
    assert faltas(ruta.read_bytes()) == {}
    assert {regla: lista for regla, lista in faltas_pdfua(ruta).items() if lista} == {}


def _cortes(ruta: Path) -> dict[int, list[tuple[float, float, float, float]]]:
    """{página: [(x0, y0, x1, y1)]}: los recuadros de corte (rectángulos trazados, sin relleno) de cada hoja."""
    recuadros = {}
    with pikepdf.open(ruta) as pdf:
        for numero, pagina in enumerate(pdf.pages, 1):
            recuadros[numero] = [
                (float(x), float(y), float(x) + float(w), float(y) + float(h))
                for operandos, operador in pikepdf.parse_content_stream(pagina)
                if str(operador) == "re" and (w := operandos[2]) and (h := operandos[3]) and float(w) > 200
                for x, y in [(operandos[0], operandos[1])]]
    return recuadros


def test_un_nombre_larguisimo_se_corta_y_ninguna_tarjeta_pisa_a_otra(ruta_db, asociacion_id, db, cli, tmp_path,
                                                                     monkeypatch):
    """Delegaciones de 200 letras y poderes a otras igual de largas: cada palabra de cada hoja queda dentro de un
    recuadro de corte, y las que se cortan terminan en «…»."""
    hoy_fijo(monkeypatch, sala_de_voto.HOY)
    largos = [f"Mancomunidad de municipios {n:02d} " + "de la cuenca alta del río Uruguay " * 5 for n in range(1, 32)]
    monkeypatch.setattr(sala_de_voto, "DELEGACIONES", [n[:200].strip() for n in largos])
    monkeypatch.setattr(sala_de_voto, "PRESENTES", sala_de_voto.DELEGACIONES[:29])
    monkeypatch.setattr(sala_de_voto, "CON_PODER", sala_de_voto.DELEGACIONES[30])
    monkeypatch.setattr(sala_de_voto, "PORTADORA", sala_de_voto.DELEGACIONES[0])
    monkeypatch.setattr(sala_de_voto, "TARDE", sala_de_voto.DELEGACIONES[29])
    armada = sala_de_voto.armar(db, asociacion_id)
    db.close()
    ruta = tmp_path / "largas.pdf"
    hecho = cli("voto", "codigos", "--sesion", armada.sesion, "--tarjetas", ruta, "--direccion", DIRECCION,
                db=ruta_db)
    assert hecho.returncode == 0, hecho.stderr
    cortes, palabras = _cortes(ruta), _palabras(ruta, 1, len(_cortes(ruta)))
    assert "…" in _texto(ruta)
    for numero, (_alto, lista) in palabras.items():
        recuadros = cortes[numero]
        assert recuadros, f"hoja {numero}: sin recuadros de corte"
        arriba, abajo = max(r[3] for r in recuadros), min(r[1] for r in recuadros)   # sobre: el título; bajo: el pie
        fuera = [p[4] for p in lista if p[1] < arriba and p[3] > abajo and not any(
            x0 <= p[0] and p[2] <= x1 and y0 <= p[1] and p[3] <= y1 for x0, y0, x1, y1 in recuadros)]
        assert fuera == [], f"hoja {numero}: palabras fuera de su tarjeta: {fuera[:10]}"
        pie = [p[4] for p in lista if p[3] <= abajo and p[3] > 60]   # bajo las tarjetas, solo el pie (a 15 mm)
        assert pie == [], f"hoja {numero}: texto entre las tarjetas y el pie: {pie[:10]}"
        # Una tarjeta que se pasa de su recuadro cae sobre la de abajo: ninguna palabra se superpone a otra.
        encimadas = [(a[4], b[4]) for i, a in enumerate(lista) for b in lista[i + 1:]
                     if min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1]
        assert encimadas == [], f"hoja {numero}: palabras encimadas: {encimadas[:5]}"
    assert {regla: lista for regla, lista in faltas_pdfua(ruta).items() if lista} == {}
