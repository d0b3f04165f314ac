"""Actas: se arman con el registro de la sesión y el texto libre de cada punto; al aprobarse se guarda su
huella (SHA-256) y quedan congeladas (el servicio y la base rechazan cambios); las correcciones van en una
fe de erratas fechada que se imprime con el acta."""

import hashlib
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import actas as tabla_actas
from ..datos import sesiones as tabla_sesiones
from ..datos.conexion import transaccion
from ..datos.elecciones import sesion_del_punto
from ..dominio.paises import nombre_pais
from ..dominio.elecciones import OTROS_VOTOS
from ..dominio.mayorias import ReglaMayoria
from ..dominio.sesiones import (ASISTENCIA, CALIDADES_INVITADO, METODOS, SENTIDOS, TIPOS_PUNTO,
                                cita_resolucion, el_organo)
from ..dominio.formato import fecha_larga
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from ..idiomas.traduccion import en_idioma
from . import campos
from .actos_de_sesion import registrar_acto_del_punto
from .campos import LARGO_DOCUMENTO, LARGO_LARGO, LARGO_NOMBRE, Revision
from .puntos_sobre_miembros import frases_de_quien_trata
from .contexto import Contexto
from .sesiones import exigir_editable, sesion_de_la_asociacion, titulo_sesion
from .sesiones.asistencia import asistencia, motivo_sin_voto_escrito, portadores_validos, representado
from .sesiones.puntos import orden_del_dia
from .adherentes import firmantes, texto_del_firmante
from .elecciones import elecciones_de_la_sesion
from .efectos import efectos_de_varias
# Qué falta para aprobar un acta y con qué resolución: servicios.aprobacion_de_actas (se leen también desde aquí).
from .aprobacion_de_actas import (BORRADOR_INCOMPLETO, NO_CELEBRADA, YA_APROBADA, ActaNoAprobable,  # noqa: F401
                                  MotivoParaNoAprobar, exigir_que_apruebe_esta_acta, marcadores_pendientes,
                                  motivos_para_no_aprobar)
from .votaciones import listar_resoluciones
from .orden_alfabetico import clave_de_la_asociacion, por_pais_y_nombre
from .resultados_en_su_idioma import regla_de_la_votacion, votacion_escrita
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos, idioma_del_documento


class ActaAprobada(TypedDict):
    """Un acta aprobada o firmada: su texto y sus huellas, y el número, el órgano y la fecha de su sesión."""

    id: int
    sesion_id: int
    contenido: str | None
    huella: str | None
    huella_registro: str | None
    numero: int | None
    organo: str | None
    fecha: str | None


@dataclass
class ContenidoActa:
    """Todo lo que dice el acta (lo que la huella protege)."""

    asociacion: str
    titulo: str
    organo: str
    numero: int
    tipo: str
    fecha: str
    hora: str | None
    lugar: str | None
    apertura: str | None
    asistencia_por_pais: dict[str, list[str]] = field(default_factory=dict)
    ausentes: list[str] = field(default_factory=list)
    invitados: list[str] = field(default_factory=list)
    quorum: str = ""
    puntos: list[dict] = field(default_factory=list)
    resoluciones: list[str] = field(default_factory=list)
    cierre: str | None = None
    hora_cierre: str | None = None
    preside: str | None = None
    secretaria: str | None = None


@dataclass
class Acta:
    contenido: ContenidoActa
    estado: str
    huella: str | None
    aprobada_por: str | None
    aprobada_el: str | None
    erratas: list[dict]
    tiene_firmada: bool


def _presente_en_el_acta(h) -> str:
    """«Salto, representada por Ana Pérez (Secretaria) — sin voto: voto suspendido por cuotas impagas»."""
    quien = f"{h.miembro}"
    if h.representante:
        quien = traducir("{0}, representada por {1}").format(quien, h.representante)
    if h.cargo_representante:
        quien += f" ({h.cargo_representante})"
    if not h.con_voto:
        quien = traducir("{0} — sin voto: {1}").format(quien, motivo_sin_voto_escrito(h.motivo_sin_voto).lower())
    return quien


