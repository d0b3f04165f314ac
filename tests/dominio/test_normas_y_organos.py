"""Reglas puras de normas y órganos: leer artículos, texto vigente a una fecha, avisos de composición, troika."""

from dataclasses import replace
from datetime import date

import pytest

from escritorio.dominio.normas import VersionArticulo, clave_orden, comparar, historia, leer_articulos, texto_vigente
from escritorio.dominio.revision_de_composicion import avisos_de_composicion
from escritorio.dominio.organos import (Asiento, Regla, dar_presidencia, sentar_de_oficio,
                                       sesion_atrasada, troika, vigente)

# --- leer artículos --------------------------------------------------------------------------------

ESTATUTO = """# Estatuto de la Red

Texto preliminar que no pertenece a ningún artículo.

## Capítulo I — Denominación

Artículo 1
La Red es una asociación de gobiernos locales.

Art. 2° Objetivos
Favorecer la integración regional.
Promover la cooperación horizontal.

## Capítulo II

ARTÍCULO 3 bis.-
Los miembros pagan la cuota anual.

CAPÍTULO III

## Artículo 4: Órganos
Son órganos la Asamblea y el Consejo.
"""


def leidos(texto):
    articulos, avisos = leer_articulos(texto)
    return {a.numero: a for a in articulos}, avisos


def test_lee_los_cuatro_estilos_de_encabezado():
    articulos, _ = leer_articulos(ESTATUTO)

    assert [(a.numero, a.titulo) for a in articulos] == [("1", None), ("2", "Objetivos"), ("3 bis", None),
                                                        ("4", "Órganos")]
    primero, segundo, tercero, cuarto = articulos
    assert primero.texto == "La Red es una asociación de gobiernos locales."
    assert segundo.texto == "Favorecer la integración regional.\nPromover la cooperación horizontal."
    assert tercero.texto == "Los miembros pagan la cuota anual."
    assert cuarto.texto == "Son órganos la Asamblea y el Consejo."
    assert [a.linea for a in articulos] == [7, 10, 16, 21]


def test_los_capitulos_no_quedan_dentro_de_ningun_articulo():
    articulos, _ = leer_articulos(ESTATUTO)

    for articulo in articulos:
        assert "apítulo" not in articulo.texto and "APÍTULO" not in articulo.texto, articulo.numero
        assert "#" not in articulo.texto
    assert "preliminar" not in " ".join(a.texto for a in articulos)


def test_capitulo_con_titulo_en_la_misma_linea_tampoco():
    articulos, _ = leer_articulos("Artículo 1 - Sede\nMontevideo.\n\nCAPÍTULO III - DE LOS ÓRGANOS\n\n"
                                  "Artículo 2 - Órganos\nLa Asamblea.\nTÍTULO II\nSección 1\n")
    assert [a.texto for a in articulos] == ["Montevideo.", "La Asamblea."]


def test_texto_en_la_misma_linea_del_encabezado():
    [articulo], avisos = leer_articulos("Artículo 6.- La admisión se solicita por nota.")
    assert (articulo.numero, articulo.titulo, articulo.texto) == ("6", None, "La admisión se solicita por nota.")
    assert avisos == []


@pytest.mark.parametrize("encabezado, numero, titulo", [
    ("Artículo 7º - Admisión", "7", "Admisión"),
    ("Art. 14 ter: Suplentes", "14 ter", "Suplentes"),
    ("artículo 5 quáter", "5 quáter", None),
    ("### Artículo 9 - Suspensión del derecho a voto", "9", "Suspensión del derecho a voto"),
])
def test_variantes_de_encabezado(encabezado, numero, titulo):
    [articulo], _ = leer_articulos(f"{encabezado}\nTexto.")
    assert (articulo.numero, articulo.titulo, articulo.texto) == (numero, titulo, "Texto.")


@pytest.mark.parametrize("titulo", ["Territorio", "Terminología", "Tesorería", "Bisagra"])
def test_un_titulo_sin_guion_que_empieza_como_bis_o_ter_no_cambia_el_numero(titulo):
    # «Artículo 3 Territorio» es el artículo 3, no el «3 ter» con título «ritorio».
    [articulo], _ = leer_articulos(f"Artículo 3 {titulo}\nTexto.")
    assert (articulo.numero, articulo.titulo) == ("3", titulo)


