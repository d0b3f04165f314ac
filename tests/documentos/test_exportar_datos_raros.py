"""Todo exportador y todo documento funciona con lo que ya está guardado, aunque sea raro (issue #12).

Una versión anterior aceptaba caracteres de control (BEL, BS, NUL, ESC…), marcas de dirección (U+202E),
no-caracteres (U+FFFE) y textos de 100.000 caracteres; la bitácora guardó esos valores para siempre. Aquí
se guardan igual que entonces: con SQL directo sobre una base de la demo (los triggers de la bitácora registran el
cambio) y sellados como los sellaba esa versión. Después cada orden de la CLI debe terminar con código 0 y mostrar
el valor visible según `documentos.visible`: cada carácter invisible como [U+XXXX], los saltos de línea de
un dato de una línea como «¶», lo que no cabe recortado con «… [recortado: tenía N caracteres]», y lo que
Excel tomaría por fórmula escrito como texto.
"""

from contextlib import closing
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from escritorio.datos.base_de_datos import BaseDeDatos
from escritorio.datos.bitacora import sellar
from escritorio.documentos.visible import abreviar, cifra, marca_de_recorte, recortar, visible, visible_recortado

RARO = "Villa\x07Campana\x08 \x00nul \x1bESC \u202eoíraR \ufffe fin"
RARO_VISIBLE = "Villa[U+0007]Campana[U+0008] [U+0000]nul [U+001B]ESC [U+202E]oíraR [U+FFFE] fin"
LARGO = "Larguísimo " + "x" * 100_000  # 100.011 caracteres
FORMULA = '=HYPERLINK("http://malo.example","clic")'
MOROSO = "Guaru\x07lhos\x1b[31m\u202e"
MOROSO_VISIBLE = "Guaru[U+0007]lhos[U+001B][31m[U+202E]"
REFERENCIA = "Ref\x07\x1b[2J-=1+1"
REFERENCIA_VISIBLE = "Ref[U+0007][U+001B][2J-=1+1"
ORGANO = "Consejo\x07\u202e"
ORGANO_VISIBLE = "Consejo[U+0007][U+202E]"
NUMERO_RARO = 900  # el número de la sesión con acta en borrador que se agrega (la demo trae tres o cuatro)


def _sesion_rara(base: Path) -> int:
    c = sqlite3.connect(base)
    try:
        return c.execute("SELECT id FROM sesiones WHERE organo_id = 2 AND numero = ?", (NUMERO_RARO,)).fetchone()[0]
    finally:
        c.close()


