"""Los datos abiertos del sitio en OParl 1.1 (issue 45 §3): cada objeto, también los anidados, cumple el esquema
oficial (tests/oparl/esquemas: los de OParl/spec en la versión v1.1.1, commit 71ca6a4, con su licencia CC BY-SA
4.0), cada objeto se puede pedir por su `id` (un archivo del sitio dice ese mismo id) y cada dirección que nombra
lleva a algo del sitio. Sin dirección pública no hay OParl: sus identidades son direcciones."""

import json
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft4Validator, FormatChecker

from escritorio.servicios.asociaciones import editar_asociacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.publicacion import publicar

BASE = "https://redsur.ejemplo.org/transparencia"
ESQUEMAS = Path(__file__).parent / "esquemas"
TIPOS = {"System", "Body", "Organization", "Membership", "Person", "Meeting", "AgendaItem", "Paper", "Consultation",
         "File", "LegislativeTerm", "Location"}

formatos = FormatChecker()


@formatos.checks("url")
def _url(valor) -> bool:
    partes = urlsplit(valor)
    return partes.scheme in ("http", "https") and bool(partes.netloc)


@formatos.checks("date")
def _fecha(valor) -> bool:
    return date.fromisoformat(valor) is not None


@formatos.checks("date-time")
def _fecha_y_hora(valor) -> bool:
    return datetime.fromisoformat(valor).tzinfo is not None   # RFC 3339: con su zona


VALIDADORES = {t: Draft4Validator(json.loads((ESQUEMAS / f"{t}.json").read_text(encoding="utf-8")),
                                  format_checker=formatos) for t in TIPOS}


def _objetos(valor):
    """Cada objeto OParl dentro de `valor` (él mismo, los de una lista y los anidados)."""
    if isinstance(valor, dict):
        if str(valor.get("type", "")).startswith("https://schema.oparl.org/1.1/"):
            yield valor
        for hijo in valor.values():
            yield from _objetos(hijo)
    elif isinstance(valor, list):
        for hijo in valor:
            yield from _objetos(hijo)


@pytest.fixture(scope="module")
def sitio(demo_creada_por_la_cli, tmp_path_factory):
    """La red de ejemplo publicada con la dirección pública una vez en el módulo, en su copia: las pruebas que la
    piden solo leen el sitio."""
    from escritorio.servicios.base import abrir_base

    carpeta = tmp_path_factory.mktemp("oparl")
    copia = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, copia)
    db = abrir_base(copia)
    try:
        contexto = Contexto(db, 1)
        editar_asociacion(contexto, direccion_publica=BASE)
        publicar(contexto, carpeta / "sitio")
    finally:
        db.close()
    return carpeta / "sitio"


def test_cada_objeto_cumple_el_esquema_oficial_de_oparl_1_1(sitio):
    archivos = sorted((sitio / "oparl").rglob("*.json"))
    vistos: dict[str, int] = {}
    for archivo in archivos:
        for objeto in _objetos(json.loads(archivo.read_text(encoding="utf-8"))):
            tipo = objeto["type"].rsplit("/", 1)[-1]
            errores = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in VALIDADORES[tipo].iter_errors(objeto)]
            assert not errores, f"{archivo.relative_to(sitio)} ({tipo}): {errores[:5]}"
            vistos[tipo] = vistos.get(tipo, 0) + 1
    # la red de ejemplo tiene de todo: la asociación, órganos y ciudades, mandatos con sus personas, sesiones con su
    # orden del día y el acta, resoluciones con la sesión que las adoptó, la sede
    assert set(vistos) >= {"System", "Body", "Organization", "Membership", "Person", "Meeting", "AgendaItem", "Paper",
                           "Consultation", "File", "Location"}, vistos


