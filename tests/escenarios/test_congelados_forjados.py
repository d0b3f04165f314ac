"""Lo congelado y forjado no se imprime, no se da por auténtico ni se publica (issue 58, punto 1).

Quien tiene el archivo quita el trigger `actas_congeladas` con sqlite3, agrega « [FORJADO]» a la apertura del acta
aprobada, recalcula su huella como lo hace Escritorio y vuelve a crear el trigger. La bitácora anota el cambio (su
trigger sigue puesto); la siguiente escritura común de Escritorio lo sella aparte, como incidente. Antes, el acta
se comparaba con el ÚLTIMO registro sellado, que era ya el del falsificador: el acta se imprimía, «documento
verificar» decía «Auténtico y vigente», «publicar» la subía al sitio y «verificar» decía «todas iguales a lo
aprobado». Ahora se compara con lo que Escritorio selló al aprobarla, y eso no cambia al reconocer el incidente.

Con la CLI sobre la red de ejemplo (en el proceso de las pruebas, la fixture `cli`: la misma función de entrada, el
mismo estado de salida y la misma salida; una prueba, como proceso real); lo mismo para un pago con su recibo y para
una votación cerrada de una resolución adoptada.
"""

import hashlib
import json
from pathlib import Path

import pytest
from ayudas import leer, sql

CUMBRE = 1          # XXXI Asamblea: acta N.º 31 aprobada (la que se forja)
CONSEJO = 2         # acta N.º 61 aprobada, intacta
TELEFONO = "+54 11 4000-0001"


@pytest.fixture
def red(demo_como) -> Path:
    return demo_como("red.db")


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    return resultado.stdout


