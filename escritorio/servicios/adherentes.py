"""Quienes firman una declaración: los miembros (firmantes_declaracion) y quienes adhieren sin ser miembros (otras
redes, observadores, organizaciones socias, gobiernos: adherentes_declaracion).

La firma de un miembro es parte del registro de la sesión: con el acta aprobada ya no se agrega (la base lo impide).
Una adhesión de alguien de afuera llega también después (se abre la declaración a adhesiones): se registra con su
fecha; el PDF de la declaración la lista siempre, y el acta aprobada, las que había al aprobarla.
"""

from typing import TypedDict

from ..datos import miembros as tabla_miembros
from ..datos import votaciones as tabla_votaciones
from ..datos.conexion import transaccion
from ..dominio.entrada import muestra
from ..dominio.sesiones import ESTADOS_ACTA_CERRADA, TIPOS_ADHERENTE, TIPOS_RESOLUCION, cita_resolucion
from ..dominio.texto import normalizar
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from . import campos
from .campos import LARGO_NOMBRE
from .contexto import Contexto
from .orden_alfabetico import clave_de_la_asociacion


class Firmante(TypedDict):
    """Quien firma o adhiere a una declaración: un miembro (`miembro_id`) o alguien de afuera (`tipo`)."""

    nombre: str
    miembro_id: int | None
    tipo: str             # «miembro», o uno de TIPOS_ADHERENTE
    persona: str | None
    registrado_en: str | None


def _declaracion(contexto: Contexto, resolucion_id: int) -> dict:
    fila = tabla_votaciones.resolucion_con_su_acta(contexto.db, contexto.asociacion_id, resolucion_id)
    if fila is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No existe la resolución {0} en esta asociación: ábrala desde su sesión (área Sesiones, "
                             "pestaña Votaciones, «Firmas y adhesiones…»)."),
            linea=traducir("No existe la resolución {0} en esta asociación (vea «escritorio resoluciones "
                           "listar»).")).format(resolucion_id))
    if fila["tipo"] != "declaracion":
        raise ErrorEscritorio(traducir(
            "{0} es una {1}, no una declaración: solo las declaraciones reciben firmas y adhesiones.").format(
            cita_resolucion(fila["tipo"], fila["numero"], fila["anio"], fila["organo"]),
            traducir(TIPOS_RESOLUCION[fila["tipo"]]).lower()))
    return fila


def firmantes(contexto: Contexto, resolucion_id: int) -> list[Firmante]:
    """Los miembros que firman (por nombre) y después quienes adhieren sin ser miembros (en el orden en que lo
    hicieron). Para cualquier resolución; solo las declaraciones los tienen."""
    db = contexto.db
    if tabla_votaciones.resolucion_con_su_acta(db, contexto.asociacion_id, resolucion_id) is None:
        raise ErrorEscritorio(traducir("No existe la resolución {0} en esta asociación.").format(resolucion_id))
    clave = clave_de_la_asociacion(contexto)   # por nombre, en el orden alfabético de la asociación
    miembros = sorted(tabla_votaciones.firmantes_de(db, resolucion_id), key=lambda f: (clave(f["miembro"]), f["miembro_id"]))
    return ([Firmante(nombre=f["miembro"], miembro_id=f["miembro_id"], tipo="miembro", persona=f["persona"],
                      registrado_en=None) for f in miembros]
            + [Firmante(nombre=a["nombre"], miembro_id=None, tipo=a["tipo"], persona=a["persona"],
                        registrado_en=a["registrado_en"]) for a in tabla_votaciones.adherentes_de(db, resolucion_id)])


def adherir(contexto: Contexto, resolucion_id: int, *, miembro_id: int | None = None, entidad: str | None = None,
            tipo: str | None = None, persona: str | None = None) -> Firmante:
    """Suma a la declaración la firma de un miembro (`miembro_id`) o la adhesión de alguien que no lo es (`entidad` y
    su `tipo`: red, observador, organizacion, gobierno u otro), con la persona que firma."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    if (miembro_id is None) == (entidad is None):
        raise ErrorEscritorio(traducir("Indique quién firma: un miembro (--miembro ID) o una entidad que no es miembro "
                                       "(--entidad \"Nombre\" --tipo red|observador|organizacion|gobierno|otro), uno "
                                       "de los dos."))
    persona = campos.texto_opcional(traducir("Persona"), persona, maximo=LARGO_NOMBRE)
    if entidad is not None:
        entidad = campos.texto(traducir("Entidad"), entidad, maximo=LARGO_NOMBRE)
        if tipo not in TIPOS_ADHERENTE:
            raise ErrorEscritorio(traducir("Tipo de adherente «{0}» desconocido; use {1}.").format(
                muestra(tipo or ""), ", ".join(TIPOS_ADHERENTE)))
    with transaccion(db):  # lo ya firmado se mira con la base tomada
        declaracion = _declaracion(contexto, resolucion_id)
        cita = cita_resolucion(declaracion["tipo"], declaracion["numero"], declaracion["anio"], declaracion["organo"])
        if miembro_id is not None:
            miembro = tabla_miembros.nombre_en_asociacion(db, asociacion_id, miembro_id)
            if miembro is None:
                raise ErrorEscritorio(traducir("El miembro {0} no pertenece a esta asociación; si firma alguien que "
                                               "no es miembro, use --entidad y --tipo.").format(miembro_id))
            if declaracion["estado_acta"] in ESTADOS_ACTA_CERRADA:
                raise ErrorEscritorio(traducir(
                    "El acta de la sesión que adoptó la {0} está aprobada: la firma de un miembro es parte de ese "
                    "registro y ya no se agrega (agregue una fe de erratas al acta).").format(cita))
            if any(f["miembro_id"] == miembro_id for f in tabla_votaciones.firmantes_de(db, resolucion_id)):
                raise ErrorEscritorio(traducir("{0} ya firma la {1}.").format(miembro["nombre"], cita))
            tabla_votaciones.insertar_firmante(db, resolucion_id, miembro_id, persona)
            return Firmante(nombre=miembro["nombre"], miembro_id=miembro_id, tipo="miembro", persona=persona,
                            registrado_en=None)
        if any(normalizar(a["nombre"]) == normalizar(entidad) for a in tabla_votaciones.adherentes_de(db, resolucion_id)):
            raise ErrorEscritorio(traducir("{0} ya adhiere a la {1}.").format(entidad, cita))
        tabla_votaciones.insertar_adherente(db, resolucion_id, entidad, tipo, persona)
        return Firmante(nombre=entidad, miembro_id=None, tipo=tipo, persona=persona, registrado_en=None)


def texto_del_firmante(f: Firmante) -> str:
    """«Red de Ciudades Andinas (red), por Ana Pérez», «Rosario, por Ana Pérez»: en el idioma en curso."""
    texto = f["nombre"] if f["tipo"] == "miembro" else f"{f['nombre']} ({traducir(TIPOS_ADHERENTE[f['tipo']]).lower()})"
    return traducir("{0}, por {1}").format(texto, f["persona"]) if f["persona"] else texto
