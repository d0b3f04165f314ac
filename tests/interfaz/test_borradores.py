"""Lo que se escribe se guarda: el borrador del acta (Apertura, Preside, Secretaría, Cierre) y el resumen de
cada punto se guardan solos un momento después de la última tecla, y también al volver a la lista, al cambiar
de área y al cerrar la ventana, aunque el temporizador no haya llegado a disparar. Si la base no lo acepta (el
acta se aprobó entretanto), se avisa y lo escrito queda copiado en un archivo.

Todo por el camino del usuario: la ventana principal real sobre una base en disco, teclas de verdad y el
temporizador real; se comprueba releyendo la base con otra conexión y volviendo a abrir la ventana.
"""

import sqlite3
import shutil
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.dialogos import cargar_norma, organo
from escritorio.interfaz.dialogos.sesion.piezas import carpeta_a_salvo
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.actas import aprobar_acta, guardar_borrador, obtener_acta
from escritorio.servicios.aprobacion_de_actas import agregar_punto_de_aprobacion
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base, hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.estatutos import listar_normas, texto_en
from escritorio.servicios.organos import listar_organos
from escritorio.servicios.sesiones.asistencia import (MarcaAsistencia, asistencia, marcar_celebrada,
                                                      registrar_asistencias)
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto, orden_del_dia
from escritorio.servicios.votaciones import NuevaVotacion, adoptar_resolucion, votar
from escritorio.interfaz.piezas import elegir_archivo

AREA_ESTATUTOS, AREA_ORGANOS, AREA_SESIONES = 3, 4, 6


