"""Los respaldos nunca destruyen datos (issue 11, punto 2), recorridos por la línea de órdenes real.

- la rotación nunca borra la copia «antes de restaurar» (ni «antes de migrar»);
- `respaldo crear` y `respaldo restaurar` nunca pisan un archivo ajeno, y el respaldo de OTRA base no se
  restaura sin pedirlo;
- la recuperación elige por identidad, nunca el respaldo de otra base de la misma carpeta;
- los temporales de copias interrumpidas se limpian al abrir, sin tocar el diario de la base viva.
"""

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta

import pytest

from ayudas import BUENAS, CREAR_RML, escribir_csv, respaldos_del_pasado, sin_traza
from escritorio.datos import (respaldo, respaldo_copia, respaldo_identidad, respaldo_restauracion, respaldo_rotacion,
                              testigo)
from escritorio.servicios.base import abrir_base

CREAR_OTRA = ("asociacion", "crear", "--nombre", "Alianza de Ciudades del Norte", "--sigla", "ACN")


def huella(ruta) -> str:
    return hashlib.sha256(ruta.read_bytes()).hexdigest()


def consultar(ruta, sql):
    conn = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def miembros(ruta) -> int:
    return consultar(ruta, "SELECT count(*) FROM miembros")[0][0]


def siglas(ruta) -> list[str]:
    return [f[0] for f in consultar(ruta, "SELECT sigla FROM asociaciones ORDER BY sigla")]


def dañar(ruta) -> None:
    """Arruina las páginas interiores (como un disco que falla), con la base cerrada y sin diario."""
    conn = sqlite3.connect(ruta)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    datos = bytearray(ruta.read_bytes())
    for posicion in range(8192, len(datos) - 4096, 4096):
        datos[posicion + 100:posicion + 300] = b"\xff" * 200
    ruta.write_bytes(bytes(datos))


