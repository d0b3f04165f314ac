"""Agrupaciones por encima del país (issue 80, §2): la «Región continental» de un pacto de ciudades con sus grupos,
los cupos por grupo de una regla de composición «por_agrupacion» y lo que el usuario ve de ellos: los avisos de la
composición, la designación rechazada cuando el grupo ya tiene su máximo, la elección de varios puestos que salta a
quien no cabe y los informes que cuentan por grupo. Misma prueba en los dos motores.

El pacto: la RML (AR y BR plenos, UY asociado) más Sudáfrica, Nigeria, Japón, Turquía, Francia, Italia y México,
plenos. Turquía va en Asia, pero el pacto ubica a Estambul en Europa; México no está en ningún grupo.
"""

from dataclasses import dataclass
from datetime import date

import pytest

from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.agrupaciones import agrupaciones, definir_grupo, grupos_de_los_miembros, quitar_del_grupo
from escritorio.servicios.asociaciones import agregar_pais
from escritorio.servicios.confirmacion_de_eleccion import confirmar_eleccion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.elecciones import NuevaEleccion, agregar_candidatura, definir_eleccion
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.informe_por_grupo import FilaDeGrupo, contar_por_grupo
from escritorio.servicios.observadores import fijar_calidad
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, composicion, crear_organo, designar
from escritorio.servicios.recuento_de_eleccion import Recuento, cerrar_eleccion
from escritorio.servicios.reglas_de_composicion import agregar_regla, reglas_de_composicion
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, registrar_asistencias
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto

pytestmark = pytest.mark.ambos_motores

REGION = "Región continental"
ART = "Estatuto, art. 7"
DESDE = date(2026, 7, 1)
CIUDADES = (("Johannesburg", "ZA", 5_600_000), ("Lagos", "NG", 15_400_000), ("Tokyo", "JP", 14_000_000),
            ("Ankara", "TR", 5_800_000), ("Estambul", "TR", 15_600_000), ("Paris", "FR", 2_100_000),
            ("Lyon", "FR", 520_000), ("Milano", "IT", 1_370_000), ("Rosario", "AR", 1_300_000),
            ("Córdoba", "AR", 1_500_000), ("Montevideo", "UY", 1_300_000), ("Ciudad de México", "MX", 9_200_000))


@dataclass
class Pacto:
    contexto: Contexto
    ids: dict[str, int]
    cumbre: int
    comite: int

    def grupos(self, agrupacion: str = REGION) -> dict[str, str]:
        """nombre del miembro -> su grupo, como lo ve quien arma un informe."""
        nombres = {i: n for n, i in self.ids.items()}
        return {nombres[m]: g for m, g in grupos_de_los_miembros(self.contexto, agrupacion).items()}

    def definidos(self) -> dict[str, list]:
        return {a: [(g.nombre, g.paises, sorted(g.miembros.values())) for g in grupos]
                for a, grupos in agrupaciones(self.contexto).items()}


@pytest.fixture
def pacto(db, asociacion_id) -> Pacto:
    contexto = Contexto(db, asociacion_id)
    for pais in ("ZA", "NG", "JP", "TR", "FR", "IT", "MX"):
        agregar_pais(contexto, pais, "pleno", desde=date(2000, 1, 1))
    def ficha(nombre: str, pais: str, tipo: str = "municipio") -> FichaMiembro:
        return FichaMiembro(nombre=nombre, pais=pais, tipo=tipo, fecha_ingreso=date(2015, 10, 15))

    ids = {n: guardar_ficha(contexto, ficha(n, p), poblacion=(h, 2022, "Censo")) for n, p, h in CIUDADES}
    ids["Santa Fe"] = guardar_ficha(contexto, ficha("Santa Fe", "AR", "gobierno_regional"),
                                    poblacion=(3_500_000, 2022, "Censo"))
    # en otro orden que el alfabético, por código o por nombre
    definir_grupo(contexto, REGION, "Europa", paises=["FR", "Italia"], miembros=[ids["Estambul"]], articulo=ART)
    definir_grupo(contexto, REGION, "Asia", paises=["Japón", "TR"], articulo=ART)
    definir_grupo(contexto, REGION, "África", paises=["ZA", "NG"], articulo=ART)
    definir_grupo(contexto, REGION, "América", paises=["AR", "BR", "UY"], articulo=ART)
    cumbre = crear_organo(contexto, NuevoOrgano("Cumbre", "asamblea"))
    comite = crear_organo(contexto, NuevoOrgano("Comité Ejecutivo", "comite_ejecutivo", padre_id=cumbre))
    return Pacto(contexto, ids, cumbre, comite)


