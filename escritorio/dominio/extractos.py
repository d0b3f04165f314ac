"""Reglas de la lectura de un extracto bancario o de la planilla de cobros de tesorería (issue 47).

Todo es puro: recibe las filas ya leídas del archivo (`documentos.excel.lectura.leer_hoja_entera`) y devuelve las
líneas leídas o los problemas, cada uno con su fila y su columna.

- **Dónde están los encabezados.** Un extracto trae arriba el banco, la cuenta y el período: la fila de los
  encabezados es la primera, entre las `FILAS_PARA_ENCABEZADOS` primeras, que nombra una fecha y un importe (o un
  crédito). Los nombres de columna son los de los bancos de la región, en castellano y en portugués, sin mayúsculas
  ni tildes (`COLUMNAS_DE_EXTRACTO`); una columna que no se reconoce se ignora y se dice.
- **Importes.** Con signo (una columna Importe o Monto: lo negativo es un débito), en dos columnas (Crédito y
  Débito) o con una columna que dice cuál es (C/D, Crédito/Débito). El separador de decimales se decide para todo
  el archivo por la evidencia de sus importes («1.234,56» dice coma; «1,234.56» o «150.5» dicen punto); sin
  evidencia, los grupos de tres cifras son miles (1.500 y 1,500 son mil quinientos). Si el archivo dice las dos
  cosas, se rechaza con un ejemplo de cada una.
- **Fechas.** dd/mm/aaaa (o con guiones o puntos, con año de dos cifras, con hora), aaaa-mm-dd, «03-feb-2026» y las
  celdas de fecha de Excel. ¿05/04 es el 5 de abril? Como en la región, día/mes salvo que el archivo lo desmienta
  (un 04/25 dice mes/día); si dice las dos cosas, se rechaza.
- **Qué se registra.** Solo los créditos. Los débitos, los importes en cero y las filas de saldos o totales se
  muestran como ignorados; una fila sin fecha ni importe que sigue a una línea es la continuación de su descripción
  (así exportan algunos bancos).
- **La huella de cada línea** (`huella_de_linea`, en huellas_de_extracto.py): fecha, importe, moneda, descripción, referencia, cuenta, saldo y
  quién paga, sin mayúsculas ni tildes (el saldo como número y un comprobante de cifras sin ceros a la izquierda,
  como los deja Excel al guardar el archivo otra vez), más cuántas líneas idénticas la preceden en el archivo: la
  misma línea importada dos veces (el mismo archivo, o el extracto del mes siguiente que la repite) se reconoce.
  Las líneas importadas con la huella de la versión anterior (el saldo tal como vino) se reconocen por ella
  (`huellas_anteriores`).
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from . import entrada
from .celdas_del_banco import (MONEDAS_ESCRITAS, a_menores, es_vacia, evidencia_de_decimales, evidencia_de_orden,
                               leer_fecha, leer_importe, leer_moneda, moneda_del_importe, texto_del_banco)
from .convencion_regional import orden_de_quien_escribe
from .importacion import Problema, letra_columna
from .texto import normalizar
from .traduccion import traducir

FILAS_PARA_ENCABEZADOS = 30

# Lo más grande que se importa de una vez. Un año de movimientos de la cuenta de una asociación son unos pocos miles
# de líneas (medio mega); más que esto es otra cosa (el extracto de varios años, de otra cuenta, un archivo
# equivocado) y leerlo entero tomaría minutos y gigas de memoria (50 MB, 610.490 líneas: 2 min 29 s y 1,6 GB). Se
# rechaza antes de leerlo (el tamaño; el de un .xlsx, también descomprimido) o al llegar a la fila de más, sin
# guardar las siguientes: la memoria queda acotada por estas cifras.
LIMITE_DE_BYTES = 20 * 1024 * 1024
LIMITE_DESCOMPRIMIDO = 100 * 1024 * 1024   # un .xlsx es un zip: lo que ocupa por dentro
LIMITE_DE_FILAS = 50_000                   # filas con datos de la hoja (los movimientos y lo que el banco pone arriba)

# Los datos que puede traer una columna. `fecha` y un importe (`importe` o `credito`) son los que hacen falta.
FECHA, FECHA_VALOR, DESCRIPCION, REFERENCIA, IMPORTE, CREDITO, DEBITO, SIGNO, MONEDA, SALDO, CUENTA, MIEMBRO = (
    "fecha", "fecha_valor", "descripcion", "referencia", "importe", "credito", "debito", "signo", "moneda", "saldo",
    "cuenta", "miembro")


@dataclass(frozen=True)
class ColumnaDeExtracto:
    campo: str
    rotulo: str               # como se nombra en un mensaje (en castellano; se traduce al mostrarlo)
    alias: tuple[str, ...]    # encabezados normalizados (sin mayúsculas, tildes ni signos)


COLUMNAS_DE_EXTRACTO = (
    ColumnaDeExtracto(FECHA, "Fecha", (
        "fecha", "fecha operacion", "fecha de operacion", "fecha op", "fecha mov", "fecha movimiento",
        "fecha de movimiento", "fecha transaccion", "fecha de transaccion", "fecha contable", "fecha de pago",
        "fecha del pago", "fecha cobro", "fecha de cobro", "fecha de la transaccion", "f operacion", "fec operacion",
        "dia", "data", "data da operacao", "data lancamento", "data do lancamento", "data de lancamento",
        "data movimento", "data do movimento", "data transacao")),
    ColumnaDeExtracto(FECHA_VALOR, "Fecha valor", (
        "fecha valor", "fecha de valor", "f valor", "fec valor", "fecha disponibilidad", "data valor",
        "data de valor", "data da valorizacao")),
    ColumnaDeExtracto(DESCRIPCION, "Descripción", (
        "descripcion", "concepto", "detalle", "glosa", "movimiento", "descripcion del movimiento",
        "detalle del movimiento", "detalle de la transaccion", "descripcion de la operacion", "leyenda",
        "leyendas adicionales", "observaciones", "observacion", "comentario", "motivo", "causal", "transaccion",
        "operacion", "descricao", "historico", "lancamento", "detalhe", "descripcion adicional", "informacion adicional")),
    ColumnaDeExtracto(REFERENCIA, "Referencia", (
        "referencia", "ref", "nro referencia", "numero de referencia", "n referencia", "referencia bancaria",
        "comprobante", "nro comprobante", "numero de comprobante", "n comprobante", "nro operacion",
        "numero de operacion", "n operacion", "nro de operacion", "codigo de operacion", "cod operacion",
        "id transaccion", "nro transaccion", "numero de transaccion", "documento", "nro documento",
        "numero de documento", "n documento", "serial", "numero documento", "num documento", "nro doc",
        "numero do documento", "documento referencia", "n do documento", "nr documento")),
    ColumnaDeExtracto(IMPORTE, "Importe", (
        "importe", "monto", "valor", "importe total", "monto total", "importe neto", "importe en pesos",
        "importe movimiento", "monto movimiento", "monto de la operacion", "importe de la operacion", "valor r",
        "valor do lancamento", "valor da operacao", "cantidad")),
    ColumnaDeExtracto(CREDITO, "Crédito", (
        "credito", "creditos", "haber", "abono", "abonos", "ingreso", "ingresos", "deposito", "depositos",
        "entrada", "entradas", "creditos en cuenta", "importe credito", "monto credito", "credito mn",
        "credito me", "cobro", "cobros")),
    ColumnaDeExtracto(DEBITO, "Débito", (
        "debito", "debitos", "debe", "cargo", "cargos", "egreso", "egresos", "retiro", "retiros", "salida",
        "saidas", "salidas", "importe debito", "monto debito", "debito mn", "debito me", "pago", "pagos")),
    ColumnaDeExtracto(SIGNO, "Débito/Crédito", (
        "d c", "c d", "db cr", "cr db", "debito credito", "credito debito", "deb cred", "tipo", "tipo de movimiento",
        "tipo movimiento", "tipo de operacion", "naturaleza", "signo", "natureza", "tipo de lancamento")),
    ColumnaDeExtracto(MONEDA, "Moneda", ("moneda", "divisa", "moeda", "mon", "cod moneda", "codigo de moneda")),
    ColumnaDeExtracto(SALDO, "Saldo", (
        "saldo", "saldo contable", "saldo disponible", "saldo parcial", "saldo final", "saldo diario", "saldo r")),
    ColumnaDeExtracto(CUENTA, "Cuenta", (
        "cuenta", "nro cuenta", "numero de cuenta", "n cuenta", "cuenta bancaria", "cuenta corriente", "conta",
        "numero da conta", "nro de cuenta")),
    ColumnaDeExtracto(MIEMBRO, "Miembro", (
        "miembro", "socio", "ciudad", "municipio", "municipalidad", "ordenante", "nombre del ordenante",
        "pagador", "remitente", "titular", "originante", "cliente", "nombre", "razon social", "cidade", "pagante",
        "depositante", "nombre del depositante", "quien paga")),
)
ROTULOS = {c.campo: c.rotulo for c in COLUMNAS_DE_EXTRACTO}
# Palabras que no cambian lo que dice un encabezado («Número de la operación» es «Nro operación»): las preposiciones se
# quitan y las maneras de escribir «número» son una.
_DE_RELLENO = {"de", "del", "la", "el", "en", "da", "do", "al", "a"}
_NUMERO = {"n", "no", "nro", "num", "numero", "nr", "nu"}

# Lo que dice una columna Débito/Crédito (C, CR, Haber…), normalizado.
_DICE_CREDITO = {"c", "cr", "cred", "credito", "creditos", "h", "haber", "abono", "ingreso", "deposito", "+",
                 "entrada", "credit"}
_DICE_DEBITO = {"d", "db", "deb", "debito", "debitos", "debe", "cargo", "egreso", "retiro", "-", "salida", "saida",
                "debit"}
# Filas de resumen que los bancos ponen antes o después de los movimientos.
_RESUMEN = re.compile(r"^(saldo|saldos|total|totales|subtotal|sub total|resumen|cantidad de movimientos)\b")


def encabezado_normalizado(valor: object) -> str:
    """«Nº de Operación:» -> «n de operacion»: sin mayúsculas, tildes ni signos."""
    texto = normalizar(valor).replace("º", " ").replace("°", " ")
    return " ".join(re.sub(r"[^0-9a-z$€₲/]+", " ", texto).split())


def _canonica(palabras: list[str]) -> tuple[str, ...]:
    return tuple("nro" if p in _NUMERO else p for p in palabras if p not in _DE_RELLENO)


_POR_ALIAS = {_canonica(alias.split()): c.campo for c in COLUMNAS_DE_EXTRACTO for alias in c.alias}


def campo_de_encabezado(valor: object) -> str | None:
    """El campo que trae una columna por su encabezado, o None. «Importe ($)», «Crédito en USD» y «Nº de
    operación» se reconocen por sus palabras: sin preposiciones, monedas ni cifras, y si no es un encabezado
    conocido entero, por las primeras palabras («Saldo al día», «Importe en pesos»)."""
    palabras = [p for p in encabezado_normalizado(valor).replace("/", " ").split()
                if not p.isdigit() and p not in ("$", "€", "₲", "r$", "us$", "u$s", "$u")
                and not (len(p) == 3 and p.upper() in _CODIGOS_EN_ENCABEZADOS)]
    forma = _canonica(palabras)
    for largo in range(len(forma), 0, -1):
        if forma[:largo] in _POR_ALIAS:
            return _POR_ALIAS[forma[:largo]]
    return None


# Códigos que un encabezado puede llevar («Importe USD», «Crédito ARS»): dicen la moneda de la columna.
_CODIGOS_EN_ENCABEZADOS = {"USD", "EUR", "ARS", "BRL", "UYU", "PYG", "CLP", "BOB", "PEN", "COP", "VES", "MXN", "CRC",
                           "GTQ", "HNL", "NIO", "PAB", "DOP", "CUP"}


def moneda_del_encabezado(valor: object) -> str | None:
    """«Importe USD» o «Crédito (R$)» -> la moneda que nombra el encabezado; None si no nombra una sola."""
    texto = encabezado_normalizado(valor)
    halladas = {p.upper() for p in texto.split() if p.upper() in _CODIGOS_EN_ENCABEZADOS}
    halladas |= {MONEDAS_ESCRITAS[p] for p in texto.split() if p in MONEDAS_ESCRITAS and p != "bs"}
    return halladas.pop() if len(halladas) == 1 else None


@dataclass
class Encabezados:
    """La fila de los encabezados y qué columna (índice desde 0) trae cada campo."""

    fila: int
    indices: dict[str, int]
    textos: list[str]                                    # los encabezados tal como están en el archivo
    ignoradas: list[str] = field(default_factory=list)   # «C (Sucursal)»: las que no se usan
    moneda_de_columna: str | None = None                 # la que nombra el encabezado del importe («Importe USD»)

    def columna(self, campo: str) -> str:
        """«B (Importe)»: la letra y el encabezado de la columna del campo, para un mensaje."""
        indice = self.indices[campo]
        return traducir("columna {0} ({1})").format(letra_columna(indice), self.textos[indice])


def _reconocidas(valores: tuple) -> dict[str, int]:
    indices: dict[str, int] = {}
    for indice, valor in enumerate(valores):
        campo = campo_de_encabezado(valor) if isinstance(valor, str) else None
        if campo is not None and campo not in indices:
            indices[campo] = indice
    return indices


def buscar_encabezados(filas: list[tuple[int, tuple]]) -> tuple[Encabezados | None, list[Problema]]:
    """La fila de los encabezados entre las primeras: la primera que nombra una fecha y un importe. Si ninguna lo
    hace, el problema dice qué falta en la fila que más se le parece (con su número) y cómo arreglarlo."""
    mejor: tuple[int, int, dict[str, int]] | None = None   # (cuántas reconoce, fila, índices)
    for numero, valores in filas[:FILAS_PARA_ENCABEZADOS]:
        indices = _reconocidas(valores)
        tiene_fecha = FECHA in indices or FECHA_VALOR in indices
        tiene_importe = IMPORTE in indices or CREDITO in indices
        if tiene_fecha and tiene_importe:
            textos = ["" if v is None else " ".join(str(v).split()) for v in valores]
            if CREDITO in indices and IMPORTE in indices:   # con Crédito/Débito, «Importe» es otra cosa (un total)
                del indices[IMPORTE]
            usadas = set(indices.values())
            ignoradas = [f"{letra_columna(i)} ({t})" for i, t in enumerate(textos) if t and i not in usadas]
            columna_importe = indices.get(CREDITO, indices.get(IMPORTE))
            return Encabezados(numero, indices, textos, ignoradas, moneda_del_encabezado(textos[columna_importe])), []
        if len(indices) >= 2 and (mejor is None or len(indices) > mejor[0]):   # una sola no es una fila de encabezados
            mejor = (len(indices), numero, indices)
    como = traducir("Cambie el encabezado de esa columna por uno de estos (o agréguela): {0}.")
    if mejor is None:
        return None, [Problema(traducir(
            "no se encontró la fila de los encabezados: ninguna de las primeras {0} filas nombra una fecha y un "
            "importe. La fila de los encabezados debe tener al menos «Fecha» e «Importe» (o «Monto», o «Crédito» y "
            "«Débito»); también se reconocen «Descripción», «Concepto», «Referencia» y «Moneda».").format(
            FILAS_PARA_ENCABEZADOS))]
    _, numero, indices = mejor
    if FECHA not in indices and FECHA_VALOR not in indices:
        falta = traducir("falta la columna de la fecha. {0}").format(como.format("Fecha, Fecha de operación, "
                                                                                  "Fecha valor, Data"))
    else:
        falta = traducir("falta la columna del importe. {0}").format(como.format(
            "Importe, Monto, Valor, o Crédito y Débito (Haber y Debe)"))
    return None, [Problema(traducir("los encabezados están en esta fila pero {0}").format(falta), fila=numero)]


# --- las líneas -------------------------------------------------------------------------------

CREDITO_LINEA, DEBITO_LINEA, IGNORADA = "credito", "debito", "ignorada"


@dataclass(frozen=True)
class LineaLeida:
    """Un movimiento del extracto. `importe` en unidades menores de `moneda`, positivo (un débito también: lo dice
    `clase`). Los textos ya limpios (`texto_del_banco`)."""

    fila: int
    fecha: date | None
    importe: int
    moneda: str | None
    descripcion: str
    referencia: str = ""
    cuenta: str = ""
    saldo: str = ""
    miembro: str = ""       # lo que dice una columna de quién paga (Ordenante, Miembro, Ciudad)
    clase: str = CREDITO_LINEA
    saldo_escrito: str = ""  # el saldo como vino en el archivo (la huella de antes: `huellas_anteriores`)
    motivo: str = ""        # por qué se ignora (IGNORADA)

    @property
    def texto(self) -> str:
        """Todo lo que la línea dice de quién paga, para reconocer al miembro."""
        return " ".join(t for t in (self.miembro, self.descripcion, self.referencia) if t)


@dataclass
class LecturaDelExtracto:
    lineas: list[LineaLeida]
    problemas: list[Problema]
    encabezados: Encabezados | None
    orden_de_fechas: str = "dma"
    decimales: str | None = None
    avisos: list[str] = field(default_factory=list)


def _celda(valores: tuple, indices: dict[str, int], campo: str) -> object:
    indice = indices.get(campo)
    return valores[indice] if indice is not None and indice < len(valores) else None


def _problema(encabezados: Encabezados, fila: int, campo: str, valor: object, motivo: str) -> Problema:
    indice = encabezados.indices[campo]
    return Problema(motivo, fila=fila, columna=letra_columna(indice), encabezado=encabezados.textos[indice] or None,
                    valor=valor if isinstance(valor, str) else entrada.muestra(valor))


def _decidir(valores: Iterable[object], evidencia) -> tuple[set[str], dict[str, tuple[int, object]]]:
    vistas: dict[str, tuple[int, object]] = {}
    for fila, valor in valores:
        decide = evidencia(valor)
        if decide is not None and decide not in vistas:
            vistas[decide] = (fila, valor)
    return set(vistas), vistas


def _orden_del_archivo(ordenes: set[str]) -> str:
    """El orden de las fechas del extracto: el que dicen sus fechas; sin ninguna que lo decida (todas podrían leerse
    de las dos maneras), el de la configuración regional de la máquina (mes/día solo si ella lo dice)."""
    if ordenes:
        return "mda" if ordenes == {"mda"} else "dma"
    return "mda" if orden_de_quien_escribe() == "mda" else "dma"


def leer_lineas(filas: list[tuple[int, tuple]], encabezados: Encabezados, *,
                moneda: str | None = None) -> LecturaDelExtracto:
    """Las líneas de las filas que siguen a los encabezados. `moneda`: la de la cuenta, para las líneas sin columna
    de moneda (o con «$»). Cada problema con su fila y su columna; con uno solo, nada se registra."""
    indices = encabezados.indices
    datos = [(numero, valores) for numero, valores in filas if numero > encabezados.fila]
    problemas: list[Problema] = []
    # El orden de las fechas y el separador de decimales: uno para todo el archivo, por su evidencia.
    columnas_fecha = [c for c in (FECHA, FECHA_VALOR) if c in indices]
    ordenes, donde = _decidir(((n, _celda(v, indices, c)) for n, v in datos for c in columnas_fecha),
                              evidencia_de_orden)
    orden = _orden_del_archivo(ordenes)
    if ordenes == {"dma", "mda"}:
        problemas.append(Problema(traducir(
            "las fechas se contradicen: la fila {0} dice «{1}» (día/mes) y la fila {2} dice «{3}» (mes/día). "
            "Escríbalas todas igual, mejor como aaaa-mm-dd.").format(donde["dma"][0], donde["dma"][1],
                                                                     donde["mda"][0], donde["mda"][1])))
    columnas_importe = [c for c in (IMPORTE, CREDITO, DEBITO, SALDO) if c in indices]
    separadores, donde = _decidir(((n, _celda(v, indices, c)) for n, v in datos for c in columnas_importe),
                                  evidencia_de_decimales)
    decimales = separadores.pop() if len(separadores) == 1 else None
    if len(separadores) > 1:
        problemas.append(Problema(traducir(
            "los importes se contradicen: la fila {0} escribe «{1}» (coma decimal) y la fila {2} «{3}» (punto "
            "decimal). Guarde el archivo de nuevo desde el banco o escríbalos todos igual.").format(
            donde[","][0], donde[","][1], donde["."][0], donde["."][1])))
        decimales = ","
    # Sin columna de moneda, sin moneda en el encabezado del importe y sin la de la cuenta, solo la dice el importe
    # («US$ 600,00»): si alguno no la dice, un solo problema para el archivo, no uno por fila.
    sin_moneda = MONEDA not in indices and encabezados.moneda_de_columna is None and moneda is None
    faltan_moneda: list[int] = []   # sin moneda en ninguna parte: las filas cuyo importe tampoco la dice
    lineas: list[LineaLeida] = []
    ultima = None   # la fila de la última línea leída, o de su última continuación
    repetidos = [normalizar(t) for t in encabezados.textos]
    for numero, valores in datos:
        if [normalizar(texto_del_banco(v)) for v in valores[:len(repetidos)]] == repetidos:
            continue   # los encabezados repetidos en cada página (un extracto pasado de PDF a planilla)
        linea = _leer_fila(numero, valores, encabezados, orden, decimales, moneda, problemas,
                           faltan_moneda if sin_moneda else None)
        if linea == "continuacion":
            if lineas and ultima == numero - 1:
                mas = texto_del_banco(_celda(valores, indices, DESCRIPCION))
                lineas[-1] = replace(lineas[-1], descripcion=texto_del_banco(f"{lineas[-1].descripcion} {mas}"))
                ultima = numero
            continue
        if linea is not None:
            lineas.append(linea)
            ultima = numero
    if faltan_moneda:
        problemas.append(Problema(traducir(
            "el archivo no tiene una columna «Moneda» y su importe no dice en qué moneda está. Indique la moneda de "
            "la cuenta (en la línea de órdenes, --moneda ARS; en la ventana, «Moneda de la cuenta»), o agregue la "
            "columna «Moneda».")))
    avisos = []
    if encabezados.ignoradas:
        avisos.append(traducir("Columnas que no se usan: {0}.").format(", ".join(encabezados.ignoradas)))
    return LecturaDelExtracto(lineas, problemas, encabezados, orden, decimales, avisos)


class _CeldaMala(ValueError):
    def __init__(self, campo: str, valor: object, motivo: str):
        super().__init__(motivo)
        self.campo, self.valor = campo, valor


def _importe_y_clase(crudos: dict[str, object], decimales: str | None) -> tuple[Decimal, str]:
    """(importe positivo, crédito o débito) de las columnas de importe de una fila; _CeldaMala si no se puede."""

    def leer(campo: str) -> Decimal:
        if es_vacia(crudos.get(campo)):
            return Decimal(0)
        try:
            return leer_importe(crudos[campo], decimales)
        except ValueError as error:
            raise _CeldaMala(campo, crudos[campo], str(error)) from None

    if CREDITO in crudos:
        credito, debito = leer(CREDITO), leer(DEBITO)
        if credito and debito:
            raise _CeldaMala(CREDITO, crudos[CREDITO], traducir(
                "la fila tiene a la vez un crédito y un débito ({0}); deje solo uno").format(
                entrada.muestra(crudos[DEBITO])))
        if credito:
            return abs(credito), CREDITO_LINEA if credito > 0 else DEBITO_LINEA
        return abs(debito), DEBITO_LINEA
    if es_vacia(crudos.get(IMPORTE)):
        if not es_vacia(crudos.get(DEBITO)):
            return abs(leer(DEBITO)), DEBITO_LINEA
        raise _CeldaMala(IMPORTE, None, traducir("falta el importe; escríbalo o borre la fila"))
    valor = leer(IMPORTE)
    return abs(valor), DEBITO_LINEA if valor < 0 else CREDITO_LINEA


def _leer_fila(numero: int, valores: tuple, encabezados: Encabezados, orden: str, decimales: str | None,
               moneda_cuenta: str | None, problemas: list[Problema],
               faltan_moneda: list[int] | None = None) -> "LineaLeida | str | None":
    """La línea de una fila; None si la fila no es un movimiento (saldos, totales) o tiene problemas (quedan en
    `problemas`); «continuacion» si solo trae más descripción para la línea anterior."""
    indices = encabezados.indices
    campo_fecha, crudo_fecha = _fecha_de_la_fila(valores, indices)
    crudos = {c: _celda(valores, indices, c) for c in (IMPORTE, CREDITO, DEBITO) if c in indices}
    sin_importe = all(es_vacia(v) for v in crudos.values())
    resumen = any(_RESUMEN.match(normalizar(v)) for v in valores if isinstance(v, str))
    if es_vacia(crudo_fecha) and (sin_importe or resumen):
        return _sin_fecha(valores, indices, sin_importe, resumen)
    if sin_importe and resumen:
        return None   # «Saldo anterior» o «Saldo final» con su fecha y sin importe: no es un movimiento
    try:
        fecha = leer_fecha(crudo_fecha, orden == "dma")
    except ValueError as error:
        if resumen or _RESUMEN.match(normalizar(crudo_fecha)):
            return None   # «Saldo al 31/01/2026», «Total de créditos»: no es un movimiento
        problemas.append(_problema(encabezados, numero, campo_fecha, crudo_fecha, str(error)))
        fecha = None   # se sigue: los demás problemas de la fila también se dicen
    try:
        importe, clase = _importe_y_clase(crudos, decimales)
        clase = _clase_por_signo(clase, valores, indices)
        moneda = _moneda_de_la_fila(valores, indices, crudos, encabezados.moneda_de_columna) or moneda_cuenta
        if fecha is None:
            return None
        return _linea(numero, fecha, importe, clase, moneda, valores, indices, crudos, decimales, faltan_moneda)
    except _CeldaMala as mala:
        problemas.append(_problema(encabezados, numero, mala.campo, mala.valor, str(mala)))
        return None


def _fecha_de_la_fila(valores: tuple, indices: dict[str, int]) -> tuple[str, object]:
    """(columna, celda) de la fecha: la de Fecha o, si está vacía o no hay, la de Fecha valor."""
    campo_fecha = FECHA if FECHA in indices else FECHA_VALOR
    crudo_fecha = _celda(valores, indices, campo_fecha)
    if es_vacia(crudo_fecha) and FECHA_VALOR in indices and campo_fecha == FECHA:
        return FECHA_VALOR, _celda(valores, indices, FECHA_VALOR)
    return campo_fecha, crudo_fecha


def _sin_fecha(valores: tuple, indices: dict[str, int], sin_importe: bool, resumen: bool) -> str | None:
    """Una fila sin fecha y sin importe (o de saldos): «continuacion» si solo trae más descripción para la línea
    anterior; si no, None (no es un movimiento)."""
    descripcion = _celda(valores, indices, DESCRIPCION)
    otras = [_celda(valores, indices, c) for c in (REFERENCIA, SALDO, MONEDA, SIGNO, MIEMBRO) if c in indices]
    solo_texto = not es_vacia(descripcion) and all(es_vacia(v) for v in otras)
    return "continuacion" if sin_importe and solo_texto and not resumen else None


def _clase_por_signo(clase: str, valores: tuple, indices: dict[str, int]) -> str:
    """Un importe positivo es un débito si la columna C/D lo dice; _CeldaMala si no dice ni crédito ni débito."""
    if SIGNO not in indices or clase != CREDITO_LINEA:
        return clase
    dice = normalizar(_celda(valores, indices, SIGNO)).rstrip(".")
    if dice in _DICE_DEBITO:
        return DEBITO_LINEA
    if dice and dice not in _DICE_CREDITO:
        raise _CeldaMala(SIGNO, _celda(valores, indices, SIGNO), traducir(
            "no dice si es un crédito o un débito; escriba C o D (o Crédito, Débito)"))
    return clase


def _moneda_de_la_fila(valores: tuple, indices: dict[str, int], crudos: dict[str, object],
                       de_la_columna: str | None) -> str | None:
    """La moneda de la línea, la del encabezado del importe o la que dice la celda del importe («US$ 600,00»), que
    manda sobre la de la cuenta; None si ninguna la dice. _CeldaMala si la celda del importe contradice la columna
    Moneda o el encabezado (la fila no se lee)."""
    moneda = None
    if MONEDA in indices:
        try:
            moneda = leer_moneda(_celda(valores, indices, MONEDA))
        except ValueError as error:
            raise _CeldaMala(MONEDA, _celda(valores, indices, MONEDA), str(error)) from None
    escrita = next((m for m in (moneda_del_importe(v) for v in crudos.values()) if m), None)
    otra = moneda or de_la_columna
    if escrita and otra and escrita != otra:
        campo = next(c for c, v in crudos.items() if moneda_del_importe(v))
        raise _CeldaMala(campo, crudos[campo], traducir(
            "el importe dice {0} y la moneda de la línea es {1}; corrija una de las dos").format(escrita, otra))
    return otra or escrita


def _linea(numero: int, fecha: date, importe: Decimal, clase: str, moneda: str | None, valores: tuple,
           indices: dict[str, int], crudos: dict[str, object], decimales: str | None,
           faltan_moneda: list[int] | None) -> "LineaLeida | None":
    """La línea de una fila ya leída: un importe en cero o un débito se muestran (no se registran); un crédito
    necesita su moneda (si no hay columna de moneda, la fila queda en `faltan_moneda`: un problema para todo el
    archivo). _CeldaMala si no se puede registrar."""
    comunes = dict(fila=numero, fecha=fecha, moneda=moneda,
                   descripcion=texto_del_banco(_celda(valores, indices, DESCRIPCION)),
                   referencia=texto_del_banco(_celda(valores, indices, REFERENCIA), entrada.LARGO_NOMBRE),
                   cuenta=texto_del_banco(_celda(valores, indices, CUENTA), entrada.LARGO_NOMBRE),
                   saldo=_saldo_escrito(_celda(valores, indices, SALDO), decimales),
                   saldo_escrito=texto_del_banco(_celda(valores, indices, SALDO), 60),
                   miembro=texto_del_banco(_celda(valores, indices, MIEMBRO), entrada.LARGO_NOMBRE))
    if importe == 0:
        return LineaLeida(importe=0, clase=IGNORADA, motivo=traducir("importe en cero"), **comunes)
    if clase == DEBITO_LINEA:
        return LineaLeida(importe=_menores_o_cero(importe, moneda), clase=DEBITO_LINEA,
                          motivo=traducir("débito: no es un cobro"), **comunes)
    if moneda is None:
        if faltan_moneda is not None:   # sin columna de moneda: un problema para todo el archivo
            faltan_moneda.append(numero)
            return None
        raise _CeldaMala(MONEDA, _celda(valores, indices, MONEDA), traducir(
            "no dice en qué moneda está el importe (vacía o «$», que no dice cuál). Escriba el código (ARS, USD…) "
            "o indique la moneda de la cuenta (en la línea de órdenes, --moneda ARS; en la ventana, «Moneda de la "
            "cuenta»)."))
    try:
        menores = a_menores(importe, moneda)
    except ValueError as error:
        campo = CREDITO if CREDITO in indices else IMPORTE
        raise _CeldaMala(campo, crudos.get(campo), str(error)) from None
    return LineaLeida(importe=menores, **comunes)


def _menores_o_cero(importe: Decimal, moneda: str | None) -> int:
    """Un débito se muestra, no se registra: sin moneda o con decimales de más, se muestra en cero."""
    if moneda is None:
        return 0
    try:
        return a_menores(importe, moneda)
    except ValueError:
        return 0


def _saldo_escrito(valor: object, decimales: str | None) -> str:
    """El saldo como número («10600» de «10.600,00», «10600» o la celda 10600.0 de un .xlsx), para que la huella no
    cambie cuando Excel guarda otra vez el extracto; el texto tal cual si no es un importe."""
    texto = texto_del_banco(valor, 60)
    if es_vacia(valor):
        return texto
    try:
        return format(leer_importe(valor, decimales).normalize(), "f")
    except ValueError:
        return texto
