"""La página de verificación publicada reconoce solo las copias que `documento verificar` reconoce: las que Escritorio
registró y la bitácora sellada cubre. Quien tiene el archivo de la base puede agregar con sqlite3 una fila a
`archivos_emitidos` con la huella de un PDF que él armó; antes, la siguiente publicación ponía esa huella entre las
copias emitidas del documento y la página decía que el PDF falsificado era una copia. Ahora no está en ninguna página
(y `documento verificar` tampoco lo da por auténtico), y las copias legítimas siguen ahí."""

import hashlib
import re
import sqlite3
from contextlib import closing

from ayudas import sin_traza

DIRECCION = "https://rcs.example.org/transparencia"


def ok(resultado) -> str:
    sin_traza(resultado)
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    return resultado.stdout


def huellas_publicadas(sitio) -> dict[str, set[str]]:
    """{página de verificación: las huellas SHA-256 que reconoce}."""
    return {p.name: set(re.findall(r'data-sha256="([0-9a-f]{64})"', p.read_text(encoding="utf-8")))
            for p in (sitio / "verificar").glob("*.html")}


def test_una_copia_agregada_con_sqlite3_no_se_publica_como_emitida(cli, copia_de_la_demo, tmp_path):
    base = copia_de_la_demo
    ok(cli("asociacion", "editar", "--direccion-publica", DIRECCION, db=base))
    ok(cli("sesiones", "acta", 3, "acta.pdf", db=base))
    ok(cli("publicar", "sitio", db=base))
    legitimas = huellas_publicadas(tmp_path / "sitio")
    with closing(sqlite3.connect(base)) as conexion, conexion:
        documento_id, codigo = conexion.execute(
            "SELECT id, codigo FROM documentos_emitidos WHERE tipo = 'acta' AND referencia = 3 "
            "ORDER BY id DESC LIMIT 1").fetchone()
        copia = conexion.execute("SELECT max(copia) + 1 FROM archivos_emitidos WHERE documento_id = ?",
                                 [documento_id]).fetchone()[0]
    pagina = f"{codigo}.html"
    assert hashlib.sha256((tmp_path / "acta.pdf").read_bytes()).hexdigest() in legitimas[pagina]

    falso = (tmp_path / "acta.pdf").read_bytes().replace(b"Asamblea", b"Asamblca", 1)
    (tmp_path / "falso.pdf").write_bytes(falso)
    huella_falsa = hashlib.sha256(falso).hexdigest()
    with closing(sqlite3.connect(base)) as conexion, conexion:
        conexion.execute("INSERT INTO archivos_emitidos (documento_id, copia, sha256, texto, generado_en) "
                         "SELECT documento_id, ?, ?, texto, generado_en FROM archivos_emitidos "
                         "WHERE documento_id = ? ORDER BY copia DESC LIMIT 1", [copia, huella_falsa, documento_id])

    verificado = cli("documento", "verificar", tmp_path / "falso.pdf", db=base)
    assert verificado.returncode != 0 and "Auténtico" not in verificado.stdout, verificado.stdout

    ok(cli("publicar", "sitio", db=base))
    despues = huellas_publicadas(tmp_path / "sitio")
    assert not [p for p, huellas in despues.items() if huella_falsa in huellas]
    assert despues[pagina] == legitimas[pagina]   # las copias que Escritorio registró siguen reconocidas
