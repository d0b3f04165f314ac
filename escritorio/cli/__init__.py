"""Línea de órdenes de Escritorio. Analiza, llama a un servicio e imprime. Nunca importa Qt: la ventana la abre
`escritorio/__main__.py`, que le pasa a `principal` la función que la abre (`ventana`) para cuando no hay orden.

Estados de salida: 0 bien, 1 error de datos (mensaje en castellano; no se guardó nada), 2 error de uso,
3 lo pedido SÍ se guardó en la base pero no se pudo escribir el archivo de salida (por ejemplo el recibo de
«pagos registrar --recibo» o uno de los de «pagos importar --recibos»): el mensaje lo dice por separado y da la orden exacta para generarlo de nuevo
(no repita la orden original: registraría otra vez).
4 y 5 en «firma verificar»: 4 las firmas están íntegras pero algún certificado no se pudo validar contra una
autoridad de confianza; 5 alguna firma está alterada (ver cli/firmas.py).
4 a 8 en «documento verificar»: 0 auténtico y vigente, 4 auténtico pero reemplazado, 5 alterado o desconocido, 8 sin
prueba de su fecha (ver cli/documentos.py).

Un módulo por área; cada uno agrega sus órdenes con `agregar_ordenes(ordenes)` y tiene sus funciones `orden_…`:
  argumentos.py   el Analizador (argparse en castellano) y los tipos de argumento (fecha, id, cantidad, fracción…)
  comun.py        abrir la base de la orden, elegir la asociación, --asociacion, --json, la orden exacta, estado 3
  asociacion.py   demo, asociacion            miembros.py     miembros
  cuotas.py       cuotas                      pagos.py        pagos
  extractos.py    pagos importar (los cobros de un extracto bancario: plan, preguntas, todo o nada)
  organos.py      organos, unidades           reglas.py       organos reglas
  organos_alta.py organos crear, designar, terminar-mandato, mandatos, quitar-regla;
                  unidades actividad, actividades, informe
  ficha.py        miembros agregar, editar, poblacion, autoridad, reactivar, contacto(s), quitar-contacto, eliminar
  estatutos.py    estatutos                   sesiones.py     sesiones (listar, archivos, elecciones), resoluciones
  reunion.py      sesiones convocar, puntos, invitado, celebrada, borrador
  aprobacion_de_actas.py  sesiones punto-aprobacion-acta, aprobar-acta
  votaciones.py   sesiones asistencia, votar, resolucion
  mociones.py     mociones (presentar, listar, ver, admitir, no-admitir, retirar, derivar, aplazar, retomar)
  sala.py         sala reglas (el plazo de las mociones, los tiempos de palabra, el orden de las enmiendas)
  firmas.py       firma                       documentos.py   documento verificar, resoluciones pdf
  bitacora.py     bitacora, verificar         respaldo.py     respaldo
  deshacer.py     deshacer, rehacer (el último cambio reversible propio, como Edición › Deshacer)
  servidor.py     servidor (instalar, subir, copia, usuario): el modo servidor en PostgreSQL
  busqueda.py     buscar (en miembros, sesiones, resoluciones, artículos y pagos; la paleta Ctrl+K de la ventana)
  convenios.py    convenios (registro de convenios y hermanamientos: partes, plazos, obligaciones, PDF, Excel)
  agenda.py       agenda (los próximos pasos, con la orden que hace cada uno: el panel de Inicio)
  memoria.py      memoria (la memoria anual en PDF/A y Excel, y los textos de la secretaría)
  plan_de_trabajo.py  unidades editar-actividad, estado-actividad, informe-actividad, pdf-informe, atrasadas
  enmiendas.py    enmiendas (a una moción: presentar, listar con su comparación, admitir, orden de votación)
  votos_de_la_sala.py  votos (la sala: cada enmienda, la moción y adoptarla como resolución o declaración)
  bloques_de_mocion.py  bloques (los bloques de mociones de una sesión, votadas juntas: crear, agregar, votar)
  oradores.py     oradores (la lista de oradores de un punto o de una moción: pedir y dar la palabra, cerrarla)
  lote.py         lote (muchas órdenes de un archivo en un proceso; cada una corre por `_correr_una`, como sola)
  simulacion.py   el --simular de todas las órdenes (la que no tiene el suyo): corre la orden y deshace todo
"""

