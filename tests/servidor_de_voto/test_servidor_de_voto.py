"""El servidor de voto por dentro, con uvicorn y TLS de verdad y el servicio de prueba: la dirección, el certificado y
su huella, el ritmo, lo que se rechaza, el código atado al teléfono, el testigo de un solo uso y el registro sin
códigos ni elecciones. Lo que vota de verdad (los servicios, 30 teléfonos en Chromium) está en
tests/navegador/test_voto_en_la_sala.py."""

import base64
import hashlib
import json
import logging
import socket
import ssl

import pytest

from telefono_de_prueba import CODIGOS, Telefono, el_testigo_de
from escritorio.errores import ErrorValidacion
from escritorio.servidor_de_voto.certificado import huella_de_der
from escritorio.servidor_de_voto.direccion import exigir_direccion

# --- la dirección ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("direccion", "dice"), [
    ("0.0.0.0", "todas las redes"),
    ("::", "todas las redes"),
    ("8.8.8.8", "no es una dirección de una red privada"),
    ("100.64.0.1", "no es una dirección de una red privada"),   # la de los proveedores (CGNAT): no es de la oficina
    ("192.168.254.253", "no es una dirección de esta máquina"),
    ("10.254.253.252", "no es una dirección de esta máquina"),
    ("la oficina", "no es una dirección IP"),
])
def test_una_direccion_que_no_es_de_la_red_de_la_oficina_en_esta_maquina_se_rechaza_con_que_elegir(direccion, dice):
    with pytest.raises(ErrorValidacion) as rechazo:
        exigir_direccion(direccion)
    assert dice in rechazo.value.mensaje
    assert "127.0.0.1" in rechazo.value.mensaje   # dice qué direcciones de esta máquina se pueden elegir


def test_el_servidor_no_arranca_en_todas_las_interfaces(arrancar, servicio, ruta_db):
    from escritorio.servidor_de_voto.servidor import ServidorDeVoto

    with pytest.raises(ErrorValidacion):
        ServidorDeVoto(ruta_db, 1, "0.0.0.0", 0, servicio=servicio).iniciar()
    servidor = arrancar(servicio)
    assert servidor.url.startswith("https://127.0.0.1:")
    with socket.create_connection(("127.0.0.1", servidor.puerto), timeout=5):
        pass
    with pytest.raises(OSError):   # no escucha en otra dirección de la máquina (127.0.0.2 también es loopback)
        socket.create_connection(("127.0.0.2", servidor.puerto), timeout=2).close()


# --- TLS y la huella ---------------------------------------------------------------------------------------------


def test_un_cliente_que_fija_la_huella_conecta_y_la_huella_del_proyector_es_la_del_certificado_servido(servidor):
    contexto = ssl.create_default_context(cafile=str(servidor.certificado))   # confía solo en ese certificado
    with socket.create_connection(("127.0.0.1", servidor.puerto)) as crudo:
        with contexto.wrap_socket(crudo, server_hostname="127.0.0.1") as cifrado:
            servido = cifrado.getpeercert(binary_form=True)
            assert cifrado.version() in ("TLSv1.2", "TLSv1.3")
    assert huella_de_der(servido) == servidor.huella
    assert servidor.huella.replace(" ", "") == hashlib.sha256(servido).hexdigest().upper()
    assert len(servidor.huella.split(" ")) == 16

    ajeno = ssl.create_default_context()   # sin fijar la huella, el certificado autofirmado no se acepta
    with socket.create_connection(("127.0.0.1", servidor.puerto)) as crudo:
        with pytest.raises(ssl.SSLCertVerificationError):
            ajeno.wrap_socket(crudo, server_hostname="127.0.0.1")

    with socket.create_connection(("127.0.0.1", servidor.puerto)) as crudo:   # sin TLS no hay página
        crudo.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        crudo.settimeout(5)
        try:
            recibido = crudo.recv(1000)
        except (ConnectionResetError, TimeoutError):
            recibido = b""
        assert b"Ingrese" not in recibido


def test_el_certificado_es_uno_por_base_y_se_reutiliza_entre_sesiones(arrancar, servicio):
    primero = arrancar(servicio)
    huella = primero.huella
    primero.detener()
    assert arrancar(servicio).huella == huella


# --- el ritmo ----------------------------------------------------------------------------------------------------


def test_pasados_los_intentos_de_codigo_del_minuto_responde_429_solo_a_ese_cliente(arrancar, servicio):
    servidor = arrancar(servicio, codigos_por_minuto=6)
    intruso = Telefono(servidor)
    for _ in range(6):   # cada intento cuesta 1 (el testigo falso se rechaza después de contarlo)
        estado, _, _ = intruso.post("/ingresar", {"testigo": "x", "idioma": "es", "codigo": "ZZZZ2222"})
        assert estado == 403
    estado, cabeceras, _ = intruso.post("/ingresar", {"testigo": "x", "idioma": "es", "codigo": "ZZZZ2222"})
    assert estado == 429 and cabeceras["retry-after"] == "60"
    otro = Telefono(servidor, origen="127.0.0.2")   # otro teléfono de la sala entra igual
    estado, _, _ = otro.ingresar("ABCD2345")
    assert estado == 303


