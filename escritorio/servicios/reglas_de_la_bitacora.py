"""Repasar la bitácora contra las reglas: cada registro tiene que ser algo que Escritorio pudo haber escrito.

La cadena de sellos prueba que nadie cambió un registro DESPUÉS de sellarlo; no prueba que lo haya escrito
Escritorio. Quien quita los triggers que protegen un pago, lo cambia, agrega el registro de bitácora y un sello
calculado como los del programa deja una cadena coherente. Pero ese registro dice algo que el programa nunca hace
(«Pago 1 modificado: importe»): los triggers protectores del esquema (cada `RAISE(ABORT…)` de
esquema/actual.sql) lo impiden. Aquí cada uno de esos triggers es una regla de la tabla `REGLAS` (tabla, acciones,
condición sobre los valores de antes y de después, motivo), y cada registro de la bitácora se repasa contra ellas,
en orden, con el estado que tenía la base en ese momento (qué actas ya estaban aprobadas, de qué sesión es cada
punto, desde cuándo una cuota tiene pagos). Un registro que rompe una regla es una alarma que lo nombra, sin importar
quién lo selló: ni un sello con la huella correcta ni un incidente reconocido lo vuelven algo que Escritorio escribió.

`tests/servicios/test_reglas_de_la_bitacora.py` falla si un trigger protector del esquema no tiene su regla aquí.
El repaso que las aplica, y que cruza los documentos emitidos con la cadena, está en servicios/repaso_de_la_bitacora.py.
"""

from dataclasses import dataclass
from typing import Callable

from ..datos import reglas_de_la_bitacora as datos
from .estado_de_la_bitacora import CONGELADA, Estado, Registro
from .reglas_de_las_decisiones import (acta_aprobada_sin_su_resolucion, efecto_sin_su_resolucion,
                                       mandato_de_quien_no_podia, reforma_o_escala_sin_su_resolucion)

APROBADA = "El acta de esta sesión está aprobada: su contenido no se modifica (se agrega una fe de erratas)"


# --- las condiciones: cuándo un registro rompe la regla ----------------------------------------------------------

Condicion = Callable[[Registro, Estado], bool]


def siempre(r: Registro, estado: Estado) -> bool:
    return True


def cambian(*columnas: str) -> Condicion:
    """Un cambio en alguna de esas columnas."""
    return lambda r, estado: bool(r.cambiadas(columnas))


def antes_no_nula(*columnas: str) -> Condicion:
    """La fila ya tenía alguna de esas columnas con valor (anulada, confirmada, cerrada…)."""
    return lambda r, estado: r.antes is not None and any(r.antes.get(c) is not None for c in columnas)


def y(*condiciones: Condicion) -> Condicion:
    return lambda r, estado: all(c(r, estado) for c in condiciones)


def o(*condiciones: Condicion) -> Condicion:
    return lambda r, estado: any(c(r, estado) for c in condiciones)


@dataclass(frozen=True)
class FueraDeRegla:
    """Un valor que Escritorio nunca guarda en un alta o un cambio: `tipo` «moneda» (no es un código ISO 4217) o
    «importe» (más que el máximo). Las altas se filtran ya en la consulta (son millones en una base grande)."""
    tipo: str
    columnas: tuple[str, ...]

    def __call__(self, r: Registro, estado: Estado) -> bool:
        return r.despues is not None and any(_fuera(self.tipo, r.despues.get(c)) for c in self.columnas)


def _fuera(tipo: str, valor) -> bool:
    if valor is None:
        return False  # un registro de antes de la columna
    if tipo == "moneda":
        return not (isinstance(valor, str) and len(valor) == 3 and all("A" <= c <= "Z" for c in valor))
    try:
        return abs(valor) > datos.MAXIMO_IMPORTE
    except TypeError:
        return True


def sesion_congelada(via: str, columnas: tuple[str, ...] = ()) -> Condicion:
    """La fila es de una sesión cuya acta ya estaba aprobada o firmada (la de antes o la de después del cambio); con
    `columnas`, solo si cambia alguna de ellas (lo demás, como el mandato de una elección confirmada, sigue)."""
    def condicion(r: Registro, estado: Estado) -> bool:
        if columnas and r.accion == "cambio" and not r.cambiadas(columnas):
            return False
        return any(estado.sesion(fila, via) in estado.congelada for fila in (r.antes, r.despues) if fila is not None)
    return condicion


