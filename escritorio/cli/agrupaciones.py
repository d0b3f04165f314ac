"""«asociacion agrupacion», «asociacion agrupaciones» y «asociacion contar-por»: las agrupaciones por encima del
país (la región continental, una subregión) con sus grupos, y cuántos miembros y puestos tiene cada grupo
(servicios.agrupaciones)."""

from .argumentos import fecha, lista_de_ids
from .comun import con_asociacion, imprimir_json, oficina_de
from ..dominio import formato


def agregar_ordenes(sub) -> None:
    grupo = sub.add_parser(
        "agrupacion", help="define un grupo de una agrupación (región, subregión) con sus países o miembros",
        description="Una agrupación («Región continental») reúne países o miembros en grupos («África», «Europa») "
                    "para los cupos de un órgano (organos regla-composicion ORGANO por_agrupacion) y los informes "
                    "(asociacion contar-por). El grupo se crea si no existe; --paises y --miembros le agregan "
                    "integrantes (un país lleva a todos sus miembros; un miembro nombrado aquí va a este grupo "
                    "aunque su país esté en otro). Con --quitar, se quitan los nombrados; sin ninguno, el grupo "
                    "entero. Un país o un miembro está en un solo grupo de cada agrupación.",
        epilog='Ejemplo: escritorio asociacion agrupacion "Región continental" África --paises ZA,NG,KE '
               '--articulo "Estatuto, art. 9"')
    grupo.add_argument("agrupacion", metavar="AGRUPACION")
    grupo.add_argument("grupo", metavar="GRUPO")
    grupo.add_argument("--paises", metavar="XX,YY", help="códigos o nombres de país, separados por comas")
    grupo.add_argument("--miembros", type=lista_de_ids, metavar="ID,ID", help="ids de miembros (miembros listar)")
    grupo.add_argument("--articulo", metavar="CITA", help='el artículo que define el grupo ("Estatuto, art. 9")')
    grupo.add_argument("--quitar", action="store_true", help="quita los países o miembros nombrados (o el grupo)")
    grupo.add_argument("--json", action="store_true", help="salida en JSON")
    grupo.set_defaults(funcion=orden_agrupacion)
    lista = sub.add_parser("agrupaciones", help="las agrupaciones con sus grupos, países y miembros",
                           description="Cada agrupación definida con sus grupos y lo que reúne cada uno.")
    lista.add_argument("--json", action="store_true", help="salida en JSON")
    lista.set_defaults(funcion=orden_agrupaciones)
    contar = sub.add_parser(
        "contar-por", help="cuántos miembros, observadores, población y puestos de un órgano tiene cada grupo",
        description="Cuenta por grupo de una agrupación (o por tipo de miembro: tipo_de_miembro) los miembros "
                    "activos o suspendidos en la fecha, cuántos de ellos son observadores y su población; con "
                    "--organo, también cuántos integran el órgano y cuántos votan.")
    contar.add_argument("agrupacion", metavar="AGRUPACION")
    contar.add_argument("--organo", metavar="ORGANO", help="id del órgano o su nombre exacto")
    contar.add_argument("--fecha", type=fecha, metavar="AAAA-MM-DD", help="la fecha (hoy, si no se indica)")
    contar.add_argument("--json", action="store_true", help="salida en JSON")
    contar.set_defaults(funcion=orden_contar_por)
    for parser in (grupo, lista, contar):
        con_asociacion(parser)


def orden_agrupacion(args) -> None:
    from ..servicios.agrupaciones import definir_grupo, quitar_del_grupo

    contexto = oficina_de(args).contexto
    paises = [p.strip() for p in (args.paises or "").split(",") if p.strip()]
    miembros = args.miembros or []
    if args.quitar:
        if args.articulo:
            args.analizador.error("--articulo va al definir el grupo, no al quitar")
        quitados = quitar_del_grupo(contexto, args.agrupacion, args.grupo, paises, miembros)
        if args.json:
            imprimir_json({"agrupacion": args.agrupacion, "grupo": args.grupo, "quitados": quitados})
            return
        print(f"Quitado de «{args.grupo}» ({args.agrupacion}): {', '.join(quitados)}." if paises or miembros
              else f"Grupo «{args.grupo}» de «{args.agrupacion}» quitado.")
        return
    hecho = definir_grupo(contexto, args.agrupacion, args.grupo, paises, miembros, args.articulo)
    if args.json:
        imprimir_json({"agrupacion": hecho.agrupacion, "grupo": hecho.grupo, "creado": hecho.creado,
                       "agregados": hecho.agregados})
        return
    print(hecho.resumen())


def orden_agrupaciones(args) -> None:
    from dataclasses import asdict

    from ..dominio.paises import nombre_pais
    from ..servicios.agrupaciones import agrupaciones

    todas = agrupaciones(oficina_de(args).contexto)
    if args.json:
        imprimir_json({a: [{**asdict(g), "miembros": [{"id": i, "nombre": n} for i, n in g.miembros.items()]}
                           for g in grupos] for a, grupos in todas.items()})
        return
    if not todas:
        print("No hay agrupaciones: defina la primera con «asociacion agrupacion AGRUPACION GRUPO --paises XX,YY».")
    for agrupacion, grupos in todas.items():
        print(agrupacion)
        for g in grupos:
            cita = f" ({g.articulo})" if g.articulo else ""
            partes = [nombre_pais(p) for p in g.paises] + [f"{n} (id {i})" for i, n in g.miembros.items()]
            print(f"  {g.nombre}{cita}: {', '.join(partes) or 'sin integrantes'}")


def orden_contar_por(args) -> None:
    from dataclasses import asdict

    from ..dominio.organos import nombre_de_la_agrupacion, nombre_del_grupo
    from ..servicios.informe_por_grupo import contar_por_grupo
    from ..servicios.base import hoy
    from ..servicios.organos import elegir_organo

    contexto = oficina_de(args).contexto
    organo = elegir_organo(contexto, args.organo) if args.organo else None
    al = args.fecha or hoy()
    filas = contar_por_grupo(contexto, args.agrupacion, al, organo["id"] if organo else None)
    if args.json:
        imprimir_json({"agrupacion": args.agrupacion, "fecha": al.isoformat(),
                       "organo": organo["nombre"] if organo else None, "grupos": [asdict(f) for f in filas]})
        return
    de_organo = f"; en {organo['nombre']}, integrantes (con voto)" if organo else ""
    print(f"{nombre_de_la_agrupacion(args.agrupacion)} al {formato.fecha(al)}: miembros (observadores), "
          f"población{de_organo}")
    for f in filas:
        organo_txt = f"; {f.integrantes} ({f.con_voto})" if organo else ""
        print(f"  {nombre_del_grupo(args.agrupacion, f.grupo)}: {f.miembros} ({f.observadores}), "
              f"{formato.numero(f.poblacion)}{organo_txt}")
