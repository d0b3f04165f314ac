"""«organos» (listar, composición en una fecha con sus avisos y reglas, organigrama, traspaso de la Secretaría
Ejecutiva, reglas de composición; «organos reglas» está en reglas.py; crear, designar, terminar-mandato, mandatos y
quitar-regla en organos_alta.py; creacion, disolver y anular-disolucion en vida_de_los_organos.py) y «unidades» (unidades temáticas; el plan de trabajo en organos_alta.py)."""

import argparse
import json

from ..dominio.miembros import CATEGORIAS_PAIS
from ..dominio import formato
from ..documentos.visible import abreviar, visible
from .argumentos import cantidad, cupo_de_un_grupo, fecha, identificador, lista_de_ids
from .comun import oficina_de, con_asociacion, con_json, imprimir_json
from .organos_alta import agregar_alta_de_organos, agregar_plan_de_trabajo, linea_de_regla
from .plan_de_trabajo import agregar_ordenes_del_plan
from .vida_de_los_organos import agregar_vida_de_los_organos, vida_json
from .reglas import agregar_reglas
from ..salida import comprobar_salida


def agregar_ordenes(ordenes) -> None:
    organos = ordenes.add_parser("organos", help="órganos, composición, organigrama y traspaso de la Secretaría Ejecutiva",
                                 description="Órganos de la asociación.")
    sub = organos.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    listar = sub.add_parser("listar", help="lista los órganos (con --al, los que existían ese día)",
                            description="Lista los órganos, con el día en que se crearon y en que se disolvieron "
                                        "(si se sabe). Con --al, solo los que existían ese día.")
    listar.add_argument("--al", type=fecha, metavar="AAAA-MM-DD",
                        help="solo los órganos que existían ese día (creados y todavía no disueltos)")
    listar.add_argument("--json", action="store_true", help="salida en JSON")
    listar.set_defaults(funcion=orden_organos_listar)
    comp = sub.add_parser("composicion", help="quién integra un órgano en una fecha",
                          description="Composición de un órgano en una fecha y las reglas que no se cumplen.")
    comp.add_argument("organo", metavar="ORGANO", help="id del órgano o su nombre exacto")
    comp.add_argument("--al", type=fecha, metavar="AAAA-MM-DD", help="fecha (por defecto, hoy)")
    comp.add_argument("--json", action="store_true", help="salida en JSON")
    comp.add_argument("--pdf", metavar="ARCHIVO.pdf", help="además, guarda la composición en PDF")
    comp.add_argument("--xlsx", metavar="ARCHIVO.xlsx", help="además, guarda la composición en Excel")
    comp.add_argument("--reemplazar", action="store_true",
                      help="si los archivos ya existen, los reemplaza (con --pdf y --xlsx, los dos o ninguno)")
    comp.set_defaults(funcion=orden_composicion)
    organigrama = sub.add_parser("organigrama", help="organigrama en PDF", description="Organigrama con los titulares.")
    organigrama.add_argument("archivo", metavar="ARCHIVO.pdf")
    organigrama.add_argument("--al", type=fecha, metavar="AAAA-MM-DD")
    organigrama.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    organigrama.set_defaults(funcion=orden_organigrama)
    traspaso = sub.add_parser("traspaso", help="traspasa la Secretaría Ejecutiva a la siguiente ciudad",
                              description="Traspaso de la Secretaría Ejecutiva y nueva Comisión Directiva (troika).")
    traspaso.add_argument("--fecha", type=fecha, required=True, metavar="AAAA-MM-DD")
    traspaso.add_argument("--entrante", type=identificador, metavar="ID",
                          help="la ciudad entrante (por defecto, la siguiente del orden de sucesión)")
    traspaso.add_argument("--persona", metavar="NOMBRE",
                          help="quien asume en nombre de la ciudad entrante (su autoridad); sin ella, la composición "
                               "nombra a la autoridad registrada de la ciudad")
    traspaso.add_argument("--forma", choices=("masculina", "femenina"), default="masculina", metavar="FORMA",
                          help="cómo se nombra a quien asume: masculina («Presidente»; por omisión) o femenina "
                               "(«Presidenta»); el cargo es el del saliente")
    traspaso.add_argument("--motivo", metavar="TEXTO",
                          help="por qué se traspasa antes de que el saliente cumpla su período (sin él, se rechaza)")
    traspaso.add_argument("--simular", action="store_true", help="muestra el cambio sin hacerlo")
    traspaso.set_defaults(funcion=orden_traspaso)
    sucesion = sub.add_parser(
        "sucesion", help="muestra o fija el orden de sucesión de la Secretaría Ejecutiva",
        description="Sin --miembros, muestra el orden de sucesión de la Secretaría Ejecutiva; con --miembros, lo "
                    "reemplaza por esa lista (ids de «escritorio miembros listar», en orden).",
        epilog="Ejemplo:  escritorio organos sucesion --miembros 12,7,31,4")
    sucesion.add_argument("--miembros", type=lista_de_ids, metavar="ID,ID,…", help="los ids en el orden de sucesión")
    sucesion.add_argument("--json", action="store_true", help="salida en JSON")
    sucesion.set_defaults(funcion=orden_sucesion)
    periodo = sub.add_parser(
        "periodo", help="fija cuánto dura un mandato en un órgano (en meses), con su artículo",
        description="Duración del mandato en un órgano. Una designación sin «hasta» termina al cumplirla; un traspaso "
                    "antes de que el saliente la cumpla pide --motivo; «organos vencimientos» avisa los que terminan.",
        epilog='Ejemplos:\n  escritorio organos periodo "Secretaría Ejecutiva" --meses 12 --articulo "Estatuto, art. 15"\n'
               '  escritorio organos periodo "Comité del Pacto de Milán" --meses 24\n'
               '  escritorio organos periodo Consejo --sin-periodo',
        formatter_class=argparse.RawDescriptionHelpFormatter)
    periodo.add_argument("organo", metavar="ORGANO", help="id del órgano o su nombre exacto")
    cuanto = periodo.add_mutually_exclusive_group(required=True)
    cuanto.add_argument("--meses", type=cantidad, metavar="N", help="meses que dura un mandato (12 = un año)")
    cuanto.add_argument("--sin-periodo", action="store_true", help="el estatuto no fija la duración")
    periodo.add_argument("--articulo", metavar="TEXTO", help='artículo que lo fija ("Estatuto, art. 15")')
    periodo.set_defaults(funcion=orden_periodo)
    vencen = sub.add_parser("vencimientos", help="mandatos que vencen pronto (o ya cumplieron su período)",
                            description="Los mandatos vigentes que terminan dentro de N días, por su «hasta» o por el "
                                        "período del órgano.")
    vencen.add_argument("--dias", type=cantidad, default=60, metavar="N", help="horizonte en días (60 por defecto)")
    vencen.add_argument("--json", action="store_true", help="salida en JSON")
    vencen.set_defaults(funcion=orden_vencimientos)
    regla_c = sub.add_parser(
        "regla-composicion", help="agrega una regla de composición (cupos por país, de oficio, presidencia…)",
        description="Agrega una regla de composición a un órgano, citada a su artículo. La composición la evalúa en "
                    "cada fecha y avisa lo que no se cumple.\n"
                    "  por_categoria: --pleno N --asociado N [--observador N] (cupos exactos de electas por país);\n"
                    "      a lo sumo o al menos: --pleno-maximo N, --pleno-minimo N (y lo mismo para asociado y\n"
                    "      observador); se rechaza si la cantidad fija de puestos no alcanza para cumplirlos\n"
                    "  tipo_de_miembro: --tipos TIPO,TIPO (municipio, gobierno_regional, asociacion_nacional): lo\n"
                    "      integran todos los miembros activos de esos tipos, derivados del padrón; con\n"
                    "      --solo-designados, solo los que se designen o elijan (de esos tipos)\n"
                    "  de_oficio: --organos TIPO,TIPO (quienes integran esos órganos se sientan por su cargo)\n"
                    "  presidencia: --organo TIPO (quien ejerce ese órgano preside)\n"
                    "  por_agrupacion: --agrupacion NOMBRE y --cada N (o --cada-minimo N / --cada-maximo N) y/o\n"
                    "      --grupo GRUPO=CUPO: los puestos de cada grupo de la agrupación («asociacion agrupacion»)\n"
                    "  limite_de_mandatos: --seguidos N (1: sin reelección inmediata)\n"
                    "  tamano_fijo: --puestos N;  troika, todos_los_activos, designacion: sin opciones",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog='Ejemplos (el Consejo de la semilla 001):\n'
               '  escritorio organos regla-composicion Consejo por_categoria --pleno 2 --asociado 1 '
               '--articulo "Estatuto, art. 13"\n'
               '  escritorio organos regla-composicion Consejo de_oficio --organos comision_directiva,secretaria_ejecutiva '
               '--articulo "Estatuto, art. 13"\n'
               '  escritorio organos regla-composicion Consejo presidencia --organo secretaria_ejecutiva '
               '--articulo "Estatuto, art. 15"\n'
               'Otras redes:\n'
               '  escritorio organos regla-composicion "Comité Ejecutivo" por_categoria --pleno-maximo 1 '
               '--articulo "Estatuto, art. 22"\n'
               '  escritorio organos regla-composicion "Comité de Municipios" tipo_de_miembro --tipos municipio '
               '--articulo "Reglamento, art. 3"\n'
               '  escritorio organos regla-composicion "Comité Ejecutivo" por_agrupacion --agrupacion "Región '
               'continental" --cada 2 --grupo "Europa=..3" --articulo "Estatuto, art. 9"')
    regla_c.add_argument("organo", metavar="ORGANO", help="id del órgano o su nombre exacto")
    regla_c.add_argument("tipo", metavar="TIPO", help="por_categoria, tipo_de_miembro, de_oficio, presidencia, "
                                                      "tamano_fijo, troika, todos_los_activos, designacion, "
                                                      "limite_de_mandatos o por_agrupacion")
    for categoria in CATEGORIAS_PAIS:
        regla_c.add_argument(f"--{categoria}", type=cantidad, metavar="N", help=f"puestos por país {categoria}")
        regla_c.add_argument(f"--{categoria}-maximo", type=cantidad, metavar="N",
                             help=f"a lo sumo N puestos por país {categoria}")
        regla_c.add_argument(f"--{categoria}-minimo", type=cantidad, metavar="N",
                             help=f"al menos N puestos por país {categoria}")
    regla_c.add_argument("--tipos", metavar="TIPO,TIPO",
                         help="tipos de miembro que integran el órgano (municipio, gobierno_regional, "
                              "asociacion_nacional)")
    regla_c.add_argument("--solo-designados", action="store_true",
                         help="con tipo_de_miembro: no lo integran todos los activos de esos tipos, solo los que se "
                              "designen o elijan")
    regla_c.add_argument("--organos", metavar="TIPO,TIPO", help="tipos de órgano cuyos integrantes se sientan de oficio")
    regla_c.add_argument("--organo", dest="organo_que_preside", metavar="TIPO",
                         help="tipo de órgano cuyo titular preside")
    regla_c.add_argument("--puestos", type=cantidad, metavar="N", help="cantidad fija de integrantes")
    regla_c.add_argument("--seguidos", type=cantidad, metavar="N",
                         help="con limite_de_mandatos: cuántos mandatos seguidos admite (1: sin reelección inmediata)")
    regla_c.add_argument("--agrupacion", metavar="NOMBRE",
                         help="con por_agrupacion: la agrupación cuyos grupos reciben cupo («Región continental»; "
                              "tipo_de_miembro: la del padrón)")
    regla_c.add_argument("--cada", type=cantidad, metavar="N", help="con por_agrupacion: N puestos por grupo, exactos")
    regla_c.add_argument("--cada-minimo", type=cantidad, metavar="N", help="con por_agrupacion: al menos N por grupo")
    regla_c.add_argument("--cada-maximo", type=cantidad, metavar="N", help="con por_agrupacion: a lo sumo N por grupo")
    regla_c.add_argument("--grupo", type=cupo_de_un_grupo, action="append", metavar="GRUPO=CUPO",
                         help="con por_agrupacion: el cupo de un grupo, distinto del de los demás: «Europa=3», "
                              "«Europa=..3» (a lo sumo), «Europa=1..» (al menos), «Europa=1..3»; se repite")
    regla_c.add_argument("--articulo", metavar="TEXTO", help='artículo que la fija ("Estatuto, art. 13")')
    regla_c.add_argument("--desde", type=fecha, metavar="AAAA-MM-DD", help="fecha del texto del artículo que cita")
    regla_c.set_defaults(funcion=orden_regla_composicion)
    for parser in (listar, comp, organigrama, traspaso, sucesion, periodo, vencen, regla_c,
                   *agregar_alta_de_organos(sub), *agregar_vida_de_los_organos(sub)):
        con_asociacion(parser)
    agregar_reglas(sub)  # «organos reglas»


