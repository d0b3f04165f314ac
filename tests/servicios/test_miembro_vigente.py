"""`miembro_vigente` (el estado de cuenta lo usa para leer un solo miembro por su id, issue 63 §1) da lo mismo que el
miembro de `listar_miembros`: los mismos datos, población, estado y autoridad vigentes, a hoy y a una fecha pasada;
None para un id que no es de la asociación."""

from datetime import date

from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros, miembro_vigente


def test_da_lo_mismo_que_el_padron_para_cada_miembro(demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    for al in (None, date(2019, 6, 30)):
        padron = listar_miembros(contexto, al=al)
        assert len(padron) > 10 and len({m["estado"] for m in padron}) > 1
        for miembro in padron:
            assert miembro_vigente(contexto, miembro["id"], al=al) == miembro


def test_un_id_de_otra_asociacion_o_que_no_existe_no_es_un_miembro(demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    assert miembro_vigente(contexto, 10**9) is None
    otro = listar_miembros(contexto)[0]["id"]
    assert miembro_vigente(Contexto(db, asociacion["id"] + 1000), otro) is None
