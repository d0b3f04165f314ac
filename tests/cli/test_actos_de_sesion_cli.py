"""Issue 59, punto 5: los actos de una sesión (asistencia, votos, resoluciones, la aprobación de un acta en ella) la
dejan «Celebrada» y lo dicen; registrarlos antes del día y la hora de la sesión se avisa (registrarlos días después,
desde el papel, no); la memoria cuenta la sesión de cada resolución; y el acta marca «sin voto» al ausente moroso.
Cada orden por la entrada del programa (fixture `cli`), con el reloj de verdad: la sesión «de mañana» lo es siempre."""

import json
from datetime import date, timedelta

import pytest

from ayudas import sin_traza
from escritorio.dominio.formato import fecha as fecha_escrita
from escritorio.servicios.contexto import Contexto


def ok(resultado) -> str:
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    sin_traza(resultado)
    return resultado.stdout


def texto_pdf(ruta) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((pagina.extract_text() or "").split()) for pagina in PdfReader(ruta).pages)


@pytest.fixture
def red(con_miembros):
    """Rosario, Paraná y Salto (de `con_miembros`) en una Asamblea que integran todos; Salto debe dos cuotas y la
    regla (Estatuto, art. 9) suspende su voto. Lo que la CLI no hace (crear el órgano, la escala, emitir) con los
    servicios, como la ventana. Devuelve (base, ids por nombre)."""
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.cuotas import definir_escala, escala_desde_texto, fijar_regla_de_voto
    from escritorio.servicios.emision_de_cuotas import emitir
    from escritorio.servicios.miembros import listar_miembros
    from escritorio.servicios.organos import NuevoOrgano, crear_organo
    from escritorio.servicios.pagos import NuevoPago, registrar_pago

    db = abrir_base(con_miembros)
    contexto = Contexto(db, 1)
    try:
        anio = date.today().year
        definir_escala(contexto, escala_desde_texto(date(2002, 1, 1), "USD", "0:100,100000:500"))
        fijar_regla_de_voto(contexto, 2, "Estatuto, art. 9")
        emitir(contexto, anio - 2)
        emitir(contexto, anio - 1)
        ids = {m["nombre"]: m["id"] for m in listar_miembros(contexto)}
        for nombre in ("Rosario", "Paraná"):
            registrar_pago(contexto, NuevoPago(ids[nombre], date(anio - 1, 6, 1), "1000.00", "USD"))
        crear_organo(contexto, NuevoOrgano("Asamblea General", "asamblea", articulo="Estatuto, art. 9"))
    finally:
        db.close()
    return con_miembros, ids


def convocar(cli, base, dia: date, hora: str) -> int:
    sesion = json.loads(ok(cli("sesiones", "convocar", "Asamblea General", "--fecha", dia.isoformat(), "--hora", hora,
                               "--lugar", "Palacio Municipal", "--convocada-el", (dia - timedelta(days=40)).isoformat(),
                               "--json", db=base)))
    assert sesion["estado"] == "convocada"
    return sesion["id"]


def estado(cli, base, sesion_id: int) -> str:
    return next(s["estado"] for s in json.loads(ok(cli("sesiones", "listar", "--json", db=base)))
                if s["id"] == sesion_id)


