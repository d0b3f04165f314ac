"""Órganos sin la línea de órdenes: una Asamblea creada en la ventana la integran todos los miembros activos, y
cada regla de composición se agrega y se quita desde «Reglas de composición…» (el mismo servicio que
«organos regla-composicion» y «organos quitar-regla», con sus mensajes). Lo hecho sigue ahí al reabrir la base."""

import os
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from escritorio.interfaz.dialogos import organo as dialogos_organo
from escritorio.interfaz.dialogos import reglas_composicion
from escritorio.interfaz.vistas.organos import VistaOrganos
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.organos import NuevoOrgano, crear_organo
from escritorio.servicios.reglas_de_composicion import reglas_de_composicion
from ayudas import oficina_de

CAPTURAS = os.environ.get("CAPTURAS", "/tmp")


def abrir_vista(qtbot, db, ancho=1300, alto=760) -> VistaOrganos:
    organos = VistaOrganos()
    qtbot.addWidget(organos)
    organos.resize(ancho, alto)
    organos.show()
    organos.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    qtbot.waitUntil(lambda: organos.organo is not None)
    return organos


def miembros_de_la_asamblea(db) -> list[str]:
    """Quienes integran hoy una asamblea según el padrón: los activos y los suspendidos (estos sin voto)."""
    hoy = date.today().isoformat()
    return sorted(m["nombre"] for m in listar_miembros(Contexto(db, listar_asociaciones(db)[0]["id"]))
                  if m["estado"] in ("activo", "suspendido") and (m["fecha_ingreso"] or "") <= hoy)


def crear_en_la_ventana(organos, monkeypatch, nombre: str, tipo: str, *, con_regla: bool = True) -> dict:
    vista_previa = {}

    def crear(dialogo):
        dialogo.nombre.setText(nombre)
        dialogo.tipo.setCurrentIndex(dialogo.tipo.findData(tipo))
        dialogo.articulo.setText("Estatuto, art. 12")
        vista_previa["visible"] = not dialogo.regla_por_omision.isHidden()
        vista_previa["marcada"] = dialogo.regla_por_omision.isChecked()
        vista_previa["texto"] = dialogo.regla_por_omision.text()
        dialogo.regla_por_omision.setChecked(con_regla)
        dialogo.guardar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogos_organo.DialogoNuevoOrgano, "exec", crear)
    organos.nuevo_organo()
    return vista_previa


def nombres_en_la_tabla(organos) -> list[str]:
    return sorted(organos.tabla.item(f, 0).text() for f in range(organos.tabla.rowCount()))


def test_una_asamblea_creada_en_la_ventana_la_integran_todos_los_activos(qtbot, copia_de_la_demo, monkeypatch):
    ruta = copia_de_la_demo
    db = abrir_base(ruta)
    organos = abrir_vista(qtbot, db)
    casilla = crear_en_la_ventana(organos, monkeypatch, "Asamblea Extraordinaria 2027", "asamblea")

    assert casilla == {"visible": True, "marcada": True,
                       "texto": "Lo integran todos los miembros activos (se deriva del padrón)"}
    assert organos.organo["nombre"] == "Asamblea Extraordinaria 2027"
    esperados = miembros_de_la_asamblea(db)
    assert len(esperados) > 250
    assert nombres_en_la_tabla(organos) == esperados
    assert organos.resumen.text().startswith(f"{len(esperados)} integrantes")
    assert "Nadie integra" not in organos.resumen.text()
    db.close()

    # Cerrada y reabierta desde la base: la regla quedó guardada, citada al artículo del órgano.
    db = abrir_base(ruta)
    organos = abrir_vista(qtbot, db)
    assert organos.seleccionar("Asamblea Extraordinaria 2027")
    assert nombres_en_la_tabla(organos) == esperados
    reglas = reglas_de_composicion(Contexto(db, listar_asociaciones(db)[0]["id"]), organos.organo_id())
    assert [(r["tipo"], r["articulo"]) for r in reglas] == [("todos_los_activos", "Estatuto, art. 12")]
    db.close()


def test_sin_la_regla_por_omision_la_asamblea_queda_vacia_y_un_comite_no_la_ofrece(qtbot, copia_de_la_demo,
                                                                                   monkeypatch):
    ruta = copia_de_la_demo
    db = abrir_base(ruta)
    organos = abrir_vista(qtbot, db)
    crear_en_la_ventana(organos, monkeypatch, "Asamblea sin padrón", "asamblea", con_regla=False)
    assert organos.tabla.rowCount() == 0
    assert organos.resumen.text() == "Nadie integra el órgano en esa fecha."

    casilla = crear_en_la_ventana(organos, monkeypatch, "Comité de Cuentas", "comite")
    assert casilla["visible"] is False
    assert organos.organo["nombre"] == "Comité de Cuentas" and organos.tabla.rowCount() == 0
    db.close()