def _regla(pacto: Pacto, parametros: dict, desde: date | None = None, articulo: str = ART) -> int:
    return agregar_regla(pacto.contexto, pacto.comite, "por_agrupacion", parametros, articulo, desde)


def _designar(pacto: Pacto, nombre: str, cargo: str = "titular", desde: date = DESDE, persona: str | None = None):
    return designar(pacto.contexto, pacto.comite, NuevoMandato(cargo, desde, miembro_id=pacto.ids[nombre],
                                                                persona=persona))


# --- los grupos --------------------------------------------------------------------------------------------------

def test_los_grupos_se_listan_en_orden_alfabetico_y_la_ubicacion_propia_gana_a_la_del_pais(pacto):
    assert pacto.definidos() == {REGION: [
        ("África", ["NG", "ZA"], []),   # Nigeria, Sudáfrica
        ("América", ["AR", "BR", "UY"], []),
        ("Asia", ["JP", "TR"], []),
        ("Europa", ["FR", "IT"], ["Estambul"]),
    ]}
    grupos = pacto.grupos()
    assert (grupos["Estambul"], grupos["Ankara"], grupos["Lagos"], grupos["Santa Fe"]) == (
        "Europa", "Asia", "África", "América")
    assert "Ciudad de México" not in grupos
    assert pacto.grupos("tipo_de_miembro")["Santa Fe"] == "gobierno_regional"
    hecho = definir_grupo(pacto.contexto, "Subregión", "Cono Sur", paises=["Argentina", "UY", "AR"])
    assert (hecho.creado, hecho.agregados) == (True, ["Argentina", "Uruguay"])
    assert hecho.resumen() == "Grupo «Cono Sur» de «Subregión» definido: Argentina, Uruguay."
    assert definir_grupo(pacto.contexto, "Subregión", "Cono Sur", paises=["AR"]).resumen() == (
        "Grupo «Cono Sur» de «Subregión»: sin cambios.")


def test_lo_que_ya_esta_en_otro_grupo_o_no_existe_se_rechaza_sin_escribir_nada(pacto, db):
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    antes = pacto.definidos()
    contexto = pacto.contexto
    with pytest.raises(ErrorEscritorio, match="No se cambió nada: Turquía ya está en el grupo «Asia» de «Región "
                                              "continental»"):
        definir_grupo(contexto, REGION, "Oceanía", paises=["AU", "TR"])
    with pytest.raises(ErrorEscritorio, match="No se cambió nada: Estambul ya está en el grupo «Europa»"):
        definir_grupo(contexto, REGION, "Asia", paises=["KR"], miembros=[pacto.ids["Estambul"]])
    with pytest.raises(ErrorEscritorio, match="País «Atlántida» desconocido"):
        definir_grupo(contexto, REGION, "Europa", paises=["ES", "Atlántida"])
    with pytest.raises(ErrorEscritorio, match="La agrupación «tipo_de_miembro» es la del tipo de cada miembro"):
        definir_grupo(contexto, "tipo_de_miembro", "Capitales", paises=["FR"])
    otra = crear_asociacion(db, NuevaAsociacion(nombre="Otra red", sigla="OTR", paises={"AR": "pleno"}))
    ajeno = guardar_ficha(Contexto(db, otra), FichaMiembro(nombre="Salta", pais="AR", fecha_ingreso=date(2015, 1, 1)),
                          poblacion=(600_000, 2022, "Censo"))
    with pytest.raises(ErrorEscritorio, match=f"No existe el miembro con id {ajeno} en esta asociación"):
        definir_grupo(contexto, REGION, "América", miembros=[ajeno])
    assert pacto.definidos() == antes
    assert grupos_de_los_miembros(Contexto(db, otra), REGION) == {}


