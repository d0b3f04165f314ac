"""La supresión de los datos de una persona en el servidor (issue 65): lo que ningún papel escribe con SQL a mano lo
hacen dos funciones con los permisos del dueño de las tablas (SECURITY DEFINER), que solo ejecuta secretaría y que
solo actúan sobre lo que una solicitud de supresión abierta anotó en `supresiones`:

- `escritorio_suprimir_valores(solicitud)`: los valores personales de la bitácora de esas filas pierden su valor y su
  sal (la misma regla que `valores_personales.suprimir_lo_anotado` en un archivo: de una fila anonimizada quedan los
  valores de hoy);
- `escritorio_suprimir_del_correo(…)`: quita a la persona de los mensajes que todavía no salieron y le borra la
  dirección y el nombre a los que ya salieron, y reescribe el texto de los mensajes que la nombraban. El correo que
  salió es una constancia que nadie reescribe (constancias.py): la regla deja pasar solo esto, hecho por el dueño (la
  función) sobre una fila que una solicitud de supresión abierta anotó.
"""

from .emitidos import SOLO_SECRETARIA   # la misma guarda de papel que los documentos emitidos

FUNCIONES = {
    "escritorio_suprimir_valores(bigint)": ("secretaria",),
    "escritorio_suprimir_del_correo(bigint, bigint[], bigint[], text, bigint[], text[], text[])": ("secretaria",),
}

# La anonimización (LGPD, art. 18, IV; migración 0066) se hace con la misma supresión.
_SUPRIMEN = "('supresion', 'anonimizacion')"
_ABIERTA = f"""IF NOT EXISTS (SELECT 1 FROM solicitudes_de_datos WHERE id = solicitud AND derecho IN {_SUPRIMEN}
                 AND estado = 'abierta') THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE =
      'Solo una solicitud de supresión abierta suprime datos de una persona.';
  END IF;"""


def sentencias_del_servidor(comprometer: str, despues: int) -> list[str]:
    """`comprometer`: el UPDATE que pone sal y compromiso a los valores sin sellar entre {desde} y {hasta} (el de
    esquema/__init__.py, el mismo que usa el sello); `despues`: la posición de los valores de «después» de un cambio."""
    solo_secretaria = SOLO_SECRETARIA.format("'Solo el papel de secretaría suprime los datos de una persona.'")
    return [
        # ¿Está esta fila en lo que anotó una solicitud de supresión abierta? (para las reglas de constancias.py)
        f"""CREATE FUNCTION escritorio_en_supresion(tabla_ text, fila bigint) RETURNS boolean LANGUAGE sql STABLE
AS $$
  SELECT EXISTS (SELECT 1 FROM supresiones x JOIN solicitudes_de_datos s ON s.id = x.solicitud_id
                 WHERE x.tabla = tabla_ AND x.fila_id = fila AND s.derecho IN {_SUPRIMEN} AND s.estado = 'abierta')
$$""",
        f"""CREATE FUNCTION escritorio_suprimir_valores(solicitud bigint) RETURNS bigint LANGUAGE plpgsql
SECURITY DEFINER AS $$
DECLARE
  sellado bigint; ultimo bigint; hecho bigint;
BEGIN
  {solo_secretaria}
  {_ABIERTA}
  SELECT coalesce(max(hasta_id), 0) INTO sellado FROM bitacora_sellos;
  SELECT coalesce(max(id), 0) INTO ultimo FROM bitacora;
  {comprometer.format(desde="sellado + 1", hasta="ultimo")}
  UPDATE bitacora_valores v SET valor = NULL, sal = NULL, suprimido_por = solicitud
    FROM bitacora b JOIN supresiones x ON b.entidad = x.tabla AND b.entidad_id = x.fila_id
   WHERE x.solicitud_id = solicitud AND v.registro_id = b.id AND v.valor IS NOT NULL
     AND NOT (x.como = 'anonimizada'
              AND b.id = (SELECT max(u.id) FROM bitacora u WHERE u.entidad = x.tabla AND u.entidad_id = x.fila_id)
              AND (v.posicion >= {despues} OR b.accion = 'alta'));
  GET DIAGNOSTICS hecho = ROW_COUNT;
  RETURN hecho;
END $$""",
        f"""CREATE FUNCTION escritorio_suprimir_del_correo(solicitud bigint, borrar bigint[], anonimizar bigint[],
  direccion_ text, mensajes_ bigint[], textos text[], htmls text[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
AS $$
BEGIN
  {solo_secretaria}
  {_ABIERTA}
  IF EXISTS (SELECT 1 FROM unnest(borrar || anonimizar) AS d(id) WHERE NOT EXISTS (SELECT 1 FROM supresiones x
               WHERE x.solicitud_id = solicitud AND x.tabla = 'destinatarios_mensaje' AND x.fila_id = d.id))
     OR EXISTS (SELECT 1 FROM unnest(mensajes_) AS m(id) WHERE NOT EXISTS (SELECT 1 FROM supresiones x
               WHERE x.solicitud_id = solicitud AND x.tabla = 'mensajes' AND x.fila_id = m.id)) THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE =
      'La supresión toca solo el correo que anotó la solicitud de supresión.';
  END IF;
  DELETE FROM destinatarios_mensaje WHERE id = ANY(borrar);
  UPDATE destinatarios_mensaje SET direccion = direccion_, nombre = NULL, motivo = NULL WHERE id = ANY(anonimizar);
  UPDATE mensajes m SET texto = x.t, html = x.h FROM unnest(mensajes_, textos, htmls) AS x(id, t, h)
   WHERE m.id = x.id;
END $$""",
    ]
