"""Abrir la base: una nueva queda lista; un archivo ajeno, dañado o inaccesible se rechaza sin tocarlo."""

import hashlib
import shutil
import sqlite3

import pytest

from escritorio.datos import apertura
from escritorio.datos.apertura import abrir
from escritorio.datos.conexion import transaccion
from escritorio.datos.esquema import CONJUNTO, MIGRACIONES
from escritorio.errores import ErrorBaseDeDatos
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.contexto import Contexto
from escritorio.datos.migraciones import Migraciones

TABLAS = {"asociaciones", "paises_asociacion", "miembros", "poblaciones", "estados_miembro", "autoridades", "contactos"}


def huella(ruta) -> str:
    return hashlib.sha256(ruta.read_bytes()).hexdigest()


def base_con_datos(ruta, demo):
    """`ruta`: una copia de la red de ejemplo (`demo`, armada una vez en la corrida), abierta y cerrada."""
    shutil.copy(demo, ruta)
    db = abrir(ruta)
    db.close()  # al cerrar la última conexión el diario WAL se vuelca al archivo y desaparece
    assert not ruta.with_name(ruta.name + "-wal").exists()
    return ruta


def test_base_nueva_con_wal_claves_foraneas_y_esquema(tmp_path):
    ruta = tmp_path / "sub" / "carpeta" / "nueva.db"
    db = abrir(ruta)

    assert ruta.is_file()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert TABLAS <= set(db.table_names())
    assert [m.name for m in MIGRACIONES.applied(db)] == [m.name for m in MIGRACIONES._migrations]
    assert MIGRACIONES.pending(db) == []
    assert MIGRACIONES.pending(db) == []
    db.close()


