"""Las escenas de `make capturas` de lo que llegó después: los convenios, los
cobros desde un extracto bancario, el correo (la cuenta, el envío con su vista previa, la bandeja de salida), la
memoria anual, publicar el sitio y «Acerca de». Como en capturas_escenas.py, cada escena recibe el `Capturador` y
arma los diálogos como la ventana, con su oficina.

El correo sale de verdad: a un servidor SMTP en 127.0.0.1 (aiosmtpd, de las dependencias de prueba que instala
`make`) que rechaza una dirección y deja otras para más tarde; así la bandeja muestra mensajes enviados, uno
rechazado y otros que esperan, como en una oficina."""

from datetime import timedelta
from pathlib import Path

REMITENTE = "secretaria@ciudadesdelsur.ejemplo.org"


def _tr(texto: str) -> str:
    """Un texto de la ventana en el idioma de la serie (los títulos que la ventana da a un diálogo al abrirlo)."""
    from escritorio.interfaz.comun import tr

    return tr(texto)


# --- convenios ----------------------------------------------------------------------------------------------------

def convenios(c) -> None:
    """El registro con un convenio elegido (su resumen abajo), el formulario en sus dos pestañas y los
    vencimientos."""
    from escritorio.interfaz.dialogos.convenio import DialogoConvenio
    from escritorio.servicios.convenios import listar_convenios

    vista = c.ir_a("convenios")
    elegido = next(cv for cv in listar_convenios(c.contexto) if cv["tipo"] == "financiamiento")
    vista.seleccionar(elegido["id"])
    c.ventana_en("convenios", "convenios")
    dialogo = DialogoConvenio(c.oficina, elegido["id"], c.ventana)
    c.guardar(dialogo, "convenios_convenio")
    dialogo.pestanas.setCurrentIndex(1)
    c.guardar(dialogo, "convenios_partes")
    c.cerrar(dialogo)
    vista.pestanas.setCurrentWidget(vista.vencimientos)
    c.ventana_en("convenios", "convenios_vencimientos")
    vista.pestanas.setCurrentIndex(0)


# --- cobros desde un extracto -------------------------------------------------------------------------------------

def _importe(centavos: int) -> str:
    """«1.200,00»: como lo escribe un banco de la región."""
    enteros, resto = divmod(centavos, 100)
    return f"{enteros:,}".replace(",", ".") + f",{resto:02d}"


def extracto(c) -> None:
    """Un extracto de la cuenta con una referencia de pago, un nombre, una comisión y un depósito sin nombre: la
    revisión con las seguras, el débito ignorado y las dudosas, y una dudosa elegida."""
    from escritorio.dominio.conciliacion import referencia_de_pago
    from escritorio.interfaz.dialogos.extracto import DialogoExtracto
    from escritorio.servicios.cobranza import morosidad
    from escritorio.servicios.miembros import listar_miembros

    nombres = {m["id"]: m["nombre"] for m in listar_miembros(c.contexto)}
    deudas = [d for d in morosidad(c.contexto) if d.moneda == "USD"]
    por_referencia, por_nombre, sin_nombre, mal_copiada = deudas[0], deudas[1], deudas[5], deudas[2]
    sigla = c.oficina.asociacion["sigla"]
    bien = referencia_de_pago(sigla, mal_copiada.miembro_id)
    mal = bien[:-1] + str((int(bien[-1]) + 3) % 10)   # el dígito verificador no coincide: no se usa
    dia = hoy_menos(12)
    lineas = [
        f"{dia(0)};TRANSF RECIBIDA {referencia_de_pago(sigla, por_referencia.miembro_id)};000101;;"
        f"{_importe(por_referencia.total)};10.600,00",
        f"{dia(2)};TRANSFERENCIA MUNICIPALIDAD DE {nombres[por_nombre.miembro_id].upper()};000102;;"
        f"{_importe(por_nombre.total)};11.800,00",
        f"{dia(3)};COMISION MANTENIMIENTO;000103;12,50;;11.787,50",
        f"{dia(7)};DEPOSITO EN EFECTIVO;000104;;{_importe(sin_nombre.total)};12.387,50",
        f"{dia(9)};TRANSF RECIBIDA {mal};000105;;{_importe(mal_copiada.total)};13.587,50",
    ]
    ruta = c.temporal / "extracto-cuenta-usd.csv"
    ruta.write_text("Banco de la Ciudad — Cuenta corriente en USD 0012-3456/7\n"
                    "Fecha;Concepto;Nro. Comprobante;Débito;Crédito;Saldo\n" + "\n".join(lineas) + "\n",
                    encoding="utf-8")
    dialogo = DialogoExtracto(c.oficina, c.ventana, c.ajustes, ruta=str(ruta))
    dialogo.pagina_archivo.moneda.setCurrentText("USD")   # el extracto no tiene columna de moneda
    dialogo.leer()
    if dialogo.plan is None:
        raise RuntimeError(f"el extracto de las capturas no se leyó: {dialogo.pagina_archivo.avisos.texto}")
    revision = dialogo.pagina_revision
    dudosa = max(i for i, linea in enumerate(revision.plan.lineas) if linea.estado == "dudosa")   # la mal copiada
    revision.tabla.selectRow(dudosa)
    c.guardar(dialogo, "extracto_revision")
    c.cerrar(dialogo)


