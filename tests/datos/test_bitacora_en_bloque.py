"""Las altas anotadas en bloque (datos/bitacora.altas_en_bloque, las usa la importación) y el sello de un tramo grande:
los triggers de alta vuelven tal cual (también si la escritura falla), y la huella de cada sello es la misma que
daba la serie armada de una vez con group_concat, así los sellos ya guardados siguen verificando."""

import hashlib

import pytest

from ayudas import escribir_csv
from escritorio.datos import bitacora
from escritorio.datos.conexion import transaccion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.importacion import importar_miembros
from escritorio.servicios.respaldo import verificar

TABLAS = ["miembros", "poblaciones", "estados_miembro", "autoridades"]


def triggers(db) -> list[tuple]:
    return db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()


def test_si_la_escritura_falla_los_triggers_de_alta_siguen_como_estaban(db, asociacion_id):
    antes = triggers(db)
    with pytest.raises(RuntimeError):
        with transaccion(db):
            with bitacora.altas_en_bloque(db, TABLAS):
                assert len(triggers(db)) == len(antes) - len(TABLAS)  # quitados mientras tanto
                raise RuntimeError("algo falló a mitad de la importación")
    assert triggers(db) == antes


def test_una_alta_fuera_del_bloque_la_sigue_anotando_su_trigger(db, asociacion_id):
    with transaccion(db):
        with bitacora.altas_en_bloque(db, ["poblaciones"]) as altas:
            desde = altas.ultimo_id("poblaciones")
            db.execute("INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (?, 'Salto', 'UY')", [asociacion_id])
            miembro = db.execute("SELECT max(id) FROM miembros").fetchone()[0]
            db.execute("INSERT INTO poblaciones (miembro_id, cifra, anio) VALUES (?, 104028, 2011)", [miembro])
            altas.anotar("poblaciones", desde)
    anotadas = db.execute("SELECT entidad, accion FROM bitacora ORDER BY id").fetchall()
    assert anotadas[-2:] == [("miembros", "alta"), ("poblaciones", "alta")]
    assert verificar(db).correcta


def test_un_trigger_de_alta_cambiado_a_mano_no_se_toca(db, asociacion_id):
    """Si el trigger no es el que crean las migraciones, no se sabe qué anota: se deja y anota él, fila por fila."""
    db.execute("DROP TRIGGER bitacora_autoridades_alta")
    db.execute("CREATE TRIGGER bitacora_autoridades_alta AFTER INSERT ON autoridades BEGIN "
               "INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('autoridades', NEW.id, 'alta', "
               "json_object('persona', NEW.persona)); END")
    antes = triggers(db)
    with transaccion(db):
        with bitacora.altas_en_bloque(db, TABLAS):
            assert ("bitacora_autoridades_alta",) in [(n,) for n, _ in triggers(db)]
    assert triggers(db) == antes


def test_la_huella_de_un_sello_grande_es_la_de_la_serie_de_group_concat(db, asociacion_id, tmp_path):
    filas = [[f"Ciudad {i}", "AR", str(1000 + i)] for i in range(12_000)]  # 24.000 registros: varios tramos
    importar_miembros(Contexto(db, asociacion_id), escribir_csv(tmp_path / "padron.csv", filas))
    sello = db.execute("SELECT momento, usuario, operador, desde_id, hasta_id, huella_anterior, huella "
                       "FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()
    momento, usuario, operador, desde, hasta, anterior, huella = sello
    serie, cantidad = db.execute(
        "SELECT group_concat(id || char(31) || entidad || char(31) || coalesce(entidad_id, '') || char(31) || "
        "accion || char(31) || datos, char(30)), count(*) FROM (SELECT * FROM bitacora WHERE id BETWEEN ? AND ? "
        "ORDER BY id)", [desde, hasta]).fetchone()
    digesto = hashlib.sha256("\x1f".join((anterior or "", momento, usuario or "", operador or "")).encode("utf-8"))
    digesto.update(serie.encode("utf-8"))
    assert cantidad == hasta - desde + 1 > 2 * 5000
    assert digesto.hexdigest() == huella
    assert verificar(db).correcta
