"""Lo que ve la sala en el proyector (issue 64, §4): el punto, la moción con las enmiendas aprobadas, la enmienda
leída contra el texto (lo que quita y lo que agrega), quién habla con su tiempo, quiénes siguen (la cuestión de orden
primero), el quórum, el recuento en vivo y el resultado; en el idioma de los documentos. Sobre la red de prueba del
Consejo (test_sesiones_y_actas: Salto está presente con el voto suspendido por cuotas)."""

from dataclasses import fields, is_dataclass
from datetime import datetime, timedelta, timezone

import pytest

from escritorio.datos.conexion import transaccion
from escritorio.dominio.enmiendas import Tramo
from escritorio.dominio.formato import dinero, importe
from escritorio.dominio.organos import SIN_VOTO_CUOTAS, SIN_VOTO_SUSPENDIDO
from escritorio.dominio.traduccion import traducir
from escritorio.idiomas.traduccion import en_cada_idioma
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.asociaciones import editar_asociacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.pantalla_de_la_sala import (OradorProyectado, cuenta_regresiva, lo_que_ve_la_sala,
                                                      recuento_en_vivo)
from escritorio.servicios.cobranza import morosidad
from escritorio.servicios.sesiones import listar_sesiones
from escritorio.servicios.sesiones.asistencia import asistencia
from escritorio.servicios.sesiones.puntos import agregar_punto, orden_del_dia
from mociones_de_prueba import Foco
from sala_de_prueba import PARRAFO_2_ENMENDADO, PARRAFO_NUEVO, llenar_la_sala
from test_sesiones_y_actas import con_quorum, red  # noqa: F401  (red es un fixture)

# Lee mociones, enmiendas, oradores y votaciones de la sala: corre también en el servidor (las consultas de
# datos/pantalla_de_la_sala.py no las alcanza el recorrido de tests/servidor/test_paridad_de_motores.py).
pytestmark = pytest.mark.ambos_motores


@pytest.fixture
def en_sala(db, red):
    contexto = Contexto(db, red.asociacion)
    sesion = con_quorum(db, red)
    agregar_punto(contexto, sesion, "Informe de la Secretaría", "informativo")
    punto = agregar_punto(contexto, sesion, "Declaración sobre el clima", "votacion")
    sala = llenar_la_sala(contexto, sesion, punto, red.ids, habla="Paraná", esperan=["Rosario", "Montevideo", "Curitiba"])
    return contexto, sesion, punto, sala


def test_la_mocion_con_las_enmiendas_aprobadas_quien_habla_y_quienes_siguen(en_sala):
    contexto, sesion, punto, sala = en_sala
    pantalla = lo_que_ve_la_sala(contexto, Foco(sesion, punto, sala.mocion))

    assert pantalla.idioma == "es"
    assert pantalla.sesion.endswith("sesión ordinaria — Consejo")
    assert pantalla.punto == "2. Declaración sobre el clima"
    texto = pantalla.texto
    assert texto.encabezado == "Moción 1 · Admitida"
    assert texto.titulo == "Declaración sobre ciudades y clima"
    assert texto.autores == "Presenta: Rosario · Apoya: Paraná"
    # El texto presentado con la enmienda 2 (aprobada) aplicada; la 1, presentada, todavía no.
    assert [p.tramos[0].texto for p in texto.parrafos][2:] == [
        "La Secretaría Ejecutiva informará los avances en cada Cumbre.", PARRAFO_NUEVO]
    assert texto.nota == "Con las enmiendas aprobadas."
    assert pantalla.orador.nombre == "Paraná" and pantalla.orador.tipo is None
    assert pantalla.orador.segundos == 180     # sin reglas de la sala: las de omisión
    # La cuestión de orden pasa delante; de los que esperan, los tres primeros.
    assert pantalla.siguientes == ("Ana Souto", "Rosario", "Montevideo")
    assert pantalla.quorum == ("Con la presencia de 4 de 7 miembros con derecho a voto se verifica el quórum "
                               "(Estatuto, art. 15).")
    assert pantalla.hay_quorum
    assert pantalla.resultado is None          # la moción todavía no se votó
    assert pantalla.rotulos.orador == "En el uso de la palabra"


