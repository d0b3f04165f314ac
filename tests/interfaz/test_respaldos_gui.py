"""La ventana de respaldos con dos bases en la misma carpeta: los de otra base aparte y rotulados; borrar una
copia de seguridad pide confirmación nombrando el archivo; restaurar el de otra base avisa; crear un
respaldo nunca pisa una planilla; la recuperación al abrir usa el respaldo de la misma base."""

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from ayudas import BUENAS, CREAR_RML, escribir_csv
from escritorio.interfaz import aplicacion
from escritorio.interfaz.dialogos.respaldos import DialogoRespaldos
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base
from escritorio.servicios.respaldo import listar_respaldos
from escritorio.interfaz.piezas import elegir_archivo
from escritorio.datos import respaldo_restauracion
from tests.archivos_abiertos import archivos_abiertos  # noqa: F401 (el fixture de la regla de Windows)

CREAR_OTRA = ("asociacion", "crear", "--nombre", "Alianza de Ciudades del Norte", "--sigla", "ACN")
CAPTURAS = Path(os.environ.get("ESCRITORIO_CAPTURAS_PRUEBAS", "")) if os.environ.get("ESCRITORIO_CAPTURAS_PRUEBAS") else None


def huella(ruta) -> str:
    return hashlib.sha256(Path(ruta).read_bytes()).hexdigest()


def siglas(ruta) -> list[str]:
    conn = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return [f[0] for f in conn.execute("SELECT sigla FROM asociaciones ORDER BY sigla")]
    finally:
        conn.close()


def creado(resultado) -> Path:
    assert resultado.returncode == 0, resultado.stderr
    return Path(resultado.stdout.split("Respaldo creado: ", 1)[1].strip())


@pytest.fixture
def dos_bases(cli, tmp_path):
    """red.db (RML con 3 miembros, un respaldo y la copia antes de restaurar) y otra.db (ACN, dos respaldos
    más nuevos) en la misma carpeta."""
    red, otra = tmp_path / "red.db", tmp_path / "otra.db"
    assert cli(*CREAR_RML, db=red).returncode == 0
    assert cli("miembros", "importar", escribir_csv(tmp_path / "buenas.csv", BUENAS), db=red).returncode == 0
    propio = creado(cli("respaldo", "crear", db=red))
    assert cli("respaldo", "restaurar", propio, db=red).returncode == 0  # deja la copia antes de restaurar
    assert cli(*CREAR_OTRA, db=otra).returncode == 0
    ajenos = [creado(cli("respaldo", "crear", db=otra)), creado(cli("respaldo", "crear", db=otra))]
    # Los de la otra base son los más nuevos de la carpeta (por la hora de su nombre y, en el mismo segundo, por la
    # del archivo; antes se esperaba un segundo): quien eligiera el más nuevo sin mirar la identidad, elegiría uno de ellos.
    assert {f["ruta"] for f in listar_respaldos(red)[:2]} == set(ajenos)
    return red, otra, propio, ajenos


def filas(tabla) -> list[list[str]]:
    return [[tabla.item(f, c).text() for c in range(tabla.columnCount())] for f in range(tabla.rowCount())]


def test_la_lista_muestra_aparte_los_respaldos_de_otra_base(qtbot, dos_bases):
    red, _, propio, ajenos = dos_bases
    dialogo = DialogoRespaldos(red)
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)

    propias = {dialogo.tabla.item(f, 0).toolTip() for f in range(dialogo.tabla.rowCount())}
    assert str(propio) in propias and len(propias) == 2  # el manual y la copia antes de restaurar
    assert not any("otra-" in p for p in propias)
    assert sorted(f[1] for f in filas(dialogo.tabla)) == ["Copia antes de restaurar", "Manual"]
    assert dialogo.rotulo_otras.isVisible() and "OTRA base" in dialogo.rotulo_otras.text()
    otras = filas(dialogo.otras)
    assert sorted(f[0] for f in otras) == sorted(a.name for a in ajenos)
    assert all("Alianza de Ciudades del Norte" in f[2] for f in otras)
    if CAPTURAS:
        CAPTURAS.mkdir(parents=True, exist_ok=True)
        dialogo.grab().save(str(CAPTURAS / "respaldos-dos-bases.png"))


