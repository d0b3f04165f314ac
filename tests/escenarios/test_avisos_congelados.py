"""Un aviso de cobro no afirma un saldo hecho con dinero forjado (issue 58, punto 1).

Quien tiene el archivo quita el trigger que deja fijo un pago registrado con sqlite3, le cambia el importe y vuelve a
crear el trigger. Antes, el lote de avisos de cobro salía entero: la carta de ese miembro afirmaba un saldo
calculado con el pago forjado, por papel y por correo, y su código se verificaba «Auténtico». Ahora ese miembro
queda apartado del lote (sin carta, sin mensaje) con el motivo, para siempre (reconocer el incidente no devuelve la
fe en un pago congelado que cambió); los demás reciben la suya. Con la CLI sobre la red de ejemplo: en el proceso
de las pruebas (la fixture `cli`, la misma función de entrada, el mismo estado de salida y la misma salida), y una
vez como proceso real.
"""

import json
import shutil
from pathlib import Path

import pytest
from ayudas import leer, sql

TELEFONO = "+54 11 4000-0001"


@pytest.fixture
def red(demo_como) -> Path:
    return demo_como("red.db")


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    return resultado.stdout


def miembros_con_aviso(ruta: Path, tmp_path: Path) -> list[int]:
    """Los miembros a los que hoy les toca una carta, leídos en una copia (la prueba no escribe en la base)."""
    from escritorio.datos.apertura import abrir
    from escritorio.servicios.cobranza import preparar_avisos
    from escritorio.servicios.contexto import Contexto

    copia = tmp_path / "copia-para-mirar.db"
    shutil.copy(ruta, copia)
    db = abrir(copia)
    try:
        [(asociacion_id,)] = db.execute("SELECT min(id) FROM asociaciones").fetchall()
        return [a.miembro_id for a in preparar_avisos(Contexto(db, asociacion_id))]
    finally:
        db.close()


def pago_de_un_miembro_con_aviso(ruta: Path, con_aviso: set[int]) -> tuple[int, int, str]:
    """(pago, miembro, nombre): un pago imputado de uno de los miembros `con_aviso` (a los que les toca una carta)."""
    for pago, miembro, nombre in leer(ruta, "SELECT p.id, p.miembro_id, m.nombre FROM pagos p JOIN miembros m ON "
                                            "m.id = p.miembro_id WHERE p.anulado_en IS NULL AND EXISTS (SELECT 1 FROM "
                                            "imputaciones i WHERE i.pago_id = p.id) ORDER BY p.id"):
        if miembro in con_aviso:
            return pago, miembro, nombre
    raise AssertionError("la red de ejemplo no tiene un pago de un miembro con aviso")


@pytest.fixture(scope="module")
def de_la_demo(demo_creada_por_la_cli, tmp_path_factory) -> tuple[list[int], tuple[int, int, str]]:
    """(los miembros a los que hoy les toca una carta, el pago que las pruebas forjan), leídos una vez en el módulo en
    una copia de la demo: la base de cada prueba (`red`) es otra copia de la misma."""
    carpeta = tmp_path_factory.mktemp("avisos_de_la_demo")
    copia = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, copia)
    tocan = miembros_con_aviso(copia, carpeta)
    return tocan, pago_de_un_miembro_con_aviso(copia, set(tocan))


def forjar_el_pago(ruta: Path, pago_id: int) -> None:
    """Como el tesorero infiel con sqlite3: sin el trigger que lo deja fijo, otro importe; el trigger, otra vez."""
    [(fijo,)] = leer(ruta, "SELECT sql FROM sqlite_master WHERE name = 'pagos_registrado_fijo'")
    sql(ruta, "DROP TRIGGER pagos_registrado_fijo")
    sql(ruta, "UPDATE pagos SET importe = 1, importe_imputable = 1 WHERE id = ?", parametros=(pago_id,))
    sql(ruta, fijo)


