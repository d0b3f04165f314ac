"""El correo contra un servidor SMTP de verdad en 127.0.0.1 (aiosmtpd), con la línea de órdenes como proceso real
(issue 46 §4): lo que llega (destinatarios, encabezados, codificación, el PDF idéntico al emitido), el servidor
caído (los mensajes esperan y salen después), un proceso muerto entre dos mensajes (ninguno perdido, ninguno dos
veces) y durante DATA (por confirmar, nunca reenviado solo), una dirección rechazada (anotada, el resto sale) y
STARTTLS con un certificado propio que la secretaría acepta a sabiendas."""

from contextlib import closing
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter

import pytest

from correo.servidor_smtp import ServidorSMTP, certificado_autofirmado, puerto_libre

REMITENTE = "secretaria@redsur.ejemplo.org"
SESION = 4          # la LXII sesión ordinaria del Consejo de la demo: 17 integrantes, todos con correo institucional
INTEGRANTES = 17


@pytest.fixture
def base(copia_de_la_demo):
    return copia_de_la_demo


def _cuenta(cli, base, puerto, *opciones):
    hecho = cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", puerto, "--seguridad", "ninguna",
                "--remitente", REMITENTE, "--nombre", "Secretaría Ejecutiva — RCS", *opciones, db=base)
    assert hecho.returncode == 0, hecho.stderr


def _filas(base, sql, *valores):
    with closing(sqlite3.connect(base)) as conexion, conexion:
        return conexion.execute(sql, valores).fetchall()


def _estados(base) -> Counter:
    return Counter(estado for (estado,) in _filas(base, "SELECT estado FROM mensajes"))


def test_la_convocatoria_llega_a_cada_integrante_con_su_pdf_identico_al_emitido(cli_proceso, cli, base):
    with ServidorSMTP() as servidor:
        _cuenta(cli, base, servidor.puerto)
        hecho = cli_proceso("correo", "convocatoria", SESION, "--copia", "archivo@redsur.ejemplo.org", db=base)
        assert hecho.returncode == 0, hecho.stderr
        assert f"Enviados: {INTEGRANTES}." in hecho.stdout
        recibidos = servidor.recibidos
    assert len(recibidos) == INTEGRANTES
    direcciones = dict(_filas(base, "SELECT m.nombre, m.correo FROM miembros m"))
    emitidos = {sha for (sha,) in _filas(base, "SELECT sha256 FROM archivos_emitidos")}
    ids_en_la_base = {mid for (mid,) in _filas(base, "SELECT message_id FROM mensajes")}
    for recibido in recibidos:
        mensaje = recibido.mensaje
        assert recibido.remitente == REMITENTE
        destinatario = mensaje["To"].addresses[0]
        assert direcciones[destinatario.display_name] == destinatario.addr_spec
        assert set(recibido.destinatarios) == {destinatario.addr_spec, "archivo@redsur.ejemplo.org"}
        assert mensaje["Cc"].addresses[0].addr_spec == "archivo@redsur.ejemplo.org"
        assert mensaje["Subject"] == "Convocatoria: LXII sesión ordinaria — Consejo, 15/09/2026"
        assert mensaje["From"].addresses[0].display_name == "Secretaría Ejecutiva — RCS"
        assert mensaje["Message-ID"].strip() in ids_en_la_base
        # Encabezados en ASCII, lo que no lo es codificado (RFC 2047), y ninguna línea de más de 998 octetos.
        crudo = recibido.contenido
        encabezados = crudo.split(b"\r\n\r\n", 1)[0]
        assert encabezados.isascii() and b"=?utf-8?q?sesi=C3=B3n_ordinaria_=E2=80=94?=" in encabezados
        assert all(len(linea) <= 998 for linea in crudo.split(b"\r\n"))
        assert {p.get_content_type() for p in mensaje.walk()} >= {"text/plain", "text/html", "application/pdf"}
        texto = mensaje.get_body(("plain",)).get_content()
        assert f"convoca a {destinatario.display_name}" in texto and "Orden del día:" in texto
        assert "<ol><li>" in mensaje.get_body(("html",)).get_content()
        (adjunto,) = list(mensaje.iter_attachments())
        assert adjunto.get_filename() == "Convocatoria Consejo 15-09-2026.pdf"
        contenido = adjunto.get_content()
        assert contenido.startswith(b"%PDF") and hashlib.sha256(contenido).hexdigest() in emitidos
    assert len({r.mensaje["Message-ID"].strip() for r in recibidos}) == INTEGRANTES
    assert _estados(base) == {"enviado": INTEGRANTES}
    bandeja = cli("correo", "bandeja", "--estado", "enviado", db=base)
    assert bandeja.stdout.count("Enviado") == INTEGRANTES and "Aceptado por el servidor" in bandeja.stdout