def test_numero_repetido_se_avisa_con_sus_lineas():
    _, avisos = leer_articulos("Artículo 1\nUno.\nArtículo 2\nDos.\nArtículo 2\nOtra vez dos.\nArtículo 3\nTres.")
    assert avisos == ["El artículo 2 aparece dos veces (líneas 3 y 5)."]


def test_numeros_salteados_se_avisan():
    _, avisos = leer_articulos("Artículo 1\nUno.\nArtículo 2\nDos.\nArtículo 5\nCinco.\nArtículo 7\nSiete.")
    assert avisos == ["Faltan los artículos 3, 4, 6 (¿un encabezado mal escrito?)."]


def test_un_bis_no_llena_ni_abre_huecos():
    _, avisos = leer_articulos("Artículo 1\nUno.\nArtículo 1 bis\nUno bis.\nArtículo 2\nDos.")
    assert avisos == []


def test_articulo_sin_texto_se_avisa():
    _, avisos = leer_articulos("Artículo 1\n\nArtículo 2\nDos.")
    assert avisos == ["El artículo 1 (línea 1) no tiene texto."]


def test_sin_encabezados_no_hay_articulos_y_se_explica():
    articulos, avisos = leer_articulos("La Red es una asociación.\nSus órganos son la Asamblea y el Consejo.\n")
    assert articulos == []
    assert avisos == ["No se encontró ningún encabezado «Artículo N». Cada artículo debe empezar en una línea como "
                      "«Artículo 1» o «Art. 1°»."]


def test_una_mencion_a_otro_articulo_dentro_del_texto_no_abre_uno_nuevo():
    articulos, _ = leer_articulos("Artículo 24 - Reforma\nCon la mayoría prevista en el artículo 20 del Estatuto.")
    assert [a.numero for a in articulos] == ["24"]


def test_orden_de_los_numeros():
    numeros = ["14 bis", "2", "14", "10", "14 ter", "1"]
    assert sorted(numeros, key=clave_orden) == ["1", "2", "10", "14", "14 bis", "14 ter"]


# --- texto vigente, historia y comparación ---------------------------------------------------------

ORIGINAL = date(1995, 11, 11)
REFORMA = date(2019, 12, 1)


def version(numero, texto, desde=ORIGINAL, derogado=False, titulo=None):
    return VersionArticulo(numero, titulo, texto, desde, derogado)


@pytest.fixture
def versiones():
    return [
        version("13", "El Consejo se reúne una vez por año."),
        version("14", "La Comisión Directiva tiene tres ciudades."),
        version("25", "La disolución requiere tres cuartos."),
        version("2", "Objetivos."),
        # La reforma de 2019: cambia el 13, deroga el 25 y agrega el 14 bis.
        version("13", "El Consejo se reúne dos veces por año.", REFORMA),
        version("25", "La disolución requiere tres cuartos.", REFORMA, derogado=True),
        version("14 bis", "La Comisión Directiva informa al Consejo.", REFORMA),
    ]


def test_texto_antes_de_la_reforma(versiones):
    antes = texto_vigente(versiones, REFORMA.replace(day=1, month=11))
    assert [(v.numero, v.texto) for v in antes] == [
        ("2", "Objetivos."), ("13", "El Consejo se reúne una vez por año."),
        ("14", "La Comisión Directiva tiene tres ciudades."), ("25", "La disolución requiere tres cuartos.")]


def test_texto_desde_el_dia_de_la_reforma(versiones):
    despues = texto_vigente(versiones, REFORMA)
    assert [v.numero for v in despues] == ["2", "13", "14", "14 bis"]
    assert despues[1].texto == "El Consejo se reúne dos veces por año."
    assert despues[1].vigente_desde == REFORMA


def test_el_dia_anterior_a_la_reforma_rige_el_texto_original(versiones):
    antes = {v.numero: v for v in texto_vigente(versiones, date(2019, 11, 30))}
    assert antes["13"].texto == "El Consejo se reúne una vez por año."
    assert "25" in antes and "14 bis" not in antes


def test_antes_del_texto_original_no_rige_nada(versiones):
    assert texto_vigente(versiones, date(1995, 11, 10)) == []


