"""«organos reglas»: las reglas de sesión de un órgano (quórum y mayoría por tipo de decisión, poderes,
morosos, anticipación de la convocatoria), con la fecha desde la que rigen; sin opciones, las muestra."""

import argparse
import json

from ..dominio.mayorias import BASES, BASES_ELECCION, BASES_MOCION, MAYORIAS, TIPOS_DECISION
from ..dominio.sesiones import SOBRE_QUORUM
from ..dominio import formato
from .argumentos import cantidad, fecha, fraccion
from .comun import oficina_de, con_asociacion


def agregar_reglas(sub) -> None:
    """«reglas» dentro de «organos» (`sub`: sus acciones)."""
    reglas = sub.add_parser(
        "reglas", help="reglas de sesión de un órgano: quórum y mayoría por tipo de decisión, poderes, morosos, "
                       "anticipación, con fecha",
        description="Muestra las reglas de sesión de un órgano; con opciones, las cambia (lo no indicado queda igual).\n"
                    "Fracciones: 1/2+1 (la mitad más uno), 1/2, 2/3, 3/4…\n"
                    "Por tipo de decisión (--decision): quórum propio (--quorum-decision) y mayoría con su base "
                    "(--mayoria, --base); sin ellos rige la regla ordinaria. La mayoría simple (más votos a favor "
                    "que en contra) no lleva base.\n"
                    "--desde FECHA: las reglas rigen desde esa fecha (una versión nueva; las sesiones anteriores se "
                    "siguen juzgando con la vieja); no puede ser anterior a una sesión ya celebrada con las reglas de "
                    "entonces. Sin --desde, el cambio rige desde hoy (si con la versión vigente todavía no se celebró "
                    "ninguna sesión, se corrige esa versión).\n"
                    "El estatuto manda: una regla que cita un artículo (--articulo, --articulo-mayoria, "
                    "--articulo-poderes, --articulo-convocatoria…) solo se hace más exigente desde aquí, con "
                    "--motivo; rebajarla es reformar ese artículo (estatutos reformar … --regla). Una regla sin "
                    "artículo se cambia libremente (sin base estatutaria).\n"
                    "--por-reforma REFORMA: aplica una reforma registrada sin --regla (su número entre las del estatuto, "
                    "el de «Reforma N … registrada» y el que dice «estatutos reglas»; la de un reglamento, TITULO:N): las reglas que citan un artículo que esa reforma "
                    "cambió toman el valor nuevo (aun si pide menos) desde la fecha de la reforma, anotadas con ella; "
                    "se rechaza si el órgano ya sesionó desde esa fecha. Lo demás sigue la regla de siempre.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog='Ejemplos:\n  escritorio organos reglas Consejo --quorum 1/2+1 --segunda-convocatoria 30 '
               '--articulo "Estatuto, art. 19" --poderes 2 --anticipacion 15\n'
               '  escritorio organos reglas Asamblea --decision reforma_estatuto --mayoria dos_tercios --base presentes '
               '--articulo-mayoria "Estatuto, arts. 20 y 24"\n'
               '  escritorio organos reglas Asamblea --poderes 3 --articulo-poderes "Estatuto, art. 21" --desde 2026-05-21\n'
               '  escritorio organos reglas Consejo --por-reforma 2 --poderes 3')
    reglas.add_argument("organo", metavar="ORGANO", help="id del órgano o su nombre exacto")
    reglas.add_argument("--quorum", type=fraccion, metavar="FRACCION", help="quórum general, por ejemplo 1/2+1")
    reglas.add_argument("--sobre", choices=list(SOBRE_QUORUM),
                        help="se cuenta sobre los miembros con derecho a voto o sobre todos los integrantes")
    reglas.add_argument("--segunda-convocatoria", type=cantidad, metavar="MINUTOS",
                        help="minutos tras los que se sesiona con los presentes (0: no hay segunda convocatoria)")
    reglas.add_argument("--articulo", metavar="TEXTO", help="artículo que fija el quórum general")
    reglas.add_argument("--reforma", metavar="FRACCION|general",
                        help="quórum para reformar el estatuto («general»: rige el general)")
    reglas.add_argument("--articulo-reforma", metavar="TEXTO")
    reglas.add_argument("--poderes", metavar="N|sin-maximo", help="máximo de poderes por miembro (0: no se admiten)")
    reglas.add_argument("--morosos", choices=["sin-voto", "votan"], help="sin-voto: en este órgano se aplica la suspensión del voto por cuotas impagas que fija "
                        "«cuotas regla-voto»; votan: no se aplica")
    reglas.add_argument("--anticipacion", type=cantidad, metavar="DIAS",
                        help="días de anticipación de la convocatoria (0: sin exigencia)")
    reglas.add_argument("--articulo-convocatoria", metavar="TEXTO")
    reglas.add_argument("--articulo-poderes", metavar="TEXTO", help="artículo que fija el máximo de poderes")
    reglas.add_argument("--decision", choices=list(TIPOS_DECISION), default="ordinaria", metavar="TIPO",
                        help="tipo de decisión al que se aplican --quorum-decision, --mayoria, --base y "
                             "--articulo-mayoria: " + ", ".join(TIPOS_DECISION) + " (por omisión: ordinaria)")
    reglas.add_argument("--quorum-decision", metavar="FRACCION|general",
                        help="quórum propio del tipo de decisión («general»: rige el ordinario)")
    reglas.add_argument("--articulo-quorum-decision", metavar="TEXTO")
    reglas.add_argument("--mayoria", choices=[*MAYORIAS, "ordinaria"],
                        help="mayoría del tipo de decisión («ordinaria»: rige la de las decisiones ordinarias)")
    reglas.add_argument("--base", choices=list(BASES),
                        help="qué votos cuentan (no para la simple). Mociones: " + ", ".join(BASES_MOCION)
                             + " (sna: a favor + en contra + abstenciones); elecciones (--decision eleccion): "
                             + ", ".join(BASES_ELECCION) + " (validos: solo a candidaturas; todos: con blancos y "
                             "nulos). Por omisión, emitidos")
    reglas.add_argument("--articulo-mayoria", metavar="TEXTO", help="artículo que fija la mayoría")
    reglas.add_argument("--desde", type=fecha, metavar="AAAA-MM-DD",
                        help="fecha desde la que rigen las reglas (por omisión, hoy)")
    reglas.add_argument("--motivo", metavar="TEXTO",
                        help="por qué se endurece una regla que cita un artículo (queda guardado con la regla)")
    reglas.add_argument("--por-reforma", metavar="REFORMA",
                        help="aplica una reforma ya registrada: su número entre las del estatuto, el de «Reforma N … "
                             "registrada» (la de un reglamento: TITULO:N); cambia, "
                             "incluso a menos, las reglas que citan un artículo que la reforma cambió, desde la fecha "
                             "de la reforma (o --desde, posterior) y nunca hacia atrás")
    reglas.add_argument("--al", type=fecha, metavar="AAAA-MM-DD", help="muestra las reglas vigentes ese día")
    reglas.add_argument("--json", action="store_true", help="salida en JSON")
    reglas.set_defaults(funcion=orden_reglas)
    con_asociacion(reglas)


