"""La emisión anual de cargos de una asociación. Es idempotente: volver a emitir un año no duplica nada; crea lo que
falta (por ejemplo, un miembro admitido después) e informa los cargos ya emitidos cuyo importe hoy sería otro. Las
escalas, las exenciones y la tolerancia: cuotas.py.
"""

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import NamedTuple

from ..datos.base_de_datos import BaseDeDatos

from ..datos import cuotas as tabla_cuotas
from ..datos import regla_de_la_cuota
from ..datos.conexion import transaccion
from ..datos.vigilancia import version_de_datos
from ..dominio import entrada
from ..dominio.cuotas import TIPOS_CARGO, Escala, escala_para, textos_del_detalle
from ..dominio.dinero import formatear
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion
from .base import hoy as fecha_de_hoy
from .contexto import Contexto
from .cuotas import anio_de_trabajo, fecha_de_trabajo, listar_escalas
from .pagos import aplicar_saldos_a_favor
from .reglas_de_admision import leer_reglas_de_admision

# Una emisión es un plan (Emision) que sale de UNA consulta (datos.regla_de_la_cuota.consulta_emision) y se reusa: es la vista
# previa de la ventana y de «--simular», y es lo que se escribe. La escritura decide dentro de su transacción: si la
# base no cambió desde que se leyó la vista previa, se escribe esa vista previa; si cambió (otro proceso emitió el
# año, llegó un miembro) o no la hay (la línea de órdenes), se planea ahí, con la base tomada: la consulta deja sus
# renglones en una tabla temporal, de donde salen el informe y los cargos.


class CargoPrevisto(NamedTuple):
    """Un cargo que la emisión crearía, con su cálculo: un renglón del plan, con las columnas de
    datos.cuotas.COLUMNAS_DEL_PLAN menos la última (el importe ya emitido, que en un cargo nuevo no hay)."""

    miembro_id: int
    nombre: str
    pais: str
    poblacion: int
    tramo: str
    bruto: int
    descuento: int
    importe: int
    detalle: str | None
    tramo_desde: int
    ingreso: str | None  # fecha de ingreso (AAAA-MM-DD): el cargo no vence antes


@dataclass
class Emision:
    anio: int
    tipo_cargo: str
    escala: Escala
    nuevos: list[CargoPrevisto] = field(default_factory=list)
    ya_emitidos: int = 0
    diferencias: list[str] = field(default_factory=list)  # cargos emitidos cuyo importe hoy sería otro
    sin_poblacion: list[str] = field(default_factory=list)
    creados: int | None = None  # después de emitir: cuántos cargos se crearon
    # Cómo estaba la base al leer el plan (conexión, asociación, data_version, cambios propios): ver _sigue_vigente.
    leida: tuple | None = field(default=None, repr=False, compare=False)
    # (cantidad, total) de los nuevos cuando el plan se resumió en SQL sin traer sus renglones (`nuevos` vacía).
    cuenta_de_nuevos: tuple[int, int] | None = field(default=None, repr=False)
    # El vencimiento de los cargos nuevos (el de la escala, o el elegido al emitir); ningún cargo vence antes del
    # ingreso de su miembro (datos.cuotas._vencimiento).
    vencimiento: date | None = None
    # Lo que conviene saber antes de emitir (un vencimiento que ya pasó), en el idioma en curso.
    advertencias: list[str] = field(default_factory=list)
    # Cuándo vence la primera cuota de quien ingresó en el año (su gracia), una frase por cargo, en el idioma en curso.
    primeras_vencen: list[str] = field(default_factory=list)
    # (nombre, ingreso) de las primeras cuotas nuevas (quien ingresó en el año) cuando el plan se resumió en SQL.
    primeras_cuotas: list[tuple[str, str]] | None = field(default=None, repr=False)

    @property
    def cantidad_nuevos(self) -> int:
        return self.cuenta_de_nuevos[0] if self.cuenta_de_nuevos else len(self.nuevos)

    @property
    def total(self) -> int:
        return self.cuenta_de_nuevos[1] if self.cuenta_de_nuevos else sum(c.importe for c in self.nuevos)

    def resumen(self) -> str:
        texto = traducir("{0} {1}: {2} por {3}, {4}").format(
            traducir(TIPOS_CARGO[self.tipo_cargo]), self.anio,
            formato.cuantos(self.cantidad_nuevos, traducir("{0} cargo nuevo"), traducir("{0} cargos nuevos")),
            formatear(self.total, self.escala.moneda),
            formato.cuantos(self.ya_emitidos, traducir("{0} ya emitido"), traducir("{0} ya emitidos")))
        if self.diferencias:
            texto += traducir(", {0} con importe distinto al emitido (no se modifican)").format(len(self.diferencias))
        return texto

    def despues_de_emitir(self) -> "Emision":
        """Cómo queda la emisión del año una vez escrito este plan (sin volver a leer la base): nada nuevo y lo
        creado, ya emitido; las diferencias y los miembros sin población siguen igual."""
        return replace(self, nuevos=[], ya_emitidos=self.ya_emitidos + (self.creados or 0), creados=None, leida=None,
                       cuenta_de_nuevos=None, advertencias=[], primeras_cuotas=None, primeras_vencen=[])


