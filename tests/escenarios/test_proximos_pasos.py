"""Issue 46, §3: lo que la secretaría de la RCS ve en «Próximos pasos» el lunes 23 de noviembre de 2026 (la red de
ejemplo armada ese día), y cómo cambia cuando hace lo que la agenda le dice, con la orden que la agenda misma
escribe: convoca la Asamblea atrasada, traspasa la Secretaría Ejecutiva, emite las cuotas de 2027, manda los avisos
de cobro (y dos meses después le toca a cada uno el segundo, nunca el tercero antes), convoca el Consejo con la
aprobación del acta pendiente en su orden del día y manda la convocatoria por correo, que queda en la bandeja."""

from contextlib import closing
import json
import shlex
import sqlite3
from datetime import date

import pytest

from ayudas import DIA_DE_LA_DEMO, hoy_fijo
from escritorio.dominio import formato
from escritorio.dominio.agenda import ATRASADO, ESTA_SEMANA, ESTE_MES, MAS_ADELANTE
from escritorio.servicios.agenda import agenda
from escritorio.servicios.cobranza import preparar_avisos
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import NuevoOrgano, crear_organo

ASAMBLEA_ATRASADA = ("Asamblea General de Socios: sesión ordinaria atrasada; correspondía hasta el 20/11/2026.")
CONSEJO = "Consejo: próxima sesión ordinaria hasta el 15/03/2027; convocarla a más tardar el 28/02/2027."
TRASPASO = ("Secretaría Ejecutiva: el período de Mar del Plata termina el 30/11/2026 (Estatuto, art. 15); le sigue "
            "Belo Horizonte por el orden de sucesión.")
AVISOS = "Avisos de cobro: 78 miembros deben recibir el 1.º aviso."
EMISION = "Cuotas anuales 2027: sin emitir; se devengan el 01/01/2027 y vencen el 31/03/2027."
ACTA = ("Consejo, sesión n.º 62 del 15/09/2026: el acta sigue en borrador; se aprueba en la próxima sesión, hasta el "
        "15/03/2027.")


@pytest.fixture
def el_23_de_noviembre(monkeypatch):
    hoy_fijo(monkeypatch, DIA_DE_LA_DEMO)


@pytest.fixture
def base(demo_fechada, tmp_path, el_23_de_noviembre):
    """La ruta de una copia de la demo del 23/11/2026 (la usan la CLI y los servicios)."""
    import shutil

    ruta = tmp_path / "demo.db"
    shutil.copy(demo_fechada, ruta)
    return ruta


def _agenda(cli, base, dias=90) -> dict:
    hecho = cli("agenda", "--dias", dias, "--json", db=base)
    assert hecho.returncode == 0, hecho.stderr
    return json.loads(hecho.stdout)


def _textos(resultado: dict) -> list[tuple[str, str | None, str]]:
    return [(p["urgencia"], p["fecha"], p["texto"]) for p in resultado["pasos"]]


def _hacer(cli, base, paso: dict, **escribe):
    """Corre la orden que la agenda escribió para el paso (sin «escritorio --db RUTA»), con lo que escribe quien la
    usa en lugar de cada palabra en mayúsculas (`LUGAR="Montevideo"`)."""
    palabras = [escribe.get(p, p) for p in shlex.split(paso["orden"])]
    assert palabras[:3] == ["escritorio", "--db", str(base)]
    hecho = cli(*palabras[3:], db=base)
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    return hecho


CONVENIO_QUE_VENCE = "Vence el convenio «Capacitación conjunta en gestión de residuos»"
INFORME_DEL_CONVENIO = ("Informe: Informe técnico y financiero de medio término — convenio «Programa de fortalecimiento "
                        "de la planificación urbana en ciudades intermedias»")


def _filas(base, sql: str, *valores) -> list[tuple]:
    with closing(sqlite3.connect(base)) as conexion, conexion:
        return conexion.execute(sql, valores).fetchall()


def _paso(resultado: dict, texto: str) -> dict:
    return next(p for p in resultado["pasos"] if p["texto"] == texto)


