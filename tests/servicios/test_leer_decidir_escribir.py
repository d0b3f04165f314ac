"""Leer, decidir y escribir en la misma transacción (issue 44): otro proceso cambia el dato entre lo que un servicio
lee para decidir y lo que escribe (tests/carreras.py).

Dos formas correctas, y cada servicio tiene la suya:
- El servicio mira antes, para decir enseguida lo que está mal (y en el orden de siempre), y VUELVE a mirar con la
  base tomada: si el otro proceso cambió algo entre medio, no escribe y dice por qué con su propio mensaje (no el de
  una regla de la base, ni una escritura sobre lo que ya no existe).
- El servicio lee solo con la base tomada: el otro proceso tiene que esperar; escribe después, y es él quien recibe
  el mensaje claro.
"""

from datetime import date

import pytest

from ayudas import resolucion_que_aprueba_el_acta
from carreras import otro_proceso_escribe
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios import (actas, asociaciones, elecciones, ficha, organos, rotacion, sesiones, unidades,
                                  votaciones)
from escritorio.servicios.sesiones import asistencia as sesiones_asistencia, puntos as sesiones_puntos
from escritorio.servicios.actas import aprobar_acta, firmar_acta, obtener_acta, verificar_acta
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.elecciones import (NuevaEleccion, agregar_candidatura, definir_eleccion, obtener_eleccion,
                                             quitar_candidatura)
from escritorio.dominio.ficha import FichaMiembro
from escritorio.servicios.ficha import agregar_poblacion, guardar_contacto, guardar_ficha, obtener_ficha
from escritorio.servicios.miembros import eliminar_por_error, listar_miembros
from escritorio.servicios.sesiones import sesion_de_la_asociacion
from escritorio.servicios.sesiones.asistencia import agregar_invitado, marcar_celebrada
from escritorio.servicios.sesiones.puntos import agregar_punto, orden_del_dia, resumir_punto
from escritorio.servicios.votaciones import NuevaVotacion, adoptar_resolucion, votar

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

CONSEJO_DE_SEPTIEMBRE = 4   # la sesión de la demo con el acta en borrador
YA_APROBADA = ("El acta de esta sesión ya está aprobada: el registro no se modifica. Las correcciones van en una fe "
               "de erratas.")


@pytest.fixture
def contexto_y_otra_ventana(demo_db, copia_de_la_demo):
    """(el Contexto de la red de ejemplo, otro_contexto()): cada llamada a `otro_contexto` abre otra conexión a la
    misma base (otra ventana, otro proceso); se cierran al terminar."""
    otras = []

    def otro_contexto() -> Contexto:
        otras.append(abrir_base(copia_de_la_demo))
        return Contexto(otras[-1], 1)

    yield Contexto(demo_db, 1), otro_contexto
    for otra in otras:
        otra.close()


def _aprobarla_desde_otro_proceso(contexto, otro_contexto, sesion_id: int = CONSEJO_DE_SEPTIEMBRE):
    """Deja lista la resolución que aprueba el acta y devuelve lo que hará el otro proceso: aprobarla."""
    resolucion = resolucion_que_aprueba_el_acta(contexto, sesion_id)
    fecha = date.fromisoformat(sesion_de_la_asociacion(contexto, sesion_id)["fecha"])
    return lambda: aprobar_acta(otro_contexto(), sesion_id, resolucion["id"], fecha)


def _punto_votado(contexto) -> int:
    punto = agregar_punto(contexto, CONSEJO_DE_SEPTIEMBRE, "Informe de tesorería", "votacion")
    votar(contexto, punto, NuevaVotacion(a_favor=sesiones_asistencia.asistencia(contexto, CONSEJO_DE_SEPTIEMBRE).quorum.presentes))
    return punto


def _eleccion_abierta(contexto) -> int:
    consejo = sesion_de_la_asociacion(contexto, CONSEJO_DE_SEPTIEMBRE)["organo_id"]
    punto = agregar_punto(contexto, CONSEJO_DE_SEPTIEMBRE, "Elección de la coordinación", "eleccion")
    definir_eleccion(contexto, punto, NuevaEleccion(consejo, "coordinador", date(2026, 10, 1)))
    return punto


def _ids(contexto) -> dict[str, int]:
    return {m["nombre"]: m["id"] for m in listar_miembros(contexto)}


