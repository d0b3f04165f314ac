"""Las pruebas de la documentación importan los generadores de `docs/herramientas/` (no son parte del programa)."""

import sys
from pathlib import Path

HERRAMIENTAS = Path(__file__).resolve().parents[2] / "docs" / "herramientas"
if str(HERRAMIENTAS) not in sys.path:
    sys.path.insert(0, str(HERRAMIENTAS))
