"""Elecciones de cargos dentro de «sesiones»: «eleccion» (qué se elige en un punto de tipo Elección: órgano, cargo,
período, cuántos puestos), «candidatura» y «quitar-candidatura», «cerrar-eleccion» (el recuento, por totales o
nominal) y «segunda-vuelta». Llaman a los mismos servicios que el panel de elección de la ventana
(`servicios/elecciones.py`): las reglas (quórum, votos de más, pluralidad con cupos por país, acta aprobada) viven
allí. La confirmación («confirmar-eleccion») y la lista («elecciones») están en sesiones.py."""

import argparse

from ..dominio.boletas import BOLETAS_SIN_MARCAS, FORMAS_DE_BOLETA
from ..dominio.organos import CARGOS, FORMAS
from ..dominio.sesiones import METODOS
from .argumentos import cantidad, fecha, identificador, opciones_de_voto
from .argumentos import punto as un_punto
from ..dominio.referencias import AYUDA_PUNTO
from .comun import oficina_de, con_json, imprimir_json

EJEMPLO_ELECCION = """\
una elección de 11 puestos del Consejo, de punta a punta (PUNTO es SESION:N, «5:1» el punto 1 de la sesión 5):
  escritorio sesiones punto 5 --titulo "Elección del Consejo" --tipo eleccion --decision eleccion
  escritorio sesiones eleccion 5:1 --organo Consejo --cargo titular --desde 2026-12-01 --hasta 2028-11-30 \\
                                   --puestos 11 --metodo secreta
  escritorio sesiones candidatura 5:1 --miembro 12 --persona "Ana Pérez"      (una por candidatura)
  escritorio sesiones cerrar-eleccion 5:1 --votos 1:40,2:35,3:33 --blancos 2 --nulos 1
  escritorio sesiones segunda-vuelta 5:1       (si un empate dejó puestos sin decidir)
  escritorio sesiones confirmar-eleccion 5:1   (registra los mandatos de todas las electas)

boletas de varios nombres (cada boleta marca hasta 2 candidaturas; 10 boletas):
  escritorio sesiones eleccion 5:1 --organo Consejo --cargo titular --desde 2026-12-01 --puestos 2 --marcas-max 2
  escritorio sesiones cerrar-eleccion 5:1 --votos 1:8,2:7,3:5 --boletas 10
  escritorio sesiones cerrar-eleccion 5:1 --boleta 1,2 --boleta 1,3 --boleta blanco …   (o boleta por boleta)
"""


def _voto_de_candidatura(texto: str) -> tuple[int, int]:
    """«12:40» -> (12, 40): la candidatura 12 obtuvo 40 votos."""
    candidatura, separador, votos = texto.partition(":")
    if not separador:
        raise argparse.ArgumentTypeError("escriba CANDIDATURA:VOTOS, por ejemplo 12:40 (la candidatura 12 obtuvo "
                                         "40 votos)")
    return identificador(candidatura.strip()), cantidad(votos.strip())


def votos_por_candidatura(texto: str) -> list[tuple[int, int]]:
    """«12:40,13:35» -> [(12, 40), (13, 35)]."""
    partes = [p.strip() for p in texto.split(",")]
    if not texto.strip() or any(not p for p in partes):
        raise argparse.ArgumentTypeError("escriba CANDIDATURA:VOTOS separados por comas, por ejemplo 12:40,13:35")
    return [_voto_de_candidatura(p) for p in partes]


def _voto_nominal(texto: str) -> tuple[int, int | str]:
    """«20:12» -> (20, 12): el miembro 20 vota a la candidatura 12; «20:blanco», «20:abstencion»."""
    miembro, separador, voto = texto.partition(":")
    voto = voto.strip().lower()
    if not separador or not voto:
        raise argparse.ArgumentTypeError("escriba MIEMBRO:CANDIDATURA, MIEMBRO:blanco o MIEMBRO:abstencion, por "
                                         "ejemplo 20:12")
    if voto in ("blanco", "abstencion"):
        return identificador(miembro.strip()), voto
    return identificador(miembro.strip()), identificador(voto)


