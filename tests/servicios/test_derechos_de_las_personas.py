"""Los derechos de una persona sobre sus datos (issue 65), en los dos motores: el acceso reúne todo lo suyo (su fila, su
historia, su correo), la supresión borra lo que no hay que conservar, la saca del correo y deja su historia ilegible
sin que la verificación deje de decir «sana», y la oposición hace que no le salga más correo.

La red de prueba: un Consejo de cuatro ciudades. Lucía Fernández es el contacto de Rosario que recibe las
convocatorias; una convocatoria ya le salió (por un servidor SMTP de verdad en 127.0.0.1) y otra la espera en la
bandeja de salida. La asociación aplica la ley uruguaya (Ley 18.331)."""

import json
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from armadas_una_vez import armada_una_vez
from correo.servidor_smtp import ServidorSMTP
from escritorio.datos.valores_personales import SUPRIMIDO
from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.acceso_a_los_datos import responder_acceso, reunir
from escritorio.servicios.base import hoy
from escritorio.servicios.bitacora import listar as bitacora
from escritorio.servicios.conservacion_de_datos import suprimir_vencidos, vencidos
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.correo import bandeja, encolar, preparar_convocatoria
from escritorio.servicios.cuenta_de_correo import configurar_cuenta
from escritorio.servicios.despacho import despachar
from escritorio.servicios.ficha import guardar_contacto, guardar_ficha
from escritorio.servicios.miembros import dar_de_baja
from escritorio.servicios.oposicion_al_correo import oponerse
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.personas import apariciones, ficha, registrar_persona
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.reglas import fijar_convocatoria
from escritorio.servicios.solicitudes_de_datos import fijar_politica, listar_solicitudes, registrar_solicitud
from escritorio.servicios.supresion_de_datos import planear, suprimir
from escritorio.servicios.verificacion.comprobaciones import verificar

# Lo que prueba difiere entre motores (la bitácora y sus valores aparte, el correo que salió): corre también en el
# servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

LUCIA, CORREO = "Lucía Fernández", "lucia.fernandez@rosario.ejemplo.org"
CIUDADES = {"Rosario": None, "Paraná": "intendencia@parana.ejemplo.org", "Montevideo": "im@montevideo.ejemplo.org",
            "Salto": "salto@salto.ejemplo.org"}


@dataclass
class Red:
    contexto: Contexto
    ids: dict[str, int]
    contacto: int
    sesion: int
    pendiente: list[int]


@pytest.fixture
def red(request, db, asociacion_id) -> Red:
    armada = armada_una_vez(request, db, "test_derechos_de_las_personas.red", lambda base: armar_red(base, asociacion_id))
    return Red(Contexto(db, asociacion_id), *armada)


def armar_red(db, asociacion_id) -> tuple:
    """(ids, contacto, sesión, pendiente): lo que `red` arma, sin la conexión."""
    contexto = Contexto(db, asociacion_id)
    fijar_politica(contexto, pais="UY", contacto="datos@litoral.ejemplo.org")
    ids = {nombre: guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais="UY" if nombre in ("Montevideo", "Salto")
                                                        else "AR", fecha_ingreso=date(2000, 1, 1), correo=correo),
                                 poblacion=(250_000, 2020, "Censo"))
           for nombre, correo in CIUDADES.items()}
    contacto = guardar_contacto(db, ids["Rosario"], LUCIA, "Relaciones internacionales", CORREO, "+54 341 555 0101",
                                recibe="convocatoria,acta")
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    for miembro in ids.values():
        designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=miembro))
    fijar_convocatoria(contexto, consejo, 15, "Estatuto, art. 18")
    sesion = convocar(contexto, consejo, NuevaSesion(fecha=hoy() + timedelta(days=10), hora="10:00",
                                                     lugar="Paraná", convocada_el=hoy()))
    with ServidorSMTP() as servidor:
        configurar_cuenta(contexto, servidor="127.0.0.1", puerto=servidor.puerto, seguridad="ninguna",
                          remitente="secretaria@litoral.ejemplo.org")
        encolar(contexto, preparar_convocatoria(contexto, sesion, miembros=[ids["Rosario"], ids["Paraná"]]))
        assert len(despachar(contexto).enviados) == 2
    pendiente = encolar(contexto, preparar_convocatoria(contexto, sesion, miembros=[ids["Rosario"]]))
    return ids, contacto, sesion, pendiente


