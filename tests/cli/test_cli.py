"""La línea de órdenes de punta a punta: ayuda, errores de uso, asociaciones, bases, respaldos y demo."""

import json
from collections import Counter
from pathlib import Path

import pytest

from ayudas import CREAR_RML, listar_cli as listar, sin_traza


def test_ayuda_en_castellano(cli):
    resultado = cli("--help")
    assert resultado.returncode == 0
    assert resultado.stdout.startswith("uso: escritorio")
    for texto in ("órdenes", "muestra esta ayuda y termina", "importa o actualiza miembros", "ejemplos:"):
        assert texto in resultado.stdout


def test_ayuda_de_importar_explica_las_columnas(cli):
    resultado = cli("miembros", "importar", "--help")
    assert resultado.returncode == 0
    assert "Columnas obligatorias: Nombre, País, Población" in " ".join(resultado.stdout.split())


@pytest.mark.parametrize("argumentos, detalle", [
    (("miembros",), "faltan estos argumentos obligatorios: ACCION"),
    (("frobnicar",), "opción no válida: 'frobnicar'"),
    (("asociacion", "crear", "--sigla", "X"), "faltan estos argumentos obligatorios: --nombre"),
    (("asociacion", "crear", "--nombre", "X", "--sigla", "X", "--fundacion", "11/11/1995"), "valor no válido"),
])
def test_error_de_uso_sale_con_2_y_explica(cli, tmp_path, argumentos, detalle):
    resultado = cli(*argumentos, db=tmp_path / "red.db")
    assert resultado.returncode == 2
    assert resultado.stderr.startswith("uso:")
    assert detalle in resultado.stderr
    assert "--help» para ver la ayuda" in resultado.stderr
    sin_traza(resultado)


def test_version(cli):
    resultado = cli("--version")
    assert (resultado.returncode, resultado.stdout.strip()) == (0, "Escritorio 0.1.0")


def test_crear_y_listar_asociacion(cli, tmp_path):
    ruta = tmp_path / "red.db"
    creada = cli(*CREAR_RML, db=ruta)
    assert creada.returncode == 0
    assert creada.stdout.strip() == "Asociación «Red de Municipios del Litoral» (RML) creada con id 1."

    listadas = json.loads(cli("asociacion", "listar", "--json", db=ruta).stdout)

    assert len(listadas) == 1
    rml = listadas[0]
    assert (rml["nombre"], rml["sigla"], rml["miembros"], rml["papel"]) == ("Red de Municipios del Litoral", "RML", 0, "A4")
    assert rml["paises"] == {"AR": "pleno", "UY": "asociado"}


def test_sigla_repetida_se_rechaza(cli, base_cli):
    resultado = cli(*CREAR_RML, db=base_cli)
    assert resultado.returncode == 1
    assert "Sigla: ya existe una asociación con la sigla «RML»" in resultado.stderr
    sin_traza(resultado)


def test_asociacion_con_paises_invalidos_explica_cada_uno(cli, tmp_path):
    resultado = cli("asociacion", "crear", "--nombre", "Red", "--sigla", "RED", "--paises", "Atlántida:pleno,AR:miembro",
                    db=tmp_path / "red.db")
    assert resultado.returncode == 1
    assert "Países: «Atlántida» no es un país reconocido" in resultado.stderr
    assert "categoría «miembro» para Argentina desconocida" in resultado.stderr
    assert not (tmp_path / "red.db").exists()  # datos que no sirven no crean ni siquiera la base


def test_sin_asociaciones_explica_como_empezar(cli, tmp_path):
    from escritorio.servicios.base import abrir_base

    abrir_base(tmp_path / "vacia.db").close()  # una base de Escritorio sin ninguna asociación todavía
    resultado = cli("miembros", "listar", db=tmp_path / "vacia.db")
    assert resultado.returncode == 1
    assert "escritorio demo" in resultado.stderr


def test_sin_base_explica_como_crearla_sin_crear_nada(cli, tmp_path):
    resultado = cli("miembros", "listar", db=tmp_path / "nueva.db")
    assert resultado.returncode == 1
    assert f"«escritorio --db {tmp_path / 'nueva.db'} demo»" in resultado.stderr
    assert "asociacion crear" in resultado.stderr
    assert not (tmp_path / "nueva.db").exists()


def test_verificar(cli, con_miembros):
    resultado = cli("verificar", db=con_miembros)
    assert resultado.returncode == 0
    assert "Miembros: 3" in resultado.stdout
    assert "La base de datos está sana." in resultado.stdout


