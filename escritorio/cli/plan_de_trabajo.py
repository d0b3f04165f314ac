"""El plan de trabajo de las unidades temáticas por la línea de órdenes, después de agregar una actividad
(«unidades actividad», en organos_alta.py): corregirla («unidades editar-actividad»), hacerla avanzar («unidades
estado-actividad»: prevista → en curso → realizada o cancelada), registrar su informe («unidades
informe-actividad»: el resultado y el PDF, que se guarda con su SHA-256), sacar una copia de ese PDF («unidades
pdf-informe») y ver lo atrasado de toda la red («unidades atrasadas»).

Cada orden llama al mismo servicio que la ventana (servicios.plan_de_trabajo): las reglas y sus mensajes son los
mismos."""

from ..dominio.unidades import ESTADOS_ACTIVIDAD
from .argumentos import fecha, identificador
from .comun import con_asociacion, con_json, contexto_de, fecha_escrita, imprimir_json


def agregar_ordenes_del_plan(sub) -> list:
    """«unidades editar-actividad|estado-actividad|informe-actividad|pdf-informe|atrasadas»; devuelve los parsers."""
    editar = sub.add_parser(
        "editar-actividad", help="corrige una actividad del plan de trabajo (título, fechas, responsable, resultado)",
        description="Corrige una actividad del plan de trabajo (como «Editar…» en la ventana). Cambia solo lo que se "
                    "indica; el estado cambia con «unidades estado-actividad». Los números de las actividades se "
                    "ven con «unidades actividades UNIDAD».",
        epilog='Ejemplo:\n  escritorio unidades editar-actividad 12 --hasta 2026-06-12 --responsable 40')
    editar.add_argument("actividad", type=identificador, metavar="ACTIVIDAD", help="número de la actividad")
    editar.add_argument("--titulo", metavar="TEXTO")
    fechas = editar.add_mutually_exclusive_group()
    fechas.add_argument("--desde", type=fecha, metavar="AAAA-MM-DD", help="fecha de la actividad, o su comienzo")
    fechas.add_argument("--sin-desde", action="store_true", help="quita la fecha de comienzo")
    fin = editar.add_mutually_exclusive_group()
    fin.add_argument("--hasta", type=fecha, metavar="AAAA-MM-DD", help="fin de la actividad")
    fin.add_argument("--sin-hasta", action="store_true", help="quita la fecha de fin")
    quien = editar.add_mutually_exclusive_group()
    quien.add_argument("--responsable", type=identificador, metavar="ID", help="id del miembro (la ciudad) responsable")
    quien.add_argument("--sin-responsable", action="store_true", help="la actividad queda sin responsable")
    editar.add_argument("--resultado", metavar="TEXTO", help="lo que se logró o se espera lograr")
    con_json(editar)
    editar.set_defaults(funcion=orden_editar_actividad)

    estado = sub.add_parser(
        "estado-actividad", help="hace avanzar una actividad: prevista, en_curso, realizada o cancelada",
        description="Cambia el estado de una actividad en su orden: prevista → en_curso → realizada (o cancelada). "
                    "Una realizada por error se reabre (en_curso); una cancelada se retoma (prevista). Para marcar "
                    "realizada una actividad sin fechas, indique cuándo fue con --fecha (queda como su fin).",
        epilog="Ejemplos:\n  escritorio unidades estado-actividad 12 en_curso\n"
               "  escritorio unidades estado-actividad 12 realizada --fecha 2026-06-12")
    estado.add_argument("actividad", type=identificador, metavar="ACTIVIDAD", help="número de la actividad")
    estado.add_argument("estado", choices=tuple(ESTADOS_ACTIVIDAD), metavar="ESTADO",
                        help="estado nuevo: " + ", ".join(ESTADOS_ACTIVIDAD))
    estado.add_argument("--fecha", type=fecha, metavar="AAAA-MM-DD",
                        help="cuándo terminó (pasa a ser el fin de la actividad)")
    con_json(estado)
    estado.set_defaults(funcion=orden_estado_actividad)

    informe = sub.add_parser(
        "informe-actividad", help="registra el informe de una actividad: el resultado y, si se quiere, un PDF",
        description="Registra el informe de una actividad (como «Informe de la actividad…» en la ventana): el "
                    "resultado, en texto, y el informe en PDF, que queda guardado en la base con su SHA-256. Un PDF "
                    "nuevo no borra el anterior: pasa a ser el vigente y el anterior queda con su huella. Sin "
                    "opciones, muestra el informe registrado.",
        epilog='Ejemplos:\n  escritorio unidades informe-actividad 12 --resultado "Participaron 40 ciudades."\n'
               "  escritorio unidades informe-actividad 12 --adjuntar informe-seminario.pdf")
    informe.add_argument("actividad", type=identificador, metavar="ACTIVIDAD", help="número de la actividad")
    informe.add_argument("--resultado", metavar="TEXTO", help="el resultado (reemplaza el que tenía)")
    informe.add_argument("--adjuntar", metavar="ARCHIVO.pdf", help="el informe en PDF que se guarda en la base")
    con_json(informe)
    informe.set_defaults(funcion=orden_informe_actividad)

    copia = sub.add_parser(
        "pdf-informe", help="guarda una copia del informe en PDF de una actividad",
        description="Escribe una copia del informe en PDF adjunto a la actividad (el vigente, o el indicado con "
                    "--informe), después de comprobar que su contenido sigue dando el SHA-256 que se anotó al "
                    "adjuntarlo. Nunca reemplaza un archivo existente salvo con --reemplazar.")
    copia.add_argument("actividad", type=identificador, metavar="ACTIVIDAD", help="número de la actividad")
    copia.add_argument("archivo", metavar="ARCHIVO.pdf")
    copia.add_argument("--informe", type=identificador, metavar="N",
                       help="número de un informe anterior (se ven con «unidades informe-actividad ACTIVIDAD»)")
    copia.add_argument("--reemplazar", action="store_true", help="si ARCHIVO.pdf ya existe, lo reemplaza")
    copia.set_defaults(funcion=orden_pdf_informe)

    atrasadas = sub.add_parser(
        "atrasadas", help="las actividades de todas las unidades que ya debían haber terminado",
        description="Las actividades previstas o en curso de todas las unidades temáticas cuyo fin (o su fecha, si "
                    "es de un día) ya pasó.")
    atrasadas.add_argument("--al", type=fecha, metavar="AAAA-MM-DD", help="fecha en que se cuentan (por omisión, hoy)")
    con_json(atrasadas)
    atrasadas.set_defaults(funcion=orden_atrasadas)
    parsers = [editar, estado, informe, copia, atrasadas]
    for parser in parsers:
        con_asociacion(parser)
    return parsers


