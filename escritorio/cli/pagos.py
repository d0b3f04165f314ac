"""«pagos»: registrar un pago (se imputa a los cargos más viejos; con --recibo, el PDF: si no se puede escribir
después de registrar, estado 3 y la orden exacta para generarlo), anular, el recibo en PDF, listar e importar los
cobros de un extracto bancario (cli/extractos.py)."""

import json
import sys

from ..dominio import formato
from ..documentos.visible import abreviar
from ..dominio.cuotas import MEDIOS_PAGO
from .argumentos import fecha, identificador
from .extractos import agregar_importar
from .comun import SALIDA_GUARDADO_SIN_ARCHIVO, oficina_de, con_asociacion, orden_exacta
from ..errores import ErrorEscritorio
from ..salida import comprobar_salida
from ..salida import motivo_del_sistema as _motivo


def agregar_ordenes(ordenes) -> None:
    pagos = ordenes.add_parser("pagos", help="registrar y anular pagos, recibos", description="Pagos de cuotas.")
    sub = pagos.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    registrar = sub.add_parser("registrar", help="registra un pago y emite su recibo",
                               description="Registra un pago; se imputa a los cargos más viejos y el resto queda a favor. "
                                           "Con --recibo, la ruta del PDF se comprueba antes de registrar nada; si aun "
                                           "así el recibo no se puede escribir después, el pago queda registrado y la "
                                           "orden termina con código 3 y la orden exacta para generar el recibo (no "
                                           "repita «pagos registrar»: registraría otro pago).")
    registrar.add_argument("--miembro", type=identificador, required=True, metavar="ID")
    registrar.add_argument("--monto", required=True, help="por ejemplo 250.00 o 1.250,50 (hasta 999.999.999.999,99)")
    registrar.add_argument("--moneda", required=True, help="moneda del pago (código ISO 4217), por ejemplo USD o ARS")
    registrar.add_argument("--fecha", type=fecha, required=True, metavar="AAAA-MM-DD",
                           help="día en que se cobró (desde 1900, no en el futuro)")
    registrar.add_argument("--tipo-cambio", metavar="X", help="unidades de la moneda del pago por 1 de la moneda de los "
                           "cargos (de 0,000001 a 1.000.000.000)")
    registrar.add_argument("--moneda-cargos", metavar="XXX",
                           help="a los cargos de qué moneda se imputa (por defecto, la de los últimos cargos del miembro)")
    registrar.add_argument("--medio", default="transferencia", choices=list(MEDIOS_PAGO))
    registrar.add_argument("--referencia", help="número de transferencia, cheque…")
    registrar.add_argument("--recibo", metavar="ARCHIVO.pdf",
                           help="además, guarda el recibo en PDF (antes de registrar se comprueba que se puede escribir)")
    registrar.add_argument("--reemplazar", action="store_true", help="si ARCHIVO.pdf del recibo ya existe, lo reemplaza")
    registrar.set_defaults(funcion=orden_pago_registrar)
    anular = sub.add_parser("anular", help="anula un pago con motivo", description="Anula un pago (nunca se borra).")
    anular.add_argument("pago", type=identificador, metavar="ID")
    anular.add_argument("--motivo", required=True)
    anular.set_defaults(funcion=orden_pago_anular)
    recibo = sub.add_parser("recibo", help="recibo de un pago en PDF", description="Recibo de un pago en PDF.")
    recibo.add_argument("pago", type=identificador, metavar="ID")
    recibo.add_argument("archivo", metavar="ARCHIVO.pdf")
    recibo.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    recibo.set_defaults(funcion=orden_recibo)
    listar = sub.add_parser("listar", help="lista los pagos", description="Lista los pagos.")
    listar.add_argument("--miembro", type=identificador, metavar="ID")
    listar.add_argument("--json", action="store_true")
    listar.set_defaults(funcion=orden_pagos_listar)
    for parser in (registrar, anular, recibo, listar):
        con_asociacion(parser)
    agregar_importar(sub)