def test_lo_que_ve_la_secretaria_el_23_de_noviembre(cli, base):
    """Con el horizonte de siempre (90 días): lo atrasado primero, con sus fechas, y debajo de cada paso la orden."""
    resultado = _agenda(cli, base)
    assert (resultado["hoy"], resultado["hasta"], resultado["dias"]) == ("2026-11-23", "2027-02-21", 90)
    assert _textos(resultado) == [
        (ATRASADO, "2023-04-30", AVISOS),
        (ATRASADO, "2026-11-20", ASAMBLEA_ATRASADA),
        (ESTE_MES, "2026-11-30", "Consejo: vencen 14 mandatos el 30/11/2026 (Buenos Aires, São Paulo, Lima y 11 más)."),
        (ESTE_MES, "2026-11-30", TRASPASO),
        (MAS_ADELANTE, "2026-12-31", "Unidades temáticas: vencen 45 mandatos de 15 unidades el 31/12/2026."),
        (MAS_ADELANTE, "2027-01-01", EMISION),
        # Del registro de convenios: el de residuos termina 45 días después de la demo, sin renovación, y el informe
        # de medio término del financiamiento vence al año de su inicio.
        (MAS_ADELANTE, "2027-01-07", CONVENIO_QUE_VENCE),
        (MAS_ADELANTE, "2027-01-09", INFORME_DEL_CONVENIO),
    ]
    ordenes = {p["texto"]: p["orden"].split(str(base) + " ", 1)[1] for p in resultado["pasos"]}
    (residuos,) = [f for f in _filas(base, "SELECT id FROM convenios WHERE titulo = ?",
                                     "Capacitación conjunta en gestión de residuos")]
    assert ordenes[CONVENIO_QUE_VENCE] == f"convenios ver {residuos[0]}"
    assert ordenes[ASAMBLEA_ATRASADA] == ("sesiones convocar 'Asamblea General de Socios' --fecha 2026-12-23 "
                                          "--lugar LUGAR")
    assert ordenes[TRASPASO] == "organos traspaso --fecha 2026-12-01"
    assert ordenes[EMISION] == "cuotas emitir 2027"
    assert ordenes[AVISOS] == "cuotas avisos avisos-2026-11-23.pdf"
    asamblea = _paso(resultado, ASAMBLEA_ATRASADA)
    assert asamblea["detalle"] == ["Estatuto, art. 12: se reúne cada año; la última sesión ordinaria fue el 20/11/2025.",
                                   "Estatuto, art. 18: se convoca con 30 días de anticipación."]
    assert _paso(resultado, TRASPASO)["detalle"] == [
        "El traspaso renueva también la Comisión Directiva (anterior, actual y siguiente)."]

    # Un horizonte más largo suma lo que viene después: la convocatoria del Consejo (su última sesión ordinaria fue
    # el 15/09/2026, se reúne cada 6 meses y se convoca con 15 días) y su acta, que se aprueba en esa sesión.
    largo = _agenda(cli, base, 120)
    assert _textos(largo)[-2:] == [(MAS_ADELANTE, "2027-02-28", CONSEJO), (MAS_ADELANTE, "2027-03-15", ACTA)]
    assert _paso(largo, CONSEJO)["orden"].endswith("sesiones convocar Consejo --fecha 2027-03-15 --lugar LUGAR")
    # El plazo de convocar el Consejo es el 28/02/2027: 97 días después del 23/11. El último día del horizonte cuenta.
    assert CONSEJO in [t for _, _, t in _textos(_agenda(cli, base, 97))]
    assert CONSEJO not in [t for _, _, t in _textos(_agenda(cli, base, 96))]


def test_los_avisos_son_los_de_las_cartas(base, el_23_de_noviembre):
    """La agenda cuenta los mismos miembros y el mismo aviso que la pestaña Avisos (la regla de las cartas), y la
    fecha es el día en que le tocó al primero: 30 días después de su cuota impaga más vieja."""
    from escritorio.servicios.base import abrir_base

    db = abrir_base(base)
    try:
        contexto = Contexto(db, 1)
        cartas = preparar_avisos(contexto)
        (paso,) = [p for p in agenda(contexto).pasos if p.clase == "aviso"]
        assert paso.texto == f"Avisos de cobro: {len(cartas)} miembros deben recibir el 1.º aviso."
        assert {a.nivel for a in cartas} == {1}
        primero = min(c["vencimiento"] for a in cartas for c in a.cargos)
        assert paso.fecha == date.fromordinal(primero.toordinal() + 30) == date(2023, 4, 30)
    finally:
        db.close()


