"""Las secciones de la memoria anual sobre la vida de los órganos: las sesiones celebradas (con su asistencia y su
quórum, por órgano), las resoluciones y declaraciones adoptadas, y las elecciones y cambios de autoridades (en los
órganos y en los gobiernos locales de los miembros)."""

from __future__ import annotations

from collections import defaultdict

from ...datos import memoria as tabla_memoria
from ...datos import organos as tabla_organos
from ...dominio import formato
from ...dominio.memoria import Cifras, Parrafo, Porcentaje, Seccion
from ...dominio.organos import CARGOS, nombre_del_cargo
from ...dominio.paises import nombre_pais
from ...dominio.sesiones import TIPOS_RESOLUCION, TIPOS_SESION, cita_resolucion, numero_ordinal_romano
from ...dominio.traduccion import traducir
from ..elecciones import obtener_eleccion
from .periodo import Periodo, cifra, columna, dia, fila, tabla
from ..sesiones import SesionListada, listar_sesiones
from ..sesiones.asistencia import asistencia, cuenta_de_asistencia
from ..votaciones import listar_resoluciones

# Los cargos cuyo cambio es un cambio de autoridades (no los integrantes, suplentes ni observadores).
CARGOS_DE_AUTORIDAD = ("presidente", "vicepresidente", "secretario", "coordinador", "subcoordinador", "titular",
                       "secretario_ejecutivo", "secretario_programacion", "secretario_finanzas", "tesorero", "director")


def sesiones_del_anio(periodo: Periodo) -> list[SesionListada]:
    """Las sesiones celebradas en el período, por fecha. Una resolución es de una sesión celebrada (issue 59: sus
    actos la marcan «Celebrada»); en una base anterior a esa regla, la sesión «Convocada» que adoptó resoluciones
    también cuenta como celebrada: así la memoria no cuenta resoluciones de sesiones que no cuenta."""
    def leer():
        con_resoluciones = {r["sesion_id"] for r in listar_resoluciones(periodo.contexto)}
        return sorted((s for s in listar_sesiones(periodo.contexto)
                       if (s["estado"] == "celebrada" or s["id"] in con_resoluciones)
                       and periodo.desde_iso <= s["fecha"] <= periodo.al_iso),
                      key=lambda s: (s["fecha"], s["id"]))
    return periodo.una_vez("sesiones", leer)


def _modalidad(sesion: dict) -> str:
    if sesion["lugar"] and sesion["enlace"]:
        return traducir("{0} y en línea").format(sesion["lugar"])
    if sesion["enlace"]:
        return traducir("En línea")
    return sesion["lugar"] or "—"


def seccion_sesiones(periodo: Periodo) -> Seccion:
    seccion = Seccion("sesiones", traducir("Sesiones de los órganos"))
    sesiones = sesiones_del_anio(periodo)
    por_organo: dict[str, list] = defaultdict(list)
    filas = []
    for s in sesiones:
        cuenta = cuenta_de_asistencia(asistencia(periodo.contexto, s["id"]))
        por_organo[s["organo"]].append(cuenta)
        numero = traducir("{0} sesión {1}").format(numero_ordinal_romano(s["numero"]),
                                                    traducir(TIPOS_SESION.get(s["tipo"], s["tipo"])).lower())
        de = traducir("{0} de {1}").format(formato.numero(cuenta.para_quorum), formato.numero(cuenta.base))
        if s["segunda_convocatoria"]:
            quorum = traducir("Segunda convocatoria ({0})").format(de)
        else:
            quorum = (traducir("Sí ({0})") if cuenta.hay_quorum else traducir("No ({0})")).format(de)
        filas.append(fila([dia(s["fecha"]), s["organo"], numero, _modalidad(s), cuenta.presentes, cuenta.integrantes,
                           quorum],
                          s["id"], [s["organo_id"], s["numero"], s["tipo"], s["fecha"], cuenta.presentes,
                                    cuenta.integrantes, cuenta.para_quorum, cuenta.base, cuenta.hay_quorum,
                                    bool(s["segunda_convocatoria"])]))
    con_quorum = sum(1 for cuentas in por_organo.values() for c in cuentas if c.hay_quorum)
    seccion.agregar(Cifras((cifra(traducir("Sesiones celebradas"), len(sesiones), "sesiones"),
                            cifra(traducir("Órganos que sesionaron"), len(por_organo), "organos"),
                            cifra(traducir("Con quórum"), con_quorum, "con_quorum"))))
    resumen = [fila([organo, len(cuentas),
                     Porcentaje(sum(c.presentes for c in cuentas), sum(c.integrantes for c in cuentas)),
                     sum(1 for c in cuentas if c.hay_quorum)],
                    organo, [len(cuentas), sum(c.presentes for c in cuentas), sum(c.integrantes for c in cuentas)])
               for organo, cuentas in por_organo.items()]
    vacio = traducir("Ningún órgano celebró sesiones en {0}.").format(periodo.anio)
    seccion.agregar(tabla("sesiones_por_organo", traducir("Sesiones por órgano"),
                          [columna(traducir("Órgano"), 3), columna(traducir("Sesiones"), 1, True),
                           columna(traducir("Asistencia media"), 1.3, True), columna(traducir("Con quórum"), 1, True)],
                          resumen, vacio))
    if sesiones:
        seccion.agregar(tabla("sesiones", traducir("Sesiones celebradas en {0}").format(periodo.anio),
                              [columna(traducir("Fecha"), 1), columna(traducir("Órgano"), 1.7),
                               columna(traducir("Sesión"), 1.5), columna(traducir("Lugar"), 2),
                               columna(traducir("Presentes"), 0.95, True), columna(traducir("Integrantes"), 1.1, True),
                               columna(traducir("Quórum"), 1.3)], filas, vacio))
        seccion.agregar(Parrafo(traducir("«Presentes» cuenta a quienes estuvieron en la sala. El quórum cuenta a los "
                                         "presentes con voto y a los representados por un poder, sobre la base que fija "
                                         "la regla de quórum de cada órgano.")))
    return seccion