# --- un acta que otro aprueba entre medio: nada se escribe en ella -----------------------------------------------
# Cada servicio mira antes si la sesión se puede modificar (lo primero que dice si no) y vuelve a mirar con la base
# tomada. Sin la segunda mirada escribiría sobre el acta recién aprobada: la base lo rechaza, pero con el mensaje de
# su regla, y el servicio no lo sabría decir.

CON_EL_ACTA = {
    "agregar un punto": (sesiones_puntos, lambda c: None,
                         lambda c, _: agregar_punto(c, CONSEJO_DE_SEPTIEMBRE, "Informe de tesorería")),
    "resumir un punto": (sesiones_puntos, lambda c: orden_del_dia(c, CONSEJO_DE_SEPTIEMBRE)[0]["id"],
                         lambda c, punto: resumir_punto(c, punto, "Se informó el estado de las cuentas.")),
    "agregar un invitado": (sesiones_asistencia, lambda c: None,
                            lambda c, _: agregar_invitado(c, CONSEJO_DE_SEPTIEMBRE, "Ana Pérez", "CEPAL")),
    "marcar celebrada": (sesiones_asistencia, lambda c: None, lambda c, _: marcar_celebrada(c, CONSEJO_DE_SEPTIEMBRE, "13:30")),
    "guardar el borrador": (actas, lambda c: None,
                            lambda c, _: actas.guardar_borrador(c, CONSEJO_DE_SEPTIEMBRE, cierre="Se levanta.")),
    "adoptar una resolución": (votaciones, _punto_votado,
                               lambda c, punto: adoptar_resolucion(c, punto, "resolucion", "Aprueba el informe")),
    "definir una elección": (elecciones, _eleccion_abierta, lambda c, punto: definir_eleccion(
        c, punto, NuevaEleccion(sesion_de_la_asociacion(c, CONSEJO_DE_SEPTIEMBRE)["organo_id"], "coordinador",
                                date(2026, 11, 1)))),
    "agregar una candidatura": (elecciones, _eleccion_abierta,
                                lambda c, punto: agregar_candidatura(c, punto, _ids(c)["Rosario"])),
}


@pytest.mark.parametrize("caso", list(CON_EL_ACTA))
def test_nada_se_escribe_en_el_acta_que_otro_proceso_aprobo_entre_medio(contexto_y_otra_ventana, monkeypatch, caso):
    contexto, otro_contexto = contexto_y_otra_ventana
    modulo, preparar, hacer = CON_EL_ACTA[caso]
    dato = preparar(contexto)
    aprobar = _aprobarla_desde_otro_proceso(contexto, otro_contexto)
    bitacora = contexto.db.execute("SELECT max(id) FROM bitacora").fetchone()[0]
    carrera = otro_proceso_escribe(monkeypatch, modulo, "exigir_editable", contexto.db, aprobar)
    with pytest.raises(ErrorEscritorio) as error:
        hacer(contexto, dato)
    assert carrera.entre_medio and carrera.error is None and carrera.hecho   # el otro la aprobó entre medio
    assert error.value.mensaje == YA_APROBADA
    # Lo único escrito desde entonces es la aprobación (la del otro proceso), y el acta verifica.
    tablas = {t for (t,) in contexto.db.execute("SELECT DISTINCT entidad FROM bitacora WHERE id > ?", [bitacora])}
    assert tablas == {"actas"}, tablas
    assert verificar_acta(contexto, CONSEJO_DE_SEPTIEMBRE)


# --- lo que se lee solo con la base tomada: el otro proceso espera y recibe el mensaje claro ---------------------

