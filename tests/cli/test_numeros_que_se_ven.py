"""Issue 59, punto 6: un número para cada cosa. Un punto se nombra «SESION:N» (el punto N del orden del día de la
sesión que lista «sesiones listar») y una resolución «N/AAAA» (con su órgano o su tipo si hace falta:
«Consejo:1/2026», «declaracion:1/2025»), en todas las órdenes que los reciben, y las salidas los escriben así. El id
interno sigue sirviendo con «#ID» (o solo, como antes) para los guiones que ya lo guardaron. Todo por la CLI (su entrada,
en el proceso de las pruebas)."""

import json

import pytest

from escritorio.cli import construir_analizador
from escritorio.cli import argumentos

from ayudas import sin_traza


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


# Cada orden que recibe un punto o una resolución, con lo demás que pide para llegar a buscarlo. «{P}» es el punto y
# «{R}» la resolución; la prueba los llena con un número que no existe y espera el mensaje del buscador único.
ORDENES_CON_PUNTO = {
    ("sesiones", "votar", "punto"): ["sesiones", "votar", "{P}", "--a-favor", "1"],
    ("sesiones", "resolucion", "punto"): ["sesiones", "resolucion", "{P}", "--titulo", "X"],
    ("sesiones", "punto", "dentro_de"): ["sesiones", "punto", "4", "--titulo", "X", "--dentro-de", "{P}"],
    ("sesiones", "resumir", "punto"): ["sesiones", "resumir", "{P}", "texto"],
    ("sesiones", "eleccion", "punto"): ["sesiones", "eleccion", "{P}", "--organo", "Consejo", "--cargo", "titular",
                                        "--desde", "2026-01-01"],
    ("sesiones", "candidatura", "punto"): ["sesiones", "candidatura", "{P}", "--persona", "Ana"],
    ("sesiones", "cerrar-eleccion", "punto"): ["sesiones", "cerrar-eleccion", "{P}", "--votos", "1:3"],
    ("sesiones", "segunda-vuelta", "punto"): ["sesiones", "segunda-vuelta", "{P}"],
    ("sesiones", "confirmar-eleccion", "punto"): ["sesiones", "confirmar-eleccion", "{P}"],
    # la sala (issue 64)
    ("mociones", "presentar", "punto"): ["mociones", "presentar", "--punto", "{P}", "--titulo", "X", "--texto", "T",
                                         "--autor", "1"],
    ("mociones", "retomar", "punto"): ["mociones", "retomar", "1", "--sesion", "4", "--punto", "{P}"],
    **{("oradores", accion, "punto"): ["oradores", accion, "--punto", "{P}"]
       for accion in ("cerrar", "listar", "reabrir", "siguiente", "terminar", "pausar", "reanudar")},
    ("oradores", "pedir", "punto"): ["oradores", "pedir", "--punto", "{P}", "--miembro", "1"],
}
ORDENES_CON_RESOLUCION = {
    ("resoluciones", "ver", "resolucion"): ["resoluciones", "ver", "{R}"],
    ("resoluciones", "adherir", "resolucion"): ["resoluciones", "adherir", "{R}", "--entidad", "Red", "--tipo", "red"],
    ("resoluciones", "pdf", "resolucion"): ["resoluciones", "pdf", "{R}", "--salida", "r.pdf"],
    ("firma", "resolucion", "resolucion"): ["firma", "resolucion", "{R}", "--certificado", "no-esta.p12"],
    ("estatutos", "reformar", "resolucion"): ["estatutos", "reformar", "--desde", "2026-06-01", "--resolucion", "{R}",
                                              "--articulo", "99", "--texto", "Nuevo."],
    ("cuotas", "escala", "resolucion"): ["cuotas", "escala", "definir", "--desde", "2030-01-01", "--moneda", "USD",
                                         "--tramos", "0:100", "--resolucion", "{R}"],
    ("sesiones", "aprobar-acta", "resolucion"): ["sesiones", "aprobar-acta", "4", "--resolucion", "{R}"],
    ("convenios", "agregar", "resolucion"): ["convenios", "agregar", "--tipo", "cooperacion", "--titulo", "X",
                                             "--inicio", "2026-01-01", "--resolucion", "{R}"],
    ("convenios", "editar", "resolucion"): ["convenios", "editar", "1", "--resolucion", "{R}"],
}


