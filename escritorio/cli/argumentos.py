"""argparse en castellano (los mensajes propios de argparse se traducen aquí, en un solo lugar), el Analizador y
los tipos de argumento: fecha, id, cantidad, fracción, lista de países, lista de ids, lista de idiomas, poder y
representante. Un
valor que no sirve es un error de uso (estado 2) con el motivo, antes de abrir la base."""

import argparse
import re
import sys
from datetime import date

_TRADUCCIONES = {
    "usage: ": "uso: ",
    "options": "opciones",
    "positional arguments": "argumentos",
    "show this help message and exit": "muestra esta ayuda y termina",
    "the following arguments are required: %s": "faltan estos argumentos obligatorios: %s",
    "unrecognized arguments: %s": "argumentos no reconocidos: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "opción no válida: %(value)r (elija entre %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "expected one argument": "falta el valor",
    "invalid %(type)s value: %(value)r": "valor no válido: %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: error: %(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s": "opción ambigua: %(option)s puede ser %(matches)s",
    "not allowed with argument %s": "no se admite junto con %s",
    "one of the arguments %s is required": "se necesita uno de estos argumentos: %s",
    "ignored explicit argument %r": "esta opción no lleva valor (se escribió %r); quite lo que va después de «=»",
    "expected at least one argument": "falta al menos un valor",
    "expected at most one argument": "admite a lo sumo un valor",
    "expected %s argument": "se esperaba %s valor",
    "expected %s arguments": "se esperaban %s valores",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "orden desconocida %(parser_name)r (elija entre %(choices)s)",
    "can't open '%(filename)s': %(error)s": "no se puede abrir «%(filename)s»: %(error)s",
}


def _traducir(texto: str) -> str:
    return _TRADUCCIONES.get(texto, texto)


def _ntraducir(singular: str, plural: str, cantidad: int) -> str:
    return _traducir(singular if cantidad == 1 else plural)


argparse._ = _traducir  # argparse busca sus textos con gettext; aquí no hay catálogo del sistema
argparse.ngettext = _ntraducir


class Analizador(argparse.ArgumentParser):
    """Ayuda en castellano; un error de uso termina con estado 2 y un mensaje sin traza."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)
        # «-34,61» (la coma decimal, como se escribe en castellano y en portugués) es un número negativo, un valor,
        # no una opción desconocida: argparse solo reconoce «-34.61».
        self._negative_number_matcher = re.compile(r"^-\d+(?:[.,]\d+)?$|^-[.,]\d+$")
        self.add_argument("-h", "--help", action="help", help="muestra esta ayuda y termina")

    def _get_values(self, action, arg_strings):
        # «--motivo=--», «--motivo --» o un argumento «--» después del «--» que separa: argparse quita el «--» y deja
        # una LISTA vacía como valor, que llegaría a la base como «[]». Un valor de un solo argumento es un texto.
        if action.nargs is None and arg_strings == ["--"]:
            valor = self._get_value(action, "--")
            self._check_value(action, valor)
            return valor
        return super()._get_values(action, arg_strings)

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\nUse «{self.prog} --help» para ver la ayuda.\n")


def fecha(texto: str) -> date:
    """Tipo de argumento AAAA-MM-DD; un texto que no es fecha da «valor no válido» (error de uso)."""
    try:
        return date.fromisoformat(texto)
    except ValueError:
        raise ValueError(texto) from None


def identificador(texto: str) -> int:
    """Tipo de argumento para el id de un registro (miembro, pago): un entero de 1 en adelante, con cifras 0-9.
    Un id imposible («-5», «١٢», 25 cifras) es un error de uso con el motivo, no una búsqueda que falla lejos."""
    from ..dominio.entrada import entero

    try:
        return entero(texto, minimo=1, maximo=2**63 - 1, que="un id (un número entero, por ejemplo 12)")
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{error}; los ids se ven con la orden «listar» correspondiente") from None


def _entero(texto: str, minimo: int, maximo: int, que: str) -> int:
    from ..dominio.entrada import entero

    try:
        return entero(texto, minimo=minimo, maximo=maximo, que=que)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def cantidad(texto: str) -> int:
    """Tipo de argumento para una cantidad (minutos, días, filas): cifras 0-9, de 0 a un millón."""
    return _entero(texto, 0, 1_000_000, "una cantidad")


def numero_de_parrafo(texto: str) -> int:
    """Tipo de argumento para el número de un párrafo de un texto (0: antes del primero)."""
    return _entero(texto, 0, 100_000, "un número de párrafo (0 a 100000)")


def poblacion(texto: str) -> int:
    """Tipo de argumento para los habitantes de una ciudad: cifras 0-9, hasta el máximo que acepta el padrón."""
    from ..dominio.miembros import POBLACION_MAXIMA

    return _entero(texto, 0, POBLACION_MAXIMA, "una población")


def lista_de_paises(texto: str) -> dict[str, str]:
    """"AR:pleno,BR:pleno,CL:asociado" -> {"AR": "pleno", …}; sin categoría, pleno."""
    from ..dominio.entrada import muestra

    resultado, vistos = {}, {}
    for parte in filter(None, (p.strip() for p in texto.split(","))):
        pais, _, categoria = parte.partition(":")
        clave = pais.strip().upper()
        if clave in vistos:  # «AR:pleno,AR:asociado»: antes ganaba el último en silencio
            raise argparse.ArgumentTypeError(
                f"el país {muestra(clave, 10)} está dos veces ({muestra(vistos[clave], 30)} y {muestra(parte, 30)}); "
                "escriba cada país una sola vez, con su categoría")
        vistos[clave] = parte
        resultado[pais.strip()] = categoria.strip().lower() or "pleno"
    return resultado


def fraccion(texto: str) -> tuple[int, int, bool]:
    """'1/2+1' -> (1, 2, True) (la mitad más uno); '2/3' -> (2, 3, False) (dominio.sesiones.leer_fraccion)."""
    from ..dominio.sesiones import leer_fraccion

    try:
        return leer_fraccion(texto)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


_MAXIMO_EN_UN_TRAMO = 100_000


def lista_de_ids(texto: str) -> list[int]:
    """«12,15,18» -> [12, 15, 18]; «1-5,9» -> [1, 2, 3, 4, 5, 9] (tramos, para una asamblea de cientos); cada id
    con la regla de los ids."""
    partes = [p.strip() for p in texto.split(",")]
    if not texto.strip() or any(not p for p in partes):
        raise argparse.ArgumentTypeError("escriba los ids separados por comas, por ejemplo 12,15,18 (o un tramo: 1-40)")
    ids = []
    for parte in partes:
        desde, guion, hasta = parte.partition("-")
        if not guion:
            ids.append(identificador(parte))
            continue
        desde, hasta = identificador(desde.strip()), identificador(hasta.strip())
        if not desde <= hasta < desde + _MAXIMO_EN_UN_TRAMO:
            raise argparse.ArgumentTypeError(f"el tramo {parte} no sirve: escriba el id menor primero (por ejemplo "
                                             "1-40), con hasta 100.000 ids")
        ids.extend(range(desde, hasta + 1))
    return ids


def lista_de_idiomas(texto: str) -> list[str]:
    """«es,pt» -> ["es", "pt"] (sin repetir, en su orden): los idiomas de documentos, como los pide --idioma."""
    from ..dominio.entrada import muestra
    from ..dominio.traduccion import IDIOMAS_DE_DOCUMENTOS

    partes = [p.strip().lower() for p in texto.replace(";", ",").split(",") if p.strip()]
    desconocidos = [p for p in partes if p not in IDIOMAS_DE_DOCUMENTOS]
    if not partes or desconocidos:
        opciones = ", ".join(f"{c} ({n})" for c, n in IDIOMAS_DE_DOCUMENTOS.items())
        raise argparse.ArgumentTypeError(
            (f"«{muestra(', '.join(desconocidos), 30)}» no es un idioma de documentos; " if desconocidos else "")
            + f"escriba los idiomas separados por comas, el primero el de la raíz del sitio, por ejemplo es,pt "
              f"(los que hay: {opciones})")
    return list(dict.fromkeys(partes))


def poder(texto: str) -> tuple[int, int]:
    """«20:12» -> (20, 12): el miembro 20 (ausente o excusado) da su poder al 12."""
    de, separador, a = texto.partition(":")
    if not separador:
        raise argparse.ArgumentTypeError("escriba QUIEN_DA:QUIEN_RECIBE con los ids, por ejemplo 20:12 "
                                         "(el miembro 20 da su poder al 12)")
    return identificador(de.strip()), identificador(a.strip())


def representante(texto: str) -> tuple[int, str, str | None]:
    """«12:Ana Pérez:Intendenta» -> (12, "Ana Pérez", "Intendenta"); el cargo es optativo."""
    miembro, separador, resto = texto.partition(":")
    if not separador or not resto.strip():
        raise argparse.ArgumentTypeError("escriba ID:NOMBRE o ID:NOMBRE:CARGO, por ejemplo «12:Ana Pérez:Intendenta»")
    nombre, _, cargo = resto.partition(":")
    return identificador(miembro.strip()), nombre, (cargo or None)


def fila_de_la_hoja(texto: str) -> int:
    """El número de una fila de datos tal como lo muestra la hoja de cálculo (y los problemas de la importación):
    de la 2 en adelante (la 1 tiene los encabezados)."""
    try:
        return _entero(texto, 2, 10_000_000, "un número de fila de datos (de la 2 en adelante)")
    except argparse.ArgumentTypeError as error:
        raise argparse.ArgumentTypeError(f"{error}; use el número de fila que muestra la hoja de cálculo (la 1 tiene "
                                         "los encabezados)") from None


def correccion_de_celda(texto: str) -> tuple[int, str, str]:
    """«3:Población=12000» -> (3, "Población", "12000"): la celda de la fila 3, columna Población (o su letra, «C»),
    se importa con ese valor en lugar del que tiene el archivo (que no cambia). «3:Correo=» la deja vacía."""
    fila, separador, resto = str(texto).partition(":")
    columna, igual, valor = resto.partition("=")
    if not separador or not igual or not columna.strip():
        raise argparse.ArgumentTypeError(
            f"«{_muestra(texto)}»: escriba FILA:COLUMNA=VALOR, con la columna por su letra o su encabezado, por "
            "ejemplo «3:Población=12000» o «3:C=12000» (la fila 3, como la muestra la hoja de cálculo)")
    return fila_de_la_hoja(fila.strip()), columna.strip(), valor


def punto(texto: str):
    """Tipo de argumento para un punto del orden del día: «3:2» (el punto 2 de la sesión 3), «3:2.1» (un subpunto) o
    «#17» / «17» (el id interno). `comun.oficina_de` lo cambia por el id al abrir la base (servicios/referencias.py)."""
    from ..dominio.referencias import leer_punto

    try:
        return leer_punto(texto)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"«{_muestra(texto)}» {error}") from None


