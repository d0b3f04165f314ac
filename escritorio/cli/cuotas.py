"""«cuotas»: escalas por tramo de población, emisión de los cargos de un año, padrón de cuotas, morosidad,
estado de cuenta, avisos de cobro, exenciones y las reglas del voto de los morosos (regla-voto, tolerancia)."""

import json
import sys

from ..documentos.visible import abreviar
from ..dominio.cuotas import REGLAS_BAJA, REGLAS_INGRESO, TIPOS_CARGO
from ..dominio import formato
from .argumentos import fecha, identificador
from .argumentos import resolucion as una_resolucion
from .comun import con_asociacion, con_json, imprimir_json, oficina_de
from ..salida import comprobar_salida


def agregar_ordenes(ordenes) -> None:
    cuotas = ordenes.add_parser("cuotas", help="escalas, emisión, padrón de cuotas, morosidad y estado de cuenta",
                                description="Cuotas por tramo de población.")
    sub = cuotas.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)

    escala = sub.add_parser("escala", help="definir y listar escalas", description="Escalas de cuotas.")
    sub_escala = escala.add_subparsers(dest="accion_escala", title="acciones", metavar="ACCION", required=True)
    definir = sub_escala.add_parser(
        "definir", help="define una escala nueva",
        description="Define una escala. Tramos: pares «población desde (inclusive):importe» separados por comas.")
    definir.add_argument("--desde", type=fecha, required=True, metavar="AAAA-MM-DD",
                         help="rige desde (de 1900 a diez años adelante)")
    definir.add_argument("--hasta", type=fecha, metavar="AAAA-MM-DD", help="rige hasta (sin fecha: sin fin)")
    definir.add_argument("--moneda", required=True, help="código ISO 4217 de una moneda vigente, por ejemplo USD")
    definir.add_argument("--tramos", required=True, help='por ejemplo "0:100,100000:500,500000:1000,3000000:2000" '
                         '(población de 0 a 2.000.000.000; importe mayor que cero, hasta 999.999.999.999,99)')
    definir.add_argument("--articulo", help="artículo que la establece, por ejemplo «Reglamento, art. 3»")
    definir.add_argument("--aprobada-por", help="resolución o acta que la aprobó")
    definir.add_argument("--tipo", default="cuota_anual", choices=list(TIPOS_CARGO))
    definir.add_argument("--ingreso", default="completa", choices=list(REGLAS_INGRESO),
                         help="miembros admitidos durante el año: cuota completa, prorrateo por meses o desde el año siguiente")
    definir.add_argument("--articulo-ingreso", help="artículo que dice cómo se cobra el primer año de quien ingresa, "
                         "por ejemplo «Reglamento de cuotas, art. 3» (el detalle del cargo lo cita)")
    definir.add_argument("--baja", default="completo", choices=list(REGLAS_BAJA),
                         help="miembros dados de baja durante el año: el año completo, o hasta el mes de la baja")
    definir.add_argument("--articulo-baja", help="artículo que dice cómo se cobra el año de quien se va (el detalle "
                         "del cargo prorrateado lo cita)")
    definir.add_argument("--referencia", default="01-01", metavar="MM-DD", help="día cuya población se usa (por defecto 01-01)")
    definir.add_argument("--vencimiento", default="03-31", metavar="MM-DD", help="vencimiento anual (por defecto 03-31)")
    definir.add_argument("--resolucion", type=una_resolucion, metavar="RESOLUCION",
                         help="la resolución que aprobó la escala (N/AAAA o #ID): la de un punto de cuotas_presupuesto aprobado; la "
                              "escala la cita y la resolución la lista entre sus efectos")
    definir.set_defaults(funcion=orden_escala_definir)
    listar = sub_escala.add_parser("listar", help="lista las escalas", description="Lista las escalas.")
    listar.add_argument("--json", action="store_true", help="salida en JSON")
    listar.set_defaults(funcion=orden_escala_listar)

    emitir = sub.add_parser("emitir", help="emite los cargos de un año", description=(
        "Emite un cargo por miembro del año según la escala vigente y su población a la fecha de referencia. "
        "Volver a emitir no duplica: crea lo que falta e informa diferencias."))
    emitir.add_argument("anio", metavar="AÑO", help="de 1900 al año que viene")
    emitir.add_argument("--tipo", default="cuota_anual", choices=list(TIPOS_CARGO))
    emitir.add_argument("--simular", action="store_true", help="muestra la vista previa con totales, sin emitir")
    emitir.add_argument("--vence", type=fecha, metavar="AAAA-MM-DD",
                        help="vencimiento de los cargos nuevos (por defecto, el día de vencimiento de la escala)")
    emitir.set_defaults(funcion=orden_emitir)
    exportar = sub.add_parser("exportar", help="padrón de cuotas de un año a .xlsx (o --json)",
                              description="Padrón de cuotas del año a .xlsx; con --json, sus filas en JSON (con o sin "
                                          "archivo; los importes, en centavos).")
    exportar.add_argument("anio", metavar="AÑO")
    exportar.add_argument("archivo", metavar="ARCHIVO.xlsx", nargs="?")
    con_json(exportar)
    exportar.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    # Con --simular (cli/simulacion.py) el archivo se escribe aparte y se borra: la ruta pedida nunca se crea.
    exportar.set_defaults(funcion=orden_exportar, analizador=exportar, salidas=("archivo",))
    morosidad = sub.add_parser("morosidad", help="deudas vencidas a .xlsx (o --json)",
                               description="Morosidad a una fecha, a .xlsx; con --json, cada miembro con deuda en JSON "
                                           "(con o sin archivo; los importes, en centavos).")
    morosidad.add_argument("archivo", metavar="ARCHIVO.xlsx", nargs="?")
    con_json(morosidad)
    morosidad.add_argument("--al", type=fecha, metavar="AAAA-MM-DD", help="fecha de corte (por defecto, hoy)")
    morosidad.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    morosidad.set_defaults(funcion=orden_morosidad, analizador=morosidad)
    cuenta = sub.add_parser("estado-cuenta", help="estado de cuenta de un miembro en PDF", description="Estado de cuenta en PDF.")
    cuenta.add_argument("--miembro", type=identificador, required=True, metavar="ID")
    cuenta.add_argument("archivo", metavar="ARCHIVO.pdf")
    cuenta.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    cuenta.set_defaults(funcion=orden_estado_cuenta)
    avisos = sub.add_parser("avisos", help="genera el lote de avisos de cobro en PDF",
                            description="Cartas de aviso de cobro por atraso; cada aviso se registra y no se repite. "
                                        "Quien tiene un pago o una cuota cambiados por fuera de Escritorio (o que toca "
                                        "un incidente sin reconocer) queda apartado, sin carta, y se dice por qué.")
    avisos.add_argument("archivo", metavar="ARCHIVO.pdf")
    avisos.add_argument("--al", type=fecha, metavar="AAAA-MM-DD", help="fecha de corte (por defecto, hoy)")
    avisos.add_argument("--reemplazar", action="store_true", help="si ARCHIVO.pdf ya existe, lo reemplaza")
    con_json(avisos)
    avisos.set_defaults(funcion=orden_avisos, salidas=("archivo",))   # --simular: ver cuotas exportar
    exencion = sub.add_parser("exencion", help="exime o descuenta la cuota de un año", description="Exención o descuento.")
    exencion.add_argument("--miembro", type=identificador, required=True, metavar="ID")
    exencion.add_argument("--anio", required=True, metavar="AÑO", help="de 1900 a diez años adelante")
    exencion.add_argument("--porcentaje", default="100", help="de 1 a 100 (100 = exención total)")
    exencion.add_argument("--motivo", required=True)
    exencion.add_argument("--aprobada-por", help="resolución que la aprobó")
    exencion.set_defaults(funcion=orden_exencion)
    voto = sub.add_parser("regla-voto", help="cuántas cuotas impagas suspenden el voto",
                          description="«N cuotas anuales impagas suspenden el derecho a voto».")
    voto.add_argument("--cuotas", help="N, de 1 a 100 (sin valor: el voto no se suspende por deudas)")
    voto.add_argument("--articulo", help="artículo de los estatutos")
    voto.set_defaults(funcion=orden_regla_voto)
    tolerancia = sub.add_parser(
        "tolerancia", help="saldo mínimo que no suspende el voto",
        description="Tolerancia de la morosidad: una cuota con un saldo de hasta N unidades de su moneda, o hasta P %% "
                    "de su importe (la mayor de las dos), no cuenta como impaga para suspender el voto; el saldo sigue "
                    "siendo deuda. Sin --unidades ni --porcentaje: sin tolerancia.")
    tolerancia.add_argument("--unidades", default="0", help="unidades enteras de la moneda de la cuota, de 0 a 1.000.000")
    tolerancia.add_argument("--porcentaje", default="0", help="parte de la cuota, de 0 a 100")
    tolerancia.add_argument("--articulo", help="artículo del reglamento, por ejemplo «Reglamento de cuotas, art. 5»")
    tolerancia.set_defaults(funcion=orden_tolerancia)
    cobranza = sub.add_parser("cobranza", help="resumen de cobranza de un año por país, en PDF",
                              description="Resumen de cobranza del año por país (emitido, cobrado, pendiente), en "
                                          "PDF, como «Resumen de cobranza (PDF)…» en Cuotas; con --json, sus filas en "
                                          "JSON (con o sin archivo; los importes, en centavos).")
    cobranza.add_argument("anio", metavar="AÑO")
    cobranza.add_argument("archivo", metavar="ARCHIVO.pdf", nargs="?")
    con_json(cobranza)
    cobranza.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    cobranza.set_defaults(funcion=orden_cobranza, analizador=cobranza)
    for parser in (definir, listar, emitir, exportar, morosidad, cuenta, avisos, exencion, voto, tolerancia, cobranza):
        con_asociacion(parser)


