"""Los efectos de las resoluciones con los servicios, en SQLite y en PostgreSQL: la admisión de una solicitante, la
exclusión, la reforma registrada después de aprobada el acta (la fila de la resolución queda congelada, el vínculo es
el efecto) y los rechazos que no dejan nada.

La red: cinco ciudades y una Asamblea que integran todos los activos (quórum de la mitad más uno).
"""

from datetime import date, timedelta

import pytest

from ayudas import resolucion_que_aprueba_el_acta
from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.actas import aprobar_acta, guardar_borrador, obtener_acta, verificar_acta
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.efectos import PedidoDeEfectos, efectos_de_la_resolucion, ver_resolucion
from escritorio.servicios.estatutos import CambioArticulo, cargar_norma, listar_reformas, reformar
from escritorio.servicios.ficha import guardar_ficha, obtener_ficha, registrar_solicitud
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, composicion, crear_organo, designar
from escritorio.servicios.sesiones.asistencia import (MarcaAsistencia, asistencia, marcar_celebrada,
                                                      registrar_asistencias)
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.puntos_sobre_miembros import miembros_que_ofrece
from escritorio.servicios.sesiones.puntos import agregar_punto, orden_del_dia
from escritorio.servicios.votaciones import NuevaVotacion, adoptar_resolucion, listar_resoluciones, votar

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

SESION = date(2026, 5, 20)
CIUDADES = [("Rosario", "AR"), ("Paraná", "AR"), ("Córdoba", "AR"), ("Montevideo", "UY"), ("Salto", "UY")]


@pytest.fixture
def red(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    ids = {n: guardar_ficha(contexto, FichaMiembro(nombre=n, pais=p, fecha_ingreso=date(2000, 1, 1)),
                            poblacion=(250_000, 2020, None)) for n, p in CIUDADES}
    asamblea = crear_organo(contexto, NuevoOrgano("Asamblea General", "asamblea"))  # la integran todos los activos
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=ids["Salto"]))
    cargar_norma(contexto, "estatuto", "Estatuto", "Artículo 1\nLa red.\n\nArtículo 2\nLos miembros.\n",
                 date(1995, 1, 1))
    return contexto, asamblea, consejo, ids


def _sesion(contexto, asamblea) -> int:
    sesion = convocar(contexto, asamblea, NuevaSesion(SESION, lugar="Rosario", convocada_el=SESION - timedelta(days=40)))
    con_voto = [h.miembro_id for h in asistencia(contexto, sesion).habilitados if h.con_voto]
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(m, "presente") for m in con_voto])
    return sesion


def _aprobado(contexto, sesion, titulo, decision, a_favor=5, en_contra=0) -> int:
    punto = agregar_punto(contexto, sesion, titulo, "votacion", tipo_decision=decision)
    votar(contexto, punto, NuevaVotacion(a_favor=a_favor, en_contra=en_contra))
    return punto


def test_admision_y_exclusion(db, red):
    contexto, asamblea, consejo, ids = red
    rafaela = registrar_solicitud(contexto, "Rafaela", "AR", fecha=SESION - timedelta(days=30))["id"]
    assert rafaela not in [a.miembro_id for a in composicion(contexto, asamblea, SESION).asientos]
    sesion = _sesion(contexto, asamblea)
    base = asistencia(contexto, sesion).quorum.base
    assert base == 5
    admision = _aprobado(contexto, sesion, "Admisión de Rafaela", "admision")
    exclusion = _aprobado(contexto, sesion, "Exclusión de Salto", "exclusion")
    r1 = adoptar_resolucion(contexto, admision, "resolucion", "Admisión", efectos=PedidoDeEfectos([rafaela]))
    r2 = adoptar_resolucion(contexto, exclusion, "resolucion", "Exclusión", efectos=PedidoDeEfectos(excluye=[ids["Salto"]]))
    manana = SESION + timedelta(days=1)
    estados = {m["id"]: m["estado"] for m in listar_miembros(contexto, al=manana)}
    assert estados[rafaela] == "activo" and estados[ids["Salto"]] == "baja"
    assert {m["id"]: m["estado"] for m in listar_miembros(contexto, al=SESION)}[rafaela] == "solicitante"
    assert asistencia(contexto, sesion).quorum.base == base   # el quórum de la sesión no cambia
    assert ids["Salto"] not in [a.miembro_id for a in composicion(contexto, consejo, manana).asientos]
    assert [e["tipo"] for e in efectos_de_la_resolucion(contexto, r1["id"])] == ["admite"]
    assert [e["tipo"] for e in efectos_de_la_resolucion(contexto, r2["id"])] == ["excluye", "termina_mandato"]
    assert [d["tipo"] for d in obtener_ficha(db, ids["Salto"])["decisiones"]] == ["termina_mandato", "excluye"]  # por fecha
    assert obtener_ficha(db, rafaela)["decisiones"][0]["texto"].startswith(
        "Admitido por Resolución 1/2026 de la Asamblea General (sesión del 20/05/2026), desde el 21/05/2026")


