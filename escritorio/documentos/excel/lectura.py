"""Leer una tabla de un archivo .xlsx o .csv: encabezados y filas numeradas como las muestra la hoja.

Toda falla al leer (de openpyxl, zipfile, el XML de la hoja, el módulo csv, la decodificación o el disco) se
traduce aquí, en `_traducir`, a un ErrorEscritorio en castellano que nombra el archivo y dice qué hacer: nunca
llega a la persona un texto en inglés de una biblioteca.

Codificación de un .csv, decidida para el archivo entero (nunca fila por fila, nunca adivinando a medias):
- con marca de orden de bytes UTF-16 (lo que guarda Excel como «Texto Unicode», separado por tabuladores): UTF-16;
- todo UTF-8 válido (con o sin marca): UTF-8;
- ninguna secuencia UTF-8 de varios bytes: Windows-1252 (el «CSV» de Excel en Windows en castellano);
- UTF-8 con además algún byte suelto que no es UTF-8 (un archivo mezclado, por ejemplo pegado de dos
  orígenes): se detiene nombrando la fila y la columna del byte raro. Leerlo entero como Windows-1252
  crearía «BahÃ­a Blanca» en lugar de actualizar «Bahía Blanca».
"""

import csv
import errno
import io
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import ParseError

from ...dominio.entrada import muestra
from ...dominio import formato
from ...errores import ErrorEscritorio

# .txt: lo que Excel guarda como «Texto Unicode» (UTF-16, tabuladores) o «Texto (delimitado por tabulaciones)».
EXTENSIONES = (".xlsx", ".csv", ".txt")

_INICIO_ZIP = b"PK\x03\x04"
_INICIO_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls) y también los .xlsx cifrados
_MARCA_CIFRADO = "EncryptionInfo".encode("utf-16-le")
_BOM_UTF8 = b"\xef\xbb\xbf"
# Una secuencia UTF-8 válida de dos a cuatro bytes (RFC 3629): si aparece alguna, el archivo es UTF-8.
_MULTIBYTE_UTF8 = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_GUARDAR_XLSX = "Ábralo en Excel o LibreOffice y guárdelo de nuevo como .xlsx (Archivo > Guardar como > Libro de Excel)."
_GUARDAR_CSV = ("Ábralo en Excel o LibreOffice y use Archivo > Guardar como > «CSV UTF-8 (delimitado por comas)» "
                "(en LibreOffice: Texto CSV, juego de caracteres Unicode UTF-8).")


@dataclass
class Tabla:
    """`filas` rinde (número de fila en la hoja, valores) y omite las filas totalmente vacías."""

    encabezados: list
    filas: Iterator[tuple[int, tuple]]
    hoja: str | None = None
    hojas: list[str] = field(default_factory=list)   # las del libro, en orden (un .csv no tiene)


def _fila_vacia(valores) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in valores)


# --- la traducción de las fallas: un solo lugar ---------------------------------------------------

def nombre_citable(ruta: Path) -> str:
    """El nombre del archivo para un mensaje: sin caracteres invisibles y recortado si es desmedido."""
    return muestra(ruta.name, 80)


def _ruta_citable(ruta: Path) -> str:
    """La ruta para un mensaje; si es muy larga, se conserva el final, que es lo que la identifica."""
    texto = muestra(str(ruta), 100_000)
    return texto if len(texto) <= 120 else "…" + texto[-119:]


