"""Mirar un documento no gasta su original (issue 42): `vista_previa=True` escribe lo que saldría ahora (el
original, o la COPIA si ya salió), con su código, sin registrar ninguna salida. La regla vive en
`servicios.documentos.emitir`; la ventana solo pregunta `proxima_copia_del_recibo` para decirla."""

import re

import pytest
from pypdf import PdfReader

from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.informes_cuotas import imprimir_recibo, proxima_copia_del_recibo
from escritorio.servicios.pagos import listar_pagos

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

CODIGO = re.compile(r"Código de verificación: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")


@pytest.fixture
def demo_y_contexto(demo_db):
    return demo_db, Contexto(demo_db, listar_asociaciones(demo_db)[0]["id"])


def texto(ruta) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(ruta).pages)


def salidas(db, pago_id: int) -> list[int]:
    return [fila[0] for fila in db.execute(
        "SELECT a.copia FROM archivos_emitidos a JOIN documentos_emitidos d ON d.id = a.documento_id "
        "WHERE d.tipo = 'recibo' AND d.referencia = ? ORDER BY a.copia", [pago_id])]


def pago_sin_recibo(db, contexto) -> int:
    """Un pago de la demo cuyo recibo nunca salió."""
    return next(p["id"] for p in listar_pagos(contexto) if not salidas(db, p["id"]))


def test_la_vista_previa_muestra_el_original_sin_registrarlo(demo_y_contexto, tmp_path):
    db, contexto = demo_y_contexto
    pago_id = pago_sin_recibo(db, contexto)
    for vez in range(2):   # mirar dos veces sigue mostrando el original
        assert imprimir_recibo(contexto, pago_id, tmp_path / f"previa-{vez}.pdf", vista_previa=True) == 0
        dice = texto(tmp_path / f"previa-{vez}.pdf")
        assert "COPIA" not in dice and CODIGO.search(dice)   # con su código, como saldrá
    assert salidas(db, pago_id) == []
    assert proxima_copia_del_recibo(contexto, pago_id) == 0

    assert imprimir_recibo(contexto, pago_id, tmp_path / "original.pdf") == 0    # la primera salida: el original
    assert "COPIA" not in texto(tmp_path / "original.pdf")
    assert CODIGO.search(texto(tmp_path / "original.pdf"))[1] == CODIGO.search(texto(tmp_path / "previa-0.pdf"))[1]
    assert salidas(db, pago_id) == [0]
    assert proxima_copia_del_recibo(contexto, pago_id) == 1


def test_despues_del_original_la_vista_previa_muestra_la_copia_que_saldria(demo_y_contexto, tmp_path):
    db, contexto = demo_y_contexto
    pago_id = pago_sin_recibo(db, contexto)
    imprimir_recibo(contexto, pago_id, tmp_path / "original.pdf")
    assert imprimir_recibo(contexto, pago_id, tmp_path / "previa.pdf", vista_previa=True) == 1
    assert "COPIA" in texto(tmp_path / "previa.pdf")
    assert salidas(db, pago_id) == [0]                   # mirar la copia tampoco la registra
    assert imprimir_recibo(contexto, pago_id, tmp_path / "copia.pdf") == 1
    assert "COPIA" in texto(tmp_path / "copia.pdf")
    assert salidas(db, pago_id) == [0, 1]
    assert proxima_copia_del_recibo(contexto, pago_id) == 2


def test_la_vista_previa_de_un_acta_aprobada_no_cuenta_como_salida(demo_y_contexto, tmp_path):
    from escritorio.servicios.informes_sesiones import imprimir_acta

    db, contexto = demo_y_contexto
    # Un acta aprobada de la demo (emitida o no antes): la vista previa no suma una salida; imprimirla, sí.
    acta_id, sesion_id = db.execute("SELECT id, sesion_id FROM actas WHERE huella IS NOT NULL ORDER BY id "
                                    "LIMIT 1").fetchone()

    def emitidas() -> int:
        return db.execute("SELECT count(*) FROM documentos_emitidos WHERE tipo = 'acta' AND referencia = ?",
                          [acta_id]).fetchone()[0]

    antes = emitidas()
    imprimir_acta(contexto, sesion_id, tmp_path / "previa.pdf", vista_previa=True)
    codigo = CODIGO.search(texto(tmp_path / "previa.pdf"))[1]   # con el código con que saldrá
    assert emitidas() == antes
    imprimir_acta(contexto, sesion_id, tmp_path / "acta.pdf")
    assert CODIGO.search(texto(tmp_path / "acta.pdf"))[1] == codigo
    assert emitidas() == antes + 1
