"""La ventana y los otros escritores: la línea de órdenes (u otro programa) escribe en la misma base mientras
la ventana está abierta. Procesos reales, una base en disco y los temporizadores reales de la ventana."""

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ayudas import escribir_csv
from escritorio.datos import conexion
from escritorio.interfaz import ventana_principal
from escritorio.interfaz.dialogos import ficha_miembro
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from ayudas import oficina_de

CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS_PRUEBAS")  # carpeta donde dejar las capturas para mirarlas


# La línea de órdenes es aquí «otro programa»: `cli_proceso`, un proceso aparte, con su propia espera y sin el aviso
# de la ventana (en este proceso compartiría los ajustes y el hilo de la ventana).


@pytest.fixture
def ventana(qtbot, copia_de_la_demo, tmp_path, monkeypatch):
    ruta_red = copia_de_la_demo
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    # La ventana mira el archivo cada VIGILAR_MS (1 s); aquí cada cuarto de segundo: el mismo vigía, más seguido.
    monkeypatch.setattr(ventana_principal, "VIGILAR_MS", 250)
    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    ventana = VentanaPrincipal(abrir_base(ruta_red), ajustes)
    qtbot.addWidget(ventana)
    ventana.show()
    ventana.navegacion.setCurrentRow(1)  # Miembros
    yield ventana
    ventana.vigia.stop()
    ventana.db.close()


def capturar(widget, nombre: str, tmp_path: Path) -> Path:
    imagen = widget.grab()
    assert not imagen.isNull()
    destino = tmp_path / f"{nombre}.png"
    assert imagen.save(str(destino))
    if CAPTURAS:
        Path(CAPTURAS).mkdir(parents=True, exist_ok=True)
        shutil.copy2(destino, Path(CAPTURAS) / destino.name)
    return destino


def otro_proceso(codigo: str, *argumentos, entorno: dict) -> subprocess.Popen:
    """Un proceso de Python aparte (como otra ventana u otro programa) que usa los servicios de Escritorio."""
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(codigo), *map(str, argumentos)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
                            env=entorno)


CAMBIAR_CORREO = """
    import sys
    from datetime import date
    from escritorio.dominio.ficha import FichaMiembro
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.ficha import guardar_ficha, obtener_ficha

    db = abrir_base(sys.argv[1])
    f = obtener_ficha(db, int(sys.argv[2]))
    ficha = FichaMiembro(nombre=f["nombre"], pais=f["pais"], tipo=f["tipo"], region=f["region"], codigo=f["codigo"],
                         fecha_ingreso=date.fromisoformat(f["fecha_ingreso"]) if f["fecha_ingreso"] else None,
                         modo_ingreso=f["modo_ingreso"], fundador=f["fundador"], correo=sys.argv[3],
                         telefono=f["telefono"])
    guardar_ficha(Contexto(db, f["asociacion_id"]), ficha, miembro_id=int(sys.argv[2]))
    db.close()
"""

RETENER_ESCRITURA = """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("tomado", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("ROLLBACK")
    conn.close()
"""


