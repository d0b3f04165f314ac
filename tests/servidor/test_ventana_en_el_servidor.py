"""La ventana sobre el servidor, como la usa quien trabaja en la oficina: «Archivo → Conectar a un servidor…» con su
usuario y su clave (recordada en el llavero, o pedida cada vez), lo que otra persona guarda aparece solo
(LISTEN/NOTIFY, con el reloj de la ventana parado), la ficha no pisa lo que otra persona cambió y cada papel ve lo
suyo. Contra un PostgreSQL de verdad con la red de ejemplo subida; la otra persona es un proceso aparte.
"""

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ayudas import escribir_csv
from escritorio.interfaz import aplicacion, apertura
from escritorio.interfaz.dialogos import ficha_miembro
from escritorio.interfaz.dialogos.servidor import DialogoConectarServidor
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base
from escritorio.interfaz.piezas import elegir_archivo

CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS_PRUEBAS")  # carpeta donde dejar las capturas para mirarlas


def _sin_clave(url: str) -> str:
    """postgresql://ana:clave@equipo/base → postgresql://ana@equipo/base (lo que la persona ve y se recuerda)."""
    usuario, resto = url.split("://", 1)[1].split("@", 1)
    return f"postgresql://{usuario.split(':')[0]}@{resto}"


def _capturar(widget, nombre: str, tmp_path: Path) -> None:
    imagen = widget.grab()
    assert not imagen.isNull()
    assert imagen.save(str(tmp_path / f"{nombre}.png"))
    if CAPTURAS:
        Path(CAPTURAS).mkdir(parents=True, exist_ok=True)
        shutil.copy2(tmp_path / f"{nombre}.png", Path(CAPTURAS) / f"{nombre}.png")


def _cuando_aparezca(tipo, hacer) -> None:
    """Cuando el diálogo modal de `tipo` esté a la vista, hacer(diálogo)."""
    def mirar():
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, tipo) or not modal.isVisible():
            QTimer.singleShot(50, mirar)
            return
        hacer(modal)

    QTimer.singleShot(50, mirar)


def _llenar(dialogo: DialogoConectarServidor, url: str, clave: str, recordar: bool) -> None:
    """Lo que escribe la persona: lo que le dio quien administra el servidor, y su clave."""
    servidor = url.split("@", 1)[1]
    equipo, resto = servidor.split(":", 1)
    puerto, base = resto.split("/", 1)
    usuario = url.split("://", 1)[1].split(":", 1)[0]
    for campo, valor in ((dialogo.equipo, equipo), (dialogo.base, base), (dialogo.usuario, usuario),
                         (dialogo.clave, clave)):
        campo.setText(valor)
    dialogo.puerto.setValue(int(puerto))
    dialogo.recordar.setChecked(recordar)


