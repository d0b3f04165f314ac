"""Fixtures comunes: una base nueva por prueba, una asociación y la CLI en un entorno aislado.

Las funciones de ayuda sin estado (escribir planillas, contar filas) están en `ayudas.py`.
"""

import gc
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# La corrida guarda el código compilado (__pycache__, también el de las pruebas que reescribe pytest) aunque el
# entorno tenga PYTHONDONTWRITEBYTECODE, se empiece como se empiece (`make test`, un archivo a mano): sin él, juntar
# las pruebas cuesta unos 20 s de CPU por proceso en lugar de 5. Antes de importar el programa y las ayudas; los
# procesos que lanzan las pruebas (la CLI, los de pytest-xdist) lo heredan por el entorno.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
# Sin la configuración regional de quien corre las pruebas: en una máquina en inglés de Estados Unidos la ventana y la
# consola mostrarían «1,234.00» y «05/20/2026» (dominio.convencion_regional) y las pruebas que esperan lo de la región
# fallarían. En Windows LC_ALL no cuenta: la variable del programa la deja de lado en los dos sistemas. Las que prueban
# otra configuración la piden (tests/cli/test_configuracion_regional.py).
os.environ["ESCRITORIO_FORMATO_REGIONAL"] = "idioma"

import pytest  # noqa: E402

from ayudas import BUENAS, CREAR_RML, escribir_csv  # noqa: E402
from cli_en_el_proceso import entorno_aislado, orden_en_el_proceso  # noqa: E402
from escritorio.datos import testigo  # noqa: E402
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion  # noqa: E402
from escritorio.servicios.base import abrir_base  # noqa: E402
from una_vez_por_corrida import compartida  # noqa: E402

# La ventana sigue el idioma del sistema; las pruebas la quieren en castellano (el idioma fuente) salvo que pidan
# otro (tests/interfaz/test_idiomas.py). Por el entorno: también la abren así los subprocesos.
os.environ["ESCRITORIO_IDIOMA"] = "es"

# Bases nuevas copiadas de una plantilla migrada una vez; el servidor PostgreSQL de las pruebas; las marcas de costo.
pytest_plugins = ["plantilla_de_base", "servidor_postgres", "marcas_de_costo"]

# Lo que necesita la carpeta temporal en la memoria para que la corrida vaya allí (los tmp_path de las pruebas que
# están corriendo, lo que arman una vez las fixtures de módulo y de sesión, el servidor PostgreSQL de cada proceso).
_MEMORIA_NECESARIA = 4 * 2**30


def pytest_configure(config):
    """Los archivos de la corrida van a la memoria (/dev/shm) si la máquina la tiene con lugar de sobra y nadie eligió
    otra carpeta (TMPDIR, --basetemp): cada escritura de SQLite espera a que el disco confirme (fsync), y en la memoria
    eso no cuesta nada; lo mismo para el servidor PostgreSQL de las pruebas, que crea y borra una base por prueba. Lo
    que se prueba es igual: los mismos archivos, las mismas bases, los mismos procesos (que heredan TMPDIR). Una
    prueba que necesita un disco con otras propiedades lo monta ella misma (tests/escenarios/test_escrituras_a_medias).
    Las carpetas de las pruebas que pasan se borran al terminar cada una (`tmp_path_retention_policy = "failed"` en
    pyproject.toml); las de las que fallan quedan para mirarlas."""
    if os.environ.get("TMPDIR") or config.option.basetemp or hasattr(config, "workerinput"):
        return
    memoria = Path("/dev/shm")
    try:
        if (memoria.is_dir() and os.access(memoria, os.W_OK | os.X_OK)
                and shutil.disk_usage(memoria).free >= _MEMORIA_NECESARIA):
            os.environ["TMPDIR"] = str(memoria)
            tempfile.tempdir = None  # lo vuelve a leer de TMPDIR
    except OSError:
        pass


