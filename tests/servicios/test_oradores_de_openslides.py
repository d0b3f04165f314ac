"""La lista de oradores de OpenSlides 4 (issue 82), por sus servicios, en los dos motores: lo que nota quien preside.

- La cola: las cuestiones de orden (por el rango de su categoría, 1 primero; sin categoría, después), las preguntas
  intercaladas, las intervenciones breves y los demás, cada grupo en su orden; cambiar un rango reordena solo a
  quienes esperan; `mover` cambia el lugar dentro del grupo.
- El reloj: pausar lo detiene (lo hablado se guarda), reanudar lo pone en marcha; lo hablado es lo de antes más lo de
  después. Una pregunta intercalada pone en pausa a quien habla y la palabra vuelve a él; dar la palabra con alguien
  en pausa (por quien preside) termina su intervención con lo que habló.
- La marca «primera vez» (en toda la sesión; un miembro por su id, un invitado por su nombre), las categorías de las
  cuestiones de orden del órgano, los tiempos nuevos de las reglas de la sala (con artículo, solo por reforma), lo
  congelado por el acta aprobada y lo que la base rechaza con SQL.
- El acta y el proyector: los tipos nuevos con su nombre y las duraciones sin las pausas.

La sala es la de tests/mociones_de_prueba.py: la Asamblea General con siete ciudades, la sesión del 28/11/2026 10:00
con su punto y la moción 1 (su lista es otra lista de la misma sesión); Rosario, Paraná, Santa Fe, Córdoba y
Montevideo presentes (Salto y Paysandú sin marca: también piden la palabra). Ana Souto, invitada. El reloj de los
servicios es `ahora` (T0 = las 10:30 UTC de ese día); para el programa hoy es el 5/12/2026.
"""

from datetime import date, datetime, timedelta, timezone

import pytest

from ayudas import RECHAZO_DE_LA_BASE, hoy_fijo
from escritorio.errores import ErrorEscritorio
from escritorio.servicios import categorias_de_cuestion as categorias
from escritorio.servicios import oradores
from escritorio.servicios.conduccion_de_oradores import mover, pausar, reanudar
from escritorio.servicios.fijar_reglas_de_la_sala import PedidoDeReglasDeLaSala, fijar_reglas_de_la_sala
from escritorio.servicios.organos import NuevoOrgano, crear_organo
from escritorio.servicios.reglas_de_la_sala import reglas_de_la_sala
from escritorio.servicios.sesiones.asistencia import agregar_invitado
from mociones_de_prueba import Foco, armar_sala

pytestmark = pytest.mark.ambos_motores

HOY = date(2026, 12, 5)
T0 = datetime(2026, 11, 28, 10, 30, tzinfo=timezone.utc)
ANA = "Ana Souto"


def t(segundos: int) -> datetime:
    return T0 + timedelta(seconds=segundos)


def momento(segundos: int) -> str:
    return t(segundos).strftime("%Y-%m-%d %H:%M:%S")


@pytest.fixture
def sala(db, asociacion_id, monkeypatch):
    hoy_fijo(monkeypatch, HOY)
    armada = armar_sala(db, asociacion_id)
    agregar_invitado(armada.contexto, armada.sesion, ANA)
    return armada


def _asamblea(sala) -> int:
    return next(sala.contexto.db.query("SELECT organo_id FROM sesiones WHERE id = ?", [sala.sesion]))["organo_id"]


def pedir(sala, quien: str, tipo: str = "intervencion", segundo: int = 0, mocion: int | None = None,
          categoria: int | None = None) -> oradores.Orador:
    quien_pide = {"miembro_id": sala.ids[quien]} if quien in sala.ids else {"persona": quien}
    return oradores.pedir_palabra(sala.contexto, sala.punto, tipo=tipo, mocion_id=mocion, ahora=t(segundo),
                                  categoria_id=categoria, **quien_pide)


def dar(sala, segundo: int, mocion: int | None = None) -> oradores.Orador:
    return oradores.dar_la_palabra(sala.contexto, sala.punto, mocion, ahora=t(segundo))


def lista(sala, mocion: int | None = None) -> oradores.ListaDeOradores:
    return oradores.listar(sala.contexto, sala.punto, mocion)


def cola(sala, mocion: int | None = None) -> list[tuple[str, str]]:
    return [(o.nombre, o.tipo) for o in lista(sala, mocion).cola]


def hablaron(sala, mocion: int | None = None) -> list[tuple[str, str, int]]:
    return [(o.nombre, o.tipo, o.segundos) for o in lista(sala, mocion).hablaron]


# --- el orden de la cola ---------------------------------------------------------------------------------------------

