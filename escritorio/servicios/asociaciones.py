"""Crear, listar y elegir asociaciones."""

import re
from dataclasses import dataclass, field
from datetime import date

from sqlite_utils import Database

from ..datos import asociaciones as tabla
from ..datos.conexion import transaccion
from ..dominio.miembros import CATEGORIAS_PAIS, TAMANOS_PAPEL
from ..dominio import entrada
from ..dominio.paises import codigo_pais, nombre_pais
from ..errores import ErrorEscritorio, ErrorValidacion
from . import campos
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO, LARGO_NOMBRE, Revision

TIPOS_ASOCIACION = ("red representativa", "red temática", "federación", "asociación nacional", "alianza")


@dataclass
class NuevaAsociacion:
    nombre: str
    sigla: str
    tipo: str = "red representativa"
    fecha_fundacion: date | None = None
    sede: str | None = None
    idiomas: str = "es"
    papel: str = "A4"
    paises: dict[str, str] = field(default_factory=dict)  # país (código o nombre) -> categoría


_SIGLA = re.compile(r"[A-Z0-9]+(?:[-.&][A-Z0-9]+)*")
LARGO_SIGLA = 20


def leer_sigla(valor: object) -> str:
    """«rml » -> «RML». Letras sin acentos y cifras (se admiten -, . y & entre ellas), hasta 20: la sigla va en
    los nombres de archivo, en --asociacion y en el membrete. ValueError con el motivo si no sirve."""
    limpio = entrada.texto(valor, maximo=LARGO_SIGLA)
    sigla = limpio.upper()
    if not _SIGLA.fullmatch(sigla):
        raise ValueError(f"«{entrada.muestra(limpio)}» no sirve como sigla; use solo letras sin acentos y cifras "
                         "(se admiten - . & entre ellas), sin espacios; por ejemplo RML o FAM-BR")
    return sigla


def leer_idiomas(valor: object) -> str:
    """«es, pt» -> «es,pt»: códigos de idioma de dos o tres letras separados por comas."""
    limpio = entrada.texto(valor if valor is not None else "es", maximo=entrada.LARGO_CORTO)
    codigos = [c.strip().lower() for c in limpio.split(",") if c.strip()]
    malos = [c for c in codigos if not re.fullmatch(r"[a-z]{2,3}", c)]
    if not codigos or malos:
        raise ValueError(f"«{entrada.muestra(malos[0] if malos else limpio)}» no es un código de idioma; escriba códigos "
                         "de dos letras separados por comas, por ejemplo es,pt")
    return ",".join(dict.fromkeys(codigos))


def _validar(nueva: NuevaAsociacion) -> tuple[dict, dict[str, str], list[str]]:
    revision = Revision()
    datos = {
        "nombre": revision.texto("Nombre", nueva.nombre, maximo=LARGO_NOMBRE),
        "sede": revision.texto("Sede", nueva.sede, maximo=LARGO_NOMBRE, obligatorio=False),
        "fecha_fundacion": revision.fecha("Fecha de fundación", nueva.fecha_fundacion, historica=True),
        "papel": nueva.papel,
    }
    problemas = revision.problemas
    for clave, rotulo, leer in (("sigla", "Sigla", leer_sigla), ("idiomas", "Idiomas", leer_idiomas)):
        try:
            datos[clave] = leer(getattr(nueva, clave))
        except ValueError as error:
            problemas.append(f"{rotulo}: {str(error).rstrip('.')}.")
    tipo = revision.texto("Tipo", nueva.tipo, maximo=LARGO_NOMBRE)
    if tipo is not None and tipo not in TIPOS_ASOCIACION:
        problemas.append(f"Tipo: «{entrada.muestra(tipo)}» desconocido; use uno de: {', '.join(TIPOS_ASOCIACION)}.")
    datos["tipo"] = tipo
    if nueva.papel not in TAMANOS_PAPEL:
        problemas.append(f"Papel: «{entrada.muestra(nueva.papel)}» desconocido; use {', '.join(TAMANOS_PAPEL)}.")
    paises = {}
    for texto, categoria in nueva.paises.items():
        error_texto = entrada.caracter_prohibido(str(texto)) or entrada.caracter_prohibido(str(categoria))
        codigo = codigo_pais(texto) if error_texto is None else None
        if error_texto is not None:
            problemas.append(f"Países: «{entrada.muestra(texto)}:{entrada.muestra(categoria)}» {error_texto[1]}.")
        elif codigo is None:
            problemas.append(f"Países: «{entrada.muestra(texto)}» no es un país reconocido; use el código ISO de dos "
                             "letras (AR, BR, UY…) o su nombre, por ejemplo \"AR:pleno,UY:asociado\".")
        elif categoria not in CATEGORIAS_PAIS:
            problemas.append(f"Países: categoría «{entrada.muestra(categoria)}» para {nombre_pais(codigo)} desconocida; "
                             f"use {', '.join(CATEGORIAS_PAIS)} (por ejemplo {codigo}:pleno).")
        elif codigo in paises:
            problemas.append(f"Países: {nombre_pais(codigo)} figura dos veces; déjelo una sola vez.")
        else:
            paises[codigo] = categoria
    return datos, paises, problemas


