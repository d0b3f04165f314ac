"""Lo que el programa sabe de una conexión abierta, declarado en un solo lugar.

Antes cada módulo colgaba lo suyo del objeto de la conexión con `setattr` (`_archivo_abierto`, `_escritorio_sana`,
`_escritorio_solo_lectura`, `papel`…) y lo leía con `getattr(db, "…", None)`: nadie podía saber qué llevaba una
conexión sin leer todo el programa. Ahora la conexión (`BaseDeDatos`, `BaseDeDatosServidor`) tiene `estado`, un
`EstadoDeLaConexion` con cada dato nombrado y explicado, y no admite otros atributos (`__slots__`). Lo maneja la
`Oficina` del programa (servicios/oficina.py), que es dueña de la conexión.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Quien quiere saber qué tablas cambió cada escritura confirmada de esta conexión (la Oficina): recibe los nombres
# de las tablas, sacados de la bitácora de esa transacción.
OyenteDeCambios = Callable[[frozenset[str]], None]


@dataclass
class EstadoDeLaConexion:
    # El archivo que se abrió y su identidad (dispositivo y nodo) en ese momento, para notar si otro programa lo
    # reemplaza o lo borra (vigilancia.py); None en el servidor o en memoria.
    ruta: Path | None = None
    identidad: Any = None
    # La identidad del diario (-wal) y del índice (-shm) al abrir (vigilancia.diario_perdido).
    diarios: dict[str, Any] = field(default_factory=dict)
    # La base abrió comprobada (o con su sello vigente): al cerrarla, si nada la dañó, se vuelve a sellar (integridad.py).
    sana: bool = False
    # Por qué solo se puede consultar (una versión más nueva, el disco lleno): conexion.SoloLectura, o None.
    solo_lectura: Any = None
    # La comprobación completa que quedó pendiente al abrir sin recorrer la base (comprobacion_diferida.py): la
    # primera escritura la exige; la ventana la hace en segundo plano. None si no hace falta o ya se hizo.
    comprobacion_pendiente: Any = None
    # El respaldo de apertura que la ventana deja para después de mostrarse (respaldo_de_apertura.py); None si no
    # hace falta: la base era igual a su último respaldo automático (`respaldada_al_abrir` dice cuál).
    respaldo_de_apertura: Any = None
    respaldada_al_abrir: dict | None = None
    # (PRAGMA data_version, filas escritas por esta conexión) al terminar de abrir: al cerrar, si nadie escribió desde
    # entonces, la base sigue igual a su respaldo (respaldo_de_cierre.py).
    al_abrir: tuple[int, int] | None = None
    # El padrón de la tabla de Miembros leído por adelantado en el hilo que abre la base para la ventana, mientras se
    # cargan Qt y la ventana (servicios.padron_por_partes: su primera pantalla); lo toma, una vez, la tabla al armarse
    # de esa asociación si nadie escribió desde entonces.
    padron_adelantado: Any = None
    # La lectura del resto de ese padrón, preparada en el mismo hilo, desde que la tabla tomó la primera pantalla
    # hasta que la empieza (servicios.padron_por_partes.tomar_el_resto).
    resto_adelantado: Any = None
    # Al abrir, la cadena de sellos no tenía lo que vio el testigo (apertura.aviso_del_testigo); None si lo tenía.
    aviso_del_testigo: str | None = None
    # En la copia de una sesión que viaja, esa sesión: solo ella se registra (conexion.transaccion lo exige).
    sesion_de_viaje: int | None = None
    # En el servidor: el papel de Escritorio de quien entró (secretaría, tesorería, consulta) o None.
    papel: str | None = None
    # En el servidor: cuánto tuvo esta conexión, como mucho, el cerrojo de los que escriben en una transacción (en
    # segundos; lo miden las pruebas y los bancos: nada lento se hace con el cerrojo tomado, issue 77, §5).
    cerrojo_mas_largo_s: float = 0.0
    # Después de suprimir los datos de una persona, el archivo no se pudo reescribir (otra conexión lo leía): lo
    # borrado puede quedar en su espacio libre hasta que se reescriba; se intenta otra vez al cerrar (limpieza.py).
    limpieza_pendiente: bool = False
    # La conexión corre una orden con --simular (conexion.simulacion): todo lo que escribe se deshace al terminar;
    # al cerrarla no se calculan estadísticas ni se pide un sello de tiempo (no escribió nada que quede).
    simulada: bool = False
    # Los oyentes de cada escritura confirmada (ver OyenteDeCambios).
    oyentes: list[OyenteDeCambios] = field(default_factory=list)

    def soltar_lo_adelantado(self) -> None:
        """Cierra la conexión de la lectura del resto del padrón que se preparó al abrir y nadie tomó (la base se
        cierra; servicios.padron_por_partes la guarda en `resto` de lo adelantado)."""
        adelantadas = (self.padron_adelantado, self.resto_adelantado)
        self.padron_adelantado = self.resto_adelantado = None
        for adelantada in adelantadas:
            lectura = getattr(adelantada, "resto", None)
            if lectura is not None:
                lectura.cerrar()

    def avisar_lo_confirmado(self, tablas: frozenset[str] | None) -> None:
        """Después de confirmar una transacción: cada oyente recibe las tablas que escribió. Lo guardado ya está
        guardado: un oyente que falla se anota en el registro y no deshace nada."""
        if not tablas:
            return
        for oyente in list(self.oyentes):
            try:
                oyente(tablas)
            except Exception:  # noqa: BLE001 - la escritura ya se confirmó; el aviso no debe convertirla en error
                import logging   # solo si un oyente falla: logging cuesta ~7 ms en cada orden

                logging.getLogger(__name__).exception("Un oyente de los cambios falló después de confirmar")
