"""Los bloques de mociones de una sesión (issue 82, como los «motion blocks» de OpenSlides): la secretaría agrupa
mociones admitidas bajo un nombre («Mociones de hacienda») y la sala las vota juntas, una sola vez
(servicios.votaciones_sala.votar_bloque).

Lo que se decidió (lo que espera una secretaría):
- El bloque es de la sesión; su nombre, único en ella (sin distinguir mayúsculas). Se crea vacío y se le agregan
  mociones de esa sesión, admitidas (aún sin votar); una moción está a lo sumo en un bloque: para pasarla a otro, se
  la quita primero. Se quita de un bloque mientras no se votó. Un bloque sin mociones se puede borrar; uno con
  mociones, no (se quitan antes, o se vota).
- Una moción en un bloque no se vota sola (servicios.votaciones_sala.votar_mocion lo dice: quítela del bloque), pero
  sus enmiendas se votan una a una, antes: el bloque no se vota mientras alguna de sus mociones tenga enmiendas por
  decidir o por votar.
- Con el acta aprobada, nada cambia (exigir_editable y, debajo, los triggers de la migración 0073).
"""

from dataclasses import dataclass

from ..datos import bloques_de_mocion as tabla
from ..datos.conexion import transaccion
from ..dominio.mociones import nombre_del_estado, rotulo_de_la_mocion
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .campos import LARGO_NOMBRE, Revision
from .contexto import Contexto
from .mociones import obtener
from .sesiones import exigir_editable, sesion_de_la_asociacion


@dataclass(frozen=True)
class BloqueDeMociones:
    id: int
    sesion_id: int
    nombre: str
    mociones: tuple[str, ...] = ()     # sus rótulos, por número («Moción HAC 2», «Moción 3»)
    ids: tuple[int, ...] = ()          # los ids de sus mociones, en el mismo orden
    votado: bool = False               # sus mociones ya se votaron (juntas)


def _armado(db, fila: dict) -> BloqueDeMociones:
    mociones = tabla.mociones_del_bloque(db, fila["id"])
    return BloqueDeMociones(fila["id"], fila["sesion_id"], fila["nombre"],
                            tuple(rotulo_de_la_mocion(m["numero"], m["prefijo"]) for m in mociones),
                            tuple(m["id"] for m in mociones),
                            bool(mociones) and all(m["estado"] in ("aprobada", "rechazada") for m in mociones))


def listar(contexto: Contexto, sesion_id: int) -> list[BloqueDeMociones]:
    """Los bloques de la sesión, por nombre, con sus mociones."""
    sesion_de_la_asociacion(contexto, sesion_id)
    return [_armado(contexto.db, b) for b in tabla.bloques_de_la_sesion(contexto.db, sesion_id)]


def obtener_bloque(contexto: Contexto, bloque_id: int) -> BloqueDeMociones:
    fila = tabla.bloque(contexto.db, bloque_id)
    if fila is not None:
        sesion_de_la_asociacion(contexto, fila["sesion_id"])
        return _armado(contexto.db, fila)
    raise ErrorEscritorio(traducir("No existe el bloque de mociones {0} en esta asociación.").format(bloque_id))


def elegir(contexto: Contexto, sesion_id: int, nombre: str) -> BloqueDeMociones:
    """El bloque de la sesión por su nombre (sin distinguir mayúsculas) o su id; si no, el error que dice cuáles hay."""
    bloques = listar(contexto, sesion_id)
    buscado = " ".join(str(nombre).split()).casefold()
    hallado = next((b for b in bloques if buscado in (b.nombre.casefold(), str(b.id))), None)
    if hallado is None:
        hay = ", ".join(f"«{b.nombre}»" for b in bloques) or traducir("ninguno")
        raise ErrorEscritorio(traducir("La sesión {0} no tiene el bloque de mociones «{1}» (tiene: {2}).").format(
            sesion_id, nombre, hay))
    return hallado


