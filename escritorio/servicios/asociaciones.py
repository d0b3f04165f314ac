"""Crear, listar y elegir asociaciones."""

from dataclasses import dataclass, field
from datetime import date

from sqlite_utils import Database

from ..datos import asociaciones as tabla
from ..datos.conexion import transaccion
from ..dominio.miembros import CATEGORIAS_PAIS, TAMANOS_PAPEL
from ..dominio.paises import codigo_pais
from ..errores import ErrorEscritorio, ErrorValidacion

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


def _validar(nueva: NuevaAsociacion) -> tuple[dict[str, str], list[str]]:
    problemas = []
    if not nueva.nombre or not nueva.nombre.strip():
        problemas.append("El nombre de la asociación está vacío.")
    if not nueva.sigla or not nueva.sigla.strip():
        problemas.append("La sigla está vacía (por ejemplo: RCS).")
    if nueva.tipo not in TIPOS_ASOCIACION:
        problemas.append(f"Tipo «{nueva.tipo}» desconocido; use uno de: {', '.join(TIPOS_ASOCIACION)}.")
    if nueva.papel not in TAMANOS_PAPEL:
        problemas.append(f"Tamaño de papel «{nueva.papel}» desconocido; use {', '.join(TAMANOS_PAPEL)}.")
    paises = {}
    for texto, categoria in nueva.paises.items():
        codigo = codigo_pais(texto)
        if codigo is None:
            problemas.append(f"País «{texto}» no reconocido; use el código ISO de dos letras (AR, BR…) o su nombre.")
        elif categoria not in CATEGORIAS_PAIS:
            problemas.append(f"Categoría «{categoria}» para {texto} desconocida; use pleno, asociado u observador.")
        else:
            paises[codigo] = categoria
    return paises, problemas


def crear_asociacion(db: Database, nueva: NuevaAsociacion) -> int:
    paises, problemas = _validar(nueva)
    if tabla.por_sigla(db, nueva.sigla or ""):
        problemas.append(f"Ya existe una asociación con la sigla «{nueva.sigla.strip()}»; elija otra.")
    if problemas:
        raise ErrorValidacion("No se creó la asociación:\n" + "\n".join(f"  - {p}" for p in problemas), problemas)
    datos = {
        "nombre": nueva.nombre.strip(), "sigla": nueva.sigla.strip(), "tipo": nueva.tipo,
        "fecha_fundacion": nueva.fecha_fundacion.isoformat() if nueva.fecha_fundacion else None,
        "sede": nueva.sede, "idiomas": nueva.idiomas, "papel": nueva.papel,
    }
    with transaccion(db):
        asociacion_id = tabla.insertar(db, datos)
        for pais, categoria in paises.items():
            tabla.fijar_pais(db, asociacion_id, pais, categoria)
    return asociacion_id


def listar_asociaciones(db: Database) -> list[dict]:
    return tabla.listar(db)


def elegir_asociacion(db: Database, sigla: str | None = None) -> dict:
    """La asociación indicada por sigla; sin sigla, la única que haya."""
    if sigla:
        encontrada = tabla.por_sigla(db, sigla)
        if encontrada:
            return encontrada
        existentes = ", ".join(a["sigla"] for a in tabla.listar(db)) or "ninguna"
        raise ErrorEscritorio(f"No hay ninguna asociación con la sigla «{sigla}» (existentes: {existentes}).")
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
    return tabla.paises(db, asociacion_id)
