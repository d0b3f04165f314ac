"""Lo que una elección confirma es lo que se guarda (issue 59, punto 4), como lo hace una secretaría en la ventana:
el punto de elección, «Definir el cargo…» (Secretario Ejecutivo de la Secretaría Ejecutiva), la candidatura de
Montevideo con la persona «Carolina Cosse», cerrar y «Confirmar y designar…». La vista previa promete cargo, persona y
fechas; se lee de vuelta de la base (abierta otra vez) campo por campo, en Órganos y en la memoria."""

from datetime import date, timedelta

from PySide6.QtCore import QDate

from escritorio.dominio import formato
from escritorio.interfaz.vistas.organos import VistaOrganos
from ayudas import oficina_de
from escritorio.interfaz.dialogos import eleccion as dialogos_eleccion
from escritorio.servicios.base import abrir_base
from escritorio.datos.conexion import ruta_de
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.informes_organos import titulares_del_organigrama
from escritorio.servicios.memoria.anual import armar_memoria
from escritorio.servicios.organos import listar_organos, mandatos_de
from test_elecciones_gui import abrir_eleccion, agregar_candidaturas, candidaturas_a_la_vista, definir_cargo, id_de
from test_sesiones_gui import mensajes, vista  # noqa: F401 (fixtures)


def _secretaria(contexto) -> dict:
    return next(o for o in listar_organos(contexto) if o["tipo"] == "secretaria_ejecutiva")


def test_la_eleccion_de_la_secretaria_ejecutiva_guarda_cargo_persona_y_fechas(vista, monkeypatch, demo_abierta, qtbot):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    se = _secretaria(contexto)
    # La ciudad que ejerce hoy cumple su año el 30/11: la elegida asume el día siguiente, por un año.
    actual = max((m for m in mandatos_de(contexto, se["id"])), key=lambda m: m["desde"])
    desde = date.fromisoformat(actual["desde"]).replace(year=date.fromisoformat(actual["desde"]).year + 1)
    hasta = desde.replace(year=desde.year + 1) - timedelta(days=1)
    montevideo = id_de(db, asociacion, "Montevideo")

    editor, panel, _ = abrir_eleccion(vista, monkeypatch, titulo="Elección de la Secretaría Ejecutiva")

    def elegir_la_secretaria(dialogo):
        dialogo.organo.setCurrentIndex(dialogo.organo.findData(se["id"]))
        dialogo.cargo.setCurrentIndex(dialogo.cargo.findData("secretario_ejecutivo"))

    definir_cargo(panel, monkeypatch, desde=desde, hasta=hasta, revisar=elegir_la_secretaria)
    periodo = f"del {formato.fecha(desde)} al {formato.fecha(hasta)}"
    assert panel.cargo.text() == f"Secretario Ejecutivo — Secretaría Ejecutiva, {periodo}"
    # El cargo es personal: sin la persona, el diálogo lo dice con la regla y no agrega nada (punto 2).
    [aviso] = agregar_candidaturas(panel, monkeypatch, (montevideo, ""))
    assert aviso.startswith("El cargo Secretario Ejecutivo de Secretaría Ejecutiva es personal")
    assert candidaturas_a_la_vista(panel) == []
    assert agregar_candidaturas(panel, monkeypatch, (montevideo, "Carolina Cosse")) == []
    panel.contadores["Montevideo (Carolina Cosse)"].setValue(3)
    panel.boton_cerrar.click()
    assert panel.eleccion.estado == "cerrada"

    # «Confirmar y designar…», como lo ve la secretaría (se guarda una captura, también a 1024×600).
    visto = {}

    def mirar_y_confirmar(dialogo):
        dialogo.show()
        dialogo.grab().save("/tmp/escritorio-eleccion-secretaria-confirmacion.png")
        dialogo.resize(min(dialogo.width(), 1024), min(dialogo.height(), 600))
        dialogo.grab().save("/tmp/escritorio-eleccion-secretaria-confirmacion-chica.png")
        visto["mandato"], visto["terminan"] = dialogo.mandato.text(), dialogo.terminan.text()
        dialogo.guardar()
        return dialogo.result()

    monkeypatch.setattr(dialogos_eleccion.DialogoConfirmacion, "exec", mirar_y_confirmar)
    panel.boton_confirmar.click()
    assert visto["mandato"] == f"Montevideo (Carolina Cosse): Secretario Ejecutivo — Secretaría Ejecutiva, {periodo}"
    # La vista previa del traspaso: quién sale y quién entra, con su cargo y su persona, y la Comisión Directiva que
    # la asociación tiene (la demo la tiene).
    assert (f"Secretaría Ejecutiva: {actual['miembro']} → Montevideo (Carolina Cosse), Secretario Ejecutivo desde el "
            f"{formato.fecha(desde)}") in visto["terminan"]
    assert f"Comisión Directiva: {actual['miembro']} (anterior), Montevideo (actual)" in visto["terminan"]
    assert panel.eleccion.estado == "confirmada"

    # Leído de vuelta de la base, abierta otra vez: lo que la confirmación prometió, campo por campo.
    otra = abrir_base(ruta_de(db))
    try:
        otro = Contexto(otra, asociacion["id"])
        [nuevo] = [m for m in mandatos_de(otro, se["id"]) if m["desde"] == desde.isoformat()]
        assert (nuevo["miembro"], nuevo["persona"], nuevo["cargo"], nuevo["desde"], nuevo["hasta"]) == (
            "Montevideo", "Carolina Cosse", "secretario_ejecutivo", desde.isoformat(), hasta.isoformat())
        # Sin correcciones de relleno en la historia del mandato nuevo.
        assert otra.execute("SELECT count(*) FROM correcciones_mandato WHERE mandato_id = ?",
                            [nuevo["id"]]).fetchone()[0] == 0
        # El organigrama la muestra en la caja de la Secretaría Ejecutiva.
        _, cajas = titulares_del_organigrama(otro, desde)
        assert [(c.miembro, c.persona, c.cargo) for c in cajas[se["id"]]] == [
            ("Montevideo", "Carolina Cosse", "secretario_ejecutivo")]
        # Órganos › Secretaría Ejecutiva, el día en que asume: la ciudad, la persona y el cargo electos.
        organos = VistaOrganos()
        qtbot.addWidget(organos)
        organos.resize(1024, 600)
        organos.show()
        organos.mostrar(oficina_de(otra, asociacion))
        organos.seleccionar("Secretaría Ejecutiva")
        organos.fecha.setDate(QDate(desde))
        filas = [[organos.tabla.item(n, c).text() for c in range(4)] for n in range(organos.tabla.rowCount())]
        assert ["Montevideo", "Uruguay", "Carolina Cosse", "Secretario Ejecutivo"] in filas
        qtbot.wait(50)
        organos.grab().save("/tmp/escritorio-eleccion-secretaria-organos.png")
        # La memoria del año en que asume (escrita al cerrarlo) dice el cargo y la persona.
        autoridades = next(s for s in armar_memoria(otro, desde.year, hoy=date(desde.year, 12, 31)).secciones if s.clave == "autoridades")
        asumieron = next(b for b in autoridades.bloques if getattr(b, "clave", None) == "mandatos_que_empiezan")
        filas = [[str(c) for c in f.celdas] for f in asumieron.filas]
        [montevideo_asume] = [f for f in filas if "Secretaría Ejecutiva" in f and any("Montevideo" in c for c in f)]
        assert "Secretario Ejecutivo" in montevideo_asume and "Titular" not in montevideo_asume
        assert any("Carolina Cosse" in c for c in montevideo_asume)
    finally:
        otra.close()
