"""La memoria anual por la línea de órdenes (como Documentos › Memoria anual… en la ventana):

    escritorio memoria 2026 memoria.pdf [--excel memoria.xlsx]     (o «memoria generar 2026 …»)
    escritorio memoria texto 2026 --introduccion introduccion.txt
    escritorio memoria seccion 2026 --titulo "Hitos del año" --archivo hitos.txt --despues-de miembros
    escritorio memoria textos 2026 | editar-seccion N | mover-seccion N --arriba | quitar-seccion N

`memoria AÑO …` es lo mismo que `memoria generar AÑO …`: la acción que se escribe primero es un año. Cada orden llama
a los mismos servicios que la ventana (servicios.memoria.anual, servicios.memoria.textos)."""

import argparse
import sys

from .comun import con_asociacion, con_json, contexto_de, imprimir_json


class _NombresOAnio(dict):
    """Las acciones de «memoria»; un año (lo que empieza con una cifra) también es una: la de generar."""

    def __contains__(self, clave) -> bool:
        return super().__contains__(clave) or (isinstance(clave, str) and clave[:1].isdigit())


class _AccionesDeLaMemoria(argparse._SubParsersAction):
    """«memoria 2026 memoria.pdf» se lee como «memoria generar 2026 memoria.pdf»."""

    def __init__(self, *argumentos, **opciones):
        super().__init__(*argumentos, **opciones)
        self._name_parser_map = _NombresOAnio(self._name_parser_map)
        self.choices = self._name_parser_map

    def __call__(self, parser, namespace, values, option_string=None):
        if values and not dict.__contains__(self._name_parser_map, values[0]):
            values = ["generar", *values]
        super().__call__(parser, namespace, values, option_string)