def _ausente_en_el_acta(h, nombres: dict[int, str], presentes_ids: set[int]) -> str:
    if h.poder_a in presentes_ids:  # quien no vota no da poder: ausente, y el poder no vale
        return traducir("{0} ({1}; sin voto: {2}, su poder a {3} no vale)").format(
            h.miembro, traducir(ASISTENCIA[h.estado]).lower(),
            motivo_sin_voto_escrito(h.motivo_sin_voto).lower(), nombres[h.poder_a])
    if not h.con_voto:  # el ausente moroso (o suspendido) también figura sin voto, como el presente
        return traducir("{0} ({1}; sin voto: {2})").format(
            h.miembro, traducir(ASISTENCIA[h.estado]).lower(), motivo_sin_voto_escrito(h.motivo_sin_voto).lower())
    return f"{h.miembro} ({traducir(ASISTENCIA[h.estado]).lower()})"


def _contenido(db: BaseDeDatos, asociacion_id: int, sesion_id: int, borrador: dict | None) -> ContenidoActa:
    from ..datos import asociaciones as tabla_asociaciones

    contexto = Contexto(db, asociacion_id)
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    estado = asistencia(contexto, sesion_id)
    por_pais: dict[str, list[str]] = defaultdict(list)
    ausentes = []
    presentes_ids = {h.miembro_id for h in estado.habilitados if h.estado == "presente"}
    nombres = {h.miembro_id: h.miembro for h in estado.habilitados}
    portadores = portadores_validos(estado.habilitados)
    clave = clave_de_la_asociacion(contexto)   # por país y nombre, en el orden alfabético de la asociación
    for h in sorted(estado.habilitados, key=lambda h: (clave(nombre_pais(h.pais or "")), clave(h.miembro))):
        if h.estado == "presente":
            por_pais[nombre_pais(h.pais or "") or "—"].append(_presente_en_el_acta(h))
        elif representado(h, portadores):
            por_pais[nombre_pais(h.pais or "") or "—"].append(
                traducir("{0}, por poder otorgado a {1}").format(h.miembro, nombres[h.poder_a]))
        elif not h.observador:  # un observador ausente no falta a nada: el acta nombra solo a los que vinieron
            ausentes.append(_ausente_en_el_acta(h, nombres, presentes_ids))
    # Al armar el contenido, no al importar: «escritorio verificar» carga este módulo y no escribe actas
    # (tests/cli/test_arranque_liviano.py).
    from .sala_en_documentos import lo_de_la_sala_en_el_punto, sala_de_la_sesion

    puntos = []
    elecciones = elecciones_de_la_sesion(contexto, sesion_id)
    sobre = frases_de_quien_trata(contexto, sesion_id)   # «Sobre la admisión de: Cusco (PE)»
    sala = sala_de_la_sesion(contexto, sesion_id)         # mociones, enmiendas, sus votaciones y oradores
    for p in orden_del_dia(contexto, sesion_id):
        if p["id"] in elecciones:
            puntos.append({**_punto_de_eleccion(p, elecciones[p["id"]]), **lo_de_la_sala_en_el_punto(sala, p["id"])})
            continue
        votacion = tabla_sesiones.votacion(db, p["id"])
        puntos.append({
            "numeracion": p["numeracion"], "titulo": p["titulo"], "tipo": traducir(TIPOS_PUNTO[p["tipo"]]),
            "resumen": p["resumen"],
            # El resultado, escrito con sus datos en el idioma del acta (servicios.resultados_en_su_idioma).
            "votacion": None if votacion is None else votacion_escrita(votacion),
            "nominales": [] if votacion is None or votacion["metodo"] != "nominal" else
                         [f"{v['miembro']}: {_sentido(v['sentido'])}"
                          for v in por_pais_y_nombre(contexto, tabla_sesiones.votos_nominales(db, votacion["id"]))],
            # La regla de mayoría del punto (con su artículo) y, si se votó con otra, el motivo.
            "regla_mayoria": None if votacion is None else regla_de_la_votacion(
                contexto, sesion["organo_id"], p["tipo_decision"], sesion["fecha"], votacion.get("regla_mayoria")),
            "motivo_mayoria": None if votacion is None else votacion.get("motivo_mayoria"),
            # Si se aprobó, como dato: el texto de la votación está en el idioma del acta.
            "aprobada": None if votacion is None else bool(votacion["aprobada"]),
            # Solo en un punto que nombra a quién admite o excluye (las actas de antes no cambian).
            **({"sobre": sobre[p["id"]]} if p["id"] in sobre else {}),
            # Solo en un punto con mociones u oradores (las actas de antes no cambian).
            **lo_de_la_sala_en_el_punto(sala, p["id"]),
        })
    # En el acta, en el orden en que se adoptaron (la lista general las muestra de la más reciente a la más vieja).
    # Bajo cada resolución, lo que cambió en el registro (una línea por efecto: «— Admite a Rafaela (AR)…»).
    adoptadas = sorted(listar_resoluciones(contexto, sesion_id=sesion_id), key=lambda r: r["id"])
    efectos = efectos_de_varias(contexto, [r["id"] for r in adoptadas])
    resoluciones = ["\n".join([f"{cita_resolucion(r['tipo'], r['numero'], r['anio'], r['organo'])}: {r['titulo']}"
                               + _quienes_firman(contexto, r),
                               *(f"— {e['texto']}" for e in efectos.get(r["id"], []))]) for r in adoptadas]
    borrador = borrador or {}
    return ContenidoActa(
        asociacion=tabla_asociaciones.por_id(db, asociacion_id)["nombre"], titulo=titulo_sesion(sesion),
        organo=sesion["organo"], numero=sesion["numero"], tipo=sesion["tipo"], fecha=sesion["fecha"], hora=sesion["hora"],
        lugar=sesion["lugar"] or sesion["enlace"], apertura=borrador.get("apertura"),
        asistencia_por_pais=dict(por_pais), ausentes=ausentes,
        invitados=[f"{i['nombre']}" + (f" ({i['institucion']})" if i["institucion"] else "") +
                   f", {_calidad(i['calidad'])}" for i in estado.invitados],
        quorum=estado.quorum.enunciado(), puntos=puntos, resoluciones=resoluciones, cierre=borrador.get("cierre"),
        hora_cierre=sesion["hora_cierre"], preside=borrador.get("preside"), secretaria=borrador.get("secretaria"))