def agregar_unidades(ordenes) -> None:
    unidades = ordenes.add_parser("unidades", help="unidades temáticas", description="Unidades temáticas.")
    sub_u = unidades.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    plantilla = sub_u.add_parser("plantilla", help="crea las 15 unidades de Mercociudades",
                                 description="Crea las 15 unidades temáticas de Mercociudades con sus objetivos.")
    plantilla.set_defaults(funcion=orden_plantilla)
    matriz = sub_u.add_parser("matriz", help="matriz de participación (miembros × unidades) en .xlsx (o --json)",
                              description="Matriz de participación: cada miembro con su papel en cada unidad "
                                          "temática, en .xlsx; con --json, en JSON (con o sin archivo).")
    matriz.add_argument("archivo", metavar="ARCHIVO.xlsx", nargs="?")
    con_json(matriz)
    matriz.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    matriz.set_defaults(funcion=orden_matriz, analizador=matriz)
    for parser in (plantilla, matriz):
        con_asociacion(parser)
    agregar_plan_de_trabajo(sub_u)  # «unidades actividad» y «unidades actividades»
    agregar_ordenes_del_plan(sub_u)  # editar-actividad, estado-actividad, informe-actividad, pdf-informe, atrasadas


def orden_organos_listar(args) -> None:
    from ..servicios.organos import listar_organos

    oficina = oficina_de(args)
    organos = listar_organos(oficina.contexto, args.al)
    if args.json:
        print(json.dumps([{"id": o["id"], "nombre": o["nombre"], "tipo": o["tipo"], "padre_id": o["padre_id"],
                           "frecuencia_meses": o["frecuencia_meses"], "articulo": o["articulo"],
                           "periodo_meses": o["periodo_meses"], "articulo_periodo": o["articulo_periodo"],
                           **vida_json(o)}
                          for o in organos],
                         ensure_ascii=False, indent=2))
        return
    if not organos and args.al is not None:
        print(f"Ningún órgano existía el {formato.fecha(args.al)}.")
    for o in organos:
        vida = "  ".join(filter(None, (f"creado el {formato.fecha(o['creado_el'])}" if o["creado_el"] else None,
                                      f"disuelto el {formato.fecha(o['disuelto_el'])}" if o["disuelto_el"] else None)))
        linea = f"{o['id']:>4}  {abreviar(o['nombre'], 48):<48} {o['tipo_nombre']:<22} {abreviar(o['padre'], 48)}"
        print(f"{linea:<125}  {vida}" if vida else linea)


