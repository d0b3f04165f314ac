"""«servidor»: el modo servidor (una base compartida en PostgreSQL). Instalar una base vacía, subir la base local,
hacer una copia local, ponerla al día tras cambiar de versión y crear los logins de quienes trabajan en ella.

La dirección del servidor es la de PostgreSQL: postgresql://USUARIO@EQUIPO:5432/BASE. La clave se toma de la
dirección, de PGPASSWORD o, en una consola, se pide (sin mostrarla).
"""

import getpass
import os
import sys

from ..errores import ErrorEscritorio
from .comun import con_clave

PAPELES = ("secretaria", "tesoreria", "consulta")


def agregar_ordenes(ordenes) -> None:
    servidor = ordenes.add_parser("servidor", help="base compartida en un servidor PostgreSQL", description=(
        "El modo servidor: varias personas sobre una base en PostgreSQL. URL es la dirección de la base, por "
        "ejemplo postgresql://ana@192.168.0.10:5432/escritorio"))
    sub = servidor.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    instalar = sub.add_parser("instalar", help="prepara una base vacía del servidor", description=(
        "Instala en una base vacía del servidor el esquema de Escritorio, sus reglas y los papeles "
        "(secretaria, tesoreria, consulta). Para empezar de cero; para llevar los datos de siempre, «subir»."))
    instalar.add_argument("url", metavar="URL")
    instalar.set_defaults(funcion=orden_servidor_instalar)
    subir = sub.add_parser("subir", help="lleva la base local a una base vacía del servidor", description=(
        "Copia la base local (--db o la de siempre) a una base vacía del servidor y prueba que llegó entera: "
        "las filas de cada tabla, la cadena de la bitácora y las huellas de las actas aprobadas. Todo o nada; "
        "la base local no se modifica."))
    subir.add_argument("url", metavar="URL")
    subir.set_defaults(funcion=orden_servidor_subir)
    copia = sub.add_parser("copia", help="copia la base del servidor a un archivo local", description=(
        "Hace un archivo de Escritorio nuevo con la base del servidor, comprobado igual que «subir». "
        "Nunca reemplaza un archivo existente."))
    copia.add_argument("url", metavar="URL")
    copia.add_argument("destino", metavar="DESTINO", help="archivo nuevo (.db)")
    copia.set_defaults(funcion=orden_servidor_copia)
    actualizar = sub.add_parser("actualizar", help="pone al día una base del servidor en una base nueva", description=(
        "Para una base del servidor hecha con una versión anterior de Escritorio: la copia, le aplica los cambios "
        "del esquema de esta versión (con sus datos) y la sube a URL_NUEVA, una base vacía del servidor, con la misma "
        "prueba que «subir». URL no se modifica; después, la oficina se conecta a URL_NUEVA."))
    actualizar.add_argument("url", metavar="URL")
    actualizar.add_argument("url_nueva", metavar="URL_NUEVA")
    actualizar.set_defaults(funcion=orden_servidor_actualizar)
    reforzar = sub.add_parser("reforzar", help="lleva a una base del servidor las defensas de esta versión",
                              description=(
        "Para una base del servidor que ya está al día (las mismas migraciones que este programa): vuelve a escribir "
        "sus funciones y sus permisos como los trae esta versión (funciones que no leen tablas temporales, nadie crea "
        "tablas temporales, el correo enviado y los extractos importados no se reescriben). No cambia ningún dato; se "
        "puede repetir. Lo hace quien administra el servidor. Repítalo también en cada base copiada con CREATE "
        "DATABASE … TEMPLATE: los permisos sobre la base no viajan con la copia."))
    reforzar.add_argument("url", metavar="URL")
    reforzar.set_defaults(funcion=orden_servidor_reforzar)
    llevar = sub.add_parser("llevar", help="lleva una sesión para trabajarla sin conexión", description=(
        "Marca la sesión en el servidor como llevada (nadie más la modifica hasta que vuelva) y hace una copia local "
        "(DESTINO) para tomar asistencia, votar y redactar el acta sin conexión. Abra la copia con --db DESTINO "
        "(o en la ventana) y, al volver, «escritorio servidor devolver»."))
    llevar.add_argument("url", metavar="URL")
    llevar.add_argument("sesion", metavar="SESION", type=int, help="número (id) de la sesión")
    llevar.add_argument("destino", metavar="DESTINO", help="archivo nuevo (.db) para la copia")
    llevar.set_defaults(funcion=orden_servidor_llevar)
    devolver = sub.add_parser("devolver", help="devuelve al servidor una sesión llevada", description=(
        "Lleva al servidor, en una transacción, lo registrado en la copia de viaje (COPIA) para su sesión, después de "
        "comprobar que en el servidor nadie la tocó; quita la marca. Una sesión que no se llevó no se devuelve."))
    devolver.add_argument("url", metavar="URL")
    devolver.add_argument("copia", metavar="COPIA", help="la copia hecha con «servidor llevar»")
    devolver.set_defaults(funcion=orden_servidor_devolver)
    cancelar = sub.add_parser("cancelar-viaje", help="cancela el viaje de una sesión llevada, con un motivo", description=(
        "Para una sesión llevada que no va a volver (la copia se perdió, se dañó o tiene cambios que no se devuelven): "
        "el servidor vuelve a admitir cambios en ella y lo registrado en la copia ya no vuelve. Lo hace alguien con el "
        "papel de secretaría (quien la llevó u otra persona); el motivo queda en la bitácora con su usuario."))
    cancelar.add_argument("url", metavar="URL")
    cancelar.add_argument("sesion", metavar="SESION", type=int, help="número (id) de la sesión llevada")
    cancelar.add_argument("--motivo", required=True, help="por qué se cancela (queda en la bitácora)")
    cancelar.add_argument("--copia", metavar="COPIA", help="la copia de viaje, si está en este equipo: su constancia "
                          "pasa a .viaje.cancelada y ya no se ofrece devolverla")
    cancelar.set_defaults(funcion=orden_servidor_cancelar_viaje)
    usuario = sub.add_parser("usuario", help="crea el login de una persona", description=(
        "Crea en el servidor el login de una persona con su papel: secretaria (todo), tesoreria (cuotas y "
        "pagos) o consulta (solo leer). Lo hace quien administra el servidor. La clave nueva se pide dos veces "
        "(o se toma de ESCRITORIO_CLAVE_NUEVA)."))
    usuario.add_argument("url", metavar="URL")
    usuario.add_argument("nombre", metavar="NOMBRE")
    usuario.add_argument("--papel", choices=PAPELES, required=True)
    usuario.set_defaults(funcion=orden_servidor_usuario)