def leer_del_archivo(ruta: Path, sql: str, parametros=()):
    """Lo que hay de verdad en el archivo de la ruta (una conexión nueva, de solo lectura)."""
    conn = sqlite3.connect(f"file:{ruta.as_posix()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, parametros).fetchall()
    finally:
        conn.close()


def id_de(ruta: Path, nombre: str) -> int:
    return leer_del_archivo(ruta, "SELECT id FROM miembros WHERE nombre = ?", [nombre])[0][0]


# --- la vista se entera de lo que escribe la línea de órdenes ---------------------------------------

def test_la_ventana_muestra_lo_que_importa_la_linea_de_ordenes_sin_tocar_nada(ventana, qtbot, copia_de_la_demo,
                                                                              tmp_path, cli_proceso, entorno_cli):
    ruta_red = copia_de_la_demo
    vista = ventana.miembros
    assert ventana.etiqueta_miembros.text() == "298 miembros vigentes"   # 300 en el padrón, 2 de baja
    filas = [[f"Villa Prueba {numero:04d}", "AR", 1000 + numero] for numero in range(1, 2001)]
    planilla = escribir_csv(tmp_path / "nuevos.csv", filas)

    proceso = subprocess.Popen([sys.executable, "-m", "escritorio", "--db", str(ruta_red), "miembros", "importar",
                                str(planilla)], cwd=tmp_path, env=entorno_cli, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8")
    qtbot.waitUntil(lambda: ventana.etiqueta_miembros.text() == "2.298 miembros vigentes", timeout=90_000)
    salida, errores = proceso.communicate(timeout=60)
    assert proceso.returncode == 0, errores

    assert vista.filtro.rowCount() == 2300
    assert vista.resumen.text() == "2.300 de 2.300 miembros"
    assert "otro programa" in ventana.statusBar().currentMessage()
    qtbot.keyClicks(vista.busqueda, "villa prueba 1999")
    assert [vista.filtro.index(f, 0).data() for f in range(vista.filtro.rowCount())] == ["Villa Prueba 1999"]


def test_la_seleccion_se_conserva_al_actualizar(ventana, qtbot, copia_de_la_demo, cli_proceso):
    ruta_red = copia_de_la_demo
    vista = ventana.miembros
    qtbot.keyClicks(vista.busqueda, "rosario")
    vista.tabla.selectRow(0)
    assert vista.miembro_seleccionado()["nombre"] == "Rosario"
    salto = id_de(ruta_red, "Salto")
    resultado = cli_proceso("miembros", "baja", str(salto), "--motivo", "Pedido propio", db=ruta_red)
    assert resultado.returncode == 0, resultado.stderr
    qtbot.waitUntil(lambda: "otro programa" in ventana.statusBar().currentMessage(), timeout=10_000)
    assert vista.miembro_seleccionado()["nombre"] == "Rosario"
    vista.busqueda.clear()
    fila = vista.modelo.fila_de(salto)
    assert vista.modelo.miembro(fila)["estado"] == "baja"


# --- la ficha no pisa en silencio lo que guardó otro programa ------------------------------------------

def _abrir_ficha_y(ventana, qtbot, monkeypatch, nombre: str, accion):
    """Abre la ficha de `nombre` desde el padrón (doble clic) y ejecuta accion(dialogo) con la ficha a la vista."""
    vista = ventana.miembros
    qtbot.keyClicks(vista.busqueda, nombre)
    vista.tabla.selectRow(0)
    resultado = {}

    def exec_(dialogo):
        dialogo.show()
        resultado["valor"] = accion(dialogo)
        dialogo.reject()
        return QDialog.DialogCode.Accepted if dialogo.cambios else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ficha_miembro.DialogoFichaMiembro, "exec", exec_)
    vista.editar()
    return resultado["valor"]


def _responder_conflicto(boton: str, visto: dict, tmp_path: Path) -> None:
    """Cuando aparezca la pregunta del conflicto: la captura, anota su texto y pulsa `boton`."""
    def responder():
        caja = QApplication.activeModalWidget()
        if not isinstance(caja, QMessageBox):
            QTimer.singleShot(50, responder)
            return
        visto["titulo"] = caja.windowTitle()
        visto["texto"] = caja.text() + "\n" + caja.informativeText()
        visto["botones"] = [b.text() for b in caja.buttons()]
        visto["captura"] = capturar(caja, f"conflicto-{boton.lower()}", tmp_path)
        next(b for b in caja.buttons() if b.text() == boton).click()

    QTimer.singleShot(50, responder)


@pytest.mark.parametrize("boton", ["Cancelar", "Sobrescribir", "Recargar"])
def test_guardar_la_ficha_cuando_otro_programa_cambio_el_miembro_pregunta(ventana, qtbot, monkeypatch, copia_de_la_demo,
                                                                          tmp_path, entorno_cli, boton):
    ruta_red = copia_de_la_demo
    rosario = id_de(ruta_red, "Rosario")
    visto = {}

    def editar(dialogo):
        correo_al_abrir = dialogo.correo.text()
        dialogo.telefono.clear()
        qtbot.keyClicks(dialogo.telefono, "+54 341 555-0000")
        # Mientras la ficha está abierta, otro programa cambia el correo del mismo miembro.
        otro = otro_proceso(CAMBIAR_CORREO, ruta_red, rosario, "nuevo@rosario.gob.ar", entorno=entorno_cli)
        assert otro.wait(timeout=60) == 0, otro.stderr.read()
        _responder_conflicto(boton, visto, tmp_path)
        guardado = dialogo.guardar()
        return guardado, correo_al_abrir, dialogo.correo.text(), dialogo.telefono.text(), dialogo.mensaje.text()

    guardado, correo_al_abrir, correo_en_pantalla, telefono_en_pantalla, mensaje = _abrir_ficha_y(
        ventana, qtbot, monkeypatch, "rosario", editar)

    assert visto["titulo"] == "Otro programa cambió estos datos"
    assert sorted(visto["botones"]) == sorted(
        ["Sobrescribir", "Recargar", "Cancelar"])
    assert "Correo" in visto["texto"] and "nuevo@rosario.gob.ar" in visto["texto"] and correo_al_abrir in visto["texto"]
    assert "Teléfono" not in visto["texto"]  # solo lo que cambió el otro programa
    correo, telefono = leer_del_archivo(ruta_red, "SELECT correo, telefono FROM miembros WHERE id = ?", [rosario])[0]
    if boton == "Cancelar":
        assert not guardado
        assert (correo, telefono) != (correo_al_abrir, "+54 341 555-0000")
        assert correo == "nuevo@rosario.gob.ar"          # lo del otro programa sigue en la base
        assert telefono != "+54 341 555-0000"             # y lo de la ficha no se guardó
        assert telefono_en_pantalla == "+54 341 555-0000"  # pero sigue en pantalla para revisarlo
        assert "No se guardó nada" in mensaje
    elif boton == "Sobrescribir":
        assert guardado
        assert (correo, telefono) == (correo_al_abrir, "+54 341 555-0000")  # a sabiendas: lo de la ficha
    else:
        assert not guardado
        assert correo == correo_en_pantalla == "nuevo@rosario.gob.ar"  # la ficha muestra lo actual
        assert telefono != "+54 341 555-0000" and telefono_en_pantalla == (telefono or "")
        assert "recargada" in mensaje


def test_sin_cambios_de_otro_programa_la_ficha_guarda_sin_preguntar(ventana, qtbot, monkeypatch, copia_de_la_demo):
    ruta_red = copia_de_la_demo
    rosario = id_de(ruta_red, "Rosario")

    def editar(dialogo):
        dialogo.telefono.clear()
        qtbot.keyClicks(dialogo.telefono, "+54 341 555-1111")
        primero = dialogo.guardar()
        dialogo.telefono.clear()
        qtbot.keyClicks(dialogo.telefono, "+54 341 555-2222")  # guardar dos veces: lo propio no es un conflicto
        return primero and dialogo.guardar()

    assert _abrir_ficha_y(ventana, qtbot, monkeypatch, "rosario", editar)
    assert leer_del_archivo(ruta_red, "SELECT telefono FROM miembros WHERE id = ?", [rosario]) == [("+54 341 555-2222",)]


# --- una restauración hecha por otro proceso ----------------------------------------------------------

def _alta_desde_la_ventana(ventana, monkeypatch, nombre: str) -> tuple[bool, str]:
    def crear(dialogo):
        dialogo.show()  # la ficha tapa la ventana, como cuando se usa de verdad
        dialogo.nombre.setText(nombre)
        dialogo.pais.setCurrentIndex(dialogo.pais.findData("AR"))
        dialogo.poblacion.setText("25000")
        dialogo.anio.setText("2022")
        guardado = dialogo.guardar()
        texto = dialogo.mensaje.text()
        dialogo._sucio = False
        dialogo.reject()
        crear.resultado = (guardado, texto)
        return QDialog.DialogCode.Accepted if guardado else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ficha_miembro.DialogoFichaMiembro, "exec", crear)
    ventana.miembros.nuevo()
    return crear.resultado


