"""Issue 81 §3, por los servicios: los otros derechos del art. 18 de la LGPD (bloqueo, anonimización, saber con quién
se compartieron sus datos, revocar el consentimiento), el encargado de datos (art. 41) en la carta, y la restauración
de un respaldo anterior a una supresión, que deja un incidente a la vista.

La red: Porto Alegre integra el Consejo; Beatriz Lima es su contacto de relaciones internacionales y recibe las
convocatorias. La asociación aplica la LGPD (Brasil), salvo donde la prueba fija otra ley."""

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from escritorio.datos import incidentes
from escritorio.dominio import datos_personales as reglas
from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.acceso_a_los_datos import responder_acceso
from escritorio.servicios.base import abrir_base, hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.correo import preparar_convocatoria
from escritorio.servicios.ficha import guardar_contacto, guardar_ficha
from escritorio.servicios.oposicion_al_correo import oponerse
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.personas import apariciones, registrar_persona
from escritorio.servicios.respaldo import crear_respaldo, restaurar_respaldo
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.reglas import fijar_convocatoria
from escritorio.servicios.solicitudes_de_datos import (fijar_politica, listar_solicitudes, politica,
                                                       registrar_solicitud, responder)
from escritorio.servicios.supresion_de_datos import suprimir
from escritorio.servicios.verificacion.comprobaciones import verificar

BEATRIZ, CORREO = "Beatriz Lima", "beatriz.lima@portoalegre.ejemplo.org"
INSTITUCIONAL = "prefeitura@portoalegre.ejemplo.org"
NUEVOS = ["bloqueo", "anonimizacion", "compartidos", "revocacion"]


@dataclass
class Red:
    contexto: Contexto
    contacto: int
    sesion: int


@pytest.fixture
def red(db, asociacion_id) -> Red:
    contexto = Contexto(db, asociacion_id)
    fijar_politica(contexto, pais="BR", contacto="dados@litoral.ejemplo.org")
    ciudad = guardar_ficha(contexto, FichaMiembro(nombre="Porto Alegre", pais="BR", fecha_ingreso=date(2000, 1, 1),
                                                  correo=INSTITUCIONAL), poblacion=(1_300_000, 2022, "Censo"))
    contacto = guardar_contacto(db, ciudad, BEATRIZ, "Relaciones internacionales", CORREO, "+55 51 3289 0000",
                                recibe="convocatoria")
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=ciudad))
    fijar_convocatoria(contexto, consejo, 15, "Estatuto, art. 18")
    sesion = convocar(contexto, consejo, NuevaSesion(fecha=hoy() + timedelta(days=20), hora="10:00",
                                                     lugar="Porto Alegre", convocada_el=hoy()))
    return Red(contexto, contacto, sesion)


def _persona(red: Red) -> int:
    return registrar_persona(red.contexto, None, [("contactos", red.contacto)], motivo="escribió a la secretaría")


def _texto(pdf) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)


def _solicitud(red: Red, solicitud_id: int) -> dict:
    return next(s for s in listar_solicitudes(red.contexto) if s["id"] == solicitud_id)


def _contacto_sigue(red: Red) -> bool:
    return red.contexto.db.execute("SELECT count(*) FROM contactos WHERE id = ?", [red.contacto]).fetchone()[0] == 1


@pytest.mark.parametrize("derecho", NUEVOS)
def test_en_brasil_cada_derecho_nuevo_vence_a_los_quince_dias_por_la_lgpd(red, derecho):
    viernes = date(2026, 11, 27)
    hecha = registrar_solicitud(red.contexto, _persona(red), derecho, recibida=viernes)
    assert hecha.vence_el == date(2026, 12, 12)                  # 15 días corridos
    assert "15 días corridos" in hecha.plazo and "LGPD, art. 18" in hecha.plazo
    assert _solicitud(red, hecha.id)["derecho"] == derecho       # la base lo acepta (migración 0066)


