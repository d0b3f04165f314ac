"""El acta aprobada y una resolución de la red de ejemplo firmadas digitalmente una y dos veces, y el sitio publicado
después, en castellano y en portugués, con la dirección pública: todo por la línea de órdenes (la CLI en el proceso,
como `documentos_de_la_demo`), con certificados desechables.

La segunda firma de cada una la hace quien figura en la línea «Presidencia» de los dos documentos (Patricia Sosa,
la presidenta de la sesión): su firma queda sobre esa línea y el sitio dice su cargo. La primera (Lucía
Fernández) no tiene línea con su nombre: queda fuera de las líneas, sin cargo.

Lo usan tests/documentos/test_copias_firmadas_en_el_sitio.py, tests/navegador/test_copias_firmadas_en_el_navegador.py
y tests/documentos/tabla_de_documentos.py (también lo que la página dice de un archivo: `huellas`).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from html import unescape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: los certificados de prueba

from certificados import crear_certificado  # noqa: E402
from documentos_de_la_demo import CONTRASENA, SESION_APROBADA, bien, cli, resolucion_de_la_demo  # noqa: E402

DIRECCION = "https://rcs.example.org/transparencia"
# Quién firma cada vez, en cada documento: (nombre del certificado, cargo de la línea donde queda, o None).
FIRMANTES = {
    "acta": [("Lucía Fernández", None), ("Patricia Sosa", "Presidencia")],
    "resolucion": [("Lucía Fernández", None), ("Patricia Sosa", "Presidencia")],
}


def firmar_y_publicar(carpeta: Path, demo: Path) -> dict:
    """Firma, exporta cada versión firmada (<tipo>_firmada_<n>.pdf) y publica el sitio en `carpeta`/sitio.
    Devuelve {"sitio": carpeta, "firmados": {nombre: {"ruta", "tipo", "firmas", "codigo"}}}."""
    db = carpeta / "demo.db"
    shutil.copy(demo, db)
    bien(cli(carpeta, db, "asociacion", "editar", "--direccion-publica", DIRECCION))
    certificados = {}
    for tipo, firmantes in FIRMANTES.items():
        for nombre, _ in firmantes:
            if nombre not in certificados:
                certificados[nombre] = crear_certificado(carpeta, nombre, CONTRASENA,
                                                         archivo=f"certificado-{len(certificados)}")[0]
    referencias = {"acta": SESION_APROBADA, "resolucion": resolucion_de_la_demo(db)}
    firmados = {}
    for tipo, firmantes in FIRMANTES.items():
        for numero, (nombre, _) in enumerate(firmantes, start=1):
            ruta = carpeta / f"{tipo}_firmada_{numero}.pdf"
            bien(cli(carpeta, db, "firma", tipo, referencias[tipo], "--certificado", certificados[nombre],
                     "--lugar", "Asunción", "--salida", ruta))
            verificado = json.loads(bien(cli(carpeta, db, "documento", "verificar", ruta, "--json")))
            assert verificado["veredicto"] == "vigente", verificado   # lo que dice la verificación contra la base
            firmados[f"{tipo}_firmada_{numero}"] = {"ruta": ruta, "tipo": tipo, "firmas": firmantes[:numero],
                                                    "codigo": verificado["codigo"]}
    bien(cli(carpeta, db, "publicar", carpeta / "sitio", "--idiomas", "es,pt"))
    return {"sitio": carpeta / "sitio", "firmados": firmados, "db": db}


def sha256(ruta: Path) -> str:
    return hashlib.sha256(ruta.read_bytes()).hexdigest()


def huellas(pagina: Path) -> dict[str, str | None]:
    """{sha256: lo que la página dice de un archivo idéntico (data-igual, o None: el texto general)}."""
    html = pagina.read_text(encoding="utf-8")
    return {m[1]: (unescape(m[2]) if m[2] is not None else None) for m in re.finditer(
        r'data-sha256="([0-9a-f]{64})"(?: data-igual="([^"]*)")?', html)}


def paginas_con(sitio: Path, sha: str) -> list[str]:
    return sorted(str(p.relative_to(sitio)) for p in sitio.rglob("verificar/*.html") if sha in huellas(p))