def test_dos_firmados_del_acta_a_la_vez_uno_queda_y_el_otro_lo_dice(contexto_y_otra_ventana, monkeypatch):
    """Firmar el acta adjunta su PDF firmado y no lo reemplaza nunca: dos ventanas que adjuntan a la vez. Leído fuera
    de la transacción, el segundo PDF pisaba al primero."""
    contexto, otro_contexto = contexto_y_otra_ventana
    sesion = next(s["id"] for s in sesiones.listar_sesiones(contexto)
                  if s["estado_acta"] == "aprobada" and not obtener_acta(contexto, s["id"]).tiene_firmada)
    carrera = otro_proceso_escribe(monkeypatch, actas.tabla_actas, "acta", contexto.db,
                                   lambda: firmar_acta(otro_contexto(), sesion, b"%PDF-1.7 el de la otra ventana"))
    firmar_acta(contexto, sesion, b"%PDF-1.7 el de esta ventana")
    carrera.terminar()
    assert carrera.entre_medio is False
    assert carrera.error is not None and carrera.error.mensaje.startswith(
        "El acta ya tiene su PDF firmado adjunto: no se reemplaza.")
    pdf = contexto.db.execute("SELECT firmada_pdf FROM actas WHERE sesion_id = ?", [sesion]).fetchone()[0]
    assert bytes(pdf) == b"%PDF-1.7 el de esta ventana"


def test_quitar_una_candidatura_que_otro_ya_quito(contexto_y_otra_ventana, monkeypatch):
    contexto, otro_contexto = contexto_y_otra_ventana
    punto = _eleccion_abierta(contexto)
    candidatura = agregar_candidatura(contexto, punto, _ids(contexto)["Rosario"])
    agregar_candidatura(contexto, punto, _ids(contexto)["Montevideo"])
    carrera = otro_proceso_escribe(monkeypatch, elecciones.tabla_elecciones, "candidatura", contexto.db,
                                   lambda: quitar_candidatura(otro_contexto(), candidatura))
    quitar_candidatura(contexto, candidatura)
    carrera.terminar()
    assert carrera.entre_medio is False
    assert carrera.error is not None and carrera.error.mensaje == f"No existe la candidatura {candidatura}."
    assert [c["nombre"] for c in obtener_eleccion(contexto, punto).candidaturas] == ["Montevideo"]


def test_dos_candidaturas_iguales_a_la_vez(contexto_y_otra_ventana, monkeypatch):
    """La misma candidatura agregada desde dos ventanas: queda una sola y la segunda ventana lo dice."""
    contexto, otro_contexto = contexto_y_otra_ventana
    punto = _eleccion_abierta(contexto)
    rosario = _ids(contexto)["Rosario"]
    carrera = otro_proceso_escribe(monkeypatch, elecciones.tabla_elecciones, "candidaturas", contexto.db,
                                   lambda: agregar_candidatura(otro_contexto(), punto, rosario))
    with pytest.raises(ErrorEscritorio) as error:
        agregar_candidatura(contexto, punto, rosario)
    assert carrera.entre_medio and carrera.error is None   # la otra ventana la agregó entre medio
    assert error.value.mensaje == "Rosario ya es candidatura en esta elección."
    assert [c["nombre"] for c in obtener_eleccion(contexto, punto).candidaturas] == ["Rosario"]


def _alta_por_error(contexto) -> int:
    """Un miembro recién cargado, sin historia: se puede eliminar (un alta hecha por error)."""
    return guardar_ficha(contexto, FichaMiembro(nombre="Villa Nueva", pais="AR"), poblacion=(12_000, 2022, "Censo"))


@pytest.mark.parametrize("que", ["poblacion", "contacto"])
def test_la_poblacion_o_el_contacto_de_un_miembro_que_otra_ventana_elimina(contexto_y_otra_ventana, monkeypatch, que):
    """Esta ventana agrega una cifra o un contacto mientras otra elimina el miembro (alta por error). Leído fuera de
    la transacción, la otra lo eliminaba entre medio y esta escribía sobre un miembro que ya no existía: la base lo
    rechazaba con el mensaje de su restricción. Ahora la otra espera y elimina después."""
    contexto, otro_contexto = contexto_y_otra_ventana
    nuevo = _alta_por_error(contexto)
    carrera = otro_proceso_escribe(monkeypatch, ficha, "obtener_ficha", contexto.db,
                                   lambda: eliminar_por_error(otro_contexto().db, nuevo))
    if que == "poblacion":
        agregar_poblacion(contexto.db, nuevo, "12.500", 2023, "Proyección")
        cifras = contexto.db.execute("SELECT count(*) FROM poblaciones WHERE miembro_id = ?", [nuevo]).fetchone()[0]
        assert cifras == 2
    else:
        guardar_contacto(contexto.db, nuevo, "Luis Gómez", "Enlace técnico")
        assert obtener_ficha(contexto.db, nuevo)["contactos"][0]["nombre"] == "Luis Gómez"
    assert carrera.terminar().entre_medio is False


