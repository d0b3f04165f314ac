"""«convenios»: el registro de convenios y hermanamientos, como el área Convenios de la ventana (los mismos servicios:
servicios/convenios.py, partes_externas.py, obligaciones_de_convenios.py, pdf_de_convenios.py e
informes_convenios.py).

  listar, ver, vencimientos       lo registrado, con su estado y sus plazos en una fecha
  agregar, editar, terminar       cargar un convenio con sus partes, corregirlo, registrar que terminó antes
  parte                           sumar o quitar un miembro o una parte externa
  externa, externas               las partes que no son miembros (otras redes, universidades, organismos…)
  obligacion, cumplir             informes y pagos con fecha; marcarlos cumplidos
  adjuntar, pdf                   el PDF firmado (se guarda con su SHA-256; nunca se pisa) y sacarlo comprobado
  exportar                        el registro en Excel

Aquí, el analizador; lo que hace cada orden, en `convenios_ordenes.py`.

Estados de salida: 0 hecho; 1 no se pudo (el mensaje dice qué y cómo arreglarlo; no se guardó nada); 2 la orden
está mal escrita."""

import argparse

from ..dominio.convenios import DIAS_DE_AVISO, ESTADOS_CONVENIO, TIPOS_CONVENIO, TIPOS_OBLIGACION, TIPOS_PARTE_EXTERNA
from .argumentos import cantidad, fecha, identificador
from .argumentos import resolucion as una_resolucion
from .comun import con_asociacion, con_json
from .convenios_ordenes import (BORRAR, orden_adjuntar, orden_agregar, orden_cumplir, orden_editar, orden_exportar,
                                orden_externa, orden_externas, orden_listar, orden_obligacion, orden_parte, orden_pdf,
                                orden_terminar, orden_ver, orden_vencimientos)


def _o_borrar(tipo):
    """El tipo de una opción que al corregir se puede vaciar con «""»."""
    def leer(texto: str):
        return BORRAR if texto.strip() == "" else tipo(texto)
    leer.__name__ = getattr(tipo, "__name__", "valor")
    return leer


def _texto_o_borrar(texto: str):
    return BORRAR if texto.strip() == "" else texto


def _parte(texto: str) -> tuple[int, str | None]:
    """«12» o «12:Ana Pérez» (quien firmó por esa parte)."""
    numero, _, firmante = texto.partition(":")
    return identificador(numero.strip()), (firmante.strip() or None)


def _si_no(texto: str) -> bool:
    valor = texto.strip().lower()
    if valor not in ("si", "sí", "no"):
        raise argparse.ArgumentTypeError("escriba si o no")
    return valor != "no"


def _filtros(parser) -> None:
    parser.add_argument("--tipo", choices=tuple(TIPOS_CONVENIO), help="solo de este tipo: " + ", ".join(TIPOS_CONVENIO))
    parser.add_argument("--estado", choices=tuple(ESTADOS_CONVENIO),
                        help="solo los que están así en la fecha: " + ", ".join(ESTADOS_CONVENIO))
    parser.add_argument("--miembro", type=identificador, metavar="ID", help="solo en los que este miembro es parte")
    parser.add_argument("--externa", type=identificador, metavar="ID", help="solo en los que esta parte externa es parte")
    parser.add_argument("--organo", type=identificador, metavar="ID", help="solo los de esta unidad u órgano")
    parser.add_argument("--al", type=fecha, metavar="AAAA-MM-DD", help="la fecha del estado (por omisión, hoy)")


