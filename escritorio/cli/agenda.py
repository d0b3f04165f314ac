"""escritorio agenda: los próximos pasos de la asociación (lo mismo que el panel «Próximos pasos» de Inicio, con
`servicios.agenda.agenda`), cada uno con la orden que lo hace."""

from __future__ import annotations

from collections.abc import Callable

from ..dominio import formato
from ..documentos.visible import visible
from ..dominio.agenda import HORIZONTE, URGENCIAS, Accion, Paso
from ..dominio.organos import CARGOS_PERSONALES
from .argumentos import cantidad
from .comun import con_asociacion, con_json, imprimir_json, oficina_de, orden_exacta


def _fecha(accion: Accion) -> str:
    return accion.fecha.isoformat() if accion.fecha else "AAAA-MM-DD"


def _aprobar_acta(a: Accion) -> list:
    if a.resolucion_id is not None:
        return ["sesiones", "aprobar-acta", a.sesion_id, "--resolucion", a.resolucion_id]
    if a.punto_id is not None:   # el punto de aprobación ya está en otra sesión: falta votarlo
        return ["sesiones", "votar", a.punto_id, "--a-favor", "N"]
    return ["sesiones", "punto-aprobacion-acta", a.sesion_id, "--en",
            a.otra_sesion_id if a.otra_sesion_id is not None else "SESION"]


def _designar(a: Accion, organo: str) -> list:
    """Designar en un órgano desde el día del paso; un cargo personal (el Secretario Ejecutivo) nombra a la persona."""
    palabras = ["organos", "designar", organo, "--miembro", "ID", "--cargo", a.cargo or "CARGO", "--desde", _fecha(a)]
    if a.cargo in CARGOS_PERSONALES:
        palabras += ["--persona", "PERSONA"]
    return palabras


def _traspaso(a: Accion) -> list:
    """El traspaso en su fecha; si el saliente no cumple su período, con el motivo que el traspaso pide."""
    return ["organos", "traspaso", "--fecha", _fecha(a)] + (["--motivo", "TEXTO"] if a.con_motivo else [])


# La orden que hace cada acción (las palabras después de «escritorio»); en mayúsculas, lo que escribe quien la usa.
def _responder_solicitud(a: Accion) -> list:
    """La orden que responde una solicitud sobre datos personales, según cómo se responde su derecho."""
    from ..dominio.datos_personales import SE_RESPONDE_CON

    forma = SE_RESPONDE_CON.get(a.derecho, a.derecho)
    if forma == "acceso":
        return ["derechos", "acceso", a.referencia, "--carpeta", "CARPETA"]
    if forma == "supresion":
        return ["derechos", "suprimir", a.referencia, "--carpeta", "CARPETA"]
    if forma == "oposicion":
        return ["derechos", "oposicion", a.referencia]
    return ["derechos", "responder", a.referencia, "--respuesta", "TEXTO"]


ORDENES: dict[str, Callable[[Accion], list]] = {
    "convocar": lambda a: ["sesiones", "convocar", a.organo, "--fecha", _fecha(a), "--lugar", "LUGAR"],
    "preparar_sesion": lambda a: ["sesiones", "puntos", a.sesion_id],
    "enviar_convocatoria": lambda a: ["correo", "convocatoria", a.sesion_id],
    "registrar_sesion": lambda a: ["sesiones", "celebrada", a.sesion_id, "--hora-cierre", "HH:MM"],
    # El borrador entero: lo que falte de él impide aprobar el acta (lo que ya está bien se puede quitar de la orden:
    # queda como estaba).
    "redactar_acta": lambda a: ["sesiones", "borrador", a.sesion_id, "--apertura", "TEXTO", "--cierre", "TEXTO",
                                "--preside", "NOMBRE", "--secretaria", "NOMBRE"],
    "aprobar_acta": _aprobar_acta,
    "adoptar_resolucion": lambda a: ["sesiones", "resolucion", a.punto_id, "--titulo", "TEXTO"],
    "firmar_acta": lambda a: ["firma", "acta", a.sesion_id, "--certificado", "ARCHIVO.p12"],
    "traspaso": _traspaso,
    "mandatos": lambda a: _designar(a, a.organo),
    "unidades": lambda a: _designar(a, a.organo or "ORGANO"),
    "cerrar_eleccion": lambda a: ["sesiones", "cerrar-eleccion", a.punto_id, "--votos", "CANDIDATURA:N"],
    "confirmar_eleccion": lambda a: ["sesiones", "confirmar-eleccion", a.punto_id],
    "emitir": lambda a: ["cuotas", "emitir", a.anio],
    "cargos": lambda a: ["cuotas", "exportar", a.anio, f"cuotas-{a.anio}.xlsx"],
    "avisos": lambda a: ["cuotas", "avisos", f"avisos-{_fecha(a)}.pdf"],
    "bandeja": lambda a: ["correo", "enviar"],
    "por_confirmar": lambda a: ["correo", "bandeja", "--estado", "por_confirmar"],
    "convenio": lambda a: ["convenios", "ver", a.referencia],
    "solicitud_de_datos": lambda a: _responder_solicitud(a),
    "conservacion": lambda a: ["derechos", "vencidos", "--suprimir"],
    "cargar_estatuto": lambda a: ["estatutos", "cargar", "ARCHIVO.txt", "--titulo", "Estatuto", "--desde",
                                  "AAAA-MM-DD"],
    "crear_organo": lambda a: ["organos", "crear", "--nombre", "NOMBRE", "--tipo", "TIPO"],
    "escala": lambda a: ["cuotas", "escala", "definir", "--desde", "AAAA-MM-DD", "--moneda", "MONEDA", "--tramos",
                         "TRAMOS"],
    "importar_miembros": lambda a: ["miembros", "importar", "ARCHIVO.xlsx"],
    "cuenta_correo": lambda a: ["correo", "cuenta", "--servidor", "SERVIDOR", "--remitente", "CORREO"],
    "direccion_publica": lambda a: ["asociacion", "editar", "--direccion-publica", "URL"],
}


