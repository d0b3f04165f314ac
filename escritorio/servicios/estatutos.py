"""Estatutos y reglamentos: cargar el texto, reformarlo, consultar el texto vigente y la historia de cada artículo.

Nada se sobrescribe: una reforma agrega versiones nuevas de artículos (o su derogación) con fecha
de vigencia, y así se puede leer el texto tal como regía en cualquier fecha.
"""

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import normas as tabla_normas
from ..datos.conexion import transaccion
from ..datos.dialecto import es_repetido
from ..dominio.normas import (TIPOS_NORMA, ArticuloLeido, VersionArticulo, comparar, historia, leer_articulos,
                              texto_vigente)
from ..dominio import entrada
from ..dominio.texto import normalizar
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion
from ..salida import comprobar_nombre, motivo_del_sistema
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO, LARGO_DOCUMENTO, LARGO_LARGO, Revision
from .contexto import Contexto


class FilaNorma(TypedDict):
    """Una norma (estatuto o reglamento) de la asociación."""

    id: int
    asociacion_id: int
    tipo: str
    titulo: str
    creada_en: str


class NormaListada(FilaNorma):
    """Una norma con cuántas reformas tuvo."""

    reformas: int


class FilaReforma(TypedDict):
    """Una reforma de una norma: cuándo, por qué resolución."""

    id: int
    norma_id: int
    vigente_desde: str
    aprobada_por: str | None
    descripcion: str | None
    registrada_en: str
    articulos: int
    resolucion_id: int | None     # la resolución que la adoptó (resoluciones.reforma_id), si se registró con ella


def norma_de_la_asociacion(contexto: Contexto, norma_id: int) -> FilaNorma:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    fila = tabla_normas.norma(db, norma_id)
    if fila is None or fila["asociacion_id"] != asociacion_id:
        raise ErrorEscritorio(traducir("No existe la norma {0} en esta asociación.").format(norma_id))
    return fila


def listar_normas(contexto: Contexto) -> list[NormaListada]:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    return tabla_normas.normas(db, asociacion_id)


def elegir_norma(contexto: Contexto, texto: str | None = None) -> NormaListada:
    """Por id o título; sin texto, el estatuto (o la única norma)."""
    todas = listar_normas(contexto)
    if not todas:
        raise ErrorEscritorio(traducir("La asociación todavía no tiene estatuto ni reglamentos cargados."))
    if texto:
        elegida = next((n for n in todas if str(n["id"]) == texto.strip() or normalizar(n["titulo"]) == normalizar(texto)), None)
        if elegida is None:
            raise ErrorEscritorio(traducir("No hay ninguna norma «{0}» (hay: {1}).").format(
                entrada.muestra(texto), ", ".join(n["titulo"] for n in todas)))
        return elegida
    estatutos = [n for n in todas if n["tipo"] == "estatuto"]
    return estatutos[0] if len(estatutos) == 1 else todas[0]


def _inicios_de_otros_formatos() -> dict[bytes, str]:
    """Los primeros bytes de los archivos que alguien elige por error en lugar del .txt del estatuto."""
    return {b"%PDF": traducir("un PDF"), b"PK\x03\x04": traducir("un documento de Word, una planilla o un .zip"),
            b"\xd0\xcf\x11\xe0": traducir("un documento de Word o Excel antiguo (.doc, .xls)"),
            b"{\\rtf": traducir("un documento RTF"), b"\x89PNG": traducir("una imagen PNG"),
            b"\xff\xd8\xff": traducir("una imagen JPEG"), b"GIF8": traducir("una imagen GIF"),
            b"II*\x00": traducir("una imagen TIFF"), b"MM\x00*": traducir("una imagen TIFF"),
            b"SQLite format 3": traducir("una base de datos"), b"\x1f\x8b": traducir("un archivo comprimido")}


def _formato_esperado() -> str:
    return traducir("Se espera un archivo de texto (.txt o .md, en UTF-8 o Windows-1252) con cada artículo en una "
                    "línea «Artículo N»; si el estatuto está en Word o PDF, cópielo y péguelo en un archivo de texto "
                    "(o en el formulario de la ventana).")


