"""«estatutos»: cargar una norma desde un .txt o .md, listar, el texto vigente en PDF y las reglas que citan el
texto anterior de un artículo reformado («estatutos reglas», --revisar)."""

import argparse
import json
from pathlib import Path

from ..dominio.normas import TIPOS_NORMA
from ..dominio import formato
from ..documentos.visible import abreviar, visible
from .argumentos import cantidad, fecha
from .argumentos import resolucion as una_resolucion
from .comun import oficina_de, con_asociacion, contexto_de
from ..salida import comprobar_salida


class _Cambio(argparse.Action):
    """Junta --articulo, --texto, --deroga y --archivo en el orden en que se escribieron: (opción, valor)."""

    def __call__(self, parser, namespace, values, option_string=None):
        cambios = list(getattr(namespace, self.dest, None) or [])
        cambios.append((option_string.lstrip("-"), values))
        setattr(namespace, self.dest, cambios)


def _cambios_de(args) -> list:
    """Los cambios de «estatutos reformar», en orden; un --articulo sin su --texto (o al revés) es una orden mal
    escrita (código 2)."""
    from ..servicios.estatutos import CambioArticulo, leer_texto_de_norma, vista_previa

    cambios, pendiente = [], None
    for opcion, valor in args.cambios or []:
        if opcion == "texto":
            if pendiente is None:
                args.analizador.error("--texto va después de --articulo N (el artículo que reemplaza o agrega)")
            cambios.append(CambioArticulo(pendiente, valor))
            pendiente = None
            continue
        if pendiente is not None:
            args.analizador.error(f"falta el --texto del --articulo {pendiente}")
        if opcion == "articulo":
            pendiente = valor.strip()
        elif opcion == "deroga":
            cambios.append(CambioArticulo(valor.strip(), None))
        else:
            articulos, _ = vista_previa(leer_texto_de_norma(Path(valor)))
            cambios.extend(CambioArticulo(a.numero, a.texto, a.titulo) for a in articulos)
    if pendiente is not None:
        args.analizador.error(f"falta el --texto del --articulo {pendiente}")
    if not cambios:
        args.analizador.error("indique al menos un cambio: --articulo N --texto \"…\", --deroga N o --archivo")
    return cambios


def regla_de_reforma(texto: str) -> tuple[str, object]:
    """«poderes=3» -> ("poderes", 3): la lectura es la del servicio (la misma de la ventana)."""
    from ..errores import ErrorValidacion
    from ..servicios.reglas_de_la_reforma import leer_regla

    try:
        return leer_regla(texto)
    except ErrorValidacion as error:
        raise argparse.ArgumentTypeError(error.mensaje) from None