def test_historia_de_un_articulo_en_orden(versiones):
    assert [(v.vigente_desde, v.derogado) for v in historia(versiones, "25")] == [(ORIGINAL, False), (REFORMA, True)]
    assert [v.texto for v in historia(versiones, "13")] == ["El Consejo se reúne una vez por año.",
                                                           "El Consejo se reúne dos veces por año."]
    assert historia(versiones, "99") == []


def test_un_articulo_derogado_puede_volver_a_regir(versiones):
    versiones.append(version("25", "La disolución requiere dos tercios.", date(2022, 1, 1)))
    assert "25" not in {v.numero for v in texto_vigente(versiones, date(2021, 6, 1))}
    assert {v.numero: v.texto for v in texto_vigente(versiones, date(2022, 1, 1))}["25"] == (
        "La disolución requiere dos tercios.")


def test_comparar_por_oraciones():
    anterior = "El Consejo dirige la Red. Se reúne una vez por año. Lo preside la Secretaría Ejecutiva."
    nuevo = "El Consejo dirige la Red. Se reúne dos veces por año. Lo preside la Secretaría Ejecutiva. Tiene actas."
    assert comparar(anterior, nuevo) == [
        ("igual", "El Consejo dirige la Red.", "El Consejo dirige la Red."),
        ("cambiado", "Se reúne una vez por año.", "Se reúne dos veces por año."),
        ("igual", "Lo preside la Secretaría Ejecutiva.", "Lo preside la Secretaría Ejecutiva."),
        ("agregado", "", "Tiene actas."),
    ]


def test_comparar_oracion_quitada():
    assert comparar("Uno. Dos. Tres.", "Uno. Tres.") == [("igual", "Uno.", "Uno."), ("quitado", "Dos.", ""),
                                                          ("igual", "Tres.", "Tres.")]


def test_comparar_textos_iguales():
    assert [estado for estado, _, _ in comparar("Uno; dos: tres.", "Uno; dos: tres.")] == ["igual"] * 3


# --- avisos de composición -------------------------------------------------------------------------

CATEGORIAS = {"AR": "pleno", "BR": "pleno", "UY": "asociado"}
NOMBRES = {"AR": "Argentina", "BR": "Brasil", "UY": "Uruguay", "PY": "Paraguay"}
POR_CATEGORIA = Regla("por_categoria", {"pleno": 2, "asociado": 1}, "art. 14")


def asiento(miembro_id, pais, cargo="titular", nombre=None):
    return Asiento(miembro_id, miembro_id, nombre or f"Ciudad {miembro_id}", pais, None, cargo, True,
                   date(2024, 12, 1), None)


def consejo(*paises, cargos=None):
    cargos = cargos or ["titular"] * len(paises)
    return [asiento(i, pais, cargo) for i, (pais, cargo) in enumerate(zip(paises, cargos), start=1)]


def test_consejo_completo_sin_avisos():
    assert avisos_de_composicion("Consejo", consejo("AR", "AR", "BR", "BR", "UY"), [POR_CATEGORIA], CATEGORIAS,
                                 NOMBRES) == []


def test_brasil_con_tres_puestos():
    avisos = avisos_de_composicion("Consejo", consejo("AR", "AR", "BR", "BR", "BR", "UY"), [POR_CATEGORIA], CATEGORIAS,
                                   NOMBRES)
    assert avisos == ["Consejo: Brasil ocupa 3 puestos; el art. 14 admite 2."]


def test_la_cita_sale_del_articulo_de_la_regla():
    regla = Regla("por_categoria", {"pleno": 2, "asociado": 1}, "art. 13")
    avisos = avisos_de_composicion("Consejo", consejo("AR", "AR", "BR", "BR", "BR", "UY"), [regla], CATEGORIAS, NOMBRES)
    assert avisos == ["Consejo: Brasil ocupa 3 puestos; el art. 13 admite 2."]
    sin_articulo = Regla("por_categoria", {"pleno": 2, "asociado": 1})
    avisos = avisos_de_composicion("Consejo", consejo("AR", "AR", "BR", "BR", "BR", "UY"), [sin_articulo], CATEGORIAS,
                                   NOMBRES)
    assert avisos == ["Consejo: Brasil ocupa 3 puestos; la regla admite 2."]


