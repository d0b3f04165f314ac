"""Lo que la ventana necesita del correo, en los dos motores: a cuántos integrantes llegó la convocatoria de una sesión
(quién no tiene dirección, quién fue rechazado o rebotó, desde qué día cuenta el plazo de anticipación), el estado de
la bandeja y anular un mensaje que espera, probar la cuenta antes de guardarla (contra un servidor SMTP de verdad en
127.0.0.1, también con STARTTLS y un certificado propio), lo que recibe un contacto guardado con él, y el despacho con
cada paso en la base hecho donde lo pide quien envía (la ventana: en su hilo).

La red de prueba: un Consejo de cinco ciudades. Rosario recibe por un contacto que marcó «convocatoria», Paraná y
Montevideo por su correo institucional, Salto no tiene dirección y Córdoba tiene dirección pero no se la elige."""

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from correo.servidor_smtp import ServidorSMTP, certificado_autofirmado, puerto_libre
from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.base import hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.correo import anotar, bandeja, encolar, preparar_convocatoria
from escritorio.servicios.correo_enviado import alcance_de_la_sesion, anular_mensaje, estado_de_la_bandeja
from escritorio.servicios.cuenta_de_correo import configurar_cuenta, cuenta_a_probar, cuenta_de_correo
from escritorio.servicios.despacho import CertificadoNoConfiable, despachar, probar_cuenta
from escritorio.servicios.ficha import guardar_contacto, guardar_ficha, obtener_ficha
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.reglas import fijar_convocatoria

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

REMITENTE = "secretaria@litoral.ejemplo.org"
CIUDADES = {"Rosario": None, "Paraná": "intendencia@parana.ejemplo.org", "Montevideo": "im@montevideo.ejemplo.org",
            "Salto": None, "Córdoba": "municipio@cordoba.ejemplo.org"}


@dataclass
class Red:
    contexto: Contexto
    ids: dict[str, int]
    sesion: int


@pytest.fixture
def red(db, asociacion_id) -> Red:
    contexto = Contexto(db, asociacion_id)
    ids = {nombre: guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais="UY" if nombre in ("Montevideo", "Salto")
                                                        else "AR", fecha_ingreso=date(2000, 1, 1), correo=correo),
                                 poblacion=(250_000, 2020, "Censo"))
           for nombre, correo in CIUDADES.items()}
    guardar_contacto(db, ids["Rosario"], "Lucía Fernández", "Relaciones internacionales", "lucia@rosario.ejemplo.org",
                     recibe="convocatoria,acta")
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    for miembro in ids.values():
        designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=miembro))
    fijar_convocatoria(contexto, consejo, 15, "Estatuto, art. 18")
    sesion = convocar(contexto, consejo, NuevaSesion(fecha=hoy() + timedelta(days=10), hora="10:00",
                                                     lugar="Paraná", convocada_el=hoy()))
    return Red(contexto, ids, sesion)


def _cuenta(contexto, puerto, **otros) -> None:
    configurar_cuenta(contexto, servidor="127.0.0.1", puerto=puerto, seguridad=otros.pop("seguridad", "ninguna"),
                      remitente=REMITENTE, **otros)


def test_la_convocatoria_dice_a_cuantos_llego_quien_no_tiene_direccion_y_desde_cuando_cuenta_el_plazo(red):
    contexto = red.contexto
    assert alcance_de_la_sesion(contexto, red.sesion) is None   # nunca se envió: nada que decir
    elegidos = [red.ids[n] for n in ("Rosario", "Paraná", "Montevideo")]
    with ServidorSMTP() as servidor:
        servidor.manejador.rechazar = {"im@montevideo.ejemplo.org"}
        _cuenta(contexto, servidor.puerto)
        assert [s["miembro"] for s in preparar_convocatoria(contexto, red.sesion).sin_direccion] == ["Salto"]
        encolar(contexto, preparar_convocatoria(contexto, red.sesion, miembros=elegidos))
        hecho = despachar(contexto)
    assert len(hecho.enviados) == 2 and len(hecho.rechazados) == 1
    alcance = alcance_de_la_sesion(contexto, red.sesion)
    assert alcance.integrantes == 5
    assert sorted(alcance.alcanzados) == ["Paraná", "Rosario"]
    assert alcance.rechazados == ["Montevideo"]
    assert alcance.sin_direccion == ["Salto"] and alcance.sin_envio == ["Córdoba"]
    assert alcance.desde == alcance.primer_envio == date.today()
    # Enviada hoy, la sesión es en 10 días y el estatuto pide 15: el plazo no alcanza, y se dice desde cuándo cuenta.
    assert alcance.aviso == "Convocada con 10 días de anticipación; el Estatuto, art. 18 pide 15 días."
    assert alcance.texto.startswith(f"Convocatoria enviada por correo a 2 de 5 integrantes el "
                                    f"{date.today():%d/%m/%Y}; 1 rechazado o rebotado (Montevideo); 1 sin dirección "
                                    f"(Salto); 1 no elegido (Córdoba).")
    assert f"El plazo de anticipación cuenta desde el {date.today():%d/%m/%Y} (10 días antes de la sesión)." \
        in alcance.texto
    # Un rebote anotado después: Paraná ya no cuenta como alcanzada.
    (parana,) = [d for m in bandeja(contexto, miembro_id=red.ids["Paraná"]) for d in m.destinatarios]
    anotar(contexto, parana["id"], "rebotado", "Buzón lleno")
    alcance = alcance_de_la_sesion(contexto, red.sesion)
    assert alcance.alcanzados == ["Rosario"] and sorted(alcance.rechazados) == ["Montevideo", "Paraná"]


