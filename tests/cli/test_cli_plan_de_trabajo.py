"""El plan de trabajo de las unidades desde la línea de órdenes (issue 47, §4), sobre la red de ejemplo: el plan de un
año, corregir una actividad, su orden de estados, su informe con el PDF (y su copia, que no pisa archivos) y lo
atrasado de toda la red. Cada orden por la entrada del programa (fixture `cli`)."""

import hashlib
import json

import pytest

PDF = b"%PDF-1.4\n% informe del seminario de cultura\n%%EOF\n"


def ok(resultado):
    assert resultado.returncode == 0, resultado.stderr
    return resultado


def como_json(resultado):
    return json.loads(ok(resultado).stdout)


@pytest.fixture
def red(copia_de_la_demo):
    return copia_de_la_demo


def _plan(cli, red, *extra):
    return como_json(cli("unidades", "actividades", "UT Cultura", "--json", *extra, db=red))


def test_el_plan_de_un_anio(cli, red):
    todo = _plan(cli, red)
    assert len(todo) == 2
    anio = int(todo[1]["desde"][:4]) - 1   # el seminario es del año anterior al de la red de ejemplo
    [seminario] = _plan(cli, red, "--anio", str(anio))
    assert (seminario["titulo"], seminario["estado"], seminario["responsable_pais"]) == (
        "Seminario regional de cultura", "realizada", "BR")
    listado = ok(cli("unidades", "actividades", "UT Cultura", "--anio", str(anio), db=red)).stdout
    assert f"10/06/{anio} – 12/06/{anio} Realizada" in listado and "(Brasil)" in listado
    assert listado.strip().splitlines()[-1] == f"UT Cultura: 1 actividad en {anio}."
    mal = cli("unidades", "actividades", "UT Cultura", "--anio", "dos mil", db=red)
    assert mal.returncode == 1 and mal.stderr.startswith("No se listó nada. Año:")


def test_una_actividad_avanza_se_corrige_y_rinde_su_informe(cli, red, tmp_path):
    informe_anual = next(a for a in _plan(cli, red) if a["estado"] == "en_curso")
    numero, anio = str(informe_anual["id"]), informe_anual["desde"][:4]   # el año en que se armó la red de ejemplo

    # Corregir: solo lo que se indica.
    corregida = como_json(cli("unidades", "editar-actividad", numero, "--titulo", "Informe anual de Cultura",
                              "--hasta", f"{anio}-11-30", "--json", db=red))
    assert (corregida["titulo"], corregida["desde"], corregida["hasta"], corregida["responsable"]) == (
        "Informe anual de Cultura", informe_anual["desde"], f"{anio}-11-30", informe_anual["responsable"])
    sin = cli("unidades", "editar-actividad", numero, "--hasta", f"{int(anio) - 1}-01-01", db=red)
    assert sin.returncode == 1 and sin.stderr.strip() == "La actividad termina antes de empezar."

    # El estado, en su orden.
    texto = ok(cli("unidades", "estado-actividad", numero, "realizada", "--fecha", f"{anio}-11-20", db=red)).stdout
    assert texto.strip() == (f"Actividad {numero} (Informe anual de Cultura): en curso → realizada "
                             f"(15/01/{anio} – 20/11/{anio}).")
    mal = cli("unidades", "estado-actividad", numero, "cancelada", db=red)
    assert mal.returncode == 1 and "no pasa a cancelada. Desde ahí puede pasar a: en curso." in mal.stderr
    assert cli("unidades", "estado-actividad", numero, "terminada", db=red).returncode == 2

    # El informe: el resultado y el PDF, con su huella.
    archivo = tmp_path / "informe.pdf"
    archivo.write_bytes(PDF)
    informe = como_json(cli("unidades", "informe-actividad", numero, "--resultado", "Se publicó en diciembre.",
                            "--adjuntar", archivo, "--json", db=red))
    huella = hashlib.sha256(PDF).hexdigest()
    assert informe["resultado"] == "Se publicó en diciembre."
    assert informe["informe"]["sha256"] == huella and [i["sha256"] for i in informe["informes"]] == [huella]
    mostrado = ok(cli("unidades", "informe-actividad", numero, db=red)).stdout
    assert f"Informe {informe['informe']['id']} (vigente): informe.pdf, {len(PDF)} bytes" in mostrado
    assert f"SHA-256 {huella}" in mostrado
    no_pdf = tmp_path / "informe.txt"
    no_pdf.write_text("hola", encoding="utf-8")
    rechazo = cli("unidades", "informe-actividad", numero, "--adjuntar", no_pdf, db=red)
    assert rechazo.returncode == 1 and "no es un PDF" in rechazo.stderr

    # La copia es el mismo PDF; un archivo existente no se pisa sin --reemplazar.
    copia = tmp_path / "copia.pdf"
    ok(cli("unidades", "pdf-informe", numero, copia, db=red))
    assert copia.read_bytes() == PDF
    copia.write_bytes(b"%PDF-1.4 otro")
    otra_vez = cli("unidades", "pdf-informe", numero, copia, db=red)
    assert otra_vez.returncode == 1 and "Ya existe" in otra_vez.stderr and copia.read_bytes() == b"%PDF-1.4 otro"
    ok(cli("unidades", "pdf-informe", numero, copia, "--reemplazar", db=red))
    assert copia.read_bytes() == PDF

    # En el plan: realizada, con su informe.
    [del_anio] = [a for a in _plan(cli, red, "--anio", anio) if a["id"] == informe_anual["id"]]
    assert (del_anio["estado"], del_anio["informe"]["nombre"], del_anio["atrasada"]) == ("realizada", "informe.pdf",
                                                                                          False)
    # El informe de la unidad en PDF lo dice: la ciudad responsable con su país y el informe adjunto con su huella.
    ok(cli("unidades", "informe", "UT Cultura", "unidad.pdf", db=red))
    from pypdf import PdfReader

    texto = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(tmp_path / "unidad.pdf").pages)
    assert f"Informe en PDF: informe.pdf (SHA-256 {huella[:16]}…)" in texto
    assert f"{informe_anual['responsable']} (Brasil)" in texto


