"""Órganos y mandatos: quién se sienta en cada órgano en cualquier fecha, y qué reglas no se cumplen.

Los mandatos nunca se borran: terminan con fecha, y cada corrección queda registrada con su motivo.
"""

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import miembros as tabla_miembros
from ..datos import organos as tabla_organos
from ..datos.conexion import transaccion
from ..dominio.entrada import muestra
from ..dominio.miembros import NO_MIEMBRO
from ..dominio.organos import (CARGO_DE_LA_TROIKA, CARGOS, FORMA_POR_OMISION, FORMAS, forma_desconocida, CARGOS_QUE_EJERCEN, REGLA_POR_OMISION, SIN_VOTO_CUOTAS, SIN_VOTO_OBSERVADOR, SIN_VOTO_SUSPENDIDO, TIPOS_ORGANO, Asiento, Regla,
                               dar_presidencia, integrantes, integrantes_con_voto, voto_del_cargo, reglas_que_rigen, sentar_de_oficio,
                               sesion_atrasada, troika as calcular_troika)
from ..dominio.paises import nombre_pais
from ..dominio.revision_de_composicion import avisos_de_composicion
from ..dominio.texto import normalizar
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio.vida_de_los_organos import existe_el, mandato_fuera_de_su_vida, no_existia_el
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO, LARGO_LARGO, LARGO_NOMBRE, Revision
from .contexto import Contexto
from .elegibles import no_puede, sin_persona
from .mandatos import FilaOrgano, corregir_mandato, organo_de_la_asociacion
from .periodos import fin_segun_periodo
from .reglas_de_composicion import reglas_de
from .vida_de_los_organos import revisar_creacion


class OrganoListado(FilaOrgano):
    """Un órgano con el nombre de su tipo y de su órgano padre."""

    tipo_nombre: str
    padre: str | None


class FilaMandato(TypedDict):
    """Un mandato en un órgano, con el nombre del miembro."""

    id: int
    organo_id: int
    miembro_id: int | None
    persona: str | None
    cargo: str
    con_voto: int
    desde: str
    hasta: str | None
    en_nombre_de: int | None
    registrado_en: str
    forma: str                  # 'masculina' o 'femenina': cómo se nombra a quien lo ejerce (dominio.organos.FORMAS)
    miembro: str | None
    pais: str | None
    correcciones: list[dict]


class MandatoDelOrgano(FilaMandato):
    """Un mandato con el nombre de su órgano."""

    organo: str


@dataclass
class NuevoOrgano:
    nombre: str
    tipo: str
    padre_id: int | None = None
    atribuciones: str | None = None
    frecuencia_meses: int | None = None
    articulo: str | None = None
    # Una asamblea recibe al crearse la regla «todos los miembros activos» (REGLA_POR_OMISION), citada al artículo del
    # órgano; False la crea sin reglas (se fijan después, una por una).
    regla_por_omision: bool = True
    # El día en que lo creó el estatuto o una resolución (sin él: existe desde siempre) y qué lo creó
    # («Estatuto, art. 21», «Resolución 4/2027»): servicios.vida_de_los_organos.
    creado_el: date | None = None
    creado_por: str | None = None


@dataclass
class NuevoMandato:
    cargo: str
    desde: date
    miembro_id: int | None = None
    persona: str | None = None
    con_voto: bool | None = None   # None: el del cargo (dominio.organos.vota_por_omision), en las dos puertas
    hasta: date | None = None
    en_nombre_de: int | None = None
    forma: str = FORMA_POR_OMISION   # cómo se nombra a quien lo ejerce: «Presidente» o «Presidenta» (dominio.organos)


@dataclass
class Composicion:
    organo: dict
    al: date
    asientos: list[Asiento] = field(default_factory=list)
    avisos: list[str] = field(default_factory=list)
    preside: Asiento | None = None        # quien preside por su cargo (regla de presidencia), si la hay
    cargo_que_preside: str | None = None  # el órgano cuyo titular preside («Secretaría Ejecutiva»)

    @property
    def integrantes(self) -> int:
        """Miembros, no personas (dominio.organos.integrantes)."""
        return integrantes(self.asientos)

    @property
    def con_voto(self) -> int:
        return integrantes_con_voto(self.asientos)


def _error(titulo: str, problemas: list[str]) -> ErrorValidacion:
    return ErrorValidacion(titulo + "\n" + "\n".join(f"  - {p}" for p in problemas), problemas)


