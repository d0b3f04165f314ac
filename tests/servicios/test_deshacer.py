"""Deshacer el último cambio reversible (issue 42): la ficha de un miembro, una marca de asistencia y el orden del día
vuelven a como estaban; lo que otro cambió después, lo congelado por un acta aprobada y lo que ya tiene algo que
depende de él no se tocan; y cada deshacer queda en la bitácora, que sigue verificando su sello. En los dos motores.
"""

from contextlib import closing
from dataclasses import replace
from datetime import date

import pytest

from escritorio.datos.bitacora import fijar_operador, verificar
from escritorio.datos.conexion import transaccion
from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.actas import aprobar_acta, guardar_borrador
from escritorio.servicios.base import abrir_base
from escritorio.servicios.bitacora import listar
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.deshacer import deshacer, por_deshacer, por_rehacer, rehacer
from escritorio.servicios.ficha import guardar_ficha, obtener_ficha
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.sesiones.asistencia import (MarcaAsistencia, asistencia, marcar_celebrada,
                                                      registrar_asistencias)
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto, agregar_punto_con_resumen, orden_del_dia, resumir_punto
from escritorio.servicios.votaciones import NuevaVotacion, votar
from ayudas import resolucion_que_aprueba_el_acta

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

SESION = date(2026, 5, 20)
CONGELADA = "El acta de esta sesión ya está aprobada: el registro no se modifica."


@pytest.fixture
def red(db, asociacion_id):
    """Tres ciudades en un Consejo y una sesión convocada. Devuelve (contexto, ids de las ciudades, sesión)."""
    contexto = Contexto(db, asociacion_id)
    ids = {nombre: guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=date(2000, 1, 1)),
                                 poblacion=(250_000, 2020, "Censo"))
           for nombre, pais in (("Rosario", "AR"), ("Paraná", "AR"), ("Montevideo", "UY"))}
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    for miembro in ids.values():
        designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=miembro))
    sesion = convocar(contexto, consejo, NuevaSesion(fecha=SESION, lugar="Montevideo", hora="10:00",
                                                     convocada_el=date(2026, 4, 20)))
    return contexto, ids, sesion


@pytest.fixture
def sin_operador():
    yield
    fijar_operador(None)


def ficha(contexto, miembro_id) -> FichaMiembro:
    f = obtener_ficha(contexto.db, miembro_id)
    return FichaMiembro(nombre=f["nombre"], pais=f["pais"], region=f["region"], telefono=f["telefono"],
                        correo=f["correo"], fecha_ingreso=date.fromisoformat(f["fecha_ingreso"]))


def frases(db, cantidad=8) -> list[str]:
    return [r.descripcion for r in listar(db, limite=cantidad)]


def estado_de(contexto, sesion, miembro_id) -> str | None:
    fila = next((h for h in asistencia(contexto, sesion).habilitados if h.miembro_id == miembro_id), None)
    return fila.estado if fila else None


# --- lo que se deshace -------------------------------------------------------------------------------------------

def test_deshacer_la_ficha_devuelve_el_valor_anterior_y_rehacer_lo_repone(red):
    contexto, ids, _ = red
    rosario = ids["Rosario"]
    guardar_ficha(contexto, replace(ficha(contexto, rosario), telefono="+54 341 480 2000", region="Santa Fe"),
                  miembro_id=rosario)

    pendiente = por_deshacer(contexto)
    assert (pendiente["descripcion"], pendiente["posible"]) == ("cambio de la ficha de Rosario", True)
    assert deshacer(contexto, pendiente["id"])["descripcion"] == "cambio de la ficha de Rosario"

    leida = obtener_ficha(contexto.db, rosario)
    assert (leida["telefono"], leida["region"]) == (None, None)
    assert por_deshacer(contexto) is None or por_deshacer(contexto)["id"] != pendiente["id"]
    assert por_rehacer(contexto)["descripcion"] == "cambio de la ficha de Rosario"
    assert "Deshecho: cambio de la ficha de Rosario" in frases(contexto.db)

    rehacer(contexto)
    leida = obtener_ficha(contexto.db, rosario)
    assert (leida["telefono"], leida["region"]) == ("+54 341 480 2000", "Santa Fe")
    rehecho, cambio = frases(contexto.db, 2)
    assert rehecho == "Rehecho: cambio de la ficha de Rosario"
    assert cambio.startswith("Cambio en la ficha de Rosario: region, telefono")   # (el servidor anota también la clave)
    assert por_rehacer(contexto) is None
    assert verificar(contexto.db) == []   # la cadena de sellos de la bitácora sigue íntegra


