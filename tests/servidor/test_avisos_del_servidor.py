"""LISTEN/NOTIFY: el servidor avisa, al confirmar, qué tablas cambió cada escritura de otra conexión; la escucha
sobrevive a un corte (y entonces dice que no sabe qué cambió). Contra un PostgreSQL de verdad."""

import time

import psycopg

from escritorio.datos.conexion import transaccion
from escritorio.datos.vigilancia import TODAS, CambiosDeOtros
from escritorio.servicios.base import abrir_base


def _esperar(otros: CambiosDeOtros, segundos: float = 5.0) -> frozenset[str]:
    """Lo que llegó (los avisos viajan por la red: se espera a que lleguen, sin dormir de más)."""
    limite = time.monotonic() + segundos
    juntadas: frozenset[str] = frozenset()
    while time.monotonic() < limite:
        juntadas |= otros.tablas_cambiadas()
        if juntadas:
            time.sleep(0.2)  # por si llega otro aviso de la misma tanda
            return juntadas | otros.tablas_cambiadas()
        time.sleep(0.05)
    return juntadas


def test_avisa_las_tablas_que_otra_conexion_cambio_y_no_las_propias(url_pg):
    db = abrir_base(url_pg)
    otros = CambiosDeOtros(db)
    try:
        assert otros.descriptor() is not None
        with transaccion(db):  # lo propio no cuenta
            db.execute("INSERT INTO asociaciones (nombre, sigla) VALUES ('Red Propia', 'RP')")
        with psycopg.connect(url_pg) as otra:  # otra persona: un cambio que deshace y uno que confirma
            otra.execute("INSERT INTO asociaciones (nombre, sigla) VALUES ('Red Deshecha', 'RD')")
            otra.rollback()
            otra.execute("UPDATE asociaciones SET nombre = 'Red Ajena' WHERE sigla = 'RP'")
        assert _esperar(otros) == {"asociaciones"}
        assert otros.tablas_cambiadas() == frozenset()  # lo ya dicho no se repite
    finally:
        otros.cerrar()
        db.close()


def test_si_la_escucha_se_corta_vuelve_y_dice_que_no_sabe_que_cambio(url_pg, servidor_pg):
    db = abrir_base(url_pg)
    otros = CambiosDeOtros(db)
    try:
        with psycopg.connect(servidor_pg.url(), autocommit=True) as administrador:  # el servidor corta la escucha
            administrador.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE application_name = 'Escritorio (avisos)'")
        with psycopg.connect(url_pg) as otra:  # mientras tanto, otra persona guarda algo
            otra.execute("INSERT INTO asociaciones (nombre, sigla) VALUES ('Red del Corte', 'RC')")
        # La escucha nota el corte (cuando el aviso del cierre llega por la red) y vuelve; lo que se perdió
        # mientras tanto no se sabe: todo.
        assert _esperar(otros) == TODAS
        with psycopg.connect(url_pg) as otra:  # y desde ahí sigue escuchando
            otra.execute("UPDATE asociaciones SET nombre = 'Red Vuelta' WHERE sigla = 'RC'")
        assert _esperar(otros) == {"asociaciones"}
    finally:
        otros.cerrar()
        db.close()
