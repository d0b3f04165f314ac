"""La ubicación de un miembro en el mapa: cómo se escribe una coordenada y qué valores son posibles."""

import math
import re

from . import entrada
from .traduccion import traducir

# «-34.61», «-34,61315», «−58,38» (el signo menos tipográfico que pegan los procesadores de texto), «34.6 S»: grados
# decimales con punto o coma, y el hemisferio con letra en lugar del signo si se prefiere.
_DECIMAL = re.compile(r"^([+-]?)(\d{1,3}(?:[.,]\d+)?)\s*([NSEOW]?)$", re.IGNORECASE)
_HEMISFERIO_NEGATIVO = {"S", "O", "W"}
LIMITES = {"latitud": 90.0, "longitud": 180.0}
DECIMALES = 5   # un metro: GeoNames da cinco; más no dice nada en un mapa de la red


def leer_coordenada(valor: object, campo: str) -> float:
    """`campo` es «latitud» o «longitud». Devuelve los grados decimales (negativos al sur y al oeste), redondeados
    a cinco decimales. Lanza ValueError con el motivo en el idioma en curso (quien llama antepone el rótulo)."""
    limite = LIMITES[campo]
    if isinstance(valor, bool) or valor is None or (isinstance(valor, str) and not valor.strip()):
        raise ValueError(traducir("está vacía; escriba los grados decimales (por ejemplo, -34,61)"))
    if isinstance(valor, (int, float)):
        grados = float(valor)
    else:
        texto = str(valor).strip().replace("\u2212", "-").replace("\u00a0", " ").replace("°", "")
        if not entrada.solo_cifras_ascii(texto):
            raise ValueError(traducir("usa cifras de otro sistema de escritura; escriba los grados con las "
                                      "cifras 0 a 9 (por ejemplo, -34,61)"))
        coincide = _DECIMAL.match(texto)
        if not coincide:
            raise ValueError(traducir("no es un número de grados decimales (ejemplos válidos: -34,61 · -34.61 · "
                                      "34,61 S)"))
        signo, numero, hemisferio = coincide.groups()
        hemisferio = hemisferio.upper()
        if hemisferio and signo:
            raise ValueError(traducir("lleva signo y hemisferio a la vez; escriba solo uno de los dos"))
        if hemisferio and (hemisferio in "NS") != (campo == "latitud"):
            raise ValueError(traducir("usa un hemisferio que no corresponde (N o S para la latitud, E u O para la "
                                      "longitud)"))
        grados = float(numero.replace(",", "."))
        if signo == "-" or hemisferio in _HEMISFERIO_NEGATIVO:
            grados = -grados
    if not math.isfinite(grados) or abs(grados) > limite:
        raise ValueError(traducir("debe estar entre -{0} y {0} grados").format(int(limite)))
    return round(grados, DECIMALES) + 0.0   # + 0.0: -0.0 se guarda y se muestra como 0


def en_el_cruce_del_ecuador(latitud: float, longitud: float) -> bool:
    """¿0, 0? Es el mar frente a África, donde no hay ciudad: lo que escriben algunas planillas cuando no saben la
    ubicación. Guardado, el miembro aparecería allí y el mapa de la red se estiraría hasta ese punto."""
    return latitud == 0 and longitud == 0


def motivo_del_cruce() -> str:
    return traducir("0, 0 es un punto en el mar (donde se cruzan el ecuador y el meridiano de Greenwich), no una "
                    "ciudad: si no se sabe la ubicación, deje la latitud y la longitud vacías")


def validar_ubicacion(latitud: object, longitud: object) -> tuple[tuple[float, float] | None, dict[str, str]]:
    """((latitud, longitud) o None, campo -> motivo con su rótulo): las dos van juntas, y no en 0, 0."""
    valores, errores = {}, {}
    for campo, valor, rotulo in (("latitud", latitud, traducir("Latitud")), ("longitud", longitud,
                                                                             traducir("Longitud"))):
        try:
            valores[campo] = leer_coordenada(valor, campo)
        except ValueError as error:
            errores[campo] = f"{rotulo}: {error}."
    if errores:
        return None, errores
    if en_el_cruce_del_ecuador(valores["latitud"], valores["longitud"]):
        return None, {"latitud": f"{traducir('Latitud')}: {motivo_del_cruce()}."}
    return (valores["latitud"], valores["longitud"]), {}


# «-34.61, -58.38», «-34,61; -58,38», «-34.61 -58.38», «34.61 S 58.38 O», «(-34.61, -58.38)»: una celda con las dos.
_SEPARADOR_CLARO = re.compile(r";|,\s+")
_ENVOLTURA = "()[]{}"
# «-34,61»: una coordenada con coma decimal (falta la otra), no «-34» y «61»; dos enteros así no se adivinan.
_ENTERO_COMA_ENTERO = re.compile(r"^[+-]?\d+,\d+$")


def leer_par_de_coordenadas(valor: object) -> tuple[float, float]:
    """«latitud, longitud» en una sola celda (la columna «Coordenadas» de una planilla, lo que copia un mapa en
    línea). Se separan por punto y coma, por una coma seguida de espacio, por la única coma si no hay otra (los
    decimales, entonces, con punto; «-34,61», sin punto ni signo después de la coma, es un número con coma decimal
    y no se separa) o por espacios. ValueError con el motivo en el idioma en curso; cada coordenada,
    con las reglas de `leer_coordenada`."""
    texto = "" if valor is None or isinstance(valor, bool) else str(valor).strip().strip(_ENVOLTURA).strip()
    if not texto:
        raise ValueError(traducir("está vacía; escriba la latitud y la longitud (por ejemplo, -34.61, -58.38)"))
    if _SEPARADOR_CLARO.search(texto):
        partes = _SEPARADOR_CLARO.split(texto)
    elif texto.count(",") == 1 and not _ENTERO_COMA_ENTERO.match(texto):
        partes = texto.split(",")
    else:
        partes = texto.split()
        if len(partes) == 4 and all(p.upper() in ("N", "S", "E", "O", "W") for p in partes[1::2]):
            partes = [f"{partes[0]} {partes[1]}", f"{partes[2]} {partes[3]}"]
    if len(partes) != 2:
        raise ValueError(traducir("no se entiende como «latitud, longitud»; escriba por ejemplo -34.61, -58.38 (o "
                                  "-34,61; -58,38), o use dos columnas, Latitud y Longitud"))
    valores = {}
    for campo, parte, rotulo in (("latitud", partes[0], traducir("la latitud")),
                                 ("longitud", partes[1], traducir("la longitud"))):
        try:
            valores[campo] = leer_coordenada(parte.strip(), campo)
        except ValueError as error:
            raise ValueError(f"{rotulo} {error}") from None
    if en_el_cruce_del_ecuador(valores["latitud"], valores["longitud"]):
        raise ValueError(motivo_del_cruce())
    return valores["latitud"], valores["longitud"]
