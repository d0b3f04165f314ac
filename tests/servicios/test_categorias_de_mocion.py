"""Las categorías de las mociones con su prefijo (issue 82, como OpenSlides), por sus servicios, en los dos motores: lo
que la secretaría nota al usarlas.

- El órgano define sus categorías («Hacienda», prefijo «HAC»): nombre y prefijo únicos en el órgano (sin distinguir
  mayúsculas), el prefijo de 1 a 6 letras o cifras; con el mismo nombre se le cambia el prefijo (si ninguna moción
  la lleva); se elige por el nombre, el prefijo o el id.
- Una moción presentada con categoría se nombra «Moción HAC 2» (el prefijo y su número en la sesión); se le cambia o
  se le quita mientras está presentada o admitida; votada o en un estado final, no (y nada se escribe).
- Una categoría que lleva alguna moción no se quita ni cambia de prefijo; una del otro órgano no se pone.
- El acta, el proyector y los documentos la nombran con su prefijo; las mociones sin categoría, como antes (el acta
  no gana claves: las aprobadas antes verifican igual).
- Con el acta aprobada nada cambia, ni por los servicios ni con SQL; la base rechaza un prefijo imposible, uno
  repetido en el órgano y quitar una categoría en uso.

La sala es la de tests/mociones_de_prueba.py: la Asamblea General con siete ciudades, la sesión del 28/11/2026 con su
punto de votación y la moción 1 ya admitida. Para el programa hoy es el 5/12/2026 (`hoy_fijo`).
"""

from datetime import date

import pytest

from ayudas import RECHAZO_DE_LA_BASE, hoy_fijo
from escritorio.errores import ErrorEscritorio
from escritorio.servicios import categorias_de_mocion as categorias
from escritorio.servicios import mociones
from escritorio.servicios.organos import NuevoOrgano, crear_organo
from mociones_de_prueba import Foco, TEXTO, armar_sala

pytestmark = pytest.mark.ambos_motores

ANTES = date(2026, 11, 20)    # antes de la sesión del 28/11/2026
HOY = date(2026, 12, 5)


@pytest.fixture
def sala(db, asociacion_id, monkeypatch):
    hoy_fijo(monkeypatch, HOY)
    return armar_sala(db, asociacion_id)


def _asamblea(sala) -> int:
    return next(sala.contexto.db.query("SELECT organo_id FROM sesiones WHERE id = ?", [sala.sesion]))["organo_id"]


def _presentada(sala, categoria: int | None = None, titulo: str = "Presupuesto participativo") -> int:
    return mociones.presentar(sala.contexto, sala.punto, titulo, TEXTO, autores=[sala.ids["Santa Fe"]],
                              recibida_el=ANTES, categoria_id=categoria).id


def _categoria_en_la_base(sala, mocion: int) -> int | None:
    return next(sala.contexto.db.query("SELECT categoria_id FROM mociones WHERE id = ?", [mocion]))["categoria_id"]


def _registros(sala, entidad: str) -> int:
    return next(sala.contexto.db.query("SELECT count(*) AS n FROM bitacora WHERE entidad = ?", [entidad]))["n"]


# --- las categorías del órgano ----------------------------------------------------------------------------------

