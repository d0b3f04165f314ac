"""Issue 41, §3: quienes firman una declaración sin ser miembros (otras redes, observadores, organizaciones
socias), y los miembros que la firman, por la CLI («resoluciones adherir»), sobre una copia de la demo; el PDF de la
declaración y el acta los listan."""

import json

from tests.ayudas import sin_traza


def texto_del_pdf(ruta) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((pagina.extract_text() or "").split()) for pagina in PdfReader(ruta).pages)


def _ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def _rechazo(resultado, codigo: int = 1) -> str:
    assert resultado.returncode == codigo, (resultado.returncode, resultado.stdout, resultado.stderr)
    sin_traza(resultado)
    return " ".join(resultado.stderr.split())


def test_adherentes_de_una_declaracion_en_su_pdf_y_en_el_acta(cli, copia_de_la_demo, tmp_path):
    base = copia_de_la_demo
    # En la sesión del Consejo de septiembre (acta en borrador) se adopta una declaración.
    punto = json.loads(_ok(cli("sesiones", "punto", "4", "--titulo", "Declaración sobre el cambio climático",
                               "--tipo", "deliberativo", "--json", db=base)))["id"]
    declaracion = json.loads(_ok(cli("sesiones", "resolucion", str(punto), "--tipo", "declaracion", "--titulo",
                                     "Declaración de Montevideo sobre el clima", "--json", db=base)))["id"]

    salida = _ok(cli("resoluciones", "adherir", str(declaracion), "--entidad", "Red Andina de Ciudades",
                             "--tipo", "red", "--persona", "Lucía Quispe", db=base))
    assert "Adhiere: Red Andina de Ciudades (red), por Lucía Quispe." in salida
    _ok(cli("resoluciones", "adherir", str(declaracion), "--entidad", "Programa ONU-Hábitat", "--tipo", "observador",
            db=base))
    todos = json.loads(_ok(cli("resoluciones", "adherir", str(declaracion), "--miembro", "1", "--persona",
                                       "Jorge Macri", "--json", db=base)))
    assert [(f["nombre"], f["tipo"]) for f in todos] == [
        ("Buenos Aires", "miembro"), ("Red Andina de Ciudades", "red"), ("Programa ONU-Hábitat", "observador")]
    # Dos veces la misma, o sin decir qué es, o una resolución que no es declaración: código 1, con el porqué.
    assert "ya adhiere" in _rechazo(cli("resoluciones", "adherir", str(declaracion), "--entidad",
                                                "red andina de ciudades", "--tipo", "red", db=base))
    assert "ya firma" in _rechazo(cli("resoluciones", "adherir", str(declaracion), "--miembro", "1", db=base))
    assert "no una declaración" in _rechazo(cli("resoluciones", "adherir", "8", "--entidad", "Otra red", "--tipo",
                                                 "red", db=base))
    _rechazo(cli("resoluciones", "adherir", str(declaracion), "--entidad", "X", "--tipo", "club", db=base), 2)

    # El PDF de la declaración los lista.
    pdf = tmp_path / "declaracion.pdf"
    _ok(cli("resoluciones", "pdf", str(declaracion), "--salida", str(pdf), db=base))
    texto = texto_del_pdf(pdf)
    assert "Firmantes y adhesiones" in texto
    assert "Miembros que la firman (1): Buenos Aires, por Jorge Macri." in texto
    assert ("Adhieren sin ser miembros (2): Red Andina de Ciudades (red), por Lucía Quispe; Programa ONU-Hábitat "
            "(observador).") in texto
    # Y el acta de la sesión.
    acta = tmp_path / "acta.pdf"
    _ok(cli("sesiones", "acta", "4", str(acta), db=base))
    texto = texto_del_pdf(acta)
    assert "Declaración de Montevideo sobre el clima. Firman: Buenos Aires, por Jorge Macri" in texto
    assert "Adhieren sin ser miembros: Red Andina de Ciudades (red), por Lucía Quispe; Programa ONU-Hábitat" in texto


def test_la_firma_de_un_miembro_no_se_agrega_con_el_acta_aprobada(cli, copia_de_la_demo):
    base = copia_de_la_demo
    # La Declaración 1/2025 de la Asamblea (acta aprobada): una red de afuera adhiere después; un miembro ya no firma.
    _ok(cli("resoluciones", "adherir", "3", "--entidad", "Eurocities", "--tipo", "red", db=base))
    mensaje = _rechazo(cli("resoluciones", "adherir", "3", "--miembro", "154", db=base))
    assert "está aprobada" in mensaje and "fe de erratas" in mensaje
