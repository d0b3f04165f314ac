"""Sesiones, orden del día, asistencia con poderes y quórum, votaciones, resoluciones y actas sobre una base real.

La red de prueba: un Consejo de ocho ciudades (AR, BR, UY); Salto debe dos cuotas y tiene el voto suspendido
(Estatuto, art. 9), así que el Consejo tiene 7 miembros con derecho a voto y el quórum (mitad más uno) es 4.
"""

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from armadas_una_vez import armada_una_vez
from ayudas import RECHAZO_DE_LA_BASE, contar, resolucion_que_aprueba_el_acta
from escritorio.datos import sesiones as tabla_sesiones
from escritorio.datos.conexion import transaccion
from escritorio.dominio.ficha import FichaMiembro
from escritorio.dominio.mayorias import ReglaMayoria
from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.actas import (BORRADOR_INCOMPLETO, NO_CELEBRADA, ActaNoAprobable, agregar_fe_de_erratas,
                                        aprobar_acta, firmar_acta, guardar_borrador, huella, motivos_para_no_aprobar,
                                        obtener_acta, verificar_acta)
from escritorio.servicios.aprobacion_de_actas import ResolucionAjena, agregar_punto_de_aprobacion
from escritorio.servicios.asociaciones import agregar_pais
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, escala_desde_texto, fijar_regla_de_voto
from escritorio.servicios.emision_de_cuotas import emitir
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar, terminar_mandato
from escritorio.servicios.pagos import NuevoPago, registrar_pago
from escritorio.servicios.sesiones import listar_sesiones
from escritorio.servicios.sesiones.asistencia import (MarcaAsistencia, agregar_invitado, asistencia, marcar_celebrada,
                                                      registrar_asistencias)
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, aviso_de_anticipacion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto, orden_del_dia, resumir_punto
from escritorio.servicios.sesiones.reglas import fijar_regla_quorum
from escritorio.servicios.votaciones import NuevaVotacion, adoptar_resolucion, listar_resoluciones, votar

SESION = date(2026, 5, 20)
CIUDADES = [("Rosario", "AR"), ("Paraná", "AR"), ("Córdoba", "AR"), ("Porto Alegre", "BR"), ("Florianópolis", "BR"),
            ("Curitiba", "BR"), ("Montevideo", "UY"), ("Salto", "UY")]
ARTICULO = "Estatuto, art. 15"
CONGELADA = "El acta de esta sesión ya está aprobada: el registro no se modifica."
PDF = b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n"


@dataclass
class Red:
    asociacion: int
    consejo: int
    comision: int
    ids: dict[str, int]
    mandatos: dict[str, int]


def alta(db, asociacion, nombre, pais) -> int:
    contexto = Contexto(db, asociacion)
    return guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=date(2000, 1, 1)),
                         poblacion=(250_000, 2020, "Censo"))


@pytest.fixture
def red(request, db, asociacion_id) -> Red:
    return armada_una_vez(request, db, "test_sesiones_y_actas.red", lambda base: armar_red(base, asociacion_id))


def armar_red(db, asociacion_id) -> Red:
    ids = {nombre: alta(db, asociacion_id, nombre, pais) for nombre, pais in CIUDADES}
    # Cuotas: todas deben 2024 y 2025 (USD 500 cada una); todas pagan menos Salto, que queda suspendida.
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala_desde_texto(date(2002, 1, 1), "USD", "0:100,100000:500"))
    fijar_regla_de_voto(contexto, 2, "Estatuto, art. 9")
    emitir(contexto, 2024)
    emitir(contexto, 2025)
    for nombre, miembro in ids.items():
        if nombre != "Salto":
            registrar_pago(contexto, NuevoPago(miembro, date(2025, 6, 1), "1000.00", "USD"))
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    comision = crear_organo(contexto, NuevoOrgano("Comisión Directiva", "comision_directiva"))
    mandatos = {nombre: designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=m))
                for nombre, m in ids.items()}
    for nombre in ("Rosario", "Porto Alegre", "Montevideo"):
        designar(contexto, comision, NuevoMandato("titular", date(2020, 1, 1), miembro_id=ids[nombre]))
    fijar_regla_quorum(contexto, consejo, ReglaQuorum(articulo=ARTICULO), poderes_maximos=2)
    return Red(asociacion_id, consejo, comision, ids, mandatos)


def sesion(db, red, fecha=SESION, organo=None, **otros) -> int:
    return convocar(Contexto(db, red.asociacion), organo or red.consejo,
                    NuevaSesion(fecha=fecha, lugar="Intendencia de Montevideo", hora="10:00",
                                convocada_el=otros.pop("convocada_el", fecha - timedelta(days=30)), **otros))


def presentes(db, red, sesion_id, *nombres) -> None:
    for nombre in nombres:
        registrar_asistencias(Contexto(db, red.asociacion), sesion_id, [MarcaAsistencia(red.ids[nombre], "presente")])


def con_quorum(db, red, fecha=SESION, organo=None) -> int:
    """Una sesión con cinco presentes con voto (quórum 4 de 7) y Salto presente sin voto."""
    sesion_id = sesion(db, red, fecha, organo)
    nombres = ("Rosario", "Paraná", "Porto Alegre", "Montevideo", "Salto")
    if organo in (None, red.consejo):
        presentes(db, red, sesion_id, *nombres)
    else:
        presentes(db, red, sesion_id, "Rosario", "Porto Alegre", "Montevideo")
    return sesion_id


def punto_aprobado(db, red, sesion_id, titulo="Aprobación del plan de trabajo", a_favor=4, en_contra=0,
                   abstenciones=0) -> int:
    contexto = Contexto(db, red.asociacion)
    punto = agregar_punto(contexto, sesion_id, titulo, "votacion")
    votar(contexto, punto, NuevaVotacion(a_favor=a_favor, en_contra=en_contra, abstenciones=abstenciones))
    return punto


def resolucion(db, red, sesion_id, tipo="resolucion", titulo="Plan de trabajo", a_favor=4) -> dict:
    contexto = Contexto(db, red.asociacion)
    return adoptar_resolucion(contexto, punto_aprobado(db, red, sesion_id, a_favor=a_favor), tipo, titulo)


def aprobacion(db, red, sesion_del_acta, en=None, a_favor=4) -> dict:
    """La resolución del punto «Aprobación del acta» de `sesion_del_acta` (en `en`, o en la misma), votado."""
    return resolucion_que_aprueba_el_acta(Contexto(db, red.asociacion), sesion_del_acta, en=en, a_favor=a_favor)


@pytest.fixture
def aprobada(db, red) -> int:
    """Una sesión con orden del día, una votación nominal, una resolución y su acta aprobada en la misma sesión (con
    la resolución de su punto de aprobación)."""
    sesion_id = con_quorum(db, red)
    contexto = Contexto(db, red.asociacion)
    registrar_asistencias(contexto, sesion_id,
                          [MarcaAsistencia(red.ids["Córdoba"], "ausente", poder_a=red.ids["Rosario"])])
    registrar_asistencias(contexto, sesion_id, [MarcaAsistencia(red.ids["Curitiba"], "excusado")])
    agregar_invitado(contexto, sesion_id, "Ana Pérez", "CEPAL", "observador")
    informe = agregar_punto(contexto, sesion_id, "Informe de la Secretaría", "informativo")
    resumir_punto(contexto, informe, "La Secretaría presentó el informe anual.")
    punto = agregar_punto(contexto, sesion_id, "Presupuesto 2027", "votacion")
    votar(contexto, punto, NuevaVotacion(metodo="nominal", nominales={
        red.ids["Rosario"]: "a_favor", red.ids["Paraná"]: "a_favor", red.ids["Porto Alegre"]: "a_favor",
        red.ids["Montevideo"]: "en_contra", red.ids["Córdoba"]: "abstencion"}))
    adoptar_resolucion(contexto, punto, "resolucion", "Presupuesto 2027")
    r = aprobacion(db, red, sesion_id)
    guardar_borrador(contexto, sesion_id, apertura="Se abre la sesión a las 10:05.",
                     cierre="Se cierra a las 13:00.", preside="Rosario", secretaria="Montevideo")
    marcar_celebrada(contexto, sesion_id, "13:00")
    aprobar_acta(contexto, sesion_id, r["id"], SESION)
    return sesion_id


# --- convocatoria --------------------------------------------------------------------------------------