def orden_escala_definir(args) -> None:
    from ..servicios.cuotas import definir_escala, escala_desde_texto

    oficina = oficina_de(args)
    escala = escala_desde_texto(args.desde, args.moneda, args.tramos, hasta=args.hasta, tipo_cargo=args.tipo,
                                articulo=args.articulo, aprobada_por=args.aprobada_por, regla_ingreso=args.ingreso,
                                dia_referencia=args.referencia, dia_vencimiento=args.vencimiento,
                                articulo_ingreso=args.articulo_ingreso, regla_baja=args.baja,
                                articulo_baja=args.articulo_baja)
    escala_id = definir_escala(oficina.contexto, escala, resolucion_id=args.resolucion)
    print(f"Escala {escala_id} guardada: {escala.texto_tramos()}.")
    if args.resolucion is not None:
        print(f"Aprobada por {escala.aprobada_por} (id {args.resolucion}).")


def orden_escala_listar(args) -> None:
    from ..dominio.cuotas import REGLAS_BAJA, REGLAS_INGRESO, TIPOS_CARGO
    from ..servicios.cuotas import listar_escalas

    oficina = oficina_de(args)
    escalas = listar_escalas(oficina.contexto)
    if args.json:
        print(json.dumps([{
            "id": e.id, "tipo": e.tipo_cargo, "desde": e.desde.isoformat(), "hasta": e.hasta.isoformat() if e.hasta else None,
            "moneda": e.moneda, "articulo": e.articulo, "regla_ingreso": e.regla_ingreso,
            "articulo_ingreso": e.articulo_ingreso, "regla_baja": e.regla_baja, "articulo_baja": e.articulo_baja,
            "vencimiento": e.dia_vencimiento,
            "tramos": [{"desde": t.desde, "importe": t.importe} for t in e.tramos]} for e in escalas],
            ensure_ascii=False, indent=2))
        return
    if not escalas:
        print("No hay escalas. Defina una con «escritorio cuotas escala definir».")
    for e in escalas:
        hasta = formato.fecha(e.hasta) if e.hasta else "sin fin"
        print(f"{e.id:>3}  {TIPOS_CARGO[e.tipo_cargo]}  {formato.fecha(e.desde)} – {hasta}  {abreviar(e.articulo, 80)}\n     {e.texto_tramos()}")
        if e.tipo_cargo == "cuota_anual":
            cita = f" ({abreviar(e.articulo_ingreso, 80)})" if e.articulo_ingreso else ""
            print(f"     Quien ingresa durante el año: {REGLAS_INGRESO[e.regla_ingreso].lower()}{cita}.")
            cita = f" ({abreviar(e.articulo_baja, 80)})" if e.articulo_baja else ""
            print(f"     Quien se da de baja durante el año: {REGLAS_BAJA[e.regla_baja].lower()}{cita}.")


