"""El plan de trabajo en el área Unidades temáticas (issue 47, §4), como lo usa una secretaría sobre la red de ejemplo:
el plan de un año, lo atrasado, corregir una actividad, su orden de estados (el menú solo ofrece los pasos posibles)
y su informe con el PDF guardado y su copia. Lo guardado se lee de nuevo de la base."""

import hashlib
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from ayudas import oficina_de
from escritorio.interfaz.dialogos import actividad, fecha_actividad, informe_actividad
from escritorio.interfaz.piezas import elegir_archivo
from escritorio.interfaz.vistas.unidades import VistaUnidades
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.plan_de_trabajo import actividad_de, informes_de
from escritorio.servicios.unidades import NuevaActividad, agregar_actividad

PDF = b"%PDF-1.4\n% informe del seminario\n%%EOF\n"


@pytest.fixture
def unidades(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    vista = VistaUnidades()
    qtbot.addWidget(vista)
    vista.resize(1150, 780)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    assert vista.seleccionar("UT Cultura")
    return vista


def _contexto(vista) -> Contexto:
    return vista.contexto


def _titulos(vista) -> list[str]:
    """La columna «Actividad» del plan de trabajo, como se lee en la tabla."""
    tabla = vista.plan.tabla
    return [tabla.item(fila, 0).text() for fila in range(tabla.rowCount())]


def _fila(vista, titulo: str) -> int:
    return next(n for n, a in enumerate(vista.plan.actividades) if a["titulo"] == titulo)


def _elegir(vista, titulo: str) -> dict:
    vista.plan.tabla.selectRow(_fila(vista, titulo))
    return vista.plan.actividad_elegida()


def _pasos(vista) -> list[str]:
    return [accion.text() for accion in vista.plan.menu_estado.actions()]


def _paso(vista, texto: str) -> None:
    next(a for a in vista.plan.menu_estado.actions() if a.text() == texto).trigger()


def test_el_plan_de_un_anio_y_lo_atrasado(unidades):
    plan = unidades.plan
    anios = [plan.anio.itemText(i) for i in range(plan.anio.count())]
    assert anios[0] == "Todos los años" and len(unidades.plan.actividades) == 2
    anterior = int(anios[-1])   # el año del seminario de la red de ejemplo
    assert plan.elegir_anio(anterior)
    assert _titulos(unidades) == ["Seminario regional de cultura"]
    assert unidades.pestanas.tabText(0) == "Plan de trabajo (1)"
    responsable = unidades.plan.tabla.item(0, 3).text()
    assert responsable.endswith("(Brasil)")

    # Una actividad que ya debía haber pasado se ve atrasada, en rojo, con la cuenta arriba.
    agregar_actividad(_contexto(unidades), unidades.unidad["id"],
                      NuevaActividad("Taller de patrimonio", date(anterior, 3, 1), estado="prevista"))
    unidades.recargar(unidades.unidad["id"])
    assert plan.anio_elegido() == anterior   # el año elegido se conserva
    fila = _fila(unidades, "Taller de patrimonio")
    assert unidades.plan.tabla.item(fila, 2).text() == "Prevista · atrasada"
    assert plan.resumen.text() == "1 atrasada"
    plan.elegir_anio(None)
    assert len(unidades.plan.actividades) == 3


def test_corregir_una_actividad(unidades, monkeypatch):
    elegida = _elegir(unidades, "Seminario regional de cultura")
    assert unidades.plan.boton_corregir.isEnabled()

    def corregir(dialogo):
        assert dialogo.titulo.text() == "Seminario regional de cultura" and not dialogo.estado.isEnabled()
        dialogo.titulo.setText("Seminario regional de gestores culturales")
        dialogo.resultado.setPlainText("Participaron 40 ciudades.")
        dialogo.guardar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(actividad.DialogoActividad, "exec", corregir)
    unidades.plan.boton_corregir.click()
    assert "Seminario regional de gestores culturales" in _titulos(unidades)
    guardada = actividad_de(_contexto(unidades), elegida["id"])
    assert (guardada["titulo"], guardada["resultado"]) == ("Seminario regional de gestores culturales",
                                                           "Participaron 40 ciudades.")
    assert unidades.plan.actividad_elegida()["id"] == elegida["id"]   # sigue elegida


def test_corregir_sin_titulo_marca_el_campo_y_no_guarda(unidades, monkeypatch):
    elegida = _elegir(unidades, "Seminario regional de cultura")
    vistos = {}

    def sin_titulo(dialogo):
        dialogo.titulo.setText("  ")
        dialogo.guardar()
        vistos.update(mensaje=dialogo.mensaje.text(), marca=dialogo.titulo.toolTip(), visible=dialogo.isVisible())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(actividad.DialogoActividad, "exec", sin_titulo)
    unidades.plan.corregir_actividad()
    assert vistos["mensaje"] == "Escriba el título de la actividad." == vistos["marca"]
    assert actividad_de(_contexto(unidades), elegida["id"])["titulo"] == "Seminario regional de cultura"


def test_el_estado_sigue_su_orden(unidades, monkeypatch):
    en_curso = next(a for a in unidades.plan.actividades if a["estado"] == "en_curso")
    _elegir(unidades, en_curso["titulo"])
    assert _pasos(unidades) == ["Marcar realizada", "Cancelar la actividad"]
    _paso(unidades, "Marcar realizada")
    fila = _fila(unidades, en_curso["titulo"])
    assert unidades.plan.tabla.item(fila, 2).text() == "Realizada"
    assert actividad_de(_contexto(unidades), en_curso["id"])["estado"] == "realizada"
    assert _pasos(unidades) == ["Reabrir"]   # una realizada solo se reabre

    # Sin fechas, marcarla realizada pregunta cuándo fue.
    sin_fecha = agregar_actividad(_contexto(unidades), unidades.unidad["id"], NuevaActividad("Red de bibliotecas"))
    unidades.recargar(unidades.unidad["id"])
    _elegir(unidades, "Red de bibliotecas")

    def cuando(dialogo):
        dialogo.cuando.setDate(date(2026, 2, 10))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(fecha_actividad.DialogoFechaDeActividad, "exec", cuando)
    _paso(unidades, "Marcar realizada")
    guardada = actividad_de(_contexto(unidades), sin_fecha)
    assert (guardada["estado"], guardada["hasta"]) == ("realizada", "2026-02-10")

    # Si la persona desiste, no cambia nada.
    otra = agregar_actividad(_contexto(unidades), unidades.unidad["id"], NuevaActividad("Mapa cultural"))
    unidades.recargar(unidades.unidad["id"])
    _elegir(unidades, "Mapa cultural")
    monkeypatch.setattr(fecha_actividad.DialogoFechaDeActividad, "exec", lambda d: QDialog.DialogCode.Rejected)
    _paso(unidades, "Marcar realizada")
    assert actividad_de(_contexto(unidades), otra)["estado"] == "prevista"


def test_el_informe_guarda_el_pdf_y_da_una_copia_identica(unidades, monkeypatch, tmp_path):
    elegida = _elegir(unidades, "Seminario regional de cultura")
    archivo = tmp_path / "informe del seminario.pdf"
    archivo.write_bytes(PDF)
    no_pdf = tmp_path / "notas.pdf"
    no_pdf.write_text("no soy un PDF", encoding="utf-8")
    copia = tmp_path / "copia.pdf"
    visto = {}

    def registrar(dialogo):
        # Primero un archivo que no es PDF: lo dice y no queda para adjuntar.
        monkeypatch.setattr(elegir_archivo, "para_abrir", lambda *a, **k: str(no_pdf))
        dialogo.boton_adjuntar.click()
        visto["rechazo"] = dialogo.mensaje.text()
        assert dialogo.pdf is None
        monkeypatch.setattr(elegir_archivo, "para_abrir", lambda *a, **k: str(archivo))
        dialogo.boton_adjuntar.click()
        visto["por_adjuntar"] = dialogo.por_adjuntar.text()
        dialogo.resultado.setPlainText("Declaración final firmada por 40 ciudades.")
        dialogo.boton_guardar.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(informe_actividad.DialogoInformeActividad, "exec", registrar)
    unidades.plan.boton_informe_actividad.click()
    assert "no es un PDF" in visto["rechazo"]
    assert visto["por_adjuntar"].startswith("Se adjuntará al guardar: informe del seminario.pdf")
    fila = _fila(unidades, "Seminario regional de cultura")
    celda = unidades.plan.tabla.item(fila, 4)
    assert celda.text() == "Declaración final firmada por 40 ciudades." and not celda.icon().isNull()
    assert f"Informe en PDF: informe del seminario.pdf\nSHA-256 {hashlib.sha256(PDF).hexdigest()}" in celda.toolTip()
    [guardado] = informes_de(_contexto(unidades), elegida["id"])
    assert guardado["sha256"] == hashlib.sha256(PDF).hexdigest()

    # La copia: el diálogo de guardar elige el archivo (y pregunta si reemplaza); el contenido es el guardado.
    def copiar(dialogo):
        assert dialogo.tabla.rowCount() == 1 and dialogo.boton_copia.isEnabled()
        monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(copia))
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)  # no abrirlo
        dialogo.boton_copia.click()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(informe_actividad.DialogoInformeActividad, "exec", copiar)
    unidades.plan.informe_de_actividad()
    assert copia.read_bytes() == PDF


