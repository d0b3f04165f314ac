"""Verificar los datos de las personas que la bitácora guarda aparte (valores_personales.py, issue 65).

- Cada valor que se puede leer tiene que dar, con su sal, el compromiso que selló su sello: quien cambia un correo
  en `bitacora_valores` (con los triggers quitados) ya no da el compromiso.
- Cada valor suprimido tiene que estar en `supresiones`, anotado por una solicitud de supresión ya respondida: quien
  borra un valor para esconder lo que decía, sin que nadie lo haya pedido, queda nombrado.
- Y al revés: lo que una supresión borró no vuelve. Un valor de un registro anterior a la supresión, sobre una fila
  que ella nombra, que hoy está otra vez (traído con su sal de un respaldo viejo: su compromiso coincide) es un
  problema (issue 77, §5).
- Los sellos de antes de la migración 0057 que cubren un valor suprimido ya no se pueden rehacer como se sellaron: se
  comprueban con su huella sin valores personales (que la migración anotó y selló), y se dice cuántos son.

Los compromisos y las marcas los cubre además la cadena de sellos (verificacion/bitacora.py)."""

from ...datos import valores_personales as datos
from ...datos.bitacora import sellos_sin_rehacer
from ...datos.personas import supresiones
from ...dominio.datos_personales import SE_RESPONDE_CON, SUPRESION
from ...dominio.traduccion import traducir
from .base import BaseVerificada, Verificacion, restaurar

_CON_DETALLE = 10


def comprobar_los_valores_personales(base: BaseVerificada, resultado: Verificacion) -> None:
    db = base.db
    if not base.tiene(datos.TABLA) or not datos.disponible(db):
        return
    # Desde un punto de control, los valores de los registros posteriores: cambiar uno anterior obliga a quitar los
    # triggers que lo protegen, y eso cambia el esquema (servicios/punto_de_control.py).
    malos = datos.valores_que_no_dan_su_compromiso(db, datos.ultimo_sellado(db),
                                                   0 if base.punto is None else base.punto.registro_id)
    if malos:
        muestra = ", ".join(f"{r} ({p})" for r, p in malos[:_CON_DETALLE])
        resultado.problemas.append(traducir(
            "Datos personales de la bitácora cambiados por fuera de Escritorio: {0} valores ya no dan el compromiso que "
            "selló su sello (registro y posición: {1}). Qué hacer: {2}.").format(len(malos), muestra, restaurar()))
    pedidas = supresiones(db)
    sin_pedido = []
    for registro, posicion, entidad, fila, solicitud in datos.suprimidos(db):
        pedida = pedidas.get(solicitud)
        if (pedida is None or SE_RESPONDE_CON.get(pedida["derecho"]) != SUPRESION or pedida["estado"] != "respondida"
                or (entidad, fila) not in pedida["filas"]):
            sin_pedido.append((registro, posicion, solicitud))
    if sin_pedido:
        muestra = ", ".join(f"{r} ({p})" for r, p, _ in sin_pedido[:_CON_DETALLE])
        resultado.problemas.append(traducir(
            "Datos personales de la bitácora borrados sin una solicitud de supresión que lo pida: {0} valores (registro "
            "y posición: {1}). Alguien borró lo que decía la bitácora por fuera de Escritorio. Qué hacer: {2}.").format(
            len(sin_pedido), muestra, restaurar()))
    vueltos = datos.reaparecidos(db)
    if vueltos:   # issue 77, §5: una supresión no se deshace en silencio
        muestra = ", ".join(f"{r} ({p})" for r, p, _ in vueltos[:_CON_DETALLE])
        solicitudes = ", ".join(str(s) for s in sorted({s for _, _, s in vueltos}))
        resultado.problemas.append(traducir(
            "Datos personales suprimidos que volvieron: {0} valores que borró una supresión (solicitudes {1}) están "
            "otra vez en la bitácora (registro y posición: {2}). Alguien los trajo de vuelta por fuera de Escritorio "
            "(por ejemplo, de un respaldo viejo): la persona pidió que se borraran. Qué hacer: {3}; después, corra "
            "otra vez la supresión.").format(len(vueltos) if len(vueltos) < 200 else "200+", solicitudes, muestra,
                                             restaurar()))
    guardados, suprimidos = datos.cantidad(db)
    if not guardados:
        return
    detalle = traducir("Datos personales: {0} valores guardados aparte de la bitácora, cada uno con su compromiso "
                       "sellado").format(guardados)
    if suprimidos:
        detalle += (traducir("; {0} suprimidos por una solicitud de supresión, que los pidió").format(suprimidos)
                    if len(pedidas) == 1 else
                    traducir("; {0} suprimidos por {1} solicitudes de supresión, cada uno con la suya").format(
                        suprimidos, len(pedidas)))
    sin_rehacer = sellos_sin_rehacer(db)
    if sin_rehacer:
        detalle += traducir("; {0} sellos de antes de la migración 0057 cubren un valor suprimido y se comprobaron con "
                            "su huella sin valores personales (no se pueden rehacer como se sellaron)").format(
            len(sin_rehacer))
    resultado.detalles.append(detalle + ".")
