"""Observadores por la línea de órdenes (issue 80, §1), en la red de ejemplo de un archivo y en la subida al servidor:
«miembros calidad» registra la calidad con su fecha y muestra su historia; en la Asamblea un observador —por su país o
por su calidad— figura presente sin voto y no cuenta para el quórum; no ocupa un cargo con voto; el cargo observador
no vota sin que nadie lo diga (como en la ventana) y con --con-voto se rechaza."""

from datetime import timedelta

import pytest

from ayudas import en_json, hecho, turno_siguiente_de_la_se

# Un traspaso tardío de la Secretaría Ejecutiva: 19 días después de que termina el turno en curso de la demo.
TRASPASO = turno_siguiente_de_la_se() + timedelta(days=19)

# Bahía Blanca (18) y Buenos Aires (1), argentinas; Cochabamba (57), boliviana; Chimbas (52), argentina, la que se
# admite como observadora (tests/contenido_de_la_demo.py fija la red).
BAHIA, BUENOS_AIRES, COCHABAMBA, CHIMBAS = 18, 1, 57, 52


@pytest.fixture
def base(motor, request):
    return request.getfixturevalue("copia_de_la_demo" if motor == "sqlite" else "demo_en_el_servidor")


@pytest.mark.parametrize("motor", ["sqlite", "postgresql"])
def test_la_calidad_de_observador_por_la_linea_de_ordenes(cli, base, motor):
    hecho(cli("asociacion", "pais", "BO", "--categoria", "observador", "--desde", "2020-01-01", db=base))
    assert hecho(cli("miembros", "calidad", CHIMBAS, db=base)).stdout == "Chimbas: miembro pleno.\n"
    registrada = hecho(cli("miembros", "calidad", CHIMBAS, "observador", "--desde", "2026-01-01", "--motivo",
                           "Resolución 3/2026", db=base))
    assert registrada.stdout.startswith("Chimbas: observador desde el 01/01/2026 (Resolución 3/2026).")
    historia = en_json(cli("miembros", "calidad", CHIMBAS, "--json", db=base))
    assert (historia["hoy"], historia["historia"]) == (
        "observador", [{"calidad": "observador", "desde": "2026-01-01", "motivo": "Resolución 3/2026"}])
    assert en_json(cli("miembros", "calidad", COCHABAMBA, "--json", db=base))["por_su_pais"] is True
    # mal escrita: el mensaje del programa, nada guardado
    sin_motivo = hecho(cli("miembros", "calidad", BAHIA, "observador", "--desde", "2026-01-01", db=base), 2)
    assert "registrar una calidad pide --desde AAAA-MM-DD y --motivo TEXTO" in sin_motivo.stderr
    assert en_json(cli("miembros", "calidad", BAHIA, "--json", db=base))["historia"] == []

    asientos = {a["miembro_id"]: a for a in en_json(cli("organos", "composicion", "Asamblea General de Socios",
                                                        "--json", db=base))["asientos"]}
    for observador in (CHIMBAS, COCHABAMBA):
        assert (asientos[observador]["cargo"], asientos[observador]["con_voto"]) == ("observador", False)
    assert asientos[BAHIA]["con_voto"] is True


