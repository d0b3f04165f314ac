"""Las manipulaciones se detectan, como promete el README (issue 11, punto 5).

Un usuario curioso abre la base con un navegador de bases (aquí: otra conexión sqlite3, en este proceso,
mientras Escritorio no la tiene abierta): quita triggers, cambia el texto de un acta aprobada, borra los
últimos registros junto con sus filas de bitácora y sus sellos. Después se usa Escritorio como lo haría
cualquiera, con la línea de órdenes: «escritorio verificar» tiene que fallar y nombrar el
problema, y el acta alterada no se imprime. Y al revés: restaurar un respaldo legítimo, o dos procesos que
escriben a la vez, nunca dan una falsa alarma.

La base es la red de ejemplo (`escritorio demo`): tres sesiones con el acta aprobada, una declaración con
213 firmantes (sesión 1) y miembros para registrar pagos.
"""

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from ayudas import leer, sql

CONSEJO = 2  # sesión LXI del Consejo (acta N.º 61, aprobada)
CUMBRE = 1  # XXXI Asamblea (acta N.º 31, aprobada), con la declaración firmada


@pytest.fixture
def red(demo_como) -> Path:
    """Una copia de la red de ejemplo de la corrida llamada red.db (los mensajes nombran el archivo y su testigo)."""
    return demo_como("red.db")


def ok(resultado):
    assert resultado.returncode == 0, resultado.stderr
    return resultado.stdout


def verificar(cli, ruta):
    return cli("verificar", db=ruta)


def sana(cli, ruta) -> bool:
    resultado = verificar(cli, ruta)
    return resultado.returncode == 0 and "La base de datos está sana." in resultado.stdout


def pago(cli, ruta, monto="120.50", recibo=None):
    extra = ("--recibo", recibo) if recibo else ()
    return ok(cli("pagos", "registrar", "--miembro", "5", "--monto", monto, "--moneda", "USD", "--fecha", "2026-04-10",
                  *extra, db=ruta))


def pagos(cli, ruta) -> list[dict]:
    return json.loads(ok(cli("pagos", "listar", "--json", db=ruta)))


def cabeza(ruta) -> tuple[int, str]:
    return leer(ruta, "SELECT id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1")[0]


def leer_testigo(ruta) -> dict:
    return json.loads(Path(str(ruta) + ".testigo").read_text(encoding="utf-8"))


def texto_pdf(ruta) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(ruta).pages)


# --- 1. el acta aprobada -------------------------------------------------------------------------------

def test_la_red_de_ejemplo_verifica_sana(cli, red):
    salida = ok(verificar(cli, red))
    assert "Actas: 3 aprobadas o firmadas, todas iguales a lo aprobado." in salida
    assert "triggers de protección y de bitácora, presentes y sin cambios" in salida
    assert "La base de datos está sana." in salida


def test_acta_cambiada_con_un_navegador_de_bases_se_detecta_y_no_se_imprime(cli, red, tmp_path):
    ok(cli("sesiones", "acta", CONSEJO, tmp_path / "antes.pdf", db=red))
    sql(red, "DROP TRIGGER actas_congeladas", "DROP TRIGGER bitacora_actas_cambio",
        "UPDATE actas SET contenido = replace(contenido, 'Se levanta la sesión', "
        "'Se aprueba duplicar las cuotas. Se levanta la sesión') WHERE sesion_id = 2")

    resultado = verificar(cli, red)
    assert resultado.returncode == 1
    assert "La base de datos está sana." not in resultado.stdout
    assert "«actas_congeladas»" in resultado.stderr and "«bitacora_actas_cambio»" in resultado.stderr
    assert ("PROBLEMA: El acta N.º 61 (Consejo, sesión 2 del 16/03/2026) fue cambiada por fuera de Escritorio: su "
            "texto guardado ya no da la huella SHA-256 con que se aprobó.") in resultado.stderr
    assert "Qué hacer:" in resultado.stderr and "escritorio respaldo restaurar" in resultado.stderr

    acta = cli("sesiones", "acta", CONSEJO, tmp_path / "despues.pdf", db=red)
    assert acta.returncode == 1
    assert "El acta N.º 61 (Consejo) fue cambiada por fuera de Escritorio" in acta.stderr
    assert "No se imprime" in acta.stderr and "Traceback" not in acta.stderr
    assert not (tmp_path / "despues.pdf").exists()
    # Las otras actas, intactas, se siguen imprimiendo.
    ok(cli("sesiones", "acta", CUMBRE, tmp_path / "cumbre.pdf", db=red))


