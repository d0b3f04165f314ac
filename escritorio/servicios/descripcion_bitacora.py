"""Cada registro de la bitácora dicho como lo diría una persona: «Pago 0015/2026 de Rosario registrado: USD 1.000,00
por transferencia», «Baja de Salto desde el 01/03/2026: Renuncia», «Acta de la sesión ordinaria Nº 3 del Consejo
(12/05/2026) aprobada».

Una función por tabla (la operación la decide adentro); una tabla sin frase propia tiene una genérica legible:
«Cambio en Órganos (#12)». Los nombres se buscan en la base tal como está hoy; si el registro ya no existe (se borró),
en la bitácora misma (el último valor que tuvo). El dato crudo (tabla, id, valores) sigue en `Registro.detalle` para
quien lo pida. Lo usan el visor de la ventana y «escritorio bitacora listar».
"""

import json
import sqlite3
from datetime import date
from typing import Callable

from ..datos.base_de_datos import BaseDeDatos

from ..datos import bitacora as tabla_bitacora
from ..datos import cuotas as tabla_cuotas
from ..documentos.visible import abreviar
from ..dominio.cuotas import MEDIOS_PAGO, TIPOS_CARGO
from ..dominio.dinero import formatear
from ..dominio.miembros import CATEGORIAS_PAIS, ESTADOS
from ..dominio.normas import TIPOS_NORMA
from ..dominio.organos import CARGOS
from ..dominio.paises import nombre_pais
from ..dominio.sesiones import ASISTENCIA, ESTADOS_ACTA, TIPOS_RESOLUCION, TIPOS_SESION, de_organo
from .pagos import numero_recibo

# El nombre de cada tabla como lo lee una persona (el filtro del visor y la frase genérica).
NOMBRES_DE_TABLAS = {
    "asociaciones": "Asociación", "paises_asociacion": "Países de la asociación",
    "categorias_pais": "Categorías de los países", "miembros": "Miembros", "poblaciones": "Poblaciones",
    "estados_miembro": "Estados de los miembros", "autoridades": "Autoridades", "contactos": "Contactos",
    "escalas": "Escalas de cuotas", "tramos": "Tramos de las escalas", "cargos": "Cuotas emitidas",
    "exenciones": "Exenciones", "pagos": "Pagos", "imputaciones": "Imputaciones de pagos", "recibos": "Recibos",
    "lotes_avisos": "Avisos de deuda (lotes)", "avisos": "Avisos de deuda", "normas": "Estatuto y reglamentos",
    "reformas": "Reformas", "versiones_articulo": "Artículos", "organos": "Órganos",
    "reglas_composicion": "Reglas de composición", "mandatos": "Mandatos",
    "correcciones_mandato": "Correcciones de mandatos", "orden_sucesion": "Orden de sucesión",
    "actividades": "Actividades", "reglas_quorum": "Reglas de sesión", "sesiones": "Sesiones",
    "puntos_orden": "Orden del día", "asistencias": "Asistencia", "invitados": "Invitados",
    "votaciones": "Votaciones", "habilitados_votacion": "Votos nominales", "resoluciones": "Resoluciones",
    "firmantes_declaracion": "Firmantes de declaraciones", "actas": "Actas", "fe_de_erratas": "Fe de erratas",
    "elecciones": "Elecciones", "candidaturas": "Candidaturas", "votos_eleccion": "Votos de elecciones",
    "documentos_emitidos": "Documentos emitidos", "archivos_emitidos": "Copias de documentos emitidos",
    "firmas_digitales": "Firmas digitales",
}
_ACCIONES_GENERICAS = {"alta": "Alta", "cambio": "Cambio", "borrado": "Borrado"}


def nombre_de_tabla(tabla: str) -> str:
    return NOMBRES_DE_TABLAS.get(tabla) or tabla.replace("_", " ").capitalize()


def _t(valor, largo: int = 60) -> str:
    """Un dato guardado, visible (sin caracteres de control) y corto, para ir dentro de una frase."""
    return abreviar(valor, largo) if valor not in (None, "") else ""