def test_la_cola_pone_cada_tipo_en_su_grupo_y_las_cuestiones_por_rango(sala):
    contexto, asamblea = sala.contexto, _asamblea(sala)
    orden = categorias.definir(contexto, asamblea, "Moción de orden", 1)
    privilegio = categorias.definir(contexto, asamblea, "Cuestión de privilegio", 2)
    pedir(sala, "Paysandú", segundo=0)
    dar(sala, 10)                                             # Paysandú habla: ya se puede preguntarle
    pedir(sala, "Rosario", segundo=20)
    pedir(sala, "Paraná", "a_favor", segundo=21)
    pedir(sala, "Santa Fe", "intervencion_breve", segundo=22)
    pedir(sala, "Córdoba", "cuestion_de_orden", segundo=23)                  # sin categoría: después de las que tienen
    pedir(sala, "Montevideo", "cuestion_de_orden", segundo=24, categoria=privilegio.id)
    pedir(sala, "Salto", "cuestion_de_orden", segundo=25, categoria=orden.id)
    pedir(sala, ANA, "pregunta_intercalada", segundo=26)
    pedir(sala, "Rosario", "pregunta_intercalada", segundo=27)   # ya espera para intervenir: es otro grupo
    assert cola(sala) == [
        ("Salto", "cuestion_de_orden"), ("Montevideo", "cuestion_de_orden"), ("Córdoba", "cuestion_de_orden"),
        (ANA, "pregunta_intercalada"), ("Rosario", "pregunta_intercalada"),
        ("Santa Fe", "intervencion_breve"),
        ("Rosario", "intervencion"), ("Paraná", "a_favor")]
    leida = lista(sala)
    assert [o.categoria for o in leida.cola[:3]] == ["Moción de orden", "Cuestión de privilegio", None]
    assert [o.segundos_permitidos for o in leida.cola] == [60, 60, 60, 30, 30, 60, 180, 180]   # las de omisión
    # Nadie se anota dos veces en el mismo grupo.
    with pytest.raises(ErrorEscritorio, match=r"Santa Fe ya espera la palabra en la lista del punto .* \(pedido \d+\)"):
        pedir(sala, "Santa Fe", "intervencion_breve", segundo=28)
    with pytest.raises(ErrorEscritorio, match="Rosario ya espera la palabra"):
        pedir(sala, "Rosario", "en_contra", segundo=28)

    # Otro rango reordena a quienes esperan: el privilegio pasa primero.
    categorias.definir(contexto, asamblea, "Cuestión de privilegio", 1)
    categorias.definir(contexto, asamblea, "Moción de orden", 5)
    assert [n for n, _ in cola(sala)[:3]] == ["Montevideo", "Salto", "Córdoba"]
    assert dar(sala, 40).nombre == "Montevideo"                   # la cuestión de orden termina a Paysandú
    assert hablaron(sala) == [("Paysandú", "intervencion", 30)]
    # Con Montevideo hablando, otro rango ordena solo a quienes todavía esperan.
    categorias.definir(contexto, asamblea, "Moción de orden", 1)
    categorias.definir(contexto, asamblea, "Cuestión de privilegio", 9)
    leida = lista(sala)
    assert (leida.hablando.nombre, leida.hablando.categoria) == ("Montevideo", "Cuestión de privilegio")
    assert [o.nombre for o in leida.cola[:2]] == ["Salto", "Córdoba"]
    assert hablaron(sala) == [("Paysandú", "intervencion", 30)]


def test_mover_cambia_el_lugar_dentro_del_grupo(sala):
    rosario = pedir(sala, "Rosario", segundo=0).id
    parana = pedir(sala, "Paraná", "en_contra", segundo=1).id
    santa_fe = pedir(sala, "Santa Fe", segundo=2).id
    cordoba = pedir(sala, "Córdoba", "intervencion_breve", segundo=3).id
    montevideo = pedir(sala, "Montevideo", "intervencion_breve", segundo=4).id
    movida = mover(sala.contexto, santa_fe, 1)
    assert [o.nombre for o in movida.cola] == ["Córdoba", "Montevideo", "Santa Fe", "Rosario", "Paraná"]
    # Primera entre las intervenciones; las breves siguen antes.
    mover(sala.contexto, montevideo, 1)
    mover(sala.contexto, rosario, 3)
    assert cola(sala) == [("Montevideo", "intervencion_breve"), ("Córdoba", "intervencion_breve"),
                          ("Santa Fe", "intervencion"), ("Paraná", "en_contra"), ("Rosario", "intervencion")]
    # Fuera del grupo, no: de 1 a cuantos esperan en él.
    with pytest.raises(ErrorEscritorio, match=r"Lugar 4: entre quienes esperan como intervención hay 3 lugares "
                                              r"\(de 1 a 3\)\."):
        mover(sala.contexto, parana, 4)
    with pytest.raises(ErrorEscritorio, match=r"Lugar 3: entre quienes esperan como intervención breve hay 2 "
                                              r"lugares \(de 1 a 2\)\."):
        mover(sala.contexto, cordoba, 3)
    with pytest.raises(ErrorEscritorio, match="Lugar 0:"):
        mover(sala.contexto, cordoba, 0)
    with pytest.raises(ErrorEscritorio, match="No existe el pedido de la palabra 99999"):
        mover(sala.contexto, 99999, 1)
    assert [n for n, _ in cola(sala)] == ["Montevideo", "Córdoba", "Santa Fe", "Paraná", "Rosario"]
    # Quien ya habla (o se retiró) no se mueve.
    assert dar(sala, 10).nombre == "Montevideo"
    with pytest.raises(ErrorEscritorio, match=f"El pedido {montevideo} ya no espera la palabra: solo se mueve a "
                                              "quien espera"):
        mover(sala.contexto, montevideo, 1)
    oradores.retirar(sala.contexto, parana)
    with pytest.raises(ErrorEscritorio, match=f"El pedido {parana} ya no espera la palabra"):
        mover(sala.contexto, parana, 1)


# --- el reloj: pausar y reanudar -------------------------------------------------------------------------------------

