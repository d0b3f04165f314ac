"""Archivos rotos como los que llegan a una secretaría (o como quedan al cortarse una copia), para las pruebas
de la importación por el servicio y por la línea de órdenes. Cada uno: (nombre, cómo crearlo, qué dice el
mensaje)."""

import os
import random
import struct
import zipfile

from ayudas import escribir_xlsx

# El padrón con todas sus columnas, una fila buena y los caracteres invisibles que se prueban en cada celda: la regla
# sobre las 13 × 13 combinaciones en tests/dominio/test_invisibles_en_cada_celda.py, cada carácter y cada columna por
# un archivo de verdad en tests/servicios/test_importacion_hostil.py.
TODAS = ["Nombre", "País", "Población", "Región", "Código", "Año de la población", "Fuente", "Tipo",
         "Fecha de ingreso", "Autoridad", "Cargo", "Correo", "Teléfono"]
BUENA = ["Rosario", "AR", "1.276.000", "Santa Fe", "82084", "2022", "INDEC", "Municipio", "11/11/1995",
         "Pablo Javkin", "Intendente", "ri@rosario.gob.ar", "+54 341 480-2000"]
INVISIBLES = {"BEL": "\x07", "BS": "\x08", "NUL": "\x00", "ESC": "\x1b", "RLO": "\u202e", "LRI": "\u2066",
              "salto": "\n", "retorno": "\r", "tabulador": "\t", "separador de línea": "\u2028",
              "LRM": "\u200e", "espacio de ancho cero": "\u200b", "guion opcional": "\u00ad"}


def buena_con(columna: str, caracter: str) -> list[str]:
    """BUENA con `caracter` metido adentro del valor de `columna` (en los bordes, los espacios se recortan)."""
    indice = TODAS.index(columna)
    fila = list(BUENA)
    corte = min(3, len(fila[indice]) // 2)
    fila[indice] = fila[indice][:corte] + caracter + fila[indice][corte:]
    return fila


def xlsx_con_hoja_rota(ruta):
    bueno = escribir_xlsx(ruta.with_name("bueno.xlsx"), [["Rosario", "AR", 1000]])
    with zipfile.ZipFile(bueno) as origen, zipfile.ZipFile(ruta, "w") as destino:
        for parte in origen.infolist():
            datos = origen.read(parte.filename)
            if parte.filename == "xl/worksheets/sheet1.xml":
                datos = datos[: len(datos) // 2]  # cortado a la mitad: XML sin cerrar
            destino.writestr(parte, datos)
    return ruta


def xlsx_cifrado(ruta):
    """Un .xlsx protegido con contraseña: Office lo guarda como archivo compuesto OLE (no zip) con los flujos
    EncryptionInfo y EncryptedPackage. Se arma uno mínimo y bien formado (sectores de 512 bytes)."""
    fin, libre, fat = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    cabecera = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
                + struct.pack("<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, 1, 1, 0, 0x1000, fin, 0, fin, 0)
                + struct.pack("<109I", 0, *([libre] * 108)))
    cadenas = [fat, fin] + list(range(3, 10)) + [fin] + list(range(11, 18)) + [fin]
    sector_fat = struct.pack("<128I", *(cadenas + [libre] * (128 - len(cadenas))))

    def entrada_dir(nombre, tipo, derecha=libre, hijo=libre, inicio=fin, largo=0):
        codificado = (nombre + "\0").encode("utf-16-le") if nombre else b""
        return (codificado.ljust(64, b"\0") + struct.pack("<HBBIII", len(codificado), tipo, 1, libre, derecha, hijo)
                + bytes(16) + bytes(4) + bytes(16) + struct.pack("<IQ", inicio, largo))

    directorio = (entrada_dir("Root Entry", 5, hijo=1) + entrada_dir("EncryptionInfo", 2, derecha=2, inicio=2, largo=4096)
                  + entrada_dir("EncryptedPackage", 2, inicio=10, largo=4096) + entrada_dir("", 0))
    ruta.write_bytes(cabecera + sector_fat + directorio + os.urandom(8192))
    return ruta


def xls_viejo(ruta):
    """Un libro de Excel 97-2003: archivo compuesto OLE, como el cifrado, pero con un flujo «Workbook»."""
    ruta.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "Workbook".encode("utf-16-le"))
    return ruta


def con_bytes(contenido: bytes):
    def crear(ruta):
        ruta.write_bytes(contenido)
        return ruta
    return crear


def xlsx_con_extension_csv(ruta):
    ruta.write_bytes(escribir_xlsx(ruta.with_name("otro.xlsx"), [["Salto", "UY", 1]]).read_bytes())
    return ruta


def docx_con_extension_xlsx(ruta):
    """Un zip que no es un libro de Excel (un documento de Word renombrado)."""
    with zipfile.ZipFile(ruta, "w") as archivo:
        archivo.writestr("[Content_Types].xml", "<Types/>")
        archivo.writestr("word/document.xml", "<document/>")
    return ruta


def carpeta(ruta):
    ruta.mkdir()
    return ruta


ROTOS = {
    "hoja con el XML roto": ("padron.xlsx", xlsx_con_hoja_rota, "el contenido de la hoja está dañado"),
    "texto con extensión .xlsx": ("padron.xlsx", con_bytes("Nombre;País\n".encode()),
                                  "no es un libro de Excel (su contenido es de otro tipo"),
    "zip cortado": ("padron.xlsx", con_bytes(b"PK\x03\x04" + bytes(40)), "el archivo está dañado o incompleto"),
    "documento de Word con extensión .xlsx": ("padron.xlsx", docx_con_extension_xlsx, "es un archivo comprimido de otro tipo"),
    "xlsx cifrado": ("padron.xlsx", xlsx_cifrado, "está protegido con contraseña"),
    ".xls renombrado a .xlsx": ("padron.xlsx", xls_viejo, "es un libro de Excel 97-2003 (.xls)"),
    ".xls": ("padron.xls", xls_viejo, "Guardar como > «Libro de Excel (.xlsx)»"),
    "xlsx vacío": ("padron.xlsx", con_bytes(b""), "está vacío (0 bytes)"),
    "csv vacío": ("padron.csv", con_bytes(b""), "está vacío"),
    "campo enorme": ("padron.csv", con_bytes(b'Nombre;Pa\xc3\xads;Poblaci\xc3\xb3n\nSalto;UY;1\n"' + b"x" * 200_000 + b";AR;1\n"),
                     "fila 3: una celda tiene más de 131.072 caracteres"),
    "binario con extensión .csv": ("padron.csv", con_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(4096)),
                                   "no es un archivo de texto"),
    "utf-16 cortado": ("padron.csv", con_bytes("\ufeffNombre\tPaís\tPoblación\r\nSalto\tUY\t1\r\n".encode("utf-16-le")
                                               + b"\x00\xd8"), "texto Unicode (UTF-16) pero está cortado o dañado"),
    "libro de Excel con extensión .csv": ("padron.csv", xlsx_con_extension_csv, "es un libro de Excel con la extensión .csv"),
    "extensión desconocida": ("padron.ods", con_bytes(b"x"), "formato no admitido"),
    "carpeta": ("padron.csv", carpeta, "es una carpeta, no un archivo"),
}