def _fecha(valor) -> str:
    try:
        return date.fromisoformat(str(valor)[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return _t(valor)


def _es_fecha(valor) -> bool:
    try:
        date.fromisoformat(str(valor))
        return True
    except ValueError:
        return False


def _importe(importe, moneda) -> str:
    try:
        return formatear(int(importe), str(moneda))
    except (TypeError, ValueError):
        return f"{_t(moneda)} {_t(importe)}".strip()


class NombresCitados:
    """Busca (y recuerda) los nombres que las frases citan: el miembro de un pago, el órgano de una sesión…"""

    def __init__(self, db: BaseDeDatos):
        self.db = db
        self._filas: dict[tuple[str, int], dict | None] = {}
        self._columnas: dict[str, list[str]] = {}

    def columnas(self, tabla: str) -> list[str]:
        if tabla not in self._columnas:
            self._columnas[tabla] = tabla_bitacora.columnas_legibles(self.db, tabla)
        return self._columnas[tabla]

    def valores(self, tabla: str, accion: str, datos: str) -> tuple[dict | None, dict | None]:
        """(antes, después) de un registro de la bitácora, con el nombre de cada columna. Un registro ilegible
        (cambiado por fuera de Escritorio: «escritorio verificar» lo señala) da (None, None), no una traza."""
        try:
            crudos, columnas = json.loads(datos), self.columnas(tabla)
            if accion == "cambio":
                return dict(zip(columnas, crudos["antes"])), dict(zip(columnas, crudos["despues"]))
            valores = dict(zip(columnas, crudos))
        except (ValueError, TypeError, KeyError):
            return None, None
        return (valores, None) if accion == "borrado" else (None, valores)

    def fila(self, tabla: str, fila_id) -> dict | None:
        """La fila como está hoy o, si ya no existe, como la dejó su último registro en la bitácora."""
        if fila_id is None:
            return None
        clave = (tabla, fila_id)
        if clave not in self._filas:
            fila = tabla_bitacora.fila_actual(self.db, tabla, fila_id)
            if fila is None:
                ultimo = tabla_bitacora.ultimo_registro(self.db, tabla, fila_id)
                if ultimo:
                    antes, despues = self.valores(tabla, *ultimo)
                    fila = despues or antes
            self._filas[clave] = fila
        return self._filas[clave]

    # --- cómo se nombra cada cosa ----------------------------------------------------------------
    def miembro(self, miembro_id) -> str:
        fila = self.fila("miembros", miembro_id)
        return _t(fila["nombre"]) if fila else f"el miembro #{miembro_id}"

    def organo(self, organo_id) -> str:
        fila = self.fila("organos", organo_id)
        return _t(fila["nombre"]) if fila else f"órgano #{organo_id}"

    def sesion(self, sesion_id) -> str:
        """«sesión ordinaria Nº 3 del Consejo (12/05/2026)»."""
        fila = self.fila("sesiones", sesion_id)
        if not fila:
            return f"sesión #{sesion_id}"
        tipo = TIPOS_SESION.get(fila.get("tipo"), "").lower()
        numero = f" Nº {fila['numero']}" if fila.get("numero") else ""
        return (f"sesión {tipo}{numero} {de_organo(self.organo(fila.get('organo_id')))} "
                f"({_fecha(fila.get('fecha'))})").replace("  ", " ")

    def punto(self, punto_id) -> str:
        fila = self.fila("puntos_orden", punto_id)
        if not fila:
            return f"punto #{punto_id}"
        return f"«{_t(fila.get('titulo'))}» ({self.sesion(fila.get('sesion_id'))})"

    def norma(self, norma_id) -> str:
        fila = self.fila("normas", norma_id)
        return f"«{_t(fila['titulo'])}»" if fila else f"norma #{norma_id}"

    def pago(self, pago_id) -> str:
        """«0015/2026 de Rosario» (con el número de su recibo) o «de Rosario»."""
        fila = self.fila("pagos", pago_id)
        recibo = tabla_cuotas.recibo_del_pago(self.db, pago_id)
        numero = f"{numero_recibo(recibo['anio'], recibo['numero'])} " if recibo else ""
        return f"{numero}de {self.miembro(fila['miembro_id'])}" if fila else f"#{pago_id}"

    def cargo(self, cargo_id) -> str:
        fila = self.fila("cargos", cargo_id)
        if not fila:
            return f"cargo #{cargo_id}"
        return f"{TIPOS_CARGO.get(fila['tipo_cargo'], fila['tipo_cargo']).lower()} {fila['anio']}"


# --- una frase por tabla ---------------------------------------------------------------------------
# Cada función recibe los nombres citados, la acción, los valores antes y después (None si no hay) y devuelve la
# frase, o None si no tiene una mejor que la genérica.
Frase = Callable[[NombresCitados, str, dict | None, dict | None], str | None]


def _cambiados(antes: dict | None, despues: dict | None) -> list[str]:
    if not antes or not despues:
        return []
    return [campo.replace("_", " ") for campo, valor in despues.items() if antes.get(campo) != valor]


def _miembros(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    nombre = _t(v["nombre"])
    if accion == "alta":
        return f"Alta de {nombre} ({nombre_pais(v['pais'])}) como miembro"
    if accion == "borrado":
        return f"Eliminación de {nombre} (alta por error)"
    if antes["nombre"] != despues["nombre"]:
        return f"{_t(antes['nombre'])} pasa a llamarse {nombre}"
    return f"Cambio en la ficha de {nombre}: {', '.join(_cambiados(antes, despues))}"


def _estados(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion != "alta":
        return None
    miembro, desde, motivo = c.miembro(v["miembro_id"]), _fecha(v["desde"]), _t(v.get("motivo"))
    que = {"baja": f"Baja de {miembro} desde el {desde}", "suspendido": f"Suspensión de {miembro} desde el {desde}",
           "activo": f"{miembro}: activo desde el {desde}"}.get(v["estado"], f"{miembro}: {ESTADOS.get(v['estado'])}")
    return f"{que}: {motivo}" if motivo else que


def _poblaciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    cifra = f"{int(v['cifra']):,}".replace(",", ".") if isinstance(v.get("cifra"), int) else _t(v.get("cifra"))
    anio = f" ({v['anio']})" if v.get("anio") else ""
    verbo = {"alta": "", "cambio": " corregida", "borrado": " quitada"}[accion]
    return f"Población de {c.miembro(v['miembro_id'])}{verbo}: {cifra} hab.{anio}"


def _autoridades(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    quien = f"{_t(v['persona'])} ({_t(v.get('cargo'))})"
    verbo = {"alta": "registrada", "cambio": "corregida", "borrado": "quitada"}[accion]
    return f"Autoridad de {c.miembro(v['miembro_id'])} {verbo}: {quien}"


def _contactos(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    verbo = {"alta": "agregado", "cambio": "modificado", "borrado": "quitado"}[accion]
    return f"Contacto de {c.miembro(v['miembro_id'])} {verbo}: {_t(v['nombre'])}"


def _pagos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        medio = MEDIOS_PAGO.get(v.get("medio"), _t(v.get("medio"))).lower()
        referencia = f" (ref. {_t(v['referencia'])})" if v.get("referencia") else ""
        return (f"Pago {c.pago(v['id'])} registrado: {_importe(v['importe'], v['moneda'])} por {medio}"
                f"{referencia}")
    if accion == "cambio" and despues.get("anulado_en") and not antes.get("anulado_en"):
        return f"Pago {c.pago(v['id'])} anulado: {_t(despues.get('motivo_anulacion'))}"
    if accion == "cambio" and antes.get("referencia") != despues.get("referencia"):
        return (f"Pago {c.pago(v['id'])}: referencia «{_t(antes.get('referencia')) or '—'}» → "
                f"«{_t(despues.get('referencia')) or '—'}»")
    if accion == "cambio":
        return f"Pago {c.pago(v['id'])} modificado: {', '.join(_cambiados(antes, despues))}"
    return None


def _recibos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        pago = c.fila("pagos", v["pago_id"]) or {}
        return f"Recibo {numero_recibo(v['anio'], v['numero'])} emitido (pago de {c.miembro(pago.get('miembro_id'))})"
    return None


def _imputaciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion != "alta":
        return None
    pago = c.fila("pagos", v["pago_id"]) or {}
    importe = _importe(v["importe"], pago.get("moneda_imputacion") or "")
    return f"Pago {c.pago(v['pago_id'])} aplicado a la {c.cargo(v['cargo_id'])}: {importe}"


def _cargos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        tipo = TIPOS_CARGO.get(v["tipo_cargo"], v["tipo_cargo"])
        return f"{tipo} {v['anio']} de {c.miembro(v['miembro_id'])}: {_importe(v['importe'], v['moneda'])}"
    return None


def _exenciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return (f"Exención del {v['porcentaje']} % a {c.miembro(v['miembro_id'])} en {v['anio']}: "
                f"{_t(v.get('motivo'))}")
    return None


def _asociaciones(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    nombre = f"{_t(v['nombre'])} ({_t(v.get('sigla'))})"
    if accion == "alta":
        return f"Alta de la asociación {nombre}"
    if accion == "borrado":
        return f"Borrado de la asociación {nombre}"
    return f"Cambio en los datos de la asociación {nombre}: {', '.join(_cambiados(antes, despues))}"


def _categorias(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        categoria = CATEGORIAS_PAIS.get(v["categoria"], _t(v["categoria"])).lower()
        return f"{nombre_pais(v['pais'])}: {categoria} desde el {_fecha(v['desde'])}"
    return None


def _organos(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    verbo = {"alta": "Alta", "cambio": "Cambio en", "borrado": "Borrado"}[accion]
    cambio = f": {', '.join(_cambiados(antes, despues))}" if accion == "cambio" else ""
    return f"{verbo} {'del órgano' if accion != 'cambio' else 'el órgano'} {_t(v['nombre'])}{cambio}"


def _mandatos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    quien = c.miembro(v["miembro_id"]) if v.get("miembro_id") else _t(v.get("persona"))
    cargo = CARGOS.get(v.get("cargo"), _t(v.get("cargo")))
    donde = f"{cargo} {de_organo(c.organo(v['organo_id']))}"
    if accion == "alta":
        return f"Mandato de {quien}: {donde} desde el {_fecha(v['desde'])}"
    if accion == "cambio" and antes.get("hasta") != despues.get("hasta"):
        return f"Mandato de {quien} ({donde}): termina el {_fecha(despues['hasta'])}" if despues.get("hasta") \
            else f"Mandato de {quien} ({donde}): sin fecha de fin"
    if accion == "borrado":
        return f"Mandato de {quien} quitado ({donde})"
    return None


def _correcciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion != "alta":
        return None
    mandato = c.fila("mandatos", v["mandato_id"]) or {}
    quien = c.miembro(mandato.get("miembro_id")) if mandato.get("miembro_id") else _t(mandato.get("persona"))
    campo = {"hasta": "fin", "desde": "inicio"}.get(v["campo"], _t(v["campo"]))
    antes_, despues_ = (_fecha(x) if x and _es_fecha(x) else _t(x) or "—" for x in (v.get("antes"), v.get("despues")))
    return f"Corrección del mandato de {quien}: {campo} {antes_} → {despues_} ({_t(v.get('motivo'))})"


def _sesiones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return f"Convocatoria de la {c.sesion(v['id'])}"
    if accion == "cambio" and antes.get("estado") != despues.get("estado"):
        return f"La {c.sesion(v['id'])} pasa a {_t(despues['estado'])}"
    if accion == "cambio":
        return f"Cambio en la {c.sesion(v['id'])}: {', '.join(_cambiados(antes, despues))}"
    return None


def _actas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    sesion = c.sesion(v["sesion_id"])
    if accion == "alta":
        return f"Borrador del acta de la {sesion}"
    if accion == "cambio" and antes.get("estado") != despues.get("estado"):
        return f"Acta de la {sesion} {ESTADOS_ACTA.get(despues['estado'], _t(despues['estado'])).lower()}"
    if accion == "cambio":
        return f"Acta de la {sesion} modificada: {', '.join(_cambiados(antes, despues))}"
    return None


def _fe_de_erratas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    acta = c.fila("actas", v["acta_id"]) or {}
    return f"Fe de erratas en el acta de la {c.sesion(acta.get('sesion_id'))}" if accion == "alta" else None


def _puntos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    verbo = {"alta": "agregado al", "cambio": "modificado en el", "borrado": "quitado del"}[accion]
    return f"Punto «{_t(v.get('titulo'))}» {verbo} orden del día de la {c.sesion(v['sesion_id'])}"


def _asistencias(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    estado = ASISTENCIA.get(v.get("estado"), _t(v.get("estado"))).lower()
    if accion == "borrado":
        return f"Asistencia de {c.miembro(v['miembro_id'])} quitada de la {c.sesion(v['sesion_id'])}"
    return f"{c.miembro(v['miembro_id'])}: {estado} en la {c.sesion(v['sesion_id'])}"


def _votaciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "cambio" and despues.get("cerrada_en") and not antes.get("cerrada_en"):
        resultado = "aprobada" if despues.get("aprobada") else "rechazada"
        return (f"Votación cerrada ({resultado}: {despues.get('a_favor')} a favor, {despues.get('en_contra')} en "
                f"contra, {despues.get('abstenciones')} abstenciones) sobre {c.punto(v['punto_id'])}")
    if accion == "alta":
        return f"Votación abierta sobre {c.punto(v['punto_id'])}"
    return None


def _resoluciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        tipo = TIPOS_RESOLUCION.get(v.get("tipo"), "Resolución")
        return f"{tipo} {v['numero']}/{v['anio']} {de_organo(c.organo(v['organo_id']))}: {_t(v.get('titulo'))}"
    return None


def _normas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return f"Carga del {TIPOS_NORMA.get(v.get('tipo'), 'texto').lower()} «{_t(v['titulo'])}»"
    return None


def _reformas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return f"Reforma de {c.norma(v['norma_id'])} vigente desde el {_fecha(v['vigente_desde'])}"
    return None


def _versiones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        que = "derogado" if v.get("derogado") else "texto vigente"
        return f"Artículo {_t(v['numero'])} de {c.norma(v['norma_id'])}: {que} desde el {_fecha(v['vigente_desde'])}"
    return None


def _documentos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return f"Documento emitido: {_t(v.get('resumen') or v.get('tipo'))} (código {_t(v.get('codigo'))})"
    return None


def _firmas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return f"Firma digital de {_t(v.get('tipo'))} {_t(v.get('referencia'))} por {_t(v.get('firmante'))}"
    return None


def _paises(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    categoria = CATEGORIAS_PAIS.get(v.get("categoria"), _t(v.get("categoria"))).lower()
    verbo = {"alta": "se suma a la asociación como", "cambio": "pasa a", "borrado": "deja la asociación; era"}[accion]
    return f"{nombre_pais(v['pais'])} {verbo} {categoria}"


def _actividades(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    verbo = {"alta": "registrada", "cambio": "modificada", "borrado": "quitada"}[accion]
    return f"Actividad «{_t(v.get('titulo'))}» {de_organo(c.organo(v['organo_id']))} {verbo}"


def _escalas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    tipo = TIPOS_CARGO.get(v.get("tipo_cargo"), _t(v.get("tipo_cargo"))).lower()
    verbo = {"alta": "Escala nueva", "cambio": "Escala modificada", "borrado": "Escala quitada"}[accion]
    hasta = f" al {_fecha(v['hasta'])}" if v.get("hasta") else ""
    return f"{verbo} de {tipo} en {_t(v.get('moneda'))}, del {_fecha(v.get('desde'))}{hasta}"


def _tramos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    escala = c.fila("escalas", v["escala_id"]) or {}
    desde = f"{int(v['desde_poblacion']):,}".replace(",", ".")
    verbo = {"alta": "Tramo de escala", "cambio": "Tramo de escala modificado", "borrado": "Tramo de escala quitado"}
    return f"{verbo[accion]}: desde {desde} hab., {_importe(v['importe'], escala.get('moneda') or '')}"


def _reglas_quorum(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    verbo = {"alta": "nueva", "cambio": "modificada", "borrado": "quitada"}[accion]
    decision = _t(v.get("tipo_decision")).replace("_", " ")
    return (f"Regla de sesión {de_organo(c.organo(v['organo_id']))} ({decision}) {verbo}, vigente desde el "
            f"{_fecha(v.get('vigente_desde'))}")


def _reglas_composicion(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    verbo = {"alta": "nueva", "cambio": "modificada", "borrado": "quitada"}[accion]
    return f"Regla de composición {de_organo(c.organo(v['organo_id']))} {verbo}: {_t(v.get('tipo')).replace('_', ' ')}"


def _orden_sucesion(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "borrado":
        return f"{c.miembro(v['miembro_id'])} sale del orden de sucesión {de_organo(c.organo(v['organo_id']))}"
    return (f"{c.miembro(v['miembro_id'])}: lugar {v['posicion']} en el orden de sucesión "
            f"{de_organo(c.organo(v['organo_id']))}")


def _votacion_de(c: NombresCitados, votacion_id) -> str:
    votacion = c.fila("votaciones", votacion_id) or {}
    return f"la votación sobre {c.punto(votacion.get('punto_id'))}"


def _habilitados(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "cambio" and v.get("sentido"):
        sentido = {"a_favor": "a favor", "en_contra": "en contra", "abstencion": "se abstiene"}.get(v["sentido"])
        verbo = sentido if sentido == "se abstiene" else f"vota {sentido}"
        return f"{c.miembro(v['miembro_id'])} {verbo} en {_votacion_de(c, v['votacion_id'])}"
    if accion == "alta":
        return f"{c.miembro(v['miembro_id'])} habilitado para votar en {_votacion_de(c, v['votacion_id'])}"
    return None


def _firmantes(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    resolucion = c.fila("resoluciones", v["resolucion_id"]) or {}
    cual = (f"{TIPOS_RESOLUCION.get(resolucion.get('tipo'), 'Resolución').lower()} {resolucion.get('numero')}/"
            f"{resolucion.get('anio')}") if resolucion else f"resolución #{v['resolucion_id']}"
    verbo = "firma" if accion != "borrado" else "ya no figura como firmante de"
    return f"{c.miembro(v['miembro_id'])} {verbo} la {cual}"


def _invitados(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    verbo = {"alta": "invitado a", "cambio": "invitado (corregido) a", "borrado": "ya no figura como invitado a"}
    return f"{_t(v.get('nombre'))} {verbo[accion]} la {c.sesion(v['sesion_id'])}"


def _elecciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    cargo = CARGOS.get(v.get("cargo"), _t(v.get("cargo")))
    donde = f"{cargo} {de_organo(c.organo(v['organo_id']))}"
    if accion == "alta":
        return f"Elección de {donde} abierta"
    if accion == "cambio" and despues.get("mandato_id") and not antes.get("mandato_id"):
        return f"Elección de {donde} confirmada: mandato registrado"
    if accion == "cambio" and despues.get("cerrada_en") and not antes.get("cerrada_en"):
        return f"Elección de {donde} cerrada"
    return None


def _candidaturas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    quien = c.miembro(v["miembro_id"]) if v.get("miembro_id") else _t(v.get("persona"))
    if accion == "alta":
        return f"Candidatura de {quien}"
    if accion == "cambio" and antes.get("votos") != despues.get("votos"):
        return f"Candidatura de {quien}: {despues.get('votos')} votos"
    return None


FRASES: dict[str, Frase] = {
    "miembros": _miembros, "estados_miembro": _estados, "poblaciones": _poblaciones, "autoridades": _autoridades,
    "contactos": _contactos, "pagos": _pagos, "recibos": _recibos, "imputaciones": _imputaciones,
    "cargos": _cargos, "exenciones": _exenciones, "asociaciones": _asociaciones, "categorias_pais": _categorias,
    "organos": _organos, "mandatos": _mandatos, "correcciones_mandato": _correcciones, "sesiones": _sesiones,
    "actas": _actas, "fe_de_erratas": _fe_de_erratas, "puntos_orden": _puntos, "asistencias": _asistencias,
    "votaciones": _votaciones, "resoluciones": _resoluciones, "normas": _normas, "reformas": _reformas,
    "versiones_articulo": _versiones, "documentos_emitidos": _documentos, "firmas_digitales": _firmas,
    "paises_asociacion": _paises, "actividades": _actividades, "escalas": _escalas, "tramos": _tramos,
    "reglas_quorum": _reglas_quorum, "reglas_composicion": _reglas_composicion, "orden_sucesion": _orden_sucesion,
    "habilitados_votacion": _habilitados, "firmantes_declaracion": _firmantes, "invitados": _invitados,
    "elecciones": _elecciones, "candidaturas": _candidaturas,
}


def generica(tabla: str, accion: str, fila_id) -> str:
    """«Cambio en Órganos (#12)»: para las tablas sin frase propia (y si la propia falla)."""
    numero = f" (#{fila_id})" if fila_id is not None else ""
    return f"{_ACCIONES_GENERICAS.get(accion, accion.capitalize())} en {nombre_de_tabla(tabla)}{numero}"


def describir(nombres: NombresCitados, tabla: str, accion: str, fila_id, antes: dict | None,
              despues: dict | None) -> str:
    """La frase de un registro. Nunca falla: un dato raro (de una versión anterior, o cambiado por fuera) da la
    frase genérica, y el detalle crudo sigue disponible."""
    frase = FRASES.get(tabla)
    if frase is not None:
        try:
            texto = frase(nombres, accion, antes, despues)
        except (KeyError, TypeError, ValueError, AttributeError, sqlite3.Error):
            texto = None
        if texto:
            return texto
    return generica(tabla, accion, fila_id)
