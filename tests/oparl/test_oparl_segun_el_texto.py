"""Los datos abiertos OParl contra el TEXTO de la especificación 1.1 (issue 62 §3), no solo contra sus esquemas
JSON: el texto exige campos que los esquemas no marcan como requeridos (`created` y `modified` en todo objeto, las
seis listas nuevas del Body…). Fuente: OParl/spec, etiqueta v1.1.1: src/2-04-json-ausgabe.md (formatos),
src/2-05-objektlisten-und-paginierung.md (listas), src/3-00-schema.md, src/3-01-eigenschaften-mit-verwendung-in-
mehreren-objekttypen.md (§3.1: created, modified), src/4-01-oparl-1-1.md y schema/strings.yml (las
descripciones de cada tipo, donde dice «ZWINGEND» o «muss … wenn … einzeln abgerufen»).

La demo se publica una vez en el módulo con la CLI como proceso real; la prueba de estabilidad trabaja en su
copia. Las fechas son las de la bitácora: dos publicaciones sin nada nuevo dan los mismos bytes, y un cambio mueve
solo el `modified` de lo que cambió."""

import json
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from jsonschema import Draft4Validator

from cli_en_el_proceso import entorno_aislado

BASE = "https://redsur.ejemplo.org/transparencia"
TIPO = "https://schema.oparl.org/1.1/"

# Lo que el texto exige de cada tipo además de lo que su esquema requiere (id y type, y los pocos que marca).
TODOS = ("created", "modified")   # §3.1 «created»/«modified»: «muss in allen Objekttypen angegeben werden», también
#                                   en los objetos anidados («Neu in OParl 1.1»); §4.1: «für alle Objekte zwingend».
TEXTO = {
    "System": TODOS,
    # strings.yml, Body.properties.{agendaItem,consultation,file,membership,locationList,legislativeTermList}:
    # «**ZWINGEND** Link zur Objektliste … Neu in OParl 1.1» (y §4.1: «sechs neue externe Objektlisten in Body»).
    "Body": TODOS + ("agendaItem", "consultation", "file", "membership", "locationList", "legislativeTermList"),
    "Organization": TODOS,
    "Person": TODOS,
    "Membership": TODOS,
    "Meeting": TODOS,
    "AgendaItem": TODOS,
    "Paper": TODOS,
    "Consultation": TODOS,
    "File": TODOS,
    "Location": TODOS,
    "LegislativeTerm": TODOS,
}
# strings.yml: la referencia al padre «muss» ir cuando el objeto se pide solo (no anidado).
AL_PEDIRLO_SOLO = {
    "AgendaItem": ("meeting",),                      # AgendaItem.properties.meeting
    "Consultation": ("paper", "meeting"),            # Consultation.properties.paper / .meeting (y agendaItem, si hay)
    # Membership.properties.person: «Rückreferenz auf Person, welches nur dann ausgegeben werden muss, wenn das
    # Membership-Objekt einzeln abgerufen wird» (en la Person va anidado sin ella).
    "Membership": ("person",),
}
# §2.4 «Datums- und Zeitangaben»: date-time «muss in der Form yyyy-mm-ddThh:mm:ss±hh:mm», date «yyyy-mm-dd».
FECHA_Y_HORA = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
FECHA = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CAMPOS_FECHA_Y_HORA = {"created", "modified", "start", "end", "licenseValidSince"}
CAMPOS_FECHA = {"startDate", "endDate", "date"}
# Las listas externas del Body y el tipo de lo que tiene cada una (§2.5: «Jede Listenseite muss … data, pagination,
# links enthalten»).
LISTAS_DEL_BODY = {"organization": "Organization", "person": "Person", "meeting": "Meeting", "paper": "Paper",
                   "agendaItem": "AgendaItem", "consultation": "Consultation", "file": "File",
                   "membership": "Membership", "locationList": "Location", "legislativeTermList": "LegislativeTerm"}


def _cli(carpeta: Path, *argumentos) -> str:
    hecho = subprocess.run([sys.executable, "-m", "escritorio", *map(str, argumentos)], cwd=carpeta,
                           env=entorno_aislado(carpeta), capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert hecho.returncode == 0, (hecho.stdout, hecho.stderr)
    assert "Traceback" not in hecho.stderr
    return hecho.stdout


def _publicar(carpeta: Path, base: Path, sitio: Path) -> str:
    return _cli(carpeta, "--db", base, "publicar", sitio)


@pytest.fixture(scope="module")
def publicada(demo_creada_por_la_cli, tmp_path_factory):
    """(carpeta, base, sitio): la demo con dirección pública, publicada una vez por la CLI."""
    carpeta = tmp_path_factory.mktemp("oparl_texto")
    base = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, base)
    _cli(carpeta, "--db", base, "asociacion", "editar", "--direccion-publica", BASE)
    _publicar(carpeta, base, carpeta / "sitio")
    return carpeta, base, carpeta / "sitio"


