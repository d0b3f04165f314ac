"""Las elecciones leen la regla del tipo «eleccion» del órgano, y su base (blancos y nulos) la elige el estatuto
(issue #41, §1). Sobre la red de ejemplo: la Asamblea General de Socios en una sesión extraordinaria, con todos los
miembros con voto presentes.

El caso del issue: con la regla «dos tercios de los presentes», una candidatura cerrada por mayoría simple y sin
motivo salía electa. Y A 7, B 5, 2 en blanco, 1 nulo con mayoría absoluta: con la base de siempre (candidaturas +
blancos = 14) nadie resulta electo; con «votos válidos» (12) A es electa (7 > 6); con «todos» (15), segunda vuelta.
"""

from datetime import timedelta

import pytest

from escritorio.dominio.mayorias import ReglaMayoria
from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.errores import ErrorValidacion
from escritorio.servicios.actas import guardar_borrador, obtener_acta
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.elecciones import NuevaEleccion, agregar_candidatura, definir_eleccion, obtener_eleccion
from escritorio.servicios.recuento_de_eleccion import Recuento, cerrar_eleccion
from escritorio.servicios.informes_sesiones import imprimir_acta
from escritorio.servicios.organos import listar_organos
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, asistencia, registrar_asistencias
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto
from escritorio.servicios.sesiones.reglas import fijar_regla_quorum

# El estatuto de la demo no dice nada de elecciones (rige su art. 20, mayoría simple): un reglamento lo fija aquí.
ARTICULO = "Reglamento de elecciones, art. 3"


def _eleccion(db, regla: ReglaMayoria, titulo: str = "Elección de la Presidencia"):
    """(contexto, punto, candidaturas A y B, sesión): la Asamblea con `regla` para elecciones y todos presentes."""
    contexto = Contexto(db, listar_asociaciones(db)[0]["id"])
    organos = {o["nombre"]: o["id"] for o in listar_organos(contexto)}
    asamblea = organos["Asamblea General de Socios"]
    fijar_regla_quorum(contexto, asamblea, ReglaQuorum(tipo_decision="eleccion"), quorum_propio=False, mayoria=regla)
    fecha = hoy() + timedelta(days=40)
    sesion = convocar(contexto, asamblea, NuevaSesion(fecha, "extraordinaria", "10:00", "Rosario",
                                                      convocada_el=fecha - timedelta(days=31)))
    con_voto = [h.miembro_id for h in asistencia(contexto, sesion).habilitados if h.con_voto]
    assert len(con_voto) >= 15
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(m, "presente") for m in con_voto])
    punto = agregar_punto(contexto, sesion, titulo, "eleccion", tipo_decision="eleccion")
    definir_eleccion(contexto, punto, NuevaEleccion(asamblea, "presidente", fecha + timedelta(days=1)))
    a = agregar_candidatura(contexto, punto, con_voto[0])
    b = agregar_candidatura(contexto, punto, con_voto[1])
    return contexto, punto, a, b, sesion


def test_con_dos_tercios_de_los_presentes_una_simple_sin_motivo_no_elige_a_nadie(demo_db):
    db = demo_db
    regla = ReglaMayoria("dos_tercios", "presentes", ARTICULO)
    contexto, punto, a, b, _ = _eleccion(db, regla)
    assert obtener_eleccion(contexto, punto).regla == regla
    for motivo in (None, "Hay apuro"):
        with pytest.raises(ErrorValidacion) as error:
            cerrar_eleccion(contexto, punto, Recuento(mayoria="simple", votos={a: 7, b: 5}, motivo_mayoria=motivo))
        assert error.value.problemas[0].startswith(
            "Una elección exige dos tercios de los miembros presentes con derecho a voto (Reglamento de elecciones, "
            "art. 3); una votación no puede pedir menos.")
    assert obtener_eleccion(contexto, punto).estado == "abierta"
    # Sin decir nada, rige la regla: 7 de los presentes no son dos tercios; nadie electo.
    eleccion = cerrar_eleccion(contexto, punto, Recuento(votos={a: 7, b: 5}, blancos=2, nulos=1))
    assert (eleccion.mayoria, eleccion.base, eleccion.ganadora) == ("dos_tercios", "presentes", None)
    assert eleccion.regla_mayoria == f"Dos tercios de los miembros presentes con derecho a voto ({ARTICULO})"


@pytest.mark.parametrize("base, electa, requerido", [
    ("validos", True, "se requerían 7 (más de la mitad de 12 votos válidos)"),
    ("emitidos", False, "se requerían 8 (más de la mitad de 14 votos emitidos)"),
    ("todos", False, "se requerían 8 (más de la mitad de 15 votos, contando blancos y nulos)"),
])
def test_a7_b5_dos_blancos_un_nulo_con_mayoria_absoluta_segun_la_base(demo_db, base, electa, requerido):
    db = demo_db
    contexto, punto, a, b, _ = _eleccion(db, ReglaMayoria("absoluta", base, ARTICULO))
    eleccion = cerrar_eleccion(contexto, punto, Recuento(votos={a: 7, b: 5}, blancos=2, nulos=1))
    assert (eleccion.ganadora is not None) == electa
    assert requerido in eleccion.texto_resultado
    if not electa:
        assert "corresponde una segunda vuelta entre" in eleccion.texto_resultado


def test_una_regla_mas_exigente_con_motivo_queda_en_el_acta(demo_db, tmp_path):
    db = demo_db
    contexto, punto, a, b, sesion = _eleccion(db, ReglaMayoria("absoluta", "validos", ARTICULO))
    # Contar también blancos y nulos es más exigente: con motivo, se admite.
    with pytest.raises(ErrorValidacion, match="escriba el motivo del cambio"):
        cerrar_eleccion(contexto, punto, Recuento(base="todos", votos={a: 9, b: 5}, blancos=1))
    motivo = "La Asamblea acordó contar los votos en blanco y nulos"
    eleccion = cerrar_eleccion(contexto, punto, Recuento(base="todos", votos={a: 9, b: 5}, blancos=1,
                                                         motivo_mayoria=motivo))
    assert (eleccion.base, eleccion.motivo_mayoria, eleccion.ganadora is not None) == ("todos", motivo, True)
    acta = obtener_acta(contexto, sesion).contenido
    guardado = next(p for p in acta.puntos if p["titulo"] == "Elección de la Presidencia")
    assert guardado["regla_mayoria"] == f"Mayoría absoluta (más de la mitad) de los votos válidos ({ARTICULO})"
    assert guardado["motivo_mayoria"] == (
        "se aplicó mayoría absoluta (más de la mitad) de todos los votos, contando blancos y nulos. " + motivo)
    guardar_borrador(contexto, sesion, apertura="Se abre.", cierre="Se cierra.", preside="P", secretaria="S")
    pdf = tmp_path / "acta.pdf"
    imprimir_acta(contexto, sesion, pdf)
    from pypdf import PdfReader
    texto = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert (f"Mayoría que pide la regla: Mayoría absoluta (más de la mitad) de los votos válidos ({ARTICULO}). "
            "Se votó con otra mayoría. Motivo: se aplicó mayoría absoluta") in texto