def test_quitar_paises_miembros_y_grupos_enteros(pacto):
    contexto = pacto.contexto
    assert quitar_del_grupo(contexto, REGION, "Asia", paises=["Turquía"]) == ["Turquía"]
    assert quitar_del_grupo(contexto, REGION, "Europa", miembros=[pacto.ids["Estambul"]]) == ["Estambul"]
    assert "Ankara" not in pacto.grupos() and "Estambul" not in pacto.grupos()
    with pytest.raises(ErrorEscritorio, match="No se quitó nada: algún país o miembro nombrado no está en el grupo "
                                              "«Europa»"):
        quitar_del_grupo(contexto, REGION, "Europa", paises=["FR", "JP"])
    assert pacto.grupos()["Paris"] == "Europa"
    # ya sin Turquía, el país puede pasar a Europa
    definir_grupo(contexto, REGION, "Europa", paises=["TR"])
    assert pacto.grupos()["Ankara"] == "Europa"
    # Sin regla que la nombre, un grupo se quita entero.
    assert quitar_del_grupo(contexto, REGION, "Asia") == ["Asia"]
    assert [g[0] for g in pacto.definidos()[REGION]] == ["África", "América", "Europa"]
    with pytest.raises(ErrorEscritorio, match="La agrupación «Región continental» no tiene el grupo «Asia»"):
        quitar_del_grupo(contexto, REGION, "Asia")
    # Con una regla que le fija un cupo, propio o el de todos los grupos, quitarlo cambiaría el estatuto: no.
    _regla(pacto, {"agrupacion": REGION, "cupo": 2, "grupos": {"África": {"minimo": 1}}})
    for grupo in ("África", "Europa"):
        with pytest.raises(ErrorEscritorio, match=f"No se quitó el grupo «{grupo}»: la regla de composición \\d+ le "
                                                  "fija un cupo"):
            quitar_del_grupo(contexto, REGION, grupo)
    assert [g[0] for g in pacto.definidos()[REGION]] == ["África", "América", "Europa"]


def test_los_grupos_del_tipo_de_miembro_no_se_quitan(pacto):
    with pytest.raises(ErrorEscritorio, match="tipo_de_miembro"):
        quitar_del_grupo(pacto.contexto, "tipo_de_miembro", "municipio")
    assert pacto.grupos("tipo_de_miembro")["Santa Fe"] == "gobierno_regional"


# --- la regla ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("parametros, mensaje", [
    ({"agrupacion": "Subregión", "cupo": 1}, "No hay una agrupación «Subregión» en esta asociación \\(hay: "
                                             "tipo_de_miembro, Región continental\\)"),
    ({"agrupacion": REGION, "grupos": {"Oceanía": 1}}, "La agrupación «Región continental» no tiene el grupo "
                                                       "«Oceanía»; sus grupos: África, América, Asia, Europa."),
    ({"agrupacion": "tipo_de_miembro", "grupos": {"ciudad": 1}}, "no tiene el grupo «ciudad»"),
    ({"agrupacion": REGION}, "La regla de puestos por grupo nombra la agrupación"),
    ({"agrupacion": "  ", "cupo": 1}, "La regla de puestos por grupo nombra la agrupación"),
    ({"agrupacion": REGION, "cupo": {"minimo": 3, "maximo": 2}}, "La regla de puestos por grupo"),
    ({"agrupacion": REGION, "cupo": -1}, "La regla de puestos por grupo"),
    ({"agrupacion": REGION, "cupo": 1, "paises": ["FR"]}, "La regla de puestos por grupo"),
])
def test_una_regla_por_agrupacion_mal_escrita_o_sin_agrupacion_se_rechaza(pacto, parametros, mensaje):
    with pytest.raises(ErrorEscritorio, match=mensaje):
        _regla(pacto, parametros)
    assert reglas_de_composicion(pacto.contexto, pacto.comite) == []


