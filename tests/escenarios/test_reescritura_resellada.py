"""Una reescritura agregada y vuelta a sellar no pasa «verificar» (issue 58, punto 2).

Quien tiene el archivo quita los triggers que protegen una tabla, cambia una fila (los triggers de la bitácora
siguen y anotan el cambio), agrega un sello calculado como los de Escritorio (`bitacora._huella`, como
`_sellar_tramo`) y vuelve a crear los triggers tal cual. La cadena sigue entera, el testigo y las anclas anteriores
siguen en ella, cada fila es la que anotó la bitácora: antes, «verificar» decía «sana». Pero el registro dice algo
que Escritorio nunca escribe (un pago que cambia de importe, un acta aprobada que cambia, una votación cerrada que
cambia sus números, un número de recibo repetido): ahora es una alarma que lo nombra, selle quien lo selle.
Y un documento emitido sin su alta en la cadena (el «FAKE-ACTA-0001» antedatado) también.

sqlite3 sobre el archivo, como quien manipula; «escritorio verificar» en el proceso de las pruebas (la fixture `cli`:
la misma función de entrada, el mismo estado de salida y la misma salida), y como proceso real en la prueba del
acta aprobada."""

import sqlite3
from datetime import datetime, timezone

from escritorio.datos.base_de_datos import BaseDeDatos
from escritorio.datos.bitacora import _huella