def test_lo_rechazado_no_deja_nada(db, red):
    contexto, asamblea, _, ids = red
    rafaela = registrar_solicitud(contexto, "Rafaela", "AR", fecha=SESION - timedelta(days=30))["id"]
    sesion = _sesion(contexto, asamblea)
    ordinaria = _aprobado(contexto, sesion, "Otro asunto", "ordinaria")
    rechazada = _aprobado(contexto, sesion, "Admisión de Rafaela", "admision", a_favor=1, en_contra=4)
    with pytest.raises(ErrorEscritorio, match="admisión de miembros"):
        adoptar_resolucion(contexto, ordinaria, "resolucion", "x", efectos=PedidoDeEfectos([rafaela]))
    with pytest.raises(ErrorEscritorio, match="rechazada"):
        adoptar_resolucion(contexto, rechazada, "resolucion", "x", efectos=PedidoDeEfectos([rafaela]))
    admision = _aprobado(contexto, sesion, "Admisión de dos", "admision")
    with pytest.raises(ErrorEscritorio, match="no es una ciudad solicitante"):   # la segunda no sirve: ninguna
        adoptar_resolucion(contexto, admision, "resolucion", "x", efectos=PedidoDeEfectos([rafaela, ids["Rosario"]]))
    assert listar_resoluciones(contexto) == []
    assert obtener_ficha(db, rafaela)["fecha_ingreso"] is None
    assert obtener_ficha(db, rafaela)["estados"][0]["estado"] == "solicitante"


def test_reforma_despues_del_acta_aprobada(db, red):
    contexto, asamblea, _, _ = red
    sesion = _sesion(contexto, asamblea)
    punto = _aprobado(contexto, sesion, "Reforma del artículo 2", "reforma_estatuto")
    r = adoptar_resolucion(contexto, punto, "resolucion", "Reforma del artículo 2")
    aprueba = resolucion_que_aprueba_el_acta(contexto, sesion)
    guardar_borrador(contexto, sesion, apertura="Se abre.", cierre="Se cierra.", preside="Rosario", secretaria="Salto")
    marcar_celebrada(contexto, sesion, "13:00")
    aprobar_acta(contexto, sesion, aprueba["id"], SESION)
    huella = obtener_acta(contexto, sesion).huella
    norma = listar_reformas(contexto, 1)[0]["norma_id"]
    reforma = reformar(contexto, norma, date(2026, 7, 1), [CambioArticulo("2", "Los miembros y los solicitantes.")],
                       resolucion_id=r["id"])
    # La resolución, congelada, no cambió: el acta verifica igual; el vínculo se lee por el efecto.
    assert obtener_acta(contexto, sesion).huella == huella and verificar_acta(contexto, sesion)
    assert ver_resolucion(contexto, r["id"])["reforma_id"] == reforma
    assert next(x for x in listar_resoluciones(contexto) if x["id"] == r["id"])["reforma_id"] == reforma
    fila = next(x for x in listar_reformas(contexto, norma) if x["id"] == reforma)
    assert fila["resolucion_id"] == r["id"]
    assert fila["aprobada_por"] == "Resolución 1/2026 de la Asamblea General"
    with pytest.raises(ErrorEscritorio, match="ya adoptó la reforma"):
        reformar(contexto, norma, date(2026, 8, 1), [CambioArticulo("1", "Otra.")], resolucion_id=r["id"])


