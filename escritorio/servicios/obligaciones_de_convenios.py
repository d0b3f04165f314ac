"""Las obligaciones de un convenio: informes que hay que presentar, pagos, otros compromisos, cada uno con su fecha
y, cuando se cumple, el día en que se cumplió. Las pendientes vencidas se ven atrasadas y van a los vencimientos."""

from dataclasses import dataclass
from datetime import date

from ..datos import convenios as tabla_convenios
from ..datos.conexion import transaccion
from ..dominio import dinero, entrada, formato
from ..dominio.convenios import TIPOS_OBLIGACION
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ProblemaDeCampo
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO, Revision
from .contexto import Contexto
from .convenios import convenio_de_la_asociacion


@dataclass(frozen=True)
class NuevaObligacion:
    """Una obligación como la escribe la secretaría: el importe y la moneda, solo en un pago (texto: «12.500,00»)."""

    tipo: str
    descripcion: str
    vence: date
    importe: str | None = None
    moneda: str | None = None


def agregar_obligacion(contexto: Contexto, convenio_id: int, nueva: NuevaObligacion, *,
                       hoy: date | None = None) -> int:
    """Suma una obligación pendiente al convenio; devuelve su id. ErrorValidacion con cada problema en su campo."""
    hoy = hoy or fecha_de_hoy()
    revision = Revision()
    descripcion = revision.texto(traducir("Descripción"), nueva.descripcion, maximo=LARGO_CORTO, clave="descripcion")
    revision.fecha(traducir("Vence"), nueva.vence, futura=True, hoy=hoy, clave="vence")
    if nueva.tipo not in TIPOS_OBLIGACION:
        revision.problemas.append(ProblemaDeCampo("tipo", traducir("Tipo: «{0}» no es un tipo de obligación (son: {1}).")
                                                  .format(nueva.tipo, ", ".join(TIPOS_OBLIGACION))))
    importe, moneda = None, None
    hay_importe = bool((nueva.importe or "").strip())
    if hay_importe or (nueva.moneda or "").strip():
        try:
            moneda = entrada.moneda(nueva.moneda)
        except ValueError as error:
            revision.problemas.append(ProblemaDeCampo("moneda", traducir("Moneda: {0}.").format(error)))
        if not hay_importe:
            revision.problemas.append(ProblemaDeCampo("importe", traducir(
                "Importe: falta; escríbalo (por ejemplo 12.500,00) o deje también la moneda vacía.")))
        elif moneda is not None:
            try:
                importe = dinero.a_unidades_menores(nueva.importe, moneda)
            except ValueError as error:
                revision.problemas.append(ProblemaDeCampo("importe", traducir("Importe: {0}.").format(error)))
            else:
                if importe <= 0:
                    revision.problemas.append(ProblemaDeCampo("importe", traducir(
                        "Importe: debe ser mayor que cero.")))
    revision.lanzar(traducir("No se agregó la obligación:"))
    with transaccion(contexto.db):
        convenio_de_la_asociacion(contexto, convenio_id)
        return tabla_convenios.insertar_obligacion(contexto.db, convenio_id, {
            "tipo": nueva.tipo, "descripcion": descripcion, "vence": nueva.vence.isoformat(), "importe": importe,
            "moneda": moneda})


def _de_la_asociacion(contexto: Contexto, obligacion_id: int) -> dict:
    fila = tabla_convenios.obligacion(contexto.db, contexto.asociacion_id, obligacion_id)
    if fila is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No existe la obligación {0} en esta asociación: elíjala en la pestaña Obligaciones del "
                             "convenio, en el área Convenios."),
            linea=traducir("No existe la obligación {0} en esta asociación («escritorio convenios ver ID» da los "
                           "números de las de cada convenio).")).format(obligacion_id))
    return fila


def cumplir_obligacion(contexto: Contexto, obligacion_id: int, el: date | None = None, *,
                       hoy: date | None = None) -> date:
    """Marca cumplida la obligación el día `el` (hoy, si no se dice); devuelve ese día."""
    hoy = hoy or fecha_de_hoy()
    el = el or hoy
    revision = Revision()
    revision.fecha(traducir("Cumplida el"), el, hoy=hoy, clave="cumplida_el")
    revision.lanzar(traducir("No se marcó la obligación:"))
    with transaccion(contexto.db):
        fila = _de_la_asociacion(contexto, obligacion_id)
        if fila["estado"] == "cumplida":
            raise ErrorEscritorio(traducir("La obligación «{0}» ya está cumplida desde el {1}; no se cambió nada.")
                                  .format(fila["descripcion"], formato.fecha(fila["cumplida_el"])))
        tabla_convenios.marcar_obligacion(contexto.db, obligacion_id, "cumplida", el.isoformat())
    return el


def volver_a_pendiente(contexto: Contexto, obligacion_id: int) -> None:
    """Deshace un «cumplida» marcado por error: la obligación vuelve a estar pendiente."""
    with transaccion(contexto.db):
        fila = _de_la_asociacion(contexto, obligacion_id)
        if fila["estado"] == "pendiente":
            raise ErrorEscritorio(traducir("La obligación «{0}» ya está pendiente; no se cambió nada.").format(
                fila["descripcion"]))
        tabla_convenios.marcar_obligacion(contexto.db, obligacion_id, "pendiente", None)


def quitar_obligacion(contexto: Contexto, obligacion_id: int) -> None:
    """Borra una obligación cargada por error (la bitácora guarda que existió)."""
    with transaccion(contexto.db):
        _de_la_asociacion(contexto, obligacion_id)
        tabla_convenios.quitar_obligacion(contexto.db, obligacion_id)
