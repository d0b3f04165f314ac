"""Issue 13, punto 4: las reglas citan artículos; cuando un artículo se reforma, las reglas que citan su texto
anterior quedan marcadas («la regla cita el art. 21 en su texto de 2025») hasta que alguien las revisa.

El año de la secretaría: la red carga su estatuto (vigente desde 2025) y fija las reglas del Consejo citándolo;
en mayo de 2026 la Asamblea reforma el art. 21 (poderes), el 13 (composición) y el 18 (convocatoria). La CLI y
las vistas lo avisan; guardar la versión nueva de la regla de sesión, marcar revisada la de composición y volver
a guardar la convocatoria lo resuelven."""

import json
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from escritorio.dominio import puerta
from escritorio.dominio.mayorias import ReglaMayoria
from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.interfaz.dialogos import reforma as dialogo_reforma
from escritorio.interfaz.vistas.estatutos import VistaEstatutos
from escritorio.interfaz.vistas.organos import VistaOrganos
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.estatutos import CambioArticulo, cargar_norma, reformar
from escritorio.servicios.organos import NuevoOrgano, crear_organo
from escritorio.servicios.reglas_de_composicion import agregar_regla
from escritorio.servicios.revision_de_reglas import reglas_marcadas, revisar_regla, revisar_reglas
from escritorio.servicios.sesiones.reglas import fijar_convocatoria, fijar_regla_quorum
from ayudas import oficina_de

ESTATUTO = """Artículo 13. Consejo
El Consejo se integra con dos ciudades por país miembro pleno.

Artículo 18. Convocatoria
Los órganos se convocan con quince días de anticipación.

Artículo 19. Quórum
El quórum es la mitad más uno de los miembros con derecho a voto.

Artículo 21. Representación
Un miembro puede llevar el poder de otro, con un máximo de dos poderes por miembro.
"""
TEXTO_2025 = date(2025, 1, 1)
REFORMA = date(2026, 5, 21)
QUORUM = ReglaQuorum(1, 2, True, "con_derecho", None, "Estatuto, art. 19")
SIMPLE = ReglaMayoria("simple", "emitidos", "Estatuto, art. 19")