def escritura_comun(cli, ruta: Path) -> None:
    """Cualquier escritura de Escritorio: sella aparte lo que dejó el otro programa (un incidente)."""
    ok(cli("miembros", "editar", "5", "--telefono", TELEFONO, db=ruta))


def reconocer_todo(cli, ruta: Path) -> None:
    for (incidente,) in leer(ruta, "SELECT id FROM incidentes WHERE reconocido_en IS NULL ORDER BY id"):
        hecho = cli("verificar", "--reconocer", incidente, "--motivo", "Lo vimos con la tesorería", db=ruta)
        assert f"Incidente {incidente} reconocido" in hecho.stdout, hecho.stderr
    assert not leer(ruta, "SELECT id FROM incidentes WHERE reconocido_en IS NULL")


def con_carta_en_el_lote(ruta: Path) -> set[int]:
    """Los miembros con carta anotada en algún lote de avisos."""
    return {m for (m,) in leer(ruta, "SELECT DISTINCT c.miembro_id FROM avisos a JOIN cargos c ON c.id = a.cargo_id")}


def codigo_de_la_carta(ruta: Path, miembro_id: int) -> str:
    [(codigo,)] = leer(ruta, "SELECT d.codigo FROM documentos_emitidos d JOIN avisos a ON a.id = d.referencia "
                             "JOIN cargos c ON c.id = a.cargo_id WHERE d.tipo = 'aviso' AND c.miembro_id = ?",
                       (miembro_id,))
    return codigo


def test_en_una_base_intacta_no_se_aparta_a_nadie(cli, red, tmp_path, de_la_demo):
    tocan, (pago, miembro, _) = de_la_demo
    [paso] = [p for p in json.loads(ok(cli("agenda", "--json", db=red)))["pasos"] if p["clase"] == "aviso"]
    assert f"{len(tocan)} miembros deben recibir" in paso["texto"] and "apartados" not in " ".join(paso["detalle"])
    hecho = json.loads(ok(cli("cuotas", "avisos", tmp_path / "avisos.pdf", "--json", db=red)))
    assert hecho["apartados"] == []
    assert hecho["cartas"] == len(tocan) > 1
    assert con_carta_en_el_lote(red) == set(tocan)
    assert miembro in con_carta_en_el_lote(red)   # el del pago que las otras pruebas forjan recibe la suya
    texto = ok(cli("cuotas", "avisos", tmp_path / "otra.pdf", db=red))
    assert "Apartados" not in texto


@pytest.mark.parametrize("reconocido", [False, True], ids=["sin_reconocer", "reconocido"])
def test_el_pago_forjado_aparta_a_su_miembro_y_los_demas_reciben_su_carta(cli, red, tmp_path, reconocido, de_la_demo):
    tocan, (pago, miembro, nombre) = de_la_demo
    forjar_el_pago(red, pago)
    escritura_comun(cli, red)
    if reconocido:
        # Reconocer explica el incidente: el pago congelado sigue cambiado, y su miembro sigue sin carta.
        reconocer_todo(cli, red)

    # «Próximos pasos» no lo cuenta entre los que deben recibir su carta, y dice que hay un apartado
    [paso] = [p for p in json.loads(ok(cli("agenda", "--json", db=red)))["pasos"] if p["clase"] == "aviso"]
    assert f"{len(tocan) - 1} miembros deben recibir" in paso["texto"]
    assert "Sin carta, apartados: 1 (su cuenta cambió por fuera de Escritorio" in " ".join(paso["detalle"])

    hecho = cli("cuotas", "avisos", tmp_path / "avisos.pdf", db=red)
    salida = ok(hecho)
    assert "Traceback" not in hecho.stderr
    assert f"{len(tocan) - 1} avisos de cobro en " in salida
    assert "Apartados, sin carta (1): la base ya no puede dar fe de su cuenta." in salida
    assert f"  {nombre} (id {miembro}):" in salida
    assert f"El pago registrado (con su recibo) (fila {pago} de «pagos»): cambió importe, importe_imputable " \
           "después de congelarse, por fuera de Escritorio" in salida
    assert "Qué hacer: corra «escritorio verificar»" in salida
    assert ("sin reconocer, toca estas filas" in salida) is not reconocido
    # los demás, con su carta en el lote; el forjado, sin carta ni registro
    assert con_carta_en_el_lote(red) == set(tocan) - {miembro}
    assert (tmp_path / "avisos.pdf").exists()

    # --json: lo mismo para un programa; otra vez apartado (nunca se le anotó la carta)
    otra = json.loads(ok(cli("cuotas", "avisos", tmp_path / "otra.pdf", "--json", db=red)))
    assert otra["cartas"] == 0 and otra["archivo"] is None
    [apartado] = otra["apartados"]
    assert apartado["miembro_id"] == miembro and apartado["miembro"] == nombre
    assert any(f"fila {pago} de «pagos»" in m for m in apartado["motivos"])
    assert apartado["que_hacer"].startswith("Qué hacer:")
    assert not (tmp_path / "otra.pdf").exists()


