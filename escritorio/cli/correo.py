"""«correo»: la cuenta de la asociación, enviar por correo la convocatoria, el acta aprobada, una resolución, un recibo
o los avisos de cobro (cada miembro su carta), la bandeja de salida y lo que pasó con cada mensaje. Los mismos
servicios que la ventana (servicios/correo.py y servicios/despacho.py).

Estados de salida: 0 hecho; 1 no se pudo (datos mal escritos, sin cuenta, un certificado que hay que aceptar, «correo
probar» sin conexión); 2 la orden está mal escrita; 3 hay mensajes que quedaron en la bandeja porque no hubo conexión
o el servidor pidió reintentar más tarde (salen con «correo enviar»)."""

import os
import sys

from ..dominio import formato
from ..dominio.correo import CLASES, ESTADOS_DESTINATARIO, ESTADOS_MENSAJE, SEGURIDADES
from .argumentos import archivo_de_texto, fecha, identificador
from .comun import con_asociacion, con_json, imprimir_json, oficina_de

SIN_CONEXION = 3
VARIABLE_CLAVE = "ESCRITORIO_CLAVE_CORREO"

_AYUDA_ENVIO = """\
a quién va: a los contactos de cada miembro que reciben esa clase de correo («escritorio correo recibe»); si ninguno,
a su correo institucional; si tampoco lo tiene, no recibe nada y la orden lo dice. Cada miembro recibe su mensaje.
sin --simular, los mensajes quedan en la bandeja de salida con su PDF (emitido y registrado) y salen enseguida si hay
conexión (o después, con «escritorio correo enviar»); con --simular, solo se muestra lo que saldría."""


def hora_local(utc: str):
    """«2026-11-25 18:27:31» (UTC, como lo guarda la base) en la hora de este equipo."""
    from datetime import datetime, timezone

    return datetime.fromisoformat(utc.replace("T", " ")).replace(tzinfo=timezone.utc).astimezone()


def _lista_de_ids(texto: str) -> list[int]:
    """«12,15,40» -> [12, 15, 40]; un id imposible se dice con la opción."""
    import argparse

    from ..errores import ErrorValidacion

    try:
        return [identificador(p.strip()) for p in texto.split(",") if p.strip()]
    except argparse.ArgumentTypeError as error:
        raise ErrorValidacion(f"--miembros: {error}. No se envió nada.") from None