def test_la_enmienda_se_lee_contra_el_texto_y_muestra_su_votacion(en_sala):
    contexto, sesion, punto, sala = en_sala
    pantalla = lo_que_ve_la_sala(contexto, Foco(sesion, enmienda_id=sala.enmienda))
    assert pantalla.punto == "2. Declaración sobre el clima"      # el de su moción
    assert pantalla.texto.encabezado == "Enmienda 1 a la moción 1 · Admitida"
    assert pantalla.texto.autores == "Presenta: Córdoba"
    [parrafo] = pantalla.texto.parrafos
    assert parrafo.rotulo == "Reemplaza el párrafo 2"
    assert Tramo("quitado", "2028.") in parrafo.tramos and Tramo("agregado", "y otro de mitigación") in parrafo.tramos
    assert " ".join(t.texto for t in parrafo.tramos if t.tipo != "quitado") == PARRAFO_2_ENMENDADO
    assert pantalla.resultado is None

    aprobada = lo_que_ve_la_sala(contexto, Foco(sesion, punto, sala.mocion, sala.aprobada))
    assert aprobada.texto.parrafos[0].rotulo == "Inserta después del párrafo 3"
    assert aprobada.resultado.de_que == "Votación de la enmienda 2" and aprobada.resultado.aprobada
    assert aprobada.resultado.texto.startswith("Aprobada: 3 a favor, 1 en contra, 0 abstenciones")


def test_sin_punto_y_con_un_punto_votado_y_lo_ajeno_no_se_proyecta(db, red, en_sala):
    contexto, sesion, punto, sala = en_sala
    vacia = lo_que_ve_la_sala(contexto, Foco(sesion))
    assert vacia.punto is None and vacia.texto is None and vacia.resultado is None
    assert vacia.orador.nombre == "Paraná"      # sin punto elegido, quien habla en la sesión
    # Una moción con un punto que no es el suyo no se proyecta (el foco quedó a medio cambiar).
    ajena = lo_que_ve_la_sala(contexto, Foco(sesion, punto - 1, sala.mocion))
    assert ajena.punto == "1. Informe de la Secretaría" and ajena.texto is None and ajena.orador is None
    otra = con_quorum(db, red)
    assert lo_que_ve_la_sala(contexto, Foco(otra, mocion_id=sala.mocion)).texto is None
    with pytest.raises(ErrorEscritorio, match="No existe la sesión 999"):
        lo_que_ve_la_sala(contexto, Foco(999))


def test_el_recuento_en_vivo_y_el_resultado_del_punto(db, red):
    from escritorio.servicios.votaciones import NuevaVotacion, votar

    contexto = Contexto(db, red.asociacion)
    sesion = con_quorum(db, red)
    punto = agregar_punto(contexto, sesion, "Plan de trabajo", "votacion")
    en_curso = recuento_en_vivo(contexto, 3, 1, 0)
    assert en_curso == "A favor: 3 · En contra: 1 · Abstenciones: 0"
    assert recuento_en_vivo(contexto, 0, 0, 0) is None
    assert lo_que_ve_la_sala(contexto, Foco(sesion, punto, votacion=en_curso)).votacion_en_curso == en_curso
    votar(contexto, punto, NuevaVotacion(a_favor=3, en_contra=1, abstenciones=0))
    resultado = lo_que_ve_la_sala(contexto, Foco(sesion, punto)).resultado
    assert resultado.de_que == "Votación del punto 1" and resultado.aprobada
    assert resultado.texto.startswith("Aprobada: 3 a favor, 1 en contra, 0 abstenciones")


def test_en_el_idioma_de_los_documentos(db, red, en_sala):
    contexto, sesion, punto, sala = en_sala
    editar_asociacion(contexto, idioma_documentos="pt")
    pantalla = lo_que_ve_la_sala(contexto, Foco(sesion, punto, sala.mocion, sala.enmienda))
    assert pantalla.idioma == "pt"
    assert pantalla.texto.encabezado == "Emenda 1 à moção 1 · Admitida"
    assert pantalla.texto.parrafos[0].rotulo == "Substitui o parágrafo 2"
    assert pantalla.rotulos.orador == "Com a palavra"
    assert pantalla.quorum.startswith("Com a presença de 4 de 7")
    assert recuento_en_vivo(contexto, 2, 0, 1) == "A favor: 2 · Contra: 0 · Abstenções: 1"


def test_la_cuenta_regresiva_baja_y_pasa_a_tiempo_excedido():
    empezo = datetime(2026, 11, 26, 10, 0, 0, tzinfo=timezone.utc)
    orador = OradorProyectado("Rosario", None, empezo, 180)
    assert cuenta_regresiva(orador, empezo).texto == "3:00"
    despues = cuenta_regresiva(orador, empezo + timedelta(seconds=65.4))
    assert (despues.restantes, despues.texto, despues.excedido) == (115, "1:55", False)
    pasado = cuenta_regresiva(orador, empezo + timedelta(seconds=192))
    assert (pasado.restantes, pasado.texto, pasado.excedido) == (-12, "+0:12", True)


def _textos(valor) -> list[str]:
    """Cada texto de una pantalla, recorriendo sus dataclasses, tuplas y listas."""
    if isinstance(valor, str):
        return [valor]
    if is_dataclass(valor):
        return [t for f in fields(valor) for t in _textos(getattr(valor, f.name))]
    if isinstance(valor, (tuple, list)):
        return [t for v in valor for t in _textos(v)]
    return []


