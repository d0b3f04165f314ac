"""Issue 81 §1 y §2, por los servicios: una persona es todo lo que fue en el registro (el correo y el nombre de antes de
rectificarlos la siguen en el acceso y en la supresión), y la respuesta a la supresión nombra cada respaldo del programa
que todavía tiene sus datos, con hasta cuándo vive.

La red: dos ciudades de un Consejo. Marina Duarte Pereyra es la encargada de prensa de Rosario; una convocatoria le
salió (por un servidor SMTP de verdad en 127.0.0.1) y otra la espera en la bandeja, las dos a su dirección de entonces;
después rectifica su nombre y su correo (con el mismo servicio que «miembros contacto --editar»). Clara Sosa Benítez,
de Paysandú, recibió la misma convocatoria y nunca cambió nada: su caso queda limpio."""

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from armadas_una_vez import armada_una_vez
from correo.servidor_smtp import ServidorSMTP
from escritorio.datos.respaldo_rotacion import respaldar_automaticamente
from escritorio.dominio.ficha import FichaMiembro
from escritorio.servicios.acceso_a_los_datos import reunir
from escritorio.servicios.base import hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.correo import encolar, preparar_convocatoria
from escritorio.servicios.cuenta_de_correo import configurar_cuenta
from escritorio.servicios.despacho import despachar
from escritorio.servicios.ficha import guardar_contacto, guardar_ficha, obtener_ficha, quitar_contacto
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.personas import apariciones, ficha, registrar_persona
from escritorio.servicios.respaldo import crear_respaldo
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.reglas import fijar_convocatoria
from escritorio.servicios.solicitudes_de_datos import fijar_politica, registrar_solicitud
from escritorio.servicios.supresion_de_datos import copias_con_sus_datos, planear, suprimir
from escritorio.servicios.verificacion.comprobaciones import verificar

NOMBRE_VIEJO, NOMBRE = "Marina Duarte Pereyra", "Marina Duarte"
CORREO_VIEJO, CORREO = "marina.pereyra@correo.ejemplo.org", "mduarte@prensa.ejemplo.org"
TELEFONO = "+598 99 321 987"
CLARA, CORREO_CLARA = "Clara Sosa Benítez", "clara.sosa@paysandu.ejemplo.org"
DE_MARINA = [NOMBRE_VIEJO, CORREO_VIEJO, NOMBRE, CORREO, TELEFONO]


@dataclass
class Red:
    contexto: Contexto
    marina: int      # su contacto (en Rosario), ya rectificado
    clara: int       # el de Paysandú, que nunca cambió


@pytest.fixture
def red(request, db, asociacion_id) -> Red:
    marina, clara = armada_una_vez(request, db, "test_supresion_de_todo_lo_que_fue.red",
                                   lambda base: armar_red(base, asociacion_id))
    return Red(Contexto(db, asociacion_id), marina, clara)


def armar_red(db, asociacion_id) -> tuple[int, int]:
    """(el contacto de Marina, el de Clara): lo que `red` arma, sin la conexión."""
    contexto = Contexto(db, asociacion_id)
    fijar_politica(contexto, pais="UY", contacto="datos@litoral.ejemplo.org")
    ids = {nombre: guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais="UY", fecha_ingreso=date(2000, 1, 1)),
                                 poblacion=(120_000, 2020, "Censo")) for nombre in ("Rosario", "Paysandú")}
    marina = guardar_contacto(db, ids["Rosario"], NOMBRE_VIEJO, "Prensa", CORREO_VIEJO, recibe="convocatoria")
    clara = guardar_contacto(db, ids["Paysandú"], CLARA, "Prensa", CORREO_CLARA, recibe="convocatoria")
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    for miembro in ids.values():
        designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=miembro))
    fijar_convocatoria(contexto, consejo, 15, "Estatuto, art. 18")
    sesion = convocar(contexto, consejo, NuevaSesion(fecha=hoy() + timedelta(days=10), hora="10:00",
                                                     lugar="Paysandú", convocada_el=hoy()))
    with ServidorSMTP() as servidor:
        configurar_cuenta(contexto, servidor="127.0.0.1", puerto=servidor.puerto, seguridad="ninguna",
                          remitente="secretaria@litoral.ejemplo.org")
        encolar(contexto, preparar_convocatoria(contexto, sesion, miembros=list(ids.values())))
        assert len(despachar(contexto).enviados) == 2
    encolar(contexto, preparar_convocatoria(contexto, sesion, miembros=[ids["Rosario"]]))   # queda pendiente
    # La rectificación, como la hace «miembros contacto ROSARIO --editar MARINA» (con lo que se leyó antes).
    leido = next({c: k[c] for c in ("id", "nombre", "rol", "correo", "telefono")}
                 for k in obtener_ficha(db, ids["Rosario"])["contactos"] if k["id"] == marina)
    guardar_contacto(db, ids["Rosario"], NOMBRE, "Prensa", CORREO, TELEFONO, contacto_id=marina, leido=leido)
    return marina, clara


