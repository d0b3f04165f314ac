"""escritorio voto servir: la página de votación de una sesión, servida a los teléfonos de la sala (issue 85).

Arranca el servidor de voto (`servidor_de_voto.ServidorDeVoto`, el mismo que arranca la ventana) en una dirección de
esta máquina en la red de la oficina, dice la dirección que se proyecta y la huella del certificado, y sigue hasta
Ctrl+C o hasta que la sesión termina (celebrada). Las demás órdenes de la familia «voto» (códigos, urnas) están en
`cli/voto_electronico.py`; esta solo agrega «servir» (`agregar_servir`).
"""

import argparse
import sys
import time

from ..dominio.voto_electronico import PUERTO_DE_LA_SALA
from .argumentos import identificador
from .comun import con_asociacion, destino_de_servidor, oficina_de, ruta_base

EJEMPLOS = """\
ejemplos:
  escritorio voto servir --sesion 12 --direccion 192.168.0.10
  escritorio voto servir --sesion 12 --direccion 192.168.0.10 --puerto 9443
La dirección es una de esta máquina en la red de la oficina (10.x, 172.16–31.x, 192.168.x, enlace local o
127.0.0.1); nunca 0.0.0.0 ni una dirección pública. Sale con 0 al detenerse (Ctrl+C o la sesión celebrada) y con 1 y
el motivo si no puede arrancar."""
CADA_CUANTO = 2.0   # segundos entre una mirada y otra al estado de la sesión


def puerto(texto: str) -> int:
    from ..dominio.entrada import entero

    try:
        return entero(texto, minimo=1, maximo=65535, que="un puerto (un número de 1 a 65535, por ejemplo 8443)")
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def agregar_servir(acciones) -> None:
    """Agrega «servir» a las acciones de la familia «voto»."""
    servir = acciones.add_parser(
        "servir", help="sirve la página de votación a los teléfonos de la sala (hasta Ctrl+C)",
        description="Sirve la página de votación de la sesión, con HTTPS, en una sola dirección de esta máquina en "
                    "la red de la oficina. Cada delegación entra con su código («voto codigos») y vota lo que la "
                    "presidencia abre («voto abrir»). Muestra la dirección que se proyecta y la huella del "
                    "certificado, que cada teléfono compara con la que le muestra su navegador.",
        epilog=EJEMPLOS, formatter_class=argparse.RawDescriptionHelpFormatter)
    servir.add_argument("--sesion", type=identificador, required=True, metavar="SESION",
                        help="la sesión que se vota («sesiones listar»)")
    servir.add_argument("--direccion", required=True, metavar="IP",
                        help="una dirección de esta máquina en la red de la oficina, p. ej. 192.168.0.10")
    servir.add_argument("--puerto", type=puerto, default=PUERTO_DE_LA_SALA, metavar="PUERTO", help="8443 si no se indica")
    con_asociacion(servir)
    servir.set_defaults(funcion=orden_voto_servir)


def _terminada(contexto, sesion_id: int) -> bool:
    from ..servicios.sesiones import sesion_de_la_asociacion

    return sesion_de_la_asociacion(contexto, sesion_id)["estado"] == "celebrada"


def orden_voto_servir(args) -> int:
    from ..errores import ErrorEscritorio
    from ..servidor_de_voto.servidor import ServidorDeVoto

    oficina = oficina_de(args)
    if _terminada(oficina.contexto, args.sesion):   # también: que la sesión sea de la asociación
        raise ErrorEscritorio(f"La sesión {args.sesion} ya se celebró: no se vota más en ella.")
    servidor = ServidorDeVoto(destino_de_servidor(args) or ruta_base(args), args.sesion, args.direccion, args.puerto)
    servidor.iniciar()
    try:
        print(f"Votación de la sesión {args.sesion} en {servidor.url}")
        print(f"Huella del certificado (SHA-256): {servidor.huella}")
        print("Los teléfonos entran a esa dirección; el navegador avisa que el certificado no lo firmó una autoridad: "
              "la huella que muestra debe ser la de arriba. Ctrl+C para detener.", flush=True)
        while servidor.escuchando() and not _terminada(oficina.contexto, args.sesion):
            time.sleep(CADA_CUANTO)
    except KeyboardInterrupt:
        pass
    finally:
        servidor.detener()
    print("Servidor de voto detenido.", file=sys.stderr)
    return 0
