"""Registrar el plan de un extracto bancario (issue 47): todos los pagos con sus recibos en UNA transacción, o
ninguno; y guardar después sus recibos en PDF en una carpeta, sin reemplazar ningún archivo.

Dentro de la transacción de escritura (la base tomada: otra importación del mismo archivo, a la vez, espera) se
vuelve a leer qué líneas ya están registradas: las que otra importación registró mientras tanto no se registran
otra vez (se informan). Lo demás lo registra `servicios.pagos_en_lote.registrar_pagos`, con las mismas reglas que un pago
de a uno; si una línea no se puede registrar no se registra ninguna, y el mensaje dice su fila. Cada línea
registrada queda con su huella en `lineas_de_extracto`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..dominio.nombres_de_archivo import nombre_valido_en_windows
from ..datos import extractos as tabla_extractos
from ..datos.conexion import transaccion
from ..dominio import formato
from ..dominio.huellas_de_extracto import huellas_anteriores
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion
from .contexto import Contexto
from .extractos import PlanDeExtracto, LineaDelPlan
from .pagos import PagoRegistrado
from .pagos_en_lote import registrar_pagos

# progreso(etapa, hecho, total), como la importación del padrón; puede lanzar Cancelado.
Progreso = Callable[[str, int, int | None], None]


@dataclass
class PagoDeExtracto:
    """Una línea registrada: su fila, el miembro, lo que dice el banco (importe y moneda) y el pago con su recibo."""

    fila: int
    miembro_id: int
    miembro: str
    importe: int
    moneda: str
    pago: PagoRegistrado


@dataclass
class ResultadoDeExtracto:
    registrados: list[PagoDeExtracto] = field(default_factory=list)
    # Las que otra importación registró entre el plan y la escritura: no se registraron otra vez.
    ya_registradas: list[int] = field(default_factory=list)
    sin_registrar: list[int] = field(default_factory=list)   # las dudosas y con problema que se dejaron

    def resumen(self) -> str:
        if not self.registrados:
            texto = traducir("No se registró ningún pago")
        elif len(self.registrados) == 1:
            texto = traducir("Se registró 1 pago, con el recibo {0}").format(self.registrados[0].pago.recibo)
        else:
            texto = traducir("Se registraron {0} pagos, con los recibos {1} a {2}").format(
                formato.numero(len(self.registrados)), self.registrados[0].pago.recibo,
                self.registrados[-1].pago.recibo)
        if self.ya_registradas:
            texto += "; " + traducir("{0} líneas ya las había registrado otra importación mientras tanto (filas {1})") \
                .format(len(self.ya_registradas), _filas(self.ya_registradas))
        if self.sin_registrar:
            texto += "; " + traducir("{0} líneas dudosas o con problemas quedaron sin registrar (filas {1})").format(
                len(self.sin_registrar), _filas(self.sin_registrar))
        return texto + "."


def _filas(filas: list[int], maximo: int = 12) -> str:
    texto = ", ".join(str(f) for f in filas[:maximo])
    return texto + ("…" if len(filas) > maximo else "")


def preguntas_sin_resolver(plan: PlanDeExtracto) -> list[LineaDelPlan]:
    return [linea for linea in plan.lineas if linea.pregunta]


def error_por_preguntas(plan: PlanDeExtracto) -> ErrorValidacion:
    """Lo que falta resolver antes de registrar, una línea cada pregunta."""
    preguntas = preguntas_sin_resolver(plan)
    lineas = [traducir("fila {0}: {1}").format(p.fila, p.motivo) for p in preguntas[:50]]
    if len(preguntas) > 50:
        lineas.append(traducir("… y {0} más.").format(len(preguntas) - 50))
    return ErrorValidacion(traducir("No se registró nada: {0} líneas de {1} esperan una respuesta.").format(
        len(preguntas), plan.archivo) + "\n" + "\n".join(f"  - {t}" for t in lineas), lineas)


def registrar_extracto(contexto: Contexto, plan: PlanDeExtracto, *, omitir_dudosas: bool = False) -> ResultadoDeExtracto:
    """Registra las líneas seguras y las elegidas del plan, todas o ninguna, con su recibo cada una. Si quedan
    líneas dudosas o con problemas, ErrorValidacion con cada una y no se registra nada; con `omitir_dudosas`, esas
    quedan sin registrar (otra importación del mismo archivo las vuelve a preguntar)."""
    preguntas = preguntas_sin_resolver(plan)
    if preguntas and not omitir_dudosas:
        raise error_por_preguntas(plan)
    resultado = ResultadoDeExtracto(sin_registrar=[p.fila for p in preguntas])
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):
        importadas = tabla_extractos.hay_lineas(db, asociacion_id)   # con la base tomada
        # El plan no las calculó si entonces no había nada importado (dominio.huellas_de_extracto.huellas_anteriores).
        anteriores = ([l.huella_anterior for l in plan.lineas] if not importadas or all(
            l.huella_anterior for l in plan.lineas) else huellas_anteriores([l.linea for l in plan.lineas]))
        registradas = tabla_extractos.lineas_registradas(
            db, asociacion_id, {*(l.huella for l in plan.lineas), *anteriores} - {""}) if importadas else {}
        lineas = []
        for linea, anterior in zip(plan.lineas, anteriores):
            if not linea.a_registrar:
                continue
            if linea.huella in registradas or anterior in registradas:
                resultado.ya_registradas.append(linea.fila)
            else:
                lineas.append(linea)
        if not lineas:
            return resultado
        # Un miembro que se eliminó entre el plan y ahora (otra ventana): nada se registra, y se dice qué fila.
        vigentes = {fila[0] for fila in tabla_extractos.miembros_para_conciliar(db, asociacion_id)}
        perdidas = [linea for linea in lineas if linea.miembro_id not in vigentes]
        if perdidas:
            raise ErrorValidacion(traducir("No se registró ningún pago.") + "\n" + "\n".join(
                "  - " + traducir("fila {0}: el miembro {1} ya no está en la asociación (se eliminó mientras se "
                                  "revisaba el extracto); vuelva a importar el archivo").format(
                    linea.fila, linea.miembro or linea.miembro_id) for linea in perdidas))
        filas = {id(linea.nuevo): linea.fila for linea in lineas}
        pagos = registrar_pagos(contexto, [linea.nuevo for linea in lineas], nombrar=lambda _, nuevo: traducir(
            "Fila {0} de {1}:").format(filas[id(nuevo)], plan.archivo))
        tabla_extractos.insertar_lineas(db, [
            (asociacion_id, linea.huella, pago.pago_id, plan.archivo, linea.fila, linea.linea.fecha.isoformat(),
             linea.linea.importe, linea.linea.moneda, linea.linea.descripcion or None,
             "a_mano" if linea.asignada else linea.propuesta.motivo)
            for linea, pago in zip(lineas, pagos)])
    resultado.registrados = [PagoDeExtracto(linea.fila, linea.miembro_id, plan.miembros.get(linea.miembro_id, ""),
                                            linea.linea.importe, linea.linea.moneda, pago)
                             for linea, pago in zip(lineas, pagos)]
    return resultado


# --- los recibos -----------------------------------------------------------------------------------------------

def _libre(carpeta: Path, nombre: str) -> Path:
    """`carpeta/nombre`, o «nombre (2).pdf», «(3)»… si ya existe: nunca se reemplaza un archivo."""
    ruta = carpeta / nombre
    numero = 2
    while ruta.exists():
        ruta = carpeta / f"{Path(nombre).stem} ({numero}){Path(nombre).suffix}"
        numero += 1
    return ruta


def comprobar_carpeta(carpeta: Path | str) -> Path:
    """La carpeta donde irán los recibos: existe (o se crea) y se puede escribir en ella; ErrorEscritorio si no."""
    from ..salida import comprobar_nombre, mensaje_de_oserror

    carpeta = Path(carpeta)
    # Cada carpeta del camino con un nombre posible, como cualquier otro archivo de salida: un nombre con una secuencia
    # de la terminal se rechaza antes de registrar nada, no se crea ni se repite en la salida (issue 77, §5).
    for parte in (carpeta, *carpeta.parents):
        if parte.name:
            comprobar_nombre(parte, traducir("los recibos"), traducir("no se registró nada"))
    try:
        carpeta.mkdir(parents=True, exist_ok=True)
        prueba = _libre(carpeta, ".escritorio-prueba")
        prueba.touch(exist_ok=False)
        prueba.unlink()
    except OSError as error:
        raise ErrorEscritorio(traducir("No se pueden guardar los recibos en {0}: {1}").format(
            carpeta, mensaje_de_oserror(error, carpeta))) from None
    return carpeta


def guardar_recibos(contexto: Contexto, pagos: list[PagoRegistrado], carpeta: Path | str,
                    progreso: Progreso | None = None) -> list[Path]:
    """El recibo en PDF de cada pago en `carpeta` («recibo-0015-2026.pdf»; si ya hay uno con ese nombre, «… (2)»):
    el original la primera vez que sale, como `pagos recibo`. Devuelve las rutas escritas; si uno falla, los
    anteriores quedan y ErrorEscritorio dice cuál y por qué."""
    from .informes_cuotas import imprimir_recibo

    carpeta = comprobar_carpeta(carpeta)
    escritos = []
    for hecho, pago in enumerate(pagos):
        if progreso is not None:
            progreso("generando", hecho, len(pagos))
        ruta = _libre(carpeta, nombre_valido_en_windows(f"recibo-{pago.recibo}.pdf"))
        try:
            imprimir_recibo(contexto, pago.pago_id, ruta)
        except (ErrorEscritorio, OSError) as error:
            ruta.unlink(missing_ok=True)
            motivo = error.mensaje if isinstance(error, ErrorEscritorio) else str(error)
            raise ErrorEscritorio(traducir(
                "Se guardaron {0} recibos de {1} en {2}; el del recibo {3} no se pudo escribir: {4}").format(
                len(escritos), len(pagos), carpeta, pago.recibo, motivo)) from None
        escritos.append(ruta)
    if progreso is not None:
        progreso("generando", len(pagos), len(pagos))
    return escritos
