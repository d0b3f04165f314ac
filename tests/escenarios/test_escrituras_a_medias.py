"""Escrituras que salen a medias (issue 11, punto 4), con la línea de órdenes:

- el recibo de «pagos registrar --recibo» se comprueba ANTES de registrar el pago; si aun así falla después,
  el pago y la falla del recibo se informan por separado (código 3) con la orden exacta para generarlo;
- una base creada por una versión más nueva se abre solo para consultar y no se modifica ni un byte;
- un archivo de 0 bytes o una ruta inexistente no se convierten en base en silencio;
- disco lleno: un mensaje en castellano y la consulta sigue funcionando.

Las pruebas de disco lleno y de carpeta de solo lectura montan un tmpfs pequeño (hace falta ser root); si no
se puede montar, se saltan con el motivo. Las de mensajes tienen además una versión que no monta nada.
"""

import errno
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from ayudas import BUENAS, escribir_csv, listar_cli, sin_traza
from escritorio.servicios.contexto import Contexto

TRAMOS = "0:100,100000:500,500000:1000,3000000:2000"


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def huella(ruta: Path) -> str:
    return hashlib.sha256(Path(ruta).read_bytes()).hexdigest()


def pagos(cli, base) -> list[dict]:
    return json.loads(ok(cli("pagos", "listar", "--json", db=base)))


# --- montar un tmpfs pequeño (disco lleno, carpeta de solo lectura) ----------------------------------

@pytest.fixture
def montar(tmp_path):
    """montar("nombre", "1M", solo_lectura=False) -> carpeta con un tmpfs propio; se desmonta al terminar."""
    montados = []

    def montar_tmpfs(nombre: str, tamano: str = "1M", solo_lectura: bool = False) -> Path:
        if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
            pytest.skip("montar un tmpfs requiere ser root en Linux; esta prueba se salta")
        carpeta = tmp_path / nombre
        carpeta.mkdir()
        opciones = f"size={tamano}" + (",ro" if solo_lectura else "")
        hecho = subprocess.run(["mount", "-t", "tmpfs", "-o", opciones, "tmpfs", str(carpeta)],
                               capture_output=True, text=True)
        if hecho.returncode != 0:
            pytest.skip(f"no se permite montar un tmpfs aquí ({hecho.stderr.strip() or hecho.returncode})")
        montados.append(carpeta)
        return carpeta

    yield montar_tmpfs
    for carpeta in reversed(montados):
        subprocess.run(["umount", "-l", str(carpeta)], capture_output=True)


def llenar(carpeta: Path) -> Path:
    """Llena el disco de `carpeta` hasta que no quepa ni un byte más. Devuelve el archivo de relleno."""
    relleno = carpeta / "relleno"
    archivo = open(relleno, "wb", buffering=0)
    try:
        while True:
            archivo.write(b"\0" * 4096)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    try:
        archivo.close()
    except OSError:
        pass
    assert shutil.disk_usage(carpeta).free == 0
    return relleno


# --- el recibo de un pago ---------------------------------------------------------------------------

@pytest.fixture
def red(tmp_path, cli, con_miembros):
    """RML con Rosario, Paraná y Salto, escala y cuotas 2025 emitidas. (base, id de Paraná)."""
    ok(cli("cuotas", "escala", "definir", "--desde", "2002-01-01", "--moneda", "USD", "--tramos", TRAMOS,
           db=con_miembros))
    ok(cli("cuotas", "emitir", "2025", db=con_miembros))
    ids = {m["nombre"]: m["id"] for m in listar_cli(cli, con_miembros)}
    return con_miembros, ids["Paraná"]


def pagar(cli, base, miembro, *extra, entorno=None):
    return cli("pagos", "registrar", "--miembro", miembro, "--monto", "250.00", "--moneda", "USD",
               "--fecha", "2025-05-01", *extra, db=base, entorno=entorno)


