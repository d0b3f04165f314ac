"""«escritorio deshacer» y «escritorio rehacer» (issue 42): el mismo servicio que Edición ›
Deshacer en la ventana, sobre una copia de la red de ejemplo."""

from contextlib import closing
import json
import sqlite3

from ayudas import sin_traza


def ok(resultado) -> str:
    sin_traza(resultado)
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    return resultado.stdout


def telefono(ruta, nombre: str) -> str | None:
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        return conexion.execute("SELECT telefono FROM miembros WHERE nombre = ?", [nombre]).fetchone()[0]


def id_de(ruta, nombre: str) -> int:
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        return conexion.execute("SELECT id FROM miembros WHERE nombre = ?", [nombre]).fetchone()[0]


def test_deshacer_y_rehacer_la_ficha_desde_la_linea_de_ordenes(cli, copia_de_la_demo):
    base = copia_de_la_demo
    rosario, antes = id_de(base, "Rosario"), telefono(base, "Rosario")
    assert ok(cli("deshacer", "--ver", db=base)).strip() == "No hay nada para deshacer."

    ok(cli("miembros", "editar", rosario, "--telefono", "+54 341 480 2000", db=base))
    visto = ok(cli("deshacer", "--ver", db=base))
    assert visto.startswith("Deshacer: cambio de la ficha de Rosario (")
    assert telefono(base, "Rosario") == "+54 341 480 2000"   # --ver no deshace

    assert ok(cli("deshacer", db=base)).strip() == "Deshecho: cambio de la ficha de Rosario."
    assert telefono(base, "Rosario") == antes
    nada = cli("deshacer", db=base)
    assert nada.returncode == 1 and "No hay nada para deshacer" in nada.stderr

    pendiente = json.loads(ok(cli("rehacer", "--ver", "--json", db=base)))
    assert (pendiente["descripcion"], pendiente["posible"]) == ("cambio de la ficha de Rosario", True)
    assert ok(cli("rehacer", db=base)).strip() == "Rehecho: cambio de la ficha de Rosario."
    assert telefono(base, "Rosario") == "+54 341 480 2000"

    bitacora = ok(cli("bitacora", "listar", "--cantidad", "4", db=base))
    assert "Rehecho: cambio de la ficha de Rosario" in bitacora
    assert "Deshecho: cambio de la ficha de Rosario" in bitacora
    ok(cli("verificar", db=base))   # estado 0: la cadena de sellos de la bitácora sigue íntegra


def puntos(ruta, sesion: int) -> list[tuple[str, str | None]]:
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        return conexion.execute("SELECT titulo, resumen FROM puntos_orden WHERE sesion_id = ? ORDER BY id",
                                [sesion]).fetchall()


def test_un_punto_agregado_desde_la_linea_de_ordenes_se_deshace(cli_proceso, copia_de_la_demo):
    """La ayuda de «deshacer» promete «un punto agregado al orden del día»: antes, «sesiones punto» (y «Agregar
    punto» de la ventana, por el mismo servicio) escribía dentro de una transacción ajena y no anotaba nada que
    deshacer. Con su resumen, se van juntos; rehacer lo devuelve con el mismo número."""
    base = copia_de_la_demo
    ok(cli_proceso("sesiones", "convocar", 2, "--fecha", "2026-12-20", "--lugar", "Montevideo", db=base))
    sesion = json.loads(ok(cli_proceso("sesiones", "listar", "--json", db=base)))[0]["id"]
    agregado = json.loads(ok(cli_proceso("sesiones", "punto", sesion, "--titulo", "Informe de la Secretaría",
                                         "--resumen", "Se presentó el informe anual.", "--json", db=base)))
    assert puntos(base, sesion) == [("Informe de la Secretaría", "Se presentó el informe anual.")]
    visto = ok(cli_proceso("deshacer", "--ver", db=base))
    assert visto.startswith("Deshacer: punto «Informe de la Secretaría» agregado al orden del día"), visto
    assert ok(cli_proceso("deshacer", db=base)).strip() == \
        "Deshecho: punto «Informe de la Secretaría» agregado al orden del día."
    assert puntos(base, sesion) == []
    rehecho = ok(cli_proceso("rehacer", db=base))
    assert "Rehecho: punto «Informe de la Secretaría»" in rehecho
    numero = json.loads(ok(cli_proceso("sesiones", "puntos", sesion, "--json", db=base)))
    assert [p["id"] for p in numero] == [agregado["id"]]
    ok(cli_proceso("verificar", db=base))


