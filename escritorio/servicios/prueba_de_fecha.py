"""Desde cuándo está probado que existía un registro de la bitácora (issue 77, §2).

Un sello de tiempo RFC 3161 prueba que la cadena tenía un sello con una huella **a la hora que firma la TSA, no
antes**. Quien rehízo la historia (cambió un acta aprobada el 20/05, recalculó los sellos) puede pedir a la misma TSA
sellos nuevos sobre la cadena rehecha: con eso `verificar` decía «sana» y el acta falsa «Auténtico y vigente». Aquí:

- un registro está probado desde el primer sello de tiempo sano que cubre su sello de la bitácora o uno posterior
  (la cadena encadena: lo que certifica la cabeza, certifica todo lo anterior);
- si esa hora es muy posterior (`TARDE`) a la que la base le da al registro (la de su sello de la bitácora, que
  escribe el programa de la oficina y puede escribir quien rehace la historia), el registro no tiene prueba de su
  fecha: `documento verificar` no lo llama «auténtico» (SIN_PRUEBA_DE_FECHA) y `verificar` lo avisa;
- un sello de tiempo con una hora anterior al sello que certifica es imposible: un problema.

Lo que esto no prueba ni pretende: que lo escrito antes del primer sello de tiempo sea lo que era (nada de afuera lo
cubría entonces); para eso están las anclas exportadas antes (docs/garantias.md, «Qué prueba cada ancla»).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from ..datos import sello_de_tiempo as datos
from ..datos.base_de_datos import BaseDeDatos
from ..dominio import formato
from ..dominio.traduccion import traducir
from .token_guardado import problema_del_token

# Un sello de tiempo se pide, como mucho, un día después de la escritura que cubre (sello_que_toca.CADA_CUANTO): dos
# días de margen. Lo que un sello de tiempo cubre recién después de eso no tiene prueba de su fecha.
TARDE = timedelta(days=2)
# Los relojes del equipo y de la TSA no coinciden al segundo.
ANTES_TOLERADO = timedelta(hours=1)


@dataclass(frozen=True)
class FechaProbada:
    """Del sello de la bitácora `sello_id`: la hora que le da la base y la del primer sello de tiempo sano que lo
    cubre (None: ninguno todavía)."""

    sello_id: int
    escrito_en: datetime | None
    probado_en: datetime | None
    tsa: str | None

    @property
    def tarde(self) -> bool:
        return (self.probado_en is not None and self.escrito_en is not None
                and self.probado_en - self.escrito_en > TARDE)


def momento_utc(texto: str | None) -> datetime | None:
    """Un momento guardado (ISO 8601, con o sin zona: sin ella es UTC) como datetime con zona; None si no se lee."""
    try:
        momento = datetime.fromisoformat(texto.replace(" ", "T")) if texto else None
    except ValueError:
        return None
    if momento is None:
        return None
    return momento if momento.tzinfo else momento.replace(tzinfo=timezone.utc)


def momento_del_sello(db: BaseDeDatos, sello_id: int) -> datetime | None:
    """La hora (UTC) que la base le da al sello de la bitácora."""
    return momento_utc(datos.momento_del_sello(db, sello_id))


def hay_sellos_de_tiempo(db: BaseDeDatos) -> bool:
    return datos.disponible(db) and datos.ultimo(db) is not None


def fecha_probada(db: BaseDeDatos, sello_id: int) -> FechaProbada | None:
    """Desde cuándo prueba un sello de tiempo que existía el sello `sello_id` de la bitácora; None si la base no
    guarda sellos de tiempo (la fecha la dice solo ella)."""
    if not hay_sellos_de_tiempo(db):
        return None
    configurado = datos.servidor(db)
    cubren = sorted((f for f in datos.sellos(db, con_token=True) if f["sello_id"] >= sello_id),
                    key=lambda f: (momento_utc(f["momento"]) or datetime.max.replace(tzinfo=timezone.utc)))
    for fila in cubren:   # el primero sano, en el orden de su hora
        if problema_del_token(db, fila, configurado)[0] is None:
            return FechaProbada(sello_id, momento_del_sello(db, sello_id), momento_utc(fila["momento"]), fila["tsa"])
    return FechaProbada(sello_id, momento_del_sello(db, sello_id), None, None)


def tramos_probados(db: BaseDeDatos, filas: list[dict]) -> list[str]:
    """Para `verificar`: desde cuándo está probada la bitácora, de `filas` (los sellos de tiempo, todos sanos)."""
    if not filas:
        return []
    ultimo = max(filas, key=lambda f: f["sello_id"])
    cabeza = datos.ultimo_sello_id(db)
    lineas = [traducir("Fecha probada: la bitácora hasta el sello {0} existía el {1} (sello de tiempo de {2}).").format(
        ultimo["sello_id"], formato.fecha_y_hora(momento_utc(ultimo["momento"]).astimezone(), segundos=True), ultimo["tsa"])]
    if cabeza and cabeza > ultimo["sello_id"]:
        lineas.append(traducir("Fecha probada: lo posterior al sello {0} (hasta el {1}) todavía no tiene sello de "
                               "tiempo: su fecha la dice solo esta base.").format(ultimo["sello_id"], cabeza))
    return lineas


def sellos_sin_prueba(db: BaseDeDatos, filas: list[dict]) -> tuple[list[str], list[str]]:
    """Para `verificar`, de `filas` (los sellos de tiempo sanos): (avisos, problemas). Avisos: los tramos de la
    bitácora que la base fecha mucho antes (`TARDE`) del primer sello de tiempo que los cubre. Problemas: un sello de
    la bitácora fechado después de un sello de tiempo que lo cubre (imposible: el sello de tiempo se pidió sobre una
    cadena que ya lo tenía). Una pasada por los sellos de la bitácora, del último al primero, con la hora del sello
    de tiempo más temprano que cubre a cada uno."""
    if not filas:
        return [], []
    por_sello: dict[int, datetime] = {}
    for fila in filas:
        momento = momento_utc(fila["momento"])
        if momento is not None and (fila["sello_id"] not in por_sello or momento < por_sello[fila["sello_id"]]):
            por_sello[fila["sello_id"]] = momento
    tramos: list[list] = []   # [desde, hasta, escrito desde, escrito hasta, probado en]
    imposibles: list[tuple[int, datetime, datetime]] = []
    probado = None
    for sello_id, texto in datos.momentos_de_los_sellos(db):
        if sello_id in por_sello and (probado is None or por_sello[sello_id] < probado):
            probado = por_sello[sello_id]
        escrito = momento_utc(texto)
        if probado is None or escrito is None:
            continue
        if escrito > probado + ANTES_TOLERADO:
            imposibles.append((sello_id, escrito, probado))
        if probado - escrito <= TARDE:
            continue
        if tramos and tramos[-1][0] == sello_id + 1 and tramos[-1][4] == probado:
            tramos[-1][0], tramos[-1][2] = sello_id, escrito
        else:
            tramos.append([sello_id, sello_id, escrito, escrito, probado])

    def dia(momento: datetime) -> str:
        return formato.fecha(momento.astimezone().date().isoformat())

    def hora(momento: datetime) -> str:
        return formato.fecha_y_hora(momento.astimezone(), segundos=True)

    avisos = [traducir(
        "Fecha probada: sin prueba de su fecha: los sellos {0} a {1} de la bitácora, que la base dice escritos entre "
        "el {2} y el {3}, los cubre recién un sello de tiempo del {4}: prueba que existían entonces, no antes (pudo "
        "pedirse después de rehacer la historia). Lo que dicen esos registros de su fecha lo dice solo esta base: "
        "compárelo con las anclas que salieron antes (escritorio verificar --ancla).").format(
        desde, hasta, dia(escrito_desde), dia(escrito_hasta), hora(probado_en))
        for desde, hasta, escrito_desde, escrito_hasta, probado_en in reversed(tramos)]
    problemas = [traducir(
        "Fecha: el sello {0} de la bitácora dice haberse escrito el {1}, pero un sello de tiempo del {2} ya lo "
        "cubría: ningún sello de tiempo puede ser anterior a lo que certifica; la base no dice la verdad sobre sus "
        "fechas. Qué hacer: restaure el último respaldo que verifique sano.").format(
        sello_id, hora(escrito), hora(probado)) for sello_id, escrito, probado in reversed(imposibles[-3:])]
    return avisos, problemas