def test_recibo_a_una_carpeta_inexistente_no_registra_el_pago(cli, red, tmp_path):
    base, parana = red
    destino = tmp_path / "no-existe" / "recibo.pdf"

    fallido = pagar(cli, base, parana, "--recibo", destino)

    assert fallido.returncode == 1
    assert "No existe la carpeta" in fallido.stderr and "no se registró el pago" in fallido.stderr
    assert fallido.stdout == ""
    sin_traza(fallido)
    assert pagos(cli, base) == []
    # Quien corrige la ruta y reintenta paga una sola vez.
    ok(pagar(cli, base, parana, "--recibo", tmp_path / "recibo.pdf"))
    assert len(pagos(cli, base)) == 1
    assert (tmp_path / "recibo.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.proceso  # lanza otro programa
def test_recibo_a_una_carpeta_de_solo_lectura_no_registra_el_pago(cli, red, tmp_path, montar):
    base, parana = red
    if os.geteuid() == 0:  # root escribe aunque la carpeta no tenga permisos: un disco montado de solo lectura
        carpeta = montar("solo-lectura", "1M", solo_lectura=True)
    else:
        carpeta = tmp_path / "solo-lectura"
        carpeta.mkdir()
        carpeta.chmod(0o555)

    fallido = pagar(cli, base, parana, "--recibo", carpeta / "recibo.pdf")

    assert fallido.returncode == 1
    assert f"No se puede escribir en la carpeta {carpeta}" in fallido.stderr
    assert "no se registró el pago" in fallido.stderr
    sin_traza(fallido)
    assert pagos(cli, base) == []
    assert list(carpeta.iterdir()) == []


def test_recibo_sobre_un_archivo_existente_no_lo_pisa_ni_registra_el_pago(cli, red, tmp_path):
    base, parana = red
    ajeno = tmp_path / "informe.pdf"
    ajeno.write_bytes(b"%PDF-1.4 un informe que no es un recibo")

    fallido = pagar(cli, base, parana, "--recibo", ajeno)

    assert fallido.returncode == 1
    assert f"Ya existe {ajeno}: no se registró el pago" in fallido.stderr
    assert "--reemplazar" in fallido.stderr
    assert ajeno.read_bytes() == b"%PDF-1.4 un informe que no es un recibo"
    assert pagos(cli, base) == []
    ok(pagar(cli, base, parana, "--recibo", ajeno, "--reemplazar"))  # pedido a sabiendas
    assert len(pagos(cli, base)) == 1
    assert ajeno.read_bytes() != b"%PDF-1.4 un informe que no es un recibo"


def _comprobar_informe_por_separado(cli, base, resultado, destino: Path, motivo: str) -> None:
    assert resultado.returncode == 3, resultado.stderr  # ni 0 (falta el recibo) ni 1 (el pago sí se guardó)
    sin_traza(resultado)
    assert resultado.stdout.strip() == "Pago registrado con el recibo 0001/2025: imputado USD 250,00."
    [pago] = pagos(cli, base)
    orden = f"escritorio --db {base} pagos recibo {pago['id']} {destino}"
    assert resultado.stderr.strip() == (
        f"Pago registrado (recibo N.º 0001/2025, pago {pago['id']}). No se pudo escribir el recibo en {destino}: "
        f"{motivo}; vuelva a generarlo con «{orden}» (no repita «pagos registrar»: registraría el pago otra vez).")
    assert not destino.exists()  # ningún PDF a medias


@pytest.mark.proceso  # lanza otro programa
def test_pago_registrado_y_recibo_sin_espacio_se_informan_por_separado(cli, red, montar):
    base, parana = red
    carpeta = montar("lleno", "512k")
    relleno = llenar(carpeta)  # la carpeta existe y admite archivos, pero el recibo no cabe
    destino = carpeta / "recibo.pdf"

    resultado = pagar(cli, base, parana, "--recibo", destino)

    _comprobar_informe_por_separado(cli, base, resultado, destino, "el disco está lleno (no queda espacio)")
    # La orden que da el mensaje, tal cual, genera el recibo una vez liberado el espacio; el pago sigue siendo uno.
    relleno.unlink()
    [pago] = pagos(cli, base)
    ok(cli("pagos", "recibo", pago["id"], destino, db=base))
    assert destino.read_bytes().startswith(b"%PDF")
    assert len(pagos(cli, base)) == 1


@pytest.mark.proceso  # lanza otro programa
def test_pago_registrado_y_recibo_fallido_se_informan_por_separado_sin_montar(cli, red, tmp_path):
    """El mismo informe con la escritura del PDF fallando en el punto exacto (permiso denegado a mitad)."""
    base, parana = red
    destino = tmp_path / "recibo.pdf"
    codigo = ("import sys, errno\n"
              "import escritorio.documentos.pdf.recibo as recibo\n"
              "def falla(ruta, **datos):\n"
              "    open(ruta, 'wb').write(b'%PDF-1.4 a medias')\n"
              "    raise PermissionError(errno.EACCES, 'Permission denied', str(ruta))\n"
              "recibo.escribir_recibo_pdf = falla\n"
              "from escritorio.cli import principal\n"
              f"sys.exit(principal(['--db', {str(base)!r}, 'pagos', 'registrar', '--miembro', '{parana}', "
              f"'--monto', '250.00', '--moneda', 'USD', '--fecha', '2025-05-01', '--recibo', {str(destino)!r}]))\n")

    resultado = cli(opciones_python=("-c", codigo))

    _comprobar_informe_por_separado(
        cli, base, resultado, destino,
        "permiso denegado (no hay permiso para escribir allí; si el archivo está abierto en otro programa, "
        "ciérrelo)")


def test_avisos_a_una_carpeta_inexistente_no_anotan_ningun_aviso(cli, red, tmp_path):
    base, _ = red
    fallido = cli("cuotas", "avisos", tmp_path / "no-existe" / "avisos.pdf", "--al", "2025-12-31", db=base)
    assert fallido.returncode == 1
    assert "No existe la carpeta" in fallido.stderr and "no se generó ningún aviso" in fallido.stderr
    # Nada quedó anotado: el lote completo sale después, a una carpeta que existe.
    salida = ok(cli("cuotas", "avisos", tmp_path / "avisos.pdf", "--al", "2025-12-31", db=base))
    assert salida.startswith("3 avisos de cobro")


# --- una base de una versión más nueva --------------------------------------------------------------

def test_base_de_una_version_mas_nueva_se_consulta_pero_no_se_modifica(cli, con_miembros, tmp_path):
    conn = sqlite3.connect(con_miembros)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('escritorio', '0042_de_una_version_futura', '2031-01-01 00:00:00')")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    antes = huella(con_miembros)
    aviso = (f"La base {con_miembros} fue creada por una versión más nueva de Escritorio: se abre solo para "
             "consultar; actualice el programa")

    listado = cli("miembros", "listar", "--json", db=con_miembros)
    importar = cli("miembros", "importar", escribir_csv(tmp_path / "otra.csv", [["Concordia", "AR", "170.000"]]),
                   db=con_miembros)

    assert listado.returncode == 0, listado.stderr
    assert sorted(m["nombre"] for m in json.loads(listado.stdout)) == ["Paraná", "Rosario", "Salto"]
    assert aviso in listado.stderr
    assert importar.returncode == 1
    assert f"No se guardó nada: la base {con_miembros} fue creada por una versión más nueva" in importar.stderr
    assert "readonly" not in importar.stderr.lower() and "attempt to write" not in importar.stderr
    sin_traza(importar)
    verificado = cli("verificar", db=con_miembros)  # consulta con tablas temporales: también funciona
    assert "Lo sentimos" not in verificado.stderr and "Miembros: 3" in verificado.stdout
    assert huella(con_miembros) == antes  # ni un byte: ni migraciones, ni modo WAL, ni bitácora
    assert len(json.loads(ok(cli("miembros", "listar", "--json", db=con_miembros)))) == 3


# --- una ruta sin base no se convierte en base en silencio ------------------------------------------

def test_un_archivo_de_0_bytes_no_se_convierte_en_base(cli, tmp_path):
    vacio = tmp_path / "vacio.db"
    vacio.touch()

    resultado = cli("miembros", "listar", db=vacio)

    assert resultado.returncode == 1
    assert resultado.stderr.strip() == (
        f"{vacio} está vacío (0 bytes): no es una base de datos de Escritorio. No se creó ni se modificó nada. "
        f"Para crear allí una base nueva: «escritorio --db {vacio} asociacion crear --nombre NOMBRE --sigla SIGLA» "
        f"(o «escritorio --db {vacio} demo» para la red de ejemplo); si su base está en otro lugar, indíquela "
        "con --db RUTA.")
    assert vacio.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "casa") == ["vacio.db"]  # ni -wal ni -shm
    # Donde el usuario lo pide, sí se crea.
    ok(cli("asociacion", "crear", "--nombre", "Red Nueva", "--sigla", "RN", db=vacio))
    assert "0 miembros." in ok(cli("miembros", "listar", db=vacio))


