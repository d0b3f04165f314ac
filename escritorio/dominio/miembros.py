"""Miembros de una asociación: tipos, estados, cargos y lectura de valores escritos por personas."""

import re
from datetime import date, datetime

from . import entrada, formato
from .texto import normalizar
from .traduccion import traducir

TIPOS = {
    "municipio": "Municipio",
    "gobierno_regional": "Gobierno regional",
    "asociacion_nacional": "Asociación nacional",
}
# Lo que una secretaría escribe en la columna Tipo, normalizado -> tipo.
_SINONIMOS_TIPO = {
    **{s: "municipio" for s in (
        "municipio", "municipalidad", "ciudad", "comuna", "intendencia", "prefeitura",
        "municipio/ciudad", "alcaldia", "ayuntamiento", "camara municipal")},
    **{s: "gobierno_regional" for s in (
        "gobierno regional", "gobierno_regional", "provincia", "estado", "estado federado",
        "departamento", "region", "gobernacion")},
    **{s: "asociacion_nacional" for s in (
        "asociacion nacional", "asociacion_nacional", "asociacion de municipios",
        "federacion de municipios", "confederacion de municipios")},
}

ESTADOS = {"activo": "Activo", "suspendido": "Suspendido", "baja": "Baja"}
# Además de los que se registran a mano (ESTADOS): la ciudad que pidió ingresar y espera la decisión de la Asamblea.
# No es miembro todavía: no integra órganos, no figura en el padrón vigente, no se le emiten cuotas. Solo la
# resolución de admisión la vuelve activa (servicios.efectos).
SOLICITANTE = "solicitante"
ESTADOS_REGISTRADOS = {**ESTADOS, SOLICITANTE: "Solicitante"}
# Quien en una fecha no es miembro: no integra órganos ni el padrón vigente ni paga cuotas.
NO_MIEMBRO = ("baja", SOLICITANTE)


def admitida_sin_regir(estado: str, fecha_ingreso: str | None, al: str) -> bool:
    """¿Una ciudad admitida cuya admisión todavía no rige? Solicitante al día `al` (ISO), con la fecha de ingreso que
    le dio la resolución que la admite, posterior."""
    return estado == SOLICITANTE and bool(fecha_ingreso) and fecha_ingreso > al


def estado_en_palabras(estado: str, fecha_ingreso: str | None, al: str) -> str:
    """El estado como lo lee una persona, en el idioma en curso: «Activo»; la ciudad admitida cuya admisión rige
    después, «Solicitante — miembro desde 22/12/2026» (el padrón, la ficha, la línea de órdenes)."""
    texto = traducir(ESTADOS_REGISTRADOS[estado])
    if admitida_sin_regir(estado, fecha_ingreso, al):
        texto += " — " + traducir("miembro desde {0}").format(formato.fecha(fecha_ingreso))
    return texto


def era_miembro(estado: str, fecha_ingreso: str | None, al: str) -> bool:
    """¿Era miembro al día `al` (ISO)? Su estado de ese día no es de no miembro y ya había ingresado: antes de su
    primer estado un miembro figura activo, y un año pasado no cuenta a quien ingresó después."""
    return estado not in NO_MIEMBRO and (fecha_ingreso is None or fecha_ingreso <= al)
CATEGORIAS_PAIS = {"pleno": "País pleno", "asociado": "País asociado", "observador": "Observador"}
# En la historia con fecha de un país (categorias_pais), además: retirado desde una fecha.
CATEGORIAS_PAIS_CON_FECHA = {**CATEGORIAS_PAIS, "retirado": "Retirado"}
# La calidad propia de un miembro con fecha (calidades_miembro): observador (integra los órganos del padrón sin voto)
# o pleno. Sin ninguna registrada manda la categoría de su país; la propia, si la hay, manda sobre ella.
CALIDADES_MIEMBRO = {"pleno": "Miembro pleno", "observador": "Observador"}
MODOS_INGRESO = {"solicitud_propia": "Solicitud propia", "designacion": "Designación"}
TAMANOS_PAPEL = ("A4", "Carta", "Oficio")