def test_el_orden_de_sucesion_con_un_miembro_que_otra_ventana_elimina(contexto_y_otra_ventana, monkeypatch):
    contexto, otro_contexto = contexto_y_otra_ventana
    nuevo = _alta_por_error(contexto)
    orden = [_ids(contexto)["Rosario"], nuevo]
    carrera = otro_proceso_escribe(monkeypatch, rotacion.tabla_miembros, "es_de_la_asociacion", contexto.db,
                                   lambda: eliminar_por_error(otro_contexto().db, nuevo))
    rotacion.fijar_orden_de_sucesion(contexto, orden)
    carrera.terminar()
    assert carrera.entre_medio is False
    # Ya está en el orden de sucesión: eso es historia, y no se elimina.
    assert carrera.error is not None and "no se puede borrar" in carrera.error.mensaje
    assert [t["miembro_id"] for t in rotacion.orden_de_sucesion(contexto)] == orden


def test_un_mandato_para_un_miembro_que_otra_ventana_elimina_entre_medio(contexto_y_otra_ventana, monkeypatch):
    contexto, otro_contexto = contexto_y_otra_ventana
    from escritorio.servicios.organos import NuevoMandato, designar, listar_organos

    nuevo = _alta_por_error(contexto)
    consejo = next(o["id"] for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    carrera = otro_proceso_escribe(monkeypatch, organos.tabla_miembros, "es_de_la_asociacion", contexto.db,
                                   lambda: eliminar_por_error(otro_contexto().db, nuevo))
    with pytest.raises(ErrorValidacion) as error:
        designar(contexto, consejo, NuevoMandato(miembro_id=nuevo, cargo="titular", desde=date(2026, 10, 1)))
    assert carrera.entre_medio and carrera.error is None   # la otra ventana lo eliminó entre medio
    assert error.value.problemas == [f"El miembro {nuevo} no pertenece a esta asociación."]


def test_la_plantilla_de_unidades_cargada_desde_dos_ventanas_a_la_vez(contexto_y_otra_ventana, monkeypatch):
    """Las 15 unidades temáticas, una vez: la segunda ventana espera y ya las encuentra (leídas fuera de la
    transacción, las dos las creaban)."""
    contexto, otro_contexto = contexto_y_otra_ventana
    nueva = crear_asociacion(contexto.db, NuevaAsociacion(nombre="Red de Ciudades del Norte", sigla="RCN"))
    carrera = otro_proceso_escribe(
        monkeypatch, unidades, "listar_organos", contexto.db,
        lambda: unidades.cargar_plantilla(Contexto(otro_contexto().db, nueva)))
    creadas = unidades.cargar_plantilla(Contexto(contexto.db, nueva))
    carrera.terminar()
    assert carrera.entre_medio is False
    assert (creadas, carrera.hecho) == (15, 0)
    nombres = [u["nombre"] for u in unidades.unidades(Contexto(contexto.db, nueva))]
    assert len(nombres) == len(set(nombres)) == 15


# --- en los dos motores ------------------------------------------------------------------------------------------

def test_dos_asociaciones_con_la_misma_sigla_a_la_vez(db, destino, monkeypatch):
    """La sigla no se repite: la otra ventana la usa entre medio y esta lo dice con su mensaje (antes, la base la
    rechazaba con el de su restricción)."""
    otra = abrir_base(destino)
    try:
        carrera = otro_proceso_escribe(monkeypatch, asociaciones.tabla_asociaciones, "por_sigla", db,
                                       lambda: crear_asociacion(otra, NuevaAsociacion(nombre="Red del Norte",
                                                                                      sigla="RDN")))
        with pytest.raises(ErrorValidacion) as error:
            crear_asociacion(db, NuevaAsociacion(nombre="Red de Ciudades del Norte", sigla="rdn"))
        assert carrera.entre_medio and carrera.error is None
        assert error.value.problemas == ["Sigla: ya existe una asociación con la sigla «RDN»; elija otra."]
        assert [a["nombre"] for a in listar_asociaciones(db)] == ["Red del Norte"]
    finally:
        otra.close()


def test_dos_reformas_que_derogan_el_mismo_articulo_a_la_vez(contexto_y_otra_ventana, monkeypatch):
    """Esta ventana deroga el artículo 8 desde 2027; otra lo deroga entre medio desde 2026. Con el texto vigente
    leído fuera de la transacción, esta registraba la derogación de un artículo que ya no regía."""
    contexto, otro_contexto = contexto_y_otra_ventana
    from escritorio.servicios import estatutos
    from escritorio.servicios.estatutos import CambioArticulo, reformar

    carrera = otro_proceso_escribe(monkeypatch, estatutos, "versiones_de_la_norma", contexto.db, lambda: reformar(
        otro_contexto(), 1, date(2026, 6, 1), [CambioArticulo("8")], descripcion="Deroga el art. 8"))
    with pytest.raises(ErrorValidacion) as error:
        reformar(contexto, 1, date(2027, 1, 1), [CambioArticulo("8")], descripcion="Deroga el art. 8")
    assert carrera.entre_medio and carrera.error is None   # la otra ventana lo derogó entre medio
    assert error.value.problemas == ["No se puede derogar el artículo 8: no rige al 01/01/2027."]
    derogaciones = contexto.db.execute("SELECT count(*) FROM reformas WHERE descripcion = 'Deroga el art. 8'")
    assert derogaciones.fetchone() == (1,)


def _eleccion_empatada(contexto) -> int:
    """Una elección del Consejo de septiembre cerrada con dos candidaturas empatadas: sin electa."""
    from escritorio.servicios.recuento_de_eleccion import Recuento, cerrar_eleccion

    punto = _eleccion_abierta(contexto)
    ids = _ids(contexto)
    primera = agregar_candidatura(contexto, punto, ids["Rosario"])
    segunda = agregar_candidatura(contexto, punto, ids["Montevideo"])
    cerrar_eleccion(contexto, punto, Recuento(votos={primera: 2, segunda: 2}))
    return punto


def test_dos_segundas_vueltas_de_la_misma_eleccion_a_la_vez(contexto_y_otra_ventana, monkeypatch):
    """La segunda vuelta de una elección empatada, pedida desde dos ventanas a la vez: queda una. Leído fuera de la
    transacción, las dos la agregaban."""
    contexto, otro_contexto = contexto_y_otra_ventana
    punto = _eleccion_empatada(contexto)
    carrera = otro_proceso_escribe(monkeypatch, elecciones.tabla_elecciones, "titulo_de_la_segunda_vuelta", contexto.db,
                                   lambda: elecciones.segunda_vuelta(otro_contexto(), punto))
    elecciones.segunda_vuelta(contexto, punto)
    carrera.terminar()
    assert carrera.entre_medio is False
    assert carrera.error is not None and carrera.error.mensaje.startswith("Esta elección ya tiene su segunda vuelta")
    subpuntos = [p for p in orden_del_dia(contexto, CONSEJO_DE_SEPTIEMBRE) if p["padre_id"] == punto]
    assert len(subpuntos) == 1


def test_la_confirmacion_de_una_eleccion_se_prepara_con_la_base_tomada(contexto_y_otra_ventana, monkeypatch):
    """Lo que la confirmación registra (los mandatos de las electas, hasta cuándo) se prepara dentro de la
    transacción que los escribe: quien confirma a la vez desde otra ventana espera, y se entera de que ya está."""
    from escritorio.servicios import confirmacion_de_eleccion
    from escritorio.servicios.confirmacion_de_eleccion import confirmar_eleccion
    from escritorio.servicios.recuento_de_eleccion import Recuento, cerrar_eleccion

    contexto, otro_contexto = contexto_y_otra_ventana
    punto = _eleccion_abierta(contexto)
    rosario = agregar_candidatura(contexto, punto, _ids(contexto)["Rosario"])
    cerrar_eleccion(contexto, punto, Recuento(votos={rosario: 4}))
    carrera = otro_proceso_escribe(monkeypatch, confirmacion_de_eleccion, "preparar_confirmacion", contexto.db,
                                   lambda: confirmar_eleccion(otro_contexto(), punto))
    confirmar_eleccion(contexto, punto)
    carrera.terminar()
    assert carrera.entre_medio is False
    assert carrera.error is not None and carrera.error.mensaje.startswith("Esta elección ya fue confirmada")
    assert obtener_eleccion(contexto, punto).estado == "confirmada"