def _estropear(ruta: Path) -> dict:
    """Los valores raros, guardados como los guardaba una versión anterior: SQL directo, sin validar."""
    ids = {}
    c = sqlite3.connect(ruta)
    c.execute("PRAGMA foreign_keys = ON")
    with c:
        ids["moroso"] = c.execute("SELECT id FROM miembros WHERE nombre = 'Guarulhos'").fetchone()[0]
        c.execute("UPDATE miembros SET nombre = ?, region = ?, correo = ? WHERE id = 1",
                  (RARO, "Norte\nSur", "a@b.org\tfin"))
        c.execute("UPDATE miembros SET nombre = ? WHERE id = 2", (LARGO,))
        c.execute("UPDATE miembros SET nombre = ? WHERE id = 3", (FORMULA,))
        c.execute("UPDATE miembros SET nombre = ? WHERE id = 70", ("+54 Ciudad\x07",))
        c.execute("UPDATE miembros SET nombre = ? WHERE id = 71", ("@SUMA(A1)",))
        c.execute("UPDATE miembros SET nombre = ? WHERE id = 72", ("#N/A",))
        # Cifras: una población guardada como texto (SQLite lo admite en una columna INTEGER) y una enorme.
        c.execute("UPDATE poblaciones SET cifra = 'mucho' WHERE miembro_id = 5")
        c.execute("UPDATE poblaciones SET cifra = 999999999999999999 WHERE miembro_id = 1")
        c.execute("UPDATE miembros SET fecha_ingreso = '0001-01-01' WHERE id = 1")  # Excel no tiene fechas antes de 1900
        c.execute("UPDATE miembros SET nombre = ? WHERE id = ?", (MOROSO, ids["moroso"]))
        c.execute("UPDATE autoridades SET persona = ?, cargo = ? WHERE miembro_id = 1", ("Ana\x07 Pérez\u202e", "-Intendenta"))
        c.execute("UPDATE organos SET nombre = ?, atribuciones = ? WHERE id = 2", (ORGANO, "Atribuye\x00\x1b[31m"))
        # Un pago que una versión anterior registró con una referencia sin validar (con su recibo, sin imputar: queda
        # a favor del miembro). Se agrega: un pago registrado no se cambia después (lo congela la migración 0017).
        pago = c.execute("INSERT INTO pagos (asociacion_id, miembro_id, fecha, importe, moneda, tipo_cambio, "
                         "moneda_imputacion, importe_imputable, medio, referencia) SELECT asociacion_id, miembro_id, "
                         "fecha, importe, moneda, tipo_cambio, moneda_imputacion, importe_imputable, medio, ? FROM pagos "
                         "WHERE miembro_id = 1 ORDER BY id LIMIT 1", (REFERENCIA,)).lastrowid
        c.execute("INSERT INTO recibos (asociacion_id, anio, numero, pago_id) SELECT asociacion_id, "
                  "CAST(strftime('%Y', fecha) AS INTEGER), (SELECT max(numero) + 1 FROM recibos r "
                  "WHERE r.anio = CAST(strftime('%Y', p.fecha) AS INTEGER)), id FROM pagos p WHERE id = ?", (pago,))
        ids["pago"] = pago
        c.execute("UPDATE asociaciones SET sede = ? WHERE id = 1", ("Monte\x07video",))
        # Un artículo más del estatuto (las versiones no se modifican: se agrega una).
        c.execute("INSERT INTO versiones_articulo (norma_id, reforma_id, numero, titulo, texto, vigente_desde, derogado) "
                  "SELECT norma_id, reforma_id, '99', ?, ?, vigente_desde, 0 FROM versiones_articulo WHERE id = 1",
                  ("Título\x07 raro", "Texto\x00 con NUL\n\nPárrafo\x1b[31m"))
        # Una sesión del Consejo con acta en borrador, cargada con textos raros.
        sesion = c.execute("INSERT INTO sesiones (organo_id, numero, tipo, fecha, hora, lugar, estado, convocada_el) "
                           "VALUES (2, ?, 'ordinaria', '2026-09-10', '10:00', ?, 'celebrada', '2026-08-20')",
                           (NUMERO_RARO, "Sala\x07 \u202eB\x1b[5m")).lastrowid
        c.execute("INSERT INTO puntos_orden (sesion_id, orden, titulo, tipo, resumen) VALUES (?, 1, ?, 'deliberativo', ?)",
                  (sesion, "Punto\x07raro =1+1", "Se debatió\x00 largamente.\n\nSegundo\x1b párrafo.\u202e"))
        c.execute("INSERT INTO puntos_orden (sesion_id, orden, titulo, tipo) VALUES (?, 2, ?, 'informativo')",
                  (sesion, "Informe " + "z" * 100_000))
        c.execute("INSERT INTO asistencias (sesion_id, miembro_id, estado, representante) VALUES (?, 1, 'presente', ?)",
                  (sesion, "Rep\x07resentante\ufffe"))
        c.execute("INSERT INTO asistencias (sesion_id, miembro_id, estado) VALUES (?, 70, 'presente')", (sesion,))
        c.execute("INSERT INTO invitados (sesion_id, nombre, institucion) VALUES (?, ?, ?)", (sesion, "Invitada\x07", "Inst\x08"))
        c.execute("INSERT INTO actas (sesion_id, estado, apertura, cierre, preside, secretaria) "
                  "VALUES (?, 'borrador', ?, ?, ?, ?)",
                  (sesion, "Apertura\x07 con\ttab\nsegunda línea", "Cierre\x1b[2J", "Preside\x07\u202e", "Secretaria\x00"))
        # Lo sella como lo sellaba esa versión (una transacción de Escritorio): no es un cambio de otro programa.
        sellar(BaseDeDatos(c))
    c.close()
    return ids


@pytest.fixture(scope="module")
def base_rara(tmp_path_factory, demo_creada_por_la_cli) -> tuple[Path, dict]:
    """La demo creada por la CLI y estropeada una vez por módulo; cada prueba trabaja sobre una copia."""
    ruta = tmp_path_factory.mktemp("base_rara") / "demo.db"
    shutil.copy(demo_creada_por_la_cli, ruta)  # «escritorio demo», hecha una vez en la corrida
    return ruta, _estropear(ruta)


