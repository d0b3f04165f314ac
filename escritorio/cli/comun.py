"""Lo que comparten las órdenes: abrir la base de la orden (principal la cierra al terminar), elegir la
asociación, --asociacion y --json, la orden exacta para copiar y pegar y el estado de salida 3."""

import json
import os
import sys
from pathlib import Path

from ..dominio import formato
from ..errores import ErrorEscritorio

SALIDA_GUARDADO_SIN_ARCHIVO = 3  # ver el docstring del paquete (cli/__init__.py)


def con_asociacion(parser) -> None:
    """Agrega --asociacion a una acción que trabaja sobre una asociación de la base."""
    parser.add_argument("--asociacion", metavar="SIGLA", help="la asociación (si la base tiene más de una)")


def con_json(parser):
    """Agrega --json (salida para programas) a una acción; devuelve la acción."""
    parser.add_argument("--json", action="store_true", help="salida en JSON")
    return parser


def citar(texto: str) -> str:
    """Un argumento tal como hay que escribirlo en la consola de este sistema."""
    if os.name == "nt":
        return f'"{texto}"' if " " in texto else texto
    import shlex

    return shlex.quote(texto)


def orden_exacta(args, *resto) -> str:
    """«escritorio [--db RUTA] resto…» con las comillas que hagan falta (para copiar y pegar). La dirección de un
    servidor va sin su clave: la orden queda en la pantalla (y en lo que se copia de ella); la clave se pide aparte."""
    base = str(args.db) if args.db else None
    if base is not None and destino_de_servidor(args) is not None:
        from ..datos.postgres.conexion import sin_clave

        base = sin_clave(base)
    partes = ["escritorio"] + (["--db", citar(base)] if base else [])
    return " ".join(partes + [citar(str(r)) for r in resto])


def destino_de_servidor(args) -> str | None:
    """La dirección postgresql://… de --db o ESCRITORIO_DB (el modo servidor), o None si la base es un archivo."""
    from ..datos.postgres import es_url_de_servidor
    from ..rutas import VARIABLE_BASE

    destino = args.db or os.environ.get(VARIABLE_BASE, "").strip()
    return destino.strip() if es_url_de_servidor(destino) else None


def _sin_servidor(args) -> None:
    """Las órdenes que trabajan sobre el archivo de la base (los respaldos) no tienen sentido en el modo servidor."""
    if destino_de_servidor(args) is None:
        return
    if getattr(args, "orden", None) == "respaldo":
        from ..dominio.traduccion import traducir
        from ..servicios.respaldo import RESPALDOS_DEL_SERVIDOR

        raise ErrorEscritorio(traducir(RESPALDOS_DEL_SERVIDOR))
    raise ErrorEscritorio(
        "Esta orden trabaja sobre el archivo de una base de este equipo, y --db (o ESCRITORIO_DB) indica un "
        "servidor. Indique el archivo con --db ARCHIVO.")


def con_clave(hacer):
    """Hace `hacer(clave)`; si el servidor pide una clave y hay una consola, la pide y vuelve a intentar."""
    import getpass

    from ..errores import ErrorClaveDelServidor

    try:
        return hacer(None)
    except ErrorClaveDelServidor as error:
        if not sys.stdin.isatty():
            raise
        print(error.mensaje, file=sys.stderr)
        return hacer(getpass.getpass("Clave del servidor: "))


def ruta_base(args) -> Path:
    from ..rutas import expandir, ruta_base_por_defecto

    _sin_servidor(args)
    return expandir(args.db) if args.db else ruta_base_por_defecto()


def abrir_base_de(args, *, crear: bool = False):
    """Ver `_abrir_base_de`; con --simular, la apertura misma no la vigila la simulación (es la de cualquier orden) y la
    base abierta entra en ella (cli/simulacion.py)."""
    simulacion = getattr(args, "simulacion", None)
    if simulacion is None:
        return _abrir_base_de(args, crear=crear)
    with simulacion.abriendo():   # también la comprobación que la primera escritura exige, si quedó pendiente
        db = _abrir_base_de(args, crear=crear)
        simulacion.abrir(db)
    return db