def test_pausar_detiene_el_reloj_y_lo_hablado_suma_antes_y_despues(sala):
    contexto, punto = sala.contexto, sala.punto
    with pytest.raises(ErrorEscritorio, match="Nadie pidió la palabra en la lista del punto"):
        pausar(contexto, punto, ahora=t(0))
    pedir(sala, "Rosario", segundo=0)
    with pytest.raises(ErrorEscritorio, match="nadie habla ahora: no hay intervención que pausar"):
        pausar(contexto, punto, ahora=t(1))
    with pytest.raises(ErrorEscritorio, match="no hay una intervención en pausa"):
        reanudar(contexto, punto, ahora=t(1))
    dar(sala, 10)
    assert lista(sala).restantes(t(40)) == 150
    en_pausa = pausar(contexto, punto, ahora=t(50))
    assert (en_pausa.pausado, en_pausa.pausado_en, en_pausa.segundos_previos) == (True, momento(50), 40)
    # El reloj está detenido: diez minutos después lleva lo mismo.
    for despues in (50, 60, 650):
        assert en_pausa.hablados(t(despues)) == 40
        assert lista(sala).restantes(t(despues)) == 140
    leida = lista(sala)
    assert leida.hablando.pausado and leida.en_pausa is None   # en pausa por quien preside: es quien habla
    with pytest.raises(ErrorEscritorio, match="La intervención de Rosario ya está en pausa"):
        pausar(contexto, punto, ahora=t(60))
    seguida = reanudar(contexto, punto, ahora=t(100))
    assert (seguida.pausado, seguida.segundos_previos, seguida.hablados(t(100)), seguida.hablados(t(130))) == (
        False, 40, 40, 70)
    assert lista(sala).restantes(t(130)) == 110
    # Una segunda pausa guarda todo lo hablado.
    assert pausar(contexto, punto, ahora=t(130)).segundos_previos == 70
    reanudar(contexto, punto, ahora=t(200))
    terminada = oradores.terminar(contexto, punto, ahora=t(210))
    assert (terminada.estado, terminada.segundos, terminada.termino_en, terminada.pausado) == (
        "hablo", 80, momento(210), False)
    assert hablaron(sala) == [("Rosario", "intervencion", 80)]
    with pytest.raises(ErrorEscritorio, match="nadie habla ahora: no hay intervención que pausar"):
        pausar(contexto, punto, ahora=t(220))


def test_terminar_en_pausa_cuenta_solo_lo_hablado(sala):
    pedir(sala, "Rosario", segundo=0)
    dar(sala, 0)
    pausar(sala.contexto, sala.punto, ahora=t(25))
    assert oradores.terminar(sala.contexto, sala.punto, ahora=t(300)).segundos == 25


def test_dar_la_palabra_con_alguien_en_pausa_termina_su_intervencion(sala):
    pedir(sala, "Rosario", segundo=0)
    pedir(sala, "Paraná", segundo=1)
    dar(sala, 10)
    pausar(sala.contexto, sala.punto, ahora=t(50))
    siguiente = dar(sala, 200)
    assert (siguiente.nombre, siguiente.estado, siguiente.empezo_en) == ("Paraná", "hablando", momento(200))
    [rosario] = lista(sala).hablaron
    assert (rosario.nombre, rosario.segundos, rosario.termino_en, rosario.pausado) == ("Rosario", 40, momento(200),
                                                                                     False)
    assert lista(sala).en_pausa is None


# --- la pregunta intercalada ------------------------------------------------------------------------------------------

def test_la_pregunta_a_quien_preside_detuvo_no_le_quita_la_pausa(sala):
    """Rosario habla; Paraná pide una pregunta; quien preside detiene a Rosario; la pregunta toma la palabra y termina:
    la palabra vuelve a Rosario, pero en pausa (la pausa era de quien preside), con lo que había hablado."""
    pedir(sala, "Rosario", segundo=0)
    dar(sala, 0)
    oradores.pedir_palabra(sala.contexto, sala.punto, sala.ids["Paraná"], tipo="pregunta_intercalada", ahora=t(10))
    pausar(sala.contexto, sala.punto, ahora=t(30))
    assert dar(sala, 40).nombre == "Paraná"
    vuelve = dar(sala, 70)          # termina la pregunta: nadie más la espera
    assert (vuelve.nombre, vuelve.pausado, vuelve.segundos_previos) == ("Rosario", True, 30)
    assert lista(sala).hablando.nombre == "Rosario" and lista(sala).hablando.pausado
    # Reanudar la pone en marcha desde lo hablado: 30 s antes, 20 s después
    conduccion = reanudar(sala.contexto, sala.punto, ahora=t(100))
    assert not conduccion.pausado
    assert oradores.terminar(sala.contexto, sala.punto, ahora=t(120)).segundos == 50


def test_terminar_la_pregunta_a_quien_preside_detuvo_lo_deja_en_pausa(sala):
    pedir(sala, "Rosario", segundo=0)
    dar(sala, 0)
    oradores.pedir_palabra(sala.contexto, sala.punto, sala.ids["Paraná"], tipo="pregunta_intercalada", ahora=t(10))
    pausar(sala.contexto, sala.punto, ahora=t(30))
    dar(sala, 40)
    assert oradores.terminar(sala.contexto, sala.punto, ahora=t(60)).nombre == "Paraná"
    assert lista(sala).hablando.nombre == "Rosario" and lista(sala).hablando.pausado

