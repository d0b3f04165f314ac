"""El guion «Una Asamblea entera por la línea de órdenes, desde cero» (docs/referencia/asamblea-desde-cero.md), leído
de la documentación y corrido tal cual con bash: bash lee el guion (set -eu, los archivos que escribe, los bucles, las
variables) y cada `escritorio …` que alcanza lo atiende el proceso de las pruebas con la misma función de entrada, en
ese momento, con el entorno y la carpeta de ese momento (`orden_en_el_proceso`); su salida y su estado de salida
vuelven a bash, que se detiene en la primera que falla. Después, lo que el guion dejó en el registro, leído con la
misma línea de órdenes (en el proceso de las pruebas: solo lee) y en el acta impresa."""

import json
from pathlib import Path

import pytest

from ayudas import sin_traza
from cli_en_el_proceso import orden_en_el_proceso
from guion_con_bash import correr_con_bash, entorno_para, guion_de

# Todas usan lo que arma una fixture del módulo corriendo bash (tests/marcas_de_costo.py).
pytestmark = pytest.mark.proceso

GUION = Path(__file__).resolve().parents[2] / "docs" / "referencia" / "asamblea-desde-cero.md"
MARCA = "<!-- guion: asamblea-desde-cero -->"


@pytest.fixture(scope="module")
def asamblea(tmp_path_factory):
    """Corre el guion en una carpeta vacía; devuelve (carpeta, entorno de la CLI, salida del guion)."""
    carpeta = tmp_path_factory.mktemp("asamblea")
    _, entorno = entorno_para(carpeta)
    (carpeta / "asamblea.sh").write_text(guion_de(GUION, MARCA), encoding="utf-8")
    hecho = correr_con_bash(carpeta, entorno, "asamblea.sh")
    assert hecho.returncode == 0, hecho.stdout[-3000:] + hecho.stderr
    sin_traza(hecho)
    entorno["ESCRITORIO_DB"] = str(carpeta / "red.db")
    return carpeta, entorno, hecho.stdout


def escritorio(asamblea, *argumentos) -> str:
    """Una orden de lectura sobre lo que dejó el guion, en el proceso de las pruebas (`orden_en_el_proceso`: la misma
    función de entrada, el mismo entorno y la misma carpeta que un proceso); el guion ya corrió cada orden como
    proceso aparte."""
    carpeta, entorno, _ = asamblea
    hecho = orden_en_el_proceso([str(a) for a in argumentos], carpeta, entorno)
    assert hecho.returncode == 0, hecho.stderr
    return hecho.stdout


def como_json(asamblea, *argumentos):
    return json.loads(escritorio(asamblea, *argumentos, "--json"))


def quienes(asamblea, organo: str, al: str) -> dict[str, dict]:
    return {a["miembro"]: a for a in como_json(asamblea, "organos", "composicion", organo, "--al", al)["asientos"]}


def test_la_eleccion_de_la_secretaria_ejecutiva_es_el_traspaso(asamblea):
    antes = quienes(asamblea, "Secretaría Ejecutiva", "2026-11-20")
    despues = quienes(asamblea, "Secretaría Ejecutiva", "2026-11-21")
    assert list(antes) == ["Montevideo"]
    assert list(despues) == ["São Paulo"]  # un solo titular, no dos
    assert despues["São Paulo"]["hasta"] == "2027-11-20"
    assert set(quienes(asamblea, "Comisión Directiva", "2026-11-21")) == {"Montevideo", "São Paulo", "Buenos Aires"}
    # El traspaso del año que viene no queda bloqueado por la elección.
    siguiente = escritorio(asamblea, "organos", "traspaso", "--fecha", "2027-11-21", "--simular")
    assert "São Paulo → Buenos Aires" in siguiente


def test_el_consejo_electo_con_sus_cupos_y_su_presidencia(asamblea):
    consejo = quienes(asamblea, "Consejo", "2026-11-21")
    assert set(consejo) == {"São Paulo", "Rio de Janeiro", "Buenos Aires", "Córdoba", "Asunción", "San Lorenzo",
                            "Montevideo", "Paysandú", "Santiago", "La Paz"}
    assert "Salvador" not in consejo  # tercera de Brasil: el cupo del art. 13 es de dos
    assert consejo["São Paulo"]["cargo"] == "presidente"
    _, _, salida = asamblea
    assert "Se saltó a Salvador (1 voto): Brasil ya completó su cupo de 2 puestos" in salida


def test_rosario_admitida_por_la_resolucion_y_el_vinculo_en_los_dos_sentidos(asamblea):
    rosario = next(m for m in como_json(asamblea, "miembros", "listar") if m["nombre"] == "Rosario")
    assert rosario["id"] == 17 and rosario["estado"] == "activo"
    ver = como_json(asamblea, "resoluciones", "ver", "1")
    assert [e["texto"] for e in ver["efectos"]] == ["Admite a Rosario (AR) desde el 21/11/2026"]
    # No integró la sesión que la admitió: 13 de 14 con derecho a voto.
    asistencia = como_json(asamblea, "sesiones", "asistencia", "1")
    assert (asistencia["quorum"]["presentes"], asistencia["quorum"]["base"]) == (13, 14)
    assert "Rosario" not in {m["miembro"] for m in asistencia["miembros"]}


def test_la_reforma_rige_desde_la_fecha_de_su_resolucion(asamblea, tmp_path):
    ver = como_json(asamblea, "resoluciones", "ver", "2")
    assert ver["reforma_id"] is not None
    carpeta, _, _ = asamblea
    escritorio(asamblea, "estatutos", "texto", str(tmp_path / "antes.pdf"), "--al", "2026-11-20")
    escritorio(asamblea, "estatutos", "texto", str(tmp_path / "despues.pdf"), "--al", "2026-11-21")
    assert "hasta dos poderes" in texto_pdf(tmp_path / "antes.pdf")
    assert "hasta tres poderes" in texto_pdf(tmp_path / "despues.pdf")


def test_el_acta_aprobada_dice_lo_que_paso(asamblea):
    carpeta, _, _ = asamblea
    acta = texto_pdf(carpeta / "acta-asamblea-2026.pdf")
    for frase in ("Con la presencia de 13 de 14 miembros con derecho a voto se verifica el quórum",
                  "Cochabamba, por poder otorgado a Montevideo",
                  "Capiatá — sin voto: voto suspendido por cuotas impagas",
                  "se requerían 9 (dos tercios de 13 miembros presentes)",
                  "Admite a Rosario (AR) desde el 21/11/2026",
                  "Aprobada por Resolución 5/2026 de la Asamblea General de Socios"):
        assert frase in acta, frase
    assert escritorio(asamblea, "verificar").strip()  # la base (y la huella del acta) siguen sanas


def texto_pdf(ruta) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((pagina.extract_text() or "").split()) for pagina in PdfReader(ruta).pages)
