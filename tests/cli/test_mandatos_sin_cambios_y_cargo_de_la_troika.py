"""Dos detalles de la historia de los mandatos (issue 59, punto 5), por la línea de órdenes como proceso real: una
corrección que no cambia nada no se anota («2026-11-20 → 2026-11-20») y se le dice a quien la pidió; y la Comisión
Directiva recibe el mismo cargo designada a mano que por el traspaso (uno solo, `dominio.organos.CARGO_DE_LA_TROIKA`)."""

from datetime import date, timedelta

from ayudas import en_json, hecho


def test_una_correccion_que_no_cambia_nada_no_se_anota(copia_de_la_demo, cli_proceso):
    db = copia_de_la_demo

    def cli(*argumentos, codigo=0):
        return hecho(cli_proceso(*argumentos, db=db), codigo)

    actual = max(en_json(cli("organos", "mandatos", "Secretaría Ejecutiva", "--json")), key=lambda m: m["desde"])
    inicio = date.fromisoformat(actual["desde"])
    traspaso = inicio.replace(year=inicio.year + 1)
    vispera = traspaso - timedelta(days=1)
    # El mandato en curso termina al cumplir su año: la víspera del traspaso.
    cli("organos", "terminar-mandato", actual["id"], "--hasta", vispera.isoformat(), "--motivo", "Fin del período")
    # Pedirlo otra vez no cambia nada: se dice, y no se anota.
    otra_vez = cli("organos", "terminar-mandato", actual["id"], "--hasta", vispera.isoformat(), "--motivo",
                   "Fin del período", codigo=1)
    assert (f"El mandato {actual['id']} ya termina el {vispera:%d/%m/%Y}: no cambia nada, y no se anotó en su "
            "historia.") in otra_vez.stderr
    # El traspaso del día siguiente termina la víspera los mandatos vigentes: el que ya terminaba ese día no recibe
    # una corrección «vispera → vispera».
    cli("organos", "traspaso", "--fecha", traspaso.isoformat())
    [saliente] = [m for m in en_json(cli("organos", "mandatos", "Secretaría Ejecutiva", "--json"))
                  if m["id"] == actual["id"]]
    assert [(c["antes"], c["despues"]) for c in saliente["correcciones"]] == [(None, vispera.isoformat())]
    texto = cli("organos", "mandatos", "Secretaría Ejecutiva").stdout
    assert f"{vispera.isoformat()} → {vispera.isoformat()}" not in texto


def test_la_comision_directiva_recibe_el_mismo_cargo_a_mano_que_por_el_traspaso(copia_de_la_demo, cli_proceso):
    db = copia_de_la_demo

    def cli(*argumentos, codigo=0):
        return hecho(cli_proceso(*argumentos, db=db), codigo)

    actual = max(en_json(cli("organos", "mandatos", "Secretaría Ejecutiva", "--json")), key=lambda m: m["desde"])
    inicio = date.fromisoformat(actual["desde"])
    traspaso = inicio.replace(year=inicio.year + 1)
    cli("organos", "traspaso", "--fecha", traspaso.isoformat())
    por_traspaso = {m["cargo"] for m in en_json(cli("organos", "mandatos", "Comisión Directiva", "--json"))
                    if m["desde"] == traspaso.isoformat()}
    montevideo = next(m["id"] for m in en_json(cli("miembros", "listar", "--json")) if m["nombre"] == "Montevideo")
    a_mano = en_json(cli("organos", "designar", "Comisión Directiva", "--miembro", montevideo, "--desde",
                         (traspaso + timedelta(days=10)).isoformat(), "--json"))
    assert por_traspaso == {a_mano["cargo"]} == {"titular"}
    assert "Titular desde el" in cli("organos", "mandatos", "Comisión Directiva").stdout
