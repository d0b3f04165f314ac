"""La vista de Órganos muestra el Consejo como lo describe el estatuto: los asientos de oficio («de oficio:
Secretaría Ejecutiva»), quién preside, y quien está suspendido sin voto; en una pantalla de 1024×600 nada se encima."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint

from escritorio.interfaz.vistas.organos import VistaOrganos
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import cambiar_estado
from escritorio.servicios.rotacion import preparar_traspaso, traspasar
from ayudas import oficina_de, turno_siguiente_de_la_se


def vista(qtbot, db, ancho, alto) -> VistaOrganos:
    organos = VistaOrganos()
    qtbot.addWidget(organos)
    organos.resize(ancho, alto)
    organos.show()
    organos.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    qtbot.waitUntil(lambda: organos.seleccionar("Consejo"))
    return organos


def filas(organos) -> list[list[str]]:
    return [[organos.tabla.item(f, c).text() for c in range(organos.tabla.columnCount())]
            for f in range(organos.tabla.rowCount())]


def test_la_secretaria_ve_quien_preside_y_los_de_oficio_y_los_ve_cambiar_con_el_traspaso(qtbot, demo_db):
    organos = vista(qtbot, demo_db, 1300, 760)
    # Un traspaso tardío: mes y medio después de que termina el turno en curso de la Secretaría Ejecutiva.
    dia = turno_siguiente_de_la_se() + timedelta(days=45)
    asociacion = listar_asociaciones(demo_db)[0]["id"]
    contexto = Contexto(demo_db, asociacion)
    traspaso = preparar_traspaso(contexto, dia)
    presidente = [f for f in filas(organos) if f[3] == "Presidente · de oficio: Secretaría Ejecutiva"]
    assert len(presidente) == 1 and presidente[0][0] == traspaso.nombres[traspaso.saliente]
    assert f"preside {traspaso.nombres[traspaso.saliente]} (Secretaría Ejecutiva)" in organos.resumen.text()

    traspasar(contexto, traspaso)
    organos.recargar()
    organos.seleccionar("Consejo")
    organos.fecha.setDate(QDate(dia))
    qtbot.waitUntil(lambda: f"preside {traspaso.nombres[traspaso.entrante]}" in organos.resumen.text())
    cargos = {f[0]: f[3] for f in filas(organos)}
    assert cargos[traspaso.nombres[traspaso.entrante]] == "Presidente · de oficio: Secretaría Ejecutiva"
    assert cargos[traspaso.nombres[traspaso.saliente]].endswith("de oficio: Comisión Directiva")


def test_un_miembro_suspendido_se_ve_sin_voto_con_el_motivo(qtbot, demo_db):
    asociacion = listar_asociaciones(demo_db)[0]["id"]
    organos = vista(qtbot, demo_db, 1300, 760)
    electa = next(f for f in filas(organos) if f[3] == "Titular")
    miembro = demo_db.execute("SELECT id FROM miembros WHERE nombre = ?", [electa[0]]).fetchone()[0]
    cambiar_estado(demo_db, miembro, "suspendido", date(2020, 1, 1), "Resolución del Consejo 1/2020", asociacion)

    organos.recargar()
    organos.seleccionar("Consejo")

    fila = next(f for f in filas(organos) if f[0] == electa[0])
    assert fila[4] == "No: miembro suspendido"
    total = organos.tabla.rowCount()
    assert f"{total} integrantes  ·  {total - 1} con voto" in organos.resumen.text()


def test_en_1024_por_600_la_tabla_y_los_botones_no_se_enciman(qtbot, demo_db):
    # El área de trabajo de una ventana de 1024×600 (sin la barra de navegación, el menú ni la de estado).
    organos = vista(qtbot, demo_db, 930, 500)
    contenido = organos.tabla.parentWidget()

    def separados() -> bool:
        abajo_tabla = organos.tabla.mapTo(contenido, QPoint(0, organos.tabla.height())).y()
        return abajo_tabla <= organos.boton_designar.mapTo(contenido, QPoint(0, 0)).y()

    qtbot.waitUntil(separados, timeout=3000)  # una vez acomodada la ventana
    assert organos.tabla.height() >= 150  # se ven varias filas; lo demás se desplaza