def test_restaurar_desde_otro_proceso_la_ventana_vuelve_a_abrir_la_base_viva(ventana, qtbot, monkeypatch,
                                                                             copia_de_la_demo,
                                                                             tmp_path, cli_proceso):
    ruta_red = copia_de_la_demo
    respaldo = tmp_path / "antes.db"
    assert cli_proceso("respaldo", "crear", respaldo, db=ruta_red).returncode == 0
    assert _alta_desde_la_ventana(ventana, monkeypatch, "Villa Posterior")[0]
    assert ventana.etiqueta_miembros.text() == "299 miembros vigentes"

    resultado = cli_proceso("respaldo", "restaurar", respaldo, db=ruta_red)
    assert resultado.returncode == 0, resultado.stderr
    qtbot.waitUntil(lambda: ventana.aviso_base is not None, timeout=10_000)
    aviso = ventana.aviso_base
    assert aviso.windowTitle() == "La base fue reemplazada"
    assert str(ruta_red) in aviso.text() and "volvió a abrir" in aviso.text()
    capturar(aviso, "base-reemplazada", tmp_path)
    aviso.accept()
    assert ventana.etiqueta_miembros.text() == "298 miembros vigentes"  # lo que hay en el archivo restaurado
    assert ventana.miembros.filtro.rowCount() == 300

    assert _alta_desde_la_ventana(ventana, monkeypatch, "Villa Tras Restaurar")[0]
    # Lo guardado después está en el archivo vivo, el de la ruta.
    assert leer_del_archivo(ruta_red, "SELECT count(*) FROM miembros WHERE nombre = 'Villa Tras Restaurar'") == [(1,)]
    assert leer_del_archivo(ruta_red, "SELECT count(*) FROM miembros") == [(301,)]


