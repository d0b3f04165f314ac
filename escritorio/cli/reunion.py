"""La reunión entera dentro de «sesiones»: convocar, el orden del día (puntos, resumir), los invitados, y
después de votar (votaciones.py): celebrada y el borrador del acta (su aprobación: aprobacion_de_actas.py). Cada
orden acepta --json."""

from ..documentos.visible import abreviar
from ..dominio.mayorias import TIPOS_DECISION
from ..dominio.sesiones import TIPOS_PUNTO, TIPOS_SESION
from .aprobacion_de_actas import agregar_aprobacion
from .argumentos import cantidad, fecha, identificador, lista_de_ids
from .argumentos import punto as un_punto
from ..dominio.referencias import AYUDA_PUNTO, escribir_punto
from .comun import oficina_de, con_json, fecha_escrita, imprimir_json
from .votaciones import agregar_asistencia, agregar_votacion

# --- la reunión entera: convocar, orden del día, asistencia, votar, resolución, acta -----------------------
# Cada orden analiza sus argumentos y llama al MISMO servicio que la ventana (servicios/sesiones/__init__.py,
# votaciones.py, actas.py): las reglas (quórum, poderes, mayorías, acta aprobada) viven allí, no aquí.

EJEMPLO_REUNION = """\
una Asamblea entera, sobre la red de ejemplo («escritorio demo»); cada orden informa los ids que usa la siguiente:
  escritorio sesiones convocar "Asamblea General de Socios" --fecha 2026-12-10 --hora 10:00 --lugar "Montevideo"
  escritorio sesiones punto 5 --titulo "Presupuesto 2027" --tipo votacion --decision cuotas_presupuesto
  escritorio sesiones punto-aprobacion-acta 5
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


def agregar_ordenes_de_la_reunion(sub) -> list:
    """Las acciones de la reunión, en el orden de la ayuda; devuelve sus analizadores (para --asociacion)."""
    convocar = con_json(sub.add_parser(
        "convocar", help="convoca una sesión de un órgano",
        description="Convoca una sesión de un órgano (la numera con el número siguiente, salvo --numero).",
        epilog='Ejemplo: escritorio sesiones convocar "Asamblea General" --fecha 2026-11-28 --hora 10:00 '
               '--lugar "Palacio Municipal de Rosario"'))
    convocar.add_argument("organo", metavar="ORGANO", help="id del órgano o su nombre exacto («organos listar»)")
    convocar.add_argument("--fecha", type=fecha, required=True, metavar="AAAA-MM-DD", help="fecha de la sesión")
    convocar.add_argument("--hora", metavar="HH:MM")
    convocar.add_argument("--lugar", metavar="TEXTO", help="lugar de la reunión (o --enlace, o ambos)")
    convocar.add_argument("--enlace", metavar="URL", help="enlace de la reunión virtual: una dirección web (https://…)")
    convocar.add_argument("--tipo", default="ordinaria", metavar="TIPO",
                          help=f"{' o '.join(TIPOS_SESION)} (por defecto, ordinaria)")
    convocar.add_argument("--numero", type=cantidad, metavar="N",
                          help="número de la sesión, para cargar una histórica («XXXI»); si no, el siguiente")
    convocar.add_argument("--convocada-el", type=fecha, metavar="AAAA-MM-DD", help="fecha de la convocatoria (por defecto, hoy)")
    convocar.set_defaults(funcion=orden_convocar)

    puntos = con_json(sub.add_parser("puntos", help="el orden del día de una sesión: cada punto como se lo nombra (3:2)",
                                     description="El orden del día de una sesión: cada punto como se lo nombra en "
                                                 "las órdenes (SESION:N, «3:2»), su tipo, su tipo de decisión y, si se "
                                                 "votó, el resultado. Con --json, también su id interno."))
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
    punto.add_argument("--decision", metavar="TIPO",
                       help="tipo de decisión, que fija el quórum y la mayoría que el punto necesita según las "
                            f"reglas del órgano: {', '.join(TIPOS_DECISION)} (por defecto, eleccion en un punto de "
                            "elección y ordinaria en los demás)")
    punto.add_argument("--resumen", metavar="TEXTO", help="lo tratado, como lo dirá el acta")
    punto.add_argument("--dentro-de", type=un_punto, metavar="PUNTO", help="el punto del que es un subpunto («3:2», o #ID)")
    punto.add_argument("--miembro", type=lista_de_ids, metavar="ID[,ID…]",
                       help="de quién trata un punto de admision (ciudades solicitantes) o de exclusion (miembros): "
                            "su resolución admite o excluye exactamente a ellos")
    punto.set_defaults(funcion=orden_punto)

    resumir = con_json(sub.add_parser("resumir", help="escribe el resumen de un punto (lo que dirá el acta)",
                                      description="Escribe (o reemplaza) el resumen de un punto del orden del día."))
    resumir.add_argument("punto", type=un_punto, metavar="PUNTO", help=AYUDA_PUNTO)
    resumir.add_argument("resumen", metavar="TEXTO", help="el resumen («» lo borra)")
    resumir.set_defaults(funcion=orden_resumir)

    asistencia = agregar_asistencia(sub)

    invitado = con_json(sub.add_parser("invitado", help="agrega un invitado u observador a una sesión",
                                       description="Agrega un invitado (u observador) a la lista de la sesión."))
    invitado.add_argument("sesion", type=identificador, metavar="SESION")
    invitado.add_argument("--nombre", required=True, metavar="TEXTO")
    invitado.add_argument("--institucion", metavar="TEXTO")
    invitado.add_argument("--calidad", default="invitado", metavar="CALIDAD", help="invitado u observador (por defecto, invitado)")
    invitado.set_defaults(funcion=orden_invitado)

    votar, resolucion = agregar_votacion(sub)

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
    borrador.add_argument("--proponer", action="store_true",
                          help="completa la apertura y el cierre vacíos con los textos que propone el programa (como "
                               "«Proponer textos» en la ventana), en el idioma de los documentos; dice qué no pudo "
                               "proponer y por qué")
    borrador.set_defaults(funcion=orden_borrador)

    aprobacion = agregar_aprobacion(sub)   # punto-aprobacion-acta y aprobar-acta

    return [convocar, puntos, punto, resumir, asistencia, invitado, votar, resolucion, celebrada, borrador, *aprobacion]


def _sesion_de(contexto, sesion_id: int) -> dict:
    from ..errores import ErrorEscritorio
    from ..servicios.sesiones import listar_sesiones

    sesion = next((s for s in listar_sesiones(contexto) if s["id"] == sesion_id), None)
    if sesion is None:
        raise ErrorEscritorio(f"No existe la sesión {sesion_id} en esta asociación. Las sesiones se ven con "
                              "«escritorio sesiones listar».")
    return sesion


def _json_sesion(s: dict) -> dict:
    return {k: s[k] for k in ("id", "organo_id", "organo", "numero", "tipo", "fecha", "hora", "lugar", "enlace",
                              "estado", "estado_acta", "titulo")}


def orden_convocar(args) -> None:
    from ..servicios.organos import elegir_organo
    from ..servicios.sesiones.convocatoria import NuevaSesion, aviso_de_anticipacion, convocar

    oficina = oficina_de(args)
    contexto = oficina.contexto
    organo = elegir_organo(contexto, args.organo)
    sesion_id = convocar(contexto, organo["id"], NuevaSesion(
        fecha=args.fecha, tipo=args.tipo, hora=args.hora, lugar=args.lugar, enlace=args.enlace,
        convocada_el=args.convocada_el, numero=args.numero))
    sesion = _sesion_de(oficina.contexto, sesion_id)
    aviso = aviso_de_anticipacion(contexto, sesion_id)
    if args.json:
        imprimir_json({**_json_sesion(sesion), "aviso": aviso})
        return
    donde = ", ".join(abreviar(x, 60) for x in (sesion["lugar"], sesion["enlace"]) if x)
    print(f"Sesión {sesion_id} convocada: {abreviar(sesion['titulo'], 80)}, el {fecha_escrita(sesion['fecha'])}"
          f"{' a las ' + sesion['hora'] if sesion['hora'] else ''} ({donde}).")
    if aviso:
        print(f"AVISO: {aviso}")


def _necesita(contexto, p: dict) -> str | None:
    """Lo que un punto que se vota necesita (quórum y mayoría de su tipo de decisión, con sus artículos), como lo
    dice la convocatoria; None si el punto no se vota."""
    from ..servicios.sesiones.puntos import regla_del_punto

    if p["tipo"] not in ("votacion", "eleccion"):
        return None
    return regla_del_punto(contexto, p["id"]).describir()


def _json_punto(p: dict, resultado: str | None, necesita: str | None) -> dict:
    return {"id": p["id"], "numeracion": p["numeracion"], "referencia": escribir_punto(p["sesion_id"], p["numeracion"]),
            "titulo": p["titulo"], "tipo": p["tipo"],
            "tipo_decision": p["tipo_decision"], "padre_id": p["padre_id"], "resumen": p["resumen"],
            "necesita": necesita, "votada": p["votacion_id"] is not None, "resultado": resultado}


def _puntos_con_resultado(contexto, sesion_id: int) -> list[tuple[dict, str | None]]:
    """El orden del día y, por punto, el resultado de su votación o elección como lo dice el acta (como la ventana)."""
    from ..servicios.actas import obtener_acta
    from ..servicios.sesiones.puntos import orden_del_dia

    puntos = orden_del_dia(contexto, sesion_id)
    resultados = {c["numeracion"]: c["votacion"] for c in obtener_acta(contexto, sesion_id).contenido.puntos}
    return [(p, resultados.get(p["numeracion"])) for p in puntos]


def orden_puntos(args) -> None:
    from ..servicios.puntos_sobre_miembros import frases_de_quien_trata, nombrados_en_la_sesion

    oficina = oficina_de(args)
    puntos = _puntos_con_resultado(oficina.contexto, args.sesion)
    # De quién trata cada punto de admisión o de exclusión que nombra a alguien (como lo dice el acta).
    nombrados = nombrados_en_la_sesion(oficina.contexto, args.sesion)
    if args.json:
        imprimir_json([{**_json_punto(p, r, _necesita(oficina.contexto, p)),
                        "miembros": nombrados.get(p["id"], [])} for p, r in puntos])
        return
    if not puntos:
        print("El orden del día de esta sesión está vacío. Agregue puntos con «escritorio sesiones punto».")
    sobre = frases_de_quien_trata(oficina.contexto, args.sesion) if nombrados else {}
    for p, resultado in puntos:
        decision = "" if p["tipo_decision"] == "ordinaria" else f" [{p['tipo_decision']}]"
        print(f"{escribir_punto(p['sesion_id'], p['numeracion']):>7}  {abreviar(p['titulo'], 60):<60} {p['tipo']}{decision}")
        if p["id"] in sobre:
            print(f"         {abreviar(sobre[p['id']], 110)}")
        if resultado:
            print(f"         {abreviar(resultado, 110)}")
        elif necesita := _necesita(oficina.contexto, p):
            print(f"         {abreviar(necesita, 110)}")


def orden_punto(args) -> None:
    from ..servicios.puntos_sobre_miembros import (agregar_punto_sobre_miembros, nombrados, quienes,
                                                   sugerencia_para_nombrar)
    from ..servicios.sesiones.puntos import orden_del_dia

    oficina = oficina_de(args)
    contexto = oficina.contexto
    # el punto, su resumen y de quién trata, juntos o ninguno
    punto_id = agregar_punto_sobre_miembros(contexto, args.sesion, args.titulo, args.tipo, args.dentro_de,
                                            args.decision, args.resumen, args.miembro)
    sobre = nombrados(contexto, punto_id)
    p = next(p for p in orden_del_dia(contexto, args.sesion) if p["id"] == punto_id)
    necesita = _necesita(oficina.contexto, p)
    if args.json:
        imprimir_json({**_json_punto(p, None, necesita), "miembros": sobre})
        return
    print(f"Punto {escribir_punto(p['sesion_id'], p['numeracion'])} agregado: {abreviar(p['titulo'], 80)} — {p['tipo']}, "
          f"decisión {p['tipo_decision']}.")
    if sobre:
        print(f"Sobre: {abreviar(quienes(sobre), 150)}")
    elif sugerencia := sugerencia_para_nombrar(p["tipo_decision"]):
        print(f"Sugerencia: {sugerencia}")
    if necesita:
        print(f"Necesita: {necesita}")


def orden_resumir(args) -> None:
    from ..servicios.referencias import nombre_del_punto
    from ..servicios.sesiones.puntos import resumir_punto

    oficina = oficina_de(args)
    resumir_punto(oficina.contexto, args.punto, args.resumen)
    if args.json:
        imprimir_json({"punto": args.punto, "referencia": nombre_del_punto(oficina.contexto, args.punto), "resumen": args.resumen.strip() or None})
        return
    nombre = nombre_del_punto(oficina.contexto, args.punto)
    print(f"Resumen del punto {nombre} guardado." if args.resumen.strip() else f"Resumen del punto {nombre} borrado.")


def orden_invitado(args) -> None:
    from ..servicios.sesiones.asistencia import agregar_invitado, asistencia

    oficina = oficina_de(args)
    contexto = oficina.contexto
    agregar_invitado(contexto, args.sesion, args.nombre, args.institucion, args.calidad)
    invitados = asistencia(contexto, args.sesion).invitados
    if args.json:
        imprimir_json([{k: i[k] for k in ("nombre", "institucion", "calidad")} for i in invitados])
        return
    print(f"Invitado agregado; la sesión tiene {len(invitados)} "
          f"{'invitado' if len(invitados) == 1 else 'invitados'}.")


def orden_celebrada(args) -> None:
    from ..servicios.sesiones.asistencia import marcar_celebrada

    oficina = oficina_de(args)
    marcar_celebrada(oficina.contexto, args.sesion, args.hora_cierre, args.segunda_convocatoria)
    sesion = _sesion_de(oficina.contexto, args.sesion)
    if args.json:
        imprimir_json({**_json_sesion(sesion), "hora_cierre": sesion["hora_cierre"],
                        "segunda_convocatoria": bool(sesion["segunda_convocatoria"])})
        return
    cierre = f", cerrada a las {sesion['hora_cierre']}" if sesion["hora_cierre"] else ""
    print(f"Sesión {args.sesion} celebrada{cierre}: {abreviar(sesion['titulo'], 80)}.")


def orden_borrador(args) -> None:
    from ..servicios.actas import guardar_borrador, obtener_acta, textos_propuestos

    oficina = oficina_de(args)
    contexto = oficina.contexto
    antes = obtener_acta(contexto, args.sesion).contenido
    campos = {c: getattr(args, c) if getattr(args, c) is not None else getattr(antes, c)
              for c in ("apertura", "cierre", "preside", "secretaria")}
    no_propuestos = []
    if args.proponer:   # lo mismo que «Proponer textos»: solo lo vacío, con el texto del servicio
        propuestos = textos_propuestos(contexto, args.sesion)
        for campo in ("apertura", "cierre"):
            if propuestos[campo] and not (campos[campo] or "").strip():
                campos[campo] = propuestos[campo]
        no_propuestos = propuestos["faltan"]
    guardar_borrador(contexto, args.sesion, **campos)
    acta = obtener_acta(contexto, args.sesion)
    if args.json:
        imprimir_json({"sesion_id": args.sesion, "estado": acta.estado,
                        **{c: getattr(acta.contenido, c) for c in campos},
                        **({"no_propuestos": no_propuestos} if args.proponer else {})})
        return
    faltan = [c for c in ("apertura", "cierre", "preside", "secretaria") if not getattr(acta.contenido, c)]
    print(f"Borrador del acta guardado (sesión {args.sesion})."
          + (f" Falta: {', '.join(faltan)}." if faltan else ""))
    for motivo in no_propuestos:
        print(f"  {motivo}")