def _traducir(ruta: Path, error: BaseException, *, fila: int | None = None) -> ErrorEscritorio:
    """La falla de una biblioteca o del disco al leer `ruta`, dicha en castellano con qué hacer."""
    if isinstance(error, ErrorEscritorio):
        return error
    nombre = nombre_citable(ruta)
    donde = f" (a partir de la fila {fila})" if fila else ""
    if isinstance(error, IsADirectoryError):
        return ErrorEscritorio(f"{_ruta_citable(ruta)} es una carpeta, no un archivo: elija el archivo .xlsx o .csv que está adentro.")
    if isinstance(error, FileNotFoundError):
        return ErrorEscritorio(f"No existe el archivo {_ruta_citable(ruta)}. Revise el nombre y la carpeta, o elíjalo de nuevo.")
    if isinstance(error, OSError) and error.errno == errno.ENAMETOOLONG:
        return ErrorEscritorio(
            f"No se puede abrir {nombre}: el nombre del archivo (o el de alguna de sus carpetas) es demasiado largo "
            "para el sistema. Cámbiele el nombre por uno más corto, o muévalo a una carpeta más cercana al inicio "
            "del disco, y vuelva a importarlo.")
    if isinstance(error, PermissionError):
        return ErrorEscritorio(
            f"No se puede abrir {nombre}: no tiene permiso para leerlo, u otro programa lo tiene bloqueado. Si está "
            "abierto en Excel, ciérrelo; si no, cópielo a su carpeta de Documentos y elija la copia.")
    if isinstance(error, MemoryError):
        return ErrorEscritorio(
            f"{nombre} es demasiado grande para leerlo en esta computadora. Divídalo en archivos más chicos e "
            "impórtelos uno por uno.")
    # openpyxl también lanza OSError, sin número de error, para un zip que no es un libro («no valid workbook
    # part»): eso no es el disco.
    if isinstance(error, OSError) and error.errno is not None:
        return ErrorEscritorio(
            f"No se pudo leer {nombre} del disco{donde}: el disco, el pendrive o la carpeta de red dejó de responder "
            "o está dañado. Copie el archivo a su computadora y vuelva a intentarlo.")
    if ruta.suffix.lower() in (".csv", ".txt"):
        return ErrorEscritorio(
            f"No se puede leer {nombre}{donde}: no tiene el formato de un archivo CSV. {_GUARDAR_CSV}")
    if isinstance(error, ParseError) or type(error).__name__ in ("XMLSyntaxError", "ExpatError"):
        return ErrorEscritorio(
            f"No se puede leer {nombre} como libro de Excel (.xlsx): el contenido de la hoja está dañado{donde}. "
            f"{_GUARDAR_XLSX} Si Excel no lo abre, recupérelo de una copia anterior.")
    if isinstance(error, OSError) and "workbook" in str(error).lower():
        return ErrorEscritorio(
            f"No se puede leer {nombre} como libro de Excel (.xlsx): es un archivo comprimido de otro tipo (quizás un "
            f"documento de Word o de LibreOffice con la extensión cambiada). {_GUARDAR_XLSX}")
    if isinstance(error, (zipfile.BadZipFile, zlib.error, EOFError, KeyError)):
        return ErrorEscritorio(
            f"No se puede leer {nombre} como libro de Excel (.xlsx): el archivo está dañado o incompleto (quizás se "
            f"cortó al copiarlo o descargarlo){donde}. {_GUARDAR_XLSX}")
    # Cualquier otra falla de openpyxl (InvalidFileException, valores que no entiende…): el archivo no es un
    # .xlsx como lo guardan Excel o LibreOffice. Se deja la traza en el registro, nunca en pantalla.
    try:
        from ...registro import registrar_inesperado

        registrar_inesperado(f"lectura de {nombre}")
    except Exception:  # sin registro escribible se sigue igual: el mensaje es lo que importa
        pass
    return ErrorEscritorio(
        f"No se puede leer {nombre} como libro de Excel (.xlsx): está dañado por dentro, o lo guardó un programa "
        f"que Escritorio no conoce{donde}. {_GUARDAR_XLSX}")


def _leer_bytes(ruta: Path) -> bytes:
    try:
        return ruta.read_bytes()
    except (OSError, MemoryError) as error:
        raise _traducir(ruta, error) from None


# --- .xlsx ------------------------------------------------------------------------------------

