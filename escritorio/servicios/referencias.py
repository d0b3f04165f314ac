"""Del número que la gente ve al registro, y al revés: el punto «3:2» (el 2 del orden del día de la sesión 3) y la
resolución «5/2026» (dominio/referencias.py lee el texto). La línea de órdenes resuelve aquí todo punto y toda
resolución que recibe como argumento, y escribe aquí cómo nombrarlos."""

from ..datos import sesiones as tabla_sesiones
from ..dominio.referencias import (ReferenciaDePunto, ReferenciaDeResolucion, escribir_punto,
                                   escribir_resolucion)
from ..dominio.sesiones import TIPOS_RESOLUCION, cita_resolucion
from ..errores import ErrorEscritorio
from .contexto import Contexto


def id_del_punto(contexto: Contexto, referencia: ReferenciaDePunto) -> int:
    """El id interno del punto nombrado; un «#id» pasa tal cual (el servicio que lo usa lo busca y lo rechaza)."""
    from .sesiones.puntos import orden_del_dia

    if referencia.id is not None:
        return referencia.id
    puntos = orden_del_dia(contexto, referencia.sesion)   # «No existe la sesión 9…» si no es de la asociación
    for p in puntos:
        if p["numeracion"] == referencia.numeracion:
            return p["id"]
    hay = ", ".join(escribir_punto(referencia.sesion, p["numeracion"]) for p in puntos)
    raise ErrorEscritorio(
        f"La sesión {referencia.sesion} no tiene un punto {referencia.numeracion}. "
        + (f"Sus puntos: {hay} («escritorio sesiones puntos {referencia.sesion}»)." if hay else
           f"Su orden del día está vacío: agregue puntos con «escritorio sesiones punto {referencia.sesion} --titulo …»."))


def id_de_la_resolucion(contexto: Contexto, referencia: ReferenciaDeResolucion) -> int:
    """El id interno de la resolución «N/AAAA» (o «ORGANO:N/AAAA») de la asociación. Cada órgano numera las suyas por
    año y tipo: si hay más de una con ese número, el mensaje dice cómo nombrar cada una."""
    if referencia.id is not None:
        return referencia.id
    todas = tabla_sesiones.resoluciones(contexto.db, contexto.asociacion_id)
    iguales = [r for r in todas if r["numero"] == referencia.numero and r["anio"] == referencia.anio
               and (referencia.calificador is None or _la_distingue(r, referencia.calificador))]
    if len(iguales) == 1:
        return iguales[0]["id"]
    if not iguales:
        raise ErrorEscritorio(f"No hay una resolución {referencia} en esta asociación. Las resoluciones, con el "
                              "número que las nombra, se ven con «escritorio resoluciones listar».")
    nombres = nombres_de_las_resoluciones(todas)
    opciones = "; ".join(f"«{nombres[r['id']]}»: {cita_resolucion(r['tipo'], r['numero'], r['anio'], r['organo'])}"
                         for r in sorted(iguales, key=lambda r: r["id"]))
    raise ErrorEscritorio(f"Hay {len(iguales)} resoluciones {referencia} (cada órgano numera las suyas): {opciones}. "
                          "Escriba la que corresponde como se indica.")


def _la_distingue(fila, calificador: str) -> bool:
    """«Consejo», «2» (el órgano) o «declaracion», «Declaración» (el tipo) dicen que es esta fila."""
    if calificador.isdigit():
        return str(fila["organo_id"]) == calificador
    que = calificador.casefold()
    return que in (fila["organo"].casefold(), fila["tipo"], TIPOS_RESOLUCION[fila["tipo"]].casefold())


def nombres_de_las_resoluciones(filas) -> dict[int, str]:
    """id -> cómo nombrar cada resolución en una orden: «5/2026» si ninguna otra de la asociación tiene ese número,
    «Consejo:5/2026» si otro órgano también tiene su 5/2026, «declaracion:1/2025» si lo que la distingue es el tipo,
    «#id» si no alcanza ni lo uno ni lo otro. `filas`: todas las de la asociación."""
    por_numero: dict[tuple, list] = {}
    for f in filas:
        por_numero.setdefault((f["numero"], f["anio"]), []).append(f)
    nombres = {}
    for (numero, anio), iguales in por_numero.items():
        for f in iguales:
            del_organo = [g for g in iguales if g["organo_id"] == f["organo_id"]]
            del_tipo = [g for g in iguales if g["tipo"] == f["tipo"]]
            nombres[f["id"]] = (escribir_resolucion(numero, anio) if len(iguales) == 1 else
                                escribir_resolucion(numero, anio, f["organo"]) if len(del_organo) == 1 else
                                escribir_resolucion(numero, anio, f["tipo"]) if len(del_tipo) == 1 else
                                f"#{f['id']}")
    return nombres


def nombre_de_la_resolucion(contexto: Contexto, resolucion_id: int) -> str:
    """Cómo nombrar en una orden la resolución `resolucion_id` (ver nombres_de_las_resoluciones)."""
    return nombres_de_las_resoluciones(tabla_sesiones.resoluciones(contexto.db, contexto.asociacion_id)).get(
        resolucion_id, f"#{resolucion_id}")


def nombre_del_punto(contexto: Contexto, punto_id: int) -> str:
    """«3:2»: cómo nombrar el punto en una orden (la sesión y su numeración en el orden del día)."""
    from .sesiones.puntos import orden_del_dia

    punto = tabla_sesiones.punto(contexto.db, punto_id)
    if punto is None:
        return f"#{punto_id}"
    numeracion = next(p["numeracion"] for p in orden_del_dia(contexto, punto["sesion_id"]) if p["id"] == punto_id)
    return escribir_punto(punto["sesion_id"], numeracion)