def crear(contexto: Contexto, sesion_id: int, nombre: str) -> BloqueDeMociones:
    """Un bloque nuevo, vacío, en la sesión."""
    revision = Revision()
    nombre = revision.texto(traducir("Nombre del bloque"), nombre, maximo=LARGO_NOMBRE)
    revision.lanzar(traducir("No se creó el bloque de mociones:"))
    with transaccion(contexto.db):
        exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))
        if any(b["nombre"].casefold() == nombre.casefold() for b in tabla.bloques_de_la_sesion(contexto.db, sesion_id)):
            raise ErrorEscritorio(traducir("La sesión {0} ya tiene un bloque «{1}»: elija otro nombre.").format(
                sesion_id, nombre))
        bloque_id = tabla.insertar_bloque(contexto.db, sesion_id, nombre)
    return obtener_bloque(contexto, bloque_id)


def borrar(contexto: Contexto, bloque_id: int) -> None:
    """Borra el bloque sin mociones."""
    with transaccion(contexto.db):
        bloque = obtener_bloque(contexto, bloque_id)
        exigir_editable(sesion_de_la_asociacion(contexto, bloque.sesion_id))
        if bloque.mociones:
            raise ErrorEscritorio(traducir("El bloque «{0}» tiene mociones ({1}): quítelas antes de borrarlo.").format(
                bloque.nombre, ", ".join(bloque.mociones)))
        tabla.quitar_bloque(contexto.db, bloque_id)


def agregar(contexto: Contexto, bloque_id: int, mocion_id: int) -> BloqueDeMociones:
    """Pone en el bloque una moción admitida de su misma sesión que no está en otro."""
    with transaccion(contexto.db):
        bloque = obtener_bloque(contexto, bloque_id)
        m = obtener(contexto, mocion_id)
        exigir_editable(sesion_de_la_asociacion(contexto, m.sesion_id))
        if m.sesion_id != bloque.sesion_id:
            raise ErrorEscritorio(traducir("{0} es de otra sesión: el bloque «{1}» solo lleva mociones de la sesión "
                                           "{2}.").format(m.rotulo, bloque.nombre, bloque.sesion_id))
        if m.bloque_id == bloque_id:
            return bloque
        if m.bloque_id is not None:
            raise ErrorEscritorio(traducir("{0} ya está en el bloque «{1}»: una moción está en un solo bloque; quítela "
                                           "de ese antes.").format(m.rotulo, m.bloque))
        if m.estado != "admitida":
            raise ErrorEscritorio(traducir("{0} está {1}: en un bloque se ponen mociones admitidas, aún sin "
                                           "votar.").format(m.rotulo, m.nombre_estado.lower()))
        tabla.fijar_bloque(contexto.db, mocion_id, bloque_id)
    return obtener_bloque(contexto, bloque_id)


def quitar(contexto: Contexto, mocion_id: int) -> BloqueDeMociones:
    """Saca la moción de su bloque, si aún no se votó; devuelve el bloque como queda."""
    with transaccion(contexto.db):
        m = obtener(contexto, mocion_id)
        exigir_editable(sesion_de_la_asociacion(contexto, m.sesion_id))
        if m.bloque_id is None:
            raise ErrorEscritorio(traducir("{0} no está en ningún bloque.").format(m.rotulo))
        if m.estado in ("aprobada", "rechazada"):
            raise ErrorEscritorio(traducir("{0} ya se votó con el bloque «{1}» ({2}): no sale de él.").format(
                m.rotulo, m.bloque, nombre_del_estado(m.estado).lower()))
        tabla.fijar_bloque(contexto.db, mocion_id, None)
    return obtener_bloque(contexto, m.bloque_id)


def como_sacarla() -> str:
    """Cómo se saca una moción de su bloque, según la puerta."""
    return segun_la_puerta(ventana=traducir("quítela con «Quitar del bloque» en la pestaña «Mociones»"),
                           linea=traducir("quítela con «escritorio bloques quitar»"))