def test_borrar_una_copia_de_seguridad_pide_confirmacion_con_el_nombre(qtbot, dos_bases, monkeypatch):
    red = dos_bases[0]
    copia = next((red.parent / "respaldos").glob("red-*-antes-de-restaurar.db"))
    dialogo = DialogoRespaldos(red)
    qtbot.addWidget(dialogo)
    fila = next(f for f in range(dialogo.tabla.rowCount()) if dialogo.tabla.item(f, 0).toolTip() == str(copia))
    dialogo.tabla.selectRow(fila)
    preguntas, respuesta = [], [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: preguntas.append(a[2]) or respuesta[0])

    dialogo.borrar.click()
    assert copia.exists()
    assert str(copia) in preguntas[0] and "COPIA DE SEGURIDAD" in preguntas[0]

    respuesta[0] = QMessageBox.StandardButton.Yes
    dialogo.tabla.selectRow(fila)
    dialogo.borrar.click()
    assert not copia.exists() and not Path(str(copia) + ".sha256").exists()
    assert dialogo.tabla.rowCount() == 1


def test_restaurar_desde_la_ventana_el_respaldo_de_otra_base_avisa(qtbot, dos_bases, tmp_path, monkeypatch):
    red, _, _, ajenos = dos_bases
    ventana = VentanaPrincipal(abrir_base(red), QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)

    def elegir_el_de_otra_base(dialogo):
        dialogo.otras.selectRow(0)
        dialogo._aceptar()
        return 1
    monkeypatch.setattr(DialogoRespaldos, "exec", elegir_el_de_otra_base)
    preguntas = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: preguntas.append(a[2]) or QMessageBox.StandardButton.No)

    ventana.restaurar()
    assert "OTRA base" in preguntas[0] and str(red) in preguntas[0]
    assert siglas(red) == ["RML"]  # dijo que no: nada cambió

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    ventana.restaurar()
    assert siglas(red) == ["ACN"]
    assert ventana.db.execute("SELECT sigla FROM asociaciones").fetchone()[0] == "ACN"
    ventana.db.close()


def test_crear_respaldo_desde_la_ventana_no_pisa_una_planilla(qtbot, dos_bases, tmp_path, monkeypatch):
    red = dos_bases[0]
    planilla = tmp_path / "cuentas.xlsx"
    planilla.write_bytes(b"PK\x03\x04 una planilla de verdad")
    antes = huella(planilla)
    ventana = VentanaPrincipal(abrir_base(red), QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(planilla))
    preguntas, avisos = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: preguntas.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: avisos.append(a[2]))

    ventana.respaldar()

    assert str(planilla) in preguntas[0]  # la confirmación nombra el archivo…
    assert "no lo reemplaza" in avisos[0]  # …y aun confirmada, una planilla no se pisa
    assert huella(planilla) == antes
    ventana.db.close()


def test_la_ventana_recupera_una_base_danada_con_su_propio_respaldo(qtbot, dos_bases, monkeypatch):
    red, otra, propio, ajenos = dos_bases
    conn = sqlite3.connect(red)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    red.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    preguntas, mensajes = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: preguntas.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: mensajes.append(a[2]))

    db = aplicacion.abrir_con_ayuda(red)

    assert db.execute("SELECT sigla FROM asociaciones").fetchone()[0] == "RML"
    assert db.execute("SELECT count(*) FROM miembros").fetchone()[0] == 3
    assert "Red de Municipios del Litoral" in preguntas[0] and not any(a.name in preguntas[0] for a in ajenos)
    assert "escritorio respaldo recuperar" not in preguntas[0]  # en la ventana no se habla de la línea de órdenes
    assert "quedó guardado como" in mensajes[0]
    db.close()
    assert siglas(otra) == ["ACN"]