def test_las_sesiones_se_numeran_por_organo(db, red):
    primera = sesion(db, red, date(2026, 3, 1))
    segunda = sesion(db, red, date(2026, 6, 1))
    de_la_comision = sesion(db, red, date(2026, 4, 1), organo=red.comision)
    tercera = sesion(db, red, date(2026, 9, 1), tipo="extraordinaria")

    contexto = Contexto(db, red.asociacion)
    numeros = {s["id"]: s["numero"] for s in listar_sesiones(contexto)}
    assert (numeros[primera], numeros[segunda], numeros[tercera], numeros[de_la_comision]) == (1, 2, 3, 1)
    titulos = [s["titulo"] for s in listar_sesiones(contexto, red.consejo)]
    assert titulos == ["III sesión extraordinaria — Consejo", "II sesión ordinaria — Consejo",
                       "I sesión ordinaria — Consejo"]


def test_convocatoria_invalida_no_se_guarda(db, red):
    with pytest.raises(ErrorValidacion) as error:
        convocar(Contexto(db, red.asociacion), red.consejo, NuevaSesion(fecha=SESION, tipo="urgente", hora="10h"))
    assert error.value.mensaje.startswith("No se convocó la sesión:")
    assert error.value.problemas == [
        "Tipo de sesión «urgente» desconocido; use ordinaria o extraordinaria.",
        "La hora «10h» debe escribirse HH:MM (por ejemplo 10:00).",
        "Indique el lugar o el enlace de la reunión virtual."]
    assert contar(db, "sesiones") == 0


def test_convocar_un_organo_de_otra_asociacion(db, red):
    with pytest.raises(ErrorEscritorio, match="No existe el órgano 999 en esta asociación."):
        convocar(Contexto(db, red.asociacion), 999, NuevaSesion(fecha=SESION, lugar="Rosario"))


def fijar_anticipacion(db, organo, dias, articulo="Estatuto, art. 18"):
    # Todavía no hay servicio para fijarla (se agrega en paralelo como fijar_convocatoria): SQL directo.
    with transaccion(db):
        db.execute("UPDATE organos SET anticipacion_dias = ?, articulo_convocatoria = ? WHERE id = ?",
                   [dias, articulo, organo])


def test_aviso_de_convocatoria_con_poca_anticipacion(db, red):
    fijar_anticipacion(db, red.consejo, 15)
    tarde = sesion(db, red, convocada_el=SESION - timedelta(days=10))
    justo = sesion(db, red, SESION + timedelta(days=1), convocada_el=SESION - timedelta(days=14))
    de_la_comision = sesion(db, red, organo=red.comision, convocada_el=SESION - timedelta(days=1))

    contexto = Contexto(db, red.asociacion)
    assert aviso_de_anticipacion(contexto, tarde) == (
        "Convocada con 10 días de anticipación; el Estatuto, art. 18 pide 15 días.")
    assert aviso_de_anticipacion(contexto, justo) is None       # 15 días exactos
    assert aviso_de_anticipacion(contexto, de_la_comision) is None  # la Comisión no pide anticipación


def test_aviso_sin_articulo_cita_la_regla_del_organo(db, red):
    fijar_anticipacion(db, red.consejo, 30, articulo=None)
    tarde = sesion(db, red, convocada_el=SESION - timedelta(days=20))
    assert aviso_de_anticipacion(Contexto(db, red.asociacion), tarde) == (
        "Convocada con 20 días de anticipación; la regla del órgano pide 30 días.")


def test_aviso_de_un_dia_en_singular(db, red):
    fijar_anticipacion(db, red.consejo, 15)
    tarde = sesion(db, red, convocada_el=SESION - timedelta(days=1))
    assert aviso_de_anticipacion(Contexto(db, red.asociacion), tarde) == (
        "Convocada con 1 día de anticipación; el Estatuto, art. 18 pide 15 días.")


def test_no_se_convoca_despues_de_la_fecha_de_la_sesion(db, red):
    with pytest.raises(ErrorEscritorio):
        sesion(db, red, convocada_el=SESION + timedelta(days=3))
    assert contar(db, "sesiones") == 0


# --- orden del día -------------------------------------------------------------------------------------

def test_orden_del_dia_numerado_en_arbol(db, red):
    s = sesion(db, red)
    contexto = Contexto(db, red.asociacion)
    uno = agregar_punto(contexto, s, "Informe de la Secretaría", "informativo")
    dos = agregar_punto(contexto, s, "Presupuesto", "votacion")
    agregar_punto(contexto, s, "Informe financiero", padre_id=uno)
    agregar_punto(contexto, s, "Informe de actividades", padre_id=uno)
    agregar_punto(contexto, s, "  Varios  ")

    orden = [(p["numeracion"], p["titulo"]) for p in orden_del_dia(contexto, s)]
    assert orden == [("1", "Informe de la Secretaría"), ("1.1", "Informe financiero"),
                     ("1.2", "Informe de actividades"),
                     ("2", "Presupuesto"), ("3", "Varios")]
    assert tabla_sesiones.punto(db, dos)["tipo"] == "votacion"


def test_tercer_nivel_va_debajo_de_su_padre(db, red):
    s = sesion(db, red)
    contexto = Contexto(db, red.asociacion)
    uno = agregar_punto(contexto, s, "Informes")
    agregar_punto(contexto, s, "Presupuesto")
    uno_uno = agregar_punto(contexto, s, "Informe financiero", padre_id=uno)
    agregar_punto(contexto, s, "Auditoría", padre_id=uno_uno)

    assert [p["numeracion"] for p in orden_del_dia(contexto, s)] == ["1", "1.1", "1.1.1", "2"]


def test_subpunto_de_un_punto_de_otra_sesion_se_rechaza(db, red):
    a, b = sesion(db, red), sesion(db, red, SESION + timedelta(days=60))
    contexto = Contexto(db, red.asociacion)
    ajeno = agregar_punto(contexto, a, "Informes")

    with pytest.raises(ErrorEscritorio):
        agregar_punto(contexto, b, "Subpunto", padre_id=ajeno)
    assert [p["numeracion"] for p in orden_del_dia(contexto, b)] == []


@pytest.mark.parametrize("titulo, tipo, mensaje", [
    ("  ", "deliberativo", "Escriba el título del punto del orden del día."),
    ("Varios", "debate", "Tipo de punto «debate» desconocido; use informativo, deliberativo, votacion, eleccion."),
])
def test_punto_invalido(db, red, titulo, tipo, mensaje):
    s = sesion(db, red)
    with pytest.raises(ErrorEscritorio, match=mensaje):
        agregar_punto(Contexto(db, red.asociacion), s, titulo, tipo)
    assert contar(db, "puntos_orden") == 0


# --- asistencia y quórum -------------------------------------------------------------------------------

def test_el_suspendido_por_cuotas_no_cuenta_para_el_quorum_y_figura_sin_voto(db, red):
    s = sesion(db, red)
    presentes(db, red, s, "Rosario", "Paraná", "Salto")

    estado = asistencia(Contexto(db, red.asociacion), s)
    salto = next(h for h in estado.habilitados if h.miembro_id == red.ids["Salto"])
    assert (salto.con_voto, salto.motivo_sin_voto, salto.estado) == (False, "Voto suspendido por cuotas impagas",
                                                                     "presente")
    assert sum(h.con_voto for h in estado.habilitados) == 7
    assert (estado.quorum.base, estado.quorum.presentes, estado.quorum.requerido, estado.quorum.hay) == (7, 2, 4, False)
    assert estado.quorum.enunciado() == ("Con la presencia de 2 de 7 miembros con derecho a voto no hay quórum: "
                                         f"se requieren 4 ({ARTICULO}).")


def test_si_la_regla_no_suspende_a_los_morosos_cuentan_todos(db, red):
    contexto = Contexto(db, red.asociacion)
    fijar_regla_quorum(contexto, red.consejo, ReglaQuorum(articulo=ARTICULO), poderes_maximos=2,
                       suspende_morosos=False)
    s = sesion(db, red)
    presentes(db, red, s, "Rosario", "Paraná", "Salto")

    estado = asistencia(contexto, s)
    assert all(h.con_voto for h in estado.habilitados)
    assert (estado.quorum.base, estado.quorum.presentes, estado.quorum.requerido) == (8, 3, 5)


def test_los_poderes_cuentan_como_presentes(db, red):
    s = sesion(db, red)
    presentes(db, red, s, "Rosario", "Paraná")
    contexto = Contexto(db, red.asociacion)
    assert not asistencia(contexto, s).quorum.hay

    registrar_asistencias(contexto, s, [MarcaAsistencia(red.ids["Córdoba"], "ausente", poder_a=red.ids["Rosario"])])
    registrar_asistencias(contexto, s, [MarcaAsistencia(red.ids["Curitiba"], "ausente", poder_a=red.ids["Paraná"])])

    quorum = asistencia(contexto, s).quorum
    assert (quorum.presentes, quorum.hay) == (4, True)
    assert quorum.enunciado() == (
        f"Con la presencia de 4 de 7 miembros con derecho a voto se verifica el quórum ({ARTICULO}).")


