"""Issue 62 §2: la página de verificación pública reconoce cada copia firmada digitalmente (acta y resolución,
firmadas una y dos veces), como `documento verificar`: el acta firmada, publicada después, está entre las copias
emitidas de la página de su código, con quién firmó (el nombre del certificado y el cargo de la línea donde quedó) y
cuándo, en castellano y en portugués; dice que el archivo es idéntico byte a byte a la copia registrada y que la
firma misma se valida aparte. Un archivo firmado con un byte cambiado no está en ninguna página.

Por la línea de órdenes (firmar, exportar, publicar), sobre una copia de la red de ejemplo; el veredicto que arma el
navegador con estos datos lo mira tests/navegador/test_copias_firmadas_en_el_navegador.py.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime, timezone

import pytest

from copias_firmadas_de_la_demo import firmar_y_publicar, huellas, paginas_con, sha256
from documentos_de_la_demo import CONTRASENA, bien, cli

from certificados import crear_certificado

IDIOMAS = {
    "es": {"carpeta": "", "igual": "Su archivo es idéntico byte a byte a la copia firmada digitalmente que la "
                                   "asociación registró el {0} (SHA-256 {{0}}). Firmas: ",
           "firma": "{0}, el {1}", "no_valida": "Esta página no valida la firma misma",
           "seccion": "Copias firmadas digitalmente"},
    "pt": {"carpeta": "pt/", "igual": "O seu arquivo é idêntico byte a byte à cópia assinada digitalmente que a "
                                      "associação registrou em {0} (SHA-256 {{0}}). Assinaturas: ",
           "firma": "{0}, em {1}", "no_valida": "Esta página não valida a assinatura em si",
           "seccion": "Cópias assinadas digitalmente"},
}


@pytest.fixture(scope="module")
def publicado(tmp_path_factory, demo_creada_por_la_cli) -> dict:
    return firmar_y_publicar(tmp_path_factory.mktemp("copias_firmadas"), demo_creada_por_la_cli)


def _hora(firmado_en: str) -> str:
    hora = datetime.fromisoformat(firmado_en).astimezone(timezone.utc)
    return hora.strftime("%d/%m/%Y %H:%M") + " (UTC)"


@pytest.mark.parametrize("idioma", ["es", "pt"])
@pytest.mark.parametrize("nombre", ["acta_firmada_1", "acta_firmada_2", "resolucion_firmada_1",
                                    "resolucion_firmada_2"])
def test_la_pagina_de_su_codigo_reconoce_la_copia_firmada_y_dice_quien_y_cuando(publicado, nombre, idioma):
    sitio, firmado, textos = publicado["sitio"], publicado["firmados"][nombre], IDIOMAS[idioma]
    sha = sha256(firmado["ruta"])
    pagina = sitio / f"{textos['carpeta']}verificar/{firmado['codigo']}.html"
    # En la página de su código (a la que lleva su QR) y en ninguna otra del mismo idioma.
    assert [p for p in paginas_con(sitio, sha) if p.startswith("pt/") == (idioma == "pt")] == [
        str(pagina.relative_to(sitio))]
    dicho = huellas(pagina)[sha]
    guardadas = [f for f in json.loads(bien(cli(publicado["db"].parent, publicado["db"], "firma", "listar", "--json")))
                 if f["tipo"] == firmado["tipo"]]
    ultima = next(f for f in guardadas if f["sha256"] == sha)
    assert ultima["numero_de_firma"] == len(firmado["firmas"])
    firmas = [textos["firma"].format(f"{quien} ({cargo})" if cargo else quien, _hora(g["firmado_en"]))
              for (quien, cargo), g in zip(firmado["firmas"], guardadas)]
    registrada = datetime.fromisoformat(ultima["firmado_en"]).astimezone(timezone.utc).strftime("%d/%m/%Y")
    assert dicho.startswith(textos["igual"].format(registrada) + "; ".join(firmas) + "."), dicho
    assert textos["no_valida"] in dicho and "escritorio firma verificar" in dicho
    html = pagina.read_text(encoding="utf-8")
    assert textos["seccion"] in html
    # Las copias sin firmar siguen ahí, con el texto de siempre.
    assert any(texto is None for texto in huellas(pagina).values())


def test_un_byte_cambiado_en_el_archivo_firmado_no_esta_en_ninguna_pagina(publicado, tmp_path):
    original = publicado["firmados"]["acta_firmada_2"]["ruta"].read_bytes()
    medio = len(original) // 2
    cambiado = tmp_path / "cambiado.pdf"
    cambiado.write_bytes(original[:medio] + bytes([original[medio] ^ 1]) + original[medio + 1:])
    assert paginas_con(publicado["sitio"], sha256(cambiado)) == []
    # La verificación contra la base tampoco lo da por el firmado.
    dicho = cli(publicado["db"].parent, publicado["db"], "documento", "verificar", cambiado)
    assert "idéntico al PDF firmado digitalmente" not in dicho.stdout


def test_una_firma_agregada_con_sqlite3_no_se_publica(publicado, tmp_path):
    """Quien tiene el archivo de la base agrega con sqlite3 una «firma» (el PDF firmado con un byte cambiado, con su
    huella): su registro no lo cubre la bitácora sellada, así que la página no la lista, como `documento verificar`
    no la reconoce. Las firmas que registró Escritorio siguen en su página."""
    db = tmp_path / "demo.db"
    shutil.copy(publicado["db"], db)
    firmado = publicado["firmados"]["acta_firmada_1"]
    original = firmado["ruta"].read_bytes()
    medio = len(original) // 2
    falso = original[:medio] + bytes([original[medio] ^ 1]) + original[medio + 1:]
    (tmp_path / "falso.pdf").write_bytes(falso)
    huella_falsa = hashlib.sha256(falso).hexdigest()
    with closing(sqlite3.connect(db)) as conexion, conexion:
        conexion.execute(
            "INSERT INTO firmas_digitales (asociacion_id, tipo, referencia, firmante, certificado_sha256, firmado_en, "
            "sha256, pdf) SELECT asociacion_id, tipo, referencia, firmante, certificado_sha256, firmado_en, ?, ? "
            "FROM firmas_digitales WHERE sha256 = ?", [huella_falsa, falso, sha256(firmado["ruta"])])
    dicho = cli(tmp_path, db, "documento", "verificar", tmp_path / "falso.pdf")
    assert "idéntico al PDF firmado digitalmente" not in dicho.stdout
    bien(cli(tmp_path, db, "publicar", tmp_path / "sitio", "--idiomas", "es,pt"))
    assert paginas_con(tmp_path / "sitio", huella_falsa) == []
    assert paginas_con(tmp_path / "sitio", sha256(firmado["ruta"])) != []


def test_la_resolucion_de_un_acta_en_borrador_queda_reservada_sin_quien_ni_cuando(demo_creada_por_la_cli, tmp_path):
    """Una resolución cuya acta no se aprobó tiene página reservada (ni su clase ni su fecha): su copia firmada
    está entre las huellas, sin el nombre de quien firmó ni la fecha."""
    db = tmp_path / "demo.db"
    shutil.copy(demo_creada_por_la_cli, db)
    resoluciones = json.loads(bien(cli(tmp_path, db, "resoluciones", "listar", "--json")))
    borrador = next(r["id"] for r in resoluciones if r["sesion_id"] == 4)   # la sesión del acta en borrador
    certificado, _ = crear_certificado(tmp_path, "Lucía Fernández", CONTRASENA)
    firmado = tmp_path / "firmada.pdf"
    bien(cli(tmp_path, db, "firma", "resolucion", borrador, "--certificado", certificado, "--salida", firmado))
    codigo = json.loads(bien(cli(tmp_path, db, "documento", "verificar", firmado, "--json")))["codigo"]
    bien(cli(tmp_path, db, "publicar", tmp_path / "sitio"))
    pagina = tmp_path / "sitio" / "verificar" / f"{codigo}.html"
    dicho = huellas(pagina)[sha256(firmado)]
    assert dicho.startswith("Su archivo es idéntico byte a byte a una copia firmada digitalmente (1 firma digital) "
                            "que la asociación registró (SHA-256 {0})."), dicho
    html = pagina.read_text(encoding="utf-8")
    assert "Lucía Fernández" not in html and "Resolución" not in html


def test_un_nombre_de_certificado_con_marcas_html_se_lee_tal_cual(demo_creada_por_la_cli, tmp_path):
    """El nombre del certificado lo elige quien lo pidió: en la página es texto, nunca marcas ni guion."""
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.publicacion import publicar

    db = tmp_path / "demo.db"
    shutil.copy(demo_creada_por_la_cli, db)
    raro = 'Ana "<b>" {0} & <script>alert(1)</script>'
    certificado, _ = crear_certificado(tmp_path, raro, CONTRASENA, archivo="raro")
    firmado = tmp_path / "firmada.pdf"
    bien(cli(tmp_path, db, "firma", "acta", 3, "--certificado", certificado, "--salida", firmado))
    codigo = json.loads(bien(cli(tmp_path, db, "documento", "verificar", firmado, "--json")))["codigo"]
    base = abrir_base(db)
    try:
        publicar(Contexto(base, 1), tmp_path / "sitio")   # el servicio que llama la ventana
    finally:
        base.close()
    html = (tmp_path / "sitio" / "verificar" / f"{codigo}.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<b>" not in html
    dicho = huellas(tmp_path / "sitio" / "verificar" / f"{codigo}.html")[sha256(firmado)]
    assert f"Firmas: {raro}, el " in dicho and dicho.index("(SHA-256 {0})") < dicho.index(raro)