def escala_para_emitir(contexto: Contexto, anio: int, tipo_cargo: str = "cuota_anual") -> Escala:
    """La escala con que se emiten los cargos de `anio` (la regla de la emisión), o ErrorEscritorio que dice por qué
    no se pueden emitir: ninguna escala rige ese año, o la que rige tiene una moneda que no sirve. La agenda lo pregunta
    antes de proponer una emisión (servicios/agenda_cuotas.py, servicios/primeros_pasos.py)."""
    return _escala_vigente(contexto.db, contexto.asociacion_id, anio, tipo_cargo)


def _escala_vigente(db: BaseDeDatos, asociacion_id: int, anio: int, tipo_cargo: str) -> Escala:
    if tipo_cargo not in TIPOS_CARGO:
        raise ErrorEscritorio(traducir("Tipo de cargo «{0}» desconocido; use {1}.").format(tipo_cargo,
                                                                                          ", ".join(TIPOS_CARGO)))
    escala = escala_para(listar_escalas(Contexto(db, asociacion_id)), anio, tipo_cargo)
    if escala is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No hay ninguna escala de {0} vigente para {1}. Defina una en Cuotas › Escalas, con "
                             "«Nueva escala…»."),
            linea=traducir("No hay ninguna escala de {0} vigente para {1}. Defina una con «escritorio cuotas escala "
                           "definir».")).format(traducir(TIPOS_CARGO[tipo_cargo]).lower(), anio))
    try:  # una escala guardada antes de que se exigiera un código ISO 4217 vigente
        entrada.moneda(escala.moneda)
    except ValueError as error:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir(
                "La escala de {0} que rige en {1} (desde el {2}) tiene una moneda que no sirve: {3}. No se emitió nada. "
                "Póngale fin y defina una escala nueva con la moneda correcta en Cuotas › Escalas."),
            linea=traducir(
                "La escala de {0} que rige en {1} (desde el {2}) tiene una moneda que no sirve: {3}. No se emitió nada. "
                "Póngale fin y defina una escala nueva con la moneda correcta con «escritorio cuotas escala "
                "definir».")).format(traducir(TIPOS_CARGO[tipo_cargo]).lower(), anio, formato.fecha(escala.desde),
                                        error)) from None
    return escala


def _consulta(db: BaseDeDatos, escala: Escala, asociacion_id: int, anio: int) -> tuple[str, dict]:
    tramos = [(t.desde, t.importe, escala.describir_tramo(t)) for t in escala.tramos]
    # El año de quien fue excluido: la regla de la asociación, si dice otra que la de la escala.
    reglas = leer_reglas_de_admision(Contexto(db, asociacion_id))
    return regla_de_la_cuota.consulta_emision(escala.tipo_cargo, escala.regla_ingreso, tramos, anio,
                                  escala.referencia(anio).isoformat(), asociacion_id,
                                  articulo_ingreso=escala.articulo_ingreso, db=db, textos=textos_del_detalle(),
                                  regla_baja=escala.regla_baja, articulo_baja=escala.articulo_baja,
                                  regla_exclusion=reglas.cuota_exclusion, articulo_exclusion=reglas.articulo_exclusion)


