#!/usr/bin/env bash
# Las pruebas del modo servidor arrancan su propio PostgreSQL (tests/servidor_postgres.py) con los programas del
# paquete de la distribución. Si faltan y se puede (Debian/Ubuntu, como root), se instala el paquete `postgresql`
# sin crear su servidor de siempre (el de las pruebas vive en una carpeta temporal y se borra al terminar).
# Si no se puede, lo dice: las pruebas del servidor fallarán con el motivo (no se saltan).
set -u
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 \
        || [ -n "${ESCRITORIO_PG_BIN:-}" ]; then
    exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Instalando PostgreSQL para las pruebas del modo servidor…"
    mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
        && exit 0
fi
echo "AVISO: no hay PostgreSQL (initdb) y no se pudo instalar: las pruebas del modo servidor van a fallar." \
     "Instálelo (apt-get install postgresql) o indique su carpeta bin en ESCRITORIO_PG_BIN." >&2
exit 0