def test_una_ruta_inexistente_no_crea_una_base(cli, tmp_path):
    ruta = tmp_path / "carpeta-nueva" / "red.db"
    for orden in (("miembros", "listar"), ("cuotas", "emitir", "2025"), ("verificar",), ("respaldo", "crear")):
        resultado = cli(*orden, db=ruta)
        assert resultado.returncode == 1, orden
        assert f"No existe la base de datos {ruta}. No se creó ni se modificó nada." in resultado.stderr
        assert "asociacion crear" in resultado.stderr
        sin_traza(resultado)
    assert not ruta.parent.exists()


# --- disco lleno --------------------------------------------------------------------------------------

@pytest.mark.proceso  # lanza otro programa
def test_disco_lleno_la_consulta_funciona_y_guardar_lo_dice_en_castellano(cli, tmp_path, montar):
    """Base con su diario abierto (como la deja la línea de órdenes) en un disco que se llena."""
    carpeta = montar("disco", "3M")
    base = carpeta / "red.db"
    from ayudas import CREAR_RML

    ok(cli(*CREAR_RML, db=base))
    ok(cli("miembros", "importar", escribir_csv(tmp_path / "buenas.csv", BUENAS), db=base))
    llenar(carpeta)

    listado = cli("miembros", "listar", "--json", db=base)
    importar = cli("miembros", "importar", escribir_csv(tmp_path / "mas.csv", [[f"Ciudad {i}", "AR", "10.000"]
                                                                             for i in range(3000)]), db=base)

    assert listado.returncode == 0, listado.stderr
    assert sorted(m["nombre"] for m in json.loads(listado.stdout)) == ["Paraná", "Rosario", "Salto"]
    assert importar.returncode == 1
    assert f"No queda espacio en el disco donde está {base}" in importar.stderr
    assert "libere espacio" in importar.stderr and "no se guardó nada" in importar.stderr
    assert "disk I/O error" not in importar.stderr and "disk is full" not in importar.stderr
    sin_traza(importar)
    assert len(json.loads(ok(cli("miembros", "listar", "--json", db=base)))) == 3