def test_nada_se_escribe_en_el_archivo_viejo_aunque_la_ventana_aun_no_lo_haya_notado(ventana, monkeypatch,
                                                                                      copia_de_la_demo, tmp_path,
                                                                                     cli_proceso):
    ruta_red = copia_de_la_demo
    respaldo = tmp_path / "antes.db"
    assert cli_proceso("respaldo", "crear", respaldo, db=ruta_red).returncode == 0
    ventana.vigia.stop()  # el temporizador todavía no miró: es la transacción la que lo nota
    assert cli_proceso("respaldo", "restaurar", respaldo, db=ruta_red).returncode == 0

    guardado, mensaje = _alta_desde_la_ventana(ventana, monkeypatch, "Villa Perdida")
    assert not guardado
    assert "fue reemplazada por otro programa" in mensaje and "no se guardó nada" in mensaje
    assert leer_del_archivo(ruta_red, "SELECT count(*) FROM miembros WHERE nombre = 'Villa Perdida'") == [(0,)]

    ventana.vigia.start()
    ventana._vigilar()
    assert ventana.aviso_base is not None
    ventana.aviso_base.accept()
    assert _alta_desde_la_ventana(ventana, monkeypatch, "Villa Perdida")[0]
    assert leer_del_archivo(ruta_red, "SELECT count(*) FROM miembros WHERE nombre = 'Villa Perdida'") == [(1,)]


# --- otro proceso retiene el permiso de escritura --------------------------------------------------------

def _retener(ruta: Path, segundos: float, entorno: dict) -> subprocess.Popen:
    otro = otro_proceso(RETENER_ESCRITURA, ruta, segundos, entorno=entorno)
    assert otro.stdout.readline().strip() == "tomado"
    return otro


def _cartel():
    """El cartel de espera a la vista (una ventana suelta, encima de todas: interfaz/espera.py), o None."""
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "cartelDeEspera" and w.isVisible()),
                None)


def _observar_espera(ventana, tmp_path: Path, nombre: str) -> dict:
    """Mientras la ventana espera: lo que muestra la barra de estado y el cursor (y una captura)."""
    visto = {"mensajes": [], "cursor_de_espera": False, "cartel": []}

    def mirar():
        mensaje = ventana.statusBar().currentMessage()
        if mensaje and mensaje not in visto["mensajes"]:
            visto["mensajes"].append(mensaje)
            if "esperando" in mensaje.lower() and "captura" not in visto:
                visto["captura"] = capturar(ventana, f"esperando-a-otro-programa-{nombre}", tmp_path)
        cartel = _cartel()
        if cartel is not None:
            if not visto["cartel"]:
                capturar(cartel, f"cartel-de-espera-{nombre}", tmp_path)
            visto["cartel"].append(cartel.text())
        if QGuiApplication.overrideCursor() is not None:
            visto["cursor_de_espera"] = True

    reloj = QTimer(ventana)
    reloj.timeout.connect(mirar)
    reloj.start(100)
    visto["reloj"] = reloj
    return visto


def test_mientras_otro_programa_escribe_la_ventana_espera_con_un_aviso_y_luego_guarda(
        ventana, qtbot, monkeypatch, copia_de_la_demo, tmp_path, entorno_cli):
    ruta_red = copia_de_la_demo
    otro = _retener(ruta_red, 2, entorno_cli)  # el aviso aparece a los 0,2 s (INTENTO_CON_AVISO_MS): 2 s sobran
    visto = _observar_espera(ventana, tmp_path, "y-guarda")
    inicio = time.monotonic()
    guardado, _mensaje = _alta_desde_la_ventana(ventana, monkeypatch, "Villa Paciente")
    demora = time.monotonic() - inicio
    visto["reloj"].stop()
    assert otro.wait(timeout=30) == 0

    assert guardado
    assert demora >= 1  # esperó a que el otro soltara la base (la retiene 2 s)
    assert any("Esperando para guardar" in m and "otro programa" in m for m in visto["mensajes"]), visto["mensajes"]
    assert visto["cursor_de_espera"]
    assert visto["cartel"] and "otro programa" in visto["cartel"][-1]  # visible aunque la ficha tape la ventana
    assert QGuiApplication.overrideCursor() is None  # al terminar, el cursor vuelve
    assert _cartel() is None
    assert "Esperando" not in ventana.statusBar().currentMessage()
    assert leer_del_archivo(ruta_red, "SELECT count(*) FROM miembros WHERE nombre = 'Villa Paciente'") == [(1,)]
    assert ventana.etiqueta_miembros.text() == "299 miembros vigentes"


