"""Estatuto, órganos, rotación y unidades temáticas de la red de ejemplo."""

from datetime import date, timedelta

import pytest

from ayudas import DIA_DE_LA_DEMO, armar_demo_el_dia
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.estatutos import buscar_cita, elegir_norma, historia_de, listar_reformas, texto_en
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.organos import composicion, elegir_organo, listar_organos, mandatos_de, troika_al
from escritorio.servicios.sesiones import listar_sesiones
from escritorio.servicios.unidades import actividades, unidades

HOY = DIA_DE_LA_DEMO
FUNDADORAS = ["Asunción", "Rosario", "La Plata", "Córdoba", "Buenos Aires", "Florianópolis", "Porto Alegre", "Curitiba",
              "Rio de Janeiro", "Brasília", "Salvador", "Montevideo"]


def organo(db, rcs, nombre) -> int:
    return elegir_organo(Contexto(db, rcs), nombre)["id"]


def periodos_se(db, rcs) -> list[dict]:
    return sorted(mandatos_de(Contexto(db, rcs), organo(db, rcs, "Secretaría Ejecutiva")), key=lambda m: m["desde"])


# --- estatuto y reglamento -------------------------------------------------------------------------------

def test_estatuto_de_25_articulos_vigentes_hoy(demo_fechada_db, rcs):
    contexto = Contexto(demo_fechada_db, rcs)
    estatuto = elegir_norma(contexto)
    assert (estatuto["tipo"], estatuto["titulo"]) == ("estatuto", "Estatuto")

    vigente = texto_en(contexto, estatuto["id"], HOY)

    assert [v.numero for v in vigente] == [str(n) for n in range(1, 26)]
    assert all(v.texto and v.titulo for v in vigente)
    assert all("Capítulo" not in v.texto for v in vigente)
    assert texto_en(contexto, estatuto["id"], date(1995, 11, 10)) == []


def test_el_articulo_13_tiene_dos_versiones(demo_fechada_db, rcs):
    contexto = Contexto(demo_fechada_db, rcs)
    estatuto = elegir_norma(contexto)["id"]

    original, reformado = historia_de(contexto, estatuto, "13")

    assert (original.vigente_desde, reformado.vigente_desde) == (date(1995, 11, 11), date(2019, 12, 1))
    assert "al menos una vez por año" in original.texto and "al menos dos veces por año" in reformado.texto
    assert original.titulo == reformado.titulo == "Consejo"
    # El 13 (reforma de 2019) y el 21 (Asamblea extraordinaria de este año) tienen dos versiones.
    assert [len(historia_de(contexto, estatuto, str(n))) for n in range(1, 26)].count(1) == 23
    assert [r["articulos"] for r in listar_reformas(contexto, estatuto)] == [25, 1, 1]
    assert "una vez por año" in buscar_cita(contexto, "Estatuto, art. 13", date(2010, 1, 1)).texto
    assert "dos veces por año" in buscar_cita(contexto, "Estatuto, art. 13", HOY).texto


def test_reglamento_de_cuotas_con_su_reforma_de_2022(demo_fechada_db, rcs):
    contexto = Contexto(demo_fechada_db, rcs)
    reglamento = elegir_norma(contexto, "Reglamento de cuotas")["id"]
    assert [v.numero for v in texto_en(contexto, reglamento, HOY)] == ["1", "2", "3", "4", "5"]  # 5: tolerancia
    assert "USD 100" in buscar_cita(contexto, "Reglamento de cuotas, art. 3", date(2010, 1, 1)).texto
    assert "USD 150" in buscar_cita(contexto, "Reglamento de cuotas, art. 3", HOY).texto


# --- órganos -------------------------------------------------------------------------------------------

def test_cinco_organos_y_quince_unidades(demo_fechada_db, rcs):
    organos = listar_organos(Contexto(demo_fechada_db, rcs))
    tipos = [o["tipo"] for o in organos]

    assert len(organos) == 20
    assert {t for t in tipos if t != "unidad_tematica"} == {"asamblea", "consejo", "comision_directiva",
                                                            "secretaria_ejecutiva", "secretaria_tecnica"}
    assert tipos.count("unidad_tematica") == 15
    assert all(o["articulo"] and o["articulo"].startswith("Estatuto, art.") for o in organos)


