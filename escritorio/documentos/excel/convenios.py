"""El registro de convenios en Excel: la hoja «Convenios» (uno por fila, con su estado y sus plazos en la fecha del
registro) y la hoja «Obligaciones» (cada informe o pago, con su convenio). Encabezado fijo, filtros, fechas
dd/mm/aaaa, importes como número y la impresión lista (`escritura.escribir_libro`)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from escritorio.dominio.convenios import ESTADOS_CONVENIO, ESTADOS_OBLIGACION, TIPOS_CONVENIO, TIPOS_OBLIGACION
from escritorio.dominio.dinero import a_decimal
from escritorio.dominio.traduccion import traducir

from .escritura import FORMATO_FECHA, FORMATO_IMPORTE, ColumnaHoja, Hoja, Propiedades, escribir_libro, fecha_o_nada

HOJA_CONVENIOS = "Convenios"
HOJA_OBLIGACIONES = "Obligaciones"
# (título, ancho, formato, en renglones)
COLUMNAS_CONVENIOS = (("N.º", 6, None, False), ("Título", 40, None, True), ("Tipo", 16, None, False),
                      ("Partes", 40, None, True), ("Objeto", 40, None, True), ("Firma", 12, FORMATO_FECHA, False),
                      ("Inicio", 12, FORMATO_FECHA, False), ("Fin", 12, FORMATO_FECHA, False),
                      ("Renovación automática", 16, None, False), ("Preaviso (días)", 10, None, False),
                      ("Último día para denunciarlo", 14, FORMATO_FECHA, False),
                      ("Deja de regir", 12, FORMATO_FECHA, False), ("Estado", 16, None, False),
                      ("Unidad u órgano responsable", 26, None, True), ("Resolución", 26, None, True),
                      ("Obligaciones pendientes", 12, None, False), ("PDF firmado (SHA-256)", 22, None, False))
COLUMNAS_OBLIGACIONES = (("N.º", 6, None, False), ("Convenio", 40, None, True), ("Tipo", 12, None, False),
                         ("Descripción", 44, None, True), ("Vence", 12, FORMATO_FECHA, False),
                         ("Importe", 14, FORMATO_IMPORTE, False), ("Moneda", 9, None, False),
                         ("Estado", 12, None, False), ("Cumplida el", 12, FORMATO_FECHA, False))


def _columnas(definiciones) -> list[ColumnaHoja]:
    return [ColumnaHoja(traducir(t), a, f, ajustar) for t, a, f, ajustar in definiciones]


def _renovacion(convenio: dict) -> str:
    meses = convenio["renovacion_meses"]
    if not meses:
        return traducir("No")
    texto = traducir("Cada {0} meses").format(meses)
    if convenio["renovaciones_maximas"]:
        texto += " " + traducir("(hasta {0} veces)").format(convenio["renovaciones_maximas"])
    return texto


def _estado(convenio: dict) -> str:
    estado = traducir(ESTADOS_CONVENIO[convenio["estado"]])
    if convenio["estado"] == "terminado":
        estado += f": {convenio['motivo_terminacion']}"
    return estado


def filas_convenios(convenios: list[dict], sigla: str) -> list[list]:
    return [[c["id"], c["titulo"], traducir(TIPOS_CONVENIO[c["tipo"]]), "; ".join(_partes(c, sigla)), c["objeto"] or "",
             fecha_o_nada(c["firmado_el"]), fecha_o_nada(c["inicio"]), fecha_o_nada(c["fin"]), _renovacion(c),
             c["preaviso_dias"], fecha_o_nada(c["ultimo_dia_para_denunciar"]),
             fecha_o_nada(c["fin_efectivo"]), _estado(c), c["organo"] or "", c["resolucion"] or "",
             c["obligaciones_pendientes"], c["pdf"]["sha256"] if c["pdf"] else traducir("Sin PDF")]
            for c in convenios]


def _partes(convenio: dict, sigla: str) -> list[str]:
    """Cada parte en su renglón: la asociación (si firma) y las demás, con quien firmó por ellas."""
    partes = [sigla] if convenio["asociacion_es_parte"] else []
    for parte in convenio["partes"]:
        partes.append(parte["nombre"] + (f" ({parte['firmante']})" if parte["firmante"] else ""))
    return partes


def filas_obligaciones(convenios: list[dict]) -> list[list]:
    filas = []
    for c in convenios:
        for o in c["obligaciones"]:
            importe = None if o["importe"] is None else Decimal(o["importe"]) * a_decimal(1, o["moneda"])
            estado = traducir(ESTADOS_OBLIGACION[o["estado"]])
            if o["atrasada"]:
                estado = traducir("Atrasada")
            filas.append([o["id"], c["titulo"], traducir(TIPOS_OBLIGACION[o["tipo"]]), o["descripcion"],
                          fecha_o_nada(o["vence"]), importe, o["moneda"] or "", estado, fecha_o_nada(o["cumplida_el"])])
    return sorted(filas, key=lambda f: (f[4], f[0]))


def escribir_registro_xlsx(ruta: Path | str, convenios: list[dict], sigla: str,
                           propiedades: Propiedades | None = None) -> Path:
    """Las dos hojas (la asociación, por su `sigla`, entre las partes de lo que firma); sin obligaciones, la
    segunda dice que no hay ninguna."""
    obligaciones = filas_obligaciones(convenios) or [[None, traducir("Ningún convenio tiene obligaciones "
                                                                       "registradas.")]]
    return escribir_libro(ruta, [
        Hoja(traducir(HOJA_CONVENIOS), _columnas(COLUMNAS_CONVENIOS), filas_convenios(convenios, sigla)),
        Hoja(traducir(HOJA_OBLIGACIONES), _columnas(COLUMNAS_OBLIGACIONES), obligaciones),
    ], propiedades=propiedades)
