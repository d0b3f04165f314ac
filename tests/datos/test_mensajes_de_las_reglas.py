"""El mensaje con que la base rechaza un cambio que Escritorio nunca escribe (el RAISE de un trigger) está en el
esquema, en castellano, y así lo lanza la base; quien lo lee lo ve en su idioma (issue 61, §2): la ventana en
portugués, en portugués; la línea de órdenes, en castellano, como siempre."""

import re
from pathlib import Path

import pytest

from escritorio.datos.conexion import transaccion
from escritorio.datos.mensajes_de_las_reglas import MENSAJES
from escritorio.dominio import puerta
from escritorio.errores import ErrorEscritorio
from escritorio.idiomas.traduccion import fijar_idioma_del_proceso
from escritorio.servicios.base import abrir_base

ESQUEMA = Path(__file__).resolve().parents[2] / "escritorio" / "datos" / "esquema/actual.sql"


def test_cada_mensaje_del_esquema_esta_en_la_lista_que_se_traduce():
    del_esquema = {m.replace("''", "'") for m in re.findall(r"RAISE\(ABORT, '((?:[^']|'')*)'\)",
                                                            ESQUEMA.read_text(encoding="utf-8"))}
    assert del_esquema == set(MENSAJES), (del_esquema ^ set(MENSAJES))


@pytest.mark.parametrize("idioma, esperado", [
    ("es", "La base rechazó el cambio: Un pago no se borra: se anula con un motivo. No se guardó nada."),
    ("pt_BR", "O banco de dados rejeitou a alteração: Um pagamento não é apagado: é anulado com um motivo. Nada foi "
              "salvo."),
    ("en", "The database rejected the change: A payment is never deleted: it is voided with a reason. Nothing was "
           "saved."),
])
def test_un_pago_borrado_se_rechaza_en_el_idioma_de_quien_lee(demo_como, idioma, esperado):
    ruta = demo_como("x.db")
    fijar_idioma_del_proceso(idioma)
    puerta.fijar_del_proceso(puerta.VENTANA if idioma != "es" else puerta.LINEA_DE_ORDENES)
    db = abrir_base(ruta)
    try:
        with pytest.raises(ErrorEscritorio) as rechazo:
            with transaccion(db):
                db.execute("DELETE FROM pagos WHERE id = 1")
        assert rechazo.value.mensaje == esperado, rechazo.value.mensaje
        assert db.execute("SELECT count(*) FROM pagos WHERE id = 1").fetchone()[0] == 1   # no se guardó nada
    finally:
        db.close()
