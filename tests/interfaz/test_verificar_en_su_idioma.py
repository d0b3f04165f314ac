"""Archivo › Verificar la base… en una ventana en portugués (issue 61, §2 y §3): el sello de tiempo, las anclas, el
motivo de una regla de la bitácora (el texto del RAISE del esquema, que la base guarda y lanza en castellano) y el
error de un reconocimiento sin motivo se escriben en portugués y sin sintaxis de la línea de órdenes; la línea de
órdenes (un proceso) los sigue diciendo en castellano.

Como quien manipula: sqlite3 sobre el archivo cerrado cambia un pago (sin sus triggers) y lo sella como lo haría
Escritorio, y cambia un miembro sin sellar (la próxima escritura lo sella aparte, como un incidente). La autoridad de
sello de tiempo es de verdad (RFC 3161 por HTTP, en 127.0.0.1: `tests/pki_local.py`).
"""

from contextlib import closing
import socket
import sqlite3
from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.datos.base_de_datos import BaseDeDatos
from escritorio.datos.bitacora import _huella
from escritorio.dominio import puerta
from escritorio.interfaz.idioma import instalar_idioma
from escritorio.servicios.base import abrir_base
from ayudas import oficina_de, sin_traza
from pki_local import PKILocal


def ok(hecho) -> str:
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    sin_traza(hecho)
    return hecho.stdout


