"""La primera escritura en una base grande recién copiada, restaurada o movida (datos/comprobacion_previa.py): la
orden no espera la comprobación completa; antes de guardar comprueba lo que la escritura toca (la cabecera, el
tamaño, la lista de páginas libres y, al leerlas, las páginas del camino), guarda, dice que la completa sigue
pendiente y cómo hacerla; «escritorio verificar» la hace y sella la base. Cada daño que la escritura tocaría se
rechaza antes de escribir, con el mensaje de siempre.

La demo pesa unos pocos MB: ESCRITORIO_COMPROBAR_ANTES_MB=0 la trata como a una base grande (con el límite de
siempre, 32 MB, la recorrería entera antes de escribir, como antes)."""

import shutil
import sqlite3

import pytest

from escritorio.datos import integridad, testigo

PAGO = ("pagos", "registrar", "--miembro", "18", "--monto", "10", "--moneda", "USD", "--fecha", "2026-01-05")


@pytest.fixture
def grande(entorno_cli):
    """El entorno de una orden que trata a la demo como una base grande."""
    return {**entorno_cli, "ESCRITORIO_COMPROBAR_ANTES_MB": "0"}


@pytest.fixture
def copia_de_la_demo(demo_creada_por_la_cli, tmp_path):
    """La demo copiada a otra carpeta con su testigo, como quien copia la carpeta entera: otro archivo, sin sello."""
    copia = tmp_path / "demo.db"
    shutil.copy(demo_creada_por_la_cli, copia)
    shutil.copy(testigo.ruta_testigo(demo_creada_por_la_cli), testigo.ruta_testigo(copia))
    return copia


def _pagos_del_miembro(ruta) -> int:
    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return conexion.execute("SELECT count(*) FROM pagos WHERE miembro_id = 18").fetchone()[0]
    finally:
        conexion.close()


def _cabecera(ruta, desde: int, valor: int) -> None:
    with open(ruta, "r+b") as archivo:
        archivo.seek(desde)
        archivo.write(valor.to_bytes(4, "big"))