def test_no_se_pisa_lo_que_otra_persona_cambio_despues_en_otro_proceso(cli, copia_de_la_demo):
    base = copia_de_la_demo
    rosario = id_de(base, "Rosario")
    ok(cli("miembros", "editar", rosario, "--telefono", "111", db=base))
    ok(cli("--operador", "Marta", "miembros", "editar", rosario, "--telefono", "222", db=base))

    visto = ok(cli("deshacer", "--ver", db=base))
    assert "Deshacer: cambio de la ficha de Rosario" in visto
    assert "No se puede: Después, " in visto and "· Marta" in visto and "Cambio en la ficha de Rosario" in visto
    rechazo = cli("deshacer", db=base)
    sin_traza(rechazo)
    assert rechazo.returncode == 1
    assert "No se puede deshacer «cambio de la ficha de Rosario». Después, " in rechazo.stderr
    assert telefono(base, "Rosario") == "222"   # lo de Marta sigue

    # Marta sí puede deshacer lo suyo: el teléfono vuelve al que dejó el primer cambio.
    assert ok(cli("--operador", "Marta", "deshacer", db=base)).strip() == \
        "Deshecho: cambio de la ficha de Rosario."
    assert telefono(base, "Rosario") == "111"


def test_la_asistencia_no_se_deshace_ni_se_rehace_a_traves_de_una_votacion_cerrada(cli_proceso, copia_de_la_demo):
    """Issue 58, punto 5, con la línea de órdenes como procesos reales: la asistencia marcada, después Marta cierra la
    votación y adopta la resolución; «deshacer» sale con 1 y dice qué lo impide, sin tocar nada. Y al revés: lo
    deshecho no se rehace si después se cerró una votación con la asistencia de entonces."""
    base = copia_de_la_demo
    with closing(sqlite3.connect(base)) as conexion, conexion:
        sesion, = conexion.execute("SELECT s.id FROM sesiones s JOIN actas a ON a.sesion_id = s.id "
                                   "WHERE a.estado = 'borrador'").fetchone()
        integrantes = [m for (m,) in conexion.execute("SELECT miembro_id FROM asistencias WHERE sesion_id = ?",
                                                       [sesion])]

    def asistencia() -> dict:
        with closing(sqlite3.connect(base)) as conexion, conexion:
            return dict(conexion.execute("SELECT miembro_id, estado FROM asistencias WHERE sesion_id = ?", [sesion]))

    def marta(*orden) -> dict:
        return json.loads(ok(cli_proceso("--operador", "Marta", *orden, "--json", db=base)))

    ok(cli_proceso("sesiones", "asistencia", sesion, "--presentes", ",".join(map(str, integrantes)), db=base))
    marcada = asistencia()
    punto = marta("sesiones", "punto", sesion, "--titulo", "Presupuesto 2027", "--tipo", "votacion")["id"]
    marta("sesiones", "votar", punto, "--a-favor", len(integrantes))
    resolucion = marta("sesiones", "resolucion", punto, "--titulo", "Presupuesto 2027")
    motivo = (f"Después se cerró la votación «Presupuesto 2027» ({len(integrantes)} a favor, 0 en contra) y se adoptó "
              f"la {resolucion['cita']} «Presupuesto 2027»: deshacerlo contradiría lo que ya quedó cerrado.")

    visto = ok(cli_proceso("deshacer", "--ver", db=base))
    assert f"No se puede: {motivo}" in visto
    assert json.loads(ok(cli_proceso("deshacer", "--ver", "--json", db=base)))["posible"] is False
    rechazo = cli_proceso("deshacer", db=base)
    sin_traza(rechazo)
    assert rechazo.returncode == 1 and rechazo.stdout == ""
    assert rechazo.stderr.strip().startswith(
        f"No se puede deshacer «marcas de asistencia de {len(integrantes)} miembros». {motivo}")
    assert asistencia() == marcada   # nada se tocó

    # Rehacer: una marca deshecha (antes de cualquier votación), después una votación cerrada sin ella.
    uno = integrantes[0]
    ok(cli_proceso("sesiones", "asistencia", sesion, "--excusados", uno, db=base))
    ok(cli_proceso("deshacer", db=base))
    assert asistencia()[uno] == "presente"
    otro = marta("sesiones", "punto", sesion, "--titulo", "Cierre del ejercicio", "--tipo", "votacion")["id"]
    marta("sesiones", "votar", otro, "--a-favor", len(integrantes))
    rechazo = cli_proceso("rehacer", db=base)
    sin_traza(rechazo)
    assert rechazo.returncode == 1
    assert "Después se cerró la votación «Cierre del ejercicio»" in rechazo.stderr
    assert "rehacerlo contradiría lo que ya quedó cerrado" in rechazo.stderr
    assert asistencia()[uno] == "presente"
