"""«escritorio voto servir» como lo usa la secretaría: rechaza una dirección que no es de la red de la oficina en esta
máquina (sin arrancar nada), y con una buena arranca, dice la dirección y la huella del certificado que sirve, y se
detiene con Ctrl+C con estado 0."""

import re
import signal
import socket
import ssl
import subprocess
import sys

import pytest

from escritorio.servidor_de_voto.certificado import huella_de_der


@pytest.mark.parametrize("direccion", ["0.0.0.0", "8.8.8.8", "192.168.254.253"])
def test_una_direccion_ajena_o_de_todas_las_redes_no_arranca_nada(cli, copia_de_la_demo, direccion):
    convocada = cli("sesiones", "convocar", "2", "--fecha", "2026-12-10", "--lugar", "Montevideo", db=copia_de_la_demo)
    assert convocada.returncode == 0, convocada.stderr
    sesion = re.search(r"Sesión (\d+) convocada", convocada.stdout).group(1)
    hecho = cli("voto", "servir", "--sesion", sesion, "--direccion", direccion, db=copia_de_la_demo)
    assert hecho.returncode == 1 and "127.0.0.1" in hecho.stderr and "https://" not in hecho.stdout


def test_una_sesion_celebrada_no_se_sirve(cli, copia_de_la_demo):
    hecho = cli("voto", "servir", "--sesion", "4", "--direccion", "127.0.0.1", db=copia_de_la_demo)
    assert hecho.returncode == 1 and "ya se celebró" in hecho.stderr


@pytest.mark.proceso
def test_arranca_dice_la_url_y_la_huella_servida_y_se_detiene_con_ctrl_c(cli, copia_de_la_demo, entorno_cli, tmp_path):
    convocada = cli("sesiones", "convocar", "2", "--fecha", "2026-12-10", "--lugar", "Montevideo", db=copia_de_la_demo)
    sesion = re.search(r"Sesión (\d+) convocada", convocada.stdout).group(1)
    with socket.socket() as libre:
        libre.bind(("127.0.0.1", 0))
        puerto = libre.getsockname()[1]
    proceso = subprocess.Popen(
        [sys.executable, "-m", "escritorio", "--db", str(copia_de_la_demo), "voto", "servir", "--sesion", sesion,
         "--direccion", "127.0.0.1", "--puerto", str(puerto)],
        cwd=tmp_path, env=entorno_cli, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        url = proceso.stdout.readline()
        huella = proceso.stdout.readline()
        assert f"https://127.0.0.1:{puerto}/" in url, (url, proceso.stderr.read() if proceso.poll() else "")
        contexto = ssl.create_default_context()
        contexto.check_hostname, contexto.verify_mode = False, ssl.CERT_NONE   # la huella es lo que se compara
        with socket.create_connection(("127.0.0.1", puerto), timeout=10) as crudo:
            with contexto.wrap_socket(crudo) as cifrado:
                servido = cifrado.getpeercert(binary_form=True)
                cifrado.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                respuesta = b""
                while trozo := cifrado.recv(65536):
                    respuesta += trozo
        assert huella.strip().endswith(huella_de_der(servido))
        assert respuesta.startswith(b"HTTP/1.1 200") and "Ingrese su código".encode() in respuesta
    finally:
        proceso.send_signal(signal.SIGINT)
        salida, errores = proceso.communicate(timeout=30)
    assert proceso.returncode == 0, errores
    assert "detenido" in errores
    with pytest.raises(OSError):   # ya no escucha
        socket.create_connection(("127.0.0.1", puerto), timeout=2).close()
