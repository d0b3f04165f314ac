"""Lo que se decide en sesión cambia el registro (issue 41, §2), por la línea de órdenes sobre una
copia de la red de ejemplo: la admisión de una ciudad solicitante, la exclusión con sus mandatos terminados, la
elección de la Secretaría Ejecutiva como traspaso, la reforma y la escala que citan su resolución, y lo que se
rechaza (código 1, nada guardado). El vínculo se lee en los dos sentidos: la ficha del miembro cita la resolución y
«resoluciones ver» lista sus efectos."""

import json
from datetime import date, timedelta

from ayudas import leer, sin_traza


def ok(resultado) -> str:
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    sin_traza(resultado)
    return resultado.stdout


def como_json(resultado):
    return json.loads(ok(resultado))


def rechazo(resultado, codigo: int = 1) -> str:
    assert resultado.returncode == codigo, (resultado.returncode, resultado.stdout, resultado.stderr)
    assert resultado.stdout == ""
    sin_traza(resultado)
    return " ".join(resultado.stderr.split())


HOY = date.today()
SESION = HOY + timedelta(days=15)   # la Asamblea que decide, convocada con anticipación
ASAMBLEA = "Asamblea General de Socios"


def dma(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def _sesion_de_la_asamblea(cli, base, fecha: date = SESION) -> int:
    salida = como_json(cli("sesiones", "convocar", ASAMBLEA, "--fecha", fecha.isoformat(), "--hora", "10:00",
                           "--lugar", "Montevideo", "--convocada-el", (HOY - timedelta(days=20)).isoformat(), "--json",
                           db=base))
    return salida["id"]


def _punto(cli, base, sesion: int, titulo: str, decision: str, tipo: str = "votacion") -> int:
    return como_json(cli("sesiones", "punto", sesion, "--titulo", titulo, "--tipo", tipo, "--decision", decision,
                         "--json", db=base))["id"]


def _con_voto(cli, base, sesion: int) -> list[int]:
    asistencia = como_json(cli("sesiones", "asistencia", sesion, "--json", db=base))
    return [m["miembro_id"] for m in asistencia["miembros"] if m["con_voto"]]


def _todos_presentes(cli, base, sesion: int) -> dict:
    presentes = _con_voto(cli, base, sesion)
    return como_json(cli("sesiones", "asistencia", sesion, "--presentes", ",".join(map(str, presentes)), "--json",
                         db=base))["quorum"]


def _solicitud(cli, base, nombre="Rafaela") -> int:
    return como_json(cli("miembros", "solicitud", "--nombre", nombre, "--pais", "AR", "--poblacion", "100000",
                         "--anio-poblacion", "2022", "--fecha", (HOY - timedelta(days=30)).isoformat(), "--json",
                         db=base))["id"]


def _miembro(cli, base, miembro_id: int) -> dict:
    return next(m for m in como_json(cli("miembros", "listar", "--json", db=base)) if m["id"] == miembro_id)


def test_admision_de_punta_a_punta(cli, copia_de_la_demo):
    base = copia_de_la_demo
    rafaela = _solicitud(cli, base)
    # Solicitante: en el padrón como tal, fuera de la Asamblea y de la emisión de cuotas.
    assert _miembro(cli, base, rafaela)["estado"] == "solicitante"
    sesion = _sesion_de_la_asamblea(cli, base)
    assert rafaela not in [m["miembro_id"] for m in como_json(
        cli("sesiones", "asistencia", sesion, "--json", db=base))["miembros"]]
    punto = _punto(cli, base, sesion, "Admisión de Rafaela", "admision")
    quorum = _todos_presentes(cli, base, sesion)
    base_del_quorum = quorum["base"]
    ok(cli("sesiones", "votar", punto, "--a-favor", quorum["presentes"] - 5, "--en-contra", 5, db=base))
    salida = ok(cli("sesiones", "resolucion", punto, "--titulo", "Admisión de Rafaela", "--admite", rafaela, db=base))
    desde = SESION + timedelta(days=1)   # por omisión, el día siguiente a la sesión
    assert f"Admite a Rafaela (AR) desde el {dma(desde)}" in salida
    resolucion = next(r for r in como_json(cli("resoluciones", "listar", "--json", db=base))
                      if r["titulo"] == "Admisión de Rafaela")
    assert [e["tipo"] for e in resolucion["efectos"]] == ["admite"]
    assert resolucion["efectos"][0]["miembro_id"] == rafaela

    # Activa desde la fecha de la resolución (y esa es su fecha de ingreso); hoy sigue siendo solicitante.
    assert _miembro(cli, base, rafaela)["fecha_ingreso"] == desde.isoformat()
    assert _miembro(cli, base, rafaela)["estado"] == "solicitante"
    composicion = como_json(cli("organos", "composicion", ASAMBLEA, "--al", desde.isoformat(), "--json", db=base))
    assert rafaela in [a["miembro_id"] for a in composicion["asientos"]]
    # Nunca cuenta en el quórum de la sesión que la admitió.
    despues = como_json(cli("sesiones", "asistencia", sesion, "--json", db=base))
    assert despues["quorum"]["base"] == base_del_quorum
    assert rafaela not in [m["miembro_id"] for m in despues["miembros"]]

    # Los dos sentidos: la resolución lista el efecto y la ficha del miembro cita la resolución.
    vista = como_json(cli("resoluciones", "ver", resolucion["id"], "--json", db=base))
    assert vista["efectos"][0]["texto"] == f"Admite a Rafaela (AR) desde el {dma(desde)}"
    assert "Admite a Rafaela" in ok(cli("resoluciones", "ver", resolucion["id"], db=base))
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.ficha import obtener_ficha

    db = abrir_base(base)
    try:
        decisiones = obtener_ficha(db, rafaela)["decisiones"]
    finally:
        db.close()
    assert [d["texto"] for d in decisiones] == [
        f"Admitido por {resolucion['cita']} (sesión del {dma(SESION)}), desde el {dma(desde)}"]

    # El acta, bajo la resolución, dice su efecto.
    ok(cli("sesiones", "acta", sesion, "acta.pdf", db=base))
    from pypdf import PdfReader

    texto = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(base.parent / "acta.pdf").pages)
    assert f"Admisión de Rafaela — Admite a Rafaela (AR) desde el {dma(desde)}" in texto