def test_puestos_que_faltan_singular_y_plural():
    avisos = avisos_de_composicion("Consejo", consejo("AR", "BR", "BR"), [POR_CATEGORIA], CATEGORIAS, NOMBRES)
    assert avisos == ["Consejo: Argentina tiene 1 de 2 puestos; falta 1 según el art. 14.",
                      "Consejo: Uruguay tiene 0 de 1 puestos; falta 1 según el art. 14."]
    avisos = avisos_de_composicion("Consejo", consejo("BR", "BR", "UY"), [POR_CATEGORIA], CATEGORIAS, NOMBRES)
    assert avisos == ["Consejo: Argentina tiene 0 de 2 puestos; faltan 2 según el art. 14."]


def test_pais_que_no_es_miembro():
    avisos = avisos_de_composicion("Consejo", consejo("AR", "AR", "BR", "BR", "UY", "PY"), [POR_CATEGORIA], CATEGORIAS,
                                   NOMBRES)
    [aviso] = avisos
    assert aviso.startswith("Consejo: Paraguay ocupa 1 puesto")
    assert aviso.endswith(" pero no es país miembro de la asociación (el art. 14).")


def test_suplentes_y_observadores_no_ocupan_puesto():
    asientos = consejo("AR", "AR", "BR", "BR", "UY", "BR", "BR", cargos=["titular", "presidente", "titular", "titular",
                                                                          "titular", "suplente", "observador"])
    assert avisos_de_composicion("Consejo", asientos, [POR_CATEGORIA], CATEGORIAS, NOMBRES) == []


def test_tamano_fijo():
    regla = Regla("tamano_fijo", {"puestos": 3}, "art. 14")
    assert avisos_de_composicion("Comisión Directiva", consejo("AR", "BR", "UY"), [regla], {}, NOMBRES) == []
    assert avisos_de_composicion("Comisión Directiva", consejo("AR", "BR"), [regla], {}, NOMBRES) == [
        "Comisión Directiva: tiene 2 integrantes; el art. 14 fija 3."]
    assert avisos_de_composicion("Comisión Directiva", consejo("AR", "BR", "UY", "AR"), [regla], {}, NOMBRES) == [
        "Comisión Directiva: tiene 4 integrantes; el art. 14 fija 3."]


def test_regla_troika():
    regla = Regla("troika", {}, "art. 14")
    tres = consejo("AR", "BR", "UY")  # miembros 1, 2 y 3
    assert avisos_de_composicion("Comisión Directiva", tres, [regla], {}, NOMBRES, troika=[1, 2, 3]) == []
    assert avisos_de_composicion("Comisión Directiva", tres, [regla], {}, NOMBRES, troika=[2, 3, 4]) == [
        "Comisión Directiva: debe integrarse con la Secretaría Ejecutiva anterior, la actual y la siguiente "
        "(el art. 14); la composición registrada no coincide."]
    # Al principio no hay anterior: bastan la actual y la siguiente.
    assert avisos_de_composicion("Comisión Directiva", tres[:2], [regla], {}, NOMBRES, troika=[None, 1, 2]) == []
    # Sin datos de troika la regla no se evalúa.
    assert avisos_de_composicion("Comisión Directiva", tres, [regla], {}, NOMBRES) == []


def test_todos_los_activos():
    regla = Regla("todos_los_activos", {}, "art. 12")
    assert avisos_de_composicion("Asamblea", consejo("AR", "BR"), [regla], {}, NOMBRES, activos={1, 2}) == []
    assert avisos_de_composicion("Asamblea", consejo("AR", "BR"), [regla], {}, NOMBRES, activos={1, 2, 7, 8}) == [
        "Asamblea: 2 miembros activos no figuran; el art. 12 la integra con todos."]


def test_varias_reglas_a_la_vez():
    reglas = [Regla("tamano_fijo", {"puestos": 5}, "art. 13"), POR_CATEGORIA]
    avisos = avisos_de_composicion("Consejo", consejo("AR", "AR", "BR", "BR", "BR", "UY"), reglas, CATEGORIAS, NOMBRES)
    assert avisos == ["Consejo: tiene 6 integrantes; el art. 13 fija 5.",
                      "Consejo: Brasil ocupa 3 puestos; el art. 14 admite 2."]


# --- asientos de oficio y presidencia (semilla 001:796-800; Estatuto de la demo, arts. 13 y 15) ------------------

