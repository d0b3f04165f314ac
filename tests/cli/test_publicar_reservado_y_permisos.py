"""Issue 58, punto 6: lo que el sitio publicado deja ver sin querer.

- La página de verificación reservada de un acta en borrador no dice su clase: decía «Borrador auténtico, no es el
  acta aprobada». Se mira como la ve cualquiera que adivine o reciba el código: el HTML publicado.
- Las carpetas que crea «publicar» quedan 755 con cualquier umask (con 077 la del sitio quedaba 700 y el servidor
  web no la leía; con 000, 777, escribible por todos). Se publica con un proceso real de la CLI bajo cada umask.
"""

from contextlib import closing
import html
import os
import re
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ayudas import sin_traza


def _texto_visible(ruta: Path) -> str:
    """Lo que muestra la página y lo que su guion puede mostrar (los data-… de «Comprobar su archivo»)."""
    crudo = ruta.read_text(encoding="utf-8")
    datos = " ".join(html.unescape(v) for v in re.findall(r'data-[a-z-]+="([^"]*)"', crudo))
    sin_guion = re.sub(r"<script.*?</script>", " ", crudo, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", sin_guion))) + " " + datos


def _codigo(base: Path, tipo: str) -> str:
    with closing(sqlite3.connect(base)) as conexion, conexion:
        return conexion.execute("SELECT codigo FROM documentos_emitidos WHERE tipo = ? ORDER BY id DESC LIMIT 1",
                                [tipo]).fetchone()[0]


def test_la_pagina_reservada_de_un_borrador_no_dice_que_es_un_borrador(cli, copia_de_la_demo, tmp_path):
    base = copia_de_la_demo
    with closing(sqlite3.connect(base)) as conexion, conexion:
        [(sesion,)] = conexion.execute("SELECT sesion_id FROM actas WHERE estado = 'borrador' LIMIT 1").fetchall()
    emitido = cli("sesiones", "acta", str(sesion), str(tmp_path / "borrador.pdf"), db=base)
    assert emitido.returncode == 0, emitido.stderr
    publicado = cli("publicar", str(tmp_path / "sitio"), db=base)
    sin_traza(publicado)
    assert publicado.returncode == 0, publicado.stderr

    pagina = _texto_visible(tmp_path / "sitio" / "verificar" / f"{_codigo(base, 'acta_borrador')}.html")
    for delator in ("orrador", "Acta", "acta aprobada", "Sesión", "sesión"):
        assert delator not in pagina, (delator, pagina)
    assert "Auténtico, pero no vigente" in pagina and "Pregunte a la asociación" in pagina
    # Lo mismo que diría de cualquier documento reemplazado: el veredicto no separa las clases.
    assert "no publica lo que dice esta clase de documentos" in pagina

    # Un documento reservado vigente (el aviso de cobro de la demo, si hay; si no, cualquiera) sigue diciéndolo.
    with closing(sqlite3.connect(base)) as conexion, conexion:
        otros = [c for (c,) in conexion.execute(
            "SELECT codigo FROM documentos_emitidos WHERE tipo IN ('recibo', 'aviso', 'estado_cuenta')")]
    for codigo in otros[:3]:
        otra = _texto_visible(tmp_path / "sitio" / "verificar" / f"{codigo}.html")
        assert "Recibo" not in otra and "Aviso" not in otra and "orrador" not in otra


def _modo(ruta: Path) -> int:
    return stat.S_IMODE(ruta.stat().st_mode)


@pytest.mark.parametrize("umask", [0o077, 0o000, 0o022])
def test_las_carpetas_que_crea_publicar_quedan_755_con_cualquier_umask(copia_de_la_demo, entorno_cli, tmp_path,
                                                                       umask):
    propia = tmp_path / "propia"          # una carpeta de la persona, que ya existía: conserva sus permisos
    propia.mkdir(mode=0o700)
    os.chmod(propia, 0o700)
    sitio = propia / "nueva" / "sitio"   # «nueva» y «sitio» las crea publicar
    hecho = subprocess.run([sys.executable, "-m", "escritorio", "--db", str(copia_de_la_demo), "publicar",
                            str(sitio)], cwd=tmp_path, env=entorno_cli, capture_output=True, text=True,
                           encoding="utf-8", timeout=300, preexec_fn=lambda: os.umask(umask))
    sin_traza(hecho)
    assert hecho.returncode == 0, hecho.stderr
    assert _modo(propia) == 0o700
    carpetas = [propia / "nueva", sitio, *(c for c in sitio.rglob("*") if c.is_dir())]
    assert len(carpetas) > 3
    assert {str(c.relative_to(tmp_path)): oct(_modo(c)) for c in carpetas if _modo(c) != 0o755} == {}
    archivos = [a for a in sitio.rglob("*") if a.is_file()]
    assert {str(a.relative_to(tmp_path)): oct(_modo(a)) for a in archivos if _modo(a) != 0o644} == {}
