"""Las fuentes de la agenda que salen de los órganos: las sesiones que corresponden por la frecuencia de cada órgano
(y hasta cuándo convocarlas; un órgano disuelto ya no tiene), las sesiones convocadas, las actas que faltan aprobar
o firmar, los mandatos y el período de la Secretaría Ejecutiva que terminan (no los que termina una disolución), y
las elecciones que faltan cerrar o confirmar.

Cada fuente es una función `(contexto, hoy, dias) -> list[Paso]` registrada en `servicios.agenda.FUENTES`.
"""

from collections import defaultdict
from datetime import date, timedelta

from ..datos import agenda as tabla_agenda
from ..datos import organos as tabla_organos
from ..dominio import formato
from ..dominio.agenda import Accion, Paso, convocar_a_mas_tardar, limite_de_la_sesion
from ..dominio.organos import CARGOS, nombre_del_cargo
from ..dominio.traduccion import traducir
from ..dominio.vida_de_los_organos import disuelto_al
from .contexto import Contexto
from .organos import secretaria_ejecutiva, troika_al
from .periodos import Vencimiento, vencimientos
from .rotacion import comision_directiva, orden_de_sucesion

_UN_DIA = timedelta(days=1)


def _dia(texto: str) -> date:
    return date.fromisoformat(texto[:10])


def _cada(meses: int) -> str:
    return (traducir("cada mes") if meses == 1 else traducir("cada año") if meses == 12
            else traducir("cada {0} meses").format(meses))


def _dias(cantidad: int) -> str:
    return traducir("1 día") if cantidad == 1 else traducir("{0} días").format(formato.numero(cantidad))


def _sesion(organo: str, sesion: dict) -> str:
    """«Consejo, sesión n.º 62 del 15/09/2026»."""
    return traducir("{0}, sesión n.º {1} del {2}").format(organo, sesion["numero"], formato.fecha(sesion["fecha"]))


def _ultimas_ordinarias(sesiones: list[dict], hoy: date) -> dict[int, date]:
    """organo_id -> el día de su última sesión ordinaria celebrada hasta hoy (una extraordinaria no cuenta para la
    frecuencia, como en `servicios.organos.aviso_de_sesion_atrasada`)."""
    ultimas: dict[int, date] = {}
    for s in sesiones:
        if s["estado"] == "celebrada" and s["tipo"] == "ordinaria" and _dia(s["fecha"]) <= hoy:
            ultimas[s["organo_id"]] = max(ultimas.get(s["organo_id"], date.min), _dia(s["fecha"]))
    return ultimas


def _limites(organos: list[dict], sesiones: list[dict], hoy: date) -> dict[int, date]:
    """organo_id -> hasta cuándo puede celebrarse su próxima sesión ordinaria (solo los que tienen frecuencia y ya
    sesionaron)."""
    ultimas = _ultimas_ordinarias(sesiones, hoy)
    limites = {}
    for organo in organos:
        limite = limite_de_la_sesion(ultimas.get(organo["id"]), organo["frecuencia_meses"])
        if limite is not None and not _sin_proxima_sesion(organo, limite, hoy):
            limites[organo["id"]] = limite
    return limites


def _sin_proxima_sesion(organo: dict, limite: date, hoy: date) -> bool:
    """Un órgano ya disuelto, o que se disuelve antes de que venza el plazo de su próxima sesión, no la tiene
    (dominio.vida_de_los_organos)."""
    return disuelto_al(organo, hoy) or bool(organo.get("disuelto_el") and limite.isoformat() > organo["disuelto_el"])


# --- sesiones ----------------------------------------------------------------------------------------------------

