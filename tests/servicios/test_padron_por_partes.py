"""El padrón por partes (servicios/padron_por_partes.py, issue 48): la primera pantalla que se lee al abrir la
ventana y el resto, país por país, dan exactamente el padrón de `padron_de_la_tabla`, en su orden; lo que otro
programa escribe en el medio no se mezcla ni se pierde."""

import sqlite3
from datetime import date

import pytest

from escritorio.servicios.base import hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_padron, padron_de_la_tabla
from escritorio.servicios.padron_por_partes import (LecturaDelPadron, adelantar_primera_pantalla, primera_pantalla,
                                                    tomar_primera_pantalla)


def _ids(filas) -> list[int]:
    return [f[0] for f in filas]


def _leer_todo(contexto, mostradas, tramo=7, idioma=None) -> tuple[list, LecturaDelPadron]:
    lectura = LecturaDelPadron(contexto, hoy(), mostradas, idioma)
    filas = list(mostradas)
    vueltas = 0
    while not lectura.terminada:
        filas += lectura.avanzar(tramo)
        vueltas += 1
        assert vueltas < 10_000
    return filas, lectura


def _leer_todo_con_paises(contexto, primera) -> tuple[list, LecturaDelPadron]:
    """Como lo lee la ventana: después de la primera pantalla y sabiendo sus países."""
    lectura = LecturaDelPadron(contexto, hoy(), primera.filas, paises=primera.paises)
    filas = list(primera.filas)
    while not lectura.terminada:
        filas += lectura.avanzar(7)
    return filas, lectura


@pytest.mark.parametrize("cuantas", [1, 25, 200, 299, 300, 1000])
def test_la_primera_pantalla_y_el_resto_son_el_padron_entero_en_su_orden(demo_db, asociacion_de_la_demo, cuantas):
    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    entero = padron_de_la_tabla(contexto)

    primera = primera_pantalla(contexto, hoy(), cuantas=cuantas)
    assert primera.filas == entero.filas[:cuantas]
    assert primera.total == len(entero) == 300
    assert primera.completo == (cuantas >= 300)
    assert primera.paises == entero.paises   # todos los países desde el principio (la lista de la ventana)

    filas, lectura = _leer_todo(contexto, primera.filas)
    assert not lectura.desfasada
    assert filas == entero.filas
    assert lectura.padron().filas == entero.filas


def test_el_orden_de_los_paises_es_el_del_idioma_de_la_ventana(demo_db, asociacion_de_la_demo):
    """En inglés «Brazil» va antes que «Chile» y «Spain» después de «Peru»: la primera pantalla y el resto siguen los
    nombres en el idioma pedido, los mismos que mostrará la tabla."""
    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    primera = primera_pantalla(contexto, hoy(), cuantas=40, idioma="en")
    filas, lectura = _leer_todo(contexto, primera.filas, idioma="en")
    paises = [primera.paises[f[2]] for f in filas]
    assert paises == sorted(paises, key=str.casefold)
    assert not lectura.desfasada and len(filas) == 300


def test_a_igual_nombre_desempata_el_id_y_la_enie_va_despues_de_la_n(demo_db, asociacion_de_la_demo):
    """Nombres repetidos y con ñ, escritos por otro programa: la lectura por partes los ordena igual que todo junto."""
    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    otro = sqlite3.connect(demo_db.execute("PRAGMA database_list").fetchone()[2])
    with otro:
        for nombre in ("Ñuñoa", "Nuño", "Nueva Imperial", "Ñuñoa", "nuñoa", "  Ñuñoa"):
            otro.execute("INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (?, ?, 'AR')",
                         [asociacion_de_la_demo["id"], nombre])
    otro.close()
    entero = padron_de_la_tabla(contexto)
    primera = primera_pantalla(contexto, hoy(), cuantas=3)
    filas, lectura = _leer_todo(contexto, primera.filas, tramo=5)
    assert filas == entero.filas and not lectura.desfasada
    argentinos = [f[1].strip() for f in filas if f[2] == "AR"]
    assert argentinos.index("Nuño") < argentinos.index("Ñuñoa")


def test_lee_de_una_foto_lo_escrito_despues_no_se_mezcla(demo_db, asociacion_de_la_demo):
    """Un miembro que otro programa agrega mientras se lee el resto no aparece a medias: la lectura es de la base
    como estaba al empezar (y la ventana, avisada del cambio, lee todo de nuevo)."""
    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    entero = padron_de_la_tabla(contexto)
    primera = primera_pantalla(contexto, hoy(), cuantas=10)
    lectura = LecturaDelPadron(contexto, hoy(), primera.filas)
    filas = list(primera.filas) + lectura.avanzar(3)

    otro = sqlite3.connect(demo_db.execute("PRAGMA database_list").fetchone()[2])
    with otro:
        otro.execute("INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (?, 'Zzyzx', 'UY')",
                     [asociacion_de_la_demo["id"]])
    otro.close()
    while not lectura.terminada:
        filas += lectura.avanzar(3)
    assert filas == entero.filas and not lectura.desfasada
    assert "Zzyzx" in [f[1] for f in padron_de_la_tabla(contexto).filas]


