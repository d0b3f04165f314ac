"""La carpeta del sitio publicado, en el disco (servicios/publicacion.py): su manifiesto de la vez anterior, lo que
hay hoy en ella, escribir cada archivo entero sin salir de la carpeta, no pisar lo que no es del sitio y quitar las
carpetas que quedaron vacías. Nada de aquí sabe qué se publica: solo dónde y cómo se escribe.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TypedDict

from ..dominio.publicacion import MANIFIESTO
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from ..salida import crear_entero


class ManifiestoDelSitio(TypedDict, total=False):
    """manifiesto.json: lo que la publicación anterior dejó escrito (uno de una versión vieja puede no traer todo)."""
    generador: str
    asociacion: str
    identidad: str             # de qué base y qué asociación es el sitio: otra no lo pisa
    idioma: str
    idiomas: list[str]
    incluye: list[str]
    actas: dict[str, str]      # ruta del PDF -> la huella del acta y su idioma (para volver a usarlo)
    archivos: dict[str, str]   # ruta -> SHA-256 de cada archivo del sitio
    cabezas: list[dict]        # las cabezas de la cadena que el sitio ya mostró (por si anclas.json se pierde)


def sha256(contenido: bytes) -> str:
    return hashlib.sha256(contenido).hexdigest()


def manifiesto_anterior(carpeta: Path) -> ManifiestoDelSitio:
    """El manifiesto de la publicación anterior ({} si la carpeta está vacía o no existe). Una carpeta con archivos
    y sin manifiesto, o con uno que no se entiende, no se toca."""
    ruta = carpeta / MANIFIESTO
    if not carpeta.exists():
        return {}
    if not carpeta.is_dir():
        raise ErrorEscritorio(traducir("{0} es un archivo, no una carpeta: elija una carpeta vacía o la del sitio "
                                       "publicado antes.").format(carpeta))
    if not ruta.exists():
        if any(carpeta.iterdir()):
            raise ErrorEscritorio(traducir(
                "La carpeta {0} tiene archivos y no es un sitio publicado por Escritorio (no tiene {1}): no se toca "
                "nada. Elija una carpeta vacía, o la carpeta del sitio que publicó antes.").format(carpeta, MANIFIESTO))
        return {}
    try:
        manifiesto = json.loads(ruta.read_text(encoding="utf-8"))
        if not (_rutas_validas(manifiesto.get("archivos")) and _rutas_validas(manifiesto.get("actas", {}))):
            raise ValueError
    except (ValueError, OSError, AttributeError):
        raise ErrorEscritorio(traducir(
            "El manifiesto {0} está dañado o no es de Escritorio: no se toca nada. Publique en una carpeta vacía "
            "(y, si era su sitio, cópielo de nuevo desde allí).").format(ruta)) from None
    return manifiesto


def _rutas_validas(valor: object) -> bool:
    """{ruta: texto} con cada ruta como la escribe el sitio: relativa, con «/», sin «.», «..» ni «\\» (un manifiesto
    tocado a mano con «./index.html» haría borrar lo recién escrito; con «../x», tocar algo de afuera)."""
    if not isinstance(valor, dict):
        return False
    for ruta, dato in valor.items():
        partes = ruta.split("/") if isinstance(ruta, str) else [""]
        if (not isinstance(dato, str) or "\\" in ruta or "\0" in ruta or ruta.startswith("/") or ":" in partes[0]
                or any(p in ("", ".", "..") for p in partes)):
            return False
    return True


def en_disco(carpeta: Path, manifiesto: dict) -> dict[str, str]:
    """{ruta: SHA-256 de lo que hay hoy en disco} de cada archivo que el manifiesto dice del sitio (uno cambiado a
    mano o borrado se vuelve a escribir)."""
    actuales = {}
    for ruta in manifiesto.get("archivos", {}):
        archivo = carpeta / ruta
        if dentro(carpeta, archivo) and archivo.is_file():
            actuales[ruta] = sha256(archivo.read_bytes())
    return actuales


def dentro(carpeta: Path, archivo: Path) -> bool:
    """Un manifiesto tocado a mano no hace escribir ni borrar fuera de la carpeta del sitio."""
    try:
        archivo.resolve().relative_to(carpeta.resolve())
    except ValueError:
        return False
    return True


def escribir(carpeta: Path, ruta: str, contenido: bytes) -> None:
    """Entero en un temporal de la misma carpeta y reemplazado de una vez (el manifiesto; las páginas van todas
    juntas: `servicios.publicacion`). Ver `preparar` y `escribir_entero`."""
    destino = preparar(carpeta, ruta)
    # Con el nombre de los temporales de los documentos: si el programa muere aquí, `limpiar_temporales` lo borra.
    temporal = destino.with_name(f".{destino.name}.{os.urandom(4).hex()}.tmp")
    try:
        escribir_entero(temporal, contenido)
        os.replace(temporal, destino)
    except BaseException:
        temporal.unlink(missing_ok=True)
        raise


def escribir_entero(temporal: Path, contenido: bytes) -> None:
    """El archivo nuevo `temporal`, entero en el disco antes de ponerlo en su lugar y legible por todos (es un sitio
    público: un servidor web lo sirve con otro usuario)."""
    crear_entero(temporal, contenido, modo=0o644)


def preparar(carpeta: Path, ruta: str) -> Path:
    """El destino de `ruta` en la carpeta del sitio, con sus carpetas creadas. Nunca fuera de la carpeta del sitio
    (una subcarpeta que es un enlace a otro lugar se rechaza)."""
    destino = carpeta / ruta
    existente = destino.parent   # la carpeta más honda que ya existe: se mira antes de crear nada debajo
    while not existente.exists() and existente != carpeta:
        existente = existente.parent
    if dentro(carpeta, existente):
        # Las que se crean ahora, también la del sitio y las de más arriba que faltaban: 755 con cualquier umask
        # (con 077 quedarían 700 y el servidor web no las leería; con 000, 777). Una carpeta de la persona que ya
        # existía, fuera del sitio, conserva sus permisos.
        nuevas = [nivel for nivel in [destino.parent, *destino.parent.parents] if not nivel.exists()]
        destino.parent.mkdir(parents=True, exist_ok=True)
        for nivel in nuevas:
            nivel.chmod(0o755)
        for nivel in [destino.parent, *destino.parent.parents]:
            if nivel == carpeta or not dentro(carpeta, nivel):
                break
            nivel.chmod(0o755)
    if not dentro(carpeta, existente) or not dentro(carpeta, destino.parent):
        raise ErrorEscritorio(traducir("{0} lleva fuera de la carpeta del sitio (un enlace a otra carpeta): no se "
                                       "escribe ahí. Quite el enlace o publique en otra carpeta.").format(destino.parent))
    return destino


def sin_ajenos(carpeta: Path, nuevos: list[str]) -> None:
    """Un archivo que el sitio escribiría donde ya hay uno que no es suyo (o un archivo donde el sitio necesita una
    carpeta): no se toca nada."""
    ajenos = []
    for ruta in nuevos:
        camino = carpeta
        for parte in ruta.split("/")[:-1]:
            camino = camino / parte
            if camino.exists() and not camino.is_dir():
                ajenos.append(str(camino.relative_to(carpeta)))
        if (carpeta / ruta).exists():
            ajenos.append(ruta)
    if ajenos:
        raise ErrorEscritorio(traducir(
            "En {0} ya hay archivos que el sitio no publicó y que tendría que reemplazar ({1}): no se toca nada. "
            "Muévalos o publique en otra carpeta.").format(carpeta, ", ".join(dict.fromkeys(ajenos[:5]))))


def limpiar_temporales(carpeta: Path, manifiesto: dict) -> None:
    """Los temporales ocultos que dejó en la carpeta del sitio una publicación que murió a mitad (un corte de luz):
    los archivos sin poner y las copias de los anteriores. Solo los de nombre exacto de temporal y con unos minutos
    (`documentos.temporales.limpiar_restos`): uno reciente puede ser de otra publicación en curso."""
    from ..documentos.temporales import limpiar_restos

    carpetas = {carpeta} | {(carpeta / ruta).parent for ruta in manifiesto.get("archivos", {})}
    for una in sorted(carpetas):
        if dentro(carpeta, una) and una.is_dir():
            limpiar_restos(una)


def quitar_carpetas_vacias(carpeta: Path, desde: Path) -> None:
    """Las carpetas del sitio que quedaron vacías al borrar (nunca la carpeta del sitio)."""
    while desde != carpeta and dentro(carpeta, desde) and desde.is_dir() and not any(desde.iterdir()):
        desde.rmdir()
        desde = desde.parent