def _persona(red: Red) -> int:
    return registrar_persona(red.contexto, None, [("contactos", red.contacto)], motivo="pidió sus datos")


def _sana(db) -> str:
    resultado = verificar(db)
    assert resultado.correcta, "\n".join(resultado.problemas)
    return "\n".join(resultado.detalles)


def test_el_plazo_es_el_de_la_ley_de_la_asociacion(red):
    persona = _persona(red)
    viernes = date(2026, 11, 27)
    hecha = registrar_solicitud(red.contexto, persona, "acceso", recibida=viernes)
    assert hecha.vence_el == date(2026, 12, 4)    # cinco días hábiles, sin el sábado ni el domingo
    assert "Ley 18.331, art. 14" in hecha.plazo
    fijar_politica(red.contexto, pais=None)
    with pytest.raises(ErrorEscritorio, match="no fijó la ley"):
        registrar_solicitud(red.contexto, persona, "supresion", recibida=viernes)
    with pytest.raises(ErrorValidacion, match="Recibida el"):
        registrar_solicitud(red.contexto, persona, "acceso", recibida=hoy() + timedelta(days=3))


def test_el_registro_propone_coincidencias_y_no_une_a_nadie_solo(red):
    designar(red.contexto, crear_organo(red.contexto, NuevoOrgano("Tesorería", "comision_directiva")),
             NuevoMandato("tesorero", date(2024, 1, 1), persona="Lucia Fernandez"))
    persona = _persona(red)
    datos = ficha(red.contexto, persona)
    assert [f["tabla"] for f in datos.filas] == ["contactos"]
    assert [(a["tabla"], a["nombre"]) for a in datos.posibles] == [("mandatos", "Lucia Fernandez")]
    assert all(a["persona_id"] is None for a in apariciones(red.contexto) if a["tabla"] == "mandatos")


def test_el_acceso_reune_su_fila_su_historia_y_su_correo_en_la_carta_y_el_json(red, tmp_path):
    from pypdf import PdfReader

    persona = _persona(red)
    solicitud = registrar_solicitud(red.contexto, persona, "acceso", detalle="Quiero saber qué tienen de mí").id
    datos = reunir(red.contexto, persona)
    assert [f["correo"] for f in datos.filas] == [CORREO]
    assert any("Lucía Fernández" in h["que_paso"] for h in datos.historia)
    assert sorted(c["estado_del_mensaje"] for c in datos.correo) == ["enviado", "pendiente"]
    hecho = responder_acceso(red.contexto, solicitud, tmp_path)
    carta = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(hecho.carta).pages)
    assert LUCIA in carta and CORREO in carta and "Ley 18.331" in carta
    assert "datos@litoral.ejemplo.org" in carta
    guardado = json.loads(hecho.datos.read_text(encoding="utf-8"))
    assert guardado["filas"][0]["como_esta_guardada"]["telefono"] == "+54 341 555 0101"
    assert len(guardado["correo"]) == 2
    assert listar_solicitudes(red.contexto)[0]["estado"] == "respondida"
    with pytest.raises(ErrorEscritorio, match="no se responde dos veces"):
        responder_acceso(red.contexto, solicitud, tmp_path, reemplazar=True)