def orden_servidor_instalar(args) -> None:
    from ..servicios.servidor import instalar_base

    con_clave(lambda clave: instalar_base(args.url, clave=clave))
    print("Base del servidor lista: esquema, reglas y papeles instalados. Cree los logins con "
          "«escritorio servidor usuario».")


def _resumen(prueba) -> str:
    cabeza = f", termina en la huella {prueba.cabeza[:16]}…" if prueba.cabeza else ""
    return (f"Comprobado: {prueba.total} filas en {len(prueba.filas)} tablas, iguales en los dos lados; la bitácora "
            f"verifica ({prueba.sellos} sellos{cabeza}); {prueba.actas} actas aprobadas con la misma huella.")


def orden_servidor_subir(args) -> None:
    from ..servicios.servidor import subir_base
    from .comun import ruta_base

    ruta = ruta_base(args)
    prueba = con_clave(lambda clave: subir_base(ruta, args.url, clave=clave))
    print(f"Base {ruta} subida al servidor.")
    print(_resumen(prueba))
    print("La base local quedó como estaba. Desde ahora trabaje sobre el servidor: si sigue escribiendo en la "
          "local, esos cambios no llegan al servidor.")


def orden_servidor_copia(args) -> None:
    from ..salida import comprobar_nombre
    from ..servicios.servidor import copiar_base

    comprobar_nombre(args.destino, "la copia", "no se hizo la copia")
    prueba = con_clave(lambda clave: copiar_base(args.url, args.destino, clave=clave))
    print(f"Copia local creada: {args.destino}")
    print(_resumen(prueba))


def orden_servidor_actualizar(args) -> None:
    from ..servicios.servidor import actualizar_base

    prueba = con_clave(lambda clave: actualizar_base(args.url, args.url_nueva, clave=clave))
    from ..datos.postgres.conexion import sin_clave

    print(f"Base del servidor puesta al día en {sin_clave(args.url_nueva)}.")
    print(_resumen(prueba))
    print(f"{sin_clave(args.url)} quedó como estaba. Desde ahora todos se conectan a {sin_clave(args.url_nueva)}.")