def test_si_otro_programa_no_suelta_la_base_falla_con_un_mensaje_claro(ventana, monkeypatch, copia_de_la_demo, tmp_path,
                                                                       entorno_cli):
    ruta_red = copia_de_la_demo
    monkeypatch.setattr(conexion, "ESPERA_CON_AVISO_S", 1.5)
    otro = _retener(ruta_red, 6, entorno_cli)
    visto = _observar_espera(ventana, tmp_path, "hasta-el-limite")
    guardado, mensaje = _alta_desde_la_ventana(ventana, monkeypatch, "Villa Impaciente")
    visto["reloj"].stop()
    otro.kill()
    otro.wait(timeout=30)

    assert not guardado
    assert "No se guardó nada" in mensaje and "otro programa" in mensaje and "está escribiendo" in mensaje
    assert "vuelva a intentarlo" in mensaje
    assert visto["mensajes"]
    assert QGuiApplication.overrideCursor() is None
    assert leer_del_archivo(ruta_red, "SELECT count(*) FROM miembros WHERE nombre = 'Villa Impaciente'") == [(0,)]


# --- las reglas de sesión de un órgano: el mismo cuidado ---------------------------------------------------

def test_reglas_de_sesion_no_pisan_lo_que_cambio_la_linea_de_ordenes(ventana, qtbot, copia_de_la_demo, tmp_path,
                                                                     cli_proceso):
    ruta_red = copia_de_la_demo
    from escritorio.interfaz.dialogos.reglas_sesion import DialogoReglasSesion
    from escritorio.servicios.sesiones.reglas import reglas_de_sesion

    consejo = {"id": leer_del_archivo(ruta_red, "SELECT id FROM organos WHERE nombre = 'Consejo'")[0][0],
               "nombre": "Consejo"}
    dialogo = DialogoReglasSesion(oficina_de(ventana.db, ventana.asociacion), consejo, ventana)
    qtbot.addWidget(dialogo)
    dialogo.show()
    poderes_antes = dialogo.poderes.value()
    assert poderes_antes >= 0  # la red de ejemplo fija un máximo de poderes

    def en_el_archivo():
        db = abrir_base(ruta_red)
        try:
            return reglas_de_sesion(Contexto(db, ventana.asociacion["id"]), consejo["id"])
        finally:
            db.close()

    # Menos poderes y más anticipación: más exigentes que los arts. 21 y 18, con motivo (issue 59, punto 1).
    dialogo.poderes.setValue(poderes_antes - 1)
    dialogo.motivo.setText("Menos poderes por delegación")
    resultado = cli_proceso("organos", "reglas", "Consejo", "--anticipacion", "25", "--motivo", "Más anticipación",
                            db=ruta_red)
    assert resultado.returncode == 0, resultado.stderr

    visto = {}
    _responder_conflicto("Cancelar", visto, tmp_path)
    dialogo.guardar()
    assert "Días de anticipación" in visto["texto"] and "25" in visto["texto"]
    assert dialogo.isVisible()  # no se cerró: lo escrito sigue para revisarlo
    assert "No se guardó nada" in " ".join(dialogo.avisos.avisos + [dialogo.avisos.etiqueta.text()])
    en_base = en_el_archivo()
    assert en_base.anticipacion_dias == 25 and en_base.poderes_maximos == poderes_antes

    visto = {}
    _responder_conflicto("Recargar", visto, tmp_path)
    dialogo.guardar()  # guardar otra vez vuelve a preguntar: nunca se pisa en silencio
    assert visto["titulo"] == "Otro programa cambió estos datos"
    assert dialogo.anticipacion.value() == 25 and dialogo.poderes.value() == poderes_antes
    dialogo.poderes.setValue(poderes_antes - 1)
    dialogo.guardar()  # ahora sí: sobre lo recargado, sin pregunta
    assert not dialogo.isVisible()
    en_base = en_el_archivo()
    assert (en_base.anticipacion_dias, en_base.poderes_maximos) == (25, poderes_antes - 1)