def test_la_pregunta_pone_en_pausa_a_quien_habla_y_la_palabra_vuelve_a_el(sala):
    contexto, punto = sala.contexto, sala.punto
    pedir(sala, "Rosario", segundo=0)
    pedir(sala, "Santa Fe", segundo=1)
    dar(sala, 0)
    pregunta = pedir(sala, "Paraná", "pregunta_intercalada", segundo=20)
    assert (pregunta.tipo, pregunta.segundos_permitidos) == ("pregunta_intercalada", 30)
    assert cola(sala) == [("Paraná", "pregunta_intercalada"), ("Santa Fe", "intervencion")]
    pregunta = dar(sala, 30)
    assert (pregunta.nombre, pregunta.estado) == ("Paraná", "hablando")
    leida = lista(sala)
    assert (leida.hablando.nombre, leida.hablando.pausado) == ("Paraná", False)
    assert (leida.en_pausa.nombre, leida.en_pausa.pausado_en, leida.en_pausa.segundos_previos) == (
        "Rosario", momento(30), 30)
    assert leida.restantes(t(40)) == 20                          # los 30 s de la pregunta
    # Mientras responde, quien preside no lo reanuda: la palabra vuelve sola.
    with pytest.raises(ErrorEscritorio, match="Paraná está hablando \\(una pregunta intercalada\\): al terminar, la "
                                              "palabra vuelve sola a Rosario"):
        reanudar(contexto, punto, ahora=t(40))
    # Dar la palabra con Santa Fe esperando: termina la pregunta y la palabra vuelve a Rosario, no a Santa Fe.
    vuelve = dar(sala, 45)
    assert (vuelve.nombre, vuelve.pausado, vuelve.segundos_previos, vuelve.corre_desde) == (
        "Rosario", False, 30, momento(45))
    assert vuelve.hablados(t(60)) == 45
    assert hablaron(sala) == [("Paraná", "pregunta_intercalada", 15)]
    assert cola(sala) == [("Santa Fe", "intervencion")]
    # Otra pregunta, que termina con «terminar»: también devuelve la palabra.
    pedir(sala, "Córdoba", "pregunta_intercalada", segundo=50)
    dar(sala, 55)
    assert lista(sala).en_pausa.segundos_previos == 40
    terminada = oradores.terminar(contexto, punto, ahora=t(65))
    assert (terminada.nombre, terminada.segundos) == ("Córdoba", 10)
    leida = lista(sala)
    assert (leida.hablando.nombre, leida.hablando.pausado, leida.en_pausa) == ("Rosario", False, None)
    assert leida.hablando.hablados(t(100)) == 75
    assert dar(sala, 100).nombre == "Santa Fe"
    assert hablaron(sala) == [("Rosario", "intervencion", 75), ("Paraná", "pregunta_intercalada", 15),
                              ("Córdoba", "pregunta_intercalada", 10)]


def test_dos_preguntas_seguidas_y_despues_vuelve_quien_hablaba(sala):
    pedir(sala, "Rosario", segundo=0)
    dar(sala, 0)
    pedir(sala, "Paraná", "pregunta_intercalada", segundo=5)
    pedir(sala, ANA, "pregunta_intercalada", segundo=6)
    assert dar(sala, 10).nombre == "Paraná"
    segunda = dar(sala, 30)                                      # la segunda pregunta: Rosario sigue en pausa
    assert segunda.nombre == ANA
    leida = lista(sala)
    assert (leida.hablando.nombre, leida.en_pausa.nombre, leida.en_pausa.segundos_previos) == (ANA, "Rosario", 10)
    assert hablaron(sala) == [("Paraná", "pregunta_intercalada", 20)]
    vuelve = dar(sala, 50)                                       # nadie espera: la palabra vuelve igual
    assert (vuelve.nombre, vuelve.pausado, vuelve.hablados(t(60))) == ("Rosario", False, 20)
    assert [(n, s) for n, _, s in hablaron(sala)] == [("Paraná", 20), (ANA, 20)]
    assert oradores.terminar(sala.contexto, sala.punto, ahora=t(70)).segundos == 30
    with pytest.raises(ErrorEscritorio, match="Nadie espera la palabra"):
        dar(sala, 80)


def test_la_pregunta_se_rechaza_sin_nadie_que_hable_en_pausa_o_a_si_mismo(sala):
    contexto, punto = sala.contexto, sala.punto
    nadie = "Una pregunta intercalada es a quien está hablando, y en la lista del punto .* nadie habla ahora"
    with pytest.raises(ErrorEscritorio, match=nadie):
        pedir(sala, "Paraná", "pregunta_intercalada")            # ni siquiera hay lista
    assert lista(sala).lista_id is None
    pedir(sala, "Rosario", segundo=0)
    with pytest.raises(ErrorEscritorio, match=nadie):
        pedir(sala, "Paraná", "pregunta_intercalada", segundo=1)  # hay lista, nadie habla
    dar(sala, 10)
    with pytest.raises(ErrorEscritorio, match="Quien habla no se hace una pregunta intercalada a sí mismo"):
        pedir(sala, "Rosario", "pregunta_intercalada", segundo=11)
    pausar(contexto, punto, ahora=t(20))
    with pytest.raises(ErrorEscritorio, match=nadie):
        pedir(sala, "Paraná", "pregunta_intercalada", segundo=21)  # en pausa por quien preside
    reanudar(contexto, punto, ahora=t(30))
    pedir(sala, "Paraná", "pregunta_intercalada", segundo=31)
    dar(sala, 32)
    with pytest.raises(ErrorEscritorio, match=nadie):
        pedir(sala, "Córdoba", "pregunta_intercalada", segundo=33)  # a quien responde una pregunta, no
    # Una pregunta no lleva categoría; la lista de una moción tiene su propio «quien habla».
    with pytest.raises(ErrorEscritorio, match="Solo una cuestión de orden lleva categoría"):
        pedir(sala, "Córdoba", "intervencion_breve", segundo=34,
              categoria=categorias.definir(contexto, _asamblea(sala), "Moción de orden", 1).id)
    with pytest.raises(ErrorEscritorio, match="en la lista de la moción 1 nadie habla ahora"):
        pedir(sala, "Córdoba", "pregunta_intercalada", segundo=35, mocion=sala.mocion)
    # Un invitado que habla tampoco se pregunta a sí mismo.
    oradores.terminar(contexto, punto, ahora=t(40))
    oradores.terminar(contexto, punto, ahora=t(41))
    pedir(sala, ANA, segundo=42)
    dar(sala, 43)
    with pytest.raises(ErrorEscritorio, match="a sí mismo"):
        pedir(sala, ANA, "pregunta_intercalada", segundo=44)
    assert [o.tipo for o in lista(sala).cola] == []