def test_quien_ingresa_el_dia_de_la_sesion_no_cambia_su_quorum(cli, copia_de_la_demo):
    """El caso del issue: un miembro cargado con fecha de ingreso igual a la de la sesión cambiaba el quórum en vivo
    (15/21 → 15/22) mientras el acta decía 21. Quien ingresa el día de la sesión no la integra."""
    base = copia_de_la_demo
    sesion = _sesion_de_la_asamblea(cli, base)
    antes = como_json(cli("sesiones", "asistencia", sesion, "--json", db=base))["quorum"]["base"]
    from escritorio.dominio.ficha import FichaMiembro
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.ficha import guardar_ficha

    db = abrir_base(base)
    try:
        nuevo = guardar_ficha(Contexto(db, 1), FichaMiembro("Paraná", "AR", fecha_ingreso=SESION),
                              poblacion=(250000, 2022, None), hoy=SESION)
    finally:
        db.close()
    despues = como_json(cli("sesiones", "asistencia", sesion, "--json", db=base))
    assert despues["quorum"]["base"] == antes
    assert nuevo not in [m["miembro_id"] for m in despues["miembros"]]
    # Al día siguiente integra la Asamblea.
    otra = _sesion_de_la_asamblea(cli, base, SESION + timedelta(days=1))
    assert como_json(cli("sesiones", "asistencia", otra, "--json", db=base))["quorum"]["base"] == antes + 1


