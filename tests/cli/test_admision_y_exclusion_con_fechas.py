"""Fechas y dinero de la admisión y la exclusión (issue 59, punto 5), por la línea de órdenes (en el
proceso de las pruebas, por la entrada del programa: fixture `cli`) sobre una copia de la red de ejemplo:

- La resolución que admite dice desde cuándo la ciudad es miembro y hasta cuándo sigue solicitante, con la regla
  de la asociación que lo fija (`asociacion admision --rige`); el padrón lo dice en su renglón.
- La primera cuota de quien ingresa no vence el día de su ingreso sino después de la gracia de la asociación; hasta
  entonces no es morosa; el estado de cuenta fecha el cargo el día del ingreso y muestra el prorrateo.
- La exclusión paga el año como dice la asociación (completo o hasta el mes), y la salida de la orden y la
  resolución lo dicen.
"""

import json
from datetime import date, timedelta

from openpyxl import load_workbook
from pypdf import PdfReader

from ayudas import leer, sin_traza

HOY = date.today()
ASAMBLEA = "Asamblea General de Socios"


def ok(resultado) -> str:
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    sin_traza(resultado)
    return resultado.stdout


def como_json(resultado):
    return json.loads(ok(resultado))


def dma(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def _sesion(cli, base, fecha: date) -> int:
    return como_json(cli("sesiones", "convocar", ASAMBLEA, "--fecha", fecha.isoformat(), "--hora", "10:00", "--lugar",
                         "Montevideo", "--convocada-el", (fecha - timedelta(days=30)).isoformat(), "--json",
                         db=base))["id"]


def _punto_aprobado(cli, base, sesion: int, titulo: str, decision: str) -> int:
    punto = como_json(cli("sesiones", "punto", sesion, "--titulo", titulo, "--tipo", "votacion", "--decision",
                          decision, "--json", db=base))["id"]
    asistencia = como_json(cli("sesiones", "asistencia", sesion, "--json", db=base))
    presentes = [m["miembro_id"] for m in asistencia["miembros"] if m["con_voto"]]
    quorum = como_json(cli("sesiones", "asistencia", sesion, "--presentes", ",".join(map(str, presentes)), "--json",
                           db=base))["quorum"]
    ok(cli("sesiones", "votar", punto, "--a-favor", quorum["presentes"], db=base))
    return punto


def _solicitud(cli, base, nombre: str, pidio: date) -> int:
    return como_json(cli("miembros", "solicitud", "--nombre", nombre, "--pais", "AR", "--poblacion", "100000",
                         "--anio-poblacion", "2022", "--fecha", pidio.isoformat(), "--json", db=base))["id"]


def _renglon(listado: str, nombre: str) -> str:
    return next(linea for linea in listado.splitlines() if f" {nombre} " in linea)


def test_la_resolucion_y_el_padron_dicen_desde_cuando_es_miembro(cli, copia_de_la_demo):
    base = copia_de_la_demo
    # El estatuto de esta red: la admisión rige diez días después de la sesión (celebrada anteayer).
    salida = ok(cli("asociacion", "admision", "--rige", "10", "--articulo-admision", "Estatuto, art. 8", db=base))
    assert "La admisión rige 10 días después de la sesión que la decide (Estatuto, art. 8)." in salida
    sesion_el = HOY - timedelta(days=2)
    rafaela = _solicitud(cli, base, "Sunchales", HOY - timedelta(days=30))
    punto = _punto_aprobado(cli, base, _sesion(cli, base, sesion_el), "Admisión de Sunchales", "admision")
    salida = ok(cli("sesiones", "resolucion", punto, "--titulo", "Admisión de Sunchales", "--admite", rafaela, db=base))
    desde = sesion_el + timedelta(days=10)
    assert f"Admite a Sunchales (AR) desde el {dma(desde)}" in salida
    assert (f"Sunchales sigue solicitante hasta el {dma(desde - timedelta(days=1))} y es miembro desde el {dma(desde)}: "
            "la admisión rige 10 días después de la sesión que la decide (Estatuto, art. 8).") in salida
    # El padrón, en el renglón de Sunchales: solicitante hoy, y desde cuándo es miembro.
    listado = ok(cli("miembros", "listar", db=base))
    assert f"Solicitante — miembro desde {dma(desde)}" in _renglon(listado, "Sunchales")
    # Las demás, como siempre.
    assert " activo " in listado


def test_la_primera_cuota_vence_tras_la_gracia_y_el_estado_de_cuenta_la_explica(cli, copia_de_la_demo, tmp_path):
    base = copia_de_la_demo
    # Una cuota impaga suspende el voto; la primera cuota de quien ingresa vence 5 días después de su ingreso.
    ok(cli("cuotas", "regla-voto", "--cuotas", "1", "--articulo", "Estatuto, art. 9", db=base))
    salida = ok(cli("asociacion", "admision", "--gracia", "5", "--articulo-gracia", "Reglamento de cuotas, art. 4",
                    db=base))
    assert "vence 5 días después de su ingreso" in salida and "(Reglamento de cuotas, art. 4)." in salida
    sesion_el = HOY - timedelta(days=10)
    rafaela = _solicitud(cli, base, "Sunchales", sesion_el - timedelta(days=30))
    punto = _punto_aprobado(cli, base, _sesion(cli, base, sesion_el), "Admisión de Sunchales", "admision")
    salida = ok(cli("sesiones", "resolucion", punto, "--titulo", "Admisión de Sunchales", "--admite", rafaela, db=base))
    ingreso = sesion_el + timedelta(days=1)   # por omisión, el día siguiente
    assert f"Sunchales es miembro desde el {dma(ingreso)}" in salida
    # Ya es miembro: el padrón la muestra activa, sin la nota de la solicitante.
    assert "Solicitante" not in _renglon(ok(cli("miembros", "listar", db=base)), "Sunchales")

    ok(cli("cuotas", "emitir", ingreso.year, db=base))
    [(vencimiento, detalle)] = leer(base, "SELECT vencimiento, detalle FROM cargos WHERE miembro_id = ? AND anio = ?",
                                    [rafaela, ingreso.year])
    vence = ingreso + timedelta(days=5)
    assert vencimiento == vence.isoformat()   # nunca el día del ingreso
    meses = 12 - ingreso.month + 1

    # Cuatro días después del ingreso no es morosa (la cuota no venció); el día después del vencimiento sí.
    def morosos(al: date) -> set[str]:
        archivo = tmp_path / f"morosidad-{al}.xlsx"
        ok(cli("cuotas", "morosidad", str(archivo), "--al", al.isoformat(), "--reemplazar", db=base))
        hoja = load_workbook(archivo, read_only=True).active
        return {str(celda) for fila in hoja.iter_rows(values_only=True) for celda in fila if celda}

    assert "Sunchales" not in morosos(ingreso + timedelta(days=4))
    assert "Sunchales" not in morosos(vence)
    assert "Sunchales" in morosos(vence + timedelta(days=1))   # el vencimiento fue hace 4 días

    # El estado de cuenta: el cargo fechado el día del ingreso (no el 01/01), con su prorrateo y sus fechas.
    archivo = tmp_path / "cuenta.pdf"
    ok(cli("cuotas", "estado-cuenta", "--miembro", rafaela, str(archivo), db=base))
    texto = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(archivo).pages)
    assert f"{dma(ingreso)} Cuota anual {ingreso.year} (Prorrateo: {meses} de 12 meses (ingreso {dma(ingreso)})" in texto
    assert f"01/01/{ingreso.year}" not in texto
    assert detalle == f"Prorrateo: {meses} de 12 meses (ingreso {dma(ingreso)}) según Reglamento de cuotas, art. 3"


