"""«miembros»: el padrón. Importar (todo o nada) y exportar planillas, el padrón en PDF, listar, y las bajas y
suspensiones con los mandatos que terminan. La ficha de uno (agregar sin archivo, editar, población, autoridad,
reactivar) está en ficha.py; su lugar en el mapa (ubicacion, ubicar), en ubicaciones.py."""

import gc
import sys
from datetime import date
from .argumentos import cantidad, correccion_de_celda, fecha, fila_de_la_hoja, identificador, poblacion
from .ficha import agregar_ficha
from .calidad_del_miembro import agregar_calidad
from .ubicaciones import agregar_ubicaciones
from .comun import oficina_de, abrir_base_de, asociacion_de, con_asociacion, contexto_de, imprimir_json
from ..salida import comprobar_salida
from ..dominio import formato


def agregar_ordenes(ordenes) -> None:
    miembros = ordenes.add_parser("miembros", help="padrón de miembros: importar, exportar, imprimir, listar",
                                  description="El padrón de miembros.")
    sub = miembros.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    importar = sub.add_parser(
        "importar", help="importa o actualiza miembros desde .xlsx, .csv o .txt",
        description="Importa miembros desde .xlsx, .csv o el .txt de Excel (UTF-8, UTF-16 o Windows-1252, decidido para "
                    "el archivo entero; con ;, , o tabuladores). Columnas obligatorias: "
                    "Nombre, País, Población. Opcionales: Región, Código, Año de la población, Fuente, Tipo, "
                    "Fecha de ingreso, Autoridad, Cargo, Correo, Teléfono, Estado, Estado desde, Motivo del estado, "
                    "Fundador, Modo de ingreso, Latitud y Longitud (las que escribe «miembros exportar»; la ubicación "
                    "también en una sola columna, Coordenadas: «-34.61, -58.38»). Si una fila tiene errores no se "
                    "importa nada, salvo lo que se decida con --omitir-fila y --corregir (el archivo no cambia; lo "
                    "corregido se valida como el resto). Una fecha como 05/04/2024 se lee por la evidencia del archivo (25/04/2024 en la misma "
                    "columna decide día/mes); si nada lo decide, se rechaza: use aaaa-mm-dd o --fechas.")
    importar.add_argument("archivo", metavar="ARCHIVO")
    importar.add_argument("--fechas", metavar="ORDEN", choices=("dd/mm", "mm/dd"),
                          help="orden de las fechas con barras: dd/mm (día/mes/año) o mm/dd (mes/día/año); sin esta "
                               "opción lo decide el archivo")
    importar.add_argument("--omitir-fila", type=fila_de_la_hoja, action="append", default=[], metavar="N",
                          help="no importa la fila N (el número que muestra la hoja de cálculo y cada problema); se "
                               "puede repetir")
    importar.add_argument("--corregir", type=correccion_de_celda, action="append", default=[],
                          metavar="N:COLUMNA=VALOR",
                          help="importa la celda de la fila N y esa columna (su letra o su encabezado) con VALOR en "
                               "lugar del que tiene el archivo, que no cambia; «N:COLUMNA=» la deja vacía; se puede "
                               "repetir")
    importar.add_argument("--simular", action="store_true", help="valida y muestra qué cambiaría, sin escribir nada")
    importar.add_argument("--progreso", action="store_true", help="informa el avance por la salida de errores")
    importar.set_defaults(funcion=orden_miembros_importar)
    exportar = sub.add_parser("exportar", help="exporta el padrón a .xlsx", description="Exporta el padrón completo a .xlsx (se puede volver a importar).")
    exportar.add_argument("archivo", metavar="ARCHIVO.xlsx")
    exportar.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    exportar.set_defaults(funcion=orden_miembros_exportar)
    padron = sub.add_parser("padron", help="imprime el padrón en PDF", description="Padrón en PDF agrupado por país, sin las bajas.")
    padron.add_argument("archivo", metavar="ARCHIVO.pdf")
    padron.add_argument("--incluir-bajas", action="store_true", help="incluye también los miembros dados de baja")
    padron.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    padron.set_defaults(funcion=orden_miembros_padron)
    listar = sub.add_parser("listar", help="lista los miembros", description="Lista los miembros con sus datos vigentes.")
    listar.add_argument("--json", action="store_true", help="salida en JSON")
    listar.set_defaults(funcion=orden_miembros_listar)
    baja = sub.add_parser("baja", help="da de baja a un miembro con fecha y motivo", description=(
        "Da de baja a un miembro (nunca se borra). En la misma operación terminan sus mandatos en los órganos el día "
        "anterior (cada uno con su corrección y el motivo); informa cuáles. Un mandato que empieza después de la baja "
        "no se modifica: se informa para designar a otro miembro."))
    suspender = sub.add_parser("suspender", help="suspende a un miembro con fecha y motivo", description=(
        "Registra la suspensión de un miembro. Si el estatuto dice que la suspensión termina los mandatos "
        "(«miembros suspension-mandatos --articulo …»), terminan el día anterior, como en una baja."))
    for parser, que in ((baja, "la baja"), (suspender, "la suspensión")):
        parser.add_argument("miembro", type=identificador, metavar="ID")
        parser.add_argument("--fecha", type=fecha, metavar="AAAA-MM-DD", help=f"fecha de {que} (por defecto, hoy)")
        parser.add_argument("--motivo", required=True, help=f"motivo de {que}")
        parser.add_argument("--simular", action="store_true", help="muestra qué mandatos terminarían, sin registrar nada")
        parser.add_argument("--json", action="store_true", help="salida en JSON")
    baja.set_defaults(funcion=orden_miembros_baja, estado="baja")
    suspender.set_defaults(funcion=orden_miembros_baja, estado="suspendido")
    regla_suspension = sub.add_parser(
        "suspension-mandatos", help="si la suspensión de un miembro termina sus mandatos (artículo del estatuto)",
        description="Anota el artículo del estatuto por el que la suspensión de un miembro termina sus mandatos; sin "
                    "--articulo, la suspensión no los termina (la baja siempre los termina).")
    regla_suspension.add_argument("--articulo", help="por ejemplo «Estatuto, art. 9»")
    regla_suspension.set_defaults(funcion=orden_miembros_suspension_mandatos)
    solicitud = sub.add_parser(
        "solicitud", help="registra una ciudad que pide ingresar (solicitante, hasta que una resolución la admita)",
        description="Registra una ciudad que pidió ingresar. Queda «solicitante»: no integra órganos, no está en el "
                    "padrón vigente ni en la emisión de cuotas ni en la morosidad. La admite la resolución de un punto "
                    "de admisión aprobado: «escritorio sesiones resolucion PUNTO --titulo … --admite ID».")
    solicitud.add_argument("--nombre", required=True)
    solicitud.add_argument("--pais", required=True, metavar="XX", help="código ISO del país (dos letras)")
    solicitud.add_argument("--poblacion", type=poblacion, metavar="N", help="población")
    solicitud.add_argument("--anio-poblacion", type=cantidad, metavar="AAAA", help="año de la cifra de población")
    solicitud.add_argument("--fecha", type=fecha, metavar="AAAA-MM-DD", help="fecha de la solicitud (por defecto, hoy)")
    solicitud.add_argument("--json", action="store_true", help="salida en JSON")
    solicitud.set_defaults(funcion=orden_miembros_solicitud, analizador=solicitud)
    calidad = agregar_calidad(sub)
    for parser in (importar, exportar, padron, listar, baja, suspender, regla_suspension, solicitud, calidad,
                   *agregar_ficha(sub), *agregar_ubicaciones(sub)):
        con_asociacion(parser)


