"""Las categorías de las cuestiones de orden de un órgano (issue 82, como OpenSlides 4): «Moción de orden»,
«Cuestión de privilegio»…, cada una con su rango (1 pasa primero). Una cuestión de orden que lleva categoría toma
en la cola el lugar de su rango (dominio/oradores.cola); sin categorías, todas por orden de pedido, como antes.

Lo que se decidió: las categorías son la lista con que trabaja la presidencia, no una regla del reglamento con
artículo (el reglamento dice que una cuestión de orden se adelanta, y eso no cambia): se definen y se cambian desde
la configuración. Una categoría que ya usó alguna cuestión de orden no se quita (la lista diría otra cosa); se le
puede cambiar el rango, que ordena solo a quienes todavía esperan.
"""

from dataclasses import dataclass

from ..datos import oradores as tabla_oradores
from ..datos.conexion import transaccion
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .campos import LARGO_NOMBRE, Revision
from .contexto import Contexto
from .mandatos import organo_de_la_asociacion

RANGO_MAXIMO = 99


@dataclass(frozen=True)
class Categoria:
    id: int
    nombre: str
    rango: int


def listar(contexto: Contexto, organo_id: int) -> list[Categoria]:
    """Las categorías del órgano, por rango (1 primero) y nombre."""
    organo_de_la_asociacion(contexto, organo_id)
    return [Categoria(c["id"], c["nombre"], c["rango"])
            for c in tabla_oradores.categorias_de_cuestion(contexto.db, organo_id)]


def definir(contexto: Contexto, organo_id: int, nombre: str, rango: int) -> Categoria:
    """Crea la categoría o le cambia el rango (el nombre la identifica en el órgano)."""
    revision = Revision()
    nombre = revision.texto(traducir("Nombre de la categoría"), nombre, maximo=LARGO_NOMBRE)
    if not isinstance(rango, int) or not 1 <= rango <= RANGO_MAXIMO:
        revision.problemas.append(traducir("Rango: de 1 (pasa primero) a {0}.").format(RANGO_MAXIMO))
    revision.lanzar(traducir("No se guardó la categoría de cuestión de orden:"))
    with transaccion(contexto.db):
        organo_de_la_asociacion(contexto, organo_id)
        categoria_id = tabla_oradores.guardar_categoria(contexto.db, organo_id, nombre, rango)
    return Categoria(categoria_id, nombre, rango)


def quitar(contexto: Contexto, organo_id: int, nombre: str) -> None:
    """Quita la categoría que ninguna cuestión de orden usó."""
    with transaccion(contexto.db):
        categoria = elegir(contexto, organo_id, nombre)
        usos = tabla_oradores.usos_de_la_categoria(contexto.db, categoria.id)
        if usos:
            raise ErrorEscritorio(traducir("La categoría «{0}» ya la llevan {1} cuestiones de orden: no se quita (las "
                                           "listas dirían otra cosa). Puede cambiarle el rango.").format(
                categoria.nombre, usos))
        tabla_oradores.quitar_categoria(contexto.db, categoria.id)


def elegir(contexto: Contexto, organo_id: int, nombre: str) -> Categoria:
    """La categoría del órgano por su nombre (sin distinguir mayúsculas) o su id; si no, el error que dice cuáles hay."""
    categorias = listar(contexto, organo_id)
    buscado = " ".join(str(nombre).split()).casefold()
    hallada = next((c for c in categorias if c.nombre.casefold() == buscado or str(c.id) == buscado), None)
    if hallada is None:
        hay = ", ".join(f"«{c.nombre}»" for c in categorias) or traducir("ninguna")
        raise ErrorEscritorio(traducir("El órgano no tiene la categoría de cuestión de orden «{0}» (tiene: {1}).")
                              .format(nombre, hay))
    return hallada


def elegir_para_el_punto(contexto: Contexto, punto_id: int, nombre: str) -> Categoria:
    """La categoría, por su nombre, del órgano de la sesión del punto (la que lleva una cuestión de orden allí)."""
    from ..datos import sesiones as tabla_sesiones
    from .sesiones import sesion_de_la_asociacion

    punto = tabla_sesiones.punto(contexto.db, punto_id)
    if punto is None:
        raise ErrorEscritorio(traducir("No existe el punto {0}.").format(punto_id))
    return elegir(contexto, sesion_de_la_asociacion(contexto, punto["sesion_id"])["organo_id"], nombre)
