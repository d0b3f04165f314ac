"""El flujo de las mociones como tabla (dominio/flujos_de_mocion.py, issue 82): los dos hechos, como los de OpenSlides,
uno propio armado paso a paso, su texto guardado y lo que no se admite."""

import pytest

from escritorio.dominio.flujos_de_mocion import (FLUJOS, OBLIGATORIOS, POSIBLES, como_texto, describir_flujo,
                                                 errores_del_cambio, flujo_cambiado, flujo_por_omision, leer_flujo,
                                                 leer_paso, nombre_del_flujo, pasos_en_palabras, siguientes)


def test_los_dos_flujos_hechos():
    assert siguientes(FLUJOS["simple"], "presentada") == ("admitida", "no_admitida", "retirada")
    assert siguientes(FLUJOS["simple"], "admitida") == ("retirada", "aprobada", "rechazada")
    assert siguientes(FLUJOS["completo"], "admitida") == ("retirada", "derivada", "aplazada", "no_tratada",
                                                          "aprobada", "rechazada")
    assert flujo_por_omision() == FLUJOS["completo"]
    for flujo in FLUJOS.values():
        assert OBLIGATORIOS <= flujo <= set(POSIBLES)
    # Un estado final no sigue a ningún otro.
    assert siguientes(FLUJOS["completo"], "derivada") == ()


def test_el_texto_guardado_va_y_vuelve():
    for nombre, flujo in FLUJOS.items():
        assert leer_flujo(como_texto(flujo)) == flujo
        assert nombre_del_flujo(leer_flujo(como_texto(flujo))) == nombre
    assert como_texto(FLUJOS["simple"]) == ("presentada>admitida,presentada>no_admitida,presentada>retirada,"
                                            "admitida>retirada,admitida>aprobada,admitida>rechazada")
    assert leer_flujo(None) == flujo_por_omision()


@pytest.mark.parametrize("texto", ["", "presentada>admitida", "presentada>admitida,admitida>aprobada,"
                                   "admitida>rechazada,admitida>borrada", "cualquier cosa"])
def test_un_texto_que_no_se_entiende_no_se_adivina(texto):
    with pytest.raises(ValueError):
        leer_flujo(texto)


def test_un_flujo_propio_paso_a_paso():
    propio = flujo_cambiado(FLUJOS["simple"], ["admitida>derivada", "ADMITIDA:aplazada"], ["presentada>retirada"])
    assert siguientes(propio, "admitida") == ("retirada", "derivada", "aplazada", "aprobada", "rechazada")
    assert siguientes(propio, "presentada") == ("admitida", "no_admitida")
    assert nombre_del_flujo(propio) is None
    assert describir_flujo(propio) == (
        "flujo propio de las mociones: Presentada → Admitida, No admitida; Admitida → Retirada, Derivada, Aplazada, "
        "Aprobada, Rechazada")
    assert describir_flujo(FLUJOS["simple"]) == "flujo simple de las mociones"
    assert pasos_en_palabras(FLUJOS["simple"]).startswith("Presentada → Admitida, No admitida, Retirada; ")


def test_lo_que_un_cambio_no_puede_pedir():
    errores = errores_del_cambio(["admitida>borrada", "presentada>derivada"], ["admitida>aprobada",
                                                                              "presentada>retirada"])
    assert len(errores) == 3
    assert errores[0].startswith("Paso del flujo «admitida>borrada»: no es uno de los que un reglamento puede admitir")
    assert "«presentada>derivada»" in errores[1]   # derivar se decide sobre una admitida
    assert errores[2] == "El paso Admitida → Aprobada no se quita: sin él ninguna moción llega a votarse."
    assert errores_del_cambio(["admitida>derivada"], ["admitida>derivada"]) == [
        "El paso Admitida → Derivada no se puede sumar y quitar a la vez."]
    assert errores_del_cambio(["admitida>derivada"], ["admitida>aplazada"]) == []
    assert leer_paso("  Admitida > Derivada ") == ("admitida", "derivada")
