"""escritorio derechos: las solicitudes de las personas sobre sus datos (acceso y portabilidad, rectificación, supresión,
oposición al correo) con el plazo de la ley, la política de datos de la asociación, la base legal de cada clase de
datos, lo que ya no hace falta conservar y el registro de las actividades de tratamiento (servicios/
solicitudes_de_datos.py, acceso_a_los_datos.py, supresion_de_datos.py, oposicion_al_correo.py,
conservacion_de_datos.py, registro_de_actividades.py)."""

from pathlib import Path

from ..documentos.visible import visible
from ..dominio import datos_personales as reglas
from ..dominio import formato
from .argumentos import cantidad, fecha, identificador
from .comun import con_asociacion, con_json, imprimir_json, oficina_de


def agregar_ordenes(ordenes) -> None:
    derechos = ordenes.add_parser(
        "derechos", help="los derechos de las personas sobre sus datos: solicitudes, acceso, supresión, oposición",
        description="Las solicitudes de las personas sobre sus datos, cada una con el plazo de la ley del país de la "
                    "asociación (o el plazo propio que fije), y cómo se responde cada derecho: el acceso con una carta "
                    "en PDF y un archivo JSON; la supresión, que borra o anonimiza lo que no hay obligación de "
                    "conservar y dice qué quedó y por qué; la oposición al correo; la rectificación, con las ediciones "
                    "de siempre. Cada solicitud se registra a nombre de una persona del registro («escritorio "
                    "personas»).",
        epilog="Ejemplos:\n"
               "  escritorio derechos politica --pais UY --contacto datos@redsur.org\n"
               "  escritorio derechos registrar --persona 3 --derecho acceso --recibida 2026-11-20\n"
               "  escritorio derechos acceso 1 --carpeta respuestas\n"
               "  escritorio derechos suprimir 2 --simular\n"
               "  escritorio derechos suprimir 2 --carpeta respuestas\n"
               "  escritorio derechos registro-de-actividades registro.pdf")
    sub = derechos.add_subparsers(dest="accion", required=True, metavar="ACCION")

    politica = con_json(sub.add_parser(
        "politica", help="la ley que aplica la asociación, a quién se dirigen las solicitudes y cuánto se conserva",
        description="Sin opciones, la muestra; con opciones, cambia lo pedido."))
    politica.add_argument("--pais", metavar="PAIS", help="el país de la ley (el de la sede): su código o su nombre")
    politica.add_argument("--dias-propios", type=cantidad, metavar="N",
                          help="un plazo propio en días corridos para toda solicitud (0: el de la ley)")
    politica.add_argument("--contacto", metavar="TEXTO", help="a quién dirigir las solicitudes (un correo, una "
                                                              "dirección); sale en las cartas y en el sitio")
    politica.add_argument("--encargado", metavar="TEXTO",
                          help="el encargado de datos de la asociación (LGPD, art. 41: encarregado), con su contacto; "
                               "sale en las cartas, el aviso de privacidad y el registro de actividades")
    politica.add_argument("--anios-contactos", type=cantidad, metavar="N",
                          help="años que se conservan los contactos de un miembro que se fue (2 por omisión)")
    politica.add_argument("--meses-rebotes", type=cantidad, metavar="N",
                          help="meses que se conserva una dirección que rebota (12 por omisión)")
    politica.add_argument("--dias-aviso", type=cantidad, metavar="N",
                          help="días antes del vencimiento en que una solicitud se marca urgente")
    con_asociacion(politica)
    politica.set_defaults(funcion=orden_politica)

    tratamientos = con_json(sub.add_parser(
        "tratamientos", help="la base legal, la finalidad y la conservación de cada clase de datos",
        description="Sin --clase, las muestra todas (las de omisión están en la guía); con --clase, cambia lo "
                    "pedido de esa clase."))
    tratamientos.add_argument("--clase", choices=list(reglas.CLASE), metavar="CLASE",
                              help=f"una de: {', '.join(reglas.CLASE)}")
    tratamientos.add_argument("--base-legal", metavar="TEXTO")
    tratamientos.add_argument("--finalidad", metavar="TEXTO")
    tratamientos.add_argument("--conservacion", metavar="TEXTO")
    con_asociacion(tratamientos)
    tratamientos.set_defaults(funcion=orden_tratamientos)

    registrar = con_json(sub.add_parser("registrar", help="registra una solicitud, con su plazo y su vencimiento"))
    registrar.add_argument("--persona", type=identificador, required=True, metavar="PERSONA",
                           help="la persona del registro («escritorio personas registrar» la crea)")
    registrar.add_argument("--derecho", choices=list(reglas.DERECHOS), required=True, metavar="DERECHO",
                           help=f"uno de: {', '.join(reglas.DERECHOS)}")
    registrar.add_argument("--recibida", type=fecha, metavar="AAAA-MM-DD", help="cuándo llegó (hoy por omisión)")
    registrar.add_argument("--canal", choices=list(reglas.CANALES), default="correo", metavar="CANAL",
                           help=f"por dónde llegó: {', '.join(reglas.CANALES)}")
    registrar.add_argument("--detalle", metavar="TEXTO", help="lo que pide, con sus palabras")
    con_asociacion(registrar)
    registrar.set_defaults(funcion=orden_registrar)

    listar = con_json(sub.add_parser("listar", help="las solicitudes, con su vencimiento"))
    listar.add_argument("--abiertas", action="store_true", help="solo las que esperan respuesta")
    con_asociacion(listar)
    listar.set_defaults(funcion=orden_listar)

    acceso = con_json(sub.add_parser(
        "acceso", help="responde una solicitud de acceso: la carta (PDF) y los datos (JSON), en un paso",
        description="Escribe en la carpeta la carta acceso-solicitud-N.pdf (todo lo que la base tiene de la persona, "
                    "para qué y con qué fundamento) y acceso-solicitud-N.json (lo mismo, para otro programa), y deja la "
                    "solicitud respondida."))
    acceso.add_argument("solicitud", type=identificador, metavar="SOLICITUD")
    acceso.add_argument("--carpeta", type=Path, required=True, metavar="CARPETA")
    acceso.add_argument("--reemplazar", action="store_true", help="reemplaza los archivos si ya existen")
    con_asociacion(acceso)
    # Con --simular (cli/simulacion.py) la carta y los datos se escriben en una carpeta aparte que se borra.
    acceso.set_defaults(funcion=orden_acceso, salidas=("carpeta",))

    suprimir = con_json(sub.add_parser(
        "suprimir", help="responde una solicitud de supresión (con --simular, solo dice qué haría)",
        description="Borra o anonimiza los datos de la persona que no hay obligación de conservar, vuelve ilegible su "
                    "historia en la bitácora (la verificación sigue diciendo «sana») y dice qué quedó y por qué. Con "
                    "--carpeta, escribe allí la carta de respuesta (supresion-solicitud-N.pdf)."))
    suprimir.add_argument("solicitud", type=identificador, metavar="SOLICITUD")
    suprimir.add_argument("--carpeta", type=Path, metavar="CARPETA")
    suprimir.add_argument("--simular", action="store_true", help="no suprime nada: dice qué haría")
    suprimir.add_argument("--reemplazar", action="store_true", help="reemplaza la carta si ya existe")
    con_asociacion(suprimir)
    suprimir.set_defaults(funcion=orden_suprimir)

    oposicion = con_json(sub.add_parser("oposicion", help="responde una solicitud de oposición al correo: sus "
                                                          "direcciones no reciben más correo desde hoy"))
    oposicion.add_argument("solicitud", type=identificador, metavar="SOLICITUD")
    con_asociacion(oposicion)
    oposicion.set_defaults(funcion=orden_oposicion)

    revocacion = con_json(sub.add_parser(
        "revocacion", help="responde una solicitud de revocación del consentimiento: cesa lo que se basaba en él",
        description="Revoca desde hoy cada consentimiento vigente de los contactos de la persona («escritorio "
                    "consentimientos»): el boletín no le sale más, tampoco el que esperaba en la bandeja. El correo "
                    "que manda el estatuto sigue (para dejar de recibirlo está la oposición)."))
    revocacion.add_argument("solicitud", type=identificador, metavar="SOLICITUD")
    con_asociacion(revocacion)
    revocacion.set_defaults(funcion=orden_revocacion)

    responder = con_json(sub.add_parser(
        "responder", help="responde una rectificación (hecha en la ficha o en la sesión) o deniega una solicitud"))
    responder.add_argument("solicitud", type=identificador, metavar="SOLICITUD")
    grupo = responder.add_mutually_exclusive_group(required=True)
    grupo.add_argument("--respuesta", metavar="TEXTO", help="lo que se hizo")
    grupo.add_argument("--denegar", metavar="MOTIVO", help="la deniega, con su motivo")
    con_asociacion(responder)
    responder.set_defaults(funcion=orden_responder)

    vencidos = con_json(sub.add_parser(
        "vencidos", help="lo que ya no hace falta conservar (con --suprimir, lo suprime)",
        description="Los contactos de los miembros que se fueron hace más de los años de la política y las "
                    "direcciones que rebotan desde hace más de sus meses. Con --suprimir, los suprime en un paso (una "
                    "solicitud de supresión de la asociación por cada uno)."))
    vencidos.add_argument("--suprimir", action="store_true")
    con_asociacion(vencidos)
    vencidos.set_defaults(funcion=orden_vencidos)

    limpiar = sub.add_parser(
        "limpiar", help="reescribe el archivo de la base para que lo suprimido no quede en su espacio libre",
        description="Después de una supresión el programa reescribe el archivo (VACUUM); si otro programa lo tenía "
                    "abierto, quedó pendiente: esta orden lo hace ahora (cierre antes la ventana).")
    limpiar.set_defaults(funcion=orden_limpiar)

    registro = sub.add_parser(
        "registro-de-actividades", help="el registro de las actividades de tratamiento (LGPD, art. 37), en PDF o Excel",
        description="Qué datos personales trata la asociación, de quiénes, para qué, con qué fundamento, cuánto los "
                    "conserva, a quién los comunica y cómo los protege, armado con lo que la base sabe.")
    registro.add_argument("archivo", type=Path, metavar="ARCHIVO.pdf|.xlsx")
    registro.add_argument("--reemplazar", action="store_true")
    con_asociacion(registro)
    registro.set_defaults(funcion=orden_registro)


