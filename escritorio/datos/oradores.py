"""La lista de oradores de un punto o de una moción (migración 0055: `listas_de_oradores`, `oradores`): leerla,
crearla, cerrarla y anotar quién pide la palabra, quién habla y cuánto habló; las pausas, el orden que fija quien
preside y las categorías de las cuestiones de orden de cada órgano (migración 0069). Las reglas, en
servicios/oradores.py."""

from .base_de_datos import BaseDeDatos


def lista(db: BaseDeDatos, punto_id: int, mocion_id: int | None) -> dict | None:
    """La lista del punto (mocion_id None) o la de la moción, o None si todavía no hay."""
    if mocion_id is None:
        return next(db.query("SELECT * FROM listas_de_oradores WHERE punto_id = ? AND mocion_id IS NULL",
                             [punto_id]), None)
    return next(db.query("SELECT * FROM listas_de_oradores WHERE mocion_id = ?", [mocion_id]), None)


def listas_de_la_sesion(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """Las listas de oradores de la sesión (las de sus puntos y las de sus mociones), con el número de la moción."""
    return list(db.query(
        "SELECT l.id, l.punto_id, l.mocion_id, m.numero AS numero_mocion FROM listas_de_oradores l "
        "LEFT JOIN mociones m ON m.id = l.mocion_id WHERE l.sesion_id = ? ORDER BY l.id", [sesion_id]))


def insertar_lista(db: BaseDeDatos, sesion_id: int, punto_id: int, mocion_id: int | None) -> int:
    return db.insertar("INSERT INTO listas_de_oradores (sesion_id, punto_id, mocion_id) VALUES (?, ?, ?)",
                       [sesion_id, punto_id, mocion_id])


def fijar_cierre(db: BaseDeDatos, lista_id: int, cerrada_en: str | None) -> None:
    db.execute("UPDATE listas_de_oradores SET cerrada_en = ? WHERE id = ?", [cerrada_en, lista_id])


def oradores(db: BaseDeDatos, lista_id: int) -> list[dict]:
    """Los pedidos de la palabra de la lista, por orden de pedido, con el nombre del miembro (o la persona)."""
    return list(db.query(
        "SELECT o.id, o.lista_id, o.orden, o.miembro_id, o.persona, o.tipo, o.estado, o.pedida_en, o.empezo_en, "
        "o.termino_en, o.segundos, o.pausado_en, o.segundos_previos, o.corre_desde, o.categoria_id, o.pregunta_a, "
        "c.nombre AS categoria, c.rango, m.nombre AS miembro FROM oradores o "
        "LEFT JOIN miembros m ON m.id = o.miembro_id LEFT JOIN categorias_de_cuestion c ON c.id = o.categoria_id "
        "WHERE o.lista_id = ? ORDER BY o.orden", [lista_id]))


def oradores_de_la_sesion(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """Todos los pedidos de la palabra de la sesión (de todas sus listas): quién, en qué estado (para la «primera
    vez»)."""
    return list(db.query(
        "SELECT o.id, o.miembro_id, o.persona, o.estado FROM oradores o "
        "JOIN listas_de_oradores l ON l.id = o.lista_id WHERE l.sesion_id = ?", [sesion_id]))


def orador(db: BaseDeDatos, orador_id: int) -> dict | None:
    """Un pedido de la palabra con su lista (punto, moción, sesión)."""
    return next(db.query(
        "SELECT o.*, l.sesion_id, l.punto_id, l.mocion_id FROM oradores o "
        "JOIN listas_de_oradores l ON l.id = o.lista_id WHERE o.id = ?", [orador_id]), None)


def proximo_orden(db: BaseDeDatos, lista_id: int) -> int:
    return db.execute("SELECT coalesce(max(orden), 0) + 1 FROM oradores WHERE lista_id = ?", [lista_id]).fetchone()[0]


def insertar_orador(db: BaseDeDatos, lista_id: int, orden: int, miembro_id: int | None, persona: str | None,
                    tipo: str, pedida_en: str, categoria_id: int | None = None, pregunta_a: int | None = None) -> int:
    return db.insertar("INSERT INTO oradores (lista_id, orden, miembro_id, persona, tipo, pedida_en, categoria_id, "
                       "pregunta_a) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [lista_id, orden, miembro_id, persona, tipo, pedida_en, categoria_id, pregunta_a])


def retirar_preguntas_a(db: BaseDeDatos, orador_id: int) -> None:
    """Las preguntas intercaladas que esperaban para hacerse a `orador_id` (que deja la palabra) quedan retiradas."""
    db.execute("UPDATE oradores SET estado = 'retirado' WHERE pregunta_a = ? AND estado = 'en_espera'", [orador_id])


def empezar(db: BaseDeDatos, orador_id: int, lista_id: int, empezo_en: str) -> None:
    """Quien tiene la palabra pasa al final de la numeración de la lista: su `orden` deja de ser el de su pedido
    (que ya no cuenta: salió de la cola; cuándo lo pidió sigue en `pedida_en`) y pasa a ser su turno. Así el orden
    en que hablaron se lee por (empezo_en, orden) aunque dos tomen la palabra en el mismo segundo (los momentos se
    guardan al segundo): una cuestión de orden de un instante, o la palabra dada dos veces seguidas."""
    db.execute("UPDATE oradores SET estado = 'hablando', empezo_en = ?, "
               "orden = (SELECT coalesce(max(orden), 0) + 1 FROM oradores WHERE lista_id = ?) WHERE id = ?",
               [empezo_en, lista_id, orador_id])


def terminar(db: BaseDeDatos, orador_id: int, termino_en: str, segundos: int) -> None:
    db.execute("UPDATE oradores SET estado = 'hablo', termino_en = ?, segundos = ?, pausado_en = NULL WHERE id = ?",
               [termino_en, segundos, orador_id])


def pausar(db: BaseDeDatos, orador_id: int, pausado_en: str, segundos_previos: int) -> None:
    """En pausa desde `pausado_en`, con lo hablado hasta entonces."""
    db.execute("UPDATE oradores SET pausado_en = ?, segundos_previos = ? WHERE id = ?",
               [pausado_en, segundos_previos, orador_id])


def reanudar(db: BaseDeDatos, orador_id: int, corre_desde: str) -> None:
    db.execute("UPDATE oradores SET pausado_en = NULL, corre_desde = ? WHERE id = ?", [corre_desde, orador_id])


def reordenar(db: BaseDeDatos, lista_id: int, nuevos: list[tuple[int, int]]) -> None:
    """(orador_id, orden) de cada pedido que cambia de lugar. Primero se los lleva después del último número de la
    lista (el orden es único en la lista) y después a su número nuevo."""
    tope = proximo_orden(db, lista_id)
    for i, (orador_id, _) in enumerate(nuevos):
        db.execute("UPDATE oradores SET orden = ? WHERE id = ?", [tope + i, orador_id])
    for orador_id, orden in nuevos:
        db.execute("UPDATE oradores SET orden = ? WHERE id = ?", [orden, orador_id])


def categorias_de_cuestion(db: BaseDeDatos, organo_id: int) -> list[dict]:
    """Las categorías de las cuestiones de orden del órgano, por rango (1 primero) y nombre."""
    return list(db.query("SELECT id, organo_id, nombre, rango FROM categorias_de_cuestion WHERE organo_id = ? "
                         "ORDER BY rango, nombre", [organo_id]))


def guardar_categoria(db: BaseDeDatos, organo_id: int, nombre: str, rango: int) -> int:
    """Crea la categoría o le cambia el rango (el nombre la identifica en el órgano); devuelve su id."""
    fila = next(db.query("SELECT id FROM categorias_de_cuestion WHERE organo_id = ? AND nombre = ?",
                         [organo_id, nombre]), None)
    if fila is None:
        return db.insertar("INSERT INTO categorias_de_cuestion (organo_id, nombre, rango) VALUES (?, ?, ?)",
                           [organo_id, nombre, rango])
    db.execute("UPDATE categorias_de_cuestion SET rango = ? WHERE id = ?", [rango, fila["id"]])
    return fila["id"]


def quitar_categoria(db: BaseDeDatos, categoria_id: int) -> None:
    db.execute("DELETE FROM categorias_de_cuestion WHERE id = ?", [categoria_id])


def usos_de_la_categoria(db: BaseDeDatos, categoria_id: int) -> int:
    """Cuántas cuestiones de orden la llevan (una usada no se quita: la lista diría otra cosa)."""
    return db.execute("SELECT count(*) FROM oradores WHERE categoria_id = ?", [categoria_id]).fetchone()[0]


def retirar(db: BaseDeDatos, orador_id: int) -> None:
    db.execute("UPDATE oradores SET estado = 'retirado' WHERE id = ?", [orador_id])


def mocion(db: BaseDeDatos, mocion_id: int) -> dict | None:
    """Lo que la lista de una moción necesita de ella: su sesión, su punto, su número y su título."""
    return next(db.query("SELECT id, sesion_id, punto_id, numero, titulo FROM mociones WHERE id = ?", [mocion_id]),
                None)


def mociones_del_punto(db: BaseDeDatos, punto_id: int) -> list[dict]:
    """Las mociones de un punto (para elegir la lista de una), por número, con el prefijo de su categoría."""
    return list(db.query("SELECT m.id, m.sesion_id, m.punto_id, m.numero, m.titulo, c.prefijo FROM mociones m "
                         "LEFT JOIN categorias_de_mocion c ON c.id = m.categoria_id WHERE m.punto_id = ? "
                         "ORDER BY m.numero", [punto_id]))
