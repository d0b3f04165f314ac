"""Consultas y escrituras de asociaciones y de la categoría de sus países."""

import json
from datetime import date

from .base_de_datos import BaseDeDatos, insertar_fila
from .bitacora import columnas_legibles

CAMPOS = ("nombre", "sigla", "tipo", "fecha_fundacion", "sede", "idiomas", "papel", "idioma_documentos",
          "direccion_publica")


def insertar(db: BaseDeDatos, datos: dict) -> int:
    return insertar_fila(db, "asociaciones", {c: datos[c] for c in CAMPOS if datos.get(c) is not None})


def actualizar(db: BaseDeDatos, asociacion_id: int, datos: dict) -> None:
    """Cambia los campos de `datos` (solo los de CAMPOS) de la asociación."""
    columnas = [c for c in CAMPOS if c in datos]
    if columnas:
        db.execute(f"UPDATE asociaciones SET {', '.join(f'{c} = ?' for c in columnas)} WHERE id = ?",
                   [datos[c] for c in columnas] + [asociacion_id])


def borrar_pais(db: BaseDeDatos, asociacion_id: int, pais: str) -> None:
    """Borra el país y toda su historia de categorías (un país agregado por error, sin miembros)."""
    db.execute("DELETE FROM categorias_pais WHERE asociacion_id = ? AND pais = ?", [asociacion_id, pais])
    db.execute("DELETE FROM paises_asociacion WHERE asociacion_id = ? AND pais = ?", [asociacion_id, pais])


def paises_con_historia(db: BaseDeDatos, asociacion_id: int) -> list[str]:
    """Todos los países que alguna vez fueron de la asociación (con historia o con categoría actual)."""
    return sorted(_con_historia(db, asociacion_id) | set(_actuales(db, asociacion_id)))


def miembros_por_estado(db: BaseDeDatos, asociacion_id: int, pais: str, al: str) -> dict[str, list[str]]:
    """Los nombres de los miembros del país según su estado vigente el día `al` (activo, suspendido, baja)."""
    por_estado: dict[str, list[str]] = {}
    for fila in db.query(
            "SELECT m.nombre, coalesce((SELECT e.estado FROM estados_miembro e WHERE e.miembro_id = m.id "
            "AND e.desde <= :al ORDER BY e.desde DESC, e.id DESC LIMIT 1), 'activo') AS estado "
            "FROM miembros m WHERE m.asociacion_id = :a AND m.pais = :p ORDER BY m.nombre, m.id",
            {"a": asociacion_id, "p": pais, "al": al}):
        por_estado.setdefault(fila["estado"], []).append(fila["nombre"])
    return por_estado


def fijar_pais(db: BaseDeDatos, asociacion_id: int, pais: str, categoria: str) -> None:
    """La categoría actual del país (paises_asociacion). Un país que aún no tiene historia de categorías la empieza
    con esta, desde la fundación de la asociación (como hizo la migración 0012 con los que ya estaban)."""
    db.execute(
        "INSERT INTO paises_asociacion (asociacion_id, pais, categoria) VALUES (?, ?, ?) "
        "ON CONFLICT (asociacion_id, pais) DO UPDATE SET categoria = excluded.categoria",
        [asociacion_id, pais, categoria])
    db.execute(
        "INSERT INTO categorias_pais (asociacion_id, pais, categoria, desde) "
        "SELECT a.id, ?, ?, coalesce(a.fecha_fundacion, '1900-01-01') FROM asociaciones a WHERE a.id = ? "
        "AND NOT EXISTS (SELECT 1 FROM categorias_pais c WHERE c.asociacion_id = a.id AND c.pais = ?)",
        [pais, categoria, asociacion_id, pais])


def fijar_actual(db: BaseDeDatos, asociacion_id: int, pais: str, categoria: str | None) -> None:
    """Solo la categoría actual (paises_asociacion); None o «retirado»: el país ya no es de la asociación."""
    if categoria is None or categoria == "retirado":
        db.execute("DELETE FROM paises_asociacion WHERE asociacion_id = ? AND pais = ?", [asociacion_id, pais])
    else:
        db.execute("INSERT INTO paises_asociacion (asociacion_id, pais, categoria) VALUES (?, ?, ?) "
                   "ON CONFLICT (asociacion_id, pais) DO UPDATE SET categoria = excluded.categoria",
                   [asociacion_id, pais, categoria])


