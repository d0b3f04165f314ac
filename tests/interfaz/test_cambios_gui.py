"""Una sola notificación de qué cambió (interfaz/cambios.py), en la ventana real: lo que una área guarda se ve en las
otras al mostrarse, y ninguna área deja de suscribirse a lo que lee de la base."""

import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from escritorio.interfaz.cambios import TEMA_DE_TABLA, TEMAS, Cambios, temas
from escritorio.interfaz.dialogos.pago import DialogoPago
from escritorio.interfaz.dialogos.sesion.formularios import DialogoConvocar
from escritorio.interfaz.modelos.sesiones import C_PODER
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base, hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import listar_organos
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar

AREAS = {1: "miembros", 2: "cuotas", 3: "estatutos", 4: "organos", 5: "unidades", 6: "sesiones", 7: "convenios",
         8: "datos_personales"}


@pytest.fixture
def ajustes(tmp_path):
    return QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def avisos(monkeypatch):
    anotados = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, titulo, texto, *a, **k: anotados.append((titulo, texto)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    return anotados


def abrir_ventana(qtbot, db, ajustes) -> VentanaPrincipal:
    ventana = VentanaPrincipal(db, ajustes)
    qtbot.addWidget(ventana)
    ventana.show()
    qtbot.waitExposed(ventana)
    return ventana


def cuando_se_abra(clase, accion) -> dict:
    """Con un temporizador real: cuando el diálogo modal `clase` esté abierto, `accion(dialogo)`."""
    hecho: dict = {}

    def mirar():
        dialogo = QApplication.activeModalWidget()
        if isinstance(dialogo, clase):
            hecho["resultado"] = accion(dialogo)
        else:
            QTimer.singleShot(20, mirar)

    QTimer.singleShot(0, mirar)
    return hecho


class Escrituras:
    """Las tablas que escribe la base mientras se mira (autorizador de SQLite) y los temas que la ventana avisa."""

    def __init__(self, db, cambios: Cambios):
        self.tablas: set[str] = set()
        self.avisados: set[str] = set()
        cambios.cambio.connect(self.avisados.update)
        db.conn.set_authorizer(self._autorizar)

    def _autorizar(self, accion, tabla, *_):
        if accion in (sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE) and tabla:
            self.tablas.add(tabla)
        return sqlite3.SQLITE_OK

    @property
    def temas_escritos(self) -> set[str]:
        return {TEMA_DE_TABLA[t] for t in self.tablas if t in TEMA_DE_TABLA}


def test_las_unidades_nuevas_se_ofrecen_como_organo_en_sesiones(qtbot, ruta_db, asociacion_id, ajustes, avisos):
    db = abrir_base(ruta_db)
    ventana = abrir_ventana(qtbot, db, ajustes)
    ventana.navegacion.setCurrentRow(6)                     # Sesiones se mira primero: todavía no hay órganos
    assert ventana.sesiones.combo_organo.count() == 1       # «Todos los órganos»
    escrituras = Escrituras(db, ventana.cambios)

    ventana.navegacion.setCurrentRow(5)                     # Unidades temáticas: la plantilla crea 15 unidades
    qtbot.mouseClick(ventana.unidades.boton_plantilla, Qt.MouseButton.LeftButton)
    assert ("Unidades temáticas", "Se crearon 15 unidades temáticas.") in avisos
    assert escrituras.temas_escritos <= escrituras.avisados   # avisó todo lo que escribió
    db.conn.set_authorizer(None)

    ventana.navegacion.setCurrentRow(6)
    combo = ventana.sesiones.combo_organo
    qtbot.waitUntil(lambda: combo.count() == 16)
    assert "UT Cultura" in [combo.itemText(i) for i in range(combo.count())]

    ofrecidos = cuando_se_abra(DialogoConvocar, lambda d: (
        [d.organo.itemText(i) for i in range(d.organo.count())], d.reject())[0])
    ventana.sesiones.convocar()
    assert "UT Cultura" in ofrecidos["resultado"] and len(ofrecidos["resultado"]) == 15
    db.close()


def test_un_pago_en_cuotas_devuelve_el_voto_en_la_sesion_abierta(qtbot, copia_de_la_demo, ajustes, avisos,
                                                                 monkeypatch):
    db = abrir_base(copia_de_la_demo)
    asociacion = listar_asociaciones(db)[0]
    contexto = Contexto(db, asociacion["id"])
    asamblea = next(o["id"] for o in listar_organos(contexto) if o["nombre"] == "Asamblea General de Socios")
    sesion_id = convocar(contexto, asamblea, NuevaSesion(fecha=hoy(), hora="09:00", lugar="Asunción",
                                                         convocada_el=hoy() - timedelta(days=40)))
    ventana = abrir_ventana(qtbot, db, ajustes)
    ventana.navegacion.setCurrentRow(6)
    ventana.sesiones.abrir(sesion_id)
    asistencia = ventana.sesiones.editor.tab_asistencia
    deudor = next(f for f in asistencia.filas if not f.con_voto)
    modelo = asistencia.modelo
    assert modelo.data(modelo.index(modelo.fila_de(deudor.miembro_id), C_PODER)) == "Voto suspendido por cuotas impagas"
    base_antes = sum(1 for f in asistencia.filas if f.con_voto)

    ventana.navegacion.setCurrentRow(2)                      # Cuotas > Pagos > Registrar pago…
    cuotas = ventana.cuotas
    cuotas.pestanas.setCurrentWidget(cuotas.pagos)
    escrituras = Escrituras(db, ventana.cambios)

    def pagar_todo(dialogo: DialogoPago):
        dialogo.elegir_miembro(deudor.miembro_id)
        dialogo._pagar_todo()
        assert dialogo.registrar()
        dialogo.done(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)   # ¿el recibo? No
    cuando_se_abra(DialogoPago, pagar_todo)
    cuotas.pagos.registrar()
    db.conn.set_authorizer(None)
    assert "pagos" in escrituras.temas_escritos
    assert escrituras.temas_escritos <= escrituras.avisados

    ventana.navegacion.setCurrentRow(6)                      # la sesión sigue abierta y ya lo ve
    qtbot.waitUntil(lambda: next(f for f in asistencia.filas if f.miembro_id == deudor.miembro_id).con_voto)
    assert modelo.data(modelo.index(modelo.fila_de(deudor.miembro_id), C_PODER)) != "Voto suspendido por cuotas impagas"
    assert sum(1 for f in asistencia.filas if f.con_voto) == base_antes + 1
    db.close()


def _leidas(db, funcion) -> set[str]:
    tablas: set[str] = set()

    def autorizar(accion, tabla, *_):
        if accion == sqlite3.SQLITE_READ and tabla:
            tablas.add(tabla)
        return sqlite3.SQLITE_OK

    db.conn.set_authorizer(autorizar)
    try:
        funcion()
    finally:
        db.conn.set_authorizer(None)
    return {TEMA_DE_TABLA[t] for t in tablas if t in TEMA_DE_TABLA}


def test_ninguna_area_queda_sin_suscribirse_a_lo_que_muestra(qtbot, copia_de_la_demo, ajustes, avisos):
    """Lo que cada área lee de la base al recargarse (por tabla, con el autorizador de SQLite) es de temas a los que
    está suscripta: si un área empieza a mostrar algo nuevo y no lo declara, esta prueba lo dice."""
    db = abrir_base(copia_de_la_demo)
    asociacion = listar_asociaciones(db)[0]
    contexto = Contexto(db, asociacion["id"])
    sesion_id = convocar(contexto, listar_organos(contexto)[0]["id"],
                         NuevaSesion(fecha=hoy(), hora="09:00", lugar="Asunción"))
    ventana = abrir_ventana(qtbot, db, ajustes)
    suscriptos = ventana.cambios.suscriptos
    vistas = [ventana.areas.widget(i) for i in range(ventana.areas.count())]
    assert {ventana.areas.indexOf(v) for v in suscriptos if v in vistas} == set(AREAS)   # todas menos Inicio
    for fila, nombre in AREAS.items():
        vista = getattr(ventana, nombre)
        ventana.navegacion.setCurrentRow(fila)
        if nombre == "cuotas":
            leidos = set().union(*(_leidas(db, p.actualizar) for p in vista._todas()))
        elif nombre == "sesiones":
            leidos = _leidas(db, vista.recargar)
            vista.abrir(sesion_id)
            leidos |= _leidas(db, vista.recargar)                # con el editor de la sesión abierto
        else:
            leidos = _leidas(db, vista.recargar)
        assert leidos, nombre
        assert leidos <= suscriptos[vista], f"{nombre} muestra {sorted(leidos - suscriptos[vista])} sin suscribirse"
    # Inicio y la barra de estado: la ventana escucha todos los temas.
    ventana.navegacion.setCurrentRow(0)
    leidos = _leidas(db, ventana._refrescar_inicio) | _leidas(db, ventana._datos_cambiados)
    assert leidos and leidos <= TEMAS
    db.close()


def test_los_temas_salen_de_las_tablas_que_escribio_la_oficina(qtbot, ruta_db, asociacion_id):
    """Nadie anuncia a mano qué guardó: la oficina dice qué tablas escribió cada escritura confirmada y `Cambios` lo
    traduce a temas; un tema mal escrito es un error del programa."""
    from ayudas import oficina_de
    from escritorio.servicios.asociaciones import editar_asociacion

    db = abrir_base(ruta_db)
    oficina = oficina_de(db, asociacion_id)
    cambios = Cambios()
    avisados: list[frozenset[str]] = []
    cambios.cambio.connect(avisados.append)
    cambios.escuchar(oficina)
    editar_asociacion(oficina.contexto, nombre="Red del Litoral")
    assert avisados == [frozenset({"asociacion"})]
    with pytest.raises(ValueError, match="Temas desconocidos: pago"):
        temas({"pago"})
    db.close()


def test_el_area_que_guardo_con_un_dialogo_se_recarga_una_sola_vez(qtbot, copia_de_la_demo, ajustes, avisos,
                                                                  monkeypatch):
    """Un pago registrado desde Cuotas › Pagos escribe varias tablas en una transacción: la pestaña vuelve a leer la
    base una vez (la suya, al cerrar el diálogo), no una por el aviso de la oficina y otra por su cuenta."""
    from escritorio.interfaz.vistas import cuotas as modulo_cuotas

    db = abrir_base(copia_de_la_demo)
    ventana = abrir_ventana(qtbot, db, ajustes)
    ventana.navegacion.setCurrentRow(2)
    cuotas = ventana.cuotas
    cuotas.pestanas.setCurrentWidget(cuotas.pagos)
    qtbot.waitUntil(lambda: not cuotas.pagos.pendiente)
    recargas = []
    original = modulo_cuotas.PestanaPagos.recargar
    monkeypatch.setattr(modulo_cuotas.PestanaPagos, "recargar", lambda p: (recargas.append(1), original(p)))
    from escritorio.servicios.cobranza import morosidad

    deudor = morosidad(ventana.contexto)[0].miembro_id

    def pagar(dialogo: DialogoPago):
        dialogo.elegir_miembro(deudor)
        dialogo._pagar_todo()
        assert dialogo.registrar()
        dialogo.done(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)   # ¿el recibo? No
    cuando_se_abra(DialogoPago, pagar)
    cuotas.pagos.registrar()
    qtbot.wait(200)   # el aviso de la oficina y cualquier recarga diferida ya pasaron
    assert recargas == [1]
    db.close()


def test_el_nombre_nuevo_de_la_asociacion_llega_al_titulo(qtbot, ruta_db, asociacion_id, ajustes, avisos):
    db = abrir_base(ruta_db)
    ventana = abrir_ventana(qtbot, db, ajustes)
    assert ventana.windowTitle() == "Escritorio — Red de Municipios del Litoral"
    db.conn.execute("UPDATE asociaciones SET nombre = 'Red del Litoral' WHERE id = ?", (asociacion_id,))
    db.conn.commit()
    ventana.cambios.avisar({"asociacion"})
    assert ventana.windowTitle() == "Escritorio — Red del Litoral"
    assert ventana.miembros.asociacion["nombre"] == "Red del Litoral"   # las áreas comparten la asociación
    db.close()


def test_la_ficha_abierta_desde_cuotas_actualiza_miembros(qtbot, copia_de_la_demo, ajustes, avisos,
                                                          monkeypatch):
    from escritorio.interfaz.dialogos import ficha_miembro

    db = abrir_base(copia_de_la_demo)
    ventana = abrir_ventana(qtbot, db, ajustes)
    ventana.navegacion.setCurrentRow(1)
    miembros = ventana.miembros
    qtbot.keyClicks(miembros.busqueda, "rosario")
    miembros.tabla.selectRow(0)
    rosario = miembros.miembro_seleccionado()
    assert miembros.filtro.index(0, 3).data() != "1.300.000"

    def nueva_cifra(dialogo):
        dialogo.nueva_cifra.setText("1.300.000")
        dialogo.nuevo_anio.setText("2022")
        dialogo.nueva_fuente.setText("Censo 2022")
        dialogo.agregar_cifra()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ficha_miembro.DialogoFichaMiembro, "exec", nueva_cifra)
    ventana.navegacion.setCurrentRow(2)                      # Cuotas: la cuenta de Rosario abre su ficha
    escrituras = Escrituras(db, ventana.cambios)
    ventana.cuotas.abrir_cuenta(rosario["id"])
    db.conn.set_authorizer(None)
    assert escrituras.temas_escritos == {"miembros"} and escrituras.temas_escritos <= escrituras.avisados

    ventana.navegacion.setCurrentRow(1)                      # Miembros, al mostrarse, ya tiene la cifra nueva
    qtbot.waitUntil(lambda: miembros.filtro.index(0, 3).data() == "1.300.000")
    assert miembros.miembro_seleccionado()["id"] == rosario["id"]   # y conserva la fila elegida
    db.close()


