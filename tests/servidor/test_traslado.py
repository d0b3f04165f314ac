"""Llevar la base al servidor y traerla de vuelta, con la línea de órdenes como proceso real, contra un PostgreSQL de
verdad: «escritorio servidor subir» prueba lo que movió; «servidor copia» hace un archivo nuevo y comprobado.
"""

import sqlite3

import psycopg

from escritorio.datos import bitacora
from escritorio.datos.postgres import conexion


def _contar(url: str, tabla: str) -> int:
    with psycopg.connect(url) as c:
        return c.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0]


def _tablas(url: str) -> list[str]:
    with psycopg.connect(url) as c:
        return [f[0] for f in c.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]


def test_subir_la_demo_la_lleva_entera_y_la_cadena_sigue_en_el_servidor(copia_de_la_demo, url_pg_vacia, cli,
                                                                       login_pg):
    antes = copia_de_la_demo.read_bytes()
    hecho = cli("servidor", "subir", url_pg_vacia, db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    assert "subida al servidor" in hecho.stdout
    assert "iguales en los dos lados" in hecho.stdout and "3 actas aprobadas con la misma huella" in hecho.stdout
    assert copia_de_la_demo.read_bytes() == antes  # la base local no se toca
    local = sqlite3.connect(copia_de_la_demo)
    for tabla in ("miembros", "pagos", "actas", "bitacora", "bitacora_sellos", "mandatos"):
        assert _contar(url_pg_vacia, tabla) == local.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0], tabla
    ultimo_local = local.execute("SELECT huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()[0]
    identidad = local.execute("SELECT base_id FROM identidad_base").fetchone()[0]
    local.close()

    # La primera escritura en el servidor, de una persona con su login, continúa la misma cadena.
    url_ana = login_pg(url_pg_vacia, "ana_secretaria", "secretaria")
    with psycopg.connect(url_ana) as c:
        c.execute("UPDATE miembros SET telefono = '+54 341 000' WHERE id = (SELECT min(id) FROM miembros)")
    db = conexion.conectar(url_pg_vacia)
    try:
        anterior, operador = db.execute("SELECT huella_anterior, operador FROM bitacora_sellos ORDER BY id DESC "
                                        "LIMIT 1").fetchone()
        assert (anterior, operador) == (ultimo_local, "ana_secretaria")
        assert bitacora.verificar(db) == []
        assert db.execute("SELECT base_id FROM identidad_base").fetchone()[0] == identidad
        # Los números nuevos siguen a los copiados (no chocan con un id que ya existe).
        db.execute("INSERT INTO asociaciones (nombre, sigla) VALUES ('Otra red', 'OTRA')")
    finally:
        db.close()


def test_subir_a_una_base_que_no_esta_vacia_no_toca_nada(copia_de_la_demo, url_pg, cli):
    hecho = cli("servidor", "subir", url_pg, db=copia_de_la_demo)
    assert hecho.returncode == 1
    assert "no está vacía" in hecho.stderr and "Traceback" not in hecho.stderr
    assert _contar(url_pg, "miembros") == 0


def test_una_base_local_con_la_bitacora_alterada_no_se_sube(copia_de_la_demo, url_pg_vacia, cli):
    local = sqlite3.connect(copia_de_la_demo)
    with local:
        local.execute("DROP TRIGGER bitacora_solo_agregar_update")
        local.execute("UPDATE bitacora SET datos = datos || ' ' WHERE id = 5")
    local.close()
    hecho = cli("servidor", "subir", url_pg_vacia, db=copia_de_la_demo)
    assert hecho.returncode == 1
    assert "no se sube una base con la cadena rota" in hecho.stderr
    assert _tablas(url_pg_vacia) == []  # ni siquiera el esquema: todo o nada


def test_una_fila_que_el_servidor_no_admite_deshace_todo_el_traslado(copia_de_la_demo, url_pg_vacia, cli):
    # Un programa ajeno guardó texto en una columna de números (SQLite lo admite): el servidor la rechaza.
    local = sqlite3.connect(copia_de_la_demo)
    with local:
        local.execute("PRAGMA ignore_check_constraints = ON")
        fila = local.execute("SELECT id FROM poblaciones ORDER BY id DESC LIMIT 1").fetchone()[0]
        local.execute("DROP TRIGGER bitacora_poblaciones_cambio")
        local.execute("UPDATE poblaciones SET cifra = 'muchos' WHERE id = ?", [fila])
    local.close()
    hecho = cli("servidor", "subir", url_pg_vacia, db=copia_de_la_demo)
    assert hecho.returncode == 1
    assert "tabla «poblaciones» no entra en el servidor" in hecho.stderr, hecho.stderr
    assert "Traceback" not in hecho.stderr
    assert _tablas(url_pg_vacia) == []


def test_copia_hace_un_archivo_nuevo_que_verifica_sano(copia_de_la_demo, url_pg_vacia, cli, tmp_path):
    assert cli("servidor", "subir", url_pg_vacia, db=copia_de_la_demo).returncode == 0
    destino = tmp_path / "copia del servidor.db"
    hecho = cli("servidor", "copia", url_pg_vacia, destino)
    assert hecho.returncode == 0, hecho.stderr
    assert "Copia local creada" in hecho.stdout
    verificado = cli("verificar", db=destino)
    assert verificado.returncode == 0, verificado.stdout + verificado.stderr
    assert "La base de datos está sana." in verificado.stdout
    assert "Actas: 3 aprobadas o firmadas, todas iguales a lo aprobado." in verificado.stdout
    listado = cli("miembros", "listar", db=destino)
    assert listado.returncode == 0 and "Montevideo" in listado.stdout
    assert [p.name for p in tmp_path.glob(".escritorio-copia-*")] == []  # no quedan temporales


def test_copia_nunca_reemplaza_un_archivo(url_pg, cli, tmp_path):
    destino = tmp_path / "mio.db"
    destino.write_bytes(b"algo que no es de Escritorio")
    hecho = cli("servidor", "copia", url_pg, destino)
    assert hecho.returncode == 1 and "no se reemplaza" in hecho.stderr
    assert destino.read_bytes() == b"algo que no es de Escritorio"


def test_crear_un_usuario_con_su_papel(url_pg, cli, entorno_cli, servidor_pg):
    with psycopg.connect(servidor_pg.url(), autocommit=True) as c:
        c.execute("DROP ROLE IF EXISTS tomas")
    entorno = dict(entorno_cli, ESCRITORIO_CLAVE_NUEVA="clave-de-tomas")
    hecho = cli("servidor", "usuario", url_pg, "tomas", "--papel", "tesoreria", entorno=entorno)
    assert hecho.returncode == 0, hecho.stderr
    base = url_pg.rsplit("/", 1)[1]
    url_tomas = servidor_pg.url(base, usuario="tomas", clave="clave-de-tomas")
    with psycopg.connect(url_tomas) as c:
        assert c.execute("SELECT count(*) FROM miembros").fetchone() == (0,)
    repetido = cli("servidor", "usuario", url_pg, "tomas", "--papel", "consulta", entorno=entorno)
    assert repetido.returncode == 1 and "Ya existe el usuario «tomas»" in repetido.stderr


def test_una_clave_equivocada_se_dice_claro(url_pg, cli, tmp_path):
    equivocada = url_pg.replace("clave-de-pruebas", "Zq7-equivocada")
    hecho = cli("servidor", "copia", equivocada, tmp_path / "x.db")
    assert hecho.returncode == 1
    assert "El servidor rechazó la clave del usuario «administrador»" in hecho.stderr
    assert "Zq7" not in hecho.stderr  # la clave no se muestra
    assert not (tmp_path / "x.db").exists()


def test_los_respaldos_del_programa_dicen_que_hacen_en_el_modo_servidor(url_pg, cli):
    hecho = cli("respaldo", "crear", db=url_pg)
    assert hecho.returncode == 1
    assert "los respaldos son tarea del servidor" in hecho.stderr and "pg_dump" in hecho.stderr
    # Las demás órdenes sí trabajan sobre el servidor: una base recién instalada recibe su asociación.
    creada = cli("asociacion", "crear", "--nombre", "Red del Litoral", "--sigla", "RDL", db=url_pg)
    assert creada.returncode == 0, creada.stderr
    otra = cli("asociacion", "listar", db=url_pg)
    assert otra.returncode == 0 and "Red del Litoral" in otra.stdout, otra.stderr


def test_los_papeles_emitidos_antes_de_subir_verifican_igual_en_el_servidor(copia_de_la_demo, url_pg_vacia, cli,
                                                                             tmp_path):
    # Un estado de cuenta con deuda vencida, uno al día y un acta aprobada, impresos en el archivo.
    papeles = {"deudor.pdf": ("cuotas", "estado-cuenta", "--miembro", "4"),
               "al_dia.pdf": ("cuotas", "estado-cuenta", "--miembro", "7"),
               "acta.pdf": ("sesiones", "acta", "1")}
    for papel, orden in papeles.items():
        assert cli(*orden, tmp_path / papel, db=copia_de_la_demo).returncode == 0
    en_el_archivo = {p: cli("documento", "verificar", tmp_path / p, db=copia_de_la_demo) for p in papeles}
    assert cli("servidor", "subir", url_pg_vacia, db=copia_de_la_demo).returncode == 0
    for papel in papeles:
        # Las sumas del servidor (numeric) se leen como las de SQLite: la huella del registro da lo mismo.
        en_el_servidor = cli("documento", "verificar", tmp_path / papel, db=url_pg_vacia)
        assert en_el_servidor.returncode == en_el_archivo[papel].returncode == 0, (papel, en_el_servidor.stdout)
        assert en_el_servidor.stdout.splitlines()[0] == en_el_archivo[papel].stdout.splitlines()[0]
