"""La bitácora se repasa también contra las reglas del dominio, no solo contra los triggers (issue 77, §4), como se
atacó: con la capa de datos del propio programa (en una transacción suya, así que la sella como cualquier cambio) se
«aprueba» el acta en borrador de la sesión 4 con una resolución que no la aprueba (la 8, el plan de trabajo), con su
contenido y su huella calculados como lo hace el programa. Antes, `verificar` decía «todo es algo que Escritorio
pudo haber escrito» y el acta impresa, «Auténtico y vigente»."""

import json
from dataclasses import asdict
from datetime import date

from escritorio.datos import actas as tabla_actas
from escritorio.datos.conexion import transaccion
from escritorio.idiomas.traduccion import en_idioma
from escritorio.servicios.actas import _contenido, huella, huella_del_registro
from escritorio.servicios.base import abrir_base, cerrar_base

SESION_EN_BORRADOR, RESOLUCION_AJENA = 4, 8


def _aprobar_con_la_capa_de_datos(ruta, resolucion_id: int) -> None:
    db = abrir_base(ruta)
    try:
        with transaccion(db), en_idioma("es"):
            fila = tabla_actas.acta(db, SESION_EN_BORRADOR)
            contenido = _contenido(db, 1, SESION_EN_BORRADOR, fila)
            tabla_actas.marcar_acta_aprobada(db, fila["id"], huella(contenido), resolucion_id,
                                             date(2026, 9, 15).isoformat(),
                                             json.dumps(asdict(contenido), ensure_ascii=False),
                                             huella_del_registro(db, SESION_EN_BORRADOR))
    finally:
        cerrar_base(db)


def test_un_acta_aprobada_por_una_resolucion_ajena_se_nota(copia_de_la_demo, cli, tmp_path):
    base = copia_de_la_demo
    _aprobar_con_la_capa_de_datos(base, RESOLUCION_AJENA)
    verificado = cli("verificar", db=base)
    assert verificado.returncode != 0, verificado.stdout
    salida = verificado.stdout + verificado.stderr
    assert "«actas», fila 4, cambio" in salida, salida
    assert ("Escritorio nunca escribe eso: un acta se aprueba solo con la resolución de un punto que aprueba esa "
            "acta") in salida
    assert "(regla del programa, en servicios/aprobacion_de_actas.py)" in salida
    assert "todo es algo que Escritorio pudo haber escrito" not in salida


def test_las_actas_aprobadas_de_la_red_de_ejemplo_pasan(copia_de_la_demo, cli):
    """Las tres actas que la demo aprueba como lo hace el programa (en la misma sesión o en la siguiente, también de
    otro órgano: el Consejo aprueba el acta de la Cumbre) no dan ninguna alarma."""
    verificado = cli("verificar", db=copia_de_la_demo)
    assert verificado.returncode == 0, verificado.stdout + verificado.stderr
    assert "todo es algo que Escritorio pudo haber escrito" in verificado.stdout


def test_una_admision_con_una_resolucion_ajena_se_nota(copia_de_la_demo, cli):
    """Una ciudad «admitida» con la capa de datos del programa, citando la resolución del plan de trabajo (la 8, de
    un punto ordinario): su estado, su fecha de ingreso y el efecto, sellados como cualquier cambio."""
    from escritorio.datos import efectos as tabla_efectos
    from escritorio.datos import miembros as tabla_miembros

    base = copia_de_la_demo
    db = abrir_base(base)
    try:
        with transaccion(db):
            tabla_miembros.insertar_estado(db, 20, "activo", "2026-09-16", "Admisión: Resolución 3/2026")
            tabla_efectos.insertar_efecto(db, "admite", resolucion_id=RESOLUCION_AJENA, miembro_id=20,
                                          desde="2026-09-16")
    finally:
        cerrar_base(db)
    verificado = cli("verificar", db=base)
    salida = verificado.stdout + verificado.stderr
    assert verificado.returncode != 0, salida
    assert ("Escritorio nunca escribe eso: una admisión o una exclusión la produce solo la resolución de un punto de "
            "admisión o de exclusión") in salida, salida
    assert "(regla del programa, en servicios/efectos.py)" in salida


# --- reformas, mandatos y elecciones (las tres reglas que completan §4) -----------------------------------------

RESOLUCION_DE_LA_REFORMA = 6   # la del punto de reforma del estatuto de la sesión 3, que adoptó la reforma 5
ESTATUTO, CONSEJO, DE_BAJA_DESDE_2019 = 1, 2, 148   # Viamão


def _con_la_capa_de_datos(ruta, escribir) -> None:
    """Escribe con la conexión del programa, en una transacción suya: la bitácora la anota y el sello la cubre como
    a cualquier cambio."""
    db = abrir_base(ruta)
    try:
        with transaccion(db):
            escribir(db)
    finally:
        cerrar_base(db)


def _verificar(cli, base) -> tuple[int, str]:
    verificado = cli("verificar", db=base)
    return verificado.returncode, verificado.stdout + verificado.stderr


def _reforma_anotada(ruta, resolucion: int, desde: str, articulo: str) -> None:
    """Una reforma del estatuto y su efecto, citando `resolucion`, con la capa de datos del programa."""
    from escritorio.datos import efectos as tabla_efectos
    from escritorio.datos import normas as tabla_normas

    def reformar(db):
        reforma = tabla_normas.insertar_reforma(db, ESTATUTO, desde, f"Resolución {resolucion}", articulo)
        tabla_efectos.insertar_efecto(db, "reforma", resolucion_id=resolucion, reforma_id=reforma, desde=desde)

    _con_la_capa_de_datos(ruta, reformar)


