"""Asistencia, votación y resolución dentro de «sesiones»: «asistencia» (con poderes y representantes, y el
quórum que resulta), «votar» (a mano alzada con cifras o nominal) y «resolucion» (adopta la de un punto aprobado)."""

from ..documentos.visible import abreviar
from ..dominio.mayorias import BASES_MOCION, MAYORIAS
from ..dominio.sesiones import ASISTENCIA, METODOS, TIPOS_RESOLUCION
from .argumentos import cantidad, fecha, identificador, lista_de_ids, poder, representante
from .actos_de_sesion import acto_de_la_sesion
from .argumentos import punto as un_punto
from ..dominio.referencias import AYUDA_PUNTO
from .comun import oficina_de, con_json, imprimir_json


def agregar_asistencia(sub):
    asistencia = con_json(sub.add_parser(
        "asistencia", help="registra la asistencia y los poderes; sin opciones, la muestra con el quórum",
        description="Registra la asistencia de uno o varios integrantes en una sola transacción (todo o nada) y "
                    "muestra el quórum que resulta. Sin opciones, solo muestra la asistencia y el quórum.\n"
                    "Quien no se nombra queda como estaba. Un poder lo da un ausente (o excusado) a un presente.",
        epilog='Ejemplo: escritorio sesiones asistencia 4 --presentes 12,15,18 --ausentes 19 --poder 20:12 '
               '--representante "15:Ana Pérez:Secretaria de Cultura"'))
    asistencia.add_argument("sesion", type=identificador, metavar="SESION")
    for estado in ASISTENCIA:
        asistencia.add_argument(f"--{estado}s", type=lista_de_ids, action="append", default=[], metavar="IDS",
                                help=f"ids de los miembros {estado}s, separados por comas; admite tramos (1-40)")
    asistencia.add_argument("--poder", type=poder, action="append", default=[], metavar="DE:A",
                            help="el miembro DE (ausente, o excusado si está en --excusados) da su poder al miembro A; "
                                 "se puede repetir")
    asistencia.add_argument("--representante", type=representante, action="append", default=[],
                            metavar="ID:NOMBRE[:CARGO]",
                            help="quién representa a un miembro presente, y su cargo; se puede repetir")
    asistencia.add_argument("--decision", metavar="TIPO", default="ordinaria",
                            help="el quórum que se muestra: el de este tipo de decisión (por defecto, ordinaria)")
    asistencia.set_defaults(funcion=orden_asistencia, analizador=asistencia)
    return asistencia


def agregar_votacion(sub):
    votar = con_json(sub.add_parser(
        "votar", help="abre y cierra la votación de un punto con sus cifras (o nominal)",
        description="Registra la votación de un punto: se abre y se cierra con las cifras dadas, se calcula el "
                    "resultado y se guarda quién tenía derecho a votar. La mayoría y su base son, salvo "
                    "--mayoria/--base, las que la regla del órgano fija para el tipo de decisión del punto; "
                    "otra exige --motivo, que el acta imprime. La votación cerrada no se repite.",
        epilog="Ejemplos:\n  escritorio sesiones votar 7 --a-favor 11 --en-contra 3 --abstenciones 2\n"
               "  escritorio sesiones votar 7 --votan-a-favor 12,15 --votan-en-contra 18 --se-abstienen 20"))
    votar.add_argument("punto", type=un_punto, metavar="PUNTO", help=AYUDA_PUNTO)
    agregar_opciones_de_votacion(votar)
    votar.set_defaults(funcion=orden_votar, analizador=votar)

    resolucion = con_json(sub.add_parser(
        "resolucion", help="adopta la resolución de un punto aprobado",
        description="Adopta como resolución un punto aprobado; se numera por órgano, año y tipo («Resolución 3/2026»)."))
    resolucion.add_argument("punto", type=un_punto, metavar="PUNTO", help=AYUDA_PUNTO)
    resolucion.add_argument("--titulo", required=True, metavar="TEXTO")
    resolucion.add_argument("--texto", metavar="TEXTO", help="el texto resolutivo")
    resolucion.add_argument("--tipo", default="resolucion", metavar="TIPO",
                            help=f"{', '.join(TIPOS_RESOLUCION)} (por defecto, resolucion)")
    resolucion.add_argument("--admite", type=lista_de_ids, metavar="ID[,ID…]",
                            help="ciudades solicitantes que la resolución admite (solo un punto de admision aprobado; "
                                 "por defecto, las que nombra el punto; si se da, solo entre ellas)")
    resolucion.add_argument("--excluye", type=lista_de_ids, metavar="ID[,ID…]",
                            help="miembros que la resolución excluye: registra su baja y termina sus mandatos (solo un "
                                 "punto de exclusion aprobado; por defecto, los que nombra el punto; si se da, solo "
                                 "entre ellos)")
    resolucion.add_argument("--desde", type=fecha, metavar="AAAA-MM-DD",
                            help="desde cuándo rige la admisión o la exclusión (por defecto, el día siguiente a la "
                                 "sesión; nunca antes de la sesión)")
    resolucion.set_defaults(funcion=orden_resolucion)
    return votar, resolucion