def orden_politica(args) -> None:
    from ..servicios.solicitudes_de_datos import descripcion_de_la_ley, fijar_politica, politica

    contexto = oficina_de(args).contexto
    cambios = {k: v for k, v in (("pais", args.pais), ("dias_propios", args.dias_propios),
                                 ("contacto", args.contacto), ("anios_contactos_de_bajas", args.anios_contactos),
                                 ("meses_rebotes", args.meses_rebotes), ("dias_de_aviso", args.dias_aviso),
                                 ("encargado", args.encargado))
               if v is not None}
    p = fijar_politica(contexto, **cambios) if cambios else politica(contexto)
    if args.json:
        imprimir_json({"pais": p.pais, "ley": descripcion_de_la_ley(contexto), "dias_propios": p.dias_propios,
                       "contacto": p.contacto, "anios_contactos_de_bajas": p.anios_contactos_de_bajas,
                       "meses_rebotes": p.meses_rebotes, "dias_de_aviso": p.dias_de_aviso, "encargado": p.encargado})
        return
    if cambios:
        print("Política de datos guardada.")
    print(f"Ley: {descripcion_de_la_ley(contexto)}")
    print(f"Plazo: {f'{p.dias_propios} días corridos (propio)' if p.dias_propios else 'el de la ley, por derecho'}")
    print(f"Contacto para las solicitudes: {visible(p.contacto) if p.contacto else '(sin fijar)'}")
    print(f"Encargado de datos: {visible(p.encargado) if p.encargado else '(no designado)'}")
    print(f"Contactos de los miembros que se fueron: se proponen para suprimir a los {p.anios_contactos_de_bajas} años")
    print(f"Direcciones que rebotan: se proponen para suprimir a los {p.meses_rebotes} meses")