def test_la_supresion_borra_su_contacto_la_saca_del_correo_y_la_bitacora_la_olvida_sin_dejar_de_verificar(red):
    db = red.contexto.db
    persona = _persona(red)
    solicitud = registrar_solicitud(red.contexto, persona, "supresion", detalle=f"Borren a {LUCIA}").id
    plan = planear(red.contexto, solicitud)
    assert [(p.tabla, p.como) for p in plan.pasos] == [("contactos", "borrada")]
    assert sorted(p.como for p in plan.correo) == ["anonimizada", "borrada"]
    hecho = suprimir(red.contexto, solicitud)
    assert hecho.valores_suprimidos > 0
    # en el registro, en la bandeja y en lo que salió: ni su nombre ni su correo
    assert not [a for a in apariciones(red.contexto) if a["nombre"] == LUCIA]
    mensajes = bandeja(red.contexto)
    assert all(CORREO not in str(m) and LUCIA not in str(m) for m in mensajes)
    assert [m.estado for m in mensajes if m.id in red.pendiente] == ["anulado"]
    assert not db.execute("SELECT count(*) FROM mensajes WHERE texto LIKE ? OR html LIKE ?",
                          [f"%{CORREO}%", f"%{CORREO}%"]).fetchone()[0]
    assert db.execute("SELECT count(*) FROM destinatarios_mensaje WHERE direccion LIKE '%suprimida%'"
                      ).fetchone()[0] == 1   # la convocatoria que salió: queda que salió, sin su dirección
    # en la bitácora: lo que se lee ya no la nombra, y los valores suprimidos se leen «(dato suprimido)»
    registros = bitacora(db, entidad="contactos", entidad_id=red.contacto)
    assert registros and all(LUCIA not in str(r.antes) + str(r.despues) for r in registros)
    assert not db.execute("SELECT count(*) FROM bitacora_valores WHERE valor LIKE ? OR valor LIKE ?",
                          [f"%{CORREO}%", "%Fernández%"]).fetchone()[0]
    assert db.execute("SELECT count(*) FROM bitacora_valores WHERE valor IS NULL AND compromiso IS NOT NULL "
                      "AND suprimido_por = ?", [solicitud]).fetchone()[0] == hecho.valores_suprimidos
    detalles = _sana(db)
    assert "suprimidos por una solicitud de supresión" in detalles
    # la solicitud queda, sin su nombre ni lo que escribió
    respondida = listar_solicitudes(red.contexto)[0]
    assert respondida["estado"] == "respondida" and respondida["detalle"] is None
    assert respondida["persona"] == f"Persona suprimida (solicitud {solicitud})"
    assert SUPRIMIDO not in respondida["respuesta"]


def test_la_oposicion_hace_que_no_le_salga_mas_correo(red):
    persona = _persona(red)
    solicitud = registrar_solicitud(red.contexto, persona, "oposicion").id
    hecho = oponerse(red.contexto, solicitud)
    assert hecho.direcciones == [CORREO] and hecho.mensajes_anulados == 1   # la que esperaba solo a ella
    envio = preparar_convocatoria(red.contexto, red.sesion)
    assert all(CORREO not in [d for d, _ in m.para] for m in envio.mensajes)
    assert "Rosario" in [s["miembro"] for s in envio.sin_direccion]    # Rosario no tiene otro correo
    with pytest.raises(ErrorValidacion, match="pidió no recibir correo"):
        preparar_convocatoria(red.contexto, red.sesion, copias=CORREO.upper())
    _sana(red.contexto.db)


def test_lo_que_ya_no_hace_falta_conservar_se_propone_y_se_suprime(red):
    db = red.contexto.db
    dar_de_baja(db, red.ids["Salto"], date(2020, 3, 1), "Renuncia", red.contexto.asociacion_id)
    guardar_contacto(db, red.ids["Salto"], "Marta Gómez", "Prensa", "marta@salto.ejemplo.org")
    propuesta = vencidos(red.contexto)
    assert [c["nombre"] for c in propuesta.contactos] == ["Marta Gómez"]
    hecho = suprimir_vencidos(red.contexto)
    assert len(hecho.contactos) == 1 and not vencidos(red.contexto).contactos
    assert not db.execute("SELECT count(*) FROM bitacora_valores WHERE valor LIKE '%Marta%'").fetchone()[0]
    _sana(db)