def votos_nominales(texto: str) -> list[tuple[int, int | str]]:
    """«20:12,21:blanco» -> [(20, 12), (21, "blanco")]."""
    partes = [p.strip() for p in texto.split(",")]
    if not texto.strip() or any(not p for p in partes):
        raise argparse.ArgumentTypeError("escriba MIEMBRO:CANDIDATURA separados por comas, por ejemplo "
                                         "20:12,21:blanco,22:abstencion")
    return [_voto_nominal(p) for p in partes]


def boleta_escrita(texto: str) -> list[int] | str:
    """«12,13» -> [12, 13] (las candidaturas que marca la boleta); «blanco», «nulo», «no», «abstencion»."""
    palabra = texto.strip().lower()
    if palabra in BOLETAS_SIN_MARCAS:
        return palabra
    partes = [p.strip() for p in texto.split(",")]
    if not texto.strip() or any(not p for p in partes):
        raise argparse.ArgumentTypeError("escriba las candidaturas que marca la boleta separadas por comas (por "
                                         "ejemplo 12,13), o blanco, nulo, no (No a todas) o abstencion")
    return [identificador(p) for p in partes]


def agregar_ordenes_de_elecciones(sub) -> list:
    """Las acciones de una elección, en el orden de la ayuda; devuelve sus analizadores (para --asociacion)."""
    eleccion = con_json(sub.add_parser(
        "eleccion", help="define qué se elige en un punto de tipo Elección (órgano, cargo, período, puestos)",
        description="Define (o cambia, mientras no se cierre) qué cargo de qué órgano se elige en un punto de tipo "
                    "Elección, por qué período y cuántos puestos. Con --puestos N (más de uno) se eligen N a la vez "
                    "por pluralidad: las N más votadas, saltando a las de un país cuyo cupo de la regla de "
                    "composición del órgano ya está lleno.",
        epilog=EJEMPLO_ELECCION, formatter_class=argparse.RawDescriptionHelpFormatter))
    eleccion.add_argument("punto", type=un_punto, metavar="PUNTO", help=AYUDA_PUNTO)
    eleccion.add_argument("--organo", required=True, metavar="ORGANO",
                          help="id del órgano o su nombre exacto («organos listar»)")
    eleccion.add_argument("--cargo", required=True, metavar="CARGO", help=", ".join(CARGOS))
    eleccion.add_argument("--desde", type=fecha, required=True, metavar="AAAA-MM-DD", help="inicio del mandato")
    eleccion.add_argument("--hasta", type=fecha, metavar="AAAA-MM-DD", help="fin del mandato (sin él, sin fecha de fin)")
    eleccion.add_argument("--puestos", type=identificador, default=1, metavar="N",
                          help="cuántos puestos se eligen en la misma votación (por defecto, 1)")
    opciones_de_voto(eleccion, "el cargo no tiene derecho a voto en el órgano",
                     "el cargo tiene derecho a voto en el órgano")
    eleccion.add_argument("--metodo", metavar="METODO",
                          help=f"cómo se votará: {', '.join(METODOS)} (por defecto, secreta; se puede cambiar al cerrar "
                               "con --nominal)")
    eleccion.add_argument("--forma-de-boleta", choices=tuple(FORMAS_DE_BOLETA), metavar="FORMA",
                          help="una (un voto por votante, por defecto) o marcas (cada boleta marca varias "
                               "candidaturas; el máximo por defecto son los puestos)")
    eleccion.add_argument("--marcas-max", type=identificador, metavar="N",
                          help="boletas de varias marcas: cuántas candidaturas marca como máximo cada boleta")
    eleccion.add_argument("--marcas-min", type=identificador, metavar="N",
                          help="boletas de varias marcas: cuántas como mínimo (por defecto, 1; sin marcas es en "
                               "blanco)")
    eleccion.set_defaults(funcion=orden_eleccion)

    candidatura = con_json(sub.add_parser(
        "candidatura", help="agrega una candidatura a una elección",
        description="Agrega una candidatura: un miembro (la ciudad), la persona que lo encabeza, o ambos.",
        epilog='Ejemplo: escritorio sesiones candidatura 16 --miembro 12 --persona "Ana Pérez"'))
    candidatura.add_argument("punto", type=un_punto, metavar="PUNTO", help=AYUDA_PUNTO)
    candidatura.add_argument("--miembro", type=identificador, metavar="ID", help="id del miembro que se postula")
    candidatura.add_argument("--persona", metavar="NOMBRE", help="la persona candidata (o la que encabeza al miembro)")
    candidatura.add_argument("--forma", choices=tuple(FORMAS), default="masculina", metavar="FORMA",
                             help="cómo se nombrará a quien ejerza el cargo si resulta electa: masculina "
                                  "(«Presidente», por omisión) o femenina («Presidenta»); el mandato la hereda")
    candidatura.set_defaults(funcion=orden_candidatura, analizador=candidatura)

    quitar = con_json(sub.add_parser(
        "quitar-candidatura", help="retira una candidatura antes de cerrar la elección",
        description="Retira una candidatura (por ejemplo, si declina) mientras la elección está abierta."))
    quitar.add_argument("candidatura", type=identificador, metavar="CANDIDATURA",
                        help="id de la candidatura («sesiones elecciones SESION --json»)")
    quitar.set_defaults(funcion=orden_quitar_candidatura)

    cerrar = con_json(sub.add_parser(
        "cerrar-eleccion", help="registra el recuento de una elección y la cierra",
        description="Cierra la elección con su recuento: los votos de cada candidatura (--votos) o el voto de cada "
                    "miembro (--nominal). Se calcula el resultado (con varios puestos, por pluralidad y cupos por "
                    "país) y se guarda quién podía votar. Sin quórum, con más votos que presentes o con votos para "
                    "candidaturas ajenas, no se cierra (sale con 1). La elección cerrada no se repite.",
        epilog="Ejemplos:\n  escritorio sesiones cerrar-eleccion 16 --votos 1:40,2:35,3:33 --blancos 2\n"
               "  escritorio sesiones cerrar-eleccion 16 --nominal 20:1,21:2,22:blanco,23:abstencion\n"
               "  escritorio sesiones cerrar-eleccion 16 --votos 1:8,2:7,3:5 --boletas 10   (varias marcas)\n"
               "  escritorio sesiones cerrar-eleccion 16 --boleta 1,2 --boleta 1,3 --boleta blanco   (una por una)",
        formatter_class=argparse.RawDescriptionHelpFormatter))
    cerrar.add_argument("punto", type=un_punto, metavar="PUNTO", help=AYUDA_PUNTO)
    cerrar.add_argument("--votos", type=votos_por_candidatura, action="append", default=[],
                        metavar="CANDIDATURA:N[,…]", help="votos de cada candidatura (alzada o secreta)")
    cerrar.add_argument("--boletas", type=cantidad, metavar="N",
                        help="boletas de varias marcas: cuántas se emitieron (con --votos, las marcas de cada "
                             "candidatura)")
    cerrar.add_argument("--boleta", type=boleta_escrita, action="append", metavar="CANDIDATURA[,…]|blanco|nulo|no|"
                                                                                   "abstencion",
                        help="boletas de varias marcas, una por una: las candidaturas que marca cada boleta (repítalo "
                             "por boleta)")
    cerrar.add_argument("--no-a-todas", type=cantidad, default=0, metavar="N",
                        help="boletas de varias marcas: cuántas dijeron «No a todas»")
    cerrar.add_argument("--blancos", type=cantidad, default=0, metavar="N")
    cerrar.add_argument("--nulos", type=cantidad, default=0, metavar="N")
    cerrar.add_argument("--abstenciones", type=cantidad, default=0, metavar="N")
    cerrar.add_argument("--nominal", type=votos_nominales, action="append", default=[],
                        metavar="MIEMBRO:CANDIDATURA|blanco|abstencion[,…]",
                        help="votación nominal: el voto de cada miembro")
    cerrar.add_argument("--mayoria", metavar="MAYORIA",
                        help="la de la regla de elecciones del órgano si no se indica; otra solo más exigente y con "
                             "--motivo (con varios puestos no hay mayoría: es la pluralidad)")
    cerrar.add_argument("--base", metavar="BASE", help="validos, emitidos, todos, presentes o con_derecho (por defecto, "
                                                       "la de la regla)")
    cerrar.add_argument("--motivo", metavar="TEXTO", help="por qué se elige con una mayoría más exigente que la de la "
                                                          "regla (queda en el acta)")
    cerrar.set_defaults(funcion=orden_cerrar_eleccion, analizador=cerrar)

    vuelta = con_json(sub.add_parser(
        "segunda-vuelta", help="agrega la segunda vuelta de una elección sin candidatura electa (o con un empate)",
        description="Agrega un subpunto «Segunda vuelta» con el mismo cargo y las candidaturas finalistas (en una "
                    "elección de varios puestos, solo por los puestos que el empate dejó sin decidir, entre las "
                    "empatadas). Dice cómo se nombra el punto de la segunda vuelta (SESION:N)."))
    vuelta.add_argument("punto", type=un_punto, metavar="PUNTO", help=AYUDA_PUNTO)
    vuelta.set_defaults(funcion=orden_segunda_vuelta)
    return [eleccion, candidatura, quitar, cerrar, vuelta]