def test_se_definen_se_listan_por_prefijo_y_se_eligen_por_nombre_prefijo_o_id(sala):
    contexto, asamblea = sala.contexto, _asamblea(sala)
    assert categorias.listar(contexto, asamblea) == []
    hacienda = categorias.definir(contexto, asamblea, "  Hacienda ", "HAC")
    ambiente = categorias.definir(contexto, asamblea, "Ambiente", "AMB")
    assert (hacienda.nombre, hacienda.prefijo, hacienda.mociones) == ("Hacienda", "HAC", 0)
    assert [(c.prefijo, c.nombre) for c in categorias.listar(contexto, asamblea)] == [("AMB", "Ambiente"),
                                                                                    ("HAC", "Hacienda")]
    for como in ("hacienda", "HAC", "hac", str(hacienda.id), " Hacienda "):
        assert categorias.elegir(contexto, asamblea, como).id == hacienda.id
    with pytest.raises(ErrorEscritorio, match=r"no tiene la categoría de mociones «Salud» \(tiene: «Ambiente» \(AMB\), "
                                              r"«Hacienda» \(HAC\)\)"):
        categorias.elegir(contexto, asamblea, "Salud")
    # Con el mismo nombre (sin distinguir mayúsculas) se le cambia el prefijo: la misma categoría, la bitácora lo anota.
    assert categorias.definir(contexto, asamblea, "AMBIENTE", "AMB2").id == ambiente.id
    assert categorias.elegir(contexto, asamblea, "amb2").nombre == "Ambiente"
    assert _registros(sala, "categorias_de_mocion") == 3   # dos altas y el cambio de prefijo


@pytest.mark.parametrize("prefijo", ["", "   ", "HACIEND", "H C", "H-C", "H.", "²"])
def test_un_prefijo_que_no_es_de_letras_o_cifras_se_rechaza_sin_guardar_nada(sala, prefijo):
    with pytest.raises(ErrorEscritorio, match="(?s)No se guardó la categoría de mociones:.*Prefijo.*de 1 a 6 letras o cifras"):
        categorias.definir(sala.contexto, _asamblea(sala), "Hacienda", prefijo)
    assert categorias.listar(sala.contexto, _asamblea(sala)) == []


def test_el_prefijo_no_se_repite_en_el_organo_pero_si_en_otro(sala):
    contexto, asamblea = sala.contexto, _asamblea(sala)
    categorias.definir(contexto, asamblea, "Hacienda", "HAC")
    with pytest.raises(ErrorEscritorio, match=r"El prefijo «hac» ya es el de la categoría «Hacienda» de este órgano"):
        categorias.definir(contexto, asamblea, "Hábitat", "hac")
    with pytest.raises(ErrorEscritorio, match="Nombre de la categoría"):
        categorias.definir(contexto, asamblea, "  ", "HB")
    consejo = crear_organo(contexto, NuevoOrgano("Consejo Directivo", "consejo"))
    assert categorias.definir(contexto, consejo, "Hacienda", "HAC").prefijo == "HAC"   # es de otro órgano
    assert [c.nombre for c in categorias.listar(contexto, asamblea)] == ["Hacienda"]


# --- la moción con su categoría ----------------------------------------------------------------------------------

def test_presentada_con_categoria_se_nombra_con_su_prefijo_y_se_filtra(sala):
    contexto, asamblea = sala.contexto, _asamblea(sala)
    hacienda = categorias.definir(contexto, asamblea, "Hacienda", "HAC")
    presentada = mociones.presentar(contexto, sala.punto, "Presupuesto participativo", TEXTO,
                                    autores=[sala.ids["Santa Fe"]], recibida_el=ANTES, categoria_id=hacienda.id)
    assert (presentada.numero, presentada.prefijo, presentada.rotulo) == (2, "HAC", "Moción HAC 2")
    m = mociones.obtener(contexto, presentada.id)
    assert (m.categoria_id, m.categoria, m.prefijo, m.identificador, m.rotulo) == (
        hacienda.id, "Hacienda", "HAC", "HAC 2", "Moción HAC 2")
    sin = mociones.obtener(contexto, sala.mocion)
    assert (sin.categoria, sin.identificador, sin.rotulo) == (None, "1", "Moción 1")
    assert [x.numero for x in mociones.listar(contexto, sesion_id=sala.sesion, categoria_id=hacienda.id)] == [2]
    assert [x.numero for x in mociones.listar(contexto, sesion_id=sala.sesion)] == [1, 2]
    assert categorias.listar(contexto, asamblea)[0].mociones == 1


