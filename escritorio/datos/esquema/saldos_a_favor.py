"""Migración 0054: los pagos que todavía tienen saldo a favor, a mano, sin recorrer todos los pagos (issue 63, §2).

Cada emisión aplica los saldos a favor (servicios/pagos.py, `aplicar_saldos_a_favor`): busca los pagos vigentes que
no se imputaron enteros. Sin ayuda, esa búsqueda lee cada pago de la asociación (una tabla que crece cada año) y suma
sus imputaciones. Aquí, `pagos_con_saldo` guarda solo el id de los pagos que todavía pueden tener saldo: entra al
registrarse el pago y sale cuando se imputa entero o se anula. Las dos cosas son definitivas (una imputación no se
borra ni se cambia, un pago anulado no vuelve), así que un pago que sale no vuelve a entrar. La tabla es chica: los
pagos con saldo, no los de diez años.

Es un dato derivado de `pagos` e `imputaciones` (que tienen bitácora) y no lleva bitácora propia. La consulta que la
usa (datos/cuotas.py, `miembros_con_saldo_a_favor`) vuelve a comprobar cada pago en sus tablas de verdad: una fila de
más no cambia nada. Que falte una fila sí cambiaría la emisión (un saldo que no se aplica): por eso una fila no se
borra mientras su pago tenga saldo, ni se cambia (los triggers de abajo), y `verificar` compara la tabla con los pagos
(datos/diagnostico.py). Sus tres triggers que la mantienen, en el servidor: postgres/saldos_a_favor.py.
"""

from ..base_de_datos import BaseDeDatos

TABLA = "pagos_con_saldo"
# Un pago vigente al que todavía le queda algo sin imputar (`p`: el pago).
CON_SALDO = ("p.anulado_en IS NULL AND p.importe_imputable > "
             "coalesce((SELECT sum(i.importe) FROM imputaciones i WHERE i.pago_id = p.id), 0)")
# Los triggers que la mantienen (hacen algo más que rechazar: en el servidor, funciones propias).
MANTENIMIENTO = ("pagos_con_saldo_alta", "pagos_con_saldo_anulacion", "pagos_con_saldo_imputacion")
SIN_BORRAR = "Un pago con saldo a favor sigue en la lista de pagos con saldo hasta que se imputa entero o se anula."
SIN_CAMBIAR = "La lista de pagos con saldo a favor no se modifica: la llevan los pagos y sus imputaciones."


def crear_pagos_con_saldo(db: BaseDeDatos) -> None:
    from ..migraciones import ejecutar   # datos/cuotas.py importa CON_SALDO: sin cargar las migraciones

    ejecutar(db, [
        f"CREATE TABLE {TABLA} (pago_id INTEGER PRIMARY KEY REFERENCES pagos(id))",
        # OR IGNORE: una fila que quedó de un pago borrado a mano (con los triggers quitados) con el mismo id es la
        # misma fila; sin él, el pago siguiente no se podría registrar.
        f"""CREATE TRIGGER pagos_con_saldo_alta AFTER INSERT ON pagos WHEN NEW.anulado_en IS NULL
            BEGIN INSERT OR IGNORE INTO {TABLA} (pago_id) VALUES (NEW.id); END""",
        f"""CREATE TRIGGER pagos_con_saldo_anulacion AFTER UPDATE OF anulado_en ON pagos
            WHEN NEW.anulado_en IS NOT NULL
            BEGIN DELETE FROM {TABLA} WHERE pago_id = NEW.id; END""",
        f"""CREATE TRIGGER pagos_con_saldo_imputacion AFTER INSERT ON imputaciones
            WHEN (SELECT sum(importe) FROM imputaciones WHERE pago_id = NEW.pago_id)
                 >= (SELECT importe_imputable FROM pagos WHERE id = NEW.pago_id)
            BEGIN DELETE FROM {TABLA} WHERE pago_id = NEW.pago_id; END""",
        f"""CREATE TRIGGER pagos_con_saldo_sin_borrar BEFORE DELETE ON {TABLA}
            WHEN EXISTS (SELECT 1 FROM pagos p WHERE p.id = OLD.pago_id AND {CON_SALDO})
            BEGIN SELECT RAISE(ABORT, '{SIN_BORRAR}'); END""",
        f"""CREATE TRIGGER pagos_con_saldo_fijo BEFORE UPDATE ON {TABLA}
            BEGIN SELECT RAISE(ABORT, '{SIN_CAMBIAR}'); END""",
        f"INSERT INTO {TABLA} (pago_id) SELECT p.id FROM pagos p WHERE {CON_SALDO} ORDER BY p.id",
    ])


def pagos_fuera_de_la_lista(db: BaseDeDatos, pagos: list[int] | None = None,
                            imputaciones: list[int] | None = None) -> list[int]:
    """Los pagos que todavía tienen saldo a favor y no están en la lista (la verificación de la base): una fila que
    falta escondería ese saldo de la próxima emisión. Recorre todos los pagos: solo lo hace `verificar`. Con `pagos`
    o `imputaciones`, solo esos pagos y los de esas imputaciones (desde un punto de control)."""
    if pagos is None and imputaciones is None:
        return [f[0] for f in db.execute(
            f"SELECT p.id FROM pagos p WHERE {CON_SALDO} AND p.id NOT IN (SELECT pago_id FROM {TABLA}) ORDER BY p.id")]
    pagos, imputaciones = list(pagos or ()), list(imputaciones or ())
    marcas_p, marcas_i = ", ".join("?" for _ in pagos), ", ".join("?" for _ in imputaciones)
    return [f[0] for f in db.execute(
        f"SELECT p.id FROM pagos p WHERE (p.id IN ({marcas_p}) OR p.id IN (SELECT pago_id FROM imputaciones WHERE id IN "
        f"({marcas_i}))) AND {CON_SALDO} AND p.id NOT IN (SELECT pago_id FROM {TABLA}) ORDER BY p.id",
        [*pagos, *imputaciones])]


MIGRACION_SALDOS_A_FAVOR = ("0054_saldos_a_favor", crear_pagos_con_saldo)
