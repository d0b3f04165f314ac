"""Cada fila de la tabla de reglas de composición, sola (issue 79, §2): la regla que se cumple no dice nada, la que no
se cumple lo dice en palabras. Y la tabla está completa: cada tipo de regla (dominio.organos.REGLAS) o revisa la
composición o solo deriva asientos (servicios.organos.ASIENTOS_DERIVADOS), y cada fila tiene aquí su prueba."""

from dataclasses import replace
from datetime import date

from escritorio.dominio.organos import REGLAS, Asiento, Regla
from escritorio.dominio.revision_de_composicion import REVISIONES, EnRevision
from escritorio.servicios.organos import ASIENTOS_DERIVADOS

NOMBRES = {"AR": "Argentina", "BR": "Brasil", "UY": "Uruguay"}
CATEGORIAS = {"AR": "pleno", "BR": "pleno", "UY": "asociado"}
# Los tipos que no dan avisos propios: `designacion` es cómo se eligen (no quiénes), `de_oficio` solo sienta.
SIN_REVISION = {"designacion", "de_oficio"}
# Las que no revisan la composición ni derivan asientos: deciden quién puede ser designado o elegido
# (servicios.elegibles, su tabla de razones; sus pruebas, tests/servicios/test_limite_de_mandatos.py).
DE_QUIEN_PUEDE = {"limite_de_mandatos"}
PROBADAS = set()


def sentar(*filas, cargo="titular", de_oficio=None):
    """Asientos (miembro_id, país) de la ciudad N: «Ciudad N»."""
    return [Asiento(0 if de_oficio else n, n, f"Ciudad {n}", pais, None, cargo, True, date(2026, 1, 1), None,
                    de_oficio=de_oficio)
            for n, pais in filas]


def revisar(tipo, parametros, asientos, **datos):
    PROBADAS.add(tipo)
    regla = Regla(tipo, parametros, "Estatuto, art. 9")
    return REVISIONES[tipo](regla, EnRevision("Consejo", asientos, CATEGORIAS, NOMBRES, **datos))


def test_tamano_fijo():
    assert revisar("tamano_fijo", {"puestos": 2}, sentar((1, "AR"), (2, "BR"))) == []
    assert revisar("tamano_fijo", {"puestos": 3}, sentar((1, "AR"), (2, "BR")) + sentar((3, "UY"), cargo="suplente")) == [
        "Consejo: tiene 2 integrantes; el Estatuto, art. 9 fija 3."]


def test_por_categoria():
    cupo = {"pleno": 1, "asociado": {"maximo": 1}}
    assert revisar("por_categoria", cupo, sentar((1, "AR"), (2, "BR"))) == []
    assert revisar("por_categoria", cupo, sentar((1, "AR"), (2, "AR"), (3, "UY"), (4, "UY"), (5, "CL"))) == [
        "Consejo: Argentina ocupa 2 puestos; el Estatuto, art. 9 admite 1.",
        "Consejo: Brasil tiene 0 de 1 puestos; falta 1 según el Estatuto, art. 9.",
        "Consejo: Uruguay ocupa 2 puestos; el Estatuto, art. 9 admite a lo sumo 1.",
        "Consejo: CL ocupa 1 puesto pero no es país miembro de la asociación (el Estatuto, art. 9)."]
    # Los de oficio no ocupan cupo.
    assert revisar("por_categoria", cupo, sentar((1, "AR"), (2, "BR")) + sentar((3, "AR"), de_oficio="Secretaría")) == []


def test_troika():
    assert revisar("troika", {}, sentar((1, "AR"), (2, "BR"), (3, "UY")), troika=[1, 2, None]) == []
    assert revisar("troika", {}, sentar((1, "AR")), troika=[1, 2, 3]) == [
        "Consejo: debe integrarse con la Secretaría Ejecutiva anterior, la actual y la siguiente (el Estatuto, art. 9); "
        "la composición registrada no coincide."]
    assert revisar("troika", {}, sentar((1, "AR")), troika=None) == []   # sin la troika calculada, nada que revisar