def acta_congelada(r: Registro, estado: Estado) -> bool:
    antes, despues = r.antes or {}, r.despues or {}
    if antes.get("estado") not in CONGELADA:
        return False
    return bool(r.cambiadas(("sesion_id", "contenido", "huella_registro", "apertura", "cierre", "preside",
                             "secretaria", "huella", "aprobada_por", "aprobada_el"))
                or despues.get("estado") == "borrador"
                or (antes.get("estado") == "firmada" and despues.get("estado") != "firmada"))


def acta_no_borrador(r: Registro, estado: Estado) -> bool:
    return (r.antes or {}).get("estado") != "borrador"


def cuota_con_pagos(r: Registro, estado: Estado) -> bool:
    """La cuota ya tenía una imputación (aunque el pago se haya anulado) antes de este registro."""
    primera = estado.primera_imputacion.get(r.fila)
    return primera is not None and primera < r.id


def repetida(r: Registro, estado: Estado) -> bool:
    return (r.tabla, r.id) in estado.repetidas


@dataclass(frozen=True)
class Regla:
    """Lo que Escritorio nunca escribe: un registro de `tabla` con una de `acciones` que cumple `condicion`.
    `disparadores`: los triggers del esquema que lo impiden (vacío si lo impide un índice UNIQUE: `repetidas`)."""
    disparadores: tuple[str, ...]
    tabla: str
    acciones: tuple[str, ...]
    condicion: Condicion
    motivo: str
    repetidas: tuple[str, ...] = ()  # para `repetida`: las columnas que no se repiten entre altas
    # Una regla del dominio que ningún trigger hace cumplir (la hace cumplir un servicio): dónde está.
    del_programa: str = ""


@dataclass(frozen=True)
class SinRegistro:
    """Un trigger protector que no se puede repasar en la bitácora, y por qué (lo comprueba otra cosa)."""
    disparadores: tuple[str, ...]
    motivo: str


_CONGELADAS = (  # tabla, columna por la que se llega a la sesión, columnas congeladas al cambiar (vacío: todas)
    ("sesiones", "id", ()), ("puntos_orden", "sesion_id", ()), ("asistencias", "sesion_id", ()),
    ("invitados", "sesion_id", ()), ("votaciones", "punto_id", ()), ("habilitados_votacion", "votacion_id", ()),
    ("resoluciones", "punto_id", ()), ("firmantes_declaracion", "resolucion_id", ()),
    ("votos_eleccion", "eleccion_id", ()), ("puntos_miembros", "punto_id", ()),
    ("elecciones", "punto_id", ("id", "punto_id", "organo_id", "cargo", "con_voto", "desde", "hasta", "metodo",
                                "mayoria", "base", "blancos", "nulos", "abstenciones", "presentes", "con_derecho",
                                "ganadora_id", "texto_resultado", "cerrada_en", "regla_mayoria", "motivo_mayoria",
                                "puestos", "puestos_segunda_vuelta", "boleta", "marcas_min", "marcas_max", "boletas",
                                "no_a_todas")),
    ("candidaturas", "eleccion_id", ("id", "eleccion_id", "miembro_id", "persona", "votos", "electa", "finalista")),
    # la sala (migración 0055)
    ("mociones", "sesion_id", ()), ("autores_mocion", "mocion_id", ()), ("enmiendas", "mocion_id", ()),
    ("cambios_enmienda", "enmienda_id", ()), ("autores_enmienda", "enmienda_id", ()),
    ("votaciones_sala", "mocion_id", ()), ("habilitados_sala", "votacion_sala_id", ()),
    ("listas_de_oradores", "sesion_id", ()), ("oradores", "lista_id", ()),
    ("bloques_de_mocion", "sesion_id", ()),   # los bloques de mociones (migración 0073)
    ("recomendaciones_de_cambio", "mocion_id", ()),   # las recomendaciones de cambio (migración 0075)
)


