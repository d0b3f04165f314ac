"""Lo que la ventana usa de las capas de abajo, importado antes de cargar Qt (lo llama `__main__.abrir_ventana`).

Al cargarse, PySide6 reemplaza `__import__` y, desde entonces, lee entero el código fuente de cada módulo que se
importa por primera vez para saber si usa PySide6 (shibokensupport/feature.py, `_mod_uses_pyside`): con los cien
módulos de datos/, servicios/ y dominio/ que usan la ventana y el hilo que abre la base, unos 15 ms de procesador
en el camino a la primera pintura. Los que ya estaban importados antes de Qt no se leen (PySide6 solo mira, una
vez, el módulo que nombra cada import). Aquí solo se importan los que la ventana carga siempre al abrirse, abra en el
área que abra (tests/interfaz/test_ventana_liviana.py lo comprueba): ninguno de más.

Este módulo no importa Qt (ni nada de interfaz/ que lo importe).
"""


def importar() -> None:
    """Las raíces: cada una trae lo suyo de datos/ y dominio/ (la ventana no importa de datos/ por su cuenta)."""
    from ..servicios import (asociaciones, base, constancia_de_viaje, correo_enviado,  # noqa: F401
                             eleccion_de_asociacion, idioma_de_los_documentos, miembros, oficina, respaldo,
                             sello_de_tiempo, sello_que_toca)
    from ..servicios.verificacion import comprobaciones  # noqa: F401