def test_un_nombre_deshecho_vuelve_con_su_clave_de_emparejamiento(red):
    """La fila vuelve entera, también lo que la bitácora no copia (la clave con que se buscan los duplicados)."""
    contexto, ids, _ = red
    guardar_ficha(contexto, replace(ficha(contexto, ids["Paraná"]), nombre="Paraná (Entre Ríos)"),
                  miembro_id=ids["Paraná"])
    assert por_deshacer(contexto)["descripcion"] == "cambio de la ficha de Paraná (Entre Ríos)"
    deshacer(contexto)
    assert obtener_ficha(contexto.db, ids["Paraná"])["nombre"] == "Paraná"
    with pytest.raises(ErrorEscritorio, match="Paraná"):   # el índice de la clave sigue viendo a Paraná
        guardar_ficha(contexto, FichaMiembro(nombre="PARANÁ", pais="AR"), poblacion=(1, 2020, None))


def test_deshacer_una_marca_de_asistencia(red):
    contexto, ids, sesion = red
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(ids["Rosario"], "presente")])
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(ids["Rosario"], "excusado")])
    assert por_deshacer(contexto)["descripcion"] == "marca de asistencia de Rosario"

    deshacer(contexto)
    assert estado_de(contexto, sesion, ids["Rosario"]) == "presente"
    deshacer(contexto)   # la primera marca: la fila se quita, como si no se hubiera marcado (sin marca, ausente)
    assert estado_de(contexto, sesion, ids["Rosario"]) == "ausente"
    assert frases(contexto.db, 2) == ["Deshecho: marca de asistencia de Rosario",
                                      "Asistencia de Rosario quitada de la sesión ordinaria Nº 1 del Consejo (20/05/2026)"]
    assert verificar(contexto.db) == []


def test_deshacer_un_punto_agregado_y_el_resumen_del_punto(red):
    contexto, _, sesion = red
    informe = agregar_punto(contexto, sesion, "Informe de la Secretaría", "informativo")
    resumir_punto(contexto, informe, "Se presentó el informe anual.")
    resumir_punto(contexto, informe, "Se presentó el informe anual y se aprobó por aclamación.")
    assert por_deshacer(contexto)["descripcion"] == "resumen del punto «Informe de la Secretaría»"

    deshacer(contexto)
    assert orden_del_dia(contexto, sesion)[0]["resumen"] == "Se presentó el informe anual."
    deshacer(contexto)
    assert orden_del_dia(contexto, sesion)[0]["resumen"] is None
    assert por_deshacer(contexto)["descripcion"] == "punto «Informe de la Secretaría» agregado al orden del día"
    deshacer(contexto)
    assert orden_del_dia(contexto, sesion) == []
    assert "Deshecho: punto «Informe de la Secretaría» agregado al orden del día" in frases(contexto.db)

    rehacer(contexto)   # el punto vuelve con su mismo número
    assert [(p["id"], p["titulo"]) for p in orden_del_dia(contexto, sesion)] == [(informe, "Informe de la Secretaría")]
    assert verificar(contexto.db) == []


def test_un_punto_con_su_resumen_juntos_o_ninguno(red):
    """`escritorio sesiones punto … --resumen` y «Agregar punto»: los dos en una transacción, que es un cambio
    reversible: Deshacer quita el punto con su resumen (antes no se anotaba, y ninguna de las dos puertas podía
    deshacer un punto agregado, aunque la ayuda de «deshacer» lo prometía)."""
    contexto, _, sesion = red
    with pytest.raises(ErrorEscritorio):
        agregar_punto_con_resumen(contexto, sesion, "Informe", "informativo", resumen="x" * 100_000)
    assert orden_del_dia(contexto, sesion) == []   # el resumen no entró: el punto tampoco

    informe = agregar_punto_con_resumen(contexto, sesion, "Informe", "informativo", resumen="Se presentó.")
    assert [(p["id"], p["resumen"]) for p in orden_del_dia(contexto, sesion)] == [(informe, "Se presentó.")]
    assert por_deshacer(contexto)["descripcion"] == "punto «Informe» agregado al orden del día"
    assert agregar_punto_con_resumen(contexto, sesion, "Varios") != informe   # sin resumen: solo el punto
    assert [p["resumen"] for p in orden_del_dia(contexto, sesion)] == ["Se presentó.", None]
    assert por_deshacer(contexto)["descripcion"] == "punto «Varios» agregado al orden del día"
    deshacer(contexto)
    deshacer(contexto)   # el punto y su resumen se van juntos
    assert orden_del_dia(contexto, sesion) == []
    rehacer(contexto)
    assert [(p["id"], p["resumen"]) for p in orden_del_dia(contexto, sesion)] == [(informe, "Se presentó.")]
    assert verificar(contexto.db) == []


# --- lo que no se deshace ----------------------------------------------------------------------------------------

