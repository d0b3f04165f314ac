"""Dos escritores a la vez: dos importaciones del mismo archivo no duplican a nadie, y la base misma rechaza
dos miembros de una asociación con el mismo país, región y nombre (sin mayúsculas ni acentos).

Las importaciones corren como procesos reales de la CLI, como los lanzaría una persona desde dos terminales
(o una terminal y la ventana).
"""

import json
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date

import pytest

from ayudas import BUENAS, CREAR_RML, contar, escribir_csv, sin_traza
from escritorio.datos import apertura, conexion
from escritorio.datos.esquema import CONJUNTO, MIGRACIONES
from escritorio.dominio.ficha import FichaMiembro
from escritorio.dominio.miembros import clave_emparejamiento
from escritorio.errores import ErrorValidacion
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, escala_desde_texto
from escritorio.servicios.emision_de_cuotas import emitir
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.pagos import NuevoPago, registrar_pago
from escritorio.servicios.respaldo import verificar
from escritorio.datos.migraciones import Migraciones

FILAS = 5_000  # múltiplo de 250: la última línea «leyendo:» de --progreso es la de la última fila


@pytest.fixture
def archivo_grande(tmp_path):
    return escribir_csv(tmp_path / "padron.csv",
                        [[f"Ciudad {i}", "AR", f"Región {i % 24}", str(5000 + i)] for i in range(FILAS)],
                        ["Nombre", "País", "Región", "Población"])


# `python -m escritorio` con la espera en silencio por la base ocupada (datos.conexion.ESPERA_MS, 5 s) más corta: lo
# que se prueba es que la importación espera y lo dice, no cuánto calla antes de decirlo.
CON_ESPERA_CORTA = ("import sys; from escritorio.datos import apertura, conexion, lectura_aparte; "
                    "conexion.ESPERA_MS = apertura.ESPERA_MS = lectura_aparte.ESPERA_MS = 300; "
                    "from escritorio.__main__ import principal; sys.exit(principal())")


