"""Órdenes de estatutos, órganos y unidades temáticas (se registran desde cli.py). Nunca importa Qt."""

import argparse
import json
from pathlib import Path

from ..dominio.mayorias import BASES, MAYORIAS, TIPOS_DECISION
from ..dominio.miembros import CATEGORIAS_PAIS
from ..dominio.normas import TIPOS_NORMA
from ..dominio.sesiones import SOBRE_QUORUM

from ..documentos.visible import abreviar, visible
from .argumentos import cantidad, contexto, fecha
from ..salida import comprobar_salida


def agregar_ordenes(ordenes, con_asociacion) -> None:
    organos = ordenes.add_parser("organos", help="órganos, composición, organigrama y traspaso de la Secretaría Ejecutiva",
                                 description="Órganos de la asociación.")
    sub = organos.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    listar = sub.add_parser("listar", help="lista los órganos", description="Lista los órganos.")
    listar.add_argument("--json", action="store_true", help="salida en JSON")
    listar.set_defaults(funcion=orden_organos_listar)
    comp = sub.add_parser("composicion", help="quién integra un órgano en una fecha",
                          description="Composición de un órgano en una fecha y las reglas que no se cumplen.")
    comp.add_argument("organo", metavar="ORGANO", help="id del órgano o su nombre exacto")
    comp.add_argument("--al", type=fecha, metavar="AAAA-MM-DD", help="fecha (por defecto, hoy)")
    comp.add_argument("--json", action="store_true", help="salida en JSON")
    comp.add_argument("--pdf", metavar="ARCHIVO.pdf", help="además, guarda la composición en PDF")
    comp.add_argument("--xlsx", metavar="ARCHIVO.xlsx", help="además, guarda la composición en Excel")
    comp.set_defaults(funcion=orden_composicion)
    organigrama = sub.add_parser("organigrama", help="organigrama en PDF", description="Organigrama con los titulares.")
    organigrama.add_argument("archivo", metavar="ARCHIVO.pdf")
    organigrama.add_argument("--al", type=fecha, metavar="AAAA-MM-DD")
    organigrama.set_defaults(funcion=orden_organigrama)
    traspaso = sub.add_parser("traspaso", help="traspasa la Secretaría Ejecutiva a la siguiente ciudad",
                              description="Traspaso de la Secretaría Ejecutiva y nueva Comisión Directiva (troika).")
    traspaso.add_argument("--fecha", type=fecha, required=True, metavar="AAAA-MM-DD")
    traspaso.add_argument("--simular", action="store_true", help="muestra el cambio sin hacerlo")
    traspaso.set_defaults(funcion=orden_traspaso)
    regla_c = sub.add_parser(
        "regla-composicion", help="agrega una regla de composición (cupos por país, de oficio, presidencia…)",
        description="Agrega una regla de composición a un órgano, citada a su artículo. La composición la evalúa en "
                    "cada fecha y avisa lo que no se cumple.\n"
                    "  por_categoria: --pleno N --asociado N [--observador N] (cupos de electas por país)\n"
                    "  de_oficio: --organos TIPO,TIPO (quienes integran esos órganos se sientan por su cargo)\n"
                    "  presidencia: --organo TIPO (quien ejerce ese órgano preside)\n"
                    "  tamano_fijo: --puestos N;  troika, todos_los_activos, designacion: sin opciones",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog='Ejemplos (el Consejo de la semilla 001):\n'
               '  escritorio organos regla-composicion Consejo por_categoria --pleno 2 --asociado 1 '
               '--articulo "Estatuto, art. 13"\n'
               '  escritorio organos regla-composicion Consejo de_oficio --organos comision_directiva,secretaria_ejecutiva '
               '--articulo "Estatuto, art. 13"\n'
               '  escritorio organos regla-composicion Consejo presidencia --organo secretaria_ejecutiva '
               '--articulo "Estatuto, art. 15"')
    regla_c.add_argument("organo", metavar="ORGANO", help="id del órgano o su nombre exacto")
    regla_c.add_argument("tipo", metavar="TIPO", help="por_categoria, de_oficio, presidencia, tamano_fijo, troika, "
                                                      "todos_los_activos o designacion")
    for categoria in CATEGORIAS_PAIS:
        regla_c.add_argument(f"--{categoria}", type=cantidad, metavar="N", help=f"puestos por país {categoria}")
    regla_c.add_argument("--organos", metavar="TIPO,TIPO", help="tipos de órgano cuyos integrantes se sientan de oficio")
    regla_c.add_argument("--organo", dest="organo_que_preside", metavar="TIPO",
                         help="tipo de órgano cuyo titular preside")
    regla_c.add_argument("--puestos", type=cantidad, metavar="N", help="cantidad fija de integrantes")
    regla_c.add_argument("--articulo", metavar="TEXTO", help='artículo que la fija ("Estatuto, art. 13")')
    regla_c.add_argument("--desde", type=fecha, metavar="AAAA-MM-DD", help="fecha del texto del artículo que cita")
    regla_c.set_defaults(funcion=orden_regla_composicion)

    reglas = sub.add_parser(
        "reglas", help="reglas de sesión de un órgano: quórum y mayoría por tipo de decisión, poderes, morosos, "
                       "anticipación, con fecha",
        description="Muestra las reglas de sesión de un órgano; con opciones, las cambia (lo no indicado queda igual).\n"
                    "Fracciones: 1/2+1 (la mitad más uno), 1/2, 2/3, 3/4…\n"
                    "Por tipo de decisión (--decision): quórum propio (--quorum-decision) y mayoría con su base "
                    "(--mayoria, --base); sin ellos rige la regla ordinaria. La mayoría simple (más votos a favor "
                    "que en contra) no lleva base.\n"
                    "--desde FECHA: las reglas rigen desde esa fecha (una versión nueva; las sesiones anteriores se "
                    "siguen juzgando con la vieja). Sin --desde se cambia la versión que se muestra (la última).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog='Ejemplos:\n  escritorio organos reglas Consejo --quorum 1/2+1 --segunda-convocatoria 30 '
               '--articulo "Estatuto, art. 19" --poderes 2 --anticipacion 15\n'
               '  escritorio organos reglas Asamblea --decision reforma_estatuto --mayoria dos_tercios --base presentes '
               '--articulo-mayoria "Estatuto, arts. 20 y 24"\n'
               '  escritorio organos reglas Asamblea --poderes 3 --articulo-poderes "Estatuto, art. 21" --desde 2026-05-21')
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
    reglas.add_argument("--morosos", choices=["sin-voto", "votan"], help="si los miembros con cuotas impagas votan")
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
    reglas.add_argument("--base", choices=list(BASES), help="base de la mayoría (no para la simple)")
    reglas.add_argument("--articulo-mayoria", metavar="TEXTO", help="artículo que fija la mayoría")
    reglas.add_argument("--desde", type=fecha, metavar="AAAA-MM-DD", help="fecha desde la que rigen las reglas")
    reglas.add_argument("--al", type=fecha, metavar="AAAA-MM-DD", help="muestra las reglas vigentes ese día")
    reglas.add_argument("--json", action="store_true", help="salida en JSON")
    reglas.set_defaults(funcion=orden_reglas)

    estatutos = ordenes.add_parser("estatutos", help="estatuto y reglamentos: cargar, listar, texto vigente en PDF",
                                   description="Estatuto y reglamentos.")
    sub_e = estatutos.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    texto = sub_e.add_parser("texto", help="texto vigente en PDF, con índice", description="Texto consolidado a una fecha.")
    texto.add_argument("archivo", metavar="ARCHIVO.pdf")
    texto.add_argument("--al", type=fecha, metavar="AAAA-MM-DD", help="fecha (por defecto, hoy)")
    texto.add_argument("--norma", help="id o título de la norma (por defecto, el estatuto)")
    texto.set_defaults(funcion=orden_texto)
    cargar = sub_e.add_parser("cargar", help="carga una norma desde un .txt o .md con encabezados «Artículo N»",
                              description="Carga una norma. Cada artículo empieza con una línea «Artículo N».")
    cargar.add_argument("archivo", metavar="ARCHIVO")
    cargar.add_argument("--titulo", required=True)
    cargar.add_argument("--tipo", default="estatuto", choices=list(TIPOS_NORMA))
    cargar.add_argument("--desde", type=fecha, required=True, metavar="AAAA-MM-DD", help="vigente desde")
    cargar.add_argument("--aprobada-por", help="acta o resolución que la aprobó")
    cargar.add_argument("--simular", action="store_true", help="muestra los artículos leídos, sin guardar")
    cargar.set_defaults(funcion=orden_cargar)
    listar_e = sub_e.add_parser("listar", help="lista las normas", description="Lista las normas y sus reformas.")
    listar_e.add_argument("--json", action="store_true")
    listar_e.set_defaults(funcion=orden_normas_listar)
    revision = sub_e.add_parser(
        "reglas", help="reglas que citan el texto anterior de un artículo reformado",
        description="Lista las reglas (de sesión, de composición, la convocatoria de cada órgano, las escalas y la "
                    "suspensión del voto) que citan un artículo en un texto que ya fue reformado. Una regla de "
                    "composición se marca revisada con --revisar; las demás se revisan guardando una versión nueva "
                    "(organos reglas … --desde FECHA) o volviéndolas a guardar.",
        epilog="Ejemplos:\n  escritorio estatutos reglas\n  escritorio estatutos reglas --revisar 2",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    revision.add_argument("--revisar", type=cantidad, metavar="REGLA",
                          help="id de una regla de composición revisada: cita el texto nuevo desde su fecha")
    revision.add_argument("--desde", type=fecha, metavar="AAAA-MM-DD",
                          help="con --revisar: fecha del texto que la regla cita (por defecto, la de la reforma)")
    revision.add_argument("--json", action="store_true", help="salida en JSON")
    revision.set_defaults(funcion=orden_reglas_marcadas)

    unidades = ordenes.add_parser("unidades", help="unidades temáticas", description="Unidades temáticas.")
    sub_u = unidades.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    plantilla = sub_u.add_parser("plantilla", help="crea las 15 unidades de Mercociudades",
                                 description="Crea las 15 unidades temáticas de Mercociudades con sus objetivos.")
    plantilla.set_defaults(funcion=orden_plantilla)
    matriz = sub_u.add_parser("matriz", help="matriz de participación (miembros × unidades) en .xlsx",
                              description="Matriz de participación.")
    matriz.add_argument("archivo", metavar="ARCHIVO.xlsx")
    matriz.set_defaults(funcion=orden_matriz)
    for parser in (reglas, regla_c, listar, comp, organigrama, traspaso, texto, cargar, listar_e, revision, plantilla, matriz):
        con_asociacion(parser)




def orden_organos_listar(args) -> None:
    from ..servicios.organos import listar_organos

    db, asociacion = contexto(args)
    organos = listar_organos(db, asociacion["id"])
    if args.json:
        print(json.dumps([{"id": o["id"], "nombre": o["nombre"], "tipo": o["tipo"], "padre_id": o["padre_id"],
                           "frecuencia_meses": o["frecuencia_meses"], "articulo": o["articulo"]} for o in organos],
                         ensure_ascii=False, indent=2))
        return
    for o in organos:
        print(f"{o['id']:>4}  {abreviar(o['nombre'], 48):<48} {o['tipo_nombre']:<22} {abreviar(o['padre'], 48)}")


def orden_composicion(args) -> None:
    from ..dominio.organos import CARGOS
    from ..servicios.organos import composicion, elegir_organo

    if args.pdf:
        comprobar_salida(args.pdf, ".pdf", "la composición")
    if args.xlsx:
        comprobar_salida(args.xlsx, ".xlsx", "la composición")
    db, asociacion = contexto(args)
    organo = elegir_organo(db, asociacion["id"], args.organo)
    comp = composicion(db, asociacion["id"], organo["id"], args.al, cuotas=True)  # con voto como el documento
    if args.pdf:
        from ..servicios.informes_organos import imprimir_composicion

        imprimir_composicion(db, asociacion["id"], organo["id"], args.pdf, args.al)
    if args.xlsx:
        from ..servicios.informes_organos import exportar_composicion

        exportar_composicion(db, asociacion["id"], organo["id"], args.xlsx, args.al)
    if args.json:
        print(json.dumps({
            "organo": organo["nombre"], "al": comp.al.isoformat(), "avisos": comp.avisos,
            "asientos": [{"miembro": a.miembro, "miembro_id": a.miembro_id, "pais": a.pais, "persona": a.persona,
                          "cargo": a.cargo, "desde": a.desde.isoformat(), "hasta": a.hasta.isoformat() if a.hasta else None,
                          "con_voto": a.con_voto, "motivo_sin_voto": a.motivo_sin_voto, "de_oficio": a.de_oficio}
                         for a in comp.asientos],
            "preside": comp.preside.miembro if comp.preside else None}, ensure_ascii=False, indent=2))
        return
    print(f"{abreviar(organo['nombre'], 100)} al {comp.al:%d/%m/%Y}: {len(comp.asientos)} integrantes")
    for a in comp.asientos[:400]:
        voto = "con voto" if a.con_voto else f"sin voto ({a.motivo_sin_voto.lower()})" if a.motivo_sin_voto else "sin voto"
        oficio = f"  de oficio: {a.de_oficio}" if a.de_oficio else ""
        print(f"  {abreviar(a.miembro or a.persona, 34):<34} {a.pais or '':<3} {CARGOS[a.cargo]:<15} "
              f"{voto}  desde {a.desde:%d/%m/%Y}{oficio}")
    for aviso in comp.avisos:
        print(f"AVISO: {visible(aviso)}")


def fraccion(texto: str) -> tuple[int, int, bool]:
    """'1/2+1' -> (1, 2, True) (la mitad más uno); '2/3' -> (2, 3, False)."""
    import argparse

    from ..dominio.entrada import muestra

    limpio = texto.replace(" ", "").lower()
    mas_uno = limpio.endswith("+1")
    partes = limpio.removesuffix("+1").split("/")
    if len(partes) != 2 or not all(p.isascii() and p.isdigit() and len(p) <= 4 for p in partes):
        raise argparse.ArgumentTypeError(f"«{muestra(texto)}» no es una fracción; escriba por ejemplo 1/2+1, 2/3 o 3/4 "
                                         "(con cifras del 0 al 9)")
    return int(partes[0]), int(partes[1]), mas_uno


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


def _cambiar_decision(args, reglas) -> None:
    """--quorum-decision, --mayoria, --base y los artículos, aplicados al tipo de decisión de --decision."""
    from dataclasses import replace

    from ..dominio.entrada import muestra
    from ..dominio.mayorias import ReglaMayoria
    from ..dominio.sesiones import ReglaQuorum
    from ..errores import ErrorEscritorio

    tipo = args.decision
    general = reglas.reglas["ordinaria"]
    if args.quorum_decision is not None:
        if tipo == "ordinaria":
            raise ErrorEscritorio("El quórum ordinario se cambia con --quorum; --quorum-decision es para otro tipo de "
                                  "decisión (--decision reforma_estatuto, disolucion…).")
        if args.quorum_decision.strip().lower() == "general":
            reglas.reglas[tipo] = None
        else:
            try:
                n, d, mas_uno = fraccion(args.quorum_decision)
            except argparse.ArgumentTypeError as error:
                raise ErrorEscritorio(f"--quorum-decision: {error}.") from None
            reglas.reglas[tipo] = replace(reglas.reglas.get(tipo) or ReglaQuorum(sobre=general.sobre, tipo_decision=tipo),
                                          numerador=n, denominador=d, mas_uno=mas_uno)
    if args.articulo_quorum_decision is not None:
        if reglas.reglas.get(tipo) is None or tipo == "ordinaria":
            raise ErrorEscritorio("Indique también --quorum-decision FRACCION: sin quórum propio rige el ordinario "
                                  "(su artículo se cambia con --articulo).")
        reglas.reglas[tipo] = replace(reglas.reglas[tipo], articulo=args.articulo_quorum_decision)
    actual = reglas.mayorias.get(tipo)
    if args.mayoria == "ordinaria":
        if tipo == "ordinaria":
            raise ErrorEscritorio("--mayoria ordinaria es para otro tipo de decisión; la ordinaria necesita una mayoría "
                                  f"({', '.join(MAYORIAS)}).")
        if args.base is not None or args.articulo_mayoria is not None:
            raise ErrorEscritorio("Con --mayoria ordinaria rige la mayoría de las decisiones ordinarias: no indique "
                                  "--base ni --articulo-mayoria.")
        reglas.mayorias[tipo] = None
        return
    if args.mayoria is None and args.base is None and args.articulo_mayoria is None:
        return
    if args.mayoria is None and actual is None:
        raise ErrorEscritorio(f"Indique --mayoria: «{muestra(TIPOS_DECISION[tipo].lower())}» no tiene mayoría propia.")
    mayoria = args.mayoria or actual.mayoria
    base = args.base
    if base is None:
        base = "emitidos" if mayoria == "simple" else (actual.base if actual and actual.mayoria != "simple" else None)
    if base is None:
        raise ErrorEscritorio(f"Indique --base para {MAYORIAS[mayoria].lower()}: emitidos, presentes o con_derecho "
                              "(la mayoría simple no lleva base).")
    articulo = args.articulo_mayoria if args.articulo_mayoria is not None else (actual.articulo if actual else None)
    reglas.mayorias[tipo] = ReglaMayoria(mayoria, base, articulo)


def orden_reglas(args) -> None:
    from dataclasses import replace

    from ..dominio.entrada import muestra
    from ..dominio.sesiones import ReglaQuorum
    from ..errores import ErrorEscritorio
    from ..servicios.organos import elegir_organo
    from ..servicios.sesiones import fijar_reglas_de_sesion, reglas_de_sesion

    db, asociacion = contexto(args)
    organo = elegir_organo(db, asociacion["id"], args.organo)
    reglas = reglas_de_sesion(db, asociacion["id"], organo["id"], args.al)
    cambios = [args.quorum, args.sobre, args.segunda_convocatoria, args.articulo, args.reforma, args.articulo_reforma,
               args.poderes, args.morosos, args.anticipacion, args.articulo_convocatoria, args.articulo_poderes,
               args.quorum_decision, args.articulo_quorum_decision, args.mayoria, args.base, args.articulo_mayoria,
               args.desde]
    if any(c is not None for c in cambios):
        general = reglas.reglas["ordinaria"]
        if args.quorum:
            general = replace(general, numerador=args.quorum[0], denominador=args.quorum[1], mas_uno=args.quorum[2])
        if args.sobre:
            general = replace(general, sobre=args.sobre)
        if args.segunda_convocatoria is not None:
            general = replace(general, segunda_convocatoria_minutos=args.segunda_convocatoria or None)
        if args.articulo is not None:
            general = replace(general, articulo=args.articulo)
        reforma = reglas.reglas.get("reforma_estatuto")
        if args.reforma is not None:
            if args.reforma.strip().lower() == "general":
                reforma = None
            else:
                try:
                    n, d, mas_uno = fraccion(args.reforma)
                except argparse.ArgumentTypeError as error:  # el mensaje ya está en castellano
                    raise ErrorEscritorio(f"--reforma: {error}.") from None
                reforma = replace(reforma or ReglaQuorum(sobre=general.sobre), numerador=n, denominador=d, mas_uno=mas_uno)
        if args.articulo_reforma is not None:
            if reforma is None:
                raise ErrorEscritorio("Indique también --reforma FRACCION: sin regla propia rige la general.")
            reforma = replace(reforma, articulo=args.articulo_reforma)
        reglas.reglas = {**reglas.reglas, "ordinaria": general, "reforma_estatuto": reforma}
        _cambiar_decision(args, reglas)
        if args.poderes is not None:
            if args.poderes.strip().lower() in ("sin-maximo", "sin máximo", "sin-máximo"):
                reglas.poderes_maximos = None
            elif args.poderes.strip().isascii() and args.poderes.strip().isdigit():
                reglas.poderes_maximos = int(args.poderes)
            else:
                raise ErrorEscritorio(f"--poderes «{muestra(args.poderes)}»: escriba un número (0 = no se admiten) o sin-maximo.")
        if args.articulo_poderes is not None:
            reglas.articulo_poderes = args.articulo_poderes
        if args.morosos:
            reglas.suspende_morosos = args.morosos == "sin-voto"
        if args.anticipacion is not None:
            reglas.anticipacion_dias = args.anticipacion or None
        if args.articulo_convocatoria is not None:
            reglas.articulo_convocatoria = args.articulo_convocatoria
        if args.desde is not None:
            reglas.vigente_desde = args.desde
        fijar_reglas_de_sesion(db, asociacion["id"], organo["id"], reglas)
        reglas = reglas_de_sesion(db, asociacion["id"], organo["id"], args.desde or args.al)
    if args.json:
        print(json.dumps({"organo": organo["nombre"], "quorum": _regla_json(reglas.reglas["ordinaria"]),
                          "reforma_estatuto": _regla_json(reglas.reglas.get("reforma_estatuto")),
                          "decisiones": {tipo: {"nombre": nombre, "quorum": _regla_json(reglas.reglas.get(tipo))
                                                if tipo != "ordinaria" else None,
                                                "mayoria": _mayoria_json(reglas.mayorias.get(tipo)),
                                                "mayoria_que_rige": _mayoria_json(reglas.mayoria(tipo))}
                                         for tipo, nombre in TIPOS_DECISION.items()},
                          "poderes_maximos": reglas.poderes_maximos, "articulo_poderes": reglas.articulo_poderes,
                          "suspende_morosos": reglas.suspende_morosos,
                          "anticipacion_dias": reglas.anticipacion_dias,
                          "articulo_convocatoria": reglas.articulo_convocatoria,
                          "vigente_desde": reglas.vigente_desde.isoformat() if reglas.vigente_desde else None,
                          "versiones": [f.isoformat() if f else None for f in reglas.versiones]},
                         ensure_ascii=False, indent=2))
        return
    cita = f" ({reglas.articulo_convocatoria})" if reglas.articulo_convocatoria else ""
    cita_poderes = f" ({reglas.articulo_poderes})" if reglas.articulo_poderes else ""
    desde = f"desde el {reglas.vigente_desde:%d/%m/%Y}" if reglas.vigente_desde else "desde siempre"
    versiones = "; ".join(f"desde el {f:%d/%m/%Y}" if f else "desde siempre" for f in reglas.versiones)
    print(f"{organo['nombre']} — reglas que rigen {desde}" + (f" (versiones: {versiones})" if len(reglas.versiones) > 1
                                                              else ""))
    print(f"  General: {reglas.reglas['ordinaria'].describir()}")
    for tipo, nombre in TIPOS_DECISION.items():
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
        print(f"  {nombre}: {quorum} {texto_mayoria}")
    print("  Poderes: " + ("sin máximo" if reglas.poderes_maximos is None else "no se admiten"
                           if reglas.poderes_maximos == 0 else f"hasta {reglas.poderes_maximos} por miembro")
          + f"{cita_poderes}.")
    print("  Miembros con cuotas impagas: " + ("sin voto." if reglas.suspende_morosos else "votan."))
    print("  Convocatoria: " + (f"con {reglas.anticipacion_dias} días de anticipación{cita}."
                                if reglas.anticipacion_dias else "sin anticipación exigida."))


def orden_organigrama(args) -> None:
    from ..servicios.informes_organos import imprimir_organigrama

    comprobar_salida(args.archivo, ".pdf", "el organigrama")
    db, asociacion = contexto(args)
    imprimir_organigrama(db, asociacion["id"], args.archivo, args.al)
    print(f"Organigrama guardado en {args.archivo}.")


def orden_traspaso(args) -> None:
    from ..servicios.rotacion import preparar_traspaso, traspasar

    db, asociacion = contexto(args)
    traspaso = preparar_traspaso(db, asociacion["id"], args.fecha)
    for linea in traspaso.descripcion():
        print(linea)
    if args.simular:
        print("Simulación: no se cambió nada.")
        return
    traspasar(db, asociacion["id"], traspaso)
    print("Traspaso registrado.")


def orden_texto(args) -> None:
    from ..servicios.estatutos import elegir_norma
    from ..servicios.informes_organos import imprimir_texto_norma

    comprobar_salida(args.archivo, ".pdf", "el texto de la norma")
    db, asociacion = contexto(args)
    norma = elegir_norma(db, asociacion["id"], args.norma)
    paginas = imprimir_texto_norma(db, asociacion["id"], norma["id"], args.archivo, args.al)
    print(f"{norma['titulo']}: texto vigente guardado en {args.archivo} ({paginas} {'página' if paginas == 1 else 'páginas'}).")


def orden_cargar(args) -> None:
    from ..servicios.estatutos import cargar_norma, leer_texto_de_norma, revisar_norma, vista_previa

    texto = leer_texto_de_norma(Path(args.archivo))  # antes de abrir la base: un archivo que no sirve no toca nada
    revisar_norma(args.titulo, texto, args.desde, args.aprobada_por)  # también al simular
    db, asociacion = contexto(args)
    articulos, avisos = vista_previa(texto)
    for aviso in avisos:
        print(f"AVISO: {visible(aviso)}")
    if args.simular:
        for a in articulos:
            print(f"  Artículo {a.numero}{' — ' + a.titulo if a.titulo else ''} (línea {a.linea})")
        print(f"Simulación: {len(articulos)} artículos; no se guardó nada.")
        return
    cargar_norma(db, asociacion["id"], args.tipo, args.titulo, texto, args.desde, args.aprobada_por)
    print(f"«{args.titulo.strip()}» cargado: {len(articulos)} artículos vigentes desde el {args.desde:%d/%m/%Y}.")


def orden_normas_listar(args) -> None:
    from ..servicios.estatutos import listar_normas

    db, asociacion = contexto(args)
    normas = listar_normas(db, asociacion["id"])
    if args.json:
        print(json.dumps(normas, ensure_ascii=False, indent=2))
        return
    for n in normas:
        print(f"{n['id']:>3}  {abreviar(n['titulo'], 100)}  ({n['tipo']}, {n['reformas']} textos y reformas)")


def orden_reglas_marcadas(args) -> None:
    from ..errores import ErrorEscritorio
    from ..servicios.revision_de_reglas import reglas_marcadas, revisar_regla

    db, asociacion = contexto(args)
    if args.revisar is not None:
        desde = revisar_regla(db, asociacion["id"], args.revisar, args.desde)
        if not args.json:
            print(f"Regla de composición {args.revisar} revisada: cita el texto vigente desde el {desde:%d/%m/%Y}.")
    elif args.desde is not None:
        raise ErrorEscritorio("--desde va con --revisar REGLA (la regla de composición revisada).")
    marcadas = reglas_marcadas(db, asociacion["id"])
    if args.json:
        print(json.dumps([{"tabla": m.tabla, "id": m.fila_id, "campo": m.campo, "regla": m.que, "cita": m.cita,
                           "norma": m.norma, "articulo": m.articulo,
                           "texto_de": m.texto_de.isoformat() if m.texto_de else None,
                           "reformado": m.reformado.isoformat(), "motivo": m.motivo, "como_revisar": m.como_revisar}
                          for m in marcadas], ensure_ascii=False, indent=2))
        return
    if not marcadas:
        print("Ninguna regla cita el texto anterior de un artículo reformado.")
        return
    for m in marcadas:
        print(visible(f"{m.tabla} {m.fila_id} — {m.que}: {m.motivo} ({m.cita}).\n    {m.como_revisar}", lineas=True))
    print(f"{len(marcadas)} {'regla cita' if len(marcadas) == 1 else 'reglas citan'} un texto reformado.")


def orden_plantilla(args) -> None:
    from ..servicios.unidades import cargar_plantilla

    db, asociacion = contexto(args)
    print(f"{cargar_plantilla(db, asociacion['id'])} unidades temáticas creadas.")


def orden_matriz(args) -> None:
    from ..servicios.informes_organos import exportar_matriz_unidades

    comprobar_salida(args.archivo, ".xlsx", "la matriz de participación")
    db, asociacion = contexto(args)
    exportar_matriz_unidades(db, asociacion["id"], args.archivo)
    print(f"Matriz de participación guardada en {args.archivo}.")


def orden_regla_composicion(args) -> None:
    from ..dominio.organos import REGLAS
    from ..servicios.organos import agregar_regla, composicion, elegir_organo

    db, asociacion = contexto(args)
    organo = elegir_organo(db, asociacion["id"], args.organo)
    parametros: dict = {}
    if args.tipo == "por_categoria":
        parametros = {c: getattr(args, c) for c in CATEGORIAS_PAIS if getattr(args, c) is not None}
    elif args.tipo == "de_oficio":
        parametros = {"organos": [t.strip() for t in (args.organos or "").split(",") if t.strip()]}
    elif args.tipo == "presidencia":
        parametros = {"organo": args.organo_que_preside}
    elif args.tipo == "tamano_fijo":
        parametros = {"puestos": args.puestos}
    agregar_regla(db, asociacion["id"], organo["id"], args.tipo, parametros, args.articulo, args.desde)
    comp = composicion(db, asociacion["id"], organo["id"])
    cita = f" ({args.articulo})" if args.articulo else ""
    print(f"{organo['nombre']}: regla «{REGLAS[args.tipo]}»{cita} agregada. Hoy: {len(comp.asientos)} integrantes, "
          f"{len(comp.avisos)} aviso{'' if len(comp.avisos) == 1 else 's'}.")
    for aviso in comp.avisos:
        print(f"AVISO: {visible(aviso)}")
