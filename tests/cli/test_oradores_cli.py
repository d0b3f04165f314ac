"""Issue 64, §3: la lista de oradores por la línea de órdenes, como la usa la secretaría en la sala: tres oradores,
una cuestión de orden que se adelanta, la lista cerrada que no admite a nadie más salvo una cuestión de orden, los
tiempos que quedan en el registro, la salida --json, la lista de una moción aparte de la del punto, y todo
congelado con el acta aprobada (el servicio lo dice, y la base lo rechaza con el mensaje de su trigger)."""

import json
import sqlite3
import time
from datetime import date, timedelta

import pytest

from ayudas import leer, sin_traza, sql


def ok(resultado) -> str:
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    sin_traza(resultado)
    return resultado.stdout


def rechazo(resultado) -> str:
    assert resultado.returncode == 1, (resultado.stdout, resultado.stderr)
    sin_traza(resultado)
    return resultado.stderr


@pytest.fixture
def sala(con_miembros, cli):
    """Rosario, Paraná y Salto (de `con_miembros`) en una Asamblea de hace dos días: Rosario y Paraná presentes,
    Salto ausente, Ana Pérez invitada; el punto 1, «Declaración de Montevideo». Devuelve (base, ids, sesión)."""
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.miembros import listar_miembros
    from escritorio.servicios.organos import NuevoOrgano, crear_organo

    db = abrir_base(con_miembros)
    try:
        crear_organo(Contexto(db, 1), NuevoOrgano("Asamblea General", "asamblea", articulo="Estatuto, art. 9"))
        ids = {m["nombre"]: m["id"] for m in listar_miembros(Contexto(db, 1))}
    finally:
        db.close()
    dia = date.today() - timedelta(days=2)
    sesion = json.loads(ok(cli("sesiones", "convocar", "Asamblea General", "--fecha", dia.isoformat(), "--hora",
                               "10:00", "--lugar", "Montevideo", "--convocada-el",
                               (dia - timedelta(days=40)).isoformat(), "--json", db=con_miembros)))["id"]
    ok(cli("sesiones", "punto", sesion, "--titulo", "Declaración de Montevideo", db=con_miembros))
    ok(cli("sesiones", "asistencia", sesion, "--presentes", f"{ids['Rosario']},{ids['Paraná']}", "--ausentes",
           ids["Salto"], db=con_miembros))
    ok(cli("sesiones", "invitado", sesion, "--nombre", "Ana Pérez", "--institucion", "CEPAL", db=con_miembros))
    return con_miembros, ids, sesion


def mocion_presentada(cli, base, sesion: int, autor: int) -> int:
    """La moción 1 del punto 1 de `sesion` (la de anteayer), como la registra la secretaría («mociones presentar»)."""
    return json.loads(ok(cli("mociones", "presentar", "--punto", f"{sesion}:1", "--titulo", "Declaración", "--texto",
                             "Considerando.", "--autor", autor, "--recibida",
                             (date.today() - timedelta(days=2)).isoformat(), "--json", db=base)))["id"]


