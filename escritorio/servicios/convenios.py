"""El registro de convenios y hermanamientos: cargarlos y corregirlos, sus partes, terminarlos, listarlos (con su
estado en una fecha) y los de un miembro. Lo que vence (para «Próximos pasos»), en `vencimientos_de_convenios`.

Las reglas de la vigencia y de las partes son de `dominio.convenios`; aquí se limpian los textos, se comprueba que
lo nombrado (miembros, partes externas, órgano, resolución) sea de la asociación y se escribe, cada vez en una
transacción. Las obligaciones, el PDF firmado y la planilla están en `obligaciones_de_convenios`,
`pdf_de_convenios` e `informes_convenios`.
"""

from dataclasses import dataclass, replace
from datetime import date
from typing import TypedDict

from ..datos import asociaciones as tabla_asociaciones
from ..datos import convenios as tabla_convenios
from ..datos import miembros as tabla_miembros
from ..datos import organos as tabla_organos
from ..datos.conexion import transaccion
from ..dominio import formato
from ..dominio.convenios import (ESTADOS_CONVENIO, DatosConvenio, Parte, Vigencia,
                                 estado_en, fin_del_periodo, fin_efectivo, fin_por_denuncia, periodo_en,
                                 problemas_de_partes, problemas_del_convenio,
                                 ultimo_dia_de_vigencia, ultimo_dia_para_denunciar)
from ..dominio.sesiones import cita_resolucion
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion, ProblemaDeCampo
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO, LARGO_LARGO, LARGO_NOMBRE, Revision
from .conflictos import exigir_sin_cambios
from .contexto import Contexto


class ParteDelConvenio(TypedDict):
    """Una parte que no es la asociación: un miembro (`tipo` «miembro») o una parte externa (su tipo)."""

    id: int
    miembro_id: int | None
    parte_externa_id: int | None
    nombre: str
    pais: str | None
    tipo: str
    firmante: str | None


class ObligacionDelConvenio(TypedDict):
    """Un informe, un pago u otro compromiso con su fecha; `atrasada`: pendiente y vencida en la fecha pedida."""

    id: int
    convenio_id: int
    tipo: str
    descripcion: str
    vence: str
    importe: int | None
    moneda: str | None
    estado: str
    cumplida_el: str | None
    atrasada: bool


class PdfAdjunto(TypedDict):
    """El PDF firmado (sin los bytes): su nombre, su huella SHA-256 y cuándo se adjuntó (UTC)."""

    id: int
    nombre: str
    sha256: str
    paginas: int
    bytes: int
    adjuntado_en: str


class ConvenioListado(TypedDict):
    """Un convenio con su estado y sus plazos en la fecha pedida, sus partes, sus obligaciones y su PDF."""

    id: int
    tipo: str
    titulo: str
    objeto: str | None
    firmado_el: str | None
    inicio: str
    fin: str | None
    renovacion_meses: int | None
    renovaciones_maximas: int | None
    preaviso_dias: int | None
    asociacion_es_parte: bool
    organo_id: int | None
    organo: str | None
    resolucion_id: int | None
    resolucion: str | None
    terminado_el: str | None
    motivo_terminacion: str | None
    estado: str
    renovaciones: int
    fin_del_periodo: str | None
    fin_efectivo: str | None
    ultimo_dia_para_denunciar: str | None
    partes: list[ParteDelConvenio]
    nombres_de_las_partes: str
    obligaciones: list[ObligacionDelConvenio]
    obligaciones_pendientes: int
    proxima_obligacion: str | None
    pdf: PdfAdjunto | None


@dataclass(frozen=True)
class FiltroConvenios:
    """Qué convenios listar (None: todos): tipo, estado en la fecha, una parte (miembro o externa), el órgano."""

    tipo: str | None = None
    estado: str | None = None
    miembro_id: int | None = None
    externa_id: int | None = None
    organo_id: int | None = None


