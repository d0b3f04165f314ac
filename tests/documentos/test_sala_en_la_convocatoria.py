"""Issue 64, §5: la convocatoria puede adjuntar las mociones recibidas («sesiones convocatoria … --con-mociones»; en
la ventana, la casilla junto a «Convocatoria (PDF)…» o la opción del menú Documentos): una sección «Mociones
recibidas» con el número, el título, el punto, los autores y apoyos, la fecha de recepción, la marca «Fuera de
plazo» y el texto de cada una; no las no admitidas ni las retiradas. Sin la opción, la convocatoria es la de
siempre. Su código de verificación afirma también las mociones adjuntas: si una cambia, la verificación lo dice.

La sala se escribe con tests/sala_de_prueba_documentos.py, con los servicios de la sala."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from escritorio.dominio.verificacion import REEMPLAZADO, VIGENTE
from escritorio.servicios.base import abrir_base
from escritorio.servicios.verificar_documento import verificar_archivo
from sala_de_prueba_documentos import SESION, llenar_la_sala_en


def _texto(ruta: Path) -> str:
    salida = subprocess.run(["pdftotext", str(ruta), "-"], capture_output=True, text=True, check=True)
    return " ".join(salida.stdout.split())


@pytest.fixture
def base_con_sala(copia_de_la_demo) -> Path:
    llenar_la_sala_en(copia_de_la_demo)
    return copia_de_la_demo


def test_con_mociones_la_convocatoria_las_adjunta(cli, base_con_sala, tmp_path):
    hecho = cli("sesiones", "convocatoria", SESION, "con.pdf", "--con-mociones", db=base_con_sala, proceso_real=True)
    assert hecho.returncode == 0, hecho.stderr
    assert "Convocatoria guardada en con.pdf." in hecho.stdout
    texto = _texto(tmp_path / "con.pdf")
    desde = texto.index("Destinatarios")
    for parte in ("Mociones recibidas (2)", "Moción 1: Plan de trabajo 2027 de las unidades temáticas",
                  "Punto 2 del orden del día. Presentada por Rosario; Córdoba. Con el apoyo de Mendoza. Recibida el "
                  "01/09/2026.", "Las unidades temáticas presentan su plan de trabajo para 2027.",
                  "Cada unidad organiza dos encuentros presenciales por año.",
                  "Moción 2: Red de ciudades sin plástico",
                  "Punto 2 del orden del día. Presentada por Buenos Aires. Recibida el 14/09/2026. Fuera de plazo.",
                  "Las ciudades de la red eliminan el plástico de un solo uso en sus oficinas."):
        hallado = texto.find(parte, desde)
        assert hallado >= 0, parte
        desde = hallado + len(parte)
    assert "Hermanamiento" not in texto   # la no admitida no se adjunta
    from reglas_pdfa import faltas

    assert faltas((tmp_path / "con.pdf").read_bytes()) == {}   # sigue siendo PDF/A-2B


def test_sin_la_opcion_la_convocatoria_es_la_de_siempre(cli, base_con_sala, tmp_path):
    hecho = cli("sesiones", "convocatoria", SESION, "sin.pdf", db=base_con_sala)
    assert hecho.returncode == 0, hecho.stderr
    texto = _texto(tmp_path / "sin.pdf")
    assert "Mociones recibidas" not in texto and "Plan de trabajo 2027" not in texto


def test_el_codigo_afirma_las_mociones_adjuntas(cli, base_con_sala, tmp_path):
    for nombre, extra in (("con.pdf", ["--con-mociones"]), ("sin.pdf", [])):
        hecho = cli("sesiones", "convocatoria", SESION, nombre, *extra, db=base_con_sala)
        assert hecho.returncode == 0, hecho.stderr
    db = abrir_base(base_con_sala)
    try:
        assert verificar_archivo(db, tmp_path / "con.pdf").veredicto == VIGENTE
        # La moción 2 cambia de título después de emitida: la que la adjuntaba ya no dice lo de hoy; la otra, sí.
        db.execute("UPDATE mociones SET titulo = 'Ciudades sin plástico' WHERE sesion_id = ? AND numero = 2",
                   [SESION])
        db.conn.commit()
        con = verificar_archivo(db, tmp_path / "con.pdf")
        assert con.veredicto == REEMPLAZADO
        assert any("Ciudades sin plástico" in m for m in con.motivos), con.motivos
        assert verificar_archivo(db, tmp_path / "sin.pdf").veredicto == VIGENTE
    finally:
        db.close()


def test_las_mociones_de_la_convocatoria_estan_etiquetadas(cli, base_con_sala, tmp_path):
    """La sección es un H2 y cada moción un H3, en el orden del documento (después de los destinatarios)."""
    from test_pdf_etiquetado import comprobar_etiquetado

    hecho = cli("sesiones", "convocatoria", SESION, "con.pdf", "--con-mociones", db=base_con_sala)
    assert hecho.returncode == 0, hecho.stderr
    elementos = comprobar_etiquetado(tmp_path / "con.pdf", "es")
    titulos = [(e.rol, e.texto) for e in elementos if e.rol in ("H2", "H3")]
    seccion = titulos.index(("H2", "Mociones recibidas (2)"))
    assert titulos[seccion + 1:] == [("H3", "Moción 1: Plan de trabajo 2027 de las unidades temáticas"),
                                     ("H3", "Moción 2: Red de ciudades sin plástico")]
    assert any(rol == "H2" and texto.startswith("Destinatarios") for rol, texto in titulos[:seccion])


def test_la_recibida_fuera_de_plazo_y_todavia_sin_admitir_lo_dice_como_en_la_lista(cli, base_con_sala, tmp_path):
    """Lo que «mociones listar» marca fuera de plazo la convocatoria también lo marca, aunque todavía no se decidió
    admitirla (el plazo del Consejo: 7 días antes de la sesión del 15/09/2026)."""
    from sala_de_prueba_documentos import PUNTO, ROSARIO

    hecho = cli("mociones", "presentar", "--punto", f"#{PUNTO}", "--titulo", "Ciudades sin humo", "--texto",
                "Las oficinas de la red son espacios sin humo.", "--autor", ROSARIO, "--recibida", "2026-09-12",
                db=base_con_sala)
    assert hecho.returncode == 0 and "fuera de plazo" in hecho.stderr, hecho.stderr
    lista = cli("mociones", "listar", "--sesion", SESION, db=base_con_sala)
    assert "fuera de plazo" in next(linea for linea in lista.stdout.splitlines() if "Ciudades sin humo" in linea)
    hecho = cli("sesiones", "convocatoria", SESION, "con.pdf", "--con-mociones", db=base_con_sala)
    assert hecho.returncode == 0, hecho.stderr
    texto = _texto(tmp_path / "con.pdf")
    assert ("Moción 4: Ciudades sin humo Punto 2 del orden del día. Presentada por Rosario. Recibida el 12/09/2026. "
            "Fuera de plazo.") in texto
