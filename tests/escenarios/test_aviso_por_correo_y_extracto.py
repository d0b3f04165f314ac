"""Del aviso de cobro por correo al cobro reconocido en el extracto (issues 46 y 47): la carta que recibe cada
miembro le dice qué referencia escribir al transferir, y el extracto del banco con esa referencia en el concepto se
reconoce como pago de ese miembro, con certeza, aunque el nombre no aparezca."""

import re
from datetime import date

from escritorio.servicios.contexto import Contexto
from escritorio.servicios.correo import configurar_cuenta, preparar_avisos
from escritorio.servicios.extractos import OpcionesDeExtracto, planear_extracto
from extractos_de_prueba import Movimiento, banco_debito_credito


def test_la_referencia_del_aviso_por_correo_reconoce_el_pago_en_el_extracto(demo_fechada_db, rcs, tmp_path):
    contexto = Contexto(demo_fechada_db, rcs)
    configurar_cuenta(contexto, servidor="smtp.ejemplo.org", remitente="secretaria@redsur.ejemplo.org",
                      seguridad="starttls", puerto="587")
    envio = preparar_avisos(contexto)
    assert len(envio.mensajes) > 10
    mensaje = envio.mensajes[0]
    (referencia,) = re.findall(r"indique la referencia (\S+): así reconocemos su pago", mensaje.texto)
    assert referencia.startswith("RCS-")

    extracto = banco_debito_credito(tmp_path / "extracto.csv", [
        Movimiento(date(2026, 11, 20), f"TRANSF RECIBIDA {referencia} CUOTA", "150.00", "9001"),
        Movimiento(date(2026, 11, 20), "TRANSF RECIBIDA RCS-9999-0 CUOTA", "150.00", "9002"),   # no es de nadie
    ])
    plan = planear_extracto(contexto, extracto, OpcionesDeExtracto(moneda="USD"))
    primera, segunda = plan.lineas
    assert (primera.estado, primera.miembro_id) == ("segura", mensaje.miembro_id)
    assert referencia in primera.motivo
    assert segunda.miembro_id != mensaje.miembro_id
