"""Las categorías de las mociones de un órgano (issue 82, como las de OpenSlides): «Hacienda» con el prefijo «HAC»,
«Ambiente» con «AMB»…; una moción con categoría se nombra «Moción HAC 3» en la ventana, la línea de órdenes, el acta,
el sitio, OParl y el proyector (dominio.mociones.rotulo_de_la_mocion).

Lo que se decidió (lo que espera una secretaría):
- Las categorías son del órgano, como las de las cuestiones de orden (servicios/categorias_de_cuestion.py): las
  define la secretaría desde la configuración de la sala, no el reglamento con artículo. El nombre y el prefijo son
  únicos en el órgano (sin distinguir mayúsculas); el prefijo, de 1 a 6 letras o cifras, sin espacios
  (dominio.mociones.problema_del_prefijo). Con el mismo nombre, `definir` le cambia el prefijo.
- El número de la moción sigue siendo el de la sesión: «HAC 3» es la Moción 3 de la sesión con la categoría de
  prefijo HAC, no la tercera de Hacienda. Así una moción no cambia de número al cambiar de categoría, las enmiendas y
  las votaciones la siguen nombrando igual, y la línea de órdenes la sigue eligiendo por su número.
- Una moción lleva una categoría (o ninguna) desde que se presenta, y se la cambia (`categorizar`) mientras no se votó
  ni se decidió nada final: presentada o admitida. Votada, derivada, aplazada, retirada o no admitida, su nombre ya
  quedó en el acta y en lo publicado: no cambia. Con el acta aprobada, nada cambia (exigir_editable y, debajo, los
  triggers de la migración 0055). Una moción aplazada que se retoma en otra sesión del mismo órgano conserva su
  categoría (servicios.mociones.retomar); en la de otro órgano, va sin categoría (las categorías son de cada órgano).
- Una categoría que lleva alguna moción no se quita ni cambia de prefijo: esas mociones ya se conocen con él (en el
  acta, en el sitio). Se puede agregar otra.
"""

from dataclasses import dataclass

from ..datos import mociones as tabla_mociones
from ..datos.conexion import transaccion
from ..dominio.mociones import ANTES_DEL_VOTO, problema_del_prefijo, rotulo_de_la_mocion
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .campos import LARGO_NOMBRE, Revision
from .contexto import Contexto
from .mandatos import organo_de_la_asociacion
from .mociones import Mocion, exigir_categoria_del_organo, obtener
from .sesiones import exigir_editable, sesion_de_la_asociacion


@dataclass(frozen=True)
class CategoriaDeMocion:
    id: int
    nombre: str
    prefijo: str
    mociones: int = 0       # cuántas mociones la llevan (con alguna, no se quita ni cambia de prefijo)


def listar(contexto: Contexto, organo_id: int) -> list[CategoriaDeMocion]:
    """Las categorías de las mociones del órgano, por prefijo."""
    organo_de_la_asociacion(contexto, organo_id)
    return [CategoriaDeMocion(c["id"], c["nombre"], c["prefijo"], c["mociones"])
            for c in tabla_mociones.categorias_de_mocion(contexto.db, organo_id)]


def definir(contexto: Contexto, organo_id: int, nombre: str, prefijo: str) -> CategoriaDeMocion:
    """Crea la categoría o le cambia el prefijo (el nombre la identifica en el órgano)."""
    revision = Revision()
    nombre = revision.texto(traducir("Nombre de la categoría"), nombre, maximo=LARGO_NOMBRE)
    prefijo = " ".join(str(prefijo or "").split())
    problema = problema_del_prefijo(prefijo)
    if problema:
        revision.problemas.append(problema)
    revision.lanzar(traducir("No se guardó la categoría de mociones:"))
    with transaccion(contexto.db):
        organo_de_la_asociacion(contexto, organo_id)
        categorias = tabla_mociones.categorias_de_mocion(contexto.db, organo_id)
        misma = next((c for c in categorias if c["nombre"].casefold() == nombre.casefold()), None)
        otra = next((c for c in categorias if c["prefijo"].casefold() == prefijo.casefold() and c is not misma), None)
        if otra is not None:
            raise ErrorEscritorio(traducir("El prefijo «{0}» ya es el de la categoría «{1}» de este órgano: elija "
                                           "otro.").format(prefijo, otra["nombre"]))
        if misma is not None and misma["prefijo"] != prefijo and misma["mociones"]:
            raise ErrorEscritorio(traducir("La categoría «{0}» ya la llevan {1} mociones, que se nombran con «{2}»: "
                                           "su prefijo no cambia. Puede definir otra categoría.").format(
                misma["nombre"], misma["mociones"], misma["prefijo"]))
        categoria_id = tabla_mociones.guardar_categoria(contexto.db, organo_id, misma["nombre"] if misma else nombre,
                                                        prefijo, misma["id"] if misma else None)
    return CategoriaDeMocion(categoria_id, misma["nombre"] if misma else nombre, prefijo,
                             misma["mociones"] if misma else 0)