def test_la_regla_se_lee_como_la_escribe_el_estatuto(pacto):
    _regla(pacto, {"agrupacion": REGION, "cupo": {"minimo": 2, "maximo": 3}})
    _regla(pacto, {"agrupacion": REGION, "cupo": 1, "grupos": {"Europa": {"maximo": 3}, "Asia": {"minimo": 1}}},
           desde=date(2027, 1, 1))
    _regla(pacto, {"agrupacion": "tipo_de_miembro", "grupos": {"gobierno_regional": {"maximo": 1}}})
    assert [(r["nombre"], r["descripcion"]) for r in reglas_de_composicion(pacto.contexto, pacto.comite)] == [
        ("Puestos por grupo de una agrupación", "Región continental: de 2 a 3 por grupo"),
        ("Puestos por grupo de una agrupación", "Región continental: 1 por grupo; Europa: a lo sumo 3; Asia: al "
                                                "menos 1"),
        ("Puestos por grupo de una agrupación", "Tipo de miembro: Gobierno regional: a lo sumo 1"),
    ]


# --- la composición y la designación -----------------------------------------------------------------------------

def test_la_composicion_avisa_el_grupo_pasado_y_el_que_no_llega_y_la_reforma_reemplaza_la_regla(pacto):
    # antes de la regla: tres europeas, Johannesburg con su alcaldesa y su sherpa (dos titulares, una ciudad)
    for nombre in ("Paris", "Lyon", "Milano", "Rosario", "Santa Fe"):
        _designar(pacto, nombre)
    _designar(pacto, "Johannesburg", persona="La alcaldesa")
    _designar(pacto, "Johannesburg", persona="El sherpa")
    _regla(pacto, {"agrupacion": REGION, "cupo": {"minimo": 1, "maximo": 2}, "grupos": {"África": 1}})
    _regla(pacto, {"agrupacion": "tipo_de_miembro", "grupos": {"gobierno_regional": {"minimo": 2}}},
           articulo="Estatuto, art. 8")
    assert composicion(pacto.contexto, pacto.comite, DESDE).avisos == [
        "Comité Ejecutivo: Asia (Región continental) tiene 0 puestos; el Estatuto, art. 7 pide al menos 1.",
        "Comité Ejecutivo: Europa (Región continental) ocupa 3 puestos; el Estatuto, art. 7 admite a lo sumo 2.",
        "Comité Ejecutivo: Gobierno regional (Tipo de miembro) tiene 1 puesto; el Estatuto, art. 8 pide al menos 2.",
    ]
    # la reforma de 2027 admite tres por grupo y no pide mínimo; la de los tipos de miembro sigue
    _regla(pacto, {"agrupacion": REGION, "cupo": {"maximo": 3}}, desde=date(2027, 1, 1), articulo="Estatuto, art. 7 "
                                                                                              "(reforma de 2027)")
    assert composicion(pacto.contexto, pacto.comite, date(2027, 3, 1)).avisos == [
        "Comité Ejecutivo: Gobierno regional (Tipo de miembro) tiene 1 puesto; el Estatuto, art. 8 pide al menos 2."]
    assert len(composicion(pacto.contexto, pacto.comite, DESDE).avisos) == 3   # antes de la reforma, la de 2026


def test_designar_en_un_grupo_lleno_se_rechaza_y_en_otro_grupo_no(pacto):
    _regla(pacto, {"agrupacion": REGION, "cupo": {"minimo": 1, "maximo": 2}})
    _designar(pacto, "Paris")
    _designar(pacto, "Milano")
    with pytest.raises(ErrorEscritorio) as rechazo:   # Turquía va en Asia, pero Estambul está en Europa
        _designar(pacto, "Estambul")
    assert ("Estambul no puede ocupar un cargo en Comité Ejecutivo: su grupo, Europa (Región continental), ya ocupa "
            "2 puestos el 01/07/2026 (Paris, Milano), y la regla de composición admite a lo sumo 2 (Región "
            "continental: de 1 a 2 por grupo; Estatuto, art. 7).") in str(rechazo.value)
    with pytest.raises(ErrorEscritorio, match="su grupo, Europa \\(Región continental\\), ya ocupa 2 puestos"):
        _designar(pacto, "Lyon", desde=date(2027, 1, 1))
    _designar(pacto, "Ankara")   # Asia, el grupo de su país
    _designar(pacto, "Estambul", cargo="suplente")
    _designar(pacto, "Lyon", cargo="observador")
    _designar(pacto, "Paris", persona="El sherpa")   # la misma ciudad con otra persona no ocupa otro puesto
    asientos = composicion(pacto.contexto, pacto.comite, DESDE).asientos
    assert sorted((a.miembro, a.cargo) for a in asientos) == [
        ("Ankara", "titular"), ("Estambul", "suplente"), ("Lyon", "observador"), ("Milano", "titular"),
        ("Paris", "titular"), ("Paris", "titular")]


