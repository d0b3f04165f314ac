"""Documentos de cuotas: padrón de cuotas y morosidad en .xlsx; recibos, estados de cuenta, avisos y
resumen de cobranza en PDF. Junta los datos de los servicios y se los da a documentos/."""

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import miembros as tabla_miembros
from ..datos.conexion import transaccion
from ..datos.testigo import cabeza_de_cadena
from ..dominio.paises import nombre_pais
from ..dominio.traduccion import traducir
from ..dominio.verificacion import Sello
from ..dominio import formato
from ..errores import ErrorEscritorio
from .archivos import destino_del_archivo, escribir_archivo
from .base import hoy as fecha_de_hoy
from .cobranza import (AvisoApartado, sin_cargos_emitidos, derecho_a_voto, estados_de_cuenta, morosidad, padron_de_cuotas,
                       preparar_lote_de_avisos, registrar_avisos, resumen_por_pais)
from .contexto import Contexto
from .cuotas import anio_de_trabajo, fecha_de_trabajo
from .pagos import obtener_pago
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos


def _membrete(db: BaseDeDatos, asociacion_id: int) -> dict:
    a = tabla_asociaciones.por_id(db, asociacion_id)
    return {"asociacion": a["nombre"], "sigla": a["sigla"], "papel": a["papel"]}


def propiedades_excel(contexto: Contexto, titulo: str):
    """Título, autor (la asociación) y papel de un libro de Excel de la asociación."""
    from ..documentos.excel.escritura import Propiedades

    db, asociacion_id = contexto.db, contexto.asociacion_id
    a = tabla_asociaciones.por_id(db, asociacion_id)
    return Propiedades(f"{titulo} — {a['sigla']}", a["nombre"], a["papel"])


@en_el_idioma_de_los_documentos
def exportar_padron_cuotas(contexto: Contexto, anio: int, ruta: Path | str) -> int:
    from ..documentos.excel.cuotas import escribir_padron_cuotas_xlsx

    anio = anio_de_trabajo(anio, no_se_hizo=traducir("No se exportó el padrón de cuotas"))
    ruta = destino_del_archivo(ruta, ".xlsx", traducir("el padrón de cuotas"))
    filas = padron_de_cuotas(contexto, anio)
    if not filas:
        raise sin_cargos_emitidos(anio)
    escribir_archivo(escribir_padron_cuotas_xlsx, ruta, filas, resumen_por_pais(filas), anio,
                     propiedades=propiedades_excel(contexto, traducir("Padrón de cuotas {0}").format(anio)))
    return len(filas)


@en_el_idioma_de_los_documentos
def exportar_morosidad(contexto: Contexto, ruta: Path | str, al: date | None = None) -> int:
    from ..documentos.excel.cuotas import escribir_morosidad_xlsx

    ruta = destino_del_archivo(ruta, ".xlsx", traducir("la morosidad"))
    al = fecha_de_trabajo(al or fecha_de_hoy(), que=traducir("Fecha de corte"), futura=True,
                          no_se_hizo=traducir("No se exportó la morosidad"))
    deudas = morosidad(contexto, al)
    escribir_archivo(escribir_morosidad_xlsx, ruta, deudas, _nombres_y_paises(contexto), al,
                     propiedades=propiedades_excel(contexto, traducir("Morosidad al {0}").format(formato.fecha(al))))
    return len(deudas)


def _nombres_y_paises(contexto: Contexto) -> dict[int, tuple[str, str]]:
    """miembro_id -> (nombre, nombre del país): lo único que la planilla de morosidad dice de cada miembro."""
    paises: dict[str, str] = {}
    return {i: (nombre, paises.get(pais) or paises.setdefault(pais, nombre_pais(pais)))
            for i, nombre, pais in tabla_miembros.nombres_y_paises(contexto.db, contexto.asociacion_id)}


@en_el_idioma_de_los_documentos
def imprimir_estado_de_cuenta(contexto: Contexto, miembro_id: int, ruta: Path | str,
                              al: date | None = None) -> int:
    from ..documentos.pdf.estado_cuenta import escribir_estado_cuenta_pdf

    db, asociacion_id = contexto.db, contexto.asociacion_id
    ruta = destino_del_archivo(ruta, ".pdf", traducir("el estado de cuenta"))
    al = al or fecha_de_hoy()
    # Una sección por moneda si el miembro tuvo cargos en varias: nunca se suman monedas distintas.
    estados = estados_de_cuenta(contexto, miembro_id, al)
    from .congelados import exigir_intactas, filas_de_la_cuenta

    exigir_intactas(db, filas_de_la_cuenta(db, miembro_id), traducir("El estado de cuenta del miembro {0}").format(
        miembro_id))
    from .documentos import emision_estado_de_cuenta, emitir  # con su código de verificación, anotado al escribirlo

    baja = _baja_al(db, miembro_id, al)  # un miembro dado de baja: el estado de cuenta lo dice
    voto = _voto_suspendido(contexto, miembro_id, al)  # y uno con el voto suspendido: por qué y desde cuándo
    return emitir(db, emision_estado_de_cuenta(asociacion_id, miembro_id, al, estados), ruta,
                  lambda sello: escribir_archivo(escribir_estado_cuenta_pdf, ruta, **_membrete(db, asociacion_id),
                                                 estados=estados, fecha=al, sello=sello, baja=baja, voto=voto,
                                                 registro=cabeza_de_cadena(db.conn)))


