"""Estatutos, órganos, mandatos, traspaso y unidades temáticas sobre una base real."""

from datetime import date

import pytest

from ayudas import RECHAZO_DE_LA_BASE, contar
from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.estatutos import (CambioArticulo, buscar_cita, cargar_norma, elegir_norma, historia_de,
                                            listar_normas, listar_reformas, reformar, texto_en,
                                            vista_previa)
from escritorio.servicios.asociaciones import agregar_pais, fijar_categoria
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.miembros import dar_de_baja
from escritorio.servicios.mandatos import corregir_mandato
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, composicion, crear_organo, designar, elegir_organo, listar_organos, mandatos_de, terminar_mandato, troika_al
from escritorio.servicios.reglas_de_composicion import agregar_regla
from escritorio.servicios.rotacion import calendario, fijar_orden_de_sucesion, preparar_traspaso, traspasar
from escritorio.servicios.unidades import (NuevaActividad, actividades, agregar_actividad, cargar_plantilla,
                                           matriz_de_participacion, unidades)

ORIGINAL = date(1995, 11, 11)
REFORMA = date(2019, 12, 1)
TEXTOS = {
    9: "Los miembros que adeuden dos o más cuotas anuales vencidas no tienen derecho a voto.",
    13: "El Consejo es el órgano superior de dirección entre Asambleas. Se reúne al menos una vez por año.",
    25: "La disolución de la Red solo puede resolverla una Asamblea extraordinaria.",
}
NUEVO_13 = "El Consejo es el órgano superior de dirección entre Asambleas. Se reúne al menos dos veces por año."


def estatuto_de(cantidad: int = 25) -> str:
    partes = ["# Estatuto de la Red", ""]
    for numero in range(1, cantidad + 1):
        if numero in (5, 11):
            partes += [f"## Capítulo {'II' if numero == 5 else 'III'}", ""]
        partes += [f"Artículo {numero} - Título {numero}", TEXTOS.get(numero, f"Texto del artículo {numero}."), ""]
    return "\n".join(partes)


@pytest.fixture
def estatuto(db, asociacion_id) -> int:
    return cargar_norma(Contexto(db, asociacion_id), "estatuto", "Estatuto", estatuto_de(), ORIGINAL,
                        "Acta fundacional")


@pytest.fixture
def reformado(db, asociacion_id, estatuto) -> int:
    reformar(Contexto(db, asociacion_id), estatuto, REFORMA, [CambioArticulo("13", NUEVO_13), CambioArticulo("25")],
             aprobada_por="Asamblea General, Resolución 12/2019", descripcion="Reforma de 2019")
    return estatuto


def alta(db, asociacion, nombre, pais, ingreso=date(2000, 1, 1)) -> int:
    return guardar_ficha(Contexto(db, asociacion), FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=ingreso),
                         poblacion=(250_000, 2020, "Censo"))


@pytest.fixture
def ciudades(db, asociacion_id) -> dict[str, int]:
    """Dos argentinas, dos brasileñas y dos uruguayas (la RML: AR y BR plenos, UY asociado)."""
    return {nombre: alta(db, asociacion_id, nombre, pais) for nombre, pais in [
        ("Rosario", "AR"), ("Paraná", "AR"), ("Porto Alegre", "BR"), ("Florianópolis", "BR"),
        ("Montevideo", "UY"), ("Salto", "UY")]}


# --- estatutos ---------------------------------------------------------------------------------------

def test_cargar_y_leer_el_estatuto(db, asociacion_id, estatuto):
    contexto = Contexto(db, asociacion_id)
    vigente = texto_en(contexto, estatuto, date(2000, 1, 1))

    assert [v.numero for v in vigente] == [str(n) for n in range(1, 26)]
    assert {v.numero: v.texto for v in vigente}["9"] == TEXTOS[9]
    assert vigente[0].titulo == "Título 1" and vigente[0].vigente_desde == ORIGINAL
    assert all("Capítulo" not in v.texto for v in vigente)
    [norma] = listar_normas(contexto)
    assert (norma["id"], norma["tipo"], norma["titulo"], norma["reformas"]) == (estatuto, "estatuto", "Estatuto", 1)
    assert elegir_norma(contexto)["id"] == estatuto
    assert elegir_norma(contexto, "estatuto")["id"] == estatuto
    assert texto_en(contexto, estatuto, date(1995, 11, 10)) == []


def test_vista_previa_no_guarda_nada(db, asociacion_id):
    articulos, avisos = vista_previa(estatuto_de(3))
    assert [a.numero for a in articulos] == ["1", "2", "3"] and avisos == []
    assert contar(db, "normas") == 0