@pytest.mark.parametrize("derecho", NUEVOS)
def test_en_argentina_el_derecho_que_la_ley_no_nombra_tiene_el_plazo_del_que_lo_responde(red, derecho):
    fijar_politica(red.contexto, pais="AR")
    persona, viernes = _persona(red), date(2026, 11, 27)
    hecha = registrar_solicitud(red.contexto, persona, derecho, recibida=viernes)
    como = registrar_solicitud(red.contexto, persona, reglas.PLAZO_COMO[derecho], recibida=viernes)
    assert (hecha.vence_el, hecha.plazo) == (como.vence_el, como.plazo)
    assert "Ley 25.326" in hecha.plazo
    if derecho == "bloqueo":                                     # el de la oposición: 5 días hábiles
        assert hecha.vence_el == date(2026, 12, 4) and "5 días hábiles" in hecha.plazo


@pytest.mark.ambos_motores
@pytest.mark.parametrize("derecho, efecto", [("bloqueo", "Sus datos quedan bloqueados")])
def test_bloquear_la_saca_del_correo_y_no_se_responde_de_otro_modo(red, tmp_path, derecho, efecto):
    # La revocación del consentimiento se responde revocando sus consentimientos (tests/servicios/
    # test_consentimientos.py): el correo que manda el estatuto sigue.
    antes = preparar_convocatoria(red.contexto, red.sesion)
    assert [d for m in antes.mensajes for d, _ in m.para] == [CORREO] and not antes.por_oposicion
    solicitud = registrar_solicitud(red.contexto, _persona(red), derecho).id
    nombre = re.escape(reglas.DERECHOS[derecho].lower())
    for de_otro_modo in (lambda: suprimir(red.contexto, solicitud, carpeta=tmp_path),
                         lambda: responder_acceso(red.contexto, solicitud, tmp_path),
                         lambda: responder(red.contexto, solicitud, "Listo, ya no usamos sus datos.")):
        with pytest.raises(ErrorEscritorio, match=f"La solicitud {solicitud} es de {nombre}"):
            de_otro_modo()
    assert not list(tmp_path.glob("*-solicitud-*"))              # ni carta ni datos
    assert _solicitud(red, solicitud)["estado"] == "abierta" and _contacto_sigue(red)

    hecho = oponerse(red.contexto, solicitud)
    assert hecho.direcciones == [CORREO]
    respondida = _solicitud(red, solicitud)
    assert respondida["estado"] == "respondida" and respondida["respuesta"].startswith(efecto)
    envio = preparar_convocatoria(red.contexto, red.sesion)
    assert [(o["miembro"], o["persona"]) for o in envio.por_oposicion] == [("Porto Alegre", BEATRIZ)]
    assert [d for m in envio.mensajes for d, _ in m.para] == [INSTITUCIONAL]   # la ciudad sigue convocada, sin ella
    assert _contacto_sigue(red)                                  # bloquear no es suprimir


@pytest.mark.ambos_motores
def test_la_anonimizacion_se_responde_suprimiendo_y_la_carta_lo_dice(red, tmp_path):
    solicitud = registrar_solicitud(red.contexto, _persona(red), "anonimizacion").id
    with pytest.raises(ErrorEscritorio, match=f"La solicitud {solicitud} es de anonimización de sus datos"):
        oponerse(red.contexto, solicitud)
    hecho = suprimir(red.contexto, solicitud, carpeta=tmp_path)
    assert not _contacto_sigue(red)
    assert not [a for a in apariciones(red.contexto) if a["nombre"] == BEATRIZ]
    assert _solicitud(red, solicitud)["estado"] == "respondida"
    carta = _texto(hecho.carta)
    assert "Atendimos su pedido de que anonimicemos sus datos" in carta and "Lei Geral" in carta
    assert "Encargado de datos de la asociación: no designado" in carta
    assert "Autoridade Nacional de Proteção de Dados" in carta       # ante quién reclamar, en Brasil


def test_despues_de_anonimizar_la_verificacion_sigue_diciendo_sana(red):
    """Como después de una supresión (test_derechos_de_las_personas.py): lo que la bitácora borró lo pidió una
    solicitud respondida, aunque sea de anonimización."""
    suprimir(red.contexto, registrar_solicitud(red.contexto, _persona(red), "anonimizacion").id)
    resultado = verificar(red.contexto.db)
    assert resultado.correcta, "\n".join(resultado.problemas)