def agregar_ordenes(ordenes) -> None:
    correo = ordenes.add_parser("correo", help="enviar documentos por correo, la bandeja de salida y la cuenta",
                                description="El correo de la secretaría: la cuenta SMTP, enviar documentos a los "
                                            "miembros, la bandeja de salida y su historia.")
    sub = correo.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)

    cuenta = sub.add_parser("cuenta", help="muestra o configura la cuenta de correo de la asociación",
                            description="Sin opciones, muestra la cuenta. Con --servidor y --remitente, la configura. "
                                        f"La clave se toma de la variable {VARIABLE_CLAVE} (o se pide con "
                                        "--pedir-clave) y se guarda en el llavero del sistema, nunca en la base.",
                            epilog="ejemplos:\n  escritorio correo cuenta --servidor smtp.gmail.com --seguridad starttls "
                                   "--usuario secretaria@red.org --remitente secretaria@red.org --pedir-clave\n"
                                   "  escritorio correo cuenta --servidor smtp.office365.com --puerto 587 …")
    cuenta.add_argument("--servidor", metavar="NOMBRE")
    cuenta.add_argument("--puerto", metavar="N", help="por omisión, 587 con starttls, 465 con tls")
    cuenta.add_argument("--seguridad", choices=tuple(SEGURIDADES), default="starttls",
                        help="starttls (por omisión), tls o ninguna (solo en la red de la oficina)")
    cuenta.add_argument("--usuario", metavar="TEXTO")
    cuenta.add_argument("--remitente", metavar="DIRECCION", help="la dirección desde la que salen los mensajes")
    cuenta.add_argument("--nombre", metavar="TEXTO", help="el nombre del remitente («Secretaría Ejecutiva RCS»)")
    cuenta.add_argument("--firma", metavar="TEXTO", help="la firma al pie de cada mensaje (\\n para cambiar de línea)")
    cuenta.add_argument("--pedir-clave", action="store_true", help="pide la clave por teclado (no se muestra)")
    cuenta.add_argument("--clave-sin-cifrar", action="store_true",
                        help="con --seguridad ninguna y --usuario: confirma que la clave puede viajar sin cifrar "
                             "(solo en la red de la oficina); sin esto, no se guarda")
    cuenta.set_defaults(funcion=orden_cuenta)

    certificado = sub.add_parser("aceptar-certificado", help="acepta a sabiendas el certificado propio del servidor",
                                 description="Acepta el certificado (autofirmado) que presenta el servidor de correo, "
                                             "por su huella SHA-256: la que muestra el error al enviar. Compárela "
                                             "antes con la que le dé quien administra el servidor. Con usuario, hace "
                                             f"falta la clave (variable {VARIABLE_CLAVE} o el llavero): el "
                                             "certificado queda atado a ella.")
    certificado.add_argument("huella", metavar="SHA256", nargs="?")
    certificado.add_argument("--olvidar", action="store_true", help="olvida el certificado aceptado")
    certificado.set_defaults(funcion=orden_aceptar_certificado)

    envios = []
    for clase, ayuda, argumento in (
            ("convocatoria", "envía la convocatoria de una sesión a quienes integran el órgano", "SESION"),
            ("acta", "envía el acta aprobada de una sesión a quienes integran el órgano", "SESION"),
            ("resolucion", "envía una resolución a los miembros vigentes", "RESOLUCION"),
            ("recibo", "envía el recibo de un pago a quien pagó", "PAGO"),
            ("avisos", "envía los avisos de cobro que tocan, a cada miembro su carta", None)):
        envio = sub.add_parser(clase, help=ayuda, description=ayuda[0].upper() + ayuda[1:] + ".", epilog=_AYUDA_ENVIO)
        if argumento:
            envio.add_argument("referencia", type=identificador, metavar=argumento)
        else:
            envio.add_argument("--al", type=fecha, metavar="AAAA-MM-DD", help="fecha de corte (por omisión, hoy)")
        if clase != "recibo":
            envio.add_argument("--miembros", metavar="ID,ID…", help="solo a estos miembros (de los que corresponden)")
        envio.add_argument("--copia", metavar="DIRECCION", action="append", default=[],
                           help="una copia de cada mensaje a esta dirección (se puede repetir)")
        envio.add_argument("--simular", action="store_true", help="muestra lo que saldría, sin guardar ni enviar")
        envio.add_argument("--no-enviar", action="store_true", help="lo deja en la bandeja sin intentar enviarlo")
        envio.set_defaults(funcion=orden_enviar_documento, clase=clase if clase != "avisos" else "aviso")
        envios.append(envio)

    boletin = sub.add_parser(
        "boletin", help="envía el boletín de la red a quienes aceptaron recibirlo",
        description="Un mensaje a cada contacto con un consentimiento vigente para el boletín («escritorio "
                    "consentimientos»), sin adjuntos; al pie, cuándo lo aceptó y cómo dejar de recibirlo. Quien no lo "
                    "aceptó, lo revocó o se opuso al correo no lo recibe (la orden lo dice).",
        epilog="ejemplo:\n  escritorio correo boletin --asunto \"Boletín de noviembre\" --texto-de boletin.txt --simular")
    boletin.add_argument("--asunto", required=True, metavar="TEXTO")
    grupo = boletin.add_mutually_exclusive_group(required=True)
    grupo.add_argument("--texto", metavar="TEXTO", help="el texto del boletín")
    grupo.add_argument("--texto-de", type=archivo_de_texto, metavar="ARCHIVO", dest="texto",
                       help="el texto del boletín, de un archivo UTF-8")
    boletin.add_argument("--simular", action="store_true", help="muestra lo que saldría, sin guardar ni enviar")
    boletin.add_argument("--no-enviar", action="store_true", help="lo deja en la bandeja sin intentar enviarlo")
    boletin.set_defaults(funcion=orden_enviar_documento, clase="boletin")

    bandeja = sub.add_parser("bandeja", help="la bandeja de salida y lo ya enviado",
                             description="Los mensajes con su estado («Esperando», «Enviado», «Por confirmar», "
                                         "«Rechazado») y sus destinatarios.")
    bandeja.add_argument("--estado", choices=tuple(ESTADOS_MENSAJE), help="solo los de ese estado")
    bandeja.add_argument("--miembro", type=identificador, metavar="ID", help="solo los de ese miembro")
    bandeja.set_defaults(funcion=orden_bandeja)

    enviar = sub.add_parser("enviar", help="envía lo que espera en la bandeja de salida",
                            description="Envía los mensajes que esperan. Sin conexión, siguen esperando (estado de "
                                        f"salida {SIN_CONEXION}).")
    enviar.add_argument("--simular", action="store_true",
                        help="dice qué mensajes saldrían, sin conectarse ni enviar nada")
    enviar.set_defaults(funcion=orden_enviar)

    anotar = sub.add_parser("anotar", help="anota un rebote o la confirmación de recibido de un destinatario",
                            description="Lo que la secretaría supo después del envío, por el número de destinatario "
                                        "que muestra «correo bandeja».")
    anotar.add_argument("destinatario", type=identificador, metavar="DESTINATARIO")
    grupo = anotar.add_mutually_exclusive_group(required=True)
    grupo.add_argument("--rebotado", metavar="MOTIVO", help="el mensaje volvió (con el motivo del rebote)")
    grupo.add_argument("--recibido", action="store_true", help="el destinatario confirmó que lo recibió")
    anotar.set_defaults(funcion=orden_anotar)

    confirmar = sub.add_parser("confirmar", help="resuelve un mensaje «por confirmar»",
                               description="Un mensaje cuyo envío se cortó entre DATA y la respuesta del servidor: "
                                           "búsquelo por su Message-ID en los enviados de la cuenta.")
    confirmar.add_argument("mensaje", type=identificador, metavar="MENSAJE")
    grupo = confirmar.add_mutually_exclusive_group(required=True)
    grupo.add_argument("--salio", action="store_true", help="está en los enviados: queda enviado")
    grupo.add_argument("--no-salio", action="store_true", help="no salió: vuelve a la bandeja para salir")
    confirmar.set_defaults(funcion=orden_confirmar)

    probar = sub.add_parser("probar", help="prueba la conexión con el servidor de correo, sin enviar nada",
                            description="Se conecta de verdad con la cuenta guardada (el cifrado, el certificado, el "
                                        "usuario y la clave) y dice qué comprobó; no envía nada. La clave, de la "
                                        f"variable {VARIABLE_CLAVE} o del llavero del sistema.")
    probar.set_defaults(funcion=orden_probar)

    anular = sub.add_parser("anular", help="anula un mensaje que todavía espera en la bandeja",
                            description="Un mensaje que todavía no salió (el número que muestra «correo bandeja») no "
                                        "sale nunca: queda «anulado», con su historia. Uno que salió no se anula.")
    anular.add_argument("mensaje", type=identificador, metavar="MENSAJE")
    anular.set_defaults(funcion=orden_anular)

    alcance = sub.add_parser("alcance", help="a cuántos integrantes llegó la convocatoria (o el acta) de una sesión",
                             description="A quiénes del órgano llegó por correo la convocatoria de la sesión (o, con "
                                         "--acta, el acta aprobada): los alcanzados, los que esperan, los rechazados "
                                         "o rebotados, los que no tienen dirección y los no elegidos, y desde qué día "
                                         "cuenta el plazo de anticipación (el día que llegó al último alcanzado).")
    alcance.add_argument("sesion", type=identificador, metavar="SESION")
    alcance.add_argument("--acta", action="store_true", help="el acta aprobada, no la convocatoria")
    alcance.set_defaults(funcion=orden_alcance)

    recibe = sub.add_parser("recibe", help="qué clases de correo recibe un contacto de un miembro",
                            description="Qué recibe un contacto (su número lo muestra «miembros contactos ID»): "
                                        + ", ".join(CLASES) + ". Vacío: nada.")
    recibe.add_argument("contacto", type=identificador, metavar="CONTACTO")
    recibe.add_argument("clases", metavar="CLASES", help="separadas por comas, o \"\" para ninguna")
    recibe.set_defaults(funcion=orden_recibe)

    for parser in (cuenta, certificado, bandeja, enviar, anotar, confirmar, probar, anular, alcance, recibe, boletin,
                   *envios):
        con_asociacion(parser)
        con_json(parser)