def _leer(sitio: Path) -> dict[str, dict]:
    return {str(r.relative_to(sitio)): json.loads(r.read_text(encoding="utf-8"))
            for r in sorted((sitio / "oparl").rglob("*.json"))}


def _tipo(objeto: dict) -> str | None:
    tipo = objeto.get("type") if isinstance(objeto, dict) else None
    return tipo[len(TIPO):] if isinstance(tipo, str) and tipo.startswith(TIPO) else None


def _objetos(valor, solo: bool):
    """(objeto, si se pide solo) de cada objeto OParl en `valor`: el de arriba de un archivo se pide solo; los de
    una lista y los anidados, no."""
    if isinstance(valor, dict):
        if _tipo(valor):
            yield valor, solo
        for hijo in valor.values():
            yield from _objetos(hijo, False)
    elif isinstance(valor, list):
        for hijo in valor:
            yield from _objetos(hijo, False)


def _por_id(archivos: dict[str, dict]) -> dict[str, dict]:
    """Cada objeto que se pide solo, por su id."""
    return {o["id"]: o for o in archivos.values() if _tipo(o)}


def test_cada_objeto_tiene_lo_que_el_texto_exige_con_su_formato(publicada):
    _, _, sitio = publicada
    archivos = _leer(sitio)
    vistos: dict[str, int] = {}
    faltas = []
    for ruta, contenido in archivos.items():
        for objeto, solo in _objetos(contenido, True):
            tipo = _tipo(objeto)
            vistos[tipo] = vistos.get(tipo, 0) + 1
            exigidos = TEXTO[tipo] + (AL_PEDIRLO_SOLO.get(tipo, ()) if solo else ())
            faltas += [f"{ruta}: {objeto['id']} sin {campo}" for campo in exigidos
                       if objeto.get(campo) in (None, "", [])]
            for campo in CAMPOS_FECHA_Y_HORA & objeto.keys():
                assert FECHA_Y_HORA.match(objeto[campo]), (ruta, campo, objeto[campo])
                assert datetime.fromisoformat(objeto[campo]).tzinfo is not None
            for campo in CAMPOS_FECHA & objeto.keys():
                assert FECHA.match(objeto[campo]), (ruta, campo, objeto[campo])
            if "created" in objeto and "modified" in objeto:
                assert datetime.fromisoformat(objeto["created"]) <= datetime.fromisoformat(objeto["modified"]), (
                    ruta, objeto["id"])
    assert not faltas, faltas[:10]
    # La demo publica cada tipo salvo LegislativeTerm (la asociación no tiene legislaturas: su lista va vacía).
    assert set(vistos) == set(TEXTO) - {"LegislativeTerm"}, vistos
    assert sum(vistos.values()) > 1000


def test_cada_lista_del_body_tiene_todos_los_objetos_de_su_tipo(publicada):
    _, _, sitio = publicada
    archivos = _leer(sitio)
    cuerpo = archivos["oparl/body.json"]
    por_id = _por_id(archivos)
    for campo, tipo in LISTAS_DEL_BODY.items():
        ruta = "oparl/" + cuerpo[campo].rsplit("/oparl/", 1)[1]
        lista = archivos[ruta]
        assert {"data", "pagination", "links"} <= lista.keys(), ruta
        assert lista["pagination"]["totalElements"] == len(lista["data"])
        assert all(_tipo(o) == tipo for o in lista["data"]), ruta
        # Cada objeto de ese tipo que se puede pedir por su id está en la lista, igual a como se lo pide.
        esperados = {i for i, o in por_id.items() if _tipo(o) == tipo}
        assert {o["id"] for o in lista["data"]} == esperados, campo
        assert all(o == por_id[o["id"]] for o in lista["data"]), campo
    assert archivos["oparl/system.json"]["body"].endswith("/oparl/bodies.json")