@pytest.mark.proceso  # lanza otro programa
def test_disco_lleno_una_base_cerrada_se_abre_solo_para_consultar(cli, tmp_path, montar):
    """Base cerrada del todo (sin diario): SQLite no puede ni crear el índice del diario (-shm) para leer.
    Se lee el archivo tal cual, con aviso; guardar da el mensaje de disco lleno."""
    from escritorio.servicios.base import abrir_base

    carpeta = montar("disco", "3M")
    base = carpeta / "red.db"
    from ayudas import CREAR_RML

    ok(cli(*CREAR_RML, db=base))
    ok(cli("miembros", "importar", escribir_csv(tmp_path / "buenas.csv", BUENAS), db=base))
    abrir_base(base).close()  # la última conexión que se cierra vuelca el diario y lo borra
    assert not Path(str(base) + "-wal").exists()
    llenar(carpeta)
    antes = huella(base)

    listado = cli("miembros", "listar", "--json", db=base)
    baja = cli("miembros", "baja", "1", "--motivo", "prueba", db=base)

    assert listado.returncode == 0, listado.stderr
    assert sorted(m["nombre"] for m in json.loads(listado.stdout)) == ["Paraná", "Rosario", "Salto"]
    assert f"AVISO: No queda espacio en el disco donde está {base}: la base se abre solo para consultar" \
        in listado.stderr
    assert baja.returncode == 1
    assert f"No queda espacio en el disco donde está {base}" in baja.stderr and "no se guardó nada" in baja.stderr
    assert "disk I/O error" not in baja.stderr
    assert huella(base) == antes