def test_admitido_desde_el_dia_de_la_sesion_tampoco_cuenta(cli, copia_de_la_demo):
    base = copia_de_la_demo
    rafaela = _solicitud(cli, base)
    sesion = _sesion_de_la_asamblea(cli, base)
    punto = _punto(cli, base, sesion, "Admisión de Rafaela", "admision")
    quorum = _todos_presentes(cli, base, sesion)
    ok(cli("sesiones", "votar", punto, "--a-favor", quorum["presentes"], db=base))
    # Antes de la sesión: no.
    assert "anterior a la sesión" in rechazo(cli("sesiones", "resolucion", punto, "--titulo", "Admisión", "--admite",
                                                 rafaela, "--desde", (SESION - timedelta(days=1)).isoformat(), db=base))
    ok(cli("sesiones", "resolucion", punto, "--titulo", "Admisión", "--admite", rafaela, "--desde",
           SESION.isoformat(), db=base))
    despues = como_json(cli("sesiones", "asistencia", sesion, "--json", db=base))
    assert despues["quorum"]["base"] == quorum["base"]
    assert rafaela not in [m["miembro_id"] for m in despues["miembros"]]


def test_rechazos_de_la_admision_no_guardan_nada(cli, copia_de_la_demo):
    base = copia_de_la_demo
    rafaela = _solicitud(cli, base)
    sesion = _sesion_de_la_asamblea(cli, base)
    rechazada = _punto(cli, base, sesion, "Admisión de Rafaela", "admision")
    ordinaria = _punto(cli, base, sesion, "Otro asunto", "ordinaria")
    quorum = _todos_presentes(cli, base, sesion)
    ok(cli("sesiones", "votar", rechazada, "--a-favor", 10, "--en-contra", quorum["presentes"] - 10, db=base))
    ok(cli("sesiones", "votar", ordinaria, "--a-favor", quorum["presentes"], db=base))
    cuantas = len(leer(base, "SELECT id FROM resoluciones"))
    # Punto no aprobado.
    assert "rechazada" in rechazo(cli("sesiones", "resolucion", rechazada, "--titulo", "Admisión", "--admite",
                                      rafaela, db=base))
    # Tipo de decisión equivocado.
    motivo = rechazo(cli("sesiones", "resolucion", ordinaria, "--titulo", "Admisión", "--admite", rafaela, db=base))
    assert "solo la resolución de un punto de admisión de miembros admite" in motivo
    # Un miembro que no es solicitante no se «admite».
    admision = _punto(cli, base, sesion, "Admisión de otro", "admision")
    ok(cli("sesiones", "votar", admision, "--a-favor", quorum["presentes"], db=base))
    assert "no es una ciudad solicitante" in rechazo(cli("sesiones", "resolucion", admision, "--titulo", "Admisión",
                                                         "--admite", f"{rafaela},1", db=base))
    # Excluir en un punto de admisión.
    assert "exclusión" in rechazo(cli("sesiones", "resolucion", admision, "--titulo", "Exclusión", "--excluye", 1,
                                      db=base))
    assert len(leer(base, "SELECT id FROM resoluciones")) == cuantas
    assert leer(base, "SELECT count(*) FROM efectos_resolucion WHERE miembro_id = ?", [rafaela])[0][0] == 0
    assert _miembro(cli, base, rafaela)["estado"] == "solicitante"
    assert _miembro(cli, base, rafaela)["fecha_ingreso"] is None
    # La solicitud misma: una fecha futura (1), un año de población sin la cifra (2, mal escrita).
    antes = len(como_json(cli("miembros", "listar", "--json", db=base)))
    assert "posterior a hoy" in rechazo(cli("miembros", "solicitud", "--nombre", "Sunchales", "--pais", "AR", "--fecha",
                                            (HOY + timedelta(days=3)).isoformat(), db=base))
    rechazo(cli("miembros", "solicitud", "--nombre", "Sunchales", "--pais", "AR", "--anio-poblacion", "2020", db=base),
            codigo=2)
    assert len(como_json(cli("miembros", "listar", "--json", db=base))) == antes
    # Ni a mano: un cambio de estado no admite.
    assert "ciudad solicitante" in rechazo(cli("miembros", "suspender", rafaela, "--motivo", "x", db=base))