# --- la elección de varios puestos -------------------------------------------------------------------------------

def _eleccion(pacto: Pacto, puestos: int, *nombres: str) -> tuple[int, dict[str, int]]:
    """La Cumbre de 2026, con todos presentes, elige `puestos` del Comité con boletas de varias marcas."""
    contexto = pacto.contexto
    sesion = convocar(contexto, pacto.cumbre, NuevaSesion(fecha=date(2026, 6, 20), lugar="Milano", hora="09:00",
                                                          convocada_el=date(2026, 5, 1)))
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(i, "presente") for i in pacto.ids.values()])
    punto = agregar_punto(contexto, sesion, "Elección del Comité Ejecutivo", "eleccion")
    definir_eleccion(contexto, punto, NuevaEleccion(pacto.comite, "titular", DESDE, puestos=puestos, boleta="marcas",
                                                    marcas_max=7))
    return punto, {n: agregar_candidatura(contexto, punto, pacto.ids[n]) for n in nombres}


def test_la_eleccion_salta_al_grupo_lleno_y_al_pais_lleno_y_dice_el_minimo_que_no_se_alcanza(pacto):
    contexto = pacto.contexto
    _regla(pacto, {"agrupacion": REGION, "cupo": {"minimo": 1, "maximo": 2}})
    agregar_regla(contexto, pacto.comite, "por_categoria", {"pleno": {"maximo": 1}}, "Estatuto, art. 6")
    votos = {"Paris": 13, "Lyon": 12, "Estambul": 11, "Milano": 10, "Rosario": 9, "Córdoba": 8, "Tokyo": 7}
    punto, c = _eleccion(pacto, 4, *votos)
    cerrada = cerrar_eleccion(contexto, punto, Recuento(votos={c[n]: v for n, v in votos.items()}, boletas=13))
    assert [e["nombre"] for e in cerrada.electas] == ["Paris", "Estambul", "Rosario", "Tokyo"]
    texto = cerrada.texto_resultado
    assert ("Se saltó a Lyon (12 marcas): Francia ya completó su cupo de 1 puesto (país pleno, Estatuto, art. 6)."
            in texto), texto
    assert ("Se saltó a Milano (10 marcas): Europa ya completó su cupo de 2 puestos (Región continental, Estatuto, "
            "art. 7).") in texto, texto
    assert "Se saltó a Córdoba (8 marcas): Argentina ya completó su cupo de 1 puesto" in texto, texto
    assert ("África queda con 0 puestos; su cupo pide al menos 1 puesto (Región continental, Estatuto, art. 7)."
            in texto), texto
    assert "Asia queda con" not in texto and "América queda con" not in texto
    confirmar_eleccion(contexto, punto)
    assert composicion(contexto, pacto.comite, DESDE).avisos == [
        "Comité Ejecutivo: África (Región continental) tiene 0 puestos; el Estatuto, art. 7 pide al menos 1."]
    with pytest.raises(ErrorEscritorio, match="su grupo, Europa \\(Región continental\\), ya ocupa 2 puestos el "
                                              "01/07/2026 \\(Paris, Estambul\\)"):
        _designar(pacto, "Milano")
    _designar(pacto, "Lagos")