def fijar_categoria(db: BaseDeDatos, asociacion_id: int, pais: str, categoria: str, desde: str,
                    articulo: str | None) -> None:
    """La categoría del país desde una fecha, con el artículo que la funda (si ya había una ese día, la reemplaza)."""
    db.execute(
        "INSERT INTO categorias_pais (asociacion_id, pais, categoria, desde, articulo) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (asociacion_id, pais, desde) DO UPDATE SET categoria = excluded.categoria, "
        "articulo = excluded.articulo",
        [asociacion_id, pais, categoria, desde, articulo])


def categorias_al(db: BaseDeDatos, asociacion_id: int, al: str) -> dict[str, str]:
    """La categoría de cada país vigente en `al` (la última con fecha hasta ese día). Un país sin historia de
    categorías (escrito por fuera de `fijar_pais`) conserva su categoría actual; uno que todavía no había
    ingresado en esa fecha no figura."""
    vigentes = _historia_al(db, asociacion_id, al)
    con_historia = _con_historia(db, asociacion_id)
    for pais, categoria in _actuales(db, asociacion_id).items():
        if pais not in con_historia:
            vigentes[pais] = categoria
    return dict(sorted(vigentes.items()))


def _historia_al(db: BaseDeDatos, asociacion_id: int, al: str) -> dict[str, str]:
    return {f[0]: f[1] for f in db.execute(
        """SELECT c.pais, c.categoria FROM categorias_pais c
           WHERE c.asociacion_id = :a AND c.id = (
               SELECT id FROM categorias_pais x WHERE x.asociacion_id = c.asociacion_id AND x.pais = c.pais
                 AND x.desde <= :al ORDER BY x.desde DESC, x.id DESC LIMIT 1)""", {"a": asociacion_id, "al": al})}


def _con_historia(db: BaseDeDatos, asociacion_id: int) -> set[str]:
    return {f[0] for f in db.execute("SELECT DISTINCT pais FROM categorias_pais WHERE asociacion_id = ?",
                                     [asociacion_id])}


def historia_categorias(db: BaseDeDatos, asociacion_id: int, pais: str) -> list[dict]:
    return list(db.query("SELECT categoria, desde, articulo FROM categorias_pais WHERE asociacion_id = ? AND pais = ? "
                         "ORDER BY desde, id", [asociacion_id, pais]))


def listar(db: BaseDeDatos) -> list[dict]:
    return list(db.query(
        "SELECT a.*, (SELECT count(*) FROM miembros m WHERE m.asociacion_id = a.id) AS miembros "
        "FROM asociaciones a ORDER BY a.nombre"))


def por_sigla(db: BaseDeDatos, sigla: str) -> dict | None:
    return next(db.query("SELECT * FROM asociaciones WHERE lower(sigla) = lower(?)", [sigla.strip()]), None)


def siglas_anteriores(db: BaseDeDatos, asociacion_id: int) -> list[str]:
    """Las siglas que tuvo la asociación antes de la actual, de la más reciente a la más vieja, según su bitácora
    (cada cambio guarda la fila de antes). Sin bitácora, ninguna."""
    if not db.tiene_tabla("bitacora"):
        return []
    lugar = columnas_legibles(db, "asociaciones").index("sigla")
    siglas: list[str] = []
    for (datos,) in db.execute("SELECT datos FROM bitacora WHERE entidad = 'asociaciones' AND entidad_id = ? "
                               "AND accion = 'cambio' ORDER BY id DESC", [asociacion_id]):
        antes = json.loads(datos).get("antes") or []
        sigla = antes[lugar] if len(antes) > lugar else None
        if sigla and sigla not in siglas:
            siglas.append(sigla)
    return siglas


def por_id(db: BaseDeDatos, asociacion_id: int) -> dict | None:
    return next(db.query("SELECT * FROM asociaciones WHERE id = ?", [asociacion_id]), None)


def _actuales(db: BaseDeDatos, asociacion_id: int) -> dict[str, str]:
    return {f["pais"]: f["categoria"] for f in db.query(
        "SELECT pais, categoria FROM paises_asociacion WHERE asociacion_id = ? ORDER BY pais", [asociacion_id])}