def test_secretaria_ejecutiva_anual_desde_1995_primero_las_fundadoras(demo_fechada_db, rcs):
    periodos = periodos_se(demo_fechada_db, rcs)

    assert len(periodos) == 31
    assert [p["miembro"] for p in periodos[:12]] == FUNDADORAS
    fundadoras = {m["id"] for m in listar_miembros(Contexto(demo_fechada_db, rcs), al=HOY) if m["fundador"]}
    assert {p["miembro_id"] for p in periodos[:12]} == fundadoras
    assert len({p["miembro_id"] for p in periodos}) == 31  # nadie repite
    assert (periodos[0]["desde"], periodos[0]["hasta"]) == ("1995-11-11", "1996-11-30")
    for anterior, siguiente in zip(periodos, periodos[1:]):
        # Sin huecos ni superposiciones: cada período termina el día anterior al siguiente, y dura un año.
        assert date.fromisoformat(anterior["hasta"]) + timedelta(days=1) == date.fromisoformat(siguiente["desde"])
        assert siguiente["desde"].endswith("-12-01")
    assert periodos[-1]["hasta"] is None
    assert [p["cargo"] for p in periodos] == ["titular"] * 31


@pytest.mark.parametrize("dia, indice", [
    (date(1995, 11, 11), 0), (date(1996, 11, 30), 0), (date(1996, 12, 1), 1), (date(2005, 6, 1), 9),
    (date(2019, 12, 1), 24), (HOY, 30),
])
def test_la_troika_en_varias_fechas(demo_fechada_db, rcs, dia, indice):
    orden = [p["miembro_id"] for p in periodos_se(demo_fechada_db, rcs)]
    anterior = orden[indice - 1] if indice else None

    contexto = Contexto(demo_fechada_db, rcs)
    anterior_, actual, siguiente = troika_al(contexto, dia)

    assert (anterior_, actual) == (anterior, orden[indice])
    assert siguiente is not None and siguiente not in orden[:indice + 1]
    if indice + 1 < len(orden):
        assert siguiente == orden[indice + 1]
    directiva = composicion(contexto, organo(demo_fechada_db, rcs, "Comisión Directiva"), dia)
    assert {a.miembro_id for a in directiva.asientos} == {m for m in (anterior_, actual, siguiente) if m}
    if indice:
        assert len(directiva.asientos) == 3 and directiva.avisos == []


def test_comision_directiva_al_1_de_junio_de_2010(demo_fechada_db, rcs):
    directiva = composicion(Contexto(demo_fechada_db, rcs), organo(demo_fechada_db, rcs, "Comisión Directiva"),
                            date(2010, 6, 1))
    assert len(directiva.asientos) == 3 and directiva.avisos == []


def test_consejo_de_la_semilla_sin_avisos(demo_fechada_db, rcs):
    """Semilla 001:796-800: dos por país pleno, una por asociado, y de oficio la Comisión Directiva y la Secretaría
    Ejecutiva, que preside (Estatuto, arts. 13 y 15). El resto, en tests/escenarios/test_consejo_del_estatuto.py."""
    consejo = composicion(Contexto(demo_fechada_db, rcs), organo(demo_fechada_db, rcs, "Consejo"), date(2026, 6, 1))

    assert consejo.avisos == []
    por_pais = {}
    for a in consejo.asientos:
        if not a.solo_de_oficio:
            por_pais[a.pais] = por_pais.get(a.pais, 0) + 1
    assert por_pais == {"AR": 2, "BR": 2, "PY": 2, "UY": 2, "VE": 2, "CL": 1, "BO": 1, "PE": 1, "CO": 1}
    assert sum(1 for a in consejo.asientos if a.de_oficio) == 3
    assert [a.de_oficio for a in consejo.asientos if a.cargo == "presidente"] == ["Secretaría Ejecutiva"]
    assert all(a.persona for a in consejo.asientos)  # la autoridad que representa a la ciudad


def test_secretaria_tecnica_en_montevideo(demo_fechada_db, rcs):
    [asiento] = composicion(Contexto(demo_fechada_db, rcs), organo(demo_fechada_db, rcs,
                                                                   "Secretaría Técnica Permanente"), HOY).asientos
    assert asiento.miembro == "Montevideo"


