"""La configuración regional de quien usa la máquina, leída del sistema para `dominio.convencion_regional`.

`cli.principal` (la puerta de las dos caras: la línea de órdenes y la ventana) instala `convencion_de_la_maquina`
como su lector; se lee recién la primera vez que hace falta, una vez por proceso.

`ESCRITORIO_FORMATO_REGIONAL=idioma` la deja de lado (rige lo del idioma, como en un documento): para una PC prestada
con otra configuración, y para las pruebas, que en Windows no pueden cambiarla con LC_ALL.
"""

from __future__ import annotations

import os

from .dominio import convencion_regional


def convencion_de_la_maquina() -> convencion_regional.ConvencionRegional | None:
    """La configuración regional de quien usa la máquina, como la ve la biblioteca de C (en Windows, «Región» →
    «Formato», con lo que la persona haya cambiado a mano; en Linux, LC_NUMERIC y LC_TIME): su separador decimal y
    cómo escribe la fecha corta del 3 de febrero de 2001. Se lee dejando el proceso como estaba (Qt y las demás
    bibliotecas no ven el cambio). Sin configuración regional (la «C» o «POSIX») de alguna de las dos, esa parte
    queda la de siempre; sin ninguna, None."""
    if os.environ.get("ESCRITORIO_FORMATO_REGIONAL", "").strip().lower() == "idioma":
        return None
    import locale
    import time

    categorias = {"decimal": locale.LC_NUMERIC, "fecha": locale.LC_TIME}
    antes = {categoria: locale.setlocale(categoria) for categoria in categorias.values()}
    leido: dict[str, str | None] = {}
    try:
        for que, categoria in categorias.items():
            try:
                nombre = locale.setlocale(categoria, "")
            except locale.Error:   # la variable nombra una localización que la máquina no tiene
                continue
            if nombre in ("C", "POSIX") or nombre.startswith(("C.", "C_")):
                continue
            leido[que] = (locale.localeconv()["decimal_point"] if que == "decimal"
                          else time.strftime("%x", (2001, 2, 3, 0, 0, 0, 5, 34, -1)))
    finally:
        for categoria, valor in antes.items():
            locale.setlocale(categoria, valor)
    return convencion_regional.de_las_muestras(leido.get("decimal"), leido.get("fecha"))

