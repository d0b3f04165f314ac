"""El voto electrónico en la sala (issue 85): las reglas puras, sin base ni red.

- El código de una delegación para una sesión: 10 caracteres de un alfabeto de 32 sin los que se confunden al
  teclear (ni I ni 1, ni O ni 0), en dos grupos de cinco («K7QMX-2HTRB»); se escribe con o sin guion, en mayúsculas o
  minúsculas. La base guarda solo su huella SHA-256 con la sal de la sesión.
- El comprobante de un voto: 16 caracteres del mismo alfabeto (80 bits), en cuatro grupos; la base guarda su huella
  SHA-256 (sin sal: quien vota la recalcula por su cuenta) y el sitio publicado, su huella corta (16 cifras
  hexadecimales en grupos de 4).
- Qué papeleta vale en cada urna: un sentido (a favor, en contra, abstención) en un punto, una moción o una enmienda;
  en una elección con un voto por boleta, una candidatura, en blanco o abstención; con varias marcas por boleta, de
  `marcas_min` a `marcas_max` candidaturas distintas, o en blanco, «No a todas» o abstención. El contenido se guarda
  en una forma única (las marcas ordenadas), para que dos papeletas iguales se escriban igual.
"""

import hashlib
import secrets
from dataclasses import dataclass

from ..errores import ErrorValidacion
from .traduccion import traducir

ALFABETO = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LARGO_CODIGO = 10
LARGO_COMPROBANTE = 16
OBJETOS = ("punto", "mocion", "enmienda", "eleccion")
SENTIDOS_DE_LA_PAPELETA = ("a_favor", "en_contra", "abstencion")
# Lo que una papeleta de elección puede decir sin marcar candidaturas (BOLETAS_SIN_MARCAS de dominio/boletas.py, sin
# la nula: la anula quien escruta, no quien vota).
SIN_CANDIDATURA_UNA = ("blanco", "abstencion")
SIN_CANDIDATURA_MARCAS = ("blanco", "no", "abstencion")


def _aleatorio(largo: int) -> str:
    return "".join(secrets.choice(ALFABETO) for _ in range(largo))


def _en_grupos(texto: str, tamano: int) -> str:
    return "-".join(texto[i:i + tamano] for i in range(0, len(texto), tamano))


def nuevo_codigo() -> str:
    """Un código nuevo, para teclear: «K7QMX-2HTRB»."""
    return _en_grupos(_aleatorio(LARGO_CODIGO), 5)


def nuevo_comprobante() -> str:
    """Un comprobante nuevo: «7QMX-2HTR-BK4P-ZN8W»."""
    return _en_grupos(_aleatorio(LARGO_COMPROBANTE), 4)


def nueva_sal() -> str:
    """La sal de los códigos de una sesión (32 cifras hexadecimales)."""
    return secrets.token_hex(16)


def _limpio(texto: object, largo: int) -> str | None:
    """El texto sin espacios ni guiones, en mayúsculas, si tiene el largo y solo letras del alfabeto; si no, None."""
    if not isinstance(texto, str):
        return None
    limpio = "".join(c for c in texto.upper() if c not in " -\t")
    if len(limpio) != largo or any(c not in ALFABETO for c in limpio):
        return None
    return limpio


def codigo_limpio(codigo: object) -> str:
    """El código como se guarda su huella; rechaza con un mensaje claro uno mal escrito."""
    limpio = _limpio(codigo, LARGO_CODIGO)
    if limpio is None:
        raise ErrorValidacion(traducir(
            "El código de votación tiene 10 letras y cifras (por ejemplo K7QMX-2HTRB), sin I, O, 0 ni 1: revise lo "
            "que escribió."))
    return limpio


PUERTO_DE_LA_SALA = 8443   # el que la página de votación propone (la ventana, «voto servir», «voto codigos»)

# La página de votación recibe el código en su dirección («…/?codigo=K7QMX-2HTRB», el QR de la tarjeta impresa) y lo
# deja escrito en el campo: entrar sigue siendo un clic de quien vota (una vista previa del enlace no ata el código).
PARAMETRO_DEL_CODIGO = "codigo"


@dataclass(frozen=True)
class PaginaDeVoto:
    """La página de votación de la sala, como la dice el proyector: su dirección y la huella de su certificado."""
    url: str
    huella: str | None = None

    def con_codigo(self, codigo: str) -> str:
        """La dirección que lleva el QR de una tarjeta de votación: la página con el código ya escrito."""
        return f"{self.url}?{PARAMETRO_DEL_CODIGO}={codigo}"


def codigo_para_el_campo(texto: object) -> str:
    """Lo que la página deja escrito en el campo del código al llegar desde un QR: solo letras del alfabeto, cifras
    y guiones, hasta 20 (lo demás se descarta: nada de lo que trae la dirección llega a la página tal cual)."""
    if not isinstance(texto, str):
        return ""
    return "".join(c for c in texto.upper() if c in ALFABETO or c == "-")[:20]


