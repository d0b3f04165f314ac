"""La sección «Indicadores» de la memoria anual (issue 80, §4): por cada indicador definido, el valor de cada
miembro en el año de la memoria y en el anterior, cuánto cambió y si mejoró según el sentido del indicador, con la
evidencia citada; y cuántos miembros mejoraron. Lo lee de `servicios.indicadores`, como la ventana y la CLI."""

from __future__ import annotations

from ...dominio import formato
from ...dominio.indicadores import SENTIDOS, como_le_fue
from ...dominio.memoria import Cifras, Parrafo, Seccion
from ...dominio.paises import nombre_pais
from ...dominio.traduccion import traducir
from ..indicadores import comparar, lista_de_indicadores
from .periodo import Periodo, cifra, columna, fila, tabla


def seccion_indicadores(periodo: Periodo) -> Seccion:
    seccion = Seccion("indicadores", traducir("Indicadores"))
    anio, anterior = periodo.anio, periodo.anio - 1
    definidos = lista_de_indicadores(periodo.contexto)
    comparaciones = [comparar(periodo.contexto, i["id"], [anterior, anio]) for i in definidos]
    con_dato = sum(1 for c in comparaciones for f in c.filas if f.valores.get(anio) is not None)
    seccion.agregar(Cifras((
        cifra(traducir("Indicadores"), len(definidos), "indicadores"),
        cifra(traducir("Valores de {0}").format(anio), con_dato, "valores"),
        cifra(traducir("Mejoraron desde {0}").format(anterior), sum(c.mejoraron for c in comparaciones), "mejoraron"),
        cifra(traducir("Empeoraron desde {0}").format(anterior), sum(c.empeoraron for c in comparaciones),
              "empeoraron"))))
    if not definidos:
        seccion.agregar(Parrafo(traducir("Sin indicadores definidos.")))
    for indice, c in enumerate(comparaciones, start=1):
        seccion.agregar(_tabla(c, indice, anterior, anio))
    return seccion


def _tabla(c, indice: int, anterior: int, anio: int):
    i = c.indicador
    cifras = i["decimales"]

    def valor(v):
        return formato.decimal(v, cifras) if v is not None else "—"

    filas = [fila([f.miembro, nombre_pais(f.pais or ""), valor(f.valores[anterior]), valor(f.valores[anio]),
                   como_le_fue(f.variacion) if f.variacion else "", f.evidencias.get(anio, "—")],
                  f.miembro_id, [f.miembro_id, *(str(f.valores[a]) for a in (anterior, anio))]) for f in c.filas]
    fuente = f"; {i['fuente']}" if i["fuente"] else ""
    titulo = traducir("{0} ({1}; {2}{3})").format(i["nombre"], i["unidad"], traducir(SENTIDOS[i["sentido"]]).lower(),
                                                  fuente)
    return tabla(f"indicador_{indice}", titulo,
                 [columna(traducir("Miembro"), 2), columna(traducir("País"), 1.2), columna(str(anterior), 1, True),
                  columna(str(anio), 1, True), columna(traducir("Cómo le fue"), 1),
                  columna(traducir("Evidencia"), 2.2)],
                 filas, traducir("Sin valores de {0} ni de {1}.").format(anterior, anio),
                 hoja=traducir("Indicador {0}").format(indice))
