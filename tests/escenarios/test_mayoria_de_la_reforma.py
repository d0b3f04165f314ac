"""Un año de la secretaría con la red de ejemplo: la mayoría la fija el tipo de decisión, como dice el estatuto
(recursos/datos/estatuto_demo.md, arts. 19, 20, 21, 24 y 25), no quien opera el programa (issue 13, punto 1).

La secretaria convoca una Asamblea extraordinaria para reformar el estatuto: la convocatoria dice qué quórum y
qué mayoría necesita cada punto. A la hora fijada hay ocho delegaciones; pasada una hora sesionan en segunda
convocatoria (art. 19). La reforma sale 3–2–3: con la mayoría simple habría pasado, pero la reforma pide dos tercios
de los presentes (arts. 20 y 24) y se rechaza. Las cuotas se votan con otra mayoría que la de la regla: sin motivo
el programa no lo registra; con motivo, el acta impresa lo dice.
"""

import json
from datetime import date, timedelta

import pytest

from ayudas import sin_traza
from escritorio.errores import ErrorValidacion
from escritorio.servicios.actas import guardar_borrador
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.informes_sesiones import imprimir_acta, imprimir_convocatoria
from escritorio.servicios.organos import listar_organos
from escritorio.servicios.sesiones.asistencia import (MarcaAsistencia, asistencia, marcar_celebrada,
                                                      registrar_asistencias)
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto
from escritorio.servicios.sesiones.reglas import reglas_de_sesion
from escritorio.servicios.votaciones import NuevaVotacion, votar


def texto_pdf(ruta) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((pagina.extract_text() or "").split()) for pagina in PdfReader(ruta).pages)


def test_la_reforma_tres_dos_tres_se_rechaza_y_el_cambio_de_mayoria_queda_en_el_acta(demo_db, tmp_path):
    a = listar_asociaciones(demo_db)[0]["id"]
    contexto = Contexto(demo_db, a)
    asamblea = next(o["id"] for o in listar_organos(contexto) if o["nombre"] == "Asamblea General de Socios")
    fecha = hoy() + timedelta(days=40)

    # Convoca con los 30 días del art. 18 y dos puntos que se votan.
    sesion = convocar(contexto, asamblea, NuevaSesion(fecha, "extraordinaria", "10:00", "Rosario, Palacio Municipal",
                                                      convocada_el=fecha - timedelta(days=31)))
    reforma = agregar_punto(contexto, sesion, "Reforma del artículo 14 del Estatuto (admisión)", "votacion",
                            tipo_decision="reforma_estatuto")
    cuotas = agregar_punto(contexto, sesion, "Nueva escala de cuotas", "votacion", tipo_decision="cuotas_presupuesto")
    convocatoria = tmp_path / "convocatoria.pdf"
    imprimir_convocatoria(contexto, sesion, convocatoria)
    texto = texto_pdf(convocatoria)
    # Cada punto dice qué necesita: la reforma, dos tercios de los presentes; las cuotas, la mayoría ordinaria.
    assert ("Reforma del artículo 14 del Estatuto (admisión) (Votación) Quórum: la mitad más uno de los miembros con "
            "derecho a voto (Estatuto, art. 19); mayoría: dos tercios de los miembros presentes con derecho a voto "
            "(Estatuto, arts. 20 y 24).") in texto
    assert ("Nueva escala de cuotas (Votación) Quórum: la mitad más uno de los miembros con derecho a voto (Estatuto, "
            "art. 19); mayoría simple: más votos a favor que en contra, sin contar las abstenciones (Estatuto, "
            "art. 20).") in texto

    # A la hora fijada hay ocho delegaciones: no hay quórum y no se vota.
    con_voto = [h for h in asistencia(contexto, sesion).habilitados if h.con_voto]
    ocho = [h.miembro_id for h in con_voto[:8]]
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(m, "presente") for m in ocho])
    with pytest.raises(ErrorValidacion, match="No hay quórum para votar"):
        votar(contexto, reforma, NuevaVotacion(a_favor=3, en_contra=2, abstenciones=3))

    # Pasada una hora, sesiona en segunda convocatoria con los presentes (art. 19).
    marcar_celebrada(contexto, sesion, "12:00", segunda_convocatoria=True)
    assert asistencia(contexto, sesion, "reforma_estatuto").quorum.hay

    # Quien opera intenta votar la reforma por mayoría simple, con un motivo: la regla la fija el estatuto y no se
    # rebaja; el aviso cita el artículo.
    with pytest.raises(ErrorValidacion) as error:
        votar(contexto, reforma, NuevaVotacion(mayoria="simple", a_favor=3, en_contra=2, abstenciones=3,
                                               motivo_mayoria="Lo pide la mayoría de la sala"))
    assert error.value.problemas[0].startswith(
        "La reforma del estatuto exige dos tercios de los miembros presentes con derecho a voto (Estatuto, arts. 20 y "
        "24); una votación no puede pedir menos.")

    # Con la regla de la reforma, 3–2–3 se rechaza (3 de 8 presentes; hacían falta 6).
    votacion = votar(contexto, reforma, NuevaVotacion(a_favor=3, en_contra=2, abstenciones=3))
    assert not votacion["aprobada"]
    assert votacion["texto_resultado"] == ("Rechazada: 3 a favor, 2 en contra, 3 abstenciones; se requerían 6 (dos "
                                           "tercios de 8 miembros presentes).")

    # Las cuotas: el Reglamento pide más que la mayoría simple del estatuto, y se vota con esa mayoría y un motivo.
    motivo = "El Reglamento de cuotas pide mayoría absoluta de los presentes para cambiar la escala"
    votacion = votar(contexto, cuotas, NuevaVotacion(mayoria="absoluta", base="presentes", a_favor=5, en_contra=1,
                                                     abstenciones=2, motivo_mayoria=motivo))
    assert votacion["aprobada"] and votacion["motivo_mayoria"] == motivo

    guardar_borrador(contexto, sesion, apertura="En Rosario, en segunda convocatoria, se reúne la Asamblea.",
                     cierre="Se levanta la sesión.", preside="Secretaría Ejecutiva",
                     secretaria="Secretaría Técnica Permanente")
    acta = tmp_path / "acta.pdf"
    imprimir_acta(contexto, sesion, acta)
    texto = texto_pdf(acta)
    assert ("Rechazada: 3 a favor, 2 en contra, 3 abstenciones; se requerían 6 (dos tercios de 8 miembros "
            "presentes).") in texto
    assert ("Mayoría que pide la regla: Dos tercios de los miembros presentes con derecho a voto (Estatuto, arts. 20 "
            "y 24).") in texto
    assert ("Mayoría que pide la regla: Mayoría simple: más votos a favor que en contra, sin contar las abstenciones "
            f"(Estatuto, art. 20). Se votó con otra mayoría. Motivo: {motivo}") in texto