# --- la base y la ventana -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def red_con_sesion(tmp_path_factory, demo_creada_por_la_cli):
    """La red de ejemplo y una sesión del Consejo de hoy, armada con los servicios: un punto informativo y la
    aprobación de la presente acta ya votada y resuelta (así otra ventana puede aprobar el acta «entretanto»).
    Se arma una vez; cada prueba trabaja sobre su copia."""
    ruta = tmp_path_factory.mktemp("red") / "red.db"
    shutil.copy(demo_creada_por_la_cli, ruta)  # la demo, armada una vez en la corrida
    db = abrir_base(ruta)
    aid = listar_asociaciones(db)[0]["id"]
    contexto = Contexto(db, aid)
    consejo = next(o["id"] for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    sesion = convocar(contexto, consejo, NuevaSesion(hoy(), hora="10:30", lugar="Intendencia de Montevideo",
                                                     convocada_el=hoy() - timedelta(days=20)))
    agregar_punto(contexto, sesion, "Informe de la Secretaría Ejecutiva", "informativo")
    aprueba = agregar_punto_de_aprobacion(contexto, sesion, titulo="Aprobación de la presente acta")["punto_id"]
    for h in asistencia(contexto, sesion).habilitados:
        if h.con_voto:
            registrar_asistencias(contexto, sesion, [MarcaAsistencia(h.miembro_id, "presente")])
    presentes = asistencia(contexto, sesion).quorum.presentes
    votar(contexto, aprueba, NuevaVotacion(a_favor=presentes))
    resolucion = adoptar_resolucion(contexto, aprueba, "resolucion", "Aprueba el acta de la presente sesión")
    db.close()
    return ruta, {"asociacion": aid, "sesion": sesion, "resolucion": resolucion["id"]}


@pytest.fixture
def base(red_con_sesion, tmp_path):
    """(ruta de una copia en disco, datos de la sesión)."""
    ruta, datos = red_con_sesion
    copia = tmp_path / "red.db"
    shutil.copy(ruta, copia)
    return copia, datos


@pytest.fixture
def avisos(monkeypatch):
    """Los avisos que vería el usuario; un error inesperado hace fallar la prueba."""
    anotados: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, titulo, texto, *a, **k: anotados.append((titulo, texto)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: anotados.append((titulo, texto)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    return anotados


class Programa:
    """Abrir la ventana principal sobre la base, cerrarla (y la base) y volver a abrirla, como lo hace el usuario."""

    def __init__(self, qtbot, ruta, ajustes):
        self.qtbot, self.ruta, self.ajustes = qtbot, ruta, ajustes
        self.db = self.ventana = None

    def abrir(self) -> VentanaPrincipal:
        self.db = abrir_base(self.ruta)
        self.ventana = VentanaPrincipal(self.db, self.ajustes)
        self.qtbot.addWidget(self.ventana)
        self.ventana.show()
        return self.ventana

    def cerrar(self) -> bool:
        """Cierra la ventana (como con la ✕ o Archivo > Salir) y, si se cerró, la base. True si se cerró."""
        self.ventana.close()
        if self.ventana.isVisible():
            return False
        self.db.close()
        return True

    def abrir_sesion(self, sesion_id: int):
        """Área Sesiones, elegir la sesión en la lista y «Abrir la sesión». Devuelve el editor."""
        self.ventana.navegacion.setCurrentRow(AREA_SESIONES)
        vista = self.ventana.sesiones
        assert vista.seleccionar(sesion_id)
        vista.boton_abrir.click()
        assert vista.paginas.currentWidget() is vista.editor
        return vista.editor


@pytest.fixture
def programa(qtbot, base, tmp_path, avisos):
    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    programa = Programa(qtbot, base[0], ajustes)
    yield programa
    if programa.ventana is not None and programa.ventana.isVisible():
        programa.cerrar()


def en_la_base(ruta, consulta):
    """Lo que dice la base en disco, leído con otra conexión (lo que vería otro programa o la próxima apertura)."""
    lector = abrir_base(ruta)
    try:
        return consulta(lector)
    finally:
        lector.close()


def borrador(ruta, datos) -> dict:
    contenido = en_la_base(ruta, lambda db: obtener_acta(Contexto(db, datos["asociacion"]), datos["sesion"]).contenido)
    return {"apertura": contenido.apertura, "preside": contenido.preside, "secretaria": contenido.secretaria,
            "cierre": contenido.cierre}


def resumen_del_informe(ruta, datos) -> str | None:
    return en_la_base(ruta, lambda db: orden_del_dia(Contexto(db, datos["asociacion"]), datos["sesion"])[0]["resumen"])


ACTA = {"apertura": "En Montevideo, siendo las 10:30 horas, se reúne el Consejo en sesión ordinaria.",
        "preside": "Intendente de Montevideo",
        "secretaria": "Secretaría Técnica Permanente",
        "cierre": "No habiendo más asuntos que tratar, se levanta la sesión a las 12:15."}
RESUMEN = "La Secretaría Ejecutiva presentó el informe semestral; no hubo observaciones."


def teclear(qtbot, campo, texto: str) -> None:
    """Tecla por tecla, como el usuario. QTest.keyClicks solo conoce el ASCII: las letras con tilde van como la
    tecla que las produce (un evento de teclado con su texto)."""
    for letra in texto:
        if letra.isascii():
            qtbot.keyClicks(campo, letra)
        else:
            for tipo in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(campo, QKeyEvent(tipo, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letra))


def escribir_el_acta(qtbot, editor, campos: dict) -> None:
    editor.pestanas.setCurrentWidget(editor.tab_acta)
    for nombre, texto in campos.items():
        teclear(qtbot, getattr(editor.tab_acta, nombre), texto)


def escribir_el_resumen(qtbot, editor, texto: str) -> None:
    editor.pestanas.setCurrentWidget(editor.orden)
    assert editor.orden.titulo.text() == "1. Informe de la Secretaría Ejecutiva"
    teclear(qtbot, editor.orden.resumen, texto)


# --- se guarda solo ----------------------------------------------------------------------------------------


def test_el_borrador_del_acta_se_guarda_solo_y_sigue_ahi_al_reabrir(guardado_pronto, programa, base, qtbot, avisos):
    ruta, datos = base
    programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    escribir_el_acta(qtbot, editor, {"preside": ACTA["preside"]})
    assert editor.tab_acta.estado_guardado.text() == "Sin guardar…"
    qtbot.waitUntil(lambda: borrador(ruta, datos)["preside"] == ACTA["preside"], timeout=5000)
    assert editor.tab_acta.estado_guardado.text() == "✓ Borrador guardado"

    escribir_el_acta(qtbot, editor, {c: v for c, v in ACTA.items() if c != "preside"})
    qtbot.waitUntil(lambda: borrador(ruta, datos) == ACTA, timeout=5000)
    editor.boton_volver.click()
    assert programa.cerrar()

    programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    editor.pestanas.setCurrentWidget(editor.tab_acta)
    acta = editor.tab_acta
    assert {"apertura": acta.apertura.toPlainText(), "preside": acta.preside.text(),
            "secretaria": acta.secretaria.text(), "cierre": acta.cierre.toPlainText()} == ACTA
    assert avisos == []


def test_el_resumen_de_un_punto_se_guarda_solo_y_sigue_ahi_al_reabrir(guardado_pronto, programa, base, qtbot, avisos):
    ruta, datos = base
    programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    escribir_el_resumen(qtbot, editor, RESUMEN)
    assert editor.orden.estado_guardado.text() == "Sin guardar…"
    qtbot.waitUntil(lambda: resumen_del_informe(ruta, datos) == RESUMEN, timeout=5000)
    assert editor.orden.estado_guardado.text() == "✓ Guardado"
    editor.boton_volver.click()
    assert programa.cerrar()

    programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    assert editor.orden.resumen.toPlainText() == RESUMEN
    assert avisos == []


# --- se guarda antes de que dispare el temporizador ---------------------------------------------------------

def test_cerrar_la_ventana_enseguida_guarda_lo_escrito(programa, base, qtbot, avisos):
    ruta, datos = base
    programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    escribir_el_resumen(qtbot, editor, RESUMEN)
    escribir_el_acta(qtbot, editor, {"preside": ACTA["preside"], "cierre": ACTA["cierre"]})
    assert editor.tab_acta._demora.isActive()          # el temporizador todavía no disparó
    assert borrador(ruta, datos)["preside"] is None
    assert programa.cerrar()
    assert borrador(ruta, datos)["preside"] == ACTA["preside"]
    assert borrador(ruta, datos)["cierre"] == ACTA["cierre"]
    assert resumen_del_informe(ruta, datos) == RESUMEN

    programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    assert editor.tab_acta.preside.text() == ACTA["preside"]
    assert editor.orden.resumen.toPlainText() == RESUMEN
    assert avisos == []


def test_cambiar_de_area_enseguida_guarda_lo_escrito(programa, base, qtbot, avisos):
    ruta, datos = base
    ventana = programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    escribir_el_acta(qtbot, editor, {"secretaria": ACTA["secretaria"]})
    assert editor.tab_acta._demora.isActive()
    ventana.navegacion.setCurrentRow(1)   # Miembros
    assert ventana.areas.currentWidget() is ventana.miembros
    assert borrador(ruta, datos)["secretaria"] == ACTA["secretaria"]

    ventana.navegacion.setCurrentRow(AREA_SESIONES)
    escribir_el_resumen(qtbot, editor, RESUMEN)
    assert editor.orden._demora.isActive()
    ventana.navegacion.setCurrentRow(0)   # Inicio
    assert resumen_del_informe(ruta, datos) == RESUMEN
    assert avisos == []


def test_volver_a_la_lista_enseguida_guarda_lo_escrito(programa, base, qtbot, avisos):
    ruta, datos = base
    programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    escribir_el_acta(qtbot, editor, {"apertura": ACTA["apertura"]})
    editor.boton_volver.click()
    assert programa.ventana.sesiones.paginas.currentWidget() is programa.ventana.sesiones.pagina_lista
    assert borrador(ruta, datos)["apertura"] == ACTA["apertura"]

    editor = programa.abrir_sesion(datos["sesion"])
    assert editor.tab_acta.apertura.toPlainText() == ACTA["apertura"]
    escribir_el_resumen(qtbot, editor, RESUMEN)
    editor.boton_volver.click()
    assert resumen_del_informe(ruta, datos) == RESUMEN
    assert avisos == []


def test_abrir_otra_base_enseguida_guarda_lo_escrito_en_la_anterior(programa, base, qtbot, avisos, monkeypatch,
                                                                     tmp_path):
    ruta, datos = base
    otra = tmp_path / "otra.db"
    shutil.copy(ruta, otra)
    ventana = programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    escribir_el_acta(qtbot, editor, {"preside": ACTA["preside"]})
    monkeypatch.setattr(elegir_archivo, "para_abrir", lambda *a, **k: str(otra))
    ventana.abrir_otra()                       # Archivo > Abrir…
    programa.db = ventana.db
    assert str(otra) in ventana.etiqueta_ruta.text()
    assert borrador(ruta, datos)["preside"] == ACTA["preside"]
    assert borrador(otra, datos)["preside"] is None
    assert avisos == []


def test_lo_escrito_no_se_tapa_cuando_la_sesion_se_relee(programa, base, qtbot, avisos):
    """Otra área cambió algo (un pago, un mandato) y la sesión abierta se relee mientras se escribe."""
    ruta, datos = base
    ventana = programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    escribir_el_resumen(qtbot, editor, RESUMEN)
    ventana.sesiones.invalidar()
    assert editor.orden.resumen.toPlainText() == RESUMEN
    assert resumen_del_informe(ruta, datos) == RESUMEN
    escribir_el_acta(qtbot, editor, {"preside": ACTA["preside"]})
    ventana.sesiones.invalidar()
    assert editor.tab_acta.preside.text() == ACTA["preside"]
    assert borrador(ruta, datos)["preside"] == ACTA["preside"]
    assert avisos == []


# --- si la base no lo acepta -----------------------------------------------------------------------------------

def aprobar_desde_otra_ventana(ruta, datos) -> None:
    """Otra ventana (u otra secretaría con la CLI) guarda el borrador y aprueba el acta mientras aquí se escribe."""
    def aprobar(db):
        contexto = Contexto(db, datos["asociacion"])
        guardar_borrador(contexto, datos["sesion"], apertura="Texto de la otra ventana.",
                         cierre="Se levanta la sesión.", preside="Presidencia", secretaria="Secretaría")
        marcar_celebrada(contexto, datos["sesion"], "13:00")
        aprobar_acta(contexto, datos["sesion"], datos["resolucion"], hoy())

    en_la_base(ruta, aprobar)


def archivos_a_salvo() -> list:
    carpeta = carpeta_a_salvo()
    return sorted(carpeta.glob("*.txt")) if carpeta.is_dir() else []


def test_si_el_acta_se_aprobo_entretanto_se_avisa_y_lo_escrito_queda_en_un_archivo(guardado_pronto, programa, base, qtbot, avisos):
    ruta, datos = base
    programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    escribir_el_acta(qtbot, editor, {"preside": ACTA["preside"]})
    aprobar_desde_otra_ventana(ruta, datos)
    qtbot.waitUntil(lambda: len(avisos) == 1, timeout=5000)   # el temporizador dispara y la base no lo acepta

    titulo, texto = avisos[0]
    assert titulo == "No se guardó lo escrito"
    assert "borrador del acta" in texto and "ya está aprobada" in texto
    [archivo] = archivos_a_salvo()
    assert str(archivo) in texto
    contenido = archivo.read_text(encoding="utf-8")
    assert ACTA["preside"] in contenido and "Preside:" in contenido
    assert borrador(ruta, datos)["preside"] == "Presidencia"   # el acta aprobada no cambió (la de la otra ventana)

    assert programa.cerrar()   # ya quedó a salvo: se cierra sin otro aviso
    assert len(avisos) == 1


def test_un_resumen_que_la_base_no_acepta_queda_en_un_archivo_al_cerrar(programa, base, qtbot, avisos):
    ruta, datos = base
    programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    escribir_el_resumen(qtbot, editor, RESUMEN)
    aprobar_desde_otra_ventana(ruta, datos)
    assert programa.cerrar()
    [(titulo, texto)] = avisos
    assert "resumen del punto" in texto and "Informe de la Secretaría Ejecutiva" in texto
    [archivo] = archivos_a_salvo()
    assert RESUMEN in archivo.read_text(encoding="utf-8")
    assert resumen_del_informe(ruta, datos) is None


def test_si_tampoco_se_puede_escribir_el_archivo_la_ventana_no_se_cierra(programa, base, qtbot, avisos, monkeypatch,
                                                                          tmp_path):
    ruta, datos = base
    ocupado = tmp_path / "no-es-una-carpeta"
    ocupado.write_text("un archivo donde iría la carpeta de datos")
    monkeypatch.setenv("XDG_DATA_HOME", str(ocupado))
    programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    escribir_el_acta(qtbot, editor, {"preside": ACTA["preside"]})
    aprobar_desde_otra_ventana(ruta, datos)
    assert not programa.cerrar()             # la ventana sigue abierta, con lo escrito a la vista
    [(titulo, texto)] = avisos
    assert "Tampoco se pudo copiar" in texto and "Ctrl+C" in texto
    assert editor.tab_acta.preside.text() == ACTA["preside"]
    assert programa.cerrar()                 # ya se avisó: la segunda vez se cierra
    assert len(avisos) == 1


def test_si_la_base_se_cerro_por_debajo_lo_escrito_queda_en_un_archivo(programa, base, qtbot, avisos):
    """Restaurar un respaldo cierra la base antes de reemplazar el archivo: lo que se estaba escribiendo ya no
    puede ir a esa base, pero no se pierde en silencio."""
    ruta, datos = base
    ventana = programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    escribir_el_resumen(qtbot, editor, RESUMEN)
    programa.db.close()
    ventana.navegacion.setCurrentRow(1)
    [(titulo, texto)] = avisos
    assert "ya estaba cerrada" in texto
    [archivo] = archivos_a_salvo()
    assert str(archivo) in texto and RESUMEN in archivo.read_text(encoding="utf-8")


# --- los diálogos con vista previa demorada -------------------------------------------------------------------

def test_crear_un_organo_justo_despues_de_escribir_el_articulo_lo_guarda_tal_cual(programa, base, qtbot, monkeypatch):
    """La cita del artículo se busca 0,3 s después de la última tecla; «Crear órgano» no espera a eso."""
    ruta, datos = base
    ventana = programa.abrir()
    ventana.navegacion.setCurrentRow(AREA_ORGANOS)

    def crear(dialogo):
        teclear(qtbot, dialogo.nombre, "Comisión de Finanzas")
        teclear(qtbot, dialogo.articulo, "Estatuto, art. 14")
        assert dialogo._demora.isActive()
        dialogo.boton_crear.click()
        return dialogo.result()

    monkeypatch.setattr(organo.DialogoNuevoOrgano, "exec", crear)
    ventana.organos.nuevo_organo()
    assert programa.cerrar()
    creado = en_la_base(ruta, lambda db: next(o for o in listar_organos(Contexto(db, datos["asociacion"]))
                                              if o["nombre"] == "Comisión de Finanzas"))
    assert creado["articulo"] == "Estatuto, art. 14"


TEXTO_NORMA = ("Artículo 1. Objeto\nEste reglamento ordena las unidades temáticas.\n"
               "Artículo 2. Coordinación\nCada unidad tiene una ciudad coordinadora.")


def test_guardar_una_norma_justo_despues_de_escribir_guarda_lo_ultimo_escrito(programa, base, qtbot, monkeypatch):
    """La vista previa se rehace 0,25 s después de la última tecla; «Guardar norma» usa el texto tal como está."""
    ruta, datos = base
    ventana = programa.abrir()
    ventana.navegacion.setCurrentRow(AREA_ESTATUTOS)

    def pegar_escribir_y_guardar(dialogo):
        dialogo.titulo.setText("Reglamento de unidades temáticas")
        dialogo.texto.setPlainText(TEXTO_NORMA)                       # pegado
        qtbot.waitUntil(dialogo.boton_guardar.isEnabled, timeout=3000)
        dialogo.texto.moveCursor(dialogo.texto.textCursor().MoveOperation.End)
        qtbot.keyClick(dialogo.texto, Qt.Key.Key_Return)
        teclear(qtbot, dialogo.texto, "Artículo 3. Informes")
        qtbot.keyClick(dialogo.texto, Qt.Key.Key_Return)
        teclear(qtbot, dialogo.texto, "Cada unidad informa al Consejo una vez al año.")
        assert dialogo._demora.isActive() and dialogo.cantidad.text() == "2 artículos leídos"
        dialogo.boton_guardar.click()
        return dialogo.result()

    monkeypatch.setattr(cargar_norma.DialogoCargarNorma, "exec", pegar_escribir_y_guardar)
    ventana.estatutos.cargar_texto()
    assert programa.cerrar()

    def articulos(db):
        contexto = Contexto(db, datos["asociacion"])
        norma = next(n for n in listar_normas(contexto) if n["titulo"] == "Reglamento de unidades temáticas")
        return [(a.numero, a.titulo) for a in texto_en(contexto, norma["id"])]

    assert en_la_base(ruta, articulos) == [("1", "Objeto"), ("2", "Coordinación"), ("3", "Informes")]


def test_restaurar_un_respaldo_enseguida_deja_lo_escrito_en_la_copia_antes_de_restaurar(programa, base, qtbot,
                                                                                         avisos, monkeypatch):
    """Escribir en el acta y, sin esperar, restaurar un respaldo desde la ventana: lo escrito no queda solo en
    pantalla, está en la copia «antes-de-restaurar» que el programa dice haber guardado."""
    from escritorio.datos import respaldo_copia
    from escritorio.interfaz.dialogos.respaldos import DialogoRespaldos

    ruta, datos = base
    viejo = respaldo_copia.respaldar(sqlite3.connect(ruta), ruta, "manual")
    ventana = programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    escribir_el_acta(qtbot, editor, {"preside": ACTA["preside"]})

    def elegir_el_viejo(dialogo):
        dialogo.elegido = viejo
        return 1
    monkeypatch.setattr(DialogoRespaldos, "exec", elegir_el_viejo)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    ventana.restaurar()
    (copia,) = (ruta.parent / "respaldos").glob("red-*-antes-de-restaurar.db")
    assert borrador(copia, datos)["preside"] == ACTA["preside"]
    assert borrador(ruta, datos)["preside"] != ACTA["preside"]   # la base es la del respaldo elegido
    programa.db = ventana.db


def test_proponer_textos_no_escribe_un_cierre_que_la_aprobacion_rechaza(programa, base, qtbot, avisos):
    """Issue 78: «Proponer textos» escribía «…siendo las … horas» sin la hora de cierre, y la revisión del borrador
    lo rechazaba después como marcador de plantilla. Ahora el cierre se propone con la hora, o se dice qué falta."""
    from escritorio.servicios.aprobacion_de_actas import BORRADOR_INCOMPLETO, motivos_para_no_aprobar

    ruta, datos = base
    programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    editor.pestanas.setCurrentWidget(editor.tab_acta)
    acta = editor.tab_acta
    qtbot.mouseClick(acta.boton_proponer, Qt.MouseButton.LeftButton)
    assert "siendo las 10:30 horas" in acta.apertura.toPlainText()
    assert acta.cierre.toPlainText() == ""
    assert avisos == [("Proponer textos", "Cierre: la sesión todavía no tiene hora de cierre; se propone cuando se "
                                          "registre (al marcarla celebrada).")]
    assert programa.cerrar()

    db = abrir_base(ruta)
    try:
        marcar_celebrada(Contexto(db, datos["asociacion"]), datos["sesion"], hora_cierre="12:45")
    finally:
        db.close()
    programa.abrir()
    editor = programa.abrir_sesion(datos["sesion"])
    editor.pestanas.setCurrentWidget(editor.tab_acta)
    acta = editor.tab_acta
    qtbot.mouseClick(acta.boton_proponer, Qt.MouseButton.LeftButton)
    assert acta.cierre.toPlainText() == "No habiendo más asuntos que tratar, se levanta la sesión siendo las 12:45 horas."
    for campo, texto in ((acta.preside, "Secretaría Ejecutiva"), (acta.secretaria, "Carolina Cosse")):
        campo.setText(texto)
    assert programa.cerrar()   # al cerrar, lo escrito se guarda
    motivos = en_la_base(ruta, lambda db: motivos_para_no_aprobar(Contexto(db, datos["asociacion"]), datos["sesion"]))
    assert [m for m in motivos if m["clave"] == BORRADOR_INCOMPLETO] == []
