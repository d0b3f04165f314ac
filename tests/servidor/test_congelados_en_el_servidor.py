"""Lo congelado en el servidor (issue 58, punto 1): quien administra PostgreSQL apaga solo la regla que congela el
acta aprobada, le cambia el texto y recalcula su huella, y la vuelve a encender. La bitácora del servidor anota y
sella el cambio como cualquier otro: por eso lo congelado se compara con lo que se selló al aprobarla, y cualquier
registro posterior que cambie lo fijo es la alarma. Contra un PostgreSQL de verdad, con la red de ejemplo subida."""

import hashlib
import json

import psycopg
import pytest
from servidor_postgres import escribir_en_el_servidor as _escribir

from escritorio.datos.postgres import conexion
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.informes_sesiones import imprimir_acta
from escritorio.servicios.verificacion.comprobaciones import verificar


def test_el_acta_forjada_por_quien_administra_el_servidor_se_nombra_y_no_se_imprime(demo_en_el_servidor, tmp_path):
    url = demo_en_el_servidor
    with psycopg.connect(url) as c:
        contenido, asociacion_id = c.execute("SELECT a.contenido, o.asociacion_id FROM actas a JOIN sesiones s ON "
                                             "s.id = a.sesion_id JOIN organos o ON o.id = s.organo_id "
                                             "WHERE a.sesion_id = 1").fetchone()
    datos = json.loads(contenido)
    datos["apertura"] = (datos["apertura"] or "") + " [FORJADO]"
    huella = hashlib.sha256(json.dumps(datos, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    texto = json.dumps(datos, ensure_ascii=False).replace("'", "''")
    _escribir(url, "ALTER TABLE actas DISABLE TRIGGER actas_congeladas",
              f"UPDATE actas SET contenido = '{texto}', huella = '{huella}' WHERE sesion_id = 1",
              "ALTER TABLE actas ENABLE TRIGGER actas_congeladas")

    db = conexion.conectar(url)
    try:
        resultado = verificar(db)
        assert not resultado.correcta
        assert any("El acta N.º 31" in p and "fue cambiada por fuera de Escritorio" in p
                   for p in resultado.problemas), resultado.problemas
        assert not any("todas iguales a lo aprobado" in d for d in resultado.detalles)
        with pytest.raises(ErrorEscritorio, match="fue cambiada por fuera de Escritorio"):
            imprimir_acta(Contexto(db, asociacion_id), 1, tmp_path / "a.pdf")
    finally:
        db.close()
    assert not (tmp_path / "a.pdf").exists()


def test_el_pago_forjado_en_el_servidor_aparta_a_su_miembro_de_los_avisos(demo_en_el_servidor, tmp_path):
    """Quien administra el servidor apaga las reglas de `pagos`, cambia el importe de un pago y las vuelve a
    encender: el lote de avisos sale sin la carta de ese miembro, y dice por qué; los demás, con la suya."""
    from escritorio.servicios.cobranza import preparar_avisos
    from escritorio.servicios.informes_cuotas import generar_avisos

    url = demo_en_el_servidor
    db = conexion.conectar(url)
    try:
        [(asociacion_id,)] = db.execute("SELECT min(id) FROM asociaciones").fetchall()
        tocan = {a.miembro_id for a in preparar_avisos(Contexto(db, asociacion_id))}
    finally:
        db.close()
    with psycopg.connect(url) as c:
        pago, miembro = next((p, m) for p, m in c.execute(
            "SELECT p.id, p.miembro_id FROM pagos p WHERE p.anulado_en IS NULL AND EXISTS (SELECT 1 FROM "
            "imputaciones i WHERE i.pago_id = p.id) ORDER BY p.id") if m in tocan)
    _escribir(url, "ALTER TABLE pagos DISABLE TRIGGER USER",
              f"UPDATE pagos SET importe = 1, importe_imputable = 1 WHERE id = {pago}",
              "ALTER TABLE pagos ENABLE TRIGGER USER")

    db = conexion.conectar(url)
    try:
        hecho = generar_avisos(Contexto(db, asociacion_id), tmp_path / "avisos.pdf")
        assert hecho.cantidad == len(tocan) - 1 > 0
        [apartado] = hecho.apartados
        assert apartado.miembro_id == miembro
        assert any(f"fila {pago} de «pagos»" in m and "cambió importe" in m for m in apartado.motivos), \
            apartado.motivos
        con_carta = {m for (m,) in db.execute("SELECT DISTINCT c.miembro_id FROM avisos a JOIN cargos c ON "
                                              "c.id = a.cargo_id").fetchall()}
        assert con_carta == tocan - {miembro}
    finally:
        db.close()