def agregar_ordenes(ordenes) -> None:
    estatutos = ordenes.add_parser("estatutos", help="estatuto y reglamentos: cargar, listar, texto vigente en PDF",
                                   description="Estatuto y reglamentos.")
    sub_e = estatutos.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    texto = sub_e.add_parser("texto", help="texto vigente en PDF, con índice", description="Texto consolidado a una fecha.")
    texto.add_argument("archivo", metavar="ARCHIVO.pdf")
    texto.add_argument("--al", type=fecha, metavar="AAAA-MM-DD", help="fecha (por defecto, hoy)")
    texto.add_argument("--norma", help="id o título de la norma (por defecto, el estatuto)")
    texto.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
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
    reformar = sub_e.add_parser(
        "reformar", help="registra una reforma adoptada por una resolución",
        description="Registra una reforma de una norma (por defecto, el estatuto) adoptada por una resolución: la de "
                    "un punto de reforma del estatuto (o del reglamento) aprobado. La reforma rige desde --desde (no "
                    "antes de la sesión que la adoptó), nombra la resolución y la resolución la lista entre sus "
                    "efectos. Cada cambio: --articulo N --texto \"…\" (nuevo o reemplazado), --deroga N, o --archivo "
                    "con encabezados «Artículo N» (cada artículo del archivo, nuevo o reemplazado). Se combinan.",
        epilog="Ejemplo:\n  escritorio estatutos reformar --desde 2027-01-01 --resolucion 10 --articulo 21 \\\n"
               "      --texto \"Cada miembro puede llevar hasta dos poderes.\" --deroga 30\n"
               "  escritorio estatutos reformar --desde 2026-05-21 --resolucion 12 --articulo 21 \\\n"
               "      --texto \"Cada miembro puede llevar hasta tres poderes.\" --regla poderes=3",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    reformar.add_argument("--norma", help="id o título de la norma (por defecto, el estatuto)")
    reformar.add_argument("--desde", type=fecha, required=True, metavar="AAAA-MM-DD", help="vigente desde")
    reformar.add_argument("--resolucion", type=una_resolucion, required=True, metavar="RESOLUCION",
                          help="la resolución que adoptó la reforma («resoluciones listar»): N/AAAA o #ID")
    reformar.add_argument("--articulo", action=_Cambio, dest="cambios", metavar="N",
                          help="número del artículo nuevo o reemplazado; su texto va en --texto")
    reformar.add_argument("--texto", action=_Cambio, dest="cambios", metavar="TEXTO",
                          help="el texto del artículo nombrado en el --articulo anterior")
    reformar.add_argument("--deroga", action=_Cambio, dest="cambios", metavar="N", help="número de artículo derogado")
    reformar.add_argument("--archivo", action=_Cambio, dest="cambios", metavar="CAMBIOS.md",
                          help="un .txt o .md con los artículos nuevos o reemplazados («Artículo N» al empezar cada uno)")
    reformar.add_argument("--regla", type=regla_de_reforma, action="append", metavar="CLAVE=VALOR",
                          help="la regla de sesión que fija la reforma, en cada órgano cuya regla cita un artículo "
                               "reformado, desde --desde: poderes=N|sin-maximo, quorum=FRACCION, "
                               "quorum.TIPO=FRACCION, mayoria.TIPO=MAYORIA/BASE (TIPO: reforma_estatuto, exclusion…), "
                               "morosos=votan|sin-voto, anticipacion=DIAS")
    reformar.add_argument("--descripcion", help="qué cambia la reforma, en una frase")
    reformar.add_argument("--simular", action="store_true", help="revisa la reforma y muestra los cambios, sin guardar")
    reformar.add_argument("--json", action="store_true", help="salida en JSON")
    reformar.set_defaults(funcion=orden_reformar, analizador=reformar)
    for parser in (texto, cargar, listar_e, revision, reformar):
        con_asociacion(parser)


def orden_texto(args) -> None:
    from ..servicios.estatutos import elegir_norma
    from ..servicios.informes_organos import imprimir_texto_norma

    comprobar_salida(args.archivo, ".pdf", "el texto de la norma", reemplazar=args.reemplazar)
    oficina = oficina_de(args)
    contexto = oficina.contexto
    norma = elegir_norma(contexto, args.norma)
    paginas = imprimir_texto_norma(contexto, norma["id"], args.archivo, args.al)
    print(f"{norma['titulo']}: texto vigente guardado en {args.archivo} ({paginas} {'página' if paginas == 1 else 'páginas'}).")


def orden_cargar(args) -> None:
    from ..servicios.estatutos import cargar_norma, leer_texto_de_norma, revisar_norma, vista_previa

    texto = leer_texto_de_norma(Path(args.archivo))  # antes de abrir la base: un archivo que no sirve no toca nada
    revisar_norma(args.titulo, texto, args.desde, args.aprobada_por)  # también al simular
    oficina = oficina_de(args)
    articulos, avisos = vista_previa(texto)
    for aviso in avisos:
        print(f"AVISO: {visible(aviso)}")
    if args.simular:
        for a in articulos:
            print(f"  Artículo {a.numero}{' — ' + a.titulo if a.titulo else ''} (línea {a.linea})")
        print(f"Simulación: {formato.cuantos(len(articulos), '{0} artículo', '{0} artículos')}; no se guardó nada.")
        return
    cargar_norma(oficina.contexto, args.tipo, args.titulo, texto, args.desde, args.aprobada_por)
    print(f"«{args.titulo.strip()}» cargado: "
          f"{formato.cuantos(len(articulos), '{0} artículo vigente', '{0} artículos vigentes')} desde el {formato.fecha(args.desde)}.")


def orden_normas_listar(args) -> None:
    from ..servicios.estatutos import listar_normas

    oficina = oficina_de(args)
    normas = listar_normas(oficina.contexto)
    if args.json:
        print(json.dumps(normas, ensure_ascii=False, indent=2))
        return
    for n in normas:
        print(f"{n['id']:>3}  {abreviar(n['titulo'], 100)}  ({n['tipo']}, {n['reformas']} textos y reformas)")


def orden_reglas_marcadas(args) -> None:
    from ..errores import ErrorEscritorio
    from ..servicios.revision_de_reglas import reglas_marcadas, revisar_regla

    contexto = contexto_de(args)
    if args.revisar is not None:
        desde = revisar_regla(contexto, args.revisar, args.desde)
        if not args.json:
            print(f"Regla de composición {args.revisar} revisada: cita el texto vigente desde el "
                  f"{formato.fecha(desde)}.")
    elif args.desde is not None:
        raise ErrorEscritorio("--desde va con --revisar REGLA (la regla de composición revisada).")
    marcadas = reglas_marcadas(contexto)
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


def orden_reformar(args) -> None:
    from ..errores import ErrorEscritorio
    from ..servicios.estatutos import elegir_norma, listar_reformas, reformar
    from ..servicios.reglas_de_la_reforma import reglas_fijadas_por
    from ..servicios.reglas_por_reforma import avisos_de_la_reforma

    cambios = _cambios_de(args)  # antes de abrir la base: una orden mal escrita no toca nada
    contexto = contexto_de(args)
    norma = elegir_norma(contexto, args.norma)
    reglas = dict(args.regla or [])
    if len(reglas) != len(args.regla or []):
        raise ErrorEscritorio("Cada --regla una sola vez por clave.")
    reforma_id = reformar(contexto, norma["id"], args.desde, cambios, descripcion=args.descripcion,
                          resolucion_id=args.resolucion, simular=args.simular, reglas=reglas)
    lineas = [f"Artículo {c.numero}: " + ("derogado" if c.texto is None else abreviar(c.texto, 80)) for c in cambios]
    if args.simular:
        if args.json:
            print(json.dumps({"simulacion": True, "norma": norma["titulo"], "desde": args.desde.isoformat(),
                              "cambios": lineas}, ensure_ascii=False, indent=2))
            return
        for linea in lineas:
            print(f"  {visible(linea)}")
        print(f"Simulación: la reforma de «{norma['titulo']}» cambia "
              f"{formato.cuantos(len(cambios), '{0} artículo', '{0} artículos')} desde el "
              f"{formato.fecha(args.desde)}; no se guardó nada.")
        return
    reformas = listar_reformas(contexto, norma["id"])
    reforma = next(r for r in reformas if r["id"] == reforma_id)
    # El número que se ve: la primera fila de la norma es su texto original, así que la primera reforma es la 1.
    numero = [r["id"] for r in reformas].index(reforma_id)
    fijadas = reglas_fijadas_por(contexto, reforma_id, list(reglas))
    if args.json:
        print(json.dumps({**reforma, "numero": numero, "norma": norma["titulo"], "cambios": lineas,
                          "reglas": [{"organo": f.organo, "clave": f.clave, "texto": f.texto,
                                      "desde": f.desde.isoformat()} for f in fijadas]},
                         ensure_ascii=False, indent=2))
        return
    print(f"Reforma {numero} de «{norma['titulo']}» registrada, vigente desde el {formato.fecha(args.desde)}, "
          f"aprobada por {reforma['aprobada_por']}:")
    for linea in lineas:
        print(f"  {visible(linea)}")
    for f in fijadas:
        print(visible(f"  Regla de sesión de «{f.organo}» desde el {formato.fecha(f.desde)}: {f.texto}"))
    for aviso in avisos_de_la_reforma(contexto, reforma_id):
        print(visible(f"AVISO: {aviso}"))
