#!/usr/bin/env bash
# Qt dibuja ventanas en Linux con el complemento xcb, que necesita bibliotecas de X11 que un
# escritorio Debian/Ubuntu recién instalado a veces no trae (libxcb-cursor0, libxcb-icccm4…).
# `make run` llama a este guion: las instala si puede (root o sudo sin contraseña) o se detiene
# mostrando la orden exacta que hay que ejecutar.
set -u
[ "$(uname -s)" = "Linux" ] || exit 0
case "${QT_QPA_PLATFORM:-xcb}" in xcb*) ;; *) exit 0 ;; esac

python="${1:-.venv/bin/python}"
qt=$("$python" -c 'from PySide6.QtCore import QLibraryInfo as Q; print(Q.path(Q.LibraryPath.PluginsPath))') || exit 0
plugin="$qt/platforms/libqxcb.so"
[ -f "$plugin" ] || exit 0

# Bibliotecas que ldd no encuentra, más libxcb-cursor, que Qt carga en tiempo de ejecución.
faltan=$(ldd "$plugin" 2>/dev/null | awk '/not found/ {print $1}')
ldconfig -p 2>/dev/null | grep -q 'libxcb-cursor\.so\.0' || faltan="$faltan libxcb-cursor.so.0"
faltan=$(echo $faltan | tr ' ' '\n' | sort -u)
[ -n "$faltan" ] || exit 0

# libxcb-icccm.so.4 -> libxcb-icccm4; libxkbcommon-x11.so.0 -> libxkbcommon-x11-0 (nombres de Debian).
paquetes=$(for lib in $faltan; do
  base=${lib%%.so.*}; version=${lib##*.so.}; version=${version%%.*}
  case "$base" in *[0-9]) echo "$(echo "$base" | tr 'A-Z' 'a-z')-$version" ;; *) echo "$(echo "$base" | tr 'A-Z' 'a-z')$version" ;; esac
done | sort -u | tr '\n' ' ')

echo "Faltan bibliotecas del sistema para mostrar la ventana: $paquetes"
if [ "$(id -u)" = "0" ]; then
  echo "Instalándolas…"; apt-get update -qq && apt-get install -y -qq $paquetes >/dev/null && exit 0
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  echo "Instalándolas con sudo…"; sudo apt-get update -qq && sudo apt-get install -y -qq $paquetes >/dev/null && exit 0
fi
echo "Instálelas con esta orden y vuelva a ejecutar «make run»:"
echo "    sudo apt-get install -y $paquetes"
exit 1
