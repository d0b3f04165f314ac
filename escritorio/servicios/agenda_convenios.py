"""La fuente de la agenda que sale del registro de convenios: los últimos días para denunciar un convenio que se
renueva solo, las obligaciones que vencen (y las atrasadas) y los convenios que dejan de regir. Una función
`(contexto, hoy, dias) -> list[Paso]` registrada en `servicios.agenda.FUENTES`; lo que vence lo decide
`servicios.vencimientos_de_convenios` (el mismo de la pestaña Vencimientos y de «convenios vencimientos»)."""

from datetime import date

from ..dominio.agenda import Accion, Paso, hasta
from .contexto import Contexto
from .vencimientos_de_convenios import vencimientos


def pasos_de_convenios(contexto: Contexto, hoy: date, dias: int) -> list[Paso]:
    return [Paso("convenio", v.fecha, v.texto, Accion("convenio", referencia=v.convenio_id))
            for v in vencimientos(contexto, hoy, hasta(hoy, dias), atrasadas=True)]