def _decisiones(args):
    """Lo decidido con --omitir-fila y --corregir; None sin ninguna de las dos. Las columnas las ubica el servicio,
    con los encabezados del archivo (dominio/decisiones_de_filas)."""
    from ..dominio.decisiones_de_filas import DecisionesDeFilas
    from ..errores import ErrorEscritorio

    decisiones = DecisionesDeFilas(set(args.omitir_fila))
    for fila, columna, valor in args.corregir:
        cambios = decisiones.corregir.setdefault(fila, {})
        if columna in cambios:
            raise ErrorEscritorio(f"--corregir: la fila {fila}, columna «{columna}», se corrige dos veces "
                                  f"(«{cambios[columna]}» y «{valor}»); deje una sola corrección.")
        cambios[columna] = valor
    return decisiones or None


def orden_miembros_importar(args) -> None:
    from ..servicios import importacion

    decisiones = _decisiones(args)
    oficina = oficina_de(args)
    asociacion, contexto = oficina.asociacion, oficina.contexto
    avisos = set()

    def progreso(etapa, hecho, total):
        if etapa == "esperando":  # otra importación u otra ventana está guardando: se avisa una vez y se espera
            if etapa not in avisos:
                avisos.add(etapa)
                print("Otra escritura está usando la base (otra importación u otra ventana de Escritorio): "
                      "esperando a que termine para importar…", file=sys.stderr, flush=True)
        elif args.progreso:
            print(f"{etapa}: {hecho}" + (f" de {total}" if total else ""), file=sys.stderr, flush=True)
    if args.simular:
        analisis = importacion.analizar(contexto, args.archivo, progreso=progreso, orden_fechas=args.fechas,
                                        decisiones=decisiones)
        try:
            plan = analisis.plan
            print(f"Simulación (no se escribió nada): {plan.nuevos} nuevos, {plan.actualizados} actualizados, "
                  f"{plan.sin_cambios} sin cambios" + (f"; {analisis.decidido()}." if analisis.decidido() else "."))
            for cambio in importacion.cambios_previstos(contexto, analisis):
                print(f"  fila {cambio.fila}: " + "; ".join(cambio.descripcion))
            for aviso in plan.avisos:
                print(f"  Aviso: {aviso}")
        finally:
            analisis.cerrar()
        return
    # Lo cargado hasta aquí (módulos, la base abierta) vive hasta el final: durante la importación, que crea miles de
    # objetos por lote, el recolector de basura no lo vuelve a recorrer (con 16.000 filas, un 5 % menos de tiempo).
    gc.freeze()
    try:
        # Una sola pasada: leer, validar y escribir de a lotes en una transacción (todo o nada).
        resultado = importacion.importar_miembros(contexto, args.archivo, progreso=progreso, orden_fechas=args.fechas,
                                                  decisiones=decisiones)
    finally:
        gc.unfreeze()  # quien llame a la CLI dentro de su proceso (las pruebas) sigue como estaba
    print(f"Importación terminada en {asociacion['sigla']}: {resultado.resumen()}.")
    for aviso in resultado.avisos:
        print(f"Aviso: {aviso}")


