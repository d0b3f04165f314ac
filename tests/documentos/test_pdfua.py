"""Issue 83 §1: cada clase de PDF que escribe el programa está etiquetada y cumple las reglas de PDF/UA-1 que se
comprueban por máquina (reglas_pdfua.py, con su cláusula), en castellano y en portugués, y firmada una y dos veces.

Los documentos son los de documentos_de_la_demo.py: cada uno pedido a la CLI (en el proceso) sobre una copia de la red
de ejemplo, por el camino de la usuaria; las firmas, con certificados desechables. Y los demás que el programa escribe
(OTROS): el recibo reimpreso (copia) y el anulado, las cartas de respuesta a un pedido de acceso y de supresión de
datos personales, el registro de actividades de tratamiento, y el acta y la convocatoria de una sesión con la sala
llena (mociones, enmiendas, votaciones, oradores). Qué dice cada documento en su
árbol (título, tablas, listas, figuras) lo comprueban test_pdf_etiquetado.py y las pruebas de cada documento; aquí,
las reglas que valen para todos.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from documentos_de_la_demo import FIRMADOS, TIPOS, bien, cli, firmar_documentos, imprimir_documentos, preparar_base
from reglas_pdfua import REGLAS, faltas_pdfua
from sala_de_prueba_documentos import SESION, llenar_la_sala_en

@pytest.fixture(scope="module")
def documentos(tmp_path_factory, demo_creada_por_la_cli) -> dict[tuple[str, str], Path | str]:
    """{(tipo, idioma): PDF}: cada tipo en castellano y en portugués; los firmados, en castellano."""
    hechos = {}
    for idioma in ("es", "pt"):   # una base por idioma: los avisos de cobro se emiten una vez
        carpeta = tmp_path_factory.mktemp(f"pdfua_{idioma}")
        db = carpeta / "demo.db"
        shutil.copy(demo_creada_por_la_cli, db)
        hechos.update({(tipo, idioma): ruta for tipo, ruta in
                       imprimir_documentos(carpeta, db, preparar_base(carpeta, db), idioma=idioma).items()})
        if idioma == "es":
            hechos.update({(tipo, "es"): ruta for tipo, ruta in firmar_documentos(carpeta, db).items()})
    return hechos


# El lote de recibos lo hace el servicio una vez, en el idioma de la asociación (documentos_de_la_demo.py).
CASOS = [(tipo, idioma) for tipo in TIPOS for idioma in ("es", "pt") if (tipo, idioma) != ("recibos_lote", "pt")] \
    + [(tipo, "es") for tipo in FIRMADOS]


@pytest.mark.parametrize("tipo,idioma", CASOS)
def test_cada_pdf_cumple_las_reglas_de_pdfua(documentos, tipo, idioma):
    ruta = documentos.get((tipo, idioma))
    assert isinstance(ruta, Path), f"no se pudo hacer {tipo} en {idioma}: {ruta}"
    faltas = faltas_pdfua(ruta)
    assert set(faltas) == set(REGLAS)
    assert {regla: lista for regla, lista in faltas.items() if lista} == {}


def _otros(carpeta: Path, db: Path, idioma: str) -> dict[str, Path]:
    """Los PDF de OTROS en `idioma`, sobre la base `db` (que cambia: un pago anulado, una persona suprimida)."""
    def orden(*argumentos) -> str:
        return bien(cli(carpeta, db, "--idioma", idioma, *argumentos))

    respuestas = carpeta / "respuestas"
    respuestas.mkdir()
    orden("derechos", "politica", "--pais", "UY", "--contacto", "datos@redsur.ejemplo.org")
    miembro = json.loads(orden("miembros", "listar", "--json"))[0]["id"]
    orden("miembros", "contacto", miembro, "--nombre", "Ana Prueba", "--rol", "Prensa", "--correo", "ana@ejemplo.org")
    (fila,) = json.loads(orden("personas", "apariciones", "--buscar", "ana@ejemplo.org", "--json"))
    persona = json.loads(orden("personas", "registrar", f"{fila['tabla']}:{fila['fila_id']}", "--motivo",
                               "Pidió sus datos", "--json"))["persona_id"]
    for derecho, accion, recibida in (("acceso", "acceso", "2026-11-20"), ("supresion", "suprimir", "2026-11-21")):
        solicitud = json.loads(orden("derechos", "registrar", "--persona", persona, "--derecho", derecho,
                                     "--recibida", recibida, "--json"))["solicitud_id"]
        orden("derechos", accion, solicitud, "--carpeta", respuestas)
    [acceso] = respuestas.glob("acceso-*.pdf")
    [supresion] = respuestas.glob("supresion-*.pdf")
    pago = next(p["id"] for p in json.loads(orden("pagos", "listar", "--json")) if not p.get("anulado_en"))
    for nombre in ("recibo", "recibo_copia"):
        orden("pagos", "recibo", pago, carpeta / f"{nombre}.pdf")
    orden("pagos", "anular", pago, "--motivo", "Se registró dos veces")
    orden("pagos", "recibo", pago, carpeta / "recibo_anulado.pdf")
    orden("derechos", "registro-de-actividades", carpeta / "registro.pdf")
    llenar_la_sala_en(db)
    orden("sesiones", "acta", SESION, carpeta / "acta_con_sala.pdf")
    orden("sesiones", "convocatoria", SESION, carpeta / "convocatoria_con_mociones.pdf")
    return {"carta_de_acceso": acceso, "carta_de_supresion": supresion, "recibo_copia": carpeta / "recibo_copia.pdf",
            "recibo_anulado": carpeta / "recibo_anulado.pdf", "registro_de_actividades": carpeta / "registro.pdf",
            "acta_con_sala": carpeta / "acta_con_sala.pdf",
            "convocatoria_con_mociones": carpeta / "convocatoria_con_mociones.pdf"}


OTROS = ("carta_de_acceso", "carta_de_supresion", "recibo_copia", "recibo_anulado", "registro_de_actividades",
         "acta_con_sala", "convocatoria_con_mociones")


@pytest.fixture(scope="module")
def otros(tmp_path_factory, demo_creada_por_la_cli) -> dict[tuple[str, str], Path]:
    hechos = {}
    for idioma in ("es", "pt"):
        carpeta = tmp_path_factory.mktemp(f"pdfua_otros_{idioma}")
        db = carpeta / "demo.db"
        shutil.copy(demo_creada_por_la_cli, db)
        hechos.update({(tipo, idioma): ruta for tipo, ruta in _otros(carpeta, db, idioma).items()})
    return hechos


@pytest.mark.parametrize("idioma", ["es", "pt"])
@pytest.mark.parametrize("tipo", OTROS)
def test_los_demas_pdf_tambien_cumplen_las_reglas(otros, tipo, idioma):
    ruta = otros[(tipo, idioma)]
    assert {regla: lista for regla, lista in faltas_pdfua(ruta).items() if lista} == {}