def test_un_poder_a_un_ausente_no_cuenta(db, red):
    s = sesion(db, red)
    presentes(db, red, s, "Rosario", "Paraná", "Porto Alegre")
    contexto = Contexto(db, red.asociacion)
    registrar_asistencias(contexto, s, [MarcaAsistencia(red.ids["Córdoba"], "ausente", poder_a=red.ids["Curitiba"])])
    assert asistencia(contexto, s).quorum.presentes == 3


def test_el_poder_de_un_suspendido_no_cuenta(db, red):
    s = sesion(db, red)
    presentes(db, red, s, "Rosario", "Paraná", "Porto Alegre")
    contexto = Contexto(db, red.asociacion)
    # Quien no vota no tiene voto que delegar: el poder se rechaza (issue 41) y el quórum no cambia.
    with pytest.raises(ErrorEscritorio, match="quien no vota no puede dar un poder"):
        registrar_asistencias(contexto, s, [MarcaAsistencia(red.ids["Salto"], "ausente", poder_a=red.ids["Rosario"])])
    quorum = asistencia(contexto, s).quorum
    assert (quorum.base, quorum.presentes, quorum.hay) == (7, 3, False)


def test_maximo_de_poderes_por_titular(db, red):
    s = sesion(db, red)
    presentes(db, red, s, "Rosario")
    rosario = red.ids["Rosario"]
    contexto = Contexto(db, red.asociacion)
    registrar_asistencias(contexto, s, [MarcaAsistencia(red.ids["Paraná"], "ausente", poder_a=rosario)])
    registrar_asistencias(contexto, s, [MarcaAsistencia(red.ids["Córdoba"], "excusado", poder_a=rosario)])
    # Volver a registrar a quien ya dio el poder no cuenta como un poder más.
    registrar_asistencias(contexto, s, [MarcaAsistencia(red.ids["Córdoba"], "ausente", poder_a=rosario)])

    with pytest.raises(ErrorEscritorio, match=rf"Ese miembro ya lleva 2 poderes; el máximo es 2 \({ARTICULO}\)\."):
        registrar_asistencias(contexto, s, [MarcaAsistencia(red.ids["Curitiba"], "ausente", poder_a=rosario)])
    assert red.ids["Curitiba"] not in tabla_sesiones.asistencias(db, s)
    assert asistencia(contexto, s).quorum.presentes == 3


def test_varias_marcas_de_asistencia_van_todas_o_ninguna(db, red):
    """Marcar a varios de una vez aplica las mismas reglas que de a uno (el máximo de poderes cuenta los de la misma
    tanda); si una falla, no queda ninguna de la tanda."""
    s = sesion(db, red)
    rosario = red.ids["Rosario"]
    tanda = [MarcaAsistencia(rosario, "presente"),
             MarcaAsistencia(red.ids["Paraná"], "ausente", poder_a=rosario),
             MarcaAsistencia(red.ids["Córdoba"], "ausente", poder_a=rosario),
             MarcaAsistencia(red.ids["Curitiba"], "ausente", poder_a=rosario)]
    contexto = Contexto(db, red.asociacion)
    with pytest.raises(ErrorEscritorio, match=r"Ese miembro ya lleva 2 poderes; el máximo es 2"):
        registrar_asistencias(contexto, s, tanda)
    assert tabla_sesiones.asistencias(db, s) == {}
    registrar_asistencias(contexto, s, tanda[:3])
    assert asistencia(contexto, s).quorum.presentes == 3


@pytest.mark.parametrize("estado, a_quien, mensaje", [
    ("presente", "Rosario", "Un miembro presente no da poder: vota por sí mismo."),
    ("ausente", "Paraná", "Un miembro no puede darse poder a sí mismo."),
    ("tarde", None, "Asistencia «tarde» desconocida; use presente, ausente o excusado."),
])
def test_asistencia_invalida(db, red, estado, a_quien, mensaje):
    s = sesion(db, red)
    with pytest.raises(ErrorEscritorio, match=mensaje):
        registrar_asistencias(Contexto(db, red.asociacion), s, [
            MarcaAsistencia(red.ids["Paraná"], estado, poder_a=red.ids[a_quien] if a_quien else None)])
    assert contar(db, "asistencias") == 0


def test_asistencia_de_quien_no_integra_el_organo_se_rechaza(db, red):
    contexto = Contexto(db, red.asociacion)
    agregar_pais(contexto, "PY", "asociado")
    ajena = alta(db, red.asociacion, "Asunción", "PY")  # miembro de la red, pero no del Consejo
    s = sesion(db, red)
    with pytest.raises(ErrorEscritorio):
        registrar_asistencias(contexto, s, [MarcaAsistencia(ajena, "presente")])
    assert contar(db, "asistencias") == 0


def test_observadores_y_asientos_sin_voto(db, red):
    contexto = Contexto(db, red.asociacion)
    agregar_pais(contexto, "PY", "asociado")
    agregar_pais(contexto, "CL", "observador")
    con_voz = alta(db, red.asociacion, "Asunción", "PY")
    observador = alta(db, red.asociacion, "Santiago", "CL")
    designar(contexto, red.consejo, NuevoMandato("integrante", date(2020, 1, 1), miembro_id=con_voz,
                                                 con_voto=False))
    designar(contexto, red.consejo, NuevoMandato("observador", date(2020, 1, 1), miembro_id=observador))
    s = sesion(db, red)

    estado = asistencia(contexto, s)
    por_id = {h.miembro_id: h for h in estado.habilitados}
    # el observador figura (antes desaparecía de la asistencia: issue 80, §1), sin voto y fuera del quórum
    assert (por_id[observador].con_voto, por_id[observador].observador) == (False, True)
    assert (por_id[con_voz].con_voto, por_id[con_voz].motivo_sin_voto) == (False, "Integra el órgano sin voto")
    assert estado.quorum.base == 7


def test_un_miembro_renovado_el_dia_de_la_sesion_cuenta_una_vez(db, red):
    # El mandato de Rosario termina el día de la sesión y el renovado empieza ese mismo día: un solo voto.
    contexto = Contexto(db, red.asociacion)
    terminar_mandato(contexto, red.mandatos["Rosario"], SESION, "Fin del período")
    designar(contexto, red.consejo, NuevoMandato("presidente", SESION, miembro_id=red.ids["Rosario"]))
    s = sesion(db, red)
    presentes(db, red, s, "Rosario", "Paraná", "Córdoba")

    quorum = asistencia(contexto, s).quorum
    assert (quorum.base, quorum.presentes, quorum.requerido, quorum.hay) == (7, 3, 4, False)


def test_segunda_convocatoria_solo_si_la_regla_la_preve(db, red):
    s = sesion(db, red)
    presentes(db, red, s, "Rosario", "Paraná")
    contexto = Contexto(db, red.asociacion)
    marcar_celebrada(contexto, s, segunda_convocatoria=True)
    assert not asistencia(contexto, s).quorum.hay

    fijar_regla_quorum(contexto, red.consejo, ReglaQuorum(segunda_convocatoria_minutos=30, articulo=ARTICULO))
    quorum = asistencia(contexto, s).quorum
    assert quorum.hay and quorum.segunda_convocatoria


# --- votaciones ------------------------------------------------------------------------------------------

def test_votacion_nominal_cuenta_los_votos_individuales(db, red):
    s = con_quorum(db, red)
    contexto = Contexto(db, red.asociacion)
    registrar_asistencias(contexto, s, [MarcaAsistencia(red.ids["Córdoba"], "ausente", poder_a=red.ids["Rosario"])])
    punto = agregar_punto(contexto, s, "Presupuesto 2027", "votacion")

    votacion = votar(contexto, punto, NuevaVotacion(metodo="nominal", mayoria="absoluta", base="presentes",
                                                    motivo_mayoria="Lo pide el reglamento de presupuesto",
                                                    nominales={red.ids["Rosario"]: "a_favor",
                                                               red.ids["Córdoba"]: "a_favor",
                                                               red.ids["Paraná"]: "a_favor",
                                                               red.ids["Porto Alegre"]: "en_contra",
                                                               red.ids["Montevideo"]: "abstencion"}))

    assert (votacion["a_favor"], votacion["en_contra"], votacion["abstenciones"]) == (3, 1, 1)
    assert (votacion["presentes"], votacion["con_derecho"], votacion["aprobada"]) == (5, 7, 1)
    assert votacion["texto_resultado"] == ("Aprobada: 3 a favor, 1 en contra, 1 abstención; se requerían 3 "
                                           "(más de la mitad de 5 miembros presentes).")
    sentidos = {v["miembro_id"]: v["sentido"] for v in tabla_sesiones.votos_nominales(db, votacion["id"])}
    assert sentidos == {red.ids["Rosario"]: "a_favor", red.ids["Córdoba"]: "a_favor", red.ids["Paraná"]: "a_favor",
                        red.ids["Porto Alegre"]: "en_contra", red.ids["Montevideo"]: "abstencion"}