def _clave(args) -> str | None:
    if getattr(args, "pedir_clave", False):
        import getpass

        from ..errores import ErrorValidacion

        if not sys.stdin.isatty():
            raise ErrorValidacion(f"--pedir-clave necesita una consola donde escribirla; sin ella, pásela en la "
                                  f"variable {VARIABLE_CLAVE}. No se guardó nada.")
        return getpass.getpass("Clave de la cuenta de correo: ")
    return os.environ.get(VARIABLE_CLAVE) or None


def orden_cuenta(args) -> None:
    from ..servicios.correo import configurar_cuenta, cuenta_de_correo

    contexto = oficina_de(args).contexto
    if args.servidor is None and args.remitente is None:
        cuenta = cuenta_de_correo(contexto)
        if args.json:
            imprimir_json(_sin_atadura(cuenta) if cuenta else None)
        elif cuenta is None:
            print("La asociación no tiene cuenta de correo. Configúrela con --servidor y --remitente.")
        else:
            print(f"Servidor: {cuenta.servidor}:{cuenta.puerto} ({SEGURIDADES[cuenta.seguridad]})")
            print(f"Remitente: {cuenta.nombre_remitente or ''} <{cuenta.remitente}>".replace(" <", " <", 1).strip())
            print(f"Usuario: {cuenta.usuario or '(sin usuario)'}")
            if cuenta.certificado_aceptado:
                print(f"Certificado propio aceptado: {cuenta.certificado_aceptado}")
            if cuenta.clave_sin_cifrar:
                print("La clave viaja sin cifrar (confirmado al guardar la cuenta).")
            if cuenta.usuario and not cuenta.atadura:
                print("La cuenta se guardó sin su clave: guárdela de nuevo con la clave para poder enviar.")
        return
    cuenta = configurar_cuenta(contexto, servidor=args.servidor, remitente=args.remitente, seguridad=args.seguridad,
                               puerto=args.puerto, usuario=args.usuario, nombre_remitente=args.nombre,
                               firma=args.firma.replace("\\n", "\n") if args.firma else None, clave=_clave(args),
                               clave_sin_cifrar=args.clave_sin_cifrar)
    if args.json:
        imprimir_json(_sin_atadura(cuenta))
    else:
        print(f"Cuenta de correo guardada: {cuenta.remitente} por {cuenta.servidor}:{cuenta.puerto} "
              f"({SEGURIDADES[cuenta.seguridad]}).")


