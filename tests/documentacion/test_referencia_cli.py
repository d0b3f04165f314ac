"""La referencia de la línea de órdenes (`docs/cli.md`) sale del analizador: una orden u opción nueva, o una ayuda
que cambia, sin `make referencia-cli`, hace fallar esta prueba."""

import referencia_cli
from referencia_cli import DESTINO, ESTADOS_DE_SALIDA, construir, generar, ordenes


def test_docs_cli_es_la_que_sale_del_analizador():
    assert DESTINO.read_text(encoding="utf-8") == generar(), \
        "docs/cli.md está desactualizado: corra «make referencia-cli» (no lo edite a mano)"


def test_cada_orden_y_cada_opcion_figuran_en_la_referencia():
    texto = generar()
    for camino, analizador in ordenes(construir()):
        assert f"escritorio {' '.join(camino)}\n" in texto
        for accion in analizador._actions:
            for opcion in accion.option_strings:
                if opcion not in ("-h", "--help"):
                    assert opcion in texto, f"escritorio {' '.join(camino)} {opcion}"


def test_una_opcion_nueva_cambia_la_referencia(monkeypatch):
    """La prueba de arriba puede fallar: con una opción más en el analizador, la referencia ya no es la guardada."""
    original = referencia_cli.construir

    def con_una_opcion_mas():
        raiz = original()
        dict(ordenes(raiz))[("miembros", "listar")].add_argument("--orden-de-prueba", action="store_true",
                                                               help="una opción nueva")
        return raiz

    monkeypatch.setattr(referencia_cli, "construir", con_una_opcion_mas)
    nueva = generar()
    assert "| `--orden-de-prueba` | una opción nueva |" in nueva
    assert nueva != DESTINO.read_text(encoding="utf-8")
    assert referencia_cli.principal(["--comprobar"]) == 1


def test_los_estados_de_salida_son_los_del_codigo():
    from escritorio.cli.comun import SALIDA_GUARDADO_SIN_ARCHIVO
    from escritorio.cli.firmas import SALIDA_ALTERADA, SALIDA_INTEGRA_SIN_CONFIANZA

    estados = dict(ESTADOS_DE_SALIDA)
    assert "no" in estados[SALIDA_GUARDADO_SIN_ARCHIVO] and "se guardó" in estados[SALIDA_GUARDADO_SIN_ARCHIVO]
    assert "firma verificar" in estados[SALIDA_INTEGRA_SIN_CONFIANZA]
    assert "firma alterada" in estados[SALIDA_ALTERADA]
    epilogo = dict(ordenes(construir()))[("documento", "verificar")].epilog
    for estado in (4, 5, 6, 7):
        assert f"código de salida {estado}" in epilogo and "documento verificar" in estados[estado]
