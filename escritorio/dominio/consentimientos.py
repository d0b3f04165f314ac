"""Los consentimientos, sin base de datos (issue 81 §3): para qué se pide (la finalidad), con qué texto, y qué se
exige para registrarlo. Lo que no manda el estatuto se hace con los datos de una persona solo si ella lo aceptó; hoy,
el boletín de la red. Lo demás (convocatorias, actas, resoluciones, avisos de cobro, recibos) tiene su propia base
legal (dominio/datos_personales.CLASES) y no depende de un consentimiento."""

from __future__ import annotations

from datetime import date

from .traduccion import traducir

BOLETIN = "boletin"
# Finalidad -> cómo se llama (en castellano: se traduce donde se muestra).
FINALIDADES = {BOLETIN: "Boletín de la red (noticias, invitaciones y convocatorias abiertas que el estatuto no manda)"}
# El texto que la secretaría le propone aceptar a la persona, si no escribe otro: lo que se acepta es lo que queda.
TEXTO_SUGERIDO = {BOLETIN: (
    "Acepto que {asociacion} me envíe por correo electrónico su boletín: noticias de la red, invitaciones a "
    "actividades y convocatorias abiertas que el estatuto no obliga a enviarme. Sé que puedo revocar este "
    "consentimiento en cualquier momento, sin costo, respondiendo a cualquier boletín o escribiendo a la secretaría; "
    "revocarlo no cambia el correo que el estatuto manda enviar.")}
LARGO_MAXIMO_DEL_TEXTO = 4000


def leer_finalidad(valor: object) -> str:
    finalidad = str(valor or "").strip().lower()
    if finalidad not in FINALIDADES:
        raise ValueError(traducir("«{0}» no es una finalidad con consentimiento (son: {1})").format(
            valor, ", ".join(FINALIDADES)))
    return finalidad


def leer_texto(valor: object) -> str:
    """El texto que la persona aceptó, tal cual (sin espacios en los bordes). Vacío o demasiado largo: ValueError."""
    texto = str(valor or "").strip()
    if not texto:
        raise ValueError(traducir("falta el texto que la persona aceptó (lo que leyó y firmó o respondió)"))
    if len(texto) > LARGO_MAXIMO_DEL_TEXTO:
        raise ValueError(traducir("el texto aceptado tiene {0} caracteres: el máximo es {1}").format(
            len(texto), LARGO_MAXIMO_DEL_TEXTO))
    return texto


def exigir_fecha(otorgado_el: date, hoy: date) -> date:
    """Un consentimiento no se da en el futuro."""
    if otorgado_el > hoy:
        from .formato import fecha

        raise ValueError(traducir("la fecha {0} todavía no llegó: se registra lo que la persona ya aceptó").format(
            fecha(otorgado_el.isoformat())))
    return otorgado_el


def pie_del_boletin(otorgado_el: str, canal: str) -> str:
    """Lo que cierra cada boletín: por qué lo recibe y cómo dejar de recibirlo."""
    from .datos_personales import CANALES
    from .formato import fecha

    return traducir("Recibe este boletín porque lo aceptó el {0} ({1}). Para no recibirlo más, responda a este "
                    "mensaje pidiendo la baja: revocar su consentimiento no cambia el correo que el estatuto manda "
                    "enviarle.").format(fecha(otorgado_el), traducir(CANALES[canal]).lower())