@pytest.fixture(autouse=True)
def _cada_prueba_en_el_idioma_fuente():
    """Una prueba que pone la ventana en otro idioma (o pide los documentos en otro desde el menú) no deja ese
    idioma a las que corren después en el mismo proceso; la que abre una ventana no deja sus mensajes con los menús
    de la ventana en lugar de las órdenes (dominio/puerta.py)."""
    yield
    from escritorio.dominio import puerta, traduccion
    from escritorio.servicios import idioma_de_los_documentos

    traduccion.fijar_del_proceso(traduccion.FUENTE)
    idioma_de_los_documentos.pedir_en_la_ventana(None)
    puerta.fijar_del_proceso(puerta.LINEA_DE_ORDENES)   # la ventana la cambia al abrirse (dominio/puerta.py)


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session):
    """Como en el programa con la ventana abierta (`crear_aplicacion` instala interfaz/recolector.py): el recolector
    de ciclos de Python no corre solo, donde caiga (en el hilo de una importación, de los próximos pasos o de uno que
    quedó de la prueba anterior destruiría widgets fuera del hilo de la ventana: una caída intermitente de
    test_asistente_importacion, en el hilo que lee el xlsx). En un proceso de xdist hay siempre otro hilo que pide
    memoria: el que recibe las pruebas (execnet); si el umbral se pasaba allí, entre dos pruebas, recogía los widgets
    de la anterior fuera del hilo de Qt, y la siguiente caía al construir su primer diálogo (la violación de segmento
    de test_formularios_hostiles, vista en dos de tres corridas enteras). Lo corre el hilo principal: al terminar cada
    prueba (`_la_basura_se_recoge_en_el_hilo_principal`) y, en una prueba con Qt, el temporizador del recolector.
    (Probado antes así y revertido porque tres pruebas de tests/correo veían «database disk image is malformed»: eran
    sus conexiones de sqlite3 sin cerrar, que ahora se cierran; ver CONTRIBUTING.md.)"""
    gc.disable()


@pytest.fixture(autouse=True)
def _la_basura_se_recoge_en_el_hilo_principal(request):
    """Ver `pytest_sessionstart`: la recolección que Python habría hecho durante la prueba, al terminarla; en una
    prueba con Qt, además, el temporizador de la ventana mientras corre el bucle de eventos."""
    from escritorio.interfaz.recolector import RecolectorDeLaVentana, recoger_si_toca

    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        recoger_si_toca(aunque_en_pausa=True)   # también si quedó en pausa (una tabla de Miembros a medio llenar)
        return
    app = request.getfixturevalue("qapp")
    antes = getattr(app, "recolector", None)
    recolector = RecolectorDeLaVentana()
    yield
    instalado = getattr(app, "recolector", None)
    if instalado is not antes:   # una prueba que abrió la aplicación como el programa (`crear_aplicacion`)
        instalado.detener()
        app.recolector = antes
    recolector.detener()
    gc.disable()   # por si la prueba lo encendió


@pytest.fixture(autouse=True)
def _el_idioma_de_la_ventana_vuelve_a_como_estaba():
    """Una prueba que pone la ventana en otro idioma (`instalar_idioma`, también «es», que instala la traducción
    de Qt: «Control+Z» en lugar de «Ctrl+Z») deja la aplicación del proceso como la encontró: las siguientes del
    mismo proceso de xdist no dependen del orden en que les tocó correr. Vale para todas las carpetas: una prueba de
    tests/escenarios que abre la ventana como el programa (`crear_aplicacion`) instala el idioma del sistema."""
    qt = sys.modules.get("PySide6.QtWidgets")   # sin Qt cargado no hay aplicación que dejar como estaba
    app = qt.QApplication.instance() if qt is not None else None
    if app is None:
        yield
        return
    from PySide6.QtCore import QLocale

    from escritorio.dominio.traduccion import idioma_en_curso
    from escritorio.idiomas.traduccion import fijar_idioma_del_proceso

    antes = (list(getattr(app, "traducciones_qt", None) or []), getattr(app, "idioma", None), QLocale(),
             idioma_en_curso())
    yield
    traductores, idioma, localizacion, del_proceso = antes
    if (getattr(app, "traducciones_qt", None) or []) == traductores and getattr(app, "idioma", None) == idioma:
        return
    for traductor in getattr(app, "traducciones_qt", None) or []:
        app.removeTranslator(traductor)
    for traductor in traductores:
        app.installTranslator(traductor)
    app.traducciones_qt = traductores
    if idioma is None:
        del app.idioma
    else:
        app.idioma = idioma
    QLocale.setDefault(localizacion)
    fijar_idioma_del_proceso(del_proceso)


# Con pytest-xdist el fuzzer hostil corre en otros procesos: cada uno pasa su cuenta de casos (tests/hostil/conftest.py)
# y el proceso principal la suma y la dice al final, como sin xdist.
_CASOS_HOSTILES: dict[str, int] = {}


