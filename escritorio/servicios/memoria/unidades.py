"""La sección «Unidades temáticas» de la memoria anual: cada unidad que existió en el año (ni las creadas después ni
las ya disueltas) con su coordinación y su plan de trabajo del año (las actividades que ocurrieron en el año, con su
estado, su ciudad responsable, su resultado y su informe), y las que se crearon o se disolvieron en él."""

from __future__ import annotations

from datetime import date

from ...dominio import formato
from ...dominio.memoria import Cifras, Parrafo, Seccion
from ...dominio.paises import nombre_pais
from ...dominio.traduccion import traducir
from ...dominio.unidades import ESTADOS_ACTIVIDAD, atrasada, toca_el_anio
from ...dominio.vida_de_los_organos import existe_entre
from .periodo import Periodo, cifra, columna, dia, fila, tabla
from ..organos import composicion
from ..plan_de_trabajo import actividades_de_la_red
from ..unidades import unidades


def _ciudad(nombre: str | None, pais: str | None) -> str:
    if not nombre:
        return "—"
    return f"{nombre} ({nombre_pais(pais)})" if pais else nombre


def _resultado(a: dict) -> str:
    """El resultado y, si tiene, el informe en PDF con el comienzo de su huella (se verifica con la copia)."""
    partes = [" ".join((a["resultado"] or "").split())] if a["resultado"] else []
    if a["informe_id"]:
        partes.append(traducir("Informe en PDF: {0} (SHA-256 {1}…)").format(a["informe_nombre"],
                                                                            a["informe_sha256"][:16]))
    return " — ".join(partes) or "—"


def _al(unidad: dict, periodo: Periodo) -> date:
    """El día cuya coordinación se muestra: el corte de la memoria o, si la unidad se disolvió antes, su último día."""
    disuelta = unidad.get("disuelto_el")
    return date.fromisoformat(disuelta) if disuelta and disuelta < periodo.al_iso else periodo.al


def _creadas_y_disueltas(lista: list[dict], periodo: Periodo) -> list[Parrafo]:
    """«Se crearon en 2025: UT Cultura (el 01/03/2025, Resolución 2/2025).» y lo mismo de las que se disolvieron."""
    def en_el_anio(dia: str | None) -> bool:
        return bool(dia) and periodo.desde_iso <= dia <= periodo.al_iso

    creadas = [traducir("{0} (el {1}{2})").format(u["nombre"], formato.fecha(u["creado_el"]),
                                                  f", {u['creado_por']}" if u.get("creado_por") else "")
               for u in lista if en_el_anio(u.get("creado_el"))]
    disueltas = [traducir("{0} (el {1}{2})").format(u["nombre"], formato.fecha(u["disuelto_el"]),
                                                    f", {u['disuelto_por']}" if u.get("disuelto_por") else "")
                 for u in lista if en_el_anio(u.get("disuelto_el"))]
    parrafos = []
    if creadas:
        parrafos.append(Parrafo(traducir("Se crearon en {0}: {1}.").format(periodo.anio, "; ".join(creadas))))
    if disueltas:
        parrafos.append(Parrafo(traducir("Se disolvieron en {0}: {1}. Su coordinación es la de su último "
                                         "día.").format(periodo.anio, "; ".join(disueltas))))
    return parrafos