def importar_en_segundo_plano(ruta_db, archivo, entorno, carpeta, *, espera_corta: bool = False) -> subprocess.Popen:
    programa = ["-c", CON_ESPERA_CORTA] if espera_corta else ["-m", "escritorio"]
    return subprocess.Popen(
        [sys.executable, *programa, "--db", str(ruta_db), "miembros", "importar", str(archivo), "--progreso"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=entorno, cwd=carpeta)


def miembros_y_claves(ruta_db) -> tuple[int, list[tuple]]:
    """Cantidad de miembros y las claves de emparejamiento (calculadas) que aparecen más de una vez."""
    conn = sqlite3.connect(ruta_db)
    try:
        filas = conn.execute("SELECT asociacion_id, pais, region, nombre FROM miembros").fetchall()
    finally:
        conn.close()
    vistas, repetidas = set(), []
    for asociacion, pais, region, nombre in filas:
        clave = (asociacion, *clave_emparejamiento(pais, region, nombre))
        if clave in vistas:
            repetidas.append(clave)
        vistas.add(clave)
    return len(filas), repetidas


def terminar(procesos) -> list[tuple[int, str, str]]:
    salidas = []
    for proceso in procesos:
        salida, errores = proceso.communicate(timeout=300)
        salidas.append((proceso.returncode, salida, errores))
    return salidas


def comprobar_una_sola_vez(cli, ruta_db, salidas) -> None:
    """Cada miembro del archivo una sola vez, ambos procesos bien terminados y lo informado es lo hecho."""
    for codigo, salida, errores in salidas:
        assert codigo == 0, errores
        assert "Traceback" not in salida + errores
    cantidad, repetidas = miembros_y_claves(ruta_db)
    assert repetidas == []
    assert cantidad == FILAS
    informes = sorted(salida for _, salida, _ in salidas)
    # Una creó a todos; la otra, que decidió después dentro de su transacción, no encontró nada nuevo.
    assert f"{FILAS} nuevos, 0 actualizados, 0 sin cambios" in informes[1]
    assert f"0 nuevos, 0 actualizados, {FILAS} sin cambios" in informes[0]
    verificacion = cli("verificar", db=ruta_db)
    assert verificacion.returncode == 0, verificacion.stderr
    assert f"Miembros: {FILAS}" in verificacion.stdout
    assert "La base de datos está sana." in verificacion.stdout


@pytest.mark.proceso  # lanza otro programa
def test_dos_importaciones_del_mismo_archivo_a_la_vez_no_duplican(cli, base_cli, archivo_grande, entorno_cli, tmp_path):
    """Lanzadas juntas: cuánto se solapan depende de la máquina (la de abajo fuerza el peor caso)."""
    procesos = [importar_en_segundo_plano(base_cli, archivo_grande, entorno_cli, tmp_path) for _ in range(2)]
    comprobar_una_sola_vez(cli, base_cli, terminar(procesos))


@pytest.mark.proceso  # lanza otro programa
def test_dos_importaciones_que_leyeron_la_base_vacia_no_duplican(cli, base_cli, archivo_grande, entorno_cli, tmp_path):
    """El peor caso, forzado: ambas terminan de leer y validar el archivo (y de calcular su vista previa sobre
    la base vacía) antes de que cualquiera escriba, porque otra ventana está guardando. Al soltar la base,
    la segunda no debe escribir lo que ya escribió la primera."""
    otra_ventana = sqlite3.connect(base_cli)
    otra_ventana.execute("BEGIN IMMEDIATE")
    procesos = [importar_en_segundo_plano(base_cli, archivo_grande, entorno_cli, tmp_path, espera_corta=True)
                for _ in range(2)]
    try:
        for proceso in procesos:  # cada una leyó el archivo entero (su vista previa ve la base vacía) y espera la base
            leido = False
            for linea in proceso.stderr:
                leido = leido or linea.startswith(f"leyendo: {FILAS}")
                if leido and "Otra escritura está usando la base" in linea:
                    break
            else:
                pytest.fail("la importación terminó sin leer el archivo entero y esperar la base")
    finally:
        otra_ventana.rollback()
        otra_ventana.close()
    salidas = terminar(procesos)
    comprobar_una_sola_vez(cli, base_cli, salidas)
    # La segunda preparó su vista previa sobre la base vacía: al escribir lo nota y lo dice. (Sin la espera forzada,
    # la segunda puede empezar cuando la primera ya terminó, y entonces no hay nada que notar.)
    assert "El padrón cambió mientras se preparaba la importación" in sorted(s for _, s, _ in salidas)[0]


@pytest.mark.proceso  # lanza otro programa
def test_mientras_otra_escritura_tiene_la_base_la_importacion_espera_y_lo_dice(cli, base_cli, tmp_path, entorno_cli):
    archivo = escribir_csv(tmp_path / "buenas.csv", BUENAS)
    otra_ventana = sqlite3.connect(base_cli)
    otra_ventana.execute("BEGIN IMMEDIATE")
    proceso = importar_en_segundo_plano(base_cli, archivo, entorno_cli, tmp_path, espera_corta=True)
    try:
        primera = proceso.stderr.readline()
    finally:
        otra_ventana.rollback()
        otra_ventana.close()
    (codigo, salida, errores), = terminar([proceso])

    assert "Otra escritura está usando la base" in primera and "esperando a que termine" in primera
    assert codigo == 0, errores
    assert "3 nuevos, 0 actualizados, 0 sin cambios" in salida
    assert miembros_y_claves(base_cli) == (3, [])


# --- La base rechaza los duplicados ---------------------------------------------------------------------


def test_la_base_rechaza_un_duplicado_escrito_con_su_clave(con_miembros):
    conn = sqlite3.connect(con_miembros)
    try:
        clave = conn.execute("SELECT clave FROM miembros WHERE nombre = 'Rosario'").fetchone()[0]
        assert clave
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO miembros (asociacion_id, nombre, pais, clave) VALUES (1, 'ROSARIO', 'AR', ?)",
                         [clave])
    finally:
        conn.close()


def test_verificar_informa_los_duplicados_insertados_a_mano(cli, con_miembros):
    conn = sqlite3.connect(con_miembros)
    conn.execute("INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (1, 'ROSÁRIO', 'AR')")  # sin clave
    conn.commit()
    conn.close()

    resultado = cli("verificar", db=con_miembros)

    assert resultado.returncode == 1
    sin_traza(resultado)
    repetidos = [l for l in resultado.stderr.splitlines() if "Miembros repetidos" in l]
    assert len(repetidos) == 1
    assert "«Rosario» (id 1)" in repetidos[0] and "«ROSÁRIO» (id 4)" in repetidos[0]
    assert "(AR)" in repetidos[0] and "sin región" in repetidos[0]


