"""«pagos importar EXTRACTO»: los cobros de un extracto bancario o de la planilla de tesorería, con el plan impreso
primero (cada línea: el miembro y por qué, la pregunta, la ya importada, el débito ignorado).

Con --simular no se escribe nada. Sin él, se registran todos los pagos (con su recibo) en una transacción solo si no
queda ninguna pregunta; si quedan, estado 1 sin registrar nada, con cada pregunta y cómo responderla
(--asignar FILA=ID o FILA=no) o --omitir-dudosas para registrar las demás. Con --recibos CARPETA, además, el PDF de
cada recibo (la carpeta se comprueba antes de registrar; si aun así un recibo no se puede escribir, los pagos quedan
registrados y la orden termina con estado 3 y la orden exacta para generarlos).
"""

import argparse
import sys

from ..dominio import formato
from ..documentos.visible import abreviar
from .comun import SALIDA_GUARDADO_SIN_ARCHIVO, con_asociacion, fecha_escrita, imprimir_json, oficina_de, orden_exacta

_NINGUNO = ("no", "omitir", "ninguno", "-")


def asignacion(texto: str) -> tuple[int, int | None]:
    """«12=45» -> (12, 45): la línea de la fila 12 es del miembro 45; «12=no», no se registra."""
    from ..dominio.entrada import entero

    fila, signo, miembro = str(texto).partition("=")
    try:
        if not signo:
            raise ValueError("falta el «=»")
        numero = entero(fila.strip(), minimo=1, maximo=10_000_000, que="el número de fila")
        if miembro.strip().casefold() in _NINGUNO:
            return numero, None
        return numero, entero(miembro.strip(), minimo=1, maximo=2**63 - 1, que="el id del miembro")
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"«{abreviar(str(texto), 40)}»: {error}; escriba FILA=ID_DEL_MIEMBRO (por ejemplo 12=45) o FILA=no para "
            "no registrar esa línea") from None


def tipo_de_cambio(texto: str) -> tuple[tuple[str, str], str]:
    """«ARS/USD=1400»: 1400 pesos por dólar, para los pagos en ARS de miembros con cargos en USD."""
    from ..servicios.extractos import tipo_de_cambio_escrito

    try:
        return tipo_de_cambio_escrito(texto)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def agregar_importar(sub) -> None:
    importar = sub.add_parser(
        "importar", help="registra los cobros de un extracto bancario (plan primero)",
        description="Lee un extracto bancario o la planilla de cobros de tesorería (.csv o .xlsx; las columnas de "
                    "los bancos de la región: Fecha, Fecha valor, Concepto, Descripción, Referencia, Importe, Monto, "
                    "Crédito, Débito, Moneda…), reconoce al miembro de cada crédito (por su referencia de pago, su "
                    "código, su nombre o lo que debe) e imprime el plan. Sin --simular registra todos los pagos con "
                    "su recibo en un solo paso, solo si no queda ninguna línea dudosa (si quedan, no registra nada y "
                    "dice cómo resolverlas con --asignar). Una línea ya importada no se registra dos veces.")
    importar.add_argument("archivo", metavar="EXTRACTO", help="el extracto (.csv, .txt o .xlsx)")
    importar.add_argument("--simular", action="store_true", help="solo imprime el plan; no registra nada")
    importar.add_argument("--hoja", metavar="HOJA", help="en un .xlsx, el nombre o el número de la hoja (por omisión, "
                                                        "la primera)")
    importar.add_argument("--moneda", metavar="XXX", help="la moneda de la cuenta, para las líneas que no la dicen "
                                                        "(código ISO 4217, por ejemplo USD o ARS)")
    importar.add_argument("--tipo-cambio", type=tipo_de_cambio, action="append", default=[], metavar="PAGO/CARGOS=X",
                          help="tipo de cambio para los pagos en otra moneda que los cargos del miembro: ARS/USD=1400 "
                               "son 1400 pesos por dólar (se puede repetir)")
    importar.add_argument("--asignar", type=asignacion, action="append", default=[], metavar="FILA=ID",
                          help="la línea de esa fila es del miembro ID (FILA=no: no registrarla); se puede repetir")
    importar.add_argument("--omitir-dudosas", action="store_true",
                          help="registra las líneas seguras y las asignadas; las dudosas quedan para otra vez")
    importar.add_argument("--recibos", metavar="CARPETA", help="además, guarda el recibo de cada pago en PDF en esa "
                                                              "carpeta (nunca reemplaza un archivo)")
    importar.add_argument("--json", action="store_true", help="el plan (y lo registrado) en JSON")
    importar.set_defaults(funcion=orden_pagos_importar)
    con_asociacion(importar)


