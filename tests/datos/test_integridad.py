"""Cuándo se recorre la base entera (datos/integridad.py, datos/comprobacion_diferida.py): solo si el archivo cambió
desde la última comprobación que pasó, si esa comprobación tiene más de una semana o si alguien vio daño; y entonces
antes de la primera escritura (una consulta no la espera ni sella la base), o antes de abrirla si alguien ya vio daño
en ella."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from escritorio.datos import integridad, testigo
from escritorio.datos.apertura import abrir
from escritorio.errores import ErrorBaseDanada


def _paginas_de(ruta, tabla: str) -> list[int]:
    conn = sqlite3.connect(ruta)
    try:
        return [f[0] for f in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", [tabla])]
    except sqlite3.OperationalError:
        pytest.skip("este SQLite no tiene la tabla virtual dbstat")
    finally:
        conn.close()


def _danar_en_el_lugar(ruta, tabla: str = "bitacora", *, conservar_fecha: bool) -> None:
    """Pisa las hojas de `tabla` (la bitácora: «asociacion listar» no la lee) sin cambiar el tamaño ni el nodo;
    con `conservar_fecha`, tampoco la fecha de modificación (como un sector del disco que se estropea)."""
    paginas = _paginas_de(ruta, tabla)
    tamano = int.from_bytes(ruta.read_bytes()[16:18], "big")
    antes = os.stat(ruta)
    with open(ruta, "r+b") as archivo:
        for pagina in paginas:
            archivo.seek((pagina - 1) * tamano + 8)
            archivo.write(b"\xff" * 200)
    if conservar_fecha:
        os.utime(ruta, ns=(antes.st_atime_ns, antes.st_mtime_ns))


def _base_sellada(copia_de_la_demo, ejecutar):
    """La demo después de una orden de la línea de órdenes que escribió (y antes la comprobó entera) y la cerró. Las
    pruebas que miran lo que viene después la corren en este proceso (`cli`); lo que prueban, como procesos reales."""
    hecho = ejecutar("asociacion", "crear", "--nombre", "Red del sello", "--sigla", "RDS", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    assert integridad.sello_vigente(copia_de_la_demo)
    return copia_de_la_demo


def _escribir(ruta, cli_proceso):
    return cli_proceso("asociacion", "crear", "--nombre", "Red que no se guarda", "--sigla", "RNG", db=ruta)


def _fechar_sello(ruta, dias_atras: int) -> None:
    datos = json.loads(testigo.ruta_testigo(ruta).read_text(encoding="utf-8"))
    datos["comprobada"]["en"] = (datetime.now() - timedelta(days=dias_atras)).isoformat(timespec="seconds")
    testigo.ruta_testigo(ruta).write_text(json.dumps(datos), encoding="utf-8")


def test_una_consulta_no_recorre_ni_sella_una_base_sin_sello(copia_de_la_demo, cli_proceso):
    hecho = cli_proceso("asociacion", "listar", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    assert not integridad.sello_vigente(copia_de_la_demo), "no la recorrió: no puede decir que está sana"


def test_la_primera_orden_que_escribe_comprueba_y_sella_la_base(copia_de_la_demo, cli_proceso):
    ruta = _base_sellada(copia_de_la_demo, cli_proceso)   # aquí la orden que sella es lo que se prueba: un proceso

    sello = testigo.leer(ruta).comprobada
    assert sello["archivo"] == integridad.estado_del_archivo(ruta)
    assert datetime.now() - datetime.fromisoformat(sello["en"]) < timedelta(minutes=5)


def test_con_el_sello_vigente_la_orden_no_recorre_la_base_pero_la_ventana_si(copia_de_la_demo, cli, cli_proceso):
    ruta = _base_sellada(copia_de_la_demo, cli)
    _danar_en_el_lugar(ruta, conservar_fecha=True)

    # El límite conocido: un daño que no cambia el archivo por fuera no se ve hasta la próxima comprobación.
    hecho = cli_proceso("asociacion", "listar", db=ruta)
    assert hecho.returncode == 0, hecho.stderr
    # La ventana la comprueba entera al abrirla.
    with pytest.raises(ErrorBaseDanada):
        abrir(ruta, comprobacion_completa=True)
    # Quien vio el daño borró el sello: la próxima orden ya no confía en él y la recorre entera.
    assert not integridad.sello_vigente(ruta)
    hecho = cli_proceso("asociacion", "listar", db=ruta)
    assert hecho.returncode == 1 and "dañad" in hecho.stderr


def test_un_archivo_cambiado_por_fuera_se_comprueba_entero_antes_de_escribir(copia_de_la_demo, cli, cli_proceso):
    ruta = _base_sellada(copia_de_la_demo, cli)
    _danar_en_el_lugar(ruta, conservar_fecha=False)
    antes = ruta.read_bytes()

    consulta = cli_proceso("asociacion", "listar", db=ruta)   # no lee la bitácora dañada: no espera la comprobación
    assert consulta.returncode == 0, consulta.stderr
    assert not integridad.sello_vigente(ruta), "la consulta no la recorrió: no la sella"

    hecho = _escribir(ruta, cli_proceso)

    assert hecho.returncode == 1
    assert "dañad" in hecho.stderr and "respaldo recuperar" in hecho.stderr
    assert ruta.read_bytes() == antes
    assert not integridad.sello_vigente(ruta)
    assert integridad.dano_visto(ruta)
    # Quien vio el daño lo dejó anotado: la próxima orden, aunque solo consulte, la recorre antes de abrirla.
    consulta = cli_proceso("asociacion", "listar", db=ruta)
    assert consulta.returncode == 1 and "dañad" in consulta.stderr


def test_un_sello_de_mas_de_una_semana_no_alcanza(copia_de_la_demo, cli, cli_proceso):
    ruta = _base_sellada(copia_de_la_demo, cli)
    _danar_en_el_lugar(ruta, conservar_fecha=True)
    _fechar_sello(ruta, dias_atras=8)

    hecho = _escribir(ruta, cli_proceso)

    assert hecho.returncode == 1
    assert "dañad" in hecho.stderr


def test_una_orden_que_escribe_deja_la_base_sellada_sin_alargar_la_vigencia(copia_de_la_demo, cli, cli_proceso):
    ruta = _base_sellada(copia_de_la_demo, cli)
    _fechar_sello(ruta, dias_atras=3)
    cuando = testigo.leer(ruta).comprobada["en"]
    tamano_antes = ruta.stat().st_size

    hecho = cli_proceso("asociacion", "crear", "--nombre", "Red de Prueba del Sello", "--sigla", "RPS", db=ruta)
    assert hecho.returncode == 0, hecho.stderr

    assert integridad.sello_vigente(ruta), "tras escribir y cerrar en orden, la próxima orden no recorre la base"
    assert testigo.leer(ruta).comprobada["en"] == cuando
    assert "RPS" in cli_proceso("asociacion", "listar", db=ruta).stdout
    assert ruta.stat().st_size >= tamano_antes


def test_un_proceso_cortado_despues_de_escribir_no_sella(copia_de_la_demo, cli, entorno_cli):
    ruta = _base_sellada(copia_de_la_demo, cli)
    programa = ("import os, sys\n"
                "from escritorio.datos.apertura import abrir\n"
                "from escritorio.datos.conexion import transaccion\n"
                "db = abrir(sys.argv[1])\n"
                "with transaccion(db):\n"
                "    db.execute(\"UPDATE asociaciones SET nombre = nombre || ' (cortado)'\")\n"
                "os._exit(0)  # sin cerrar: como un corte de luz después de guardar\n")
    hecho = subprocess.run([sys.executable, "-c", programa, str(ruta)], env=entorno_cli, capture_output=True,
                           text=True, timeout=120)
    assert hecho.returncode == 0, hecho.stderr

    assert not integridad.sello_vigente(ruta)


def test_una_copia_de_la_base_no_hereda_el_sello(copia_de_la_demo, cli, tmp_path):
    ruta = _base_sellada(copia_de_la_demo, cli)
    otra = tmp_path / "otra.db"
    shutil.copy(ruta, otra)
    shutil.copy(testigo.ruta_testigo(ruta), testigo.ruta_testigo(otra))

    assert not integridad.sello_vigente(otra)  # otro nodo: se comprueba entera la primera vez


def test_un_respaldo_a_pedido_comprueba_la_base_por_su_copia(copia_de_la_demo, cli, cli_proceso):
    ruta = _base_sellada(copia_de_la_demo, cli)
    _fechar_sello(ruta, dias_atras=6)

    hecho = cli_proceso("respaldo", "crear", db=ruta)
    assert hecho.returncode == 0, hecho.stderr

    sello = testigo.leer(ruta).comprobada
    assert datetime.now() - datetime.fromisoformat(sello["en"]) < timedelta(minutes=5), "la vigencia vuelve a contar"


def test_un_respaldo_a_pedido_de_una_base_danada_no_deja_una_copia_danada(copia_de_la_demo, cli, cli_proceso):
    ruta = _base_sellada(copia_de_la_demo, cli)
    _danar_en_el_lugar(ruta, conservar_fecha=True)  # el sello sigue vigente: la orden abre sin recorrerla
    carpeta = ruta.parent / "respaldos"
    antes = sorted(carpeta.glob("*.db")) if carpeta.exists() else []

    hecho = cli_proceso("respaldo", "crear", db=ruta)

    assert hecho.returncode == 1
    assert "dañada" in hecho.stderr and "no se guardó" in hecho.stderr
    assert (sorted(carpeta.glob("*.db")) if carpeta.exists() else []) == antes
    assert not integridad.sello_vigente(ruta)