def abrir_reglas(organos, monkeypatch, hacer) -> None:
    """Abre «Reglas de composición…» del órgano elegido, hace `hacer(dialogo)` y lo cierra."""
    def ejecutar(dialogo):
        hacer(dialogo)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(reglas_composicion.DialogoReglasComposicion, "exec", ejecutar)
    organos.reglas_de_composicion()


def filas_de_reglas(dialogo) -> list[list[str]]:
    return [[dialogo.tabla.item(f, c).text() for c in range(dialogo.tabla.columnCount())]
            for f in range(dialogo.tabla.rowCount())]


def test_la_ventana_agrega_y_quita_una_regla_de_composicion(qtbot, copia_de_la_demo, monkeypatch):
    ruta = copia_de_la_demo
    db = abrir_base(ruta)
    asociacion = listar_asociaciones(db)[0]["id"]
    crear_organo(Contexto(db, asociacion), NuevoOrgano("Comité de Cuentas", "comite", articulo="Estatuto, art. 30"))
    organos = abrir_vista(qtbot, db)
    assert organos.seleccionar("Comité de Cuentas")
    vistos = {}

    def agregar(dialogo):
        assert dialogo.tabla.rowCount() == 0
        # Asientos de oficio sin tipos elegidos: el mensaje del servicio, tal cual, y nada guardado.
        dialogo.tipo.setCurrentIndex(dialogo.tipo.findData("de_oficio"))
        dialogo.boton_agregar.click()
        vistos["rechazo"] = dialogo.mensaje.text()
        # Cantidad fija de 3 puestos, citada a su artículo.
        dialogo.tipo.setCurrentIndex(dialogo.tipo.findData("tamano_fijo"))
        dialogo.puestos.setValue(3)
        dialogo.articulo.setText("Estatuto, art. 30")
        dialogo.desde.setDate(date(2024, 5, 1))
        dialogo.boton_agregar.click()
        vistos["hecho"] = dialogo.mensaje.text()
        vistos["filas"] = filas_de_reglas(dialogo)
        for ancho, alto, nombre in ((1024, 600, "reglas_composicion_1024x600.png"),
                                    (820, 640, "reglas_composicion.png")):
            dialogo.resize(min(ancho, dialogo.maximumWidth()), alto)
            dialogo.show()
            qtbot.wait(50)
            dialogo.grab().save(os.path.join(CAPTURAS, nombre))
        # La misma regla dos veces: el servicio la rechaza y lo dice.
        dialogo.boton_agregar.click()
        vistos["repetida"] = dialogo.mensaje.text()

    abrir_reglas(organos, monkeypatch, agregar)
    assert vistos["rechazo"].startswith("La regla de asientos de oficio nombra los tipos de órgano")
    assert vistos["hecho"].startswith("Regla ")
    assert "Cantidad fija de puestos" in vistos["hecho"] and "Hoy no lo integra nadie." in vistos["hecho"]
    assert [f[1:] for f in vistos["filas"]] == [["Cantidad fija de puestos", "3 puestos", "Estatuto, art. 30",
                                                "01/05/2024"]]
    assert "ya tiene la regla «Cantidad fija de puestos»" in vistos["repetida"]
    regla_id = int(vistos["filas"][0][0])
    # La vista muestra el aviso de la regla que no se cumple.
    assert any("Estatuto, art. 30" in aviso for aviso in organos.composicion.avisos)
    db.close()

    # Cerrada y reabierta desde la base: la regla sigue; se quita.
    db = abrir_base(ruta)
    organos = abrir_vista(qtbot, db)
    assert organos.seleccionar("Comité de Cuentas")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def quitar(dialogo):
        vistos["al_reabrir"] = filas_de_reglas(dialogo)
        dialogo.tabla.selectRow(0)
        dialogo.boton_quitar.click()
        vistos["quitada"] = dialogo.mensaje.text()
        vistos["despues"] = dialogo.tabla.rowCount()

    abrir_reglas(organos, monkeypatch, quitar)
    assert vistos["al_reabrir"] == vistos["filas"]
    assert vistos["quitada"].startswith(f"Regla {regla_id} quitada: Cantidad fija de puestos.")
    assert vistos["despues"] == 0
    assert organos.composicion.avisos == []
    db.close()

    db = abrir_base(ruta)
    assert reglas_de_composicion(Contexto(db, asociacion), db.execute(
        "SELECT id FROM organos WHERE nombre = 'Comité de Cuentas'").fetchone()[0]) == []
    db.close()