def pasos_de_sesiones(contexto: Contexto, hoy: date, dias: int) -> list[Paso]:
    """Por cada órgano con frecuencia: la próxima sesión ordinaria, hasta cuándo celebrarla y hasta cuándo
    convocarla con la anticipación que pide (o que ya está atrasada), si no hay una convocada. Y cada sesión
    convocada: la que viene (con su convocatoria sin mandar por correo, si la asociación tiene cuenta) y la que pasó
    sin registrarse celebrada o suspendida."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    organos = tabla_organos.organos(db, asociacion_id)
    sesiones = tabla_agenda.sesiones(db, asociacion_id)
    ultimas = _ultimas_ordinarias(sesiones, hoy)
    con_correo = tabla_agenda.tiene_cuenta_de_correo(db, asociacion_id)
    enviadas = tabla_agenda.sesiones_con_convocatoria_por_correo(db, asociacion_id) if con_correo else set()
    pasos = []
    por_organo = defaultdict(list)
    for s in sesiones:
        por_organo[s["organo_id"]].append(s)
    for organo in organos:
        propias = por_organo[organo["id"]]
        for sesion in propias:
            if sesion["estado"] == "convocada":
                pasos.append(_convocada(organo, sesion, hoy, con_correo and sesion["id"] not in enviadas))
        ultima = ultimas.get(organo["id"])
        limite = limite_de_la_sesion(ultima, organo["frecuencia_meses"])
        if limite is None:
            continue   # sin frecuencia (o sin ninguna sesión ordinaria todavía) no hay plazo que cuidar
        if _sin_proxima_sesion(organo, limite, hoy):
            continue   # disuelto, o se disuelve antes del plazo: no hay próxima sesión que convocar
        if any(s["estado"] == "convocada" and s["tipo"] == "ordinaria" and _dia(s["fecha"]) > ultima for s in propias):
            continue   # la próxima ordinaria ya está convocada: su paso es el de la sesión convocada
        pasos.append(_por_convocar(organo, ultima, limite, hoy))
    return pasos


def _convocada(organo: dict, sesion: dict, hoy: date, sin_enviar: bool) -> Paso:
    dia = _dia(sesion["fecha"])
    if dia < hoy:
        return Paso("sesion", dia, traducir("{0}: sigue convocada; regístrela celebrada (con su asistencia) o "
                                            "suspendida.").format(_sesion(organo["nombre"], sesion)),
                    Accion("registrar_sesion", organo_id=organo["id"], organo=organo["nombre"], sesion_id=sesion["id"]))
    cuando = formato.fecha(dia) + (traducir(" a las {0}").format(sesion["hora"]) if sesion["hora"] else "")
    donde = traducir(" en {0}").format(sesion["lugar"]) if sesion["lugar"] else ""
    tipo = traducir("ordinaria") if sesion["tipo"] == "ordinaria" else traducir("extraordinaria")
    texto = traducir("{0}: sesión {1} n.º {2} el {3}{4}").format(organo["nombre"], tipo, sesion["numero"], cuando,
                                                                 donde)
    if sin_enviar:
        return Paso("sesion", dia, texto + traducir("; su convocatoria no se mandó por correo."),
                    Accion("enviar_convocatoria", organo_id=organo["id"], organo=organo["nombre"],
                           sesion_id=sesion["id"]))
    return Paso("sesion", dia, texto + ".", Accion("preparar_sesion", organo_id=organo["id"], organo=organo["nombre"],
                                                    sesion_id=sesion["id"]))


def _por_convocar(organo: dict, ultima: date, limite: date, hoy: date) -> Paso:
    """«Consejo: próxima sesión ordinaria hasta el 15/03/2027; convocarla a más tardar el 28/02/2027.»"""
    nombre, anticipacion = organo["nombre"], organo["anticipacion_dias"] or 0
    convocar_el = convocar_a_mas_tardar(limite, anticipacion)
    detalle = [traducir("{0}: se reúne {1}; la última sesión ordinaria fue el {2}.").format(
        organo["articulo"] or traducir("Su regla"), _cada(organo["frecuencia_meses"]), formato.fecha(ultima))]
    if anticipacion:
        detalle.append(traducir("{0}: se convoca con {1} de anticipación.").format(
            organo["articulo_convocatoria"] or traducir("Su regla"), _dias(anticipacion)))
    # La fecha que se sugiere al convocar: el plazo, o la primera que respeta la anticipación si ya no se llega.
    sugerida = max(limite, hoy + timedelta(days=anticipacion))
    accion = Accion("convocar", organo_id=organo["id"], organo=nombre, fecha=sugerida)
    if limite < hoy:
        texto = traducir("{0}: sesión ordinaria atrasada; correspondía hasta el {1}.").format(
            nombre, formato.fecha(limite))
        return Paso("sesion", limite, texto, accion, tuple(detalle))
    if anticipacion and convocar_el < hoy:
        texto = traducir("{0}: la sesión ordinaria que corresponde hasta el {1} debía convocarse a más tardar el "
                         "{2}.").format(nombre, formato.fecha(limite), formato.fecha(convocar_el))
        return Paso("sesion", convocar_el, texto, accion, tuple(detalle))
    if anticipacion:
        texto = traducir("{0}: próxima sesión ordinaria hasta el {1}; convocarla a más tardar el {2}.").format(
            nombre, formato.fecha(limite), formato.fecha(convocar_el))
    else:
        texto = traducir("{0}: próxima sesión ordinaria hasta el {1}.").format(nombre, formato.fecha(limite))
    return Paso("sesion", convocar_el, texto, accion, tuple(detalle))


# --- actas -------------------------------------------------------------------------------------------------------

def pasos_de_actas(contexto: Contexto, hoy: date, dias: int) -> list[Paso]:
    """Las sesiones celebradas cuya acta falta redactar o aprobar y, si la asociación firma sus actas (ya firmó
    alguna), las aprobadas sin firmar. El plazo: la sesión siguiente del órgano (la que ya pasó, la convocada o, si no
    hay, la que corresponde por su frecuencia); sin ninguna, no tiene plazo."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    organos = {o["id"]: o for o in tabla_organos.organos(db, asociacion_id)}
    sesiones = tabla_agenda.sesiones(db, asociacion_id)
    limites = _limites(list(organos.values()), sesiones, hoy)
    firma = tabla_agenda.hay_actas_firmadas(db, asociacion_id)
    por_organo = defaultdict(list)   # en el orden de la consulta: por fecha
    for s in sesiones:
        por_organo[s["organo_id"]].append(s)
    puntos = defaultdict(list)
    for punto in tabla_agenda.puntos_de_aprobacion(db, asociacion_id):
        puntos[punto["aprueba"]].append(punto)
    pasos = []
    for sesion in sesiones:
        if sesion["estado"] != "celebrada" or sesion["estado_acta"] == "firmada":
            continue
        if sesion["estado_acta"] == "aprobada" and not firma:
            continue
        organo = organos[sesion["organo_id"]]
        # La sesión siguiente del órgano: la que sigue a esta o, si el acta ya se aprobó, a la de su aprobación.
        if sesion["estado_acta"] == "aprobada":
            despues = lambda s: s["fecha"] > (sesion["aprobada_el"] or sesion["fecha"])  # noqa: E731
        else:
            despues = lambda s: (s["fecha"], s["id"]) > (sesion["fecha"], sesion["id"])  # noqa: E731
        siguiente = next((s for s in por_organo[sesion["organo_id"]] if s["estado"] != "suspendida" and despues(s)),
                         None)
        plazo = _dia(siguiente["fecha"]) if siguiente else limites.get(sesion["organo_id"])
        pasos.append(_paso_del_acta(organo, sesion, siguiente, plazo, puntos[sesion["id"]], hoy))
    return pasos