def _iso(valor: date | None) -> str | None:
    return None if valor is None else valor.isoformat()


def _fecha(valor: str | None) -> date | None:
    return None if valor is None else date.fromisoformat(valor)


def vigencia_de(fila: dict) -> Vigencia:
    """La vigencia de una fila de `convenios`."""
    return Vigencia(date.fromisoformat(fila["inicio"]), _fecha(fila["fin"]), fila["renovacion_meses"],
                    fila["renovaciones_maximas"], fila["preaviso_dias"], _fecha(fila["terminado_el"]))


def _parte(fila: dict) -> ParteDelConvenio:
    return {"id": fila["id"], "miembro_id": fila["miembro_id"], "parte_externa_id": fila["parte_externa_id"],
            "nombre": fila["nombre"], "pais": fila["pais"],
            "tipo": "miembro" if fila["miembro_id"] is not None else fila["tipo_externa"], "firmante": fila["firmante"]}


def _obligacion(fila: dict, al: date) -> ObligacionDelConvenio:
    return {"id": fila["id"], "convenio_id": fila["convenio_id"], "tipo": fila["tipo"],
            "descripcion": fila["descripcion"], "vence": fila["vence"], "importe": fila["importe"],
            "moneda": fila["moneda"], "estado": fila["estado"], "cumplida_el": fila["cumplida_el"],
            "atrasada": fila["estado"] == "pendiente" and fila["vence"] < al.isoformat()}


def _pdf(fila: dict | None) -> PdfAdjunto | None:
    if fila is None:
        return None
    return {"id": fila["id"], "nombre": fila["nombre"], "sha256": fila["sha256"], "paginas": fila["paginas"],
            "bytes": int(fila["bytes"] or 0), "adjuntado_en": str(fila["adjuntado_en"])}


def _listado(fila: dict, partes: list[dict], obligaciones: list[dict], pdf: dict | None, al: date,
             sigla: str) -> ConvenioListado:
    v = vigencia_de(fila)
    _, renovaciones = periodo_en(v, al)
    las_partes = [_parte(p) for p in partes]
    nombres = ([sigla] if fila["asociacion_es_parte"] else []) + [p["nombre"] for p in las_partes]
    las_obligaciones = [_obligacion(o, al) for o in obligaciones]
    pendientes = [o for o in las_obligaciones if o["estado"] == "pendiente"]
    resolucion = None
    if fila["resolucion_id"] is not None:
        resolucion = cita_resolucion(fila["resolucion_tipo"], fila["resolucion_numero"], fila["resolucion_anio"],
                                     fila["resolucion_organo"])
    return {
        "id": fila["id"], "tipo": fila["tipo"], "titulo": fila["titulo"], "objeto": fila["objeto"],
        "firmado_el": fila["firmado_el"], "inicio": fila["inicio"], "fin": fila["fin"],
        "renovacion_meses": fila["renovacion_meses"], "renovaciones_maximas": fila["renovaciones_maximas"],
        "preaviso_dias": fila["preaviso_dias"], "asociacion_es_parte": bool(fila["asociacion_es_parte"]),
        "organo_id": fila["organo_id"], "organo": fila["organo"], "resolucion_id": fila["resolucion_id"],
        "resolucion": resolucion, "terminado_el": fila["terminado_el"],
        "motivo_terminacion": fila["motivo_terminacion"], "estado": estado_en(v, al),
        "renovaciones": renovaciones,
        "fin_del_periodo": _iso(fin_del_periodo(v, al)), "fin_efectivo": _iso(fin_efectivo(v, al)),
        "ultimo_dia_para_denunciar": _iso(ultimo_dia_para_denunciar(v, al)),
        "partes": las_partes, "nombres_de_las_partes": " · ".join(nombres),
        "obligaciones": las_obligaciones, "obligaciones_pendientes": len(pendientes),
        "proxima_obligacion": min((o["vence"] for o in pendientes), default=None), "pdf": _pdf(pdf)}


