"""Issue 41, §3 en la ventana, sobre una copia de la demo: el período de un órgano se fija con «Período…», los
mandatos por vencer se avisan en Órganos y en Inicio (Próximos pasos), la morosidad dice «No (de baja)» de quien se fue, la escala
elige cómo se cobra el año de la baja, y una declaración recibe firmas y adhesiones de quien no es miembro.
Con capturas a 1024×600 (en /tmp/escritorio-mandatos-*.png)."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from escritorio.interfaz.dialogos import organo
from escritorio.interfaz.dialogos.adherentes import DialogoAdherentes
from escritorio.interfaz.dialogos.escala import DialogoEscala
from escritorio.interfaz.vistas.cuotas import VistaCuotas
from escritorio.interfaz.vistas.inicio import VistaInicio
from escritorio.interfaz.vistas.organos import VistaOrganos
from escritorio.servicios.cobranza import morosidad
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import dar_de_baja, listar_miembros
from escritorio.servicios.organos import NuevoMandato, designar, elegir_organo
from escritorio.servicios.periodos import vencimientos
from escritorio.servicios.votaciones import listar_resoluciones
from ayudas import oficina_de

MOROSIDAD = 4


@pytest.fixture(autouse=True)
def _mensajes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))


def _vence_pronto(db, asociacion) -> tuple[str, str]:
    """Valparaíso entra al Consejo con un mandato que vence esta semana, el primer día (desde hoy) en que no vence
    otro del Consejo: el 30 de noviembre de los años pares vencen todos los electos de la demo, y el aviso de ese día
    los junta. Devuelve la fecha y la línea del aviso que debe nombrarlo."""
    contexto = Contexto(db, asociacion["id"])
    consejo = elegir_organo(contexto, "Consejo")["id"]
    valparaiso = next(m["id"] for m in listar_miembros(contexto) if m["nombre"] == "Valparaíso")
    hoy = date.today()
    ocupados = {v["vence"] for v in vencimientos(contexto, 7) if v["organo_id"] == consejo}
    dia = next(d for d in (hoy + timedelta(days=n) for n in range(7)) if d.isoformat() not in ocupados)
    designar(contexto, consejo, NuevoMandato("suplente", hoy - timedelta(days=30), miembro_id=valparaiso, hasta=dia))
    faltan = (dia - hoy).days
    cuando = (f"hoy, {dia:%d/%m/%Y}" if faltan == 0
              else f"el {dia:%d/%m/%Y}, en {faltan} {'día' if faltan == 1 else 'días'}")
    return f"{dia:%d/%m/%Y}", f"Valparaíso (Consejo, suplente): el mandato vence {cuando}."


def test_periodo_y_mandatos_por_vencer_en_organos(qtbot, demo_abierta, monkeypatch):
    db, asociacion = demo_abierta
    _, linea = _vence_pronto(db, asociacion)
    vista = VistaOrganos()
    qtbot.addWidget(vista)
    vista.resize(1024, 600)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    vista.seleccionar("Consejo")
    assert "mandatos de 24 meses (Estatuto, art. 13)" in vista.detalle.text()  # el de la demo
    assert vista.aviso_vencimientos.isVisibleTo(vista)
    aviso = vista.aviso_vencimientos.text()
    lineas = vista.aviso_vencimientos.toolTip().splitlines()   # todos; el aviso, los tres primeros
    assert "Mandatos por vencer:" in aviso and linea in lineas
    assert (linea in aviso) == (lineas.index(linea) < 3)
    del_consejo = [v for v in vencimientos(Contexto(db, asociacion["id"]), 60) if v["organo"] == "Consejo"]
    assert len(lineas) == len(del_consejo)
    assert len(del_consejo) <= 3 or f"y {len(del_consejo) - 3} más" in aviso
    qtbot.wait(100)
    vista.grab().save("/tmp/escritorio-mandatos-organos.png")

    def fijar(dialogo):
        assert dialogo.meses.value() == 24
        dialogo.meses.setValue(36)
        dialogo.articulo.setText("Estatuto, art. 13 (reformado)")
        dialogo.resize(1024 // 2, 200)
        dialogo.grab().save("/tmp/escritorio-mandatos-periodo.png")
        dialogo.guardar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(organo.DialogoPeriodo, "exec", fijar)
    vista.periodo()
    qtbot.waitUntil(lambda: "mandatos de 36 meses (Estatuto, art. 13 (reformado))" in vista.detalle.text())

    # Un período imposible lo rechaza el servicio, y el diálogo lo dice sin cerrarse.
    dialogo = organo.DialogoPeriodo(oficina_de(db, asociacion), vista.organo, vista)
    qtbot.addWidget(dialogo)
    dialogo.meses.setMaximum(500)
    dialogo.meses.setValue(400)
    dialogo.guardar()
    assert "de 1 a 120 meses" in dialogo.mensaje.text() and dialogo.result() != QDialog.DialogCode.Accepted


def test_inicio_avisa_los_mandatos_por_vencer(qtbot, demo_abierta):
    """Los mandatos por vencer se ven en «Próximos pasos» (el panel de la agenda, que reemplazó al aviso suelto)."""
    db, asociacion = demo_abierta
    vence, linea = _vence_pronto(db, asociacion)
    vista = VistaInicio()
    qtbot.addWidget(vista)
    vista.resize(1024, 600)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    panel = vista.proximos_pasos
    qtbot.waitUntil(lambda: panel.listo and panel.agenda is not None)
    paso = next(p for p in panel.pasos if p.texto == f"Consejo: el mandato de Valparaíso (suplente) vence el {vence}.")
    assert paso.urgencia == "esta_semana" and paso.accion.que == "mandatos"
    assert paso.detalle == (linea,)
    qtbot.wait(100)
    vista.grab().save("/tmp/escritorio-mandatos-inicio.png")


def test_la_morosidad_dice_no_de_baja_de_quien_se_fue(qtbot, demo_abierta, tmp_path):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    deuda = next(d for d in morosidad(contexto) if d.puede_votar)  # con deuda, con voto
    dar_de_baja(db, deuda.miembro_id, date.today(), "Renuncia", asociacion["id"])
    vista = VistaCuotas(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.mostrar(oficina_de(db, asociacion))
    vista.resize(1024, 600)
    vista.show()
    vista.pestanas.setCurrentIndex(MOROSIDAD)
    pestana = vista.morosidad
    fila = next(f for f in range(pestana.modelo.rowCount()) if pestana.modelo.filas[f].miembro_id == deuda.miembro_id)
    assert pestana.modelo.texto(fila, 6) == "No (de baja)"
    assert "17 con el voto suspendido" in pestana.totales.text()  # quien se fue no cuenta como suspendido
    pestana.tabla.selectRow(fila)
    pestana.tabla.scrollTo(pestana.modelo.index(fila, 0))
    qtbot.wait(100)
    vista.grab().save("/tmp/escritorio-mandatos-morosidad.png")
    pestana.solo_suspendidos.setChecked(True)
    assert "No (de baja)" not in [pestana.modelo.texto(f, 6) for f in range(pestana.modelo.rowCount())]


def test_la_escala_elige_como_se_cobra_el_anio_de_la_baja(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    dialogo = DialogoEscala(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.resize(1024, 600)
    dialogo.show()
    assert [dialogo.regla_baja.itemText(i) for i in range(dialogo.regla_baja.count())] == [
        "Cuota completa", "Hasta el mes de la baja"]
    dialogo.regla_baja.setCurrentIndex(dialogo.regla_baja.findData("hasta_el_mes"))
    dialogo.articulo_baja.setText("Reglamento de cuotas, art. 4")
    dialogo.fijar_tramos([("0", "150"), ("100.000", "600")])
    escala, problemas = dialogo.leer_escala()
    assert problemas == [] and (escala.regla_baja, escala.articulo_baja) == ("hasta_el_mes",
                                                                             "Reglamento de cuotas, art. 4")
    qtbot.wait(100)
    dialogo.grab().save("/tmp/escritorio-mandatos-escala.png")


def test_una_declaracion_recibe_adhesiones_desde_la_ventana(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    declaracion = next(r for r in listar_resoluciones(Contexto(db, asociacion["id"])) if r["tipo"] == "declaracion")
    dialogo = DialogoAdherentes(oficina_de(db, asociacion), declaracion)
    qtbot.addWidget(dialogo)
    dialogo.resize(1024 // 2 + 100, 420)
    dialogo.show()
    assert "Adhieren sin ser miembros (0)" in dialogo.lista.text()
    dialogo.entidad.setText("Red Andina de Ciudades")
    dialogo.tipo.setCurrentIndex(dialogo.tipo.findData("red"))
    dialogo.persona.setText("Lucía Quispe")
    dialogo.agregar()
    assert dialogo.agregados == 1 and not dialogo.mensaje.isVisibleTo(dialogo)
    assert "Adhieren sin ser miembros (1):</b> Red Andina de Ciudades (red), por Lucía Quispe" in dialogo.lista.text()
    # Un miembro ya no firma: el acta de esa sesión está aprobada. El servicio lo dice y el diálogo lo muestra.
    dialogo.es_miembro.setChecked(True)
    dialogo.miembro.setCurrentIndex(0)
    dialogo.agregar()
    assert "está aprobada" in dialogo.mensaje.text() and dialogo.agregados == 1
    qtbot.wait(100)
    dialogo.grab().save("/tmp/escritorio-mandatos-adherentes.png")


def test_el_traspaso_antes_del_fin_del_periodo_pregunta_el_motivo(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    miembros = listar_miembros(Contexto(db, asociacion["id"]))
    dialogo = organo.DialogoTraspaso(oficina_de(db, asociacion), miembros)
    qtbot.addWidget(dialogo)
    dialogo.show()
    # Mes y medio después del último traspaso (cada 1.º de diciembre en la demo): la saliente no cumplió su año.
    ultimo = date(date.today().year - (0 if date.today() >= date(date.today().year, 12, 1) else 1), 12, 1)
    dialogo.fecha.setDate(ultimo + timedelta(days=45))
    assert dialogo.motivo.isVisibleTo(dialogo)
    aviso = " ".join(dialogo.problemas.avisos)
    assert "(Estatuto, art. 15)" in aviso and "faltan 10 meses y" in aviso and "indique el motivo" in aviso
    dialogo.confirmar()
    assert not dialogo.hecho
    assert dialogo.previa.text().count("faltan") == 0  # lo dice una vez, en el aviso
    qtbot.wait(100)
    dialogo.grab().save("/tmp/escritorio-mandatos-traspaso.png")
    dialogo.motivo.setText("Renuncia de la ciudad en ejercicio")
    dialogo.confirmar()
    assert dialogo.hecho
    # Al cumplir el período no pregunta.
    otro = organo.DialogoTraspaso(oficina_de(db, asociacion), miembros)
    qtbot.addWidget(otro)
    otro.fecha.setDate(date(ultimo.year + 2, 12, 1))
    assert not otro.motivo.isVisibleTo(otro) and otro.traspaso is not None and otro.traspaso.anticipo is None


def test_designar_sin_fecha_de_fin_dice_que_dura_el_periodo(qtbot, demo_abierta):
    from escritorio.interfaz.dialogos.mandato import DialogoMandato
    from escritorio.servicios.organos import listar_organos

    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    consejo = next(o for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    dialogo = DialogoMandato(oficina_de(db, asociacion), consejo, listar_miembros(contexto))
    qtbot.addWidget(dialogo)
    assert dialogo.sin_fin.text() == "al cumplir el período (24 meses)" and dialogo.sin_fin.isChecked()


def test_el_traspaso_nombra_a_quien_asume_y_no_va_a_un_observador(qtbot, demo_abierta):
    """Issue 80, §3, por la ventana: «Persona que asume» queda en el mandato; una ciudad observadora elegida como
    entrante no pasa de la vista previa (el mismo mensaje que la línea de órdenes) y no se registra nada."""
    from escritorio.servicios.asociaciones import agregar_pais
    from escritorio.servicios.organos import composicion, secretaria_ejecutiva

    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    agregar_pais(contexto, "BO", "observador", desde=date(2000, 1, 1))
    miembros = listar_miembros(contexto)
    dia = date(date.today().year + 3, 12, 1)
    cochabamba = next(m["id"] for m in miembros if m["nombre"] == "Cochabamba")
    dialogo = organo.DialogoTraspaso(oficina_de(db, asociacion), miembros)
    qtbot.addWidget(dialogo)
    dialogo.fecha.setDate(dia)
    dialogo.entrante.setCurrentIndex(dialogo.entrante.findData(cochabamba))
    assert dialogo.traspaso is None
    dialogo.confirmar()
    assert not dialogo.hecho
    otro = organo.DialogoTraspaso(oficina_de(db, asociacion), miembros)
    qtbot.addWidget(otro)
    otro.fecha.setDate(dia)
    qtbot.keyClicks(otro.persona, "Pablo Javkin")
    otro.persona.editingFinished.emit()
    otro.confirmar()
    assert otro.hecho
    [asiento] = composicion(contexto, secretaria_ejecutiva(contexto)["id"], dia).asientos
    assert asiento.persona == "Pablo Javkin"