def test_alta_duplicada_desde_la_ficha_nombra_al_miembro_existente(con_miembros):
    db = apertura.abrir(con_miembros)
    contexto = Contexto(db, 1)
    try:
        with pytest.raises(ErrorValidacion) as error:
            guardar_ficha(contexto, FichaMiembro(nombre="  rosário ", pais="AR"), poblacion=("1000", "2020", None))
        assert "UNIQUE" not in str(error.value)
        assert "Ya existe el miembro «Rosario» (AR, sin región, id 1)" in error.value.campos["nombre"]
        assert contar(db, "miembros") == 3

        parana = db.execute("SELECT id FROM miembros WHERE nombre = 'Paraná'").fetchone()[0]
        with pytest.raises(ErrorValidacion, match="Ya existe el miembro «Salto»"):
            guardar_ficha(contexto, FichaMiembro(nombre="SALTO", pais="UY"), miembro_id=parana)
        assert db.execute("SELECT nombre FROM miembros WHERE id = ?", [parana]).fetchone()[0] == "Paraná"

        # Con un código no deja de ser el mismo que «Rosario» (sin código): también se rechaza.
        with pytest.raises(ErrorValidacion, match="Ya existe el miembro «Rosario»"):
            guardar_ficha(contexto, FichaMiembro(nombre="Rosario", pais="AR", codigo="AR-82084"),
                          poblacion=("1000", "2020", None))

        # Con otra región ya no es el mismo: se da de alta.
        otro = guardar_ficha(contexto, FichaMiembro(nombre="Rosario", pais="AR", region="Santa Fe", codigo="AR-82084"),
                             poblacion=("1000", "2020", None))
        # Un homónimo de la misma región con otro código oficial es otro miembro.
        homonimo = guardar_ficha(contexto, FichaMiembro(nombre="Rosario", pais="AR", region="Santa Fe",
                                                        codigo="AR-14000"),
                                 poblacion=("500", "2020", None))
        assert verificar(db).correcta
    finally:
        db.close()
    assert (otro, homonimo) == (4, 5)


def test_alta_que_choca_con_una_clave_vieja_da_el_mensaje_y_no_el_de_sqlite(con_miembros):
    """Un miembro renombrado por fuera de Escritorio conserva su clave vieja: el índice rechaza el alta y el
    mensaje nombra a ese miembro, nunca «UNIQUE constraint failed»."""
    conn = sqlite3.connect(con_miembros)
    conn.execute("UPDATE miembros SET nombre = 'Rosario de Santa Fe' WHERE nombre = 'Rosario'")
    conn.commit()
    conn.close()
    db = apertura.abrir(con_miembros)
    try:
        with pytest.raises(ErrorValidacion) as error:
            guardar_ficha(Contexto(db, 1), FichaMiembro(nombre="Rosario", pais="AR"), poblacion=("1000", "2020", None))
        assert "UNIQUE" not in str(error.value)
        assert "«Rosario de Santa Fe»" in error.value.campos["nombre"]
        assert contar(db, "miembros") == 3
    finally:
        db.close()


def test_homonimos_con_codigos_distintos_si_y_renombrar_sobre_otro_miembro_no(cli, base_cli, tmp_path):
    """Dos municipios homónimos de una misma región con códigos oficiales distintos son dos miembros (el
    código los identifica). Pero un cambio de nombre que iguala a un miembro sin código se rechaza con la
    fila y el miembro existente, sin importar nada."""
    encabezados = ["Código", "Nombre", "País", "Región", "Población"]
    # (Uruguay: la RML de la prueba incluye Argentina y Uruguay, y un miembro de otro país se rechaza.)
    homonimos = escribir_csv(tmp_path / "a.csv", [["UY-35019", "San Bartolomé", "UY", "Canarias", "18000"],
                                                  ["UY-35020", "SAN BARTOLOMÉ", "UY", "Canarias", "54000"],
                                                  [None, "Teguise", "UY", "Canarias", "23000"]], encabezados)
    primero = cli("miembros", "importar", homonimos, db=base_cli)
    assert primero.returncode == 0, primero.stderr
    assert "3 nuevos" in primero.stdout
    assert cli("verificar", db=base_cli).returncode == 0

    renombre = escribir_csv(tmp_path / "b.csv", [["UY-35020", "Teguise", "UY", "Canarias", "54000"]], encabezados)
    resultado = cli("miembros", "importar", renombre, db=base_cli)

    assert resultado.returncode == 1
    sin_traza(resultado)
    assert "fila 2" in resultado.stderr.lower()
    assert "ya es el miembro «Teguise» (UY, Canarias)" in resultado.stderr
    assert "UNIQUE" not in resultado.stderr
    nombres = sorted(m["nombre"] for m in json.loads(cli("miembros", "listar", "--json", db=base_cli).stdout))
    assert nombres == ["SAN BARTOLOMÉ", "San Bartolomé", "Teguise"]


