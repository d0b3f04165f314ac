"""La cola de la lista de oradores y el reloj de quien habla (issue 64, §3): dominio/oradores.py."""

from datetime import datetime, timedelta, timezone

from escritorio.dominio import oradores


def _pedido(orden, tipo="intervencion", estado="en_espera"):
    return {"orden": orden, "tipo": tipo, "estado": estado}


def test_la_cuestion_de_orden_se_adelanta_y_lo_demas_va_por_orden_de_pedido():
    lista = [_pedido(1, estado="hablando"), _pedido(2, "a_favor"), _pedido(3, "en_contra"),
             _pedido(4, "cuestion_de_orden"), _pedido(5), _pedido(6, "cuestion_de_orden"), _pedido(7, estado="hablo"),
             _pedido(8, estado="retirado")]
    assert [p["orden"] for p in oradores.cola(lista)] == [4, 6, 2, 3, 5]
    assert oradores.siguiente(lista)["orden"] == 4
    assert oradores.hablando(lista)["orden"] == 1
    assert oradores.siguiente([_pedido(1, estado="hablo")]) is None


def test_el_tiempo_de_cada_tipo_y_el_reloj():
    assert oradores.segundos_permitidos("a_favor", 180, 60) == 180
    assert oradores.segundos_permitidos("cuestion_de_orden", 180, 60) == 60
    ahora = datetime(2026, 5, 4, 13, 2, 30, tzinfo=timezone.utc)
    assert oradores.restantes("2026-05-04 13:00:00", 180, ahora) == 30
    assert oradores.restantes("2026-05-04 13:00:00", 120, ahora) == -30
    # Un reloj que atrasa no da tiempo de más.
    assert oradores.transcurridos("2026-05-04 13:00:00", ahora - timedelta(minutes=5)) == 0
    assert [oradores.reloj(s) for s in (180, 7, 0, 750, -12, -75)] == ["3:00", "0:07", "0:00", "12:30", "+0:12",
                                                                       "+1:15"]
    assert oradores.momento(datetime(2026, 5, 4, 10, 0, 1, tzinfo=timezone(timedelta(hours=-3)))) == \
        "2026-05-04 13:00:01"