def quitar(contexto: Contexto, organo_id: int, nombre: str) -> None:
    """Quita la categoría que ninguna moción lleva."""
    with transaccion(contexto.db):
        categoria = elegir(contexto, organo_id, nombre)
        if categoria.mociones:
            raise ErrorEscritorio(traducir("La categoría «{0}» ({1}) la llevan {2} mociones: no se quita (el acta y el "
                                           "sitio las nombran con su prefijo). Puede cambiarles la categoría mientras "
                                           "no se votaron.").format(categoria.nombre, categoria.prefijo,
                                                                    categoria.mociones))
        tabla_mociones.quitar_categoria(contexto.db, categoria.id)


def elegir(contexto: Contexto, organo_id: int, nombre: str) -> CategoriaDeMocion:
    """La categoría del órgano por su nombre o su prefijo (sin distinguir mayúsculas) o su id; si no, el error que
    dice cuáles hay."""
    categorias = listar(contexto, organo_id)
    buscado = " ".join(str(nombre).split()).casefold()
    hallada = next((c for c in categorias if buscado in (c.nombre.casefold(), c.prefijo.casefold(), str(c.id))), None)
    if hallada is None:
        hay = ", ".join(f"«{c.nombre}» ({c.prefijo})" for c in categorias) or traducir("ninguna")
        raise ErrorEscritorio(traducir("El órgano no tiene la categoría de mociones «{0}» (tiene: {1}).")
                              .format(nombre, hay))
    return hallada


def elegir_para_la_sesion(contexto: Contexto, sesion_id: int, nombre: str) -> CategoriaDeMocion:
    """La categoría, por su nombre o prefijo, del órgano de la sesión."""
    return elegir(contexto, sesion_de_la_asociacion(contexto, sesion_id)["organo_id"], nombre)


def elegir_para_el_punto(contexto: Contexto, punto_id: int, nombre: str) -> CategoriaDeMocion:
    """La categoría, por su nombre o prefijo, del órgano de la sesión del punto (la de una moción presentada allí)."""
    from ..datos import sesiones as tabla_sesiones

    punto = tabla_sesiones.punto(contexto.db, punto_id)
    if punto is None:
        raise ErrorEscritorio(traducir("No existe el punto {0}.").format(punto_id))
    return elegir_para_la_sesion(contexto, punto["sesion_id"], nombre)


def categorizar(contexto: Contexto, mocion_id: int, categoria_id: int | None) -> Mocion:
    """Le pone a la moción la categoría `categoria_id` del órgano de su sesión (None: se la quita), mientras está
    presentada o admitida. Ponerle la que ya tiene no escribe nada."""
    db = contexto.db
    with transaccion(db):
        m = obtener(contexto, mocion_id)
        sesion = sesion_de_la_asociacion(contexto, m.sesion_id)
        exigir_editable(sesion)
        if m.estado not in ANTES_DEL_VOTO:
            raise ErrorEscritorio(traducir("{0}: la categoría cambia mientras la moción está presentada o admitida; ya "
                                           "está «{1}» y así figura en el acta.").format(
                rotulo_de_la_mocion(m.numero, m.prefijo), m.nombre_estado))
        exigir_categoria_del_organo(db, sesion["organo_id"], categoria_id)
        if categoria_id != m.categoria_id:
            tabla_mociones.fijar_categoria(db, mocion_id, categoria_id)
    return obtener(contexto, mocion_id)

