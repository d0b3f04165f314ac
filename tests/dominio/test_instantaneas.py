"""Lo que dice un documento de lista, guardado chico y comparado con hoy (dominio.instantaneas): la verificación dice
qué cambió sin que la base guarde la lista entera."""

import json

from escritorio.dominio.instantaneas import FILAS_GUARDADAS, Instantanea, cambios

MIEMBROS = ("{0} miembro", "{0} miembros")


def _padron(filas_por_pais: dict[str, list[tuple[int, str, int]]]) -> Instantanea:
    instantanea = Instantanea()
    for pais, filas in filas_por_pais.items():
        seccion = instantanea.seccion(pais, pais, MIEMBROS)
        for clave, nombre, poblacion in filas:
            seccion.agregar(clave, nombre, [nombre, poblacion])
    return instantanea


def test_dice_quien_entra_quien_sale_y_que_cambio():
    antes = _padron({"Argentina": [(1, "Rosario", 100), (2, "Paraná", 200)], "Chile": [(3, "Santiago", 300)]})
    hoy = _padron({"Argentina": [(1, "Rosario", 150), (4, "Córdoba", 400)], "Uruguay": [(5, "Salto", 50)]})
    assert cambios(antes.compacta(), hoy) == [
        "Argentina: cambió Rosario.",
        "Argentina: se agregó Córdoba.",
        "Argentina: ya no está Paraná.",
        "Chile: ya no figura (el documento tenía 1 miembro).",
        "Uruguay: se agregó Salto.",
    ]
    assert cambios(antes.compacta(), antes) == []
    # El orden en que se listan no es lo que el documento dice: otra manera de ordenar da la misma huella.
    al_reves = _padron({"Chile": [(3, "Santiago", 300)], "Argentina": [(2, "Paraná", 200), (1, "Rosario", 100)]})
    assert al_reves.huella() == antes.huella() and cambios(antes.compacta(), al_reves) == []
    assert hoy.huella() != antes.huella() and antes.huella(lote=1) != antes.huella(lote=2)


def test_un_padron_de_dieciseis_mil_miembros_guarda_sus_cuentas_no_sus_filas():
    grande = {"Brasil": [(i, f"Ciudad {i}", i) for i in range(12_000)],
              "Argentina": [(20_000 + i, f"Municipio {i}", i) for i in range(4_000)]}
    guardada = grande_compacta = _padron(grande).compacta()
    assert len(json.dumps(grande_compacta)) < 2_000   # ni una fila: cada país, su cuenta y su huella
    assert all("filas" not in s for s in guardada)

    grande["Brasil"].append((99_999, "Ciudad nueva", 1))
    grande["Argentina"][0] = (20_000, "Municipio 0 (corregido)", 0)
    assert cambios(guardada, _padron(grande)) == [
        "Brasil: el documento tenía 12000 miembros; hoy, 12001 miembros.",
        "Argentina: cambió algún dato (tiene 4000 miembros, como en el documento).",
    ]
    # Una sección chica se guarda con sus filas aunque otra del mismo documento no.
    chico = _padron({"Chile": [(1, "Santiago", 1)], "Brasil": [(i, str(i), i) for i in range(FILAS_GUARDADAS + 1)]})
    assert [("filas" in s) for s in chico.compacta()] == [True, False]


def test_muchos_cambios_se_cuentan_en_lugar_de_listarse():
    antes = _padron({"Argentina": [(i, f"C{i}", i) for i in range(30)]})
    hoy = _padron({"Argentina": [(i, f"C{i}", i + 1) for i in range(30)]})
    frases = cambios(antes.compacta(), hoy)
    assert len(frases) == 12 and frases[-1] == "y 19 cambios más."
