"""Solo un miembro ocupa un cargo o es candidatura (issue 59, punto 2): una ciudad solicitante (su admisión no se
aprobó) no recibe un mandato ni una candidatura, por la línea de órdenes (fixture `cli`); y un mandato suyo escrito
por fuera de Escritorio lo informa «verificar» y no ocupa el cupo de su país en la elección del Consejo."""

from contextlib import closing
import re
import sqlite3

from datetime import timedelta

from ayudas import bienio_siguiente_del_consejo, en_json, hecho

# El próximo Consejo (el de 2026-2028 hasta el 30/11/2026), electo por la Asamblea tres días antes.
DESDE, HASTA = (d.isoformat() for d in bienio_siguiente_del_consejo())
SESION = (bienio_siguiente_del_consejo()[0] - timedelta(days=3)).isoformat()


def _solicitante(cli, db) -> int:
    """Una ciudad peruana pide ingresar; la Asamblea no la admite (sigue solicitante). Su id."""
    salida = hecho(cli("miembros", "solicitud", "--nombre", "Villa Solicitante", "--pais", "PE", "--fecha",
                       "2026-11-01", db=db)).stdout
    return int(re.search(r"id (\d+)", salida).group(1))


def _eleccion_del_consejo(cli, db) -> tuple[int, int]:
    sesion = en_json(cli("sesiones", "convocar", "Asamblea General de Socios", "--fecha", SESION, "--hora",
                         "10:00", "--lugar", "Montevideo", "--json", db=db))["id"]
    punto = en_json(cli("sesiones", "punto", sesion, "--titulo", "Elección del Consejo", "--tipo", "eleccion",
                        "--decision", "eleccion", "--json", db=db))["id"]
    hecho(cli("sesiones", "eleccion", punto, "--organo", "Consejo", "--cargo", "titular", "--desde", DESDE,
              "--hasta", HASTA, "--puestos", "2", "--metodo", "secreta", db=db))
    return sesion, punto


def test_una_solicitante_no_recibe_mandato_ni_candidatura(copia_de_la_demo, cli):
    lima = _solicitante(cli, copia_de_la_demo)
    designar = hecho(cli("organos", "designar", "Consejo", "--miembro", lima, "--cargo", "titular", "--desde",
                                 "2026-11-21", "--hasta", "2028-11-20", db=copia_de_la_demo), 1)
    assert "Mandato" not in designar.stdout
    assert ("Villa Solicitante no es miembro de la asociación el 21/11/2026 (es solicitante: su admisión no se "
            "aprobó): solo un miembro puede ocupar un cargo en Consejo (Estatuto, art. 13).") in designar.stderr
    # Antes de pedir el ingreso tampoco era miembro.
    antes = hecho(cli("organos", "designar", "Consejo", "--miembro", lima, "--cargo", "titular", "--desde",
                              "2026-10-01", db=copia_de_la_demo), 1)
    assert "Villa Solicitante no es miembro de la asociación el 01/10/2026" in antes.stderr

    _, punto = _eleccion_del_consejo(cli, copia_de_la_demo)
    candidatura = hecho(cli("sesiones", "candidatura", punto, "--miembro", lima, db=copia_de_la_demo), 1)
    assert "solo un miembro puede ser candidatura en Consejo (Estatuto, art. 13)" in candidatura.stderr
    with closing(sqlite3.connect(copia_de_la_demo)) as conexion, conexion:
        assert conexion.execute("SELECT count(*) FROM mandatos WHERE miembro_id = ?", [lima]).fetchone()[0] == 0
        assert conexion.execute("SELECT count(*) FROM candidaturas WHERE miembro_id = ?", [lima]).fetchone()[0] == 0


def test_un_mandato_de_una_solicitante_escrito_por_fuera_no_ocupa_el_cupo(copia_de_la_demo, cli):
    lima = _solicitante(cli, copia_de_la_demo)
    with closing(sqlite3.connect(copia_de_la_demo)) as conexion, conexion:   # por fuera de Escritorio (o una versión anterior)
        consejo = conexion.execute("SELECT id FROM organos WHERE nombre = 'Consejo'").fetchone()[0]
        mandato = conexion.execute(
            "INSERT INTO mandatos (organo_id, miembro_id, cargo, con_voto, desde, hasta) "
            "VALUES (?, ?, 'titular', 1, ?, ?)", [consejo, lima, DESDE, HASTA]).lastrowid
    conexion.close()

    # Y una candidatura suya, en otra elección, también escrita por fuera.
    _, otro_punto = _eleccion_del_consejo(cli, copia_de_la_demo)
    with closing(sqlite3.connect(copia_de_la_demo)) as conexion, conexion:
        eleccion = conexion.execute("SELECT id FROM elecciones WHERE punto_id = ?", [otro_punto]).fetchone()[0]
        candidatura = conexion.execute("INSERT INTO candidaturas (eleccion_id, miembro_id) VALUES (?, ?)",
                                       [eleccion, lima]).lastrowid
    conexion.close()

    verificar = hecho(cli("verificar", db=copia_de_la_demo), 1)
    assert (f"Mandato {mandato} en Consejo: Villa Solicitante (id {lima}) no era miembro el {DESDE}, cuando "
            "empieza (solicitante, no admitida)") in verificar.stdout + verificar.stderr
    assert (f"Candidatura {candidatura} en la elección de Consejo («Elección del Consejo», sesión del {SESION}): "
            f"Villa Solicitante (id {lima}) no era miembro ese día") in verificar.stdout + verificar.stderr

    # La composición del Consejo no la sienta, y lo dice.
    consejo = en_json(cli("organos", "composicion", "Consejo", "--al", DESDE, "--json", db=copia_de_la_demo))
    assert lima not in [a["miembro_id"] for a in consejo["asientos"]]
    desde = bienio_siguiente_del_consejo()[0]
    assert any(f"El mandato {mandato} de Villa Solicitante (desde el {desde:%d/%m/%Y}) no vale" in aviso
               for aviso in consejo["avisos"]), consejo["avisos"]

    # Arequipa, la única candidatura peruana, entra: el mandato que no vale no completó el cupo de Perú.
    miembros = {m["nombre"]: m for m in en_json(cli("miembros", "listar", "--json", db=copia_de_la_demo))}
    sesion, punto = _eleccion_del_consejo(cli, copia_de_la_demo)
    ids = {n: en_json(cli("sesiones", "candidatura", punto, "--miembro", miembros[n]["id"], "--json",
                          db=copia_de_la_demo))["id"] for n in ("Armenia", "Arequipa", "Bahía Blanca")}
    presentes = ",".join(str(m["id"]) for m in miembros.values() if m["estado"] not in ("baja", "solicitante"))
    hecho(cli("sesiones", "asistencia", sesion, "--presentes", presentes, db=copia_de_la_demo))
    cerrada = en_json(cli("sesiones", "cerrar-eleccion", punto, "--votos",
                          f"{ids['Armenia']}:15,{ids['Arequipa']}:11,{ids['Bahía Blanca']}:5", "--json",
                          db=copia_de_la_demo))
    assert cerrada["electas"] == ["Armenia", "Arequipa"], cerrada["resultado"]
    assert "Perú ya completó su cupo" not in cerrada["resultado"]


