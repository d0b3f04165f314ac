"""La ventana ante una base creada por una versión más nueva de Escritorio: se abre para consultar, con una
franja de solo lectura siempre a la vista; guardar da el motivo, y la base no cambia ni un byte."""

from contextlib import closing
import hashlib
import os
import sqlite3
from contextlib import contextmanager
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox

from escritorio.interfaz import aplicacion
from escritorio.interfaz.apertura import tomar_cerrojo
from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
from escritorio.interfaz.otra_base import cerrojo_o_aviso
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.asociaciones import elegir_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros
from escritorio.interfaz.piezas import elegir_archivo
from ayudas import oficina_de


def huella(ruta) -> str:
    return hashlib.sha256(ruta.read_bytes()).hexdigest()


@pytest.fixture
def base_futura(tmp_path, demo_como):
    """La red de ejemplo, con una migración que esta versión no conoce (la creó una versión más nueva)."""
    ruta = demo_como("red.db")
    db = abrir_base(ruta)
    db.close()
    conn = sqlite3.connect(ruta)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('escritorio', '0042_de_una_version_futura', '2031-01-01 00:00:00')")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return ruta


def test_la_ventana_abre_una_base_mas_nueva_solo_para_consultar(qtbot, tmp_path, base_futura, monkeypatch, demo_como):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    antes = huella(base_futura)
    db = aplicacion.abrir_con_ayuda(base_futura)  # el camino de la ventana (con respaldo de apertura)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    aplicacion.avisar_solo_lectura(ventana)
    ventana.resize(1100, 700)
    ventana.show()
    qtbot.waitExposed(ventana)
    ventana.navegacion.setCurrentRow(1)

    franja = ventana.franja_solo_lectura
    qtbot.waitUntil(lambda: franja.isVisible())
    texto = franja.findChild(QLabel, "texto_solo_lectura").text()
    assert texto.startswith("SOLO LECTURA — La base")
    assert "fue creada por una versión más nueva de Escritorio: se abre solo para consultar; actualice el programa" \
        in texto
    assert franja.toggleViewAction().isEnabled() is False  # no se puede ocultar
    if os.environ.get("ESCRITORIO_CAPTURA"):
        ventana.grab().save(os.environ["ESCRITORIO_CAPTURA"])

    # Consultar funciona: el padrón está en la vista de miembros.
    asociacion = elegir_asociacion(db, "RCS")
    contexto = Contexto(db, asociacion["id"])
    assert len(listar_miembros(contexto)) == 300
    # Guardar una ficha da el motivo, no «attempt to write a readonly database».
    rosario = next(m for m in listar_miembros(contexto) if m["nombre"] == "Rosario")
    dialogo = DialogoFichaMiembro(oficina_de(db, asociacion), rosario["id"], ventana)
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    qtbot.keyClicks(dialogo.telefono, "+54 341 480 2000")
    assert not dialogo.guardar()
    assert dialogo.mensaje.isVisible()
    assert "No se guardó nada: la base" in dialogo.mensaje.text()
    assert "creada por una versión más nueva de Escritorio" in dialogo.mensaje.text()
    assert "readonly" not in dialogo.mensaje.text()
    dialogo.close()

    # Si la ventana abre otra base (de esta versión), la franja se va.
    otra = abrir_base(demo_como("otra.db"))
    ventana.cargar_base(otra)
    qtbot.waitUntil(lambda: not franja.isVisible())
    ventana.close()
    db.close()
    otra.close()
    assert huella(base_futura) == antes
    assert list(tmp_path.glob("respaldos/red-*")) == []  # ni el respaldo de apertura: nada se escribió


def test_la_ventana_ofrece_recuperar_una_base_que_quedo_en_0_bytes(qtbot, tmp_path, monkeypatch, demo_como):
    """Una base con respaldos que quedó vacía no se convierte en silencio en una base nueva: se ofrece recuperarla."""
    from escritorio.servicios.respaldo import crear_respaldo

    ruta = demo_como("red.db")
    db = abrir_base(ruta)
    crear_respaldo(db)
    db.close()
    ruta.write_bytes(b"")
    preguntas, informes = [], []

    def responder(padre, titulo, texto, *resto, **opciones):
        preguntas.append(texto)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", responder)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: informes.append(a[2]))

    db = aplicacion.abrir_con_ayuda(ruta)

    assert f"La base de datos {ruta} quedó vacía (0 bytes)." in preguntas[0]
    assert "quedó guardado como" in informes[0]
    assert len(listar_miembros(Contexto(db, elegir_asociacion(db, "RCS")["id"]))) == 300
    assert [p.stat().st_size for p in tmp_path.glob("red.db.danada-*")] == [0]  # el archivo vacío, apartado
    db.close()