def _sin_atadura(cuenta) -> dict:
    """La cuenta para --json, sin la atadura (una huella derivada de la clave: no hace falta mostrarla)."""
    return {k: v for k, v in cuenta.__dict__.items() if k != "atadura"}


def orden_aceptar_certificado(args) -> None:
    from ..errores import ErrorValidacion
    from ..servicios.correo import aceptar_certificado

    huella = None if args.olvidar else (args.huella or "").strip().lower().replace(":", "")
    if not args.olvidar and (len(huella) != 64 or any(c not in "0123456789abcdef" for c in huella)):
        raise ErrorValidacion("SHA256: escriba la huella de 64 cifras hexadecimales que mostró el error al enviar.")
    aceptar_certificado(oficina_de(args).contexto, huella, _clave(args))
    print("Certificado olvidado." if args.olvidar else "Certificado aceptado: solo ese certificado se acepta "
                                                       "de ahora en adelante.")


def _preparar(args, contexto):
    from ..servicios import correo

    miembros = _lista_de_ids(args.miembros) if getattr(args, "miembros", None) else None
    if args.clase == "boletin":
        from ..servicios.boletin import preparar_boletin

        return preparar_boletin(contexto, args.asunto, args.texto)
    if args.clase == "aviso":
        return correo.preparar_avisos(contexto, al=args.al, miembros=miembros, copias=args.copia)
    if args.clase == "recibo":
        return correo.preparar_recibo(contexto, args.referencia, copias=args.copia)
    return correo.PREPARAR[args.clase](contexto, args.referencia, miembros=miembros, copias=args.copia)


def _direcciones(lista) -> str:
    return ", ".join(f"{nombre} <{direccion}>" if nombre else direccion for direccion, nombre in lista)


