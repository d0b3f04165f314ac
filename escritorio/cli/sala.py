"""escritorio sala reglas: las reglas de la sala de un órgano (el plazo para presentar mociones, el tiempo de cada
intervención y de una cuestión de orden, el orden de votación de las enmiendas, los apoyos que una moción necesita
para que se la admita, el flujo de sus mociones —simple, completo o propio— y el artículo que las fija).
Sin opciones, las muestra; con opciones, las cambia (servicios/fijar_reglas_de_la_sala.py).
«sala categoria|categorias»: las categorías de las cuestiones de orden; «sala categoria-mocion|categorias-mocion»: las
de las mociones, con su prefijo («Moción HAC 3», servicios/categorias_de_mocion.py)."""

import sys

from ..documentos.visible import visible
from ..dominio.flujos_de_mocion import FLUJOS, como_texto, nombre_del_flujo, pasos_en_palabras
from ..dominio.sala import ORDENES_ENMIENDAS
from .argumentos import cantidad
from .comun import con_asociacion, con_json, imprimir_json, oficina_de


def _plazo(texto: str) -> int | None:
    """«15» días, o «sin-plazo» (None)."""
    import argparse

    if texto.strip().lower() in ("sin-plazo", "sin plazo", "ninguno"):
        return None
    try:
        return cantidad(texto)
    except (argparse.ArgumentTypeError, ValueError):
        raise argparse.ArgumentTypeError(f"«{texto}»: escriba los días (0 a 365) o sin-plazo") from None


_SIN_CAMBIO = object()


