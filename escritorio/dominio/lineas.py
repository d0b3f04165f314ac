"""Los números de línea del texto de una moción y las recomendaciones de cambio por línea (issue 82, como las
«Änderungsempfehlungen» de OpenSlides). Puro: sin base ni Qt.

Las líneas: cada párrafo del texto PRESENTADO (dominio.enmiendas.parrafos) se corta en palabras enteras a
ANCHO_DE_LINEA caracteres y las líneas se numeran seguidas a través de los párrafos (1, 2, 3…). Una palabra más
larga que el ancho va sola en su línea, entera. El ancho NO cambia nunca: las recomendaciones ya registradas citan
esos números, y el acta y el sitio los repiten. Una sola función (`lineas`) las arma para la ventana, el acta, el
sitio, el proyector y la línea de órdenes.

Una recomendación cambia las líneas desde–hasta por un texto (vacío: las suprime). Lo que queda de la primera línea
hacia atrás y de la última hacia adelante, dentro de sus párrafos, se conserva: la recomendación reemplaza líneas,
no párrafos enteros. Si abarca varios párrafos, los une (o los separa como diga el texto nuevo, con líneas en
blanco).

Con las enmiendas (que citan párrafos del texto presentado): una recomendación aceptada y una enmienda viva
(presentada, admitida o aprobada) no pueden tocar el mismo párrafo, ni una enmienda insertar en medio de los
párrafos que una recomendación abarca (`choques_con_enmiendas`). Así el texto que se vota se arma sin ambigüedad:
cada párrafo presentado lo cambia a lo sumo una de las dos cosas (`texto_resultante`)."""

from dataclasses import dataclass

from .enmiendas import Cambio, aplicar, parrafos
from .traduccion import traducir

# El ancho de las líneas numeradas, en caracteres (OpenSlides usa unos 85). No cambia: las recomendaciones citan
# los números de línea que salen de él.
ANCHO_DE_LINEA = 80
ESTADOS_RECOMENDACION_DE_CAMBIO = ("pendiente", "aceptada", "rechazada")   # el CHECK de la migración 0074
NOMBRES_ESTADO_RECOMENDACION_DE_CAMBIO = {"pendiente": "Pendiente", "aceptada": "Aceptada",
                                          "rechazada": "Rechazada"}


@dataclass(frozen=True)
class Linea:
    numero: int       # desde 1, seguido en todo el texto
    parrafo: int      # el párrafo del texto presentado, desde 1
    texto: str


@dataclass(frozen=True)
class Recomendacion:
    desde: int
    hasta: int
    texto: str        # vacío: suprime esas líneas


def cortar(parrafo: str, ancho: int = ANCHO_DE_LINEA) -> list[str]:
    """El párrafo cortado en palabras enteras, cada línea de a lo sumo `ancho` caracteres (salvo una palabra más
    larga, sola). Unir las líneas con un espacio devuelve el párrafo."""
    resultado: list[str] = []
    actual = ""
    for palabra in parrafo.split():
        if actual and len(actual) + 1 + len(palabra) > ancho:
            resultado.append(actual)
            actual = palabra
        else:
            actual = f"{actual} {palabra}" if actual else palabra
    if actual:
        resultado.append(actual)
    return resultado


def lineas(texto: str) -> list[Linea]:
    """Las líneas numeradas del texto: sus párrafos cortados a ANCHO_DE_LINEA, numeradas seguidas."""
    resultado: list[Linea] = []
    for n, parrafo in enumerate(parrafos(texto), start=1):
        resultado += [Linea(len(resultado) + i, n, t) for i, t in enumerate(cortar(parrafo), start=1)]
    return resultado


def texto_de_las_lineas(texto: str, desde: int, hasta: int) -> str:
    """Lo que dicen las líneas desde–hasta, una por renglón (se guarda con la recomendación para notar si el texto
    citado cambió)."""
    return "\n".join(linea.texto for linea in lineas(texto) if desde <= linea.numero <= hasta)


