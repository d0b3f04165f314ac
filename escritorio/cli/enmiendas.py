"""«enmiendas»: las enmiendas a una moción (issue 64, §2): presentar (con sus cambios a los párrafos, en el orden
en que se escriben), listar con la comparación en texto ([−quitado−] [+agregado+]) y en JSON (tramos), admitir, no
admitir, retirar, el orden de votación y el texto final. Las votaciones: cli/votos_de_la_sala.py."""

import argparse

from ..documentos.visible import abreviar
from .argumentos import fecha, identificador, lista_de_ids, numero_de_parrafo
from .comun import con_asociacion, con_json, imprimir_json, oficina_de

_CRITERIOS = {"mas_lejana": "la más alejada del texto primero", "presentacion": "por orden de presentación"}


class _Cambio(argparse.Action):
    """--reemplazar N, --insertar-despues N, --suprimir N: un cambio más, en el orden en que se escriben."""

    def __call__(self, parser, namespace, valor, option_string=None):
        cambios = list(getattr(namespace, "cambios", None) or [])
        cambios.append([self.const, valor, None])
        namespace.cambios = cambios


class _Texto(argparse.Action):
    """--texto: el texto del cambio anterior (reemplazar o insertar)."""

    def __call__(self, parser, namespace, valor, option_string=None):
        cambios = getattr(namespace, "cambios", None) or []
        if not cambios or cambios[-1][0] == "suprimir" or cambios[-1][2] is not None:
            parser.error("--texto va después de --reemplazar N o de --insertar-despues N (uno por cambio); "
                         "--suprimir N no lleva texto")
        cambios[-1][2] = valor


def agregar_ordenes(ordenes) -> None:
    enmiendas = ordenes.add_parser(
        "enmiendas", help="las enmiendas a una moción: presentar, listar, admitir, orden de votación",
        description="Las enmiendas a una moción: cada una cambia párrafos del texto presentado de la moción "
                    "(reemplazar, insertar después, suprimir). Se votan con «escritorio votos enmienda».")
    sub = enmiendas.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)

    presentar = con_json(sub.add_parser(
        "presentar", help="registra una enmienda con sus cambios a los párrafos",
        description="Registra una enmienda a una moción presentada o admitida. Cada cambio cita un párrafo del texto "
                    "PRESENTADO de la moción (1, 2, 3…; los párrafos se separan por una línea en blanco): "
                    "--reemplazar N --texto …, --insertar-despues N --texto … (0: al principio) o --suprimir N. "
                    "Se pueden dar varios cambios, en ese orden.",
        epilog="Ejemplos:\n  escritorio enmiendas presentar --mocion 3 --reemplazar 2 --texto \"Las ciudades adoptarán "
               "un plan antes de 2027.\" --suprimir 4 --autor 12,15\n"
               "  escritorio enmiendas presentar --mocion 3 --a-la-enmienda 41 --reemplazar 2 --texto \"Las ciudades "
               "adoptarán un plan antes de 2026.\" --autor 9"))
    presentar.add_argument("--mocion", type=identificador, required=True, metavar="ID")
    presentar.add_argument("--reemplazar", type=numero_de_parrafo, action=_Cambio, const="reemplazar", metavar="N",
                           help="reemplaza el párrafo N por el --texto que sigue")
    presentar.add_argument("--insertar-despues", type=numero_de_parrafo, action=_Cambio, const="insertar", metavar="N",
                           help="inserta el --texto que sigue después del párrafo N (0: al principio)")
    presentar.add_argument("--suprimir", type=numero_de_parrafo, action=_Cambio, const="suprimir", metavar="N",
                           help="suprime el párrafo N")
    presentar.add_argument("--texto", action=_Texto, metavar="TEXTO", help="el texto del cambio anterior")
    presentar.add_argument("--autor", type=lista_de_ids, action="append", default=[], required=True, metavar="IDS",
                           help="los miembros que la presentan (ids separados por comas; se puede repetir)")
    presentar.add_argument("--fundamento", metavar="TEXTO", help="por qué se propone")
    presentar.add_argument("--recibida", type=fecha, metavar="AAAA-MM-DD", help="cuándo se recibió (por omisión, hoy)")
    presentar.add_argument("--a-la-enmienda", type=identificador, metavar="ID",
                           help="enmienda esa enmienda (su id), no la moción: cada cambio nombra uno de los suyos "
                                "(la misma operación y el mismo párrafo) y propone otro --texto para él; se vota "
                                "justo antes que ella")
    presentar.set_defaults(funcion=orden_presentar, cambios=[], analizador=presentar)

    listar = con_json(sub.add_parser(
        "listar", help="las enmiendas de una moción en el orden de votación, con su comparación",
        description="Las enmiendas de una moción en el orden en que se votan (el del reglamento del órgano o el que "
                    "fijó la presidencia), con sus autores, su estado, las que chocan entre sí («afectada por la "
                    "enmienda N»: la posterior de dos que cambian el mismo párrafo) y la comparación con el texto: "
                    "[−lo que quita−] [+lo que agrega+]. Con --json, la comparación va en tramos (igual, quitado, "
                    "agregado)."))
    listar.add_argument("--mocion", type=identificador, required=True, metavar="ID")
    listar.set_defaults(funcion=orden_listar)

    for nombre, ayuda in (("admitir", "la presidencia admite la enmienda: entra a la votación"),
                          ("no-admitir", "la presidencia no admite la enmienda, con su motivo"),
                          ("retirar", "quienes la presentaron la retiran antes de votarla")):
        accion = con_json(sub.add_parser(nombre, help=ayuda, description=ayuda[0].upper() + ayuda[1:] + "."))
        accion.add_argument("enmienda", type=identificador, metavar="ID")
        if nombre != "admitir":
            accion.add_argument("--motivo", metavar="TEXTO", required=nombre == "no-admitir",
                                help="por qué" + (" (obligatorio)" if nombre == "no-admitir" else ""))
        accion.set_defaults(funcion=orden_decidir, decision=nombre)

    orden = con_json(sub.add_parser(
        "orden", help="el orden de votación de las enmiendas; --fijar lo cambia",
        description="Muestra el orden en que se votan las enmiendas de la moción. Con --fijar, la presidencia fija "
                    "otro (los ids de todas las que se votan, en orden); con --reglamento vuelve a regir el del "
                    "reglamento del órgano. Solo antes de votar la primera."))
    orden.add_argument("--mocion", type=identificador, required=True, metavar="ID")
    grupo = orden.add_mutually_exclusive_group()
    grupo.add_argument("--fijar", type=lista_de_ids, metavar="ID,ID,…", help="los ids de las enmiendas, en orden")
    grupo.add_argument("--reglamento", action="store_true", help="vuelve al orden del reglamento")
    orden.set_defaults(funcion=orden_orden)

    final = con_json(sub.add_parser(
        "texto-final", help="el texto de la moción con las enmiendas aprobadas",
        description="El texto presentado de la moción con los cambios de sus enmiendas aprobadas."))
    final.add_argument("--mocion", type=identificador, required=True, metavar="ID")
    final.set_defaults(funcion=orden_texto_final)
    for accion in sub.choices.values():
        con_asociacion(accion)