def agregar_ordenes(ordenes) -> None:
    sala = ordenes.add_parser("sala", help="la sala de la asamblea: sus reglas y las categorías de cuestión de orden "
                                           "y de mociones",
                              description="La sala de la asamblea: las reglas que el reglamento de cada órgano fija "
                                          "para las mociones, las enmiendas y los oradores.")
    sub = sala.add_subparsers(dest="accion", required=True, metavar="ACCION")
    reglas = con_json(sub.add_parser(
        "reglas", help="muestra o cambia las reglas de la sala de un órgano",
        description="Sin opciones, muestra las reglas de la sala del órgano (sin fijar, las de omisión: sin plazo, "
                    "180 s por intervención, 60 s por cuestión de orden, la enmienda más alejada del texto primero). "
                    "Con opciones, cambia lo pedido; lo demás queda. Mientras las reglas citan un artículo "
                    "(--articulo), cambian solo con una reforma registrada y vigente de ese artículo, nombrada con "
                    "--por-reforma.",
        epilog='Ejemplos:\n  escritorio sala reglas --organo Asamblea\n'
               '  escritorio sala reglas --organo Asamblea --plazo-mociones 15 --segundos-palabra 240 '
               '--articulo "Reglamento, art. 12"\n'
               '  escritorio sala reglas --organo Asamblea --por-reforma "Reglamento:1" --plazo-mociones 20\n'
               '  escritorio sala reglas --organo Asamblea --flujo simple --con-paso "admitida>derivada"'))
    reglas.add_argument("--organo", required=True, metavar="ORGANO", help="id del órgano o su nombre exacto")
    reglas.add_argument("--plazo-mociones", type=_plazo, default=_SIN_CAMBIO, metavar="DIAS",
                        help="hasta cuántos días antes de la sesión se reciben mociones (0: hasta el mismo día); "
                             "sin-plazo lo quita")
    reglas.add_argument("--segundos-palabra", type=cantidad, metavar="N", help="segundos de cada intervención")
    reglas.add_argument("--segundos-cuestion-orden", type=cantidad, metavar="N",
                        help="segundos de una cuestión de orden")
    reglas.add_argument("--orden-enmiendas", choices=ORDENES_ENMIENDAS, metavar="ORDEN",
                        help=f"{' o '.join(ORDENES_ENMIENDAS)}: la enmienda más alejada del texto primero o por "
                             "orden de presentación")
    reglas.add_argument("--minimo-apoyos", type=cantidad, metavar="N",
                        help="cuántos apoyos (sin contar a los autores) necesita una moción para que se la admita "
                             "(0: ninguno)")
    reglas.add_argument("--articulo", metavar="TEXTO",
                        help="el artículo del reglamento que las fija («» lo quita); desde entonces no cambian "
                             "desde aquí")
    reglas.add_argument("--por-reforma", metavar="REFORMA",
                        help="la reforma registrada del artículo que citan las reglas, que permite cambiarlas (su "
                             "número entre las del estatuto, el de «Reforma N … registrada»; la de un reglamento, "
                             "TITULO:N); ya vigente")
    reglas.add_argument("--segundos-intervencion-breve", type=cantidad, metavar="N",
                        help="segundos de una intervención breve (60 por omisión)")
    reglas.add_argument("--segundos-pregunta", type=cantidad, metavar="N",
                        help="segundos de una pregunta intercalada a quien habla (30 por omisión)")
    reglas.add_argument("--flujo", choices=tuple(FLUJOS), metavar="FLUJO",
                        help=f"el flujo de las mociones, como los de OpenSlides: {' o '.join(FLUJOS)} (completo por "
                             "omisión: con derivar, aplazar y «no tratada»)")
    reglas.add_argument("--con-paso", action="append", default=[], metavar="DESDE>HACIA",
                        help="suma un paso al flujo de las mociones (admitida>derivada); se repite")
    reglas.add_argument("--sin-paso", action="append", default=[], metavar="DESDE>HACIA",
                        help="quita un paso del flujo de las mociones (admitida>aplazada); se repite")
    con_asociacion(reglas)
    reglas.set_defaults(funcion=orden_reglas)

    categoria = con_json(sub.add_parser(
        "categoria", help="define (o quita) una categoría de las cuestiones de orden de un órgano",
        description="Una categoría de cuestión de orden («Moción de orden», «Cuestión de privilegio») con su rango: "
                    "en la cola, una cuestión de orden de rango 1 pasa antes que una de rango 2. Con el mismo "
                    "nombre, cambia el rango; con --quitar, la quita (si ninguna cuestión de orden la llevó).",
        epilog='Ejemplo: escritorio sala categoria --organo Asamblea "Moción de orden" --rango 1'))
    categoria.add_argument("--organo", required=True, metavar="ORGANO", help="id del órgano o su nombre exacto")
    categoria.add_argument("nombre", metavar="NOMBRE", help="el nombre de la categoría")
    que = categoria.add_mutually_exclusive_group(required=True)
    que.add_argument("--rango", type=cantidad, metavar="N", help="de 1 (pasa primero) a 99")
    que.add_argument("--quitar", action="store_true", help="quita la categoría")
    con_asociacion(categoria)
    categoria.set_defaults(funcion=orden_categoria)

    categorias = con_json(sub.add_parser(
        "categorias", help="las categorías de las cuestiones de orden de un órgano, por rango",
        description="Las categorías de las cuestiones de orden del órgano, de la que pasa primero (rango 1) a la "
                    "última."))
    categorias.add_argument("--organo", required=True, metavar="ORGANO", help="id del órgano o su nombre exacto")
    con_asociacion(categorias)
    categorias.set_defaults(funcion=orden_categorias)
    _agregar_categorias_de_mocion(sub)


def _agregar_categorias_de_mocion(sub) -> None:
    """«sala categoria-mocion» y «sala categorias-mocion» (servicios/categorias_de_mocion.py)."""
    categoria = con_json(sub.add_parser(
        "categoria-mocion", help="define (o quita) una categoría de las mociones de un órgano, con su prefijo",
        description="Una categoría de las mociones del órgano («Hacienda») con su prefijo («HAC», de 1 a 6 letras o "
                    "cifras): una moción con esa categoría se nombra «Moción HAC 3» (el prefijo y su número en la "
                    "sesión) en la ventana, el acta, el sitio y el proyector. Con el mismo nombre, cambia el prefijo "
                    "(si ninguna moción la lleva); con --quitar, la quita (si ninguna moción la lleva).",
        epilog='Ejemplo: escritorio sala categoria-mocion --organo Asamblea "Hacienda" --prefijo HAC'))
    categoria.add_argument("--organo", required=True, metavar="ORGANO", help="id del órgano o su nombre exacto")
    categoria.add_argument("nombre", metavar="NOMBRE", help="el nombre de la categoría (o su prefijo, con --quitar)")
    que = categoria.add_mutually_exclusive_group(required=True)
    que.add_argument("--prefijo", metavar="PREFIJO", help="de 1 a 6 letras o cifras, sin espacios (HAC)")
    que.add_argument("--quitar", action="store_true", help="quita la categoría")
    con_asociacion(categoria)
    categoria.set_defaults(funcion=orden_categoria_mocion)

    categorias = con_json(sub.add_parser(
        "categorias-mocion", help="las categorías de las mociones de un órgano, con su prefijo",
        description="Las categorías de las mociones del órgano, por prefijo, con cuántas mociones lleva cada una."))
    categorias.add_argument("--organo", required=True, metavar="ORGANO", help="id del órgano o su nombre exacto")
    con_asociacion(categorias)
    categorias.set_defaults(funcion=orden_categorias_mocion)