def orden_tratamientos(args) -> None:
    from ..servicios.solicitudes_de_datos import fijar_tratamiento, tratamientos

    contexto = oficina_de(args).contexto
    if args.clase and (args.base_legal or args.finalidad or args.conservacion):
        fijar_tratamiento(contexto, args.clase, base_legal=args.base_legal, finalidad=args.finalidad,
                          conservacion=args.conservacion)
    lista = [t for t in tratamientos(contexto) if not args.clase or t["clase"] == args.clase]
    if args.json:
        imprimir_json(lista)
        return
    for t in lista:
        print(f"{t['nombre']} ({t['clase']}){'' if t['propio'] else ' — la de omisión'}")
        print(f"  Datos: {t['datos']}")
        print(f"  Base legal: {visible(t['base_legal'])}")
        print(f"  Finalidad: {visible(t['finalidad'])}")
        print(f"  Conservación: {visible(t['conservacion'])}")
        print(f"  Ante una supresión: {t['se_puede_suprimir']}")


def orden_registrar(args) -> None:
    from ..servicios.solicitudes_de_datos import registrar_solicitud

    hecha = registrar_solicitud(oficina_de(args).contexto, args.persona, args.derecho, recibida=args.recibida,
                                canal=args.canal, detalle=args.detalle)
    if args.json:
        imprimir_json({"solicitud_id": hecha.id, "vence_el": hecha.vence_el.isoformat(), "plazo": hecha.plazo})
        return
    print(f"Solicitud {hecha.id} registrada: vence el {formato.fecha(hecha.vence_el)} ({hecha.plazo}).")


