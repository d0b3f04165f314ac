"""Lo que hace cada orden de «escritorio convenios» (el analizador está en `cli/convenios.py`): llama al mismo servicio
que la ventana e imprime (texto o --json). Un rechazo del servicio se dice con la opción que hay que corregir."""

from datetime import timedelta

from ..dominio import formato
from ..dominio.convenios import (DIAS_DE_AVISO, ESTADOS_CONVENIO, ESTADOS_OBLIGACION, TIPOS_CONVENIO,
                                 TIPOS_OBLIGACION, TIPOS_PARTE_EXTERNA)
from ..errores import ErrorEscritorio, ErrorValidacion
from ..salida import comprobar_salida
from .comun import fecha_escrita, imprimir_json, oficina_de

BORRAR = object()   # «--fin ""»: quitar el dato al corregir

# campo del servicio -> la opción que lo escribe
_OPCION_DEL_CAMPO = {"tipo": "--tipo", "titulo": "--titulo", "objeto": "--objeto", "inicio": "--inicio",
                     "fin": "--fin", "firmado_el": "--firma", "renovacion_meses": "--renovacion",
                     "renovaciones_maximas": "--renovaciones", "preaviso_dias": "--preaviso",
                     "asociacion_es_parte": "--la-asociacion-firma", "organo_id": "--organo",
                     "resolucion_id": "--resolucion", "partes": "--miembro/--externa", "firmante": "--firmante",
                     "motivo": "--motivo", "el": "--el", "descripcion": "--descripcion", "vence": "--vence",
                     "importe": "--importe", "moneda": "--moneda", "cumplida_el": "--el", "nombre": "--nombre",
                     "pais": "--pais", "al": "--al", "desde": "--desde", "hasta": "--hasta"}


# --- mostrar ------------------------------------------------------------------------------------------------

def _con_opciones(hacer, que: str):
    """Hace `hacer()`; si el servicio rechaza campos, cada motivo con la opción que hay que corregir."""
    try:
        return hacer()
    except ErrorValidacion as error:
        if not error.problemas:
            raise
        lineas = []
        for problema in error.problemas:
            campo = getattr(problema, "campo", None)
            opcion = f" ({_OPCION_DEL_CAMPO[campo]})" if campo in _OPCION_DEL_CAMPO else ""
            lineas.append(f"  - {problema}{opcion}")
        raise ErrorEscritorio(f"No se {que}:\n" + "\n".join(lineas)) from None


def _plazos(c: dict) -> str:
    """«01/03/2025 – 28/02/2027, se renueva cada 12 meses; denunciar hasta el 30/12/2026»."""
    texto = f"{fecha_escrita(c['inicio'])} – {fecha_escrita(c['fin']) if c['fin'] else 'sin fin'}"
    if c["renovacion_meses"]:
        texto += f", se renueva cada {c['renovacion_meses']} meses"
        if c["renovaciones_maximas"]:
            texto += f" (hasta {c['renovaciones_maximas']} veces)"
    if c["ultimo_dia_para_denunciar"]:
        texto += f"; denunciar hasta el {fecha_escrita(c['ultimo_dia_para_denunciar'])}"
    if c["fin_efectivo"] and c["estado"] not in ("vencido", "terminado"):
        texto += f"; rige hasta el {fecha_escrita(c['fin_efectivo'])}"
    return texto


def _linea(c: dict) -> str:
    from ..documentos.visible import abreviar

    return (f"{c['id']:>5}  {ESTADOS_CONVENIO[c['estado']]:<25} {TIPOS_CONVENIO[c['tipo']]:<22} "
            f"{abreviar(c['titulo'], 70)}\n       {abreviar(c['nombres_de_las_partes'], 100)} · {_plazos(c)}")


def orden_listar(args) -> None:
    from ..servicios.convenios import FiltroConvenios, listar_convenios

    filtro = FiltroConvenios(args.tipo, args.estado, args.miembro, args.externa, args.organo)
    lista = _con_opciones(lambda: listar_convenios(oficina_de(args).contexto, filtro, args.al), "pudo listar")
    if args.json:
        imprimir_json(lista)
        return
    for c in lista:
        print(_linea(c))
    print(f"{formato.numero(len(lista))} convenio{'' if len(lista) == 1 else 's'}.")