def _voto_suspendido(contexto: Contexto, miembro_id: int, al: date) -> tuple[date | None, str] | None:
    """(desde, motivo) para la ficha del estado de cuenta si el miembro no vota (`cobranza.derecho_a_voto`): por
    cuotas impagas, con el día en que las completó; suspendido, con el motivo, que ya dice desde cuándo (desde None).
    De baja, nada: la ficha ya dice la baja."""
    derecho = derecho_a_voto(contexto, miembro_id, al)
    if derecho.puede_votar or derecho.causa == "baja":
        return None
    return (derecho.desde if derecho.causa == "cuotas" else None), derecho.motivo


def _baja_al(db: BaseDeDatos, miembro_id: int, al: date) -> tuple[date, str | None] | None:
    """(desde, motivo) si en `al` el miembro está dado de baja (su último estado hasta esa fecha); si no, None."""
    vigente = next((e for e in tabla_miembros.historia(db, miembro_id)["estados"] if e["desde"] <= al.isoformat()), None)
    if vigente is None or vigente["estado"] != "baja":
        return None
    return date.fromisoformat(vigente["desde"]), vigente["motivo"]


@en_el_idioma_de_los_documentos
def imprimir_recibo(contexto: Contexto, pago_id: int, ruta: Path | str, *, vista_previa: bool = False) -> int | None:
    """Escribe el recibo del pago en `ruta`: el original la primera vez que sale (se imprime o se guarda), COPIA
    las siguientes (`servicios.documentos.emitir`). Con `vista_previa`, lo que saldría ahora, sin gastar el
    original (para mostrarlo en pantalla). Devuelve qué se escribió: 0 el original, n la copia n (None: sin
    código, en una base abierta solo para consultar con un recibo que nunca salió)."""
    from ..documentos.pdf.recibo import escribir_recibo_pdf

    db, asociacion_id = contexto.db, contexto.asociacion_id
    ruta = destino_del_archivo(ruta, ".pdf", traducir("el recibo"))

    from .documentos import emision_recibo, emitir  # con su código de verificación; una reimpresión dice COPIA

    pago = obtener_pago(contexto, pago_id)
    from .congelados import exigir_intactas, filas_del_recibo

    exigir_intactas(db, filas_del_recibo(db, pago_id), traducir("El recibo del pago {0}").format(pago_id))

    def escribir(sello: Sello | None) -> int | None:
        escribir_archivo(escribir_recibo_pdf, ruta, **_membrete(db, asociacion_id), pago=pago,
                         registro=cabeza_de_cadena(db.conn), sello=sello)   # «Registro: sello N…» al pie
        return sello.copia if sello is not None else None

    return emitir(db, emision_recibo(contexto, pago), ruta, escribir, vista_previa=vista_previa)


def proxima_copia_del_recibo(contexto: Contexto, pago_id: int) -> int:
    """0 si lo próximo que salga del recibo (impreso o guardado) es el original; n > 0 si es la copia n, que
    dice COPIA. La misma regla con que `imprimir_recibo` lo escribe."""
    from .documentos import emision_recibo, proxima_copia

    return proxima_copia(contexto.db, emision_recibo(contexto, obtener_pago(contexto, pago_id))) or 0


@en_el_idioma_de_los_documentos
def imprimir_resumen_cobranza(contexto: Contexto, anio: int, ruta: Path | str) -> int:
    from ..documentos.pdf.cobranza import escribir_resumen_cobranza_pdf

    db, asociacion_id = contexto.db, contexto.asociacion_id
    anio = anio_de_trabajo(anio, no_se_hizo=traducir("No se guardó el resumen de cobranza"))
    ruta = destino_del_archivo(ruta, ".pdf", traducir("el resumen de cobranza"))
    resumen = resumen_por_pais(padron_de_cuotas(contexto, anio))
    from .documentos import emitir  # con su código de verificación
    from .emisiones import emision_resumen_cobranza

    return emitir(db, emision_resumen_cobranza(asociacion_id, anio, resumen), ruta, lambda sello: escribir_archivo(
        escribir_resumen_cobranza_pdf, ruta, **_membrete(db, asociacion_id), resumen=resumen, anio=anio,
        fecha=fecha_de_hoy(), sello=sello))


@dataclass
class AvisosGenerados:
    """Cuántas cartas tiene el PDF y quiénes quedaron fuera del lote, con su motivo (su cuenta cambió por fuera de
    Escritorio: `servicios.cobranza.AvisoApartado`)."""

    cantidad: int
    apartados: list[AvisoApartado] = field(default_factory=list)