def orden_listar(args) -> None:
    from ..servicios.solicitudes_de_datos import listar_solicitudes, plazo_vencido

    solicitudes = listar_solicitudes(oficina_de(args).contexto, abiertas=args.abiertas)
    if args.json:
        imprimir_json(solicitudes)
        return
    if not solicitudes:
        print("No hay solicitudes." if not args.abiertas else "No hay solicitudes abiertas.")
    for s in solicitudes:
        estado = reglas.ESTADOS_DE_SOLICITUD[s["estado"]].lower()
        if s["estado"] == "abierta":
            estado += (", VENCIDA" if plazo_vencido(s) else "") + f", vence el {formato.fecha(s['vence_el'])}"
        else:
            estado += f" el {formato.fecha(s['respondida_el'])}"
        print(f"{s['id']:>4}  {reglas.DERECHOS[s['derecho']]:<28} {visible(s['persona'])}  (recibida el "
              f"{formato.fecha(s['recibida_el'])}; {estado})")


def orden_acceso(args) -> None:
    from ..servicios.acceso_a_los_datos import responder_acceso

    hecho = responder_acceso(oficina_de(args).contexto, args.solicitud, args.carpeta, reemplazar=args.reemplazar)
    if args.json:
        imprimir_json({"carta": str(hecho.carta), "datos": str(hecho.datos), "filas": hecho.filas,
                       "cambios": hecho.cambios, "mensajes": hecho.mensajes, "menciones": hecho.menciones})
        return
    print(f"Solicitud {args.solicitud} respondida: {hecho.carta} y {hecho.datos} ("
          f"{_n(hecho.filas, 'fila', 'filas')}, {_n(hecho.cambios, 'cambio registrado', 'cambios registrados')}, "
          f"{_n(hecho.mensajes, 'mensaje', 'mensajes')}, "
          f"{_n(hecho.menciones, 'mención en otros textos', 'menciones en otros textos')}).")


def _n(cantidad: int, singular: str, plural: str) -> str:
    """«1 fila», «3 filas»."""
    return formato.cuantos(cantidad, "{0} " + singular, "{0} " + plural)