CAMBIAR_CONTACTO = """
    import sys
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.ficha import guardar_contacto

    db = abrir_base(sys.argv[1])
    guardar_contacto(db, int(sys.argv[2]), "Ana Pérez", "Enlace técnico", sys.argv[4], None, contacto_id=int(sys.argv[3]))
    db.close()
"""


def test_un_contacto_cambiado_por_otro_programa_no_se_pisa(ventana, qtbot, copia_de_la_demo, tmp_path, entorno_cli):
    ruta_red = copia_de_la_demo
    from escritorio.interfaz.dialogos.ficha_miembro import DialogoContacto
    from escritorio.servicios.ficha import guardar_contacto, obtener_ficha

    rosario = id_de(ruta_red, "Rosario")
    guardar_contacto(ventana.db, rosario, "Ana Pérez", "Enlace técnico", "ana@rosario.gob.ar")
    contacto = obtener_ficha(ventana.db, rosario)["contactos"][0]
    dialogo = DialogoContacto(oficina_de(ventana.db), rosario, contacto, ventana)
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.telefono.setText("+54 341 444-0000")
    otro = otro_proceso(CAMBIAR_CONTACTO, ruta_red, rosario, contacto["id"], "ana.perez@rosario.gob.ar",
                        entorno=entorno_cli)
    assert otro.wait(timeout=60) == 0, otro.stderr.read()

    visto = {}
    _responder_conflicto("Cancelar", visto, tmp_path)
    dialogo.accept()
    assert "ana.perez@rosario.gob.ar" in visto["texto"]
    assert dialogo.isVisible() and "No se guardó nada" in dialogo.aviso.text()
    assert leer_del_archivo(ruta_red, "SELECT correo, telefono FROM contactos WHERE id = ?", [contacto["id"]]) == [
        ("ana.perez@rosario.gob.ar", None)]


def test_la_regla_de_voto_no_pisa_lo_que_cambio_la_linea_de_ordenes(ventana, qtbot, monkeypatch, copia_de_la_demo,
                                                                     tmp_path, cli_proceso):
    ruta_red = copia_de_la_demo
    from escritorio.interfaz.vistas import cuotas as modulo_cuotas

    ventana.navegacion.setCurrentRow(2)  # Cuotas
    ventana.cuotas.pestanas.setCurrentWidget(ventana.cuotas.morosidad)

    def cambiar_mientras_esta_abierto(dialogo):
        dialogo.cuotas.setValue(4)
        resultado = cli_proceso("cuotas", "regla-voto", "--cuotas", "1", "--articulo", "Reglamento, art. 2",
                                db=ruta_red)
        assert resultado.returncode == 0, resultado.stderr
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(modulo_cuotas.DialogoReglaVoto, "exec", cambiar_mientras_esta_abierto)
    visto = {}
    _responder_conflicto("Cancelar", visto, tmp_path)
    ventana.cuotas.morosidad.cambiar_regla()
    assert "Reglamento, art. 2" in visto["texto"]
    assert leer_del_archivo(ruta_red, "SELECT cuotas_para_suspender, articulo_suspension FROM asociaciones") == [
        (1, "Reglamento, art. 2")]
    assert "1 cuota" in ventana.cuotas.morosidad.regla.text()  # se ve la regla que quedó en la base


def test_si_otro_programa_mueve_la_base_la_ventana_avisa_y_no_escribe(ventana, qtbot, monkeypatch, copia_de_la_demo):
    ruta_red = copia_de_la_demo
    movida = ruta_red.with_name("movida.db")
    os.replace(ruta_red, movida)  # como un explorador de archivos que la renombra
    qtbot.waitUntil(lambda: ventana.aviso_base is not None, timeout=10_000)
    assert ventana.aviso_base.windowTitle() == "La base ya no está"
    assert "ya no está en su lugar" in ventana.aviso_base.text() and "Archivo > Abrir" in ventana.aviso_base.text()
    ventana.aviso_base.accept()
    guardado, mensaje = _alta_desde_la_ventana(ventana, monkeypatch, "Villa Extraviada")
    assert not guardado and "ya no está en su lugar" in mensaje
    assert not ruta_red.exists()  # no se creó una base vacía en su lugar
    qtbot.wait(3 * ventana_principal.VIGILAR_MS)
    assert ventana.aviso_base is None  # se avisa una vez, no cada vez que el vigía mira