@pytest.mark.parametrize("texto, mensaje", [
    ("Sin encabezados de artículos.", "No se encontró ningún encabezado «Artículo N»"),
    ("Artículo 1\nUno.\nArtículo 1\nOtra vez.", "El artículo 1 aparece dos veces (líneas 1 y 3)."),
])
def test_texto_invalido_no_se_carga(db, asociacion_id, texto, mensaje):
    with pytest.raises(ErrorValidacion) as error:
        cargar_norma(Contexto(db, asociacion_id), "estatuto", "Estatuto", texto, ORIGINAL)
    assert error.value.mensaje.startswith("No se cargó la norma:")
    assert mensaje in error.value.mensaje
    assert (contar(db, "normas"), contar(db, "reformas"), contar(db, "versiones_articulo")) == (0, 0, 0)


def test_tipo_y_titulo_se_validan(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    with pytest.raises(ErrorEscritorio, match="Tipo de norma «ley» desconocido; use estatuto, reglamento."):
        cargar_norma(contexto, "ley", "Ley", estatuto_de(2), ORIGINAL)
    with pytest.raises(ErrorEscritorio, match="Escriba el título de la norma"):
        cargar_norma(contexto, "estatuto", "  ", estatuto_de(2), ORIGINAL)
    assert contar(db, "normas") == 0


def test_reforma_cambia_el_13_y_deroga_el_25(db, asociacion_id, reformado):
    contexto = Contexto(db, asociacion_id)
    antes = {v.numero: v for v in texto_en(contexto, reformado, date(2019, 11, 30))}
    despues = {v.numero: v for v in texto_en(contexto, reformado, REFORMA)}

    assert "una vez por año" in antes["13"].texto and "25" in antes and len(antes) == 25
    assert despues["13"].texto == NUEVO_13 and "25" not in despues and len(despues) == 24
    assert despues["13"].titulo == "Título 13"  # sin título nuevo, conserva el anterior
    assert despues["12"].vigente_desde == ORIGINAL
    assert [(v.vigente_desde, v.derogado) for v in historia_de(contexto, reformado, "25")] == [
        (ORIGINAL, False), (REFORMA, True)]
    assert [v.texto for v in historia_de(contexto, reformado, "13")] == [TEXTOS[13], NUEVO_13]
    assert [(r["vigente_desde"], r["aprobada_por"], r["articulos"]) for r in listar_reformas(contexto, reformado)] == [
        ("1995-11-11", "Acta fundacional", 25), ("2019-12-01", "Asamblea General, Resolución 12/2019", 2)]


def test_la_reforma_no_toca_las_versiones_anteriores(db, asociacion_id, reformado):
    assert contar(db, "versiones_articulo") == 27
    with pytest.raises(RECHAZO_DE_LA_BASE, match="no se modifica"):
        db.execute("UPDATE versiones_articulo SET texto = 'x' WHERE numero = '13'")


def test_articulo_nuevo_14_bis_va_despues_del_14(db, asociacion_id, reformado):
    contexto = Contexto(db, asociacion_id)
    reformar(contexto, reformado, date(2022, 1, 1), [CambioArticulo("14 bis", "La Comisión Directiva informa.")])
    numeros = [v.numero for v in texto_en(contexto, reformado, date(2022, 1, 1))]
    assert numeros[12:15] == ["13", "14", "14 bis"]


def test_buscar_cita(db, asociacion_id, reformado):
    contexto = Contexto(db, asociacion_id)
    assert buscar_cita(contexto, "Estatuto, art. 9", date(2025, 1, 1)).texto == TEXTOS[9]
    assert buscar_cita(contexto, "Estatuto, artículo 13", date(2000, 1, 1)).texto == TEXTOS[13]
    assert buscar_cita(contexto, "Estatuto, art. 13", date(2025, 1, 1)).texto == NUEVO_13
    assert buscar_cita(contexto, "Estatuto, art. 25", date(2000, 1, 1)).texto == TEXTOS[25]
    assert buscar_cita(contexto, "Estatuto, art. 25", date(2025, 1, 1)) is None  # derogado
    assert buscar_cita(contexto, "Estatuto, art. 99") is None
    assert buscar_cita(contexto, "Estatuto") is None
    assert buscar_cita(contexto, None) is None


def test_buscar_cita_en_el_reglamento(db, asociacion_id, estatuto):
    contexto = Contexto(db, asociacion_id)
    cargar_norma(contexto, "reglamento", "Reglamento de cuotas", "Artículo 3 - Cuota\nUSD 100 por año.",
                 date(2002, 1, 1))
    assert buscar_cita(contexto, "Reglamento de cuotas (2002), art. 3", date(2010, 1, 1)).texto == "USD 100 por año."
    assert buscar_cita(contexto, "Estatuto, art. 3", date(2010, 1, 1)).texto == "Texto del artículo 3."


def test_derogar_un_articulo_que_no_existe_se_rechaza_sin_escribir(db, asociacion_id, estatuto):
    antes = (contar(db, "reformas"), contar(db, "versiones_articulo"))

    contexto = Contexto(db, asociacion_id)
    with pytest.raises(ErrorValidacion) as error:
        reformar(contexto, estatuto, REFORMA, [CambioArticulo("13", NUEVO_13), CambioArticulo("30")])

    assert error.value.mensaje == ("No se registró la reforma:\n"
                                   "  - No se puede derogar el artículo 30: no rige al 01/12/2019.")
    assert (contar(db, "reformas"), contar(db, "versiones_articulo")) == antes
    assert texto_en(contexto, estatuto, date(2025, 1, 1))[12].texto == TEXTOS[13]


def test_derogar_dos_veces_se_rechaza(db, asociacion_id, reformado):
    with pytest.raises(ErrorValidacion, match="No se puede derogar el artículo 25: no rige al 01/01/2021."):
        reformar(Contexto(db, asociacion_id), reformado, date(2021, 1, 1), [CambioArticulo("25")])


def test_reforma_con_varios_problemas_los_lista_todos(db, asociacion_id, estatuto):
    contexto = Contexto(db, asociacion_id)
    with pytest.raises(ErrorValidacion) as error:
        reformar(contexto, estatuto, REFORMA, [CambioArticulo("catorce", "x"), CambioArticulo("3", "   ")])
    assert error.value.problemas == ["«catorce» no es un número de artículo (ejemplos: 14, 14 bis).",
                                     "El artículo 3 quedaría sin texto; para quitarlo, derógelo."]
    with pytest.raises(ErrorValidacion, match="La reforma no cambia ningún artículo."):
        reformar(contexto, estatuto, REFORMA, [])
    assert contar(db, "reformas") == 1


def test_otra_reforma_del_mismo_articulo_el_mismo_dia(db, asociacion_id, reformado):
    with pytest.raises(ErrorEscritorio, match="Ya hay una reforma de esos artículos con vigencia el 01/12/2019"):
        reformar(Contexto(db, asociacion_id), reformado, REFORMA, [CambioArticulo("13", "Otro texto.")])
    assert contar(db, "reformas") == 2


def test_el_mismo_articulo_dos_veces_en_una_reforma_se_explica_como_tal(db, asociacion_id, estatuto):
    contexto = Contexto(db, asociacion_id)
    with pytest.raises(ErrorEscritorio) as error:
        reformar(contexto, estatuto, REFORMA, [CambioArticulo("3", "Uno."), CambioArticulo("3", "Otro.")])
    # No hay ninguna reforma anterior con esa fecha: el problema es que la reforma repite el artículo 3.
    assert "Ya hay una reforma" not in error.value.mensaje
    assert "3" in error.value.mensaje
    assert (contar(db, "reformas"), contar(db, "versiones_articulo")) == (1, 25)


def test_una_reforma_anterior_al_texto_original_se_rechaza(db, asociacion_id, estatuto):
    # Una reforma no puede regir antes de que exista la norma: el 1/1/1990 quedaría un «estatuto» de un solo artículo.
    contexto = Contexto(db, asociacion_id)
    with pytest.raises(ErrorValidacion):
        reformar(contexto, estatuto, date(1990, 1, 1), [CambioArticulo("13", "Texto de 1990.")])
    assert texto_en(contexto, estatuto, date(1990, 6, 1)) == []


def test_norma_de_otra_asociacion(db, asociacion_id, estatuto):
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    otra = crear_asociacion(db, NuevaAsociacion(nombre="Otra red", sigla="OTR", paises={"AR": "pleno"}))
    contexto = Contexto(db, otra)
    with pytest.raises(ErrorEscritorio, match=f"No existe la norma {estatuto} en esta asociación."):
        texto_en(contexto, estatuto)
    with pytest.raises(ErrorEscritorio, match="todavía no tiene estatuto ni reglamentos"):
        elegir_norma(contexto)


# --- órganos, mandatos y traspaso ---------------------------------------------------------------------

@pytest.fixture
def rotacion(db, asociacion_id, ciudades):
    """Secretaría Ejecutiva de Rosario desde el 1/12/2023 y su Comisión Directiva (troika, 3 puestos)."""
    contexto = Contexto(db, asociacion_id)
    se = crear_organo(contexto, NuevoOrgano("Secretaría Ejecutiva", "secretaria_ejecutiva", articulo="art. 15"))
    cd = crear_organo(contexto, NuevoOrgano("Comisión Directiva", "comision_directiva", articulo="art. 14"))
    agregar_regla(contexto, cd, "troika", articulo="art. 14")
    agregar_regla(contexto, cd, "tamano_fijo", {"puestos": 3}, "art. 14")
    orden = [ciudades[n] for n in ("Rosario", "Porto Alegre", "Montevideo", "Paraná")]
    fijar_orden_de_sucesion(contexto, orden)
    designar(contexto, se, NuevoMandato("titular", date(2023, 12, 1), miembro_id=ciudades["Rosario"]))
    for nombre in ("Rosario", "Porto Alegre"):
        designar(contexto, cd, NuevoMandato("titular", date(2023, 12, 1), miembro_id=ciudades[nombre]))
    return se, cd


def nombres(db, asociacion, organo, al) -> list[str]:
    return [a.miembro for a in composicion(Contexto(db, asociacion), organo, al).asientos]


def test_traspaso_vista_previa_y_registro(db, asociacion_id, ciudades, rotacion):
    se, cd = rotacion
    antes = contar(db, "mandatos")

    contexto = Contexto(db, asociacion_id)
    traspaso = preparar_traspaso(contexto, date(2024, 12, 1))

    assert (traspaso.saliente, traspaso.entrante) == (ciudades["Rosario"], ciudades["Porto Alegre"])
    assert traspaso.troika == (ciudades["Rosario"], ciudades["Porto Alegre"], ciudades["Montevideo"])
    assert traspaso.descripcion() == [
        "Secretaría Ejecutiva: Rosario → Porto Alegre desde el 01/12/2024",
        "Comisión Directiva: Rosario (anterior), Porto Alegre (actual), Montevideo (siguiente)"]
    assert contar(db, "mandatos") == antes  # la vista previa no escribe

    traspasar(contexto, traspaso)

    [saliente] = composicion(contexto, se, date(2024, 11, 30)).asientos
    [entrante] = composicion(contexto, se, date(2024, 12, 1)).asientos
    assert (saliente.miembro, saliente.desde, saliente.hasta) == ("Rosario", date(2023, 12, 1), date(2024, 11, 30))
    assert (entrante.miembro, entrante.desde, entrante.hasta) == ("Porto Alegre", date(2024, 12, 1), None)
    assert nombres(db, asociacion_id, cd, date(2024, 11, 30)) == ["Rosario", "Porto Alegre"]
    nueva = composicion(contexto, cd, date(2024, 12, 1))
    assert sorted(a.miembro for a in nueva.asientos) == ["Montevideo", "Porto Alegre", "Rosario"]
    assert nueva.avisos == []
    assert troika_al(contexto, date(2024, 12, 1)) == traspaso.troika
    terminados = [m for m in mandatos_de(contexto, se) if m["hasta"] == "2024-11-30"]
    assert [(c["campo"], c["antes"], c["despues"], c["motivo"]) for c in terminados[0]["correcciones"]] == [
        ("hasta", None, "2024-11-30", "Traspaso de la Secretaría Ejecutiva")]


def test_la_troika_sin_mandatos_se_deriva_y_no_repite_a_quien_ya_tiene_su_asiento(db, asociacion_id, ciudades):
    """Issue 66, §4: una Comisión Directiva de regla troika sin mandatos del cargo de la troika se integra con la
    Secretaría Ejecutiva en la fecha (de oficio, sin mandato). Quien ya tiene otro mandato en ella (aquí, Rosario
    como Presidente) conserva su asiento, que dice también por qué se sienta de oficio: una ciudad, un asiento."""
    contexto = Contexto(db, asociacion_id)
    se = crear_organo(contexto, NuevoOrgano("Secretaría Ejecutiva", "secretaria_ejecutiva"))
    cd = crear_organo(contexto, NuevoOrgano("Comisión Directiva", "comision_directiva"))
    agregar_regla(contexto, cd, "troika", articulo="art. 14")
    fijar_orden_de_sucesion(contexto, [ciudades[n] for n in ("Rosario", "Porto Alegre", "Montevideo")])
    designar(contexto, se, NuevoMandato("titular", date(2023, 12, 1), miembro_id=ciudades["Rosario"]))
    designar(contexto, cd, NuevoMandato("presidente", date(2023, 12, 1), miembro_id=ciudades["Rosario"]))

    comp = composicion(contexto, cd, date(2024, 6, 1))
    assert [(a.miembro, a.cargo, a.mandato_id > 0, a.de_oficio) for a in comp.asientos] == [
        ("Rosario", "presidente", True, "Secretaría Ejecutiva"),
        ("Porto Alegre", "titular", False, "Secretaría Ejecutiva siguiente")]
    assert comp.avisos == []
    # Con la troika registrada a mano (el cargo de la troika), nada se deriva: la composición es la registrada.
    designar(contexto, cd, NuevoMandato("titular", date(2024, 3, 1), miembro_id=ciudades["Montevideo"]))
    comp = composicion(contexto, cd, date(2024, 6, 1))
    assert [(a.miembro, a.de_oficio) for a in comp.asientos] == [("Rosario", None), ("Montevideo", None)]
    assert len(comp.avisos) == 1 and "la composición registrada no coincide" in comp.avisos[0]


def test_dos_traspasos_seguidos(db, asociacion_id, ciudades, rotacion):
    se, cd = rotacion
    contexto = Contexto(db, asociacion_id)
    traspasar(contexto, preparar_traspaso(contexto, date(2024, 12, 1)))
    segundo = preparar_traspaso(contexto, date(2025, 12, 1))
    assert segundo.descripcion()[1] == "Comisión Directiva: Porto Alegre (anterior), Montevideo (actual), Paraná (siguiente)"
    traspasar(contexto, segundo)

    assert nombres(db, asociacion_id, se, date(2025, 12, 1)) == ["Montevideo"]
    assert sorted(nombres(db, asociacion_id, cd, date(2025, 12, 1))) == ["Montevideo", "Paraná", "Porto Alegre"]
    assert composicion(contexto, cd, date(2025, 12, 1)).avisos == []
    assert [(p["miembro"], p["desde"], p["hasta"], p["previsto"]) for p in calendario(contexto)][:3] == [
        ("Rosario", "2023-12-01", "2024-11-30", False), ("Porto Alegre", "2024-12-01", "2025-11-30", False),
        ("Montevideo", "2025-12-01", None, False)]


def test_el_mismo_traspaso_dos_veces_no_duplica_la_secretaria(db, asociacion_id, ciudades, rotacion):
    se, cd = rotacion
    contexto = Contexto(db, asociacion_id)
    traspasar(contexto, preparar_traspaso(contexto, date(2024, 12, 1)))

    # Repetir la orden (p. ej. «organos traspaso --fecha 2024-12-01» dos veces) debe rechazarse o no cambiar nada.
    try:
        traspasar(contexto, preparar_traspaso(contexto, date(2024, 12, 1)))
    except ErrorEscritorio:
        pass

    assert nombres(db, asociacion_id, se, date(2024, 12, 1)) == ["Porto Alegre"]
    assert len(composicion(contexto, cd, date(2024, 12, 1)).asientos) == 3


def test_traspaso_a_una_ciudad_elegida(db, asociacion_id, ciudades, rotacion):
    contexto = Contexto(db, asociacion_id)
    traspaso = preparar_traspaso(contexto, date(2024, 12, 1), entrante=ciudades["Montevideo"])
    assert traspaso.troika == (ciudades["Rosario"], ciudades["Montevideo"], ciudades["Paraná"])
    with pytest.raises(ErrorEscritorio, match="La ciudad entrante ya ejerce la Secretaría Ejecutiva."):
        preparar_traspaso(contexto, date(2024, 12, 1), entrante=ciudades["Rosario"])


def test_traspaso_sin_secretaria_ejecutiva(db, asociacion_id, ciudades):
    with pytest.raises(ErrorEscritorio, match="no tiene un órgano de tipo Secretaría Ejecutiva"):
        preparar_traspaso(Contexto(db, asociacion_id), date(2024, 12, 1))


def test_mandato_que_termina_el_dia_anterior_a_otro(db, asociacion_id, ciudades):
    contexto = Contexto(db, asociacion_id)
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    designar(contexto, consejo, NuevoMandato("presidente", date(2022, 12, 1), miembro_id=ciudades["Rosario"],
                                             hasta=date(2024, 11, 30), persona="Intendente de Rosario"))
    designar(contexto, consejo, NuevoMandato("presidente", date(2024, 12, 1), miembro_id=ciudades["Montevideo"]))

    [ultimo_dia] = composicion(contexto, consejo, date(2024, 11, 30)).asientos
    [primer_dia] = composicion(contexto, consejo, date(2024, 12, 1)).asientos
    assert (ultimo_dia.miembro, ultimo_dia.persona, ultimo_dia.hasta) == ("Rosario", "Intendente de Rosario",
                                                                         date(2024, 11, 30))
    assert (primer_dia.miembro, primer_dia.desde) == ("Montevideo", date(2024, 12, 1))
    assert composicion(contexto, consejo, date(2022, 11, 30)).asientos == []


@pytest.fixture
def consejo(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    organo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo", frecuencia_meses=6, articulo="art. 14"))
    agregar_regla(contexto, organo, "por_categoria", {"pleno": 2, "asociado": 1}, "art. 14")
    return organo


def integrar(db, asociacion, organo, miembros, desde=date(2024, 12, 1)):
    for miembro in miembros:
        designar(Contexto(db, asociacion), organo, NuevoMandato("titular", desde, miembro_id=miembro))


def test_consejo_completo_sin_avisos(db, asociacion_id, ciudades, consejo):
    integrar(db, asociacion_id, consejo, [ciudades[n] for n in ("Rosario", "Paraná", "Porto Alegre", "Florianópolis",
                                                             "Montevideo")])
    comp = composicion(Contexto(db, asociacion_id), consejo, date(2025, 1, 1))
    assert len(comp.asientos) == 5 and comp.avisos == []
    assert {a.pais for a in comp.asientos} == {"AR", "BR", "UY"}


def test_reglas_de_puestos_violadas(db, asociacion_id, ciudades, consejo):
    brasil = alta(db, asociacion_id, "Curitiba", "BR")
    # Asunción se cargó cuando Paraguay era de la red; después la red dejó de incluirlo (retirado desde 2024).
    contexto = Contexto(db, asociacion_id)
    agregar_pais(contexto, "PY", "pleno")
    asuncion = alta(db, asociacion_id, "Asunción", "PY")
    integrar(db, asociacion_id, consejo, [asuncion], desde=date(2023, 6, 1))   # cuando Paraguay era pleno
    fijar_categoria(contexto, "PY", "retirado", date(2024, 1, 1), "Asamblea General, Resolución 2/2023")
    integrar(db, asociacion_id, consejo, [ciudades["Rosario"], ciudades["Porto Alegre"], ciudades["Florianópolis"],
                                          brasil])

    avisos = composicion(contexto, consejo, date(2025, 1, 1)).avisos

    assert avisos == ["Consejo: Argentina tiene 1 de 2 puestos; falta 1 según el art. 14.",
                      "Consejo: Brasil ocupa 3 puestos; el art. 14 admite 2.",
                      "Consejo: Uruguay tiene 0 de 1 puestos; falta 1 según el art. 14.",
                      avisos[3]]
    assert avisos[3].startswith("Consejo: Paraguay ocupa 1 puesto") and "no es país miembro" in avisos[3]


def test_organos_y_nombres(db, asociacion_id, consejo):
    contexto = Contexto(db, asociacion_id)
    cd = crear_organo(contexto, NuevoOrgano("Comisión Directiva", "comision_directiva", padre_id=consejo))
    assert [(o["nombre"], o["tipo_nombre"], o["padre"]) for o in listar_organos(contexto)] == [
        ("Consejo", "Consejo", None), ("Comisión Directiva", "Comisión Directiva", "Consejo")]
    assert elegir_organo(contexto, "comision directiva")["id"] == cd
    assert elegir_organo(contexto, str(consejo))["id"] == consejo
    with pytest.raises(ErrorEscritorio, match="No hay ningún órgano «Directorio»"):
        elegir_organo(contexto, "Directorio")
    with pytest.raises(ErrorValidacion, match="Ya existe un órgano llamado «CONSEJO»"):
        crear_organo(contexto, NuevoOrgano("CONSEJO", "consejo"))
    with pytest.raises(ErrorValidacion, match="Tipo «junta» desconocido"):
        crear_organo(contexto, NuevoOrgano("Junta", "junta"))
    with pytest.raises(ErrorEscritorio, match="Regla «mitad» desconocida"):
        agregar_regla(contexto, consejo, "mitad")


def test_designar_valida_todo_junto(db, asociacion_id, ciudades, consejo):
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    otra = crear_asociacion(db, NuevaAsociacion(nombre="Otra red", sigla="OTR", paises={"AR": "pleno"}))
    ajena = alta(db, otra, "Mendoza", "AR")

    contexto = Contexto(db, asociacion_id)
    with pytest.raises(ErrorValidacion) as error:
        designar(contexto, consejo, NuevoMandato("jefe", date(2025, 1, 1), miembro_id=ajena,
                                                 hasta=date(2024, 1, 1)))
    assert error.value.problemas[0].startswith("Cargo «jefe» desconocido")
    assert error.value.problemas[1:] == [f"El miembro {ajena} no pertenece a esta asociación.",
                                         "El mandato termina antes de empezar."]
    with pytest.raises(ErrorValidacion, match="Indique el miembro, la persona, o ambos."):
        designar(contexto, consejo, NuevoMandato("titular", date(2025, 1, 1)))
    assert contar(db, "mandatos") == 0


def test_un_mandato_no_se_borra(db, asociacion_id, ciudades, consejo):
    integrar(db, asociacion_id, consejo, [ciudades["Rosario"]])
    with pytest.raises(RECHAZO_DE_LA_BASE, match="Un mandato no se borra"):
        db.execute("DELETE FROM mandatos")
    assert contar(db, "mandatos") == 1


def test_correccion_con_motivo_queda_registrada(db, asociacion_id, ciudades, consejo):
    integrar(db, asociacion_id, consejo, [ciudades["Rosario"]])
    contexto = Contexto(db, asociacion_id)
    [mandato] = mandatos_de(contexto, consejo)

    corregir_mandato(contexto, mandato["id"], "desde", date(2024, 12, 10), "La designación se firmó el 10/12")
    terminar_mandato(contexto, mandato["id"], date(2025, 6, 30), "Renuncia de la ciudad")

    [mandato] = mandatos_de(contexto, consejo)
    assert (mandato["desde"], mandato["hasta"]) == ("2024-12-10", "2025-06-30")
    assert [(c["campo"], c["antes"], c["despues"], c["motivo"]) for c in mandato["correcciones"]] == [
        ("desde", "2024-12-01", "2024-12-10", "La designación se firmó el 10/12"),
        ("hasta", None, "2025-06-30", "Renuncia de la ciudad")]
    assert all(c["corregido_en"] for c in mandato["correcciones"])
    assert composicion(contexto, consejo, date(2025, 7, 1)).asientos == []


def test_correcciones_que_no_se_aceptan(db, asociacion_id, ciudades, consejo):
    integrar(db, asociacion_id, consejo, [ciudades["Rosario"]])
    contexto = Contexto(db, asociacion_id)
    [mandato] = mandatos_de(contexto, consejo)
    with pytest.raises(ErrorEscritorio, match="Indique el motivo de la corrección."):
        corregir_mandato(contexto, mandato["id"], "hasta", date(2025, 1, 1), "  ")
    with pytest.raises(ErrorEscritorio, match="El dato «organo_id» de un mandato no se corrige así"):
        corregir_mandato(contexto, mandato["id"], "organo_id", 1, "Error de carga")
    with pytest.raises(ErrorEscritorio, match="terminaría antes de empezar"):
        corregir_mandato(contexto, mandato["id"], "hasta", date(2020, 1, 1), "Error de carga")
    with pytest.raises(ErrorEscritorio, match="No existe el mandato 999."):
        corregir_mandato(contexto, 999, "hasta", date(2025, 1, 1), "Error de carga")
    assert contar(db, "correcciones_mandato") == 0


def test_corregir_el_cargo_a_uno_desconocido_se_explica(db, asociacion_id, ciudades, consejo):
    integrar(db, asociacion_id, consejo, [ciudades["Rosario"]])
    contexto = Contexto(db, asociacion_id)
    [mandato] = mandatos_de(contexto, consejo)

    with pytest.raises(ErrorEscritorio) as error:
        corregir_mandato(contexto, mandato["id"], "cargo", "jefe", "Error de carga")

    # Como al designar: «Cargo «jefe» desconocido; use …», no un error de la base de datos.
    assert "CHECK constraint" not in error.value.mensaje
    assert "No se pudo usar la base de datos" not in error.value.mensaje
    assert "jefe" in error.value.mensaje


def test_corregir_con_una_fecha_imposible_se_rechaza(db, asociacion_id, ciudades, consejo):
    integrar(db, asociacion_id, consejo, [ciudades["Rosario"]])
    contexto = Contexto(db, asociacion_id)
    [mandato] = mandatos_de(contexto, consejo)

    with pytest.raises(ErrorEscritorio):
        corregir_mandato(contexto, mandato["id"], "desde", "2025-13-01", "Error de carga")

    assert mandatos_de(contexto, consejo)[0]["desde"] == "2024-12-01"
    composicion(contexto, consejo, date(2026, 6, 1))  # la composición se sigue pudiendo leer


def test_la_base_rechaza_un_mandato_con_fecha_imposible(db, asociacion_id, ciudades, consejo):
    # La restricción «date(desde) = desde» da NULL (no falso) para «2025-13-01» y deja pasar la fila.
    with pytest.raises(RECHAZO_DE_LA_BASE):
        db.execute("INSERT INTO mandatos (organo_id, miembro_id, cargo, desde) VALUES (?, ?, 'titular', '2025-13-01')",
                   [consejo, ciudades["Rosario"]])


# --- asamblea ------------------------------------------------------------------------------------------

@pytest.fixture
def asamblea(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    # La regla «todos los miembros activos» la recibe al crearse (citada al artículo del órgano).
    return crear_organo(contexto, NuevoOrgano("Asamblea General", "asamblea", frecuencia_meses=12, articulo="art. 12"))


def test_la_asamblea_la_integran_todos_los_activos(db, asociacion_id, ciudades, asamblea):
    dar_de_baja(db, ciudades["Salto"], date(2024, 6, 30), "Renuncia", asociacion_id)

    contexto = Contexto(db, asociacion_id)
    comp = composicion(contexto, asamblea, date(2025, 1, 1))

    assert sorted(a.miembro for a in comp.asientos) == ["Florianópolis", "Montevideo", "Paraná", "Porto Alegre",
                                                        "Rosario"]
    assert all(a.con_voto and a.cargo == "titular" for a in comp.asientos)
    assert comp.avisos == []
    assert "Salto" in [a.miembro for a in composicion(contexto, asamblea, date(2024, 6, 29)).asientos]


def test_la_asamblea_respeta_los_mandatos_registrados(db, asociacion_id, ciudades, asamblea):
    contexto = Contexto(db, asociacion_id)
    designar(contexto, asamblea, NuevoMandato("presidente", date(2024, 1, 1), miembro_id=ciudades["Rosario"],
                                              persona="Intendente de Rosario"))
    comp = composicion(contexto, asamblea, date(2025, 1, 1))
    assert len(comp.asientos) == 6
    assert [(a.miembro, a.cargo) for a in comp.asientos if a.miembro == "Rosario"] == [("Rosario", "presidente")]


def test_la_asamblea_en_una_fecha_anterior_no_incluye_a_quien_ingreso_despues(db, asociacion_id, ciudades, asamblea):
    alta(db, asociacion_id, "Córdoba", "AR", ingreso=date(2024, 3, 1))

    comp = composicion(Contexto(db, asociacion_id), asamblea, date(2020, 1, 1))

    assert "Córdoba" not in [a.miembro for a in comp.asientos]
    assert all(a.desde <= date(2020, 1, 1) for a in comp.asientos)


# --- unidades temáticas --------------------------------------------------------------------------------

def test_plantilla_de_15_unidades_una_sola_vez(db, asociacion_id, consejo):
    contexto = Contexto(db, asociacion_id)
    assert cargar_plantilla(contexto, padre_id=consejo, articulo="art. 17") == 15
    assert cargar_plantilla(contexto) == 0

    lista = unidades(contexto)
    assert len(lista) == 15 and contar(db, "organos") == 16
    assert lista[0]["nombre"] == "UT Ambiente y desarrollo sostenible" and lista[-1]["nombre"] == "UT Turismo"
    assert all(u["atribuciones"] and u["padre"] == "Consejo" and u["articulo"] == "art. 17" for u in lista)


def test_actividades_de_una_unidad(db, asociacion_id, ciudades):
    contexto = Contexto(db, asociacion_id)
    cargar_plantilla(contexto)
    cultura = elegir_organo(contexto, "UT Cultura")["id"]
    agregar_actividad(contexto, cultura, NuevaActividad("Informe anual", date(2026, 1, 15), date(2026, 12, 15),
                                                        "en_curso", ciudades["Montevideo"]))
    agregar_actividad(contexto, cultura, NuevaActividad("Seminario regional", date(2025, 6, 10),
                                                        date(2025, 6, 12), "realizada", ciudades["Rosario"],
                                                        "Declaración final firmada."))

    assert [(a["titulo"], a["estado"], a["responsable"]) for a in actividades(db, cultura)] == [
        ("Seminario regional", "realizada", "Rosario"), ("Informe anual", "en_curso", "Montevideo")]
    with pytest.raises(ErrorEscritorio, match="Estado «hecha» desconocido"):
        agregar_actividad(contexto, cultura, NuevaActividad("X", estado="hecha"))
    with pytest.raises(ErrorEscritorio, match="La actividad termina antes de empezar."):
        agregar_actividad(contexto, cultura, NuevaActividad("X", date(2025, 2, 1), date(2025, 1, 1)))
    with pytest.raises(ErrorEscritorio, match="Escriba el título de la actividad."):
        agregar_actividad(contexto, cultura, NuevaActividad(" "))
    with pytest.raises(ErrorEscritorio, match="No existe la unidad 999"):
        agregar_actividad(contexto, 999, NuevaActividad("X"))
    assert contar(db, "actividades") == 2


def test_matriz_de_participacion(db, asociacion_id, ciudades):
    contexto = Contexto(db, asociacion_id)
    cargar_plantilla(contexto)
    cultura = elegir_organo(contexto, "UT Cultura")["id"]
    turismo = elegir_organo(contexto, "UT Turismo")["id"]
    desde = date(2025, 1, 1)
    designar(contexto, cultura, NuevoMandato("coordinador", desde, miembro_id=ciudades["Montevideo"]))
    designar(contexto, cultura, NuevoMandato("integrante", desde, miembro_id=ciudades["Rosario"]))
    designar(contexto, turismo, NuevoMandato("integrante", date(2020, 1, 1), miembro_id=ciudades["Montevideo"]))
    designar(contexto, turismo, NuevoMandato("subcoordinador", desde, miembro_id=ciudades["Porto Alegre"],
                                             hasta=date(2025, 12, 31)))

    matriz = matriz_de_participacion(contexto, date(2025, 6, 1))

    assert len(matriz.unidades) == 15
    i_cultura, i_turismo = matriz.unidades.index("UT Cultura"), matriz.unidades.index("UT Turismo")
    filas = {miembro: (pais, papeles) for miembro, pais, papeles in matriz.filas}
    assert [m for m, _, _ in matriz.filas] == ["Rosario", "Porto Alegre", "Montevideo"]  # por país: AR, BR, UY
    assert filas["Montevideo"][0] == "Uruguay"
    assert (filas["Montevideo"][1][i_cultura], filas["Montevideo"][1][i_turismo]) == ("Coordinador", "Integrante")
    assert (filas["Rosario"][1][i_cultura], filas["Rosario"][1][i_turismo]) == ("Integrante", "")
    assert filas["Porto Alegre"][1][i_turismo] == "Subcoordinador"
    assert sum(1 for papel in filas["Montevideo"][1] if papel) == 2

    despues = matriz_de_participacion(contexto, date(2026, 6, 1))
    assert "Porto Alegre" not in [m for m, _, _ in despues.filas]
    assert [m for m, _, _ in matriz_de_participacion(contexto, date(2019, 1, 1)).filas] == []


def test_organo_con_sesion_atrasada_avisa_con_su_articulo(tmp_path, demo_como):
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.organos import composicion

    db = abrir_base(demo_como("red.db"))
    contexto = Contexto(db, 1)
    consejo = next(o for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    ultima = date.fromisoformat(db.execute("SELECT max(fecha) FROM sesiones WHERE organo_id = ? AND estado = 'celebrada'",
                                           [consejo["id"]]).fetchone()[0])
    en_fecha = composicion(contexto, consejo["id"], ultima.replace(month=ultima.month + 1))
    assert not any("atrasada" in a for a in en_fecha.avisos)
    tarde = composicion(contexto, consejo["id"], ultima.replace(year=ultima.year + 1))
    assert any(a.startswith("Consejo: la última sesión ordinaria celebrada fue el") and "Estatuto, art. 13" in a
               and "cada 6 meses" in a for a in tarde.avisos)
