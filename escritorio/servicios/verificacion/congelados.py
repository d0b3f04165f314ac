"""Verificar lo congelado y los documentos guardados: las actas aprobadas y firmadas (su texto da la huella y es el
que selló Escritorio), todo lo congelado contra lo que se selló al congelarlo, los PDF firmados, los de los convenios,
los adjuntos del correo y los sellos de tiempo.
"""

from ...datos import verificacion as datos
from ...datos.base_de_datos import BaseDeDatos
from ...dominio import formato
from ...dominio.puerta import segun_la_puerta
from ...dominio.traduccion import traducir
from .base import BaseVerificada, Verificacion, fecha_o_nada, restaurar


# Lo que escribe la tesorería: ninguna de estas tablas entra en un acta ni en el registro de su sesión. Desde un
# punto de control, si solo cambiaron estas, las actas son las que se comprobaron en el punto.
_DE_LA_TESORERIA = frozenset({"cargos", "exenciones", "pagos", "imputaciones", "recibos", "lineas_de_extracto",
                              "avisos", "lotes_avisos", "documentos_emitidos", "archivos_emitidos", "sellos_de_tiempo"})


def comprobar_lo_congelado(base: BaseVerificada, resultado: Verificacion) -> None:
    db = base.db
    if base.tiene("actas") and not (base.punto is not None and set(base.tocadas) <= _DE_LA_TESORERIA):
        _actas(db, resultado)
    _congelados(db, resultado, None if base.punto is None else {t: sorted(f) for t, f in base.tocadas.items()})
    if base.tiene("firmas_digitales"):
        _firmas_digitales(db, resultado)
    if base.tiene("pdfs_convenio"):
        _pdfs_de_convenios(db, resultado)
    if base.tiene("archivos_correo"):
        _adjuntos_del_correo(db, resultado)


def comprobar_los_sellos_de_tiempo(base: BaseVerificada, resultado: Verificacion) -> None:
    _sellos_de_tiempo(base.db, resultado)


# --- actas aprobadas ----------------------------------------------------------------------------------

def _actas(db: BaseDeDatos, resultado: Verificacion) -> None:
    from ..actas import REGISTRO_ALTERADO, TEXTO_ALTERADO, TEXTO_DISTINTO_DE_LA_BITACORA, alteraciones_de_actas
    from ..congelados import alarmas

    aprobadas = datos.cantidad_de_actas_aprobadas(db)
    alteradas = alteraciones_de_actas(db)
    rastros = {a.fila_id: a.texto for a in alarmas(db, {"actas": [acta["id"] for acta, _ in alteradas]})}
    for acta, motivos in alteradas:
        fecha = fecha_o_nada(acta["fecha"])
        cual = traducir("El acta N.º {0} ({1}, sesión {2} del {3})").format(
            acta["numero"], acta["organo"], acta["sesion_id"], formato.fecha(fecha) if fecha else acta["fecha"])
        if TEXTO_ALTERADO in motivos or TEXTO_DISTINTO_DE_LA_BITACORA in motivos:
            como = (traducir("su texto guardado ya no da la huella SHA-256 con que se aprobó")
                    if TEXTO_ALTERADO in motivos else
                    traducir("lo aprobado no es lo que Escritorio selló en la bitácora al aprobarla (se cambió el texto "
                             "y se recalculó la huella). {0}. Es así para siempre: reconocer el incidente no vuelve "
                             "auténtica el acta").format(rastros.get(acta["id"], "")))
            resultado.problemas.append(traducir(
                "{0} fue cambiada por fuera de Escritorio: {1}. Mientras tanto no se imprime. Qué hacer: compárela con "
                "el acta firmada (papel o PDF escaneado) y {2}.").format(cual, como, restaurar()))
        if REGISTRO_ALTERADO in motivos:
            resultado.problemas.append(traducir(
                "{0}: el registro de su sesión (puntos, asistencia, votaciones o resoluciones) cambió por fuera de "
                "Escritorio después de aprobada; ya no da la huella tomada al aprobarla. El acta impresa sigue diciendo "
                "lo aprobado. Qué hacer: vea qué cambió en la bitácora ({1}) y {2}.").format(
                cual, segun_la_puerta(ventana=traducir("Archivo > Bitácora de cambios"),
                                      linea="«escritorio bitacora listar»"), restaurar()))
    if aprobadas and not alteradas:
        resultado.detalles.append(traducir("Actas: {0} aprobadas o firmadas, todas iguales a lo aprobado.").format(
            aprobadas))