def _revisar_inicio_xlsx(ruta: Path) -> None:
    """Antes de dárselo a openpyxl: un archivo vacío, cifrado, un .xls renombrado o un texto no son un .xlsx."""
    try:
        with ruta.open("rb") as archivo:
            inicio = archivo.read(8)
    except (OSError, MemoryError) as error:
        raise _traducir(ruta, error) from None
    if not inicio:
        raise ErrorEscritorio(f"{nombre_citable(ruta)} está vacío (0 bytes): no es un libro de Excel. Vuelva a guardarlo o a "
                              "copiarlo desde donde lo obtuvo.")
    if inicio == _INICIO_OLE:
        if _MARCA_CIFRADO in _leer_bytes(ruta):
            raise ErrorEscritorio(
                f"{nombre_citable(ruta)} está protegido con contraseña y Escritorio no puede leerlo. Ábralo en Excel, quite la "
                "contraseña (Archivo > Información > Proteger libro > Cifrar con contraseña: borre la contraseña y "
                "acepte), guárdelo y vuelva a importarlo.")
        raise ErrorEscritorio(
            f"No se puede leer {nombre_citable(ruta)} como libro de Excel (.xlsx): es un libro de Excel 97-2003 (.xls) con la "
            f"extensión cambiada. {_GUARDAR_XLSX}")
    if not inicio.startswith(_INICIO_ZIP):
        raise ErrorEscritorio(
            f"No se puede leer {nombre_citable(ruta)} como libro de Excel (.xlsx): no es un libro de Excel (su contenido es de "
            f"otro tipo; quizás es un texto o un CSV con la extensión cambiada). {_GUARDAR_XLSX}")


# Excel guarda los caracteres que el XML no admite (BEL, ESC…) como «_x0007_», y un «_x» literal como
# «_x005F_x»; openpyxl en modo de solo lectura los deja así. Se devuelven a lo que la persona ve en Excel para
# que la regla de lo que se escribe los rechace con su nombre, en lugar de guardar «Rosa_x0007_rio».
_ESCAPE_OOXML = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _sin_escapes(valores: tuple) -> tuple:
    return tuple(_ESCAPE_OOXML.sub(lambda m: chr(int(m[1], 16)), v) if isinstance(v, str) and "_x" in v else v
                 for v in valores)


def _elegir_hoja(ruta: Path, libro, hoja: str | None):
    """La hoja pedida por su nombre (sin mayúsculas ni espacios de más) o por su número desde 1; sin pedir, la
    primera."""
    if hoja is None:
        return libro.worksheets[0]
    pedida = " ".join(str(hoja).split()).casefold()
    for numero, candidata in enumerate(libro.worksheets, start=1):
        if " ".join(candidata.title.split()).casefold() == pedida or pedida == str(numero):
            return candidata
    nombres = ", ".join(f"«{muestra(h.title)}»" for h in libro.worksheets)
    raise ErrorEscritorio(f"{nombre_citable(ruta)} no tiene una hoja «{muestra(hoja)}»; sus hojas son {nombres} "
                          "(indique el nombre o el número de la hoja, desde 1).")


def _leer_xlsx(ruta: Path, hoja_pedida: str | None = None, *, entera: bool = False) -> Tabla:
    """La tabla de la hoja (la primera si no se pide otra). `entera`: sin tomar la fila 1 como encabezados, cada
    fila con datos (un extracto bancario trae arriba el banco, la cuenta y el período)."""
    _revisar_inicio_xlsx(ruta)
    from openpyxl import load_workbook  # solo al importar: la CLI arranca más rápido sin openpyxl

    from .filas_de_la_hoja import filas as filas_de_la_hoja

    libro = None
    try:
        with warnings.catch_warnings():  # openpyxl avisa en inglés de estilos o validaciones que no lee
            warnings.simplefilter("ignore")
            libro = load_workbook(ruta, read_only=True, data_only=True)
            if not libro.worksheets:
                raise ErrorEscritorio(f"{nombre_citable(ruta)} no tiene ninguna hoja con datos. {_GUARDAR_XLSX}")
            hoja = _elegir_hoja(ruta, libro, hoja_pedida)
            hojas = [h.title for h in libro.worksheets]
            filas = filas_de_la_hoja(libro, hoja)
            numero, primera = (0, ()) if entera else next(filas, (None, ()))
    except Exception as error:
        if libro is not None:
            libro.close()
        raise _traducir(ruta, error) from None
    encabezados = list(_sin_escapes(primera)) if numero == 1 else []
    if not entera and (not encabezados or _fila_vacia(encabezados)):
        filas.close()
        libro.close()
        empieza = (f" (sus datos empiezan en la fila {numero}: borre las filas vacías de arriba)"
                   if numero and numero != 1 else "")
        raise ErrorEscritorio(f"La primera hoja de {nombre_citable(ruta)} («{muestra(hoja.title)}») está vacía en la "
                              f"fila 1{empieza}: la fila 1 debe tener los encabezados (Nombre, País, Población…).")

    def resto():
        numero = 1
        try:
            for numero, valores in filas:
                if not _fila_vacia(valores):
                    yield numero, _sin_escapes(valores)
        except Exception as error:  # la hoja se lee de a poco: el XML dañado aparece recién al llegar a él
            raise _traducir(ruta, error, fila=numero + 1) from None
        finally:
            filas.close()
            libro.close()

    return Tabla(encabezados, resto(), hoja.title, hojas)


