"""Una operación desde la ventana: la única manera en que un diálogo o un área escribe en la base.

Un diálogo dice QUÉ hacer (el servicio y sus datos) y qué hacer después; esto se ocupa de CÓMO (como las
`CollectionOp`/`QueryOp` de Anki):

    hecho = hacer_en_la_ventana(self, self.oficina, lambda: registrar_pago(self.contexto, pago),
                                que="registrar un pago", al_terminar=self._mostrar_registrado)
    if hecho is None:      # rechazado (el mensaje ya se mostró) o cancelado: no se escribió nada
        return False

- El servicio corre con `oficina.hacer` (servicios/oficina.py): cada escritura que confirma avisa lo que cambió
  una sola vez, por la oficina, y el aviso llega a las áreas en el hilo de la ventana (interfaz/cambios.py lo encola
  si se escribió en otro hilo). Nadie anuncia a mano lo que guardó.
- Si falla, el mensaje se muestra aquí y solo aquí (`comun.mostrar_error`): un `ErrorEscritorio` con su texto («No se
  pudo completar»), uno inesperado con una disculpa y la ruta del registro, nunca una traza. El servicio escribe en
  una transacción: lo rechazado no dejó nada escrito. Un diálogo que muestra los problemas en el formulario (los
  campos marcados, una línea de aviso) pasa `al_rechazar(error)`, que los muestra en lugar del cuadro (si devuelve
  False, el error no era de los que muestra: va al cuadro).
- `en_segundo_plano=True` para lo que puede tardar: el servicio corre en otro hilo con el diálogo de progreso de
  interfaz/trabajos.py (que se puede cancelar: `Cancelado`, y no se escribe nada) y recibe `informar(etapa, hecho,
  total)`; la ventana se sigue pintando y respondiendo. La llamada vuelve con el resultado, como si fuera corta.
  `al_cancelar()`, si se da, dice la cancelación a su manera en lugar del cuadro.
- `al_terminar(resultado)` solo si salió bien. Se devuelve el `Hecho` (resultado y lo que cambió), o None.

`consultar_en_la_ventana` es lo mismo para una consulta que no escribe (una vista previa, verificar, leer un archivo,
probar una conexión): aquí o, si es larga, en otro hilo con progreso; el error mostrado en el mismo lugar. Devuelve
lo consultado o `FALLO` (que es falso).

La línea de órdenes entra por la misma puerta: cada orden trabaja con una `Oficina` (`cli.comun.oficina_de`) y llama
a los mismos servicios; ella informa los errores a su manera (el mensaje y el código de salida, cli/comun.py).
"""

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from ..errores import Cancelado, ErrorEscritorio
from ..servicios.oficina import Hecho, Oficina
from .comun import mostrar_error
from .trabajos import ejecutar_con_progreso

R = TypeVar("R")


def hacer_en_la_ventana(padre: QWidget | None, oficina: Oficina, hacer: Callable[..., R], *, que: str,
                        en_segundo_plano: bool = False, titulo: str | None = None, cancelable: bool = True,
                        al_terminar: Callable[[R], Any] | None = None,
                        al_rechazar: Callable[[ErrorEscritorio], Any] | None = None,
                        al_cancelar: Callable[[], Any] | None = None) -> Hecho[R] | None:
    """Corre `hacer()` (o `hacer(informar)` en segundo plano) por la oficina; ver el módulo.

    `que`: lo que se intentaba, para el registro de un error inesperado («registrar un pago»). `titulo`: el del
    diálogo de progreso (por omisión, el de `padre`). `cancelable=False` si `hacer` no mira `informar`."""
    try:
        if en_segundo_plano:
            hecho = ejecutar_con_progreso(padre, titulo if titulo is not None else _titulo(padre),
                                          lambda informar: oficina.hacer(hacer, informar), cancelable=cancelable)
        else:
            hecho = oficina.hacer(hacer)
    except Exception as error:  # noqa: BLE001 - el único lugar donde la ventana muestra el fracaso de una operación
        _mostrar(padre, error, que, al_rechazar, al_cancelar)
        return None
    if al_terminar is not None:
        al_terminar(hecho.resultado)
    return hecho


class _Fallo:
    """Lo que devuelve `consultar_en_la_ventana` si la consulta falló (su resultado puede ser None)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "FALLO"


FALLO: Any = _Fallo()


def consultar_en_la_ventana(padre: QWidget | None, consulta: Callable[..., R], *, que: str,
                            en_segundo_plano: bool = False, titulo: str | None = None, cancelable: bool = True,
                            al_terminar: Callable[[R], Any] | None = None,
                            al_rechazar: Callable[[ErrorEscritorio], Any] | None = None,
                            al_cancelar: Callable[[], Any] | None = None) -> R:
    """Una consulta que no escribe (una vista previa, verificar, leer un archivo): `consulta()` aquí, o
    `consulta(informar)` en otro hilo con el diálogo de progreso. Devuelve lo que devolvió, o `FALLO` (falso) si
    falló: el mensaje ya se mostró, como en `hacer_en_la_ventana`."""
    try:
        if en_segundo_plano:
            resultado = ejecutar_con_progreso(padre, titulo if titulo is not None else _titulo(padre), consulta,
                                              cancelable=cancelable)
        else:
            resultado = consulta()
    except Exception as error:  # noqa: BLE001 - ver hacer_en_la_ventana
        _mostrar(padre, error, que, al_rechazar, al_cancelar)
        return FALLO
    if al_terminar is not None:
        al_terminar(resultado)
    return resultado


def _titulo(padre: QWidget | None) -> str:
    return padre.windowTitle() if padre is not None else ""


def _mostrar(padre: QWidget | None, error: Exception, que: str,
             al_rechazar: Callable[[ErrorEscritorio], Any] | None, al_cancelar: Callable[[], Any] | None) -> None:
    # Cancelar no es un problema del formulario: se dice en el cuadro («Operación cancelada: no se modificó nada»),
    # también en un diálogo que muestra sus problemas en línea; `al_cancelar()` lo dice a su manera («no se creó
    # ningún archivo»).
    if isinstance(error, Cancelado) and al_cancelar is not None:
        al_cancelar()
        return
    if (al_rechazar is not None and isinstance(error, ErrorEscritorio) and not isinstance(error, Cancelado)
            and al_rechazar(error) is not False):
        return
    mostrar_error(padre, error, que)
