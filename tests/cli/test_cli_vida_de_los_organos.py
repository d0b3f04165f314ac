"""La creación y la disolución de un órgano por la línea de órdenes (issue 66, §4), sobre la red de ejemplo: «organos
crear --creado-el», «organos creacion», «organos disolver» (con --simular y --json), «organos anular-disolucion» y
«organos listar --al»; la memoria del año anterior no nombra la unidad creada este año; los estados de salida y los
mensajes de lo que se rechaza."""

import json
from datetime import date, timedelta

from openpyxl import load_workbook

from ayudas import hecho

ANIO = date.today().year
AYER = (date.today() - timedelta(days=1)).isoformat()


def _json(resultado) -> dict | list:
    return json.loads(hecho(resultado).stdout)


def _unidades_de_la_memoria(cli, base, anio, tmp_path) -> list[str]:
    """Los nombres de la hoja «Unidades y coordinación» de la memoria de `anio` en Excel."""
    hecho(cli("memoria", str(anio), f"m{anio}.pdf", "--excel", f"m{anio}.xlsx", "--reemplazar", db=base))
    hoja = load_workbook(tmp_path / f"m{anio}.xlsx")["Unidades y coordinación"]
    return [str(c.value) for c in hoja["A"] if c.value]


def test_la_unidad_creada_este_anio_no_esta_en_la_memoria_del_anterior(cli, cli_proceso, copia_de_la_demo, tmp_path):
    creada = hecho(cli_proceso("organos", "crear", "--nombre", "UT Juventudes", "--tipo", "unidad_tematica",
                               "--padre", "Consejo", "--creado-el", f"{ANIO}-01-02", "--creado-por",
                               f"Resolución 1/{ANIO}", db=copia_de_la_demo))
    assert creada.stdout.startswith(f"Órgano creado: UT Juventudes (id 21, Unidad temática, creado el 02/01/{ANIO} "
                                    f"(Resolución 1/{ANIO})).")
    assert "UT Juventudes" not in _unidades_de_la_memoria(cli, copia_de_la_demo, ANIO - 1, tmp_path)
    assert "UT Juventudes" in _unidades_de_la_memoria(cli, copia_de_la_demo, ANIO, tmp_path)

    antes = [o["nombre"] for o in _json(cli("organos", "listar", "--al", f"{ANIO - 1}-12-31", "--json",
                                            db=copia_de_la_demo))]
    assert "UT Juventudes" not in antes and "UT Cultura" in antes
    [juventudes] = [o for o in _json(cli("organos", "listar", "--json", db=copia_de_la_demo))
                    if o["nombre"] == "UT Juventudes"]
    assert (juventudes["creado_el"], juventudes["creado_por"], juventudes["disuelto_el"]) == (
        f"{ANIO}-01-02", f"Resolución 1/{ANIO}", None)
    en_texto = hecho(cli("organos", "listar", db=copia_de_la_demo)).stdout
    assert f"creado el 02/01/{ANIO}" in next(linea for linea in en_texto.splitlines() if "UT Juventudes" in linea)


def _turismo(cli, base) -> dict:
    return next(o for o in _json(cli("organos", "listar", "--json", db=base)) if o["nombre"] == "UT Turismo")