def test_nominal_quien_no_vota_queda_habilitado_sin_sentido(db, red):
    s = con_quorum(db, red)
    contexto = Contexto(db, red.asociacion)
    punto = agregar_punto(contexto, s, "Sede 2027", "votacion")
    votacion = votar(contexto, punto, NuevaVotacion(metodo="nominal", nominales={
        red.ids["Rosario"]: "a_favor", red.ids["Paraná"]: "en_contra"}))

    assert (votacion["a_favor"], votacion["en_contra"], votacion["abstenciones"], votacion["aprobada"]) == (1, 1, 0, 0)
    sentidos = {v["miembro_id"]: v["sentido"] for v in tabla_sesiones.votos_nominales(db, votacion["id"])}
    assert sentidos[red.ids["Montevideo"]] is None and len(sentidos) == 4


def test_nominal_de_un_suspendido_o_un_ausente_se_rechaza(db, red):
    s = con_quorum(db, red)
    contexto = Contexto(db, red.asociacion)
    punto = agregar_punto(contexto, s, "Presupuesto", "votacion")
    with pytest.raises(ErrorValidacion) as error:
        votar(contexto, punto, NuevaVotacion(metodo="nominal", nominales={
            red.ids["Rosario"]: "a_favor", red.ids["Salto"]: "a_favor", red.ids["Curitiba"]: "en_contra"}))
    assert "2 votos nominales son de miembros sin derecho a voto en esta sesión." in error.value.problemas
    assert contar(db, "votaciones") == 0 and contar(db, "habilitados_votacion") == 0


def test_sentido_nominal_invalido(db, red):
    s = con_quorum(db, red)
    contexto = Contexto(db, red.asociacion)
    punto = agregar_punto(contexto, s, "Presupuesto", "votacion")
    with pytest.raises(ErrorValidacion, match="Cada voto nominal es a_favor, en_contra o abstencion."):
        votar(contexto, punto, NuevaVotacion(metodo="nominal", nominales={red.ids["Rosario"]: "si"}))


def test_mas_votos_que_presentes_se_rechaza(db, red):
    s = con_quorum(db, red)  # 4 presentes con voto (Salto no vota)
    contexto = Contexto(db, red.asociacion)
    punto = agregar_punto(contexto, s, "Presupuesto", "votacion")
    with pytest.raises(ErrorValidacion) as error:
        votar(contexto, punto, NuevaVotacion(a_favor=3, en_contra=1, abstenciones=1))
    assert error.value.problemas == [
        "Hay 5 votos y solo 4 miembros presentes con derecho a voto (contando los poderes)."]
    assert contar(db, "votaciones") == 0

    votacion = votar(contexto, punto, NuevaVotacion(a_favor=3, en_contra=1))
    assert votacion["aprobada"] == 1


def test_sin_quorum_no_se_vota(db, red):
    s = sesion(db, red)
    presentes(db, red, s, "Rosario", "Paraná", "Salto")
    contexto = Contexto(db, red.asociacion)
    punto = agregar_punto(contexto, s, "Presupuesto", "votacion")
    with pytest.raises(ErrorValidacion) as error:
        votar(contexto, punto, NuevaVotacion(a_favor=2))
    assert error.value.problemas == [
        f"No hay quórum para votar: Con la presencia de 2 de 7 miembros con derecho a voto no hay quórum: "
        f"se requieren 4 ({ARTICULO})."]
    assert contar(db, "votaciones") == 0


def test_votos_negativos_y_mayoria_desconocida(db, red):
    s = con_quorum(db, red)
    contexto = Contexto(db, red.asociacion)
    punto = agregar_punto(contexto, s, "Presupuesto", "votacion")
    with pytest.raises(ErrorValidacion) as error:
        votar(contexto, punto, NuevaVotacion(mayoria="unanime", base="todos", a_favor=3, en_contra=-1))
    assert "Los votos no pueden ser negativos." in error.value.problemas
    assert any(p.startswith("Mayoría «unanime» desconocida") for p in error.value.problemas)
    assert any(p.startswith("Base «todos» desconocida") for p in error.value.problemas)


def test_la_votacion_cerrada_no_se_repite(db, red):
    s = con_quorum(db, red)
    punto = punto_aprobado(db, red, s)
    with pytest.raises(ErrorEscritorio, match="Este punto ya fue votado"):
        votar(Contexto(db, red.asociacion), punto, NuevaVotacion(a_favor=0, en_contra=4))
    assert tabla_sesiones.votacion(db, punto)["a_favor"] == 4


def test_los_habilitados_quedan_fotografiados(db, red):
    s = con_quorum(db, red)
    contexto = Contexto(db, red.asociacion)
    registrar_asistencias(contexto, s, [MarcaAsistencia(red.ids["Córdoba"], "ausente", poder_a=red.ids["Rosario"])])
    punto = punto_aprobado(db, red, s, a_favor=5)
    votacion = tabla_sesiones.votacion(db, punto)
    antes = {(v["miembro_id"], v["peso"]) for v in tabla_sesiones.votos_nominales(db, votacion["id"])}
    assert {m for m, _ in antes} == {red.ids[n] for n in
                                     ("Rosario", "Paraná", "Porto Alegre", "Montevideo", "Córdoba")}

    # Después se descubre que el mandato de Paraná había terminado antes de la sesión.
    terminar_mandato(contexto, red.mandatos["Paraná"], SESION - timedelta(days=1), "Renuncia no registrada")

    assert red.ids["Paraná"] not in {h.miembro_id for h in asistencia(contexto, s).habilitados}
    assert {(v["miembro_id"], v["peso"]) for v in tabla_sesiones.votos_nominales(db, votacion["id"])} == antes
    assert (tabla_sesiones.votacion(db, punto)["presentes"], tabla_sesiones.votacion(db, punto)["con_derecho"]) == (5, 7)


# --- resoluciones ----------------------------------------------------------------------------------------

def test_resoluciones_numeradas_por_organo_anio_y_tipo(db, red):
    s1 = con_quorum(db, red, date(2026, 3, 10))
    s2 = con_quorum(db, red, date(2026, 9, 10))
    s3 = con_quorum(db, red, date(2027, 2, 10))
    de_la_comision = con_quorum(db, red, date(2026, 4, 10), organo=red.comision)

    numeros = [resolucion(db, red, s1)["numero"], resolucion(db, red, s1)["numero"],
               resolucion(db, red, s2, "declaracion", "Declaración de Montevideo")["numero"],
               resolucion(db, red, s2)["numero"], resolucion(db, red, s3)["numero"],
               resolucion(db, red, s3, "declaracion", "Declaración de Rosario")["numero"]]
    de_comision = resolucion(db, red, de_la_comision, a_favor=3)["numero"]

    assert numeros == ["Resolución 1/2026", "Resolución 2/2026", "Declaración 1/2026", "Resolución 3/2026",
                       "Resolución 1/2027", "Declaración 1/2027"]
    assert de_comision == "Resolución 1/2026"
    contexto = Contexto(db, red.asociacion)
    assert [r["numeracion"] for r in listar_resoluciones(contexto, red.consejo, sesion_id=s2)] == [
        "Declaración 1/2026", "Resolución 3/2026"]
    assert len(listar_resoluciones(contexto)) == 7


def test_una_mocion_rechazada_no_es_resolucion(db, red):
    s = con_quorum(db, red)
    punto = punto_aprobado(db, red, s, a_favor=1, en_contra=3)
    assert tabla_sesiones.votacion(db, punto)["aprobada"] == 0
    contexto = Contexto(db, red.asociacion)
    with pytest.raises(ErrorEscritorio,
                       match="La moción fue rechazada en la votación: no se adopta como resolución."):
        adoptar_resolucion(contexto, punto, "resolucion", "Plan")
    with pytest.raises(ErrorEscritorio, match="rechazada"):
        adoptar_resolucion(contexto, punto, "declaracion", "Plan")
    assert contar(db, "resoluciones") == 0