def test_el_pago_forjado_sin_sellar_aparta_a_su_miembro(cli_proceso, red, tmp_path, de_la_demo):
    """Antes de que una escritura de Escritorio lo selle como incidente: el registro ajeno ya lo aparta. Con la CLI
    como proceso real, como la corre la secretaría."""
    _, (pago, miembro, nombre) = de_la_demo
    forjar_el_pago(red, pago)
    hecho = json.loads(ok(cli_proceso("cuotas", "avisos", tmp_path / "avisos.pdf", "--json", db=red)))
    assert [a["miembro_id"] for a in hecho["apartados"]] == [miembro]
    assert miembro not in con_carta_en_el_lote(red) and con_carta_en_el_lote(red)


def test_el_pago_forjado_aparta_a_su_miembro_del_envio_por_correo(cli, red, tmp_path, de_la_demo):
    ok(cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", 2525, "--seguridad", "ninguna",
                "--remitente", "secretaria@redsur.ejemplo.org", db=red))
    _, (pago, miembro, nombre) = de_la_demo
    forjar_el_pago(red, pago)
    escritura_comun(cli, red)
    reconocer_todo(cli, red)

    simulado = json.loads(ok(cli("correo", "avisos", "--simular", "--json", db=red)))
    assert miembro not in [m["miembro_id"] for m in simulado["mensajes"]] and simulado["mensajes"]
    [apartado] = simulado["apartados"]
    assert apartado["miembro_id"] == miembro and any(f"fila {pago} de «pagos»" in m for m in apartado["motivos"])
    texto = ok(cli("correo", "avisos", "--simular", db=red))
    assert f"  {nombre} (id {miembro}):" in texto and "Apartados, sin carta ni mensaje (1)" in texto

    # Elegido a mano, solo: no se le envía nada, y se dice por qué (no «no tiene un aviso pendiente»).
    solo = cli("correo", "avisos", "--miembros", miembro, "--no-enviar", db=red)
    assert solo.returncode == 1, solo.stdout
    assert f"los miembros elegidos quedaron apartados porque su cuenta cambió por fuera de Escritorio ({nombre})" \
        in solo.stderr and f"fila {pago} de «pagos»" in solo.stderr and "Traceback" not in solo.stderr
    assert not leer(red, "SELECT id FROM mensajes WHERE miembro_id = ?", (miembro,))

    # Los demás sí: a la bandeja, con su carta anotada en el lote.
    ok(cli("correo", "avisos", "--no-enviar", db=red))
    assert {m for (m,) in leer(red, "SELECT miembro_id FROM mensajes WHERE clase = 'aviso'")} == \
        {m["miembro_id"] for m in simulado["mensajes"]}
    assert miembro not in con_carta_en_el_lote(red)