def test_no_se_pisa_lo_que_otra_persona_cambio_despues_desde_otra_conexion(red, destino, sin_operador):
    contexto, ids, _ = red
    rosario = ids["Rosario"]
    guardar_ficha(contexto, replace(ficha(contexto, rosario), telefono="+54 341 1"), miembro_id=rosario)

    otra = abrir_base(destino)   # otra ventana, otra persona
    try:
        fijar_operador("Marta")
        otro_contexto = Contexto(otra, contexto.asociacion_id)
        guardar_ficha(otro_contexto, replace(ficha(otro_contexto, rosario), telefono="+54 341 2"), miembro_id=rosario)
        fijar_operador(None)
    finally:
        otra.close()

    pendiente = por_deshacer(contexto)   # el de Marta es suyo: a mí me queda el mío, que ya no se puede
    assert pendiente["descripcion"] == "cambio de la ficha de Rosario" and not pendiente["posible"]
    assert pendiente["motivo"].startswith("Después, ")
    assert "Cambio en la ficha de Rosario: telefono" in pendiente["motivo"]
    with pytest.raises(ErrorEscritorio) as error:
        deshacer(contexto)
    assert error.value.mensaje.startswith("No se puede deshacer «cambio de la ficha de Rosario». Después, ")
    assert "Deshacer pisaría ese cambio" in error.value.mensaje
    assert obtener_ficha(contexto.db, rosario)["telefono"] == "+54 341 2"   # lo de Marta sigue
    assert "Deshecho" not in " ".join(frases(contexto.db))


def test_no_se_deshace_una_marca_de_una_sesion_con_el_acta_aprobada(red):
    contexto, ids, sesion = red
    for miembro in ids.values():
        registrar_asistencias(contexto, sesion, [MarcaAsistencia(miembro, "presente")])
    resolucion = resolucion_que_aprueba_el_acta(contexto, sesion, a_favor=3)
    registrar_asistencias(contexto, sesion,
                          [MarcaAsistencia(ids["Montevideo"], "presente", representante="Ana Pérez")])
    guardar_borrador(contexto, sesion, apertura="Se abre la sesión.", cierre="Se cierra la sesión.",
                     preside="Rosario", secretaria="Montevideo")
    marcar_celebrada(contexto, sesion, "13:00")
    aprobar_acta(contexto, sesion, resolucion["id"], SESION)

    pendiente = por_deshacer(contexto)
    assert pendiente["descripcion"] == "marca de asistencia de Montevideo"
    assert not pendiente["posible"] and pendiente["motivo"].startswith(CONGELADA)
    with pytest.raises(ErrorEscritorio) as error:
        deshacer(contexto)
    assert error.value.mensaje.startswith(f"No se puede deshacer «marca de asistencia de Montevideo». {CONGELADA}")
    representante = next(h for h in asistencia(contexto, sesion).habilitados if h.miembro_id == ids["Montevideo"])
    assert representante.representante == "Ana Pérez"
    assert verificar(contexto.db) == []


def test_no_se_quita_un_punto_sobre_el_que_ya_se_voto(red):
    contexto, ids, sesion = red
    for miembro in ids.values():
        registrar_asistencias(contexto, sesion, [MarcaAsistencia(miembro, "presente")])
    punto = agregar_punto(contexto, sesion, "Plan de trabajo 2027", "votacion")
    votar(contexto, punto, NuevaVotacion(a_favor=3))

    pendiente = por_deshacer(contexto)
    assert pendiente["descripcion"] == "punto «Plan de trabajo 2027» agregado al orden del día"
    # La votación cerrada lo impide por sí sola (issue 58): no se la puede «quitar antes» (servicios/cerrado_despues).
    assert not pendiente["posible"] and pendiente["motivo"].startswith(
        "Después se cerró la votación «Plan de trabajo 2027» (3 a favor, 0 en contra)")
    with pytest.raises(ErrorEscritorio, match="contradiría lo que ya quedó cerrado"):
        deshacer(contexto)
    assert [p["titulo"] for p in orden_del_dia(contexto, sesion)] == ["Plan de trabajo 2027"]


# --- de quién y cuál ---------------------------------------------------------------------------------------------

def test_cada_persona_deshace_lo_suyo(red, sin_operador):
    contexto, ids, _ = red
    guardar_ficha(contexto, replace(ficha(contexto, ids["Rosario"]), telefono="1"), miembro_id=ids["Rosario"])
    fijar_operador("Marta")
    assert por_deshacer(contexto) is None
    with pytest.raises(ErrorEscritorio, match="No hay nada para deshacer"):
        deshacer(contexto)
    fijar_operador(None)
    assert por_deshacer(contexto)["descripcion"] == "cambio de la ficha de Rosario"