def _persona(red: Red, contacto: int) -> int:
    return registrar_persona(red.contexto, None, [("contactos", contacto)], motivo="escribió a la secretaría")


def _sana(db) -> None:
    resultado = verificar(db)
    assert resultado.correcta, "\n".join(resultado.problemas)


def _que_quedan(contexto: Contexto, *datos: str) -> dict[str, int]:
    """Cuántas filas de destinatarios (de los mensajes de la asociación) y cuántos valores de la bitácora tienen cada
    dato; solo los que tienen alguno."""
    db, quedan = contexto.db, {}
    for dato in datos:
        patron = f"%{dato.lower()}%"
        quedan[f"destinatarios: {dato}"] = db.execute(
            "SELECT count(*) FROM destinatarios_mensaje d JOIN mensajes m ON m.id = d.mensaje_id "
            "WHERE m.asociacion_id = ? AND (lower(d.direccion) LIKE ? OR lower(coalesce(d.nombre, '')) LIKE ?)",
            [contexto.asociacion_id, patron, patron]).fetchone()[0]
        quedan[f"bitácora: {dato}"] = db.execute(
            "SELECT count(*) FROM bitacora_valores WHERE lower(valor) LIKE ?", [patron]).fetchone()[0]
    return {donde: cuantas for donde, cuantas in quedan.items() if cuantas}


def _automatico_de_hace(red: Red, ruta_db: Path, dias: int) -> tuple[Path, datetime]:
    momento = datetime.combine(hoy() - timedelta(days=dias), time(9, 30))
    return respaldar_automaticamente(red.contexto.db.conn, ruta_db, "apertura", momento), momento


def test_la_ficha_y_el_acceso_la_siguen_en_lo_que_fue_antes_de_rectificar(red):
    persona = _persona(red, red.marina)
    datos = ficha(red.contexto, persona)
    assert set(datos.direcciones) == {CORREO_VIEJO, CORREO}
    assert {p["valor"] for p in datos.de_antes()} == {NOMBRE_VIEJO, CORREO_VIEJO}
    acceso = reunir(red.contexto, persona)
    # Las dos convocatorias fueron a la dirección de antes: sin ella, su acceso no tendría ningún correo.
    assert {c["direccion"] for c in acceso.correo} == {CORREO_VIEJO}
    assert sorted(c["estado_del_mensaje"] for c in acceso.correo) == ["enviado", "pendiente"]
    assert {(a["campo"], a["valor"]) for a in acceso.antes} == {("nombre", NOMBRE_VIEJO), ("correo", CORREO_VIEJO)}
    assert [f["correo"] for f in acceso.filas] == [CORREO]       # hoy, su fila tiene el correo nuevo
    assert CORREO_VIEJO in acceso.identificadores["correos"] and NOMBRE_VIEJO in acceso.identificadores["nombres"]


