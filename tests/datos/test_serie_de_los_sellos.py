"""La serie que cubre un sello la arma SQLite entera (datos/bitacora.py, issue 77 §6: la verificación completa de una
base grande en dos núcleos). Tiene que ser, byte a byte, la que definió el programa desde siempre y que arman las
anclas que ya salieron: cada registro «id␟entidad␟fila␟acción␟datos», detrás, si tiene valores personales,
«␟posición:compromiso,…» en orden de posición, y los registros unidos por ␞ en orden de id. Acá se rehace esa serie en
Python, registro por registro, y cada sello que dejó el programa tiene que dar su huella con ella."""

import hashlib

from escritorio.datos.bitacora import huella_del_tramo, verificar_cadena
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import FichaMiembro, guardar_contacto, guardar_ficha


def _huella_rehecha(conexion, sello) -> str:
    """La huella del sello con la serie armada en Python, como la definió el programa antes de armarla en SQLite."""
    _, momento, usuario, operador, desde, hasta, anterior, _ = sello
    digesto = hashlib.sha256("\x1f".join((anterior or "", momento, usuario or "", operador or "")).encode())
    textos = []
    for registro, entidad, fila, accion, datos in conexion.execute(
            "SELECT id, entidad, entidad_id, accion, datos FROM bitacora WHERE id BETWEEN ? AND ? ORDER BY id",
            [desde, hasta]):
        texto = "\x1f".join((str(registro), entidad, "" if fila is None else str(fila), accion, datos))
        compromisos = [f"{posicion}:{compromiso or ''}" for posicion, compromiso in conexion.execute(
            "SELECT posicion, compromiso FROM bitacora_valores WHERE registro_id = ? ORDER BY posicion", [registro])]
        textos.append(texto + ("\x1f" + ",".join(compromisos) if compromisos else ""))
    digesto.update("\x1e".join(textos).encode())
    return digesto.hexdigest()


def test_cada_sello_da_su_huella_con_la_serie_armada_registro_por_registro(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    miembros = [guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais="UY"), poblacion=(habitantes, "2011", "INE"))
                for nombre, habitantes in (("Paysandú", "76.412"), ("Salto", "104.028"), ("Rivera", "64.465"))]
    # un contacto con tres valores personales (nombre, correo y teléfono: tres posiciones), cambiado después (las
    # posiciones de después van desde 1000), y otro sin teléfono
    contacto = guardar_contacto(db, miembros[0], "Ana Pérez", "Prensa", "ana@paysandu.gub.uy", "+598 472 26220")
    guardar_contacto(db, miembros[0], "Ana Pérez", "Prensa", "prensa@paysandu.gub.uy", "+598 472 26220",
                     contacto_id=contacto)
    guardar_contacto(db, miembros[1], "Luis Núñez", "Enlace técnico", "luis@salto.gub.uy")
    guardar_ficha(contexto, FichaMiembro(nombre="Rivera", pais="UY", region="Rivera"), miembro_id=miembros[2])

    sellos = db.execute("SELECT id, momento, usuario, operador, desde_id, hasta_id, huella_anterior, huella FROM "
                        "bitacora_sellos ORDER BY id").fetchall()
    con_varios_valores = db.execute("SELECT count(*) FROM (SELECT registro_id FROM bitacora_valores GROUP BY "
                                    "registro_id HAVING count(*) > 1)").fetchone()[0]
    assert len(sellos) >= 5 and con_varios_valores >= 2   # lo que se quiere probar está en la base
    for sello in sellos:
        assert _huella_rehecha(db.conn, sello) == sello[7], f"el sello {sello[0]} no da su huella"
        assert huella_del_tramo(db, sello[6], *sello[1:4], sello[4], sello[5]) == (sello[7], sello[5] - sello[4] + 1)
    assert verificar_cadena(db) == ([], 0)


def test_un_compromiso_cambiado_rompe_el_sello_que_lo_cubre(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    miembro = guardar_ficha(contexto, FichaMiembro(nombre="Paysandú", pais="UY"), poblacion=("76.412", "2011", "INE"))
    guardar_contacto(db, miembro, "Ana Pérez", "Prensa", "ana@paysandu.gub.uy", "+598 472 26220")
    registro, posicion = db.execute("SELECT registro_id, max(posicion) FROM bitacora_valores").fetchone()
    sello = db.execute("SELECT id FROM bitacora_sellos WHERE ? BETWEEN desde_id AND hasta_id", [registro]).fetchone()[0]
    # como lo haría quien tiene el archivo: sin los triggers que lo impiden
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                          "'bitacora_valores'").fetchall()
    for nombre, _ in triggers:
        db.conn.execute(f'DROP TRIGGER "{nombre}"')
    db.conn.execute("UPDATE bitacora_valores SET compromiso = ? WHERE registro_id = ? AND posicion = ?",
                    ["0" * 64, registro, posicion])
    for _, sql in triggers:
        db.conn.execute(sql)
    db.conn.commit()
    problemas, _ = verificar_cadena(db)
    assert any(f"el sello {sello} no coincide" in p for p in problemas), problemas