def json_de_la_enmienda(e) -> dict:
    return {"id": e.id, "numero": e.numero, "estado": e.estado, "motivo": e.motivo, "recibida_el": e.recibida_el,
            "fundamento": e.fundamento, "posicion": e.posicion,
            "autores": [{"miembro_id": a.miembro_id, "nombre": a.nombre} for a in e.autores],
            "cambios": [{"operacion": c.operacion, "parrafo": c.parrafo, "texto": c.texto} for c in e.cambios],
            "comparacion": [{"parrafo": p.numero, "operacion": p.operacion, "texto": p.texto_plano(),
                             "tramos": [{"tipo": t.tipo, "texto": t.texto} for t in p.tramos]}
                            for p in e.comparacion],
            "conflictos": list(e.conflictos), "afectada_por": list(e.afectada_por), "resultado": e.resultado,
            "enmienda_de": e.enmienda_de, "enmienda_de_id": e.enmienda_de_id, "enmendada_por": list(e.enmendada_por),
            "cambios_vigentes": [{"operacion": c.operacion, "parrafo": c.parrafo, "texto": c.texto}
                                 for c in e.cambios_vigentes]}


def json_del_listado(listado) -> dict:
    return {"mocion_id": listado.mocion_id, "numero": listado.numero, "titulo": listado.titulo,
            "estado": listado.estado, "criterio": listado.criterio, "articulo": listado.articulo,
            "orden_fijado": listado.orden_fijado, "orden": list(listado.orden), "resultado": listado.resultado,
            "resolucion_id": listado.resolucion_id,
            "enmiendas": [json_de_la_enmienda(e) for e in listado.enmiendas]}