@pytest.mark.parametrize("motor", ["sqlite", "postgresql"])
def test_un_observador_presente_no_cuenta_para_el_quorum_ni_ocupa_un_cargo_con_voto(cli, base, motor):
    hecho(cli("asociacion", "pais", "BO", "--categoria", "observador", "--desde", "2020-01-01", db=base))
    sesion = en_json(cli("sesiones", "convocar", "Asamblea General de Socios", "--fecha", "2026-12-15", "--hora",
                         "10:00", "--lugar", "Rosario", "--convocada-el", "2026-11-01", "--json", db=base))["id"]
    marcas = en_json(cli("sesiones", "asistencia", sesion, "--presentes", f"{BUENOS_AIRES},{BAHIA},{COCHABAMBA}",
                         "--json", db=base))
    assert marcas["registradas"] == 3
    cochabamba = next(m for m in marcas["miembros"] if m["miembro_id"] == COCHABAMBA)
    assert (cochabamba["estado"], cochabamba["con_voto"], cochabamba["observador"]) == ("presente", False, True)
    assert marcas["quorum"]["presentes"] == 2   # los dos argentinos; el observador no cuenta
    assert "Presentes: 2 (y 1 observador, sin voto)" in hecho(cli("sesiones", "asistencia", sesion, db=base)).stdout

    presidente = hecho(cli("organos", "designar", "Comisión Directiva", "--miembro", COCHABAMBA, "--cargo",
                           "presidente", "--desde", "2026-12-20", db=base), 1)
    assert ("Cochabamba no puede ocupar un cargo en Comisión Directiva como presidente: es observador el "
            "20/12/2026") in " ".join(presidente.stderr.split())
    observador = en_json(cli("organos", "designar", "Consejo", "--miembro", COCHABAMBA, "--cargo", "observador",
                             "--desde", "2026-12-20", "--json", db=base))
    assert observador["con_voto"] is False   # la omisión del cargo, la misma que en la ventana
    con_voto = hecho(cli("organos", "designar", "Consejo", "--miembro", COCHABAMBA, "--cargo", "observador",
                         "--con-voto", "--desde", "2026-12-21", db=base), 1)
    assert "Un observador asiste y habla sin voto" in con_voto.stderr


@pytest.mark.parametrize("motor", ["sqlite", "postgresql"])
def test_el_traspaso_no_va_a_un_observador_y_nombra_a_quien_asume(cli, base, motor):
    """Issue 80, §3: el traspaso pregunta la regla de una designación antes de escribir; --persona nombra a quien
    asume en nombre de la ciudad (la composición lo dice)."""
    hecho(cli("asociacion", "pais", "BO", "--categoria", "observador", "--desde", "2020-01-01", db=base))
    antes = en_json(cli("organos", "mandatos", "Secretaría Ejecutiva", "--json", db=base))
    rechazado = hecho(cli("organos", "traspaso", "--fecha", TRASPASO, "--entrante", COCHABAMBA, db=base), 1)
    assert ("Cochabamba no puede recibir el traspaso en Secretaría Ejecutiva como titular: es observador el "
            f"{TRASPASO:%d/%m/%Y}") in " ".join(rechazado.stderr.split())
    assert en_json(cli("organos", "mandatos", "Secretaría Ejecutiva", "--json", db=base)) == antes
    hecho(cli("organos", "traspaso", "--fecha", TRASPASO, "--entrante", BUENOS_AIRES, "--persona", "Jorge Macri",
              db=base))
    [asiento] = en_json(cli("organos", "composicion", "Secretaría Ejecutiva", "--al", TRASPASO, "--json",
                            db=base))["asientos"]
    assert (asiento["miembro_id"], asiento["persona"], asiento["cargo"]) == (BUENOS_AIRES, "Jorge Macri", "titular")


@pytest.mark.parametrize("motor", ["sqlite", "postgresql"])
def test_sin_reeleccion_inmediata_por_la_linea_de_ordenes(cli, base, motor):
    """Issue 80, §3: la regla «limite_de_mandatos --seguidos 1» impide designar de nuevo a quien sale."""
    hecho(cli("organos", "crear", "--nombre", "Comité de la Cumbre", "--tipo", "comite_ejecutivo", db=base))
    hecho(cli("organos", "regla-composicion", "Comité de la Cumbre", "limite_de_mandatos", "--seguidos", "1",
              "--articulo", "Estatuto, art. 20", db=base))
    hecho(cli("organos", "designar", "Comité de la Cumbre", "--miembro", BAHIA, "--desde", "2024-12-01", "--hasta",
              "2026-11-30", db=base))
    otra_vez = hecho(cli("organos", "designar", "Comité de la Cumbre", "--miembro", BAHIA, "--desde", "2026-12-01",
                         db=base), 1)
    assert ("Bahía Blanca no puede ocupar un cargo en Comité de la Cumbre el 01/12/2026: ya cumplió 1 mandato desde "
            "el 01/12/2024, y la regla de composición dice sin reelección inmediata (Estatuto, art. 20).") in " ".join(
        otra_vez.stderr.split())
    hecho(cli("organos", "designar", "Comité de la Cumbre", "--miembro", BUENOS_AIRES, "--desde", "2026-12-01",
              db=base))
