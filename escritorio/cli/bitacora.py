"""«bitacora» (quién cambió qué y cuándo: listar y exportar) y «verificar» (la integridad de la base: la cadena de
sellos de la bitácora, los triggers, las actas aprobadas y el testigo). «verificar» sale con 1 si hay problemas."""

import sys

from .argumentos import cantidad, fecha
from .comun import abrir_base_de, orden_exacta
from ..errores import ErrorEscritorio
from ..salida import comprobar_salida


def agregar_ordenes(ordenes) -> None:
    bitacora = ordenes.add_parser("bitacora", help="bitácora de cambios: listar y exportar",
                                  description="Quién cambió qué y cuándo.")
    sub_b = bitacora.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    listar_b = sub_b.add_parser("listar", help="los cambios más recientes", description="Lista los cambios.")
    exportar_b = sub_b.add_parser("exportar", help="exporta la bitácora a .xlsx", description="Exporta la bitácora.")
    exportar_b.add_argument("archivo", metavar="ARCHIVO.xlsx")
    for parser in (listar_b, exportar_b):
        parser.add_argument("--entidad", help="tabla (por ejemplo miembros, pagos, actas)")
        parser.add_argument("--desde", type=fecha, metavar="AAAA-MM-DD")
        parser.add_argument("--hasta", type=fecha, metavar="AAAA-MM-DD")
    listar_b.add_argument("--cantidad", type=cantidad, default=50, help="cuántos mostrar (por defecto 50)")
    listar_b.add_argument("--detalle", action="store_true",
                          help="agrega a cada cambio el dato crudo: tabla, registro, hora UTC y valores antes → después")
    listar_b.set_defaults(funcion=orden_bitacora_listar)
    exportar_b.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    exportar_b.set_defaults(funcion=orden_bitacora_exportar)

    verificar = ordenes.add_parser(
        "verificar", help="comprueba la integridad de la base y que nada se cambió por fuera de Escritorio",
        description="Comprueba la integridad de la base: la bitácora y su cadena de sellos, los triggers que protegen "
                    "los datos, las actas aprobadas contra su huella, y la cabeza de la cadena anotada fuera de la "
                    "base (el testigo junto a la base y los de los respaldos). Código de salida 1 si hay problemas.")
    verificar.add_argument("--restauracion-manual", action="store_true",
                           help="anota que la base se reemplazó a mano por un respaldo (copiando el archivo): desde ahora "
                                "el testigo vigila la cadena de la base restaurada")
    verificar.add_argument("--ancla", action="append", default=[], metavar="ANCLA",
                           help="comprueba que la cadena siga teniendo cada cabeza que salió de la oficina: «N:HUELLA» "
                                "(escritorio bitacora ancla), la ruta de un acta, resolución, recibo o estado de "
                                "cuenta en PDF, un correo enviado guardado como .eml, la carpeta del sitio publicado, "
                                "su dirección (https://…, se descarga su anclas.json), una copia guardada de su "
                                "anclas.json o anclas.html, o un sello de tiempo .tsr (escritorio bitacora "
                                "exportar-sello); se repite")
    verificar.add_argument("--reconocer", type=int, metavar="N",
                           help="reconoce el incidente N (otro programa escribió en la base) con el --motivo que lo "
                                "explica; queda en la bitácora y «verificar» lo sigue listando como reconocido")
    verificar.add_argument("--motivo", metavar="TEXTO",
                           help="por qué: obligatorio con --reconocer; con --restauracion-manual, opcional")
    verificar.add_argument("--reponer-esquema", action="store_true",
                           help="vuelve a crear los triggers e índices de Escritorio que alguien quitó o cambió (no toca "
                                "los datos) y quita los triggers ajenos")
    verificar.add_argument("--archivo", action="store_true",
                           help="solo la integridad del archivo: la comprobación completa que deja pendiente la "
                                "primera escritura en una copia grande de la base (con 100.000 miembros, un "
                                "segundo o dos en lugar de minutos); si pasa, la base queda sellada")
    verificar.add_argument("--completa", action="store_true",
                           help="recorre la base entera aunque haya un punto de control: la cadena desde el primer "
                                "sello, cada fila y cada registro (sin ella, parte de lo último que se verificó y "
                                "recorre solo lo que cambió; la completa se hace sola una vez por semana)")
    verificar.set_defaults(funcion=orden_verificar)

    ancla = sub_b.add_parser(
        "ancla", help="muestra la cabeza de la cadena de sellos, para guardarla fuera de la base",
        description="La cabeza de la cadena de sellos de la bitácora (el último sello y su huella), la misma que lleva "
                    "al pie cada acta, resolución, recibo y estado de cuenta. Guárdela fuera de la base (un correo, un "
                    "papel firmado): «escritorio verificar --ancla N:HUELLA» comprueba después que la cadena la tenga.")
    ancla.add_argument("--json", action="store_true", help="salida en JSON")
    ancla.set_defaults(funcion=orden_bitacora_ancla)
    _ordenes_del_sello_de_tiempo(sub_b)