def orden_pago_registrar(args) -> int:
    from ..servicios.pagos import NuevoPago, registrar_pago

    destino = None
    if args.recibo:  # antes de registrar: quien reintenta tras un error de ruta no paga dos veces
        destino = comprobar_salida(args.recibo, ".pdf", "el recibo", reemplazar=args.reemplazar,
                                   sin_hacer="no se registró el pago")
    oficina = oficina_de(args)
    contexto = oficina.contexto
    registrado = registrar_pago(contexto, NuevoPago(
        miembro_id=args.miembro, fecha=args.fecha, monto=args.monto, moneda=args.moneda, medio=args.medio,
        referencia=args.referencia, tipo_cambio=args.tipo_cambio, moneda_cargos=args.moneda_cargos))
    print(registrado.resumen() + ".", flush=True)
    if destino is None:
        return 0
    from ..servicios.informes_cuotas import imprimir_recibo

    existia = destino.exists()
    try:
        imprimir_recibo(contexto, registrado.pago_id, destino)
    except (Exception, KeyboardInterrupt) as error:  # el pago ya está confirmado: se dice siempre, aparte
        if not existia:  # lo que alcanzó a escribirse no es un recibo: no queda un PDF a medias
            destino.unlink(missing_ok=True)
        if isinstance(error, KeyboardInterrupt):
            motivo = "se interrumpió"
        elif isinstance(error, (ErrorEscritorio, OSError)):
            motivo = _motivo(error)
        else:
            from ..registro import registrar_inesperado

            motivo = f"error inesperado (los detalles quedaron en {registrar_inesperado('recibo de un pago')})"
        resto = ["pagos", "recibo", registrado.pago_id, args.recibo]
        if getattr(args, "asociacion", None):
            resto += ["--asociacion", args.asociacion]
        print(f"Pago registrado (recibo N.º {registrado.recibo}, pago {registrado.pago_id}). No se pudo escribir el recibo en "
              f"{args.recibo}: {motivo}; vuelva a generarlo con «{orden_exacta(args, *resto)}» (no repita "
              "«pagos registrar»: registraría el pago otra vez).", file=sys.stderr)
        return SALIDA_GUARDADO_SIN_ARCHIVO
    print(f"Recibo guardado en {args.recibo}.")
    return 0


def orden_pago_anular(args) -> None:
    from ..servicios.pagos import anular_pago

    oficina = oficina_de(args)
    anular_pago(oficina.contexto, args.pago, args.motivo)
    print(f"Pago {args.pago} anulado.")


def orden_recibo(args) -> None:
    from ..servicios.informes_cuotas import imprimir_recibo

    comprobar_salida(args.archivo, ".pdf", "el recibo", reemplazar=args.reemplazar)
    oficina = oficina_de(args)
    copia = imprimir_recibo(oficina.contexto, args.pago, args.archivo)
    if copia:   # el original ya había salido: el servicio escribió una COPIA (la misma regla que la ventana)
        print(f"Copia del recibo guardada en {args.archivo} (el original ya se había impreso o guardado; esta dice "
              "COPIA).")
    else:
        print(f"Recibo guardado en {args.archivo}.")


def orden_pagos_listar(args) -> None:
    from ..dominio.dinero import formatear
    from ..servicios.pagos import listar_pagos

    oficina = oficina_de(args)
    pagos = listar_pagos(oficina.contexto, args.miembro)
    if args.json:
        print(json.dumps([{k: p[k] for k in ("id", "recibo", "miembro_id", "miembro", "fecha", "importe", "moneda",
                                              "importe_imputable", "moneda_imputacion", "medio", "referencia",
                                              "anulado_en", "motivo_anulacion")} for p in pagos], ensure_ascii=False, indent=2))
        return
    for p in pagos:
        estado = f"  ANULADO: {abreviar(p['motivo_anulacion'], 80)}" if p["anulado_en"] else ""
        print(f"{p['id']:>5}  {p['recibo']}  {p['fecha']}  {abreviar(p['miembro'], 30):<30} "
              f"{formatear(p['importe'], p['moneda']):>16}{estado}")
    print(f"{formato.cuantos(len(pagos), '{0} pago', '{0} pagos')}.")