@pytest.mark.ambos_motores
def test_con_quien_se_compartieron_sus_datos_va_en_la_carta_y_en_el_json(red, tmp_path):
    solicitud = registrar_solicitud(red.contexto, _persona(red), "compartidos").id
    hecho = responder_acceso(red.contexto, solicitud, tmp_path)
    assert hecho.carta.is_file() and hecho.datos.is_file()
    compartidos = json.loads(hecho.datos.read_text(encoding="utf-8"))["compartidos"]
    assert compartidos and all(c["con_quien"] and c["que"] for c in compartidos)
    assert any("servidor de correo de la asociación" in c["con_quien"] for c in compartidos), compartidos
    carta = _texto(hecho.carta)
    assert "Con quién compartimos sus datos" in carta and "servidor de correo de la asociación" in carta
    assert _solicitud(red, solicitud)["estado"] == "respondida"


def test_el_encargado_de_datos_sale_en_la_carta_de_acceso_y_si_no_hay_lo_dice(red, tmp_path):
    persona = _persona(red)
    for carpeta in ("sin", "con"):
        (tmp_path / carpeta).mkdir()
    assert politica(red.contexto).encargado is None
    sin = responder_acceso(red.contexto, registrar_solicitud(red.contexto, persona, "acceso").id, tmp_path / "sin")
    assert "Encargado de datos de la asociación: no designado" in _texto(sin.carta)
    fijar_politica(red.contexto, encargado="Ana Ruiz, dpo@red.org")
    assert politica(red.contexto).encargado == "Ana Ruiz, dpo@red.org"
    con = responder_acceso(red.contexto, registrar_solicitud(red.contexto, persona, "acceso").id, tmp_path / "con")
    carta = _texto(con.carta)
    assert "Encargado de datos de la asociación: Ana Ruiz, dpo@red.org" in carta and "no designado" not in carta
    assert json.loads(con.datos.read_text(encoding="utf-8"))["asociacion"]["encargado"].endswith(
        "Ana Ruiz, dpo@red.org.")


def _despues_de_restaurar(ruta_db) -> tuple[list[dict], list[str], bool, bool]:
    """La base restaurada, reabierta: (sus incidentes de supresión deshecha, los problemas de «verificar» que nombran
    una supresión, si el contacto de Beatriz volvió, si «verificar» dice que está sana)."""
    db = abrir_base(ruta_db)
    try:
        resultado = verificar(db)
        volvio = db.execute("SELECT count(*) FROM contactos WHERE correo = ?", [CORREO]).fetchone()[0] > 0
        return ([i for i in incidentes.listar(db) if i["tipo"] == "supresion_deshecha"],
                [p for p in resultado.problemas if "supresión" in p], volvio, resultado.correcta)
    finally:
        db.close()


def test_restaurar_un_respaldo_anterior_a_la_supresion_deja_un_incidente_que_verificar_muestra(red, ruta_db, tmp_path):
    db = red.contexto.db
    solicitud = registrar_solicitud(red.contexto, _persona(red), "supresion").id
    (tmp_path / "pendrive").mkdir()
    en_el_pendrive = crear_respaldo(db, tmp_path / "pendrive")       # fuera de la carpeta: la carta lo dice como límite
    en_la_carpeta = crear_respaldo(db)                               # en la carpeta: la respuesta lo nombra
    hecho = suprimir(red.contexto, solicitud)
    assert en_la_carpeta.name in [Path(c["ruta"]).name for c in hecho.respaldos]
    despues = crear_respaldo(db)
    db.close()

    restaurar_respaldo(ruta_db, despues)                             # hecho después de suprimir: nada que decir
    assert _despues_de_restaurar(ruta_db) == ([], [], False, True)

    restaurar_respaldo(ruta_db, en_el_pendrive)                      # anterior y con sus datos: volvieron
    deshechas, problemas, volvio, sana = _despues_de_restaurar(ruta_db)
    assert volvio and not sana and len(deshechas) == 1
    assert f"solicitud {solicitud}" in deshechas[0]["detalle"] and deshechas[0]["reconocido_en"] is None
    assert len(problemas) == 1 and f"solicitud {solicitud}" in problemas[0]

    restaurar_respaldo(ruta_db, despues)                             # otra vez el de después: ni incidente ni datos
    assert _despues_de_restaurar(ruta_db) == ([], [], False, True)
