"""El correo en la ventana principal: Archivo › Cuenta de correo… y Archivo › Bandeja de salida…, el aviso de la barra
de estado («3 mensajes esperan conexión», un clic abre la bandeja) y, al cerrar, lo que todavía espera salir.

El envío lo hace el cartero de la oficina (interfaz/cartero.py); la ventana lo arma al abrir cada base
(`al_abrir_la_base`), le avisa cuando cambia la bandeja (`correo_cambiado`, por los avisos de la oficina o de otro
programa) y lo consulta al cerrar (`se_puede_cerrar`)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from ..dominio import formato
from .cartero import Cartero, texto_del_cartero
from .comun import descartar, tr
from .iconos import icono

_ESTILO_AVISO = {None: "QPushButton#avisoCorreo { color: #6b4a00; border: none; padding: 0 6px; }",
                 False: "QPushButton#avisoCorreo { color: #b03a2e; font-weight: bold; border: none; padding: 0 6px; }"}


def agregar_acciones_de_correo(ventana, menu) -> None:
    """Archivo › Cuenta de correo… y Bandeja de salida…; y el aviso de la barra de estado (oculto si no hay nada)."""
    ventana.accion_cuenta_correo = ventana._accion(menu, tr("Cuenta de &correo…"), lambda: abrir_cuenta(ventana),
                                                   icono_de="correo")
    ventana.accion_bandeja = ventana._accion(menu, tr("Bandeja de &salida…"), lambda: abrir_bandeja(ventana),
                                             icono_de="bandeja")
    aviso = QPushButton()
    aviso.setObjectName("avisoCorreo")
    aviso.setFlat(True)
    aviso.setCursor(Qt.CursorShape.PointingHandCursor)
    aviso.setIcon(icono("correo"))
    aviso.clicked.connect(lambda: abrir_bandeja(ventana))
    aviso.hide()
    ventana.aviso_correo = aviso
    ventana.cartero = None
    ventana.statusBar().addPermanentWidget(aviso)


def al_abrir_la_base(ventana) -> None:
    """La ventana pasó a otra oficina (otra base): el cartero de la anterior se detiene; el de esta, si quedaron
    mensajes esperando, los envía en cuanto haya conexión."""
    anterior = ventana.cartero
    if anterior is not None and anterior.oficina is ventana.oficina:
        return
    if anterior is not None:
        anterior.cambio.disconnect()
        anterior.soltar()
    cartero = Cartero.de(ventana.oficina)
    cartero.cambio.connect(lambda: pintar_aviso(ventana))
    ventana.cartero = cartero
    if ventana.asociacion is not None:
        cartero.al_abrir()
    pintar_aviso(ventana)


def detener_el_correo(ventana) -> None:
    """Antes de cerrar la base por debajo (restaurar un respaldo): el envío en curso termina su mensaje y se detiene."""
    if ventana.cartero is not None:
        ventana.cartero.detener()


def correo_cambiado(ventana) -> None:
    """Cambió la bandeja (se puso algo, salió algo, lo cambió otro programa) o se eligió otra asociación."""
    if ventana.cartero is not None:
        ventana.cartero.actualizar()


def pintar_aviso(ventana) -> None:
    texto, tono = texto_del_cartero(ventana.cartero) if ventana.cartero is not None else ("", None)
    aviso = ventana.aviso_correo
    aviso.setText(texto)
    aviso.setStyleSheet(_ESTILO_AVISO[tono])
    aviso.setToolTip(texto_del_cartero(ventana.cartero, completo=True)[0] + "\n\n" +
                     tr("Clic: abrir la bandeja de salida.") if texto else "")
    aviso.setVisible(bool(texto))


def abrir_cuenta(ventana) -> None:
    from .dialogos.cuenta_correo import DialogoCuentaCorreo

    if ventana.asociacion is None:
        return
    dialogo = DialogoCuentaCorreo(ventana.oficina, ventana)
    dialogo.exec()
    descartar(dialogo)


def abrir_bandeja(ventana) -> None:
    from .dialogos.bandeja_salida import DialogoBandejaSalida

    if ventana.asociacion is None:
        return
    dialogo = DialogoBandejaSalida(ventana.oficina, ventana)
    dialogo.exec()
    descartar(dialogo)


def se_puede_cerrar(ventana) -> bool:
    """Al cerrar: lo que se estaba enviando termina su mensaje; si quedan mensajes sin salir, se dice cuántos y que
    salen la próxima vez que se abra el programa con conexión, con «Intentar enviarlos ahora», «Cerrar igual» y
    «Cancelar». False si la secretaria prefiere no cerrar todavía."""
    cartero = ventana.cartero
    if cartero is None or ventana.asociacion is None:
        return True
    if cartero.enviando:
        _esperar_el_envio(ventana, cartero, detener=True)
    _contar_sin_reintentar(cartero)   # con el aviso abierto no empieza otro envío por su cuenta
    while cartero.estado.esperando or cartero.estado.por_confirmar:
        caja = QMessageBox(QMessageBox.Icon.Warning, tr("Quedan mensajes sin enviar"), _texto_al_cerrar(cartero),
                           QMessageBox.StandardButton.NoButton, ventana)
        caja.setObjectName("avisoCorreoAlCerrar")
        intentar = caja.addButton(tr("Intentar enviarlos ahora"), QMessageBox.ButtonRole.ActionRole)
        cerrar = caja.addButton(tr("Cerrar igual"), QMessageBox.ButtonRole.AcceptRole)
        caja.addButton(tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        intentar.setVisible(bool(cartero.estado.esperando))
        caja.setDefaultButton(cerrar)
        caja.exec()
        elegido = caja.clickedButton()
        descartar(caja)
        if elegido is cerrar:
            break
        if elegido is not intentar:
            cartero.actualizar()   # se sigue trabajando: el reintento vuelve a correr
            return False
        cartero.enviar_ahora()
        if cartero.enviando:
            _esperar_el_envio(ventana, cartero)
        _contar_sin_reintentar(cartero)
    cartero.soltar()
    return True


def _contar_sin_reintentar(cartero: Cartero) -> None:
    cartero.actualizar()
    cartero.reintento.stop()


def _texto_al_cerrar(cartero: Cartero) -> str:
    estado = cartero.estado
    partes = []
    if estado.esperando:
        partes.append((tr("Queda {0} mensaje en la bandeja de salida sin enviar.") if estado.esperando == 1 else
                       tr("Quedan {0} mensajes en la bandeja de salida sin enviar.")).format(
            formato.numero(estado.esperando)))
        if cartero.problema:
            partes.append(cartero.problema)
        elif cartero.sin_conexion:
            partes.append(cartero.sin_conexion)
        partes.append(tr("Si cierra, quedan guardados en la base y salen solos la próxima vez que abra Escritorio con "
                         "conexión."))
    if estado.por_confirmar:
        partes.append((tr("{0} mensaje está por confirmar: quizá salió. Revíselo en Archivo › Bandeja de salida.")
                       if estado.por_confirmar == 1 else
                       tr("{0} mensajes están por confirmar: quizá salieron. Revíselos en Archivo › Bandeja de "
                          "salida.")).format(formato.numero(estado.por_confirmar)))
    return "\n\n".join(partes)


def _esperar_el_envio(ventana, cartero: Cartero, detener: bool = False) -> None:
    """Mientras el cartero termina (sin detener la ventana: sus pasos en la base se atienden), un diálogo dice qué
    pasa. `detener`: termina el mensaje en curso y no sigue con los demás."""
    progreso = QProgressDialog(tr("Terminando de enviar el mensaje en curso…") if detener else
                               tr("Enviando los mensajes de la bandeja de salida…"), "", 0, 0, ventana)
    progreso.setWindowTitle(tr("Bandeja de salida"))
    progreso.setCancelButton(None)
    progreso.setWindowModality(Qt.WindowModality.WindowModal)
    progreso.setMinimumDuration(0)
    progreso.show()
    try:
        if detener:
            cartero.detener()
        else:
            cartero.esperar()
    finally:
        progreso.close()
        descartar(progreso)