def fecha_de_consulta(al: date | None, rotulo: str = "Fecha", clave: str = "al") -> date:
    """La fecha en que se mira el registro (hoy, si no se dice): de 1900 a diez años adelante, como toda fecha que
    se escribe; más allá, ErrorValidacion con su campo (las renovaciones de cada mes no se cuentan hasta el año 9999)."""
    if al is None:
        return fecha_de_hoy()
    revision = Revision()
    revision.fecha(traducir(rotulo), al, futura=True, clave=clave)
    revision.lanzar(traducir("No se puede mirar el registro en esa fecha:"))
    return al


def _sigla(contexto: Contexto) -> str:
    return tabla_asociaciones.por_id(contexto.db, contexto.asociacion_id)["sigla"]


def _filtrar(convenio: ConvenioListado, filtro: FiltroConvenios) -> bool:
    return ((filtro.tipo is None or convenio["tipo"] == filtro.tipo)
            and (filtro.estado is None or convenio["estado"] == filtro.estado)
            and (filtro.organo_id is None or convenio["organo_id"] == filtro.organo_id)
            and (filtro.miembro_id is None or any(p["miembro_id"] == filtro.miembro_id for p in convenio["partes"]))
            and (filtro.externa_id is None or any(p["parte_externa_id"] == filtro.externa_id
                                                  for p in convenio["partes"])))


def listar_convenios(contexto: Contexto, filtro: FiltroConvenios | None = None,
                     al: date | None = None) -> list[ConvenioListado]:
    """Los convenios de la asociación con su estado en `al` (hoy, si no se dice), del más reciente al más viejo,
    los que pasan `filtro`."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    al, filtro = fecha_de_consulta(al), filtro or FiltroConvenios()
    if filtro.estado is not None and filtro.estado not in ESTADOS_CONVENIO:
        raise ErrorEscritorio(traducir("«{0}» no es un estado de convenio (son: {1}).").format(
            filtro.estado, ", ".join(ESTADOS_CONVENIO)))
    filas = tabla_convenios.convenios(db, asociacion_id)
    partes = tabla_convenios.todas_las_partes(db, asociacion_id)
    obligaciones = tabla_convenios.todas_las_obligaciones(db, asociacion_id)
    pdfs = tabla_convenios.pdfs_vigentes(db, asociacion_id)
    sigla = _sigla(contexto)
    listados = (_listado(f, partes.get(f["id"], []), obligaciones.get(f["id"], []), pdfs.get(f["id"]), al, sigla)
                for f in filas)
    return [c for c in listados if _filtrar(c, filtro)]


def convenio_de_la_asociacion(contexto: Contexto, convenio_id: int, al: date | None = None) -> ConvenioListado:
    """Un convenio con todo lo suyo; ErrorEscritorio si no es de la asociación."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    fila = tabla_convenios.convenio(db, asociacion_id, convenio_id)
    if fila is None:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No existe el convenio {0} en esta asociación: elíjalo en la lista del área Convenios."),
            linea=traducir("No existe el convenio {0} en esta asociación («escritorio convenios listar» da los "
                           "números).")).format(convenio_id))
    pdfs = tabla_convenios.pdfs(db, convenio_id)
    return _listado(fila, tabla_convenios.partes(db, [convenio_id])[convenio_id],
                    tabla_convenios.obligaciones(db, [convenio_id])[convenio_id], pdfs[0] if pdfs else None,
                    fecha_de_consulta(al), _sigla(contexto))


def historial_de_pdfs(contexto: Contexto, convenio_id: int) -> list[PdfAdjunto]:
    """Cada PDF adjuntado al convenio, el vigente primero (reemplazar uno no borra el anterior)."""
    convenio_de_la_asociacion(contexto, convenio_id)
    return [_pdf(f) for f in tabla_convenios.pdfs(contexto.db, convenio_id)]