def test_una_reforma_con_una_resolucion_ajena_se_nota(copia_de_la_demo, cli):
    """Una reforma del estatuto anotada como efecto de la resolución del plan de trabajo (la 8, de un punto
    ordinario), con la capa de datos del programa."""
    _reforma_anotada(copia_de_la_demo, RESOLUCION_AJENA, "2026-10-01", "Artículo 22")
    codigo, salida = _verificar(cli, copia_de_la_demo)
    assert codigo != 0, salida
    assert ("Escritorio nunca escribe eso: una reforma o una escala de cuotas la aprueba solo la resolución de un "
            "punto de reforma de esa norma o de cuotas y presupuesto") in salida, salida
    assert "(regla del programa, en servicios/vinculos_de_resolucion.py)" in salida


def test_una_resolucion_de_reforma_no_aprueba_dos_reformas(copia_de_la_demo, cli):
    """La resolución 6 (el punto de reforma del estatuto de la sesión 3) ya adoptó la reforma 5; una segunda reforma
    anotada con la misma resolución, con la capa de datos, se nota."""
    _reforma_anotada(copia_de_la_demo, RESOLUCION_DE_LA_REFORMA, "2026-07-01", "Artículo 23")
    codigo, salida = _verificar(cli, copia_de_la_demo)
    assert codigo != 0, salida
    assert "y cada resolución aprueba una sola" in salida, salida


def test_un_mandato_de_quien_estaba_de_baja_se_nota(copia_de_la_demo, cli):
    """Un mandato en el Consejo para Viamão, de baja desde 2019, escrito con la capa de datos: la alarma dice por
    qué no podía ocuparlo. (Una baja registrada después con fecha anterior al mandato no lo es: la prueba
    tests/cli/test_cargos_solo_para_miembros.py, que sigue siendo un aviso.)"""
    from escritorio.datos import organos as tabla_organos

    _con_la_capa_de_datos(copia_de_la_demo, lambda db: tabla_organos.insertar_mandato(
        db, CONSEJO, DE_BAJA_DESDE_2019, None, "titular", 1, "2026-10-01", None, None))
    codigo, salida = _verificar(cli, copia_de_la_demo)
    assert codigo != 0, salida
    assert "«mandatos», fila" in salida and "un mandato es solo para un miembro el día en que empieza" in salida
    assert "(Viamão no era miembro el 01/10/2026, cuando empieza: estaba de baja)" in salida, salida


def _eleccion_cerrada(cli, base) -> None:
    """En la sesión 4 (acta en borrador): la presidencia del Consejo, Buenos Aires 9 votos, Córdoba 5."""
    for orden in (("sesiones", "punto", "4", "--titulo", "Elección de la presidencia", "--tipo", "eleccion"),
                  ("sesiones", "eleccion", "4:3", "--organo", "Consejo", "--cargo", "presidente", "--desde",
                   "2026-10-01", "--hasta", "2027-09-30"),
                  ("sesiones", "candidatura", "4:3", "--miembro", "1"),
                  ("sesiones", "candidatura", "4:3", "--miembro", "2"),
                  ("sesiones", "cerrar-eleccion", "4:3", "--votos", "3:9,4:5")):
        hecho = cli(*orden, db=base)
        assert hecho.returncode == 0, (orden, hecho.stdout + hecho.stderr)


def test_una_eleccion_cerrada_por_el_programa_pasa_y_otro_resultado_no(copia_de_la_demo, cli):
    """Cerrada por la CLI, pasa; con la capa de datos se da la presidencia a Córdoba (5 votos contra 9): la
    elección se nombra con lo que dan sus votos."""
    base = copia_de_la_demo
    _eleccion_cerrada(cli, base)
    codigo, salida = _verificar(cli, base)
    assert codigo == 0 and "todo es algo que Escritorio pudo haber escrito" in salida, salida

    def dar_vuelta(db):
        db.execute("UPDATE candidaturas SET electa = NULL WHERE id = 3")
        db.execute("UPDATE candidaturas SET electa = 1 WHERE id = 4")
        db.execute("UPDATE elecciones SET ganadora_id = 4 WHERE id = 2")

    _con_la_capa_de_datos(base, dar_vuelta)
    codigo, salida = _verificar(cli, base)
    assert codigo != 0, salida
    assert ("Elección 2 (punto 14): la candidatura electa guardada no es la que dan sus votos (con sus votos, 3). "
            "Escritorio nunca escribe eso: el resultado de una elección sale solo de sus votos, con su regla") in salida, \
        salida


def test_una_eleccion_con_votos_cambiados_se_nota(copia_de_la_demo, cli):
    """Los votos y la electa cambiados juntos (Córdoba 10 votos, electa): el resultado cuadra con esos votos, pero
    son más que los presentes; con los presentes también cambiados, no son los que podían votar al cerrarla."""
    base = copia_de_la_demo
    _eleccion_cerrada(cli, base)

    def dar_vuelta(db):
        db.execute("UPDATE candidaturas SET votos = 10 WHERE id = 4")
        db.execute("UPDATE candidaturas SET electa = NULL WHERE id = 3")
        db.execute("UPDATE candidaturas SET electa = 1 WHERE id = 4")
        db.execute("UPDATE elecciones SET ganadora_id = 4 WHERE id = 2")

    _con_la_capa_de_datos(base, dar_vuelta)
    codigo, salida = _verificar(cli, base)
    assert codigo != 0, salida
    assert "Elección 2 (punto 14): tiene 19 votos y solo" in salida, salida

    _con_la_capa_de_datos(base, lambda db: db.execute("UPDATE elecciones SET presentes = 19 WHERE id = 2"))
    codigo, salida = _verificar(cli, base)
    assert codigo != 0, salida
    assert "los presentes con derecho a voto guardados no son los que podían votar al cerrarla" in salida, salida