def _regla_json(regla) -> dict | None:
    if regla is None:
        return None
    return {"numerador": regla.numerador, "denominador": regla.denominador, "mas_uno": regla.mas_uno,
            "sobre": regla.sobre, "segunda_convocatoria_minutos": regla.segunda_convocatoria_minutos,
            "articulo": regla.articulo, "texto": regla.describir()}


def _mayoria_json(mayoria) -> dict | None:
    if mayoria is None:
        return None
    return {"mayoria": mayoria.mayoria, "base": mayoria.base, "articulo": mayoria.articulo, "texto": mayoria.describir()}


def _pedido(args):
    """Lo que piden las opciones, para `servicios.cambio_de_reglas` (lo no indicado queda como está)."""
    from ..servicios.cambio_de_reglas import PedidoDeReglas

    return PedidoDeReglas(
        quorum=args.quorum, sobre=args.sobre, segunda_convocatoria=args.segunda_convocatoria, articulo=args.articulo,
        reforma=args.reforma, articulo_reforma=args.articulo_reforma, poderes=args.poderes, morosos=args.morosos,
        anticipacion=args.anticipacion, articulo_convocatoria=args.articulo_convocatoria,
        articulo_poderes=args.articulo_poderes, quorum_decision=args.quorum_decision,
        articulo_quorum_decision=args.articulo_quorum_decision, mayoria=args.mayoria, base=args.base,
        articulo_mayoria=args.articulo_mayoria, desde=args.desde, decision=args.decision, motivo=args.motivo,
        por_reforma=args.por_reforma)


def orden_reglas(args) -> None:
    from dataclasses import replace

    from ..servicios.cambio_de_reglas import cambiar_reglas_de_sesion
    from ..servicios.organos import elegir_organo
    from ..servicios.sesiones.reglas import reglas_de_sesion

    oficina = oficina_de(args)
    contexto = oficina.contexto
    organo = elegir_organo(contexto, args.organo)
    pedido = _pedido(args)
    guardadas = None
    if pedido.cambia_algo() or pedido.motivo is not None or pedido.por_reforma is not None:
        # Leer, decidir y guardar, en una transacción del servicio; aquí solo se muestra lo que quedó.
        hecho = cambiar_reglas_de_sesion(contexto, organo["id"], pedido)
        reglas, guardadas = hecho.reglas, hecho.guardadas
        args.desde = args.desde or guardadas.vigente_desde
    else:
        reglas = reglas_de_sesion(contexto, organo["id"], args.al)
    from ..servicios.voto_de_los_morosos import regla_del_voto_moroso

    voto_moroso = replace(regla_del_voto_moroso(contexto, organo["id"], args.desde or args.al),
                          se_aplica=reglas.suspende_morosos)
    if args.json:
        _imprimir_json(organo, reglas, voto_moroso, guardadas)
    else:
        _imprimir_texto(organo, reglas, voto_moroso, guardadas)