def _quienes_firman(contexto: Contexto, r: dict) -> str:
    """De una declaración con firmas: «. Firman: Rosario, Montevideo. Adhieren: Red Andina (red)» (vacío si no las
    tiene; una resolución sin firmas se escribe como siempre, y su huella no cambia)."""
    if r["tipo"] != "declaracion":
        return ""
    quienes = firmantes(contexto, r["id"])
    miembros = [texto_del_firmante(f) for f in quienes if f["tipo"] == "miembro"]
    otros = [texto_del_firmante(f) for f in quienes if f["tipo"] != "miembro"]
    texto = ""
    if miembros:
        texto += ". " + traducir("Firman: {0}").format("; ".join(miembros))
    if otros:
        texto += ". " + traducir("Adhieren sin ser miembros: {0}").format("; ".join(otros))
    return texto


def _sentido(sentido: str | None) -> str:
    """«a favor», «en contra», «abstención» o «no votó»: un voto nominal en el acta, en el idioma en curso."""
    return traducir(SENTIDOS[sentido]).lower() if sentido else traducir("no votó")


def _calidad(calidad: str) -> str:
    """«invitado», «observador»: la calidad de un invitado en el acta, en el idioma en curso."""
    return traducir(CALIDADES_INVITADO[calidad]).lower() if calidad in CALIDADES_INVITADO else calidad