def test_resolucion_sin_votacion_o_invalida(db, red):
    s = con_quorum(db, red)
    contexto = Contexto(db, red.asociacion)
    punto = agregar_punto(contexto, s, "Presupuesto", "votacion")
    with pytest.raises(ErrorEscritorio, match="Registre primero la votación de este punto."):
        adoptar_resolucion(contexto, punto, "resolucion", "Presupuesto")
    with pytest.raises(ErrorEscritorio, match="Tipo «ley» desconocido"):
        adoptar_resolucion(contexto, punto, "ley", "Presupuesto")
    with pytest.raises(ErrorEscritorio, match="Escriba el título de la resolución."):
        adoptar_resolucion(contexto, punto, "declaracion", " ")
    # Una declaración puede adoptarse por aclamación, sin votación registrada.
    assert adoptar_resolucion(contexto, punto, "declaracion", "Declaración de Salto",
                              firmantes=[red.ids["Salto"], red.ids["Rosario"]])["numero"] == "Declaración 1/2026"
    assert listar_resoluciones(contexto)[0]["firmantes"] == 2


# --- actas -----------------------------------------------------------------------------------------------

def test_el_acta_en_borrador(db, red):
    s = con_quorum(db, red)
    contexto = Contexto(db, red.asociacion)
    registrar_asistencias(contexto, s, [MarcaAsistencia(red.ids["Córdoba"], "ausente", poder_a=red.ids["Rosario"])])
    registrar_asistencias(contexto, s, [MarcaAsistencia(red.ids["Curitiba"], "excusado")])
    punto = punto_aprobado(db, red, s, "Presupuesto 2027", a_favor=5)
    adoptar_resolucion(contexto, punto, "resolucion", "Presupuesto 2027")

    acta = obtener_acta(contexto, s)
    assert (acta.estado, acta.huella, acta.aprobada_por, acta.erratas, acta.tiene_firmada) == (
        "borrador", None, None, [], False)
    c = acta.contenido
    assert (c.asociacion, c.titulo, c.numero, c.fecha, c.hora) == (
        "Red de Municipios del Litoral", "I sesión ordinaria — Consejo", 1, "2026-05-20", "10:00")
    assert c.quorum == f"Con la presencia de 5 de 7 miembros con derecho a voto se verifica el quórum ({ARTICULO})."
    assert c.asistencia_por_pais["Argentina"] == ["Córdoba, por poder otorgado a Rosario", "Paraná", "Rosario"]
    assert "Salto — sin voto: voto suspendido por cuotas impagas" in c.asistencia_por_pais["Uruguay"]
    assert c.ausentes == ["Curitiba (excusado)", "Florianópolis (ausente)"]
    assert c.puntos[0]["numeracion"] == "1"
    assert c.puntos[0]["votacion"].startswith("Votación a mano alzada. Aprobada: 5 a favor")
    assert c.resoluciones == ["Resolución 1/2026 del Consejo: Presupuesto 2027"]
    assert verificar_acta(contexto, s)


def lista_para_aprobar(db, red, sesion_id) -> None:
    """Lo que el procedimiento pide antes de aprobar un acta: el borrador completo y la sesión celebrada."""
    contexto = Contexto(db, red.asociacion)
    guardar_borrador(contexto, sesion_id, apertura="Se abre la sesión a las 10:05.",
                     cierre="Se levanta la sesión a las 13:00.", preside="Rosario", secretaria="Montevideo")
    marcar_celebrada(contexto, sesion_id, "13:00")


def test_aprobar_sin_borrador_dice_todo_lo_que_falta(db, red):
    """Una sesión sin ningún acto registrado sigue «Convocada»: su acta, aprobada en la sesión siguiente, no se
    aprueba, y el servicio dice todo lo que falta."""
    contexto = Contexto(db, red.asociacion)
    sin_actos = sesion(db, red, SESION - timedelta(days=60))
    s = con_quorum(db, red)
    r = aprobacion(db, red, sin_actos, en=s)
    with pytest.raises(ActaNoAprobable) as error:
        aprobar_acta(contexto, sin_actos, r["id"], SESION)
    mensaje = str(error.value)
    assert "La sesión figura «Convocada», no celebrada: regístrela como celebrada, con su hora de cierre" in mensaje
    assert "Apertura: vacío; Preside: vacío; Secretaría: vacío; Cierre: vacío" in mensaje
    # Issue 42: el servicio dice qué falta sin nombrar botones ni órdenes; cada puerta agrega cómo hacerlo en ella.
    assert "escritorio " not in mensaje and "«Sesión celebrada…»" not in mensaje and "pestaña" not in mensaje
    assert [m["clave"] for m in error.value.motivos] == [NO_CELEBRADA, BORRADOR_INCOMPLETO]
    assert error.value.motivos == motivos_para_no_aprobar(contexto, sin_actos)
    assert obtener_acta(contexto, sin_actos).estado == "borrador"


def test_los_actos_de_la_sesion_la_dejan_celebrada(db, red):
    """Issue 59: la asistencia, las votaciones y las resoluciones son actos de la sesión: el primero la deja
    «Celebrada» (sin hora de cierre, que se anota después) y su acta se aprueba sin marcarla a mano. Issue 13,
    punto 4: una sesión sin actos no aprueba su acta (arriba); la que la aprueba no queda trabada."""
    contexto = Contexto(db, red.asociacion)
    s = sesion(db, red)
    assert tabla_sesiones.sesion(db, s)["estado"] == "convocada"
    presentes(db, red, s, "Rosario")
    assert (tabla_sesiones.sesion(db, s)["estado"], tabla_sesiones.sesion(db, s)["hora_cierre"]) == ("celebrada", None)
    presentes(db, red, s, "Paraná", "Porto Alegre", "Montevideo", "Salto")
    r = aprobacion(db, red, s)
    guardar_borrador(contexto, s, apertura="Se abre la sesión.", cierre="Se levanta la sesión.",
                     preside="Rosario", secretaria="Montevideo")
    assert motivos_para_no_aprobar(contexto, s) == []
    aprobar_acta(contexto, s, r["id"], SESION)
    assert obtener_acta(contexto, s).estado == "aprobada"


@pytest.mark.parametrize("campo, valor, se_ve", [
    ("apertura", "En Rosario, el 20 de mayo de 2026, siendo las … horas, se reúne el Consejo.", "Apertura: todavía dice «…»"),
    ("cierre", "Se levanta la sesión siendo las [hora] horas.", "Cierre: todavía dice «[hora]»"),
    ("preside", "[nombre y cargo]", "Preside: todavía dice «[nombre y cargo]»"),
    ("secretaria", "   ", "Secretaría: vacío"),
])
def test_un_marcador_de_plantilla_impide_aprobar(db, red, campo, valor, se_ve):
    s = con_quorum(db, red)
    r = aprobacion(db, red, s)
    lista_para_aprobar(db, red, s)
    datos = {"apertura": "Se abre la sesión.", "cierre": "Se levanta la sesión.", "preside": "Rosario",
             "secretaria": "Montevideo", campo: valor}
    contexto = Contexto(db, red.asociacion)
    guardar_borrador(contexto, s, **datos)
    assert motivos_para_no_aprobar(contexto, s) != []
    with pytest.raises(ErrorEscritorio, match="borrador del acta está incompleto") as error:
        aprobar_acta(contexto, s, r["id"], SESION)
    assert se_ve in str(error.value) and "no celebrada" not in str(error.value)
    assert obtener_acta(contexto, s).estado == "borrador"


def test_se_aprueba_en_la_misma_sesion(db, red, aprobada):
    contexto = Contexto(db, red.asociacion)
    acta = obtener_acta(contexto, aprobada)
    assert (acta.estado, acta.aprobada_por, acta.aprobada_el) == ("aprobada", "Resolución 2/2026 del Consejo", "2026-05-20")
    assert acta.huella == huella(acta.contenido) and len(acta.huella) == 64
    assert verificar_acta(contexto, aprobada)