def convenios_del_miembro(contexto: Contexto, miembro_id: int, al: date | None = None) -> list[ConvenioListado]:
    """Los convenios en que el miembro es parte (su página en la ficha)."""
    return listar_convenios(contexto, FiltroConvenios(miembro_id=miembro_id), al)


# --- cargar y corregir --------------------------------------------------------------------------------------

# campo -> rótulo, para decir qué cambió otro programa mientras el formulario estaba abierto.
CAMPOS_DEL_CONVENIO = {"tipo": "Tipo", "titulo": "Título", "objeto": "Objeto", "firmado_el": "Firma",
                       "inicio": "Inicio", "fin": "Fin", "renovacion_meses": "Renovación automática",
                       "renovaciones_maximas": "Renovaciones", "preaviso_dias": "Preaviso",
                       "asociacion_es_parte": "La asociación firma", "organo_id": "Unidad u órgano responsable",
                       "resolucion_id": "Resolución", "nombres_de_las_partes": "Partes",
                       "terminado_el": "Terminado el"}
_FIN_MAS_LEJANO = 60   # años: un convenio de 50 años se puede cargar; 2999 es un error de tipeo


def _limpiar(datos: DatosConvenio, hoy: date) -> tuple[DatosConvenio, list]:
    """Los textos limpios y las fechas posibles; los problemas, con su campo."""
    revision = Revision()
    titulo = revision.texto(traducir("Título"), datos.titulo, maximo=LARGO_CORTO, clave="titulo")
    objeto = revision.texto(traducir("Objeto"), datos.objeto, maximo=LARGO_LARGO, multilinea=True,
                            obligatorio=False, clave="objeto")
    revision.fecha(traducir("Inicio"), datos.inicio, futura=True, hoy=hoy, clave="inicio")
    revision.fecha(traducir("Fin"), datos.fin, futura=True, hoy=date(hoy.year + _FIN_MAS_LEJANO - 10, 1, 1),
                   clave="fin")
    revision.fecha(traducir("Firma"), datos.firmado_el, hoy=hoy, clave="firmado_el")
    partes = []
    for parte in datos.partes:
        firmante = revision.texto(traducir("Firmante"), parte.firmante, maximo=LARGO_NOMBRE, obligatorio=False,
                                  clave="partes")
        partes.append(replace(parte, firmante=firmante or None))
    limpio = replace(datos, titulo=titulo or "", objeto=objeto or None, partes=tuple(partes))
    return limpio, revision.problemas


