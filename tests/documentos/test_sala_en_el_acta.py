"""Issue 64, §5: el acta cuenta la sala: bajo cada punto, sus mociones (autores, fecha, fuera de plazo, texto), sus
enmiendas con quién las presentó y lo que cambian, las votaciones en el orden en que se hicieron (con el texto de
las votaciones de los puntos), el estado final de cada moción y la lista de oradores (quién habló, en calidad de
qué y cuánto). Y las actas aprobadas antes de esto siguen dando su huella: su texto no cambió.

La sala se escribe con tests/sala_de_prueba_documentos.py, con los servicios de la sala."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from escritorio.servicios.actas import ContenidoActa, _texto_coincide, huella, obtener_acta
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from sala_de_prueba_documentos import SESION, aprobar_el_acta, llenar_la_sala_en

# Las actas aprobadas de la red de ejemplo armada con el código de main ANTES de que el acta contara la sala
# (commit b0851aa8, «escritorio demo»): su texto guardado y su huella, tal como quedaron en la base.
ANTES_DE_LA_SALA = Path(__file__).parent / "actas_aprobadas_antes_de_la_sala.json"


def _texto(ruta: Path) -> str:
    salida = subprocess.run(["pdftotext", "-layout", str(ruta), "-"], capture_output=True, text=True, check=True)
    return salida.stdout


def _en_orden(texto: str, *partes: str) -> None:
    desde = 0
    for parte in partes:
        hallado = texto.find(parte, desde)
        assert hallado >= 0, f"falta «{parte}» (o no está después de lo anterior)"
        desde = hallado + len(parte)


@pytest.fixture
def base_con_sala(copia_de_la_demo) -> Path:
    llenar_la_sala_en(copia_de_la_demo)
    return copia_de_la_demo


def test_el_acta_en_pdf_cuenta_mociones_enmiendas_votaciones_y_oradores(cli, base_con_sala, tmp_path):
    hecho = cli("sesiones", "acta", SESION, "acta.pdf", db=base_con_sala, proceso_real=True)
    assert hecho.returncode == 0, hecho.stderr
    texto = " ".join(_texto(tmp_path / "acta.pdf").split())
    _en_orden(texto,
              "Moción 1: Plan de trabajo 2027 de las unidades temáticas",
              "Presentada por Rosario; Córdoba. Con el apoyo de Mendoza. Recibida el 01/09/2026.",
              "Cada unidad organiza dos encuentros presenciales por año.",
              "Enmiendas (3)",
              "Enmienda 1, de Mendoza. Aprobada.",
              "Párrafo 2, reemplaza: Cada unidad organiza [−dos encuentros presenciales−] [+tres encuentros, uno de "
              "ellos virtual,+] por año.",
              "Enmienda 2, de Buenos Aires. Decaída: La enmienda 1, aprobada antes, cambió el mismo párrafo.",
              "Enmienda 3, de Córdoba. Rechazada.",
              "Después del párrafo 3, agrega: [+Los informes se publican en el sitio de la red.+]",
              # En el orden en que se hicieron, con el texto de las votaciones de los puntos.
              "1. Enmienda 1 a la moción 1: Votación a mano alzada. Aprobada: 12 a favor, 2 en contra, 1 abstención",
              "2. Enmienda 3 a la moción 1: Votación a mano alzada. Rechazada: 4 a favor, 10 en contra",
              "3. Moción 1: Votación a mano alzada. Aprobada: 14 a favor, 1 en contra, 0 abstenciones",
              "Texto final, con las enmiendas aprobadas",
              "Cada unidad organiza tres encuentros, uno de ellos virtual, por año.",
              # La recomendación de la comisión, junto al resultado (issue 82)
              "Recomendación de la UT Planificación estratégica (12/09/2026): Aprobar con cambios — Con la enmienda 1",
              "Estado final: Aprobada; adoptada como Resolución 4/2026 del Consejo.",
              "Moción 2: Red de ciudades sin plástico",
              "Presentada por Buenos Aires. Recibida el 14/09/2026. Fuera de plazo.",
              # Por qué se admitió igual: aplazarla después con otro motivo no lo borró (migración 0056).
              "Admitida fuera de plazo: La presidencia la admite por la urgencia del tema.",
              "Estado final: Aplazada a una sesión posterior: Falta el informe de la unidad temática de ambiente.",
              "Moción 3: Hermanamiento con ciudades del Pacífico",
              "Estado final: No admitida: No corresponde a este punto del orden del día.",
              # Los oradores en el orden en que hablaron: la cuestión de orden pasó antes que Mendoza.
              "Lista de oradores (4)", "1 Rosario Intervención 2 min 05 s", "2 Buenos Aires Cuestión de orden 40 s",
              "3 Mendoza A favor 1 min 35 s", "4 Rosario A favor (moción 1) 1 min 00 s",
              "Resoluciones adoptadas")
    # Córdoba pidió la palabra y la retiró: no habló.
    oradores = texto[texto.index("Lista de oradores"):texto.index("Resoluciones adoptadas")]
    assert "Córdoba" not in oradores
    # Sigue siendo PDF/A-2B (las reglas de tests/documentos/reglas_pdfa), con lo tachado y lo subrayado.
    from reglas_pdfa import faltas

    assert faltas((tmp_path / "acta.pdf").read_bytes()) == {}


def test_la_sala_del_acta_esta_etiquetada(cli, base_con_sala, tmp_path):
    """La moción es un título (H4) dentro del punto, con sus partes (H5); las enmiendas y las votaciones son listas,
    lo que cambia cada enmienda va dentro de su ítem y los oradores son una tabla (H4) con sus encabezados."""
    from test_pdf_etiquetado import _hijos, comprobar_etiquetado

    hecho = cli("sesiones", "acta", SESION, "acta.pdf", db=base_con_sala)
    assert hecho.returncode == 0, hecho.stderr
    elementos = comprobar_etiquetado(tmp_path / "acta.pdf", "es")
    titulos = [e.texto for e in elementos if e.rol == "H4"]
    assert titulos == ["Moción 1: Plan de trabajo 2027 de las unidades temáticas",
                       "Moción 2: Red de ciudades sin plástico", "Moción 3: Hermanamiento con ciudades del Pacífico",
                       "Lista de oradores (4)"]
    assert [e.texto for e in elementos if e.rol == "H5"] == [
        "Enmiendas (3)", "Votaciones, en el orden en que se hicieron", "Texto final, con las enmiendas aprobadas"]
    items = [e for e in elementos if e.rol == "LI"]
    enmienda = next(i for i in items if any("Enmienda 1, de Mendoza" in h.texto
                                            for h in _hijos(elementos, elementos.index(i))))
    cuerpo = [h for h in _hijos(elementos, elementos.index(enmienda)) if h.rol == "LBody"]
    assert any(h.rol == "P" and "reemplaza" in h.texto for h in _hijos(elementos, elementos.index(cuerpo[-1])))
    titulos = [e.texto for e in elementos if e.rol == "TH"]
    assert ["N.º", "Quién habló", "En calidad de", "Tiempo"] == titulos[-4:]


def test_el_acta_aprobada_guarda_la_sala_y_verifica(cli, base_con_sala):
    """Al aprobarla, la sala queda en el texto del acta (que su huella protege) y «escritorio verificar» la da por
    sana; después, la base rechaza cambiar una moción de la sesión."""
    db = abrir_base(base_con_sala)
    try:
        contexto = Contexto(db, 1)
        huella_aprobada = aprobar_el_acta(contexto)
        acta = obtener_acta(contexto, SESION)
        punto = next(p for p in acta.contenido.puntos if p.get("mociones"))
        assert [m["numero"] for m in punto["mociones"]] == [1, 2, 3]
        assert [o["quien"] for o in punto["oradores"]] == ["Rosario", "Buenos Aires", "Mendoza", "Rosario"]
        assert punto["oradores"][-1]["mocion"] == 1
        assert acta.huella == huella_aprobada == huella(acta.contenido)
        with pytest.raises(Exception, match="acta de esta sesión está aprobada"):
            db.execute("UPDATE mociones SET titulo = 'Otro' WHERE numero = 1 AND sesion_id = ?", [SESION])
    finally:
        db.close()
    hecho = cli("verificar", db=base_con_sala)
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr


def test_un_punto_sin_sala_se_guarda_como_antes():
    from escritorio.servicios.sala_en_documentos import SalaDeLaSesion, lo_de_la_sala_en_el_punto

    assert lo_de_la_sala_en_el_punto(SalaDeLaSesion(), 13) == {}


def test_las_actas_aprobadas_antes_de_la_sala_dan_la_misma_huella(demo_creada_por_la_cli, cli):
    """Las actas aprobadas con el código de antes (su texto guardado y su huella, en el archivo de al lado) siguen
    dando su huella con el de ahora; y la red de ejemplo armada hoy aprueba esas mismas actas con el mismo texto,
    letra por letra (un punto sin mociones ni oradores no agrega nada): «escritorio verificar» las da por sanas."""
    antes = json.loads(ANTES_DE_LA_SALA.read_text(encoding="utf-8"))
    assert len(antes) == 3
    for acta in antes:
        assert _texto_coincide(acta["contenido"], acta["huella"]), acta["sesion_id"]
        assert huella(ContenidoActa(**json.loads(acta["contenido"]))) == acta["huella"]
    db = abrir_base(demo_creada_por_la_cli)
    try:
        hoy = {f["sesion_id"]: (f["contenido"], f["huella"]) for f in db.query(
            "SELECT sesion_id, contenido, huella FROM actas WHERE estado IN ('aprobada', 'firmada')")}
    finally:
        db.close()
    for acta in antes:
        assert hoy[acta["sesion_id"]] == (acta["contenido"], acta["huella"]), acta["sesion_id"]


def test_el_borrador_impreso_nota_que_cambio_la_sala(cli, base_con_sala, tmp_path):
    """La sala no está en la huella del registro de la sesión: el código del borrador la afirma aparte. Si después
    de imprimirlo cambia una moción, su verificación ya no lo da por el borrador de hoy."""
    from escritorio.dominio.verificacion import BORRADOR, REEMPLAZADO
    from escritorio.servicios.verificar_documento import verificar_archivo

    hecho = cli("sesiones", "acta", SESION, "borrador.pdf", db=base_con_sala)
    assert hecho.returncode == 0, hecho.stderr
    db = abrir_base(base_con_sala)
    try:
        assert verificar_archivo(db, tmp_path / "borrador.pdf").veredicto == BORRADOR
        db.execute("UPDATE mociones SET estado = 'retirada', motivo = 'La retiró Buenos Aires' "
                   "WHERE sesion_id = ? AND numero = 2", [SESION])
        db.conn.commit()
        cambiado = verificar_archivo(db, tmp_path / "borrador.pdf")
        assert cambiado.veredicto == REEMPLAZADO, cambiado.motivos
    finally:
        db.close()


def test_la_aplazada_lleva_su_historia_a_la_otra_sesion(cli, base_con_sala, tmp_path):
    """La moción aplazada que vuelve en la sesión siguiente dice de dónde viene, en su acta y en su convocatoria."""
    from sala_de_prueba_documentos import tratar_la_aplazada_en_otra_sesion

    db = abrir_base(base_con_sala)
    try:
        aplazada = next(db.query("SELECT id FROM mociones WHERE sesion_id = ? AND numero = 2", [SESION]))["id"]
        sesion, _ = tratar_la_aplazada_en_otra_sesion(db, Contexto(db, 1), aplazada)
    finally:
        db.close()
    historia = "Viene de la moción 2, aplazada en la sesión del 15/09/2026."
    for orden in (["acta", sesion, "acta.pdf"], ["convocatoria", sesion, "convocatoria.pdf", "--con-mociones"]):
        hecho = cli("sesiones", *orden, db=base_con_sala)
        assert hecho.returncode == 0, hecho.stderr
        texto = " ".join(_texto(tmp_path / orden[2]).split())
        assert "Moción 1: Red de ciudades sin plástico" in texto and historia in texto, orden