def test_sin_servidor_los_mensajes_esperan_y_salen_despues_una_sola_vez(cli_proceso, cli, base):
    puerto = puerto_libre()
    _cuenta(cli, base, puerto)
    vista = json.loads(cli("correo", "convocatoria", SESION, "--simular", "--json", db=base).stdout)
    cinco = [m["miembro_id"] for m in vista["mensajes"]][:5]
    elegidos = len(cinco)
    hecho = cli_proceso("correo", "convocatoria", SESION, "--miembros", ",".join(map(str, cinco)), db=base)
    assert hecho.returncode == 3, hecho.stdout + hecho.stderr
    assert "Sin conexión con 127.0.0.1" in hecho.stderr and "siguen en la bandeja" in hecho.stderr
    assert _estados(base) == {"pendiente": elegidos}
    with ServidorSMTP(puerto=puerto) as servidor:
        otra = cli_proceso("correo", "enviar", db=base)
        assert otra.returncode == 0, otra.stderr
        assert len(servidor.recibidos) == elegidos
        de_nuevo = cli_proceso("correo", "enviar", db=base)
        assert de_nuevo.returncode == 0 and "Enviados: 0." in de_nuevo.stdout
        assert len(servidor.recibidos) == elegidos   # nada dos veces
    assert _estados(base) == {"enviado": elegidos}