def test_crear_respaldo_desde_la_ventana_copia_en_otro_hilo_y_lo_dice(qtbot, dos_bases, tmp_path, monkeypatch):
    """La copia corre en otro hilo (interfaz/operaciones.py, con el diálogo de progreso): al volver, el aviso dice
    dónde quedó y el archivo es la base, con su asociación."""
    import threading

    from escritorio.servicios import respaldo

    red = dos_bases[0]
    destino = tmp_path / "copias" / "respaldo-del-dia.db"
    destino.parent.mkdir()
    ventana = VentanaPrincipal(abrir_base(red), QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    avisos, hilos = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, titulo, texto, *a, **k: avisos.append((titulo, texto)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    original = respaldo.crear_respaldo

    def en_que_hilo(*args, **kwargs):
        hilos.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr("escritorio.interfaz.dialogos.respaldos.crear_respaldo", en_que_hilo)

    ventana.respaldar()

    assert hilos == [False]
    assert avisos == [("Respaldo creado", f"Respaldo guardado en:\n{destino}")]
    assert siglas(destino) == ["RML"]
    ventana.db.close()


def test_restaurar_desde_la_ventana_con_la_regla_de_windows(qtbot, dos_bases, tmp_path, monkeypatch,
                                                            archivos_abiertos):
    """Como en Windows, donde un archivo abierto no se reemplaza ni se borra (tests/archivos_abiertos.py): la ventana
    suelta la base (y sus lectores) antes de que la restauración la reemplace, y la vuelve a abrir después. Ninguna
    operación sobre un archivo abierto se intentó, y la base quedó la del respaldo."""
    red = dos_bases[0]
    monkeypatch.setattr(respaldo_restauracion, "SOLTAR_ANTES_DE_REEMPLAZAR", True)
    ventana = VentanaPrincipal(abrir_base(red), QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.show()

    def elegir_el_de_otra_base(dialogo):
        dialogo.otras.selectRow(0)
        dialogo._aceptar()
        return 1
    monkeypatch.setattr(DialogoRespaldos, "exec", elegir_el_de_otra_base)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    ventana.restaurar()
    assert archivos_abiertos.negados == []
    assert siglas(red) == ["ACN"]
    assert ventana.db.execute("SELECT sigla FROM asociaciones").fetchone()[0] == "ACN"
    ventana.db.close()


def test_restaurar_desde_la_ventana_un_respaldo_de_antes_de_una_revocacion_la_repone_y_lo_dice(qtbot, dos_bases,
                                                                                              tmp_path, monkeypatch,
                                                                                              cli):
    """La misma regla que «respaldo restaurar» (servicios.respaldo): el respaldo es de antes de que la persona
    revocara su consentimiento; restaurado desde Archivo › Restaurar respaldo…, la revocación vuelve a estar, con su
    fecha y su medio, y el aviso de la restauración lo dice en un párrafo aparte."""
    import json

    red = dos_bases[0]

    def ok(*orden):
        hecho = cli(*orden, db=red)
        assert hecho.returncode == 0, hecho.stderr
        return hecho.stdout

    contacto = json.loads(ok("miembros", "contacto", "1", "--nombre", "Lucía Fernández", "--correo",
                             "lucia@rosario.ejemplo.org", "--json"))["id"]
    consentimiento = json.loads(ok("consentimientos", "registrar", "--contacto", contacto, "--sugerido", "--el",
                                   "2026-11-20", "--json"))["id"]
    creado(cli("respaldo", "crear", db=red))   # el más nuevo de esta base: el primero de la lista
    ok("consentimientos", "revocar", consentimiento, "--canal", "nota", "--el", "2026-11-25")
    ventana = VentanaPrincipal(abrir_base(red), QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)

    def elegir_el_mas_nuevo(dialogo):
        dialogo.tabla.selectRow(0)
        dialogo._aceptar()
        return 1

    avisos = []
    monkeypatch.setattr(DialogoRespaldos, "exec", elegir_el_mas_nuevo)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, titulo, texto, *a, **k: avisos.append((titulo, texto)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    ventana.restaurar()
    [(titulo, texto)] = avisos
    assert titulo == "Respaldo restaurado" and texto.startswith("Base restaurada. La anterior quedó guardada en:\n")
    assert (f"\n\nEl respaldo es anterior a la revocación de consentimientos que la base tenía registrada: el "
            f"{consentimiento} (revocado el 25/11/2026).") in texto
    assert ventana.db.execute("SELECT revocado_el, canal_de_revocacion FROM consentimientos WHERE id = ?",
                              [consentimiento]).fetchone() == ("2026-11-25", "nota")
    ventana.db.close()
