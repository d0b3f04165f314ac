"""«sesiones punto-aprobacion-acta» y «sesiones aprobar-acta»: el acta la aprueba la resolución de su punto de
aprobación (servicios.aprobacion_de_actas), al final de la misma sesión o en una posterior.

Los servicios dicen qué falta sin nombrar botones ni órdenes; aquí se agrega la orden que lo resuelve (la ventana
agrega sus botones: interfaz/dialogos/sesion/acta.py)."""

from ..documentos.visible import abreviar
from .argumentos import fecha, identificador
from .argumentos import resolucion as una_resolucion
from ..dominio.referencias import escribir_punto
from .comun import citar, oficina_de, con_json, fecha_escrita, imprimir_json


def agregar_aprobacion(sub) -> list:
    """Las acciones «punto-aprobacion-acta» y «aprobar-acta»; devuelve sus analizadores (para --asociacion)."""
    punto = con_json(sub.add_parser(
        "punto-aprobacion-acta", help="agrega el punto «Aprobación del acta», cuya resolución aprueba el acta",
        description="Agrega al final del orden del día un punto de votación «Aprobación del acta» que aprueba el acta "
                    "de SESION: sin --en, en la misma sesión (se aprueba al final de ella); con --en, en una sesión "
                    "posterior (la próxima del órgano, u otra). Se vota con «sesiones votar», se adopta su "
                    "resolución con «sesiones resolucion» y esa resolución aprueba el acta con «sesiones "
                    "aprobar-acta». Ninguna otra resolución la aprueba.",
        epilog="Ejemplos:\n  escritorio sesiones punto-aprobacion-acta 5          (al final de la sesión 5)\n"
               "  escritorio sesiones punto-aprobacion-acta 5 --en 6  (en la sesión 6, la próxima)"))
    punto.add_argument("sesion", type=identificador, metavar="SESION", help="la sesión cuya acta se aprueba")
    punto.add_argument("--en", type=identificador, metavar="SESION",
                       help="la sesión en cuyo orden del día va el punto (por defecto, la misma)")
    punto.set_defaults(funcion=orden_punto_aprobacion_acta)

    aprobar = con_json(sub.add_parser(
        "aprobar-acta", help="aprueba el acta con la resolución de su punto de aprobación (y la congela)",
        description="Aprueba el acta de una sesión por la resolución de su punto «Aprobación del acta» (de esa "
                    "sesión o de una posterior: «sesiones punto-aprobacion-acta»). El acta aprobada queda congelada "
                    "con su huella SHA-256; las correcciones van en una fe de erratas."))
    aprobar.add_argument("sesion", type=identificador, metavar="SESION")
    aprobar.add_argument("--resolucion", type=una_resolucion, required=True, metavar="RESOLUCION",
                         help="la resolución del punto de aprobación del acta (N/AAAA o #ID; «resoluciones listar»)")
    aprobar.add_argument("--fecha", type=fecha, metavar="AAAA-MM-DD", help="fecha de la aprobación (por defecto, hoy)")
    aprobar.set_defaults(funcion=orden_aprobar_acta)
    return [punto, aprobar]


def orden_punto_aprobacion_acta(args) -> None:
    from ..servicios.aprobacion_de_actas import agregar_punto_de_aprobacion

    oficina = oficina_de(args)
    agregado = agregar_punto_de_aprobacion(oficina.contexto, args.sesion, en=args.en)
    punto = escribir_punto(agregado["sesion_id"], agregado["numeracion"])
    if args.json:
        imprimir_json({"id": agregado["punto_id"], "numeracion": agregado["numeracion"], "referencia": punto,
                       "titulo": agregado["titulo"], "sesion_id": agregado["sesion_id"], "aprueba_acta_de": args.sesion})
        return
    print(f"Punto {punto} agregado a la "
          f"{abreviar(agregado['sesion'], 80)}: {abreviar(agregado['titulo'], 80)} — votacion. "
          f"Su resolución aprueba el acta de la sesión {args.sesion}.")
    print(f"Vótelo («escritorio sesiones votar {punto} --a-favor N …»), adopte su resolución "
          f"(«escritorio sesiones resolucion {punto} --titulo …») y apruebe el acta "
          f"(«escritorio sesiones aprobar-acta {args.sesion} --resolucion N/AAAA»).")


