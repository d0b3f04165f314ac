"""«voto»: el voto electrónico en la sala (issue 85): los códigos de las delegaciones, abrir y cerrar la urna de lo
que se vota, emitir un voto (lo que hace la página del teléfono) y cuántos votaron; «voto servir», la página de los
teléfonos, está en cli/voto_en_la_sala.py."""

import argparse

from ..dominio.voto_electronico import PUERTO_DE_LA_SALA
from ..errores import ErrorEscritorio
from .actos_de_sesion import acto_de_la_sesion
from .argumentos import identificador
from .comun import con_asociacion, con_json, destino_de_servidor, imprimir_json, oficina_de, ruta_base
from .voto_en_la_sala import agregar_servir, puerto

_QUE_SE_VOTA = (("--punto", "el punto del orden del día (una votación)"), ("--mocion", "la moción (su id)"),
                ("--enmienda", "la enmienda (su id)"), ("--eleccion", "el punto de la elección"))


def agregar_ordenes(ordenes) -> None:
    voto = ordenes.add_parser(
        "voto", help="el voto electrónico en la sala: códigos, urnas y votos desde el teléfono",
        description="El voto electrónico en la sala: cada delegación presente con voto (o quien porta su poder) "
                    "recibe un código para la sesión; la presidencia abre una urna por cosa votada (secreta o "
                    "nominal) y la cierra; al cerrarla, el recuento entra al mismo registro que uno a mano.")
    sub = voto.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)

    codigos = con_json(sub.add_parser(
        "codigos", help="entrega los códigos de votación de la sesión",
        description="Entrega el código de votación de una delegación (--miembro; uno nuevo anula el anterior) o de "
                    "todas las que votan y todavía no tienen uno: presentes con voto y representadas por un poder "
                    "válido (el código lo lleva quien porta el poder). El código se muestra solo aquí: la base "
                    "guarda su huella.",
        epilog="Ejemplos:\n  escritorio voto codigos --sesion 5\n"
               "  escritorio voto codigos --sesion 5 --tarjetas tarjetas.pdf --direccion 192.168.0.10\n"
               "Con --tarjetas, los códigos se entregan impresos en un PDF (una tarjeta por delegación, para "
               "recortar) y no se muestran en la consola; si el PDF no se puede escribir, no se entrega ninguno. Con "
               "--direccion (y --puerto), la de «voto servir»: cada tarjeta lleva un QR a la página de votación con su "
               "código ya escrito y la huella del certificado.",
        formatter_class=argparse.RawDescriptionHelpFormatter))
    codigos.add_argument("--sesion", type=identificador, required=True, metavar="ID")
    codigos.add_argument("--miembro", type=identificador, metavar="ID", help="solo esta delegación")
    codigos.add_argument("--tarjetas", metavar="PDF", help="los entrega impresos en este PDF")
    codigos.add_argument("--reemplazar", action="store_true", help="si el PDF ya existe, lo reemplaza")
    codigos.add_argument("--direccion", metavar="IP", help="la dirección de «voto servir», para el QR de cada tarjeta")
    codigos.add_argument("--puerto", type=puerto, default=PUERTO_DE_LA_SALA, metavar="PUERTO",
                         help="el de «voto servir» (8443 si no se indica)")
    codigos.set_defaults(funcion=orden_codigos)

    abrir = con_json(sub.add_parser(
        "abrir", help="abre la urna de lo que se vota",
        description="Abre la urna de un punto, una moción, una enmienda o una elección de la sesión; una sola "
                    "abierta por sesión. Nominal, salvo --secreta.",
        epilog="Ejemplo: escritorio voto abrir --sesion 5 --mocion 3 --secreta"))
    abrir.add_argument("--sesion", type=identificador, required=True, metavar="ID")
    que = abrir.add_mutually_exclusive_group(required=True)
    for opcion, ayuda in _QUE_SE_VOTA:
        que.add_argument(opcion, type=identificador, metavar="ID", help=ayuda)
    abrir.add_argument("--secreta", action="store_true", help="votación secreta (si no, nominal)")
    abrir.set_defaults(funcion=orden_abrir)

    emitir = con_json(sub.add_parser(
        "emitir", help="emite un voto con el código de una delegación",
        description="Emite el voto de la delegación del código en la urna abierta (lo que hace la página del "
                    "teléfono): a_favor, en_contra o abstencion; en una elección, el id de una candidatura, blanco o "
                    "abstencion (con varias marcas por boleta, los ids separados por comas, o no para «No a todas»). "
                    "Para cambiar el voto antes del cierre, con --comprobante, el del voto anterior.",
        epilog="Ejemplo: escritorio voto emitir --codigo K7QMX-2HTRB --urna 2 --eleccion a_favor"))
    emitir.add_argument("--codigo", required=True, metavar="CODIGO")
    emitir.add_argument("--urna", type=identificador, required=True, metavar="ID")
    emitir.add_argument("--eleccion", required=True, metavar="VOTO")
    emitir.add_argument("--comprobante", metavar="COMPROBANTE", help="el del voto que se cambia")
    emitir.set_defaults(funcion=orden_emitir)

    estado = con_json(sub.add_parser(
        "estado", help="qué se vota en la urna y cuántas delegaciones votaron",
        description="Lo que se vota en la urna, si está abierta y cuántas delegaciones votaron de las que pueden "
                    "votar. Con --quienes, cuáles votaron y cuáles faltan; en una nominal, también qué eligió cada "
                    "una (en una secreta, nunca)."))
    estado.add_argument("--urna", type=identificador, required=True, metavar="ID")
    estado.add_argument("--quienes", action="store_true",
                        help="también quiénes votaron (en una nominal, qué eligió cada una) y quiénes faltan")
    estado.set_defaults(funcion=orden_estado)

    cerrar = con_json(sub.add_parser(
        "cerrar", help="cierra la urna y registra el resultado",
        description="Cierra la urna y registra su resultado como un recuento a mano: la misma regla de mayoría, el "
                    "mismo quórum y la misma acta. Si el recuento se rechaza (sin quórum, por ejemplo), la urna "
                    "sigue abierta."))
    cerrar.add_argument("--urna", type=identificador, required=True, metavar="ID")
    cerrar.set_defaults(funcion=orden_cerrar)

    descartar = sub.add_parser(
        "descartar", help="descarta la urna abierta sin contar sus votos",
        description="Descarta la urna abierta sin contar sus votos (se abrió por error, o lo votado se votará a "
                    "mano): sus votos se borran, queda cerrada sin resultado y la sesión puede abrir otra.")
    descartar.add_argument("--urna", type=identificador, required=True, metavar="ID")
    descartar.set_defaults(funcion=orden_descartar)
    for accion in sub.choices.values():
        con_asociacion(accion)
    agregar_servir(sub)   # «voto servir»: la página de los teléfonos (cli/voto_en_la_sala.py)


