"""Issue 64, §5: las mociones y enmiendas en los datos abiertos OParl 1.1. Cada moción de una sesión publicada entera
es un `Paper` «Moción» con una `Consultation` de la sesión (reunión, punto, `authoritative` si se votó), sus autores
como `originatorOrganization` y la resolución que la adoptó en `relatedPaper` (y la resolución a ella); cada
enmienda, un `Paper` «Enmienda» con `superordinatedPaper` su moción. Todo cumple los esquemas oficiales
(tests/oparl/esquemas, los mismos de test_oparl.py), cada objeto se pide por su id y cada dirección lleva a algo del
sitio (la de la página, a su ancla).

La sala se escribe con tests/sala_de_prueba_documentos.py, con los servicios de la sala."""

from __future__ import annotations

import json
import shutil

import pytest

from escritorio.servicios.asociaciones import editar_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.publicacion import publicar
from sala_de_prueba_documentos import SESION, aprobar_el_acta, llenar_la_sala
from test_oparl import BASE, VALIDADORES, _direcciones, _objetos


def _leer(sitio, direccion: str) -> dict:
    return json.loads((sitio / direccion[len(BASE) + 1:]).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sitio(demo_creada_por_la_cli, tmp_path_factory):
    carpeta = tmp_path_factory.mktemp("oparl_sala")
    copia = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, copia)
    db = abrir_base(copia)
    try:
        contexto = Contexto(db, 1)
        ids = llenar_la_sala(db)
        aprobar_el_acta(contexto)
        editar_asociacion(contexto, direccion_publica=BASE)
        publicar(contexto, carpeta / "sitio")
    finally:
        db.close()
    return carpeta / "sitio", ids


def test_mociones_y_enmiendas_cumplen_el_esquema_oficial_y_llevan_a_algo_del_sitio(sitio):
    carpeta, _ = sitio
    por_id, vistos = {}, {}
    for archivo in (carpeta / "oparl").rglob("*.json"):
        contenido = json.loads(archivo.read_text(encoding="utf-8"))
        if "id" in contenido:
            por_id[contenido["id"]] = contenido
        for objeto in _objetos(contenido):
            tipo = objeto["type"].rsplit("/", 1)[-1]
            errores = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in VALIDADORES[tipo].iter_errors(objeto)]
            assert not errores, f"{archivo.relative_to(carpeta)} ({tipo}): {errores[:5]}"
            vistos[objeto["id"]] = objeto
    assert set(vistos) <= set(por_id)
    for direccion in {d for o in por_id.values() for d in _direcciones(o)}:
        ruta, _, ancla = direccion[len(BASE) + 1:].partition("#")
        assert (carpeta / ruta).is_file(), direccion
        if ancla:
            assert f'id="{ancla}"' in (carpeta / ruta).read_text(encoding="utf-8"), direccion
    papeles = json.loads((carpeta / "oparl" / "papers.json").read_text(encoding="utf-8"))["data"]
    assert sum(p.get("paperType") == "Moción" for p in papeles) == 3
    assert sum(p.get("paperType") == "Enmienda" for p in papeles) == 3


def test_la_mocion_aprobada_su_consulta_sus_autores_su_resolucion_y_sus_enmiendas(sitio):
    carpeta, ids = sitio
    mocion = _leer(carpeta, f"{BASE}/oparl/paper/mocion-{ids['mocion_1']}.json")
    assert (mocion["name"], mocion["reference"], mocion["date"]) == (
        "Plan de trabajo 2027 de las unidades temáticas", "Moción 1", "2026-09-01")
    assert [_leer(carpeta, o)["name"] for o in mocion["originatorOrganization"]] == ["Rosario", "Córdoba"]
    consulta, = mocion["consultation"]
    assert consulta["meeting"] == f"{BASE}/oparl/meeting/{SESION}.json"
    assert _leer(carpeta, consulta["agendaItem"])["name"] == \
        "Plan de trabajo de las unidades temáticas para el año siguiente"
    assert consulta["authoritative"] is True and consulta["role"] == "Beschluss"
    assert _leer(carpeta, consulta["id"])["paper"] == mocion["id"]   # pedida por su id, lleva a su Paper
    resolucion = _leer(carpeta, mocion["relatedPaper"][0])
    assert "4/2026" in resolucion["reference"]   # la que la adoptó (la 3/2026 es la del punto)
    assert mocion["id"] in resolucion["relatedPaper"]
    enmiendas = [_leer(carpeta, e) for e in mocion["subordinatedPaper"]]
    assert [e["reference"] for e in enmiendas] == ["Enmienda 1", "Enmienda 2", "Enmienda 3"]
    assert all(e["superordinatedPaper"] == [mocion["id"]] and e["paperType"] == "Enmienda" for e in enmiendas)
    # La 1 y la 3 se votaron; la 2 decayó sin votarse.
    assert [e["consultation"][0]["authoritative"] for e in enmiendas] == [True, False, True]


