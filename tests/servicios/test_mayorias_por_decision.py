"""La mayoría sigue a la decisión (issue 13, punto 1): reglas por tipo de decisión con su artículo y su fecha,
votar con la regla del punto, cambiarla solo con motivo, y quién está en la base.

Las tres pruebas «desacuerdo con OpenSlides» dicen en su docstring por qué lo nuestro es lo correcto para una red
de municipios que sesiona según su estatuto.
"""

from datetime import date, timedelta

import pytest

from escritorio.datos import sesiones as tabla_sesiones

from escritorio.dominio.ficha import FichaMiembro
from escritorio.dominio.mayorias import ReglaMayoria
from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, escala_desde_texto, fijar_regla_de_voto
from escritorio.servicios.emision_de_cuotas import emitir
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.pagos import NuevoPago, registrar_pago
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, asistencia, registrar_asistencias
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto, regla_del_punto
from escritorio.servicios.sesiones.reglas import (ReglasDeSesion, fijar_regla_quorum, fijar_reglas_de_sesion,
                                                  mayoria_de, reglas_de_sesion)
from escritorio.servicios.votaciones import NuevaVotacion, votar

CIUDADES = [("Rosario", "AR"), ("Paraná", "AR"), ("Córdoba", "AR"), ("Porto Alegre", "BR"), ("Florianópolis", "BR"),
            ("Curitiba", "BR"), ("Montevideo", "UY"), ("Salto", "UY")]
REFORMA = ReglaMayoria("dos_tercios", "presentes", "Estatuto, arts. 20 y 24")
SIMPLE = ReglaMayoria("simple", "emitidos", "Estatuto, art. 20")
SESION = date(2026, 5, 20)


@pytest.fixture
def red(db, asociacion_id) -> dict:
    """Un Consejo de ocho ciudades; Salto no pagó sus cuotas y tiene el voto suspendido (Estatuto, art. 9)."""
    contexto = Contexto(db, asociacion_id)
    ids = {n: guardar_ficha(contexto, FichaMiembro(nombre=n, pais=p, fecha_ingreso=date(2000, 1, 1)),
                            poblacion=(250_000, 2020, "Censo")) for n, p in CIUDADES}
    definir_escala(contexto, escala_desde_texto(date(2002, 1, 1), "USD", "0:100,100000:500"))
    fijar_regla_de_voto(contexto, 2, "Estatuto, art. 9")
    emitir(contexto, 2024)
    emitir(contexto, 2025)
    for nombre, miembro in ids.items():
        if nombre != "Salto":
            registrar_pago(contexto, NuevoPago(miembro, date(2025, 6, 1), "1000.00", "USD"))
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    for miembro in ids.values():
        designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=miembro))
    fijar_regla_quorum(contexto, consejo, ReglaQuorum(articulo="Estatuto, art. 19"), poderes_maximos=2,
                       mayoria=SIMPLE)
    fijar_regla_quorum(contexto, consejo, ReglaQuorum(tipo_decision="reforma_estatuto"), quorum_propio=False,
                       mayoria=REFORMA)
    return {"a": asociacion_id, "consejo": consejo, "ids": ids}


def sesion_de_la_asociacion(db, red, *presentes, fecha=SESION) -> int:
    contexto = Contexto(db, red["a"])
    sesion = convocar(contexto, red["consejo"], NuevaSesion(fecha=fecha, lugar="Montevideo",
                                                            convocada_el=fecha - timedelta(days=30)))
    for nombre in presentes:
        registrar_asistencias(contexto, sesion, [MarcaAsistencia(red["ids"][nombre], "presente")])
    return sesion


CINCO = ("Rosario", "Paraná", "Córdoba", "Porto Alegre", "Montevideo")


# --- votar con la regla del punto -------------------------------------------------------------------------

def test_sin_mayoria_ni_base_vota_con_la_regla_del_tipo_de_decision(db, red):
    sesion = sesion_de_la_asociacion(db, red, *CINCO)
    contexto = Contexto(db, red["a"])
    reforma = agregar_punto(contexto, sesion, "Reforma del art. 9", "votacion", tipo_decision="reforma_estatuto")
    assert regla_del_punto(contexto, reforma).mayoria == REFORMA
    votacion = votar(contexto, reforma, NuevaVotacion(a_favor=3, en_contra=2))
    assert (votacion["mayoria"], votacion["base"], votacion["aprobada"]) == ("dos_tercios", "presentes", 0)
    assert votacion["texto_resultado"] == ("Rechazada: 3 a favor, 2 en contra, 0 abstenciones; se requerían 4 (dos "
                                           "tercios de 5 miembros presentes).")
    assert votacion["regla_mayoria"] == "Dos tercios de los miembros presentes con derecho a voto (Estatuto, arts. 20 y 24)"
    # Un tipo sin mayoría propia usa la ordinaria.
    admision = agregar_punto(contexto, sesion, "Admisión de Rafaela", "votacion", tipo_decision="admision")
    assert votar(contexto, admision, NuevaVotacion(a_favor=3, en_contra=2))["aprobada"] == 1