def seccion_unidades(periodo: Periodo) -> Seccion:
    seccion = Seccion("unidades", traducir("Unidades temáticas"))
    todas = unidades(periodo.contexto)
    if not todas:
        seccion.agregar(Parrafo(traducir("La asociación no tiene unidades temáticas.")))
        return seccion
    # Las que existieron algún día del año (dominio.vida_de_los_organos): ni las que se crearon después ni las que ya
    # se habían disuelto.
    lista = [u for u in todas if existe_entre(u, periodo.desde_iso, periodo.al_iso)]
    if not lista:
        seccion.agregar(Parrafo(traducir("La asociación no tuvo unidades temáticas en {0}.").format(periodo.anio)))
        return seccion
    fuera = {u["id"] for u in todas} - {u["id"] for u in lista}
    del_anio = [a for a in actividades_de_la_red(periodo.contexto)
                if toca_el_anio(a["desde"], a["hasta"], periodo.anio) and a["organo_id"] not in fuera]
    por_unidad: dict[int, list[dict]] = {u["id"]: [] for u in lista}
    for a in del_anio:
        por_unidad.setdefault(a["organo_id"], []).append(a)
    realizadas = [a for a in del_anio if a["estado"] == "realizada"]
    atrasadas = [a for a in del_anio if atrasada(a["estado"], a["desde"], a["hasta"], periodo.al_iso)]
    seccion.agregar(Cifras((
        cifra(traducir("Unidades temáticas"), len(lista), "unidades"),
        cifra(traducir("Actividades en {0}").format(periodo.anio), len(del_anio), "actividades"),
        cifra(traducir("Realizadas"), len(realizadas), "realizadas"),
        cifra(traducir("Con informe en PDF"), sum(1 for a in del_anio if a["informe_id"]), "con_informe"),
        cifra(traducir("Atrasadas al {0}").format(formato.fecha(periodo.al)), len(atrasadas), "atrasadas"))))

    filas = []
    for u in lista:
        asientos = composicion(periodo.contexto, u["id"], _al(u, periodo)).asientos
        coordinan = [a for a in asientos if a.cargo == "coordinador"]
        suyas = por_unidad.get(u["id"], [])
        filas.append(fila([u["nombre"], "; ".join(_ciudad(a.miembro or a.persona, a.pais) for a in coordinan) or "—",
                           len(suyas), sum(1 for a in suyas if a["estado"] == "realizada")],
                          u["id"], [u["nombre"], [a.miembro_id for a in coordinan], len(suyas),
                                    sum(1 for a in suyas if a["estado"] == "realizada")]))
    seccion.agregar(tabla("unidades", traducir("Unidades y su coordinación al {0}").format(formato.fecha(periodo.al)),
                          [columna(traducir("Unidad"), 2.6), columna(traducir("Coordinación"), 2.6),
                           columna(traducir("Actividades"), 1, True), columna(traducir("Realizadas"), 1, True)],
                          filas, traducir("La asociación no tiene unidades temáticas."),
                          hoja=traducir("Unidades y coordinación")))
    for parrafo in _creadas_y_disueltas(lista, periodo):
        seccion.agregar(parrafo)

    nombres = {u["id"]: u["nombre"] for u in lista}
    filas = []
    for unidad_id, suyas in por_unidad.items():
        for a in suyas:
            estado = traducir(ESTADOS_ACTIVIDAD.get(a["estado"], a["estado"]))
            if a in atrasadas:
                estado = traducir("{0} (atrasada)").format(estado)
            # Inicio y fin, dos fechas (en la planilla, dos columnas de fechas que Excel ordena y filtra).
            filas.append(fila([a["titulo"], dia(a["desde"]), dia(a["hasta"]), estado,
                               _ciudad(a["responsable"], a["responsable_pais"]), _resultado(a)],
                              a["id"], [a["titulo"], a["desde"], a["hasta"], a["estado"], a["responsable_id"],
                                        a["resultado"], a["informe_sha256"]],
                              grupo=nombres.get(unidad_id, a["unidad"])))
    seccion.agregar(tabla("actividades", traducir("Planes de trabajo: actividades de {0}").format(periodo.anio),
                          [columna(traducir("Actividad"), 2.3), columna(traducir("Desde"), 1),
                           columna(traducir("Hasta"), 1), columna(traducir("Estado"), 1),
                           columna(traducir("Responsable"), 1.7), columna(traducir("Resultado"), 2.6)],
                          filas, traducir("Sin actividades de los planes de trabajo en {0}.").format(periodo.anio),
                          agrupada_por=traducir("Unidad"), hoja=traducir("Actividades de {0}").format(periodo.anio)))
    return seccion