def _congeladas() -> list[Regla]:
    reglas = []
    for tabla, via, columnas in _CONGELADAS:
        reglas.append(Regla((f"{tabla}_congelado_insert",), tabla, ("alta",), sesion_congelada(via), APROBADA))
        reglas.append(Regla((f"{tabla}_congelado_update",), tabla, ("cambio",), sesion_congelada(via, columnas),
                            APROBADA))
        reglas.append(Regla((f"{tabla}_congelado_delete",), tabla, ("borrado",), sesion_congelada(via), APROBADA))
    return reglas


def mocion_en_otra_sesion(r: Registro, estado: Estado) -> bool:
    fila = r.despues
    return estado.sesion_del_punto.get(fila.get("punto_id")) != fila.get("sesion_id")


def lista_en_otro_lugar(r: Registro, estado: Estado) -> bool:
    fila = r.despues
    return (mocion_en_otra_sesion(r, estado) or fila.get("mocion_id") is not None
            and estado.punto_de.get(("mociones", fila.get("mocion_id"))) != fila.get("punto_id"))


def enmienda_de_otra_mocion(r: Registro, estado: Estado) -> bool:
    fila = r.despues
    return (fila.get("enmienda_id") is not None
            and estado.mocion_de_enmienda.get(fila.get("enmienda_id")) != fila.get("mocion_id"))


def bloque_de_otra_sesion(r: Registro, estado: Estado) -> bool:
    """Una moción puesta en el bloque de otra sesión (migración 0073)."""
    fila = r.despues
    return (fila.get("bloque_id") is not None
            and estado.sesion_de_sala.get(("bloques_de_mocion", fila.get("bloque_id"))) != fila.get("sesion_id"))


def subenmienda_incoherente(r: Registro, estado: Estado) -> bool:
    """Una enmienda a una enmienda que no enmienda otra de su moción, que enmiende la moción (migración 0072)."""
    fila = r.despues
    enmendada = fila.get("enmienda_de")
    return enmendada is not None and (
        enmendada == fila.get("id") or estado.mocion_de_enmienda.get(enmendada) != fila.get("mocion_id")
        or estado.enmendada_de.get(enmendada) is not None or fila.get("id") in estado.enmendada_de.values())


def _coherentes(tabla: str, condicion: Condicion, motivo: str, nombre: str | None = None) -> list[Regla]:
    """La regla de los triggers `<nombre>_insert/update` (por omisión `<tabla>_coherente`, datos/esquema/sala.py):
    lo que una fila nombra es del mismo lugar (la misma sesión, la misma moción) o coherente consigo misma."""
    return [Regla((f"{nombre or tabla + '_coherente'}_{accion}",), tabla, (registro,), condicion, motivo)
            for accion, registro in (("insert", "alta"), ("update", "cambio"))]


def recomendacion_incompleta(r: Registro, estado: Estado) -> bool:
    """La recomendación de una moción sin el órgano que la da o sin su fecha (o al revés)."""
    fila = r.despues
    con = fila.get("recomendacion") is None
    return con != (fila.get("recomendada_por") is None) or con != (fila.get("recomendada_el") is None)


def orador_incoherente(r: Registro, estado: Estado) -> bool:
    """Un pedido de la palabra con datos que no son de su tipo (categoría, pregunta a alguien) o de su estado (en
    pausa sin tener la palabra; lo hablado de quien todavía espera)."""
    f = r.despues
    return bool((f.get("categoria_id") is not None and f.get("tipo") != "cuestion_de_orden")
                or (f.get("pregunta_a") is not None and f.get("tipo") != "pregunta_intercalada")
                or (f.get("pausado_en") is not None and f.get("estado") != "hablando")
                or (f.get("estado") == "en_espera" and ((f.get("segundos_previos") or 0) != 0
                                                        or f.get("corre_desde") is not None)))


def _fijas(tabla: str, motivo: str, *, nombre: str | None = None, update: str = "update",
           delete: str = "delete") -> list[Regla]:
    """Una tabla de solo altas: ningún cambio ni borrado."""
    nombre = nombre or f"{tabla}_fijo"
    return [Regla((f"{nombre}_{update}",), tabla, ("cambio",), siempre, motivo),
            Regla((f"{nombre}_{delete}",), tabla, ("borrado",), siempre, motivo)]