def test_la_carta_emitida_antes_del_pago_forjado_no_se_verifica_autentica(cli, red, tmp_path, de_la_demo):
    _, (pago, miembro, _) = de_la_demo
    ok(cli("cuotas", "avisos", tmp_path / "avisos.pdf", db=red))
    codigo = codigo_de_la_carta(red, miembro)
    [otro] = [m for m in sorted(con_carta_en_el_lote(red)) if m != miembro][:1]
    intacta = codigo_de_la_carta(red, otro)
    antes = cli("documento", "verificar", "--codigo", codigo, db=red)
    assert antes.returncode == 0 and antes.stdout.startswith("Auténtico"), antes.stdout

    forjar_el_pago(red, pago)
    escritura_comun(cli, red)
    reconocer_todo(cli, red)

    verificado = cli("documento", "verificar", "--codigo", codigo, db=red)
    assert verificado.returncode == 5, verificado.stdout
    assert verificado.stdout.startswith("Alterado o desconocido.") and "Auténtico" not in verificado.stdout
    assert f"fila {pago} de «pagos»" in verificado.stdout
    # la carta de otro miembro, intacto, sigue verificándose
    assert cli("documento", "verificar", "--codigo", intacta, db=red).returncode == 0


def test_el_lote_con_la_carta_de_un_pago_forjado_no_se_verifica_vigente(cli, red, tmp_path, de_la_demo):
    """El PDF del lote entero: cada carta se verifica, y la del pago forjado lo deja «Alterado o desconocido»."""
    _, (pago, miembro, nombre) = de_la_demo
    lote = tmp_path / "avisos.pdf"
    ok(cli("cuotas", "avisos", lote, db=red))
    assert cli("documento", "verificar", lote, db=red).returncode == 0
    forjar_el_pago(red, pago)
    escritura_comun(cli, red)

    verificado = cli("documento", "verificar", lote, db=red)
    assert verificado.returncode == 5, verificado.stdout
    assert verificado.stdout.startswith("Alterado o desconocido.")
    assert f"Aviso de cobro a {nombre}" in verificado.stdout and f"fila {pago} de «pagos»" in verificado.stdout
    assert "Alterados o desconocidos: 1" in verificado.stdout


def test_si_el_pago_se_forja_entre_preparar_el_envio_y_encolarlo_no_sale_ninguno(cli, red, tmp_path, de_la_demo):
    """La ventana prepara el envío (la vista previa del correo) y, antes de «Enviar», alguien forja un pago de uno
    de los destinatarios: no se encola nada (ni se anota el lote), y el mensaje dice quién y qué hacer."""
    from escritorio.datos.apertura import abrir
    from escritorio.errores import ErrorEscritorio
    from escritorio.servicios import correo
    from escritorio.servicios.contexto import Contexto

    ok(cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", 2525, "--seguridad", "ninguna",
                "--remitente", "secretaria@redsur.ejemplo.org", db=red))
    _, (pago, miembro, nombre) = de_la_demo
    db = abrir(red)
    try:
        [(asociacion_id,)] = db.execute("SELECT min(id) FROM asociaciones").fetchall()
        contexto = Contexto(db, asociacion_id)
        envio = correo.preparar_avisos(contexto)
        assert miembro in [m.miembro_id for m in envio.mensajes] and not envio.apartados
        forjar_el_pago(red, pago)
        with pytest.raises(ErrorEscritorio) as error:
            correo.encolar(contexto, envio)
    finally:
        db.close()
    assert f"No se envió ningún aviso: la cuenta de {nombre} cambió por fuera de Escritorio" in str(error.value)
    assert f"fila {pago} de «pagos»" in str(error.value) and "Prepare el envío otra vez" in str(error.value)
    assert not leer(red, "SELECT id FROM mensajes") and not con_carta_en_el_lote(red)