# --- Bases anteriores con duplicados --------------------------------------------------------------------


@pytest.fixture
def base_0009_con_duplicados(tmp_path, monkeypatch):
    """Una base de la versión anterior (hasta la migración 0009) donde dos importaciones simultáneas dejaron
    miembros repetidos; los cambios pasaron por Escritorio (la bitácora está sellada)."""
    anteriores = Migraciones(CONJUNTO)
    for real in MIGRACIONES._migrations[:9]:
        anteriores(name=real.name)(real.fn)
    assert MIGRACIONES._migrations[9].name.startswith("0010_")
    monkeypatch.setattr(apertura, "MIGRACIONES", anteriores)
    ruta = tmp_path / "anterior.db"
    db = apertura.abrir(ruta)
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL"))
    with conexion.transaccion(db):
        for nombre, region in [("Rosario", "Santa Fe"), ("Paraná", "Entre Ríos"), ("ROSARIO", "santa fe"),
                               ("Parana", "Entre Rios"), ("Salto", None), ("Rosario", None)]:
            db.execute("INSERT INTO miembros (asociacion_id, nombre, pais, region) VALUES (?, ?, 'AR', ?)",
                       [asociacion, nombre, region])
    assert "clave" not in [columna[1] for columna in db.execute("PRAGMA table_info(miembros)")]
    db.close()
    monkeypatch.setattr(apertura, "MIGRACIONES", MIGRACIONES)
    return ruta


def test_migrar_una_base_con_duplicados_no_falla_y_verificar_los_informa(cli, base_0009_con_duplicados):
    resultado = cli("verificar", db=base_0009_con_duplicados)

    sin_traza(resultado)
    assert resultado.returncode == 1
    assert f"Esquema: {len(MIGRACIONES._migrations)} migraciones aplicadas." in resultado.stdout  # todas, también las nuevas
    problemas = [l for l in resultado.stderr.splitlines() if l.startswith("PROBLEMA: Miembros repetidos")]
    assert len(problemas) == 2, resultado.stderr
    assert "«Rosario» (id 1), «ROSARIO» (id 3)" in problemas[0]
    assert "«Paraná» (id 2), «Parana» (id 4)" in problemas[1]
    conn = sqlite3.connect(base_0009_con_duplicados)
    try:
        claves = dict(conn.execute("SELECT id, clave FROM miembros"))
    finally:
        conn.close()
    assert [i for i, clave in claves.items() if clave is None] == [3, 4]  # los repetidos, sin clave
    assert len(set(claves.values()) - {None}) == 4  # «Rosario» sin región es otro miembro
    assert list((base_0009_con_duplicados.parent / "respaldos").glob("anterior-*-antes-de-migrar.db"))


def test_un_duplicado_viejo_se_edita_y_al_renombrarlo_la_base_queda_sana(base_0009_con_duplicados):
    db = apertura.abrir(base_0009_con_duplicados)
    contexto = Contexto(db, 1)
    try:
        # Editarlo sin cambiar nombre, país ni región se puede (sigue repetido: verificar lo sigue diciendo).
        guardar_ficha(contexto, FichaMiembro(nombre="ROSARIO", pais="AR", region="santa fe", correo="a@rosario.gob.ar"),
                      miembro_id=3)
        assert len([p for p in verificar(db).problemas if "repetidos" in p]) == 2
        assert db.execute("SELECT clave FROM miembros WHERE id = 3").fetchone()[0] is None
        # Un alta igual sigue rechazada, y nombra al primero.
        with pytest.raises(ErrorValidacion, match="«Rosario» \\(AR, Santa Fe, id 1\\)"):
            guardar_ficha(contexto, FichaMiembro(nombre="rosario", pais="AR", region="Santa Fe"),
                          poblacion=("1000", "2020", None))
        guardar_ficha(contexto, FichaMiembro(nombre="Villa Gobernador Gálvez", pais="AR", region="Santa Fe"),
                      miembro_id=3)
        guardar_ficha(contexto, FichaMiembro(nombre="Paraná", pais="AR", region="Entre Ríos",
                                             fecha_ingreso=date(2001, 1, 1)), miembro_id=2)
        # El primero de un grupo repetido, editado sin renombrarlo, conserva su clave: el índice lo sigue cuidando.
        assert db.execute("SELECT clave FROM miembros WHERE id = 2").fetchone()[0] is not None
        assert [p for p in verificar(db).problemas if "repetidos" in p] == [
            "Miembros repetidos: «Paraná» (id 2), «Parana» (id 4) tienen el mismo país (AR), región (Entre Ríos) y "
            "nombre. Corrija el nombre o la región de los que son otro miembro; si son el mismo, dé de baja o "
            "elimine por error el que sobra."]
        guardar_ficha(contexto, FichaMiembro(nombre="Paraná (Diamante)", pais="AR", region="Entre Ríos"),
                      miembro_id=4)
        assert verificar(db).correcta
        assert db.execute("SELECT count(*) FROM miembros WHERE clave IS NULL").fetchone()[0] == 0
    finally:
        db.close()


