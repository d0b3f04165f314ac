"""escritorio personas: el registro de las personas que la base tiene (servicios/personas.py): dónde aparece cada una
(contactos, autoridades, delegados, oradores, firmantes…), las personas registradas y sus filas, y vincular o
desvincular una fila de una persona (la secretaría dice quién es quién; el programa nunca une a dos personas solo)."""

from ..documentos.visible import visible
from ..dominio import formato
from .argumentos import identificador
from .comun import con_asociacion, con_json, imprimir_json, oficina_de


def _fila(texto: str) -> tuple[str, int]:
    import argparse

    from ..servicios.personas import leer_fila

    try:
        return leer_fila(texto)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def agregar_ordenes(ordenes) -> None:
    personas = ordenes.add_parser(
        "personas", help="el registro de las personas: dónde aparece cada una, quién es quién",
        description="Las personas que la base tiene por su nombre, su correo o su teléfono (contactos de los miembros, "
                    "autoridades, integrantes de órganos a título personal, delegados, invitados, oradores, firmantes) "
                    "y las que la secretaría registró, con las filas que son suyas. Una fila se nombra TABLA:FILA "
                    "(contactos:12). El programa propone coincidencias (mismo nombre, mismo correo), nunca une a dos "
                    "personas solo.")
    sub = personas.add_subparsers(dest="accion", required=True, metavar="ACCION")

    apariciones = con_json(sub.add_parser(
        "apariciones", help="cada fila con datos de una persona (buscar con --buscar)",
        epilog='Ejemplos:\n  escritorio personas apariciones --buscar "ana pérez"\n'
               "  escritorio personas apariciones --sin-persona"))
    apariciones.add_argument("--buscar", metavar="TEXTO", help="en el nombre, el correo o el teléfono")
    apariciones.add_argument("--sin-persona", action="store_true", help="solo las que no son de ninguna persona "
                                                                        "registrada")
    con_asociacion(apariciones)
    apariciones.set_defaults(funcion=orden_apariciones)

    listar = con_json(sub.add_parser("listar", help="las personas registradas"))
    con_asociacion(listar)
    listar.set_defaults(funcion=orden_listar)

    ver = con_json(sub.add_parser("ver", help="una persona: sus filas, sus mensajes, sus solicitudes y las "
                                              "apariciones que podrían ser suyas"))
    ver.add_argument("persona", type=identificador, metavar="PERSONA")
    con_asociacion(ver)
    ver.set_defaults(funcion=orden_ver)

    registrar = con_json(sub.add_parser(
        "registrar", help="registra a una persona con las filas que son suyas",
        epilog='Ejemplo:\n  escritorio personas registrar contactos:12 autoridades:40 --motivo "mismo correo"'))
    registrar.add_argument("filas", type=_fila, nargs="*", metavar="TABLA:FILA")
    registrar.add_argument("--nombre", help="su nombre (por omisión, el de la primera fila)")
    registrar.add_argument("--nota", help="una nota de la secretaría")
    registrar.add_argument("--motivo", help="por qué esas filas son de la misma persona")
    con_asociacion(registrar)
    registrar.set_defaults(funcion=orden_registrar)

    vincular = con_json(sub.add_parser("vincular", help="le vincula a una persona otras filas que son suyas"))
    vincular.add_argument("persona", type=identificador, metavar="PERSONA")
    vincular.add_argument("filas", type=_fila, nargs="+", metavar="TABLA:FILA")
    vincular.add_argument("--motivo", help="por qué es la misma persona")
    con_asociacion(vincular)
    vincular.set_defaults(funcion=orden_vincular)

    desvincular = sub.add_parser("desvincular", help="deshace un vínculo equivocado (la fila no cambia)")
    desvincular.add_argument("persona", type=identificador, metavar="PERSONA")
    desvincular.add_argument("fila", type=_fila, metavar="TABLA:FILA")
    con_asociacion(desvincular)
    desvincular.set_defaults(funcion=orden_desvincular)