@en_el_idioma_de_los_documentos
def generar_avisos(contexto: Contexto, ruta: Path | str, al: date | None = None) -> AvisosGenerados:
    """Escribe las cartas del lote y lo registra: si algo falla, ni queda el PDF ni se anota el envío. Cada carta es
    un documento con su código de verificación (`servicios.documentos.emitir_varios`). Los miembros cuya cuenta
    cambió por fuera de Escritorio quedan apartados (sin carta ni registro); los demás reciben la suya."""
    from ..documentos.pdf.avisos import escribir_avisos_pdf
    from .documentos import emitir_varios
    from .emisiones import emisiones_de_avisos

    db, asociacion_id = contexto.db, contexto.asociacion_id
    ruta = destino_del_archivo(ruta, ".pdf", traducir("el lote de avisos"))
    # Un aviso se anota como enviado: con una fecha de corte futura quedarían anotados niveles que aún no tocan.
    al = fecha_de_trabajo(al or fecha_de_hoy(), que=traducir("Fecha de corte"),
                          no_se_hizo=traducir("No se generó ningún aviso"))
    existia = ruta.exists()
    with transaccion(db):
        # Qué nivel de aviso le toca a cada cargo se decide con la base tomada: dos lotes generados a la vez
        # (dos ventanas) no envían dos veces el mismo nivel, y un pago registrado recién ya cuenta.
        preparado = preparar_lote_de_avisos(contexto, al)
        avisos = preparado.avisos
        if not avisos:
            return AvisosGenerados(0, preparado.apartados)
        lote = registrar_avisos(contexto, avisos, al)
        try:
            datos = tabla_asociaciones.por_id(db, asociacion_id)
            cartas = emisiones_de_avisos(contexto, lote, avisos)
            emitir_varios(db, cartas, ruta, lambda sellos: escribir_archivo(
                escribir_avisos_pdf, ruta, **_membrete(db, asociacion_id), avisos=avisos, fecha=al,
                lugar=datos["sede"] or "", articulo_suspension=datos["articulo_suspension"],
                cuotas_para_suspender=datos["cuotas_para_suspender"], sellos=sellos))
        except BaseException:
            if not existia:
                ruta.unlink(missing_ok=True)
            raise
    return AvisosGenerados(len(avisos), preparado.apartados)


@en_el_idioma_de_los_documentos
def generar_avisos_por_miembro(contexto: Contexto, carpeta: Path, al: date,
                               miembros: list[int]) -> tuple[int | None, dict[int, Path]]:
    """Como `generar_avisos`, pero una carta por archivo (para enviar a cada miembro la suya por correo) y solo las
    de `miembros`: registra el lote de esos avisos y emite cada carta con su código, en una transacción. Devuelve
    el id del lote (None si no había avisos) y miembro_id -> el PDF de su carta."""
    from ..documentos.pdf.avisos import escribir_avisos_pdf
    from .documentos import emitir_varios
    from .emisiones import emisiones_de_avisos

    db, asociacion_id = contexto.db, contexto.asociacion_id
    al = fecha_de_trabajo(al, que=traducir("Fecha de corte"), no_se_hizo=traducir("No se generó ningún aviso"))
    elegidos = set(miembros)
    with transaccion(db):
        preparado = preparar_lote_de_avisos(contexto, al)
        apartados = [a for a in preparado.apartados if a.miembro_id in elegidos]
        if apartados:
            # Se prepararon cuando su cuenta estaba intacta; ya no: no sale ninguna (se vuelve a preparar el envío).
            raise ErrorEscritorio(traducir(
                "No se envió ningún aviso: la cuenta de {0} cambió por fuera de Escritorio desde que se preparó el "
                "envío.").format(", ".join(a.miembro for a in apartados)) + "\n" + "\n".join(
                f"• {m}" for a in apartados for m in a.motivos) + "\n" + traducir(
                "Prepare el envío otra vez: esos miembros quedarán apartados y los demás recibirán su carta."))
        avisos = [a for a in preparado.avisos if a.miembro_id in elegidos]
        if not avisos:
            return None, {}
        lote = registrar_avisos(contexto, avisos, al)
        datos = tabla_asociaciones.por_id(db, asociacion_id)
        cartas = emisiones_de_avisos(contexto, lote, avisos)
        rutas = {}
        for aviso, carta in zip(avisos, cartas):
            ruta = Path(carpeta) / f"aviso-{aviso.miembro_id}.pdf"
            emitir_varios(db, [carta], ruta, lambda sellos, aviso=aviso, ruta=ruta: escribir_archivo(
                escribir_avisos_pdf, ruta, **_membrete(db, asociacion_id), avisos=[aviso], fecha=al,
                lugar=datos["sede"] or "", articulo_suspension=datos["articulo_suspension"],
                cuotas_para_suspender=datos["cuotas_para_suspender"], sellos=sellos))
            rutas[aviso.miembro_id] = ruta
    return lote, rutas
