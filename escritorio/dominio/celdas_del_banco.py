"""Las celdas de un extracto bancario como las escriben los bancos de la región: fechas, importes, monedas y textos
(issue 47). Puro: recibe el valor de una celda y devuelve el dato o lanza ValueError con el motivo en castellano.

- **Fechas**: dd/mm/aaaa (o con guiones o puntos, con año de dos cifras, con hora), aaaa-mm-dd, «03-feb-2026», las
  celdas de fecha de Excel y su número de serie. `evidencia_de_orden` dice si una fecha escrita solo puede ser
  día/mes (25/04) o mes/día (04/25); quien lee el archivo decide con la de todas.
- **Importes**: con signo, con símbolos de moneda, entre paréntesis o con el menos al final («1.234,56-»).
  `evidencia_de_decimales` dice si un importe escrito muestra cuál es el separador de decimales («1.234,56» coma,
  «150.5» punto); sin evidencia en todo el archivo, los grupos de tres cifras son miles.
- **Monedas**: el código ISO 4217 o un símbolo que dice cuál es (US$, R$, €); «$» y «pesos» no lo dicen.
- **Textos**: lo que escribió el banco se limpia (controles, invisibles, espacios de más) en lugar de rechazarse.
"""

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from . import entrada, formato
from .dinero import IMPORTE_MAXIMO, IMPORTE_MAXIMO_TEXTO
from .texto import normalizar
from .traduccion import traducir

# Los símbolos y palabras con que algunos bancos escriben la moneda. «$» y «pesos» no dicen cuál: se piden.
MONEDAS_ESCRITAS = {
    "us$": "USD", "u$s": "USD", "usd": "USD", "dolar": "USD", "dolares": "USD", "dol": "USD", "u$d": "USD",
    "dolares estadounidenses": "USD", "r$": "BRL", "real": "BRL", "reais": "BRL", "€": "EUR", "euro": "EUR",
    "euros": "EUR", "$u": "UYU", "gs": "PYG", "₲": "PYG", "guaranies": "PYG", "bs": "BOB", "s/": "PEN",
    "s/.": "PEN", "soles": "PEN"}
_MONEDAS_AMBIGUAS = {"$", "pesos", "peso", "mn", "m/n", "ml", "moneda nacional", "moneda local"}
# Una fecha como la escriben los bancos: 05/04/2026, 5-4-26, 05.04.2026, con o sin hora.
_FECHA_NUMERICA = re.compile(r"^([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{2}|[0-9]{4})(?:[ T].*)?$", re.ASCII)
_FECHA_ISO = re.compile(r"^([0-9]{4})[/.\-]([0-9]{1,2})[/.\-]([0-9]{1,2})(?:[ T].*)?$", re.ASCII)
_FECHA_CON_MES = re.compile(r"^([0-9]{1,2})[\s/.\-]+([a-z]{3,10})\.?[\s/.\-]+([0-9]{2}|[0-9]{4})(?:[ T].*)?$")
_MESES = {"ene": 1, "jan": 1, "feb": 2, "fev": 2, "mar": 3, "abr": 4, "apr": 4, "may": 5, "mai": 5, "jun": 6,
          "jul": 7, "ago": 8, "aug": 8, "sep": 9, "set": 9, "oct": 10, "out": 10, "oct.": 10, "nov": 11, "dic": 12,
          "dez": 12, "dec": 12}
_EPOCA_EXCEL = date(1899, 12, 30)
# Un importe escrito: signo, símbolos de moneda alrededor, cifras con separadores, paréntesis o un menos al final.
_CIFRAS = re.compile(r"^[0-9][0-9.,' ]*$|^[.,][0-9]+$", re.ASCII)
_MILES_DE_TRES = re.compile(r"^[0-9]{1,3}([.,' ][0-9]{3})+$", re.ASCII)



def _no_es_fecha() -> str:
    return traducir("no es una fecha; escríbala como 05/02/2026 o 2026-02-05")


def _no_es_importe() -> str:
    return traducir("no es un importe; escríbalo con cifras, por ejemplo 1.250,50")