def test_disolver_simular_hacer_y_anular(cli, copia_de_la_demo):
    simulada = hecho(cli("organos", "disolver", "UT Turismo", "--fecha", AYER, "--por", "Resolución 4/2026",
                         "--simular", db=copia_de_la_demo)).stdout
    assert "UT Turismo se disuelve el" in simulada and "Maracay — Coordinador desde el" in simulada
    assert simulada.rstrip().endswith("Simulación: no se cambió nada.")
    assert _turismo(cli, copia_de_la_demo)["disuelto_el"] is None

    hecha = _json(cli("organos", "disolver", "UT Turismo", "--fecha", AYER, "--por", "Resolución 4/2026", "--json",
                      db=copia_de_la_demo))
    assert (hecha["nombre"], hecha["disuelto_el"], hecha["disuelto_por"], hecha["simulacion"]) == (
        "UT Turismo", AYER, "Resolución 4/2026", False)
    assert len(hecha["mandatos_terminados"]) >= 3
    assert {m["hasta"] for m in _json(cli("organos", "mandatos", "UT Turismo", "--json", db=copia_de_la_demo))} \
        == {AYER}
    hoy = _json(cli("organos", "composicion", "UT Turismo", "--json", db=copia_de_la_demo))
    assert hoy["asientos"] == [] and hoy["disuelto_el"] == AYER
    assert hoy["avisos"][0].startswith("UT Turismo ya no existía el ")
    assert "UT Turismo" not in [o["nombre"] for o in _json(cli("organos", "listar", "--al", date.today().isoformat(),
                                                                "--json", db=copia_de_la_demo))]
    assert "UT Turismo" not in hecho(cli("agenda", db=copia_de_la_demo)).stdout

    otra_vez = cli("organos", "disolver", "UT Turismo", "--fecha", AYER, "--por", "Otra", db=copia_de_la_demo)
    hecho(otra_vez, 1)
    assert "ya está disuelto desde el" in otra_vez.stderr and "escritorio organos anular-disolucion 20" in otra_vez.stderr

    anulada = hecho(cli("organos", "anular-disolucion", "UT Turismo", db=copia_de_la_demo)).stdout
    assert anulada.startswith("UT Turismo: se anuló la disolución del ") and "Mandatos reabiertos:" in anulada
    assert None in {m["hasta"] for m in _json(cli("organos", "mandatos", "UT Turismo", "--json",
                                                   db=copia_de_la_demo))}


def test_lo_que_se_rechaza_y_con_que_estado(cli, copia_de_la_demo):
    # Con sesiones después: estado 1, qué sesiones y qué fecha sirve; también con --simular. Nada cambia.
    for simular in ((), ("--simular",)):
        resultado = cli("organos", "disolver", "Consejo", "--fecha", "2000-01-01", "--por", "Reforma", *simular,
                        db=copia_de_la_demo)
        hecho(resultado, 1)
        assert resultado.stderr.startswith("No se disolvió el órgano:\n  - Consejo tiene sesiones convocadas o "
                                           "celebradas después del 01/01/2000: ")
        assert "Disuélvalo el día de su última sesión" in resultado.stderr and resultado.stdout == ""
    sin_por = cli("organos", "disolver", "Consejo", "--fecha", AYER, db=copia_de_la_demo)
    hecho(sin_por, 1)
    assert "Escriba qué lo disolvió" in sin_por.stderr
    hecho(cli("organos", "disolver", "Consejo", "--fecha", "2026-13-01", "--por", "x", db=copia_de_la_demo), 2)
    hecho(cli("organos", "creacion", "Consejo", "--fecha", "2000-01-01", "--sin-fecha", db=copia_de_la_demo), 2)
    no_disuelto = cli("organos", "anular-disolucion", "Consejo", db=copia_de_la_demo)
    hecho(no_disuelto, 1)
    assert "Consejo no está disuelto" in no_disuelto.stderr

    # La creación: después de su primer mandato, no; en 1995, sí; --sin-fecha la borra y deja lo que lo creó.
    tarde = cli("organos", "creacion", "Consejo", "--fecha", f"{ANIO}-11-01", db=copia_de_la_demo)
    hecho(tarde, 1)
    assert tarde.stderr.startswith("No se cambió la creación del órgano:\n  - Consejo tiene ")
    fijada = _json(cli("organos", "creacion", "Consejo", "--fecha", "1995-11-11", "--por", "Estatuto, art. 13",
                       "--json", db=copia_de_la_demo))
    assert (fijada["creado_el"], fijada["creado_por"]) == ("1995-11-11", "Estatuto, art. 13")
    assert hecho(cli("organos", "creacion", "Consejo", "--sin-fecha", db=copia_de_la_demo)).stdout == \
        "Consejo: sin fecha de creación (existe desde siempre); lo creó Estatuto, art. 13.\n"
    antes = hecho(cli("organos", "composicion", "Consejo", "--al", "1990-01-01", db=copia_de_la_demo)).stdout
    assert "no existía" not in antes