def _acciones_con_tipo(analizador, camino=()):
    """(orden, acción, destino) de cada argumento cuyo tipo es un punto o una resolución, en todo el analizador."""
    import argparse

    for accion in analizador._actions:
        if isinstance(accion, argparse._SubParsersAction):
            for nombre, sub in accion.choices.items():
                yield from _acciones_con_tipo(sub, (*camino, nombre))
        elif getattr(accion.type, "__name__", None) in ("punto", "resolucion") or (
                getattr(accion.type, "__closure__", None)
                and any(getattr(c.cell_contents, "__name__", None) == "resolucion" for c in accion.type.__closure__)):
            yield camino[0], camino[-1], accion.dest, accion.type


def test_todas_las_ordenes_que_reciben_un_punto_o_una_resolucion_estan_probadas():
    """Si una orden nueva recibe un punto o una resolución con otro tipo (el id a secas), o con este tipo sin prueba,
    esta prueba lo dice."""
    encontradas = {(o, a if a != "definir" else "escala", d) for o, a, d, _ in
                   _acciones_con_tipo(construir_analizador(None))}
    assert encontradas == set(ORDENES_CON_PUNTO) | set(ORDENES_CON_RESOLUCION)
    # y ninguna otra orden toma un punto o una resolución por su id a secas
    sueltas = [(o, a, d) for o, a, d, tipo in _acciones_con_tipo(construir_analizador(None))
               if tipo is argumentos.identificador]
    assert sueltas == []


@pytest.mark.parametrize("clave", list(ORDENES_CON_PUNTO), ids=lambda c: " ".join(c))
def test_cada_orden_busca_el_punto_por_sesion_y_numero(clave, cli, copia_de_la_demo):
    orden = [a.replace("{P}", "4:97") for a in ORDENES_CON_PUNTO[clave]]
    resultado = cli(*orden, db=copia_de_la_demo)
    assert resultado.returncode == 1, resultado.stdout + resultado.stderr
    sin_traza(resultado)
    assert "La sesión 4 no tiene un punto 97. Sus puntos: 4:1, 4:2" in resultado.stderr


@pytest.mark.parametrize("clave", list(ORDENES_CON_RESOLUCION), ids=lambda c: " ".join(c))
def test_cada_orden_busca_la_resolucion_por_numero_y_anio(clave, cli, copia_de_la_demo):
    orden = [a.replace("{R}", "77/2031") for a in ORDENES_CON_RESOLUCION[clave]]
    resultado = cli(*orden, db=copia_de_la_demo)
    assert resultado.returncode == 1, resultado.stdout + resultado.stderr
    sin_traza(resultado)
    assert "No hay una resolución 77/2031 en esta asociación" in resultado.stderr


@pytest.mark.parametrize("texto", ["4:", "4:x", ":2", "0:1", "4:0", "4:1..2"])
def test_un_punto_mal_escrito_es_un_error_de_uso(texto, cli, copia_de_la_demo):
    resultado = cli("sesiones", "votar", texto, "--a-favor", "1", db=copia_de_la_demo)
    assert resultado.returncode == 2
    assert "no es un punto; escriba SESION:N, por ejemplo 3:2" in resultado.stderr


