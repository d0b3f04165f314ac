"""La sección «Miembros» de la memoria anual: cuántos son al corte, los admitidos y las bajas del año, la población
representada, los países y el gráfico de los miembros por tramo de la escala de cuotas."""

from __future__ import annotations

from collections import Counter

from ...datos import memoria as tabla_memoria
from ...dominio import formato
from ...dominio.memoria import Cifras, Grafico, Parrafo, Seccion, Serie
from ...dominio.miembros import MODOS_INGRESO, era_miembro
from ...dominio.paises import nombre_pais
from ...dominio.traduccion import traducir
from .periodo import Periodo, cifra, columna, cuantos, dia, fila, tabla
from ..miembros import MiembroDelPadron, listar_miembros
from ..orden_alfabetico import clave_de_la_asociacion
from ..tablero import tablero


def miembros_al_corte(periodo: Periodo) -> list[MiembroDelPadron]:
    """Los miembros con su estado y su población al corte (los leen varias secciones: una vez)."""
    return periodo.una_vez("miembros", lambda: listar_miembros(periodo.contexto, al=periodo.al))


def seccion_miembros(periodo: Periodo) -> Seccion:
    contexto, anio, al = periodo.contexto, periodo.anio, periodo.al
    db, asociacion_id = contexto.db, contexto.asociacion_id
    todos = miembros_al_corte(periodo)
    vigentes = [m for m in todos if era_miembro(m["estado"], m["fecha_ingreso"], periodo.al_iso)]
    ingresos = [i for i in tabla_memoria.ingresos(db, asociacion_id, periodo.desde_iso, periodo.al_iso)]
    bajas = [c for c in tabla_memoria.cambios_de_estado(db, asociacion_id, periodo.desde_iso, periodo.al_iso)
             if c["estado"] == "baja"]
    poblacion = sum(m["poblacion"] or 0 for m in vigentes)
    paises = {m["pais"] for m in vigentes}
    corte = formato.fecha(al)

    seccion = Seccion("miembros", traducir("Miembros"))
    seccion.agregar(Cifras((
        cifra(traducir("Miembros al {0}").format(corte), len(vigentes), "miembros"),
        cifra(traducir("Admitidos en {0}").format(anio), len(ingresos), "admitidos"),
        cifra(traducir("Bajas en {0}").format(anio), len(bajas), "bajas"),
        cifra(traducir("Países"), len(paises), "paises"),
        cifra(traducir("Población representada"), poblacion, "poblacion"))))
    resumen = traducir("Al {0} la red reúne {1} de {2}, que representan {3}.").format(
        corte, cuantos(len(vigentes), traducir("{0} miembro"), traducir("{0} miembros")),
        cuantos(len(paises), traducir("{0} país"), traducir("{0} países")),
        cuantos(poblacion, traducir("{0} habitante"), traducir("{0} habitantes")))
    if not ingresos and not bajas:
        resumen += " " + traducir("En {0} no hubo ingresos ni bajas.").format(anio)
    else:
        resumen += " " + traducir("En {0}: {1} y {2}.").format(
            anio, cuantos(len(ingresos), traducir("{0} ingreso"), traducir("{0} ingresos")),
            cuantos(len(bajas), traducir("{0} baja"), traducir("{0} bajas")))
    seccion.agregar(Parrafo(resumen))
    seccion.agregar(*_por_tramo(periodo))
    seccion.agregar(_por_pais(periodo, vigentes, ingresos, bajas))
    seccion.agregar(*_por_agrupacion(periodo, vigentes, ingresos, bajas))
    seccion.agregar(_admitidos(periodo, ingresos), _bajas(periodo, bajas))
    return seccion


def _por_tramo(periodo: Periodo) -> list:
    """El gráfico de los miembros por tramo de la escala de cuota anual vigente al corte (con su tabla)."""
    datos = tablero(periodo.contexto, al=periodo.al)
    if not datos.por_tramo:
        return [Parrafo(traducir("Sin escala de cuota anual vigente al {0}: los miembros no se agrupan por tramo.")
                        .format(formato.fecha(periodo.al)))]
    etiquetas = tuple(t for t, _ in datos.por_tramo)
    valores = tuple(n for _, n in datos.por_tramo)
    textos = tuple(formato.numero(n) for n in valores)
    descripcion = traducir("Miembros por tramo de población al {0}: {1}.").format(
        formato.fecha(periodo.al), "; ".join(f"{e}: {t}" for e, t in zip(etiquetas, textos)))
    grafico = Grafico("miembros_por_tramo", traducir("Miembros por tramo de la escala de cuotas"), etiquetas,
                      (Serie(traducir("Miembros"), valores),), (textos,), descripcion, traducir("miembros"))
    nota = Parrafo(datos.escala_de_los_tramos + ".") if datos.escala_de_los_tramos else None
    return [grafico, nota] if nota else [grafico]