def test_tres_oradores_una_cuestion_de_orden_y_la_lista_cerrada(cli, cli_proceso, sala):
    base, ids, sesion = sala
    punto = f"{sesion}:1"
    oradores = lambda *a, **k: cli("oradores", *[str(x) for x in a], db=base, **k)   # noqa: E731

    assert "Rosario pidió la palabra (pedido 1): es 1.º en la cola." in ok(
        oradores("pedir", "--punto", punto, "--miembro", ids["Rosario"]))
    assert "Paraná pidió la palabra (en contra) (pedido 2): es 2.º en la cola." in ok(
        oradores("pedir", "--punto", punto, "--miembro", ids["Paraná"], "--tipo", "en_contra"))
    # La invitada, por su nombre como figura en la lista de invitados (sin importar mayúsculas ni espacios).
    assert "Ana Pérez pidió la palabra (pedido 3): es 3.º en la cola." in ok(
        oradores("pedir", "--punto", punto, "--persona", "  ana  PÉREZ "))
    # Quien no es miembro ni invitado, quien figura ausente y quien ya espera, no.
    assert "«Pedro Gómez» no está en la lista de invitados de esta sesión" in rechazo(
        oradores("pedir", "--punto", punto, "--persona", "Pedro Gómez"))
    assert (f"escritorio sesiones invitado {sesion} --nombre NOMBRE" in
            oradores("pedir", "--punto", punto, "--persona", "Pedro Gómez").stderr)
    assert "Salto figura ausente en la asistencia de esta sesión" in rechazo(
        oradores("pedir", "--punto", punto, "--miembro", ids["Salto"]))
    assert "Rosario ya espera la palabra" in rechazo(oradores("pedir", "--punto", punto, "--miembro", ids["Rosario"]))

    assert "Tiene la palabra Rosario: 3:00." in ok(oradores("siguiente", "--punto", punto))
    # Mientras Rosario habla, Paraná plantea una cuestión de orden: se adelanta a los que esperan.
    assert "Paraná pidió la palabra (cuestión de orden) (pedido 4): es 1.º en la cola." in ok(
        oradores("pedir", "--punto", punto, "--miembro", ids["Paraná"], "--tipo", "cuestion_de_orden"))
    # Quien preside cierra la lista: nadie más se anota para intervenir; una cuestión de orden, sí.
    assert "Lista de oradores cerrada: 3 en espera" in ok(oradores("cerrar", "--punto", punto))
    cerrada = rechazo(oradores("pedir", "--punto", punto, "--miembro", ids["Rosario"], "--tipo", "a_favor"))
    assert "está cerrada: ya no se anota a nadie para intervenir (una cuestión de orden, sí)" in cerrada
    assert f"escritorio oradores reabrir --punto {punto}" in cerrada
    ok(oradores("pedir", "--punto", punto, "--miembro", ids["Rosario"], "--tipo", "cuestion_de_orden"))

    time.sleep(1.1)   # Rosario habla algo más de un segundo: el registro lo dice
    assert "Tiene la palabra Paraná (cuestión de orden): 1:00." in ok(oradores("siguiente", "--punto", punto))
    # La lista, por la CLI como proceso, en JSON: lo que lee un guion.
    lista = json.loads(ok(cli_proceso("oradores", "listar", "--punto", punto, "--json", db=base)))
    assert lista["cerrada"] is True and lista["segundos_cuestion_orden"] == 60
    assert lista["hablando"]["nombre"] == "Paraná" and lista["hablando"]["segundos_permitidos"] == 60
    assert 0 <= 60 - lista["segundos_restantes"] <= 5
    assert [(o["nombre"], o["tipo"]) for o in lista["cola"]] == [
        ("Rosario", "cuestion_de_orden"), ("Paraná", "en_contra"), ("Ana Pérez", "intervencion")]
    [rosario] = lista["hablaron"]
    assert rosario["nombre"] == "Rosario" and rosario["segundos"] >= 1
    assert rosario["termino_en"] >= rosario["empezo_en"]

    # Ana Pérez se retira; Paraná termina; la cola sigue: la cuestión de orden de Rosario, y Paraná.
    ana = next(o["id"] for o in lista["cola"] if o["nombre"] == "Ana Pérez")
    assert "Ana Pérez se retiró de la lista" in ok(oradores("retirar", ana))
    assert "ya no espera la palabra (se retiró)" in rechazo(oradores("retirar", ana))
    assert "Paraná terminó su intervención" in ok(oradores("terminar", "--punto", punto))
    assert "Nadie está hablando" in rechazo(oradores("terminar", "--punto", punto))
    texto = ok(oradores("listar", "--punto", punto))
    assert "Lista de oradores cerrada" in texto and "Nadie habla ahora." in texto
    assert texto.index("1. Rosario (cuestión de orden)") < texto.index("2. Paraná (en contra)")
    assert "Ana Pérez" not in texto
    ok(oradores("siguiente", "--punto", punto))
    ok(oradores("siguiente", "--punto", punto))
    assert "Nadie espera la palabra" in rechazo(oradores("siguiente", "--punto", punto))
    assert "Lista de oradores abierta otra vez" in ok(oradores("reabrir", "--punto", punto))

    # En la base: quién habló, en qué orden y cuánto; la sesión quedó «Celebrada» por el primer orador.
    filas = leer(base, "SELECT m.nombre, o.tipo, o.estado, o.segundos IS NOT NULL FROM oradores o "
                       "JOIN miembros m ON m.id = o.miembro_id ORDER BY o.empezo_en, o.orden")
    assert [f[:3] for f in filas if f[2] == "hablo"] == [
        ("Rosario", "intervencion", "hablo"), ("Paraná", "cuestion_de_orden", "hablo"),
        ("Rosario", "cuestion_de_orden", "hablo")]
    assert leer(base, "SELECT estado FROM sesiones WHERE id = ?", [sesion]) == [("celebrada",)]


