"""La sección «Convenios y hermanamientos» de la memoria anual: los convenios firmados en el año, los que rigen al
corte y los que dejaron de regir (vencidos o terminados), con las obligaciones cumplidas; y la lista de los convenios
que rigieron en algún momento del año, con su estado al corte. Lo lee de `servicios.convenios`, como el área."""

from __future__ import annotations

from ...dominio.convenios import ESTADOS_CONVENIO, TIPOS_CONVENIO, ultimo_dia_de_vigencia
from ...dominio.memoria import Cifras, Seccion
from ...dominio.traduccion import traducir
from ..convenios import listar_convenios, vigencia_de
from .periodo import Periodo, cifra, columna, dia, fila, tabla

_RIGEN = ("vigente", "renovado", "por_vencer")
_TERMINARON = ("vencido", "terminado")


def seccion_convenios(periodo: Periodo) -> Seccion:
    seccion = Seccion("convenios", traducir("Convenios y hermanamientos"))
    desde, al = periodo.desde_iso, periodo.al_iso
    del_anio = []
    for c in listar_convenios(periodo.contexto, al=periodo.al):
        ultimo = ultimo_dia_de_vigencia(vigencia_de(c))
        if c["inicio"] <= al and (ultimo is None or ultimo.isoformat() >= desde):
            del_anio.append((c, ultimo))
    firmados = [c for c, _ in del_anio if c["firmado_el"] and desde <= c["firmado_el"] <= al]
    terminaron = [c for c, _ in del_anio if c["estado"] in _TERMINARON]
    cumplidas = sum(1 for c, _ in del_anio for o in c["obligaciones"]
                    if o["cumplida_el"] and desde <= o["cumplida_el"] <= al)
    seccion.agregar(Cifras((
        cifra(traducir("Firmados en {0}").format(periodo.anio), len(firmados), "firmados"),
        cifra(traducir("Vigentes al corte"), sum(1 for c, _ in del_anio if c["estado"] in _RIGEN), "vigentes"),
        cifra(traducir("Dejaron de regir"), len(terminaron), "terminaron"),
        cifra(traducir("Obligaciones cumplidas"), cumplidas, "obligaciones_cumplidas"))))

    filas = []
    for c, ultimo in sorted(del_anio, key=lambda par: (par[0]["inicio"], par[0]["id"])):
        estado = traducir(ESTADOS_CONVENIO[c["estado"]])
        if c["terminado_el"] and c["estado"] == "terminado":
            estado = traducir("{0}: {1}").format(estado, c["motivo_terminacion"])
        # La vigencia en dos fechas (en la planilla, dos columnas de fechas que Excel ordena y filtra); la de un
        # convenio sin fin (o que se renueva sin tope) no tiene «Hasta»: la celda queda vacía.
        filas.append(fila([c["titulo"], traducir(TIPOS_CONVENIO[c["tipo"]]), c["nombres_de_las_partes"],
                           dia(c["firmado_el"]), dia(c["inicio"]), ultimo, estado],
                          c["id"], [c["titulo"], c["tipo"], c["firmado_el"], c["inicio"], c["fin"], c["estado"],
                                    c["terminado_el"], [p["id"] for p in c["partes"]]]))
    seccion.agregar(tabla("convenios", traducir("Convenios que rigieron en {0}").format(periodo.anio),
                          [columna(traducir("Convenio"), 2.3), columna(traducir("Tipo"), 1.55),
                           columna(traducir("Partes"), 2.1), columna(traducir("Firma"), 1.15),
                           columna(traducir("Desde"), 1.05), columna(traducir("Hasta"), 1.05),
                           columna(traducir("Estado al corte"), 1.25)],
                          filas, traducir("Sin convenios que rigieran en {0}.").format(periodo.anio),
                          hoja=traducir("Convenios vigentes en {0}").format(periodo.anio)))
    return seccion
