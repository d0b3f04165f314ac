"""Las anclas fuera del archivo (issue 58 §2): dónde quedó la cabeza de la cadena de la bitácora cuando un registro
salió de la oficina, y si la cadena de hoy todavía la tiene con la misma huella.

Un ancla es (sello, huella) más de dónde salió (`fuente`, en palabras). Las dan los «lectores de anclas»
(`LECTORES`): cada uno reconoce una clase de valor de «escritorio verificar --ancla» y lee sus anclas. Hoy: la
dirección de un sitio publicado (su `anclas.json`), la carpeta de un sitio, una copia guardada de su lista
(`anclas.json` o la página `anclas.html`), un correo guardado (.eml), un PDF
emitido y el ancla escrita a mano («N:HUELLA», o un texto con «sello N · huella»). Otra clase de ancla (un sello de
tiempo guardado como .tsr se comprueba aparte, con su firma: servicios/sello_de_tiempo.py, desde
`verificacion.comprobar_anclas`) que dé (sello, huella) es un lector más: una función que reconoce el valor y otra
que lo lee, agregados a `LECTORES` antes del último (el del texto, que acepta lo que nadie reconoció).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..datos import documentos as tabla_documentos
from ..datos import verificacion as datos
from ..datos.base_de_datos import BaseDeDatos
from ..dominio import formato
from ..dominio.anclas import ARCHIVO_DE_ANCLAS, LARGO_MAXIMO, SELLO_MAXIMO, AnclasPublicadas, leer_anclas
from ..dominio.entrada import muestra
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio.publicacion import MANIFIESTO as MANIFIESTO_DEL_SITIO
from ..errores import ErrorEscritorio

# La cabecera que lleva cada correo enviado por Escritorio: «X-Escritorio-Ancla: <sello> <huella>».
CABECERA_DEL_CORREO = "X-Escritorio-Ancla"
LARGO_MAXIMO_DEL_CORREO = 50_000_000
ESPERA_DE_RED = 15   # segundos

ANCLA_EN_TEXTO = re.compile(r"(?:sello|selo|seal)\s+(\d+)\b[^\n]{1,40}?\b([0-9a-fA-F]{16,64})\b", re.IGNORECASE)
_ANCLA_CORTA = re.compile(r"^\s*(\d+)\s*[:·,]\s*([0-9a-fA-F]{16,64})\s*$")
_CABECERA = re.compile(r"^\s*(\d+)\s+([0-9a-fA-F]{64})\s*$")


@dataclass(frozen=True)
class Ancla:
    sello: int
    huella: str      # 16 a 64 cifras hexadecimales, en minúsculas (el pie de un papel lleva 16)
    fuente: str      # de dónde salió, para decirlo: «el sitio publicado en …», «el correo «…» del …»
    base: str | None = None   # la identidad de la base que la publicó, si la fuente la dice (el sitio)


@dataclass(frozen=True)
class Comparacion:
    """Lo que dice la cadena de hoy de un ancla."""

    ancla: Ancla
    actual: str | None   # la huella de ese sello en la base hoy (None: la base no tiene ese sello)
    de_otra_base: bool = False   # la fuente dice que es de otra base: no se compara

    @property
    def sigue(self) -> bool:
        return not self.de_otra_base and self.actual is not None and self.actual.startswith(self.ancla.huella)


@dataclass(frozen=True)
class LectorDeAnclas:
    clase: str                                   # qué lee, en palabras (para el mensaje de un valor que no se entiende)
    reconoce: Callable[[str], bool]
    leer: Callable[[str], list[Ancla]]


def comparar(db: BaseDeDatos, anclas: list[Ancla]) -> list[Comparacion]:
    """Cada ancla contra la cadena de hoy (la de un sitio de otra base no se compara: sus sellos son de otra
    cadena)."""
    propia = tabla_documentos.identidad(db)
    return [Comparacion(a, None, True) if a.base and propia and a.base != propia else
            Comparacion(a, datos.huella_del_sello(db, a.sello) if a.sello <= SELLO_MAXIMO else None) for a in anclas]


def anclas_de(valor: str) -> list[Ancla]:
    """Las anclas de un valor de «--ancla», por el primer lector que lo reconoce. ErrorEscritorio, en el idioma de
    quien lee, si el valor no es ninguna o no lleva ninguna."""
    for lector in LECTORES:
        if lector.reconoce(valor):
            return lector.leer(valor)
    otras = ", ".join(traducir(clase) for clase in CLASES[:-1])
    raise ErrorEscritorio(segun_la_puerta(
        ventana=traducir("no es un ancla: escriba el sello y la huella como los lleva el pie de un documento (por "
                         "ejemplo 1234:1a2b3c4d5e6f7a8b, al menos 16 cifras), o dé {0} o un sello de tiempo "
                         "(.tsr).").format(otras),
        linea=f"--ancla «{muestra(valor, 80)}»: escriba el sello y la huella como los da «escritorio bitacora ancla» "
              f"(por ejemplo 1234:1a2b3c4d5e6f7a8b, al menos 16 cifras), o dé {otras} o un sello de tiempo (.tsr, "
              "escritorio bitacora exportar-sello)."))


def _sin_repetir(anclas: list[Ancla]) -> list[Ancla]:
    """Una vez cada sello; de un mismo sello, la huella más larga (la completa vale más que las 16 cifras del pie)."""
    por_sello: dict[int, Ancla] = {}
    for ancla in anclas:
        if ancla.sello not in por_sello or len(ancla.huella) > len(por_sello[ancla.sello].huella):
            por_sello[ancla.sello] = ancla
    return [por_sello[s] for s in sorted(por_sello)]


# --- el ancla escrita: «N:HUELLA» o un texto con «sello N · huella» ---------------------------------------------

def _es_texto(valor: str) -> bool:
    return bool(_ANCLA_CORTA.match(valor) or ANCLA_EN_TEXTO.search(valor))


def _del_texto(valor: str) -> list[Ancla]:
    fuente = traducir("el ancla «{0}»").format(muestra(valor, 60))
    corta = _ANCLA_CORTA.match(valor)
    if corta:
        return [Ancla(int(corta[1]), corta[2].lower(), fuente)]
    return _sin_repetir([Ancla(int(n), h.lower(), fuente) for n, h in ANCLA_EN_TEXTO.findall(valor)])


# --- un PDF emitido: su pie y sus palabras clave ----------------------------------------------------------------

def _es_pdf(valor: str) -> bool:
    ruta = Path(valor)
    if ruta.suffix.lower() == ".pdf":
        return True
    try:
        with ruta.open("rb") as archivo:
            return archivo.read(5) == b"%PDF-"
    except OSError:
        return False


def _del_pdf(valor: str) -> list[Ancla]:
    from ..documentos.pdf.lectura import leer_pdf

    ruta = Path(valor)
    leido = leer_pdf(ruta)
    fuente = traducir("el PDF {0}").format(ruta.name)
    encontradas = [Ancla(int(n), h.lower(), fuente) for n, h in ANCLA_EN_TEXTO.findall(leido.metadatos + "\n" + leido.texto)]
    if not encontradas:
        raise ErrorEscritorio(traducir("{0} no lleva la cabeza de la bitácora («Huella de la bitácora: sello N · …»): "
                                       "no es un acta, una resolución, un recibo ni un estado de cuenta emitido por "
                                       "Escritorio.").format(ruta.name))
    return _sin_repetir(encontradas)


# --- un correo guardado (.eml) ------------------------------------------------------------------------------------

def _es_correo(valor: str) -> bool:
    return Path(valor).suffix.lower() == ".eml"


def _del_correo(valor: str) -> list[Ancla]:
    """La cabecera X-Escritorio-Ancla de cada correo que envía Escritorio; si el programa de correo la perdió (un
    reenvío, un «guardar como» que solo guarda el texto), la última línea del cuerpo: «Huella de la bitácora: sello
    N · …»."""
    from email import policy
    from email.parser import BytesParser

    ruta = Path(valor)
    contenido = _leer_archivo(ruta, LARGO_MAXIMO_DEL_CORREO, traducir("el correo"))
    mensaje = BytesParser(policy=policy.default).parsebytes(contenido)
    asunto = muestra(str(mensaje.get("Subject", "") or ""), 60)
    fecha = str(mensaje.get("Date", "") or "")
    fuente = (traducir("el correo «{0}» del {1} ({2})").format(asunto, muestra(fecha, 40), ruta.name) if fecha else
              traducir("el correo «{0}» ({1})").format(asunto, ruta.name))
    encontradas = []
    for cabecera in mensaje.get_all(CABECERA_DEL_CORREO) or []:
        leida = _CABECERA.match(str(cabecera))
        if leida:
            encontradas.append(Ancla(int(leida[1]), leida[2].lower(), fuente))
    if not encontradas:
        for parte in mensaje.walk():
            if parte.get_content_maintype() != "text" or parte.is_attachment():
                continue
            try:
                texto = parte.get_content()
            except (LookupError, ValueError):
                continue
            encontradas += [Ancla(int(n), h.lower(), fuente) for n, h in ANCLA_EN_TEXTO.findall(str(texto))]
    if not encontradas:
        raise ErrorEscritorio(traducir(
            "{0} no lleva la cabeza de la bitácora (ni la cabecera {1} ni la línea «Huella de la bitácora: sello N · "
            "…» al final): no es un correo enviado por Escritorio, o se guardó sin su texto. Guárdelo de nuevo desde "
            "el programa de correo como mensaje completo (.eml).").format(ruta.name, CABECERA_DEL_CORREO))
    return _sin_repetir(encontradas)


# --- el sitio publicado: su carpeta o su dirección ------------------------------------------------------------------

def _es_url(valor: str) -> bool:
    return valor.strip().lower().startswith(("http://", "https://"))


def _es_carpeta(valor: str) -> bool:
    return Path(valor).is_dir()


def _del_sitio(anclas: AnclasPublicadas, donde: str) -> list[Ancla]:
    if not anclas.cabezas:
        raise ErrorEscritorio(traducir("{0} todavía no muestra ninguna cabeza de la cadena: no hay con qué "
                                       "comparar.").format(donde))
    base = (anclas.identidad or "").split(":")[0] or None   # «identidad de la base:asociación», como el manifiesto
    return [Ancla(c.sello, c.huella, traducir("{0} (publicada el {1})").format(donde, formato.fecha(c.publicada_en[:10]))
                  if c.publicada_en[:10] else donde, base) for c in anclas.cabezas]


def _es_copia_de_la_lista(valor: str) -> bool:
    return Path(valor).suffix.lower() in (".json", ".html", ".htm")


_FILA_DE_LA_PAGINA = re.compile(r'data-sello="(\d{1,19})"[^>]*>\s*([0-9a-f]{64})\s*<')


def _de_una_copia_de_la_lista(valor: str) -> list[Ancla]:
    """Una copia guardada de la lista del sitio: su `anclas.json`, o la página `anclas.html` guardada desde el
    navegador (cada huella lleva su sello en `data-sello`)."""
    ruta = Path(valor)
    texto = _leer_archivo(ruta, LARGO_MAXIMO, traducir("la lista de anclas")).decode("utf-8", errors="replace")
    donde = traducir("la copia guardada del sitio {0}").format(ruta.name)
    if ruta.suffix.lower() == ".json":
        return _del_sitio(_entender(texto, ruta.name), donde)
    encontradas = [Ancla(int(n), h, donde) for n, h in _FILA_DE_LA_PAGINA.findall(texto)]
    if not encontradas:
        raise ErrorEscritorio(traducir("{0} no es la página de la cadena de un sitio publicado por Escritorio "
                                       "(anclas.html): no tiene ninguna cabeza de la cadena.").format(ruta.name))
    return _sin_repetir(encontradas)


def _de_la_carpeta(valor: str) -> list[Ancla]:
    carpeta = Path(valor)
    archivo = carpeta / ARCHIVO_DE_ANCLAS
    if not archivo.is_file():
        que = (traducir("es el sitio de Escritorio, pero publicado con una versión anterior, que no mostraba la "
                        "cadena: publíquelo de nuevo") if (carpeta / MANIFIESTO_DEL_SITIO).is_file() else
               traducir("no es la carpeta de un sitio publicado por Escritorio"))
        raise ErrorEscritorio(traducir("La carpeta {0} no tiene {1}: {2}.").format(carpeta, ARCHIVO_DE_ANCLAS, que))
    texto = _leer_archivo(archivo, LARGO_MAXIMO, traducir("la lista de anclas")).decode("utf-8", errors="replace")
    return _del_sitio(_entender(texto, str(archivo)), traducir("el sitio publicado en {0}").format(carpeta))


def direccion_de_las_anclas(url: str) -> str:
    """Dónde está el `anclas.json` de un sitio: «https://x.org/transparencia/» o «…/index.html» ->
    «https://x.org/transparencia/anclas.json»; una dirección que ya termina en «.json» queda como está."""
    from urllib.parse import urlsplit, urlunsplit

    partes = urlsplit(url.strip())
    camino = partes.path
    if camino.lower().endswith(".json"):
        return urlunsplit(partes._replace(fragment=""))
    if camino.lower().endswith((".html", ".htm")):
        camino = camino.rsplit("/", 1)[0]
    return urlunsplit(partes._replace(path=camino.rstrip("/") + "/" + ARCHIVO_DE_ANCLAS, query="", fragment=""))