def agregar_opciones_de_votacion(votar) -> None:
    """Las cifras, el voto nominal, la mayoría, la base y el motivo de una votación (también las de la sala:
    cli/votos_de_la_sala.py); `nueva_votacion_de` las lee."""
    votar.add_argument("--metodo", metavar="METODO", help=f"{', '.join(METODOS)} (por defecto, alzada; con "
                                                           "--votan-… es nominal)")
    votar.add_argument("--a-favor", type=cantidad, default=0, metavar="N")
    votar.add_argument("--en-contra", type=cantidad, default=0, metavar="N")
    votar.add_argument("--abstenciones", type=cantidad, default=0, metavar="N")
    votar.add_argument("--votan-a-favor", type=lista_de_ids, action="append", default=[], metavar="IDS",
                       help="votación nominal: ids de los miembros que votan a favor")
    votar.add_argument("--votan-en-contra", type=lista_de_ids, action="append", default=[], metavar="IDS")
    votar.add_argument("--se-abstienen", type=lista_de_ids, action="append", default=[], metavar="IDS")
    votar.add_argument("--mayoria", metavar="MAYORIA",
                       help=f"{', '.join(MAYORIAS)} (por defecto, la de la regla del tipo de decisión)")
    votar.add_argument("--base", metavar="BASE", help=f"{', '.join(BASES_MOCION)} (por defecto, la de la regla; la "
                                                       "mayoría simple no lleva base: son los votos emitidos)")
    votar.add_argument("--motivo", metavar="TEXTO",
                       help="por qué se vota con otra mayoría o base que la de la regla (en la reforma del estatuto, "
                            "la exclusión, la disolución y lo que el estatuto fija, solo una más exigente)")


def _marcas_de_asistencia(args) -> list:
    """Las marcas de la orden, una por miembro; un miembro nombrado en dos estados es un error de uso."""
    from ..dominio.sesiones import ASISTENCIA
    from ..servicios.sesiones.asistencia import MarcaAsistencia

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
    from ..servicios.sesiones.asistencia import registrar_asistencias

    from ..dominio.entrada import muestra
    from ..dominio.mayorias import TIPOS_DECISION
    from ..errores import ErrorEscritorio

    marcas = _marcas_de_asistencia(args)
    if args.decision not in TIPOS_DECISION:  # el servicio tomaría la ordinaria sin decirlo
        raise ErrorEscritorio(f"--decision: tipo de decisión «{muestra(args.decision)}» desconocido; use "
                              f"{', '.join(TIPOS_DECISION)}. No se registró nada.")
    oficina = oficina_de(args)
    contexto = oficina.contexto
    if not marcas:
        _mostrar_asistencia(args, contexto, marcas)
        return
    with acto_de_la_sesion(contexto, args.sesion, args.json):
        registrar_asistencias(contexto, args.sesion, marcas)
        _mostrar_asistencia(args, contexto, marcas)