def _ordenes_del_sello_de_tiempo(sub_b) -> None:
    servidor = sub_b.add_parser(
        "sello-de-tiempo", help="el servidor de sello de tiempo (RFC 3161) de la base y los sellos guardados",
        description="Configura el servidor de sello de tiempo (TSA, RFC 3161) de esta base, o lo muestra con los sellos "
                    "guardados. Apagado por omisión. Con servidor, después de cada orden que escribe se pide (como "
                    "mucho una vez por día, con una espera de pocos segundos) un sello de la cabeza de la bitácora; sin "
                    "conexión no pasa nada: se intenta con la próxima escritura. Solo se conecta a esa dirección.")
    servidor.add_argument("--servidor", metavar="URL", help="la dirección RFC 3161 de la TSA (http:// o https://)")
    servidor.add_argument("--certificado", metavar="ARCHIVO",
                          help="el certificado de la TSA o de su autoridad (.pem, .crt o .cer) en que descansa la "
                               "confianza; sin él, se fija el de la TSA al primer sello que se guarda")
    servidor.add_argument("--apagar", action="store_true", help="deja la base sin servidor (los sellos guardados quedan)")
    servidor.add_argument("--json", action="store_true", help="salida en JSON")
    servidor.set_defaults(funcion=orden_bitacora_sello_de_tiempo)

    sellar = sub_b.add_parser(
        "sellar-tiempo", help="pide ahora el sello de tiempo de la cabeza de la bitácora y lo guarda",
        description="Pide al servidor de sello de tiempo un sello RFC 3161 de la cabeza de la cadena (el último sello "
                    "y su huella) y lo guarda con la cadena; «escritorio verificar» lo comprueba cada vez. Lo sellado "
                    "es el SHA-256 del texto «escritorio-ancla:SELLO:HUELLA» (docs/garantias.md).")
    sellar.add_argument("--servidor", metavar="URL", help="otra dirección que la configurada, solo para este pedido")
    sellar.add_argument("--guardar", metavar="ARCHIVO.tsr", help="además, guarda el sello en ese archivo .tsr")
    sellar.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    sellar.set_defaults(funcion=orden_bitacora_sellar_tiempo)

    exportar = sub_b.add_parser(
        "exportar-sello", help="guarda un sello de tiempo en un archivo .tsr, para tenerlo fuera de la base",
        description="Escribe un sello de tiempo guardado (el último, o el --numero N) en un archivo .tsr: guárdelo "
                    "fuera de la oficina. «escritorio verificar --ancla ARCHIVO.tsr» y «openssl ts -verify» lo "
                    "comprueban.")
    exportar.add_argument("archivo", metavar="ARCHIVO.tsr")
    exportar.add_argument("--numero", type=cantidad, metavar="N", help="el sello de tiempo N (por defecto, el último)")
    exportar.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    exportar.set_defaults(funcion=orden_bitacora_exportar_sello)