def hoy_menos(dias: int):
    """dia(n): la fecha `dias` antes de hoy más n, como la escribe el banco (dd/mm/aaaa)."""
    from escritorio.servicios.base import hoy

    inicio = hoy() - timedelta(days=dias)
    return lambda n: (inicio + timedelta(days=n)).strftime("%d/%m/%Y")


# --- correo -------------------------------------------------------------------------------------------------------

class ServidorDeCorreo:
    """Un servidor SMTP en 127.0.0.1 que acepta todo salvo `rechazar` (no existen) y `aplazar` (ahora no):
    `with ServidorDeCorreo() as s: s.puerto`."""

    def __init__(self):
        try:
            from aiosmtpd.controller import Controller
        except ImportError as error:   # las dependencias de prueba: `make` las instala en .venv
            raise SystemExit("Las capturas del correo necesitan aiosmtpd: instálelo con «make .venv/.instalado».") \
                from error
        import socket

        with socket.socket() as libre:
            libre.bind(("127.0.0.1", 0))
            self.puerto = libre.getsockname()[1]
        self.rechazar: set[str] = set()
        self.aplazar: set[str] = set()
        self.controlador = Controller(self, hostname="127.0.0.1", port=self.puerto)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.rechazar:
            return "550 5.1.1 Buzón inexistente"
        if address.lower() in self.aplazar:
            return "451 4.7.1 Lista gris: intente más tarde"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        return "250 Mensaje aceptado"

    def __enter__(self) -> "ServidorDeCorreo":
        self.controlador.start()
        return self

    def __exit__(self, *_):
        self.controlador.stop()


def _enviar_y_esperar(c) -> None:
    """Lo que hace la ventana después de «Enviar»: su cartero envía lo que espera, en otro hilo."""
    from escritorio.interfaz.cartero import Cartero

    cartero = Cartero.de(c.oficina)
    cartero.actualizar()
    cartero.enviar_ahora()
    if not cartero.esperar(60_000):
        raise TimeoutError("el cartero no terminó de enviar")
    c.asentar()


