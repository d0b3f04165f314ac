"""El recibo de un pago recién registrado (el panel final de dialogos/pago.py): verlo, imprimirlo y guardarlo.

El original de un recibo sale una sola vez: la primera vez que se imprime o se guarda; lo que salga después dice
COPIA. Lo decide el servicio (`servicios.informes_cuotas.imprimir_recibo`, con `servicios.documentos.emitir`), no
este módulo: aquí solo se pregunta qué saldrá, para decirlo. Mirar el recibo en la vista previa no gasta el
original (se escribe con `vista_previa=True`).
"""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from ...servicios.contexto import Contexto
from ...servicios.informes_cuotas import imprimir_recibo, proxima_copia_del_recibo
from ...servicios.pagos import PagoRegistrado
from ..comun import tr
from ..piezas import elegir_archivo
from ..piezas.vista_previa import DocumentoParaVer, mostrar_vista_previa
from ...servicios.oficina import Oficina
from ..operaciones import hacer_en_la_ventana


def nombre_del_recibo(registrado: PagoRegistrado) -> str:
    """«recibo-0003-2026.pdf»: el nombre que se propone al guardarlo."""
    return f"recibo-{registrado.recibo.replace('/', '-')}.pdf"


def que_sale(contexto: Contexto, pago_id: int) -> str:
    """Una línea que dice qué sale al imprimir o guardar el recibo ahora (el servicio sabe si el original ya salió)."""
    if proxima_copia_del_recibo(contexto, pago_id) == 0:
        return tr("Lo primero que imprima o guarde es el ORIGINAL del recibo; después, cada vez que se imprima o se "
                  "guarde, sale una COPIA.")
    return tr("El original de este recibo ya se imprimió o se guardó: lo que salga ahora dice COPIA.")


def ver_recibo(padre: QWidget, contexto: Contexto, registrado: PagoRegistrado, ajustes: QSettings | None) -> str | None:
    """La vista previa del recibo (desde ahí se imprime o se guarda). Devuelve lo que salió, para decirlo en el
    diálogo («Recibo impreso.», «Recibo guardado en …»; "" si nada), o None si no se pudo mostrar."""
    pago_id = registrado.pago_id
    salidas = mostrar_vista_previa(padre, DocumentoParaVer.por_emitir(
        tr("Recibo N.º {0}").format(registrado.recibo), nombre_del_recibo(registrado),
        lambda ruta, previa: imprimir_recibo(contexto, pago_id, ruta, vista_previa=previa),
        lambda: que_sale(contexto, pago_id)), ajustes)
    if salidas is None:
        return None
    hecho = [tr("Recibo impreso.")] if salidas.impresas else []
    hecho += [tr("Recibo guardado en {0}").format(ruta) for ruta in salidas.guardado_en]
    if salidas.pedido_al_visor:
        hecho.append(tr("Se pidió al sistema abrirlo en su visor de PDF."))
    return "\n".join(hecho)


def guardar_recibo(padre: QWidget, oficina: Oficina, registrado: PagoRegistrado,
                   ajustes: QSettings | None) -> tuple[bool, str]:
    """Pide dónde guardar el recibo (sin reemplazar un archivo sin preguntar) y lo escribe. Devuelve (si se guardó,
    qué decir en el diálogo: "" si la persona desistió o el error ya se mostró)."""
    carpeta = ajustes.value("exportar/carpeta", str(Path.home())) if ajustes is not None else str(Path.home())
    ruta = elegir_archivo.para_guardar_sin_pisar(padre, tr("Guardar el recibo"),
                                                 str(Path(carpeta) / nombre_del_recibo(registrado)), ".pdf",
                                                 tr("Documentos PDF (*.pdf)"))
    if not ruta:
        return False, ""
    if ajustes is not None:
        ajustes.setValue("exportar/carpeta", str(Path(ruta).parent))
    cancelado: list[str] = []
    hecho = hacer_en_la_ventana(padre, oficina, lambda _informar: imprimir_recibo(
        oficina.contexto, registrado.pago_id, ruta), que="recibo de un pago", en_segundo_plano=True,
        titulo=tr("Recibo"), cancelable=False,
        al_cancelar=lambda: cancelado.append(tr("Cancelado: no se guardó el recibo.")))
    if hecho is None:
        return False, "".join(cancelado)
    copia = hecho.resultado
    return True, (tr("Copia del recibo guardada en {0}") if copia else tr("Recibo guardado en {0}")).format(ruta)