def orden_emitir(args) -> None:
    from ..servicios.emision_de_cuotas import emitir_plan, preparar_emision

    oficina = oficina_de(args)
    contexto = oficina.contexto
    if args.simular:
        emision = preparar_emision(contexto, args.anio, args.tipo, vencimiento=args.vence)
    else:  # un solo plan, hecho dentro de la transacción que escribe: el informe dice lo que se escribió
        emision = emitir_plan(contexto, args.anio, args.tipo, renglones=False, vencimiento=args.vence)
    print(("Simulación (no se emitió nada): " if args.simular else "Emisión terminada: ") + emision.resumen() + ".")
    for advertencia in emision.advertencias:   # un vencimiento que ya pasó: lo mismo que muestra la ventana
        print(f"Aviso: {advertencia} Use --vence AAAA-MM-DD (pruébelo antes con --simular).", file=sys.stderr)
    for linea in emision.primeras_vencen:   # la primera cuota de quien ingresó en el año, con su gracia
        print(f"  {linea}")
    if emision.primeras_vencen:
        print("  La gracia de la primera cuota se cambia con «escritorio asociacion admision --gracia DIAS».")
    for linea in emision.diferencias[:20]:
        print(f"  diferencia: {linea}")
    if emision.sin_poblacion:
        print(f"  sin cifra de población (no se emitió): {', '.join(emision.sin_poblacion[:20])}")


