"""El panel «Próximos pasos» de Inicio, en la ventana de verdad sobre una copia de la red de ejemplo: muestra los
pasos de la agenda (los mismos que `escritorio agenda`), lo atrasado primero; un clic lleva adonde se hace cada uno
(el diálogo de convocar con el órgano y la fecha, la sesión en su pestaña Acta, el órgano con el diálogo de designar,
Cuotas › Avisos…; cada acción de dominio.agenda.ACCIONES tiene su lugar); y se pone al día cuando algo cambia (una
sesión convocada, un mensaje en la bandeja de salida). Capturas a 1366×768 y 1024×600 en
tests/artefactos/pantallas/proximos_pasos/."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from escritorio.dominio.agenda import ACCIONES, ATRASADO, Accion, Paso
from escritorio.interfaz.agenda import LUGARES, ir_al_paso
from escritorio.interfaz.dialogos import mandato, organo
from escritorio.interfaz.dialogos.sesion import formularios as dialogo_sesion
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.interfaz.dialogos.bandeja_salida import DialogoBandejaSalida
from escritorio.interfaz.vistas.inicio.proximos_pasos import VISIBLES
from escritorio.servicios.agenda import agenda
from escritorio.servicios.base import abrir_base, hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.correo import configurar_cuenta, encolar, preparar_convocatoria
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar, elegir_organo
from escritorio.servicios.sesiones.asistencia import marcar_celebrada
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.reglas import fijar_convocatoria

import pantallas

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")
CONSEJO_62 = 4   # la LXII sesión ordinaria del Consejo de la demo: su acta está en borrador


class Red:
    """Lo que la prueba agrega a la demo para tener, el día que corra, pasos de cada clase: un grupo de trabajo que
    se reúne cada mes y se convoca con 10 días (su última sesión, hace dos meses y sin acta: atrasado) y un mandato
    del Consejo que vence en tres días."""

    def __init__(self, db):
        contexto = Contexto(db, 1)
        self.grupo = crear_organo(contexto, NuevoOrgano("Grupo de movilidad", "grupo_trabajo", frecuencia_meses=1,
                                                        articulo="Reglamento de grupos, art. 4"))
        fijar_convocatoria(contexto, self.grupo, 10, "Reglamento de grupos, art. 5")
        self.sesion = convocar(contexto, self.grupo, NuevaSesion(fecha=hoy() - timedelta(days=60), lugar="Rosario",
                                                                 convocada_el=hoy() - timedelta(days=80)))
        marcar_celebrada(contexto, self.sesion, "12:00")
        self.consejo = elegir_organo(contexto, "Consejo")["id"]
        valparaiso = next(m["id"] for m in listar_miembros(contexto) if m["nombre"] == "Valparaíso")
        # En tres días (o el primero después que no sea el vencimiento de otros mandatos del Consejo de la demo: ese día
        # la agenda los junta en un paso, «vencen N mandatos el …», y la fila de Valparaíso no existiría).
        otros = {f[0] for f in db.execute("SELECT DISTINCT hasta FROM mandatos WHERE organo_id = ? AND hasta IS NOT NULL",
                                         [self.consejo])}
        self.vence = next(d for d in (hoy() + timedelta(days=n) for n in range(3, 30)) if d.isoformat() not in otros)
        designar(contexto, self.consejo, NuevoMandato("suplente", hoy() - timedelta(days=30), miembro_id=valparaiso,
                                                      hasta=self.vence))


@pytest.fixture
def red(copia_de_la_demo):
    db = abrir_base(copia_de_la_demo)
    yield Red(db), db
    db.close()


@pytest.fixture
def ventana(qtbot, red, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    _, db = red
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    ventana.resize(1366, 768)
    ventana.navegacion.setCurrentRow(0)
    ventana.show()
    qtbot.waitExposed(ventana)
    panel = ventana.inicio.proximos_pasos
    qtbot.waitUntil(lambda: panel.listo and panel.agenda is not None, timeout=10_000)
    yield ventana
    # Una prueba deja mensajes en la bandeja: al cerrar, la ventana avisaría (y esperaría una respuesta). Se suelta
    # antes el cartero; por eso la ventana no se da a qtbot, que la cerraría primero.
    if ventana.cartero is not None:
        ventana.cartero.soltar()
        ventana.cartero = None
    ventana.close()
    ventana.deleteLater()


def _fila(ventana, empieza: str):
    panel = ventana.inicio.proximos_pasos
    if not any(f.paso.texto.startswith(empieza) for f in panel.filas) and panel.boton_todos.isVisible():
        panel.boton_todos.click()   # «Ver los N pasos»
    return next(f for f in panel.filas if f.paso.texto.startswith(empieza))


def test_inicio_muestra_los_pasos_de_la_agenda_lo_atrasado_primero(ventana, qtbot, red):
    grupo, db = red
    panel = ventana.inicio.proximos_pasos
    esperada = agenda(Contexto(db, 1))
    assert [p.texto for p in panel.pasos] == [p.texto for p in esperada.pasos]
    visibles = [f.paso for f in panel.filas]
    assert visibles == esperada.pasos[:VISIBLES]
    # Lo atrasado primero, marcado: el grupo que no se reunió, con la frase de la agenda y su etiqueta roja.
    atrasados = [f for f in panel.filas if f.paso.urgencia == ATRASADO]
    assert atrasados and panel.filas[:len(atrasados)] == atrasados
    assert all(f.urgencia.text() == "Atrasado" for f in atrasados)
    cuantos = sum(1 for p in esperada.pasos if p.urgencia == ATRASADO)
    assert panel.resumen.text() == f"{cuantos} atrasados · al {hoy():%d/%m/%Y}, próximos 90 días"
    fila = _fila(ventana, "Grupo de movilidad: ")
    assert fila.paso.texto.startswith("Grupo de movilidad: sesión ordinaria atrasada; correspondía hasta el ")
    assert fila.boton.text() == "Convocar…"
    assert "Reglamento de grupos, art. 5: se convoca con 10 días de anticipación." in fila.texto.toolTip()
    # Con más de seis pasos, «Ver los N pasos» los muestra todos y «Ver menos» vuelve.
    assert len(esperada.pasos) > VISIBLES
    if len(panel.filas) == VISIBLES:
        panel.boton_todos.click()
    assert len(panel.filas) == len(esperada.pasos) and panel.boton_todos.text() == "Ver menos"
    carpeta = pantallas.carpeta_de_artefactos() / "proximos_pasos"
    carpeta.mkdir(parents=True, exist_ok=True)
    for ancho, alto in ((1366, 768), (1024, 600)):
        ventana.resize(ancho, alto)
        # Qt reparte la página en varios pasos (el panel con todas sus filas, luego la grilla): con la máquina cargada
        # tarda más de unos milisegundos; lo que se exige es que termine sin nada encimado.
        qtbot.waitUntil(lambda: pantallas.problemas_de(ventana.inicio, ventana) == [], timeout=5000)
        ventana.grab().save(str(carpeta / f"inicio_{ancho}x{alto}.png"))
        ventana.inicio.tarjeta_pasos.grab().save(str(carpeta / f"panel_{ancho}x{alto}.png"))


def test_un_clic_en_convocar_abre_el_dialogo_con_el_organo_y_la_fecha(ventana, qtbot, red, monkeypatch):
    grupo, _ = red
    visto = {}

    def mirar(dialogo):
        visto.update(organo=dialogo.organo.currentData(), fecha=dialogo.fecha.date().toPython())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogo_sesion.DialogoConvocar, "exec", mirar)
    qtbot.mouseClick(_fila(ventana, "Grupo de movilidad: sesión ordinaria").boton, Qt.MouseButton.LeftButton)
    assert ventana.areas.currentWidget() is ventana.sesiones
    # La fecha que se sugiere: la primera que respeta los 10 días de anticipación (ya pasó el plazo).
    assert visto == {"organo": grupo.grupo, "fecha": hoy() + timedelta(days=10)}


def test_un_clic_en_la_fila_del_acta_abre_la_sesion_en_su_pestana_acta(ventana, qtbot, red):
    grupo, _ = red
    fila = _fila(ventana, "Grupo de movilidad, sesión n.º 1 del ")
    assert "falta redactar el acta" in fila.paso.texto and fila.boton.text() == "Ir al acta"
    qtbot.mouseClick(fila.texto, Qt.MouseButton.LeftButton)   # un clic en cualquier lugar de la fila
    sesiones = ventana.sesiones
    assert ventana.areas.currentWidget() is sesiones and sesiones.paginas.currentWidget() is sesiones.editor
    assert sesiones.editor.sesion_id == grupo.sesion
    assert sesiones.editor.pestanas.currentWidget() is sesiones.editor.tab_acta


def test_un_clic_en_los_mandatos_que_vencen_abre_el_organo_y_designar(ventana, qtbot, red, monkeypatch):
    grupo, _ = red
    visto = {}

    def mirar(dialogo):
        visto.update(organo=dialogo.organo["id"], desde=dialogo.desde.date().toPython(),
                     cargo=dialogo.cargo.currentData())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(mandato.DialogoMandato, "exec", mirar)
    fila = _fila(ventana, "Consejo: el mandato de Valparaíso (suplente) vence el ")
    assert fila.boton.text() == "Designar…"
    qtbot.mouseClick(fila.boton, Qt.MouseButton.LeftButton)
    organos = ventana.organos
    assert ventana.areas.currentWidget() is organos and organos.organo_id() == grupo.consejo
    assert visto == {"organo": grupo.consejo, "desde": grupo.vence + timedelta(days=1), "cargo": "suplente"}


def test_cada_accion_lleva_a_su_lugar(ventana, qtbot, red, monkeypatch):
    """`ir_al_paso` con un paso de cada acción, con ids de la demo: el área, la pestaña y el diálogo de cada una."""
    grupo, db = red
    assert set(LUGARES) == ACCIONES
    dialogos = []
    # Lo que muestra cada diálogo al abrirse (después de cerrarlo, la ventana lo descarta).
    lo_que_muestra = {dialogo_sesion.DialogoConvocar: lambda d: d.organo.currentData(),
                      mandato.DialogoMandato: lambda d: d.organo["id"],
                      organo.DialogoTraspaso: lambda d: d.fecha.date().toPython()}
    for clase, mirar in lo_que_muestra.items():
        monkeypatch.setattr(clase, "exec", lambda d, mirar=mirar: dialogos.append(mirar(d)) or 0)
    mensajes = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, titulo, texto, *a, **k: mensajes.append(texto))
    dialogos_de_la_bandeja = []
    monkeypatch.setattr(DialogoBandejaSalida, "exec", lambda d: dialogos_de_la_bandeja.append(d.windowTitle()) or 0)
    # Los primeros pasos de una asociación nueva: cada uno abre su diálogo (el de los datos de la asociación, con la
    # dirección pública a la vista y con el foco).
    from escritorio.interfaz.dialogos import asociacion, cargar_norma, cuenta_correo, escala, importacion
    abiertos = []
    for clase in (cargar_norma.DialogoCargarNorma, organo.DialogoNuevoOrgano, escala.DialogoEscala,
                  importacion.AsistenteImportacion, cuenta_correo.DialogoCuentaCorreo):
        monkeypatch.setattr(clase, "exec", lambda d, clase=clase: abiertos.append(clase.__name__) or 0)
    monkeypatch.setattr(asociacion.DialogoAsociacion, "exec", lambda d: abiertos.append(
        ("DialogoAsociacion", d.pestanas.currentWidget().isAncestorOf(d.direccion_publica))) or 0)
    primeros = {"cargar_estatuto": (ventana.estatutos, "DialogoCargarNorma"),
                "crear_organo": (ventana.organos, "DialogoNuevoOrgano"),
                "escala": (ventana.cuotas, "DialogoEscala"),
                "importar_miembros": (ventana.miembros, "AsistenteImportacion"),
                "cuenta_correo": (None, "DialogoCuentaCorreo"),
                "direccion_publica": (None, ("DialogoAsociacion", True))}
    punto_eleccion = db.execute("SELECT punto_id FROM elecciones ORDER BY id LIMIT 1").fetchone()[0]
    sesion_eleccion = db.execute("SELECT sesion_id FROM puntos_orden WHERE id = ?", [punto_eleccion]).fetchone()[0]
    convenio = db.execute("SELECT max(id) FROM convenios").fetchone()[0]
    datos = dict(organo_id=grupo.consejo, organo="Consejo", sesion_id=CONSEJO_62, anio=hoy().year + 1,
                 fecha=date(2027, 1, 1), cargo="titular", referencia=convenio)
    for que in sorted(ACCIONES):
        dialogos.clear()
        mensajes.clear()
        abiertos.clear()
        extra = {"sesion_id": sesion_eleccion, "punto_id": punto_eleccion} if "eleccion" in que else {}
        if que == "avisos":
            extra = {"fecha": hoy() - timedelta(days=3)}   # la fecha de corte de los avisos no puede ser futura
        ir_al_paso(ventana, Paso("sesion", None, "…", Accion(que, **{**datos, **extra})))
        qtbot.wait(10)
        actual = ventana.areas.currentWidget()
        editor = ventana.sesiones.editor
        if que in ("convocar",):
            assert actual is ventana.sesiones and dialogos == [grupo.consejo], que
        elif que in ("preparar_sesion", "enviar_convocatoria", "registrar_sesion"):
            assert actual is ventana.sesiones and editor.sesion_id == CONSEJO_62, que
        elif que in ("redactar_acta", "aprobar_acta", "adoptar_resolucion", "firmar_acta"):
            assert editor.sesion_id == CONSEJO_62 and editor.pestanas.currentWidget() is editor.tab_acta, que
        elif "eleccion" in que:
            assert editor.sesion_id == sesion_eleccion and editor.pestanas.currentWidget() is editor.votaciones, que
        elif que == "traspaso":
            organos = ventana.organos
            assert actual is organos and organos.pestanas.currentWidget() is organos.rotacion
            assert dialogos == [date(2027, 1, 1)]
        elif que == "mandatos":
            assert actual is ventana.organos and dialogos == [grupo.consejo]
        elif que == "unidades":
            assert actual is ventana.unidades
        elif que in ("emitir", "cargos", "avisos"):
            cuotas = ventana.cuotas
            pestana = {"emitir": cuotas.emision, "cargos": cuotas.cargos, "avisos": cuotas.avisos}[que]
            assert actual is cuotas and cuotas.pestanas.currentWidget() is pestana, que
            if que != "avisos":
                assert pestana.anio.value() == hoy().year + 1
            else:
                assert pestana.al.date().toPython() == hoy() - timedelta(days=3)
        elif que == "convenio":
            assert actual is ventana.convenios and ventana.convenios.convenio["id"] == convenio, que
        elif que in ("solicitud_de_datos", "conservacion"):   # la solicitud elegida: test_datos_personales_gui.py
            area = ventana.datos_personales
            pestana = area.solicitudes if que == "solicitud_de_datos" else area.politica
            assert actual is area and area.pestanas.currentWidget() is pestana, que
        elif que in primeros:
            area, dialogo = primeros[que]
            assert abiertos == [dialogo] and (area is None or actual is area), que
            if que == "escala":
                assert ventana.cuotas.pestanas.currentWidget() is ventana.cuotas.escalas
        else:
            assert dialogos_de_la_bandeja and dialogos_de_la_bandeja[-1] is not None, que


def test_el_panel_se_pone_al_dia_cuando_algo_cambia(ventana, qtbot, red):
    """Convocar al grupo (desde cualquier lugar: aquí, el servicio sobre la oficina de la ventana) cambia su paso;
    y un mensaje en la bandeja de salida (el tema «correo» de interfaz/cambios.py) aparece en Inicio."""
    grupo, _ = red
    panel = ventana.inicio.proximos_pasos
    contexto = ventana.oficina.contexto
    nueva = convocar(contexto, grupo.grupo, NuevaSesion(fecha=hoy() + timedelta(days=12), lugar="Rosario"))
    qtbot.waitUntil(lambda: panel.listo and any(p.accion.sesion_id == nueva for p in panel.pasos), timeout=10_000)
    assert not any(p.accion.que == "convocar" and p.accion.organo_id == grupo.grupo for p in panel.pasos)
    (paso,) = [p for p in panel.pasos if p.accion.sesion_id == nueva]
    assert paso.texto.startswith("Grupo de movilidad: sesión ordinaria n.º 2 el ")
    configurar_cuenta(contexto, servidor="127.0.0.1", remitente="secretaria@redsur.ejemplo.org", seguridad="ninguna",
                      puerto=2525)
    encolar(contexto, preparar_convocatoria(contexto, CONSEJO_62))
    qtbot.waitUntil(lambda: panel.listo and any(p.clase == "correo" for p in panel.pasos), timeout=10_000)
    (bandeja,) = [p for p in panel.pasos if p.clase == "correo"]
    assert bandeja.texto.startswith("Bandeja de salida: 17 mensajes esperan salir (desde el ")


@pytest.fixture
def sin_orden_de_sucesion(red):
    """La Secretaría Ejecutiva de la demo sin orden de sucesión (como la de una federación que la designa): al terminar
    el período de quien la ejerce no hay a quién traspasarla."""
    from escritorio.servicios.rotacion import fijar_orden_de_sucesion

    from escritorio.servicios.organos import composicion, elegir_organo
    from escritorio.servicios.periodos import fijar_periodo

    _, db = red
    contexto = Contexto(db, 1)
    fijar_orden_de_sucesion(contexto, [])
    # Que el período en curso termine dentro del horizonte de la agenda, cualquiera sea el día (los turnos de la
    # demo empiezan el 1 de diciembre y duran 12 meses: hasta el 30/11/2026 ya era así; desde el 1/12, un año entero).
    hoy = date.today()
    [ejerce] = composicion(contexto, elegir_organo(contexto, "Secretaría Ejecutiva")["id"], hoy).asientos
    inicio = ejerce.desde
    meses = (hoy.year - inicio.year) * 12 + hoy.month - inicio.month + 1
    for organo in ("Secretaría Ejecutiva", "Comisión Directiva"):
        fijar_periodo(contexto, elegir_organo(contexto, organo)["id"], meses, "Estatuto, art. 15")


def test_la_secretaria_sin_orden_de_sucesion_lleva_a_designar_a_quien_sigue(sin_orden_de_sucesion, ventana, qtbot,
                                                                             red, monkeypatch):
    """Issue 66 §3: sin a quién traspasarla, el paso no ofrece el traspaso (que se rechazaría: «No hay a quién
    traspasar»), sino designar a quien sigue desde el día siguiente al fin del período; su ayuda dice por qué y dónde se
    fija el orden, sin nombrar órdenes de la línea de órdenes. Un clic abre Órganos con la Secretaría Ejecutiva elegida
    y el diálogo de designar en ese día y con el cargo de quien la ejerce."""
    from escritorio.servicios.organos import secretaria_ejecutiva

    _, db = red
    se = secretaria_ejecutiva(Contexto(db, 1))
    visto = {}

    def mirar(dialogo):
        visto.update(organo=dialogo.organo["id"], desde=dialogo.desde.date().toPython(),
                     cargo=dialogo.cargo.currentData())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(mandato.DialogoMandato, "exec", mirar)
    panel = ventana.inicio.proximos_pasos
    assert not any(p.accion.que == "traspaso" for p in panel.pasos)
    fila = _fila(ventana, "Secretaría Ejecutiva: el período de ")
    vence = fila.paso.fecha
    assert fila.paso.texto.endswith(f"; designe a quien sigue desde el {vence + timedelta(days=1):%d/%m/%Y}.")
    assert (fila.paso.accion.que, fila.paso.accion.organo_id) == ("mandatos", se["id"])
    assert fila.boton.text() == "Designar…"
    ayuda = fila.texto.toolTip()
    assert "Secretaría Ejecutiva: sin orden de sucesión, no hay a quién traspasarla." in ayuda
    assert ("Secretaría Ejecutiva: si rota, fije su orden de sucesión en Órganos › Rotación de la Secretaría "
            "Ejecutiva, «Orden de sucesión…»; el paso será entonces el traspaso.") in ayuda
    assert "escritorio " not in ayuda
    # Sin traspaso, la Comisión Directiva de la troika no se rehace sola: sus mandatos que vencen son un paso propio.
    assert any(p.texto.startswith("Comisión Directiva: ") for p in panel.pasos)
    qtbot.mouseClick(fila.boton, Qt.MouseButton.LeftButton)
    organos = ventana.organos
    assert ventana.areas.currentWidget() is organos and organos.organo_id() == se["id"]
    assert visto == {"organo": se["id"], "desde": vence + timedelta(days=1), "cargo": "titular"}
