"""El correo que salió no se reescribe en el servidor (issue 58, punto 3); quién manda qué y quién reconoce un
incidente, según su login (issue 77, §5).

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


# Quien reconoce un incidente es el login que lo hace, no el nombre que manda el programa (--operador, el usuario del
# equipo): secretaría reconocía un incidente en nombre de otra persona (issue 77, §5).
_INCIDENTE = """CREATE FUNCTION regla_incidente_con_su_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.reconocido_en IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.reconocido_en IS NULL) THEN
    NEW.reconocido_por := session_user;
  END IF;
  RETURN NEW;
END $$"""


# Una votación queda cerrada al registrarse (servicios/congelados.py: congelada siempre). El archivo nota un cambio
# hecho por fuera (un registro sin sellar, «congelado y cambiado»); en el servidor, quien cambiaba la votación con psql
# y su login dejaba un cambio sellado como cualquiera: el servidor la rechaza, aunque el acta siga en borrador (issue
# 77, §5). Solo la devolución de una sesión de viaje (viaje.py) aplica lo que se votó en la copia.
_VOTACION = """CREATE FUNCTION regla_votacion_cerrada() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  IF public.escritorio_devolviendo() IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE =
      'Una votación registrada está cerrada: no se modifica ni se borra (si el acta sigue en borrador, corrija el acta).';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$"""


def sentencias_del_servidor() -> list[str]:
    return [
        _VOTACION,
        "CREATE TRIGGER votaciones_cerradas BEFORE UPDATE OR DELETE ON votaciones FOR EACH ROW "
        "EXECUTE FUNCTION regla_votacion_cerrada()",
        _INCIDENTE,
        "CREATE TRIGGER incidentes_con_su_login BEFORE INSERT OR UPDATE ON incidentes FOR EACH ROW "
        "EXECUTE FUNCTION regla_incidente_con_su_login()",
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
