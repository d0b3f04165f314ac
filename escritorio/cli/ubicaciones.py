"""El lugar de cada miembro en el mapa por la línea de órdenes, como en la ventana: verlo, fijarlo, corregirlo o
quitarlo («miembros ubicacion», la ubicación de la ficha), ubicar de una vez con el nomenclátor a los que no tienen
(«miembros ubicar», el botón de Inicio) y lo que el nomenclátor propone al agregar un miembro («miembros agregar
--nomenclator»). Llaman a los mismos servicios que la ventana (servicios.ubicaciones, servicios.nomenclator); nada
del nomenclátor se guarda sin pedirlo."""

from ..dominio import formato
from ..dominio.nomenclator import Lugar, describir
from ..errores import ErrorEscritorio
from .argumentos import identificador
from .comun import con_json, contexto_de, imprimir_json

EJEMPLOS_SIN_UBICAR = 10   # los que lista «miembros ubicar» por su nombre


def agregar_ubicaciones(sub) -> list:
    """«miembros ubicacion|ubicar»; devuelve los parsers (para --asociacion)."""
    ubicacion = sub.add_parser(
        "ubicacion", help="muestra, fija, corrige o quita el lugar de un miembro en el mapa",
        description="El lugar del miembro en el mapa de la red (Inicio y el sitio publicado), como «Ubicación en el "
                    "mapa» en su ficha. Sin opciones, lo muestra (y lo que propone el nomenclátor si no tiene). Con "
                    "--latitud y --longitud lo fija o lo corrige; con --nomenclator usa la ciudad que propone el "
                    "nomenclátor (GeoNames) para su nombre y su país; con --quitar lo saca del mapa.",
        epilog="Ejemplos:\n  escritorio miembros ubicacion 12 --latitud -32,95 --longitud -60,64 --fuente IGN\n"
               "  escritorio miembros ubicacion 12 --latitud \"32,95 S\" --longitud \"60,64 O\"\n"
               "  escritorio miembros ubicacion 12 --nomenclator")
    ubicacion.add_argument("miembro", type=identificador, metavar="ID")
    ubicacion.add_argument("--latitud", metavar="GRADOS",
                           help="grados decimales; negativos al sur del ecuador (o con S: «34,61 S»)")
    ubicacion.add_argument("--longitud", metavar="GRADOS",
                           help="grados decimales; negativos al oeste de Greenwich (o con O: «58,38 O»)")
    ubicacion.add_argument("--fuente", metavar="TEXTO", help="de dónde sale (por omisión, «Secretaría»)")
    otra = ubicacion.add_mutually_exclusive_group()
    otra.add_argument("--nomenclator", action="store_true",
                      help="usa la ubicación que propone el nomenclátor para la ciudad del miembro")
    otra.add_argument("--quitar", action="store_true", help="saca al miembro del mapa")
    con_json(ubicacion)
    ubicacion.set_defaults(funcion=orden_ubicacion, analizador=ubicacion)

    ubicar = sub.add_parser(
        "ubicar", help="ubica con el nomenclátor a los miembros que no tienen lugar en el mapa",
        description="Propone la ubicación de cada miembro que no la tiene con la ciudad del nomenclátor (GeoNames, "
                    "CC BY 4.0) de su nombre y su país (si hay varias, la de su región o la más poblada: se dice "
                    "cuántas más hay, para revisarlas) y la guarda, toda en una operación, con la fuente «GeoNames "
                    "(geonames.org)», como «Ubicar con el nomenclátor…» en Inicio. Los que ya tienen ubicación no se "
                    "tocan.",
        epilog="Ejemplos:\n  escritorio miembros ubicar --simular     (solo muestra lo que haría)\n"
               "  escritorio miembros ubicar")
    ubicar.add_argument("--simular", action="store_true", help="muestra lo que haría, sin guardar nada")
    con_json(ubicar)
    ubicar.set_defaults(funcion=orden_ubicar)
    return [ubicacion, ubicar]


def _en_palabras(ubicacion: dict) -> str:
    from ..documentos.visible import abreviar

    return (f"{formato.coordenadas(ubicacion['latitud'], ubicacion['longitud'])} ({ubicacion['latitud']}, "
            f"{ubicacion['longitud']}), fuente: {abreviar(ubicacion['fuente'] or '—', 120)}")


def texto_de_la_propuesta(lugar: Lugar, otras: int) -> str:
    """«El nomenclátor (GeoNames) propone para «Rosario»: Santa Fe · 1.173.533 hab. (…) · 32,95° S, 60,64° O.»"""
    texto = f"El nomenclátor propone para «{lugar.nombre}»: {describir(lugar)}."
    if otras:
        texto += (f" Hay {formato.numero(otras)} {'ciudad más' if otras == 1 else 'ciudades más'} con ese nombre en el "
                  "país: se propone la de la región del miembro, si una lo es, o la más poblada.")
    return texto