def revisar_asociacion(nueva: NuevaAsociacion) -> None:
    """ErrorValidacion con cada problema de los datos (sin mirar la base: la sigla repetida se ve al crear)."""
    _, _, problemas = _validar(nueva)
    if problemas:
        raise ErrorValidacion("No se creó la asociación:\n" + "\n".join(f"  - {p}" for p in problemas), problemas)


def crear_asociacion(db: Database, nueva: NuevaAsociacion) -> int:
    datos, paises, problemas = _validar(nueva)
    if datos.get("sigla") and tabla.por_sigla(db, datos["sigla"]):
        problemas.append(f"Sigla: ya existe una asociación con la sigla «{datos['sigla']}»; elija otra.")
    if problemas:
        raise ErrorValidacion("No se creó la asociación:\n" + "\n".join(f"  - {p}" for p in problemas), problemas)
    datos["fecha_fundacion"] = datos["fecha_fundacion"].isoformat() if datos["fecha_fundacion"] else None
    with transaccion(db):
        asociacion_id = tabla.insertar(db, datos)
        for pais, categoria in paises.items():
            tabla.fijar_pais(db, asociacion_id, pais, categoria)
    return asociacion_id


CATEGORIAS_CON_FECHA = {**CATEGORIAS_PAIS, "retirado": "Retirado"}


@dataclass
class CambioDeCategoria:
    pais: str
    categoria: str
    desde: date
    articulo: str | None
    actual: str | None      # la categoría que rige hoy después del cambio (None: hoy no es país de la asociación)


def agregar_pais(db: Database, asociacion_id: int, pais: object, categoria: str = "pleno", desde: date | None = None,
                 articulo: object = None) -> str:
    """Incorpora un país a la asociación o cambia su categoría. Devuelve su código ISO.

    Con `desde`, la categoría rige desde esa fecha (ver `fijar_categoria`). Sin fecha: un país nuevo la tiene desde
    la fundación y uno que ya tenía historia la cambia hoy (las composiciones pasadas siguen con la anterior)."""
    if desde is not None or articulo is not None:
        return fijar_categoria(db, asociacion_id, pais, categoria, desde or fecha_de_hoy(), articulo).pais
    codigo, categoria = _pais_y_categoria(db, asociacion_id, pais, categoria, CATEGORIAS_PAIS)
    with transaccion(db):
        if tabla.historia_categorias(db, asociacion_id, codigo):
            tabla.fijar_categoria(db, asociacion_id, codigo, categoria, fecha_de_hoy().isoformat(), None)
            _actualizar_actual(db, asociacion_id, codigo)
        else:
            tabla.fijar_pais(db, asociacion_id, codigo, categoria)
    return codigo


def _pais_y_categoria(db: Database, asociacion_id: int, pais: object, categoria: object,
                      admitidas: dict[str, str]) -> tuple[str, str]:
    texto_pais = campos.texto("País", pais, maximo=LARGO_NOMBRE)
    codigo = codigo_pais(texto_pais)
    if codigo is None:
        raise ErrorValidacion(f"País: «{entrada.muestra(texto_pais)}» no es un país reconocido; use el código ISO de dos "
                              "letras (AR, BR, UY…) o su nombre.")
    categoria = (campos.texto("Categoría", categoria, maximo=LARGO_NOMBRE) or "").lower()
    if categoria not in admitidas:
        raise ErrorValidacion(f"Categoría: «{entrada.muestra(categoria)}» desconocida; use {', '.join(admitidas)}.")
    if tabla.por_id(db, asociacion_id) is None:
        raise ErrorEscritorio(f"No existe la asociación {asociacion_id}.")
    return codigo, categoria