def test_quien_nunca_cambio_nada_no_tiene_antes_y_se_suprime_como_siempre(red, ruta_db):
    """El caso limpio sigue limpio: sin valores de antes, sin las direcciones de otra persona, y su supresión no toca
    a Marina. Un respaldo automático de hace diez días la tiene: la respuesta dice hasta cuándo vive (su fecha más la
    rotación), y como es el único, esa es también la fecha de `respaldos_hasta`."""
    persona = _persona(red, red.clara)
    datos = ficha(red.contexto, persona)
    assert datos.direcciones == [CORREO_CLARA] and datos.de_antes() == []
    acceso = reunir(red.contexto, persona)
    assert acceso.antes == []
    assert [c["direccion"] for c in acceso.correo] == [CORREO_CLARA]
    automatico, momento = _automatico_de_hace(red, ruta_db, 10)
    solicitud = registrar_solicitud(red.contexto, persona, "supresion").id
    plan = planear(red.contexto, solicitud)
    assert [(p.tabla, p.como) for p in plan.pasos] == [("contactos", "borrada")]
    assert [p.como for p in plan.correo] == ["anonimizada"]       # la convocatoria que le salió
    hecho = suprimir(red.contexto, solicitud)
    assert [(Path(c["ruta"]).name, c["motivo"], c["hasta"]) for c in hecho.respaldos] == [
        (automatico.name, "apertura", (momento + timedelta(days=396)).date().isoformat())]
    assert hecho.respaldos_hasta == (momento + timedelta(days=396)).date()
    assert not [a for a in apariciones(red.contexto) if a["nombre"] == CLARA]
    assert _que_quedan(red.contexto, CORREO_CLARA, CLARA) == {}
    # Marina no se tocó: su contacto sigue, y los mensajes a su dirección de antes también.
    assert [a["correo"] for a in apariciones(red.contexto) if a["nombre"] == NOMBRE] == [CORREO]
    assert _que_quedan(red.contexto, CORREO_VIEJO)[f"destinatarios: {CORREO_VIEJO}"] == 2
    _sana(red.contexto.db)


@pytest.mark.ambos_motores
def test_suprimir_despues_de_rectificar_no_deja_lo_de_antes_en_el_correo_ni_en_la_bitacora(red):
    db = red.contexto.db
    assert _que_quedan(red.contexto, CORREO_VIEJO, NOMBRE_VIEJO)   # antes de suprimir, lo de antes está por todos lados
    persona = _persona(red, red.marina)
    solicitud = registrar_solicitud(red.contexto, persona, "supresion", detalle="Borren todo lo mío").id
    plan = planear(red.contexto, solicitud)
    assert sorted(p.como for p in plan.correo) == ["anonimizada", "borrada"]   # la que salió y la que esperaba
    hecho = suprimir(red.contexto, solicitud)
    assert hecho.valores_suprimidos > 0
    assert _que_quedan(red.contexto, *DE_MARINA) == {}
    assert not [a for a in apariciones(red.contexto) if a["nombre"] in (NOMBRE, NOMBRE_VIEJO)]
    # Clara, que recibió la misma convocatoria, sigue en ella.
    assert set(_que_quedan(red.contexto, CORREO_CLARA)) == {f"destinatarios: {CORREO_CLARA}",
                                                           f"bitácora: {CORREO_CLARA}"}
    _sana(db)


def test_la_respuesta_nombra_cada_respaldo_que_la_tiene_con_hasta_cuando_vive(red, ruta_db):
    """Un respaldo manual hecho antes de suprimir la tiene y no rota (hasta None); uno automático de hace un mes, hasta
    su fecha más la rotación; los que se hacen después de suprimir ya no la tienen y no se nombran."""
    persona = _persona(red, red.marina)
    automatico, momento = _automatico_de_hace(red, ruta_db, 30)
    manual = crear_respaldo(red.contexto.db)
    assert manual.parent == automatico.parent                       # los dos en la carpeta de respaldos
    solicitud = registrar_solicitud(red.contexto, persona, "supresion").id
    esperadas = {automatico.name: ("apertura", momento.date().isoformat(),
                                   (momento + timedelta(days=396)).date().isoformat()),
                 manual.name: ("manual", hoy().isoformat(), None)}

    def en_palabras(copias) -> dict:
        return {Path(c["ruta"]).name: (c["motivo"], c["hecho_el"], c["hasta"]) for c in copias}

    assert en_palabras(planear(red.contexto, solicitud).copias) == esperadas
    hecho = suprimir(red.contexto, solicitud)
    assert en_palabras(hecho.respaldos) == esperadas
    assert hecho.respaldos_hasta is None                             # el manual no se borra solo
    # Después de suprimir: un respaldo manual y uno automático, en la misma carpeta, ya sin sus datos.
    despues = crear_respaldo(red.contexto.db)
    cierre = respaldar_automaticamente(red.contexto.db.conn, ruta_db, "cierre")
    assert despues.parent == cierre.parent == manual.parent
    assert en_palabras(copias_con_sus_datos(red.contexto.db, DE_MARINA)) == esperadas
    # Y los que se nombran la tienen de verdad (lo que vería `grep -a -i`).
    assert CORREO_VIEJO.upper().encode() in manual.read_bytes().upper()
    assert CORREO_VIEJO.encode() not in despues.read_bytes()


