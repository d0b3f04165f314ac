"""Las mociones de una sesión y quiénes las firman (migración 0055): altas, cambios de estado y lecturas; las
categorías de las mociones de cada órgano, con su prefijo (migración 0070). Las reglas de la sala (el plazo) están en
datos/sala.py."""

from .base_de_datos import BaseDeDatos

_MOCION = """SELECT m.*, o.nombre AS organo_derivada, c.nombre AS organo_recomienda,
       cm.nombre AS categoria, cm.prefijo AS prefijo, bm.nombre AS bloque,
       (SELECT min(r.id) FROM mociones r WHERE r.viene_de = m.id) AS retomada_en
FROM mociones m LEFT JOIN organos o ON o.id = m.derivada_a LEFT JOIN organos c ON c.id = m.recomendada_por
     LEFT JOIN categorias_de_mocion cm ON cm.id = m.categoria_id
     LEFT JOIN bloques_de_mocion bm ON bm.id = m.bloque_id"""


def proximo_numero(db: BaseDeDatos, sesion_id: int) -> int:
    """El número de la moción siguiente de la sesión (dentro de la transacción que la inserta)."""
    fila = next(db.query("SELECT coalesce(max(numero), 0) + 1 AS n FROM mociones WHERE sesion_id = ?", [sesion_id]))
    return fila["n"]