def _pagina(args):
    """La página de votación de --direccion y --puerto (la de «voto servir» con las mismas opciones), o None."""
    if args.direccion is None:
        return None
    from ..servidor_de_voto.servidor import pagina_de_la_sala

    return pagina_de_la_sala(destino_de_servidor(args) or ruta_base(args), args.direccion, args.puerto)


def _exigir_tarjetas_para_la_direccion(args) -> None:
    if args.direccion is not None and args.tarjetas is None:
        raise ErrorEscritorio("--direccion es para el QR de las tarjetas impresas: agregue --tarjetas ARCHIVO.pdf, o "
                              "quite --direccion (la dirección de la votación la da «voto servir»).")


def orden_codigos(args) -> None:
    from ..servicios.voto_electronico import entregar_codigo, entregar_codigos

    _exigir_tarjetas_para_la_direccion(args)
    contexto = oficina_de(args).contexto
    tarjetas = None
    if args.tarjetas is not None:
        from ..servicios.voto_electronico.tarjetas import entregar_en_tarjetas

        entregados, tarjetas = entregar_en_tarjetas(contexto, args.sesion, args.tarjetas, miembro_id=args.miembro,
                                                    pagina=_pagina(args), reemplazar=args.reemplazar)
    else:
        entregados = ([entregar_codigo(contexto, args.sesion, args.miembro)] if args.miembro is not None
                      else entregar_codigos(contexto, args.sesion))
    if args.json:   # con --miembro, el de esa delegación; sin él, la lista
        filas = [{"miembro_id": e.miembro_id, "delegacion": e.delegacion, "codigo": e.codigo, "portador": e.portador,
                  **({"tarjetas": str(tarjetas)} if tarjetas else {})} for e in entregados]
        imprimir_json(filas[0] if args.miembro is not None else filas)
        return
    if not entregados:
        print("Todas las delegaciones que votan ya tienen su código.")
    elif tarjetas is not None:   # los códigos, solo en el papel: no quedan en la pantalla ni en su historial
        print(f"Códigos de {len(entregados)} delegaciones entregados en sus tarjetas: {tarjetas}")
    for e in entregados:
        lleva = f" (lo lleva {e.portador}, por su poder)" if e.portador else ""
        print(f"{e.delegacion}{lleva}" if tarjetas is not None else f"{e.delegacion}: {e.codigo}{lleva}")


