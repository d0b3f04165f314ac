"""Las fuentes de la agenda que salen de los órganos: las sesiones que corresponden por la frecuencia de cada órgano
(y hasta cuándo convocarlas; un órgano disuelto ya no tiene), las sesiones convocadas, las actas que faltan aprobar
o firmar, los mandatos y el período de la Secretaría Ejecutiva que terminan (no los que termina una disolución), y
las elecciones que faltan cerrar o confirmar.

Cada fuente es una función `(contexto, hoy, dias) -> list[Paso]` registrada en `servicios.agenda.FUENTES`.
"""

from collections import defaultdict
from datetime import date, timedelta

from ..datos import agenda as tabla_agenda
from ..datos import aprobacion_de_actas as tabla_aprobacion_de_actas
from ..datos import organos as tabla_organos
from ..datos.base_de_datos import BaseDeDatos
from ..dominio import formato
from ..dominio.agenda import Accion, Paso, convocar_a_mas_tardar, limite_de_la_sesion
from ..dominio.organos import CARGOS, CARGOS_QUE_EJERCEN, CARGOS_SIN_VOTO, nombre_del_cargo
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio.vida_de_los_organos import disuelto_al
from .contexto import Contexto
from .organos import secretaria_ejecutiva, troika_al
from .periodos import Vencimiento, vencimientos
from .rotacion import (FUERA_DE_SU_VIDA, SIN_SUCESOR, YA_REGISTRADO, Impedimento, Traspaso, comision_directiva,
                       impedimento_del_traspaso, orden_de_sucesion, preparar_traspaso)

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
                sin_enviar = con_correo and sesion["id"] not in enviadas and _dia(sesion["fecha"]) >= hoy
                pasos.append(_convocada(contexto, organo, sesion, hoy, sin_enviar))
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


def _convocada(contexto: Contexto, organo: dict, sesion: dict, hoy: date, sin_enviar: bool) -> Paso:
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
    preparar = Accion("preparar_sesion", organo_id=organo["id"], organo=organo["nombre"], sesion_id=sesion["id"])
    if sin_enviar:
        texto += traducir("; su convocatoria no se mandó por correo.")
        nadie = _nadie_la_recibe(contexto, sesion["id"])
        if nadie is not None:   # mandarla fallaría: el paso es la sesión, y el detalle dice qué falta
            return Paso("sesion", dia, texto, preparar, (nadie,))
        return Paso("sesion", dia, texto, Accion("enviar_convocatoria", organo_id=organo["id"], organo=organo["nombre"],
                                                 sesion_id=sesion["id"]))
    return Paso("sesion", dia, texto + ".", preparar)


def _nadie_la_recibe(contexto: Contexto, sesion_id: int) -> str | None:
    """Por qué la convocatoria por correo no llegaría a nadie (la regla del envío: `correo.exigir_destinatarios`), o
    None si alguien la recibe."""
    from ..errores import ErrorEscritorio
    from .correo import exigir_destinatarios, preparar_convocatoria

    try:
        exigir_destinatarios(preparar_convocatoria(contexto, sesion_id))
    except ErrorEscritorio as error:
        return error.mensaje
    return None


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
        pasos.append(_paso_del_acta(contexto, organo, sesion, siguiente, plazo, puntos[sesion["id"]], hoy))
    return pasos