def test_lo_que_espera_se_cuenta_y_se_puede_anular_antes_de_salir(red, db, asociacion_id):
    contexto = red.contexto
    _cuenta(contexto, puerto_libre())   # nadie escucha: todo espera
    ids = encolar(contexto, preparar_convocatoria(contexto, red.sesion))
    assert len(ids) == 4
    assert despachar(contexto).sin_conexion
    estado = estado_de_la_bandeja(contexto)
    assert (estado.esperando, estado.enviando, estado.por_confirmar) == (4, 0, 0)   # nada más sin salir
    alcance = alcance_de_la_sesion(contexto, red.sesion)
    assert alcance.desde is None and len(alcance.esperando) == 4
    assert alcance.texto.startswith("Convocatoria: todavía no llegó por correo a ninguno de los 5 integrantes; "
                                    "4 esperan en la bandeja")
    anular_mensaje(contexto, ids[0])
    assert estado_de_la_bandeja(contexto).esperando == 3
    assert [m.estado for m in bandeja(contexto) if m.id == ids[0]] == ["anulado"]
    with pytest.raises(ErrorEscritorio, match="ya no espera en la bandeja"):
        anular_mensaje(contexto, ids[0])
    with pytest.raises(ErrorEscritorio, match="No existe el mensaje 999999"):
        anular_mensaje(contexto, 999999)
    # Lo anulado no sale cuando vuelve la conexión.
    cuenta = cuenta_de_correo(contexto)
    with ServidorSMTP(puerto=cuenta.puerto) as servidor:
        assert len(despachar(contexto).enviados) == 3
        assert len(servidor.recibidos) == 3
    estado = estado_de_la_bandeja(contexto)
    assert (estado.esperando, estado.enviando, estado.por_confirmar) == (0, 0, 0)   # nada sin salir


def test_cada_paso_en_la_base_se_hace_donde_lo_pide_quien_envia(red):
    """La ventana envía en un hilo y hace cada lectura o escritura de la base en el suyo: `en_la_base` recibe cada
    paso (leer la bandeja, y por mensaje leerlo, tomarlo antes de DATA y anotar lo que respondió el servidor)."""
    contexto = red.contexto
    pasos = []

    def en_la_base(paso):
        pasos.append(paso)
        return paso()

    with ServidorSMTP() as servidor:
        _cuenta(contexto, servidor.puerto)
        encolar(contexto, preparar_convocatoria(contexto, red.sesion))
        hecho = despachar(contexto, en_la_base=en_la_base)
        assert len(servidor.recibidos) == 4
    assert len(hecho.enviados) == 4
    # la cuenta, la bandeja y la cuenta comprobada antes de conectarse; y tres pasos por mensaje
    assert len(pasos) == 3 + 3 * 4