@contextmanager
def _disco_pequeno(tmp_path):
    """Una carpeta en un tmpfs de 16 MB (hace falta ser root en Linux; si no, la prueba se salta): más que la red de
    ejemplo con su diario (ya pasa de 4 MB), para que se llene cuando la prueba lo pide y no al copiarla."""
    import shutil
    import subprocess

    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("montar un tmpfs requiere ser root en Linux; esta prueba se salta")
    carpeta = tmp_path / "disco"
    carpeta.mkdir()
    hecho = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16M", "tmpfs", str(carpeta)], capture_output=True, text=True)
    if hecho.returncode != 0:
        pytest.skip(f"no se permite montar un tmpfs aquí ({hecho.stderr.strip() or hecho.returncode})")
    try:
        yield carpeta
    finally:
        subprocess.run(["umount", "-l", str(carpeta)], capture_output=True)


def _llenar(carpeta) -> None:
    import errno

    relleno = open(carpeta / "relleno", "wb", buffering=0)
    try:
        while True:
            relleno.write(b"\0" * 4096)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    try:
        relleno.close()
    except OSError:
        pass


def test_la_ventana_en_un_disco_lleno_abre_para_consultar_con_aviso(qtbot, tmp_path, monkeypatch, demo_creada_por_la_cli):
    """Disco lleno: ni el cerrojo de una sola ventana ni el respaldo de apertura impiden consultar; la franja lo
    dice y nada se escribe. (Monta un tmpfs pequeño: hace falta ser root; si no, se salta.)"""
    import shutil

    avisos = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: avisos.append(a[2]))
    with _disco_pequeno(tmp_path) as carpeta:
        ruta = carpeta / "red.db"
        shutil.copy(demo_creada_por_la_cli, ruta)  # la red de ejemplo, armada una vez en la corrida
        abrir_base(ruta).close()
        _llenar(carpeta)
        antes = huella(ruta)

        cerrojo = cerrojo_o_aviso(tomar_cerrojo(ruta), ruta)   # como al arrancar la ventana
        db = aplicacion.abrir_con_ayuda(ruta)
        ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(ventana)
        aplicacion.avisar_solo_lectura(ventana)
        ventana.show()
        qtbot.waitExposed(ventana)

        assert cerrojo is not None and avisos == []  # no dice «ya está abierta en otra ventana»
        texto = ventana.franja_solo_lectura.findChild(QLabel, "texto_solo_lectura").text()
        assert f"No queda espacio en el disco donde está {ruta}: la base se abre solo para consultar" in texto
        assert len(listar_miembros(Contexto(db, elegir_asociacion(db, "RCS")["id"]))) == 300
        ventana.close()
        db.close()
        cerrojo.unlock()
        assert huella(ruta) == antes


def test_si_el_disco_se_llena_antes_del_respaldo_de_apertura_la_ventana_pasa_a_solo_consultar(
        qtbot, tmp_path, demo_creada_por_la_cli):
    """El respaldo de apertura se copia con la ventana ya a la vista (apertura.py). Si para entonces el disco se
    llenó, la ventana no se cae: aparece la franja de solo lectura, guardar da el motivo y la base no cambia."""
    import shutil

    from escritorio.errores import ErrorEscritorio
    from escritorio.interfaz.apertura import AperturaAdelantada, _respaldo_pendiente, abrir_para_la_ventana
    from escritorio.servicios.miembros import cambiar_estado

    with _disco_pequeno(tmp_path) as carpeta:
        ruta = carpeta / "red.db"
        shutil.copy(demo_creada_por_la_cli, ruta)
        db = abrir_para_la_ventana(ruta, respaldo_despues=True)
        _llenar(carpeta)
        ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(ventana)
        aplicacion.avisar_solo_lectura(ventana)
        ventana.show()
        qtbot.waitExposed(ventana)
        assert ventana.franja_solo_lectura.isHidden()  # abrió para modificar

        aplicacion.avisar_al_terminar_el_respaldo(ventana, AperturaAdelantada(lambda: db, despues=_respaldo_pendiente))
        qtbot.waitUntil(lambda: not ventana.franja_solo_lectura.isHidden(), timeout=10_000)
        texto = ventana.franja_solo_lectura.findChild(QLabel, "texto_solo_lectura").text()
        assert f"No queda espacio en el disco donde está {ruta}: la base se abre solo para consultar" in texto
        antes = huella(ruta)
        asociacion = elegir_asociacion(db, "RCS")["id"]
        miembro = listar_miembros(Contexto(db, asociacion))[0]
        with pytest.raises(ErrorEscritorio, match="No queda espacio en el disco"):
            cambiar_estado(db, miembro["id"], "suspendido", date.today(), "prueba", asociacion)
        ventana.close()
        db.close()
        assert huella(ruta) == antes