def _mostrar_asistencia(args, contexto, marcas: list) -> None:
    from ..servicios.sesiones.asistencia import asistencia

    estado = asistencia(contexto, args.sesion, args.decision)
    nombres = {h.miembro_id: h.miembro for h in estado.habilitados}
    if args.json:
        imprimir_json({
            "sesion_id": args.sesion, "registradas": len(marcas), "quorum": _json_quorum(estado.quorum),
            "miembros": [{"miembro_id": h.miembro_id, "miembro": h.miembro, "pais": h.pais, "estado": h.estado,
                          "con_voto": h.con_voto, "motivo_sin_voto": h.motivo_sin_voto, "observador": h.observador,
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
    print(_linea_de_presentes(estado))


def _linea_de_presentes(estado) -> str:
    """«Presentes: 2 (y 1 observador, sin voto); poderes: 0. Con la presencia de …»."""
    presentes = sum(h.estado == "presente" for h in estado.habilitados if not h.observador)
    observadores = sum(h.estado == "presente" for h in estado.habilitados if h.observador)
    con_observadores = (f" (y {observadores} {'observador' if observadores == 1 else 'observadores'}, sin voto)"
                        if observadores else "")
    poderes = sum(h.poder_a is not None for h in estado.habilitados)
    return f"Presentes: {presentes}{con_observadores}; poderes: {poderes}. {estado.quorum.enunciado()}"


def orden_votar(args) -> None:
    from ..servicios.actos_de_sesion import sesion_de_un_punto

    nueva = nueva_votacion_de(args)
    oficina = oficina_de(args)
    with acto_de_la_sesion(oficina.contexto, sesion_de_un_punto(oficina.contexto, args.punto), args.json):
        _votar(args, oficina.contexto, nueva)


def nueva_votacion_de(args):
    """La NuevaVotacion de las opciones de `agregar_opciones_de_votacion`; un uso imposible es un error de uso."""
    from ..servicios.votaciones import NuevaVotacion

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
    return NuevaVotacion(**datos)


def _votar(args, contexto, nueva) -> None:
    from ..servicios.referencias import nombre_del_punto
    from ..servicios.resultados_en_su_idioma import texto_de_la_votacion
    from ..servicios.votaciones import votar

    votacion = votar(contexto, args.punto, nueva)
    if args.json:
        imprimir_json({"punto": args.punto, "referencia": nombre_del_punto(contexto, args.punto),
                       **{k: votacion.get(k) for k in (
            "id", "metodo", "mayoria", "base", "a_favor", "en_contra", "abstenciones", "presentes", "con_derecho",
            "regla_mayoria", "motivo_mayoria", "texto_resultado")}, "aprobada": bool(votacion["aprobada"])})
        return
    # El resultado, escrito con sus datos en el idioma de la línea de órdenes (guardado, en el de los documentos).
    print(f"Votación cerrada (punto {nombre_del_punto(contexto, args.punto)}). {texto_de_la_votacion(votacion)}")
    if votacion.get("motivo_mayoria"):
        print(f"Con otra mayoría que la de la regla: {votacion['motivo_mayoria']}")


def orden_resolucion(args) -> None:
    from ..servicios.actos_de_sesion import sesion_de_un_punto
    from ..servicios.efectos import PedidoDeEfectos
    from ..servicios.votaciones import adoptar_resolucion

    oficina = oficina_de(args)
    contexto = oficina.contexto

    pedido = PedidoDeEfectos(args.admite, args.excluye, args.desde)   # sin --admite ni --excluye: los de su punto
    with acto_de_la_sesion(contexto, sesion_de_un_punto(contexto, args.punto), args.json):
        adoptada = adoptar_resolucion(contexto, args.punto, args.tipo, args.titulo, args.texto, efectos=pedido)
        _mostrar_resolucion(args, contexto, adoptada)


def _mostrar_resolucion(args, contexto, adoptada) -> None:
    from ..dominio.sesiones import cita_resolucion
    from ..servicios.efectos import avisos_de_admision, efectos_de_la_resolucion
    from ..servicios.referencias import nombre_de_la_resolucion, nombre_del_punto
    from ..servicios.votaciones import listar_resoluciones

    r = next(r for r in listar_resoluciones(contexto) if r["id"] == adoptada["id"])
    cita = cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"])  # con su órgano: cada uno numera las suyas
    efectos = efectos_de_la_resolucion(contexto, r["id"])
    avisos = avisos_de_admision(contexto, r["id"])   # desde cuándo es miembro cada ciudad admitida
    if args.json:
        imprimir_json({"id": r["id"], "numeracion": r["numeracion"], "cita": cita, "organo": r["organo"],
                        "tipo": r["tipo"], "titulo": r["titulo"], "texto": r["texto"], "punto": args.punto,
                        "referencia": nombre_de_la_resolucion(contexto, r["id"]),
                        "referencia_del_punto": nombre_del_punto(contexto, args.punto),
                        "sesion_id": r["sesion_id"], "efectos": efectos, "avisos": avisos})
        return
    print(f"Adoptada la {abreviar(cita, 90)} ({abreviar(nombre_de_la_resolucion(contexto, r['id']), 60)} en las "
          f"órdenes): {abreviar(r['titulo'], 80)}.")
    for efecto in efectos:
        print(f"  - {abreviar(efecto['texto'], 300)}")
    for aviso in avisos:
        print(abreviar(aviso, 300))