def test_la_reforma_no_se_rebaja_ni_con_motivo_y_se_endurece_con_motivo(db, red):
    """La reforma del estatuto la fija el estatuto (arts. 20 y 24): una votación solo puede pedir más, con motivo."""
    sesion = sesion_de_la_asociacion(db, red, *CINCO)
    contexto = Contexto(db, red["a"])
    punto = agregar_punto(contexto, sesion, "Reforma del art. 9", "votacion", tipo_decision="reforma_estatuto")
    rebaja = ("La reforma del estatuto exige dos tercios de los miembros presentes con derecho a voto (Estatuto, arts. "
              "20 y 24); una votación no puede pedir menos. Con mayoría simple: más votos a favor que en contra, sin "
              "contar las abstenciones se pediría menos. Vote con la regla, o con una más exigente (más fracción, o "
              "una base más amplia) y el motivo del cambio.")
    for motivo in (None, "  Lo resolvió la Asamblea  "):
        with pytest.raises(ErrorValidacion) as error:
            votar(contexto, punto, NuevaVotacion(mayoria="simple", a_favor=3, en_contra=2, motivo_mayoria=motivo))
        assert error.value.problemas == [rebaja]
    with pytest.raises(ErrorValidacion, match="no es más exigente: pide una fracción mayor pero sobre una base menor"):
        votar(contexto, punto, NuevaVotacion(mayoria="tres_cuartos", base="emitidos", a_favor=3, en_contra=0,
                                             motivo_mayoria="más"))
    with pytest.raises(ErrorValidacion, match="escriba el motivo del cambio"):
        votar(contexto, punto, NuevaVotacion(base="con_derecho", a_favor=3, en_contra=2, motivo_mayoria="   "))
    assert tabla_sesiones.votacion(db, punto) is None
    votacion = votar(contexto, punto, NuevaVotacion(base="con_derecho", a_favor=5, en_contra=0,
                                                    motivo_mayoria="  Lo resolvió la Asamblea  "))
    assert (votacion["mayoria"], votacion["base"], votacion["motivo_mayoria"]) == (
        "dos_tercios", "con_derecho", "Lo resolvió la Asamblea")
    assert votacion["regla_mayoria"].startswith("Dos tercios de los miembros presentes")


def test_una_ordinaria_se_cambia_con_motivo_aunque_pida_menos(db, red):
    sesion = sesion_de_la_asociacion(db, red, *CINCO)
    contexto = Contexto(db, red["a"])
    punto = agregar_punto(contexto, sesion, "Plan de trabajo", "votacion")
    with pytest.raises(ErrorValidacion, match="Este punto es una decisión ordinaria: la regla pide"):
        votar(contexto, punto, NuevaVotacion(mayoria="absoluta", base="presentes", a_favor=3, en_contra=2))
    votacion = votar(contexto, punto, NuevaVotacion(mayoria="absoluta", base="sna", a_favor=3, en_contra=1,
                                                    abstenciones=1, motivo_mayoria="Lo pide el reglamento"))
    assert votacion["aprobada"] and votacion["texto_resultado"] == (
        "Aprobada: 3 a favor, 1 en contra, 1 abstención; se requerían 3 (más de la mitad de 5 votos, contando las "
        "abstenciones).")


def test_la_simple_con_base_presentes_se_rechaza_y_sugiere_la_absoluta(db, red):
    """El caso del issue: 11–10–5 «pasaba» con base presentes. Ahora el servicio lo rechaza y dice qué elegir."""
    sesion = sesion_de_la_asociacion(db, red, *CINCO)
    contexto = Contexto(db, red["a"])
    punto = agregar_punto(contexto, sesion, "Plan de trabajo", "votacion")
    with pytest.raises(ErrorValidacion, match="absoluta de los presentes") as error:
        votar(contexto, punto, NuevaVotacion(mayoria="simple", base="presentes", a_favor=3, en_contra=2,
                                             motivo_mayoria="costumbre"))
    assert len(error.value.problemas) == 1


def test_un_tipo_de_decision_desconocido_no_se_agrega(db, red):
    sesion = sesion_de_la_asociacion(db, red)
    with pytest.raises(ErrorEscritorio, match="Tipo de decisión «reforma» desconocido; use uno de estos: ordinaria, "
                                              "reforma_estatuto"):
        agregar_punto(Contexto(db, red["a"]), sesion, "Reforma", "votacion", tipo_decision="reforma")