def orden_miembros_exportar(args) -> None:
    from ..servicios.padron import exportar_padron_xlsx

    comprobar_salida(args.archivo, ".xlsx", "el padrón", reemplazar=args.reemplazar)
    cantidad = exportar_padron_xlsx(contexto_de(args), args.archivo)
    print(f"Padrón exportado a {args.archivo}: {formato.cuantos(cantidad, '{0} miembro', '{0} miembros')}.")


def orden_miembros_padron(args) -> None:
    from ..servicios.padron import imprimir_padron_pdf

    comprobar_salida(args.archivo, ".pdf", "el padrón impreso", reemplazar=args.reemplazar)
    paginas = imprimir_padron_pdf(contexto_de(args), args.archivo, incluir_bajas=args.incluir_bajas)
    print(f"Padrón impreso en {args.archivo}: {paginas} {'página' if paginas == 1 else 'páginas'}.")


def orden_miembros_listar(args) -> None:
    from ..servicios.miembros import listar_miembros

    miembros = listar_miembros(oficina_de(args).contexto)
    if args.json:
        campos = ("id", "nombre", "pais", "region", "codigo", "tipo", "poblacion", "anio_poblacion",
                  "estado", "fecha_ingreso", "fundador", "autoridad", "cargo", "correo", "telefono")
        imprimir_json([{c: m[c] for c in campos} for m in miembros])
        return
    from ..documentos.visible import abreviar, cifra  # un carácter de control guardado antes se ve [U+0007]

    from ..dominio.miembros import admitida_sin_regir, estado_en_palabras
    from ..servicios.base import hoy

    al = hoy().isoformat()
    for m in miembros:
        poblacion = abreviar(cifra(m["poblacion"]), 30) if m["poblacion"] is not None else "—"
        # Una ciudad admitida cuya admisión rige después: «Solicitante — miembro desde 22/12/2026».
        estado = (estado_en_palabras(m["estado"], m["fecha_ingreso"], al)
                  if admitida_sin_regir(m["estado"], m["fecha_ingreso"], al) else m["estado"])
        print(f"{m['id']:>6}  {abreviar(m['nombre'], 32):<32} {m['pais']}  {abreviar(m['region'], 18):<18} "
              f"{poblacion:>12}  {estado:<10} {m['fecha_ingreso'] or ''}")
    print(f"{formato.cuantos(len(miembros), '{0} miembro', '{0} miembros')}.")