DE_OFICIO = Regla("de_oficio", {"organos": ["comision_directiva", "secretaria_ejecutiva"]}, "art. 13")
PRESIDENCIA = Regla("presidencia", {"organo": "secretaria_ejecutiva"}, "art. 15")


def oficio(miembro_id, pais, organo):
    """Un asiento de oficio: sin mandato propio (mandato_id 0), por el cargo en `organo`."""
    return Asiento(0, miembro_id, f"Ciudad {miembro_id}", pais, None, "titular", True, date(2025, 12, 1), None,
                   de_oficio=organo)


def test_los_de_oficio_no_ocupan_el_cupo_de_su_pais():
    # Cinco electas (2 AR, 2 BR, 1 UY) y la troika de oficio: dos argentinas más y una brasileña.
    asientos = sentar_de_oficio(consejo("AR", "AR", "BR", "BR", "UY"), [
        oficio(10, "AR", "Secretaría Ejecutiva"), oficio(11, "AR", "Comisión Directiva"),
        oficio(12, "BR", "Comisión Directiva")])
    assert len(asientos) == 8 and sum(a.solo_de_oficio for a in asientos) == 3
    assert avisos_de_composicion("Consejo", asientos, [POR_CATEGORIA, DE_OFICIO], CATEGORIAS, NOMBRES) == []
    # Si las mismas tres fueran electas (con mandato), Argentina ocuparía 4 puestos: el aviso falso de antes.
    como_electas = [replace(a, mandato_id=100 + a.miembro_id) for a in asientos]
    assert avisos_de_composicion("Consejo", como_electas, [POR_CATEGORIA], CATEGORIAS, NOMBRES) == [
        "Consejo: Argentina ocupa 4 puestos; el art. 14 admite 2.", "Consejo: Brasil ocupa 3 puestos; el art. 14 admite 2."]


def test_una_electa_que_ademas_es_de_oficio_es_un_solo_asiento_que_ocupa_su_cupo():
    electas = consejo("AR", "AR", "BR", "BR", "UY")
    # La ciudad 1 (AR) es electa y además ejerce la Secretaría Ejecutiva (y está en la Comisión Directiva).
    asientos = sentar_de_oficio(electas, [oficio(1, "AR", "Secretaría Ejecutiva"), oficio(1, "AR", "Comisión Directiva"),
                                          oficio(12, "BR", "Comisión Directiva")])
    assert [a.miembro_id for a in asientos] == [1, 2, 3, 4, 5, 12]
    assert (asientos[0].mandato_id, asientos[0].de_oficio, asientos[0].solo_de_oficio) == (1, "Secretaría Ejecutiva", False)
    assert avisos_de_composicion("Consejo", asientos, [POR_CATEGORIA], CATEGORIAS, NOMBRES) == []
    # Si la Asamblea eligiera además otras dos argentinas, el cupo sí se excede (la SE electa cuenta).
    demasiadas = sentar_de_oficio(consejo("AR", "AR", "BR", "BR", "UY", "AR"), [oficio(1, "AR", "Secretaría Ejecutiva")])
    assert avisos_de_composicion("Consejo", demasiadas, [POR_CATEGORIA], CATEGORIAS, NOMBRES) == [
        "Consejo: Argentina ocupa 3 puestos; el art. 14 admite 2."]


def test_la_troika_en_un_consejo_con_mas_integrantes_no_da_aviso():
    regla = Regla("troika", {}, "art. 13")
    asientos = sentar_de_oficio(consejo("AR", "AR", "BR", "BR", "UY"), [oficio(10, "AR", "Comisión Directiva")])
    # La troika (5, 10 y 1) está toda: que haya otras ciudades no es un incumplimiento.
    assert avisos_de_composicion("Consejo", asientos, [regla], CATEGORIAS, NOMBRES, troika=[5, 10, 1]) == []
    # Falta una de la troika: aviso.
    assert avisos_de_composicion("Consejo", asientos, [regla], CATEGORIAS, NOMBRES, troika=[5, 10, 99]) == [
        "Consejo: debe integrarse con la Secretaría Ejecutiva anterior, la actual y la siguiente (el art. 13); la "
        "composición registrada no coincide."]