def orden_ubicacion(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.miembros import exigir_miembro_de_la_asociacion, miembro_vigente
    from ..servicios.nomenclator import proponer
    from ..servicios.ubicaciones import FUENTE_A_MANO, fijar_ubicacion, quitar_ubicacion, ubicacion_de

    if (args.latitud is None) != (args.longitud is None):
        args.analizador.error("--latitud y --longitud van juntas: la ubicación necesita las dos")
    if args.latitud is not None and (args.nomenclator or args.quitar):
        args.analizador.error("--latitud y --longitud no van con --nomenclator ni con --quitar")
    if args.fuente is not None and args.latitud is None:
        args.analizador.error("--fuente va con --latitud y --longitud (la fuente de esas coordenadas)")
    contexto = contexto_de(args)
    exigir_miembro_de_la_asociacion(contexto, args.miembro)
    miembro = miembro_vigente(contexto, args.miembro)
    nombre = f"{abreviar(miembro['nombre'], 80)} ({miembro['pais']})"
    hecho = None
    if args.quitar:
        hecho = "quitada" if quitar_ubicacion(contexto, args.miembro) else "no tenía"
    elif args.nomenclator:
        propuesta = proponer(miembro["nombre"], miembro["pais"], miembro.get("region"))
        if propuesta is None:
            raise ErrorEscritorio(f"El nomenclátor no tiene una ciudad «{abreviar(miembro['nombre'], 80)}» en "
                                  f"{miembro['pais_nombre']}: no se cambió nada. Escriba la ubicación con --latitud y "
                                  "--longitud (por ejemplo, de un mapa en línea).")
        lugar = propuesta[0]
        fijar_ubicacion(contexto, args.miembro, lugar.latitud, lugar.longitud, lugar.fuente)
        hecho = "fijada"
    elif args.latitud is not None:
        fijar_ubicacion(contexto, args.miembro, args.latitud, args.longitud,
                        FUENTE_A_MANO if args.fuente is None else args.fuente)
        hecho = "fijada"
    ubicacion = ubicacion_de(contexto, args.miembro)
    if args.json:
        imprimir_json({"miembro_id": args.miembro, "ubicacion": ubicacion})
        return
    if hecho == "quitada":
        print(f"{nombre} salió del mapa.")
    elif hecho == "no tenía":
        print(f"{nombre} no tenía ubicación: no se cambió nada.")
    elif ubicacion is None:
        print(f"{nombre} no tiene ubicación en el mapa.")
        propuesta = proponer(miembro["nombre"], miembro["pais"], miembro.get("region"))
        if propuesta is not None:
            print(texto_de_la_propuesta(*propuesta) + f" Para usarla: escritorio miembros ubicacion {args.miembro} "
                                                      "--nomenclator")
    else:
        print(f"{nombre}{' quedó' if hecho else ' está'} en {_en_palabras(ubicacion)}.")


def orden_ubicar(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.ubicaciones import ubicar_con_el_nomenclator

    plan = ubicar_con_el_nomenclator(contexto_de(args), simular=args.simular)
    if args.json:
        imprimir_json({
            "guardado": plan.escrito, "ya_ubicados": plan.ya_ubicados,
            "ubicados": [{"miembro_id": m["id"], "nombre": m["nombre"], "ciudad": lugar.nombre,
                          "region": lugar.region, "latitud": lugar.latitud, "longitud": lugar.longitud,
                          "otras_con_el_mismo_nombre": plan.con_otras_posibles.get(m["id"], 0)}
                         for m, lugar in plan.ubicados],
            "sin_coincidencia": [{"miembro_id": m["id"], "nombre": m["nombre"]} for m in plan.sin_coincidencia]})
        return
    if not plan.ubicados and not plan.sin_coincidencia:
        print(f"Todos los miembros tienen ubicación ({formato.numero(plan.ya_ubicados)}): no hay nada que ubicar.")
        return
    if plan.ubicados:
        cuantos = len(plan.ubicados)
        que = ("Se ubicaría" if cuantos == 1 else "Se ubicarían") if args.simular else (
            "Ubicado" if cuantos == 1 else "Ubicados")
        print(f"{que} {formato.numero(cuantos)} {'miembro' if cuantos == 1 else 'miembros'} con las ciudades de "
              "GeoNames (geonames.org, CC BY 4.0):")
        for m, lugar in plan.ubicados:
            otras = plan.con_otras_posibles.get(m["id"], 0)
            print(f"  {m['id']:>6}  {abreviar(m['nombre'], 40)} → {abreviar(lugar.nombre, 40)}, "
                  f"{abreviar(lugar.region or lugar.pais, 40)} ({formato.coordenadas(lugar.latitud, lugar.longitud)})"
                  + (f"  [hay {formato.numero(otras)} más con ese nombre: revísela]" if otras else ""))
    if plan.sin_coincidencia:
        nombres = ", ".join(f"{abreviar(m['nombre'], 40)} ({m['id']})"
                            for m in plan.sin_coincidencia[:EJEMPLOS_SIN_UBICAR])
        resto = len(plan.sin_coincidencia) - EJEMPLOS_SIN_UBICAR
        quedan = "queda" if len(plan.sin_coincidencia) == 1 else "quedan"
        print(f"Sin ciudad en el nomenclátor, {quedan} sin ubicar {formato.numero(len(plan.sin_coincidencia))}: "
              f"{nombres}{f' y {formato.numero(resto)} más' if resto > 0 else ''}. Ubíquelos con «escritorio "
              "miembros ubicacion ID --latitud … --longitud …».")
    if args.simular:
        print("Simulación: no se guardó nada.")
