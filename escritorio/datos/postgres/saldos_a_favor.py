"""En el servidor, los triggers que llevan la lista de pagos con saldo a favor (migración 0054,
datos/esquema/saldos_a_favor.py): los mismos tres que en el archivo, como funciones PL/pgSQL. Las reglas que impiden
borrar o cambiar una fila de la lista salen del esquema como las demás (esquema/__init__.py, `regla`).

Con los permisos del dueño (SECURITY DEFINER): quien registra un pago (tesorería) no escribe en la lista a mano, solo
a través de ellos (papeles.py: la tabla se escribe solo con sus funciones)."""

from ..esquema.saldos_a_favor import MANTENIMIENTO, TABLA

TABLAS_POR_SUS_FUNCIONES = (TABLA,)


def sentencias_del_servidor() -> list[str]:
    alta, anulacion, imputacion = MANTENIMIENTO
    return [
        f"""CREATE FUNCTION {alta}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  IF NEW.anulado_en IS NULL THEN
    INSERT INTO {TABLA} (pago_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$""",
        f"CREATE TRIGGER {alta} AFTER INSERT ON pagos FOR EACH ROW EXECUTE FUNCTION {alta}()",
        f"""CREATE FUNCTION {anulacion}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  IF NEW.anulado_en IS NOT NULL THEN
    DELETE FROM {TABLA} WHERE pago_id = NEW.id;
  END IF;
  RETURN NULL;
END $$""",
        f"CREATE TRIGGER {anulacion} AFTER UPDATE OF anulado_en ON pagos FOR EACH ROW EXECUTE FUNCTION {anulacion}()",
        f"""CREATE FUNCTION {imputacion}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  IF (SELECT sum(importe) FROM imputaciones WHERE pago_id = NEW.pago_id)
     >= (SELECT importe_imputable FROM pagos WHERE id = NEW.pago_id) THEN
    DELETE FROM {TABLA} WHERE pago_id = NEW.pago_id;
  END IF;
  RETURN NULL;
END $$""",
        f"CREATE TRIGGER {imputacion} AFTER INSERT ON imputaciones FOR EACH ROW EXECUTE FUNCTION {imputacion}()",
    ]