def test_un_codigo_equivocado_cuenta_mas_que_un_intento(arrancar, servicio):
    servidor = arrancar(servicio, codigos_por_minuto=10)
    intruso = Telefono(servidor)
    estados = [intruso.ingresar(f"ZZZZ{n:04d}")[0] for n in range(4)]
    assert estados == [403, 403, 403, 429]   # 4 + 4 + 4 > 10: el tercero ya no entra


def test_pasados_los_pedidos_del_minuto_responde_429(arrancar, servicio):
    servidor = arrancar(servicio, pedidos_por_minuto=5)
    telefono = Telefono(servidor)
    assert [telefono.get()[0] for _ in range(6)] == [200] * 5 + [429]


# --- lo que se rechaza -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("metodo", "ruta", "estado"), [
    ("GET", "/admin", 404), ("GET", "/../../etc/passwd", 404), ("GET", "/static/x.js", 404),
    ("PUT", "/", 405), ("DELETE", "/votar", 405), ("GET", "/votar", 405), ("GET", "/ingresar", 405),
    ("OPTIONS", "/", 405), ("POST", "/", 405), ("PATCH", "/ingresar", 405),
])
def test_otra_ruta_u_otro_metodo_se_rechaza(servidor, metodo, ruta, estado):
    respuesta, cabeceras, _ = Telefono(servidor).pedir(metodo, ruta)
    assert respuesta == estado
    assert cabeceras["x-frame-options"] == "DENY" and cabeceras["cache-control"] == "no-store"


def test_otro_tipo_otro_tamano_u_otro_campo_se_rechaza(servidor, servicio):
    telefono = Telefono(servidor)
    _, _, pagina = telefono.get()
    campos = {"testigo": el_testigo_de(pagina), "idioma": "es", "codigo": "ABCD2345"}
    assert telefono.post("/ingresar", b'{"codigo": "ABCD2345"}', tipo="application/json")[0] == 415
    assert telefono.post("/ingresar", campos, tipo="multipart/form-data; boundary=x")[0] == 415
    assert telefono.post("/ingresar", {**campos, "relleno": "x" * 5000})[0] == 413
    assert telefono.post("/ingresar", {**campos, "admin": "1"})[0] == 400
    assert telefono.post("/ingresar", b"codigo=%FF%FE&testigo=x")[0] == 400
    assert telefono.post("/ingresar", {**campos, "codigo": ["ABCD2345", "EFGH6789"]})[0] == 400
    assert "telefono" not in telefono.cookies   # nada de eso entró