def _paso_del_acta(contexto: Contexto, organo: dict, sesion: dict, siguiente: dict | None, plazo: date | None,
                   puntos: list[dict], hoy: date) -> Paso:
    """El paso de un acta que falta aprobar o firmar. Lo que propone es lo que se puede hacer ahora, con las reglas
    de la aprobación (servicios/aprobacion_de_actas.py) y de la votación: aprobarla si ya tiene su resolución y el
    borrador está completo (si no, completarlo); adoptar la resolución del punto ya votado; votar el punto si su
    sesión tiene quórum (si no, esa sesión); agregar el punto a la próxima sesión del órgano o, si no hay una,
    convocarla."""
    from .aprobacion_de_actas import SIN_RESOLUCION, SIN_VOTAR, como_aprobar_el_acta, motivos_para_no_aprobar
    from .votaciones import se_puede_votar

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
        accion = Accion("aprobar_acta", otra_sesion_id=resuelto["sesion_id"], resolucion_id=resuelto["resolucion_id"],
                        **base)
        faltan = motivos_para_no_aprobar(contexto, sesion["id"])   # el borrador incompleto: se completa antes
        if faltan:
            accion = Accion("redactar_acta", **base)
        return Paso("acta", _dia(resuelto["fecha"]), texto, accion, tuple(m["texto"] for m in faltan))
    if puntos:
        estados = {p["punto_id"]: p["estado"] for p in como_aprobar_el_acta(contexto, sesion["id"])["puntos"]}
        en = next((p for p in puntos if estados.get(p["punto_id"]) in (SIN_VOTAR, SIN_RESOLUCION)), None)
        if en is not None:
            en_la_otra = dict(otra_sesion_id=en["sesion_id"], punto_id=en["punto_id"], **base)
            if estados[en["punto_id"]] == SIN_RESOLUCION:
                texto = traducir("{0}: su aprobación se votó en la sesión n.º {1} del {2}; falta adoptar la resolución "
                                 "del punto.").format(cual, en["numero"], formato.fecha(en["fecha"]))
                return Paso("acta", _dia(en["fecha"]), texto, Accion("adoptar_resolucion", **en_la_otra))
            texto = traducir("{0}: el acta se aprueba en la sesión n.º {1} del {2}.").format(
                cual, en["numero"], formato.fecha(en["fecha"]))
            # Votar el punto necesita la asistencia de esa sesión con quórum: hasta entonces, el paso es esa sesión.
            accion = (Accion("aprobar_acta", **en_la_otra) if se_puede_votar(contexto, en["punto_id"])
                      else Accion("preparar_sesion", sesion_id=en["sesion_id"]))
            return Paso("acta", _dia(en["fecha"]), texto, accion)
    if sesion["estado_acta"] is None and not puntos:
        que, accion = traducir("falta redactar el acta"), Accion("redactar_acta", **base)
    else:   # un borrador, o un punto que se rechazó: el punto de aprobación, otra vez
        que = traducir("el acta sigue en borrador") if sesion["estado_acta"] else traducir("falta redactar el acta")
        # El punto va a la próxima sesión del órgano cuya acta no se aprobó (la regla de la aprobación; sus actos ya
        # pueden haberla dejado «Celebrada»: issue 59); sin una, se convoca (si el órgano sigue existiendo).
        proxima = tabla_aprobacion_de_actas.proxima_sesion_abierta(contexto.db, organo["id"], sesion["fecha"],
                                                                    sesion["id"])
        if proxima is not None:
            accion = Accion("aprobar_acta", otra_sesion_id=proxima, **base)
        elif organo.get("disuelto_el"):
            # Un órgano disuelto no se convoca: lo que se puede hacer es dejar el borrador completo para quien lo
            # apruebe (lo decide la asociación, por ejemplo su órgano superior).
            accion = Accion("redactar_acta", **base)
        else:
            sugerida = max(plazo or hoy, hoy + timedelta(days=organo["anticipacion_dias"] or 0))
            accion = Accion("convocar", organo_id=organo["id"], organo=organo["nombre"], fecha=sugerida)
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
    `servicios.periodos.vencimientos`: el período de quien ejerce la Secretaría Ejecutiva, con su traspaso (que renueva
    también la Comisión Directiva de la troika) o, si no hay a quién traspasarla, la designación de quien sigue (y nada
    si quien sigue ya está registrado); los demás, un paso por órgano y día (las unidades temáticas, uno para todas);
    los de un órgano con una elección pendiente que ya los renueva quedan en el paso de esa elección."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    organos = {o["id"]: o for o in tabla_organos.organos(db, asociacion_id)}
    se = secretaria_ejecutiva(contexto)
    cd = comision_directiva(contexto) if se is not None else None
    elegidos = defaultdict(list)   # organo_id -> desde qué día rige cada elección pendiente
    for eleccion in tabla_agenda.elecciones_sin_confirmar(db, asociacion_id):
        elegidos[eleccion["organo_id"]].append(eleccion["desde"])
    # Una elección pendiente del órgano ya elige a quien sigue: su paso es el de la elección.
    lista = [v for v in vencimientos(contexto, dias, hoy)
             if not any(desde > v["vence"] for desde in elegidos[v["organo_id"]])]
    # Qué se puede hacer al terminar cada período de quien ejerce la Secretaría Ejecutiva (la regla del traspaso).
    planes = {v["mandato_id"]: _plan_de_la_se(contexto, v) for v in lista if _ejerce_la_se(se, v)}
    con_traspaso = {v["vence"] for v in lista if isinstance(planes.get(v["mandato_id"]), Traspaso)}
    if cd is not None:   # ya traspasada: si el traspaso rehízo la troika, sus mandatos nuevos empiezan el día siguiente
        nuevos = {m["desde"] for m in tabla_organos.mandatos(db, cd["id"])}
        con_traspaso |= {v["vence"] for v in lista if v["mandato_id"] in planes and planes[v["mandato_id"]] is None
                         and (date.fromisoformat(v["vence"]) + _UN_DIA).isoformat() in nuevos}
    grupos = _agrupar(lista, planes, organos, cd["id"] if cd is not None else None, con_traspaso)
    pasos = []
    for clave, grupo in grupos.items():
        if clave[0] == "organo" and _ya_renovado(db, clave[1], clave[2], len(grupo)):
            continue   # la elección ya confirmada (o la designación) ya sentó a quienes siguen: nada que hacer
        if clave[0] == "se":
            plan = planes[clave[1]]
            if plan is not None:   # None: quien sigue ya está registrado desde el día siguiente
                pasos.append(_periodo_de_la_se(contexto, se, grupo[0], plan))
        elif clave[0] == "unidades":
            pasos.append(_de_las_unidades(grupo))
        else:
            pasos.append(_del_organo(organos[clave[1]], grupo))
    return pasos