def test_preside_quien_ejerce_la_secretaria_ejecutiva():
    electas = consejo("AR", "AR", "BR", "BR", "UY")
    se = oficio(10, "AR", "Secretaría Ejecutiva")
    asientos = dar_presidencia(sentar_de_oficio(electas, [se]), se)
    assert [(a.miembro_id, a.cargo) for a in asientos if a.cargo == "presidente"] == [(10, "presidente")]
    assert avisos_de_composicion("Consejo", asientos, [PRESIDENCIA], CATEGORIAS, NOMBRES, preside=asientos[0],
                                 cargo_que_preside="Secretaría Ejecutiva") == []
    # Sin regla de oficio, quien preside se sienta igual (para presidir), sin ocupar cupo.
    solo = dar_presidencia(electas, se)
    assert solo[0].miembro_id == 10 and solo[0].solo_de_oficio and len(solo) == 6
    assert avisos_de_composicion("Consejo", solo, [POR_CATEGORIA, PRESIDENCIA], CATEGORIAS, NOMBRES, preside=solo[0],
                                 cargo_que_preside="Secretaría Ejecutiva") == []


def test_preside_solo_quien_vota_por_una_ciudad_sentada_con_dos_personas():
    """Issue 80, §3: la ciudad que ejerce la Secretaría Ejecutiva se sienta con su alcaldesa (con voto) y su sherpa
    (sin voto): preside una sola de las dos, la que vota."""
    from dataclasses import replace

    alcaldesa = Asiento(7, 10, "Ciudad 10", "AR", "La alcaldesa", "titular", True, date(2025, 12, 1), None)
    sherpa = replace(alcaldesa, mandato_id=8, persona="El sherpa", con_voto=False)
    asientos = dar_presidencia([sherpa, alcaldesa, *consejo("BR")], oficio(10, "AR", "Secretaría Ejecutiva"))
    assert [(a.persona, a.cargo) for a in asientos if a.miembro_id == 10] == [("El sherpa", "titular"),
                                                                               ("La alcaldesa", "presidente")]


def test_un_mandato_de_presidente_de_otra_ciudad_se_avisa():
    asientos = consejo("AR", "AR", "BR", "BR", "UY", cargos=["presidente"] + ["titular"] * 4)
    se = oficio(10, "AR", "Secretaría Ejecutiva")
    con_presidencia = dar_presidencia(asientos, se)
    assert avisos_de_composicion("Consejo", con_presidencia, [PRESIDENCIA], CATEGORIAS, NOMBRES,
                                 preside=con_presidencia[0], cargo_que_preside="Secretaría Ejecutiva") == [
        "Consejo: Ciudad 1 figura como Presidente, pero el art. 15 da la presidencia a quien ejerce la Secretaría "
        "Ejecutiva (Ciudad 10). Corrija el cargo de ese mandato."]
    assert avisos_de_composicion("Consejo", consejo("AR", "AR", "BR", "BR", "UY"), [PRESIDENCIA], CATEGORIAS, NOMBRES,
                                 preside=None, cargo_que_preside="Secretaría Ejecutiva") == [
        "Consejo: nadie ejerce la Secretaría Ejecutiva en esa fecha y el art. 15 le da la presidencia; registre quién "
        "la ejerce."]


def test_un_pais_retirado_en_la_fecha_ya_no_es_de_la_red():
    categorias = {**CATEGORIAS, "PY": "retirado"}
    avisos = avisos_de_composicion("Consejo", consejo("AR", "AR", "BR", "BR", "UY", "PY"), [POR_CATEGORIA], categorias,
                                   NOMBRES)
    assert avisos == ["Consejo: Paraguay ocupa 1 puesto pero no es país miembro de la asociación (el art. 14)."]
    # Con la categoría de antes (pleno), le faltaba una.
    assert avisos_de_composicion("Consejo", consejo("AR", "AR", "BR", "BR", "UY", "PY"), [POR_CATEGORIA],
                                 {**CATEGORIAS, "PY": "pleno"}, NOMBRES) == [
        "Consejo: Paraguay tiene 1 de 2 puestos; falta 1 según el art. 14."]


# --- troika, vigencia y sesiones atrasadas ---------------------------------------------------------

ORDEN = [10, 20, 30, 40]


@pytest.mark.parametrize("actual, esperado", [
    (10, (None, 10, 20)),   # la primera: no hay anterior
    (30, (20, 30, 40)),     # en el medio
    (40, (30, 40, None)),   # la última: no hay siguiente definida
])
def test_troika_en_el_orden(actual, esperado):
    assert troika(ORDEN, actual) == esperado