def test_la_lista_de_una_mocion_es_otra_que_la_del_punto(cli, sala):
    base, ids, sesion = sala
    punto = f"{sesion}:1"
    mocion = mocion_presentada(cli, base, sesion, ids["Rosario"])
    oradores = lambda *a: cli("oradores", *[str(x) for x in a], db=base)   # noqa: E731

    ok(oradores("pedir", "--punto", punto, "--mocion", mocion, "--miembro", ids["Rosario"], "--tipo", "a_favor"))
    ok(oradores("pedir", "--punto", punto, "--miembro", ids["Paraná"]))
    ok(oradores("cerrar", "--punto", punto, "--mocion", mocion))
    de_la_mocion = json.loads(ok(oradores("listar", "--punto", punto, "--mocion", mocion, "--json")))
    del_punto = json.loads(ok(oradores("listar", "--punto", punto, "--json")))
    assert [o["nombre"] for o in de_la_mocion["cola"]] == ["Rosario"] and de_la_mocion["cerrada"] is True
    assert [o["nombre"] for o in del_punto["cola"]] == ["Paraná"] and del_punto["cerrada"] is False
    assert "de la moción 1 está cerrada" in rechazo(
        oradores("pedir", "--punto", punto, "--mocion", mocion, "--miembro", ids["Paraná"]))
    assert "No existe la moción 99 en este punto" in rechazo(oradores("listar", "--punto", punto, "--mocion", 99))
    # Todas las listas de la sesión, en el orden del día: la del punto y la de su moción (lo que cuenta el acta).
    ok(oradores("siguiente", "--punto", punto, "--mocion", mocion))
    ok(oradores("terminar", "--punto", punto, "--mocion", mocion))
    todas = json.loads(ok(oradores("listar", "--sesion", sesion, "--json")))
    assert [(lista["mocion_id"], lista["numero_mocion"]) for lista in todas] == [(None, None), (mocion, 1)]
    assert [o["nombre"] for o in todas[1]["hablaron"]] == ["Rosario"]
    texto = ok(oradores("listar", "--sesion", sesion))
    assert texto.index(f"Punto {punto}:") < texto.index(f"Punto {punto}, moción 1 (--mocion {mocion}):")
    assert "Rosario (a favor): 0:0" in texto and "1 en espera" in texto
    assert "--mocion va con --punto" in rechazo(oradores("listar", "--sesion", sesion, "--mocion", mocion))


def test_con_el_acta_aprobada_la_lista_no_se_toca(cli, sala):
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto

    from ayudas import resolucion_que_aprueba_el_acta

    base, ids, sesion = sala
    punto = f"{sesion}:1"
    oradores = lambda *a: cli("oradores", *[str(x) for x in a], db=base)   # noqa: E731
    ok(oradores("pedir", "--punto", punto, "--miembro", ids["Rosario"]))
    ok(oradores("siguiente", "--punto", punto))
    ok(oradores("terminar", "--punto", punto))
    ok(oradores("pedir", "--punto", punto, "--miembro", ids["Paraná"]))
    ok(cli("sesiones", "borrador", sesion, "--apertura", "Se abre la sesión.", "--cierre", "Se levanta.",
           "--preside", "Rosario", "--secretaria", "Paraná", db=base))
    db = abrir_base(base)
    try:
        resolucion = resolucion_que_aprueba_el_acta(Contexto(db, 1), sesion)
    finally:
        db.close()
    ok(cli("sesiones", "aprobar-acta", sesion, "--resolucion", resolucion["id"], db=base))

    antes = leer(base, "SELECT * FROM oradores ORDER BY id")
    for orden in (("pedir", "--punto", punto, "--miembro", ids["Rosario"]), ("siguiente", "--punto", punto),
                  ("cerrar", "--punto", punto), ("retirar", 2)):
        assert "El acta de esta sesión ya está aprobada: el registro no se modifica" in rechazo(oradores(*orden))
    assert leer(base, "SELECT * FROM oradores ORDER BY id") == antes
    # Por fuera del programa, la base misma lo rechaza con el mensaje de su trigger.
    with pytest.raises(sqlite3.IntegrityError, match="El acta de esta sesión está aprobada: su contenido no se "
                                                     "modifica"):
        sql(base, "UPDATE oradores SET segundos = 1 WHERE id = 1")
    # Leerla sigue igual: quién habló y cuánto, para el acta.
    lista = json.loads(ok(oradores("listar", "--punto", punto, "--json")))
    assert [o["nombre"] for o in lista["hablaron"]] == ["Rosario"]
    assert [o["nombre"] for o in lista["cola"]] == ["Paraná"]


