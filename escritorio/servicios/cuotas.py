"""Escalas de cuotas y emisión anual de cargos.

La emisión es idempotente: volver a emitir un año no duplica nada; crea lo que falta (por ejemplo,
un miembro admitido después) e informa los cargos ya emitidos cuyo importe hoy sería otro.
"""

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import NamedTuple

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import cuotas as tabla_cuotas
from ..datos import regla_de_la_cuota
from ..datos.conexion import transaccion
from ..datos.vigilancia import version_de_datos
from ..dominio import entrada
from ..dominio.cuotas import (TIPOS_CARGO, Escala, Tramo, escala_para, leer_importe_de_tramo, textos_del_detalle,
                              leer_poblacion_de_tramo, leer_tramos, se_superponen, validar_escala)
from ..dominio.dinero import formatear
from ..dominio.morosidad import Tolerancia
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion, ProblemaDeCampo
from .base import hoy as fecha_de_hoy
from .conflictos import exigir_sin_cambios
from .contexto import Contexto
from .pagos import aplicar_saldos_a_favor
from .reglas_de_admision import leer_reglas_de_admision
from .vinculos_de_resolucion import exigir_resolucion_para, vincular_escala


def listar_escalas(contexto: Contexto) -> list[Escala]:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    return [Escala.de_fila(f) for f in tabla_cuotas.escalas(db, asociacion_id)]


# Las cuotas de un año se emiten, a más tardar, con un año de anticipación (en diciembre, las del año que viene);
# una exención se puede aprobar para los próximos años (hasta diez, como una escala).
ANIOS_ADELANTE_EMISION = 1


def _es_un_entero(valor: object) -> bool:
    """¿Es un número entero escrito con cifras (aunque fuera de rango)? Entonces el motivo de `entrada.entero` ya
    dice entre qué valores debe estar."""
    try:
        entrada.entero(valor, minimo=-(10 ** 31), maximo=10 ** 31)
    except ValueError:
        return False
    return True


def anio_de_trabajo(valor: object, *, que: str | None = None, adelante: int = ANIOS_ADELANTE_EMISION,
                    no_se_hizo: str | None = None) -> int:
    """Un año escrito por una persona (argumento, campo): de 1900 al año en curso más `adelante`.
    ErrorValidacion («Año: …») si no. `que` y `no_se_hizo` ya en el idioma en curso (por omisión, «Año» y «No se
    hizo nada»)."""
    try:
        return entrada.anio_en_rango(valor, hoy=fecha_de_hoy(), adelante=adelante)
    except ValueError as error:
        problema = f"{traducir('Año') if que is None else que}: {error}"
        if not _es_un_entero(valor):   # si no, el motivo ya dice «está fuera de lo posible; debe estar entre…»
            problema += traducir(" (de 1900 a {0})").format(fecha_de_hoy().year + adelante)
        no_se_hizo = traducir("No se hizo nada") if no_se_hizo is None else no_se_hizo
        raise ErrorValidacion(f"{no_se_hizo}. {problema}.", [problema]) from None


def fecha_de_trabajo(fecha: date, *, que: str | None = None, futura: bool = False,
                     no_se_hizo: str | None = None) -> date:
    """Una fecha de cuotas o pagos dentro de lo posible: desde 1900 y no en el futuro (con `futura`, hasta diez
    años adelante: una escala, una fecha de corte). ErrorValidacion («Fecha: …») si no."""
    try:
        return entrada.fecha_en_rango(fecha, hoy=fecha_de_hoy(), futura=futura)
    except ValueError as error:
        problema = f"{traducir('Fecha') if que is None else que}: {error}"
        no_se_hizo = traducir("No se hizo nada") if no_se_hizo is None else no_se_hizo
        raise ErrorValidacion(f"{no_se_hizo}. {problema}.", [problema]) from None


def moneda_valida(valor: object, *, que: str | None = None, no_se_hizo: str | None = None) -> str:
    """'usd' -> 'USD'; ErrorValidacion («Moneda: …») si no es un código ISO 4217 vigente."""
    try:
        return entrada.moneda(valor)
    except ValueError as error:
        problema = ProblemaDeCampo("moneda", f"{traducir('Moneda') if que is None else que}: {error}")
        no_se_hizo = traducir("No se hizo nada") if no_se_hizo is None else no_se_hizo
        raise ErrorValidacion(f"{no_se_hizo}. {problema}.", [problema]) from None