def agregar_ordenes(ordenes) -> None:
    memoria = ordenes.add_parser(
        "memoria", help="la memoria anual: PDF/A verificable y libro de Excel, con los textos de la secretaría",
        description="La memoria anual de la asociación (miembros, sesiones, resoluciones, elecciones y autoridades, "
                    "unidades temáticas y sus planes de trabajo, cuotas y cobranza), con la introducción y las "
                    "secciones que escribe la secretaría. «escritorio memoria 2026 memoria.pdf» es lo mismo que "
                    "«escritorio memoria generar 2026 memoria.pdf».",
        epilog="Ejemplos:\n  escritorio memoria 2026 memoria-2026.pdf --excel memoria-2026.xlsx\n"
               "  escritorio memoria texto 2026 --introduccion introduccion.txt\n"
               '  escritorio memoria seccion 2026 --titulo "Hitos del año" --archivo hitos.txt --despues-de miembros')
    sub = memoria.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True,
                                 action=_AccionesDeLaMemoria)
    lugares = "miembros, sesiones, resoluciones, autoridades, unidades, cuotas, convenios, indicadores"

    generar = sub.add_parser(
        "generar", help="escribe la memoria de un año en PDF/A (con su código de verificación) y/o en Excel",
        description="Escribe la memoria del año: el PDF/A lleva su código de verificación y queda registrado (se "
                    "verifica con «documento verificar»); el libro de Excel tiene una hoja por tabla. En el idioma "
                    "de los documentos de la asociación (o el de --idioma). Un año que no terminó se cuenta hasta "
                    "hoy. No reemplaza un archivo existente salvo con --reemplazar.")
    generar.add_argument("anio", metavar="AÑO", help="el año de la memoria (hasta el año en curso)")
    generar.add_argument("archivo", metavar="ARCHIVO.pdf", nargs="?", help="el PDF de la memoria")
    generar.add_argument("--excel", metavar="ARCHIVO.xlsx", help="además (o en lugar del PDF), el libro de Excel")
    generar.add_argument("--reemplazar", action="store_true",
                         help="reemplaza los archivos que ya existan (con --excel, los dos o ninguno)")
    con_json(generar)
    generar.set_defaults(funcion=orden_generar)

    texto = sub.add_parser(
        "texto", help="la introducción de la memoria de un año (la muestra, la fija desde un archivo o la quita)",
        description="La introducción que escribe la secretaría para la memoria del año: con --introduccion, el texto "
                    "de ese archivo (UTF-8; los párrafos separados por una línea en blanco) reemplaza la que "
                    "hubiera; con --quitar-introduccion, se quita; sin opciones, se muestra. La bitácora guarda cada "
                    "versión.")
    texto.add_argument("anio", metavar="AÑO")
    cual = texto.add_mutually_exclusive_group()
    cual.add_argument("--introduccion", metavar="ARCHIVO.txt", help="el archivo con el texto de la introducción")
    cual.add_argument("--quitar-introduccion", action="store_true", help="la memoria queda sin introducción")
    con_json(texto)
    texto.set_defaults(funcion=orden_texto)

    textos = sub.add_parser("textos", help="la introducción y las secciones propias de la memoria de un año",
                            description="Lo que escribió la secretaría para la memoria del año: la introducción y "
                                        "cada sección propia con su número, su título y dónde va.")
    textos.add_argument("anio", metavar="AÑO")
    con_json(textos)
    textos.set_defaults(funcion=orden_textos)

    seccion = sub.add_parser(
        "seccion", help="agrega una sección de texto libre a la memoria de un año",
        description="Agrega una sección de texto libre a la memoria del año, con su título y su texto (de un archivo "
                    "o escrito en la orden), después de una sección del programa (" + lugares + ") o al final.")
    seccion.add_argument("anio", metavar="AÑO")
    seccion.add_argument("--titulo", required=True, metavar="TEXTO")
    de_donde = seccion.add_mutually_exclusive_group(required=True)
    de_donde.add_argument("--archivo", metavar="ARCHIVO.txt", help="el archivo con el texto (UTF-8)")
    de_donde.add_argument("--texto", metavar="TEXTO", help="el texto, escrito en la orden")
    seccion.add_argument("--despues-de", metavar="SECCION", help="después de qué sección va: " + lugares +
                         " (por omisión, al final)")
    con_json(seccion)
    seccion.set_defaults(funcion=orden_seccion)

    editar = sub.add_parser(
        "editar-seccion", help="corrige una sección propia (título, texto, lugar)",
        description="Corrige una sección propia de una memoria: cambia solo lo que se indica. Los números se ven "
                    "con «memoria textos AÑO».")
    editar.add_argument("seccion", type=_numero, metavar="N", help="número de la sección")
    editar.add_argument("--titulo", metavar="TEXTO")
    de_donde = editar.add_mutually_exclusive_group()
    de_donde.add_argument("--archivo", metavar="ARCHIVO.txt", help="el archivo con el texto nuevo (UTF-8)")
    de_donde.add_argument("--texto", metavar="TEXTO", help="el texto nuevo, escrito en la orden")
    lugar = editar.add_mutually_exclusive_group()
    lugar.add_argument("--despues-de", metavar="SECCION", help="después de qué sección va: " + lugares)
    lugar.add_argument("--al-final", action="store_true", help="va al final de la memoria")
    con_json(editar)
    editar.set_defaults(funcion=orden_editar_seccion)

    mover = sub.add_parser("mover-seccion", help="cambia el orden de una sección propia con la anterior o la siguiente",
                           description="Cambia el orden de una sección propia con la anterior (--arriba) o la "
                                       "siguiente (--abajo) de la misma memoria.")
    mover.add_argument("seccion", type=_numero, metavar="N", help="número de la sección")
    hacia = mover.add_mutually_exclusive_group(required=True)
    hacia.add_argument("--arriba", action="store_true")
    hacia.add_argument("--abajo", action="store_true")
    mover.set_defaults(funcion=orden_mover_seccion)

    quitar = sub.add_parser("quitar-seccion", help="quita una sección propia (la bitácora guarda lo que decía)",
                            description="Quita una sección propia de una memoria. La bitácora guarda su título y su "
                                        "texto.")
    quitar.add_argument("seccion", type=_numero, metavar="N", help="número de la sección")
    quitar.set_defaults(funcion=orden_quitar_seccion)
    for parser in (generar, texto, textos, seccion, editar, mover, quitar):
        con_asociacion(parser)


def _numero(texto: str) -> int:
    from .argumentos import identificador

    return identificador(texto)


def orden_generar(args) -> int:
    from ..salida import comprobar_salida
    from ..servicios.memoria.anual import generar_memoria

    if args.archivo is None and args.excel is None:
        print("Indique el PDF de la memoria (escritorio memoria AÑO ARCHIVO.pdf), el libro de Excel (--excel "
              "ARCHIVO.xlsx) o los dos.", file=sys.stderr)
        return 2
    if args.archivo is not None:
        comprobar_salida(args.archivo, ".pdf", "la memoria", reemplazar=args.reemplazar)
    if args.excel is not None:
        comprobar_salida(args.excel, ".xlsx", "la memoria en Excel", reemplazar=args.reemplazar)
    contexto = contexto_de(args)
    hecho = generar_memoria(contexto, args.anio, args.archivo, args.excel, reemplazar=args.reemplazar)
    if args.json:
        imprimir_json({"anio": hecho.anio, "al": hecho.al.isoformat(), "secciones": hecho.secciones,
                       "pdf": args.archivo, "paginas": hecho.paginas, "excel": args.excel, "hojas": hecho.hojas,
                       "segundos": round(hecho.segundos, 2)})
        return 0
    from ..dominio import formato

    corte = "" if hecho.al.month == 12 and hecho.al.day == 31 else f" (hasta el {formato.fecha(hecho.al)})"
    if args.archivo is not None:
        print(f"Memoria {hecho.anio}{corte} guardada en {args.archivo}: {hecho.paginas} páginas, "
              f"{hecho.secciones} secciones.")
    if args.excel is not None:
        print(f"Memoria {hecho.anio}{corte} en Excel guardada en {args.excel}: "
              f"{formato.cuantos(hecho.hojas, '{0} hoja', '{0} hojas')}.")
    return 0