def pytest_testnodedown(node, error):
    for clase, cantidad in getattr(node, "workeroutput", {}).get("casos_hostiles", {}).items():
        _CASOS_HOSTILES[clase] = _CASOS_HOSTILES.get(clase, 0) + cantidad


def pytest_terminal_summary(terminalreporter):
    if sum(_CASOS_HOSTILES.values()):
        terminalreporter.write_line(
            f"Fuzzer de entrada hostil: {sum(_CASOS_HOSTILES.values())} casos probados ({_CASOS_HOSTILES.get('cli', 0)} "
            f"de la CLI en el proceso, {_CASOS_HOSTILES.get('proceso', 0)} como proceso real, "
            f"{_CASOS_HOSTILES.get('importacion', 0)} de importación).")

@pytest.fixture(autouse=True)
def _carpetas_aisladas(tmp_path_factory, monkeypatch):
    """Nada de una prueba toca la carpeta de datos real del usuario (registro, base por defecto). La carpeta que la
    reemplaza se borra al terminar la prueba: si no, quedaba una por prueba hasta el fin de la corrida (y para
    siempre si la corrida moría: 1.110 carpetas en /dev/shm de un proceso de xdist terminado)."""
    datos = tmp_path_factory.mktemp("datos_usuario")
    monkeypatch.setenv("XDG_DATA_HOME", str(datos))
    monkeypatch.delenv("ESCRITORIO_DB", raising=False)
    monkeypatch.delenv("ESCRITORIO_PORTABLE", raising=False)
    yield
    shutil.rmtree(datos, ignore_errors=True)


@pytest.fixture(autouse=True)
def llavero():
    """Ninguna prueba toca el llavero real del sistema: cada una tiene uno en memoria, vacío (`llavero.claves`)."""
    import keyring

    from ayudas import LlaveroEnMemoria

    anterior = keyring.get_keyring()
    propio = LlaveroEnMemoria()
    keyring.set_keyring(propio)
    yield propio
    keyring.set_keyring(anterior)


# --- Las bases de las pruebas -------------------------------------------------------------------------------------
#
# Dos familias, con nombres que no se pisan (ningún archivo de pruebas redefine estos nombres):
# - una base NUEVA y vacía: `ruta_db` (su ruta), `db` (abierta; en tests/servicios, en cada motor) y `asociacion_id`
#   (el id de la RML creada en ella);
# - la RED DE EJEMPLO, creada una sola vez por la CLI en la corrida (`demo_creada_por_la_cli`, que no se toca) y
#   copiada para cada prueba: `copia_de_la_demo` (la ruta de la copia), `demo_como("red.db")` (la copia con ese
#   nombre), `demo_db` (la copia abierta), `asociacion_de_la_demo` (su asociación, como la recibe la ventana: un
#   dict) y `demo_abierta` (las dos cosas juntas, `db, asociacion = demo_abierta`).


@pytest.fixture
def ruta_db(tmp_path) -> Path:
    return tmp_path / "x.db"


@pytest.fixture
def db(ruta_db):
    """Una base nueva y vacía (la red de ejemplo es `demo_db`)."""
    base = abrir_base(ruta_db)
    yield base
    base.close()


@pytest.fixture
def asociacion_id(db) -> int:
    """El id de la RML (AR y BR plenos, UY asociado), creada en la base nueva `db`."""
    return crear_asociacion(db, NuevaAsociacion(
        nombre="Red de Municipios del Litoral", sigla="RML",
        paises={"AR": "pleno", "BR": "pleno", "UY": "asociado"}))


@pytest.fixture
def entorno_cli(tmp_path) -> dict:
    """Variables de entorno de un proceso de la CLI aislado en tmp_path (sin ESCRITORIO_DB)."""
    return entorno_aislado(tmp_path)