def test_cada_objeto_se_pide_por_su_id_y_cada_direccion_lleva_a_algo_del_sitio(sitio):
    por_id = {}
    for archivo in (sitio / "oparl").rglob("*.json"):
        contenido = json.loads(archivo.read_text(encoding="utf-8"))
        if "id" in contenido:
            por_id[contenido["id"]] = archivo
    assert f"{BASE}/oparl/system.json" in por_id
    for archivo in (sitio / "oparl").rglob("*.json"):
        contenido = json.loads(archivo.read_text(encoding="utf-8"))
        for objeto in _objetos(contenido):
            assert objeto["id"] in por_id, f"{objeto['id']} no es un archivo del sitio"
            assert json.loads(por_id[objeto["id"]].read_text(encoding="utf-8"))["id"] == objeto["id"]
        for direccion in _direcciones(contenido):
            assert direccion.startswith(BASE + "/"), direccion
            assert (sitio / direccion[len(BASE) + 1:]).is_file(), f"{archivo.relative_to(sitio)}: {direccion}"


def _direcciones(valor):
    if isinstance(valor, dict):
        for hijo in valor.values():
            yield from _direcciones(hijo)
    elif isinstance(valor, list):
        for hijo in valor:
            yield from _direcciones(hijo)
    elif isinstance(valor, str) and valor.startswith("https://") and "schema.oparl.org" not in valor:
        yield valor


def test_el_mandato_dice_la_ciudad_la_persona_el_cargo_y_el_voto(sitio):
    organizaciones = json.loads((sitio / "oparl" / "organizations.json").read_text(encoding="utf-8"))["data"]
    consejo = next(o for o in organizaciones if o["name"] == "Consejo")
    assert consejo["organizationType"] == "Gremium"
    assert consejo["subOrganizationOf"] == f"{BASE}/oparl/organization/organo-1.json"
    rosario = next(o for o in organizaciones if o["name"] == "Rosario")
    assert rosario["organizationType"] == "Institution"
    membresias = [json.loads((sitio / m[len(BASE) + 1:]).read_text(encoding="utf-8")) for m in consejo["membership"]]
    assert membresias and all(m["organization"] == consejo["id"] for m in membresias)
    assert any(m.get("onBehalfOf") and m.get("person") and m.get("role") for m in membresias)
    reunion = json.loads((sitio / "oparl" / "meeting" / "3.json").read_text(encoding="utf-8"))
    assert [p["name"] for p in reunion["agendaItem"]][0] == "Reforma del artículo 21 del Estatuto (poderes)"
    pdf = (sitio / "actas" / "acta-3.pdf").read_bytes()
    assert reunion["verbatimProtocol"]["size"] == len(pdf)
    import hashlib

    assert reunion["verbatimProtocol"]["sha512Checksum"] == hashlib.sha512(pdf).hexdigest()


def test_sin_direccion_publica_no_hay_oparl(demo_db, tmp_path):
    publicar(Contexto(demo_db, 1), tmp_path / "sitio")
    assert not (tmp_path / "sitio" / "oparl").exists()
    assert "OParl" not in (tmp_path / "sitio" / "index.html").read_text(encoding="utf-8")


def test_la_ciudad_que_se_fue_de_la_red_tiene_su_fecha_de_baja(sitio):
    """Viamão se fue de la red el 01/11/2019 (el sitio lo dice: «Baja»): en OParl su Organization termina ese día,
    no queda como miembro vigente; una ciudad activa no tiene fecha de fin."""
    organizaciones = json.loads((sitio / "oparl" / "organizations.json").read_text(encoding="utf-8"))["data"]
    viamao = next(o for o in organizaciones if o["name"] == "Viamão")
    assert viamao["endDate"] == "2019-11-01"
    rosario = next(o for o in organizaciones if o["name"] == "Rosario")
    assert "endDate" not in rosario


