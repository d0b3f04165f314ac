"""«escritorio correo probar / anular / alcance»: la otra puerta de lo que la ventana hace con la cuenta, la bandeja
y la convocatoria de una sesión (issue 46), sobre la red de ejemplo y un servidor SMTP de verdad en 127.0.0.1."""

import json

from correo.servidor_smtp import ServidorSMTP, puerto_libre

SESION = 4   # la LXII sesión ordinaria del Consejo de la demo: 17 integrantes con correo institucional


def _cuenta(cli, base, puerto) -> None:
    hecho = cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", puerto, "--seguridad", "ninguna",
                "--remitente", "secretaria@redsur.ejemplo.org", db=base)
    assert hecho.returncode == 0, hecho.stderr


def test_probar_la_cuenta_dice_que_se_conecto_o_por_que_no(cli, copia_de_la_demo):
    sin_cuenta = cli("correo", "probar", db=copia_de_la_demo)
    assert sin_cuenta.returncode == 1 and "todavía no tiene cuenta de correo" in sin_cuenta.stderr
    libre = puerto_libre()
    _cuenta(cli, copia_de_la_demo, libre)
    caido = cli("correo", "probar", db=copia_de_la_demo)
    assert caido.returncode == 1
    assert f"No se pudo conectar con 127.0.0.1:{libre} (el servidor no responde en ese puerto)" in caido.stderr
    with ServidorSMTP(puerto=libre) as servidor:
        hecho = cli("correo", "probar", "--json", db=copia_de_la_demo)
        assert hecho.returncode == 0, hecho.stderr
        assert json.loads(hecho.stdout) == {"conectada": True,
                                            "texto": f"Conexión correcta con 127.0.0.1:{libre}; sin cifrar."}
        assert not servidor.recibidos   # probar no envía nada


def test_alcance_y_anular_un_mensaje_que_espera(cli, copia_de_la_demo):
    assert cli("correo", "alcance", SESION, db=copia_de_la_demo).stdout.strip() == "Nunca se envió por correo."
    _cuenta(cli, copia_de_la_demo, puerto_libre())
    assert cli("correo", "convocatoria", SESION, "--no-enviar", db=copia_de_la_demo).returncode == 0
    alcance = json.loads(cli("correo", "alcance", SESION, "--json", db=copia_de_la_demo).stdout)
    assert alcance["integrantes"] == 17 and len(alcance["esperando"]) == 17 and alcance["desde"] is None
    assert alcance["texto"].startswith("Convocatoria: todavía no llegó por correo a ninguno de los 17 integrantes; "
                                       "17 esperan en la bandeja (")
    mensaje = json.loads(cli("correo", "bandeja", "--json", db=copia_de_la_demo).stdout)[0]["id"]
    anulado = cli("correo", "anular", mensaje, db=copia_de_la_demo)
    assert anulado.returncode == 0 and f"El mensaje {mensaje} quedó anulado" in anulado.stdout
    otra_vez = cli("correo", "anular", mensaje, db=copia_de_la_demo)
    assert otra_vez.returncode == 1 and "ya no espera en la bandeja (anulado)" in otra_vez.stderr
    anulados = json.loads(cli("correo", "bandeja", "--estado", "anulado", "--json", db=copia_de_la_demo).stdout)
    assert [m["id"] for m in anulados] == [mensaje]
    acta = cli("correo", "alcance", SESION, "--acta", db=copia_de_la_demo)
    assert acta.stdout.strip() == "El acta nunca se envió por correo."


def test_un_aviso_de_cobro_anulado_antes_de_salir_vuelve_a_tocarle_al_miembro(cli, copia_de_la_demo):
    """Al poner los avisos en la bandeja, el lote queda anotado como enviado (la carta se emite). Si la secretaría
    anula el mensaje (no sale nunca), ese miembro no recibió su aviso: le vuelve a tocar el mismo (el 1.º, no el
    2.º después), la agenda lo cuenta y se le puede enviar otra vez."""
    base = copia_de_la_demo
    _cuenta(cli, base, puerto_libre())

    def que_tocan():
        return json.loads(cli("correo", "avisos", "--simular", "--json", db=base).stdout)["mensajes"]

    def texto_de_la_agenda():
        pasos = json.loads(cli("agenda", "--json", db=base).stdout)["pasos"]
        return next(p["texto"] for p in pasos if p["clase"] == "aviso")

    antes = que_tocan()
    uno = antes[0]["miembro_id"]
    agenda_antes = texto_de_la_agenda()
    assert cli("correo", "avisos", "--miembros", uno, "--no-enviar", db=base).returncode == 0
    assert uno not in [m["miembro_id"] for m in que_tocan()]
    (mensaje,) = json.loads(cli("correo", "bandeja", "--estado", "pendiente", "--json", db=base).stdout)
    assert cli("correo", "anular", mensaje["id"], db=base).returncode == 0
    assert [m["miembro_id"] for m in que_tocan()] == [m["miembro_id"] for m in antes]
    assert texto_de_la_agenda() == agenda_antes
    otra_vez = cli("correo", "avisos", "--miembros", uno, "--no-enviar", db=base)
    assert otra_vez.returncode == 0, otra_vez.stderr


def test_el_recibo_de_un_pago_anulado_no_se_envia(cli, copia_de_la_demo):
    """La carta diría «Recibimos su pago… se adjunta su recibo» con un PDF que dice «RECIBO ANULADO: no acredita
    ningún pago». La ventana ya no ofrece el botón; la línea de órdenes tampoco lo envía."""
    base = copia_de_la_demo
    _cuenta(cli, base, puerto_libre())
    assert cli("pagos", "anular", 5, "--motivo", "Cargado dos veces", db=base).returncode == 0
    for opcion in ("--simular", "--no-enviar"):
        hecho = cli("correo", "recibo", 5, opcion, db=base)
        assert hecho.returncode == 1 and "anulado" in hecho.stderr, hecho.stdout + hecho.stderr
    assert json.loads(cli("correo", "bandeja", "--json", db=base).stdout) == []