def comprobante_limpio(comprobante: object) -> str:
    limpio = _limpio(comprobante, LARGO_COMPROBANTE)
    if limpio is None:
        raise ErrorValidacion(traducir(
            "El comprobante tiene 16 letras y cifras (por ejemplo 7QMX-2HTR-BK4P-ZN8W), sin I, O, 0 ni 1: escríbalo "
            "como se lo mostró la página al votar."))
    return limpio


def huella_del_codigo(codigo: str, sal: str) -> str:
    """SHA-256 de la sal de la sesión y el código limpio (64 cifras hexadecimales)."""
    return hashlib.sha256(f"{sal}:{codigo_limpio(codigo)}".encode()).hexdigest()


def huella_del_comprobante(comprobante: str) -> str:
    """SHA-256 del comprobante limpio: la que guarda la base y, corta, publica el sitio."""
    return hashlib.sha256(comprobante_limpio(comprobante).encode()).hexdigest()


def huella_corta(huella: str) -> str:
    """Las primeras 16 cifras de una huella, en grupos de 4: «3f2a-9c01-77be-0d4e»."""
    return _en_grupos(huella[:16], 4)


@dataclass(frozen=True)
class FormaDeLaUrna:
    """Qué se vota en una urna: sentidos (`candidaturas` None) o candidaturas (sus ids), con una marca o varias."""
    candidaturas: tuple[int, ...] | None = None
    marcas_min: int = 1
    marcas_max: int = 1
    con_marcas: bool = False


def contenido_de_la_papeleta(forma: FormaDeLaUrna, eleccion: list[str] | str) -> str:
    """La papeleta en su forma única («a_favor»; «12»; «3,5,9» con las marcas ordenadas; «blanco»…); rechaza con un
    mensaje claro una que no vale en esa urna."""
    marcas = [eleccion] if isinstance(eleccion, str) else list(eleccion) if isinstance(eleccion, (list, tuple)) else None
    if marcas is None or any(not isinstance(m, str) for m in marcas):
        raise ErrorValidacion(traducir("La papeleta no se entiende: elija una de las opciones de la urna."))
    marcas = [m.strip() for m in marcas]
    if forma.candidaturas is None:
        if len(marcas) != 1 or marcas[0] not in SENTIDOS_DE_LA_PAPELETA:
            raise ErrorValidacion(traducir("Elija una sola opción: a_favor, en_contra o abstencion."))
        return marcas[0]
    if not forma.con_marcas:
        return _una_candidatura(forma, marcas)
    return _varias_marcas(forma, marcas)


def _id_de(marca: str, forma: FormaDeLaUrna) -> int | None:
    return int(marca) if marca.isascii() and marca.isdigit() and int(marca) in forma.candidaturas else None


def _una_candidatura(forma: FormaDeLaUrna, marcas: list[str]) -> str:
    if len(marcas) == 1 and (marcas[0] in SIN_CANDIDATURA_UNA or _id_de(marcas[0], forma) is not None):
        return marcas[0] if marcas[0] in SIN_CANDIDATURA_UNA else str(_id_de(marcas[0], forma))
    raise ErrorValidacion(traducir("Elija una sola candidatura de esta elección, o vote en blanco (blanco) o "
                                   "absténgase (abstencion)."))


def _varias_marcas(forma: FormaDeLaUrna, marcas: list[str]) -> str:
    if not marcas or marcas == [""]:
        return "blanco"
    if len(marcas) == 1 and marcas[0] in SIN_CANDIDATURA_MARCAS:
        return marcas[0]
    ids = [_id_de(m, forma) for m in marcas]
    if None in ids:
        raise ErrorValidacion(traducir("La papeleta marca algo que no es una candidatura de esta elección: marque "
                                       "candidaturas, o vote en blanco, «No a todas» (no) o abstención."))
    if len(set(ids)) != len(ids):
        raise ErrorValidacion(traducir("La papeleta marca dos veces la misma candidatura."))
    if not forma.marcas_min <= len(ids) <= forma.marcas_max:
        raise ErrorValidacion(traducir("Marque de {0} a {1} candidaturas (marcó {2}).").format(
            forma.marcas_min, forma.marcas_max, len(ids)))
    return ",".join(str(i) for i in sorted(ids))


def boleta_de(contenido: str) -> list[int] | str:
    """La papeleta guardada como una boleta de `Recuento.por_boleta` (dominio/boletas.py): las candidaturas que
    marca o «blanco», «no», «abstencion»."""
    if contenido in SIN_CANDIDATURA_MARCAS:
        return contenido
    return [int(i) for i in contenido.split(",")]