def _archivo_o_json(args, extension: str, que: str) -> bool:
    """Si la orden escribe un archivo (comprobado antes de abrir la base); False si solo pide --json. Sin archivo ni
    --json, un error de uso."""
    if args.archivo is None:
        if not args.json:
            args.analizador.error(f"falta el archivo {extension} (o --json para ver las filas sin guardar un archivo)")
        return False
    comprobar_salida(args.archivo, extension, que, reemplazar=args.reemplazar)
    return True


def orden_exportar(args) -> None:
    from ..servicios.informes_cuotas import exportar_padron_cuotas

    if not _archivo_o_json(args, ".xlsx", "el padrón de cuotas"):
        from ..servicios.listados_de_cuotas import padron_de_cuotas_del_anio

        imprimir_json(padron_de_cuotas_del_anio(oficina_de(args).contexto, args.anio))
        return
    oficina = oficina_de(args)
    cantidad = exportar_padron_cuotas(oficina.contexto, args.anio, args.archivo)
    if args.json:
        from ..servicios.listados_de_cuotas import padron_de_cuotas_del_anio

        imprimir_json(padron_de_cuotas_del_anio(oficina.contexto, args.anio))
        return
    print(f"Padrón de cuotas {int(args.anio)} exportado a {args.archivo}: "
          f"{formato.cuantos(cantidad, '{0} cargo', '{0} cargos')}.")


def orden_cobranza(args) -> None:
    from ..servicios.informes_cuotas import imprimir_resumen_cobranza

    from ..servicios.listados_de_cuotas import cobranza_del_anio

    if not _archivo_o_json(args, ".pdf", "el resumen de cobranza"):
        imprimir_json(cobranza_del_anio(oficina_de(args).contexto, args.anio))
        return
    oficina = oficina_de(args)
    paginas = imprimir_resumen_cobranza(oficina.contexto, args.anio, args.archivo)
    if args.json:
        imprimir_json(cobranza_del_anio(oficina.contexto, args.anio))
        return
    print(f"Resumen de cobranza {args.anio} guardado en {args.archivo}: {paginas} "
          f"{'página' if paginas == 1 else 'páginas'}.")