@pytest.fixture
def base(base_rara, tmp_path) -> Path:
    copia = tmp_path / "red.db"
    shutil.copy(base_rara[0], copia)
    return copia


@pytest.fixture
def ids(base_rara) -> dict:
    return base_rara[1]


def _bien(resultado):
    """Terminó bien: código 0, sin disculpa, sin traza."""
    assert resultado.returncode == 0, resultado.stderr
    assert "Lo sentimos" not in resultado.stderr and "Traceback" not in resultado.stderr
    return resultado


def _celdas(ruta: Path) -> dict[str, list]:
    """Cada hoja del libro como lista de celdas (para buscar el texto que ve el usuario)."""
    libro = openpyxl.load_workbook(ruta)
    return {hoja.title: [celda for fila in hoja.iter_rows() for celda in fila] for hoja in libro.worksheets}


def _valores(ruta: Path) -> list:
    """Los valores de todas las celdas con algo, hoja por hoja (en solo lectura: un tercio del tiempo de leer
    cada celda con su formato, lo que pesa en la bitácora entera)."""
    libro = openpyxl.load_workbook(ruta, read_only=True)
    try:
        return [v for hoja in libro.worksheets for fila in hoja.iter_rows(values_only=True) for v in fila
                if v is not None]
    finally:
        libro.close()


def _sin_formulas(ruta: Path) -> None:
    """Ninguna hoja del archivo tiene una fórmula: el texto del usuario nunca se ejecuta."""
    with zipfile.ZipFile(ruta) as z:
        for nombre in z.namelist():
            if nombre.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(nombre) and b"<f " not in z.read(nombre), nombre


def _texto_pdf(ruta: Path) -> tuple[str, int]:
    lector = PdfReader(ruta)
    return "\n".join(p.extract_text() for p in lector.pages), len(lector.pages)


def _sin_invisibles(texto: str) -> None:
    """Ni un carácter de control ni una marca de dirección llegó al documento o a la consola. (pypdf lee la
    viñeta «•» de las fuentes estándar como U+007F: no se cuenta.)"""
    raros = [c for c in texto if (ord(c) < 32 and c not in "\n\t") or c in "\u202e\ufffe"]
    assert not raros, raros[:5]


def _se_ve(ruta_pdf: Path, tmp_path: Path, pagina: int = 1) -> None:
    """La página se puede dibujar (como la ve quien abre el PDF)."""
    if shutil.which("pdftoppm") is None:
        return
    salida = tmp_path / f"pagina{pagina}"
    hecho = subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(pagina), "-l", str(pagina), str(ruta_pdf),
                            str(salida)], capture_output=True, timeout=60)
    assert hecho.returncode == 0, hecho.stderr
    assert list(tmp_path.glob("pagina*.png"))


# --- La regla, en un lugar -------------------------------------------------------------------------

def test_regla_visible():
    assert visible(RARO) == RARO_VISIBLE
    assert visible("Norte\nSur") == "Norte¶Sur" and visible("a\r\nb") == "a¶b"
    assert visible("a@b.org\tfin") == "a@b.org[U+0009]fin"
    assert visible("Norte\r\nSur\tx", lineas=True) == "Norte\nSur\tx"
    assert visible("\ud800") == "[U+D800]" and visible("\U0010ffff") == "[U+10FFFF]"
    assert visible("Nor\ufffdte") == "Nor[U+FFFD]te"  # lo que dejan los bytes que no eran texto
    assert visible("São Paulo — Ñandú 😀 «»") == "São Paulo — Ñandú 😀 «»"  # lo normal no se toca
    assert visible(visible(RARO)) == RARO_VISIBLE  # aplicarla dos veces no cambia nada
    assert visible(None) == "" and visible(12) == "12"