def leer_tramos_de_tabla(filas: list[tuple[str, str]], moneda: str) -> tuple[list[Tramo], list[tuple[int, str, str]]]:
    """Los tramos de una tabla (la ventana): [(población desde, importe), …] como se escribieron -> (tramos,
    problemas). Cada problema es (índice de la fila, "desde" o "importe", motivo «Tramo 2: importe …»). Las filas
    vacías se saltean. La misma regla que «--tramos» de la línea de órdenes."""
    tramos, problemas = [], []
    for indice, (desde_texto, importe_texto) in enumerate(filas):
        if entrada.es_vacio(desde_texto) and entrada.es_vacio(importe_texto):
            continue
        desde = importe = None
        try:
            desde = leer_poblacion_de_tramo(desde_texto)
        except ValueError as error:
            problemas.append((indice, "desde", traducir("Tramo {0}: {1}.").format(indice + 1, error)))
        try:
            importe = leer_importe_de_tramo(importe_texto, moneda)
        except (ValueError, KeyError) as error:
            problemas.append((indice, "importe", traducir("Tramo {0}: importe {1}.").format(indice + 1, error)))
        if desde is not None and importe is not None:
            tramos.append(Tramo(desde, importe))
    return tramos, problemas


def definir_escala(contexto: Contexto, escala: Escala, *, resolucion_id: int | None = None) -> int:
    """Guarda una escala nueva si es válida y no se superpone con otra del mismo tipo de cargo.

    Con `resolucion_id`, la escala la aprobó esa resolución (la de un punto de cuotas y presupuesto aprobado, sin
    otra escala vinculada): la escala la cita («Aprobada por: Resolución 3/2026 de la Asamblea…», si no se escribió
    otra cosa), la resolución la nombra y la escala queda entre sus efectos, en la misma transacción."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    if resolucion_id is not None:
        escala.aprobada_por = escala.aprobada_por or exigir_resolucion_para(
            contexto, resolucion_id, "escala")["cita"]
    datos = {
        "tipo_cargo": escala.tipo_cargo, "desde": escala.desde.isoformat(),
        "hasta": escala.hasta.isoformat() if escala.hasta else None, "moneda": (escala.moneda or "").strip().upper(),
        "articulo": escala.articulo, "aprobada_por": escala.aprobada_por, "dia_referencia": escala.dia_referencia,
        "dia_vencimiento": escala.dia_vencimiento, "regla_ingreso": escala.regla_ingreso,
        "articulo_ingreso": escala.articulo_ingreso, "regla_baja": escala.regla_baja,
        "articulo_baja": escala.articulo_baja,
    }
    problemas = []
    for campo, rotulo in (("articulo", traducir("Artículo")), ("aprobada_por", traducir("Aprobada por")),
                          ("articulo_ingreso", traducir("Artículo del ingreso")),
                          ("articulo_baja", traducir("Artículo de la baja"))):
        try:
            datos[campo] = entrada.texto_opcional(datos[campo], maximo=entrada.LARGO_CORTO)
        except ValueError as error:
            problemas.append(f"{rotulo}: {error}.")
    escala.moneda = datos["moneda"]
    with transaccion(db):  # la superposición se decide con la base tomada: otra ventana pudo guardar una escala
        problemas += validar_escala(escala, hoy=fecha_de_hoy())
        for otra in listar_escalas(contexto):
            if se_superponen(escala, otra):
                tipo = traducir(TIPOS_CARGO[otra.tipo_cargo]).lower()
                problemas.append((
                    traducir("Se superpone con la escala de {0} vigente desde el {1} al {2}: dos escalas no pueden "
                             "regir el mismo día. Ponga fin a la anterior o elija otras fechas.") if otra.hasta else
                    traducir("Se superpone con la escala de {0} vigente desde el {1} sin fecha de fin: dos escalas no "
                             "pueden regir el mismo día. Ponga fin a la anterior o elija otras fechas.")
                ).format(tipo, formato.fecha(otra.desde), formato.fecha(otra.hasta) if otra.hasta else ""))
        if problemas:
            raise ErrorValidacion(traducir("No se guardó la escala:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                                  problemas)
        if resolucion_id is not None:  # con la base tomada: otra ventana pudo vincularle otra escala
            exigir_resolucion_para(contexto, resolucion_id, "escala")
        escala_id = tabla_cuotas.insertar_escala(db, asociacion_id, datos, [(t.desde, t.importe) for t in escala.tramos])
        if resolucion_id is not None:
            vincular_escala(db, resolucion_id, escala_id, escala.desde)
        return escala_id


def escala_desde_texto(desde: date, moneda: str, tramos: str, **otros) -> Escala:
    """Para la CLI: '--tramos 0:100,100000:500,…' -> Escala. Lanza ErrorValidacion si la moneda o los tramos no
    se entienden."""
    moneda = moneda_valida(moneda, no_se_hizo="No se guardó la escala")
    try:
        return Escala(desde=desde, moneda=moneda, tramos=leer_tramos(tramos, moneda), **otros)
    except ValueError as error:
        raise ErrorValidacion(f"No se guardó la escala: {error}.", [f"Tramos: {error}."]) from None


def registrar_exencion(db: BaseDeDatos, miembro_id: int, anio: int, porcentaje: int, motivo: str,
                       aprobada_por: str | None = None) -> None:
    """Exención (100 %) o descuento de la cuota de un año, con motivo y quién lo aprobó. Rige en la emisión."""
    anio = anio_de_trabajo(anio, adelante=entrada.ANIOS_HACIA_ADELANTE,
                           no_se_hizo=traducir("No se registró la exención"))
    try:
        porcentaje = entrada.entero(porcentaje, minimo=1, maximo=100, que=traducir("un porcentaje"))
    except ValueError as error:
        raise ErrorEscritorio(traducir("Porcentaje: {0}. El porcentaje de exención va de 1 a 100 (100 = exención "
                                       "total); no se registró la exención.").format(error)) from None
    if not motivo or not motivo.strip():
        raise ErrorEscritorio(traducir("Indique el motivo de la exención (por ejemplo: «Emergencia por inundaciones»)."))
    limpios = {}
    for clave, rotulo, valor in (("motivo", traducir("Motivo"), motivo),
                                 ("aprobada_por", traducir("Aprobada por"), aprobada_por)):
        try:
            limpios[clave] = entrada.texto_opcional(valor, maximo=entrada.LARGO_CORTO)
        except ValueError as error:
            raise ErrorEscritorio(traducir("{0}: {1}. No se registró la exención.").format(rotulo, error)) from None
    motivo, aprobada_por = limpios["motivo"], limpios["aprobada_por"]
    with transaccion(db):
        tabla_cuotas.guardar_exencion(db, miembro_id, anio, porcentaje, motivo, aprobada_por)


_ROTULOS_TOLERANCIA = {"tolerancia_porcentaje": "Tolerancia (porcentaje de la cuota)",
                       "tolerancia_unidades": "Tolerancia (unidades de la moneda)",
                       "articulo_tolerancia": "Artículo de la tolerancia"}


def _rotulos_tolerancia() -> dict[str, str]:
    """_ROTULOS_TOLERANCIA en el idioma en curso (para los mensajes)."""
    return {"tolerancia_porcentaje": traducir("Tolerancia (porcentaje de la cuota)"),
            "tolerancia_unidades": traducir("Tolerancia (unidades de la moneda)"),
            "articulo_tolerancia": traducir("Artículo de la tolerancia")}


def _tolerancia_valida(porcentaje: object, unidades: object, articulo: str | None) -> tuple[int, int, str | None]:
    """(porcentaje 0-100, unidades 0-1.000.000, artículo) o ErrorValidacion con cada problema."""
    problemas, valores = [], []
    rotulos = _rotulos_tolerancia()
    for valor, maximo, rotulo in ((porcentaje, 100, rotulos["tolerancia_porcentaje"]),
                                  (unidades, 1_000_000, rotulos["tolerancia_unidades"])):
        try:
            valores.append(0 if valor is None or entrada.es_vacio(valor) else
                           entrada.entero(valor, minimo=0, maximo=maximo, que=traducir("un número entero")))
        except ValueError as error:
            problemas.append(traducir("{0}: {1} (de 0 a {2}; 0 = sin tolerancia).").format(
                rotulo, error, formato.numero(maximo)))
    try:
        articulo = entrada.texto_opcional(articulo, maximo=entrada.LARGO_CORTO)
    except ValueError as error:
        problemas.append(traducir("Artículo de la tolerancia: {0}.").format(error))
    if problemas:
        raise ErrorValidacion(traducir("No se cambió la tolerancia:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                              problemas)
    return valores[0], valores[1], articulo


def fijar_tolerancia(contexto: Contexto, porcentaje: object = 0, unidades: object = 0,
                     articulo: str | None = None) -> Tolerancia:
    """La tolerancia de la morosidad del reglamento: una cuota con un saldo de hasta `unidades` enteras de su moneda
    o hasta `porcentaje` % de su importe (la mayor) no cuenta como impaga para suspender el voto (sigue siendo
    deuda). 0 y 0: sin tolerancia."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    porcentaje, unidades, articulo = _tolerancia_valida(porcentaje, unidades, articulo)
    with transaccion(db):
        if not tabla_asociaciones.fijar_tolerancia(db, asociacion_id, porcentaje, unidades, articulo):
            raise ErrorEscritorio(traducir("No existe la asociación {0}.").format(asociacion_id))
    return Tolerancia(porcentaje, unidades, articulo)


