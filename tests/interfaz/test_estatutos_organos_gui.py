"""Estatutos, Órganos y Unidades temáticas como los usa una secretaría, con la red de ejemplo."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from escritorio.interfaz.dialogos import actividad, cargar_norma, mandato, organo, reforma
from escritorio.interfaz.vistas.estatutos import VistaEstatutos
from escritorio.interfaz.vistas.organos import VistaOrganos
from escritorio.interfaz.vistas.unidades import VistaUnidades
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.estatutos import listar_normas
from escritorio.servicios.organos import composicion, elegir_organo
from escritorio.interfaz.piezas import elegir_archivo
from ayudas import oficina_de, turno_siguiente_de_la_se


def _vista(qtbot, clase, db, asociacion):
    vista = clase()
    qtbot.addWidget(vista)
    vista.resize(1150, 780)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    return vista


@pytest.fixture
def estatutos(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    return _vista(qtbot, VistaEstatutos, db, asociacion)


@pytest.fixture
def organos(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    return _vista(qtbot, VistaOrganos, db, asociacion)


@pytest.fixture
def unidades(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    return _vista(qtbot, VistaUnidades, db, asociacion)


# --- Estatutos ---------------------------------------------------------------------------------

def test_el_estatuto_muestra_sus_25_articulos_vigentes(estatutos):
    assert estatutos.norma["titulo"] == "Estatuto"
    assert estatutos.arbol.topLevelItemCount() == 25
    assert estatutos.numeros_visibles()[:3] == ["1", "2", "3"]
    assert estatutos.arbol.topLevelItem(0).text(1) == "Denominación"
    assert estatutos.resumen.text().startswith("25 artículos vigentes al")


def test_el_articulo_13_se_lee_como_regia_en_cada_fecha(estatutos):
    estatutos.fecha.setDate(QDate(2000, 1, 1))
    assert estatutos.seleccionar_articulo("13")
    assert "una vez por año" in estatutos.texto.toPlainText()
    assert estatutos.encabezado.text() == "Artículo 13 — Consejo"
    assert "11/11/1995" in estatutos.referencia.text()

    estatutos.fecha.setDate(QDate(date.today()))
    assert estatutos.articulo_actual() == "13"   # el artículo elegido se conserva al cambiar la fecha
    assert "dos veces por año" in estatutos.texto.toPlainText()
    assert "Resolución 12/2019" in estatutos.referencia.text()


def test_la_historia_del_13_tiene_dos_versiones_y_la_comparacion_marca_el_cambio(estatutos):
    estatutos.seleccionar_articulo("13")
    assert estatutos.historia.rowCount() == 2
    assert [estatutos.historia.item(fila, 1).text() for fila in range(2)] == ["Texto original", "Modificado"]
    # Con dos versiones, se comparan solas: la oración que cambió queda marcada.
    assert estatutos.panel_diferencias.isVisible()
    cambiadas = [(antes, despues) for estado, antes, despues in estatutos.filas_diferencias if estado == "cambiado"]
    # La reforma de 2019 sumó los asientos de oficio y la presidencia (semilla 001:796-800) y la segunda reunión.
    assert cambiadas == [
        ("Está integrado por dos ciudades de cada país miembro pleno y una ciudad de cada país asociado, elegidas por "
         "la Asamblea.", "Está integrado por dos ciudades de cada país miembro pleno y una ciudad de cada país "
         "asociado, elegidas por la Asamblea, y de oficio por las ciudades que componen la Comisión Directiva y la que "
         "ejerce la Secretaría Ejecutiva, que lo preside."),
        ("Se reúne al menos una vez por año.", "Se reúne al menos dos veces por año.")]
    assert "2 oraciones distintas" in estatutos.titulo_diferencias.text()

    # Una sola versión elegida: se lee esa versión.
    estatutos.historia.clearSelection()
    estatutos.historia.selectRow(0)
    assert not estatutos.panel_diferencias.isVisible()
    assert "una vez por año" in estatutos.texto.toPlainText()


def test_buscar_en_el_texto_filtra_los_articulos(estatutos):
    estatutos.busqueda.setText("secretaria ejecutiva")
    visibles = estatutos.numeros_visibles()
    assert "15" in visibles and "1" not in visibles


TEXTO_PEGADO = """# Reglamento de unidades temáticas

