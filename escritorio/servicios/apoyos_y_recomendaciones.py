"""Lo que una moción junta antes de la votación (issue 82): los apoyos que el reglamento pide para admitirla y la
recomendación de una comisión.

Lo que se decidió:
- Un apoyo se suma (o se retira) mientras la moción está presentada, como en OpenSlides: admitida, los apoyos ya
  cumplieron su papel. Apoya un miembro de la asociación el día en que apoya (o el de la sesión, si se anota después);
  un autor no se apoya a sí mismo. Cuántos pide el reglamento: reglas de la sala (`minimo_apoyos`); admitir sin
  ellos se rechaza (servicios.mociones.admitir).
- La recomendación la da un órgano de la asociación que no es el que vota (una comisión, una unidad temática), antes
  de la votación: con la moción presentada o admitida. Una nueva reemplaza a la anterior (la bitácora guarda la de
  antes); se quita con `quitar_recomendacion`. El acta, el proyector, el sitio y OParl la muestran junto al resultado.
- Cada escritura es una transacción: se lee, se decide y se escribe con la base tomada; con el acta aprobada, nada
  cambia (exigir_editable y, debajo, los triggers de la migración 0055).
"""

from datetime import date

from ..datos import mociones as tabla_mociones
from ..datos.conexion import transaccion
from ..dominio import formato
from ..dominio.mociones import ANTES_DEL_VOTO, frase_de_la_recomendacion
from ..dominio.sala import NOMBRES_RECOMENDACION, RECOMENDACIONES
from ..dominio.traduccion import traducir
from ..dominio.vida_de_los_organos import existe_el
from ..errores import ErrorEscritorio
from .base import hoy as fecha_de_hoy
from .campos import LARGO_DOCUMENTO, Revision
from .contexto import Contexto
from .mandatos import organo_de_la_asociacion
from .mociones import Mocion, exigir_miembros, obtener
from .sesiones import exigir_editable, sesion_de_la_asociacion


def apoyar(contexto: Contexto, mocion_id: int, miembro_id: int, *, quitar: bool = False) -> Mocion:
    """Suma el apoyo del miembro a la moción presentada (o lo retira, con `quitar`)."""
    db = contexto.db
    with transaccion(db):
        m, sesion = _con_su_sesion(contexto, mocion_id)
        if m.estado != "presentada":
            raise ErrorEscritorio(traducir("Moción {0}: los apoyos se suman o se retiran mientras está «Presentada» "
                                           "(está «{1}»).").format(m.numero, m.nombre_estado))
        firmas = {(f.miembro_id, f.papel): f.nombre for f in (*m.autores, *m.apoyos)}
        if quitar:
            if tabla_mociones.quitar_firmante(db, mocion_id, miembro_id, "apoyo") == 0:
                raise ErrorEscritorio(traducir("Moción {0}: el miembro {1} no la apoya: no hay apoyo que retirar.")
                                      .format(m.numero, miembro_id))
            return obtener(contexto, mocion_id)
        if (miembro_id, "autor") in firmas:
            raise ErrorEscritorio(traducir("Moción {0}: {1} la presenta; un autor no la apoya además.").format(
                m.numero, firmas[(miembro_id, "autor")]))
        if (miembro_id, "apoyo") in firmas:
            raise ErrorEscritorio(traducir("Moción {0}: {1} ya la apoya.").format(
                m.numero, firmas[(miembro_id, "apoyo")]))
        exigir_miembros(contexto, [miembro_id], min(fecha_de_hoy(), date.fromisoformat(sesion["fecha"])))
        tabla_mociones.insertar_firmantes(db, mocion_id, [(miembro_id, "apoyo")])
    return obtener(contexto, mocion_id)