def orden_ver(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.convenios import convenio_de_la_asociacion, historial_de_pdfs
    from ..servicios.pdf_de_convenios import pdf_firmado

    contexto = oficina_de(args).contexto
    c = _con_opciones(lambda: convenio_de_la_asociacion(contexto, args.convenio, args.al), "pudo ver el convenio")
    historial = historial_de_pdfs(contexto, args.convenio)
    if args.json:
        imprimir_json({**c, "historial_pdf": historial})
        return
    print(f"Convenio {c['id']}: {c['titulo']}")
    print(f"  Tipo: {TIPOS_CONVENIO[c['tipo']]} · Estado: {ESTADOS_CONVENIO[c['estado']]}"
          + (f" ({c['motivo_terminacion']})" if c["terminado_el"] else ""))
    if c["objeto"]:
        print(f"  Objeto: {abreviar(c['objeto'], 400)}")
    print(f"  Vigencia: {_plazos(c)}" + (f" · firmado el {fecha_escrita(c['firmado_el'])}" if c["firmado_el"] else ""))
    if c["preaviso_dias"] is not None:
        print(f"  Preaviso para denunciarlo: {c['preaviso_dias']} días")
    if c["organo"]:
        print(f"  Responsable: {c['organo']}")
    if c["resolucion"]:
        print(f"  Autorizado por: {c['resolucion']} (resolución {c['resolucion_id']})")
    print("  Partes:" + (" la asociación," if c["asociacion_es_parte"] else ""))
    for p in c["partes"]:
        que = (f"miembro {p['miembro_id']}" if p["miembro_id"] is not None else
               f"{TIPOS_PARTE_EXTERNA.get(p['tipo'], p['tipo']).lower()}, parte externa {p['parte_externa_id']}")
        print(f"    {p['nombre']} ({que}{', ' + p['pais'] if p['pais'] else ''})"
              + (f", firmó {p['firmante']}" if p["firmante"] else ""))
    if c["obligaciones"]:
        print("  Obligaciones:")
    for o in c["obligaciones"]:
        importe = f" {formato.dinero(o['importe'], o['moneda'])}" if o["importe"] is not None else ""
        estado = ("atrasada" if o["atrasada"] else ESTADOS_OBLIGACION[o["estado"]].lower()) + (
            f" el {fecha_escrita(o['cumplida_el'])}" if o["cumplida_el"] else "")
        print(f"    [{o['id']}] {fecha_escrita(o['vence'])} {TIPOS_OBLIGACION[o['tipo']]}: {o['descripcion']}"
              f"{importe} — {estado}")
    if not historial:
        print("  PDF firmado: no tiene (se adjunta con «escritorio convenios adjuntar»).")
    for n, pdf in enumerate(historial):
        try:
            pdf_firmado(contexto, args.convenio, pdf["id"])
            comprobado = "íntegro"
        except ErrorEscritorio:
            comprobado = "¡ALTERADO por fuera de Escritorio: no da su huella!"
        print(f"  {'PDF firmado' if n == 0 else 'Reemplazado'} [{pdf['id']}]: {pdf['nombre']}, {pdf['paginas']} "
              f"pág., adjuntado el {fecha_escrita(pdf['adjuntado_en'][:10])}, SHA-256 {pdf['sha256']} ({comprobado})")


def _datos_escritos(args, leidos=None):
    """Un DatosConvenio con lo escrito en la orden (al corregir, sobre `leidos`)."""
    from dataclasses import replace

    from ..dominio.convenios import DatosConvenio, la_asociacion_firma_por_omision

    cambios = {}
    for opcion, campo in (("tipo", "tipo"), ("titulo", "titulo"), ("objeto", "objeto"), ("inicio", "inicio"),
                          ("fin", "fin"), ("firma", "firmado_el"), ("renovacion", "renovacion_meses"),
                          ("renovaciones", "renovaciones_maximas"), ("preaviso", "preaviso_dias"),
                          ("organo", "organo_id"), ("resolucion", "resolucion_id"),
                          ("la_asociacion_firma", "asociacion_es_parte")):
        valor = getattr(args, opcion)
        if valor is not None:
            cambios[campo] = None if valor is BORRAR else valor
    if isinstance(cambios.get("objeto"), str):
        cambios["objeto"] = cambios["objeto"].replace("\\n", "\n")
    if leidos is not None:
        return replace(leidos, **cambios), bool(cambios)
    cambios.setdefault("asociacion_es_parte", la_asociacion_firma_por_omision(args.tipo))
    return DatosConvenio(**cambios), True


def orden_agregar(args) -> None:
    from ..dominio.convenios import Parte
    from ..servicios.convenios import convenio_de_la_asociacion, guardar_convenio

    contexto = oficina_de(args).contexto
    datos, _ = _datos_escritos(args)
    partes = tuple([Parte(miembro_id=m, firmante=f) for m, f in args.miembro]
                   + [Parte(externa_id=e, firmante=f) for e, f in args.externa])
    from dataclasses import replace

    convenio_id = _con_opciones(lambda: guardar_convenio(contexto, replace(datos, partes=partes)),
                                "guardó el convenio")
    _hecho(args, convenio_de_la_asociacion(contexto, convenio_id), "Convenio agregado")


def _hecho(args, c: dict, que: str) -> None:
    if args.json:
        imprimir_json(c)
        return
    print(f"{que}: {c['id']}, {c['titulo']} ({ESTADOS_CONVENIO[c['estado']].lower()}).")
    print(f"  {c['nombres_de_las_partes']} · {_plazos(c)}")


def orden_editar(args) -> None:
    from ..servicios.convenios import convenio_de_la_asociacion, datos_del_convenio, guardar_convenio

    contexto = oficina_de(args).contexto
    leido = convenio_de_la_asociacion(contexto, args.convenio)
    datos, hay_cambios = _datos_escritos(args, datos_del_convenio(leido))
    if not hay_cambios:
        raise ErrorEscritorio("No se cambió nada: indique qué dato corregir (--titulo, --fin, --preaviso…; "
                              "«escritorio convenios editar --help»).")
    _con_opciones(lambda: guardar_convenio(contexto, datos, args.convenio, leido=leido), "guardó el convenio")
    _hecho(args, convenio_de_la_asociacion(contexto, args.convenio), "Convenio corregido")


def orden_parte(args) -> None:
    from ..dominio.convenios import Parte
    from ..servicios.convenios import agregar_parte, convenio_de_la_asociacion, quitar_parte

    contexto = oficina_de(args).contexto
    parte = Parte(miembro_id=args.miembro, externa_id=args.externa, firmante=args.firmante)
    if args.quitar:
        _con_opciones(lambda: quitar_parte(contexto, args.convenio, parte), "quitó la parte")
        que = "Parte quitada"
    else:
        _con_opciones(lambda: agregar_parte(contexto, args.convenio, parte), "agregó la parte")
        que = "Parte agregada"
    _hecho(args, convenio_de_la_asociacion(contexto, args.convenio), que)


def orden_terminar(args) -> None:
    from ..servicios.convenios import convenio_de_la_asociacion, terminar_convenio

    contexto = oficina_de(args).contexto
    hasta = _con_opciones(lambda: terminar_convenio(contexto, args.convenio, args.motivo, args.el),
                          "terminó el convenio")
    c = convenio_de_la_asociacion(contexto, args.convenio)
    if args.json:
        imprimir_json(c)
        return
    print(f"Convenio {c['id']} ({c['titulo']}): rige hasta el {formato.fecha(hasta)} y termina ({c['motivo_terminacion']}).")


def orden_externa(args) -> None:
    from ..servicios.partes_externas import (NuevaParteExterna, guardar_parte_externa, listar_partes_externas,
                                             parte_externa_de_la_asociacion)

    contexto = oficina_de(args).contexto
    pais = args.pais
    if args.editar is not None and pais is None:   # al corregir, el país que no se indica queda como estaba
        pais = parte_externa_de_la_asociacion(contexto, args.editar)["pais"]
    externa_id = _con_opciones(lambda: guardar_parte_externa(contexto, NuevaParteExterna(args.nombre, args.tipo, pais),
                                                             args.editar), "guardó la parte externa")
    fila = next(p for p in listar_partes_externas(contexto) if p["id"] == externa_id)
    if args.json:
        imprimir_json(fila)
        return
    print(f"Parte externa {externa_id} {'corregida' if args.editar else 'agregada'}: {fila['nombre']} "
          f"({TIPOS_PARTE_EXTERNA[fila['tipo']]}{', ' + fila['pais'] if fila['pais'] else ''}).")


def orden_externas(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.partes_externas import listar_partes_externas

    lista = listar_partes_externas(oficina_de(args).contexto)
    if args.json:
        imprimir_json(lista)
        return
    for p in lista:
        print(f"{p['id']:>5}  {abreviar(p['nombre'], 50):<50} {TIPOS_PARTE_EXTERNA[p['tipo']]:<34} "
              f"{p['pais'] or '—':<3} {p['convenios']} convenio{'' if p['convenios'] == 1 else 's'}")
    print(f"{formato.numero(len(lista))} parte{'' if len(lista) == 1 else 's'} externa{'' if len(lista) == 1 else 's'}.")


def orden_obligacion(args) -> None:
    from ..servicios.obligaciones_de_convenios import NuevaObligacion, agregar_obligacion

    contexto = oficina_de(args).contexto
    obligacion_id = _con_opciones(lambda: agregar_obligacion(contexto, args.convenio, NuevaObligacion(
        args.tipo, args.descripcion, args.vence, args.importe, args.moneda)), "agregó la obligación")
    if args.json:
        imprimir_json({"id": obligacion_id, "convenio_id": args.convenio})
        return
    print(f"Obligación {obligacion_id} agregada al convenio {args.convenio}: vence el {formato.fecha(args.vence)}.")


def orden_cumplir(args) -> None:
    from ..servicios.obligaciones_de_convenios import cumplir_obligacion, volver_a_pendiente

    contexto = oficina_de(args).contexto
    if args.pendiente:
        volver_a_pendiente(contexto, args.obligacion)
        resultado = {"id": args.obligacion, "estado": "pendiente", "cumplida_el": None}
        texto = f"Obligación {args.obligacion}: pendiente otra vez."
    else:
        el = _con_opciones(lambda: cumplir_obligacion(contexto, args.obligacion, args.el), "marcó la obligación")
        resultado = {"id": args.obligacion, "estado": "cumplida", "cumplida_el": el.isoformat()}
        texto = f"Obligación {args.obligacion}: cumplida el {formato.fecha(el)}."
    if args.json:
        imprimir_json(resultado)
    else:
        print(texto)


def orden_adjuntar(args) -> None:
    from ..servicios.pdf_de_convenios import adjuntar_pdf

    hecho = adjuntar_pdf(oficina_de(args).contexto, args.convenio, args.archivo, reemplazar=args.reemplazar)
    adjunto = hecho.adjunto
    que = "PDF firmado del convenio" if hecho.nuevo else "Ese PDF ya era el firmado del convenio (no se agregó nada)"
    print(f"{que} {args.convenio}: {adjunto['nombre']}, {adjunto['paginas']} pág., SHA-256 {adjunto['sha256']}.")


def orden_pdf(args) -> None:
    from ..servicios.pdf_de_convenios import exportar_pdf

    contexto = oficina_de(args).contexto
    comprobar_salida(args.archivo, ".pdf", "el PDF del convenio", reemplazar=args.reemplazar,
                     sin_hacer="no se exportó nada")
    destino = exportar_pdf(contexto, args.convenio, args.archivo, reemplazar=args.reemplazar, pdf_id=args.version)
    print(f"PDF firmado escrito en {destino} (da su huella SHA-256: es el que se adjuntó).")


def orden_exportar(args) -> None:
    from ..servicios.convenios import FiltroConvenios
    from ..servicios.informes_convenios import exportar_registro_de_convenios

    comprobar_salida(args.archivo, ".xlsx", "el registro de convenios", reemplazar=args.reemplazar,
                     sin_hacer="no se exportó nada")
    filtro = FiltroConvenios(args.tipo, args.estado, args.miembro, args.externa, args.organo)
    escritos = _con_opciones(lambda: exportar_registro_de_convenios(oficina_de(args).contexto, args.archivo, args.al,
                                                                    filtro), "exportó nada")
    print(f"Registro de convenios exportado a {args.archivo}: {formato.numero(escritos)} convenio"
          f"{'' if escritos == 1 else 's'}.")


def orden_vencimientos(args) -> None:
    from ..servicios.base import hoy
    from ..servicios.vencimientos_de_convenios import vencimientos

    from ..servicios.convenios import fecha_de_consulta

    desde = _con_opciones(lambda: fecha_de_consulta(args.desde or hoy(), "Desde", "desde"),
                          "pudieron ver los vencimientos")
    hasta = args.hasta or desde + timedelta(days=DIAS_DE_AVISO)
    lista = _con_opciones(lambda: vencimientos(oficina_de(args).contexto, desde, hasta,
                                               atrasadas=not args.sin_atrasadas), "pudieron ver los vencimientos")
    if args.json:
        imprimir_json([{**v.__dict__, "fecha": v.fecha.isoformat()} for v in lista])
        return
    if not lista:
        print(f"Nada vence entre el {formato.fecha(desde)} y el {formato.fecha(hasta)}.")
        return
    for v in lista:
        marca = " (ATRASADA)" if v.atrasada else ""
        print(f"{formato.fecha(v.fecha)}  {v.texto}{marca}  [convenio {v.convenio_id}"
              + (f", obligación {v.obligacion_id}]" if v.obligacion_id else "]"))
