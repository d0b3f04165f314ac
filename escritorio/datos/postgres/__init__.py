"""El lado PostgreSQL de `datos/`: el modo servidor (varias personas a la vez sobre una base compartida).

Este módulo no importa psycopg: la línea de órdenes pregunta `es_url_de_servidor` en cada orden."""

ESQUEMAS = ("postgresql://", "postgres://")
# El canal de LISTEN/NOTIFY por el que el servidor avisa, al confirmar cada escritura, qué tablas cambiaron.
CANAL_DE_CAMBIOS = "escritorio_cambios"
# «No se sabe qué tablas cambiaron» (`datos.vigilancia.CambiosDeOtros`, `avisos.EscuchaDeCambios`).
TODAS_LAS_TABLAS = frozenset({"*"})


def es_url_de_servidor(texto: object) -> bool:
    """¿Es `texto` la dirección de una base en un servidor PostgreSQL (y no la ruta de un archivo)?"""
    return isinstance(texto, str) and texto.strip().lower().startswith(ESQUEMAS)


def columnas_de(db, tabla: str, *, sin_binarias: bool = False) -> list[str]:
    """Las columnas de `tabla` en su orden, en cualquiera de los dos motores; con `sin_binarias`, sin las BLOB
    (bytea en el servidor), que la bitácora no registra."""
    if db.dialecto == "postgresql":
        return [f[0] for f in db.execute("SELECT column_name, data_type FROM information_schema.columns "
                                         "WHERE table_name = ? AND table_schema = 'public' ORDER BY ordinal_position",
                                         [tabla]) if not (sin_binarias and f[1] == "bytea")]
    return [f[1] for f in db.execute(f'PRAGMA table_info("{tabla}")') if not (sin_binarias and f[2].upper() == "BLOB")]


PUERTO_POR_OMISION = 5432


def armar_direccion(equipo: str, puerto: int, base: str, usuario: str) -> str:
    """postgresql://USUARIO@EQUIPO:PUERTO/BASE, con lo que haga falta escapado (un usuario con espacios o @)."""
    from urllib.parse import quote

    equipo = equipo.strip()
    if ":" in equipo and not equipo.startswith("["):  # una dirección IPv6 va entre corchetes
        equipo = f"[{equipo}]"
    puerto_texto = "" if int(puerto) == PUERTO_POR_OMISION else f":{int(puerto)}"
    return f"postgresql://{quote(usuario.strip(), safe='')}@{equipo}{puerto_texto}/{quote(base.strip(), safe='')}"


def partes_de_direccion(direccion: str) -> dict:
    """Lo que `armar_direccion` junta, de vuelta (para volver a mostrarlo en el formulario); sin la clave."""
    from urllib.parse import unquote, urlsplit

    partes = urlsplit(direccion.strip())
    try:
        puerto = partes.port or PUERTO_POR_OMISION
    except ValueError:  # un puerto que no es un número
        puerto = PUERTO_POR_OMISION
    return {"equipo": partes.hostname or "", "puerto": puerto, "base": unquote(partes.path.lstrip("/")),
            "usuario": unquote(partes.username or "")}