def _envio_que_muere(base, servidor, entorno, fase: str, numero: int) -> int:
    """Corre «correo enviar» como proceso y lo mata (SIGKILL) cuando el servidor ve `fase` del mensaje `numero`."""
    proceso = subprocess.Popen([sys.executable, "-m", "escritorio", "--db", str(base), "correo", "enviar"],
                               env=entorno, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def matar(etapa, recibidos):
        if etapa == fase and recibidos == numero:
            os.kill(proceso.pid, signal.SIGKILL)

    servidor.manejador.al_llegar = matar
    proceso.wait(timeout=120)
    servidor.manejador.al_llegar = None
    return proceso.returncode


def test_un_proceso_muerto_entre_dos_mensajes_no_pierde_ni_duplica_ninguno(cli, cli_proceso, base, entorno_cli):
    with ServidorSMTP() as servidor:
        _cuenta(cli, base, servidor.puerto)
        assert cli("correo", "convocatoria", SESION, "--no-enviar", db=base).returncode == 0
        codigo = _envio_que_muere(base, servidor, entorno_cli, "mail", 3)   # al pedir MAIL del cuarto
        assert codigo == -signal.SIGKILL
        assert len(servidor.recibidos) == 3
        assert _estados(base) == {"enviado": 3, "pendiente": INTEGRANTES - 3}
        otra = cli_proceso("correo", "enviar", db=base)
        assert otra.returncode == 0, otra.stderr
        ids = [r.mensaje["Message-ID"].strip() for r in servidor.recibidos]
    assert len(ids) == INTEGRANTES and len(set(ids)) == INTEGRANTES
    assert _estados(base) == {"enviado": INTEGRANTES}


def test_un_proceso_muerto_durante_data_deja_ese_mensaje_por_confirmar_y_no_lo_reenvia(
        cli, cli_proceso, base, entorno_cli):
    with ServidorSMTP() as servidor:
        _cuenta(cli, base, servidor.puerto)
        assert cli("correo", "convocatoria", SESION, "--no-enviar", db=base).returncode == 0
        _envio_que_muere(base, servidor, entorno_cli, "data", 2)   # el servidor ya tiene el tercero; el cliente muere
        assert _estados(base) == {"enviado": 2, "enviando": 1, "pendiente": INTEGRANTES - 3}
        otra = cli_proceso("correo", "enviar", db=base)
        assert otra.returncode == 0, otra.stderr
        assert "Por confirmar: 1" in otra.stdout
        ids = [r.mensaje["Message-ID"].strip() for r in servidor.recibidos]
    assert len(ids) == INTEGRANTES and len(set(ids)) == INTEGRANTES   # el tercero llegó una vez, no dos
    assert _estados(base) == {"enviado": INTEGRANTES - 1, "por_confirmar": 1}
    ((mensaje_id, message_id),) = _filas(base, "SELECT id, message_id FROM mensajes WHERE estado = 'por_confirmar'")
    assert message_id == ids[2]
    bandeja = cli("correo", "bandeja", "--estado", "por_confirmar", db=base)
    assert message_id in bandeja.stdout and "quizá salió" in bandeja.stdout
    # La secretaría lo encontró en los enviados de la cuenta: queda enviado, sin volver a salir.
    assert cli("correo", "confirmar", mensaje_id, "--salio", db=base).returncode == 0
    assert _estados(base) == {"enviado": INTEGRANTES}


def test_una_direccion_rechazada_queda_anotada_con_su_motivo_y_el_resto_sale(cli, cli_proceso, base):
    (rechazada,) = _filas(base, "SELECT correo FROM miembros WHERE nombre = 'Mar del Plata'")[0]
    with ServidorSMTP() as servidor:
        servidor.manejador.rechazar = {rechazada, "vieja@redsur.ejemplo.org"}
        _cuenta(cli, base, servidor.puerto)
        hecho = cli_proceso("correo", "convocatoria", SESION, "--copia", "vieja@redsur.ejemplo.org", db=base)
        assert hecho.returncode == 0, hecho.stderr
        assert "Rechazados por el servidor: 1" in hecho.stdout
        assert len(servidor.recibidos) == INTEGRANTES - 1
        assert all("vieja@redsur.ejemplo.org" not in r.destinatarios for r in servidor.recibidos)
    assert _estados(base) == {"enviado": INTEGRANTES - 1, "rechazado": 1}
    motivos = dict(_filas(base, "SELECT direccion, motivo FROM destinatarios_mensaje WHERE estado = 'rechazado' "
                                "AND direccion = ?", rechazada))
    assert motivos[rechazada] == "550 5.1.1 Buzón inexistente"
    # La copia a una dirección vieja: rechazada en cada mensaje, sin impedir que salga a su destinatario.
    assert _filas(base, "SELECT count(*) FROM destinatarios_mensaje WHERE direccion = 'vieja@redsur.ejemplo.org' "
                        "AND estado = 'rechazado'")[0][0] == INTEGRANTES
    # Un rebote que llega después se anota a mano.
    ((destinatario,),) = _filas(base, "SELECT d.id FROM destinatarios_mensaje d JOIN mensajes m ON m.id = d.mensaje_id "
                                      "WHERE m.estado = 'enviado' AND d.tipo = 'para' LIMIT 1")
    assert cli("correo", "anotar", destinatario, "--rebotado", "Buzón lleno", db=base).returncode == 0
    assert _filas(base, "SELECT estado, motivo FROM destinatarios_mensaje WHERE id = ?", destinatario) == [
        ("rebotado", "Buzón lleno")]


def test_starttls_con_un_certificado_propio_solo_despues_de_aceptarlo_a_sabiendas(cli, cli_proceso, base, tmp_path,
                                                                                 entorno_cli):
    certificado = certificado_autofirmado(tmp_path)
    entorno = dict(entorno_cli, ESCRITORIO_CLAVE_CORREO="clave-de-la-secretaria")
    with ServidorSMTP(tls=certificado, usuario=("secretaria", "clave-de-la-secretaria")) as servidor:
        hecho = cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", servidor.puerto, "--seguridad",
                    "starttls", "--usuario", "secretaria", "--remitente", REMITENTE, db=base, entorno=entorno)
        assert hecho.returncode == 0, hecho.stderr
        assert cli("correo", "recibo", 1, "--no-enviar", db=base).returncode == 0
        rechazo = cli_proceso("correo", "enviar", db=base, entorno=entorno)
        assert rechazo.returncode == 1 and not servidor.recibidos
        huella = hashlib.sha256(_der(certificado[0])).hexdigest()
        assert huella in rechazo.stderr and "no reconoce" in rechazo.stderr
        assert _estados(base) == {"pendiente": 1}
        # Sin la clave (ni en la variable ni en el llavero, que el proceso no tiene) no se acepta: el certificado
        # queda atado a ella (issue 58).
        sin_clave = cli_proceso("correo", "aceptar-certificado", huella, db=base)
        assert sin_clave.returncode == 1 and "hace falta la clave" in sin_clave.stderr
        assert cli("correo", "aceptar-certificado", huella, db=base, entorno=entorno).returncode == 0
        sin_clave = cli_proceso("correo", "enviar", db=base)   # sin la clave: el servidor pide usuario
        assert sin_clave.returncode == 1 and "Falta la clave" in sin_clave.stderr
        hecho = cli_proceso("correo", "enviar", db=base, entorno=entorno)
        assert hecho.returncode == 0, hecho.stderr
        (recibido,) = servidor.recibidos
        assert recibido.mensaje["Subject"].startswith("Recibo ")
    # Otro certificado en el mismo servidor (lo cambiaron, o alguien se interpone): se rechaza de nuevo.
    with ServidorSMTP(puerto=servidor.puerto, tls=certificado_autofirmado(tmp_path / "otro" if (tmp_path / "otro").mkdir()
                                                                          is None else tmp_path)) as otro:
        assert cli("correo", "recibo", 1, "--no-enviar", db=base).returncode == 0
        rechazo = cli_proceso("correo", "enviar", db=base, entorno=entorno)
        assert rechazo.returncode == 1 and "no reconoce" in rechazo.stderr and not otro.recibidos