def _agrupar(lista: list[Vencimiento], planes: dict, organos: dict[int, dict], cd_id: int | None,
             con_traspaso: set[str]) -> dict[tuple, list[Vencimiento]]:
    """Los vencimientos en los grupos de la agenda: el período de quien ejerce la Secretaría Ejecutiva (uno por
    mandato), las unidades temáticas (uno por día) y los demás (uno por órgano y día). Los de la Comisión Directiva
    que rehace un traspaso no van: los renueva el traspaso."""
    grupos: dict[tuple, list[Vencimiento]] = defaultdict(list)
    for v in lista:
        if v["organo_id"] == cd_id and v["vence"] in con_traspaso:
            continue   # el traspaso de la Secretaría Ejecutiva rehace la troika
        if v["mandato_id"] in planes:
            clave = ("se", v["mandato_id"])
        elif organos[v["organo_id"]]["tipo"] == "unidad_tematica":
            clave = ("unidades", v["vence"])
        else:
            clave = ("organo", v["organo_id"], v["vence"])
        grupos[clave].append(v)
    return grupos


def _ya_renovado(db: BaseDeDatos, organo_id: int, vence: str, cuantos: int) -> bool:
    """Si el órgano ya tiene registrados a quienes siguen: al menos tantos mandatos que empiezan después de `vence`
    (no de suplente u observador) como los que vencen ese día (issue 80, §3: la agenda pedía designar un comité
    cuyos sucesores la cumbre ya había elegido y confirmado)."""
    sucesores = [m for m in tabla_organos.mandatos(db, organo_id)
                 if m["desde"] > vence and m["cargo"] not in CARGOS_SIN_VOTO]
    return len(sucesores) >= cuantos


def _quien(v: Vencimiento) -> str:
    return v["miembro"] or v["persona"] or "—"


def _cita(v: Vencimiento) -> str:
    return f" ({v['articulo']})" if v["por_periodo"] and v["articulo"] else ""


def _ejerce_la_se(se: dict | None, v: Vencimiento) -> bool:
    """¿Es el mandato de la ciudad que ejerce la Secretaría Ejecutiva (el que se traspasa)?"""
    return (se is not None and v["organo_id"] == se["id"] and v["cargo"] in CARGOS_QUE_EJERCEN
            and v["miembro_id"] is not None)