def _json_eleccion(e) -> dict:
    return {"id": e.id, "punto": e.punto_id, "organo_id": e.organo_id, "organo": e.organo, "cargo": e.cargo,
            "con_voto": e.con_voto, "desde": e.desde, "hasta": e.hasta, "puestos": e.puestos, "estado": e.estado,
            "metodo": e.metodo, "mayoria": e.mayoria, "base": e.base, "blancos": e.blancos, "nulos": e.nulos,
            "abstenciones": e.abstenciones,
            "candidaturas": [{"id": c["id"], "nombre": c["nombre"], "miembro_id": c["miembro_id"],
                              "persona": c["persona"], "pais": c["pais"], "votos": c["votos"], "electa": c["electa"],
                              "finalista": bool(c["finalista"]), "mandato_id": c["mandato_id"]}
                             for c in e.candidaturas],
            "electas": [c["nombre"] for c in (e.electas or ([e.ganadora] if e.ganadora else []))],
            "puestos_segunda_vuelta": e.puestos_segunda_vuelta, "resultado": e.texto_resultado,
            "regla_mayoria": e.regla_mayoria, "motivo_mayoria": e.motivo_mayoria, "forma_de_boleta": e.boleta,
            "marcas_min": e.marcas_min, "marcas_max": e.marcas_max, "boletas": e.boletas, "no_a_todas": e.no_a_todas}


