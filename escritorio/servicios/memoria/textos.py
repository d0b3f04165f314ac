"""Lo que la secretaría escribe para la memoria de un año: la introducción y las secciones de texto libre (con su
título, su texto y dónde van: después de una sección del programa o al final). Se guardan en la base por asociación
y año (migración 0030) con su bitácora; la ventana (Documentos › Memoria anual…) y la línea de órdenes («memoria
texto», «memoria seccion»…) llaman a estas funciones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from ...datos import memoria as tabla_memoria
from ...datos.conexion import transaccion
from ...dominio.entrada import muestra
from ...dominio.traduccion import traducir
from ...errores import ErrorEscritorio, ErrorValidacion, ProblemaDeCampo
from ..campos import LARGO_DOCUMENTO, LARGO_NOMBRE, Revision
from ..conflictos import exigir_sin_cambios
from ..contexto import Contexto
from .secciones import CLAVES, titulo_de


class SeccionPropia(TypedDict):
    """Una sección de texto libre de la memoria de un año."""

    id: int
    memoria_id: int
    posicion: int
    titulo: str
    texto: str
    despues_de: str | None     # la clave de una sección del programa; None: al final


@dataclass
class TextosDeLaMemoria:
    anio: int
    introduccion: str | None = None
    secciones: list[SeccionPropia] = field(default_factory=list)


def _anio(valor: object) -> int:
    from ...dominio.entrada import ANIOS_HACIA_ADELANTE
    from ..cuotas import anio_de_trabajo

    return anio_de_trabajo(valor, adelante=ANIOS_HACIA_ADELANTE, no_se_hizo=traducir("No se guardó nada"))


def textos_de_la_memoria(contexto: Contexto, anio: object) -> TextosDeLaMemoria:
    anio = _anio(anio)
    fila = tabla_memoria.memoria(contexto.db, contexto.asociacion_id, anio)
    if fila is None:
        return TextosDeLaMemoria(anio)
    return TextosDeLaMemoria(anio, fila["introduccion"], tabla_memoria.secciones(contexto.db, fila["id"]))


def anios_con_textos(contexto: Contexto) -> list[int]:
    return tabla_memoria.anios_con_textos(contexto.db, contexto.asociacion_id)


def _memoria_id(contexto: Contexto, anio: int) -> int:
    """La fila de la memoria del año (se crea la primera vez que se escribe algo), dentro de la transacción."""
    fila = tabla_memoria.memoria(contexto.db, contexto.asociacion_id, anio)
    return fila["id"] if fila else tabla_memoria.crear_memoria(contexto.db, contexto.asociacion_id, anio)


_SIN_COMPARAR = object()


def fijar_introduccion(contexto: Contexto, anio: object, texto: str | None,
                       leida: str | None | object = _SIN_COMPARAR) -> str | None:
    """La introducción de la memoria del año (un texto vacío la quita). Devuelve la que queda. `leida`: la
    introducción como estaba al abrirla la ventana; si otro programa la cambió entretanto, ErrorConflicto (con la
    actual en `.actual["introduccion"]`, para sobrescribir a sabiendas pasándola como `leida`)."""
    anio = _anio(anio)
    revision = Revision()
    limpio = revision.texto(traducir("Introducción"), texto, maximo=LARGO_DOCUMENTO, multilinea=True,
                            obligatorio=False, clave="introduccion")
    revision.lanzar(traducir("No se guardó la introducción:"))
    limpio = limpio or None
    with transaccion(contexto.db):
        if leida is not _SIN_COMPARAR:
            fila = tabla_memoria.memoria(contexto.db, contexto.asociacion_id, anio)
            exigir_sin_cambios({"introduccion": leida}, {"introduccion": fila["introduccion"] if fila else None},
                               {"introduccion": traducir("Introducción")},
                               traducir("la introducción de la memoria {0}").format(anio),
                               {"introduccion": lambda v: muestra(v, 300) if v else traducir("(vacío)")})
        tabla_memoria.fijar_introduccion(contexto.db, _memoria_id(contexto, anio), limpio)
    return limpio


def _revisar_seccion(titulo: object, texto: object, despues_de: str | None, que: str) -> tuple[str, str, str | None]:
    revision = Revision()
    titulo = revision.texto(traducir("Título"), titulo, maximo=LARGO_NOMBRE, clave="titulo")
    texto = revision.texto(traducir("Texto"), texto, maximo=LARGO_DOCUMENTO, multilinea=True, clave="texto")
    despues_de = (despues_de or "").strip() or None
    if despues_de is not None and despues_de not in CLAVES:
        revision.problemas.append(ProblemaDeCampo("despues_de", traducir(
            "Después de: «{0}» no es una sección de la memoria; use {1} (o nada: al final).").format(
            despues_de, ", ".join(CLAVES))))
    revision.lanzar(que)
    return titulo, texto, despues_de


def agregar_seccion(contexto: Contexto, anio: object, titulo: str, texto: str, despues_de: str | None = None) -> int:
    """Una sección de texto libre en la memoria del año, después de la sección del programa `despues_de` (su clave:
    `memoria.secciones.CLAVES`) o, sin ella, al final. Devuelve su número."""
    anio = _anio(anio)
    titulo, texto, despues_de = _revisar_seccion(titulo, texto, despues_de, traducir("No se agregó la sección:"))
    with transaccion(contexto.db):
        return tabla_memoria.insertar_seccion(contexto.db, _memoria_id(contexto, anio), titulo, texto, despues_de)


def seccion_de(contexto: Contexto, seccion_id: int) -> SeccionPropia:
    fila = tabla_memoria.seccion(contexto.db, seccion_id)
    if fila is None or fila["asociacion_id"] != contexto.asociacion_id:
        raise ErrorEscritorio(traducir("No existe la sección {0} en las memorias de esta asociación (los números se "
                                       "ven con «memoria textos AÑO»).").format(seccion_id))
    return {clave: fila[clave] for clave in SeccionPropia.__annotations__}


def editar_seccion(contexto: Contexto, seccion_id: int, titulo: str, texto: str, despues_de: str | None,
                   leida: SeccionPropia | None = None) -> None:
    """`leida`: la sección como estaba al abrir el formulario; si otro programa la corrigió entretanto,
    ErrorConflicto (con la actual en `.actual`, para sobrescribir a sabiendas pasándola como `leida`)."""
    titulo, texto, despues_de = _revisar_seccion(titulo, texto, despues_de, traducir("No se guardó la sección:"))
    with transaccion(contexto.db):   # leída con la base tomada: otra ventana pudo quitarla
        actual = seccion_de(contexto, seccion_id)
        exigir_sin_cambios(leida, actual, {"titulo": traducir("Título"), "texto": traducir("Texto"),
                                           "despues_de": traducir("Va")},
                           traducir("la sección «{0}» de la memoria").format(muestra(actual["titulo"], 80)),
                           {"texto": lambda v: muestra(v, 300) if v else traducir("(vacío)"),
                            "despues_de": lambda v: lugar_en_palabras(v)})
        tabla_memoria.actualizar_seccion(contexto.db, seccion_id, titulo, texto, despues_de)


def quitar_seccion(contexto: Contexto, seccion_id: int) -> SeccionPropia:
    """Quita la sección (la bitácora guarda lo que decía) y devuelve cómo era."""
    with transaccion(contexto.db):
        seccion = seccion_de(contexto, seccion_id)
        tabla_memoria.quitar_seccion(contexto.db, seccion_id)
    return seccion


def mover_seccion(contexto: Contexto, seccion_id: int, hacia: int) -> None:
    """Cambia el orden de la sección con la anterior (`hacia` -1) o la siguiente (+1) de la misma memoria."""
    with transaccion(contexto.db):
        seccion = seccion_de(contexto, seccion_id)
        lista = tabla_memoria.secciones(contexto.db, seccion["memoria_id"])
        indice = next(i for i, s in enumerate(lista) if s["id"] == seccion_id)
        otro = indice + (1 if hacia > 0 else -1)
        if not 0 <= otro < len(lista):
            raise ErrorEscritorio(traducir("La sección «{0}» ya es la {1}.").format(
                seccion["titulo"], traducir("primera") if otro < 0 else traducir("última")))
        lista[indice], lista[otro] = lista[otro], lista[indice]
        for posicion, s in enumerate(lista, start=1):
            if s["posicion"] != posicion:
                tabla_memoria.fijar_posicion(contexto.db, s["id"], posicion)


def lugar_en_palabras(despues_de: str | None) -> str:
    """«después de Miembros» o «al final», en el idioma en curso."""
    if despues_de in CLAVES:
        return traducir("después de «{0}»").format(titulo_de(despues_de))
    return traducir("al final")


def leer_texto(ruta: Path | str, que: str) -> str:
    """El texto de un archivo (UTF-8; o Latin-1 si no lo es, como lo guarda un Bloc de notas viejo), para la
    introducción o una sección. ErrorValidacion con el archivo y qué hacer si no se puede leer."""
    ruta = Path(ruta)
    try:
        if ruta.is_dir():
            raise ErrorValidacion(traducir("{0} es una carpeta: indique el archivo de texto con {1}.").format(ruta, que))
        datos = ruta.read_bytes()
    except OSError as error:
        from ...salida import motivo_del_sistema

        raise ErrorValidacion(traducir("No se pudo leer {0} ({1}): no se guardó nada.").format(
            ruta, motivo_del_sistema(error))) from None
    if datos.startswith(b"\xef\xbb\xbf"):
        datos = datos[3:]
    try:
        return datos.decode("utf-8")
    except UnicodeDecodeError:
        if b"\x00" in datos:
            raise ErrorValidacion(traducir("{0} no es un archivo de texto: guarde {1} como texto (.txt, UTF-8).").format(
                ruta.name, que)) from None
        return datos.decode("latin-1")