# Título de la autoridad local según el país (dominio, sección 3).
_CARGO_POR_PAIS = {
    "AR": "Intendente", "UY": "Intendente", "PY": "Intendente",
    "BR": "Prefeito", "MX": "Presidente municipal", "PT": "Presidente da Câmara",
}
CARGO_POR_DEFECTO = "Alcalde"
POBLACION_MAXIMA = 2_000_000_000

_CORREO = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Solo cifras 0-9: `\d` y `int()` aceptan también «١٢٣٤» o «１２３４», que nadie quiso escribir en un padrón.
_ENTERO = re.compile(r"^[0-9]+$")
_AGRUPADO = re.compile(r"^[0-9]{1,3}(?P<sep>[., ])[0-9]{3}(?:(?P=sep)[0-9]{3})*$")
_DECIMAL = re.compile(r"^[0-9]+[.,][0-9]+$")
_FECHA_DMA = re.compile(r"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$")
_FECHA_ISO = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")


def _otras_cifras(texto: str, *, fecha: bool = False) -> str:
    """El motivo de una cifra que no es 0-9 («٢», «２»), citando la primera."""
    cifra = next(c for c in texto if c.isdigit() and not "0" <= c <= "9")
    if fecha:
        return traducir("tiene cifras que no son del 0 al 9 (por ejemplo «{0}»); escriba la fecha con las cifras "
                        "0 1 2 3 4 5 6 7 8 9").format(cifra)
    return traducir("tiene cifras que no son del 0 al 9 (por ejemplo «{0}»); escríbala con las cifras "
                    "0 1 2 3 4 5 6 7 8 9").format(cifra)


def cargo_local(pais: str) -> str:
    """Título habitual de la autoridad local: Intendente en AR/UY/PY, Prefeito en BR..."""
    return _CARGO_POR_PAIS.get((pais or "").upper(), CARGO_POR_DEFECTO)


def tipo_desde_texto(texto: object) -> str | None:
    """'Municipio', 'provincia', 'Asociación nacional' -> tipo interno; None si no se reconoce."""
    return _SINONIMOS_TIPO.get(normalizar(texto))


def esta_vacio(valor: object) -> bool:
    return valor is None or (isinstance(valor, str) and not valor.strip())


def leer_poblacion(valor: object) -> int:
    """Número de habitantes: entero no negativo; admite miles agrupados con '.', ',' o espacios.

    Lanza ValueError con el motivo en el idioma en curso (quien llama antepone «La población …»).
    """
    if esta_vacio(valor):
        raise ValueError(traducir("está vacía; escriba el número de habitantes"))
    if isinstance(valor, bool):
        raise ValueError(traducir("no es un número entero"))
    if isinstance(valor, int):
        cifra = valor
    elif isinstance(valor, float):
        if not valor.is_integer():
            raise ValueError(traducir("tiene decimales; escriba un número entero de habitantes"))
        cifra = int(valor)
    else:
        texto = str(valor).strip().replace("\u00a0", " ").replace("\u202f", " ")
        if not entrada.solo_cifras_ascii(texto):
            raise ValueError(_otras_cifras(texto))
        if texto.startswith("-") and _ENTERO.match(texto[1:].replace(".", "").replace(",", "").replace(" ", "")):
            raise ValueError(traducir("es negativa"))
        if len(re.sub(r"\D", "", texto).lstrip("0")) > len(str(POBLACION_MAXIMA)):   # antes de convertir: con
            raise ValueError(traducir("es mayor que la de cualquier país; revise la cifra"))  # miles de cifras, int() falla
        if _ENTERO.match(texto):
            cifra = int(texto)
        elif _AGRUPADO.match(texto):
            cifra = int(re.sub(r"[., ]", "", texto))
        elif _DECIMAL.match(texto):
            raise ValueError(traducir("tiene decimales; escriba un número entero de habitantes"))
        else:
            raise ValueError(traducir("no es un número entero (ejemplos válidos: 1234567, 1.234.567, 1 234 567)"))
    if cifra < 0:
        raise ValueError(traducir("es negativa"))
    if cifra > POBLACION_MAXIMA:
        raise ValueError(traducir("es mayor que la de cualquier país; revise la cifra"))
    return cifra