def _revisar_lo_nombrado(contexto: Contexto, datos: DatosConvenio) -> list[ProblemaDeCampo]:
    """Lo que el convenio nombra existe y es de la asociación (dentro de la transacción)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    problemas = []
    for parte in datos.partes:
        if parte.miembro_id is not None and not tabla_miembros.es_de_la_asociacion(db, asociacion_id,
                                                                                  parte.miembro_id):
            problemas.append(ProblemaDeCampo("partes", segun_la_puerta(
                ventana=traducir("Partes: el miembro {0} no es de esta asociación: quítelo y elija la ciudad en "
                                 "«Miembro:» de la pestaña Partes."),
                linea=traducir("Partes: el miembro {0} no es de esta asociación («escritorio miembros listar» da los "
                               "números).")).format(parte.miembro_id)))
        if parte.externa_id is not None and tabla_convenios.parte_externa(db, asociacion_id, parte.externa_id) is None:
            problemas.append(ProblemaDeCampo("partes", segun_la_puerta(
                ventana=traducir("Partes: no existe la parte externa {0} en esta asociación: quítela y elija otra en "
                                 "«Parte externa:» de la pestaña Partes, o cárguela con «Nueva parte externa…»."),
                linea=traducir("Partes: no existe la parte externa {0} en esta asociación («escritorio convenios "
                               "externas» da los números).")).format(parte.externa_id)))
    if datos.organo_id is not None:
        organo = tabla_organos.organo(db, datos.organo_id)
        if organo is None or organo["asociacion_id"] != asociacion_id:
            problemas.append(ProblemaDeCampo("organo_id", traducir(
                "Unidad u órgano responsable: no existe el órgano {0} en esta asociación.").format(datos.organo_id)))
    if datos.resolucion_id is not None and not tabla_convenios.resolucion_de_la_asociacion(db, asociacion_id,
                                                                                           datos.resolucion_id):
        problemas.append(ProblemaDeCampo("resolucion_id", segun_la_puerta(
            ventana=traducir("Resolución: no existe la resolución {0} en esta asociación: elija otra en «Autorizado "
                             "por:» (la lista tiene las de la asociación)."),
            linea=traducir("Resolución: no existe la resolución {0} en esta asociación («escritorio resoluciones "
                           "listar» da los números).")).format(datos.resolucion_id)))
    return problemas


def _columnas(datos: DatosConvenio) -> dict:
    return {"tipo": datos.tipo, "titulo": datos.titulo, "objeto": datos.objeto,
            "firmado_el": _iso(datos.firmado_el), "inicio": datos.inicio.isoformat(), "fin": _iso(datos.fin),
            "renovacion_meses": datos.renovacion_meses, "renovaciones_maximas": datos.renovaciones_maximas,
            "preaviso_dias": datos.preaviso_dias, "asociacion_es_parte": int(datos.asociacion_es_parte),
            "organo_id": datos.organo_id, "resolucion_id": datos.resolucion_id}


def _lanzar(titulo: str, problemas: list) -> None:
    if problemas:
        raise ErrorValidacion(titulo + "\n" + "\n".join(f"  - {p}" for p in problemas), problemas)


def _clave_de_parte(parte) -> tuple:
    miembro = parte.miembro_id if isinstance(parte, Parte) else parte["miembro_id"]
    externa = parte.externa_id if isinstance(parte, Parte) else parte["parte_externa_id"]
    return ("m", miembro) if miembro is not None else ("e", externa)


def _guardar_partes(db, convenio_id: int, partes: tuple[Parte, ...], guardadas: list[dict]) -> None:
    """Deja al convenio con exactamente `partes`: las que siguen conservan su fila (y su firmante nuevo)."""
    por_clave = {_clave_de_parte(p): p for p in guardadas}
    nuevas = {_clave_de_parte(p) for p in partes}
    for clave, guardada in por_clave.items():
        if clave not in nuevas:
            tabla_convenios.quitar_parte(db, guardada["id"])
    for parte in partes:
        guardada = por_clave.get(_clave_de_parte(parte))
        if guardada is None:
            tabla_convenios.insertar_parte(db, convenio_id, parte.miembro_id, parte.externa_id, parte.firmante)
        elif (guardada["firmante"] or None) != parte.firmante:
            tabla_convenios.fijar_firmante(db, guardada["id"], parte.firmante)


def guardar_convenio(contexto: Contexto, datos: DatosConvenio, convenio_id: int | None = None, *,
                     leido: ConvenioListado | None = None, hoy: date | None = None) -> int:
    """Carga un convenio (sin `convenio_id`) o lo corrige, con todas sus partes; devuelve su id.

    ErrorValidacion con cada problema en su campo (`.campos`) si algo no va; no se guarda nada. `leido`: el
    convenio como se leyó al abrir el formulario; si otro programa lo cambió entretanto, ErrorConflicto con lo
    que cambió (para sobrescribir a sabiendas, se guarda de nuevo con `leido=error.actual`)."""
    db = contexto.db
    hoy = hoy or fecha_de_hoy()
    datos, problemas = _limpiar(datos, hoy)
    problemas += [p for p in problemas_del_convenio(datos) if p.campo not in {q.campo for q in problemas}]
    que = traducir("No se guardó el convenio:")
    with transaccion(db):   # lo nombrado y lo guardado, con la base tomada: otra ventana pudo cambiarlo recién
        problemas += _revisar_lo_nombrado(contexto, datos)
        _lanzar(que, problemas)
        if convenio_id is None:
            convenio_id = tabla_convenios.insertar_convenio(db, contexto.asociacion_id, _columnas(datos))
            guardadas = []
        else:
            actual = convenio_de_la_asociacion(contexto, convenio_id, hoy)
            exigir_sin_cambios(leido, actual, {c: traducir(r) for c, r in CAMPOS_DEL_CONVENIO.items()},
                               traducir("el convenio «{0}»").format(actual["titulo"]))
            if actual["terminado_el"] is not None:
                _lanzar(que, _termina_antes(datos, date.fromisoformat(actual["terminado_el"])))
            tabla_convenios.actualizar_convenio(db, convenio_id, _columnas(datos))
            guardadas = [{"id": p["id"], "miembro_id": p["miembro_id"], "parte_externa_id": p["parte_externa_id"],
                          "firmante": p["firmante"]} for p in actual["partes"]]
        _guardar_partes(db, convenio_id, datos.partes, guardadas)
    return convenio_id


def _termina_antes(datos: DatosConvenio, terminado_el: date) -> list[ProblemaDeCampo]:
    """Un convenio terminado no puede empezar después de su terminación, ni dejar de regir solo antes de ella (lo
    mismo que `terminar_convenio` pide al revés: no termina después de su fin)."""
    if datos.inicio > terminado_el:
        return [ProblemaDeCampo("inicio", traducir("Inicio: el convenio terminó el {0}; no puede empezar después.")
                                .format(formato.fecha(terminado_el)))]
    ultimo = ultimo_dia_de_vigencia(datos.vigencia)
    if ultimo is not None and ultimo < terminado_el:
        return [ProblemaDeCampo("fin", traducir(
            "Fin: el convenio terminó antes el {0} (está registrado así); con este fin habría dejado de regir solo "
            "el {1}, antes de esa terminación. Escriba un fin posterior al {0}.").format(
            formato.fecha(terminado_el), formato.fecha(ultimo)))]
    return []


def datos_del_convenio(convenio: ConvenioListado) -> DatosConvenio:
    """El convenio leído como lo escribe la secretaría (para corregir algunos de sus datos)."""
    return DatosConvenio(
        tipo=convenio["tipo"], titulo=convenio["titulo"], inicio=date.fromisoformat(convenio["inicio"]),
        fin=_fecha(convenio["fin"]), firmado_el=_fecha(convenio["firmado_el"]), objeto=convenio["objeto"],
        renovacion_meses=convenio["renovacion_meses"], renovaciones_maximas=convenio["renovaciones_maximas"],
        preaviso_dias=convenio["preaviso_dias"], asociacion_es_parte=convenio["asociacion_es_parte"],
        organo_id=convenio["organo_id"], resolucion_id=convenio["resolucion_id"],
        partes=tuple(Parte(p["miembro_id"], p["parte_externa_id"], p["firmante"]) for p in convenio["partes"]))


# --- las partes, una por una ----------------------------------------------------------------------------------

def agregar_parte(contexto: Contexto, convenio_id: int, parte: Parte) -> int:
    """Suma una parte (un miembro o una parte externa) al convenio; devuelve el id de la parte."""
    db = contexto.db
    revision = Revision()
    firmante = revision.texto(traducir("Firmante"), parte.firmante, maximo=LARGO_NOMBRE, obligatorio=False,
                              clave="firmante")
    revision.lanzar(traducir("No se agregó la parte:"))
    parte = replace(parte, firmante=firmante or None)
    with transaccion(db):
        datos = datos_del_convenio(convenio_de_la_asociacion(contexto, convenio_id))
        nuevo = replace(datos, partes=datos.partes + (parte,))
        _lanzar(traducir("No se agregó la parte:"),
                _revisar_lo_nombrado(contexto, replace(nuevo, partes=(parte,), organo_id=None, resolucion_id=None))
                + problemas_de_partes(nuevo))
        return tabla_convenios.insertar_parte(db, convenio_id, parte.miembro_id, parte.externa_id, parte.firmante)


def quitar_parte(contexto: Contexto, convenio_id: int, parte: Parte) -> None:
    """Quita del convenio al miembro o a la parte externa de `parte` (si quedan las partes que el convenio pide)."""
    db = contexto.db
    with transaccion(db):
        convenio = convenio_de_la_asociacion(contexto, convenio_id)
        clave = _clave_de_parte(parte)
        guardada = next((p for p in convenio["partes"] if _clave_de_parte(p) == clave), None)
        if guardada is None:
            raise ErrorEscritorio(traducir("Esa parte no está en el convenio «{0}»; no se quitó nada.").format(
                convenio["titulo"]))
        datos = datos_del_convenio(convenio)
        _lanzar(traducir("No se quitó la parte:"), problemas_de_partes(
            replace(datos, partes=tuple(p for p in datos.partes if _clave_de_parte(p) != clave))))
        tabla_convenios.quitar_parte(db, guardada["id"])


# --- terminarlo ------------------------------------------------------------------------------------------------

def terminar_convenio(contexto: Contexto, convenio_id: int, motivo: str, el: date | None = None, *,
                      hoy: date | None = None) -> date:
    """Registra que el convenio termina antes (denunciado, rescindido, de común acuerdo) el día `el`; sin `el`, es
    una denuncia notificada hoy y termina cuando el preaviso lo permite (`dominio.convenios.fin_por_denuncia`).
    Devuelve el último día en que rige."""
    db = contexto.db
    hoy = hoy or fecha_de_hoy()
    revision = Revision()
    motivo = revision.texto(traducir("Motivo"), motivo, maximo=LARGO_CORTO, clave="motivo")
    revision.fecha(traducir("Termina el"), el, futura=True, hoy=hoy, clave="el")
    revision.lanzar(traducir("No se terminó el convenio:"))
    with transaccion(db):
        convenio = convenio_de_la_asociacion(contexto, convenio_id, hoy)
        titulo = convenio["titulo"]
        if convenio["terminado_el"] is not None:
            raise ErrorEscritorio(traducir("El convenio «{0}» ya terminó el {1} ({2}); no se cambió nada.").format(
                titulo, formato.fecha(convenio["terminado_el"]), convenio["motivo_terminacion"]))
        v = vigencia_de(convenio)
        el = el or fin_por_denuncia(v, hoy)
        if el < v.inicio:
            raise ErrorValidacion(traducir("No se terminó el convenio: el {0} es anterior a su inicio ({1}).").format(
                formato.fecha(el), formato.fecha(v.inicio)), [ProblemaDeCampo("el", traducir(
                    "Termina el: es anterior al inicio del convenio."))])
        ultimo = ultimo_dia_de_vigencia(v)
        if ultimo is not None and el > ultimo:
            raise ErrorValidacion(traducir("No se terminó el convenio: «{0}» deja de regir el {1} sin renovarse; no "
                                           "puede terminar después ({2}).").format(
                titulo, formato.fecha(ultimo), formato.fecha(el)), [ProblemaDeCampo("el", traducir(
                    "Termina el: es posterior al fin del convenio."))])
        tabla_convenios.terminar_convenio(db, convenio_id, el.isoformat(), motivo)
    return el


def fin_si_se_denuncia(contexto: Contexto, convenio_id: int, notificada: date | None = None) -> date:
    """El último día en que regiría el convenio si se lo denuncia el día `notificada` (hoy): lo que
    `terminar_convenio` registra sin fecha. Para mostrarlo antes de confirmar."""
    convenio = convenio_de_la_asociacion(contexto, convenio_id)
    return fin_por_denuncia(vigencia_de(convenio), notificada or fecha_de_hoy())