def paises(db: BaseDeDatos, asociacion_id: int) -> dict[str, str]:
    """Los países de la asociación con la categoría que rige hoy: la de su historia con fecha (un cambio fechado a
    futuro rige al llegar su día aunque nadie haya tocado nada), o la guardada si el país no tiene historia."""
    actuales = _actuales(db, asociacion_id)
    hoy = date.today().isoformat()
    for pais, categoria in _historia_al(db, asociacion_id, hoy).items():
        actuales[pais] = categoria
    for pais in _con_historia(db, asociacion_id) - set(_historia_al(db, asociacion_id, hoy)):
        actuales.pop(pais, None)  # con historia, pero todavía no había ingresado
    return {p: c for p, c in sorted(actuales.items()) if c != "retirado"}


def todas_con_su_papel(db: BaseDeDatos) -> list[dict]:
    """{nombre, papel} de cada asociación de la base, por orden de alta."""
    return list(db.query("SELECT nombre, papel FROM asociaciones ORDER BY id"))


# --- reglas del estatuto guardadas en la asociación ------------------------------------------------

def regla_de_voto_y_tolerancia(db: BaseDeDatos, asociacion_id: int) -> tuple | None:
    """(cuotas_para_suspender, articulo_suspension, tolerancia_porcentaje, tolerancia_unidades, articulo_tolerancia)."""
    return db.execute("SELECT cuotas_para_suspender, articulo_suspension, tolerancia_porcentaje, "
                      "tolerancia_unidades, articulo_tolerancia FROM asociaciones WHERE id = ?",
                      [asociacion_id]).fetchone()


def fijar_regla_de_voto(db: BaseDeDatos, asociacion_id: int, cuotas: int | None, articulo: str | None) -> None:
    """«N cuotas anuales impagas suspenden el voto» y su artículo (N None: nadie lo pierde)."""
    db.execute("UPDATE asociaciones SET cuotas_para_suspender = ?, articulo_suspension = ? WHERE id = ?",
               [cuotas, articulo, asociacion_id])


def fijar_tolerancia(db: BaseDeDatos, asociacion_id: int, porcentaje: int, unidades: int, articulo: str | None) -> bool:
    """Guarda la tolerancia de la morosidad; False si la asociación no existe."""
    return db.execute("UPDATE asociaciones SET tolerancia_porcentaje = ?, tolerancia_unidades = ?, articulo_tolerancia = ? "
                      "WHERE id = ?", [porcentaje, unidades, articulo, asociacion_id]).rowcount == 1


def articulo_suspension_mandatos(db: BaseDeDatos, asociacion_id: int) -> tuple | None:
    """(articulo_suspension_mandatos,) de la asociación; None si no existe."""
    return db.execute("SELECT articulo_suspension_mandatos FROM asociaciones WHERE id = ?", [asociacion_id]).fetchone()


def fijar_articulo_suspension_mandatos(db: BaseDeDatos, asociacion_id: int, articulo: str | None) -> bool:
    """False si la asociación no existe."""
    return db.execute("UPDATE asociaciones SET articulo_suspension_mandatos = ? WHERE id = ?",
                      [articulo, asociacion_id]).rowcount == 1


_REGLAS_DE_ADMISION = ("admision_dias", "articulo_admision", "gracia_primera_cuota", "articulo_gracia",
                       "cuota_exclusion", "articulo_exclusion")


def reglas_de_admision(db: BaseDeDatos, asociacion_id: int) -> dict | None:
    """Cuándo rige una admisión, la gracia de la primera cuota y el año de quien es excluido, con sus artículos
    (datos/esquema/admision.py); None si la asociación no existe."""
    return next(db.query(f"SELECT {', '.join(_REGLAS_DE_ADMISION)} FROM asociaciones WHERE id = :a",
                         {"a": asociacion_id}), None)


def fijar_reglas_de_admision(db: BaseDeDatos, asociacion_id: int, reglas: dict) -> bool:
    """Guarda las reglas de `reglas` (las claves de `_REGLAS_DE_ADMISION`); False si la asociación no existe."""
    return db.execute(
        "UPDATE asociaciones SET admision_dias = :admision_dias, articulo_admision = :articulo_admision, "
        "gracia_primera_cuota = :gracia_primera_cuota, articulo_gracia = :articulo_gracia, "
        "cuota_exclusion = :cuota_exclusion, articulo_exclusion = :articulo_exclusion WHERE id = :a",
        {**{c: reglas[c] for c in _REGLAS_DE_ADMISION}, "a": asociacion_id}).rowcount == 1