def listar_organos(contexto: Contexto, al: date | None = None) -> list[OrganoListado]:
    """Los órganos de la asociación, con su tipo y su órgano superior; con `al`, solo los que existían ese día
    (creados y todavía no disueltos: dominio.vida_de_los_organos). Sin `al`, todos, también los disueltos."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    filas = tabla_organos.organos(db, asociacion_id)
    nombres = {f["id"]: f["nombre"] for f in filas}   # también el del superior ya disuelto
    if al is not None:
        filas = [f for f in filas if existe_el(f, al)]
    for f in filas:
        f["tipo_nombre"] = TIPOS_ORGANO[f["tipo"]]
        f["padre"] = nombres.get(f["padre_id"])
    return filas


def elegir_organo(contexto: Contexto, texto: str) -> OrganoListado:
    """Un órgano por su id o su nombre exacto (sin mayúsculas ni acentos)."""
    todos = listar_organos(contexto)
    elegido = next((o for o in todos if str(o["id"]) == str(texto).strip()
                    or normalizar(o["nombre"]) == normalizar(texto)), None)
    if elegido is None:
        nombres = ", ".join(o["nombre"] for o in todos[:12]) or traducir("ninguno")
        raise ErrorEscritorio(traducir("No hay ningún órgano «{0}». Use su id o su nombre exacto (hay: {1}…).").format(
            muestra(texto), nombres))
    return elegido


def crear_organo(contexto: Contexto, nuevo: NuevoOrgano) -> int:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    problemas = []
    revision = Revision(problemas)
    if not nuevo.nombre or not nuevo.nombre.strip():
        problemas.append(traducir("El nombre del órgano está vacío."))
    else:
        nuevo.nombre = revision.texto(traducir("Nombre"), nuevo.nombre, maximo=LARGO_NOMBRE) or ""
    atribuciones = revision.texto(traducir("Atribuciones"), nuevo.atribuciones, maximo=LARGO_LARGO, multilinea=True,
                                  obligatorio=False)
    articulo = revision.texto(traducir("Artículo"), nuevo.articulo, maximo=LARGO_CORTO, obligatorio=False)
    if nuevo.frecuencia_meses is not None and not (isinstance(nuevo.frecuencia_meses, int)
                                                   and 1 <= nuevo.frecuencia_meses <= 120):
        problemas.append(traducir("Frecuencia: «{0}» meses no es posible; escriba de 1 a 120 meses (o nada si el "
                                  "estatuto no fija una frecuencia).").format(nuevo.frecuencia_meses))
    if nuevo.tipo not in TIPOS_ORGANO:
        problemas.append(traducir("Tipo «{0}» desconocido; use {1}.").format(nuevo.tipo, ", ".join(TIPOS_ORGANO)))
    creado_el, creado_por = revisar_creacion(revision, nuevo.creado_el, nuevo.creado_por)
    if problemas:
        raise _error(traducir("No se creó el órgano:"), problemas)
    with transaccion(db):  # lo que depende de los otros órganos se decide con la base tomada
        if nuevo.padre_id is not None and (tabla_organos.organo(db, nuevo.padre_id) or {}).get("asociacion_id") != asociacion_id:
            problemas.append(traducir("El órgano superior elegido no existe en esta asociación."))
        if any(normalizar(o["nombre"]) == normalizar(nuevo.nombre) for o in tabla_organos.organos(db, asociacion_id)):
            problemas.append(traducir("Ya existe un órgano llamado «{0}».").format(nuevo.nombre.strip()))
        if problemas:
            raise _error(traducir("No se creó el órgano:"), problemas)
        organo_id = tabla_organos.insertar_organo(db, asociacion_id, {
            "nombre": nuevo.nombre.strip(), "tipo": nuevo.tipo, "padre_id": nuevo.padre_id,
            "atribuciones": atribuciones, "frecuencia_meses": nuevo.frecuencia_meses, "articulo": articulo,
            # solo si se indican: sin ellas la fila es la de siempre (la escribe también una base anterior a la 0059)
            **({"creado_el": creado_el.isoformat()} if creado_el else {}),
            **({"creado_por": creado_por} if creado_por else {})})
        regla = REGLA_POR_OMISION.get(nuevo.tipo)
        if regla is not None and nuevo.regla_por_omision:
            # Cita el artículo del órgano en su texto de hoy (el que se leyó al crearlo).
            tabla_organos.insertar_regla_con_fecha(db, organo_id, regla, "{}", articulo, fecha_de_hoy().isoformat())
        return organo_id


def designar(contexto: Contexto, organo_id: int, nuevo: NuevoMandato) -> int:
    """Registra un mandato (miembro y/o persona que lo representa, cargo, voto, desde-hasta). Sin «hasta», el
    mandato termina al cumplir el período del órgano, si el estatuto lo fija (servicios.periodos)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    organo = organo_de_la_asociacion(contexto, organo_id)
    problemas = []
    revision = Revision(problemas)
    if nuevo.cargo not in CARGOS:
        problemas.append(traducir("Cargo «{0}» desconocido; use {1}.").format(nuevo.cargo, ", ".join(CARGOS)))
    if nuevo.forma not in FORMAS:
        problemas.append(forma_desconocida(nuevo.forma))
    if nuevo.miembro_id is None and not (nuevo.persona or "").strip():
        problemas.append(traducir("Indique el miembro, la persona, o ambos (en la CLI: --miembro ID, --persona "
                                  "NOMBRE)."))
    con_voto, problema_de_voto = voto_del_cargo(nuevo.cargo, nuevo.con_voto)
    problemas += [problema_de_voto] if problema_de_voto else []
    persona = revision.texto(traducir("Persona"), nuevo.persona, maximo=LARGO_NOMBRE, obligatorio=False)
    # Un mandato puede ser histórico (una red fundada hace décadas) o empezar pronto, nunca en el año 0001.
    desde = revision.fecha(traducir("Desde"), nuevo.desde, historica=True, futura=True)
    hasta = revision.fecha(traducir("Hasta"), nuevo.hasta, historica=True, futura=True)
    def ajenos() -> list[str]:
        return [traducir("El miembro {0} no pertenece a esta asociación.").format(clave)
                for clave in (nuevo.miembro_id, nuevo.en_nombre_de)
                if clave is not None and not tabla_miembros.es_de_la_asociacion(db, asociacion_id, clave)]

    def no_miembros() -> list[str]:
        if nuevo.miembro_id is None or desde is None or ajenos():
            return []
        problema = no_puede(db, organo, nuevo.miembro_id, desde.isoformat(), nuevo.cargo, traducir("ocupar un cargo"),
                            designacion=True)
        return [problema] if problema else []

    problemas += ajenos() + no_miembros()
    if nuevo.cargo in CARGOS and (problema := sin_persona(db, organo, nuevo.cargo, persona, traducir("ocupar el cargo"))):
        problemas.append(problema)
    if hasta and desde and hasta < desde:
        problemas.append(traducir("El mandato termina antes de empezar."))

    def en_su_vida(organo: dict) -> tuple[date | None, list[str]]:
        """El «hasta» que queda (sin uno escrito: el fin del período y, en un órgano disuelto, a más tardar el día
        de la disolución) y si el mandato cabe en la vida del órgano (dominio.vida_de_los_organos)."""
        # con las fechas ya revisadas: una imposible (el año 9999) ya es un problema y no se le suma un período
        fin = hasta or (fin_segun_periodo(organo, desde) if desde else None)
        disuelto = organo.get("disuelto_el")
        if nuevo.hasta is None and disuelto and (fin is None or fin.isoformat() > disuelto):
            fin = date.fromisoformat(disuelto)
        problema = mandato_fuera_de_su_vida(organo, desde, fin) if desde is not None else None
        return fin, [problema] if problema else []

    problemas += en_su_vida(organo)[1]
    if problemas:
        raise _error(traducir("No se registró el mandato:"), problemas)
    with transaccion(db):
        # otra vez con la base tomada: otra ventana pudo eliminar el miembro, o darlo de baja, o disolver el órgano
        hasta, fuera = en_su_vida(organo_de_la_asociacion(contexto, organo_id))
        if problemas := ajenos() + no_miembros() + fuera:
            raise _error(traducir("No se registró el mandato:"), problemas)
        return tabla_organos.insertar_mandato(db, organo_id, nuevo.miembro_id, persona, nuevo.cargo, int(con_voto),
                                      nuevo.desde.isoformat(), hasta.isoformat() if hasta else None,
                                      nuevo.en_nombre_de, nuevo.forma)