@pytest.fixture
def ajustes(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ventana_local(qtbot, copia_de_la_demo, ajustes):
    """La ventana abierta, como siempre, sobre la base de este equipo."""
    ventana = VentanaPrincipal(abrir_base(copia_de_la_demo), ajustes)
    qtbot.addWidget(ventana)
    ventana.show()
    yield ventana
    ventana.vigia.stop()
    ventana.db.close()


@pytest.fixture
def ana(demo_en_el_servidor, login_pg) -> str:
    """La dirección con clave de «ana», secretaría."""
    return login_pg(demo_en_el_servidor, "ana", "secretaria")


def _ventana_en_el_servidor(qtbot, url: str, ajustes: QSettings) -> VentanaPrincipal:
    ventana = VentanaPrincipal(abrir_base(url), ajustes)
    qtbot.addWidget(ventana)
    ventana.show()
    return ventana


# --- conectar y volver a abrir --------------------------------------------------------------------------------

def test_conectar_desde_la_ventana_recuerda_la_direccion_y_la_clave_queda_en_el_llavero(
        ventana_local, qtbot, ana, ajustes, llavero, tmp_path):
    visto = {}

    def primer_intento(dialogo):
        _llenar(dialogo, ana, "una-clave-equivocada", recordar=True)
        dialogo.conectar.click()
        visto["motivo"] = dialogo.motivo.text() if dialogo.motivo.isVisible() else None
        visto["sigue_abierto"] = dialogo.isVisible()
        visto["clave_en_llavero"] = dict(llavero.claves)
        dialogo.resize(1024 if dialogo.width() > 1024 else dialogo.width(), dialogo.height())
        _capturar(dialogo, "conectar-clave-rechazada", tmp_path)
        dialogo.clave.setText("clave-ana")
        dialogo.conectar.click()

    _cuando_aparezca(DialogoConectarServidor, primer_intento)
    ventana_local.conectar_servidor()

    assert "rechazó la clave" in visto["motivo"] and "«ana»" in visto["motivo"]
    assert visto["sigue_abierto"] and visto["clave_en_llavero"] == {}  # una clave rechazada no se guarda
    direccion = _sin_clave(ana)
    assert ventana_local.db.dialecto == "postgresql"
    assert ventana_local.etiqueta_ruta.text() == f"Servidor: {direccion} — ana, papel secretaría (todo)"
    assert ventana_local.etiqueta_miembros.text() == "298 miembros vigentes"
    assert ventana_local.windowTitle().startswith("Escritorio — ")
    assert llavero.claves == {("Escritorio", direccion): "clave-ana"}
    ajustes.sync()
    assert ajustes.value("ultima_base") == direccion and ajustes.value("servidor/direccion") == direccion
    assert "clave-ana" not in (tmp_path / "ajustes.ini").read_text(encoding="utf-8")  # la clave, nunca en los ajustes
    ventana_local.resize(1024, 600)
    _capturar(ventana_local, "ventana-en-el-servidor-1024x600", tmp_path)

    # Al volver a abrir Escritorio: la última base es el servidor, y la clave sale del llavero, sin preguntar.
    arranque = apertura.empezar(None, ajustes)
    assert arranque.ruta == direccion and arranque.cerrojo is None
    db = aplicacion.abrir_con_ayuda(arranque.ruta, arranque.base, ajustes)
    try:
        assert db.dialecto == "postgresql" and db.usuario() == "ana"
    finally:
        db.close()


def test_sin_llavero_la_clave_se_pide_cada_vez(ana, ajustes, llavero, qtbot, tmp_path):
    keyring.set_keyring(fail.Keyring())  # un equipo sin llavero del sistema
    direccion = _sin_clave(ana)
    ajustes.setValue("ultima_base", direccion)
    visto = {}

    def escribir_la_clave(dialogo):
        visto["motivo"] = dialogo.motivo.text()
        visto["recordar"] = (dialogo.recordar.isEnabled(), dialogo.recordar.toolTip())
        visto["campos"] = (dialogo.equipo.text(), dialogo.base.text(), dialogo.usuario.text(), dialogo.clave.text())
        _capturar(dialogo, "conectar-pide-la-clave", tmp_path)
        dialogo.clave.setText("clave-ana")
        dialogo.conectar.click()

    _cuando_aparezca(DialogoConectarServidor, escribir_la_clave)
    arranque = apertura.empezar(None, ajustes)
    db = aplicacion.abrir_con_ayuda(arranque.ruta, arranque.base, ajustes)
    try:
        assert db.usuario() == "ana"
    finally:
        db.close()
    assert "pide una clave" in visto["motivo"]
    assert visto["recordar"][0] is False and "no tiene un llavero" in visto["recordar"][1]
    assert visto["campos"][1:] == (direccion.rsplit("/", 1)[1], "ana", "")  # lo recordado, sin la clave


def test_si_no_se_conecta_se_puede_elegir_un_archivo_y_nada_se_pierde(ana, ajustes, copia_de_la_demo, monkeypatch,
                                                                      qtbot):
    """El servidor no responde (el equipo apagado): el formulario lo dice; si la persona desiste, puede abrir una
    base de este equipo en lugar de quedarse sin ventana."""
    apagado = "postgresql://ana@127.0.0.1:1/red"
    visto = {}

    def desistir(dialogo):
        visto["motivo"] = dialogo.motivo.text()
        dialogo.reject()

    _cuando_aparezca(DialogoConectarServidor, desistir)
    monkeypatch.setattr(elegir_archivo, "para_abrir", lambda *a, **k: str(copia_de_la_demo))
    db = aplicacion.abrir_con_ayuda(apagado, None, ajustes)
    try:
        assert db.dialecto == "sqlite"
    finally:
        db.close()
    assert "No se pudo conectar con el servidor postgresql://ana@127.0.0.1:1/red" in visto["motivo"]


# --- lo que guarda otra persona --------------------------------------------------------------------------------

def test_la_ventana_ve_lo_que_otra_persona_guarda_sin_esperar_al_reloj(ana, login_pg, demo_en_el_servidor, ajustes,
                                                                      qtbot, cli_proceso, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    beto = login_pg(demo_en_el_servidor, "beto", "secretaria")
    ventana = _ventana_en_el_servidor(qtbot, ana, ajustes)
    try:
        ventana.navegacion.setCurrentRow(1)  # Miembros
        ventana.vigia.stop()  # sin el reloj de la ventana: solo el aviso del servidor puede traer el cambio
        assert ventana.etiqueta_miembros.text() == "298 miembros vigentes"

        planilla = escribir_csv(tmp_path / "nuevos.csv", [["Villa Servidor 1", "AR", 4100], ["Villa Servidor 2", "UY", 3900]])
        hecho = cli_proceso("miembros", "importar", planilla, db=beto)
        assert hecho.returncode == 0, hecho.stderr
        qtbot.waitUntil(lambda: ventana.etiqueta_miembros.text() == "300 miembros vigentes", timeout=10_000)
        assert ventana.miembros.filtro.rowCount() == 302
        assert ventana.statusBar().currentMessage() == "Actualizado con lo que guardó otra persona en el servidor."

        # Lo que guarda esta misma ventana no cuenta como de otra persona.
        ventana.statusBar().clearMessage()
        with psycopg.connect(ana) as conexion:
            rosario = conexion.execute("SELECT id FROM miembros WHERE nombre = 'Rosario'").fetchone()[0]
        _guardar_telefono(ventana, qtbot, monkeypatch, "rosario", "+54 341 555-7777")
        qtbot.wait(1500)
        assert ventana.statusBar().currentMessage() == ""
        assert ventana.otros.tablas_cambiadas() == frozenset()
        with psycopg.connect(ana) as conexion:
            assert conexion.execute("SELECT telefono FROM miembros WHERE id = %s", [rosario]).fetchone()[0] == \
                "+54 341 555-7777"
    finally:
        ventana.close()
        ventana.db.close()


def test_una_transaccion_deshecha_no_avisa_nada(ana, ajustes, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    ventana = _ventana_en_el_servidor(qtbot, ana, ajustes)
    try:
        ventana.vigia.stop()
        with psycopg.connect(ana) as conexion:  # otra persona empieza un cambio y lo deshace
            conexion.execute("UPDATE miembros SET telefono = 'x' WHERE nombre = 'Rosario'")
            conexion.rollback()
            conexion.execute("UPDATE miembros SET correo = 'c@rosario.gob.ar' WHERE nombre = 'Rosario'")
            conexion.commit()  # y después guarda otro
        qtbot.waitUntil(lambda: "otra persona" in ventana.statusBar().currentMessage(), timeout=10_000)
        ventana.statusBar().clearMessage()
        qtbot.wait(800)
        assert ventana.otros.tablas_cambiadas() == frozenset()  # un solo aviso: el del cambio confirmado
    finally:
        ventana.close()
        ventana.db.close()


CAMBIAR_CORREO = """
    import sys
    from datetime import date
    from escritorio.dominio.ficha import FichaMiembro
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.ficha import guardar_ficha, obtener_ficha

    db = abrir_base(sys.argv[1])
    miembro = db.execute("SELECT id FROM miembros WHERE nombre = ?", [sys.argv[2]]).fetchone()[0]
    f = obtener_ficha(db, miembro)
    ficha = FichaMiembro(nombre=f["nombre"], pais=f["pais"], tipo=f["tipo"], region=f["region"], codigo=f["codigo"],
                         fecha_ingreso=date.fromisoformat(f["fecha_ingreso"]) if f["fecha_ingreso"] else None,
                         modo_ingreso=f["modo_ingreso"], fundador=f["fundador"], correo=sys.argv[3],
                         telefono=f["telefono"])
    guardar_ficha(Contexto(db, f["asociacion_id"]), ficha, miembro_id=miembro)
    db.close()
"""


def _abrir_ficha_y(ventana, qtbot, monkeypatch, nombre: str, accion):
    """Abre la ficha de `nombre` desde el padrón y hace accion(diálogo) con la ficha a la vista."""
    ventana.navegacion.setCurrentRow(1)
    vista = ventana.miembros
    vista.busqueda.clear()
    qtbot.keyClicks(vista.busqueda, nombre)
    vista.tabla.selectRow(0)
    resultado = {}

    def exec_(dialogo):
        dialogo.show()
        resultado["valor"] = accion(dialogo)
        dialogo.reject()
        return QDialog.DialogCode.Accepted if dialogo.cambios else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ficha_miembro.DialogoFichaMiembro, "exec", exec_)
    # Al cerrar la ficha con algo sin guardar, se descarta (lo que importa es lo que hizo `accion`).
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    vista.editar()
    vista.busqueda.clear()
    return resultado["valor"]


def _guardar_telefono(ventana, qtbot, monkeypatch, nombre: str, telefono: str) -> bool:
    def editar(dialogo):
        dialogo.telefono.clear()
        qtbot.keyClicks(dialogo.telefono, telefono)
        return dialogo.guardar()

    return _abrir_ficha_y(ventana, qtbot, monkeypatch, nombre, editar)


def test_la_ficha_no_pisa_lo_que_otra_persona_guardo_en_el_servidor(ana, login_pg, demo_en_el_servidor, ajustes,
                                                                      qtbot, monkeypatch, entorno_cli, tmp_path):
    beto = login_pg(demo_en_el_servidor, "beto", "secretaria")
    ventana = _ventana_en_el_servidor(qtbot, ana, ajustes)
    visto = {}
    try:
        def editar(dialogo):
            correo_al_abrir = dialogo.correo.text()
            dialogo.telefono.clear()
            qtbot.keyClicks(dialogo.telefono, "+54 341 555-0000")
            # Mientras la ficha está abierta, beto (otra persona, en otro equipo) cambia el correo de Rosario.
            otro = subprocess.run([sys.executable, "-c", textwrap.dedent(CAMBIAR_CORREO), beto, "Rosario",
                                   "nuevo@rosario.gob.ar"], env=entorno_cli, capture_output=True, text=True,
                                  timeout=60)
            assert otro.returncode == 0, otro.stderr

            def cancelar(caja):
                visto["texto"] = caja.text() + "\n" + caja.informativeText()
                _capturar(caja, "conflicto-en-el-servidor", tmp_path)
                next(b for b in caja.buttons() if b.text() == "Cancelar").click()

            _cuando_aparezca(QMessageBox, cancelar)
            return dialogo.guardar(), correo_al_abrir, dialogo.mensaje.text()

        guardado, correo_al_abrir, mensaje = _abrir_ficha_y(ventana, qtbot, monkeypatch, "rosario", editar)
    finally:
        ventana.close()
        ventana.db.close()
    assert not guardado and "No se guardó nada" in mensaje
    assert "nuevo@rosario.gob.ar" in visto["texto"] and correo_al_abrir in visto["texto"]
    with psycopg.connect(ana) as conexion:
        correo, telefono = conexion.execute("SELECT correo, telefono FROM miembros WHERE nombre = 'Rosario'").fetchone()
    assert correo == "nuevo@rosario.gob.ar" and telefono != "+54 341 555-0000"  # lo de beto quedó; lo de ana, no


# --- cada papel ----------------------------------------------------------------------------------------------

def test_con_el_papel_de_consulta_la_ventana_lo_dice_y_no_guarda(demo_en_el_servidor, login_pg, ajustes, qtbot,
                                                                  monkeypatch, tmp_path):
    carla = login_pg(demo_en_el_servidor, "carla", "consulta")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    avisos = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, texto, *a, **k: avisos.append(texto))
    ventana = _ventana_en_el_servidor(qtbot, carla, ajustes)
    try:
        aplicacion.avisar_solo_lectura(ventana)
        assert not ventana.franja_solo_lectura.isHidden()
        franja = ventana.findChild(type(ventana.etiqueta_ruta), "texto_solo_lectura").text()
        assert "papel de consulta" in franja and "carla" in franja
        assert ventana.etiqueta_ruta.text().endswith("carla, papel consulta (solo leer)")
        ventana.resize(1024, 600)
        _capturar(ventana, "ventana-consulta-1024x600", tmp_path)
        assert not _guardar_telefono(ventana, qtbot, monkeypatch, "rosario", "+54 341 555-9999")
    finally:
        ventana.close()
        ventana.db.close()
    with psycopg.connect(carla) as conexion:
        assert conexion.execute("SELECT telefono FROM miembros WHERE nombre = 'Rosario'").fetchone()[0] != \
            "+54 341 555-9999"


def test_los_respaldos_en_el_servidor_se_explican_y_no_se_hacen(ana, ajustes, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dichos = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, titulo, texto, *a, **k: dichos.append((titulo, texto)))
    monkeypatch.setattr(elegir_archivo, "para_guardar",
                        lambda *a, **k: pytest.fail("no debe pedir dónde guardar un respaldo"))
    ventana = _ventana_en_el_servidor(qtbot, ana, ajustes)
    try:
        ventana.respaldar()
        ventana.restaurar()
    finally:
        ventana.close()
        ventana.db.close()
    assert [t for t, _ in dichos] == ["Crear respaldo", "Restaurar respaldo"]
    assert all("pg_dump" in texto and "tarea del servidor" in texto for _, texto in dichos)


# --- la sesión que viaja -------------------------------------------------------------------------------------

def test_llevar_una_sesion_de_viaje_y_devolverla_desde_la_ventana(ana, demo_en_el_servidor, ajustes, cli, qtbot,
                                                                   monkeypatch, tmp_path):
    from escritorio.interfaz import viaje

    ventana = _ventana_en_el_servidor(qtbot, ana, ajustes)
    assert ventana.accion_llevar.isEnabled() and not ventana.accion_devolver.isEnabled()
    elegidas, preguntas = [], []

    def elegir(padre, titulo, texto, nombres, indice, editable):
        elegidas.append(nombres)
        return nombres[0], True

    def fallar(padre, error, contexto=""):
        raise error

    copia = tmp_path / "cumbre.db"
    monkeypatch.setattr(viaje, "mostrar_error", fallar)  # un error aquí sería un cuadro modal: que falle la prueba
    monkeypatch.setattr(viaje.QInputDialog, "getItem", elegir)
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(copia))
    monkeypatch.setattr(viaje.QMessageBox, "question",
                        lambda padre, titulo, texto, *a: preguntas.append(texto) or QMessageBox.StandardButton.Yes)
    ventana.accion_llevar.trigger()

    # Solo se ofrecen las sesiones con el acta sin aprobar; la elegida quedó llevada y la ventana, en la copia.
    assert len(elegidas[0]) == 1, elegidas  # la 4 (Consejo, acta en borrador); las otras tres, aprobadas
    assert _uno_del_servidor(demo_en_el_servidor, "SELECT sesion_id, llevada_por FROM sesiones_de_viaje") == (4, "ana")
    assert "Sesión 4 llevada" in preguntas[0]
    assert ventana.db.dialecto == "sqlite" and Path(ventana.etiqueta_ruta.text()) != copia
    assert ventana.etiqueta_ruta.text().startswith("Copia de viaje de la sesión 4 (de postgresql://ana@")
    assert ventana.accion_devolver.isEnabled() and not ventana.accion_llevar.isEnabled()
    ventana.resize(1024, 600)
    _capturar(ventana, "copia-de-viaje-1024x600", tmp_path)

    # Sin conexión, en la copia: un invitado. Al volver, la ventana la devuelve y pasa al servidor.
    assert cli("sesiones", "invitado", "4", "--nombre", "Observadora de FLACMA", db=copia).returncode == 0
    informado, pedida = [], []
    monkeypatch.setattr(viaje.QMessageBox, "information", lambda padre, titulo, texto: informado.append(texto))
    # La clave no quedó en el llavero (se escribió al conectar): el servidor la pide y se escribe otra vez.
    monkeypatch.setattr(viaje.QInputDialog, "getText",
                        lambda padre, titulo, texto, modo: pedida.append(texto) or ("clave-ana", True))
    ventana.accion_devolver.trigger()
    assert pedida == [f"El servidor pide la clave de {_sin_clave(ana)}:"]
    assert "Sesión devuelta al servidor: 1 filas agregadas" in informado[0], informado
    assert _uno_del_servidor(demo_en_el_servidor, "SELECT count(*) FROM sesiones_de_viaje WHERE devuelta_en IS NULL") == (0,)
    assert _uno_del_servidor(demo_en_el_servidor, "SELECT count(*) FROM invitados WHERE nombre = "
                                                  "'Observadora de FLACMA'") == (1,)
    assert ventana.db.dialecto == "postgresql" and ventana.db.usuario() == "ana"
    assert ventana.accion_llevar.isEnabled() and not ventana.accion_devolver.isEnabled()
    ventana.vigia.stop()
    ventana.db.close()


