"""La clave del correo atada a su servidor, la bandeja que no se traba y el ancla en cada mensaje (issue 58, §4 y §2),
contra un servidor SMTP de verdad en 127.0.0.1 (aiosmtpd) y con la línea de órdenes como proceso real.

El ataque del issue: la cuenta se guarda en el programa (servidor legítimo, STARTTLS, usuario y clave); quien tiene el
archivo cambia la fila con sqlite3 (127.0.0.1, el puerto de su servidor, sin cifrar) y espera el próximo «correo
enviar»: antes, el servidor del atacante recibía AUTH PLAIN con la clave. Se prueba por los tres caminos que puede
tomar (con los triggers, sin ellos, y con la bitácora sellada de nuevo como la sella el programa): ninguno recibe la
clave."""

from contextlib import closing
import re
import sqlite3

import pytest

from correo.servidor_smtp import ServidorSMTP
from escritorio.datos.base_de_datos import BaseDeDatos
from escritorio.datos.bitacora import _huella
from escritorio.servicios.anclas import ANCLA_EN_TEXTO as _ANCLA

REMITENTE = "secretaria@redsur.ejemplo.org"
USUARIO, CLAVE = "secretaria", "clave-de-la-secretaria"
SESION = 4          # la LXII sesión ordinaria del Consejo de la demo: 17 integrantes, todos con correo institucional
INTEGRANTES = 17


@pytest.fixture
def base(copia_de_la_demo):
    return copia_de_la_demo


@pytest.fixture
def con_clave(entorno_cli):
    return dict(entorno_cli, ESCRITORIO_CLAVE_CORREO=CLAVE)


def _filas(base, sql, *valores):
    with closing(sqlite3.connect(base)) as conexion, conexion:
        return conexion.execute(sql, valores).fetchall()


def _estados(base) -> dict:
    return dict(_filas(base, "SELECT estado, count(*) FROM mensajes GROUP BY estado"))


def _cuenta_legitima(cli, base, con_clave):
    """Lo que hace la secretaría: la cuenta del proveedor, con STARTTLS, usuario y clave, guardada en el programa."""
    hecho = cli("correo", "cuenta", "--servidor", "mail.legit.example", "--puerto", 587, "--seguridad", "starttls",
                "--usuario", USUARIO, "--remitente", REMITENTE, db=base, entorno=con_clave)
    assert hecho.returncode == 0, hecho.stderr
    assert cli("correo", "recibo", 1, "--no-enviar", db=base).returncode == 0


def _al_servidor_del_atacante(base, puerto):
    """Con sqlite3, como en el issue: la cuenta apunta a otro servidor, sin cifrar."""
    with closing(sqlite3.connect(base)) as conexion, conexion:
        conexion.execute("UPDATE cuentas_correo SET servidor = '127.0.0.1', puerto = ?, seguridad = 'ninguna'",
                         [puerto])


def _sin_triggers_de_la_cuenta(base, puerto):
    """Lo mismo, con los triggers de la tabla quitados (nada en la bitácora) y vueltos a poner."""
    with closing(sqlite3.connect(base)) as conexion, conexion:
        triggers = conexion.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                    "AND tbl_name = 'cuentas_correo'").fetchall()
        for nombre, _ in triggers:
            conexion.execute(f'DROP TRIGGER "{nombre}"')
        conexion.execute("UPDATE cuentas_correo SET servidor = '127.0.0.1', puerto = ?, seguridad = 'ninguna', "
                         "clave_sin_cifrar = 1", [puerto])
        for _, sql in triggers:
            conexion.execute(sql)


