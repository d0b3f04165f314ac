"""Un servidor PostgreSQL de verdad para las pruebas, arrancado por la propia corrida en una carpeta temporal.

Usa los programas del PostgreSQL instalado (el paquete `postgresql` de la distribución: `make test` lo instala en
una máquina Debian si falta y corre como root). PostgreSQL se niega a correr como root: si la corrida es de root,
el servidor corre como el usuario `postgres` del paquete (o, si no existe, uno sin privilegios que se crea).

Es obligatorio: si el servidor no arranca, las pruebas que lo piden fallan con el motivo; nunca se saltan.
Cada proceso de pytest-xdist arranca el suyo (un segundo o dos) y cada prueba recibe una base nueva, copiada de
una plantilla con el esquema ya instalado (CREATE DATABASE … TEMPLATE … STRATEGY FILE_COPY: se copian los archivos,
sin pasar cada página por el diario de PostgreSQL), que se borra al terminar la prueba. La carpeta del servidor está
en la carpeta temporal de la corrida, que `tests/conftest.py` pone en la memoria (/dev/shm) cuando la hay: una base
nueva cuesta allí unos 0,1 s en lugar de 0,6 s, y borrar el servidor al final, un segundo en lugar de un minuto.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ADMINISTRADOR = "administrador"
CLAVE_ADMINISTRADOR = "clave-de-pruebas"


def _programas() -> Path:
    """La carpeta con initdb, pg_ctl y postgres: ESCRITORIO_PG_BIN, la versión más nueva instalada en
    /usr/lib/postgresql, o la del PATH."""
    if os.environ.get("ESCRITORIO_PG_BIN"):
        return Path(os.environ["ESCRITORIO_PG_BIN"])
    instaladas = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda r: int(r.split("/")[4]))
    if instaladas:
        return Path(instaladas[-1]).parent
    en_path = shutil.which("initdb")
    if en_path:
        return Path(en_path).resolve().parent
    raise RuntimeError(
        "No se encontró PostgreSQL (initdb) para las pruebas del modo servidor. Instálelo (Debian/Ubuntu: "
        "apt-get install postgresql) o indique su carpeta bin en ESCRITORIO_PG_BIN.")


def _usuario_sin_privilegios() -> pwd.struct_passwd | None:
    """None si la corrida no es de root; si lo es, el usuario con el que corre el servidor."""
    if os.geteuid() != 0:
        return None
    for nombre in ("postgres", "escritorio-pg"):
        try:
            return pwd.getpwnam(nombre)
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "escritorio-pg"],
                   check=True, capture_output=True)
    return pwd.getpwnam("escritorio-pg")


def _puerto_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class ServidorDePruebas:
    carpeta: Path
    puerto: int
    programas: Path
    usuario: pwd.struct_passwd | None
    _administrador: object = field(default=None, repr=False)

    def administrador(self):
        """Una conexión del administrador a la base `postgres` (autocommit), abierta una vez por servidor: crear y
        borrar la base de cada prueba sin conectarse otra vez cada vez (con scram-sha-256, unas centésimas)."""
        import psycopg

        if self._administrador is None or self._administrador.closed or self._administrador.broken:
            self._administrador = psycopg.connect(self.url(), autocommit=True)
        return self._administrador

    def url(self, base: str = "postgres", usuario: str = ADMINISTRADOR, clave: str | None = CLAVE_ADMINISTRADOR) -> str:
        credencial = usuario + (f":{clave}" if clave else "")
        return f"postgresql://{credencial}@127.0.0.1:{self.puerto}/{base}"

    def _correr(self, orden: list[str], **opciones) -> subprocess.CompletedProcess:
        def como_usuario():
            os.setgid(self.usuario.pw_gid)
            os.setuid(self.usuario.pw_uid)

        return subprocess.run(orden, preexec_fn=como_usuario if self.usuario else None, capture_output=True,
                              text=True, cwd=self.carpeta, **opciones)

    def detener(self) -> None:
        if self._administrador is not None:
            self._administrador.close()
        self._correr([str(self.programas / "pg_ctl"), "stop", "-D", str(self.carpeta / "datos"), "-m", "immediate"])
        shutil.rmtree(self.carpeta, ignore_errors=True)


def arrancar(*, durable: bool = False) -> ServidorDePruebas:
    """Un servidor nuevo en una carpeta temporal. Para las pruebas, sin esperar al disco en cada confirmación (fsync,
    synchronous_commit y full_page_writes apagados: lo que se prueba es la lógica, y la carpeta puede estar en la
    memoria); con `durable` (los bancos de rendimiento), con la durabilidad de siempre de PostgreSQL."""
    programas, usuario = _programas(), _usuario_sin_privilegios()
    carpeta = Path(tempfile.mkdtemp(prefix="escritorio-pg-"))
    if usuario:
        os.chown(carpeta, usuario.pw_uid, usuario.pw_gid)
    servidor = ServidorDePruebas(carpeta, _puerto_libre(), programas, usuario)
    clave = carpeta / "clave"
    clave.write_text(CLAVE_ADMINISTRADOR)
    if usuario:
        os.chown(clave, usuario.pw_uid, usuario.pw_gid)
    hecho = servidor._correr([str(programas / "initdb"), "-D", str(carpeta / "datos"), "-U", ADMINISTRADOR,
                              "--pwfile", str(clave), "--auth-local=trust", "--auth-host=scram-sha-256",
                              "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
    if hecho.returncode:
        raise RuntimeError(f"initdb no pudo crear el servidor de pruebas:\n{hecho.stdout}\n{hecho.stderr}")
    opciones = (f"-c port={servidor.puerto} -c listen_addresses=127.0.0.1 -c unix_socket_directories={carpeta} "
                "-c max_connections=60")
    if not durable:
        opciones += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    hecho = servidor._correr([str(programas / "pg_ctl"), "start", "-w", "-t", "60", "-D", str(carpeta / "datos"),
                              "-l", str(carpeta / "servidor.log"), "-o", opciones])
    if hecho.returncode:
        registro = (carpeta / "servidor.log").read_text(errors="replace") if (carpeta / "servidor.log").exists() else ""
        raise RuntimeError(f"PostgreSQL no arrancó:\n{hecho.stdout}\n{hecho.stderr}\n{registro}")
    return servidor


if __name__ == "__main__":  # a mano: arranca uno y dice cómo conectarse (Ctrl+C lo detiene)
    s = arrancar()
    print(s.url())
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        s.detener()


# --- Las fixtures (tests/conftest.py carga este módulo como extensión de pytest) ---------------------------------

import itertools  # noqa: E402

import pytest  # noqa: E402

_numero_de_base = itertools.count(1)


@pytest.fixture(scope="session")
def servidor_pg():
    """El servidor de este proceso de pruebas. Si no arranca, la prueba falla con el motivo (nunca se salta)."""
    servidor = arrancar()
    yield servidor
    servidor.detener()


def _administrar(servidor: ServidorDePruebas, sentencia: str) -> None:
    servidor.administrador().execute(sentencia)


def _copiar_plantilla(servidor: ServidorDePruebas, nombre: str, plantilla: str, *despues: str) -> None:
    """CREATE DATABASE nombre TEMPLATE plantilla, copiando los archivos (PostgreSQL 15 o posterior; antes, la única
    manera); luego las sentencias `despues`, en la base nueva."""
    import psycopg

    administrador = servidor.administrador()
    administrador.execute(f"CREATE DATABASE {nombre} TEMPLATE {plantilla}"
                          + (" STRATEGY FILE_COPY" if administrador.info.server_version >= 150000 else ""))
    sentencias = list(despues)
    if plantilla != "template1":
        # Los permisos y los ajustes de la base no viajan con la copia: se quitan otra vez las tablas temporales y se
        # pone el límite de una transacción sin hacer nada, como lo hace «escritorio servidor reforzar»
        # (docs/servidor.md).
        from escritorio.datos.postgres import papeles, sin_sombras

        sentencias[:0] = sin_sombras.sentencias_de_la_base(list(papeles.PAPELES.values()))
    if sentencias:
        with psycopg.connect(servidor.url(nombre), autocommit=True) as conexion:   # una sola conexión a la nueva
            for sentencia in sentencias:
                conexion.execute(sentencia)


def _borrar_base(servidor: ServidorDePruebas, nombre: str) -> None:
    """La base de una prueba que terminó, con las conexiones que hayan quedado abiertas (PostgreSQL 13 o posterior)."""
    _administrar(servidor, f"DROP DATABASE IF EXISTS {nombre} WITH (FORCE)")


@pytest.fixture(scope="session")
def _plantilla_pg(servidor_pg) -> str:
    """Una base con el esquema de Escritorio instalado, para copiar (CREATE DATABASE … TEMPLATE)."""
    from escritorio.datos.postgres import conexion, esquema

    _administrar(servidor_pg, "CREATE DATABASE plantilla_escritorio")
    db = conexion.conectar(servidor_pg.url("plantilla_escritorio"))
    try:
        esquema.instalar(db, con_identidad=False)
    finally:
        db.close()
    return "plantilla_escritorio"


@pytest.fixture(scope="session")
def _demo_subida_pg(servidor_pg, demo_creada_por_la_cli, tmp_path_factory) -> str:
    """La red de ejemplo subida una vez por proceso con el servicio de «escritorio servidor subir», para copiar
    (`demo_en_el_servidor`): subirla tarda casi dos segundos y copiar la base del servidor, unas décimas."""
    import shutil

    from escritorio.servicios.servidor import subir_base

    carpeta = tmp_path_factory.mktemp("demo_para_subir")
    copia = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, copia)
    _copiar_plantilla(servidor_pg, "demo_subida", "template1")
    with pytest.MonkeyPatch.context() as parche:   # lo que recuerda el programa, fuera de la carpeta del usuario
        parche.setenv("XDG_DATA_HOME", str(carpeta / "datos_usuario"))
        subir_base(copia, servidor_pg.url("demo_subida"))
    return "demo_subida"


@pytest.fixture
def demo_en_el_servidor(servidor_pg, _demo_subida_pg) -> str:
    """La dirección (del administrador) de una base nueva del servidor con la red de ejemplo subida (una copia de la
    subida de este proceso)."""
    nombre = f"demo_{next(_numero_de_base)}"
    _copiar_plantilla(servidor_pg, nombre, _demo_subida_pg)
    yield servidor_pg.url(nombre)
    _borrar_base(servidor_pg, nombre)


@pytest.fixture
def url_pg_vacia(servidor_pg) -> str:
    """La dirección (del administrador) de una base nueva y vacía del servidor, sin esquema."""
    nombre = f"vacia_{next(_numero_de_base)}"
    _copiar_plantilla(servidor_pg, nombre, "template1")
    yield servidor_pg.url(nombre)
    _borrar_base(servidor_pg, nombre)


@pytest.fixture
def url_pg(servidor_pg, _plantilla_pg) -> str:
    """La dirección (del administrador) de una base nueva del servidor con el esquema de Escritorio instalado."""
    nombre = f"prueba_{next(_numero_de_base)}"
    _copiar_plantilla(servidor_pg, nombre, _plantilla_pg,
                      "INSERT INTO identidad_base (unica, base_id) VALUES (1, md5(random()::text))")
    yield servidor_pg.url(nombre)
    _borrar_base(servidor_pg, nombre)


@pytest.fixture
def login_pg(servidor_pg):
    """Crea un login del servidor con un papel y devuelve la dirección con la que entra a la base `url`:
    login_pg(url, "ana", "tesoreria")."""
    import psycopg

    from escritorio.datos.postgres import papeles

    creados = []

    def crear(url: str, nombre: str, papel: str) -> str:
        with psycopg.connect(servidor_pg.url(), autocommit=True) as conexion:
            conexion.execute(f'DROP ROLE IF EXISTS "{nombre}"')
            papeles.crear_login(conexion, nombre, f"clave-{nombre}", papel)
        creados.append(nombre)
        base = url.rsplit("/", 1)[1]
        return servidor_pg.url(base, usuario=nombre, clave=f"clave-{nombre}")

    return crear


# --- SQL a mano, como lo escribiría alguien con psql -------------------------------------------------------------

def rechazo_del_servidor(url: str, *sentencias: str) -> str:
    """Corre las sentencias en una transacción; devuelve el mensaje con que el servidor la rechazó (falla la prueba
    si no la rechazó)."""
    import psycopg
    import pytest

    with psycopg.connect(url) as c:
        with pytest.raises(psycopg.Error) as rechazo:
            for sentencia in sentencias:
                c.execute(sentencia)
    return rechazo.value.diag.message_primary or str(rechazo.value)


def escribir_en_el_servidor(url: str, *sentencias: str) -> None:
    """Las sentencias en una transacción que se confirma."""
    import psycopg

    with psycopg.connect(url) as c:
        for sentencia in sentencias:
            c.execute(sentencia)