def test_exclusion_termina_los_mandatos_y_los_lista(cli, copia_de_la_demo):
    base = copia_de_la_demo
    # Un miembro activo con un mandato que sigue después de la sesión (en una unidad temática o en el Consejo).
    miembro_id, nombre, organo, cargo = leer(
        base, "SELECT m.miembro_id, mi.nombre, o.nombre, m.cargo FROM mandatos m JOIN miembros mi ON mi.id = m.miembro_id "
              "JOIN organos o ON o.id = m.organo_id WHERE m.desde <= ? AND (m.hasta IS NULL OR m.hasta > ?) "
              "AND o.tipo IN ('unidad_tematica', 'consejo') AND m.cargo IN ('titular', 'coordinador') ORDER BY m.id "
              "LIMIT 1", [SESION.isoformat(), (SESION + timedelta(days=1)).isoformat()])[0]
    excluido = {"miembro_id": miembro_id, "miembro": nombre}
    sesion = _sesion_de_la_asamblea(cli, base)
    punto = _punto(cli, base, sesion, f"Exclusión de {excluido['miembro']}", "exclusion")
    quorum = _todos_presentes(cli, base, sesion)
    ok(cli("sesiones", "votar", punto, "--a-favor", quorum["presentes"], db=base))
    salida = ok(cli("sesiones", "resolucion", punto, "--titulo", "Exclusión", "--excluye", excluido["miembro_id"],
                    db=base))
    desde = SESION + timedelta(days=1)
    assert f"Excluye a {excluido['miembro']}" in salida
    cargo = {"titular": "Titular", "coordinador": "Coordinador"}[cargo]
    assert f"Termina el mandato de {nombre}: {cargo} — {organo}, el {dma(SESION)}" in salida
    despues = como_json(cli("organos", "composicion", organo, "--al", desde.isoformat(), "--json", db=base))
    assert miembro_id not in [a["miembro_id"] for a in despues["asientos"]]
    assert leer(base, "SELECT count(*) FROM mandatos WHERE miembro_id = ? AND (hasta IS NULL OR hasta > ?)",
                [miembro_id, SESION.isoformat()])[0][0] == 0
    # La baja cita la resolución; la corrección del mandato también.
    motivo = leer(base, "SELECT estado, desde, motivo FROM estados_miembro WHERE miembro_id = ? ORDER BY id DESC "
                        "LIMIT 1", [excluido["miembro_id"]])[0]
    assert motivo[0] == "baja" and motivo[1] == desde.isoformat()
    assert motivo[2].startswith("Exclusión: Resolución ") and ASAMBLEA in motivo[2]
    resolucion = next(r for r in como_json(cli("resoluciones", "listar", "--json", db=base)) if r["titulo"] == "Exclusión")
    tipos = [e["tipo"] for e in como_json(cli("resoluciones", "ver", resolucion["id"], "--json", db=base))["efectos"]]
    assert tipos[0] == "excluye" and "termina_mandato" in tipos


def _ultima_se(base) -> tuple[int, str]:
    return leer(base, "SELECT m.miembro_id, m.desde FROM mandatos m JOIN organos o ON o.id = m.organo_id "
                      "WHERE o.tipo = 'secretaria_ejecutiva' ORDER BY m.desde DESC LIMIT 1")[0]