def test_si_lo_mostrado_ya_no_es_el_principio_queda_desfasada_y_da_el_padron_leido(demo_db, asociacion_de_la_demo):
    """Otro programa agregó un miembro que va arriba entre la primera pantalla y el resto: lo mostrado ya no es el
    principio. La lectura no agrega nada a medias: dice `desfasada` y `padron()` trae todo lo leído, con el nuevo."""
    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    primera = primera_pantalla(contexto, hoy(), cuantas=50)
    primer_pais = primera.filas[0][2]
    otro = sqlite3.connect(demo_db.execute("PRAGMA database_list").fetchone()[2])
    with otro:
        otro.execute("INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (?, '¡Aaa primero!', ?)",
                     [asociacion_de_la_demo["id"], primer_pais])
    otro.close()

    filas, lectura = _leer_todo(contexto, primera.filas)
    assert lectura.desfasada
    assert filas == primera.filas   # nada se agregó detrás de una pantalla que ya no es el principio
    assert lectura.padron().filas == padron_de_la_tabla(contexto).filas
    assert lectura.padron().filas[0][1] == "¡Aaa primero!"


def test_un_miembro_mostrado_que_se_borra_tambien_desfasa(demo_db, asociacion_de_la_demo):
    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    primera = primera_pantalla(contexto, hoy(), cuantas=300)   # todos
    otro = sqlite3.connect(demo_db.execute("PRAGMA database_list").fetchone()[2])
    with otro:
        otro.execute("PRAGMA foreign_keys = OFF")
        ultimo = primera.filas[-1][0]
        for tabla in ("poblaciones", "estados_miembro"):
            otro.execute(f"DELETE FROM {tabla} WHERE miembro_id = ?", [ultimo])
        otro.execute("DELETE FROM miembros WHERE id = ?", [ultimo])
    otro.close()
    _, lectura = _leer_todo(contexto, primera.filas)
    assert lectura.desfasada and len(lectura.padron()) == 299


def test_la_lectura_no_bloquea_las_escrituras_de_la_ventana(demo_db, asociacion_de_la_demo):
    """La lectura usa su propia conexión de solo lectura: la ventana guarda mientras tanto, y cerrar la suelta."""
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    lectura = LecturaDelPadron(contexto, hoy(), [])
    lectura.avanzar(5)
    crear_asociacion(demo_db, NuevaAsociacion(nombre="Red que escribe en el medio", sigla="RQE"))
    lectura.cerrar()
    assert lectura.avanzar(5) == []
    assert not lectura.terminada


def test_la_ventana_toma_la_primera_pantalla_adelantada_una_vez(demo_db, asociacion_de_la_demo):
    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    adelantar_primera_pantalla(demo_db, asociacion_de_la_demo["sigla"], "es")
    adelantada = demo_db.estado.padron_adelantado
    assert adelantada is not None and adelantada.asociacion_id == asociacion_de_la_demo["id"]

    tomada = tomar_primera_pantalla(contexto, "es")
    assert tomada is adelantada.padron and not tomada.completo
    assert [tomada.como_fila(f) for f in tomada.filas] == listar_padron(contexto)[:len(tomada)]
    assert tomar_primera_pantalla(contexto, "es") is None   # se toma una vez


@pytest.mark.parametrize("que_cambio", ["alguien escribió", "otro idioma", "otra asociación"])
def test_la_adelantada_no_se_toma_si_ya_no_vale(demo_db, asociacion_de_la_demo, que_cambio):
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    sigla, idioma = asociacion_de_la_demo["sigla"], "es"
    if que_cambio == "otra asociación":
        crear_asociacion(demo_db, NuevaAsociacion(nombre="Otra red", sigla="ORD"))
        sigla = "ORD"
    adelantar_primera_pantalla(demo_db, sigla, "es")
    if que_cambio == "alguien escribió":
        crear_asociacion(demo_db, NuevaAsociacion(nombre="Red que escribe en el medio", sigla="RQE"))
    if que_cambio == "otro idioma":
        idioma = "pt"
    assert tomar_primera_pantalla(contexto, idioma) is None
    assert len(padron_de_la_tabla(contexto)) == 300


def test_una_asociacion_sin_miembros(demo_db):
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    contexto = Contexto(demo_db, crear_asociacion(demo_db, NuevaAsociacion(nombre="Red vacía", sigla="RVA")))
    primera = primera_pantalla(contexto, date.today())
    assert primera.filas == [] and primera.total == 0 and primera.completo
    filas, lectura = _leer_todo(contexto, [])
    assert filas == [] and lectura.terminada and not lectura.desfasada