def test_claves_foraneas_activas_de_verdad(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (999, 'Huérfano', 'AR')")


def test_reabrir_conserva_los_datos(ruta_db):
    db = abrir(ruta_db)
    crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL"))
    db.close()

    db = abrir(ruta_db)
    assert [a["sigla"] for a in db.query("SELECT sigla FROM asociaciones")] == ["RDL"]
    db.close()


def test_archivo_vacio_se_usa_como_base_nueva(tmp_path):
    ruta = tmp_path / "vacia.db"
    ruta.touch()
    db = abrir(ruta)
    assert TABLAS <= set(db.table_names())
    db.close()


def test_archivo_de_texto_con_extension_db_se_rechaza_sin_tocarlo(tmp_path):
    ruta = tmp_path / "escritorio.db"
    ruta.write_text("Lista de intendentes\nRosario: Pablo Javkin\n", encoding="utf-8")
    antes = huella(ruta)

    with pytest.raises(ErrorBaseDeDatos) as error:
        abrir(ruta)

    assert "no es una base de datos de Escritorio" in error.value.mensaje
    assert "--db" in error.value.mensaje
    assert huella(ruta) == antes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["escritorio.db"]


def test_base_sqlite_de_otro_programa_se_rechaza_sin_tocarla(tmp_path):
    ruta = tmp_path / "clientes.db"
    ajena = sqlite3.connect(ruta)
    ajena.execute("CREATE TABLE clientes (id INTEGER PRIMARY KEY, nombre TEXT)")
    ajena.execute("INSERT INTO clientes (nombre) VALUES ('Ferretería Central')")
    ajena.commit()
    ajena.close()
    antes = huella(ruta)

    with pytest.raises(ErrorBaseDeDatos, match="es una base SQLite de otro programa, no de Escritorio"):
        abrir(ruta)

    assert huella(ruta) == antes
    tablas = {f[0] for f in sqlite3.connect(ruta).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tablas == {"clientes"}


def dañar(ruta) -> None:
    """Pisa 200 bytes dentro de cada página del tercio central: la cabecera queda intacta."""
    datos = bytearray(ruta.read_bytes())
    tamano_pagina = int.from_bytes(datos[16:18], "big")
    paginas = len(datos) // tamano_pagina
    assert paginas > 20
    for pagina in range(paginas // 3, 2 * paginas // 3):
        inicio = pagina * tamano_pagina + 100
        datos[inicio:inicio + 200] = b"\xff" * 200
    ruta.write_bytes(bytes(datos))


def _primera_escritura(ruta):
    """Abrir la base (sin sello: su comprobación queda pendiente) e intentar escribir en ella."""
    from escritorio.datos.conexion import transaccion

    db = abrir(ruta)
    try:
        with transaccion(db):
            db.execute("UPDATE asociaciones SET nombre = nombre || ' (no se guarda)'")
    finally:
        db.close()


def test_base_danada_se_rechaza_sin_tocarla(tmp_path, demo_creada_por_la_cli):
    ruta = base_con_datos(tmp_path / "escritorio.db", demo_creada_por_la_cli)
    dañar(ruta)
    antes = huella(ruta)

    with pytest.raises(ErrorBaseDeDatos) as error:
        _primera_escritura(ruta)   # la comprobación pendiente, antes de escribir

    assert "dañad" in error.value.mensaje
    assert "escritorio respaldo recuperar" in error.value.mensaje
    assert huella(ruta) == antes

    with pytest.raises(ErrorBaseDeDatos) as error:   # ya se vio el daño: la próxima apertura la comprueba antes
        abrir(ruta)
    assert "dañad" in error.value.mensaje
    assert huella(ruta) == antes


def test_mensaje_de_base_danada_es_breve(tmp_path, demo_creada_por_la_cli):
    """La secretaría necesita saber qué pasó y qué hacer, no cien líneas de `quick_check`."""
    ruta = base_con_datos(tmp_path / "escritorio.db", demo_creada_por_la_cli)
    dañar(ruta)

    with pytest.raises(ErrorBaseDeDatos) as error:
        abrir(ruta, comprobacion_completa=True)

    lineas = error.value.mensaje.splitlines()
    assert len(lineas) <= 3, f"el mensaje tiene {len(lineas)} líneas"
    assert len(error.value.mensaje) < 600


def test_una_regla_rota_por_fuera_no_es_dano_abre_y_verificar_la_senala(tmp_path, demo_creada_por_la_cli, cli):
    """Abrir busca daño del archivo con `quick_check` desde una conexión de solo lectura, como los respaldos: SQLite
    no carga allí los CHECK, y no los reevalúa en cada fila (con 16.000 miembros, 18 ms en lugar de 60). Una fila que
    no cumple un CHECK no es daño: la escribe un programa que apaga las reglas. La base abre, y «escritorio
    verificar», que comprueba con todo, la señala por su tabla."""
    ruta = base_con_datos(tmp_path / "escritorio.db", demo_creada_por_la_cli)
    externo = sqlite3.connect(ruta)
    externo.execute("PRAGMA ignore_check_constraints = ON")
    with externo:
        externo.execute("UPDATE asociaciones SET papel = 'Pergamino'")
    externo.close()

    db = abrir(ruta, respaldo_al_abrir=True)  # como la ventana: comprobada entera
    assert db.execute("SELECT papel FROM asociaciones").fetchone()[0] == "Pergamino"
    db.close()

    resultado = cli("verificar", db=ruta)
    assert resultado.returncode != 0
    assert "Regla rota en la tabla asociaciones" in resultado.stdout + resultado.stderr
    assert "El archivo de la base está dañado" not in resultado.stdout + resultado.stderr


def test_carpeta_de_solo_lectura(tmp_path):
    # /sys no admite crear archivos ni siquiera para root.
    with pytest.raises(ErrorBaseDeDatos) as error:
        abrir("/sys/escritorio.db")
    assert "La carpeta /sys es de solo lectura" in error.value.mensaje
    assert "--db" in error.value.mensaje


def test_carpeta_que_no_se_puede_crear():
    with pytest.raises(ErrorBaseDeDatos, match="No se puede crear la carpeta /sys/escritorio"):
        abrir("/sys/escritorio/escritorio.db")


def test_ruta_que_es_una_carpeta(tmp_path):
    with pytest.raises(ErrorBaseDeDatos) as error:
        abrir(tmp_path)
    assert error.value.mensaje == f"{tmp_path} es una carpeta; indique un archivo, por ejemplo {tmp_path / 'escritorio.db'}."


# --- respaldo automático antes de migrar -----------------------------------------------------
# Para simular una versión nueva del programa se arma un conjunto de migraciones con el mismo
# nombre ("escritorio") que repite las reales y agrega una más al final, y se lo pone en lugar
# de MIGRACIONES en `apertura` (que es quien decide respaldar y aplica). Así la base creada con
# las migraciones reales tiene exactamente una pendiente, como tras actualizar el programa, sin
# tocar el registro `_sqlite_migrations` a mano.

def version_nueva(monkeypatch, migracion) -> Migraciones:
    nuevas = Migraciones(CONJUNTO)
    for real in MIGRACIONES._migrations:
        nuevas(name=real.name)(real.fn)
    nuevas(name="9999_prueba")(migracion)
    monkeypatch.setattr(apertura, "MIGRACIONES", nuevas)
    return nuevas


def agregar_tabla(db):
    db.execute("CREATE TABLE prueba_migracion (x INTEGER)")


def tablas_de(ruta) -> set[str]:
    conn = sqlite3.connect(ruta)
    try:
        return {f[0] for f in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def test_respaldo_antes_de_migrar_una_base_con_datos(tmp_path, monkeypatch):
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL"))
    db.close()
    version_nueva(monkeypatch, agregar_tabla)

    db = abrir(ruta)

    assert "prueba_migracion" in db.table_names()
    respaldos = list((tmp_path / "respaldos").glob("escritorio-*-antes-de-migrar.db"))
    assert len(respaldos) == 1
    assert "prueba_migracion" not in tablas_de(respaldos[0])
    copia = sqlite3.connect(respaldos[0])
    assert copia.execute("SELECT sigla FROM asociaciones").fetchall() == [("RDL",)]
    copia.close()
    db.close()


def test_sin_migraciones_pendientes_no_hay_respaldo(ruta_db):
    abrir(ruta_db).close()
    abrir(ruta_db).close()
    assert not (ruta_db.parent / "respaldos").exists()


def test_base_nueva_no_se_respalda_antes_de_crear_el_esquema(tmp_path, monkeypatch):
    version_nueva(monkeypatch, agregar_tabla)
    abrir(tmp_path / "escritorio.db").close()
    assert not (tmp_path / "respaldos").exists()


def test_migracion_que_falla_no_deja_nada_a_medias(tmp_path, monkeypatch):
    ruta = tmp_path / "escritorio.db"
    abrir(ruta).close()

    def rota(db):
        db.execute("CREATE TABLE a_medias (x INTEGER)")
        db.execute("SELECT * FROM tabla_que_no_existe")

    nuevas = version_nueva(monkeypatch, rota)
    with pytest.raises(ErrorBaseDeDatos):
        abrir(ruta)

    monkeypatch.undo()
    db = abrir(ruta)
    assert "a_medias" not in db.table_names()
    assert [m.name for m in nuevas.pending(db)] == ["9999_prueba"]
    db.close()


def test_una_base_de_la_version_anterior_se_actualiza_con_elecciones_y_bitacora(tmp_path, monkeypatch):
    """Una base creada hasta la migración 0006 (versión anterior) recibe las elecciones y el PDF firmado fijo,
    con sus triggers de bitácora, sin perder nada."""
    from datetime import date

    from escritorio.datos.bitacora import verificar
    from escritorio.servicios.organos import NuevoOrgano, crear_organo
    from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
    from escritorio.servicios.sesiones.puntos import agregar_punto
    from escritorio.servicios.elecciones import NuevaEleccion, definir_eleccion, obtener_eleccion

    anteriores = Migraciones(CONJUNTO)
    for real in MIGRACIONES._migrations[:6]:
        anteriores(name=real.name)(real.fn)
    monkeypatch.setattr(apertura, "MIGRACIONES", anteriores)
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    # Los datos de la versión anterior, escritos con los servicios de hoy en una sola transacción: dentro de otra, un
    # servicio reversible no anota nada para Deshacer (la tabla de la migración 0023 todavía no existe).
    with transaccion(db):
        asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL"))
        consejo = crear_organo(Contexto(db, asociacion), NuevoOrgano("Consejo", "consejo"))
        sesion = convocar(Contexto(db, asociacion), consejo, NuevaSesion(fecha=date(2026, 5, 20), lugar="Rosario"))
        punto = agregar_punto(Contexto(db, asociacion), sesion, "Elección de la Presidencia", "eleccion")
    assert "elecciones" not in db.table_names()
    db.close()

    monkeypatch.setattr(apertura, "MIGRACIONES", MIGRACIONES)
    db = abrir(ruta)
    aplicadas = [f[0] for f in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert aplicadas[6:9] == ["0007_elecciones", "0008_acta_firmada_fija", "0009_identidad_y_firmantes"]
    assert len(db.execute("SELECT base_id FROM identidad_base").fetchone()[0]) == 32
    assert len(list((tmp_path / "respaldos").glob("escritorio-*-antes-de-migrar.db"))) == 1
    definir_eleccion(Contexto(db, asociacion), punto, NuevaEleccion(consejo, "presidente", date(2026, 6, 1)))
    assert obtener_eleccion(Contexto(db, asociacion), punto).cargo == "presidente"
    assert db.execute("SELECT count(*) FROM bitacora WHERE entidad = 'elecciones'").fetchone()[0] == 1
    assert verificar(db) == []
    db.close()


def test_sin_crear_una_ruta_sin_base_es_un_error_y_no_se_toca(tmp_path):
    vacia = tmp_path / "vacia.db"
    vacia.touch()
    with pytest.raises(ErrorBaseDeDatos, match=r"vacia.db está vacío \(0 bytes\): no es una base de datos"):
        abrir(vacia, crear=False)
    with pytest.raises(ErrorBaseDeDatos, match="No existe la base de datos .*nueva.db. No se creó nada."):
        abrir(tmp_path / "sub" / "nueva.db", crear=False)
    assert vacia.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vacia.db"]


def test_base_de_una_version_mas_nueva_se_abre_para_consultar(tmp_path, demo_creada_por_la_cli):
    from escritorio.datos.conexion import solo_lectura, transaccion

    ruta = tmp_path / "futura.db"
    base_con_datos(ruta, demo_creada_por_la_cli)
    conn = sqlite3.connect(ruta)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, '0099_futura', '')",
                 [CONJUNTO])
    conn.commit()
    conn.close()
    antes = huella(ruta)
    db = abrir(ruta, respaldo_al_abrir=True)
    assert "fue creada por una versión más nueva de Escritorio" in solo_lectura(db).aviso
    assert [a["sigla"] for a in db.query("SELECT sigla FROM asociaciones")] == ["RCS"]
    with pytest.raises(ErrorBaseDeDatos, match="No se guardó nada: la base .* versión más nueva"):
        with transaccion(db):
            db.execute("DELETE FROM asociaciones")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):  # ni por fuera de una transacción
        db.execute("DELETE FROM asociaciones")
    db.close()
    assert huella(ruta) == antes
    assert not (tmp_path / "respaldos").exists()