def test_el_orden_del_punto_es_su_lugar_en_la_sesion_desde_cero(publicada):
    """strings.yml, AgendaItem.properties.order: «wenn alle Tagesordnungspunkte von 0 an durchgehend numeriert
    werden. Diese Nummer entspricht der Position in Meeting:agendaItem»."""
    _, _, sitio = publicada
    archivos = _leer(sitio)
    reuniones = [o for o in archivos.values() if _tipo(o) == "Meeting"]
    assert any(r.get("agendaItem") for r in reuniones)
    for reunion in reuniones:
        assert [p["order"] for p in reunion.get("agendaItem", [])] == list(range(len(reunion.get("agendaItem", []))))
    # La Consultation dice en qué punto se adoptó la resolución (si la base lo sabe), un punto de su sesión.
    por_id = _por_id(archivos)
    consultas = [o for o in por_id.values() if _tipo(o) == "Consultation"]
    assert consultas and all(c.get("agendaItem") for c in consultas)
    for consulta in consultas:
        assert por_id[consulta["agendaItem"]]["meeting"] == consulta["meeting"]


def test_el_objeto_anidado_no_repite_a_su_padre_y_el_pedido_solo_si(publicada):
    """§3 «Die Objekte»: «Bei der internen Ausgabe wird beim internen Objekt auf die Rückreferenz auf das
    Elternobjekt verzichtet»; pedido por su id, la lleva (strings.yml: AgendaItem.meeting, Consultation.paper,
    File.meeting «nur dann … wenn … einzeln abgerufen»)."""
    _, _, sitio = publicada
    por_id = _por_id(_leer(sitio))
    anidados = {("Meeting", "agendaItem"): "meeting", ("Meeting", "verbatimProtocol"): "meeting",
                ("Paper", "consultation"): "paper", ("Person", "membership"): "person",
                ("Meeting", "location"): "meetings", ("Body", "location"): "bodies"}
    vistos = set()
    for padre in por_id.values():
        for (tipo, campo), referencia in anidados.items():
            if _tipo(padre) != tipo or campo not in padre:
                continue
            hijos = padre[campo] if isinstance(padre[campo], list) else [padre[campo]]
            for hijo in hijos:
                vistos.add((tipo, campo))
                assert referencia not in hijo, (padre["id"], campo)
                solo = por_id[hijo["id"]]
                assert padre["id"] in (solo[referencia] if isinstance(solo[referencia], list) else [solo[referencia]])
                assert {k: v for k, v in solo.items() if k != referencia} == hijo
    assert vistos == set(anidados)


def test_cada_mandato_tiene_su_persona_y_la_que_no_se_nombra_es_la_representacion_de_su_miembro(publicada):
    """Membership.person, pedido solo, «muss» ir (strings.yml). El mandato lo ocupa un miembro y el registro nombra a
    la persona solo a veces: el que la nombra apunta a ella; el que no, a la representación de su miembro
    (`person/miembro-<id>.json`), que no inventa a nadie: no lleva el nombre de una persona (ni el de una autoridad
    del miembro: eso diría quién se sienta, y la base no lo sabe), dice qué es y lista sus mandatos."""
    _, base, sitio = publicada
    archivos = _leer(sitio)
    por_id = _por_id(archivos)
    con = sqlite3.connect(base)
    mandatos = {i: (miembro, persona) for i, miembro, persona in con.execute(
        "SELECT id, miembro_id, persona FROM mandatos")}
    miembros = dict(con.execute("SELECT id, nombre FROM miembros"))
    autoridades = {p for (p,) in con.execute("SELECT persona FROM autoridades")}
    con.close()
    esquema = json.loads((Path(__file__).parent / "esquemas" / "Person.json").read_text(encoding="utf-8"))
    membresias = [o for o in por_id.values() if _tipo(o) == "Membership"]
    sin_nombre = 0
    for membresia in membresias:
        mandato = int(membresia["id"].rsplit("/", 1)[1].removesuffix(".json"))
        miembro, nombrada = mandatos[mandato]
        persona = por_id[membresia["person"]]
        assert _tipo(persona) == "Person" and persona.get("body") == archivos["oparl/body.json"]["id"]
        Draft4Validator(esquema).validate(persona)
        # La Person lista el mandato (anidado, sin la referencia a ella): el camino de vuelta.
        assert membresia["id"] in {m["id"] for m in persona["membership"]}
        if nombrada:
            assert persona["name"] == nombrada
            assert "status" not in persona
            continue
        sin_nombre += 1
        assert persona["id"] == f"{BASE}/oparl/person/miembro-{miembro}.json"
        assert membresia["onBehalfOf"] == f"{BASE}/oparl/organization/miembro-{miembro}.json"
        assert persona["name"] == f"Representación de {miembros[miembro]}"
        assert persona["status"] == ["Representación de un miembro de la red"]
        assert persona["keyword"] == ["representación"] and miembros[miembro] in persona["life"]
        assert not {"familyName", "givenName", "gender", "formOfAddress", "title"} & persona.keys()
        assert not any(a in persona["name"] or a in persona["life"] for a in autoridades)
    # La demo tiene de los dos: la mayoría de los mandatos los ocupa un miembro sin persona nombrada.
    assert 0 < sin_nombre < len(membresias) and sin_nombre > len(membresias) / 2
    # Cada Person existe por sus mandatos: ninguna sin ellos.
    assert all(o.get("membership") for o in por_id.values() if _tipo(o) == "Person")