def orden_de(args, paso: Paso) -> str:
    """La orden que hace el paso, para copiar y pegar (con --db y --asociacion si la orden de la agenda los llevó)."""
    return _orden_de_la_accion(args, paso.accion)


def _orden_de_la_accion(args, accion: Accion) -> str:
    palabras = ORDENES[accion.que](accion)
    if getattr(args, "asociacion", None):
        palabras += ["--asociacion", args.asociacion]
    return orden_exacta(args, *palabras)


def agregar_ordenes(ordenes) -> None:
    agenda = ordenes.add_parser(
        "agenda", help="los próximos pasos: sesiones por convocar, actas, mandatos, cuotas, avisos, correo, convenios",
        description="Lo que le toca hacer a la secretaría, con su fecha y lo atrasado primero (lo mismo que el panel "
                    "«Próximos pasos» de Inicio): las sesiones que corresponden por la frecuencia de cada órgano y "
                    "hasta cuándo convocarlas, las actas sin aprobar, los mandatos y el período de la Secretaría "
                    "Ejecutiva que terminan, las elecciones sin confirmar, la emisión de cuotas que falta, los cargos "
                    "que vencen, los avisos de cobro que tocan, los mensajes que esperan en la bandeja de salida y, de los "
                    "convenios, los que dejan de regir, los últimos días para denunciarlos y las obligaciones que vencen. "
                    "Una asociación nueva (que todavía no celebró ninguna sesión) ve antes sus primeros pasos: el "
                    "estatuto, los órganos, la escala de cuotas, los miembros, la primera emisión, la cuenta de correo "
                    "y la dirección pública, tildados a medida que se hacen. "
                    "Debajo de cada paso, la orden que lo hace.",
        epilog="Ejemplos:\n  escritorio agenda\n  escritorio agenda --dias 30\n  escritorio agenda --json")
    agenda.add_argument("--dias", type=cantidad, default=HORIZONTE, metavar="N",
                        help=f"horizonte en días ({HORIZONTE} por defecto: lo atrasado se ve siempre)")
    con_json(agenda)
    con_asociacion(agenda)
    agenda.set_defaults(funcion=orden_agenda)


def _imprimir_primeros_pasos(args, primeros) -> None:
    """La lista de una asociación nueva, con lo hecho tildado y, debajo de lo que falta, la orden que lo hace."""
    print(f"Primeros pasos ({formato.numero(primeros.hechos)} de {formato.numero(len(primeros.pasos))} hechos):")
    textos = {paso.clave: paso.texto for paso in primeros.pasos}
    for paso in primeros.pasos:
        print(f"  [{'x' if paso.hecho else ' '}] {visible(paso.texto)}")
        if paso.hecho:
            continue
        if paso.antes is not None:   # todavía no se puede: su orden fallaría
            print(f"      (antes: «{visible(textos[paso.antes])}»)")
        else:
            print(f"      → {_orden_de_la_accion(args, paso.accion)}")
    print()


def _en_json(args, paso: Paso) -> dict:
    accion = {clave: (valor.isoformat() if hasattr(valor, "isoformat") else valor)
              for clave, valor in vars(paso.accion).items() if valor is not None and valor is not False}
    return {"clase": paso.clase, "fecha": paso.fecha.isoformat() if paso.fecha else None, "urgencia": paso.urgencia,
            "texto": paso.texto, "detalle": list(paso.detalle), "accion": accion, "orden": orden_de(args, paso)}


def orden_agenda(args) -> None:
    from ..servicios.agenda import agenda

    oficina = oficina_de(args)
    resultado = agenda(oficina.contexto, args.dias)
    primeros = resultado.primeros if resultado.primeros is not None and resultado.primeros.ver else None
    if args.json:
        imprimir_json({"asociacion": oficina.asociacion["sigla"], "hoy": resultado.hoy.isoformat(),
                       "dias": resultado.dias, "hasta": resultado.hasta.isoformat(),
                       "primeros_pasos": None if primeros is None else [
                           {"clave": p.clave, "texto": p.texto, "hecho": p.hecho, "antes": p.antes,
                            "orden": None if p.hecho or p.antes else _orden_de_la_accion(args, p.accion)}
                           for p in primeros.pasos],
                       "pasos": [_en_json(args, p) for p in resultado.pasos]})
        return
    if primeros is not None:
        _imprimir_primeros_pasos(args, primeros)
    cabeza = (f"Próximos pasos de {oficina.asociacion['sigla']} al {formato.fecha(resultado.hoy)} "
              f"(hasta el {formato.fecha(resultado.hasta)}, {formato.numero(resultado.dias)} días)")
    if not resultado.pasos:
        print(f"{cabeza}: nada pendiente.")
        return
    print(f"{cabeza}:")
    for urgencia, etiqueta in URGENCIAS.items():
        pasos = [p for p in resultado.pasos if p.urgencia == urgencia]
        if not pasos:
            continue
        print(f"\n{etiqueta} ({formato.numero(len(pasos))})")
        for paso in pasos:
            cuando = formato.fecha(paso.fecha) if paso.fecha else "sin plazo"
            print(f"  {cuando:<10}  {visible(paso.texto)}")
            for linea in paso.detalle[:3]:
                print(f"              {visible(linea)}")
            if len(paso.detalle) > 3:
                print(f"              (y {formato.numero(len(paso.detalle) - 3)} más: --json los da todos)")
            print(f"              → {orden_de(args, paso)}")
