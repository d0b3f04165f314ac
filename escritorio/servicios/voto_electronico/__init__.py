"""El voto electrónico en la sala (issue 85): la computadora de la secretaría es la mesa de votación.

Cada delegación presente con voto (o quien porta su poder) recibe un código para la sesión (`codigos.py`), en
pantalla o impreso en una tarjeta (`tarjetas.py`, que se importa aparte: escribe archivos); la presidencia abre una
urna por cosa votada (`urnas.py`), las delegaciones votan desde su teléfono y, al cerrarla, el recuento entra al mismo
registro que uno a mano (`cierre.py`). Esta es la interfaz que usan la línea de órdenes, la ventana y el servidor de la
sala; las funciones que reciben `db` (y no un `Contexto`) son las que el servidor llama en cada pedido: no piden la
ventana ni un usuario del programa, y cada escritura es una transacción.
"""

from .cierre import cerrar_urna, descartar_urna
from .codigos import CodigoEntregado, Votante, anular_codigos, entregar_codigo, entregar_codigos, identificar
from .urnas import Comprobante, Opcion, Papeleta, abrir_urna, cuantos_votaron, depositar, papeleta, urna_abierta

__all__ = ["CodigoEntregado", "Comprobante", "Opcion", "Papeleta", "Votante", "abrir_urna", "anular_codigos",
           "cerrar_urna", "cuantos_votaron", "descartar_urna", "depositar", "entregar_codigo", "entregar_codigos",
           "identificar", "papeleta", "urna_abierta"]
