"""«escritorio buscar TEXTO» sobre la red de ejemplo: lo que se lee en la consola, --json, --limite y lo que no se
encuentra."""

import json


def test_buscar_muestra_cada_clase_con_su_referencia(cli, copia_de_la_demo):
    hecho = cli("buscar", "3/2026", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    lineas = hecho.stdout.splitlines()
    assert lineas[0] == "Resoluciones (1)"
    assert lineas[1].startswith("  Resolución 3/2026 del Consejo — Aprueba el plan de trabajo 2027 de las unidades "
                                "temáticas  [resolución ")
    assert lineas[2] == "Pagos (1)"
    assert lineas[3].startswith("  Recibo 0003/2026 — ") and "[pago " in lineas[3]
    assert lineas[-1] == "2 resultados para «3/2026»."
    assert hecho.stderr == ""


def test_buscar_sin_tildes_con_limite_dice_cuantos_faltan(cli, copia_de_la_demo):
    hecho = cli("buscar", "sao", "--limite", "2", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    lineas = hecho.stdout.splitlines()
    assert lineas[0].startswith("Miembros (") and lineas[1].startswith("  São ") and lineas[2].startswith("  São ")
    total = int(lineas[0].removeprefix("Miembros (").rstrip(")"))
    assert lineas[3] == f"  … y {total - 2} más (vea más con --limite)"


def test_buscar_en_json_es_lo_que_devuelve_el_servicio(cli, copia_de_la_demo):
    hecho = cli("buscar", "suspension", "--json", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    datos = json.loads(hecho.stdout)
    assert datos["texto"] == "suspension" and datos["total"] == 1
    (grupo,) = datos["grupos"]
    assert grupo["clase"] == "articulo" and grupo["nombre"] == "Artículos del estatuto y los reglamentos"
    (articulo,) = grupo["resultados"]
    assert articulo["titulo"] == "Art. 9 — Suspensión del derecho a voto"
    assert articulo["articulo"] == "9" and isinstance(articulo["norma_id"], int)


def test_buscar_lo_que_no_esta(cli, copia_de_la_demo):
    hecho = cli("buscar", "xyzzy", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    assert hecho.stdout == "Nada coincide con «xyzzy» en miembros, sesiones, resoluciones, artículos ni pagos.\n"
    vacio = cli("buscar", "xyzzy", "--json", db=copia_de_la_demo)
    assert json.loads(vacio.stdout) == {"texto": "xyzzy", "grupos": [], "total": 0}


def test_un_limite_imposible_es_un_error_con_su_motivo(cli, copia_de_la_demo):
    hecho = cli("buscar", "sao", "--limite", "0", db=copia_de_la_demo)
    assert hecho.returncode == 1
    assert hecho.stderr == "El límite de resultados por clase va de 1 a 200 (se pidió 0).\n"
    assert hecho.stdout == ""