def _congelados(db: BaseDeDatos, resultado: Verificacion, tocadas: dict[str, list[int]] | None) -> None:
    """Lo congelado, contra lo que Escritorio selló al congelarlo (las actas, en `_actas`). Desde un punto de control,
    las filas que tocaron los registros posteriores (`tocadas`): sin cambiar el esquema, una fila solo cambia con su
    trigger, que lo anota."""
    from ..congelados import alarmas

    otras = [a for a in alarmas(db, tocadas) if a.tabla != "actas"]
    for alarma in otras:
        resultado.problemas.append(traducir(
            "Congelado y cambiado: {0}. No es lo que Escritorio selló al congelarla; mientras tanto, lo que sale de esa "
            "fila (actas, resoluciones, recibos) no se imprime, ni se envía ni se publica. Es así para siempre: "
            "reconocer el incidente no la vuelve auténtica. Qué hacer: compárela con el papel (el recibo o el acta "
            "firmada) y {1}.").format(alarma.texto, restaurar()))
    if not otras:
        resultado.detalles.append(traducir("Lo congelado (resoluciones, votaciones y elecciones cerradas, pagos con "
                                           "su recibo, cuotas con pagos): todo igual a lo que Escritorio selló al "
                                           "congelarlo."))


def _pdf_firmados_alterados(db: BaseDeDatos) -> tuple[int, list[str]]:
    """Cuántos PDF firmados hay y, de los que ya no dan la huella SHA-256 anotada al guardarlos (se cambió el PDF por
    fuera de Escritorio), una descripción de cada uno. Aquí y no en servicios/firmas.py: verificar no carga lo que
    firma."""
    from ...datos import firmas as tabla_firmas

    cantidad, alterados = 0, []
    for firma_id, anotado, calculado in tabla_firmas.huellas_guardadas(db):
        cantidad += 1
        if anotado != calculado:
            alterados.append(f"el PDF firmado n.º {firma_id}")
    return cantidad, alterados


def _firmas_digitales(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Cada PDF firmado guardado da la huella SHA-256 anotada al guardarlo (la bitácora protege esa huella)."""
    cantidad, alterados = _pdf_firmados_alterados(db)
    for cual in alterados:
        resultado.problemas.append(traducir(
            "Firma digital: {0} fue cambiado por fuera de Escritorio: ya no da la huella SHA-256 anotada al firmarlo "
            "({1} dice qué firma no cuadra). Qué hacer: {2}.").format(
            cual, segun_la_puerta(ventana=traducir("«Firmar digitalmente…» en el acta o la resolución"),
                                  linea="«escritorio firma verificar --guardada N»"), restaurar()))
    if cantidad and not alterados:
        resultado.detalles.append(traducir("Firmas digitales: {0} PDF firmados, todos iguales a lo guardado.").format(
            cantidad))


def _pdfs_de_convenios(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Cada PDF firmado de un convenio da la huella SHA-256 anotada al adjuntarlo (la bitácora protege esa huella)."""
    from ..pdf_de_convenios import pdfs_de_convenios_alterados

    cantidad, alterados = pdfs_de_convenios_alterados(db)
    for cual in alterados:
        resultado.problemas.append(traducir(
            "Convenios: {0} fue cambiado por fuera de Escritorio: ya no da la huella SHA-256 anotada al adjuntarlo. "
            "Qué hacer: {1}, o vuelva a adjuntar el original.").format(cual, restaurar()))
    if cantidad and not alterados:
        resultado.detalles.append(traducir("Convenios: {0} PDF firmados, todos iguales a lo adjuntado.").format(
            cantidad))


def _adjuntos_del_correo(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Cada PDF adjunto de la bandeja de salida es el documento que emitió Escritorio (su huella es la anotada y la
    de un documento emitido): uno cambiado no sale, y aquí se dice."""
    from ..correo_enviado import adjuntos_alterados

    cantidad, alterados = adjuntos_alterados(db)
    for cual in alterados:
        resultado.problemas.append(traducir(
            "Correo: {0} fue cambiado por fuera de Escritorio: ya no es el documento emitido que se adjuntó. Los "
            "mensajes que esperan con ese adjunto no salen. Qué hacer: vea esos mensajes {1} y {2}, o anúlelos y "
            "vuelva a enviar el documento.").format(
            cual, segun_la_puerta(ventana=traducir("en Archivo > Bandeja de salida…"),
                                  linea="con «escritorio correo bandeja»"), restaurar()))
    if cantidad and not alterados:
        resultado.detalles.append(traducir("Correo: {0} PDF adjuntos, todos iguales a los documentos emitidos.").format(
            cantidad))


def _sellos_de_tiempo(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Cada sello de tiempo RFC 3161 guardado sigue en la cadena, firmado por su TSA (servicios/sello_de_tiempo.py)."""
    from ..sello_de_tiempo import comprobar_guardados

    hecho = comprobar_guardados(db)
    resultado.problemas += hecho.problemas
    resultado.detalles += hecho.detalles
    resultado.avisos += hecho.avisos