def _der(ruta_pem) -> bytes:
    import ssl
    return ssl.PEM_cert_to_DER_cert(ruta_pem.read_text())


def test_una_direccion_en_lista_gris_espera_y_sale_una_sola_vez_cuando_el_servidor_la_acepta(cli, cli_proceso, base):
    """Un 4xx de SMTP (lista gris, buzón ocupado) es «ahora no», no un rechazo: el mensaje sigue en la bandeja con el
    motivo, la orden termina con 3 y, cuando el servidor lo acepta, sale una sola vez."""
    (aplazada,) = _filas(base, "SELECT correo FROM miembros WHERE nombre = 'Mar del Plata'")[0]
    with ServidorSMTP() as servidor:
        servidor.manejador.aplazar = {aplazada}
        _cuenta(cli, base, servidor.puerto)
        hecho = cli_proceso("correo", "convocatoria", SESION, db=base)
        assert hecho.returncode == 3, hecho.stderr
        assert f"Enviados: {INTEGRANTES - 1}." in hecho.stdout
        assert "reintentar más tarde 1 mensajes" in hecho.stderr
        assert _estados(base) == {"enviado": INTEGRANTES - 1, "pendiente": 1}
        ((error, intentos),) = _filas(base, "SELECT ultimo_error, intentos FROM mensajes WHERE estado = 'pendiente'")
        assert "451 4.7.1 Lista gris" in error and intentos == 1
        assert all(aplazada not in r.destinatarios for r in servidor.recibidos)

        servidor.manejador.aplazar = set()
        hecho = cli_proceso("correo", "enviar", db=base)
        assert hecho.returncode == 0, hecho.stderr
        assert "Enviados: 1." in hecho.stdout
        assert [r.destinatarios for r in servidor.recibidos].count([aplazada]) == 1
        assert len(servidor.recibidos) == INTEGRANTES
    assert _estados(base) == {"enviado": INTEGRANTES}