@pytest.fixture
def cli(tmp_path, entorno_cli):
    """cli("miembros", "listar", db=RUTA) -> CompletedProcess (texto), ejecutado en tmp_path.

    Corre la orden en este proceso, por la misma función que usa el programa (mucho más rápido que un proceso por
    orden). Con `opciones_python` (o `proceso_real=True`) la corre como proceso real: para las pruebas que miden lo
    que solo un proceso muestra (qué módulos importa, el arranque, una interrupción)."""

    def ejecutar(*argumentos, db: Path | None = None, entorno: dict | None = None, opciones_python=(),
                 proceso_real: bool = False):
        lista = ([] if db is None else ["--db", str(db)]) + [str(a) for a in argumentos]
        if not opciones_python and not proceso_real:
            return orden_en_el_proceso(lista, tmp_path, entorno or entorno_cli)
        return subprocess.run([sys.executable, *opciones_python, "-m", "escritorio", *lista], cwd=tmp_path,
                              env=entorno or entorno_cli, capture_output=True, text=True, encoding="utf-8",
                              timeout=120)

    return ejecutar


@pytest.fixture
def cli_proceso(cli):
    """Como `cli`, pero siempre como proceso real (`python -m escritorio …`)."""
    return lambda *argumentos, **opciones: cli(*argumentos, proceso_real=True, **opciones)


@pytest.fixture(scope="session")
def demo_creada_por_la_cli(tmp_path_factory) -> Path:
    """La red de ejemplo, creada una sola vez en la corrida con «escritorio demo», por la función de entrada de la
    CLI en el proceso de las pruebas (`orden_en_el_proceso`: su entorno aislado, su carpeta; sin lanzar otro
    programa, así las pruebas que solo usan una copia no llevan la marca `proceso`). La arma el primer proceso de
    xdist que la pide (tests/una_vez_por_corrida.py) y nadie abre esa: cada proceso recibe su propia copia, con su
    testigo, como si la hubiera armado él. No se toca: cada prueba usa su copia (`copia_de_la_demo`), que es la
    misma base (la misma identidad)."""
    armada = compartida(tmp_path_factory, "demo_de_la_cli", _armar_la_demo)
    ruta = tmp_path_factory.mktemp("demo_de_la_cli") / armada.name
    for archivo in (armada, testigo.ruta_testigo(armada)):
        if archivo.exists():
            shutil.copy2(archivo, ruta.with_name(archivo.name))
    return ruta


def _armar_la_demo(carpeta: Path) -> Path:
    ruta = carpeta / "demo.db"
    hecho = orden_en_el_proceso(["--db", str(ruta), "demo"], carpeta, entorno_aislado(carpeta))
    assert hecho.returncode == 0, hecho.stderr
    return ruta


@pytest.fixture
def copia_de_la_demo(demo_creada_por_la_cli, tmp_path) -> Path:
    copia = tmp_path / "demo.db"
    shutil.copy(demo_creada_por_la_cli, copia)
    return copia


@pytest.fixture
def demo_db(copia_de_la_demo):
    """La red de ejemplo abierta: una copia de la demo de la corrida, propia de la prueba."""
    base = abrir_base(copia_de_la_demo)
    yield base
    base.close()


@pytest.fixture
def asociacion_de_la_demo(demo_db) -> dict:
    """La asociación de la red de ejemplo (la RCS), como la reciben la ventana y sus diálogos."""
    from escritorio.servicios.asociaciones import listar_asociaciones

    return listar_asociaciones(demo_db)[0]


@pytest.fixture
def demo_abierta(demo_db, asociacion_de_la_demo) -> tuple:
    """(demo_db, asociacion_de_la_demo): `db, asociacion = demo_abierta`."""
    return demo_db, asociacion_de_la_demo


@pytest.fixture
def demo_como(demo_creada_por_la_cli, tmp_path):
    """demo_como("red.db") -> tmp_path/red.db: una copia de la demo de la corrida con ese nombre, en lugar de armar
    la demo en esa prueba (las que miran el nombre del archivo, sus respaldos o piden dos copias)."""

    def copiar(nombre: str) -> Path:
        destino = tmp_path / nombre
        shutil.copy(demo_creada_por_la_cli, destino)
        return destino

    return copiar


@pytest.fixture
def base_cli(tmp_path, cli):
    """Una base con la RML creada por la CLI."""
    ruta = tmp_path / "red.db"
    assert cli(*CREAR_RML, db=ruta).returncode == 0
    return ruta


@pytest.fixture
def con_miembros(base_cli, tmp_path, cli):
    """La base de `base_cli` con Rosario, Paraná y Salto importados por la CLI."""
    resultado = cli("miembros", "importar", escribir_csv(tmp_path / "buenas.csv", BUENAS), db=base_cli)
    assert resultado.returncode == 0, resultado.stderr
    return base_cli