def test_la_secretaria_hace_lo_que_dice_la_agenda_y_la_agenda_cambia(cli, base, monkeypatch):
    inicio = _agenda(cli, base, 130)

    # La Asamblea atrasada: se convoca con la orden de la agenda; queda la sesión convocada, a 30 días.
    _hacer(cli, base, _paso(inicio, ASAMBLEA_ATRASADA), LUGAR="Intendencia de Montevideo")
    # El traspaso de la Secretaría Ejecutiva, el día siguiente al fin del período; rehace también la troika.
    _hacer(cli, base, _paso(inicio, TRASPASO))
    # La emisión de 2027.
    _hacer(cli, base, _paso(inicio, EMISION))
    # Los avisos de cobro: el PDF con una carta por miembro, registradas.
    hecho = _hacer(cli, base, _paso(inicio, AVISOS))
    assert (base.parent / "avisos-2026-11-23.pdf").exists() or "avisos-2026-11-23.pdf" in hecho.stdout

    despues = _agenda(cli, base, 130)
    textos = [t for _, _, t in _textos(despues)]
    assert ASAMBLEA_ATRASADA not in textos and TRASPASO not in textos and EMISION not in textos
    assert not any(t.startswith("Avisos de cobro") for t in textos)
    assert not any(t.startswith("Comisión Directiva") for t in textos)   # la troika se rehízo con el traspaso
    assert (ESTE_MES, "2026-12-23", "Asamblea General de Socios: sesión ordinaria n.º 33 el 23/12/2026 en Intendencia "
                                    "de Montevideo.") in _textos(despues)
    cobrar = next(p for p in despues["pasos"] if p["texto"].startswith("Cuota anual 2027"))
    assert cobrar["fecha"] == "2027-03-31" and cobrar["urgencia"] == MAS_ADELANTE
    assert cobrar["texto"].startswith("Cuota anual 2027: vencen 298 cargos el 31/03/2027 (USD ")
    assert cobrar["texto"].endswith(" por cobrar).")
    assert cobrar["orden"].endswith("cuotas exportar 2027 cuotas-2027.xlsx")

    # Dos meses después, a quien sigue debiendo le toca el 2.º aviso (60 días después del 1.º: 30, 90, 180),
    # nunca el 3.º aunque su cuota esté impaga hace más de 180 días.
    hoy_fijo(monkeypatch, date(2027, 1, 22))
    enero = _agenda(cli, base, 30)
    (avisos,) = [p for p in enero["pasos"] if p["clase"] == "aviso"]
    assert avisos["texto"] == "Avisos de cobro: 78 miembros deben recibir el 2.º aviso."
    assert avisos["fecha"] == "2027-01-22" and avisos["urgencia"] == ESTA_SEMANA
    hoy_fijo(monkeypatch, date(2027, 1, 21))
    assert not any(p["clase"] == "aviso" for p in _agenda(cli, base, 30)["pasos"])


def test_el_acta_se_aprueba_en_la_sesion_que_sigue_y_la_convocatoria_sale_por_correo(cli, base):
    # El Consejo se convoca para el 10/03/2027 y el punto que aprueba el acta de la sesión 62 va a su orden del día.
    hecho = cli("sesiones", "convocar", "Consejo", "--fecha", "2027-03-10", "--lugar", "Rosario", "--json", db=base)
    assert hecho.returncode == 0, hecho.stderr
    nueva = json.loads(hecho.stdout)["id"]
    antes = _agenda(cli, base, 120)
    assert CONSEJO not in [t for _, _, t in _textos(antes)]   # ya está convocada
    assert ACTA.replace("se aprueba en la próxima sesión, hasta el", "se aprueba en la sesión siguiente, del") \
        .replace("15/03/2027", "10/03/2027") in [t for _, _, t in _textos(antes)]
    acta = next(p for p in antes["pasos"] if p["clase"] == "acta")
    assert acta["orden"].endswith(f"sesiones punto-aprobacion-acta 4 --en {nueva}")
    _hacer(cli, base, acta)
    con_el_punto = next(p for p in _agenda(cli, base, 120)["pasos"] if p["clase"] == "acta")
    assert con_el_punto["texto"] == "Consejo, sesión n.º 62 del 15/09/2026: el acta se aprueba en la sesión n.º 63 del " \
                                    "10/03/2027."
    # El punto se vota en esa sesión, que todavía no tiene asistencia (ni quórum): el paso lleva a ella (votarlo ahora
    # no se puede: issue 66).
    assert con_el_punto["orden"].endswith(f"sesiones puntos {nueva}")

    # Con la cuenta de correo, la sesión convocada recuerda que su convocatoria no salió; mandada (a la bandeja, sin
    # conexión), la bandeja espera y la sesión ya no lo recuerda.
    assert cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", "2525", "--seguridad", "ninguna",
               "--remitente", "secretaria@redsur.ejemplo.org", db=base).returncode == 0
    sesion = next(p for p in _agenda(cli, base, 120)["pasos"] if p["accion"].get("sesion_id") == nueva
                  and p["clase"] == "sesion")
    assert sesion["texto"] == ("Consejo: sesión ordinaria n.º 63 el 10/03/2027 en Rosario; su convocatoria no se "
                               "mandó por correo.")
    assert sesion["orden"].endswith(f"correo convocatoria {nueva}")
    assert cli("correo", "convocatoria", nueva, "--no-enviar", db=base).returncode == 0
    final = _agenda(cli, base, 120)
    sesion = next(p for p in final["pasos"] if p["accion"].get("sesion_id") == nueva and p["clase"] == "sesion")
    assert sesion["texto"] == "Consejo: sesión ordinaria n.º 63 el 10/03/2027 en Rosario."
    (bandeja,) = [p for p in final["pasos"] if p["clase"] == "correo"]
    with closing(sqlite3.connect(base)) as conexion, conexion:   # uno por integrante del Consejo el 10/03/2027, con su día (UTC)
        cuantos, dia = conexion.execute("SELECT count(*), min(date(creado_en)) FROM mensajes").fetchone()
    assert cuantos > 1
    assert bandeja["texto"] == f"Bandeja de salida: {cuantos} mensajes esperan salir (desde el {formato.fecha(dia)})."
    assert bandeja["orden"].endswith("correo enviar")


