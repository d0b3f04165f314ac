"""El correo que salió no se reescribe en el servidor (issue 58, punto 3).

Un mensaje enviado y sus destinatarios son la constancia de una notificación (la convocatoria que manda el estatuto);
las líneas de extracto importadas, lo que impide registrar dos veces el mismo pago. Ningún papel las borra ni cambia
sus columnas (papeles.SOLO_AGREGAR: solo las del estado del envío). Estas reglas cuidan lo que esas columnas todavía
permiten, con los cambios que hace el programa (datos/correo.py, servicios/despacho.py):
- un mensaje enviado o anulado ya no cambia, y la hora de envío, una vez puesta, tampoco;
- de un mensaje enviado, a un destinatario que ya tiene resultado (aceptado, rechazado…) solo se le anota lo que
  se supo después: rebotado o recibido (servicios/correo.anotar);
- salvo la supresión de los datos de una persona (supresion.py), que borra su dirección y su nombre de lo que salió
  y reescribe el texto que la nombraba.
"""

# Lo único que cambia del correo que salió, fuera de su estado: lo que hace la supresión de los datos de una persona
# (supresion.py), que corre con los permisos del dueño de las tablas sobre una fila que anotó una solicitud de
# supresión abierta. Ningún papel es el dueño: ninguno lo puede hacer con SQL a mano.
_EN_SUPRESION = ("(current_user = (SELECT tableowner FROM pg_catalog.pg_tables WHERE schemaname = 'public' AND "
                 "tablename = '{tabla}') AND public.escritorio_en_supresion('{tabla}', OLD.id))")

_MENSAJE = """CREATE FUNCTION regla_mensaje_enviado_fijo() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD.estado IN ('enviado', 'anulado') AND ROW(NEW.*) IS DISTINCT FROM ROW(OLD.*)
      OR OLD.enviado_en IS NOT NULL AND NEW.enviado_en IS DISTINCT FROM OLD.enviado_en)
     AND NOT """ + _EN_SUPRESION.format(tabla="mensajes") + """ THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE =
      'Un mensaje enviado o anulado no se modifica: es la constancia de lo que salió.';
  END IF;
  RETURN NEW;
END $$"""

_DESTINATARIO = """CREATE FUNCTION regla_destinatario_enviado_fijo() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT estado FROM mensajes WHERE id = OLD.mensaje_id) = 'enviado' AND OLD.estado <> 'pendiente'
     AND ROW(NEW.*) IS DISTINCT FROM ROW(OLD.*) AND NEW.estado NOT IN ('rebotado', 'recibido')
     AND NOT """ + _EN_SUPRESION.format(tabla="destinatarios_mensaje") + """ THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE =
      'A quien ya recibió un mensaje enviado solo se le anota si rebotó o si llegó: lo demás no se modifica.';
  END IF;
  RETURN NEW;
END $$"""


# Tesorería pone en la bandeja sus recibos y sus avisos de cobro; una convocatoria, un acta o una resolución las manda
# secretaría (issue 77, §5: tesorería registraba y mandaba una convocatoria).
_CLASES_DE_TESORERIA = ("aviso", "recibo")


def _mensaje_de_su_papel() -> str:
    from .emitidos import SOLO_SECRETARIA

    clases = ", ".join(f"'{c}'" for c in _CLASES_DE_TESORERIA)
    solo = SOLO_SECRETARIA.format("'Solo el papel de secretaría pone en la bandeja de salida convocatorias, actas y "
                                  "resoluciones.'")
    anular = SOLO_SECRETARIA.format("'Solo el papel de secretaría anula una convocatoria, un acta o una resolución "
                                    "de la bandeja de salida.'")
    # Al agregar, la clase; al cambiar, anular (tesorería despacha la bandeja entera, pero no anula lo ajeno).
    return f"""CREATE FUNCTION regla_mensaje_de_su_papel() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.clase NOT IN ({clases}) THEN
    IF TG_OP = 'INSERT' THEN {solo} END IF;
    IF NEW.estado = 'anulado' AND OLD.estado <> 'anulado' THEN {anular} END IF;
  END IF;
  RETURN NEW;
END $$"""


def sentencias_del_servidor() -> list[str]:
    return [
        _mensaje_de_su_papel(),
        "CREATE TRIGGER mensajes_de_su_papel BEFORE INSERT OR UPDATE OF estado ON mensajes FOR EACH ROW "
        "EXECUTE FUNCTION regla_mensaje_de_su_papel()",
        _MENSAJE,
        "CREATE TRIGGER mensajes_enviado_fijo BEFORE UPDATE ON mensajes FOR EACH ROW "
        "EXECUTE FUNCTION regla_mensaje_enviado_fijo()",
        _DESTINATARIO,
        "CREATE TRIGGER destinatarios_enviado_fijo BEFORE UPDATE ON destinatarios_mensaje FOR EACH ROW "
        "EXECUTE FUNCTION regla_destinatario_enviado_fijo()",
    ]
