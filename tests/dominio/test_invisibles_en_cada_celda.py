"""Un carácter invisible (de control, de dirección, un salto de línea, un espacio de ancho cero) en cualquier celda
del padrón rechaza la fila nombrando fila, columna, encabezado y valor: la regla de dominio/entrada por la lectura de
una fila de dominio/importacion, en las 13 × 13 combinaciones, sin archivo ni base. Que el archivo de verdad llegue
a esta regla con cada carácter y cada columna lo prueba tests/servicios/test_importacion_hostil.py."""

from datetime import date

from archivos_hostiles import INVISIBLES, TODAS, buena_con
from escritorio.dominio import entrada
from escritorio.dominio.importacion import letra_columna, mapear_encabezados
from escritorio.dominio.fila_importada import validar_fila

HOY = date(2026, 11, 23)
PAISES = frozenset({"AR", "BR", "UY"})


def test_las_dos_listas_son_las_del_padron_entero():
    assert len(INVISIBLES) == 13 and len(set(INVISIBLES.values())) == 13
    mapeo, problemas = mapear_encabezados(TODAS)
    assert problemas == [] and sorted(mapeo.indices.values()) == list(range(len(TODAS)))
    assert validar_fila(3, tuple(buena_con("Nombre", "")), mapeo, HOY, PAISES)[1] == []  # la fila buena pasa


def test_caracter_invisible_en_cada_celda_rechaza_la_fila_con_fila_columna_encabezado_y_valor():
    mapeo, _ = mapear_encabezados(TODAS)
    distintos = []
    for nombre, caracter in INVISIBLES.items():
        for columna in TODAS:
            valor = buena_con(columna, caracter)[TODAS.index(columna)]
            leida, problemas = validar_fila(3, tuple(buena_con(columna, caracter)), mapeo, HOY, PAISES)
            prohibido = entrada.caracter_prohibido(valor)
            if prohibido is None:
                distintos.append(f"{nombre} en {columna}: la regla de dominio/entrada lo deja pasar")
                continue
            motivo = prohibido[1]
            esperado = [(3, letra_columna(TODAS.index(columna)), columna, entrada.muestra(valor, 60), motivo)]
            obtenido = [(p.fila, p.columna, p.encabezado, p.valor, p.motivo) for p in problemas]
            letra = letra_columna(TODAS.index(columna))
            texto = f"Fila 3, columna {letra} ({columna}), valor «{esperado[0][3]}»: {motivo}"
            if leida is not None or obtenido != esperado or [str(p) for p in problemas] != [texto]:
                distintos.append(f"{nombre} en {columna}: {obtenido}")
            elif any(c in texto for c in "\x00\x07\x08\x1b\u202e\u2066"):
                distintos.append(f"{nombre} en {columna}: el mensaje lleva el carácter invisible: {texto!r}")
    assert not distintos, "\n".join(distintos)