def test_una_categoria_de_otro_organo_no_se_pone(sala):
    contexto = sala.contexto
    consejo = crear_organo(contexto, NuevoOrgano("Consejo Directivo", "consejo"))
    ajena = categorias.definir(contexto, consejo, "Hacienda", "HAC")
    with pytest.raises(ErrorEscritorio, match="no es una de las categorías de mociones del órgano de la sesión"):
        _presentada(sala, ajena.id)
    assert [m.numero for m in mociones.listar(contexto, sesion_id=sala.sesion)] == [1]   # no se presentó
    with pytest.raises(ErrorEscritorio, match="no es una de las categorías de mociones del órgano de la sesión"):
        categorias.categorizar(contexto, sala.mocion, ajena.id)
    assert _categoria_en_la_base(sala, sala.mocion) is None
    with pytest.raises(ErrorEscritorio, match=r"El órgano no tiene la categoría de mociones «HAC» \(tiene: ninguna\)"):
        categorias.elegir_para_la_sesion(contexto, sala.sesion, "HAC")


def test_se_cambia_y_se_quita_mientras_esta_presentada_o_admitida(sala):
    contexto, asamblea = sala.contexto, _asamblea(sala)
    hacienda = categorias.definir(contexto, asamblea, "Hacienda", "HAC")
    ambiente = categorias.definir(contexto, asamblea, "Ambiente", "AMB")
    mocion = _presentada(sala)
    assert categorias.categorizar(contexto, mocion, hacienda.id).rotulo == "Moción HAC 2"
    mociones.admitir(contexto, mocion)
    movida = categorias.categorizar(contexto, mocion, ambiente.id)
    assert (movida.rotulo, movida.numero) == ("Moción AMB 2", 2)   # el número de la sesión no cambia
    antes = _registros(sala, "mociones")
    assert categorias.categorizar(contexto, mocion, ambiente.id).rotulo == "Moción AMB 2"
    assert _registros(sala, "mociones") == antes   # la que ya tiene: nada que anotar
    assert categorias.categorizar(contexto, mocion, None).rotulo == "Moción 2"
    assert _categoria_en_la_base(sala, mocion) is None


@pytest.mark.parametrize("final", ["aprobada", "retirada", "no_admitida", "aplazada", "derivada"])
def test_votada_o_en_un_estado_final_no_cambia_de_categoria(sala, final):
    from escritorio.servicios.votaciones import NuevaVotacion
    from escritorio.servicios.votaciones_sala import votar_mocion

    contexto, asamblea = sala.contexto, _asamblea(sala)
    hacienda = categorias.definir(contexto, asamblea, "Hacienda", "HAC")
    if final in ("retirada", "no_admitida"):
        mocion = _presentada(sala, hacienda.id)
        (mociones.retirar if final == "retirada" else mociones.no_admitir)(contexto, mocion, "Motivo")
    else:
        mocion = sala.mocion
        categorias.categorizar(contexto, mocion, hacienda.id)
        if final == "aprobada":
            assert votar_mocion(contexto, mocion, NuevaVotacion(a_favor=4, en_contra=1)).aprobada
        elif final == "aplazada":
            mociones.aplazar(contexto, mocion, "Falta el informe")
        else:
            comision = crear_organo(contexto, NuevoOrgano("Comisión de Hacienda", "comite", padre_id=asamblea))
            mociones.derivar(contexto, mocion, comision, "Es de la comisión")
    with pytest.raises(ErrorEscritorio, match=r"Moción HAC \d: la categoría cambia mientras la moción está presentada o "
                                              r"admitida; ya está «"):
        categorias.categorizar(contexto, mocion, None)
    assert _categoria_en_la_base(sala, mocion) == hacienda.id