def _punto_de_eleccion(p: dict, eleccion) -> dict:
    """El punto de una elección en el acta: el cargo, el método, el resultado con el recuento y, si fue
    nominal, a quién votó cada miembro."""
    if eleccion.estado == "abierta":
        nombres = ", ".join(c["nombre"] for c in eleccion.candidaturas) or traducir("sin candidaturas")
        texto = traducir("Elección de {0}. Candidaturas: {1}. Sin votación registrada.").format(
            eleccion.descripcion, nombres)
    else:
        texto = traducir("Votación {0}. Elección de {1}. {2}").format(
            traducir(METODOS[eleccion.metodo]).lower(), eleccion.descripcion, eleccion.texto_resultado)
        if eleccion.boleta == "marcas":   # boletas de varios nombres: la forma antes del resultado
            texto = traducir("Votación {0}. Elección de {1}. {2}. {3}").format(
                traducir(METODOS[eleccion.metodo]).lower(), eleccion.descripcion, eleccion.forma_de_boleta,
                eleccion.texto_resultado)
    # La regla de elecciones que pedía el órgano (con su artículo) y, si se votó con una más exigente, cuál y por qué.
    motivo = None
    if eleccion.estado != "abierta" and eleccion.motivo_mayoria:
        motivo = traducir("se aplicó {0}. {1}").format(
            ReglaMayoria(eleccion.mayoria, eleccion.base).describir_en_frase(eleccion=True), eleccion.motivo_mayoria)
    return {"numeracion": p["numeracion"], "titulo": p["titulo"], "tipo": traducir(TIPOS_PUNTO[p["tipo"]]),
            "resumen": p["resumen"], "votacion": texto,
            "nominales": [f"{v['miembro']}: {v['voto']}" for v in _nominales_en_orden(eleccion)],
            "regla_mayoria": eleccion.regla_mayoria if eleccion.estado != "abierta" else None,
            "motivo_mayoria": motivo}


def _nominales_en_orden(eleccion) -> list[dict]:
    """Los votos nominales de una elección agrupables en el acta: primero las candidaturas (de la más votada a
    la menos), después en blanco, abstenciones y quienes no votaron."""
    rango = {c["nombre"]: i for i, c in enumerate(sorted(eleccion.candidaturas, key=lambda c: -(c["votos"] or 0)))}
    # Como los escribe `obtener_eleccion`, en el idioma en curso.
    otros = {traducir(OTROS_VOTOS["blanco"]): 1, traducir(OTROS_VOTOS["abstencion"]): 2}
    return sorted(eleccion.nominales, key=lambda v: (0, rango[v["voto"]]) if v["voto"] in rango
                  else (1, otros.get(v["voto"], 3)))


def huella_del_registro(db: BaseDeDatos, sesion_id: int) -> str:
    """Huella de las filas de la sesión: detecta cambios hechos por fuera de Escritorio (sin pasar por los
    servicios ni por los triggers). No depende de nombres de miembros ni de reglas que cambien después."""
    return hashlib.sha256(repr(tabla_actas.filas_de_la_sesion(db, sesion_id)).encode("utf-8")).hexdigest()