def _linea(a: dict) -> str:
    partes = [a["clase"], a["nombre"], a.get("rol"), a.get("correo"), a.get("telefono"), a.get("miembro"),
              a.get("donde"), formato.fecha(a["fecha"]) if a.get("fecha") else None]
    persona = f"  [persona {a['persona_id']}]" if a.get("persona_id") else ""
    return f"{a['tabla']}:{a['fila_id']}  " + " · ".join(visible(str(p)) for p in partes if p) + persona


def orden_apariciones(args) -> None:
    from ..servicios.personas import apariciones

    filas = apariciones(oficina_de(args).contexto, texto=args.buscar, sin_persona=args.sin_persona)
    if args.json:
        imprimir_json(filas)
        return
    for a in filas:
        print(_linea(a))
    print(f"{formato.numero(len(filas))} filas con datos de una persona.")


def orden_listar(args) -> None:
    from ..servicios.personas import listar_personas

    personas = listar_personas(oficina_de(args).contexto)
    if args.json:
        imprimir_json(personas)
        return
    if not personas:
        print("No hay personas registradas («escritorio personas apariciones» muestra dónde aparece cada una).")
    for p in personas:
        print(f"{p['id']:>4}  {visible(p['nombre'])}  ({p['filas']} filas, {p['solicitudes']} solicitudes)")


def orden_ver(args) -> None:
    from dataclasses import asdict

    from ..servicios.personas import ficha

    datos = ficha(oficina_de(args).contexto, args.persona)
    if args.json:
        salida = asdict(datos)
        salida["vinculos"] = [{"tabla": t, "fila_id": f, "vinculo": v} for (t, f), v in datos.vinculos.items()]
        imprimir_json(salida)
        return
    print(f"Persona {datos.id}: {visible(datos.nombre)}" + (f" — {visible(datos.nota)}" if datos.nota else ""))
    if datos.suprimida_por:
        print(f"  Sus datos se suprimieron (solicitud {datos.suprimida_por}).")
    print("Sus filas:" if datos.filas else "Sus filas: ninguna.")
    for a in datos.filas:
        print(f"  {_linea(a)}")
    if datos.mensajes:
        print(f"Mensajes a sus direcciones: {len(datos.mensajes)}")
        for m in datos.mensajes:
            print(f"  mensaje {m['mensaje_id']} a {visible(m['direccion'])}: {visible(m['asunto'])} ({m['estado']})")
    if datos.solicitudes:
        print("Solicitudes:")
        for s in datos.solicitudes:
            print(f"  {s['id']}: {s['derecho']}, recibida el {formato.fecha(s['recibida_el'])}, {s['estado']}")
    if datos.posibles:
        print("Podrían ser suyas (mismo nombre o mismo correo; vincúlelas si lo son):")
        for a in datos.posibles:
            print(f"  {_linea(a)}")


def orden_registrar(args) -> None:
    from ..servicios.personas import registrar_persona

    persona_id = registrar_persona(oficina_de(args).contexto, args.nombre, args.filas, nota=args.nota,
                                   motivo=args.motivo)
    if args.json:
        imprimir_json({"persona_id": persona_id})
        return
    print(formato.cuantos(len(args.filas), f"Persona {persona_id} registrada con {{0}} fila.",
                          f"Persona {persona_id} registrada con {{0}} filas."))


def orden_vincular(args) -> None:
    from ..servicios.personas import vincular

    cuantas = vincular(oficina_de(args).contexto, args.persona, args.filas, motivo=args.motivo)
    if args.json:
        imprimir_json({"persona_id": args.persona, "vinculadas": cuantas})
        return
    print(formato.cuantos(cuantas, f"{{0}} fila vinculada a la persona {args.persona}.",
                          f"{{0}} filas vinculadas a la persona {args.persona}."))


def orden_desvincular(args) -> None:
    from ..servicios.personas import desvincular

    tabla, fila = args.fila
    desvincular(oficina_de(args).contexto, args.persona, tabla, fila)
    print(f"La fila {tabla}:{fila} ya no es de la persona {args.persona}.")
