"""«escritorio lote ARCHIVO» (o «-»): muchas órdenes en un proceso, cada una como si se la escribiera sola (issue 63,
§4). Como proceso real: lo que ve quien escribe un guion (la salida, los mensajes, el estado de salida, lo guardado)."""

import json
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.proceso  # lanza otro programa


def _lote(tmp_path, texto: str, *antes: str, despues: tuple = (), entrada: str | None = None, entorno=None):
    archivo = tmp_path / "ordenes.txt"
    archivo.write_text(texto, encoding="utf-8")
    origen = "-" if entrada is not None else str(archivo)
    return subprocess.run([sys.executable, "-m", "escritorio", *antes, "lote", *despues, origen], cwd=tmp_path,
                          env=entorno, input=entrada, capture_output=True, text=True, encoding="utf-8", timeout=300)


def _sola(tmp_path, *argumentos, entorno=None):
    return subprocess.run([sys.executable, "-m", "escritorio", *argumentos], cwd=tmp_path, env=entorno,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def _sede(cli, db) -> str:
    return json.loads(cli("asociacion", "listar", "--json", db=db).stdout)[0]["sede"]


def test_cada_orden_del_lote_hace_y_dice_lo_mismo_que_sola(tmp_path, demo_como, entorno_cli, cli):
    sola, en_lote = demo_como("sola.db"), demo_como("lote.db")
    ordenes = [["organos", "listar"], ["asociacion", "editar", "--sede", "Ciudad del Este"],
               ["miembros", "listar", "--json"], ["buscar", "sao paulo", "--limite", "2"]]
    esperado = "".join(_sola(tmp_path, "--db", str(sola), *o, entorno=entorno_cli).stdout for o in ordenes)
    texto = ("# comentarios y líneas en blanco no cuentan\n\n"
             "organos listar\n"
             "escritorio asociacion editar --sede 'Ciudad del Este'\n"   # «escritorio» delante se ignora
             "   # también con espacios antes\n"
             "miembros listar --json\n"
             'buscar "sao paulo" --limite 2\n')
    hecho = _lote(tmp_path, texto, "--db", str(en_lote), entorno=entorno_cli)
    assert hecho.returncode == 0, hecho.stderr
    assert hecho.stdout == esperado
    assert "Traceback" not in hecho.stderr
    assert _sede(cli, en_lote) == "Ciudad del Este"   # se guardó: leído de nuevo, en otro proceso


def test_se_detiene_en_la_primera_que_falla_y_termina_con_su_estado(tmp_path, copia_de_la_demo, entorno_cli, cli):
    texto = ("asociacion editar --sede Rosario\n"
             "miembros listar --asociacion NOEXISTE\n"    # estado 1: dato que no está
             "asociacion editar --sede Salto\n")
    hecho = _lote(tmp_path, texto, "--db", str(copia_de_la_demo), entorno=entorno_cli)
    assert hecho.returncode == 1
    assert "No hay ninguna asociación con la sigla «NOEXISTE»" in hecho.stderr   # el mensaje de la orden, como sola
    assert "Lote, línea 2: «miembros listar --asociacion NOEXISTE» terminó con el estado 1." in hecho.stderr
    assert "las siguientes no se corrieron" in hecho.stderr and "--seguir" in hecho.stderr
    assert _sede(cli, copia_de_la_demo) == "Rosario"   # la primera quedó hecha; la tercera no corrió


def test_con_seguir_corre_todas_y_el_estado_es_el_de_la_primera_que_fallo(tmp_path, copia_de_la_demo, entorno_cli,
                                                                         cli):
    texto = ("organos volar\n"                            # estado 2: error de uso
             "asociacion editar --sede Rosario\n"
             "miembros listar --asociacion NOEXISTE\n"    # estado 1
             "asociacion editar --sede 'Salto del Guairá'\n")
    hecho = _lote(tmp_path, texto, "--db", str(copia_de_la_demo), despues=("--seguir",), entorno=entorno_cli)
    assert hecho.returncode == 2
    assert "Lote, línea 1: «organos volar» terminó con el estado 2." in hecho.stderr
    assert "Lote, línea 3:" in hecho.stderr
    assert "Lote: fallaron 2 de 4 órdenes (líneas 1, 3); el estado de salida es el de la primera." in hecho.stderr
    assert _sede(cli, copia_de_la_demo) == "Salto del Guairá"


def test_las_opciones_generales_del_lote_valen_para_cada_linea_y_las_de_la_linea_mandan(tmp_path, demo_como,
                                                                                       entorno_cli, cli):
    una, otra = demo_como("una.db"), demo_como("otra.db")
    texto = ("asociacion editar --sede Rosario\n"
             f"--db '{otra}' asociacion editar --sede Salto\n")
    hecho = _lote(tmp_path, texto, "--db", str(una), "--operador", "Ana Pérez", entorno=entorno_cli)
    assert hecho.returncode == 0, hecho.stderr
    assert (_sede(cli, una), _sede(cli, otra)) == ("Rosario", "Salto")
    for base in (una, otra):   # el operador del lote quedó en la bitácora de cada orden
        bitacora = cli("bitacora", "listar", db=base)
        assert bitacora.returncode == 0, bitacora.stderr
        assert "Ana Pérez" in bitacora.stdout


def test_lineas_que_no_son_ordenes(tmp_path, copia_de_la_demo, entorno_cli):
    for texto, mensaje in [("lote otro.txt\n", "Una línea de un lote no puede ser otro «lote»"),
                           ("--db otra.db\n", "Falta la orden: la línea tiene solo opciones generales"),
                           ('buscar "sin cerrar\n', "Lote, línea 1: una comilla quedó sin cerrar")]:
        hecho = _lote(tmp_path, texto, "--db", str(copia_de_la_demo), entorno=entorno_cli)
        assert hecho.returncode == 2, texto
        assert mensaje in hecho.stderr and "Lote, línea 1:" in hecho.stderr
        assert "Traceback" not in hecho.stderr
    ayuda = _lote(tmp_path, "miembros listar --help\n", "--db", str(copia_de_la_demo), entorno=entorno_cli)
    assert ayuda.returncode == 0 and ayuda.stdout.startswith("uso: escritorio miembros listar")


def test_un_archivo_que_no_esta_o_no_es_texto_no_corre_nada(tmp_path, copia_de_la_demo, entorno_cli, cli):
    falta = _sola(tmp_path, "--db", str(copia_de_la_demo), "lote", "no-esta.txt", entorno=entorno_cli)
    assert falta.returncode == 1
    assert "No existe el archivo de órdenes no-esta.txt. No se corrió ninguna orden." in falta.stderr
    binario = tmp_path / "binario.txt"
    binario.write_bytes("asociacion editar --sede Rosario\n".encode() + b"\xff\xfe\n")
    hecho = _sola(tmp_path, "--db", str(copia_de_la_demo), "lote", str(binario), entorno=entorno_cli)
    assert hecho.returncode == 1
    assert "no es texto UTF-8 (línea 2). No se corrió ninguna orden." in hecho.stderr
    assert _sede(cli, copia_de_la_demo) != "Rosario"   # tampoco la primera línea, que sí era texto


def test_desde_la_entrada_estandar(tmp_path, copia_de_la_demo, entorno_cli, cli):
    hecho = _lote(tmp_path, "", "--db", str(copia_de_la_demo), entrada="\ufeffasociacion editar --sede Rosario\r\n"
                  "organos listar\n", entorno=entorno_cli)
    assert hecho.returncode == 0, hecho.stderr
    assert "Secretaría Ejecutiva" in hecho.stdout
    assert _sede(cli, copia_de_la_demo) == "Rosario"


def _danar(ruta) -> None:
    """Pisa 200 bytes dentro de cada página del tercio central: la cabecera queda intacta (como
    tests/datos/test_conexion.py)."""
    datos = bytearray(ruta.read_bytes())
    tamano_pagina = int.from_bytes(datos[16:18], "big")
    paginas = len(datos) // tamano_pagina
    for pagina in range(paginas // 3, 2 * paginas // 3):
        inicio = pagina * tamano_pagina + 100
        datos[inicio:inicio + 200] = b"\xff" * 200
    ruta.write_bytes(bytes(datos))


def test_una_base_danada_a_mitad_del_lote_se_rechaza_como_sola(tmp_path, copia_de_la_demo, entorno_cli):
    """Cada orden abre la base con todas sus comprobaciones, como si fuera la primera: si el archivo se daña entre
    dos líneas (otro programa, un disco que falla), la siguiente escritura se niega con el mensaje de siempre, y el
    archivo dañado no se toca."""
    import hashlib

    proceso = subprocess.Popen([sys.executable, "-m", "escritorio", "--db", str(copia_de_la_demo), "lote", "-"],
                               cwd=tmp_path, env=entorno_cli, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        proceso.stdin.write("asociacion editar --sede Rosario\n")
        proceso.stdin.flush()
        assert "Asociación RCS cambiada" in proceso.stdout.readline()   # la primera corrió y su salida ya llegó
        time.sleep(1.1)   # otra hora de modificación que la que dejó la orden (sistemas con segundos enteros)
        _danar(copia_de_la_demo)
        huella = hashlib.sha256(copia_de_la_demo.read_bytes()).hexdigest()
        salida, errores = proceso.communicate("asociacion editar --sede Salto\norganos listar\n", timeout=300)
    finally:
        if proceso.poll() is None:
            proceso.kill()
    assert proceso.returncode == 1
    assert "dañad" in errores and "respaldo recuperar" in errores
    assert "Lote, línea 2: «asociacion editar --sede Salto» terminó con el estado 1." in errores
    assert "Secretaría Ejecutiva" not in salida   # la tercera no corrió
    assert "Traceback" not in errores
    assert hashlib.sha256(copia_de_la_demo.read_bytes()).hexdigest() == huella