def test_respaldo_y_restauracion(cli, base_cli, tmp_path):
    creado = cli("respaldo", "crear", db=base_cli)
    assert creado.returncode == 0
    copia = creado.stdout.strip().removeprefix("Respaldo creado: ")
    assert copia.startswith(str(tmp_path / "respaldos"))
    assert cli("asociacion", "crear", "--nombre", "Red del Sur", "--sigla", "RDS", db=base_cli).returncode == 0

    restaurado = cli("respaldo", "restaurar", copia, db=base_cli)

    assert restaurado.returncode == 0
    assert "La base anterior quedó guardada en" in restaurado.stdout
    siglas = [a["sigla"] for a in json.loads(cli("asociacion", "listar", "--json", db=base_cli).stdout)]
    assert siglas == ["RML"]


def test_base_de_datos_ajena_sale_con_1(cli, tmp_path):
    (tmp_path / "notas.db").write_text("no es una base", encoding="utf-8")
    resultado = cli("verificar", db=tmp_path / "notas.db")
    assert resultado.returncode == 1
    assert "no es una base de datos de Escritorio" in resultado.stderr
    sin_traza(resultado)


def test_escritorio_db_y_db_cual_manda(cli, entorno_cli, tmp_path):
    entorno = {**entorno_cli, "ESCRITORIO_DB": str(tmp_path / "del_entorno.db")}
    assert cli(*CREAR_RML, entorno=entorno).returncode == 0
    assert cli("asociacion", "crear", "--nombre", "Otra", "--sigla", "OTR", db=tmp_path / "explicita.db",
               entorno=entorno).returncode == 0

    def siglas(**donde):
        return [a["sigla"] for a in json.loads(cli("asociacion", "listar", "--json", **donde).stdout)]

    assert siglas(entorno=entorno) == ["RML"]
    assert siglas(db=tmp_path / "explicita.db", entorno=entorno) == ["OTR"]


def test_sin_db_ni_variable_usa_la_carpeta_de_datos(cli, entorno_cli):
    assert cli(*CREAR_RML).returncode == 0
    assert (Path(entorno_cli["XDG_DATA_HOME"]) / "Escritorio" / "escritorio.db").is_file()


@pytest.mark.proceso  # lanza otro programa
def test_error_inesperado_pide_disculpas_y_deja_la_traza_en_el_registro(cli, base_cli, entorno_cli):
    codigo = ("import sys, escritorio.servicios.respaldo as r\n"
              "def roto(db, **opciones): raise RuntimeError('falla de prueba')\n"
              "r.verificar = roto\n"
              "from escritorio.cli import principal\n"
              f"sys.exit(principal(['--db', {str(base_cli)!r}, 'verificar']))\n")
    resultado = cli(opciones_python=("-c", codigo))  # `-m escritorio` queda como argumentos ignorados
    registro = f"{entorno_cli['XDG_DATA_HOME']}/Escritorio/registro/escritorio.log"

    assert resultado.returncode == 1
    assert resultado.stderr.strip() == f"Lo sentimos: ocurrió un error inesperado. Los detalles quedaron en {registro}."
    with open(registro, encoding="utf-8") as archivo:
        assert "RuntimeError: falla de prueba" in archivo.read()


# --- la red de ejemplo ----------------------------------------------------------------------

def test_demo(cli, tmp_path):
    ruta = tmp_path / "demo.db"
    resultado = cli("demo", db=ruta)
    assert resultado.returncode == 0
    assert "300 miembros en 9 países" in resultado.stdout

    miembros = listar(cli, ruta)
    asociacion = json.loads(cli("asociacion", "listar", "--json", db=ruta).stdout)[0]

    assert len(miembros) == 300
    assert sum(m["fundador"] for m in miembros) == 12
    assert asociacion["paises"] == {"AR": "pleno", "BR": "pleno", "PY": "pleno", "UY": "pleno", "VE": "pleno",
                                    "CL": "asociado", "BO": "asociado", "PE": "asociado", "CO": "asociado"}
    assert set(Counter(m["pais"] for m in miembros)) == set(asociacion["paises"])
    buenos_aires = next(m for m in miembros if m["nombre"] == "Buenos Aires")
    assert buenos_aires["cargo"] == "Jefe de Gobierno"
    assert {m["cargo"] for m in miembros if m["pais"] == "BR"} == {"Prefeito"}
    assert {m["cargo"] for m in miembros if m["pais"] == "UY"} == {"Intendente"}

    otra_vez = cli("demo", db=ruta)
    assert otra_vez.returncode == 1
    assert "La red de ejemplo ya está en esta base" in otra_vez.stderr
    assert len(listar(cli, ruta)) == 300


@pytest.mark.proceso  # lanza otro programa
@pytest.mark.parametrize("argumentos", [("--help",), ("miembros", "listar")])
def test_la_cli_no_carga_qt(cli, con_miembros, argumentos):
    resultado = cli(*argumentos, db=con_miembros, opciones_python=("-X", "importtime"))
    assert resultado.returncode == 0
    assert "escritorio" in resultado.stderr  # importtime sí informó los módulos cargados
    assert "PySide6" not in resultado.stderr
