"""El área Cuotas (paquete; las pestañas se separan en sus módulos en el commit siguiente)."""

from .morosidad import (DialogoReglaVoto, PestanaAvisos, PestanaCargos, PestanaEmision, PestanaEscalas, PestanaMorosidad,
                        PestanaPagos, VistaCuotas, años_agrupados, fila_elegida, sumas, texto_regla)

__all__ = ["DialogoReglaVoto", "PestanaAvisos", "PestanaCargos", "PestanaEmision", "PestanaEscalas", "PestanaMorosidad",
           "PestanaPagos", "VistaCuotas", "años_agrupados", "fila_elegida", "sumas", "texto_regla"]