def _actualizar_actual(db: Database, asociacion_id: int, codigo: str) -> str | None:
    """paises_asociacion es la categoría que rige hoy: se rehace desde la historia con fecha."""
    actual = tabla.categorias_al(db, asociacion_id, fecha_de_hoy().isoformat()).get(codigo)
    tabla.fijar_actual(db, asociacion_id, codigo, actual)
    return actual if actual != "retirado" else None


def fijar_categoria(db: Database, asociacion_id: int, pais: object, categoria: str, desde: date,
                    articulo: object = None) -> CambioDeCategoria:
    """La categoría de un país (pleno, asociado, observador, retirado) desde una fecha, con el artículo o la
    resolución que la funda, en una transacción. Las composiciones anteriores a esa fecha se siguen juzgando con la
    categoría de entonces; si la fecha ya llegó, también cambia la categoría actual del país."""
    codigo, categoria = _pais_y_categoria(db, asociacion_id, pais, categoria, CATEGORIAS_CON_FECHA)
    revision = Revision()
    desde = revision.fecha("Desde", desde, historica=True, futura=True)
    articulo = revision.texto("Artículo", articulo, maximo=LARGO_CORTO, obligatorio=False)
    revision.lanzar(f"No se cambió la categoría de {nombre_pais(codigo)}:")
    with transaccion(db):
        tabla.fijar_categoria(db, asociacion_id, codigo, categoria, desde.isoformat(), articulo)
        actual = _actualizar_actual(db, asociacion_id, codigo)
    return CambioDeCategoria(codigo, categoria, desde, articulo, actual)


def categorias_al(db: Database, asociacion_id: int, al: date | None = None) -> dict[str, str]:
    """La categoría de cada país de la asociación vigente en la fecha (hoy, si no se indica)."""
    return tabla.categorias_al(db, asociacion_id, (al or fecha_de_hoy()).isoformat())


def historia_de_categorias(db: Database, asociacion_id: int, pais: str) -> list[dict]:
    return tabla.historia_categorias(db, asociacion_id, pais)


def listar_asociaciones(db: Database) -> list[dict]:
    return tabla.listar(db)


def elegir_asociacion(db: Database, sigla: str | None = None) -> dict:
    """La asociación indicada por sigla; sin sigla, la única que haya."""
    if sigla:
        problema = entrada.caracter_prohibido(str(sigla))
        if problema is not None:  # ni siquiera se consulta: SQLite no admite bytes que no son texto
            raise ErrorEscritorio(f"No hay ninguna asociación con la sigla «{entrada.muestra(sigla)}»: {problema[1]}.")
        encontrada = tabla.por_sigla(db, sigla)
        if encontrada:
            return encontrada
        existentes = ", ".join(a["sigla"] for a in tabla.listar(db)) or "ninguna"
        raise ErrorEscritorio(f"No hay ninguna asociación con la sigla «{entrada.muestra(sigla)}» (existentes: {existentes}).")
    todas = tabla.listar(db)
    if not todas:
        raise ErrorEscritorio(
            "Todavía no hay ninguna asociación en esta base. Cree una con "
            "«escritorio asociacion crear --nombre … --sigla …» o cargue la red de ejemplo con «escritorio demo».")
    if len(todas) > 1:
        siglas = ", ".join(a["sigla"] for a in todas)
        raise ErrorEscritorio(f"Esta base tiene varias asociaciones ({siglas}): indique cuál con --asociacion SIGLA.")
    return todas[0]


def paises_de(db: Database, asociacion_id: int) -> dict[str, str]:
    """Los países de la asociación con la categoría que rige hoy (un cambio fechado a futuro rige al llegar su día)."""
    return {p: c for p, c in categorias_al(db, asociacion_id).items() if c != "retirado"}