def _imprimir_json(organo, reglas, voto_moroso, guardadas) -> None:
    print(json.dumps({"organo": organo["nombre"], "quorum": _regla_json(reglas.reglas["ordinaria"]),
                      "reforma_estatuto": _regla_json(reglas.reglas.get("reforma_estatuto")),
                      "decisiones": {tipo: {"nombre": nombre, "quorum": _regla_json(reglas.reglas.get(tipo))
                                            if tipo != "ordinaria" else None,
                                            "mayoria": _mayoria_json(reglas.mayorias.get(tipo)),
                                            "mayoria_que_rige": _mayoria_json(reglas.mayoria(tipo))}
                                     for tipo, nombre in TIPOS_DECISION.items()},
                      "poderes_maximos": reglas.poderes_maximos, "articulo_poderes": reglas.articulo_poderes,
                      "suspende_morosos": reglas.suspende_morosos,
                      "voto_de_los_morosos": {"cuotas": voto_moroso.cuotas, "suspende": voto_moroso.suspende,
                                              "texto": voto_moroso.texto()},
                      "anticipacion_dias": reglas.anticipacion_dias,
                      "articulo_convocatoria": reglas.articulo_convocatoria,
                      "vigente_desde": reglas.vigente_desde.isoformat() if reglas.vigente_desde else None,
                      "versiones": [f.isoformat() if f else None for f in reglas.versiones],
                      **({"guardadas": {"vigente_desde": guardadas.vigente_desde.isoformat()
                                        if guardadas.vigente_desde else None,
                                        "motivo": guardadas.motivo, "avisos": guardadas.avisos}}
                         if guardadas is not None else {})},
                     ensure_ascii=False, indent=2))


def _imprimir_texto(organo, reglas, voto_moroso, guardadas) -> None:
    if guardadas is not None:
        # Lo que el programa dice al guardar, antes de las reglas: desde cuándo rigen, el motivo y los avisos.
        cuando = (f"desde el {formato.fecha(guardadas.vigente_desde)}" if guardadas.vigente_desde
                  else "desde siempre")
        print(f"Reglas de «{organo['nombre']}» guardadas: rigen {cuando}"
              + (f"; motivo: {guardadas.motivo}" if guardadas.motivo else "") + ".")
        for aviso in guardadas.avisos:
            print(f"AVISO: {aviso}")
    cita = f" ({reglas.articulo_convocatoria})" if reglas.articulo_convocatoria else ""
    cita_poderes = f" ({reglas.articulo_poderes})" if reglas.articulo_poderes else ""
    desde = f"desde el {formato.fecha(reglas.vigente_desde)}" if reglas.vigente_desde else "desde siempre"
    versiones = "; ".join(f"desde el {formato.fecha(f)}" if f else "desde siempre" for f in reglas.versiones)
    print(f"{organo['nombre']} — reglas que rigen {desde}" + (f" (versiones: {versiones})" if len(reglas.versiones) > 1
                                                              else ""))
    print(f"  General: {reglas.reglas['ordinaria'].describir()}")
    for tipo, nombre in TIPOS_DECISION.items():
        print(f"  {nombre}: {_texto_de_la_decision(reglas, tipo)}")
    print("  Poderes: " + ("sin máximo" if reglas.poderes_maximos is None else "no se admiten"
                           if reglas.poderes_maximos == 0 else f"hasta {reglas.poderes_maximos} por miembro")
          + f"{cita_poderes}.")
    # La frase de Cuotas › Morosidad y de la ventana (servicios.voto_de_los_morosos), con lo que dicen estas reglas.
    print("  Cuotas impagas: " + voto_moroso.texto())
    print("  Convocatoria: " + (f"con {reglas.anticipacion_dias} días de anticipación{cita}."
                                if reglas.anticipacion_dias else "sin anticipación exigida."))


def _texto_de_la_decision(reglas, tipo: str) -> str:
    """«rige la regla general. Mayoría: dos tercios de …»: el quórum y la mayoría de un tipo de decisión."""
    propio = reglas.reglas.get(tipo) if tipo != "ordinaria" else None
    mayoria = reglas.mayorias.get(tipo)
    if tipo == "ordinaria":
        quorum = "quórum general."
    elif propio is not None:
        quorum = propio.describir()
    else:
        quorum = "rige la regla general."
    if mayoria is None:
        texto_mayoria = "Mayoría: la ordinaria."
    elif mayoria.describir().startswith("Mayoría"):
        texto_mayoria = f"{mayoria.describir()}."
    else:
        texto_mayoria = f"Mayoría: {mayoria.describir()[:1].lower()}{mayoria.describir()[1:]}."
    return f"{quorum} {texto_mayoria}"
