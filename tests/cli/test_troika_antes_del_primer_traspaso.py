"""Issue 66, §4: una Comisión Directiva de regla troika (la Secretaría Ejecutiva anterior, la actual y la siguiente)
se integra desde que hay quien ejerce la Secretaría Ejecutiva, no desde el primer traspaso. Antes de que un traspaso
escriba sus mandatos, la troika se deriva de los mandatos de la Secretaría Ejecutiva y del orden de sucesión, como un
asiento de oficio (sin mandato, con el órgano por el que se sienta); desde el traspaso, la composición es la que él
registró, sin asientos repetidos. La composición la leen la asistencia y el Consejo que la sienta de oficio.

Todo por la línea de órdenes, cada orden un proceso, como la secretaría de una red nueva."""

import json

import pytest


@pytest.fixture
def red(cli_proceso, tmp_path):
    """La Red del Litoral: cinco ciudades; Rosario ejerció la Secretaría Ejecutiva hasta el 30/11/2025 y Santa Fe la
    ejerce desde el 01/12/2025 (mandatos registrados con «organos designar»); el orden de sucesión es Rosario, Santa
    Fe, Paraná, Salto, Paysandú. La Comisión Directiva tiene la regla troika y tres puestos, y ningún mandato; el
    Consejo sienta de oficio a las de la Comisión Directiva y a la Secretaría Ejecutiva, que lo preside."""
    base = tmp_path / "litoral.db"

    def orden(*argumentos, como_json=False):
        hecho = cli_proceso(*argumentos, *(["--json"] if como_json else []), db=base)
        assert hecho.returncode == 0, hecho.stderr
        return json.loads(hecho.stdout) if como_json else hecho.stdout

    orden("asociacion", "crear", "--nombre", "Red del Litoral", "--sigla", "RDL", "--fundacion", "2020-01-01",
          "--paises", "AR:pleno,UY:pleno")
    ids = {}
    for nombre, pais in (("Rosario", "AR"), ("Santa Fe", "AR"), ("Paraná", "AR"), ("Salto", "UY"),
                         ("Paysandú", "UY")):
        ids[nombre] = orden("miembros", "agregar", "--nombre", nombre, "--pais", pais, "--poblacion", "100000",
                            "--fecha-ingreso", "2020-01-01", como_json=True)["id"]
    orden("organos", "crear", "--nombre", "Secretaría Ejecutiva", "--tipo", "secretaria_ejecutiva")
    orden("organos", "crear", "--nombre", "Comisión Directiva", "--tipo", "comision_directiva")
    orden("organos", "regla-composicion", "Comisión Directiva", "troika", "--articulo", "Estatuto, art. 14")
    orden("organos", "regla-composicion", "Comisión Directiva", "tamano_fijo", "--puestos", "3",
          "--articulo", "Estatuto, art. 14")
    orden("organos", "crear", "--nombre", "Consejo", "--tipo", "consejo")
    orden("organos", "regla-composicion", "Consejo", "de_oficio", "--organos",
          "comision_directiva,secretaria_ejecutiva", "--articulo", "Estatuto, art. 13")
    orden("organos", "regla-composicion", "Consejo", "presidencia", "--organo", "secretaria_ejecutiva",
          "--articulo", "Estatuto, art. 15")
    orden("organos", "designar", "Secretaría Ejecutiva", "--miembro", ids["Rosario"], "--cargo", "titular",
          "--desde", "2024-12-01", "--hasta", "2025-11-30")
    orden("organos", "designar", "Secretaría Ejecutiva", "--miembro", ids["Santa Fe"], "--cargo", "titular",
          "--desde", "2025-12-01")
    orden("organos", "sucesion", "--miembros", ",".join(str(ids[n]) for n in ("Rosario", "Santa Fe", "Paraná",
                                                                               "Salto", "Paysandú")))
    return orden, ids


def _asientos(orden, organo: str, al: str) -> tuple[list[tuple], list[str]]:
    comp = orden("organos", "composicion", organo, "--al", al, como_json=True)
    return [(a["miembro"], a["cargo"], a["desde"], a["de_oficio"]) for a in comp["asientos"]], comp["avisos"]


