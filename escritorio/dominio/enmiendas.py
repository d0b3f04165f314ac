"""Enmiendas a una moción (issue 64, §2): sus cambios a los párrafos, el texto que resulta, los conflictos entre
enmiendas, el orden de votación y la comparación legible con el texto de la moción. Puro: sin base ni Qt.

Los cambios de todas las enmiendas citan los párrafos del texto PRESENTADO de la moción (1, 2, 3…): así cada
enmienda se lee sola y varias aprobadas se aplican juntas sin que una corra la numeración de la otra. `insertar`
agrega después del párrafo N (0: al principio)."""

import difflib
import re
from dataclasses import dataclass

from .sala import OPERACIONES_ENMIENDA
from .traduccion import traducir

_BLANCO = re.compile(r"\n\s*\n")


def parrafos(texto: str) -> list[str]:
    """Los párrafos de un texto: separados por una línea en blanco; los saltos simples dentro de un párrafo quedan
    como espacios."""
    return [" ".join(p.split()) for p in _BLANCO.split(texto or "") if p.strip()]


def unir(parrafos_: list[str]) -> str:
    return "\n\n".join(parrafos_)


@dataclass(frozen=True)
class Cambio:
    operacion: str          # reemplazar | insertar | suprimir
    parrafo: int            # del texto presentado, desde 1 (insertar: después de él; 0, al principio)
    texto: str | None = None


def errores_de_cambios(parrafos_: list[str], cambios: list[Cambio]) -> list[str]:
    """Lo que impide registrar una enmienda con esos cambios, en castellano claro (vacío: se puede)."""
    errores = []
    if not cambios:
        errores.append(traducir("Una enmienda cambia al menos un párrafo: indique cuál y cómo."))
    vistos = set()
    for c in cambios:
        if c.operacion not in OPERACIONES_ENMIENDA:
            errores.append(traducir("Operación «{0}» desconocida; use {1}.").format(
                c.operacion, ", ".join(OPERACIONES_ENMIENDA)))
            continue
        minimo = 0 if c.operacion == "insertar" else 1
        if not minimo <= c.parrafo <= len(parrafos_):
            errores.append(traducir("La moción tiene {0} párrafos: no hay párrafo {1} que {2}.").format(
                len(parrafos_), c.parrafo, _verbo(c.operacion)))
        if c.operacion == "suprimir":
            if c.texto:
                errores.append(traducir("Suprimir el párrafo {0} no lleva texto.").format(c.parrafo))
        elif not (c.texto or "").strip():
            errores.append(traducir("Escriba el texto que propone para el párrafo {0}.").format(c.parrafo))
        elif len(parrafos(c.texto)) != 1:
            errores.append(traducir("El texto propuesto para el párrafo {0} tiene varios párrafos: proponga cada "
                                    "uno en un cambio.").format(c.parrafo))
        elif c.operacion == "reemplazar" and 1 <= c.parrafo <= len(parrafos_) \
                and parrafos(c.texto)[0] == parrafos_[c.parrafo - 1]:
            errores.append(traducir("El texto propuesto para el párrafo {0} es igual al de la moción.").format(
                c.parrafo))
        lugar = _lugar(c)
        if lugar in vistos:
            errores.append(traducir("La enmienda cambia dos veces el párrafo {0}: junte los cambios en uno.").format(
                c.parrafo))
        vistos.add(lugar)
    return errores


def _verbo(operacion: str) -> str:
    return {"reemplazar": traducir("reemplazar"), "suprimir": traducir("suprimir"),
            "insertar": traducir("insertar después")}.get(operacion, operacion)


def _lugar(c: Cambio) -> tuple[int, str]:
    # Reemplazar y suprimir tocan el párrafo; insertar, el hueco después de él. Dos inserciones en el mismo hueco
    # también chocan: no se sabe en qué orden irían.
    return (c.parrafo, "hueco" if c.operacion == "insertar" else "parrafo")


def lugares(cambios: list[Cambio]) -> set[tuple[int, str]]:
    """Lo que toca una enmienda: (párrafo, «parrafo») o (párrafo, «hueco») de cada cambio."""
    return {_lugar(c) for c in cambios}


def conflictos(enmiendas: dict[int, list[Cambio]]) -> dict[int, set[int]]:
    """Por enmienda: las otras que tocan algún mismo lugar del texto (párrafo o hueco). Simétrico."""
    tocados = {i: lugares(c) for i, c in enmiendas.items()}
    return {i: {j for j in tocados if j != i and tocados[i] & tocados[j]} for i in tocados}