def orden_morosidad(args) -> None:
    from ..servicios.informes_cuotas import exportar_morosidad

    from ..servicios.listados_de_cuotas import morosidad_al

    if not _archivo_o_json(args, ".xlsx", "la morosidad"):
        imprimir_json(morosidad_al(oficina_de(args).contexto, args.al))
        return
    oficina = oficina_de(args)
    cantidad = exportar_morosidad(oficina.contexto, args.archivo, args.al)
    if args.json:
        imprimir_json(morosidad_al(oficina.contexto, args.al))
        return
    print(f"Morosidad exportada a {args.archivo}: "
          f"{formato.cuantos(cantidad, '{0} miembro con deuda vencida', '{0} miembros con deuda vencida')}.")


def orden_estado_cuenta(args) -> None:
    from ..servicios.informes_cuotas import imprimir_estado_de_cuenta

    comprobar_salida(args.archivo, ".pdf", "el estado de cuenta", reemplazar=args.reemplazar)
    oficina = oficina_de(args)
    imprimir_estado_de_cuenta(oficina.contexto, args.miembro, args.archivo)
    print(f"Estado de cuenta guardado en {args.archivo}.")


def orden_avisos(args) -> None:
    from ..servicios.informes_cuotas import generar_avisos

    # El lote se anota y se escribe en la misma transacción (si el PDF falla, no se anota nada); además la
    # ruta se comprueba antes, y un archivo existente solo se reemplaza con --reemplazar.
    comprobar_salida(args.archivo, ".pdf", "el lote de avisos", reemplazar=args.reemplazar,
                     sin_hacer="no se generó ningún aviso")
    oficina = oficina_de(args)
    hecho = generar_avisos(oficina.contexto, args.archivo, args.al)
    if args.json:
        imprimir_json({"cartas": hecho.cantidad, "archivo": str(args.archivo) if hecho.cantidad else None,
                       "apartados": [{"miembro_id": a.miembro_id, "miembro": a.miembro, "motivos": list(a.motivos),
                                      "que_hacer": a.que_hacer} for a in hecho.apartados]})
        return
    print(f"{formato.cuantos(hecho.cantidad, '{0} aviso', '{0} avisos')} de cobro en {args.archivo}." if hecho.cantidad
          else "No hay avisos nuevos que enviar.")
    _imprimir_apartados(hecho.apartados)


def _imprimir_apartados(apartados) -> None:
    """Los miembros sin carta porque su cuenta cambió por fuera de Escritorio: quién, qué cambió y qué hacer."""
    if not apartados:
        return
    print(f"Apartados, sin carta ({formato.numero(len(apartados))}): la base ya no puede dar fe de su cuenta.")
    for apartado in apartados:
        print(f"  {apartado.miembro} (id {apartado.miembro_id}):")
        for motivo in apartado.motivos:
            print(f"    • {motivo}")
    print(apartados[0].que_hacer)


def orden_exencion(args) -> None:
    from ..servicios.cuotas import registrar_exencion

    oficina = oficina_de(args)
    from ..servicios.pagos import miembro_de_la_asociacion

    miembro_de_la_asociacion(oficina.contexto, args.miembro)
    registrar_exencion(oficina.db, args.miembro, args.anio, args.porcentaje, args.motivo, args.aprobada_por)
    print(f"Exención del {int(args.porcentaje)} % registrada para {int(args.anio)}; rige en la emisión de ese año.")


def orden_regla_voto(args) -> None:
    from ..servicios.cuotas import fijar_regla_de_voto

    oficina = oficina_de(args)
    from ..servicios.voto_de_los_morosos import regla_del_voto_moroso

    contexto = oficina.contexto
    fijar_regla_de_voto(contexto, args.cuotas, args.articulo)
    print(regla_del_voto_moroso(contexto).texto())   # la frase de la ventana (Cuotas › Morosidad)


def orden_tolerancia(args) -> None:
    from ..servicios.cuotas import fijar_tolerancia

    oficina = oficina_de(args)
    print(fijar_tolerancia(oficina.contexto, args.porcentaje, args.unidades, args.articulo).texto())
