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