def orden_aprobar_acta(args) -> None:
    from ..errores import ErrorEscritorio
    from ..servicios.actas import ActaNoAprobable, aprobar_acta, obtener_acta
    from ..servicios.aprobacion_de_actas import ResolucionAjena
    from ..servicios.actos_de_sesion import sesion_de_una_resolucion
    from ..servicios.base import hoy
    from .actos_de_sesion import acto_de_la_sesion

    oficina = oficina_de(args)
    contexto = oficina.contexto
    # Aprobar el acta es un acto de la sesión que la aprueba (la de la resolución).
    with acto_de_la_sesion(contexto, sesion_de_una_resolucion(contexto, args.resolucion), args.json):
        try:
            huella = aprobar_acta(contexto, args.sesion, args.resolucion, args.fecha or hoy())
        except ActaNoAprobable as error:
            raise ErrorEscritorio(_con_las_ordenes(error, args.sesion)) from None
        except ResolucionAjena as error:
            raise ErrorEscritorio(error.mensaje + "\n" + "\n".join(_caminos(contexto, error.como, args.sesion))) from None
        acta = obtener_acta(contexto, args.sesion)
        if args.json:
            imprimir_json({"sesion_id": args.sesion, "estado": acta.estado, "aprobada_por": acta.aprobada_por,
                           "aprobada_el": acta.aprobada_el, "huella": huella})
        else:
            print(f"Acta de la sesión {args.sesion} aprobada por {acta.aprobada_por} el "
                  f"{fecha_escrita(acta.aprobada_el)}.")
            print(f"Huella SHA-256: {huella}")


def _con_las_ordenes(error, sesion: int) -> str:
    """El mensaje de ActaNoAprobable con la orden que resuelve cada motivo."""
    from ..servicios.actas import BORRADOR_INCOMPLETO, NO_CELEBRADA

    ordenes = {NO_CELEBRADA: f"escritorio sesiones celebrada {sesion} --hora-cierre HH:MM",
               BORRADOR_INCOMPLETO: f"escritorio sesiones borrador {sesion} --apertura … --cierre … --preside … "
                                    "--secretaria …"}
    primera = error.mensaje.split("\n", 1)[0]
    return "\n".join([primera, *(f"• {m['texto']}" + (f" Use «{ordenes[m['clave']]}»." if m["clave"] in ordenes else "")
                                 for m in error.motivos)])


def _caminos(contexto, como, sesion: int) -> list[str]:
    """Con qué órdenes se aprueba el acta: con la resolución que ya la aprueba, terminando su punto pendiente, o
    agregando el punto al final de esta sesión o en la próxima."""
    from ..servicios.referencias import nombre_de_la_resolucion, nombre_del_punto

    if como["resoluciones"]:
        return [f"Apruébela con «escritorio sesiones aprobar-acta {sesion} --resolucion "
                f"{citar(nombre_de_la_resolucion(contexto, r['id']))}» ({r['cita']})."
                for r in como["resoluciones"]]
    if como["pendientes"]:
        nombres = [nombre_del_punto(contexto, p["punto_id"]) for p in como["pendientes"]]
        return [f"Punto pendiente {n}: «escritorio sesiones votar {n} --a-favor N …» y "
                f"«escritorio sesiones resolucion {n} --titulo …»." for n in nombres]
    lineas = [f"Al final de esta sesión: «escritorio sesiones punto-aprobacion-acta {sesion}»."]
    if como["proxima"] is not None:
        proxima = como["proxima"]
        lineas.append(f"En la próxima ({abreviar(proxima['titulo'], 60)}, {fecha_escrita(proxima['fecha'])}): "
                      f"«escritorio sesiones punto-aprobacion-acta {sesion} --en {proxima['id']}».")
    else:
        lineas.append(f"En la próxima: convóquela («escritorio sesiones convocar {como['organo_id']} --fecha "
                      f"AAAA-MM-DD …») y agregue el punto con «escritorio sesiones punto-aprobacion-acta {sesion} "
                      "--en SESION».")
    return lineas
