"""La supresión llega también a los respaldos que el programa hizo (issue 81 §2).

Cada respaldo de la carpeta de respaldos que todavía tiene datos de la persona (se buscan en sus bytes, como
`grep -a`) recibe la misma supresión que la base, como una escritura más de ese respaldo: la persona y la solicitud
(si el respaldo es anterior a ellas), cada fila que la supresión de la base anotó, con lo mismo que se hizo allí
(borrada o anonimizada), y sus valores de la bitácora sin valor ni sal. El respaldo sigue verificando: su bitácora
nombra la solicitud que suprimió, como la de la base. Después se reescribe (VACUUM), su huella (.sha256) se vuelve a
calcular y su testigo queda como estaba (la cabeza que tenía la base al copiarlo).

Un respaldo que no se puede tocar (de otra versión del programa, dañado, en uso, sin permiso) no se modifica: la
respuesta y la carta lo nombran con el motivo y hasta cuándo vive.

Se hace dentro de la transacción de la supresión de la base, antes de escribir la carta (que dice lo que pasó con
cada copia); cada respaldo se confirma por su cuenta. Si la supresión de la base fallara después, los respaldos ya
no tendrían sus datos: un error hacia el lado de la persona.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

from ..datos import personas as tabla
from ..datos.bitacora import quien_opera
from ..datos import supresion_en_respaldos as en_respaldo
from ..datos import valores_personales
from ..dominio import correo as reglas_correo
from ..dominio import datos_personales as reglas
from ..dominio.traduccion import traducir
from .base import hoy
from .contexto import Contexto


class CopiaConSusDatos(TypedDict):
    """Un respaldo hecho por el programa que tiene (o tenía) datos de la persona."""
    ruta: str
    motivo: str          # apertura, cierre, manual, antes-de-restaurar…
    hecho_el: str        # AAAA-MM-DD
    # AAAA-MM-DD: desde cuándo la rotación lo borra (la primera vez que se abra la base después de ese día); None:
    # no se borra solo (uno manual).
    hasta: str | None


class CopiaNoAlcanzada(CopiaConSusDatos):
    por_que: str         # por qué no se pudo suprimir adentro


def suprimir_en_los_respaldos(contexto: Contexto, solicitud_id: int, copias: list[CopiaConSusDatos],
                              buscar: list[str], respuesta: str
                              ) -> tuple[list[CopiaConSusDatos], list[CopiaNoAlcanzada]]:
    """Dentro de la transacción que suprime, después de hacerlo en la base: lo mismo en cada una de las `copias`
    (servicios.supresion_de_datos.copias_con_sus_datos). Devuelve (las alcanzadas, las que no, con por qué)."""
    if not copias:   # también en el servidor: sus respaldos son los de pg_dump
        return [], []
    db = contexto.db
    anotadas = en_respaldo.lo_que_suprimio(db, solicitud_id)
    solicitud = tabla.solicitud(db, contexto.asociacion_id, solicitud_id)
    persona = tabla.persona(db, contexto.asociacion_id, solicitud["persona_id"])
    propias = en_respaldo.migraciones_de(db)
    alcanzadas, no_alcanzadas = [], []
    for copia in copias:
        ruta = Path(copia["ruta"])
        del_archivo = en_respaldo.migraciones_del_archivo(ruta)
        if del_archivo is None:
            por_que = traducir("no se puede leer como una base de Escritorio")
        elif del_archivo != propias:
            por_que = traducir("es de otra versión del programa (abrirlo lo pondría al día y haría otra copia)")
        else:
            por_que = _suprimir_en(ruta, contexto.asociacion_id, solicitud, persona, anotadas, buscar, respuesta)
        if por_que is None:
            alcanzadas.append(copia)
        else:
            no_alcanzadas.append(CopiaNoAlcanzada(**copia, por_que=por_que))
    return alcanzadas, no_alcanzadas


def _suprimir_en(ruta: Path, asociacion_id: int, solicitud: dict, persona: dict, anotadas: list,
                 buscar: list[str], respuesta: str) -> str | None:
    """La supresión dentro de un respaldo; None si se hizo, o por qué no (el respaldo queda como estaba)."""
    from ..datos import respaldo as copias
    from ..datos.apertura import abrir, cerrar
    from ..datos.conexion import transaccion
    from ..datos.limpieza import BorradoSeguro, limpiar_el_archivo
    from ..errores import ErrorEscritorio

    testigo = Path(str(ruta) + ".testigo")
    visto = testigo.read_bytes() if testigo.exists() else None   # la cabeza que tenía la base al copiarlo
    try:
        db = abrir(ruta, crear=False)
    except ErrorEscritorio as error:
        return str(error)
    try:
        with BorradoSeguro(db), transaccion(db):
            _hacer(db, asociacion_id, solicitud, persona, anotadas, buscar, respuesta)
        limpiar_el_archivo(db)
    except ErrorEscritorio as error:
        return str(error)
    except Exception as error:  # noqa: BLE001 - el respaldo queda como estaba y la carta lo nombra con el motivo
        return traducir("no se pudo modificar ({0})").format(type(error).__name__)
    finally:
        cerrar(db)
        if visto is not None:
            testigo.write_bytes(visto)
    copias.sellar(ruta)   # su huella nueva: el respaldo cambió a propósito
    return None


def _hacer(db, asociacion_id: int, solicitud: dict, persona: dict, anotadas: list, buscar: list[str],
           respuesta: str) -> None:
    n = solicitud["id"]
    en_respaldo.agregar_persona(db, asociacion_id, persona, reglas.texto_suprimido(n))
    en_respaldo.agregar_solicitud(db, asociacion_id, solicitud)
    for t, f, como in anotadas:
        if not en_respaldo.tiene_historia(db, t, f):
            continue
        tabla.anotar_supresion(db, n, t, f, como)
        if tabla.existe_fila(db, t, f):
            _aplicar(db, n, t, f, como, buscar, persona["id"])
    valores_personales.suprimir_lo_anotado(db, n)
    tabla.responder_solicitud(db, n, "respondida", hoy().isoformat(), quien_opera(), respuesta)


# Lo que la supresión de la base dejó en cada tabla que anonimiza (supresion_de_datos._decidir).
def _valores_anonimos(n: int) -> dict[str, dict]:
    return {"autoridades": {"persona": reglas.texto_suprimido(n)},
            "asistencias": {"representante": None, "cargo_representante": None},
            "contactos": {"correo": None, "recibe": None}}


def _aplicar(db, n: int, t: str, f: int, como: str, buscar: list[str], persona_id: int) -> None:
    """Lo mismo que la supresión hizo con la fila en la base."""
    if t == "destinatarios_mensaje":
        tabla.suprimir_del_correo(db, n, [f] if como == "borrada" else [], [f] if como == "anonimizada" else [],
                                  traducir("dirección suprimida (solicitud {0})").format(n), {})
    elif t == "mensajes":
        mensaje = tabla.mensaje(db, f)
        texto = reglas.redactar(mensaje["texto"], buscar, reglas.SUPRIMIDO_EN_TEXTO)
        tabla.suprimir_del_correo(db, n, [], [], "", {f: (texto, reglas_correo.texto_a_html(texto))})
    elif t == "personas":
        tabla.anonimizar_persona(db, f, reglas.texto_suprimido(n), n)
    elif t == "solicitudes_de_datos":
        tabla.borrar_detalle_de_solicitudes(db, persona_id)
    elif t == "oposiciones_correo":
        tabla.olvidar_direccion_de_oposicion(db, f)
    elif como == "anonimizada":
        tabla.anonimizar_fila(db, t, f, _valores_anonimos(n)[t])
    else:
        en_respaldo.borrar_fila_personal(db, t, f)