def fuera_de_su_grupo(r: Registro, estado: Estado) -> bool:
    """Un integrante de un grupo que dice otra asociación u otra agrupación que las de su grupo (como está hoy: un
    grupo con integrantes no se muda; uno que ya no existe no se puede comparar)."""
    fila = r.despues or {}
    grupo = datos.grupo_de_la_agrupacion(estado.db, fila.get("grupo_id")) if estado.db is not None else None
    return grupo is not None and grupo != (fila.get("asociacion_id"), fila.get("agrupacion"))


def miembro_de_otra_asociacion(de_que: str, columna: str) -> Condicion:
    """Un miembro que no es de la asociación de la fila (`columna` la dice, o el id de `de_que` que la tiene)."""
    def condicion(r: Registro, estado: Estado) -> bool:
        fila = r.despues or {}
        if estado.db is None or fila.get("miembro_id") is None:
            return False
        del_miembro = datos.asociacion_de(estado.db, "miembros", fila["miembro_id"])
        de_la_fila = (fila.get(columna) if de_que == "fila"
                      else datos.asociacion_de(estado.db, de_que, fila.get(columna)))
        return None not in (del_miembro, de_la_fila) and del_miembro != de_la_fila
    return condicion


_PAGO_FIJO = ("id", "asociacion_id", "miembro_id", "fecha", "importe", "moneda", "tipo_cambio", "moneda_imputacion",
              "importe_imputable", "medio", "referencia", "registrado_en")
MONEDA = "La moneda es siempre un código ISO 4217 de tres letras mayúsculas"
IMPORTE = "Un importe nunca pasa de 999.999.999.999,99"

