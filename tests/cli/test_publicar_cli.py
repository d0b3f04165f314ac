"""«escritorio publicar CARPETA» (issue 45): lo que dice, sus estados de salida y lo que deja en la carpeta."""

import json


def test_publicar_y_volver_a_publicar(cli, copia_de_la_demo, tmp_path):
    sitio = tmp_path / "sitio"
    primera = cli("publicar", str(sitio), db=copia_de_la_demo)
    assert primera.returncode == 0, primera.stderr
    assert f"Sitio publicado en {sitio}:" in primera.stdout
    assert "Actas emitidas para el sitio (una copia registrada cada una): 3." in primera.stdout
    assert (sitio / "index.html").is_file() and (sitio / "manifiesto.json").is_file()

    otra = cli("publicar", str(sitio), "--json", db=copia_de_la_demo)
    assert otra.returncode == 0, otra.stderr
    hecho = json.loads(otra.stdout)
    assert (hecho["escritos"], hecho["borrados"], hecho["actas_emitidas"]) == ([], [], 0)
    assert hecho["paginas"] >= 30 and hecho["iguales"] == len(json.loads(
        (sitio / "manifiesto.json").read_text(encoding="utf-8"))["archivos"])

    # Con los contactos: la página de miembros cambia y aparece el aviso de privacidad (issue 65); sin ellos otra vez,
    # el aviso se va.
    con_contactos = cli("publicar", str(sitio), "--incluir", "contactos", "--json", db=copia_de_la_demo)
    assert con_contactos.returncode == 0, con_contactos.stderr
    hecho = json.loads(con_contactos.stdout)
    assert (sorted(hecho["escritos"]), hecho["borrados"]) == (["miembros.html", "privacidad.html"], [])
    sin_contactos = cli("publicar", str(sitio), db=copia_de_la_demo)
    assert "Archivos escritos: 1; borrados (ya no son públicos): 1" in sin_contactos.stdout
    assert not (sitio / "privacidad.html").exists()


def test_lo_que_no_se_puede_sale_con_1_y_dice_por_que(cli, copia_de_la_demo, tmp_path):
    desconocida = cli("publicar", str(tmp_path / "sitio"), "--incluir", "morosos", db=copia_de_la_demo)
    assert desconocida.returncode == 1
    assert "No se puede incluir «morosos»: lo que se puede pedir es contactos, borradores, cobranza, sin_aprobar." \
        in desconocida.stderr
    assert not (tmp_path / "sitio").exists()

    ajena = tmp_path / "documentos"
    ajena.mkdir()
    (ajena / "carta.odt").write_bytes(b"de la secretaria")
    tocada = cli("publicar", str(ajena), db=copia_de_la_demo)
    assert tocada.returncode == 1
    assert "no es un sitio publicado por Escritorio (no tiene manifiesto.json): no se toca nada" in tocada.stderr
    assert [p.name for p in ajena.iterdir()] == ["carta.odt"]

    vacia = cli("publicar", "", db=copia_de_la_demo)   # antes hablaba de la carpeta «.»
    assert vacia.returncode == 1 and "Falta la carpeta del sitio" in vacia.stderr


def test_la_orden_mal_escrita_sale_con_2(cli, copia_de_la_demo):
    assert cli("publicar", db=copia_de_la_demo).returncode == 2


def test_en_portugues_con_la_opcion_general(cli, copia_de_la_demo, tmp_path):
    sitio = tmp_path / "site"
    assert cli("--idioma", "pt", "publicar", str(sitio), db=copia_de_la_demo).returncode == 0
    inicio = (sitio / "index.html").read_text(encoding="utf-8")
    assert '<html lang="pt">' in inicio and "O que se publica aqui" in inicio