Artículo 1 - Objeto
Este Reglamento organiza el trabajo de las unidades temáticas.

Artículo 2 - Coordinación
Cada unidad tiene una ciudad coordinadora elegida por el Consejo.

Artículo 3 - Informe anual
Cada unidad presenta un informe anual a la Asamblea.
"""


def test_cargar_un_texto_pegado_crea_la_norma(estatutos, demo_abierta, monkeypatch):
    db, asociacion = demo_abierta
    visto = {}

    def pegar_y_guardar(dialogo):
        dialogo.texto.setPlainText(TEXTO_PEGADO)
        dialogo.tipo.setCurrentIndex(dialogo.tipo.findData("reglamento"))
        dialogo.titulo.setText("Reglamento de unidades temáticas")
        dialogo.aprobada_por.setText("Consejo, Resolución 3/2024")
        dialogo.vigente_desde.setDate(QDate(2024, 3, 1))
        dialogo.actualizar_vista_previa()
        visto["previa"] = dialogo.arbol.topLevelItemCount()
        visto["avisos"] = list(dialogo.caja_avisos.avisos)
        dialogo.guardar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cargar_norma.DialogoCargarNorma, "exec", pegar_y_guardar)
    estatutos.cargar_texto()
    assert visto == {"previa": 3, "avisos": []}
    contexto = Contexto(db, asociacion["id"])
    assert [n["titulo"] for n in listar_normas(contexto)].count("Reglamento de unidades temáticas") == 1
    assert estatutos.norma["titulo"] == "Reglamento de unidades temáticas"
    assert estatutos.arbol.topLevelItemCount() == 3


def test_un_texto_con_articulos_repetidos_no_se_puede_guardar(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    dialogo = cargar_norma.DialogoCargarNorma(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.texto.setPlainText(TEXTO_PEGADO.replace("Artículo 3", "Artículo 2"))
    dialogo.actualizar_vista_previa()
    assert not dialogo.boton_guardar.isEnabled()
    assert any("aparece dos veces" in aviso for aviso in dialogo.caja_avisos.avisos)
    assert dialogo.titulo.text() == "Estatuto"   # título propuesto según el tipo


def test_una_reforma_cambia_el_texto_desde_su_fecha(estatutos, monkeypatch):
    estatutos.seleccionar_articulo("4")

    def reformar_el_4(dialogo):
        assert dialogo._numero_actual() == "4"   # parte del artículo elegido en la vista
        dialogo.fecha.setDate(QDate(2025, 1, 1))
        dialogo.aprobada_por.setText("Asamblea General, Resolución 2/2024")
        dialogo.texto.setPlainText("Los idiomas oficiales de la Red son el español, el portugués y el guaraní.")
        dialogo.guardar()   # el cambio del editor se agrega solo a la reforma
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(reforma.DialogoReforma, "exec", reformar_el_4)
    estatutos.reformar()
    assert estatutos.articulo_actual() == "4"
    assert "guaraní" in estatutos.texto.toPlainText()
    assert estatutos.historia.rowCount() == 2
    estatutos.fecha.setDate(QDate(2024, 12, 31))
    assert "guaraní" not in estatutos.texto.toPlainText()


# --- Órganos -----------------------------------------------------------------------------------

def test_el_consejo_tiene_14_electas_y_3_de_oficio_y_lo_preside_la_secretaria(organos):
    assert organos.seleccionar("Consejo")
    assert organos.tabla.rowCount() == 17
    resumen = organos.resumen.text()
    assert resumen.startswith("17 integrantes") and "3 de oficio" in resumen and "(Secretaría Ejecutiva)" in resumen
    cargos = [organos.tabla.item(fila, 3).text() for fila in range(organos.tabla.rowCount())]
    assert cargos.count("Presidente · de oficio: Secretaría Ejecutiva") == 1
    assert cargos.count("Titular · de oficio: Comisión Directiva") == 2
    # Ningún aviso de composición (a lo sumo, el recordatorio de una sesión atrasada, según el día del año).
    assert not any("puesto" in aviso or "Presidente" in aviso for aviso in organos.avisos.avisos)
    # El artículo que crea el órgano se lee al lado.
    assert organos.panel_cita.isVisible()
    assert "Estatuto, art. 13" in organos.cita_titulo.text()
    assert "dos veces por año" in organos.cita_texto.text()


def test_la_comision_directiva_de_2010_tiene_tres_miembros(organos):
    organos.fecha.setDate(QDate(2010, 6, 1))
    assert organos.seleccionar("Comisión Directiva")
    assert organos.tabla.rowCount() == 3
    assert organos.avisos.avisos == []
    assert "Cumple" in organos.avisos.etiqueta.text()


def test_las_unidades_tematicas_se_agrupan_en_el_arbol(organos):
    carpetas = [item for item in organos._items() if item.text(0).startswith("Unidades temáticas")]
    assert len(carpetas) == 1 and carpetas[0].childCount() == 15


def test_designar_y_terminar_un_mandato(organos, monkeypatch):
    organos.seleccionar("Consejo")

    def designar(dialogo):
        dialogo.miembro.elegir(next(m["id"] for m in dialogo.miembro._por_id.values() if m["nombre"] == "Rosario"))
        dialogo.cargo.setCurrentIndex(dialogo.cargo.findData("observador"))
        dialogo.desde.setDate(QDate(date.today()))
        dialogo.guardar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(mandato.DialogoMandato, "exec", designar)
    organos.designar()
    filas = {organos.tabla.item(f, 0).text(): f for f in range(organos.tabla.rowCount())}
    assert "Rosario" in filas
    assert organos.tabla.item(filas["Rosario"], 4).text() == "No"   # un observador no vota

    organos.tabla.selectRow(filas["Rosario"])

    def terminar(dialogo):
        dialogo.motivo.setText("Designación por error")
        dialogo.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(mandato.DialogoTerminarMandato, "exec", terminar)
    organos.terminar()
    organos.fecha.setDate(QDate(date.today()).addDays(1))
    assert "Rosario" not in [organos.tabla.item(f, 0).text() for f in range(organos.tabla.rowCount())]

    historia = mandato.DialogoHistoriaMandatos(oficina_de(organos.db, organos.asociacion), organos.organo, organos)
    rosario = next(historia.arbol.topLevelItem(i) for i in range(historia.arbol.topLevelItemCount())
                   if historia.arbol.topLevelItem(i).text(0) == "Rosario")
    assert rosario.childCount() == 1 and "Designación por error" in rosario.child(0).text(0)
    historia.busqueda.setText("rosario")
    assert sum(not historia.arbol.topLevelItem(i).isHidden() for i in range(historia.arbol.topLevelItemCount())) == 1
    historia.close()


def test_el_traspaso_muestra_la_ciudad_entrante_antes_de_confirmar(organos, demo_abierta, monkeypatch):
    organos.pestanas.setCurrentIndex(1)
    siguiente = organos.rotacion.troika["siguiente"].text()
    actual = organos.rotacion.troika["actual"].text()
    assert siguiente not in ("", "—")
    assert any(p["previsto"] for p in organos.rotacion.periodos)
    visto = {}

    # Hoy (o, el día en que empieza el turno, mañana: ese día ya tiene su traspaso) la ciudad en ejercicio no
    # cumplió su año (Estatuto, art. 15).
    turno_en_curso = turno_siguiente_de_la_se().replace(year=turno_siguiente_de_la_se().year - 1)
    dia = max(date.today(), turno_en_curso + timedelta(days=1))

    def confirmar(dialogo):
        dialogo.fecha.setDate(QDate(dia))
        visto["previa"] = dialogo.vista_previa
        visto["texto"] = dialogo.previa.text()
        # La ventana pide el motivo y sin él no registra nada.
        assert dialogo.motivo.isVisibleTo(dialogo) and "faltan" in " ".join(dialogo.problemas.avisos)
        dialogo.confirmar()
        assert not dialogo.hecho
        dialogo.motivo.setText("Renuncia de la ciudad en ejercicio")
        dialogo.confirmar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(organo.DialogoTraspaso, "exec", confirmar)
    organos.rotacion.traspaso()
    assert f"{actual} → {siguiente}" in visto["previa"][0]
    assert f"<b>{siguiente}</b>" in visto["texto"]
    # Registrado: desde ese día ejerce la entrante (el panel de la rotación muestra la troika de hoy).
    contexto = Contexto(demo_abierta[0], demo_abierta[1]["id"])
    [asiento] = composicion(contexto, elegir_organo(contexto, "Secretaría Ejecutiva")["id"], dia).asientos
    assert asiento.miembro == siguiente
    if dia == date.today():
        assert organos.rotacion.troika["actual"].text() == siguiente
        assert organos.rotacion.troika["anterior"].text() == actual


def test_crear_un_organo_lo_elige_en_el_arbol(organos, monkeypatch):
    organos.seleccionar("Consejo")

    def crear(dialogo):
        dialogo.nombre.setText("Comisión de Finanzas")
        dialogo.articulo.setText("Estatuto, art. 14")
        dialogo._mostrar_cita()
        assert dialogo.cita.text().startswith("✓ Art. 14")
        dialogo.guardar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(organo.DialogoNuevoOrgano, "exec", crear)
    organos.nuevo_organo()
    assert organos.organo["nombre"] == "Comisión de Finanzas"
    assert organos.organo["padre"] == "Consejo"
    assert organos.tabla.rowCount() == 0


# --- Unidades temáticas --------------------------------------------------------------------------

def test_las_15_unidades_y_el_plan_de_trabajo_de_la_primera(unidades):
    assert unidades.lista.count() == 15
    assert unidades.unidad["nombre"] == "UT Ambiente y desarrollo sostenible"
    assert unidades.plan.tabla.rowCount() >= 1
    assert "Coordinación" in unidades.coordinacion.text()
    assert unidades.tabla_participantes.rowCount() == len(unidades.composicion.asientos) > 3


def test_agregar_una_actividad_la_muestra(unidades, monkeypatch):
    antes = unidades.plan.tabla.rowCount()

    def agregar(dialogo):
        assert dialogo.responsable.miembro_id() is not None   # propone la ciudad coordinadora
        dialogo.titulo.setText("Taller de economía circular")
        dialogo.estado.setCurrentIndex(dialogo.estado.findData("prevista"))
        dialogo.guardar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(actividad.DialogoActividad, "exec", agregar)
    unidades.plan.boton_nueva.click()
    assert unidades.plan.tabla.rowCount() == antes + 1
    tabla = unidades.plan.tabla
    assert "Taller de economía circular" in [tabla.item(fila, 0).text() for fila in range(tabla.rowCount())]
    assert unidades.pestanas.tabText(0) == f"Plan de trabajo ({antes + 1})"


def test_sin_unidades_se_ofrece_la_plantilla_de_mercociudades(qtbot, demo_db, monkeypatch):
    db = demo_db
    crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL", paises={"AR": "pleno", "UY": "pleno"}))
    nueva = next(a for a in listar_asociaciones(db) if a["sigla"] == "RDL")
    vista = _vista(qtbot, VistaUnidades, db, nueva)
    assert vista.paginas.currentIndex() == 0 and vista.boton_plantilla.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    vista.cargar_plantilla()
    assert vista.paginas.currentIndex() == 1
    assert vista.lista.count() == 15

    # Sin Secretaría Ejecutiva no hay rotación: la pestaña queda deshabilitada y dice por qué.
    organos = _vista(qtbot, VistaOrganos, db, nueva)
    assert organos.arbol.topLevelItemCount() == 15   # las unidades, sin órgano superior
    assert not organos.pestanas.isTabEnabled(1)
    assert "Secretaría Ejecutiva" in organos.pestanas.tabToolTip(1)


def test_sin_unidades_se_ofrece_crear_una_y_queda_elegida(qtbot, demo_db, monkeypatch):
    """La página vacía ofrece «Nueva unidad…» (issue 78: solo ofrecía la plantilla, y crear una estaba en Órganos sin
    que nada lo dijera): el diálogo de nuevo órgano, ya con el tipo Unidad temática, y la unidad queda a la vista."""
    db = demo_db
    crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL", paises={"AR": "pleno", "UY": "pleno"}))
    nueva = next(a for a in listar_asociaciones(db) if a["sigla"] == "RDL")
    vista = _vista(qtbot, VistaUnidades, db, nueva)
    assert vista.paginas.currentIndex() == 0 and vista.boton_nueva_vacia.isVisible()
    vistos = {}

    def crear(dialogo):
        vistos["titulo"], vistos["tipo"] = dialogo.windowTitle(), dialogo.tipo.currentData()
        dialogo.nombre.setText("UT Cooperación transfronteriza")
        dialogo.guardar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(organo.DialogoNuevoOrgano, "exec", crear)
    vista.boton_nueva_vacia.click()
    assert vistos == {"titulo": "Nueva unidad temática", "tipo": "unidad_tematica"}
    assert vista.paginas.currentIndex() == 1 and vista.lista.count() == 1
    assert vista.unidad["nombre"] == "UT Cooperación transfronteriza"
    assert vista.boton_nueva.isVisible()   # con unidades, el botón sigue bajo la lista


def test_la_matriz_de_participacion_se_guarda_en_excel(unidades, tmp_path, monkeypatch):
    pytest.importorskip("escritorio.documentos.excel.organos")
    from openpyxl import load_workbook

    destino = tmp_path / "matriz.xlsx"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    unidades.exportar_matriz()
    assert destino.exists()
    texto = " ".join(str(c.value) for fila in load_workbook(destino).active.iter_rows() for c in fila if c.value)
    assert "Ambiente y desarrollo sostenible" in texto


def test_la_composicion_del_consejo_se_imprime_y_se_exporta_desde_organos(organos, tmp_path, monkeypatch):
    """Los dos botones de documentos del área: el PDF y el Excel de la composición del órgano elegido, a la fecha."""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    assert organos.seleccionar("Consejo")
    integrante = organos.tabla.item(0, 0).text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    for falla in ("critical", "warning"):
        monkeypatch.setattr(QMessageBox, falla, lambda *a, **k: pytest.fail(f"error al guardar: {a[2:]}"))
    botones = ((organos.imprimir_composicion, "consejo.pdf"), (organos.exportar_composicion, "consejo.xlsx"))
    for metodo, nombre in botones:
        destino = tmp_path / nombre
        monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, destino=destino, **k: str(destino))
        metodo()
        assert destino.exists(), nombre
    texto_pdf = " ".join(pagina.extract_text() for pagina in PdfReader(tmp_path / "consejo.pdf").pages)
    assert "Consejo" in texto_pdf and integrante in texto_pdf
    celdas = [str(c.value) for fila in load_workbook(tmp_path / "consejo.xlsx").active.iter_rows() for c in fila
              if c.value is not None]
    assert integrante in celdas