def _plan_en_texto(plan) -> list[str]:
    lineas = []
    for p in plan.pasos + plan.correo:
        como = {"borrada": "se borra", "anonimizada": "se anonimiza", "conservada": "se conserva"}[p.como]
        lineas.append(f"  {visible(p.que)}: {como}" + (f" ({visible(p.motivo)})" if p.motivo else ""))
    if plan.mensajes_con_su_nombre:
        lineas.append(f"  {_n(len(plan.mensajes_con_su_nombre), 'mensaje que la nombra', 'mensajes que la nombran')}: "
                      "su nombre, correo y teléfono se reemplazan por «[dato suprimido]»")
    if plan.filas_que_ya_no_estan:
        lineas.append(f"  {_n(len(plan.filas_que_ya_no_estan), 'fila que ya no está la nombraba', 'filas que ya no están la nombraban')} "
                      "en la bitácora: sus valores se suprimen")
    for m in plan.quedan_en_textos:
        lineas.append(f"  queda en {visible(m['donde'])} (fila {m['fila_id']}, {m['que_columna']}): {visible(m['motivo'])}")
    return lineas


def orden_suprimir(args) -> None:
    from ..servicios.supresion_de_datos import planear, suprimir

    contexto = oficina_de(args).contexto
    if args.simular:
        plan = planear(contexto, args.solicitud)
        if args.json:
            imprimir_json({"pasos": [vars(p) for p in plan.pasos + plan.correo],
                           "mensajes_con_su_nombre": plan.mensajes_con_su_nombre,
                           "filas_que_ya_no_estan": plan.filas_que_ya_no_estan, "quedan_en_textos": plan.quedan_en_textos})
            return
        print(f"La supresión de la solicitud {args.solicitud} (no se suprimió nada):")
        print("\n".join(_plan_en_texto(plan)))
        return
    hecho = suprimir(contexto, args.solicitud, carpeta=args.carpeta, reemplazar=args.reemplazar)
    if args.json:
        imprimir_json({"borradas": len(hecho.plan.borradas()), "anonimizadas": len(hecho.plan.anonimizadas()),
                       "conservadas": [vars(p) for p in hecho.plan.conservadas()],
                       "quedan_en_textos": hecho.plan.quedan_en_textos, "valores_suprimidos": hecho.valores_suprimidos,
                       "carta": str(hecho.carta) if hecho.carta else None, "archivo_limpio": hecho.archivo_limpio,
                       "respaldos_con_sus_datos": hecho.respaldos,
                       "respaldos_hasta": hecho.respaldos_hasta.isoformat() if hecho.respaldos_hasta else None})
        return
    print(f"Solicitud {args.solicitud} respondida: {_n(len(hecho.plan.borradas()), 'fila borrada', 'filas borradas')}, "
          f"{_n(len(hecho.plan.anonimizadas()), 'anonimizada', 'anonimizadas')}, "
          f"{_n(hecho.valores_suprimidos, 'valor de la bitácora suprimido', 'valores de la bitácora suprimidos')}.")
    print("\n".join(_plan_en_texto(hecho.plan)))
    if hecho.carta:
        print(f"Carta: {hecho.carta}")
    if not hecho.archivo_limpio:
        print("AVISO: el archivo de la base no se pudo reescribir (otro programa lo tiene abierto): lo borrado puede "
              "quedar en su espacio libre hasta que se reescriba. Ciérrelo y corra «escritorio derechos limpiar».")
    if hecho.respaldos:
        from ..servicios.supresion_de_datos import copias_en_palabras

        print(f"Respaldos que todavía tienen sus datos ({len(hecho.respaldos)}; no se modifican, la carta los nombra):")
        for linea in copias_en_palabras(hecho.respaldos):
            print(f"  {visible(linea)}")


def orden_oposicion(args) -> None:
    from ..servicios.oposicion_al_correo import oponerse

    hecho = oponerse(oficina_de(args).contexto, args.solicitud)
    if args.json:
        imprimir_json({"direcciones": hecho.direcciones, "mensajes_que_no_le_saldran": hecho.mensajes_que_no_le_saldran,
                       "mensajes_anulados": hecho.mensajes_anulados})
        return
    texto = (f"Solicitud {args.solicitud} respondida: "
             f"{_n(len(hecho.direcciones), 'dirección no recibe', 'direcciones no reciben')} más correo "
             f"({', '.join(visible(d) for d in hecho.direcciones)}).")
    if hecho.mensajes_que_no_le_saldran:
        texto += (f" {_n(hecho.mensajes_que_no_le_saldran, 'mensaje', 'mensajes')} de la bandeja de salida ya no le "
                  f"{'sale' if hecho.mensajes_que_no_le_saldran == 1 else 'salen'}.")
    if hecho.mensajes_anulados:
        texto += (" 1 se anuló: no tenía a nadie más." if hecho.mensajes_anulados == 1 else
                  f" {hecho.mensajes_anulados} se anularon: no tenían a nadie más.")
    print(texto)