class FaltaMotivo(ErrorEscritorio):
    """Terminar un mandato pide el motivo (queda en la historia del órgano)."""


def terminar_mandato(contexto: Contexto, mandato_id: int, hasta: date, motivo: str) -> None:
    if motivo is None or not str(motivo).strip():
        raise FaltaMotivo(traducir("Escriba el motivo por el que termina el mandato (queda en la historia del órgano; "
                                   "por ejemplo: Renuncia, Fin del período). No se terminó el mandato."))
    corregir_mandato(contexto, mandato_id, "hasta", hasta, motivo)


def _asiento(m: dict) -> Asiento:
    return Asiento(m["id"], m["miembro_id"], m["miembro"], m["pais"], m["persona"], m["cargo"], bool(m["con_voto"]),
                   date.fromisoformat(m["desde"]), date.fromisoformat(m["hasta"]) if m["hasta"] else None,
                   forma=m.get("forma") or FORMA_POR_OMISION)


def secretaria_ejecutiva(contexto: Contexto) -> FilaOrgano | None:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    return next((o for o in tabla_organos.organos(db, asociacion_id) if o["tipo"] == "secretaria_ejecutiva"), None)


@dataclass(frozen=True)
class _Troika:
    """La troika de la Secretaría Ejecutiva en una fecha: los tres miembros y el órgano y el mandato de quien la
    ejerce (sus fechas son las de los asientos que se derivan de ella)."""

    miembros: tuple[int | None, int | None, int | None]   # (anterior, actual, siguiente)
    secretaria: dict | None = None
    mandato_actual: dict | None = None