def _resellado(base, puerto):
    """Con los triggers (el cambio queda en la bitácora, con la confirmación de «sin cifrar» puesta a mano) y un sello
    nuevo calculado como lo calcula el programa: la cadena queda coherente, sin incidente ni fila distinta de su
    registro. Solo la atadura, que sale de la clave, lo delata."""
    conexion = sqlite3.connect(base)
    conexion.execute("UPDATE cuentas_correo SET servidor = '127.0.0.1', puerto = ?, seguridad = 'ninguna', "
                     "clave_sin_cifrar = 1", [puerto])
    hasta_anterior, anterior = conexion.execute(
        "SELECT hasta_id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()
    hasta = conexion.execute("SELECT max(id) FROM bitacora").fetchone()[0]
    momento = "2026-11-26 10:00:00.000"
    huella, _ = _huella(BaseDeDatos(conexion), anterior, momento, "secretaria", None, hasta_anterior + 1, hasta)
    conexion.execute("INSERT INTO bitacora_sellos (momento, usuario, operador, desde_id, hasta_id, huella_anterior, "
                     "huella) VALUES (?, 'secretaria', NULL, ?, ?, ?, ?)",
                     [momento, hasta_anterior + 1, hasta, anterior, huella])
    conexion.commit()
    conexion.close()


@pytest.mark.parametrize("cambiar", [_al_servidor_del_atacante, _sin_triggers_de_la_cuenta, _resellado],
                         ids=["con_sqlite3", "sin_triggers", "resellada"])
def test_la_clave_no_va_al_servidor_de_quien_cambio_la_cuenta_con_sqlite3(cli, cli_proceso, base, con_clave,
                                                                         cambiar):
    _cuenta_legitima(cli, base, con_clave)
    with ServidorSMTP(usuario=(USUARIO, CLAVE)) as atacante:
        cambiar(base, atacante.puerto)
        hecho = cli_proceso("correo", "enviar", db=base, entorno=con_clave)
        probado = cli_proceso("correo", "probar", db=base, entorno=con_clave)
        assert atacante.autenticaciones == [] and atacante.recibidos == []
    assert hecho.returncode == 1, hecho.stdout + hecho.stderr
    assert "Enviados" not in hecho.stdout and "inesperado" not in hecho.stderr
    # Dice qué pasó y cómo se arregla.
    assert "127.0.0.1" in hecho.stderr and "guarde la cuenta de nuevo en Escritorio" in hecho.stderr, hecho.stderr
    assert probado.returncode == 1 and "guarde la cuenta de nuevo en Escritorio" in probado.stderr
    assert _estados(base) == {"pendiente": 1}


def test_la_cuenta_guardada_de_nuevo_en_el_programa_vuelve_a_enviar(cli, cli_proceso, base, con_clave):
    """El arreglo que dice el mensaje: revisar el servidor y guardar la cuenta en el programa, con su clave. Sin cifrar,
    además, hace falta confirmarlo: sin la confirmación no se guarda; con ella, la clave viaja y el mensaje sale."""
    _cuenta_legitima(cli, base, con_clave)
    with ServidorSMTP(usuario=(USUARIO, CLAVE)) as servidor:
        _al_servidor_del_atacante(base, servidor.puerto)
        assert cli_proceso("correo", "enviar", db=base, entorno=con_clave).returncode == 1
        assert servidor.autenticaciones == []
        opciones = ["correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", servidor.puerto, "--seguridad",
                    "ninguna", "--usuario", USUARIO, "--remitente", REMITENTE]
        sin_confirmar = cli(*opciones, db=base, entorno=con_clave)
        assert sin_confirmar.returncode == 1 and "--clave-sin-cifrar" not in sin_confirmar.stdout
        assert "sin cifrar" in sin_confirmar.stderr, sin_confirmar.stderr
        # El incidente de la fila cambiada por fuera se reconoce (verificar lo muestra hasta que alguien lo explica).
        ((incidente,),) = _filas(base, "SELECT id FROM incidentes WHERE reconocido_en IS NULL ORDER BY id DESC LIMIT 1")
        assert cli("verificar", "--reconocer", incidente, "--motivo", "La cuenta cambiada a mano, revisada",
                   db=base).returncode == 0
        assert cli(*opciones, "--clave-sin-cifrar", db=base, entorno=con_clave).returncode == 0
        otra_clave = cli_proceso("correo", "enviar", db=base, entorno=dict(con_clave, ESCRITORIO_CLAVE_CORREO="otra"))
        assert otra_clave.returncode == 1 and "la clave no es la guardada" in otra_clave.stderr
        assert servidor.autenticaciones == []
        hecho = cli_proceso("correo", "enviar", db=base, entorno=con_clave)
        assert hecho.returncode == 0, hecho.stderr
        assert servidor.autenticaciones == [(USUARIO, CLAVE)] and len(servidor.recibidos) == 1
    assert _estados(base) == {"enviado": 1}


def test_un_salto_de_linea_en_una_direccion_aparta_ese_mensaje_con_su_motivo_y_el_resto_sale(cli, cli_proceso, base):
    """Con sqlite3, un CR/LF en la dirección de un destinatario (y otro en el asunto de otro mensaje) de la bandeja:
    antes, cada «correo enviar» terminaba en «error inesperado» y no salía nada. Ahora esos dos quedan rechazados con
    su motivo (la bandeja lo dice) y los demás salen; el siguiente envío no se traba."""
    with ServidorSMTP() as servidor:
        assert cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", servidor.puerto, "--seguridad",
                   "ninguna", "--remitente", REMITENTE, db=base).returncode == 0
        assert cli("correo", "convocatoria", SESION, "--no-enviar", db=base).returncode == 0
        with closing(sqlite3.connect(base)) as conexion, conexion:
            conexion.execute("UPDATE destinatarios_mensaje SET direccion = direccion || char(13, 10) || "
                             "'Bcc: espia@fuera.example' WHERE mensaje_id = 1")
            conexion.execute("UPDATE mensajes SET asunto = asunto || char(13, 10) || 'Bcc: espia@fuera.example' "
                             "WHERE id = 2")
        hecho = cli_proceso("correo", "enviar", db=base)
        assert "inesperado" not in hecho.stderr, hecho.stderr
        assert hecho.returncode == 0, hecho.stdout + hecho.stderr
        assert f"Enviados: {INTEGRANTES - 2}." in hecho.stdout and "Rechazados por el servidor: 2" in hecho.stdout
        assert len(servidor.recibidos) == INTEGRANTES - 2
        assert all("espia@fuera.example" not in r.destinatarios and b"espia" not in r.contenido
                   for r in servidor.recibidos)
        de_nuevo = cli_proceso("correo", "enviar", db=base)
        assert de_nuevo.returncode == 0 and "Enviados: 0." in de_nuevo.stdout and "inesperado" not in de_nuevo.stderr
    assert _estados(base) == {"enviado": INTEGRANTES - 2, "rechazado": 2}
    bandeja = cli("correo", "bandeja", "--estado", "rechazado", db=base).stdout
    assert "saltos de línea" in bandeja and "no se puede armar" in bandeja, bandeja