def orden_bitacora_sello_de_tiempo(args) -> None:
    import json

    from ..servicios import sello_de_tiempo as servicio

    if args.apagar and (args.servidor or args.certificado):
        raise ErrorEscritorio("--apagar no va con --servidor ni --certificado: o lo apaga o lo configura.")
    if args.certificado and not args.servidor:
        raise ErrorEscritorio("--certificado va con --servidor: dé la dirección de la TSA de ese certificado.")
    db = abrir_base_de(args)
    if args.apagar:
        hubo = servicio.apagar_servidor(db)
        print("Servidor de sello de tiempo apagado; los sellos guardados quedan y se siguen comprobando." if hubo else
              "Esta base no tenía servidor de sello de tiempo.")
        return
    if args.servidor:
        certificado = None
        if args.certificado:
            from pathlib import Path

            from ..dominio.entrada import muestra

            try:
                certificado = Path(args.certificado).read_bytes()
            except (OSError, ValueError):
                raise ErrorEscritorio(f"No se puede leer el certificado {muestra(args.certificado, 80)}. No se cambió "
                                      "nada.") from None
        servicio.configurar_servidor(db, args.servidor, certificado)
    configurado = servicio.servidor(db)
    guardados = servicio.sellos_guardados(db)
    if args.json:
        print(json.dumps({"servidor": configurado.__dict__ if configurado else None,
                          "sellos": [s.__dict__ for s in guardados]}, ensure_ascii=False))
        return
    if configurado is None:
        print("Servidor de sello de tiempo: ninguno (apagado). Configúrelo con --servidor URL.")
    else:
        confianza = (f"certificado «{configurado.tsa}», SHA-256 {configurado.certificado_sha256} "
                     f"({'fijado al primer sello' if configurado.origen_certificado == 'primer_uso' else 'dado'})"
                     if configurado.certificado_sha256 else "el certificado se fija con el primer sello")
        print(f"Servidor de sello de tiempo: {configurado.url} ({confianza}).")
    for s in guardados:
        print(f"{s.id:>4}  {servicio.momento_legible(s.momento)}  sello {s.sello_id}  {s.huella[:16]}…  {s.tsa}")


def orden_bitacora_sellar_tiempo(args) -> None:
    from ..servicios import sello_de_tiempo as servicio

    if args.guardar:
        comprobar_salida(args.guardar, ".tsr", "el sello de tiempo", reemplazar=args.reemplazar)
    db = abrir_base_de(args)
    hecho = servicio.sellar_ahora(db, url=args.servidor)
    print(f"Sello de tiempo {hecho.id}: {hecho.tsa} certificó el sello {hecho.sello_id} de la bitácora (huella "
          f"{hecho.huella[:16]}…) el {servicio.momento_legible(hecho.momento)}.")
    if args.guardar:
        servicio.exportar(db, hecho.id, args.guardar)
        print(f"Guardado en {args.guardar}: compruébelo con «escritorio verificar --ancla {args.guardar}».")


def orden_bitacora_exportar_sello(args) -> None:
    from ..servicios import sello_de_tiempo as servicio

    comprobar_salida(args.archivo, ".tsr", "el sello de tiempo", reemplazar=args.reemplazar)
    hecho = servicio.exportar(abrir_base_de(args), args.numero, args.archivo)
    print(f"Sello de tiempo {hecho.id} (sello {hecho.sello_id} de la bitácora, {servicio.momento_legible(hecho.momento)}) guardado en "
          f"{args.archivo}.")


def _entidad(args) -> None:
    """--entidad es el nombre de una tabla: un texto con bytes raros o controles no es ninguna."""
    from ..servicios.campos import LARGO_NOMBRE, texto_opcional

    args.entidad = texto_opcional("--entidad", args.entidad, maximo=LARGO_NOMBRE)


def orden_bitacora_listar(args) -> None:
    from ..servicios import bitacora

    _entidad(args)
    for r in bitacora.listar(abrir_base_de(args), entidad=args.entidad, desde=args.desde, hasta=args.hasta, limite=args.cantidad):
        # La hora local y lo que pasó, como lo diría una persona; con --detalle, también el dato crudo.
        print(f"{r.cuando() or '(sin sellar)':<16}  {r.quien():<20} {r.descripcion}")
        if args.detalle:
            print(f"{'':18}{r.entidad} #{r.entidad_id or ''} · {bitacora.nombre_de_accion(r.accion).lower()} · "
                  f"{r.momento or '—'} UTC · {'; '.join(r.detalle)[:300]}")