def seccion_resoluciones(periodo: Periodo) -> Seccion:
    seccion = Seccion("resoluciones", traducir("Resoluciones y declaraciones"))
    fechas = {s["id"]: s["fecha"] for s in listar_sesiones(periodo.contexto)}
    del_anio = [r for r in listar_resoluciones(periodo.contexto) if r["anio"] == periodo.anio
                and (r["sesion_id"] is None or fechas.get(r["sesion_id"], "") <= periodo.al_iso)]
    del_anio.sort(key=lambda r: (fechas.get(r["sesion_id"]) or "", r["organo"], r["tipo"], r["numero"]))
    por_tipo = defaultdict(int)
    for r in del_anio:
        por_tipo[r["tipo"]] += 1
    seccion.agregar(Cifras(tuple(cifra(traducir(_PLURALES[t]), por_tipo[t], t) for t in TIPOS_RESOLUCION
                                 if por_tipo[t]) or (cifra(traducir("Resoluciones"), 0, "resolucion"),)))
    filas = [fila([cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"]), r["titulo"],
                   dia(fechas.get(r["sesion_id"])),
                   r["firmantes"] if r["tipo"] == "declaracion" else None],
                  r["id"], [r["organo_id"], r["tipo"], r["numero"], r["anio"], r["titulo"], r["firmantes"]])
             for r in del_anio]
    seccion.agregar(tabla("resoluciones", traducir("Adoptadas en {0}").format(periodo.anio),
                          [columna(traducir("Cita"), 2.2), columna(traducir("Título"), 3.6),
                           columna(traducir("Fecha"), 1), columna(traducir("Adherentes"), 1, True)],
                          filas, traducir("Sin resoluciones ni declaraciones adoptadas en {0}.").format(periodo.anio)))
    return seccion


# Cuántas de cada tipo, en las cifras de la sección.
_PLURALES = {"resolucion": "Resoluciones", "decision": "Decisiones", "declaracion": "Declaraciones",
             "recomendacion": "Recomendaciones"}


def _quien(miembro: str | None, pais: str | None, persona: str | None) -> str:
    texto = miembro or persona or "—"
    if miembro and pais:
        texto += f" ({nombre_pais(pais)})"
    if miembro and persona:
        texto += f", {persona}"
    return texto


