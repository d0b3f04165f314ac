"""El visor de la bitácora dice lo que pasó como lo diría una persona, en hora local, con el dato crudo a pedido."""

import os
import time
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, Qt

from escritorio.datos.bitacora import fijar_operador
from escritorio.dominio.ficha import FichaMiembro
from escritorio.interfaz.dialogos.bitacora import DialogoBitacora
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.miembros import dar_de_baja
from escritorio.servicios.pagos import NuevoPago, registrar_pago
from escritorio.interfaz.piezas import elegir_archivo
from ayudas import oficina_de

# Las capturas que se miran (también a 1024×600): ESCRITORIO_CAPTURAS=/carpeta para guardarlas en otro lado.
CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS") or "/tmp/capturas_f"
os.makedirs(CAPTURAS, exist_ok=True)


@pytest.fixture
def en_montevideo(monkeypatch):
    """La computadora de la secretaría está en UTC-3 (sin horario de verano)."""
    monkeypatch.setenv("TZ", "America/Montevideo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def historia(db, asociacion_id, en_montevideo):
    """Un alta, un pago y una baja, por los mismos servicios que usa la ventana, con la operadora anotada."""
    fijar_operador("Ana Pérez")
    contexto = Contexto(db, asociacion_id)
    try:
        rosario = guardar_ficha(contexto, FichaMiembro(nombre="Rosario", pais="AR",
                                                       fecha_ingreso=date(2020, 3, 1)),
                                poblacion=(1348725, 2022, "Censo 2022"))
        pago = registrar_pago(contexto, NuevoPago(rosario, date.today(), "1.250,50", "USD",
                                                  referencia="TRF-0042"))
        dar_de_baja(db, rosario, date.today(), "Renuncia presentada por nota")
    finally:
        fijar_operador(None)
    return rosario, pago


def _filas(dialogo):
    return [[dialogo.tabla.item(fila, columna).text() for columna in range(3)]
            for fila in range(dialogo.tabla.rowCount())]


def test_el_visor_dice_que_paso_en_hora_local(qtbot, db, historia):
    rosario, pago = historia
    dialogo = DialogoBitacora(oficina_de(db))
    qtbot.addWidget(dialogo)
    dialogo.resize(1024, 600)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    dialogo.grab().save(f"{CAPTURAS}/bitacora-1024x600.png")
    filas = _filas(dialogo)
    frases = [que for _, _, que in filas]
    hoy = date.today().strftime("%d/%m/%Y")
    assert "Alta de Rosario (Argentina) como miembro" in frases
    assert f"Pago {pago.recibo} de Rosario registrado: USD 1.250,50 por transferencia (ref. TRF-0042)" in frases
    assert f"Baja de Rosario desde el {hoy}: Renuncia presentada por nota" in frases
    assert f"Recibo {pago.recibo} emitido (pago de Rosario)" in frases
    assert "Población de Rosario: 1.348.725 hab. (2022)" in frases
    # Ningún nombre de tabla crudo ni id suelto en lo que se lee.
    assert not any(que.startswith(("pagos", "miembros", "estados_miembro")) for que in frases)
    assert all(quien.endswith(" · Ana Pérez") for _, quien, que in filas if "Rosario" in que)

    # La hora: la del reloj de Montevideo (UTC-3), no la UTC que guarda la base.
    [momento] = db.execute("SELECT momento FROM bitacora_sellos s JOIN bitacora b ON b.id BETWEEN s.desde_id "
                           "AND s.hasta_id WHERE b.entidad = 'pagos' AND b.accion = 'alta'").fetchone()
    utc = datetime.fromisoformat(momento[:19]).replace(tzinfo=timezone.utc)
    local = (utc - timedelta(hours=3)).strftime("%d/%m/%Y %H:%M")
    fila_pago = next(f for f in filas if f[2].startswith("Pago "))
    assert fila_pago[0] == local
    assert dialogo.tabla.horizontalHeaderItem(0).text() == "Cuándo (hora local)"

    # A 1024×600 los filtros entran en una fila sin pisarse, y la búsqueda conserva lugar para leerse.
    filtros = [dialogo.entidad, dialogo.desde, dialogo.hasta, dialogo.texto]
    for izquierdo, derecho in zip(filtros, filtros[1:]):
        assert izquierdo.geometry().right() < derecho.geometry().left()
    assert dialogo.texto.width() >= dialogo.texto.minimumWidth() >= 140


def test_el_detalle_crudo_se_ve_a_pedido(qtbot, db, historia):
    rosario, pago = historia
    dialogo = DialogoBitacora(oficina_de(db))
    qtbot.addWidget(dialogo)
    dialogo.resize(1024, 600)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    assert not dialogo.detalle.isVisible()
    fila = next(i for i, r in enumerate(dialogo.registros) if r.entidad == "pagos")
    dialogo.tabla.selectRow(fila)
    dialogo.boton_detalle.click()
    qtbot.waitUntil(dialogo.detalle.isVisible)
    assert dialogo.detalle.height() >= 100 and dialogo.tabla.height() >= 150   # los dos con lugar para leerse
    assert dialogo.boton_detalle.text() == "Ocultar detalle"
    assert dialogo.boton_detalle.width() >= dialogo.boton_detalle.sizeHint().width()
    dialogo.grab().save(f"{CAPTURAS}/bitacora-detalle-1024x600.png")
    texto = dialogo.detalle.toPlainText()
    registro = dialogo.registros[fila]
    assert f"Tabla: pagos (Pagos) · registro #{pago.pago_id} · alta" in texto
    assert f"{registro.momento} UTC" in texto and "(hora local)" in texto
    assert "importe: 125050" in texto and "referencia: TRF-0042" in texto
    dialogo.boton_detalle.click()
    assert not dialogo.detalle.isVisible()


def test_filtrar_por_tipo_de_dato_con_nombres_legibles(qtbot, db, historia):
    dialogo = DialogoBitacora(oficina_de(db))
    qtbot.addWidget(dialogo)
    nombres = [dialogo.entidad.itemText(i) for i in range(dialogo.entidad.count())]
    assert "Pagos" in nombres and "Estados de los miembros" in nombres and "pagos" not in nombres
    dialogo.entidad.setCurrentIndex(dialogo.entidad.findData("estados_miembro"))
    assert [r.entidad for r in dialogo.registros] and {r.entidad for r in dialogo.registros} == {"estados_miembro"}
    # Buscar un nombre encuentra también sus pagos (el pago guarda solo el número del miembro), sin mayúsculas.
    dialogo.entidad.setCurrentIndex(0)
    qtbot.keyClicks(dialogo.texto, "ROSARIO")
    qtbot.keyClick(dialogo.texto, Qt.Key.Key_Return)
    frases = [r.descripcion for r in dialogo.registros]
    assert any(f.startswith("Pago ") and "de Rosario registrado" in f for f in frases)
    assert all("Rosario" in f or "rosario" in str(r.antes or r.despues).lower()
               for f, r in zip(frases, dialogo.registros))
    assert not any(f.startswith("Alta de la asociación") for f in frases)
    # Fechas sin cambios: lo dice y cómo seguir.
    dialogo.desde.setDate(QDate(2001, 1, 1))
    dialogo.hasta.setDate(QDate(2001, 1, 31))
    # Se recarga cuando se deja de escribir la fecha (un temporizador), no en cada tecla.
    qtbot.waitUntil(lambda: dialogo.resumen.text().startswith("Ningún cambio del 01/01/2001 al 31/01/2001"))
    assert dialogo.tabla.rowCount() == 0


def test_exportar_desde_el_visor_guarda_el_libro_con_las_frases(qtbot, db, historia, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QMessageBox

    destino = tmp_path / "cambios"   # sin extensión: se agrega .xlsx
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    preguntas = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda padre, titulo, texto, *a, **k: preguntas.append(texto) or QMessageBox.StandardButton.No)
    dialogo = DialogoBitacora(oficina_de(db))
    qtbot.addWidget(dialogo)
    dialogo.entidad.setCurrentIndex(dialogo.entidad.findData("pagos"))
    dialogo.exportar()
    libro = tmp_path / "cambios.xlsx"
    assert libro.exists() and any("cambios.xlsx" in p for p in preguntas)   # dice dónde quedó
    hoja = load_workbook(libro)["Bitácora"]
    assert hoja["E1"].value == "Qué pasó"
    assert hoja["E2"].value.startswith("Pago ") and "de Rosario registrado" in hoja["E2"].value


def test_el_detalle_en_portugues_nombra_la_accion_en_portugues(qtbot, db, historia):
    """La acción del detalle («alta») sale del servicio en el idioma de la ventana, como en la planilla."""
    from PySide6.QtWidgets import QApplication

    from escritorio.interfaz.idioma import instalar_idioma

    _rosario, pago = historia
    instalar_idioma(QApplication.instance(), "pt_BR")
    try:
        dialogo = DialogoBitacora(oficina_de(db))
        qtbot.addWidget(dialogo)
        dialogo.show()
        fila = next(i for i, r in enumerate(dialogo.registros) if r.entidad == "pagos")
        dialogo.tabla.selectRow(fila)
        dialogo.boton_detalle.click()
        qtbot.waitUntil(dialogo.detalle.isVisible)
        texto = dialogo.detalle.toPlainText()
        assert f"#{pago.pago_id} · inclusão" in texto and "· alta" not in texto, texto[:300]
    finally:
        instalar_idioma(QApplication.instance(), "es")
