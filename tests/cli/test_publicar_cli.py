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