def orden_composicion(args) -> None:
    from ..servicios.organos import composicion, elegir_organo
    from ..servicios.reglas_de_composicion import reglas_de_composicion

    if args.pdf:
        comprobar_salida(args.pdf, ".pdf", "la composición", reemplazar=args.reemplazar)
    if args.xlsx:
        comprobar_salida(args.xlsx, ".xlsx", "la composición", reemplazar=args.reemplazar)
    oficina = oficina_de(args)
    contexto = oficina.contexto
    organo = elegir_organo(contexto, args.organo)
    comp = composicion(contexto, organo["id"], args.al, cuotas=True)  # con voto como el documento
    reglas = reglas_de_composicion(contexto, organo["id"], args.al)
    if args.pdf or args.xlsx:   # los dos o ninguno
        from ..servicios.informes_organos import guardar_composicion

        guardar_composicion(contexto, organo["id"], args.pdf or None, args.xlsx or None, args.al,
                            reemplazar=args.reemplazar)
    if args.json:
        print(json.dumps({
            "organo": organo["nombre"], "al": comp.al.isoformat(), **vida_json(organo), "avisos": comp.avisos,
            "integrantes": comp.integrantes, "con_voto": comp.con_voto,   # miembros, no personas
            "asientos": [{"miembro": a.miembro, "miembro_id": a.miembro_id, "pais": a.pais, "persona": a.persona,
                          "cargo": a.cargo, "forma": a.forma, "desde": a.desde.isoformat(), "hasta": a.hasta.isoformat() if a.hasta else None,
                          "con_voto": a.con_voto, "motivo_sin_voto": a.motivo_sin_voto, "de_oficio": a.de_oficio}
                         for a in comp.asientos],
            "preside": comp.preside.miembro if comp.preside else None,
            "reglas": [{"id": r["id"], "tipo": r["tipo"], "nombre": r["nombre"], "parametros": r["parametros"],
                        "descripcion": r["descripcion"], "articulo": r["articulo"], "desde": r["desde"],
                        "reemplazada_por": r["reemplazada_por"]} for r in reglas]}, ensure_ascii=False, indent=2))
        return
    print(f"{abreviar(organo['nombre'], 100)} al {formato.fecha(comp.al)}: "
          f"{formato.cuantos(comp.integrantes, '{0} integrante', '{0} integrantes')}")
    for regla in reglas:
        print(f"  {linea_de_regla(regla)}")
    for a in comp.asientos[:400]:
        voto = "con voto" if a.con_voto else f"sin voto ({a.motivo_sin_voto.lower()})" if a.motivo_sin_voto else "sin voto"
        oficio = f"  de oficio: {a.de_oficio}" if a.de_oficio else ""
        print(f"  {abreviar(a.miembro or a.persona, 34):<34} {a.pais or '':<3} {a.nombre_del_cargo:<15} "
              f"{voto}  desde {formato.fecha(a.desde)}{oficio}")
    for aviso in comp.avisos:
        print(f"AVISO: {visible(aviso)}")