def _pago_cambiado_y_sellado(ruta) -> int:
    """Quita los triggers que protegen los pagos, cambia el importe del pago 1 (la bitácora lo anota), sella ese
    registro como lo haría Escritorio y repone los triggers: la cadena queda entera. Devuelve el registro."""
    conn = sqlite3.connect(ruta, isolation_level=None)
    try:
        conn.execute("BEGIN")
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'pagos' "
                                "AND name NOT LIKE 'bitacora!_%' ESCAPE '!'").fetchall()
        for nombre, _ in triggers:
            conn.execute(f'DROP TRIGGER "{nombre}"')
        conn.execute("UPDATE pagos SET importe = 1, importe_imputable = 1 WHERE id = 1")
        registro = conn.execute("SELECT max(id) FROM bitacora").fetchone()[0]
        desde, anterior = conn.execute("SELECT hasta_id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()
        momento = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")[:23]
        huella, _ = _huella(BaseDeDatos(conn), anterior, momento, "secretaria", None, desde + 1, registro)
        conn.execute("INSERT INTO bitacora_sellos (momento, usuario, operador, desde_id, hasta_id, huella_anterior, "
                     "huella) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [momento, "secretaria", None, desde + 1, registro, anterior, huella])
        for _, sql in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
        return registro
    finally:
        conn.close()


def _puerto_cerrado() -> int:
    with socket.socket() as libre:
        libre.bind(("127.0.0.1", 0))
        return libre.getsockname()[1]


@pytest.fixture
def manipulada(demo_como, cli, tmp_path):
    """La demo con un pago reescrito y sellado por fuera, un miembro cambiado sin sellar (el incidente 1, que sella
    la escritura siguiente) y sellos de tiempo de la TSA local guardados después."""
    ruta = demo_como("x.db")
    registro = _pago_cambiado_y_sellado(ruta)
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        conexion.execute("UPDATE miembros SET correo = 'otro@ejemplo.org' WHERE id = 1")
    conexion.close()
    with PKILocal(tmp_path / "pki") as tsa:
        ok(cli("bitacora", "sello-de-tiempo", "--servidor", tsa.url_tsa, db=ruta))
        ok(cli("bitacora", "sellar-tiempo", db=ruta))
        yield ruta, registro


def test_la_linea_de_ordenes_lo_dice_en_castellano(manipulada, cli_proceso):
    ruta, registro = manipulada
    hecho = cli_proceso("verificar", db=ruta)
    salida = hecho.stdout + hecho.stderr
    assert hecho.returncode == 1, salida
    for castellano in (f"Registro {registro} de la bitácora",
                       "«pagos», fila 1, cambio: importe 50000 → 1, importe_imputable 50000 → 1. Escritorio nunca "
                       "escribe eso: un pago registrado no se modifica: solo se anula, con un motivo (y se registra "
                       "de nuevo) (regla «pagos_registrado_fijo» del esquema).",
                       "Sellos de tiempo: 2, todos siguen en la cadena", "«escritorio bitacora listar»",
                       "«escritorio verificar --reconocer 1"):
        assert castellano in salida, (castellano, salida)
    sin_motivo = cli_proceso("verificar", "--reconocer", "1", "--motivo", "  ", db=ruta)
    assert sin_motivo.returncode == 1 and "--motivo: está vacío" in sin_motivo.stderr, sin_motivo.stderr


def test_la_ventana_en_portugues_lo_dice_en_portugues_y_con_sus_controles(manipulada, qtbot, monkeypatch):
    from escritorio.interfaz.dialogos.verificar_base import DialogoVerificarBase

    ruta, registro = manipulada
    errores = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, texto, *a, **k: errores.append(texto))
    instalar_idioma(QApplication.instance(), "pt_BR")
    puerta.fijar_del_proceso(puerta.VENTANA)   # como la fija la ventana al abrirse
    db = abrir_base(ruta, comprobacion_completa=True)
    try:
        dialogo = DialogoVerificarBase(oficina_de(db))
        qtbot.addWidget(dialogo)
        dialogo.resize(1000, 600)
        dialogo.show()
        informe = dialogo.informe.toPlainText()

        # El motivo de la regla (guardado en castellano en el esquema), escrito en portugués.
        assert (f"Registro {registro}" in informe and "«pagos», linha 1, alteração: importe 50000 → 1, "
                "importe_imputable 50000 → 1. O Escritorio nunca escreve isso: um pagamento registrado não é "
                "modificado: só é anulado, com um motivo (e registrado de novo) (regra «pagos_registrado_fijo» do "
                "esquema).") in informe, informe
        # El sello de tiempo guardado, en portugués.
        # (dos: el de la escritura que configuró el servidor, automático, y el pedido después)
        assert "Carimbos do tempo: 2, todos continuam na cadeia; o último, de " in informe, informe
        assert "assinado por «" in informe, informe
        for castellano in ("Escritorio nunca escribe", "un pago registrado", "fila 1", "Sellos de tiempo",
                           "siguen en la cadena", "firmado por", "Qué hacer", "escritorio ", "--"):
            assert castellano not in informe, (castellano, informe)

        # Las anclas: la de hoy sigue; una con otra huella, no. Cada línea en portugués.
        dialogo.ancla.setText(dialogo.ancla_de_hoy.text())
        dialogo.boton_ancla.click()
        sello = int(dialogo.ancla_de_hoy.text().split(":")[0])
        dialogo.ancla.setText(f"{sello}:{'0' * 64}")
        dialogo.boton_ancla.click()
        lineas = [dialogo.lista_anclas.item(n).text() for n in range(dialogo.lista_anclas.count())]
        assert len(lineas) == 1 and lineas[0].startswith(f"NÃO CONTINUA · Âncora: o selo {sello} do banco de dados "
                                                          "tem a impressão digital "), lineas
        assert "mas a âncora «" in lineas[0] and "Arquivo, «Restaurar backup…»" in lineas[0], lineas
        dialogo.ancla.setText(dialogo.ancla_de_hoy.text())
        dialogo.boton_ancla.click()
        linea = dialogo.lista_anclas.item(0).text()
        assert f"Âncora: o selo {sello} que a âncora «" in linea and "continua na cadeia, igual" in linea, linea
        for castellano in ("Ancla:", "sigue en la cadena", "el ancla", "escritorio ", "--"):
            assert castellano not in lineas[0] + linea, (castellano, lineas[0], linea)

        # «Sello de tiempo:»: una dirección que no sirve, rechazada en portugués.
        dialogo.servidor_sello.setText("javascript:alert(5)")
        dialogo.boton_guardar_sello.click()
        assert errores and "«javascript:alert(5)» não é o endereço de um servidor de carimbo do tempo" in errores[-1], \
            errores

        # Un servidor que no responde: el motivo (de documentos/sello_de_tiempo.py) también en portugués.
        dialogo.servidor_sello.setText(f"http://127.0.0.1:{_puerto_cerrado()}/tsr")
        dialogo.boton_guardar_sello.click()
        dialogo.boton_sellar.click()
        assert "O carimbo do tempo não foi obtido: o servidor de carimbo do tempo http://127.0.0.1:" in errores[-1] \
            and "não respondeu com um carimbo do tempo (sem conexão" in errores[-1], errores

        # Reconocer el incidente sin motivo: el mensaje nombra el campo, no la opción de la línea de órdenes.
        assert dialogo.incidente.currentData() == 1
        dialogo.boton_reconocer.click()
        assert "O motivo (escreva-o no campo ao lado de «Reconhecer»): " in errores[-1], errores
        assert "--" not in errores[-1] and "escritorio " not in errores[-1] and "motivo:" not in errores[-1]
    finally:
        db.close()


@pytest.mark.parametrize("codigo, fundacion", [("pt_BR", "a fundação"), ("en", "the foundation"),
                                               ("es", "la fundación")])
def test_la_historia_de_los_paises_dice_la_fundacion_en_su_idioma(tmp_path, qtbot, codigo, fundacion):
    """Archivo › Datos de la asociación…, pestaña Países: una asociación creada con sus países (sin fecha: son de
    ella desde la fundación)."""
    from escritorio.interfaz.dialogos.asociacion import DialogoAsociacion
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    crear_asociacion(db, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL", paises={"AR": "pleno", "UY": "asociado"}))
    db.close()
    instalar_idioma(QApplication.instance(), codigo)
    puerta.fijar_del_proceso(puerta.VENTANA)
    db = abrir_base(ruta)
    try:
        dialogo = DialogoAsociacion(oficina_de(db))
        qtbot.addWidget(dialogo)
        dialogo.show()
        dialogo.pestanas.setCurrentIndex(1)
        desde = [dialogo.tabla_paises.item(f, 2).text() for f in range(dialogo.tabla_paises.rowCount())]
        dialogo.tabla_paises.selectRow(1)
        historia = [dialogo.tabla_historia.item(f, 1).text() for f in range(dialogo.tabla_historia.rowCount())]
        assert desde == [fundacion, fundacion] and historia == [fundacion], (desde, historia)
    finally:
        db.close()