def test_los_poderes_de_la_demo_siguen_la_reforma_del_articulo_21(demo_db):
    """Art. 21: dos poderes por miembro desde la fundación; tres desde el día siguiente a la Asamblea extraordinaria
    que lo reformó. Las sesiones anteriores se siguen juzgando con dos."""
    a = listar_asociaciones(demo_db)[0]["id"]
    extra = demo_db.execute("SELECT fecha FROM sesiones WHERE tipo = 'extraordinaria'").fetchone()[0]
    vigencia = date.fromisoformat(extra) + timedelta(days=1)
    contexto = Contexto(demo_db, a)
    for organo in listar_organos(contexto):
        if organo["nombre"] not in ("Asamblea General de Socios", "Consejo"):
            continue
        antes = reglas_de_sesion(contexto, organo["id"], al=vigencia - timedelta(days=1))
        despues = reglas_de_sesion(contexto, organo["id"], al=vigencia)
        assert (antes.poderes_maximos, antes.articulo_poderes) == (2, "Estatuto, art. 21")
        assert despues.poderes_maximos == 3 and despues.articulo_poderes.startswith("Estatuto, art. 21 (reformado")
        assert despues.mayoria("ordinaria").describir() == ("Mayoría simple: más votos a favor que en contra, sin "
                                                            "contar las abstenciones (Estatuto, art. 20)")
        assert despues.reglas["ordinaria"].segunda_convocatoria_minutos == 60


def test_la_cli_muestra_y_cambia_la_mayoria_de_un_tipo_de_decision(cli, copia_de_la_demo):
    base = copia_de_la_demo

    def ok(*argumentos):
        resultado = cli(*argumentos, db=base)
        assert resultado.returncode == 0, resultado.stderr
        sin_traza(resultado)
        return resultado.stdout

    datos = json.loads(ok("organos", "reglas", "Asamblea General de Socios", "--json"))
    assert datos["decisiones"]["reforma_estatuto"]["mayoria"]["texto"] == (
        "Dos tercios de los miembros presentes con derecho a voto (Estatuto, arts. 20 y 24)")
    assert datos["decisiones"]["disolucion"]["mayoria_que_rige"]["base"] == "con_derecho"
    assert datos["decisiones"]["admision"]["mayoria"] is None   # rige la ordinaria
    assert datos["versiones"][0] == "1995-11-11" and len(datos["versiones"]) == 2
    fundacion = json.loads(ok("organos", "reglas", "Consejo", "--json", "--al", "2000-01-01"))
    assert (fundacion["poderes_maximos"], fundacion["articulo_poderes"]) == (2, "Estatuto, art. 21")

    simple_con_base = cli("organos", "reglas", "Consejo", "--decision", "admision", "--mayoria", "simple", "--base",
                          "presentes", db=base)
    sin_traza(simple_con_base)
    assert simple_con_base.returncode == 1 and "absoluta de los presentes" in simple_con_base.stderr

    salida = ok("organos", "reglas", "Consejo", "--decision", "admision", "--mayoria", "absoluta", "--base",
                "presentes", "--articulo-mayoria", "Estatuto, art. 14", "--desde", "2030-01-01", "--motivo",
                "El art. 14 pide la mayoría absoluta de los presentes para admitir")
    assert "reglas que rigen desde el 01/01/2030" in salida
    assert ("Admisión de miembros: rige la regla general. Mayoría absoluta (más de la mitad) de los miembros "
            "presentes con derecho a voto (Estatuto, art. 14).") in salida
    antes = json.loads(ok("organos", "reglas", "Consejo", "--json", "--al", "2029-12-31"))
    assert antes["decisiones"]["admision"]["mayoria"] is None
