"""Números y fechas se formatean solo en `escritorio/dominio/formato.py` (issue 44): en el idioma de quien lee, con
las convenciones de CLDR. Esta prueba lee el código con `ast` y falla, con archivo y línea, si reaparece fuera de
ese módulo un número o una fecha formateados a mano:

- los miles de Python: `f"{n:,}"`, `format(n, ",.2f")`, `"{:,}".format(n)` (con o sin `.replace(",", ".")`);
- un `.replace(",", ".")` o `.replace(".", ",")` sobre un número recién formateado (`f"{x:.1f}".replace(".", ",")`,
  o sobre lo que devuelve un `.format(…)`);
- una fecha a mano: `%d/%m` en un patrón de strftime o de un f-string, `"/".join(reversed(iso.split("-")))`,
  `f"{dia.day:02d}/{dia.month:02d}/…"`, `f"{iso[8:10]}/{iso[5:7]}/…"`, o `QDate.toString("dd/MM/yyyy")`.

El SQL que arma fechas (`datos/dialecto.fecha_dma`: `strftime('%d/%m/%Y', …)` en la consulta) está permitido en
`datos/`. Leer lo que escribe una persona no es formatear: `crudo.replace(",", ".")` sobre un texto leído pasa.

Lo que no ve: un número o una fecha armados con otros nombres (`f"{d}/{m}/{a}"` con enteros sueltos, como
`orden_de_fechas.a_dma`, que normaliza una entrada) o por caminos que no son estos; `importlib` o `getattr`.
"""

import ast
import re
from pathlib import Path

import escritorio

RAIZ = Path(escritorio.__file__).parent
EL_MODULO = RAIZ / "dominio" / "formato.py"

# Un formato de Python con separador de miles: [[relleno]alineación][signo][z][#][0][ancho],…
_MILES = re.compile(r"^(?:.?[<>=^])?[-+ ]?z?#?0?[0-9]*,")
# La misma opción dentro de una plantilla de str.format: «{:,}», «{0:,.2f}».
_MILES_EN_PLANTILLA = re.compile(r"\{[\w.\[\]]*:(?:.?[<>=^])?[-+ ]?z?#?0?[0-9]*,(?:\.[0-9]+)?[a-zA-Z%]?\}")
# Día y mes con barras o puntos («%d/%m/%Y», «%m/%d/%y»); no la fecha ISO («%Y-%m-%d») de una consulta o un sello.
_FECHA_STRFTIME = re.compile(r"%d[/.]%m|%m[/.]%d")
_FECHA_QT = re.compile(r"d{1,2}/M{1,2}")


def _texto_del_formato(especificacion: ast.AST | None) -> str:
    if especificacion is None:
        return ""
    return "".join(p.value for p in ast.walk(especificacion) if isinstance(p, ast.Constant) and isinstance(p.value, str))


def _es_numero_formateado(nodo: ast.AST) -> bool:
    """Un f-string, un format(…) o un «….format(…)»: lo que acaba de convertirse en texto."""
    if isinstance(nodo, ast.JoinedStr):
        return True
    if isinstance(nodo, ast.Call):
        funcion = nodo.func
        return (isinstance(funcion, ast.Name) and funcion.id == "format") or (
            isinstance(funcion, ast.Attribute) and funcion.attr == "format")
    return False


def _partes_de_fecha(nodo: ast.JoinedStr) -> bool:
    """f"{dia.day:02d}/{dia.month:02d}/…" o f"{iso[8:10]}/{iso[5:7]}/…": una fecha armada a mano."""
    con_barra = any(isinstance(p, ast.Constant) and "/" in str(p.value) for p in nodo.values)
    if not con_barra:
        return False
    for parte in nodo.values:
        if not isinstance(parte, ast.FormattedValue):
            continue
        valor = parte.value
        if isinstance(valor, ast.Attribute) and valor.attr in ("day", "month"):
            return True
        if isinstance(valor, ast.Subscript) and isinstance(valor.slice, ast.Slice):
            limites = (valor.slice.lower, valor.slice.upper)
            if all(isinstance(x, ast.Constant) for x in limites) and (limites[0].value, limites[1].value) in (
                    (8, 10), (5, 7)):
                return True
    return False