def orden_organigrama(args) -> None:
    from ..servicios.informes_organos import imprimir_organigrama

    comprobar_salida(args.archivo, ".pdf", "el organigrama", reemplazar=args.reemplazar)
    oficina = oficina_de(args)
    imprimir_organigrama(oficina.contexto, args.archivo, args.al)
    print(f"Organigrama guardado en {args.archivo}.")


def orden_traspaso(args) -> None:
    from ..servicios.rotacion import exigir_motivo, preparar_traspaso, traspasar

    oficina = oficina_de(args)
    contexto = oficina.contexto
    traspaso = preparar_traspaso(contexto, args.fecha, entrante=args.entrante, persona=args.persona, forma=args.forma)
    for linea in traspaso.descripcion():
        print(linea)
    if args.simular:
        exigir_motivo(traspaso.anticipo, args.motivo)   # lo que el traspaso de verdad rechazaría, también aquí
        print("Simulación: no se cambió nada.")
        return
    traspasar(contexto, traspaso, motivo=args.motivo)
    print("Traspaso registrado.")


def orden_sucesion(args) -> None:
    from ..servicios.rotacion import fijar_orden_de_sucesion, orden_de_sucesion

    oficina = oficina_de(args)
    contexto = oficina.contexto
    if args.miembros is not None:
        fijar_orden_de_sucesion(contexto, args.miembros)
    orden = orden_de_sucesion(contexto)
    if args.json:
        print(json.dumps([{"posicion": i, "miembro_id": t["miembro_id"], "miembro": t["miembro"],
                           "ya_la_ejercio": not t["previsto"]} for i, t in enumerate(orden, start=1)],
                         ensure_ascii=False, indent=2))
        return
    if args.miembros is not None:
        print(f"Orden de sucesión fijado ({len(orden)} {'miembro' if len(orden) == 1 else 'miembros'}).")
    if not orden:
        print("La Secretaría Ejecutiva no tiene orden de sucesión: fíjelo con --miembros ID,ID,…")
    for i, t in enumerate(orden, start=1):
        print(f"{i:>4}. {abreviar(t['miembro'], 50):<50} (id {t['miembro_id']})"
              f"{'' if t['previsto'] else '  ya la ejerció'}")


