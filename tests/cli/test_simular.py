"""El --simular de todas las órdenes (issue 66 §3, cli/simulacion.py): `escritorio … ORDEN … --simular` corre la orden
contra la base y deshace todo. Lo que dice la orden y su estado de salida son los de siempre; al final, «Simulación:
no se guardó nada.». La base queda byte a byte como estaba (nada guardado, la bitácora sin sellar), su testigo
también, y nada sale de la base: un archivo que la orden sabe escribir aparte se escribe en una carpeta que se borra
(la ruta pedida nunca aparece), cualquier otro se rechaza antes, como una conexión o abrir otro programa. Las órdenes
con su propio --simular lo conservan; las que trabajan fuera de la base no se simulan (estado 2). En el servidor
PostgreSQL: tests/servidor/test_simular_en_el_servidor.py."""

import hashlib
import json
import socket
from contextlib import closing
from types import SimpleNamespace

import pytest

from escritorio.cli.simulacion import CIERRE, NO_SE_SIMULAN, Simulacion, SimulacionDetenida


def _huella(ruta) -> str:
    return hashlib.sha256(ruta.read_bytes()).hexdigest()


def _como_esta(base) -> tuple:
    """La base y su testigo, byte a byte (después de cerrar la orden no queda diario: todo está en el archivo)."""
    testigo = base.with_name(base.name + ".testigo")
    assert not base.with_name(base.name + "-wal").exists()
    return _huella(base), testigo.read_bytes()


def _cuenta(base, tabla: str) -> int:
    import sqlite3

    with closing(sqlite3.connect(base)) as conexion:
        return conexion.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0]


