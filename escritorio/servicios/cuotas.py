"""Escalas de cuotas, exenciones, tolerancia, la regla de voto de los morosos y el ajuste de la cuota por una baja.
La emisión anual de cargos: emision_de_cuotas.py.
"""

from datetime import date

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import cuotas as tabla_cuotas
from ..datos import regla_de_la_cuota
from ..datos.conexion import transaccion
from ..dominio import entrada
from ..dominio.cuotas import (TIPOS_CARGO, Escala, Tramo, leer_importe_de_tramo, textos_del_detalle,
                              leer_poblacion_de_tramo, leer_tramos, se_superponen, validar_escala)
from ..dominio.dinero import formatear
from ..dominio.morosidad import Tolerancia
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion, ProblemaDeCampo
from .base import hoy as fecha_de_hoy
from .conflictos import exigir_sin_cambios
from .contexto import Contexto
from .reglas_de_admision import leer_reglas_de_admision


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
    # Las resoluciones (sus efectos, sus mayorías), solo para una escala que aprobó una: la emisión no las carga.
    from .vinculos_de_resolucion import exigir_resolucion_para, vincular_escala

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


def ajustar_cuota_por_baja(contexto: Contexto, miembro_id: int, fecha_baja: date, *,
                           exclusion: bool = False) -> str | None:
    """Dentro de la transacción que registra la baja: si la cuota anual de ese año ya se emitió y su escala cobra
    «hasta el mes de la baja», la corrige a esos meses (la corrección queda en la bitácora, con el importe de antes).
    Una cuota con pagos imputados no se toca (la base no lo permite: lo cobrado es inmutable): se informa la diferencia.
    Devuelve la frase que lo dice, o None si no hubo nada que ajustar.

    `exclusion`: la baja la registra una resolución que excluye; manda la regla de la asociación para el año de quien
    es excluido (servicios.reglas_de_admision: como una baja, completa o hasta el mes) y la frase se dice siempre que
    haya cuota del año, también si queda completa: la resolución la cita."""
    db = contexto.db
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
