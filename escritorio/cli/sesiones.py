"""«sesiones» (listar, convocatoria, acta y asistencia en archivos, elecciones y su confirmación; la reunión
entera, de convocar a aprobar el acta, está en reunion.py y votaciones.py) y «resoluciones» (listar; el PDF, en
documentos.py)."""

import argparse
import json

from ..documentos.visible import abreviar
from ..dominio.sesiones import TIPOS_ADHERENTE
from ..dominio import formato
from .argumentos import identificador
from .argumentos import punto as un_punto, resolucion as una_resolucion
from ..dominio.referencias import AYUDA_PUNTO, AYUDA_RESOLUCION, escribir_punto
from .comun import oficina_de, con_asociacion, con_json, imprimir_json
from .documentos import agregar_resoluciones_pdf
from .elecciones import agregar_ordenes_de_elecciones
from .reunion import EJEMPLO_REUNION, agregar_ordenes_de_la_reunion
from ..salida import comprobar_salida


def agregar_ordenes(ordenes) -> None:
    sesiones = ordenes.add_parser(
        "sesiones", help="sesiones: convocar, orden del día, asistencia, votar, resoluciones, acta",
        description="Sesiones de los órganos: toda la reunión, de la convocatoria al acta aprobada.",
        epilog=EJEMPLO_REUNION)
    sub = sesiones.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    listar = sub.add_parser("listar", help="lista las sesiones", description="Lista las sesiones.")
    listar.add_argument("--json", action="store_true", help="salida en JSON")
    listar.set_defaults(funcion=orden_listar)
    convocatoria = sub.add_parser("convocatoria", help="convocatoria en PDF", description="Convocatoria de una sesión en PDF.")
    convocatoria.add_argument("sesion", type=identificador, metavar="ID")
    convocatoria.add_argument("archivo", metavar="ARCHIVO.pdf")
    convocatoria.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    convocatoria.add_argument("--con-mociones", action="store_true",
                              help="adjunta las mociones recibidas (número, título, autores, fecha, si llegó fuera "
                                   "de plazo y su texto; no las no admitidas ni las retiradas)")
    convocatoria.set_defaults(funcion=orden_convocatoria)
    acta = sub.add_parser("acta", help="acta en PDF", description="Acta de una sesión en PDF (BORRADOR si no está aprobada).")
    acta.add_argument("sesion", type=identificador, metavar="ID")
    acta.add_argument("archivo", metavar="ARCHIVO.pdf")
    acta.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    acta.set_defaults(funcion=orden_acta)
    exportar = sub.add_parser("exportar", help="asistencia y votaciones a .xlsx",
                              description="Asistencia y votaciones de una sesión a .xlsx.")
    exportar.add_argument("sesion", type=identificador, metavar="ID")
    exportar.add_argument("archivo", metavar="ARCHIVO.xlsx")
    exportar.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    exportar.set_defaults(funcion=orden_exportar)
    elecciones = sub.add_parser("elecciones", help="elecciones de cargos de una sesión y su resultado",
                                description="Elecciones de cargos de una sesión: candidaturas, votos, resultado y si "
                                            "ya se confirmaron como mandato.")
    elecciones.add_argument("sesion", type=identificador, metavar="ID")
    elecciones.add_argument("--json", action="store_true", help="salida en JSON")
    elecciones.set_defaults(funcion=orden_elecciones)
    confirmar = con_json(sub.add_parser(
        "confirmar-eleccion", help="registra el mandato de cada candidatura electa",
        description="Confirma la elección de un punto del orden del día: registra el mandato de cada candidatura "
                    "electa (en una elección de varios puestos, todos en una transacción: todos o ninguno) y termina "
                    "la víspera el del cargo unipersonal saliente."))
    confirmar.add_argument("punto", type=un_punto, metavar="PUNTO", help=AYUDA_PUNTO)
    confirmar.set_defaults(funcion=orden_confirmar_eleccion)
    resoluciones = ordenes.add_parser("resoluciones", help="resoluciones adoptadas", description="Resoluciones.")
    sub_r = resoluciones.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    listar_r = sub_r.add_parser("listar", help="lista las resoluciones", description="Lista las resoluciones.")
    listar_r.add_argument("--json", action="store_true", help="salida en JSON")
    listar_r.set_defaults(funcion=orden_resoluciones)
    ver_r = sub_r.add_parser("ver", help="una resolución y lo que cambió en el registro",
                             description="Una resolución con su cita, su sesión y sus efectos: los miembros que "
                                         "admitió o excluyó, los mandatos que abrió o terminó, la reforma o la escala "
                                         "que aprobó; y quiénes la firman (los de una moción adoptada, y "
                                         "quienes adhieren a una declaración).")
    ver_r.add_argument("resolucion", type=una_resolucion, metavar="RESOLUCION", help=AYUDA_RESOLUCION)
    ver_r.add_argument("--json", action="store_true", help="salida en JSON")
    ver_r.set_defaults(funcion=orden_ver_resolucion)
    agregar_resoluciones_pdf(sub_r)  # «resoluciones pdf N --salida archivo.pdf»
    adherir = sub_r.add_parser(
        "adherir", help="suma a una declaración la firma de un miembro o la adhesión de quien no lo es",
        description="Firmas y adhesiones de una declaración: un miembro (--miembro ID) o una entidad que no es miembro "
                    "(otra red, un observador, una organización socia, un gobierno: --entidad y --tipo), con la "
                    "persona que firma. El PDF de la declaración y el acta los listan.",
        epilog='Ejemplos:\n  escritorio resoluciones adherir 12 --miembro 154 --persona "Hernán Vargas"\n'
               '  escritorio resoluciones adherir 12 --entidad "Red Andina de Ciudades" --tipo red',
        formatter_class=argparse.RawDescriptionHelpFormatter)
    adherir.add_argument("resolucion", type=una_resolucion, metavar="RESOLUCION", help=AYUDA_RESOLUCION)
    quien = adherir.add_mutually_exclusive_group(required=True)
    quien.add_argument("--miembro", type=identificador, metavar="ID", help="un miembro que firma")
    quien.add_argument("--entidad", metavar="NOMBRE", help="quien adhiere sin ser miembro")
    adherir.add_argument("--tipo", choices=list(TIPOS_ADHERENTE), help="con --entidad: qué es")
    adherir.add_argument("--persona", metavar="NOMBRE", help="la persona que firma en su nombre")
    adherir.add_argument("--json", action="store_true", help="salida en JSON (todos los que firman y adhieren)")
    adherir.set_defaults(funcion=orden_adherir)
    escritura = agregar_ordenes_de_la_reunion(sub)
    de_elecciones = agregar_ordenes_de_elecciones(sub)
    for parser in (listar, convocatoria, acta, exportar, elecciones, confirmar, listar_r, ver_r, adherir,
                   *escritura, *de_elecciones):
        con_asociacion(parser)


