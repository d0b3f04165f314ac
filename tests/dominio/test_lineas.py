"""Los números de línea del texto de una moción y las recomendaciones de cambio por línea (issue 82), puros: cortar en
palabras enteras a 80 caracteres, numerar seguido a través de los párrafos, aplicar recomendaciones (dentro de un
párrafo, abarcando varios, suprimiendo) y combinarlas con las enmiendas, que citan párrafos."""

from escritorio.dominio.enmiendas import Cambio, parrafos
from escritorio.dominio.lineas import (ANCHO_DE_LINEA, Recomendacion, choques_con_enmiendas, cortar,
                                       errores_de_la_recomendacion, lineas, parrafos_de, se_solapan,
                                       texto_de_las_lineas, texto_resultante)

LARGO = " ".join(f"palabra{n:02d}" for n in range(1, 21))        # 20 palabras de 9 letras: 199 caracteres
TEXTO = f"{LARGO}\n\nSegundo párrafo corto.\n\n{LARGO}"


def test_el_ancho_es_80_y_no_cambia():
    assert ANCHO_DE_LINEA == 80


def test_corta_en_palabras_enteras_y_unir_devuelve_el_parrafo():
    cortadas = cortar(LARGO)
    assert [len(c) for c in cortadas] == [79, 79, 39]      # 8 palabras por línea (8×9 + 7 espacios)
    assert all(len(c) <= ANCHO_DE_LINEA for c in cortadas)
    assert " ".join(cortadas) == LARGO
    # Una palabra más larga que el ancho va sola y entera.
    assert cortar("a " + "x" * 100 + " b") == ["a", "x" * 100, "b"]
    assert cortar("") == []


def test_numera_seguido_a_traves_de_los_parrafos():
    numeradas = lineas(TEXTO)
    assert [(x.numero, x.parrafo) for x in numeradas] == [(1, 1), (2, 1), (3, 1), (4, 2), (5, 3), (6, 3), (7, 3)]
    assert numeradas[3].texto == "Segundo párrafo corto."
    assert texto_de_las_lineas(TEXTO, 3, 4) == cortar(LARGO)[2] + "\nSegundo párrafo corto."
    assert parrafos_de(TEXTO, 3, 5) == (1, 3)
    # Los saltos simples y los espacios de más no cambian la numeración.
    assert lineas(TEXTO.replace(" palabra05", "\n  palabra05")) == numeradas


def test_lo_que_impide_registrar_una_recomendacion():
    assert "tiene 7 líneas" in errores_de_la_recomendacion(TEXTO, 6, 8, "x")[0]
    assert "tiene 7 líneas" in errores_de_la_recomendacion(TEXTO, 3, 2, "x")[0]
    assert "es igual al de la moción" in errores_de_la_recomendacion(TEXTO, 4, 4, " Segundo  párrafo corto. ")[0]
    assert errores_de_la_recomendacion(TEXTO, 4, 4, "") == []
    assert se_solapan((2, 4), (4, 6)) and not se_solapan((2, 3), (4, 6))


def test_reemplaza_lineas_dentro_de_un_parrafo_y_conserva_el_resto():
    resultado = texto_resultante(TEXTO, [Recomendacion(2, 2, "NUEVO")], [])
    primera, _, tercera = cortar(LARGO)
    assert resultado == [f"{primera} NUEVO {tercera}", "Segundo párrafo corto.", LARGO]


def test_suprime_un_parrafo_entero_y_une_los_que_abarca():
    assert texto_resultante(TEXTO, [Recomendacion(4, 4, "")], []) == [LARGO, LARGO]
    # De la línea 3 (fin del párrafo 1) a la 5 (comienzo del 3): quedan unidos en uno.
    primera, segunda, _ = cortar(LARGO)
    _, sexta, septima = cortar(LARGO)
    assert texto_resultante(TEXTO, [Recomendacion(3, 5, "en medio")], []) == [
        f"{primera} {segunda} en medio {sexta} {septima}"]
    # Un texto con una línea en blanco separa párrafos.
    assert texto_resultante(TEXTO, [Recomendacion(4, 4, "Uno.\n\nDos.")], []) == [LARGO, "Uno.", "Dos.", LARGO]


def test_varias_recomendaciones_en_el_mismo_parrafo_se_aplican_todas():
    primera, segunda, tercera = cortar(LARGO)
    assert texto_resultante(TEXTO, [Recomendacion(3, 3, "C"), Recomendacion(1, 1, "A")], []) == [
        f"A {segunda} C", "Segundo párrafo corto.", LARGO]


def test_con_enmiendas_en_otros_parrafos_se_aplican_las_dos():
    enmienda = [Cambio("reemplazar", 3, "Tercero nuevo."), Cambio("insertar", 0, "Al principio.")]
    assert texto_resultante(TEXTO, [Recomendacion(4, 4, "Segundo cambiado.")], [enmienda]) == [
        "Al principio.", LARGO, "Segundo cambiado.", "Tercero nuevo."]
    # Sin recomendaciones, lo mismo que las enmiendas solas.
    assert texto_resultante(TEXTO, [], [enmienda]) == ["Al principio.", LARGO, "Segundo párrafo corto.",
                                                       "Tercero nuevo."]
    assert texto_resultante(TEXTO, [], []) == parrafos(TEXTO)


def test_choques_con_enmiendas():
    enmiendas = {1: [Cambio("reemplazar", 2, "x")], 2: [Cambio("insertar", 1, "y")], 3: [Cambio("suprimir", 3)],
                 4: [Cambio("insertar", 3, "z")]}
    assert choques_con_enmiendas(TEXTO, (4, 4), enmiendas) == [1]
    # De la línea 3 a la 5 abarca los párrafos 1 a 3: insertar después del 1 cae en medio; después del 3, no.
    assert choques_con_enmiendas(TEXTO, (3, 5), enmiendas) == [1, 2, 3]
    assert choques_con_enmiendas(TEXTO, (1, 2), enmiendas) == []