def test_lo_atrasado_de_toda_la_red(cli, red):
    # Los informes anuales de las quince unidades vencen el 15/12 del año de la red de ejemplo.
    anio = _plan(cli, red)[1]["desde"][:4]
    antes = como_json(cli("unidades", "atrasadas", "--al", f"{anio}-12-15", "--json", db=red))
    despues = como_json(cli("unidades", "atrasadas", "--al", f"{int(anio) + 1}-01-05", "--json", db=red))
    assert antes == [] and len(despues) == 15
    assert {a["unidad"] for a in despues} == {u for u in {a["unidad"] for a in despues} if u.startswith("UT ")}
    texto = ok(cli("unidades", "atrasadas", "--al", f"{int(anio) + 1}-01-05", db=red)).stdout
    assert texto.strip().splitlines()[-1] == f"15 actividades atrasadas al 05/01/{int(anio) + 1}."
    # Marcar una realizada la saca de la lista.
    ok(cli("unidades", "estado-actividad", str(despues[0]["id"]), "realizada", db=red))
    assert len(como_json(cli("unidades", "atrasadas", "--al", f"{int(anio) + 1}-01-05", "--json", db=red))) == 14


def test_una_actividad_solo_va_al_plan_de_una_unidad_tematica(cli, red):
    """El Consejo no es una unidad temática: su «plan de trabajo» no aparece en el área Unidades ni en la memoria,
    así que la actividad no se agrega (antes se guardaba y quedaba donde nadie la veía)."""
    hecho = cli("unidades", "actividad", "Consejo", "--titulo", "Seminario", "--fecha", "2026-05-01", db=red)
    assert hecho.returncode == 1 and "no es una unidad temática" in hecho.stderr, hecho.stdout + hecho.stderr
    assert "Traceback" not in hecho.stderr
    assert ok(cli("unidades", "actividad", "UT Cultura", "--titulo", "Seminario", "--fecha", "2026-05-01", db=red))


def test_el_informe_de_unidad_tematica_solo_es_de_una_unidad(cli, red, tmp_path):
    """«unidades informe Consejo» emitía un documento numerado y verificable titulado «Informe de unidad temática» del
    Consejo, que no lo es; ahora lo dice y no emite nada (ni el PDF ni el registro del documento)."""
    import sqlite3

    def documentos() -> int:
        conexion = sqlite3.connect(f"file:{red}?mode=ro", uri=True)
        try:
            return conexion.execute("SELECT count(*) FROM documentos_emitidos").fetchone()[0]
        finally:
            conexion.close()

    antes = documentos()
    hecho = cli("unidades", "informe", "Consejo", tmp_path / "consejo.pdf", db=red)
    assert hecho.returncode == 1 and "«Consejo» no es una unidad temática" in hecho.stderr, hecho.stdout + hecho.stderr
    assert "Traceback" not in hecho.stderr
    assert not (tmp_path / "consejo.pdf").exists() and documentos() == antes
    assert ok(cli("unidades", "informe", "UT Cultura", tmp_path / "cultura.pdf", db=red))
    assert (tmp_path / "cultura.pdf").exists() and documentos() == antes + 1