def orden_listar(args) -> None:
    from ..servicios.sesiones import listar_sesiones

    oficina = oficina_de(args)
    sesiones = listar_sesiones(oficina.contexto)
    if args.json:
        print(json.dumps([{k: s[k] for k in ("id", "organo_id", "organo", "numero", "tipo", "fecha", "hora", "lugar",
                                              "enlace", "estado", "estado_acta", "titulo")} for s in sesiones],
                         ensure_ascii=False, indent=2))
        return
    if not sesiones:
        print("No hay sesiones registradas.")
    for s in sesiones:
        print(f"{s['id']:>4}  {s['fecha']}  {abreviar(s['titulo'], 55):<55} {s['estado']:<10} acta: {s['estado_acta'] or '—'}")


def orden_convocatoria(args) -> None:
    from ..servicios.informes_sesiones import imprimir_convocatoria

    comprobar_salida(args.archivo, ".pdf", "la convocatoria", reemplazar=args.reemplazar)
    oficina = oficina_de(args)
    imprimir_convocatoria(oficina.contexto, args.sesion, args.archivo, con_mociones=args.con_mociones)
    print(f"Convocatoria guardada en {args.archivo}.")


def orden_acta(args) -> None:
    from ..servicios.informes_sesiones import imprimir_acta

    comprobar_salida(args.archivo, ".pdf", "el acta", reemplazar=args.reemplazar)
    oficina = oficina_de(args)
    paginas = imprimir_acta(oficina.contexto, args.sesion, args.archivo)
    print(f"Acta guardada en {args.archivo} ({paginas} {'página' if paginas == 1 else 'páginas'}).")


