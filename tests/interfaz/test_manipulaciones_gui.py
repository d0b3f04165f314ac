"""La ventana ante un acta aprobada cambiada por fuera de Escritorio (con un navegador de bases, mientras la
ventana está abierta): la pestaña Acta lo marca en rojo y ni el PDF ni la vista previa se generan; el aviso
dice qué pasó y qué hacer."""

import sqlite3

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from escritorio.dominio import puerta
from escritorio.interfaz.vistas.sesiones import VistaSesiones
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.interfaz.piezas import elegir_archivo
from ayudas import oficina_de

CONSEJO = 2  # sesión LXI del Consejo, con el acta aprobada


@pytest.fixture
def mensajes(monkeypatch):
    anotados: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, titulo, texto, *a, **k: anotados.append((titulo, texto)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: anotados.append((titulo, texto)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    return anotados


def abrir_el_consejo(qtbot, ruta):
    puerta.fijar_del_proceso(puerta.VENTANA)   # como la ventana al abrirse: sus mensajes nombran sus menús
    db = abrir_base(ruta)
    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(1150, 800)
    vista.show()
    vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    vista.abrir(CONSEJO)
    return db, vista


def test_la_ventana_marca_el_acta_alterada_y_no_la_imprime(qtbot, copia_de_la_demo, mensajes, monkeypatch, tmp_path):
    db, vista = abrir_el_consejo(qtbot, copia_de_la_demo)
    editor = vista.editor
    assert editor.tab_acta.verificacion.text() == "✓ el registro coincide con la huella"

    navegador = sqlite3.connect(copia_de_la_demo)  # el usuario curioso, con la ventana abierta
    navegador.execute("DROP TRIGGER actas_congeladas")
    navegador.execute("UPDATE actas SET contenido = replace(contenido, 'Se levanta la sesión', "
                      "'Se aprueba duplicar las cuotas. Se levanta la sesión') WHERE sesion_id = ?", [CONSEJO])
    navegador.commit()
    navegador.close()

    editor.boton_volver.click()  # volver a la lista y abrir la sesión otra vez: se lee de la base
    vista.abrir(CONSEJO)
    assert editor.tab_acta.verificacion.text() == "✗ el registro ya no coincide con la huella"

    destino = tmp_path / "acta.pdf"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    editor.tab_acta.boton_acta.click()
    qtbot.waitUntil(lambda: len(mensajes) == 1, timeout=10000)
    titulo, texto = mensajes[0]
    assert titulo == "No se pudo completar"
    assert "fue cambiada por fuera de Escritorio" in texto and "No se imprime" in texto
    # Qué hacer, con los menús de la ventana, no con órdenes (issue 61 §3).
    assert "menú Archivo, «Verificar la base…»" in texto and "menú Archivo, «Restaurar respaldo…»" in texto
    assert "«escritorio " not in texto
    assert not destino.exists()

    abiertos = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: abiertos.append(url.toLocalFile()))
    editor.tab_acta.boton_vista_previa.click()
    qtbot.waitUntil(lambda: len(mensajes) == 2, timeout=10000)
    assert "fue cambiada por fuera de Escritorio" in mensajes[1][1]
    assert abiertos == []
    db.close()
