"""Los mensajes con que la base rechaza lo que Escritorio nunca escribe: el RAISE de cada trigger protector
(esquema/actual.sql; el servidor lanza los mismos). La base los tiene y los lanza en castellano; al mostrarlos se
escriben en el idioma de quien lee (`en_el_idioma`). El catálogo de traducciones los toma de `MENSAJES`
(idiomas/extraer.py); tests/datos/test_mensajes_de_las_reglas.py falla si el esquema tiene uno que no está aquí.
"""

from ..dominio.traduccion import traducir

MENSAJES: tuple[str, ...] = (
    'El PDF firmado de un convenio no se cambia ni se borra: se adjunta otro.',
    'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).',
    'El acta está aprobada: su contenido no se modifica (agregue una fe de erratas).',
    'El acta que aprueba un punto no se cambia.',
    'El acta ya tiene su PDF firmado: no se reemplaza ni se quita.',
    'El informe de una actividad no se cambia ni se borra: adjunte otro (el último es el vigente).',
    'El punto de la moción es de otra sesión.',
    'El bloque de la moción es de otra sesión.',
    'La recomendación de una moción va con el órgano que la da y su fecha.',
    'Un pedido de la palabra con datos que no son de su tipo o de su estado.',
    'La bitácora solo admite agregar registros.',
    'La candidatura electa ya tiene su mandato registrado: no se cambia ni se deshace.',
    'La elección ya fue confirmada: su mandato no se cambia ni se deshace.',
    'La enmienda votada es de otra moción.',
    'La huella de un sello anterior no se cambia ni se borra.',
    'La identidad de la base no se cambia ni se borra.',
    'La lista de oradores y su punto son de sesiones distintas.',
    'La lista de pagos con saldo a favor no se modifica: la llevan los pagos y sus imputaciones.',
    'La moneda debe ser un código ISO 4217 de tres letras mayúsculas (por ejemplo USD, ARS o BRL): no se guardó '
    'nada.',
    'Lo que suprimió una solicitud no se cambia ni se borra.',
    'Solo una candidatura electa recibe un mandato al confirmar la elección.',
    'Un PDF firmado no se cambia ni se borra.',
    'Un acta aprobada no se borra.',
    'Un archivo emitido no se cambia ni se borra.',
    'Un documento emitido no se cambia ni se borra.',
    'Un efecto de una resolución no se borra.',
    'Un efecto de una resolución no se modifica.',
    'Un importe está fuera de lo posible (el máximo es 999.999.999.999,99): no se guardó nada.',
    'Un incidente no se borra: se reconoce con un motivo. No se guardó nada.',
    'Un incidente solo se reconoce, una vez y con un motivo. No se guardó nada.',
    'Un mandato no se borra: se le pone fin o se corrige con fecha.',
    'Un pago anulado no se modifica.',
    'Un pago con saldo a favor sigue en la lista de pagos con saldo hasta que se imputa entero o se anula.',
    'Un pago no se borra: se anula con un motivo.',
    'Un pago registrado no se modifica: solo se anula, con un motivo (si tenía un error, se anula y se registra de '
    'nuevo).',
    'Un recibo emitido no se modifica ni se borra: se anula su pago.',
    'Un sello de tiempo guardado no se cambia ni se borra: es la prueba de lo que había en esa hora.',
    'Un valor personal de la bitácora no se borra: se suprime por una solicitud. No se guardó nada.',
    'Un valor personal de la bitácora se anota con su registro, antes de sellarlo. No se guardó nada.',
    'Un valor personal de la bitácora solo se sella una vez, o se suprime por una solicitud de supresión. No se '
    'guardó nada.',
    'Un viaje de una sesión no se borra: se devuelve, o se cancela con un motivo.',
    'Un viaje de una sesión solo se cierra una vez (devuelta o cancelada): lo demás no se modifica.',
    'Una cuota con pagos imputados (aunque estén anulados) no se modifica ni se borra.',
    'Una fe de erratas no se modifica ni se borra: se agrega otra.',
    'Una imputación de un pago no se modifica ni se borra: se anula el pago.',
    'Un consentimiento no se borra: se revoca (queda la prueba de lo que se aceptó).',
    'Un consentimiento registrado no se modifica: solo se revoca, una vez.',
    'Una oposición al correo no se borra: quien la pidió puede retirarla con otra solicitud.',
    'Una solicitud de datos personales no se borra: se responde o se deniega con un motivo.',
    'Una solicitud de datos personales ya respondida no se modifica.',
    'Una versión de un artículo no se modifica: se registra una reforma.',
    # Agrupaciones e indicadores (issue 80): cada fila en su agrupación y en su asociación.
    'El valor de un indicador es de un miembro de la asociación del indicador.',
    'Un grupo con integrantes no cambia de agrupación ni de asociación: se define otro.',
    'Un integrante de un grupo dice la agrupación y la asociación de su grupo: no puede nombrar otras.',
    'Un miembro de un grupo es de la asociación del grupo.',
    'Una enmienda a una enmienda enmienda otra de la misma moción, que enmiende la moción.',
)


def en_el_idioma(mensaje: str) -> str:
    """El mensaje de una regla en el idioma de quien lee; otro texto (de una versión anterior del esquema, o que no
    es de Escritorio), tal cual."""
    mensaje_de_regla = mensaje.strip()
    return traducir(mensaje_de_regla) if mensaje_de_regla in MENSAJES else mensaje