def _paso_del_acta(organo: dict, sesion: dict, siguiente: dict | None, plazo: date | None, puntos: list[dict],
                   hoy: date) -> Paso:
    cual = _sesion(organo["nombre"], sesion)
    base = dict(organo_id=organo["id"], organo=organo["nombre"], sesion_id=sesion["id"])
    if sesion["estado_acta"] == "aprobada":
        texto = traducir("{0}: el acta aprobada el {1} falta firmarla.").format(
            cual, formato.fecha(sesion["aprobada_el"]))
        return Paso("acta", plazo, texto, Accion("firmar_acta", **base))
    resuelto = next((p for p in puntos if p["resolucion_id"] is not None), None)
    if resuelto is not None:
        texto = traducir("{0}: su aprobación se votó en la sesión n.º {1} del {2}; registre el acta aprobada.").format(
            cual, resuelto["numero"], formato.fecha(resuelto["fecha"]))
        return Paso("acta", _dia(resuelto["fecha"]), texto, Accion(
            "aprobar_acta", otra_sesion_id=resuelto["sesion_id"], resolucion_id=resuelto["resolucion_id"], **base))
    if puntos:
        en = puntos[0]
        texto = traducir("{0}: el acta se aprueba en la sesión n.º {1} del {2}.").format(
            cual, en["numero"], formato.fecha(en["fecha"]))
        return Paso("acta", _dia(en["fecha"]), texto, Accion("aprobar_acta", otra_sesion_id=en["sesion_id"],
                                                                     punto_id=en["punto_id"], **base))
    if sesion["estado_acta"] is None:
        que, accion = traducir("falta redactar el acta"), Accion("redactar_acta", **base)
    else:
        que = traducir("el acta sigue en borrador")
        # La siguiente todavía admite el punto mientras su acta no se aprobó (sus actos ya pueden haberla dejado
        # «Celebrada»: issue 59).
        abierta = (siguiente["id"] if siguiente and siguiente.get("estado_acta") not in ("aprobada", "firmada")
                   else None)
        accion = Accion("aprobar_acta", otra_sesion_id=abierta, **base)
    if siguiente is None and organo.get("disuelto_el"):
        # Un órgano disuelto no tiene otra sesión: la aprueba quien decida la asociación (por ejemplo, el superior).
        cuando = traducir("el órgano se disolvió el {0}: no tiene otra sesión en la que aprobarla").format(
            formato.fecha(organo["disuelto_el"]))
    elif plazo is None:
        cuando = traducir("se aprueba en la próxima sesión del órgano")
    elif siguiente is not None:
        cuando = (traducir("debía aprobarse en la sesión siguiente, del {0}") if plazo < hoy
                  else traducir("se aprueba en la sesión siguiente, del {0}")).format(formato.fecha(plazo))
    else:   # el plazo es el de la frecuencia del órgano: su próxima sesión ordinaria
        cuando = (traducir("se aprueba en la próxima sesión, que correspondía hasta el {0}") if plazo < hoy
                  else traducir("se aprueba en la próxima sesión, hasta el {0}")).format(formato.fecha(plazo))
    return Paso("acta", plazo, traducir("{0}: {1}; {2}.").format(cual, que, cuando), accion)


