"""La bienvenida de una base vacía, con sus diálogos reales y temporizadores: Esc ya no cierra el programa en
silencio (pregunta) y la red de ejemplo se crea con un diálogo de progreso que se ve y avanza por etapas."""

from pathlib import Path
import os
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from escritorio.interfaz import primer_uso
from escritorio.interfaz.dialogos.bienvenida import DialogoBienvenida
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.demo import ETAPAS_DEMO
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_padron

CAPTURAS = str((Path(os.environ.get("ESCRITORIO_ARTEFACTOS", "").strip() or Path(__file__).resolve().parents[1] / "artefactos"))
               / "capturas")   # las que se miraron al hacerlas; fuera del repositorio (.gitignore)


class Guion:
    """Pasos que se hacen, con temporizadores reales, cuando el diálogo modal esperado está a la vista."""

    def __init__(self, qtbot, pasos):
        self.qtbot, self.pasos, self.vistos = qtbot, list(pasos), []
        QTimer.singleShot(0, self._mirar)

    def _mirar(self):
        if not self.pasos:
            return
        QTimer.singleShot(20, self._mirar)   # antes de actuar: la acción puede abrir otro diálogo modal y quedarse ahí
        clase, accion = self.pasos[0]
        activo = QApplication.activeModalWidget()
        if isinstance(activo, clase) and activo.isVisible():
            self.pasos.pop(0)
            numero = len(self.vistos)
            self.vistos.append(None)
            self.vistos[numero] = accion(activo)   # en el orden de los pasos, aunque uno quede abierto dentro de otro


def boton(dialogo, texto: str) -> QPushButton:
    return next(b for b in dialogo.findChildren(QPushButton) if b.text() == texto)


def test_esc_en_la_bienvenida_pregunta_y_seguir_aqui_vuelve(qtbot, tmp_path):
    db = abrir_base(tmp_path / "nueva.db")

    def esc(dialogo):
        qtbot.keyClick(dialogo, Qt.Key.Key_Escape)
        return "esc"

    def leer_y_responder(respuesta):
        def hacer(pregunta: QMessageBox):
            texto = pregunta.text()
            next(b for b in pregunta.buttons() if b.text() == respuesta).click()
            return texto
        return hacer

    guion = Guion(qtbot, [(DialogoBienvenida, esc), (QMessageBox, leer_y_responder("Seguir aquí")),
                          (DialogoBienvenida, lambda d: boton(d, "Salir").click()),
                          (QMessageBox, leer_y_responder("Salir"))])
    assert primer_uso.preparar_primer_uso(db) is False
    assert not guion.pasos                                 # pasó por todo: Esc, «Seguir aquí», «Salir», «Salir»
    pregunta = guion.vistos[1]
    assert pregunta.startswith("¿Salir sin crear una asociación?")
    assert str(tmp_path / "nueva.db") in pregunta and "volverá a ver esta bienvenida" in pregunta
    assert listar_asociaciones(db) == []
    db.close()


def test_la_red_de_ejemplo_se_crea_con_un_progreso_que_se_ve_y_avanza(qtbot, tmp_path):
    db = abrir_base(tmp_path / "nueva.db")
    progreso: list[tuple[int, int, str]] = []

    def mirar_progreso():
        for ventana in QApplication.topLevelWidgets():
            if isinstance(ventana, QProgressDialog) and ventana.isVisible():
                dato = (ventana.value(), ventana.maximum(), ventana.labelText())
                if not progreso or progreso[-1] != dato:
                    progreso.append(dato)
        if not listo:
            QTimer.singleShot(5, mirar_progreso)

    listo = []
    Guion(qtbot, [(DialogoBienvenida, lambda d: boton(d, "Explorar la red de ejemplo").click())])
    QTimer.singleShot(0, mirar_progreso)
    assert primer_uso.preparar_primer_uso(db) is True
    listo.append(True)
    assert progreso, "el diálogo de progreso no se mostró"
    assert all(maximo == 100 for _, maximo, _ in progreso)
    valores = [valor for valor, _, _ in progreso]
    assert valores == sorted(valores) and len(set(valores)) >= 3        # avanza, nunca retrocede
    etiquetas = {etiqueta for _, _, etiqueta in progreso}
    assert len(etiquetas & {texto for texto, _ in ETAPAS_DEMO}) >= 3     # dice qué está haciendo
    asociacion = listar_asociaciones(db)[0]
    assert len(listar_padron(Contexto(db, asociacion["id"]))) == 300
    db.close()


def test_cancelar_la_red_de_ejemplo_no_deja_nada_y_vuelve_a_la_bienvenida(qtbot, tmp_path):
    db = abrir_base(tmp_path / "nueva.db")

    def cancelar(progreso: QProgressDialog):
        boton(progreso, "Cancelar").click()

    def salir(pregunta: QMessageBox):
        next(b for b in pregunta.buttons() if b.text() == "Salir").click()

    guion = Guion(qtbot, [(DialogoBienvenida, lambda d: boton(d, "Explorar la red de ejemplo").click()),
                          (QProgressDialog, cancelar),
                          (DialogoBienvenida, lambda d: boton(d, "Salir").click()),   # volvió a la bienvenida
                          (QMessageBox, salir)])
    assert primer_uso.preparar_primer_uso(db) is False
    assert not guion.pasos
    assert listar_asociaciones(db) == []                  # la transacción se deshizo entera
    assert db.execute("SELECT count(*) FROM miembros").fetchone()[0] == 0
    db.close()


def test_la_bienvenida_dice_en_dos_lineas_lo_que_hace_hoy(qtbot, tmp_path):
    """Issue 42: decía que Escritorio guarda «el padrón de miembros, sus países y sus datos»."""
    import os

    dialogo = DialogoBienvenida(None, ruta=str(tmp_path / "nueva.db"))
    qtbot.addWidget(dialogo)
    dialogo.show()
    try:
        qtbot.waitExposed(dialogo)
        texto = dialogo.que_hace.text()
        assert len(texto.split("\n")) == 2 and "sus países y sus datos" not in texto
        for hace in ("padrón", "estatutos", "órganos", "mandatos", "cuotas por tramo de población", "morosidad",
                     "quórum", "votaciones", "actas que se congelan", "PDF", "Excel"):
            assert hace in texto, hace
        # Se lee entero, en dos líneas, y el diálogo entra en una pantalla de 1024×600.
        assert dialogo.width() <= 1024 and dialogo.height() <= 600
        etiqueta = dialogo.que_hace
        assert etiqueta.heightForWidth(etiqueta.width()) <= 2 * etiqueta.fontMetrics().lineSpacing() + 4
        assert etiqueta.geometry().bottom() < boton(dialogo, "Crear una asociación").geometry().top()
        os.makedirs(CAPTURAS, exist_ok=True)
        dialogo.grab().save(f"{CAPTURAS}/bienvenida.png")
    finally:
        dialogo.accept()   # cerrarla con la X preguntaría si salir (test_esc_en_la_bienvenida_pregunta…)