def _troika(contexto: Contexto, al: date) -> _Troika:
    db = contexto.db
    se = secretaria_ejecutiva(contexto)
    if se is None:
        return _Troika((None, None, None))
    historia = [m for m in tabla_organos.mandatos(db, se["id"]) if m["miembro_id"] and m["cargo"] in CARGOS_QUE_EJERCEN]
    actuales = [m for m in historia if m["desde"] <= al.isoformat() and (m["hasta"] is None or m["hasta"] >= al.isoformat())]
    actual = actuales[-1]["miembro_id"] if actuales else None
    previos = [m for m in historia if m["hasta"] is not None and m["hasta"] < al.isoformat()]
    anterior = previos[-1]["miembro_id"] if previos else None
    _, _, siguiente = calcular_troika(tabla_organos.orden_sucesion(db, se["id"]), actual)
    return _Troika((anterior, actual, siguiente), se, actuales[-1] if actuales else None)


def troika_al(contexto: Contexto, al: date) -> tuple[int | None, int | None, int | None]:
    """(anterior, actual, siguiente) Secretaría Ejecutiva en la fecha: la anterior por historia, la siguiente
    por el orden de sucesión."""
    return _troika(contexto, al).miembros


def _troika_registrada(asientos: list[Asiento]) -> bool:
    """¿Tiene el órgano en la fecha mandatos del cargo de la troika? Son los que escribe cada traspaso (y los que
    registra a mano quien designa la troika): desde el primero, la composición es la registrada."""
    return any(a.mandato_id and a.miembro_id is not None and a.cargo == CARGO_DE_LA_TROIKA for a in asientos)


def _asientos_de_la_troika(contexto: Contexto, troika: _Troika, al: date) -> list[Asiento]:
    """Los asientos de una Comisión Directiva de regla troika que ningún traspaso escribió todavía (antes del primero,
    o pasado el período de los últimos mandatos que escribió): la Secretaría Ejecutiva anterior, la actual y la
    siguiente, derivadas como un asiento de oficio (sin mandato, con el órgano por el que se sientan) con las
    fechas del mandato de quien la ejerce. Sin nadie que la ejerza en la fecha, ninguno: la troika se cuenta desde
    la actual."""
    anterior, actual, siguiente = troika.miembros
    if actual is None or troika.secretaria is None or troika.mandato_actual is None:
        return []
    se = troika.secretaria["nombre"]
    por_que = {actual: se}   # quien la ejerce, por su cargo; si la ejerció también antes o la ejercerá, una vez
    if anterior is not None:
        por_que.setdefault(anterior, traducir("{0} anterior").format(se))
    if siguiente is not None:
        por_que.setdefault(siguiente, traducir("{0} siguiente").format(se))
    mandato = troika.mandato_actual
    desde = date.fromisoformat(mandato["desde"])
    hasta = date.fromisoformat(mandato["hasta"]) if mandato["hasta"] else None
    autoridades = tabla_organos.autoridades_al(contexto.db, sorted(por_que), al.isoformat())
    asientos = []
    for miembro_id in dict.fromkeys(m for m in (anterior, actual, siguiente) if m is not None):
        miembro = tabla_organos.miembro_al(contexto.db, miembro_id, al.isoformat())
        if miembro is None:
            continue
        asientos.append(Asiento(0, miembro_id, miembro["nombre"], miembro["pais"], autoridades.get(miembro_id),
                                CARGO_DE_LA_TROIKA, True, desde, hasta, de_oficio=por_que[miembro_id]))
    return asientos