def _importe_json(importe: int, moneda: str | None) -> str | None:
    """60000 USD -> «600.00»: con los decimales de la moneda, punto decimal (para programas)."""
    from decimal import Decimal

    from ..dominio.dinero import a_decimal, decimales

    return str(a_decimal(importe, moneda).quantize(Decimal(1).scaleb(-decimales(moneda)))) if moneda else None


def _linea_json(linea) -> dict:
    leida = linea.linea
    propuesta = linea.propuesta
    return {"fila": linea.fila, "fecha": leida.fecha.isoformat(), "importe": _importe_json(leida.importe, leida.moneda),
            "moneda": leida.moneda, "descripcion": leida.descripcion,
            "referencia": leida.referencia or None, "quien_paga": leida.miembro or None, "estado": linea.estado,
            "miembro_id": linea.miembro_id, "miembro": linea.miembro, "motivo": linea.motivo,
            "confianza": propuesta.confianza if propuesta else None,
            "regla": "a_mano" if linea.asignada else (propuesta.motivo if propuesta else None),
            "candidatos": list(propuesta.candidatos) if propuesta else [], "problemas": linea.problemas,
            "recibo": linea.recibo}


def _cifras_json(cifras) -> dict:
    datos = {k: v for k, v in vars(cifras).items() if k != "por_moneda"}
    return {**datos, "a_registrar": cifras.a_registrar, "preguntas": cifras.preguntas}


_ESTADO_CORTO = {"segura": "segura", "elegida": "elegida", "dudosa": "DUDOSA", "problema": "PROBLEMA",
                 "omitida": "no se registra", "ya_importada": "ya importada", "debito": "débito", "ignorada": "ignorada"}


def _imprimir_plan(plan) -> None:
    from ..dominio.dinero import formatear
    from ..servicios.extractos import rotulo_de_columna

    hoja = f" (hoja «{plan.hoja}»)" if plan.hoja and len(plan.hojas) > 1 else ""
    print(f"{plan.archivo}{hoja}: encabezados en la fila {plan.encabezados.fila}; "
          + ", ".join(f"{rotulo_de_columna(campo)}: {columna}" for campo, columna in plan.columnas().items()) + ".")
    for aviso in plan.avisos:
        print(aviso)
    ancho = len(str(max((linea.fila for linea in plan.lineas), default=0)))
    for linea in plan.lineas:
        leida = linea.linea
        importe = formatear(leida.importe, leida.moneda) if leida.moneda else "—"
        if linea.miembro_id is not None and linea.estado in ("segura", "elegida", "problema"):
            quien = f"{linea.miembro} [id {linea.miembro_id}]: {linea.motivo}"
        elif linea.estado == "dudosa":
            propuesto = f"¿{linea.miembro} [id {linea.miembro_id}]? " if linea.miembro_id is not None else ""
            quien = f"{propuesto}{linea.motivo}"
        else:
            quien = linea.motivo
        texto = abreviar(" · ".join(t for t in (leida.miembro, leida.descripcion) if t) or "—", 60)
        print(f"  fila {linea.fila:>{ancho}}  {fecha_escrita(leida.fecha.isoformat())}  {importe:>18}  "
              f"{_ESTADO_CORTO[linea.estado]:<14}  «{texto}» → {quien}")
    print(plan.frase())


def _como_resolver(args, plan, preguntas) -> str:
    lineas = [f"No se registró nada: {len(preguntas)} línea{'s' if len(preguntas) != 1 else ''} de {plan.archivo} "
              f"espera{'n' if len(preguntas) != 1 else ''} una respuesta:"]
    for linea in preguntas[:50]:
        sugerencia = (f" (propuesta: --asignar {linea.fila}={linea.miembro_id})"
                      if linea.estado == "dudosa" and linea.miembro_id is not None else "")
        lineas.append(f"  - fila {linea.fila}: {linea.motivo}{sugerencia}")
    if len(preguntas) > 50:
        lineas.append(f"  … y {len(preguntas) - 50} más.")
    primera = preguntas[0]
    ejemplo = (["--asignar", f"{primera.fila}={primera.miembro_id or 'ID'}"] if primera.estado == "dudosa"
               else ["--asignar", f"{primera.fila}=no"])
    lineas.append("Responda cada una con --asignar FILA=ID_DEL_MIEMBRO (o FILA=no para no registrarla; a una línea con "
                  "un problema de tipo de cambio, con --tipo-cambio) y vuelva a correr la orden, o agregue "
                  "--omitir-dudosas para registrar solo las demás; por ejemplo: «"
                  + _la_misma_orden(args, *ejemplo) + "».")
    return "\n".join(lineas)


