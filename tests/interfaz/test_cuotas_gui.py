"""El área Cuotas como la usa la tesorería: escalas, emisión, cargos, pagos, morosidad y avisos;
y la pestaña «Cuenta» de la ficha del miembro. Sobre la red de ejemplo (con cuotas 2020-2026)."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from escritorio.dominio.dinero import formatear
from escritorio.interfaz.dialogos import escala as modulo_escala
from escritorio.interfaz.dialogos import pago as modulo_pago
from escritorio.interfaz.dialogos.escala import DialogoEscala
from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
from escritorio.interfaz.dialogos.pago import DialogoPago
from escritorio.interfaz.graficos import GraficoBarrasAgrupadas
from escritorio.interfaz.vistas import cuotas as modulo_cuotas
from escritorio.interfaz.vistas.cuotas import VistaCuotas, años_agrupados
from escritorio.interfaz.vistas.inicio import VistaInicio
from escritorio.servicios.cobranza import estados_de_cuenta, morosidad, preparar_avisos
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import listar_escalas
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.pagos import listar_pagos
from escritorio.interfaz.piezas import elegir_archivo
from ayudas import oficina_de

ESCALAS, EMISION, CARGOS, PAGOS, MOROSIDAD, AVISOS = range(6)


@pytest.fixture(autouse=True)
def _mensajes(monkeypatch):
    """Ningún mensaje bloquea la prueba; los informativos quedan anotados y un error inesperado la hace fallar."""
    anotados: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, titulo, texto, *a, **k: anotados.append((titulo, texto)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: anotados.append((titulo, texto)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    return anotados


@pytest.fixture
def vista(qtbot, demo_abierta, tmp_path):
    db, asociacion = demo_abierta
    widget = VistaCuotas(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(widget)
    widget.mostrar(oficina_de(db, asociacion))
    widget.resize(1100, 700)
    return widget


def textos(pestana, columna: int) -> list[str]:
    modelo = pestana.modelo
    return [modelo.texto(fila, columna) for fila in range(modelo.rowCount())]


def miembro(db, asociacion, nombre: str) -> dict:
    return next(m for m in listar_miembros(Contexto(db, asociacion["id"])) if m["nombre"] == nombre)


def responder(monkeypatch, *respuestas):
    """QMessageBox.question contesta en orden (Sí / No) y después siempre No."""
    cola = list(respuestas)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: cola.pop(0) if cola else QMessageBox.StandardButton.No)


SI, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


# --- Escalas --------------------------------------------------------------------------------------

def test_escalas_lista_las_dos_escalas_de_la_red(vista):
    pestana = vista.escalas
    assert pestana.modelo.rowCount() == 2
    assert textos(pestana, 1) == ["01/01/2002 – 31/12/2021", "desde el 01/01/2022"]
    assert textos(pestana, 2) == ["Anterior", "Vigente"]
    assert textos(pestana, 4) == ["Reglamento de cuotas (2002), art. 3", "Reglamento de cuotas (reforma 2021), art. 3"]
    assert textos(pestana, 5)[1] == "4 tramos: de USD 150,00 a USD 2.400,00"
    # la vigente queda elegida y su detalle muestra los tramos
    tramos = [pestana.modelo_tramos.texto(f, 0) + " = " + pestana.modelo_tramos.texto(f, 1)
              for f in range(pestana.modelo_tramos.rowCount())]
    assert tramos == ["0 a 99.999 hab. = USD 150,00", "100.000 a 499.999 hab. = USD 600,00",
                      "500.000 a 2.999.999 hab. = USD 1.200,00", "3.000.000 hab. o más = USD 2.400,00"]
    assert pestana.detalle["aprobada"].text() == "Asamblea General, Resolución 7/2021"


def test_escala_con_tramos_que_no_crecen_muestra_el_problema_y_no_guarda(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    dialogo = DialogoEscala(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.tipo.setCurrentIndex(dialogo.tipo.findData("extraordinaria"))
    dialogo.fijar_tramos([("0", "100"), ("500.000", "500"), ("100.000", "1000")])
    assert not dialogo.guardar()
    assert dialogo.aviso.isVisibleTo(dialogo)
    assert "orden creciente" in dialogo.aviso.text()
    assert dialogo.tabla.item(2, 0).toolTip()           # la fila que no crece queda marcada
    assert dialogo.escala_id is None
    assert len(listar_escalas(Contexto(db, asociacion["id"]))) == 2


def test_agregar_tramo_con_el_boton_y_la_columna_tramo_sigue_lo_que_se_escribe(qtbot, demo_abierta):
    """Issue 42: «Agregar tramo» daba «Lo sentimos…» cada vez (la tabla describía los tramos con la fila nueva a medio
    armar) y después la columna Tramo dejaba de seguir lo escrito. Con el botón de verdad, como la secretaria."""
    db, asociacion = demo_abierta
    dialogo = DialogoEscala(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.show()
    filas = dialogo.tabla.rowCount()
    qtbot.mouseClick(dialogo.boton_agregar, Qt.MouseButton.LeftButton)   # una excepción en el slot hace fallar la prueba
    assert dialogo.tabla.rowCount() == filas + 1
    nueva = dialogo.tabla.rowCount() - 1
    assert dialogo.tabla.currentRow() == nueva and dialogo.tabla.currentColumn() == 0   # lista para escribir
    dialogo.tabla.item(nueva, 0).setText("10.000.000")   # lo que deja el editor de la celda al terminar
    dialogo.tabla.item(nueva, 1).setText("3.000")
    assert dialogo.tabla.item(nueva, 2).text() == "10.000.000 hab. o más"
    assert dialogo.tabla.item(nueva - 1, 2).text().endswith("9.999.999 hab.")   # la anterior ahora tiene techo
    dialogo.tabla.item(nueva, 0).setText("20.000.000")   # y lo sigue después
    assert dialogo.tabla.item(nueva, 2).text() == "20.000.000 hab. o más"


def test_una_escala_nueva_superpuesta_explica_como_seguir(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    dialogo = DialogoEscala(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    # propone los tramos de la escala vigente, listos para reformar
    assert dialogo.tabla.item(3, 1).text() == "2.400,00"
    assert not dialogo.guardar()
    assert "Se superpone con la escala de cuota anual vigente desde el 01/01/2022" in dialogo.aviso.text()
    assert len(listar_escalas(Contexto(db, asociacion["id"]))) == 2


def test_nueva_escala_desde_la_pestana(vista, monkeypatch):
    avisos = []
    vista.oficina.al_cambiar(lambda cambios: avisos.append(cambios.tablas))   # lo que la oficina dice que escribió

    def completar(dialogo):
        dialogo.tipo.setCurrentIndex(dialogo.tipo.findData("cuota_ingreso"))
        dialogo.fijar_tramos([("0", "50"), ("100.000", "200")])
        dialogo.articulo.setText("Reglamento de cuotas, art. 5")
        assert dialogo.guardar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(modulo_escala.DialogoEscala, "exec", completar)
    vista.escalas.nueva()
    assert vista.escalas.modelo.rowCount() == 3
    assert "Cuota de ingreso" in textos(vista.escalas, 0)
    assert len(avisos) == 1 and {"escalas", "tramos"} <= avisos[0]


# --- Emisión --------------------------------------------------------------------------------------

def test_vista_previa_y_emision_de_2027(vista, monkeypatch, _mensajes):
    vista.pestanas.setCurrentIndex(EMISION)
    pestana = vista.emision
    pestana.anio.setValue(2027)
    pestana.vista_previa()
    assert pestana.modelo.rowCount() == 298
    total = formatear(pestana.previa.total, "USD")
    assert "298 cargos nuevos" in pestana.resumen.text() and total in pestana.resumen.text()
    assert total in pestana.total.text()
    assert not pestana.grupo_diferencias.isVisibleTo(pestana)   # la escala no cambió: nada distinto
    assert pestana.boton_emitir.isEnabled()
    buenos_aires = next(f for f in range(298) if pestana.modelo.texto(f, 0) == "Buenos Aires")
    assert [pestana.modelo.texto(buenos_aires, c) for c in range(5)] == [
        "Buenos Aires", "Argentina", "13.076.300", "3.000.000 hab. o más", "USD 2.400,00"]

    responder(monkeypatch, SI)
    pestana.emitir_cargos()
    assert _mensajes[-1][0] == "Emisión terminada"
    assert f"Se emitieron 298 cargos de cuota anual 2027 por un total de {total}" in _mensajes[-1][1]
    # la vista previa se rehace: ya no queda nada por emitir
    assert pestana.modelo.rowCount() == 0
    assert "no hay cargos nuevos" in pestana.resumen.text() and "298 ya emitidos" in pestana.resumen.text()
    assert not pestana.boton_emitir.isEnabled()
    vista.pestanas.setCurrentIndex(CARGOS)
    vista.cargos.anio.setValue(2027)
    assert vista.cargos.modelo.rowCount() == 298


def test_emitir_sin_confirmar_no_emite(vista):
    vista.pestanas.setCurrentIndex(EMISION)
    vista.emision.anio.setValue(2027)
    vista.emision.vista_previa()
    vista.emision.emitir_cargos()          # la pregunta contesta No
    vista.emision.vista_previa()
    assert vista.emision.modelo.rowCount() == 298


def test_un_anio_sin_escala_lo_explica(vista):
    vista.pestanas.setCurrentIndex(EMISION)
    vista.emision.anio.setValue(1990)
    vista.emision.vista_previa()
    assert "No hay ninguna escala de cuota anual vigente para 1990" in vista.emision.resumen.text()
    # En la ventana, dónde se hace en ella (no la orden de la línea de órdenes: issue 61 §3).
    from escritorio.dominio import puerta

    puerta.fijar_del_proceso(puerta.VENTANA)   # como al abrir la ventana (aquí solo se arma el área)
    vista.emision.vista_previa()
    assert "Defina una en Cuotas › Escalas, con «Nueva escala…»." in vista.emision.resumen.text()
    assert "escritorio " not in vista.emision.resumen.text()
    assert not vista.emision.boton_emitir.isEnabled()


# --- Cargos ---------------------------------------------------------------------------------------

def test_cargos_del_anio_con_filtros_y_totales(vista):
    vista.pestanas.setCurrentIndex(CARGOS)
    pestana = vista.cargos
    pestana.anio.setValue(2026)
    assert pestana.modelo.rowCount() == 298
    # Entre «USD» y la cifra va un espacio de no separación: la línea no se parte ahí.
    assert "298 cargos" in pestana.totales.text() and "Facturado USD\u00a0197.850,00" in pestana.totales.text()
    pestana.estado.setCurrentIndex(pestana.estado.findData("con_saldo"))
    con_saldo = pestana.modelo.filas
    assert con_saldo and all(f.saldo > 0 for f in con_saldo)
    pestana.pais.setCurrentIndex(pestana.pais.findText("Uruguay"))
    assert all(f.pais == "Uruguay" for f in pestana.modelo.filas)
    assert len(pestana.modelo.filas) < len(con_saldo)


def test_exportar_el_padron_de_cuotas_a_excel(vista, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    destino = tmp_path / "cuotas-2026.xlsx"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    vista.pestanas.setCurrentIndex(CARGOS)
    vista.cargos.exportar_excel()
    libro = load_workbook(destino)
    texto = " ".join(str(c.value) for hoja in libro.worksheets for fila in hoja.iter_rows() for c in fila if c.value)
    assert "Buenos Aires" in texto


# --- Pagos ----------------------------------------------------------------------------------------

def test_registrar_un_pago_y_anularlo(vista, demo_abierta, monkeypatch):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    deuda = morosidad(contexto)[0]
    deudor = next(m for m in listar_miembros(contexto) if m["id"] == deuda.miembro_id)
    vista.pestanas.setCurrentIndex(PAGOS)
    registrado = {}

    def pagar(dialogo):
        dialogo.elegir_miembro(deudor["id"])
        assert dialogo.tabla.rowCount() == deuda.cuotas_impagas
        dialogo.monto.setText("1.200,00")
        dialogo.referencia.setText("TRF-777")
        assert dialogo.registrar()
        registrado["recibo"] = dialogo.registrado.recibo
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(modulo_pago.DialogoPago, "exec", pagar)
    pestana = vista.pagos
    antes = pestana.modelo.rowCount()
    pestana.registrar()
    assert pestana.modelo.rowCount() == antes + 1
    elegido = modulo_cuotas.fila_elegida(pestana.tabla)
    assert elegido["recibo"] == registrado["recibo"]
    fila = pestana.modelo.filas.index(elegido)
    assert [pestana.modelo.texto(fila, c) for c in (2, 3, 5, 6)] == [deudor["nombre"], "USD 1.200,00", "TRF-777", "Vigente"]
    despues = next((d.total for d in morosidad(contexto) if d.miembro_id == deuda.miembro_id), 0)
    assert despues == deuda.total - 120000

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Transferencia devuelta por el banco", True))
    pestana.anular()
    elegido = modulo_cuotas.fila_elegida(pestana.tabla)
    fila = pestana.modelo.filas.index(elegido)
    assert elegido["recibo"] == registrado["recibo"]
    assert pestana.modelo.texto(fila, 6) == "ANULADO"
    assert pestana.resumen.text().endswith(" · 1 anulado")   # no «1 anulados» (issue 42)
    pago = next(p for p in listar_pagos(contexto) if p["recibo"] == registrado["recibo"])
    assert pago["motivo_anulacion"] == "Transferencia devuelta por el banco"
    assert next(d for d in morosidad(contexto) if d.miembro_id == deuda.miembro_id).total == deuda.total


def test_el_dialogo_de_pago_explica_lo_que_falta(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    dialogo = DialogoPago(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    assert not dialogo.registrar()
    assert "Elija el miembro de la lista" in dialogo.aviso.text()
    dialogo.elegir_miembro(miembro(db, asociacion, "Rosario")["id"])
    dialogo.monto.setText("cien")
    assert not dialogo.registrar()
    assert "No se registró el pago" in dialogo.aviso.text() and dialogo.monto.toolTip()
    assert dialogo.registrado is None


def test_buscar_miembro_sin_acentos(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    dialogo = DialogoPago(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    completador = dialogo.miembro.completer()
    completador.setCompletionPrefix("sao paulo")
    assert completador.completionCount() >= 1
    assert completador.currentCompletion().startswith("São Paulo")


def test_pago_en_otra_moneda_pide_tipo_de_cambio_e_imputa_a_mano(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    deuda = next(d for d in morosidad(contexto) if d.cuotas_impagas >= 2)
    dialogo = DialogoPago(oficina_de(db, asociacion), deuda.miembro_id)
    qtbot.addWidget(dialogo)
    assert not dialogo.miembro.isEnabled()               # desde la cuenta del miembro viene elegido
    assert not dialogo.fila_cambio.isVisibleTo(dialogo)
    dialogo.moneda.setCurrentText("ARS")
    assert dialogo.fila_cambio.isVisibleTo(dialogo)
    assert dialogo.unidad_cambio.text() == "ARS por 1 USD"
    dialogo.monto.setText("700.000")
    dialogo.tipo_cambio.setText("1400")
    dialogo._editado(dialogo.tipo_cambio)
    assert dialogo.equivalente.text() == "equivale a USD 500,00"
    dialogo.a_mano.setChecked(True)
    dialogo.tabla.item(1, 5).setText("999999")
    assert not dialogo.registrar()                        # más que el saldo: no se registra
    assert "saldo" in dialogo.aviso.text()
    dialogo.tabla.item(1, 5).setText("")
    dialogo.tabla.item(dialogo.tabla.rowCount() - 1, 5).setText("500")
    assert dialogo.registrar()
    assert dialogo.registrado.imputado == 50000
    pago = next(p for p in listar_pagos(contexto) if p["id"] == dialogo.registrado.pago_id)
    assert (pago["moneda"], pago["importe"], pago["importe_imputable"]) == ("ARS", 70000000, 50000)


def test_el_recibo_se_ofrece_al_registrar_y_se_guarda_en_pdf(qtbot, demo_abierta, monkeypatch, tmp_path):
    """Registrado el pago, el mismo diálogo lo confirma y ofrece el recibo: ninguna pregunta encadenada."""
    from pypdf import PdfReader

    db, asociacion = demo_abierta
    destino = tmp_path / "recibo.pdf"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("no se pregunta nada tras registrar"))
    dialogo = DialogoPago(oficina_de(db, asociacion), miembro(db, asociacion, "Rosario")["id"])
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.monto.setText("50")
    assert dialogo.registrar()
    assert dialogo.isVisible() and dialogo.panel_hecho.isVisible() and not dialogo.boton_registrar.isVisible()
    assert dialogo.registrado.recibo in dialogo.hecho.text()
    assert dialogo.guardar_recibo()
    assert str(destino) in dialogo.estado_recibo.text()
    texto = "".join(pagina.extract_text() for pagina in PdfReader(destino).pages)
    assert dialogo.registrado.recibo in texto
    dialogo.boton_cerrar.click()
    assert dialogo.result() == QDialog.DialogCode.Accepted


# --- Morosidad ------------------------------------------------------------------------------------

def test_morosidad_con_diecisiete_votos_suspendidos(vista, demo_abierta):
    db, asociacion = demo_abierta
    vista.pestanas.setCurrentIndex(MOROSIDAD)
    pestana = vista.morosidad
    assert "2 cuotas anuales impagas suspenden el voto (Estatuto, art. 9)" in pestana.regla.text()
    assert pestana.modelo.rowCount() == len(morosidad(Contexto(db, asociacion["id"])))
    votos = textos(pestana, 6)
    assert votos.count("Suspendido") == 17 and set(votos) == {"Sí", "Suspendido"}
    pestana.solo_suspendidos.setChecked(True)
    assert textos(pestana, 6) == ["Suspendido"] * 17
    primera = pestana.modelo.filas[0]
    assert pestana.modelo.texto(0, 4) == formatear(primera.total, primera.moneda)
    assert "17 con el voto suspendido" in pestana.totales.text()


def test_cambiar_la_regla_de_voto(vista, monkeypatch):
    vista.pestanas.setCurrentIndex(MOROSIDAD)

    def tres_cuotas(dialogo):
        dialogo.cuotas.setValue(3)
        dialogo.articulo.setText("Estatuto, art. 9 bis")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(modulo_cuotas.DialogoReglaVoto, "exec", tres_cuotas)
    vista.morosidad.cambiar_regla()
    assert "3 cuotas anuales impagas suspenden el voto (Estatuto, art. 9 bis)" in vista.morosidad.regla.text()
    suspendidos = textos(vista.morosidad, 6).count("Suspendido")
    assert 0 < suspendidos < 17


def test_anios_agrupados():
    assert años_agrupados([2026, 2023, 2024, 2025]) == "2023–2026"
    assert años_agrupados([2019, 2021, 2022]) == "2019, 2021–2022"


# --- Avisos ---------------------------------------------------------------------------------------

def test_avisos_se_generan_y_ya_no_se_repiten(vista, demo_abierta, monkeypatch, tmp_path):
    db, asociacion = demo_abierta
    vista.pestanas.setCurrentIndex(AVISOS)
    pestana = vista.avisos
    pendientes = preparar_avisos(Contexto(db, asociacion["id"]))
    assert pendientes and pestana.modelo.rowCount() == len(pendientes)
    # La columna Cargos agrupa los años de cada tipo de cargo: «Cuota anual 2023–2025», no un año por cargo.
    columna = next(c for c in range(pestana.modelo.columnCount())
                   if pestana.modelo.headerData(c, Qt.Orientation.Horizontal) == "Cargos")
    textos = {pestana.modelo.index(f, 0).data(): pestana.modelo.index(f, columna).data()
              for f in range(pestana.modelo.rowCount())}
    agrupados = 0
    for aviso in pendientes:
        anios = sorted({c["anio"] for c in aviso.cargos if c["tipo"] == "Cuota anual"})
        if len(anios) > 1 and anios == list(range(anios[0], anios[-1] + 1)):
            assert textos[aviso.miembro].startswith(f"Cuota anual {anios[0]}–{anios[-1]}")
            agrupados += 1
    assert agrupados, "la demo tiene miembros con varios años seguidos impagos"
    destino = tmp_path / "avisos.pdf"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    responder(monkeypatch, SI, NO)   # ¿generar y registrar? Sí; ¿abrir? No
    pestana.generar()
    assert destino.exists()
    assert pestana.modelo.rowCount() == 0
    assert not pestana.boton_generar.isEnabled()
    assert "No hay avisos pendientes" in pestana.resumen.text()


# --- Cuenta del miembro ---------------------------------------------------------------------------

def test_la_pestana_cuenta_muestra_saldo_y_voto(qtbot, demo_abierta, monkeypatch):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    deuda = next(d for d in morosidad(contexto) if not d.puede_votar)
    ficha = DialogoFichaMiembro(oficina_de(db, asociacion), deuda.miembro_id)
    qtbot.addWidget(ficha)
    ficha.pestanas.setCurrentIndex(ficha.pestanas.count() - 1)
    assert ficha.pestanas.tabText(ficha.pestanas.currentIndex()) == "Cuenta"
    cuenta = ficha.pestana_cuenta
    [estado] = estados_de_cuenta(contexto, deuda.miembro_id)
    assert cuenta.saldo.valor.text() == f"{formatear(estado.saldo, 'USD')} a pagar"
    assert cuenta.vencido.valor.text() == formatear(estado.vencido, "USD")
    assert cuenta.dato_voto.valor.text() == "Suspendido"
    assert "suspenden el voto (Estatuto, art. 9)" in cuenta.motivo_voto.text()
    assert cuenta.modelo.rowCount() == len(estado.movimientos)

    def pagar_todo(dialogo):
        assert dialogo.miembro_elegido() == deuda.miembro_id
        dialogo._pagar_todo()
        assert dialogo.registrar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(modulo_pago.DialogoPago, "exec", pagar_todo)
    cuenta.registrar_pago()
    assert cuenta.saldo.valor.text() == "Al día (USD 0,00)"
    assert cuenta.dato_voto.valor.text() == "Sí"
    assert ficha.cambios


def test_un_miembro_nuevo_no_tiene_cuenta_hasta_guardarlo(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    ficha = DialogoFichaMiembro(oficina_de(db, asociacion), None)
    qtbot.addWidget(ficha)
    assert ficha.pestanas.tabText(ficha.pestanas.count() - 1) == "Cuenta"
    assert not ficha.pestanas.isTabEnabled(ficha.pestanas.count() - 1)


# --- Inicio y ventana -----------------------------------------------------------------------------

def test_inicio_grafica_lo_facturado_y_cobrado_por_anio(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    inicio = VistaInicio()
    qtbot.addWidget(inicio)
    inicio.mostrar(oficina_de(db, asociacion))
    grafico = inicio.grafico_cobranza
    assert grafico.series == ("Facturado", "Cobrado")
    assert grafico.categorias == tuple(str(a) for a in range(2020, 2027))
    anio, (facturado, cobrado) = grafico.textos[0]
    assert anio == "2020" and facturado.startswith("USD ") and cobrado.endswith("(100\u00a0%)")
    assert "de facturado" in grafico.texto_ayuda(13)
    grafico.resize(grafico.sizeHint())
    imagen = grafico.grab().toImage()
    fondo = imagen.pixelColor(0, imagen.height() - 1)
    assert any(imagen.pixelColor(x, y) != fondo for x in range(0, imagen.width(), 7) for y in range(0, imagen.height(), 7))


def test_grafico_agrupado_vacio_dice_sin_datos(qtbot):
    grafico = GraficoBarrasAgrupadas("Facturado y cobrado por año")
    qtbot.addWidget(grafico)
    grafico.mostrar([], [("Facturado", []), ("Cobrado", [])])
    assert grafico.vacio and grafico.mensaje == "Sin datos"
    with pytest.raises(ValueError):
        grafico.mostrar(["2020"], [("Facturado", [1, 2])])


def test_la_ventana_tiene_el_area_cuotas(qtbot, demo_abierta, tmp_path):
    from escritorio.interfaz.ventana_principal import VentanaPrincipal

    db, _ = demo_abierta
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "v.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    nombres = [ventana.navegacion.item(i).text() for i in range(ventana.navegacion.count())]
    assert nombres.index("Cuotas") == nombres.index("Miembros") + 1
    ventana.navegacion.setCurrentRow(nombres.index("Cuotas"))
    assert ventana.areas.currentWidget() is ventana.cuotas
    assert ventana.cuotas.escalas.modelo.rowCount() == 2


def test_doble_clic_en_un_moroso_abre_su_cuenta(vista, monkeypatch):
    from escritorio.interfaz.dialogos import ficha_miembro

    vista.pestanas.setCurrentIndex(MOROSIDAD)
    vista.morosidad.tabla.selectRow(0)
    visto = {}

    def mirar(dialogo):
        visto["pestana"] = dialogo.pestanas.tabText(dialogo.pestanas.currentIndex())
        visto["saldo"] = dialogo.pestana_cuenta.saldo.valor.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ficha_miembro.DialogoFichaMiembro, "exec", mirar)
    vista.morosidad._abrir_cuenta()
    primera = vista.morosidad.modelo.filas[0]
    assert visto == {"pestana": "Cuenta", "saldo": f"{formatear(primera.total, primera.moneda)} a pagar"}
