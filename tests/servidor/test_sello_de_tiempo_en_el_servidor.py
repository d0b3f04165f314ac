"""El sello de tiempo RFC 3161 de la cabeza de la bitácora también en el modo servidor (issue 58, punto 2): se pide a
una autoridad de sello local (127.0.0.1), se guarda en el servidor, `verificar` lo comprueba, y ni la secretaría lo
puede cambiar o borrar. Contra un PostgreSQL de verdad, con la demo subida."""

import psycopg
import pytest

from escritorio.servicios import sello_de_tiempo
from escritorio.servicios.base import abrir_base
from escritorio.servicios.verificacion.comprobaciones import verificar
from pki_local import PKILocal


def test_el_sello_de_tiempo_se_guarda_y_se_verifica_en_el_servidor(demo_en_el_servidor, login_pg, tmp_path):
    lucia = login_pg(demo_en_el_servidor, "lucia", "secretaria")
    with PKILocal(tmp_path / "pki") as tsa:
        db = abrir_base(lucia)
        try:
            sello_de_tiempo.configurar_servidor(db, tsa.url_tsa)
            hecho = sello_de_tiempo.sellar_ahora(db)
            resultado = verificar(db)
        finally:
            db.close()
    assert resultado.correcta, resultado.problemas
    assert any(f"certifica el sello {hecho.sello_id}" in d for d in resultado.detalles), resultado.detalles

    with psycopg.connect(lucia) as conexion:
        for sentencia in ("UPDATE sellos_de_tiempo SET huella = repeat('0', 64)", "DELETE FROM sellos_de_tiempo"):
            with pytest.raises(psycopg.errors.RaiseException, match="sello de tiempo guardado"):
                conexion.execute(sentencia)
            conexion.rollback()