@pytest.mark.parametrize("tipo, preparar, detalle", [
    ("por_categoria", lambda d: (d.cupos["pleno"].setValue(2), d.cupos["asociado"].setValue(1)),
     "2 por país pleno, 1 por país asociado, 0 por país observador"),
    # Otras redes (issue 66): un cupo como máximo, un rango, y un órgano de un solo tipo de miembro.
    ("por_categoria", lambda d: (d.modo_cupo.setCurrentIndex(d.modo_cupo.findData("maximo")),
                                 d.cupos["pleno"].setValue(1), d.cupos["asociado"].setValue(0)),
     "a lo sumo 1 por país pleno, a lo sumo 0 por país asociado, a lo sumo 0 por país observador"),
    ("por_categoria", lambda d: (d.modo_cupo.setCurrentIndex(d.modo_cupo.findData("rango")),
                                 d.cupos["pleno"].setValue(1), d.cupos_maximos["pleno"].setValue(2),
                                 d.cupos["asociado"].setValue(0), d.cupos_maximos["asociado"].setValue(1),
                                 d.cupos_maximos["observador"].setValue(0)),
     "de 1 a 2 por país pleno, de 0 a 1 por país asociado, de 0 a 0 por país observador"),
    ("tipo_de_miembro", lambda d: (d.tipos_de_miembro["municipio"].setChecked(True),
                                   d.tipos_de_miembro["gobierno_regional"].setChecked(False)),
     "municipios: todos los activos"),
    ("de_oficio", lambda d: (d.de_oficio["comision_directiva"].setChecked(True),
                             d.de_oficio["secretaria_ejecutiva"].setChecked(True)),
     "Comisión Directiva, Secretaría Ejecutiva"),
    ("presidencia", lambda d: d.preside.setCurrentIndex(d.preside.findData("secretaria_ejecutiva")),
     "quien ejerce la Secretaría Ejecutiva"),
    ("troika", lambda d: None, ""),
    ("todos_los_activos", lambda d: None, ""),
    ("designacion", lambda d: None, ""),
    ("limite_de_mandatos", lambda d: d.seguidos.setValue(2), "a lo sumo 2 mandatos seguidos"),   # issue 80, §3
    # issue 80, §2: cupos por grupo (la agrupación por tipo de miembro, que no se define), uno propio de un grupo
    ("por_agrupacion", lambda d: (d.agrupacion.setCurrentIndex(d.agrupacion.findData("tipo_de_miembro")),
                                  d.modo_grupo.setCurrentIndex(d.modo_grupo.findData("maximo")),
                                  d.cupo_grupo.setValue(3), d.grupos_propios.setText("municipio=1..")),
     "Tipo de miembro: a lo sumo 3 por grupo; Municipio: al menos 1"),
])
def test_cada_tipo_de_regla_se_fija_desde_la_ventana(qtbot, copia_de_la_demo, monkeypatch, tipo, preparar, detalle):
    ruta = copia_de_la_demo
    db = abrir_base(ruta)
    asociacion = listar_asociaciones(db)[0]["id"]
    crear_organo(Contexto(db, asociacion), NuevoOrgano("Comité de Cuentas", "comite"))
    organos = abrir_vista(qtbot, db)
    assert organos.seleccionar("Comité de Cuentas")
    vistos = {}

    def agregar(dialogo):
        dialogo.tipo.setCurrentIndex(dialogo.tipo.findData(tipo))
        preparar(dialogo)
        dialogo.articulo.setText("Estatuto, art. 13")
        dialogo.boton_agregar.click()
        vistos["mensaje"] = dialogo.mensaje.text()
        vistos["filas"] = filas_de_reglas(dialogo)

    abrir_reglas(organos, monkeypatch, agregar)
    assert vistos["mensaje"].startswith("Regla "), vistos["mensaje"]
    assert [f[2:4] for f in vistos["filas"]] == [[detalle, "Estatuto, art. 13"]]
    reglas = reglas_de_composicion(Contexto(db, asociacion), organos.organo_id())
    assert [r["tipo"] for r in reglas] == [tipo]
    db.close()
