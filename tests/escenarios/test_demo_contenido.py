"""La red de ejemplo no cambia de contenido sin querer (issue 44 §2).

La demo se arma con los servicios, como la ventana y la línea de órdenes: un cambio en un servicio (una validación,
un texto, el orden en que escribe) puede cambiar lo que guarda la demo sin que nadie lo note. Esta prueba la arma un
día fijo y compara cada tabla (filas, ids y valores, sin la bitácora ni lo que anota el reloj) con la huella guardada
en `contenido_de_la_demo.json` (tests/contenido_de_la_demo.py dice cómo se calcula y cómo se vuelve a guardar).
"""

import json
import shutil

from ayudas import DIA_DE_LA_DEMO
from contenido_de_la_demo import GUARDADO, HOY, diferencias, huellas, volcar


def test_la_demo_guarda_lo_mismo_que_siempre(demo_fechada, tmp_path):
    """La demo de un día fijo de la corrida (tests/escenarios/conftest.py) es la que se compara: se arma una vez."""
    assert HOY == DIA_DE_LA_DEMO
    ruta = tmp_path / "demo.db"
    shutil.copy(demo_fechada, ruta)
    guardadas = json.loads(GUARDADO.read_text(encoding="utf-8"))
    actuales = huellas(volcar(ruta))
    distintas = {tabla: (guardadas.get(tabla), actuales.get(tabla)) for tabla in sorted(set(guardadas) | set(actuales))
                 if guardadas.get(tabla) != actuales.get(tabla)}
    assert not distintas, (
        "La red de ejemplo cambió de contenido en estas tablas (guardado → ahora):\n"
        + "\n".join(f"  {tabla}: {antes} → {ahora}" for tabla, (antes, ahora) in distintas.items())
        + "\nSi el cambio es querido: .venv/bin/python tests/contenido_de_la_demo.py --escribir (y commitee el .json). "
          "Qué filas cambiaron: arme la demo con el código de antes y compárelas con --comparar ANTES.db AHORA.db.")


def test_la_comparacion_ve_un_cambio_de_una_fila(tmp_path):
    """La prueba de la prueba: una fila cambiada, una de más y una columna nueva se ven."""
    a = {"miembros": [["id", "nombre"], [1, "Rosario"], [2, "Paraná"]]}
    b = {"miembros": [["id", "nombre"], [1, "Rosario"], [2, "Parana"], [3, "Salto"]]}
    assert huellas(a) != huellas(b) and huellas(a) == huellas(json.loads(json.dumps(a)))
    lineas = diferencias(a, b)
    assert "miembros: 2 filas → 3" in lineas
    assert any("Paraná" in linea and "Parana" in linea for linea in lineas)
    assert diferencias(a, {"miembros": [["id", "nombre", "pais"], [1, "Rosario", "AR"]]}) == [
        "miembros: columnas ['id', 'nombre'] → ['id', 'nombre', 'pais']"]
