"""Un nombre de archivo que Windows acepta (issue 84 §2), armado con datos del usuario: el título de una sesión, el
nombre de un órgano, de una unidad, de una actividad, la sigla de la asociación. Todo nombre que el programa propone
o escribe pasa por `nombre_valido_en_windows`.

Las reglas son las de Microsoft («Naming Files, Paths, and Namespaces»): ninguno de < > : " / \\ | ? * ni caracteres
de control; ni punto ni espacio al final; ningún nombre reservado de dispositivo (CON, PRN, AUX, NUL, COM0-9, LPT0-9
y sus variantes con ¹ ² ³), tampoco con extensión ni en minúsculas; y la ruta entera por debajo de MAX_PATH (260,
contando el carácter nulo del final, en unidades UTF-16). Las tildes y la eñe quedan: NTFS las guarda tal cual.
"""

import re

_DIGITOS = "0123456789¹²³"
RESERVADOS = frozenset({"CON", "PRN", "AUX", "NUL"} | {f"{p}{d}" for p in ("COM", "LPT") for d in _DIGITOS})
_PROHIBIDOS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,10}$")

# Una carpeta de perfil realista de una oficina (el nombre con tildes, OneDrive de la municipalidad): el nombre
# propuesto tiene que caber en ella sin pasar de MAX_PATH.
CARPETA_REALISTA = ("C:\\Users\\María José Fernández\\OneDrive - Municipalidad de San Salvador de Jujuy\\Documentos"
                    "\\Escritorio\\")
MAX_PATH = 260


def largo_en_windows(texto: str) -> int:
    """El largo como lo cuenta Windows: unidades UTF-16 (un emoji cuenta dos)."""
    return len(texto.encode("utf-16-le")) // 2


LARGO_MAXIMO = MAX_PATH - 1 - largo_en_windows(CARPETA_REALISTA)


def _recortar(texto: str, largo: int) -> str:
    while largo_en_windows(texto) > largo:
        texto = texto[:-1]
    return texto


def nombre_valido_en_windows(nombre: str, largo_maximo: int = LARGO_MAXIMO) -> str:
    """«Asamblea: 2026/27.pdf» -> «Asamblea - 2026-27.pdf»; «CON.pdf» -> «_CON.pdf»; un título de mil letras se
    corta por el final conservando el comienzo y la extensión. Nunca vacío ni con error: el peor caso es
    «documento» más la extensión."""
    nombre = str(nombre or "")
    encontrada = _EXTENSION.search(nombre)
    extension = encontrada.group(0) if encontrada and encontrada.start() > 0 else ""
    base = nombre[:len(nombre) - len(extension)]
    base = _PROHIBIDOS.sub(lambda m: "-" if m.group(0) in "/\\" else (" - " if m.group(0) == ":" else " "), base)
    base = " ".join(base.split()).strip(" .")
    base = _recortar(base, max(1, largo_maximo - largo_en_windows(extension))).rstrip(" .") or "documento"
    if base.split(".")[0].rstrip(" ").upper() in RESERVADOS:
        base = "_" + base
    return (_recortar(base, max(1, largo_maximo - largo_en_windows(extension))).rstrip(" .") or "documento") + extension