def respaldo_creado(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    return resultado.stdout.split("Respaldo creado: ", 1)[1].strip()


# --- 1. la copia «antes de restaurar» no se rota ---------------------------------------------------

def test_la_copia_antes_de_restaurar_sobrevive_a_abrir_y_cerrar_y_a_la_rotacion(cli, con_miembros, tmp_path):
    """Restaurar un respaldo viejo, abrir y cerrar la ventana, y un año de respaldos automáticos: el trabajo
    hecho antes de restaurar sigue en la copia «antes-de-restaurar» (hasta que pasa de trece meses: ver
    test_respaldos_automaticos, lo que se suprimió no vive más que eso en los respaldos)."""
    viejo = tmp_path / "viejo.db"
    assert cli("respaldo", "crear", viejo, db=con_miembros).returncode == 0  # 3 miembros
    assert cli("miembros", "importar", escribir_csv(tmp_path / "mas.csv", [["Fray Bentos", "UY", "25.000"]]),
               db=con_miembros).returncode == 0  # el trabajo de hoy: 4 miembros
    restaurada = cli("respaldo", "restaurar", viejo, db=con_miembros)
    assert restaurada.returncode == 0, restaurada.stderr
    copia = next((tmp_path / "respaldos").glob("red-*-antes-de-restaurar.db"))
    assert miembros(copia) == 4 and miembros(con_miembros) == 3

    db = abrir_base(con_miembros, respaldo_al_abrir=True)  # lo que hace la ventana al abrir…
    conn = db.conn
    cierre = respaldo_rotacion.respaldar_automaticamente(conn, con_miembros, "cierre")  # …y al cerrar (si hace falta:
    #                                                         datos/respaldo_de_cierre.py)
    ahora = datetime.now()
    # Más de un año de cierres (cada día el primer mes, luego cada diez días: los mismos que dejaría la ventana,
    # puestos con su nombre) y el último de verdad: la rotación trabaja mucho y borra casi todos.
    respaldos_del_pasado(cierre, con_miembros, [ahora + timedelta(days=dia) for dia in [*range(1, 31), *range(40, 390, 10)]])
    respaldo_rotacion.respaldar_automaticamente(conn, con_miembros, "cierre", ahora + timedelta(days=390))
    db.close()

    assert copia.exists() and miembros(copia) == 4
    cierres = list((tmp_path / "respaldos").glob("red-*-cierre*.db"))
    assert len(cierres) <= 7 + 4 + 12  # la rotación sí trabajó sobre los automáticos


def test_la_copia_antes_de_migrar_no_se_rota(tmp_path):
    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    antes = respaldo_copia.respaldar(db.conn, ruta, "antes-de-migrar")
    # Dos meses de aperturas: la primera y la última de verdad, las de en medio puestas con su nombre.
    primera = respaldo_rotacion.respaldar_automaticamente(db.conn, ruta, "apertura", datetime(2027, 1, 1))
    respaldos_del_pasado(primera, ruta, [datetime(2027, 1, 1) + timedelta(days=dia) for dia in range(1, 59)], "apertura")
    respaldo_rotacion.respaldar_automaticamente(db.conn, ruta, "apertura", datetime(2027, 1, 1) + timedelta(days=59))
    db.close()
    assert antes.exists()
    assert len(list(antes.parent.glob("red-*-apertura*.db"))) < 60  # la rotación sí borró aperturas


# --- 2. nunca pisar un archivo ajeno -----------------------------------------------------------------

def test_respaldo_crear_sobre_una_planilla_se_rechaza_y_la_deja_intacta(cli, con_miembros, tmp_path):
    planilla = tmp_path / "padron.xlsx"
    assert cli("miembros", "exportar", planilla, db=con_miembros).returncode == 0
    antes = huella(planilla)

    for extra in ((), ("--reemplazar",)):
        resultado = cli("respaldo", "crear", planilla, *extra, db=con_miembros)
        assert resultado.returncode == 1
        assert str(planilla) in resultado.stderr and "No se" in resultado.stderr
        sin_traza(resultado)
        assert huella(planilla) == antes
    assert not list(tmp_path.glob("padron.xlsx.*"))  # ni un temporal olvidado


def test_respaldo_crear_nunca_pisa_la_base_de_otra_asociacion(cli, con_miembros, tmp_path):
    otra = tmp_path / "otra.db"
    assert cli(*CREAR_OTRA, db=otra).returncode == 0
    antes = huella(otra)
    for extra in ((), ("--reemplazar",)):
        resultado = cli("respaldo", "crear", otra, *extra, db=con_miembros)
        assert resultado.returncode == 1, resultado.stdout
        assert huella(otra) == antes
    assert siglas(otra) == ["ACN"]


def test_un_respaldo_propio_se_reemplaza_solo_si_se_pide(cli, con_miembros, tmp_path):
    destino = tmp_path / "pendrive.db"
    assert cli("respaldo", "crear", destino, db=con_miembros).returncode == 0
    antes = huella(destino)
    assert cli("miembros", "importar", escribir_csv(tmp_path / "mas.csv", [["Fray Bentos", "UY", "25.000"]]),
               db=con_miembros).returncode == 0

    rechazo = cli("respaldo", "crear", destino, db=con_miembros)
    assert rechazo.returncode == 1 and "Ya existe" in rechazo.stderr and "--reemplazar" in rechazo.stderr
    assert huella(destino) == antes

    assert cli("respaldo", "crear", destino, "--reemplazar", db=con_miembros).returncode == 0
    assert miembros(destino) == 4


def test_respaldo_crear_a_una_carpeta_nunca_pisa(cli, con_miembros, tmp_path):
    carpeta = tmp_path / "usb"
    carpeta.mkdir()
    primero = respaldo_creado(cli("respaldo", "crear", carpeta, db=con_miembros))
    segundo = respaldo_creado(cli("respaldo", "crear", carpeta, db=con_miembros))
    assert primero != segundo and len(list(carpeta.glob("*.db"))) == 2


def test_restaurar_con_db_sobre_algo_que_no_es_una_base_no_lo_toca(cli, con_miembros, tmp_path):
    copia = tmp_path / "copia.db"
    assert cli("respaldo", "crear", copia, db=con_miembros).returncode == 0
    planilla = tmp_path / "cuentas.xlsx"
    assert cli("miembros", "exportar", planilla, db=con_miembros).returncode == 0
    ajena = tmp_path / "clientes.db"
    conn = sqlite3.connect(ajena)
    conn.execute("CREATE TABLE clientes (nombre TEXT)")
    conn.execute("INSERT INTO clientes VALUES ('Acme')")
    conn.commit()
    conn.close()
    for archivo in (planilla, ajena):
        antes = huella(archivo)
        resultado = cli("respaldo", "restaurar", copia, db=archivo)
        assert resultado.returncode == 1
        assert "no lo reemplaza" in resultado.stderr and "No se restauró nada" in resultado.stderr and str(archivo) in resultado.stderr
        sin_traza(resultado)
        assert huella(archivo) == antes


def test_restaurar_el_respaldo_de_otra_base_se_rechaza_salvo_pedido(cli, con_miembros, tmp_path):
    otra = tmp_path / "otra.db"
    assert cli(*CREAR_OTRA, db=otra).returncode == 0
    de_otra = respaldo_creado(cli("respaldo", "crear", db=otra))
    antes = huella(con_miembros)

    rechazo = cli("respaldo", "restaurar", de_otra, db=con_miembros)
    assert rechazo.returncode == 1
    assert "OTRA base" in rechazo.stderr and "--de-otra-base" in rechazo.stderr
    assert "Alianza de Ciudades del Norte" in rechazo.stderr  # se dice de qué es cada archivo
    assert huella(con_miembros) == antes and siglas(con_miembros) == ["RML"]

    aceptado = cli("respaldo", "restaurar", de_otra, "--de-otra-base", db=con_miembros)
    assert aceptado.returncode == 0, aceptado.stderr
    assert siglas(con_miembros) == ["ACN"]
    guardada = aceptado.stdout.split("quedó guardada en ", 1)[1].strip()
    assert siglas(guardada) == ["RML"] and miembros(guardada) == 3


def test_restaurar_anota_la_restauracion_en_el_testigo(cli, con_miembros, tmp_path):
    copia = tmp_path / "copia.db"
    assert cli("respaldo", "crear", copia, db=con_miembros).returncode == 0
    assert cli("respaldo", "restaurar", copia, db=con_miembros).returncode == 0
    visto = testigo.leer(con_miembros)
    assert visto is not None and visto.restaurada_en
    assert datetime.fromisoformat(visto.restaurada_en) > datetime.now() - timedelta(minutes=5)
    assert visto.base_id == testigo.identidad_de_archivo(con_miembros)


# --- 3 y 5. recuperación por identidad, también desde la línea de órdenes -------------------------

def dos_bases_en_una_carpeta(cli, con_miembros, tmp_path):
    """red.db (RML, 3 miembros) y otra.db (ACN, sin miembros) comparten carpeta y carpeta de respaldos; el
    respaldo de la otra es el más nuevo."""
    otra = tmp_path / "otra.db"
    assert cli(*CREAR_OTRA, db=otra).returncode == 0
    de_red = respaldo_creado(cli("respaldo", "crear", db=con_miembros))
    de_otra = respaldo_creado(cli("respaldo", "crear", db=otra))
    # El de la otra base es el más nuevo de la carpeta (por la hora de su nombre y, en el mismo segundo, por la del
    # archivo; antes se esperaba un segundo): quien eligiera el más nuevo sin mirar la identidad, lo elegiría.
    assert str(respaldo_identidad.listar_respaldos(con_miembros)[0]["ruta"]) == de_otra
    return otra, de_red, de_otra


def test_recuperar_desde_la_linea_de_ordenes_usa_el_respaldo_de_la_misma_base(cli, con_miembros, tmp_path):
    otra, de_red, de_otra = dos_bases_en_una_carpeta(cli, con_miembros, tmp_path)
    antes_otra = huella(otra)
    dañar(con_miembros)

    fallo = cli("miembros", "listar", db=con_miembros)
    assert fallo.returncode == 1 and "dañad" in fallo.stderr
    assert f"«escritorio --db {con_miembros} respaldo recuperar»" in fallo.stderr  # la orden exacta
    sin_traza(fallo)

    resultado = cli("respaldo", "recuperar", db=con_miembros)
    assert resultado.returncode == 0, resultado.stderr
    assert de_red in resultado.stdout and de_otra not in resultado.stdout
    assert siglas(con_miembros) == ["RML"] and miembros(con_miembros) == 3
    apartadas = list(tmp_path.glob("red.db.danada-*"))
    assert len(apartadas) == 1 and str(apartadas[0]) in resultado.stdout
    assert huella(otra) == antes_otra
    listado = cli("miembros", "listar", "--json", db=con_miembros)
    assert len(json.loads(listado.stdout)) == 3

    sana = cli("respaldo", "recuperar", db=con_miembros)
    assert sana.returncode == 0 and "está sana" in sana.stdout


def test_recuperar_sin_testigo_elige_por_el_nombre_exacto(cli, con_miembros, tmp_path):
    """Una base dañada que no se puede leer y sin testigo: solo sirven los respaldos con su nombre exacto."""
    otra, de_red, de_otra = dos_bases_en_una_carpeta(cli, con_miembros, tmp_path)
    testigo.ruta_testigo(con_miembros).unlink()
    con_miembros.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)  # ilegible del todo

    resultado = cli("respaldo", "recuperar", db=con_miembros)
    assert resultado.returncode == 0, resultado.stderr
    assert siglas(con_miembros) == ["RML"] and miembros(con_miembros) == 3