def orden_revocacion(args) -> None:
    from ..servicios.consentimientos import revocar_por_solicitud

    hecho = revocar_por_solicitud(oficina_de(args).contexto, args.solicitud)
    if args.json:
        imprimir_json({"revocados": hecho.revocados, "mensajes_anulados": hecho.mensajes_anulados})
        return
    texto = (f"Solicitud {args.solicitud} respondida: "
             f"{_n(len(hecho.revocados), 'consentimiento revocado', 'consentimientos revocados')}; el boletín no le "
             "sale más.")
    if hecho.mensajes_anulados:
        texto += f" {_n(len(hecho.mensajes_anulados), 'boletín anulado', 'boletines anulados')} en la bandeja."
    print(texto)


def orden_responder(args) -> None:
    from ..servicios.solicitudes_de_datos import responder

    hecha = responder(oficina_de(args).contexto, args.solicitud, args.denegar or args.respuesta,
                      denegar=args.denegar is not None)
    if args.json:
        imprimir_json(hecha)
        return
    print(f"Solicitud {args.solicitud} {reglas.ESTADOS_DE_SOLICITUD[hecha['estado']].lower()}.")


def orden_vencidos(args) -> None:
    from ..servicios.conservacion_de_datos import suprimir_vencidos, vencidos

    contexto = oficina_de(args).contexto
    if args.suprimir:
        hecho = suprimir_vencidos(contexto)
        if args.json:
            imprimir_json({"contactos": len(hecho.contactos), "direcciones": hecho.direcciones,
                           "valores_suprimidos": hecho.valores_suprimidos, "archivo_limpio": hecho.archivo_limpio})
            return
        print(f"Suprimidos: {len(hecho.contactos)} contactos de miembros que se fueron y {hecho.direcciones} "
              f"direcciones rebotadas ({hecho.valores_suprimidos} valores de la bitácora).")
        return
    propuesta = vencidos(contexto)
    if args.json:
        imprimir_json({"anios": propuesta.anios, "meses": propuesta.meses, "contactos": propuesta.contactos,
                       "rebotes": propuesta.rebotes})
        return
    if not propuesta.contactos and not propuesta.rebotes:
        print("No hay nada vencido: todo lo que la base conserva hace falta según la política de datos.")
    for c in propuesta.contactos:
        print(f"contactos:{c['contacto_id']}  {visible(c['nombre'])} ({visible(c['miembro'])}, se fue el "
              f"{formato.fecha(c['baja_desde'])})")
    for r in propuesta.rebotes:
        print(f"contactos:{r['contacto_id']}  {visible(r['correo'])} ({visible(r['miembro'])}, rebota desde el "
              f"{formato.fecha(str(r['rebote'])[:10])})")


def orden_registro(args) -> None:
    from ..servicios.registro_de_actividades import escribir_registro

    ruta = escribir_registro(oficina_de(args).contexto, args.archivo, reemplazar=args.reemplazar)
    print(f"Registro de las actividades de tratamiento: {ruta}")


def orden_limpiar(args) -> None:
    from ..servicios.supresion_de_datos import limpiar

    if limpiar(oficina_de(args).contexto):
        print("El archivo de la base se reescribió: lo borrado ya no queda en él.")
        return
    from ..errores import ErrorEscritorio

    raise ErrorEscritorio("No se pudo reescribir el archivo de la base: otro programa (la ventana, otra orden) lo tiene "
                          "abierto. Ciérrelo y vuelva a correr esta orden.")
