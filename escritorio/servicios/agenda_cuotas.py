"""Las fuentes de la agenda que salen de las cuotas y del correo: la emisión del año que falta, los cargos que vencen
y los avisos de cobro que tocan (siempre el siguiente al último enviado: nunca el 3.º sin el 1.º y el 2.º), y los
mensajes que esperan en la bandeja de salida.

Cada fuente es una función `(contexto, hoy, dias) -> list[Paso]` registrada en `servicios.agenda.FUENTES`.
"""

from collections import defaultdict
from datetime import date

from ..datos import agenda as tabla_agenda
from ..datos import asociaciones as tabla_asociaciones
from ..datos import cuotas as tabla_cuotas
from ..dominio import formato
from ..dominio.agenda import Accion, Paso, hasta
from ..dominio.cuotas import TIPOS_CARGO, escala_para
from ..dominio.morosidad import SaldoCargo, aviso_que_toca, leer_niveles
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .cobranza import texto_de_totales
from .contexto import Contexto
from .cuotas import listar_escalas
from .emision_de_cuotas import escala_para_emitir


def pasos_de_la_emision(contexto: Contexto, hoy: date, dias: int) -> list[Paso]:
    """Las cuotas anuales de este año o del que viene que todavía no se emitieron, si una escala rige ese año (la
    regla de la emisión: `dominio.cuotas.escala_para`, en el día de referencia de la escala): se devengan el 1 de enero
    (la del año en curso sin emitir ya está atrasada). Si la escala que rige no sirve para emitir (su moneda), el paso
    es corregir la escala: emitir no se podría."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    anios = [anio for anio in (hoy.year, hoy.year + 1) if date(anio, 1, 1) <= hasta(hoy, dias)]
    emitidos = tabla_agenda.anios_emitidos(db, asociacion_id, anios) if anios else set()
    escalas = listar_escalas(contexto)
    pasos = []
    for anio in anios:
        devengo = date(anio, 1, 1)
        escala = escala_para(escalas, anio)
        if anio in emitidos or escala is None:
            continue   # ya emitidas, o sin una escala que rija ese año: nada que emitir
        texto = traducir("Cuotas anuales {0}: sin emitir; se devengan el {1} y vencen el {2}.").format(
            anio, formato.fecha(devengo), formato.fecha(escala.vencimiento(anio)))
        try:
            escala_para_emitir(contexto, anio)
        except ErrorEscritorio as error:
            pasos.append(Paso("cuota", devengo, texto, Accion("escala"), (error.mensaje,)))
            continue
        cita = f" ({escala.articulo})" if escala.articulo else ""
        detalle = (traducir("Escala de cuota anual vigente desde el {0}{1}.").format(formato.fecha(escala.desde), cita),)
        pasos.append(Paso("cuota", devengo, texto, Accion("emitir", anio=anio), detalle))
    return pasos


def pasos_de_los_cobros(contexto: Contexto, hoy: date, dias: int) -> list[Paso]:
    """Con una sola lectura de los cargos con saldo que vencen hasta el horizonte: los que todavía no vencieron, por
    año y día de vencimiento (lo que falta cobrar), y los ya vencidos a los que les toca un aviso de cobro
    (`dominio.morosidad.aviso_que_toca`, la regla de las cartas): un paso con cuántos miembros reciben cada aviso,
    desde el día en que le tocó al primero."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    filas = tabla_cuotas.cargos_con_saldo_hasta(db, asociacion_id, hoy.isoformat(), hasta(hoy, dias).isoformat())
    if not filas:
        return []
    ingresos = {m: date.fromisoformat(f) for m, f in tabla_cuotas.fechas_de_ingreso(db, asociacion_id).items()}
    ultimos = tabla_cuotas.ultimos_avisos(db, asociacion_id)
    asociacion = tabla_asociaciones.por_id(db, asociacion_id) or {}
    niveles = leer_niveles(asociacion.get("niveles_aviso") or "30,90,180")
    por_vencer: dict[tuple[str, int, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    cuantos: dict[tuple[str, int, str], int] = defaultdict(int)
    avisos: dict[int, tuple[int, date]] = {}   # miembro -> (el aviso de su carta, desde cuándo le toca)
    for cargo_id, miembro_id, tipo, anio, importe, pagado, moneda, vencimiento in filas:
        cargo = SaldoCargo(cargo_id, miembro_id, tipo, anio, importe, pagado, moneda, date.fromisoformat(vencimiento),
                           ingresos.get(miembro_id))
        if cargo.exigible >= hoy:
            clave = (tipo, anio, cargo.exigible.isoformat())
            por_vencer[clave][moneda] += cargo.saldo
            cuantos[clave] += 1
            continue
        ultimo, enviado_el = ultimos.get(cargo_id, (0, None))
        toca = aviso_que_toca(cargo, hoy, niveles, ultimo, date.fromisoformat(enviado_el) if enviado_el else None)
        if toca is not None:
            nivel, desde = avisos.get(miembro_id, (0, date.max))
            avisos[miembro_id] = (max(nivel, toca[0]), min(desde, toca[1]))   # la carta lleva el aviso más alto
    pasos = [_por_vencer(tipo, anio, date.fromisoformat(dia), cuantos[(tipo, anio, dia)], totales)
             for (tipo, anio, dia), totales in por_vencer.items()]
    if avisos:
        # Quien tiene la cuenta cambiada por fuera de Escritorio no recibe carta (cobranza.preparar_lote_de_avisos):
        # no se lo cuenta entre los que deben recibirla.
        from .congelados import impedimentos_por_miembro

        apartados = set(impedimentos_por_miembro(db, list(avisos)))
        reciben = {m: aviso for m, aviso in avisos.items() if m not in apartados}
        if reciben:
            pasos.append(_avisos(reciben, hoy, len(apartados)))
    return pasos


def _por_vencer(tipo: str, anio: int, dia: date, cuantos: int, totales: dict[str, int]) -> Paso:
    monto = texto_de_totales([(importe, moneda) for moneda, importe in totales.items()])
    concepto = f"{traducir(TIPOS_CARGO[tipo])} {anio}"
    texto = (traducir("{0}: vence 1 cargo el {1} ({2} por cobrar).") if cuantos == 1 else
             traducir("{0}: vencen {3} cargos el {1} ({2} por cobrar).")).format(
        concepto, formato.fecha(dia), monto, formato.numero(cuantos))
    return Paso("cuota", dia, texto, Accion("cargos", anio=anio))


def _avisos(avisos: dict[int, tuple[int, date]], hoy: date, apartados: int = 0) -> Paso:
    por_nivel: dict[int, int] = defaultdict(int)
    for nivel, _ in avisos.values():
        por_nivel[nivel] += 1
    desde = min(dia for _, dia in avisos.values())
    if len(por_nivel) == 1:
        nivel, cuantos = next(iter(por_nivel.items()))
        texto = (traducir("Avisos de cobro: 1 miembro debe recibir el {1}.º aviso.") if cuantos == 1 else
                 traducir("Avisos de cobro: {0} miembros deben recibir el {1}.º aviso.")).format(
            formato.numero(cuantos), nivel)
    else:
        partes = [traducir("{0} el {1}.º").format(formato.numero(cuantos), nivel)
                  for nivel, cuantos in sorted(por_nivel.items())]
        texto = traducir("Avisos de cobro: {0} miembros deben recibir su aviso ({1}).").format(
            formato.numero(len(avisos)), traducir("{0} y {1}").format(", ".join(partes[:-1]), partes[-1]))
    detalle = (traducir("Cada miembro recibe el aviso siguiente al último que se le envió; le toca a uno desde el "
                        "{0}.").format(formato.fecha(desde)),)
    if apartados:
        detalle += (traducir("Sin carta, apartados: {0} (su cuenta cambió por fuera de Escritorio; Cuotas › Avisos "
                             "dice quién y por qué).").format(formato.numero(apartados)),)
    return Paso("aviso", desde, texto, Accion("avisos", fecha=hoy), detalle)


def pasos_del_correo(contexto: Contexto, hoy: date, dias: int) -> list[Paso]:
    """Los mensajes de la bandeja de salida que esperan salir (desde el día en que se puso en ella el más viejo: un
    mensaje sale el día en que se pone) y los que quedaron «por confirmar» (un envío cortado: no se sabe si salió)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    esperan, desde_esperan = 0, None
    pasos = []
    for estado, cuantos, mas_viejo in tabla_agenda.mensajes_que_esperan(db, asociacion_id):
        dia = date.fromisoformat(mas_viejo[:10])
        if estado == "por_confirmar":
            texto = (traducir("Bandeja de salida: 1 mensaje quedó por confirmar; mire si salió.") if cuantos == 1 else
                     traducir("Bandeja de salida: {0} mensajes quedaron por confirmar; mire si salieron.")).format(
                formato.numero(cuantos))
            pasos.append(Paso("correo", dia, texto, Accion("por_confirmar")))
        else:
            esperan += cuantos
            desde_esperan = min(filter(None, (desde_esperan, dia)))
    if esperan:
        texto = (traducir("Bandeja de salida: 1 mensaje espera salir (desde el {1}).") if esperan == 1 else
                 traducir("Bandeja de salida: {0} mensajes esperan salir (desde el {1}).")).format(
            formato.numero(esperan), formato.fecha(desde_esperan))
        pasos.insert(0, Paso("correo", desde_esperan, texto, Accion("bandeja")))
    return pasos