def test_la_aplazada_se_trato_sin_decidir(sitio):
    carpeta, ids = sitio
    aplazada = _leer(carpeta, f"{BASE}/oparl/paper/mocion-{ids['mocion_2']}.json")
    consulta, = aplazada["consultation"]
    assert consulta["authoritative"] is False and consulta["role"] == "Vorberatung"
    assert "relatedPaper" not in aplazada and "subordinatedPaper" not in aplazada


def test_la_aplazada_que_vuelve_en_otra_sesion_es_el_mismo_paper_con_dos_consultas(demo_db, tmp_path):
    """La moción aplazada que se trata en la sesión siguiente es la misma propuesta: un Paper, con una Consultation
    por sesión (la primera sin decidir); la página de la sesión nueva cuenta de dónde viene."""
    from sala_de_prueba_documentos import tratar_la_aplazada_en_otra_sesion

    contexto = Contexto(demo_db, 1)
    ids = llenar_la_sala(demo_db)
    aprobar_el_acta(contexto)
    sesion, mocion = tratar_la_aplazada_en_otra_sesion(demo_db, contexto, ids["mocion_2"])
    editar_asociacion(contexto, direccion_publica=BASE)
    publicar(contexto, tmp_path / "sitio", incluir=frozenset({"sin_aprobar"}))
    papel = _leer(tmp_path / "sitio", f"{BASE}/oparl/paper/mocion-{ids['mocion_2']}.json")
    assert [c["meeting"] for c in papel["consultation"]] == [f"{BASE}/oparl/meeting/{SESION}.json",
                                                             f"{BASE}/oparl/meeting/{sesion}.json"]
    assert [c["id"] for c in papel["consultation"]] == [f"{BASE}/oparl/consultation/mocion-{ids['mocion_2']}.json",
                                                        f"{BASE}/oparl/consultation/mocion-{mocion}.json"]
    assert not (tmp_path / "sitio" / "oparl" / "paper" / f"mocion-{mocion}.json").exists()
    assert papel["web"] == f"{BASE}/sesiones/{sesion}.html#mocion-{mocion}"
    for objeto in _objetos(papel):
        tipo = objeto["type"].rsplit("/", 1)[-1]
        assert not list(VALIDADORES[tipo].iter_errors(objeto))
    pagina = (tmp_path / "sitio" / "sesiones" / f"{sesion}.html").read_text(encoding="utf-8")
    assert "Viene de la moción 2, aplazada en la sesión del 15/09/2026." in pagina


def test_el_texto_el_fundamento_los_apoyos_y_la_recomendacion_de_la_mocion(sitio):
    """Issue 82: el texto de la moción en OParl (no solo en la página): `mainFile` con el texto en `text`, el
    fundamento y el texto final como `auxiliaryFile`; los apoyos y la recomendación de la comisión, con el prefijo del
    programa (OParl 1.1 no los prevé). Cada File se pide por su id y está en la lista del Body."""
    from sala_de_prueba_documentos import MENDOZA, TEXTO_1, UT_PLANIFICACION

    carpeta, ids = sitio
    mocion = _leer(carpeta, f"{BASE}/oparl/paper/mocion-{ids['mocion_1']}.json")
    principal = _leer(carpeta, mocion["mainFile"]["id"])
    assert principal["text"] == TEXTO_1 and principal["paper"] == [mocion["id"]]
    assert principal["accessUrl"] == mocion["web"]
    assert principal["name"] == "Moción 1: Plan de trabajo 2027 de las unidades temáticas"
    auxiliares = {f["name"]: _leer(carpeta, f["id"])["text"] for f in mocion["auxiliaryFile"]}
    assert auxiliares["Fundamento"] == "Ordenar el trabajo de las unidades"
    assert "Cada unidad organiza tres encuentros, uno de ellos virtual, por año." in \
        auxiliares["Texto final, con las enmiendas aprobadas"]
    assert mocion["escritorio:apoyos"] == [f"{BASE}/oparl/organization/miembro-{MENDOZA}.json"]
    assert mocion["escritorio:recomendacion"] == {
        "organization": f"{BASE}/oparl/organization/organo-{UT_PLANIFICACION}.json",
        "recomendacion": "aprobar_con_cambios",
        "texto": "Recomendación de la UT Planificación estratégica (12/09/2026): Aprobar con cambios — Con la "
                 "enmienda 1"}
    archivos = {f["id"] for f in json.loads((carpeta / "oparl" / "files.json").read_text(encoding="utf-8"))["data"]}
    assert {mocion["mainFile"]["id"], *(f["id"] for f in mocion["auxiliaryFile"])} <= archivos
    # Sin fundamento, sin enmiendas y sin recomendación: solo su texto
    no_admitida = _leer(carpeta, f"{BASE}/oparl/paper/mocion-{ids['mocion_3']}.json")
    assert "auxiliaryFile" not in no_admitida and "escritorio:recomendacion" not in no_admitida
    assert _leer(carpeta, no_admitida["mainFile"]["id"])["text"]
