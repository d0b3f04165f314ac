"""En el servidor, lo mismo que en un archivo (issue 58, punto 2): quien administra PostgreSQL apaga el trigger que
protege un pago, lo cambia (la bitácora del servidor lo anota), agrega un sello calculado como los de Escritorio y
vuelve a encender el trigger. La cadena sigue entera; «verificar» repasa cada registro contra las reglas y nombra el
que Escritorio nunca pudo haber escrito. Contra un PostgreSQL de verdad, con la red de ejemplo subida."""

from datetime import datetime, timezone

import psycopg

from escritorio.datos.bitacora import _huella
from escritorio.datos.postgres import conexion
from escritorio.servicios.verificacion.comprobaciones import verificar


def _verificar(url: str):
    db = conexion.conectar(url)
    try:
        return verificar(db)
    finally:
        db.close()


def test_un_pago_cambiado_y_vuelto_a_sellar_en_el_servidor_es_una_alarma(demo_en_el_servidor):
    url = demo_en_el_servidor
    assert _verificar(url).correcta
    with psycopg.connect(url) as c:
        (pago,) = c.execute("SELECT min(id) FROM pagos WHERE anulado_en IS NULL").fetchone()
        for regla in ("pagos_registrado_fijo", "pagos_dinero_cambio"):
            c.execute(f"ALTER TABLE pagos DISABLE TRIGGER {regla}")
        c.execute("UPDATE pagos SET importe = 1, importe_imputable = 1 WHERE id = %s", [pago])
        for regla in ("pagos_registrado_fijo", "pagos_dinero_cambio"):
            c.execute(f"ALTER TABLE pagos ENABLE TRIGGER {regla}")
        (registro,) = c.execute("SELECT max(id) FROM bitacora").fetchone()
    db = conexion.conectar(url)
    try:
        hasta_previo, anterior = db.execute("SELECT hasta_id, huella FROM bitacora_sellos ORDER BY id DESC "
                                            "LIMIT 1").fetchone()
        momento = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")[:23]
        huella, _ = _huella(db, anterior, momento, "tomas", None, hasta_previo + 1, registro)
        # El número, el siguiente al último, como lo pone el servidor (issue 77: no sale de la secuencia).
        db.execute("INSERT INTO bitacora_sellos (id, momento, usuario, operador, desde_id, hasta_id, huella_anterior, "
                   "huella) VALUES ((SELECT max(id) + 1 FROM bitacora_sellos), ?, ?, ?, ?, ?, ?, ?)",
                   [momento, "tomas", None, hasta_previo + 1, registro, anterior, huella])
        db.conn.commit()
    finally:
        db.close()
    resultado = _verificar(url)
    assert not resultado.correcta
    assert not any("Bitácora:" in p for p in resultado.problemas), resultado.problemas  # la cadena, coherente
    assert any(f"Registro {registro} de la bitácora (sello" in p and "sellado por " in p
               and f"«pagos», fila {pago}, cambio: importe" in p and "pagos_registrado_fijo" in p
               for p in resultado.problemas), resultado.problemas


def test_los_documentos_que_emite_el_programa_en_el_servidor_no_dan_falsa_alarma(demo_en_el_servidor, login_pg, cli,
                                                                                   tmp_path):
    url = demo_en_el_servidor
    tomas, sara = login_pg(url, "tomas", "tesoreria"), login_pg(url, "sara", "secretaria")
    with psycopg.connect(url) as c:
        (pago,) = c.execute("SELECT min(p.id) FROM pagos p JOIN recibos r ON r.pago_id = p.id").fetchone()
    assert cli("pagos", "recibo", pago, tmp_path / "recibo.pdf", db=tomas).returncode == 0
    assert cli("sesiones", "acta", "1", tmp_path / "acta.pdf", db=sara).returncode == 0
    assert cli("pagos", "anular", pago, "--motivo", "Error de carga", db=tomas).returncode == 0
    resultado = _verificar(url)
    assert resultado.correcta, resultado.problemas
    assert any("y 2 documentos emitidos contra la cadena" in d for d in resultado.detalles), resultado.detalles
