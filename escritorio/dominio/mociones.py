"""La vida de una moción (issue 64) y su plazo de presentación, sin base ni Qt.

El ciclo lo fija el reglamento de cada órgano, como tabla de pasos (dominio/flujos_de_mocion.py: el flujo simple y el
completo de OpenSlides, o uno propio). El completo, el que rige por omisión:

- presentada → admitida, no admitida (con motivo), retirada o no tratada;
- admitida → retirada, derivada (a un órgano de la asociación, con motivo), aplazada (a una sesión posterior, con
  motivo), no tratada o votada: aprobada o rechazada, que solo pone la votación (servicios/votaciones_sala.py);
- todos los demás son finales. Una aplazada sigue en otra sesión como una moción nueva que «viene de» ella
  (servicios.mociones.retomar).

Los apoyos: el reglamento puede pedir un mínimo de apoyos (miembros que la apoyan, sin contar a sus autores) para que
una moción se admita; se suman mientras está presentada. Sin ellos no se admite (no hay motivo que lo salve: es una
condición del reglamento, no un plazo).

La categoría (issue 82, como OpenSlides): el órgano define las categorías de sus mociones («Hacienda»), cada una con
un prefijo corto («HAC»). Una moción con categoría se nombra con el prefijo y su número en la sesión: «Moción HAC 3»
(`rotulo_de_la_mocion`, la única función que arma ese nombre: la usan la línea de órdenes, la ventana, el acta, el
sitio, OParl y el proyector). El número sigue siendo el de la sesión: el prefijo no abre otra numeración, así «HAC 3»
y «3» son la misma moción y la línea de órdenes la sigue nombrando por su número.

El plazo: el reglamento puede fijar cuántos días antes de la sesión se reciben las mociones. Una recibida después
se AVISA, no se rechaza en silencio: admitirla pide un motivo, que queda guardado («fuera de plazo»).
"""

from datetime import date, timedelta

from .flujos_de_mocion import siguientes
from .sala import ESTADOS_MOCION, NOMBRES_ESTADO_MOCION, NOMBRES_RECOMENDACION
from .traduccion import traducir

# Lo que pone la votación de la moción (no la secretaría a mano).
POR_LA_VOTACION = ("aprobada", "rechazada")
# Los estados en que una moción todavía no se votó: una comisión puede recomendar (issue 82).
ANTES_DEL_VOTO = ("presentada", "admitida")
# El prefijo de una categoría de mociones: de 1 a 6 letras o cifras, sin espacios.
PREFIJO_MAXIMO = 6
# Las decisiones que exigen un motivo (la de admitir una fuera de plazo, también: `motivo_exigido`).
CON_MOTIVO = ("no_admitida", "derivada", "aplazada")
FINALES = tuple(e for e in ESTADOS_MOCION if e not in ANTES_DEL_VOTO)



def nombre_del_estado(estado: str) -> str:
    """«No admitida», en el idioma en curso (los nombres: dominio/sala.py)."""
    return traducir(NOMBRES_ESTADO_MOCION.get(estado, estado))


def problema_de_transicion(flujo: frozenset, actual: str, nuevo: str, *, por_la_votacion: bool = False) -> str | None:
    """Por qué una moción en `actual` no pasa a `nuevo` bajo el `flujo` de su órgano (None: puede; los flujos:
    dominio/flujos_de_mocion.py). Aprobada y rechazada solo las pone la votación (`por_la_votacion`)."""
    if nuevo in POR_LA_VOTACION and not por_la_votacion:
        return traducir("Una moción se aprueba o se rechaza con su votación, no a mano.")
    if nuevo in siguientes(flujo, actual):
        return None
    if actual in FINALES:
        return traducir("La moción ya está «{0}»: ese estado es final y no cambia.").format(nombre_del_estado(actual))
    posibles = ", ".join(f"«{nombre_del_estado(e)}»" for e in siguientes(flujo, actual) if e not in POR_LA_VOTACION)
    return traducir("Una moción «{0}» no pasa a «{1}» en el flujo de su órgano; puede pasar a {2}.").format(
        nombre_del_estado(actual), nombre_del_estado(nuevo), posibles)