def orden_bitacora_exportar(args) -> None:
    from ..servicios import bitacora

    comprobar_salida(args.archivo, ".xlsx", "la bitácora", reemplazar=args.reemplazar)
    _entidad(args)
    cantidad = bitacora.exportar(abrir_base_de(args), args.archivo, entidad=args.entidad, desde=args.desde, hasta=args.hasta)
    print(f"Bitácora exportada a {args.archivo}: {cantidad} cambios.")


def orden_bitacora_ancla(args) -> None:
    import json

    from ..servicios.verificacion.anclas import ancla_actual

    cabeza = ancla_actual(abrir_base_de(args))
    if args.json:
        print(json.dumps({"sello": cabeza[0], "huella": cabeza[1]} if cabeza else None))
    elif cabeza is None:
        print("La bitácora todavía no tiene sellos: no hay ancla que guardar.")
    else:
        print(f"{cabeza[0]}:{cabeza[1]}")
        print(f"Guárdela fuera de la base; compruébela con «escritorio verificar --ancla {cabeza[0]}:{cabeza[1][:16]}».",
              file=sys.stderr)


def orden_verificar(args) -> int:
    from ..servicios.respaldo import verificar

    if args.reconocer is not None and not args.motivo:
        raise ErrorEscritorio("Falta --motivo: diga por qué reconoce el incidente, por ejemplo --motivo \"corregí el "
                              "importe con el tesorero presente\". Queda en la bitácora.")
    if args.archivo and (args.restauracion_manual or args.reconocer is not None or args.reponer_esquema or args.ancla
                         or args.completa):
        raise ErrorEscritorio("--archivo comprueba solo el archivo: córralo solo, sin --restauracion-manual, "
                              "--reconocer, --reponer-esquema, --ancla ni --completa. No se modificó nada.")
    db = abrir_base_de(args)
    if args.archivo:
        from ..servicios.verificacion.integridad import verificar_el_archivo

        resultado = verificar_el_archivo(db)
        for linea in resultado.detalles:
            print(linea)
        if resultado.correcta:
            print("El archivo de la base está sano (comprobado entero). Para lo demás (la bitácora, las actas, el "
                  f"testigo): «{orden_exacta(args, 'verificar')}».")
            return 0
        for problema in resultado.problemas:
            print(f"PROBLEMA: {problema}", file=sys.stderr)
        print(f"El archivo tiene {len(resultado.problemas)} problema(s): cada uno dice qué hacer.", file=sys.stderr)
        return 1
    if args.restauracion_manual:
        from ..servicios.verificacion.testigo import anotar_restauracion_manual

        print(anotar_restauracion_manual(db, args.motivo))
    if args.reconocer is not None:
        from ..servicios.verificacion.bitacora import reconocer_incidente

        print(reconocer_incidente(db, args.reconocer, args.motivo))
    if args.reponer_esquema:
        from ..servicios.verificacion.esquema import reponer_esquema

        hecho = reponer_esquema(db)
        print("Esquema: " + ("; ".join(hecho) + "." if hecho else "no había nada que reponer."))
    resultado = verificar(db, completa=args.completa)
    if args.ancla:
        from ..servicios.verificacion.anclas import comprobar_anclas

        comprobar_anclas(db, args.ancla, resultado)
    for linea in resultado.detalles:
        print(linea)
    for aviso in getattr(resultado, "avisos", []):
        print(f"AVISO: {aviso}")
    if resultado.correcta:
        from ..servicios.verificacion.comprobaciones import en_que_se_apoya

        print("La base de datos está sana.")
        print(en_que_se_apoya(bool(args.ancla)))
        return 0
    for problema in resultado.problemas:
        print(f"PROBLEMA: {problema}", file=sys.stderr)
    print(f"La base tiene {len(resultado.problemas)} problema(s): cada uno dice qué hacer.", file=sys.stderr)
    return 1