@pytest.fixture
def red(db, ruta_db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    estatuto = cargar_norma(contexto, "estatuto", "Estatuto", ESTATUTO, TEXTO_2025, "Asamblea constitutiva")
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo", articulo="Estatuto, art. 13"))
    fijar_regla_quorum(contexto, consejo, QUORUM, poderes_maximos=2, mayoria=SIMPLE,
                       articulo_poderes="Estatuto, art. 21", vigente_desde=TEXTO_2025)
    agregar_regla(contexto, consejo, "por_categoria", {"pleno": 2}, "Estatuto, art. 13", desde=TEXTO_2025)
    fijar_convocatoria(contexto, consejo, 15, "Estatuto, art. 18")
    return asociacion_id, estatuto, consejo


def _reformar(db, asociacion, estatuto, *numeros):
    textos = {"21": "Un miembro puede llevar el poder de otro, con un máximo de tres poderes por miembro.",
              "13": "El Consejo se integra con dos ciudades por país pleno y una por país asociado.",
              "18": "Los órganos se convocan con treinta días de anticipación."}
    reformar(Contexto(db, asociacion), estatuto, REFORMA, [CambioArticulo(n, textos[n]) for n in numeros],
             aprobada_por="Resolución 2/2026 de la Asamblea General", descripcion="Reforma de 2026")


def test_reformar_el_art_21_marca_la_regla_de_poderes_hasta_que_se_guarda_una_version_nueva(db, ruta_db, red, cli):
    asociacion, estatuto, consejo = red
    assert reglas_marcadas(Contexto(db, asociacion)) == []          # recién fijadas, citan el texto vigente

    _reformar(db, asociacion, estatuto, "21")
    [marcada] = reglas_marcadas(Contexto(db, asociacion))
    assert (marcada.tabla, marcada.campo, marcada.articulo) == ("reglas_quorum", "articulo_poderes", "21")
    assert marcada.motivo == "la regla cita el art. 21 en su texto de 2025; rige otro texto desde el 21/05/2026"
    assert "guarde una versión nueva de la regla desde el 21/05/2026" in marcada.como_revisar
    db.close()

    # La CLI lo dice.
    salida = cli("estatutos", "reglas", db=ruta_db)
    assert salida.returncode == 0, salida.stderr
    assert "la regla cita el art. 21 en su texto de 2025" in salida.stdout and "1 regla cita" in salida.stdout
    [fila] = json.loads(cli("estatutos", "reglas", "--json", db=ruta_db).stdout)
    assert (fila["articulo"], fila["texto_de"], fila["reformado"]) == ("21", "2025-01-01", "2026-05-21")

    # Cerrar y volver a abrir: sigue marcada hasta que alguien guarda la versión nueva de la regla.
    db = abrir_base(ruta_db)
    assert len(reglas_marcadas(Contexto(db, asociacion))) == 1
    fijar_regla_quorum(Contexto(db, asociacion), consejo, QUORUM, poderes_maximos=3, mayoria=SIMPLE,
                       articulo_poderes="Estatuto, art. 21", vigente_desde=REFORMA)
    assert reglas_marcadas(Contexto(db, asociacion)) == []
    db.close()
    salida = cli("estatutos", "reglas", db=ruta_db)
    assert "Ninguna regla cita el texto anterior" in salida.stdout


def test_una_version_nueva_anterior_a_la_reforma_no_la_resuelve(db, red):
    asociacion, estatuto, consejo = red
    _reformar(db, asociacion, estatuto, "21")
    contexto = Contexto(db, asociacion)
    fijar_regla_quorum(contexto, consejo, QUORUM, poderes_maximos=2, mayoria=SIMPLE,
                       articulo_poderes="Estatuto, art. 21", vigente_desde=date(2026, 1, 1))
    [marcada] = reglas_marcadas(contexto)
    assert "en su texto de 2025" in marcada.motivo and "01/01/2026" in marcada.que


def test_la_regla_de_composicion_se_revisa_y_la_convocatoria_se_vuelve_a_guardar(db, ruta_db, red, cli):
    asociacion, estatuto, consejo = red
    _reformar(db, asociacion, estatuto, "13", "18")
    marcadas = {(m.tabla, m.articulo): m for m in reglas_marcadas(Contexto(db, asociacion))}
    assert set(marcadas) == {("reglas_composicion", "13"), ("organos", "18")}
    assert marcadas["organos", "18"].motivo.startswith("la regla cita el art. 18 en su texto de 2025")
    regla = marcadas["reglas_composicion", "13"].fila_id
    db.close()

    salida = cli("estatutos", "reglas", "--revisar", regla, db=ruta_db)
    assert salida.returncode == 0, salida.stderr
    assert f"Regla de composición {regla} revisada: cita el texto vigente desde el 21/05/2026." in salida.stdout
    assert "art. 18" in salida.stdout and "art. 13" not in salida.stdout.split("revisada")[1]

    db = abrir_base(ruta_db)
    assert db.execute("SELECT desde FROM reglas_composicion WHERE id = ?", [regla]).fetchone()[0] == "2026-05-21"
    fijar_convocatoria(Contexto(db, asociacion), consejo, 30, "Estatuto, art. 18")     # revisada: se vuelve a guardar
    assert reglas_marcadas(Contexto(db, asociacion)) == []
    with pytest.raises(Exception, match="no cita un texto reformado"):
        revisar_regla(Contexto(db, asociacion), regla)


def test_marcar_revisadas_varias_es_todas_o_ninguna(db, ruta_db, red):
    """«Marcar revisadas…» en Órganos revisa todas las reglas en una transacción: si una no se puede (aquí, una que ya
    no existe: otra ventana la quitó), la que sí se podía tampoco queda revisada (antes quedaba a medias)."""
    asociacion, estatuto, consejo = red
    _reformar(db, asociacion, estatuto, "13")
    [marcada] = [m for m in reglas_marcadas(Contexto(db, asociacion)) if m.tabla == "reglas_composicion"]
    antes = db.execute("SELECT desde FROM reglas_composicion WHERE id = ?", [marcada.fila_id]).fetchone()[0]
    with pytest.raises(Exception, match="No existe la regla de composición 999999"):
        revisar_reglas(Contexto(db, asociacion), [marcada.fila_id, 999999])
    otra = abrir_base(ruta_db)   # leída de nuevo, por otra conexión
    try:
        assert otra.execute("SELECT desde FROM reglas_composicion WHERE id = ?", [marcada.fila_id]).fetchone()[0] == antes
    finally:
        otra.close()
    assert revisar_reglas(Contexto(db, asociacion), [marcada.fila_id, marcada.fila_id]) == [date(2026, 5, 21)]
    assert [m for m in reglas_marcadas(Contexto(db, asociacion)) if m.tabla == "reglas_composicion"] == []


def test_las_vistas_avisan_tras_la_reforma_y_organos_marca_revisada_la_composicion(qtbot, db, red, monkeypatch):
    asociacion_id, estatuto, consejo = red
    asociacion = listar_asociaciones(db)[0]
    puerta.fijar_del_proceso(puerta.VENTANA)   # como la ventana al abrirse: sus avisos nombran sus botones
    estatutos = VistaEstatutos()
    qtbot.addWidget(estatutos)
    estatutos.show()
    estatutos.mostrar(oficina_de(db, asociacion))
    qtbot.waitUntil(lambda: estatutos.combo_norma.count() == 1)
    assert not estatutos.aviso_reglas.isVisible()

    # La secretaría registra la reforma del art. 13 con el diálogo.
    estatutos.seleccionar_articulo("13")

    def reformar_el_13(dialogo):
        dialogo.fecha.setDate(QDate(REFORMA))
        dialogo.aprobada_por.setText("Resolución 2/2026 de la Asamblea General")
        dialogo.texto.setPlainText("El Consejo se integra con dos ciudades por país pleno y una por país asociado.")
        dialogo.guardar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogo_reforma.DialogoReforma, "exec", reformar_el_13)
    estatutos.reformar()
    qtbot.waitUntil(lambda: estatutos.aviso_reglas.isVisible())
    aviso = estatutos.aviso_reglas.text()
    assert "1 regla cita el texto anterior de un artículo reformado" in aviso
    assert "la regla cita el art. 13 en su texto de 2025" in aviso

    organos = VistaOrganos()
    qtbot.addWidget(organos)
    organos.resize(1150, 780)
    organos.show()
    organos.mostrar(oficina_de(db, asociacion))
    assert organos.seleccionar(consejo)
    qtbot.waitUntil(lambda: organos.aviso_reglas.isVisible())
    assert "la regla cita el art. 13 en su texto de 2025" in organos.aviso_reglas.text()
    # Cómo revisarla: el botón que está a la vista, no la orden (issue 61 §3).
    assert "«Marcar revisadas las de composición…»" in organos.aviso_reglas.text()
    assert "«escritorio " not in organos.aviso_reglas.text()
    assert organos.boton_revisar_reglas.text() == "Marcar revisadas las de composición…"
    assert organos.boton_revisar_reglas.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    organos.boton_revisar_reglas.click()
    qtbot.waitUntil(lambda: not organos.aviso_reglas.isVisible())
    assert reglas_marcadas(Contexto(db, asociacion_id)) == []

    estatutos.recargar()
    assert not estatutos.aviso_reglas.isVisible()