def orden_reglas(args) -> None:
    from ..servicios.fijar_reglas_de_la_sala import PedidoDeReglasDeLaSala, describir, fijar_reglas_de_la_sala
    from ..servicios.organos import elegir_organo
    from ..servicios.reglas_de_la_sala import reglas_de_la_sala

    contexto = oficina_de(args).contexto
    organo = elegir_organo(contexto, args.organo)
    pedido = PedidoDeReglasDeLaSala(
        plazo_mociones_dias=None if args.plazo_mociones is _SIN_CAMBIO else args.plazo_mociones,
        sin_plazo=args.plazo_mociones is None, segundos_palabra=args.segundos_palabra,
        segundos_cuestion_orden=args.segundos_cuestion_orden, orden_enmiendas=args.orden_enmiendas,
        minimo_apoyos=args.minimo_apoyos, segundos_intervencion_breve=args.segundos_intervencion_breve,
        segundos_pregunta=args.segundos_pregunta, articulo=args.articulo, por_reforma=args.por_reforma,
        flujo=args.flujo, con_pasos=tuple(args.con_paso), sin_pasos=tuple(args.sin_paso))
    cambiaron = False
    if pedido.cambia_algo() or pedido.por_reforma is not None:
        hecho = fijar_reglas_de_la_sala(contexto, organo["id"], pedido)
        reglas, cambiaron = hecho.reglas, hecho.cambiaron
        for aviso in hecho.avisos:
            print(f"AVISO: {aviso}", file=sys.stderr)
    else:
        reglas = reglas_de_la_sala(contexto, organo["id"])
    if args.json:
        imprimir_json({"organo_id": organo["id"], "organo": organo["nombre"],
                       "plazo_mociones_dias": reglas.plazo_mociones_dias, "segundos_palabra": reglas.segundos_palabra,
                       "segundos_cuestion_orden": reglas.segundos_cuestion_orden,
                       "orden_enmiendas": reglas.orden_enmiendas, "minimo_apoyos": reglas.minimo_apoyos,
                       "segundos_intervencion_breve": reglas.segundos_intervencion_breve,
                       "segundos_pregunta": reglas.segundos_pregunta,
                       "articulo": reglas.articulo, **_flujo_en_json(reglas.flujo),
                       "fijadas": reglas.fijadas, "cambiaron": cambiaron})
        return
    if pedido.cambia_algo():
        print(f"Reglas de la sala de «{visible(organo['nombre'])}» "
              + ("guardadas." if cambiaron else "sin cambios (ya eran esas)."))
    origen = (f" ({visible(reglas.articulo)})" if reglas.articulo else
              " (sin artículo del reglamento)" if reglas.fijadas else " (las de omisión: el órgano no fijó ninguna)")
    print(f"{visible(organo['nombre'])} — reglas de la sala{origen}:")
    print(f"  {visible(describir(reglas))}")
    if reglas.flujo is not None:
        print(f"  Flujo de las mociones ({nombre_del_flujo(reglas.flujo) or 'propio'}): "
              f"{visible(pasos_en_palabras(reglas.flujo))}")