# --- .csv -------------------------------------------------------------------------------------

def _separador(primera_linea: str) -> str:
    """El separador es el que más aparece en la línea de encabezados: ';' (Excel en español), ',' o el
    tabulador («Texto Unicode» de Excel). A igualdad, ';'."""
    cuentas = {s: primera_linea.count(s) for s in (";", ",", "\t")}
    mejor = max(cuentas, key=lambda s: (cuentas[s], s == ";"))
    return mejor if cuentas[mejor] else ","


# Una primera línea «sep=;» le dice a Excel el separador, y Excel no la muestra como fila: aquí tampoco.
_LINEA_SEP = re.compile(r"sep=([^\r\n])\r?\n", re.IGNORECASE)


_SEPARADORES = (";", ",", "\t", "|")
_LINEAS_DE_MUESTRA = 40


def _separador_de_la_muestra(texto: str) -> str:
    """El separador de un archivo cuya primera línea puede no ser la de los encabezados (un extracto bancario
    empieza con el banco y la cuenta): el que arma más filas del mismo ancho (más de una columna) en las primeras
    líneas, leídas como las lee el módulo csv (las comillas cuentan). A igualdad, ';', ',', tabulador, '|'."""
    muestra_ = "\n".join(texto.splitlines()[:_LINEAS_DE_MUESTRA])

    def puntaje(separador: str) -> tuple[int, int]:
        try:
            anchos = [len(f) for f in csv.reader(io.StringIO(muestra_, newline=""), delimiter=separador) if len(f) > 1]
        except csv.Error:
            return 0, 0
        if not anchos:
            return 0, 0
        ancho = max(set(anchos), key=lambda a: (anchos.count(a), a))
        return anchos.count(ancho), ancho

    mejor = max(_SEPARADORES, key=lambda s: (puntaje(s), -_SEPARADORES.index(s)))
    return mejor if puntaje(mejor)[0] else ","


def _registros(texto: str, *, entera: bool = False):
    """(fila de la hoja, valores) de cada registro del CSV; también las filas vacías. `entera`: el separador se
    decide por las primeras líneas, no solo por la primera."""
    indicado = _LINEA_SEP.match(texto)
    if indicado:
        texto = texto[indicado.end():]
    if indicado:
        separador = indicado[1]
    else:
        separador = _separador_de_la_muestra(texto) if entera else _separador(texto.split("\n", 1)[0])
    # newline="" deja al lector de csv los saltos de línea dentro de celdas entre comillas.
    lector = csv.reader(io.StringIO(texto, newline=""), delimiter=separador)
    return enumerate(lector, start=1)


def _es_byte_suelto(caracter: str) -> bool:
    """Un byte que no se pudo decodificar, tal como lo deja errors="surrogateescape"."""
    return 0xDC80 <= ord(caracter) <= 0xDCFF


def _lugar_del_byte(texto: str, posicion: int) -> tuple[int, int | None, str | None, str]:
    """(fila, índice de columna, encabezado, celda) del primer byte suelto de `texto`, que está en `posicion`."""
    try:
        encabezados = None
        for fila, valores in _registros(texto):
            if encabezados is None:
                encabezados = valores
            for indice, valor in enumerate(valores):
                if any(_es_byte_suelto(c) for c in valor):
                    encabezado = encabezados[indice] if indice < len(encabezados) else None
                    return fila, indice, encabezado, valor
    except csv.Error:
        pass
    inicio, fin = texto.rfind("\n", 0, posicion) + 1, texto.find("\n", posicion)
    return texto.count("\n", 0, posicion) + 1, None, None, texto[inicio: fin if fin != -1 else len(texto)]