def _nombre(contexto, punto_id: int) -> str:
    """«3:2»: el punto como se lo nombra en las órdenes."""
    from ..servicios.referencias import nombre_del_punto

    return nombre_del_punto(contexto, punto_id)


def orden_eleccion(args) -> None:
    from ..servicios.elecciones import NuevaEleccion, definir_eleccion, obtener_eleccion
    from ..servicios.organos import elegir_organo

    oficina = oficina_de(args)
    contexto = oficina.contexto
    organo = elegir_organo(contexto, args.organo)
    # --marcas-max o --marcas-min ya dicen que cada boleta marca varias candidaturas.
    forma = args.forma_de_boleta or ("marcas" if args.marcas_max or args.marcas_min else "una")
    definir_eleccion(contexto, args.punto, NuevaEleccion(
        organo["id"], args.cargo, args.desde, args.hasta, args.con_voto, args.puestos, args.metodo, forma,
        args.marcas_min, args.marcas_max))
    e = obtener_eleccion(contexto, args.punto)
    if args.json:
        imprimir_json(_json_eleccion(e))
        return
    puestos = "1 puesto" if e.puestos == 1 else f"{e.puestos} puestos"
    print(f"Elección definida (punto {_nombre(contexto, args.punto)}): {e.descripcion}; {puestos}"
          f"{', por pluralidad' if e.pluralidad else ''}. {e.forma_de_boleta}.")


def orden_candidatura(args) -> None:
    from ..servicios.elecciones import agregar_candidatura, obtener_eleccion

    if args.miembro is None and args.persona is None:
        args.analizador.error("indique --miembro, --persona o ambos")
    oficina = oficina_de(args)
    contexto = oficina.contexto
    candidatura_id = agregar_candidatura(contexto, args.punto, args.miembro, args.persona, args.forma)
    c = next(c for c in obtener_eleccion(contexto, args.punto).candidaturas if c["id"] == candidatura_id)
    if args.json:
        imprimir_json({"id": candidatura_id, "punto": args.punto, "referencia": _nombre(contexto, args.punto),
                       "nombre": c["nombre"], "miembro_id": c["miembro_id"],
                       "persona": c["persona"], "pais": c["pais"], "forma": c["forma"]})
        return
    print(f"Candidatura {candidatura_id} agregada (punto {_nombre(contexto, args.punto)}): {c['nombre']}.")