def _linea(e) -> str:
    from ..servicios.enmiendas import nombre_del_estado

    lugar = f"{e.posicion}.º" if e.posicion is not None else "  "
    autores = ", ".join(abreviar(a.nombre, 40) for a in e.autores)
    a_cual = f", a la enmienda {e.enmienda_de}" if e.enmienda_de is not None else ""
    partes = [f"{lugar:>4} Enmienda {e.numero}{a_cual} (id {e.id}) [{nombre_del_estado(e.estado)}] — {autores}."]
    if e.enmendada_por:
        partes.append(f"Enmendada por la enmienda {', '.join(map(str, e.enmendada_por))}.")
    if e.afectada_por:
        partes.append(f"Afectada por la enmienda {', '.join(map(str, e.afectada_por))}.")
    elif e.conflictos:
        partes.append(f"Choca con la enmienda {', '.join(map(str, e.conflictos))}.")
    if e.motivo:
        partes.append(abreviar(e.motivo, 200))
    if e.resultado:
        partes.append(abreviar(e.resultado, 200))
    return " ".join(partes)


def mostrar_enmienda(e) -> None:
    print(_linea(e))
    for linea in e.comparacion_en_texto().splitlines():
        print(f"       {linea}")


def _cabecera(listado) -> str:
    criterio = ("fijado por la presidencia" if listado.orden_fijado
                else _CRITERIOS.get(listado.criterio, listado.criterio)
                + (f" ({listado.articulo})" if listado.articulo else ""))
    from ..servicios.enmiendas import nombre_del_estado

    return (f"Moción {listado.numero}: {abreviar(listado.titulo, 80)} [{nombre_del_estado(listado.estado)}]. "
            f"Orden de votación: {criterio}.")


def orden_presentar(args) -> None:
    from ..dominio.enmiendas import Cambio
    from ..servicios.enmiendas import presentar

    if not args.cambios:
        args.analizador.error("indique al menos un cambio: --reemplazar N --texto …, --insertar-despues N --texto … "
                              "o --suprimir N")
    contexto = oficina_de(args).contexto
    autores = [m for lista in args.autor for m in lista]
    enmienda = presentar(contexto, args.mocion, [Cambio(*c) for c in args.cambios], autores, args.fundamento,
                         args.recibida, args.a_la_enmienda)
    if args.json:
        imprimir_json(json_de_la_enmienda(enmienda))
        return
    print(f"Enmienda {enmienda.numero} registrada (id {enmienda.id}).")
    mostrar_enmienda(enmienda)


def orden_listar(args) -> None:
    from ..servicios.enmiendas import listar

    listado = listar(oficina_de(args).contexto, args.mocion)
    if args.json:
        imprimir_json(json_del_listado(listado))
        return
    print(_cabecera(listado))
    if not listado.enmiendas:
        print("La moción no tiene enmiendas.")
    for e in listado.enmiendas:
        mostrar_enmienda(e)
    if listado.resultado:
        print(f"Votación de la moción: {abreviar(listado.resultado, 300)}")


def orden_decidir(args) -> None:
    from ..servicios import enmiendas as servicio

    contexto = oficina_de(args).contexto
    if args.decision == "admitir":
        enmienda = servicio.admitir(contexto, args.enmienda)
    elif args.decision == "no-admitir":
        enmienda = servicio.no_admitir(contexto, args.enmienda, args.motivo)
    else:
        enmienda = servicio.retirar(contexto, args.enmienda, args.motivo)
    if args.json:
        imprimir_json(json_de_la_enmienda(enmienda))
        return
    lugar = f" Se vota en el lugar {enmienda.posicion}." if enmienda.estado == "admitida" else ""
    print(f"Enmienda {enmienda.numero} {servicio.nombre_del_estado(enmienda.estado)}.{lugar}")


def orden_orden(args) -> None:
    from ..servicios.enmiendas import fijar_orden, listar

    contexto = oficina_de(args).contexto
    if args.fijar is not None or args.reglamento:
        listado = fijar_orden(contexto, args.mocion, [] if args.reglamento else args.fijar)
    else:
        listado = listar(contexto, args.mocion)
    if args.json:
        imprimir_json(json_del_listado(listado))
        return
    print(_cabecera(listado))
    for e in listado.enmiendas:
        if e.posicion is not None:
            print(_linea(e))


def orden_texto_final(args) -> None:
    from ..servicios.enmiendas import texto_final

    final = texto_final(oficina_de(args).contexto, args.mocion)
    if args.json:
        imprimir_json({"mocion_id": args.mocion, "parrafos": list(final.parrafos), "texto": final.texto,
                       "enmiendas_aprobadas": list(final.aprobadas)})
        return
    print(final.texto)
