"""Issue 61, §4: los cargos se ofrecen en sus dos formas, como los estatutos («Secretario Ejecutivo», «Secretaria
Ejecutiva»), y quien ejerce el cargo se nombra en la forma elegida. Por la ventana, sobre una copia de la demo: en
Órganos › la secretaría técnica, «Designar…» con el diálogo real; se elige «Secretaria Ejecutiva» en el desplegable y se
pulsa «Designar». Después de cerrar y volver a abrir la base, la composición, la historia de mandatos y el PDF de la
composición (el botón del área) dicen «Secretaria Ejecutiva»; el cargo guardado es el mismo, secretario_ejecutivo."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pypdf import PdfReader

from escritorio.interfaz.dialogos import mandato
from escritorio.interfaz.piezas import elegir_archivo
from escritorio.interfaz.vistas.organos import VistaOrganos
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import listar_organos, mandatos_de
from ayudas import oficina_de

DESDE = date(2026, 3, 1)
AL = QDate(2026, 6, 1)


@pytest.fixture(autouse=True)
def _mensajes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)


def _vista(qtbot, db, asociacion) -> VistaOrganos:
    vista = VistaOrganos()
    qtbot.addWidget(vista)
    vista.resize(1150, 780)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    tecnica = next(o for o in listar_organos(Contexto(db, asociacion["id"])) if o["tipo"] == "secretaria_tecnica")
    assert vista.seleccionar(tecnica["id"])
    vista.fecha.setDate(AL)
    return vista


def _filas(vista) -> list[list[str]]:
    return [[vista.tabla.item(f, c).text() for c in range(vista.tabla.columnCount())]
            for f in range(vista.tabla.rowCount())]


def test_designar_a_la_secretaria_ejecutiva_por_la_ventana_y_verla_nombrada_asi(
        qtbot, copia_de_la_demo, monkeypatch, tmp_path):
    db = abrir_base(copia_de_la_demo)
    asociacion = listar_asociaciones(db)[0]
    vista = _vista(qtbot, db, asociacion)
    vistos = {}

    def completar(dialogo):
        dialogo.show()
        qtbot.waitExposed(dialogo)
        textos = [dialogo.cargo.itemText(i) for i in range(dialogo.cargo.count())]
        vistos["textos"] = textos
        # las dos formas de cada cargo que las tiene, una junto a la otra; «Titular» una sola vez
        assert textos[:2] == ["Secretario Ejecutivo", "Secretaria Ejecutiva"], textos
        assert "Presidenta" in textos and "Tesorera" in textos and textos.count("Titular") == 1
        dialogo.persona.setText("María Rodríguez")
        dialogo.cargo.setCurrentIndex(dialogo.cargo.findText("Secretaria Ejecutiva"))
        assert dialogo.cargo.currentData() == "secretario_ejecutivo"   # el mismo cargo estatutario
        dialogo.desde.setDate(QDate(DESDE))
        qtbot.mouseClick(dialogo.boton_designar, Qt.MouseButton.LeftButton)
        assert dialogo.mandato_id is not None, dialogo.mensaje.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(mandato.DialogoMandato, "exec", completar)
    vista.designar()
    assert vistos["textos"]
    qtbot.waitUntil(lambda: any("María Rodríguez" in " ".join(f) for f in _filas(vista)))
    fila = next(f for f in _filas(vista) if "María Rodríguez" in " ".join(f))
    assert "Secretaria Ejecutiva" in fila, fila
    vista.close()
    db.close()

    # Cerrar y volver a abrir la base: la forma quedó guardada con el mandato.
    db = abrir_base(copia_de_la_demo)
    asociacion = listar_asociaciones(db)[0]
    vista = _vista(qtbot, db, asociacion)
    fila = next(f for f in _filas(vista) if "María Rodríguez" in " ".join(f))
    assert "Secretaria Ejecutiva" in fila and not any("Secretario Ejecutivo" in c for c in fila), fila
    guardado = [m for m in mandatos_de(Contexto(db, asociacion["id"]), vista.organo["id"])
                if m["persona"] == "María Rodríguez"]
    assert [(m["cargo"], m["forma"]) for m in guardado] == [("secretario_ejecutivo", "femenina")]

    def historia(dialogo):
        filas = [[dialogo.arbol.topLevelItem(i).text(c) for c in range(dialogo.arbol.columnCount())]
                 for i in range(dialogo.arbol.topLevelItemCount())]
        vistos["historia"] = next(f for f in filas if f[2] == "María Rodríguez")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(mandato.DialogoHistoriaMandatos, "exec", historia)
    vista.historia()
    assert vistos["historia"][3] == "Secretaria Ejecutiva"

    destino = tmp_path / "tecnica.pdf"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    vista.imprimir_composicion()
    qtbot.waitUntil(destino.exists, timeout=20000)
    texto = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(destino).pages)
    assert "María Rodríguez" in texto and "Secretaria Ejecutiva" in texto
    db.close()


def test_corregir_la_forma_de_un_mandato_de_antes_desde_la_historia(qtbot, copia_de_la_demo, monkeypatch):
    """Un mandato cargado antes (en la forma masculina, la única que había): en «Historia…» se elige, «Forma del
    cargo…», «Secretaria Ejecutiva» y el motivo; sin motivo, el diálogo dice qué falta y sigue abierto. La
    corrección queda en la historia, y la composición la nombra así también después de volver a abrir la base."""
    from escritorio.interfaz.dialogos import formas_del_cargo
    from escritorio.servicios.organos import NuevoMandato, designar

    db = abrir_base(copia_de_la_demo)
    asociacion = listar_asociaciones(db)[0]
    vista = _vista(qtbot, db, asociacion)
    mandato_id = designar(Contexto(db, asociacion["id"]), vista.organo["id"],
                          NuevoMandato("secretario_ejecutivo", DESDE, persona="Ana Pérez"))
    vista.fecha.setDate(AL)
    vista._cambio(vista.organo["id"])
    assert "Secretario Ejecutivo" in next(f for f in _filas(vista) if "Ana Pérez" in " ".join(f))
    vistos = {}

    def forma(dialogo):
        dialogo.show()
        qtbot.waitExposed(dialogo)
        assert dialogo.forma.currentText() == "Secretario Ejecutivo"      # la que tenía
        dialogo.forma.setCurrentIndex(dialogo.forma.findText("Secretaria Ejecutiva"))
        qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)   # sin motivo
        assert dialogo.isVisible() and dialogo.aviso.isVisible()
        vistos["sin_motivo"] = dialogo.aviso.text()
        qtbot.keyClicks(dialogo.motivo, "Error de carga")
        qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)
        return dialogo.result()

    def historia(dialogo):
        dialogo.show()
        qtbot.waitExposed(dialogo)
        fila = next(i for i, m in enumerate(dialogo.mandatos) if m["id"] == mandato_id)
        assert not dialogo.boton_forma.isEnabled()
        dialogo.arbol.setCurrentItem(dialogo.arbol.topLevelItem(fila))
        assert dialogo.boton_forma.isEnabled()
        monkeypatch.setattr(formas_del_cargo.DialogoFormaDelCargo, "exec", forma)
        qtbot.mouseClick(dialogo.boton_forma, Qt.MouseButton.LeftButton)
        item = dialogo.arbol.currentItem()
        vistos["cargo"] = item.text(3)
        vistos["correccion"] = item.child(item.childCount() - 1).text(0)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(mandato.DialogoHistoriaMandatos, "exec", historia)
    vista.historia()
    assert vistos["sin_motivo"] == "Indique el motivo de la corrección."
    assert vistos["cargo"] == "Secretaria Ejecutiva"
    assert "forma del cargo masculina → femenina. Motivo: Error de carga" in vistos["correccion"]
    assert "Secretaria Ejecutiva" in next(f for f in _filas(vista) if "Ana Pérez" in " ".join(f))
    vista.close()
    db.close()

    db = abrir_base(copia_de_la_demo)
    asociacion = listar_asociaciones(db)[0]
    vista = _vista(qtbot, db, asociacion)
    assert "Secretaria Ejecutiva" in next(f for f in _filas(vista) if "Ana Pérez" in " ".join(f))
    db.close()