def test_eleccion_de_la_secretaria_ejecutiva_es_el_traspaso(cli, copia_de_la_demo):
    base = copia_de_la_demo
    saliente, desde_saliente = _ultima_se(base)
    # Un año de calendario (el período de la Secretaría Ejecutiva, art. 15), no 365 días: con un 29 de febrero en el
    # medio, el traspaso al día siguiente del fin elegido quedaba un día antes del fin del período (anticipado).
    fecha = max(SESION + timedelta(days=1), date.fromisoformat(desde_saliente).replace(year=int(desde_saliente[:4]) + 1))
    fin = fecha.replace(year=fecha.year + 1) - timedelta(days=1)
    sesion = _sesion_de_la_asamblea(cli, base)
    punto = _punto(cli, base, sesion, "Elección de la Secretaría Ejecutiva", "eleccion", tipo="eleccion")
    _todos_presentes(cli, base, sesion)
    from escritorio.servicios import elecciones, recuento_de_eleccion
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto

    orden = [f[0] for f in leer(base, "SELECT miembro_id FROM orden_sucesion ORDER BY posicion")]
    entrante = next(m for m in orden if m != saliente)
    otra = next(m for m in orden if m not in (saliente, entrante))
    db = abrir_base(base)
    try:
        c = Contexto(db, 1)
        elecciones.definir_eleccion(c, punto, elecciones.NuevaEleccion(
            leer(base, "SELECT id FROM organos WHERE tipo = 'secretaria_ejecutiva'")[0][0], "titular", fecha, fin))
        a, b = (elecciones.agregar_candidatura(c, punto, m) for m in (entrante, otra))
        recuento_de_eleccion.cerrar_eleccion(
            c, punto, recuento_de_eleccion.Recuento("secreta", "simple", "emitidos", {a: 100, b: 40}))
    finally:
        db.close()
    ok(cli("sesiones", "confirmar-eleccion", punto, db=base))
    salida = ok(cli("sesiones", "resolucion", punto, "--titulo", "Elección de la Secretaría Ejecutiva", db=base))
    assert "Termina el mandato" in salida and "Abre el mandato" in salida
    se = como_json(cli("organos", "composicion", "Secretaría Ejecutiva", "--al", fecha.isoformat(), "--json", db=base))
    assert [a["miembro_id"] for a in se["asientos"]] == [entrante]   # un solo titular
    cd = como_json(cli("organos", "composicion", "Comisión Directiva", "--al", fecha.isoformat(), "--json", db=base))
    assert saliente in [a["miembro_id"] for a in cd["asientos"]] and entrante in [a["miembro_id"] for a in cd["asientos"]]
    assert len(cd["asientos"]) == 3
    assert se["asientos"][0]["hasta"] == fin.isoformat()   # el período elegido
    # Y el traspaso siguiente funciona.
    ok(cli("organos", "traspaso", "--fecha", (fin + timedelta(days=1)).isoformat(), db=base))


def test_reforma_con_su_resolucion(cli, copia_de_la_demo, tmp_path):
    base = copia_de_la_demo
    sesion = _sesion_de_la_asamblea(cli, base)
    reforma = _punto(cli, base, sesion, "Reforma del artículo 21", "reforma_estatuto")
    ordinaria = _punto(cli, base, sesion, "Otro asunto", "ordinaria")
    quorum = _todos_presentes(cli, base, sesion)
    ok(cli("sesiones", "votar", reforma, "--a-favor", quorum["presentes"], db=base))
    ok(cli("sesiones", "votar", ordinaria, "--a-favor", quorum["presentes"], db=base))
    r_reforma = como_json(cli("sesiones", "resolucion", reforma, "--titulo", "Reforma del art. 21", "--json",
                              db=base))
    r_otra = como_json(cli("sesiones", "resolucion", ordinaria, "--titulo", "Otro asunto", "--json", db=base))
    desde = SESION + timedelta(days=30)
    reformas = len(leer(base, "SELECT id FROM reformas"))
    assert "reforma del estatuto" in rechazo(cli("estatutos", "reformar", "--desde", desde.isoformat(), "--resolucion",
                                                 r_otra["id"], "--articulo", "21", "--texto", "Dos poderes.", db=base))
    assert "se adoptó en la sesión" in rechazo(cli("estatutos", "reformar", "--desde",
                                                   (SESION - timedelta(days=1)).isoformat(), "--resolucion",
                                                   r_reforma["id"], "--articulo", "21", "--texto", "x", db=base))
    assert len(leer(base, "SELECT id FROM reformas")) == reformas
    cambios = tmp_path / "cambios.md"
    cambios.write_text("Artículo 22\nLas sesiones pueden ser a distancia.\n", encoding="utf-8")
    salida = ok(cli("estatutos", "reformar", "--desde", desde.isoformat(), "--resolucion", r_reforma["id"],
                    "--articulo", "21", "--texto", "Cada miembro puede llevar hasta dos poderes.", "--archivo",
                    cambios, db=base))
    assert f"aprobada por {r_reforma['cita']}" in salida
    vista = como_json(cli("resoluciones", "ver", r_reforma["id"], "--json", db=base))
    assert vista["reforma_id"] is not None
    assert vista["efectos"][0]["tipo"] == "reforma" and f"vigente desde el {dma(desde)}" in vista["efectos"][0]["texto"]
    assert leer(base, "SELECT aprobada_por, vigente_desde FROM reformas WHERE id = ?", [vista["reforma_id"]])[0] == (
        r_reforma["cita"], desde.isoformat())
    # Una sola reforma por resolución.
    assert "ya adoptó la reforma" in rechazo(cli("estatutos", "reformar", "--desde", desde.isoformat(),
                                                 "--resolucion", r_reforma["id"], "--deroga", "22", db=base))
    # Mal escrita: código 2.
    rechazo(cli("estatutos", "reformar", "--desde", desde.isoformat(), "--resolucion", r_reforma["id"], "--articulo",
                "21", db=base), codigo=2)