def test_del_punto_agregado_a_la_resolucion_adoptada_con_los_numeros_que_se_ven(cli, copia_de_la_demo):
    base = copia_de_la_demo
    puntos = json.loads(ok(cli("sesiones", "puntos", "4", "--json", db=base)))
    siguiente = f"4:{len(puntos) + 1}"

    agregado = ok(cli("sesiones", "punto", "4", "--titulo", "Varios", "--tipo", "votacion", db=base))
    assert agregado.startswith(f"Punto {siguiente} agregado: Varios — votacion")
    assert "PUNTO" not in agregado   # un solo número, no dos

    votado = ok(cli("sesiones", "votar", siguiente, "--a-favor", "10", db=base))
    assert votado.startswith(f"Votación cerrada (punto {siguiente}). Aprobada")

    adoptada = ok(cli("sesiones", "resolucion", siguiente, "--titulo", "Prueba de guiones", db=base))
    [nueva] = [r for r in json.loads(ok(cli("resoluciones", "listar", "--json", db=base)))
               if r["titulo"] == "Prueba de guiones"]
    assert nueva["referencia"] == f"{nueva['numero']}/{nueva['anio']}"   # nadie más tiene ese número
    assert adoptada.startswith(f"Adoptada la Resolución {nueva['numero']}/{nueva['anio']} del Consejo "
                               f"({nueva['referencia']} en las órdenes): Prueba de guiones.")

    vista = json.loads(ok(cli("resoluciones", "ver", nueva["referencia"], "--json", db=base)))
    assert (vista["id"], vista["referencia_del_punto"]) == (nueva["id"], siguiente)
    # el id interno sigue sirviendo, con «#» o solo
    assert json.loads(ok(cli("resoluciones", "ver", f"#{nueva['id']}", "--json", db=base)))["id"] == nueva["id"]
    assert json.loads(ok(cli("resoluciones", "ver", str(nueva["id"]), "--json", db=base)))["id"] == nueva["id"]
    [punto] = [p for p in json.loads(ok(cli("sesiones", "puntos", "4", "--json", db=base)))
               if p["referencia"] == siguiente]
    assert ok(cli("sesiones", "resumir", f"#{punto['id']}", "Se trató.", db=base)).strip() == \
        f"Resumen del punto {siguiente} guardado."


def test_dos_organos_con_el_mismo_numero_se_distinguen_por_el_organo(cli, copia_de_la_demo):
    """La demo tiene la Resolución 1 del año en curso de la Asamblea y la del Consejo: «1/AAAA» solo no alcanza, y
    el mensaje dice cómo nombrar cada una; el listado ya las nombra así."""
    base = copia_de_la_demo
    todas = json.loads(ok(cli("resoluciones", "listar", "--json", db=base)))
    anio = max(r["anio"] for r in todas)
    primeras = [r for r in todas if (r["numero"], r["anio"], r["tipo"]) == (1, anio, "resolucion")]
    assert len(primeras) == 2
    ambigua = cli("resoluciones", "ver", f"1/{anio}", db=base)
    assert ambigua.returncode == 1
    for r in primeras:
        assert r["referencia"] == f"{r['organo']}:1/{anio}"
        assert f"«{r['referencia']}»: Resolución 1/{anio} {'del' if r['organo'] == 'Consejo' else 'de la'} " \
               f"{r['organo']}" in ambigua.stderr
        vista = json.loads(ok(cli("resoluciones", "ver", r["referencia"], "--json", db=base)))
        assert vista["id"] == r["id"]
    listado = ok(cli("resoluciones", "listar", db=base)).splitlines()
    assert any(linea.startswith(f"Consejo:1/{anio} ") for linea in listado)


def test_una_declaracion_y_una_resolucion_del_mismo_numero_se_distinguen_por_el_tipo(cli, copia_de_la_demo):
    base = copia_de_la_demo
    todas = json.loads(ok(cli("resoluciones", "listar", "--json", db=base)))
    [declaracion] = [r for r in todas if r["tipo"] == "declaracion"]
    hermanas = [r for r in todas if (r["numero"], r["anio"], r["organo"]) ==
                (declaracion["numero"], declaracion["anio"], declaracion["organo"])]
    assert len(hermanas) == 2
    assert declaracion["referencia"] == f"declaracion:{declaracion['numero']}/{declaracion['anio']}"
    vista = json.loads(ok(cli("resoluciones", "ver", declaracion["referencia"], "--json", db=base)))
    assert vista["id"] == declaracion["id"]


def test_la_aprobacion_del_acta_nombra_el_punto_y_la_resolucion_como_se_escriben(cli, copia_de_la_demo):
    base = copia_de_la_demo
    salida = ok(cli("sesiones", "punto-aprobacion-acta", "4", db=base))
    puntos = json.loads(ok(cli("sesiones", "puntos", "4", "--json", db=base)))
    nuevo = puntos[-1]["referencia"]
    assert salida.startswith(f"Punto {nuevo} agregado a la ")
    assert f"«escritorio sesiones votar {nuevo} --a-favor N …»" in salida
    assert "--resolucion N/AAAA" in salida
