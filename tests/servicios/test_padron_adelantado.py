"""El padrón que la ventana lee por adelantado mientras carga (servicios.miembros.adelantar_padron, issue 48): la tabla
lo toma una vez y es el mismo que leería ella; si alguien escribió entretanto, lo lee de nuevo."""

from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import adelantar_padron, listar_padron, padron_de_la_tabla


def _ids(padron) -> list[int]:
    return [f[padron.ID] for f in padron.filas]


def test_la_tabla_toma_el_padron_adelantado_y_es_el_mismo(demo_db, asociacion_de_la_demo):
    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    esperado = listar_padron(contexto)

    adelantar_padron(demo_db, asociacion_de_la_demo["sigla"])
    adelantado = demo_db.estado.padron_adelantado
    assert adelantado is not None and adelantado.asociacion_id == asociacion_de_la_demo["id"]
    padron = padron_de_la_tabla(contexto)

    assert demo_db.estado.padron_adelantado is None   # se toma una vez
    assert padron.filas is adelantado.filas
    assert [padron.como_fila(f) for f in padron.filas] == esperado


def test_si_alguien_escribio_entretanto_se_lee_de_nuevo(demo_db, asociacion_de_la_demo):
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    adelantar_padron(demo_db, asociacion_de_la_demo["sigla"])
    adelantado = demo_db.estado.padron_adelantado
    crear_asociacion(demo_db, NuevaAsociacion(nombre="Red que escribe en el medio", sigla="RQE"))

    padron = padron_de_la_tabla(contexto)

    assert padron.filas is not adelantado.filas
    assert _ids(padron) == [m["id"] for m in listar_padron(contexto)]


def test_el_de_otra_asociacion_no_se_toma(demo_db, asociacion_de_la_demo):
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    otra = crear_asociacion(demo_db, NuevaAsociacion(nombre="Otra red", sigla="ORD"))
    adelantar_padron(demo_db, "ORD")
    assert demo_db.estado.padron_adelantado.asociacion_id == otra
    padron = padron_de_la_tabla(Contexto(demo_db, asociacion_de_la_demo["id"]))
    assert len(padron) == len(listar_padron(Contexto(demo_db, asociacion_de_la_demo["id"]))) > 0

