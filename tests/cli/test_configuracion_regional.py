"""La configuración regional de la máquina, leída de verdad: la CLI como proceso con LC_ALL de una localización que
la biblioteca de C tiene compilada (localedef en una carpeta de la prueba, LOCPATH), como en Windows la «Región».

En una oficina de México (punto decimal) «--monto 1,234» es mil doscientos treinta y cuatro y la lista lo muestra
«USD 1,234.00»; en una de la Argentina (coma decimal) el mismo texto es 1,234 y se rechaza por decimales de más. El
recibo en PDF, que leen otros, sigue en castellano de la región en las dos."""

import shutil
import subprocess

import pytest

pytestmark = pytest.mark.proceso


@pytest.fixture(scope="module")
def localizaciones(tmp_path_factory):
    if not shutil.which("localedef") or not shutil.which("pdftotext"):
        pytest.skip("sin localedef (paquete locales) o pdftotext (poppler-utils)")
    carpeta = tmp_path_factory.mktemp("localizaciones")
    for nombre in ("es_MX", "es_AR", "en_US"):
        hecho = subprocess.run(["localedef", "-i", nombre, "-f", "UTF-8", str(carpeta / f"{nombre}.UTF-8")],
                               capture_output=True, text=True)
        if hecho.returncode not in (0, 1):   # 1: avisos, la localización queda hecha
            pytest.skip(f"localedef no pudo compilar {nombre}: {hecho.stderr[-300:]}")
    return carpeta


def _en(localizaciones, entorno: dict, nombre: str) -> dict:
    return {**entorno, "LOCPATH": str(localizaciones), "LC_ALL": f"{nombre}.UTF-8", "ESCRITORIO_FORMATO_REGIONAL": "sistema"}


@pytest.fixture
def base_con_un_miembro(cli, tmp_path):
    base = tmp_path / "r.db"
    assert cli("asociacion", "crear", "--nombre", "Red", "--sigla", "R", "--paises", "Argentina:pleno",
               db=base).returncode == 0
    (tmp_path / "p.csv").write_text("Nombre;País;Población;Ingreso\nVilla Uno;AR;1234567;2020-04-03\n",
                                    encoding="utf-8")
    assert cli("miembros", "importar", tmp_path / "p.csv", db=base).returncode == 0
    return base


def test_punto_decimal_en_mexico_coma_en_la_argentina(cli, entorno_cli, localizaciones, base_con_un_miembro,
                                                       tmp_path):
    base = base_con_un_miembro
    pago = ("pagos", "registrar", "--miembro", "1", "--monto", "1,234", "--moneda", "USD", "--fecha", "2026-11-01")
    argentina = cli(*pago, db=base, entorno=_en(localizaciones, entorno_cli, "es_AR"), proceso_real=True)
    assert argentina.returncode != 0
    assert "más decimales de los que admite USD" in argentina.stdout + argentina.stderr
    mexico = cli(*pago, db=base, entorno=_en(localizaciones, entorno_cli, "es_MX"), proceso_real=True)
    assert mexico.returncode == 0, mexico.stderr
    assert "queda USD 1,234.00 a favor" in mexico.stdout
    lista = cli("pagos", "listar", db=base, entorno=_en(localizaciones, entorno_cli, "es_AR"), proceso_real=True)
    assert "USD 1.234,00" in lista.stdout
    miembros = cli("miembros", "listar", db=base, entorno=_en(localizaciones, entorno_cli, "en_US"),
                   proceso_real=True)
    assert "1,234,567" in miembros.stdout

    recibo = cli("pagos", "recibo", "1", tmp_path / "r.pdf", db=base,
                 entorno=_en(localizaciones, entorno_cli, "en_US"), proceso_real=True)
    assert recibo.returncode == 0, recibo.stderr
    texto = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                           text=True).stdout
    assert "USD 1.234,00" in texto and "01/11/2026" in texto
    assert "1,234.00" not in texto and "11/01/2026" not in texto


def test_formato_regional_idioma_deja_de_lado_la_maquina(cli, entorno_cli, localizaciones, base_con_un_miembro):
    """Una PC prestada, en inglés de Estados Unidos: ESCRITORIO_FORMATO_REGIONAL=idioma muestra lo de la región."""
    entorno = {**_en(localizaciones, entorno_cli, "en_US"), "ESCRITORIO_FORMATO_REGIONAL": "idioma"}
    miembros = cli("miembros", "listar", db=base_con_un_miembro, entorno=entorno, proceso_real=True)
    assert "1.234.567" in miembros.stdout