def test_una_direccion_con_letras_fuera_de_ascii_no_traba_la_bandeja(cli, cli_proceso, base):
    """Un correo con eñes o tildes en el dominio (un dominio internacional) sale con el dominio en ASCII (IDNA); uno
    con tildes antes de la @ no se puede enviar por SMTP común: queda rechazado con el motivo, y los demás mensajes
    salen igual. Una copia así se rechaza al escribirla, sin dejar nada en la bandeja."""
    ids = dict(_filas(base, "SELECT nombre, id FROM miembros WHERE nombre IN ('Montevideo', 'Salto')"))
    assert cli("miembros", "editar", ids["Montevideo"], "--correo", "relaciones@intendencia-peñalolén.ejemplo.org",
               db=base).returncode == 0
    assert cli("miembros", "editar", ids["Salto"], "--correo", "josé.pérez@salto.ejemplo.org",
               db=base).returncode == 0
    with ServidorSMTP() as servidor:
        _cuenta(cli, base, servidor.puerto)
        copia = cli("correo", "convocatoria", SESION, "--copia", "ñandú@redsur.ejemplo.org", db=base)
        assert copia.returncode == 1 and "ñandú@redsur.ejemplo.org" in copia.stderr and "@" in copia.stderr
        assert "inesperado" not in copia.stderr and _estados(base) == {}
        hecho = cli_proceso("correo", "convocatoria", SESION, db=base)
        assert hecho.returncode == 0, hecho.stdout + hecho.stderr
        assert "Rechazados por el servidor: 1" in hecho.stdout or "Rechazados: 1" in hecho.stdout, hecho.stdout
        assert len(servidor.recibidos) == INTEGRANTES - 1
        idn = [r for r in servidor.recibidos if r.destinatarios == ["relaciones@xn--intendencia-pealoln-szb7n.ejemplo.org"]]
        assert len(idn) == 1 and idn[0].mensaje["To"].addresses[0].display_name == "Montevideo"
    assert _estados(base) == {"enviado": INTEGRANTES - 1, "rechazado": 1}
    ((motivo,),) = _filas(base, "SELECT motivo FROM destinatarios_mensaje WHERE estado = 'rechazado'")
    assert "josé.pérez@salto.ejemplo.org" in motivo or "antes de la @" in motivo


def test_un_adjunto_cambiado_por_fuera_en_la_bandeja_no_sale_y_verificar_lo_dice(cli, cli_proceso, base):
    """Alguien con sqlite3 cambia el PDF de un mensaje que espera (la tabla de adjuntos no tiene triggers que lo
    impidan): «verificar» lo dice, y el envío no manda ese PDF; los demás mensajes salen."""
    with ServidorSMTP() as servidor:
        _cuenta(cli, base, servidor.puerto)
        assert cli("correo", "recibo", 1, "--no-enviar", db=base).returncode == 0
        assert cli("correo", "convocatoria", SESION, "--no-enviar", db=base).returncode == 0
        ((archivo, original),) = _filas(base, "SELECT c.id, c.contenido FROM archivos_correo c JOIN adjuntos_mensaje a "
                                              "ON a.archivo_id = c.id WHERE a.mensaje_id = 1")
        with closing(sqlite3.connect(base)) as conexion, conexion:
            conexion.execute("UPDATE archivos_correo SET contenido = ? WHERE id = ?",
                             [bytes(original).replace(b"Recibo", b"Recib0", 1) + b"%falso\n", archivo])
        verificado = cli_proceso("verificar", db=base)
        assert verificado.returncode == 1, verificado.stdout
        assert "adjunto" in verificado.stderr and "cambiado por fuera de Escritorio" in verificado.stderr
        hecho = cli_proceso("correo", "enviar", db=base)
        assert "inesperado" not in hecho.stderr
        assert len(servidor.recibidos) == INTEGRANTES
        assert all(not r.mensaje["Subject"].startswith("Recibo ") for r in servidor.recibidos)
        adjuntos = [a.get_content() for r in servidor.recibidos for a in r.mensaje.iter_attachments()]
        assert all(b"%falso" not in a for a in adjuntos)
    ((estado, error),) = _filas(base, "SELECT estado, ultimo_error FROM mensajes WHERE id = 1")
    assert estado != "enviado" and "cambiado por fuera de Escritorio" in error