# --- la primera vez ---------------------------------------------------------------------------------------------------

def test_la_primera_vez_cuenta_en_toda_la_sesion(sala):
    # Rosario y Ana Souto ya hablaron en la lista de la moción 1 (otra lista de la misma sesión).
    pedir(sala, "Rosario", segundo=0, mocion=sala.mocion)
    pedir(sala, ANA, segundo=1, mocion=sala.mocion)
    dar(sala, 2, sala.mocion)
    dar(sala, 3, sala.mocion)
    oradores.terminar(sala.contexto, sala.punto, sala.mocion, ahora=t(4))
    pedir(sala, "Rosario", segundo=10)
    pedir(sala, "Paraná", segundo=11)
    pedir(sala, ANA, segundo=12)
    pedir(sala, "Córdoba", "intervencion_breve", segundo=13)
    assert [(o.nombre, o.primera_vez) for o in lista(sala).cola] == [
        ("Córdoba", True), ("Rosario", False), ("Paraná", True), (ANA, False)]
    # Paraná espera en dos listas: las dos son su primera vez hasta que habla en una.
    pedir(sala, "Paraná", segundo=14, mocion=sala.mocion)
    assert [o.primera_vez for o in lista(sala, sala.mocion).cola] == [True]
    dar(sala, 20)                                                 # Córdoba
    dar(sala, 30)                                                 # Rosario (Córdoba terminó)
    dar(sala, 40)                                                 # Paraná
    assert [o.primera_vez for o in lista(sala, sala.mocion).cola] == [False]
    assert [(o.nombre, o.primera_vez) for o in lista(sala).cola] == [(ANA, False)]
    # Quien habla o ya habló no lleva la marca (no está en la cola).
    assert not lista(sala).hablando.primera_vez


def test_un_invitado_se_reconoce_por_su_nombre(sala):
    otra = "Beatriz Ocampo"
    agregar_invitado(sala.contexto, sala.sesion, otra)
    pedir(sala, ANA, segundo=0, mocion=sala.mocion)
    dar(sala, 1, sala.mocion)
    pedir(sala, ANA, segundo=2)
    pedir(sala, otra, segundo=3)
    assert [(o.nombre, o.primera_vez) for o in lista(sala).cola] == [(ANA, False), (otra, True)]


# --- las categorías de las cuestiones de orden ------------------------------------------------------------------------