def _flujo_en_json(flujo: frozenset | None) -> dict:
    """El flujo de las mociones: su nombre («simple», «completo», «propio»; None si no se entiende) y sus pasos."""
    if flujo is None:
        return {"flujo": None, "pasos_del_flujo": None}
    return {"flujo": nombre_del_flujo(flujo) or "propio", "pasos_del_flujo": como_texto(flujo).split(",")}


def orden_categoria(args) -> None:
    from ..servicios import categorias_de_cuestion as servicio
    from ..servicios.organos import elegir_organo

    contexto = oficina_de(args).contexto
    organo = elegir_organo(contexto, args.organo)
    if args.quitar:
        servicio.quitar(contexto, organo["id"], args.nombre)
        hecho = {"organo": organo["nombre"], "categoria": args.nombre, "quitada": True}
        texto = f"Categoría «{visible(args.nombre)}» quitada de las cuestiones de orden de «{visible(organo['nombre'])}»."
    else:
        categoria = servicio.definir(contexto, organo["id"], args.nombre, args.rango)
        hecho = {"organo": organo["nombre"], "id": categoria.id, "categoria": categoria.nombre,
                 "rango": categoria.rango}
        texto = (f"Categoría «{visible(categoria.nombre)}» de las cuestiones de orden de «{visible(organo['nombre'])}»: "
                 f"rango {categoria.rango}.")
    if args.json:
        imprimir_json(hecho)
        return
    print(texto)


def orden_categorias(args) -> None:
    from ..servicios.categorias_de_cuestion import listar
    from ..servicios.organos import elegir_organo

    contexto = oficina_de(args).contexto
    organo = elegir_organo(contexto, args.organo)
    categorias = listar(contexto, organo["id"])
    if args.json:
        imprimir_json([{"id": c.id, "nombre": c.nombre, "rango": c.rango} for c in categorias])
        return
    if not categorias:
        print(f"«{visible(organo['nombre'])}» no tiene categorías de cuestión de orden: todas van por orden de pedido.")
    for c in categorias:
        print(f"  {c.rango:>2}  {visible(c.nombre)}")


def orden_categoria_mocion(args) -> None:
    from ..servicios import categorias_de_mocion as servicio
    from ..servicios.organos import elegir_organo

    contexto = oficina_de(args).contexto
    organo = elegir_organo(contexto, args.organo)
    if args.quitar:
        categoria = servicio.elegir(contexto, organo["id"], args.nombre)
        servicio.quitar(contexto, organo["id"], categoria.nombre)
        hecho = {"organo": organo["nombre"], "id": categoria.id, "categoria": categoria.nombre,
                 "prefijo": categoria.prefijo, "quitada": True}
        texto = (f"Categoría «{visible(categoria.nombre)}» ({visible(categoria.prefijo)}) quitada de las mociones de "
                 f"«{visible(organo['nombre'])}».")
    else:
        categoria = servicio.definir(contexto, organo["id"], args.nombre, args.prefijo)
        hecho = {"organo": organo["nombre"], "id": categoria.id, "categoria": categoria.nombre,
                 "prefijo": categoria.prefijo}
        texto = (f"Categoría «{visible(categoria.nombre)}» de las mociones de «{visible(organo['nombre'])}»: prefijo "
                 f"{visible(categoria.prefijo)} (sus mociones se nombran «Moción {visible(categoria.prefijo)} N»).")
    if args.json:
        imprimir_json(hecho)
        return
    print(texto)


def orden_categorias_mocion(args) -> None:
    from ..servicios.categorias_de_mocion import listar
    from ..servicios.organos import elegir_organo

    contexto = oficina_de(args).contexto
    organo = elegir_organo(contexto, args.organo)
    categorias = listar(contexto, organo["id"])
    if args.json:
        imprimir_json([{"id": c.id, "nombre": c.nombre, "prefijo": c.prefijo, "mociones": c.mociones}
                       for c in categorias])
        return
    if not categorias:
        print(f"«{visible(organo['nombre'])}» no tiene categorías de mociones: se nombran solo por su número.")
    for c in categorias:
        cuantas = "ninguna moción" if not c.mociones else "1 moción" if c.mociones == 1 else f"{c.mociones} mociones"
        print(f"  {visible(c.prefijo):<6}  {visible(c.nombre)} ({cuantas})")