def test_recuperar_sin_respaldos_de_la_misma_base_no_toca_nada(cli, base_cli, tmp_path):
    otra = tmp_path / "otra.db"
    assert cli(*CREAR_OTRA, db=otra).returncode == 0
    assert cli("respaldo", "crear", db=otra).returncode == 0
    assert cli("respaldo", "crear", tmp_path / "fuera.db", db=base_cli).returncode == 0  # testigo, fuera de la carpeta
    dañar(base_cli)
    antes = huella(base_cli)

    resultado = cli("respaldo", "recuperar", db=base_cli)
    assert resultado.returncode == 1
    assert "No hay un respaldo sano de esta base" in resultado.stderr
    assert huella(base_cli) == antes and not list(tmp_path.glob("red.db.danada-*"))


def test_respaldo_listar_separa_los_de_otra_base(cli, con_miembros, tmp_path):
    otra, de_red, de_otra = dos_bases_en_una_carpeta(cli, con_miembros, tmp_path)
    filas = json.loads(cli("respaldo", "listar", "--json", db=con_miembros).stdout)
    assert {f["archivo"]: f["de_esta_base"] for f in filas} == {de_red: True, de_otra: False}
    texto = cli("respaldo", "listar", db=con_miembros).stdout
    assert texto.index("De otra base") < texto.index(os.path.basename(de_otra))