def _la_misma_orden(args, *mas) -> str:
    """La orden como se escribió (el archivo y sus opciones), con `mas` al final: para copiar y pegar."""
    partes = ["pagos", "importar", args.archivo]
    for opcion, valor in (("--hoja", args.hoja), ("--moneda", args.moneda), ("--recibos", args.recibos)):
        if valor:
            partes += [opcion, valor]
    for (pago, cargos), valor in args.tipo_cambio:
        partes += ["--tipo-cambio", f"{pago}/{cargos}={valor}"]
    for fila, miembro in args.asignar:
        partes += ["--asignar", f"{fila}={'no' if miembro is None else miembro}"]
    if getattr(args, "asociacion", None):
        partes += ["--asociacion", args.asociacion]
    return orden_exacta(args, *partes, *mas)


def orden_pagos_importar(args) -> int:
    from ..errores import ErrorEscritorio
    from ..servicios.extractos import OpcionesDeExtracto, planear_extracto
    from ..servicios.registro_de_extractos import (comprobar_carpeta, guardar_recibos, preguntas_sin_resolver,
                                                   registrar_extracto)

    oficina = oficina_de(args)
    contexto = oficina.contexto
    opciones = OpcionesDeExtracto(hoja=args.hoja, moneda=args.moneda, tipos_de_cambio=dict(args.tipo_cambio))
    asignaciones: dict[int, int | None] = {}
    for fila, miembro in args.asignar:
        if fila in asignaciones and asignaciones[fila] != miembro:
            raise ErrorEscritorio(f"La fila {fila} está asignada dos veces (--asignar {fila}=…): deje una sola.")
        asignaciones[fila] = miembro
    plan = planear_extracto(contexto, args.archivo, opciones, asignaciones)
    preguntas = preguntas_sin_resolver(plan)
    registrar = not args.simular and (not preguntas or args.omitir_dudosas)
    carpeta = comprobar_carpeta(args.recibos) if args.recibos and registrar else None
    resultado = registrar_extracto(contexto, plan, omitir_dudosas=args.omitir_dudosas) if registrar else None
    if args.json:
        datos = {"archivo": plan.archivo, "hoja": plan.hoja, "fila_de_encabezados": plan.encabezados.fila,
                 "columnas": plan.columnas(), "resumen": plan.frase(), "simulado": bool(args.simular),
                 "cifras": _cifras_json(plan.cifras()),
                 "lineas": [_linea_json(linea) for linea in plan.lineas],
                 "registrados": [{"fila": r.fila, "miembro_id": r.miembro_id, "pago_id": r.pago.pago_id,
                                  "recibo": r.pago.recibo} for r in (resultado.registrados if resultado else [])]}
        imprimir_json(datos)
    else:
        _imprimir_plan(plan)
    if args.simular:
        if not args.json:
            print("Simulación: no se registró nada.")
        return 0
    if resultado is None:
        print(_como_resolver(args, plan, preguntas), file=sys.stderr)
        return 1
    if not args.json:
        print(resultado.resumen())
    if carpeta is None or not resultado.registrados:
        return 0
    try:
        rutas = guardar_recibos(contexto, [r.pago for r in resultado.registrados], carpeta)
    except ErrorEscritorio as error:
        ids = " ".join(str(r.pago.pago_id) for r in resultado.registrados)
        print(f"{error.mensaje}. Los pagos quedaron registrados (no repita «pagos importar»: no registraría nada "
              f"nuevo); genere cada recibo que falte con «{orden_exacta(args, 'pagos', 'recibo', 'ID', 'ARCHIVO.pdf')}»"
              f" (pagos {abreviar(ids, 200)}).", file=sys.stderr)
        return SALIDA_GUARDADO_SIN_ARCHIVO
    if not args.json:
        print(f"{formato.cuantos(len(rutas), '{0} recibo guardado', '{0} recibos guardados')} en {carpeta}.")
    return 0