def orden_exportar(args) -> None:
    from ..servicios.informes_sesiones import exportar_sesion

    comprobar_salida(args.archivo, ".xlsx", "la asistencia y las votaciones", reemplazar=args.reemplazar)
    oficina = oficina_de(args)
    exportar_sesion(oficina.contexto, args.sesion, args.archivo)
    print(f"Asistencia y votaciones guardadas en {args.archivo}.")


def orden_elecciones(args) -> None:
    from ..servicios.elecciones import elecciones_de_la_sesion
    from ..servicios.sesiones.puntos import orden_del_dia

    oficina = oficina_de(args)
    contexto = oficina.contexto
    elecciones = elecciones_de_la_sesion(contexto, args.sesion)
    numeros = {p["id"]: p["numeracion"] for p in orden_del_dia(contexto, args.sesion)}
    if args.json:
        print(json.dumps([{"punto": punto, "numeracion": numeros[punto],
                           "referencia": escribir_punto(args.sesion, numeros[punto]), "cargo": e.cargo, "organo": e.organo, "desde": e.desde, "hasta": e.hasta,
                           "estado": e.estado, "metodo": e.metodo, "mayoria": e.mayoria, "base": e.base,
                           "candidaturas": [{"id": c["id"], "nombre": c["nombre"], "miembro_id": c["miembro_id"],
                                             "persona": c["persona"], "pais": c["pais"], "votos": c["votos"],
                                             "electa": c["electa"], "mandato_id": c["mandato_id"]}
                                            for c in e.candidaturas],
                           "blancos": e.blancos, "nulos": e.nulos, "abstenciones": e.abstenciones,
                           "electa": e.ganadora["nombre"] if e.ganadora else None, "resultado": e.texto_resultado,
                           "mandato_id": e.mandato_id, "puestos": e.puestos,
                           "forma_de_boleta": e.boleta, "marcas_min": e.marcas_min, "marcas_max": e.marcas_max,
                           "boletas": e.boletas, "no_a_todas": e.no_a_todas,
                           "electas": [{"candidatura": c["id"], "nombre": c["nombre"], "mandato_id": c["mandato_id"]}
                                       for c in e.electas],
                           "candidaturas_ids": [c["id"] for c in e.candidaturas]} for punto, e in elecciones.items()],
                         ensure_ascii=False, indent=2))
        return
    if not elecciones:
        print("Esta sesión no tiene elecciones.")
    for punto, e in elecciones.items():
        puestos = f" — {e.puestos} puestos" if e.puestos > 1 else ""
        print(f"Punto {escribir_punto(args.sesion, numeros[punto])}: {e.descripcion}{puestos} — {e.estado}")
        for c in e.candidaturas:
            marca = f"electa {c['electa']}" if c["electa"] else "a segunda vuelta" if c["finalista"] else ""
            print(f"    {c['id']:>5}  {abreviar(c['nombre'], 50):<50} {'' if c['votos'] is None else c['votos']:>5}"
                  f"  {marca}".rstrip())
        if e.texto_resultado:
            print(f"    {e.texto_resultado}")


def orden_confirmar_eleccion(args) -> None:
    from ..servicios.confirmacion_de_eleccion import confirmar_eleccion, preparar_confirmacion

    oficina = oficina_de(args)
    contexto = oficina.contexto
    confirmacion = preparar_confirmacion(contexto, args.punto)
    confirmar_eleccion(contexto, args.punto)
    if args.json:
        from ..servicios.elecciones import obtener_eleccion

        e = obtener_eleccion(contexto, args.punto)
        electas = e.electas or [e.ganadora]
        from ..servicios.referencias import nombre_del_punto

        imprimir_json({"punto": args.punto, "referencia": nombre_del_punto(contexto, args.punto), "mandatos": [
            {"candidatura": c["id"], "nombre": c["nombre"], "mandato_id": c["mandato_id"] or e.mandato_id,
             "texto": texto} for c, texto in zip(electas, confirmacion.mandatos)], "terminan": confirmacion.terminan})
        return
    mandatos = confirmacion.mandatos
    if len(mandatos) == 1:
        print(f"Mandato registrado: {mandatos[0]}.")
    else:
        print(f"{len(mandatos)} mandatos registrados:")
        for linea in mandatos:
            print(f"  {linea}")
    for linea in confirmacion.terminan:
        print(f"{'Traspaso' if confirmacion.traspaso else 'Termina'}: {linea}.")