def _modificados(sitio: Path) -> dict[str, tuple[str, str]]:
    """{id: (created, modified)} de cada objeto del sitio, también los anidados (que deben decir lo mismo que el
    archivo del objeto)."""
    fechas: dict[str, tuple[str, str]] = {}
    for ruta, contenido in _leer(sitio).items():
        for objeto, _ in _objetos(contenido, True):
            par = (objeto["created"], objeto["modified"])
            assert fechas.setdefault(objeto["id"], par) == par, (ruta, objeto["id"])
    return fechas


def test_dos_publicaciones_sin_nada_nuevo_dan_los_mismos_bytes_y_un_cambio_mueve_solo_lo_suyo(publicada, tmp_path):
    carpeta, base, sitio = publicada
    copia, otro_sitio = tmp_path / "demo.db", tmp_path / "sitio"
    shutil.copy(base, copia)
    shutil.copytree(sitio, otro_sitio)
    antes = {r: (otro_sitio / r).read_bytes() for r in _leer(otro_sitio)}
    fechas_antes = _modificados(otro_sitio)
    assert "Ya estaba al día" in _publicar(tmp_path, copia, otro_sitio)
    assert {r: (otro_sitio / r).read_bytes() for r in _leer(otro_sitio)} == antes
    # Otra publicación, en una carpeta nueva: las fechas no son las de publicar. Solo cambia lo que cambió: esa
    # carpeta no tiene las actas ya emitidas, así que se emite otra copia de cada una (otros bytes), y su `File` y
    # la sesión que la lleva adentro dicen cuándo se registró la copia.
    _publicar(tmp_path, copia, tmp_path / "nuevo")
    fechas_nuevas, nuevos = _modificados(tmp_path / "nuevo"), _por_id(_leer(tmp_path / "nuevo"))
    viejos = _por_id(_leer(otro_sitio))
    movidos = {i for i in fechas_antes if fechas_antes[i] != fechas_nuevas[i]}
    actas = {i for i in viejos if _tipo(viejos[i]) == "File"}
    assert actas and movidos == actas | {viejos[i]["meeting"][0] for i in actas}
    for i in actas:
        assert nuevos[i]["sha512Checksum"] != viejos[i]["sha512Checksum"]
        assert fechas_nuevas[i][0] == fechas_antes[i][0] and fechas_nuevas[i][1] > fechas_antes[i][1]
    assert all(fechas_nuevas[i][0] == fechas_antes[i][0] for i in fechas_antes)

    # Un cambio en el nombre de una ciudad: solo cambian su objeto y el de su representación (que lleva su nombre),
    # al momento del cambio.
    objetos = _por_id(_leer(otro_sitio))
    miembro = next(o for o in objetos.values() if _tipo(o) == "Organization" and o.get("organizationType") ==
                   "Institution" and o["id"].replace("/organization/", "/person/") in objetos)
    numero = int(miembro["id"].rsplit("miembro-", 1)[1].removesuffix(".json"))
    representacion = miembro["id"].replace("/organization/", "/person/")
    time.sleep(1.1)   # las fechas de OParl van en segundos
    desde = datetime.now().astimezone().replace(microsecond=0)
    _cli(tmp_path, "--db", copia, "miembros", "editar", numero, "--nombre", miembro["name"] + " (Villa)")
    hasta = datetime.now().astimezone()
    _publicar(tmp_path, copia, otro_sitio)
    fechas_despues = _modificados(otro_sitio)
    movidos = {i for i in fechas_antes if fechas_antes[i] != fechas_despues.get(i)}
    assert movidos == {miembro["id"], representacion}
    for cambiada in movidos:
        creado, cambiado = fechas_despues[cambiada]
        assert creado == fechas_antes[cambiada][0]
        assert desde <= datetime.fromisoformat(cambiado) <= hasta
    assert _leer(otro_sitio)["oparl/organization/" + miembro["id"].rsplit("/", 1)[1]]["name"].endswith("(Villa)")
    assert _leer(otro_sitio)["oparl/person/" + representacion.rsplit("/", 1)[1]]["name"] == (
        f"Representación de {miembro['name']} (Villa)")