def leer_texto_de_norma(ruta: Path | str) -> str:
    """El texto de un .txt o .md del estatuto: UTF-8 (con o sin BOM) o, si no, Windows-1252 (como lo guarda el
    Bloc de notas). Un PDF, un .docx, una imagen, un archivo vacío, uno más largo que un estatuto o uno con
    caracteres de control no se leen: ErrorEscritorio con el archivo, el motivo y qué formato se espera."""
    ruta = comprobar_nombre(ruta, traducir("el texto de la norma"), traducir("no se guardó nada"))
    try:  # preguntar si es una carpeta también puede fallar (p. ej. una ruta entera más larga de lo que admite el sistema)
        if ruta.is_dir():
            raise ErrorEscritorio(traducir("{0} es una carpeta, no un archivo. {1} No se guardó nada.").format(
                ruta, _formato_esperado()))
        with open(ruta, "rb") as archivo:
            crudo = archivo.read(LARGO_DOCUMENTO * 4 + 1)  # un carácter ocupa a lo sumo 4 bytes en UTF-8
    except FileNotFoundError:
        raise ErrorEscritorio(traducir("No existe el archivo {0}. Revise la ruta; no se guardó nada.").format(ruta)) \
            from None
    except OSError as error:
        raise ErrorEscritorio(traducir("No se puede leer «{0}»: {1}. Revise la ruta; no se guardó nada.").format(
            entrada.muestra(str(ruta), 120), motivo_del_sistema(error))) from None
    if not crudo.strip():
        raise ErrorEscritorio(traducir("{0} está vacío: no tiene ningún artículo. {1} No se guardó nada.").format(
            ruta.name, _formato_esperado()))
    if len(crudo) > LARGO_DOCUMENTO * 4:
        raise ErrorEscritorio(traducir("{0} es demasiado grande para ser un estatuto (más de {1} MB). {2} No se guardó "
                                       "nada.").format(ruta.name, LARGO_DOCUMENTO * 4 // 1_000_000, _formato_esperado()))
    que = next((que for inicio, que in _inicios_de_otros_formatos().items() if crudo.startswith(inicio)), None)
    if que is None and b"\x00" in crudo[:8192]:
        que = traducir("un archivo binario (tiene caracteres nulos)")
    if que is not None:
        raise ErrorEscritorio(traducir("{0} es {1}, no un archivo de texto. {2} No se guardó nada.").format(
            ruta.name, que, _formato_esperado()))
    try:
        texto_ = crudo.decode("utf-8-sig")
    except UnicodeDecodeError:
        texto_ = crudo.decode("cp1252", errors="replace")
    try:
        return entrada.texto(texto_, maximo=LARGO_DOCUMENTO, multilinea=True)
    except ValueError as error:
        linea = ""
        problema = entrada.caracter_prohibido(texto_.strip(), multilinea=True)
        if problema is not None:
            antes = texto_.strip()[: problema[0] - 1]
            linea = traducir(" (línea {0})").format(antes.count(chr(10)) + 1)
        raise ErrorEscritorio(traducir("{0}{1}: {2}. {3} No se guardó nada.").format(
            ruta.name, linea, error, _formato_esperado())) from None


def vista_previa(texto: str) -> tuple[list[ArticuloLeido], list[str]]:
    """Los artículos que se leerían del texto y los avisos (números repetidos, salteados, sin texto)."""
    return leer_articulos(texto)


def revisar_norma(titulo: str, texto: str, vigente_desde: date, aprobada_por: str | None = None
                  ) -> tuple[str, str, str | None]:
    """(título, texto, aprobada por) limpios, o ErrorValidacion con cada campo que no sirve. Sin tocar la base:
    sirve también para una simulación."""
    if not titulo or not titulo.strip():
        raise ErrorEscritorio(traducir("Escriba el título de la norma (por ejemplo: «Estatuto de la Red»)."))
    revision = Revision()
    titulo = revision.texto(traducir("Título"), titulo, maximo=LARGO_CORTO)
    aprobada_por = revision.texto(traducir("Aprobada por"), aprobada_por, maximo=LARGO_CORTO, obligatorio=False)
    texto = revision.texto(traducir("Texto"), texto, maximo=LARGO_DOCUMENTO, multilinea=True)
    revision.fecha(traducir("Vigente desde"), vigente_desde, historica=True, futura=True)
    revision.lanzar(traducir("No se cargó la norma:"))
    return titulo, texto, aprobada_por


def cargar_norma(contexto: Contexto, tipo: str, titulo: str, texto: str, vigente_desde: date,
                 aprobada_por: str | None = None) -> int:
    """Crea una norma con su texto original (cada «Artículo N» es un artículo). Todo o nada."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    if tipo not in TIPOS_NORMA:
        raise ErrorEscritorio(traducir("Tipo de norma «{0}» desconocido; use {1}.").format(tipo, ", ".join(TIPOS_NORMA)))
    titulo, texto, aprobada_por = revisar_norma(titulo, texto, vigente_desde, aprobada_por)
    articulos, avisos = leer_articulos(texto)
    if not articulos:
        raise ErrorValidacion(traducir("No se cargó la norma:") + "\n  - " + "\n  - ".join(avisos), avisos)
    if any(a.numero == b.numero for i, a in enumerate(articulos) for b in articulos[i + 1:]):
        raise ErrorValidacion(traducir("No se cargó la norma:") + "\n  - " + "\n  - ".join(avisos), avisos)
    with transaccion(db):
        norma_id = tabla_normas.insertar_norma(db, asociacion_id, tipo, titulo)
        reforma_id = tabla_normas.insertar_reforma(db, norma_id, vigente_desde.isoformat(), aprobada_por, "Texto original")
        tabla_normas.insertar_versiones(db, [
            (norma_id, reforma_id, a.numero, a.titulo, a.texto, vigente_desde.isoformat(), 0) for a in articulos])
    return norma_id


@dataclass
class CambioArticulo:
    numero: str
    texto: str | None = None       # None = derogar
    titulo: str | None = None


def _problemas_con_el_texto_vigente(versiones: list, vigentes: dict, vigente_desde: date,
                                    cambios: list[CambioArticulo]) -> list[str]:
    """Lo que una reforma ya revisada no puede hacer con el texto que rige hoy en la base (el mismo motivo que da la
    revisión completa de `reformar`): regir antes del original, derogar un artículo que no rige."""
    problemas = []
    origen = min((v.vigente_desde for v in versiones), default=None)
    if origen and vigente_desde <= origen:
        problemas.append(traducir("La reforma debe regir después del texto original ({0}).").format(
            formato.fecha(origen)))
    for cambio in cambios:
        if cambio.texto is None and cambio.numero not in vigentes:
            problemas.append(traducir("No se puede derogar el artículo {0}: no rige al {1}.").format(
                cambio.numero, formato.fecha(vigente_desde)))
    return problemas


def reformar(contexto: Contexto, norma_id: int, vigente_desde: date, cambios: list[CambioArticulo],
             aprobada_por: str | None = None, descripcion: str | None = None, *,
             resolucion_id: int | None = None, simular: bool = False, reglas: dict | None = None) -> int | None:
    """Registra una reforma: artículos nuevos, cambiados o derogados desde una fecha.

    Con `resolucion_id`, la reforma la adoptó esa resolución: la de un punto de reforma del estatuto (o del
    reglamento, si la norma es un reglamento) aprobado, sin otra reforma vinculada, y la reforma no rige antes de la
    sesión. La reforma la nombra («Aprobada por: Resolución 4/2026 de la Asamblea…»), la resolución nombra la
    reforma (resoluciones.reforma_id) y la reforma queda entre los efectos de la resolución: todo en la misma
    transacción. Con `simular`, revisa todo y no guarda nada (devuelve None).

    `reglas` (clave -> valor, servicios.reglas_de_la_reforma): las reglas de sesión que citan un artículo reformado
    toman esos valores desde la fecha de la reforma, en la misma transacción y anotadas con la reforma. Piden la
    resolución que adoptó la reforma."""
    from .vinculos_de_resolucion import exigir_resolucion_para, vincular_reforma

    db = contexto.db
    norma = norma_de_la_asociacion(contexto, norma_id)
    que = "reforma_estatuto" if norma["tipo"] == "estatuto" else "reforma_reglamento"
    if resolucion_id is not None:
        resolucion = exigir_resolucion_para(contexto, resolucion_id, que, vigente_desde)
        aprobada_por = aprobada_por or resolucion["cita"]
    versiones = versiones_de_la_norma(db, norma_id)
    vigentes = {v.numero: v for v in texto_vigente(versiones, vigente_desde)}
    problemas = []
    revision = Revision(problemas)
    aprobada_por = revision.texto(traducir("Aprobada por"), aprobada_por, maximo=LARGO_CORTO, obligatorio=False)
    descripcion = revision.texto(traducir("Descripción"), descripcion, maximo=LARGO_LARGO, multilinea=True,
                                 obligatorio=False)
    revision.fecha(traducir("Vigente desde"), vigente_desde, historica=True, futura=True)
    for cambio in cambios:
        if cambio.texto is not None and cambio.texto.strip():
            cambio.texto = revision.texto(traducir("Artículo {0}").format(entrada.muestra(cambio.numero)), cambio.texto,
                                          maximo=LARGO_LARGO, multilinea=True) or ""
        if cambio.titulo is not None:
            cambio.titulo = revision.texto(traducir("Título del artículo {0}").format(entrada.muestra(cambio.numero)),
                                           cambio.titulo, maximo=LARGO_CORTO, obligatorio=False)
    if not cambios:
        problemas.append(traducir("La reforma no cambia ningún artículo."))
    if reglas and resolucion_id is None:
        problemas.append(traducir("Una reforma que fija reglas de sesión necesita la resolución que la adoptó "
                                  "(--resolucion)."))
    origen = min((v.vigente_desde for v in versiones), default=None)
    if origen and vigente_desde <= origen:
        problemas.append(traducir("La reforma debe regir después del texto original ({0}).").format(
            formato.fecha(origen)))
    numeros = [c.numero for c in cambios]
    for repetido in sorted({n for n in numeros if numeros.count(n) > 1}):
        problemas.append(traducir("El artículo {0} figura más de una vez en la reforma; deje un solo cambio por "
                                  "artículo.").format(repetido))
    for cambio in cambios:
        if not re.fullmatch(r"[0-9]+( (bis|ter|quater))?", cambio.numero or ""):
            problemas.append(traducir("«{0}» no es un número de artículo (ejemplos: 14, 14 bis).").format(
                entrada.muestra(cambio.numero)))
        elif cambio.texto is None and cambio.numero not in vigentes:
            problemas.append(traducir("No se puede derogar el artículo {0}: no rige al {1}.").format(
                cambio.numero, formato.fecha(vigente_desde)))
        elif cambio.texto is not None and not cambio.texto.strip():
            problemas.append(traducir("El artículo {0} quedaría sin texto; para quitarlo, derógelo.").format(cambio.numero))
    if problemas:
        raise ErrorValidacion(traducir("No se registró la reforma:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                              problemas)
    if simular:
        return None
    with transaccion(db):
        if resolucion_id is not None:  # con la base tomada: otra ventana pudo vincularle otra reforma
            exigir_resolucion_para(contexto, resolucion_id, que, vigente_desde)
        # El texto vigente, otra vez con la base tomada: otra ventana pudo registrar una reforma recién.
        versiones = versiones_de_la_norma(db, norma_id)
        vigentes = {v.numero: v for v in texto_vigente(versiones, vigente_desde)}
        problemas = _problemas_con_el_texto_vigente(versiones, vigentes, vigente_desde, cambios)
        if problemas:
            raise ErrorValidacion(traducir("No se registró la reforma:") + "\n"
                                  + "\n".join(f"  - {p}" for p in problemas), problemas)
        reforma_id = tabla_normas.insertar_reforma(db, norma_id, vigente_desde.isoformat(), aprobada_por, descripcion)
        filas = []
        for cambio in cambios:
            anterior = vigentes.get(cambio.numero)
            if cambio.texto is None:
                filas.append((norma_id, reforma_id, cambio.numero, anterior.titulo, anterior.texto, vigente_desde.isoformat(), 1))
            else:
                titulo = cambio.titulo if cambio.titulo is not None else (anterior.titulo if anterior else None)
                filas.append((norma_id, reforma_id, cambio.numero, titulo, cambio.texto.strip(), vigente_desde.isoformat(), 0))
        try:
            tabla_normas.insertar_versiones(db, filas)
        except Exception as error:
            if es_repetido(error):
                raise ErrorEscritorio(traducir("Ya hay una reforma de esos artículos con vigencia el {0}; elija otra "
                                               "fecha o corrija la reforma existente.").format(
                    formato.fecha(vigente_desde))) from None
            raise
        if resolucion_id is not None:
            vincular_reforma(db, resolucion_id, reforma_id, vigente_desde)
        if reglas:
            from .reglas_de_la_reforma import fijar_reglas_de_la_reforma

            fijar_reglas_de_la_reforma(contexto, reforma_id, vigente_desde, reglas, aprobada_por)
    return reforma_id


def versiones_de_la_norma(db: BaseDeDatos, norma_id: int) -> list[VersionArticulo]:
    return [VersionArticulo(v["numero"], v["titulo"], v["texto"], date.fromisoformat(v["vigente_desde"]),
                            bool(v["derogado"]), v["aprobada_por"]) for v in tabla_normas.versiones(db, norma_id)]


def texto_en(contexto: Contexto, norma_id: int, al: date | None = None) -> list[VersionArticulo]:
    db = contexto.db
    norma_de_la_asociacion(contexto, norma_id)
    return texto_vigente(versiones_de_la_norma(db, norma_id), al or fecha_de_hoy())


def historia_de(contexto: Contexto, norma_id: int, numero: str) -> list[VersionArticulo]:
    db = contexto.db
    norma_de_la_asociacion(contexto, norma_id)
    return historia(versiones_de_la_norma(db, norma_id), numero)


def diferencias(anterior: VersionArticulo, nueva: VersionArticulo) -> list[tuple[str, str, str]]:
    return comparar(anterior.texto, nueva.texto)


def listar_reformas(contexto: Contexto, norma_id: int) -> list[FilaReforma]:
    db = contexto.db
    norma_de_la_asociacion(contexto, norma_id)
    return tabla_normas.reformas(db, norma_id)


_CITA = re.compile(r"art(?:[íi]culo|\.)?\s*(\d+(?:\s+(?:bis|ter|quater))?)", re.IGNORECASE)


def buscar_cita(contexto: Contexto, cita: str | None, al: date | None = None) -> VersionArticulo | None:
    """«Reglamento de cuotas (2002), art. 3» -> el texto de ese artículo vigente; None si no se encuentra.

    La norma se reconoce porque su título aparece en la cita; si no, se usa el estatuto.
    """
    if not cita:
        return None
    numero = _CITA.search(cita)
    if not numero:
        return None
    todas = listar_normas(contexto)
    if not todas:
        return None
    clave = normalizar(cita)
    norma = next((n for n in sorted(todas, key=lambda n: -len(n["titulo"])) if normalizar(n["titulo"]) in clave), None)
    if norma is None:
        tipo = "reglamento" if "reglamento" in clave else "estatuto"
        norma = next((n for n in todas if n["tipo"] == tipo), None)
    if norma is None:
        return None
    buscado = " ".join(numero[1].lower().split())
    return next((v for v in texto_en(contexto, norma["id"], al) if v.numero == buscado), None)


def numero_de_la_reforma(db: BaseDeDatos, reforma_id: int) -> str:
    """Cómo se nombra la reforma en «--por-reforma»: su número entre las de su norma (el texto original es la 0);
    la de otra norma que el estatuto, con su título delante («Reglamento de cuotas:1»)."""
    fila = tabla_normas.reforma(db, reforma_id)
    if fila is None:
        return str(reforma_id)
    numero = [r["id"] for r in tabla_normas.reformas(db, fila["norma_id"])].index(reforma_id)
    normas = tabla_normas.normas(db, fila["asociacion_id"])
    estatutos = [n for n in normas if n["tipo"] == "estatuto"]
    por_omision = estatutos[0] if len(estatutos) == 1 else normas[0]
    return str(numero) if por_omision["id"] == fila["norma_id"] else f"{fila['norma']}:{numero}"