def test_se_aprueba_en_una_sesion_posterior_y_no_en_una_anterior(db, red):
    anterior = con_quorum(db, red, date(2026, 3, 1))
    r_anterior = resolucion(db, red, anterior, titulo="Plan anterior")
    s = con_quorum(db, red)
    lista_para_aprobar(db, red, s)
    posterior = con_quorum(db, red, date(2026, 8, 1))
    contexto = Contexto(db, red.asociacion)
    # El punto que aprueba el acta no va en una sesión anterior; una resolución de otra sesión no la aprueba.
    with pytest.raises(ErrorEscritorio, match="se aprueba en esa misma sesión o en una posterior; la I sesión "
                                              "ordinaria — Consejo es del 01/03/2026, anterior."):
        agregar_punto_de_aprobacion(contexto, s, en=anterior)
    with pytest.raises(ResolucionAjena, match="no aprueba esta acta"):
        aprobar_acta(contexto, s, r_anterior["id"], date(2026, 8, 1))
    assert obtener_acta(contexto, s).estado == "borrador"

    r_posterior = aprobacion(db, red, s, en=posterior)
    huella_aprobada = aprobar_acta(contexto, s, r_posterior["id"], date(2026, 8, 1))
    acta = obtener_acta(contexto, s)
    assert (acta.estado, acta.huella, acta.aprobada_por) == ("aprobada", huella_aprobada, "Resolución 2/2026 del Consejo")
    with pytest.raises(ErrorEscritorio, match="El acta ya está aprobada."):
        aprobar_acta(contexto, s, r_posterior["id"], date(2026, 8, 1))


def test_no_se_aprueba_con_una_sesion_anterior_del_mismo_dia(db, red):
    manana = con_quorum(db, red)
    tarde = con_quorum(db, red)  # II sesión, el mismo día
    lista_para_aprobar(db, red, tarde)
    with pytest.raises(ErrorEscritorio, match="anterior"):
        agregar_punto_de_aprobacion(Contexto(db, red.asociacion), tarde, en=manana)
    assert contar(db, "puntos_aprobacion_acta") == 0


def test_resolucion_inexistente_no_aprueba(db, red):
    s = con_quorum(db, red)
    lista_para_aprobar(db, red, s)
    with pytest.raises(ErrorEscritorio, match="La resolución que aprueba el acta no existe en esta asociación."):
        aprobar_acta(Contexto(db, red.asociacion), s, 999, SESION)


@pytest.mark.parametrize("accion", [
    lambda db, a, s, p: agregar_punto(Contexto(db, a), s, "Punto nuevo"),
    lambda db, a, s, p: resumir_punto(Contexto(db, a), p, "Otro resumen."),
    lambda db, a, s, p: registrar_asistencias(Contexto(db, a), s, [MarcaAsistencia(p + 10_000, "presente")]),
    lambda db, a, s, p: agregar_invitado(Contexto(db, a), s, "Otro invitado"),
    lambda db, a, s, p: marcar_celebrada(Contexto(db, a), s, "14:00"),
    lambda db, a, s, p: guardar_borrador(Contexto(db, a), s, apertura="Otra apertura."),
    lambda db, a, s, p: votar(Contexto(db, a), p, NuevaVotacion(a_favor=1)),
    lambda db, a, s, p: adoptar_resolucion(Contexto(db, a), p, "declaracion", "Otra"),
], ids=["punto", "resumen", "asistencia", "invitado", "celebrada", "borrador", "votar", "resolucion"])
def test_el_servicio_rechaza_cambios_al_acta_aprobada(db, red, aprobada, accion):
    contexto = Contexto(db, red.asociacion)
    punto = orden_del_dia(contexto, aprobada)[0]["id"]
    huella_aprobada = obtener_acta(contexto, aprobada).huella
    with pytest.raises(ErrorEscritorio, match=CONGELADA):
        accion(db, red.asociacion, aprobada, punto)
    assert obtener_acta(contexto, aprobada).huella == huella_aprobada
    assert verificar_acta(contexto, aprobada)


@pytest.mark.parametrize("sql", [
    "UPDATE puntos_orden SET titulo = 'Otro' WHERE sesion_id = :s",
    "UPDATE puntos_orden SET resumen = 'Otro resumen' WHERE sesion_id = :s",
    "DELETE FROM puntos_orden WHERE sesion_id = :s",
    "INSERT INTO puntos_orden (sesion_id, orden, titulo) VALUES (:s, 9, 'Agregado')",
    "UPDATE asistencias SET estado = 'ausente' WHERE sesion_id = :s",
    "DELETE FROM asistencias WHERE sesion_id = :s",
    "UPDATE invitados SET nombre = 'Otro' WHERE sesion_id = :s",
    "UPDATE votaciones SET a_favor = 0, aprobada = 0 "
    "WHERE punto_id IN (SELECT id FROM puntos_orden WHERE sesion_id = :s)",
    "DELETE FROM votaciones WHERE punto_id IN (SELECT id FROM puntos_orden WHERE sesion_id = :s)",
    "UPDATE habilitados_votacion SET sentido = 'en_contra'",
    "UPDATE resoluciones SET titulo = 'Otro título'",
    "UPDATE sesiones SET lugar = 'Otro lugar' WHERE id = :s",
    "DELETE FROM sesiones WHERE id = :s",
    "UPDATE actas SET apertura = 'Otra apertura' WHERE sesion_id = :s",
    "UPDATE actas SET huella = 'x' WHERE sesion_id = :s",
    "UPDATE actas SET estado = 'borrador', huella = NULL WHERE sesion_id = :s",
    "DELETE FROM actas WHERE sesion_id = :s",
])
def test_la_base_rechaza_cambios_al_acta_aprobada(db, red, aprobada, sql):
    with pytest.raises(RECHAZO_DE_LA_BASE, match="aprobada"):
        db.execute(sql, {"s": aprobada})
    db.conn.rollback()
    assert verificar_acta(Contexto(db, red.asociacion), aprobada)


@pytest.mark.parametrize("sql", [
    "UPDATE puntos_orden SET sesion_id = :s WHERE sesion_id = :otra",
    "UPDATE asistencias SET sesion_id = :s WHERE sesion_id = :otra AND miembro_id = :florianopolis",
    "UPDATE actas SET sesion_id = :otra WHERE sesion_id = :s",
], ids=["punto", "asistencia", "acta"])
def test_la_base_rechaza_mover_filas_hacia_o_desde_el_acta_aprobada(db, red, aprobada, sql):
    otra = con_quorum(db, red, date(2026, 8, 1))
    contexto = Contexto(db, red.asociacion)
    registrar_asistencias(contexto, otra,
                          [MarcaAsistencia(red.ids["Florianópolis"], "presente")])  # ausente en la aprobada
    agregar_punto(contexto, otra, "Punto de otra sesión")
    guardar_borrador(contexto, otra, apertura="Otra.")
    db.execute("DELETE FROM actas WHERE sesion_id = :otra", {"otra": otra})  # el acta de la otra sesión no existe
    db.conn.commit()

    with pytest.raises(RECHAZO_DE_LA_BASE):
        db.execute(sql, {"s": aprobada, "otra": otra, "florianopolis": red.ids["Florianópolis"]})
    db.conn.rollback()
    assert verificar_acta(contexto, aprobada)


@pytest.mark.parametrize("sql", [
    "UPDATE fe_de_erratas SET texto = 'Nada que corregir'",
    "DELETE FROM fe_de_erratas",
])
def test_la_fe_de_erratas_de_un_acta_aprobada_no_se_borra_ni_se_cambia(db, red, aprobada, sql):
    contexto = Contexto(db, red.asociacion)
    agregar_fe_de_erratas(contexto, aprobada, "Donde dice «10:05» debe decir «10:15».")
    with pytest.raises(RECHAZO_DE_LA_BASE):
        db.execute(sql)
    db.conn.rollback()
    assert [e["texto"] for e in obtener_acta(contexto, aprobada).erratas] == [
        "Donde dice «10:05» debe decir «10:15»."]


def test_la_sesion_de_un_acta_en_borrador_se_corrige_libremente(db, red):
    s = con_quorum(db, red)
    guardar_borrador(Contexto(db, red.asociacion), s, apertura="Apertura.")
    db.execute("UPDATE sesiones SET lugar = 'Otro lugar' WHERE id = ?", [s])
    db.execute("DELETE FROM asistencias WHERE sesion_id = ?", [s])
    db.conn.commit()
    assert tabla_sesiones.asistencias(db, s) == {}


def saltear_trigger(db, nombre, sql, parametros):
    """Simula una manipulación por fuera del programa: quita el trigger y toca la base (en el servidor, quien puede
    apagar triggers: el dueño de las tablas)."""
    if db.dialecto == "postgresql":
        tabla = db.execute("SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = ?", [nombre]).fetchone()[0]
        db.execute(f"ALTER TABLE {tabla} DISABLE TRIGGER {nombre}")
    else:
        db.execute(f"DROP TRIGGER {nombre}")
    db.execute(sql, parametros)
    db.conn.commit()