def _textos_json(textos) -> dict:
    return {"anio": textos.anio, "introduccion": textos.introduccion,
            "secciones": [{"id": s["id"], "posicion": s["posicion"], "titulo": s["titulo"], "texto": s["texto"],
                           "despues_de": s["despues_de"]} for s in textos.secciones]}


def orden_texto(args) -> None:
    from ..servicios.memoria.textos import fijar_introduccion, leer_texto, textos_de_la_memoria

    contexto = contexto_de(args)
    if args.introduccion is not None:
        fijar_introduccion(contexto, args.anio, leer_texto(args.introduccion, "la introducción"))
    elif args.quitar_introduccion:
        fijar_introduccion(contexto, args.anio, None)
    textos = textos_de_la_memoria(contexto, args.anio)
    if args.json:
        imprimir_json(_textos_json(textos))
        return
    if args.introduccion is not None or args.quitar_introduccion:
        cambio = "guardada" if textos.introduccion else "quitada"
        print(f"Introducción de la memoria {textos.anio} {cambio}.")
    if textos.introduccion:
        print(textos.introduccion)
    elif not args.quitar_introduccion:
        print(f"La memoria {textos.anio} no tiene introducción.")


def orden_textos(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.memoria.textos import lugar_en_palabras, textos_de_la_memoria

    textos = textos_de_la_memoria(contexto_de(args), args.anio)
    if args.json:
        imprimir_json(_textos_json(textos))
        return
    if textos.introduccion:
        print(f"Introducción: {abreviar(' '.join(textos.introduccion.split()), 100)}")
    else:
        print("Sin introducción.")
    for s in textos.secciones:
        print(f"{s['id']:>6}  {abreviar(s['titulo'], 60)} ({lugar_en_palabras(s['despues_de'])}): "
              f"{abreviar(' '.join(s['texto'].split()), 60)}")
    cuantas = len(textos.secciones)
    print(f"Memoria {textos.anio}: {cuantas} sección{'' if cuantas == 1 else 'es'} propia{'' if cuantas == 1 else 's'}.")


def _texto_de(args) -> str | None:
    from ..servicios.memoria.textos import leer_texto

    if args.archivo is not None:
        return leer_texto(args.archivo, "el texto de la sección")
    return args.texto


def orden_seccion(args) -> None:
    from ..servicios.memoria.textos import agregar_seccion, lugar_en_palabras, seccion_de

    contexto = contexto_de(args)
    seccion_id = agregar_seccion(contexto, args.anio, args.titulo, _texto_de(args), args.despues_de)
    seccion = seccion_de(contexto, seccion_id)
    if args.json:
        imprimir_json(dict(seccion))
        return
    print(f"Sección {seccion_id} agregada a la memoria: «{seccion['titulo']}», "
          f"{lugar_en_palabras(seccion['despues_de'])}.")


def orden_editar_seccion(args) -> None:
    from ..servicios.memoria.textos import editar_seccion, lugar_en_palabras, seccion_de

    contexto = contexto_de(args)
    actual = seccion_de(contexto, args.seccion)
    texto = _texto_de(args)
    despues_de = None if args.al_final else args.despues_de if args.despues_de is not None else actual["despues_de"]
    editar_seccion(contexto, args.seccion, args.titulo if args.titulo is not None else actual["titulo"],
                   texto if texto is not None else actual["texto"], despues_de)
    seccion = seccion_de(contexto, args.seccion)
    if args.json:
        imprimir_json(dict(seccion))
        return
    print(f"Sección {args.seccion} corregida: «{seccion['titulo']}», {lugar_en_palabras(seccion['despues_de'])}.")


def orden_mover_seccion(args) -> None:
    from ..servicios.memoria.textos import mover_seccion, seccion_de

    contexto = contexto_de(args)
    mover_seccion(contexto, args.seccion, -1 if args.arriba else 1)
    seccion = seccion_de(contexto, args.seccion)
    print(f"Sección {args.seccion} («{seccion['titulo']}») ahora en el lugar {seccion['posicion']}.")


def orden_quitar_seccion(args) -> None:
    from ..servicios.memoria.textos import quitar_seccion

    seccion = quitar_seccion(contexto_de(args), args.seccion)
    print(f"Sección {seccion['id']} («{seccion['titulo']}») quitada de la memoria (la bitácora guarda su texto).")
