"""La verificación completa de un archivo corre en dos hilos (servicios/verificacion/a_la_par.py): los datos contra
la bitácora y lo congelado en uno, con su propia conexión, la cadena y las reglas en el otro. Lo que encuentra cada
uno se dice igual que antes: en el idioma de quien verifica (el hilo lleva su contexto) y en el orden de siempre (la
cadena antes que los datos). Se falsifica como quien tiene el archivo: sqlite3 con los triggers quitados."""

import sqlite3

from ayudas import sin_sus_triggers
from escritorio.idiomas.traduccion import en_idioma
from escritorio.servicios.base import abrir_base, cerrar_base
from escritorio.servicios.verificacion.comprobaciones import A_LA_PAR, COMPROBACIONES, verificar


def _por_fuera(ruta, tabla: str, sentencia: str) -> None:
    conn = sqlite3.connect(ruta)
    try:
        assert sin_sus_triggers(conn, tabla, sentencia) == 1
    finally:
        conn.close()


def test_lo_que_encuentra_el_otro_hilo_se_dice_en_su_idioma_y_en_su_lugar(copia_de_la_demo):
    assert "datos" in A_LA_PAR and "bitacora" not in A_LA_PAR   # la cadena aquí, los datos en el otro hilo
    assert list(COMPROBACIONES).index("bitacora") < list(COMPROBACIONES).index("datos")
    ruta = copia_de_la_demo
    _por_fuera(ruta, "miembros", "UPDATE miembros SET fundador = 1 - fundador WHERE id = 1")
    _por_fuera(ruta, "bitacora", "UPDATE bitacora SET datos = replace(datos, '1', '7') "
                                 "WHERE id = (SELECT min(id) FROM bitacora WHERE datos LIKE '%1%')")
    db = abrir_base(ruta)
    try:
        with en_idioma("pt_BR"):
            resultado = verificar(db, completa=True)
    finally:
        cerrar_base(db)
    problemas = resultado.problemas
    datos = [n for n, p in enumerate(problemas) if p.startswith("Dados alterados fora do Escritorio")]
    cadena = [n for n, p in enumerate(problemas) if "registro de auditoria" in p and "selo" in p]
    assert datos and "«miembros»" in problemas[datos[0]], problemas
    assert cadena and cadena[0] < datos[0], problemas
    assert not any(p.startswith("Datos cambiados por fuera") for p in problemas), problemas