def test_la_asamblea_son_todos_los_activos(demo_fechada_db, rcs):
    contexto = Contexto(demo_fechada_db, rcs)
    activos = {m["id"] for m in listar_miembros(contexto, al=HOY) if m["estado"] == "activo"}
    asamblea = composicion(contexto, organo(demo_fechada_db, rcs, "Asamblea General de Socios"), HOY)
    assert {a.miembro_id for a in asamblea.asientos} == activos
    assert len(activos) > 250
    # La Cumbre anual de la demo es el 20/11 del año anterior y la extraordinaria de mayo no la reemplaza: hasta el
    # 20/11 la Asamblea está al día; el día de la demo (23/11) su sesión ordinaria ya está atrasada, y se dice.
    assert composicion(contexto, organo(demo_fechada_db, rcs, "Asamblea General de Socios"),
                       date(HOY.year, 11, 20)).avisos == []
    assert asamblea.avisos == [
        "Asamblea General de Socios: la última sesión ordinaria celebrada fue el 20/11/2025; el Estatuto, art. 12 "
        "pide reunirse cada año. Hay una sesión atrasada."]


@pytest.mark.parametrize("dia", [date(2025, 6, 1), HOY])
def test_quince_unidades_con_una_coordinadora_cada_una(demo_fechada_db, rcs, dia):
    contexto = Contexto(demo_fechada_db, rcs)
    lista = unidades(contexto)
    assert len(lista) == 15
    coordinadoras = set()
    for unidad in lista:
        asientos = composicion(contexto, unidad["id"], dia).asientos
        [coordinadora] = [a for a in asientos if a.cargo == "coordinador"]
        coordinadoras.add(coordinadora.miembro_id)
        assert 1 <= sum(a.cargo == "subcoordinador" for a in asientos) <= 2  # «hasta dos subcoordinadoras», art. 17
        assert unidad["atribuciones"]
        assert [a["estado"] for a in actividades(demo_fechada_db, unidad["id"])] == ["realizada", "en_curso"]
    assert len(coordinadoras) == 15


# El 1 de diciembre de un año par empieza otro bienio del Consejo: antes, la sesión de marzo de la demo quedaba sin
# electos y crear la demo fallaba (todo diciembre de 2026); en enero, la de septiembre pasado se reunía con 3. El 19
# de mayo, el último día antes de la Asamblea extraordinaria del ciclo (demo/calendario.py).
@pytest.mark.parametrize("dia", [date(2027, 1, 10), date(2026, 12, 1), date(2027, 5, 19)])
def test_la_demo_armada_otro_anio_tiene_sus_organos_al_dia(db, monkeypatch, dia):
    # La demo recibe «hoy»: armada en enero de 2027 debería mostrar un Consejo integrado, unidades coordinadas y
    # una Secretaría Ejecutiva que no lleve más de un año (art. 15), no los períodos fijos de 2024-2026.
    rcs = armar_demo_el_dia(db, monkeypatch, dia)

    contexto = Contexto(db, rcs)
    consejo = composicion(contexto, organo(db, rcs, "Consejo"), dia)
    assert len(consejo.asientos) >= 14
    # Ninguna sesión celebrada (ni acta aprobada) después de hoy: en enero, la de marzo y la Asamblea de mayo eran
    # del año en curso, todavía por venir.
    assert max(s["fecha"] for s in listar_sesiones(contexto)) <= dia.isoformat()
    # Y el Consejo, el día de cada una de sus sesiones, integrado (quien se sentó en ellas tenía mandato).
    sesiones = listar_sesiones(contexto, organo(db, rcs, "Consejo"))
    assert len(sesiones) == 2
    for sesion in sesiones:
        reunido = composicion(contexto, organo(db, rcs, "Consejo"), date.fromisoformat(sesion["fecha"]))
        assert len(reunido.asientos) >= 14, sesion["fecha"]
    [actual] = composicion(contexto, organo(db, rcs, "Secretaría Ejecutiva"), dia).asientos
    assert dia - actual.desde < timedelta(days=366)
    for unidad in unidades(contexto):
        assert [a for a in composicion(contexto, unidad["id"],
                                       dia).asientos if a.cargo == "coordinador"], unidad["nombre"]