# --- reglas con fecha ---------------------------------------------------------------------------------------

def test_reglas_nuevas_desde_una_fecha_no_cambian_como_se_juzgan_las_sesiones_anteriores(db, red):
    # Sesiones todavía por celebrar (un cambio no reescribe sesiones ya celebradas: issue 59, punto 1).
    antes = sesion_de_la_asociacion(db, red, *CINCO, fecha=date(2030, 3, 10))
    despues = sesion_de_la_asociacion(db, red, *CINCO, fecha=date(2030, 9, 10))
    contexto = Contexto(db, red["a"])
    reglas = reglas_de_sesion(contexto, red["consejo"])
    assert reglas.vigente_desde is None   # las de la red, «desde siempre»
    reglas.vigente_desde = date(2030, 6, 1)
    # Todo más exigente (las reglas citan artículos): con motivo.
    reglas.reglas["ordinaria"] = ReglaQuorum(3, 4, False, articulo="Estatuto, art. 19 (reformado)")
    reglas.mayorias["reforma_estatuto"] = ReglaMayoria("tres_cuartos", "con_derecho", "Estatuto, art. 24 (reformado)")
    reglas.poderes_maximos, reglas.articulo_poderes = 1, "Estatuto, art. 21"
    fijar_reglas_de_sesion(contexto, red["consejo"], reglas, motivo="El Consejo exige más desde junio")

    assert reglas_de_sesion(contexto, red["consejo"]).versiones == [None, date(2030, 6, 1)]
    viejas = reglas_de_sesion(contexto, red["consejo"], al=date(2030, 5, 31))
    assert (viejas.poderes_maximos, viejas.mayoria("reforma_estatuto")) == (2, REFORMA)
    nuevas = reglas_de_sesion(contexto, red["consejo"], al=date(2030, 6, 1))
    assert nuevas.poderes_maximos == 1 and nuevas.articulo_poderes == "Estatuto, art. 21"
    assert mayoria_de(db, red["consejo"], "reforma_estatuto", "2030-09-10").mayoria == "tres_cuartos"
    # El quórum se juzga con la regla vigente en la fecha de cada sesión: 5 de 7 alcanza la mitad más uno (4),
    # no los tres cuartos (6).
    assert asistencia(contexto, antes).quorum.hay
    quorum = asistencia(contexto, despues).quorum
    assert (quorum.requerido, quorum.hay) == (6, False)
    assert "(Estatuto, art. 19 (reformado))" in quorum.enunciado()


def test_sin_mayoria_propia_vuelve_a_la_ordinaria_desde_su_fecha(db, red):
    contexto = Contexto(db, red["a"])
    reglas = reglas_de_sesion(contexto, red["consejo"])
    # Una mayoría propia sin artículo (más exigente que la ordinaria del art. 20, con motivo)…
    reglas.mayorias["admision"] = ReglaMayoria("absoluta", "presentes")
    fijar_reglas_de_sesion(contexto, red["consejo"], reglas, motivo="Admitir con más de la mitad de los presentes")
    # …se quita desde una fecha: sin artículo propio, se cambia libremente (sin motivo) y vuelve a la ordinaria.
    reglas = reglas_de_sesion(contexto, red["consejo"])
    reglas.vigente_desde = date(2027, 1, 1)
    reglas.mayorias["admision"] = None
    fijar_reglas_de_sesion(contexto, red["consejo"], reglas)
    assert mayoria_de(db, red["consejo"], "admision", "2026-12-31") == ReglaMayoria("absoluta", "presentes")
    assert mayoria_de(db, red["consejo"], "admision", "2027-01-01") == SIMPLE
    # La de la reforma del estatuto cita sus artículos: quitarla (volver a la simple) es rebajarla.
    reglas = reglas_de_sesion(contexto, red["consejo"])
    reglas.mayorias["reforma_estatuto"] = None
    with pytest.raises(ErrorValidacion, match="se pediría menos"):
        fijar_reglas_de_sesion(contexto, red["consejo"], reglas)
    assert mayoria_de(db, red["consejo"], "reforma_estatuto", "2027-01-01") == REFORMA


def test_reglas_que_no_se_guardan(db, red):
    contexto = Contexto(db, red["a"])
    antes = reglas_de_sesion(contexto, red["consejo"])
    with pytest.raises(ErrorValidacion) as error:
        fijar_reglas_de_sesion(contexto, red["consejo"], ReglasDeSesion(
            {"ordinaria": ReglaQuorum()}, mayorias={"disolucion": ReglaMayoria("simple", "con_derecho")},
            vigente_desde=date(1, 1, 1)))
    problemas = " ".join(error.value.problemas)
    assert "Mayoría de disolución: La mayoría simple es más votos a favor que en contra" in problemas
    assert "Rigen desde" in problemas
    assert reglas_de_sesion(contexto, red["consejo"]) == antes