def test_verificar_detecta_un_cambio_por_fuera_de_los_triggers(db, red, aprobada):
    contexto = Contexto(db, red.asociacion)
    assert verificar_acta(contexto, aprobada)
    saltear_trigger(db, "votaciones_congelado_update",
                    "UPDATE votaciones SET texto_resultado = 'Rechazada.' WHERE punto_id IN "
                    "(SELECT id FROM puntos_orden WHERE sesion_id = ?)", [aprobada])
    assert not verificar_acta(contexto, aprobada)


@pytest.mark.parametrize("trigger, sql", [
    ("puntos_orden_congelado_update",
     "UPDATE puntos_orden SET resumen = 'Informe nunca presentado.' WHERE sesion_id = ?"),
    ("asistencias_congelado_delete", "DELETE FROM asistencias WHERE sesion_id = ? AND estado = 'excusado'"),
    ("actas_congeladas", "UPDATE actas SET apertura = 'Se abre a las 12:00.' WHERE sesion_id = ?"),
    ("sesiones_congelado_update", "UPDATE sesiones SET lugar = 'Asunción' WHERE id = ?"),
])
def test_verificar_detecta_otras_manipulaciones(db, red, aprobada, trigger, sql):
    saltear_trigger(db, trigger, sql, [aprobada])
    assert not verificar_acta(Contexto(db, red.asociacion), aprobada)


def test_cambiar_la_regla_de_quorum_despues_no_altera_un_acta_aprobada(db, red, aprobada):
    contexto = Contexto(db, red.asociacion)
    antes = obtener_acta(contexto, aprobada).contenido
    # El Consejo reforma su quórum para las sesiones futuras.
    fijar_regla_quorum(contexto, red.consejo,
                       ReglaQuorum(2, 3, mas_uno=False, articulo="Estatuto, art. 15 (reformado)"), poderes_maximos=1)

    assert obtener_acta(contexto, aprobada).contenido.quorum == antes.quorum
    assert verificar_acta(contexto, aprobada)


def test_renombrar_un_miembro_despues_no_altera_un_acta_aprobada(db, red, aprobada):
    contexto = Contexto(db, red.asociacion)
    antes = obtener_acta(contexto, aprobada).contenido
    guardar_ficha(contexto,
                  FichaMiembro(nombre="Rosario (Santa Fe)", pais="AR", fecha_ingreso=date(2000, 1, 1)),
                  miembro_id=red.ids["Rosario"])

    assert obtener_acta(contexto, aprobada).contenido.asistencia_por_pais == antes.asistencia_por_pais
    assert verificar_acta(contexto, aprobada)


def test_fe_de_erratas_solo_para_actas_aprobadas(db, red, aprobada):
    borrador = con_quorum(db, red, date(2026, 8, 1))
    contexto = Contexto(db, red.asociacion)
    guardar_borrador(contexto, borrador, apertura="Apertura.")
    with pytest.raises(ErrorEscritorio,
                       match="Un borrador se corrige directamente; la fe de erratas es para actas aprobadas."):
        agregar_fe_de_erratas(contexto, borrador, "Corrección.")
    with pytest.raises(ErrorEscritorio, match="Escriba el texto de la fe de erratas."):
        agregar_fe_de_erratas(contexto, aprobada, "   ")

    agregar_fe_de_erratas(contexto, aprobada, "  Donde dice «10:05» debe decir «10:15».  ")

    acta = obtener_acta(contexto, aprobada)
    assert [e["texto"] for e in acta.erratas] == ["Donde dice «10:05» debe decir «10:15»."]
    assert acta.contenido.apertura == "Se abre la sesión a las 10:05."  # el acta no cambia
    assert verificar_acta(contexto, aprobada)
    assert contar(db, "fe_de_erratas") == 1


def test_firmar_el_acta_con_el_pdf(db, red, aprobada):
    borrador = con_quorum(db, red, date(2026, 8, 1))
    contexto = Contexto(db, red.asociacion)
    guardar_borrador(contexto, borrador, apertura="Apertura.")
    with pytest.raises(ErrorEscritorio, match="Solo se firma un acta aprobada."):
        firmar_acta(contexto, borrador, PDF)
    for basura in (b"PK\x03\x04word", b"", b"<html>%PDF</html>"):
        with pytest.raises(ErrorEscritorio, match="El archivo firmado debe ser un PDF."):
            firmar_acta(contexto, aprobada, basura)
    assert obtener_acta(contexto, aprobada).estado == "aprobada"

    firmar_acta(contexto, aprobada, PDF)

    acta = obtener_acta(contexto, aprobada)
    assert (acta.estado, acta.tiene_firmada) == ("firmada", True)
    assert db.execute("SELECT firmada_pdf FROM actas WHERE sesion_id = ?", [aprobada]).fetchone()[0] == PDF
    assert verificar_acta(contexto, aprobada)
    with pytest.raises(RECHAZO_DE_LA_BASE, match="aprobada"):
        db.execute("UPDATE actas SET estado = 'aprobada' WHERE sesion_id = ?", [aprobada])
    db.conn.rollback()

    # El PDF firmado ya adjunto no se reemplaza: ni por el servicio ni por SQL directo.
    otro = PDF.replace(b"<< >>", b"<< /Otro 1 >>", 1)
    with pytest.raises(ErrorEscritorio, match="ya tiene su PDF firmado adjunto: no se reemplaza"):
        firmar_acta(contexto, aprobada, otro)
    for sql, parametros in (("UPDATE actas SET firmada_pdf = ? WHERE sesion_id = ?", [b"%PDF-", aprobada]),
                            ("UPDATE actas SET firmada_pdf = NULL WHERE sesion_id = ?", [aprobada])):
        with pytest.raises(RECHAZO_DE_LA_BASE, match="no se reemplaza ni se quita"):
            db.execute(sql, parametros)
        db.conn.rollback()
    firmar_acta(contexto, aprobada)  # volver a marcarla firmada sin PDF no toca el adjunto
    assert db.execute("SELECT firmada_pdf FROM actas WHERE sesion_id = ?", [aprobada]).fetchone()[0] == PDF


def test_firmar_sin_pdf_marca_firmada(db, red, aprobada):
    contexto = Contexto(db, red.asociacion)
    firmar_acta(contexto, aprobada)
    acta = obtener_acta(contexto, aprobada)
    assert (acta.estado, acta.tiene_firmada) == ("firmada", False)


def test_el_acta_aprobada_con_votacion_nominal(db, red, aprobada):
    c = obtener_acta(Contexto(db, red.asociacion), aprobada).contenido
    informe, presupuesto, aprobacion_del_acta = c.puntos
    assert (aprobacion_del_acta["numeracion"], aprobacion_del_acta["titulo"]) == ("3", "Aprobación del acta")
    assert (informe["numeracion"], informe["tipo"], informe["resumen"], informe["votacion"]) == (
        "1", "Informativo", "La Secretaría presentó el informe anual.", None)
    assert presupuesto["votacion"] == ("Votación nominal. Aprobada: 3 a favor, 1 en contra, 1 abstención; "
                                       "mayoría simple: más votos a favor que en contra, sin contar las "
                                       "abstenciones.")
    assert presupuesto["regla_mayoria"] == "Mayoría simple: más votos a favor que en contra, sin contar las abstenciones"
    assert presupuesto["motivo_mayoria"] is None
    assert sorted(presupuesto["nominales"]) == ["Córdoba: abstención", "Montevideo: en contra", "Paraná: a favor",
                                                "Porto Alegre: a favor", "Rosario: a favor"]
    assert c.invitados == ["Ana Pérez (CEPAL), observador"]
    assert (c.preside, c.secretaria, c.hora_cierre) == ("Rosario", "Montevideo", "13:00")


def test_el_texto_del_acta_se_guarda_literal(db, red):
    s = con_quorum(db, red)
    raro = 'Apertura <b>oficial</b> & "bienvenida" de l\'Intendente: 3 < 5 &amp; 5 > 3'
    contexto = Contexto(db, red.asociacion)
    punto = agregar_punto(contexto, s, 'Convenio "Ciudades & Puertos" <2027>')
    resumir_punto(contexto, punto, "Se discutió el <anexo> & sus 'condiciones'.")
    guardar_borrador(contexto, s, apertura=raro, cierre="Fin & cierre", preside='María "Mari" López',
                     secretaria="<secretaría>")

    c = obtener_acta(contexto, s).contenido
    assert c.apertura == raro
    assert (c.cierre, c.preside, c.secretaria) == ("Fin & cierre", 'María "Mari" López', "<secretaría>")
    assert c.puntos[0]["titulo"] == 'Convenio "Ciudades & Puertos" <2027>'
    assert c.puntos[0]["resumen"] == "Se discutió el <anexo> & sus 'condiciones'."