def _de_la_direccion(valor: str) -> list[Ancla]:
    """Se descarga solo porque quien verifica dio la dirección: sin ella, el programa no sale a la red."""
    import urllib.error
    import urllib.request

    direccion = direccion_de_las_anclas(valor)
    pedido = urllib.request.Request(direccion, headers={"User-Agent": "Escritorio (verificar --ancla)"})
    try:
        with urllib.request.urlopen(pedido, timeout=ESPERA_DE_RED) as respuesta:  # noqa: S310 - solo http(s)
            contenido = respuesta.read(LARGO_MAXIMO + 1)
    except urllib.error.HTTPError as error:
        raise ErrorEscritorio(traducir(
            "{0} respondió {1}: el sitio no tiene la lista de anclas en esa dirección (¿es la dirección del sitio "
            "publicado? ¿se subió entero?). Pruebe con la carpeta del sitio.").format(direccion, error.code)) from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        motivo = getattr(error, "reason", None) or error
        raise ErrorEscritorio(traducir(
            "No se pudo leer {0}: {1}. Compruebe la conexión y la dirección, o compruebe la carpeta del sitio (o una "
            "copia guardada de la página) en lugar de la dirección.").format(direccion,
                                                                             muestra(str(motivo), 120))) from None
    if len(contenido) > LARGO_MAXIMO:
        raise ErrorEscritorio(traducir("{0} es demasiado grande para ser una lista de anclas de Escritorio.").format(
            direccion))
    return _del_sitio(_entender(contenido.decode("utf-8", errors="replace"), direccion),
                      traducir("el sitio {0}").format(muestra(valor.strip(), 100)))


