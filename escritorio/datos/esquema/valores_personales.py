"""Migración 0057: los datos de las personas salen de los registros sellados de la bitácora (issue 65).

Lo que cambia (valores_personales.py lo explica entero):

- `bitacora_valores`: el valor de cada columna personal de un registro (su texto JSON), con su sal y su compromiso.
  Solo admite agregar valores a registros sin sellar, sellarlos una vez y suprimirlos por una solicitud.
- Los triggers de bitácora de las tablas con columnas personales se rehacen: la marca en el registro, el valor
  aparte.
- Los registros que ya había: el valor de cada columna personal pasa a `bitacora_valores` y en su lugar queda la
  marca, con el resto del texto igual, carácter por carácter (así se puede rehacer el texto sellado). Cada valor
  recibe su sal y su compromiso.
- `sellos_anteriores`: por cada sello de antes que cubría valores personales en claro, su huella como se selló y la
  huella que da ahora, con los compromisos en lugar de los valores. Mientras ningún valor de ese sello se suprima,
  la verificación lo rehace como se selló (y un ancla vieja que lo cita sigue probando lo mismo); suprimido uno,
  vale la huella sin valores, que la migración anotó aquí y selló al terminar.

Ninguna de las dos tablas nombra a la bitácora con una clave foránea: la cadena de sellos ya las ata (un valor o
una huella de más o de menos cambia un sello), y así la bitácora no deja de ser lo único que no se vacía (TRUNCATE) ni
se referencia desde afuera.

La migración sella lo que escribe (las filas de `sellos_anteriores`) en su propio sello, como cualquier escritura;
lo que otro programa haya dejado sin sellar antes de ella se sella aparte como incidente, como siempre.

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import columnas_de_la_tabla, disparadores_de_bitacora, ejecutar, rehacer_bitacora


def llevar_aparte(db) -> None:
    from .. import valores_personales as vp
    from ..bitacora import huella_del_tramo, sellar, ultimo_registro_al_empezar

    # sqlite-utils da su Database, en una transacción (BEGIN): la bitácora se sella con la conexión del programa.
    db = db if isinstance(db, BaseDeDatos) else BaseDeDatos(db.conn)

    al_empezar = ultimo_registro_al_empezar(db)
    ejecutar(db, [
        f"""CREATE TABLE {vp.TABLA} (
            registro_id INTEGER NOT NULL,
            posicion INTEGER NOT NULL CHECK (posicion >= 0),
            valor TEXT,
            sal TEXT CHECK (sal IS NULL OR length(sal) = 64),
            compromiso TEXT CHECK (compromiso IS NULL OR length(compromiso) = 64),
            suprimido_por INTEGER,
            PRIMARY KEY (registro_id, posicion)
        )""",
        """CREATE TABLE sellos_anteriores (
            sello_id INTEGER PRIMARY KEY,
            huella_original TEXT NOT NULL CHECK (length(huella_original) = 64),
            huella_sin_valores TEXT NOT NULL CHECK (length(huella_sin_valores) = 64)
        )""",
        *[f"""CREATE TRIGGER sellos_anteriores_fijo_{accion.lower()} BEFORE {accion} ON sellos_anteriores
              BEGIN SELECT RAISE(ABORT, 'La huella de un sello anterior no se cambia ni se borra.'); END"""
          for accion in ("UPDATE", "DELETE")],
    ])
    ejecutar(db, disparadores_de_bitacora(db, "sellos_anteriores"))
    tablas = set(db.table_names())
    personales = [t for t in vp.COLUMNAS_PERSONALES if t in tablas]
    for tabla in personales:
        rehacer_bitacora(db, tabla)
    _marcar_los_registros(db, personales)
    vp.comprometer(db, 0, al_empezar or 0)
    for sello in db.execute(
            "SELECT id, momento, usuario, operador, desde_id, hasta_id, huella_anterior, huella FROM bitacora_sellos "
            f"WHERE EXISTS (SELECT 1 FROM {vp.TABLA} v WHERE v.registro_id BETWEEN desde_id AND hasta_id) "
            "ORDER BY id").fetchall():
        sin_valores, _ = huella_del_tramo(db, sello[6], sello[1], sello[2], sello[3], sello[4], sello[5])
        db.execute("INSERT INTO sellos_anteriores (sello_id, huella_original, huella_sin_valores) VALUES (?, ?, ?)",
                   [sello[0], sello[7], sin_valores])
    ejecutar(db, vp.reglas_de_la_tabla())
    sellar(db, al_empezar)


def _marcar_los_registros(db: BaseDeDatos, tablas: list[str]) -> None:
    """Cada registro de esas tablas: sus valores personales aparte y la marca en su lugar. La bitácora solo admite
    agregar: su regla se quita durante la migración (en su transacción) y se vuelve a crear igual."""
    from .. import valores_personales as vp

    regla = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'bitacora_solo_agregar_update'"
                       ).fetchone()
    if regla:
        db.execute("DROP TRIGGER bitacora_solo_agregar_update")
    for tabla in tablas:
        posiciones = [i for i, _ in vp.posiciones_personales(tabla, columnas_de_la_tabla(db, tabla))]
        todas = posiciones + [vp.DESPUES + i for i in posiciones]
        ultimo = 0
        while tramo := db.execute("SELECT id, accion, datos FROM bitacora WHERE entidad = ? AND id > ? ORDER BY id "
                                  "LIMIT 5000", [tabla, ultimo]).fetchall():
            ultimo = tramo[-1][0]
            cambios, valores = [], []
            for registro_id, accion, datos in tramo:
                if not isinstance(datos, str):
                    continue
                nuevo, sacados = vp.con_marcas(datos, accion, todas)
                if sacados:
                    cambios.append((nuevo, registro_id))
                    valores += [(registro_id, posicion, valor) for posicion, valor in sacados.items()]
            db.executemany("UPDATE bitacora SET datos = ? WHERE id = ?", cambios)
            db.executemany(f"INSERT INTO {vp.TABLA} (registro_id, posicion, valor) VALUES (?, ?, ?)", valores)
    if regla:
        db.execute(regla[0])


MIGRACION_VALORES_PERSONALES = ("0057_valores_personales", llevar_aparte)
TABLAS_CON_BITACORA_0057 = ("sellos_anteriores",)