# --- reglas por tipo de decisión y la red de ejemplo -------------------------------------------------------

def test_la_regla_del_tipo_de_decision_rige_el_quorum_de_su_punto(db, red):
    contexto = Contexto(db, red.asociacion)
    fijar_regla_quorum(contexto, red.consejo,
                       ReglaQuorum(2, 3, mas_uno=False, articulo="Estatuto, art. 20", tipo_decision="reforma_estatuto"),
                       mayoria=ReglaMayoria("dos_tercios", "con_derecho", "Estatuto, art. 20"))
    s = con_quorum(db, red)  # 4 de 7: hay quórum ordinario, no el de dos tercios (5)
    reforma = agregar_punto(contexto, s, "Reforma del estatuto", "votacion", tipo_decision="reforma_estatuto")

    quorum = asistencia(contexto, s, "reforma_estatuto").quorum
    assert (quorum.base, quorum.presentes, quorum.requerido, quorum.hay) == (7, 4, 5, False)
    assert asistencia(contexto, s, "otra_cosa").quorum.requerido == 4  # sin regla propia: la ordinaria
    with pytest.raises(ErrorValidacion, match="se requieren 5 \\(Estatuto, art. 20\\)"):
        votar(contexto, reforma, NuevaVotacion(a_favor=4))

    registrar_asistencias(contexto, s, [MarcaAsistencia(red.ids["Córdoba"], "presente")])
    votacion = votar(contexto, reforma, NuevaVotacion(a_favor=5))  # la mayoría y la base, de la regla
    assert votacion["aprobada"] == 1 and votacion["texto_resultado"].endswith(
        "se requerían 5 (dos tercios de 7 miembros con derecho a voto).")
    assert votacion["regla_mayoria"] == "Dos tercios de los miembros con derecho a voto (Estatuto, art. 20)"
    assert votacion["motivo_mayoria"] is None


def test_quorum_en_la_red_de_ejemplo(demo_como):
    from escritorio.servicios.base import abrir_base, hoy
    from escritorio.servicios.cobranza import sin_derecho_a_voto
    from escritorio.servicios.organos import composicion, listar_organos

    db = abrir_base(demo_como("red.db"))  # la red de ejemplo, armada una vez en la corrida
    asociacion = db.execute("SELECT id FROM asociaciones").fetchone()[0]
    contexto = Contexto(db, asociacion)
    organos = {o["tipo"]: o["id"] for o in listar_organos(contexto)}
    fecha = hoy()
    suspendidos = sin_derecho_a_voto(contexto, fecha)
    assert suspendidos  # la red de ejemplo tiene morosos con el voto suspendido

    # Asamblea: todos los activos; los suspendidos no cuentan para el quórum.
    asamblea = convocar(contexto, organos["asamblea"], NuevaSesion(fecha=fecha, lugar="Montevideo",
                                                                   convocada_el=fecha))
    asientos = {a.miembro_id for a in composicion(contexto, organos["asamblea"], fecha).asientos
                if a.miembro_id and a.con_voto and a.cargo != "observador"}
    estado = asistencia(contexto, asamblea)
    assert estado.quorum.base == len(asientos - suspendidos)
    assert {h.miembro_id for h in estado.habilitados if not h.con_voto} >= (asientos & suspendidos)
    votantes = sorted(asientos - suspendidos)
    # Una marca por miembro, en una sola llamada (como la ventana marca varios de una vez): la composición de la
    # asamblea, todo el padrón, se calcula una vez y no una por marca.
    registrar_asistencias(contexto, asamblea, [MarcaAsistencia(m, "presente")
                                               for m in votantes[:estado.quorum.requerido - 1]])
    registrar_asistencias(contexto, asamblea, [MarcaAsistencia(m, "presente") for m in sorted(asientos & suspendidos)])
    assert not asistencia(contexto, asamblea).quorum.hay  # los suspendidos presentes no completan el quórum
    registrar_asistencias(contexto, asamblea, [MarcaAsistencia(votantes[-1], "presente")])
    assert asistencia(contexto, asamblea).quorum.hay

    # Consejo: 14 electas y 3 de oficio (Estatuto, art. 13); en segunda convocatoria sesiona con los presentes.
    consejo = convocar(contexto, organos["consejo"],
                       NuevaSesion(fecha=fecha, lugar="Rosario", convocada_el=fecha))
    estado = asistencia(contexto, consejo)
    assert len(estado.habilitados) == 17
    for h in [h for h in estado.habilitados if h.con_voto][:3]:
        registrar_asistencias(contexto, consejo, [MarcaAsistencia(h.miembro_id, "presente")])
    assert not asistencia(contexto, consejo).quorum.hay
    marcar_celebrada(contexto, consejo, segunda_convocatoria=True)
    quorum = asistencia(contexto, consejo).quorum
    assert quorum.hay and quorum.segunda_convocatoria
    assert quorum.enunciado().startswith("En segunda convocatoria, con la presencia de 3 de ")


def test_dos_organos_con_su_resolucion_1_de_2026_se_citan_con_su_organo(db, destino, red, cli, tmp_path):
    """Issue 13, punto 4: el Consejo y la Comisión Directiva tienen cada uno su «Resolución 1/2026». El acta,
    la constancia de aprobación y la CLI las citan con su órgano, para que no se confundan."""
    consejo = con_quorum(db, red)
    r_consejo = resolucion(db, red, consejo, titulo="Plan de trabajo del Consejo")
    comision = con_quorum(db, red, date(2026, 6, 2), organo=red.comision)
    r_comision = resolucion(db, red, comision, titulo="Agenda de la Comisión", a_favor=3)
    assert r_consejo["numero"] == r_comision["numero"] == "Resolución 1/2026"   # la misma numeración, por órgano
    lista_para_aprobar(db, red, comision)
    contexto = Contexto(db, red.asociacion)
    r_acta = resolucion_que_aprueba_el_acta(contexto, comision, a_favor=3, titulo="Aprueba el acta")
    aprobar_acta(contexto, comision, r_acta["id"], date(2026, 6, 2))

    acta_consejo = obtener_acta(contexto, consejo)
    assert acta_consejo.contenido.resoluciones == ["Resolución 1/2026 del Consejo: Plan de trabajo del Consejo"]
    acta_comision = obtener_acta(contexto, comision)
    assert acta_comision.contenido.resoluciones == ["Resolución 1/2026 de la Comisión Directiva: Agenda de la Comisión",
                                                    "Resolución 2/2026 de la Comisión Directiva: Aprueba el acta"]
    assert acta_comision.aprobada_por == "Resolución 2/2026 de la Comisión Directiva"

    db.close()
    salida = cli("resoluciones", "listar", db=destino)
    assert salida.returncode == 0, salida.stderr
    assert "Resolución 1/2026 del Consejo" in salida.stdout
    assert "Resolución 1/2026 de la Comisión Directiva" in salida.stdout
    import json
    citas = {r["cita"] for r in json.loads(cli("resoluciones", "listar", "--json", db=destino).stdout)}
    assert citas == {"Resolución 1/2026 del Consejo", "Resolución 1/2026 de la Comisión Directiva",
                     "Resolución 2/2026 de la Comisión Directiva"}


def test_si_se_aprobo_una_votacion_lo_dice_el_dato_aunque_el_texto_este_en_portugues(db, red):
    """Si se aprobó una votación cerrada, la ventana (el editor de sesión) lo pregunta al servicio
    (servicios.resultados_en_su_idioma.votacion_mostrada), que lo dice por el dato guardado y no leyendo su texto:
    con la ventana en portugués el texto dice «Aprovada»/«Rejeitada» y el dato es el mismo."""
    from escritorio.idiomas.traduccion import en_idioma
    from escritorio.servicios.resultados_en_su_idioma import votacion_mostrada

    contexto = Contexto(db, red.asociacion)
    sesion_id = con_quorum(db, red)
    aprobado = punto_aprobado(db, red, sesion_id)
    rechazado = punto_aprobado(db, red, sesion_id, titulo="Cambio de sede", a_favor=1, en_contra=3)
    with en_idioma("pt"):
        si, no = votacion_mostrada(contexto, aprobado), votacion_mostrada(contexto, rechazado)
    assert si["aprobada"] is True and si["texto"].startswith("Aprovada")
    assert no["aprobada"] is False and no["texto"].startswith("Rejeitada")
    assert votacion_mostrada(contexto, aprobado)["texto"].startswith("Aprobada")   # en castellano, el mismo dato