def _abrir_base_de(args, *, crear: bool = False):
    """La base de la orden. Solo «asociacion crear» y «demo» crean una base nueva (`crear`); las demás, sobre
    una ruta sin base (inexistente o de 0 bytes), fallan diciendo cómo crearla, sin crear ni tocar nada.
    La conexión se cierra al terminar la orden (`principal`).
    Una base abierta solo para consultar (versión más nueva, disco lleno) se avisa por la salida de errores."""
    from ..datos.conexion import hay_base
    from ..rutas import VARIABLE_BASE
    from ..servicios.base import abrir_base

    url = destino_de_servidor(args)
    if url is not None:  # el modo servidor: la base ya existe allí (la prepara «escritorio servidor instalar»)
        if getattr(args, "orden", None) == "respaldo":
            _sin_servidor(args)
        from ..servicios.base import abrir_en_el_servidor

        db = con_clave(lambda clave: abrir_en_el_servidor(url, clave))
        return _abierta(args, db)
    ruta = ruta_base(args)
    if getattr(args, "simulacion", None) is not None and not hay_base(ruta):
        raise ErrorEscritorio(
            f"No hay una base en {ruta}: con --simular no se crea una (no se creó ni se modificó nada). Simule la "
            "orden sobre una base que ya existe, o córrala sin --simular para crearla.")
    if not crear and not hay_base(ruta):
        que = (f"{ruta} está vacío (0 bytes): no es una base de datos de Escritorio" if ruta.is_file() else
               f"No existe la base de datos {ruta}")
        recuperar = ""
        if ruta.is_file():  # una base que quedó en 0 bytes (un corte de luz, una copia fallida) se recupera
            from ..servicios.respaldo import respaldo_para_recuperar

            if respaldo_para_recuperar(ruta) is not None:
                recuperar = (" Si allí estaba su base y quedó vacía, recupérela del último respaldo con "
                             f"«{orden_exacta(args, 'respaldo', 'recuperar')}».")
        raise ErrorEscritorio(
            f"{que}. No se creó ni se modificó nada.{recuperar} Para crear allí una base nueva: "
            f"«{orden_exacta(args, 'asociacion', 'crear', '--nombre', 'NOMBRE', '--sigla', 'SIGLA')}» "
            f"(o «{orden_exacta(args, 'demo')}» para la red de ejemplo); si su base está en otro lugar, "
            "indíquela con --db RUTA.")
    nueva = crear and not hay_base(ruta)
    db = _abierta(args, abrir_base(ruta, crear=crear))
    if nueva and not args.db and not os.environ.get(VARIABLE_BASE, "").strip():
        # Sin --db ni ESCRITORIO_DB la base va a la carpeta de datos del usuario (o a la del modo portátil): quien
        # la creó desde la consola no la pidió en ningún lugar, así que se le dice dónde quedó (sin tocar la salida
        # normal, que puede ser --json).
        print(f"Base de datos nueva creada en {ruta} (la carpeta de datos de Escritorio; la ventana y las órdenes "
              "sin --db la usan). Para tenerla en otro lugar: --db RUTA o la variable ESCRITORIO_DB.",
              file=sys.stderr)
    return db


def _abierta(args, db):
    from ..datos.conexion import solo_lectura

    motivo = solo_lectura(db)
    if motivo is not None:
        print(f"AVISO: {motivo.aviso}", file=sys.stderr)
    if db.estado.aviso_del_testigo:
        print(f"AVISO: {db.estado.aviso_del_testigo}", file=sys.stderr)
    args.bases_abiertas.append(db)  # principal las cierra al terminar la orden
    return db


def asociacion_de(db, args) -> dict:
    from ..servicios.eleccion_de_asociacion import elegir_asociacion

    return elegir_asociacion(db, getattr(args, "asociacion", None))


def oficina_de(args):
    """La oficina de la orden (servicios/oficina.py, la misma clase que usa la ventana): la base abierta y la
    asociación elegida (--asociacion o la única). Sus servicios reciben `oficina.contexto`."""
    from ..servicios.oficina import Oficina

    db = abrir_base_de(args)
    oficina = Oficina(db, asociacion_de(db, args))
    resolver_referencias(args, oficina.contexto)
    return oficina


def resolver_referencias(args, contexto) -> None:
    """Los puntos («3:2») y las resoluciones («5/2026») de los argumentos (cli/argumentos.punto y .resolucion),
    cambiados por sus ids internos: todas las órdenes los reciben así, en un solo lugar. Si el módulo de las
    referencias no se importó, ningún argumento es una (solo las crean los tipos de argumentos.py, que lo importan)."""
    if f"{__package__.rpartition('.')[0]}.dominio.referencias" not in sys.modules:
        return
    from ..dominio.referencias import ReferenciaDePunto, ReferenciaDeResolucion
    from ..servicios.referencias import id_de_la_resolucion, id_del_punto

    for nombre, valor in list(vars(args).items()):
        if isinstance(valor, ReferenciaDePunto):
            setattr(args, nombre, id_del_punto(contexto, valor))
        elif isinstance(valor, ReferenciaDeResolucion):
            setattr(args, nombre, id_de_la_resolucion(contexto, valor))


def contexto_de(args):
    """El `Contexto` de los servicios para una orden: el de su oficina."""
    return oficina_de(args).contexto


def fecha_escrita(iso: str | None) -> str:
    """«2026-12-10» (o una fecha y hora ISO) -> «10/12/2026», como las órdenes muestran las fechas; sin fecha, «—»."""
    return formato.fecha(iso, vacio="—")


def imprimir_json(datos) -> None:
    print(json.dumps(datos, ensure_ascii=False, indent=2))