def _plan_de_la_se(contexto: Contexto, v: Vencimiento) -> Traspaso | Impedimento | None:
    """Al terminar el período de quien ejerce la Secretaría Ejecutiva, lo que se puede hacer el día siguiente: el
    traspaso (su vista previa, de `rotacion.preparar_traspaso`) si se puede registrar; None si quien sigue ya está
    registrado desde ese día (no queda nada por hacer); si no, por qué no (`rotacion.impedimento_del_traspaso`, la
    misma regla del traspaso): entonces se propone designar a quien sigue."""
    fecha = date.fromisoformat(v["vence"]) + _UN_DIA
    impedimento = impedimento_del_traspaso(contexto, fecha)
    if impedimento is None:
        return preparar_traspaso(contexto, fecha)
    if impedimento.que == YA_REGISTRADO and troika_al(contexto, fecha)[1] not in (None, impedimento.saliente):
        return None
    if impedimento.que == FUERA_DE_SU_VIDA:
        return None   # disuelta ese día: nadie la sigue ejerciendo (tampoco se puede designar)
    return impedimento


def _periodo_de_la_se(contexto: Contexto, se: dict, v: Vencimiento, plan: Traspaso | Impedimento) -> Paso:
    vence = date.fromisoformat(v["vence"])
    fecha = vence + _UN_DIA
    if isinstance(plan, Traspaso):
        if v["dias"] < 0:
            texto = traducir("{0}: el período de {1} terminó el {2}{3} y falta el traspaso").format(
                se["nombre"], _quien(v), formato.fecha(vence), _cita(v))
        else:
            texto = traducir("{0}: el período de {1} termina el {2}{3}").format(
                se["nombre"], _quien(v), formato.fecha(vence), _cita(v))
        nombre = plan.nombres.get(plan.entrante)
        texto += (traducir("; le sigue {0} por el orden de sucesión.").format(nombre) if nombre else ".")
        detalle = ((traducir("El traspaso renueva también la Comisión Directiva (anterior, actual y siguiente)."),)
                   if plan.comision_directiva is not None else ())
        if plan.anticipo is not None:   # el mandato termina antes que su período: el traspaso pide el motivo
            detalle += (plan.anticipo.texto(),)
        return Paso("mandato", vence, texto, Accion("traspaso", organo_id=se["id"], organo=se["nombre"], fecha=fecha,
                                                    con_motivo=plan.anticipo is not None), detalle)
    # No hay a quién traspasarla (sin orden de sucesión, quien la ejerce es la última o no está en él…): lo que se
    # puede hacer es designar a quien la ejerce desde el día siguiente.
    if v["dias"] < 0:
        texto = traducir("{0}: el período de {1} terminó el {2}{3} y falta quien la ejerza; designe a quien sigue "
                         "desde el {4}.").format(se["nombre"], _quien(v), formato.fecha(vence), _cita(v),
                                                 formato.fecha(fecha))
    else:
        texto = traducir("{0}: el período de {1} termina el {2}{3}; designe a quien sigue desde el {4}.").format(
            se["nombre"], _quien(v), formato.fecha(vence), _cita(v), formato.fecha(fecha))
    detalle = (_por_que_no_hay_traspaso(contexto, se, v, plan), segun_la_puerta(
        ventana=traducir("{0}: si rota, fije su orden de sucesión en Órganos › Rotación de la Secretaría Ejecutiva, "
                         "«Orden de sucesión…»; el paso será entonces el traspaso."),
        linea=traducir("{0}: si rota, fije su orden de sucesión con «escritorio organos sucesion --miembros ID,ID,…»; "
                       "el paso será entonces el traspaso.")).format(se["nombre"]))
    return Paso("mandato", vence, texto, Accion("mandatos", organo_id=se["id"], organo=se["nombre"], fecha=fecha,
                                                cargo=v["cargo"]), detalle)


def _por_que_no_hay_traspaso(contexto: Contexto, se: dict, v: Vencimiento, impedimento: Impedimento) -> str:
    """Por qué el paso es una designación y no el traspaso, en una frase."""
    if impedimento.que != SIN_SUCESOR:
        return traducir("El traspaso no se puede registrar: {0}").format(impedimento.mensaje)
    orden = [t["miembro_id"] for t in orden_de_sucesion(contexto)]
    if not orden:
        return traducir("{0}: sin orden de sucesión, no hay a quién traspasarla.").format(se["nombre"])
    if v["miembro_id"] in orden:
        return traducir("{0} es la última del orden de sucesión: no hay a quién traspasarla.").format(_quien(v))
    return traducir("{0} no está en el orden de sucesión: no se sabe a quién traspasarla.").format(_quien(v))


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