def orden_enviar_documento(args) -> None:
    from ..servicios.correo import encolar, exigir_cuenta, exigir_destinatarios

    contexto = oficina_de(args).contexto
    envio = _preparar(args, contexto)
    if args.json and args.simular:
        exigir_destinatarios(envio)   # lo que rechazaría el envío de verdad, también al simular
        exigir_cuenta(contexto)
        imprimir_json({"clase": envio.clase, "referencia": envio.referencia, "titulo": envio.titulo,
                       "mensajes": [{"miembro_id": m.miembro_id, "miembro": m.miembro, "para": m.para,
                                     "copia": m.copia, "asunto": m.asunto, "texto": m.texto,
                                     "adjuntos": m.adjuntos} for m in envio.mensajes],
                       "sin_direccion": envio.sin_direccion, "por_oposicion": envio.por_oposicion,
                       "apartados": envio.apartados})
        return
    if not args.json:
        print(f"{envio.titulo}: {formato.numero(len(envio.mensajes))} mensajes.")
        for m in envio.mensajes:
            print(f"  {m.miembro}: {_direcciones(m.para)}" + (f" (copia: {_direcciones(m.copia)})" if m.copia else ""))
        if envio.sin_direccion:
            print(f"Sin dirección de correo (no reciben nada): {formato.numero(len(envio.sin_direccion))}")
            for s in envio.sin_direccion:
                print(f"  {s['miembro']} (id {s['miembro_id']}): {s['motivo']}")
        if envio.por_oposicion:
            from ..documentos.visible import visible

            print(f"Fuera por oposición al correo ({formato.numero(len(envio.por_oposicion))}): pidieron no recibir "
                  "correo de la asociación.")
            for s in envio.por_oposicion:
                print(f"  {visible(s['persona'])} ({s['miembro']}, id {s['miembro_id']})")
        if envio.apartados:
            # avisos de cobro: su cuenta cambió por fuera de Escritorio; los demás reciben la suya
            print(f"Apartados, sin carta ni mensaje ({formato.numero(len(envio.apartados))}): la base ya no puede "
                  "dar fe de su cuenta.")
            for a in envio.apartados:
                print(f"  {a['miembro']} (id {a['miembro_id']}):")
                for motivo in a["motivos"]:
                    print(f"    • {motivo}")
            print(envio.apartados[0]["que_hacer"])
    if args.simular:
        exigir_destinatarios(envio)   # lo que rechazaría el envío de verdad, también al simular
        exigir_cuenta(contexto)
        if envio.mensajes:
            m = envio.mensajes[0]
            adjunto = f"Adjunto: {', '.join(m.adjuntos)}\n" if m.adjuntos else ""
            print(f"\nAsí lo recibe {m.miembro}:\nAsunto: {m.asunto}\n{adjunto}\n{m.texto}")
        print("\nSimulación: no se guardó ni se envió nada.")
        return
    ids = encolar(contexto, envio)
    if not args.json:
        print(f"En la bandeja de salida: {formato.numero(len(ids))} mensajes.")
    if args.no_enviar:
        if args.json:
            imprimir_json({"en_la_bandeja": ids, "apartados": envio.apartados})
        return
    _despachar(args, contexto, encolados=ids, apartados=envio.apartados)


def _despachar(args, contexto, encolados=None, apartados=None) -> None:
    from ..servicios.despacho import despachar

    resultado = despachar(contexto, clave=_clave(args))
    if args.json:
        imprimir_json({"en_la_bandeja": encolados, "enviados": resultado.enviados, "rechazados": resultado.rechazados,
                       "por_confirmar": resultado.por_confirmar, "aplazados": resultado.aplazados,
                       "esperando": resultado.esperando, "sin_conexion": resultado.sin_conexion,
                       **({"apartados": apartados} if apartados is not None else {})})
    else:
        print(f"Enviados: {formato.numero(len(resultado.enviados))}.", end="")
        if resultado.rechazados:
            print(f" Rechazados por el servidor: {formato.numero(len(resultado.rechazados))} "
                  "(vea «escritorio correo bandeja --estado rechazado»).", end="")
        if resultado.por_confirmar:
            print(f" Por confirmar: {formato.numero(len(resultado.por_confirmar))} (vea «escritorio correo bandeja "
                  "--estado por_confirmar»).", end="")
        print()
        if resultado.sin_conexion:
            print(f"{resultado.sin_conexion} Esperando: {formato.numero(resultado.esperando)}.", file=sys.stderr)
        elif resultado.aplazados:
            print(f"El servidor pidió reintentar más tarde {formato.numero(len(resultado.aplazados))} mensajes: "
                  "siguen en la bandeja y salen con «escritorio correo enviar» (vea «escritorio correo bandeja "
                  "--estado pendiente»).", file=sys.stderr)
    if resultado.sin_conexion or resultado.aplazados:
        raise SystemExit(SIN_CONEXION)