def test_los_tiempos_de_cada_intervencion_con_el_reloj_dado(sala):
    """El servicio con `ahora` dado (la ventana y la CLI usan el reloj): cuánto habló cada uno y cuánto le queda a
    quien habla, contados desde el momento en que tuvo la palabra, en UTC."""
    from datetime import datetime, timezone

    from escritorio.servicios import oradores
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto

    base, ids, sesion = sala
    db = abrir_base(base)
    try:
        contexto = Contexto(db, 1)
        punto = leer(base, "SELECT id FROM puntos_orden WHERE sesion_id = ?", [sesion])[0][0]
        t0 = datetime(2026, 5, 4, 13, 0, 0, tzinfo=timezone.utc)
        oradores.pedir_palabra(contexto, punto, ids["Rosario"], ahora=t0)
        oradores.pedir_palabra(contexto, punto, ids["Paraná"], tipo="a_favor", ahora=t0)
        assert oradores.dar_la_palabra(contexto, punto, ahora=t0 + timedelta(seconds=5)).nombre == "Rosario"
        lista = oradores.listar(contexto, punto)
        assert lista.hablando.empezo_en == "2026-05-04 13:00:05"
        assert lista.restantes(t0 + timedelta(seconds=65)) == 120          # 3 minutos, y pasó uno
        assert lista.restantes(t0 + timedelta(seconds=200)) == -15         # se pasó 15 segundos
        # Una hora local con zona se pasa a UTC.
        local = datetime(2026, 5, 4, 10, 3, 20, tzinfo=timezone(timedelta(hours=-3)))
        assert oradores.dar_la_palabra(contexto, punto, ahora=local).nombre == "Paraná"
        parana = oradores.terminar(contexto, punto, ahora=local + timedelta(seconds=42))
        assert parana.nombre == "Paraná" and parana.segundos == 42 and parana.termino_en == "2026-05-04 13:04:02"
        hablaron = oradores.listar(contexto, punto).hablaron
        assert [(o.nombre, o.segundos, o.termino_en) for o in hablaron] == [
            ("Rosario", 195, "2026-05-04 13:03:20"), ("Paraná", 42, "2026-05-04 13:04:02")]
    finally:
        db.close()


def test_el_orden_en_que_hablaron_aunque_tomen_la_palabra_en_el_mismo_segundo(sala):
    """Los momentos se guardan al segundo: una cuestión de orden de un instante, o la palabra dada dos veces
    seguidas, empiezan en el mismo segundo que la intervención anterior. Quién habló antes lo dice igual el turno,
    no el orden de pedido: la lista y el acta cuentan a Rosario, la cuestión de orden de Paraná y después Ana Pérez
    (que había pedido la palabra antes que Paraná)."""
    from datetime import datetime, timezone

    from escritorio.servicios import oradores
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.sala_en_documentos import oradores_en_el_acta, sala_de_la_sesion

    base, ids, sesion = sala
    db = abrir_base(base)
    try:
        contexto = Contexto(db, 1)
        punto = leer(base, "SELECT id FROM puntos_orden WHERE sesion_id = ?", [sesion])[0][0]
        t0 = datetime(2026, 5, 4, 13, 0, 0, tzinfo=timezone.utc)
        oradores.pedir_palabra(contexto, punto, ids["Rosario"], ahora=t0)
        oradores.pedir_palabra(contexto, punto, persona="Ana Pérez", ahora=t0)
        oradores.dar_la_palabra(contexto, punto, ahora=t0)
        oradores.pedir_palabra(contexto, punto, ids["Paraná"], tipo="cuestion_de_orden", ahora=t0)
        assert oradores.dar_la_palabra(contexto, punto, ahora=t0).nombre == "Paraná"
        assert oradores.dar_la_palabra(contexto, punto, ahora=t0).nombre == "Ana Pérez"
        oradores.terminar(contexto, punto, ahora=t0)
        esperado = ["Rosario", "Paraná", "Ana Pérez"]
        assert [o.nombre for o in oradores.listar(contexto, punto).hablaron] == esperado
        assert [o["quien"] for o in oradores_en_el_acta(sala_de_la_sesion(contexto, sesion), punto)] == esperado
    finally:
        db.close()