def forjar_el_acta(ruta: Path, sesion_id: int = CUMBRE) -> None:
    """Como en el issue: sin el trigger que congela el acta, otro texto con su huella recalculada; el trigger,
    otra vez como estaba. El de la bitácora queda puesto: el cambio se anota (sin sellar)."""
    [(congeladas,)] = leer(ruta, "SELECT sql FROM sqlite_master WHERE name = 'actas_congeladas'")
    [(contenido,)] = leer(ruta, "SELECT contenido FROM actas WHERE sesion_id = ?", (sesion_id,))
    datos = json.loads(contenido)
    datos["apertura"] = (datos["apertura"] or "") + " [FORJADO]"
    huella = hashlib.sha256(json.dumps(datos, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    sql(ruta, "DROP TRIGGER actas_congeladas")
    sql(ruta, "UPDATE actas SET contenido = ?, huella = ? WHERE sesion_id = ?",
        parametros=(json.dumps(datos, ensure_ascii=False), huella, sesion_id))
    sql(ruta, congeladas)


def escritura_comun(cli, ruta: Path) -> None:
    """Cualquier escritura de Escritorio: sella aparte lo que dejó el otro programa (un incidente)."""
    ok(cli("miembros", "editar", "5", "--telefono", TELEFONO, db=ruta))


def acta_forjada_impresa_por_una_version_anterior(ruta: Path, destino: Path, monkeypatch) -> None:
    """El PDF que imprimía la versión anterior (sin esta comprobación) desde el acta forjada: un documento emitido
    de verdad por Escritorio, registrado y sellado, con el texto forjado."""
    from escritorio.datos.apertura import abrir
    from escritorio.servicios import informes_sesiones
    from escritorio.servicios.contexto import Contexto

    with monkeypatch.context() as parche:
        parche.setattr(informes_sesiones, "comprobar_texto_del_acta", lambda db, sesion_id: None)
        db = abrir(ruta)
        try:
            [(asociacion_id,)] = db.execute("SELECT min(id) FROM asociaciones").fetchall()
            informes_sesiones.imprimir_acta(Contexto(db, asociacion_id), CUMBRE, destino)
        finally:
            db.close()


def incidentes_sin_reconocer(ruta: Path) -> list[int]:
    return [i for (i,) in leer(ruta, "SELECT id FROM incidentes WHERE reconocido_en IS NULL ORDER BY id")]


def reconocer_todo(cli, ruta: Path) -> None:
    for incidente in incidentes_sin_reconocer(ruta):
        # reconoce y verifica: sale con 1 si la base sigue con problemas (lo congelado cambiado lo es)
        hecho = cli("verificar", "--reconocer", incidente, "--motivo", "Lo vimos con la secretaría", db=ruta)
        assert f"Incidente {incidente} reconocido" in hecho.stdout, hecho.stderr
    assert not incidentes_sin_reconocer(ruta)


def comprobar_que_nada_da_fe_del_acta_forjada(cli, red: Path, tmp_path: Path, forjado: Path) -> None:
    # «sesiones acta» no la imprime
    acta = cli("sesiones", "acta", CUMBRE, tmp_path / "a.pdf", db=red)
    assert acta.returncode == 1, acta.stdout
    assert "fue cambiada por fuera de Escritorio" in acta.stderr and "Traceback" not in acta.stderr
    assert not (tmp_path / "a.pdf").exists()
    # Las otras actas, intactas, se siguen imprimiendo.
    ok(cli("sesiones", "acta", CONSEJO, tmp_path / "consejo.pdf", db=red))

    # «documento verificar» no dice «Auténtico»: dice en qué se apoya y que la fila cambió por fuera
    verificado = cli("documento", "verificar", forjado, db=red)
    assert verificado.returncode == 5, verificado.stdout
    assert "Auténtico" not in verificado.stdout
    assert verificado.stdout.startswith("Alterado o desconocido.")
    assert "Escritorio registró la emisión de este documento" in verificado.stdout
    assert "El acta aprobada (fila 1 de «actas»): cambió huella, contenido después de congelarse" in verificado.stdout

    # «publicar»: el resto del sitio sí; el acta forjada, no (y la que ya estaba publicada se quita)
    publicado = cli("publicar", tmp_path / "sitio", db=red)
    salida = ok(publicado)
    assert "RETENIDA: El acta de la sesión del 20/11/2025 (Asamblea General de Socios) no se publicó" in salida
    assert not (tmp_path / "sitio" / "actas" / f"acta-{CUMBRE}.pdf").exists()
    assert (tmp_path / "sitio" / "actas" / f"acta-{CONSEJO}.pdf").exists()
    for pagina in (tmp_path / "sitio").rglob("*.html"):
        assert "FORJADO" not in pagina.read_text(encoding="utf-8"), pagina

    # «verificar» la nombra y no dice «todas iguales a lo aprobado»
    verificacion = cli("verificar", db=red)
    assert verificacion.returncode == 1
    assert "todas iguales a lo aprobado" not in verificacion.stdout
    assert "El acta N.º 31 (Asamblea General de Socios, sesión 1 del 20/11/2025) fue cambiada por fuera de " \
           "Escritorio" in verificacion.stderr
    assert "reconocer el incidente no vuelve auténtica el acta" in verificacion.stderr


def test_el_acta_forjada_del_issue_no_se_imprime_ni_verifica_ni_se_publica(cli, red, tmp_path, monkeypatch):
    ok(cli("publicar", tmp_path / "sitio", db=red))   # el sitio ya tenía el acta auténtica
    assert (tmp_path / "sitio" / "actas" / f"acta-{CUMBRE}.pdf").exists()
    forjar_el_acta(red)
    rechazo = cli("sesiones", "acta", CUMBRE, tmp_path / "a.pdf", db=red)
    assert rechazo.returncode == 1 and "fue cambiada por fuera de Escritorio" in rechazo.stderr
    escritura_comun(cli, red)
    assert incidentes_sin_reconocer(red), "la escritura común tenía que sellar aparte el cambio ajeno"
    forjado = tmp_path / "forjado.pdf"
    acta_forjada_impresa_por_una_version_anterior(red, forjado, monkeypatch)

    comprobar_que_nada_da_fe_del_acta_forjada(cli, red, tmp_path, forjado)


def test_reconocer_el_incidente_no_vuelve_autentica_el_acta_forjada(cli, red, tmp_path, monkeypatch):
    forjar_el_acta(red)
    escritura_comun(cli, red)
    forjado = tmp_path / "forjado.pdf"
    acta_forjada_impresa_por_una_version_anterior(red, forjado, monkeypatch)
    reconocer_todo(cli, red)
    escritura_comun(cli, red)   # y otra escritura más, ya reconocido

    comprobar_que_nada_da_fe_del_acta_forjada(cli, red, tmp_path, forjado)


def test_el_acta_intacta_de_un_incidente_reconocido_vuelve_a_imprimirse(cli, red, tmp_path):
    """Lo que bloquea a un acta intacta es solo el incidente sin reconocer que toca su sesión: reconocido (y el acta
    igual a lo aprobado), se imprime otra vez. Lo permanente es el cambio de lo congelado, no el incidente."""
    sql(red, "DROP TRIGGER sesiones_congelado_update",
        "UPDATE sesiones SET enlace = 'https://ejemplo.org/otra' WHERE id = 1")
    escritura_comun(cli, red)
    [incidente] = incidentes_sin_reconocer(red)
    bloqueada = cli("sesiones", "acta", CUMBRE, tmp_path / "a.pdf", db=red)
    assert bloqueada.returncode == 1
    assert f"El incidente {incidente}, sin reconocer, toca estas filas" in bloqueada.stderr
    reconocer_todo(cli, red)
    ok(cli("sesiones", "acta", CUMBRE, tmp_path / "a.pdf", db=red))


# --- un pago con su recibo --------------------------------------------------------------------------------------

def forjar_el_pago(ruta: Path, pago_id: int = 1) -> None:
    [(fijo,)] = leer(ruta, "SELECT sql FROM sqlite_master WHERE name = 'pagos_registrado_fijo'")
    sql(ruta, "DROP TRIGGER pagos_registrado_fijo")
    sql(ruta, "UPDATE pagos SET importe = 1, importe_imputable = 1 WHERE id = ?", parametros=(pago_id,))
    sql(ruta, fijo)


@pytest.mark.parametrize("reconocido", [False, True], ids=["sin_reconocer", "reconocido"])
def test_el_recibo_de_un_pago_forjado_no_se_imprime_ni_verifica(cli, red, tmp_path, reconocido):
    antes = tmp_path / "recibo-antes.pdf"
    ok(cli("pagos", "recibo", 1, antes, db=red))
    ok(cli("documento", "verificar", antes, db=red))   # auténtico y vigente, antes del cambio
    forjar_el_pago(red)
    escritura_comun(cli, red)
    if reconocido:
        reconocer_todo(cli, red)

    recibo = cli("pagos", "recibo", 1, tmp_path / "recibo.pdf", db=red)
    assert recibo.returncode == 1, recibo.stdout
    assert "El recibo del pago 1 no se imprime, ni se envía ni se publica" in recibo.stderr
    assert "El pago registrado (con su recibo) (fila 1 de «pagos»): cambió importe, importe_imputable" \
        in recibo.stderr
    assert not (tmp_path / "recibo.pdf").exists()

    verificado = cli("documento", "verificar", antes, db=red)
    assert verificado.returncode == 5 and "Auténtico" not in verificado.stdout
    assert "fila 1 de «pagos»" in verificado.stdout

    verificacion = cli("verificar", db=red)
    assert verificacion.returncode == 1
    assert "Congelado y cambiado: El pago registrado (con su recibo) (fila 1 de «pagos»): cambió importe, " \
           "importe_imputable después de congelarse" in verificacion.stderr
    assert "todo igual a lo que Escritorio selló" not in verificacion.stdout


# --- una votación cerrada y la resolución adoptada -------------------------------------------------------------

@pytest.mark.parametrize("reconocido", [False, True], ids=["sin_reconocer", "reconocido"])
def test_la_votacion_forjada_de_una_resolucion_adoptada_no_se_imprime(cli, red, tmp_path, reconocido):
    """Sesión 2 (acta aprobada): la votación de la Resolución 1/2026 pasa de aprobada a 0 a favor y 99 en contra,
    con sus triggers quitados y vueltos a crear."""
    [(votacion, resolucion)] = leer(red, "SELECT v.id, r.id FROM votaciones v JOIN resoluciones r ON "
                                         "r.punto_id = v.punto_id JOIN puntos_orden p ON p.id = v.punto_id "
                                         "WHERE p.sesion_id = ? AND r.numero = 1 AND r.anio = 2026", (CONSEJO,))
    [(congelado,)] = leer(red, "SELECT sql FROM sqlite_master WHERE name = 'votaciones_congelado_update'")
    sql(red, "DROP TRIGGER votaciones_congelado_update")
    sql(red, "UPDATE votaciones SET a_favor = 0, en_contra = 99 WHERE id = ?", parametros=(votacion,))
    sql(red, congelado)
    escritura_comun(cli, red)
    if reconocido:
        reconocer_todo(cli, red)

    impresa = cli("resoluciones", "pdf", resolucion, "--salida", tmp_path / "r.pdf", db=red)
    assert impresa.returncode == 1, impresa.stdout
    assert "La resolución 1/2026 no se imprime" in impresa.stderr
    assert f"La votación cerrada (fila {votacion} de «votaciones»): cambió a_favor, en_contra" in impresa.stderr
    assert not (tmp_path / "r.pdf").exists()
    # el acta de su sesión tampoco
    acta = cli("sesiones", "acta", CONSEJO, tmp_path / "a.pdf", db=red)
    assert acta.returncode == 1 and f"fila {votacion} de «votaciones»" in acta.stderr

    verificacion = cli("verificar", db=red)
    assert verificacion.returncode == 1
    assert f"Congelado y cambiado: La votación cerrada (fila {votacion} de «votaciones»)" in verificacion.stderr


def test_una_resolucion_adoptada_cambiada_sin_bitacora_se_nota_igual(cli_proceso, red, tmp_path):
    """Sin rastro en la bitácora (también quitado su trigger): la fila ya no es la que se selló al adoptarla. Con la
    CLI como proceso real, como la corre la secretaría."""
    triggers = leer(red, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'resoluciones'")
    sql(red, *[f"DROP TRIGGER {nombre}" for nombre, _ in triggers])
    sql(red, "UPDATE resoluciones SET texto = 'Se duplican las cuotas.' WHERE id = 4")
    sql(red, *[texto for _, texto in triggers])

    impresa = cli_proceso("resoluciones", "pdf", 4, "--salida", tmp_path / "r.pdf", db=red)
    assert impresa.returncode == 1
    assert "La resolución adoptada (fila 4 de «resoluciones»): cambió texto después de congelarse" in impresa.stderr


def test_la_red_de_ejemplo_no_da_falsas_alarmas(cli, red, tmp_path):
    verificacion = ok(cli("verificar", db=red))
    assert "Lo congelado (resoluciones, votaciones y elecciones cerradas, pagos con su recibo, cuotas con pagos): " \
           "todo igual a lo que Escritorio selló al congelarlo." in verificacion
    assert "Actas: 3 aprobadas o firmadas, todas iguales a lo aprobado." in verificacion


# --- el correo: el acta forjada no sale, a un servidor SMTP de verdad en 127.0.0.1 ------------------------------

@pytest.mark.parametrize("reconocido", [False, True], ids=["sin_reconocer", "reconocido"])
def test_el_acta_forjada_no_sale_por_correo(cli, red, reconocido):
    from correo.servidor_smtp import ServidorSMTP

    forjar_el_acta(red)
    escritura_comun(cli, red)
    if reconocido:
        reconocer_todo(cli, red)
    with ServidorSMTP() as servidor:
        ok(cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", servidor.puerto, "--seguridad",
                    "ninguna", "--remitente", "secretaria@redsur.ejemplo.org", db=red))
        enviado = cli("correo", "acta", CUMBRE, db=red)
        recibidos = servidor.recibidos
    assert enviado.returncode == 1, enviado.stdout
    assert "fue cambiada por fuera de Escritorio" in enviado.stderr and "Traceback" not in enviado.stderr
    assert recibidos == []
    assert leer(red, "SELECT count(*) FROM mensajes") == [(0,)]


def test_forjar_y_volver_a_dejar_el_acta_como_estaba_queda_como_alarma(cli, red, tmp_path):
    """Cambiarla y devolverla a su texto: la fila coincide otra vez, pero la bitácora guardó que otro programa tocó
    lo congelado; eso no se borra (tampoco al reconocer el incidente)."""
    [(original, huella)] = leer(red, "SELECT contenido, huella FROM actas WHERE sesion_id = ?", (CUMBRE,))
    forjar_el_acta(red)
    [(congeladas,)] = leer(red, "SELECT sql FROM sqlite_master WHERE name = 'actas_congeladas'")
    sql(red, "DROP TRIGGER actas_congeladas")
    sql(red, "UPDATE actas SET contenido = ?, huella = ? WHERE sesion_id = ?", parametros=(original, huella, CUMBRE))
    sql(red, congeladas)
    escritura_comun(cli, red)
    reconocer_todo(cli, red)

    verificacion = cli("verificar", db=red)
    assert verificacion.returncode == 1
    assert "todas iguales a lo aprobado" not in verificacion.stdout
    assert "El acta aprobada (fila 1 de «actas»): cambió huella, contenido después de congelarse" \
        in verificacion.stderr
    acta = cli("sesiones", "acta", CUMBRE, tmp_path / "a.pdf", db=red)
    assert acta.returncode == 1 and not (tmp_path / "a.pdf").exists()


# --- una cuota con pagos y una elección cerrada --------------------------------------------------------------

def test_la_cuota_con_pagos_forjada_se_nombra_y_su_recibo_no_se_imprime(cli, red, tmp_path):
    [(cuota,)] = leer(red, "SELECT cargo_id FROM imputaciones WHERE pago_id = 1")
    [(fijo,)] = leer(red, "SELECT sql FROM sqlite_master WHERE name = 'cargos_fijo_update'")
    sql(red, "DROP TRIGGER cargos_fijo_update")
    sql(red, "UPDATE cargos SET importe = 1, importe_bruto = 1 WHERE id = ?", parametros=(cuota,))
    sql(red, fijo)
    escritura_comun(cli, red)
    reconocer_todo(cli, red)

    verificacion = cli("verificar", db=red)
    assert verificacion.returncode == 1
    assert f"Congelado y cambiado: La cuota con pagos imputados (fila {cuota} de «cargos»): cambió importe_bruto, " \
           "importe después de congelarse" in verificacion.stderr
    recibo = cli("pagos", "recibo", 1, tmp_path / "recibo.pdf", db=red)
    assert recibo.returncode == 1 and f"fila {cuota} de «cargos»" in recibo.stderr


def test_los_votos_forjados_de_una_eleccion_cerrada_se_nombran(cli, red, tmp_path):
    [(candidatura, sesion)] = leer(red, "SELECT c.id, p.sesion_id FROM candidaturas c JOIN elecciones e ON "
                                        "e.id = c.eleccion_id JOIN puntos_orden p ON p.id = e.punto_id "
                                        "WHERE e.cerrada_en IS NOT NULL ORDER BY c.id LIMIT 1")
    [(congelada,)] = leer(red, "SELECT sql FROM sqlite_master WHERE name = 'candidaturas_congelado_update'")
    sql(red, "DROP TRIGGER candidaturas_congelado_update")
    sql(red, "UPDATE candidaturas SET votos = 1 WHERE id = ?", parametros=(candidatura,))
    sql(red, congelada)
    escritura_comun(cli, red)

    verificacion = cli("verificar", db=red)
    assert verificacion.returncode == 1
    assert f"Congelado y cambiado: La candidatura de una elección cerrada (fila {candidatura} de «candidaturas»): " \
           "cambió votos después de congelarse" in verificacion.stderr
    acta = cli("sesiones", "acta", sesion, tmp_path / "a.pdf", db=red)
    assert acta.returncode == 1 and not (tmp_path / "a.pdf").exists()


def test_el_estado_de_cuenta_de_quien_tiene_un_pago_forjado_no_se_imprime(cli, red, tmp_path):
    [(miembro,)] = leer(red, "SELECT miembro_id FROM pagos WHERE id = 1")
    antes = tmp_path / "cuenta-antes.pdf"
    ok(cli("cuotas", "estado-cuenta", "--miembro", miembro, antes, db=red))
    forjar_el_pago(red)
    escritura_comun(cli, red)
    reconocer_todo(cli, red)

    cuenta = cli("cuotas", "estado-cuenta", "--miembro", miembro, tmp_path / "cuenta.pdf", db=red)
    assert cuenta.returncode == 1, cuenta.stdout
    assert f"El estado de cuenta del miembro {miembro} no se imprime" in cuenta.stderr
    assert "fila 1 de «pagos»" in cuenta.stderr
    assert not (tmp_path / "cuenta.pdf").exists()
    verificado = cli("documento", "verificar", antes, db=red)
    assert verificado.returncode == 5 and "Auténtico" not in verificado.stdout