def test_archivo_abrir_no_convierte_un_archivo_vacio_en_base(qtbot, tmp_path, monkeypatch):
    """Archivo > Abrir… sobre un archivo de 0 bytes: un mensaje, el archivo sigue vacío y la ventana sigue en
    su base. Solo Archivo > Nueva base de datos crea una base."""

    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML"))
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    vacio = tmp_path / "vacio.db"
    vacio.write_bytes(b"")
    errores = []
    monkeypatch.setattr(elegir_archivo, "para_abrir", lambda *a, **k: str(vacio))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: errores.append(texto))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: errores.append(texto))
    ventana.abrir_otra()
    assert vacio.stat().st_size == 0
    assert errores and str(vacio) in errores[0]
    assert str(ruta) in ventana.etiqueta_ruta.text()
    ventana.db.close()


def test_la_ventana_explica_una_base_con_bytes_que_no_son_utf8(qtbot, tmp_path, monkeypatch, demo_como):
    """Otro programa guardó bytes que no son UTF-8: al abrir, el lanzador real muestra el mensaje en castellano
    (qué pasó, que no se modificó nada, cómo ver qué cambió y restaurar) en lugar de la disculpa, y sale."""
    ruta = demo_como("red.db")
    db = abrir_base(ruta)
    db.close()
    with closing(sqlite3.connect(ruta)) as c, c:
        c.execute("UPDATE miembros SET region = CAST(X'4E6F72EDA0807465' AS TEXT) WHERE id = 4")
    mostrados = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: mostrados.append(texto))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: mostrados.append(texto))
    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    ajustes.setValue("ventana/area", 1)   # abre en Miembros, que lee la columna (otra área, al abrir Miembros)
    monkeypatch.setattr(aplicacion, "_ajustes", lambda: ajustes)
    assert aplicacion.ejecutar(str(ruta)) == 1
    assert any("no está escrito en UTF-8 (en la columna «region»)" in m and "No se modificó nada" in m
               for m in mostrados), mostrados
    assert not any("Lo sentimos" in m for m in mostrados)


def test_una_ventana_que_no_termino_de_abrir_no_hace_caer_el_programa_despues(qtbot, tmp_path, monkeypatch, demo_como):
    """La ventana que falla a medio armar (la base con bytes que no son UTF-8) se destruye en el acto: antes
    quedaba para la recolección de Python, y recogerla más tarde (aquí, gc.collect) hacía caer el proceso."""
    sana = abrir_base(tmp_path / "sana.db")
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    crear_asociacion(sana, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML"))
    otra = VentanaPrincipal(sana, QSettings(str(tmp_path / "otra.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(otra)
    otra.close()

    ruta = demo_como("red.db")
    abrir_base(ruta).close()
    with closing(sqlite3.connect(ruta)) as c, c:
        c.execute("UPDATE miembros SET region = CAST(X'4E6F72EDA0807465' AS TEXT) WHERE id = 4")
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    ajustes.setValue("ventana/area", 1)
    db = abrir_base(ruta)
    with pytest.raises(Exception, match="UTF-8"):
        VentanaPrincipal(db, ajustes)
    db.close()
    import gc

    gc.collect()   # con la ventana a medio armar sin destruir, el proceso caía aquí
    sana.close()
