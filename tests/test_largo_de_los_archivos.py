"""La guardia del largo de los archivos (issue 79, §3): ningún módulo del programa pasa de 600 líneas. Un módulo
que pasa de ahí hace más de una cosa: se parte por tema (un subpaquete, o un módulo hermano con nombre propio),
como se partieron `datos/esquema/__init__.py` (974 líneas: las primeras migraciones, por tema),
`servicios/reglas_de_la_bitacora.py` (677: la tabla de reglas y, aparte, el repaso que la recorre),
`servicios/publicacion.py` (601: qué se publica; cómo se escribe en la carpeta, en `carpeta_del_sitio.py`) y las
pestañas de la sesión (`interfaz/dialogos/sesion/`: el editor, Votaciones y Oradores, de 614 a 635, con sus
documentos, el cierre de la votación y las acciones sobre la lista en una clase aparte de la que heredan).

`LARGOS_PERMITIDOS` guardaba los que pasaban, con su largo: no crecían, y la lista solo se achica (hoy, vacía; si
uno bajó de 600 o ya no existe, se borra de la lista).
"""

from pathlib import Path

RAIZ = Path(__file__).resolve().parents[1]
LIMITE = 600
# Los que pasan, con su largo (ninguno hoy; la lista solo se achica).
LARGOS_PERMITIDOS: dict[str, int] = {}


def _largos() -> dict[str, int]:
    return {archivo.relative_to(RAIZ).as_posix(): len(archivo.read_text(encoding="utf-8").splitlines())
            for archivo in sorted((RAIZ / "escritorio").rglob("*.py"))}


def test_ningun_modulo_nuevo_pasa_de_600_lineas_y_los_de_la_lista_no_crecen():
    largos = _largos()
    problemas = [f"{ruta}: {largo} líneas (el límite es {LIMITE}: pártalo por tema)"
                 for ruta, largo in largos.items() if largo > LARGOS_PERMITIDOS.get(ruta, LIMITE)]
    assert not problemas, "Módulos demasiado largos:\n" + "\n".join(problemas)


def test_la_lista_de_los_permitidos_solo_se_achica():
    largos = _largos()
    sobran = [f"{ruta}: {'ya no existe' if ruta not in largos else f'tiene {largos[ruta]} líneas'}"
              for ruta in LARGOS_PERMITIDOS if largos.get(ruta, 0) <= LIMITE]
    assert not sobran, ("Bórrelos de LARGOS_PERMITIDOS (tests/test_largo_de_los_archivos.py), que ya no pasan de "
                        f"{LIMITE} líneas:\n" + "\n".join(sobran))
    bajaron = [f"{ruta}: {largos[ruta]} (la lista dice {permitido})" for ruta, permitido in LARGOS_PERMITIDOS.items()
               if ruta in largos and LIMITE < largos[ruta] < permitido]
    assert not bajaron, ("Baje su largo en LARGOS_PERMITIDOS (tests/test_largo_de_los_archivos.py), para que no "
                         "vuelvan a crecer:\n" + "\n".join(bajaron))