def test_presidencia():
    [quien] = sentar((1, "AR"), cargo="presidente")
    assert revisar("presidencia", {"organo": "secretaria_ejecutiva"}, [quien], preside=quien,
                   cargo_que_preside="Secretaría Ejecutiva") == []
    assert revisar("presidencia", {"organo": "comite_ejecutivo"}, sentar((2, "BR"), cargo="presidente")) == [
        "Consejo: nadie ejerce el Comité Ejecutivo en esa fecha y el Estatuto, art. 9 le da la presidencia; registre "
        "quién la ejerce.",
        "Consejo: Ciudad 2 figura como Presidente, pero el Estatuto, art. 9 da la presidencia a quien ejerce el Comité "
        "Ejecutivo. Corrija el cargo de ese mandato."]


def test_tipo_de_miembro():
    asientos = sentar((1, "AR"), (2, "BR"))
    tipos = {1: "municipio", 2: "asociacion_nacional"}
    assert revisar("tipo_de_miembro", {"tipos": ["municipio", "asociacion_nacional"]}, asientos,
                   tipos_de_miembro=tipos) == []
    assert revisar("tipo_de_miembro", {"tipos": ["municipio"]}, asientos, tipos_de_miembro=tipos) == [
        "Consejo: Ciudad 2 es asociación nacional, y el Estatuto, art. 9 lo integra solo con municipios."]


def test_todos_los_activos():
    assert revisar("todos_los_activos", {}, sentar((1, "AR"), (2, "BR")), activos={1, 2}) == []
    assert revisar("todos_los_activos", {}, sentar((1, "AR")), activos={1, 2, 3}) == [
        "Consejo: 2 miembros activos no figuran; el Estatuto, art. 9 la integra con todos."]


def test_cada_tipo_de_regla_tiene_su_fila_y_su_prueba():
    derivan = {tipo for tipos, _ in ASIENTOS_DERIVADOS for tipo in tipos}
    assert set(REVISIONES) | SIN_REVISION | DE_QUIEN_PUEDE == set(REGLAS), (
        "un tipo de regla sin fila en la tabla (ni revisa, ni deriva, ni decide quién puede)")
    assert SIN_REVISION - {"designacion"} <= derivan
    assert set(REVISIONES) <= {nombre.removeprefix("test_") for nombre in globals() if nombre.startswith("test_")}


def test_por_agrupacion():
    """Issue 80, §2: el cupo de cada grupo de una agrupación (la región continental), contando miembros una vez aunque
    se sienten con dos personas; un miembro sin grupo no ocupa cupo."""
    regiones = {"Región continental": (["América del Sur", "Europa"], {1: "América del Sur", 2: "América del Sur",
                                                                       3: "Europa"})}
    cupo = {"agrupacion": "Región continental", "cupo": {"maximo": 1}, "grupos": {"Europa": {"minimo": 1}}}
    dos_personas = sentar((1, "AR")) + [replace(sentar((1, "AR"))[0], persona="Sherpa", cargo="titular")]
    assert revisar("por_agrupacion", cupo, dos_personas + sentar((3, "ES"), (9, "JP")), grupos=regiones) == []
    assert revisar("por_agrupacion", cupo, sentar((1, "AR"), (2, "BR")), grupos=regiones) == [
        "Consejo: América del Sur (Región continental) ocupa 2 puestos; el Estatuto, art. 9 admite a lo sumo 1.",
        "Consejo: Europa (Región continental) tiene 0 puestos; el Estatuto, art. 9 pide al menos 1."]
    # Un cupo propio de un grupo manda sobre el de todos; sin las agrupaciones calculadas, nada que revisar.
    propio = {**cupo, "grupos": {"América del Sur": 2, "Europa": {"minimo": 1}}}
    assert revisar("por_agrupacion", propio, sentar((1, "AR"), (2, "BR"), (3, "ES")), grupos=regiones) == []
    assert revisar("por_agrupacion", cupo, sentar((1, "AR")), grupos=None) == []