def _con_la_troika(contexto: Contexto, reglas: list[Regla], asientos: list[Asiento], al: date,
                   troika: _Troika | None = None) -> list[Asiento]:
    """Los asientos de un órgano con la regla troika, más los de la troika que no tiene registrados en la fecha
    (`_asientos_de_la_troika`); una ciudad que ya tiene su asiento en el órgano conserva el suyo, que dice también
    por qué se sienta de oficio (como `sentar_de_oficio`)."""
    if not any(r.tipo == "troika" for r in reglas) or _troika_registrada(asientos):
        return asientos
    return sentar_de_oficio(asientos, _asientos_de_la_troika(contexto, troika or _troika(contexto, al), al))


def _de_oficio(contexto: Contexto, organo: dict, tipos: list[str], al: date) -> list[Asiento]:
    """Los asientos de oficio: quienes integran en la fecha los órganos de esos tipos, del cargo más específico
    (el órgano con menos integrantes: la Secretaría Ejecutiva antes que la Comisión Directiva) al menos. De una
    Comisión Directiva de regla troika sin mandatos en la fecha, su troika (`_con_la_troika`)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    por_organo = []
    for otro in tabla_organos.organos(db, asociacion_id):
        if otro["tipo"] in tipos and otro["id"] != organo["id"]:
            vigentes = [_asiento(m) for m in tabla_organos.mandatos(db, otro["id"], al.isoformat())
                        if m["miembro_id"] and m["cargo"] not in ("suplente", "observador")]
            vigentes = _con_la_troika(contexto, reglas_de(db, otro["id"]), vigentes, al)
            por_organo.append((len({a.miembro_id for a in vigentes}), tipos.index(otro["tipo"]), otro, vigentes))
    por_organo.sort(key=lambda t: (t[0], t[1]))
    autoridades = tabla_organos.autoridades_al(db, sorted({a.miembro_id for *_, v in por_organo for a in v}), al.isoformat())
    return [Asiento(0, a.miembro_id, a.miembro, a.pais, a.persona or autoridades.get(a.miembro_id), "titular", True,
                    a.desde, a.hasta, de_oficio=otro["nombre"])
            for *_, otro, vigentes in por_organo for a in sorted(vigentes, key=lambda a: (a.desde, a.mandato_id))]


def _quien_ejerce(db: BaseDeDatos, asociacion_id: int, tipo: str, al: date) -> tuple[Asiento | None, str]:
    """Quien ejerce en la fecha el órgano de ese tipo (el último que asumió), como asiento de oficio, y su nombre."""
    otro = next((o for o in tabla_organos.organos(db, asociacion_id) if o["tipo"] == tipo), None)
    if otro is None:  # no hay órgano de ese tipo: su nombre genérico, para el aviso
        return None, traducir(TIPOS_ORGANO[tipo]) if tipo in TIPOS_ORGANO else tipo
    vigentes = sorted((m for m in tabla_organos.mandatos(db, otro["id"], al.isoformat())
                       if m["miembro_id"] and m["cargo"] not in ("suplente", "observador", "integrante")),
                      key=lambda m: (m["desde"], m["id"]))
    if not vigentes:
        return None, otro["nombre"]
    m = vigentes[-1]
    persona = m["persona"] or tabla_organos.autoridades_al(db, [m["miembro_id"]], al.isoformat()).get(m["miembro_id"])
    # quien preside por ejercer el otro cargo se nombra en la forma de ese mandato («Presidenta»)
    return Asiento(0, m["miembro_id"], m["miembro"], m["pais"], persona, "presidente", True,
                   date.fromisoformat(m["desde"]), date.fromisoformat(m["hasta"]) if m["hasta"] else None,
                   de_oficio=otro["nombre"], forma=m.get("forma") or FORMA_POR_OMISION), otro["nombre"]


def _con_estados(db: BaseDeDatos, asociacion_id: int, asientos: list[Asiento], al: date) -> list[Asiento]:
    """Quien está de baja en la fecha no integra el órgano aunque su mandato siga abierto; quien está suspendido
    sigue sentado, sin voto."""
    estados = tabla_organos.estados_al(db, asociacion_id, al.isoformat())
    resultado = []
    for a in asientos:
        estado = estados.get(a.miembro_id) if a.miembro_id is not None else None
        if estado in NO_MIEMBRO:  # de baja, o una ciudad solicitante todavía no admitida
            continue
        if estado == "suspendido" and a.con_voto:
            a = replace(a, con_voto=False, motivo_sin_voto=SIN_VOTO_SUSPENDIDO)
        resultado.append(a)
    return resultado


def _con_cuotas(db: BaseDeDatos, asociacion_id: int, organo_id: int, asientos: list[Asiento], al: date) -> list[Asiento]:
    """Sin voto por cuotas impagas en la fecha, si la regla de sesión del órgano suspende a los morosos."""
    if not any(a.con_voto for a in asientos) or not tabla_organos.suspende_morosos(db, organo_id, al.isoformat()):
        return asientos
    from .cobranza import sin_derecho_a_voto   # la cobranza (cuotas, pagos, morosidad), solo para la composición

    morosos = sin_derecho_a_voto(Contexto(db, asociacion_id), al)
    return [replace(a, con_voto=False, motivo_sin_voto=SIN_VOTO_CUOTAS) if a.con_voto and a.miembro_id in morosos
            else a for a in asientos]


def _aviso_de_mandato_invalido(m: dict) -> str:
    return segun_la_puerta(
        ventana=traducir("El mandato {0} de {1} (desde el {2}) no vale: {1} no era miembro ese día ({3}). No integra "
                         "el órgano ni ocupa el cupo de su país; termínelo («Terminar mandato…») o corrija su «desde» "
                         "(lo informa también el menú Archivo, «Verificar la base…»)."),
        linea=traducir("El mandato {0} de {1} (desde el {2}) no vale: {1} no era miembro ese día ({3}). No integra el "
                       "órgano ni ocupa el cupo de su país; termínelo o corrija su «desde» (lo informa también "
                       "«escritorio verificar»).")).format(
        m["id"], m["miembro"], formato.fecha(m["desde"]),
        traducir("solicitante, no admitida") if m["estado"] == "solicitante" else traducir("de baja"))


@dataclass
class _EnArmado:
    """La composición de un órgano mientras se arma: los asientos, y lo que las reglas derivan para revisarla."""

    contexto: Contexto
    organo: dict
    al: date
    reglas: list[Regla]
    asientos: list[Asiento]
    activos: set[int] | None = None
    troika: "_Troika | None" = None
    preside: Asiento | None = None
    cargo_que_preside: str | None = None


def _del_padron(armado: _EnArmado) -> None:
    """Una asamblea la integran todos los miembros activos: sus asientos se derivan del padrón. Un órgano que integran
    solo miembros de ciertos tipos (el comité de municipios de un foro), con «todos», igual pero solo con los de esos
    tipos."""
    por_tipo = [r for r in armado.reglas if r.tipo == "tipo_de_miembro"]
    if not (any(r.tipo == "todos_los_activos" for r in armado.reglas)
            or any(r.parametros.get("todos", True) for r in por_tipo)):
        return
    from .miembros import listar_miembros

    admitidos = {t for r in por_tipo for t in r.parametros.get("tipos", [])}
    al = armado.al
    padron = [m for m in listar_miembros(armado.contexto, al=al) if _integra_el_padron(m, al, admitidos)]
    armado.activos = {m["id"] for m in padron if m["estado"] == "activo"}
    con_mandato = {a.miembro_id for a in armado.asientos}
    from .observadores import observadores_al   # solo quien deriva un órgano del padrón (no «organos listar»)

    observadores = observadores_al(armado.contexto, al)
    armado.asientos += [_del_miembro(m, al, m["id"] in observadores) for m in padron if m["id"] not in con_mandato]


def _del_miembro(miembro: dict, al: date, observador: bool) -> Asiento:
    """El asiento que el padrón da a un miembro: titular con voto, u observador sin voto (servicios.observadores)."""
    desde = date.fromisoformat(miembro["fecha_ingreso"]) if miembro["fecha_ingreso"] else al
    if observador:
        return Asiento(0, miembro["id"], miembro["nombre"], miembro["pais"], miembro["autoridad"], "observador", False,
                       desde, None, motivo_sin_voto=SIN_VOTO_OBSERVADOR)
    return Asiento(0, miembro["id"], miembro["nombre"], miembro["pais"], miembro["autoridad"], "titular", True, desde,
                   None)


def _integra_el_padron(miembro: dict, al: date, admitidos: set[str]) -> bool:
    """Activo o suspendido, ya ingresado en la fecha y, si la regla nombra tipos, de uno de ellos."""
    return (miembro["estado"] in ("activo", "suspendido")
            and (miembro["fecha_ingreso"] is None or miembro["fecha_ingreso"] <= al.isoformat())
            and (not admitidos or miembro["tipo"] in admitidos))


def _de_los_otros_organos(armado: _EnArmado) -> None:
    """Con una regla de oficio, quienes integran en la fecha los órganos que nombra."""
    tipos = [t for r in armado.reglas if r.tipo == "de_oficio" for t in r.parametros.get("organos", [])]
    armado.asientos = sentar_de_oficio(armado.asientos, _de_oficio(armado.contexto, armado.organo,
                                                                   list(dict.fromkeys(tipos)), armado.al))


def _de_la_troika(armado: _EnArmado) -> None:
    """Una Comisión Directiva de regla troika: antes del primer traspaso (que escribe sus mandatos), su troika se
    deriva de la Secretaría Ejecutiva en la fecha, como un asiento de oficio."""
    armado.troika = _troika(armado.contexto, armado.al)
    armado.asientos = _con_la_troika(armado.contexto, armado.reglas, armado.asientos, armado.al, armado.troika)


def _de_la_presidencia(armado: _EnArmado) -> None:
    """Con una regla de presidencia, quien ejerce en la fecha el órgano que preside."""
    regla = next(r for r in armado.reglas if r.tipo == "presidencia")
    armado.preside, armado.cargo_que_preside = _quien_ejerce(armado.contexto.db, armado.contexto.asociacion_id,
                                                             str(regla.parametros.get("organo")), armado.al)
    armado.asientos = dar_presidencia(armado.asientos, armado.preside)


# Los asientos que derivan las reglas, en este orden (la presidencia, sobre los asientos ya derivados): los tipos de
# regla que piden el paso y el paso. Una forma nueva de integrar un órgano es una fila más.
ASIENTOS_DERIVADOS = (
    (("todos_los_activos", "tipo_de_miembro"), _del_padron),
    (("de_oficio",), _de_los_otros_organos),
    (("troika",), _de_la_troika),
    (("presidencia",), _de_la_presidencia),
)


def _mandatos_validos(db: BaseDeDatos, organo_id: int, al: date) -> tuple[list[Asiento], list[dict]]:
    """Los asientos de los mandatos vigentes y los mandatos que no valen: el de quien no era miembro el día en que
    empieza (lo escribió una versión anterior o alguien por fuera) no se sienta, y un aviso lo dice."""
    vigentes = tabla_organos.mandatos(db, organo_id, al.isoformat())
    ids = {v["id"] for v in vigentes}
    invalidos = {m["id"]: m for m in tabla_organos.mandatos_de_no_miembros(db, organo_id) if m["id"] in ids}
    return [_asiento(m) for m in vigentes if m["id"] not in invalidos], list(invalidos.values())


def composicion(contexto: Contexto, organo_id: int, al: date | None = None, *,
                cuotas: bool = False) -> Composicion:
    """Quién integra el órgano en la fecha y qué reglas de composición no se cumplen.

    Los asientos electos son los mandatos vigentes; a ellos se suman los que derivan las reglas
    (`ASIENTOS_DERIVADOS`): en una asamblea, el padrón; con una regla de oficio, quienes integran los órganos que
    nombra; con una de presidencia, quien ejerce el órgano que preside. Quien está de baja en la fecha no integra
    nada; quien está suspendido no vota. Con `cuotas`, tampoco vota quien debe las cuotas que suspenden el voto (si
    la regla de sesión del órgano lo dice): es lo que cuentan los documentos de composición."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    al = al or fecha_de_hoy()
    organo = organo_de_la_asociacion(contexto, organo_id)
    organo["tipo_nombre"] = TIPOS_ORGANO[organo["tipo"]]
    no_existia = no_existia_el(organo, al)
    if no_existia:   # antes de su creación o después de su disolución nadie lo integra: se dice por qué
        return Composicion(organo, al, [], [no_existia])
    asientos, invalidos = _mandatos_validos(db, organo_id, al)
    armado = _EnArmado(contexto, organo, al, reglas_que_rigen(reglas_de(db, organo_id), al), asientos)
    for tipos, derivar in ASIENTOS_DERIVADOS:
        if any(r.tipo in tipos for r in armado.reglas):
            derivar(armado)
    asientos = _con_estados(db, asociacion_id, armado.asientos, al)
    if cuotas:
        asientos = _con_cuotas(db, asociacion_id, organo_id, asientos, al)
    preside = armado.preside and next((a for a in asientos if a.miembro_id == armado.preside.miembro_id), None)
    categorias = tabla_asociaciones.categorias_al(db, asociacion_id, al.isoformat())
    nombres = {p: nombre_pais(p) for p in {*categorias, *(a.pais for a in asientos if a.pais)}}
    tipos = (tabla_organos.tipos_de_miembro(db, sorted({a.miembro_id for a in asientos if a.miembro_id is not None}))
             if any(r.tipo == "tipo_de_miembro" for r in armado.reglas) else None)
    from .agrupaciones import grupos_de_las_reglas

    avisos = avisos_de_composicion(organo["nombre"], asientos, armado.reglas, categorias, nombres, armado.activos,
                                   list(armado.troika.miembros) if armado.troika is not None else None,
                                   preside, armado.cargo_que_preside, tipos, grupos_de_las_reglas(contexto, armado.reglas))
    avisos += [_aviso_de_mandato_invalido(m) for m in invalidos]
    atraso = aviso_de_sesion_atrasada(db, organo, al)
    return Composicion(organo, al, asientos, avisos + ([atraso] if atraso else []), preside,
                       armado.cargo_que_preside)


