"""La verificación completa de un archivo, en los dos núcleos: unas comprobaciones corren en otro hilo, con su propia
conexión de solo lectura al mismo archivo (datos/lectura_aparte.py), mientras las demás siguen en la de la base.

Sirve porque casi todo lo que cuesta en una base grande es SQLite recorriendo tablas (la cadena de sellos, lo
congelado, los datos contra la bitácora), y SQLite suelta el GIL mientras recorre: dos hilos avanzan a la vez. Las
comprobaciones no dependen unas de otras (cada una anota en su propia `Verificacion`) y se informan igual, en el
orden de siempre. El hilo lleva el contexto de quien verifica (el idioma y la puerta son `ContextVar`). En el
servidor, o desde un punto de control (pocas filas), todo corre en la conexión de la base."""

import contextvars
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace

from ...datos.conexion import texto_tolerante
from ...datos.lectura_aparte import abrir_para_leer
from .base import BaseVerificada, Comprobacion, Verificacion


def empezar_aparte(base: BaseVerificada, comprobaciones: dict[str, Comprobacion],
                   nombres: Iterable[str]) -> Future | None:
    """Empieza en otro hilo las comprobaciones `nombres` sobre una conexión propia; el futuro da {nombre:
    Verificacion}. None si no es un archivo (o no se puede abrir aparte): entonces corren en la de la base."""
    aparte = abrir_para_leer(base.db)
    if aparte is None:
        return None
    nombres = list(nombres)
    de_aparte = replace(base, db=aparte)

    def correr() -> dict[str, Verificacion]:
        partes = {}
        try:
            with texto_tolerante(aparte):   # como la conexión de la base en `verificar`: lo lee todo
                for nombre in nombres:
                    partes[nombre] = Verificacion()
                    comprobaciones[nombre](de_aparte, partes[nombre])
        finally:
            aparte.close()
        return partes

    hilo = ThreadPoolExecutor(max_workers=1, thread_name_prefix="verificar_aparte")
    futuro = hilo.submit(contextvars.copy_context().run, correr)
    hilo.shutdown(wait=False)
    return futuro