def fijar_regla_de_voto(contexto: Contexto, cuotas: int | None, articulo: str | None, *,
                        leida: dict | None = None, tolerancia: Tolerancia | None = None) -> None:
    """«N cuotas anuales impagas suspenden el derecho a voto» (art. …). Sin N, nadie lo pierde por deudas.

    `leida` ({"cuotas_para_suspender", "articulo_suspension"} y, si se da `tolerancia`, también las columnas
    tolerancia_*, como se mostró al abrir el diálogo): si otro programa cambió la regla desde entonces, lanza
    ErrorConflicto y no guarda nada. `tolerancia`: además fija la tolerancia, en la misma transacción."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    if tolerancia is not None:
        tolerancia = Tolerancia(*_tolerancia_valida(tolerancia.porcentaje, tolerancia.unidades, tolerancia.articulo))
    if cuotas is not None:
        try:
            cuotas = entrada.entero(cuotas, minimo=1, maximo=100, que=traducir("una cantidad de cuotas"))
        except ValueError as error:
            raise ErrorEscritorio(traducir("Cuotas impagas que suspenden el voto: {0}. Debe ser 1 o más (sin valor, "
                                           "nadie pierde el voto por deudas); no se cambió la regla.").format(error)) \
                from None
    try:
        articulo = entrada.texto_opcional(articulo, maximo=entrada.LARGO_CORTO)
    except ValueError as error:
        raise ErrorEscritorio(traducir("Artículo: {0}. No se cambió la regla.").format(error)) from None
    with transaccion(db):
        if leida is not None:
            fila = tabla_asociaciones.regla_de_voto_y_tolerancia(db, asociacion_id) or (None,) * 5
            actual = dict(zip(("cuotas_para_suspender", "articulo_suspension", *_ROTULOS_TOLERANCIA), fila))
            rotulos = {"cuotas_para_suspender": traducir("Cuotas impagas que suspenden el voto"),
                       "articulo_suspension": traducir("Artículo")}
            if tolerancia is not None:
                rotulos.update(_rotulos_tolerancia())
            sin_regla = traducir("nadie pierde el voto por deudas")
            exigir_sin_cambios(leida, actual, rotulos, traducir("la regla de voto por cuotas impagas"),
                               {"cuotas_para_suspender": lambda v: sin_regla if v is None else str(v)})
        tabla_asociaciones.fijar_regla_de_voto(db, asociacion_id, cuotas, articulo)
        if tolerancia is not None:
            tabla_asociaciones.fijar_tolerancia(db, asociacion_id, tolerancia.porcentaje, tolerancia.unidades,
                                                tolerancia.articulo)


# --- emisión ---------------------------------------------------------------------------------------
#
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


def _escala_vigente(db: BaseDeDatos, asociacion_id: int, anio: int, tipo_cargo: str) -> Escala:
    if tipo_cargo not in TIPOS_CARGO:
        raise ErrorEscritorio(traducir("Tipo de cargo «{0}» desconocido; use {1}.").format(tipo_cargo,
                                                                                          ", ".join(TIPOS_CARGO)))
    escala = escala_para(listar_escalas(Contexto(db, asociacion_id)), anio, tipo_cargo)
    if escala is None:
        raise ErrorEscritorio(traducir(
            "No hay ninguna escala de {0} vigente para {1}. Defina una con «escritorio cuotas escala definir» (o en "
            "Cuotas > Escalas).").format(traducir(TIPOS_CARGO[tipo_cargo]).lower(), anio))
    try:  # una escala guardada antes de que se exigiera un código ISO 4217 vigente
        entrada.moneda(escala.moneda)
    except ValueError as error:
        raise ErrorEscritorio(traducir(
            "La escala de {0} que rige en {1} (desde el {2}) tiene una moneda que no sirve: {3}. No se emitió nada. "
            "Póngale fin y defina una escala nueva con la moneda correcta («escritorio cuotas escala definir» o "
            "Cuotas > Escalas).").format(traducir(TIPOS_CARGO[tipo_cargo]).lower(), anio, formato.fecha(escala.desde),
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


def ajustar_cuota_por_baja(contexto: Contexto, miembro_id: int, fecha_baja: date, *,
                           exclusion: bool = False) -> str | None:
    """Dentro de la transacción que registra la baja: si la cuota anual de ese año ya se emitió y su escala cobra
    «hasta el mes de la baja», la corrige a esos meses (la corrección queda en la bitácora, con el importe de antes).
    Una cuota con pagos imputados no se toca (la base no lo permite: lo cobrado es inmutable): se informa la diferencia.
    Devuelve la frase que lo dice, o None si no hubo nada que ajustar.

    `exclusion`: la baja la registra una resolución que excluye; manda la regla de la asociación para el año de quien
    es excluido (servicios.reglas_de_admision: como una baja, completa o hasta el mes) y la frase se dice siempre que
    haya cuota del año, también si queda completa: la resolución la cita."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    cargo = tabla_cuotas.cargo_anual_con_su_escala(db, miembro_id, fecha_baja.year)
    if cargo is None:
        return None
    regla_baja, articulo_baja = cargo["regla_baja"], cargo["articulo_baja"]
    if exclusion:
        reglas = leer_reglas_de_admision(contexto)
        if reglas.cuota_exclusion != "como_la_baja":
            regla_baja, articulo_baja = reglas.cuota_exclusion, reglas.articulo_exclusion
    completa = traducir("La cuota {0} queda completa: {1}{2}.").format(
        cargo["anio"], formatear(cargo["importe"], cargo["moneda"]), f" ({articulo_baja})" if articulo_baja else "")
    if regla_baja != "hasta_el_mes" or fecha_baja.month == 12:
        return completa if exclusion else None
    escala = next((e for e in listar_escalas(contexto) if e.id == cargo["escala_id"]), None)
    if escala is None:
        return None
    ingreso = date.fromisoformat(cargo["fecha_ingreso"]) if cargo["fecha_ingreso"] else None
    # La regla de la emisión (datos/regla_de_la_cuota.py), con la baja: la misma regla, para este cargo.
    calculo = regla_de_la_cuota.recalculo_por_baja(
        db, cargo["id"], cargo["anio"], fecha_baja.isoformat(), anual=escala.tipo_cargo == "cuota_anual",
        regla_ingreso=escala.regla_ingreso, articulo_ingreso=escala.articulo_ingreso, regla_baja=regla_baja,
        articulo_baja=articulo_baja, textos=textos_del_detalle())
    if calculo is None or calculo["importe"] == cargo["importe"]:
        return completa if exclusion and calculo is not None else None
    antes, despues = formatear(cargo["importe"], cargo["moneda"]), formatear(calculo["importe"], cargo["moneda"])
    cita = f" ({articulo_baja})" if articulo_baja else ""
    if cargo["con_imputaciones"]:
        return traducir("La cuota {0} ya tiene pagos imputados y no se modifica (lo cobrado no se cambia): queda en {1}; "
                        "hasta el mes de la baja serían {2}{3}. Si corresponde devolver la diferencia, regístrelo "
                        "aparte.").format(cargo["anio"], antes, despues, cita)
    tabla_cuotas.ajustar_cargo(db, cargo["id"], calculo["bruto"], calculo["descuento"], calculo["importe"], calculo["detalle"])
    meses = fecha_baja.month - (ingreso.month - 1 if ingreso and ingreso.year == cargo["anio"]
                                and escala.regla_ingreso == "prorrateo" else 0)
    if exclusion:
        return traducir("La cuota {0} se ajustó hasta el mes de la exclusión ({1} de 12 meses){2}: de {3} a "
                        "{4}.").format(cargo["anio"], meses, cita, antes, despues)
    return traducir("La cuota {0} se ajustó hasta el mes de la baja ({1} de 12 meses){2}: de {3} a {4}.").format(
        cargo["anio"], meses, cita, antes, despues)
