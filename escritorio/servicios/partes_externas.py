"""Las partes de los convenios que no son miembros: otras redes, gobiernos nacionales, organismos internacionales,
universidades… Se cargan una vez (nombre, tipo y país) y se eligen en cada convenio."""

from dataclasses import dataclass
from typing import TypedDict

from ..datos import convenios as tabla_convenios
from ..datos.conexion import transaccion
from ..dominio.convenios import TIPOS_PARTE_EXTERNA
from ..dominio.paises import codigo_pais
from ..dominio.texto import normalizar
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion, ProblemaDeCampo
from .campos import LARGO_NOMBRE, Revision
from .contexto import Contexto
from .orden_alfabetico import clave_de_la_asociacion


class ParteExterna(TypedDict):
    """Una parte externa con cuántos convenios firmó."""

    id: int
    nombre: str
    tipo: str
    pais: str | None
    convenios: int


@dataclass(frozen=True)
class NuevaParteExterna:
    nombre: str
    tipo: str
    pais: str | None = None   # código ISO o nombre del país; vacío para un organismo internacional


def listar_partes_externas(contexto: Contexto) -> list[ParteExterna]:
    """Las partes externas de la asociación, por nombre en su orden alfabético."""
    clave = clave_de_la_asociacion(contexto)
    return sorted(tabla_convenios.partes_externas(contexto.db, contexto.asociacion_id),
                  key=lambda p: clave(p["nombre"]))


def parte_externa_de_la_asociacion(contexto: Contexto, externa_id: int) -> ParteExterna:
    fila = next((p for p in tabla_convenios.partes_externas(contexto.db, contexto.asociacion_id)
                 if p["id"] == externa_id), None)
    if fila is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No existe la parte externa {0} en esta asociación: elija otra en «Parte externa:» de la "
                             "pestaña Partes del convenio, o cárguela con «Nueva parte externa…»."),
            linea=traducir("No existe la parte externa {0} en esta asociación («escritorio convenios externas» da "
                           "los números).")).format(externa_id))
    return fila


def _revisar(nueva: NuevaParteExterna) -> tuple[str, str, str | None]:
    revision = Revision()
    nombre = revision.texto(traducir("Nombre"), nueva.nombre, maximo=LARGO_NOMBRE, clave="nombre")
    if nueva.tipo not in TIPOS_PARTE_EXTERNA:
        revision.problemas.append(ProblemaDeCampo("tipo", traducir("Tipo: «{0}» no es un tipo de parte (son: {1}).")
                                                  .format(nueva.tipo, ", ".join(TIPOS_PARTE_EXTERNA))))
    pais = None
    texto_pais = (nueva.pais or "").strip()
    if texto_pais:
        pais = codigo_pais(texto_pais)
        if pais is None:
            revision.problemas.append(ProblemaDeCampo("pais", traducir(
                "País: «{0}» no es un país reconocido; escriba su código ISO de dos letras (AR, FR, ES…) o su nombre, "
                "o déjelo vacío para un organismo internacional.").format(texto_pais[:40])))
    revision.lanzar(traducir("No se guardó la parte externa:"))
    return nombre, nueva.tipo, pais


def guardar_parte_externa(contexto: Contexto, nueva: NuevaParteExterna, externa_id: int | None = None) -> int:
    """Agrega una parte externa (o corrige la `externa_id`); devuelve su id. Dos partes no se llaman igual (sin
    contar mayúsculas ni tildes): «Unesco» y «UNESCO» son la misma."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    nombre, tipo, pais = _revisar(nueva)
    with transaccion(db):   # los nombres, con la base tomada: otra ventana pudo cargar la misma parte recién
        if externa_id is not None:
            parte_externa_de_la_asociacion(contexto, externa_id)
        repetida = next((i for otro, i in tabla_convenios.nombres_de_partes_externas(db, asociacion_id).items()
                         if normalizar(otro) == normalizar(nombre) and i != externa_id), None)
        if repetida is not None:
            raise ErrorValidacion(traducir("No se guardó la parte externa: ya hay una que se llama «{0}» (número "
                                           "{1}); elíjala en el convenio o corrija esa.").format(nombre, repetida),
                                  [ProblemaDeCampo("nombre", traducir("Nombre: ya hay una parte externa con ese "
                                                                      "nombre."))])
        if externa_id is None:
            return tabla_convenios.insertar_parte_externa(db, asociacion_id, nombre, tipo, pais)
        tabla_convenios.actualizar_parte_externa(db, externa_id, nombre, tipo, pais)
        return externa_id