def formatos_a_mano(fuente: str, nombre: str = "<fuente>", *, sql: bool = False) -> list[tuple[int, str]]:
    """(línea, qué) de cada número o fecha formateados a mano en `fuente`. `sql`: el archivo es de `datos/`, donde
    un patrón de fecha en una consulta está permitido."""
    hallados = []
    for nodo in ast.walk(ast.parse(fuente, filename=nombre)):
        if isinstance(nodo, ast.FormattedValue) and _MILES.match(_texto_del_formato(nodo.format_spec)):
            hallados.append((nodo.lineno, "miles de Python en un f-string"))
        elif isinstance(nodo, ast.FormattedValue) and _FECHA_STRFTIME.search(_texto_del_formato(nodo.format_spec)):
            hallados.append((nodo.lineno, "fecha con un patrón de strftime en un f-string"))
        elif isinstance(nodo, ast.Constant) and isinstance(nodo.value, str):
            if _MILES_EN_PLANTILLA.search(nodo.value):
                hallados.append((nodo.lineno, "miles de Python en una plantilla de str.format"))
            if not sql and _FECHA_STRFTIME.search(nodo.value):
                hallados.append((nodo.lineno, "fecha con un patrón de strftime"))
        elif isinstance(nodo, ast.Call):
            funcion = nodo.func
            argumentos = [a.value if isinstance(a, ast.Constant) else None for a in nodo.args]
            if isinstance(funcion, ast.Name) and funcion.id == "format" and len(argumentos) > 1 and isinstance(
                    argumentos[1], str) and _MILES.match(argumentos[1]):
                hallados.append((nodo.lineno, "miles de Python en format()"))
            elif isinstance(funcion, ast.Attribute) and funcion.attr == "replace" and argumentos in (
                    [",", "."], [".", ","]) and _es_numero_formateado(funcion.value):
                hallados.append((nodo.lineno, "separadores cambiados a mano sobre un número formateado"))
            elif (isinstance(funcion, ast.Attribute) and funcion.attr == "join" and isinstance(funcion.value, ast.Constant)
                  and funcion.value.value == "/" and nodo.args and isinstance(nodo.args[0], ast.Call)
                  and isinstance(nodo.args[0].func, ast.Name) and nodo.args[0].func.id == "reversed"):
                hallados.append((nodo.lineno, "fecha ISO dada vuelta a mano"))
            elif (isinstance(funcion, ast.Attribute) and funcion.attr == "toString" and argumentos
                  and isinstance(argumentos[0], str) and _FECHA_QT.search(argumentos[0])):
                hallados.append((nodo.lineno, "fecha de Qt escrita con un patrón a mano"))
        elif isinstance(nodo, ast.JoinedStr) and _partes_de_fecha(nodo):
            hallados.append((nodo.lineno, "fecha armada a mano con día y mes"))
    return sorted(set(hallados))


def test_numeros_y_fechas_solo_se_formatean_en_dominio_formato():
    problemas = []
    for archivo in sorted(RAIZ.rglob("*.py")):
        if archivo == EL_MODULO:
            continue
        relativo = archivo.relative_to(RAIZ.parent)
        sql = archivo.relative_to(RAIZ).parts[0] == "datos"
        for linea, que in formatos_a_mano(archivo.read_text(encoding="utf-8"), str(archivo), sql=sql):
            problemas.append(f"{relativo}:{linea}: {que}")
    assert not problemas, ("Números y fechas se formatean con escritorio/dominio/formato.py (numero, decimal, dinero, "
                           "importe, fecha, fecha_y_hora, fecha_larga), en el idioma de quien lee:\n"
                           + "\n".join(problemas))


# --- la prueba de la prueba -------------------------------------------------------------------------------------

TRAMPA = '''
a = f"{n:,}".replace(",", ".")
b = f"{total:,.2f}"
c = format(valor, ",.1f")
d = "{:,}".format(poblacion) + "{0:,.2f}".format(importe)
e = f"{100 * parte / total:.1f}".replace(".", ",")
f = traducir("de 0 a {0}").format(maximo).replace(",", ".")
g = f"{fecha:%d/%m/%Y}"
h = dia.strftime("%d/%m/%Y %H:%M")
i = "/".join(reversed(iso.split("-")))
j = f"{dia.day:02d}/{dia.month:02d}/{dia.year:04d}"
k = f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"
m = campo.date().toString("dd/MM/yyyy")
'''

PERMITIDO = '''
crudo = crudo.replace(".", "").replace(",", ".")          # leer lo que escribió una persona
numero = Decimal(str(valor).replace(",", "."))
campo.setDisplayFormat("dd/MM/yyyy")                      # un campo de fecha de Qt
momento = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
recibo = f"{numero:04d}/{anio}"
cita = f"{tipo} {numero}/{anio}"
normalizada = f"{dia:02d}/{mes:02d}/{anio:04d}"
fraccion = traducir("{0}/{1} más uno").format(numerador, denominador)
ejemplo = traducir("por ejemplo {0}").format('{"pleno": 2, "asociado": 1}')
columna = f"{nombre:<19} {valor:>8}"
texto = formato.numero(1234) + formato.fecha(hoy)
'''


def test_la_prueba_encuentra_cada_formato_a_mano():
    lineas = {linea for linea, _ in formatos_a_mano(TRAMPA)}
    esperadas = {n for n, texto in enumerate(TRAMPA.splitlines(), 1) if texto.strip()}
    assert lineas == esperadas, sorted(esperadas - lineas)


def test_la_prueba_deja_pasar_lo_que_no_es_formatear():
    assert formatos_a_mano(PERMITIDO) == []


def test_en_datos_una_fecha_en_sql_esta_permitida():
    sql = 'f"strftime(\'%d/%m/%Y\', {expresion})"\nconsulta = "SELECT strftime(\'%d/%m/%Y\', fecha) FROM sesiones"\n'
    assert formatos_a_mano(sql, sql=True) == []
    assert len(formatos_a_mano(sql)) == 2
