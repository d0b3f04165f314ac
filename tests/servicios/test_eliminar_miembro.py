"""Eliminar un miembro (alta por error): la regla vive en el servicio, `puede_eliminarse`, y la usan el botón y el
borrado. Cualquier cosa que cite al miembro (cuotas, pagos, mandatos, asistencias…) es historia."""

import pytest

from escritorio.datos import miembros as tabla_miembros
from escritorio.errores import ErrorEscritorio
from escritorio.dominio.ficha import FichaMiembro
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.miembros import eliminar_por_error, listar_padron, puede_eliminarse


def _alta(db, asociacion, nombre="Ciudad equivocada"):
    return guardar_ficha(Contexto(db, asociacion), FichaMiembro(nombre=nombre, pais="UY"), poblacion=(5000, 2023, None))


@pytest.mark.solo_sqlite("lee las claves foráneas de SQLite; el servidor las tiene iguales, traducidas de las mismas "
                         "migraciones (tests/servidor/test_reglas_del_servidor.py)")
def test_todo_lo_que_cita_a_un_miembro_cuenta_como_historia(db, asociacion_id):
    """Si mañana una tabla nueva cita a los miembros sin borrarse con ellos, esta prueba pide sumarla a la regla
    (si no, el botón quedaría habilitado y la base rechazaría el borrado con un mensaje genérico)."""
    cubiertas = {(t, c) for t, (condicion, _) in tabla_miembros.CITAS_DEL_MIEMBRO.items()
                 for c in ("miembro_id", "en_nombre_de", "responsable_id", "poder_a") if c + " = :id" in condicion}
    citas = set()
    for (tabla,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for fk in db.execute(f"PRAGMA foreign_key_list({tabla})").fetchall():
            if fk[2] == "miembros" and fk[6] != "CASCADE":   # lo que se borra con el miembro (contactos) no
                citas.add((tabla, fk[3]))
    assert citas and citas <= cubiertas, citas - cubiertas


def test_un_alta_sin_historia_se_elimina_y_una_con_un_pago_no(db, asociacion_id):
    nuevo = _alta(db, asociacion_id)
    assert puede_eliminarse(db, nuevo) == (True, "")
    otro = _alta(db, asociacion_id, "Otra ciudad")
    db.execute("INSERT INTO pagos (asociacion_id, miembro_id, fecha, importe, moneda, moneda_imputacion, "
               "importe_imputable, medio) VALUES (?, ?, '2026-03-01', 100000, 'USD', 'USD', 100000, 'efectivo')",
               [asociacion_id, otro])
    se_puede, motivo = puede_eliminarse(db, otro)
    assert not se_puede
    assert motivo == ("«Otra ciudad» tiene historia (1 pago): no se puede borrar. Si deja la asociación, use "
                      "«Dar de baja» con fecha y motivo.")
    with pytest.raises(ErrorEscritorio, match="1 pago"):
        eliminar_por_error(db, otro)
    contexto = Contexto(db, asociacion_id)
    antes = len(listar_padron(contexto))
    eliminar_por_error(db, nuevo)
    assert len(listar_padron(contexto)) == antes - 1
