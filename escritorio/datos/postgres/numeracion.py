"""La numeración automática de una tabla, después de insertar filas con su id puesto a mano (la importación de
miembros y de un extracto los numera por adelantado): en el servidor la sigue esta función, con los permisos del
dueño de las tablas (issue 77, §1 y §5).

Antes, secretaría tenía UPDATE sobre todas las secuencias para poder llamar a `setval`, y con eso podía mover la del
sello de la bitácora (todas las escrituras de todos fallaban después, sin rastro); tesorería no lo tenía, y no podía
importar un extracto. Ahora ningún papel mueve una secuencia: esta función solo adelanta (nunca atrasa) la de una
tabla de la lista, hasta el id más alto que ya tiene, y solo para el papel que escribe en esa tabla.
"""

from .emitidos import SOLO_SECRETARIA

# tabla → los papeles que la numeran (los que insertan en ella con el id puesto).
TABLAS = {"miembros": ("secretaria",), "pagos": ("secretaria", "tesoreria")}
FUNCIONES = {"escritorio_seguir_numeracion(text)": ("secretaria", "tesoreria")}


def sentencias_del_servidor() -> list[str]:
    solo_secretaria = SOLO_SECRETARIA.format("'Solo el papel de secretaría numera los miembros.'")
    return [f"""CREATE FUNCTION escritorio_seguir_numeracion(tabla text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
AS $$
DECLARE secuencia text; mayor bigint; dado bigint;
BEGIN
  IF tabla NOT IN ({", ".join(f"'{t}'" for t in TABLAS)}) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Esa numeración no se mueve: ' || coalesce(tabla, '');
  END IF;
  IF tabla = 'miembros' THEN {solo_secretaria} END IF;
  secuencia := pg_get_serial_sequence('public.' || tabla, 'id');
  EXECUTE format('SELECT max(id) FROM public.%I', tabla) INTO mayor;
  -- Solo hacia adelante: el último valor que dio (o que da por dado) la secuencia no se vuelve a dar.
  EXECUTE format('SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM %s', secuencia) INTO dado;
  IF mayor IS NOT NULL AND mayor > dado THEN
    PERFORM setval(secuencia, mayor);
  END IF;
END $$"""]