def orden_periodo(args) -> None:
    from ..servicios.organos import elegir_organo
    from ..servicios.periodos import fijar_periodo

    oficina = oficina_de(args)
    contexto = oficina.contexto
    organo = elegir_organo(contexto, args.organo)
    fijar_periodo(contexto, organo["id"], None if args.sin_periodo else args.meses, args.articulo)
    if args.sin_periodo:
        print(f"{organo['nombre']}: sin período fijo.")
    else:
        cita = f" ({args.articulo})" if args.articulo else ""
        print(f"{organo['nombre']}: un mandato dura {args.meses} {'mes' if args.meses == 1 else 'meses'}{cita}.")


def orden_vencimientos(args) -> None:
    from ..servicios.periodos import vencimientos

    oficina = oficina_de(args)
    lista = vencimientos(oficina.contexto, args.dias)
    if args.json:
        print(json.dumps(lista, ensure_ascii=False, indent=2))
        return
    if not lista:
        print(f"Ningún mandato vence {'en el próximo día' if args.dias == 1 else f'en los próximos {args.dias} días'}.")
    for v in lista:
        print(visible(v["texto"]))


def _cupos_de_la_orden(args) -> dict:
    from ..dominio.organos import armar_cupos
    from ..errores import ErrorEscritorio

    try:
        return armar_cupos({c: getattr(args, c) for c in CATEGORIAS_PAIS},
                           {c: getattr(args, f"{c}_minimo") for c in CATEGORIAS_PAIS},
                           {c: getattr(args, f"{c}_maximo") for c in CATEGORIAS_PAIS})
    except ValueError as error:
        raise ErrorEscritorio(str(error)) from None