def test_una_hora_imposible_escrita_por_otro_programa_no_impide_publicar(demo_db, tmp_path):
    """Con sqlite3 alguien dejó una sesión a las «29:59» (el CHECK de la tabla solo mira la forma): publicar ya no
    termina en «Lo sentimos…»; esa reunión sale sin comienzo en OParl y las demás, con el suyo."""
    contexto = Contexto(demo_db, 1)
    editar_asociacion(contexto, direccion_publica=BASE)
    for (sesion,) in demo_db.execute("SELECT id FROM sesiones WHERE hora IS NOT NULL ORDER BY id DESC").fetchall():
        try:   # la de un acta aprobada no se deja cambiar (sus disparadores): la primera que sí
            demo_db.execute("UPDATE sesiones SET hora = '29:59' WHERE id = ?", [sesion])
            break
        except sqlite3.IntegrityError:
            continue
    publicar(contexto, tmp_path / "sitio")
    reunion = json.loads((tmp_path / "sitio" / "oparl" / "meeting" / f"{sesion}.json").read_text(encoding="utf-8"))
    assert reunion.get("start") is None
    otras = [json.loads(r.read_text(encoding="utf-8")) for r in (tmp_path / "sitio" / "oparl" / "meeting").glob("*.json")]
    assert any(_fecha_y_hora(r.get("start")) for r in otras if r.get("start"))


def test_dos_personas_del_mismo_nombre_de_ciudades_distintas_son_dos(demo_db, tmp_path):
    """Antes una `Person` era un nombre: dos «María González», de Rosario y de Salto, quedaban en una sola persona
    con los mandatos de las dos. Ahora son dos; la misma persona por la misma ciudad en varios órganos sigue siendo una."""
    contexto = Contexto(demo_db, 1)
    editar_asociacion(contexto, direccion_publica=BASE)
    cambiados = []
    for mandato, miembro in demo_db.execute("SELECT id, miembro_id FROM mandatos WHERE miembro_id IS NOT NULL "
                                            "AND hasta IS NULL ORDER BY id").fetchall():
        if miembro in {m for _, m in cambiados}:
            continue
        try:
            demo_db.execute("UPDATE mandatos SET persona = 'María González' WHERE id = ?", [mandato])
        except sqlite3.IntegrityError:
            continue
        cambiados.append((mandato, miembro))
        if len(cambiados) == 2:
            break
    assert len(cambiados) == 2
    publicar(contexto, tmp_path / "sitio")
    personas = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "sitio" / "oparl" / "person").glob("*.json")]
    gonzalez = [p for p in personas if p["name"] == "María González"]
    assert len(gonzalez) == 2
    assert sorted(len(p["membership"]) for p in gonzalez) == [1, 1]


def test_la_organization_de_un_organo_dice_cuando_se_creo_y_cuando_se_disolvio(demo_db, tmp_path):
    """Issue 66, §4: el Consejo lo creó el estatuto en 1995 y la UT Turismo se disolvió ayer: sus Organization
    llevan startDate y endDate (con el esquema oficial), y la página del órgano lo dice; uno sin fechas, ninguna."""
    from datetime import timedelta

    from escritorio.servicios.vida_de_los_organos import disolver, fijar_creacion

    contexto = Contexto(demo_db, 1)
    editar_asociacion(contexto, direccion_publica=BASE)
    ayer = date.today() - timedelta(days=1)
    fijar_creacion(contexto, 2, date(1995, 11, 11), "Estatuto, art. 13")
    disolver(contexto, 20, ayer, "Resolución 4/2026")
    publicar(contexto, tmp_path / "sitio")
    organizaciones = {o["name"]: o for o in json.loads(
        (tmp_path / "sitio" / "oparl" / "organizations.json").read_text(encoding="utf-8"))["data"]}
    assert organizaciones["Consejo"]["startDate"] == "1995-11-11" and "endDate" not in organizaciones["Consejo"]
    assert organizaciones["UT Turismo"]["endDate"] == ayer.isoformat()
    assert "startDate" not in organizaciones["UT Cultura"] and "endDate" not in organizaciones["UT Cultura"]
    for nombre in ("Consejo", "UT Turismo"):
        assert not list(VALIDADORES["Organization"].iter_errors(organizaciones[nombre]))
    pagina = (tmp_path / "sitio" / "organos" / "20.html").read_text(encoding="utf-8")
    assert "Disuelto el" in pagina and "Resolución 4/2026" in pagina and "ya no tiene integrantes" in pagina
    assert "Creado el" in (tmp_path / "sitio" / "organos" / "2.html").read_text(encoding="utf-8")