def test_una_fila_sin_registro_en_la_bitacora_lleva_su_propia_fecha_no_la_de_publicar(publicada, tmp_path):
    """Una ciudad escrita por otro programa (o anterior a la bitácora): su alta no tiene sello. Sale con la fecha
    de su ficha (`creado_en`), la misma en cada publicación. (En la carpeta del sitio ya publicado: sus actas ya
    están emitidas y publicar no escribe en la base; la próxima escritura sellaría ese alta con su hora.)"""
    _, base, sitio = publicada
    copia = tmp_path / "demo.db"
    shutil.copy(base, copia)
    shutil.copytree(sitio, tmp_path / "sitio")
    con = sqlite3.connect(copia)
    with con:
        nuevo = con.execute("INSERT INTO miembros (asociacion_id, nombre, pais, fecha_ingreso, creado_en) VALUES "
                            "(1, 'Villa Antigua', 'UY', '2001-02-03', '2001-02-03 04:05:06')").lastrowid
        con.execute("INSERT INTO estados_miembro (miembro_id, estado, desde, registrado_en) VALUES "
                    "(?, 'activo', '2001-02-03', '2001-02-03 04:05:06')", [nuevo])
    con.close()
    for _ in range(2):
        _publicar(tmp_path, copia, tmp_path / "sitio")
        ciudad = json.loads((tmp_path / "sitio" / "oparl" / "organization" / f"miembro-{nuevo}.json").read_text())
        assert ciudad["name"] == "Villa Antigua"
        assert (ciudad["created"], ciudad["modified"]) == ("2001-02-03T04:05:06+00:00",) * 2


def test_lo_que_deja_de_publicarse_queda_borrado_en_su_direccion(publicada, tmp_path):
    """§2.8 «Gelöschte Objekte»: un objeto no se borra sin más; lleva `deleted: true`, conserva `id`, `type` y
    `created`, y `modified` es cuándo se borró. El último punto del orden del día de una sesión sin acta aprobada se
    borra (como lo haría Deshacer, o otro programa): su `AgendaItem` queda borrado en su dirección."""
    _, base, sitio = publicada
    copia, otro_sitio = tmp_path / "demo.db", tmp_path / "sitio"
    shutil.copy(base, copia)
    shutil.copytree(sitio, otro_sitio)
    con = sqlite3.connect(copia)
    with con:
        sesion, punto, cuantos = con.execute(
            "SELECT p.sesion_id, max(p.id), count(*) FROM puntos_orden p JOIN actas a ON a.sesion_id = p.sesion_id "
            "WHERE a.estado NOT IN ('aprobada', 'firmada') GROUP BY p.sesion_id ORDER BY p.sesion_id").fetchone()
        con.execute("DELETE FROM puntos_orden WHERE id = ?", [punto])
    con.close()
    ruta = f"oparl/agendaitem/{sesion}-{cuantos}.json"
    viva = _leer(otro_sitio)[ruta]
    reunion_antes = _leer(otro_sitio)[f"oparl/meeting/{sesion}.json"]
    time.sleep(1.1)
    desde = datetime.now().astimezone().replace(microsecond=0)
    # La próxima escritura del programa sella el borrado (con su hora): la sesión cambió, su `modified` también.
    _cli(tmp_path, "--db", copia, "miembros", "editar", 1, "--region", "Región nueva")
    _publicar(tmp_path, copia, otro_sitio)
    hasta = datetime.now().astimezone()
    lapida = _leer(otro_sitio)[ruta]
    # Lo demás se quita (§2.8 «dürfen … entfernt werden»), salvo lo que el esquema oficial exige (`order`).
    assert set(lapida) == {"id", "type", "created", "modified", "deleted", "order"} and lapida["deleted"] is True
    esquema = json.loads((Path(__file__).parent / "esquemas" / "AgendaItem.json").read_text(encoding="utf-8"))
    Draft4Validator(esquema).validate(lapida)
    assert (lapida["id"], lapida["type"], lapida["created"]) == (viva["id"], viva["type"], viva["created"])
    assert desde <= datetime.fromisoformat(lapida["modified"]) <= hasta
    # No está en su lista (§2.5: los borrados, solo con `modified_since`) ni en su sesión, y queda igual en la
    # próxima publicación.
    assert viva["id"] not in {o["id"] for o in _leer(otro_sitio)["oparl/agendaitems.json"]["data"]}
    reunion = _leer(otro_sitio)[f"oparl/meeting/{sesion}.json"]
    assert viva["id"] not in {p["id"] for p in reunion["agendaItem"]}
    assert reunion["created"] == reunion_antes["created"]
    assert desde <= datetime.fromisoformat(reunion["modified"]) <= hasta
    antes = (otro_sitio / ruta).read_bytes()
    time.sleep(1.1)
    assert "Ya estaba al día" in _publicar(tmp_path, copia, otro_sitio)
    assert (otro_sitio / ruta).read_bytes() == antes