def _estado_de_la_base(db: BaseDeDatos, asociacion_id: int) -> tuple:
    """Lo que dice si la base cambió: data_version cambia cuando OTRA conexión confirma algo; total_changes cuenta
    las filas que escribió esta misma conexión."""
    return db.conn, asociacion_id, version_de_datos(db), db.cambios_propios


def _planear(db: BaseDeDatos, asociacion_id: int, anio: int, tipo_cargo: str, vencimiento: date | None) -> Emision:
    """La vista previa: la consulta de la emisión, una vez, sin escribir nada."""
    # Antes de leer: un cambio durante la lectura también invalida el plan. Dentro de una transacción no se anota:
    # lo leído podría deshacerse sin que cambie nada de lo que se compara.
    leida = None if db.en_transaccion else _estado_de_la_base(db, asociacion_id)
    escala = _escala_vigente(db, asociacion_id, anio, tipo_cargo)
    consulta, parametros = _consulta(db, escala, asociacion_id, anio)
    emision = _leer_plan(Emision(anio, tipo_cargo, escala, leida=leida), tabla_cuotas.plan_de_emision(db, consulta, parametros))
    return _con_vencimiento(emision, vencimiento, _gracia(Contexto(db, asociacion_id), emision.escala, anio))


def _gracia(contexto: Contexto, escala: Escala, anio: int) -> int:
    """Los días que tiene quien ingresa durante el año para pagar su primera cuota (servicios.reglas_de_admision):
    los de la asociación o, sin ellos, los que la regla de vencimiento de la escala da a todos desde el 1 de enero."""
    return leer_reglas_de_admision(contexto).gracia(anio, escala.vencimiento(anio))


def _vencimiento_elegido(vencimiento: date | None, anio: int) -> date | None:
    """El vencimiento que se eligió al emitir (None: el de la escala): una fecha del año de los cargos o del siguiente
    (una cuota de 2026 puede vencer en enero de 2027, no en 2025). ErrorValidacion si no."""
    if vencimiento is None:
        return None
    que = traducir("Vencimiento")
    no_se_hizo = traducir("No se emitió nada")
    vencimiento = fecha_de_trabajo(vencimiento, que=que, futura=True, no_se_hizo=no_se_hizo)
    if not date(anio, 1, 1) <= vencimiento <= date(anio + 1, 12, 31):
        problema = traducir("{0}: el {1} no es del año de los cargos ({2}) ni del siguiente; elija una fecha entre el "
                            "01/01/{2} y el 31/12/{3}").format(que, formato.fecha(vencimiento), anio, anio + 1)
        raise ErrorValidacion(f"{no_se_hizo}. {problema}.", [problema])
    return vencimiento


def _con_vencimiento(emision: Emision, elegido: date | None, gracia: int) -> Emision:
    """El vencimiento de los cargos nuevos (el elegido o el de la escala) y, si ya pasó, la advertencia que lo dice:
    qué pasa con esos cargos y cómo elegir otro. La primera cuota de quien ingresa durante el año vence `gracia` días
    después del ingreso (datos.cuotas._vencimiento): no nace vencida, y se dice cuándo vence."""
    if elegido is not None:
        emision.vencimiento = elegido
    else:
        emision.vencimiento = emision.escala.vencimiento(emision.anio)
        if emision.tipo_cargo == "cuota_ingreso":   # la cuota de ingreso nunca nace vencida
            emision.vencimiento = max(emision.vencimiento, fecha_de_hoy() + timedelta(days=30))
    hoy = fecha_de_hoy()
    emision.advertencias, emision.primeras_vencen = [], []   # sin «cómo»: la ventana y la CLI agregan el suyo
    inicio = date(emision.anio, 1, 1).isoformat()
    primeras = (emision.primeras_cuotas if emision.primeras_cuotas is not None
                else [(c.nombre, c.ingreso) for c in emision.nuevos if c.ingreso and c.ingreso >= inicio])
    otros = emision.cantidad_nuevos - len(primeras)
    if otros and emision.vencimiento < hoy:
        emision.advertencias.append(traducir(
            "El vencimiento ya pasó: los cargos nuevos vencen el {0} y hoy es {1}, así que nacen vencidos (entran ya "
            "en la morosidad, en los avisos de cobro y en la regla del voto). Si no es lo que quiere, elija otro "
            "vencimiento antes de emitir.").format(formato.fecha(emision.vencimiento), formato.fecha(hoy)))
    for nombre, ingreso in primeras[:10]:
        vence = max(emision.vencimiento, date.fromisoformat(ingreso) + timedelta(days=gracia))
        emision.primeras_vencen.append(traducir(
            "La primera cuota de {0} (ingresó el {1}) vence el {2}: {3} días de gracia desde su ingreso.").format(
            nombre, formato.fecha(ingreso), formato.fecha(vence), gracia))
    if len(primeras) > 10:
        emision.primeras_vencen.append(traducir("Y {0} primeras cuotas más, cada una con su gracia.").format(
            len(primeras) - 10))
    return emision