def test_un_area_que_no_se_ve_se_recarga_recien_al_mostrarse(qtbot, copia_de_la_demo, ajustes, avisos,
                                                             monkeypatch):
    """Cada clic de asistencia avisa «sesiones» y «mandatos»: la morosidad de Cuotas (que lee mandatos) no se recalcula
    mientras no se ve, sino una vez, al volver a Cuotas."""
    from escritorio.interfaz.vistas import cuotas as modulo_cuotas

    db = abrir_base(copia_de_la_demo)
    ventana = abrir_ventana(qtbot, db, ajustes)
    ventana.navegacion.setCurrentRow(2)
    ventana.cuotas.pestanas.setCurrentWidget(ventana.cuotas.morosidad)
    recargas = []
    original = modulo_cuotas.PestanaMorosidad.recargar
    monkeypatch.setattr(modulo_cuotas.PestanaMorosidad, "recargar", lambda p: (recargas.append(1), original(p)))
    ventana.navegacion.setCurrentRow(6)
    for _ in range(5):
        ventana.cambios.avisar({"sesiones", "mandatos"})
    assert recargas == []
    ventana.navegacion.setCurrentRow(2)
    qtbot.waitUntil(lambda: recargas == [1])
    db.close()


def test_lo_que_confirma_un_trabajo_en_otro_hilo_llega_al_hilo_de_la_ventana(qtbot, ruta_db, asociacion_id):
    """Una emisión o una importación corren fuera del hilo de la ventana (interfaz/trabajos.py): el aviso de la
    oficina llega encolado y las áreas se recargan en el hilo de la ventana, nunca en el del trabajo."""
    import threading

    from ayudas import oficina_de
    from escritorio.servicios.organos import NuevoOrgano, crear_organo

    db = abrir_base(ruta_db)
    oficina = oficina_de(db, asociacion_id)
    cambios = Cambios()
    hilos: list[threading.Thread] = []
    cambios.cambio.connect(lambda temas_avisados: hilos.append(threading.current_thread()))
    cambios.escuchar(oficina)
    trabajo = threading.Thread(target=crear_organo, args=(oficina.contexto, NuevoOrgano(nombre="Consejo",
                                                                                       tipo="consejo")))
    trabajo.start()
    trabajo.join()
    qtbot.waitUntil(lambda: bool(hilos))
    assert hilos == [threading.main_thread()]
    db.close()