def seccion_autoridades(periodo: Periodo) -> Seccion:
    contexto = periodo.contexto
    db, asociacion_id = contexto.db, contexto.asociacion_id
    seccion = Seccion("autoridades", traducir("Elecciones y autoridades"))
    elecciones = tabla_memoria.elecciones(db, asociacion_id, periodo.desde_iso, periodo.al_iso)
    # El mandato de quien no era miembro cuando empieza no vale (servicios.elegibles; lo informa «verificar»): no
    # asumió ni terminó nada.
    invalidos = {m["id"] for m in tabla_organos.mandatos_de_no_miembros(db)}
    del_periodo = tabla_memoria.mandatos_del_periodo(db, asociacion_id, periodo.desde_iso, periodo.al_iso,
                                                     CARGOS_DE_AUTORIDAD)
    mandatos = [valido for valido in del_periodo if valido["id"] not in invalidos]
    empiezan = [m for m in mandatos if periodo.desde_iso <= m["desde"] <= periodo.al_iso]
    terminan = [m for m in mandatos if m["hasta"] and periodo.desde_iso <= m["hasta"] <= periodo.al_iso]
    locales = tabla_memoria.autoridades_que_asumen(db, asociacion_id, periodo.desde_iso, periodo.al_iso)
    seccion.agregar(Cifras((cifra(traducir("Elecciones"), len(elecciones), "elecciones"),
                            cifra(traducir("Mandatos que empezaron"), len(empiezan), "empiezan"),
                            cifra(traducir("Mandatos que terminaron"), len(terminan), "terminan"),
                            cifra(traducir("Nuevas autoridades locales"), len(locales), "locales"))))

    def resultado(e: dict) -> str | None:
        """El resultado escrito con sus datos en el idioma de la memoria (servicios.resultados_en_su_idioma)."""
        eleccion = obtener_eleccion(contexto, e["punto_id"])
        return eleccion.texto_resultado if eleccion is not None else e["texto_resultado"]

    def electas(e: dict) -> str:
        return "; ".join(_quien(c["miembro"], c["pais"], c["persona"]) for c in e["electas"]) or \
            traducir("Sin candidatura electa")

    filas = [fila([dia(e["sesion_fecha"]), e["organo"], traducir(CARGOS.get(e["cargo"], e["cargo"])),
                   electas(e), resultado(e) or "—"],
                  e["id"], [e["organo_id"], e["cargo"], e["sesion_fecha"], [c["miembro_id"] for c in e["electas"]],
                            [c["votos"] for c in e["electas"]], bool(e["confirmada_en"])]) for e in elecciones]
    seccion.agregar(tabla("elecciones", traducir("Elecciones en {0}").format(periodo.anio),
                          [columna(traducir("Fecha"), 1), columna(traducir("Órgano"), 1.6),
                           columna(traducir("Cargo"), 1.2), columna(traducir("Electa"), 2.2),
                           columna(traducir("Resultado"), 3.4)],
                          filas, traducir("Sin elecciones en {0}.").format(periodo.anio)))

    def mandato(m: dict, fecha: str) -> object:
        return fila([dia(m[fecha]), m["organo"], nombre_del_cargo(m["cargo"], m["forma"]),
                     _quien(m["miembro"], m["pais"], m["persona"])],
                    m["id"], [m["organo_id"], m["cargo"], m["miembro_id"], m["persona"], m["desde"], m["hasta"]])

    columnas = [columna(traducir("Fecha"), 1), columna(traducir("Órgano"), 2), columna(traducir("Cargo"), 1.4),
                columna(traducir("Quién"), 3.2)]
    seccion.agregar(tabla("mandatos_que_empiezan", traducir("Asumieron en los órganos"), columnas,
                          [mandato(m, "desde") for m in empiezan],
                          traducir("Sin cambios de autoridades en los órganos en {0}.").format(periodo.anio)))
    if terminan:
        seccion.agregar(tabla("mandatos_que_terminan", traducir("Terminaron su mandato"), columnas,
                              [mandato(m, "hasta") for m in sorted(terminan, key=lambda m: (m["hasta"], m["id"]))],
                              traducir("Ningún mandato terminó en {0}.").format(periodo.anio)))
    filas = [fila([dia(a["desde"]), _quien(a["miembro"], a["pais"], None), a["persona"], a["cargo"]],
                  a["id"], [a["miembro_id"], a["persona"], a["cargo"], a["desde"]]) for a in locales]
    seccion.agregar(tabla("autoridades_locales", traducir("Nuevas autoridades locales de los miembros"),
                          [columna(traducir("Desde"), 1), columna(traducir("Miembro"), 2.6),
                           columna(traducir("Autoridad"), 2), columna(traducir("Cargo"), 1.6)],
                          filas, traducir("Ningún miembro registró una nueva autoridad local en {0}.").format(
                              periodo.anio), hoja=traducir("Autoridades locales nuevas")))
    return seccion