def test_un_cambio_nuevo_vacia_lo_que_habia_para_rehacer(red):
    contexto, ids, sesion = red
    guardar_ficha(contexto, replace(ficha(contexto, ids["Rosario"]), telefono="1"), miembro_id=ids["Rosario"])
    deshacer(contexto)
    assert por_rehacer(contexto) is not None
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(ids["Paraná"], "ausente")])
    assert por_rehacer(contexto) is None
    with pytest.raises(ErrorEscritorio, match="No hay nada para rehacer"):
        rehacer(contexto)
    assert por_deshacer(contexto)["descripcion"] == "marca de asistencia de Paraná"


def test_se_deshace_solo_el_cambio_que_se_mostro(red):
    contexto, ids, sesion = red
    guardar_ficha(contexto, replace(ficha(contexto, ids["Rosario"]), telefono="1"), miembro_id=ids["Rosario"])
    mostrado = por_deshacer(contexto)
    registrar_asistencias(contexto, sesion,
                          [MarcaAsistencia(ids["Paraná"], "ausente")])   # otra ventana propia, entre medio
    with pytest.raises(ErrorEscritorio, match="ya no es el que se mostraba: ahora es «marca de asistencia de Paraná»"):
        deshacer(contexto, mostrado["id"])
    assert obtener_ficha(contexto.db, ids["Rosario"])["telefono"] == "1"


def test_lo_hecho_dentro_de_algo_mas_grande_no_se_deshace_a_pedazos(red):
    contexto, ids, sesion = red
    with transaccion(contexto.db):
        agregar_punto(contexto, sesion, "Segunda vuelta", "eleccion")
        guardar_ficha(contexto, replace(ficha(contexto, ids["Rosario"]), telefono="1"), miembro_id=ids["Rosario"])
    assert por_deshacer(contexto) is None


def test_guardar_sin_cambiar_nada_no_deja_nada_para_deshacer(red):
    contexto, ids, _ = red
    guardar_ficha(contexto, ficha(contexto, ids["Rosario"]), miembro_id=ids["Rosario"])
    assert por_deshacer(contexto) is None


def test_un_titulo_largo_no_agranda_el_menu(red):
    contexto, _, sesion = red
    titulo = "Informe de la Comisión de Desarrollo Económico Local sobre la cooperación descentralizada " * 2
    agregar_punto(contexto, sesion, titulo.strip(), "informativo")
    descripcion = por_deshacer(contexto)["descripcion"]
    assert descripcion.startswith("punto «Informe de la Comisión de Desarrollo Económico Local")
    assert "…» agregado al orden del día" in descripcion and len(descripcion) < 100


def test_no_se_pisa_lo_que_la_misma_persona_cambio_despues_por_otra_via(red, tmp_path):
    """Una importación del padrón no se deshace (no es uno de los cambios reversibles), pero lo que cambió en la ficha
    sí cuenta: el cambio anterior de la ficha ya no se puede deshacer sin pisarla."""
    from ayudas import escribir_csv
    from escritorio.servicios.importacion import importar_miembros

    contexto, ids, _ = red
    guardar_ficha(contexto, replace(ficha(contexto, ids["Rosario"]), telefono="111"), miembro_id=ids["Rosario"])
    importar_miembros(contexto, escribir_csv(tmp_path / "padron.csv", [["Rosario", "AR", "250000", "999"]],
                                             ["Nombre", "País", "Población", "Teléfono"]))
    assert obtener_ficha(contexto.db, ids["Rosario"])["telefono"] == "999"

    pendiente = por_deshacer(contexto)
    assert pendiente["descripcion"] == "cambio de la ficha de Rosario" and not pendiente["posible"]
    assert pendiente["motivo"].startswith("Después, ") and "Cambio en la ficha de Rosario: telefono" in pendiente["motivo"]
    with pytest.raises(ErrorEscritorio, match="Deshacer pisaría ese cambio"):
        deshacer(contexto)
    assert obtener_ficha(contexto.db, ids["Rosario"])["telefono"] == "999"


@pytest.mark.solo_sqlite("escribe en el archivo con sqlite3, por fuera de Escritorio")
def test_lo_que_otro_programa_cambio_por_fuera_tampoco_se_pisa(red, destino):
    import sqlite3

    contexto, ids, _ = red
    guardar_ficha(contexto, replace(ficha(contexto, ids["Rosario"]), telefono="111"), miembro_id=ids["Rosario"])
    with closing(sqlite3.connect(destino)) as otro_programa, otro_programa:
        otro_programa.execute("UPDATE miembros SET telefono = '000' WHERE id = ?", [ids["Rosario"]])
    with pytest.raises(ErrorEscritorio, match="otro programa lo cambió por fuera de Escritorio"):
        deshacer(contexto)
    assert obtener_ficha(contexto.db, ids["Rosario"])["telefono"] == "000"