def test_la_ciudad_sentada_con_dos_personas_ocupa_un_solo_puesto_del_grupo_en_la_eleccion(pacto):
    _designar(pacto, "Johannesburg", persona="La alcaldesa")
    _designar(pacto, "Johannesburg", persona="El sherpa")
    _regla(pacto, {"agrupacion": REGION, "cupo": {"maximo": 2}})
    assert composicion(pacto.contexto, pacto.comite, DESDE).avisos == []   # África: 1 de 2
    punto, c = _eleccion(pacto, 2, "Lagos", "Milano")
    cerrada = cerrar_eleccion(pacto.contexto, punto, Recuento(votos={c["Lagos"]: 10, c["Milano"]: 5}, boletas=13))
    assert [e["nombre"] for e in cerrada.electas] == ["Lagos", "Milano"], cerrada.texto_resultado


# --- los informes por grupo --------------------------------------------------------------------------------------

def test_contar_por_grupo_miembros_observadores_poblacion_y_puestos_del_organo(pacto):
    contexto = pacto.contexto
    fijar_calidad(contexto, pacto.ids["Lagos"], "observador", date(2026, 1, 1), "Resolución 1/2026")
    _designar(pacto, "Johannesburg", persona="La alcaldesa")
    _designar(pacto, "Johannesburg", cargo="suplente", persona="El sherpa")
    _designar(pacto, "Lagos", cargo="observador")
    _designar(pacto, "Estambul")
    _designar(pacto, "Ciudad de México")
    assert contar_por_grupo(contexto, REGION, DESDE, pacto.comite) == [
        FilaDeGrupo("África", miembros=2, observadores=1, poblacion=21_000_000, integrantes=2, con_voto=1),
        FilaDeGrupo("América", miembros=4, poblacion=7_600_000),
        FilaDeGrupo("Asia", miembros=2, poblacion=19_800_000),
        FilaDeGrupo("Europa", miembros=4, poblacion=19_590_000, integrantes=1, con_voto=1),
        FilaDeGrupo("Sin grupo", miembros=1, poblacion=9_200_000, integrantes=1, con_voto=1),
    ]
    # antes de la admisión de Lagos como observadora, y sin órgano: no cuenta puestos
    assert contar_por_grupo(contexto, REGION, date(2025, 1, 1))[0] == FilaDeGrupo(
        "África", miembros=2, poblacion=21_000_000)
    assert [(f.grupo, f.miembros, f.poblacion) for f in contar_por_grupo(contexto, "tipo_de_miembro", DESDE)] == [
        ("municipio", 12, 73_690_000), ("gobierno_regional", 1, 3_500_000), ("asociacion_nacional", 0, 0)]
    with pytest.raises(ErrorEscritorio, match="No hay una agrupación «Subregión»"):
        contar_por_grupo(contexto, "Subregión", DESDE)


def test_los_minimos_de_los_grupos_tienen_que_caber_en_los_puestos_del_organo(pacto):
    """Cuatro regiones con al menos 2 cada una no caben en un Comité de 6: se rechaza con la cuenta, lo agregue
    primero la cantidad fija o primero los cupos, y no se guarda la regla rechazada."""
    agregar_regla(pacto.contexto, pacto.comite, "tamano_fijo", {"puestos": 6}, ART)
    with pytest.raises(ErrorEscritorio, match=r"los cupos de «Región continental» piden al menos 8 puestos \(África: "
                                              r"2, América: 2, Asia: 2, Europa: 2\) y el órgano tiene 6"):
        _regla(pacto, {"agrupacion": REGION, "cupo": {"minimo": 2}})
    assert [r["tipo"] for r in reglas_de_composicion(pacto.contexto, pacto.comite)] == ["tamano_fijo"]
    _regla(pacto, {"agrupacion": REGION, "cupo": {"minimo": 1}})
    with pytest.raises(ErrorEscritorio, match="piden al menos 4 puestos"):
        agregar_regla(pacto.contexto, pacto.comite, "tamano_fijo", {"puestos": 3}, ART, date(2030, 1, 1))


