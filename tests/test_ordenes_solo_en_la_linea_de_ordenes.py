"""La sintaxis de la línea de órdenes («escritorio correo cuenta …») solo llega a quien usa la línea de órdenes
(issue 61 §3, dominio/puerta.py).

Un texto del programa que nombra una orden está, o en la línea de órdenes misma (escritorio/cli), o como el `linea=`
de `segun_la_puerta(ventana=…, linea=…)`, que en la ventana da el otro texto (el menú o el botón). La ventana
(escritorio/interfaz) no nombra ninguna orden en lo que muestra. Los docstrings y comentarios no cuentan: no los lee
la secretaria.

Lo que todavía no pasó por la puerta está en `PENDIENTES` (módulo -> cuántos textos): la lista solo se achica. Una
entrada que sobra o que creció hace fallar la prueba.
"""

import ast
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[1] / "escritorio"
ORDEN = "«escritorio "

# Textos de los servicios que nombran una orden y todavía no dan el texto de la ventana (los dice igual a las dos
# puertas). Se achica a medida que cada uno pasa por `segun_la_puerta`. Por qué queda cada uno:
PENDIENTES = {
    # La ventana no tiene la puerta (todavía): no se le inventa un botón.
    "servicios/respaldo.py": 1,                # «servidor copia URL ARCHIVO»: la ventana no copia una base del servidor
    # Caminos que solo recorre la línea de órdenes (la ventana no llama a estas funciones).
    "servicios/referencias.py": 3,             # «3:2», «1/2026»: referencias escritas en una orden
    "datos/postgres/traslado.py": 2,           # «servidor subir» (la copia de «Llevar una sesión…» ya pasó)
    "servicios/servidor.py": 1,                # «servidor reforzar»
    # Una frase guardada: el motivo de un mensaje rechazado (despacho.py) y el RAISE de un trigger del servidor
    # (postgres/viaje.py). Issue 61 §2: guardar el dato y escribir la frase al mostrarla.
    "servicios/despacho.py": 2,
    "datos/postgres/viaje.py": 1,
    # Lo que queda escrito en un documento o en el sitio público: lo lee cualquiera, por cualquier puerta.
    "documentos/pdf/verificacion.py": 1,
    "documentos/sitio/anclas.py": 1,
    "documentos/sitio/firmadas.py": 1,         # la firma de una copia firmada se valida con «firma verificar»
    "dominio/anclas.py": 1,
}


def _padres(arbol: ast.AST) -> dict[ast.AST, ast.AST]:
    return {hijo: padre for padre in ast.walk(arbol) for hijo in ast.iter_child_nodes(padre)}


def _es_docstring(nodo: ast.Constant, padres) -> bool:
    expresion = padres.get(nodo)
    if not isinstance(expresion, ast.Expr):
        return False
    cuerpo = getattr(padres.get(expresion), "body", None)
    return isinstance(cuerpo, list) and cuerpo and cuerpo[0] is expresion


def _para_la_linea(nodo: ast.AST, padres) -> bool:
    """Si el texto es (parte de) el argumento `linea=` de una llamada a `segun_la_puerta`."""
    while nodo in padres:
        padre = padres[nodo]
        if isinstance(padre, ast.keyword) and padre.arg == "linea":
            llamada = padres.get(padre)
            funcion = getattr(llamada, "func", None)
            return getattr(funcion, "id", getattr(funcion, "attr", None)) == "segun_la_puerta"
        nodo = padre
    return False


def textos_con_ordenes(ruta: Path) -> list[tuple[int, str]]:
    """(línea, texto) de cada texto del módulo que nombra una orden y llega igual a las dos puertas."""
    arbol = ast.parse(ruta.read_text(encoding="utf-8"))
    padres = _padres(arbol)
    return [(nodo.lineno, nodo.value) for nodo in ast.walk(arbol)
            if isinstance(nodo, ast.Constant) and isinstance(nodo.value, str) and ORDEN in nodo.value
            and not _es_docstring(nodo, padres) and not _para_la_linea(nodo, padres)]


def _por_modulo(carpetas) -> dict[str, list[tuple[int, str]]]:
    encontrados = {}
    for carpeta in carpetas:
        for ruta in sorted((RAIZ / carpeta).rglob("*.py")):
            textos = textos_con_ordenes(ruta)
            if textos:
                encontrados[ruta.relative_to(RAIZ).as_posix()] = textos
    return encontrados


def test_la_ventana_no_nombra_ordenes_en_lo_que_muestra():
    assert _por_modulo(["interfaz"]) == {}


def test_los_servicios_nombran_una_orden_solo_para_la_linea_de_ordenes():
    encontrados = _por_modulo(["servicios", "datos", "dominio", "documentos", "idiomas"])
    contados = {modulo: len(textos) for modulo, textos in encontrados.items()}
    nuevos = {m: encontrados[m] for m, n in contados.items() if n > PENDIENTES.get(m, 0)}
    assert not nuevos, ("Estos textos nombran una orden de la línea de órdenes y la ventana también los mostraría: "
                        f"escríbalos con segun_la_puerta(ventana=…, linea=…) (dominio/puerta.py): {nuevos}")
    sobran = {m: (n, contados.get(m, 0)) for m, n in PENDIENTES.items() if contados.get(m, 0) < n}
    assert not sobran, f"PENDIENTES se achica: baje estas cuentas (pendientes, hay) {sobran}"


def test_la_prueba_ve_un_texto_sin_puerta_y_deja_pasar_el_de_la_linea(tmp_path):
    modulo = tmp_path / "m.py"
    modulo.write_text('"""Doc: «escritorio verificar»."""\n'
                      'from x import segun_la_puerta, traducir\n'
                      'A = traducir("Corra «escritorio verificar».")\n'
                      'B = segun_la_puerta(ventana=traducir("Archivo › Verificar"), '
                      'linea=traducir("Corra «escritorio verificar».").format(1))\n', encoding="utf-8")
    assert textos_con_ordenes(modulo) == [(3, "Corra «escritorio verificar».")]
