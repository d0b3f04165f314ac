"""Confirmar una elección cerrada: el mandato de cada candidatura electa en el órgano (y el del cargo unipersonal
saliente, terminado la víspera), o el traspaso si se eligió la Secretaría Ejecutiva. `preparar_confirmacion` dice
antes lo que hará."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..datos.base_de_datos import BaseDeDatos

from ..datos import elecciones as tabla_elecciones
from ..datos import organos as tabla_organos
from ..datos.conexion import transaccion
from ..dominio.organos import FORMA_POR_OMISION, nombre_del_cargo
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion
from .contexto import Contexto
from .efectos import anotar_efectos_de_eleccion
from .elegibles import sin_persona
from .organos import NuevoMandato, designar, secretaria_ejecutiva
from .sesiones import sesion_de_la_asociacion
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos

from .elecciones import CARGOS_UNIPERSONALES, Eleccion, obtener_eleccion


@dataclass
class Confirmacion:
    """Lo que hará confirmar la elección: el mandato nuevo y los que terminan la víspera."""

    mandato: str
    terminan: list[str]
    nuevo: NuevoMandato
    # Todas las electas, en orden: (candidatura_id, «nombre: cargo — órgano, período», su mandato nuevo). En una
    # elección de un puesto, la única; `mandato` y `nuevo` son los de la primera.
    nuevos: list[tuple[int, str, NuevoMandato]] = field(default_factory=list)
    # Elegir la Secretaría Ejecutiva es el traspaso: `terminan` dice entonces el traspaso (quién sale, quién entra y
    # la Comisión Directiva que queda), no solo los mandatos que terminan.
    traspaso: bool = False

    @property
    def mandatos(self) -> list[str]:
        return [texto for _, texto, _ in self.nuevos] or [self.mandato]


def _anteriores(db: BaseDeDatos, eleccion: Eleccion) -> list[dict]:
    """Los mandatos del cargo unipersonal vigentes al empezar el nuevo, que terminan la víspera."""
    if eleccion.cargo not in CARGOS_UNIPERSONALES:
        return []
    return [m for m in tabla_organos.mandatos(db, eleccion.organo_id, eleccion.desde)
            if m["cargo"] == eleccion.cargo and m["desde"] < eleccion.desde]


def _choques(db: BaseDeDatos, eleccion: Eleccion, g: dict) -> list[str]:
    """Lo que impide confirmar a la candidatura electa `g`: ya ocupa ese cargo en el período, o (en un cargo
    unipersonal) otro mandato empieza el mismo día o dentro del período y no se puede terminar la víspera."""
    problemas = []
    hasta = eleccion.hasta or "9999-12-31"
    for m in tabla_organos.mandatos(db, eleccion.organo_id):
        if m["cargo"] != eleccion.cargo or m["desde"] > hasta or (m["hasta"] or "9999-12-31") < eleccion.desde:
            continue  # otro cargo, o no se superpone con el período de la elección
        quien = m.get("miembro") or m.get("persona")
        desde = formato.fecha(m["desde"])
        cargo = nombre_del_cargo(m["cargo"], m["forma"])
        mismo = (g["miembro_id"] is not None and m["miembro_id"] == g["miembro_id"]) or (
            g["miembro_id"] is None and (m["persona"] or "").casefold() == (g["persona"] or "").casefold())
        if mismo:
            problemas.append(traducir("{0} ya es {1} de {2} desde el {3}: ese mandato ya está registrado.").format(
                quien, cargo, eleccion.organo, desde))
        elif eleccion.cargo in CARGOS_UNIPERSONALES and m["desde"] >= eleccion.desde:
            problemas.append(traducir("{0} tiene un mandato de {1} de {2} desde el {3}, dentro del período elegido: "
                                      "corríjalo en el área Órganos antes de confirmar.").format(
                quien, cargo, eleccion.organo, desde))
    return problemas


def preparar_confirmacion(contexto: Contexto, punto_id: int) -> Confirmacion:
    db = contexto.db
    _exigir_fuera_de_viaje(db)
    eleccion = obtener_eleccion(contexto, punto_id)
    if eleccion is None:
        raise ErrorEscritorio(traducir("Este punto no tiene una elección definida."))
    if eleccion.estado == "abierta":
        raise ErrorEscritorio(traducir("Cierre primero la elección: se confirma la candidatura electa."))
    if eleccion.estado == "confirmada":
        raise ErrorEscritorio(traducir("Esta elección ya fue confirmada: su mandato está registrado."))
    electas = eleccion.electas or ([eleccion.ganadora] if eleccion.ganadora is not None else [])
    if not electas:
        raise ErrorEscritorio(traducir("La elección no tiene candidatura electa; si corresponde, agregue una segunda "
                                       "vuelta."))
    choques = [c for g in electas for c in _choques(db, eleccion, g)]
    # Un cargo personal se confirma con la persona: la elección pudo cambiar de cargo después de agregar la candidatura.
    organo = tabla_organos.organo(db, eleccion.organo_id)
    choques += [f"{g['nombre']}: {problema}" for g in electas
                if (problema := sin_persona(db, organo, eleccion.cargo, g["persona"], traducir("ocupar el cargo")))]
    if choques:
        raise ErrorValidacion(traducir("No se puede confirmar la elección:") + "\n"
                              + "\n".join(f"  - {c}" for c in choques), choques)
    nuevos = [(g["id"], f"{g['nombre']}: {eleccion.descripcion_en(g.get('forma'))}",
               NuevoMandato(cargo=eleccion.cargo, desde=date.fromisoformat(eleccion.desde), miembro_id=g["miembro_id"],
                            persona=g["persona"], con_voto=eleccion.con_voto,
                            hasta=date.fromisoformat(eleccion.hasta) if eleccion.hasta else None,
                            forma=g.get("forma") or FORMA_POR_OMISION))
              for g in electas]
    vispera = formato.fecha(date.fromisoformat(eleccion.desde) - timedelta(days=1))
    terminan = [traducir("{0}: {1} hasta el {2}").format(m.get("miembro") or m.get("persona"),
                                                          nombre_del_cargo(m["cargo"], m["forma"]), vispera)
                for m in _anteriores(db, eleccion)]
    se = secretaria_ejecutiva(contexto)
    if se is not None and se["id"] == eleccion.organo_id and len(electas) == 1 and electas[0]["miembro_id"] is not None:
        # Elegir la Secretaría Ejecutiva es el traspaso: la vista previa es la del traspaso (y lo que lo impide, antes
        # de confirmar).
        terminan = _traspaso_de_la_eleccion(contexto, nuevos[0][2]).descripcion()
        return Confirmacion(nuevos[0][1], terminan, nuevos[0][2], nuevos, traspaso=True)
    return Confirmacion(nuevos[0][1], terminan, nuevos[0][2], nuevos)


def _exigir_fuera_de_viaje(db: BaseDeDatos) -> None:
    """En la copia de una sesión que viaja solo vuelve la sesión: el mandato cambiaría la composición del órgano, que
    quedó en el servidor (donde otra persona pudo cambiarla mientras tanto)."""
    from .constancia_de_viaje import constancia_de_viaje

    viaje = constancia_de_viaje(db)
    if viaje is not None:
        raise ErrorEscritorio(traducir(
            "Esta base es la copia de viaje de la sesión {0}: confirmar la elección registra un mandato en la "
            "composición del órgano, que no viajó con la sesión. El resultado de la elección ya está guardado y "
            "vuelve con la sesión; confírmela sobre el servidor después de devolverla.").format(viaje["sesion_id"]))


def _traspaso_de_la_eleccion(contexto: Contexto, nuevo: NuevoMandato):
    """El traspaso que confirma la elección de la Secretaría Ejecutiva, con el mandato que la elección promete campo
    por campo (la ciudad, la persona, el cargo, desde-hasta y el voto): la vista previa y lo que se guarda son uno."""
    from .rotacion import preparar_traspaso

    if nuevo.miembro_id is None:
        raise ErrorEscritorio(traducir("La Secretaría Ejecutiva la ejerce una ciudad miembro: la candidatura electa "
                                       "no nombra a ninguna."))
    return preparar_traspaso(contexto, nuevo.desde, entrante=nuevo.miembro_id, cargo=nuevo.cargo,
                             persona=nuevo.persona, hasta=nuevo.hasta, con_voto=nuevo.con_voto, forma=nuevo.forma)


def confirmar_traspaso_por_eleccion(contexto: Contexto, punto_id: int, eleccion_id: int, nuevo: NuevoMandato) -> int:
    """Confirmar la elección de la Secretaría Ejecutiva es el traspaso: termina la víspera el mandato saliente, abre
    el del entrante (`nuevo`: el de la candidatura electa, tal cual) y rehace la Comisión Directiva (anterior, actual
    y siguiente), con el servicio de rotación. Devuelve el mandato del entrante en la Secretaría Ejecutiva. Se llama
    dentro de la transacción de la confirmación (`confirmar_eleccion`)."""
    from .rotacion import comision_directiva, traspasar

    db = contexto.db
    desde = nuevo.desde
    traspaso = _traspaso_de_la_eleccion(contexto, nuevo)
    se = secretaria_ejecutiva(contexto)
    cd = comision_directiva(contexto)
    organos = [o["id"] for o in (se, cd) if o is not None]
    vispera = (desde - timedelta(days=1)).isoformat()
    terminan = [m["id"] for o in organos for m in tabla_organos.mandatos(db, o, vispera)]
    antes = {m["id"] for o in organos for m in tabla_organos.mandatos(db, o)}
    traspasar(contexto, traspaso)
    abiertos = [m for o in organos for m in tabla_organos.mandatos(db, o) if m["id"] not in antes]
    mandato_se = next(m["id"] for m in abiertos if m["organo_id"] == se["id"])
    tabla_elecciones.marcar_confirmada(db, eleccion_id, mandato_se)
    anotar_efectos_de_eleccion(db, punto_id, [m["id"] for m in abiertos], terminan)
    return mandato_se


@en_el_idioma_de_los_documentos
def confirmar_eleccion(contexto: Contexto, punto_id: int) -> int:
    """Registra el mandato de cada candidatura electa (y termina la víspera el del cargo unipersonal saliente), todos
    en una transacción: o se registran todos o ninguno. Devuelve el mandato de la primera electa (los de todas quedan
    en `obtener_eleccion(…).electas`, cada una con su `mandato_id`). El motivo de la corrección del mandato
    saliente se guarda en el idioma de los documentos."""
    db = contexto.db
    with transaccion(db):
        # Todo lo que decide, dentro de la transacción (BEGIN IMMEDIATE): otra ventana pudo confirmarla, o cambiar
        # los mandatos del órgano, mientras tanto.
        confirmacion = preparar_confirmacion(contexto, punto_id)
        eleccion = obtener_eleccion(contexto, punto_id)
        sesion = sesion_de_la_asociacion(contexto, tabla_elecciones.sesion_del_punto(db, punto_id))
        motivo = traducir("Elección en la sesión del {0} ({1})").format(
            formato.fecha(sesion["fecha"]), sesion["organo"])
        vispera = (date.fromisoformat(eleccion.desde) - timedelta(days=1)).isoformat()
        if tabla_elecciones.confirmada_en(db, eleccion.id) is not None:
            raise ErrorEscritorio(traducir("Esta elección ya fue confirmada: su mandato está registrado."))
        se = secretaria_ejecutiva(contexto)
        if se is not None and se["id"] == eleccion.organo_id:
            # Elegir la Secretaría Ejecutiva es el traspaso: un solo titular, la Comisión Directiva rehecha.
            mandato_se = confirmar_traspaso_por_eleccion(contexto, punto_id, eleccion.id, confirmacion.nuevo)
            if eleccion.electas:
                tabla_elecciones.anotar_mandato(db, confirmacion.nuevos[0][0], mandato_se)
            return mandato_se
        anteriores = _anteriores(db, eleccion)
        for m in anteriores:
            tabla_organos.corregir(db, m["id"], "hasta", m["hasta"], vispera, motivo)
        mandatos = []
        for candidatura_id, _, nuevo in confirmacion.nuevos:
            mandatos.append(designar(contexto, eleccion.organo_id, nuevo))
            if eleccion.electas:  # cerrada antes de la 0019, una elección de un puesto no marcó su electa
                tabla_elecciones.anotar_mandato(db, candidatura_id, mandatos[-1])
        tabla_elecciones.marcar_confirmada(db, eleccion.id, None if eleccion.pluralidad else mandatos[0])
        # Los mandatos que abre y termina la confirmación son efectos de la resolución del punto.
        anotar_efectos_de_eleccion(db, punto_id, mandatos, [m["id"] for m in anteriores])
    return mandatos[0]
