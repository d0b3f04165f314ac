"""Reglas de la importación: encabezados, validación de cada fila y emparejamiento (los repetidos dentro del
archivo, con la importación entera: tests/servicios/test_importar.py)."""

from datetime import date
from types import SimpleNamespace

import pytest

from escritorio.dominio.emparejamiento import Emparejador, MiembroExistente
from escritorio.dominio.importacion import letra_columna, mapear_encabezados
from escritorio.dominio.fila_importada import FilaMiembro, validar_fila

HOY = date(2025, 3, 7)
COMPLETOS = ["Nombre", "País", "Población", "Año de la población", "Fecha de ingreso", "Tipo", "Correo",
             "Autoridad", "Cargo", "Código", "Región"]


def mapeo(encabezados=COMPLETOS):
    resultado, problemas = mapear_encabezados(encabezados)
    assert problemas == []
    return resultado


def textos(problemas) -> list[str]:
    return [str(p) for p in problemas]


# --- encabezados ----------------------------------------------------------------------------

def test_letras_de_columna_como_en_la_hoja():
    assert [letra_columna(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == \
        ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]


def test_encabezados_sin_importar_mayusculas_acentos_ni_espacios():
    resultado = mapeo(["NOMBRE", "país", "  POBLACION ", "codigo", "REGIÓN"])
    assert resultado.indices == {"nombre": 0, "pais": 1, "poblacion": 2, "codigo": 3, "region": 4}


def test_encabezados_con_sinonimos_habituales():
    resultado = mapeo(["Municipio", "Pais", "Habitantes", "E-mail", "Provincia", "Código oficial"])
    assert resultado.indices == {"nombre": 0, "pais": 1, "poblacion": 2, "correo": 3, "region": 4, "codigo": 5}


def test_faltan_columnas_obligatorias_se_nombran_todas():
    _, problemas = mapear_encabezados(["Municipio", "Nación", "Color"])
    assert len(problemas) == 1
    texto = str(problemas[0])
    assert texto.startswith("Fila 1")
    assert "faltan columnas obligatorias: País, Población" in texto
    assert "encontrados: Municipio, Nación, Color" in texto


def test_hoja_sin_encabezados():
    _, problemas = mapear_encabezados([None, "", None])
    assert "faltan columnas obligatorias: Nombre, País, Población" in str(problemas[0])
    assert "encontrados: ninguno" in str(problemas[0])


def test_columna_repetida_nombra_ambas_letras():
    _, problemas = mapear_encabezados(["Nombre", "País", "Población", "Poblacion"])
    assert textos(problemas) == [
        "Fila 1, columna D: la columna «Poblacion» está repetida (ya aparece en la columna C); deje solo una"]


def test_columnas_desconocidas_se_listan_y_las_informativas_se_callan():
    resultado, problemas = mapear_encabezados(
        ["Nombre", "País", "Población", "Color favorito", "Estado", "ID", "Fundador", "Observaciones", None])
    assert problemas == []
    assert resultado.ignoradas == ["Color favorito", "Observaciones"]


# --- una fila -------------------------------------------------------------------------------

def test_fila_valida_interpreta_cada_valor():
    fila, problemas = validar_fila(
        4, ("  Rosario ", "Argentina", "1.234.567", 2022.0, "15/03/1995", "Municipalidad", "ri@rosario.gob.ar",
            "Pablo Javkin", None, 4314902.0, "Santa Fe"), mapeo(), HOY)
    assert problemas == []
    assert fila == FilaMiembro(fila=4, nombre="Rosario", pais="AR", poblacion=1_234_567, region="Santa Fe",
                               codigo="4314902", anio_poblacion=2022, tipo="municipio",
                               fecha_ingreso=date(1995, 3, 15), autoridad="Pablo Javkin",
                               correo="ri@rosario.gob.ar")


def test_fila_mas_corta_que_los_encabezados_deja_vacios_los_opcionales():
    fila, problemas = validar_fila(2, ("Salto", "UY", 104_028), mapeo(), HOY)
    assert problemas == []
    assert (fila.region, fila.codigo, fila.fecha_ingreso, fila.autoridad) == (None, None, None, None)


def test_cada_error_de_una_fila_nombra_fila_columna_encabezado_y_valor():
    fila, problemas = validar_fila(
        7, ("", "Atlántida", "12,5", "1799", "31/02/2020", "barrio", "x@", None, "Intendente"), mapeo(), HOY)
    assert fila is None
    assert textos(problemas) == [
        "Fila 7, columna A (Nombre): está vacío; cada miembro necesita un nombre",
        "Fila 7, columna B (País), valor «Atlántida»: no es un país reconocido; use el código ISO de dos "
        "letras (AR, BR…) o su nombre",
        "Fila 7, columna C (Población), valor «12,5»: la población tiene decimales; escriba un número "
        "entero de habitantes",
        "Fila 7, columna D (Año de la población), valor «1799»: debe estar entre 1800 y 2025",
        "Fila 7, columna E (Fecha de ingreso), valor «31/02/2020»: no es una fecha válida; escríbala como "
        "dd/mm/aaaa (por ejemplo 15/03/1995)",
        "Fila 7, columna F (Tipo), valor «barrio»: no es un tipo conocido; use Municipio, Gobierno regional, "
        "Asociación nacional",
        "Fila 7, columna G (Correo), valor «x@»: no es una dirección de correo válida (ejemplo: "
        "nombre@municipio.gob)",
        "Fila 7, columna I (Cargo), valor «Intendente»: hay un cargo pero falta el nombre de la autoridad en "
        "la columna Autoridad",
    ]


def test_columna_en_otra_posicion_se_informa_con_su_propia_letra():
    propio = mapeo(["Código", "Región", "Nombre", "País", "Observaciones", "Población"])
    _, problemas = validar_fila(12, ("A1", "Sur", "Colonia", "UY", "x", "muchos"), propio, HOY)
    assert textos(problemas) == [
        "Fila 12, columna F (Población), valor «muchos»: la población no es un número entero "
        "(ejemplos válidos: 1234567, 1.234.567, 1 234 567)"]


def test_pais_vacio_dice_que_esta_vacio():
    _, problemas = validar_fila(3, ("Colonia", "", 5), mapeo(), HOY)
    assert textos(problemas) == ["Fila 3, columna B (País): está vacío"]


def test_fecha_futura_en_la_fila():
    _, problemas = validar_fila(3, ("Colonia", "UY", 5, None, "2030-01-01"), mapeo(), HOY)
    assert textos(problemas) == ["Fila 3, columna E (Fecha de ingreso), valor «2030-01-01»: 01/01/2030 está en el futuro"]


# --- emparejamiento con el padrón existente ------------------------------------------------

def fila(numero, nombre, pais="AR", region=None, codigo=None, poblacion=1000, **otros) -> FilaMiembro:
    return FilaMiembro(fila=numero, nombre=nombre, pais=pais, poblacion=poblacion, region=region, codigo=codigo,
                       **otros)


def existente(id=1, nombre="Rosario", pais="AR", region="Santa Fe", poblacion=1000, anio_poblacion=2022,
              **otros) -> MiembroExistente:
    return MiembroExistente(id=id, nombre=nombre, pais=pais, region=region, poblacion=poblacion,
                            anio_poblacion=anio_poblacion, **otros)


def planificar(filas, existentes):
    """(plan, problemas) de las filas decididas en orden por un `Emparejador`, como la importación
    (servicios/importacion_pasada.py, `Pasada.decidir`): altas, cambios, sin cambios y el mismo miembro dos veces."""
    plan, problemas = SimpleNamespace(nuevos=[], cambios=[], sin_cambios=0), []
    emparejador = Emparejador(existentes)
    for fila in filas:
        decision = emparejador.decidir(fila)
        if decision.problema:
            problemas.append(decision.problema)
        elif decision.existente is None:
            plan.nuevos.append(fila)
        elif decision.cambio.descripcion:
            plan.cambios.append(decision.cambio)
        else:
            plan.sin_cambios += 1
    return plan, problemas


def test_fila_desconocida_es_nueva():
    plan, problemas = planificar([fila(2, "Paraná", region="Entre Ríos")], [existente()])
    assert (len(plan.nuevos), plan.cambios, plan.sin_cambios, problemas) == (1, [], 0, [])


def test_empareja_por_codigo_aunque_cambie_el_nombre():
    plan, _ = planificar([fila(2, "Municipalidad de Rosario", codigo="82084")],
                         [existente(codigo="82084")])
    assert plan.nuevos == []
    assert plan.cambios[0].miembro_id == 1
    assert plan.cambios[0].ficha["nombre"] == "Municipalidad de Rosario"


def test_empareja_por_pais_region_y_nombre_sin_acentos_ni_mayusculas():
    plan, _ = planificar([fila(2, "SAO PAULO", "BR", "sao paulo", poblacion=12_000_000)],
                         [existente(nombre="São Paulo", pais="BR", region="São Paulo", poblacion=12_000_000)])
    assert plan.nuevos == []
    assert len(plan.cambios) + plan.sin_cambios == 1


def test_codigo_agregado_despues_a_un_miembro_importado_sin_codigo():
    plan, _ = planificar([fila(2, "Rosario", region="Santa Fe", codigo="82084")], [existente(codigo=None)])
    assert plan.nuevos == []
    assert plan.cambios[0].ficha["codigo"] == "82084"
    assert len(plan.cambios[0].descripcion) == 1 and "82084" in plan.cambios[0].descripcion[0]


def test_codigo_distinto_al_ya_guardado_es_otro_miembro():
    plan, _ = planificar([fila(2, "Rosario", region="Santa Fe", codigo="NUEVO")], [existente(codigo="VIEJO")])
    assert len(plan.nuevos) == 1


def test_poblacion_nueva_sin_anio_se_agrega_sin_inventar_el_anio():
    plan, _ = planificar([fila(2, "Rosario", region="Santa Fe", poblacion=1100)], [existente()])
    assert plan.cambios[0].poblacion == (1100, None, None)
    [linea] = plan.cambios[0].descripcion  # lo que muestra la simulación: antes y después
    assert "1.000 (2022) → 1.100" in linea


def test_cifra_historica_ya_registrada_no_se_repite():
    guardado = existente()
    guardado.cifras = {(1000, 2022), (900, 2010)}
    plan, _ = planificar([fila(2, "Rosario", region="Santa Fe", poblacion=900, anio_poblacion=2010)], [guardado])
    assert (plan.cambios, plan.sin_cambios) == ([], 1)


def test_cifra_historica_nueva_se_agrega_y_lo_dice():
    plan, _ = planificar([fila(2, "Rosario", region="Santa Fe", poblacion=900, anio_poblacion=2010)], [existente()])
    assert plan.cambios[0].poblacion == (900, 2010, None)
    assert "cifra histórica 900 (2010); sigue rigiendo 1.000 (2022)" in plan.cambios[0].descripcion[0]


def test_poblacion_con_anio_y_fuente_del_archivo():
    plan, _ = planificar([fila(2, "Rosario", region="Santa Fe", poblacion=1100, anio_poblacion=2024,
                               fuente="INDEC")], [existente()])
    assert plan.cambios[0].poblacion == (1100, 2024, "INDEC")


def test_misma_poblacion_no_es_un_cambio():
    plan, _ = planificar([fila(2, "Rosario", region="Santa Fe", poblacion=1000)], [existente()])
    assert (plan.nuevos, plan.cambios, plan.sin_cambios) == ([], [], 1)


def test_celda_vacia_nunca_borra_un_dato():
    guardado = existente(correo="ri@rosario.gob.ar", telefono="+54 341", codigo="82084",
                         fecha_ingreso=date(1995, 11, 11), autoridad="Ana Díaz", cargo="Intendente")
    plan, _ = planificar([fila(2, "Rosario", region="Santa Fe", codigo="82084")], [guardado])
    assert (plan.cambios, plan.sin_cambios) == ([], 1)


def test_region_vacia_en_el_archivo_no_crea_un_duplicado():
    """Un archivo sin la columna Región (o con la celda vacía) debe reconocer a Rosario (Santa Fe)."""
    plan, _ = planificar([fila(2, "Rosario", region=None)], [existente()])
    assert plan.nuevos == []
    assert plan.sin_cambios == 1


def test_region_agregada_despues_a_un_miembro_sin_region_no_crea_un_duplicado():
    plan, _ = planificar([fila(2, "Rosario", region="Santa Fe")], [existente(region=None)])
    assert plan.nuevos == []
    assert plan.cambios[0].ficha["region"] == "Santa Fe"


def test_cambio_de_autoridad_con_cargo_del_pais():
    plan, _ = planificar([fila(2, "Rosario", region="Santa Fe", autoridad="Beto Gómez")],
                         [existente(autoridad="Ana Díaz", cargo="Intendente")])
    assert plan.cambios[0].autoridad == ("Beto Gómez", "Intendente")
    [linea] = plan.cambios[0].descripcion
    assert "Ana Díaz → Beto Gómez (Intendente)" in linea


def test_autoridad_brasilena_nueva_es_prefeito():
    plan, _ = planificar([fila(2, "Curitiba", "BR", "Paraná", autoridad="João Silva")],
                         [existente(nombre="Curitiba", pais="BR", region="Paraná")])
    assert plan.cambios[0].autoridad == ("João Silva", "Prefeito")


def test_misma_autoridad_sin_cargo_no_es_un_cambio():
    plan, _ = planificar([fila(2, "Rosario", region="Santa Fe", autoridad="Ana Díaz")],
                         [existente(autoridad="Ana Díaz", cargo="Jefa de Gobierno")])
    assert plan.sin_cambios == 1


def test_dos_filas_que_caen_en_el_mismo_miembro_se_informan_con_ambas_filas():
    _, problemas = planificar([fila(2, "Rosario", region="Santa Fe"), fila(6, "Ciudad de Rosario", codigo="82084")],
                              [existente(codigo="82084")])
    assert textos(problemas) == [
        "Fila 6, valor «82084»: esta fila y la fila 2 corresponden al mismo miembro («Rosario»); cada miembro debe "
        "figurar una sola vez"]


def test_plan_no_depende_del_orden_de_los_existentes():
    existentes = [existente(1, "Rosario"), existente(2, "Paraná", region="Entre Ríos", poblacion=250_000)]
    filas = [fila(2, "Paraná", region="Entre Ríos", poblacion=250_000), fila(3, "Rosario", region="Santa Fe")]
    directo, _ = planificar(filas, existentes)
    inverso, _ = planificar(filas, list(reversed(existentes)))
    assert (directo.sin_cambios, inverso.sin_cambios) == (2, 2)


@pytest.mark.parametrize("encabezados, muestra, esperado", [
    (["Ciudad", "País", "Provincia", "Habitantes"], None, ["nombre", "pais", "region", "poblacion"]),
    (["Municipio", "Pais", "Departamento", "Nº de habitantes"], None, ["nombre", "pais", "region", "poblacion"]),
    (["Cidade", "País", "Estado", "População"], [("Campinas", "BR", "SP", 1)], ["nombre", "pais", "region", "poblacion"]),
    (["Município", "UF", "País", "Habitantes"], None, ["nombre", "region", "pais", "poblacion"]),
    # Issue 61 §5: el correo y el teléfono «de contacto», como los escribe una planilla de verdad.
    (["Ciudad", "País", "Habitantes", "Correo de contacto"], None, ["nombre", "pais", "poblacion", "correo"]),
    (["Municipio", "Pais", "Habitantes", "Mail", "Tel."], None, ["nombre", "pais", "poblacion", "correo", "telefono"]),
    (["Cidade", "País", "População", "E-mail de contato", "Telefone"], None,
     ["nombre", "pais", "poblacion", "correo", "telefono"]),
    # «Estado» con estados del padrón, o junto a otra columna de región: es el estado del miembro.
    (["Nombre", "País", "Población", "Estado"], [("Salto", "UY", 1, "Activo"), ("Paraná", "AR", 1, "")],
     ["nombre", "pais", "poblacion", "estado"]),
    (["Nombre", "País", "Región", "Población", "Estado"], [("Curitiba", "BR", "Sul", 1, "Paraná")],
     ["nombre", "pais", "region", "poblacion", "estado"]),
])
def test_encabezados_de_una_planilla_de_ciudades_en_castellano_y_portugues(encabezados, muestra, esperado):
    """Issue 42: «Ciudad», «Cidade» y «Município» son el nombre; «Provincia», «Departamento», «UF» y un «Estado» con
    regiones, la región; «Habitantes» y «População», la población."""
    mapeo, problemas = mapear_encabezados(encabezados, muestra)
    assert problemas == [] and mapeo.ignoradas == []
    assert [campo for campo, _ in sorted(mapeo.indices.items(), key=lambda par: par[1])] == esperado