def test_regla_recorte():
    recortado = recortar(LARGO, 32_767)
    assert len(recortado) == 32_767
    assert recortado.startswith("Larguísimo xxx") and recortado.endswith(marca_de_recorte(100_011))
    assert marca_de_recorte(100_011) == "… [recortado: tenía 100.011 caracteres]"
    assert recortar("corto", 10) == "corto"
    # El corte no parte una notación por la mitad.
    for maximo in range(60, 70):
        texto = visible_recortado("\x07" * 100, maximo)
        assert len(texto) <= maximo and texto.endswith("… [recortado: tenía 100 caracteres]")
        assert texto.replace("[U+0007]", "").startswith("…")
    assert abreviar("ab\x07" * 40, 20) == "ab[U+0007]ab…"  # «ab[U+0007]ab[U+0007]…» tendría 21
    assert cifra(1234567) == "1.234.567" and cifra("mucho\x07") == "mucho[U+0007]" and cifra(True) == "True"


# --- Excel ----------------------------------------------------------------------------------------

def test_miembros_exportar(cli, base, tmp_path):
    salida = tmp_path / "padron.xlsx"
    _bien(cli("miembros", "exportar", salida, db=base))
    celdas = {c.value: c for c in _celdas(salida)["Padrón"] if isinstance(c.value, str)}
    assert RARO_VISIBLE in celdas
    assert "Norte¶Sur" in celdas and "a@b.org[U+0009]fin" in celdas and "Ana[U+0007] Pérez[U+202E]" in celdas
    largo = next(c for v, c in celdas.items() if v.startswith("Larguísimo"))
    assert len(largo.value) == 32_767 and largo.value.endswith("… [recortado: tenía 100.011 caracteres]")
    for peligroso in (FORMULA, "+54 Ciudad[U+0007]", "@SUMA(A1)", "-Intendenta", "#N/A"):
        assert celdas[peligroso].data_type == "s" and celdas[peligroso].quotePrefix, peligroso
    assert "mucho" in celdas  # la población guardada como texto, tal cual
    assert "999999999999999999" in celdas  # Excel redondearía el número a 1E+18: va como texto, exacto
    assert "01/01/0001" in celdas  # Excel mostraría «#####»: va como texto
    resumen = [c.value for c in _celdas(salida)["Resumen"]]
    # Los totales, exactos (19 cifras, como texto); la población «mucho» no se suma.
    assert any(isinstance(v, str) and v.isdigit() and len(v) == 19 for v in resumen)
    _sin_formulas(salida)
    _sin_invisibles("".join(celdas))


def test_cuotas_exportar_y_morosidad(cli, base, tmp_path):
    cuotas, morosidad = tmp_path / "cuotas.xlsx", tmp_path / "morosidad.xlsx"
    _bien(cli("cuotas", "exportar", "2025", cuotas, db=base))
    valores = _valores(cuotas)
    assert RARO_VISIBLE in valores and FORMULA in valores and MOROSO_VISIBLE in valores
    assert any(isinstance(v, str) and v.endswith("… [recortado: tenía 100.011 caracteres]") for v in valores)
    _sin_formulas(cuotas)

    _bien(cli("cuotas", "morosidad", morosidad, db=base))
    valores = _valores(morosidad)
    assert MOROSO_VISIBLE in valores
    _sin_formulas(morosidad)
    _sin_invisibles("".join(v for v in valores if isinstance(v, str)))


def test_bitacora_exportar_completa_y_filtrada(cli, base, tmp_path):
    completa, filtrada = tmp_path / "bitacora.xlsx", tmp_path / "miembros.xlsx"
    _bien(cli("bitacora", "exportar", completa, db=base))
    _bien(cli("bitacora", "exportar", "--entidad", "miembros", filtrada, db=base))
    valores = {ruta: _valores(ruta) for ruta in (completa, filtrada)}  # cada libro se lee una vez
    for ruta in (completa, filtrada):
        detalles = [v for v in valores[ruta] if isinstance(v, str) and "→" in v]
        # El detalle en palabras (issue 83): el dato con su nombre, el valor visible como en todos los documentos.
        assert any("Nombre: Buenos Aires → Villa[U+0007]Campana[U+0008]" in d for d in detalles), ruta
        assert any("a@b.org[U+0009]fin" in d for d in detalles)
        _sin_invisibles("".join(detalles))
        _sin_formulas(ruta)
    detalles = " ".join(v for v in valores[completa] if isinstance(v, str))
    assert "Referencia: " in detalles and REFERENCIA_VISIBLE in detalles
    assert f"Nombre: Consejo → {ORGANO_VISIBLE}" in detalles


def test_bitacora_listar(cli, base):
    salida = _bien(cli("bitacora", "listar", "--cantidad", "200", db=base)).stdout
    assert "Villa[U+0007]Campana" in salida and REFERENCIA_VISIBLE in salida
    _sin_invisibles(salida)