def _byte_raro(ruta: Path, cuerpo: bytes, codificacion: str, mezclado: bool) -> ErrorEscritorio:
    """El archivo no se puede decodificar entero: se nombra la fila (y la columna) del primer byte raro."""
    from ...dominio.importacion import letra_columna

    texto = cuerpo.decode(codificacion, errors="surrogateescape")
    posicion = next(i for i, c in enumerate(texto) if _es_byte_suelto(c))
    byte = ord(texto[posicion]) - 0xDC00
    fila, indice, encabezado, celda = _lugar_del_byte(texto, posicion)
    lugar = "la fila 1 (la de los encabezados)" if fila == 1 else f"la fila {fila}"
    if indice is not None:
        lugar += f", columna {letra_columna(indice)}"
        if encabezado and fila != 1:
            lugar += f" ({muestra(encabezado)})"
    trozo = muestra(celda.strip(), 50)
    arreglo = _GUARDAR_CSV[0].lower() + _GUARDAR_CSV[1:]
    if mezclado:
        return ErrorEscritorio(
            f"{nombre_citable(ruta)} tiene dos codificaciones de texto mezcladas: casi todo está en UTF-8, pero {lugar} tiene una "
            f"letra guardada de otra manera (el byte 0x{byte:02X}; la celda se ve como «{trozo}»). No se importó nada, "
            "para no guardar nombres con letras cambiadas (como «BahÃ­a» en lugar de «Bahía»). Para arreglarlo, "
            f"corrija esa celda y guarde el archivo entero como UTF-8: {arreglo}")
    return ErrorEscritorio(
        f"{nombre_citable(ruta)}: {lugar} tiene un byte que no es texto (0x{byte:02X}; la celda se ve como «{trozo}»). No se "
        f"importó nada. Corrija esa celda y guarde el archivo como UTF-8: {arreglo}")


_CONTROLES = bytes(c for c in range(32) if c not in b"\t\n\r")


def _parece_binario(inicio: bytes) -> bool:
    """Más de un 5 % de bytes de control (NUL, BEL…) no es una planilla con un carácter raro: no es texto."""
    return len(inicio) - len(inicio.translate(None, _CONTROLES)) > len(inicio) // 20


def _decodificar(ruta: Path, datos: bytes) -> str:
    if datos.startswith((b"\xff\xfe", b"\xfe\xff")):  # «Texto Unicode» de Excel: UTF-16 con marca
        try:
            return datos.decode("utf-16")
        except UnicodeDecodeError:
            raise ErrorEscritorio(
                f"{nombre_citable(ruta)} está guardado como texto Unicode (UTF-16) pero está cortado o dañado. "
                f"{_GUARDAR_CSV}") from None
    if datos.startswith((_INICIO_ZIP, _INICIO_OLE)):
        raise ErrorEscritorio(
            f"{nombre_citable(ruta)} es un libro de Excel con la extensión .csv: cámbiele la extensión a .xlsx, o "
            f"guárdelo como CSV. {_GUARDAR_CSV}")
    if _parece_binario(datos[:4096]):
        raise ErrorEscritorio(
            f"{nombre_citable(ruta)} no es un archivo de texto (quizás es una imagen, un PDF u otro documento con la extensión "
            f"cambiada, o texto Unicode sin su marca). {_GUARDAR_CSV}")
    con_marca = datos.startswith(_BOM_UTF8)
    cuerpo = datos[len(_BOM_UTF8):] if con_marca else datos
    try:
        return cuerpo.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if con_marca or _MULTIBYTE_UTF8.search(cuerpo):
        raise _byte_raro(ruta, cuerpo, "utf-8", mezclado=True)
    try:
        return cuerpo.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90 y 0x9D no son nada en Windows-1252
        raise _byte_raro(ruta, cuerpo, "cp1252", mezclado=False) from None