def _sin_pagos_ni_mandatos(base, anio: int) -> list[tuple[int, str, int]]:
    return leer(base, """SELECT m.id, m.nombre, c.importe FROM miembros m JOIN cargos c ON c.miembro_id = m.id
                         WHERE c.anio = ? AND c.tipo_cargo = 'cuota_anual' AND c.descuento = 0
                         AND NOT EXISTS (SELECT 1 FROM imputaciones i WHERE i.cargo_id = c.id)
                         AND NOT EXISTS (SELECT 1 FROM mandatos x WHERE x.miembro_id = m.id)
                         AND NOT EXISTS (SELECT 1 FROM estados_miembro e WHERE e.miembro_id = m.id
                                         AND e.estado <> 'activo')
                         ORDER BY m.id LIMIT 3""", [anio])


def test_la_exclusion_paga_su_anio_como_dice_la_asociacion_y_lo_dice(cli, copia_de_la_demo):
    base = copia_de_la_demo
    sesion_el = date(HOY.year, 10, 15) if HOY.month > 10 else HOY - timedelta(days=5)
    desde = sesion_el + timedelta(days=1)
    (primero, nombre1, importe1), (segundo, nombre2, importe2), (tercero, nombre3, _) = _sin_pagos_ni_mandatos(
        base, desde.year)
    sesion = _sesion(cli, base, sesion_el)

    # Hasta el mes de la exclusión, según el artículo.
    ok(cli("asociacion", "admision", "--exclusion", "hasta-el-mes", "--articulo-exclusion", "Estatuto, art. 12",
           db=base))
    punto = _punto_aprobado(cli, base, sesion, f"Exclusión de {nombre1}", "exclusion")
    salida = ok(cli("sesiones", "resolucion", punto, "--titulo", f"Exclusión de {nombre1}", "--excluye", primero,
                    db=base))
    [(ajustado,)] = leer(base, "SELECT importe FROM cargos WHERE miembro_id = ? AND anio = ?", [primero, desde.year])
    assert ajustado == (importe1 * 2 * desde.month + 12) // 24 < importe1
    frase = (f"La cuota {desde.year} se ajustó hasta el mes de la exclusión ({desde.month} de 12 meses) "
             f"(Estatuto, art. 12)")
    assert frase in " ".join(salida.split())
    resolucion = next(r for r in como_json(cli("resoluciones", "listar", "--json", db=base))
                      if r["titulo"] == f"Exclusión de {nombre1}")
    vista = ok(cli("resoluciones", "ver", resolucion["id"], db=base))
    assert f"Excluye a {nombre1}" in vista and frase in " ".join(vista.split())

    # La cuota completa: no se toca, y se dice.
    ok(cli("asociacion", "admision", "--exclusion", "completo", db=base))
    punto = _punto_aprobado(cli, base, sesion, f"Exclusión de {nombre2}", "exclusion")
    salida = ok(cli("sesiones", "resolucion", punto, "--titulo", f"Exclusión de {nombre2}", "--excluye", segundo,
                    db=base))
    assert leer(base, "SELECT importe FROM cargos WHERE miembro_id = ? AND anio = ?", [segundo, desde.year]) == [
        (importe2,)]
    assert f"La cuota {desde.year} queda completa: " in salida and "(Estatuto, art. 12)." in salida

    # Una exclusión que rige en un año todavía no emitido: la emisión de ese año aplica la regla de la asociación.
    ok(cli("asociacion", "admision", "--exclusion", "hasta-el-mes", db=base))
    anio = HOY.year + 1
    punto = _punto_aprobado(cli, base, sesion, f"Exclusión de {nombre3}", "exclusion")
    ok(cli("sesiones", "resolucion", punto, "--titulo", f"Exclusión de {nombre3}", "--excluye", tercero, "--desde",
           f"{anio}-03-15", db=base))
    ok(cli("cuotas", "emitir", anio, db=base))
    [(bruto, detalle)] = leer(base, "SELECT importe_bruto, detalle FROM cargos WHERE miembro_id = ? AND anio = ?",
                              [tercero, anio])
    assert detalle == f"Prorrateo: 3 de 12 meses (baja 15/03/{anio}) según Estatuto, art. 12"
    [(tramo,)] = leer(base, "SELECT t.importe FROM cargos c JOIN tramos t ON t.escala_id = c.escala_id "
                            "AND t.desde_poblacion = c.tramo_desde WHERE c.miembro_id = ? AND c.anio = ?", [tercero, anio])
    assert bruto == (tramo * 2 * 3 + 12) // 24