def _resumir_plan(emision: Emision, db: BaseDeDatos) -> None:
    """El informe del plan guardado sin traer sus miles de renglones: cantidad y total de los nuevos y los ya
    emitidos, contados en SQL; de Python solo pasan los renglones que el informe nombra (diferencias, sin
    población), repartidos por `_leer_plan` como en el plan entero."""
    cantidad, total, ya_emitidos = tabla_cuotas.cuenta_del_plan_guardado(db)
    _leer_plan(emision, tabla_cuotas.excepciones_del_plan_guardado(db))
    emision.cuenta_de_nuevos, emision.ya_emitidos = (cantidad, total), ya_emitidos
    emision.primeras_cuotas = [tuple(f) for f in tabla_cuotas.primeras_cuotas_del_plan_guardado(
        db, date(emision.anio, 1, 1).isoformat())]


def _leer_plan(emision: Emision, filas: list[tuple]) -> Emision:
    """Reparte los renglones del plan (datos.cuotas.COLUMNAS_DEL_PLAN): nuevos, ya emitidos (y los que hoy serían
    otro importe) y los miembros sin cifra de población."""
    nuevos, hacer, moneda = emision.nuevos, CargoPrevisto._make, emision.escala.moneda
    for fila in filas:
        if fila[3] is None:  # sin cifra de población
            emision.sin_poblacion.append(fila[1])
        elif fila[11] is None:  # todavía sin emitir
            nuevos.append(hacer(fila[:11]))
        else:
            emision.ya_emitidos += 1
            if fila[11] != fila[7]:
                emision.diferencias.append(traducir("{0}: emitido {1}, hoy sería {2}").format(
                    fila[1], formatear(fila[11], moneda), formatear(fila[7], moneda)))
    return emision


def _sigue_vigente(previa: Emision | None, db: BaseDeDatos, asociacion_id: int, anio: int, tipo_cargo: str) -> bool:
    """Dentro de la transacción de escritura: la vista previa vale si es de ese año y cargo y nadie (ni otro proceso
    ni esta misma conexión) escribió en la base desde que se leyó."""
    return (previa is not None and previa.leida is not None and (previa.anio, previa.tipo_cargo) == (anio, tipo_cargo)
            and previa.leida == _estado_de_la_base(db, asociacion_id))


def preparar_emision(contexto: Contexto, anio: int, tipo_cargo: str = "cuota_anual", *,
                     vencimiento: date | None = None) -> Emision:
    """Lo que emitiría la emisión de ese año, sin escribir nada (vista previa con totales, diferencias, el
    vencimiento y sus advertencias). Es el plan que `emitir_plan(…, previa=…)` escribe si la base no cambió
    mientras tanto. `vencimiento`: otro que el de la escala (del año de los cargos o del siguiente)."""
    anio = anio_de_trabajo(anio, no_se_hizo=traducir("No se emitió nada"))
    vencimiento = _vencimiento_elegido(vencimiento, anio)
    return _planear(contexto.db, contexto.asociacion_id, anio, tipo_cargo, vencimiento)