def test_troika_sin_actual_o_fuera_del_orden():
    assert troika(ORDEN, None) == (None, None, 10)
    assert troika([], None) == (None, None, None)
    assert troika(ORDEN, 99) == (None, 99, None)


def test_vigente_incluye_ambos_extremos():
    assert vigente(date(2024, 12, 1), date(2025, 11, 30), date(2024, 12, 1))
    assert vigente(date(2024, 12, 1), date(2025, 11, 30), date(2025, 11, 30))
    assert not vigente(date(2024, 12, 1), date(2025, 11, 30), date(2025, 12, 1))
    assert not vigente(date(2024, 12, 1), None, date(2024, 11, 30))
    assert vigente(date(2024, 12, 1), None, date(2090, 1, 1))


def test_sesion_atrasada():
    ultima = date(2025, 3, 15)
    assert not sesion_atrasada(ultima, 12, date(2026, 3, 14))
    assert sesion_atrasada(ultima, 12, date(2026, 3, 16))
    assert sesion_atrasada(ultima, 6, date(2026, 1, 1))
    assert not sesion_atrasada(ultima, 6, date(2025, 9, 1))


def test_sesion_atrasada_sin_datos():
    assert not sesion_atrasada(None, 12, date(2026, 1, 1))
    assert not sesion_atrasada(date(2000, 1, 1), None, date(2026, 1, 1))


def test_el_dia_en_que_vence_el_plazo_la_sesion_todavia_no_esta_atrasada():
    # «cuya última sesión es más vieja que eso»: al cumplirse exactamente el plazo, se está en fecha.
    assert not sesion_atrasada(date(2025, 3, 15), 12, date(2026, 3, 15))


def test_la_cita_del_estatuto_no_cambia_de_norma_al_cargar_otra_de_tipo_estatuto():
    """«Estatuto, art. 21» remite al estatuto aunque se cargue otra norma de tipo estatuto cuyo título va antes por
    orden alfabético («Consejo, art. 3»): antes, la cita pasaba a esa otra, y `verificar` daba por rebajadas sin
    reforma las reglas que el estatuto sí había reformado."""
    from escritorio.dominio.normas import Cita, norma_de_la_cita

    estatuto = {"id": 1, "tipo": "estatuto", "titulo": "Estatuto"}
    otra = {"id": 3, "tipo": "estatuto", "titulo": "Consejo, art. 3"}
    reglamento = {"id": 2, "tipo": "reglamento", "titulo": "Reglamento de cuotas"}
    en_orden_alfabetico = [otra, estatuto, reglamento]
    for nombre in (None, "Estatuto", "estatuto"):
        assert norma_de_la_cita(Cita(nombre, ("21",)), en_orden_alfabetico) is estatuto
    # Sin ninguna titulada «Estatuto…», la primera que se cargó.
    primera = {"id": 1, "tipo": "estatuto", "titulo": "Carta orgánica"}
    assert norma_de_la_cita(Cita(None, ("21",)), [otra, primera]) is primera
    assert norma_de_la_cita(Cita("Consejo, art. 3", ("1",)), en_orden_alfabetico) is otra


def test_el_aviso_de_presidencia_lleva_el_articulo_del_cargo():
    """«nadie ejerce el Comité Ejecutivo», no «la Comité Ejecutivo» (issue 78 §4: el artículo sigue al género)."""
    sin_nadie = avisos_de_composicion("Consejo", consejo("AR", "AR", "BR", "BR", "UY"), [PRESIDENCIA], CATEGORIAS,
                                      NOMBRES, preside=None, cargo_que_preside="Comité Ejecutivo")
    assert sin_nadie == ["Consejo: nadie ejerce el Comité Ejecutivo en esa fecha y el art. 15 le da la presidencia; "
                         "registre quién la ejerce."]
    asientos = consejo("AR", "AR", "BR", "BR", "UY", cargos=["presidente"] + ["titular"] * 4)
    assert "quien ejerce el Comité Ejecutivo. Corrija" in avisos_de_composicion(
        "Consejo", asientos, [PRESIDENCIA], CATEGORIAS, NOMBRES, preside=None, cargo_que_preside="Comité Ejecutivo")[-1]
