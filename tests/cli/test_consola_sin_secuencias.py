"""Issue 58, punto 6: un argumento con secuencias de la terminal (ESC, OSC que cambia el título, BEL) no vuelve a la
terminal en el mensaje de error. Cada prueba corre la CLI como proceso real y mira los bytes de stderr y stdout."""

from contextlib import closing
import sqlite3

import pytest

from ayudas import sin_traza

# OSC 0 (cambia el título de la ventana de la terminal) terminado en BEL, y CSI que pinta de rojo.
OSC = "\x1b]0;PWNED\x07"
CSI = "\x1b[31m"


def _sin_secuencias(resultado) -> None:
    sin_traza(resultado)
    for flujo in (resultado.stderr, resultado.stdout):
        assert "\x1b" not in flujo and "\x07" not in flujo, repr(flujo[:400])


def _copias_en_la_bandeja(base) -> int:
    with closing(sqlite3.connect(base)) as conexion, conexion:
        return conexion.execute("SELECT count(*) FROM destinatarios_mensaje").fetchone()[0]


@pytest.mark.parametrize("copia", [OSC, f"a{OSC}@x.org", f"{CSI}secretaria@x.org", f"secretaria@x.org{CSI}"])
def test_copia_con_secuencias_se_rechaza_sin_devolverlas(cli, copia_de_la_demo, copia):
    """Sin @, el mensaje citaba la dirección tal cual; con @, se aceptaba y la secuencia iba a la cabecera Cc y a
    lo que muestra --simular."""
    antes = _copias_en_la_bandeja(copia_de_la_demo)
    resultado = cli("correo", "convocatoria", "1", "--no-enviar", "--copia", copia, db=copia_de_la_demo,
                    proceso_real=True)
    _sin_secuencias(resultado)
    assert resultado.returncode == 1, resultado.stdout[:400]
    assert resultado.stderr.startswith("Copia «"), resultado.stderr
    if "@" in copia:
        assert "carácter de control invisible (U+001B" in resultado.stderr
    assert _copias_en_la_bandeja(copia_de_la_demo) == antes


@pytest.mark.parametrize("argumentos", [
    lambda ruta: ("--db", f"/no-existe{OSC}/red.db", "miembros", "listar"),
    lambda ruta: ("--db", str(ruta), "miembros", "exportar", f"/no-existe{OSC}/padron.xlsx"),
])
def test_una_ruta_con_secuencias_se_cita_sin_ellas(cli, copia_de_la_demo, argumentos):
    """Un mensaje que cita una ruta sin `entrada.muestra` pasa igual por la CLI sin secuencias (la red de la CLI)."""
    resultado = cli(*argumentos(copia_de_la_demo), proceso_real=True)
    _sin_secuencias(resultado)
    assert resultado.returncode == 1
    assert "/no-existe�]0;PWNED�" in resultado.stderr


def _en_una_terminal(argumentos: list[str], entorno: dict, carpeta) -> tuple[int, bytes]:
    """(estado, lo que vio la terminal) de la CLI con su salida y sus errores en una pseudoterminal."""
    import os
    import pty
    import subprocess
    import sys

    maestro, esclavo = pty.openpty()
    proceso = subprocess.Popen([sys.executable, "-m", "escritorio", *argumentos], cwd=carpeta, env=entorno,
                               stdin=subprocess.DEVNULL, stdout=esclavo, stderr=esclavo)
    os.close(esclavo)
    visto = b""
    while True:
        try:
            datos = os.read(maestro, 65536)
        except OSError:   # EIO: el proceso cerró la terminal
            break
        if not datos:
            break
        visto += datos
    os.close(maestro)
    return proceso.wait(timeout=120), visto


def test_en_una_terminal_la_salida_normal_tampoco_devuelve_secuencias(copia_de_la_demo, entorno_cli, tmp_path):
    """«Acta guardada en RUTA» cita la ruta pedida (una carpeta cuyo nombre lleva la secuencia): en una terminal,
    sin ESC ni BEL; el archivo se escribe donde se pidió. (A un archivo o a otro programa la salida va byte a byte.)"""
    with closing(sqlite3.connect(copia_de_la_demo)) as conexion, conexion:
        [(sesion,)] = conexion.execute("SELECT sesion_id FROM actas WHERE estado = 'borrador' LIMIT 1").fetchall()
    carpeta = tmp_path / f"actas{OSC}"
    carpeta.mkdir()
    estado, visto = _en_una_terminal(["--db", str(copia_de_la_demo), "sesiones", "acta", str(sesion),
                                      str(carpeta / "borrador.pdf")], entorno_cli, tmp_path)
    assert estado == 0, visto
    assert b"\x1b" not in visto and b"\x07" not in visto, visto
    assert "Acta guardada en".encode() in visto and "actas�]0;PWNED�/borrador.pdf".encode() in visto
    assert (carpeta / "borrador.pdf").is_file()