def test_el_mandato_que_pasa_a_nombrar_a_su_persona_deja_borrada_la_representacion_sin_mandatos(publicada, tmp_path):
    """Si el registro nombra a la persona del único mandato sin nombre de una ciudad (otro programa, o una versión
    futura que lo permita), el Membership apunta a ella y la representación de la ciudad, ya sin mandatos, queda
    borrada en su dirección (§2.8), fuera de la lista de personas."""
    _, base, sitio = publicada
    copia, otro_sitio = tmp_path / "demo.db", tmp_path / "sitio"
    shutil.copy(base, copia)
    shutil.copytree(sitio, otro_sitio)
    antes = _por_id(_leer(otro_sitio))
    representacion = next(o for o in antes.values() if _tipo(o) == "Person" and "/person/miembro-" in o["id"]
                          and len(o["membership"]) == 1)
    membresia = representacion["membership"][0]["id"]
    mandato = int(membresia.rsplit("/", 1)[1].removesuffix(".json"))
    con = sqlite3.connect(copia)
    with con:
        con.execute("UPDATE mandatos SET persona = 'Ana Prueba Nombrada' WHERE id = ?", [mandato])
    con.close()
    time.sleep(1.1)
    desde = datetime.now().astimezone().replace(microsecond=0)
    _cli(tmp_path, "--db", copia, "miembros", "editar", 1, "--region", "Región nueva")   # sella el cambio
    _publicar(tmp_path, copia, otro_sitio)
    hasta = datetime.now().astimezone()
    archivos = _leer(otro_sitio)
    despues = _por_id(archivos)
    persona = despues[despues[membresia]["person"]]
    assert persona["name"] == "Ana Prueba Nombrada" and persona["id"] != representacion["id"]
    assert [m["id"] for m in persona["membership"]] == [membresia]
    lapida = archivos["oparl/person/" + representacion["id"].rsplit("/", 1)[1]]
    assert set(lapida) == {"id", "type", "created", "modified", "deleted"} and lapida["deleted"] is True
    assert lapida["created"] == representacion["created"]
    assert desde <= datetime.fromisoformat(lapida["modified"]) <= hasta
    assert representacion["id"] not in {o["id"] for o in archivos["oparl/persons.json"]["data"]}


def test_la_representacion_se_escribe_en_el_idioma_de_los_datos_abiertos(publicada, tmp_path):
    """OParl va una vez, en la raíz, en el primer idioma del sitio: publicado en portugués, la representación dice
    lo que es en portugués (y la persona nombrada conserva su nombre)."""
    _, base, _ = publicada
    copia = tmp_path / "demo.db"
    shutil.copy(base, copia)
    _cli(tmp_path, "--db", copia, "publicar", tmp_path / "sitio", "--idiomas", "pt,es")
    con = sqlite3.connect(copia)
    nombres = dict(con.execute("SELECT id, nombre FROM miembros"))
    con.close()
    personas = _leer(tmp_path / "sitio")["oparl/persons.json"]["data"]
    representaciones = [p for p in personas if "/person/miembro-" in p["id"]]
    assert representaciones and len(representaciones) < len(personas)
    for p in representaciones:
        miembro = int(p["id"].rsplit("miembro-", 1)[1].removesuffix(".json"))
        assert p["name"] == f"Representação de {nombres[miembro]}"
        assert p["status"] == ["Representação de um membro da rede"] and p["keyword"] == ["representação"]
        assert p["life"].startswith(f"Quem representa {nombres[miembro]} nos órgãos de ")