def test_respaldos_sin_identidad_solo_con_el_nombre_exacto_de_la_base(cli, con_miembros, tmp_path):
    """Un respaldo anterior a la identidad cuenta como de esta base solo si se llama exactamente
    `red-AAAAMMDD-HHMMSS-motivo.db`; «red-viejo.db» o «redes-…» no."""
    original = respaldo_creado(cli("respaldo", "crear", db=con_miembros))
    carpeta = tmp_path / "respaldos"
    for nombre in ("red-20250101-100000-manual.db", "red-viejo.db", "redes-20250101-100000-manual.db"):
        copia = carpeta / nombre
        copia.write_bytes(open(original, "rb").read())
        conn = sqlite3.connect(copia)
        conn.execute("DROP TABLE identidad_base")  # como uno de la versión anterior
        conn.commit()
        conn.close()
    filas = {os.path.basename(f["archivo"]): f["pertenencia"]
             for f in json.loads(cli("respaldo", "listar", "--json", db=con_miembros).stdout)}
    assert filas["red-20250101-100000-manual.db"] == "antigua"
    assert filas["red-viejo.db"] == "ajena" and filas["redes-20250101-100000-manual.db"] == "ajena"


@pytest.mark.proceso  # lanza otro programa
def test_restaurar_un_respaldo_sin_identidad_conserva_la_identidad_de_la_base(cli, con_miembros, tmp_path,
                                                                             monkeypatch):
    """Un respaldo de la versión anterior (hasta la 0008) restaurado recibiría una identidad nueva al migrar:
    conserva la de la base, así sus respaldos (y la copia antes de restaurar) siguen siendo «de esta base»."""
    from escritorio.datos.migraciones import Migraciones

    from escritorio.datos import apertura
    from escritorio.datos.esquema import CONJUNTO, MIGRACIONES
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    anteriores = Migraciones(CONJUNTO)
    for real in MIGRACIONES._migrations[:8]:
        anteriores(name=real.name)(real.fn)
    monkeypatch.setattr(apertura, "MIGRACIONES", anteriores)
    viejo = tmp_path / "red-20250101-100000-manual.db"
    db = apertura.abrir(viejo)
    crear_asociacion(db, NuevaAsociacion(nombre="Red de 2025", sigla="R25"))
    db.close()
    monkeypatch.setattr(apertura, "MIGRACIONES", MIGRACIONES)
    assert testigo.identidad_de_archivo(viejo) is None
    identidad = testigo.identidad_de_archivo(con_miembros)

    resultado = cli("respaldo", "restaurar", viejo, db=con_miembros)
    assert resultado.returncode == 0, resultado.stderr
    assert siglas(con_miembros) == ["R25"]
    assert testigo.identidad_de_archivo(con_miembros) == identidad
    filas = json.loads(cli("respaldo", "listar", "--json", db=con_miembros).stdout)
    assert [f["pertenencia"] for f in filas if "antes-de-restaurar" in f["archivo"]] == ["propia"]
    cambio = subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                             "c.execute(\"UPDATE identidad_base SET base_id = 'x'\"); c.commit()", str(con_miembros)],
                            capture_output=True, text=True)
    assert "no se cambia" in cambio.stderr  # la identidad sigue protegida


# --- 4. restos de copias interrumpidas ---------------------------------------------------------------