import codecs
import contextlib
import importlib
import os
import sys
import unicodedata
from collections.abc import Callable

from .. import __version__
from ..dominio import puerta
from ..errores import ErrorEscritorio
from .argumentos import Analizador
from .comun import orden_exacta


# --- La salida en una consola que no es UTF-8 (issue 84 §2): la cp850 o la cp1252 de Windows sin el modo UTF-8, o
# `PYTHONIOENCODING=cp850`. Aquí y no en un módulo aparte: toda orden (y la ventana sin orden) lo carga, y cada módulo
# más lo paga cada arranque (tests/cli/test_arranque_liviano.py). Lo que la página de códigos no tiene sale como una
# letra que se lee, nunca como un traceback: «ẽ» como «e», «№» como «No», «—» como «-» (la descomposición compatible
# de Unicode, sin sus marcas); lo que no tiene equivalente, como «?». Los bytes de un argumento que no eran texto (los
# sustitutos que deja surrogateescape) salen como \xNN.
ERRORES_LEGIBLES = "escritorio-legible"
# Lo que la descomposición no resuelve y una consola de Windows muestra mal; el resto, «?».
_EQUIVALENTES = {"—": "-", "–": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...", "€": "EUR", "•": "*",
                 "«": '"', "»": '"'}


def _se_puede(texto: str, codificacion: str) -> bool:
    try:
        texto.encode(codificacion)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _equivalente(caracter: str, codificacion: str) -> str:
    if 0xDC80 <= ord(caracter) <= 0xDCFF:   # un byte que no era texto (surrogateescape)
        return f"\\x{ord(caracter) - 0xDC00:02x}"
    for candidato in (_EQUIVALENTES.get(caracter, ""), unicodedata.normalize("NFKC", caracter),
                      "".join(c for c in unicodedata.normalize("NFKD", caracter) if not unicodedata.combining(c))):
        if candidato and _se_puede(candidato, codificacion):
            return candidato
    return "?"