def test_los_botones_del_plan_entran_en_1024x600(unidades, qtbot):
    unidades.resize(1024 - 180, 600 - 80)   # lo que le queda al área en una pantalla de 1024×600
    _elegir(unidades, "Seminario regional de cultura")
    qtbot.wait(10)
    for boton in (unidades.plan.boton_nueva, unidades.plan.boton_corregir, unidades.plan.boton_estado,
                  unidades.plan.boton_informe_actividad, unidades.plan.boton_informe):
        assert boton.isVisible() and boton.width() >= boton.sizeHint().width() - 1, boton.text()


def test_el_resultado_que_otro_programa_cambio_mientras_tanto_no_se_pisa_en_silencio(unidades, monkeypatch):
    """Con el informe de una actividad abierto, otro programa (la línea de órdenes, otra ventana) guarda su resultado:
    «Guardar» pregunta sobrescribir, recargar o cancelar (antes lo pisaba sin decir nada); cancelar no guarda nada y
    recargar muestra lo de ahora; sobrescribir guarda lo de la ventana."""
    from escritorio.interfaz.dialogos import conflicto
    from escritorio.servicios.plan_de_trabajo import registrar_informe

    elegida = _elegir(unidades, "Seminario regional de cultura")
    respuestas = [conflicto.CANCELAR, conflicto.RECARGAR, conflicto.SOBRESCRIBIR]
    preguntas = []
    monkeypatch.setattr(informe_actividad, "preguntar_conflicto",
                        lambda _p, error, _que: preguntas.append(error) or respuestas.pop(0), raising=False)
    visto = {}

    def escribir(dialogo):
        dialogo.resultado.setPlainText("Lo que escribe la ventana.")
        # Mientras el diálogo está abierto, otro programa guarda el resultado de la misma actividad.
        registrar_informe(_contexto(unidades), elegida["id"], "Lo que guardó la línea de órdenes.")
        dialogo.boton_guardar.click()                      # cancelar: nada se guarda, el formulario queda
        visto["cancelado"] = (actividad_de(_contexto(unidades), elegida["id"])["resultado"],
                              dialogo.resultado.toPlainText())
        dialogo.boton_guardar.click()                      # recargar: muestra lo de ahora
        visto["recargado"] = dialogo.resultado.toPlainText()
        dialogo.resultado.setPlainText("Lo que escribe la ventana, después de leer lo otro.")
        registrar_informe(_contexto(unidades), elegida["id"], "Otra vez la línea de órdenes.")
        dialogo.boton_guardar.click()                      # sobrescribir
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(informe_actividad.DialogoInformeActividad, "exec", escribir)
    unidades.plan.boton_informe_actividad.click()
    assert len(preguntas) == 3
    assert visto["cancelado"] == ("Lo que guardó la línea de órdenes.", "Lo que escribe la ventana.")
    assert visto["recargado"] == "Lo que guardó la línea de órdenes."
    assert actividad_de(_contexto(unidades), elegida["id"])["resultado"] == (
        "Lo que escribe la ventana, después de leer lo otro.")