def orden_quitar_candidatura(args) -> None:
    from ..servicios.elecciones import quitar_candidatura

    oficina = oficina_de(args)
    quitar_candidatura(oficina.contexto, args.candidatura)
    if args.json:
        imprimir_json({"candidatura": args.candidatura, "quitada": True})
        return
    print(f"Candidatura {args.candidatura} retirada.")


def _recuento(args):
    """El recuento de la orden; mezclar totales y votos nominales, o repetir un voto, es un error de uso."""
    from ..servicios.recuento_de_eleccion import Recuento

    votos: dict[int, int] = {}
    for lista in args.votos:
        for candidatura, n in lista:
            if candidatura in votos:
                args.analizador.error(f"la candidatura {candidatura} aparece dos veces en --votos; nómbrela una vez")
            votos[candidatura] = n
    nominales: dict[int, int | str] = {}
    for lista in args.nominal:
        for miembro, voto in lista:
            if miembro in nominales:
                args.analizador.error(f"el miembro {miembro} aparece dos veces en --nominal; nómbrelo una vez")
            nominales[miembro] = voto
    if args.boleta and (votos or nominales or args.boletas is not None):
        args.analizador.error("boleta por boleta (--boleta) el recuento sale de las boletas; quite --votos, --nominal "
                              "y --boletas")
    if nominales and (votos or args.blancos or args.nulos or args.abstenciones):
        args.analizador.error("en una votación nominal los votos salen de --nominal; quite --votos, --blancos, "
                              "--nulos y --abstenciones")
    # La mayoría y la base, si se piden, las juzga el servicio (solo una más exigente que la regla, con motivo).
    regla = {"mayoria": args.mayoria, "base": args.base, "motivo_mayoria": args.motivo}
    if nominales:
        return Recuento(metodo="nominal", nominales=nominales, **regla)
    return Recuento(votos=votos, blancos=args.blancos, nulos=args.nulos, abstenciones=args.abstenciones,
                    boletas=args.boletas, no_a_todas=args.no_a_todas, por_boleta=args.boleta, **regla)


def orden_cerrar_eleccion(args) -> None:
    from ..errores import ErrorEscritorio
    from ..servicios.actos_de_sesion import sesion_de_un_punto
    from ..servicios.elecciones import obtener_eleccion
    from ..servicios.recuento_de_eleccion import cerrar_eleccion
    from .actos_de_sesion import acto_de_la_sesion

    recuento = _recuento(args)
    oficina = oficina_de(args)
    contexto = oficina.contexto
    definida = obtener_eleccion(contexto, args.punto)
    if definida is None:
        raise ErrorEscritorio(f"El punto {_nombre(contexto, args.punto)} no tiene una elección definida: use «sesiones eleccion» primero.")
    if recuento.metodo != "nominal":
        if definida.metodo == "nominal" and definida.estado == "abierta":
            raise ErrorEscritorio("La elección se definió nominal: escriba el voto de cada miembro con --nominal "
                                  "MIEMBRO:CANDIDATURA,… (o redefínala con «sesiones eleccion … --metodo secreta»).")
        recuento.metodo = definida.metodo or "secreta"
    with acto_de_la_sesion(contexto, sesion_de_un_punto(contexto, args.punto), args.json):
        e = cerrar_eleccion(contexto, args.punto, recuento)
        if args.json:
            imprimir_json(_json_eleccion(e))
        else:
            print(f"Elección cerrada (punto {_nombre(contexto, args.punto)}). {e.texto_resultado}")


def orden_segunda_vuelta(args) -> None:
    from ..servicios.elecciones import obtener_eleccion, segunda_vuelta

    oficina = oficina_de(args)
    contexto = oficina.contexto
    nuevo = segunda_vuelta(contexto, args.punto)
    e = obtener_eleccion(contexto, nuevo)
    if args.json:
        imprimir_json(_json_eleccion(e))
        return
    nombres = ", ".join(c["nombre"] for c in e.candidaturas)
    puestos = "1 puesto" if e.puestos == 1 else f"{e.puestos} puestos"
    print(f"Segunda vuelta agregada (punto {_nombre(contexto, nuevo)}), por {puestos}, entre: {nombres}.")