def aplicar(parrafos_: list[str], enmiendas: list[list[Cambio]]) -> list[str]:
    """El texto que resulta de aplicar, sobre el texto presentado, los cambios de las enmiendas aprobadas (que no
    chocan entre sí: lo asegura la votación, que deja decaer las que tocan lo mismo que una aprobada)."""
    reemplazos: dict[int, str | None] = {}
    inserciones: dict[int, list[str]] = {}
    for cambios in enmiendas:
        for c in cambios:
            if c.operacion == "insertar":
                inserciones.setdefault(c.parrafo, []).append(parrafos(c.texto)[0])
            elif c.operacion == "suprimir":
                reemplazos[c.parrafo] = None
            else:
                reemplazos[c.parrafo] = parrafos(c.texto)[0]
    resultado = list(inserciones.get(0, []))
    for n, original in enumerate(parrafos_, start=1):
        nuevo = reemplazos.get(n, original)
        if nuevo is not None:
            resultado.append(nuevo)
        resultado += inserciones.get(n, [])
    return resultado


@dataclass(frozen=True)
class Tramo:
    tipo: str     # igual | quitado | agregado
    texto: str


def diferencias(antes: str, despues: str) -> list[Tramo]:
    """La comparación de dos textos por palabras: lo que queda, lo que se quita y lo que se agrega, en orden."""
    a, b = antes.split(), despues.split()
    tramos: list[Tramo] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            tramos.append(Tramo("igual", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            tramos.append(Tramo("quitado", " ".join(a[i1:i2])))
        if j2 > j1:
            tramos.append(Tramo("agregado", " ".join(b[j1:j2])))
    return tramos


@dataclass(frozen=True)
class ParrafoComparado:
    numero: int                # el párrafo del texto presentado (insertar: el que queda antes; 0, al principio)
    operacion: str
    tramos: tuple[Tramo, ...]

    def texto_plano(self) -> str:
        """Para quien no ve colores: [−quitado−] y [+agregado+]."""
        marcas = {"igual": "{0}", "quitado": "[−{0}−]", "agregado": "[+{0}+]"}
        return " ".join(marcas[t.tipo].format(t.texto) for t in self.tramos)


def comparacion(parrafos_: list[str], cambios: list[Cambio]) -> list[ParrafoComparado]:
    """La enmienda leída contra el texto de la moción: cada párrafo que toca, con lo que quita y lo que agrega."""
    comparados = []
    for c in sorted(cambios, key=lambda c: (c.parrafo, c.operacion != "insertar")):
        original = parrafos_[c.parrafo - 1] if 1 <= c.parrafo <= len(parrafos_) else ""
        if c.operacion == "insertar":
            tramos = (Tramo("agregado", parrafos(c.texto)[0]),)
        elif c.operacion == "suprimir":
            tramos = (Tramo("quitado", original),)
        else:
            tramos = tuple(diferencias(original, parrafos(c.texto)[0] if parrafos(c.texto) else ""))
        comparados.append(ParrafoComparado(c.parrafo, c.operacion, tramos))
    return comparados


def distancia(parrafos_: list[str], cambios: list[Cambio]) -> float:
    """Cuánto se aleja una enmienda del texto: las palabras que quita más las que agrega, sobre las palabras del
    texto presentado. Suprimir un párrafo entero se aleja más que cambiar una palabra."""
    total = max(1, sum(len(p.split()) for p in parrafos_))
    cambiadas = sum(len(t.texto.split()) for p in comparacion(parrafos_, cambios) for t in p.tramos
                    if t.tipo != "igual")
    return cambiadas / total


def orden_de_votacion(enmiendas: list[tuple[int, int, list[Cambio]]], parrafos_: list[str],
                      criterio: str = "mas_lejana") -> list[int]:
    """Los ids de las enmiendas en el orden en que se votan: `mas_lejana`, la que más se aleja del texto primero
    (a igual distancia, la presentada antes); `presentacion`, por su número."""
    if criterio == "presentacion":
        return [i for i, _, _ in sorted(enmiendas, key=lambda e: e[1])]
    return [i for i, _, _ in sorted(enmiendas, key=lambda e: (-distancia(parrafos_, e[2]), e[1]))]


# --- Enmiendas a una enmienda (issue 82, como OpenSlides) ----------------------------------------------------------
#
# Una enmienda a la enmienda N propone otro texto para uno o más de sus cambios: cada cambio suyo nombra el de la
# enmendada por su operación y su párrafo (los mismos) y trae el texto nuevo. Solo los cambios con texto (reemplazar,
# insertar) se enmiendan; suprimir no tiene texto que cambiar. Se vota antes que la enmendada; aprobada, la enmendada
# se vota (y, si se aprueba, se aplica) con ese texto.


def errores_de_subenmienda(de_la_enmendada: list[Cambio], numero: int, cambios: list[Cambio]) -> list[str]:
    """Lo que impide registrar una enmienda a la enmienda `numero` (de cambios `de_la_enmendada`), en castellano."""
    con_texto = {(c.operacion, c.parrafo): c.texto for c in de_la_enmendada if c.texto}
    errores = [] if cambios else [traducir("Una enmienda a una enmienda propone otro texto para al menos uno de sus "
                                           "cambios: indique cuál y cómo.")]
    vistos = set()
    for c in cambios:
        propuesto = con_texto.get((c.operacion, c.parrafo))
        if propuesto is None:
            posibles = ", ".join(traducir("{0} el párrafo {1}").format(_verbo(o), p) for o, p in con_texto)
            errores.append(traducir("La enmienda {0} no propone texto para {1} el párrafo {2}: una enmienda a ella "
                                    "cambia el texto de uno de sus cambios ({3}).").format(
                numero, _verbo(c.operacion), c.parrafo, posibles or traducir("no tiene ninguno con texto")))
        elif not (c.texto or "").strip():
            errores.append(traducir("Escriba el texto que propone para el párrafo {0}.").format(c.parrafo))
        elif len(parrafos(c.texto)) != 1:
            errores.append(traducir("El texto propuesto para el párrafo {0} tiene varios párrafos: proponga cada "
                                    "uno en un cambio.").format(c.parrafo))
        elif parrafos(c.texto)[0] == parrafos(propuesto)[0]:
            errores.append(traducir("El texto propuesto para el párrafo {0} es igual al de la enmienda {1}.").format(
                c.parrafo, numero))
        if (c.operacion, c.parrafo) in vistos:
            errores.append(traducir("La enmienda cambia dos veces el párrafo {0}: junte los cambios en uno.").format(
                c.parrafo))
        vistos.add((c.operacion, c.parrafo))
    return errores


def con_subenmiendas(cambios: list[Cambio], aprobadas: list[list[Cambio]]) -> list[Cambio]:
    """Los cambios de una enmienda con el texto que les dieron sus enmiendas aprobadas."""
    nuevos = {(c.operacion, c.parrafo): c.texto for sub in aprobadas for c in sub}
    return [Cambio(c.operacion, c.parrafo, nuevos.get((c.operacion, c.parrafo), c.texto)) for c in cambios]


def comparacion_con_la_enmendada(de_la_enmendada: list[Cambio], cambios: list[Cambio]) -> list[ParrafoComparado]:
    """La enmienda a una enmienda leída contra el texto que esta propone: cada cambio, con lo que quita y agrega."""
    propuesto = {(c.operacion, c.parrafo): c.texto or "" for c in de_la_enmendada}
    return [ParrafoComparado(c.parrafo, c.operacion, tuple(diferencias(
                " ".join(parrafos(propuesto.get((c.operacion, c.parrafo), ""))), parrafos(c.texto)[0])))
            for c in sorted(cambios, key=lambda c: (c.parrafo, c.operacion != "insertar")) if parrafos(c.texto)]


def cambios_aprobados(enmiendas: list[tuple[int, int | None, str]],
                      cambios: dict[int, list[Cambio]]) -> list[list[Cambio]]:
    """Lo que entra al texto final: los cambios de cada enmienda a la moción aprobada, con el texto que le dieron las
    enmiendas a ella aprobadas. `enmiendas`: (id, la que enmienda o None, estado), en el orden de su número."""
    suyas: dict[int, list[list[Cambio]]] = {}
    for i, enmendada, estado in enmiendas:
        if enmendada is not None and estado == "aprobada":
            suyas.setdefault(enmendada, []).append(cambios.get(i, []))
    return [con_subenmiendas(cambios.get(i, []), suyas.get(i, [])) for i, enmendada, estado in enmiendas
            if enmendada is None and estado == "aprobada"]


def cabeza_de_enmienda(numero: int, autores: str, enmienda_de: int | None = None) -> str:
    """«Enmienda 2, de Mendoza.» o, si enmienda otra, «Enmienda 3, a la enmienda 1, de Paraná.» (acta y sitio)."""
    if enmienda_de is None:
        return traducir("Enmienda {0}, de {1}.").format(numero, autores)
    return traducir("Enmienda {0}, a la enmienda {1}, de {2}.").format(numero, enmienda_de, autores)