def _hojas_de_la_bitacora(ruta, tabla: str = "bitacora") -> None:
    """Pisa las hojas de `tabla` (la bitácora: toda escritura agrega allí su registro), como un disco estropeado."""
    conexion = sqlite3.connect(ruta)
    try:
        paginas = [f[0] for f in conexion.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", [tabla])]
    except sqlite3.OperationalError:
        pytest.skip("este SQLite no tiene la tabla virtual dbstat")
    finally:
        conexion.close()
    tamano = int.from_bytes(ruta.read_bytes()[16:18], "big")
    with open(ruta, "r+b") as archivo:
        for pagina in paginas:
            archivo.seek((pagina - 1) * tamano + 8)
            archivo.write(b"\xff" * 200)


def _tercio_central(ruta) -> None:
    """200 bytes pisados dentro de cada página del tercio central, la cabecera intacta (tests/datos/test_conexion.py);
    en la demo, el pago pasa por páginas de ese tercio."""
    datos = bytearray(ruta.read_bytes())
    tamano = int.from_bytes(datos[16:18], "big")
    paginas = len(datos) // tamano
    for pagina in range(paginas // 3, 2 * paginas // 3):
        datos[pagina * tamano + 100:pagina * tamano + 300] = b"\xff" * 200
    ruta.write_bytes(bytes(datos))


def _cortada_a_la_mitad(ruta) -> None:
    """Una copia que se cortó a mitad de camino, en el límite de una página."""
    tamano = int.from_bytes(ruta.read_bytes()[16:18], "big")
    paginas = ruta.stat().st_size // tamano
    with open(ruta, "r+b") as archivo:
        archivo.truncate(paginas // 2 * tamano)


def _cortada_en_cualquier_byte(ruta) -> None:
    with open(ruta, "r+b") as archivo:
        archivo.truncate(ruta.stat().st_size - 1000)


def _libres_de_mas(ruta) -> None:
    """La cabecera dice que hay páginas libres que la lista no tiene."""
    _cabecera(ruta, 36, int.from_bytes(ruta.read_bytes()[36:40], "big") + 7)


def _libre_fuera_del_archivo(ruta) -> None:
    """La lista de páginas libres empieza en una página que el archivo no tiene."""
    _cabecera(ruta, 32, ruta.stat().st_size)
    _cabecera(ruta, 36, 1)


def _libre_en_uso(ruta) -> None:
    """La lista de páginas libres apunta a la raíz del esquema (la página 1, siempre en uso)."""
    _cabecera(ruta, 32, 1)
    _cabecera(ruta, 36, 1)


def test_la_primera_orden_guarda_sin_recorrerla_y_dice_como_comprobarla(copia_de_la_demo, cli, grande):
    assert not integridad.sello_vigente(copia_de_la_demo)   # una copia: otro archivo, sin sello
    pagos = _pagos_del_miembro(copia_de_la_demo)

    hecho = cli(*PAGO, db=copia_de_la_demo, entorno=grande, proceso_real=True)

    assert hecho.returncode == 0, hecho.stderr
    assert "Pago registrado" in hecho.stdout
    aviso = hecho.stderr.strip()
    assert "comprobación completa de la base sigue pendiente" in aviso and len(aviso.splitlines()) == 1
    assert f"«escritorio --db {copia_de_la_demo} verificar --archivo»" in aviso
    assert _pagos_del_miembro(copia_de_la_demo) == pagos + 1
    assert not integridad.sello_vigente(copia_de_la_demo), "sin la comprobación completa no se sella"

    # La próxima orden tampoco la recorre, y lo vuelve a decir.
    otra = cli(*PAGO, db=copia_de_la_demo, entorno=grande, proceso_real=True)
    assert otra.returncode == 0 and "sigue pendiente" in otra.stderr
    assert _pagos_del_miembro(copia_de_la_demo) == pagos + 2


def test_verificar_hace_la_completa_y_sella_la_base(copia_de_la_demo, cli, grande):
    pagos = _pagos_del_miembro(copia_de_la_demo)
    assert cli(*PAGO, db=copia_de_la_demo, entorno=grande, proceso_real=True).returncode == 0

    verificada = cli("verificar", db=copia_de_la_demo, entorno=grande, proceso_real=True)

    assert verificada.returncode == 0, verificada.stdout + verificada.stderr
    assert integridad.sello_vigente(copia_de_la_demo)
    despues = cli(*PAGO, db=copia_de_la_demo, entorno=grande, proceso_real=True)
    assert despues.returncode == 0 and despues.stderr == "", despues.stderr
    assert integridad.sello_vigente(copia_de_la_demo), "comprobada y cerrada en orden: sigue sellada"
    assert _pagos_del_miembro(copia_de_la_demo) == pagos + 2


def test_verificar_archivo_hace_solo_la_completa_y_sella(copia_de_la_demo, cli, grande):
    assert cli(*PAGO, db=copia_de_la_demo, entorno=grande, proceso_real=True).returncode == 0

    hecho = cli("verificar", "--archivo", db=copia_de_la_demo, entorno=grande, proceso_real=True)

    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    assert "El archivo de la base está sano" in hecho.stdout
    assert integridad.sello_vigente(copia_de_la_demo)
    despues = cli(*PAGO, db=copia_de_la_demo, entorno=grande, proceso_real=True)
    assert despues.returncode == 0 and despues.stderr == "", despues.stderr


def test_el_dano_donde_la_escritura_no_pasa_lo_encuentra_la_completa(copia_de_la_demo, cli, grande):
    """El límite de la previa (docs/garantias.md): un daño en páginas que el pago no lee ni escribe (la asistencia a
    las sesiones) no se ve antes de guardar, y la escritura no lo toca; lo encuentra la comprobación completa que la
    orden manda hacer, y desde entonces nada se guarda en la base."""
    _hojas_de_la_bitacora(copia_de_la_demo, "asistencias")
    pagos = _pagos_del_miembro(copia_de_la_demo)
    hecho = cli(*PAGO, db=copia_de_la_demo, entorno=grande, proceso_real=True)
    assert hecho.returncode == 0 and "sigue pendiente" in hecho.stderr, hecho.stderr

    comprobada = cli("verificar", "--archivo", db=copia_de_la_demo, entorno=grande, proceso_real=True)

    assert comprobada.returncode == 1
    assert "PROBLEMA: Integridad:" in comprobada.stderr and "dañad" in comprobada.stderr
    assert not integridad.sello_vigente(copia_de_la_demo) and integridad.dano_visto(copia_de_la_demo)
    otra = cli(*PAGO, db=copia_de_la_demo, entorno=grande, proceso_real=True)
    assert otra.returncode == 1 and "dañad" in otra.stderr and "respaldo recuperar" in otra.stderr
    # El pago guardado antes está en las páginas sanas: se lee.
    assert _pagos_del_miembro(copia_de_la_demo) == pagos + 1


def test_una_base_chica_se_sigue_recorriendo_entera_antes_de_escribir(copia_de_la_demo, cli):
    hecho = cli(*PAGO, db=copia_de_la_demo, proceso_real=True)   # 32 MB: la demo, entera

    assert hecho.returncode == 0 and hecho.stderr == "", hecho.stderr
    assert integridad.sello_vigente(copia_de_la_demo)


@pytest.mark.parametrize("danar", [_hojas_de_la_bitacora, _tercio_central, _cortada_a_la_mitad,
                                   _cortada_en_cualquier_byte,
                                   _libres_de_mas, _libre_fuera_del_archivo, _libre_en_uso])
def test_el_dano_que_la_escritura_tocaria_se_rechaza_antes_de_escribir(copia_de_la_demo, cli, grande, danar):
    danar(copia_de_la_demo)
    antes = copia_de_la_demo.read_bytes()

    hecho = cli(*PAGO, db=copia_de_la_demo, entorno=grande, proceso_real=True)

    assert hecho.returncode == 1, hecho.stdout + hecho.stderr
    assert "dañad" in hecho.stderr and "respaldo recuperar" in hecho.stderr
    assert "Traceback" not in hecho.stderr
    assert copia_de_la_demo.read_bytes() == antes, "nada se escribió en la base dañada"
    assert integridad.dano_visto(copia_de_la_demo) and not integridad.sello_vigente(copia_de_la_demo)
    # Quien vio el daño lo dejó anotado: la próxima orden, aunque solo consulte, la recorre antes de abrirla.
    consulta = cli("asociacion", "listar", db=copia_de_la_demo, entorno=grande, proceso_real=True)
    assert consulta.returncode == 1 and "dañad" in consulta.stderr


def test_una_base_restaurada_queda_sellada_y_su_primera_escritura_no_deja_nada_pendiente(copia_de_la_demo, cli,
                                                                                          grande):
    """Restaurar recorre el respaldo entero antes de copiarlo, y la base restaurada es la copia que hizo Escritorio:
    queda sellada, y el primer pago después no la recorre ni deja la comprobación pendiente."""
    hecho = cli("respaldo", "crear", db=copia_de_la_demo, entorno=grande, proceso_real=True)
    assert hecho.returncode == 0, hecho.stderr
    respaldo = hecho.stdout.split("Respaldo creado: ", 1)[1].strip()
    pagos = _pagos_del_miembro(copia_de_la_demo)

    restaurada = cli("respaldo", "restaurar", respaldo, db=copia_de_la_demo, entorno=grande, proceso_real=True)

    assert restaurada.returncode == 0, restaurada.stderr
    assert integridad.sello_vigente(copia_de_la_demo)
    pago = cli(*PAGO, db=copia_de_la_demo, entorno=grande, proceso_real=True)
    assert pago.returncode == 0 and pago.stderr == "", pago.stderr
    assert _pagos_del_miembro(copia_de_la_demo) == pagos + 1
    assert integridad.sello_vigente(copia_de_la_demo)
