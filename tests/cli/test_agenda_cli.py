"""`escritorio agenda`: los próximos pasos con la orden que hace cada uno, en texto y en JSON; lo que rechaza; y que
cada orden que puede escribir (una por acción de dominio.agenda.ACCIONES) sea una orden de verdad del analizador,
con sus opciones. Las cifras de la red de ejemplo un día fijo, en tests/escenarios/test_proximos_pasos.py."""

import json
import shlex
from datetime import date
from types import SimpleNamespace

import pytest

from escritorio.cli import construir_analizador
from escritorio.cli.agenda import ORDENES, orden_de
from escritorio.dominio.agenda import ACCIONES, URGENCIAS, Accion, Paso

# Lo que escribe quien usa una orden con palabras en mayúsculas, para analizarla como la escribiría.
ESCRIBE = {"ID": "12", "N": "5", "HH:MM": "13:00", "SESION": "7", "TEXTO": "Se abre la sesión.",
           "ARCHIVO.p12": "firma.p12", "CARGO": "titular", "ORGANO": "Consejo", "LUGAR": "Rosario",
           "CANDIDATURA:N": "3:4", "AAAA-MM-DD": "2027-01-01", "ARCHIVO.txt": "estatuto.txt", "NOMBRE": "Consejo",
           "TIPO": "consejo", "MONEDA": "USD", "TRAMOS": "0:100", "ARCHIVO.xlsx": "padron.xlsx",
           "SERVIDOR": "smtp.ejemplo.org", "CORREO": "secretaria@ejemplo.org", "URL": "https://red.ejemplo.org"}


def test_la_agenda_de_la_red_de_ejemplo_con_la_orden_de_cada_paso(cli, copia_de_la_demo):
    hecho = cli("agenda", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    lineas = hecho.stdout.splitlines()
    assert lineas[0].startswith("Próximos pasos de RCS al ") and lineas[0].endswith(", 90 días):")
    en_json = json.loads(cli("agenda", "--json", db=copia_de_la_demo).stdout)
    assert en_json["asociacion"] == "RCS" and en_json["dias"] == 90 and en_json["pasos"]
    # Cada paso del JSON está en el texto, en su banda, con su orden debajo.
    for paso in en_json["pasos"]:
        assert set(paso) == {"clase", "fecha", "urgencia", "texto", "detalle", "accion", "orden"}
        assert paso["urgencia"] in URGENCIAS and paso["accion"]["que"] in ACCIONES
        assert f"  {paso['texto']}" in hecho.stdout
        assert f"→ {paso['orden']}" in hecho.stdout
        assert paso["orden"].startswith(f"escritorio --db {copia_de_la_demo} ")
    bandas = [linea for linea in lineas if linea and not linea.startswith(" ")][1:]
    esperadas = [f"{URGENCIAS[u]} ({sum(1 for p in en_json['pasos'] if p['urgencia'] == u)})" for u in URGENCIAS
                 if any(p["urgencia"] == u for p in en_json["pasos"])]
    assert bandas == esperadas


def test_el_horizonte_y_la_asociacion(cli, copia_de_la_demo):
    cero = json.loads(cli("agenda", "--dias", "0", "--json", "--asociacion", "RCS", db=copia_de_la_demo).stdout)
    assert cero["hoy"] == cero["hasta"]
    # Con horizonte 0 solo queda lo atrasado y lo de hoy (o lo que no tiene plazo).
    assert all(p["fecha"] is None or p["fecha"] <= cero["hoy"] for p in cero["pasos"])
    # --asociacion viaja con cada orden (para copiar y pegar en una base con varias).
    assert all(p["orden"].endswith(" --asociacion RCS") for p in cero["pasos"])


@pytest.mark.parametrize("dias, estado, mensaje", [
    ("-5", 2, "-5 está fuera de lo posible"), ("noventa", 2, "argumento --dias"),
    ("5000", 1, "Días: «5000» no es posible; escriba de 0 a 3660"),
])
def test_un_horizonte_imposible_se_rechaza(cli, copia_de_la_demo, dias, estado, mensaje):
    hecho = cli("agenda", "--dias", dias, db=copia_de_la_demo)
    assert hecho.returncode == estado and mensaje in hecho.stderr
    assert "Traceback" not in hecho.stderr


def test_una_asociacion_nueva_tiene_sus_primeros_pasos_y_ningun_paso_con_fecha(cli, ruta_db):
    """Lo que tiene por delante una asociación recién creada son sus primeros pasos (tests/cli/test_primeros_pasos_cli.py),
    no «nada pendiente» a secas; pasos con fecha todavía no tiene."""
    assert cli("asociacion", "crear", "--nombre", "Red de Municipios del Litoral", "--sigla", "RML",
               db=ruta_db).returncode == 0
    hecho = cli("agenda", db=ruta_db)
    assert hecho.returncode == 0, hecho.stderr
    assert hecho.stdout.startswith("Primeros pasos (0 de 7 hechos):\n  [ ] Cargar el estatuto")
    assert "\nPróximos pasos de RML al " in hecho.stdout and hecho.stdout.rstrip().endswith("90 días): nada pendiente.")
    assert cli("agenda", "--asociacion", "XYZ", db=ruta_db).returncode == 1


def _accion(que: str) -> Accion:
    return Accion(que, organo_id=3, organo="Comisión Directiva", sesion_id=4, otra_sesion_id=6, punto_id=9,
                  resolucion_id=11, anio=2027, fecha=date(2026, 12, 1), cargo="titular", referencia=5)


@pytest.mark.parametrize("que", sorted(ACCIONES))
def test_cada_accion_se_escribe_como_una_orden_que_existe(que):
    """Con las palabras en mayúsculas reemplazadas por lo que escribiría quien la usa, el analizador de verdad la
    acepta entera (orden, argumentos y opciones) y la lleva a su función."""
    assert set(ORDENES) == ACCIONES
    args = SimpleNamespace(db="red.db", asociacion="RCS")
    texto = orden_de(args, Paso("sesion", date(2026, 12, 1), "…", _accion(que)))
    palabras = [ESCRIBE.get(p, p) for p in shlex.split(texto)]
    assert palabras[:3] == ["escritorio", "--db", "red.db"] and palabras[-2:] == ["--asociacion", "RCS"]
    orden = palabras[3]
    analizado = construir_analizador(orden).parse_args(palabras[1:])
    assert callable(analizado.funcion)


def test_aprobar_un_acta_segun_lo_que_ya_se_hizo():
    args = SimpleNamespace(db=None, asociacion=None)
    con = lambda **datos: orden_de(args, Paso("acta", None, "…", Accion("aprobar_acta", sesion_id=4, **datos)))  # noqa: E731
    assert con() == "escritorio sesiones punto-aprobacion-acta 4 --en SESION"
    assert con(otra_sesion_id=6) == "escritorio sesiones punto-aprobacion-acta 4 --en 6"
    assert con(otra_sesion_id=6, punto_id=9) == "escritorio sesiones votar 9 --a-favor N"
    assert con(otra_sesion_id=6, punto_id=9, resolucion_id=11) == "escritorio sesiones aprobar-acta 4 --resolucion 11"