def test_miembros_listar_y_json(cli, base):
    salida = _bien(cli("miembros", "listar", db=base)).stdout
    assert "Villa[U+0007]Campana" in salida and "Norte¶Sur" in salida
    assert "999.999.999.999.999.999" in salida and " mucho " in salida
    _sin_invisibles(salida)
    # En JSON va el valor exacto (JSON escribe los de control como \u0007): es para otro programa.
    crudo = _bien(cli("miembros", "listar", "--json", db=base)).stdout
    _sin_invisibles(crudo.replace("\u202e", "").replace("\ufffe", ""))
    miembros = {m["id"]: m for m in json.loads(crudo)}
    assert miembros[1]["nombre"] == RARO and miembros[1]["region"] == "Norte\nSur"
    assert miembros[2]["nombre"] == LARGO


def test_las_demas_listas_de_la_consola_no_dejan_pasar_un_escape(cli, base):
    """Un ESC guardado no llega a la terminal (borraría la pantalla o cambiaría los colores): cada lista
    muestra el dato con la misma regla que los documentos."""
    listas = {
        ("pagos", "listar", "--miembro", "1"): "Villa[U+0007]Campana",
        ("sesiones", "listar"): None,
        ("organos", "listar"): ORGANO_VISIBLE,
        ("organos", "composicion", "2"): RARO_VISIBLE[:20],
        ("resoluciones", "listar"): None,
        ("estatutos", "listar"): None,
    }
    for orden, esperado in listas.items():
        salida = _bien(cli(*orden, db=base)).stdout
        _sin_invisibles(salida)
        if esperado:
            assert esperado in salida, (orden, salida[:500])


def test_composicion_y_matriz_de_unidades(cli, base, tmp_path):
    pdf, xlsx, matriz = tmp_path / "consejo.pdf", tmp_path / "consejo.xlsx", tmp_path / "matriz.xlsx"
    # El Consejo de la demo cumple sus reglas: una tercera brasileña electa da un aviso con el nombre raro del órgano.
    c = sqlite3.connect(base)
    with c:
        c.execute("INSERT INTO mandatos (organo_id, miembro_id, cargo, con_voto, desde) SELECT 2, id, 'titular', 1, "
                  "'2024-12-01' FROM miembros WHERE pais = 'BR' AND id NOT IN (SELECT miembro_id FROM mandatos "
                  "WHERE organo_id = 2 AND miembro_id IS NOT NULL) ORDER BY id LIMIT 1")
    c.close()
    _bien(cli("organos", "composicion", "2", "--pdf", pdf, "--xlsx", xlsx, db=base))
    valores = _valores(xlsx)
    assert RARO_VISIBLE in valores and "+54 Ciudad[U+0007]" in valores
    assert any(isinstance(v, str) and v.startswith(ORGANO_VISIBLE) for v in valores)  # la hoja de avisos
    _sin_formulas(xlsx)
    texto, paginas = _texto_pdf(pdf)
    assert "Villa[U+0007]Campana[U+0008]" in texto and ORGANO_VISIBLE in texto
    assert "recortado: tenía 100.011" in texto.replace("\n", " ") and paginas <= 3
    _sin_invisibles(texto)
    _se_ve(pdf, tmp_path)

    _bien(cli("unidades", "matriz", matriz, db=base))
    _sin_invisibles("".join(v for v in _valores(matriz) if isinstance(v, str)))
    _sin_formulas(matriz)


def test_planilla_de_sesion(cli, base, tmp_path):
    salida = tmp_path / "sesion.xlsx"
    _bien(cli("sesiones", "exportar", _sesion_rara(base), salida, db=base))
    libro = openpyxl.load_workbook(salida)
    assert libro.properties.title.endswith(ORGANO_VISIBLE)
    valores = _valores(salida)
    assert RARO_VISIBLE in valores and "Rep[U+0007]resentante[U+FFFE]" in valores
    _sin_invisibles("".join(v for v in valores if isinstance(v, str)))


# --- PDF ------------------------------------------------------------------------------------------