def emitir_plan(contexto: Contexto, anio: int, tipo_cargo: str = "cuota_anual", *,
                previa: Emision | None = None, renglones: bool = True, vencimiento: date | None = None) -> Emision:
    """Emite, en una transacción, los cargos que faltan del año y aplica saldos a favor. Devuelve el plan que se
    escribió, con `creados`: `previa` (la vista previa que vio la persona) si la base no cambió desde que se leyó;
    si cambió, el que se vuelve a planear con la base ya tomada (nunca duplica: lo ya emitido queda igual).
    Sin `renglones` (la línea de órdenes, que solo imprime el resumen), un plan hecho aquí se cuenta en SQL: la
    Emision trae cantidad y total de los nuevos, ya emitidos, diferencias y sin población, pero no los cargos.
    `vencimiento`: otro que el de la escala (sin él, el de `previa` si lo trae); la Emision devuelta trae en
    `advertencias` si los cargos nacieron vencidos."""
    anio = anio_de_trabajo(anio, no_se_hizo=traducir("No se emitió nada"))
    vencimiento = _vencimiento_elegido(vencimiento, anio)
    with transaccion(contexto.db):
        return _emitir_en_transaccion(contexto, anio, tipo_cargo, previa,
                                      informe="renglones" if renglones else "resumen", vencimiento=vencimiento)


def emitir(contexto: Contexto, anio: int, tipo_cargo: str = "cuota_anual", *, previa: Emision | None = None) -> int:
    """Como `emitir_plan`, para quien solo quiere saber cuántos cargos se crearon."""
    anio = anio_de_trabajo(anio, no_se_hizo=traducir("No se emitió nada"))
    with transaccion(contexto.db):
        return _emitir_en_transaccion(contexto, anio, tipo_cargo, previa, informe=None).creados


def _emitir_en_transaccion(contexto: Contexto, anio: int, tipo_cargo: str, previa: Emision | None, *,
                           informe: str | None = "renglones", vencimiento: date | None = None) -> Emision:
    """Lee, decide y escribe con la base tomada. Sin una vista previa vigente, el plan se hace aquí, una vez, y queda
    en la base para escribirlo desde allí. `informe` dice qué se lee de ese plan: "renglones" (cada cargo nuevo),
    "resumen" (contado en SQL, ver `_resumir_plan`) o None (quien solo pide cuántos se crearon: la Emision trae la
    escala y `creados`)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    vigente = _sigue_vigente(previa, db, asociacion_id, anio, tipo_cargo)
    if vigente:
        emision = replace(previa)   # la misma vista previa (sin tocar la de quien llama)
    else:
        emision = Emision(anio, tipo_cargo, _escala_vigente(db, asociacion_id, anio, tipo_cargo))
        tabla_cuotas.guardar_plan_de_emision(db, *_consulta(db, emision.escala, asociacion_id, anio))
        if informe == "renglones":
            _leer_plan(emision, tabla_cuotas.plan_guardado(db))
        elif informe == "resumen":
            _resumir_plan(emision, db)
    escala = emision.escala
    if vencimiento is None and previa is not None and (previa.anio, previa.tipo_cargo) == (anio, tipo_cargo):
        vencimiento = previa.vencimiento   # el que mostró la vista previa que se confirmó
    # Sin informe (quien solo pide cuántos se crearon) no se sabe cuántos cargos son nuevos: no se advierte nada.
    # Quien ingresa durante el año tiene la gracia de la asociación para su primera cuota (`_gracia`).
    gracia = _gracia(contexto, escala, anio)
    emision = _con_vencimiento(emision, vencimiento, gracia)
    datos = (db, asociacion_id, tipo_cargo, anio, escala.id, escala.moneda, emision.vencimiento.isoformat(), gracia)
    if vigente:  # la vista previa que se confirmó, tal cual
        creados = tabla_cuotas.insertar_cargos_planeados(*datos, (
            (c.miembro_id, c.poblacion, c.tramo_desde, c.bruto, c.descuento, c.importe, c.detalle, c.ingreso)
            for c in emision.nuevos))
    else:  # el plan recién hecho, desde la tabla temporal donde quedó
        creados = tabla_cuotas.insertar_cargos_del_plan(*datos)
    aplicar_saldos_a_favor(contexto, escala.moneda)
    return replace(emision, creados=creados, leida=None)