INTERRUMPIR = """
import os, sys
from escritorio.datos import apertura, respaldo_copia, respaldo_restauracion
{funcion} = lambda *a, **k: os._exit(9)   # el proceso muere justo antes de terminar
db = apertura.abrir(sys.argv[1])
{accion}
"""

DIARIO_VIVO = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("INSERT INTO asociaciones (nombre, sigla) VALUES ('Red del diario', 'WAL')")
conn.commit()
os._exit(0)
"""


def envejecer(*rutas) -> None:
    viejo = time.time() - 2 * respaldo.ANTIGUEDAD_MINIMA_RESTOS_S
    for ruta in rutas:
        os.utime(ruta, (viejo, viejo))


@pytest.mark.proceso  # lanza otro programa
def test_restos_de_respaldos_y_restauraciones_interrumpidos_se_limpian_al_abrir(cli, con_miembros, tmp_path,
                                                                                  entorno_cli):
    copia = tmp_path / "copia.db"
    assert cli("respaldo", "crear", copia, db=con_miembros).returncode == 0
    for funcion, accion in (("respaldo_copia._mover_sin_pisar", "respaldo_copia.respaldar(db.conn, sys.argv[1])"),
                            # restauración cortada: el temporal .restaurando quedó escrito y no se renombró
                            ("respaldo_restauracion._resguardar_actual",
                             "respaldo_copia.copiar_a(db.conn, respaldo_copia.Path(sys.argv[1] + '.restaurando')); os._exit(9)")):
        proceso = subprocess.run([sys.executable, "-c", INTERRUMPIR.format(funcion=funcion, accion=accion),
                                  str(con_miembros)], env=entorno_cli, cwd=tmp_path, capture_output=True, text=True)
        assert proceso.returncode == 9, proceso.stderr
    parciales = list((tmp_path / "respaldos").glob("*.parcial"))
    restaurando = tmp_path / "red.db.restaurando"
    assert len(parciales) == 1 and restaurando.exists()
    # Un diario suelto de otro temporal cortado, y uno reciente que otro proceso podría estar escribiendo.
    suelto = tmp_path / "respaldos" / "red-20260101-000000-manual.db.77.parcial-journal"
    suelto.write_bytes(b"x" * 512)
    reciente = tmp_path / "respaldos" / "red-20990101-000000-manual.db.88.parcial"
    reciente.write_bytes(b"en curso")
    # Y la base viva con cambios confirmados que siguen solo en su diario -wal.
    subprocess.run([sys.executable, "-c", DIARIO_VIVO, str(con_miembros)], check=True)
    diario = tmp_path / "red.db-wal"
    assert diario.stat().st_size > 0
    envejecer(*parciales, restaurando, suelto, diario)

    resultado = cli("asociacion", "listar", db=con_miembros)

    assert resultado.returncode == 0, resultado.stderr
    assert "WAL" in resultado.stdout  # lo confirmado en el diario de la base no se perdió
    assert not any(p.exists() for p in parciales) and not restaurando.exists() and not suelto.exists()
    assert reciente.exists()  # demasiado reciente: podría estar escribiéndose
    assert miembros(con_miembros) == 3 and siglas(con_miembros) == ["RML", "WAL"]


def test_lo_que_otro_confirma_durante_la_restauracion_queda_en_la_copia_antes_de_restaurar(con_miembros, tmp_path):
    """La ventana tiene una escritura en curso cuando otro proceso restaura: la restauración espera a que
    confirme y la copia «antes-de-restaurar» la incluye (antes se copiaba sin esperar y ese cambio se perdía)."""
    import threading

    from escritorio.datos.apertura import abrir

    viejo = respaldo_copia.respaldar(sqlite3.connect(con_miembros), con_miembros, "manual")
    ventana = abrir(con_miembros)
    ventana.conn.execute("BEGIN IMMEDIATE")
    ventana.conn.execute("UPDATE miembros SET telefono = 'escrito en la ventana' WHERE id = 1")
    hecho = {}
    hilo = threading.Thread(target=lambda: hecho.setdefault("anterior", respaldo_restauracion.restaurar(con_miembros, viejo)))
    hilo.start()
    time.sleep(1.0)
    assert hilo.is_alive(), "la restauración no esperó a la escritura en curso"
    ventana.conn.commit()
    hilo.join(30)
    ventana.close()
    anterior = hecho["anterior"]
    assert consultar(anterior, "SELECT telefono FROM miembros WHERE id = 1") == [("escrito en la ventana",)]
    assert consultar(con_miembros, "SELECT telefono FROM miembros WHERE id = 1") != [("escrito en la ventana",)]