def test_una_base_solo_para_consultar_se_lee_entera_como_siempre(tmp_path, copia_de_la_demo):
    """Una base de una versión más nueva se abre solo para consultar: no se adelanta nada (la tabla la lee entera, de
    una vez, sin abrir otra conexión), y nada se escribe."""
    from escritorio.datos.conexion import solo_lectura
    from escritorio.datos.esquema import CONJUNTO
    from escritorio.servicios.base import abrir_base

    conn = sqlite3.connect(copia_de_la_demo)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, '0099_futura', '')",
                 [CONJUNTO])
    conn.commit()
    conn.close()
    db = abrir_base(copia_de_la_demo)
    try:
        assert solo_lectura(db) is not None
        adelantar_primera_pantalla(db, None, "es")
        assert db.estado.padron_adelantado is None
    finally:
        db.close()


def test_un_pais_que_lo_mostrado_no_tiene_desfasa(demo_db, asociacion_de_la_demo):
    """Otro programa agregó un miembro de un país nuevo que va después de la primera pantalla: lo mostrado sigue
    siendo el principio, pero la tabla no tiene el nombre de ese país ni lo ofrece en su lista: se carga entera."""
    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    primera = primera_pantalla(contexto, hoy(), cuantas=50)
    _, sin_cambios = _leer_todo_con_paises(contexto, primera)
    assert not sin_cambios.desfasada
    otro = sqlite3.connect(demo_db.execute("PRAGMA database_list").fetchone()[2])
    with otro:
        otro.execute("INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (?, 'Cuenca', 'EC')",
                     [asociacion_de_la_demo["id"]])
    otro.close()
    _, lectura = _leer_todo_con_paises(contexto, primera)
    assert lectura.desfasada
    assert lectura.padron().filas == padron_de_la_tabla(contexto).filas
    assert lectura.padron().paises["EC"] == "Ecuador"


def test_el_resto_se_prepara_con_la_primera_pantalla_y_da_el_padron_entero(demo_db, asociacion_de_la_demo):
    """La lectura del resto se prepara en el hilo que abre la base (su conexión, su foto, los países y su orden): la
    tabla la toma una vez y, leída, completa el padrón de `padron_de_la_tabla`, en su orden."""
    from escritorio.servicios.padron_por_partes import tomar_el_resto

    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    adelantar_primera_pantalla(demo_db, asociacion_de_la_demo["sigla"], "es")
    tomada = tomar_primera_pantalla(contexto, "es")
    lectura = tomar_el_resto(contexto, tomada)
    assert isinstance(lectura, LecturaDelPadron)
    assert tomar_el_resto(contexto, tomada) is None   # se toma una vez
    filas = list(tomada.filas)
    while not lectura.terminada:
        filas += lectura.avanzar()
    assert not lectura.desfasada
    assert filas == padron_de_la_tabla(contexto).filas


def test_el_resto_preparado_no_se_usa_si_otro_programa_escribio(demo_db, asociacion_de_la_demo):
    """Otro programa (otra conexión a la misma base) guarda algo después de la primera pantalla: la foto preparada ya
    no es la base de ahora, así que no se toma (y se cierra); la tabla lee el resto con una foto de ahora."""
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.padron_por_partes import tomar_el_resto

    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    adelantar_primera_pantalla(demo_db, asociacion_de_la_demo["sigla"], "es")
    tomada = tomar_primera_pantalla(contexto, "es")
    preparada = demo_db.estado.resto_adelantado.resto
    otro = abrir_base(demo_db.estado.ruta, crear=False)
    try:
        crear_asociacion(otro, NuevaAsociacion(nombre="Red de otro programa", sigla="ROP"))
    finally:
        otro.close()
    assert tomar_el_resto(contexto, tomada) is None
    assert preparada.terminada is False and preparada._db is None   # cerrada: no queda una foto vieja abierta


@pytest.mark.parametrize("tomada", [False, True], ids=["sin_tomar", "primera_pantalla_tomada"])
def test_cerrar_la_base_cierra_las_lecturas_preparadas_que_nadie_tomo(copia_de_la_demo, tomada):
    """La ventana cambia de base en el primer segundo, antes de que la tabla empiece el resto: al cerrar la base
    anterior se cierra también la conexión de la lectura preparada (en Windows, una conexión abierta retiene el
    archivo: no se podría mover ni restaurar encima)."""
    from escritorio.servicios.base import abrir_base, cerrar_base

    db = abrir_base(copia_de_la_demo, crear=False)
    sigla, asociacion = db.execute("SELECT sigla, id FROM asociaciones ORDER BY id LIMIT 1").fetchone()
    adelantar_primera_pantalla(db, sigla, "es")
    preparada = db.estado.padron_adelantado.resto
    if tomada:
        tomar_primera_pantalla(Contexto(db, asociacion), "es")
        assert db.estado.resto_adelantado.resto is preparada
    assert preparada._db is not None
    cerrar_base(db)
    assert preparada._db is None
    assert db.estado.padron_adelantado is None and db.estado.resto_adelantado is None