def correo(c) -> None:
    """La cuenta de correo, la convocatoria de la sesión de hoy con su vista previa, la bandeja después de enviarla
    (un destinatario la rechazó; el servidor dejó los avisos de cobro para más tarde) y lo enviado en la ficha de un miembro."""
    from escritorio.interfaz.dialogos.bandeja_salida import DialogoBandejaSalida
    from escritorio.interfaz.dialogos.cuenta_correo import DialogoCuentaCorreo
    from escritorio.interfaz.dialogos.enviar_correo import DialogoEnviarCorreo
    from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
    from escritorio.servicios import correo as servicio
    from escritorio.servicios.cuenta_de_correo import configurar_cuenta
    from escritorio.servicios.sesiones import listar_sesiones

    contexto = c.contexto
    cuenta = DialogoCuentaCorreo(c.oficina, c.ventana)   # la asociación todavía no tiene cuenta: se escribe
    cuenta.servidor.setText("smtp.ciudadesdelsur.ejemplo.org")
    cuenta.usuario.setText(REMITENTE)
    cuenta.remitente.setText(REMITENTE)
    cuenta.nombre.setText("Secretaría Ejecutiva — RCS")
    cuenta.firma.setPlainText("Secretaría Técnica Permanente\nRed de Ciudades del Sur · Montevideo")
    c.guardar(cuenta, "correo_cuenta")
    c.cerrar(cuenta)

    # La sesión del Consejo de hoy que convocó la escena de Sesiones (la última): su asistencia ya la dejó
    # «Celebrada» (issue 59), así que no se la busca por su estado.
    sesion = max(listar_sesiones(contexto), key=lambda s: s["id"])["id"]

    def preparar(miembros, copias):
        return servicio.preparar_convocatoria(contexto, sesion, miembros=miembros, copias=copias)

    with ServidorDeCorreo() as servidor:
        # La cuenta que se usa: la de la oficina, sin cifrar, en este equipo (el servidor de prueba).
        configurar_cuenta(contexto, servidor="127.0.0.1", puerto=servidor.puerto, seguridad="ninguna",
                          remitente=REMITENTE, nombre_remitente="Secretaría Ejecutiva — RCS")
        enviar = DialogoEnviarCorreo(c.oficina, _tr("Enviar la convocatoria por correo"), preparar, c.ventana)
        enviar.destinatarios.setCurrentItem(enviar.destinatarios.topLevelItem(2))
        c.guardar(enviar, "correo_enviar")
        c.cerrar(enviar)
        # Lo que se pone en la bandeja: la convocatoria (un buzón ya no existe) y cuatro avisos de cobro que el
        # servidor deja para más tarde (lista gris): esperan y se reintentan.
        envio = preparar(None, "")
        avisos = servicio.preparar_avisos(contexto)
        avisos = servicio.preparar_avisos(contexto, miembros=[m.miembro_id for m in avisos.mensajes[:4]])
        servidor.rechazar = {envio.mensajes[-1].para[0][0].lower()}
        servidor.aplazar = {m.para[0][0].lower() for m in avisos.mensajes}
        c.oficina.hacer(servicio.encolar, contexto, envio)
        c.oficina.hacer(servicio.encolar, contexto, avisos)
        _enviar_y_esperar(c)
    bandeja = DialogoBandejaSalida(c.oficina, c.ventana)
    bandeja.tabla.selectRow(next(i for i, m in enumerate(bandeja.mensajes) if m.estado == "rechazado"))
    c.guardar(bandeja, "correo_bandeja")
    c.cerrar(bandeja)
    ficha = DialogoFichaMiembro(c.oficina, envio.mensajes[0].miembro_id, c.ventana)
    ficha.pestanas.setCurrentWidget(ficha._pagina_correo)
    c.guardar(ficha, "ficha_correo")
    c.cerrar(ficha)


# --- memoria, publicar, acerca ------------------------------------------------------------------------------------

def memoria(c) -> None:
    """La memoria del año pasado con su introducción y dos secciones propias."""
    from escritorio.interfaz.dialogos.memoria import DialogoMemoria
    from escritorio.servicios.base import hoy
    from escritorio.servicios.memoria.textos import agregar_seccion, fijar_introduccion

    anio = hoy().year - 1
    fijar_introduccion(c.contexto, anio, (
        "El año en que la Red cumplió treinta años y la Secretaría Ejecutiva pasó a Mar del Plata.\n\n"
        "Las unidades temáticas sumaron ciudades y la Asamblea General aprobó el presupuesto y el plan de trabajo."))
    agregar_seccion(c.contexto, anio, "Hitos del año", "Treinta años de la Red: el acto en Montevideo, su sede.")
    agregar_seccion(c.contexto, anio, "Agradecimientos", "A las ciudades que recibieron las reuniones de la Red.")
    dialogo = DialogoMemoria(c.oficina, c.ventana, c.ajustes, anio=anio)
    c.guardar(dialogo, "memoria")
    c.cerrar(dialogo)


def publicar(c) -> None:
    """Publicar el sitio de transparencia, con la carpeta en los Documentos de la secretaría."""
    from escritorio.interfaz.dialogos.publicar import DialogoPublicar

    dialogo = DialogoPublicar(c.oficina, c.ventana)
    dialogo.carpeta.setText(str(Path("/home/secretaria/Documentos/Escritorio/sitio-rcs")))
    c.guardar(dialogo, "publicar")
    c.cerrar(dialogo)


def acerca(c) -> None:
    from escritorio.interfaz.dialogos.acerca import dialogo_acerca

    dialogo = dialogo_acerca(c.ventana, str(c.temporal / "red-de-ejemplo.db"))
    c.guardar(dialogo, "acerca")
    c.cerrar(dialogo)


ESCENAS = (convenios, extracto, correo, memoria, publicar, acerca)