def _grupos_de_la_orden(args) -> dict:
    from ..errores import ErrorEscritorio

    parametros: dict = {"agrupacion": args.agrupacion}
    if args.cada is not None and (args.cada_minimo is not None or args.cada_maximo is not None):
        raise ErrorEscritorio("Escriba --cada N (exacto) o --cada-minimo / --cada-maximo, no las dos cosas.")
    if args.cada is not None:
        parametros["cupo"] = args.cada
    elif args.cada_minimo is not None or args.cada_maximo is not None:
        parametros["cupo"] = {k: v for k, v in (("minimo", args.cada_minimo), ("maximo", args.cada_maximo))
                              if v is not None}
    if args.grupo:
        parametros["grupos"] = dict(args.grupo)
    return parametros


def _tipos_de_la_orden(args) -> dict:
    from ..dominio.miembros import tipo_desde_texto

    # «provincia», «Municipio», «asociación de municipios»: como en la columna Tipo del padrón
    return {"tipos": [tipo_desde_texto(t) or t.strip() for t in (args.tipos or "").split(",") if t.strip()],
            "todos": not args.solo_designados}


# Los parámetros de cada tipo de regla, de las opciones de la orden (los revisa el servicio:
# servicios.reglas_de_composicion.PARAMETROS_DE_LA_REGLA). Un tipo sin fila no lleva parámetros.
_PARAMETROS_DE_LA_ORDEN = {
    "por_categoria": _cupos_de_la_orden,
    "tipo_de_miembro": _tipos_de_la_orden,
    "de_oficio": lambda args: {"organos": [t.strip() for t in (args.organos or "").split(",") if t.strip()]},
    "presidencia": lambda args: {"organo": args.organo_que_preside},
    "tamano_fijo": lambda args: {"puestos": args.puestos},
    "limite_de_mandatos": lambda args: {"seguidos": args.seguidos},
    "por_agrupacion": _grupos_de_la_orden,
}


def orden_regla_composicion(args) -> None:
    from ..dominio.organos import REGLAS
    from ..servicios.organos import composicion, elegir_organo
    from ..servicios.reglas_de_composicion import agregar_regla

    oficina = oficina_de(args)
    contexto = oficina.contexto
    organo = elegir_organo(contexto, args.organo)
    armar = _PARAMETROS_DE_LA_ORDEN.get(args.tipo)
    parametros: dict = armar(args) if armar else {}
    regla_id = agregar_regla(contexto, organo["id"], args.tipo, parametros, args.articulo, args.desde)
    comp = composicion(contexto, organo["id"])
    cita = f" ({args.articulo})" if args.articulo else ""
    print(f"{organo['nombre']}: regla {regla_id} «{REGLAS[args.tipo]}»{cita} agregada. Hoy: "
          f"{formato.cuantos(comp.integrantes, '{0} integrante', '{0} integrantes')}, "
          f"{len(comp.avisos)} aviso{'' if len(comp.avisos) == 1 else 's'}.")
    for aviso in comp.avisos:
        print(f"AVISO: {visible(aviso)}")


def orden_plantilla(args) -> None:
    from ..servicios.unidades import cargar_plantilla

    oficina = oficina_de(args)
    creadas = cargar_plantilla(oficina.contexto)
    print(f"{formato.cuantos(creadas, '{0} unidad temática creada', '{0} unidades temáticas creadas')}.")


def orden_matriz(args) -> None:
    from ..servicios.informes_organos import exportar_matriz_unidades

    from ..servicios.unidades import matriz_de_participacion

    if args.archivo is None and not args.json:
        args.analizador.error("falta el archivo .xlsx (o --json para ver la matriz sin guardar un archivo)")
    if args.archivo is not None:
        comprobar_salida(args.archivo, ".xlsx", "la matriz de participación", reemplazar=args.reemplazar)
    oficina = oficina_de(args)
    if args.archivo is not None:
        exportar_matriz_unidades(oficina.contexto, args.archivo)
    if args.json:
        matriz = matriz_de_participacion(oficina.contexto)
        imprimir_json({"unidades": matriz.unidades, "miembros": [
            {"miembro_id": i, "miembro": nombre, "pais": pais,
             "papeles": {u: papel for u, papel in zip(matriz.unidades, papeles) if papel}}
            for i, (nombre, pais, papeles) in zip(matriz.miembro_ids, matriz.filas)]})
        return
    print(f"Matriz de participación guardada en {args.archivo}.")