def test_un_pais_observador_no_tiene_puestos_en_el_consejo(copia_de_la_demo, cli):
    """La regla del Consejo (Estatuto, art. 13) da puestos a los países plenos y asociados: desde que Bolivia es
    observadora, una ciudad boliviana no es titular ni candidatura; sí suplente."""
    hecho(cli("asociacion", "pais", "BO", "--categoria", "observador", "--desde", "2026-11-01", db=copia_de_la_demo))
    santa_cruz = next(m["id"] for m in en_json(cli("miembros", "listar", "--json", db=copia_de_la_demo))
                      if m["nombre"] == "Santa Cruz de la Sierra")
    titular = hecho(cli("organos", "designar", "Consejo", "--miembro", santa_cruz, "--cargo", "titular",
                                "--desde", "2026-12-01", db=copia_de_la_demo), 1)
    assert ("Santa Cruz de la Sierra no puede ocupar un cargo en Consejo: su país, Bolivia, es observador el "
            "01/12/2026, y la regla de composición (2 por país pleno, 1 por país asociado; Estatuto, art. 13) no le "
            "da puestos.") in titular.stderr
    assert "registrado" in hecho(cli("organos", "designar", "Consejo", "--miembro", santa_cruz, "--cargo", "suplente",
                                     "--desde", "2026-12-01", db=copia_de_la_demo)).stdout
    _, punto = _eleccion_del_consejo(cli, copia_de_la_demo)
    candidatura = hecho(cli("sesiones", "candidatura", punto, "--miembro", santa_cruz, db=copia_de_la_demo), 1)
    assert "Santa Cruz de la Sierra no puede ser candidatura en Consejo" in candidatura.stderr


def test_la_memoria_no_cuenta_que_asumio_quien_no_era_miembro(copia_de_la_demo, cli):
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.memoria.anual import armar_memoria

    lima = _solicitante(cli, copia_de_la_demo)
    with closing(sqlite3.connect(copia_de_la_demo)) as conexion, conexion:
        consejo = conexion.execute("SELECT id FROM organos WHERE nombre = 'Consejo'").fetchone()[0]
        conexion.execute("INSERT INTO mandatos (organo_id, miembro_id, cargo, con_voto, desde, hasta) "
                         "VALUES (?, ?, 'titular', 1, '2026-11-21', '2028-11-20')", [consejo, lima])
    conexion.close()
    db = abrir_base(copia_de_la_demo)
    try:
        asociacion = db.execute("SELECT id FROM asociaciones").fetchone()[0]
        autoridades = next(s for s in armar_memoria(Contexto(db, asociacion), 2026).secciones
                           if s.clave == "autoridades")
        asumieron = next(b for b in autoridades.bloques if getattr(b, "clave", None) == "mandatos_que_empiezan")
        assert asumieron.filas and not any("Villa Solicitante" in str(f.celdas) for f in asumieron.filas)
    finally:
        db.close()


def test_una_baja_anterior_a_un_mandato_ya_registrado_es_un_aviso_de_verificar(copia_de_la_demo, cli):
    """Lo hace el programa mismo (la baja informa el mandato que empieza después y no lo modifica): «verificar» lo
    dice como aviso y la base sigue sana; el mandato igual no vale."""
    ruta = copia_de_la_demo
    hecho = cli("miembros", "baja", "3", "--fecha", "2024-06-01", "--motivo", "prueba", db=ruta)
    assert hecho.returncode == 0 and "1 mandato empieza después y no se modifica" in hecho.stdout
    hecho = cli("verificar", db=ruta)
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    assert "AVISO: Mandato" in hecho.stdout and "no era miembro el 2025-01-01, cuando empieza (de baja)" in hecho.stdout