def test_su_direccion_de_antes_que_hoy_tiene_otro_contacto_ya_no_es_suya(red):
    """La dirección de prensa pasa a quien la reemplaza: lo que se le envía a esa dirección es de él, no de ella, y la
    supresión de ella no toca ese correo; lo que se le envió a ella a esa dirección, con su nombre, sí es suyo (lo
    encontró la revisión del issue 81)."""
    db, contexto = red.contexto.db, red.contexto
    rosario = db.execute("SELECT miembro_id FROM contactos WHERE id = ?", [red.marina]).fetchone()[0]
    pablo = guardar_contacto(db, rosario, "Pablo Rey Castro", "Prensa", CORREO_VIEJO, recibe="convocatoria")
    sesion = db.execute("SELECT id FROM sesiones ORDER BY id LIMIT 1").fetchone()[0]
    encolar(contexto, preparar_convocatoria(contexto, sesion, miembros=[rosario]))   # a Marina (hoy) y a Pablo
    persona = _persona(red, red.marina)
    datos = ficha(contexto, persona)
    assert set(datos.direcciones) == {CORREO}
    a_la_vieja = [m for m in datos.mensajes if m["direccion"] == CORREO_VIEJO]
    assert len(a_la_vieja) == 2 and {m["nombre"] for m in a_la_vieja} == {NOMBRE_VIEJO}   # los que le salieron a ella
    assert CORREO_VIEJO not in reunir(contexto, persona).identificadores["correos"]
    solicitud = registrar_solicitud(contexto, persona, "supresion").id
    suprimir(contexto, solicitud)
    assert db.execute("SELECT correo FROM contactos WHERE id = ?", [pablo]).fetchone() == (CORREO_VIEJO,)
    assert db.execute("SELECT nombre FROM destinatarios_mensaje WHERE direccion = ?",
                      [CORREO_VIEJO]).fetchall() == [("Pablo Rey Castro",)]   # el de él sigue; los de ella, no
    assert db.execute("SELECT count(*) FROM mensajes WHERE estado = 'anulado'").fetchone()[0] == 1   # el que solo
    _sana(db)                                                                         # la esperaba a ella


def test_un_id_que_quedo_libre_no_le_trae_la_historia_de_otra_persona(red):
    """SQLite vuelve a dar el id de la fila más nueva que se borró: el contacto nuevo con ese id no es quien lo tuvo
    antes, y el acceso de la persona nueva no muestra nada de la anterior (ni su nombre, ni su correo, ni sus
    mensajes). Lo encontró la revisión del issue 81."""
    db, contexto = red.contexto.db, red.contexto
    paysandu = db.execute("SELECT miembro_id FROM contactos WHERE id = ?", [red.clara]).fetchone()[0]
    pedro = guardar_contacto(db, paysandu, "Pedro Inocente Ruiz", "Prensa", "pedro.inocente@ej.org",
                             recibe="convocatoria")
    sesion = db.execute("SELECT id FROM sesiones ORDER BY id LIMIT 1").fetchone()[0]
    encolar(contexto, preparar_convocatoria(contexto, sesion, miembros=[paysandu]))
    quitar_contacto(db, pedro, paysandu)
    juana = guardar_contacto(db, paysandu, "Juana Nueva Paz", "Prensa", "juana.nueva@ej.org")
    assert juana == pedro                                   # el mismo id, otra persona
    persona = _persona(red, juana)
    datos = ficha(contexto, persona)
    assert datos.de_antes() == [] and datos.direcciones == ["juana.nueva@ej.org"] and datos.mensajes == []
    acceso = reunir(contexto, persona)
    todo = json.dumps(acceso.__dict__, ensure_ascii=False, default=str)
    assert "Pedro" not in todo and "pedro.inocente" not in todo