def insertar_mocion(db: BaseDeDatos, *, sesion_id: int, punto_id: int, numero: int, titulo: str, texto: str,
                    fundamento: str | None, recibida_el: str, viene_de: int | None,
                    categoria_id: int | None = None) -> int:
    return db.insertar(
        "INSERT INTO mociones (sesion_id, punto_id, numero, titulo, texto, fundamento, recibida_el, viene_de, "
        "categoria_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [sesion_id, punto_id, numero, titulo, texto, fundamento, recibida_el, viene_de, categoria_id])


def fijar_categoria(db: BaseDeDatos, mocion_id: int, categoria_id: int | None) -> None:
    """La categoría de la moción (None: sin categoría)."""
    db.execute("UPDATE mociones SET categoria_id = ? WHERE id = ?", [categoria_id, mocion_id])


def categorias_de_mocion(db: BaseDeDatos, organo_id: int) -> list[dict]:
    """Las categorías de las mociones del órgano, por prefijo, con cuántas mociones lleva cada una."""
    return list(db.query(
        "SELECT c.id, c.organo_id, c.nombre, c.prefijo, "
        "(SELECT count(*) FROM mociones m WHERE m.categoria_id = c.id) AS mociones "
        "FROM categorias_de_mocion c WHERE c.organo_id = ? ORDER BY c.prefijo, c.nombre", [organo_id]))


def guardar_categoria(db: BaseDeDatos, organo_id: int, nombre: str, prefijo: str, categoria_id: int | None) -> int:
    """Crea la categoría (`categoria_id` None) o le cambia el prefijo; devuelve su id."""
    if categoria_id is None:
        return db.insertar("INSERT INTO categorias_de_mocion (organo_id, nombre, prefijo) VALUES (?, ?, ?)",
                           [organo_id, nombre, prefijo])
    db.execute("UPDATE categorias_de_mocion SET prefijo = ? WHERE id = ?", [prefijo, categoria_id])
    return categoria_id


def quitar_categoria(db: BaseDeDatos, categoria_id: int) -> None:
    db.execute("DELETE FROM categorias_de_mocion WHERE id = ?", [categoria_id])


def insertar_firmantes(db: BaseDeDatos, mocion_id: int, firmantes: list[tuple[int, str]]) -> None:
    """(miembro_id, papel) de cada autor («autor») y de cada apoyo («apoyo»)."""
    for miembro_id, papel in firmantes:
        db.insertar("INSERT INTO autores_mocion (mocion_id, miembro_id, papel) VALUES (?, ?, ?)",
                    [mocion_id, miembro_id, papel])


def quitar_firmante(db: BaseDeDatos, mocion_id: int, miembro_id: int, papel: str) -> int:
    """Quita la firma (un apoyo que se retira); cuántas filas quitó (0: no firmaba así)."""
    return db.execute("DELETE FROM autores_mocion WHERE mocion_id = ? AND miembro_id = ? AND papel = ?",
                      [mocion_id, miembro_id, papel]).rowcount


def fijar_recomendacion(db: BaseDeDatos, mocion_id: int, recomendacion: str | None, organo_id: int | None,
                        fecha: str | None, nota: str | None) -> None:
    """La recomendación de una comisión (todo None: se quita)."""
    db.execute("UPDATE mociones SET recomendacion = ?, recomendada_por = ?, recomendada_el = ?, "
               "recomendacion_nota = ? WHERE id = ?", [recomendacion, organo_id, fecha, nota, mocion_id])


def cambiar_estado(db: BaseDeDatos, mocion_id: int, estado: str, motivo: str | None, *,
                   fuera_de_plazo: bool | None = None, derivada_a: int | None = None) -> None:
    """El estado nuevo con su motivo; `fuera_de_plazo` solo se toca si se da (al admitir), y con él
    `motivo_admision`: el motivo si se admite fuera de plazo, NULL si no. Las decisiones que siguen cambian
    `motivo` y dejan `motivo_admision` como quedó."""
    if fuera_de_plazo is None:
        db.execute("UPDATE mociones SET estado = ?, motivo = ?, derivada_a = ? WHERE id = ?",
                   [estado, motivo, derivada_a, mocion_id])
    else:
        db.execute("UPDATE mociones SET estado = ?, motivo = ?, derivada_a = ?, fuera_de_plazo = ?, "
                   "motivo_admision = ? WHERE id = ?",
                   [estado, motivo, derivada_a, int(fuera_de_plazo), motivo if fuera_de_plazo else None,
                    mocion_id])


def mocion(db: BaseDeDatos, mocion_id: int) -> dict | None:
    """La moción con el nombre del órgano al que se derivó y la que la retoma en otra sesión (o None)."""
    return next(db.query(_MOCION + " WHERE m.id = ?", [mocion_id]), None)


def mocion_por_numero(db: BaseDeDatos, sesion_id: int, numero: int) -> dict | None:
    return next(db.query(_MOCION + " WHERE m.sesion_id = ? AND m.numero = ?", [sesion_id, numero]), None)


def mociones_de_la_sesion(db: BaseDeDatos, sesion_id: int, punto_id: int | None = None,
                          categoria_id: int | None = None) -> list[dict]:
    """Las de la sesión por número; con `punto_id`, las de ese punto; con `categoria_id`, las de esa categoría."""
    condiciones, valores = ["m.sesion_id = ?"], [sesion_id]
    for columna, valor in (("m.punto_id", punto_id), ("m.categoria_id", categoria_id)):
        if valor is not None:
            condiciones.append(f"{columna} = ?")
            valores.append(valor)
    return list(db.query(_MOCION + " WHERE " + " AND ".join(condiciones) + " ORDER BY m.numero", valores))


def firmantes(db: BaseDeDatos, mocion_ids: list[int]) -> list[dict]:
    """mocion_id, miembro_id, papel y nombre de quienes firman esas mociones, en el orden en que se anotaron."""
    if not mocion_ids:
        return []
    marcas = ", ".join("?" for _ in mocion_ids)
    return list(db.query(
        "SELECT a.mocion_id, a.miembro_id, a.papel, mi.nombre FROM autores_mocion a "
        f"JOIN miembros mi ON mi.id = a.miembro_id WHERE a.mocion_id IN ({marcas}) ORDER BY a.id", mocion_ids))


def fecha_de_la_sesion(db: BaseDeDatos, mocion_id: int) -> dict | None:
    """La sesión (id, fecha, número y órgano) de la moción, para contar su historia."""
    return next(db.query(
        "SELECT s.id, s.fecha, s.numero, s.tipo, s.organo_id, o.nombre AS organo FROM mociones m "
        "JOIN sesiones s ON s.id = m.sesion_id JOIN organos o ON o.id = s.organo_id WHERE m.id = ?",
        [mocion_id]), None)