# --- quién está en la base: desacuerdos con OpenSlides -----------------------------------------------------

def test_desacuerdo_poderes_el_ausente_con_poder_cuenta_en_la_base_de_presentes(db, red):
    """OpenSlides cuenta como «presentes» a los usuarios presentes; un ausente que delegó su voto no suma a la base.
    Aquí el estatuto (art. 21 de la demo) dice que un miembro puede llevar el poder de otro: el representado vota por
    medio de quien lo lleva, así que está presente a los efectos de la votación y cuenta en la base «presentes» (y en
    el quórum). Si no contara, un poder a favor haría la mayoría más fácil que la presencia del propio miembro."""
    sesion = sesion_de_la_asociacion(db, red, *CINCO)
    contexto = Contexto(db, red["a"])
    registrar_asistencias(contexto, sesion,
                          [MarcaAsistencia(red["ids"]["Curitiba"], "ausente", poder_a=red["ids"]["Rosario"])])
    fijar_regla_quorum(contexto, red["consejo"], ReglaQuorum(tipo_decision="exclusion"), quorum_propio=False,
                       mayoria=ReglaMayoria("absoluta", "presentes", "Estatuto, art. 8"))
    punto = agregar_punto(contexto, sesion, "Exclusión de un miembro", "votacion", tipo_decision="exclusion")
    votacion = votar(contexto, punto, NuevaVotacion(a_favor=3, abstenciones=3))
    # Con 5 presentes (sin contar el poder) 3 votos serían más de la mitad; con Curitiba representada son 6.
    assert votacion["presentes"] == 6 and votacion["aprobada"] == 0
    assert votacion["texto_resultado"] == ("Rechazada: 3 a favor, 0 en contra, 3 abstenciones; se requerían 4 (más "
                                           "de la mitad de 6 miembros presentes).")


def test_desacuerdo_morosos_no_cuentan_en_la_base_de_los_con_derecho(db, red):
    """En OpenSlides la base «todos los con derecho» son los usuarios del grupo con derecho a voto, sin mirar cuotas.
    Aquí el estatuto suspende el voto de quien debe cuotas (art. 9 de la red): Salto no vota, no cuenta para el
    quórum y tampoco en la base de los con derecho; contarlo haría que su deuda pese como un voto en contra de todo."""
    sesion = sesion_de_la_asociacion(db, red, *CINCO)
    contexto = Contexto(db, red["a"])
    fijar_regla_quorum(contexto, red["consejo"], ReglaQuorum(tipo_decision="disolucion"), quorum_propio=False,
                       mayoria=ReglaMayoria("tres_cuartos", "con_derecho", "Estatuto, art. 25"))
    estado = asistencia(contexto, sesion)
    assert [h.motivo_sin_voto for h in estado.habilitados if h.miembro == "Salto"] == ["Voto suspendido por cuotas impagas"]
    punto = agregar_punto(contexto, sesion, "Disolución", "votacion", tipo_decision="disolucion")
    votacion = votar(contexto, punto, NuevaVotacion(a_favor=5))
    assert votacion["con_derecho"] == 7          # ocho integrantes, Salto suspendido
    assert votacion["aprobada"] == 0             # 3/4 de 7 = 5,25 → 6
    assert votacion["texto_resultado"].endswith("se requerían 6 (tres cuartos de 7 miembros con derecho a voto).")


def test_desacuerdo_votos_ponderados_la_base_suma_pesos(db, red):
    """OpenSlides pondera los votos emitidos pero cuenta la base de presentes por personas. Si el estatuto da a un
    miembro un voto de peso 3, su presencia es de peso 3: la base suma pesos, si no una abstención del miembro
    ponderado pesaría menos que su voto y la mayoría cambiaría según cómo se vote."""
    sesion = sesion_de_la_asociacion(db, red, *CINCO)
    contexto = Contexto(db, red["a"])
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(red["ids"]["Rosario"], "presente", peso=3)])
    punto = agregar_punto(contexto, sesion, "Reforma del art. 9", "votacion", tipo_decision="reforma_estatuto")
    votacion = votar(contexto, punto, NuevaVotacion(a_favor=4, abstenciones=3))
    assert votacion["presentes"] == 7            # 4 presentes de peso 1 + Rosario de peso 3
    assert votacion["texto_resultado"] == ("Rechazada: 4 a favor, 0 en contra, 3 abstenciones; se requerían 5 (dos "
                                           "tercios de 7 miembros presentes).")