def test_la_pantalla_no_muestra_datos_personales_ni_deudas(demo_db):
    """La red de ejemplo con un correo y un teléfono para cada miembro y cada contacto, y su morosidad: ninguno de esos
    datos (ni un importe debido, ni quién tiene el voto suspendido por deber) aparece en la pantalla de ningún punto de
    ninguna sesión, ni con una moción, una enmienda y una lista de oradores de miembros que deben."""
    contexto = Contexto(demo_db, 1)
    with transaccion(demo_db):
        demo_db.execute("UPDATE miembros SET telefono = '+598 2 91' || (1000 + id) || ' 77'")
        demo_db.execute("UPDATE contactos SET telefono = '+55 11 93' || (2000 + id) || ' 55', "
                        "correo = COALESCE(correo, 'enlace' || id || '@ejemplo.org')")
    deudas = morosidad(contexto)
    assert deudas, "la red de ejemplo tiene miembros que deben"
    consejo = next(s for s in listar_sesiones(contexto) if s["estado_acta"] == "borrador")
    integrantes = asistencia(contexto, consejo["id"]).habilitados
    deben = {d.miembro_id for d in deudas if d.total > 0}
    # Habla y espera la palabra quien debe (si el Consejo tiene a alguien que debe), después los demás.
    por_nombre = {h.miembro: h.miembro_id for h in sorted(integrantes, key=lambda h: h.miembro_id not in deben)}
    assert any(i in deben for i in list(por_nombre.values())[:3]) or not deben & set(por_nombre.values())
    nombres = list(por_nombre)
    punto = agregar_punto(contexto, consejo["id"], "Declaración sobre el clima", "votacion")
    sala = llenar_la_sala(contexto, consejo["id"], punto, por_nombre, habla=nombres[0], esperan=nombres[1:4])

    # Un correo, y por qué un integrante no vota (el voto suspendido por deber), en los dos idiomas de los documentos.
    prohibidos = {"@"} | {t for motivo in (SIN_VOTO_CUOTAS, SIN_VOTO_SUSPENDIDO) for t in en_cada_idioma(
        lambda: traducir(motivo))}
    for fila in demo_db.query("SELECT correo, telefono FROM miembros UNION ALL SELECT correo, telefono FROM contactos"):
        prohibidos |= {v for v in fila.values() if v}
    prohibidos |= {f["nombre"] for f in demo_db.query("SELECT nombre FROM contactos")}   # las personas de contacto
    for d in deudas:
        for idioma in ("es", "pt"):
            prohibidos |= {dinero(d.total, d.moneda, idioma), importe(d.total, d.moneda, idioma)}
    focos = [Foco(s["id"], p["id"]) for s in listar_sesiones(contexto) for p in orden_del_dia(contexto, s["id"])]
    focos += [Foco(consejo["id"]), Foco(consejo["id"], punto, sala.mocion, votacion=recuento_en_vivo(contexto, 9, 2, 1)),
              Foco(consejo["id"], punto, sala.mocion, sala.enmienda), Foco(consejo["id"], enmienda_id=sala.aprobada)]
    vistos = []
    for foco in focos:
        pantalla = lo_que_ve_la_sala(contexto, foco)
        textos = _textos(pantalla)
        vistos.append(pantalla)
        hallados = sorted({p for p in prohibidos for t in textos if p.lower() in t.lower()})
        assert not hallados, f"La pantalla de {foco} muestra {hallados}"
    # Las pantallas no están vacías: la prueba miró lo que se proyecta.
    assert sum(1 for p in vistos if p.resultado) >= 4 and sum(1 for p in vistos if p.orador) >= 3
    assert any(p.texto and p.texto.parrafos for p in vistos)


def test_la_recomendacion_de_la_comision_se_proyecta_con_la_mocion(en_sala, db, red):
    """Issue 82: la recomendación de una comisión (aquí, la Comisión Directiva) se proyecta bajo el texto, con la misma
    frase que el acta; quitarla la quita de la pantalla."""
    from datetime import date

    from escritorio.servicios.apoyos_y_recomendaciones import quitar_recomendacion, recomendar

    contexto, sesion, punto, sala = en_sala
    recomendar(contexto, sala.mocion, red.comision, "rechazar", "No hay presupuesto", fecha=date(2026, 1, 12))
    texto = lo_que_ve_la_sala(contexto, Foco(sesion, punto, sala.mocion)).texto
    assert texto.nota == ("Con las enmiendas aprobadas. Recomendación de la Comisión Directiva (12/01/2026): Rechazar "
                          "— No hay presupuesto")
    quitar_recomendacion(contexto, sala.mocion)
    assert lo_que_ve_la_sala(contexto, Foco(sesion, punto, sala.mocion)).texto.nota == "Con las enmiendas aprobadas."
