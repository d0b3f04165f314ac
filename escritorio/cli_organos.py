"""Órdenes de estatutos, órganos y unidades temáticas (se registran desde cli.py). Nunca importa Qt."""

import json
from pathlib import Path

from .cli_argumentos import contexto, fecha


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
    cargar.add_argument("--tipo", default="estatuto", choices=["estatuto", "reglamento"])
    cargar.add_argument("--desde", type=fecha, required=True, metavar="AAAA-MM-DD", help="vigente desde")
    cargar.add_argument("--aprobada-por", help="acta o resolución que la aprobó")
    cargar.add_argument("--simular", action="store_true", help="muestra los artículos leídos, sin guardar")
    cargar.set_defaults(funcion=orden_cargar)
    listar_e = sub_e.add_parser("listar", help="lista las normas", description="Lista las normas y sus reformas.")
    listar_e.add_argument("--json", action="store_true")
    listar_e.set_defaults(funcion=orden_normas_listar)

    unidades = ordenes.add_parser("unidades", help="unidades temáticas", description="Unidades temáticas.")
    sub_u = unidades.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    plantilla = sub_u.add_parser("plantilla", help="crea las 15 unidades de Mercociudades",
                                 description="Crea las 15 unidades temáticas de Mercociudades con sus objetivos.")
    plantilla.set_defaults(funcion=orden_plantilla)
    matriz = sub_u.add_parser("matriz", help="matriz de participación (miembros × unidades) en .xlsx",
                              description="Matriz de participación.")
    matriz.add_argument("archivo", metavar="ARCHIVO.xlsx")
    matriz.set_defaults(funcion=orden_matriz)
    for parser in (listar, comp, organigrama, traspaso, texto, cargar, listar_e, plantilla, matriz):
        con_asociacion(parser)




def orden_organos_listar(args) -> None:
    from .servicios.organos import listar_organos

    db, asociacion = contexto(args)
    organos = listar_organos(db, asociacion["id"])
    if args.json:
        print(json.dumps([{"id": o["id"], "nombre": o["nombre"], "tipo": o["tipo"], "padre_id": o["padre_id"],
                           "frecuencia_meses": o["frecuencia_meses"], "articulo": o["articulo"]} for o in organos],
                         ensure_ascii=False, indent=2))
        return
    for o in organos:
        print(f"{o['id']:>4}  {o['nombre']:<48} {o['tipo_nombre']:<22} {o['padre'] or ''}")


def orden_composicion(args) -> None:
    from .dominio.organos import CARGOS
    from .servicios.organos import composicion, elegir_organo

    db, asociacion = contexto(args)
    organo = elegir_organo(db, asociacion["id"], args.organo)
    comp = composicion(db, asociacion["id"], organo["id"], args.al)
    if args.pdf:
        from .servicios.informes_organos import imprimir_composicion

        imprimir_composicion(db, asociacion["id"], organo["id"], args.pdf, args.al)
    if args.xlsx:
        from .servicios.informes_organos import exportar_composicion

        exportar_composicion(db, asociacion["id"], organo["id"], args.xlsx, args.al)
    if args.json:
        print(json.dumps({
            "organo": organo["nombre"], "al": comp.al.isoformat(), "avisos": comp.avisos,
            "asientos": [{"miembro": a.miembro, "miembro_id": a.miembro_id, "pais": a.pais, "persona": a.persona,
                          "cargo": a.cargo, "desde": a.desde.isoformat(), "hasta": a.hasta.isoformat() if a.hasta else None,
                          "con_voto": a.con_voto} for a in comp.asientos]}, ensure_ascii=False, indent=2))
        return
    print(f"{organo['nombre']} al {comp.al:%d/%m/%Y}: {len(comp.asientos)} integrantes")
    for a in comp.asientos[:400]:
        print(f"  {(a.miembro or a.persona or '')[:34]:<34} {a.pais or '':<3} {CARGOS[a.cargo]:<15} "
              f"{'con voto' if a.con_voto else 'sin voto'}  desde {a.desde:%d/%m/%Y}")
    for aviso in comp.avisos:
        print(f"AVISO: {aviso}")


def orden_organigrama(args) -> None:
    from .servicios.informes_organos import imprimir_organigrama

    db, asociacion = contexto(args)
    imprimir_organigrama(db, asociacion["id"], args.archivo, args.al)
    print(f"Organigrama guardado en {args.archivo}.")


def orden_traspaso(args) -> None:
    from .servicios.rotacion import preparar_traspaso, traspasar

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
    from .servicios.estatutos import elegir_norma
    from .servicios.informes_organos import imprimir_texto_norma

    db, asociacion = contexto(args)
    norma = elegir_norma(db, asociacion["id"], args.norma)
    paginas = imprimir_texto_norma(db, asociacion["id"], norma["id"], args.archivo, args.al)
    print(f"{norma['titulo']}: texto vigente guardado en {args.archivo} ({paginas} páginas).")


def orden_cargar(args) -> None:
    from .errores import ErrorEscritorio
    from .servicios.estatutos import cargar_norma, vista_previa

    db, asociacion = contexto(args)
    ruta = Path(args.archivo)
    try:
        texto = ruta.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        texto = ruta.read_text(encoding="cp1252")
    except OSError as error:
        raise ErrorEscritorio(f"No se puede leer {ruta}: {error.strerror or error}.") from None
    articulos, avisos = vista_previa(texto)
    for aviso in avisos:
        print(f"AVISO: {aviso}")
    if args.simular:
        for a in articulos:
            print(f"  Artículo {a.numero}{' — ' + a.titulo if a.titulo else ''} (línea {a.linea})")
        print(f"Simulación: {len(articulos)} artículos; no se guardó nada.")
        return
    cargar_norma(db, asociacion["id"], args.tipo, args.titulo, texto, args.desde, args.aprobada_por)
    print(f"«{args.titulo}» cargado: {len(articulos)} artículos vigentes desde el {args.desde:%d/%m/%Y}.")


def orden_normas_listar(args) -> None:
    from .servicios.estatutos import listar_normas

    db, asociacion = contexto(args)
    normas = listar_normas(db, asociacion["id"])
    if args.json:
        print(json.dumps(normas, ensure_ascii=False, indent=2))
        return
    for n in normas:
        print(f"{n['id']:>3}  {n['titulo']}  ({n['tipo']}, {n['reformas']} textos y reformas)")


def orden_plantilla(args) -> None:
    from .servicios.unidades import cargar_plantilla

    db, asociacion = contexto(args)
    print(f"{cargar_plantilla(db, asociacion['id'])} unidades temáticas creadas.")


def orden_matriz(args) -> None:
    from .servicios.informes_organos import exportar_matriz_unidades

    db, asociacion = contexto(args)
    exportar_matriz_unidades(db, asociacion["id"], args.archivo)
    print(f"Matriz de participación guardada en {args.archivo}.")
