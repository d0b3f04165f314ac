"""«votos»: las votaciones de la sala (issue 64, §2): cada enmienda en el orden de votación, después la moción, y
la moción aprobada adoptada como resolución o declaración de su punto, con su texto final."""

from ..documentos.visible import abreviar
from ..dominio.sesiones import TIPOS_RESOLUCION
from .actos_de_sesion import acto_de_la_sesion
from .argumentos import identificador
from .comun import con_asociacion, con_json, imprimir_json, oficina_de
from .votaciones import agregar_opciones_de_votacion, nueva_votacion_de

_COMO_UN_PUNTO = ("El resultado se calcula como el de un punto: la asistencia de la sesión, la mayoría y la base que "
                  "la regla del órgano fija para el tipo de decisión del punto de la moción (otra exige --motivo) y "
                  "el mismo quórum. La votación cerrada no se repite.")


def agregar_ordenes(ordenes) -> None:
    votos = ordenes.add_parser(
        "votos", help="las votaciones de la sala: enmiendas, moción, adoptarla como resolución",
        description="Las votaciones de la sala: primero las enmiendas admitidas, en el orden de votación "
                    "(«escritorio enmiendas orden»), después la moción; la moción aprobada se adopta como la "
                    "resolución o la declaración de su punto, con su texto final.")
    sub = votos.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)

    enmienda = con_json(sub.add_parser(
        "enmienda", help="vota la enmienda que sigue en el orden de votación",
        description="Cierra la votación de una enmienda admitida: la que sigue en el orden de votación. Aprobada, "
                    "las pendientes que cambian el mismo párrafo decaen. " + _COMO_UN_PUNTO,
        epilog="Ejemplo: escritorio votos enmienda 7 --a-favor 11 --en-contra 3 --abstenciones 2"))
    enmienda.add_argument("enmienda", type=identificador, metavar="ID")
    agregar_opciones_de_votacion(enmienda)
    enmienda.set_defaults(funcion=orden_votar_enmienda, analizador=enmienda)

    mocion = con_json(sub.add_parser(
        "mocion", help="vota la moción, después de sus enmiendas",
        description="Cierra la votación final de una moción admitida, cuando sus enmiendas ya se votaron (o "
                    "decayeron): queda aprobada o rechazada. " + _COMO_UN_PUNTO,
        epilog="Ejemplo: escritorio votos mocion 3 --a-favor 12 --en-contra 1"))
    mocion.add_argument("mocion", type=identificador, metavar="ID")
    agregar_opciones_de_votacion(mocion)
    mocion.set_defaults(funcion=orden_votar_mocion, analizador=mocion)

    adoptar = con_json(sub.add_parser(
        "adoptar", help="la moción aprobada se vuelve la resolución o la declaración de su punto",
        description="Adopta una moción aprobada como la resolución (o la declaración) de su punto: su título, su "
                    "texto final con las enmiendas aprobadas y, como firmantes, quienes la presentaron y la "
                    "apoyaron. Se numera por órgano, año y tipo («Declaración 2/2026»)."))
    adoptar.add_argument("mocion", type=identificador, metavar="ID")
    adoptar.add_argument("--tipo", default="resolucion", metavar="TIPO",
                         help=f"{', '.join(TIPOS_RESOLUCION)} (por defecto, resolucion)")
    adoptar.add_argument("--titulo", metavar="TEXTO", help="otro título (por omisión, el de la moción)")
    adoptar.set_defaults(funcion=orden_adoptar)
    for accion in sub.choices.values():
        con_asociacion(accion)


def _sesion_de_la_mocion(contexto, mocion_id: int | None = None, enmienda_id: int | None = None) -> int | None:
    """La sesión de la moción (o de la enmienda), para los avisos del acto; si no existe, el servicio da el error."""
    from ..servicios.enmiendas import sesion_de_la_mocion

    return sesion_de_la_mocion(contexto, mocion_id, enmienda_id)


def _mostrar(args, votacion, que: str) -> None:
    if args.json:
        imprimir_json({"id": votacion.id, "mocion_id": votacion.mocion_id, "enmienda_id": votacion.enmienda_id,
                       "metodo": votacion.metodo, "mayoria": votacion.mayoria, "base": votacion.base,
                       "a_favor": votacion.a_favor, "en_contra": votacion.en_contra,
                       "abstenciones": votacion.abstenciones, "presentes": votacion.presentes,
                       "con_derecho": votacion.con_derecho, "aprobada": votacion.aprobada,
                       "texto_resultado": votacion.texto_resultado, "regla_mayoria": votacion.regla_mayoria,
                       "motivo_mayoria": votacion.motivo_mayoria, "decaidas": list(votacion.decaidas)})
        return
    print(f"Votación cerrada ({que}). {abreviar(votacion.texto_resultado, 300)}")
    if votacion.motivo_mayoria:
        print(f"Con otra mayoría que la de la regla: {abreviar(votacion.motivo_mayoria, 200)}")
    for numero in votacion.decaidas:
        print(f"La enmienda {numero} decae: cambiaba el mismo párrafo.")


def orden_votar_enmienda(args) -> None:
    from ..servicios.votaciones_sala import votar_enmienda

    nueva = nueva_votacion_de(args)
    contexto = oficina_de(args).contexto
    with acto_de_la_sesion(contexto, _sesion_de_la_mocion(contexto, enmienda_id=args.enmienda), args.json):
        votacion = votar_enmienda(contexto, args.enmienda, nueva)
        _mostrar(args, votacion, f"enmienda {votacion.numero}")


def orden_votar_mocion(args) -> None:
    from ..servicios.votaciones_sala import votar_mocion

    nueva = nueva_votacion_de(args)
    contexto = oficina_de(args).contexto
    with acto_de_la_sesion(contexto, _sesion_de_la_mocion(contexto, args.mocion), args.json):
        votacion = votar_mocion(contexto, args.mocion, nueva)
        _mostrar(args, votacion, "moción")


def orden_adoptar(args) -> None:
    from ..dominio.sesiones import cita_resolucion
    from ..servicios.votaciones import listar_resoluciones
    from ..servicios.votaciones_sala import adoptar_mocion

    contexto = oficina_de(args).contexto
    with acto_de_la_sesion(contexto, _sesion_de_la_mocion(contexto, args.mocion), args.json):
        adoptada = adoptar_mocion(contexto, args.mocion, args.tipo, args.titulo)
    r = next(r for r in listar_resoluciones(contexto) if r["id"] == adoptada["id"])
    cita = cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"])
    if args.json:
        imprimir_json({"id": r["id"], "numeracion": r["numeracion"], "cita": cita, "tipo": r["tipo"],
                       "titulo": r["titulo"], "texto": r["texto"], "firmantes": r["firmantes"],
                       "mocion_id": args.mocion})
        return
    print(f"Adoptada la {abreviar(cita, 90)}: {abreviar(r['titulo'], 80)} ({r['firmantes']} firmantes).")