REGLAS: tuple[Regla, ...] = (
    # el dinero
    Regla(("escalas_dinero_alta", "escalas_dinero_cambio"), "escalas", ("alta", "cambio"),
          FueraDeRegla("moneda", ("moneda",)), MONEDA),
    Regla(("tramos_dinero_alta", "tramos_dinero_cambio"), "tramos", ("alta", "cambio"),
          FueraDeRegla("importe", ("importe",)), IMPORTE),
    Regla(("cargos_dinero_alta", "cargos_dinero_cambio"), "cargos", ("alta", "cambio"),
          FueraDeRegla("moneda", ("moneda",)), MONEDA),
    Regla(("cargos_dinero_alta", "cargos_dinero_cambio"), "cargos", ("alta", "cambio"),
          FueraDeRegla("importe", ("importe_bruto", "importe")), IMPORTE),
    Regla(("cargos_fijo_update",), "cargos", ("cambio",), cuota_con_pagos,
          "Una cuota con pagos imputados (aunque estén anulados) no se modifica ni se borra"),
    Regla(("cargos_fijo_delete",), "cargos", ("borrado",), cuota_con_pagos,
          "Una cuota con pagos imputados (aunque estén anulados) no se modifica ni se borra"),
    Regla(("pagos_sin_borrado",), "pagos", ("borrado",), siempre, "Un pago no se borra: se anula con un motivo"),
    Regla(("pagos_anulacion_definitiva",), "pagos", ("cambio",), antes_no_nula("anulado_en"),
          "Un pago anulado no se modifica"),
    Regla(("pagos_dinero_alta", "pagos_dinero_cambio"), "pagos", ("alta", "cambio"),
          FueraDeRegla("moneda", ("moneda", "moneda_imputacion")), MONEDA),
    Regla(("pagos_dinero_alta", "pagos_dinero_cambio"), "pagos", ("alta", "cambio"),
          FueraDeRegla("importe", ("importe", "importe_imputable")), IMPORTE),
    Regla(("pagos_registrado_fijo",), "pagos", ("cambio",), cambian(*_PAGO_FIJO),
          "Un pago registrado no se modifica: solo se anula, con un motivo (y se registra de nuevo)"),
    Regla(("imputaciones_dinero_alta", "imputaciones_dinero_cambio"), "imputaciones", ("alta", "cambio"),
          FueraDeRegla("importe", ("importe",)), IMPORTE),
    *_fijas("imputaciones", "Una imputación de un pago no se modifica ni se borra: se anula el pago"),
    *_fijas("recibos", "Un recibo emitido no se modifica ni se borra: se anula su pago"),
    Regla((), "recibos", ("alta",), repetida, "Un número de recibo no se repite: cada año empieza en 1 y avanza",
          repetidas=("asociacion_id", "anio", "numero")),
    # estatutos, mandatos
    Regla(("versiones_articulo_inmutables",), "versiones_articulo", ("cambio",), siempre,
          "Una versión de un artículo no se modifica: se registra una reforma"),
    Regla(("mandatos_sin_borrado",), "mandatos", ("borrado",), siempre,
          "Un mandato no se borra: se le pone fin o se corrige con fecha"),
    Regla((), "mandatos", ("alta", "cambio"), mandato_de_quien_no_podia,
          "Un mandato es solo para un miembro el día en que empieza (no para una ciudad solicitante ni para una de "
          "baja)",
          del_programa="servicios/elegibles.py"),
    # sesiones, actas, votaciones y elecciones
    *_congeladas(),
    Regla(("actas_congeladas",), "actas", ("cambio",), acta_congelada,
          "Un acta aprobada no se modifica (se agrega una fe de erratas); una firmada no vuelve atrás"),
    Regla(("actas_sin_borrado",), "actas", ("borrado",), acta_no_borrador, "Un acta aprobada no se borra"),
    Regla((), "actas", ("alta", "cambio"), acta_aprobada_sin_su_resolucion,
          "Un acta se aprueba solo con la resolución de un punto que aprueba esa acta (no con otra resolución ni "
          "con una declaración)", del_programa="servicios/aprobacion_de_actas.py"),
    *_fijas("fe_de_erratas", "Una fe de erratas no se modifica ni se borra: se agrega otra",
            nombre="fe_de_erratas_solo_agregar"),
    Regla(("elecciones_confirmacion_fija",), "elecciones", ("cambio",),
          y(antes_no_nula("mandato_id", "confirmada_en"), cambian("mandato_id", "confirmada_en")),
          "Una elección confirmada no cambia su mandato ni se deshace"),
    Regla(("candidaturas_confirmacion_fija",), "candidaturas", ("cambio",),
          y(antes_no_nula("mandato_id"), cambian("mandato_id")),
          "Una candidatura electa con su mandato registrado no lo cambia ni lo deshace"),
    Regla(("candidaturas_mandato_de_electa",), "candidaturas", ("cambio",),
          lambda r, estado: bool(r.cambiadas(("mandato_id",))) and r.despues.get("mandato_id") is not None
          and r.despues.get("electa") is None,
          "Solo una candidatura electa recibe un mandato al confirmar la elección"),
    Regla(("puntos_aprobacion_acta_congelado_insert",), "puntos_aprobacion_acta", ("alta",),
          sesion_congelada("punto_id"), APROBADA),
    Regla(("puntos_aprobacion_acta_fijo",), "puntos_aprobacion_acta", ("cambio",), siempre,
          "El acta que aprueba un punto no se cambia"),
    Regla(("puntos_aprobacion_acta_congelado_delete",), "puntos_aprobacion_acta", ("borrado",),
          o(sesion_congelada("punto_id"), sesion_congelada("sesion_id")), APROBADA),
    Regla(("efectos_resolucion_fijos",), "efectos_resolucion", ("cambio",),
          o(antes_no_nula("resolucion_id"), cambian("id", "punto_id", "tipo", "miembro_id", "mandato_id",
                                                    "reforma_id", "escala_id", "desde")),
          "Un efecto de una resolución no se modifica"),
    Regla(("efectos_resolucion_no_se_borran",), "efectos_resolucion", ("borrado",), siempre,
          "Un efecto de una resolución no se borra"),
    Regla((), "efectos_resolucion", ("alta", "cambio"), efecto_sin_su_resolucion,
          "Una admisión o una exclusión la produce solo la resolución de un punto de admisión o de exclusión, votado "
          "y aprobado", del_programa="servicios/efectos.py"),
    Regla((), "efectos_resolucion", ("alta", "cambio"), reforma_o_escala_sin_su_resolucion,
          "Una reforma o una escala de cuotas la aprueba solo la resolución de un punto de reforma de esa norma o de "
          "cuotas y presupuesto, votado y aprobado, y cada resolución aprueba una sola",
          del_programa="servicios/vinculos_de_resolucion.py"),
    Regla(("sesiones_de_viaje_sin_borrado",), "sesiones_de_viaje", ("borrado",), siempre,
          "Un viaje de una sesión no se borra: se devuelve, o se cancela con un motivo"),
    Regla(("sesiones_de_viaje_solo_cerrar",), "sesiones_de_viaje", ("cambio",),
          o(antes_no_nula("devuelta_en", "cancelada_en"),
            cambian("id", "sesion_id", "llevada_por", "llevada_en", "huella")),
          "Un viaje de una sesión solo se cierra una vez (devuelta o cancelada): lo demás no se modifica"),
    *_coherentes("mociones", mocion_en_otra_sesion, "El punto de la moción es de otra sesión"),
    *_coherentes("listas_de_oradores", lista_en_otro_lugar,
                 "La lista de oradores y su punto son de sesiones distintas"),
    *_coherentes("votaciones_sala", enmienda_de_otra_mocion, "La enmienda votada es de otra moción"),
    *_coherentes("mociones", recomendacion_incompleta,
                 "La recomendación de una moción va con el órgano que la da y su fecha", nombre="mociones_recomendacion"),
    *_coherentes("enmiendas", subenmienda_incoherente,
                 "Una enmienda a una enmienda enmienda otra de la misma moción, que enmiende la moción",
                 nombre="enmiendas_enmienda_de"),
    *_coherentes("mociones", bloque_de_otra_sesion, "El bloque de la moción es de otra sesión",
                 nombre="mociones_bloque_coherente"),
    *_coherentes("oradores", orador_incoherente,
                 "Un pedido de la palabra con datos que no son de su tipo o de su estado"),
    # documentos emitidos, firmas, archivos
    *_fijas("documentos_emitidos", "Un documento emitido no se cambia ni se borra"),
    Regla((), "documentos_emitidos", ("alta",), repetida, "El código de un documento emitido no se repite",
          repetidas=("codigo",)),
    *_fijas("archivos_emitidos", "Un archivo emitido no se cambia ni se borra"),
    *_fijas("firmas_digitales", "Un PDF firmado no se cambia ni se borra"),
    *_fijas("pdfs_convenio", "El PDF firmado de un convenio no se cambia ni se borra: se adjunta otro"),
    *_fijas("informes_actividad", "El informe de una actividad no se cambia ni se borra: se adjunta otro",
            nombre="informes_actividad_solo_agregar"),
    *_fijas("sellos_de_tiempo", "Un sello de tiempo guardado no se cambia ni se borra: se pide otro",
            nombre="sellos_de_tiempo_solo_agregar"),
    # los datos de las personas (migraciones 0057 y 0058)
    *_fijas("sellos_anteriores", "La huella de un sello anterior no se cambia ni se borra"),
    Regla(("solicitudes_de_datos_respondida_fija",), "solicitudes_de_datos", ("cambio",),
          lambda r, estado: (r.antes or {}).get("estado") not in (None, "abierta")
          and (bool(r.cambiadas([c for c in r.despues if c != "detalle"])) or r.despues.get("detalle") is not None),
          "Una solicitud de datos personales ya respondida no se modifica"),
    Regla(("solicitudes_de_datos_sin_borrar",), "solicitudes_de_datos", ("borrado",), siempre,
          "Una solicitud de datos personales no se borra: se responde o se deniega con un motivo"),
    *_fijas("supresiones", "Lo que suprimió una solicitud no se cambia ni se borra"),
    Regla(("oposiciones_correo_sin_borrar",), "oposiciones_correo", ("borrado",), siempre,
          "Una oposición al correo no se borra: quien la pidió puede retirarla con otra solicitud"),
    # los consentimientos (migración 0067): lo aceptado es la prueba; se revoca una vez; el contacto solo puede irse
    Regla(("consentimientos_lo_aceptado_fijo",), "consentimientos", ("cambio",),
          lambda r, estado: bool(r.cambiadas(("asociacion_id", "finalidad", "texto", "canal", "otorgado_el",
                                              "registrado_en"))) or (
              bool(r.cambiadas(("contacto_id",))) and r.despues.get("contacto_id") is not None) or (
              (r.antes or {}).get("revocado_el") is not None
              and bool(r.cambiadas(("revocado_el", "canal_de_revocacion", "solicitud_id")))),
          "Un consentimiento registrado no se modifica: solo se revoca, una vez"),
    Regla(("consentimientos_sin_borrar",), "consentimientos", ("borrado",), siempre,
          "Un consentimiento no se borra: se revoca (queda la prueba de lo que se aceptó)"),
    # incidentes
    Regla(("incidentes_sin_borrar",), "incidentes", ("borrado",), siempre,
          "Un incidente no se borra: se reconoce con un motivo"),
    # agrupaciones e indicadores (issue 80): cada fila dentro de su agrupación y de su asociación
    Regla(("grupos_sin_mudar_de_agrupacion",), "grupos", ("cambio",), cambian("asociacion_id", "agrupacion"),
          "Un grupo con integrantes no cambia de agrupación ni de asociación: se define otro."),
    Regla(("integrantes_de_grupo_de_su_agrupacion_insert", "integrantes_de_grupo_de_su_agrupacion_update"),
          "integrantes_de_grupo", ("alta", "cambio"), fuera_de_su_grupo,
          "Un integrante de un grupo dice la agrupación y la asociación de su grupo: no puede nombrar otras."),
    Regla(("integrantes_de_grupo_de_su_asociacion_insert", "integrantes_de_grupo_de_su_asociacion_update"),
          "integrantes_de_grupo", ("alta", "cambio"), miembro_de_otra_asociacion("fila", "asociacion_id"),
          "Un miembro de un grupo es de la asociación del grupo."),
    Regla(("valores_indicador_de_su_asociacion_insert", "valores_indicador_de_su_asociacion_update"),
          "valores_indicador", ("alta", "cambio"), miembro_de_otra_asociacion("indicadores", "indicador_id"),
          "El valor de un indicador es de un miembro de la asociación del indicador."),
    Regla(("incidentes_solo_reconocer",), "incidentes", ("cambio",),
          o(antes_no_nula("reconocido_en"), cambian("tipo", "notado_en", "desde_id", "hasta_id", "detalle")),
          "Un incidente solo se reconoce, una vez y con un motivo"),
)