def aviso_de_sesion_atrasada(db: BaseDeDatos, organo: dict, al: date) -> str | None:
    """«Consejo: la última sesión ordinaria celebrada fue el 16/03/2026; el Estatuto, art. 13 pide reunirse cada 6
    meses.», en
    el idioma en curso (el de la ventana o, en un documento de composición, el del documento)."""
    if not organo.get("frecuencia_meses"):
        return None
    ultima = tabla_organos.ultima_sesion_celebrada(db, organo["id"], al.isoformat())
    if ultima is None:
        return None  # sin sesiones registradas no se puede saber (un padrón recién cargado no es un atraso)
    ultima = date.fromisoformat(ultima)
    if not sesion_atrasada(ultima, organo["frecuencia_meses"], al):
        return None
    # Quién lo pide y cada cuánto, para completar la frase.
    cita = traducir("el {0}").format(organo["articulo"]) if organo.get("articulo") else traducir("su regla")
    meses = organo["frecuencia_meses"]
    cada = (traducir("cada mes") if meses == 1
            else (traducir("cada año") if meses == 12 else traducir("cada {0} meses").format(meses)))
    return traducir("{0}: la última sesión ordinaria celebrada fue el {1}; {2} pide reunirse {3}. Hay una sesión "
                    "atrasada.").format(organo["nombre"], formato.fecha(ultima), cita, cada)


def mandatos_de(contexto: Contexto, organo_id: int) -> list[FilaMandato]:
    """Toda la historia de mandatos del órgano, con sus correcciones."""
    db = contexto.db
    organo_de_la_asociacion(contexto, organo_id)
    filas = tabla_organos.mandatos(db, organo_id)
    for f in filas:
        f["correcciones"] = tabla_organos.correcciones(db, f["id"])
    return filas


def mandato_de(contexto: Contexto, mandato_id: int) -> MandatoDelOrgano:
    """Un mandato de un órgano de la asociación, con sus correcciones y el nombre del órgano."""
    fila = tabla_organos.mandato(contexto.db, mandato_id)
    if fila is None:
        raise ErrorEscritorio(traducir("No existe el mandato {0}.").format(mandato_id))
    organo = organo_de_la_asociacion(contexto, fila["organo_id"])
    mandato = next(m for m in mandatos_de(contexto, organo["id"]) if m["id"] == mandato_id)
    mandato["organo"] = organo["nombre"]
    return mandato