def test_cada_respuesta_lleva_las_cabeceras_de_seguridad_y_la_pagina_no_carga_nada_de_afuera(servidor):
    estado, cabeceras, pagina = Telefono(servidor).get()
    assert estado == 200
    csp = cabeceras["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "http" not in csp
    assert cabeceras["cache-control"] == "no-store" and cabeceras["x-frame-options"] == "DENY"
    assert cabeceras["x-content-type-options"] == "nosniff" and cabeceras["referrer-policy"] == "no-referrer"
    assert "server" not in cabeceras and "uvicorn" not in str(cabeceras).lower()
    assert "<script" not in pagina and "http://" not in pagina and "https://" not in pagina
    estado, cabeceras, estilo = Telefono(servidor).get("/estilo.css")
    assert estado == 200 and cabeceras["content-type"].startswith("text/css") and "url(" not in estilo


# --- sin código, nada --------------------------------------------------------------------------------------------


def test_sin_un_codigo_vivo_solo_se_ve_la_pantalla_del_codigo(servidor, servicio):
    telefono = Telefono(servidor)
    estado, _, pagina = telefono.get()
    assert estado == 200 and 'action="/ingresar"' in pagina
    assert "presupuesto" not in pagina and 'action="/votar"' not in pagina
    telefono.cookies["telefono"] = "inventado"   # una cookie que el servidor no dio
    assert "presupuesto" not in telefono.get()[2]
    estado, _, pagina = telefono.post("/votar", {"testigo": "x", "idioma": "es", "urna": "7", "eleccion": "a_favor"})
    assert estado == 403 and 'action="/ingresar"' in pagina
    estado, _, pagina = telefono.ingresar("ZZZZ9999")
    assert estado == 403 and "no es de esta sesión" in pagina
    assert servicio.depositos == []


# --- el código atado al teléfono y el testigo de un solo uso ------------------------------------------------------


def test_el_codigo_queda_atado_al_primer_telefono_y_otro_telefono_con_el_mismo_codigo_no_entra(servidor, servicio):
    suyo, robado = Telefono(servidor), Telefono(servidor, origen="127.0.0.2")
    estado, cabeceras, _ = suyo.ingresar("abcd-2345")
    assert estado == 303
    cookie = next(c for c in suyo.set_cookies if c.startswith("telefono="))
    assert {"HttpOnly", "Secure", "SameSite=strict"} <= {p.strip() for p in cookie.split(";")}
    assert "presupuesto" in suyo.get()[2]
    estado, _, pagina = robado.ingresar("ABCD2345")
    assert estado == 403 and "otro teléfono" in pagina and "presupuesto" not in robado.get()[2]
    assert suyo.ingresar("ABCD2345")[0] == 303   # el mismo teléfono vuelve a entrar


def test_un_formulario_reenviado_replay_se_rechaza_y_el_voto_se_cuenta_una_vez(servidor, servicio):
    telefono = Telefono(servidor)
    telefono.ingresar("ABCD2345")
    (estado, _, _), campos = telefono.votar("a_favor")
    assert estado == 303
    estado, _, pagina = telefono.post("/votar", campos)   # el mismo POST otra vez
    assert estado == 403 and "ya se envió" in pagina
    assert len(servicio.depositos) == 1
    ajeno = Telefono(servidor, origen="127.0.0.2")   # el testigo de un teléfono no sirve en otro
    ajeno.ingresar("EFGH6789")
    _, _, pagina = telefono.get()
    assert ajeno.post("/votar", {**campos, "testigo": el_testigo_de(pagina)})[0] == 403
    assert len(servicio.depositos) == 1


def test_el_voto_se_cambia_con_el_mismo_comprobante_y_la_nominal_muestra_lo_votado(servidor, servicio):
    telefono = Telefono(servidor)
    telefono.ingresar("ABCD2345")
    telefono.votar("a_favor")
    _, _, pagina = telefono.get()
    comprobante = servicio.depositos[0][3]
    assert "Su voto está registrado" in pagina and comprobante in pagina and "Usted votó: A favor" in pagina
    assert "Cambiar mi voto" in pagina
    telefono.votar("en_contra")
    assert [d[3] for d in servicio.depositos] == [comprobante, comprobante]
    assert "Usted votó: En contra" in telefono.get()[2]


def test_en_una_secreta_la_pagina_no_dice_lo_votado_solo_el_comprobante(arrancar):
    from servicio_de_prueba import ServicioDePrueba, secreta_de_varias_marcas

    servicio = ServicioDePrueba(dict(CODIGOS), secreta_de_varias_marcas())
    telefono = Telefono(arrancar(servicio))
    telefono.ingresar("ABCD2345")
    (estado, _, _), _ = telefono.votar("11", "13")
    assert estado == 303 and servicio.depositos[0][2] == ["11", "13"]
    _, _, pagina = telefono.get()
    assert "Su voto está registrado" in pagina and servicio.depositos[0][3] in pagina
    assert "Usted votó" not in pagina and " checked" not in pagina
    recibo = next(v for n, v in telefono.cookies.items() if n.startswith("recibo_"))   # ni en la cookie del recibo
    datos = json.loads(base64.urlsafe_b64decode(recibo.split(".")[0]))
    assert datos["e"] is None and datos["c"] == servicio.depositos[0][3]


def test_quien_porta_un_poder_vota_por_cada_delegacion_desde_el_mismo_telefono(servidor, servicio):
    telefono = Telefono(servidor)
    telefono.ingresar("ABCD2345")
    telefono.votar("a_favor")
    telefono.ingresar("EFGH6789")
    assert "Prefeitura de Pelotas" in telefono.get()[2] and "Su voto está registrado" not in telefono.get()[2]
    telefono.votar("en_contra")
    assert {d[0]: d[2] for d in servicio.depositos} == {"ABCD2345": "a_favor", "EFGH6789": "en_contra"}


def test_el_qr_de_la_tarjeta_deja_el_codigo_escrito_y_solo_entrar_lo_ata(servidor, servicio):
    """La dirección del QR impreso (`?codigo=…`) abre la pantalla del código con él ya escrito: un GET (el del
    teléfono, o la vista previa que arma una aplicación de mensajes con el enlace) no ata nada; «Entrar» sí. Lo que
    trae la dirección llega limpio: solo letras del código, cifras y guiones."""
    vista_previa, telefono = Telefono(servidor, origen="127.0.0.2"), Telefono(servidor)
    estado, _, pagina = vista_previa.get("/?codigo=abcd-2345")
    assert estado == 200 and 'name="codigo" value="ABCD-2345"' in pagina and "presupuesto" not in pagina
    estado, _, pagina = telefono.get("/?codigo=ABCD-2345")
    assert 'value="ABCD-2345"' in pagina
    assert telefono.post("/ingresar", {"testigo": el_testigo_de(pagina), "idioma": "es",
                                       "codigo": "ABCD-2345"})[0] == 303   # la vista previa no se lo llevó
    assert "presupuesto" in telefono.get()[2]
    # Quien porta un poder lee la tarjeta de la otra delegación con el mismo teléfono: la pantalla del código, con él.
    estado, _, pagina = telefono.get("/?codigo=EFGH6789")
    assert 'value="EFGH6789"' in pagina and 'action="/ingresar"' in pagina
    _, _, pagina = Telefono(servidor).get('/?codigo="><script>alert(1)</script>')
    assert "<script>" not in pagina and 'value="' + '"' not in pagina
    assert 'value="SCRPTALERTSCRPT"' in pagina   # quedan solo las letras del alfabeto del código (ni I ni 1)
    assert servicio.depositos == []


# --- el registro -------------------------------------------------------------------------------------------------


def test_el_registro_no_anota_codigos_ni_elecciones(arrancar, servicio, capfd):
    anotado = []

    class Anotador(logging.Handler):
        def emit(self, registro):
            anotado.append(self.format(registro))

    anotador = Anotador(logging.DEBUG)
    raiz = logging.getLogger()
    nivel = raiz.level
    raiz.addHandler(anotador)
    raiz.setLevel(logging.DEBUG)
    try:
        servidor = arrancar(servicio)
        telefono = Telefono(servidor)
        telefono.ingresar("ABCD2345")
        telefono.votar("en_contra")
        telefono.get("/no-existe")
        Telefono(servidor, origen="127.0.0.2").ingresar("ABCD2345")
        servidor.detener()
    finally:
        raiz.removeHandler(anotador)
        raiz.setLevel(nivel)
    salida = capfd.readouterr()
    todo = "\n".join(anotado) + salida.out + salida.err
    assert len(servicio.depositos) == 1
    for secreto in ("ABCD2345", "en_contra", servicio.depositos[0][3], "/ingresar", "/votar", "GET /"):
        assert secreto not in todo


def test_un_codigo_vivo_de_otra_sesion_no_entra(servidor, servicio):
    estado, _, pagina = Telefono(servidor).ingresar("OTRA2345")
    assert estado == 403 and "de otra sesión" in pagina


def test_sin_el_recibo_el_telefono_cambia_su_voto_escribiendo_el_comprobante(servidor, servicio):
    telefono = Telefono(servidor)
    telefono.ingresar("ABCD2345")
    telefono.votar("a_favor")
    comprobante = servicio.depositos[0][3]
    for nombre in [n for n in telefono.cookies if n.startswith("recibo_")]:
        del telefono.cookies[nombre]   # el teléfono perdió el recibo (o el servidor se reinició)
    (estado, _, pagina), _ = telefono.votar("en_contra")
    assert estado == 400 and "ya votó" in pagina and 'name="comprobante"' in pagina
    _, _, pagina = telefono.get()
    campos = {"testigo": el_testigo_de(pagina), "idioma": "es", "urna": "7", "eleccion": "en_contra",
              "comprobante": comprobante}
    assert telefono.post("/votar", campos)[0] == 303
    assert servicio.votos["ABCD2345"] == "en_contra" and len(servicio.depositos) == 2


def test_un_error_inesperado_responde_500_y_queda_en_el_registro_sin_el_codigo(arrancar, servicio, capfd):
    from escritorio.registro import archivo_registro, configurar

    configurar()

    def falla(db, sesion_id):
        raise RuntimeError("la base no responde")

    servicio.urna_abierta = falla
    telefono = Telefono(arrancar(servicio))
    assert telefono.ingresar("ABCD2345")[0] == 303
    estado, cabeceras, _ = telefono.get()
    assert estado == 500 and cabeceras["x-frame-options"] == "DENY"
    registro = archivo_registro().read_text(encoding="utf-8")
    assert "Error inesperado en el servidor de voto" in registro and "ABCD2345" not in registro
    assert "Traceback" not in capfd.readouterr().err


def test_cerrada_la_urna_la_espera_muestra_el_comprobante_del_ultimo_voto(servidor, servicio):
    telefono = Telefono(servidor)
    telefono.ingresar("ABCD2345")
    telefono.votar("a_favor")
    servicio.papeleta_abierta = None   # la presidencia cerró la urna
    _, _, pagina = telefono.get()
    assert "Esperando la próxima votación" in pagina and "Su último voto" in pagina
    assert servicio.depositos[0][3] in pagina and "Usted votó" not in pagina