# --- mandatos, Secretaría Ejecutiva y elecciones -----------------------------------------------------------------

def pasos_de_mandatos(contexto: Contexto, hoy: date, dias: int) -> list[Paso]:
    """Los mandatos que terminan dentro del horizonte (o cuyo período se cumplió sin traspaso), de
    `servicios.periodos.vencimientos`: el período de la Secretaría Ejecutiva, con su traspaso (que renueva también la
    Comisión Directiva de la troika); los demás, un paso por órgano y día (las unidades temáticas, uno para todas);
    los de un órgano con una elección pendiente que ya los renueva quedan en el paso de esa elección."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    organos = {o["id"]: o for o in tabla_organos.organos(db, asociacion_id)}
    se = secretaria_ejecutiva(contexto)
    cd = comision_directiva(contexto) if se is not None else None
    elegidos = defaultdict(list)   # organo_id -> desde qué día rige cada elección pendiente
    for eleccion in tabla_agenda.elecciones_sin_confirmar(db, asociacion_id):
        elegidos[eleccion["organo_id"]].append(eleccion["desde"])
    lista = vencimientos(contexto, dias, hoy)
    fines_de_la_se = {v["vence"] for v in lista if se is not None and v["organo_id"] == se["id"]}
    grupos: dict[tuple, list[Vencimiento]] = defaultdict(list)
    for v in lista:
        if cd is not None and v["organo_id"] == cd["id"] and v["vence"] in fines_de_la_se:
            continue   # el traspaso de la Secretaría Ejecutiva rehace la troika
        if any(desde > v["vence"] for desde in elegidos[v["organo_id"]]):
            continue   # una elección pendiente del órgano ya elige a quien sigue
        if se is not None and v["organo_id"] == se["id"]:
            clave = ("se", v["mandato_id"])
        elif organos[v["organo_id"]]["tipo"] == "unidad_tematica":
            clave = ("unidades", v["vence"])
        else:
            clave = ("organo", v["organo_id"], v["vence"])
        grupos[clave].append(v)
    pasos = []
    for clave, grupo in grupos.items():
        if clave[0] == "se":
            pasos.append(_periodo_de_la_se(contexto, se, grupo[0], cd is not None and grupo[0]["vence"] in fines_de_la_se))
        elif clave[0] == "unidades":
            pasos.append(_de_las_unidades(grupo))
        else:
            pasos.append(_del_organo(organos[clave[1]], grupo))
    return pasos


def _quien(v: Vencimiento) -> str:
    return v["miembro"] or v["persona"] or "—"


def _cita(v: Vencimiento) -> str:
    return f" ({v['articulo']})" if v["por_periodo"] and v["articulo"] else ""


def _periodo_de_la_se(contexto: Contexto, se: dict, v: Vencimiento, con_la_troika: bool) -> Paso:
    vence = date.fromisoformat(v["vence"])
    siguiente = troika_al(contexto, vence)[2]
    nombre = next((t["miembro"] for t in orden_de_sucesion(contexto) if t["miembro_id"] == siguiente), None)
    if v["dias"] < 0:
        texto = traducir("{0}: el período de {1} terminó el {2}{3} y falta el traspaso").format(
            se["nombre"], _quien(v), formato.fecha(vence), _cita(v))
    else:
        texto = traducir("{0}: el período de {1} termina el {2}{3}").format(
            se["nombre"], _quien(v), formato.fecha(vence), _cita(v))
    texto += (traducir("; le sigue {0} por el orden de sucesión.").format(nombre) if nombre else ".")
    detalle = (traducir("El traspaso renueva también la Comisión Directiva (anterior, actual y siguiente)."),) \
        if con_la_troika else ()
    return Paso("mandato", vence, texto, Accion("traspaso", organo_id=se["id"], organo=se["nombre"],
                                                fecha=vence + _UN_DIA), detalle)


def _nombres(grupo: list[Vencimiento], cuantos: int = 3) -> str:
    nombres = [_quien(v) for v in grupo]
    if len(nombres) <= cuantos:
        return ", ".join(nombres)
    return traducir("{0} y {1} más").format(", ".join(nombres[:cuantos]), formato.numero(len(nombres) - cuantos))


def _cargo_comun(grupo: list[Vencimiento]) -> str | None:
    cargos = {v["cargo"] for v in grupo}
    return cargos.pop() if len(cargos) == 1 else None


def _del_organo(organo: dict, grupo: list[Vencimiento]) -> Paso:
    vence = date.fromisoformat(grupo[0]["vence"])
    if len(grupo) == 1:
        v = grupo[0]
        texto = (traducir("{0}: el período de {1} ({2}) terminó el {3}{4} y sigue sin renovarse.") if v["dias"] < 0
                 else traducir("{0}: el mandato de {1} ({2}) vence el {3}{4}.")).format(
            organo["nombre"], _quien(v), nombre_del_cargo(v["cargo"], v["forma"]).lower(), formato.fecha(vence), _cita(v))
    else:
        texto = (traducir("{0}: {1} mandatos cumplieron su período el {2} y siguen sin renovarse ({3}).")
                 if grupo[0]["dias"] < 0 else traducir("{0}: vencen {1} mandatos el {2} ({3}).")).format(
            organo["nombre"], formato.numero(len(grupo)), formato.fecha(vence), _nombres(grupo))
    detalle = tuple(v["texto"] for v in grupo)
    return Paso("mandato", vence, texto, Accion("mandatos", organo_id=organo["id"], organo=organo["nombre"],
                                                fecha=vence + _UN_DIA, cargo=_cargo_comun(grupo)), detalle)


def _de_las_unidades(grupo: list[Vencimiento]) -> Paso:
    vence = date.fromisoformat(grupo[0]["vence"])
    unidades = sorted({v["organo"] for v in grupo})
    texto = traducir("Unidades temáticas: vencen {0} mandatos de {1} unidades el {2}.").format(
        formato.numero(len(grupo)), formato.numero(len(unidades)), formato.fecha(vence))
    if len(grupo) == 1:
        v = grupo[0]
        texto = traducir("{0}: el mandato de {1} ({2}) vence el {3}.").format(
            v["organo"], _quien(v), nombre_del_cargo(v["cargo"], v["forma"]).lower(), formato.fecha(vence))
    detalle = tuple(v["texto"] for v in grupo)
    return Paso("mandato", vence, texto, Accion("unidades", fecha=vence + _UN_DIA, cargo=_cargo_comun(grupo),
                                                organo_id=grupo[0]["organo_id"] if len(unidades) == 1 else None,
                                                organo=unidades[0] if len(unidades) == 1 else None), detalle)


def pasos_de_elecciones(contexto: Contexto, hoy: date, dias: int) -> list[Paso]:
    """Las elecciones que todavía no son mandatos: cerradas sin confirmar (hasta el día en que debía regir lo
    elegido) y, en una sesión ya celebrada, sin recuento cerrado. Las de una sesión que todavía no se celebró son
    parte del paso de esa sesión."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    pasos = []
    for e in tabla_agenda.elecciones_sin_confirmar(db, asociacion_id):
        cargo = traducir(CARGOS[e["cargo"]]).lower()
        cual = traducir("la elección de {0} de la sesión n.º {1} del {2}").format(
            cargo, e["numero"], formato.fecha(e["fecha"]))
        base = dict(organo_id=e["organo_id"], organo=e["organo"], sesion_id=e["sesion_id"], punto_id=e["punto_id"])
        if e["cerrada_en"]:
            texto = traducir("{0}: {1} está cerrada sin confirmar; confírmela para que rija desde el {2}.").format(
                e["organo"], cual, formato.fecha(e["desde"]))
            pasos.append(Paso("eleccion", _dia(e["desde"]), texto, Accion("confirmar_eleccion", **base)))
        elif e["estado"] == "celebrada":
            texto = traducir("{0}: {1} no tiene el recuento cerrado.").format(e["organo"], cual)
            pasos.append(Paso("eleccion", _dia(e["fecha"]), texto, Accion("cerrar_eleccion", **base)))
    return pasos