def test_cada_mensaje_lleva_la_cabeza_de_la_bitacora_en_un_encabezado_y_al_pie(cli, cli_proceso, base):
    """El ancla fuera del archivo (issue 58 §2): el mensaje que llega nombra un sello real de la base con su huella
    entera, en X-Escritorio-Ancla y en la última línea del texto (y del HTML); la base anota cuál salió; y
    «verificar --ancla» reconoce esa línea."""
    with ServidorSMTP() as servidor:
        assert cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", servidor.puerto, "--seguridad",
                   "ninguna", "--remitente", REMITENTE, db=base).returncode == 0
        hecho = cli_proceso("correo", "recibo", 1, db=base)
        assert hecho.returncode == 0, hecho.stderr
        (recibido,) = servidor.recibidos
    mensaje = recibido.mensaje
    encabezado = re.fullmatch(r"(\d+) ([0-9a-f]{64})", str(mensaje["X-Escritorio-Ancla"]))
    assert encabezado, mensaje["X-Escritorio-Ancla"]
    sello, huella = int(encabezado[1]), encabezado[2]
    assert _filas(base, "SELECT huella FROM bitacora_sellos WHERE id = ?", sello) == [(huella,)]
    linea = f"Huella de la bitácora: sello {sello} · {huella}"
    texto = mensaje.get_body(("plain",)).get_content()
    assert texto.strip().splitlines()[-1] == linea
    assert _ANCLA.findall(texto) == [(str(sello), huella)]
    assert linea in mensaje.get_body(("html",)).get_content()
    assert _filas(base, "SELECT ancla FROM mensajes") == [(f"{sello} {huella}",)]
    assert linea in cli("correo", "bandeja", db=base).stdout   # cuál salió, también en la bandeja
    verificado = cli("verificar", "--ancla", linea, db=base)
    assert verificado.returncode == 0, verificado.stdout + verificado.stderr
    assert str(sello) in verificado.stdout