def _datos(parser, obligatorio: bool) -> None:
    vaciable = (lambda t: t) if obligatorio else _o_borrar
    texto_vaciable = str if obligatorio else _texto_o_borrar
    parser.add_argument("--tipo", choices=tuple(TIPOS_CONVENIO), required=obligatorio,
                        help="cooperacion, hermanamiento, financiamiento o membresia (en otra red)")
    parser.add_argument("--titulo", required=obligatorio, metavar="TEXTO")
    parser.add_argument("--objeto", type=texto_vaciable, metavar="TEXTO", help="de qué trata (\\n para cambiar de línea)")
    parser.add_argument("--inicio", type=fecha, required=obligatorio, metavar="AAAA-MM-DD", help="desde cuándo rige")
    parser.add_argument("--fin", type=vaciable(fecha), metavar="AAAA-MM-DD",
                        help="hasta cuándo rige su primer período (sin fin: por tiempo indeterminado)")
    parser.add_argument("--firma", type=vaciable(fecha), metavar="AAAA-MM-DD", help="cuándo se firmó")
    parser.add_argument("--renovacion", type=vaciable(cantidad), metavar="MESES",
                        help="se renueva solo al terminar, por períodos de tantos meses")
    parser.add_argument("--renovaciones", type=vaciable(cantidad), metavar="N",
                        help="cuántas veces se renueva como máximo (sin esta opción, sin límite)")
    parser.add_argument("--preaviso", type=vaciable(cantidad), metavar="DIAS",
                        help="con cuántos días de anticipación al fin de un período hay que denunciarlo")
    parser.add_argument("--la-asociacion-firma", type=_si_no, metavar="si|no",
                        help="si la asociación misma es parte (por omisión sí, salvo en un hermanamiento)")
    parser.add_argument("--organo", type=vaciable(identificador), metavar="ID",
                        help="la unidad temática u órgano responsable («organos listar» da los números)")
    parser.add_argument("--resolucion", type=vaciable(una_resolucion), metavar="RESOLUCION",
                        help="la resolución que lo autorizó: N/AAAA o #ID («resoluciones listar» da los números)")