def test_en_los_dos_idiomas_con_idiomas(cli, copia_de_la_demo, tmp_path):
    sitio = tmp_path / "sitio"
    hecho = cli("publicar", str(sitio), "--idiomas", "es,pt", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    assert "En es, pt: es en la carpeta; pt en pt/." in hecho.stdout
    assert "Actas emitidas para el sitio (una copia registrada cada una): 6." in hecho.stdout
    assert '<html lang="es">' in (sitio / "mapa.html").read_text(encoding="utf-8")
    assert '<html lang="pt">' in (sitio / "pt" / "mapa.html").read_text(encoding="utf-8")
    otra = cli("publicar", str(sitio), "--idiomas", "es, pt", "--json", db=copia_de_la_demo)
    assert json.loads(otra.stdout)["idiomas"] == ["es", "pt"] and json.loads(otra.stdout)["escritos"] == []
    # --idiomas manda sobre la opción general --idioma: el primero de la lista va en la carpeta.
    site = tmp_path / "site"
    assert cli("--idioma", "es", "publicar", str(site), "--idiomas", "pt,es", db=copia_de_la_demo).returncode == 0
    assert '<html lang="pt">' in (site / "index.html").read_text(encoding="utf-8")
    assert (site / "es" / "index.html").is_file()


def test_un_idioma_que_no_existe_es_un_error_de_uso(cli, copia_de_la_demo, tmp_path):
    for valor in ("es,fr", "", ","):
        mal = cli("publicar", str(tmp_path / "sitio"), "--idiomas", valor, db=copia_de_la_demo)
        assert mal.returncode == 2, valor
        assert "escriba los idiomas separados por comas, el primero el de la raíz del sitio" in mal.stderr
    assert "«fr» no es un idioma de documentos" in cli("publicar", str(tmp_path / "sitio"), "--idiomas", "es,fr",
                                                      db=copia_de_la_demo).stderr
    assert not (tmp_path / "sitio").exists()


def test_sin_aprobar_publica_la_sesion_celebrada_cuya_acta_no_tiene_borrador(cli, copia_de_la_demo, tmp_path):
    """Issue 66, §4: una sesión celebrada (asistencia, una votación, una resolución) cuya acta ni se empezó. Con
    «--incluir sin_aprobar» se publica como la de un acta en borrador: su asistencia, su votación y su resolución (con
    el aviso de que no está aprobada), la resolución en resoluciones.html y en los datos abiertos; sin pedirlo, no."""
    import re
    from datetime import date

    def orden(*argumentos):
        hecho = cli(*argumentos, "--json", db=copia_de_la_demo)
        assert hecho.returncode == 0, hecho.stderr
        return json.loads(hecho.stdout)

    dia = date.today().isoformat()
    assert cli("asociacion", "editar", "--direccion-publica", "https://red.ejemplo.org",
               db=copia_de_la_demo).returncode == 0
    sesion = orden("sesiones", "convocar", "Consejo", "--fecha", dia, "--hora", "10:00", "--lugar", "Montevideo")["id"]
    punto = orden("sesiones", "punto", sesion, "--titulo", "Fondo de becas 2027", "--tipo", "votacion")["id"]
    presentes = [a["miembro_id"] for a in orden("organos", "composicion", "Consejo", "--al", dia)["asientos"]]
    orden("sesiones", "asistencia", sesion, "--presentes", ",".join(map(str, presentes)))
    orden("sesiones", "votar", punto, "--a-favor", "9", "--en-contra", "2")
    resolucion = orden("sesiones", "resolucion", punto, "--titulo", "Fondo de becas 2027")
    assert [s["estado_acta"] for s in orden("sesiones", "listar") if s["id"] == sesion] == [None]

    def leer(sitio, ruta):
        return " ".join(re.sub(r"<[^>]+>", " ", (sitio / ruta).read_text(encoding="utf-8")).split())

    con = tmp_path / "con"
    hecho = cli("publicar", con, "--incluir", "sin_aprobar", db=copia_de_la_demo, proceso_real=True)
    assert hecho.returncode == 0, hecho.stderr
    pagina = leer(con, f"sesiones/{sesion}.html")
    assert "El acta de esta sesión todavía no está aprobada: lo que sigue puede cambiar." in pagina
    assert "se publican cuando se aprueba el acta" not in pagina
    assert "Asistencia" in pagina and "Votación a mano alzada. Aprobada: 9 a favor, 2 en contra" in pagina
    assert f"Resoluciones {resolucion['numeracion']} del Consejo: Fondo de becas 2027" in pagina
    assert f"{resolucion['numeracion']} — Fondo de becas 2027" in leer(con, "resoluciones.html")
    calendario = (con / "sesiones.html").read_text(encoding="utf-8")
    assert re.search(rf'href="sesiones/{sesion}\.html">.*?<td>Celebrada</td><td>sin borrador</td>', calendario)
    papel = json.loads((con / "oparl" / "paper" / f"{resolucion['id']}.json").read_text(encoding="utf-8"))
    assert papel["name"] == "Fondo de becas 2027"
    assert papel["consultation"][0]["meeting"].endswith(f"/meeting/{sesion}.json")

    sin = tmp_path / "sin"
    assert cli("publicar", sin, db=copia_de_la_demo, proceso_real=True).returncode == 0
    pagina = leer(sin, f"sesiones/{sesion}.html")
    assert "se publican cuando se aprueba el acta" in pagina and "Fondo de becas 2027 Asistencia" not in pagina
    assert "Votación a mano alzada" not in pagina and "Fondo de becas" not in leer(sin, "resoluciones.html")
    assert not (sin / "oparl" / "paper" / f"{resolucion['id']}.json").exists()
