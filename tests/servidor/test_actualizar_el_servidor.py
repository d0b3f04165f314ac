"""Una base del servidor hecha con una versión anterior de Escritorio: el programa no la abre (lo dice y no toca
nada) y «escritorio servidor actualizar» la pone al día en una base nueva, con las mismas migraciones que cualquier
archivo y la prueba de «subir». Contra un PostgreSQL de verdad, con la red de ejemplo llevada a la versión anterior.
"""

import psycopg
import pytest

from escritorio.errores import ErrorBaseDeDatos
from escritorio.servicios.base import abrir_base

ULTIMA = "0058_datos_personales"
TABLAS_DE_LA_ULTIMA = ("supresiones", "oposiciones_correo", "datos_de_persona", "solicitudes_de_datos", "personas",
                       "politica_de_datos", "tratamientos")


def _volver_a_la_version_anterior(url: str) -> None:
    """La base como la habría dejado la versión de Escritorio anterior a la última migración que crea tablas (la 0058:
    sin el registro de las personas ni sus solicitudes). Es la última de verdad: una base con un hueco en el medio
    (sin una migración vieja pero con las nuevas) no existe, y su actualización perdería lo de las posteriores; y una
    base de antes de la 0057 no tendría sus registros de la bitácora con los valores personales aparte, que esta sí
    tiene (la migración 0057 sobre una base vieja de verdad la prueban tests/datos/test_migracion_valores_personales.py
    y la subida de un archivo migrado, tests/servidor/test_traslado.py)."""
    with psycopg.connect(url, autocommit=True) as conexion:
        for tabla in TABLAS_DE_LA_ULTIMA:
            conexion.execute(f"DROP TABLE {tabla} CASCADE")
        # Y sin las que vinieron después (las que no cambian tablas, como la 0034 de las estadísticas de SQLite).
        conexion.execute("DELETE FROM escritorio_migraciones WHERE nombre >= %s", [ULTIMA])


@pytest.fixture
def base_nueva(servidor_pg, request) -> str:
    nombre = f"al_dia_{request.node.name[5:25].lower()}"   # una por prueba: el servidor es de toda la corrida
    with psycopg.connect(servidor_pg.url(), autocommit=True) as conexion:
        conexion.execute(f'CREATE DATABASE "{nombre}"')
    return servidor_pg.url(nombre)


def _contar(url: str, tabla: str) -> int:
    with psycopg.connect(url) as conexion:
        return conexion.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0]


def test_la_base_de_la_version_anterior_se_pone_al_dia_en_una_nueva_sin_tocar_la_vieja(
        demo_en_el_servidor, base_nueva, cli):
    vieja = demo_en_el_servidor
    _volver_a_la_version_anterior(vieja)
    with pytest.raises(ErrorBaseDeDatos, match="versión anterior de Escritorio") as rechazo:
        abrir_base(vieja)
    assert "escritorio servidor actualizar" in rechazo.value.mensaje and ULTIMA in rechazo.value.mensaje
    miembros, sellos = _contar(vieja, "miembros"), _contar(vieja, "bitacora_sellos")

    hecho = cli("servidor", "actualizar", vieja, base_nueva)
    assert hecho.returncode == 0, hecho.stderr
    assert "puesta al día" in hecho.stdout and "la bitácora verifica" in hecho.stdout
    assert "clave-de-pruebas" not in hecho.stdout + hecho.stderr

    db = abrir_base(base_nueva)  # la nueva abre: está al día
    try:
        assert db.execute("SELECT count(*) FROM miembros").fetchone()[0] == miembros
        # Las tablas nuevas, vacías: nadie registró todavía a una persona ni una solicitud.
        assert db.execute("SELECT count(*) FROM personas").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM solicitudes_de_datos").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM bitacora_sellos").fetchone()[0] >= sellos
    finally:
        db.close()
    verificada = cli("verificar", db=base_nueva)
    assert verificada.returncode == 0, verificada.stdout + verificada.stderr

    # La vieja quedó como estaba (sin la tabla nueva ni la migración): nada se tocó.
    with psycopg.connect(vieja) as conexion:
        assert conexion.execute("SELECT count(*) FROM escritorio_migraciones WHERE nombre = %s",
                                [ULTIMA]).fetchone()[0] == 0
        assert conexion.execute("SELECT count(*) FROM information_schema.tables "
                                "WHERE table_name = 'personas'").fetchone()[0] == 0
    assert _contar(vieja, "miembros") == miembros

    otra_vez = cli("servidor", "actualizar", vieja, base_nueva)  # la nueva ya tiene datos: no se pisa
    assert otra_vez.returncode != 0 and "no está vacía" in otra_vez.stderr and "Traceback" not in otra_vez.stderr
    al_dia = cli("servidor", "actualizar", base_nueva, vieja)
    assert al_dia.returncode != 0 and "ya está al día" in al_dia.stderr


def test_una_base_con_una_migracion_salteada_no_se_actualiza_ni_se_toca(demo_en_el_servidor, base_nueva, cli):
    """Sin una migración vieja pero con las posteriores (ninguna versión deja una base así): ponerla al día pasaría
    por un archivo de antes de la que falta y perdería las columnas de las posteriores. Se rechaza sin tocar nada."""
    vieja = demo_en_el_servidor
    with psycopg.connect(vieja, autocommit=True) as conexion:
        conexion.execute("DELETE FROM escritorio_migraciones WHERE nombre = '0015_idioma_de_los_documentos'")
    hecho = cli("servidor", "actualizar", vieja, base_nueva)
    assert hecho.returncode == 1, hecho.stdout + hecho.stderr
    assert "no tiene la migración 0015_idioma_de_los_documentos pero sí otras posteriores" in hecho.stderr
    assert "Traceback" not in hecho.stderr
    assert _contar(base_nueva, "information_schema.tables WHERE table_schema = 'public'") == 0