def recomendar(contexto: Contexto, mocion_id: int, organo_id: int, recomendacion: str, nota: str | None = None,
               fecha: date | None = None) -> Mocion:
    """Registra lo que el órgano `organo_id` (una comisión) recomienda a la sala sobre la moción, antes de votarla.
    Sin fecha, la de hoy (o la de la sesión, si ya pasó: se registra después lo que la comisión dijo antes)."""
    revision = Revision()
    if recomendacion not in RECOMENDACIONES:
        revision.problemas.append(traducir("Recomendación «{0}»: use {1}.").format(
            recomendacion, ", ".join(f"{clave} ({traducir(nombre).lower()})"
                                     for clave, nombre in NOMBRES_RECOMENDACION.items())))
    nota = revision.texto(traducir("Nota de la recomendación"), (nota or "").strip() or None, maximo=LARGO_DOCUMENTO,
                          multilinea=True, obligatorio=False)
    if fecha is not None:
        fecha = revision.fecha(traducir("Fecha de la recomendación"), fecha)
    revision.lanzar(traducir("No se registró la recomendación:"))
    db = contexto.db
    with transaccion(db):
        m, sesion = _con_su_sesion(contexto, mocion_id)
        _exigir_antes_del_voto(m)
        organo = organo_de_la_asociacion(contexto, organo_id)
        if organo_id == sesion["organo_id"]:
            raise ErrorEscritorio(traducir("Moción {0}: la recomienda otro órgano (una comisión, una unidad temática); "
                                           "{1} la decide con su votación.").format(m.numero, organo["nombre"]))
        dia_de_la_sesion = date.fromisoformat(sesion["fecha"])
        dia = fecha or min(fecha_de_hoy(), dia_de_la_sesion)
        if dia > dia_de_la_sesion:
            raise ErrorEscritorio(traducir("Moción {0}: la recomendación va antes de la votación; el {1} es posterior a "
                                           "la sesión del {2}.").format(m.numero, formato.fecha(dia),
                                                                       formato.fecha(sesion["fecha"])))
        if dia < date.fromisoformat(m.recibida_el):
            raise ErrorEscritorio(traducir("Moción {0}: se recibió el {1}; una recomendación sobre ella no puede ser "
                                           "del {2}.").format(m.numero, formato.fecha(m.recibida_el),
                                                             formato.fecha(dia)))
        _exigir_que_exista(organo, dia, m.numero)
        tabla_mociones.fijar_recomendacion(db, mocion_id, recomendacion, organo_id, dia.isoformat(), nota)
    return obtener(contexto, mocion_id)


def quitar_recomendacion(contexto: Contexto, mocion_id: int) -> Mocion:
    """Quita la recomendación registrada (por error, o porque la comisión la retiró), antes de la votación."""
    db = contexto.db
    with transaccion(db):
        m, _ = _con_su_sesion(contexto, mocion_id)
        if m.recomendacion is None:
            raise ErrorEscritorio(traducir("Moción {0}: no tiene una recomendación que quitar.").format(m.numero))
        _exigir_antes_del_voto(m)
        tabla_mociones.fijar_recomendacion(db, mocion_id, None, None, None, None)
    return obtener(contexto, mocion_id)


def _exigir_que_exista(organo: dict, dia: date, numero: int) -> None:
    """El órgano que recomienda existía ese día (dominio.vida_de_los_organos: el de su disolución, todavía)."""
    if existe_el(organo, dia):
        return
    if organo.get("creado_el") and dia.isoformat() < organo["creado_el"]:
        raise ErrorEscritorio(traducir("Moción {0}: {1} se creó el {2}: no recomienda nada el {3}.").format(
            numero, organo["nombre"], formato.fecha(organo["creado_el"]), formato.fecha(dia)))
    raise ErrorEscritorio(traducir("Moción {0}: {1} se disolvió el {2}: no recomienda nada el {3}.").format(
        numero, organo["nombre"], formato.fecha(organo["disuelto_el"]), formato.fecha(dia)))


def _con_su_sesion(contexto: Contexto, mocion_id: int) -> tuple[Mocion, dict]:
    """La moción de esta asociación y su sesión, que tiene que poder cambiar (el acta sin aprobar)."""
    m = obtener(contexto, mocion_id)
    sesion = sesion_de_la_asociacion(contexto, m.sesion_id)
    exigir_editable(sesion)
    return m, sesion


def _exigir_antes_del_voto(m: Mocion) -> None:
    if m.estado not in ANTES_DEL_VOTO:
        raise ErrorEscritorio(traducir("Moción {0}: la recomendación de una comisión va antes de la votación; la "
                                       "moción ya está «{1}».").format(m.numero, m.nombre_estado))


def describir_recomendacion(m: Mocion) -> str | None:
    """«Recomendación de la Comisión de Ambiente (20/11/2026): Aprobar con cambios — nota», o None. La usan la línea
    de órdenes, la ventana, el acta, el proyector y el sitio: una sola frase."""
    if m.recomendacion is None:
        return None
    return frase_de_la_recomendacion(m.organo_recomienda, m.recomendada_el, m.recomendacion, m.recomendacion_nota)