def texto_del_banco(valor: object, maximo: int = entrada.LARGO_CORTO) -> str:
    """El texto de una celda tal como se guarda: sin caracteres de control ni invisibles (un salto de línea es un
    espacio), en forma compuesta, con los espacios de más quitados y a lo sumo `maximo` caracteres. Es lo que
    escribió el banco, no la secretaría: se limpia en lugar de rechazarlo."""
    if valor is None:
        return ""
    if isinstance(valor, (datetime, date)):
        return formato.fecha(valor.date() if isinstance(valor, datetime) else valor)
    if isinstance(valor, float) and valor.is_integer():
        valor = int(valor)
    texto = unicodedata.normalize("NFC", str(valor))
    if not texto.isprintable():
        texto = "".join(" " if c.isspace() else c for c in texto
                        if c.isspace() or entrada.caracter_prohibido(c) is None)
    texto = " ".join(texto.split())
    return texto if len(texto) <= maximo else texto[: maximo - 1] + "…"


def es_vacia(valor: object) -> bool:
    return valor is None or (isinstance(valor, str) and not valor.strip())


def leer_fecha(valor: object, orden_dma: bool = True) -> date:
    """Una fecha del extracto; ValueError con el motivo si no lo es."""
    if isinstance(valor, datetime):
        return valor.date()
    if isinstance(valor, date):
        return valor
    if isinstance(valor, (int, float)) and not isinstance(valor, bool):
        # Una celda de Excel con el número de serie de la fecha y sin su formato (46050 = 28/01/2026).
        if 20000 <= valor <= 80000:
            return _EPOCA_EXCEL + timedelta(days=int(valor))
        raise ValueError(_no_es_fecha())
    texto = normalizar(valor)
    if not texto:
        raise ValueError(traducir("falta la fecha"))
    try:
        if (m := _FECHA_ISO.match(texto)):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if (m := _FECHA_NUMERICA.match(texto)):
            primero, segundo = int(m[1]), int(m[2])
            dia, mes = (primero, segundo) if orden_dma else (segundo, primero)
            return date(_anio(m[3]), mes, dia)
        if (m := _FECHA_CON_MES.match(texto)) and m[2][:3] in _MESES:
            return date(_anio(m[3]), _MESES[m[2][:3]], int(m[1]))
    except ValueError:
        raise ValueError(traducir("no es una fecha que exista; revise el día y el mes")) from None
    raise ValueError(_no_es_fecha())


def _anio(texto: str) -> int:
    return 2000 + int(texto) if len(texto) == 2 else int(texto)


def evidencia_de_orden(valor: object) -> str | None:
    """«dma» si la fecha escrita solo puede ser día/mes (25/04/2026), «mda» si solo mes/día (04/25/2026)."""
    if not isinstance(valor, str):
        return None
    m = _FECHA_NUMERICA.match(valor.strip())
    if not m:
        return None
    primero, segundo = int(m[1]), int(m[2])
    if primero > 12 >= segundo:
        return "dma"
    if segundo > 12 >= primero:
        return "mda"
    return None


def _cifras_del_importe(valor: str) -> tuple[str, bool] | None:
    """(las cifras con sus separadores, negativo) de un importe escrito («-$ 1.234,56», «(1.234,56)», «1.234,56-»,
    «USD 150.00 CR» no: eso lo decide la columna); None si no parece un importe."""
    texto = valor.strip().replace("\u00a0", " ").replace("\u202f", " ")
    negativo = False
    if texto.startswith("(") and texto.endswith(")"):
        negativo, texto = True, texto[1:-1].strip()
    for simbolo in ("US$", "U$S", "R$", "$U", "$", "€", "₲", "Gs.", "Gs", "S/.", "S/"):
        texto = texto.replace(simbolo, " ")
    texto = re.sub(r"\b[A-Z]{3}\b", " ", texto).strip()
    if texto.endswith("-"):
        negativo, texto = True, texto[:-1].strip()
    if texto.startswith(("-", "−")):
        negativo, texto = not negativo, texto[1:].strip()
    elif texto.startswith("+"):
        texto = texto[1:].strip()
    if texto.startswith("-"):
        return None
    return (texto, negativo) if _CIFRAS.match(texto) else None