def huella(contenido: ContenidoActa) -> str:
    """SHA-256 del contenido en JSON canónico: cualquier cambio posterior se nota."""
    return hashlib.sha256(json.dumps(asdict(contenido), sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


@en_el_idioma_de_los_documentos
def obtener_acta(contexto: Contexto, sesion_id: int) -> Acta:
    """El acta: la aprobada tal como se aprobó (su copia guardada); el borrador, armado con el registro actual."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    fila = tabla_actas.acta(db, sesion_id)
    if fila is not None and fila["contenido"]:
        try:
            contenido = ContenidoActa(**json.loads(fila["contenido"]))
        except (ValueError, TypeError):  # JSON roto o con campos que un acta no tiene
            raise ErrorEscritorio(traducir(
                "El texto guardado del acta de esta sesión fue cambiado por fuera de Escritorio y ya no se puede leer.")
                + " " + _que_hacer_con_un_acta_alterada()) from None
    else:
        contenido = _contenido(db, asociacion_id, sesion_id, fila)
    if fila is None:
        return Acta(contenido, "borrador", None, None, None, [], False)
    aprobada_por = None
    if fila["aprobada_por"]:
        r = tabla_actas.resolucion_para_citar(db, fila["aprobada_por"])
        aprobada_por = cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"])
    return Acta(contenido, fila["estado"], fila["huella"], aprobada_por, fila["aprobada_el"],
                tabla_actas.erratas(db, fila["id"]), bool(fila["tiene_firmada"]))


class TextosPropuestos(TypedDict):
    """La apertura y el cierre que se proponen (None: falta un dato de la sesión para escribirlo) y qué falta, dicho
    para la secretaría: un texto propuesto nunca lleva «…», que la revisión del borrador rechaza al aprobar."""

    apertura: str | None
    cierre: str | None
    faltan: list[str]


@en_el_idioma_de_los_documentos
def textos_propuestos(contexto: Contexto, sesion_id: int) -> TextosPropuestos:
    """La apertura y el cierre para un acta que todavía no los tiene, con los datos de la sesión, en el idioma de los
    documentos: la secretaría los revisa antes de guardarlos. Sin la hora de la sesión no se propone la apertura, y
    sin su hora de cierre (se registra al marcarla celebrada), el cierre."""
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    lugar = sesion["lugar"] or traducir("modalidad virtual")
    tipo = traducir("sesión extraordinaria") if sesion["tipo"] == "extraordinaria" else traducir("sesión ordinaria")
    fecha = fecha_larga(date.fromisoformat(sesion["fecha"]), con_dia=True)   # «jueves 10 de septiembre de 2026»
    faltan = []
    apertura = cierre = None
    if sesion["hora"]:
        apertura = traducir("En {0}, el {1}, siendo las {2} horas, se reúne en {3} {4}, con la asistencia que se "
                            "detalla a continuación.").format(lugar, fecha, sesion["hora"], tipo,
                                                               el_organo(sesion["organo"]))
    else:
        faltan.append(traducir("Apertura: la sesión no tiene hora de inicio; escríbala en los datos de la sesión y "
                               "vuelva a proponer los textos."))
    if sesion["hora_cierre"]:
        cierre = traducir("No habiendo más asuntos que tratar, se levanta la sesión siendo las {0} horas.").format(
            sesion["hora_cierre"])
    else:
        faltan.append(traducir("Cierre: la sesión todavía no tiene hora de cierre; se propone cuando se registre (al "
                               "marcarla celebrada)."))
    return {"apertura": apertura, "cierre": cierre, "faltan": faltan}


def guardar_borrador(contexto: Contexto, sesion_id: int, *, apertura: str | None = None,
                     cierre: str | None = None, preside: str | None = None, secretaria: str | None = None) -> None:
    db = contexto.db
    exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))   # lo primero que se dice, antes que lo escrito
    revision = Revision()
    apertura = revision.texto(traducir("Apertura"), apertura, maximo=LARGO_DOCUMENTO, multilinea=True,
                              obligatorio=False)
    cierre = revision.texto(traducir("Cierre"), cierre, maximo=LARGO_DOCUMENTO, multilinea=True, obligatorio=False)
    preside = revision.texto(traducir("Preside"), preside, maximo=LARGO_NOMBRE, obligatorio=False)
    secretaria = revision.texto(traducir("Secretaría"), secretaria, maximo=LARGO_NOMBRE, obligatorio=False)
    revision.lanzar(traducir("No se guardó el borrador del acta:"))
    with transaccion(db):   # el estado del acta, con la base tomada: otra ventana pudo aprobarla recién
        exigir_editable(sesion_de_la_asociacion(contexto, sesion_id))
        tabla_actas.guardar_borrador(db, sesion_id, apertura, cierre, preside, secretaria)


def aprobar_acta(contexto: Contexto, sesion_id: int, resolucion_id: int, fecha: date) -> str:
    """El acta queda aprobada por la resolución de su punto de aprobación (de esa sesión o de una posterior:
    servicios.aprobacion_de_actas) y se congela. Devuelve su huella.
    Solo si la sesión está celebrada y el borrador está completo (motivos_para_no_aprobar: ActaNoAprobable), y si la
    resolución es la de un punto que aprueba esta acta (si no, aprobacion_de_actas.ResolucionAjena). Todo lo que
    decide se lee dentro de la transacción que la aprueba; el texto del acta, en el idioma de los documentos."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    campos.fecha(traducir("Fecha de aprobación"), fecha, futura=True)
    with transaccion(db):
        sesion = sesion_de_la_asociacion(contexto, sesion_id)
        motivos = motivos_para_no_aprobar(contexto, sesion_id)
        if motivos:
            raise ActaNoAprobable(traducir("No se aprobó el acta de {0}:").format(titulo_sesion(sesion)) + "\n" +
                                  "\n".join(f"• {m['texto']}" for m in motivos), sesion_id, motivos)
        resolucion = tabla_actas.resolucion_con_fecha_de_sesion(db, asociacion_id, resolucion_id)
        if resolucion is None:
            raise ErrorEscritorio(traducir("La resolución que aprueba el acta no existe en esta asociación."))
        exigir_que_apruebe_esta_acta(contexto, sesion, resolucion)
        if (resolucion["fecha_sesion"], sesion_del_punto(db, resolucion["punto_id"])) < (sesion["fecha"], sesion_id):
            raise ErrorEscritorio(traducir("El acta se aprueba en la misma sesión o en una posterior, no en una "
                                           "anterior."))
        # Aprobar el acta es un acto de la sesión que la aprueba: si seguía «Convocada», queda «Celebrada».
        registrar_acto_del_punto(db, resolucion["punto_id"])
        fila = tabla_actas.acta(db, sesion_id)
        with en_idioma(idioma_del_documento(contexto)):
            contenido = _contenido(db, asociacion_id, sesion_id, fila)
        huella_aprobada = huella(contenido)
        tabla_actas.marcar_acta_aprobada(db, fila["id"], huella_aprobada, resolucion_id, fecha.isoformat(),
                                         json.dumps(asdict(contenido), ensure_ascii=False),
                                         huella_del_registro(db, sesion_id))
    return huella_aprobada


def firmar_acta(contexto: Contexto, sesion_id: int, pdf_firmado: bytes | None = None) -> None:
    """Marca el acta como firmada y, si se da, guarda el PDF escaneado con las firmas."""
    db = contexto.db
    if pdf_firmado is not None and not pdf_firmado.startswith(b"%PDF"):
        raise ErrorEscritorio(traducir("El archivo firmado debe ser un PDF."))
    with transaccion(db):   # leído con la base tomada: otra ventana pudo adjuntar el firmado recién
        sesion_de_la_asociacion(contexto, sesion_id)
        fila = tabla_actas.acta(db, sesion_id)
        if fila is None or fila["estado"] == "borrador":
            raise ErrorEscritorio(traducir("Solo se firma un acta aprobada."))
        if pdf_firmado is not None and fila["tiene_firmada"]:
            raise ErrorEscritorio(traducir("El acta ya tiene su PDF firmado adjunto: no se reemplaza. Si hay un error, "
                                           "regístrelo en una fe de erratas."))
        tabla_actas.marcar_acta_firmada(db, fila["id"], pdf_firmado)


def agregar_fe_de_erratas(contexto: Contexto, sesion_id: int, texto: str) -> None:
    db = contexto.db

    def aprobada() -> dict:
        sesion_de_la_asociacion(contexto, sesion_id)
        fila = tabla_actas.acta(db, sesion_id)
        if fila is None or fila["estado"] == "borrador":
            raise ErrorEscritorio(traducir("Un borrador se corrige directamente; la fe de erratas es para actas "
                                           "aprobadas."))
        return fila

    aprobada()   # lo primero que se dice, antes de revisar el texto
    if not texto or not texto.strip():
        raise ErrorEscritorio(traducir("Escriba el texto de la fe de erratas."))
    texto = campos.texto(traducir("Fe de erratas"), texto, maximo=LARGO_LARGO, multilinea=True)
    with transaccion(db):   # el acta, con la base tomada
        tabla_actas.insertar_fe_de_erratas(db, aprobada()["id"], texto)


# --- integridad de las actas aprobadas -------------------------------------------------------------

TEXTO_ALTERADO, TEXTO_DISTINTO_DE_LA_BITACORA, REGISTRO_ALTERADO = "texto", "bitacora", "registro"


def _texto_coincide(contenido: str | None, huella_guardada: str | None) -> bool:
    """True si el texto guardado del acta (JSON) da exactamente la huella guardada."""
    if not contenido or not huella_guardada:
        return False
    try:
        return huella(ContenidoActa(**json.loads(contenido))) == huella_guardada
    except (ValueError, TypeError):  # JSON roto o con campos que un acta no tiene: cambiado por fuera
        return False


def alteraciones_de_actas(db: BaseDeDatos, sesion_id: int | None = None) -> list[tuple[ActaAprobada, list[str]]]:
    """Las actas aprobadas o firmadas (todas, o la de `sesion_id`) que no coinciden con lo aprobado, con qué
    no coincide:
    - TEXTO_ALTERADO: el texto guardado no da la huella guardada (alguien cambió el texto, o la huella);
    - TEXTO_DISTINTO_DE_LA_BITACORA: lo aprobado (texto, huella, resolución, fecha) no es lo que Escritorio selló
      en la bitácora al aprobarla (alguien cambió texto y huella a la vez), aunque el cambio se haya sellado después
      como incidente, y aunque el incidente se haya reconocido (servicios/congelados.py);
    - REGISTRO_ALTERADO: las filas de la sesión (puntos, asistencia, votos…) cambiaron después de aprobarla.
    Cada acta va con su id, sesion_id, numero y organo, para nombrarla."""
    filas = tabla_actas.actas_aprobadas(db, sesion_id)
    if not filas:
        return []
    from .congelados import alarmas

    cambiadas = {a.fila_id for a in alarmas(db, {"actas": [f["id"] for f in filas]})}
    resultado = []
    for fila in filas:
        motivos = []
        if not _texto_coincide(fila["contenido"], fila["huella"]):
            motivos.append(TEXTO_ALTERADO)
        if fila["id"] in cambiadas:
            motivos.append(TEXTO_DISTINTO_DE_LA_BITACORA)
        if fila["huella_registro"] != huella_del_registro(db, fila["sesion_id"]):
            motivos.append(REGISTRO_ALTERADO)
        if motivos:
            resultado.append(({k: fila[k] for k in ("id", "sesion_id", "numero", "organo", "fecha")}, motivos))
    return resultado


def comprobar_texto_del_acta(db: BaseDeDatos, sesion_id: int) -> None:
    """Antes de imprimir (o enviar, o publicar) un acta: si su texto no es el que se aprobó (no da su huella, o no
    es el que selló Escritorio al aprobarla), no se imprime: el documento llevaría la huella original bajo un texto
    cambiado. Tampoco si algo congelado de su sesión (el acta, sus votaciones, resoluciones o elecciones) ya no es
    lo que se selló al congelarse, o si un incidente sin reconocer toca las filas de la sesión
    (servicios/congelados.py)."""
    for acta, motivos in alteraciones_de_actas(db, sesion_id):
        if TEXTO_ALTERADO in motivos or TEXTO_DISTINTO_DE_LA_BITACORA in motivos:
            raise ErrorEscritorio(traducir(
                "El acta N.º {0} ({1}) fue cambiada por fuera de Escritorio: su texto ya "
                "no es el que se aprobó (no coincide con su huella SHA-256 o con la bitácora). No se imprime, para "
                "no dar por buena una copia alterada.").format(acta["numero"], acta["organo"])
                + " " + _que_hacer_con_un_acta_alterada())
    from .congelados import exigir_intactas, filas_del_acta

    exigir_intactas(db, filas_del_acta(db, sesion_id), traducir("El acta de esta sesión"))


def verificar_acta(contexto: Contexto, sesion_id: int) -> bool:
    """True si el acta guardada y el registro de la sesión coinciden con la huella tomada al aprobarla (y el
    texto es el que selló la bitácora); ver `alteraciones_de_actas`."""
    db = contexto.db
    return not alteraciones_de_actas(db, sesion_id)


def _que_hacer_con_un_acta_alterada() -> str:
    return segun_la_puerta(
        ventana=traducir("Revise la base en el menú Archivo, «Verificar la base…», para ver qué más cambió, y "
                         "restaure el respaldo más reciente que verifique sano (menú Archivo, «Restaurar respaldo…»)."),
        linea=traducir("Corra «escritorio verificar» para ver qué más cambió y restaure el respaldo más reciente que "
                       "verifique sano («escritorio respaldo restaurar»)."))