def _por_pais(periodo: Periodo, vigentes: list[dict], ingresos: list[dict], bajas: list[dict]):
    clave = clave_de_la_asociacion(periodo.contexto)
    por_pais = Counter(m["pais"] for m in vigentes)
    poblacion = Counter()
    for m in vigentes:
        poblacion[m["pais"]] += m["poblacion"] or 0
    admitidos, de_baja = Counter(i["pais"] for i in ingresos), Counter(b["pais"] for b in bajas)
    codigos = sorted(set(por_pais) | set(admitidos) | set(de_baja), key=lambda p: clave(nombre_pais(p)))
    filas = [fila([nombre_pais(p), por_pais[p], admitidos[p], de_baja[p], poblacion[p]], p,
                  [por_pais[p], admitidos[p], de_baja[p], poblacion[p]]) for p in codigos]
    total = [traducir("Total"), len(vigentes), len(ingresos), len(bajas), sum(poblacion.values())]
    return tabla("miembros_por_pais", traducir("Miembros por país"),
                 [columna(traducir("País"), 2.2), columna(traducir("Miembros"), 1, True),
                  columna(traducir("Admitidos"), 1, True), columna(traducir("Bajas"), 1, True),
                  columna(traducir("Población"), 1.6, True)],
                 filas, traducir("Sin miembros al {0}.").format(formato.fecha(periodo.al)), total)


def _por_agrupacion(periodo: Periodo, vigentes: list[dict], ingresos: list[dict], bajas: list[dict]) -> list:
    """Una tabla por agrupación definida (la región continental, una subregión: servicios.agrupaciones), como la de
    los países: los miembros de cada grupo, los admitidos, las bajas y la población (issue 80, §2)."""
    from ..agrupaciones import agrupaciones, grupos_de_los_miembros

    tablas = []
    for indice, (agrupacion, grupos) in enumerate(agrupaciones(periodo.contexto).items(), start=1):
        de_cada = grupos_de_los_miembros(periodo.contexto, agrupacion)
        sin_grupo = traducir("Sin grupo")
        grupo_de = lambda miembro_id: de_cada.get(miembro_id, sin_grupo)   # noqa: E731
        miembros, poblacion = Counter(grupo_de(m["id"]) for m in vigentes), Counter()
        for m in vigentes:
            poblacion[grupo_de(m["id"])] += m["poblacion"] or 0
        admitidos = Counter(grupo_de(i["id"]) for i in ingresos)
        de_baja = Counter(grupo_de(b["miembro_id"]) for b in bajas)
        nombres = [g.nombre for g in grupos] + ([sin_grupo] if sin_grupo in miembros | admitidos | de_baja else [])
        filas = [fila([g, miembros[g], admitidos[g], de_baja[g], poblacion[g]], g,
                      [miembros[g], admitidos[g], de_baja[g], poblacion[g]]) for g in nombres]
        total = [traducir("Total"), len(vigentes), len(ingresos), len(bajas), sum(poblacion.values())]
        tablas.append(tabla(f"miembros_por_agrupacion_{indice}", traducir("Miembros por {0}").format(agrupacion),
                            [columna(traducir("Grupo"), 2.2), columna(traducir("Miembros"), 1, True),
                             columna(traducir("Admitidos"), 1, True), columna(traducir("Bajas"), 1, True),
                             columna(traducir("Población"), 1.6, True)],
                            filas, traducir("Sin miembros al {0}.").format(formato.fecha(periodo.al)), total))
    return tablas


def _admitidos(periodo: Periodo, ingresos: list[dict]):
    filas = [fila([i["nombre"], nombre_pais(i["pais"]), dia(i["fecha_ingreso"]),
                   traducir(MODOS_INGRESO.get(i["modo_ingreso"], i["modo_ingreso"]))],
                  i["id"], [i["nombre"], i["pais"], i["fecha_ingreso"], i["modo_ingreso"]]) for i in ingresos]
    return tabla("admitidos", traducir("Miembros admitidos en {0}").format(periodo.anio),
                 [columna(traducir("Miembro"), 2.4), columna(traducir("País"), 1.4),
                  columna(traducir("Ingreso"), 1), columna(traducir("Modo de ingreso"), 1.4)],
                 filas, traducir("Sin miembros admitidos en {0}.").format(periodo.anio))


def _bajas(periodo: Periodo, bajas: list[dict]):
    filas = [fila([b["nombre"], nombre_pais(b["pais"]), dia(b["desde"]), b["motivo"] or "—"],
                  b["id"], [b["miembro_id"], b["desde"], b["motivo"]]) for b in bajas]
    return tabla("bajas", traducir("Bajas en {0}").format(periodo.anio),
                 [columna(traducir("Miembro"), 2.2), columna(traducir("País"), 1.3), columna(traducir("Fecha"), 1),
                  columna(traducir("Motivo"), 2.5)],
                 filas, traducir("Sin bajas en {0}.").format(periodo.anio))
