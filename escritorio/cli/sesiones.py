"""Órdenes de sesiones y resoluciones (se registran desde cli.py). Nunca importa Qt."""

import json

from ..documentos.visible import abreviar
from .argumentos import cantidad, contexto, fecha, identificador
from ..salida import comprobar_salida


def agregar_ordenes(ordenes, con_asociacion) -> None:
    sesiones = ordenes.add_parser(
        "sesiones", help="sesiones: convocar, orden del día, asistencia, votar, resoluciones, acta",
        description="Sesiones de los órganos: toda la reunión, de la convocatoria al acta aprobada.",
        epilog=_EJEMPLO_REUNION)
    sub = sesiones.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    listar = sub.add_parser("listar", help="lista las sesiones", description="Lista las sesiones.")
    listar.add_argument("--json", action="store_true", help="salida en JSON")
    listar.set_defaults(funcion=orden_listar)
    convocatoria = sub.add_parser("convocatoria", help="convocatoria en PDF", description="Convocatoria de una sesión en PDF.")
    convocatoria.add_argument("sesion", type=identificador, metavar="ID")
    convocatoria.add_argument("archivo", metavar="ARCHIVO.pdf")
    convocatoria.set_defaults(funcion=orden_convocatoria)
    acta = sub.add_parser("acta", help="acta en PDF", description="Acta de una sesión en PDF (BORRADOR si no está aprobada).")
    acta.add_argument("sesion", type=identificador, metavar="ID")
    acta.add_argument("archivo", metavar="ARCHIVO.pdf")
    acta.set_defaults(funcion=orden_acta)
    exportar = sub.add_parser("exportar", help="asistencia y votaciones a .xlsx",
                              description="Asistencia y votaciones de una sesión a .xlsx.")
    exportar.add_argument("sesion", type=identificador, metavar="ID")
    exportar.add_argument("archivo", metavar="ARCHIVO.xlsx")
    exportar.set_defaults(funcion=orden_exportar)
    elecciones = sub.add_parser("elecciones", help="elecciones de cargos de una sesión y su resultado",
                                description="Elecciones de cargos de una sesión: candidaturas, votos, resultado y si "
                                            "ya se confirmaron como mandato.")
    elecciones.add_argument("sesion", type=identificador, metavar="ID")
    elecciones.add_argument("--json", action="store_true", help="salida en JSON")
    elecciones.set_defaults(funcion=orden_elecciones)
    confirmar = sub.add_parser("confirmar-eleccion", help="registra el mandato de la candidatura electa",
                               description="Confirma la elección de un punto del orden del día: registra el mandato "
                                           "de la candidatura electa y termina la víspera el del cargo saliente.")
    confirmar.add_argument("punto", type=identificador, metavar="PUNTO", help="número de punto que da «sesiones elecciones»")
    confirmar.set_defaults(funcion=orden_confirmar_eleccion)
    resoluciones = ordenes.add_parser("resoluciones", help="resoluciones adoptadas", description="Resoluciones.")
    sub_r = resoluciones.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    listar_r = sub_r.add_parser("listar", help="lista las resoluciones", description="Lista las resoluciones.")
    listar_r.add_argument("--json", action="store_true", help="salida en JSON")
    listar_r.set_defaults(funcion=orden_resoluciones)
    from .documentos import agregar_resoluciones_pdf

    agregar_resoluciones_pdf(sub_r, con_asociacion)  # «resoluciones pdf N --salida archivo.pdf»
    escritura = _agregar_ordenes_de_la_reunion(sub)
    for parser in (listar, convocatoria, acta, exportar, elecciones, confirmar, listar_r, *escritura):
        con_asociacion(parser)




def orden_listar(args) -> None:
    from ..servicios.sesiones import listar_sesiones

    db, asociacion = contexto(args)
    sesiones = listar_sesiones(db, asociacion["id"])
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

    comprobar_salida(args.archivo, ".pdf", "la convocatoria")
    db, asociacion = contexto(args)
    imprimir_convocatoria(db, asociacion["id"], args.sesion, args.archivo)
    print(f"Convocatoria guardada en {args.archivo}.")


def orden_acta(args) -> None:
    from ..servicios.informes_sesiones import imprimir_acta

    comprobar_salida(args.archivo, ".pdf", "el acta")
    db, asociacion = contexto(args)
    paginas = imprimir_acta(db, asociacion["id"], args.sesion, args.archivo)
    print(f"Acta guardada en {args.archivo} ({paginas} {'página' if paginas == 1 else 'páginas'}).")


def orden_exportar(args) -> None:
    from ..servicios.informes_sesiones import exportar_sesion

    comprobar_salida(args.archivo, ".xlsx", "la asistencia y las votaciones")
    db, asociacion = contexto(args)
    exportar_sesion(db, asociacion["id"], args.sesion, args.archivo)
    print(f"Asistencia y votaciones guardadas en {args.archivo}.")