def test_las_categorias_se_definen_cambian_y_quitan(sala, db):
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
    from escritorio.servicios.contexto import Contexto

    contexto, asamblea = sala.contexto, _asamblea(sala)
    assert categorias.listar(contexto, asamblea) == []
    privilegio = categorias.definir(contexto, asamblea, "  Cuestión de privilegio ", 2)
    assert (privilegio.nombre, privilegio.rango) == ("Cuestión de privilegio", 2)
    orden = categorias.definir(contexto, asamblea, "Moción de orden", 1)
    assert [(c.nombre, c.rango) for c in categorias.listar(contexto, asamblea)] == [
        ("Moción de orden", 1), ("Cuestión de privilegio", 2)]
    # El mismo nombre cambia el rango (el mismo id).
    cambiada = categorias.definir(contexto, asamblea, "Moción de orden", 3)
    assert (cambiada.id, cambiada.rango) == (orden.id, 3)
    assert [c.nombre for c in categorias.listar(contexto, asamblea)] == ["Cuestión de privilegio", "Moción de orden"]
    assert categorias.elegir(contexto, asamblea, "moción  DE orden").id == orden.id
    assert categorias.elegir(contexto, asamblea, str(privilegio.id)).id == privilegio.id
    assert categorias.elegir_para_el_punto(contexto, sala.punto, "Moción de orden").id == orden.id
    with pytest.raises(ErrorEscritorio, match="El órgano no tiene la categoría de cuestión de orden «Réplica» "
                                              "\\(tiene: «Cuestión de privilegio», «Moción de orden»\\)"):
        categorias.elegir(contexto, asamblea, "Réplica")
    for rango in (0, 100, -1):
        with pytest.raises(ErrorEscritorio, match=r"Rango: de 1 \(pasa primero\) a 99\."):
            categorias.definir(contexto, asamblea, "Réplica", rango)
    with pytest.raises(ErrorEscritorio, match="No se guardó la categoría de cuestión de orden"):
        categorias.definir(contexto, asamblea, "   ", 1)
    assert len(categorias.listar(contexto, asamblea)) == 2

    # Una que ninguna cuestión de orden usó se quita; la usada, no (aunque el pedido se haya retirado).
    pedido = pedir(sala, "Córdoba", "cuestion_de_orden", categoria=privilegio.id)
    assert pedido.categoria == "Cuestión de privilegio"
    oradores.retirar(contexto, pedido.id)
    with pytest.raises(ErrorEscritorio, match="La categoría «Cuestión de privilegio» ya la llevan 1 cuestiones de "
                                              "orden: no se quita"):
        categorias.quitar(contexto, asamblea, "Cuestión de privilegio")
    categorias.quitar(contexto, asamblea, "moción de orden")
    assert [c.nombre for c in categorias.listar(contexto, asamblea)] == ["Cuestión de privilegio"]
    with pytest.raises(ErrorEscritorio, match="no tiene la categoría de cuestión de orden «Moción de orden»"):
        categorias.quitar(contexto, asamblea, "Moción de orden")

    # La de otro órgano no la lleva una cuestión de orden de esta sesión; solo una cuestión de orden lleva categoría.
    comision = crear_organo(contexto, NuevoOrgano("Comisión de Ambiente", "comite", padre_id=asamblea))
    ajena = categorias.definir(contexto, comision, "Moción de orden", 1)
    with pytest.raises(ErrorEscritorio, match=f"La categoría {ajena.id} no es una de las cuestiones de orden de "
                                              "este órgano"):
        pedir(sala, "Paraná", "cuestion_de_orden", categoria=ajena.id)
    with pytest.raises(ErrorEscritorio, match="Solo una cuestión de orden lleva categoría"):
        pedir(sala, "Paraná", "intervencion", categoria=privilegio.id)
    with pytest.raises(ErrorEscritorio, match="Solo una cuestión de orden lleva categoría"):
        pedir(sala, "Paraná", "a_favor", categoria=privilegio.id)
    assert [o.id for o in lista(sala).cola] == []
    # Un órgano de otra asociación no se toca.
    otra = crear_asociacion(db, NuevaAsociacion(nombre="Otra red", sigla="OTR", paises={"AR": "pleno"}))
    with pytest.raises(ErrorEscritorio, match=f"No existe el órgano {asamblea}"):
        categorias.definir(Contexto(db, otra), asamblea, "Intrusa", 1)
    with pytest.raises(ErrorEscritorio, match=f"No existe el órgano {asamblea}"):
        categorias.listar(Contexto(db, otra), asamblea)


# --- los tiempos en las reglas de la sala -----------------------------------------------------------------------------

def test_los_tiempos_nuevos_llegan_a_cada_pedido(sala):
    asamblea = _asamblea(sala)
    reglas = reglas_de_la_sala(sala.contexto, asamblea)
    assert (reglas.segundos_intervencion_breve, reglas.segundos_pregunta) == (60, 30)
    hecho = fijar_reglas_de_la_sala(sala.contexto, asamblea, PedidoDeReglasDeLaSala(
        segundos_intervencion_breve=90, segundos_pregunta=20))
    assert hecho.cambiaron
    assert (hecho.reglas.segundos_intervencion_breve, hecho.reglas.segundos_pregunta) == (90, 20)
    assert (hecho.reglas.segundos_palabra, hecho.reglas.segundos_cuestion_orden) == (180, 60)   # lo demás, igual
    pedir(sala, "Rosario", segundo=0)
    dar(sala, 0)
    pedir(sala, "Paraná", "intervencion_breve", segundo=1)
    pedir(sala, "Santa Fe", "pregunta_intercalada", segundo=2)
    assert [(o.nombre, o.segundos_permitidos) for o in lista(sala).cola] == [("Santa Fe", 20), ("Paraná", 90)]
    dar(sala, 10)
    assert lista(sala).restantes(t(15)) == 15
    for pedido, que in ((PedidoDeReglasDeLaSala(segundos_pregunta=9), "Tiempo de una pregunta intercalada"),
                        (PedidoDeReglasDeLaSala(segundos_intervencion_breve=7201),
                         "Tiempo de una intervención breve")):
        with pytest.raises(ErrorEscritorio, match=f"{que}: de 10 a 7200 segundos"):
            fijar_reglas_de_la_sala(sala.contexto, asamblea, pedido)
    assert reglas_de_la_sala(sala.contexto, asamblea).segundos_pregunta == 20


def test_con_articulo_los_tiempos_nuevos_cambian_solo_con_una_reforma(sala):
    from escritorio.servicios.estatutos import CambioArticulo, cargar_norma, reformar
    from escritorio.servicios.fijar_reglas_de_la_sala import reformas_para_la_sala

    contexto, asamblea = sala.contexto, _asamblea(sala)
    estatuto = cargar_norma(contexto, "estatuto", "Estatuto", "Artículo 1\nLa red.\n\nArtículo 14\nLas preguntas "
                            "duran veinte segundos.\n", date(2020, 1, 1))
    fijar_reglas_de_la_sala(contexto, asamblea, PedidoDeReglasDeLaSala(segundos_pregunta=20,
                                                                       articulo="Estatuto, art. 14"))
    for pedido in (PedidoDeReglasDeLaSala(segundos_pregunta=40),
                   PedidoDeReglasDeLaSala(segundos_intervencion_breve=120)):
        with pytest.raises(ErrorEscritorio, match=r"las fija Estatuto, art. 14 .*cambia con una reforma de ese "
                                                  "artículo"):
            fijar_reglas_de_la_sala(contexto, asamblea, pedido)
    assert (reglas_de_la_sala(contexto, asamblea).segundos_pregunta,
            reglas_de_la_sala(contexto, asamblea).segundos_intervencion_breve) == (20, 60)
    reformar(contexto, estatuto, HOY - timedelta(days=1),
             [CambioArticulo("14", "Las preguntas duran cuarenta segundos.")])
    [reforma] = reformas_para_la_sala(contexto, asamblea)
    hecho = fijar_reglas_de_la_sala(contexto, asamblea, PedidoDeReglasDeLaSala(segundos_pregunta=40,
                                                                              por_reforma=reforma.referencia))
    assert hecho.cambiaron and hecho.reglas.segundos_pregunta == 40
    with pytest.raises(ErrorEscritorio, match="se registró antes de que se fijaran estas reglas"):
        fijar_reglas_de_la_sala(contexto, asamblea, PedidoDeReglasDeLaSala(segundos_pregunta=50,
                                                                          por_reforma=reforma.referencia))
    pedir(sala, "Rosario", segundo=0)
    dar(sala, 0)
    assert pedir(sala, "Paraná", "pregunta_intercalada", segundo=1).segundos_permitidos == 40