def test_dos_envios_a_la_vez_no_dan_por_confirmar_lo_que_el_otro_estaba_enviando(cli, base, entorno_cli):
    """La ventana y «correo enviar» a la vez: el segundo empieza mientras el primero espera la respuesta del servidor
    a un mensaje («enviándose»). Ninguno sale dos veces, ninguno se pierde, y el segundo no dice «Por confirmar»
    de ese mensaje, que el primero terminó de enviar."""
    import asyncio
    from correo.servidor_smtp import Manejador

    orden = [sys.executable, "-m", "escritorio", "--db", str(base), "correo", "enviar"]

    class DosEnvios(Manejador):
        segundo = None
        sesiones: set = set()

        async def handle_MAIL(self, server, session, envelope, address, mail_options):
            self.sesiones.add(id(session))
            return await super().handle_MAIL(server, session, envelope, address, mail_options)

        async def handle_DATA(self, server, session, envelope):
            if len(self.recibidos) == 2 and self.segundo is None:
                # El primero espera la respuesta al tercer mensaje: arranca el segundo, y se responde cuando ya envía.
                self.segundo = subprocess.Popen(orden, env=entorno_cli, stdout=subprocess.PIPE,
                                                stderr=subprocess.PIPE, text=True)
                while len(self.sesiones) < 2 and self.segundo.poll() is None:
                    await asyncio.sleep(0.05)
            else:
                await asyncio.sleep(0.2)
            return await super().handle_DATA(server, session, envelope)

    servidor = ServidorSMTP()
    servidor.manejador = servidor.controlador.handler = DosEnvios()
    with servidor:
        _cuenta(cli, base, servidor.puerto)
        assert cli("correo", "convocatoria", SESION, "--no-enviar", db=base).returncode == 0
        primero = subprocess.run(orden, env=entorno_cli, capture_output=True, text=True, timeout=120)
        salida, errores = servidor.manejador.segundo.communicate(timeout=120)
        ids = [r.mensaje["Message-ID"].strip() for r in servidor.recibidos]
    assert primero.returncode == 0 and servidor.manejador.segundo.returncode == 0, primero.stderr + errores
    assert len(ids) == INTEGRANTES and len(set(ids)) == INTEGRANTES
    assert _estados(base) == {"enviado": INTEGRANTES}
    assert "Por confirmar" not in primero.stdout + salida, primero.stdout + salida


def test_un_ahora_no_que_llega_tarde_a_otro_envio_no_devuelve_a_la_bandeja_lo_ya_enviado(cli, base, entorno_cli):
    """Dos envíos a la vez: el segundo leyó un mensaje como «esperando», el primero lo tomó y lo envió, y después el
    servidor le contesta al segundo «ahora no» (4xx, por ejemplo demasiadas conexiones). Eso no vuelve a poner en la
    bandeja un mensaje que ya salió: el siguiente envío no lo manda dos veces."""
    import asyncio
    from correo.servidor_smtp import Manejador

    orden = [sys.executable, "-m", "escritorio", "--db", str(base), "correo", "enviar"]

    class AhoraNo(Manejador):
        segundo = None
        primera = None
        primero_enviado = False

        async def handle_MAIL(self, server, session, envelope, address, mail_options):
            if self.primera is None:
                self.primera = id(session)
            elif id(session) != self.primera and self.segundo is not None and not self.primero_enviado:
                while not self.primero_enviado:          # el primero termina su mensaje…
                    await asyncio.sleep(0.05)
                await asyncio.sleep(0.5)                   # …y lo anota; recién entonces, al segundo: «ahora no»
                return "451 4.7.0 Demasiadas conexiones, intente más tarde"
            return await super().handle_MAIL(server, session, envelope, address, mail_options)

        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if id(session) == self.primera and self.segundo is None:
                # El primero va a tomar su primer mensaje: antes, el segundo arranca y lo lee «esperando».
                self.segundo = subprocess.Popen(orden, env=entorno_cli, stdout=subprocess.PIPE,
                                                stderr=subprocess.PIPE, text=True)
                await asyncio.sleep(3)
            return await super().handle_RCPT(server, session, envelope, address, rcpt_options)

        async def handle_DATA(self, server, session, envelope):
            respuesta = await super().handle_DATA(server, session, envelope)
            if id(session) == self.primera:
                self.primero_enviado = True
            return respuesta

    servidor = ServidorSMTP()
    servidor.manejador = servidor.controlador.handler = AhoraNo()
    with servidor:
        _cuenta(cli, base, servidor.puerto)
        assert cli("correo", "recibo", 1, "--no-enviar", db=base).returncode == 0
        assert cli("correo", "recibo", 2, "--no-enviar", db=base).returncode == 0
        primero = subprocess.run(orden, env=entorno_cli, capture_output=True, text=True, timeout=120)
        servidor.manejador.segundo.communicate(timeout=120)
        tercero = subprocess.run(orden, env=entorno_cli, capture_output=True, text=True, timeout=120)
        ids = [r.mensaje["Message-ID"].strip() for r in servidor.recibidos]
    assert primero.returncode == 0 and tercero.returncode == 0, primero.stderr + tercero.stderr
    assert len(ids) == 2 and len(set(ids)) == 2, ids
    assert _estados(base) == {"enviado": 2}
