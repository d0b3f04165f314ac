"""Números, importes y fechas como se escriben en el idioma de quien lee: el único lugar del programa que les da
formato («1.234», «USD 150,00», «20/05/2026», «miércoles 20 de mayo de 2026»).

El idioma es el en curso (`traduccion.idioma_en_curso()`): en la ventana, el suyo (la ventana lo fija al abrirse), y
dentro de un documento (`idiomas.en_idioma`, `servicios.idioma_de_los_documentos`), el del documento; la línea de
órdenes habla castellano. Cada función acepta además `idioma=` («es», «pt_BR», «en») para pedir otro.

Las convenciones son las de CLDR, a través de Babel:

- **Números e importes**: los separadores de miles y de decimales y el signo menos de la localización de cada
  idioma (es, pt_BR, en_GB): «1.234.567» y «1.234,50» en castellano y portugués, «1,234,567» y «1,234.50» en inglés.
  Se agrupa desde el millar, también en castellano («1.234», como se escribe en la región y como lo hace Babel,
  aunque la regla de CLDR para el castellano agruparía desde 10.000).
  Los símbolos están guardados en `SIMBOLOS` para no cargar Babel (decenas de ms) por mostrar una población;
  `tests/dominio/test_formato.py` falla si dejan de ser los de la Babel instalada, y compara cada función con
  `babel.numbers.format_decimal`.
- **Dinero**: el código ISO 4217, un espacio y el importe con los decimales de la moneda según CLDR («USD 150,00»,
  «CLP 15.000», «JPY 17.655»); los importes son enteros en unidades menores (ver `dominio.dinero`).
- **Fechas cortas**: dd/mm/aaaa en los tres idiomas, con el año siempre en cuatro cifras («01/01/0001»; strftime
  daría «01/01/1»). Es la forma corta de CLDR para pt_BR y en_GB (el inglés de la ventana es para socios de la
  región: día antes que mes, como en `interfaz.idioma.LOCALIZACION`); en castellano CLDR da «d/M/yy» y se mantiene
  la de siempre. Con hora, 24 horas: «20/05/2026 10:30».
- **Fechas largas**: las de CLDR (Babel, que se carga al pedir una); con el día de la semana, el castellano va sin
  coma («jueves 20 de noviembre de 2025», como lo escriben las convocatorias de la región) y el portugués y el
  inglés con la forma completa de CLDR («quinta-feira, 20 de novembro de 2025»).

Solo da formato: leer lo que escribe una persona («1.234,50») es de `dominio.dinero.leer_decimal`, y las fechas que
arma el SQL, de `datos.dialecto.fecha_dma`. La prueba `tests/test_formato_en_un_lugar.py` falla si vuelve a
aparecer fuera de este módulo un número o una fecha formateados a mano.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from . import convencion_regional
from .traduccion import FUENTE, idioma_en_curso

if TYPE_CHECKING:
    from decimal import Decimal

# El código del catálogo (dominio.traduccion) -> la localización de CLDR de sus números y fechas.
LOCALIZACION = {"es": "es", "pt_BR": "pt_BR", "pt": "pt_BR", "en": "en_GB"}

# (miles, decimales, menos) de cada localización, tal como los da Babel (CLDR); ver la prueba.
SIMBOLOS = {"es": (".", ",", "-"), "pt_BR": (".", ",", "-"), "en_GB": (",", ".", "-")}


def localizacion(idioma: str | None = None) -> str:
    """«es», «pt_BR», «en» (o el idioma en curso) -> la localización de CLDR: «es», «pt_BR», «en_GB»."""
    return LOCALIZACION.get(idioma or idioma_en_curso(), LOCALIZACION[FUENTE])


@lru_cache(maxsize=None)
def _tabla(localizacion_: str) -> dict[int, str]:
    """Lo que escribe Python («1,234.50», «-3») -> lo de la localización."""
    if localizacion_ in SIMBOLOS:
        miles, decimal_, menos = SIMBOLOS[localizacion_]
    else:   # una localización sin guardar: se pregunta a Babel
        from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

        miles, decimal_, menos = (get_group_symbol(localizacion_), get_decimal_symbol(localizacion_),
                                  get_minus_sign_symbol(localizacion_))
    return str.maketrans({",": miles, ".": decimal_, "-": menos})


@lru_cache(maxsize=None)
def _tabla_regional(decimal_: str) -> dict[int, str]:
    """Lo que escribe Python -> con el separador decimal de la máquina (y el otro para los miles)."""
    return str.maketrans({",": "." if decimal_ == "," else ",", ".": decimal_})


def _tabla_de(idioma: str | None) -> dict[int, str]:
    """Sin idioma pedido y fuera de un documento, la de la configuración regional de la máquina, si tiene una
    (dominio.convencion_regional); si no, la del idioma."""
    if idioma is None and (convencion := convencion_regional.en_pantalla()) is not None:
        return _tabla_regional(convencion.decimal)
    return _tabla(localizacion(idioma))


def separadores(idioma: str | None = None) -> tuple[str, str]:
    """(miles, decimales) del idioma: («.», «,») en castellano y portugués, («,», «.») en inglés; sin idioma, en la
    ventana o la consola, los de la configuración regional de la máquina."""
    tabla = _tabla_de(idioma)
    return tabla[ord(",")], tabla[ord(".")]


# --- números ---------------------------------------------------------------------------------------------------

def numero(valor: int | None, idioma: str | None = None) -> str:
    """1234567 -> «1.234.567» («1,234,567» en inglés); None -> «»."""
    if valor is None:
        return ""
    return f"{valor:,}".translate(_tabla_de(idioma))


def cuantos(cantidad: int, singular: str, plural: str) -> str:
    """«1 cargo nuevo», «12 cargos nuevos», «1.200 miembros»: el texto en singular o en plural según la cantidad,
    con la cantidad escrita en {0}. Los textos llegan ya traducidos: cada idioma tiene su singular y su plural."""
    return (singular if cantidad == 1 else plural).format(numero(cantidad))


def decimal(valor: Decimal | float | int, cifras: int | None = None, *, agrupar: bool = True,
            idioma: str | None = None) -> str:
    """Un número con decimales: con `cifras`, redondeado a esas cifras (1234.5, 2 -> «1.234,50»); sin ellas, todas
    las de un Decimal (Decimal('1050.5') -> «1.050,5»: un tipo de cambio tal como se escribió). `agrupar=False`
    no separa los miles (un porcentaje: «99,3»)."""
    miles = "," if agrupar else ""
    texto = format(valor, f"{miles}.{cifras}f" if cifras is not None else f"{miles}f")
    return texto.translate(_tabla_de(idioma))


@lru_cache(maxsize=None)
def decimales(moneda: str) -> int:
    """USD -> 2, CLP -> 0, PYG -> 0 (según CLDR)."""
    # Los datos de CLDR, sin importar babel (~15 ms en cada orden que muestra un importe): dominio/cldr.py.
    from .cldr import decimales_de

    return decimales_de(moneda.upper())


def importe(importe_: int, moneda: str, idioma: str | None = None) -> str:
    """El importe sin el código de la moneda: 123450, USD -> «1.234,50» («1,234.50» en inglés); 15000, CLP ->
    «15.000». `importe_` en unidades menores."""
    cifras = decimales(moneda)
    from decimal import Decimal   # solo con importes: importarlo en cada orden costaba ~1 ms

    valor = Decimal(importe_).scaleb(-cifras)
    return f"{valor:,.{cifras}f}".translate(_tabla_de(idioma))


def dinero(importe_: int, moneda: str, idioma: str | None = None) -> str:
    """25000, USD -> «USD 250,00» («USD 250.00» en inglés): el código ISO, un espacio y el importe con los decimales
    de la moneda. `importe_` en unidades menores."""
    return f"{moneda.upper()} {importe(importe_, moneda, idioma)}"


# --- fechas ----------------------------------------------------------------------------------------------------

def _dia(valor: date | str) -> date:
    return valor if isinstance(valor, date) else date.fromisoformat(str(valor)[:10])


_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def _corta(dia: str, mes_: str, anio: str) -> str:
    """La fecha corta en el orden de la configuración regional de la máquina (fuera de un documento): «20/05/2026»,
    «05/20/2026» (mes primero) o «2026-05-20» (año primero); sin configuración, o en un documento, día primero."""
    convencion = convencion_regional.en_pantalla()
    orden = convencion.orden if convencion is not None else "dma"
    if orden == "mda":
        return f"{mes_}/{dia}/{anio}"
    if orden == "amd":
        return f"{anio}-{mes_}-{dia}"
    return f"{dia}/{mes_}/{anio}"


def fecha(valor: date | str | None, vacio: str = "") -> str:
    """date(2026, 5, 20), «2026-05-20» (o una fecha y hora ISO) -> «20/05/2026» (en la ventana y la consola, en el
    orden de la máquina: `_corta`); sin fecha, `vacio`. Un texto aaaa-mm-dd se escribe tal cual, también el
    «0000-01-01» que SQLite admite y Python no; otro texto que no sea una fecha ISO lanza ValueError."""
    if valor is None or valor == "":
        return vacio
    if isinstance(valor, str) and (partes := _ISO.match(valor)):
        return _corta(partes[3], partes[2], partes[1])
    dia = _dia(valor)
    return _corta(f"{dia.day:02d}", f"{dia.month:02d}", f"{dia.year:04d}")


def fecha_y_hora(momento: datetime, segundos: bool = False) -> str:
    """«20/05/2026 10:30» (con `segundos`, «20/05/2026 10:30:05»), en la hora que trae `momento` (quien llama la
    pasa a la local con `astimezone()` si hace falta)."""
    hora = f"{momento.hour:02d}:{momento.minute:02d}" + (f":{momento.second:02d}" if segundos else "")
    return f"{fecha(momento)} {hora}"


def dia_y_mes(mes_dia: str | None) -> str:
    """«03-31» (mm-dd: un vencimiento que se repite cada año) -> «31/03» («03/31» con el mes primero, «03-31» con el
    año primero); lo que no tiene esa forma, tal cual."""
    mes_, _, dia = (mes_dia or "").partition("-")
    if not dia:
        return mes_dia or ""
    return _corta(dia, mes_, "").strip("/-")


def fecha_larga(valor: date | str, con_dia: bool = False, idioma: str | None = None) -> str:
    """«20 de noviembre de 2025», «20 de novembro de 2025», «20 November 2025»; con `con_dia`, «jueves 20 de
    noviembre de 2025», «quinta-feira, 20 de novembro de 2025», «Thursday, 20 November 2025»."""
    from babel.dates import format_date

    dia, localizacion_ = _dia(valor), localizacion(idioma)
    if not con_dia:
        return format_date(dia, "long", locale=localizacion_)
    if localizacion_ == "es":
        return format_date(dia, "EEEE d 'de' MMMM 'de' y", locale=localizacion_)
    return format_date(dia, "full", locale=localizacion_)


def mes(numero: int, corto: bool = True, idioma: str | None = None) -> str:
    """El nombre del mes `numero` (1 a 12) para rotular: corto, «ene», «fev», «Jan»; largo, «enero», «fevereiro»,
    «January» (CLDR, como se escribe solo: sin «de»)."""
    from babel.dates import get_month_names

    return get_month_names("abbreviated" if corto else "wide", "stand-alone", locale=localizacion(idioma))[numero]


def coordenada(grados: float, idioma: str | None = None) -> str:
    """Los grados de una latitud o longitud como se escriben en un campo: con signo y la coma o el punto decimal del
    idioma, sin ceros de más (-34.61315 -> «-34,61315»; -60.0 -> «-60»)."""
    texto = decimal(grados, 5, agrupar=False, idioma=idioma)
    separador = separadores(idioma)[1]
    return texto.rstrip("0").rstrip(separador) if separador in texto else texto


def coordenadas(latitud: float, longitud: float, cifras: int = 2, idioma: str | None = None) -> str:
    """Dónde está un lugar, para leerlo: «32,95° S, 60,64° O» (en inglés, «32.95° S, 60.64° W»)."""
    from .traduccion import traducir

    norte_sur = traducir("{0}° N") if latitud >= 0 else traducir("{0}° S")
    este_oeste = traducir("{0}° E") if longitud >= 0 else traducir("{0}° O")
    return (f"{norte_sur.format(decimal(abs(latitud), cifras, agrupar=False, idioma=idioma))}, "
            f"{este_oeste.format(decimal(abs(longitud), cifras, agrupar=False, idioma=idioma))}")