# Cada motivo, una vez. Es el texto del RAISE del trigger: en la base se lanza y se guarda en castellano; al mostrar
# una alarma se escribe en el idioma de quien lee (`_texto_de_regla`). El catálogo de traducciones los toma de aquí
# (idiomas/extraer.py, ROTULOS_DE_OTRAS_CAPAS).
MOTIVOS: tuple[str, ...] = tuple(dict.fromkeys(regla.motivo for regla in REGLAS))

SIN_REGISTRO: tuple[SinRegistro, ...] = (
    SinRegistro(("actas_pdf_firmado_fijo",), "el PDF firmado de un acta es binario y la bitácora no lo copia; lo "
                                             "comprueba la verificación de las actas firmadas"),
    SinRegistro(("bitacora_solo_agregar_update", "bitacora_solo_agregar_delete", "bitacora_sellos_solo_agregar_update",
                 "bitacora_sellos_solo_agregar_delete"),
                "la bitácora misma: lo comprueba la cadena de sellos, y los testigos fuera de la base"),
    SinRegistro(("bitacora_valores_solo_de_lo_nuevo", "bitacora_valores_sellar_o_suprimir",
                 "bitacora_valores_sin_borrar"),
                "los valores personales de la bitácora son parte de ella: los cubre la cadena de sellos (por sus "
                "compromisos), y la verificación comprueba cada valor contra su compromiso y cada supresión contra la "
                "solicitud que la pidió"),
    SinRegistro(("identidad_base_fija_update", "identidad_base_fija_delete"),
                "la identidad de la base no tiene bitácora: la comparan los testigos y los respaldos"),
    SinRegistro(("pagos_con_saldo_sin_borrar", "pagos_con_saldo_fijo"),
                "la lista de pagos con saldo a favor se deriva de pagos e imputaciones (que tienen bitácora) y no "
                "tiene bitácora propia: la compara con ellos la verificación de la base"),
)