def agregar_ordenes(ordenes) -> None:
    convenios = ordenes.add_parser("convenios", help="convenios y hermanamientos: partes, plazos, obligaciones, PDF",
                                   description="El registro de convenios y hermanamientos de la asociación.")
    sub = convenios.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)

    listar = sub.add_parser("listar", help="los convenios con su estado en una fecha",
                            description="Los convenios, del más reciente al más viejo, con su estado (vigente, por "
                                        f"vencer —deja de regir en {DIAS_DE_AVISO} días o menos—, renovado, vencido, "
                                        "terminado, por iniciar) y sus plazos.")
    _filtros(listar)
    listar.set_defaults(funcion=orden_listar)

    ver = sub.add_parser("ver", help="un convenio con sus partes, obligaciones y PDF",
                         description="Todo lo de un convenio: partes con quien firmó, plazos, obligaciones con su "
                                     "número y el PDF firmado con su huella SHA-256 (comprobada).")
    ver.add_argument("convenio", type=identificador, metavar="ID")
    ver.add_argument("--al", type=fecha, metavar="AAAA-MM-DD", help="la fecha del estado (por omisión, hoy)")
    ver.set_defaults(funcion=orden_ver)

    agregar = sub.add_parser(
        "agregar", help="carga un convenio con sus partes",
        description="Carga un convenio. Partes: la asociación (si firma) y al menos otra; cada --miembro o --externa "
                    "es una (ID, o ID:QUIEN_FIRMO).",
        epilog="ejemplos:\n  escritorio convenios agregar --tipo cooperacion --titulo \"Convenio marco con la UNR\" "
               "--inicio 2026-03-01 --fin 2028-02-29 --renovacion 12 --preaviso 60 --externa 3:\"Rector\"\n"
               "  escritorio convenios agregar --tipo hermanamiento --titulo \"Hermanamiento Rosario – Porto Alegre\" "
               "--inicio 1998-05-04 --miembro 12 --miembro 40")
    _datos(agregar, True)
    agregar.add_argument("--miembro", type=_parte, action="append", default=[], metavar="ID[:FIRMANTE]",
                         help="un miembro que es parte (se puede repetir)")
    agregar.add_argument("--externa", type=_parte, action="append", default=[], metavar="ID[:FIRMANTE]",
                         help="una parte externa («convenios externas» da los números; se puede repetir)")
    agregar.set_defaults(funcion=orden_agregar)

    editar = sub.add_parser("editar", help="corrige los datos de un convenio",
                            description="Corrige los datos de un convenio: solo cambian los que se indican; \"\" "
                                        "borra el fin, la firma, el objeto, la renovación, el preaviso, el órgano o "
                                        "la resolución. Las partes se cambian con «convenios parte».")
    editar.add_argument("convenio", type=identificador, metavar="ID")
    _datos(editar, False)
    editar.set_defaults(funcion=orden_editar)

    parte = sub.add_parser("parte", help="suma (o quita, con --quitar) una parte de un convenio",
                           description="Suma un miembro o una parte externa al convenio, o lo quita con --quitar (si "
                                       "el convenio sigue con las partes que necesita).")
    parte.add_argument("convenio", type=identificador, metavar="ID")
    cual = parte.add_mutually_exclusive_group(required=True)
    cual.add_argument("--miembro", type=identificador, metavar="ID")
    cual.add_argument("--externa", type=identificador, metavar="ID")
    parte.add_argument("--firmante", metavar="TEXTO", help="quien firmó por esa parte")
    parte.add_argument("--quitar", action="store_true", help="la quita en lugar de sumarla")
    parte.set_defaults(funcion=orden_parte)

    terminar = sub.add_parser("terminar", help="registra que un convenio terminó antes (denuncia, rescisión)",
                              description="Registra que el convenio termina antes de tiempo. Sin --el, es una "
                                          "denuncia notificada hoy: termina con el período en curso si el preaviso "
                                          "alcanza, si no con el siguiente.")
    terminar.add_argument("convenio", type=identificador, metavar="ID")
    terminar.add_argument("--motivo", required=True, metavar="TEXTO", help="por qué («Denuncia de la UNR»)")
    terminar.add_argument("--el", type=fecha, metavar="AAAA-MM-DD", help="el último día en que rige")
    terminar.set_defaults(funcion=orden_terminar)

    externa = sub.add_parser("externa", help="carga (o corrige, con --editar) una parte que no es miembro",
                             description="Una parte que no es miembro: otra red, un gobierno nacional, un organismo "
                                         "internacional, una universidad… Se carga una vez y se usa en cada "
                                         "convenio.")
    externa.add_argument("--nombre", required=True, metavar="TEXTO")
    externa.add_argument("--tipo", required=True, choices=tuple(TIPOS_PARTE_EXTERNA),
                         help=", ".join(TIPOS_PARTE_EXTERNA))
    externa.add_argument("--pais", metavar="XX", help="código o nombre del país (vacío: un organismo internacional)")
    externa.add_argument("--editar", type=identificador, metavar="ID", help="corrige esa parte en lugar de agregar otra")
    externa.set_defaults(funcion=orden_externa)
    externas = sub.add_parser("externas", help="las partes que no son miembros, con su número",
                              description="Las partes externas con cuántos convenios firmaron.")
    externas.set_defaults(funcion=orden_externas)

    obligacion = sub.add_parser("obligacion", help="suma una obligación (un informe, un pago) a un convenio",
                                description="Una obligación con su fecha: un informe que hay que presentar, un pago "
                                            "(con --importe y --moneda), otra. Queda pendiente hasta «convenios "
                                            "cumplir».")
    obligacion.add_argument("convenio", type=identificador, metavar="ID")
    obligacion.add_argument("--tipo", choices=tuple(TIPOS_OBLIGACION), default="informe",
                            help="informe (por omisión), pago u otra")
    obligacion.add_argument("--descripcion", required=True, metavar="TEXTO")
    obligacion.add_argument("--vence", type=fecha, required=True, metavar="AAAA-MM-DD")
    obligacion.add_argument("--importe", metavar="N", help="en un pago: 12.500,00")
    obligacion.add_argument("--moneda", metavar="XXX", help="en un pago: USD, EUR, ARS…")
    obligacion.set_defaults(funcion=orden_obligacion)

    cumplir = sub.add_parser("cumplir", help="marca cumplida una obligación (o pendiente otra vez)",
                             description="Marca cumplida la obligación (su número lo da «convenios ver ID»); con "
                                         "--pendiente deshace un «cumplida» marcado por error.")
    cumplir.add_argument("obligacion", type=identificador, metavar="OBLIGACION")
    cumplir.add_argument("--el", type=fecha, metavar="AAAA-MM-DD", help="cuándo se cumplió (por omisión, hoy)")
    cumplir.add_argument("--pendiente", action="store_true", help="vuelve a dejarla pendiente")
    cumplir.set_defaults(funcion=orden_cumplir)

    adjuntar = sub.add_parser("adjuntar", help="guarda el PDF del convenio firmado",
                              description="Guarda en la base el PDF firmado (escaneado) con su huella SHA-256. Si el "
                                          "convenio ya tiene uno, no lo reemplaza salvo --reemplazar (y aun así el "
                                          "anterior queda en su historial).")
    adjuntar.add_argument("convenio", type=identificador, metavar="ID")
    adjuntar.add_argument("archivo", metavar="ARCHIVO.pdf")
    adjuntar.add_argument("--reemplazar", action="store_true", help="reemplaza el PDF que ya tenía")
    adjuntar.set_defaults(funcion=orden_adjuntar)

    pdf = sub.add_parser("pdf", help="escribe el PDF firmado guardado (comprobado) en un archivo",
                         description="Escribe el PDF firmado del convenio en ARCHIVO.pdf después de comprobar que "
                                     "da la huella SHA-256 anotada al adjuntarlo (si no, no escribe nada y lo dice). "
                                     "No pisa un archivo existente salvo --reemplazar.")
    pdf.add_argument("convenio", type=identificador, metavar="ID")
    pdf.add_argument("archivo", metavar="ARCHIVO.pdf")
    pdf.add_argument("--version", type=identificador, metavar="PDF",
                     help="uno anterior de su historial (el número lo da «convenios ver ID»)")
    pdf.add_argument("--reemplazar", action="store_true", help="reemplaza ARCHIVO.pdf si ya existe")
    pdf.set_defaults(funcion=orden_pdf)

    exportar = sub.add_parser("exportar", help="el registro de convenios en Excel",
                              description="El registro (una hoja de convenios con su estado y sus plazos, otra de "
                                          "obligaciones) en ARCHIVO.xlsx, con los mismos filtros que «listar».")
    exportar.add_argument("archivo", metavar="ARCHIVO.xlsx")
    _filtros(exportar)
    exportar.add_argument("--reemplazar", action="store_true", help="reemplaza ARCHIVO.xlsx si ya existe")
    exportar.set_defaults(funcion=orden_exportar)

    vencen = sub.add_parser("vencimientos", help="lo que vence: fines, plazos para denunciar, obligaciones",
                            description="Lo que vence entre dos fechas (por omisión, los próximos "
                                        f"{DIAS_DE_AVISO} días): convenios que dejan de regir, últimos días para "
                                        "denunciar uno que si no se renueva solo, obligaciones pendientes (y las "
                                        "atrasadas).")
    vencen.add_argument("--desde", type=fecha, metavar="AAAA-MM-DD", help="por omisión, hoy")
    vencen.add_argument("--hasta", type=fecha, metavar="AAAA-MM-DD", help=f"por omisión, {DIAS_DE_AVISO} días después")
    vencen.add_argument("--sin-atrasadas", action="store_true", help="sin las obligaciones que ya vencieron")
    vencen.set_defaults(funcion=orden_vencimientos)

    for parser in sub.choices.values():
        con_asociacion(parser)
        if parser not in (adjuntar, pdf, exportar):
            con_json(parser)