def test_una_sesion_convocada_que_paso_sin_registrarse_esta_atrasada(cli, base):
    hecho = cli("sesiones", "convocar", "Consejo", "--fecha", "2026-11-20", "--lugar", "Rosario", "--tipo", "extraordinaria",
                "--convocada-el", "2026-11-01", "--json", db=base)
    assert hecho.returncode == 0, hecho.stderr
    sesion = json.loads(hecho.stdout)["id"]
    resultado = _agenda(cli, base)
    paso = next(p for p in resultado["pasos"] if p["accion"].get("sesion_id") == sesion)
    assert (paso["urgencia"], paso["fecha"], paso["texto"]) == (
        ATRASADO, "2026-11-20", "Consejo, sesión n.º 63 del 20/11/2026: sigue convocada; regístrela celebrada (con su "
                                "asistencia) o suspendida.")
    assert paso["orden"].endswith(f"sesiones celebrada {sesion} --hora-cierre HH:MM")
    # Una extraordinaria no cuenta para la frecuencia: el Consejo sigue debiendo su ordinaria hasta el 15/03/2027.
    assert CONSEJO in [t for _, _, t in _textos(_agenda(cli, base, 120))]


def test_un_organo_sin_frecuencia_no_tiene_sesion_que_convocar(base, el_23_de_noviembre):
    """Un grupo de trabajo sin frecuencia sesionó: nada que convocar por él (con cualquier horizonte), y su acta sin
    redactar no tiene plazo (no hay sesión siguiente que la apruebe): se ve «más adelante», sin fecha."""
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.sesiones.asistencia import marcar_celebrada
    from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar

    db = abrir_base(base)
    try:
        contexto = Contexto(db, 1)
        grupo = crear_organo(contexto, NuevoOrgano("Grupo de trabajo de movilidad", "grupo_trabajo"))
        sesion = convocar(contexto, grupo, NuevaSesion(fecha=date(2026, 10, 5), lugar="Rosario",
                                                        convocada_el=date(2026, 9, 20)))
        marcar_celebrada(contexto, sesion, "12:00")
        pasos = [p for p in agenda(contexto, 3660).pasos if p.accion.organo_id == grupo]
        assert [(p.clase, p.fecha, p.urgencia, p.accion.que) for p in pasos] == [
            ("acta", None, MAS_ADELANTE, "redactar_acta")]
        assert pasos[0].texto == ("Grupo de trabajo de movilidad, sesión n.º 1 del 05/10/2026: falta redactar el acta; "
                                  "se aprueba en la próxima sesión del órgano.")
    finally:
        db.close()


def test_el_panel_y_la_orden_dicen_la_fecha_en_el_formato_de_siempre(cli, base):
    hecho = cli("agenda", db=base)
    assert hecho.returncode == 0, hecho.stderr
    salida = hecho.stdout
    assert salida.startswith("Próximos pasos de RCS al 23/11/2026 (hasta el 21/02/2027, 90 días):")
    assert "\nAtrasado (2)\n" in salida and "\nEste mes (2)\n" in salida and "\nMás adelante (4)\n" in salida
    assert f"  30/04/2023  {AVISOS}\n" in salida
    assert f"→ escritorio --db {base} cuotas emitir 2027" in salida
    assert formato.fecha(DIA_DE_LA_DEMO) == "23/11/2026"