def orden_enviar(args) -> None:
    if args.simular:   # lo que espera en la bandeja, sin conectarse (la red no se toca al simular)
        from ..servicios.correo import bandeja

        esperan = bandeja(oficina_de(args).contexto, estados=("pendiente", "enviando"))
        if args.json:
            imprimir_json({"simulado": True, "saldrian": [m.id for m in esperan]})
            return
        for m in esperan:
            print(f"{m.id:>5}  {m.miembro or '—'}: {m.asunto} ({len(m.destinatarios)} "
                  f"{'destinatario' if len(m.destinatarios) == 1 else 'destinatarios'})")
        print(f"Simulación: {formato.cuantos(len(esperan), 'saldría {0} mensaje', 'saldrían {0} mensajes')} de la "
              "bandeja de salida; no se conectó con el servidor ni se envió nada.")
        return
    _despachar(args, oficina_de(args).contexto)


def orden_bandeja(args) -> None:
    from ..servicios.correo import bandeja

    mensajes = bandeja(oficina_de(args).contexto, estados=(args.estado,) if args.estado else None,
                       miembro_id=args.miembro)
    if args.json:
        imprimir_json([m.__dict__ for m in mensajes])
        return
    if not mensajes:
        print("La bandeja está vacía." if not args.estado else "No hay mensajes en ese estado.")
        return
    for m in mensajes:
        cuando = formato.fecha_y_hora(hora_local(m.enviado_en or m.creado_en))
        print(f"{m.id:>5}  {cuando}  {ESTADOS_MENSAJE[m.estado]:<14} {m.miembro or '—'}: {m.asunto}")
        for d in m.destinatarios:
            motivo = f" — {d['motivo']}" if d["motivo"] and d["estado"] != "aceptado" else ""
            print(f"         [{d['id']}] {d['tipo']}: {d['direccion']} · {ESTADOS_DESTINATARIO[d['estado']]}{motivo}")
        if m.estado in ("por_confirmar", "rechazado") and m.ultimo_error:
            print(f"         {m.ultimo_error} (Message-ID {m.message_id})")
        if m.ancla and m.estado in ("enviado", "por_confirmar"):
            sello, _, huella = m.ancla.partition(" ")
            print(f"         Huella de la bitácora: sello {sello} · {huella}")


def orden_anotar(args) -> None:
    from ..servicios.correo import anotar

    anotar(oficina_de(args).contexto, args.destinatario, "rebotado" if args.rebotado else "recibido",
           args.rebotado or None)
    print("Anotado.")


def orden_confirmar(args) -> None:
    from ..servicios.correo import resolver_por_confirmar

    resolver_por_confirmar(oficina_de(args).contexto, args.mensaje, bool(args.salio))
    print("Queda enviado." if args.salio else "Vuelve a la bandeja: sale con «escritorio correo enviar».")


def orden_recibe(args) -> None:
    from ..servicios.correo import fijar_lo_que_recibe

    valor = fijar_lo_que_recibe(oficina_de(args).contexto, args.contacto, args.clases)
    print(f"El contacto {args.contacto} recibe: {valor.replace(',', ', ') if valor else 'nada'}.")


def orden_probar(args) -> None:
    from ..servicios.despacho import probar_cuenta_guardada

    texto = probar_cuenta_guardada(oficina_de(args).contexto, _clave(args))
    if args.json:
        imprimir_json({"conectada": True, "texto": texto})
    else:
        print(texto)


def orden_anular(args) -> None:
    from ..servicios.correo_enviado import anular_mensaje

    anular_mensaje(oficina_de(args).contexto, args.mensaje)
    print(f"El mensaje {args.mensaje} quedó anulado: no sale.")


def orden_alcance(args) -> None:
    from ..servicios.correo_enviado import alcance_de_la_sesion

    alcance = alcance_de_la_sesion(oficina_de(args).contexto, args.sesion, "acta" if args.acta else "convocatoria")
    if args.json:
        imprimir_json(None if alcance is None else {
            **alcance.__dict__, "primer_envio": alcance.primer_envio and alcance.primer_envio.isoformat(),
            "desde": alcance.desde and alcance.desde.isoformat()})
    elif alcance is None:
        print("Nunca se envió por correo." if not args.acta else "El acta nunca se envió por correo.")
    else:
        print(alcance.texto)
