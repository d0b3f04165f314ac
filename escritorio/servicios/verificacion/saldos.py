"""Verificar la lista de pagos con saldo a favor (migración 0054, datos/esquema/saldos_a_favor.py): cada pago que
todavía tiene saldo tiene que estar en ella. La llevan triggers y otros impiden borrar una fila de un pago con saldo;
quien los quita, borra la fila y los vuelve a crear tal cual esconde ese saldo de la próxima emisión (el saldo no se
aplica a las cuotas nuevas) sin dejar nada en la bitácora: aquí se ve, comparando la lista con los pagos."""

from ...datos.esquema.saldos_a_favor import TABLA, pagos_fuera_de_la_lista
from ...dominio.traduccion import traducir
from .base import BaseVerificada, Verificacion


def comprobar_los_saldos_a_favor(base: BaseVerificada, resultado: Verificacion) -> None:
    if not base.tiene(TABLA, "pagos", "imputaciones"):
        return
    if base.sin_cambios("pagos", "imputaciones"):
        return   # igual que en el punto de control: la lista sin bitácora solo se toca quitando sus triggers
    faltan = (pagos_fuera_de_la_lista(base.db) if base.punto is None else
              pagos_fuera_de_la_lista(base.db, sorted(base.tocadas.get("pagos", ())),
                                      sorted(base.tocadas.get("imputaciones", ()))))
    if faltan:
        resultado.problemas.append(traducir(
            "Saldos a favor: {0} pagos con saldo a favor faltan en la lista de pagos con saldo (pagos_con_saldo), "
            "borrados por fuera de Escritorio: la próxima emisión no aplicaría ese saldo. Pagos: {1}. Restaure el "
            "último respaldo sano y verifique de nuevo.").format(len(faltan), ", ".join(map(str, faltan[:20]))))