def test_padron_pdf(cli, base, tmp_path):
    salida = tmp_path / "padron.pdf"
    _bien(cli("miembros", "padron", salida, db=base))
    texto, paginas = _texto_pdf(salida)
    plano = texto.replace("\n", " ")
    assert "Villa[U+0007]Campana[U+0008] [U+0000]nul" in plano and "Norte¶Sur" in plano
    assert "recortado: tenía" in plano and "mucho" in plano and "01/01/0001" in plano
    assert "999.999.999.999.999.999" in "".join(texto.split())  # no entra en un renglón de la columna
    assert paginas <= 12  # 300 miembros; el nombre de 100.000 caracteres no agrega decenas de páginas
    _sin_invisibles(texto)
    _se_ve(salida, tmp_path)


def test_estado_de_cuenta_y_recibo(cli, base, ids, tmp_path):
    raro, largo, recibo = tmp_path / "ec1.pdf", tmp_path / "ec2.pdf", tmp_path / "recibo.pdf"
    _bien(cli("cuotas", "estado-cuenta", "--miembro", "1", raro, db=base))
    texto, _ = _texto_pdf(raro)
    assert RARO_VISIBLE in texto.replace("\n", " ")
    _sin_invisibles(texto)
    assert "999.999.999.999.999.999 habitantes" in texto
    _bien(cli("cuotas", "estado-cuenta", "--miembro", "5", largo, db=base))
    assert "mucho habitantes" in _texto_pdf(largo)[0]
    _bien(cli("cuotas", "estado-cuenta", "--miembro", "2", largo, "--reemplazar", db=base))
    texto, paginas = _texto_pdf(largo)
    assert "recortado: tenía 100.011 caracteres" in texto.replace("\n", " ") and paginas == 1

    _bien(cli("pagos", "recibo", ids["pago"], recibo, db=base))
    texto, paginas = _texto_pdf(recibo)
    assert REFERENCIA_VISIBLE in texto and "Villa[U+0007]Campana" in texto and paginas == 1
    _sin_invisibles(texto)
    _se_ve(recibo, tmp_path)


def test_avisos_de_cobro(cli, base, tmp_path):
    salida = tmp_path / "avisos.pdf"
    _bien(cli("cuotas", "avisos", salida, db=base))
    texto, _ = _texto_pdf(salida)
    assert MOROSO_VISIBLE in texto.replace("\n", " ") and "Monte[U+0007]video" in texto
    _sin_invisibles(texto)


def test_organigrama(cli, base, tmp_path):
    salida = tmp_path / "organigrama.pdf"
    _bien(cli("organos", "organigrama", salida, db=base))
    texto, _ = _texto_pdf(salida)
    assert ORGANO_VISIBLE in texto and "Villa[U+0007]Campana" in texto
    _sin_invisibles(texto)
    _se_ve(salida, tmp_path)


def test_convocatoria_y_acta_en_borrador(cli, base, tmp_path):
    convocatoria, acta = tmp_path / "convocatoria.pdf", tmp_path / "acta.pdf"
    _bien(cli("sesiones", "convocatoria", _sesion_rara(base), convocatoria, db=base))
    texto, paginas = _texto_pdf(convocatoria)
    plano = texto.replace("\n", " ")
    assert "Sala[U+0007] [U+202E]B[U+001B][5m" in plano and "Punto[U+0007]raro =1+1" in plano
    assert "Villa[U+0007]Campana[U+0008]" in plano and "recortado: tenía 100.008 caracteres" in plano
    assert paginas <= 3
    _sin_invisibles(texto)

    _bien(cli("sesiones", "acta", _sesion_rara(base), acta, db=base))
    texto, paginas = _texto_pdf(acta)
    plano = texto.replace("\n", " ")
    for esperado in ("Apertura[U+0007] con", "Se debatió[U+0000] largamente.", "Segundo[U+001B] párrafo.[U+202E]",
                     "Rep[U+0007]resentante[U+FFFE]", "Invitada[U+0007] (Inst[U+0008])", "Cierre[U+001B][2J",
                     "Preside[U+0007][U+202E]", "Secretaria[U+0000]", ORGANO_VISIBLE):
        assert esperado in plano, esperado
    assert paginas <= 3
    _sin_invisibles(texto)
    _se_ve(acta, tmp_path)