def test_la_troika_se_deriva_antes_del_primer_traspaso_y_el_traspaso_no_la_duplica(red):
    orden, ids = red
    assert orden("organos", "mandatos", "Comisión Directiva", como_json=True) == []

    # Antes de cualquier traspaso: la anterior (por la historia), la actual y la siguiente (por el orden).
    asientos, avisos = _asientos(orden, "Comisión Directiva", "2026-06-01")
    assert asientos == [("Rosario", "titular", "2025-12-01", "Secretaría Ejecutiva anterior"),
                        ("Santa Fe", "titular", "2025-12-01", "Secretaría Ejecutiva"),
                        ("Paraná", "titular", "2025-12-01", "Secretaría Ejecutiva siguiente")]
    assert avisos == []   # la regla troika y los tres puestos se cumplen
    texto = orden("organos", "composicion", "Comisión Directiva", "--al", "2026-06-01")
    assert "Comisión Directiva al 01/06/2026: 3 integrantes" in texto
    assert "de oficio: Secretaría Ejecutiva siguiente" in texto and "AVISO" not in texto
    # En el primer turno registrado, sin anterior: Rosario la ejerce y Santa Fe la sigue.
    asientos, _ = _asientos(orden, "Comisión Directiva", "2025-06-01")
    assert [a[0] for a in asientos] == ["Rosario", "Santa Fe"]

    # El Consejo las sienta de oficio (la que ejerce la Secretaría Ejecutiva, por ella, y lo preside).
    consejo = orden("organos", "composicion", "Consejo", "--al", "2026-06-01", como_json=True)
    assert consejo["preside"] == "Santa Fe"
    assert sorted((a["miembro"], a["de_oficio"]) for a in consejo["asientos"]) == [
        ("Paraná", "Comisión Directiva"), ("Rosario", "Comisión Directiva"), ("Santa Fe", "Secretaría Ejecutiva")]

    # Una sesión de la Comisión Directiva antes del traspaso convoca a las tres y cuenta su quórum con ellas.
    sesion = orden("sesiones", "convocar", "Comisión Directiva", "--fecha", "2026-06-10", "--hora", "10:00",
                   "--lugar", "Santa Fe", como_json=True)["id"]
    orden("sesiones", "asistencia", str(sesion), "--presentes", f"{ids['Rosario']},{ids['Santa Fe']}")
    asistencia = orden("sesiones", "asistencia", str(sesion), como_json=True)
    assert sorted((m["miembro"], m["estado"]) for m in asistencia["miembros"]) == [
        ("Paraná", "ausente"), ("Rosario", "presente"), ("Santa Fe", "presente")]
    assert (asistencia["quorum"]["presentes"], asistencia["quorum"]["base"]) == (2, 3)

    # El traspaso escribe los mandatos de la nueva troika: desde ese día la composición es la registrada, una vez
    # cada ciudad; la víspera, la troika de antes (derivada, con el último día de la Secretaría saliente).
    orden("organos", "traspaso", "--fecha", "2026-11-20")
    asientos, avisos = _asientos(orden, "Comisión Directiva", "2026-11-20")
    assert asientos == [("Santa Fe", "titular", "2026-11-20", None), ("Paraná", "titular", "2026-11-20", None),
                        ("Salto", "titular", "2026-11-20", None)]
    assert avisos == []
    vispera = orden("organos", "composicion", "Comisión Directiva", "--al", "2026-11-19", como_json=True)
    assert [(a["miembro"], a["hasta"], a["de_oficio"]) for a in vispera["asientos"]] == [
        ("Rosario", "2026-11-19", "Secretaría Ejecutiva anterior"), ("Santa Fe", "2026-11-19", "Secretaría Ejecutiva"),
        ("Paraná", "2026-11-19", "Secretaría Ejecutiva siguiente")]
    assert [m["miembro"] for m in orden("organos", "mandatos", "Comisión Directiva", como_json=True)] == [
        "Santa Fe", "Paraná", "Salto"]
    consejo = orden("organos", "composicion", "Consejo", "--al", "2026-11-20", como_json=True)
    assert sorted((a["miembro"], a["de_oficio"]) for a in consejo["asientos"]) == [
        ("Paraná", "Secretaría Ejecutiva"), ("Salto", "Comisión Directiva"), ("Santa Fe", "Comisión Directiva")]
    # La sesión de junio sigue contando con la troika de ese día.
    assert orden("sesiones", "asistencia", str(sesion), como_json=True)["quorum"]["base"] == 3


def test_sin_quien_ejerza_la_secretaria_no_se_deriva_nadie(red):
    orden, _ = red
    asientos, avisos = _asientos(orden, "Comisión Directiva", "2024-06-01")
    assert asientos == []
    assert "Comisión Directiva: tiene 0 integrantes; el Estatuto, art. 14 fija 3." in avisos


def test_la_red_de_ejemplo_no_cambia(cli, copia_de_la_demo):
    """La Comisión Directiva de la demo tiene sus mandatos desde la fundación (los de cada traspaso): ningún asiento
    derivado, y la troika de hoy es la registrada."""
    hecho = cli("organos", "composicion", "Comisión Directiva", "--json", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    comp = json.loads(hecho.stdout)
    assert len(comp["asientos"]) == 3 and comp["avisos"] == []
    assert all(a["de_oficio"] is None for a in comp["asientos"])