def orden_servidor_reforzar(args) -> None:
    from ..datos.postgres.conexion import sin_clave
    from ..servicios.servidor import reforzar_base

    refuerzo = con_clave(lambda clave: reforzar_base(args.url, clave=clave))
    print(f"Base del servidor {sin_clave(args.url)} reforzada: {refuerzo.funciones} funciones escritas de nuevo, "
          "cada una con su ruta de búsqueda fija; papeles y permisos al día.")
    if refuerzo.sin_ruta_fija:
        print("Funciones del esquema public que siguen sin ruta de búsqueda fija (no son de Escritorio): "
              + ", ".join(refuerzo.sin_ruta_fija) + ". Revíselas: una tabla temporal puede hacerles sombra.")
    if refuerzo.con_temporales:
        print("Todavía pueden crear tablas temporales: " + ", ".join(refuerzo.con_temporales) + ". Quien es dueño "
              "de la base lo quita con REVOKE TEMPORARY ON DATABASE … FROM PUBLIC.")
    if refuerzo.sin_ruta_fija or refuerzo.con_temporales:
        sys.exit(1)
    print("Nadie con un papel de Escritorio puede crear tablas temporales en esta base.")


def orden_servidor_usuario(args) -> None:
    from ..servicios.servidor import crear_usuario

    nueva = os.environ.get("ESCRITORIO_CLAVE_NUEVA")
    if nueva is None:
        if not sys.stdin.isatty():
            raise ErrorEscritorio("Falta la clave nueva: escríbala en una consola (se pide dos veces) o póngala "
                                  "en la variable ESCRITORIO_CLAVE_NUEVA.")
        nueva = getpass.getpass(f"Clave nueva para «{args.nombre}»: ")
        if getpass.getpass("Repítala: ") != nueva:
            raise ErrorEscritorio("Las dos claves no coinciden: no se creó el usuario.")
    con_clave(lambda clave: crear_usuario(args.url, args.nombre, nueva, args.papel, clave=clave))
    print(f"Usuario «{args.nombre}» creado en el servidor con el papel {args.papel}.")


def orden_servidor_llevar(args) -> None:
    from ..salida import comprobar_nombre
    from ..servicios.viaje import llevar_sesion

    comprobar_nombre(args.destino, "la copia de viaje", "no se llevó la sesión")
    copia = con_clave(lambda clave: llevar_sesion(args.url, args.sesion, args.destino, clave=clave))
    print(f"Sesión {args.sesion} llevada: en el servidor queda de solo lectura hasta que vuelva.")
    print(f"Trabaje sin conexión con la copia: escritorio --db {copia} … (o ábrala en la ventana).")
    from ..datos.postgres.conexion import sin_clave

    print(f"Al volver: escritorio servidor devolver {sin_clave(args.url)} {copia}")


def orden_servidor_devolver(args) -> None:
    from ..salida import comprobar_nombre
    from ..servicios.viaje import devolver_sesion

    comprobar_nombre(args.copia, "la copia de viaje", "no se devolvió nada")
    cuenta = con_clave(lambda clave: devolver_sesion(args.url, args.copia, clave=clave))
    print(f"Sesión devuelta al servidor: {cuenta['agregadas']} filas agregadas, {cuenta['cambiadas']} cambiadas y "
          f"{cuenta['borradas']} borradas. Ya se puede modificar en el servidor.")
    if cuenta["documentos"]:
        print(f"Documentos emitidos en la copia, registrados en el servidor: {cuenta['documentos']} (sus códigos de "
              "verificación valen allá).")


def orden_servidor_cancelar_viaje(args) -> None:
    from ..servicios.viaje import cancelar_viaje

    viaje = con_clave(lambda clave: cancelar_viaje(args.url, args.sesion, args.motivo, clave=clave, copia=args.copia))
    print(f"Viaje de la sesión {args.sesion} cancelado por {viaje['cancelada_por']} (motivo: "
          f"{viaje['motivo_cancelacion']}). Ya se puede modificar en el servidor; lo registrado en la copia de viaje "
          "no vuelve: hágalo sobre el servidor.")