def test_acta_cambiada_con_la_huella_recalculada_la_delata_la_bitacora(cli, red, tmp_path):
    """Un usuario más hábil cambia el texto, recalcula el SHA-256 como lo hace Escritorio y vuelve a crear los
    triggers tal cual estaban: la huella coincide y el esquema también, pero la bitácora sellada guardó el
    texto aprobado."""
    [(contenido,)] = leer(red, "SELECT contenido FROM actas WHERE sesion_id = 2")
    triggers = leer(red, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'actas'")
    datos = json.loads(contenido)
    datos["cierre"] = "Se aprueba duplicar las cuotas. Se levanta la sesión."
    nuevo = json.dumps(datos, ensure_ascii=False)
    huella = hashlib.sha256(json.dumps(datos, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    sql(red, *[f"DROP TRIGGER {nombre}" for nombre, _ in triggers])
    sql(red, "UPDATE actas SET contenido = ?, huella = ? WHERE sesion_id = 2", parametros=(nuevo, huella))
    sql(red, *[texto for _, texto in triggers])

    resultado = verificar(cli, red)
    assert resultado.returncode == 1
    assert "Esquema:" not in resultado.stderr  # los triggers están como antes
    assert ("lo aprobado no es lo que Escritorio selló en la bitácora al aprobarla (se cambió el texto y se "
            "recalculó la huella)") in resultado.stderr
    acta = cli("sesiones", "acta", CONSEJO, tmp_path / "acta.pdf", db=red)
    assert acta.returncode == 1 and "fue cambiada por fuera de Escritorio" in acta.stderr


def test_el_registro_de_la_sesion_cambiado_se_detecta_y_el_acta_aprobada_se_sigue_imprimiendo(cli, red, tmp_path):
    sql(red, "DROP TRIGGER asistencias_congelado_update",
        "UPDATE asistencias SET estado = 'ausente' WHERE id = (SELECT min(id) FROM asistencias WHERE sesion_id = 2)")

    resultado = verificar(cli, red)
    assert resultado.returncode == 1
    assert "«asistencias_congelado_update»" in resultado.stderr
    assert ("El acta N.º 61 (Consejo, sesión 2 del 16/03/2026): el registro de su sesión (puntos, asistencia, "
            "votaciones o resoluciones) cambió por fuera de Escritorio") in resultado.stderr
    # El acta imprime el texto aprobado, que está intacto: se imprime, con su huella.
    ok(cli("sesiones", "acta", CONSEJO, tmp_path / "acta.pdf", db=red))
    assert "huella SHA-256" in texto_pdf(tmp_path / "acta.pdf")


def test_un_trigger_cambiado_o_uno_ajeno_se_detectan(cli, red):
    sql(red, "DROP TRIGGER pagos_sin_borrado",
        "CREATE TRIGGER pagos_sin_borrado BEFORE DELETE ON pagos WHEN 0 BEGIN SELECT 1; END",
        "CREATE TRIGGER borra_en_silencio AFTER INSERT ON pagos BEGIN DELETE FROM imputaciones WHERE 0; END")

    resultado = verificar(cli, red)
    assert resultado.returncode == 1
    assert "alguien cambió por fuera de Escritorio 1 de los triggers e índices que protegen los datos: " \
           "«pagos_sin_borrado»" in resultado.stderr
    assert "hay triggers que Escritorio no creó y que pueden cambiar datos sin control (1): «borra_en_silencio» " \
           "(en «pagos»)" in resultado.stderr


def test_cambiar_datos_y_volver_a_crear_los_triggers_se_detecta_contra_la_bitacora(cli, red):
    """El usuario cuidadoso quita todos los triggers, duplica el importe de un pago, cambia el nombre de un
    miembro, borra un contacto y agrega un invitado, y vuelve a crear los triggers tal cual: la bitácora no
    anotó nada (ni sin sellar), el esquema está igual, pero las filas ya no son las que la bitácora anotó."""
    triggers = leer(red, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    [(pago_id,)] = leer(red, "SELECT min(id) FROM pagos")
    [(contacto,)] = leer(red, "SELECT max(id) FROM contactos")
    sql(red, *[f"DROP TRIGGER {nombre}" for nombre, _ in triggers])
    sql(red, f"UPDATE pagos SET importe = importe * 2 WHERE id = {pago_id}",
        "UPDATE miembros SET telefono = '+54 11 5555-0000' WHERE id = 7",
        f"DELETE FROM contactos WHERE id = {contacto}",
        "INSERT INTO invitados (sesion_id, nombre, calidad) VALUES (3, 'Colado', 'observador')")
    sql(red, *[texto for _, texto in triggers])

    resultado = verificar(cli, red)
    assert resultado.returncode == 1
    assert "Bitácora:" not in resultado.stderr and "Esquema:" not in resultado.stderr
    assert ("Datos cambiados por fuera de Escritorio sin dejar rastro en la bitácora (alguien quitó sus triggers, "
            f"tocó los datos y los volvió a crear): «contactos»: filas borradas (id {contacto}); «invitados»: filas "
            f"agregadas (id 1); «miembros»: filas cambiadas (id 7); «pagos»: filas cambiadas (id {pago_id}).") \
        in resultado.stderr


# --- 2. borrar los últimos registros con sus sellos: la cabeza anotada fuera de la base -----------------------

def borrar_el_ultimo_pago_sin_dejar_rastro(ruta) -> int:
    """Lo que haría un usuario curioso y cuidadoso: guarda los triggers, los quita, borra el último pago con sus
    filas de bitácora y su sello, y vuelve a crear los triggers exactamente como estaban. La cadena queda
    coherente (más corta) y el esquema, igual. Devuelve el sello borrado."""
    triggers = leer(ruta, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    sello, desde = leer(ruta, "SELECT id, desde_id FROM bitacora_sellos ORDER BY id DESC LIMIT 1")[0]
    [(pago_id,)] = leer(ruta, "SELECT max(id) FROM pagos")
    sql(ruta, *[f"DROP TRIGGER {nombre}" for nombre, _ in triggers])
    sql(ruta, "DELETE FROM imputaciones WHERE pago_id = ?", "DELETE FROM recibos WHERE pago_id = ?",
        "DELETE FROM pagos WHERE id = ?", parametros=(pago_id,))
    sql(ruta, "DELETE FROM bitacora WHERE id >= ?", parametros=(desde,))
    sql(ruta, "DELETE FROM bitacora_sellos WHERE id = ?", parametros=(sello,))
    sql(ruta, *[texto for _, texto in triggers])
    return sello


def test_borrar_los_ultimos_registros_con_sus_sellos_lo_detecta_el_testigo(cli, red):
    pago(cli, red)
    pago(cli, red, "80")
    visto = cabeza(red)
    assert leer_testigo(red)["sello_id"] == visto[0] and leer_testigo(red)["huella"] == visto[1]
    antes = len(pagos(cli, red))

    sello = borrar_el_ultimo_pago_sin_dejar_rastro(red)

    assert len(pagos(cli, red)) == antes - 1  # el pago desapareció
    resultado = verificar(cli, red)
    assert resultado.returncode == 1
    assert "Bitácora:" not in resultado.stderr and "Esquema:" not in resultado.stderr  # la cadena es coherente
    assert (f"PROBLEMA: Testigo: se borraron registros de la base: el testigo junto a la base (red.db.testigo) vio "
            f"el sello {sello} de la bitácora (huella {visto[1][:16]}…) y la base llega hasta el sello {sello - 1}.") \
        in resultado.stderr
    assert "escritorio verificar --restauracion-manual" in resultado.stderr


def test_rehacer_la_cadena_despues_de_borrar_tambien_se_detecta(cli, red):
    """Después de borrar, se sigue trabajando con Escritorio: el sello nuevo tiene el mismo número que el
    borrado pero otra huella. El testigo no se deja engañar (el próximo cambio lo reescribe; aquí se mira
    antes, con un respaldo que lo vio)."""
    pago(cli, red)
    ok(cli("respaldo", "crear", db=red))  # su testigo anota la cabeza, como el de la base
    sello = borrar_el_ultimo_pago_sin_dejar_rastro(red)
    pago(cli, red, "99")  # Escritorio sella de nuevo con el número `sello` y reescribe el testigo de la base
    assert cabeza(red)[0] == sello

    resultado = verificar(cli, red)
    assert resultado.returncode == 1
    assert "el respaldo red-" in resultado.stderr
    assert f"vio el sello {sello} con la huella" in resultado.stderr and "hoy ese sello tiene la huella" in resultado.stderr


def test_el_testigo_de_un_respaldo_lo_detecta_aunque_se_borre_el_de_la_base(cli, red):
    pago(cli, red)
    salida = ok(cli("respaldo", "crear", db=red))
    respaldo = Path(salida.split("Respaldo creado: ", 1)[1].strip())
    assert json.loads(Path(str(respaldo) + ".testigo").read_text(encoding="utf-8"))["sello_id"] == cabeza(red)[0]

    sello = borrar_el_ultimo_pago_sin_dejar_rastro(red)
    Path(str(red) + ".testigo").unlink()

    resultado = verificar(cli, red)
    assert resultado.returncode == 1
    assert f"se borraron registros de la base: el respaldo {respaldo.name} vio el sello {sello}" in resultado.stderr


def test_restaurar_un_respaldo_legitimo_no_es_una_alarma(cli, red):
    pago(cli, red)
    viejo = Path(ok(cli("respaldo", "crear", db=red)).split("Respaldo creado: ", 1)[1].strip())
    pago(cli, red, "80")
    ok(cli("respaldo", "crear", db=red))  # un respaldo que vio un sello que la base restaurada no tendrá
    assert sana(cli, red)

    ok(cli("respaldo", "restaurar", viejo, db=red))
    assert sana(cli, red)
    pago(cli, red, "99")  # el mismo número de sello que el respaldo nuevo vio, con otra huella: no es alarma
    assert sana(cli, red)


def test_copiar_un_respaldo_a_mano_se_anota_como_restauracion(cli, red, tmp_path):
    pago(cli, red)
    viejo = Path(ok(cli("respaldo", "crear", db=red)).split("Respaldo creado: ", 1)[1].strip())
    pago(cli, red, "80")
    shutil.copyfile(viejo, red)  # con el explorador de archivos, sin pasar por Escritorio

    resultado = verificar(cli, red)
    assert resultado.returncode == 1 and "se borraron registros de la base" in resultado.stderr

    anotado = cli("verificar", "--restauracion-manual", db=red)
    assert anotado.returncode == 0 and "se restauró a mano" in anotado.stdout
    assert "La base de datos está sana." in anotado.stdout


def test_una_copia_de_la_base_en_la_misma_carpeta_no_es_una_alarma(cli, red):
    """Quien duplica el archivo de la base en la misma carpeta y trabaja en la copia: la copia tiene la misma
    identidad y sus respaldos van a la misma carpeta, pero su historia ya no es la de la base."""
    pago(cli, red)
    copia = red.with_name("red-copia.db")
    shutil.copyfile(red, copia)
    pago(cli, copia, "80")
    ok(cli("respaldo", "crear", db=copia))  # su testigo vio un sello que la base original no tiene
    pago(cli, red, "99")  # la original sigue con otra historia: el mismo número de sello, otra huella
    assert sana(cli, red) and sana(cli, copia)


def test_el_testigo_de_otra_base_es_un_aviso(cli, red):
    pago(cli, red)
    datos = leer_testigo(red)
    datos["base_id"] = "0" * 32
    Path(str(red) + ".testigo").write_text(json.dumps(datos), encoding="utf-8")

    resultado = verificar(cli, red)
    assert resultado.returncode == 0
    assert "AVISO: Testigo:" in resultado.stdout and "es de otra base" in resultado.stdout


def test_dos_procesos_que_escriben_a_la_vez_no_dan_falsa_alarma(cli, red, entorno_cli, tmp_path):
    codigo = ("import sys\n"
              "from escritorio.datos.apertura import abrir\n"
              "from escritorio.servicios.actas import agregar_fe_de_erratas\n"
              "from escritorio.servicios.contexto import Contexto\n"
              "db = abrir(sys.argv[1])\n"
              "for i in range(25):\n"
              "    agregar_fe_de_erratas(Contexto(db, 1), 1, f'Corrección {sys.argv[2]}-{i}')\n")
    procesos = [subprocess.Popen([sys.executable, "-c", codigo, str(red), quien], cwd=tmp_path, env=entorno_cli,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for quien in "AB"]
    for proceso in procesos:
        _, errores = proceso.communicate(timeout=120)
        assert proceso.returncode == 0, errores

    assert leer(red, "SELECT count(*) FROM fe_de_erratas")[0][0] == 50
    visto = leer_testigo(red)
    assert leer(red, "SELECT huella FROM bitacora_sellos WHERE id = ?", (visto["sello_id"],))[0][0] == visto["huella"]
    assert sana(cli, red)


# --- 2c. la cabeza impresa en actas y recibos ------------------------------------------------------------

def test_acta_y_recibo_llevan_la_linea_del_registro(cli, red, tmp_path):
    """Cada documento lleva la cabeza de la cadena en el momento de emitirlo: el último sello antes de la
    transacción que anota su propia emisión (documento y huella del archivo, que sella la siguiente)."""
    def emitido_con_el_sello_anterior(nombre: str) -> tuple[int, str]:
        sello, huella = cabeza(red)  # el sello de la emisión del documento
        anterior = leer(red, "SELECT id, huella FROM bitacora_sellos WHERE id < ? ORDER BY id DESC LIMIT 1", [sello])[0]
        entidades = {f[0] for f in leer(red, "SELECT DISTINCT b.entidad FROM bitacora b JOIN bitacora_sellos s "
                                             "ON b.id BETWEEN s.desde_id AND s.hasta_id WHERE s.id = ?", [sello])}
        assert entidades <= {"documentos_emitidos", "archivos_emitidos"}, (nombre, entidades)
        return anterior

    pago(cli, red, recibo=tmp_path / "recibo.pdf")
    impresos = {"recibo.pdf": emitido_con_el_sello_anterior("recibo.pdf")}
    ok(cli("sesiones", "acta", CONSEJO, tmp_path / "acta.pdf", db=red))
    impresos["acta.pdf"] = emitido_con_el_sello_anterior("acta.pdf")

    for nombre, (sello, huella) in impresos.items():
        linea = f"Huella de la bitácora: sello {sello} · {huella[:16]}"
        documento = PdfReader(tmp_path / nombre)
        assert all(linea in " ".join(p.extract_text().split()) for p in documento.pages), nombre
        assert f"Huella de la bitácora de Escritorio: sello {sello}, SHA-256 {huella}" in documento.metadata["/Keywords"]
    # El recibo reimpreso después de otro cambio lleva la cabeza nueva: la del pago nuevo.
    pago(cli, red, "10")
    nuevo_sello, nueva_huella = cabeza(red)
    primero = min(p["id"] for p in pagos(cli, red))
    ok(cli("pagos", "recibo", primero, tmp_path / "otra_vez.pdf", db=red))
    assert f"Huella de la bitácora: sello {nuevo_sello} · {nueva_huella[:16]}" in texto_pdf(tmp_path / "otra_vez.pdf")


# --- 3. firmantes de una declaración aprobada ------------------------------------------------------------

FIRMANTES_DE_LA_CUMBRE = ("SELECT count(*) FROM firmantes_declaracion f JOIN resoluciones r ON r.id = f.resolucion_id "
                          "JOIN puntos_orden p ON p.id = r.punto_id WHERE p.sesion_id = 1")


@pytest.mark.parametrize("sentencia", [
    "DELETE FROM firmantes_declaracion WHERE rowid = (SELECT min(rowid) FROM firmantes_declaracion)",
    "UPDATE firmantes_declaracion SET miembro_id = miembro_id + 1 WHERE rowid = (SELECT min(rowid) FROM firmantes_declaracion)",
    "INSERT INTO firmantes_declaracion (resolucion_id, miembro_id) SELECT resolucion_id, 300 FROM firmantes_declaracion LIMIT 1",
])
def test_los_firmantes_de_una_declaracion_aprobada_no_se_tocan(red, sentencia):
    antes = leer(red, FIRMANTES_DE_LA_CUMBRE)[0][0]
    assert antes == 213
    with pytest.raises(sqlite3.IntegrityError, match="El acta de esta sesión está aprobada"):
        sql(red, sentencia)
    assert leer(red, FIRMANTES_DE_LA_CUMBRE)[0][0] == antes


def test_sin_los_triggers_de_los_firmantes_verificar_lo_detecta(cli, red):
    sql(red, "DROP TRIGGER firmantes_declaracion_congelado_delete",
        "DELETE FROM firmantes_declaracion WHERE rowid = (SELECT min(rowid) FROM firmantes_declaracion)")

    resultado = verificar(cli, red)
    assert resultado.returncode == 1
    assert "«firmantes_declaracion_congelado_delete» (en «firmantes_declaracion»: «El acta de esta sesión está " \
           "aprobada: su contenido no se modifica (agregue una fe de erratas)»)" in resultado.stderr
    assert "Bitácora: 1 registros sin sellar" in resultado.stderr  # el borrado quedó anotado, sin sello


def test_un_trigger_quitado_sin_tocar_datos_se_repone(cli, red):
    sql(red, "DROP TRIGGER actas_congeladas", "DROP INDEX miembros_codigo",
        "CREATE TRIGGER ajeno AFTER INSERT ON pagos BEGIN SELECT 1; END")
    resultado = verificar(cli, red)
    assert resultado.returncode == 1 and "«escritorio verificar --reponer-esquema»" in resultado.stderr

    repuesto = cli("verificar", "--reponer-esquema", db=red)
    assert repuesto.returncode == 0, repuesto.stderr
    for hecho in ("quitado el trigger ajeno «ajeno»", "repuesto el índice «miembros_codigo»",
                  "repuesto el trigger «actas_congeladas»"):
        assert hecho in repuesto.stdout
    assert "La base de datos está sana." in repuesto.stdout
    with pytest.raises(sqlite3.IntegrityError, match="El acta está aprobada"):  # protege otra vez
        sql(red, "UPDATE actas SET cierre = 'otro' WHERE sesion_id = 2")


def test_borrar_un_firmante_y_volver_a_crear_los_triggers_se_detecta(cli, red):
    triggers = leer(red, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    sql(red, *[f"DROP TRIGGER {nombre}" for nombre, _ in triggers])
    sql(red, "DELETE FROM firmantes_declaracion WHERE rowid = (SELECT min(rowid) FROM firmantes_declaracion)")
    sql(red, *[texto for _, texto in triggers])
    assert leer(red, FIRMANTES_DE_LA_CUMBRE)[0][0] == 212

    resultado = verificar(cli, red)
    assert resultado.returncode == 1
    assert "«firmantes_declaracion»: 1 fila(s) anotadas que ya no están o cambiaron" in resultado.stderr