def _leer_csv(ruta: Path, *, entera: bool = False) -> Tabla:
    texto = _decodificar(ruta, _leer_bytes(ruta))
    if entera and not texto.strip():
        raise ErrorEscritorio(f"{nombre_citable(ruta)} está vacío: no tiene ninguna fila.")
    if not entera and not _LINEA_SEP.sub("", texto, count=1).split("\n", 1)[0].strip():
        raise ErrorEscritorio(f"{nombre_citable(ruta)} está vacío o su primera fila no tiene encabezados: la fila 1 debe tener "
                              "los encabezados (Nombre, País, Población…).")
    registros = _registros(texto, entera=entera)
    leidas = [0]  # la última fila leída, para nombrar la siguiente si falla

    def siguiente():
        try:
            fila, valores = next(registros)
        except csv.Error as error:
            fila = leidas[0] + 1
            if "field larger than field limit" in str(error):
                limite = formato.numero(csv.field_size_limit())
                raise ErrorEscritorio(
                    f"{nombre_citable(ruta)}, fila {fila}: una celda tiene más de {limite} caracteres. Suele pasar cuando unas "
                    "comillas (\") quedan abiertas y todo lo que sigue se lee como una sola celda: revise las "
                    "comillas de esa fila, o guarde el archivo de nuevo desde Excel.") from None
            raise ErrorEscritorio(
                f"{nombre_citable(ruta)}, fila {fila}: no se puede leer; revise que las comillas (\") de esa fila estén bien "
                "cerradas, o guarde el archivo de nuevo desde Excel.") from None
        leidas[0] = fila
        return valores

    encabezados = [] if entera else siguiente()

    def resto():
        # Cada registro es una fila de la hoja (también las líneas en blanco, que el lector devuelve
        # vacías); una celda entre comillas con saltos de línea sigue siendo una sola fila.
        while True:
            try:
                valores = siguiente()
            except StopIteration:
                return
            if not _fila_vacia(valores):
                yield leidas[0], tuple(valores)

    return Tabla(encabezados, resto())


def _revisar_ruta(ruta: Path) -> None:
    try:
        carpeta, archivo = ruta.is_dir(), ruta.is_file()
    except OSError as error:  # un nombre desmedido (ENAMETOOLONG) o una ruta de red caída
        raise _traducir(ruta, error) from None
    if carpeta:
        raise _traducir(ruta, IsADirectoryError())
    if not archivo:
        raise _traducir(ruta, FileNotFoundError())


def bytes_por_dentro(ruta: Path | str) -> int | None:
    """Lo que ocupa por dentro un .xlsx (la suma de lo que su índice dice de cada parte descomprimida), sin
    descomprimir nada; None si no es un zip que se pueda leer (lo dice después la lectura, con su mensaje)."""
    try:
        with zipfile.ZipFile(ruta) as libro:
            return sum(parte.file_size for parte in libro.infolist())
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        return None


def leer_tabla(ruta: Path | str) -> Tabla:
    ruta = Path(ruta)
    _revisar_ruta(ruta)
    extension = ruta.suffix.lower()
    if extension == ".xlsx":
        return _leer_xlsx(ruta)
    if extension in (".csv", ".txt"):
        return _leer_csv(ruta)
    raise _formato_no_admitido(ruta)


def leer_hoja_entera(ruta: Path | str, hoja: str | None = None) -> Tabla:
    """Cada fila con datos de la hoja (de un .csv, del archivo), con su número, sin tomar ninguna como encabezados:
    quien lee decide dónde empiezan los datos. `hoja`: el nombre o el número (desde 1) de la hoja de un .xlsx; en un
    .csv no se puede pedir otra."""
    ruta = Path(ruta)
    _revisar_ruta(ruta)
    extension = ruta.suffix.lower()
    if extension == ".xlsx":
        return _leer_xlsx(ruta, hoja, entera=True)
    if extension in (".csv", ".txt"):
        if hoja is not None and str(hoja).strip() not in ("", "1"):
            raise ErrorEscritorio(f"{nombre_citable(ruta)} es un archivo de texto (CSV) y tiene una sola hoja: no "
                                  "indique la hoja.")
        return _leer_csv(ruta, entera=True)
    raise _formato_no_admitido(ruta)


def _formato_no_admitido(ruta: Path) -> ErrorEscritorio:
    extension = ruta.suffix.lower()
    if extension in (".xls", ".xlsm", ".xlsb", ".ods"):
        return ErrorEscritorio(
            f"{nombre_citable(ruta)}: formato no admitido. Use un libro de Excel (.xlsx) o un archivo .csv: ábralo en Excel o "
            "LibreOffice y use Archivo > Guardar como > «Libro de Excel (.xlsx)».")
    return ErrorEscritorio(
        f"{nombre_citable(ruta)}: formato no admitido. Use un libro de Excel (.xlsx) o un archivo .csv (o el .txt de "
        "texto que guarda Excel): ábralo en Excel o LibreOffice y use Archivo > Guardar como > «CSV UTF-8 (delimitado "
        "por comas)».")