@pytest.fixture
def red(cli, copia_de_la_demo):
    """La red de ejemplo como una base en uso (comprobada entera y sellada en su testigo: una copia recién hecha se
    comprueba con su primera escritura, también la de una simulación, y lo anota en el testigo), y el id de un miembro
    que integra el Consejo."""
    assert cli("verificar", "--archivo", db=copia_de_la_demo).returncode == 0
    hecho = cli("organos", "composicion", "Consejo", "--json", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    miembro = json.loads(hecho.stdout)["asientos"][0]["miembro_id"]
    return SimpleNamespace(base=copia_de_la_demo, miembro=miembro)


@pytest.mark.proceso
def test_una_orden_simulada_dice_lo_que_haria_y_no_deja_nada(cli, cli_proceso, red):
    antes, mandatos, sellos = _como_esta(red.base), _cuenta(red.base, "mandatos"), _cuenta(red.base, "bitacora_sellos")
    hecho = cli_proceso("organos", "designar", "Consejo", "--miembro", red.miembro, "--cargo", "suplente",
                        "--desde", "2030-01-01", "--simular", db=red.base)
    assert hecho.returncode == 0, hecho.stderr
    assert hecho.stdout.startswith(f"Mandato {mandatos + 1} registrado en Consejo: ")
    assert hecho.stdout.endswith(f"{CIERRE}\n") and hecho.stderr == ""
    assert _como_esta(red.base) == antes
    assert (_cuenta(red.base, "mandatos"), _cuenta(red.base, "bitacora_sellos")) == (mandatos, sellos)
    verificada = cli("verificar", db=red.base)   # la bitácora y el testigo, como los dejó la última escritura
    assert verificada.returncode == 0, verificada.stdout + verificada.stderr


def test_con_json_la_salida_sigue_siendo_json_y_el_cierre_va_aparte(cli, red):
    antes = _como_esta(red.base)
    hecho = cli("organos", "designar", "Consejo", "--miembro", red.miembro, "--cargo", "suplente", "--desde",
                "2030-01-01", "--json", "--simular", db=red.base)
    assert hecho.returncode == 0, hecho.stderr
    assert json.loads(hecho.stdout)["desde"] == "2030-01-01"
    assert hecho.stderr == f"{CIERRE}\n"
    assert _como_esta(red.base) == antes


def test_lo_que_la_orden_rechaza_se_dice_igual_y_sin_el_cierre(cli, red):
    antes = _como_esta(red.base)
    real = cli("organos", "designar", "Consejo", "--miembro", "999999", "--cargo", "titular", "--desde", "2030-01-01",
               db=red.base)
    simulada = cli("organos", "designar", "Consejo", "--miembro", "999999", "--cargo", "titular", "--desde",
                   "2030-01-01", "--simular", db=red.base)
    assert (simulada.returncode, simulada.stderr) == (real.returncode, real.stderr) == (1, real.stderr)
    assert "El miembro 999999 no pertenece a esta asociación." in simulada.stderr
    assert CIERRE not in simulada.stdout + simulada.stderr and "Traceback" not in simulada.stderr
    assert _como_esta(red.base) == antes


def test_varias_escrituras_de_una_orden_se_deshacen_todas(cli, red):
    """«sesiones convocar» con un punto y el cargo siguiente: cada escritura de los servicios es un SAVEPOINT de la
    simulación, y la orden ve lo que escribió antes (el número de la sesión nueva)."""
    antes, sesiones = _como_esta(red.base), _cuenta(red.base, "sesiones")
    hecho = cli("sesiones", "convocar", "Consejo", "--fecha", "2030-03-10", "--lugar", "Rosario", "--json",
                "--simular", db=red.base)
    assert hecho.returncode == 0, hecho.stderr
    assert json.loads(hecho.stdout)["id"] == sesiones + 1
    assert (_como_esta(red.base), _cuenta(red.base, "sesiones")) == (antes, sesiones)


def test_un_archivo_que_la_orden_sabe_escribir_aparte_nunca_aparece(cli, red, tmp_path):
    """«cuotas avisos» registra los avisos y escribe su PDF: simulada, lo escribe en una carpeta aparte que se borra y
    dice la ruta pedida; ni el PDF ni los avisos quedan. La ruta pedida se comprueba igual (ya existe: estado 1)."""
    antes, avisos = _como_esta(red.base), _cuenta(red.base, "avisos")
    pedido = tmp_path / "avisos.pdf"
    hecho = cli("cuotas", "avisos", pedido, "--simular", db=red.base)
    assert hecho.returncode == 0, hecho.stderr
    assert hecho.stdout.startswith("78 avisos de cobro en ") and f" en {pedido}.\n" in hecho.stdout
    assert hecho.stdout.endswith(f"Simulación: no se guardó nada (tampoco se escribió {pedido}).\n")
    assert "escritorio-simulacion-" not in hecho.stdout + hecho.stderr
    assert not pedido.exists() and list(tmp_path.glob("*.pdf")) == []
    assert (_como_esta(red.base), _cuenta(red.base, "avisos")) == (antes, avisos)
    pedido.write_bytes(b"de antes")
    existe = cli("cuotas", "avisos", pedido, "--simular", db=red.base)
    assert existe.returncode == 1 and f"Ya existe {pedido}" in existe.stderr and "--reemplazar" in existe.stderr
    assert pedido.read_bytes() == b"de antes"


def test_otro_archivo_se_rechaza_antes_de_escribirlo(cli, red, tmp_path):
    antes = _como_esta(red.base)
    pedido = tmp_path / "organigrama.pdf"
    hecho = cli("organos", "organigrama", pedido, "--simular", db=red.base)
    assert hecho.returncode == 1
    assert hecho.stderr.startswith(f"La simulación se detuvo antes de escribir el organigrama en {pedido}: con "
                                   "--simular no se escribe ningún archivo")
    assert "repita la orden sin --simular" in hecho.stderr
    assert list(tmp_path.iterdir()) == [] or not pedido.exists()
    assert _como_esta(red.base) == antes


@pytest.mark.parametrize("orden, nombre, clave", [
    (("respaldo", "crear"), "respaldo crear", ("respaldo",)), (("lote", "ordenes.txt"), "lote", ("lote",)),
    (("verificar",), "verificar", ("verificar",)),
    (("derechos", "limpiar"), "derechos limpiar", ("derechos", "limpiar")),
    (("correo", "probar"), "correo probar", ("correo", "probar"))])
def test_lo_que_trabaja_fuera_de_la_base_no_se_simula(cli, red, orden, nombre, clave):
    antes = _como_esta(red.base)
    hecho = cli(*orden, "--simular", db=red.base)
    assert hecho.returncode == 2, hecho.stdout + hecho.stderr
    assert hecho.stderr.startswith(f"«escritorio {nombre}» no se puede simular con --simular: {NO_SE_SIMULAN[clave]}. "
                                   "No se hizo nada.")
    assert _como_esta(red.base) == antes


def test_las_ordenes_con_su_propio_simular_lo_conservan(cli, red):
    antes = _como_esta(red.base)
    emitir = cli("cuotas", "emitir", "2027", "--simular", db=red.base)
    assert emitir.returncode == 0, emitir.stderr
    assert emitir.stdout.startswith("Simulación (no se emitió nada): ") and CIERRE not in emitir.stdout
    enviar = cli("correo", "enviar", "--simular", db=red.base)   # sin conectarse: qué saldría
    assert enviar.returncode == 0, enviar.stderr
    assert enviar.stdout.endswith("Simulación: saldrían 0 mensajes de la bandeja de salida; no se conectó con el "
                                  "servidor ni se envió nada.\n")
    assert _como_esta(red.base) == antes


def test_sin_base_no_se_crea_una_y_lo_demas_sigue_siendo_un_error_de_uso(cli, tmp_path, red):
    nueva = tmp_path / "nueva.db"
    hecho = cli("asociacion", "crear", "--nombre", "Red del Litoral", "--sigla", "RDL", "--simular", db=nueva)
    assert hecho.returncode == 1 and "con --simular no se crea una" in hecho.stderr
    assert not nueva.exists()
    otra = cli("agenda", "--simular", "--otra-cosa", db=red.base)
    assert otra.returncode == 2 and "argumentos no reconocidos: --simular --otra-cosa" in otra.stderr
    sin_orden = cli("--simular", db=red.base)
    assert sin_orden.returncode == 2 and "argumentos no reconocidos: --simular" in sin_orden.stderr


def test_dentro_de_una_simulacion_nada_sale_del_equipo(tmp_path, monkeypatch):
    """El gancho de auditoría de la simulación: una conexión, otro programa o un archivo fuera de la carpeta aparte (y
    de la temporal del sistema, aquí una carpeta de la prueba) se detienen antes de hacerse, aunque la orden no pase
    por las comprobaciones de salida.py."""
    import subprocess
    import sys
    import tempfile

    (tmp_path / "temporal").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temporal"))
    servidor = socket.socket()
    servidor.bind(("127.0.0.1", 0))
    servidor.listen()
    puerto = servidor.getsockname()[1]
    fuera = tmp_path / "fuera.txt"
    try:
        with Simulacion(SimpleNamespace()):
            with pytest.raises(SimulacionDetenida, match=f"antes de conectarse a 127.0.0.1:{puerto}: con --simular"):
                socket.create_connection(("127.0.0.1", puerto), timeout=2)
            with pytest.raises(SimulacionDetenida, match="antes de abrir otro programa"):
                subprocess.run([sys.executable, "-c", "pass"], check=False)
            with pytest.raises(SimulacionDetenida, match="antes de escribir un archivo en .*fuera.txt"):
                fuera.write_text("no")
            fuera.parent.joinpath("leido.txt").exists()   # mirar y leer, sí
            with tempfile.TemporaryFile() as temporal:    # lo temporal de las bibliotecas, también
                temporal.write(b"se borra solo")
    finally:
        servidor.close()
    assert not fuera.exists()
    fuera.write_text("sí")   # terminada la simulación, todo vuelve a ser como siempre
    assert fuera.read_text() == "sí"