def test_quien_escribe_con_sql_no_mezcla_redes_ni_agrupaciones(pacto, db):
    """Lo que el servicio no deja hacer tampoco entra por fuera (un papel con SQL, otro programa): un miembro de
    otra red en un grupo, un integrante que dice otra agrupación que la de su grupo, un valor de un indicador de un
    miembro de otra red. La base los rechaza con su motivo, en los dos motores."""
    from ayudas import RECHAZO_DE_LA_BASE
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
    from escritorio.servicios.indicadores import definir_indicador

    otra = crear_asociacion(db, NuevaAsociacion(nombre="Otra red", sigla="OTR", paises={"AR": "pleno"}))
    ajeno = guardar_ficha(Contexto(db, otra), FichaMiembro(nombre="Salta", pais="AR", fecha_ingreso=date(2015, 1, 1)),
                          poblacion=(600_000, 2022, "Censo"))
    asociacion = pacto.contexto.asociacion_id
    europa = next(db.query("SELECT id FROM grupos WHERE agrupacion = ? AND nombre = 'Europa'", [REGION]))["id"]
    insertar = "INSERT INTO integrantes_de_grupo (grupo_id, asociacion_id, agrupacion, pais, miembro_id) VALUES (?, ?, ?, ?, ?)"
    with pytest.raises(RECHAZO_DE_LA_BASE, match="Un miembro de un grupo es de la asociación del grupo"):
        db.execute(insertar, [europa, asociacion, REGION, None, ajeno])
    db.conn.rollback()
    with pytest.raises(RECHAZO_DE_LA_BASE, match="Un integrante de un grupo dice la agrupación y la asociación de su"):
        db.execute(insertar, [europa, asociacion, "Subregión", "PT", None])
    db.conn.rollback()
    emisiones = definir_indicador(pacto.contexto, "Emisiones por habitante", "tCO2e/hab", "menor")
    with pytest.raises(RECHAZO_DE_LA_BASE, match="El valor de un indicador es de un miembro de la asociación"):
        db.execute("INSERT INTO valores_indicador (indicador_id, miembro_id, anio, valor, evidencia) "
                   "VALUES (?, ?, 2025, '4.3', 'x')", [emisiones, ajeno])
    db.conn.rollback()
    assert grupos_de_los_miembros(pacto.contexto, REGION).get(ajeno) is None


def test_un_grupo_nuevo_tambien_tiene_que_caber_en_los_puestos(pacto):
    """Con «al menos 1 por región» en un Comité de 4 y cuatro regiones, una quinta región no cabe: se rechaza sin
    crearla; una región vacía nueva se define «sin integrantes todavía»."""
    agregar_regla(pacto.contexto, pacto.comite, "tamano_fijo", {"puestos": 5}, ART)
    _regla(pacto, {"agrupacion": REGION, "cupo": {"minimo": 1}})
    assert definir_grupo(pacto.contexto, REGION, "Oceanía").resumen() == (
        "Grupo «Oceanía» de «Región continental» definido, sin integrantes todavía.")
    with pytest.raises(ErrorEscritorio, match="No se definió el grupo «Antártida»: con él, en Comité Ejecutivo, los "
                                              "cupos de «Región continental» piden al menos 6 puestos"):
        definir_grupo(pacto.contexto, REGION, "Antártida")
    assert "Antártida" not in [g[0] for g in pacto.definidos()[REGION]]


def test_la_regla_reformada_se_lee_reemplazada_por_la_que_rige(pacto):
    """Dos reglas de la misma agrupación: desde la fecha de la reforma rige la nueva, y la lista lo dice (la de otra
    agrupación sigue rigiendo junto a ellas)."""
    vieja = _regla(pacto, {"agrupacion": REGION, "cupo": {"maximo": 3}})
    nueva = _regla(pacto, {"agrupacion": REGION, "cupo": {"maximo": 2}}, desde=date(2027, 1, 1))
    por_tipo = _regla(pacto, {"agrupacion": "tipo_de_miembro", "cupo": {"maximo": 5}})
    def reemplazos(al):
        return {r["id"]: r["reemplazada_por"] for r in reglas_de_composicion(pacto.contexto, pacto.comite, al)}
    assert reemplazos(date(2026, 12, 31)) == {vieja: None, nueva: None, por_tipo: None}
    assert reemplazos(date(2027, 1, 1)) == {vieja: nueva, nueva: None, por_tipo: None}