def test_en_uso_no_se_quita_ni_cambia_de_prefijo(sala, db):
    contexto, asamblea = sala.contexto, _asamblea(sala)
    hacienda = categorias.definir(contexto, asamblea, "Hacienda", "HAC")
    categorias.definir(contexto, asamblea, "Ambiente", "AMB")
    categorias.quitar(contexto, asamblea, "amb")           # sin mociones, se quita (por su prefijo)
    mocion = _presentada(sala, hacienda.id)
    with pytest.raises(ErrorEscritorio, match=r"La categoría «Hacienda» \(HAC\) la llevan 1 mociones: no se quita"):
        categorias.quitar(contexto, asamblea, "Hacienda")
    with pytest.raises(ErrorEscritorio, match="ya la llevan 1 mociones, que se nombran con «HAC»: su prefijo no cambia"):
        categorias.definir(contexto, asamblea, "Hacienda", "HDA")
    assert categorias.definir(contexto, asamblea, "Hacienda", "HAC").prefijo == "HAC"   # el mismo: nada cambia
    # Por debajo, la clave foránea: tampoco con SQL.
    with pytest.raises(RECHAZO_DE_LA_BASE):
        db.execute("DELETE FROM categorias_de_mocion WHERE id = ?", [hacienda.id])
    db.conn.rollback()
    categorias.categorizar(contexto, mocion, None)
    categorias.quitar(contexto, asamblea, "Hacienda")
    assert categorias.listar(contexto, asamblea) == []


def test_retomada_en_otra_sesion_del_mismo_organo_conserva_la_categoria(sala):
    from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
    from escritorio.servicios.sesiones.puntos import agregar_punto

    contexto, asamblea = sala.contexto, _asamblea(sala)
    hacienda = categorias.definir(contexto, asamblea, "Hacienda", "HAC")
    categorias.categorizar(contexto, sala.mocion, hacienda.id)
    mociones.aplazar(contexto, sala.mocion, "Falta el informe")
    otra = convocar(contexto, asamblea, NuevaSesion(fecha=date(2027, 3, 1), hora="10:00", lugar="Rosario",
                                                   convocada_el=date(2027, 1, 20)))
    punto = agregar_punto(contexto, otra, "Presupuesto", "votacion")
    retomada = mociones.retomar(contexto, sala.mocion, punto)
    assert (retomada.numero, retomada.rotulo) == (1, "Moción HAC 1")
    assert mociones.obtener(contexto, retomada.id).categoria == "Hacienda"


# --- en los documentos y el proyector ---------------------------------------------------------------------------


def test_el_acta_el_proyector_y_la_votacion_la_nombran_con_su_prefijo(sala):
    from escritorio.servicios.pantalla_de_la_sala import lo_que_ve_la_sala
    from escritorio.servicios.sala_en_documentos import mociones_en_el_acta, sala_de_la_sesion
    from escritorio.servicios.votaciones import NuevaVotacion
    from escritorio.servicios.votaciones_sala import votar_mocion

    contexto = sala.contexto
    hacienda = categorias.definir(contexto, _asamblea(sala), "Hacienda", "HAC")
    sin_categoria = _presentada(sala, titulo="Sin categoría")
    categorias.categorizar(contexto, sala.mocion, hacienda.id)
    pantalla = lo_que_ve_la_sala(contexto, Foco(sala.sesion, sala.punto, sala.mocion))
    assert pantalla.texto.encabezado == "Moción HAC 1 · Admitida"
    votar_mocion(contexto, sala.mocion, NuevaVotacion(a_favor=4, en_contra=1))
    en_documentos = sala_de_la_sesion(contexto, sala.sesion)
    primera = en_documentos.mociones[0]
    assert (primera.rotulo, primera.categoria, [v.objeto for v in primera.votaciones]) == (
        "Moción HAC 1", "Hacienda", ["Moción HAC 1"])
    en_el_acta = mociones_en_el_acta(en_documentos, sala.punto)
    assert (en_el_acta[0]["categoria"], en_el_acta[0]["prefijo"]) == ("Hacienda", "HAC")
    # La que no tiene categoría se guarda en el acta como antes: sin claves nuevas.
    assert en_el_acta[1]["numero"] == 2 and "categoria" not in en_el_acta[1] and "prefijo" not in en_el_acta[1]
    assert mociones.obtener(contexto, sin_categoria).rotulo == "Moción 2"
    resultado = lo_que_ve_la_sala(contexto, Foco(sala.sesion, sala.punto, sala.mocion)).resultado
    assert (resultado.de_que, resultado.aprobada) == ("Votación de la moción HAC 1", True)