def test_texto_vigente_del_estatuto(cli, base, tmp_path):
    salida = tmp_path / "estatuto.pdf"
    _bien(cli("estatutos", "texto", salida, db=base))
    texto, _ = _texto_pdf(salida)
    plano = texto.replace("\n", " ")
    assert "Título[U+0007] raro" in plano and "Texto[U+0000] con NUL" in plano and "Párrafo[U+001B][31m" in plano
    _sin_invisibles(texto)


def test_bytes_que_no_son_utf8_guardados_por_otro_programa(cli, base, tmp_path):
    """Python no puede escribir una mitad suelta de un par sustituto, pero SQLite guarda los bytes que le den
    (otro programa, un editor de bases): «Nor\\xed\\xa0\\x80te». Escritorio nunca los escribe, así que no paga en
    cada consulta el costo de leerlos: la orden que tropieza con ellos lo explica en castellano (sin la
    disculpa, sin escribir nada) y «verificar», que lee todo de forma tolerante, muestra el cambio hecho por fuera."""
    with closing(sqlite3.connect(base)) as c, c:
        c.execute("UPDATE miembros SET region = CAST(X'4E6F72EDA0807465' AS TEXT) WHERE id = 4")
    salida = tmp_path / "padron.xlsx"
    for orden in (("miembros", "exportar", salida), ("miembros", "listar")):
        resultado = cli(*orden, db=base)
        assert resultado.returncode == 1, resultado.stdout[-300:]
        assert "no está escrito en UTF-8 (en la columna «region»)" in resultado.stderr
        assert "escritorio verificar" in resultado.stderr and "Lo sentimos" not in resultado.stderr
    assert not salida.exists()
    verificacion = cli("verificar", db=base)
    assert verificacion.returncode == 1 and "Lo sentimos" not in verificacion.stderr
    assert "sin sellar" in verificacion.stderr


# --- Cualquier texto: la regla nunca deja pasar algo que rompa el archivo o se esconda -------------------

_CUALQUIER_LETRA = st.characters(codec=None, categories=None)  # también sustitutos, de control y no asignados
_ESCONDIDOS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffd\ufffe\uffff\u202a-\u202e\u2066-\u2069"
                         "\ue000-\uf8ff\u2028\u2029]")


@settings(max_examples=int(os.environ.get("ESCRITORIO_FUZZ_EJEMPLOS", "").strip() or 60), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.text(_CUALQUIER_LETRA, max_size=60) | st.text(st.sampled_from("a\x07\x1b\u202e\ufffe\n\t\ud800 ="), max_size=40))
def test_cualquier_texto_se_escribe_visible_en_excel_y_pdf(texto):
    """Con Hypothesis (60 casos; más con ESCRITORIO_FUZZ_EJEMPLOS, como `make fuzz`): cualquier texto, aun con
    sustitutos sueltos, de control o no asignados, se guarda en un .xlsx que se vuelve a leer igual y se dibuja
    en un PDF, sin dejar pasar nada invisible."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    from escritorio.documentos.excel.escritura import ColumnaHoja, Hoja, escribir_libro, texto_de_celda
    from escritorio.documentos.pdf.base import FUENTE, partir_texto
    from escritorio.documentos.pdf.estatuto import texto_pdf

    vista = visible(texto)
    assert not _ESCONDIDOS.search(vista) and "\n" not in vista and "\t" not in vista
    assert visible(vista) == vista
    if texto.isprintable() and "\ufffd" not in texto:
        assert vista == texto  # lo normal pasa sin tocar
    with tempfile.TemporaryDirectory() as carpeta:
        ruta = Path(carpeta) / "x.xlsx"
        escribir_libro(ruta, [Hoja("H", [ColumnaHoja("Texto")], [[texto]])])
        leido = openpyxl.load_workbook(ruta)["H"]["A2"].value
        assert (leido or "") == texto_de_celda(texto)  # lo que se ve en la celda es exactamente la regla
        lienzo = Canvas(str(Path(carpeta) / "x.pdf"))
        for linea in partir_texto(texto, FUENTE, 9, 200):
            assert not _ESCONDIDOS.search(linea)
            lienzo.drawString(10, 10, linea)
        assert not _ESCONDIDOS.search(texto_pdf(texto).replace("<br/>", ""))
        parrafo = Paragraph(texto_pdf(texto), getSampleStyleSheet()["Normal"])  # el marcado no se rompe
        parrafo.wrapOn(lienzo, 200, 800)
        parrafo.drawOn(lienzo, 10, 100)
        lienzo.save()