def _entender(texto: str, donde: str) -> AnclasPublicadas:
    try:
        return leer_anclas(texto)
    except ValueError:
        raise ErrorEscritorio(traducir("{0} no es una lista de anclas de Escritorio (o está dañada): no se puede "
                                       "comparar con la cadena.").format(donde)) from None


def _leer_archivo(ruta: Path, maximo: int, que: str) -> bytes:
    try:
        if ruta.stat().st_size > maximo:
            raise ErrorEscritorio(traducir("{0} es demasiado grande para ser {1} de Escritorio.").format(ruta.name, que))
        return ruta.read_bytes()
    except OSError as error:
        raise ErrorEscritorio(traducir("No se pudo leer {0}: {1}.").format(ruta, error.strerror or error)) from None


# El orden importa: el primero que reconoce el valor lo lee. El del texto va último (acepta lo que nadie reconoció).
LECTORES: list[LectorDeAnclas] = [
    LectorDeAnclas("la dirección de un sitio publicado (https://…)", _es_url, _de_la_direccion),
    LectorDeAnclas("la carpeta de un sitio publicado", _es_carpeta, _de_la_carpeta),
    LectorDeAnclas("una copia guardada de su lista (anclas.json o anclas.html)", _es_copia_de_la_lista,
                   _de_una_copia_de_la_lista),
    LectorDeAnclas("un correo guardado (.eml)", _es_correo, _del_correo),
    LectorDeAnclas("la ruta de un acta, resolución, recibo o estado de cuenta en PDF", _es_pdf, _del_pdf),
    LectorDeAnclas("el ancla escrita", _es_texto, _del_texto),
]
# Lo que lee cada lector, en palabras (el mensaje de un valor que no es un ancla los nombra, en el idioma de quien lee).
CLASES: tuple[str, ...] = tuple(lector.clase for lector in LECTORES)