def test_probar_la_cuenta_antes_de_guardarla_se_conecta_de_verdad(red, tmp_path):
    contexto = red.contexto
    with pytest.raises(ErrorValidacion) as error:
        cuenta_a_probar(contexto, servidor="", remitente="no es un correo")
    assert set(error.value.campos) == {"servidor", "remitente"}
    libre = puerto_libre()
    with pytest.raises(ErrorEscritorio, match=f"No se pudo conectar con 127.0.0.1:{libre} \\(el servidor no responde"):
        probar_cuenta(cuenta_a_probar(contexto, servidor="127.0.0.1", puerto=libre, seguridad="ninguna",
                                      remitente=REMITENTE), tiempo=5)
    certificado = certificado_autofirmado(tmp_path)
    with ServidorSMTP(tls=certificado, usuario=("secretaria", "clave-buena")) as servidor:
        datos = dict(servidor="127.0.0.1", puerto=servidor.puerto, seguridad="starttls", usuario="secretaria",
                     remitente=REMITENTE)
        cuenta = cuenta_a_probar(contexto, **datos)
        assert cuenta_de_correo(contexto) is None   # probar no guarda nada
        with pytest.raises(CertificadoNoConfiable) as no_confiable:
            probar_cuenta(cuenta, "clave-buena", tiempo=5)
        huella = no_confiable.value.huella
        aceptada = cuenta_a_probar(contexto, **datos, certificado_aceptado=huella)
        with pytest.raises(ErrorEscritorio, match="no aceptó el usuario y la clave"):
            probar_cuenta(aceptada, "clave-mala", tiempo=5)
        texto = probar_cuenta(aceptada, "clave-buena", tiempo=5)
        assert texto == (f"Conexión correcta con 127.0.0.1:{servidor.puerto}; cifrada, con el certificado propio "
                         f"aceptado; el servidor aceptó el usuario secretaria y su clave.")
        # Se guarda con la huella aceptada al probar (una sola escritura), y la clave va al llavero.
        configurar_cuenta(contexto, **datos, clave="clave-buena", certificado_aceptado=huella)
        assert cuenta_de_correo(contexto).certificado_aceptado == huella
        assert probar_cuenta(cuenta_de_correo(contexto), tiempo=5).startswith("Conexión correcta")
    # Guardar de nuevo sin decir nada del certificado lo conserva (mismo servidor y puerto); otro puerto lo olvida.
    configurar_cuenta(contexto, **datos)
    assert cuenta_de_correo(contexto).certificado_aceptado == huella
    configurar_cuenta(contexto, **{**datos, "puerto": 2525})
    assert cuenta_de_correo(contexto).certificado_aceptado is None


def test_lo_que_recibe_un_contacto_se_guarda_con_el_en_una_escritura(red, db):
    rosario = red.ids["Rosario"]
    contacto = guardar_contacto(db, rosario, "Tesorería", "Tesorería", "tesoreria@rosario.ejemplo.org",
                                recibe=["aviso", "recibo"])
    recibe = {c["id"]: c["recibe"] for c in obtener_ficha(db, rosario)["contactos"]}
    assert recibe[contacto] == "aviso,recibo"
    guardar_contacto(db, rosario, "Tesorería", "Tesorería", "tesoreria@rosario.ejemplo.org", contacto_id=contacto,
                     recibe=[])
    assert {c["id"]: c["recibe"] for c in obtener_ficha(db, rosario)["contactos"]}[contacto] is None
    antes = len(obtener_ficha(db, rosario)["contactos"])
    with pytest.raises(ErrorValidacion) as error:
        guardar_contacto(db, rosario, "Sin correo", "Prensa", None, recibe=["convocatoria"])
    assert "recibe" in error.value.campos
    assert len(obtener_ficha(db, rosario)["contactos"]) == antes   # nada a medias
    # Sin decir qué recibe, queda como estaba.
    guardar_contacto(db, rosario, "Tesorería", "Tesorería", "tesoreria@rosario.ejemplo.org", contacto_id=contacto,
                     recibe=["recibo"])
    guardar_contacto(db, rosario, "Tesorería", "Tesorería y cuotas", "tesoreria@rosario.ejemplo.org",
                     contacto_id=contacto)
    assert {c["id"]: c["recibe"] for c in obtener_ficha(db, rosario)["contactos"]}[contacto] == "recibo"


def test_las_copias_se_escriben_como_un_texto_con_varias_direcciones(red):
    envio = preparar_convocatoria(red.contexto, red.sesion, copias="archivo@litoral.ejemplo.org; presidencia@litoral.ejemplo.org")
    assert envio.mensajes[0].copia == [("archivo@litoral.ejemplo.org", None), ("presidencia@litoral.ejemplo.org", None)]
    with pytest.raises(ErrorValidacion) as error:
        preparar_convocatoria(red.contexto, red.sesion, copias="archivo@litoral, @@")
    assert "copia" in error.value.campos


def test_un_miembro_con_correo_enviado_tiene_historia_y_no_se_borra_como_alta_por_error(red, db):
    from escritorio.servicios.miembros import puede_eliminarse

    _cuenta(red.contexto, puerto_libre())
    encolar(red.contexto, preparar_convocatoria(red.contexto, red.sesion, miembros=[red.ids["Paraná"]]))
    se_puede, motivo = puede_eliminarse(db, red.ids["Paraná"])
    assert not se_puede and "1 mensaje de correo enviado" in motivo