def _reescribir_y_sellar(ruta, tablas, *sentencias, sellar=True, parametros=None):
    """Quita los triggers protectores de `tablas` (no los de la bitácora), ejecuta las sentencias, sella lo que
    anotó la bitácora como lo haría Escritorio y repone los triggers. Devuelve (primer, último) registro agregado."""
    conn = sqlite3.connect(ruta, isolation_level=None)
    try:
        conn.execute("BEGIN")
        marcas = ", ".join("?" for _ in tablas)
        triggers = conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marcas}) "
            "AND name NOT LIKE 'bitacora!_%' ESCAPE '!'", list(tablas)).fetchall()
        for nombre, _ in triggers:
            conn.execute(f'DROP TRIGGER "{nombre}"')
        antes = conn.execute("SELECT max(id) FROM bitacora").fetchone()[0]
        for sentencia in sentencias:
            conn.execute(sentencia, (parametros or {}).get(sentencia, []))
        hasta = conn.execute("SELECT max(id) FROM bitacora").fetchone()[0]
        if sellar and hasta > antes:
            desde_previo, anterior = conn.execute(
                "SELECT hasta_id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()
            momento = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")[:23]
            huella, _ = _huella(BaseDeDatos(conn), anterior, momento, "secretaria", None, desde_previo + 1, hasta)
            conn.execute("INSERT INTO bitacora_sellos (momento, usuario, operador, desde_id, hasta_id, huella_anterior, "
                         "huella) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [momento, "secretaria", None, desde_previo + 1, hasta, anterior, huella])
        for _, sql in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
        return antes + 1, hasta
    finally:
        conn.close()


def _leer(ruta, consulta, parametros=()):
    conn = sqlite3.connect(ruta)
    try:
        return conn.execute(consulta, parametros).fetchall()
    finally:
        conn.close()


def _verificar_con_alarma(cli, ruta, *textos):
    hecho = cli("verificar", db=ruta)
    salida = hecho.stdout + hecho.stderr
    assert hecho.returncode == 1, salida
    assert "está sana" not in salida
    for texto in textos:
        assert texto in salida, salida
    return salida


def test_un_pago_cambiado_y_vuelto_a_sellar_es_una_alarma_que_nombra_el_registro(demo_como, cli, tmp_path):
    ruta = demo_como("x.db")
    recibo = tmp_path / "recibo.pdf"
    assert cli("pagos", "recibo", "2", recibo, db=ruta).returncode == 0  # su pie lleva la cabeza de la cadena
    ancla = cli("bitacora", "ancla", db=ruta).stdout.strip()
    (ancla_vieja,) = _leer(ruta, "SELECT max(id) FROM bitacora_sellos")[0]
    registro, _ = _reescribir_y_sellar(ruta, ["pagos"], "UPDATE pagos SET importe = 1, importe_imputable = 1 WHERE id = 1")
    (sello,) = _leer(ruta, "SELECT max(id) FROM bitacora_sellos")[0]
    assert sello == ancla_vieja + 1  # la cadena sigue: el sello forjado extiende la cabeza que vio el testigo
    listado = cli("bitacora", "listar", "--entidad", "pagos", db=ruta).stdout
    assert "Pago 0001/2020 de Betim modificado: importe" in listado.splitlines()[0], listado  # a la vista
    # El testigo, el ancla exportada y la impresa en el recibo siguen en la cadena: ninguna lo nota sola.
    hecho = cli("verificar", "--ancla", recibo, "--ancla", ancla, db=ruta)
    salida = hecho.stdout + hecho.stderr
    assert salida.count("sigue en la cadena, igual") == 2 and "Testigo: el sello" in salida, salida
    # Pero el registro dice lo que Escritorio nunca escribe.
    assert hecho.returncode == 1
    for texto in (f"Registro {registro} de la bitácora (sello {sello}", "sellado por secretaria",
                  "«pagos», fila 1, cambio: importe 50000 → 1, importe_imputable 50000 → 1", "pagos_registrado_fijo"):
        assert texto in salida, salida

    # Una escritura común después no lo lava: la alarma sigue.
    hecho = cli("miembros", "editar", "5", "--telefono", "+54 11 4000-0001", db=ruta)
    assert hecho.returncode == 0, hecho.stderr
    _verificar_con_alarma(cli, ruta, f"Registro {registro} de la bitácora", "pagos_registrado_fijo")


def test_un_acta_aprobada_reescrita_y_vuelta_a_sellar_es_una_alarma(demo_como, cli_proceso):
    ruta = demo_como("x.db")
    registro, _ = _reescribir_y_sellar(ruta, ["actas"],
                                       "UPDATE actas SET apertura = apertura || ' [FORJADO]' WHERE id = 1")
    _verificar_con_alarma(cli_proceso, ruta, f"Registro {registro} de la bitácora", "«actas», fila 1, cambio: apertura",
                          "actas_congeladas")


def test_los_numeros_de_una_votacion_cerrada_no_cambian(demo_como, cli):
    ruta = demo_como("x.db")
    ((votacion, sesion),) = _leer(ruta, "SELECT v.id, p.sesion_id FROM votaciones v JOIN puntos_orden p ON "
                                        "p.id = v.punto_id JOIN actas a ON a.sesion_id = p.sesion_id "
                                        "WHERE a.estado = 'aprobada' ORDER BY v.id LIMIT 1")
    registro, _ = _reescribir_y_sellar(ruta, ["votaciones"],
                                       f"UPDATE votaciones SET a_favor = 0, en_contra = 99 WHERE id = {votacion}")
    _verificar_con_alarma(cli, ruta, f"Registro {registro} de la bitácora",
                          f"«votaciones», fila {votacion}, cambio: a_favor", "en_contra 0 → 99",
                          "votaciones_congelado_update")


def test_un_numero_de_recibo_no_se_repite(demo_como, cli):
    """El recibo 1 se borra y se vuelve a emitir, con su mismo número, para otro pago: la tabla queda sin filas
    repetidas (el índice único se cumple), pero la bitácora tiene dos altas con ese número."""
    ruta = demo_como("x.db")
    ((asociacion, anio, numero),) = _leer(ruta, "SELECT asociacion_id, anio, numero FROM recibos WHERE id = 1")
    ((otro_pago,),) = _leer(ruta, "SELECT pago_id FROM recibos WHERE id = 2")
    _, ultimo = _reescribir_y_sellar(
        ruta, ["recibos"], "DELETE FROM recibos WHERE id = 1", "DELETE FROM recibos WHERE id = 2",
        f"INSERT INTO recibos (id, asociacion_id, anio, numero, pago_id) VALUES (2, {asociacion}, {anio}, {numero}, "
        f"{otro_pago})")
    _verificar_con_alarma(cli, ruta, f"Registro {ultimo} de la bitácora", "«recibos», fila 2, agregada",
                          "un número de recibo no se repite", "repite el alta del registro", "recibos_fijo_delete")


def test_un_documento_emitido_sin_su_alta_en_la_cadena_es_una_alarma(demo_como, cli):
    """El «FAKE-ACTA-0001» antedatado: registrado con todos los triggers quitados, sin registro en la bitácora."""
    ruta = demo_como("x.db")
    conn = sqlite3.connect(ruta, isolation_level=None)
    try:
        conn.execute("BEGIN")
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND tbl_name = 'documentos_emitidos'").fetchall()
        for nombre, _ in triggers:
            conn.execute(f'DROP TRIGGER "{nombre}"')
        (huella,) = conn.execute("SELECT huella FROM actas WHERE id = 1").fetchone()
        conn.execute("INSERT INTO documentos_emitidos (asociacion_id, codigo, tipo, referencia, huella, resumen, "
                     "emitido_en) VALUES (1, 'FAKE-ACTA-0001', 'acta', 1, ?, '{}', '2024-01-10 10:00:00')", [huella])
        for _, sql in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
    finally:
        conn.close()
    _verificar_con_alarma(cli, ruta, "Documento emitido FAKE-ACTA-0001 (acta, fila 1)",
                          "no tiene su alta en la bitácora")


def test_un_documento_que_agrego_otro_programa_no_se_vuelve_propio_al_reconocer_el_incidente(demo_como, cli):
    """Con los triggers puestos la bitácora lo anota, y la próxima escritura lo sella aparte como incidente: reconocer
    el incidente explica lo que pasó, pero el documento sigue sin ser uno que Escritorio emitió."""
    ruta = demo_como("x.db")
    (huella,) = _leer(ruta, "SELECT huella FROM actas WHERE id = 1")[0]
    conn = sqlite3.connect(ruta)
    conn.execute("INSERT INTO documentos_emitidos (asociacion_id, codigo, tipo, referencia, huella, resumen, emitido_en) "
                 "VALUES (1, 'FAKE-ACTA-0001', 'acta', 1, ?, '{}', '2024-01-10 10:00:00')", [huella])
    conn.commit()
    conn.close()
    assert cli("miembros", "editar", "5", "--telefono", "+54 11 4000-0001", db=ruta).returncode == 0
    reconocido = cli("verificar", "--reconocer", "1", "--motivo", "Lo cargó soporte", db=ruta)
    assert "Incidente 1 reconocido: Lo cargó soporte" in reconocido.stdout, reconocido.stdout + reconocido.stderr
    _verificar_con_alarma(cli, ruta, "Documento emitido FAKE-ACTA-0001", "la escribió otro programa",
                          "aparte, como el incidente 1")


def test_un_anio_de_escrituras_comunes_no_da_ninguna_falsa_alarma(demo_como, cli):
    """La red de ejemplo entera y después lo de todos los días por la CLI: emitir, cobrar, imprimir (cada PDF registra
    su documento emitido), anular, dar de baja, deshacer y rehacer, convocar, tomar asistencia, votar y aprobar un
    acta. Todo lo escribió Escritorio: ninguna regla salta, y verificar dice «sana»."""
    ruta = demo_como("x.db")

    def orden(*argumentos):
        hecho = cli(*argumentos, db=ruta)
        assert hecho.returncode == 0, (argumentos, hecho.stdout, hecho.stderr)
        return hecho

    orden("cuotas", "emitir", "2027")
    orden("pagos", "registrar", "--miembro", "5", "--monto", "500", "--moneda", "USD", "--fecha", "2026-11-20")
    ((pago,),) = _leer(ruta, "SELECT max(id) FROM pagos")
    orden("pagos", "recibo", pago, "recibo.pdf")
    orden("pagos", "anular", pago, "--motivo", "Error de carga")
    orden("pagos", "registrar", "--miembro", "8", "--monto", "500", "--moneda", "USD", "--fecha", "2026-11-21")
    orden("cuotas", "estado-cuenta", "--miembro", "5", "cuenta.pdf")
    orden("miembros", "editar", "6", "--telefono", "+54 11 4000-0002")
    orden("deshacer")
    orden("rehacer")
    orden("miembros", "baja", "7", "--motivo", "Renuncia")
    orden("sesiones", "acta", "1", "acta-1.pdf")
    orden("resoluciones", "pdf", "1", "--salida", "resolucion.pdf")
    # el acta en borrador de la sesión 4 se aprueba en ella misma: punto, votación, resolución
    ((presentes,),) = _leer(ruta, "SELECT count(*) FROM asistencias WHERE sesion_id = 4 AND estado = 'presente'")
    orden("sesiones", "acta", "4", "borrador-4.pdf")
    orden("sesiones", "punto-aprobacion-acta", "4")
    ((punto,),) = _leer(ruta, "SELECT max(id) FROM puntos_orden")
    orden("sesiones", "votar", punto, "--a-favor", presentes)
    orden("sesiones", "resolucion", punto, "--titulo", "Aprobar el acta")
    ((resolucion,),) = _leer(ruta, "SELECT max(id) FROM resoluciones")
    orden("sesiones", "aprobar-acta", "4", "--resolucion", resolucion)
    orden("sesiones", "acta", "4", "acta-4.pdf")
    orden("sesiones", "convocar", "2", "--fecha", "2026-11-28", "--lugar", "Sede de la red")
    ((sesion,),) = _leer(ruta, "SELECT max(id) FROM sesiones")
    integrantes = [str(m) for (m,) in _leer(ruta, "SELECT miembro_id FROM mandatos WHERE organo_id = 2 AND desde <= "
                                                   "'2026-11-28' AND (hasta IS NULL OR hasta >= '2026-11-28') AND "
                                                   "miembro_id IS NOT NULL ORDER BY id LIMIT 3")]
    assert integrantes
    orden("sesiones", "asistencia", sesion, "--presentes", ",".join(integrantes))
    orden("deshacer")
    orden("sesiones", "punto", sesion, "--titulo", "Informe de tesorería")
    orden("sesiones", "convocatoria", sesion, "convocatoria.pdf")
    ((documentos,),) = _leer(ruta, "SELECT count(*) FROM documentos_emitidos")
    assert documentos >= 7

    hecho = cli("verificar", db=ruta)
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    assert "está sana" in hecho.stdout
    assert f"y {documentos} documentos emitidos contra la cadena: todo es algo que Escritorio pudo haber escrito" \
        in hecho.stdout


def test_un_registro_escrito_a_mano_con_menos_valores_tampoco_pasa(demo_como, cli):
    """Quien escribe el registro a mano, con un valor de menos (para que sus columnas no se lean), y lo sella: después
    de la última migración Escritorio anota siempre todas las columnas, así que también es una alarma."""
    ruta = demo_como("x.db")
    sentencia = ("INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('pagos', 1, 'cambio', "
                 "json_object('antes', json_array(1, 1, 5, '2020-02-02', 50000), "
                 "'despues', json_array(1, 1, 5, '2020-02-02', 1)))")
    registro, _ = _reescribir_y_sellar(ruta, ["pagos"], sentencia)
    _verificar_con_alarma(cli, ruta, f"Registro {registro} de la bitácora",
                          "el registro no tiene un valor por cada columna de la tabla")


def test_una_cuota_con_pagos_cambiada_y_vuelta_a_sellar_es_una_alarma(demo_como, cli):
    """La cuota que ya tiene un pago imputado no cambia (aunque el pago se anule): su importe bajado a 0,01 con los
    triggers quitados y la cadena vuelta a sellar."""
    ruta = demo_como("x.db")
    ((cargo,),) = _leer(ruta, "SELECT min(cargo_id) FROM imputaciones")
    ((libre,),) = _leer(ruta, "SELECT min(id) FROM cargos WHERE id NOT IN (SELECT cargo_id FROM imputaciones)")
    registro, ultimo = _reescribir_y_sellar(ruta, ["cargos"], f"UPDATE cargos SET importe = 1 WHERE id = {cargo}",
                                            f"UPDATE cargos SET importe = importe + 1 WHERE id = {libre}")
    salida = _verificar_con_alarma(cli, ruta, f"Registro {registro} de la bitácora",
                                   f"«cargos», fila {cargo}, cambio: importe", "cargos_fijo_update")
    assert f"Registro {ultimo} de la bitácora" not in salida  # una cuota sin pagos sí se puede cambiar


def test_los_votos_de_una_eleccion_cerrada_no_cambian(demo_como, cli):
    """La elección de una sesión con el acta aprobada: los votos de una candidatura, cambiados y vueltos a sellar."""
    ruta = demo_como("x.db")
    ((candidatura,),) = _leer(ruta, "SELECT min(c.id) FROM candidaturas c JOIN elecciones e ON e.id = c.eleccion_id "
                                    "JOIN puntos_orden p ON p.id = e.punto_id JOIN actas a ON a.sesion_id = p.sesion_id "
                                    "WHERE a.estado = 'aprobada'")
    registro, _ = _reescribir_y_sellar(ruta, ["candidaturas"],
                                       f"UPDATE candidaturas SET votos = votos + 50 WHERE id = {candidatura}")
    _verificar_con_alarma(cli, ruta, f"Registro {registro} de la bitácora",
                          f"«candidaturas», fila {candidatura}, cambio: votos", "candidaturas_congelado_update")


def test_una_votacion_y_su_resolucion_borradas_y_vueltas_a_escribir_no_pasan(demo_como, cli):
    """En una sesión cuya acta sigue en borrador, ningún trigger impide borrar una votación cerrada: quien la borra
    con su resolución adoptada y las vuelve a escribir con otros números y otro título, y sella como Escritorio, no
    deja ningún «cambio» en la bitácora, solo un borrado y un alta. Escritorio nunca borra una fila congelada (ni su
    deshacer lo hace): el borrado sellado no la vuelve a empezar, y la fila de hoy se compara con la del cierre."""
    ruta = demo_como("x.db")
    [(votacion, resolucion)] = _leer(
        ruta, "SELECT v.id, r.id FROM votaciones v JOIN puntos_orden p ON p.id = v.punto_id "
              "JOIN resoluciones r ON r.punto_id = p.id JOIN actas a ON a.sesion_id = p.sesion_id "
              "WHERE a.estado = 'borrador'")
    _reescribir_y_sellar(
        ruta, ["votaciones", "resoluciones"],
        f"CREATE TEMP TABLE v AS SELECT * FROM votaciones WHERE id = {votacion}",
        f"CREATE TEMP TABLE r AS SELECT * FROM resoluciones WHERE id = {resolucion}",
        "UPDATE temp.v SET a_favor = 1, en_contra = 99, aprobada = 0",
        "UPDATE temp.r SET titulo = 'Título forjado'",
        f"DELETE FROM resoluciones WHERE id = {resolucion}", f"DELETE FROM votaciones WHERE id = {votacion}",
        "INSERT INTO votaciones SELECT * FROM temp.v", "INSERT INTO resoluciones SELECT * FROM temp.r")
    assert _leer(ruta, "SELECT DISTINCT accion FROM bitacora WHERE id > (SELECT max(hasta_id) FROM bitacora_sellos "
                       "WHERE id < (SELECT max(id) FROM bitacora_sellos))") == [("borrado",), ("alta",)]
    _verificar_con_alarma(cli, ruta, f"La votación cerrada (fila {votacion} de «votaciones»)",
                          f"La resolución adoptada (fila {resolucion} de «resoluciones»)")


def test_una_reimpresion_agregada_con_otro_texto_y_sellada_no_es_autentica(demo_como, cli, tmp_path):
    """La revisión del issue 58: un acta con una página de más armada por fuera (pikepdf), registrada como una
    reimpresión (una fila de solo alta, con los triggers en su lugar) y sellada como sella Escritorio. El registro
    guarda otro texto que el del archivo: Escritorio nunca escribe eso, así que no da «Auténtico y vigente»."""
    import hashlib

    import pikepdf

    ruta = demo_como("red.db")
    acta, resolucion = tmp_path / "acta.pdf", tmp_path / "resolucion.pdf"
    assert cli("sesiones", "acta", "2", str(acta), db=ruta).returncode == 0
    assert cli("resoluciones", "pdf", "1", "--salida", str(resolucion), db=ruta).returncode == 0
    reimpresa = tmp_path / "reimpresa.pdf"   # una reimpresión de verdad: su texto es el suyo
    assert cli("sesiones", "acta", "2", str(reimpresa), db=ruta).returncode == 0
    hecho = cli("documento", "verificar", str(reimpresa), db=ruta)
    assert hecho.returncode == 0 and "Auténtico y vigente" in hecho.stdout, hecho.stdout + hecho.stderr

    forjada = tmp_path / "forjada.pdf"
    with pikepdf.open(acta) as pdf, pikepdf.open(resolucion) as otra:
        pdf.pages.append(otra.pages[0])
        pdf.save(forjada)
    sha = hashlib.sha256(forjada.read_bytes()).hexdigest()
    documento = _leer(ruta, "SELECT documento_id FROM archivos_emitidos WHERE sha256 = ?",
                      (hashlib.sha256(acta.read_bytes()).hexdigest(),))[0][0]
    copia = _leer(ruta, "SELECT max(copia) + 1 FROM archivos_emitidos WHERE documento_id = ?", (documento,))[0][0]
    alta = "INSERT INTO archivos_emitidos (documento_id, sha256, copia, texto) VALUES (?, ?, ?, 'x')"
    _reescribir_y_sellar(ruta, [], alta, parametros={alta: [documento, sha, copia]})

    hecho = cli("documento", "verificar", str(forjada), db=ruta)
    salida = hecho.stdout + hecho.stderr
    assert hecho.returncode == 5, salida
    assert "Auténtico y vigente" not in salida and "Alterado o desconocido" in salida
    assert f"idéntico byte a byte a la copia {copia} del documento" in salida
    assert "ese registro no lo escribió Escritorio" in salida