def errores_de_la_recomendacion(texto: str, desde: int, hasta: int, nuevo: str) -> list[str]:
    """Lo que impide registrar la recomendación sobre el texto (vacío: se puede)."""
    total = len(lineas(texto))
    if not 1 <= desde <= hasta <= total:
        return [traducir("La moción tiene {0} líneas: las líneas {1}–{2} no son un tramo de ellas (desde ≤ hasta, "
                         "entre 1 y {0}).").format(total, desde, hasta)]
    if " ".join(nuevo.split()) == " ".join(texto_de_las_lineas(texto, desde, hasta).split()):
        return [traducir("El texto que se recomienda para las líneas {0}–{1} es igual al de la moción.").format(
            desde, hasta)]
    return []


def se_solapan(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Si dos tramos de líneas (desde, hasta) comparten alguna línea."""
    return a[0] <= b[1] and b[0] <= a[1]


def parrafos_de(texto: str, desde: int, hasta: int) -> tuple[int, int]:
    """El primer y el último párrafo que tocan las líneas desde–hasta."""
    tocadas = [linea.parrafo for linea in lineas(texto) if desde <= linea.numero <= hasta]
    return tocadas[0], tocadas[-1]


def choques_con_enmiendas(texto: str, recomendacion: tuple[int, int], enmiendas: dict[int, list[Cambio]]) -> list[int]:
    """Las enmiendas (por su clave) que tocan lo mismo que la recomendación de líneas (desde, hasta): reemplazan o
    suprimen uno de sus párrafos, o insertan entre dos de ellos."""
    primero, ultimo = parrafos_de(texto, *recomendacion)
    choques = []
    for clave, cambios in enmiendas.items():
        for c in cambios:
            toca = (primero <= c.parrafo < ultimo) if c.operacion == "insertar" else (primero <= c.parrafo <= ultimo)
            if toca:
                choques.append(clave)
                break
    return choques


def _aplicar_en(lineas_: list[Linea], recomendaciones: list[Recomendacion]) -> list[str]:
    """Los párrafos que resultan de esas líneas (las de unos párrafos seguidos) con las recomendaciones aplicadas:
    una recomendación que abarca el fin de un párrafo y el comienzo del siguiente los une."""
    salida: list[list[str]] = [[]]
    previo = None
    for linea in lineas_:
        r = next((r for r in recomendaciones if r.desde <= linea.numero <= r.hasta), None)
        if previo is not None and linea.parrafo != previo and (r is None or r.desde == linea.numero):
            salida.append([])
        previo = linea.parrafo
        if r is None:
            salida[-1].append(linea.texto)
        elif r.desde == linea.numero:
            partes = parrafos(r.texto)
            salida[-1] += partes[:1]
            salida += [[p] for p in partes[1:]]
    return [" ".join(p) for p in salida if p]


def texto_resultante(texto: str, recomendaciones: list[Recomendacion], enmiendas: list[list[Cambio]]) -> list[str]:
    """Los párrafos del texto presentado con las recomendaciones aceptadas y las enmiendas aprobadas aplicadas.
    Las recomendaciones no se solapan entre sí ni tocan párrafos de las enmiendas (lo aseguran los servicios)."""
    presentados = parrafos(texto)
    lineas_ = lineas(texto)
    # Los tramos de párrafos que cambian las recomendaciones (unidos si se tocan): cada uno se rehace entero.
    tramos: list[list[int]] = []
    for r in sorted(recomendaciones, key=lambda r: r.desde):
        primero, ultimo = parrafos_de(texto, r.desde, r.hasta)
        if tramos and primero <= tramos[-1][1]:
            tramos[-1][1] = max(ultimo, tramos[-1][1])
        else:
            tramos.append([primero, ultimo])
    en_lugar: dict[int, list[str]] = {}
    for primero, ultimo in tramos:
        for n in range(primero, ultimo + 1):
            en_lugar[n] = []
        en_lugar[primero] = _aplicar_en([x for x in lineas_ if primero <= x.parrafo <= ultimo], recomendaciones)
    # Las enmiendas citan los párrafos presentados: los que rehízo una recomendación van marcados y se cambian al final.
    marcados = [f"\0{n}" if n in en_lugar else p for n, p in enumerate(presentados, start=1)]
    resultado = []
    for p in aplicar(marcados, enmiendas):
        resultado += en_lugar[int(p[1:])] if p.startswith("\0") else [p]
    return resultado
