"""Lo que vence en los convenios de la asociación entre dos fechas: convenios que dejan de regir, últimos días para
denunciar uno que si no se renueva solo, y obligaciones pendientes (también las atrasadas). Es la parte de los
convenios en la agenda de «Próximos pasos» de Inicio; la muestran también la pestaña Vencimientos del área Convenios
y «escritorio convenios vencimientos»."""

from dataclasses import dataclass
from datetime import date

from ..dominio import formato
from ..dominio.convenios import TIPOS_OBLIGACION, plazos_para_denunciar, ultimo_dia_de_vigencia
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .contexto import Contexto
from .convenios import ConvenioListado, ObligacionDelConvenio, fecha_de_consulta, listar_convenios, vigencia_de


@dataclass(frozen=True)
class Vencimiento:
    """Algo de un convenio que vence en una fecha: que deja de regir («fin»), el último día para denunciarlo
    («denuncia») o una obligación («obligacion»). `texto` lo dice entero, en el idioma en curso; `atrasada`: una
    obligación pendiente de antes de la ventana pedida."""

    fecha: date
    clase: str
    convenio_id: int
    convenio: str
    tipo_convenio: str
    obligacion_id: int | None
    texto: str
    atrasada: bool = False


_ORDEN_CLASES = {"denuncia": 0, "obligacion": 1, "fin": 2}


def _texto_de_fin(convenio: ConvenioListado) -> str:
    if convenio["terminado_el"] is not None:
        return traducir("Deja de regir el convenio «{0}» (terminado: {1})").format(convenio["titulo"],
                                                                                  convenio["motivo_terminacion"])
    if convenio["renovacion_meses"]:
        return traducir("Vence el convenio «{0}», sin más renovaciones").format(convenio["titulo"])
    return traducir("Vence el convenio «{0}»").format(convenio["titulo"])


def _texto_de_obligacion(convenio: ConvenioListado, obligacion: ObligacionDelConvenio) -> str:
    texto = f"{traducir(TIPOS_OBLIGACION[obligacion['tipo']])}: {obligacion['descripcion']}"
    if obligacion["importe"] is not None:
        texto += f" ({formato.dinero(obligacion['importe'], obligacion['moneda'])})"
    return traducir("{0} — convenio «{1}»").format(texto, convenio["titulo"])


def vencimientos(contexto: Contexto, desde: date, hasta: date, *, atrasadas: bool = True) -> list[Vencimiento]:
    """Lo que vence entre `desde` y `hasta` (los dos días incluidos) en los convenios de la asociación, por fecha:

    - «fin»: el último día en que rige un convenio que no se renueva más (o su terminación registrada);
    - «denuncia»: el último día para denunciar uno que, si no, se renueva solo (fin del período menos el preaviso;
      uno que se renueva cada mes tiene un plazo por mes);
    - «obligacion»: cada obligación pendiente que vence (un informe, un pago); con `atrasadas`, también las
      pendientes que vencieron antes de `desde` (con `atrasada=True`: lo primero que hay que atender).

    Es lo que muestra la agenda de «Próximos pasos» y «escritorio convenios vencimientos»; cada uno lleva el
    convenio (y la obligación) para abrirlo con un clic, y `texto` en el idioma en curso."""
    fecha_de_consulta(desde, "Desde", "desde")
    fecha_de_consulta(hasta, "Hasta", "hasta")
    if hasta < desde:
        raise ErrorEscritorio(traducir("La ventana de vencimientos termina ({0}) antes de empezar ({1}).").format(
            formato.fecha(hasta), formato.fecha(desde)))
    resultado = []
    for convenio in listar_convenios(contexto, al=desde):
        v = vigencia_de(convenio)
        base = {"convenio_id": convenio["id"], "convenio": convenio["titulo"], "tipo_convenio": convenio["tipo"]}
        ultimo = ultimo_dia_de_vigencia(v)
        if ultimo is not None and desde <= ultimo <= hasta:
            resultado.append(Vencimiento(ultimo, "fin", obligacion_id=None, texto=_texto_de_fin(convenio), **base))
        for plazo, fin in plazos_para_denunciar(v, desde, hasta):
            resultado.append(Vencimiento(plazo, "denuncia", obligacion_id=None, texto=traducir(
                "Último día para denunciar el convenio «{0}»: si no, se renueva el {1} por {2} meses").format(
                convenio["titulo"], formato.fecha(fin + (date.resolution)), v.renovacion_meses), **base))
        for obligacion in convenio["obligaciones"]:
            vence = date.fromisoformat(obligacion["vence"])
            atrasada = vence < desde
            if obligacion["estado"] != "pendiente" or vence > hasta or (atrasada and not atrasadas):
                continue
            resultado.append(Vencimiento(vence, "obligacion", obligacion_id=obligacion["id"],
                                         texto=_texto_de_obligacion(convenio, obligacion), atrasada=atrasada, **base))
    return sorted(resultado, key=lambda x: (x.fecha, _ORDEN_CLASES[x.clase], x.convenio, x.obligacion_id or 0))