def leer_fecha(valor: object, hoy: date | None = None) -> date:
    """Fecha de una celda de Excel, 'dd/mm/aaaa' o 'aaaa-mm-dd'. No admite fechas futuras."""
    if isinstance(valor, datetime):
        fecha = valor.date()
    elif isinstance(valor, date):
        fecha = valor
    else:
        texto = str(valor).strip()
        dma = _FECHA_DMA.match(texto)
        iso = _FECHA_ISO.match(texto)
        try:
            if dma:
                fecha = date(int(dma[3]), int(dma[2]), int(dma[1]))
            elif iso:
                fecha = date(int(iso[1]), int(iso[2]), int(iso[3]))
            else:
                raise ValueError
        except ValueError:
            if not entrada.solo_cifras_ascii(texto):
                raise ValueError(_otras_cifras(texto, fecha=True)) from None
            raise ValueError(traducir("no es una fecha válida; escríbala como dd/mm/aaaa (por ejemplo 15/03/1995)")) from None
    # Ni el año 0001 ni el 9999: un ingreso es de 1800 en adelante y no del futuro.
    return entrada.fecha_en_rango(fecha, hoy=hoy or date.today(), historica=True)


def leer_anio(valor: object, hoy: date | None = None) -> int:
    """Año de una cifra de población: entre 1800 y el año en curso."""
    ultimo = (hoy or date.today()).year
    if isinstance(valor, float) and valor.is_integer():
        valor = int(valor)
    # Con cifras 0-9 solamente (no «٢٠٢٢», «２０２２» ni «2_022», que int() aceptaría); el rango se dice aparte.
    anio = entrada.entero(valor, minimo=-10**30, maximo=10**30,
                          que=traducir("un año (escriba cuatro cifras, por ejemplo 2022)"))
    if not 1800 <= anio <= ultimo:
        raise ValueError(traducir("debe estar entre 1800 y {0}").format(ultimo))
    return anio


def leer_correo(valor: object) -> str:
    texto = str(valor).strip()
    if not _CORREO.match(texto):
        raise ValueError(traducir("no es una dirección de correo válida (ejemplo: nombre@municipio.gob)"))
    return texto


def clave_emparejamiento(pais: str, region: str | None, nombre: str) -> tuple[str, str, str]:
    """Un miembro sin código se reconoce por país, región y nombre, sin mayúsculas ni acentos."""
    return ((pais or "").upper(), normalizar(region), normalizar(nombre))


# --- la baja (y la suspensión, si el estatuto lo dice) termina los mandatos --------------------------------
# Estatuto de la demo, art. 10 (la baja) y art. 7 (integran los órganos los miembros): quien deja de ser miembro
# deja sus asientos. Una suspensión los termina solo si el estatuto de la asociación lo dice
# (asociaciones.articulo_suspension_mandatos; sin ese artículo, la suspensión no toca los mandatos).

def estado_termina_mandatos(estado: str, articulo_suspension_mandatos: str | None) -> bool:
    """Si registrar `estado` termina los mandatos del miembro."""
    return estado == "baja" or (estado == "suspendido" and bool(articulo_suspension_mandatos))


def fin_de_mandato(desde: date, hasta: date | None, fecha: date) -> tuple[str, date | None]:
    """Qué le pasa a un mandato del miembro cuando su baja (o suspensión) rige desde `fecha`.

    - ("termina", fecha - 1 día): estaba vigente o seguía después; termina el día anterior a la baja.
    - ("empieza_despues", None): empieza el día de la baja o después. No se modifica (un mandato no termina
      antes de empezar, y nunca se borra): se informa, para que se designe a otro miembro.
    - ("sin_cambio", None): ya había terminado antes de la baja.
    """
    if desde >= fecha:
        return "empieza_despues", None
    if hasta is not None and hasta < fecha:
        return "sin_cambio", None
    return "termina", date.fromordinal(fecha.toordinal() - 1)