def test_proximos_pasos_muestra_cada_solicitud_abierta_y_lo_vencido_urgente_desde_el_aviso(red, monkeypatch):
    """Una solicitud de acceso (cinco días hábiles en Uruguay) entra en Próximos pasos con su vencimiento; con la ley
    de Chile desde el 1/12/2026 (30 días corridos) y un aviso de diez días, a nueve del vencimiento ya es de «Esta
    semana»; una respondida se va; y los contactos de un miembro que se fue hace años, también."""
    from escritorio.servicios.agenda import agenda

    persona = _persona(red)
    monkeypatch.setattr("escritorio.servicios.solicitudes_de_datos.hoy", lambda: date(2027, 1, 10))
    lunes = date(2026, 11, 23)
    acceso = registrar_solicitud(red.contexto, persona, "acceso", recibida=lunes)
    pasos = [p for p in agenda(red.contexto, al=lunes).pasos if p.clase == "datos"]
    assert [(p.texto, p.fecha, p.accion.referencia) for p in pasos] == [
        (f"Responder la solicitud N.º {acceso.id} de acceso y portabilidad ({LUCIA}): vence el 30/11/2026",
         date(2026, 11, 30), acceso.id)]

    fijar_politica(red.contexto, pais="CL", dias_de_aviso=10)
    diciembre = date(2026, 12, 1)
    supresion = registrar_solicitud(red.contexto, persona, "supresion", recibida=diciembre)
    assert supresion.vence_el == date(2026, 12, 31)
    def urgencia_de_la_supresion(al):  # noqa: E306
        return next(p.urgencia for p in agenda(red.contexto, al=al).pasos if p.accion.referencia == supresion.id)
    assert urgencia_de_la_supresion(date(2026, 12, 20)) == "este_mes"          # faltan 11 días
    assert urgencia_de_la_supresion(date(2026, 12, 22)) == "esta_semana"       # faltan 9: dentro del aviso
    assert urgencia_de_la_supresion(date(2027, 1, 2)) == "atrasado"
    fijar_politica(red.contexto, dias_de_aviso=0)
    assert urgencia_de_la_supresion(date(2026, 12, 22)) == "este_mes"

    dar_de_baja(red.contexto.db, red.ids["Salto"], date(2020, 3, 1), "Renuncia", red.contexto.asociacion_id)
    guardar_contacto(red.contexto.db, red.ids["Salto"], "Marta Gómez", "Prensa", "marta@salto.ejemplo.org")
    conservar = [p for p in agenda(red.contexto).pasos if p.accion.que == "conservacion"]
    assert [p.texto for p in conservar] == ["1 contacto de un miembro que se fue hace más de 2 años: suprimir sus datos"]
    assert conservar[0].detalle == ("Marta Gómez (Salto)",)


def test_el_plan_nombra_la_fila_con_su_nombre_que_no_se_le_vinculo_y_no_la_toca(red):
    """Una fila con el mismo nombre que nadie vinculó a la persona no se suprime: el plan la muestra, en palabras, para
    que la secretaría la vincule antes si es ella."""
    designar(red.contexto, crear_organo(red.contexto, NuevoOrgano("Tesorería", "comision_directiva")),
             NuevoMandato("tesorero", date(2024, 1, 1), persona=LUCIA))
    persona = _persona(red)
    plan = planear(red.contexto, registrar_solicitud(red.contexto, persona, "supresion").id)
    quedan = [(m["donde"], m["que_columna"], m["motivo"]) for m in plan.quedan_en_textos if m["tabla"] == "mandatos"]
    assert len(quedan) == 1 and quedan[0][1] == "persona"
    assert "no está vinculada a la persona" in quedan[0][2]
    assert all(p.tabla != "mandatos" for p in plan.pasos)


def test_el_motivo_y_la_nota_de_una_persona_son_de_una_linea_y_no_de_cinco_mil_caracteres(red):
    """Lo halló el fuzz de la CLI: «personas registrar --motivo» guardaba 5.000 caracteres en un campo de una línea."""
    with pytest.raises(ErrorValidacion, match="Por qué es la misma persona.*500"):
        registrar_persona(red.contexto, None, [("contactos", red.contacto)], motivo="á" * 501)
    with pytest.raises(ErrorValidacion, match="Nota.*500"):
        registrar_persona(red.contexto, None, [("contactos", red.contacto)], nota="á" * 501)
    assert not [a for a in apariciones(red.contexto) if a["persona_id"]]   # no quedó nadie registrado
    persona = registrar_persona(red.contexto, None, [("contactos", red.contacto)], motivo="á" * 500)
    assert ficha(red.contexto, persona).filas