def resolucion(texto: str):
    """Tipo de argumento para una resolución: «5/2026» (número/año) o «#12» / «12» (el id interno). Como `punto`."""
    from ..dominio.referencias import leer_resolucion

    try:
        return leer_resolucion(texto)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"«{_muestra(texto)}» {error}") from None


def _muestra(texto: str) -> str:
    from ..dominio.entrada import muestra

    return muestra(str(texto), 30)


def opciones_de_voto(parser, sin_voto: str, con_voto: str) -> None:
    """--sin-voto y --con-voto (una u otra) en `args.con_voto`: None si no se dice ninguna, y entonces el servicio usa
    el voto del cargo (dominio.organos.vota_por_omision), la misma omisión que la ventana."""
    voto = parser.add_mutually_exclusive_group()
    voto.add_argument("--sin-voto", dest="con_voto", action="store_false", default=None,
                      help=sin_voto + " (sin --sin-voto ni --con-voto: el del cargo; suplente y observador no votan, "
                                      "los demás sí, como en la ventana)")
    voto.add_argument("--con-voto", dest="con_voto", action="store_true", default=None, help=con_voto)



def cupo_de_un_grupo(texto: str) -> tuple[str, object]:
    """«Europa=..3» -> ("Europa", {"maximo": 3}): dominio.organos.leer_cupo_de_grupo, para --grupo."""
    from ..dominio.organos import leer_cupo_de_grupo

    try:
        return leer_cupo_de_grupo(texto)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def archivo_de_texto(texto: str) -> str:
    """Tipo de argumento: un archivo de texto UTF-8, cuyo contenido es el valor («--texto-de aceptado.txt»). Si no se
    puede leer, error de uso con el archivo y el motivo."""
    from pathlib import Path

    from ..documentos.visible import abreviar

    ruta, nombre = Path(texto), abreviar(texto, 120)   # un nombre imposible (5.000 letras) no llena la pantalla
    try:
        # Dentro del try: con un nombre demasiado largo, hasta preguntar si es una carpeta falla (ENAMETOOLONG).
        if ruta.is_dir():   # en Windows, abrir una carpeta da «permiso denegado», no que es una carpeta
            raise argparse.ArgumentTypeError(f"{nombre}: es una carpeta; indique el archivo de texto")
        if ruta.stat().st_size > 1_000_000:
            raise argparse.ArgumentTypeError(f"{nombre}: tiene más de 1 MB; ¿es el archivo de texto que quería?")
        return ruta.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise argparse.ArgumentTypeError(f"{nombre}: no existe ese archivo") from None
    except UnicodeDecodeError:
        raise argparse.ArgumentTypeError(f"{nombre}: no es texto UTF-8; guárdelo como UTF-8 y vuelva a intentar") \
            from None
    except OSError as error:
        from ..salida import motivo_del_sistema

        raise argparse.ArgumentTypeError(f"{nombre}: no se pudo leer ({motivo_del_sistema(error)})") from None
