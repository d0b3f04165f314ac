"""Issue 62 §2 desde una base del servidor: el acta firmada por la secretaría en el servidor está entre las copias
emitidas de su página de verificación al publicar (el PDF firmado llega de PostgreSQL como bytea, y su alta la
sella la bitácora del servidor). Contra un PostgreSQL de verdad, con la demo subida y el papel de secretaría."""

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from certificados import crear_certificado  # noqa: E402

from escritorio.documentos.firma_digital import cargar_certificado
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.firmas import firmar_acta_digitalmente, pdf_firmado
from escritorio.servicios.publicacion import publicar
from escritorio.servicios.verificar_documento import verificar_archivo


def test_el_acta_firmada_en_el_servidor_se_reconoce_en_el_sitio(demo_en_el_servidor, login_pg, tmp_path):
    p12, _ = crear_certificado(tmp_path, "Patricia Sosa", "clave")
    lucia = login_pg(demo_en_el_servidor, "lucia", "secretaria")
    db = abrir_base(lucia)
    try:
        contexto = Contexto(db, 1)
        firma = firmar_acta_digitalmente(contexto, 3, cargar_certificado(p12, "clave"))
        firmado = tmp_path / "firmada.pdf"
        firmado.write_bytes(pdf_firmado(contexto, firma.id))
        codigo = verificar_archivo(db, firmado).codigo
        publicar(contexto, tmp_path / "sitio")
    finally:
        db.close()
    html = (tmp_path / "sitio" / "verificar" / f"{codigo}.html").read_text(encoding="utf-8")
    sha = hashlib.sha256(firmado.read_bytes()).hexdigest()
    assert f'data-sha256="{sha}"' in html
    assert "Firmas: Patricia Sosa (Presidencia), el " in html
