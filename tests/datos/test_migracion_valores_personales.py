"""La migración 0057 sobre una base de antes (issue 65): los nombres, correos y teléfonos de las personas que ya
estaban en la bitácora, en claro y sellados, salen de los registros sin romper la cadena.

- Cada registro de una tabla personal queda con la marca en lugar del valor, el resto del texto igual; el valor va
  aparte con su sal y su compromiso.
- Cada sello de antes se sigue rehaciendo como se selló (con los valores en su lugar): el ancla que cita su huella
  sigue probando lo mismo; la huella sin valores queda anotada y sellada por la migración.
- Suprimido un valor, ese sello ya no se rehace como se selló pero verifica con su huella sin valores; y quien cambia
  otra cosa de uno de sus registros (con los triggers quitados) queda nombrado igual.
"""

import json
import sqlite3

import pytest

from escritorio.datos import apertura
from escritorio.datos.apertura import abrir
from escritorio.datos.bitacora import sellos_sin_rehacer
from escritorio.datos.conexion import transaccion
from escritorio.datos.esquema import CONJUNTO, MIGRACIONES
from escritorio.datos.migraciones import Migraciones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.personas import registrar_persona
from escritorio.servicios.solicitudes_de_datos import fijar_politica, registrar_solicitud
from escritorio.servicios.supresion_de_datos import suprimir
from escritorio.servicios.verificacion.comprobaciones import verificar

CORREO_VIEJO, CORREO_NUEVO = "ana.viejo@rosario.ejemplo.org", "ana@rosario.ejemplo.org"


@pytest.fixture
def base_anterior(tmp_path, monkeypatch):
    """Una base con la 0056 como última migración: una asociación, Rosario con su autoridad y un contacto cuyo correo
    cambió (tres transacciones selladas como se sellaba antes)."""
    anteriores = Migraciones(CONJUNTO)
    indice = [m.name for m in MIGRACIONES._migrations].index("0057_valores_personales")
    for real in MIGRACIONES._migrations[:indice]:
        anteriores(name=real.name)(real.fn)
    monkeypatch.setattr(apertura, "MIGRACIONES", anteriores)
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    with transaccion(db):
        db.execute("INSERT INTO asociaciones (id, nombre, sigla) VALUES (1, 'Red del Litoral', 'RDL')")
        db.execute("INSERT INTO miembros (id, asociacion_id, nombre, pais) VALUES (1, 1, 'Rosario', 'AR')")
        db.execute("INSERT INTO autoridades (miembro_id, persona, cargo, desde) VALUES (1, 'Pablo Javkin', "
                   "'Intendente', '2019-12-10')")
    with transaccion(db):
        db.execute("INSERT INTO contactos (id, miembro_id, nombre, rol, correo, telefono) VALUES (1, 1, 'Ana Pérez', "
                   "'Prensa', ?, '+54 341 555 0101')", [CORREO_VIEJO])
    with transaccion(db):
        db.execute("UPDATE contactos SET correo = ? WHERE id = 1", [CORREO_NUEVO])
    cabeza = db.execute("SELECT id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()
    assert db.execute("SELECT count(*) FROM bitacora WHERE datos LIKE ?", [f"%{CORREO_VIEJO}%"]).fetchone()[0] == 2
    db.close()
    monkeypatch.setattr(apertura, "MIGRACIONES", MIGRACIONES)
    return ruta, cabeza


def test_los_valores_salen_de_los_registros_y_cada_sello_se_rehace_como_se_sello(base_anterior):
    ruta, (sello, huella) = base_anterior
    db = abrir(ruta)
    try:
        # Ningún registro tiene ya el nombre, el correo o el teléfono en claro: solo la marca.
        for valor in ("Ana Pérez", CORREO_VIEJO, CORREO_NUEVO, "+54 341 555 0101", "Pablo Javkin"):
            assert not db.execute("SELECT count(*) FROM bitacora WHERE datos LIKE ?", [f"%{valor}%"]).fetchone()[0]
        cambio = db.execute("SELECT datos FROM bitacora WHERE entidad = 'contactos' AND accion = 'cambio'").fetchone()[0]
        assert json.loads(cambio) == {"antes": [1, 1, "§", "Prensa", "§", "§", None],
                                      "despues": [1, 1, "§", "Prensa", "§", "§", None]}
        # Aparte, con su sal y su compromiso.
        assert db.execute("SELECT count(*), count(sal), count(compromiso) FROM bitacora_valores").fetchone() == (10, 10,
                                                                                                                10)
        # El sello que vio el testigo sigue en la cadena con su misma huella; la migración selló lo suyo aparte.
        assert db.execute("SELECT huella FROM bitacora_sellos WHERE id = ?", [sello]).fetchone()[0] == huella
        assert db.execute("SELECT count(*) FROM sellos_anteriores").fetchone()[0] == 3
        assert sellos_sin_rehacer(db) == []
        resultado = verificar(db)
        assert resultado.correcta, resultado.problemas
        assert db.execute("SELECT count(*) FROM incidentes").fetchone()[0] == 0
    finally:
        db.close()


def test_suprimido_un_valor_el_sello_verifica_con_su_huella_sin_valores_y_lo_demas_sigue_protegido(base_anterior):
    ruta, _ = base_anterior
    db = abrir(ruta)
    try:
        contexto = Contexto(db, 1)
        fijar_politica(contexto, pais="AR")
        persona = registrar_persona(contexto, None, [("contactos", 1)])
        suprimir(contexto, registrar_solicitud(contexto, persona, "supresion").id)
        assert sellos_sin_rehacer(db) == [2, 3]   # los que cubrían el alta y el cambio del contacto
        resultado = verificar(db)
        assert resultado.correcta, resultado.problemas
        assert "2 sellos de antes de la migración 0057 cubren un valor suprimido" in "\n".join(resultado.detalles)
    finally:
        db.close()
    # Quien cambia el rol del contacto en su alta vieja (con la regla de la bitácora quitada) ya no da la huella sin
    # valores de ese sello: la cadena lo nombra.
    conexion = sqlite3.connect(ruta)
    regla = conexion.execute("SELECT sql FROM sqlite_master WHERE name = 'bitacora_solo_agregar_update'").fetchone()[0]
    conexion.execute("DROP TRIGGER bitacora_solo_agregar_update")
    conexion.execute("UPDATE bitacora SET datos = replace(datos, 'Prensa', 'Tesorería') WHERE entidad = 'contactos' "
                     "AND accion = 'alta'")
    conexion.execute(regla)
    conexion.commit()
    conexion.close()
    db = abrir(ruta)
    try:
        problemas = verificar(db).problemas
        assert any("el sello 2 no coincide" in p for p in problemas), problemas
    finally:
        db.close()