# --- el acta y el proyector -------------------------------------------------------------------------------------------

def _una_lista_con_pausas_y_preguntas(sala) -> None:
    """Rosario habla 100 s en total (40 + pausa de 60 + 30 + la pregunta de Paraná, 15 s + 30); Santa Fe, una
    intervención breve de 45 s."""
    pedir(sala, "Rosario", segundo=0)
    dar(sala, 0)
    pedir(sala, "Santa Fe", "intervencion_breve", segundo=1)   # pedida antes, habría hablado antes que Rosario
    pausar(sala.contexto, sala.punto, ahora=t(40))
    reanudar(sala.contexto, sala.punto, ahora=t(100))
    pedir(sala, "Paraná", "pregunta_intercalada", segundo=110)
    dar(sala, 130)
    dar(sala, 145)                                                # vuelve a Rosario
    dar(sala, 175)                                                # Santa Fe: Rosario termina
    oradores.terminar(sala.contexto, sala.punto, ahora=t(220))


def test_el_acta_dice_los_tipos_nuevos_y_el_tiempo_sin_las_pausas(sala):
    from escritorio.servicios.sala_en_documentos import oradores_en_el_acta, sala_de_la_sesion

    _una_lista_con_pausas_y_preguntas(sala)
    assert hablaron(sala) == [("Rosario", "intervencion", 100), ("Paraná", "pregunta_intercalada", 15),
                              ("Santa Fe", "intervencion_breve", 45)]
    en_el_acta = oradores_en_el_acta(sala_de_la_sesion(sala.contexto, sala.sesion), sala.punto)
    assert sorted((o["quien"], o["tipo"], o["duracion"]) for o in en_el_acta) == sorted([
        ("Rosario", "Intervención", "1 min 40 s"), ("Paraná", "Pregunta intercalada", "15 s"),
        ("Santa Fe", "Intervención breve", "45 s")])


def test_el_proyector_detiene_el_reloj_en_la_pausa(sala):
    from escritorio.servicios.pantalla_de_la_sala import cuenta_regresiva, lo_que_ve_la_sala

    pedir(sala, "Rosario", segundo=0)
    dar(sala, 0)
    pausar(sala.contexto, sala.punto, ahora=t(50))
    orador = lo_que_ve_la_sala(sala.contexto, Foco(sala.sesion, sala.punto)).orador
    assert (orador.nombre, orador.pausado, orador.hablados, orador.segundos) == ("Rosario", True, 50, 180)
    for despues in (50, 3600):
        reloj = cuenta_regresiva(orador, t(despues))
        assert (reloj.pausada, reloj.restantes, reloj.texto, reloj.excedido) == (True, 130, "2:10", False)
    reanudar(sala.contexto, sala.punto, ahora=t(80))
    orador = lo_que_ve_la_sala(sala.contexto, Foco(sala.sesion, sala.punto)).orador
    reloj = cuenta_regresiva(orador, t(90))
    assert (orador.pausado, reloj.pausada, reloj.restantes) == (False, False, 120)   # 50 + 10 hablados
    # Una pregunta: la pantalla muestra a quien pregunta, con su tiempo.
    pedir(sala, "Paraná", "pregunta_intercalada", segundo=91)
    dar(sala, 100)
    pantalla = lo_que_ve_la_sala(sala.contexto, Foco(sala.sesion, sala.punto))
    assert (pantalla.orador.nombre, pantalla.orador.tipo, pantalla.orador.segundos) == (
        "Paraná", "Pregunta intercalada", 30)
    assert cuenta_regresiva(pantalla.orador, t(110)).restantes == 20


# --- el acta aprobada y la base ---------------------------------------------------------------------------------------