def orden_elecciones(args) -> None:
    from ..servicios.elecciones import elecciones_de_la_sesion
    from ..servicios.sesiones import orden_del_dia

    db, asociacion = contexto(args)
    elecciones = elecciones_de_la_sesion(db, asociacion["id"], args.sesion)
    numeros = {p["id"]: p["numeracion"] for p in orden_del_dia(db, asociacion["id"], args.sesion)}
    if args.json:
        print(json.dumps([{"punto": punto, "numeracion": numeros[punto], "cargo": e.cargo, "organo": e.organo, "desde": e.desde, "hasta": e.hasta,
                           "estado": e.estado, "metodo": e.metodo, "mayoria": e.mayoria, "base": e.base,
                           "candidaturas": [{"nombre": c["nombre"], "votos": c["votos"]} for c in e.candidaturas],
                           "blancos": e.blancos, "nulos": e.nulos, "abstenciones": e.abstenciones,
                           "electa": e.ganadora["nombre"] if e.ganadora else None, "resultado": e.texto_resultado,
                           "mandato_id": e.mandato_id} for punto, e in elecciones.items()],
                         ensure_ascii=False, indent=2))
        return
    if not elecciones:
        print("Esta sesión no tiene elecciones.")
    for punto, e in elecciones.items():
        print(f"Punto {numeros[punto]} (PUNTO {punto}): {e.descripcion} — {e.estado}")
        for c in e.candidaturas:
            print(f"    {abreviar(c['nombre'], 50):<50} {'' if c['votos'] is None else c['votos']}")
        if e.texto_resultado:
            print(f"    {e.texto_resultado}")


def orden_confirmar_eleccion(args) -> None:
    from ..servicios.elecciones import confirmar_eleccion, preparar_confirmacion

    db, asociacion = contexto(args)
    confirmacion = preparar_confirmacion(db, asociacion["id"], args.punto)
    confirmar_eleccion(db, asociacion["id"], args.punto)
    print(f"Mandato registrado: {confirmacion.mandato}.")
    for linea in confirmacion.terminan:
        print(f"Termina: {linea}.")