def test_importar_sobre_una_base_con_duplicados_viejos(cli, base_0009_con_duplicados, tmp_path):
    """El archivo trae al miembro repetido con un dato nuevo: se actualiza sin chocar con el índice."""
    archivo = escribir_csv(tmp_path / "rosario.csv", [["ROSARIO", "AR", "santa fe", "1000", "a@rosario.gob.ar"]],
                           ["Nombre", "País", "Región", "Población", "Correo"])
    resultado = cli("miembros", "importar", archivo, db=base_0009_con_duplicados)
    sin_traza(resultado)
    assert resultado.returncode == 0, resultado.stderr
    assert "0 nuevos, 1 actualizados" in resultado.stdout
    listado = json.loads(cli("miembros", "listar", "--json", db=base_0009_con_duplicados).stdout)
    assert len(listado) == 6


def test_una_clave_vieja_la_informa_verificar_y_la_importacion_no_muestra_el_error_de_sqlite(cli, con_miembros, tmp_path):
    conn = sqlite3.connect(con_miembros)
    conn.execute("UPDATE miembros SET nombre = 'Rosario de Santa Fe' WHERE nombre = 'Rosario'")
    conn.commit()
    conn.close()

    verificacion = cli("verificar", db=con_miembros)
    assert verificacion.returncode == 1
    assert "Miembro «Rosario de Santa Fe» (id 1)" in verificacion.stderr and "clave" in verificacion.stderr

    resultado = cli("miembros", "importar", escribir_csv(tmp_path / "rosario.csv", [["Rosario", "AR", "1000"]]),
                    db=con_miembros)
    sin_traza(resultado)
    assert resultado.returncode == 1
    assert "no se importó nada" in resultado.stderr and "escritorio verificar" in resultado.stderr
    assert "UNIQUE" not in resultado.stderr
    assert miembros_y_claves(con_miembros) == (3, [])


# --- Otros servicios que deciden según lo leído ---------------------------------------------------------


def test_dos_pagos_a_la_vez_no_imputan_dos_veces_la_misma_deuda(ruta_db):
    """Dos ventanas registran el pago de la misma cuota a la vez: la segunda decide a qué imputar con la base
    tomada, ve la cuota ya pagada y deja su pago como saldo a favor (antes la pagaba dos veces)."""
    db = abrir_base(ruta_db)
    otra_ventana = abrir_base(ruta_db)
    try:
        asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL"))
        definir_escala(Contexto(db, asociacion), escala_desde_texto(date(2002, 1, 1), "USD", "0:100,100000:500"))
        parana = guardar_ficha(Contexto(db, asociacion), FichaMiembro(nombre="Paraná", pais="AR",
                                                                      fecha_ingreso=date(2000, 1, 1)),
                               poblacion=("247863", "2020", None))
        emitir(Contexto(db, asociacion), 2025)
        pago = NuevoPago(parana, date.today(), "500.00", "USD")
        resultado = {}

        def esta_ventana():
            resultado["pago"] = registrar_pago(Contexto(db, asociacion), pago)

        with conexion.transaccion(otra_ventana):  # la otra ventana está guardando su pago
            hilo = threading.Thread(target=esta_ventana)
            hilo.start()
            time.sleep(0.5)  # esta ventana ya pidió registrar el suyo y espera la base
            primero = registrar_pago(Contexto(otra_ventana, asociacion), pago)
        hilo.join(timeout=30)

        assert (primero.imputado, primero.a_favor) == (50_000, 0)
        assert (resultado["pago"].imputado, resultado["pago"].a_favor) == (0, 50_000)
        imputado = db.execute("SELECT sum(importe) FROM imputaciones").fetchone()[0]
        assert imputado == 50_000  # la cuota de USD 500, pagada una sola vez
        assert verificar(db).correcta
    finally:
        otra_ventana.close()
        db.close()