def evidencia_de_decimales(valor: object) -> str | None:
    """«,» o «.» si el importe escrito dice cuál es el separador de decimales: el último de los dos cuando están
    los dos («1.234,56»), o el único cuando no separa grupos de tres («150,5», «1234.56»)."""
    if not isinstance(valor, str):
        return None
    partes = _cifras_del_importe(valor)
    if partes is None:
        return None
    cifras = partes[0].replace(" ", "").replace("'", "")
    if "," in cifras and "." in cifras:
        return "," if cifras.rfind(",") > cifras.rfind(".") else "."
    for separador in (",", "."):
        if separador in cifras and not _MILES_DE_TRES.match(cifras):
            return separador
    return None


def leer_importe(valor: object, decimales: str | None) -> Decimal:
    """El importe de una celda, con signo, con `decimales` («,» o «.»; None: sin evidencia, los grupos de tres son
    miles). ValueError con el motivo si no es un importe."""
    if isinstance(valor, bool):
        raise ValueError(_no_es_importe())
    if isinstance(valor, int):
        numero = Decimal(valor)
    elif isinstance(valor, float):
        if valor != valor or valor in (float("inf"), float("-inf")):
            raise ValueError(_no_es_importe())
        numero = Decimal(repr(valor))
    else:
        partes = _cifras_del_importe(str(valor)) if isinstance(valor, str) and len(valor) <= 60 else None
        if partes is None:
            raise ValueError(_no_es_importe())
        cifras, negativo = partes
        cifras = cifras.replace(" ", "").replace("'", "")
        if decimales is None:
            separador = evidencia_de_decimales(cifras)
            if separador is None and _MILES_DE_TRES.match(cifras):
                cifras = cifras.replace(".", "").replace(",", "")
            elif separador is not None:
                decimales = separador
        if decimales is not None:
            miles = "." if decimales == "," else ","
            cifras = cifras.replace(miles, "").replace(decimales, ".")
        try:
            numero = Decimal(cifras)
        except InvalidOperation:
            raise ValueError(_no_es_importe()) from None
        numero = -numero if negativo else numero
    if not numero.is_finite() or abs(numero) > IMPORTE_MAXIMO:
        raise ValueError(traducir("es demasiado grande; el máximo es {0}").format(IMPORTE_MAXIMO_TEXTO))
    return numero


def a_menores(numero: Decimal, moneda: str) -> int:
    """El importe en unidades menores de la moneda; ValueError si tiene más decimales de los que ella admite."""
    cuantos = formato.decimales(moneda)
    menores = numero * (Decimal(10) ** cuantos)
    if menores != menores.to_integral_value():
        raise ValueError(traducir("tiene más decimales de los que admite {0} ({1})").format(moneda, cuantos))
    return int(menores)


_MONEDA_EN_EL_IMPORTE = re.compile(r"US\$|U\$S|U\$D|R\$|\$U|€|₲|\bGs\b\.?|\bS/\.?|\b[A-Z]{3}\b")


def moneda_del_importe(valor: object) -> str | None:
    """La moneda que dice la celda del importe («US$ 600,00», «600,00 USD», «R$ 1.234,56»); None si no dice ninguna
    o solo «$», que no dice cuál."""
    if not isinstance(valor, str):
        return None
    for escrita in _MONEDA_EN_EL_IMPORTE.findall(valor):
        try:
            moneda = leer_moneda(escrita)
        except ValueError:
            continue   # tres letras que no son una moneda («CR», «DB» no llegan aquí; «TRF», sí)
        if moneda:
            return moneda
    return None


def leer_moneda(valor: object) -> str | None:
    """La moneda de una celda: el código ISO 4217 o un símbolo que dice cuál es (US$, R$, €); None si está vacía o
    no dice cuál («$», «pesos»). ValueError si no es una moneda."""
    texto = normalizar(valor)
    if not texto or texto in _MONEDAS_AMBIGUAS:
        return None
    for forma in (texto, texto.rstrip(".")):   # «Gs.», «Dól.»
        if forma in MONEDAS_ESCRITAS:
            return MONEDAS_ESCRITAS[forma]
    return entrada.moneda(str(valor).strip())


def medio_del_texto(texto: str) -> str:
    """El medio de pago que dice la descripción del banco: un depósito o un cheque; si no, transferencia."""
    palabras = set(normalizar(texto).replace(".", " ").split())
    if palabras & {"deposito", "dep", "deposito en efectivo", "deposito efectivo", "boleta"}:
        return "deposito"
    if palabras & {"cheque", "chq", "cheq", "ch"}:
        return "cheque"
    return "transferencia"