def _uno_del_servidor(url: str, sql: str):
    with psycopg.connect(url) as c:
        return c.execute(sql).fetchone()


def test_cancelar_el_viaje_de_una_sesion_desde_la_ventana(ana, demo_en_el_servidor, ajustes, cli, qtbot,
                                                          monkeypatch, tmp_path):
    """La sesión quedó llevada y la copia no va a volver: «Archivo → Cancelar el viaje de una sesión…» sobre el
    servidor elige entre los viajes en curso, pide el motivo y llama al mismo servicio que «servidor cancelar-viaje»."""
    from escritorio.interfaz import viaje

    assert cli("servidor", "llevar", ana, 4, tmp_path / "cumbre.db").returncode == 0   # en este proceso: el viaje ya estaba
    ventana = _ventana_en_el_servidor(qtbot, ana, ajustes)
    assert ventana.accion_cancelar_viaje.isEnabled()
    ofrecidos, informado = [], []

    def fallar(padre, error, contexto=""):
        raise error

    monkeypatch.setattr(viaje, "mostrar_error", fallar)
    monkeypatch.setattr(viaje.QInputDialog, "getItem",
                        lambda padre, titulo, texto, nombres, indice, editable: ofrecidos.append(nombres) or
                        (nombres[0], True))
    monkeypatch.setattr(viaje.QInputDialog, "getText",
                        lambda padre, titulo, texto, *a: ("La laptop con la copia se perdió", True))
    monkeypatch.setattr(viaje.QMessageBox, "information", lambda padre, titulo, texto: informado.append(texto))
    ventana.accion_cancelar_viaje.trigger()
    assert ofrecidos == [["Sesión 4, llevada por ana el " + ofrecidos[0][0].split(" el ", 1)[1]]]
    assert informado == ["Viaje de la sesión 4 cancelado: ya se puede modificar en el servidor."]
    assert _uno_del_servidor(demo_en_el_servidor, "SELECT cancelada_por, motivo_cancelacion FROM sesiones_de_viaje") == (
        "ana", "La laptop con la copia se perdió")
    ventana.close()
    ventana.db.close()