def test_con_el_acta_aprobada_nada_cambia_ni_con_sql(sala, db):
    from ayudas import resolucion_que_aprueba_el_acta
    from escritorio.servicios.actas import aprobar_acta, guardar_borrador
    from escritorio.servicios.sesiones.asistencia import marcar_celebrada

    contexto, punto = sala.contexto, sala.punto
    orden = categorias.definir(contexto, _asamblea(sala), "Moción de orden", 1)
    pedir(sala, "Rosario", segundo=0)
    dar(sala, 0)
    breve = pedir(sala, "Paraná", "intervencion_breve", segundo=1).id
    pedir(sala, "Santa Fe", "intervencion_breve", segundo=2)
    cuestion = pedir(sala, "Córdoba", "cuestion_de_orden", segundo=3, categoria=orden.id).id
    pausar(contexto, punto, ahora=t(30))
    resolucion = resolucion_que_aprueba_el_acta(contexto, sala.sesion)
    guardar_borrador(contexto, sala.sesion, apertura="Se abre la sesión.", cierre="Se cierra la sesión.",
                     preside="Rosario", secretaria="Paraná")
    marcar_celebrada(contexto, sala.sesion, "13:00")
    aprobar_acta(contexto, sala.sesion, resolucion["id"], date(2026, 11, 28))
    antes = lista(sala)

    for intento in (lambda: reanudar(contexto, punto, ahora=t(60)),
                    lambda: pausar(contexto, punto, ahora=t(60)),
                    lambda: mover(contexto, breve, 2),
                    lambda: dar(sala, 60),
                    lambda: oradores.terminar(contexto, punto, ahora=t(60)),
                    lambda: pedir(sala, "Montevideo", "cuestion_de_orden", segundo=60, categoria=orden.id),
                    lambda: pedir(sala, "Montevideo", "intervencion_breve", segundo=60)):
        with pytest.raises(ErrorEscritorio, match="El acta de esta sesión ya está aprobada"):
            intento()
    for sentencia, parametros in (
            ("UPDATE oradores SET pausado_en = NULL, corre_desde = ? WHERE estado = 'hablando'", [momento(60)]),
            ("UPDATE oradores SET segundos_previos = 999 WHERE estado = 'hablando'", []),
            ("UPDATE oradores SET orden = orden + 100 WHERE id = ?", [breve]),
            ("UPDATE oradores SET categoria_id = NULL WHERE id = ?", [cuestion])):
        with pytest.raises(RECHAZO_DE_LA_BASE, match="El acta de esta sesión está aprobada"):
            db.execute(sentencia, parametros)
        db.conn.rollback()
    assert lista(sala) == antes
    assert antes.hablando.pausado and antes.hablando.segundos_previos == 30
    # Las categorías son del órgano, no de la sesión: se siguen cambiando (no cambian lo ya anotado).
    assert categorias.definir(contexto, _asamblea(sala), "Moción de orden", 2).rango == 2


def test_la_base_rechaza_lo_que_los_servicios_no_escriben(sala, db):
    """Quien escribe con SQL (un papel con psql, otro programa) tampoco deja un tipo que no existe, un rango fuera de
    1 a 99, lo hablado negativo, un momento mal escrito ni un tiempo fuera de 10 a 7200: en los dos motores."""
    from escritorio.datos.conexion import transaccion

    asamblea = _asamblea(sala)
    pedido = pedir(sala, "Rosario", segundo=0).id
    dar(sala, 0)
    lista_id = lista(sala).lista_id
    for sentencia, parametros in (
            ("INSERT INTO oradores (lista_id, orden, miembro_id, tipo, pedida_en) VALUES (?, 50, ?, 'replica', ?)",
             [lista_id, sala.ids["Paraná"], momento(1)]),
            ("UPDATE oradores SET tipo = 'pregunta' WHERE id = ?", [pedido]),
            ("INSERT INTO categorias_de_cuestion (organo_id, nombre, rango) VALUES (?, 'Cero', 0)", [asamblea]),
            ("INSERT INTO categorias_de_cuestion (organo_id, nombre, rango) VALUES (?, 'Cien', 100)", [asamblea]),
            ("INSERT INTO categorias_de_cuestion (organo_id, nombre, rango) VALUES (?, '  ', 1)", [asamblea]),
            ("UPDATE oradores SET segundos_previos = -1 WHERE id = ?", [pedido]),
            ("UPDATE oradores SET segundos_previos = NULL WHERE id = ?", [pedido]),
            ("UPDATE oradores SET pausado_en = '2026-11-28T10:30:00' WHERE id = ?", [pedido]),
            ("UPDATE oradores SET pausado_en = 'ayer' WHERE id = ?", [pedido]),
            ("UPDATE oradores SET corre_desde = '28/11/2026 10:30:00' WHERE id = ?", [pedido]),
            ("UPDATE oradores SET categoria_id = 99999 WHERE id = ?", [pedido]),
            ("INSERT INTO reglas_de_la_sala (organo_id, segundos_pregunta) VALUES (?, 9)", [asamblea]),
            ("INSERT INTO reglas_de_la_sala (organo_id, segundos_intervencion_breve) VALUES (?, 7201)", [asamblea])):
        with pytest.raises(RECHAZO_DE_LA_BASE):
            db.execute(sentencia, parametros)
        db.conn.rollback()
    # Lo permitido entra: los bordes del rango, un momento bien escrito.
    with transaccion(db):
        db.execute("INSERT INTO categorias_de_cuestion (organo_id, nombre, rango) VALUES (?, 'Uno', 1), "
                   "(?, 'Noventa y nueve', 99)", [asamblea, asamblea])
        db.execute("UPDATE oradores SET pausado_en = ?, segundos_previos = 0 WHERE id = ?", [momento(5), pedido])
    assert [(c.nombre, c.rango) for c in categorias.listar(sala.contexto, asamblea)] == [
        ("Uno", 1), ("Noventa y nueve", 99)]
    leido = lista(sala).hablando
    assert (leido.pausado_en, leido.tipo) == (momento(5), "intervencion")
    assert reglas_de_la_sala(sala.contexto, asamblea).fijadas is False

