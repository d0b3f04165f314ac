"""El plan de trabajo de las unidades temáticas después de agregar una actividad (eso está en `unidades.py`): verlo
por año, corregir una actividad, hacerla avanzar (prevista → en curso → realizada o cancelada), registrar su informe
(el resultado y, si se quiere, el informe en PDF, guardado con su SHA-256) y ver lo atrasado de toda la red.

La ventana (Unidades temáticas) y la línea de órdenes («unidades …») llaman a estas mismas funciones.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypedDict

from ..datos import unidades as tabla_unidades
from ..datos.conexion import transaccion
from ..dominio import formato
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio.unidades import (ACCIONES_ACTIVIDAD, ESTADOS_ACTIVIDAD, TRANSICIONES_ACTIVIDAD, atrasada,
                                puede_pasar, toca_el_anio)
from ..errores import ErrorEscritorio, ErrorValidacion, ProblemaDeCampo
from .base import hoy as fecha_de_hoy
from .campos import LARGO_LARGO, LARGO_NOMBRE, texto as texto_revisado
from .conflictos import exigir_sin_cambios
from .contexto import Contexto
from .unidades import Actividad, NuevaActividad, actividades_de, exigir_responsable, revisar_actividad

# Un informe en PDF más grande no se guarda en la base (la engordaría, y a cada respaldo): 20 MB alcanzan para un
# informe con fotos; uno más pesado se achica antes o se guarda fuera y se cita en el resultado.
PESO_MAXIMO_DEL_INFORME = 20 * 1024 * 1024


class ActividadDeLaRed(Actividad):
    """Una actividad con el nombre de su unidad (la lista de lo atrasado abarca todas las unidades)."""

    unidad: str


class InformeDeActividad(Actividad):
    """Una actividad de la asociación con su unidad; la lee quien la edita o registra su informe."""

    asociacion_id: int
    unidad: str


@dataclass
class PlanDelAnio:
    """El plan de una unidad en un año (o entero, con `anio` None)."""

    anio: int | None
    actividades: list[Actividad]
    atrasadas: set[int] = field(default_factory=set)   # ids de las abiertas que ya debían haber terminado
    sin_fecha: int = 0            # con un año elegido, cuántas actividades sin fechas no se listan
    anios: list[int] = field(default_factory=list)     # los años en que la unidad tiene actividades


def _anios(actividades: list[Actividad]) -> list[int]:
    anios: set[int] = set()
    for a in actividades:
        fechas = [int(f[:4]) for f in (a["desde"], a["hasta"]) if f]
        if fechas:
            anios.update(range(min(fechas), max(fechas) + 1))
    return sorted(anios)


def plan_del_anio(contexto: Contexto, unidad_id: int, anio: object = None, al: date | None = None) -> PlanDelAnio:
    """Las actividades de la unidad que ocurren (aunque sea en parte) en `anio` (un año, o escrito: «2026»); todas
    si `anio` es None. Las atrasadas se cuentan al día `al` (hoy)."""
    from ..dominio.entrada import ANIOS_HACIA_ADELANTE
    from .cuotas import anio_de_trabajo

    if anio is not None:
        anio = anio_de_trabajo(anio, adelante=ANIOS_HACIA_ADELANTE, no_se_hizo=traducir("No se listó nada"))
    todas = actividades_de(contexto, unidad_id)
    dia = (al or fecha_de_hoy()).isoformat()
    elegidas = todas if anio is None else [a for a in todas if toca_el_anio(a["desde"], a["hasta"], anio)]
    sin_fecha = 0 if anio is None else sum(1 for a in todas if not a["desde"] and not a["hasta"])
    return PlanDelAnio(anio, elegidas, {a["id"] for a in elegidas if atrasada(a["estado"], a["desde"], a["hasta"], dia)},
                       sin_fecha, _anios(todas))


def actividades_atrasadas(contexto: Contexto, al: date | None = None) -> list[ActividadDeLaRed]:
    """Las actividades de todas las unidades que siguen previstas o en curso después del día en que debían
    terminar (al `al`, hoy), de la más vieja a la más nueva."""
    dia = (al or fecha_de_hoy()).isoformat()
    filas = tabla_unidades.actividades_de_la_asociacion(contexto.db, contexto.asociacion_id)
    atrasadas = [a for a in filas if atrasada(a["estado"], a["desde"], a["hasta"], dia)]
    return sorted(atrasadas, key=lambda a: (a["hasta"] or a["desde"], a["id"]))


def actividades_de_la_red(contexto: Contexto) -> list[ActividadDeLaRed]:
    """Las actividades de todas las unidades temáticas de la asociación, por fecha."""
    return tabla_unidades.actividades_de_la_asociacion(contexto.db, contexto.asociacion_id)


def actividad_de(contexto: Contexto, actividad_id: int) -> InformeDeActividad:
    """La actividad, si es de una unidad de la asociación; si no, el error que lo dice."""
    fila = tabla_unidades.actividad(contexto.db, actividad_id)
    if fila is None or fila["asociacion_id"] != contexto.asociacion_id:
        raise ErrorEscritorio(traducir("No existe la actividad {0} en esta asociación (los números se ven con "
                                       "«unidades actividades UNIDAD»).").format(actividad_id))
    return fila


def _rotulos() -> dict[str, str]:
    return {"titulo": traducir("Título"), "desde": traducir("Desde"), "hasta": traducir("Hasta"),
            "responsable_id": traducir("Responsable"), "resultado": traducir("Resultado"),
            "estado": traducir("Estado")}


def editar_actividad(contexto: Contexto, actividad_id: int, cambiada: NuevaActividad,
                     leida: dict | None = None) -> None:
    """Corrige título, fechas, responsable y resultado (el estado cambia con `cambiar_estado`: tiene su orden).
    `leida`: la actividad como la mostró el formulario; si otro programa la cambió entretanto, ErrorConflicto y no
    se guarda nada."""
    db = contexto.db
    actual = actividad_de(contexto, actividad_id)
    titulo, resultado = revisar_actividad(NuevaActividad(
        cambiada.titulo, cambiada.desde, cambiada.hasta, actual["estado"], cambiada.responsable_id, cambiada.resultado),
        traducir("No se guardó la actividad:"))
    desde = cambiada.desde.isoformat() if cambiada.desde else None
    hasta = cambiada.hasta.isoformat() if cambiada.hasta else None
    if actual["estado"] == "realizada" and not desde and not hasta:
        raise ErrorValidacion(traducir("Una actividad realizada conserva su fecha: indique cuándo fue."),
                              [ProblemaDeCampo("hasta", traducir("Indique cuándo fue la actividad realizada."))])
    with transaccion(db):   # leída otra vez con la base tomada: lo que se compara es lo de ahora
        actual = actividad_de(contexto, actividad_id)
        exigir_sin_cambios(leida, actual, _rotulos(), traducir("la actividad «{0}»").format(actual["titulo"]))
        exigir_responsable(contexto, cambiada.responsable_id)
        tabla_unidades.actualizar_actividad(db, actividad_id, titulo, desde, hasta, cambiada.responsable_id, resultado)


def accion_en_palabras(desde: str, hacia: str) -> str:
    """«Empezar», «Marcar realizada»…: el paso de `desde` a `hacia` en el idioma en curso."""
    return traducir(ACCIONES_ACTIVIDAD[(desde, hacia)])


def pasos_posibles(estado: str) -> list[tuple[str, str]]:
    """[(estado al que puede pasar, la acción en palabras del idioma en curso)] desde `estado`."""
    return [(hacia, accion_en_palabras(estado, hacia)) for hacia in TRANSICIONES_ACTIVIDAD.get(estado, ())]


def _estado(codigo: str) -> str:
    return traducir(ESTADOS_ACTIVIDAD.get(codigo, codigo))


def cambiar_estado(contexto: Contexto, actividad_id: int, estado: str, fecha: date | None = None) -> str:
    """Hace avanzar la actividad a `estado` si su orden lo permite (prevista → en curso → realizada o cancelada; una
    realizada se reabre, una cancelada se retoma). Una realizada tiene fecha: la que tenga, o `fecha` (que además pasa
    a ser su «hasta»). Devuelve el estado anterior."""
    db = contexto.db
    if estado not in ESTADOS_ACTIVIDAD:
        raise ErrorValidacion(traducir("Estado «{0}» desconocido; use {1}.").format(estado, ", ".join(ESTADOS_ACTIVIDAD)),
                              [ProblemaDeCampo("estado", traducir("Estado «{0}» desconocido.").format(estado))])
    hasta = None
    if fecha is not None:
        from .campos import fecha as fecha_revisada

        hasta = fecha_revisada(traducir("Fecha"), fecha, futura=True).isoformat()
    with transaccion(db):   # el estado de ahora, con la base tomada: otra ventana pudo cambiarlo recién
        actual = actividad_de(contexto, actividad_id)
        anterior = actual["estado"]
        if anterior == estado:
            raise ErrorEscritorio(traducir("La actividad «{0}» ya está {1}.").format(
                actual["titulo"], _estado(estado).lower()))
        if not puede_pasar(anterior, estado):
            posibles = ", ".join(_estado(e).lower() for e in TRANSICIONES_ACTIVIDAD.get(anterior, ()))
            raise ErrorEscritorio(traducir("La actividad «{0}» está {1}: no pasa a {2}. Desde ahí puede pasar a: "
                                           "{3}.").format(actual["titulo"], _estado(anterior).lower(),
                                                          _estado(estado).lower(), posibles))
        if hasta is not None and actual["desde"] and hasta < actual["desde"]:
            raise ErrorValidacion(traducir("La actividad termina antes de empezar: empieza el {0}.").format(
                formato.fecha(actual["desde"])), [ProblemaDeCampo("fecha", traducir(
                    "La actividad termina antes de empezar."))])
        if estado == "realizada" and hasta is None and not actual["desde"] and not actual["hasta"]:
            raise ErrorValidacion(traducir("Para marcarla realizada, indique cuándo fue: la actividad «{0}» no tiene "
                                           "fechas (con --fecha en la línea de órdenes).").format(actual["titulo"]),
                                  [ProblemaDeCampo("fecha", traducir("Indique cuándo fue la actividad."))])
        tabla_unidades.fijar_estado(db, actividad_id, estado, hasta)
    return anterior


@dataclass
class InformeRegistrado:
    actividad_id: int
    resultado: str | None
    informe_id: int | None     # el PDF adjuntado ahora, si se adjuntó uno
    sha256: str | None


def leer_pdf_del_informe(ruta: Path | str) -> tuple[str, bytes]:
    """(nombre, contenido) del PDF que se quiere adjuntar; ErrorValidacion (campo «pdf») si no se puede leer, no es
    un PDF o pesa demasiado. Se lee antes de abrir la transacción."""
    ruta = Path(ruta)

    def problema(mensaje: str) -> ErrorValidacion:
        return ErrorValidacion(mensaje, [ProblemaDeCampo("pdf", mensaje)])

    try:
        if ruta.is_dir():
            raise problema(traducir("{0} es una carpeta: elija el archivo PDF del informe.").format(ruta))
        tamano = ruta.stat().st_size
        if tamano > PESO_MAXIMO_DEL_INFORME:
            raise problema(traducir("{0} pesa {1} MB; el informe adjunto puede pesar hasta {2} MB. Achíquelo (por "
                                    "ejemplo, con las fotos en menor resolución) o guárdelo aparte y cítelo en el "
                                    "resultado.").format(ruta.name, formato.numero(tamano // (1024 * 1024)),
                                                         formato.numero(PESO_MAXIMO_DEL_INFORME // (1024 * 1024))))
        contenido = ruta.read_bytes()
    except OSError as error:
        from ..salida import motivo_del_sistema

        raise problema(traducir("No se pudo leer {0} ({1}): no se guardó nada.").format(
            ruta, motivo_del_sistema(error))) from None
    if not contenido.startswith(b"%PDF-"):
        raise problema(traducir("{0} no es un PDF (no empieza con «%PDF-»): adjunte el informe en PDF.").format(
            ruta.name))
    return ruta.name, contenido


def registrar_informe(contexto: Contexto, actividad_id: int, resultado: str | None = None, *,
                      pdf: tuple[str, bytes] | None = None, cambiar_resultado: bool = True,
                      leida: dict | None = None) -> InformeRegistrado:
    """El informe de la actividad: su resultado (el texto; con `cambiar_resultado` False queda el que tenía) y, si
    se da `pdf` (nombre, contenido: `leer_pdf_del_informe`), el informe en PDF guardado entero con su SHA-256. Un
    PDF nuevo no reemplaza al anterior: se agrega y pasa a ser el vigente (el anterior queda, con su huella). Todo
    en una transacción. `leida`: la actividad como la mostró el formulario; si otro programa cambió su resultado
    entretanto, ErrorConflicto y no se guarda nada."""
    db = contexto.db
    texto = texto_revisado(traducir("Resultado"), resultado, maximo=LARGO_LARGO, multilinea=True,
                           obligatorio=False) if cambiar_resultado else None
    if cambiar_resultado and texto is not None and not texto.strip():
        texto = None
    nombre = None
    if pdf is not None:
        nombre = texto_revisado(traducir("Nombre del archivo"), pdf[0], maximo=LARGO_NOMBRE)
        if not pdf[1].startswith(b"%PDF-"):
            raise ErrorValidacion(traducir("El informe adjunto debe ser un PDF."),
                                  [ProblemaDeCampo("pdf", traducir("El informe adjunto debe ser un PDF."))])
    if not cambiar_resultado and pdf is None:
        raise ErrorEscritorio(traducir("No hay nada que registrar: escriba el resultado o adjunte el informe en PDF."))
    sha256 = hashlib.sha256(pdf[1]).hexdigest() if pdf is not None else None
    with transaccion(db):   # la actividad, con la base tomada
        actual = actividad_de(contexto, actividad_id)
        if cambiar_resultado:
            exigir_sin_cambios(leida, actual, {"resultado": traducir("Resultado")},
                               traducir("la actividad «{0}»").format(actual["titulo"]))
            tabla_unidades.fijar_resultado(db, actividad_id, texto)
        informe_id = tabla_unidades.insertar_informe(db, actividad_id, nombre, sha256, pdf[1]) if pdf else None
    return InformeRegistrado(actividad_id, texto if cambiar_resultado else actual["resultado"], informe_id, sha256)


class InformeAdjunto(TypedDict):
    """Un informe en PDF adjuntado a una actividad (sin el PDF)."""

    id: int
    actividad_id: int
    nombre: str
    sha256: str
    adjuntado_en: str
    bytes: int


def informes_de(contexto: Contexto, actividad_id: int) -> list[InformeAdjunto]:
    """Los informes en PDF adjuntados a la actividad, del primero al vigente (nombre, SHA-256, cuándo, bytes)."""
    actividad_de(contexto, actividad_id)
    return tabla_unidades.informes(contexto.db, actividad_id)


def guardar_copia_del_informe(contexto: Contexto, actividad_id: int, ruta: Path | str, *,
                              informe_id: int | None = None, reemplazar: bool = False) -> str:
    """Escribe en `ruta` una copia del informe en PDF de la actividad (el vigente, o `informe_id`), comprobando antes
    que su contenido sigue dando el SHA-256 anotado. Devuelve esa huella. No reemplaza un archivo existente salvo
    que se pida."""
    from ..salida import comprobar_salida, escribir_sin_pisar

    actividad = actividad_de(contexto, actividad_id)
    lista = tabla_unidades.informes(contexto.db, actividad_id)
    elegido = next((i for i in lista if i["id"] == informe_id), None) if informe_id is not None else \
        (lista[-1] if lista else None)
    if elegido is None:
        raise ErrorEscritorio(traducir("La actividad «{0}» no tiene informe en PDF adjunto.").format(
            actividad["titulo"]) if informe_id is None else traducir(
            "La actividad «{0}» no tiene el informe {1}.").format(actividad["titulo"], informe_id))
    que, sin_hacer = traducir("la copia del informe"), traducir("no se escribió la copia")
    destino = comprobar_salida(ruta, ".pdf", que, reemplazar=reemplazar, sin_hacer=sin_hacer)
    contenido, anotada = tabla_unidades.pdf_del_informe(contexto.db, elegido["id"])
    if hashlib.sha256(contenido).hexdigest() != anotada:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("El informe «{0}» guardado en la base ya no da su huella SHA-256 anotada ({1}): fue "
                             "alterado por fuera del programa. No se escribió la copia; revise la base en el menú "
                             "Archivo, «Verificar la base…»."),
            linea=traducir("El informe «{0}» guardado en la base ya no da su huella SHA-256 anotada ({1}): fue "
                           "alterado por fuera del programa. No se escribió la copia; revise la base con «escritorio "
                           "verificar».")).format(elegido["nombre"], anotada))
    escribir_sin_pisar(destino, contenido, que, reemplazar=reemplazar, sin_hacer=sin_hacer)
    return anotada