def _legible(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    trozo = error.object[error.start:error.end]
    return "".join(_equivalente(c, error.encoding) for c in trozo), error.end


codecs.register_error(ERRORES_LEGIBLES, _legible)


def preparar_la_consola() -> None:
    """La salida y los errores con `ERRORES_LEGIBLES`: lo que la consola no puede mostrar se sustituye, no rompe."""
    for flujo in (sys.stdout, sys.stderr):
        if hasattr(flujo, "reconfigure"):
            flujo.reconfigure(errors=ERRORES_LEGIBLES)


# Cada orden y la función que la agrega (módulo, función), en el orden de la ayuda. Para correr una orden se importa
# y se arma solo su módulo: importar y armar todas costaba 10-15 ms en cada orden. La ayuda y una orden desconocida
# (el mensaje lista las válidas) arman todas.
REGISTRO = {
    "demo": ("asociacion", "agregar_ordenes"), "asociacion": ("asociacion", "agregar_ordenes"),
    "miembros": ("miembros", "agregar_ordenes"),
    "cuotas": ("cuotas", "agregar_ordenes"),
    "pagos": ("pagos", "agregar_ordenes"),
    "organos": ("organos", "agregar_ordenes"),
    "estatutos": ("estatutos", "agregar_ordenes"),
    "unidades": ("organos", "agregar_unidades"),
    "sesiones": ("sesiones", "agregar_ordenes"), "resoluciones": ("sesiones", "agregar_ordenes"),
    "mociones": ("mociones", "agregar_ordenes"), "sala": ("sala", "agregar_ordenes"),
    "firma": ("firmas", "agregar_ordenes"),
    "bitacora": ("bitacora", "agregar_ordenes"), "verificar": ("bitacora", "agregar_ordenes"),
    "deshacer": ("deshacer", "agregar_ordenes"), "rehacer": ("deshacer", "agregar_ordenes"),
    "documento": ("documentos", "agregar_ordenes"),
    "respaldo": ("respaldo", "agregar_ordenes"),
    "servidor": ("servidor", "agregar_ordenes"),
    "buscar": ("busqueda", "agregar_ordenes"),
    "publicar": ("publicar", "agregar_ordenes"),
    "correo": ("correo", "agregar_ordenes"),
    "convenios": ("convenios", "agregar_ordenes"),
    "agenda": ("agenda", "agregar_ordenes"),
    "memoria": ("memoria", "agregar_ordenes"),
    "indicadores": ("indicadores", "agregar_ordenes"),
    "oradores": ("oradores", "agregar_ordenes"),
    "lote": ("lote", "agregar_ordenes"),
    "enmiendas": ("enmiendas", "agregar_ordenes"),
    "votos": ("votos_de_la_sala", "agregar_ordenes"),
    "voto": ("voto_electronico", "agregar_ordenes"),
    "bloques": ("bloques_de_mocion", "agregar_ordenes"),
    "personas": ("personas", "agregar_ordenes"),
    "derechos": ("derechos", "agregar_ordenes"),
    "consentimientos": ("consentimientos", "agregar_ordenes"),
}
_CON_VALOR = ("--db", "--operador", "--idioma")  # opciones generales que llevan un valor a continuación

EJEMPLOS = """\
ejemplos:
  escritorio demo                                  carga la red de ejemplo
  escritorio asociacion crear --nombre "Red de Municipios del Litoral" --sigla RML --paises "AR:pleno,UY:asociado"
  escritorio miembros importar padron.xlsx         importa o actualiza miembros (todo o nada)
  escritorio miembros exportar padron.xlsx         planilla que se puede volver a importar
  escritorio miembros padron padron.pdf            padrón impreso, agrupado por país
  escritorio buscar "sao paulo"                    busca en miembros, sesiones, resoluciones, artículos y pagos
  escritorio --idioma pt sesiones acta 12 ata.pdf  un documento en portugués (o es: castellano)
  escritorio --db C:\\datos\\red.db miembros listar  usa otra base de datos
  escritorio organos designar Consejo --miembro 12 --cargo titular --desde 2027-01-01 --simular
                                                   cualquier orden con --simular al final: la corre y deshace
                                                   todo (no se guarda nada); ver «Simular una orden» en docs/cli.md
"""


def orden_pedida(argv: list[str]) -> str | None:
    """La orden de ARGV (la primera palabra que no es una opción general ni su valor); "" si no hay ninguna (la
    ventana: no hace falta armar ninguna orden), o None si se pide la ayuda general antes de la orden (lista todas)."""
    saltar = False
    for palabra in argv:
        if saltar:
            saltar = False
        elif palabra in ("-h", "--help"):
            return None
        elif palabra in _CON_VALOR:
            saltar = True
        elif not palabra.startswith("-"):
            return palabra
    return ""


def construir_analizador(orden: str | None = None) -> Analizador:
    """Con `orden` conocida, solo esa orden (y las que su módulo agrega con ella); con "" (sin orden: la ventana),
    solo las opciones generales (armar todas las órdenes son ~30 ms del arranque); si no, todas."""
    raiz = Analizador(
        prog="escritorio",
        description="Escritorio: la secretaría de una asociación de municipios. Sin orden, abre la ventana.",
        epilog=EJEMPLOS)
    raiz.add_argument("--db", metavar="RUTA", help="archivo de base de datos (por defecto, ESCRITORIO_DB o la carpeta de datos del usuario); "
                      "una dirección postgresql://… es una base en un servidor («escritorio servidor --help»)")
    raiz.add_argument("--operador", metavar="NOMBRE", help="nombre de quien opera, para la bitácora de cambios")
    raiz.add_argument("--idioma", choices=("es", "pt"), help="idioma de los documentos que escribe la orden: es "
                      "(castellano) o pt (portugués); por omisión, el de la asociación. Los mensajes de la línea de "
                      "órdenes quedan en castellano")
    raiz.add_argument("--version", action="version", version=f"Escritorio {__version__}", help="muestra la versión y termina")
    ordenes = raiz.add_subparsers(dest="orden", title="órdenes", metavar="ORDEN")

    if orden == "":
        agregadores = []
    else:
        agregadores = [REGISTRO[orden]] if orden in REGISTRO else list(dict.fromkeys(REGISTRO.values()))
    for modulo, funcion in agregadores:
        getattr(importlib.import_module(f".{modulo}", __name__), funcion)(ordenes)
    _cada_orden_con_su_analizador(raiz)
    return raiz


def _cada_orden_con_su_analizador(analizador) -> None:
    """Cada orden lleva `args.analizador` (el suyo), para que su función diga un error de uso con la ayuda de esa
    orden; así ninguna puede olvidarlo (lo olvidó «asociacion agrupacion --quitar --articulo»)."""
    for accion in analizador._subparsers._group_actions if analizador._subparsers else ():
        for hijo in {id(h): h for h in (getattr(accion, "choices", None) or {}).values()}.values():
            if hijo.get_default("analizador") is None:
                hijo.set_defaults(analizador=hijo)
            _cada_orden_con_su_analizador(hijo)


def _sello_de_tiempo_despues_de_escribir(args) -> None:
    """Si la orden escribió y la base tiene servidor de sello de tiempo, el sello de la cabeza (como mucho uno por día,
    con pocos segundos de espera; sin conexión, solo una nota: la escritura ya está hecha)."""
    from ..servicios.base import base_abierta

    for db in args.bases_abiertas:
        if base_abierta(db) and db.cambios_propios and not db.estado.simulada:   # una simulación no dejó nada
            from ..servicios.sello_que_toca import pedido_que_toca

            try:   # casi nunca toca: preguntarlo no carga el cliente de sello de tiempo
                if pedido_que_toca(db) is None:
                    continue
            except Exception:  # noqa: BLE001 - sellar_si_toca vuelve a preguntar y dice qué pasó, sin lanzar
                pass
            from ..servicios.sello_de_tiempo import sellar_si_toca

            nota = sellar_si_toca(db)
            if nota:
                print(nota, file=sys.stderr)


def _avisar_comprobacion_pendiente(args) -> None:
    """Si la orden guardó en una base grande que todavía no se comprobó entera (una copia, un respaldo restaurado, una
    base movida), una línea que lo dice y cómo hacerlo (datos/comprobacion_previa.py)."""
    from ..servicios.base import base_abierta, comprobacion_completa_pendiente, nombre_de_la_base

    for db in args.bases_abiertas:
        if base_abierta(db) and not db.estado.simulada and comprobacion_completa_pendiente(db):
            from .comun import orden_exacta

            print(f"Aviso: {nombre_de_la_base(db)} es un archivo nuevo para Escritorio (una copia, un respaldo "
                  "copiado a mano o una base movida de carpeta): antes de guardar se comprobó lo que esta orden toca, "
                  "y la comprobación completa de la base sigue pendiente. Para hacerla (una vez; después ninguna orden "
                  f"la repite): «{orden_exacta(args, 'verificar', '--archivo')}».", file=sys.stderr)


class _SinSecuencias:
    """Un flujo de texto que escribe lo que recibe sin caracteres de control (`entrada.para_la_consola`): la salida
    de errores siempre (mensajes que citan lo que se escribió), la salida normal solo si es una terminal (a un
    archivo o a otro programa va tal cual, byte a byte). Lo demás (flush, isatty, buffer…), el flujo de abajo.

    `antes`: lo que se hace antes de escribir. La salida de errores vacía primero la salida normal: a un archivo o a
    una tubería esta se guarda en bloques, y con «2>&1» un aviso escrito después de un listado salía antes que él."""

    def __init__(self, flujo, antes: Callable[[], None] | None = None):
        self._flujo = flujo
        self._antes = antes

    def write(self, texto: str) -> int:
        if self._antes is not None:
            self._antes()
        if not texto.isprintable():   # casi siempre por el salto de línea; el módulo, recién entonces
            from ..dominio.entrada import para_la_consola

            texto = para_la_consola(texto)
        return self._flujo.write(texto)

    def writelines(self, lineas) -> None:
        for linea in lineas:
            self.write(linea)

    def __getattr__(self, nombre: str):
        return getattr(self._flujo, nombre)


def _convencion_de_la_maquina():
    """La lee recién cuando hace falta (configuracion_regional carga locale y time): muchas órdenes no la piden."""
    from ..configuracion_regional import convencion_de_la_maquina

    return convencion_de_la_maquina()


def principal(argv: list[str] | None = None, *, ventana: Callable[[str | None], int] | None = None) -> int:
    """Ver `_principal`: lo mismo, con la terminal a salvo de las secuencias ESC/OSC que traiga un dato citado."""
    # Un argumento con bytes que no son texto, o una letra que la consola (cp850, cp1252) no tiene, no rompe la salida.
    preparar_la_consola()
    # Los números y las fechas que se muestran y se teclean, con la configuración regional de la máquina.
    from ..dominio import convencion_regional

    convencion_regional.instalar_lector(_convencion_de_la_maquina)
    salida, errores = sys.stdout, sys.stderr
    limpia_salida = _SinSecuencias(salida) if _es_terminal(salida) else salida
    limpia_errores = sys.stderr = _SinSecuencias(errores, antes=_vaciar_la_salida)
    sys.stdout = limpia_salida
    try:
        return _principal(argv, ventana=ventana)
    finally:   # si la orden cambió la salida (una tubería cortada la manda a devnull), queda la suya
        if sys.stdout is limpia_salida:
            sys.stdout = salida
        if sys.stderr is limpia_errores:
            sys.stderr = errores


_interrupcion = {"hubo": False}   # la última orden terminó por Ctrl+C (un lote no sigue con la próxima)


def _correr_una(argv: list[str]) -> int:
    """Una orden de un lote (cli/lote.py), igual que `escritorio ARGV` sola: el mismo análisis, la misma base abierta
    y cerrada con todas sus comprobaciones, los mismos mensajes y el mismo estado (la ayuda, 0; un error de uso, 2).
    Sin orden no abre la ventana, y otro lote no corre dentro de un lote. Si la orden se interrumpió con Ctrl+C,
    vuelve a lanzar KeyboardInterrupt: el lote se detiene."""
    pedida = orden_pedida(argv)
    if pedida == "lote":
        print("Una línea de un lote no puede ser otro «lote»: escriba sus órdenes en este mismo archivo.",
              file=sys.stderr)
        return 2
    if pedida == "":   # solo opciones generales: sola, abriría la ventana
        print("Falta la orden: la línea tiene solo opciones generales (--db, --operador, --idioma).", file=sys.stderr)
        return 2
    _interrupcion["hubo"] = False
    try:
        estado = _principal(argv)
    except SystemExit as salida:   # argparse: la ayuda o --version (0), un error de uso (2, con su mensaje ya escrito)
        if isinstance(salida.code, str):
            print(salida.code, file=sys.stderr)
        estado = salida.code if isinstance(salida.code, int) else (0 if salida.code is None else 2)
    if _interrupcion["hubo"]:
        raise KeyboardInterrupt
    return estado


def _vaciar_la_salida() -> None:
    """Escribe lo que la salida normal tiene guardado (para que un mensaje de error quede después, en su orden)."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):   # una tubería cortada o un archivo cerrado: el mensaje sale igual
        pass


def _es_terminal(flujo) -> bool:
    try:
        return flujo.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _principal(argv: list[str] | None = None, *, ventana: Callable[[str | None], int] | None = None) -> int:
    """`escritorio ARGV`: analiza, ejecuta la orden y devuelve el estado de salida (ver arriba). Sin orden llama a
    `ventana(ruta_de_la_base_o_None)`, que da `__main__` (aquí no se importa Qt); sin `ventana`, falta la orden
    (estado 2). Cierra la base que abrió la orden, el archivo del registro y el operador: se puede llamar varias
    veces en el mismo proceso (así lo hacen las pruebas)."""
    analizador = construir_analizador(orden_pedida(sys.argv[1:] if argv is None else [str(a) for a in argv]))
    # Lo que ninguna orden conoce es un error de uso, salvo --simular en una orden que no tiene el suyo: esa orden se
    # simula (cli/simulacion.py).
    args, sobrantes = analizador.parse_known_args(argv)
    simular = sobrantes == ["--simular"] and getattr(args, "funcion", None) is not None
    if sobrantes and not simular:
        analizador.error("argumentos no reconocidos: " + " ".join(sobrantes))
    funcion = getattr(args, "funcion", None)
    hay_orden = funcion is not None
    if funcion is None:
        if ventana is None:
            analizador.error("falta la orden (sin orden, «escritorio» abre la ventana)")
        funcion = lambda args: ventana(args.db)  # noqa: E731
    puerta_anterior = puerta.puerta_en_curso()
    if hay_orden:   # los mensajes dicen la orden que arregla algo, no el menú (dominio/puerta.py)
        puerta.fijar_del_proceso(puerta.LINEA_DE_ORDENES)
    args.bases_abiertas = []  # las que abre la orden (comun.abrir_base_de); se cierran al terminar
    args.correr_una = _correr_una  # «lote» corre cada línea con ella
    args.simulacion = None  # con --simular: la simulación en curso (comun.abrir_base_de le da cada base que abre)
    if simular:
        from .simulacion import Simulacion, no_se_simula, rechazo

        motivo = no_se_simula(args)
        if motivo is not None:
            print(rechazo(args, motivo), file=sys.stderr)
            return 2
        args.simulacion = Simulacion(args)
    orden = " ".join(sys.argv) if argv is None else " ".join(["escritorio", *map(str, argv)])
    try:
        if args.operador is not None:
            from ..servicios.base import fijar_operador
            from ..servicios.campos import LARGO_NOMBRE, texto

            fijar_operador(texto("--operador", args.operador, maximo=LARGO_NOMBRE))
        with args.simulacion or contextlib.nullcontext():
            if args.idioma is not None:   # los documentos, en el idioma pedido (los mensajes siguen en castellano)
                from ..servicios.idioma_de_los_documentos import idioma_pedido

                with idioma_pedido(args.idioma):
                    estado = funcion(args)
            else:
                estado = funcion(args)
        if args.simulacion is not None:   # con --json, la salida normal sigue siendo JSON: la línea va aparte
            print(args.simulacion.cierre(), file=sys.stderr if getattr(args, "json", False) else sys.stdout)
        _sello_de_tiempo_despues_de_escribir(args)
        _avisar_comprobacion_pendiente(args)
        return estado if isinstance(estado, int) else 0
    except ErrorEscritorio as error:
        from ..errores import ErrorBaseDanada

        mensaje = error.mensaje
        from .respaldo import orden_respaldo_recuperar

        if isinstance(error, ErrorBaseDanada) and funcion is not orden_respaldo_recuperar:
            exacta = orden_exacta(args, "respaldo", "recuperar")
            generica = "«escritorio respaldo recuperar»"
            mensaje = mensaje.replace(generica, f"«{exacta}»") if generica in mensaje else \
                f"{mensaje}\nPara recuperar la base: «{exacta}»."
        print(mensaje, file=sys.stderr)  # los datos citados ya vienen sin invisibles (entrada.muestra)
        return 1
    except BrokenPipeError:
        # La salida se cortó (por ejemplo `| head`): no es un error del usuario.
        sys.stdout = open(os.devnull, "w")
        return 0
    except KeyboardInterrupt:
        _interrupcion["hubo"] = True
        print("Interrumpido: no se modificó nada.", file=sys.stderr)
        return 1
    except OSError as error:  # red de seguridad: un archivo que ninguna orden previó (permiso, disco lleno…)
        from ..registro import registrar_inesperado
        from ..salida import mensaje_de_oserror

        try:
            registrar_inesperado(orden)
        except Exception:  # noqa: BLE001 - si el registro tampoco se puede escribir (disco lleno), basta el mensaje
            pass
        print(mensaje_de_oserror(error), file=sys.stderr)
        return 1
    except Exception as error:
        from ..datos.conexion import texto_no_utf8

        traducido = texto_no_utf8(error)  # una consulta que fuera de una transacción leyó bytes de otro programa
        if traducido is not None:
            print(traducido.mensaje, file=sys.stderr)
            return 1
        from ..registro import registrar_inesperado

        ruta = registrar_inesperado(orden)
        print(f"Lo sentimos: ocurrió un error inesperado. Los detalles quedaron en {ruta}.", file=sys.stderr)
        return 1
    finally:
        from ..servicios.base import cerrar_base, fijar_operador

        for db in args.bases_abiertas:
            cerrar_base(db)
        if args.operador is not None:
            fijar_operador(None)
        registro = sys.modules.get(f"{__package__.rpartition('.')[0]}.registro")
        if registro is not None:   # si nadie lo importó, no hay archivo que cerrar (importarlo cuesta ~5 ms)
            registro.cerrar_registro()
        # Una orden corrida dentro de otro programa (las pruebas, un guion en Python) deja la puerta como estaba.
        puerta.fijar_del_proceso(puerta_anterior)