def identificador_de_la_mocion(numero: int, prefijo: str | None = None) -> str:
    """«HAC 3» si la moción tiene categoría (su prefijo), «3» si no."""
    return f"{prefijo} {numero}" if prefijo else str(numero)


def rotulo_de_la_mocion(numero: int, prefijo: str | None = None) -> str:
    """«Moción HAC 3» (con la categoría de prefijo «HAC») o «Moción 3», en el idioma en curso: el nombre de la moción
    en todas partes."""
    return traducir("Moción {0}").format(identificador_de_la_mocion(numero, prefijo))


def problema_del_prefijo(prefijo: str) -> str | None:
    """Por qué `prefijo` no sirve como prefijo de una categoría de mociones (None: sirve)."""
    if prefijo and len(prefijo) <= PREFIJO_MAXIMO and all(c.isalpha() or c.isdecimal() for c in prefijo):
        return None
    if not prefijo:
        return traducir("Prefijo: escriba de 1 a {0} letras o cifras (por ejemplo: HAC).").format(PREFIJO_MAXIMO)
    return traducir("Prefijo «{0}»: de 1 a {1} letras o cifras, sin espacios ni signos (por ejemplo: HAC).").format(
        prefijo, PREFIJO_MAXIMO)


def nombre_de_la_recomendacion(recomendacion: str) -> str:
    """«Aprobar con cambios», en el idioma en curso."""
    return traducir(NOMBRES_RECOMENDACION.get(recomendacion, recomendacion))


def frase_de_la_recomendacion(organo: str, fecha: str, recomendacion: str, nota: str | None) -> str:
    """«Recomendación de la UT Ambiente (20/11/2026): Aprobar con cambios — Con la enmienda 2»: la misma frase en la
    línea de órdenes, la ventana, el acta, el proyector y el sitio."""
    from . import formato
    from .sesiones import de_organo

    texto = traducir("Recomendación {0} ({1}): {2}").format(de_organo(organo), formato.fecha(fecha),
                                                            nombre_de_la_recomendacion(recomendacion))
    return texto + (f" — {nota}" if nota else "")


def faltan_apoyos(numero: int, apoyos: int, minimo: int, articulo: str | None) -> str | None:
    """Por qué la moción `numero` no se admite con `apoyos` si el reglamento pide `minimo` (None: alcanzan)."""
    if apoyos >= minimo:
        return None
    tiene = (traducir("no tiene apoyos") if apoyos == 0 else traducir("tiene 1 apoyo") if apoyos == 1
             else traducir("tiene {0} apoyos").format(apoyos))
    pide = (traducir("{0} pide al menos {1}").format(articulo, minimo) if articulo
            else traducir("las reglas de la sala piden al menos {0}").format(minimo))
    return traducir("Moción {0}: {1} y {2} para admitirla (sin contar a sus autores). Sume los apoyos que falten "
                    "mientras está presentada, o no la admita.").format(numero, tiene, pide)


def plazo_para(fecha_sesion: date, plazo_mociones_dias: int | None) -> date | None:
    """El último día en que se recibe una moción para la sesión del día `fecha_sesion` (None: sin plazo)."""
    if plazo_mociones_dias is None:
        return None
    return fecha_sesion - timedelta(days=plazo_mociones_dias)


def fuera_de_plazo(recibida_el: date, plazo: date | None) -> bool:
    """Recibida después del último día del plazo (el mismo día todavía está en plazo)."""
    return plazo is not None and recibida_el > plazo


def motivo_exigido(nuevo: str, tarde: bool) -> bool:
    """Si pasar a `nuevo` exige un motivo: no admitir, derivar, aplazar, y admitir una recibida fuera de plazo."""
    return nuevo in CON_MOTIVO or (nuevo == "admitida" and tarde)