def test_a_quien_puede_admitir_o_excluir_una_resolucion(db, red):
    """Lo que la ventana ofrece marcar al adoptar la resolución de una admisión o una exclusión (de un punto que no
    nombra a nadie) sale del servicio, con la misma regla que se exige al adoptarla: se admite a las solicitantes y se
    excluye a quien es miembro."""
    contexto, asamblea, _consejo, ids = red
    rafaela = registrar_solicitud(contexto, "Rafaela", "AR", fecha=SESION - timedelta(days=30))["id"]
    sesion = _sesion(contexto, asamblea)
    admision, exclusion = (_aprobado(contexto, sesion, titulo, decision) for titulo, decision in (
        ("Admisión de nuevos miembros", "admision"), ("Exclusión de miembros", "exclusion")))
    puntos = {p["id"]: p for p in orden_del_dia(contexto, sesion)}
    assert [m["id"] for m in miembros_que_ofrece(contexto, puntos[admision])] == [rafaela]
    excluibles = {m["nombre"] for m in miembros_que_ofrece(contexto, puntos[exclusion])}
    assert excluibles == {n for n, _ in CIUDADES} and "Rafaela" not in excluibles


def test_la_regla_de_la_asociacion_para_la_admision_y_el_anio_del_excluido(db, red):
    """Issue 59, punto 5, en los dos motores: la admisión rige cuando dice la asociación, la primera cuota vence tras
    su gracia, y el año del excluido se cobra como dice la asociación (ya emitido, o emitido después)."""
    from escritorio.servicios.cuotas import definir_escala, escala_desde_texto
    from escritorio.servicios.emision_de_cuotas import emitir
    from escritorio.servicios.efectos import avisos_de_admision
    from escritorio.servicios.reglas_de_admision import fijar_reglas_de_admision

    contexto, asamblea, _, ids = red
    definir_escala(contexto, escala_desde_texto(date(2020, 1, 1), "USD", "0:1200", regla_ingreso="prorrateo"))
    fijar_reglas_de_admision(contexto, admision_dias=0, articulo_admision="Estatuto, art. 8", gracia_primera_cuota=30,
                             cuota_exclusion="hasta_el_mes", articulo_exclusion="Estatuto, art. 12")
    emitir(contexto, SESION.year)
    rafaela = registrar_solicitud(contexto, "Rafaela", "AR", poblacion=90_000, anio_poblacion=2020,
                                  fecha=SESION - timedelta(days=30))["id"]
    sesion = _sesion(contexto, asamblea)
    admitida = adoptar_resolucion(contexto, _aprobado(contexto, sesion, "Admisión", "admision"), "resolucion",
                                  "Admisión", efectos=PedidoDeEfectos([rafaela]))
    assert obtener_ficha(db, rafaela)["fecha_ingreso"] == SESION.isoformat()   # el mismo día: 0 días
    assert avisos_de_admision(contexto, admitida["id"]) == [
        "Rafaela es miembro desde el 20/05/2026: la admisión rige el mismo día de la sesión que la decide "
        "(Estatuto, art. 8)."]
    excluida = adoptar_resolucion(contexto, _aprobado(contexto, sesion, "Exclusión", "exclusion"), "resolucion",
                                  "Exclusión", efectos=PedidoDeEfectos(excluye=[ids["Salto"]]))
    [efecto] = [e for e in efectos_de_la_resolucion(contexto, excluida["id"]) if e["tipo"] == "excluye"]
    assert efecto["texto"] == ("Excluye a Salto (UY) desde el 21/05/2026. La cuota 2026 se ajustó hasta el mes de la "
                               "exclusión (5 de 12 meses) (Estatuto, art. 12): de USD 1.200,00 a USD 500,00.")
    emitir(contexto, SESION.year)   # crea la primera cuota de Rafaela, con su gracia
    cargos = {m: (i, v, d) for m, i, v, d in db.execute(
        "SELECT miembro_id, importe, vencimiento, detalle FROM cargos WHERE anio = ?", [SESION.year]).fetchall()}
    assert cargos[rafaela] == (800_00, (SESION + timedelta(days=30)).isoformat(),
                               "Prorrateo: 8 de 12 meses (ingreso 20/05/2026)")
    assert cargos[ids["Salto"]][0] == 500_00