def orden_miembros_baja(args) -> None:
    """«miembros baja» y «miembros suspender»: registra el estado e informa qué mandatos terminaron."""
    from ..documentos.visible import abreviar
    from ..servicios.miembros import cambiar_estado, mandatos_que_terminan

    db = abrir_base_de(args)
    asociacion_id = asociacion_de(db, args)["id"]
    dia = args.fecha or date.today()
    if args.simular:
        efecto = mandatos_que_terminan(db, args.miembro, args.estado, dia, asociacion_id)
    else:
        efecto = cambiar_estado(db, args.miembro, args.estado, dia, args.motivo, asociacion_id)
    if args.json:
        mandato = lambda m: {"mandato_id": m.mandato_id, "organo": m.organo, "cargo": m.cargo,  # noqa: E731
                             "desde": m.desde.isoformat(), "hasta": m.hasta.isoformat() if m.hasta else None,
                             "nuevo_hasta": m.nuevo_hasta.isoformat() if m.nuevo_hasta else None}
        imprimir_json({"miembro_id": args.miembro, "estado": args.estado, "fecha": dia.isoformat(),
                        "registrado": not args.simular, "terminan": [mandato(m) for m in efecto.terminan],
                        "empiezan_despues": [mandato(m) for m in efecto.empiezan_despues], "resumen": efecto.resumen(),
                        "cuota": efecto.cuota})
        return
    nombre = abreviar(efecto.miembro, 80)
    que = "dado de baja" if args.estado == "baja" else "suspendido"
    print(f"Simulación (no se registró nada): {nombre} quedaría {que} desde el {formato.fecha(dia)}." if args.simular
          else f"{nombre} {que} desde el {formato.fecha(dia)}.")
    print(abreviar(efecto.resumen(), 400))
    for linea in efecto.lineas():
        print(f"  - {abreviar(linea, 300)}")
    if efecto.cuota:
        print(abreviar(efecto.cuota, 400))


def orden_miembros_suspension_mandatos(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.miembros import fijar_suspension_de_mandatos

    fijar_suspension_de_mandatos(oficina_de(args).contexto, args.articulo)
    articulo = (args.articulo or "").strip()
    print(f"La suspensión de un miembro termina sus mandatos ({abreviar(articulo, 200)})." if articulo
          else "La suspensión de un miembro no termina los mandatos (solo la baja los termina).")


def orden_miembros_solicitud(args) -> None:
    from ..servicios.ficha import registrar_solicitud

    if args.anio_poblacion is not None and args.poblacion is None:
        args.analizador.error("--anio-poblacion va con --poblacion (la cifra de ese año)")
    hecha = registrar_solicitud(contexto_de(args), args.nombre, args.pais, poblacion=args.poblacion,
                                anio_poblacion=args.anio_poblacion, fecha=args.fecha)
    if args.json:
        imprimir_json(hecha)
        return
    print(f"Solicitud registrada: {hecha['nombre']} ({hecha['pais']}), id {hecha['id']}, solicitante desde el "
          f"{formato.fecha(hecha['desde'])}. La admite la resolución de un punto de admisión aprobado "
          f"(escritorio sesiones resolucion PUNTO --titulo … --admite {hecha['id']}).")