def test_escala_con_su_resolucion(cli, copia_de_la_demo):
    base = copia_de_la_demo
    sesion = _sesion_de_la_asamblea(cli, base)
    punto = _punto(cli, base, sesion, "Cuota de ingreso", "cuotas_presupuesto")
    no_aprobado = _punto(cli, base, sesion, "Otra cuota", "cuotas_presupuesto")
    quorum = _todos_presentes(cli, base, sesion)
    ok(cli("sesiones", "votar", punto, "--a-favor", quorum["presentes"], db=base))
    ok(cli("sesiones", "votar", no_aprobado, "--a-favor", 1, "--en-contra", quorum["presentes"] - 1, db=base))
    resolucion = como_json(cli("sesiones", "resolucion", punto, "--titulo", "Cuota de ingreso", "--json", db=base))
    escalas = len(leer(base, "SELECT id FROM escalas"))
    desde = date(SESION.year + 1, 1, 1)
    ok(cli("cuotas", "escala", "definir", "--desde", desde.isoformat(), "--moneda", "USD", "--tramos",
           "0:100,100000:500", "--tipo", "cuota_ingreso", "--resolucion", resolucion["id"], db=base))
    escala = leer(base, "SELECT id, aprobada_por FROM escalas ORDER BY id DESC LIMIT 1")[0]
    assert escala[1] == resolucion["cita"]
    vista = como_json(cli("resoluciones", "ver", resolucion["id"], "--json", db=base))
    assert vista["escala_id"] == escala[0] and vista["efectos"][0]["tipo"] == "escala"
    # Una resolución de otro tipo de decisión, o que ya aprobó una escala: código 1, nada guardado.
    assert "ya aprobó la escala" in rechazo(cli(
        "cuotas", "escala", "definir", "--desde", date(SESION.year + 2, 1, 1).isoformat(), "--moneda", "USD",
        "--tramos", "0:100", "--tipo", "cuota_ingreso", "--hasta", date(SESION.year + 2, 12, 31).isoformat(),
        "--resolucion", resolucion["id"], db=base))
    assert len(leer(base, "SELECT id FROM escalas")) == escalas + 1


def test_la_solicitante_va_y_vuelve_por_el_padron_en_excel(cli, copia_de_la_demo, demo_como, tmp_path):
    """El padrón exportado dice «Solicitante» y se vuelve a importar: sin cambios sobre la misma base, y en otra base
    la ciudad entra como solicitante (no como activa: la admite una resolución)."""
    base = copia_de_la_demo
    _solicitud(cli, base, "Sunchales")
    ok(cli("miembros", "exportar", tmp_path / "padron.xlsx", db=base))
    assert "0 nuevos, 0 actualizados" in ok(cli("miembros", "importar", tmp_path / "padron.xlsx", "--simular", db=base))
    otra = demo_como("otra.db")
    assert "1 nuevos" in ok(cli("miembros", "importar", tmp_path / "padron.xlsx", db=otra))
    nueva = next(m for m in como_json(cli("miembros", "listar", "--json", db=otra)) if m["nombre"] == "Sunchales")
    assert (nueva["estado"], nueva["fecha_ingreso"]) == ("solicitante", None)