def test_los_actos_celebran_la_sesion_y_avisan_si_todavia_no_empezo(cli, red, tmp_path):
    base, ids = red
    orden = lambda *a: cli("sesiones", *[str(x) for x in a], db=base)   # noqa: E731

    # Una sesión de hace diez días: la secretaría pasa los actos del papel. No hay aviso; el primero la celebra.
    pasada = date.today() - timedelta(days=10)
    s1 = convocar(cli, base, pasada, "10:00")
    registrada = orden("asistencia", s1, "--presentes", f"{ids['Rosario']},{ids['Paraná']}", "--ausentes",
                       ids["Salto"])
    assert registrada.stderr == ""
    assert "Asistencia registrada: 3 miembros." in registrada.stdout
    assert (f"La sesión {s1} (I sesión ordinaria — Asamblea General) pasó a «Celebrada»: se registraron sus actos. La hora de cierre se anota con "
            f"«escritorio sesiones celebrada {s1} --hora-cierre HH:MM».") in registrada.stdout
    assert estado(cli, base, s1) == "celebrada"
    punto = json.loads(ok(orden("punto", s1, "--titulo", "Plan de trabajo", "--tipo", "votacion", "--json")))
    votada = orden("votar", punto["id"], "--a-favor", "2")
    assert "pasó a «Celebrada»" not in ok(votada) and votada.stderr == ""   # ya lo estaba: se dice una vez
    ok(orden("resolucion", punto["id"], "--titulo", "Plan de trabajo"))

    # La sesión de mañana a las 10:00: la asistencia de ahora se registra, con el aviso en la salida de errores.
    manana = date.today() + timedelta(days=1)
    s2 = convocar(cli, base, manana, "10:00")
    temprano = orden("asistencia", s2, "--presentes", f"{ids['Rosario']},{ids['Paraná']}", "--json")
    assert temprano.returncode == 0 and json.loads(temprano.stdout)["registradas"] == 2
    aviso = " ".join(temprano.stderr.split())
    assert aviso.startswith(f"AVISO: La sesión {s2} (II sesión ordinaria — Asamblea General) está convocada para el {fecha_escrita(manana)} a las 10:00 y "
                            f"ahora es el {fecha_escrita(date.today())} a las ")
    assert "todavía no empezó" in aviso and "revise que sea la sesión correcta" in aviso
    # Con --json, lo que no es JSON va a la salida de errores: que pasó a «Celebrada» también.
    assert f"La sesión {s2} (II sesión ordinaria — Asamblea General) pasó a «Celebrada»" in aviso
    assert estado(cli, base, s2) == "celebrada"

    # El acta de la primera se aprueba en la segunda, que todavía no empezó: cada acto lo vuelve a avisar.
    ok(orden("borrador", s1, "--apertura", "Se abre la sesión.", "--cierre", "Se levanta la sesión.",
             "--preside", "Rosario", "--secretaria", "Paraná"))
    aprobacion = json.loads(ok(orden("punto-aprobacion-acta", s1, "--en", s2, "--json")))
    assert "todavía no empezó" in orden("votar", aprobacion["id"], "--a-favor", "2").stderr
    adoptada = orden("resolucion", aprobacion["id"], "--titulo", "Aprobación del acta", "--json")
    resolucion = json.loads(ok(adoptada))["id"]
    aprobada = orden("aprobar-acta", s1, "--resolucion", resolucion, "--fecha", manana.isoformat())
    assert f"Acta de la sesión {s1} aprobada por" in ok(aprobada) and "todavía no empezó" in aprobada.stderr

    # La memoria del año de la primera cuenta la sesión de cada resolución que cuenta.
    ok(cli("memoria", pasada.year, tmp_path / "memoria.pdf", db=base))
    memoria = texto_pdf(tmp_path / "memoria.pdf")
    assert "2. Sesiones de los órganos 1 Sesiones celebradas" in memoria, memoria
    assert "3. Resoluciones y declaraciones 1 Resoluciones Adoptadas" in memoria, memoria

    # El acta impresa dice que Salto, ausente y morosa, no tenía voto (Estatuto, art. 9).
    ok(orden("acta", s1, tmp_path / "acta.pdf"))
    acta = texto_pdf(tmp_path / "acta.pdf")
    assert "Salto (ausente; sin voto: voto suspendido por cuotas impagas)" in acta, acta


def test_una_sesion_convocada_que_aprueba_un_acta_queda_celebrada(cli, red, tmp_path):
    """Una base de antes de esta regla: la resolución que aprueba el acta se adoptó en una sesión que quedó
    «Convocada». Aprobar el acta con ella la deja «Celebrada», y se dice."""
    from escritorio.servicios.base import abrir_base

    base, ids = red
    orden = lambda *a: cli("sesiones", *[str(x) for x in a], db=base)   # noqa: E731
    s1 = convocar(cli, base, date.today() - timedelta(days=30), "10:00")
    s2 = convocar(cli, base, date.today() - timedelta(days=2), "14:00")
    ok(orden("asistencia", s1, "--presentes", f"{ids['Rosario']},{ids['Paraná']}"))
    ok(orden("borrador", s1, "--apertura", "Se abre la sesión.", "--cierre", "Se levanta la sesión.",
             "--preside", "Rosario", "--secretaria", "Paraná"))
    aprobacion = json.loads(ok(orden("punto-aprobacion-acta", s1, "--en", s2, "--json")))
    ok(orden("asistencia", s2, "--presentes", f"{ids['Rosario']},{ids['Paraná']}"))
    ok(orden("votar", aprobacion["id"], "--a-favor", "2"))
    resolucion = json.loads(ok(orden("resolucion", aprobacion["id"], "--titulo", "Aprobación del acta", "--json")))
    # Como la dejaba el programa antes: la sesión 2 sin marcar, con su resolución.
    db = abrir_base(base)
    try:
        from escritorio.datos.conexion import transaccion
        from escritorio.datos.sesiones import sesion as fila_sesion
        with transaccion(db):
            db.execute("UPDATE sesiones SET estado = 'convocada' WHERE id = ?", [s2])
        assert fila_sesion(db, s2)["estado"] == "convocada"
    finally:
        db.close()
    # La memoria no cuenta una resolución de una sesión que no cuenta: la «Convocada» con resoluciones es celebrada.
    anio = (date.today() - timedelta(days=2)).year
    sesiones = sum(1 for dias in (30, 2) if (date.today() - timedelta(days=dias)).year == anio)
    ok(cli("memoria", anio, "memoria.pdf", db=base))
    memoria = texto_pdf(base.parent / "memoria.pdf")
    assert f"2. Sesiones de los órganos {sesiones} Sesiones celebradas" in memoria, memoria
    assert "3. Resoluciones y declaraciones 1 Resoluciones Adoptadas" in memoria, memoria
    salida = ok(orden("aprobar-acta", s1, "--resolucion", resolucion["id"]))
    assert f"La sesión {s2} (" in salida and "pasó a «Celebrada»: se registraron sus actos." in salida
    assert estado(cli, base, s2) == "celebrada"