# --- el acta aprobada y la base ---------------------------------------------------------------------------------

def test_con_el_acta_aprobada_nada_cambia_ni_con_sql(sala, db):
    from ayudas import resolucion_que_aprueba_el_acta
    from escritorio.servicios.actas import aprobar_acta, guardar_borrador
    from escritorio.servicios.sesiones.asistencia import marcar_celebrada

    contexto, asamblea = sala.contexto, _asamblea(sala)
    hacienda = categorias.definir(contexto, asamblea, "Hacienda", "HAC")
    ambiente = categorias.definir(contexto, asamblea, "Ambiente", "AMB")
    mocion = _presentada(sala, hacienda.id)
    resolucion = resolucion_que_aprueba_el_acta(contexto, sala.sesion)
    guardar_borrador(contexto, sala.sesion, apertura="Se abre la sesión.", cierre="Se cierra la sesión.",
                     preside="Rosario", secretaria="Paraná")
    marcar_celebrada(contexto, sala.sesion, "13:00")
    aprobar_acta(contexto, sala.sesion, resolucion["id"], date(2026, 11, 28))

    for intento in (lambda: categorias.categorizar(contexto, mocion, ambiente.id),
                    lambda: categorias.categorizar(contexto, mocion, None),
                    lambda: _presentada(sala, hacienda.id)):
        with pytest.raises(ErrorEscritorio, match="El acta de esta sesión ya está aprobada"):
            intento()
    for sentencia, parametros in (("UPDATE mociones SET categoria_id = ? WHERE id = ?", [ambiente.id, mocion]),
                                  ("UPDATE mociones SET categoria_id = NULL WHERE id = ?", [mocion])):
        with pytest.raises(RECHAZO_DE_LA_BASE, match="El acta de esta sesión está aprobada"):
            db.execute(sentencia, parametros)
        db.conn.rollback()
    assert mociones.obtener(contexto, mocion).rotulo == "Moción HAC 2"


def test_la_base_rechaza_un_prefijo_imposible_o_repetido(sala, db):
    """Quien escribe con SQL tampoco deja un prefijo vacío, largo, con espacios o repetido en el órgano, ni una
    categoría que no existe en una moción: la base la rechaza, en los dos motores."""
    from escritorio.datos.conexion import transaccion

    asamblea = _asamblea(sala)
    with transaccion(db):
        db.execute("INSERT INTO categorias_de_mocion (organo_id, nombre, prefijo) VALUES (?, 'Hacienda', 'HAC')",
                   [asamblea])
    for sentencia, parametros in (
            ("INSERT INTO categorias_de_mocion (organo_id, nombre, prefijo) VALUES (?, 'Otra', '')", [asamblea]),
            ("INSERT INTO categorias_de_mocion (organo_id, nombre, prefijo) VALUES (?, 'Otra', 'HACIEND')", [asamblea]),
            ("INSERT INTO categorias_de_mocion (organo_id, nombre, prefijo) VALUES (?, 'Otra', 'H C')", [asamblea]),
            ("INSERT INTO categorias_de_mocion (organo_id, nombre, prefijo) VALUES (?, 'Otra', 'HAC')", [asamblea]),
            ("INSERT INTO categorias_de_mocion (organo_id, nombre, prefijo) VALUES (?, 'Hacienda', 'HD')", [asamblea]),
            ("INSERT INTO categorias_de_mocion (organo_id, nombre, prefijo) VALUES (?, ' ', 'HD')", [asamblea]),
            ("UPDATE mociones SET categoria_id = 9999 WHERE id = ?", [sala.mocion])):
        with pytest.raises(RECHAZO_DE_LA_BASE):
            db.execute(sentencia, parametros)
        db.conn.rollback()
    assert [c.prefijo for c in categorias.listar(sala.contexto, asamblea)] == ["HAC"]
