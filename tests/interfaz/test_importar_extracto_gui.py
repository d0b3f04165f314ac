"""Cuotas › Pagos › «Importar extracto…» como lo usa la tesorería, por el diálogo real: elegir el archivo, leerlo,
revisar (solo dudosas), resolver a mano las líneas dudosas, registrar todo junto, guardar los recibos en una carpeta
sin reemplazar nada; después, la base cerrada y vuelta a abrir tiene los pagos. Y el tipo de cambio escrito en la
revisión."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from ayudas import oficina_de
from escritorio.dominio.conciliacion import referencia_de_pago
from escritorio.interfaz.dialogos import extracto as modulo_extracto
from escritorio.interfaz.dialogos.extracto import ARCHIVO, RESULTADO, REVISION, DialogoExtracto
from escritorio.interfaz.piezas import elegir_archivo
from escritorio.interfaz.vistas.cuotas import VistaCuotas
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.pagos import listar_pagos
from extractos_de_prueba import Movimiento, banco_debito_credito

PAGOS = 3
HACE = date.today() - timedelta(days=20)


@pytest.fixture(autouse=True)
def _mensajes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))


def _ids(db, asociacion) -> dict[str, list[dict]]:
    miembros: dict[str, list[dict]] = {}
    for m in listar_miembros(Contexto(db, asociacion["id"])):
        miembros.setdefault(m["nombre"], []).append(m)
    return miembros


@pytest.fixture
def extracto(tmp_path, demo_abierta):
    db, asociacion = demo_abierta
    miembros = _ids(db, asociacion)
    montevideo = miembros["Montevideo"][0]["id"]
    ruta = banco_debito_credito(tmp_path / "marzo.csv", [
        Movimiento(HACE, f"TRANSF RECIBIDA {referencia_de_pago('RCS', montevideo)}", "600.00", "E1"),   # fila 7
        Movimiento(HACE, "TRANSFERENCIA MUNICIPALIDAD DE ROSARIO", "150.00", "E2"),                     # fila 8
        Movimiento(HACE, "COMISION MANTENIMIENTO CUENTA", "-12.50", "E3"),                              # fila 9
        Movimiento(HACE + timedelta(days=1), "PAGO CUOTA CONCEPCION", "400.00", "E4"),                  # fila 10: dos
        Movimiento(HACE + timedelta(days=3), "INTERESES GANADOS", "3.10", "E5")])                       # fila 11: nadie
    return ruta, miembros


def _filas(dialogo) -> dict[int, tuple[str, str]]:
    """fila del archivo -> (miembro, estado) como se ven en la tabla de la revisión."""
    modelo = dialogo.pagina_revision.modelo
    return {modelo.fila(n).fila: (modelo.texto(n, 4), modelo.texto(n, 5)) for n in range(modelo.rowCount())}


def _elegir(dialogo, fila: int) -> None:
    pagina = dialogo.pagina_revision
    numero = next(n for n in range(pagina.modelo.rowCount()) if pagina.modelo.fila(n).fila == fila)
    pagina.tabla.selectRow(numero)


def test_importar_un_extracto_de_punta_a_punta(qtbot, demo_abierta, copia_de_la_demo, extracto, tmp_path, monkeypatch):
    db, asociacion = demo_abierta
    ruta, miembros = extracto
    concepcion = sorted(miembros["Concepción"], key=lambda m: m["id"])[-1]
    vista = VistaCuotas(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.mostrar(oficina_de(db, asociacion))
    vista.resize(1100, 700)
    vista.pestanas.setCurrentIndex(PAGOS)
    pestana = vista.pagos
    antes = pestana.modelo.rowCount()
    carpeta = tmp_path / "recibos"
    carpeta.mkdir()
    (carpeta / "ya_estaba.pdf").write_bytes(b"no se toca")
    monkeypatch.setattr(elegir_archivo, "para_abrir", lambda *a, **k: str(ruta))
    monkeypatch.setattr(elegir_archivo, "carpeta", lambda *a, **k: str(carpeta))
    visto = {}

    def usar(dialogo: DialogoExtracto):
        archivo = dialogo.pagina_archivo
        assert not archivo.boton_leer.isEnabled()   # sin archivo no hay nada que leer
        qtbot.mouseClick(_boton(archivo, "Examinar…"), Qt.MouseButton.LeftButton)
        assert archivo.ruta.text() == str(ruta)
        # sin la moneda de la cuenta, el archivo no la dice: el aviso lo explica y no se avanza
        qtbot.mouseClick(archivo.boton_leer, Qt.MouseButton.LeftButton)
        assert dialogo.paginas.currentIndex() == ARCHIVO
        assert "no tiene una columna «Moneda»" in archivo.avisos.texto
        archivo.moneda.setCurrentText("USD")
        qtbot.mouseClick(archivo.boton_leer, Qt.MouseButton.LeftButton)
        assert dialogo.paginas.currentIndex() == REVISION
        revision = dialogo.pagina_revision
        assert _filas(dialogo) == {7: ("Montevideo (UY)", "Segura"), 8: ("Rosario (AR)", "Segura"),
                                   9: ("", "Débito"), 10: ("", "Dudosa"), 11: ("", "Dudosa")}
        assert revision.frase.text() == ("5 líneas: 2 pagos a registrar por USD 750,00 (2 reconocidos solos, 0 "
                                         "elegidos a mano); 2 dudosas por resolver; 1 débito ignorado.")
        assert not revision.boton_registrar.isEnabled() and revision.boton_registrar.text() == "Registrar 2 pagos"
        # solo las dudosas, para resolverlas
        revision.solo_dudosas.setChecked(True)
        assert sorted(_filas(dialogo)) == [10, 11]
        _elegir(dialogo, 10)
        assert "Dudosa: el texto nombra a 2 miembros: Concepción (" in revision.detalle.text()
        revision.selector.elegir(concepcion["id"])
        qtbot.mouseClick(revision.boton_asignar, Qt.MouseButton.LeftButton)
        assert sorted(_filas(dialogo)) == [11]   # la resuelta ya no es dudosa
        _elegir(dialogo, 11)
        revision.selector.setCurrentIndex(0)     # «— No registrar esta línea —»
        qtbot.mouseClick(revision.boton_asignar, Qt.MouseButton.LeftButton)
        assert _filas(dialogo) == {}
        revision.solo_dudosas.setChecked(False)
        assert _filas(dialogo)[10] == (f"{concepcion['nombre']} ({concepcion['pais']})", "Elegida a mano")
        assert _filas(dialogo)[11] == ("", "No se registra")
        assert revision.boton_registrar.isEnabled() and revision.boton_registrar.text() == "Registrar 3 pagos"
        qtbot.mouseClick(revision.boton_registrar, Qt.MouseButton.LeftButton)
        assert dialogo.paginas.currentIndex() == RESULTADO
        resultado = dialogo.pagina_resultado
        assert resultado.resumen.text().startswith("Se registraron 3 pagos, con los recibos ")
        assert resultado.tabla.rowCount() == 3
        visto["recibos"] = [resultado.tabla.item(n, 3).text() for n in range(3)]
        qtbot.mouseClick(resultado.boton_recibos, Qt.MouseButton.LeftButton)
        assert resultado.guardados.text() == (f"3 recibos guardados en {carpeta} (ninguno reemplazó a otro archivo).")
        dialogo.grab().save(str(tmp_path / "resultado.png"))
        qtbot.mouseClick(_boton(resultado, "Cerrar"), Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(modulo_extracto.DialogoExtracto, "exec", usar)
    qtbot.mouseClick(pestana.boton_extracto, Qt.MouseButton.LeftButton)
    assert pestana.modelo.rowCount() == antes + 3   # la pestaña Pagos ya los muestra
    assert sorted(p.name for p in carpeta.iterdir()) == sorted(
        ["ya_estaba.pdf"] + [f"recibo-{r.replace('/', '-')}.pdf" for r in visto["recibos"]])
    assert (carpeta / "ya_estaba.pdf").read_bytes() == b"no se toca"
    # cerrada y vuelta a abrir, la base tiene los pagos con la referencia del banco
    db.close()
    otra = abrir_base(copia_de_la_demo)
    try:
        pagos = {p["referencia"]: p for p in listar_pagos(Contexto(otra, asociacion["id"]))
                 if p["referencia"] in ("E1", "E2", "E4")}
        assert sorted(pagos) == ["E1", "E2", "E4"]
        assert pagos["E4"]["miembro_id"] == concepcion["id"] and pagos["E4"]["importe"] == 40000
        assert sorted(p["recibo"] for p in pagos.values()) == sorted(visto["recibos"])
        assert otra.execute("SELECT count(*) FROM lineas_de_extracto").fetchone()[0] == 3
    finally:
        otra.close()


def _boton(pagina, texto: str):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in pagina.findChildren(QPushButton) if b.text() == texto)


def test_el_tipo_de_cambio_se_escribe_en_la_revision(qtbot, demo_abierta, tmp_path):
    db, asociacion = demo_abierta
    rosario = _ids(db, asociacion)["Rosario"][0]["id"]
    ruta = banco_debito_credito(tmp_path / "pesos.csv", [
        Movimiento(HACE, f"TRANSF {referencia_de_pago('RCS', rosario)}", "210000.00", "P1")])
    dialogo = DialogoExtracto(oficina_de(db, asociacion), ruta=str(ruta))
    qtbot.addWidget(dialogo)
    dialogo.pagina_archivo.moneda.setCurrentText("ARS")
    qtbot.mouseClick(dialogo.pagina_archivo.boton_leer, Qt.MouseButton.LeftButton)
    revision = dialogo.pagina_revision
    assert _filas(dialogo) == {7: ("Rosario (AR)", "Con problema")}
    assert not revision.caja_cambios.isHidden()
    campo = revision._campos_de_cambio[("ARS", "USD")]
    campo.setText("abc")
    qtbot.mouseClick(_boton(revision, "Aplicar el tipo de cambio"), Qt.MouseButton.LeftButton)
    assert "Tipo de cambio ARS por 1 USD: «abc» no es un número" in revision.avisos.texto
    campo = revision._campos_de_cambio[("ARS", "USD")]
    campo.setText("1.400")
    qtbot.mouseClick(_boton(revision, "Aplicar el tipo de cambio"), Qt.MouseButton.LeftButton)
    assert _filas(dialogo) == {7: ("Rosario (AR)", "Segura")}
    assert revision.boton_registrar.isEnabled()


@pytest.mark.parametrize("lineas, dice", [(300_000, "pesa 2"), (60_000, "tiene más de 50.000 filas con datos")])
def test_un_extracto_desmedido_se_rechaza_en_el_dialogo(qtbot, demo_abierta, tmp_path, lineas, dice):
    """Issue 58, punto 6: la ventana llama al mismo servicio que «pagos importar»: el mismo límite, el mismo
    mensaje, en los avisos del primer paso; no se avanza a la revisión."""
    db, asociacion = demo_abierta
    ruta = tmp_path / "extracto.csv"
    fila = "02/03/2026;TRANSFERENCIA RECIBIDA CLIENTE 0000123;C00000123;;150,00;10150,00\n"
    ruta.write_bytes(("Banco\n\nFecha;Concepto;Nro. Comprobante;Débito;Crédito;Saldo\n" + fila * lineas
                      ).encode("cp1252"))
    dialogo = DialogoExtracto(oficina_de(db, asociacion), ruta=str(ruta))
    qtbot.addWidget(dialogo)
    dialogo.pagina_archivo.moneda.setCurrentText("USD")
    qtbot.mouseClick(dialogo.pagina_archivo.boton_leer, Qt.MouseButton.LeftButton)
    assert dialogo.paginas.currentIndex() == ARCHIVO and dialogo.plan is None
    aviso = dialogo.pagina_archivo.avisos.texto
    assert aviso.startswith(f"extracto.csv {dice}"), aviso
    assert "es más de lo que trae un extracto bancario" in aviso and "extracto de a un mes" in aviso