def orden_abrir(args) -> None:
    from ..servicios.voto_electronico import abrir_urna, papeleta

    objeto = next(o for o in ("punto", "mocion", "enmienda", "eleccion") if getattr(args, o) is not None)
    contexto = oficina_de(args).contexto
    urna = abrir_urna(contexto, args.sesion, objeto, getattr(args, objeto), args.secreta)
    lo_que_se_vota = papeleta(contexto.db, urna)
    if args.json:
        imprimir_json({"urna": urna, "titulo": lo_que_se_vota.titulo, "secreta": lo_que_se_vota.secreta,
                       "opciones": [o.clave for o in lo_que_se_vota.opciones]})
        return
    print(f"Urna {urna} abierta ({'secreta' if args.secreta else 'nominal'}): {lo_que_se_vota.titulo}")


def orden_emitir(args) -> None:
    from ..servicios.voto_electronico import depositar

    db = oficina_de(args).contexto.db
    eleccion = args.eleccion.split(",") if "," in args.eleccion else args.eleccion
    comprobante = depositar(db, args.codigo, args.urna, eleccion, args.comprobante)
    if args.json:
        imprimir_json({"comprobante": comprobante.codigo, "huella_corta": comprobante.huella_corta})
        return
    print(f"Voto registrado. Comprobante: {comprobante.codigo} (huella {comprobante.huella_corta}). Guárdelo: sirve "
          "para cambiar el voto antes del cierre y para verificar en el sitio que se contó.")


def orden_estado(args) -> None:
    from ..servicios.voto_electronico import cuantos_votaron, papeleta

    db = oficina_de(args).contexto.db
    lo_que_se_vota = papeleta(db, args.urna)
    votaron, pueden = cuantos_votaron(db, args.urna)
    quienes = None
    if args.quienes:
        from ..servicios.voto_electronico.participacion import participacion

        quienes = participacion(db, args.urna)
    if args.json:
        imprimir_json({"urna": args.urna, "titulo": lo_que_se_vota.titulo, "secreta": lo_que_se_vota.secreta,
                       "abierta": lo_que_se_vota.abierta, "votaron": votaron, "pueden_votar": pueden,
                       **({"quienes_votaron": [{"delegacion": v.delegacion, "eleccion": v.eleccion}
                                               for v in quienes.votaron],
                           "faltan": list(quienes.faltan)} if quienes else {})})
        return
    print(f"Urna {args.urna} ({'secreta' if lo_que_se_vota.secreta else 'nominal'}, "
          f"{'abierta' if lo_que_se_vota.abierta else 'cerrada'}): {lo_que_se_vota.titulo}")
    print(f"Votaron {votaron} de {pueden} delegaciones.")
    if quienes is not None:
        for v in quienes.votaron:
            print(f"  {v.delegacion}: {v.eleccion}" if v.eleccion is not None else f"  {v.delegacion}: votó")
        if quienes.faltan:
            print("Faltan: " + ", ".join(quienes.faltan))


def orden_cerrar(args) -> None:
    from ..servicios.voto_electronico import cerrar_urna, papeleta

    contexto = oficina_de(args).contexto
    with acto_de_la_sesion(contexto, papeleta(contexto.db, args.urna).sesion_id, args.json):
        resultado = cerrar_urna(contexto, args.urna)
    texto = resultado["texto_resultado"] if isinstance(resultado, dict) else resultado.texto_resultado
    if args.json:
        imprimir_json({"urna": args.urna, "texto_resultado": texto})
        return
    print(f"Urna {args.urna} cerrada. {texto}")


def orden_descartar(args) -> None:
    from ..servicios.voto_electronico import descartar_urna

    descartar_urna(oficina_de(args).contexto, args.urna)
    print(f"Urna {args.urna} descartada: sus votos no se contaron.")