def orden_resoluciones(args) -> None:
    from ..dominio.sesiones import cita_resolucion
    from ..servicios.votaciones import listar_resoluciones

    db, asociacion = contexto(args)
    resoluciones = listar_resoluciones(db, asociacion["id"])
    if args.json:
        print(json.dumps([{**{k: r[k] for k in ("id", "numeracion", "tipo", "numero", "anio", "organo", "titulo", "texto",
                                                 "sesion_id", "reforma_id", "escala_id", "firmantes")},
                           "cita": cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"])} for r in resoluciones],
                         ensure_ascii=False, indent=2))
        return
    # La cita lleva el órgano: cada órgano numera las suyas y dos pueden tener su «Resolución 1/2026».
    for r in resoluciones:
        cita = cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"])
        print(f"{r['id']:>5}  {abreviar(cita, 60):<60} {abreviar(r['titulo'], 100)}")
    print(f"{len(resoluciones)} resoluciones.")


# --- la reunión entera: convocar, orden del día, asistencia, votar, resolución, acta -----------------------
# Cada orden analiza sus argumentos y llama al MISMO servicio que la ventana (servicios/sesiones.py,
# votaciones.py, actas.py): las reglas (quórum, poderes, mayorías, acta aprobada) viven allí, no aquí.

_EJEMPLO_REUNION = """\
una Asamblea entera, sobre la red de ejemplo («escritorio demo»); cada orden informa los ids que usa la siguiente:
  escritorio sesiones convocar "Asamblea General de Socios" --fecha 2026-12-10 --hora 10:00 --lugar "Montevideo"
  escritorio sesiones punto 5 --titulo "Presupuesto 2027" --tipo votacion --decision cuotas_presupuesto
  escritorio sesiones punto 5 --titulo "Aprobación del acta" --tipo votacion
  escritorio sesiones asistencia 5 --presentes 1-147,149-160 --excusados 161 --poder 170:1 \\
                                   --representante "1:Ana Pérez:Intendenta"
  escritorio sesiones votar 14 --a-favor 120 --en-contra 20 --abstenciones 5
  escritorio sesiones resolucion 14 --titulo "Presupuesto 2027"
  escritorio sesiones votar 15 --a-favor 130
  escritorio sesiones resolucion 15 --titulo "Aprobación del acta"
  escritorio sesiones celebrada 5 --hora-cierre 13:00
  escritorio sesiones borrador 5 --apertura "Se abre la sesión." --cierre "Se levanta la sesión." \\
                                 --preside "Ana Pérez" --secretaria "Luis Díaz"
  escritorio sesiones aprobar-acta 5 --resolucion 10
  escritorio sesiones acta 5 acta.pdf
cada orden acepta --json (salida para programas); sale con 0 si se hizo, con 1 y el motivo si la regla no lo
admite (nada se guarda) y con 2 si la orden está mal escrita."""


_MAXIMO_EN_UN_TRAMO = 100_000


def _lista_de_ids(texto: str) -> list[int]:
    """«12,15,18» -> [12, 15, 18]; «1-5,9» -> [1, 2, 3, 4, 5, 9] (tramos, para una asamblea de cientos); cada id
    con la regla de los ids."""
    import argparse

    partes = [p.strip() for p in texto.split(",")]
    if not texto.strip() or any(not p for p in partes):
        raise argparse.ArgumentTypeError("escriba los ids separados por comas, por ejemplo 12,15,18 (o un tramo: 1-40)")
    ids = []
    for parte in partes:
        desde, guion, hasta = parte.partition("-")
        if not guion:
            ids.append(identificador(parte))
            continue
        desde, hasta = identificador(desde.strip()), identificador(hasta.strip())
        if not desde <= hasta < desde + _MAXIMO_EN_UN_TRAMO:
            raise argparse.ArgumentTypeError(f"el tramo {parte} no sirve: escriba el id menor primero (por ejemplo "
                                             "1-40), con hasta 100.000 ids")
        ids.extend(range(desde, hasta + 1))
    return ids


def _poder(texto: str) -> tuple[int, int]:
    """«20:12» -> (20, 12): el miembro 20 (ausente o excusado) da su poder al 12."""
    import argparse

    de, separador, a = texto.partition(":")
    if not separador:
        raise argparse.ArgumentTypeError("escriba QUIEN_DA:QUIEN_RECIBE con los ids, por ejemplo 20:12 "
                                         "(el miembro 20 da su poder al 12)")
    return identificador(de.strip()), identificador(a.strip())


def _representante(texto: str) -> tuple[int, str, str | None]:
    """«12:Ana Pérez:Intendenta» -> (12, "Ana Pérez", "Intendenta"); el cargo es optativo."""
    import argparse

    miembro, separador, resto = texto.partition(":")
    if not separador or not resto.strip():
        raise argparse.ArgumentTypeError("escriba ID:NOMBRE o ID:NOMBRE:CARGO, por ejemplo «12:Ana Pérez:Intendenta»")
    nombre, _, cargo = resto.partition(":")
    return identificador(miembro.strip()), nombre, (cargo or None)


def _agregar_ordenes_de_la_reunion(sub) -> list:
    from ..dominio.mayorias import BASES, MAYORIAS, TIPOS_DECISION
    from ..dominio.sesiones import ASISTENCIA, METODOS, TIPOS_PUNTO, TIPOS_RESOLUCION, TIPOS_SESION

    def con_json(parser):
        parser.add_argument("--json", action="store_true", help="salida en JSON")
        return parser

    convocar = con_json(sub.add_parser(
        "convocar", help="convoca una sesión de un órgano",
        description="Convoca una sesión de un órgano (la numera con el número siguiente, salvo --numero).",
        epilog='Ejemplo: escritorio sesiones convocar "Asamblea General" --fecha 2026-11-28 --hora 10:00 '
               '--lugar "Palacio Municipal de Rosario"'))
    convocar.add_argument("organo", metavar="ORGANO", help="id del órgano o su nombre exacto («organos listar»)")
    convocar.add_argument("--fecha", type=fecha, required=True, metavar="AAAA-MM-DD", help="fecha de la sesión")
    convocar.add_argument("--hora", metavar="HH:MM")
    convocar.add_argument("--lugar", metavar="TEXTO", help="lugar de la reunión (o --enlace, o ambos)")
    convocar.add_argument("--enlace", metavar="URL", help="enlace de la reunión virtual")
    convocar.add_argument("--tipo", default="ordinaria", metavar="TIPO",
                          help=f"{' o '.join(TIPOS_SESION)} (por defecto, ordinaria)")
    convocar.add_argument("--numero", type=cantidad, metavar="N",
                          help="número de la sesión, para cargar una histórica («XXXI»); si no, el siguiente")
    convocar.add_argument("--convocada-el", type=fecha, metavar="AAAA-MM-DD", help="fecha de la convocatoria (por defecto, hoy)")
    convocar.set_defaults(funcion=orden_convocar)

    puntos = con_json(sub.add_parser("puntos", help="el orden del día de una sesión, con los ids de sus puntos",
                                     description="El orden del día de una sesión: cada punto con su id, su tipo, "
                                                 "su tipo de decisión y, si se votó, el resultado."))
    puntos.add_argument("sesion", type=identificador, metavar="SESION")
    puntos.set_defaults(funcion=orden_puntos)

    punto = con_json(sub.add_parser(
        "punto", help="agrega un punto al orden del día",
        description="Agrega un punto al orden del día de una sesión (al final, o dentro de otro con --dentro-de).",
        epilog='Ejemplo: escritorio sesiones punto 4 --titulo "Reforma del artículo 21" --tipo votacion '
               '--decision reforma_estatuto'))
    punto.add_argument("sesion", type=identificador, metavar="SESION")
    punto.add_argument("--titulo", required=True, metavar="TEXTO")
    punto.add_argument("--tipo", default="deliberativo", metavar="TIPO",
                       help=f"{', '.join(TIPOS_PUNTO)} (por defecto, deliberativo)")
    punto.add_argument("--decision", default="ordinaria", metavar="TIPO",
                       help="tipo de decisión, que fija el quórum y la mayoría que el punto necesita según las "
                            f"reglas del órgano: {', '.join(TIPOS_DECISION)} (por defecto, ordinaria)")
    punto.add_argument("--resumen", metavar="TEXTO", help="lo tratado, como lo dirá el acta")
    punto.add_argument("--dentro-de", type=identificador, metavar="PUNTO", help="id del punto del que es un subpunto")
    punto.set_defaults(funcion=orden_punto)

    resumir = con_json(sub.add_parser("resumir", help="escribe el resumen de un punto (lo que dirá el acta)",
                                      description="Escribe (o reemplaza) el resumen de un punto del orden del día."))
    resumir.add_argument("punto", type=identificador, metavar="PUNTO")
    resumir.add_argument("resumen", metavar="TEXTO", help="el resumen («» lo borra)")
    resumir.set_defaults(funcion=orden_resumir)

    asistencia = con_json(sub.add_parser(
        "asistencia", help="registra la asistencia y los poderes; sin opciones, la muestra con el quórum",
        description="Registra la asistencia de uno o varios integrantes en una sola transacción (todo o nada) y "
                    "muestra el quórum que resulta. Sin opciones, solo muestra la asistencia y el quórum.\n"
                    "Quien no se nombra queda como estaba. Un poder lo da un ausente (o excusado) a un presente.",
        epilog='Ejemplo: escritorio sesiones asistencia 4 --presentes 12,15,18 --ausentes 19 --poder 20:12 '
               '--representante "15:Ana Pérez:Secretaria de Cultura"'))
    asistencia.add_argument("sesion", type=identificador, metavar="SESION")
    for estado in ASISTENCIA:
        asistencia.add_argument(f"--{estado}s", type=_lista_de_ids, action="append", default=[], metavar="IDS",
                                help=f"ids de los miembros {estado}s, separados por comas; admite tramos (1-40)")
    asistencia.add_argument("--poder", type=_poder, action="append", default=[], metavar="DE:A",
                            help="el miembro DE (ausente, o excusado si está en --excusados) da su poder al miembro A; "
                                 "se puede repetir")
    asistencia.add_argument("--representante", type=_representante, action="append", default=[],
                            metavar="ID:NOMBRE[:CARGO]",
                            help="quién representa a un miembro presente, y su cargo; se puede repetir")
    asistencia.add_argument("--decision", metavar="TIPO", default="ordinaria",
                            help="el quórum que se muestra: el de este tipo de decisión (por defecto, ordinaria)")
    asistencia.set_defaults(funcion=orden_asistencia, analizador=asistencia)

    invitado = con_json(sub.add_parser("invitado", help="agrega un invitado u observador a una sesión",
                                       description="Agrega un invitado (u observador) a la lista de la sesión."))
    invitado.add_argument("sesion", type=identificador, metavar="SESION")
    invitado.add_argument("--nombre", required=True, metavar="TEXTO")
    invitado.add_argument("--institucion", metavar="TEXTO")
    invitado.add_argument("--calidad", default="invitado", metavar="CALIDAD", help="invitado u observador (por defecto, invitado)")
    invitado.set_defaults(funcion=orden_invitado)

    votar = con_json(sub.add_parser(
        "votar", help="abre y cierra la votación de un punto con sus cifras (o nominal)",
        description="Registra la votación de un punto: se abre y se cierra con las cifras dadas, se calcula el "
                    "resultado y se guarda quién tenía derecho a votar. La mayoría y su base son, salvo "
                    "--mayoria/--base, las que la regla del órgano fija para el tipo de decisión del punto; "
                    "otra exige --motivo, que el acta imprime. La votación cerrada no se repite.",
        epilog="Ejemplos:\n  escritorio sesiones votar 7 --a-favor 11 --en-contra 3 --abstenciones 2\n"
               "  escritorio sesiones votar 7 --votan-a-favor 12,15 --votan-en-contra 18 --se-abstienen 20"))
    votar.add_argument("punto", type=identificador, metavar="PUNTO")
    votar.add_argument("--metodo", metavar="METODO", help=f"{', '.join(METODOS)} (por defecto, alzada; con "
                                                           "--votan-… es nominal)")
    votar.add_argument("--a-favor", type=cantidad, default=0, metavar="N")
    votar.add_argument("--en-contra", type=cantidad, default=0, metavar="N")
    votar.add_argument("--abstenciones", type=cantidad, default=0, metavar="N")
    votar.add_argument("--votan-a-favor", type=_lista_de_ids, action="append", default=[], metavar="IDS",
                       help="votación nominal: ids de los miembros que votan a favor")
    votar.add_argument("--votan-en-contra", type=_lista_de_ids, action="append", default=[], metavar="IDS")
    votar.add_argument("--se-abstienen", type=_lista_de_ids, action="append", default=[], metavar="IDS")
    votar.add_argument("--mayoria", metavar="MAYORIA",
                       help=f"{', '.join(MAYORIAS)} (por defecto, la de la regla del tipo de decisión)")
    votar.add_argument("--base", metavar="BASE", help=f"{', '.join(BASES)} (por defecto, la de la regla; la mayoría "
                                                       "simple no lleva base: son los votos emitidos)")
    votar.add_argument("--motivo", metavar="TEXTO", help="por qué se vota con otra mayoría o base que la de la regla")
    votar.set_defaults(funcion=orden_votar, analizador=votar)

    resolucion = con_json(sub.add_parser(
        "resolucion", help="adopta la resolución de un punto aprobado",
        description="Adopta como resolución un punto aprobado; se numera por órgano, año y tipo («Resolución 3/2026»)."))
    resolucion.add_argument("punto", type=identificador, metavar="PUNTO")
    resolucion.add_argument("--titulo", required=True, metavar="TEXTO")
    resolucion.add_argument("--texto", metavar="TEXTO", help="el texto resolutivo")
    resolucion.add_argument("--tipo", default="resolucion", metavar="TIPO",
                            help=f"{', '.join(TIPOS_RESOLUCION)} (por defecto, resolucion)")
    resolucion.set_defaults(funcion=orden_resolucion)

    celebrada = con_json(sub.add_parser("celebrada", help="marca la sesión como celebrada",
                                        description="Marca la sesión como celebrada, con su hora de cierre."))
    celebrada.add_argument("sesion", type=identificador, metavar="SESION")
    celebrada.add_argument("--hora-cierre", metavar="HH:MM")
    celebrada.add_argument("--segunda-convocatoria", action="store_true",
                           help="se sesionó en segunda convocatoria (si la regla la prevé)")
    celebrada.set_defaults(funcion=orden_celebrada)

    borrador = con_json(sub.add_parser(
        "borrador", help="guarda el borrador del acta: apertura, cierre, quién preside y la secretaría",
        description="Guarda el borrador del acta. Lo que no se indica queda como estaba; «» lo borra."))
    borrador.add_argument("sesion", type=identificador, metavar="SESION")
    borrador.add_argument("--apertura", metavar="TEXTO")
    borrador.add_argument("--cierre", metavar="TEXTO")
    borrador.add_argument("--preside", metavar="NOMBRE")
    borrador.add_argument("--secretaria", metavar="NOMBRE")
    borrador.set_defaults(funcion=orden_borrador)

    aprobar = con_json(sub.add_parser(
        "aprobar-acta", help="aprueba el acta con la resolución que la aprueba (y la congela)",
        description="Aprueba el acta de una sesión por una resolución (de esa sesión o de una posterior). El acta "
                    "aprobada queda congelada con su huella SHA-256; las correcciones van en una fe de erratas."))
    aprobar.add_argument("sesion", type=identificador, metavar="SESION")
    aprobar.add_argument("--resolucion", type=identificador, required=True, metavar="ID",
                         help="id de la resolución que aprueba el acta («resoluciones listar»)")
    aprobar.add_argument("--fecha", type=fecha, metavar="AAAA-MM-DD", help="fecha de la aprobación (por defecto, hoy)")
    aprobar.set_defaults(funcion=orden_aprobar_acta)

    return [convocar, puntos, punto, resumir, asistencia, invitado, votar, resolucion, celebrada, borrador, aprobar]


def _dma(iso: str | None) -> str:
    """«2026-12-10» -> «10/12/2026», como las demás órdenes muestran las fechas."""
    from datetime import date

    return f"{date.fromisoformat(iso):%d/%m/%Y}" if iso else "—"


def _imprimir_json(valor) -> None:
    print(json.dumps(valor, ensure_ascii=False, indent=2))


def _sesion_de(db, asociacion_id: int, sesion_id: int) -> dict:
    from ..errores import ErrorEscritorio
    from ..servicios.sesiones import listar_sesiones

    sesion = next((s for s in listar_sesiones(db, asociacion_id) if s["id"] == sesion_id), None)
    if sesion is None:
        raise ErrorEscritorio(f"No existe la sesión {sesion_id} en esta asociación. Las sesiones se ven con "
                              "«escritorio sesiones listar».")
    return sesion


def _json_sesion(s: dict) -> dict:
    return {k: s[k] for k in ("id", "organo_id", "organo", "numero", "tipo", "fecha", "hora", "lugar", "enlace",
                              "estado", "estado_acta", "titulo")}


def orden_convocar(args) -> None:
    from ..servicios.organos import elegir_organo
    from ..servicios.sesiones import NuevaSesion, aviso_de_anticipacion, convocar

    db, asociacion = contexto(args)
    organo = elegir_organo(db, asociacion["id"], args.organo)
    sesion_id = convocar(db, asociacion["id"], organo["id"], NuevaSesion(
        fecha=args.fecha, tipo=args.tipo, hora=args.hora, lugar=args.lugar, enlace=args.enlace,
        convocada_el=args.convocada_el, numero=args.numero))
    sesion = _sesion_de(db, asociacion["id"], sesion_id)
    aviso = aviso_de_anticipacion(db, asociacion["id"], sesion_id)
    if args.json:
        _imprimir_json({**_json_sesion(sesion), "aviso": aviso})
        return
    donde = ", ".join(abreviar(x, 60) for x in (sesion["lugar"], sesion["enlace"]) if x)
    print(f"Sesión {sesion_id} convocada: {abreviar(sesion['titulo'], 80)}, el {_dma(sesion['fecha'])}"
          f"{' a las ' + sesion['hora'] if sesion['hora'] else ''} ({donde}).")
    if aviso:
        print(f"AVISO: {aviso}")


def _necesita(db, asociacion_id: int, p: dict) -> str | None:
    """Lo que un punto que se vota necesita (quórum y mayoría de su tipo de decisión, con sus artículos), como lo
    dice la convocatoria; None si el punto no se vota."""
    from ..servicios.sesiones import regla_del_punto

    if p["tipo"] not in ("votacion", "eleccion"):
        return None
    return regla_del_punto(db, asociacion_id, p["id"]).describir()


def _json_punto(p: dict, resultado: str | None, necesita: str | None) -> dict:
    return {"id": p["id"], "numeracion": p["numeracion"], "titulo": p["titulo"], "tipo": p["tipo"],
            "tipo_decision": p["tipo_decision"], "padre_id": p["padre_id"], "resumen": p["resumen"],
            "necesita": necesita, "votada": p["votacion_id"] is not None, "resultado": resultado}


def _puntos_con_resultado(db, asociacion_id: int, sesion_id: int) -> list[tuple[dict, str | None]]:
    """El orden del día y, por punto, el resultado de su votación o elección como lo dice el acta (como la ventana)."""
    from ..servicios.actas import obtener_acta
    from ..servicios.sesiones import orden_del_dia

    puntos = orden_del_dia(db, asociacion_id, sesion_id)
    resultados = {c["numeracion"]: c["votacion"] for c in obtener_acta(db, asociacion_id, sesion_id).contenido.puntos}
    return [(p, resultados.get(p["numeracion"])) for p in puntos]


def orden_puntos(args) -> None:
    db, asociacion = contexto(args)
    puntos = _puntos_con_resultado(db, asociacion["id"], args.sesion)
    if args.json:
        _imprimir_json([_json_punto(p, r, _necesita(db, asociacion["id"], p)) for p, r in puntos])
        return
    if not puntos:
        print("El orden del día de esta sesión está vacío. Agregue puntos con «escritorio sesiones punto».")
    for p, resultado in puntos:
        decision = "" if p["tipo_decision"] == "ordinaria" else f" [{p['tipo_decision']}]"
        print(f"{p['id']:>5}  {p['numeracion']:<6} {abreviar(p['titulo'], 60):<60} {p['tipo']}{decision}")
        if resultado:
            print(f"         {abreviar(resultado, 110)}")
        elif necesita := _necesita(db, asociacion["id"], p):
            print(f"         {abreviar(necesita, 110)}")


def orden_punto(args) -> None:
    from ..datos.conexion import transaccion
    from ..servicios.sesiones import agregar_punto, orden_del_dia, resumir_punto

    db, asociacion = contexto(args)
    with transaccion(db):  # el punto y su resumen, juntos o ninguno
        punto_id = agregar_punto(db, asociacion["id"], args.sesion, args.titulo, args.tipo, args.dentro_de,
                                 args.decision)
        if args.resumen is not None:
            resumir_punto(db, asociacion["id"], punto_id, args.resumen)
    p = next(p for p in orden_del_dia(db, asociacion["id"], args.sesion) if p["id"] == punto_id)
    necesita = _necesita(db, asociacion["id"], p)
    if args.json:
        _imprimir_json(_json_punto(p, None, necesita))
        return
    print(f"Punto {p['numeracion']} agregado (PUNTO {punto_id}): {abreviar(p['titulo'], 80)} — {p['tipo']}, "
          f"decisión {p['tipo_decision']}.")
    if necesita:
        print(f"Necesita: {necesita}")


def orden_resumir(args) -> None:
    from ..servicios.sesiones import resumir_punto

    db, asociacion = contexto(args)
    resumir_punto(db, asociacion["id"], args.punto, args.resumen)
    if args.json:
        _imprimir_json({"punto": args.punto, "resumen": args.resumen.strip() or None})
        return
    print(f"Resumen del punto {args.punto} guardado." if args.resumen.strip() else
          f"Resumen del punto {args.punto} borrado.")


def _marcas_de_asistencia(args) -> list:
    """Las marcas de la orden, una por miembro; un miembro nombrado en dos estados es un error de uso."""
    from ..dominio.sesiones import ASISTENCIA
    from ..servicios.sesiones import MarcaAsistencia

    estados: dict[int, str] = {}
    for estado in ASISTENCIA:
        for lista in getattr(args, f"{estado}s"):
            for miembro in lista:
                if estados.get(miembro, estado) != estado:
                    args.analizador.error(f"el miembro {miembro} está en --{estados[miembro]}s y en --{estado}s; "
                                          "nómbrelo en uno solo")
                estados[miembro] = estado
    poderes: dict[int, int] = {}
    for de, a in args.poder:
        if poderes.get(de, a) != a:
            args.analizador.error(f"el miembro {de} da dos poderes (--poder {de}:{poderes[de]} y --poder {de}:{a}); "
                                  "un miembro da a lo sumo un poder")
        poderes[de] = a
        estados.setdefault(de, "ausente")  # quien da su poder no está: ausente, salvo que se diga excusado
    representantes: dict[int, tuple[str, str | None]] = {}
    for miembro, nombre, cargo in args.representante:
        if miembro not in estados:
            args.analizador.error(f"--representante {miembro}: nombre también al miembro {miembro} en --presentes "
                                  "(el representante es de quien asiste)")
        representantes[miembro] = (nombre, cargo)
    return [MarcaAsistencia(miembro, estado, *representantes.get(miembro, (None, None)), poder_a=poderes.get(miembro))
            for miembro, estado in estados.items()]


def _json_quorum(quorum) -> dict:
    return {"hay": quorum.hay, "presentes": quorum.presentes, "base": quorum.base, "requerido": quorum.requerido,
            "segunda_convocatoria": quorum.segunda_convocatoria, "tipo_decision": quorum.regla.tipo_decision,
            "texto": quorum.enunciado()}


def orden_asistencia(args) -> None:
    from ..servicios.sesiones import asistencia, registrar_asistencias

    from ..dominio.entrada import muestra
    from ..dominio.mayorias import TIPOS_DECISION
    from ..errores import ErrorEscritorio

    marcas = _marcas_de_asistencia(args)
    if args.decision not in TIPOS_DECISION:  # el servicio tomaría la ordinaria sin decirlo
        raise ErrorEscritorio(f"--decision: tipo de decisión «{muestra(args.decision)}» desconocido; use "
                              f"{', '.join(TIPOS_DECISION)}. No se registró nada.")
    db, asociacion = contexto(args)
    if marcas:
        registrar_asistencias(db, asociacion["id"], args.sesion, marcas)
    estado = asistencia(db, asociacion["id"], args.sesion, args.decision)
    nombres = {h.miembro_id: h.miembro for h in estado.habilitados}
    if args.json:
        _imprimir_json({
            "sesion_id": args.sesion, "registradas": len(marcas), "quorum": _json_quorum(estado.quorum),
            "miembros": [{"miembro_id": h.miembro_id, "miembro": h.miembro, "pais": h.pais, "estado": h.estado,
                          "con_voto": h.con_voto, "motivo_sin_voto": h.motivo_sin_voto,
                          "representante": h.representante, "cargo_representante": h.cargo_representante,
                          "poder_a": h.poder_a, "peso": h.peso} for h in estado.habilitados],
            "invitados": [{k: i[k] for k in ("nombre", "institucion", "calidad")} for i in estado.invitados]})
        return
    if marcas:
        print(f"Asistencia registrada: {len(marcas)} {'miembro' if len(marcas) == 1 else 'miembros'}.")
    else:
        for h in estado.habilitados:
            detalle = [h.estado]
            if h.representante:
                detalle.append(f"representada por {abreviar(h.representante, 40)}"
                               + (f" ({abreviar(h.cargo_representante, 40)})" if h.cargo_representante else ""))
            if h.poder_a:
                detalle.append(f"poder a {abreviar(nombres.get(h.poder_a, h.poder_a), 30)}")
            if not h.con_voto:
                detalle.append(f"sin voto: {h.motivo_sin_voto.lower()}")
            print(f"{h.miembro_id:>5}  {abreviar(h.miembro, 34):<34} {h.pais or '':<3} {', '.join(detalle)}")
        for i in estado.invitados:
            print(f"       {abreviar(i['nombre'], 34):<34}     {abreviar(i['calidad'], 30)}")
    presentes = sum(h.estado == "presente" for h in estado.habilitados)
    poderes = sum(h.poder_a is not None for h in estado.habilitados)
    print(f"Presentes: {presentes}; poderes: {poderes}. {estado.quorum.enunciado()}")


def orden_invitado(args) -> None:
    from ..servicios.sesiones import agregar_invitado, asistencia

    db, asociacion = contexto(args)
    agregar_invitado(db, asociacion["id"], args.sesion, args.nombre, args.institucion, args.calidad)
    invitados = asistencia(db, asociacion["id"], args.sesion).invitados
    if args.json:
        _imprimir_json([{k: i[k] for k in ("nombre", "institucion", "calidad")} for i in invitados])
        return
    print(f"Invitado agregado; la sesión tiene {len(invitados)} "
          f"{'invitado' if len(invitados) == 1 else 'invitados'}.")


def orden_votar(args) -> None:
    from ..servicios.votaciones import NuevaVotacion, votar

    nominales: dict[int, str] = {}
    for opcion, sentido in (("votan_a_favor", "a_favor"), ("votan_en_contra", "en_contra"),
                            ("se_abstienen", "abstencion")):
        for lista in getattr(args, opcion):
            for miembro in lista:
                if nominales.get(miembro, sentido) != sentido:
                    args.analizador.error(f"el miembro {miembro} aparece con dos votos distintos; nómbrelo una vez")
                nominales[miembro] = sentido
    metodo = args.metodo or ("nominal" if nominales else "alzada")
    if nominales and metodo != "nominal":
        args.analizador.error(f"--votan-… es una votación nominal; quite --metodo {args.metodo}")
    if nominales and (args.a_favor or args.en_contra or args.abstenciones):
        args.analizador.error("en una votación nominal las cifras salen de --votan-…; quite --a-favor, --en-contra "
                              "y --abstenciones")
    datos = {"metodo": metodo, "a_favor": args.a_favor, "en_contra": args.en_contra,
             "abstenciones": args.abstenciones, "nominales": nominales if metodo == "nominal" else None}
    # Lo no indicado no se pasa: el servicio aplica la mayoría y la base de la regla del punto.
    for opcion, campo in (("mayoria", "mayoria"), ("base", "base"), ("motivo", "motivo_mayoria")):
        if getattr(args, opcion) is not None:
            datos[campo] = getattr(args, opcion)
    db, asociacion = contexto(args)
    votacion = votar(db, asociacion["id"], args.punto, NuevaVotacion(**datos))
    if args.json:
        _imprimir_json({"punto": args.punto, **{k: votacion.get(k) for k in (
            "id", "metodo", "mayoria", "base", "a_favor", "en_contra", "abstenciones", "presentes", "con_derecho",
            "regla_mayoria", "motivo_mayoria", "texto_resultado")}, "aprobada": bool(votacion["aprobada"])})
        return
    print(f"Votación cerrada (PUNTO {args.punto}). {votacion['texto_resultado']}")
    if votacion.get("motivo_mayoria"):
        print(f"Con otra mayoría que la de la regla: {votacion['motivo_mayoria']}")


def orden_resolucion(args) -> None:
    from ..dominio.sesiones import cita_resolucion
    from ..servicios.votaciones import adoptar_resolucion, listar_resoluciones

    db, asociacion = contexto(args)
    adoptada = adoptar_resolucion(db, asociacion["id"], args.punto, args.tipo, args.titulo, args.texto)
    r = next(r for r in listar_resoluciones(db, asociacion["id"]) if r["id"] == adoptada["id"])
    cita = cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"])  # con su órgano: cada uno numera las suyas
    if args.json:
        _imprimir_json({"id": r["id"], "numeracion": r["numeracion"], "cita": cita, "organo": r["organo"],
                        "tipo": r["tipo"], "titulo": r["titulo"], "texto": r["texto"], "punto": args.punto,
                        "sesion_id": r["sesion_id"]})
        return
    print(f"Adoptada la {abreviar(cita, 90)} (id {r['id']}): {abreviar(r['titulo'], 80)}.")


def orden_celebrada(args) -> None:
    from ..servicios.sesiones import marcar_celebrada

    db, asociacion = contexto(args)
    marcar_celebrada(db, asociacion["id"], args.sesion, args.hora_cierre, args.segunda_convocatoria)
    sesion = _sesion_de(db, asociacion["id"], args.sesion)
    if args.json:
        _imprimir_json({**_json_sesion(sesion), "hora_cierre": sesion["hora_cierre"],
                        "segunda_convocatoria": bool(sesion["segunda_convocatoria"])})
        return
    cierre = f", cerrada a las {sesion['hora_cierre']}" if sesion["hora_cierre"] else ""
    print(f"Sesión {args.sesion} celebrada{cierre}: {abreviar(sesion['titulo'], 80)}.")


def orden_borrador(args) -> None:
    from ..servicios.actas import guardar_borrador, obtener_acta

    db, asociacion = contexto(args)
    antes = obtener_acta(db, asociacion["id"], args.sesion).contenido
    campos = {c: getattr(args, c) if getattr(args, c) is not None else getattr(antes, c)
              for c in ("apertura", "cierre", "preside", "secretaria")}
    guardar_borrador(db, asociacion["id"], args.sesion, **campos)
    acta = obtener_acta(db, asociacion["id"], args.sesion)
    if args.json:
        _imprimir_json({"sesion_id": args.sesion, "estado": acta.estado,
                        **{c: getattr(acta.contenido, c) for c in campos}})
        return
    faltan = [c for c in ("apertura", "cierre", "preside", "secretaria") if not getattr(acta.contenido, c)]
    print(f"Borrador del acta guardado (sesión {args.sesion})."
          + (f" Falta: {', '.join(faltan)}." if faltan else ""))


def orden_aprobar_acta(args) -> None:
    from ..servicios.actas import aprobar_acta, obtener_acta
    from ..servicios.base import hoy

    db, asociacion = contexto(args)
    firma = aprobar_acta(db, asociacion["id"], args.sesion, args.resolucion, args.fecha or hoy())
    acta = obtener_acta(db, asociacion["id"], args.sesion)
    if args.json:
        _imprimir_json({"sesion_id": args.sesion, "estado": acta.estado, "aprobada_por": acta.aprobada_por,
                        "aprobada_el": acta.aprobada_el, "huella": firma})
        return
    print(f"Acta de la sesión {args.sesion} aprobada por {acta.aprobada_por} el {_dma(acta.aprobada_el)}.")
    print(f"Huella SHA-256: {firma}")