def orden_resoluciones(args) -> None:
    from ..dominio.sesiones import cita_resolucion
    from ..servicios.votaciones import listar_resoluciones

    from ..servicios.efectos import efectos_de_varias
    from ..servicios.referencias import nombres_de_las_resoluciones

    oficina = oficina_de(args)
    contexto = oficina.contexto
    resoluciones = listar_resoluciones(contexto)
    nombres = nombres_de_las_resoluciones(resoluciones)
    if args.json:
        efectos = efectos_de_varias(contexto, [r["id"] for r in resoluciones])
        print(json.dumps([{**{k: r[k] for k in ("id", "numeracion", "tipo", "numero", "anio", "organo", "titulo", "texto",
                                                 "sesion_id", "reforma_id", "escala_id", "firmantes")},
                           "cita": cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"]),
                           "referencia": nombres[r["id"]], "efectos": efectos[r["id"]]} for r in resoluciones],
                         ensure_ascii=False, indent=2))
        return
    # La cita lleva el órgano: cada órgano numera las suyas y dos pueden tener su «Resolución 1/2026». La primera
    # columna es cómo nombrarla en las órdenes: «2/2026», o «Consejo:1/2026» si otro órgano tiene también su 1/2026.
    ancho = min(max((len(n) for n in nombres.values()), default=0), 40)
    for r in resoluciones:
        cita = cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"])
        print(f"{abreviar(nombres[r['id']], 40):<{ancho}}  {abreviar(cita, 60):<60} {abreviar(r['titulo'], 100)}")
    print(f"{len(resoluciones)} {'resolución' if len(resoluciones) == 1 else 'resoluciones'}.")


def orden_adherir(args) -> None:
    from ..servicios.adherentes import adherir, firmantes, texto_del_firmante

    oficina = oficina_de(args)
    contexto = oficina.contexto
    if args.entidad is not None and args.tipo is None:
        from ..errores import ErrorEscritorio

        raise ErrorEscritorio("Indique qué es la entidad con --tipo (red, observador, organizacion, gobierno u otro).")
    nuevo = adherir(contexto, args.resolucion, miembro_id=args.miembro, entidad=args.entidad, tipo=args.tipo,
                    persona=args.persona)
    todos = firmantes(contexto, args.resolucion)
    if args.json:
        print(json.dumps(todos, ensure_ascii=False, indent=2))
        return
    print(f"{'Firma' if nuevo['tipo'] == 'miembro' else 'Adhiere'}: {abreviar(texto_del_firmante(nuevo), 200)}.")
    miembros = sum(1 for f in todos if f["tipo"] == "miembro")
    print(f"La declaración tiene {miembros} {'firma' if miembros == 1 else 'firmas'} de miembros y "
          f"{len(todos) - miembros} {'adhesión' if len(todos) - miembros == 1 else 'adhesiones'} de afuera.")


def orden_ver_resolucion(args) -> None:
    from ..servicios.adherentes import firmantes, texto_del_firmante
    from ..servicios.efectos import ver_resolucion
    from ..servicios.referencias import nombre_de_la_resolucion, nombre_del_punto

    oficina = oficina_de(args)
    r = ver_resolucion(oficina.contexto, args.resolucion)
    nombre = nombre_de_la_resolucion(oficina.contexto, r["id"])
    punto = nombre_del_punto(oficina.contexto, r["punto_id"]) if r["punto_id"] else None
    # Quienes la firman: los de una moción adoptada (quienes la presentaron y la apoyaron) y los que adhieren.
    firman = firmantes(oficina.contexto, r["id"])
    if args.json:
        print(json.dumps({**r, "referencia": nombre, "referencia_del_punto": punto, "firmantes": firman},
                         ensure_ascii=False, indent=2))
        return
    print(f"{abreviar(r['cita'], 100)} ({abreviar(nombre, 60)} en las órdenes): {abreviar(r['titulo'], 100)}")
    if r["fecha_sesion"]:
        print(f"Adoptada en la sesión {r['sesion_id']} del {formato.fecha(r['fecha_sesion'])} (punto {punto}, "
              f"decisión {r['tipo_decision']}).")
    if firman:
        print(f"Firman: {abreviar('; '.join(texto_del_firmante(f) for f in firman), 400)}.")
    if not r["efectos"]:
        print("No cambió nada en el registro.")
        return
    print("Efectos:")
    for efecto in r["efectos"]:
        print(f"  - {abreviar(efecto['texto'], 150)}")