def actividad_json(a) -> dict:
    """Una actividad como la imprime --json (la misma forma en todas las órdenes del plan); «atrasada»: si sigue
    prevista o en curso después de su fin, hoy."""
    from ..dominio.unidades import atrasada
    from ..servicios.base import hoy

    return {"id": a["id"], "unidad_id": a["organo_id"], "titulo": a["titulo"], "desde": a["desde"],
            "hasta": a["hasta"], "estado": a["estado"], "responsable_id": a["responsable_id"],
            "responsable": a["responsable"], "responsable_pais": a["responsable_pais"], "resultado": a["resultado"],
            "informe": {"id": a["informe_id"], "nombre": a["informe_nombre"], "sha256": a["informe_sha256"]}
            if a["informe_id"] else None,
            "atrasada": atrasada(a["estado"], a["desde"], a["hasta"], hoy().isoformat())}


def fechas_de(a) -> str:
    return " – ".join(fecha_escrita(f) for f in (a["desde"], a["hasta"]) if f) or "sin fecha"


def _fecha(valor):
    from datetime import date

    return date.fromisoformat(valor) if valor else None


def orden_editar_actividad(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.plan_de_trabajo import actividad_de, editar_actividad
    from ..servicios.unidades import NuevaActividad

    contexto = contexto_de(args)
    actual = actividad_de(contexto, args.actividad)
    desde = None if args.sin_desde else args.desde if args.desde is not None else _fecha(actual["desde"])
    hasta = None if args.sin_hasta else args.hasta if args.hasta is not None else _fecha(actual["hasta"])
    responsable = None if args.sin_responsable else args.responsable if args.responsable is not None \
        else actual["responsable_id"]
    editar_actividad(contexto, args.actividad, NuevaActividad(
        titulo=args.titulo if args.titulo is not None else actual["titulo"], desde=desde, hasta=hasta,
        estado=actual["estado"], responsable_id=responsable,
        resultado=args.resultado if args.resultado is not None else actual["resultado"]), leida=actual)
    cambiada = actividad_de(contexto, args.actividad)
    if args.json:
        imprimir_json(actividad_json(cambiada) | {"unidad": cambiada["unidad"]})
        return
    responsable = f", responsable: {abreviar(cambiada['responsable'], 60)}" if cambiada["responsable"] else ""
    print(f"Actividad {args.actividad} corregida ({abreviar(cambiada['unidad'], 60)}): "
          f"{abreviar(cambiada['titulo'], 100)}, {fechas_de(cambiada)}{responsable}.")


def orden_estado_actividad(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.plan_de_trabajo import actividad_de, cambiar_estado

    contexto = contexto_de(args)
    anterior = cambiar_estado(contexto, args.actividad, args.estado, args.fecha)
    actividad = actividad_de(contexto, args.actividad)
    if args.json:
        imprimir_json(actividad_json(actividad) | {"unidad": actividad["unidad"], "estado_anterior": anterior})
        return
    print(f"Actividad {args.actividad} ({abreviar(actividad['titulo'], 80)}): "
          f"{ESTADOS_ACTIVIDAD[anterior].lower()} → {ESTADOS_ACTIVIDAD[actividad['estado']].lower()}"
          f" ({fechas_de(actividad)}).")


def orden_informe_actividad(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.plan_de_trabajo import (actividad_de, informes_de, leer_pdf_del_informe,
                                             registrar_informe)

    contexto = contexto_de(args)
    if args.resultado is not None or args.adjuntar is not None:
        pdf = leer_pdf_del_informe(args.adjuntar) if args.adjuntar is not None else None
        registrar_informe(contexto, args.actividad, args.resultado, pdf=pdf,
                          cambiar_resultado=args.resultado is not None)
    actividad = actividad_de(contexto, args.actividad)
    informes = informes_de(contexto, args.actividad)
    if args.json:
        imprimir_json(actividad_json(actividad) | {"unidad": actividad["unidad"], "informes": [
            {"id": i["id"], "nombre": i["nombre"], "sha256": i["sha256"], "adjuntado_en": i["adjuntado_en"],
             "bytes": i["bytes"]} for i in informes]})
        return
    print(f"Actividad {args.actividad}: {abreviar(actividad['titulo'], 100)} "
          f"({ESTADOS_ACTIVIDAD[actividad['estado']].lower()}, {fechas_de(actividad)})")
    print(f"Resultado: {abreviar(actividad['resultado'], 2000) if actividad['resultado'] else '(sin resultado)'}")
    if not informes:
        print("Sin informe en PDF adjunto.")
    for numero, i in enumerate(informes, start=1):
        vigente = "vigente" if numero == len(informes) else "anterior"
        print(f"Informe {i['id']} ({vigente}): {abreviar(i['nombre'], 80)}, {i['bytes']} bytes, adjuntado el "
              f"{fecha_escrita(i['adjuntado_en'])}, SHA-256 {i['sha256']}")


def orden_pdf_informe(args) -> None:
    from ..servicios.plan_de_trabajo import guardar_copia_del_informe

    contexto = contexto_de(args)
    huella = guardar_copia_del_informe(contexto, args.actividad, args.archivo, informe_id=args.informe,
                                       reemplazar=args.reemplazar)
    print(f"Informe guardado en {args.archivo} (SHA-256 {huella}, el que se anotó al adjuntarlo).")


def orden_atrasadas(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.plan_de_trabajo import actividades_atrasadas

    contexto = contexto_de(args)
    lista = actividades_atrasadas(contexto, args.al)
    if args.json:
        imprimir_json([actividad_json(a) | {"unidad": a["unidad"]} for a in lista])
        return
    for a in lista:
        responsable = f"  responsable: {abreviar(a['responsable'], 40)}" if a["responsable"] else ""
        print(f"{a['id']:>6}  {abreviar(a['unidad'], 30):<30} {abreviar(a['titulo'], 50):<50} {fechas_de(a):<23} "
              f"{ESTADOS_ACTIVIDAD[a['estado']]}{responsable}")
    al = f" al {fecha_escrita(args.al.isoformat())}" if args.al else ""
    print(f"{len(lista)} actividad{'' if len(lista) == 1 else 'es'} atrasada{'' if len(lista) == 1 else 's'}{al}.")