@pytest.mark.proceso  # lanza otro programa
def test_disco_lleno_la_ventana_abre_sin_el_respaldo_de_apertura(cli, tmp_path, montar):
    """La ventana hace un respaldo al abrir: en un disco lleno no puede, y eso no impide consultar."""
    from escritorio.datos.conexion import solo_lectura
    from escritorio.errores import ErrorEscritorio
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.miembros import dar_de_baja, listar_miembros

    carpeta = montar("disco", "3M")
    base = carpeta / "red.db"
    from ayudas import CREAR_RML

    ok(cli(*CREAR_RML, db=base))
    ok(cli("miembros", "importar", escribir_csv(tmp_path / "buenas.csv", BUENAS), db=base))
    llenar(carpeta)

    db = abrir_base(base, respaldo_al_abrir=True)
    try:
        assert len(listar_miembros(Contexto(db, 1))) == 3
        assert "No queda espacio en el disco" in solo_lectura(db).aviso
        with pytest.raises(ErrorEscritorio, match="No queda espacio en el disco donde está"):
            from datetime import date

            dar_de_baja(db, 1, date(2026, 1, 1), "prueba", 1)
    finally:
        db.close()


def test_error_de_entrada_salida_con_el_disco_lleno_se_explica_sin_montar(tmp_path, monkeypatch):
    """SQLite da «disk I/O error» cuando el diario WAL no puede crecer: con el disco sin espacio, se dice así;
    con espacio, es otro problema del disco y el mensaje no habla de espacio."""
    from collections import namedtuple

    from escritorio.datos import diagnostico

    ruta = tmp_path / "red.db"
    error = sqlite3.OperationalError("disk I/O error")
    Uso = namedtuple("Uso", "total used free")
    monkeypatch.setattr(diagnostico.shutil, "disk_usage", lambda lugar: Uso(10**9, 10**9, 0))
    lleno = diagnostico.traducir_error(error, ruta).mensaje
    monkeypatch.setattr(diagnostico.shutil, "disk_usage", lambda lugar: Uso(10**9, 0, 10**9))
    con_espacio = diagnostico.traducir_error(error, ruta).mensaje

    assert lleno == (f"No queda espacio en el disco donde está {ruta} (el disco está lleno): libere espacio (borre "
                     "o mueva a otro disco archivos que no necesite) e inténtelo de nuevo; no se guardó nada.")
    assert "espacio" not in con_espacio and "no se guardó nada" in con_espacio
    assert "disk I/O error" not in lleno + con_espacio


def test_una_base_que_quedo_en_0_bytes_se_recupera_no_se_convierte(cli, con_miembros):
    ok(cli("respaldo", "crear", db=con_miembros))
    con_miembros.write_bytes(b"")  # un corte de luz, una copia que falló
    for diario in ("-wal", "-shm"):
        Path(str(con_miembros) + diario).unlink(missing_ok=True)

    listado = cli("miembros", "listar", db=con_miembros)

    assert listado.returncode == 1
    assert f"Si allí estaba su base y quedó vacía, recupérela del último respaldo con «escritorio --db {con_miembros} " \
           "respaldo recuperar»" in listado.stderr
    assert con_miembros.stat().st_size == 0
    recuperada = cli("respaldo", "recuperar", db=con_miembros)
    assert recuperada.returncode == 0, recuperada.stderr
    assert "Base recuperada desde el respaldo" in recuperada.stdout
    assert "3 miembros." in ok(cli("miembros", "listar", db=con_miembros))


@pytest.mark.proceso  # lanza otro programa
def test_disco_lleno_una_base_sin_modo_wal_se_consulta_igual(cli, tmp_path, montar):
    """Una base con el diario clásico (copiada de otro programa, o de una versión vieja): fijar el modo WAL
    necesita espacio; en un disco lleno eso no impide consultar."""
    from escritorio.servicios.base import abrir_base

    carpeta = montar("disco", "3M")
    base = carpeta / "red.db"
    from ayudas import CREAR_RML

    ok(cli(*CREAR_RML, db=base))
    abrir_base(base).close()
    conn = sqlite3.connect(base)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    conn.close()
    llenar(carpeta)
    antes = huella(base)

    listado = cli("asociacion", "listar", "--json", db=base)
    crear = cli("asociacion", "crear", "--nombre", "Otra Red", "--sigla", "OTR", db=base)

    assert listado.returncode == 0, listado.stderr
    assert [a["sigla"] for a in json.loads(listado.stdout)] == ["RML"]
    assert "la base se abre solo para consultar" in listado.stderr
    assert crear.returncode == 1
    assert f"No queda espacio en el disco donde está {base}" in crear.stderr
    sin_traza(crear)
    assert huella(base) == antes
